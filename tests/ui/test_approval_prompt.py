"""The approval prompt: answers by button and key, the countdown, stacking, withdrawal; all on the qasync loop."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton
from pytestqt.qtbot import QtBot

from coze_desktop.plugins import Plugin
from coze_desktop.plugins.approval import ApprovalRequest, Decision
from coze_desktop.ui.approval_prompt import ApprovalCard, ApprovalPrompt

pytestmark = pytest.mark.asyncio


async def _ok(args: dict[str, Any]) -> str:
    return "{}"


PLAY = Plugin("play_music", "Play a song from the music folder, or from a URL.",
              {"properties": {"music_name": {"type": "string"}}}, _ok,
              network=lambda args: "://" in args.get("music_name", ""))


def req(args: dict[str, Any] | None = None, *, timeout: float = 30.0, tool: str = "play_music",
        conversation: str = "c1") -> ApprovalRequest:
    return ApprovalRequest.build(tool, PLAY, args if args is not None else {"music_name": "https://music.example.com/晴天.mp3"},
                                 conversation, timeout)


@pytest.fixture
def window(qtbot: QtBot) -> tuple[QMainWindow, ApprovalPrompt, list[bool]]:
    """A window holding the prompt, with an Esc shortcut like the main window's "Stop answer"."""
    window = QMainWindow()
    prompt = ApprovalPrompt()
    window.setCentralWidget(prompt)
    stopped: list[bool] = []
    stop = QAction("Stop", window, shortcut=QKeySequence("Esc"))
    stop.triggered.connect(lambda: stopped.append(True))
    window.addAction(stop)
    qtbot.addWidget(window)
    window.resize(700, 400)
    window.show()
    window.activateWindow()
    return window, prompt, stopped


async def until(condition: Callable[[], bool]) -> None:
    """Poll while the loop runs: qtbot.waitUntil would spin a nested Qt loop that starves asyncio."""
    async with asyncio.timeout(5):
        while not condition():  # noqa: ASYNC110 (widget state, not something an asyncio.Event could signal)
            await asyncio.sleep(0.01)


@pytest.fixture(autouse=True)
def no_enter_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ApprovalCard, "enter_delay", 0.0)


@pytest.mark.parametrize(("button", "decision"), [
    ("allow_once_button", Decision.ALLOW_ONCE),
    ("allow_conversation_button", Decision.ALLOW_CONVERSATION),
    ("always_button", Decision.ALWAYS),
    ("deny_button", Decision.DENY),
])
async def test_each_button_gives_its_answer(window, qtbot: QtBot, button: str, decision: Decision) -> None:
    _, prompt, _ = window
    future = prompt.ask(req())
    [card] = prompt.cards
    assert prompt.isVisible() and card.isVisible()
    qtbot.mouseClick(getattr(card, button), Qt.MouseButton.LeftButton)
    assert await asyncio.wait_for(future, 1) is decision
    assert prompt.cards == [] and not prompt.isVisible()


async def test_the_card_shows_what_would_run_and_why(window) -> None:
    _, prompt, _ = window
    prompt.ask(req({"music_name": "https://music.example.com/晴天.mp3"}, tool="op_play"))
    [card] = prompt.cards
    assert card.title_label.text() == "Allow “play_music” to run?"
    assert card.description_label.text() == PLAY.description
    assert card.alias_label.isVisibleTo(card) and "op_play" in card.alias_label.text()
    assert json.loads(card.arguments_view.toPlainText()) == {"music_name": "https://music.example.com/晴天.mp3"}
    assert "晴天" in card.arguments_view.toPlainText()  # readable, not \\u6674\\u5929
    assert card.reason_label.text() == ("It reaches the network: music.example.com\n"
                                        "It opens https://music.example.com/%E6%99%B4%E5%A4%A9.mp3")
    assert "music.example.com" in card.always_button.toolTip()
    assert card.always_button.isEnabled() and card.allow_conversation_button.isEnabled()


async def test_local_and_hostless_calls(window) -> None:
    _, prompt, _ = window
    prompt.ask(req({"music_name": "晴天"}))
    prompt.ask(req({"music_name": "rtsp://"}))  # network, but no host the user could be shown
    local, hostless = prompt.cards
    assert local.reason_label.text() == "It acts on this computer."
    assert not local.alias_label.isVisibleTo(local)
    assert hostless.reason_label.text() == "It reaches the network."
    assert not hostless.always_button.isEnabled() and not hostless.allow_conversation_button.isEnabled()
    assert hostless.allow_once_button.isEnabled()


async def test_escape_denies_before_the_window_shortcut_sees_it(window) -> None:
    _, prompt, stopped = window
    future = prompt.ask(req())
    await until(lambda: QApplication.focusWidget() is prompt.cards[0])
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert await asyncio.wait_for(future, 1) is Decision.DENY
    assert stopped == []  # the answer in progress was not stopped


async def test_enter_allows_once(window) -> None:
    _, prompt, _ = window
    future = prompt.ask(req())
    await until(lambda: QApplication.focusWidget() is prompt.cards[0])
    QTest.keyClick(prompt.cards[0], Qt.Key.Key_Return)
    assert await asyncio.wait_for(future, 1) is Decision.ALLOW_ONCE


