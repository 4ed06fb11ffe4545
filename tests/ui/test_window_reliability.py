"""The window keeps what the user typed: sends before the connection is ready, Enter while an answer streams, a full
or locked history; and it shows the problems found at start-up."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coze_desktop import notices
from coze_desktop.chat import AnswerDelta, HistoryStore, Role, StillWaiting
from coze_desktop.chat.history import default_path
from coze_desktop.demo import silent, sse
from coze_desktop.settings import load_settings, settings_path
from coze_desktop.ui.main_window import MainWindow
from coze_desktop.ui.services import build

from ..test_engine import answers
from .test_main_window import answer_text, close_window, next_turn_end


@pytest.fixture(autouse=True)
def _fast_demo(fast_demo: None) -> None:
    notices.take()  # what earlier tests queued is not this test's start-up


@pytest_asyncio.fixture
async def unstarted(qapp: QApplication) -> AsyncIterator[MainWindow]:
    """The whole window on screen, its session not connected yet: the moment right after start-up's paint."""
    win, store = build(load_settings())
    win.show()
    yield win
    await close_window(win, store)


@pytest_asyncio.fixture
async def window(unstarted: MainWindow) -> MainWindow:
    await unstarted.start()
    return unstarted


def press_enter_with(qtbot: QtBot, win: MainWindow, text: str) -> None:
    """Type ``text`` (inserted as an input method commits it: QTest types ASCII only) and press Enter."""
    win.input.setFocus()
    win.input.insertPlainText(text)
    qtbot.keyClick(win.input, Qt.Key.Key_Return)


def status(win: MainWindow) -> str:
    return win.statusBar().currentMessage()


# ----------------------------------------------------------------------------- sent before connecting


async def test_a_message_sent_while_connecting_is_sent_once_connected(unstarted: MainWindow, qtbot: QtBot) -> None:
    win = unstarted
    starting = asyncio.ensure_future(win.start())
    await asyncio.sleep(0)  # start() is now inside session.connect (the demo server is starting)
    assert win.session.connection is None and not starting.done()
    finished = next_turn_end(win)
    press_enter_with(qtbot, win, "音量调到30")
    # Not lost, not a dead "streaming" bubble: the text waits in the box, and the window says why.
    assert win.input.draft() == "音量调到30" and win.input.isReadOnly()
    assert "Connecting" in status(win)
    assert win.view.live_message() is None
    await asyncio.wait_for(starting, 15)
    await asyncio.wait_for(finished, 15)
    assert "30" in answer_text(win)
    assert win.input.draft() == "" and not win.input.isReadOnly()
    [row] = win.store.list_conversations()
    questions = [m.text for m in win.store.messages(row.id) if m.role == Role.USER]
    assert questions == ["音量调到30"]  # sent once, into one conversation


async def test_text_typed_while_connecting_is_not_replaced_by_the_newest_conversation(qapp: QApplication,
                                                                                       qtbot: QtBot) -> None:
    store = HistoryStore()
    old = store.create_conversation("7000000000000000001")
    store.set_draft(old, "an old draft")
    store.close()
    win, store = build(load_settings())
    try:
        win.show()
        win.input.setFocus()
        qtbot.keyClicks(win.input, "typed at once")
        await win.start()
        assert win.input.draft() == "typed at once"
    finally:
        await close_window(win, store)


