"""Coze's OAuth device flow on the demo server: device codes, approval, token refresh with rotation, expiry."""

from __future__ import annotations

import html
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from .http import Request, Responder
from .routes import BAD_TOKEN_MSG, send_json
from .wire import error_body

DEMO_CLIENT_ID = "demo-device-app"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
DEVICE_PATH = "/api/permission/oauth2/device/code"
TOKEN_PATH = "/api/permission/oauth2/token"
APPROVAL_PATH = "/oauth/device"  # the demo's stand-in for Coze's consent page
_WORKSPACE_PREFIX = "/api/permission/oauth2/workspace_id/"
# RFC 8628 §6.1: no vowels (no words), no look-alikes.
_USER_CODE_LETTERS = "BCDFGHJKLMNPQRSTVWXZ"


@dataclass
class DeviceGrant:
    """A device code being approved. ``status`` is pending, approved or denied."""

    device_code: str
    user_code: str
    client_id: str
    workspace_id: str
    expires_at: float
    interval: int
    status: str = "pending"
    last_poll: float | None = None


@dataclass
class _Refresh:
    client_id: str
    expires_at: float


@dataclass
class DemoOAuth:
    """Coze's device flow for the demo server, with short lifetimes tests can set and a clock they can move.

    Only the client IDs in ``client_ids`` are OAuth apps here. Access tokens (``czu_demo…``) last
    ``access_lifetime`` seconds and are refused with 4100 afterwards; a refresh token works once (it is rotated,
    as Coze documents) and for ``refresh_lifetime`` seconds. A poll sooner than ``interval`` after the previous
    one answers ``slow_down`` and adds 5 s to the interval (RFC 8628). Approve or deny with :meth:`approve` /
    :meth:`deny`, or in a browser at ``/oauth/device``.

    Errors are the documented bare JSON ``{"error", "error_description"}`` with HTTP 400 (RFC 8628; the status
    Coze uses is not documented, and coze-js's handling implies a 4xx).
    """

    api_token: str
    clock: Callable[[], float] = time.time
    access_lifetime: float = 900.0
    refresh_lifetime: float = 30 * 86400.0
    code_lifetime: int = 300
    interval: int = 5
    client_ids: set[str] = field(default_factory=lambda: {DEMO_CLIENT_ID})
    grants: dict[str, DeviceGrant] = field(default_factory=dict)  # by device code
    access_tokens: dict[str, float] = field(default_factory=dict)  # token → expires_at
    refresh_tokens: dict[str, _Refresh] = field(default_factory=dict)
    issued: int = 0  # token pairs issued, by sign-in or refresh

    # ------------------------------------------------------------------ test hooks

    def approve(self, user_code: str = "") -> None:
        """The user approves ``user_code`` (default: the latest pending one)."""
        self._grant(user_code).status = "approved"

    def deny(self, user_code: str = "") -> None:
        self._grant(user_code).status = "denied"

    def expire_access_tokens(self) -> None:
        """Every access token issued so far is now out of date (the next use answers 4100)."""
        now = self.clock()
        self.access_tokens = dict.fromkeys(self.access_tokens, now - 1)

    def revoke_refresh_tokens(self) -> None:
        self.refresh_tokens.clear()

    def pending(self) -> list[str]:
        return [g.user_code for g in self.grants.values() if g.status == "pending"]

    def _grant(self, user_code: str) -> DeviceGrant:
        matches = [g for g in self.grants.values() if not user_code or g.user_code == user_code.strip().upper()]
        if not matches:
            raise KeyError(f"no device code with user code {user_code!r}")
        return matches[-1]

    # ------------------------------------------------------------------ HTTP

    async def handle(self, request: Request, responder: Responder, logid: str) -> bool:
        """Answer an OAuth request (True), or let the API answer it (False): a valid access token of ours is
        swapped for the demo account's token on the way, an expired one is refused with 4100 here."""
        path = request.path.rstrip("/")
        if request.method == "POST" and (path == DEVICE_PATH or (
                path.startswith(_WORKSPACE_PREFIX) and path.endswith("/device/code"))):
            workspace = path[len(_WORKSPACE_PREFIX):-len("/device/code")] if path != DEVICE_PATH else ""
            await self._device_code(request, responder, logid, workspace)
        elif request.method == "POST" and path == TOKEN_PATH:
            await self._token(request, responder, logid)
        elif path == APPROVAL_PATH:
            await self._approval_page(request, responder, logid)
        elif self._authenticate(request) is False:
            return await self._refuse(responder, logid)
        else:
            return False
        return True

    def _authenticate(self, request: Request) -> bool | None:
        """None: our token and valid (swapped for the API's); False: ours but expired; True: not ours."""
        scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
        expires_at = self.access_tokens.get(token.strip()) if scheme.lower() == "bearer" else None
        if expires_at is None:
            return True
        if self.clock() >= expires_at:
            return False
        request.headers["authorization"] = f"Bearer {self.api_token}"
        return None

    async def _refuse(self, responder: Responder, logid: str) -> bool:
        await send_json(responder, 401, error_body(4100, BAD_TOKEN_MSG, logid), logid)
        return True

    async def _device_code(self, request: Request, responder: Responder, logid: str, workspace: str) -> None:
        client_id = str(_json(request).get("client_id") or "")
        if client_id not in self.client_ids:
            await _oauth_error(responder, logid, "invalid_client",
                               f"client_id {client_id!r} is not a device-flow OAuth app of this server")
            return
        grant = DeviceGrant(device_code=secrets.token_urlsafe(32), user_code=_user_code(), client_id=client_id,
                            workspace_id=workspace, expires_at=self.clock() + self.code_lifetime,
                            interval=self.interval)
        self.grants[grant.device_code] = grant
        host = request.headers.get("host", "127.0.0.1")
        await send_json(responder, 200, {
            "device_code": grant.device_code, "user_code": grant.user_code,
            "verification_uri": f"http://{host}{APPROVAL_PATH}", "expires_in": self.code_lifetime,
            "interval": grant.interval}, logid)

    async def _token(self, request: Request, responder: Responder, logid: str) -> None:
        body = _json(request)
        client_id = str(body.get("client_id") or "")
        grant_type = body.get("grant_type")
        if grant_type == DEVICE_GRANT:
            await self._poll(responder, logid, client_id, str(body.get("device_code") or ""))
        elif grant_type == "refresh_token":
            await self._refresh(responder, logid, client_id, str(body.get("refresh_token") or ""))
        else:
            await _oauth_error(responder, logid, "unsupported_grant_type", f"grant_type {grant_type!r}")

    async def _poll(self, responder: Responder, logid: str, client_id: str, device_code: str) -> None:
        grant = self.grants.get(device_code)
        now = self.clock()
        if grant is None or grant.client_id != client_id:
            await _oauth_error(responder, logid, "invalid_grant", "unknown device_code")
        elif now >= grant.expires_at:
            del self.grants[device_code]
            await _oauth_error(responder, logid, "expired_token", "the device_code has expired")
        elif grant.status == "denied":
            del self.grants[device_code]
            await _oauth_error(responder, logid, "access_denied", "the user denied the authorization")
        elif grant.status == "approved":
            del self.grants[device_code]  # a device code gives one token pair
            await send_json(responder, 200, self._issue(client_id), logid)
        else:
            too_soon = grant.last_poll is not None and now - grant.last_poll < grant.interval
            grant.last_poll = now
            if too_soon:
                grant.interval += 5
                await _oauth_error(responder, logid, "slow_down", "polling too often")
            else:
                await _oauth_error(responder, logid, "authorization_pending", "the user has not approved yet")

    async def _refresh(self, responder: Responder, logid: str, client_id: str, refresh_token: str) -> None:
        entry = self.refresh_tokens.pop(refresh_token, None)  # used once, whatever happens next
        if entry is None or entry.client_id != client_id or self.clock() >= entry.expires_at:
            await _oauth_error(responder, logid, "invalid_grant", "the refresh_token is invalid or has expired")
            return
        await send_json(responder, 200, self._issue(client_id), logid)

    def _issue(self, client_id: str) -> dict[str, Any]:
        now = self.clock()
        access, refresh = "czu_demo" + secrets.token_urlsafe(32), secrets.token_urlsafe(48)
        self.access_tokens[access] = now + self.access_lifetime
        self.refresh_tokens[refresh] = _Refresh(client_id, now + self.refresh_lifetime)
        self.issued += 1
        # expires_in is an absolute Unix time on Coze's token endpoint (docs and cozepy agree).
        return {"access_token": access, "expires_in": int(now + self.access_lifetime), "refresh_token": refresh,
                "token_type": "Bearer"}

    async def _approval_page(self, request: Request, responder: Responder, logid: str) -> None:
        """A page standing in for Coze's consent page: the code filled in, Approve and Deny."""
        form = dict(parse_qsl(request.body.decode("utf-8", "replace"))) if request.method == "POST" else {}
        code = (form.get("user_code") or request.query.get("user_code") or "").strip().upper()
        message = ""
        if request.method == "POST":
            try:
                (self.approve if form.get("action") == "approve" else self.deny)(code)
                message = "Approved: go back to Coze Desktop." if form.get("action") == "approve" else "Denied."
            except KeyError:
                message = "No sign-in is waiting for that code."
        page = (
            "<!doctype html><meta charset=utf-8><title>Coze Desktop demo sign-in</title>"
            "<h1>Sign in to the demo server</h1>"
            f"<p>{html.escape(message)}</p>"
            f"<form method=post><input name=user_code value=\"{html.escape(code)}\">"
            "<button name=action value=approve>Approve</button> <button name=action value=deny>Deny</button></form>"
        )
        await responder.send(200, [("content-type", "text/html; charset=utf-8"), ("x-tt-logid", logid)],
                             page.encode())


def _json(request: Request) -> dict[str, Any]:
    try:
        value = json.loads(request.body or b"{}")
    except (UnicodeDecodeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


async def _oauth_error(responder: Responder, logid: str, error: str, description: str) -> None:
    await send_json(responder, 400, {"error": error, "error_description": description}, logid)


def _user_code() -> str:
    pick = [secrets.choice(_USER_CODE_LETTERS) for _ in range(8)]
    return "".join(pick[:4]) + "-" + "".join(pick[4:])

