"""Issue 14, point 8: a language chosen in Settings applies at once, to the whole window, without a restart."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from PySide6.QtWidgets import QApplication

from coze_desktop.chat import AnswerDelta
from coze_desktop.demo import sse
from coze_desktop.settings import load_settings
from coze_desktop.ui.app import resources_dir
from coze_desktop.ui.language import switch_language
from coze_desktop.ui.main_window import MainWindow
from coze_desktop.ui.services import build

from ..test_engine import answers
from .test_main_window import answer_text, ask, close_window, next_turn_end
from .test_shell_layout import music_folder  # noqa: F401 (fixture)

pytestmark = [
    pytest.mark.usefixtures("fast_demo"),
    pytest.mark.skipif(not (resources_dir() / "i18n" / "coze_desktop_zh_CN.qm").is_file(),
                       reason="no compiled zh_CN translation in this checkout"),
]


@pytest.fixture(autouse=True)
def _english_afterwards(qapp: QApplication) -> Iterator[None]:
    """Whatever a test switched to, the next test starts in English."""
    yield
    switch_language(qapp, "en")
    QApplication.processEvents()


@pytest_asyncio.fixture
async def window(music_folder) -> AsyncIterator[MainWindow]:  # noqa: F811 (the fixture imported above)
    win, store = build(load_settings())
    win.resize(1300, 800)  # wide enough for the sources panel
    win.show()
    await win.start()
    yield win
    await close_window(win, store)


async def apply_language(window: MainWindow, language: str) -> None:
    """What Apply in the settings dialog does with a changed language; then let Qt deliver LanguageChange."""
    changed = copy.deepcopy(window.settings)
    changed.language = language
    window._settings_changed(changed)
    for _ in range(3):
        await asyncio.sleep(0.01)
    await asyncio.wait_for(asyncio.gather(*window._tasks), 10)  # the reconnect Apply starts


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


async def test_the_window_switches_language_and_back(window: MainWindow) -> None:
    await ask(window, "音量调到30")  # a tool call: a card whose summary is made in the interface's language
    await ask(window, "what can you do?")  # an answer with sources
    window._choose_pane("sources", True)
    volume_message = window.view.bot_messages()[0]
    [card] = volume_message.tool_cards()
    sources_answer = window.view.last_bot()
    assert card.title.text().startswith("Volume → 30")
    assert "source" in sources_answer.sources_button.text()
    assert menu_titles(window)[:3] == ["&File", "&View", "&Chat"]

    await apply_language(window, "zh_CN")
    assert menu_titles(window)[:3] == ["文件(&F)", "视图(&V)", "对话(&C)"]
    assert window.new_action.text() == "新对话" and window.settings_action.text() == "设置…"
    assert window.send_button.text() == "发送"
    assert window.bot_label.text().strip() == "智能体："
    assert window.conversations.search_edit.placeholderText() == "搜索对话"
    assert window.conversations.new_button.text().endswith("新对话")
    assert card.title.text().startswith("音量 → 30")  # the same card, retranslated in place
    assert "个来源" in sources_answer.sources_button.text()
    assert window.recall.title_label.text() == "来源"
    assert window.banner.title_label.text() == "你正在与离线演示智能体对话"
    assert window.connection_label.text() == "离线演示智能体（尚未设置扣子令牌）"
    if window.player_bar is not None:
        assert window.player_bar.next_button.toolTip() == "下一首"
    assert "The new language" not in window.statusBar().currentMessage()
    assert answer_text(window)  # the bot's own words are not touched

    await apply_language(window, "en")
    assert menu_titles(window)[:3] == ["&File", "&View", "&Chat"]
    assert window.new_action.text() == "New conversation" and window.send_button.text() == "Send"
    assert window.conversations.search_edit.placeholderText() == "Search conversations"
    assert card.title.text().startswith("Volume → 30")
    assert window.recall.title_label.text() == "Sources"
    assert window.banner.title_label.text() == "You are chatting with the offline demo bot"
    if window.player_bar is not None:
        assert window.player_bar.next_button.toolTip() == "Next song"


async def test_help_menu_and_shortcuts_sheet_follow(window: MainWindow, qapp: QApplication) -> None:
    from coze_desktop.ui.help_menu import install_help_menu

    help_menu = install_help_menu(window)
    window.show_shortcuts()
    sheet = window._shortcuts_sheet
    assert sheet is not None and sheet.windowTitle() == "Keyboard shortcuts"
    switch_language(qapp, "zh_CN")
    for _ in range(3):
        await asyncio.sleep(0.01)
    assert help_menu.menu.title() == "帮助(&H)"
    assert sheet.rows[0][0] == "新对话"  # the window's rows come from its retranslated actions
    assert sheet.windowTitle() != "Keyboard shortcuts"
    switch_language(qapp, "en")
    for _ in range(3):
        await asyncio.sleep(0.01)
    assert help_menu.menu.title() == "&Help" and sheet.rows[0][0] == "New conversation"


async def test_an_answer_streaming_through_a_switch_keeps_its_text(window: MainWindow, qapp: QApplication) -> None:
    window.session.demo_server.script("/v3/chat", sse(answers(*["段落 "] * 60, first=True), delay=0.02))
    seen = asyncio.Event()
    window.session.sig_event.connect(lambda _c, e: isinstance(e, AnswerDelta) and seen.set())
    finished = next_turn_end(window)
    window.send("讲个长故事")
    await asyncio.wait_for(seen.wait(), 10)
    await asyncio.sleep(0.1)
    live = window.view.live_message()
    assert live is not None
    before = answer_text(window)
    assert before.startswith("段落")
    # Switched directly, not through Apply: Apply also reconnects, which stops the answer (as it did before).
    window._switch_language("zh_CN")
    await asyncio.sleep(0.05)
    assert window.send_button.text() == "发送"
    assert answer_text(window).startswith(before.strip())
    await asyncio.wait_for(finished, 15)
    assert window.view.last_bot() is live
    assert answer_text(window).count("段落") == 60  # nothing lost, nothing doubled
