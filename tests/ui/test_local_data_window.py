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
from coze_desktop.chat.history import default_path, open_history
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


async def test_a_session_token_reaches_the_chat_session_without_a_keyring(no_keyring, server, tmp_path: Path) -> None:
    """Point 9: with no usable keyring, the dialog's "this session only" token is what the chat connects with."""
    from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN
    from coze_desktop.plugins import default_registry
    from coze_desktop.secrets import TokenSource, token_store
    from coze_desktop.settings import BotRef, Profile, Settings, resolve_token
    from coze_desktop.ui.session import ChatSession

    assert not token_store().available()
    token_store().set_session("work", DEMO_TOKEN)
    assert resolve_token("work") == DEMO_TOKEN and token_store().source("work") is TokenSource.SESSION
    settings = Settings(profiles=[Profile(name="work", region="custom", base_url=server.base_url,
                                          bots=[BotRef(DEMO_BOT_ID)], user_id="u")], active_profile="work")
    store = open_history(tmp_path / "history.sqlite3")
    session = ChatSession(store, default_registry())
    try:
        await session.connect(settings)
        assert session.connection is not None and not session.connection.demo  # the real API path, with the token
        assert session.connection.bot_id == DEMO_BOT_ID
    finally:
        await session.close()
        store.close()


def test_the_settings_dialog_keeps_what_a_newer_version_wrote(qtbot, memory_keyring, app_home: Path) -> None:
    import json

    from coze_desktop.ui.settings_dialog import SettingsDialog

    settings_path().parent.mkdir(parents=True)
    settings_path().write_text(json.dumps({
        "profiles": [{"name": "work", "bots": [{"id": "7001"}], "voice": {"speaker": "x"}}],
        "active_profile": "work", "sync": {"enabled": True}}))
    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    assert dialog.apply()
    raw = json.loads(settings_path().read_text())
    assert raw["sync"] == {"enabled": True} and raw["profiles"][0]["voice"] == {"speaker": "x"}
    assert raw["profiles"][0]["bots"][0]["id"] == "7001"
