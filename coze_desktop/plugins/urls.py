"""Stream URLs parsed once, strictly, into the one value the approval checks, the prompt shows and libVLC opens."""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote

import idna  # UTS #46 like browsers (WHATWG); comes with httpx

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
# Characters a path or query keeps as they are (RFC 3986 unreserved, sub-delims, ":/?" and "%" of an escape);
# every other one is percent-encoded, so libVLC receives plain ASCII it cannot read differently. "@" too, though
# legal in a path: a parser that looks for userinfo past the first "/" would take what follows it for the host.
_PATH_SAFE = "/:!$&'()*+,;=?-._~%"
_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_DEFAULT_PORTS = {"http": 80, "https": 443}


class UrlRefused(ValueError):
    """A URL that is not played; the message says why, in words the bot can repeat."""


class Locality(StrEnum):
    """Where a host is, when it is not somewhere on the internet."""

    PUBLIC = ""
    LOOPBACK = "loopback"  # this computer
    LOCAL_NETWORK = "local network"  # private, link-local or mDNS (.local) addresses


@dataclass(frozen=True, slots=True)
class SafeUrl:
    """A parsed, normalised stream URL. ``url`` is re-serialised from the other fields and is what libVLC gets;
    ``host`` (ASCII: punycode, or a canonical IP address) is what approval rules are filed under.
    """

    scheme: str
    host: str
    port: int | None
    path_query: str
    url: str
    unicode_host: str = ""  # the IDNA host as people read it, when it differs from ``host``
    locality: Locality = Locality.PUBLIC
    mixed_scripts: tuple[str, ...] = ()  # the scripts of a host that mixes them (a look-alike risk)

    @property
    def shown_host(self) -> str:
        """The host for a person: both forms for an internationalised name, so a look-alike cannot hide."""
        return f"{self.unicode_host} ({self.host})" if self.unicode_host else self.host

    def __str__(self) -> str:
        return self.url


def looks_like_url(text: str) -> bool:
    """Whether ``text`` is meant as a URL ("scheme://…"), as opposed to a song name."""
    return _SCHEME.match(text.strip()) is not None


def parse_url(raw: str, *, allow_http: bool) -> SafeUrl:
    """The SafeUrl of ``raw``, or UrlRefused: only https (http when ``allow_http``), no userinfo, no control,
    format (bidi, zero-width) or space characters and no backslashes anywhere, a valid host and port.

    Stricter than WHATWG URL parsing on purpose: where browsers repair (strip tabs, turn "\\" into "/", accept
    "user@"), we refuse, so no two parsers can disagree about which host is meant.
    """
    text = raw.strip(" ")
    for ch in text:
        if ch == "\\":
            raise UrlRefused("the URL contains a backslash; give a plain https:// URL")
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Cs", "Zs", "Zl", "Zp"):
            what = "spaces" if category[0] == "Z" else "control or invisible characters"
            raise UrlRefused(f"the URL contains {what} (U+{ord(ch):04X}); give a plain https:// URL")
    found = _SCHEME.match(text)
    if found is None:
        raise UrlRefused("not a URL: it must start with https://")
    scheme = found.group(1).lower()
    if scheme == "http" and not allow_http:
        raise UrlRefused("http:// streams are not encrypted and are refused; use an https:// URL "
                         "(or allow http in Settings)")
    if scheme not in ("http", "https"):
        raise UrlRefused(f"“{scheme}:” links cannot be played; give a song title or an https:// stream URL")
    rest = text[found.end():]
    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    authority, path_query = rest[:end], rest[end:].partition("#")[0]
    if "@" in authority:
        raise UrlRefused("the URL names a user or password before “@”; give a plain https:// URL")
    host, port = _split_port(authority, scheme)
    ascii_host, unicode_host, locality, scripts = _host(host)
    if not path_query.startswith("/"):
        path_query = "/" + path_query
    path_query = quote(_ESCAPE.sub("%25", path_query), safe=_PATH_SAFE)
    netloc = f"[{ascii_host}]" if ":" in ascii_host else ascii_host
    url = f"{scheme}://{netloc}{'' if port is None else f':{port}'}{path_query}"
    return SafeUrl(scheme, ascii_host, port, path_query, url, unicode_host, locality, scripts)


def _split_port(authority: str, scheme: str) -> tuple[str, int | None]:
    if authority.startswith("["):
        host, bracket, after = authority[1:].partition("]")
        if not bracket:
            raise UrlRefused("the URL's IPv6 address has no closing “]”")
        host = "[" + host
    else:
        host, _, after = authority.partition(":")
        after = ":" + after if _ else ""
    if after and not after.startswith(":"):
        raise UrlRefused("the URL's host is followed by something that is not a port")
    port_text = after[1:]
    if not after or not port_text:
        return host, None
    if not port_text.isascii() or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise UrlRefused(f"the URL's port “{port_text}” is not a number from 1 to 65535")
    port = int(port_text)
    return host, None if port == _DEFAULT_PORTS[scheme] else port


