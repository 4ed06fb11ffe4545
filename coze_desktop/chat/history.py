"""The local chat history: conversations, messages, sources, tool calls and drafts in one SQLite file."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import dataclasses
import errno
import functools
import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar

from .. import notices, settings
from ..api import CozeError, Message, RecallChunk, Usage
from ..private_files import create_private, is_disk_full, make_private, move_aside, private_dir
from ..redaction import redact
from .attachments import Attachment, remove_copies
from .events import (
    AnswerCompleted,
    AnswerDelta,
    ChoiceAnswered,
    FollowUpSuggested,
    ReasoningDelta,
    RecallSources,
    ToolCallFinished,
    TurnCancelled,
    TurnCompleted,
    TurnEvent,
    TurnFailed,
    TurnStarted,
    UsageReported,
)

log = logging.getLogger(__name__)

FILE_NAME = "history.sqlite3"
# The tool-call name a workflow Q&A question and its pick are kept under (ToolCall.REPLY_MESSAGE).
REPLY_MESSAGE = "reply_message"
# SQLite's companions of the file: moved aside with it, made private with it.
COMPANIONS = ("-wal", "-shm")
# How long a write waits for another program holding the file's lock before it fails (seconds). Bounded: the
# store runs on the event loop; a few seconds ride out a backup tool, not a second app that never lets go.
BUSY_TIMEOUT = 3.0
TITLE_LIMIT = 40
# How the engine's TurnOutcome.answer joins the answers of one turn; streamed reasoning is joined alike.
PART_SEPARATOR = "\n\n"

ANSWER, REASONING = "answer", "reasoning"


class Role(StrEnum):
    USER = "user"
    ASSISTANT = "assistant"


class MessageStatus(StrEnum):
    STREAMING = "streaming"
    COMPLETE = "complete"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"  # still streaming when the app died; the text is what had arrived


class HistoryWriteError(OSError):
    """The history file could not be written (disk full, read-only, locked). ``disk_full`` says which.

    ``reason`` is the short cause ("disk full", "read-only", "locked by another program", an OS error) that a
    notice shows as its detail; the message is the whole English sentence.
    """

    def __init__(self, message: str, *, disk_full: bool = False, reason: str = "") -> None:
        super().__init__(message)
        self.disk_full = disk_full
        self.reason = reason or message


class HistoryVersionError(RuntimeError):
    """The file was written by a newer Coze Desktop; it is left untouched."""


class HistoryDamaged(sqlite3.DatabaseError):
    """SQLite's integrity check found the file damaged (a truncated or overwritten page)."""


