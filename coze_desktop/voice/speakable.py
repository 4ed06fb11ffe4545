"""What of a markdown answer is read aloud, cut into sentences as the answer streams in."""

from __future__ import annotations

import html
import re

from ..api.types import SPEECH_MAX_BYTES  # Coze's /v1/audio/speech refuses a longer ``input``

# A line's kind is decided on its first HEAD characters (after indentation), or on the whole line when shorter:
# enough to see a fence, a table row, a heading, a quote or a list marker ("123456789. " is 11 characters).
_HEAD = 12
_LINE_MARKERS = re.compile(r"(?:>[ \t]?)*(?:#{1,6}(?:[ \t]+|$)|[-*+][ \t]+|\d{1,9}[.)][ \t]+)?(?:\[[ xX]\][ \t]+)?")
_FENCE = re.compile(r"(`{3,}|~{3,})")

_ENDS = frozenset(".!?。！？")
_CJK_ENDS = frozenset("。！？")  # these end a sentence without a space after them
_CLOSERS = frozenset("\"'”’」』》】）")  # said with the sentence they close: 'He said "hi." Then'
_BREAKS = frozenset(",，、;；:： \t")  # where a sentence too long to synthesise at once is cut
# Words whose full stop does not end the sentence ("e.g. this").
_ABBREVIATIONS = frozenset(("e.g", "i.e", "mr", "mrs", "ms", "dr", "vs", "fig", "cf"))
_INLINE_CODE_SAID = 40  # longer inline code is skipped: an identifier is worth saying, a command line is not

_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REFERENCE_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_FOOTNOTE = re.compile(r"\[\^[^\]]*\]")
_CITATION = re.compile(r"\[\d{1,3}(?:\s*[,，]\s*\d{1,3})*\]|【\d{1,3}[^】]{0,40}】")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>]*>", re.IGNORECASE)
# A URL without the punctuation after it: "see https://x.y/z. Then" keeps its full stop.
_URL = re.compile(r"\S*?(?:://|\bwww\.)\S*?(?=[.,;:!?'\")\]]*(?:\s|$))", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_STRIKE = re.compile(r"~~(.+?)~~")
_EM_STAR = re.compile(r"\*(?=\S)(.+?)(?<=\S)\*")
_EM_UNDERSCORE = re.compile(r"(?<![\w])_(?=\S)(.+?)(?<=\S)_(?![\w])")
_STRAY_MARKERS = re.compile(r"(?:\*\*|__|~~|(?<!\w)\*|\*(?!\w)|(?<!\S)#+(?!\S))")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~>])")
_EMOJI = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF\uFE00-\uFE0F\u200D\u20E3\U000E0020-\U000E007F]"
)
_KEPT = 0xF0000
_KEPT_CHARS = re.compile("[\U000F0000-\U000F007F]")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_STOP = re.compile(r"\s+([.,!?;:。，！？；：、])")  # left where a URL or an emoji was


def speakable(markdown: str) -> str:
    """The text of ``markdown`` worth saying, one sentence a line: no markdown markers, code blocks, tables,
    URLs, emoji or citation markers; links are said by their text, Chinese stays Chinese."""
    splitter = SentenceSplitter()
    return "\n".join(splitter.feed(markdown) + splitter.finish())


def _said(raw: str) -> str:
    """One sentence's raw markdown as it is said (inline markdown only: lines were classified already)."""
    parts: list[str] = []
    position = 0
    for match in _CODE_SPAN.finditer(raw):
        parts.append(_said_prose(raw[position:match.start()]))
        code = match.group(2).strip()
        parts.append(code if len(code) <= _INLINE_CODE_SAID else " ")
        position = match.end()
    parts.append(_said_prose(raw[position:]))
    return _SPACE_BEFORE_STOP.sub(r"\1", _SPACES.sub(" ", "".join(parts))).strip()


def _said_prose(text: str) -> str:
    # Escaped characters are kept apart (in a private-use plane) while markers are stripped: "\\*" is a star.
    text = _ESCAPE.sub(lambda m: chr(_KEPT + ord(m.group(1))), text)
    text = html.unescape(text)
    text = _IMAGE.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = _FOOTNOTE.sub("", text)
    text = _CITATION.sub("", text)
    text = _AUTOLINK.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _TAG.sub(" ", text)
    text = _STRONG.sub(r"\2", text)
    text = _STRIKE.sub(r"\1", text)
    text = _EM_STAR.sub(r"\1", text)
    text = _EM_UNDERSCORE.sub(r"\1", text)
    text = _STRAY_MARKERS.sub(" ", text)
    text = _EMOJI.sub("", text).replace("`", "")
    return _KEPT_CHARS.sub(lambda m: chr(ord(m.group()) - _KEPT), text)


def _say(said: str, max_bytes: int, out: list[str]) -> None:
    """Append ``said`` to ``out`` when it has a word in it, in pieces of at most ``max_bytes`` (cleaning almost
    always shortens a sentence, but an entity such as &nGt; grows by a byte)."""
    if not any(c.isalnum() for c in said):
        return
    while len(said.encode("utf-8", "surrogatepass")) > max_bytes:
        size = cut = 0
        for k, ch in enumerate(said):
            size += len(ch.encode("utf-8", "surrogatepass"))
            if size > max_bytes:
                break
            cut = k + 1
        out.append(said[:cut])
        said = said[cut:].strip()
    if said:
        out.append(said)


