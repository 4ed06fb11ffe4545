"""Start-up of the desktop app: the window's frame painted first, then the services on the one qasync loop."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QObject,
    QSize,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__
from ..logs import hold_early_records, setup_logging
from ..resources import resources_dir
from ..settings import load_settings
from .main_window import MainWindow
from .single_instance import SingleInstance, acquire, activate_window
from .theme import apply_theme, stylesheet

log = logging.getLogger(__name__)

APP_ID = "cn.cozedesktop.CozeDesktop"
SMOKE_ENV = "COZE_DESKTOP_SMOKE_TEST"
FIRST_PAINT_ENV = "COZE_DESKTOP_EXIT_AFTER_PAINT"  # bench/bench_startup.py: print the paint and ready times, quit
FIRST_PAINT_TIMEOUT_MS = 1000
LANGUAGES = ("zh_CN", "en")
# Not 512: on X11 the window hands every size to the window manager as pixels (_NET_WM_ICON) when it is
# shown, and the 512 one alone costs 5-10 ms of the first paint. Menus and launchers use the installed icons.
ICON_SIZES = (16, 32, 48, 64, 128, 256)
NO_DISPLAY_EXIT = 2
NO_DISPLAY_MESSAGE = (
    "Coze Desktop cannot open its window: there is no graphical display (neither DISPLAY nor WAYLAND_DISPLAY "
    "is set).\n"
    "  - Start it from a desktop session (or `ssh -X` into one).\n"
    "  - On a machine without a screen: xvfb-run -a {command}\n"
    "  - For checks only (e.g. --smoke-test): QT_QPA_PLATFORM=offscreen {command} --smoke-test\n"
    "  - Or chat in this terminal: {command} chat"
)


def own_command() -> str:
    """How the user started this program, for advice: the bundle's executable, else the module."""
    return sys.executable if getattr(sys, "frozen", False) else "python -m coze_desktop"


def ui_language(setting: str) -> str:
    """The interface language: the setting, else the system's (any Chinese locale gets zh_CN)."""
    if setting in LANGUAGES:
        return setting
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's own (standard dialogs) translations; English needs none of ours."""
    installed = []
    sources = [(resources_dir() / "i18n", f"coze_desktop_{language}"),
               (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{language}")]
    for folder, name in sources:
        translator = QTranslator(app)
        if language != "en" and translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resources_dir() / "icons" / f"coze-desktop-{size}.png"), QSize(size, size))
    return icon


def missing_display() -> bool:
    """On Linux and the BSDs: no X11 or Wayland display and no Qt platform chosen, so QApplication would abort."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    return not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def logging_ready() -> bool:
    """Whether ``setup_logging`` has run: its handlers (file, stderr) are on the root logger."""
    return any(getattr(handler, "_coze_desktop", False) for handler in logging.getLogger().handlers)


def route_qt_messages() -> None:
    """Qt's own warnings (a missing plugin, a font) go to the log file too, where diagnostics find them.

    A fatal message (no display, no platform plugin) is written out at once: Qt aborts the process as soon as
    the handler returns, and the log is still held in memory until the first paint.
    """
    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind in (QtMsgType.QtFatalMsg, QtMsgType.QtCriticalMsg) and not logging_ready():
            # The held records, then this one: to the log file and (WARNING up) to stderr. Without a usable log
            # folder setup_logging falls back to stderr alone, so the reason the app stops is always printed.
            setup_logging()
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


class FirstPaint(QObject):
    """Calls ``done(time.monotonic())`` once, at the window's first Paint event."""

    def __init__(self, window: QWidget, done: Callable[[float], None]) -> None:
        super().__init__(window)
        self._window, self._done = window, done
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            self._done(time.monotonic())
        return False


def show_and_paint(window: QWidget) -> float | None:
    """Show ``window`` and return the ``time.monotonic()`` of its first paint; None after a second (off screen).

    Runs Qt's own event loop for the while: there is no asyncio loop yet, and none is needed to paint.
    """
    painted: list[float] = []
    wait = QEventLoop()
    FirstPaint(window, lambda when: (painted.append(when), wait.quit()))
    QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, wait.quit)
    window.show()
    if not painted:
        wait.exec()
    return painted[0] if painted else None


def freeze_startup_objects() -> None:
    """Hide what start-up made (modules, Qt wrappers, the window) from the garbage collector for good.

    They live as long as the app, yet every generation-2 collection scanned all ~90,000 of them: 50-60 ms
    stalls that allocations while scrolling a long conversation happened to trigger (bench/long_conversation.md).
    The collection first, so start-up's own garbage is not frozen with them (once, ~30 ms, after the first paint).
    """
    import gc

    gc.collect()
    gc.freeze()