_SQLITE_LOCKED_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _write_error(exc: BaseException, path: Path) -> HistoryWriteError:
    """What a failed write means for the user, as a HistoryWriteError naming the file (never a raw sqlite3 error)."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # the primary code; extended codes carry more bits
    if code == sqlite3.SQLITE_FULL or is_disk_full(exc):
        return HistoryWriteError(f"Disk full: the history file {path} could not be written. Free some disk space "
                                 "and try again.", disk_full=True, reason="disk full")
    if code in _SQLITE_LOCKED_CODES:
        return HistoryWriteError(f"The history file {path} is locked by another program (another Coze Desktop, "
                                 "a backup or sync tool?). Close that program, or wait for it, and try again.",
                                 reason="locked by another program")
    if (code == sqlite3.SQLITE_READONLY or getattr(exc, "errno", None) in (errno.EROFS, errno.EACCES, errno.EPERM)
            or (code == sqlite3.SQLITE_CANTOPEN and not os.access(path.parent, os.W_OK))):
        return HistoryWriteError(f"The history file {path} is read-only, so nothing new can be saved. Check the "
                                 "permissions of the file and its folder, and that the disk is not mounted read-only.",
                                 reason="read-only")
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
    return HistoryWriteError(f"The history file {path} could not be written ({redact(reason)}).",
                             reason=redact(reason))


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _writes(method: Callable[Concatenate[HistoryStore, _P], _R]) -> Callable[Concatenate[HistoryStore, _P], _R]:
    """Turn any sqlite3 error of a write into a HistoryWriteError that says what happened and to which file."""

    @functools.wraps(method)
    def wrapper(self: HistoryStore, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise _write_error(exc, self.path) from exc

    return wrapper


# ----------------------------------------------------------------------------------------------- schema

_V1 = """
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    coze_conversation_id TEXT NOT NULL DEFAULT '',
    bot_id TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE INDEX conversations_by_update ON conversations (updated_at);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    coze_message_id TEXT NOT NULL DEFAULT '',
    chat_id TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    error_code INTEGER NOT NULL DEFAULT 0,
    error_hint TEXT NOT NULL DEFAULT '',
    logid TEXT NOT NULL DEFAULT '',
    input_tokens INTEGER NOT NULL DEFAULT 0,
    output_tokens INTEGER NOT NULL DEFAULT 0,
    total_tokens INTEGER NOT NULL DEFAULT 0,
    follow_ups TEXT NOT NULL DEFAULT '[]',
    created_at REAL NOT NULL
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);
-- Streamed text, one row per delta until the message is consolidated. No index on message_id on purpose:
-- the table only ever holds the messages in flight, and each index would make every delta's insert dearer.
CREATE TABLE chunks (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    part INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE recall_sources (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    slice TEXT NOT NULL,
    score REAL NOT NULL DEFAULT 0,
    document_name TEXT NOT NULL DEFAULT '',
    document_id TEXT NOT NULL DEFAULT '',
    dataset_name TEXT NOT NULL DEFAULT '',
    dataset_id TEXT NOT NULL DEFAULT '',
    link_title TEXT NOT NULL DEFAULT '',
    link_url TEXT NOT NULL DEFAULT '',
    chunk_index TEXT NOT NULL DEFAULT ''
);
CREATE INDEX recall_by_message ON recall_sources (message_id);
CREATE TABLE tool_calls (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    call_id TEXT NOT NULL,
    name TEXT NOT NULL,
    arguments TEXT NOT NULL,
    output TEXT NOT NULL,
    ok INTEGER NOT NULL,
    error TEXT NOT NULL DEFAULT '',
    seconds REAL NOT NULL DEFAULT 0
);
CREATE INDEX tool_calls_by_message ON tool_calls (message_id);
CREATE TABLE drafts (
    conversation_id INTEGER PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    updated_at REAL NOT NULL
);
"""

# v2: reasoning models' thinking, streamed like the answer (chunks of kind 'reasoning') and kept per message.
_V2 = """
ALTER TABLE messages ADD COLUMN reasoning TEXT NOT NULL DEFAULT '';
ALTER TABLE chunks ADD COLUMN kind TEXT NOT NULL DEFAULT 'answer';
"""

# v3: full-text search. FTS5 with the trigram tokenizer indexes every 3-character substring, so a query finds
# Chinese and English substrings alike (word tokenizers cannot split Chinese) and folds case (Ä = ä). External
# content tables: the index holds the trigrams only, the text stays in messages and conversations once. The
# triggers keep it in step with every write, whichever code path makes it, cascaded deletes included; a streaming
# message's text is '' until the turn ends (its deltas are in chunks), so it is indexed when it is consolidated.
_SEARCH_INDEX = """
CREATE VIRTUAL TABLE message_search USING fts5(text, content='messages', content_rowid='id', tokenize='trigram');
INSERT INTO message_search (message_search) VALUES ('rebuild');
CREATE TRIGGER message_search_insert AFTER INSERT ON messages BEGIN
    INSERT INTO message_search (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER message_search_delete AFTER DELETE ON messages BEGIN
    INSERT INTO message_search (message_search, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER message_search_update AFTER UPDATE OF text ON messages WHEN old.text IS NOT new.text BEGIN
    INSERT INTO message_search (message_search, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO message_search (rowid, text) VALUES (new.id, new.text);
END;
CREATE VIRTUAL TABLE title_search USING fts5(title, content='conversations', content_rowid='id', tokenize='trigram');
INSERT INTO title_search (title_search) VALUES ('rebuild');
CREATE TRIGGER title_search_insert AFTER INSERT ON conversations BEGIN
    INSERT INTO title_search (rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER title_search_delete AFTER DELETE ON conversations BEGIN
    INSERT INTO title_search (title_search, rowid, title) VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER title_search_update AFTER UPDATE OF title ON conversations WHEN old.title IS NOT new.title BEGIN
    INSERT INTO title_search (title_search, rowid, title) VALUES ('delete', old.id, old.title);
    INSERT INTO title_search (rowid, title) VALUES (new.id, new.title);
END;
"""
# The shortest query the trigram index can answer; shorter ones ("晴天") are a scan in SQL (see _search_filter).
TRIGRAM = 3


@functools.cache
def search_index_supported() -> bool:
    """Whether this Python's SQLite has FTS5 with the trigram tokenizer (SQLite ≥ 3.34 built with FTS5)."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute("CREATE VIRTUAL TABLE probe USING fts5(text, tokenize='trigram')")
        return True
    except sqlite3.Error as exc:
        log.warning("history search: SQLite %s has no FTS5 trigram tokenizer (%s); searching by scanning instead",
                    sqlite3.sqlite_version, exc)
        return False
    finally:
        db.close()


def _v3(db: sqlite3.Connection) -> str:
    """The search index, or nothing when SQLite cannot build it: the file still moves to v3 and is searched by
    a scan; a later build that can index it builds the index when it opens the file (_ensure_search_index)."""
    return _SEARCH_INDEX if search_index_supported() else ""


# v4 (issue 13): what the user attached to a question, in order. ``file_id`` is Coze's (valid for that account
# only); ``local_path`` is the app's private copy under the data folder, so the bubble can show an image and a
# question can be resent after the original file moved. Deleting a message deletes its attachment rows (the
# copies are removed by the code that deletes the message).
_V4 = """
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    mime TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    file_id TEXT NOT NULL DEFAULT '',
    local_path TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attachments_by_message ON attachments (message_id, position);
"""


# v5 (issue 13): answer versions, topic dividers and conversations imported from Coze.
# - ``kind``: 'message', or 'divider' for a "New topic" mark (role 'system', no text): the bot's context was
#   cleared on Coze there; kept in the conversation's order like any message.
# - ``reply_to``: the question (user message) an answer answers. Filled for the older files' answers from the
#   order (an answer follows its question), so every answer has one.
# - ``version_of``: the first version of the message this row is a later version of (NULL: a first version).
#   Regenerate adds an answer with version_of = the first answer; edit-and-resend adds a question and its answer,
#   each a version of the first question / answer of that place. ``superseded`` = 1: a newer version replaced it;
#   it is kept (browsable as ‹1/2›) but is not part of the conversation's line.
# - conversations ``source``: 'local' (started here) or 'coze' (imported from the user's conversations on Coze,
#   at ``imported_at``); an imported conversation that is continued is recorded as usual.
_V5 = """
ALTER TABLE messages ADD COLUMN kind TEXT NOT NULL DEFAULT 'message';
ALTER TABLE messages ADD COLUMN reply_to INTEGER REFERENCES messages (id) ON DELETE SET NULL;
ALTER TABLE messages ADD COLUMN version_of INTEGER REFERENCES messages (id) ON DELETE SET NULL;
ALTER TABLE messages ADD COLUMN superseded INTEGER NOT NULL DEFAULT 0;
UPDATE messages SET reply_to = (SELECT max(q.id) FROM messages AS q WHERE q.conversation_id = messages.conversation_id
                                AND q.role = 'user' AND q.id < messages.id)
    WHERE role = 'assistant';
CREATE INDEX messages_by_version ON messages (version_of) WHERE version_of IS NOT NULL;
ALTER TABLE conversations ADD COLUMN source TEXT NOT NULL DEFAULT 'local';
ALTER TABLE conversations ADD COLUMN imported_at REAL NOT NULL DEFAULT 0;
CREATE INDEX conversations_by_coze_id ON conversations (coze_conversation_id) WHERE coze_conversation_id != '';
"""


# MIGRATIONS[n] takes a file from version n to n + 1; append, never edit a released step. A step is a script,
# or a function of the connection returning one (for a step that depends on what this SQLite can do).
MIGRATIONS: list[str | Callable[[sqlite3.Connection], str]] = [_V1, _V2, _v3, _V4, _V5]
SCHEMA_VERSION = len(MIGRATIONS)


def default_path() -> Path:
    return settings.data_dir() / FILE_NAME


# ------------------------------------------------------------------------------------------------- rows

@dataclass(frozen=True, slots=True)
class ConversationRow:
    id: int
    bot_id: str
    title: str
    coze_conversation_id: str
    created_at: float
    updated_at: float
    source: str = "local"  # 'coze': imported from the user's conversations on Coze (at imported_at)
    imported_at: float = 0.0


@dataclass(frozen=True, slots=True)
class ToolCallRow:
    call_id: str
    name: str
    arguments: str
    output: str
    ok: bool
    error: str = ""
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class MessageRow:
    """One message; a bot message carries the whole turn's answer, sources and tool calls.

    ``recall`` holds the same RecallChunk objects the live turn showed, so one sources view serves both.
    """

    id: int
    conversation_id: int
    role: str
    text: str
    status: str
    created_at: float
    coze_message_id: str = ""
    chat_id: str = ""
    error: str = ""
    error_code: int = 0
    error_hint: str = ""
    logid: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    total_tokens: int = 0
    reasoning: str = ""
    follow_ups: tuple[str, ...] = ()
    kind: str = "message"  # DIVIDER: a "New topic" mark (the bot's context was cleared there)
    reply_to: int | None = None  # an answer's question
    version_of: int | None = None  # the first version of this place (None: this row is the first)
    superseded: bool = False  # a newer version replaced it
    version: int = 1  # 1-based among the versions of its place (see HistoryStore.versions)
    versions: int = 1
    recall: tuple[RecallChunk, ...] = ()
    tool_calls: tuple[ToolCallRow, ...] = ()
    attachments: tuple[Attachment, ...] = ()  # a question's images and files (v4), in order


_CONVERSATION_COLUMNS = "id, bot_id, title, coze_conversation_id, created_at, updated_at, source, imported_at"
MESSAGE, DIVIDER = "message", "divider"
_ASSISTANT = "assistant"  # Role.ASSISTANT as a plain str, for the per-row comparison
SYSTEM = "system"  # the role of a divider row


# ------------------------------------------------------------------------------------------- the store

class HistoryStore:
    """The history file, opened (created, migrated, recovered) on construction. One thread, the asyncio loop's;
    only :meth:`find_conversations` reads on a worker thread of its own, through its own read-only connection.

    Opening marks every message a previous run left ``streaming`` as ``interrupted``, keeping what had arrived.
    ``indexed`` says whether searches use the FTS5 trigram index (False: this SQLite lacks it; a scan answers).
    """

    def __init__(self, path: Path | None = None, *, clock: Callable[[], float] = time.time,
                 busy_timeout: float = BUSY_TIMEOUT) -> None:
        """Open the file strictly: raises sqlite3.Error, OSError or HistoryVersionError (see :func:`open_history`,
        which never raises)."""
        self.path = path or default_path()
        self._clock = clock
        self.persistent = True  # False: kept in memory, lost on quit (see in_memory)
        private_dir(self.path.parent)
        # Created 0600 before SQLite opens it: SQLite gives the -wal and -shm the main file's mode.
        create_private(self.path)
        for suffix in COMPANIONS:
            make_private(Path(f"{self.path}{suffix}"))
        _check_file(self.path, busy_timeout)
        self._busy_timeout = busy_timeout
        self._db = _connect(self.path, busy_timeout)
        try:
            _migrate(self._db, self.path)
            _recover_interrupted(self._db)
        except BaseException:
            self._db.close()
            raise
        self.indexed = _has_search_index(self._db)  # False: searched by a scan (no FTS5 trigram in this SQLite)
        self._search_serial = 0
        self._reader: _SearchReader | None = None
        self._closed = False

    @classmethod
    def in_memory(cls, path: Path | None = None, *, clock: Callable[[], float] = time.time,
                  copy_of: sqlite3.Connection | None = None) -> HistoryStore:
        """A store that lives in memory until quit; ``copy_of`` (a read-only view of the file) fills it.

        ``path`` is the file it stands in for, for messages; it is never written.
        """
        store = cls.__new__(cls)
        store.path, store._clock, store.persistent = path or default_path(), clock, False
        store._db = _connect(":memory:", 0)
        if copy_of is not None:
            copy_of.backup(store._db)
        try:
            _migrate(store._db, None)
        except HistoryVersionError:  # the copy is of a newer version's file: start empty instead
            store._db.close()
            return cls.in_memory(path, clock=clock)
        _recover_interrupted(store._db)
        store.indexed = _has_search_index(store._db)
        store._busy_timeout, store._search_serial, store._reader, store._closed = 0.0, 0, None, False
        return store

    def close(self) -> None:
        self._closed = True
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        self._db.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # --------------------------------------------------------------------------------- conversations

    @_writes
    def create_conversation(self, bot_id: str, title: str = "", coze_conversation_id: str = "") -> int:
        now = self._clock()
        cursor = _write(self._db, "INSERT INTO conversations (bot_id, title, coze_conversation_id, created_at,"
                        " updated_at) VALUES (?, ?, ?, ?, ?)",
                        (bot_id, _one_line(title), coze_conversation_id, now, now))
        return _last_id(cursor)

    @_writes
    def set_coze_conversation_id(self, local_id: int, coze_id: str) -> None:
        _write(self._db, "UPDATE conversations SET coze_conversation_id = ? WHERE id = ?", (coze_id, local_id))

    @_writes
    def rename_conversation(self, local_id: int, title: str) -> None:
        _write(self._db, "UPDATE conversations SET title = ? WHERE id = ?", (_one_line(title), local_id))

    @_writes
    def delete_conversation(self, local_id: int) -> None:
        """Delete the conversation with its messages, sources, tool calls and draft (foreign-key cascade), and
        the private copies of its attachments."""
        copies = [row["local_path"] for row in self._db.execute(
            "SELECT a.local_path FROM attachments AS a JOIN messages AS m ON m.id = a.message_id"
            " WHERE m.conversation_id = ?", (local_id,))]
        _write(self._db, "DELETE FROM conversations WHERE id = ?", (local_id,))
        remove_copies(copies)

    def get_conversation(self, local_id: int) -> ConversationRow | None:
        row = self._db.execute(f"SELECT {_CONVERSATION_COLUMNS} FROM conversations WHERE id = ?",
                               (local_id,)).fetchone()
        return ConversationRow(**row) if row else None

    def list_conversations(self, search: str = "", bot_id: str | None = None) -> list[ConversationRow]:
        """Newest first. ``search`` matches a substring of the title or of any message's text, case-insensitively
        (SQLite's Unicode case folding: Ä = ä, but ß ≠ ss); a message still streaming is found once its turn ends.

        Runs on the calling thread; the window uses :meth:`find_conversations`, which does not block the loop.
        """
        return _list_conversations(self._db, search, bot_id, indexed=self.indexed)

    def newest_conversation(self, bot_id: str | None = None) -> ConversationRow | None:
        """The most recently updated conversation (of ``bot_id``), without listing the others."""
        rows = _list_conversations(self._db, "", bot_id, indexed=self.indexed, limit=1)
        return rows[0] if rows else None

    async def find_conversations(self, search: str = "", bot_id: str | None = None) -> list[ConversationRow] | None:
        """:meth:`list_conversations` on a file-read thread, so a slow search never stalls the event loop.

        The newest call wins: an older call still waiting or running when a newer one starts returns None (a
        running query is interrupted), so results of a stale query are never shown. A store kept in memory
        has no file a second connection could read: it is searched on the loop's thread.
        """
        self._search_serial += 1
        serial = self._search_serial
        if self._closed:
            return None  # a search the window started just before it closed the store
        if not self.persistent:
            return self.list_conversations(search, bot_id)
        if self._reader is None:
            self._reader = _SearchReader(self.path, self._busy_timeout, self.indexed)
        self._reader.interrupt()  # whatever runs now answers an older query

        def current() -> bool:
            return serial == self._search_serial

        rows = await self._reader.run(search, bot_id, current)
        return rows if current() else None

    # -------------------------------------------------------------------------------------- messages

    def messages(self, local_id: int) -> list[MessageRow]:
        """The conversation's line, oldest first: its messages and dividers, without superseded versions (see
        :meth:`versions`); a message still streaming shows the text so far. A row with earlier versions says how
        many (``versions``; it is the newest, so ``version == versions``)."""
        recall = self._recall_by_message(local_id)
        tools = self._tool_calls_by_message(local_id)
        counts = {row[0]: row[1] + 1 for row in self._db.execute(
            "SELECT version_of, count(*) FROM messages WHERE conversation_id = ? AND version_of IS NOT NULL"
            " GROUP BY version_of", (local_id,))}
        rows = self._db.execute("SELECT * FROM messages WHERE conversation_id = ? AND superseded = 0 ORDER BY id",
                                (local_id,))
        found = []
        question = None
        user = str(Role.USER)  # a plain str: compared once per row
        for row in rows:
            message = self._message_row(row, recall.get(row["id"], ()), tools.get(row["id"], ()), question)
            if counts and (count := counts.get(row["version_of"] or row["id"], 1)) > 1:
                message = dataclasses.replace(message, version=count, versions=count)
            if row["role"] == user:
                question = message.id
            found.append(message)
        files = self._attachments_by_message(local_id)
        return [dataclasses.replace(m, attachments=files[m.id]) if m.id in files else m for m in found]

    def message(self, message_id: int) -> MessageRow | None:
        """One message with its sources, tool calls and attachments, superseded or not."""
        row = self._db.execute("SELECT * FROM messages WHERE id = ?", (message_id,)).fetchone()
        if row is None:
            return None
        local = row["conversation_id"]
        question = None
        if row["role"] == Role.ASSISTANT and row["reply_to"] is None:
            question = self._db.execute("SELECT max(id) FROM messages WHERE conversation_id = ? AND role = ?"
                                        " AND id < ?", (local, Role.USER, message_id)).fetchone()[0]
        message = self._message_row(row, self._recall_by_message(local).get(message_id, ()),
                                    self._tool_calls_by_message(local).get(message_id, ()), question)
        files = self._attachments_by_message(local).get(message_id)
        return dataclasses.replace(message, attachments=files) if files else message

    def versions(self, message_id: int) -> list[MessageRow]:
        """Every version of the place of ``message_id`` (the first, then each regenerated or edited one), oldest
        first, each with its ``version`` of ``versions``; an answer's question is its ``reply_to``."""
        row = self._db.execute("SELECT id, version_of FROM messages WHERE id = ?", (message_id,)).fetchone()
        if row is None:
            return []
        first = row["version_of"] or row["id"]
        ids = [r[0] for r in self._db.execute(
            "SELECT id FROM messages WHERE id = ? OR version_of = ? ORDER BY id", (first, first))]
        rows = [r for r in (self.message(i) for i in ids) if r is not None]
        return [dataclasses.replace(r, version=n, versions=len(rows)) for n, r in enumerate(rows, 1)]

    @_writes
    def add_divider(self, local_id: int) -> int:
        """A "New topic" mark at the end of the conversation: what follows was asked with a cleared context."""
        now = self._clock()
        with _transaction(self._db) as db:
            cursor = _write(db, "INSERT INTO messages (conversation_id, role, kind, text, status, created_at)"
                            " VALUES (?, ?, ?, '', ?, ?)", (local_id, SYSTEM, DIVIDER, MessageStatus.COMPLETE, now))
            _write(db, "UPDATE conversations SET updated_at = ? WHERE id = ?", (now, local_id))
        return _last_id(cursor)

    def coze_conversation_ids(self, bot_id: str) -> set[str]:
        """The Coze ids of this bot's local conversations (started here or imported)."""
        return {row[0] for row in self._db.execute(
            "SELECT coze_conversation_id FROM conversations WHERE bot_id = ? AND coze_conversation_id != ''",
            (bot_id,))}

    def find_by_coze_id(self, coze_id: str) -> ConversationRow | None:
        row = self._db.execute(f"SELECT {_CONVERSATION_COLUMNS} FROM conversations WHERE coze_conversation_id = ?"
                               " ORDER BY id LIMIT 1", (coze_id,)).fetchone() if coze_id else None
        return ConversationRow(**row) if row else None

    @_writes
    def import_conversation(self, bot_id: str, coze_id: str, title: str, messages: Iterable[Message],
                            created_at: float = 0.0) -> int:
        """Store a conversation from the user's Coze account, marked ``source = 'coze'``, in one transaction.

        ``messages`` oldest first, as Coze lists them: questions and answers are kept (tool calls, verbose
        messages and follow-up suggestions are not part of what a reader sees); a change of Coze's context
        section between two messages (a clear) becomes a divider. Importing a Coze id already here returns
        that conversation untouched: local history is the source of truth for what this app saw.
        """
        if (existing := self.find_by_coze_id(coze_id)) is not None:
            return existing.id
        now = self._clock()
        kept = [m for m in messages if m.type in ("question", "answer") and m.role in (Role.USER, Role.ASSISTANT)]
        first_question = next((_imported_text(m) for m in kept if m.role == Role.USER), "")
        with _transaction(self._db) as db:
            created = created_at or (kept[0].created_at if kept else 0) or now
            updated = max([float(m.created_at) for m in kept] + [created])
            local = _last_id(_write(
                db, "INSERT INTO conversations (bot_id, title, coze_conversation_id, created_at, updated_at, source,"
                " imported_at) VALUES (?, ?, ?, ?, ?, 'coze', ?)",
                (bot_id, _one_line(title) or _title_from(first_question), coze_id, created, updated, now)))
            question: int | None = None
            section = kept[0].section_id if kept else ""
            for m in kept:
                stamp = float(m.created_at) or now
                if m.section_id and section and m.section_id != section:
                    _write(db, "INSERT INTO messages (conversation_id, role, kind, text, status, created_at)"
                           " VALUES (?, ?, ?, '', ?, ?)", (local, SYSTEM, DIVIDER, MessageStatus.COMPLETE, stamp))
                section = m.section_id or section
                cursor = _write(
                    db, "INSERT INTO messages (conversation_id, role, text, status, coze_message_id, chat_id,"
                    " reasoning, reply_to, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (local, m.role, _imported_text(m), MessageStatus.COMPLETE, m.id, m.chat_id, m.reasoning_content,
                     question if m.role == Role.ASSISTANT else None, stamp))
                if m.role == Role.USER:
                    question = _last_id(cursor)
        return local

    def _attachments_by_message(self, local_id: int) -> dict[int, tuple[Attachment, ...]]:
        rows = self._db.execute(
            "SELECT a.* FROM attachments AS a JOIN messages AS m ON m.id = a.message_id"
            " WHERE m.conversation_id = ? ORDER BY a.message_id, a.position", (local_id,))
        return _grouped(rows, lambda r: Attachment(r["kind"], r["name"], r["mime"], r["size"], r["local_path"],
                                                   r["file_id"]))

    def _message_row(self, row: sqlite3.Row, recall: tuple[RecallChunk, ...], tools: tuple[ToolCallRow, ...],
                     question: int | None = None) -> MessageRow:
        """``question``: the answer's question when the row does not name it (a turn recorded as usual: the user
        message just before it; regenerated, edited and imported answers name theirs in ``reply_to``)."""
        text, reasoning = row["text"], row["reasoning"]
        if row["status"] == MessageStatus.STREAMING:
            text, reasoning = _assembled(self._db, row["id"])
        reply_to = row["reply_to"]
        if reply_to is None and row["role"] == _ASSISTANT:
            reply_to = question
        return MessageRow(
            id=row["id"], conversation_id=row["conversation_id"], role=row["role"], text=text, status=row["status"],
            created_at=row["created_at"], coze_message_id=row["coze_message_id"], chat_id=row["chat_id"],
            error=row["error"], error_code=row["error_code"], error_hint=row["error_hint"], logid=row["logid"],
            input_tokens=row["input_tokens"], output_tokens=row["output_tokens"], total_tokens=row["total_tokens"],
            reasoning=reasoning, follow_ups=tuple(json.loads(row["follow_ups"])), recall=recall, tool_calls=tools,
            kind=row["kind"], reply_to=reply_to, version_of=row["version_of"], superseded=bool(row["superseded"]),
        )

    def _recall_by_message(self, local_id: int) -> dict[int, tuple[RecallChunk, ...]]:
        rows = self._db.execute(
            "SELECT r.* FROM recall_sources AS r JOIN messages AS m ON m.id = r.message_id"
            " WHERE m.conversation_id = ? ORDER BY r.id", (local_id,))
        return _grouped(rows, lambda r: RecallChunk(
            slice=r["slice"], score=r["score"], document_name=r["document_name"], document_id=r["document_id"],
            dataset_name=r["dataset_name"], dataset_id=r["dataset_id"], link_title=r["link_title"],
            link_url=r["link_url"], index=r["chunk_index"]))

    def _tool_calls_by_message(self, local_id: int) -> dict[int, tuple[ToolCallRow, ...]]:
        rows = self._db.execute(
            "SELECT t.* FROM tool_calls AS t JOIN messages AS m ON m.id = t.message_id"
            " WHERE m.conversation_id = ? ORDER BY t.id", (local_id,))
        return _grouped(rows, lambda r: ToolCallRow(r["call_id"], r["name"], r["arguments"], r["output"],
                                                    bool(r["ok"]), r["error"], r["seconds"]))

    @_writes
    def recorder(self, conversation_local_id: int, user_text: str,
                 attachments: Iterable[Attachment] = ()) -> TurnRecorder:
        """Store ``user_text`` (with its ``attachments``) and an empty streaming bot message; the recorder fills
        it from the turn's events."""
        return TurnRecorder(self._db, self._clock, conversation_local_id, user_text, self.path, tuple(attachments))

    @_writes
    def regenerate_recorder(self, answer_id: int) -> TurnRecorder:
        """A turn that answers the question of ``answer_id`` again: the new answer is its next version and the
        old one is superseded (kept, browsable). Only the conversation's last answer can be regenerated."""
        question, answer = self._last_turn(answer_id, "regenerated")
        return _VersionRecorder(self._db, self._clock, answer.conversation_id, question.text, self.path,
                                question=question, answer=answer, edited=False)

    @_writes
    def edit_recorder(self, question_id: int, text: str) -> TurnRecorder:
        """A turn that asks ``text`` in place of the question ``question_id`` (its attachments kept): the new
        question and its answer are the next versions of the old ones, which are superseded. Only the last
        question can be edited."""
        answer = self._db.execute("SELECT max(m.id) FROM messages AS m JOIN messages AS q ON q.id = ?"
                                  " WHERE m.conversation_id = q.conversation_id AND m.superseded = 0",
                                  (question_id,)).fetchone()[0]
        if answer is None:
            raise LookupError(f"question {question_id} has no answer to replace")
        question, last = self._last_turn(answer, "edited")
        if question.id != question_id:
            raise LookupError(f"message {question_id} is not the last question")
        return _VersionRecorder(self._db, self._clock, last.conversation_id, text, self.path,
                                question=question, answer=last, edited=True)

    def _last_turn(self, answer_id: int, what: str) -> tuple[MessageRow, MessageRow]:
        answer = self.message(answer_id)
        if answer is None or answer.role != Role.ASSISTANT or answer.superseded or answer.reply_to is None:
            raise LookupError(f"message {answer_id} is not a current answer")
        last = self._db.execute("SELECT max(id) FROM messages WHERE conversation_id = ? AND superseded = 0",
                                (answer.conversation_id,)).fetchone()[0]
        question = self.message(answer.reply_to)
        if last != answer_id or question is None:
            raise LookupError(f"only the last answer of a conversation can be {what}")
        return question, answer

    # ---------------------------------------------------------------------------------------- drafts

    @_writes
    def set_draft(self, local_id: int, text: str) -> None:
        if not text:
            _write(self._db, "DELETE FROM drafts WHERE conversation_id = ?", (local_id,))
            return
        _write(self._db, "INSERT INTO drafts (conversation_id, text, updated_at) VALUES (?, ?, ?)"
               " ON CONFLICT (conversation_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
               (local_id, text, self._clock()))

    def attachment_paths(self) -> set[str]:
        """Every attachment copy the history refers to (what a clean-up of the copies folder must keep)."""
        return {row[0] for row in self._db.execute("SELECT local_path FROM attachments WHERE local_path != ''")}

    def draft(self, local_id: int) -> str:
        row = self._db.execute("SELECT text FROM drafts WHERE conversation_id = ?", (local_id,)).fetchone()
        return row["text"] if row else ""

    # ---------------------------------------------------------------------------------------- export

    def export_markdown(self, local_id: int) -> str:
        conversation = self.get_conversation(local_id)
        if conversation is None:
            raise LookupError(f"no conversation {local_id}")
        blocks = [f"# {_one_line(conversation.title) or 'Untitled conversation'}"]
        blocks += [_message_markdown(message) for message in self.messages(local_id)]
        return "\n\n".join(blocks) + "\n"


# --------------------------------------------------------------------------------- opening, never failing

def open_history(path: Path | None = None, *, clock: Callable[[], float] = time.time,
                 busy_timeout: float = BUSY_TIMEOUT) -> HistoryStore:
    """The history the window uses. Never raises: whatever is wrong with the file, the app starts.

    - damaged (not SQLite, truncated, a folder in its place): moved aside with its -wal/-shm, never deleted,
      and a new file started;
    - written by a newer version: left untouched; this session is kept in memory;
    - cannot be written (read-only, disk full, locked, no permission): what can be read is shown from an
      in-memory copy, and nothing new is saved.
    Each case adds a notice naming the file.
    """
    path = path or default_path()
    try:
        return HistoryStore(path, clock=clock, busy_timeout=busy_timeout)
    except HistoryVersionError:
        notices.add(notices.HISTORY_NEWER, path)
        return HistoryStore.in_memory(path, clock=clock)
    except Exception as exc:  # every failure has a way to start; the reason goes to the notice
        problem = exc
    if _damaged(problem, path):
        return _replace_damaged(path, problem, clock, busy_timeout)
    error = _write_error(problem, path)
    copy = None if _is_locked(problem) else _read_only_copy(path, busy_timeout)
    if _is_locked(problem):
        notices.add(notices.HISTORY_LOCKED, path)
    elif copy is not None:
        notices.add(notices.HISTORY_READ_ONLY, path, error.reason)
    else:
        notices.add(notices.HISTORY_IN_MEMORY, path, error.reason)
    log.warning("history %s opened in memory: %r", path, problem)
    try:
        return HistoryStore.in_memory(path, clock=clock, copy_of=copy)
    finally:
        if copy is not None:
            copy.close()


def _damaged(exc: BaseException, path: Path) -> bool:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return (path.is_dir() or isinstance(exc, HistoryDamaged)
            or code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB))


def _is_locked(exc: BaseException) -> bool:
    return getattr(exc, "sqlite_errorcode", 0) & 0xFF in _SQLITE_LOCKED_CODES


def _replace_damaged(path: Path, problem: BaseException, clock: Callable[[], float],
                     busy_timeout: float) -> HistoryStore:
    if path.is_dir():
        reason = "a folder is in its place"
    elif isinstance(problem, HistoryDamaged):
        reason = "SQLite's integrity check failed"  # its own report is pages and btrees: the log has it
    else:
        reason = redact(str(problem).splitlines()[0] if str(problem) else type(problem).__name__)
    try:
        moved = move_aside(path, COMPANIONS)
    except OSError as exc:
        notices.add(notices.HISTORY_NOT_MOVED, path,
                    f"{reason}; moving it aside failed: {exc.strerror or type(exc).__name__}")
        return HistoryStore.in_memory(path, clock=clock)
    log.warning("history %s damaged (%r): moved to %s", path, problem, moved)
    try:
        store = HistoryStore(path, clock=clock, busy_timeout=busy_timeout)
    except Exception as exc:  # e.g. the disk is full too: still start
        notices.add(notices.HISTORY_MOVED_NOT_REPLACED, moved,
                    f"{reason}; a new file could not be created: {_write_error(exc, path).reason}")
        return HistoryStore.in_memory(path, clock=clock)
    notices.add(notices.HISTORY_MOVED, moved, reason)
    return store


def _read_only_copy(path: Path, busy_timeout: float) -> sqlite3.Connection | None:
    """The file's content in memory, read without writing anything (not even -shm), or None when unreadable."""
    if not path.is_file():
        return None
    uri = path.resolve().as_uri()
    # mode=ro reads the WAL too; immutable=1 is for a read-only mount where SQLite cannot create its -shm.
    for query in ("?mode=ro", "?mode=ro&immutable=1"):
        try:
            source = sqlite3.connect(uri + query, uri=True, timeout=busy_timeout)
        except sqlite3.Error:
            continue
        try:
            _check(source)
            copy = sqlite3.connect(":memory:", isolation_level=None)
            source.backup(copy)
            return copy
        except sqlite3.Error as exc:
            log.info("history %s not readable with %s: %s", path, query, exc)
        finally:
            source.close()
    return None


# ------------------------------------------------------------------------------------------ the recorder

@dataclass
class _Parts:
    """One kind of streamed text of a turn, by Coze message id in arrival order, as TurnOutcome.answers.

    Pieces are kept as lists and joined on demand: ``text += delta`` would copy the whole answer per delta.
    """

    pieces: dict[str, list[str]] = field(default_factory=dict)

    def add(self, key: str, text: str) -> int:
        """Append ``text`` to ``key``; return the position of ``key`` in the turn, its ``part`` in the chunks."""
        self.pieces.setdefault(key, []).append(text)
        return list(self.pieces).index(key)

    def replace(self, key: str, text: str) -> int:
        self.pieces[key] = [text]
        return list(self.pieces).index(key)

    def first_key(self) -> str:
        return next(iter(self.pieces), "")

    def joined(self) -> str:
        return _join_parts("".join(pieces) for pieces in self.pieces.values())


class TurnRecorder:
    """An engine observer that writes one turn into the history as its events arrive.

    Every delta is committed before the call returns, so whatever the observer chain showed survives a crash.
    A write that fails (disk full, file locked) never reaches the turn: the events go on to the window, the
    failure is logged and noticed once (``error``), and the end of the turn writes the whole text again from
    memory, so the saved message is complete if the disk has room again by then.
    """

    def __init__(self, db: sqlite3.Connection, clock: Callable[[], float], conversation_id: int,
                 user_text: str, path: Path | None = None, attachments: tuple[Attachment, ...] = ()) -> None:
        self._db = db
        self._clock = clock
        self.path = path or default_path()
        self.conversation_id = conversation_id
        self._answers = _Parts()
        self._reasoning = _Parts()
        self._follow_ups: list[str] = []
        self.finished = False
        self.error: HistoryWriteError | None = None  # the first write that failed during the turn
        self.user_message_id, self.message_id = self._begin(user_text, attachments)

    def _begin(self, user_text: str, attachments: tuple[Attachment, ...] = ()) -> tuple[int, int]:
        now = self._clock()
        with _transaction(self._db) as db:
            row = db.execute("SELECT title FROM conversations WHERE id = ?", (self.conversation_id,)).fetchone()
            if row is None:
                raise LookupError(f"no conversation {self.conversation_id}")
            title = row["title"] or _title_from(user_text)
            _write(db, "UPDATE conversations SET title = ?, updated_at = ? WHERE id = ?",
                   (title, now, self.conversation_id))
            insert = "INSERT INTO messages (conversation_id, role, text, status, created_at) VALUES (?, ?, ?, ?, ?)"
            user = _write(db, insert, (self.conversation_id, Role.USER, user_text, MessageStatus.COMPLETE, now))
            for position, a in enumerate(attachments):
                _write(db, "INSERT INTO attachments (message_id, position, kind, name, mime, size, file_id, local_path)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (_last_id(user), position, a.kind, a.name, a.mime, a.size, a.file_id, a.path))
            bot = _write(db, insert, (self.conversation_id, Role.ASSISTANT, "", MessageStatus.STREAMING, now))
        return _last_id(user), _last_id(bot)

    def __call__(self, event: TurnEvent) -> None:
        if self.finished:
            log.debug("ignoring %s after the end of the turn", type(event).__name__)
            return
        try:
            self._record(event)
        except (sqlite3.Error, OSError) as exc:
            error = exc if isinstance(exc, HistoryWriteError) else _write_error(exc, self.path)
            log.warning("history: could not record %s: %s", type(event).__name__, error)
            if self.error is None:
                self.error = error
                if error.disk_full:
                    notices.add(notices.HISTORY_DISK_FULL, self.path)
                else:
                    notices.add(notices.HISTORY_NOT_RECORDED, self.path, error.reason)

    def _record(self, event: TurnEvent) -> None:
        match event:
            case TurnStarted():
                self._started(event.conversation_id, event.chat_id)
            case AnswerDelta():
                self._append(ANSWER, self._answers, event.message_id, event.text)
            case ReasoningDelta():
                self._append(REASONING, self._reasoning, event.message_id, event.text)
            case AnswerCompleted():
                self._answer_completed(event.message_id, event.text)
            case RecallSources():
                self._recall(event.chunks)
            case ToolCallFinished():
                self._tool_call(event)
            case ChoiceAnswered():
                self._choice(event)
            case FollowUpSuggested():
                self._follow_up(event.text)
            case UsageReported():
                self._usage(event.usage)
            case TurnCompleted():
                self._finish(MessageStatus.COMPLETE, usage=event.usage)
            case TurnFailed():
                self._finish(MessageStatus.FAILED, error=event.error)
            case TurnCancelled():
                self._finish(MessageStatus.CANCELLED)
            # StreamWarning and ToolCallStarted leave no trace: the finished call is what gets recorded.

    def _started(self, coze_conversation_id: str, chat_id: str) -> None:
        with _transaction(self._db) as db:
            _write(db, "UPDATE conversations SET coze_conversation_id = ? WHERE id = ? AND coze_conversation_id = ''",
                   (coze_conversation_id, self.conversation_id))
            _write(db, "UPDATE messages SET chat_id = ? WHERE id IN (?, ?)",
                   (chat_id, self.user_message_id, self.message_id))

    def _append(self, kind: str, parts: _Parts, key: str, text: str) -> None:
        part = parts.add(key, text)
        if text:
            # One committed INSERT per delta: constant cost however long the answer grows.
            _write(self._db, "INSERT INTO chunks (message_id, kind, part, text) VALUES (?, ?, ?, ?)",
                   (self.message_id, kind, part, text))

    def _answer_completed(self, key: str, text: str) -> None:
        """The completed text replaces that answer's deltas, in place among the turn's answers."""
        part = self._answers.replace(key, text)
        with _transaction(self._db) as db:
            _write(db, "DELETE FROM chunks WHERE message_id = ? AND kind = ? AND part = ?",
                   (self.message_id, ANSWER, part))
            if text:
                _write(db, "INSERT INTO chunks (message_id, kind, part, text) VALUES (?, ?, ?, ?)",
                       (self.message_id, ANSWER, part, text))

    def _recall(self, chunks: Iterable[RecallChunk]) -> None:
        with _transaction(self._db) as db:
            for c in chunks:
                _write(db, "INSERT INTO recall_sources (message_id, slice, score, document_name, document_id,"
                       " dataset_name, dataset_id, link_title, link_url, chunk_index)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (self.message_id, c.slice, c.score, c.document_name, c.document_id, c.dataset_name,
                        c.dataset_id, c.link_title, c.link_url, c.index))

    def _tool_call(self, event: ToolCallFinished) -> None:
        call, result = event.call, event.result
        _write(self._db, "INSERT INTO tool_calls (message_id, call_id, name, arguments, output, ok, error, seconds)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               (self.message_id, call.id, call.name, call.arguments, result.output, result.ok, result.error,
                result.seconds))

    def _choice(self, event: ChoiceAnswered) -> None:
        """A Q&A question and its pick, kept as a ``reply_message`` tool-call row: the question and options as
        the arguments, the pick (or why there was none) as the output."""
        q = event.question
        arguments = json.dumps({"question": q.question, "options": list(q.options)}, ensure_ascii=False)
        _write(self._db, "INSERT INTO tool_calls (message_id, call_id, name, arguments, output, ok, error, seconds)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               (self.message_id, q.call_id, REPLY_MESSAGE, arguments, event.answer, event.ok,
                "" if event.ok else event.answer, 0.0))

    def _follow_up(self, text: str) -> None:
        self._follow_ups.append(text)
        _write(self._db, "UPDATE messages SET follow_ups = ? WHERE id = ?",
               (json.dumps(self._follow_ups, ensure_ascii=False), self.message_id))

    def _usage(self, usage: Usage) -> None:
        _write(self._db, "UPDATE messages SET input_tokens = ?, output_tokens = ?, total_tokens = ? WHERE id = ?",
               (usage.input_count, usage.output_count, usage.token_count, self.message_id))

    def _finish(self, status: MessageStatus, *, usage: Usage | None = None, error: CozeError | None = None) -> None:
        """Consolidate: the joined text goes into the message row and its chunks go, in one transaction."""
        with _transaction(self._db) as db:
            _write(db, "UPDATE messages SET status = ?, text = ?, reasoning = ?, coze_message_id = ? WHERE id = ?",
                   (status, self._answers.joined(), self._reasoning.joined(), self._answers.first_key(),
                    self.message_id))
            if usage is not None:
                self._usage(usage)
            if error is not None:
                _write(db, "UPDATE messages SET error = ?, error_code = ?, error_hint = ?, logid = ? WHERE id = ?",
                       (_redacted(str(error)), error.code, _redacted(error.hint), error.logid, self.message_id))
            _write(db, "DELETE FROM chunks WHERE message_id = ?", (self.message_id,))
            _write(db, "UPDATE conversations SET updated_at = ? WHERE id = ?", (self._clock(), self.conversation_id))
        self.finished = True


class _VersionRecorder(TurnRecorder):
    """A turn that replaces the last answer (regenerate) or the last question and its answer (edit) in place:
    new rows that are the next versions of the old ones, which are marked superseded, all in one transaction."""

    def __init__(self, db: sqlite3.Connection, clock: Callable[[], float], conversation_id: int, user_text: str,
                 path: Path | None, *, question: MessageRow, answer: MessageRow, edited: bool) -> None:
        self._old_question, self._old_answer, self._edited = question, answer, edited
        super().__init__(db, clock, conversation_id, user_text, path)

    def _begin(self, user_text: str, attachments: tuple[Attachment, ...] = ()) -> tuple[int, int]:
        now = self._clock()
        question, answer = self._old_question, self._old_answer
        insert = ("INSERT INTO messages (conversation_id, role, text, status, reply_to, version_of, created_at)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?)")
        with _transaction(self._db) as db:
            superseded = [answer.id]
            user_id = question.id
            if self._edited:
                superseded.append(question.id)
                user_id = _last_id(_write(db, insert, (self.conversation_id, Role.USER, user_text,
                                                       MessageStatus.COMPLETE, None, question.version_of or question.id,
                                                       now)))
                # The edited question keeps what was attached to it (the same private copies and file ids).
                _write(db, "INSERT INTO attachments (message_id, position, kind, name, mime, size, file_id,"
                       " local_path) SELECT ?, position, kind, name, mime, size, file_id, local_path FROM attachments"
                       " WHERE message_id = ?", (user_id, question.id))
            for message_id in superseded:
                _write(db, "UPDATE messages SET superseded = 1 WHERE id = ?", (message_id,))
            bot = _write(db, insert, (self.conversation_id, Role.ASSISTANT, "", MessageStatus.STREAMING, user_id,
                                      answer.version_of or answer.id, now))
            _write(db, "UPDATE conversations SET updated_at = ? WHERE id = ?", (now, self.conversation_id))
        return user_id, _last_id(bot)


def _imported_text(message: Message) -> str:
    """A Coze message's text: plain text as is; a multimodal question's text parts, its files by name."""
    if message.content_type != "object_string":
        return message.content
    try:
        items = json.loads(message.content)
    except ValueError:
        return message.content
    parts = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        if item.get("type") == "text":
            parts.append(str(item.get("text") or ""))
        elif item.get("type") in ("image", "file"):
            parts.append(f"[{item.get('type')}: {item.get('name') or item.get('file_id') or item.get('file_url')}]")
    return "\n".join(p for p in parts if p)


# --------------------------------------------------------------------------------------- SQLite plumbing

def _connect(path: Path | str, busy_timeout: float) -> sqlite3.Connection:
    # Autocommit: every statement outside an explicit BEGIN is its own committed transaction.
    db = sqlite3.connect(path, isolation_level=None, timeout=busy_timeout)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000):d}")
    db.create_function("fold", 1, str.casefold, deterministic=True)
    return db


