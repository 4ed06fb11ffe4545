"""Self-check of a build: ``--smoke-test`` (the window, a demo-bot turn, libVLC audio)."""

from __future__ import annotations

import array
import asyncio
import faulthandler
import importlib
import logging
import math
import os
import shlex
import sys
import tempfile
import time
import wave
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QWidget

from ..plugins import VolumeModel, create_player
from ..plugins.library import Track
from ..plugins.player import VLC_ARGS_ENV, EventKind, PlayerEvent
from ..settings import HOME_ENV, TOKEN_ENV, Profile, Settings
from .main_window import MainWindow

log = logging.getLogger(__name__)

SCREENSHOT_ENV = "COZE_DESKTOP_SCREENSHOT"  # a path: the smoke test saves a grab of the window there

HARD_TIMEOUT = 30.0
TURN_TIMEOUT = 15.0
AUDIO_TIMEOUT = 10.0
# A turn with a local plugin call: stream → requires_action → set_volume runs here → the answer continues.
QUESTION = "音量调到30"
SMOKE_PROFILE = "smoke-test"
LEXERS = ("python", "javascript", "bash", "json", "sql", "cpp")
# Imported by name at run time: mutagen per audio format, keyring's backend for this platform and its client.
KEYRING_MODULES = {"linux": ("keyring.backends.SecretService", "secretstorage", "jeepney"),
                   "win32": ("keyring.backends.Windows",), "darwin": ("keyring.backends.macOS",)}
DYNAMIC_MODULES = ("mutagen.mp3", "mutagen.flac", "mutagen.oggvorbis", "mutagen.mp4", "mutagen.wave",
                   "keyring.backends.chainer", *KEYRING_MODULES.get(sys.platform, ()))
TONE_SECONDS, TONE_HZ, TONE_AMPLITUDE = 1.0, 440.0, 0.5
# A string of the window and its zh_CN translation; the icons every window shows.
TRANSLATED_SEND = "发送"
ICON_NAMES = ("send", "settings", "play", "mic")
MIN_RMS = 0.05  # the tone's RMS is ~0.35; silence (or a missing audio output) is ~0


class SmokeTestFailed(Exception):
    """A check of the smoke test failed; the message says which and what to do."""


def prepare() -> Path:
    """A scratch folder for the run; the app's home goes there too unless ``COZE_DESKTOP_HOME`` is set.

    Also arms the hard timeout. It runs in faulthandler's C thread, so a check that hangs for good (a deadlock
    in libVLC, a loop that stopped turning) still ends the process, with every thread's stack on stderr.
    """
    scratch = Path(tempfile.mkdtemp(prefix="coze-desktop-smoke-"))
    os.environ.setdefault(HOME_ENV, str(scratch / "home"))
    os.environ.pop(TOKEN_ENV, None)  # the demo bot, whatever token the environment carries
    capture = scratch / "captured.wav"
    os.environ[VLC_ARGS_ENV] = f"--aout=afile --audiofile-file={shlex.quote(str(capture))}"
    # A windowed Windows build has no stderr: the stacks then go to a file in the scratch folder.
    report = sys.stderr if sys.stderr is not None else (scratch / "timeout.txt").open("w")
    faulthandler.dump_traceback_later(HARD_TIMEOUT, exit=True, file=report)
    return scratch


def settings() -> Settings:
    """A profile no keyring entry exists for (so the demo bot), with its user id set (so nothing is saved)."""
    return Settings(profiles=[Profile(name=SMOKE_PROFILE, user_id=SMOKE_PROFILE)], active_profile=SMOKE_PROFILE)