async def test_enter_on_a_focused_button_presses_that_button(window) -> None:
    _, prompt, _ = window
    future = prompt.ask(req())
    card = prompt.cards[0]
    card.deny_button.setFocus()
    await until(lambda: QApplication.focusWidget() is card.deny_button)
    QTest.keyClick(card.deny_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert await asyncio.wait_for(future, 1) is Decision.DENY


async def test_enter_right_after_the_card_appears_is_ignored(window, monkeypatch: pytest.MonkeyPatch) -> None:
    _, prompt, _ = window
    monkeypatch.setattr(ApprovalCard, "enter_delay", 0.3)
    future = prompt.ask(req())
    QTest.keyClick(prompt.cards[0], Qt.Key.Key_Return)
    await asyncio.sleep(0.05)
    assert not future.done()
    await asyncio.sleep(0.3)
    QTest.keyClick(prompt.cards[0], Qt.Key.Key_Return)
    assert await asyncio.wait_for(future, 1) is Decision.ALLOW_ONCE


async def test_countdown_updates_then_times_out(window) -> None:
    _, prompt, _ = window
    future = prompt.ask(req(timeout=1.5))
    card = prompt.cards[0]
    assert card.countdown_label.text() == (
        "Coze is waiting for this answer; it will be declined automatically in 2 s.")
    await until(lambda: card.countdown_label.text().endswith("in 1 s."))
    assert not future.done()
    assert await asyncio.wait_for(future, 3) is Decision.TIMED_OUT
    assert prompt.cards == [] and not prompt.isVisible()


async def test_cancelling_the_request_withdraws_its_card(window) -> None:
    _, prompt, _ = window
    future = prompt.ask(req())
    card = prompt.cards[0]
    future.cancel()
    await until(lambda: not prompt.cards)
    assert not prompt.isVisible()
    await until(lambda: not shiboken6.isValid(card))


async def test_prompts_stack_and_focus_moves_to_the_next(window) -> None:
    _, prompt, _ = window
    pending: list[int] = []
    prompt.sig_pending_changed.connect(pending.append)
    first = prompt.ask(req({"music_name": "https://a.example/1.mp3"}))
    second = prompt.ask(req({"music_name": "https://b.example/2.mp3"}))
    assert [c.reason_label.text().splitlines()[0] for c in prompt.cards] == ["It reaches the network: a.example",
                                                                            "It reaches the network: b.example"]
    assert all(card.isVisible() for card in prompt.cards)
    await until(lambda: QApplication.focusWidget() is prompt.cards[0])
    QTest.keyClick(prompt.cards[0], Qt.Key.Key_Escape)
    assert await asyncio.wait_for(first, 1) is Decision.DENY
    assert not second.done()
    await until(lambda: QApplication.focusWidget() is prompt.cards[0])
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert await asyncio.wait_for(second, 1) is Decision.ALLOW_ONCE
    assert pending == [1, 2, 1, 0]


async def test_a_later_click_changes_nothing(window, qtbot: QtBot) -> None:
    _, prompt, _ = window
    future = prompt.ask(req())
    card = prompt.cards[0]
    answers: list[Decision] = []
    card.sig_answered.connect(answers.append)
    card.answer(Decision.ALWAYS)
    card.answer(Decision.DENY)
    assert await asyncio.wait_for(future, 1) is Decision.ALWAYS
    assert answers == [Decision.ALWAYS]
    assert isinstance(card.deny_button, QPushButton)


async def test_long_arguments_scroll_inside_a_bounded_box(window) -> None:
    _, prompt, _ = window
    prompt.ask(req({"music_name": "晴天" * 900}))
    view = prompt.cards[0].arguments_view
    await until(lambda: view.width() > 100 and view.document().size().height() > 200)
    assert view.height() <= view.fontMetrics().lineSpacing() * 8 + 2 * view.frameWidth() + 1
    assert view.verticalScrollBar().maximum() > 0


@pytest.mark.parametrize(("url", "lines"), [
    ("https://2130706433:8443/x.mp3", ["It reaches the network: 127.0.0.1", "It opens https://127.0.0.1:8443/x.mp3",
                                       "⚠ This is your own computer: the bot asks to reach a service running on it."]),
    ("https://0x7f.1/x", ["It reaches the network: 127.0.0.1", "It opens https://127.0.0.1/x",
                          "⚠ This is your own computer: the bot asks to reach a service running on it."]),
    ("https://192.168.1.1/admin", ["It reaches the network: 192.168.1.1", "It opens https://192.168.1.1/admin",
                                   "⚠ This is your local network: the bot asks to reach a device or router near "
                                   "you."]),
    ("https://раураl.com/x", ["It reaches the network: раураl.com (xn--l-7sba6dbr.com)",
                              "It opens https://xn--l-7sba6dbr.com/x",
                              "⚠ The name mixes Cyrillic + Latin letters: it may imitate another name."]),
])
async def test_the_card_names_the_host_that_will_be_reached_and_flags_local_ones(
        window, url: str, lines: list[str]) -> None:
    from coze_desktop.plugins import MusicLibrary, default_registry
    from coze_desktop.plugins.player import MissingPlayer

    _, prompt, _ = window
    registry = default_registry(library=MusicLibrary("/nonexistent"), player=MissingPlayer())
    asked: list[ApprovalRequest] = []

    async def approve(plugin: Plugin, args: dict[str, Any]) -> str:
        request = ApprovalRequest.build("play_music", plugin, args, "c1")
        asked.append(request)
        prompt.ask(request)
        return "declined by the test"

    await registry.run("play_music", json.dumps({"music_name": url}), approve)  # prepared as the engine's call is
    [card] = prompt.cards
    assert card.reason_label.text().splitlines() == lines
    assert card.reason_label.textFormat() == Qt.TextFormat.PlainText
    shown_url = lines[1].removeprefix("It opens ")
    assert json.loads(card.arguments_view.toPlainText()) == {"music_name": shown_url}
    assert asked[0].args["music_name"].url == shown_url
