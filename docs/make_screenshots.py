"""Takes the screenshots in docs/screenshots/ from the real app on a real X server (run via `make screenshots`)."""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import sys
import tempfile
import wave
from array import array
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RICH_ANSWER = """## 晴天 · Sunny Day

《晴天》是周杰伦 2003 年的歌曲，收录在专辑 *叶惠美* 中。The song is a favourite for **guitar beginners**.

| 项目 Item | 内容 Value |
|---|---|
| 歌手 Artist | 周杰伦 Jay Chou |
| 专辑 Album | 叶惠美 (2003) |
| 时长 Length | 4:29 |

To play it from a script with the same local plugin the bot uses:

```python
async def play(name: str) -> str:
    # 本地插件：在音乐文件夹中查找并播放
    track = library.best_match(name)
    player.play(track)
    return json.dumps({"playing": track.title}, ensure_ascii=False)
```

接下来你可以说「下一首」或者 “turn it down”。
"""


def write_tone(path: Path, seconds: float) -> None:
    """A quiet 440 Hz tone standing in for a song (a real file for libVLC to decode)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = array("h", (int(3000 * math.sin(2 * math.pi * 440 * i / 8000)) for i in range(int(8000 * seconds))))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(frames.tobytes())


async def settle(seconds: float = 0.4) -> None:
    """Let layouts, throttled renders and paint events run before a grab."""
    await asyncio.sleep(seconds)


def save(widget, name: str, out: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    image = screen.grabWindow(widget.winId()) if os.environ.get("DISPLAY") else widget.grab()
    path = out / name
    image.save(str(path))
    print(f"wrote {path.relative_to(ROOT)} ({image.width()}x{image.height()})")


async def scenario(window, language: str, out: Path) -> None:
    from coze_desktop.chat import AnswerDelta
    from coze_desktop.demo import sse

    suffix = "" if language == "en" else f"-{language}"
    await window.start()
    await settle()
    save(window, f"first-run-demo{suffix}.png", out)

    async def ask(text: str) -> None:
        done = asyncio.get_running_loop().create_future()
        window.session.sig_turn_finished.connect(lambda *_: done.done() or done.set_result(None))
        window.send(text)
        await asyncio.wait_for(done, 30)
        await settle()

    await ask("怎么连接真实的扣子智能体？" if language != "en" else "How do I connect a real Coze bot?")
    save(window, f"recall-panel{suffix}.png", out)

    window.banner.dismiss()  # as a user would once read: more room for the conversation
    await ask("音量调到30")
    pieces = [RICH_ANSWER[i:i + 6] for i in range(0, len(RICH_ANSWER), 6)]
    chat = {"id": "7400000000000000002", "conversation_id": "7400000000000000001", "status": "created"}
    events = [("conversation.chat.created", chat)] + [
        ("conversation.message.delta", {"id": "m1", "type": "answer", "role": "assistant", "content": p})
        for p in pieces]
    stream = sse(events, delay=0.01)
    stream.stall = 30.0  # the stream stays open after the last delta: the shot is taken mid-answer
    window.session.demo_server.script("/v3/chat", stream)
    seen = 0
    enough = asyncio.Event()

    def count(_conversation: int, event: object) -> None:
        nonlocal seen
        if isinstance(event, AnswerDelta):
            seen += 1
            if seen == len(pieces):  # all of it has arrived, the stream is still open: mid-answer
                enough.set()

    window.session.sig_event.connect(count)
    window.send("介绍一下《晴天》, with a table and some code")
    await asyncio.wait_for(enough.wait(), 30)
    await settle(0.15)
    save(window, f"main-window{suffix}.png", out)
    window.stop()
    await settle()

    window.new_conversation()
    await settle(0.2)
    await ask("播放 晴天" if language != "en" else "play 晴天")
    await ask("音量调到30" if language != "en" else "set the volume to 30")
    window.player_bar.volume.setFocus()
    save(window, f"music{suffix}.png", out)
    window.player_bar.stop()

    window.open_settings()
    await settle()
    save(window._settings_dialog, f"settings{suffix}.png", out)
    window._settings_dialog.reject()
    await settle(0.1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("language", nargs="?", default="en", choices=["en", "zh_CN"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    home = Path(tempfile.mkdtemp(prefix="coze-shots-"))
    os.environ["COZE_DESKTOP_HOME"] = str(home)  # a first run: no token, no history
    os.environ.pop("COZE_API_TOKEN", None)
    (home / "config").mkdir(parents=True)
    music = home / "Music"
    for title, seconds in (("晴天", 269), ("七里香", 299)):
        write_tone(music / f"{title}.wav", seconds)
    # The music goes to a file through libVLC's afile output: no sound card needed, nothing heard.
    os.environ["COZE_DESKTOP_VLC_ARGS"] = f"--aout=afile --audiofile-file={home / 'captured.wav'}"
    profile = {"name": "default", "music_folder": str(music)}
    (home / "config" / "settings.json").write_text(json.dumps({"language": args.language, "profiles": [profile]}))

    from PySide6.QtWidgets import QApplication

    from coze_desktop.settings import load_settings
    from coze_desktop.ui.app import install_translators
    from coze_desktop.ui.event_loop import EventLoop
    from coze_desktop.ui.services import build
    from coze_desktop.ui.session import ChatSession
    from coze_desktop.ui.theme import stylesheet

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    install_translators(app, args.language)
    app.setStyleSheet(stylesheet(app.palette()))
    ChatSession.demo_delay = 0.005
    loop = EventLoop(app)
    asyncio.set_event_loop(loop)
    window, store = build(load_settings())
    window.resize(1280, 800)
    window.show()
    with loop:
        loop.run_until_complete(scenario(window, args.language, args.out))
        loop.run_until_complete(window.session.close())
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
