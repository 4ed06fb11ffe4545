"""A second start of the app (a real process) raises the first one's window; a crashed instance's socket goes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from coze_desktop.ui.single_instance import SingleInstance, acquire, activate_window, notify_running, server_name

ROOT = Path(__file__).resolve().parents[2]


def app_env(**extra: str) -> dict[str, str]:
    """The test's environment (its COZE_DESKTOP_HOME included), offscreen, plus ``extra``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}
    env.pop("COZE_DESKTOP_SMOKE_TEST", None)
    return env


def start_app(**extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "coze_desktop"], cwd=ROOT, env=app_env(**extra),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def socket_file(name: str) -> Path:
    """Where QLocalServer puts a socket with a relative name on Unix."""
    return Path(QDir.tempPath()) / name


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


@pytest.fixture
def first(qapp: QApplication) -> Iterator[SingleInstance]:
    instance = acquire()
    assert instance is not None and instance.is_listening()
    yield instance
    instance.close()


def test_name_is_per_user_and_per_home(app_home: Path) -> None:
    name = server_name()
    assert name == server_name(str(app_home)) != server_name(str(app_home / "other")) != server_name("")
    assert str(os.getuid()) in name
    assert all(c.isalnum() or c in "_.-" for c in name)


def test_second_launch_raises_the_first_window_and_exits(first: SingleInstance, qtbot: QtBot,
                                                          app_home: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    first.sig_activate.connect(lambda: activate_window(window))

    with qtbot.waitSignal(first.sig_activate, timeout=30_000):
        second = start_app()
    _out, err = second.communicate(timeout=30)

    assert second.returncode == 0, err
    assert window.isVisible() and not window.windowState() & Qt.WindowState.WindowMinimized
    log = (app_home / "logs" / "coze-desktop.log").read_text(encoding="utf-8")
    assert "already running" in log
    assert not (app_home / "data").exists(), "the second start must not open the history"


def test_a_second_start_in_another_home_is_an_instance_of_its_own(first: SingleInstance, app_home: Path) -> None:
    assert not notify_running(server_name(str(app_home / "portable")))
    assert notify_running(server_name())


def test_stale_socket_of_a_crashed_instance_is_removed(qapp: QApplication, qtbot: QtBot) -> None:
    name = server_name()
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(socket_file(name)))  # bound, never listening, then closed: the file stays, like after a crash
    stale.close()
    assert socket_file(name).exists()

    instance = acquire(name)
    try:
        assert instance is not None and instance.is_listening()
        with qtbot.waitSignal(instance.sig_activate, timeout=5000):
            assert notify_running(name)
    finally:
        instance.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL to leave a socket behind")
def test_real_processes_hand_over_and_survive_a_crash(qapp: QApplication, app_home: Path) -> None:
    """A real first app, a real second start, then the first killed (its socket left behind) and a third start."""
    log = app_home / "logs" / "coze-desktop.log"
    name = server_name()
    running = start_app()
    try:
        wait_for(lambda: socket_file(name).exists(), 30, "the first app to listen")
        second = start_app()
        assert second.wait(30) == 0, second.communicate()[1]
        wait_for(lambda: "asked to show the window" in log.read_text(encoding="utf-8"), 10, "the activation")
    finally:
        running.send_signal(signal.SIGKILL)
        running.communicate(timeout=10)
    assert socket_file(name).exists(), "a killed app leaves its socket file"

    third = start_app(COZE_DESKTOP_EXIT_AFTER_PAINT="1")
    out, err = third.communicate(timeout=30)
    assert third.returncode == 0, err
    assert "first-paint" in out, "the third start must open its own window, not hand over to a dead one"
    assert "removed the stale single-instance socket" in log.read_text(encoding="utf-8")
