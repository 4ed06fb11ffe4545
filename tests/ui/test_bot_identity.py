"""The bot's face: its icon downloaded once and cached on disk (hostile URLs and bodies refused), its name in the
bot switcher, on every answer and on the welcome screen."""

from __future__ import annotations

import asyncio
import struct
import zlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtWidgets import QApplication, QLabel

from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN, DemoServer
from coze_desktop.demo import profile as demo_profile
from coze_desktop.secrets import token_store
from coze_desktop.settings import BotRef, Profile, Settings, save_settings
from coze_desktop.ui.bot_identity import MAX_ICON_BYTES, BotNames, IconCache, cache_dir, icon_file_name
from coze_desktop.ui.main_window import MainWindow

from .test_main_window import ask, close_window


async def until(condition: Callable[[], object], seconds: float = 10) -> None:
    async with asyncio.timeout(seconds):
        while not condition():  # noqa: ASYNC110
            await asyncio.sleep(0.01)


def teal(pixmap) -> bool:
    """The demo icon's colour (22, 160, 150) at the top of its disc, not the grey default glyph."""
    colour = pixmap.toImage().pixelColor(pixmap.width() // 2, max(1, pixmap.height() // 8))
    return colour.green() - colour.red() > 60


async def test_the_demo_bots_icon_is_downloaded_once_and_shown_everywhere(window: MainWindow) -> None:
    # The check the window runs once connected, on the test's running loop (the one spawned by start() may step
    # while the harness has no loop running, where httpx cannot run; the app's loop always runs).
    await window._check_connection()
    await until(lambda: window.view.bot_icon is not None)
    assert window.icons.downloads == 1
    info = await window.session.bot_info()
    cached = cache_dir() / "icons" / icon_file_name(info.icon_url)
    assert cached.is_file() and cached.stat().st_size > 0
    await until(lambda: window.view._welcome.findChild(QLabel, "welcomeIcon") is not None)  # the first welcome
    await ask(window, "hello")
    assert teal(window.view.last_bot().avatar.pixmap())  # on the answer, not the default glyph
    window.new_conversation()
    await until(lambda: window.view._welcome is not None)
    await until(lambda: window.view._welcome.findChild(QLabel, "welcomeIcon") is not None)
    assert window.icons.downloads == 1  # shown three times, downloaded once

    # The next run (a new cache over the same folder) reads it from disk: no second download.
    later = IconCache(cached.parent)
    pixmap = await later.icon(info.icon_url)
    assert pixmap is not None and teal(pixmap) and later.downloads == 0


# ------------------------------------------------------------------------------ hostile icon servers

def png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` × ``height`` pixels (a decompression bomb's calling card)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return b"\x89PNG\r\n\x1a\n" + chunk + b"\x00" * 64


@pytest_asyncio.fixture
async def hostile() -> AsyncIterator[str]:
    """A server answering /huge with an endless body (no length), /liar with a declared 50 MB, /text with
    HTML, /bomb with a 100000×100000 PNG header, /ok with the demo icon."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        request = await reader.readuntil(b"\r\n\r\n")
        path = request.split(b" ")[1].decode()
        try:
            if path == "/huge":
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n")
                for _ in range(64):  # 4 MB, far over the limit, until the client hangs up
                    writer.write(b"\x00" * 65536)
                    await writer.drain()
            elif path == "/liar":
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 52428800\r\nConnection: close\r\n\r\n")
                writer.write(b"\x00" * 1024)
            else:
                body = {"/text": b"<html>not an icon</html>", "/bomb": png_header(100_000, 100_000),
                        "/ok": demo_profile_icon()}[path.split("?")[0]]
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
                             + body)
            await writer.drain()
        except (ConnectionError, KeyError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.close()
        await server.wait_closed()


def demo_profile_icon() -> bytes:
    from coze_desktop.demo import icon

    return icon.png()


@pytest.mark.parametrize("path", ["/huge", "/liar", "/text", "/bomb"])
async def test_a_hostile_icon_is_refused_and_never_cached(qapp: QApplication, hostile: str, tmp_path: Path,
                                                          path: str) -> None:
    cache = IconCache(tmp_path / "icons")
    assert await cache.icon(hostile + path) is None  # the default icon is shown
    assert cache.downloads == 1
    assert not (tmp_path / "icons").exists() or not list((tmp_path / "icons").iterdir())
    assert MAX_ICON_BYTES < 4 * 1024 * 1024  # the endless and the lying body are both over the limit


async def test_icon_urls_that_are_not_http_are_never_fetched(qapp: QApplication, tmp_path: Path) -> None:
    cache = IconCache(tmp_path / "icons")
    secret = tmp_path / "secret.png"
    secret.write_bytes(demo_profile_icon())
    for url in (secret.as_uri(), "javascript:alert(1)", "ftp://127.0.0.1/icon.png", "data:image/png;base64,AA=="):
        assert await cache.icon(url) is None
    assert cache.downloads == 0 and not (tmp_path / "icons").exists()


async def test_a_changed_icon_url_is_downloaded_again_and_the_cache_stays_within_its_limit(
        qapp: QApplication, hostile: str, tmp_path: Path) -> None:
    size = len(demo_profile_icon())
    cache = IconCache(tmp_path / "icons", limit=size * 2 + 10)
    for n in range(4):  # four URLs of the same picture: only the newest two fit under the limit
        assert await cache.icon(f"{hostile}/ok?v={n}") is not None
    assert cache.downloads == 4
    kept = sorted(p.name for p in (tmp_path / "icons").glob("*.icon"))
    assert len(kept) == 2 and icon_file_name(f"{hostile}/ok?v=3") in kept
    assert all(len(name) == len("x" * 40 + ".icon") for name in kept)  # hashed: nothing of the URL in the name


# ---------------------------------------------------------------------------------- the bot switcher

@pytest_asyncio.fixture
async def named_window(fast_demo: None, memory_keyring) -> AsyncIterator[MainWindow]:
    """A window signed in to a demo server with a token; its profile lists the bot by id only."""
    from coze_desktop.settings import load_settings
    from coze_desktop.ui.services import build

    async with DemoServer() as server:
        save_settings(Settings(profiles=[Profile(name="demo", region="custom", base_url=server.base_url,
                                                 bots=[BotRef(DEMO_BOT_ID)], user_id="u-test")],
                               active_profile="demo"))
        token_store().set("demo", DEMO_TOKEN)
        win, store = build(load_settings())
        win.show()
        await win.start()
        yield win
        await close_window(win, store)


async def test_the_switcher_names_bots_by_their_info_not_their_id(named_window: MainWindow) -> None:
    window = named_window
    assert not window.session.connection.demo
    await window._name_bots(window.session.connection)  # as _fill_bot_switcher spawns it, on the test's loop
    await until(lambda: window.bot_switcher.itemText(0) == demo_profile.NAME)
    assert DEMO_BOT_ID not in window.bot_switcher.itemText(0)
    assert BotNames().name(DEMO_BOT_ID) == demo_profile.NAME  # cached for the next start, before any answer
    await window._check_connection()
    await until(lambda: not window.bot_switcher.itemIcon(0).isNull())  # and its icon
