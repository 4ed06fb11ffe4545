"""One running app per user and app home: a second start asks the first to show its window, then exits."""

from __future__ import annotations

import logging
import os
import re
import zlib

from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from ..settings import HOME_ENV

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
# Only used before any event loop runs: the blocking waits cannot stall asyncio tasks.
TIMEOUT_MS = 500


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
        # No socket options: with them Qt binds elsewhere and renames over the name, silently taking it even
        # from a live instance. The umask already keeps other users from connecting (that needs write access).
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Listen on the name. A socket file left by a crashed instance (nobody answered on it) is removed first."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            log.info("removed the stale single-instance socket %s", self.name)
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
                self.sig_activate.emit()


def notify_running(name: str, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Ask the instance listening on ``name`` to show its window; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return True


def acquire(name: str | None = None) -> SingleInstance | None:
    """This process's server when it is the first instance; None when a running one was asked to take over.

    Two starts in the same instant can both end up running (each sees no server, then one replaces the
    other's socket); that is rare, and harmless beyond a second window.
    """
    name = name or server_name()
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
