"""A 1,000-message conversation from a real history file: bounded widgets, no per-message walks, memory returned."""

from __future__ import annotations

import asyncio
import gc
import math
import statistics
import sys
import weakref
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from coze_desktop.chat import AnswerDelta, HistoryStore, MessageRow, TurnCompleted
from coze_desktop.ui import conversation_view
from coze_desktop.ui.conversation_view import ConversationView
from coze_desktop.ui.messages import BotMessage, UserMessage

from .long_history import fill

MESSAGES = 1000
MAX_ALIVE = 40  # issue 16: at most ~3x what fits on a screen, whatever the length of the conversation


@pytest.fixture(scope="module")
def long_rows(tmp_path_factory: pytest.TempPathFactory) -> list[MessageRow]:
    """1,000 messages (markdown, code, tables, tool calls, Chinese) written through the store's own API."""
    path: Path = tmp_path_factory.mktemp("history") / "history.sqlite3"
    with HistoryStore(path) as store:
        long_id = fill(store, conversations=3, messages_each=4, long_messages=MESSAGES)
        rows = store.messages(long_id)
    assert len(rows) == MESSAGES
    return rows


@pytest_asyncio.fixture
async def view(qapp: QApplication) -> AsyncIterator[ConversationView]:
    widget = ConversationView()
    widget.resize(900, 800)
    widget.show()
    await asyncio.sleep(0.01)
    yield widget
    widget.clear()
    widget.deleteLater()


async def settle(view: ConversationView, limit: float = 20.0) -> None:
    """Let the windowing finish its slices for the current scroll position (twice idle in a row)."""
    idle = 0
    for _ in range(int(limit / 0.005)):
        await asyncio.sleep(0.005)
        idle = 0 if view.window_pending() else idle + 1
        if idle >= 3:
            return
    raise AssertionError("the windowing never settled")


def alive(view: ConversationView) -> list[QWidget]:
    """Message widgets that exist in Qt, after the deferred deletes have run (not just those the view lists)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return [w for w in view.findChildren(QWidget) if isinstance(w, BotMessage | UserMessage)]


def fits_on_screen(view: ConversationView, widgets: list[QWidget]) -> int:
    mean = statistics.mean(w.height() + conversation_view.SPACING for w in widgets)
    return math.ceil(view.viewport().height() / mean)


@pytest.fixture
def walks(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Counts of what a per-message walk goes through: calls of a layout's itemAt from Python (seen by a profile
    hook: overriding the Qt method would also catch Qt's own layout passes) and of bot_messages()."""
    counts = {"itemAt": 0, "bot_messages": 0}
    bot_messages = ConversationView.bot_messages

    def counted_bot_messages(self: ConversationView) -> list[BotMessage]:
        counts["bot_messages"] += 1
        return bot_messages(self)

    def profile(_frame: object, event: str, arg: object) -> None:
        if event == "c_call" and getattr(arg, "__name__", "") == "itemAt":
            counts["itemAt"] += 1

    monkeypatch.setattr(ConversationView, "bot_messages", counted_bot_messages)
    sys.setprofile(profile)
    try:
        yield counts
    finally:
        sys.setprofile(None)


async def opened(rows: list[MessageRow], walks: dict[str, int]) -> tuple[ConversationView, dict[str, int]]:
    """A fresh view showing ``rows``, and the walks its opening cost."""
    view = ConversationView()
    view.resize(900, 800)
    view.show()
    await asyncio.sleep(0.01)
    before = dict(walks)
    view.show_messages(rows)
    await settle(view)
    return view, {key: walks[key] - before[key] for key in walks}


async def streamed(view: ConversationView, walks: dict[str, int]) -> dict[str, int]:
    """The walks of a question and a 300-delta answer at the end of ``view``'s conversation."""
    before = dict(walks)
    view.add_user("再讲一个很长的故事")
    view.add_bot(live=True)
    for n in range(300):
        view.apply(AnswerDelta("live", f"第 {n} 段：这是一个很长的回答，用来测试滚动跟随。\n\n"))
        if n % 30 == 0:
            await asyncio.sleep(0.01)
    view.apply(TurnCompleted("c", "chat", None))
    await settle(view)
    return {key: walks[key] - before[key] for key in walks}


async def test_opening_and_streaming_cost_the_same_at_20_and_1000_messages(
        qapp: QApplication, long_rows: list[MessageRow], walks: dict[str, int]) -> None:
    """The shape, not the time: no walk over the conversation's messages, on opening or per streamed delta."""
    short, short_open = await opened(long_rows[-20:], walks)
    long, long_open = await opened(long_rows, walks)
    try:
        assert short_open["bot_messages"] == long_open["bot_messages"] == 0
        assert long.built_count <= short.built_count + 2, "opening 1,000 builds what opening 20 builds"
        assert long_open["itemAt"] == short_open["itemAt"] == 0
        short_stream, long_stream = await streamed(short, walks), await streamed(long, walks)
        assert short_stream["bot_messages"] == long_stream["bot_messages"] == 0
        assert long_stream["itemAt"] == short_stream["itemAt"] == 0
        assert long.built_count <= short.built_count + 4, "streaming built the two new messages, nothing else"
    finally:
        for view in (short, long):
            view.clear()
            view.deleteLater()


