"""The settings dialog: tokens reach the keyring and no file; the connection test reports what is wrong, async."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from coze_desktop import connection
from coze_desktop.api.errors import HINT_AUTH, HINT_BOT
from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN, DEMO_WORKSPACE_ID
from coze_desktop.secrets import TokenSource, token_store
from coze_desktop.settings import BotRef, Profile, Settings, load_settings, settings_path
from coze_desktop.ui.settings_dialog import SettingsDialog

from ..test_settings import TOKEN, MemoryKeyring, files_containing

DEMO_BOT_NAME = "Coze Desktop 演示助手 (Demo)"


def make_dialog(qtbot: QtBot, settings: Settings | None = None) -> SettingsDialog:
    dialog = SettingsDialog(settings or load_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def apply_button(dialog: SettingsDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Apply)


def demo_settings(base_url: str, *bot_ids: str, region: str = "custom") -> Settings:
    profile = Profile(name="demo", region=region, base_url=base_url if region == "custom" else "",
                      bots=[BotRef(b) for b in bot_ids], user_id="u-test")
    return Settings(profiles=[profile], active_profile="demo")


async def until(condition: Callable[[], bool]) -> None:
    """Poll while the loop runs: qtbot.waitUntil would spin a nested Qt loop that starves asyncio."""
    async with asyncio.timeout(10):
        while not condition():  # noqa: ASYNC110 (a widget's state, not something an asyncio.Event could signal)
            await asyncio.sleep(0.01)


# -------------------------------------------------------------- token handling


def test_apply_puts_the_token_in_the_keyring_and_in_no_file(
    qtbot: QtBot, memory_keyring: MemoryKeyring, app_home: Path
) -> None:
    dialog = make_dialog(qtbot)
    changed: list[Settings] = []
    dialog.sig_settings_changed.connect(changed.append)
    assert dialog.token_edit.text() == "" and dialog.token_edit.echoMode() == dialog.token_edit.EchoMode.Password
    assert dialog.token_status.text() == "No token stored."
    qtbot.keyClicks(dialog.token_edit, TOKEN)
    click(qtbot, apply_button(dialog))

    assert memory_keyring.entries == {("coze-desktop", "default"): TOKEN}
    assert settings_path().is_file() and len(changed) == 1
    assert files_containing(app_home, TOKEN) == []
    assert dialog.token_edit.text() == ""
    dialog.close()

    reopened = make_dialog(qtbot)
    assert reopened.token_edit.text() == ""
    assert reopened.token_status.text() == "A token is stored in the system keyring."
    assert reopened.remove_token_button.isEnabled()


def test_remove_token_takes_effect_on_apply(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    token_store().set("default", TOKEN)
    dialog = make_dialog(qtbot)
    click(qtbot, dialog.remove_token_button)
    assert memory_keyring.entries  # nothing happens before Apply: Cancel would keep it
    assert "removed when you apply" in dialog.token_status.text()
    click(qtbot, apply_button(dialog))
    assert memory_keyring.entries == {}
    assert dialog.token_status.text() == "No token stored."


def test_without_a_keyring_the_token_is_used_until_quit_and_says_so(
    qtbot: QtBot, no_keyring: object, app_home: Path
) -> None:
    dialog = make_dialog(qtbot)
    assert "No system keyring is available" in dialog.keyring_label.text()
    assert "until you quit" in dialog.keyring_label.text()
    # the library's technical reason is there for the curious, not inside the (translated) sentence
    assert "keyring.backends" not in dialog.keyring_label.text() and dialog.keyring_label.toolTip()
    qtbot.keyClicks(dialog.token_edit, TOKEN)
    assert dialog.apply() is True  # never silently dropped: kept in memory for this session
    assert token_store().source("default") is TokenSource.SESSION and token_store().get("default") == TOKEN
    assert dialog.token_status.text().startswith("Session only (no keyring)")
    assert "until you quit" in dialog.apply_label.text()
    assert settings_path().is_file() and files_containing(app_home, TOKEN) == []


@pytest.mark.asyncio
async def test_without_a_keyring_a_token_that_tests_fine_answers_the_next_message(
    qtbot: QtBot, server, no_keyring: object, app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue: Test connection succeeded, OK said the token was not saved, and the next message failed (4100)."""
    from coze_desktop.ui.services import build
    from coze_desktop.ui.session import ChatSession

    from .test_main_window import answer_text, close_window, next_turn_end

    monkeypatch.setattr(ChatSession, "demo_delay", 0.0)
    QApplication.instance().setQuitOnLastWindowClosed(False)
    window, store = build(demo_settings(server.base_url, DEMO_BOT_ID))
    try:
        window.show()
        await window.start()
        assert window.session.connection.demo  # no token yet: the built-in demo bot
        connected = asyncio.Event()
        window.session.sig_connected.connect(lambda c: c.demo or connected.set())
        window.open_settings()
        dialog = window._settings_dialog
        qtbot.keyClicks(dialog.token_edit, DEMO_TOKEN)
        click(qtbot, dialog.test_button)
        await until(lambda: dialog.test_button.isEnabled())
        assert dialog.result_label.text().startswith("✓")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        assert window._settings_dialog is None or not dialog.isVisible()  # OK closed it: the token was taken
        await asyncio.wait_for(connected.wait(), 10)
        assert window.session.connection.base_url == server.base_url
        finished = next_turn_end(window)
        window.send("音量调到30")
        await asyncio.wait_for(finished, 15)
        message = window.view.last_bot()
        assert not message.error_box.isVisibleTo(message), message.error_text.text()
        assert "30" in answer_text(window)
    finally:
        await close_window(window, store)


