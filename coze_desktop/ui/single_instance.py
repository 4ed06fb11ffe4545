"""One running app per user and app home: a second start asks the first to show its window, then exits."""

from __future__ import annotations

import logging
import os
import re
import stat
import tempfile
import time
import zlib
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from ..settings import HOME_ENV

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
# The running app's answer: something else holding the name (a squatter, a hung process) never sends it.
ACK = b"coze-desktop ok\n"
# Only used before any event loop runs: the blocking waits cannot stall asyncio tasks.
TIMEOUT_MS = 500
# The running app answers from its event loop, which its own start keeps busy for a while (the imports after the
# first paint: ~0.3 s warm, more on a cold disk). Long enough for that; short enough that a squatter only delays us.
ANSWER_TIMEOUT_MS = 1500


def server_name(home: str | None = None) -> str:
    """The local socket's name for this user and app home (``COZE_DESKTOP_HOME``, else the platform dirs).

    Tests, portable installs and several accounts side by side each have their own home, so their own instance.
    """
    home = os.environ.get(HOME_ENV, "") if home is None else home
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    # crc32, not a cryptographic hash: the name only tells homes apart, and hashlib costs ~3 ms of start-up.
    where = f"{zlib.crc32(os.path.abspath(home).encode()):08x}" if home else "default"
    # The name becomes a file name (Unix) or a pipe name (Windows): keep it to safe characters.
    return re.sub(r"[^A-Za-z0-9_.-]", "_", f"coze-desktop-{user}-{where}")


def private_dir() -> Path | None:
    """A folder only this user can enter, for the socket; None when there is none to be had.

    ``$XDG_RUNTIME_DIR`` (the XDG Base Directory spec makes it 0700 and owned by the user), else
    ``<tmp>/coze-desktop-<uid>`` made 0700 — unless someone else made it first, then nothing: never a folder
    another user could have prepared (a squatted name, a socket a group member can connect to).
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and _is_private(Path(runtime)):
        return Path(runtime)
    folder = Path(tempfile.gettempdir()) / f"coze-desktop-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        log.warning("cannot create %s for the single-instance socket: %s", folder, exc)
        return None
    if _is_private(folder):
        return folder
    log.warning("%s is not a private folder of this user (owner or permissions): not using it", folder)
    return None


def _is_private(folder: Path) -> bool:
    try:
        info = os.lstat(folder)  # lstat: a symlink planted by someone else does not count as our folder
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and info.st_mode & 0o077 == 0


def server_path(home: str | None = None) -> str | None:
    """Where the socket lives: a pipe name on Windows, a file in :func:`private_dir` elsewhere; None without one."""
    name = server_name(home)
    if os.name == "nt":
        return name  # a named pipe; UserAccessOption restricts it to this user
    folder = private_dir()
    return str(folder / name) if folder is not None else None


class SingleInstance(QObject):
    """The first instance's end of the local socket.

    Signals:
        sig_activate(): another start of the app asked this one to show its window.
    """

    sig_activate = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        # Only this user may connect, whatever the umask (a group member could otherwise drive the app). Qt
        # then binds in a private temporary folder and renames the socket over the name, replacing any file
        # there: callers first make sure nothing answering like us holds it (acquire).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Listen on the name, replacing what is there: nothing that answers like this app holds it (acquire)."""
        if os.path.exists(self.name):
            QLocalServer.removeServer(self.name)
            log.info("removed the stale single-instance socket %s", self.name)
        if self._server.listen(self.name):
            return True
        log.warning("cannot listen on %s (%s): a second start will open a second window",
                    self.name, self._server.errorString())
        return False

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            # A bound method, not a lambda holding self: a closure would keep this object alive from inside
            # its own socket, and free it while Qt deletes that socket (a crash).
            socket.readyRead.connect(self._read_sender)
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read_sender(self) -> None:
        self._read(self.sender())

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            if socket.readLine().data() == ACTIVATE:
                log.info("another start of the app asked to show the window")
                socket.write(ACK)  # proves to the second start that it reached this app, not a squatter
                socket.flush()
                self.sig_activate.emit()


def notify_running(name: str, timeout_ms: int = TIMEOUT_MS, answer_ms: int = ANSWER_TIMEOUT_MS) -> bool:
    """Ask the instance listening on ``name`` to show its window; False when nothing answering like us is there.

    Bounded: ``timeout_ms`` to connect and to send, ``answer_ms`` for the answer. Something that accepts but
    does not answer (another program, a hung process) is logged and ignored.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(timeout_ms)
    reply, deadline = b"", time.monotonic() + answer_ms / 1000
    while len(reply) < len(ACK) and (remaining := deadline - time.monotonic()) > 0:
        if socket.bytesAvailable() or socket.waitForReadyRead(max(1, int(remaining * 1000))):
            reply += socket.readAll().data()
        elif socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            break  # it hung up without answering
    answered = reply.startswith(ACK)
    socket.abort()
    if not answered:
        log.warning("the single-instance socket %s is held by something that does not answer like Coze Desktop "
                    "within %d ms: starting anyway", name, answer_ms)
    return answered


def acquire(name: str | None = None) -> SingleInstance | None:
    """This process's server when it is the first instance; None when a running one was asked to take over.

    Without a private folder for the socket the app runs without single-instance handling (logged): better
    a second window than a socket another user can block or drive. Two starts in the same instant can both end
    up running (each sees no server, then one replaces the other's socket); rare, and harmless beyond a
    second window.
    """
    name = name or server_path()
    if name is None:
        log.warning("no private folder for the single-instance socket: a second start opens a second window")
        return SingleInstance("")
    if notify_running(name):
        return None
    instance = SingleInstance(name)
    instance.listen()
    return instance


def activate_window(window: QWidget) -> None:
    """Bring the window to the front: out of the tray or the taskbar, without undoing "maximized"."""
    # showNormal() would also un-maximize; clearing only the minimized bit keeps the user's window state.
    # (QtCore.Qt, not an import of Qt: building that namespace's enums costs ~20 ms of every start-up.)
    state = QtCore.Qt.WindowState
    window.setWindowState((window.windowState() & ~state.WindowMinimized) | state.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
