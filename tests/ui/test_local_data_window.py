"""The window starts over damaged local data and says so once, naming the files moved aside."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from coze_desktop import notices
from coze_desktop.chat.history import default_path
from coze_desktop.settings import load_settings, settings_path
from coze_desktop.ui.main_window import MainWindow
from coze_desktop.ui.services import build


@pytest_asyncio.fixture
async def damaged_start(qapp: QApplication, app_home: Path,
                        monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[MainWindow]:
    """The whole start-up path of the app over a damaged settings file and a history of random bytes."""
    from coze_desktop.ui.session import ChatSession

    monkeypatch.setattr(ChatSession, "demo_delay", 0.0)
    qapp.setQuitOnLastWindowClosed(False)
    notices.take()
    settings_path().parent.mkdir(parents=True)
    settings_path().write_bytes(b"\x00\x01 not settings")
    default_path().parent.mkdir(parents=True)
    default_path().write_bytes(os.urandom(8192))
    win, store = build(load_settings())  # attach_services opens the history with open_history
    win.show()
    await win.start()
    yield win
    await win.shutdown()
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    await asyncio.sleep(0)
    store.close()


async def test_the_window_starts_over_damaged_files_and_names_them(damaged_start: MainWindow) -> None:
    win = damaged_start
    assert win.settings.approvals == {} and [p.name for p in win.settings.profiles] == ["default"]  # defaults
    assert win.store is not None and win.store.persistent  # a fresh history file, not memory
    settings_copy = next(settings_path().parent.glob("settings.json.broken-*"))
    history_copy = next(default_path().parent.glob("history.sqlite3.broken-*"))
    banner = win.notice_banner
    assert banner.isVisible() and len(banner.problems) == 2
    assert str(settings_copy) in banner.text_label.text() and str(history_copy) in banner.text_label.text()
    win.show_notices()
    assert len(banner.problems) == 2  # shown once: nothing was queued twice
