"""OAuth for a public desktop client: the device-code flow and token refresh (bare JSON, no envelope)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any

import httpx

from ..redaction import remember_secret
from .client import CONNECT_TIMEOUT, REQUEST_TIMEOUT, _logid, network_error
from .errors import CozeAuthError, CozeProtocolError, error_from_body
from .types import to_int, to_str

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
# Slow-down backs off by 5 s a time, up to 30 s between polls (as the SDKs do).
SLOW_DOWN_STEP, MAX_INTERVAL = 5, 30


@dataclass(slots=True)
class OAuthToken:
    access_token: str
    expires_at: int  # Coze sends an absolute Unix time in ``expires_in``, not a duration
    refresh_token: str = ""
    token_type: str = "Bearer"

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> OAuthToken:
        return cls(access_token=to_str(data.get("access_token")), expires_at=to_int(data.get("expires_in")),
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
                   expires_in=to_int(data.get("expires_in"), 300), interval=to_int(data.get("interval"), 5) or 5)

    @property
    def verification_url(self) -> str:
        """The page to open in the browser, with the code filled in."""
        return f"{self.verification_uri}?user_code={self.user_code}"


class OAuthClient:
    """Device-code login and refresh against ``<api>/api/permission/oauth2/…`` for one OAuth app."""

    def __init__(self, base_url: str, client_id: str, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.client_id = client_id
        self._http = httpx.AsyncClient(base_url=base_url.rstrip("/"), transport=transport,
                                       timeout=httpx.Timeout(REQUEST_TIMEOUT, connect=CONNECT_TIMEOUT))

    async def aclose(self) -> None:
        await self._http.aclose()

    async def request_device_code(self) -> DeviceCode:
        return DeviceCode.from_wire(await self._post("/api/permission/oauth2/device/code",
                                                     {"client_id": self.client_id}))

    async def poll_device_token(self, code: DeviceCode) -> OAuthToken:
        """Wait until the user approves in the browser; CozeAuthError when denied or expired."""
        interval, end = code.interval, time.monotonic() + code.expires_in
        body = {"client_id": self.client_id, "grant_type": DEVICE_GRANT, "device_code": code.device_code}
        while time.monotonic() < end:
            try:
                return OAuthToken.from_wire(await self._post("/api/permission/oauth2/token", body))
            except _Pending as pending:
                if pending.slow_down:
                    interval = min(interval + SLOW_DOWN_STEP, MAX_INTERVAL)
            await asyncio.sleep(interval)
        raise CozeAuthError("The login code expired before it was approved.", hint="Start the login again.")

    async def refresh(self, refresh_token: str) -> OAuthToken:
        remember_secret(refresh_token)
        return OAuthToken.from_wire(await self._post("/api/permission/oauth2/token", {
            "grant_type": "refresh_token", "client_id": self.client_id, "refresh_token": refresh_token}))

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
        if not isinstance(data, dict):
            raise CozeProtocolError("The login server did not answer with JSON.",
                                    http_status=response.status_code, logid=logid)
        # The docs name the field `error`, cozepy reads `error_code`, coze-go has both plus `error_message`.
        error = to_str(data.get("error") or data.get("error_code"))
        if error in ("authorization_pending", "slow_down"):
            raise _Pending(error == "slow_down")
        if error:
            message = to_str(data.get("error_description") or data.get("error_message")) or error
            raise CozeAuthError(f"Login failed: {message}", http_status=response.status_code, logid=logid)
        if to_int(data.get("code")) or response.status_code >= 400:
            raise error_from_body(data, http_status=response.status_code, logid=logid)
        for key in ("access_token", "refresh_token", "device_code"):  # a later message may quote them back
            remember_secret(to_str(data.get(key)))
        return data


class _Pending(Exception):
    def __init__(self, slow_down: bool) -> None:
        super().__init__("authorization pending")
        self.slow_down = slow_down
