"""Widget tests: async tests run on a qasync loop, as the app does; keyring fixtures shared with test_settings."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from coze_desktop.ui.event_loop import EventLoop

from ..test_settings import memory_keyring, no_keyring  # noqa: F401 (fixtures)


@pytest.fixture(autouse=True)
def _qt_teardown_in_order(qapp: QApplication) -> Iterator[None]:
    """After each test, delete what it left in Qt's order, not whenever Python's collector gets to it.

    A widget collected at a random later moment, while Qt still holds events for it, crashes the process
    (seen as rare segfaults in whichever test ran next)."""
    yield
    for _ in range(2):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    QApplication.processEvents()


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, object]:
    return {"qasync": lambda: EventLoop(QApplication.instance() or QApplication([]))}
