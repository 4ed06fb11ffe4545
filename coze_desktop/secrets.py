"""Tokens in the OS keyring (service ``coze-desktop``, one entry per profile), or in memory for this run only.

A profile signs in either with a personal access token (service ``coze-desktop``) or with Coze (OAuth: service
``coze-desktop-oauth``, one entry holding the access token, the refresh token and when the access token expires,
so a refresh replaces all three in one write). Storing one kind removes the other.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from .redaction import remember_secret

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

KEYRING_SERVICE = "coze-desktop"
OAUTH_SERVICE = "coze-desktop-oauth"
NO_KEYRING_MESSAGE = (
    "No system keyring is available (Secret Service / KWallet / macOS Keychain / Windows Credential Manager). "
    "The token will only be kept until you quit."
)
# A read of an entry nobody writes: proves the backend answers without touching a real entry.
_PROBE_USER = "coze-desktop-probe"


class KeyringUnavailable(Exception):
    """The system keyring cannot store or remove a token. The message says what to do and never holds a token."""

    def __init__(self, cause: BaseException | None = None, reason: str = "") -> None:
        # Only the error's type: a backend's own message could quote what it was given.
        self.reason = type(cause).__name__ if cause is not None else reason
        super().__init__(f"{NO_KEYRING_MESSAGE} ({self.reason})" if self.reason else NO_KEYRING_MESSAGE)


class TokenSource(StrEnum):
    KEYRING = "keyring"
    SESSION = "session"


@dataclass(frozen=True, slots=True)
class OAuthCredentials:
    """What "Sign in with Coze" keeps for a profile. ``expires_at`` is the access token's end in Unix seconds;
    ``client_id`` (not a secret) is the OAuth app that issued them, which the refresh must name again."""

    access_token: str
    refresh_token: str
    expires_at: float
    client_id: str

    def to_secret(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_secret(cls, text: str) -> OAuthCredentials | None:
        """None for an entry that is not ours or is damaged (then the profile simply is not signed in)."""
        try:
            data = json.loads(text)
            creds = cls(str(data["access_token"]), str(data["refresh_token"]), float(data["expires_at"]),
                        str(data.get("client_id") or ""))
        except (ValueError, TypeError, KeyError):
            return None
        return creds if creds.access_token else None

    def __repr__(self) -> str:  # never print the secrets themselves
        return f"OAuthCredentials(expires_at={self.expires_at:.0f}, client_id={self.client_id!r})"


class TokenStore:
    """The API tokens of the profiles, keyed by profile name.

    ``set``/``delete`` use the OS keyring and raise :class:`KeyringUnavailable` when it fails; ``set_session``
    keeps a token in memory for this run, for machines without a keyring. Nothing is ever written to a file
    or a log. ``keyring`` is imported on first use: finding its backend costs ~0.1 s.
    """

    def __init__(self, service: str = KEYRING_SERVICE) -> None:
        self.service = service
        self._session: dict[str, str] = {}
        self._session_oauth: dict[str, OAuthCredentials] = {}
        # (backend, why it is unusable or ""): re-probed when the backend changes, e.g. keyring.set_keyring().
        self._probed: tuple[KeyringBackend, str] | None = None

    def available(self) -> bool:
        """Whether a real OS secret store answers (not a file-based keyring, ``fail``, ``null``, an empty chain)."""
        return not self.unavailable_reason()

    def unavailable_reason(self) -> str:
        """Why no token goes to the keyring, naming the backend ("" when it is usable); never raises."""
        try:
            backend = _backend()
        except Exception as exc:  # keyring's own configuration broken: same as no keyring
            return f"the keyring library failed to start ({type(exc).__name__})"
        if self._probed is None or self._probed[0] is not backend:
            self._probed = (backend, _probe(backend, self.service))
        return self._probed[1]

    def get(self, profile: str) -> str | None:
        """The keyring's token, else this session's, else None. Never raises: a broken keyring is logged."""
        if self.available():
            try:
                token = _backend().get_password(self.service, profile)
            except Exception as exc:  # any backend failure means "no token from there", not a crash
                log.warning("could not read the token from the keyring: %s", type(exc).__name__)
            else:
                if token:
                    remember_secret(token)  # from here on no message or log line can quote it back
                    return token
        return self._session.get(profile)

    def source(self, profile: str) -> TokenSource | None:
        """Where :meth:`get` finds the profile's token, or None when there is none."""
        if self.available():
            try:
                if _backend().get_password(self.service, profile):
                    return TokenSource.KEYRING
            except Exception as exc:
                log.warning("could not read the token from the keyring: %s", type(exc).__name__)
        return TokenSource.SESSION if profile in self._session else None

    def has(self, profile: str) -> bool:
        return self.get(profile) is not None

    def set(self, profile: str, token: str) -> None:
        """Store in the keyring (replacing a session token). Raises :class:`KeyringUnavailable`."""
        if not token:
            raise ValueError("an empty token cannot be stored")
        remember_secret(token)
        if reason := self.unavailable_reason():
            raise KeyringUnavailable(reason=reason)
        try:
            _backend().set_password(self.service, profile, token)
        except Exception as exc:
            raise KeyringUnavailable(exc) from None  # not chained: the cause's text could quote the token
        self._session.pop(profile, None)
        self.delete_oauth(profile)  # a profile is either signed in with Coze or uses a token, never both

    def set_session(self, profile: str, token: str) -> None:
        """Keep the token in memory until the app quits; the fallback when no keyring works."""
        if not token:
            raise ValueError("an empty token cannot be stored")
        remember_secret(token)
        self._session[profile] = token
        self._session_oauth.pop(profile, None)

    def delete(self, profile: str) -> None:
        """Forget the profile's token (and its sign-in) everywhere. A missing entry is fine; a failing keyring
        raises."""
        self._session.pop(profile, None)
        self._delete_entry(self.service, profile)
        self.delete_oauth(profile)

    def _delete_entry(self, service: str, profile: str) -> None:
        if not self.available():
            return
        from keyring.errors import PasswordDeleteError

        try:
            _backend().delete_password(service, profile)
        except PasswordDeleteError:
            pass  # nothing was stored
        except Exception as exc:
            raise KeyringUnavailable(exc) from None

    # ------------------------------------------------------------- signed in with Coze (OAuth)

    @property
    def oauth_service(self) -> str:
        return OAUTH_SERVICE if self.service == KEYRING_SERVICE else f"{self.service}-oauth"

    def get_oauth(self, profile: str) -> OAuthCredentials | None:
        """This session's sign-in, else the keyring's; None when it is not signed in. The session's comes first:
        it is only there when the keyring could not take a refresh's new pair, and the keyring's is then used up."""
        if profile in self._session_oauth:
            return self._session_oauth[profile]
        if self.available():
            try:
                text = _backend().get_password(self.oauth_service, profile)
            except Exception as exc:
                log.warning("could not read the sign-in from the keyring: %s", type(exc).__name__)
            else:
                if text and (creds := OAuthCredentials.from_secret(text)) is not None:
                    remember_secret(creds.access_token)
                    remember_secret(creds.refresh_token)
                    return creds
        return None

    def oauth_source(self, profile: str) -> TokenSource | None:
        """Where :meth:`get_oauth` finds the profile's sign-in, or None when it is not signed in."""
        if profile in self._session_oauth:
            return TokenSource.SESSION
        if self.available():
            try:
                if _backend().get_password(self.oauth_service, profile):
                    return TokenSource.KEYRING
            except Exception as exc:
                log.warning("could not read the sign-in from the keyring: %s", type(exc).__name__)
        return None

    def set_oauth(self, profile: str, creds: OAuthCredentials) -> None:
        """Store (or replace, after a refresh) the sign-in in one keyring write, and drop the profile's access
        token: from now on the profile uses Coze's tokens. Raises :class:`KeyringUnavailable`."""
        remember_secret(creds.access_token)
        remember_secret(creds.refresh_token)
        if reason := self.unavailable_reason():
            raise KeyringUnavailable(reason=reason)
        try:
            _backend().set_password(self.oauth_service, profile, creds.to_secret())
        except Exception as exc:
            raise KeyringUnavailable(exc) from None
        self._session_oauth.pop(profile, None)
        self._session.pop(profile, None)
        self._delete_entry(self.service, profile)

    def set_session_oauth(self, profile: str, creds: OAuthCredentials) -> None:
        """Keep the sign-in in memory until the app quits; the fallback when no keyring works."""
        remember_secret(creds.access_token)
        remember_secret(creds.refresh_token)
        self._session_oauth[profile] = creds
        self._session.pop(profile, None)

    def delete_oauth(self, profile: str) -> None:
        """Sign the profile out here (the tokens stay valid at Coze until they expire)."""
        self._session_oauth.pop(profile, None)
        self._delete_entry(self.oauth_service, profile)

    def rename(self, old: str, new: str) -> None:
        """Move the token of a renamed profile. Raises :class:`KeyringUnavailable` like :meth:`set`."""
        if old == new:
            return
        if old in self._session:
            self._session[new] = self._session.pop(old)
        if old in self._session_oauth:
            self._session_oauth[new] = self._session_oauth.pop(old)
        if self.source(old) is TokenSource.KEYRING:
            token = self.get(old)
            assert token is not None
            self.set(new, token)
            self.delete(old)
        if self.oauth_source(old) is TokenSource.KEYRING:
            creds = self.get_oauth(old)
            if creds is not None:
                self.set_oauth(new, creds)
            self.delete_oauth(old)


