"""Tokens in the OS keyring (service ``coze-desktop``, one entry per profile), or in memory for this run only."""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import TYPE_CHECKING

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

    def __init__(self, cause: BaseException | None = None) -> None:
        # Only the error's type: a backend's own message could quote what it was given.
        self.reason = type(cause).__name__ if cause is not None else ""
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
        # (backend, works?): re-probed when the backend changes, e.g. keyring.set_keyring() in tests.
        self._probed: tuple[KeyringBackend, bool] | None = None

    def available(self) -> bool:
        """Whether a real keyring backend (not ``fail``, ``null`` or an empty chain) answers."""
        backend = _backend()
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
        if not self.available():
            raise KeyringUnavailable()
        try:
            _backend().set_password(self.service, profile, token)
        except Exception as exc:
            raise KeyringUnavailable(exc) from None  # not chained: the cause's text could quote the token
        self._session.pop(profile, None)

    def set_session(self, profile: str, token: str) -> None:
        """Keep the token in memory until the app quits; the fallback when no keyring works."""
        if not token:
            raise ValueError("an empty token cannot be stored")
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


def _probe(backend: KeyringBackend, service: str) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return False  # an empty chain silently stores nothing
    try:
        backend.get_password(service, _PROBE_USER)
    except Exception as exc:  # locked, no D-Bus, daemon gone…: all mean "not usable now"
        log.info("the keyring backend %s does not answer: %s", type(backend).__name__, type(exc).__name__)
        return False
    return True


_store = TokenStore()


def token_store() -> TokenStore:
    """The store shared by the whole app, so a session-only token reaches every part of it."""
    return _store
