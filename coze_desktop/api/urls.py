"""Checks of the API base URL and the proxy URL before any connection, with messages that hold no password."""

from __future__ import annotations

from urllib.parse import urlsplit

from ..redaction import safe_setting_url

API_SCHEMES = ("http", "https")
PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


def base_url_problem(url: str) -> str | None:
    """Why ``url`` cannot be the API base URL, or None. Credentials are refused: httpx would turn them into a
    Basic Authorization header, which replaces the Bearer token, and Coze would answer 401."""
    return _problem("API base URL", url, API_SCHEMES, credentials=False)


def proxy_problem(url: str) -> str | None:
    """Why ``url`` cannot be the proxy setting, or None. A proxy may carry its own user:password@."""
    return _problem("proxy setting", url, PROXY_SCHEMES, credentials=True)


def _problem(what: str, url: str, schemes: tuple[str, ...], *, credentials: bool) -> str | None:
    """Why ``url`` cannot serve as the ``what`` (told before any connection, without its password), or None."""
    shown = safe_setting_url(url)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number in range)
    except ValueError:
        return f"The {what} {shown!r} has an invalid port: use {schemes[0]}://host:port."
    if parts.scheme not in schemes or not parts.hostname:
        return (f"The {what} {shown!r} is not a URL this app can use: it must start with "
                f"{' or '.join(s + '://' for s in schemes)} and name a host.")
    if not credentials and "@" in parts.netloc:
        return (f"The {what} {shown!r} carries a user name and password, which would be sent instead of the "
                "Coze token (and Coze would reject the request). Remove the 'user:password@' part.")
    return None
