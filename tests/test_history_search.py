"""History search: the FTS5 trigram index (schema v3), its migration, the short-query scan, hostile queries, and
the off-loop search where the newest query wins."""

from __future__ import annotations

import asyncio
import itertools
import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coze_desktop.chat import AnswerCompleted, AnswerDelta, TurnCompleted, history
from coze_desktop.chat.history import SCHEMA_VERSION, ConversationRow, HistoryStore

BOT = "bot-1"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[HistoryStore]:
    with HistoryStore(db_path, clock=itertools.count(1000).__next__) as opened:
        yield opened


def raw(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Query the file behind the store's back (what is really on disk)."""
    db = sqlite3.connect(path)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


def talk(store: HistoryStore, question: str, answer: str, *, title: str = "", bot_id: str = BOT) -> int:
    conversation = store.create_conversation(bot_id, title)
    recorder = store.recorder(conversation, question)
    recorder(AnswerDelta("m", answer))
    recorder(TurnCompleted("c", "chat", None))
    return conversation


def found(store: HistoryStore, search: str, bot_id: str | None = None) -> set[int]:
    return {row.id for row in store.list_conversations(search, bot_id)}


def scanned(store: HistoryStore, search: str) -> set[int]:
    """The oracle: a plain Python substring scan of titles and message texts, lower-cased on both sides."""
    needle = search.strip().lower()
    db = store._db
    hits = {row[0] for row in db.execute("SELECT id, title FROM conversations") if needle in row[1].lower()}
    hits |= {row[0] for row in db.execute("SELECT conversation_id, text FROM messages") if needle in row[1].lower()}
    return hits if needle else {row[0] for row in db.execute("SELECT id FROM conversations")}


@pytest.fixture
def filled(store: HistoryStore) -> dict[str, int]:
    return {
        "music": talk(store, "晴天是谁唱的？", "是周杰伦的歌，收录在《叶惠美》。"),
        "volume": talk(store, "Turn the VOLUME down", "Done: the Volume is 20."),
        "german": talk(store, "Über Äpfel und ÄBC", "äbc ist gut", bot_id="other-bot"),
        "titled": talk(store, "hi", "hello", title="周末出游计划 Weekend"),
    }


# -------------------------------------------------------------------------------------------- matching

def test_the_file_has_the_index_and_search_uses_it(store: HistoryStore, db_path: Path) -> None:
    assert store.indexed
    assert raw(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)] == [(5,)]
    names = {row[0] for row in raw(db_path, "SELECT name FROM sqlite_master")}
    assert {"message_search", "title_search", "message_search_insert", "message_search_update",
            "message_search_delete", "title_search_update"} <= names
    plan = store._db.execute("EXPLAIN QUERY PLAN SELECT * FROM conversations AS c WHERE "
                             + history._search_filter("周杰伦", indexed=True)[0],
                             history._search_filter("周杰伦", indexed=True)[1]).fetchall()
    assert any("VIRTUAL TABLE INDEX" in str(tuple(row)) for row in plan), plan  # the index, not a scan


def test_chinese_and_english_substrings(store: HistoryStore, filled: dict[str, int]) -> None:
    assert found(store, "周杰伦") == {filled["music"]}  # inside an answer, not a word of its own
    assert found(store, "杰伦的歌") == {filled["music"]}
    assert found(store, "《叶惠美》") == {filled["music"]}
    assert found(store, "出游计") == {filled["titled"]}  # a title
    assert found(store, "olum") == {filled["volume"]}  # the middle of a word
    assert found(store, "is 20") == {filled["volume"]}  # across a space
    assert found(store, "  周杰伦  ") == {filled["music"]}  # stripped
    assert found(store, "nothing like this") == set()
    assert found(store, "") == set(filled.values())


