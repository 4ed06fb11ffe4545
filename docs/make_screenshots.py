"""Renders the main screens from a fixed state into docs/screenshots/ (references of tests/ui/test_screenshots.py).

Run ``.venv/bin/python docs/make_screenshots.py`` (all scenes, each in its own process on its own Xvfb), or
``--scene NAME`` for one, ``--out DIR`` to write elsewhere; then look at every PNG before committing it.

Everything that could differ between two runs is fixed: the clock the history stamps conversations with (and the
time zone), the conversation's content (the offline demo bot plus one scripted answer), the fonts and their DPI,
the theme, the window size and position, the pointer (parked outside the window), no cursor blinking and no
animations (``COZE_DESKTOP_STILL=1``), and the music player's clock (a still of a song at 1:23).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from coze_desktop.ui.main_window import MainWindow

REFERENCES = ROOT / "docs" / "screenshots"
EPOCH = 1795340400.0  # 2026-11-22 09:40:00 UTC: the fixed "now" of every scene
FONT_FAMILY, FONT_POINTS = "DejaVu Sans", 10  # Chinese falls back to Noto Sans CJK SC (fontconfig)


@dataclass(frozen=True)
class Scene:
    """One screenshot: what is on screen (``kind``), in which language, theme and window size."""

    kind: str  # "first-run", "conversation", "settings", "music", "recording", "read-aloud"
    language: str = "en"
    theme: str = "light"
    width: int = 1280
    height: int = 800
    about: str = ""


SCENES: dict[str, Scene] = {
    "first-run": Scene("first-run", about="a first start: no token, no history; the demo banner and the welcome"),
    "conversation": Scene("conversation", about="tool calls, a rich answer (table, code), knowledge sources"),
    "settings": Scene("settings", about="the settings dialog on its first page"),
    "music": Scene("music", about="a demo song playing after 'play 晴天', the volume set by chat"),
    "dark": Scene("conversation", theme="dark", about="the conversation in the dark theme"),
    "zh_CN": Scene("conversation", language="zh_CN", about="the conversation in Chinese"),
    "settings-zh_CN": Scene("settings", language="zh_CN", about="the settings dialog in Chinese (longer labels)"),
    "small-900x600": Scene("conversation", width=900, height=600, about="the conversation in a small window"),
    "large-1920x1080": Scene("conversation", width=1920, height=1080, about="the conversation on a large screen"),
    "voice-recording": Scene("recording", about="push-to-talk: the level meter and the time while recording"),
    "voice-recording-zh_CN": Scene("recording", language="zh_CN", about="recording, in Chinese"),
    "read-aloud": Scene("read-aloud", about="an answer being read aloud: its Stop action, Stop, the status line"),
    "read-aloud-zh_CN": Scene("read-aloud", language="zh_CN", about="an answer being read aloud, in Chinese"),
    "settings-plugins-mcp": Scene("settings-mcp", about="Settings → Local plugins: an MCP server running (the small "
                                  "notes server of tests/mcp_servers), its tools with their Coze names, and one off"),
    "attachment": Scene("attachment", about="a picture sent with a question, the demo bot's answer about its pixels, "
                        "and a file waiting in the input"),
    "attachment-zh_CN": Scene("attachment", language="zh_CN", about="an attached picture and its answer, in Chinese"),
    "shortcut-menu": Scene("shortcut-menu", about="'/' in the input: the bot's shortcut commands, described"),
    "shortcut-menu-zh_CN": Scene("shortcut-menu", language="zh_CN", about="the shortcut commands menu, in Chinese"),
    "choice": Scene("choice", about="a workflow Q&A question asked with its options as buttons"),
    "choice-zh_CN": Scene("choice", language="zh_CN", about="a Q&A question with its options, in Chinese"),
    "versions": Scene("versions", about="a New topic divider, then a regenerated answer showing its versions ‹2/2›"),
    "versions-zh_CN": Scene("versions", language="zh_CN", about="a New topic divider and answer versions, in Chinese"),
}

RICH_ANSWER = {
    "en": """## Sunny Day · 晴天

The demo song **晴天** is an original tune the app synthesises itself, so music works on the first click.

| Item | Value |
|---|---|
| Title | 晴天 |
| Licence | CC0 1.0 |
| Length | 0:24 |

The same local plugin the bot calls, from a script:

```python
async def play(name: str) -> str:
    track = library.best_match(name)  # 本地插件：查找并播放
    player.play(track)
    return json.dumps({"playing": track.title}, ensure_ascii=False)
```

Say "next song" or "turn it down" to go on.
""",
    "zh_CN": """## 晴天 · Sunny Day

演示歌曲《晴天》是应用自己合成的原创旋律，所以第一次点击就能播放。

| 项目 | 内容 |
|---|---|
| 标题 | 晴天 |
| 许可 | CC0 1.0 |
| 时长 | 0:24 |

机器人调用的本地插件，也可以在脚本里用：

```python
async def play(name: str) -> str:
    track = library.best_match(name)  # 本地插件：查找并播放
    player.play(track)
    return json.dumps({"playing": track.title}, ensure_ascii=False)
```

接下来你可以说「下一首」或者「小声一点」。
""",
}

QUESTIONS = {
    "en": {"volume": "set the volume to 30", "rich": "Tell me about the song 晴天, with a table and some code",
           "sources": "How do I connect a real Coze bot?", "play": "play 晴天",
           "picture": "What is in this picture?", "pick": "pick a song for me"},
    "zh_CN": {"volume": "音量调到30", "rich": "介绍一下《晴天》，要有表格和代码",
              "sources": "怎么连接真实的扣子智能体？", "play": "播放 晴天",
              "picture": "这张图是什么？", "pick": "帮我选一首歌"},
}


class Clock:
    """The history's clock: a fixed start, one second more at each reading (so the order stays)."""

    def __init__(self, start: float = EPOCH) -> None:
        self.now = start

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


def prepare_environment(scene: Scene, home: Path) -> None:
    """A fresh home for a first run, fixed time zone and font DPI, no animations; set before Qt starts."""
    os.environ.update({
        "COZE_DESKTOP_HOME": str(home), "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"), "XDG_CACHE_HOME": str(home / ".cache"),
        "TZ": "UTC", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "LANGUAGE": "",
        "QT_FONT_DPI": "96", "QT_SCALE_FACTOR": "1", "QT_ENABLE_HIGHDPI_SCALING": "0",
        "COZE_DESKTOP_STILL": "1",
        # No keyring, as on most fresh machines: the settings dialog says so the same way everywhere.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        # The demo songs go to a file through libVLC's afile output: no sound card needed, nothing heard.
        "COZE_DESKTOP_VLC_ARGS": f"--aout=afile --audiofile-file={home / 'captured.wav'}",
    })
    for name in ("COZE_API_TOKEN", "COZE_DESKTOP_SMOKE_TEST", "QT_SCREEN_SCALE_FACTORS", "QT_AUTO_SCREEN_SCALE_FACTOR"):
        os.environ.pop(name, None)
    import time

    time.tzset()
    (home / "config").mkdir(parents=True, exist_ok=True)
    # Only what a first run would have, with the user id it would draw at random fixed.
    profile = {"name": "default", "user_id": "desktop-5c1e2d3f4a5b6c7d"}
    saved: dict[str, Any] = {"language": scene.language, "theme": scene.theme, "profiles": [profile]}
    if scene.kind == "settings-mcp":  # a real server, run by the app as a user's would be; and one turned off
        saved["mcp_servers"] = [
            {"name": "notes", "enabled": True, "command": sys.executable, "args": ["-m", "tests.mcp_servers.notes"],
             "cwd": str(ROOT), "env_keys": []},
            {"name": "browser", "enabled": False, "command": "npx", "args": ["-y", "@playwright/mcp"], "cwd": "",
             "env_keys": []},
        ]
    (home / "config" / "settings.json").write_text(json.dumps(saved), encoding="utf-8")


async def settle(seconds: float = 0.3) -> None:
    """Let layouts, throttled renders and paint events run before a grab. The loop runs Qt's events while it
    sleeps; processEvents() here would run the window's tasks re-entrantly (an icon download then never ends, and
    the scene's process never exits)."""
    await asyncio.sleep(seconds)


async def ask(window: MainWindow, text: str, script: Any = None) -> None:
    """Send ``text`` (answered by the demo bot, or by ``script``) and wait for the whole turn."""
    done = asyncio.get_running_loop().create_future()

    def finished(*_: object) -> None:
        if not done.done():
            done.set_result(None)

    window.session.sig_turn_finished.connect(finished)
    if script is not None:
        window.session.demo_server.script("/v3/chat", script)
    window.send(text)
    await asyncio.wait_for(done, 30)
    window.session.sig_turn_finished.disconnect(finished)
    await settle()


