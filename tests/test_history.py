"""The local history: recording turns from engine events, crash safety (kill -9), search, export, migration."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coze_desktop.api import CozeError, CozeStreamError, RecallChunk, ToolCall, Usage
from coze_desktop.chat import (
    AnswerCompleted,
    AnswerDelta,
    FollowUpSuggested,
    ReasoningDelta,
    RecallSources,
    StreamWarning,
    ToolCallFinished,
    ToolCallStarted,
    TurnCancelled,
    TurnCompleted,
    TurnEvent,
    TurnFailed,
    TurnOutcome,
    TurnStarted,
    UsageReported,
    history,
)
from coze_desktop.chat.history import (
    SCHEMA_VERSION,
    HistoryStore,
    HistoryVersionError,
    MessageStatus,
    TurnRecorder,
    default_path,
)
from coze_desktop.demo import DEMO_BOT_ID, DemoServer, sse
from coze_desktop.plugins import ToolResult

ROOT = Path(__file__).resolve().parents[1]
CHILD = Path(__file__).with_name("kill9_child.py")
CONV, CHAT = "7400000000000000001", "7400000000000000002"
BOT = DEMO_BOT_ID


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore(db_path, clock=itertools.count(1000).__next__) as opened:
        yield opened


def feed(recorder: TurnRecorder, events: list[TurnEvent]) -> None:
    for event in events:
        recorder(event)


def raw(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Query the file behind the store's back (what is really on disk)."""
    db = sqlite3.connect(path)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


RECALL = (RecallChunk(slice="音量范围是 0 到 100。", score=0.93, document_name="设备手册.pdf", document_id="d1",
                      dataset_name="手册", dataset_id="k1"),
          RecallChunk(slice="See the FAQ.", score=0.5, document_name="faq.md", link_title="FAQ",
                      link_url="https://example.com/faq (v2)"))
CALL = ToolCall("call_1", "set_volume", '{"volume": 30}')


def realistic_turn() -> list[TurnEvent]:
    """What the engine reports for: recall, some thinking, a first answer, a tool call, a second answer."""
    return [
        TurnStarted(CONV, CHAT),
        RecallSources("r1", RECALL),
        ReasoningDelta("m1", "用户想"),
        ReasoningDelta("m1", "调音量。"),
        AnswerDelta("m1", "好的，"),
        AnswerDelta("m1", "我来调。"),
        AnswerCompleted("m1", "好的，我来调。"),
        ToolCallStarted(CALL),
        StreamWarning("Ignored a malformed conversation.message.delta event"),
        ToolCallFinished(CALL, ToolResult('{"volume": 30}', True, seconds=0.012)),
        AnswerDelta("m2", "Volume is now **30**"),
        AnswerDelta("m2", " 🔊"),
        AnswerCompleted("m2", "Volume is now **30** 🔊"),
        FollowUpSuggested("再大声一点？"),
        FollowUpSuggested("Mute it"),
        UsageReported(Usage(token_count=120, output_count=20, input_count=100)),
        TurnCompleted(CONV, CHAT, Usage(token_count=120, output_count=20, input_count=100)),
    ]


def engine_answer(events: list[TurnEvent]) -> str:
    """The answer as the engine's TurnOutcome joins it, from the same events."""
    outcome = TurnOutcome()
    for event in events:
        if isinstance(event, AnswerDelta):
            outcome.pieces.setdefault(event.message_id, []).append(event.text)
        elif isinstance(event, AnswerCompleted):
            outcome.pieces[event.message_id] = [event.text]
    return outcome.answer


# ---------------------------------------------------------------------------------------------- recorder