def test_the_answer_timeout_and_polling_deadline_are_saved(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    settings = load_settings()
    settings.connect_timeout, settings.poll_deadline = 12.0, 240.0
    dialog = make_dialog(qtbot, settings)
    assert dialog.idle_timeout_spin.value() == 60
    assert dialog.poll_deadline_spin.value() == 240
    assert (dialog.idle_timeout_spin.minimum(), dialog.idle_timeout_spin.maximum()) == (5, 3600)
    dialog.idle_timeout_spin.setValue(90)
    assert dialog.apply()
    saved = load_settings()
    assert (saved.idle_timeout, saved.connect_timeout, saved.poll_deadline) == (90.0, 12.0, 240.0)
    dialog.poll_deadline_spin.setValue(45)
    assert dialog.apply()
    assert load_settings().poll_deadline == 45.0


def test_profiles_can_be_added_renamed_and_removed(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    token_store().set("default", "pat_default")
    dialog = make_dialog(qtbot)
    click(qtbot, dialog.add_profile_button)
    assert dialog.profile_combo.count() == 2 and dialog.name_edit.text() == "profile-2"
    assert dialog.user_id_edit.text().startswith("desktop-")
    dialog.name_edit.setText("工作")  # not keyClicks: QTest aborts the process on characters beyond Latin-1
    assert dialog.profile_combo.currentText() == "工作"
    qtbot.keyClicks(dialog.token_edit, "pat_work")
    dialog.profile_combo.setCurrentIndex(0)
    dialog.name_edit.setText("home")
    assert dialog.apply()
    assert memory_keyring.entries == {("coze-desktop", "home"): "pat_default", ("coze-desktop", "工作"): "pat_work"}
    assert [p.name for p in load_settings().profiles] == ["home", "工作"]
    assert load_settings().active_profile == "home"

    click(qtbot, dialog.remove_profile_button)
    assert dialog.profile_combo.count() == 1 and dialog.name_edit.text() == "工作"
    assert not dialog.remove_profile_button.isEnabled()
    assert dialog.apply()
    assert memory_keyring.entries == {("coze-desktop", "工作"): "pat_work"}


def test_keep_playing_in_the_tray_is_off_until_chosen(qtbot: QtBot, memory_keyring: MemoryKeyring,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    dialog = make_dialog(qtbot)
    assert dialog.tray_check.isEnabled() and not dialog.tray_check.isChecked()
    dialog.tray_check.setChecked(True)
    assert dialog.apply()
    assert load_settings().keep_playing_in_tray is True
    dialog.close()

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    dialog = make_dialog(qtbot)
    assert dialog.tray_check.isChecked() and not dialog.tray_check.isEnabled()
    assert "no system tray" in dialog.tray_check.toolTip()


def test_invalid_settings_are_not_saved(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = make_dialog(qtbot)
    assert not dialog.base_url_edit.isEnabled()
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("custom"))
    assert dialog.base_url_edit.isEnabled()
    assert dialog.apply() is False
    assert "http://" in dialog.apply_label.text() and not settings_path().exists()
    dialog.base_url_edit.setText("http://localhost:8888")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.stream_check.setChecked(False)
    assert dialog.apply()
    saved = load_settings()
    assert (saved.language, saved.theme, saved.profile.stream) == ("zh_CN", "dark", False)
    assert saved.profile.base_url == "http://localhost:8888"


# ---------------------------------------------------------------- network


@pytest.mark.asyncio
async def test_connection_ok_shows_the_bot_name(qtbot: QtBot, server, memory_keyring: MemoryKeyring) -> None:
    dialog = make_dialog(qtbot, demo_settings(server.base_url, DEMO_BOT_ID))
    qtbot.keyClicks(dialog.token_edit, DEMO_TOKEN)
    ticks = []
    timer = QTimer(interval=0, timeout=lambda: ticks.append(1))
    timer.start()
    click(qtbot, dialog.test_button)
    assert not dialog.test_button.isEnabled() and not dialog.busy.isHidden()  # returned at once, still running
    await until(lambda: dialog.test_button.isEnabled())
    timer.stop()
    assert dialog.result_label.text() == f"✓ Connected: {DEMO_BOT_NAME}"
    assert dialog.busy.isHidden()
    assert ticks  # Qt kept processing events during the test


@pytest.mark.asyncio
async def test_wrong_token_shows_the_code_and_the_region_hint(
    qtbot: QtBot, server, memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog(qtbot, demo_settings(server.base_url, DEMO_BOT_ID))
    qtbot.keyClicks(dialog.token_edit, "pat_wrong_secret")
    click(qtbot, dialog.test_button)
    await until(lambda: dialog.test_button.isEnabled())
    text = dialog.result_label.text()
    assert text.startswith("✗ The token was rejected.")
    assert "[4100]" in text and "logid=" in text
    host = server.base_url.split("//", 1)[1]
    # The hint is about this custom server, not coze.cn/coze.com's token pages (issue 14: it did not match).
    assert f"valid for the Coze server at {host}" in text and "oauth/pats" not in text
    assert HINT_AUTH not in text and "pat_wrong_secret" not in text


@pytest.mark.asyncio
async def test_a_rejected_cloud_token_suggests_the_other_region(
    qtbot: QtBot, server, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(connection.REGIONS, "com", server.base_url)  # "coze.com" is the local server here
    dialog = make_dialog(qtbot, demo_settings("", DEMO_BOT_ID, region="com"))
    qtbot.keyClicks(dialog.token_edit, "pat_wrong_secret")
    click(qtbot, dialog.test_button)
    await until(lambda: dialog.test_button.isEnabled())
    assert "[4100]" in dialog.result_label.text()
    assert "try the coze.cn region" in dialog.result_label.text()
    # The hint names the token page of the region that was tried: coze.com's.
    assert "https://www.coze.com/open/oauth/pats" in dialog.result_label.text()
    assert "www.coze.cn/open" not in dialog.result_label.text()


@pytest.mark.asyncio
async def test_unknown_bot_shows_the_publish_hint(qtbot: QtBot, server, memory_keyring: MemoryKeyring) -> None:
    dialog = make_dialog(qtbot, demo_settings(server.base_url, "123"))
    token_store().set("demo", DEMO_TOKEN)  # the stored token is used when the field is empty
    click(qtbot, dialog.test_button)
    await until(lambda: dialog.test_button.isEnabled())
    text = dialog.result_label.text()
    assert text.startswith("✗ The bot was not found or is not published as an API.")
    assert "[4200]" in text and HINT_BOT in text and "coze.cn" not in text.split(HINT_BOT)[-1]


@pytest.mark.asyncio
async def test_unreachable_server_shows_the_network_hint(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = make_dialog(qtbot, demo_settings("http://127.0.0.1:9", DEMO_BOT_ID))
    qtbot.keyClicks(dialog.token_edit, DEMO_TOKEN)
    click(qtbot, dialog.test_button)
    await until(lambda: dialog.test_button.isEnabled())
    text = dialog.result_label.text()
    assert text.startswith("✗ Coze could not be reached")
    assert "127.0.0.1:9" in text and "Check your network connection" in text


@pytest.mark.asyncio
async def test_a_bad_proxy_is_named(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = make_dialog(qtbot, demo_settings("http://127.0.0.1:9", DEMO_BOT_ID))
    qtbot.keyClicks(dialog.token_edit, DEMO_TOKEN)
    dialog.proxy_edit.setText("ftp://user:hunter2@proxy")
    click(qtbot, dialog.test_button)
    await until(lambda: dialog.test_button.isEnabled())
    assert "proxy" in dialog.result_label.text() and "hunter2" not in dialog.result_label.text()


@pytest.mark.asyncio
async def test_missing_token_or_bot_is_said_before_any_request(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog(qtbot, demo_settings("http://127.0.0.1:9"))
    click(qtbot, dialog.test_button)
    assert "Add a bot" in dialog.result_label.text()
    dialog.bot_id_edit.setText("7001")
    click(qtbot, dialog.add_bot_button)
    click(qtbot, dialog.test_button)
    assert dialog.result_label.text() == "Enter a token first."
    assert dialog.test_button.isEnabled()


@pytest.mark.asyncio
async def test_adding_a_bot_looks_up_its_name(qtbot: QtBot, server, memory_keyring: MemoryKeyring) -> None:
    dialog = make_dialog(qtbot, demo_settings(server.base_url))
    qtbot.keyClicks(dialog.token_edit, DEMO_TOKEN)
    dialog.bot_id_edit.setText(DEMO_BOT_ID)
    click(qtbot, dialog.add_bot_button)
    assert dialog.bot_list.item(0).text() == DEMO_BOT_ID  # listed at once, named when Coze answers
    await until(lambda: dialog.bot_list.item(0).text() != DEMO_BOT_ID)
    assert dialog.bot_list.item(0).text() == f"{DEMO_BOT_NAME}  ({DEMO_BOT_ID})"
    dialog.bot_id_edit.setText("not a number")
    click(qtbot, dialog.add_bot_button)
    assert dialog.bot_list.count() == 1 and "number" in dialog.bots_status.text()
    assert dialog.apply()
    assert load_settings().profile.bots == [BotRef(DEMO_BOT_ID, DEMO_BOT_NAME)]


@pytest.mark.asyncio
async def test_workspace_picker_lists_and_adds_bots(qtbot: QtBot, server, memory_keyring: MemoryKeyring) -> None:
    dialog = make_dialog(qtbot, demo_settings(server.base_url))
    qtbot.keyClicks(dialog.token_edit, DEMO_TOKEN)
    dialog.workspace_edit.setText(DEMO_WORKSPACE_ID)
    click(qtbot, dialog.list_bots_button)
    await until(lambda: dialog.found_list.count() > 0)
    dialog.found_list.item(0).setSelected(True)
    click(qtbot, dialog.add_found_button)
    assert dialog.bot_list.item(0).text() == f"{DEMO_BOT_NAME}  ({DEMO_BOT_ID})"
    assert dialog.apply()
    saved = load_settings().profile
    assert saved.workspace_id == DEMO_WORKSPACE_ID and saved.bot_ids == [DEMO_BOT_ID]


@pytest.fixture
def dialog_is_not_the_last_window(qapp: QApplication) -> Iterator[None]:
    """Closing the only window would quit the app and stop the event loop under the test."""
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(True)


@pytest.mark.asyncio
@pytest.mark.usefixtures("dialog_is_not_the_last_window")
async def test_closing_cancels_a_running_check(qtbot: QtBot, server, memory_keyring: MemoryKeyring) -> None:
    dialog = make_dialog(qtbot, demo_settings(server.base_url, DEMO_BOT_ID))
    qtbot.keyClicks(dialog.token_edit, DEMO_TOKEN)
    click(qtbot, dialog.test_button)
    tasks = set(dialog._tasks)
    dialog.reject()
    await asyncio.sleep(0.05)
    assert tasks and all(t.cancelled() for t in tasks)


# -------------------------------------------------------------- traps (issue 14)


def line_edits(dialog: SettingsDialog) -> list:
    return [dialog.name_edit, dialog.base_url_edit, dialog.token_edit, dialog.proxy_edit, dialog.user_id_edit,
            dialog.bot_id_edit, dialog.workspace_edit, dialog.music_edit]


@pytest.mark.asyncio
@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
async def test_enter_in_any_field_keeps_the_dialog_open_and_the_text(
        qtbot: QtBot, memory_keyring: MemoryKeyring, key: Qt.Key) -> None:
    dialog = make_dialog(qtbot, demo_settings("http://127.0.0.1:9", region="custom"))
    finished: list[int] = []
    dialog.finished.connect(finished.append)
    for edit in line_edits(dialog):
        dialog.tabs.setCurrentWidget(next(p for p in (dialog.account_page, dialog.bots_page, dialog.chat_page)
                                          if p.isAncestorOf(edit)))
        edit.setFocus()
        typed = "7123456789" if edit is dialog.bot_id_edit else "输入 typed"
        edit.setText(typed)
        qtbot.keyClick(edit, key)
        assert dialog.isVisible() and finished == [], edit
        if edit is dialog.bot_id_edit:  # Enter there means "Add": the bot is added, not thrown away
            assert "7123456789" in dialog._current.profile.bot_ids and edit.text() == ""
        else:
            assert edit.text() == typed, edit
    assert memory_keyring.entries == {}  # Enter applied nothing either: only OK/Apply save
    assert not settings_path().exists()
    dialog.reject()  # stops the bot look-up and the listing that Enter started


def test_no_button_is_the_default(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    from PySide6.QtWidgets import QPushButton

    dialog = make_dialog(qtbot)
    assert [b.text() for b in dialog.findChildren(QPushButton) if b.isDefault() or b.autoDefault()] == []


@pytest.mark.asyncio
async def test_the_test_button_stays_put_when_its_result_appears(
        qtbot: QtBot, server, memory_keyring: MemoryKeyring) -> None:
    dialog = make_dialog(qtbot, demo_settings(server.base_url, DEMO_BOT_ID))
    await asyncio.sleep(0)
    before = dialog.test_button.mapTo(dialog, dialog.test_button.rect().topLeft()), dialog.test_button.size()
    pages = dialog.tabs.height()
    qtbot.keyClicks(dialog.token_edit, "pat_wrong_secret")
    click(qtbot, dialog.test_button)
    await until(lambda: dialog.test_button.isEnabled())
    assert dialog.result_label.text().count("\n") >= 2  # a long, multi-line result
    await asyncio.sleep(0.05)  # any layout requests posted by the message are handled by now
    after = dialog.test_button.mapTo(dialog, dialog.test_button.rect().topLeft()), dialog.test_button.size()
    assert after == before
    assert dialog.tabs.height() == pages  # the dialog grew for the message; the pages kept their height
    assert dialog.result_label.geometry().bottom() <= dialog.buttons.geometry().top()  # nothing overlaps


def test_the_dialog_is_at_least_as_big_as_its_content(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.width() >= dialog.minimumSizeHint().width()
    assert dialog.height() >= dialog.minimumSizeHint().height()
    assert dialog.width() >= 640 and dialog.height() >= 560


def test_a_language_change_retranslates_the_open_dialog(
        qtbot: QtBot, qapp: QApplication, memory_keyring: MemoryKeyring) -> None:
    from coze_desktop.ui.app import resources_dir
    from coze_desktop.ui.language import switch_language

    if not (resources_dir() / "i18n" / "coze_desktop_zh_CN.qm").is_file():
        pytest.skip("no compiled zh_CN translation in this checkout")
    dialog = make_dialog(qtbot)
    assert dialog.windowTitle() == "Settings"
    try:
        switch_language(qapp, "zh_CN")
        QApplication.processEvents()  # Qt posts LanguageChange to each window
        assert dialog.windowTitle() == "设置"
        assert dialog.tabs.tabText(0) != "Account"
    finally:
        switch_language(qapp, "en")
        QApplication.processEvents()
    assert dialog.windowTitle() == "Settings" and dialog.tabs.tabText(0) == "Account"
