"""The conversation view's list: reading column, references kept for the live and last answers, welcome, bug 16.5."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtWidgets import QApplication

from coze_desktop.api import BotInfo
from coze_desktop.chat import AnswerDelta, FollowUpSuggested, HistoryStore, MessageRow, TurnCompleted
from coze_desktop.ui.conversation_view import COLUMN_WIDTH, SIDE_MARGIN, ConversationView
from coze_desktop.ui.main_window import MainWindow
from coze_desktop.ui.messages import BotMessage, UserMessage

from .long_history import fill
from .test_long_conversation import settle
from .test_main_window import next_turn_end


@pytest.fixture
def rows(tmp_path: Path) -> list[MessageRow]:
    with HistoryStore(tmp_path / "history.sqlite3") as store:
        local = fill(store, conversations=0, messages_each=0, long_messages=12)
        stored = store.messages(local)
    stored[-1] = dataclasses.replace(stored[-1], follow_ups=("再来一首", "Turn it down"))
    return stored


@pytest_asyncio.fixture
async def view(qapp: QApplication) -> AsyncIterator[ConversationView]:
    widget = ConversationView()
    widget.resize(900, 700)
    widget.show()
    await asyncio.sleep(0.01)
    yield widget
    widget.clear()
    widget.deleteLater()


@pytest.mark.parametrize("width", [500, 900, 1900])
async def test_messages_sit_in_a_centred_reading_column(view: ConversationView, rows: list[MessageRow],
                                                        width: int) -> None:
    view.resize(width, 700)
    view.show_messages(rows)
    await settle(view)
    viewport = view.viewport().width()
    widgets = view.message_widgets()
    assert widgets
    for widget in widgets:
        left, right = widget.x(), viewport - widget.x() - widget.width()
        assert widget.width() <= COLUMN_WIDTH
        assert abs(left - right) <= 1, "centred"
        if viewport - 2 * SIDE_MARGIN <= COLUMN_WIDTH:
            assert left == SIDE_MARGIN, "a narrow window keeps only the side margins"


async def test_only_the_newest_answer_offers_follow_ups_and_regenerate(view: ConversationView,
                                                                      rows: list[MessageRow]) -> None:
    view.show_messages(rows)
    await settle(view)
    last = view.last_bot()
    assert last is not None and view.selected is last
    assert last.chips.count() == 3  # two chips and the stretch
    older = [w for w in view.message_widgets() if isinstance(w, BotMessage) and w is not last]
    assert older and all(not w.regenerate_button.isVisibleTo(w) for w in older)
    assert last.regenerate_button.isVisibleTo(last)

    view.add_user("再来一首")
    live = view.add_bot(live=True)
    assert last.chips.count() == 1 and not last.regenerate_button.isVisibleTo(last)
    assert view.live_message() is live and view.last_bot() is live and view.selected is live
    view.apply(AnswerDelta("m", "好的，"))
    view.apply(FollowUpSuggested("下一首"))
    view.apply(TurnCompleted("c", "chat", None))
    assert view.live_message() is None and view.last_bot() is live
    assert live.chips.count() == 2 and live.answer.markdown() == "好的，"


async def test_a_selected_message_released_far_away_is_selected_again_when_built_again(
        qapp: QApplication, tmp_path: Path) -> None:
    with HistoryStore(tmp_path / "history.sqlite3") as store:
        rows = store.messages(fill(store, conversations=0, messages_each=0, long_messages=200))
    view = ConversationView()
    view.resize(900, 600)
    view.show()
    try:
        view.show_messages(rows)
        await settle(view)
        first = next(w for w in view.message_widgets() if isinstance(w, BotMessage) and w is not view.last_bot())
        first.sig_selected.emit()
        assert view.selected is first
        text = first.answer.markdown()
        bar = view.verticalScrollBar()
        lo = view.built_range()[0]
        bar.setValue(0)
        await settle(view)
        assert view.selected is None or view.selected is not first  # released with the rest far below
        bar.setValue(bar.maximum())
        await settle(view)
        assert view.built_range()[0] >= lo - 2
        again = view.selected
        assert isinstance(again, BotMessage) and again.property("selected") is True
        assert again is not first and again.answer.markdown() == text
    finally:
        view.clear()
        view.deleteLater()


async def test_welcome_goes_when_the_first_message_is_sent(view: ConversationView) -> None:
    view.show_welcome(None)
    assert view.is_empty()
    view.add_user("你好")
    view.add_bot(live=True)
    await asyncio.sleep(0)
    assert view._welcome is None
    assert [type(w) for w in view.message_widgets()] == [UserMessage, BotMessage]
    assert not view.is_empty()


async def test_a_message_sent_right_after_new_conversation_appears_alone(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16, bug 5: the view used to be cleared only once the bot's info came back, so a message sent before
    that was appended under the previous conversation's messages (and the welcome could then cover it)."""
    finished = next_turn_end(window)
    window.send("第一个对话")
    await asyncio.wait_for(finished, 15)
    assert window.view.message_count() == 2
    bot_info = window.session.bot_info

    async def slow_bot_info() -> BotInfo | None:
        await asyncio.sleep(0.3)
        return await bot_info()

    monkeypatch.setattr(window.session, "bot_info", slow_bot_info)
    window.new_conversation()
    assert window.view.is_empty(), "the old conversation's messages went at once"
    finished = next_turn_end(window)
    window.send("第二个对话")
    assert [type(w) for w in window.view.message_widgets()] == [UserMessage, BotMessage]
    await asyncio.wait_for(finished, 15)
    await asyncio.wait_for(asyncio.gather(*window._tasks), 5)  # the welcome task came back meanwhile
    assert window.view._welcome is None, "the late welcome did not cover the new conversation"
    widgets = window.view.message_widgets()
    assert [type(w) for w in widgets] == [UserMessage, BotMessage]
    assert widgets[0].text == "第二个对话"