def rich_answer_stream(language: str) -> Any:
    from coze_desktop.demo import sse

    text = RICH_ANSWER[language]
    pieces = [text[i:i + 40] for i in range(0, len(text), 40)]
    chat = {"id": "7400000000000000002", "conversation_id": "7400000000000000001"}
    usage = {"token_count": 412, "output_count": 356, "input_count": 56}
    events: list[tuple[str, object]] = [("conversation.chat.created", {**chat, "status": "created"})]
    events += [("conversation.message.delta", {"id": "m1", "type": "answer", "role": "assistant", "content": p})
               for p in pieces]
    events += [("conversation.message.completed", {"id": "m1", "type": "answer", "role": "assistant",
                                                   "content": text}),
               ("conversation.chat.completed", {**chat, "status": "completed", "usage": usage}),
               ("done", '"[DONE]"')]
    return sse(events)


async def conversation(window: MainWindow, language: str) -> None:
    """Tool calls, then a rich answer, then an answer with knowledge sources (the one on screen at the end)."""
    questions = QUESTIONS[language]
    if window.banner.isVisible():
        window.banner.dismiss()  # as a user would once read: more room for the conversation
    await ask(window, questions["volume"])
    await ask(window, questions["rich"], rich_answer_stream(language))
    await ask(window, questions["sources"])


def draw_picture(path: Path) -> None:
    """A small landscape (sky, sun, field) for the attachment scenes: colours the demo bot can name."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    picture = QImage(640, 400, QImage.Format.Format_RGB32)
    picture.fill(QColor("#3a7bd5"))
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 260, 640, 140), QColor("#2e9e48"))
    painter.setBrush(QColor("#f2d43a"))
    painter.setPen(QColor("#f2d43a"))
    painter.drawEllipse(QRectF(470, 50, 90, 90))
    painter.end()
    picture.save(str(path))


async def attachment_scene(window: MainWindow, language: str, home: Path) -> None:
    """A picture asked about (the answer names its pixel size and colours), then a file waiting in the input."""
    if window.banner.isVisible():
        window.banner.dismiss()
    photo = home / ("风景.png" if language == "zh_CN" else "landscape.png")
    draw_picture(photo)
    window.attach_files([str(photo)])
    await ask(window, QUESTIONS[language]["picture"])
    notes = home / ("会议记录.md" if language == "zh_CN" else "meeting-notes.md")
    notes.write_text("# Notes\n\n- ship 0.3\n- screenshots\n", encoding="utf-8")
    window.attach_files([str(notes)])
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum())


async def shortcut_menu_scene(window: MainWindow, language: str) -> None:
    """'/' typed at the start of the input: the demo bot's two shortcut commands."""
    if window.banner.isVisible():
        window.banner.dismiss()
    await ask(window, QUESTIONS[language]["volume"])
    window.focus_input()
    window.input.insertPlainText("/")
    await settle()


async def choice_scene(window: MainWindow, language: str) -> None:
    """A workflow Q&A question waiting for its pick (the turn is left waiting; the scene ends it on close)."""
    if window.banner.isVisible():
        window.banner.dismiss()
    window.send(QUESTIONS[language]["pick"])
    for _ in range(300):
        live = window.view.live_message()
        if live is not None and live.choices:
            break
        await asyncio.sleep(0.05)
    else:
        raise RuntimeError("the demo bot's question never came")
    await settle()


VERSION_QUESTIONS = {
    "en": ("I like apples", "What did I say before?"),
    "zh_CN": ("我喜欢苹果", "我刚才说了什么？"),
}


async def versions_scene(window: MainWindow, language: str) -> None:
    """A question, New topic (the divider), a question the bot answers with a forgotten context, regenerated."""
    if window.banner.isVisible():
        window.banner.dismiss()
    first, second = VERSION_QUESTIONS[language]
    await ask(window, first)
    await window._new_topic(window.current)
    await ask(window, second)
    done = asyncio.get_running_loop().create_future()
    window.session.sig_turn_finished.connect(lambda *_: done.done() or done.set_result(None))
    window.retry()  # Regenerate: the answer is replaced in place and shows ‹2/2›
    await asyncio.wait_for(done, 30)
    await settle()
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum())