class SentenceSplitter:
    """Cuts a streamed markdown answer into sentences to say, each as soon as its end is seen.

    ``feed`` takes the answer's deltas and returns the sentences they completed; ``finish`` returns the rest.
    The result does not depend on how the answer was cut into deltas: every decision waits for the characters it
    needs (the head of a line, the character after a full stop). A sentence ends at 。！？ (at once), at . ! ?
    followed by a space, and at a line's end; never inside inline code, brackets or parentheses (a link's text
    or URL). Fenced code blocks and table rows are skipped. A sentence longer than ``max_bytes`` UTF-8 bytes is
    cut at its last comma, 、 or space, so every sentence can be synthesised in one request.
    """

    def __init__(self, max_bytes: int = SPEECH_MAX_BYTES) -> None:
        if max_bytes < 8:
            raise ValueError("max_bytes must leave room for a word")
        self._max = max_bytes
        self._pending = ""  # input whose decision needs more characters
        self._fence: str | None = None  # the open code fence's marker
        self._line: str | None = None  # None at a line's start (not yet classified), else "text" or "skip"
        self._sentence: list[str] = []
        self._bytes = 0
        self._code = 0  # length of the backtick run that opened the inline code we are in, 0 outside
        self._brackets = 0
        self._parens = 0

    def feed(self, delta: str) -> list[str]:
        """The sentences ``delta`` completed."""
        self._pending += delta
        return self._run(final=False)

    def finish(self) -> list[str]:
        """The sentences left at the end of the answer; the splitter is then ready for another answer."""
        out = self._run(final=True)
        self._flush(out)
        self.__init__(self._max)  # type: ignore[misc]
        return out

    # ------------------------------------------------------------------ internals

    def _run(self, final: bool) -> list[str]:
        out: list[str] = []
        text = self._pending
        i = 0
        n = len(text)
        while i < n:
            if self._line is None:
                newline = text.find("\n", i)
                end = newline if newline != -1 else n
                line = text[i:end]
                stripped = line.lstrip()
                if self._fence is not None:
                    if newline == -1 and not final:
                        break  # the closing fence is known only with its whole line
                    if stripped.rstrip().startswith(self._fence):
                        self._fence = None
                    i = end + 1
                    continue
                if newline == -1 and not final and len(stripped) < _HEAD:
                    break
                head = stripped[:_HEAD]
                fence = _FENCE.match(head)
                if fence:
                    self._fence = fence.group(1)
                    self._line = "skip"
                elif head.startswith("|"):
                    self._line = "skip"  # a table row: tables are not read out
                else:
                    marker = _LINE_MARKERS.match(head)
                    i += len(line) - len(stripped) + (marker.end() if marker else 0)
                    self._line = "text"
                continue
            if self._line == "skip":
                newline = text.find("\n", i)
                if newline == -1:
                    i = n
                    break
                i = newline + 1
                self._line = None
                continue
            ch = text[i]
            if ch == "\n":
                self._flush(out)
                self._line = None
                self._code = self._brackets = self._parens = 0
                i += 1
                continue
            if ch == "`":
                j = i
                while j < n and text[j] == "`":
                    j += 1
                if j == n and not final:
                    break  # the run may go on
                run = j - i
                if not self._code:
                    self._code = run
                elif self._code == run:
                    self._code = 0
                self._add(text[i:j], out)
                i = j
                continue
            if self._code:
                self._add(ch, out)
                i += 1
                continue
            if ch in _ENDS and not self._brackets and not self._parens:
                j = i + 1
                while j < n and (text[j] in _ENDS or text[j] in _CLOSERS):
                    j += 1
                if j == n and not final:
                    break  # is the next character a space?
                run = text[i:j]
                after = text[j] if j < n else ""
                ends = any(c in _CJK_ENDS for c in run) or after == "" or after.isspace()
                if ends and run[0] == "." and not any(c in _CJK_ENDS for c in run) and self._abbreviation():
                    ends = False
                self._add(run, out)
                if ends:
                    self._flush(out)
                i = j
                continue
            if ch == "[":
                self._brackets += 1
            elif ch == "]":
                self._brackets = max(0, self._brackets - 1)
            elif ch == "(":
                self._parens += 1
            elif ch == ")":
                self._parens = max(0, self._parens - 1)
            self._add(ch, out)
            i += 1
        self._pending = text[i:]
        return out

    def _abbreviation(self) -> bool:
        tail = "".join(self._sentence[-6:]) if self._sentence else ""
        word = re.split(r"[\s(]", tail)[-1].lower() if tail else ""
        return word in _ABBREVIATIONS

    def _add(self, piece: str, out: list[str]) -> None:
        for ch in piece:
            size = len(ch.encode("utf-8", "surrogatepass"))
            while self._sentence and self._bytes + size > self._max:
                self._cut_long(out)
            self._sentence.append(ch)
            self._bytes += size

    def _cut_long(self, out: list[str]) -> None:
        """The sentence is full: say it up to its last soft break, keep the rest for the next."""
        chars = self._sentence
        cut = next((k for k in range(len(chars) - 1, 0, -1) if chars[k] in _BREAKS), len(chars) - 1)
        head, rest = chars[: cut + 1], chars[cut + 1:]
        _say(_said("".join(head)), self._max, out)
        self._sentence = rest
        self._bytes = sum(len(c.encode("utf-8", "surrogatepass")) for c in rest)

    def _flush(self, out: list[str]) -> None:
        if self._sentence:
            _say(_said("".join(self._sentence)), self._max, out)
        self._sentence = []
        self._bytes = 0