def test_recorder_round_trip(store: HistoryStore, db_path: Path) -> None:
    conversation = store.create_conversation(BOT)
    events = realistic_turn()
    feed(store.recorder(conversation, "把音量调到 30"), events)

    user, bot = store.messages(conversation)
    assert (user.role, user.text, user.status, user.chat_id) == ("user", "把音量调到 30", "complete", CHAT)
    assert bot.role == "assistant" and bot.status == MessageStatus.COMPLETE
    assert bot.text == "好的，我来调。\n\nVolume is now **30** 🔊" == engine_answer(events)
    assert (bot.chat_id, bot.coze_message_id) == (CHAT, "m1")
    assert bot.reasoning == "用户想调音量。"
    assert bot.recall == RECALL
    [tool] = bot.tool_calls
    assert (tool.call_id, tool.name, tool.arguments, tool.output, tool.ok, tool.seconds) == (
        "call_1", "set_volume", '{"volume": 30}', '{"volume": 30}', True, 0.012)
    assert bot.follow_ups == ("再大声一点？", "Mute it")
    assert (bot.input_tokens, bot.output_tokens, bot.total_tokens) == (100, 20, 120)
    assert bot.error == ""
    row = store.get_conversation(conversation)
    assert row is not None and (row.coze_conversation_id, row.title) == (CONV, "把音量调到 30")
    assert raw(db_path, "SELECT count(*) FROM chunks") == [(0,)]  # consolidated


def test_completed_text_replaces_deltas_in_place(store: HistoryStore, db_path: Path) -> None:
    conversation = store.create_conversation(BOT)
    recorder = store.recorder(conversation, "hi")
    feed(recorder, [AnswerDelta("m1", "Helo"), AnswerDelta("m2", "second"), AnswerCompleted("m1", "Hello")])
    # Until the turn ends the text lives in chunks; the corrected first answer keeps its place.
    assert store.messages(conversation)[1].text == "Hello\n\nsecond"
    assert raw(db_path, "SELECT count(*) FROM chunks") == [(2,)]
    recorder(TurnCompleted(CONV, CHAT, None))
    assert store.messages(conversation)[1].text == "Hello\n\nsecond"


def test_second_turn_reuses_conversation_and_touches_it(store: HistoryStore) -> None:
    first, second = store.create_conversation(BOT), store.create_conversation(BOT)
    assert [c.id for c in store.list_conversations()] == [second, first]
    feed(store.recorder(first, "one"), [TurnStarted(CONV, CHAT), AnswerDelta("a", "1"),
                                        TurnCompleted(CONV, CHAT, None)])
    assert [c.id for c in store.list_conversations()] == [first, second]
    feed(store.recorder(first, "two"), [TurnStarted("other", "chat2"), AnswerDelta("b", "2"),
                                        TurnCompleted("other", "chat2", None)])
    row = store.get_conversation(first)
    assert row is not None and (row.title, row.coze_conversation_id) == ("one", CONV)  # the first ones stay
    assert [(m.role, m.text, m.chat_id) for m in store.messages(first)] == [
        ("user", "one", CHAT), ("assistant", "1", CHAT), ("user", "two", "chat2"), ("assistant", "2", "chat2")]


def test_newest_conversation_is_the_first_listed_per_bot(store: HistoryStore) -> None:
    assert store.newest_conversation() is None
    first, other, second = store.create_conversation(BOT), store.create_conversation("other-bot"), \
        store.create_conversation(BOT)
    feed(store.recorder(first, "one"), [TurnStarted(CONV, CHAT), AnswerDelta("a", "1"),
                                        TurnCompleted(CONV, CHAT, None)])
    for bot in (BOT, "other-bot", None):
        listed = store.list_conversations(bot_id=bot)
        assert store.newest_conversation(bot) == listed[0], bot
    assert store.newest_conversation(BOT).id == first and second != first
    assert store.newest_conversation("other-bot").id == other
    assert store.newest_conversation("no-such-bot") is None


def test_failed_turn_keeps_partial_answer_and_error(store: HistoryStore) -> None:
    conversation = store.create_conversation(BOT)
    error = CozeStreamError("The answer stream broke off: echo of Bearer pat_abcdefgh12345678", logid="20250101ab")
    feed(store.recorder(conversation, "tell me"), [TurnStarted(CONV, CHAT), AnswerDelta("m1", "晴天"),
                                                   AnswerDelta("m1", "是周杰伦的歌"),
                                                   TurnFailed(error, "晴天是周杰伦的歌")])
    bot = store.messages(conversation)[1]
    assert bot.status == MessageStatus.FAILED
    assert bot.text == "晴天是周杰伦的歌"
    assert "The answer stream broke off" in bot.error and "logid=20250101ab" in bot.error
    assert bot.logid == "20250101ab" and bot.error_hint == error.hint
    assert "pat_" not in bot.error and "abcdefgh" not in bot.error