async def test_opening_builds_only_a_bounded_window(view: ConversationView, long_rows: list[MessageRow]) -> None:
    view.show_messages(long_rows)
    await settle(view)
    widgets = alive(view)
    assert view.message_count() == MESSAGES
    assert 3 <= len(widgets) <= MAX_ALIVE
    assert len(widgets) <= 3 * fits_on_screen(view, widgets)
    assert len(view.message_widgets()) == len(widgets), "the view's references are exactly what is alive"
    assert view.built_count <= MAX_ALIVE, "no message was built (or built and dropped) beyond the window"
    # The newest messages are the ones on screen, at the bottom, and the newest answer is selected.
    assert view.at_bottom()
    last = view.last_bot()
    assert last is not None and view.selected is last
    assert last.answer.markdown() == long_rows[-1].text
    assert view.verticalScrollBar().maximum() > 50 * view.viewport().height(), "the scroll bar spans it all"


async def test_scrolling_to_the_top_builds_earlier_messages_in_order_and_releases(
        view: ConversationView, long_rows: list[MessageRow]) -> None:
    view.show_messages(long_rows)
    await settle(view)
    bar = view.verticalScrollBar()
    most = 0
    for _ in range(20):
        # A wheel's worth at a time, as a user scrolls. Reaching 0 before the first messages are built is not the
        # top yet: once they are, the text on screen stays put, so there is more to scroll up to.
        while bar.value() > 0:
            bar.setValue(bar.value() - 400)
            await asyncio.sleep(0.002)
            most = max(most, len(view.message_widgets()))
        await settle(view)
        if bar.value() == 0:
            break
    assert bar.value() == 0
    lo, hi = view.built_range()
    assert lo == 0, "the first message is built at the top"
    widgets = alive(view)
    assert most <= MAX_ALIVE and len(widgets) <= MAX_ALIVE, "what scrolled away was released"
    # In the conversation's order, on screen and in the layout.
    users = [w for w in view.message_widgets() if isinstance(w, UserMessage)]
    expected = [row.text for row in long_rows[lo:hi] if row.role == "user"]
    assert [w.text for w in users[:len(expected)]] == expected
    window = view.message_widgets()[: hi - lo]
    assert [w.y() for w in window] == sorted(w.y() for w in window)
    assert view.built_count > 400, "scrolling through built the messages on the way"


async def test_jumping_to_the_middle_builds_there_and_the_end_comes_back(
        view: ConversationView, long_rows: list[MessageRow]) -> None:
    view.show_messages(long_rows)
    await settle(view)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the thumb dragged
    await settle(view)
    lo, hi = view.built_range()
    assert 300 < lo < hi < 700
    assert len(alive(view)) <= MAX_ALIVE
    visible = [w for w in view.message_widgets()
               if w.y() < bar.value() + view.viewport().height() and w.y() + w.height() > bar.value()]
    assert visible, "the middle is not an empty spacer once settled"
    bar.setValue(bar.maximum())
    await settle(view)
    assert view.at_bottom() and view.built_range()[1] == view.message_count() - 1


async def test_keyboard_scrolling_builds_earlier_messages(view: ConversationView,
                                                          long_rows: list[MessageRow]) -> None:
    view.show_messages(long_rows)
    await settle(view)
    lo_before = view.built_range()[0]
    view.setFocus()
    for _ in range(8):
        QTest.keyClick(view, Qt.Key.Key_PageUp)
        await asyncio.sleep(0.01)
    await settle(view)
    assert not view.at_bottom()
    assert view.built_range()[0] < lo_before
    assert len(alive(view)) <= MAX_ALIVE


async def test_streaming_at_the_end_follows_and_not_when_scrolled_up(
        view: ConversationView, long_rows: list[MessageRow]) -> None:
    view.show_messages(long_rows)
    await settle(view)
    built = view.built_count
    view.add_user("再讲一个很长的故事")
    message = view.add_bot(live=True)
    for n in range(300):
        view.apply(AnswerDelta("live", f"第 {n} 段：这是一个很长的回答，用来测试滚动跟随。\n\n"))
        if n % 30 == 0:
            await asyncio.sleep(0.01)
    await settle(view)
    assert view.live_message() is message
    assert view.at_bottom(), "the view follows the answer while the user is at the bottom"
    assert view.built_count == built + 2, "streaming built nothing but the two new messages"

    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() - 3 * view.viewport().height())  # the user scrolls up to read
    await settle(view)
    reading = bar.value()
    anchor = next(w for w in view.message_widgets() if w.y() + w.height() > reading)
    offset = anchor.y() - reading
    for n in range(200):
        view.apply(AnswerDelta("live", f"更多内容 {n}。\n\n"))
        if n % 20 == 0:
            await asyncio.sleep(0.01)
    await settle(view)
    assert not view.at_bottom(), "no following once the user scrolled up"
    assert anchor.y() - bar.value() == offset, "what the user reads stays put"
    view.apply(TurnCompleted("c", "chat", None))
    assert view.live_message() is None


async def test_closing_a_long_conversation_frees_its_widgets(view: ConversationView, long_rows: list[MessageRow],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    trims: list[bool] = []
    monkeypatch.setattr(conversation_view, "trim_heap", lambda: trims.append(True) or True)
    view._trim_timer.timeout.disconnect()
    view._trim_timer.timeout.connect(lambda: conversation_view.trim_heap())
    view.show_messages(long_rows)
    await settle(view)
    refs = [weakref.ref(w) for w in view.message_widgets()]
    assert refs
    view.clear()
    await asyncio.sleep(conversation_view._TRIM_DELAY_MS / 1000 + 0.1)
    gc.collect()
    assert alive(view) == [], "every message widget was deleted"
    assert all(ref() is None for ref in refs), "no Python reference keeps a message alive"
    assert view.message_widgets() == [] and view.message_count() == 0
    assert trims == [True], "the freed heap was handed back once (malloc_trim on glibc)"
