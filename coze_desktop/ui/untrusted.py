"""Showing text from the network, a plugin or a file as text: never markup, never a link, never an image."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: Qt renders any tooltip that *looks* like HTML as HTML, so an
    ``<img src="file:///…">`` in a song title would load a local file into the tooltip."""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpacePre) if text else ""


def plain_label(label: QLabel, text: str | None = None) -> QLabel:
    """``label`` set to show plain text (QLabel's default, AutoText, guesses HTML from a leading "<")."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    if text is not None:
        label.setText(text)
    return label
