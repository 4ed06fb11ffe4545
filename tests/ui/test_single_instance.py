"""A second start of the app (a real process) raises the first one's window; a crashed instance's socket goes."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from coze_desktop.ui.single_instance import (
    SingleInstance,
    acquire,
    activate_window,
    notify_running,
    private_dir,
    server_name,
    server_path,
)

ROOT = Path(__file__).resolve().parents[2]


def app_env(**extra: str) -> dict[str, str]:
    """The test's environment (its COZE_DESKTOP_HOME included), offscreen, plus ``extra``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}
    env.pop("COZE_DESKTOP_SMOKE_TEST", None)
    return env


def start_app(**extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "coze_desktop"], cwd=ROOT, env=app_env(**extra),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture(autouse=True)
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private XDG_RUNTIME_DIR per test (0700, like the one a login session gets), short enough for a socket path."""
    folder = Path(tempfile.mkdtemp(prefix="xdg-"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def socket_file(_name: str = "") -> Path:
    """Where this test's app puts its socket."""
    return Path(server_path())


def answered(qtbot: QtBot, name: str) -> bool:
    """``notify_running(name)`` in a second process (as a second start runs it), while this one serves events."""
    code = ("import sys; from coze_desktop.ui.single_instance import notify_running as n; "
            "sys.exit(0 if n(sys.argv[1]) else 3)")
    client = subprocess.Popen([sys.executable, "-c", code, name], cwd=ROOT, env=app_env())
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=20_000)
    return client.returncode == 0


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


def test_a_second_start_in_another_home_is_an_instance_of_its_own(first: SingleInstance, app_home: Path,
                                                                   qtbot: QtBot) -> None:
    assert not notify_running(server_path(str(app_home / "portable")))
    assert answered(qtbot, server_path())


def test_stale_socket_of_a_crashed_instance_is_removed(qapp: QApplication, qtbot: QtBot) -> None:
    name = server_path()
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(name)  # bound, never listening, then closed: the file stays, like after a crash
    stale.close()
    assert socket_file(name).exists()

    instance = acquire(name)
    try:
        assert instance is not None and instance.is_listening()
        with qtbot.waitSignal(instance.sig_activate, timeout=5000):
            assert answered(qtbot, name)
    finally:
        instance.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL to leave a socket behind")
def test_real_processes_hand_over_and_survive_a_crash(qapp: QApplication, app_home: Path) -> None:
    """A real first app, a real second start, then the first killed (its socket left behind) and a third start."""
    log = app_home / "logs" / "coze-desktop.log"
    name = server_path()
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


def test_the_socket_lives_in_the_users_private_runtime_dir(runtime_dir: Path, first: SingleInstance) -> None:
    """Not in the shared temp folder, where another user could bind the name first; and only this user may
    connect, even under a umask that lets the group write (the fixture's acquire ran under the test's umask)."""
    path = Path(first.name)
    assert path.parent == runtime_dir and path.name == server_name()
    assert stat.S_ISSOCK(path.stat().st_mode)
    assert path.stat().st_mode & 0o077 == 0, oct(path.stat().st_mode)


def test_umask_002_still_gives_a_user_only_socket(qapp: QApplication) -> None:
    previous = os.umask(0o002)
    try:
        instance = acquire()
    finally:
        os.umask(previous)
    try:
        assert instance is not None and instance.is_listening()
        assert Path(instance.name).stat().st_mode & 0o077 == 0
    finally:
        instance.close()


def test_without_xdg_runtime_dir_a_0700_folder_in_tmp_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setattr(tempfile, "tempdir", tempfile.mkdtemp(prefix="tmp-"))  # a fresh shared temp folder
    try:
        folder = private_dir()
        assert folder == Path(tempfile.tempdir) / f"coze-desktop-{os.getuid()}"
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    finally:
        shutil.rmtree(tempfile.tempdir, ignore_errors=True)


def test_a_folder_another_user_could_have_prepared_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """A world-writable XDG_RUNTIME_DIR, and a <tmp>/coze-desktop-<uid> that is not private: neither is used."""
    shared = Path(tempfile.mkdtemp(prefix="tmp-"))
    try:
        shared.chmod(0o777)
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
        monkeypatch.setattr(tempfile, "tempdir", str(shared))
        planted = shared / f"coze-desktop-{os.getuid()}"
        planted.mkdir(mode=0o777)
        planted.chmod(0o777)  # what someone else would leave: open to all
        assert private_dir() is None
        instance = acquire()  # starts anyway, without single-instance handling
        assert instance is not None and not instance.is_listening()
        assert list(planted.iterdir()) == []
    finally:
        shutil.rmtree(shared, ignore_errors=True)


def test_a_squatter_that_does_not_answer_cannot_stop_the_app(qapp: QApplication, qtbot: QtBot,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    """A plain listening socket bound to our name accepts but never answers: after the short handshake bound
    the app starts anyway, takes the name over, and a later start finds the real app there."""
    name = server_path()
    squatter = socket.socket(socket.AF_UNIX)
    squatter.bind(name)
    squatter.listen(8)
    try:
        started = time.monotonic()
        instance = acquire(name)
        waited = time.monotonic() - started
        assert instance is not None and instance.is_listening()
        assert waited < 5, "the handshake must be bounded"
        assert "does not answer like Coze Desktop" in caplog.text
        with qtbot.waitSignal(instance.sig_activate, timeout=5000):
            assert answered(qtbot, name)
        instance.close()
    finally:
        squatter.close()


def test_a_real_process_starts_although_a_squatter_holds_the_name(qapp: QApplication, app_home: Path) -> None:
    name = server_path()
    squatter = socket.socket(socket.AF_UNIX)
    squatter.bind(name)
    squatter.listen(8)
    try:
        done = subprocess.run([sys.executable, "-m", "coze_desktop"], cwd=ROOT, capture_output=True, text=True,
                              env=app_env(COZE_DESKTOP_EXIT_AFTER_PAINT="1"), timeout=60)
    finally:
        squatter.close()
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stdout, "the app must open its own window"
    log = (app_home / "logs" / "coze-desktop.log").read_text(encoding="utf-8")
    assert "does not answer like Coze Desktop" in log