def test_failed_with_code(store: HistoryStore) -> None:
    conversation = store.create_conversation(BOT)
    error = CozeError("Bot not found", code=4200, http_status=404, logid="L1", hint="Publish the bot.")
    feed(store.recorder(conversation, "hi"), [TurnFailed(error, "")])
    bot = store.messages(conversation)[1]
    assert (bot.status, bot.text, bot.error_code, bot.error_hint) == ("failed", "", 4200, "Publish the bot.")
    assert bot.error == "[4200] Bot not found (HTTP 404) logid=L1"


def test_cancelled_turn(store: HistoryStore) -> None:
    conversation = store.create_conversation(BOT)
    recorder = store.recorder(conversation, "long story please")
    feed(recorder, [TurnStarted(CONV, CHAT), AnswerDelta("m1", "Once upon"), TurnCancelled("Once upon"),
                    AnswerDelta("m1", " a time")])  # anything after the end is ignored
    bot = store.messages(conversation)[1]
    assert (bot.status, bot.text) == ("cancelled", "Once upon")
    assert recorder.finished


def test_interrupted_on_reopen(db_path: Path) -> None:
    with HistoryStore(db_path) as store:
        conversation = store.create_conversation(BOT)
        feed(store.recorder(conversation, "q"), [TurnStarted(CONV, CHAT), ReasoningDelta("m1", "hmm"),
                                                AnswerDelta("m1", "first"), AnswerCompleted("m1", "first!"),
                                                AnswerDelta("m2", "sec"), AnswerDelta("m2", "ond")])
        live = store.messages(conversation)[1]
        assert (live.status, live.text, live.reasoning) == ("streaming", "first!\n\nsecond", "hmm")
    # A crash now: nothing consolidated, everything in chunks.
    assert raw(db_path, "SELECT status, text FROM messages WHERE role = 'assistant'") == [("streaming", "")]
    with HistoryStore(db_path) as store:
        bot = store.messages(conversation)[1]
        assert (bot.status, bot.text, bot.reasoning, bot.chat_id) == ("interrupted", "first!\n\nsecond", "hmm", CHAT)
    assert raw(db_path, "SELECT count(*) FROM chunks") == [(0,)]


def test_unknown_conversation_and_lone_surrogates(store: HistoryStore) -> None:
    with pytest.raises(LookupError):
        store.recorder(12345, "hi")
    conversation = store.create_conversation(BOT)
    # JSON can carry a lone surrogate; UTF-8 cannot: it must not cost the delta or the turn.
    feed(store.recorder(conversation, "hi"), [AnswerDelta("m1", "a\ud83d"), AnswerDelta("m1", "b"),
                                              TurnCompleted(CONV, CHAT, None)])
    assert store.messages(conversation)[1].text == "a\ufffdb"


def test_title_from_first_message(store: HistoryStore) -> None:
    english = store.create_conversation(BOT)
    store.recorder(english, "Please explain   how the\nvolume plugin works when the speaker is muted")
    chinese = store.create_conversation(BOT)
    question = "请详细解释一下端插件在扣子平台上是如何工作的以及它如何把调用结果回传给智能体并继续对话"
    store.recorder(chinese, question)
    named = store.create_conversation(BOT, title="Mine")
    store.recorder(named, "something else")
    titles = {c.id: c.title for c in store.list_conversations()}
    assert titles[english] == "Please explain how the volume plugin…"
    assert titles[chinese] == question[:40] + "…"  # no spaces: cut at the limit
    assert titles[named] == "Mine"


# ------------------------------------------------------------------------------- kill -9 mid-answer

def answer_stream(pieces: list[str]) -> list[tuple[str, Any]]:
    chat = {"id": CHAT, "conversation_id": CONV, "bot_id": BOT, "status": "in_progress"}

    def delta(text: str) -> dict[str, Any]:
        return {"id": "m1", "conversation_id": CONV, "chat_id": CHAT, "role": "assistant", "type": "answer",
                "content": text, "content_type": "text"}

    return [("conversation.chat.created", {**chat, "status": "created"}),
            ("conversation.chat.in_progress", chat),
            *(("conversation.message.delta", delta(p)) for p in pieces),
            ("conversation.message.completed", delta("".join(pieces))),
            ("conversation.chat.completed", {**chat, "status": "completed"}),
            ("done", '"[DONE]"')]


