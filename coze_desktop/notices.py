"""Problems found while starting (a damaged file moved aside, no keyring, a log folder that cannot be written)."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

_pending: list[str] = []


def add(text: str) -> None:
    """Queue ``text`` (plain, already translated or English) for the window to show once; also log it."""
    log.warning("%s", text)
    if text not in _pending:
        _pending.append(text)


def take() -> list[str]:
    """The queued notices, oldest first; the queue is empty afterwards."""
    out = _pending[:]
    _pending.clear()
    return out