async def run(window: MainWindow, scratch: Path) -> int:
    """Run every check, print one line (stdout on success, stderr on failure) and return the exit code."""
    started = time.monotonic()
    try:
        summary = await _checks(window, scratch)
    except SmokeTestFailed as exc:
        log.error("smoke test FAILED: %s", exc)
        print(f"smoke test FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        faulthandler.cancel_dump_traceback_later()
    line = f"smoke test ok in {time.monotonic() - started:.1f} s: {summary}"
    log.info("%s", line)
    print(line, flush=True)
    return 0


async def _checks(window: MainWindow, scratch: Path) -> str:
    await window.start()
    connection = window.session.connection
    if connection is None or not connection.demo:
        raise SmokeTestFailed(f"the window did not connect to the demo bot ({window.connection_label.text()})")
    answer, tools = await _ask(window, QUESTION)
    loaded = dynamic_imports()
    resources = resource_checks()
    grab = await _screenshot(window)
    tone, capture = scratch / "tone.wav", scratch / "captured.wav"
    write_tone(tone)
    version = await play(tone)
    rms, seconds = measure(capture)
    if rms < MIN_RMS:
        raise SmokeTestFailed(f"libVLC played the tone but the captured audio is silent (RMS {rms:.3f})")
    parts = [f"demo bot answered {answer!r} after {', '.join(tools) or 'no tool call'}",
             f"libVLC {version} played a {TONE_HZ:g} Hz tone into {seconds:.1f} s of audio (RMS {rms:.2f})",
             loaded, resources]
    if grab:
        parts.append(f"screenshot {grab}")
    return "; ".join(parts)


async def _ask(window: MainWindow, text: str) -> tuple[str, list[str]]:
    """Send ``text`` as the user would and wait for the turn's outcome: (answer, tool calls that ran)."""
    finished = asyncio.get_running_loop().create_future()
    window.session.sig_turn_finished.connect(
        lambda _conversation, outcome: finished.done() or finished.set_result(outcome))
    window.send(text)
    try:
        outcome = await asyncio.wait_for(finished, TURN_TIMEOUT)
    except TimeoutError:
        raise SmokeTestFailed(f"the demo bot did not answer within {TURN_TIMEOUT:g} s") from None
    if outcome is None or outcome.status != "completed" or not outcome.answer.strip():
        error = outcome.error.describe() if outcome is not None and outcome.error else "no answer"
        raise SmokeTestFailed(f"the turn did not complete: {error}")
    failed = [call.name for call, result in outcome.tool_results if not result.ok]
    if failed:
        raise SmokeTestFailed(f"local plugin calls failed: {', '.join(failed)}")
    return outcome.answer.strip(), [f"{call.name}({call.arguments})" for call, _ in outcome.tool_results]


def dynamic_imports() -> str:
    """Import what the app only imports by name at run time, which a bundle can lack without anyone noticing."""
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    missing = []
    for language in LEXERS:
        try:
            get_lexer_by_name(language)
        except ClassNotFound:
            missing.append(f"pygments lexer {language}")
    for module in DYNAMIC_MODULES:
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(module)
    from importlib.metadata import entry_points  # here: it costs ~9 ms of every start-up otherwise

    if not entry_points(group="keyring.backends"):  # how keyring finds its backends
        missing.append("keyring's backend entry points")
    if missing:
        raise SmokeTestFailed(f"missing from this build: {', '.join(missing)}")
    return f"{len(LEXERS)} code lexers, {len(DYNAMIC_MODULES)} audio-tag and keyring modules loaded"


def resource_checks() -> str:
    """Translations and icons: package data a build (a wheel, the bundle) can lack while everything else works."""
    from ..resources import resources_dir
    from . import icons
    from .app import ICON_SIZES, app_icon

    folder = resources_dir() / "i18n"
    translator = QTranslator()
    if not translator.load("coze_desktop_zh_CN", str(folder)):
        raise SmokeTestFailed(f"the Chinese translation is missing: no coze_desktop_zh_CN.qm in {folder}")
    if translator.translate("MainWindow", "Send") != TRANSLATED_SEND:
        raise SmokeTestFailed(f"the Chinese translation in {folder} does not translate the Send button")
    sizes = {size.width() for size in app_icon().availableSizes()}
    if not set(ICON_SIZES) <= sizes:
        raise SmokeTestFailed(f"application icon sizes missing from {resources_dir() / 'icons'}: "
                              f"{sorted(set(ICON_SIZES) - sizes)}")
    names = icons.names()
    blank = [name for name in ICON_NAMES if not _has_ink(icons.icon(name).pixmap(24, 24).toImage())]
    if blank:
        raise SmokeTestFailed(f"window icons missing from {icons.icons_dir()}: {', '.join(blank)}")
    return (f"translations from {folder} (Send → {TRANSLATED_SEND}), {len(sizes)} app icon sizes and "
            f"{len(names)} window icons loaded")


def _has_ink(image: QImage) -> bool:
    """Whether anything was drawn (a missing SVG paints a transparent square)."""
    return any(image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height()))