def _check_file(path: Path, busy_timeout: float) -> None:
    """Raise when the file is damaged, before a writable connection touches it: closing one would checkpoint
    into a damaged file or delete its -wal, which must go aside with it."""
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=busy_timeout)
    except sqlite3.Error:
        return  # not even readable: the writable open that follows says why
    try:
        _check(db)
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF != sqlite3.SQLITE_CANTOPEN:  # e.g. no -shm on a read-only mount
            raise
    finally:
        db.close()


def _check(db: sqlite3.Connection) -> None:
    """Raise HistoryDamaged when the file is not sound (a truncated file opens, then fails page by page).

    quick_check reads every page once without checking indexes against tables: a few ms per MB.
    """
    result = db.execute("PRAGMA quick_check(1)").fetchone()[0]
    if result != "ok":
        raise HistoryDamaged(f"integrity check failed: {result}")


def _use_wal(db: sqlite3.Connection) -> None:
    # WAL + synchronous=NORMAL: a commit is one append to the log, no fsync, and survives the process dying;
    # only an OS crash or power loss can take the last few commits.
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")


def _migrate(db: sqlite3.Connection, path: Path | None) -> None:
    """Bring the schema up to date; ``path`` None: an in-memory copy, which gets no backup file."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise HistoryVersionError(f"{path} has schema version {version}; this build knows up to {SCHEMA_VERSION}")
    if 0 < version < SCHEMA_VERSION and path is not None:
        _backup(db, path.with_name(f"{path.name}.v{version}.bak"))
    _use_wal(db)
    for target, step in enumerate(MIGRATIONS[version:], start=version + 1):
        started = time.perf_counter()
        _run_migration(db, step if isinstance(step, str) else step(db), target)
        log.info("history %s migrated to schema version %d in %.0f ms", path or "in memory", target,
                 (time.perf_counter() - started) * 1000)
    if version == SCHEMA_VERSION:
        _ensure_search_index(db, path)
    elif path is not None:
        # A migration is one big transaction (building the search index of a large history writes tens of MB
        # into the WAL): copy it into the file now and give the WAL's disk space back.
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _has_search_index(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'message_search'").fetchone() is not None


def _ensure_search_index(db: sqlite3.Connection, path: Path | None) -> None:
    """Build the search index of a current file migrated by a build whose SQLite could not (no FTS5 trigram)."""
    if _has_search_index(db) or not search_index_supported():
        return
    if path is not None:
        _backup(db, path.with_name(f"{path.name}.v{SCHEMA_VERSION}.bak"))
    started = time.perf_counter()
    db.executescript(f"BEGIN IMMEDIATE;\n{_SEARCH_INDEX}\nCOMMIT;")
    if path is not None:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # as after a migration: give the WAL's space back
    log.info("history %s: search index built in %.0f ms", path or "in memory", (time.perf_counter() - started) * 1000)


def _backup(db: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of the whole database (the backup API, so the WAL's content is included)."""
    create_private(target)
    copy = sqlite3.connect(target)
    try:
        db.backup(copy)
    finally:
        copy.close()
    log.info("history backed up to %s before migrating", target)


