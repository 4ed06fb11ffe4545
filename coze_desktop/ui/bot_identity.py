"""The bot's face: its icon (icon_url, downloaded once and cached on disk) and its name, as the window shows them."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap

from .. import settings
from ..private_files import private_dir

log = logging.getLogger(__name__)

# An avatar is shown at 24-64 px: a bigger download is not an icon (or is an attack on memory and disk).
MAX_ICON_BYTES = 512 * 1024
MAX_ICON_SIDE = 2048  # pixels; checked from the header, before anything is decoded (a decompression bomb)
CACHE_LIMIT_BYTES = 8 * 1024 * 1024  # the whole icon cache; the least recently used go first
DOWNLOAD_SECONDS = 10.0
TRIES, RETRY_SECONDS = 3, 1.0  # a failed download (not a refused icon) is tried again, then the default shows
NAMES_FILE = "bots.json"


def cache_dir() -> Path:
    """Where downloaded icons and the bots' names are kept (re-creatable, so the system's cache folder)."""
    home = os.environ.get(settings.HOME_ENV)
    return Path(home) / "cache" if home else platformdirs.user_cache_path(settings.APP_DIR_NAME)


def icon_file_name(url: str) -> str:
    """A safe, fixed-length file name for ``url``: its hash (nothing of the URL reaches the file system)."""
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:40] + ".icon"


class IconRefused(ValueError):
    """The icon URL or its answer is not a usable icon (scheme, size, not an image); the default icon is shown."""


def decode_icon(data: bytes) -> QPixmap:
    """The image in ``data``, refused (IconRefused) when it is not one, or its header claims a huge size."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if not reader.canRead() or not size.isValid():
        raise IconRefused("not an image")
    if size.width() > MAX_ICON_SIDE or size.height() > MAX_ICON_SIDE:
        raise IconRefused(f"{size.width()}×{size.height()} pixels is not an icon")
    if max(size.width(), size.height()) > 128:  # decoded straight to what an avatar needs
        reader.setScaledSize(size.scaled(QSize(128, 128), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise IconRefused(f"the image could not be decoded ({reader.errorString()})")
    return QPixmap.fromImage(image)


class IconCache:
    """Bot icons on disk under ``folder``, one file per URL (so a changed icon_url is a new download), at most
    ``limit`` bytes in all. Downloads go through their own httpx client: a CDN URL must never get the Coze token
    the API client sends. ``downloads`` counts the answers fetched (tests check a second show does not fetch)."""

    def __init__(self, folder: Path | None = None, *, limit: int = CACHE_LIMIT_BYTES,
                 max_bytes: int = MAX_ICON_BYTES) -> None:
        self.folder = folder or cache_dir() / "icons"
        self.limit = limit
        self.max_bytes = max_bytes
        self.downloads = 0
        self._memory: dict[str, QPixmap] = {}

    def cached(self, url: str) -> QPixmap | None:
        """The icon of ``url`` if it is in memory or on disk (a damaged file is dropped), else None."""
        if url in self._memory:
            return self._memory[url]
        path = self.folder / icon_file_name(url)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            pixmap = decode_icon(data)
        except IconRefused:
            path.unlink(missing_ok=True)
            return None
        os.utime(path)  # recently used: the last to be pruned
        self._memory[url] = pixmap
        return pixmap

    async def icon(self, url: str, proxy: str | None = None) -> QPixmap | None:
        """The icon of ``url``: from the cache, else downloaded once and kept. None (the default icon) when the
        URL is not http(s), the download fails, the answer is larger than ``max_bytes`` or is not an image."""
        if not url:
            return None
        if (pixmap := self.cached(url)) is not None:
            return pixmap
        return await self._fetch(url, proxy)

    async def _fetch(self, url: str, proxy: str | None) -> QPixmap | None:
        for attempt in range(1, TRIES + 1):
            try:
                data = await self._download(url, proxy)
                pixmap = decode_icon(data)
                break
            except (IconRefused, OSError) as exc:  # what the server sent is not an icon: no second try
                log.info("bot icon not used: %s", exc)
                return None
            except Exception as exc:  # httpx's errors (network, TLS, a bad URL): the default icon, never a crash
                log.info("bot icon not downloaded (try %d of %d): %s", attempt, TRIES, type(exc).__name__)
                if attempt == TRIES:
                    return None
                await asyncio.sleep(RETRY_SECONDS * attempt)  # a network still coming up after login
        self._store(url, data)
        self._memory[url] = pixmap
        return pixmap

    async def _download(self, url: str, proxy: str | None) -> bytes:
        import httpx  # loaded with the session, not with the window's frame

        if urlsplit(url).scheme not in ("http", "https"):
            raise IconRefused("the icon URL is not an http(s) address")
        chunks: list[bytes] = []
        async with (httpx.AsyncClient(timeout=DOWNLOAD_SECONDS, proxy=proxy or None, trust_env=not proxy,
                                      follow_redirects=True, max_redirects=3) as http,
                    http.stream("GET", url) as response):
            self.downloads += 1  # the server answered: one download, whatever it sent
            if response.status_code != 200:
                raise IconRefused(f"the icon URL answered HTTP {response.status_code}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise IconRefused(f"the icon is {declared} bytes; at most {self.max_bytes} are taken")
            received = 0
            async for chunk in response.aiter_bytes():
                received += len(chunk)
                if received > self.max_bytes:  # a server that lies about (or omits) its length
                    raise IconRefused(f"the icon is over {self.max_bytes} bytes")
                chunks.append(chunk)
        return b"".join(chunks)

    def _store(self, url: str, data: bytes) -> None:
        try:
            private_dir(self.folder)
            target = self.folder / icon_file_name(url)
            partial = target.with_suffix(".part")
            partial.write_bytes(data)
            partial.replace(target)  # whole or not at all
            self._prune(keep=target)
        except OSError as exc:  # a full or read-only disk: shown this run, downloaded again next time
            log.info("bot icon not cached: %s", exc)

    def _prune(self, keep: Path) -> None:
        files = sorted((p for p in self.folder.glob("*.icon") if p != keep), key=lambda p: p.stat().st_mtime)
        total = sum(p.stat().st_size for p in files) + keep.stat().st_size
        for path in files:
            if total <= self.limit:
                break
            total -= path.stat().st_size
            path.unlink(missing_ok=True)


class BotNames:
    """The bots' names (and icon URLs) as their infos last said, kept on disk so the switcher shows names, not
    19-digit ids, before each bot has answered."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_dir() / NAMES_FILE
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            loaded = {}
        self._bots: dict[str, dict[str, str]] = {
            str(k): {"name": str(v.get("name", "")), "icon_url": str(v.get("icon_url", ""))}
            for k, v in (loaded.items() if isinstance(loaded, dict) else ()) if isinstance(v, dict)}

    def name(self, bot_id: str) -> str:
        return self._bots.get(bot_id, {}).get("name", "")

    def icon_url(self, bot_id: str) -> str:
        return self._bots.get(bot_id, {}).get("icon_url", "")

    def remember(self, bot_id: str, name: str, icon_url: str) -> None:
        entry = {"name": name.strip(), "icon_url": icon_url}
        if not bot_id or self._bots.get(bot_id) == entry:
            return
        self._bots[bot_id] = entry
        try:
            private_dir(self.path.parent)
            partial = self.path.with_suffix(".part")
            partial.write_text(json.dumps(self._bots, ensure_ascii=False), encoding="utf-8")
            partial.replace(self.path)
        except OSError as exc:
            log.info("bot names not cached: %s", exc)
