"""The system tray icon: show or hide the window, play or pause, quit; and closing the window into the tray."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from .main_window import MainWindow
from .single_instance import activate_window


class Tray(QObject):
    """The tray icon and its menu, and the window's close-to-tray behaviour.

    ``toggle_playback`` plays or pauses the music (None while there is no player: the entry is disabled);
    ``on_quit`` ends the app. Closing the window hides it into the tray when the settings' ``keep_playing_in_tray``
    says so, and otherwise closes it as usual (which quits).
    """

    def __init__(self, window: MainWindow, *, on_quit: Callable[[], None],
                 toggle_playback: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.quitting = False
        self.icon = QSystemTrayIcon(QGuiApplication.windowIcon(), self)
        self.menu = QMenu()  # no parent: a tray menu is a top-level popup, never part of the window
        self.show_action = self.menu.addAction("")
        self.play_action = self.menu.addAction("")
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction("")
        self.play_action.setEnabled(toggle_playback is not None)
        if toggle_playback is not None:
            self.play_action.triggered.connect(toggle_playback)
        self.show_action.triggered.connect(self.toggle_window)
        self.quit_action.triggered.connect(on_quit)
        self.menu.aboutToShow.connect(self._update_show_text)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.destroyed.connect(self.menu.deleteLater)
        window.installEventFilter(self)
        self._retranslate()

    def _retranslate(self) -> None:
        """The icon's tooltip and the menu in the current language; again after a live language change."""
        self.icon.setToolTip(self.tr("Coze Desktop"))
        self.play_action.setText(self.tr("Play / Pause"))
        self.quit_action.setText(self.tr("Quit"))
        self._update_show_text()

    def event(self, event: QEvent) -> bool:
        # Not a widget, so no changeEvent: the window passes its LanguageChange on to its children, this one too.
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return super().event(event)

    def toggle_window(self) -> None:
        if self.window.isVisible() and not self.window.isMinimized():
            self.window.hide()
        else:
            activate_window(self.window)
        self._update_show_text()

    def _update_show_text(self) -> None:
        shown = self.window.isVisible() and not self.window.isMinimized()
        self.show_action.setText(self.tr("Hide window") if shown else self.tr("Show window"))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:  # a plain click; the menu has its own button
            self.toggle_window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.window and event.type() == QEvent.Type.Close and not self.quitting
                and self.window.settings.keep_playing_in_tray):
            event.ignore()
            self.window.hide()
            self._update_show_text()
            return True
        return False


def install_tray(window: MainWindow, *, on_quit: Callable[[], None],
                 toggle_playback: Callable[[], None] | None = None) -> Tray | None:
    """The tray icon, shown; None where the desktop has no system tray (then closing the window always quits)."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = Tray(window, on_quit=on_quit, toggle_playback=toggle_playback)
    tray.icon.show()
    return tray
