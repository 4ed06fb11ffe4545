"""The conversation sidebar: search, "New conversation", and the list (a model/view) with inline rename and delete."""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ..chat.history import ConversationRow

ID_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored title, "" when untitled (the display shows a placeholder)
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
# Typing pauses shorter than this are one search: no query per keystroke, and still under a perceptible wait.
SEARCH_DELAY_MS = 150
_PAD_X, _PAD_Y, _GAP = 10, 6, 2

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


def _placeholder() -> str:
    # The context of the sidebar's own strings, so this one keeps its existing translation.
    return QCoreApplication.translate("ConversationList", "New conversation")


def _subtitle(updated_at: float, source: str = "local") -> str:
    stamp = time.strftime("%m-%d %H:%M", time.localtime(updated_at))
    if source == "coze":  # imported from the user's conversations on Coze (another machine, the web)
        return stamp + " · " + QCoreApplication.translate("ConversationList", "from Coze")
    return stamp


@dataclass(frozen=True, slots=True)
class _Entry:
    id: int
    title: str  # as stored: "" when untitled
    subtitle: str
    updated_at: float  # the order: newest first, then the higher id (as HistoryStore lists them)

    @property
    def key(self) -> tuple[float, int]:
        return (self.updated_at, self.id)


class ConversationModel(QAbstractListModel):
    """The conversations shown in the sidebar, one row each, newest first.

    ``reset`` replaces them all (start, a search); ``upsert`` updates, moves or inserts the one that changed and
    ``remove`` takes one out, each with the matching row signals, so a send or the end of a turn touches one row
    of a 2,000-row list instead of rebuilding it (and the view keeps its selection, scroll position and editor).

    Signals:
        sig_title_edited(int, str): the inline editor set this conversation's title (local id, new title).
    """

    sig_title_edited = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[_Entry] = []

    # --- what the view reads ---------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title or _placeholder()
        if role == TITLE_ROLE or role == Qt.ItemDataRole.EditRole:
            return entry.title
        if role == SUBTITLE_ROLE:
            return entry.subtitle
        if role == ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.title or _placeholder()}\n{entry.subtitle}".strip()
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """The inline editor's commit (only it calls this): show the title now, and report it."""
        if role not in (TITLE_ROLE, Qt.ItemDataRole.EditRole) or not index.isValid():
            return False
        title = " ".join(str(value).split())
        row = index.row()
        if not title or title == self._entries[row].title:
            return False
        self._entries[row] = replace(self._entries[row], title=title)
        self.dataChanged.emit(index, index)
        self.sig_title_edited.emit(self._entries[row].id, title)
        return True

    # --- what the owner changes ------------------------------------------------------------------------------

    def reset(self, entries: Sequence[_Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def upsert(self, entry: _Entry) -> int:
        """Put ``entry`` where its (updated_at, id) belongs: update it in place, move it, or insert it; its row."""
        old = self.row_of(entry.id)
        others = self._entries if old is None else self._entries[:old] + self._entries[old + 1:]
        # newest first: the new row goes before the first older one (the list is at most a few thousand rows)
        new = next((i for i, other in enumerate(others) if other.key < entry.key), len(others))
        if old is None:
            self.beginInsertRows(_NO_PARENT, new, new)
            self._entries.insert(new, entry)
            self.endInsertRows()
            return new
        if new != old:
            # beginMoveRows counts the destination before the move: one further when moving down
            self.beginMoveRows(_NO_PARENT, old, old, _NO_PARENT, new if new < old else new + 1)
            self._entries.insert(new, self._entries.pop(old))
            self.endMoveRows()
        self._entries[new] = entry
        changed = self.index(new, 0)
        self.dataChanged.emit(changed, changed)
        return new

    def remove(self, local_id: int) -> bool:
        row = self.row_of(local_id)
        if row is None:
            return False
        self.beginRemoveRows(_NO_PARENT, row, row)
        del self._entries[row]
        self.endRemoveRows()
        return True

    def row_of(self, local_id: int) -> int | None:
        return next((row for row, entry in enumerate(self._entries) if entry.id == local_id), None)

    def ids(self) -> list[int]:
        return [entry.id for entry in self._entries]

    def retranslate(self) -> None:
        """The language changed: untitled rows show their placeholder in the new one (views repaint, screen
        readers hear of it)."""
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 0),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])