async def test_when_the_connection_fails_the_message_stays_in_the_box(unstarted: MainWindow, qtbot: QtBot,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    win = unstarted
    monkeypatch.setenv("COZE_API_TOKEN", "pat_WindowTestToken0123456789")
    win.settings.profile.proxy = "not a proxy url"  # the client cannot be made: connect raises CozeError
    starting = asyncio.ensure_future(win.start())
    await asyncio.sleep(0)
    press_enter_with(qtbot, win, "hello there")
    await asyncio.wait_for(starting, 15)
    assert win.session.connection is None
    assert win.input.draft() == "hello there" and not win.input.isReadOnly()
    assert "nothing was sent" in status(win) and "still in the box" in status(win)
    assert "Not connected" in win.connection_label.text()
    assert win.view.live_message() is None
    assert "pat_WindowTestToken" not in status(win) + win.connection_label.text()


# ---------------------------------------------------------------------------- Enter while streaming


async def test_enter_while_an_answer_streams_keeps_the_text_and_says_why(window: MainWindow, qtbot: QtBot) -> None:
    window.session.demo_server.script("/v3/chat", sse(answers(*["段落 "] * 100, first=True), delay=0.02))
    seen = asyncio.Event()
    window.session.sig_event.connect(lambda _c, e: isinstance(e, AnswerDelta) and seen.set())
    finished = next_turn_end(window)
    window.send("讲个长故事")
    await asyncio.wait_for(seen.wait(), 10)
    assert window.stop_button.isVisible() and not window.send_button.isVisible()
    assert "Stop" in window.input.placeholderText()
    press_enter_with(qtbot, window, "next question")
    assert window.input.draft() == "next question"
    assert "still coming" in status(window) and "Stop" in status(window)
    await asyncio.wait_for(finished, 15)
    assert window.input.draft() == "next question"  # kept through the end of the turn
    assert "Stop" not in window.input.placeholderText()
    finished = next_turn_end(window)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)  # now it sends
    await asyncio.wait_for(finished, 15)
    assert window.input.draft() == ""
    assert window.store.messages(window.current)[-2].text == "next question"


# --------------------------------------------------------------------------------- history failures


def fill_up(store: HistoryStore) -> None:
    """Make the history's database full for real: SQLite refuses to grow it past its current pages (SQLITE_FULL)."""
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")


async def test_disk_full_on_send_keeps_the_text_and_says_the_disk_is_full(window: MainWindow, qtbot: QtBot) -> None:
    fill_up(window.store)
    text = "一个很长的问题 " * 400  # more than the free pages hold
    press_enter_with(qtbot, window, text)
    assert window.input.draft() == text.strip()
    assert window.view.live_message() is None, "no bubble may be left streaming"
    assert not window.session.is_busy(window.current or -1)
    assert "The disk is full" in status(window)
    assert window.notice_banner.isVisible()
    assert any("Disk full" in problem for problem in window.notice_banner.problems)
    assert window.send_button.isVisible()


async def test_a_locked_history_says_so_and_quit_still_works(qapp: QApplication, qtbot: QtBot) -> None:
    store = HistoryStore(busy_timeout=0.3)
    win, store = build(load_settings(), store)
    win.show()
    await win.start()
    locker = sqlite3.connect(default_path(), timeout=0.3)
    try:
        locker.execute("BEGIN EXCLUSIVE")  # another program holds the file
        press_enter_with(qtbot, win, "are you there?")
        assert win.input.draft() == "are you there?"
        assert win.view.live_message() is None
        assert "history could not be saved" in status(win)
        assert any("locked" in problem for problem in win.notice_banner.problems)
        closed = asyncio.Event()
        win.quit_action.triggered.connect(lambda: closed.set())
        win.quit_action.trigger()  # File → Quit: closes (saving the draft fails, quietly) and the app can end
        await asyncio.wait_for(closed.wait(), 5)
        assert not win.isVisible()
    finally:
        locker.rollback()
        locker.close()
        await close_window(win, store)


# ------------------------------------------------------------------------------------ start-up notices


async def test_a_damaged_settings_file_is_shown_once_with_where_it_went(qapp: QApplication) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b'{"profiles": [{"name": "work", "bots": [')  # cut off mid-write
    settings = load_settings()  # moves it aside and queues a notice
    win, store = build(settings)
    try:
        win.show()
        await win.start()
        assert win.notice_banner.isVisible()
        [notice] = win.notice_banner.notices
        moved = [p for p in path.parent.iterdir() if p.name != path.name and p.name.startswith(path.name)]
        assert moved and (notice.kind, notice.path) == (notices.SETTINGS_MOVED, str(moved[0])), (notice, moved)
        [problem] = win.notice_banner.problems  # the translated sentence, with the path in it, and the details
        sentence, details = problem.split("\n")
        assert sentence.startswith("The settings file could not be read. It was moved to ")
        assert str(moved[0]) in sentence and details.strip().startswith("Details: ")
        win.notice_banner.close_button.click()
        assert not win.notice_banner.isVisible()
        win.show_notices()  # once: nothing comes back
        assert not win.notice_banner.isVisible()
    finally:
        await close_window(win, store)


