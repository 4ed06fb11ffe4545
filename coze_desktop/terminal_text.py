"""Text crossing the terminal: what came from the network made inert, what the user typed checked before it is sent."""

from __future__ import annotations

import re

# What a terminal would act on instead of showing: C0 controls but tab and newline (ESC starts every escape
# sequence, CR rewrites the line, BS and DEL erase), DEL, the C1 controls (0x9B is a one-byte CSI on many
# terminals), and the bidi embeddings, overrides and isolates (they reorder what is shown: "Trojan Source").
# Lone surrogates are here too: they are not text, and writing one would raise UnicodeEncodeError.
_UNSAFE = re.compile("\r\n|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\r\n":  # a Windows line end is a line end
        return "\n"
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ␛ for ESC, ␍ for CR, ␀ for NUL
    if code == 0x7F:
        return "\u2421"  # ␡
    # C1, bidi controls, surrogates: no picture exists for them; the replacement character shows that
    # something was there without doing what it would have done.
    return "\ufffd"


def printable(text: str) -> str:
    """``text`` safe to write to a terminal: every control character but tab and newline shown, not obeyed."""
    return _UNSAFE.sub(_visible, text) if text else text


def question_problem(text: str) -> str | None:
    """Why ``text`` cannot be sent as a question (nothing is sent then), or None when it can."""
    if not text.strip():
        return "The question is empty: type what you want to ask."
    for position, char in enumerate(text, 1):
        if "\udc80" <= char <= "\udcff":  # how Python keeps a byte that is not UTF-8 (argv, a typed line)
            return (f"The question is not valid UTF-8 text (byte 0x{ord(char) - 0xDC00:02X} at character "
                    f"{position}); nothing was sent. Check the terminal's encoding (the locale, e.g. "
                    "LANG=C.UTF-8) and type or paste it again.")
        if "\ud800" <= char <= "\udfff":
            return (f"The question holds half of a UTF-16 surrogate pair (U+{ord(char):04X} at character "
                    f"{position}), which is not text; nothing was sent. Type or paste it again.")
    return None
