"""Streams generated answers into MarkdownView and into a re-render-everything baseline; prints time and stalls."""

from __future__ import annotations

import os
import random
import sys
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QScrollArea, QTextBrowser, QVBoxLayout, QWidget

from coze_desktop.ui.markdown import render_html
from coze_desktop.ui.markdown_view import MarkdownView, start_warm_up

SIZES = {"20 KB": 20_000, "200 KB": 200_000}
NAIVE_CAP_S = 20.0  # naive runs would take minutes to hours; they stop here and are extrapolated

ENGLISH = (
    "The renderer closes finished blocks once and re-renders only the open tail, so the cost of an answer grows "
    "linearly with its length instead of quadratically. Streaming text arrives in small deltas of a few characters."
).split()
CHINESE = (
    "扣子机器人的回答以很小的增量流式到达，每次只有几个字符。"
    "已完成的段落只渲染一次，只有末尾仍在增长的部分会被重新渲染，界面因此不会卡顿。"
)
CODE = '''def fibonacci(n: int) -> list[int]:
    """Return the first n Fibonacci numbers."""
    numbers = [0, 1]
    while len(numbers) < n:
        numbers.append(numbers[-1] + numbers[-2])
    return numbers[:n]


print(fibonacci(20))  # a comment with "quotes" and <brackets>
'''


def generate(size: int, seed: int = 1) -> str:
    """A bot-like answer of about ``size`` characters: paragraphs in both languages, lists, code and tables."""
    rnd = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        kind = rnd.choice(["en", "zh", "en", "zh", "list", "olist", "code", "table", "heading"])
        if kind == "en":
            part = " ".join(rnd.choice(ENGLISH) for _ in range(rnd.randint(30, 90))).capitalize() + "."
        elif kind == "zh":
            start = rnd.randrange(len(CHINESE))
            part = (CHINESE * 4)[start : start + rnd.randint(60, 160)] + "。"
        elif kind == "list":
            part = "\n".join(f"- **item {i}**: " + " ".join(rnd.sample(ENGLISH, 8)) for i in range(rnd.randint(3, 8)))
        elif kind == "olist":
            part = "\n\n".join(f"{i}. {CHINESE[i : i + 30]} `code {i}`" for i in range(1, rnd.randint(3, 7)))
        elif kind == "code":
            part = f"```python\n{CODE}```"
        elif kind == "table":
            rows = [f"| {rnd.choice(ENGLISH)} | {rnd.randint(1, 999)} | {CHINESE[i : i + 6]} |" for i in range(6)]
            part = "| name | value | 说明 |\n|:--|--:|:--:|\n" + "\n".join(rows)
        else:
            part = f"## {' '.join(rnd.sample(ENGLISH, 3)).title()} 第{len(parts)}节"
        parts.append(part)
        total += len(part) + 2
    return "\n\n".join(parts) + "\n"


def deltas(text: str, seed: int = 2) -> list[str]:
    rnd = random.Random(seed)
    out, i = [], 0
    while i < len(text):
        n = rnd.randint(2, 8)
        out.append(text[i : i + n])
        i += n
    return out


@dataclass
class Result:
    total_s: float
    steps: int
    done: int  # steps run before the time cap
    longest_ms: float

    @property
    def extrapolated(self) -> bool:
        return self.done < self.steps


def stream(
    pieces: list[str],
    step: Callable[[str], None],
    finish: Callable[[], None],
    rendered: Callable[[], bool],
    cap_s: float,
) -> Result:
    """Feed ``pieces`` at full speed, then ``finish`` and run the event loop until ``rendered``."""
    app = QApplication.instance()
    longest = 0.0
    recent: deque[float] = deque(maxlen=50)  # the last steps before the time cap
    start = time.perf_counter()
    done = 0
    for piece in pieces:
        t0 = time.perf_counter()
        step(piece)
        app.processEvents()  # throttle timers fire and the window repaints, as in the running app
        took = time.perf_counter() - t0
        longest = max(longest, took)
        recent.append(took)
        done += 1
        if time.perf_counter() - start > cap_s:
            break
    t0 = time.perf_counter()
    finish()
    app.processEvents()
    longest = max(longest, time.perf_counter() - t0)
    while not rendered():  # rendering that fell behind continues in slices, one per turn of the event loop
        t0 = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - t0)
    elapsed = time.perf_counter() - start
    if done < len(pieces):
        # The longest stall is the last step, which renders the whole text: measure that one step. A naive step
        # costs about linearly in the text so far, so the steps not run cost the mean of the last ones run and that.
        t0 = time.perf_counter()
        step("")
        app.processEvents()
        longest = time.perf_counter() - t0
        elapsed += (len(pieces) - done) * (sum(recent) / len(recent) + longest) / 2
    return Result(elapsed, len(pieces), done, longest * 1000)


def window(view: QWidget) -> QScrollArea:
    """The view inside a scroll area that follows the bottom, as the conversation shows a streaming answer."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.addWidget(view)
    layout.addStretch()
    area.setWidget(content)
    bar = area.verticalScrollBar()
    bar.rangeChanged.connect(lambda _low, high: bar.setValue(high))
    area.resize(900, 700)
    area.show()
    return area


def run_view(text: str) -> Result:
    view = MarkdownView()
    area = window(view)
    finished: list[bool] = []
    view.sig_finished.connect(lambda: finished.append(True))
    result = stream(deltas(text), view.append_delta, view.finish, lambda: bool(finished), cap_s=float("inf"))
    assert view.markdown() == text
    area.close()
    return result


def run_naive(text: str, cap_s: float) -> Result:
    browser = QTextBrowser()
    browser.resize(900, 700)
    browser.show()
    so_far: list[str] = []

    def step(piece: str) -> None:
        so_far.append(piece)
        browser.setHtml(render_html("".join(so_far) if piece else text))  # "": the whole text at once

    result = stream(deltas(text), step, lambda: None, lambda: True, cap_s)
    browser.close()
    return result


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    # Pygments compiles a lexer on its first use (Python: ~50 ms once per process); the app does that in the
    # background when its first view is made, long before an answer arrives, so the timed runs start warm.
    start_warm_up().join()
    rows: list[tuple[str, str, Result]] = []
    for label, size in SIZES.items():
        text = generate(size)
        answer = f"{label} ({len(text.encode()) // 1024} KiB utf-8)"
        rows.append(("MarkdownView", answer, run_view(text)))
        rows.append(("naive setHtml", answer, run_naive(text, NAIVE_CAP_S)))
    print(f"{'renderer':<14} {'answer':<26} {'deltas':>7} {'total s':>10} {'longest stall ms':>17}")
    for name, answer, r in rows:
        note = (
            f"  (ran {r.done} deltas in {NAIVE_CAP_S:.0f} s, rest extrapolated; stall = one render of the whole text)"
            if r.extrapolated
            else ""
        )
        print(f"{name:<14} {answer:<26} {r.steps:>7} {r.total_s:>10.2f} {r.longest_ms:>17.1f}{note}")
    for name in ("MarkdownView", "naive setHtml"):
        small, large = (r for n, _, r in rows if n == name)
        print(f"growth t(200 KB)/t(20 KB), {name}: {large.total_s / small.total_s:.1f}")
    view_small, view_large = (r for n, _, r in rows if n == "MarkdownView")
    ok = view_large.total_s / view_small.total_s <= 12 and max(view_small.longest_ms, view_large.longest_ms) <= 50
    print("targets (ratio <= 12, longest stall <= 50 ms):", "met" if ok else "MISSED")
    app.quit()


if __name__ == "__main__":
    main()
