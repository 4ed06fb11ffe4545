"""The user's private files on disk: 0600 files in 0700 folders, and damaged files moved aside, never deleted."""

from __future__ import annotations

import contextlib
import errno
import os
import time
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) and make it 0700: settings, history and logs are nobody else's business.

    Only the folder itself is tightened; parents it had to create get the usual mode. Raises OSError.
    """
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if path.stat().st_mode & 0o777 != DIR_MODE:
        with contextlib.suppress(OSError):  # a folder someone else owns, a read-only mount: best effort
            path.chmod(DIR_MODE)
    return path


def make_private(path: Path) -> None:
    """Make an existing file (or a folder moved aside) readable by its owner only. Best effort: what is gone,
    someone else's or on a read-only mount is left as it is."""
    mode = DIR_MODE if path.is_dir() else FILE_MODE
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o777 != mode:
            path.chmod(mode)


def create_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists (then only tighten its mode). Raises OSError."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        make_private(path)
    else:
        os.close(fd)


def move_aside(path: Path, companions: tuple[str, ...] = ()) -> Path:
    """Rename a damaged ``path`` to ``<name>.broken-<UTC time>`` beside it (and ``path + suffix`` for each
    companion, e.g. SQLite's ``-wal``/``-shm``), made private. Returns the new path; raises OSError when the
    rename fails (the file then stays where it was: nothing is ever deleted)."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    target = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while target.exists() or any(Path(f"{target}{s}").exists() for s in companions):
        n += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{n}")
    os.rename(path, target)
    make_private(target)
    for suffix in companions:
        companion = Path(f"{path}{suffix}")
        try:
            os.rename(companion, f"{target}{suffix}")
        except FileNotFoundError:
            continue
        make_private(Path(f"{target}{suffix}"))
    return target


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)