def test_the_notice_lists_each_problem_once(qapp: QApplication, tmp_path: Path) -> None:
    from coze_desktop.ui.banner import NoticeBanner

    banner = NoticeBanner()
    banner.add("The log folder /x cannot be written.")
    banner.add("The log folder /x cannot be written.")
    banner.add("No system keyring is available.")
    assert banner.text_label.text().count("•") == 2
    banner.deleteLater()


# ------------------------------------------------------------------------------ waiting for Coze


async def test_still_waiting_shows_during_a_silence_and_hides_when_coze_talks_again(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    from coze_desktop.ui.session import ChatSession

    monkeypatch.setattr(ChatSession, "silence_notice", 0.2)
    win, store = build(load_settings())
    try:
        win.show()
        await win.start()
        scripted = sse(answers("前半句，", "后半句。", first=True))
        scripted.parts.insert(2, 1.0)  # after the first delta: a second of silence inside the stream
        win.session.demo_server.script("/v3/chat", scripted)
        waited = asyncio.Event()
        win.session.sig_event.connect(lambda _c, e: isinstance(e, StillWaiting) and waited.set())
        finished = next_turn_end(win)
        win.send("慢慢说")
        await asyncio.wait_for(waited.wait(), 10)
        message = win.view.last_bot()
        assert message.waiting.isVisibleTo(message)
        assert message.waiting.text().startswith("Still waiting for Coze…") and "s)" in message.waiting.text()
        await asyncio.wait_for(finished, 15)
        assert not message.waiting.isVisibleTo(message)
        assert answer_text(win) == "前半句，后半句。"
    finally:
        await close_window(win, store)


async def test_the_answer_timeout_setting_reaches_the_turn(qapp: QApplication) -> None:
    """A stream that stalls longer than Settings → Chat → Answer timeout ends the turn with an error that
    keeps the partial answer; with the default (60 s) this test would hang instead."""
    settings = load_settings()
    settings.idle_timeout = 0.4
    win, store = build(settings)
    try:
        win.show()
        await win.start()
        scripted = sse(answers("已经说了一半", "再也没有下文", first=True))
        scripted.parts.insert(2, 30.0)  # silence far beyond the limit
        win.session.demo_server.script("/v3/chat", scripted)
        finished = next_turn_end(win)
        win.send("说吧")
        await asyncio.wait_for(finished, 10)
        message = win.view.last_bot()
        assert answer_text(win).startswith("已经说了一半")
        assert message.error_box.isVisibleTo(message)
        assert win.send_button.isVisible() and win.view.live_message() is None
    finally:
        await close_window(win, store)


async def test_the_connect_timeout_setting_reaches_the_turn(qapp: QApplication) -> None:
    """Coze takes the request and sends not even headers: the turn ends after ``connect_timeout`` with an error
    the user can act on (Retry), and the window is free again."""
    settings = load_settings()
    settings.connect_timeout = 0.4
    win, store = build(settings)
    try:
        win.show()
        await win.start()
        win.session.demo_server.script("/v3/chat", silent(hold=30))
        finished = next_turn_end(win)
        win.send("你好")
        await asyncio.wait_for(finished, 10)
        message = win.view.last_bot()
        assert message.error_box.isVisibleTo(message) and message.retry_button.isVisibleTo(message)
        assert "0.4 s" in message.error_text.text(), message.error_text.text()
        assert win.send_button.isVisible() and win.view.live_message() is None
    finally:
        await close_window(win, store)


async def test_a_message_sent_while_reconnecting_after_settings_waits_and_is_kept_if_that_fails(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings changed (a token, and a proxy that turns out unusable): the old connection closes, the new one
    fails. A message sent meanwhile neither goes to the closing connection nor disappears."""
    import copy

    monkeypatch.setenv("COZE_API_TOKEN", "pat_WindowTestToken0123456789")
    changed = copy.deepcopy(window.settings)
    changed.profile.proxy = "not a proxy url"
    window._settings_changed(changed)  # what Apply in the settings dialog does
    press_enter_with(qtbot, window, "are you still there?")
    assert window.input.isReadOnly() and "Connecting" in status(window)
    await asyncio.wait_for(asyncio.gather(*window._tasks), 10)
    assert window.session.connection is None
    assert window.input.draft() == "are you still there?" and not window.input.isReadOnly()
    assert "Could not connect" in status(window) and "still in the box" in status(window)
    assert window.view.live_message() is None
    assert window.store.list_conversations() == []  # nothing half-sent was recorded


async def test_settings_applied_during_an_answer_stop_it_cleanly(window: MainWindow) -> None:
    """Reconnecting closes the client the running turn uses: the turn ends "Stopped." with its partial answer,
    not with "turn failed unexpectedly"."""
    import copy

    window.session.demo_server.script("/v3/chat", sse(answers(*["段落 "] * 200, first=True), delay=0.02))
    seen = asyncio.Event()
    window.session.sig_event.connect(lambda _c, e: isinstance(e, AnswerDelta) and seen.set())
    finished = next_turn_end(window)
    window.send("讲个长故事")
    await asyncio.wait_for(seen.wait(), 10)
    window._settings_changed(copy.deepcopy(window.settings))
    await asyncio.wait_for(finished, 10)
    message = window.view.last_bot()
    assert message.status.text() == "Stopped." and not message.error_box.isVisibleTo(message)
    assert answer_text(window).startswith("段落")
    await asyncio.wait_for(asyncio.gather(*window._tasks), 10)
    assert window.session.connection is not None and window.send_button.isVisible()


async def test_a_suggestion_clicked_while_typing_leaves_the_typed_text(window: MainWindow) -> None:
    window.input.insertPlainText("half a thought")
    finished = next_turn_end(window)
    window.view.sig_ask.emit("音量调到30")  # a suggested question of the welcome screen
    await asyncio.wait_for(finished, 15)
    assert "30" in answer_text(window)
    assert window.input.draft() == "half a thought"
    assert window.store.draft(window.current) == "half a thought"


async def test_disk_full_during_an_answer_shows_it_all_and_says_the_history_may_miss_it(window: MainWindow) -> None:
    window.session.demo_server.script("/v3/chat", sse(answers(*["很长的回答 "] * 300, first=True)))
    seen = asyncio.Event()

    def on_event(_conversation: int, event: object) -> None:
        if isinstance(event, AnswerDelta) and not seen.is_set():
            seen.set()
            fill_up(window.store)  # the disk fills up while the answer streams

    window.session.sig_event.connect(on_event)
    finished = next_turn_end(window)
    window.send("写一篇长文")
    await asyncio.wait_for(finished, 15)
    assert answer_text(window).count("很长的回答") == 300  # what arrived is all on screen
    message = window.view.last_bot()
    assert not message.live and window.send_button.isVisible()
    assert window.notice_banner.isVisible()
    assert [(n.kind, n.path) for n in window.notice_banner.notices] == [(notices.HISTORY_DISK_FULL,
                                                                         str(window.store.path))]
    assert any("may be missing from the history file" in problem for problem in window.notice_banner.problems)


async def test_text_typed_in_a_new_conversation_survives_switching_and_a_crash(window: MainWindow) -> None:
    finished = next_turn_end(window)
    window.send("第一个对话")
    await asyncio.wait_for(finished, 15)
    first = window.current
    window.new_action.trigger()
    window.input.insertPlainText("an unsent idea")
    window.open_conversation(first)
    assert window.input.draft() == ""
    window.new_action.trigger()
    assert window.input.draft() == "an unsent idea"  # was: gone once another conversation had been opened

    # The app dies here (no close, no save at quit): the next start shows the text again, in a new conversation.
    again, store = build(load_settings())
    try:
        again.show()
        await again.start()
        assert again.current is None and again.input.draft() == "an unsent idea"
    finally:
        await close_window(again, store)
