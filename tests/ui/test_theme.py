"""Themes: our light and dark palettes on request, the system's light-or-dark when the setting is "follow"."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette, QTextLayout
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QStyle, QStyleOptionFrame

from coze_desktop.ui import theme
from coze_desktop.ui.theme import DARK, LIGHT, apply_theme, stylesheet


@pytest.fixture
def restore(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, "light")
    qapp.setStyleSheet("")


def test_dark_light_and_follow_the_system(qapp: QApplication, restore: None) -> None:
    assert apply_theme(qapp, "dark") is DARK and theme.current() is DARK
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    assert qapp.palette().color(QPalette.ColorRole.Text).name() == DARK.text
    assert qapp.style().name().lower() == "fusion"
    dark_sheet = stylesheet(qapp.palette())
    assert DARK.user_bubble in dark_sheet and LIGHT.user_bubble not in dark_sheet
    apply_theme(qapp, "light")
    assert qapp.palette().color(QPalette.ColorRole.Base).name() == LIGHT.surface
    assert stylesheet(qapp.palette()) != dark_sheet  # bubbles and cards follow the palette
    # The system here (offscreen, no desktop) started light: "follow" means our light palette, not Qt's own.
    assert apply_theme(qapp, "") is LIGHT
    assert apply_theme(qapp, "neon") is LIGHT


def test_disabled_text_is_dimmer_but_still_there(qapp: QApplication, restore: None) -> None:
    apply_theme(qapp, "dark")
    palette = qapp.palette()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
    assert disabled == DARK.text_disabled != DARK.text


def test_the_stylesheet_parses_and_reaches_a_widget(qapp: QApplication, restore: None) -> None:
    """A broken rule makes Qt drop the whole sheet (with only a warning): a styled primary button proves it took."""
    apply_theme(qapp, "dark")
    qapp.setStyleSheet(stylesheet())
    button = QPushButton("Send")
    button.setProperty("primary", True)
    button.ensurePolished()
    image = button.grab().toImage()
    middle = image.pixelColor(image.width() // 2, 3).name()
    assert middle == DARK.accent_fill
    button.deleteLater()



def test_a_chinese_placeholder_keeps_its_underscore(qapp: QApplication, restore: None) -> None:
    """Seen in the zh_CN settings: "粘贴个人访问令牌（pat_…）" lost its "_" — the field's padding left less height
    than the line of the Chinese fallback font, and a placeholder (unlike typed text) is clipped to it."""
    apply_theme(qapp, "light")
    qapp.setStyleSheet(stylesheet())
    edit = QLineEdit()
    edit.setPlaceholderText("令牌（pat_…）")
    edit.resize(240, edit.sizeHint().height())
    edit.ensurePolished()
    layout = QTextLayout(edit.placeholderText(), edit.font())
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    assert contents.height() >= math.ceil(line.height()), (contents.height(), line.height())
    edit.deleteLater()
