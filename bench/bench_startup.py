"""Cold start to the first painted main window, as a ratio to a bare PySide6 QMainWindow; and the app's idle CPU.

The app paints its window's frame first and builds the content right after, so two times are reported:
``first paint`` (the frame: title, toolbar, menus, status line) and ``ready`` (the content built and painted:
conversations, chat, input box, sources, player bar). Both are ratios to the bare window in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BUNDLE = ROOT / "dist" / "CozeDesktop" / "CozeDesktop"
TARGET_RATIO = 1.5
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# The baseline, measured the way the app measures itself (coze_desktop.ui.app.FirstPaint): the time of the
# window's first Paint event, then quit.
BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1260, 800)
probe = Probe()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


def environment(home: Path, platform: str) -> dict[str, str]:
    env = {**os.environ, "COZE_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": platform}
    # PYTHONDONTWRITEBYTECODE (set on some CI machines) would make every run compile the app's modules again,
    # which no installed copy does: the warm-up round writes the bytecode, as a user's first start would.
    for name in ("COZE_API_TOKEN", "COZE_DESKTOP_SMOKE_TEST", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    return env


def first_paint(command: list[str], platform: str) -> tuple[float, float]:
    """Seconds from spawning ``command`` (a fresh app home: a first start) to its window's first paint, and to
    ready (the same as the first paint for a program that prints no ``ready`` line)."""
    with tempfile.TemporaryDirectory(prefix="coze-bench-") as home:
        env = environment(Path(home), platform) | {"COZE_DESKTOP_EXIT_AFTER_PAINT": "1"}
        started = time.monotonic()
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        times = {}
        for line in process.stdout:
            what, _, when = line.partition(" ")
            if what in ("first-paint", "ready"):
                times[what] = float(when)
        if process.wait(60) != 0 or "first-paint" not in times:
            raise SystemExit(f"{' '.join(command)} exited {process.returncode} without painting a window")
        return times["first-paint"] - started, times.get("ready", times["first-paint"]) - started


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


def wakeups(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    return sum(int(line.split()[1]) for line in status if line.startswith(("voluntary_ctxt", "nonvoluntary_ctxt")))


def idle_cpu(command: list[str], platform: str, settle: float, seconds: float) -> tuple[float, float]:
    """(CPU %, wake-ups per second) of the started app over ``seconds`` in which nothing happens."""
    from coze_desktop.ui.single_instance import server_name

    with tempfile.TemporaryDirectory(prefix="coze-bench-") as home:
        process = subprocess.Popen(command, env=environment(Path(home), platform),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(settle)
            if process.poll() is not None:
                raise SystemExit(f"the app exited ({process.returncode}) before the idle measurement")
            cpu, woken = cpu_seconds(process.pid), wakeups(process.pid)
            time.sleep(seconds)
            cpu, woken = cpu_seconds(process.pid) - cpu, wakeups(process.pid) - woken
        finally:
            process.terminate()
            process.wait(10)
            # Killed, it could not remove its single-instance socket: do it for it.
            Path(tempfile.gettempdir(), server_name(home)).unlink(missing_ok=True)
    return 100 * cpu / seconds, woken / seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each program (after one warm-up)")
    parser.add_argument("--platform", default="xcb" if os.environ.get("DISPLAY") else "offscreen",
                        help="Qt platform plugin (default: xcb with a DISPLAY, else offscreen)")
    parser.add_argument("--settle", type=float, default=3.0, help="seconds after start before idle is measured")
    parser.add_argument("--idle", type=float, default=5.0, help="seconds of idle CPU measurement (0: skip)")
    args = parser.parse_args()

    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(BARE)
    programs = {"bare QMainWindow": [sys.executable, f.name], "app (python -m)": [sys.executable, "-m", "coze_desktop"]}
    if BUNDLE.exists():
        programs["app (bundle)"] = [str(BUNDLE)]
    times: dict[str, list[float]] = {name: [] for name in programs}
    ready: dict[str, list[float]] = {name: [] for name in programs}
    names = list(programs)
    try:
        for run in range(args.runs + 1):
            order = names[run % len(names):] + names[:run % len(names)]  # rotated: no program always goes first
            for name in order:
                painted, done = first_paint(programs[name], args.platform)
                if run:  # the first round warms the file cache and writes bytecode
                    times[name].append(painted)
                    ready[name].append(done)
    finally:
        os.unlink(f.name)

    print(f"cold start, {args.runs} runs each, platform {args.platform}, "
          f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")
    print(f"{'program':<20}{'':<13}{'median s':>10}{'min s':>10}{'max s':>10}{'vs bare':>10}")
    bare = statistics.median(times["bare QMainWindow"])
    for name in programs:
        rows = [("first paint", times[name])] + ([("ready", ready[name])] if name.startswith("app") else [])
        for label, values in rows:
            median = statistics.median(values)
            print(f"{name:<20}{label:<13}{median:>10.3f}{min(values):>10.3f}{max(values):>10.3f}"
                  f"{median / bare:>9.2f}x")
    print()
    for name in [n for n in programs if n.startswith("app")]:
        ratio = statistics.median(times[name]) / bare
        print(f"target for {name}: first paint <= {TARGET_RATIO}x bare: "
              f"{'met' if ratio <= TARGET_RATIO else 'NOT met'} ({ratio:.2f}x; "
              f"ready {statistics.median(ready[name]) / bare:.2f}x)")

    if args.idle > 0:
        for name in [n for n in programs if n.startswith("app")]:
            percent, rate = idle_cpu(programs[name], args.platform, args.settle, args.idle)
            print(f"idle {name}: {percent:.2f}% CPU, {rate:.1f} wake-ups/s over {args.idle:g} s "
                  f"(after {args.settle:g} s to settle)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
