"""The main window against the local Coze server: streaming, sources, stop, errors, drafts, history."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from coze_desktop.chat import AnswerDelta, HistoryStore
from coze_desktop.demo import sse
from coze_desktop.settings import load_settings
from coze_desktop.ui.main_window import MainWindow
from coze_desktop.ui.services import build

from ..test_engine import answers


def next_turn_end(window: MainWindow) -> asyncio.Future:
    """A future for the end of the next turn; made before the turn starts, so no end can slip by."""
    finished = asyncio.get_running_loop().create_future()
    window.session.sig_turn_finished.connect(lambda *_: finished.done() or finished.set_result(None))
    return finished


async def ask(window: MainWindow, text: str) -> None:
    finished = next_turn_end(window)
    window.send(text)
    await asyncio.wait_for(finished, 15)


async def close_window(win: MainWindow, store: HistoryStore) -> None:
    """Tear down in Qt's order, inside the loop: left to Python's garbage collector, the window would be
    destroyed at a random moment while Qt still has events queued for its children (a segfault)."""
    await win.shutdown()
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    await asyncio.sleep(0)
    store.close()


def answer_text(window: MainWindow) -> str:
    view = window.view.last_bot().answer
    view.flush()  # the view renders on a 40 ms throttle; read what the user sees once it has caught up
    return view.toPlainText()


async def test_first_run_is_the_demo_bot_with_banner_and_welcome(window: MainWindow) -> None:
    assert window.session.connection.demo
    assert window.banner.isVisible()
    assert "demo" in window.connection_label.text().lower()
    assert window.view._welcome is not None


async def test_send_streams_the_answer_and_fills_sources(window: MainWindow) -> None:
    finished = next_turn_end(window)
    window.send("what can you do?")
    assert window.stop_button.isVisible() and not window.send_button.isVisible()
    await asyncio.wait_for(finished, 15)
    message = window.view.last_bot()
    assert len(answer_text(window)) > 50
    assert message.recall, "the demo bot recalls its manual for questions about the app"
    assert window.view.selected is message
    assert not window.recall.is_empty()
    assert [c.title_label.text() for c in window.recall.cards] == [
        c.document_name for c in message.recall]  # the panel shows this reply's documents
    assert window.send_button.isVisible()
    assert "tokens" in window.usage_label.text()
    # the conversation was stored and listed
    [row] = window.store.list_conversations()
    assert row.title.startswith("what can you do")
    assert window.store.messages(row.id)[-1].text == message.answer.markdown()


async def test_volume_tool_card(window: MainWindow) -> None:
    await ask(window, "音量调到30")
    message = window.view.last_bot()
    [card] = message._cards.values()
    assert card.state == "done" and "set_volume" in card.title.text()
    assert "30" in answer_text(window)


async def test_stop_mid_stream_keeps_partial_answer(window: MainWindow) -> None:
    server = window.session.demo_server
    server.script("/v3/chat", sse(answers(*["段落 "] * 200, first=True), delay=0.02))
    seen = asyncio.Event()
    window.session.sig_event.connect(lambda _c, e: isinstance(e, AnswerDelta) and seen.set())
    finished = next_turn_end(window)
    window.send("讲个长故事")
    await asyncio.wait_for(seen.wait(), 10)
    window.stop_button.click()
    await asyncio.wait_for(finished, 15)
    message = window.view.last_bot()
    partial = answer_text(window)
    assert partial.startswith("段落") and len(partial) < 200 * 3
    assert message.status.isVisibleTo(message) and message.status.text() == "Stopped."
    assert window.send_button.isVisible()
    assert window.store.messages(window.current)[-1].status == "cancelled"


async def test_stop_while_a_tool_waits_for_approval_frees_the_conversation(window: MainWindow) -> None:
    """Stop withdraws the prompt and releases the chat waiting for the tool, so the next question works
    (a chat left in requires_action would answer every new chat in the conversation with 4016)."""
    window.settings.approvals["set_volume"] = "ask"
    finished = next_turn_end(window)
    window.send("音量调到30")
    for _ in range(500):
        if window.approvals.cards:
            break
        await asyncio.sleep(0.01)
    assert window.approvals.cards, "the approval prompt did not appear"
    window.stop_button.click()
    await asyncio.wait_for(finished, 15)
    assert window.approvals.cards == []
    assert window.view.last_bot().status.text() == "Stopped."

    window.settings.approvals["set_volume"] = "always"
    await ask(window, "音量调到40")
    message = window.view.last_bot()
    assert not message.error_box.isVisibleTo(message), message.error_text.text()
    assert "40" in answer_text(window)


async def test_error_shown_under_partial_answer(window: MainWindow) -> None:
    window.session.demo_server.script("/v3/chat", sse(answers("晴天", "是周杰伦的歌", "。", first=True), cut_after=3))
    await ask(window, "晴天是谁的歌")
    message = window.view.last_bot()
    assert answer_text(window).strip() == "晴天是周杰伦的歌"
    assert message.error_box.isVisibleTo(message)
    assert "broke off" in message.error_text.text() and "logid=" in message.error_text.text()
    assert message.error_hint.text()
    # Retry asks again and this time the demo bot answers in full
    finished = next_turn_end(window)
    message.retry_button.click()
    await asyncio.wait_for(finished, 15)
    assert window.view.last_bot() is not message
    assert not window.view.last_bot().error_box.isVisibleTo(window.view.last_bot())


async def test_drafts_are_kept_per_conversation(window: MainWindow) -> None:
    await ask(window, "第一个对话")
    first = window.current
    window.input.set_draft("draft for the first")
    window.input.sig_draft_changed.emit(window.input.draft())
    window.new_action.trigger()
    await ask(window, "second conversation")
    second = window.current
    assert second != first
    assert window.input.draft() == ""
    window.input.set_draft("另一个草稿")
    window.input.sig_draft_changed.emit(window.input.draft())
    window.open_conversation(first)
    assert window.input.draft() == "draft for the first"
    window.open_conversation(second)
    assert window.input.draft() == "另一个草稿"


async def test_interrupted_answer_is_shown_marked(qapp: QApplication, app_home) -> None:
    """An answer still streaming when the app died shows, after a restart, what had arrived."""
    from coze_desktop.chat import AnswerDelta as Delta
    from coze_desktop.chat import TurnStarted

    store = HistoryStore()
    conversation = store.create_conversation("7000000000000000001")
    recorder = store.recorder(conversation, "tell me a story")
    recorder(TurnStarted("c", "chat"))
    recorder(Delta("m1", "Once upon a time"))
    store.close()  # the process "dies": the turn never finished

    win, reopened = build(load_settings())
    try:
        win.show()
        await win.start()
        win.open_conversation(conversation)
        message = win.view.last_bot()
        assert answer_text(win).startswith("Once upon a time")
        assert "Interrupted" in message.status.text() and message.status.isVisibleTo(message)
    finally:
        await close_window(win, reopened)


async def test_enter_sends_from_the_input(window: MainWindow, qtbot) -> None:
    finished = next_turn_end(window)
    window.input.setFocus()
    qtbot.keyClicks(window.input, "hello")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    await asyncio.wait_for(finished, 15)
    assert answer_text(window)
