"""Settings → Account → "Sign in with Coze", against the demo server's device flow over real HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coze_desktop.demo import DEMO_BOT_ID, DemoServer
from coze_desktop.demo.oauth import DEMO_CLIENT_ID, TOKEN_PATH
from coze_desktop.secrets import OAUTH_SERVICE, token_store
from coze_desktop.settings import load_settings, save_settings, settings_path

from ..test_settings import TOKEN, MemoryKeyring, files_containing
from .test_settings_dialog import apply_button, click, demo_settings, make_dialog, until

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def demo() -> AsyncIterator[DemoServer]:
    async with DemoServer() as server:
        server.oauth.interval = 1  # a real second between polls: the dialog runs on the real clock
        yield server


def polls(server: DemoServer) -> int:
    return sum(1 for r in server.requests if r.path == TOKEN_PATH)


def dialog_for(qtbot: QtBot, server: DemoServer, client_id: str = DEMO_CLIENT_ID):
    settings = demo_settings(server.base_url, DEMO_BOT_ID)
    settings.profile.oauth_client_id = client_id
    save_settings(settings)
    return make_dialog(qtbot, load_settings())


async def test_sign_in_shows_the_code_then_signs_in_and_out(
    qtbot: QtBot, demo: DemoServer, memory_keyring: MemoryKeyring, app_home: Path
) -> None:
    dialog = dialog_for(qtbot, demo)
    assert dialog.client_id_edit.text() == DEMO_CLIENT_ID  # remembered per profile in the settings file
    assert "not a secret" in dialog.client_id_edit.placeholderText()
    assert 'href="https://www.coze.cn/docs/developer_guides/oauth_device_code"' in dialog.oauth_help.text()
    assert not dialog.sign_out_button.isEnabled()
    click(qtbot, dialog.sign_in_button)
    await until(lambda: bool(dialog.user_code_label.text()))
    code = dialog.user_code_label.text()
    assert dialog.sign_in_panel.isVisible() and code in demo.oauth.pending()
    assert dialog.user_code_label.font().pointSizeF() > dialog.client_id_edit.font().pointSizeF() * 1.5
    assert f"user_code={code}" in dialog.sign_in_link.text()
    assert "left)" in dialog.sign_in_status.text() and dialog.sign_in_expiry.maximum() == 300
    assert not dialog.sign_in_button.isEnabled()
    click(qtbot, dialog.copy_code_button)
    assert QApplication.clipboard().text() == code

    demo.oauth.approve(code)
    await until(lambda: "Signed in" in dialog.sign_in_status.text())
    assert not dialog.sign_in_panel.isVisible()
    creds = token_store().get_oauth("demo")
    assert creds is not None and list(memory_keyring.entries) == [(OAUTH_SERVICE, "demo")]
    assert dialog.token_status.text().startswith("Signed in with Coze")
    assert dialog.sign_out_button.isEnabled() and dialog.sign_in_button.isEnabled()
    click(qtbot, dialog.test_button)  # the connection test goes with the sign-in's token
    await until(lambda: dialog.test_button.isEnabled())
    assert dialog.result_label.text().startswith("✓"), dialog.result_label.text()
    assert demo.requests[-1].headers["authorization"] == f"Bearer {creds.access_token}"
    assert dialog.apply()
    assert files_containing(app_home, creds.access_token) == files_containing(app_home, creds.refresh_token) == []
    assert files_containing(app_home, DEMO_CLIENT_ID) == [settings_path()]  # the client ID is no secret

    click(qtbot, dialog.sign_out_button)
    assert memory_keyring.entries == {} and "Signed out" in dialog.sign_in_status.text()
    assert dialog.token_status.text() == "No token stored." and not dialog.sign_out_button.isEnabled()


async def test_cancel_stops_the_polling(qtbot: QtBot, demo: DemoServer, memory_keyring: MemoryKeyring) -> None:
    dialog = dialog_for(qtbot, demo)
    click(qtbot, dialog.sign_in_button)
    await until(lambda: polls(demo) >= 1)
    click(qtbot, dialog.cancel_sign_in_button)
    assert dialog.sign_in_status.text() == "Sign-in cancelled." and not dialog.sign_in_panel.isVisible()
    seen = polls(demo)
    await asyncio.sleep(2.5)  # two more intervals: nobody polls any more
    assert polls(demo) == seen and dialog.sign_in_button.isEnabled()
    demo.oauth.approve()
    await asyncio.sleep(1.2)
    assert memory_keyring.entries == {}


async def test_a_wrong_client_id_shows_the_servers_message(
    qtbot: QtBot, demo: DemoServer, memory_keyring: MemoryKeyring
) -> None:
    dialog = dialog_for(qtbot, demo, client_id="not-an-app")
    click(qtbot, dialog.sign_in_button)
    await until(lambda: "did not work" in dialog.sign_in_status.text())
    text = dialog.sign_in_status.text()
    assert "'not-an-app' is not a device-flow OAuth app" in text and "client ID" in text
    assert dialog.sign_in_button.isEnabled() and memory_keyring.entries == {}


async def test_an_empty_client_id_is_asked_for(qtbot: QtBot, demo: DemoServer, memory_keyring: MemoryKeyring) -> None:
    dialog = dialog_for(qtbot, demo, client_id="")
    click(qtbot, dialog.sign_in_button)
    assert "client ID first" in dialog.sign_in_status.text()
    dialog.client_id_edit.setText(TOKEN)  # a token pasted into the wrong field
    click(qtbot, dialog.sign_in_button)
    assert "That is a token, not a client ID" in dialog.sign_in_status.text() and not dialog.client_id_edit.text()
    assert not [r for r in demo.requests if r.path.startswith("/api/permission")]


async def test_declining_in_the_browser_says_so(qtbot: QtBot, demo: DemoServer, memory_keyring: MemoryKeyring) -> None:
    dialog = dialog_for(qtbot, demo)
    click(qtbot, dialog.sign_in_button)
    await until(lambda: bool(dialog.user_code_label.text()))
    demo.oauth.deny()
    await until(lambda: "declined" in dialog.sign_in_status.text())
    assert memory_keyring.entries == {}


async def test_signing_in_replaces_a_stored_token(qtbot: QtBot, demo: DemoServer,
                                                  memory_keyring: MemoryKeyring) -> None:
    token_store().set("demo", TOKEN)
    dialog = dialog_for(qtbot, demo)
    assert dialog.token_status.text() == "A token is stored in the system keyring."
    click(qtbot, dialog.sign_in_button)
    await until(lambda: bool(dialog.user_code_label.text()))
    demo.oauth.approve()
    await until(lambda: "Signed in" in dialog.sign_in_status.text())
    assert list(memory_keyring.entries) == [(OAUTH_SERVICE, "demo")]  # the token is gone: one or the other
    assert not dialog.remove_token_button.isEnabled()
    click(qtbot, apply_button(dialog))
    assert token_store().get("demo") is None and token_store().get_oauth("demo") is not None


async def test_the_window_chats_signed_in_and_asks_once_to_sign_in_again(
    qtbot: QtBot, demo: DemoServer, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coze_desktop.api.oauth import OAuthClient
    from coze_desktop.auth import SignIn, finish_sign_in
    from coze_desktop.ui.services import build
    from coze_desktop.ui.session import ChatSession

    from .test_main_window import answer_text, close_window, next_turn_end

    async def no_wait(_seconds: float) -> None:
        await asyncio.sleep(0)

    async with OAuthClient(demo.base_url, DEMO_CLIENT_ID, sleep=no_wait) as oauth:
        code = await oauth.request_device_code()
        demo.oauth.approve(code.user_code)
        await finish_sign_in(oauth, SignIn(code, 0.0), "demo")
    monkeypatch.setattr(ChatSession, "demo_delay", 0.0)
    QApplication.instance().setQuitOnLastWindowClosed(False)
    window, store = build(demo_settings(demo.base_url, DEMO_BOT_ID))
    asked: list[object] = []
    window.session.sig_sign_in_required.connect(asked.append)
    try:
        window.show()
        await window.start()
        assert not window.session.connection.demo  # the sign-in counts as being connected to Coze
        finished = next_turn_end(window)
        window.send("你好")
        await asyncio.wait_for(finished, 15)
        assert answer_text(window)
        chat = [r for r in demo.requests if r.path == "/v3/chat"][-1]
        assert chat.headers["authorization"] == f"Bearer {token_store().get_oauth('demo').access_token}"

        demo.oauth.expire_access_tokens()
        demo.oauth.revoke_refresh_tokens()  # a month later, or signed out at Coze
        for text in ("还在吗", "再试一次"):
            finished = next_turn_end(window)
            window.send(text)
            await asyncio.wait_for(finished, 15)
            message = window.view.last_bot()
            assert "expired" in message.error_text.text() and "Sign in with Coze" in message.error_hint.text()
        assert len(asked) == 1  # said once, not on every turn
        assert "sign-in with Coze has expired" in window.connection_label.text()
        assert sum(1 for r in demo.requests if r.path == TOKEN_PATH) == 2  # the sign-in's poll and one refresh

        # The banner offers the way out, and goes once Coze answers again after signing in anew.
        assert window.sign_in_banner.isVisible()
        assert "expired" in window.sign_in_banner.title_label.text()
        click(qtbot, window.sign_in_banner.connect_button)
        dialog = window._settings_dialog
        assert dialog is not None and dialog.isVisible()
        if not dialog.client_id_edit.text():  # signed in outside the dialog here, so no client ID was saved
            qtbot.keyClicks(dialog.client_id_edit, DEMO_CLIENT_ID)
        click(qtbot, dialog.sign_in_button)
        await until(lambda: bool(dialog.user_code_label.text()))
        demo.oauth.approve(dialog.user_code_label.text())
        await until(lambda: "Signed in" in dialog.sign_in_status.text())
        from PySide6.QtWidgets import QDialogButtonBox

        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        await until(lambda: not window.sign_in_banner.isVisible())
        finished = next_turn_end(window)
        window.send("又回来了")
        await asyncio.wait_for(finished, 15)
        assert answer_text(window) and not window.view.last_bot().error_text.isVisible()
    finally:
        await close_window(window, store)


async def test_signing_in_from_the_demo_bot_connects_the_window_to_coze(
    qtbot: QtBot, demo: DemoServer, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, app_home: Path
) -> None:
    """The whole path a user takes: no token yet (demo bot) → Settings → Sign in → approve → OK → a real answer."""
    from PySide6.QtWidgets import QDialogButtonBox

    from coze_desktop.ui.services import build
    from coze_desktop.ui.session import ChatSession

    from .test_main_window import answer_text, close_window, next_turn_end

    monkeypatch.setattr(ChatSession, "demo_delay", 0.0)
    QApplication.instance().setQuitOnLastWindowClosed(False)
    settings = demo_settings(demo.base_url, DEMO_BOT_ID)
    window, store = build(settings)
    try:
        window.show()
        await window.start()
        assert window.session.connection.demo  # nothing stored: the offline demo bot
        connected = asyncio.Event()
        window.session.sig_connected.connect(lambda c: c.demo or connected.set())
        window.open_settings()
        dialog = window._settings_dialog
        qtbot.keyClicks(dialog.client_id_edit, DEMO_CLIENT_ID)
        click(qtbot, dialog.sign_in_button)
        await until(lambda: bool(dialog.user_code_label.text()))
        demo.oauth.approve(dialog.user_code_label.text())
        await until(lambda: "Signed in" in dialog.sign_in_status.text())
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        await asyncio.wait_for(connected.wait(), 10)
        assert window.session.connection.base_url == demo.base_url
        assert load_settings().profile.oauth_client_id == DEMO_CLIENT_ID  # remembered for next time
        finished = next_turn_end(window)
        window.send("你好")
        await asyncio.wait_for(finished, 15)
        assert answer_text(window)
        creds = token_store().get_oauth("demo")
        chat = [r for r in demo.requests if r.path == "/v3/chat"][-1]
        assert chat.headers["authorization"] == f"Bearer {creds.access_token}"
    finally:
        await close_window(window, store)
    # The settings, the history database (and its journal), caches and the log: no token in any of them.
    assert (app_home / "data").is_dir() and any((app_home / "data").iterdir())
    assert files_containing(app_home, creds.access_token) == files_containing(app_home, creds.refresh_token) == []


async def test_coze_unreachable_is_said_plainly(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    settings = demo_settings("http://127.0.0.1:9", DEMO_BOT_ID)  # nobody listens on the discard port
    settings.profile.oauth_client_id = DEMO_CLIENT_ID
    dialog = make_dialog(qtbot, settings)
    click(qtbot, dialog.sign_in_button)
    await until(lambda: "could not be reached" in dialog.sign_in_status.text())
    assert "127.0.0.1:9" in dialog.sign_in_status.text() and dialog.sign_in_button.isEnabled()
    assert not dialog.sign_in_panel.isVisible() and memory_keyring.entries == {}
