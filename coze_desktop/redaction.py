"""One place that takes secrets out of text: tokens the app holds, token shapes, credentials in URLs."""

from __future__ import annotations

import re
import threading
from urllib.parse import urlsplit

_B64URL = r"[A-Za-z0-9_-]"
# Order matters: a Bearer value may itself be a JWT or a pat_ token; each rule leaves a marker no other matches.
_SHAPES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)\b(Bearer)\s+[^\s'\",;]+"), r"\1 <redacted>"),
    # A JWT: a JSON header (so base64url "eyJ…") and two more base64url parts; or any three long base64url parts.
    (re.compile(rf"(?<!{_B64URL})(?:eyJ{_B64URL}*\.{_B64URL}+\.{_B64URL}*|{_B64URL}{{16,}}\.{_B64URL}{{16,}}"
                rf"\.{_B64URL}{{16,}})"), "<redacted JWT>"),
    # Coze personal access tokens and OAuth user / service / service-access tokens. A dot ends the token
    # unless more token characters follow, so the full stop of a sentence survives.
    (re.compile(r"(?<![A-Za-z0-9])(pat|czu|czs|sat)_[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*"), r"\1_<redacted>"),
    # user:password@ (or user@) in any URL
    (re.compile(r"(://)[^/@\s]+@"), r"\1***@"),
)

# The secrets this process actually holds (tokens, refresh tokens, client secrets): matched by exact value,
# whatever their shape, because a server may echo them back inside an error message.
_known: set[str] = set()
_lock = threading.Lock()  # logging may run on libVLC's threads
_MIN_SECRET = 8  # shorter values would redact ordinary words


def remember_secret(value: str | None) -> None:
    """From now on, ``value`` is redacted wherever it appears in text passed to :func:`redact`."""
    if value and len(value) >= _MIN_SECRET:
        with _lock:
            _known.add(value)


def redact(text: str) -> str:
    """``text`` without any secret the app holds and without token-shaped parts or URL credentials."""
    if not text:
        return text
    with _lock:
        known = sorted(_known, key=len, reverse=True)
    for value in known:
        if value in text:
            text = text.replace(value, "<redacted>")
    for pattern, marker in _SHAPES:
        text = pattern.sub(marker, text)
    return text


def safe_host(url: str) -> str:
    """The host (and port) of ``url`` for a message: never the userinfo part."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return redact(url)
    if not host:
        return redact(url)
    host = f"[{host}]" if ":" in host else host
    return f"{host}:{port}" if port else host
