"""Icons: every icon of the design exists, draws, and takes the theme's colour — again after a theme switch."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolButton

from coze_desktop.ui import icons
from coze_desktop.ui.theme import DARK, LIGHT, apply_theme

# What docs/design.md promises (and the other widgets use by name).
DESIGN_SET = ("play pause previous next stop volume volume-muted copy check edit regenerate read-aloud sources "
              "sidebar search new settings tool music error warning info chevron-down chevron-right chevron-up "
              "send stop-circle keyboard close more bot folder link").split()


@pytest.fixture
def light(qapp: QApplication) -> Iterator[QApplication]:
    apply_theme(qapp, "light")
    yield qapp
    apply_theme(qapp, "light")


def ink(image: QImage) -> Counter[str]:
    """The colours of the drawn (opaque enough) pixels."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    found: Counter[str] = Counter()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 200:
                found[QColor(colour.red(), colour.green(), colour.blue()).name()] += 1
    return found


def test_every_icon_of_the_design_exists_and_draws(light: QApplication) -> None:
    assert set(DESIGN_SET) <= set(icons.names())
    for name in icons.names():
        drawn = ink(icons.icon(name).pixmap(24, 24).toImage())
        assert sum(drawn.values()) >= 10, f"{name} draws (almost) nothing"
        assert drawn.most_common(1)[0][0] == LIGHT.icon, name


def test_the_same_icon_follows_a_theme_switch(light: QApplication) -> None:
    play = icons.icon("play")
    assert ink(play.pixmap(20, 20).toImage()).most_common(1)[0][0] == LIGHT.icon
    apply_theme(light, "dark")
    assert ink(play.pixmap(20, 20).toImage()).most_common(1)[0][0] == DARK.icon
    disabled = play.pixmap(QSize(20, 20), QIcon.Mode.Disabled)
    assert ink(disabled.toImage()).most_common(1)[0][0] == DARK.text_disabled


def test_a_button_repaints_its_icon_in_the_new_theme(light: QApplication) -> None:
    """The dark theme's player controls were ~1.4:1: the icon must be redrawn light on dark, not kept dark."""
    button = QToolButton()
    button.setIcon(icons.icon("pause"))
    button.setIconSize(QSize(20, 20))
    button.resize(32, 32)
    assert LIGHT.icon in ink(button.grab().toImage())
    apply_theme(light, "dark")
    shown = ink(button.grab().toImage())
    assert DARK.icon in shown and LIGHT.icon not in shown
    button.deleteLater()


def test_tones_and_a_label_that_retints(light: QApplication) -> None:
    on_accent = icons.icon("send", "on_accent").pixmap(20, 20).toImage()
    assert ink(on_accent).most_common(1)[0][0] == LIGHT.on_accent
    label = icons.IconLabel("error", 16, "danger")
    assert ink(label.pixmap().toImage()).most_common(1)[0][0] == LIGHT.danger
    apply_theme(light, "dark")
    QApplication.sendPostedEvents()
    label.setPalette(QPalette())  # what a palette change delivers to each widget
    assert ink(label.pixmap().toImage()).most_common(1)[0][0] == DARK.danger
    with pytest.raises(ValueError):
        icons.icon("play", "purple")
    label.deleteLater()


def test_sharp_on_a_high_density_screen(light: QApplication) -> None:
    engine = icons.TintedIconEngine("check")
    pixmap = engine.scaledPixmap(QSize(16, 16), QIcon.Mode.Normal, QIcon.State.Off, 2.0)
    assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (32, 32, 2.0)


def test_a_missing_icon_is_empty_and_says_so(light: QApplication, caplog: pytest.LogCaptureFixture) -> None:
    missing = icons.icon("no-such-icon")
    assert missing.isNull()
    assert not ink(icons.pixmap("no-such-icon", 16).toImage())
    assert "no-such-icon" in caplog.text
