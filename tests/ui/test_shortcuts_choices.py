"""Shortcut commands on "/" and workflow Q&A choices in the window, against the demo Coze server."""

from __future__ import annotations

import asyncio
import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from coze_desktop.api import ChoiceQuestion
from coze_desktop.demo import shortcuts as demo_shortcuts
from coze_desktop.demo.tracks import SONGS
from coze_desktop.ui.main_window import MainWindow
from coze_desktop.ui.messages import BotMessage, ChoiceCard

from .test_main_window import answer_text, ask, next_turn_end


def bodies(window: MainWindow, path: str) -> list[dict]:
    return [r.json for r in window.session.demo_server.requests if r.path == path and r.json]


async def until(condition, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the condition never held")


async def test_slash_completes_a_command_and_sends_it_as_shortcut_command(window: MainWindow, qtbot) -> None:
    menu = window.shortcut_menu
    window.input.setFocus()
    qtbot.keyClicks(window.input, "/")
    assert menu.isVisible() and menu.count() == 2
    assert "/music" in menu.item(0).text() and "Play a song by its name" in menu.item(0).text()
    assert "‹song›" in menu.item(0).text()  # its parameter
    qtbot.keyClick(window.input, Qt.Key.Key_Down)
    assert menu.current().command == "/count"
    qtbot.keyClick(window.input, Qt.Key.Key_Up)
    qtbot.keyClick(window.input, Qt.Key.Key_Up)  # wraps round
    assert menu.current().command == "/count"
    qtbot.keyClick(window.input, Qt.Key.Key_Return)  # chooses, does not send
    assert window.input.draft() == "/count " and not menu.isVisible()
    assert window.shortcut_hint.isVisible() and "text: 要统计的文字 The text to count" in window.shortcut_hint.text()
    assert bodies(window, "/v3/chat") == []

    finished = next_turn_end(window)
    qtbot.keyClicks(window.input, "hello world ")
    window.input.insertPlainText("你好")  # QTest types ASCII only (it aborts on other characters)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    await asyncio.wait_for(finished, 15)
    sent = bodies(window, "/v3/chat")[-1]
    assert sent["shortcut_command"] == {"command_id": demo_shortcuts.COUNT_ID,
                                        "parameters": {"text": "hello world 你好"}}
    assert "14" in answer_text(window)  # computed by the demo bot from the parameter it received


async def test_typing_filters_esc_closes_and_the_window_stop_is_left_alone(window: MainWindow, qtbot) -> None:
    menu = window.shortcut_menu
    window.input.setFocus()
    qtbot.keyClicks(window.input, "/co")
    assert [menu.item(i).data(Qt.ItemDataRole.UserRole).command for i in range(menu.count())] == ["/count"]
    stopped = []
    window.stop_action.triggered.connect(lambda: stopped.append(True))
    qtbot.keyClick(window.input, Qt.Key.Key_Escape)
    assert not menu.isVisible() and window.input.draft() == "/co" and stopped == []
    qtbot.keyClicks(window.input, "u")  # typing again opens it again
    assert menu.isVisible()
    qtbot.keyClicks(window.input, "nt ")  # past the command word: closed
    assert not menu.isVisible()


async def test_an_input_method_composing_keeps_its_keys(window: MainWindow, qtbot) -> None:
    menu = window.shortcut_menu
    window.input.setFocus()
    qtbot.keyClicks(window.input, "/")
    assert menu.isVisible()
    QApplication.sendEvent(window.input, QInputMethodEvent("mu", []))  # pinyin being composed
    qtbot.keyClick(window.input, Qt.Key.Key_Return)  # the input method's Enter: neither choose nor send
    assert window.input.draft() == "/" and bodies(window, "/v3/chat") == []
    commit = QInputMethodEvent()
    commit.setCommitString("音乐")
    QApplication.sendEvent(window.input, commit)
    assert window.input.draft() == "/音乐"


async def test_a_command_without_its_parameter_is_not_sent(window: MainWindow) -> None:
    window.send("/music")
    assert "needs a value for: song" in window.statusBar().currentMessage()
    assert window.input.draft() == "/music"
    await asyncio.sleep(0.1)
    assert bodies(window, "/v3/chat") == []
    await ask(window, "/music song=晴天")
    assert bodies(window, "/v3/chat")[-1]["shortcut_command"]["parameters"] == {"song": "晴天"}


async def choice_card(window: MainWindow) -> ChoiceCard:
    live = window.view.live_message()
    assert isinstance(live, BotMessage)
    await until(lambda: bool(live.choices))
    return next(iter(live.choices.values()))


async def test_a_choice_is_asked_with_buttons_and_the_pick_is_submitted(window: MainWindow) -> None:
    finished = next_turn_end(window)
    window.send("pick a song for me")
    card = await choice_card(window)
    titles = [song.title for song in SONGS]
    assert card.question.question == "Which song would you like to hear?"
    assert [b.text() for b in card.buttons] == titles and all(b.isEnabled() for b in card.buttons)
    assert window.view.last_bot().answer.isHidden()  # nothing said yet: no empty strip under the question
    card.buttons[1].click()
    await asyncio.wait_for(finished, 15)
    assert window.view.last_bot().answer.isVisible() and window.view.last_bot().answer.markdown()
    [submitted] = bodies(window, "/v3/chat/submit_tool_outputs")[:1]
    assert submitted["tool_outputs"][0]["output"] == titles[1]
    assert not card.open and not any(b.isEnabled() for b in card.buttons)
    assert card.buttons[1].property("picked") is True
    assert card.note.text() == f"You answered: {titles[1]}"
    calls = [c for c in window.view.last_bot().tool_cards()]
    assert calls and titles[1] in calls[0].summary()  # the bot went on with the pick: it plays that song

    # Kept in the history: reopened, the card shows the pick and cannot be answered again.
    conversation = window.current
    window.new_conversation()
    window.open_conversation(conversation)
    [stored] = window.view.last_bot().choices.values()
    assert stored.answer == titles[1] and not stored.open and not stored.buttons[0].isEnabled()


async def test_stop_while_a_choice_waits_disables_it_and_says_so(window: MainWindow) -> None:
    finished = next_turn_end(window)
    window.send("帮我选一首歌")
    card = await choice_card(window)
    assert card.question.question == "你想听哪一首？"
    assert window.session.pending_choices(window.current) == [card.question]
    window.stop()
    await asyncio.wait_for(finished, 10)
    assert not card.open and not card.buttons[0].isEnabled()
    assert "stopped before you picked" in card.note.text()
    assert window.session.pending_choices(window.current) == []
    card.pick(card.question.options[0])  # a late click changes nothing
    assert not window.session.answer_choice(card.question.call_id, "晴天")


async def test_a_free_answer_card_sends_what_was_typed(qapp: QApplication, qtbot) -> None:
    card = ChoiceCard(ChoiceQuestion("call-9", "What should the playlist be called?"))
    picked = []
    card.sig_picked.connect(lambda call, answer: picked.append((call, answer)))
    assert card.buttons == [] and card.free is not None
    card.free.setText("  Road trip  ")
    card.free.returnPressed.emit()
    assert picked == [("call-9", "Road trip")]
    card.set_answered("Road trip")
    assert not card.free.isEnabled() and "Road trip" in card.note.text()
    card.set_answered("the user did not answer the question within 300 s: …", ok=False)
    assert card.note.text().startswith("Not answered: the user did not answer")
    card.deleteLater()


def test_parameters_parse_one_and_several() -> None:
    from coze_desktop.api import ShortcutCommand, ShortcutComponent
    from coze_desktop.ui.shortcut_menu import missing, parse, template

    one = ShortcutCommand("1", "Play", "/music", components=(ShortcutComponent("song"),))
    assert parse("/music 晴天 live", one) == {"song": "晴天 live"}
    assert parse("/music song=晴天", one) == {"song": "晴天"}
    assert template(one) == "/music " and missing("/music  ", one) == ["song"]
    two = ShortcutCommand("2", "Trip", "/trip", components=(
        ShortcutComponent("from"), ShortcutComponent("to"), ShortcutComponent("key", is_hide=True, default_value="k")))
    assert template(two) == "/trip from= to="
    assert parse("/trip from=上海 虹桥 to=Beijing", two) == {"from": "上海 虹桥", "to": "Beijing", "key": "k"}
    assert missing("/trip from= to=Beijing", two) == ["from"]
    assert json.dumps(parse("/trip", two)) == '{"key": "k"}'


async def test_a_choice_nobody_answers_times_out_and_says_so(window: MainWindow) -> None:
    window.session._engine.choice_timeout = 0.3  # the approval limit (minutes) cut short
    finished = next_turn_end(window)
    window.send("pick a song for me")
    card = await choice_card(window)
    await asyncio.wait_for(finished, 10)
    assert not card.open and not card.buttons[0].isEnabled()
    assert card.note.text().startswith("Not answered: the user did not answer the question within 0.3 s")
    assert "No song was picked" in answer_text(window)


async def test_a_question_still_waiting_is_shown_again_when_its_conversation_is_reopened(window: MainWindow) -> None:
    finished = next_turn_end(window)
    window.send("pick a song for me")
    card = await choice_card(window)
    conversation = window.current
    window.new_conversation()  # the question keeps waiting meanwhile
    window.open_conversation(conversation)
    again = await choice_card(window)
    assert again is not card and again.question == card.question and again.open
    again.buttons[0].click()
    await asyncio.wait_for(finished, 15)
    assert again.answer == card.question.options[0] and not again.open


async def test_the_bots_words_are_shown_as_text(qapp: QApplication) -> None:
    card = ChoiceCard(ChoiceQuestion("c", "<b>Pick</b> <img src='file:///etc/hosts'>", ("Rock & Roll", "<i>Jazz</i>")))
    picked = []
    card.sig_picked.connect(lambda _c, answer: picked.append(answer))
    assert card.question_label.textFormat() == Qt.TextFormat.PlainText
    assert [b.text() for b in card.buttons] == ["Rock && Roll", "<i>Jazz</i>"]  # shown as "Rock & Roll"
    card.buttons[0].click()
    assert picked == ["Rock & Roll"]
    card.set_answered("Rock & Roll")
    assert card.buttons[0].property("picked") is True and card.note.text() == "You answered: Rock & Roll"
    card.deleteLater()


async def test_tab_from_the_input_reaches_the_options_of_a_waiting_question(window: MainWindow, qtbot) -> None:
    finished = next_turn_end(window)
    window.send("pick a song for me")
    card = await choice_card(window)
    window.input.setFocus()
    qtbot.keyClick(window.input, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.buttons[0]
    qtbot.keyClick(card.buttons[0], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.buttons[1]
    qtbot.keyClick(card.buttons[1], Qt.Key.Key_Space)  # picks it, no mouse
    await asyncio.wait_for(finished, 15)
    assert card.answer == card.question.options[1]
    window.input.setFocus()
    qtbot.keyClick(window.input, Qt.Key.Key_Tab)  # answered: back to input → Send
    assert QApplication.focusWidget() is window.send_button
