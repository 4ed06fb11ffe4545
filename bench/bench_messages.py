"""Cost of building message widgets: construct + load() of a typical bot answer, and of a screenful (issue 16.2)."""

from __future__ import annotations

import gc
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from coze_desktop.chat import MessageRow, MessageStatus, Role
from coze_desktop.chat.history import ToolCallRow
from coze_desktop.ui.messages import BotMessage, UserMessage

ANSWER = """已经为你播放 **晴天**，音量调到了 30。下面是用 Python 控制音量的一个例子：

```python
def set_volume(level: int) -> None:
    \"\"\"Set the system volume, 0-100.\"\"\"
    level = max(0, min(100, level))
    player.audio_set_volume(level)
    print(f"volume → {level}")
```

- 播放列表里还有 *七里香*、*稻香*
- Say "next" to skip a song

More in the [manual](https://example.com/manual)."""
TOOL = ToolCallRow("c1", "play_music", '{"music_name": "晴天"}', '{"playing": "晴天", "artist": "周杰伦"}', True)
COLUMN_WIDTH = 760
RUNS = 200


def bot_row(i: int, text: str = ANSWER) -> MessageRow:
    return MessageRow(i, 1, Role.ASSISTANT, text, MessageStatus.COMPLETE, 0.0, tool_calls=(TOOL,))


def build(host: QVBoxLayout, i: int, text: str = ANSWER) -> BotMessage:
    message = BotMessage("Coze 助手", host.parentWidget())
    message.load(bot_row(i, text))
    message.answer.flush()  # the document complete, as it is before the first paint that shows it
    host.addWidget(message)
    message.resize(COLUMN_WIDTH, message.heightForWidth(COLUMN_WIDTH))
    return message


def measure(label: str, text: str, distinct: bool) -> list[float]:
    window = QWidget()
    host = QVBoxLayout(window)
    window.resize(COLUMN_WIDTH, 600)
    window.show()
    times: list[float] = []
    for i in range(RUNS):
        started = time.perf_counter()
        message = build(host, i, f"{text}\n\n({i})" if distinct else text)
        QApplication.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        message.setParent(None)
        message.deleteLater()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    gc.collect()
    times.sort()
    print(f"{label:<46} median {statistics.median(times):6.2f} ms   p90 {times[int(len(times) * 0.9)]:6.2f} ms")
    return times


def screenful() -> float:
    """4 questions and 4 answers, as a 760×900 column shows them: built, loaded and laid out."""
    times = []
    for run in range(20):
        window = QWidget()
        host = QVBoxLayout(window)
        window.resize(COLUMN_WIDTH, 900)
        window.show()
        QApplication.processEvents()
        started = time.perf_counter()
        for i in range(4):
            host.addWidget(UserMessage(f"问题 {run}-{i}: 播放晴天，然后把音量调到30", window))
            build(host, i, f"{ANSWER}\n\n({run}-{i})")
        QApplication.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    median = statistics.median(times)
    print(f"{'screenful (4 questions + 4 answers), distinct':<46} median {median:6.2f} ms   max {max(times):6.2f} ms")
    return median


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from coze_desktop.ui.markdown_view import start_warm_up

    start_warm_up().join()  # lexers compiled, as they are a few seconds after start
    scratch = QWidget()
    build(QVBoxLayout(scratch), 0)  # first-use imports and caches out of the figures
    first = measure("bot message, construct + load, distinct text", ANSWER, True)
    again = measure("bot message, construct + load, same text again", ANSWER, False)
    screen = screenful()
    print(f"messages: build_ms={statistics.median(first):.2f} rebuild_ms={statistics.median(again):.2f} "
          f"screenful_ms={screen:.1f}")
    del app


if __name__ == "__main__":
    main()
