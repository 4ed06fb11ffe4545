"""Issue 13 in the window against the demo server: regenerate and edit in place (versions ‹1/2›), New topic,
rename/delete mirrored on Coze, and conversations imported from Coze."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coze_desktop.api import CozeClient, Message
from coze_desktop.chat.history import DIVIDER
from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN
from coze_desktop.demo.script import json_reply, silent
from coze_desktop.ui.conversation_list import SUBTITLE_ROLE
from coze_desktop.ui.main_window import MainWindow
from coze_desktop.ui.messages import BotMessage, UserMessage
from coze_desktop.ui.session import CozeNote
from coze_desktop.ui.versions import TopicDivider

from .test_main_window import answer_text, ask, next_turn_end


async def until(condition: Callable[[], object], seconds: float = 10) -> None:
    """Poll while the loop runs (qtbot.waitUntil would spin a nested Qt loop that starves asyncio)."""
    async with asyncio.timeout(seconds):
        while not condition():  # noqa: ASYNC110
            await asyncio.sleep(0.01)


async def on_server(window: MainWindow) -> list[Message]:
    """The current conversation's messages as the demo server lists them to any client (oldest first)."""
    row = window.store.get_conversation(window.current)
    async with CozeClient(DEMO_TOKEN, window.session.demo_server.base_url) as other:
        return (await other.list_conversation_messages(row.coze_conversation_id, order="asc")).messages


async def server_names(window: MainWindow) -> dict[str, str]:
    """The demo server's conversations of the demo bot: id → name."""
    async with CozeClient(DEMO_TOKEN, window.session.demo_server.base_url) as other:
        conversations, _more = await other.list_conversations(DEMO_BOT_ID)
    return {c.id: c.name for c in conversations}


async def regenerate(window: MainWindow) -> None:
    finished = next_turn_end(window)
    window.view.last_bot().regenerate_button.click()
    await asyncio.wait_for(finished, 15)