async def _screenshot(window: QWidget) -> str:
    path = os.environ.get(SCREENSHOT_ENV)
    if not path:
        return ""
    await asyncio.sleep(0.5)  # the answer view renders on a throttle; let it and the layout settle
    screen = QGuiApplication.primaryScreen()
    # On a real X server grab what is on screen; offscreen there is no screen content, only the widget.
    image = screen.grabWindow(window.winId()) if QGuiApplication.platformName() == "xcb" else window.grab()
    if not image.save(path):
        raise SmokeTestFailed(f"could not save the screenshot to {path}")
    return path


def write_tone(path: Path, seconds: float = TONE_SECONDS, rate: int = 44100) -> None:
    """A mono 16-bit sine WAV."""
    samples = array.array("h", (int(TONE_AMPLITUDE * 32767 * math.sin(2 * math.pi * TONE_HZ * i / rate))
                                for i in range(int(seconds * rate))))
    if sys.byteorder == "big":
        samples.byteswap()  # WAV is little-endian
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes(samples.tobytes())


async def play(path: Path) -> str:
    """Play ``path`` to its end through the app's music player (libVLC, with ``COZE_DESKTOP_VLC_ARGS``)."""
    loop = asyncio.get_running_loop()
    player = create_player(VolumeModel(100), loop)
    if player.problem:
        raise SmokeTestFailed(player.problem)
    ended = loop.create_future()

    def on_change(event: PlayerEvent) -> None:
        if event.kind in (EventKind.ENDED, EventKind.ERROR, EventKind.STOPPED) and not ended.done():
            ended.set_result(event)

    player.on_change = on_change
    try:
        player.play(Track(path, "smoke-test tone"))
        try:
            async with asyncio.timeout(AUDIO_TIMEOUT):
                started = await player.wait_until_started()
                if started.kind is not EventKind.STARTED:
                    raise SmokeTestFailed(f"libVLC did not start the test tone: {started.message or started.kind}")
                finished = await ended
        except TimeoutError:
            raise SmokeTestFailed(f"libVLC did not finish a {TONE_SECONDS:g} s tone in {AUDIO_TIMEOUT:g} s") from None
        if finished.kind is not EventKind.ENDED:
            raise SmokeTestFailed(f"libVLC stopped the test tone: {finished.message or finished.kind}")
    finally:
        player.close()  # the afile output completes the WAV header when it closes
    import vlc  # loaded by the player above

    return vlc.libvlc_get_version().decode(errors="replace").split()[0]


def measure(path: Path) -> tuple[float, float]:
    """(RMS in 0..1, seconds) of a 16-bit WAV, as libVLC's afile output writes it."""
    try:
        with wave.open(str(path), "rb") as f:
            if f.getsampwidth() != 2:
                raise SmokeTestFailed(f"captured audio is {8 * f.getsampwidth()}-bit, expected 16-bit")
            frames, rate = f.getnframes(), f.getframerate()
            samples = array.array("h", f.readframes(frames))
    except (OSError, EOFError, wave.Error) as exc:
        raise SmokeTestFailed(f"no audio was captured ({type(exc).__name__}: {exc}); "
                              f"{VLC_ARGS_ENV}={os.environ.get(VLC_ARGS_ENV, '')!r}") from None
    if sys.byteorder == "big":
        samples.byteswap()
    if not samples:
        return 0.0, 0.0
    rms = math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768
    return rms, frames / rate