def test_case_insensitive_beyond_ascii(store: HistoryStore, filled: dict[str, int]) -> None:
    assert found(store, "volume") == found(store, "VoLuMe") == {filled["volume"]}
    assert found(store, "ÄBC") == found(store, "äbc") == found(store, "Äbc") == {filled["german"]}
    assert found(store, "äPFEL") == found(store, "ÜBER") == {filled["german"]}
    assert found(store, "WEEKEND") == {filled["titled"]}


@pytest.mark.parametrize(("search", "key"), [
    ("晴天", "music"), ("晴", "music"), ("《", "music"), ("周末", "titled"),
    ("ä", "german"), ("Ä", "german"), ("äB", "german"), ("ÜB", "german"), ("ü", "german"),
    ("Vo", "volume"), ("vO", "volume"), ("20", "volume"), (": ", "volume"),
])
def test_queries_shorter_than_a_trigram(store: HistoryStore, filled: dict[str, int], search: str, key: str) -> None:
    assert filled[key] in found(store, search)
    assert found(store, search) == scanned(store, search)


def test_short_queries_scan_in_sql_not_python(store: HistoryStore, filled: dict[str, int]) -> None:
    calls: list[str] = []
    store._db.create_function("fold", 1, lambda text: calls.append(text) or text.casefold(), deterministic=True)
    assert found(store, "晴天") == {filled["music"]}
    assert found(store, "äB") == {filled["german"]}
    assert found(store, "周杰伦") == {filled["music"]}
    assert calls == []  # no Python callback per row


def test_bot_filter(store: HistoryStore, filled: dict[str, int]) -> None:
    assert found(store, "äbc", bot_id=BOT) == set()
    assert found(store, "äbc", bot_id="other-bot") == {filled["german"]}
    assert found(store, "", bot_id=BOT) == {filled["music"], filled["volume"], filled["titled"]}


def test_newest_first(store: HistoryStore, filled: dict[str, int]) -> None:
    newer = talk(store, "another 周杰伦 question", "ok")
    assert [row.id for row in store.list_conversations("周杰伦")] == [newer, filled["music"]]


HOSTILE = ['"', '""', "'", "*", "NEAR(", "NEAR(a b)", "%", "_", "\\", "a%b", "a_b", "%%%", "___",
           'a"b"c', "AND", "OR", "NOT", "a OR b", "-abc", "^abc", "abc*", "title:abc", "{title}: abc",
           "(", ")", "\0", "a\0b\0c", "'; DROP TABLE messages; --", "💥💥💥", "\u202e", "x" * 5000]


@pytest.mark.parametrize("indexed", [True, False])
def test_hostile_queries_are_text(db_path: Path, monkeypatch: pytest.MonkeyPatch, indexed: bool) -> None:
    if not indexed:
        monkeypatch.setattr(history, "search_index_supported", lambda: False)
    with HistoryStore(db_path) as store:
        assert store.indexed is indexed
        plain = talk(store, "nothing special here", "just words")
        for hostile in HOSTILE:
            talk(store, f"before {hostile} after", "ok")
        for hostile in HOSTILE:
            result = found(store, hostile)  # never raises, and matches the text literally
            if hostile.strip() and hostile.strip().lower() not in "nothing special here just words":
                assert plain not in result, hostile
            assert result == scanned(store, hostile), hostile
        assert raw(db_path, "SELECT count(*) FROM messages")[0][0] == 2 * (len(HOSTILE) + 1)


TEXT = st.text(alphabet="abcABCäÄöÖ周杰伦晴天 %_\"'*", max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TEXT, min_size=1, max_size=6), start=st.integers(0, 11), length=st.integers(1, 5))
def test_search_agrees_with_a_substring_scan(tmp_path: Path, texts: list[str], start: int, length: int) -> None:
    with HistoryStore.in_memory(tmp_path / "h.sqlite3") as store:
        for text in texts:
            talk(store, text, text[::-1])
        needle = texts[0][start:start + length] or texts[0]
        assert found(store, needle) == scanned(store, needle)


