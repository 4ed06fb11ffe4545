"""Start-up paints the window's frame before the heavy parts load, then builds the whole window and serves."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coze_desktop import __version__

from .test_single_instance import ROOT, app_env

# What the frame must not wait for: each costs 10-50 ms of a cold start (bench/bench_startup.py).
HEAVY = ("asyncio", "qasync", "httpx", "markdown_it", "pygments", "vlc", "mutagen", "keyring", "sqlite3",
         "logging.handlers", "coze_desktop.chat.engine", "coze_desktop.api.client", "coze_desktop.demo")

PROBE = """
import sys
from PySide6 import QtCore
import coze_desktop.ui.app as app
from coze_desktop.ui.main_window import MainWindow
from PySide6.QtWidgets import QApplication

qt = QApplication([])
app.apply_theme(qt, "")
window = MainWindow(app.load_settings())
painted = app.show_and_paint(window)
print("painted", painted is not None)
print("loaded", " ".join(sorted(name for name in {HEAVY} if name in sys.modules)))
# Building the Qt namespace's enums costs ~20 ms; the frame avoids every call that needs them.
print("qt-namespace", "Qt" in vars(QtCore))
"""


def run_python(code: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=app_env(), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_the_frame_paints_before_the_heavy_modules_load() -> None:
    lines = run_python(PROBE.replace("{HEAVY}", repr(HEAVY)))
    assert lines == ["painted True", "loaded ", "qt-namespace False"]


def test_the_app_reports_its_first_paint_then_ready_and_exits(app_home: Path) -> None:
    """What bench/bench_startup.py reads: the frame's paint, then the whole window built and painted."""
    done = subprocess.run([sys.executable, "-m", "coze_desktop"], cwd=ROOT, capture_output=True, text=True,
                          env=app_env(COZE_DESKTOP_EXIT_AFTER_PAINT="1"), timeout=60)
    assert done.returncode == 0, done.stderr
    times = dict(line.split() for line in done.stdout.splitlines())
    assert set(times) == {"first-paint", "ready"}
    assert float(times["first-paint"]) < float(times["ready"])
    log = (app_home / "logs" / "coze-desktop.log").read_text(encoding="utf-8")
    assert f"Coze Desktop {__version__} starting" in log


def headless_env(**extra: str) -> dict[str, str]:
    """The test's environment with no display of any kind and no Qt platform chosen: an ssh session, a CI box."""
    env = app_env(**extra)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    env.update(extra)
    return env


@pytest.mark.parametrize("args", [[], ["--smoke-test"]], ids=["app", "smoke-test"])
def test_without_a_display_it_says_what_to_do_and_exits_2(args: list[str], app_home: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "coze_desktop", *args], cwd=ROOT, capture_output=True, text=True,
                          env=headless_env(), timeout=60)
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "no graphical display" in done.stderr
    assert "xvfb-run -a" in done.stderr and "QT_QPA_PLATFORM=offscreen" in done.stderr


def test_a_fatal_qt_message_reaches_stderr_and_the_log_before_the_abort(app_home: Path) -> None:
    """xcb chosen but no X server: Qt aborts in QApplication, before the log file exists; its reason must not be
    lost in the held log records."""
    done = subprocess.run([sys.executable, "-m", "coze_desktop"], cwd=ROOT, capture_output=True, text=True,
                          env=headless_env(QT_QPA_PLATFORM="xcb"), timeout=60)
    assert done.returncode != 0
    assert "could not connect to display" in done.stderr
    assert "no Qt platform plugin could be initialized" in done.stderr
    log = (app_home / "logs" / "coze-desktop.log").read_text(encoding="utf-8")
    assert "CRITICAL qt: This application failed to start" in log


EARLY_SEND = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from coze_desktop.ui import app
from coze_desktop.ui.main_window import MainWindow

qt = QApplication(sys.argv[:1])

def window():
    return next((w for w in qt.topLevelWidgets() if isinstance(w, MainWindow) and hasattr(w, "input")), None)

def send():
    win = window()
    if win is None:  # the content is not attached yet: the user tries again a moment later
        QTimer.singleShot(10, send)
        return
    print("connected-when-sent", win.session.connection is not None, flush=True)
    win.session.sig_turn_finished.connect(lambda *_: report(win))
    win.input.setFocus()
    QTest.keyClicks(win.input, "what can you do?")
    QTest.keyClick(win.input, Qt.Key.Key_Return)

def report(win):
    bot = win.view.last_bot()
    bot.answer.flush()
    print("answer-chars", len(bot.answer.toPlainText()), flush=True)
    print("error", repr(bot.error_text.text() if bot.error_box.isVisibleTo(bot) else ""), flush=True)
    print("still-streaming", bot.live, flush=True)
    win.quit_action.trigger()

QTimer.singleShot(0, send)
sys.exit(app.run())
"""


def test_a_message_sent_as_the_app_starts_is_answered(app_home: Path) -> None:
    """The real app, started as a user starts it; the message is typed and sent the moment the window has its
    input box, before the session has connected. It used to fail with NoEventLoopError (or vanish)."""
    done = subprocess.run([sys.executable, "-c", EARLY_SEND], cwd=ROOT, capture_output=True, text=True,
                          env=app_env(), timeout=60)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert lines["connected-when-sent"] == "False", "the message must go out before the session is ready"
    assert lines["error"] == "''", lines["error"]
    assert int(lines["answer-chars"]) > 50 and lines["still-streaming"] == "False"
    log = (app_home / "logs" / "coze-desktop.log").read_text(encoding="utf-8")
    assert "NoEventLoopError" not in log