def freeze_player(window: MainWindow) -> None:
    """The song stays at 1:23 of its length, playing: libVLC's file output runs faster than real time, so a real
    clock would show a different second (or the next song) in every run."""
    from coze_desktop.plugins.player import EventKind, PlayerEvent, PlayerState

    bar = window.player_bar
    player = bar.player
    track = player.current
    real = type(player)

    class Still(real):  # type: ignore[misc, valid-type]
        state = property(lambda self: PlayerState.PLAYING)
        current = property(lambda self: track)

        def position(self) -> int:
            return 83_000

        def duration(self) -> int:
            return 4 * 60_000 + 29_000

    player.on_change = lambda event: None  # the real engine's late events no longer reach the bar
    real.stop(player)
    player.__class__ = Still
    bar.handle(PlayerEvent(EventKind.RESUMED, track))


def dialog(kind: type) -> QWidget:
    from PySide6.QtWidgets import QApplication

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    if len(shown) != 1:
        raise RuntimeError(f"expected one {kind.__name__} on screen, found {len(shown)}")
    return shown[0]


async def stage(scene: Scene, window: MainWindow) -> QWidget:
    """Bring the window into the scene's state; returns the widget to photograph."""
    await window.start()
    # The bot's name and icon (fetched from the demo server in the background): every scene shows them, always.
    await asyncio.wait_for(asyncio.gather(*window._face_tasks, return_exceptions=True), 10)
    await settle()
    if scene.kind == "conversation":
        await conversation(window, scene.language)
    elif scene.kind == "attachment":
        await attachment_scene(window, scene.language, Path(os.environ["COZE_DESKTOP_HOME"]))
    elif scene.kind == "shortcut-menu":
        await shortcut_menu_scene(window, scene.language)
    elif scene.kind == "choice":
        await choice_scene(window, scene.language)
    elif scene.kind == "versions":
        await versions_scene(window, scene.language)
    elif scene.kind == "music":
        if window.banner.isVisible():
            window.banner.dismiss()
        await ask(window, QUESTIONS[scene.language]["play"])
        await ask(window, QUESTIONS[scene.language]["volume"])
        freeze_player(window)
    elif scene.kind == "recording":
        from coze_desktop.ui.voice_controls import RECORDING

        if window.banner.isVisible():
            window.banner.dismiss()
        await ask(window, QUESTIONS[scene.language]["volume"])
        # A still of the recording at 0:03 with the voice at 62 %: the microphone's real level changes every 50 ms.
        window.voice._set_state(RECORDING)
        window.voice._on_level(0.62, 3.4)
    elif scene.kind == "read-aloud":
        if window.banner.isVisible():
            window.banner.dismiss()
        await ask(window, QUESTIONS[scene.language]["volume"])
        await ask(window, QUESTIONS[scene.language]["rich"], rich_answer_stream(scene.language))
        # A still of the reading (what the window shows while the speaker plays; the sound is not in a picture).
        window.show_reading(window.view.last_bot())
        window.send_button.hide()
        window.stop_button.show()
    elif scene.kind == "settings":
        from coze_desktop.ui.settings_dialog import SettingsDialog

        window.open_settings()
        await settle()
        shot = dialog(SettingsDialog)
        shot.activateWindow()
        await settle()
        return shot
    elif scene.kind == "settings-mcp":
        from coze_desktop.ui.settings_dialog import SettingsDialog

        await window.mcp_bridge.start()  # the window started it in the background: this waits until it runs
        window.open_settings()
        shot = dialog(SettingsDialog)
        page = shot.plugins_page
        shot.tabs.setCurrentWidget(page)
        shot.resize(760, 720)
        await settle()
        page.mcp_box.select("notes")
        await settle()
        page.verticalScrollBar().setValue(page.mcp_box.y() - 8)  # the MCP section at the top of the page
        shot.activateWindow()
        await settle()
        return shot
    if scene.kind != "choice":
        window.focus_input()
    await settle(0.5)
    return window


def grab(widget: QWidget) -> Any:
    """The widget as Qt renders it: the whole of it, even where it is larger than the screen."""
    return widget.grab().toImage()


