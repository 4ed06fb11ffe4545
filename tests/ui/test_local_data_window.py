"""The window starts over damaged local data and says so once, naming the files moved aside."""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from coze_desktop import notices
from coze_desktop.chat.history import default_path, open_history
from coze_desktop.settings import load_settings, settings_path
from coze_desktop.ui.banner import NoticeBanner
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
    assert [(n.kind, n.path) for n in banner.notices] == [(notices.SETTINGS_MOVED, str(settings_copy)),
                                                          (notices.HISTORY_MOVED, str(history_copy))]
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


# ------------------------------------------------------------------------------ the banner's sentences


def test_every_notice_kind_has_its_own_sentence_in_the_banner(qapp: QApplication) -> None:
    banner = NoticeBanner()
    for kind in sorted(notices.KINDS):
        notice = notices.Notice(kind, "/home/me/.config/coze-desktop/some file")
        # English: the banner's template says what the log line says, the path in its place
        assert banner.sentence(notice) == notice.text, kind


def test_the_path_stays_in_the_sentence_and_the_error_goes_to_a_short_details_line(qapp: QApplication) -> None:
    banner = NoticeBanner()
    moved = "/tmp/home/config/settings.json.broken-20261204-190632"
    error = "'utf-8' codec can't decode byte 0xff in position 19: invalid start byte " * 4
    banner.add(notices.Notice(notices.SETTINGS_MOVED, moved, error))
    banner.add(notices.Notice(notices.SETTINGS_MOVED, moved, error))  # once
    [problem] = banner.problems
    sentence, details = problem.split("\n")
    assert moved in sentence and "codec" not in sentence
    assert details.strip().startswith("Details: 'utf-8' codec") and details.endswith("…")
    assert len(details.strip()) <= len("Details: ") + NoticeBanner.DETAIL_LIMIT
    assert banner.text_label.text() == f"• {problem}"
    banner.close_button.click()
    assert banner.problems == [] and banner.notices == [] and not banner.isVisible()


def test_a_damaged_settings_file_is_explained_in_chinese(qapp: QApplication) -> None:
    """With the zh_CN catalogue installed the sentence is Chinese; the path and the raw error stay as they are.

    Holds once the zh_CN catalogue has the banner's sentences (the translation pass after they were added).
    """
    from coze_desktop.ui.app import install_translators

    installed = install_translators(qapp, "zh_CN")
    try:
        assert installed, "the zh_CN catalogue did not load"
        banner = NoticeBanner()
        moved = "/tmp/home/config/settings.json.broken-20261204-190632"
        banner.add(notices.Notice(notices.SETTINGS_MOVED, moved,
                                  "'utf-8' codec can't decode byte 0xff in position 19: invalid start byte"))
        assert banner.title_label.text() == "Coze Desktop 遇到了一个问题"
        [problem] = banner.problems
        sentence, details = problem.split("\n")
        assert re.search("[\u4e00-\u9fff]", sentence), sentence  # Chinese, not the English template
        assert "settings file" not in sentence and moved in sentence
        assert "codec can't decode" in details and re.search("[\u4e00-\u9fff]", details), details
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
