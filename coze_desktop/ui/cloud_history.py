"""From Coze…: the bot's conversations that are on Coze but not in this computer's history, to import and open."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import api

log = logging.getLogger(__name__)


def describe_problem(error: api.CozeError) -> str:
    """Why the list could not be read, for the dialog (no token, network down, Coze refused)."""
    return error.describe()


class CloudHistoryDialog(QDialog):
    """Lists the conversations ``load`` returns (newest first); Open (or a double-click, or Enter) imports the
    picked one with ``open_one`` and emits sig_opened with its local id. Shown with show(), never exec().

    Signals:
        sig_opened(int): the conversation was imported (or was here already) under this local id.
    """

    sig_opened = Signal(int)

    def __init__(self, load: Callable[[], Awaitable[list[api.Conversation]]],
                 open_one: Callable[[api.Conversation], Awaitable[int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cloudHistory")
        self.setModal(False)
        self._load, self._open_one = load, open_one
        self._tasks: set[asyncio.Task] = set()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button = QPushButton(self)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(460, 420)
        self._state = "loading"
        self._problem = ""
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conversations on Coze"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.open_button.setText(self.tr("Open"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _show_state(self) -> None:
        texts = {
            "loading": self.tr("Asking Coze for this bot's conversations…"),
            "empty": self.tr("Every conversation this bot has on Coze is already in this computer's history."),
            "listed": self.tr("Conversations on Coze that this computer does not have yet. Opening one copies its "
                              "messages into the local history."),
            "importing": self.tr("Copying the conversation's messages from Coze…"),
            "failed": self.tr("Could not read the conversations on Coze: %1").replace("%1", self._problem),
            "open_failed": self.tr("Could not copy that conversation from Coze: %1").replace("%1", self._problem),
        }
        self.status.setText(texts[self._state])
        self.open_button.setEnabled(self._state == "listed" and self.list.count() > 0)

    def _set_state(self, state: str, problem: str = "") -> None:
        self._state, self._problem = state, problem
        self._show_state()

    def refresh(self) -> None:
        self._spawn(self._refresh())

    async def _refresh(self) -> None:
        self.list.clear()
        self._set_state("loading")
        try:
            conversations = await self._load()
        except api.CozeError as exc:
            self._set_state("failed", describe_problem(exc))
            return
        for conversation in conversations:
            stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(conversation.created_at or 0))
            title = conversation.name.strip() or self.tr("Untitled conversation")
            item = QListWidgetItem(f"{title}  ·  {stamp}")  # one line: CJK and Latin rows stay one height
            item.setData(Qt.ItemDataRole.UserRole, conversation)
            item.setToolTip(conversation.id)
            self.list.addItem(item)
        if conversations:
            self.list.setCurrentRow(0)
        self._set_state("listed" if conversations else "empty")

    def open_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or self._state != "listed":
            return
        self._spawn(self._import(item))

    async def _import(self, item: QListWidgetItem) -> None:
        conversation: api.Conversation = item.data(Qt.ItemDataRole.UserRole)
        self._set_state("importing")
        try:
            local_id = await self._open_one(conversation)
        except (api.CozeError, OSError) as exc:
            detail = exc.describe() if isinstance(exc, api.CozeError) else str(exc)
            self._set_state("open_failed", detail)
            self._state = "listed"  # the list is still there: another try, or another conversation
            self.open_button.setEnabled(True)
            return
        self.list.takeItem(self.list.row(item))
        self._set_state("listed" if self.list.count() else "empty")
        self.sig_opened.emit(local_id)

    def _spawn(self, coroutine: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
