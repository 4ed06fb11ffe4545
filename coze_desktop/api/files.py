"""What may be uploaded to Coze (size, type) and how an upload is sent in a message (image or file part)."""

from __future__ import annotations

import mimetypes
from pathlib import PurePath

from .errors import CozeInputError, CozeInputTooLarge
from .types import FILE_MAX_BYTES

# The types this app uploads, by extension. Coze's upload endpoint itself checks no type in Coze Studio
# (application/upload UploadFileOpen) and its chat box accepts any file; the cloud documents a list of
# document, image, audio, video, archive and code types that could not be confirmed from the official sources
# (../shared/docs/coze-protocol.md). This list is the union of Coze Studio's chat file kinds (frontend file-kit
# FILE_TYPE_CONFIG) and common text formats; anything else (programs, disk images, files without an
# extension) is refused before it is sent, with the list in the message.
KINDS: dict[str, tuple[str, ...]] = {
    "images": ("png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff", "heic", "heif"),
    "documents": ("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "csv", "numbers"),
    "text and code": ("txt", "md", "markdown", "json", "log", "yaml", "yml", "xml", "html", "htm", "css", "js",
                      "ts", "py", "java", "c", "cpp", "h", "go", "rs", "sh"),
    "audio": ("mp3", "wav", "aac", "flac", "ogg", "m4a", "wma", "mid", "midi"),
    "video": ("mp4", "avi", "mov", "wmv", "flv", "mkv", "webm", "3gp"),
    "archives": ("zip", "rar", "7z", "tar", "gz", "bz2"),
}
EXTENSIONS = frozenset(ext for group in KINDS.values() for ext in group)
HINT_TYPES = "Coze Desktop sends " + "; ".join(f"{kind}: {', '.join(exts)}" for kind, exts in KINDS.items()) + "."

# Magic numbers of the image formats a vision model reads; a file is sent as an image only when its bytes say so.
_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


class FileRefused(CozeInputError, ValueError):
    """A file this app does not upload (its type, or empty); nothing was sent. Also a ValueError."""

    default_hint = ""


def image_type(head: bytes) -> str:
    """The image MIME type the first bytes of a file show, or "" when they are not an image's."""
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    for magic, kind in _IMAGE_MAGIC:
        if head.startswith(magic):
            return kind
    return ""


def part_kind(data: bytes) -> str:
    """``image`` when the bytes are an image's (whatever the name says), else ``file``."""
    return "image" if image_type(data[:16]) else "file"


def mime_for(file_name: str, data: bytes = b"") -> str:
    """The content type to upload with: the bytes' image type, else the name's, else octet-stream."""
    return image_type(data[:16]) or mimetypes.guess_type(file_name)[0] or "application/octet-stream"


def display_name(file_name: str) -> str:
    """The last part of a path, as the upload's file name."""
    return PurePath(file_name.replace("\\", "/")).name or file_name


def check_upload(file_name: str, size: int, max_bytes: int = FILE_MAX_BYTES, *, head: bytes = b"") -> None:
    """Raise :class:`CozeInputTooLarge` or :class:`FileRefused` (both ValueErrors) when the file must not be
    uploaded; the messages say what to do. ``head``, the file's first bytes: an image is accepted whatever its
    name (a pasted picture may have none)."""
    name = display_name(file_name)
    if size > max_bytes:
        raise CozeInputTooLarge(
            f"{name} is {size_text(size)}; Coze takes files of at most {size_text(max_bytes)}, "
            "so nothing was uploaded.",
            hint="Send a smaller or compressed file.")
    if size <= 0:
        raise FileRefused(f"{name} is empty (0 bytes), so nothing was uploaded.",
                          hint="Choose the file again once it has content.")
    ext = PurePath(name).suffix.lower().lstrip(".")
    if ext not in EXTENSIONS and not image_type(head[:16]):
        what = f"a .{ext} file" if ext else "a file without an extension"
        raise FileRefused(f"{name} is {what}, which Coze Desktop does not upload, so nothing was uploaded.",
                          hint=HINT_TYPES)


def size_text(n: int) -> str:
    """A file size for people: 512 B, 12.3 KB, 4.0 MB (the refusals, the demo bot and the window say it alike)."""
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} B"
