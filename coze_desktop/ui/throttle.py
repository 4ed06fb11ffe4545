"""Coalesce bursts of update requests into at most one callback per interval (after qutebrowser's misc/throttle)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Throttle(QObject):
    """Runs ``callback`` at most once per ``interval_ms``: a trigger after a quiet spell runs it at once, triggers
    within the interval are merged into one run when the interval is over."""

    def __init__(self, callback: Callable[[], None], interval_ms: int = 40, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback
        self._interval = interval_ms / 1000
        self._last_end = -math.inf
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)

    def trigger(self) -> None:
        """Ask for a run."""
        if self._pending:
            return
        wait = self._last_end + self._interval - time.monotonic()
        if wait <= 0:
            self._run()
        else:
            self._pending = True
            self._timer.start(math.ceil(wait * 1000))

    def flush(self) -> None:
        """Run now if a run is scheduled."""
        if self._pending:
            self._timer.stop()
            self._run()

    def cancel(self) -> None:
        """Drop a scheduled run."""
        self._timer.stop()
        self._pending = False

    def _run(self) -> None:
        self._pending = False
        try:
            self._callback()
        finally:
            # Counted from the end, so a slow callback still leaves the event loop a whole interval to breathe.
            self._last_end = time.monotonic()
