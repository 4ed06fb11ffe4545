"""OAuth for a public desktop client: the device-code flow and token refresh (bare JSON, no envelope)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from ..redaction import remember_secret
from .client import CONNECT_TIMEOUT, REQUEST_TIMEOUT, _logid, network_error
from .errors import CozeAuthError, CozeProtocolError, error_from_body
from .types import to_int, to_str
from .urls import base_url_problem, proxy_problem

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
# Slow-down backs off by 5 s a time, up to 30 s between polls (as both official SDKs do).
SLOW_DOWN_STEP, MAX_INTERVAL = 5, 30
# Coze's access tokens carry an absolute Unix time in ``expires_in``; a value below this (2001-09-09) can only be
# a duration, as RFC 6749 defines the field: read that way rather than as a token that expired in 1970.
_EARLIEST_TIMESTAMP = 1_000_000_000
HINT_CLIENT_ID = (
    "Check the client ID: it must belong to an OAuth app of the type for TVs, devices and command-line "
    "programs, created in the same region (coze.cn or coze.com) as this profile."
)


class CozeSignInError(CozeAuthError):
    """The sign-in (or a refresh) was refused: ``reason`` is the OAuth error (``access_denied``, ``expired_token``,
    ``invalid_grant``…) or "" when the server gave only a message."""

    default_hint = HINT_CLIENT_ID

    def __init__(self, msg: str, *, reason: str = "", **kwargs: Any) -> None:
        super().__init__(msg, **kwargs)
        self.reason = reason


@dataclass(slots=True)
class OAuthToken:
    access_token: str
    expires_at: int  # Unix seconds; Coze sends this absolute time in ``expires_in``
    refresh_token: str = ""
    token_type: str = "Bearer"

    @classmethod
    def from_wire(cls, data: dict[str, Any], *, now: float | None = None) -> OAuthToken:
        expires = to_int(data.get("expires_in"))
        if 0 < expires < _EARLIEST_TIMESTAMP:
            expires += int(time.time() if now is None else now)
        return cls(access_token=to_str(data.get("access_token")), expires_at=expires,
                   refresh_token=to_str(data.get("refresh_token")),
                   token_type=to_str(data.get("token_type")) or "Bearer")

    def __repr__(self) -> str:  # never print the secrets themselves
        return f"OAuthToken(expires_at={self.expires_at}, refresh={'yes' if self.refresh_token else 'no'})"


@dataclass(slots=True)
class DeviceCode:
    device_code: str
    user_code: str
    verification_uri: str
    expires_in: int  # here a duration in seconds
    interval: int = 5

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> DeviceCode:
        return cls(device_code=to_str(data.get("device_code")), user_code=to_str(data.get("user_code")),
                   verification_uri=to_str(data.get("verification_uri")),
                   expires_in=to_int(data.get("expires_in"), 300) or 300,
                   interval=min(max(to_int(data.get("interval"), 5), 1), MAX_INTERVAL))

    @property
    def verification_url(self) -> str:
        """The page to open in the browser, with the code filled in (built as cozepy builds it)."""
        joiner = "&" if "?" in self.verification_uri else "?"
        return f"{self.verification_uri}{joiner}user_code={self.user_code}"

    def __repr__(self) -> str:  # the device code is a credential until it is used
        return f"DeviceCode(user_code={self.user_code!r}, expires_in={self.expires_in}, interval={self.interval})"


class OAuthClient:
    """Device-code sign-in and refresh against ``<api>/api/permission/oauth2/…`` for one OAuth app.

    ``sleep`` and ``clock`` (monotonic seconds) pace and bound the polling; tests pass a clock of their own so that
    minutes of polling take no time. Use as ``async with OAuthClient(…) as oauth``.
    """

    def __init__(
        self,
        base_url: str,
        client_id: str,
        *,
        proxy: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        # Checked before httpx sees them, as CozeClient does: its errors would quote a password in the URL.
        if problem := base_url_problem(base_url) or (proxy and proxy_problem(proxy)):
            raise CozeProtocolError(problem, hint="Check the profile's base URL and proxy.")
        self.client_id = client_id.strip()
        self._sleep, self._clock, self._wall_clock = sleep, clock, wall_clock
        self._http = httpx.AsyncClient(base_url=base_url.rstrip("/"), transport=transport, proxy=proxy or None,
                                       trust_env=not proxy,
                                       timeout=httpx.Timeout(REQUEST_TIMEOUT, connect=CONNECT_TIMEOUT))

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> OAuthClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def request_device_code(self, workspace_id: str = "") -> DeviceCode:
        """A new user code; with ``workspace_id`` the token is granted for that workspace only (Coze enterprise's
        collaboration mode), else for every workspace of the account."""
        path = (f"/api/permission/oauth2/workspace_id/{workspace_id}/device/code" if workspace_id
                else "/api/permission/oauth2/device/code")
        code = DeviceCode.from_wire(await self._post(path, {"client_id": self.client_id}))
        if not code.device_code or not code.user_code:
            raise CozeProtocolError("The sign-in server sent no device code or user code.")
        if urlsplit(code.verification_uri).scheme not in ("http", "https"):
            # The link is opened in the browser: nothing but a web page (no file:, no custom scheme handler).
            raise CozeProtocolError("The sign-in server sent a sign-in page that is not a web address.")
        return code

    async def poll_device_token(self, code: DeviceCode) -> OAuthToken:
        """Wait until the user approves in the browser; :class:`CozeSignInError` when denied or expired.

        The first poll waits one interval (nobody approves in no time); ``slow_down`` adds 5 s to the interval."""
        interval, end = code.interval, self._clock() + code.expires_in
        body = {"client_id": self.client_id, "grant_type": DEVICE_GRANT, "device_code": code.device_code}
        remember_secret(code.device_code)
        while True:
            await self._sleep(min(interval, max(end - self._clock(), 0)))
            if self._clock() >= end:
                break
            try:
                return self._token(await self._post("/api/permission/oauth2/token", body))
            except _Pending as pending:
                if pending.slow_down:
                    interval = min(interval + SLOW_DOWN_STEP, MAX_INTERVAL)
        raise CozeSignInError("The sign-in code expired before it was approved.", reason="expired_token",
                              hint="Click Sign in again for a new code.")

    async def refresh(self, refresh_token: str) -> OAuthToken:
        """A new access token and a new refresh token (the old refresh token stops working)."""
        remember_secret(refresh_token)
        return self._token(await self._post("/api/permission/oauth2/token", {
            "grant_type": "refresh_token", "client_id": self.client_id, "refresh_token": refresh_token}))

    def _token(self, data: dict[str, Any]) -> OAuthToken:
        token = OAuthToken.from_wire(data, now=self._wall_clock())
        if not token.access_token:
            raise CozeProtocolError("The sign-in server answered without an access token.")
        return token

    async def _post(self, path: str, body: dict[str, str]) -> dict[str, Any]:
        try:
            response = await self._http.post(path, json=body)
        except httpx.HTTPError as exc:
            raise network_error(exc, str(self._http.base_url)) from None
        try:
            data = response.json()
        except ValueError:
            data = None
        logid = _logid(response)
        status = response.status_code
        if not isinstance(data, dict):
            if status >= 400:
                raise error_from_body(response.text, http_status=status, logid=logid)
            raise CozeProtocolError("The sign-in server did not answer with JSON.", http_status=status, logid=logid)
        # The docs name the field `error` (+ error_description), cozepy reads `error_code` (+ error_message),
        # coze-go's struct has all four: any of them counts, at any HTTP status (coze-js sees them as 4xx).
        error = to_str(data.get("error") or data.get("error_code"))
        if error in ("authorization_pending", "slow_down"):
            raise _Pending(error == "slow_down")
        if error:
            raise _refused(error, to_str(data.get("error_description") or data.get("error_message")), status, logid)
        if to_int(data.get("code")) or status >= 400:
            failure = error_from_body(data, http_status=status, logid=logid)
            if status < 500 and not isinstance(failure, CozeAuthError):
                # A client-side refusal of an OAuth request (unknown client ID, bad grant): the server's words.
                raise CozeSignInError(f"Coze refused the sign-in: {failure.msg}", code=failure.code,
                                      http_status=status, logid=logid)
            raise failure
        for key in ("access_token", "refresh_token", "device_code"):  # a later message may quote them back
            remember_secret(to_str(data.get(key)))
        return data


def _refused(error: str, description: str, status: int, logid: str) -> CozeSignInError:
    if error == "access_denied":
        return CozeSignInError("The sign-in was declined in the browser.", reason=error, http_status=status,
                               logid=logid, hint="Click Sign in to try again.")
    if error == "expired_token":
        return CozeSignInError("The sign-in code expired before it was approved.", reason=error,
                               http_status=status, logid=logid, hint="Click Sign in again for a new code.")
    return CozeSignInError(f"Coze refused the sign-in: {description or error}", reason=error, http_status=status,
                           logid=logid)


class _Pending(Exception):
    def __init__(self, slow_down: bool) -> None:
        super().__init__("authorization pending")
        self.slow_down = slow_down