@pytest.mark.asyncio
async def test_kill9_mid_answer_loses_no_printed_delta(db_path: Path) -> None:
    pieces = [f"第{i}段 part {i}. " for i in range(100)]
    question = "讲个很长的故事"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    async with DemoServer() as server:
        server.script("/v3/chat", sse(answer_stream(pieces), delay=0.05))
        child = await asyncio.create_subprocess_exec(
            sys.executable, str(CHILD), str(db_path), server.base_url, question,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=env)
        try:
            printed = await read_deltas(child, 10)
            child.kill()  # SIGKILL on POSIX: no handler, no atexit, no flush
            await asyncio.wait_for(child.wait(), 10)
            # Deltas printed between the 10th and the kill count too.
            printed += [json.loads(line)["delta"] for line in (await child.stdout.read()).splitlines()]
        finally:
            if child.returncode is None:
                child.kill()
                await child.wait()
    assert child.returncode != 0 and len(printed) < len(pieces)

    # On disk, as the dead process left it: still streaming, every printed delta committed as a chunk.
    [(status,)] = raw(db_path, "SELECT status FROM messages WHERE role = 'assistant'")
    assert status == "streaming"
    on_disk = "".join(text for (text,) in raw(db_path, "SELECT text FROM chunks ORDER BY part, id"))
    assert on_disk.startswith("".join(printed))

    with HistoryStore(db_path) as store:
        [conversation] = store.list_conversations()
        user, bot = store.messages(conversation.id)
    assert (user.text, conversation.title, conversation.coze_conversation_id) == (question, question, CONV)
    assert bot.status == MessageStatus.INTERRUPTED
    assert bot.text == on_disk and bot.text.startswith("".join(printed))


async def read_deltas(child: asyncio.subprocess.Process, count: int) -> list[str]:
    assert child.stdout is not None and child.stderr is not None
    printed: list[str] = []
    while len(printed) < count:
        line = await asyncio.wait_for(child.stdout.readline(), 10)
        if not line:
            await child.wait()
            pytest.fail(f"the child ended early ({child.returncode}): {(await child.stderr.read()).decode()}")
        printed.append(json.loads(line)["delta"])
    return printed


# ----------------------------------------------------------------------------------------- property

DELTA_TEXT = st.one_of(st.just(""), st.sampled_from(["晴天", "周杰伦", "😀", "👩‍👩‍👧", "e\u0301", "\n\n", "**"]),
                       st.text(max_size=6))


@settings(max_examples=60, deadline=None)
@given(deltas=st.lists(st.tuples(st.sampled_from(["m1", "m2", "m3"]), DELTA_TEXT), max_size=30),
       finished=st.booleans())
def test_any_deltas_survive_reopen(deltas: list[tuple[str, str]], finished: bool) -> None:
    events: list[TurnEvent] = [AnswerDelta(mid, text) for mid, text in deltas]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "h.sqlite3"
        with HistoryStore(path) as store:
            conversation = store.create_conversation(BOT)
            feed(store.recorder(conversation, "q"), events + [TurnCompleted(CONV, CHAT, None)] * finished)
        with HistoryStore(path) as store:
            bot = store.messages(conversation)[1]
    assert bot.text == engine_answer(events)
    assert bot.status == ("complete" if finished else "interrupted")


def test_deltas_are_appended_not_rewritten(store: HistoryStore) -> None:
    """20,000 deltas (a 200 KB answer) are 20,000 appended rows until the turn ends: the message row is not
    rewritten per delta, which would make the cost of a delta grow with the answer (bench/bench_history.py
    measures the cost itself)."""
    conversation = store.create_conversation(BOT)
    recorder = store.recorder(conversation, "long")
    piece = "0123456789"
    for _ in range(20_000):
        recorder(AnswerDelta("m1", piece))
    with sqlite3.connect(store.path) as reader:  # a second connection sees what a crash would leave
        chunks = reader.execute("SELECT count(*) FROM chunks WHERE message_id = ?", (recorder.message_id,))
        text = reader.execute("SELECT text FROM messages WHERE id = ?", (recorder.message_id,))
        assert (chunks.fetchone()[0], text.fetchone()[0]) == (20_000, "")
    recorder(TurnCompleted(CONV, CHAT, None))
    assert store.messages(conversation)[1].text == piece * 20_000


