"""The conversation in the middle of the window: messages built near the viewport only, in a reading column."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..api import BotInfo
from ..chat import MessageRow, MessageStatus, RecallSources, Role, TurnEvent
from ..chat.history import DIVIDER
from .memory import trim_heap
from .messages import BotMessage, UserMessage, Welcome
from .versions import TopicDivider, VersionSwitcher

if TYPE_CHECKING:
    from ..chat.attachments import Attachment

__all__ = ["BotMessage", "ConversationView", "UserMessage", "Welcome"]

COLUMN_WIDTH = 760  # the reading column: lines longer than this are tiring to read, at any window width
SIDE_MARGIN = 16
SPACING = 10
DIVIDER_HEIGHT = 30  # a New topic line: its text and margins (its size hint at the default font)
_SLICE_S = 0.008  # building or releasing messages per turn of the event loop, so scrolling never stalls
_FIRST_SCREEN_S = 0.2  # opening builds the first screen at once (it is what gets painted), up to this long
_BUILD_MARGIN = 0.5  # viewports of messages built beyond each edge of the viewport…
_RELEASE_MARGIN = 1.0  # …and released beyond this many (the gap between the two keeps it from flapping)
_TRIM_DELAY_MS = 100  # after the deferred deletes of a closed conversation have run


@dataclass(eq=False, slots=True)
class _Entry:
    """One message of the conversation, built into a widget or not.

    ``row`` is the stored message (what rebuilds it); a message added during this session has none and is
    never released. ``height`` is the widget's last known height, or an estimate before it was ever built.
    """

    row: MessageRow | None
    user_text: str | None  # the question of a user message; None for a bot message
    height: int
    widget: QWidget | None = None
    attachments: tuple = ()  # the images and files of a question sent in this session (stored ones: in row)
    divider: bool = False  # a "New topic" mark, neither question nor answer

    @property
    def is_bot(self) -> bool:
        return self.user_text is None and not self.divider


class ConversationView(QScrollArea):
    """The messages of one conversation, newest at the bottom, following the stream only at the bottom.

    Only the messages near the viewport exist as widgets: opening builds the newest screenful, scrolling builds
    more in slices of ~12 ms per turn of the event loop and deletes those that scrolled more than a viewport
    away, so however long the conversation, a few screens of widgets are alive. The rest are spacers of their
    last known (or estimated) height, and what the user looks at stays put while the heights around it settle.
    The view keeps references to its messages (entries, the live one, the last answer): nothing walks the
    layout, neither per streamed delta nor per message added.

    The layout is: top spacer, the built window of stored messages, bottom spacer, then the messages that are
    always built (the last answer onwards, and everything sent in this session), then a stretch.

    Signals:
        sig_ask(str): the user picked a suggested or follow-up question.
        sig_retry(): Retry or Regenerate on the last bot message.
        sig_message_selected(object): a BotMessage was selected (its sources go to the side panel).
        sig_citation(int): a citation marker ``[n]`` was clicked in the selected answer (emitted after its selection).
        sig_edit(str): Edit on a question: its text goes back into the message box.
        sig_read_aloud(object): Read aloud was clicked on this BotMessage.
        sig_choice(str, str): a Q&A question's call id and the user's pick.
    """

    sig_ask = Signal(str)
    sig_retry = Signal()
    sig_message_selected = Signal(object)
    sig_citation = Signal(int)
    sig_edit = Signal(str)
    sig_read_aloud = Signal(object)
    sig_choice = Signal(str, str)
    sig_version = Signal(int, int)  # ‹ or › on an answer: its message id, the version wanted (1-based)
    sig_edit_last = Signal(str)  # Edit on the last question (replaced in place on Send), not on an earlier one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._content = QWidget()
        self._content.setObjectName("conversation")
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(SIDE_MARGIN, 12, SIDE_MARGIN, 12)
        self._layout.setSpacing(SPACING)
        self._top_spacer = self._spacer()
        self._bottom_spacer = self._spacer()
        self._layout.addWidget(self._top_spacer)
        self._layout.addWidget(self._bottom_spacer)
        self._layout.addStretch(1)
        self.setWidget(self._content)
        self.bot_name = ""
        self.bot_icon: QPixmap | None = None  # the bot's own icon once downloaded (set_bot_icon)
        self.selected: BotMessage | None = None
        self._welcome: Welcome | None = None
        self._entries: list[_Entry] = []
        self._lo = self._hi = 0  # the built window of stored messages: entries[lo:hi]
        self._pinned_from = 0  # entries from here on are always built (the last answer and newer)
        self._top_sum = 0  # sum of (height + spacing) of entries[:lo]
        self._bottom_sum = 0  # … of entries[hi:pinned_from]
        self._live: BotMessage | None = None
        self._last_bot: _Entry | None = None
        self._selected_entry: _Entry | None = None
        self._estimate_width = COLUMN_WIDTH
        self.built_count = 0  # message widgets built since this view was made: tests count work by it
        # Follow the stream while the user is at the bottom; stop following once they scroll up to read. Away
        # from the bottom, the message at the top of the viewport (entry index, its distance above the viewport's
        # top) stays where it is while messages are built, released or grow around it.
        self._stick = True
        self._anchor: tuple[int, int] | None = None
        self._restoring = False
        self._window_timer = QTimer(self)
        self._window_timer.setSingleShot(True)
        self._window_timer.setInterval(0)
        self._window_timer.timeout.connect(self._update_window)
        self._anchor_timer = QTimer(self)  # after a layout pass: the content's positions are settled by then
        self._anchor_timer.setSingleShot(True)
        self._anchor_timer.setInterval(0)
        self._anchor_timer.timeout.connect(self._restore_anchor)
        self._trim_timer = QTimer(self)
        self._trim_timer.setSingleShot(True)
        self._trim_timer.setInterval(_TRIM_DELAY_MS)
        self._trim_timer.timeout.connect(trim_heap)
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(self._on_range_changed)
        self._content.installEventFilter(self)

    def _spacer(self) -> QWidget:
        spacer = QWidget()
        spacer.setFixedHeight(0)
        spacer.hide()
        return spacer

    # --------------------------------------------------------------------- content

    def clear(self) -> None:
        """Delete every message; the memory they held goes back to the system shortly after."""
        self._window_timer.stop()
        released = 0
        for entry in self._entries:
            if entry.widget is not None:
                self._delete(entry.widget)
                entry.widget = None
                released += 1
        if self._welcome is not None:
            self._delete(self._welcome)
            self._welcome = None
        self._entries = []
        self._lo = self._hi = self._pinned_from = 0
        self._top_sum = self._bottom_sum = 0
        self._set_spacers()
        self.selected = self._live = self._last_bot = self._selected_entry = None
        self._stick, self._anchor = True, None
        if released:
            self._trim_timer.start()

    def _delete(self, widget: QWidget) -> None:
        self._layout.removeWidget(widget)
        widget.hide()
        widget.deleteLater()

    def is_empty(self) -> bool:
        """No messages (a welcome screen does not count)."""
        return not self._entries

    def show_welcome(self, info: BotInfo | None) -> None:
        self.clear()
        self._welcome = Welcome(info, self._content)
        if self.bot_icon is not None:
            self._welcome_icon(self._welcome)
        self._welcome.sig_ask.connect(self.sig_ask)
        self._append(self._welcome)

    def show_messages(self, rows: Sequence[MessageRow]) -> None:
        """Show a stored conversation: the newest screenful is built now, the rest as it is scrolled to."""
        self.clear()
        self._estimate_width = self._column_width()
        self._entries = [
            _Entry(row, row.text if row.role == Role.USER else None, self._estimate(row), divider=row.kind == DIVIDER)
            for row in rows]
        last_bot = next((i for i in range(len(self._entries) - 1, -1, -1) if self._entries[i].is_bot), None)
        self._last_bot = self._entries[last_bot] if last_bot is not None else None
        # The last answer (and anything after it) stays built: it may still be streaming, it offers the
        # follow-ups, and Copy last answer reads it, wherever the user has scrolled.
        self._pinned_from = last_bot if last_bot is not None else len(self._entries)
        self._lo = self._hi = self._pinned_from
        self._top_sum = sum(entry.height for entry in self._entries[:self._lo]) + SPACING * self._lo
        for index in range(self._pinned_from, len(self._entries)):
            self._append(self._build(index))
        # The first screen, newest first, at once: it is what the opening paints. The margin above it follows
        # in slices (_update_window), after that paint.
        deadline = time.perf_counter() + _FIRST_SCREEN_S
        wanted = self.viewport().height()
        built = sum(self._entries[i].height + SPACING for i in range(self._pinned_from, len(self._entries)))
        while self._lo > 0 and built < wanted and time.perf_counter() < deadline:
            built += self._build_above()
        self._set_spacers()
        if self._last_bot is not None and self._last_bot.widget is not None:
            self.select(self._last_bot.widget)
        self._schedule()

    def add_user(self, text: str, attachments: Sequence[Attachment] = ()) -> UserMessage:
        if self._welcome is not None:
            self.clear()
        self._entries.append(_Entry(None, text, 0, attachments=tuple(attachments)))
        message = self._build(len(self._entries) - 1)
        self._append(message)
        self._stick = True
        return message

    def add_bot(self, live: bool = False) -> BotMessage:
        if self._welcome is not None:
            self.clear()
        previous = self._last_bot.widget if self._last_bot is not None else None
        if isinstance(previous, BotMessage):
            previous.clear_follow_ups()  # only the newest answer offers follow-ups
            previous.regenerate_button.hide()
        self._entries.append(_Entry(None, None, 0))
        self._last_bot = self._entries[-1]
        message = self._build(len(self._entries) - 1)
        assert isinstance(message, BotMessage)
        message.live = live
        self._append(message)
        if live:
            self._live = message
            self.select(message)
        return message

    def _append(self, widget: QWidget) -> None:
        self._place(self._layout.count() - 1, widget)

    def _place(self, index: int, widget: QWidget) -> None:
        self._layout.insertWidget(index, widget)
        # Now, not by the layout's queued show: the windowing reads the positions of what it built on the next
        # turn, and a widget still hidden then has none.
        widget.show()

    def _build(self, index: int) -> QWidget:
        """The widget of entry ``index`` (not yet in the layout; shown by ``_place``)."""
        entry = self._entries[index]
        self.built_count += 1
        if entry.divider:
            entry.widget = TopicDivider(self._content)
            return entry.widget
        if not entry.is_bot:
            files = entry.row.attachments if entry.row is not None else entry.attachments
            entry.widget = UserMessage(entry.user_text or "", self._content, files)
            entry.widget.sig_edit.connect(lambda text, e=entry: self._edit(e, text))
            return entry.widget
        message = BotMessage(self.bot_name, self._content)
        if self.bot_icon is not None:
            message.set_icon(self.bot_icon)
        message.sig_selected.connect(lambda e=entry: self._select_entry(e))
        message.sig_retry.connect(self.sig_retry)
        message.sig_follow_up.connect(self.sig_ask)
        message.sig_citation.connect(self.sig_citation)
        message.sig_read_aloud.connect(lambda m=message: self.sig_read_aloud.emit(m))
        message.sig_choice.connect(self.sig_choice)
        entry.widget = message
        if entry.row is not None:
            message.load(entry.row)
            if message.live:
                self._live = message  # stored while streaming: the turn's next events go to it
            elif entry is self._last_bot:
                message.show_follow_ups(entry.row.follow_ups)
        if entry is not self._last_bot or self._entries[-1].divider:
            message.regenerate_button.hide()
        if entry.row is not None and entry.row.versions > 1:
            self._add_switcher(message, entry).set_version(entry.row.version, entry.row.versions)
        if entry is self._selected_entry:
            self.selected = message
            message.set_selected(True)
        return message

    # ------------------------------------------------------- versions and topics (issue 13)

    def set_bot_icon(self, pixmap: QPixmap | None) -> None:
        """The bot's icon on every answer (built now or later) and on the welcome screen; None: the default."""
        self.bot_icon = pixmap
        if pixmap is None:
            return
        for entry in self._entries:
            if isinstance(entry.widget, BotMessage):
                entry.widget.set_icon(pixmap)
        if self._welcome is not None and self._welcome.findChild(QLabel, "welcomeIcon") is None:
            self._welcome_icon(self._welcome)

    def _welcome_icon(self, welcome: Welcome) -> None:
        label = QLabel(welcome)
        label.setObjectName("welcomeIcon")
        label.setPixmap(self.bot_icon.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        welcome.layout().insertWidget(0, label)

    def _add_switcher(self, message: BotMessage, entry: _Entry) -> VersionSwitcher:
        switcher = VersionSwitcher()
        switcher.sig_step.connect(
            lambda step, e=entry: self.sig_version.emit(e.row.id, e.row.version + step) if e.row else None)
        message.add_header_widget(switcher)
        message.version_switcher = switcher
        return switcher

    def step_version(self, step: int) -> bool:
        """Alt+Left / Alt+Right: the selected answer's (else the last answer's) previous or next version;
        False when it has no version that way."""
        entry = self._selected_entry if self._selected_entry is not None else self._last_bot
        row = entry.row if entry is not None else None
        if row is None or not 1 <= row.version + step <= row.versions:
            return False
        self.sig_version.emit(row.id, row.version + step)
        return True

    def _edit(self, entry: _Entry, text: str) -> None:
        """Edit on a question: the last one is edited in place (sig_edit_last), an earlier one is copied."""
        index = self._entries.index(entry)
        last = all(e.is_bot for e in self._entries[index + 1:])  # no later question, no new topic since
        (self.sig_edit_last if last else self.sig_edit).emit(text)

    def add_divider(self) -> QWidget:
        """A "New topic" line at the end; the answer above it can no longer be regenerated."""
        if self._welcome is not None:
            self.clear()
        if (last := self.last_bot()) is not None:
            last.regenerate_button.hide()
        self._entries.append(_Entry(None, None, 0, divider=True))
        widget = self._build(len(self._entries) - 1)
        self._append(widget)
        self._stick = True
        return widget

    def replace_last_turn(self, question: str | None, versions: int) -> BotMessage:
        """The last answer starts over in place as version ``versions`` (regenerate), and with ``question`` the
        question above it shows the edited text (edit-and-resend); returns the new live message."""
        entry = self._last_bot
        assert entry is not None
        index = self._entries.index(entry)
        if question is not None and index > 0 and not self._entries[index - 1].is_bot:
            asked = self._entries[index - 1]
            asked.user_text = question
            if asked.row is not None:
                asked.row = dataclasses.replace(asked.row, text=question)
            self._rebuild(index - 1)
        entry.row = None  # the new version streams into a fresh message
        message = self._rebuild(index)
        assert isinstance(message, BotMessage)
        message.live = True
        self._live = message
        self.select(message)
        self._add_switcher(message, entry).set_version(versions, versions, enabled=False)
        self._stick = True
        return message

    def show_version(self, shown_id: int, row: MessageRow, question: MessageRow | None) -> None:
        """Show ``row`` (another version of the answer ``shown_id``) in its place, with the question it answered."""
        index = next((i for i, e in enumerate(self._entries) if e.row is not None and e.row.id == shown_id), None)
        if index is None:
            return
        old = self._entries[index].widget
        focused = old is not None and old.isAncestorOf(QApplication.focusWidget())
        self._entries[index].row = row
        message = self._rebuild(index)
        if question is not None and index > 0 and not self._entries[index - 1].is_bot:
            asked = self._entries[index - 1]
            asked.row, asked.user_text = question, question.text
            self._rebuild(index - 1)
        switcher = getattr(message, "version_switcher", None)
        if switcher is not None and focused:  # the keyboard stays on the switcher (Alt+arrows leave it be)
            (switcher.previous if switcher.previous.isEnabled() else switcher.next).setFocus()

    def _rebuild(self, index: int) -> QWidget | None:
        """Build entry ``index`` again from its (changed) data, in the same place; None when it is not built."""
        entry = self._entries[index]
        old = entry.widget
        if old is None:
            return None
        position = self._layout.indexOf(old)
        if old is self.selected:
            self.selected = None
            self._selected_entry = entry
        if old is self._live:
            self._live = None
        self._delete(old)
        entry.widget = None
        widget = self._build(index)
        self._place(position, widget)
        return widget

    def bot_messages(self) -> list[BotMessage]:
        """The bot messages built right now, in order. For tests: nothing hot calls this."""
        return [e.widget for e in self._entries if e.is_bot and isinstance(e.widget, BotMessage)]

    def message_widgets(self) -> list[QWidget]:
        """The message widgets built right now, in order (bounded by the windowing)."""
        built = self._entries[self._lo:self._hi] + self._entries[self._pinned_from:]
        return [e.widget for e in built if e.widget is not None]

    def message_count(self) -> int:
        return len(self._entries)

    def built_range(self) -> tuple[int, int]:
        """The window of stored messages built now, ``entries[lo:hi]`` (the last answer onwards is always built)."""
        return self._lo, self._hi

    def window_pending(self) -> bool:
        """Messages still to be built or released for the current scroll position (work for the next turns)."""
        return self._window_timer.isActive()

    def last_bot(self) -> BotMessage | None:
        widget = self._last_bot.widget if self._last_bot is not None else None
        return widget if isinstance(widget, BotMessage) else None

    def live_message(self) -> BotMessage | None:
        if self._live is not None and not self._live.live:
            self._live = None  # its turn ended
        return self._live

    def apply(self, event: TurnEvent) -> None:
        """Feed an event of the running turn to its (live) message."""
        message = self.live_message()
        if message is None:
            return
        message.apply(event)
        if isinstance(event, RecallSources) and message is self.selected:
            self.sig_message_selected.emit(message)

    def select(self, message: BotMessage) -> None:
        entry = self._last_bot if self._last_bot is not None and self._last_bot.widget is message else None
        if entry is None:
            entry = next((e for e in self._built_entries() if e.widget is message), None)
        self._selected_entry = entry
        if self.selected is not None and self.selected is not message:
            self.selected.set_selected(False)
        self.selected = message
        message.set_selected(True)
        self.sig_message_selected.emit(message)

    def _built_entries(self) -> list[_Entry]:
        return self._entries[self._lo:self._hi] + self._entries[self._pinned_from:]

    def _select_entry(self, entry: _Entry) -> None:
        if isinstance(entry.widget, BotMessage):
            self.select(entry.widget)

    # -------------------------------------------------------------------- windowing

    def _column_width(self) -> int:
        return max(200, min(COLUMN_WIDTH, self.viewport().width() - 2 * SIDE_MARGIN))

    def _estimate(self, row: MessageRow) -> int:
        """The height a stored message will likely have in the column, before it is ever built (scroll bar)."""
        if row.kind == DIVIDER:
            return DIVIDER_HEIGHT
        per_line = max(20, self._estimate_width // 8)
        text = row.text
        lines = text.count("\n") + len(text) // per_line + 1
        # Fitted to the message widgets of the time (within ~5% over a 1,000-message thread at 700-1600 px).
        if row.role == Role.USER:
            return 12 + 16 * lines + (160 if any(a.is_image for a in row.attachments) else 36 * bool(row.attachments))
        height = 57 + 12 * lines + 28 * len(row.tool_calls)
        if row.status == MessageStatus.FAILED:
            height += 80
        return height

    def _build_above(self) -> int:
        """Build the entry just above the window; the height it was counted with."""
        self._lo -= 1
        entry = self._entries[self._lo]
        self._top_sum -= entry.height + SPACING
        self._place(1, self._build(self._lo))
        return entry.height + SPACING

    def _build_below(self) -> int:
        entry = self._entries[self._hi]
        self._bottom_sum -= entry.height + SPACING
        self._place(1 + self._hi - self._lo, self._build(self._hi))
        self._hi += 1
        return entry.height + SPACING

    def _release(self, index: int) -> None:
        entry = self._entries[index]
        widget = entry.widget
        if widget is None:
            return
        if widget.height() > 0:
            entry.height = widget.height()
        if widget is self.selected:
            self.selected = None  # re-selected when it is built again (_selected_entry)
        if widget is self._live:
            self._live = None
        self._delete(widget)
        entry.widget = None

    def _set_spacers(self) -> None:
        for spacer, total in ((self._top_spacer, self._top_sum), (self._bottom_spacer, self._bottom_sum)):
            if total > 0:
                spacer.setFixedHeight(max(0, total - SPACING))
                spacer.show()
            else:
                spacer.hide()

    def _schedule(self) -> None:
        if not self._window_timer.isActive():
            self._window_timer.start()

    def _update_window(self) -> None:
        """Build what the viewport (plus a margin) needs and release what is far from it, for one slice."""
        if self._pinned_from == 0:
            return  # nothing stored before the last answer: everything is built
        # Positions below are read from the widgets: let the layout place what was built or released before.
        self._layout.activate()
        bar = self.verticalScrollBar()
        view = self.viewport().height()
        top = bar.value()
        if self._pinned_from < len(self._entries):
            # Inside the messages that are always built (a long answer streaming): the window stays at its end.
            top = max(0, min(top, self._entries[self._pinned_from].widget.y() - view))
        bottom = top + view
        deadline = time.perf_counter() + _SLICE_S
        # The viewport shows none of the window (the thumb was dragged, Home or End): start a new window there.
        if self._lo == self._hi or not (
                self._window_top() - view <= bottom and self._window_bottom() + view >= top):
            self._jump(top)
        # Release first, from widgets laid out in earlier turns: their geometry is settled.
        changed = False
        while self._hi - self._lo > 1 and self._window_top(1) < top - view * _RELEASE_MARGIN:
            self._release(self._lo)
            self._top_sum += self._entries[self._lo].height + SPACING
            self._lo += 1
            changed = True
        while self._hi - self._lo > 1 and self._entries[self._hi - 1].widget.y() > bottom + view * _RELEASE_MARGIN:
            self._hi -= 1
            self._release(self._hi)
            self._bottom_sum += self._entries[self._hi].height + SPACING
            changed = True
        window_top, window_bottom = self._window_top(), self._window_bottom()
        more = False
        while self._lo > 0 and window_top > top - view * _BUILD_MARGIN:
            if changed and time.perf_counter() > deadline:
                more = True
                break
            window_top -= self._build_above()
            changed = True
        while self._hi < self._pinned_from and window_bottom < bottom + view * _BUILD_MARGIN:
            if changed and time.perf_counter() > deadline:
                more = True
                break
            window_bottom += self._build_below()
            changed = True
        self._set_spacers()
        if more or changed:
            self._schedule()  # look again once the layout has placed what was built or released

    def _window_top(self, skip: int = 0) -> int:
        """Content y of the window's top (after ``skip`` messages), or of the bottom spacer when it is empty."""
        if self._lo + skip < self._hi:
            return self._entries[self._lo + skip].widget.y()
        return self._bottom_spacer.y()

    def _window_bottom(self) -> int:
        if self._lo < self._hi:
            last = self._entries[self._hi - 1].widget
            return last.y() + last.height()
        return self._bottom_spacer.y()

    def _jump(self, top: int) -> None:
        """Release the window and start a new, empty one at the entry at content height ``top``."""
        for index in range(self._lo, self._hi):
            self._release(index)
        y = self._layout.contentsMargins().top()
        index = 0
        while index < self._pinned_from - 1 and y + self._entries[index].height + SPACING <= top:
            y += self._entries[index].height + SPACING
            index += 1
        self._lo = self._hi = index
        self._top_sum = y - self._layout.contentsMargins().top()
        self._bottom_sum = sum(e.height + SPACING for e in self._entries[index:self._pinned_from])
        if not self._stick:
            self._anchor = (index, y - top)
        self._set_spacers()

    def _position(self, index: int) -> int:
        """The content y of entry ``index``, built or not."""
        entry = self._entries[index]
        if entry.widget is not None:
            return entry.widget.y()
        if index < self._lo:
            y, start = self._layout.contentsMargins().top(), 0
        else:
            y, start = self._bottom_spacer.y(), self._hi
        return y + sum(e.height + SPACING for e in self._entries[start:index])

    def _entry_at(self, y: int) -> tuple[int, int] | None:
        """The entry shown at content height ``y``, and how far its top is below ``y`` (negative: above)."""
        if not self._entries:
            return None
        for spacer, start, stop in ((self._top_spacer, 0, self._lo),
                                    (self._bottom_spacer, self._hi, self._pinned_from)):
            if spacer.isVisibleTo(self._content) and spacer.y() <= y < spacer.y() + spacer.height() + SPACING:
                # Inside a spacer: walk its heights (only until the window has caught up with a jump).
                position = self._position(start)
                index = start
                while index < stop - 1 and position + self._entries[index].height + SPACING <= y:
                    position += self._entries[index].height + SPACING
                    index += 1
                return index, position - y
        for index in [*range(self._lo, self._hi), *range(self._pinned_from, len(self._entries))]:
            widget = self._entries[index].widget
            if widget is not None and widget.y() + widget.height() + SPACING > y:
                return index, widget.y() - y
        return len(self._entries) - 1, self._position(len(self._entries) - 1) - y

    def _restore_anchor(self) -> None:
        bar = self.verticalScrollBar()
        self._restoring = True
        try:
            if self._stick:
                bar.setValue(bar.maximum())
            elif self._anchor is not None and self._anchor[0] < len(self._entries):
                index, offset = self._anchor
                bar.setValue(self._position(index) - offset)
        finally:
            self._restoring = False

    # ------------------------------------------------------------------ scrolling

    def at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 8

    def _on_scrolled(self, value: int) -> None:
        if self._restoring:
            return
        self._stick = self.at_bottom()
        self._anchor = None if self._stick else self._entry_at(value)
        self._schedule()

    def _on_range_changed(self, _minimum: int, _maximum: int) -> None:
        self._restore_anchor()
        self._schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The content was laid out again (a message grew as its markdown rendered, one was built above):
        # keep the message the user reads where it was, even when the total height did not change.
        if watched is self._content and event.type() == QEvent.Type.LayoutRequest and not self._stick:
            self._anchor_timer.start()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The reading column: centred, at most COLUMN_WIDTH wide, however wide the window is.
        side = max(SIDE_MARGIN, (self.viewport().width() - COLUMN_WIDTH) // 2)
        margins = self._layout.contentsMargins()
        if margins.left() != side:
            self._layout.setContentsMargins(side, margins.top(), side, margins.bottom())
        super().resizeEvent(event)
        self._schedule()
