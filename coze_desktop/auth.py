"""Signed in with Coze: hands the client a valid access token, refreshing it before it expires and on a 4100."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .api.errors import CozeAuthError, CozeError
from .secrets import KeyringUnavailable, OAuthCredentials, TokenStore, token_store

if TYPE_CHECKING:
    from .api.oauth import DeviceCode, OAuthClient
    from .settings import Profile

log = logging.getLogger(__name__)

# Access tokens live 15 minutes; one is renewed when less than this is left, so that a request (a chat stream may
# take a minute to start) never sets out with a token about to die.
REFRESH_MARGIN = 90.0
HINT_SIGN_IN = "Open Settings → Account and click “Sign in with Coze”."


class SignInRequired(CozeAuthError):
    """The sign-in with Coze has ended (its refresh token expired or was revoked): only signing in again helps."""

    default_hint = HINT_SIGN_IN


@dataclass(frozen=True, slots=True)
class SignIn:
    """A sign-in in progress: what the user must see (``user_code``, ``url``) and how long it is valid."""

    code: DeviceCode
    started: float  # monotonic seconds

    @property
    def user_code(self) -> str:
        return self.code.user_code

    @property
    def url(self) -> str:
        return self.code.verification_url


class TokenManager:
    """The access token of a profile signed in with Coze, always fresh enough to use.

    :meth:`access_token` refreshes when less than ``margin`` seconds are left; :meth:`refreshed` is what the
    client calls after a 4100 (the token was refused before its time). Refreshes are one at a time: requests that
    ask meanwhile wait for that one and share its result. The new tokens replace the old ones in the keyring in a
    single write (Coze invalidates a refresh token once it is used). When the refresh token itself is refused,
    :class:`SignInRequired` is raised, now and for every later request, without asking Coze again;
    ``on_sign_in_required`` is called once, so a window can say it once.

    ``oauth`` builds the OAuth client for a refresh (one short-lived client each time, nothing to close);
    ``clock`` returns Unix seconds.
    """

    def __init__(
        self,
        profile_name: str,
        oauth: Callable[[str], OAuthClient],
        *,
        store: TokenStore | None = None,
        clock: Callable[[], float] = time.time,
        margin: float = REFRESH_MARGIN,
        on_sign_in_required: Callable[[SignInRequired], None] | None = None,
    ) -> None:
        self.profile_name = profile_name
        self._oauth = oauth
        self._store = store or token_store()
        self._clock = clock
        self.margin = margin
        self.on_sign_in_required = on_sign_in_required
        self._lock = asyncio.Lock()
        self._creds: OAuthCredentials | None = None
        self._ended: SignInRequired | None = None
        self.refreshes = 0  # how many refreshes reached Coze (diagnostics and tests)

    @property
    def credentials(self) -> OAuthCredentials:
        if self._creds is None:
            self._creds = self._store.get_oauth(self.profile_name)
            if self._creds is None:
                self._end("This profile is not signed in with Coze any more.")
        assert self._creds is not None
        return self._creds

    async def access_token(self) -> str:
        """A token with at least ``margin`` seconds to live (or the current one, if a refresh cannot reach Coze
        while it still works). Raises :class:`SignInRequired` or, when Coze is unreachable and the token is dead,
        the network error."""
        if self._ended is not None:
            raise self._ended.with_traceback(None)  # the same error, not a traceback growing per turn
        creds = self.credentials
        if creds.expires_at - self._clock() > self.margin:
            return creds.access_token
        return await self._refresh(creds.access_token)

    async def refreshed(self, rejected: str) -> str:
        """After Coze refused ``rejected`` (4100): a new token, unless another request already got one."""
        if self._ended is not None:
            raise self._ended.with_traceback(None)
        return await self._refresh(rejected, forced=True)

    async def _refresh(self, stale: str, *, forced: bool = False) -> str:
        async with self._lock:
            if self._ended is not None:
                raise self._ended.with_traceback(None)
            creds = self.credentials
            if creds.access_token != stale and creds.expires_at - self._clock() > self.margin:
                return creds.access_token  # refreshed by the request that held the lock before us
            from .api.oauth import CozeSignInError

            try:
                async with self._oauth(creds.client_id) as oauth:
                    token = await oauth.refresh(creds.refresh_token)
            except (CozeSignInError, CozeAuthError) as exc:
                log.info("the refresh token was refused: %s", exc)
                self._end("Your sign-in with Coze has expired.", cause=exc)
            except CozeError as exc:
                # Coze unreachable or failing: the current token serves as long as it lives.
                if not forced and creds.expires_at > self._clock():
                    log.warning("could not refresh the access token yet: %s", exc)
                    return creds.access_token
                raise
            self.refreshes += 1
            fresh = OAuthCredentials(token.access_token, token.refresh_token or creds.refresh_token,
                                     float(token.expires_at), creds.client_id)
            self._creds = fresh
            self._save(fresh)
            return fresh.access_token

    def _save(self, creds: OAuthCredentials) -> None:
        try:
            self._store.set_oauth(self.profile_name, creds)
        except KeyringUnavailable as exc:
            # The old refresh token no longer works: keep the new one for this run rather than lose the sign-in.
            log.warning("the refreshed sign-in is kept for this session only: %s", exc.reason)
            self._store.set_session_oauth(self.profile_name, creds)

    def _end(self, msg: str, *, cause: CozeError | None = None) -> None:
        error = SignInRequired(msg, http_status=cause.http_status if cause else None,
                               logid=cause.logid if cause else "")
        self._ended = error
        if self.on_sign_in_required is not None:
            self.on_sign_in_required(error)
        raise error


# ------------------------------------------------------------------ the device flow, for the UI and the terminal


def oauth_client(profile: Profile, client_id: str, **kwargs: object) -> OAuthClient:
    """An OAuth client for the profile's server (region or base URL) and proxy."""
    from .api.oauth import OAuthClient
    from .connection import endpoint

    return OAuthClient(endpoint(profile), client_id, proxy=profile.proxy.strip() or None, **kwargs)  # type: ignore[arg-type]


