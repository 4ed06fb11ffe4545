"""Start-up of the desktop app: QApplication, translations, style, and the one qasync event loop."""

from __future__ import annotations

import asyncio
import logging
import os
import platform
import shutil
import sys
import threading
from pathlib import Path

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QSize,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..chat import HistoryStore
from ..logs import setup_logging
from ..plugins import MusicLibrary, VolumeModel, create_player, default_registry
from ..settings import Settings, load_settings
from . import smoke
from .event_loop import EventLoop
from .help_menu import ErrorReporter, install_help_menu
from .main_window import MainWindow
from .player_bar import PlayerBar
from .session import ChatSession
from .single_instance import acquire, activate_window
from .theme import apply_theme, stylesheet
from .tray import Tray, install_tray

log = logging.getLogger(__name__)

APP_ID = "cn.cozedesktop.CozeDesktop"
LANGUAGES = ("zh_CN", "en")
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def resources_dir() -> Path:
    """``resources/`` of the checkout, or of the bundle when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) / "resources" if frozen else Path(__file__).resolve().parents[2] / "resources"


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
    for size in ICON_SIZES:  # Qt reads only the sizes it is asked to draw
        icon.addFile(str(resources_dir() / "icons" / f"coze-desktop-{size}.png"), QSize(size, size))
    return icon


def route_qt_messages() -> None:
    """Qt's own warnings (a missing plugin, a font) go to the log file too, where diagnostics find them."""
    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def _diagnostics(window: MainWindow) -> str:
    from ..diagnostics import diagnostics_text  # on demand: not part of the start-up

    return diagnostics_text(window.settings, window.session.connection)


def build(settings: Settings | None = None, store: HistoryStore | None = None) -> tuple[MainWindow, HistoryStore]:
    """The window with its session and history, for ``run`` and for tests (which bring their own app)."""
    settings = settings or load_settings()
    store = store or HistoryStore()
    volume = VolumeModel()
    player = create_player(volume, asyncio.get_event_loop())  # a MissingPlayer explains a missing libVLC
    library = MusicLibrary(settings.profile.music_folder)
    window: MainWindow | None = None
    registry = default_registry(volume, library=library, player=player,
                                allow_http=lambda: window is not None and window.settings.allow_http)
    window = MainWindow(settings, store, ChatSession(store, registry), PlayerBar(player, volume), library)
    return window, store


def run(argv: list[str] | None = None, *, smoke_test: bool = False) -> int:
    """The desktop app until it quits; with ``smoke_test`` (or ``COZE_DESKTOP_SMOKE_TEST=1``) a self-check."""
    smoke_test = smoke.requested(smoke_test)
    scratch = smoke.prepare() if smoke_test else None
    setup_logging()
    route_qt_messages()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Coze Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Coze Desktop")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    # Closing the window must end our loop, not Qt's underneath qasync (which would abort pending tasks).
    app.setQuitOnLastWindowClosed(False)
    log.info("Coze Desktop %s starting: Python %s, %s, Qt platform %s", __version__, platform.python_version(),
             platform.platform(), app.platformName())
    instance = None
    if not smoke_test:  # a self-check tests this very build: it never hands over to a running app
        instance = acquire()
        if instance is None:
            log.info("Coze Desktop is already running: asked it to show its window")
            return 0
    settings = smoke.settings() if smoke_test else load_settings()
    install_translators(app, ui_language(settings.language))
    apply_theme(app, settings.theme)
    app.setStyleSheet(stylesheet(app.palette()))

    loop = EventLoop(app)
    asyncio.set_event_loop(loop)
    window, store = build(settings, HistoryStore(scratch / "history.sqlite3") if scratch else None)
    reporter = ErrorReporter(lambda: _diagnostics(window), window)
    reporter.install(loop)
    install_help_menu(window)
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
    tray = install_tray(window, on_quit=quit_app)
    app.lastWindowClosed.connect(closed.set)
    if instance is not None:
        instance.sig_activate.connect(lambda: activate_window(window))
    code = 0
    with loop:
        window.show()
        # Paint first, connect after: connecting reads the keyring and may start the demo server (0.1-0.3 s on
        # a first start), and the window should be on the screen meanwhile.
        painted = loop.run_until_complete(smoke.first_paint(window))
        if painted is not None and os.environ.get(smoke.FIRST_PAINT_ENV) == "1":
            print(f"first-paint {painted:.6f}", flush=True)  # read by bench/bench_startup.py
            closed.set()
        if scratch is not None:
            code = loop.run_until_complete(smoke.run(window, scratch))
        else:
            try:
                loop.run_until_complete(window.start())
            except Exception as exc:  # a bug: say so, and keep the window so the user can copy diagnostics
                reporter.report(exc)
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
