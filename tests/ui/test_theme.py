"""Themes: dark and light palettes on request, the system's back when the setting returns to "follow"."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from coze_desktop.ui.theme import apply_theme, stylesheet


def test_dark_light_and_back_to_the_system(qapp: QApplication) -> None:
    original = (qapp.style().name(), qapp.palette().color(QPalette.ColorRole.Window).name())
    try:
        apply_theme(qapp, "dark")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert qapp.palette().color(QPalette.ColorRole.Text).lightness() > 180
        dark_sheet = stylesheet(qapp.palette())
        apply_theme(qapp, "light")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180
        assert stylesheet(qapp.palette()) != dark_sheet  # bubbles and cards follow the palette
    finally:
        apply_theme(qapp, "")
    assert (qapp.style().name(), qapp.palette().color(QPalette.ColorRole.Window).name()) == original
