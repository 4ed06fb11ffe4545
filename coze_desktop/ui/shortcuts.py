"""The keyboard shortcuts sheet (Ctrl+/): a small non-modal window listing what each key does."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget


class ShortcutsSheet(QDialog):
    """Every shortcut of the window, and the keys of the message box and the approval prompt.

    Shown with ``show()``, never ``exec()``: a nested event loop would stall the asyncio loop under it. Esc or
    Close closes it; ``rows`` are (what it does, its key sequences), in the interface's language already.
    """

    def __init__(self, rows: Sequence[tuple[str, Sequence[QKeySequence]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        fixed = [
            (self.tr("Send the message"), self.tr("Enter")),
            (self.tr("New line in the message"), self.tr("Shift+Enter")),
            (self.tr("Allow a tool call once (in the approval prompt)"), self.tr("Enter")),
            (self.tr("Deny a tool call (in the approval prompt)"), self.tr("Esc")),
            (self.tr("Rename / delete the selected conversation"), self.tr("F2 / Delete")),
        ]
        self.rows: list[tuple[str, str]] = [
            (text, ", ".join(keys.toString(QKeySequence.SequenceFormat.NativeText) for keys in sequences))
            for text, sequences in rows if sequences] + fixed
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        bold = QFont(self.font())
        bold.setBold(True)
        for line, (text, keys) in enumerate(self.rows):
            key_label = QLabel(keys)
            key_label.setFont(bold)
            key_label.setTextFormat(Qt.TextFormat.PlainText)
            text_label = QLabel(text)
            text_label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(key_label, line, 0)
            grid.addWidget(text_label, line, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)
