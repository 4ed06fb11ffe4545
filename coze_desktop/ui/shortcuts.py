"""The keyboard shortcuts sheet (Ctrl+/): a small non-modal window listing what each key does."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget


class ShortcutsSheet(QDialog):
    """Every shortcut of the window, and the keys of the message box and the approval prompt.

    Shown with ``show()``, never ``exec()``: a nested event loop would stall the asyncio loop under it. Esc or
    Close closes it; ``rows`` are (what it does, its key sequences), in the interface's language already.
    """

    def __init__(self, rows: Sequence[tuple[str, Sequence[QKeySequence]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.rows: list[tuple[str, str]] = []
        self._window_rows = list(rows)
        self._labels: list[QLabel] = []
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(6)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid)
        layout.addWidget(buttons)
        self._retranslate()

    def set_rows(self, rows: Sequence[tuple[str, Sequence[QKeySequence]]]) -> None:
        """Show these rows of the window (what each action does, its keys) instead: after a language change."""
        self._window_rows = list(rows)
        self._retranslate()

    def _retranslate(self) -> None:
        """The title and every row in the current language (again after a live language change; the window's own
        rows come from its actions, which it passes again with ``set_rows``)."""
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        fixed = [
            (self.tr("Send the message"), self.tr("Enter")),
            (self.tr("New line in the message"), self.tr("Shift+Enter")),
            (self.tr("Allow a tool call once (in the approval prompt)"), self.tr("Enter")),
            (self.tr("Deny a tool call (in the approval prompt)"), self.tr("Esc")),
            (self.tr("Rename / delete the selected conversation"), self.tr("F2 / Delete")),
        ]
        self.rows = [
            (text, ", ".join(keys.toString(QKeySequence.SequenceFormat.NativeText) for keys in sequences))
            for text, sequences in self._window_rows if sequences] + fixed
        for label in self._labels:
            self._grid.removeWidget(label)
            label.deleteLater()
        self._labels = []
        bold = QFont(self.font())
        bold.setBold(True)
        for line, (text, keys) in enumerate(self.rows):
            key_label = QLabel(keys)
            key_label.setFont(bold)
            key_label.setTextFormat(Qt.TextFormat.PlainText)
            text_label = QLabel(text)
            text_label.setTextFormat(Qt.TextFormat.PlainText)
            self._grid.addWidget(key_label, line, 0)
            self._grid.addWidget(text_label, line, 1)
            self._labels += [key_label, text_label]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