async def start_sign_in(oauth: OAuthClient, workspace_id: str = "") -> SignIn:
    """Ask Coze for a user code to show. Raises :class:`CozeError` (wrong client ID: the server's message)."""
    return SignIn(await oauth.request_device_code(workspace_id), time.monotonic())


async def finish_sign_in(oauth: OAuthClient, sign_in: SignIn, profile_name: str,
                         store: TokenStore | None = None) -> bool:
    """Poll until the user approves, then keep the tokens (keyring, else this session). True when they went to
    the keyring. Raises ``CozeSignInError`` when declined or expired; cancel the task to stop polling."""
    token = await oauth.poll_device_token(sign_in.code)
    creds = OAuthCredentials(token.access_token, token.refresh_token, float(token.expires_at), oauth.client_id)
    store = store or token_store()
    try:
        store.set_oauth(profile_name, creds)
    except KeyringUnavailable as exc:
        log.warning("the sign-in is kept for this session only: %s", exc.reason)
        store.set_session_oauth(profile_name, creds)
        return False
    return True


def credentials_for(profile: Profile, *, store: TokenStore | None = None,
                    on_sign_in_required: Callable[[SignInRequired], None] | None = None) -> str | TokenManager | None:
    """What a client of the profile authenticates with: ``COZE_API_TOKEN``, else the sign-in with Coze, else the
    stored access token; None when there is none (the app then uses its offline demo bot)."""
    from .settings import TOKEN_ENV, resolve_token

    store = store or token_store()
    if os.environ.get(TOKEN_ENV):
        return resolve_token(profile.name, store)
    if store.get_oauth(profile.name) is not None:
        return TokenManager(profile.name, lambda cid: oauth_client(profile, cid), store=store,
                            on_sign_in_required=on_sign_in_required)
    return resolve_token(profile.name, store)
