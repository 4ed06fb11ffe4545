"""Tokens in the OS keyring (service ``coze-desktop``, one entry per profile), or in memory for this run only."""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import TYPE_CHECKING

from .redaction import remember_secret

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

KEYRING_SERVICE = "coze-desktop"
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


class TokenStore:
    """The API tokens of the profiles, keyed by profile name.

    ``set``/``delete`` use the OS keyring and raise :class:`KeyringUnavailable` when it fails; ``set_session``
    keeps a token in memory for this run, for machines without a keyring. Nothing is ever written to a file
    or a log. ``keyring`` is imported on first use: finding its backend costs ~0.1 s.
    """

    def __init__(self, service: str = KEYRING_SERVICE) -> None:
        self.service = service
        self._session: dict[str, str] = {}
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

    def set_session(self, profile: str, token: str) -> None:
        """Keep the token in memory until the app quits; the fallback when no keyring works."""
        if not token:
            raise ValueError("an empty token cannot be stored")
        remember_secret(token)
        self._session[profile] = token

    def delete(self, profile: str) -> None:
        """Forget the profile's token everywhere. A missing entry is fine; a failing keyring raises."""
        self._session.pop(profile, None)
        if not self.available():
            return
        from keyring.errors import PasswordDeleteError

        try:
            _backend().delete_password(self.service, profile)
        except PasswordDeleteError:
            pass  # nothing was stored
        except Exception as exc:
            raise KeyringUnavailable(exc) from None

    def rename(self, old: str, new: str) -> None:
        """Move the token of a renamed profile. Raises :class:`KeyringUnavailable` like :meth:`set`."""
        if old == new:
            return
        if old in self._session:
            self._session[new] = self._session.pop(old)
        if self.source(old) is TokenSource.KEYRING:
            token = self.get(old)
            assert token is not None
            self.set(new, token)
            self.delete(old)


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
