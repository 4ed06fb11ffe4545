"""Widget tests: async tests run on a qasync loop, as the app does; keyring fixtures shared with test_settings."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest
import pytest_asyncio
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from coze_desktop.ui.event_loop import EventLoop

from ..test_settings import memory_keyring, no_keyring  # noqa: F401 (fixtures)

if TYPE_CHECKING:
    from coze_desktop.ui.main_window import MainWindow


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


@pytest.fixture
def fast_demo(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    """The offline demo bot answers without its reading pace, and closing a test's window leaves the loop running."""
    from coze_desktop.ui.session import ChatSession

    monkeypatch.setattr(ChatSession, "demo_delay", 0.0)
    qapp.setQuitOnLastWindowClosed(False)


@pytest_asyncio.fixture
async def window(fast_demo: None) -> AsyncIterator[MainWindow]:
    """The whole window on the offline demo bot, started and shown; closed in Qt's order after the test.
    Files that need another size or state define their own ``window``."""
    from coze_desktop.settings import load_settings
    from coze_desktop.ui.services import build

    from .test_main_window import close_window

    win, store = build(load_settings())
    win.show()
    await win.start()
    yield win
    await close_window(win, store)


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, object]:
    return {"qasync": lambda: EventLoop(QApplication.instance() or QApplication([]))}
