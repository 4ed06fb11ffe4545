"""The app's rotating log file in the platform log dir, with every token-shaped string redacted before it is written."""

from __future__ import annotations

import logging
import os
import sys
from collections import deque
from pathlib import Path
from typing import TextIO

import platformdirs

from . import notices
from .private_files import make_private, private_dir
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


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the root logger to the rotating file (and warnings to stderr); returns the file's path.

    A log folder that cannot be written (read-only, full, a file in its place) never stops the app: the log
    goes to stderr alone, a notice says why, and None is returned. Calling it again (a test, a changed
    ``COZE_DESKTOP_HOME``) replaces the handlers it installed before.
    """
    path = log_path()
    root = logging.getLogger()
    held = [h for h in root.handlers if isinstance(h, HeldRecords)]
    for handler in held + [h for h in root.handlers if getattr(h, "_coze_desktop", False)]:
        root.removeHandler(handler)
        handler.close()
    console = logging.StreamHandler(sys.stderr)
    handlers: list[logging.Handler] = [console]
    try:
        handlers.append(_file_handler(path))
    except OSError as exc:
        path = None
        notices.add(notices.LOG_FOLDER_UNWRITABLE, log_dir(), exc.strerror or type(exc).__name__)
    else:
        console.setLevel(logging.WARNING)  # the file has everything; the terminal only what needs a look
    for handler in handlers:
        handler.addFilter(RedactingFilter())
        handler.setFormatter(logging.Formatter(FORMAT))
        handler._coze_desktop = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    for record in (record for handler in held for record in handler.records):
        root.handle(record)
    return path


def _file_handler(path: Path) -> logging.Handler:
    """The rotating log file, 0600 in a 0700 folder (and so are the rotated ones). Raises OSError."""
    import logging.handlers  # here: ~12 ms that the window's first paint does not wait for

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self) -> TextIO:
            # Created 0600 whatever the umask: the log names conversations, bots and folders.
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            return open(fd, self.mode, encoding=self.encoding, errors=self.errors)

    private_dir(path.parent)
    for old in path.parent.glob(f"{LOG_FILE_NAME}*"):  # files an older version left readable by all
        make_private(old)
    return PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")


def tail(lines: int = 50, path: Path | None = None) -> list[str]:
    """The last ``lines`` lines of the log file (none when there is no file yet), redacted again for safety."""
    path = path or log_path()
    try:
        with path.open(encoding="utf-8", errors="replace") as f:
            return [redact(line.rstrip("\n")) for line in deque(f, maxlen=lines)]
    except FileNotFoundError:
        return []
