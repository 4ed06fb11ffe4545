"""Problems found while starting (a damaged file moved aside, no keyring, a log folder that cannot be written).

A notice is structured, not a sentence: its ``kind`` (one of the constants below), the ``path`` it is about and a
short technical ``detail`` (an OS or parser error, untranslated). The window turns the kind into a sentence in the
user's language (``ui.banner.NoticeBanner``); ``Notice.text`` is the English sentence for the log and the terminal.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

# The settings file could not be read: moved aside (``path`` = where it went), the app runs on defaults.
SETTINGS_MOVED = "settings-moved"
# The settings file could not be read and could not be moved aside either (``path`` = the file, left as it was).
SETTINGS_NOT_MOVED = "settings-not-moved"
# The history file was damaged: moved aside (``path`` = where it went), a new one was started.
HISTORY_MOVED = "history-moved"
# The history file was damaged and moved aside (``path`` = where it went), but no new one could be created.
HISTORY_MOVED_NOT_REPLACED = "history-moved-not-replaced"
# The history file is damaged and could not be moved aside (``path`` = the file); this session is in memory.
HISTORY_NOT_MOVED = "history-not-moved"
# The history file was written by a newer version (``path``): left untouched, this session is in memory.
HISTORY_NEWER = "history-newer"
# The history file cannot be written (read-only, disk full…) but could be read: the past is shown, new in memory.
HISTORY_READ_ONLY = "history-read-only"
# The history file can be neither written nor read: this session is kept in memory.
HISTORY_IN_MEMORY = "history-in-memory"
# Another program holds the history file's lock: this session is kept in memory.
HISTORY_LOCKED = "history-locked"
# The disk filled up while an answer was recorded: shown, but maybe missing from the history file (``path``).
HISTORY_DISK_FULL = "history-disk-full"
# Any other write failure while an answer was recorded (locked, read-only…; ``detail`` says which).
HISTORY_NOT_RECORDED = "history-not-recorded"
# The log folder (``path``) cannot be written: this run logs to the terminal (stderr) only.
LOG_FOLDER_UNWRITABLE = "log-folder-unwritable"

_ENGLISH = {
    SETTINGS_MOVED: "The settings file could not be read. It was moved to {path} and Coze Desktop started with "
                    "default settings: your profiles, bots and tool approvals are in that file.",
    SETTINGS_NOT_MOVED: "The settings file {path} could not be read and could not be moved aside. Coze Desktop "
                        "started with default settings; the file was left as it was.",
    HISTORY_MOVED: "The history file was damaged. It was moved to {path} (nothing was deleted) and a new, empty "
                   "history was started.",
    HISTORY_MOVED_NOT_REPLACED: "The history file was damaged and was moved to {path}. A new one could not be "
                                "created; conversations are kept in memory only and are lost when you quit.",
    HISTORY_NOT_MOVED: "The history file {path} is damaged and could not be moved aside; it was left as it is. "
                       "Conversations are kept in memory only and are lost when you quit.",
    HISTORY_NEWER: "The history file {path} was written by a newer version of Coze Desktop, so it is left "
                   "untouched. This session's conversations are kept in memory only and are lost when you quit; "
                   "update Coze Desktop to see your history again.",
    HISTORY_READ_ONLY: "The history file {path} cannot be written. Your past conversations are shown, but new ones "
                       "are kept in memory only and are lost when you quit.",
    HISTORY_IN_MEMORY: "The history file {path} cannot be opened. Conversations are kept in memory only and are "
                       "lost when you quit.",
    HISTORY_LOCKED: "The history file {path} is locked by another program (another Coze Desktop, a backup or sync "
                    "tool?). Conversations are kept in memory only and are lost when you quit.",
    HISTORY_DISK_FULL: "The disk is full: this answer is shown but may be missing from the history file {path}. "
                       "Free some disk space.",
    HISTORY_NOT_RECORDED: "This answer is shown but may be missing from the history file {path}.",
    LOG_FOLDER_UNWRITABLE: "The log folder {path} cannot be written; this run logs to the terminal (stderr) only.",
}

KINDS = frozenset(_ENGLISH)


@dataclass(frozen=True)
class Notice:
    """One problem: what happened (``kind``), to which file (``path``), and the technical ``detail`` (English)."""

    kind: str
    path: str = ""
    detail: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown notice kind {self.kind!r}")

    @property
    def text(self) -> str:
        """The English sentence, for the log and the terminal (the window translates ``kind`` instead)."""
        sentence = _ENGLISH[self.kind].format(path=self.path)
        return f"{sentence} Details: {self.detail}" if self.detail else sentence


_pending: list[Notice] = []


def add(kind: str, path: object = "", detail: str = "") -> Notice:
    """Queue a notice for the window to show once (the same one twice is queued once); also log it in English."""
    notice = Notice(kind, str(path), " ".join(detail.split()))  # one line: a detail never breaks the log line
    log.warning("%s", notice.text)
    if notice not in _pending:
        _pending.append(notice)
    return notice


def take() -> list[Notice]:
    """The queued notices, oldest first; the queue is empty afterwards."""
    out = _pending[:]
    _pending.clear()
    return out