async def steady_grab(widget: QWidget, interval: float = 0.25, limit: float = 10.0) -> Any:
    """The first picture that the next one, ``interval`` later, repeats exactly: throttled renders, lazy layouts and
    deferred scrolling have all landed (on a busy machine later than on an idle one)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    previous = grab(widget)
    while True:
        await settle(interval)
        current = grab(widget)
        if current == previous:
            return current
        if loop.time() > deadline:
            raise RuntimeError(f"the screen kept changing for {limit:.0f} s (an animation left running?)")
        previous = current


def render(name: str, out: Path) -> Path:
    """Render one scene in this process (a fresh QApplication) into ``out/NAME.png``."""
    scene = SCENES[name]
    home = Path(tempfile.mkdtemp(prefix="coze-shots-"))
    prepare_environment(scene, home)

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QCursor, QFont
    from PySide6.QtWidgets import QApplication

    from coze_desktop.chat.history import open_history
    from coze_desktop.settings import load_settings
    from coze_desktop.ui.app import install_translators
    from coze_desktop.ui.event_loop import EventLoop
    from coze_desktop.ui.services import build
    from coze_desktop.ui.session import ChatSession
    from coze_desktop.ui.theme import apply_theme, stylesheet

    app = QApplication([sys.argv[0]])
    app.setApplicationName("Coze Desktop")
    app.setQuitOnLastWindowClosed(False)
    app.setFont(QFont(FONT_FAMILY, FONT_POINTS))
    app.setCursorFlashTime(0)  # a caret that blinks is on in one shot and off in the next
    app.setDoubleClickInterval(0)
    settings = load_settings()
    install_translators(app, scene.language)
    apply_theme(app, settings.theme)
    app.setStyleSheet(stylesheet(app.palette()))
    ChatSession.demo_delay = 0.0
    loop = EventLoop(app)
    asyncio.set_event_loop(loop)
    store = open_history(home / "history.sqlite3", clock=Clock())
    window, store = build(settings, store)
    window.move(40, 40)
    window.resize(scene.width, scene.height)
    QCursor.setPos(QPoint(0, 0))  # outside the window: nothing is hovered
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.png"
    with loop:
        async def shoot() -> None:
            if (window.width(), window.height()) != (scene.width, scene.height):
                raise RuntimeError(f"the window is {window.width()}×{window.height()}, not "
                                   f"{scene.width}×{scene.height}: the screen may be too small")
            widget = await stage(scene, window)
            image = await steady_grab(widget)
            if not image.save(str(path)):
                raise RuntimeError(f"could not write {path}")
            await window.session.close()
            if window.mcp_bridge is not None:
                await window.mcp_bridge.aclose()  # the scene's MCP server process ends with the scene

        loop.run_until_complete(shoot())
    store.close()
    return path


# Every scene runs on an X server of its own with this screen, so references and test runs see the same one
# whatever display (or none) the caller has.
XVFB = ["xvfb-run", "-a", "-s", "-screen 0 1920x1200x24 -dpi 96 -nolisten tcp"]


def render_in_child(name: str, out: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Render one scene in a fresh process on a fresh Xvfb (the caller's display when xvfb-run is missing)."""
    if shutil.which(XVFB[0]) is None and not os.environ.get("DISPLAY"):
        raise RuntimeError("needs xvfb-run (apt install xvfb) or an X display")
    prefix = XVFB if shutil.which(XVFB[0]) else []
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # xcb, the real X platform
    return subprocess.run([*prefix, sys.executable, __file__, "--child", "--scene", name, "--out", str(out)],
                          env=env, capture_output=True, text=True, timeout=timeout, check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scene", action="append", choices=sorted(SCENES), help="one scene (repeatable)")
    parser.add_argument("--out", type=Path, default=REFERENCES, help="folder for the PNGs (default: the references)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)  # render here, on this display
    # `make screenshots` names a language: the scenes in that language (en, then zh_CN: each scene once).
    parser.add_argument("language", nargs="?", choices=["en", "zh_CN"], help="only the scenes in this language")
    args = parser.parse_args(argv)
    names = args.scene or [name for name, scene in SCENES.items()
                           if args.language in (None, scene.language)]
    if args.child:
        print(f"wrote {render(names[0], args.out)}")
        return 0
    failed = 0
    for name in names:
        done = render_in_child(name, args.out)
        print(done.stdout, end="")
        if done.returncode != 0:
            failed += 1
            print(f"{name} failed:\n{done.stderr}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