# ------------------------------------------------------------------------- conversations, search, drafts

def conversation_with(store: HistoryStore, question: str, answer: str, bot_id: str = BOT) -> int:
    conversation = store.create_conversation(bot_id)
    feed(store.recorder(conversation, question), [AnswerDelta("m", answer), TurnCompleted(CONV, CHAT, None)])
    return conversation


def test_search(store: HistoryStore) -> None:
    music = conversation_with(store, "晴天是谁唱的？", "是周杰伦的歌。")
    volume = conversation_with(store, "Turn the VOLUME down", "Done: the Volume is 20.")
    german = conversation_with(store, "Über Äpfel", "Äpfel sind gut", bot_id="other-bot")

    def found(search: str, bot_id: str | None = None) -> list[int]:
        return [c.id for c in store.list_conversations(search, bot_id)]

    assert found("") == [german, volume, music]
    assert found("周杰伦") == [music]  # in an answer, not the title
    assert found("晴天") == [music]
    assert found("volume") == found("VoLuMe") == [volume]
    assert found("is 20") == [volume]
    assert found("äPFEL") == [german]  # case-insensitive beyond ASCII
    assert found("  周杰伦  ") == [music]
    assert found("%") == found("_") == []  # no LIKE wildcards
    assert found("", bot_id=BOT) == [volume, music]
    assert found("äpfel", bot_id=BOT) == []
    assert found("nothing like this") == []


def test_rename_and_delete_cascade(store: HistoryStore, db_path: Path) -> None:
    kept = conversation_with(store, "keep me", "ok")
    doomed = store.create_conversation(BOT)
    feed(store.recorder(doomed, "bye"), realistic_turn())
    store.set_draft(doomed, "unsent")
    store.rename_conversation(doomed, "  New\nname ")
    assert store.get_conversation(doomed).title == "New name"  # type: ignore[union-attr]

    store.delete_conversation(doomed)
    assert store.get_conversation(doomed) is None
    assert store.messages(doomed) == [] and store.draft(doomed) == ""
    for table in ("recall_sources", "tool_calls", "chunks", "drafts"):
        assert raw(db_path, f"SELECT count(*) FROM {table}") == [(0,)], table
    assert raw(db_path, "SELECT count(*) FROM messages") == [(2,)]
    assert [m.text for m in store.messages(kept)] == ["keep me", "ok"]


def test_drafts(store: HistoryStore, db_path: Path) -> None:
    conversation = store.create_conversation(BOT)
    assert store.draft(conversation) == ""
    store.set_draft(conversation, "半句话")
    store.set_draft(conversation, "半句话，写完了")
    assert store.draft(conversation) == "半句话，写完了"
    with HistoryStore(db_path) as reopened:
        assert reopened.draft(conversation) == "半句话，写完了"
    store.set_draft(conversation, "")
    assert store.draft(conversation) == ""


def test_default_path_is_in_the_data_dir(app_home: Path) -> None:
    with HistoryStore() as store:
        assert store.path == default_path() == app_home / "data" / "history.sqlite3"
        assert raw(store.path, "PRAGMA journal_mode") == [("wal",)]


# --------------------------------------------------------------------------------------------- export

def test_export_markdown(store: HistoryStore) -> None:
    conversation = store.create_conversation(BOT, title="Volume")
    feed(store.recorder(conversation, "把音量调到 30"), realistic_turn())
    feed(store.recorder(conversation, "and again?"),
         [AnswerDelta("m3", "Part"), TurnFailed(CozeStreamError("The stream broke off", logid="LOG9"), "Part")])
    feed(store.recorder(conversation, "once more"), [AnswerDelta("m4", "Half")])  # still streaming

    text = store.export_markdown(conversation)
    assert text.startswith("# Volume\n\n## You\n\n把音量调到 30\n\n## Bot\n\n")
    assert "Volume is now **30** 🔊" in text  # markdown kept as-is
    assert "<summary>Reasoning</summary>\n\n用户想调音量。" in text
    assert "- 设备手册.pdf\n- [FAQ](<https://example.com/faq (v2)>)" in text
    assert '- `set_volume {"volume": 30}` → ok (0.01 s)' in text
    assert "Part\n\n> **Failed:** The stream broke off logid=LOG9\n> " + CozeStreamError.default_hint in text
    assert text.endswith("## You\n\nonce more\n\n## Bot\n\nHalf\n\n> *Still being written.*\n")
    with pytest.raises(LookupError):
        store.export_markdown(999)