def _run_migration(db: sqlite3.Connection, script: str, target: int) -> None:
    # The schema change and the version bump commit together, or not at all.
    try:
        db.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {target:d};\nCOMMIT;")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _list_conversations(db: sqlite3.Connection, search: str, bot_id: str | None, *,
                        indexed: bool, limit: int = -1) -> list[ConversationRow]:
    condition, params = _search_filter(search.strip(), indexed=indexed)
    rows = db.execute(
        f"SELECT {_CONVERSATION_COLUMNS} FROM conversations AS c WHERE (:bot IS NULL OR c.bot_id = :bot)"
        f" AND ({condition}) ORDER BY c.updated_at DESC, c.id DESC LIMIT :limit",
        {"bot": bot_id, "limit": limit, **params},
    )
    return [ConversationRow(**row) for row in rows]


def _search_filter(needle: str, *, indexed: bool) -> tuple[str, dict[str, str]]:
    """The WHERE condition on conversations ``c`` that ``needle`` asks for, and its parameters.

    The user's text is only ever a bound parameter: quoted as one FTS5 phrase (its own quotes doubled, so
    ``NEAR(``, ``*``, ``AND`` are text), or a LIKE pattern with ``%``, ``_`` and ``\\`` escaped.
    """
    if not needle:
        return "1", {}
    if indexed and len(needle) >= TRIGRAM and "\0" not in needle:  # FTS5's query parser stops at a NUL
        # A quoted phrase of a trigram table matches exactly the rows holding that substring, case folded.
        phrase = '"' + needle.replace('"', '""') + '"'
        return ("c.id IN (SELECT rowid FROM title_search WHERE title_search MATCH :phrase)"
                " OR c.id IN (SELECT m.conversation_id FROM message_search JOIN messages AS m"
                "   ON m.id = message_search.rowid WHERE message_search MATCH :phrase)"), {"phrase": phrase}
    if len(needle) >= TRIGRAM:
        # No index (SQLite without FTS5 trigram), or a NUL in the query: the scan through Python's casefold that
        # predates the index.
        return ("instr(fold(c.title), :needle) OR EXISTS (SELECT 1 FROM messages AS m"
                " WHERE m.conversation_id = c.id AND instr(fold(m.text), :needle))"), {"needle": needle.casefold()}
    # Shorter than a trigram (common in Chinese: "晴天"): no index can answer, so a scan, but in SQLite's C code.
    # LIKE folds ASCII only; the few case variants of a 1-2 character needle's other letters are spelled out.
    # A needle without ASCII letters (Chinese) needs no folding at all: instr, which compares bytes, is faster.
    variants = sorted(_case_variants(needle))
    params = {f"v{i}": variant for i, variant in enumerate(variants)}
    if any(ch.isascii() and ch.isalpha() for ch in needle):
        params = {key: "%" + _like_escaped(value) + "%" for key, value in params.items()}
        test = "{column} LIKE :{key} ESCAPE '\\'"
    else:
        test = "instr({column}, :{key}) > 0"

    def any_variant(column: str) -> str:
        return " OR ".join(test.format(column=column, key=key) for key in params)

    return (f"{any_variant('c.title')} OR EXISTS (SELECT 1 FROM messages AS m WHERE m.conversation_id = c.id"
            f" AND ({any_variant('m.text')}))"), params