async def test_regenerate_replaces_the_answer_in_place_and_keeps_versions(window: MainWindow, qtbot) -> None:
    await ask(window, "I like apples")
    first_chat = (await on_server(window))[0].chat_id
    first_answer = window.store.messages(window.current)[-1]
    await regenerate(window)

    # One question, one answer on screen: the answer is version 2 of 2.
    assert window.view.message_count() == 2
    last = window.view.last_bot()
    switcher = last.version_switcher
    assert switcher.isVisibleTo(last) and switcher.label.text() == "2/2"
    assert switcher.previous.isEnabled() and not switcher.next.isEnabled()
    assert switcher.previous.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable from the keyboard
    rows = window.store.messages(window.current)
    assert (rows[0].role, rows[0].text, len(rows)) == ("user", "I like apples", 2)
    assert (rows[-1].version, rows[-1].versions) == (2, 2)

    # The demo server saw the superseded question and answer deleted: only the new chat's are left.
    listed = await on_server(window)
    assert first_chat not in {m.chat_id for m in listed}
    assert (listed[0].role, listed[0].content, len(listed)) == ("user", "I like apples", 2)

    # ‹ shows version 1 in the same place, and the keyboard stays on the switcher.
    switcher.previous.click()
    shown = window.view.last_bot()
    assert shown.version_switcher.label.text() == "1/2"
    assert window.view._last_bot.row.id == first_answer.id
    assert window.view.message_count() == 2
    shown.version_switcher.next.click()
    assert window.view.last_bot().version_switcher.label.text() == "2/2"
    # From the keyboard, the message box keeping the focus: Alt+Left and Alt+Right.
    window.activateWindow()
    await until(lambda: QApplication.activeWindow() is not None)
    window.input.setFocus()
    qtbot.keyClick(window.input, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.view.last_bot().version_switcher.label.text() == "1/2" and window.input.hasFocus()
    qtbot.keyClick(window.input, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.view.last_bot().version_switcher.label.text() == "2/2"
    assert not window.view.step_version(1)  # no version after the newest

    # Opened again from the history: both versions are still there.
    local = window.current
    window.new_conversation()
    window.open_conversation(local)
    assert window.view.last_bot().version_switcher.label.text() == "2/2"
    assert [v.id for v in window.store.versions(rows[-1].id)] == [first_answer.id, rows[-1].id]


async def test_edit_and_resend_replaces_question_and_answer(window: MainWindow) -> None:
    await ask(window, "hello")
    await ask(window, "I like apples")
    [*_, question] = [w for w in window.view.message_widgets() if isinstance(w, UserMessage)]
    question.edit_button.click()  # Edit on the last question: edited in place
    assert window.edit_bar.isVisibleTo(window) and window.input.draft() == "I like apples"
    finished = next_turn_end(window)
    window.send("I like pears")
    await asyncio.wait_for(finished, 15)
    assert not window.edit_bar.isVisibleTo(window)

    users = [w.text for w in window.view.message_widgets() if isinstance(w, UserMessage)]
    assert users == ["hello", "I like pears"] and window.view.message_count() == 4
    assert window.view.last_bot().version_switcher.label.text() == "2/2"
    # ‹ brings back the earlier question with its answer.
    window.view.last_bot().version_switcher.previous.click()
    assert [w.text for w in window.view.message_widgets() if isinstance(w, UserMessage)] == ["hello",
                                                                                              "I like apples"]
    # The bot saw the edited question only: the superseded one was deleted on the demo server.
    assert [m.content for m in await on_server(window) if m.role == "user"] == ["hello", "I like pears"]
    await ask(window, "what did I say before?")
    reply = answer_text(window)
    assert "I like pears" in reply and "apples" not in reply

    # Edit on an earlier question only copies its text: the next Send asks a new question.
    window.resize(1000, 1600)
    window.view.show_messages(window.store.messages(window.current))
    earlier = next(w for w in window.view.message_widgets() if isinstance(w, UserMessage) and w.text == "hello")
    earlier.edit_button.click()
    assert window.input.draft() == "hello"
    assert window._editing is None and not window.edit_bar.isVisibleTo(window)


async def test_new_topic_divider_and_the_bot_forgets(window: MainWindow) -> None:
    await ask(window, "I like apples")
    window.new_topic_button.click()
    await until(lambda: any(isinstance(w, TopicDivider) for w in window.view.message_widgets()))
    assert "new topic" in window.statusBar().currentMessage().lower()
    await ask(window, "what did I say before?")
    assert "first thing" in answer_text(window)  # the demo bot forgot: the context was cleared on the server
    kinds = [r.kind for r in window.store.messages(window.current)]
    assert kinds == ["message", "message", DIVIDER, "message", "message"]
    local = window.current
    window.new_conversation()
    window.open_conversation(local)  # kept in the history, shown after reopening
    assert sum(isinstance(w, TopicDivider) for w in window.view.message_widgets()) == 1
    # The answer above the divider can no longer be regenerated; the new one can.
    bots = [w for w in window.view.message_widgets() if isinstance(w, BotMessage)]
    assert not bots[0].regenerate_button.isVisibleTo(bots[0]) and bots[1].regenerate_button.isVisibleTo(bots[1])


async def test_rename_and_delete_are_mirrored_or_said_to_be_local(window: MainWindow) -> None:
    await ask(window, "hello")
    local = window.current
    coze_id = window.store.get_conversation(local).coze_conversation_id

    window.conversations.sig_rename.emit(local, "Fruit talk")
    await until(lambda: window.last_coze_note[0])
    assert window.last_coze_note[0] == CozeNote.MIRRORED and (await server_names(window))[coze_id] == "Fruit talk"

    # Never sent to Coze: renamed here, and the notice says so.
    window.last_coze_note = ("", "")
    offline = window.store.create_conversation(DEMO_BOT_ID, "draft")
    window.conversations.sig_rename.emit(offline, "Still local")
    await until(lambda: window.last_coze_note[0])
    assert window.last_coze_note[0] == CozeNote.NOT_ON_COZE
    assert window.store.get_conversation(offline).title == "Still local"
    assert "this computer only" in window.statusBar().currentMessage()

    # Coze refuses (it does not know the conversation): the local rename stays, the notice says why.
    window.last_coze_note = ("", "")
    unknown = window.store.create_conversation(DEMO_BOT_ID, "old", coze_conversation_id="7999999999999999999")
    window.conversations.sig_rename.emit(unknown, "Renamed anyway")
    await until(lambda: window.last_coze_note[0])
    assert window.last_coze_note[0] == CozeNote.REFUSED
    assert window.store.get_conversation(unknown).title == "Renamed anyway"

    window.last_coze_note = ("", "")
    window.conversations.sig_delete.emit(local)
    await until(lambda: window.last_coze_note[0])
    assert window.last_coze_note[0] == CozeNote.MIRRORED and coze_id not in await server_names(window)
    assert window.store.get_conversation(local) is None

    # The network is down: deleted here, Coze not updated, and the notice says so.
    window.last_coze_note = ("", "")
    await window.session.demo_server.close()
    window.conversations.sig_delete.emit(unknown)
    await until(lambda: window.last_coze_note[0])
    assert window.last_coze_note[0] == CozeNote.UNREACHABLE
    assert window.store.get_conversation(unknown) is None
    assert "could not be reached" in window.last_coze_note[1]


async def test_cloud_conversation_from_another_client_is_imported(window: MainWindow) -> None:
    await ask(window, "hello")  # one conversation the window already has
    server = window.session.demo_server
    async with CozeClient(DEMO_TOKEN, server.base_url) as other:  # another machine, same account
        created = await other.create_conversation(bot_id=DEMO_BOT_ID, name="From the laptop")
        async with other.stream_chat(bot_id=DEMO_BOT_ID, user_id="u-laptop", conversation_id=created.id,
                                     messages=[_question("I like apples")]) as stream:
            async for _event in stream:
                pass
    window.conversations.cloud_button.click()
    dialog = window._cloud_dialog
    await until(lambda: dialog.list.count() > 0 or "Could not" in dialog.status.text())
    assert dialog.list.count() == 1  # the window's own conversation is not offered again
    assert dialog.list.item(0).text().startswith("From the laptop")
    dialog.open_selected()
    await until(lambda: window.current is not None and window.store.get_conversation(window.current).source == "coze")
    row = window.store.get_conversation(window.current)
    assert (row.title, row.coze_conversation_id) == ("From the laptop", created.id)
    texts = [(m.role, m.text) for m in window.store.messages(window.current)]
    assert texts[0] == ("user", "I like apples") and texts[1][0] == "assistant" and len(texts) == 2
    assert [w.text for w in window.view.message_widgets() if isinstance(w, UserMessage)] == ["I like apples"]
    model = window.conversations.model
    subtitle = model.data(model.index(model.row_of(window.current)), SUBTITLE_ROLE)
    assert subtitle.endswith("from Coze")  # the list says where it came from
    # Continued here, it is recorded as usual, in the same Coze conversation (the bot remembers the laptop's).
    await ask(window, "what did I say before?")
    assert "I like apples" in answer_text(window)
    assert len(window.store.messages(window.current)) == 4
    dialog.close()


async def test_cloud_history_says_why_when_coze_cannot_be_reached(window: MainWindow) -> None:
    await window.session.demo_server.close()
    window.conversations.cloud_button.click()
    dialog = window._cloud_dialog
    await until(lambda: "Could not" in dialog.status.text())
    assert dialog.list.count() == 0 and not dialog.open_button.isEnabled()
    dialog.close()


def _question(text: str):
    from coze_desktop.api import EnterMessage

    return EnterMessage.question(text)


async def test_a_coze_without_message_delete_still_regenerates_and_says_so(window: MainWindow) -> None:
    """Coze Studio has no message-delete route (404): the new version is asked anyway, and the notice says the
    bot may still see the earlier one."""
    await ask(window, "I like apples")
    server = window.session.demo_server
    server.script("/v1/conversation/message/delete", json_reply("404 page not found", status=404))
    await regenerate(window)
    assert window.last_coze_note[0] == CozeNote.FORGET_FAILED
    assert "may still see it" in window.last_coze_note[1]
    rows = window.store.messages(window.current)
    assert len(rows) == 2 and rows[-1].versions == 2 and rows[-1].status == "complete"
    assert [r.path for r in server.requests].count("/v1/conversation/message/delete") == 1


async def test_new_topic_refused_by_coze_records_no_divider(window: MainWindow) -> None:
    await ask(window, "I like apples")
    coze_id = window.store.get_conversation(window.current).coze_conversation_id
    window.session.demo_server.script(f"/v1/conversations/{coze_id}/clear",
                                      json_reply({"code": 4200, "msg": "conversation not found"}))
    window.new_topic_action.trigger()
    await until(lambda: "did not start a new topic" in window.statusBar().currentMessage())
    assert [r.kind for r in window.store.messages(window.current)] == ["message", "message"]
    assert not any(isinstance(w, TopicDivider) for w in window.view.message_widgets())


async def test_stop_while_the_old_version_is_being_removed_keeps_both(window: MainWindow) -> None:
    await ask(window, "I like apples")
    window.session.demo_server.script("/v1/conversation/message/list", silent(hold=5))
    finished = next_turn_end(window)
    window.view.last_bot().regenerate_button.click()
    await asyncio.sleep(0.2)
    window.stop()
    await asyncio.wait_for(finished, 10)
    versions = window.store.versions(window.store.messages(window.current)[-1].id)
    assert [v.status for v in versions] == ["complete", "cancelled"]
    assert window.view.last_bot().version_switcher.label.text() == "2/2"
