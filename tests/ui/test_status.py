"""Status honesty: "Connected" only after a request succeeded; a failed reply names the bot it was sent to; every
answer is headed by a bot name, in Chinese too, never a blank."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator

import pytest
import pytest_asyncio
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN, json_reply
from coze_desktop.demo import profile as demo_profile
from coze_desktop.settings import BotRef, Profile, Settings, load_settings
from coze_desktop.ui.app import install_translators
from coze_desktop.ui.main_window import MainWindow
from coze_desktop.ui.services import build
from coze_desktop.ui.session import Connection

from .test_main_window import ask, close_window

WindowFactory = Callable[..., "asyncio.Future[MainWindow]"]


pytestmark = pytest.mark.usefixtures("fast_demo")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "zh_CN")
    assert installed, "the zh_CN translation is missing"
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield
    QLocale.setDefault(previous)
    for translator in installed:
        qapp.removeTranslator(translator)


def real_settings(base_url: str, bot_name: str = "") -> Settings:
    """A profile for a "real" Coze (the test's local server, with a token), not the offline demo bot."""
    return Settings(profiles=[Profile(name="work", region="custom", base_url=base_url,
                                      bots=[BotRef(DEMO_BOT_ID, bot_name)])], active_profile="work")


@pytest_asyncio.fixture
async def opened() -> AsyncIterator[list]:
    """Windows opened by a test, closed after it in Qt's order."""
    windows: list = []
    yield windows
    for win, store in windows:
        await close_window(win, store)


async def open_window(opened: list, settings: Settings, seen: list[str] | None = None) -> MainWindow:
    win, store = build(settings)
    opened.append((win, store))
    if seen is not None:  # the status line as it is the moment the client exists, before any request
        win.session.sig_connected.connect(lambda _c: seen.append(win.connection_label.text()))
    win.show()
    await win.start()
    return win


async def test_connected_only_after_the_bot_answered_a_request(server, opened: list,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COZE_API_TOKEN", DEMO_TOKEN)
    seen: list[str] = []
    win = await open_window(opened, real_settings(server.base_url), seen)
    assert not win.session.connection.demo
    assert len(seen) == 1 and "Connecting" in seen[0] and "Connected" not in seen[0]
    label = win.connection_label.text()
    assert label.startswith("Connected to") and demo_profile.NAME in label  # the bot's own name, from its info
    assert win.view.bot_name == demo_profile.NAME
    assert any(r.path.startswith("/v1/bot") for r in server.requests)


async def test_a_bad_token_never_says_connected_and_the_failure_names_the_bot(server, opened: list,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COZE_API_TOKEN", "pat_WrongToken0123456789abcdef")
    win = await open_window(opened, real_settings(server.base_url, "我的音乐助手"))
    label = win.connection_label.text()
    assert label.startswith("Not connected:") and "Connected to" not in label
    assert "pat_WrongToken" not in label
    await ask(win, "hello")
    message = win.view.last_bot()
    assert message.error_box.isVisibleTo(message)
    assert "我的音乐助手" in message.name_label.text()  # the reply is headed by the bot it was sent to
    status = win.statusBar().currentMessage()
    assert status.startswith("No answer from 我的音乐助手:"), status
    assert not win.connection_label.text().startswith("Connected")


async def test_a_bot_without_a_name_is_headed_by_its_id_in_chinese(server, opened: list, chinese: None,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COZE_API_TOKEN", DEMO_TOKEN)
    nameless = {**demo_profile.bot_info(), "name": ""}
    server.script(f"/v1/bots/{DEMO_BOT_ID}", json_reply({"code": 0, "msg": "", "data": nameless}, headers={}))
    win = await open_window(opened, real_settings(server.base_url))
    assert win.connection_label.text().startswith("已连接") or DEMO_BOT_ID in win.connection_label.text()
    await ask(win, "你好")
    header = win.view.last_bot().name_label.text()
    assert DEMO_BOT_ID in header, header


async def test_the_demo_bot_is_named_in_chinese_before_and_after_its_info(opened: list, chinese: None) -> None:
    win = await open_window(opened, load_settings())
    await ask(win, "你好")
    assert demo_profile.NAME in win.view.last_bot().name_label.text()
    # Before any bot info (or when it cannot be had) the header still says who answers: 智能体 ("Bot").
    connection = win.session.connection
    win._on_connected(Connection(connection.base_url, connection.bot_id, demo=True))
    assert win.view.bot_name == "智能体"
    win.view.add_bot()
    assert "智能体" in win.view.last_bot().name_label.text()


async def test_a_reconnect_with_a_bad_token_is_not_connected_on_old_merit(server, opened: list,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings changed to a wrong token: the bot info cached from the good one does not count as a success."""
    monkeypatch.setenv("COZE_API_TOKEN", DEMO_TOKEN)
    win = await open_window(opened, real_settings(server.base_url))
    assert win.connection_label.text().startswith("Connected to")
    monkeypatch.setenv("COZE_API_TOKEN", "pat_WrongToken0123456789abcdef")
    await win._reconnect()
    label = win.connection_label.text()
    assert label.startswith("Not connected:"), label
    assert not win.session.reachable


async def test_a_start_on_a_conversation_shows_it_then_says_connected(server, opened: list,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """With a history, the newest conversation is shown without waiting for the bot's answer; the status line
    says Connected once that answer came, not before."""
    from coze_desktop.chat.history import open_history

    monkeypatch.setenv("COZE_API_TOKEN", DEMO_TOKEN)
    store = open_history()
    kept = store.create_conversation(DEMO_BOT_ID, "kept from yesterday")
    store.close()
    seen: list[str] = []
    win = await open_window(opened, real_settings(server.base_url), seen)
    assert win.current == kept
    assert "Connected to" not in seen[0]
    for _ in range(200):
        if win.connection_label.text().startswith("Connected to"):
            break
        await asyncio.sleep(0.02)
    assert win.connection_label.text().startswith("Connected to"), win.connection_label.text()
    assert demo_profile.NAME in win.connection_label.text()
    assert any(r.path.startswith("/v1/bot") for r in server.requests)
