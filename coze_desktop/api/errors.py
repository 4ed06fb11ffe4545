"""The one error tree of the Coze client: every failure carries code, msg, HTTP status, logid and a hint."""

from __future__ import annotations

import re
from typing import Any

from ..redaction import redact

# Codes the cloud and Coze Studio use for a token that is wrong, expired, or from the other region.
AUTH_CODES = frozenset({4100, 4101, 700012006})
# The bot id is unknown, or the bot is not published to the "Agent as API" channel.
BOT_CODES = frozenset({4200, 4015, 103100002})
BUSY_CODES = frozenset({4016})
RATE_CODES = frozenset({4013})

HINT_AUTH = (
    "The token was rejected. Check that it is valid and not expired, and that the region matches the "
    "account: coze.cn tokens only work with api.coze.cn, coze.com tokens with api.coze.com."
)
HINT_BOT = (
    "The bot was not found or is not published as an API. In Coze, publish the bot to the "
    "'Agent as API' (API) channel and check the bot ID."
)
HINT_BUSY = (
    "A chat is already running in this conversation. Wait for it to finish, or start a new conversation."
)
HINT_RATE = "Coze is limiting the request rate. Wait a moment and try again."
HINT_SERVER = "Coze reported a server-side problem. Try again later; quote the logid if it persists."
HINT_PARAMS = (
    "Coze rejected the request's parameters. If an ordinary message does this, please report it as a bug in "
    "Coze Desktop together with the logid."
)
HINT_OTHER = "Coze could not handle the request. Quote the code and logid when asking Coze support."


class CozeError(Exception):
    """Base of every failure the Coze client reports.

    Attributes: ``code`` (Coze's business code, 0 when there is none), ``msg`` (Coze's message or ours),
    ``http_status`` (None when no response arrived), ``logid`` (from ``x-tt-logid`` or ``detail.logid``;
    Coze support asks for it) and ``hint`` (what the user can do). None of them ever holds a token.
    """

    default_hint = ""

    def __init__(
        self,
        msg: str,
        *,
        code: int = 0,
        http_status: int | None = None,
        logid: str = "",
        hint: str | None = None,
    ) -> None:
        # A server may echo the token (or a URL with credentials) inside its message: none of it is kept.
        msg = redact(msg)
        super().__init__(msg)
        self.msg = msg
        self.code = code
        self.http_status = http_status
        self.logid = logid
        self.hint = self.default_hint if hint is None else hint

    def __str__(self) -> str:
        parts = [f"[{self.code}] {self.msg}" if self.code else self.msg]
        if self.http_status and self.http_status >= 400:
            parts.append(f"(HTTP {self.http_status})")
        if self.logid:
            parts.append(f"logid={self.logid}")
        return " ".join(parts)

    def describe(self) -> str:
        """The message, then the hint on its own line: what a user interface shows."""
        return f"{self}\n{self.hint}" if self.hint else str(self)


class CozeAPIError(CozeError):
    """Coze answered with an error envelope (``code != 0``), whatever the HTTP status."""

    default_hint = HINT_OTHER


class CozeAuthError(CozeAPIError):
    """The token is invalid, expired, lacks permission or belongs to the other region."""

    default_hint = HINT_AUTH


class CozeBotError(CozeAPIError):
    """The bot does not exist or is not published to the API channel."""

    default_hint = HINT_BOT


class CozeBusyError(CozeAPIError):
    """Another chat is in progress in this conversation (4016)."""

    default_hint = HINT_BUSY


class CozeRateLimitError(CozeAPIError):
    """Too many requests (4013 or HTTP 429)."""

    default_hint = HINT_RATE


class CozeChatFailed(CozeAPIError):
    """The chat itself failed (``conversation.chat.failed``, an ``error`` event, or status failed)."""

    default_hint = "The bot could not finish this answer. Retry; quote the logid if it keeps failing."


class CozeNetworkError(CozeError):
    """No usable response: connection refused, DNS, TLS, proxy, or a timeout."""


