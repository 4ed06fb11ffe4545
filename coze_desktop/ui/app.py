"""Start-up of the desktop app: QApplication, translations, style, and the one qasync event loop."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..chat import HistoryStore
from ..plugins import default_registry
from ..settings import Settings, load_settings
from .event_loop import EventLoop
from .main_window import MainWindow
from .session import ChatSession
from .theme import apply_theme, stylesheet

APP_ID = "cn.cozedesktop.CozeDesktop"
LANGUAGES = ("zh_CN", "en")


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


def build(settings: Settings | None = None) -> tuple[MainWindow, HistoryStore]:
    """The window with its session and history, for ``run`` and for tests (which bring their own app)."""
    settings = settings or load_settings()
    store = HistoryStore()
    session = ChatSession(store, default_registry())
    window = MainWindow(settings, store, session)
    return window, store


def run(argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Coze Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Coze Desktop")
    app.setDesktopFileName(APP_ID)
    # Closing the window must end our loop, not Qt's underneath qasync (which would abort pending tasks).
    app.setQuitOnLastWindowClosed(False)
    settings = load_settings()
    install_translators(app, ui_language(settings.language))
    apply_theme(app, settings.theme)
    app.setStyleSheet(stylesheet(app.palette()))

    loop = EventLoop(app)
    asyncio.set_event_loop(loop)
    window, store = build(settings)
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    with loop:
        window.show()
        loop.run_until_complete(window.start())
        loop.run_until_complete(closed.wait())
        loop.run_until_complete(window.session.close())
        loop.run_until_complete(loop.shutdown_asyncgens())
    store.close()
    return 0
