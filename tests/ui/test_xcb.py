"""On a real X server (``xvfb-run … pytest -m xcb``, .ci/test.sh): the window shows Chinese, not boxes; the app
starts on xcb; a desktop without a tray is handled."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel, QSystemTrayIcon

from coze_desktop.settings import load_settings
from coze_desktop.ui.main_window import MainWindow
from coze_desktop.ui.services import build

from .test_main_window import close_window
from .test_single_instance import ROOT

pytestmark = pytest.mark.xcb


@pytest.fixture(autouse=True)
def _on_x(qapp: QApplication) -> None:
    if QGuiApplication.platformName() != "xcb":
        pytest.skip("needs a real X server: run under xvfb-run (.ci/test.sh does)")


@pytest_asyncio.fixture
async def window(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[MainWindow]:
    from coze_desktop.ui.session import ChatSession

    monkeypatch.setattr(ChatSession, "demo_delay", 0.0)
    qapp.setQuitOnLastWindowClosed(False)
    win, store = build(load_settings())
    win.resize(1000, 700)
    win.show()
    await win.start()
    yield win
    await close_window(win, store)


async def grab_from_x(widget) -> QImage:
    """What the X server shows for the widget: its pixels read back from the screen, not a re-render. The loop
    runs meanwhile to draw it: processEvents() here would run the window's tasks re-entrantly (an icon download
    then never ends, and the loop's teardown waits for it forever)."""
    await asyncio.sleep(0.2)
    return QGuiApplication.primaryScreen().grabWindow(widget.winId()).toImage()


def colours(image: QImage, step: int = 4) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def test_a_chinese_font_is_installed_and_has_the_glyphs(qapp: QApplication) -> None:
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert families, "no Simplified Chinese font: install fonts-noto-cjk (.ci/setup.sh)"
    font = QFont(families[0])
    metrics = QFontMetrics(font)
    assert all(metrics.inFontUcs4(ord(c)) for c in "你好音量")


async def test_the_window_on_x_draws_chinese_characters_not_boxes(window: MainWindow) -> None:
    """Two different characters in the window's own font, read back from the X server: a missing glyph draws
    the same empty box for both."""
    shots = []
    for char in ("你", "量"):
        label = QLabel(char)
        label.setFont(window.input.font())
        label.setStyleSheet("font-size: 48px; background: white; color: black; padding: 4px")
        label.show()
        label.setMinimumSize(label.sizeHint())
        shots.append(await grab_from_x(label))
        label.close()
        label.deleteLater()
    first, second = shots
    assert colours(first) > 2 and colours(second) > 2, "nothing was drawn"
    assert first != second, "both characters look the same: missing glyphs (tofu)"
    screenshot = await grab_from_x(window)
    assert screenshot.width() >= 800 and colours(screenshot, 8) > 8  # the real window, not a blank surface


def test_without_a_tray_the_app_does_not_offer_one(qapp: QApplication) -> None:
    """Bare Xvfb has no tray host, like some desktops: no tray icon, and Settings cannot turn close-to-tray on."""
    from coze_desktop.ui.settings_dialog import SettingsDialog
    from coze_desktop.ui.tray import install_tray

    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("this X server has a system tray")
    window = MainWindow(load_settings())
    assert install_tray(window, on_quit=lambda: None) is None
    dialog = SettingsDialog(load_settings())
    assert not dialog.tray_check.isEnabled() and "no system tray" in dialog.tray_check.toolTip()
    dialog.deleteLater()
    window.deleteLater()


def test_the_app_starts_on_the_x_server(app_home: Path) -> None:
    env = {**os.environ, "COZE_DESKTOP_EXIT_AFTER_PAINT": "1"}
    env.pop("QT_QPA_PLATFORM", None)  # chosen by the display, as for a user
    done = subprocess.run([sys.executable, "-m", "coze_desktop"], cwd=ROOT, capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "first-paint" in done.stdout
    log = (app_home / "logs" / "coze-desktop.log").read_text(encoding="utf-8")
    assert "Qt platform xcb" in log
