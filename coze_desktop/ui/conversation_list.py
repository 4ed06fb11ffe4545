"""The conversation sidebar: search, "New conversation", and the list with inline rename and delete."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
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
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored title, "" when untitled (the display shows a placeholder)
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 200
_PAD_X, _PAD_Y, _GAP = 10, 6, 2

_Index = QModelIndex | QPersistentModelIndex


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
    """The left sidebar: a search box, a "New conversation" button and the conversations, in the order given.

    The owner supplies the rows (newest first, from the history store) with ``set_conversations``, also after a
    search, a rename or a delete; this widget only reports what the user asked for. Rename edits the title in
    place (context menu or F2); delete asks in a bar under the list (context menu or the Delete key). No dialog.

    Signals:
        sig_selected(int): the user picked the conversation with this local id.
        sig_new(): the user asked for a new conversation.
        sig_search(str): the search text, stripped, 200 ms after the user stopped typing ("" = show all).
        sig_rename(int, str): the user renamed a conversation (the title is stripped and not empty).
        sig_delete(int): the user confirmed deleting a conversation.
    """

    sig_selected = Signal(int)
    sig_new = Signal()
    sig_search = Signal(str)
    sig_rename = Signal(int, str)
    sig_delete = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False  # set while we change items ourselves, so only the user's actions emit signals
        self._menu_target: int | None = None
        self._pending_delete: int | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search conversations"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit_search)
        self.search_edit.textChanged.connect(self._search_timer.start)  # every keystroke restarts the wait

        self.new_button = QPushButton("+  " + self.tr("New conversation"))
        self.new_button.setToolTip(self.tr("Start a new conversation"))
        self.new_button.clicked.connect(self.sig_new)

        self.list_widget = QListWidget()
        self.list_widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_widget.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)  # F2; a click only selects
        self.list_widget.setItemDelegate(_ConversationDelegate(self.list_widget))
        self.list_widget.setUniformItemSizes(True)
        self.list_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_widget.customContextMenuRequested.connect(self._show_context_menu)
        self.list_widget.currentItemChanged.connect(self._on_current_changed)
        self.list_widget.itemChanged.connect(self._on_item_changed)
        self.list_widget.installEventFilter(self)

        # the menu is shown with popup(), never exec(): exec() runs a nested event loop, which qasync cannot take
        self.context_menu = QMenu(self)
        self.rename_action = QAction(self.tr("Rename"), self)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown in the menu; F2 is ours
        self.rename_action.triggered.connect(self._rename_menu_target)
        self.delete_action = QAction(self.tr("Delete"), self)
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
        self.confirm_delete_button = QPushButton(self.tr("Delete"))
        self.confirm_cancel_button = QPushButton(self.tr("Cancel"))
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
        layout.addWidget(self.list_widget, 1)
        layout.addWidget(self.confirm_bar)

    # --- content -----------------------------------------------------------------------------------------------

    def set_conversations(self, items: Sequence[tuple[int, str, str]]) -> None:
        """Replace the rows with (local id, title, subtitle) tuples, in the given order; keep the selection."""
        current = self.current_id()
        self._updating = True
        try:
            self.list_widget.clear()
            for local_id, title, subtitle in items:
                item = QListWidgetItem()
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setData(ID_ROLE, local_id)
                item.setData(SUBTITLE_ROLE, subtitle)
                self._set_title(item, title)
                self.list_widget.addItem(item)
            found = self._item(current) if current is not None else None
            if found is not None:
                self.list_widget.setCurrentItem(found)
            else:
                self.list_widget.setCurrentItem(None)
        finally:
            self._updating = False
        if self._pending_delete is not None:
            if self._item(self._pending_delete) is None:
                self.cancel_delete()  # it is gone already
            else:
                self._show_confirm(self._pending_delete)  # the title may have changed

    def select(self, local_id: int) -> bool:
        """Make this conversation current without emitting ``sig_selected``; False if it is not listed."""
        item = self._item(local_id)
        if item is None:
            return False
        self._updating = True
        try:
            self.list_widget.setCurrentItem(item)
        finally:
            self._updating = False
        self.list_widget.scrollToItem(item)
        return True

    def current_id(self) -> int | None:
        """The local id of the selected conversation, if any."""
        item = self.list_widget.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def ids(self) -> list[int]:
        """The local ids listed, top to bottom."""
        return [int(self.list_widget.item(row).data(ID_ROLE)) for row in range(self.list_widget.count())]

    def search_text(self) -> str:
        """What the search box holds, stripped."""
        return self.search_edit.text().strip()

    # --- rename and delete -------------------------------------------------------------------------------------

    def rename(self, local_id: int) -> bool:
        """Start editing this conversation's title in place; Enter commits (``sig_rename``), Escape cancels."""
        item = self._item(local_id)
        if item is None:
            return False
        self.list_widget.scrollToItem(item)
        self.list_widget.editItem(item)
        return True

    def request_delete(self, local_id: int) -> bool:
        """Ask in the bar under the list whether to delete this conversation; only its Delete button deletes."""
        if self._item(local_id) is None:
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
            self.list_widget.setFocus()

    # --- events ------------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape and self._pending_delete is not None:
                self.cancel_delete()
                return True
            if watched is self.list_widget and (
                key == Qt.Key.Key_Delete or event.matches(QKeySequence.StandardKey.Delete)
            ):
                current = self.current_id()
                if current is not None and self.list_widget.state() != QAbstractItemView.State.EditingState:
                    self.request_delete(current)
                    return True
        return super().eventFilter(watched, event)

    # --- internals ---------------------------------------------------------------------------------------------

    def _item(self, local_id: int) -> QListWidgetItem | None:
        for row in range(self.list_widget.count()):
            item = self.list_widget.item(row)
            if item.data(ID_ROLE) == local_id:
                return item
        return None

    def _set_title(self, item: QListWidgetItem, title: str) -> None:
        title = title.strip()
        item.setData(TITLE_ROLE, title)
        item.setData(Qt.ItemDataRole.DisplayRole, title or self.tr("New conversation"))
        subtitle = item.data(SUBTITLE_ROLE) or ""
        item.setToolTip(f"{title or self.tr('New conversation')}\n{subtitle}".strip())

    def _show_confirm(self, local_id: int) -> None:
        item = self._item(local_id)
        title = item.data(Qt.ItemDataRole.DisplayRole) if item is not None else ""
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
        item = self.list_widget.itemAt(pos)
        if item is None:
            return
        self._menu_target = int(item.data(ID_ROLE))
        self.context_menu.popup(self.list_widget.viewport().mapToGlobal(pos))

    def _rename_menu_target(self) -> None:
        if self._menu_target is not None:
            self.rename(self._menu_target)

    def _delete_menu_target(self) -> None:
        if self._menu_target is not None:
            self.request_delete(self._menu_target)

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if not self._updating and current is not None:
            self.sig_selected.emit(int(current.data(ID_ROLE)))

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._updating:
            return
        # only the editor's setModelData changes an item behind our back: that is a rename
        title = str(item.data(TITLE_ROLE) or "")
        self._updating = True
        try:
            self._set_title(item, title)  # show the new title at once; the owner's next refresh confirms it
        finally:
            self._updating = False
        if title:
            self.sig_rename.emit(int(item.data(ID_ROLE)), title)
