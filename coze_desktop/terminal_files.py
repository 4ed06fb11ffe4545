"""``ask --file PATH``: the files checked and read before anything is sent, then uploaded with progress."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .api import ContentPart, CozeClient, check_upload, part_kind
from .api.files import display_name
from .terminal_text import printable


@dataclass(frozen=True, slots=True)
class Attachment:
    name: str
    data: bytes


def read_attachments(paths: list[str]) -> list[Attachment]:
    """Every file read, or ValueError naming the first that cannot be sent (nothing is sent then). The size and
    type are checked from the file's metadata before it is read, and the size again after (it may change)."""
    files = []
    for raw in paths:
        shown = printable(raw)
        path = Path(raw)
        try:
            info = path.stat()
        except FileNotFoundError:
            raise ValueError(f"{shown}: no such file; nothing was sent.") from None
        except OSError as exc:
            raise ValueError(f"{shown}: cannot be read ({printable(exc.strerror or str(exc))}); nothing was sent.") \
                from None
        if path.is_dir():
            raise ValueError(f"{shown} is a folder; attach the files in it one by one; nothing was sent.")
        name = display_name(os.fsdecode(path.name))
        try:
            with path.open("rb") as f:
                head = f.read(16)
            # CozeInputTooLarge / FileRefused: ValueErrors that say what to do; the size from the metadata, so a
            # file too large is never read
            check_upload(name, info.st_size, head=head)
            data = path.read_bytes()
        except OSError as exc:  # vanished or locked between the check and the read
            raise ValueError(f"{shown}: cannot be read ({printable(exc.strerror or str(exc))}); nothing was sent.") \
                from None
        check_upload(name, len(data), head=data[:16])
        files.append(Attachment(name, data))
    return files


async def upload_attachments(client: CozeClient, files: list[Attachment], err: TextIO) -> tuple[ContentPart, ...]:
    """Upload each file (progress on ``err``), in order: its image or file part. CozeError when one fails."""
    parts = []
    for file in files:
        shown = printable(file.name)
        last = [-1]

        def progress(sent: int, total: int, shown: str = shown, last: list[int] = last) -> None:
            percent = sent * 100 // max(total, 1)
            if percent // 25 != last[0] // 25 or sent == total:  # a line per quarter: logs stay short
                last[0] = percent
                print(f"↑ {shown} {percent}%", file=err, flush=True)

        uploaded = await client.upload_file(file.data, file.name, on_progress=progress)
        parts.append(ContentPart.of_file(part_kind(file.data), uploaded.id))
    return tuple(parts)