def _host(host: str) -> tuple[str, str, Locality, tuple[str, ...]]:
    """(ASCII host, its Unicode form or "", where it is, the scripts it mixes)."""
    if not host:
        raise UrlRefused("the URL names no host")
    if "%" in host:  # WHATWG decodes it, other parsers do not: one host could be read two ways
        raise UrlRefused("the URL's host contains “%”")
    if host.startswith("["):
        try:
            address = ipaddress.IPv6Address(host[1:])
        except ValueError:
            raise UrlRefused("the URL's IPv6 address is not valid") from None
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped), "", _locality(address.ipv4_mapped), ()
        return str(address), "", _locality(address), ()
    name = host.rstrip(".") if host.count(".") > 0 else host  # "example.com." is "example.com"
    try:
        mapped = idna.uts46_remap(name, std3_rules=False, transitional=False)  # e.g. full-width "１２７" → "127"
    except idna.IDNAError as exc:
        raise UrlRefused(f"the URL's host is not a valid domain name ({exc})") from None
    ipv4 = _ipv4(mapped)
    if ipv4 is not None:
        return str(ipv4), "", _locality(ipv4), ()
    try:
        ascii_host = idna.encode(mapped, uts46=True).decode("ascii").lower()
        unicode_host = idna.decode(ascii_host)
    except idna.IDNAError as exc:
        raise UrlRefused(f"the URL's host is not a valid domain name ({exc})") from None
    if not all(_LABEL.match(label) for label in ascii_host.split(".")):
        raise UrlRefused("the URL's host is not a valid domain name")
    if ascii_host.rsplit(".", 1)[-1].isdigit():  # numeric but not an IPv4 address ("09", "1.2.3.4.5")
        raise UrlRefused("the URL's host is not a valid IPv4 address")
    locality = Locality.PUBLIC
    if ascii_host == "localhost" or ascii_host.endswith(".localhost"):
        locality = Locality.LOOPBACK
    elif ascii_host.endswith(".local") or "." not in ascii_host:
        locality = Locality.LOCAL_NETWORK
    return ascii_host, unicode_host if unicode_host != ascii_host else "", locality, _scripts(unicode_host)


def _ipv4(host: str) -> ipaddress.IPv4Address | None:
    """WHATWG's IPv4 parser: 1-4 parts in decimal, 0x-hex or 0-octal ("2130706433", "0x7f000001", "0177.0.0.1",
    "127.1" all mean 127.0.0.1); None when the host is not numeric; UrlRefused when it is numeric but invalid."""
    parts = host.split(".")
    if parts and parts[-1] == "" and len(parts) > 1:
        parts.pop()
    if not parts or _number(parts[-1]) is None:
        return None
    numbers = [_number(part) for part in parts]
    if len(parts) > 4 or any(n is None for n in numbers):
        raise UrlRefused("the URL's host is not a valid IPv4 address")
    values = [n for n in numbers if n is not None]
    if any(n > 255 for n in values[:-1]) or values[-1] >= 256 ** (5 - len(values)):
        raise UrlRefused("the URL's host is not a valid IPv4 address")
    address = values[-1]
    for i, n in enumerate(values[:-1]):
        address += n * 256 ** (3 - i)
    return ipaddress.IPv4Address(address)


def _number(part: str) -> int | None:
    if not part or not part.isascii():
        return None
    base, digits = 10, part
    if part[:2].lower() == "0x":
        base, digits = 16, part[2:]
    elif len(part) > 1 and part[0] == "0":
        base, digits = 8, part[1:]
    if digits == "":
        return 0
    try:
        return int(digits, base) if digits.isalnum() else None
    except ValueError:
        return None


def _locality(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> Locality:
    if address.is_loopback or address.is_unspecified:  # 0.0.0.0 reaches this computer on Linux
        return Locality.LOOPBACK
    if address.is_private or address.is_link_local:
        return Locality.LOCAL_NETWORK
    return Locality.PUBLIC


def _scripts(host: str) -> tuple[str, ...]:
    """The scripts of the letters of ``host`` when it mixes two or more (e.g. Latin with Cyrillic "а")."""
    scripts: list[str] = []
    for ch in host:
        if ch.isalpha():
            script = unicodedata.name(ch, "UNKNOWN").split()[0]
            if script in ("CJK", "HIRAGANA", "KATAKANA"):
                script = "CJK"  # Chinese and Japanese mix their scripts by nature
            if script not in scripts:
                scripts.append(script)
    return tuple(s.title() for s in scripts) if len(scripts) > 1 else ()
