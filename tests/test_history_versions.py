"""History v5: answer versions (regenerate, edit-and-resend), topic dividers and conversations imported from Coze."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from coze_desktop.api import Message
from coze_desktop.chat import AnswerDelta, TurnCompleted, TurnEvent
from coze_desktop.chat.history import DIVIDER, HistoryStore, TurnRecorder

from . import test_history

CONV, CHAT = "7400000000000000001", "7400000000000000002"


# The history file of a test and the store on it, as tests/test_history.py makes them.
db_path, store = test_history.db_path, test_history.store


def feed(recorder: TurnRecorder, answer: str) -> None:
    events: list[TurnEvent] = [AnswerDelta("m", answer), TurnCompleted(CONV, CHAT, None)]
    for event in events:
        recorder(event)


def line(store: HistoryStore, local: int) -> list[tuple[str, str, int, int]]:
    return [(m.role, m.text, m.version, m.versions) for m in store.messages(local)]


def test_regenerate_keeps_the_question_and_both_answers(store: HistoryStore, db_path: Path) -> None:
    local = store.create_conversation("bot")
    feed(store.recorder(local, "Tell me a joke"), "first joke")
    [question, answer] = store.messages(local)
    assert answer.reply_to == question.id and answer.versions == 1

    recorder = store.regenerate_recorder(answer.id)
    assert recorder.user_message_id == question.id  # the question is not asked twice in the history
    feed(recorder, "second joke")
    assert line(store, local) == [("user", "Tell me a joke", 1, 1), ("assistant", "second joke", 2, 2)]
    versions = store.versions(store.messages(local)[-1].id)
    assert [(v.text, v.version, v.versions, v.superseded, v.reply_to) for v in versions] == [
        ("first joke", 1, 2, True, question.id), ("second joke", 2, 2, False, question.id)]
    assert store.versions(answer.id) == versions  # asked from the first version: the same place
    store.close()
    with HistoryStore(db_path) as reopened:  # kept on disk
        assert line(reopened, local)[-1] == ("assistant", "second joke", 2, 2)
        assert [v.text for v in reopened.versions(answer.id)] == ["first joke", "second joke"]


def test_edit_replaces_the_question_and_its_answer(store: HistoryStore) -> None:
    local = store.create_conversation("bot")
    feed(store.recorder(local, "first?"), "one")
    feed(store.recorder(local, "2+2?"), "4")
    old_question = store.messages(local)[2]
    feed(store.edit_recorder(old_question.id, "3+3?"), "6")
    assert line(store, local) == [("user", "first?", 1, 1), ("assistant", "one", 1, 1),
                                  ("user", "3+3?", 2, 2), ("assistant", "6", 2, 2)]
    answers = store.versions(store.messages(local)[-1].id)
    # Each answer version names the question it answered: browsing ‹1/2› shows "2+2?" with "4".
    assert [(store.message(a.reply_to).text, a.text) for a in answers if a.reply_to] == [("2+2?", "4"),
                                                                                          ("3+3?", "6")]
    assert [q.text for q in store.versions(old_question.id)] == ["2+2?", "3+3?"]
    # A second regenerate of the edited turn is the third answer version of that place.
    feed(store.regenerate_recorder(store.messages(local)[-1].id), "six")
    assert line(store, local)[-1] == ("assistant", "six", 3, 3)


def test_only_the_last_turn_can_be_replaced(store: HistoryStore) -> None:
    local = store.create_conversation("bot")
    feed(store.recorder(local, "a"), "A")
    feed(store.recorder(local, "b"), "B")
    first_question, first_answer = store.messages(local)[:2]
    with pytest.raises(LookupError, match="last answer"):
        store.regenerate_recorder(first_answer.id)
    with pytest.raises(LookupError):
        store.edit_recorder(first_question.id, "changed")
    store.add_divider(local)  # after a new topic the old answer is no longer the end of the line
    with pytest.raises(LookupError, match="last answer"):
        store.regenerate_recorder(store.messages(local)[3].id)
    assert [m.text for m in store.messages(local) if m.kind != DIVIDER] == ["a", "A", "b", "B"]


def test_divider_is_kept_in_order_and_exported(store: HistoryStore, db_path: Path) -> None:
    local = store.create_conversation("bot", "talk")
    feed(store.recorder(local, "before"), "old")
    store.add_divider(local)
    feed(store.recorder(local, "after"), "new")
    store.close()
    with HistoryStore(db_path) as reopened:
        assert [(m.kind, m.role, m.text) for m in reopened.messages(local)] == [
            ("message", "user", "before"), ("message", "assistant", "old"), ("divider", "system", ""),
            ("message", "user", "after"), ("message", "assistant", "new")]
        assert "## Bot\n\nold\n\n---\n\n*New topic*\n\n## You\n\nafter" in reopened.export_markdown(local)


def _wire(index: int, role: str, content: str, section: str, kind: str = "", content_type: str = "text") -> Message:
    return Message(id=f"m{index}", conversation_id="c-9", chat_id=f"chat{index // 2}", section_id=section,
                   role=role, type=kind or ("question" if role == "user" else "answer"), content=content,
                   content_type=content_type, created_at=1_700_000_000 + index)


def test_import_marks_the_conversation_and_keeps_questions_answers_and_clears(store: HistoryStore) -> None:
    photo = json.dumps([{"type": "text", "text": "what is this"}, {"type": "image", "file_id": "f1"}])
    messages = [
        _wire(0, "user", "hello", "s1"), _wire(1, "assistant", "hi", "s1"),
        _wire(2, "assistant", '{"name":"x"}', "s1", kind="function_call"),  # not for a reader: skipped
        _wire(3, "user", photo, "s2", content_type="object_string"), _wire(4, "assistant", "a cat", "s2"),
        _wire(5, "assistant", "ask more?", "s2", kind="follow_up"),
    ]
    local = store.import_conversation("bot", "c-9", "", messages)
    row = store.get_conversation(local)
    assert (row.source, row.coze_conversation_id, row.title, row.imported_at > 0) == ("coze", "c-9", "hello", True)
    assert [(m.kind, m.role, m.text, m.coze_message_id) for m in store.messages(local)] == [
        ("message", "user", "hello", "m0"), ("message", "assistant", "hi", "m1"), ("divider", "system", "", ""),
        ("message", "user", "what is this\n[image: f1]", "m3"), ("message", "assistant", "a cat", "m4")]
    answers = [m for m in store.messages(local) if m.role == "assistant"]
    assert [store.message(a.reply_to).coze_message_id for a in answers] == ["m0", "m3"]
    assert store.coze_conversation_ids("bot") == {"c-9"} and store.coze_conversation_ids("other") == set()
    # Importing again changes nothing: local history is the source of truth once it has the conversation.
    assert store.import_conversation("bot", "c-9", "renamed", messages[:1]) == local
    assert len(store.messages(local)) == 5
    # Continued here, it is recorded as usual.
    feed(store.recorder(local, "and now?"), "more")
    assert [m.text for m in store.messages(local)][-2:] == ["and now?", "more"]


def test_versions_survive_a_foreign_key_check(store: HistoryStore, db_path: Path) -> None:
    local = store.create_conversation("bot")
    feed(store.recorder(local, "q"), "a1")
    feed(store.regenerate_recorder(store.messages(local)[-1].id), "a2")
    store.delete_conversation(local)  # versions reference each other: the cascade still takes them all
    db = sqlite3.connect(db_path)
    try:
        assert db.execute("SELECT count(*) FROM messages").fetchone() == (0,)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()