# ----------------------------------------------------------------------------------- kept in step

def test_index_follows_streamed_edits(store: HistoryStore, db_path: Path) -> None:
    conversation = store.create_conversation(BOT)
    recorder = store.recorder(conversation, "问一个问题")
    assert found(store, "问一个") == {conversation}  # the question is indexed when written
    recorder(AnswerDelta("m1", "第一部分"))
    recorder(AnswerDelta("m1", "草稿"))
    recorder(AnswerCompleted("m1", "第一部分定稿 FINAL"))
    recorder(AnswerDelta("m2", "second part"))
    assert found(store, "定稿") == set()  # streaming: the text is in chunks until the turn ends
    recorder(TurnCompleted("c", "chat", None))
    assert found(store, "定稿 final") == found(store, "SECOND PART") == {conversation}
    assert found(store, "部分草稿") == set()  # replaced by the completed text, never stored
    assert_in_step(store)


def test_index_follows_an_interrupted_answer(db_path: Path) -> None:
    store = HistoryStore(db_path)
    conversation = store.create_conversation(BOT)
    recorder = store.recorder(conversation, "q")
    recorder(AnswerDelta("m1", "cut off mid-"))
    recorder(AnswerDelta("m1", "sentence"))
    store.close()  # the app died mid-answer
    with HistoryStore(db_path) as reopened:  # recovery consolidates the chunks into the message
        assert found(reopened, "mid-sentence") == {conversation}
        assert_in_step(reopened)


def test_index_follows_renames_and_deletes(store: HistoryStore, db_path: Path) -> None:
    kept = talk(store, "keep this", "kept answer", title="旧标题")
    doomed = talk(store, "delete this 删除", "doomed answer")
    store.rename_conversation(kept, "新的名字")
    assert found(store, "旧标题") == set() and found(store, "新的名字") == found(store, "新的") == {kept}
    store.delete_conversation(doomed)  # messages go by the foreign-key cascade: the triggers still fire
    assert found(store, "doomed") == found(store, "删除") == set()
    assert found(store, "kept") == {kept}
    assert raw(db_path, "SELECT count(*) FROM message_search_docsize") == [(2,)]
    assert raw(db_path, "SELECT count(*) FROM title_search_docsize") == [(1,)]
    assert_in_step(store)


def assert_in_step(store: HistoryStore) -> None:
    """Every trigram of every stored text is found through the index for its own row, and nothing else is."""
    db = store._db
    for table, content, column in (("message_search", "messages", "text"), ("title_search", "conversations",
                                                                           "title")):
        rows = db.execute(f"SELECT id, {column} FROM {content}").fetchall()
        assert db.execute(f"SELECT count(*) FROM {table}_docsize").fetchone()[0] == len(rows)
        for row_id, text in rows:
            for i in range(max(len(text) - 2, 0)):
                phrase = '"' + text[i:i + 3].replace('"', '""') + '"'
                hits = {r[0] for r in db.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (phrase,))}
                assert row_id in hits, (table, text, text[i:i + 3])
                assert hits <= {r for r, t in rows if text[i:i + 3].lower() in t.lower()}


# -------------------------------------------------------------------------------------------- migration