@dataclass(frozen=True, slots=True)
class _RowHandle:
    """One row as QListWidget's item() gave it (``text()``, ``data(role)``), for code written against that API."""

    index: QPersistentModelIndex

    def text(self) -> str:
        return str(self.index.data(Qt.ItemDataRole.DisplayRole) or "")

    def data(self, role: int) -> Any:
        return self.index.data(role)


class _ConversationListView(QListView):
    """The list view, with the two QListWidget accessors callers of the former ``list_widget`` used."""

    def item(self, row: int) -> _RowHandle:
        return _RowHandle(QPersistentModelIndex(self.model().index(row, 0)))

    def visualItemRect(self, item: _RowHandle) -> QRect:
        return self.visualRect(QModelIndex(item.index))


def _small_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.85)
    return small


class _ConversationDelegate(QStyledItemDelegate):
    """Paints a title and a grey subtitle per row, and edits the title in place (rename)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # CJK lines are taller than Latin ones: measure a Chinese character so rows do not grow once one appears
        title = QFontMetrics(option.font).boundingRect("中Ag").height()
        subtitle = QFontMetrics(_small_font(option.font)).boundingRect("中Ag").height()
        return QSize(120, _PAD_Y * 2 + title + _GAP + subtitle)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the style draws the selection and focus; the two lines of text are ours
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        title_metrics = QFontMetrics(opt.font)
        title_height = title_metrics.boundingRect("中Ag").height()

        painter.save()
        painter.setFont(opt.font)
        title_color = opt.palette.color(group, text_role)
        if not index.data(TITLE_ROLE):
            title_color.setAlphaF(0.7)  # "New conversation" is a placeholder, not a name the user gave
        painter.setPen(title_color)
        title = title_metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            rect.adjusted(0, 0, 0, -(rect.height() - title_height)),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )

        small = _small_font(opt.font)
        painter.setFont(small)
        sub_color = opt.palette.color(group, text_role if selected else QPalette.ColorRole.PlaceholderText)
        if selected:
            sub_color.setAlphaF(0.8)
        painter.setPen(sub_color)
        subtitle = QFontMetrics(small).elidedText(
            str(index.data(SUBTITLE_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            rect.adjusted(0, title_height + _GAP, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            subtitle,
        )
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(True)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(TITLE_ROLE) or ""))  # an untitled one starts empty, not "New conversation"
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QLineEdit)
        title = " ".join(editor.text().split())  # a title is one line; pasted newlines and tabs become spaces
        if title and title != index.data(TITLE_ROLE):
            model.setData(index, title, TITLE_ROLE)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: _Index) -> None:
        # over the title line only, so the subtitle below stays visible while renaming
        height = min(editor.sizeHint().height(), option.rect.height())
        top = option.rect.top() + max(min(_PAD_Y - 3, option.rect.height() - height), 0)
        editor.setGeometry(option.rect.left() + _PAD_X // 2, top, option.rect.width() - _PAD_X, height)


class ConversationList(QWidget):
    """The left sidebar: a search box, a "New conversation" button and the conversations, newest first.

    The owner fills it from the history store: ``set_rows`` (start, a search result), then ``upsert`` the one
    conversation that changed (a send, the end of a turn, a rename) and ``remove`` a deleted one, which touch one
    row of the model instead of rebuilding the list. This widget only reports what the user asked for. Rename
    edits the title in place (context menu or F2); delete asks in a bar under the list (context menu or the
    Delete key). No dialog.

    Signals:
        sig_selected(int): the user picked the conversation with this local id.
        sig_new(): the user asked for a new conversation.
        sig_search(str): the search text, stripped, 150 ms after the user stopped typing ("" = show all).
        sig_rename(int, str): the user renamed a conversation (the title is stripped and not empty).
        sig_delete(int): the user confirmed deleting a conversation.
        sig_from_coze(): "From Coze…": list the bot's conversations on Coze that are not here.
    """

    sig_selected = Signal(int)
    sig_new = Signal()
    sig_search = Signal(str)
    sig_rename = Signal(int, str)
    sig_delete = Signal(int)
    sig_from_coze = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False  # set while we change rows ourselves, so only the user's actions emit signals
        self._menu_target: int | None = None
        self._pending_delete: int | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit_search)
        self.search_edit.textChanged.connect(self._search_timer.start)  # every keystroke restarts the wait

        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.sig_new)
        self.cloud_button = QPushButton()
        self.cloud_button.setObjectName("fromCoze")
        self.cloud_button.setFlat(True)
        self.cloud_button.clicked.connect(self.sig_from_coze)

        self.model = ConversationModel(self)
        self.model.sig_title_edited.connect(self._on_title_edited)
        self.list_view = _ConversationListView()
        self.list_view.setModel(self.model)
        self.list_widget = self.list_view  # its former name, kept for callers
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)  # F2; a click only selects
        self.list_view.setItemDelegate(_ConversationDelegate(self.list_view))
        # One row height for all: the view lays out 2,000 rows without asking the delegate for each.
        self.list_view.setUniformItemSizes(True)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self._show_context_menu)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_view.installEventFilter(self)
        # the menu is shown with popup(), never exec(): exec() runs a nested event loop, which qasync cannot take
        self.context_menu = QMenu(self)
        self.rename_action = QAction(self)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown in the menu; F2 is ours
        self.rename_action.triggered.connect(self._rename_menu_target)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._delete_menu_target)
        self.context_menu.addAction(self.rename_action)
        self.context_menu.addAction(self.delete_action)

        self.confirm_bar = QFrame()
        self.confirm_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_delete_button = QPushButton()
        self.confirm_cancel_button = QPushButton()
        self.confirm_delete_button.clicked.connect(self._confirm_delete)
        self.confirm_cancel_button.clicked.connect(self.cancel_delete)
        for button in (self.confirm_delete_button, self.confirm_cancel_button):
            button.installEventFilter(self)  # Escape cancels from the buttons too
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_delete_button)
        buttons.addWidget(self.confirm_cancel_button)
        bar_layout = QVBoxLayout(self.confirm_bar)
        bar_layout.setContentsMargins(8, 6, 8, 6)
        bar_layout.addWidget(self.confirm_label)
        bar_layout.addLayout(buttons)
        self.confirm_bar.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.new_button)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.confirm_bar)
        layout.addWidget(self.cloud_button)
        self._retranslate()

    def _retranslate(self) -> None:
        """Every text of the sidebar in the current language (again after a live language change). The rows'
        dates are numbers ("05-14 09:30"), the same in every language."""
        self.search_edit.setPlaceholderText(self.tr("Search conversations"))
        self.search_edit.setAccessibleName(self.tr("Search conversations"))
        # Qt's clear button is an icon without a name: say what it does to the pointer and to screen readers.
        for clear in self.search_edit.findChildren(QToolButton):
            clear.setToolTip(self.tr("Clear the search (Esc)"))
            clear.setAccessibleName(self.tr("Clear the search"))
        self.new_button.setText("+  " + self.tr("New conversation"))
        self.new_button.setToolTip(self.tr("Start a new conversation"))
        self.cloud_button.setText(self.tr("From Coze…"))
        self.cloud_button.setToolTip(self.tr("Open conversations of this bot that are on Coze but not on this "
                                             "computer (e.g. from another machine)"))
        self.rename_action.setText(self.tr("Rename"))
        self.delete_action.setText(self.tr("Delete"))
        self.confirm_delete_button.setText(self.tr("Delete"))
        self.confirm_cancel_button.setText(self.tr("Cancel"))
        if self._pending_delete is not None:
            self._show_confirm(self._pending_delete)
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    # --- content -----------------------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ConversationRow]) -> None:
        """Replace the rows with these conversations, in the given order (newest first); keep the selection."""
        self._reset([_Entry(row.id, row.title.strip(), _subtitle(row.updated_at, row.source), row.updated_at)
                     for row in rows])

    def set_conversations(self, items: Sequence[tuple[int, str, str]]) -> None:
        """Replace the rows with (local id, title, subtitle) tuples, in the given order; keep the selection.

        Their times are unknown here: a later ``upsert`` puts its row above them. Prefer ``set_rows``."""
        self._reset([_Entry(local_id, title.strip(), subtitle, -math.inf) for local_id, title, subtitle in items])

    def upsert(self, row: ConversationRow) -> None:
        """Show this conversation as it is now: its row updated, moved to where its time puts it, or added.

        Only that row changes (no reset): the selection, the scroll position and an open rename editor stay.
        """
        entry = _Entry(row.id, row.title.strip(), _subtitle(row.updated_at, row.source), row.updated_at)
        self._updating = True
        try:
            self.model.upsert(entry)
        finally:
            self._updating = False
        if self._pending_delete == row.id:
            self._show_confirm(row.id)  # the title may have changed

    def remove(self, local_id: int) -> bool:
        """Take this conversation's row out (it was deleted); False if it is not listed."""
        current = self.current_id()
        self._updating = True
        try:
            removed = self.model.remove(local_id)
            if removed and current == local_id:
                # Qt would make a neighbour current; nothing is selected, as after a refresh without it
                self.list_view.selectionModel().clear()
        finally:
            self._updating = False
        if self._pending_delete == local_id:
            self.cancel_delete()
        return removed

    def select(self, local_id: int) -> bool:
        """Make this conversation current without emitting ``sig_selected``; False if it is not listed."""
        index = self._index(local_id)
        if index is None:
            return False
        self._updating = True
        try:
            self.list_view.setCurrentIndex(index)
        finally:
            self._updating = False
        self.list_view.scrollTo(index)
        return True

    def current_id(self) -> int | None:
        """The local id of the selected conversation, if any."""
        index = self.list_view.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def ids(self) -> list[int]:
        """The local ids listed, top to bottom."""
        return self.model.ids()

    def search_text(self) -> str:
        """What the search box holds, stripped."""
        return self.search_edit.text().strip()

    # --- rename and delete -------------------------------------------------------------------------------------

    def rename(self, local_id: int) -> bool:
        """Start editing this conversation's title in place; Enter commits (``sig_rename``), Escape cancels."""
        index = self._index(local_id)
        if index is None:
            return False
        self.list_view.scrollTo(index)
        self.list_view.edit(index)
        return True

    def request_delete(self, local_id: int) -> bool:
        """Ask in the bar under the list whether to delete this conversation; only its Delete button deletes."""
        if self._index(local_id) is None:
            return False
        self._pending_delete = local_id
        self._show_confirm(local_id)
        self.confirm_delete_button.setFocus()  # Enter confirms, Escape cancels
        return True

    def pending_delete(self) -> int | None:
        """The conversation the confirmation bar asks about, if it is shown."""
        return self._pending_delete

    def cancel_delete(self) -> None:
        """Hide the confirmation bar without deleting."""
        had_focus = self.confirm_bar.isAncestorOf(QApplication.focusWidget())
        self._pending_delete = None
        self.confirm_bar.hide()
        if had_focus:
            self.list_view.setFocus()

    # --- events ------------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape and self._pending_delete is not None:
                self.cancel_delete()
                return True
            if watched is self.list_view and (
                key == Qt.Key.Key_Delete or event.matches(QKeySequence.StandardKey.Delete)
            ):
                current = self.current_id()
                if current is not None and self.list_view.state() != QAbstractItemView.State.EditingState:
                    self.request_delete(current)
                    return True
        return super().eventFilter(watched, event)

    # --- internals ---------------------------------------------------------------------------------------------

    def _reset(self, entries: list[_Entry]) -> None:
        current = self.current_id()
        self._updating = True
        try:
            self.model.reset(entries)
            row = self.model.row_of(current) if current is not None else None
            if row is not None:
                self.list_view.setCurrentIndex(self.model.index(row, 0))
            else:
                self.list_view.selectionModel().clear()
        finally:
            self._updating = False
        if self._pending_delete is not None:
            if self._index(self._pending_delete) is None:
                self.cancel_delete()  # it is gone already
            else:
                self._show_confirm(self._pending_delete)  # the title may have changed

    def _index(self, local_id: int) -> QModelIndex | None:
        row = self.model.row_of(local_id)
        return None if row is None else self.model.index(row, 0)

    def _show_confirm(self, local_id: int) -> None:
        index = self._index(local_id)
        title = index.data(Qt.ItemDataRole.DisplayRole) if index is not None else ""
        self.confirm_label.setText(self.tr("Delete “{title}”?").format(title=title))
        self.confirm_bar.show()

    def _confirm_delete(self) -> None:
        local_id = self._pending_delete
        self.cancel_delete()
        if local_id is not None:
            self.sig_delete.emit(local_id)

    def _emit_search(self) -> None:
        self.sig_search.emit(self.search_text())

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.list_view.indexAt(pos)
        if not index.isValid():
            return
        self._menu_target = int(index.data(ID_ROLE))
        self.context_menu.popup(self.list_view.viewport().mapToGlobal(pos))

    def _rename_menu_target(self) -> None:
        if self._menu_target is not None:
            self.rename(self._menu_target)

    def _delete_menu_target(self) -> None:
        if self._menu_target is not None:
            self.request_delete(self._menu_target)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._updating and current.isValid():
            self.sig_selected.emit(int(current.data(ID_ROLE)))

    def _on_title_edited(self, local_id: int, title: str) -> None:
        # the row shows the new title already; the owner stores it (and its upsert confirms it)
        self.sig_rename.emit(local_id, title)
