"""One place that takes secrets out of text: tokens the app holds, token shapes, credentials in URLs."""

from __future__ import annotations

import functools
import json
import re
import threading
from collections.abc import Iterable
from urllib.parse import quote, quote_plus, urlsplit

MARKER = "<redacted>"
_B64URL = r"[A-Za-z0-9_-]"
_TOKEN_BODY = r"[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*"
# Keys whose value is a secret whatever it looks like. The ones without an underscore ("password",
# "token", "secret") are ordinary words, so for them only ``key=value`` or a quoted key (JSON, a repr) counts.
_PLAIN_KEYS = "refresh_token|access_token|id_token|client_secret|device_code|code_verifier|api_key|private_key"
_WORD_KEYS = "password|passwd|secret|token"
_ALL_KEYS = f"{_PLAIN_KEYS}|{_WORD_KEYS}"


# Order matters: a Bearer value may itself be a JWT or a pat_ token; each rule leaves a marker no other matches.
# Each rule comes with the lowercase words one of which must be in the text for it to match at all: checking
# them first (plain substring search) keeps redact() cheap on the many log lines that hold nothing secret.
@functools.cache
def _shapes() -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    """The shape rules, compiled on the first redact() (a few ms that the window's first paint does not wait for)."""
    return (
        # Bearer, also URL-encoded (Bearer%20…, Bearer+…) as it appears in a logged URL or form body.
        (re.compile(r"(?i)\b(Bearer)(\s+|%20|\+)[^\s'\",;&<]+"), rf"\1\2{MARKER}", ("bearer",)),
        # A JWT: a JSON header (so base64url "eyJ…") and two more base64url parts; or any three long base64url parts.
        (re.compile(rf"(?<!{_B64URL})(?:eyJ{_B64URL}*\.{_B64URL}+\.{_B64URL}*|{_B64URL}{{16,}}\.{_B64URL}{{16,}}"
                    rf"\.{_B64URL}{{16,}})"), "<redacted JWT>", (".",)),
        # Coze personal access tokens and OAuth user / service / service-access tokens. A dot ends the token
        # unless more token characters follow, so the full stop of a sentence survives. Glued to a preceding
        # letter or digit ("1pat_…", "%20pat_…") it must be long and hold a digit, so "compat_mode" is no token.
        (re.compile(rf"(?:(?<![A-Za-z0-9])|(?<=[A-Za-z0-9])(?=\w{{4}}[A-Za-z0-9_-]{{16}})(?=\w{{4}}[A-Za-z_-]*\d))"
                    rf"(pat|czu|czs|sat)_{_TOKEN_BODY}"), rf"\1_{MARKER}", ("pat_", "czu_", "czs_", "sat_")),
        # user:password@ (or user@) in any URL; greedy to the last "@" of the authority, as a password may hold one.
        (re.compile(r"(://)[^/?#\s]*@"), r"\1***@", ("@",)),
        # JSON "refresh_token": "…", a repr 'client_secret': '…', a form or query refresh_token=… (also %3D).
        # Last, so that a value another rule has marked already ("token=Bearer <redacted>") keeps its marker.
        (re.compile(rf"""(?i)((?:\\?["'])(?:{_ALL_KEYS})\\?["']\s*[:=]\s*|\b(?:{_ALL_KEYS})\s*(?:=|%3D)\s*"""
                    rf"""|\b(?:{_PLAIN_KEYS}):\s*)(\\?["'])?"""
                    rf"""(?!(?:null|none|true|false|bearer)\b|[^\s"']*<redacted)[^"'\s&,;)}}\]\\<>]+"""),
         rf"\1\2{MARKER}", tuple(_ALL_KEYS.split("|"))),
    )


# The secrets this process actually holds (tokens, refresh tokens, client secrets): matched by exact value,
# whatever their shape, because a server may echo them back inside an error message.
_known: set[str] = set()
_lock = threading.Lock()  # logging may run on libVLC's threads
_MIN_SECRET = 8  # shorter values would redact ordinary words
_known_pattern: re.Pattern[str] | None = None  # rebuilt lazily after remember_secret
_PERCENT = re.compile(r"%[0-9A-F]{2}")


def remember_secret(value: str | None) -> None:
    """From now on, ``value`` is redacted wherever it appears in text passed to :func:`redact`.

    Its URL-encoded and JSON-escaped spellings are redacted too: a secret is often logged inside a URL or a body.
    """
    global _known_pattern
    if not value or len(value) < _MIN_SECRET:
        return
    encoded = {quote(value), quote(value, safe=""), quote_plus(value), quote_plus(value, safe="")}
    encoded |= {_PERCENT.sub(lambda m: m.group().lower(), form) for form in encoded}  # %2f as well as %2F
    forms = {value, json.dumps(value, ensure_ascii=False)[1:-1], json.dumps(value)[1:-1], *encoded}
    with _lock:
        if not forms <= _known:
            _known.update(forms)
            _known_pattern = None


def redact(text: str) -> str:
    """``text`` without any secret the app holds and without token-shaped parts or URL credentials."""
    if not text:
        return text
    known = _known_pattern or _compile_known()
    if known is not None:
        text = known.sub(MARKER, text)
    lower = text.lower()
    for pattern, marker, hints in _shapes():
        if any(hint in lower for hint in hints):
            text = pattern.sub(marker, text)
    return text


def _compile_known() -> re.Pattern[str] | None:
    """One regex over every known secret, shaped as a trie: a position of the text is tried against the
    distinct next characters, never against each secret in turn, so the cost does not grow with their number."""
    global _known_pattern
    with _lock:
        if _known_pattern is None and _known:
            _known_pattern = re.compile(_trie_regex(_known))
        return _known_pattern


def _trie_regex(words: Iterable[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # end of a word

    def emit(node: dict) -> str:
        ends = "" in node
        branches = []
        for char, child in sorted(node.items()):
            if not char:
                continue
            run = char
            while len(child) == 1 and "" not in child:  # a chain without choices becomes one literal
                (char, child), = child.items()
                run += char
            branches.append(re.escape(run) + emit(child))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        # Greedy and optional where a shorter secret ends: the longest known secret wins.
        return f"(?:{body})?" if ends else body

    return emit(trie)


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


def safe_url(url: str) -> str:
    """``url`` without ``user:password@`` (a self-hosted server's or a proxy's URL may carry them), and redacted.

    Done on the text, not by urlsplit: a URL without a scheme ("user:pw@proxy:3128") or with a bad port must
    lose its credentials too."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    end = min((i for i in (rest.find("/"), rest.find("?"), rest.find("#")) if i >= 0), default=len(rest))
    return redact(scheme + sep + rest[:end].rpartition("@")[2] + rest[end:])


def safe_setting_url(url: str) -> str:
    """A URL the user typed into the settings (API base URL, proxy) without anything up to its last "@".

    Stricter than :func:`safe_url`: the password there is the user's own, and typed by hand it may hold an
    unescaped "/", "?", "#" or "@", which would end the authority early for a URL parser."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        scheme, rest = "", url
    return redact(scheme + sep + rest.rpartition("@")[2])