# ------------------------------------------------------------------------------------------- migration

V1_SCHEMA = """
CREATE TABLE conversations (id INTEGER PRIMARY KEY, coze_conversation_id TEXT NOT NULL DEFAULT '',
    bot_id TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', created_at REAL NOT NULL, updated_at REAL NOT NULL);
CREATE INDEX conversations_by_update ON conversations (updated_at);
CREATE TABLE messages (id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    role TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,
    coze_message_id TEXT NOT NULL DEFAULT '', chat_id TEXT NOT NULL DEFAULT '', error TEXT NOT NULL DEFAULT '',
    error_code INTEGER NOT NULL DEFAULT 0, error_hint TEXT NOT NULL DEFAULT '', logid TEXT NOT NULL DEFAULT '',
    input_tokens INTEGER NOT NULL DEFAULT 0, output_tokens INTEGER NOT NULL DEFAULT 0,
    total_tokens INTEGER NOT NULL DEFAULT 0, follow_ups TEXT NOT NULL DEFAULT '[]', created_at REAL NOT NULL);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);
CREATE TABLE chunks (id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE, part INTEGER NOT NULL,
    text TEXT NOT NULL);
CREATE TABLE recall_sources (id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE, slice TEXT NOT NULL,
    score REAL NOT NULL DEFAULT 0, document_name TEXT NOT NULL DEFAULT '', document_id TEXT NOT NULL DEFAULT '',
    dataset_name TEXT NOT NULL DEFAULT '', dataset_id TEXT NOT NULL DEFAULT '', link_title TEXT NOT NULL DEFAULT '',
    link_url TEXT NOT NULL DEFAULT '', chunk_index TEXT NOT NULL DEFAULT '');
CREATE INDEX recall_by_message ON recall_sources (message_id);
CREATE TABLE tool_calls (id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE, call_id TEXT NOT NULL,
    name TEXT NOT NULL, arguments TEXT NOT NULL, output TEXT NOT NULL, ok INTEGER NOT NULL,
    error TEXT NOT NULL DEFAULT '', seconds REAL NOT NULL DEFAULT 0);
CREATE INDEX tool_calls_by_message ON tool_calls (message_id);
CREATE TABLE drafts (conversation_id INTEGER PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    text TEXT NOT NULL, updated_at REAL NOT NULL);
INSERT INTO conversations VALUES (1, 'c-1', 'bot-1', '旧对话', 10, 20);
INSERT INTO messages (id, conversation_id, role, text, status, created_at) VALUES
    (1, 1, 'user', 'hello', 'complete', 11),
    (2, 1, 'assistant', 'Hi there', 'complete', 12),
    (3, 1, 'user', 'and?', 'complete', 13),
    (4, 1, 'assistant', '', 'streaming', 14);
INSERT INTO chunks (message_id, part, text) VALUES (4, 0, 'cut '), (4, 0, 'off');
INSERT INTO drafts VALUES (1, 'draft v1', 21);
PRAGMA user_version = 1;
"""


def write_v1(path: Path) -> None:
    db = sqlite3.connect(path)
    db.executescript(V1_SCHEMA)
    db.close()


