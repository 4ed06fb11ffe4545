"""The bot's shortcut commands on ``/``: a completion list above the input, a hint naming the parameters, parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy, QWidget

from ..api import ShortcutCommand, ShortcutRequest
from . import theme
from .untrusted import plain_tip

MAX_ROWS = 6


def command_word(command: ShortcutCommand) -> str:
    """What is typed for the command: its ``command`` (``/music``), else ``/`` and its name without spaces."""
    word = command.command.strip() or "/" + re.sub(r"\s+", "_", command.name.strip())
    return word if word.startswith("/") else "/" + word


def template(command: ShortcutCommand) -> str:
    """The input's text once the command is chosen: ``/music `` for one parameter (the rest of the line is its
    value), ``/cmd a= b=`` for several, ``/cmd`` for none."""
    params = command.parameters
    if len(params) <= 1:
        return command_word(command) + (" " if params else "")
    return command_word(command) + " " + " ".join(f"{p.name}=" for p in params)


def find(text: str, commands: Sequence[ShortcutCommand]) -> ShortcutCommand | None:
    """The command ``text`` starts with (its first word), or None."""
    word = text.strip().split(maxsplit=1)[0] if text.strip() else ""
    return next((c for c in commands if command_word(c) == word), None)


def parse(text: str, command: ShortcutCommand) -> dict[str, str]:
    """The parameter values typed after the command: the whole rest for a one-parameter command (an optional
    ``name=`` before it is dropped), ``name=value`` pairs otherwise (a value runs to the next ``name=``).
    Unfilled parameters take their default value."""
    rest = text.strip()[len(command_word(command)):].strip()
    params = command.parameters
    values: dict[str, str] = {}
    if len(params) == 1:
        name = params[0].name
        values[name] = rest[len(name) + 1:].strip() if rest.startswith(f"{name}=") else rest
    elif params:
        names = "|".join(re.escape(p.name) for p in params)
        marks = list(re.finditer(rf"(?:^|\s)({names})=", rest))
        for i, mark in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(rest)
            values[mark.group(1)] = rest[mark.end():end].strip()
    for p in command.components:  # hidden ones and unfilled ones: their defaults
        if not values.get(p.name) and p.default_value:
            values[p.name] = p.default_value
    return {k: v for k, v in values.items() if v}


def request(text: str, commands: Sequence[ShortcutCommand]) -> tuple[ShortcutCommand, ShortcutRequest] | None:
    """The shortcut ``text`` sends, or None when it does not start with one of ``commands``."""
    command = find(text, commands)
    if command is None:
        return None
    return command, ShortcutRequest(command.id, parse(text, command))


def missing(text: str, command: ShortcutCommand) -> list[str]:
    """The parameters the user must still fill (the visible ones without a value or a default)."""
    values = parse(text, command)
    return [p.name for p in command.parameters if not values.get(p.name)]


class ShortcutMenu(QListWidget):
    """The commands matching what follows ``/``, with their descriptions and parameters.

    A child of the window shown above the input, never a popup window: the input keeps the focus (and an input
    method its composition); :class:`ShortcutCompleter` routes the arrow keys, Enter, Tab and Esc to it."""

    sig_chosen = Signal(object)  # ShortcutCommand

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutMenu")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setStyleSheet("QListWidget#shortcutMenu::item { padding: 4px 8px; }")  # colours: the app's stylesheet
        self.commands: list[ShortcutCommand] = []
        self.itemClicked.connect(lambda item: self.sig_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.hide()

    def set_commands(self, commands: Sequence[ShortcutCommand]) -> None:
        self.commands = list(commands)

    def filter(self, typed: str) -> bool:
        """Show the commands whose word or name contains ``typed`` (case-insensitive); False when none does."""
        self.clear()
        needle = typed.casefold()
        for command in self.commands:
            if needle and needle not in command_word(command).casefold() and needle not in command.name.casefold():
                continue
            params = " ".join(f"‹{p.name}›" for p in command.parameters)
            head = f"{command_word(command)} {params}".strip() + f"  —  {command.name}"
            item = QListWidgetItem(f"{head}\n{command.description}" if command.description else head)
            item.setData(Qt.ItemDataRole.UserRole, command)
            item.setToolTip(plain_tip("\n".join(f"{p.name}: {p.description}" for p in command.parameters)))
            self.addItem(item)
        if self.count():
            self.setCurrentRow(0)
            rows = min(self.count(), MAX_ROWS)
            self.setFixedHeight(sum(self.sizeHintForRow(i) for i in range(rows)) + 2 * self.frameWidth() + 2)
        return self.count() > 0

    def move_selection(self, step: int) -> None:
        if self.count():
            self.setCurrentRow((self.currentRow() + step) % self.count())

    def current(self) -> ShortcutCommand | None:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class ShortcutCompleter(QObject):
    """Ties the input, the menu and the hint together: ``/`` at the start of the input opens the menu, arrows
    move in it, Enter or Tab (or a click) fills the command and its parameters in, Esc closes it. Keys an input
    method is composing with are never taken. While the input starts with a known command, the hint says what
    it does and which parameters it takes."""

    def __init__(self, edit: QPlainTextEdit, menu: ShortcutMenu, hint: QLabel) -> None:
        super().__init__(edit)
        self.edit, self.menu, self.hint = edit, menu, hint
        hint.setProperty("muted", True)
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setContentsMargins(12 + theme.SPACE_XS, 0, 12, 0)
        hint.hide()
        edit.textChanged.connect(self.update)
        edit.cursorPositionChanged.connect(self.update)
        edit.installEventFilter(self)
        menu.sig_chosen.connect(self.choose)
        self._closed_for = ""  # Esc closed the menu for this text; it opens again once the text changes

    @property
    def commands(self) -> list[ShortcutCommand]:
        return self.menu.commands

    def set_commands(self, commands: Sequence[ShortcutCommand]) -> None:
        self.menu.set_commands(commands)
        self.update()

    def update(self) -> None:
        text = self.edit.toPlainText()
        word = text.split(maxsplit=1)[0] if text.strip() else ""
        cursor = self.edit.textCursor().position()
        typing_word = (bool(self.commands) and text.startswith("/") and cursor <= len(word)
                       and not any(ch.isspace() for ch in text[:cursor]))
        if typing_word and text != self._closed_for and self.menu.filter(word[1:]):
            self.menu.show()
            self.menu.raise_()
        else:
            self.menu.hide()
        if text != self._closed_for:
            self._closed_for = ""
        self._update_hint(text)

    def _update_hint(self, text: str) -> None:
        command = find(text, self.commands) if text.startswith("/") else None
        if command is None:
            self.hint.hide()
            return
        params = "; ".join(f"{p.name}: {p.description or p.name}" for p in command.parameters)
        words = self.tr("Shortcut %1 — %2").replace("%1", command_word(command)).replace(
            "%2", command.description or command.name)
        if params:
            words += "\n" + self.tr("Fill in: %1. Enter sends it.").replace("%1", params)
        self.hint.setText(words)
        self.hint.show()

    def choose(self, command: ShortcutCommand | None) -> None:
        """Fill ``command`` in (one undoable edit), the cursor where its first value goes."""
        if command is None:
            return
        text = template(command)
        cursor = self.edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if len(command.parameters) > 1:  # right after the first "name="
            cursor.setPosition(len(command_word(command)) + 2 + len(command.parameters[0].name))
        self.edit.setTextCursor(cursor)
        self.menu.hide()
        self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.LanguageChange:
            self._update_hint(self.edit.toPlainText())  # the hint's words in the new language
        if watched is not self.edit or not self.menu.isVisible():
            return False
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(event, QKeyEvent):
            return False
        if getattr(self.edit, "is_composing", lambda: False)():
            return False  # the input method's keys
        key = event.key()
        if key not in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
                       Qt.Key.Key_Escape):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not the window's Esc (Stop) or another action's
            return True
        if key == Qt.Key.Key_Up:
            self.menu.move_selection(-1)
        elif key == Qt.Key.Key_Down:
            self.menu.move_selection(1)
        elif key == Qt.Key.Key_Escape:
            self._closed_for = self.edit.toPlainText()
            self.menu.hide()
        else:
            self.choose(self.menu.current())
        return True
