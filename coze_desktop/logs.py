"""The app's rotating log file in the platform log dir, with every token-shaped string redacted before it is written."""

from __future__ import annotations

import logging
import os
import sys
from collections import deque
from pathlib import Path

import platformdirs

from .redaction import redact
from .settings import APP_DIR_NAME, HOME_ENV

LOG_FILE_NAME = "coze-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

__all__ = ["redact"]  # re-exported: the log's users redact through here


class RedactingFilter(logging.Filter):
    """Rewrites a record so that its message, arguments, traceback and stack hold no token.

    The message is formatted with its arguments first (a token can arrive in either), and the traceback is
    formatted now, so every handler after this one — file, console — only ever sees the redacted text.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # arguments that do not fit the format: keep both, redacted, for the reader
            message = f"{record.msg!s} {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def log_dir() -> Path:
    """``$COZE_DESKTOP_HOME/logs`` (tests, portable installs), else the platform's user log dir."""
    home = os.environ.get(HOME_ENV)
    return Path(home) / "logs" if home else platformdirs.user_log_path(APP_DIR_NAME)


def log_path() -> Path:
    return log_dir() / LOG_FILE_NAME


class HeldRecords(logging.Handler):
    """Keeps the records logged before ``setup_logging`` (the app sets up its log after the first paint)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def hold_early_records(level: int = logging.INFO) -> None:
    """Keep what is logged from now until ``setup_logging``, which writes it to the log file first."""
    root = logging.getLogger()
    root.addHandler(HeldRecords())
    root.setLevel(level)


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the root logger to the rotating file (and warnings to stderr); returns the file's path.

    Calling it again (a test, a changed ``COZE_DESKTOP_HOME``) replaces the handlers it installed before.
    """
    import logging.handlers  # here: ~12 ms that the window's first paint does not wait for

    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    held = [h for h in root.handlers if isinstance(h, HeldRecords)]
    for handler in held + [h for h in root.handlers if getattr(h, "_coze_desktop", False)]:
        root.removeHandler(handler)
        handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    for handler in (file_handler, console):
        handler.addFilter(RedactingFilter())
        handler.setFormatter(logging.Formatter(FORMAT))
        handler._coze_desktop = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    for record in (record for handler in held for record in handler.records):
        root.handle(record)
    return path


def tail(lines: int = 50, path: Path | None = None) -> list[str]:
    """The last ``lines`` lines of the log file (none when there is no file yet), redacted again for safety."""
    path = path or log_path()
    try:
        with path.open(encoding="utf-8", errors="replace") as f:
            return [redact(line.rstrip("\n")) for line in deque(f, maxlen=lines)]
    except FileNotFoundError:
        return []