def test_migration_from_v1_backs_up_first(db_path: Path) -> None:
    write_v1(db_path)
    with HistoryStore(db_path) as store:
        [conversation] = store.list_conversations()
        assert (conversation.title, conversation.coze_conversation_id) == ("旧对话", "c-1")
        messages = store.messages(1)
        assert [(m.text, m.status, m.reasoning) for m in messages] == [
            ("hello", "complete", ""), ("Hi there", "complete", ""), ("and?", "complete", ""),
            ("cut off", "interrupted", "")]
        assert store.draft(1) == "draft v1"
        feed(store.recorder(1, "new"), [ReasoningDelta("m", "think"), AnswerDelta("m", "v2 answer"),
                                        TurnCompleted(CONV, CHAT, None)])
        assert store.messages(1)[-1].reasoning == "think"
    assert raw(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)] == [(5,)]

    backup = db_path.with_name("history.sqlite3.v1.bak")
    assert raw(backup, "PRAGMA user_version") == [(1,)]
    assert raw(backup, "SELECT id, text, status FROM messages ORDER BY id")[-1] == (4, "", "streaming")
    assert raw(backup, "SELECT group_concat(text, '') FROM chunks") == [("cut off",)]
    with HistoryStore(db_path):  # already current: no new backup, nothing to migrate
        pass
    assert sorted(p.name for p in db_path.parent.glob("*.bak")) == ["history.sqlite3.v1.bak"]


def test_newer_file_is_refused_untouched(db_path: Path) -> None:
    write_v1(db_path)
    raw(db_path, "PRAGMA user_version = 99")
    before = db_path.read_bytes()
    with pytest.raises(HistoryVersionError):
        HistoryStore(db_path)
    assert db_path.read_bytes() == before


def test_migration_from_v3_adds_the_attachments_table_and_keeps_everything(db_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(history, "MIGRATIONS", history.MIGRATIONS[:3])
        patch.setattr(history, "SCHEMA_VERSION", 3)
        with HistoryStore(db_path) as old:
            local = old.create_conversation("bot", "v3 talk")
            feed(old.recorder(local, "这张图是什么？"), [AnswerDelta("m", "一张图"), TurnCompleted(CONV, CHAT, None)])
    assert raw(db_path, "PRAGMA user_version") == [(3,)]
    assert not raw(db_path, "SELECT name FROM sqlite_master WHERE name = 'attachments'")

    with HistoryStore(db_path) as store:
        assert [(m.text, m.status) for m in store.messages(local)] == [("这张图是什么？", "complete"),
                                                                       ("一张图", "complete")]
    assert raw(db_path, "PRAGMA user_version") == [(5,)]
    columns = [row[1] for row in raw(db_path, "PRAGMA table_info(attachments)")]
    assert columns == ["id", "message_id", "position", "kind", "name", "mime", "size", "file_id", "local_path"]
    assert raw(db_path.with_name("history.sqlite3.v3.bak"), "PRAGMA user_version") == [(3,)]


def test_migration_from_v4_adds_versions_dividers_and_import_marks(db_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(history, "MIGRATIONS", history.MIGRATIONS[:4])
        patch.setattr(history, "SCHEMA_VERSION", 4)
        with HistoryStore(db_path) as old:
            local = old.create_conversation("bot", "v4 talk", "c-4")
            for question, answer in (("first?", "one"), ("second?", "two")):
                feed(old.recorder(local, question), [AnswerDelta("m", answer), TurnCompleted(CONV, CHAT, None)])
    assert raw(db_path, "PRAGMA user_version") == [(4,)]
    assert "kind" not in [row[1] for row in raw(db_path, "PRAGMA table_info(messages)")]

    with HistoryStore(db_path) as store:
        assert [(m.role, m.text) for m in store.messages(local)] == [
            ("user", "first?"), ("assistant", "one"), ("user", "second?"), ("assistant", "two")]
    assert raw(db_path, "PRAGMA user_version") == [(5,)]
    # Every answer of the older file answers the question before it; nothing is a version or superseded.
    assert raw(db_path, "SELECT id, role, kind, reply_to, version_of, superseded FROM messages ORDER BY id") == [
        (1, "user", "message", None, None, 0), (2, "assistant", "message", 1, None, 0),
        (3, "user", "message", None, None, 0), (4, "assistant", "message", 3, None, 0)]
    assert raw(db_path, "SELECT title, coze_conversation_id, source, imported_at FROM conversations") == [
        ("v4 talk", "c-4", "local", 0)]
    assert raw(db_path.with_name("history.sqlite3.v4.bak"), "PRAGMA user_version") == [(4,)]
    indexes = {row[0] for row in raw(db_path, "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"messages_by_version", "conversations_by_coze_id"} <= indexes