def _backend() -> KeyringBackend:
    import keyring  # lazily: the backend scan costs ~0.1 s at start-up

    return keyring.get_keyring()


def _probe(backend: KeyringBackend, service: str) -> str:
    """Why ``backend`` cannot keep a token safely ("" when it can): not a real OS secret store, or not answering."""
    if reason := _not_a_secret_store(backend):
        return reason
    try:
        backend.get_password(service, _PROBE_USER)
    except Exception as exc:  # locked, no D-Bus, daemon gone…: all mean "not usable now"
        log.info("the keyring backend %s does not answer: %s", _name(backend), type(exc).__name__)
        return f"the keyring backend {_name(backend)} does not answer ({type(exc).__name__})"
    return ""


# Backends that are no OS secret store: keyring's stand-ins, and keyrings.alt, whose "keyrings" are files in
# ~/.local/share/python_keyring (PlaintextKeyring: base64, readable by anything running as the user).
_NOT_SECRET_STORES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _not_a_secret_store(backend: KeyringBackend) -> str:
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        # set_password writes to the chain's first member: that one decides where a token would land.
        members = list(backend.backends)
        if not members:
            return "the keyring backend is an empty chain, which stores nothing"
        return _not_a_secret_store(members[0])
    module = type(backend).__module__
    if module.startswith(_NOT_SECRET_STORES[:2]):
        return f"no keyring backend was found ({_name(backend)})"
    if module.startswith(_NOT_SECRET_STORES) or hasattr(type(backend), "file_path"):
        # file_path: keyrings.alt's FileBacked and the backends built on it (keyrings.cryptfile…) keep a file.
        return f"the keyring backend {_name(backend)} is not a system secret store (it keeps secrets in a file)"
    return ""


def _name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


_store = TokenStore()


def token_store() -> TokenStore:
    """The store shared by the whole app, so a session-only token reaches every part of it."""
    return _store