def _case_variants(needle: str) -> set[str]:
    """Every spelling of ``needle`` with its non-ASCII letters in each case (ASCII is left to LIKE)."""
    spellings = {""}
    for ch in needle:
        forms = {ch} if ch.isascii() else {ch, ch.lower(), ch.upper(), ch.casefold()}
        spellings = {spelling + form for spelling in spellings for form in forms}
    return spellings


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class _SearchReader:
    """Searches on one worker thread with its own read-only connection to the history file.

    A file-read thread, never a network one: it only runs SELECTs, which WAL lets read a consistent snapshot
    while the loop's connection writes. One thread (an executor of one), so its connection never changes
    thread; queries queue behind each other, and a query that is stale by the time its turn comes is skipped.
    """

    def __init__(self, path: Path, busy_timeout: float, indexed: bool) -> None:
        self._path, self._busy_timeout, self._indexed = path, busy_timeout, indexed
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="history-search")
        self._db: sqlite3.Connection | None = None  # opened on the worker thread, used only there

    async def run(self, search: str, bot_id: str | None, current: Callable[[], bool]) -> list[ConversationRow] | None:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._query, search, bot_id, current)

    def interrupt(self) -> None:
        """Stop the query running now, if any (thread-safe; a no-op while no statement runs)."""
        if self._db is not None:
            self._db.interrupt()

    def close(self) -> None:
        self.interrupt()
        self._executor.submit(self._close).result()
        self._executor.shutdown(wait=True)

    def _query(self, search: str, bot_id: str | None, current: Callable[[], bool]) -> list[ConversationRow] | None:
        if not current():
            return None  # a newer query is queued behind this one
        if self._db is None:
            uri = f"{self._path.resolve().as_uri()}?mode=ro"
            self._db = sqlite3.connect(uri, uri=True, timeout=self._busy_timeout)
            self._db.row_factory = sqlite3.Row
            self._db.create_function("fold", 1, str.casefold, deterministic=True)
        try:
            return _list_conversations(self._db, search, bot_id, indexed=self._indexed)
        except sqlite3.OperationalError:
            if current():
                raise
            return None  # interrupted because a newer query came

    def _close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _recover_interrupted(db: sqlite3.Connection) -> None:
    """Consolidate the messages a dead run left streaming, marked interrupted."""
    ids = [row["id"] for row in db.execute("SELECT id FROM messages WHERE status = ?", (MessageStatus.STREAMING,))]
    if not ids:
        return
    with _transaction(db):
        for message_id in ids:
            text, reasoning = _assembled(db, message_id)
            _write(db, "UPDATE messages SET status = ?, text = ?, reasoning = ? WHERE id = ?",
                   (MessageStatus.INTERRUPTED, text, reasoning, message_id))
            _write(db, "DELETE FROM chunks WHERE message_id = ?", (message_id,))
    log.info("marked %d message(s) interrupted", len(ids))