def run(argv: list[str] | None = None, *, smoke_test: bool = False) -> int:
    """The desktop app until it quits; with ``smoke_test`` (or ``COZE_DESKTOP_SMOKE_TEST=1``) a self-check.

    Start-up paints the window's frame before anything else is imported: the chat engine, the HTTP stack,
    the markdown renderer, libVLC and asyncio itself take longer than all of Qt's start (bench/bench_startup.py).
    """
    smoke_test = smoke_test or os.environ.get(SMOKE_ENV) == "1"
    if QApplication.instance() is None and missing_display():
        print(NO_DISPLAY_MESSAGE.format(command=own_command()), file=sys.stderr, flush=True)
        return NO_DISPLAY_EXIT
    scratch = None
    if smoke_test:
        from . import smoke

        scratch = smoke.prepare()
    hold_early_records()
    route_qt_messages()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Coze Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Coze Desktop")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    # Closing the window must end our loop, not Qt's underneath qasync (which would abort pending tasks).
    app.setQuitOnLastWindowClosed(False)
    instance = None
    if not smoke_test:  # a self-check tests this very build: it never hands over to a running app
        instance = acquire()
        if instance is None:
            setup_logging()
            log.info("Coze Desktop is already running: asked it to show its window")
            return 0
    settings = smoke.settings() if smoke_test else load_settings()
    install_translators(app, ui_language(settings.language))
    apply_theme(app, settings.theme)
    app.setStyleSheet(stylesheet(app.palette()))
    window = MainWindow(settings)
    painted = show_and_paint(window)
    return _serve(app, window, instance, scratch, painted)


def _serve(app: QApplication, window: MainWindow, instance: SingleInstance | None, scratch: Path | None,
           painted: float | None) -> int:
    """After the first paint: logging, the event loop, the services and the content; then run until quit."""
    import asyncio
    import platform
    import shutil
    import threading

    from ..chat import HistoryStore
    from .event_loop import EventLoop
    from .help_menu import ErrorReporter, install_help_menu
    from .services import attach_services
    from .tray import Tray, install_tray

    setup_logging()
    log.info("Coze Desktop %s starting: Python %s, %s, Qt platform %s", __version__, platform.python_version(),
             platform.platform(), app.platformName())
    loop = EventLoop(app)
    asyncio.set_event_loop(loop)
    store = attach_services(window, HistoryStore(scratch / "history.sqlite3") if scratch else None)
    reporter = ErrorReporter(install_help_menu(window).diagnostics, window)
    reporter.install(loop)
    closed = asyncio.Event()
    tray: Tray | None = None

    def quit_app() -> None:
        if tray is not None:
            tray.quitting = True
        window.close()
        closed.set()

    # File → Quit ends the app, also when closing the window only hides it into the tray.
    window.quit_action.triggered.disconnect(window.close)
    window.quit_action.triggered.connect(quit_app)
    tray = install_tray(window, on_quit=quit_app,
                        toggle_playback=window.player_bar.toggle if window.player_bar is not None else None)
    app.lastWindowClosed.connect(closed.set)
    if instance is not None:
        instance.sig_activate.connect(lambda: activate_window(window))
    code = 0
    with loop:
        if painted is not None and os.environ.get(FIRST_PAINT_ENV) == "1":
            # Ready: the content is built and its first paint is done (read by bench/bench_startup.py).
            app.processEvents()
            print(f"first-paint {painted:.6f}\nready {time.monotonic():.6f}", flush=True)
            closed.set()
        if scratch is not None:
            from . import smoke

            code = loop.run_until_complete(smoke.run(window, scratch))
        else:
            try:
                # Connecting reads the keyring and may start the demo server (0.1-0.3 s on a first start).
                loop.run_until_complete(window.start())
            except Exception as exc:  # a bug: say so, and keep the window so the user can copy diagnostics
                reporter.report(exc)
            freeze_startup_objects()
            loop.run_until_complete(closed.wait())
        loop.run_until_complete(window.shutdown())
        loop.run_until_complete(loop.shutdown_asyncgens())
    store.close()
    # A daemon thread still running at exit (the lexer warm-up of markdown_view) makes PySide abort during
    # interpreter shutdown ("terminate called without an active exception"): let such threads finish first.
    for thread in threading.enumerate():
        if thread.daemon:
            thread.join(timeout=2)
    if instance is not None:
        instance.close()
    if scratch is not None:
        shutil.rmtree(scratch, ignore_errors=True)
    return code
