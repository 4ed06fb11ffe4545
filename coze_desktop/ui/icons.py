"""Monochrome SVG icons from resources/icons/ui, tinted with the theme's colours at paint time (docs/design.md)."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QWidget

from ..resources import resources_dir
from . import theme

log = logging.getLogger(__name__)

# The tones an icon can take: token names of theme.Tokens that are foregrounds.
TONES = ("icon", "on_accent", "accent", "danger", "success", "warning", "text_muted", "text")


def icons_dir() -> Path:
    return resources_dir() / "icons" / "ui"


def names() -> tuple[str, ...]:
    """Every icon there is, by name (the SVG file's stem)."""
    return tuple(sorted(path.stem for path in icons_dir().glob("*.svg")))


@cache
def _renderer(name: str) -> QSvgRenderer | None:
    path = icons_dir() / f"{name}.svg"
    try:
        data = path.read_bytes()
    except OSError:
        log.warning("icon %r is missing (%s)", name, path)
        return None
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        log.warning("icon %r is not a valid SVG (%s)", name, path)
        return None
    return renderer


# Tinted pixmaps by (name, device pixels, colour): a theme switch makes new keys, so it needs no invalidation;
# a few dozen icons × 3 sizes × 2 themes × 2-3 modes stay small.
_pixmaps: dict[tuple[str, int, int, str], QImage] = {}


def _tinted(name: str, width: int, height: int, colour: str) -> QImage:
    key = (name, width, height, colour)
    image = _pixmaps.get(key)
    if image is None:
        image = QImage(max(width, 1), max(height, 1), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        renderer = _renderer(name)
        if renderer is not None:
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            side = min(width, height)  # square icons, centred in whatever box they are asked for
            renderer.render(painter, QRect((width - side) // 2, (height - side) // 2, side, side))
            # Keep the drawing's coverage, replace its colour: one SVG serves every theme and state.
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillRect(image.rect(), QColor(colour))
            painter.end()
        _pixmaps[key] = image
    return image


def colour_for(tone: str, mode: QIcon.Mode) -> str:
    """The colour an icon of this tone has in this mode, in the current theme."""
    tokens = theme.current()
    if mode == QIcon.Mode.Disabled:
        return tokens.text_disabled
    if mode == QIcon.Mode.Selected and tone == "icon":
        return tokens.on_accent  # on the palette's Highlight, which is accent_fill
    return getattr(tokens, tone)


class TintedIconEngine(QIconEngine):
    """Draws one SVG in the current theme's colour for the icon's mode, each time it is painted."""

    def __init__(self, name: str, tone: str = "icon") -> None:
        super().__init__()
        if tone not in TONES:
            raise ValueError(f"unknown icon tone {tone!r}; one of {TONES}")
        self.name, self.tone = name, tone

    def _image(self, size: QSize, mode: QIcon.Mode, scale: float) -> QImage:
        image = _tinted(self.name, round(size.width() * scale), round(size.height() * scale),
                        colour_for(self.tone, mode))
        image = QImage(image)  # a shallow copy: its ratio is set without touching the cached one
        image.setDevicePixelRatio(scale)
        return image

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawImage(rect, self._image(rect.size(), mode, scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return QPixmap.fromImage(self._image(size, mode, 1.0))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return QPixmap.fromImage(self._image(size, mode, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def isNull(self) -> bool:
        return _renderer(self.name) is None

    def key(self) -> str:
        return "coze-tinted-svg"

    def clone(self) -> QIconEngine:
        return TintedIconEngine(self.name, self.tone)


def icon(name: str, tone: str = "icon") -> QIcon:
    """The named icon (``names()``), tinted with the theme's ``tone`` colour (``icon``; ``on_accent`` on an
    accent-filled button; ``danger``/``success`` for states); disabled buttons get ``text_disabled``. It follows
    theme switches by itself: the colour is looked up whenever the icon is painted."""
    return QIcon(TintedIconEngine(name, tone))


def pixmap(name: str, size: int, tone: str = "icon", scale: float = 1.0,
           mode: QIcon.Mode = QIcon.Mode.Normal) -> QPixmap:
    """The named icon as a pixmap of ``size`` × ``size`` logical pixels in the current theme (not re-tinted later:
    prefer ``icon()`` on a button, or an IconLabel)."""
    image = QImage(_tinted(name, round(size * scale), round(size * scale), colour_for(tone, mode)))
    image.setDevicePixelRatio(scale)
    return QPixmap.fromImage(image)


class IconLabel(QLabel):
    """A label showing one icon, re-tinted when the application's palette changes (theme switch)."""

    def __init__(self, name: str, size: int = theme.ICON_S, tone: str = "icon",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self.setFixedSize(size, size)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_icon(name, tone)

    def set_icon(self, name: str, tone: str | None = None) -> None:
        self.name = name
        self.tone = tone or getattr(self, "tone", "icon")
        self._refresh()

    def _refresh(self) -> None:
        mode = QIcon.Mode.Normal if self.isEnabled() else QIcon.Mode.Disabled
        self.setPixmap(pixmap(self.name, self._size, self.tone, self.devicePixelRatioF(), mode))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange,
                            QEvent.Type.EnabledChange):
            self._refresh()
        super().changeEvent(event)


__all__ = ["TONES", "IconLabel", "TintedIconEngine", "colour_for", "icon", "icons_dir", "names", "pixmap"]