def _assembled(db: sqlite3.Connection, message_id: int) -> tuple[str, str]:
    """The (answer, reasoning) a streaming message's chunks spell, joined the way the engine joins answers."""
    pieces: dict[str, dict[int, list[str]]] = {ANSWER: {}, REASONING: {}}
    rows = db.execute("SELECT kind, part, text FROM chunks WHERE message_id = ? ORDER BY part, id", (message_id,))
    for row in rows:
        pieces.setdefault(row["kind"], {}).setdefault(row["part"], []).append(row["text"])

    def joined(kind: str) -> str:
        return _join_parts("".join(part) for part in pieces[kind].values())

    return joined(ANSWER), joined(REASONING)


def _join_parts(parts: Iterable[str]) -> str:
    """The turn's messages as one text, the way TurnOutcome.answer joins them: blank line between, empties out."""
    return PART_SEPARATOR.join(part for part in parts if part)


@contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        # A failed COMMIT (disk full) may have rolled back already; a second error would hide the first.
        if db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
        raise


def _write(db: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> sqlite3.Cursor:
    return db.execute(sql, tuple(_storable(p) for p in params))


def _storable(value: Any) -> Any:
    """Text as SQLite can store it. JSON may carry lone surrogates ("\\ud800"), which UTF-8 cannot encode;
    they become U+FFFD rather than make the write, and with it the rest of the message, fail."""
    if not isinstance(value, str) or value.isascii():
        return value
    return _SURROGATE.sub("\ufffd", value)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _last_id(cursor: sqlite3.Cursor) -> int:
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _grouped(rows: Iterable[sqlite3.Row], build: Callable[[sqlite3.Row], Any]) -> dict[int, tuple[Any, ...]]:
    groups: dict[int, list[Any]] = {}
    for row in rows:
        groups.setdefault(row["message_id"], []).append(build(row))
    return {key: tuple(items) for key, items in groups.items()}


# ----------------------------------------------------------------------------------------- text helpers

def _redacted(text: str) -> str:
    # Error texts are built never to hold a token; this is the second line of defence for what a server echoes.
    return redact(text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _title_from(text: str, limit: int = TITLE_LIMIT) -> str:
    """The first user message as a title: one line, cut near ``limit`` at a word boundary when there is one."""
    line = _one_line(text)
    if len(line) <= limit:
        return line
    cut = line[:limit]
    space = cut.rfind(" ")
    if space >= limit * 2 // 3:  # Chinese has no spaces: then the cut falls where the limit does
        cut = cut[:space]
    return cut.rstrip(" ,.;:!?，。；：、！？") + "…"


def _message_markdown(message: MessageRow) -> str:
    if message.kind == DIVIDER:
        return "---\n\n*New topic*"
    if message.role == Role.USER:
        files = "".join(f"\n- Attached {a.kind}: {_code_span(a.name)} ({a.size} bytes)" for a in message.attachments)
        return f"## You\n\n{message.text}" + (f"\n{files}" if files else "")
    blocks = ["## Bot"]
    if message.reasoning:
        blocks.append(f"<details><summary>Reasoning</summary>\n\n{message.reasoning}\n\n</details>")
    if message.text:
        blocks.append(message.text)
    if note := _status_note(message):
        blocks.append(note)
    if message.recall:
        blocks.append("**Sources**\n\n" + "\n".join(_source_lines(message.recall)))
    if message.tool_calls:
        blocks.append("**Tool calls**\n\n" + "\n".join(_tool_line(call) for call in message.tool_calls))
    return "\n\n".join(blocks)


def _status_note(message: MessageRow) -> str:
    if message.status == MessageStatus.FAILED:
        hint = f"\n> {_one_line(message.error_hint)}" if message.error_hint else ""
        return f"> **Failed:** {_one_line(message.error)}{hint}"
    notes: dict[str, str] = {MessageStatus.INTERRUPTED: "Interrupted: the app closed before the answer was complete.",
                             MessageStatus.CANCELLED: "Cancelled.", MessageStatus.STREAMING: "Still being written."}
    return f"> *{notes[message.status]}*" if message.status in notes else ""


def _source_lines(chunks: Iterable[RecallChunk]) -> list[str]:
    """One line per document (several slices of one document are one source)."""
    lines: list[str] = []
    for chunk in chunks:
        name = _one_line(chunk.link_title or chunk.document_name or chunk.dataset_name) or "source"
        name = name.replace("[", "\\[").replace("]", "\\]")
        line = f"- [{name}](<{chunk.link_url}>)" if chunk.link_url else f"- {name}"
        if line not in lines:
            lines.append(line)
    return lines


def _tool_line(call: ToolCallRow) -> str:
    outcome = "ok" if call.ok else f"failed: {_one_line(call.error) or 'error'}"
    arguments = _one_line(call.arguments)
    if len(arguments) > 80:
        arguments = arguments[:79] + "…"
    return f"- {_code_span(f'{call.name} {arguments}'.strip())} → {outcome} ({call.seconds:.2f} s)"


def _code_span(text: str) -> str:
    """Inline code that survives backticks in ``text``: the fence is longer than any backtick run inside."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"