class CozeTimeoutError(CozeNetworkError):
    """A bounded wait ran out: no response headers in time, silence inside a stream, or a polled chat that did
    not finish before its deadline. ``seconds`` is the limit that was reached."""

    default_hint = "Coze may be slow or unreachable right now; ask again to retry."

    def __init__(self, msg: str, *, seconds: float, **kwargs: Any) -> None:
        super().__init__(msg, **kwargs)
        self.seconds = seconds


class CozeStreamError(CozeError):
    """The answer stream broke off or ended before the chat finished."""

    default_hint = "The connection broke during the answer; ask again to retry."


class CozeProtocolError(CozeError):
    """The server sent something that is not the Coze protocol (not JSON, not an envelope)."""

    default_hint = "Check that the base URL points at a Coze API server (api.coze.cn, api.coze.com)."


class CozeInputError(CozeError):
    """The question cannot be sent as it is (empty, or characters no JSON text can carry); nothing was sent."""

    default_hint = "Your text is kept; edit it and send again."


class CozeInputTooLarge(CozeInputError, ValueError):
    """Text or audio over one of Coze's documented limits (speech input 1024 UTF-8 bytes, an audio file 10 MB);
    refused before anything is sent. Also a ValueError: the size of an argument is wrong, not the network."""

    default_hint = ""


class CozeClientError(CozeError):
    """Something unexpected went wrong inside Coze Desktop itself (a bug), not at Coze."""

    default_hint = "This is a bug in Coze Desktop; please report it with the log file (Help → Open log folder)."


def _class_for(code: int, http_status: int | None) -> type[CozeAPIError]:
    if code in AUTH_CODES or (code == 0 and http_status in (401, 403)):
        return CozeAuthError
    if code in BOT_CODES:
        return CozeBotError
    if code in BUSY_CODES:
        return CozeBusyError
    if code in RATE_CODES or http_status == 429:
        return CozeRateLimitError
    return CozeAPIError


# Coze Studio wraps the real error in the message: "code=103100002 message=agent not exists".
_INNER_CODE = re.compile(r"code=(\d+)")


def error_from_body(
    body: Any, *, http_status: int | None, logid: str = "", cls: type[CozeAPIError] | None = None
) -> CozeAPIError:
    """Build the right error from a decoded error envelope (or ``{code, msg}`` event data)."""
    code, msg = 0, ""
    if isinstance(body, dict):
        code = _as_int(body.get("code", body.get("error_code")))
        msg = str(body.get("msg") or body.get("message") or body.get("error_message") or "")
        # The body's logid names the failing request itself; the header's is the fallback.
        for holder in (body.get("detail"), body.get("error")):  # `error` is a deprecated shape
            if isinstance(holder, dict) and holder.get("logid"):
                logid = str(holder["logid"])
                break
    elif isinstance(body, str):
        msg = _plain(body)
    if not msg:
        msg = f"HTTP {http_status}" if http_status and http_status >= 400 else "Coze reported an error"
    inner = _INNER_CODE.search(msg)
    kind = cls or _class_for(int(inner.group(1)) if inner and code not in AUTH_CODES else code, http_status)
    hint = {5000: HINT_SERVER, 4000: HINT_PARAMS}.get(code) if kind is CozeAPIError else None
    if hint is None and kind is CozeAPIError and code == 0 and (http_status or 0) >= 500:
        hint = HINT_SERVER  # a gateway or server failure with no Coze code: not the user's doing
    return kind(msg, code=code, http_status=http_status, logid=logid, hint=hint)


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def _plain(text: str) -> str:
    """A non-JSON error body in a line: a gateway's HTML page becomes its title, not its markup."""
    text = text.strip()
    if text[:1] == "<":
        title = _TITLE.search(text)
        words = (title.group(1) if title else _TAG.sub(" ", text)).split()
        return f"The server sent a web page instead of a Coze answer: {' '.join(words)[:200]}".rstrip(": ")
    return " ".join(text.split())[:500]


def _as_int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
