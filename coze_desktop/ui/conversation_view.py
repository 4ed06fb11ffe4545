"""The conversation in the middle of the window: the list of messages, auto-scroll while streaming."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ..api import BotInfo
from ..chat import MessageRow, RecallSources, Role, TurnEvent
from .messages import BotMessage, UserMessage, Welcome

__all__ = ["BotMessage", "ConversationView", "UserMessage", "Welcome"]


class ConversationView(QScrollArea):
    """The messages of one conversation, newest at the bottom, following the stream only at the bottom.

    Signals:
        sig_ask(str): the user picked a suggested or follow-up question.
        sig_retry(): Retry or Regenerate on the last bot message.
        sig_message_selected(object): a BotMessage was selected (its sources go to the side panel).
    """

    sig_ask = Signal(str)
    sig_retry = Signal()
    sig_message_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._content = QWidget()
        self._content.setObjectName("conversation")
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(16, 12, 16, 12)
        self._layout.setSpacing(10)
        self._layout.addStretch(1)
        self.setWidget(self._content)
        self.bot_name = ""
        self.selected: BotMessage | None = None
        self._welcome: Welcome | None = None
        # Follow the stream while the user is at the bottom; stop following once they scroll up to read.
        self._stick = True
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(self._on_range_changed)

    # --------------------------------------------------------------------- content

    def clear(self) -> None:
        self.selected = None
        self._welcome = None
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._stick = True

    def show_welcome(self, info: BotInfo | None) -> None:
        self.clear()
        self._welcome = Welcome(info, self._content)
        self._welcome.sig_ask.connect(self.sig_ask)
        self._insert(self._welcome)

    def show_messages(self, rows: Sequence[MessageRow]) -> None:
        self.clear()
        for row in rows:
            if row.role == Role.USER:
                self.add_user(row.text)
            else:
                self.add_bot().load(row)
        last = self.last_bot()
        if last is not None:
            if not last.live and rows:
                last.show_follow_ups(rows[-1].follow_ups)
            self.select(last)

    def add_user(self, text: str) -> UserMessage:
        if self._welcome is not None:
            self.clear()
        message = UserMessage(text, self._content)
        self._insert(message)
        self._stick = True
        return message

    def add_bot(self, live: bool = False) -> BotMessage:
        for previous in self.bot_messages():
            previous.clear_follow_ups()  # only the newest answer offers follow-ups
            previous.regenerate_button.hide()
        message = BotMessage(self.bot_name, self._content)
        message.live = live
        message.sig_selected.connect(lambda m=message: self.select(m))
        message.sig_retry.connect(self.sig_retry)
        message.sig_follow_up.connect(self.sig_ask)
        self._insert(message)
        if live:
            self.select(message)
        return message

    def _insert(self, widget: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, widget)

    def bot_messages(self) -> list[BotMessage]:
        """The bot messages on screen, in order (the layout's, not findChildren's: that also returns widgets
        already removed and waiting for deletion)."""
        widgets = (self._layout.itemAt(i).widget() for i in range(self._layout.count() - 1))
        return [w for w in widgets if isinstance(w, BotMessage)]

    def last_bot(self) -> BotMessage | None:
        bots = self.bot_messages()
        return bots[-1] if bots else None

    def live_message(self) -> BotMessage | None:
        last = self.last_bot()
        return last if last is not None and last.live else None

    def apply(self, event: TurnEvent) -> None:
        """Feed an event of the running turn to its (live) message."""
        message = self.live_message()
        if message is None:
            return
        message.apply(event)
        if isinstance(event, RecallSources) and message is self.selected:
            self.sig_message_selected.emit(message)

    def select(self, message: BotMessage) -> None:
        if self.selected is not None and self.selected is not message:
            self.selected.set_selected(False)
        self.selected = message
        message.set_selected(True)
        self.sig_message_selected.emit(message)

    # ------------------------------------------------------------------ scrolling

    def at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 8

    def _on_scrolled(self, _value: int) -> None:
        self._stick = self.at_bottom()

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._stick:
            self.verticalScrollBar().setValue(maximum)
