"""Help menu (diagnostics, log folder, About), the unexpected-error dialog, and the tray with close-to-tray."""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

import coze_desktop
from coze_desktop.logs import setup_logging
from coze_desktop.ui import tray as tray_module
from coze_desktop.ui.help_menu import ErrorReporter, install_help_menu
from coze_desktop.ui.main_window import MainWindow
from coze_desktop.ui.tray import Tray, install_tray

TOKEN = "pat_HelpMenuSecret0123456789"




@pytest.fixture
def log_file(app_home: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    yield setup_logging()
    for handler in [h for h in root.handlers if getattr(h, "_coze_desktop", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    logging.captureWarnings(False)


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# ------------------------------------------------------------------------------------------------ Help


async def test_help_menu_has_its_actions(window: MainWindow) -> None:
    menu = install_help_menu(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[-1] == "&Help"
    assert [a.text() for a in menu.menu.actions() if not a.isSeparator()] == [
        "Keyboard shortcuts", "Copy diagnostics", "Open log folder", "About Coze Desktop"]
    assert menu.menu.actions()[0] is window.shortcuts_action  # the one action, Ctrl+/ and all


async def test_copy_diagnostics_fills_the_clipboard_without_the_token(
        window: MainWindow, log_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    menu = install_help_menu(window)
    monkeypatch.setenv("COZE_API_TOKEN", TOKEN)
    logging.getLogger("coze_desktop.test").warning("retrying with %s", TOKEN)
    menu.copy_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert "Connected to: the offline demo bot at http://127.0.0.1:" in text
    assert "COZE_API_TOKEN set: yes" in text and "Qt: Qt 6." in text
    assert "retrying with pat_<redacted>" in text
    assert TOKEN not in text


async def test_open_log_folder_opens_the_log_dir(window: MainWindow, app_home: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    install_help_menu(window).logs_action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(app_home / "logs")]
    assert (app_home / "logs").is_dir()


async def test_about_is_one_non_modal_box(window: MainWindow) -> None:
    menu = install_help_menu(window)
    menu.about_action.trigger()
    box = menu.about_box
    assert box is not None and box.isVisible()
    assert box.windowModality() == Qt.WindowModality.NonModal and not box.isModal()
    assert coze_desktop.__version__ in box.text()
    menu.about_action.trigger()
    assert menu.about_box is box
    box.close()
    await asyncio.sleep(0)
    assert menu.about_box is None


# ----------------------------------------------------------------------------------- unexpected errors


@pytest_asyncio.fixture
async def reporter(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[ErrorReporter]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    loop = asyncio.get_running_loop()
    reporter = ErrorReporter(lambda: "diagnostics", window)
    reporter.install(loop)
    yield reporter
    loop.set_exception_handler(None)
    if reporter.box is not None:
        reporter.box.close()


async def test_an_exception_in_a_qt_slot_is_logged_and_shown(reporter: ErrorReporter, log_file: Path) -> None:
    def boom() -> None:
        raise ValueError(f"could not use {TOKEN}")

    QTimer.singleShot(0, boom)
    await asyncio.sleep(0.05)

    box = reporter.box
    assert box is not None and box.isVisible() and not box.isModal()
    assert "ValueError: could not use pat_<redacted>" in box.informativeText()
    log = read(log_file)
    assert "unhandled exception" in log and "Traceback" in log and TOKEN not in log


async def test_a_failed_task_is_shown_and_errors_are_counted_in_one_box(reporter: ErrorReporter,
                                                                       log_file: Path) -> None:
    async def fails() -> None:
        raise RuntimeError("task broke")

    asyncio.get_running_loop().call_soon(lambda: 1 / 0)
    await asyncio.sleep(0.01)
    first = reporter.box
    assert first is not None and "ZeroDivisionError" in first.informativeText()

    task = asyncio.ensure_future(fails())
    await asyncio.sleep(0.01)
    del task  # never awaited: asyncio reports it when the task is collected
    gc.collect()
    await asyncio.sleep(0.01)
    assert reporter.box is first
    assert "RuntimeError: task broke" in first.informativeText() and "(2 errors" in first.informativeText()
    assert "task broke" in read(log_file)


async def test_the_error_dialog_copies_the_diagnostics(reporter: ErrorReporter) -> None:
    reporter.show(RuntimeError("x"))
    copy = next(b for b in reporter.box.buttons() if b.text() == "Copy diagnostics")
    copy.click()
    assert QGuiApplication.clipboard().text() == "diagnostics"


async def test_a_cancelled_task_or_a_plain_note_shows_nothing(reporter: ErrorReporter) -> None:
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "unclosed transport"})
    loop.call_exception_handler({"message": "cancelled", "exception": asyncio.CancelledError()})
    assert reporter.box is None


# ------------------------------------------------------------------------------------------------- tray


async def test_tray_menu_toggles_the_window_and_playback(window: MainWindow) -> None:
    toggled: list[int] = []
    tray = Tray(window, on_quit=lambda: None, toggle_playback=lambda: toggled.append(1))
    assert tray.play_action.isEnabled()
    tray.play_action.trigger()
    assert toggled == [1]

    tray.show_action.trigger()
    assert not window.isVisible() and tray.show_action.text() == "Show window"
    tray.show_action.trigger()
    assert window.isVisible() and tray.show_action.text() == "Hide window"


async def test_tray_without_a_player_disables_play_pause_and_quits(window: MainWindow) -> None:
    quits: list[int] = []
    tray = Tray(window, on_quit=lambda: quits.append(1))
    assert not tray.play_action.isEnabled()
    tray.quit_action.trigger()
    assert quits == [1]


async def test_closing_the_window_quits_unless_the_user_keeps_playing_in_the_tray(window: MainWindow) -> None:
    tray = Tray(window, on_quit=lambda: None)
    window.settings.keep_playing_in_tray = True
    assert not window.close()  # refused: hidden into the tray instead
    assert not window.isVisible()

    tray.toggle_window()
    tray.quitting = True  # Quit from the tray or the File menu
    assert window.close()

    window.show()
    tray.quitting = False
    window.settings.keep_playing_in_tray = False
    assert window.close()


async def test_no_tray_where_the_desktop_has_none(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tray_module.QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    assert install_tray(window, on_quit=lambda: None) is None
    monkeypatch.setattr(tray_module.QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    tray = install_tray(window, on_quit=lambda: None)
    assert isinstance(tray, Tray) and isinstance(tray.icon, QSystemTrayIcon) and tray.icon.isVisible()
    tray.icon.hide()
