"""Where a user gets help: the Help menu (diagnostics, log folder, About) and the dialog for an unexpected error."""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__
from ..logs import log_dir, redact
from .main_window import MainWindow

log = logging.getLogger(__name__)


def open_log_folder() -> bool:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class HelpMenu(QObject):
    """The window's Help menu. About is non-modal: a modal box would need exec(), which stalls the asyncio loop."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.about_box: QMessageBox | None = None
        self.menu = window.menuBar().addMenu("")
        self.copy_action = QAction(window)
        self.logs_action = QAction(window)
        self.about_action = QAction(window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.menu.addAction(window.shortcuts_action)  # Ctrl+/, also under View: Help is where people look for it
        for action in (self.copy_action, self.logs_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)
        self.copy_action.triggered.connect(self.copy_diagnostics)
        self.logs_action.triggered.connect(open_log_folder)
        self.about_action.triggered.connect(self.show_about)
        self._retranslate()

    def _retranslate(self) -> None:
        """The menu's texts (and an open About box) in the current language; again after a live change."""
        self.menu.setTitle(self.tr("&Help"))
        self.copy_action.setText(self.tr("Copy diagnostics"))
        self.logs_action.setText(self.tr("Open log folder"))
        self.about_action.setText(self.tr("About Coze Desktop"))
        if self.about_box is not None:
            self.about_box.setWindowTitle(self.tr("About Coze Desktop"))
            self.about_box.setText(self._about_text())

    def event(self, event: QEvent) -> bool:
        # Not a widget, so no changeEvent: the window passes its LanguageChange on to its children, this one too.
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return super().event(event)

    def diagnostics(self) -> str:
        from ..diagnostics import diagnostics_text  # on demand: it loads libVLC and the HTTP stack

        return diagnostics_text(self.window.settings, self.window.session.connection)

    def copy_diagnostics(self) -> None:
        QGuiApplication.clipboard().setText(self.diagnostics())
        self.window.statusBar().showMessage(self.tr("Diagnostics copied: paste them into your bug report."), 5000)

    def show_about(self) -> None:
        if self.about_box is None:
            box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Coze Desktop"), "",
                              QMessageBox.StandardButton.Close, self.window)
            box.setIconPixmap(QGuiApplication.windowIcon().pixmap(64, 64))
            box.setTextFormat(Qt.TextFormat.RichText)
            box.setText(self._about_text())
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.finished.connect(self._about_closed)
            self.about_box = box
        self.about_box.show()
        self.about_box.raise_()

    def _about_text(self) -> str:
        return (self.tr("<h3>Coze Desktop %1</h3><p>Chat with a Coze (扣子) bot, and let it run local plugins on this "
                        "computer: play music, set the volume.</p><p>MIT licence. Qt %2, Python %3.</p>")
                .replace("%1", __version__).replace("%2", qVersion()).replace("%3", sys.version.split()[0]))

    def _about_closed(self) -> None:
        if self.about_box is not None:
            self.about_box.deleteLater()
            self.about_box = None


def install_help_menu(window: MainWindow) -> HelpMenu:
    """Add Help to the window's menu bar (the window owns the menu; keep the returned object for tests)."""
    return HelpMenu(window)


class ErrorReporter(QObject):
    """Catches what nothing else handled — Python's excepthook (Qt slots included) and the asyncio loop's handler.

    Each error is logged with its traceback (redacted like every log line) and shown in one non-modal dialog
    that says the app keeps running and offers the diagnostics. Never a silent exit, never exec().
    """

    def __init__(self, diagnostics: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._diagnostics = diagnostics
        self._parent = parent
        self.box: QMessageBox | None = None
        self.count = 0

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        sys.excepthook = self.excepthook
        loop.set_exception_handler(self.loop_exception)

    def excepthook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unhandled exception", exc_info=(kind, error, tb))
        self.show(error)

    def loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        loop.default_exception_handler(context)  # logs message, context and traceback through our handlers
        error = context.get("exception")
        # Without an exception it is a note (an unclosed transport…); a cancellation is not a failure.
        if isinstance(error, Exception):
            self.show(error)

    def report(self, error: Exception) -> None:
        """For an error caught where it cannot be handled (the window's start-up): log it and show the dialog."""
        log.error("unexpected error", exc_info=error)
        self.show(error)

    def show(self, error: BaseException) -> None:
        self.count += 1
        summary = redact("".join(traceback.format_exception_only(error)).strip())
        if self.box is None:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Coze Desktop"), "",
                              QMessageBox.StandardButton.Close, self._parent)
            box.setText(self.tr("Something went wrong. Coze Desktop keeps running; the details were written "
                                "to the log."))
            copy = box.addButton(self.tr("Copy diagnostics"), QMessageBox.ButtonRole.ActionRole)
            logs = box.addButton(self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
            copy.clicked.connect(self._copy_diagnostics)
            logs.clicked.connect(open_log_folder)
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.finished.connect(self._closed)
            self.box = box
            self.count = 1
        if self.count > 1:
            summary += "\n" + self.tr("(%1 errors since this message appeared)").replace("%1", str(self.count))
        self.box.setInformativeText(summary)
        self.box.show()
        self.box.raise_()

    def _copy_diagnostics(self) -> None:
        QGuiApplication.clipboard().setText(self._diagnostics())

    def _closed(self) -> None:
        if self.box is not None:
            self.box.deleteLater()
            self.box = None