def make_v2_file(path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """A history file exactly as the build before v3 wrote it: its two migrations, filled through the store."""
    with monkeypatch.context() as patch:
        patch.setattr(history, "MIGRATIONS", history.MIGRATIONS[:2])
        patch.setattr(history, "SCHEMA_VERSION", 2)
        with HistoryStore(path) as old:
            ids = {"music": talk(old, "晴天是谁唱的？", "是周杰伦的歌。"),
                   "volume": talk(old, "Turn the VOLUME down", "Done."),
                   "titled": talk(old, "hi", "hello", title="ÄBC Plan")}
            recorder = old.recorder(ids["volume"], "and louder?")
            recorder(AnswerDelta("m", "streaming when the app died"))
    assert raw(path, "PRAGMA user_version") == [(2,)]
    assert not raw(path, "SELECT name FROM sqlite_master WHERE name = 'message_search'")
    return ids


def test_migration_from_v2_backs_up_and_builds_the_index(db_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    ids = make_v2_file(db_path, monkeypatch)
    with caplog.at_level(logging.INFO, logger="coze_desktop.chat.history"), HistoryStore(db_path) as store:
        assert store.indexed
        assert found(store, "周杰伦") == found(store, "晴天") == {ids["music"]}
        assert found(store, "volume") == {ids["volume"]}
        assert found(store, "äbc plan") == {ids["titled"]}
        assert found(store, "app died") == {ids["volume"]}  # recovered after the index was built
        talk(store, "after the migration", "新的回答")
        assert len(found(store, "新的回答")) == 1
        assert_in_step(store)
    assert "migrated to schema version 4" in caplog.text
    backup = db_path.with_name("history.sqlite3.v2.bak")
    assert raw(backup, "PRAGMA user_version") == [(2,)]
    assert not raw(backup, "SELECT name FROM sqlite_master WHERE name = 'message_search'")
    assert raw(backup, "SELECT count(*) FROM conversations") == [(3,)]


def test_the_index_build_gives_the_wal_space_back(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_v2_file(db_path, monkeypatch)
    db = sqlite3.connect(db_path)
    with db:
        db.executemany("INSERT INTO messages (conversation_id, role, text, status, created_at)"
                       " VALUES (1, 'user', ?, 'complete', 0)", [(f"第{i}条 " + "测试文本 text " * 200,)
                                                                 for i in range(300)])
    db.close()
    with HistoryStore(db_path) as store:
        wal = db_path.with_name("history.sqlite3-wal").stat().st_size
        assert wal < 256 * 1024 < db_path.stat().st_size  # the build went through the WAL, then into the file
        assert found(store, "第299条") == {1}


def test_without_fts5_trigram_the_scan_answers_and_a_later_build_indexes(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(history, "search_index_supported", lambda: False)
        with HistoryStore(db_path) as store:
            assert not store.indexed
            music = talk(store, "晴天是谁唱的？", "是周杰伦的歌。")
            assert found(store, "周杰伦") == found(store, "晴天") == {music}
            assert found(store, "周杰伦的歌") == {music}
    assert raw(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert not raw(db_path, "SELECT name FROM sqlite_master WHERE name = 'message_search'")
    with HistoryStore(db_path) as store:  # this SQLite can: the index is built on open, after a backup
        assert store.indexed
        assert found(store, "周杰伦的歌") == {music}
        assert_in_step(store)
    assert raw(db_path.with_name(f"history.sqlite3.v{SCHEMA_VERSION}.bak"), "SELECT count(*) FROM messages") == [(2,)]


def test_the_support_probe_logs_when_sqlite_lacks_trigram(monkeypatch: pytest.MonkeyPatch,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    real_connect = sqlite3.connect

    class NoTrigram:
        def __init__(self, db: sqlite3.Connection) -> None:
            self._db = db

        def execute(self, sql: str) -> None:
            raise sqlite3.OperationalError("no such tokenizer: trigram")

        def close(self) -> None:
            self._db.close()

    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: NoTrigram(real_connect(*a, **k)))
    probe = history.search_index_supported.__wrapped__
    with caplog.at_level(logging.WARNING, logger="coze_desktop.chat.history"):
        assert probe() is False
    assert "no FTS5 trigram tokenizer" in caplog.text and "no such tokenizer" in caplog.text


# ----------------------------------------------------------------------------------- off the loop

async def test_find_runs_on_a_file_read_thread(store: HistoryStore, filled: dict[str, int],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[str] = []
    real = history._list_conversations

    def spy(db: sqlite3.Connection, *args: Any, **kwargs: Any) -> list[ConversationRow]:
        threads.append(threading.current_thread().name)
        return real(db, *args, **kwargs)

    monkeypatch.setattr(history, "_list_conversations", spy)
    rows = await store.find_conversations("周杰伦")
    assert rows is not None and [row.id for row in rows] == [filled["music"]]
    assert threads and threads[0].startswith("history-search") and threads[0] != threading.current_thread().name
    assert [row.id for row in await store.find_conversations("") or []] == [row.id for row in
                                                                              store.list_conversations()]


async def test_the_reader_sees_what_the_loop_just_wrote(store: HistoryStore) -> None:
    assert await store.find_conversations("later") == []
    later = talk(store, "written later", "ok")
    rows = await store.find_conversations("later")
    assert [row.id for row in rows or []] == [later]


async def test_stale_results_are_dropped(store: HistoryStore, filled: dict[str, int],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    real = history._list_conversations

    def slow_first(db: sqlite3.Connection, search: str, *args: Any, **kwargs: Any) -> list[ConversationRow]:
        if search == "周杰伦":
            release.wait(5)  # still running when the user types on
        return real(db, search, *args, **kwargs)

    monkeypatch.setattr(history, "_list_conversations", slow_first)
    first = asyncio.ensure_future(store.find_conversations("周杰伦"))
    await asyncio.sleep(0.05)
    second = asyncio.ensure_future(store.find_conversations("volume"))
    third = asyncio.ensure_future(store.find_conversations("äbc"))
    await asyncio.sleep(0)
    release.set()
    assert await first is None  # finished, but a newer query had started: dropped
    assert await second is None  # its turn came after a newer one was asked: skipped
    assert [row.id for row in await third or []] == [filled["german"]]


async def test_a_stale_running_query_is_interrupted(store: HistoryStore, filled: dict[str, int],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    started = threading.Event()
    real = history._list_conversations

    def endless(db: sqlite3.Connection, search: str, *args: Any, **kwargs: Any) -> list[ConversationRow]:
        if search == "forever":
            # started is set from inside the statement, so the interrupt cannot come before it runs
            db.create_function("running", 0, lambda: started.set())
            db.execute("WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r)"
                       " SELECT count(*) FROM r WHERE running() IS NULL")
        return real(db, search, *args, **kwargs)

    monkeypatch.setattr(history, "_list_conversations", endless)
    first = asyncio.ensure_future(store.find_conversations("forever"))
    assert await asyncio.to_thread(started.wait, 5)
    rows = await asyncio.wait_for(store.find_conversations("周杰伦"), 10)  # would never come without interrupt
    assert [row.id for row in rows or []] == [filled["music"]]
    assert await first is None


async def test_a_store_in_memory_searches_too(tmp_path: Path) -> None:
    with HistoryStore.in_memory(tmp_path / "h.sqlite3") as store:
        music = talk(store, "晴天", "周杰伦")
        assert [row.id for row in await store.find_conversations("周杰伦") or []] == [music]
        assert [row.id for row in await store.find_conversations("晴") or []] == [music]


async def test_a_read_only_copy_keeps_its_index(db_path: Path) -> None:
    with HistoryStore(db_path) as store:
        music = talk(store, "晴天", "周杰伦的歌")
    copy = history._read_only_copy(db_path, 1.0)  # what open_history shows when the file cannot be written
    assert copy is not None
    with HistoryStore.in_memory(db_path, copy_of=copy) as in_memory:
        assert in_memory.indexed
        assert [row.id for row in await in_memory.find_conversations("周杰伦的") or []] == [music]
    copy.close()


async def test_closing_stops_the_reader(store: HistoryStore) -> None:
    await store.find_conversations("anything")
    reader = store._reader
    assert reader is not None
    store.close()
    assert reader._executor._shutdown  # no thread left behind
    assert await store.find_conversations("anything") is None  # a search that comes after: no new thread
    assert store._reader is None
