"""A question's attachments on disk: checked before anything is uploaded, kept as a private copy in the data folder."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path, PurePath

from .. import settings
from ..api.files import check_upload, display_name, image_type, mime_for
from ..api.types import FILE_MAX_BYTES
from ..private_files import FILE_MODE, private_dir

FOLDER = "attachments"
IMAGE, FILE = "image", "file"


@dataclass(frozen=True, slots=True)
class Attachment:
    """One image or file of a question. ``path`` is where its bytes are: the user's own file while it is a draft,
    the app's private copy once sent (``copy_dir()``); ``file_id`` is Coze's, once uploaded (valid for that
    account only, which is why the copy is kept too)."""

    kind: str  # IMAGE or FILE: an image when its bytes say so, whatever the name says
    name: str
    mime: str
    size: int
    path: str
    file_id: str = ""

    @property
    def is_image(self) -> bool:
        return self.kind == IMAGE


def copy_dir() -> Path:
    """The private folder of attachment copies (created 0700 when first needed)."""
    return settings.data_dir() / FOLDER


def prepare(path: str | Path, max_bytes: int = FILE_MAX_BYTES) -> Attachment:
    """An attachment of the user's file ``path``, checked as Coze's upload would be before anything is sent.

    Raises ValueError (too large, empty, a type this app does not upload; the message says what to do) or OSError
    (gone, unreadable, a folder)."""
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(f"{path.name} is a folder; attach the files in it instead.")
    size = path.stat().st_size
    name = display_name(str(path))
    check_upload(name, size, max_bytes)
    with path.open("rb") as handle:
        head = handle.read(16)
    kind = IMAGE if image_type(head) else FILE
    return Attachment(kind, name, mime_for(name, head), size, str(path))


def save_pasted_image(png: bytes, max_bytes: int = FILE_MAX_BYTES) -> Attachment:
    """A pasted image (PNG bytes) as a file of its own in the private folder: a clipboard image has no file."""
    name = time.strftime("pasted-%Y%m%d-%H%M%S.png")
    check_upload(name, len(png), max_bytes)
    target = _write_private(name, png)
    return Attachment(IMAGE, name, "image/png", len(png), str(target))


def keep(attachment: Attachment, data: bytes) -> Attachment:
    """The attachment with ``path`` on the app's private copy of ``data`` (written unless it already is one)."""
    if is_private_copy(attachment.path):
        return attachment
    return dataclasses.replace(attachment, path=str(_write_private(attachment.name, data)))


def is_private_copy(path: str) -> bool:
    try:
        return Path(path).resolve().is_relative_to(copy_dir().resolve())
    except OSError:
        return False


def remove_copies(paths: list[str]) -> None:
    """Delete the private copies among ``paths`` (and their folders once empty); anything outside the private
    folder is the user's own file and is never touched. Best effort."""
    for path in paths:
        if not path or not is_private_copy(path):
            continue
        copy = Path(path)
        with contextlib.suppress(OSError):
            copy.unlink()
        with contextlib.suppress(OSError):
            copy.parent.rmdir()  # only when empty


def sweep(referenced: set[str], older_than: float = 3600.0) -> int:
    """Delete the private copies no history row refers to (an image pasted and never sent, a copy whose send
    failed in a crash) once older than ``older_than`` seconds; how many. Run at start-up, before any draft of this
    run exists. Best effort: what cannot be read or removed stays."""
    folder = copy_dir()
    if not folder.is_dir():
        return 0
    keep = {str(Path(p).resolve()) for p in referenced if p}
    limit = time.time() - older_than
    removed = 0
    for copy in folder.glob("*/*"):
        with contextlib.suppress(OSError):
            if copy.is_file() and str(copy.resolve()) not in keep and copy.stat().st_mtime < limit:
                copy.unlink()
                removed += 1
                with contextlib.suppress(OSError):
                    copy.parent.rmdir()
    return removed


def encode_drafts(drafts: dict[int | None, list[Attachment]]) -> str:
    """The attachments of unsent drafts (by local conversation id, None for a new conversation) as JSON."""
    return json.dumps({"new" if key is None else str(key): [dataclasses.asdict(a) for a in items]
                       for key, items in drafts.items() if items}, ensure_ascii=False)


def decode_drafts(text: str) -> dict[int | None, list[Attachment]]:
    """What :func:`encode_drafts` wrote, without what is malformed or whose file is gone (moved, deleted)."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    drafts: dict[int | None, list[Attachment]] = {}
    for key, items in (data.items() if isinstance(data, dict) else ()):
        if key != "new" and not (isinstance(key, str) and key.isdigit()):
            continue
        kept = []
        for item in items if isinstance(items, list) else ():
            try:
                attachment = Attachment(**item)
            except TypeError:
                continue
            with contextlib.suppress(ValueError, OSError):  # a NUL in the path: not a file either
                if isinstance(attachment.path, str) and Path(attachment.path).is_file():
                    kept.append(attachment)
        if kept:
            drafts[None if key == "new" else int(key)] = kept
    return drafts


def _write_private(name: str, data: bytes) -> Path:
    """``data`` as ``<copy_dir>/<random>/<name>``, 0600: one folder per copy, so two files of the same name never
    meet and the name stays the user's."""
    safe = PurePath(name.replace("\\", "/")).name.strip()
    if safe in ("", ".", ".."):
        safe = "file"
    folder = private_dir(copy_dir() / f"{time.strftime('%Y%m%d')}-{secrets.token_hex(6)}")
    target = folder / safe
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return target
