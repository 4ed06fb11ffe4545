"""The widgets of one message: the user's question, a bot answer with its tool cards, the welcome screen."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QEnterEvent, QFocusEvent, QGuiApplication, QMouseEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..api import BotInfo, ChoiceQuestion, CozeError, RecallChunk, ToolCall
from ..chat import (
    AnswerCompleted,
    AnswerDelta,
    ChoiceAnswered,
    ChoiceAsked,
    FollowUpSuggested,
    MessageRow,
    MessageStatus,
    ReasoningDelta,
    RecallSources,
    StillWaiting,
    ToolCallFinished,
    ToolCallRow,
    ToolCallStarted,
    TurnCancelled,
    TurnCompleted,
    TurnEvent,
    TurnFailed,
)
from ..chat.history import REPLY_MESSAGE
from ..plugins import ToolResult
from ..plugins.registry import output_error
from ..terminal_text import printable
from . import theme
from .icons import IconLabel, icon
from .untrusted import plain_tip

if TYPE_CHECKING:
    from ..chat.attachments import Attachment
    from .attachments import AttachmentStrip

# Answer parts of one turn are joined like the engine and the history join them.
PART_SEPARATOR = "\n\n"
FEEDBACK_MS = 1500  # how long a copy button shows ✓ "Copied"
USER_COLLAPSE_LINES = 12  # a user message longer than this (in lines) is collapsed…
USER_COLLAPSED_LINES = 8  # … to this many, with "Show more"
USER_COLLAPSE_CHARS = 1200  # … and so is one longer than this in characters (a paste without newlines)
BUBBLE_SHARE = 0.8  # of the column a user bubble may take
_DOCUMENT_MARGIN = 4  # QTextDocument's default, around the text of a selectable label
_SHORT = 60  # characters of a song name or a tool name in a tool card's one line
_DETAILS_CHARS = 4000  # of arguments or output shown in a tool card's details

# The icon (icons.names()) of each built-in local plugin; any other tool gets "tool".
TOOL_ICONS = {
    "play_music": "music", "next_music": "next", "pause_music": "pause", "resume_music": "play",
    "stop_music": "stop", "list_music": "music", "now_playing": "music", "set_volume": "volume",
    "get_volume": "volume",
}


def _label(text: str = "", *, selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # everything in a message is the bot's or a plugin's text
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _chip(text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("chip")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    _click_focus(button)
    return button


def _action(name: str, words: str, parent: QWidget) -> QToolButton:
    """A 28 px ghost icon button of the hover actions, with its words as tooltip and accessible name."""
    button = QToolButton(parent)
    button.setObjectName("messageAction")
    button.setIcon(icon(name))
    button.setIconSize(QSize(theme.ICON_S, theme.ICON_S))
    button.setFixedSize(28, 28)
    button.setAutoRaise(True)
    button.setToolTip(words)
    button.setAccessibleName(words)
    _click_focus(button)
    return button


def _click_focus(widget: QWidget) -> QWidget:
    """Focus by click, never by Tab: Tab goes input → Send → conversations, not through every message's buttons
    (Ctrl+Shift+C copies the last answer; a clicked message shows its actions to the keyboard too)."""
    widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    return widget


def _short(text: str, limit: int = _SHORT) -> str:
    # One line (a newline in a song name must not make the card taller), controls shown as their pictures.
    text = " ".join(printable(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _polish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class _Feedback:
    """A copy button that shows ✓ and "Copied" for a moment, then its icon and words again."""

    def __init__(self, button: QToolButton, words: str, done: str) -> None:
        self.button, self._words, self._done = button, words, done
        self._timer: QTimer | None = None  # built on the first copy

    def set_words(self, words: str, done: str) -> None:
        """The words in another language: shown now if the button is not showing "Copied" for a moment."""
        self._words, self._done = words, done
        flashing = self._timer is not None and self._timer.isActive()
        self.button.setToolTip(done if flashing else words)
        self.button.setAccessibleName(words)

    def flash(self) -> None:
        if self._timer is None:
            self._timer = QTimer(self.button)
            self._timer.setSingleShot(True)
            self._timer.setInterval(FEEDBACK_MS)
            self._timer.timeout.connect(self._restore)
        self.button.setIcon(icon("check", "success"))
        self.button.setToolTip(self._done)
        self._timer.start()

    def _restore(self) -> None:
        self.button.setIcon(icon("copy"))
        self.button.setToolTip(self._words)


class _HoverActions:
    """Shows a row of actions while its message is under the pointer or holds the keyboard focus, or always
    (``pinned``). The row keeps its size when hidden, so the message never changes height or jumps."""

    def __init__(self, owner: QWidget, row: QWidget) -> None:
        self.owner, self.row = owner, row
        self.hovered = False
        self.enabled = True  # False while the message streams: nothing to copy yet
        self.pinned: Callable[[], bool] = lambda: False
        self.before_show: Callable[[], None] | None = None  # builds actions only a touched row needs
        policy = row.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        row.setSizePolicy(policy)
        row.hide()
        _follow_focus()

    def focused(self) -> bool:
        focus = QApplication.focusWidget()
        return self.owner.hasFocus() or (focus is not None and self.owner.isAncestorOf(focus))

    def update(self) -> None:
        """Show or hide the row for the pointer, the focus, and whether the message is done."""
        touched = self.enabled and (self.hovered or self.focused())
        if touched and self.before_show is not None:
            self.before_show()  # on the user's approach, not for a pinned row: most answers are never touched
        self.row.setVisible(touched or (self.enabled and self.pinned()))


class _Hoverable:
    """The pointer and focus events of a message with hover actions (``self._hover``), for UserMessage and
    BotMessage alike. Listed before the Qt base, so ``super()`` reaches the widget's own handlers."""

    _hover: _HoverActions

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hover.hovered = True
        self._hover.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover.hovered = False
        self._hover.update()
        super().leaveEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._hover.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._hover.update()
        super().focusOutEvent(event)


def _focus_moved(old: QWidget | None, new: QWidget | None) -> None:
    """Tell the messages that lost or got the keyboard focus (or a child of theirs did) to show or hide actions."""
    for widget in (old, new):
        while widget is not None:
            if isinstance(widget, UserMessage | BotMessage):
                widget._hover.update()
                break
            widget = widget.parentWidget()


_following_focus = False


def _follow_focus() -> None:
    # One connection for all messages, not an event filter on each: a filter on every answer's view would run
    # Python for each of its paint and layout events.
    global _following_focus
    app = QApplication.instance()
    if not _following_focus and app is not None:
        app.focusChanged.connect(_focus_moved)  # type: ignore[attr-defined] (instance() is typed QCoreApplication)
        _following_focus = True


class UserMessage(_Hoverable, QFrame):
    """The user's question, right-aligned in a bubble as wide as its text (up to 80% of the column).

    A long paste is collapsed to its first lines with "Show more". Copy and Edit show on hover and keyboard focus.

    Signals:
        sig_edit(str): Edit was clicked: the text goes back into the input to be changed and sent again.
    """

    sig_edit = Signal(str)

    def __init__(self, text: str, parent: QWidget | None = None, attachments: Sequence[Attachment] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("userMessage")
        _click_focus(self)
        self.text = text
        self.expanded = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.SPACE_XS)
        row.addStretch(1)

        actions = QWidget(self)
        action_row = QHBoxLayout(actions)
        action_row.setContentsMargins(0, 0, 0, 0)
        action_row.setSpacing(0)
        self.copy_button = _action("copy", "", actions)
        self.copy_button.clicked.connect(self.copy)
        self._copied = _Feedback(self.copy_button, "", "")
        self.edit_button = _action("edit", "", actions)
        self.edit_button.clicked.connect(lambda: self.sig_edit.emit(self.text))
        action_row.addWidget(self.copy_button)
        action_row.addWidget(self.edit_button)
        row.addWidget(actions, 0, Qt.AlignmentFlag.AlignBottom)
        self.actions = actions
        self._hover = _HoverActions(self, actions)

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.attachments: AttachmentStrip | None = None
        if attachments:  # the images and files sent with the question, above its text
            from .attachments import AttachmentStrip

            self.attachments = AttachmentStrip(attachments, self)
            column.addWidget(self.attachments, 0, Qt.AlignmentFlag.AlignRight)
        self.bubble = _Bubble(self)
        self.bubble.setObjectName("userBubble")
        self.bubble.setVisible(bool(text) or not attachments)  # files alone: no empty bubble
        self.bubble.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.bubble, 0, Qt.AlignmentFlag.AlignRight)
        self.more_button: QToolButton | None = None
        self._lines = text.split("\n")
        if len(self._lines) > USER_COLLAPSE_LINES or len(text) > USER_COLLAPSE_CHARS:
            self.more_button = QToolButton(self)
            self.more_button.setObjectName("showMore")
            self.more_button.setAutoRaise(True)
            _click_focus(self.more_button)
            self.more_button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.more_button.clicked.connect(self.toggle)
            column.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignRight)
        row.addLayout(column)
        self._retranslate()
        self._apply_expanded()

    def _retranslate(self) -> None:
        """The action buttons' words in the current language (the question itself is the user's)."""
        self._copied.set_words(self.tr("Copy"), self.tr("Copied"))
        self.edit_button.setToolTip(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._apply_expanded()  # "Show more" / "Show less"

    def is_collapsed(self) -> bool:
        """Only the beginning of a long text is shown."""
        return self.more_button is not None and not self.expanded

    def toggle(self) -> None:
        """Show all of a long text, or only its beginning again."""
        self.expanded = not self.expanded
        self._apply_expanded()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
        self._copied.flash()

    def _apply_expanded(self) -> None:
        if self.more_button is None or self.expanded:
            self.bubble.setText(self.text)
        else:
            shown = "\n".join(self._lines[:USER_COLLAPSED_LINES])
            shown = shown[: USER_COLLAPSE_CHARS * 2 // 3]
            self.bubble.setText(shown.rstrip() + "…")
        if self.more_button is not None:
            words = self.tr("Show less") if self.expanded else self.tr("Show more")
            self.more_button.setText(words)
            self.more_button.setAccessibleName(words)

    # ----------------------------------------------------------------------- hover

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The bubble may take 80% of the column; the rest is the stretch (and the hover actions) on its left.
        self.bubble.setMaximumWidth(max(120, int(event.size().width() * BUBBLE_SHARE)))
        super().resizeEvent(event)



class _Bubble(QLabel):
    """A word-wrapped label whose preferred width is its text's, not the golden-ratio guess QLabel makes for
    wrapped text (which wrapped short questions at about 15 characters)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        natural = max((metrics.horizontalAdvance(line) for line in self.text().split("\n")), default=0)
        extra = self.width() - self.contentsRect().width() + 2 * max(self.margin(), 0)
        # A selectable label lays its text out in a QTextDocument, 4 px of document margin each side; +2 for
        # rounding, so the text never wraps by a pixel.
        width = min(natural + extra + 2 * _DOCUMENT_MARGIN + 2, self.maximumWidth())
        return QSize(width, self.heightForWidth(width))


class ToolCard(QFrame):
    """One local tool call inside a bot message, collapsed to one line: the tool's icon, what it did in words
    ("Played 晴天", "Volume → 30", "Ran <tool>"), and its state (running, ✓, ✗). Clicking the line shows the
    details (arguments and output); a failure also shows its reason without expanding.

    Everything in it comes from the bot or a plugin and is shown as plain text. A failure shows as one (✗, the
    reason in words) even where the caller said "done" but the output is the plugins' ``{"error": …}``, as history
    rows stored before calls were judged by their output say.
    """

    def __init__(self, name: str, arguments: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolCard")
        self._name, self._raw_arguments = name, arguments
        self._arguments = _compact(arguments)
        self._parsed = _parse_object(arguments)
        self._output_text = ""
        self.reason = ""
        self.expanded = False
        self._details: QWidget | None = None
        self._output: QLabel | None = None
        self._arguments_label: QLabel | None = None
        self._reason_label: QLabel | None = None

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(theme.SPACE_S, theme.SPACE_XS, theme.SPACE_S, theme.SPACE_XS)
        self._layout.setSpacing(theme.SPACE_XS)
        line = QHBoxLayout()
        line.setSpacing(theme.SPACE_S)
        self.icon_label = IconLabel(TOOL_ICONS.get(name, "tool"), theme.ICON_S, parent=self)
        self.title = QLabel(self)
        self.title.setObjectName("toolSummary")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        # One line that never widens the column: a long summary is cut by the label, not the window.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("toolState")
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.toggle_button = QToolButton(self)
        self.toggle_button.setObjectName("toolToggle")
        self.toggle_button.setAutoRaise(True)
        _click_focus(self.toggle_button)
        self.toggle_button.setIconSize(QSize(theme.ICON_S, theme.ICON_S))
        self.toggle_button.setFixedSize(24, 24)
        self.toggle_button.clicked.connect(self.toggle)
        line.addWidget(self.icon_label)
        line.addWidget(self.title, 1)
        line.addWidget(self.state_label)
        line.addWidget(self.toggle_button)
        self._layout.addLayout(line)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._show_toggle()
        self.set_state("running")

    # ------------------------------------------------------------------- state

    def set_state(self, state: str, output: str = "") -> None:
        self.reason = output_error(output) or "" if output else ""
        if state == "done" and self.reason:
            state = "failed"
        self.state = state
        self._output_text = output
        self.setProperty("failed", state == "failed")
        self.setProperty("state", state)
        _polish(self)
        self.title.setText(self.summary())
        self.title.setToolTip(plain_tip(f"{self._name}({self._arguments})"))
        marks = {"running": self.tr("Running…"), "done": "✓", "failed": "✗"}
        self.state_label.setText(marks[state])
        self.state_label.setProperty("role", {"done": "success", "failed": "danger"}.get(state, ""))
        self.state_label.setProperty("muted", state == "running")
        _polish(self.state_label)
        self.state_label.setAccessibleName({"running": self.tr("running"), "done": self.tr("done"),
                                            "failed": self.tr("failed")}[state])
        self.icon_label.set_icon(TOOL_ICONS.get(self._name, "tool"), "danger" if state == "failed" else "icon")
        if state == "failed":
            reason = self.reason or (output if output and output_error(output) is None else "")
            self.reason_label.setText(self.tr("Why: {reason}").format(reason=reason) if reason else self.tr("Failed"))
            self.reason_label.show()
        elif self._reason_label is not None:
            self._reason_label.hide()
        if self._details is not None:
            self._fill_details()

    def summary(self) -> str:
        """What the call did, in the user's language: "Played 晴天", "Volume → 30", "Ran <tool>"."""
        name, args, state = self._name, self._parsed, self.state
        running, failed = state == "running", state == "failed"
        suffix = f" · {_short(name)}"  # the real tool's name: the card is honest about what ran
        if name == "play_music":
            played = _output_field(self._output_text, "playing") if state == "done" else ""
            song = _short(played or str(args.get("music_name") or ""))
            if song:
                text = (self.tr("Playing {song}…") if running else self.tr("Could not play {song}") if failed
                        else self.tr("Played {song}"))
                return text.format(song=song) + suffix
        if name == "set_volume" and isinstance(args.get("volume"), int | float | str) and str(args["volume"]):
            volume = _short(str(args["volume"]), 8)
            text = (self.tr("Setting the volume to {volume}…") if running
                    else self.tr("Could not set the volume to {volume}") if failed else self.tr("Volume → {volume}"))
            return text.format(volume=volume) + suffix
        if name == "get_volume" and state == "done":
            volume = _output_field(self._output_text, "volume")
            if volume:
                return self.tr("Volume is {volume}").format(volume=_short(volume, 8)) + suffix
        known = {
            "pause_music": self.tr("Paused the music"), "resume_music": self.tr("Resumed the music"),
            "stop_music": self.tr("Stopped the music"), "next_music": self.tr("Skipped to the next song"),
            "list_music": self.tr("Listed the music"), "now_playing": self.tr("Checked what is playing"),
            "get_volume": self.tr("Checked the volume"),
        }
        if name in known and state == "done":
            return known[name] + suffix
        tool = _short(name)
        if running:
            return self.tr("Running {tool}…").format(tool=tool)
        return (self.tr("{tool} failed") if failed else self.tr("Ran {tool}")).format(tool=tool)

    @property
    def reason_label(self) -> QLabel:
        """The failure's reason under the line (built for the first failure)."""
        if self._reason_label is None:
            self._reason_label = _label()
            self._reason_label.setObjectName("toolReason")
            self._reason_label.setProperty("role", "danger")
            self._reason_label.hide()
            self._layout.insertWidget(1, self._reason_label)
        return self._reason_label

    # ----------------------------------------------------------------- details

    @property
    def output(self) -> QLabel:
        """The output as the plugin returned it (in the details, built on first use)."""
        self._ensure_details()
        assert self._output is not None
        return self._output

    @property
    def arguments_label(self) -> QLabel:
        self._ensure_details()
        assert self._arguments_label is not None
        return self._arguments_label

    def toggle(self) -> None:
        """Show or hide the arguments and output."""
        self.set_expanded(not self.expanded)

    def set_expanded(self, expanded: bool) -> None:
        self.expanded = expanded
        if expanded:
            self._ensure_details()
        if self._details is not None:
            self._details.setVisible(expanded)
        self._show_toggle()

    def _show_toggle(self) -> None:
        words = self.tr("Hide details") if self.expanded else self.tr("Show details")
        self.toggle_button.setIcon(icon("chevron-down" if self.expanded else "chevron-right"))
        self.toggle_button.setToolTip(words)
        self.toggle_button.setAccessibleName(words)

    def _ensure_details(self) -> None:
        if self._details is not None:
            return
        details = QWidget(self)
        details.setObjectName("toolDetails")
        column = QVBoxLayout(details)
        column.setContentsMargins(theme.SPACE_L + theme.SPACE_S, 0, 0, theme.SPACE_XS)
        column.setSpacing(2)
        labels = []
        for _ in range(2):
            heading = _label(selectable=False)
            heading.setProperty("muted", True)
            value = _label()
            value.setObjectName("toolDetail")
            column.addWidget(heading)
            column.addWidget(value)
            labels.append((heading, value))
        (self._arguments_heading, self._arguments_label), (self._output_heading, self._output) = labels
        self._set_captions()
        self._details = details
        details.setVisible(self.expanded)
        self._layout.addWidget(details)
        self._fill_details()

    def _set_captions(self) -> None:
        self._arguments_heading.setText(self.tr("Arguments"))
        self._output_heading.setText(self.tr("Output"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # The summary, state and reason are made from the call in the current language: make them again.
            self.set_state(self.state, self._output_text)
            self._show_toggle()
            if self._details is not None:
                self._set_captions()

    def _fill_details(self) -> None:
        assert self._arguments_label is not None and self._output is not None
        self._arguments_label.setText(_pretty(self._raw_arguments) or "{}")
        self._output.setText(_cut(self._output_text))
        self._output_heading.setVisible(bool(self._output_text))
        self._output.setVisible(bool(self._output_text))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A click on the one line (not on the details, whose text may be selected) opens or closes them.
        line_bottom = max(self.title.geometry().bottom(), self.toggle_button.geometry().bottom())
        if event.button() == Qt.MouseButton.LeftButton and event.position().y() <= line_bottom:
            self.toggle()
        super().mousePressEvent(event)


def _parse_object(arguments: str) -> dict[str, Any]:
    try:
        value = json.loads(arguments) if arguments and len(arguments) < 100_000 else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _output_field(output: str, key: str) -> str:
    value = _parse_object(output).get(key)
    return str(value) if isinstance(value, str | int | float) and not isinstance(value, bool) else ""


def _cut(text: str) -> str:
    return text if len(text) <= _DETAILS_CHARS else text[: _DETAILS_CHARS - 1] + "…"


def _pretty(arguments: str) -> str:
    if len(arguments) > _DETAILS_CHARS:
        return _cut(arguments)  # not parsed: a megabyte of JSON pretty-printed is no more readable
    try:
        return json.dumps(json.loads(arguments), ensure_ascii=False, indent=2) if arguments else ""
    except ValueError:
        return arguments


def _compact(arguments: str) -> str:
    try:
        text = json.dumps(json.loads(arguments), ensure_ascii=False, separators=(",", ":")) if arguments else ""
    except ValueError:
        text = arguments
    return text if len(text) <= 200 else text[:199] + "…"  # a megabyte of arguments must not become one label


class ChoiceCard(QFrame):
    """A workflow Q&A question in the answer: its options as buttons, or a field for a free answer when it has
    none. A pick is given once: then (or when the turn ended first) the card is disabled and says what happened.

    Signals:
        sig_picked(str, str): the question's call id and the user's answer.
    """

    sig_picked = Signal(str, str)

    def __init__(self, question: ChoiceQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolCard")
        self.question = question
        self.answer = ""
        self.open = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_M, theme.SPACE_S, theme.SPACE_M, theme.SPACE_S)
        layout.setSpacing(theme.SPACE_S)
        self.question_label = _label(question.question)
        self.question_label.setObjectName("choiceQuestion")
        layout.addWidget(self.question_label)
        self.buttons: list[QPushButton] = []
        self.free: QLineEdit | None = None
        self.free_button: QPushButton | None = None
        options = QHBoxLayout()
        options.setSpacing(theme.SPACE_S)
        for option in question.options:
            button = _chip(option.replace("&", "&&"), self)  # the bot's words: "&" is not a mnemonic
            button.setProperty("option", option)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # answering must not need a mouse
            button.clicked.connect(lambda _=False, o=option: self.pick(o))
            options.addWidget(button)
            self.buttons.append(button)
        if not question.options:  # the question asks for an answer in words
            self.free = QLineEdit(self)
            self.free.returnPressed.connect(lambda: self.pick(self.free.text()))
            self.free_button = QPushButton(self)
            self.free_button.clicked.connect(lambda: self.pick(self.free.text()))
            options.addWidget(self.free, 1)
            options.addWidget(self.free_button)
        options.addStretch(1)
        layout.addLayout(options)
        self.note = _label()
        self.note.setProperty("muted", True)
        self.note.hide()
        layout.addWidget(self.note)
        self._note_kind = ""
        self._reason = ""
        self._retranslate()

    def _retranslate(self) -> None:
        if self.free is not None and self.free_button is not None:
            self.free.setPlaceholderText(self.tr("Type your answer"))
            self.free.setAccessibleName(self.tr("Your answer to: %1").replace("%1", self.question.question))
            self.free_button.setText(self.tr("Answer"))
        self._show_note()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def pick(self, answer: str) -> None:
        """The user's answer (an option, or typed); sent once."""
        answer = answer.strip()
        if not self.open or not answer:
            return
        self.sig_picked.emit(self.question.call_id, answer)

    def set_answered(self, answer: str, ok: bool = True) -> None:
        """The engine submitted ``answer`` (or, not ``ok``, gave up: ``answer`` says why)."""
        if ok:
            self.answer = answer
            for button in self.buttons:
                picked = button.property("option") == answer
                button.setProperty("picked", picked)
                if picked:  # disabled like the others, so the tick says which one it was
                    button.setIcon(icon("check", tone="success"))
                _polish(button)
            if self.free is not None:
                self.free.setText(answer)
        self._close("picked" if ok else "failed", answer)

    def set_ended(self, kind: str) -> None:
        """The turn ended before an answer (``stopped`` or ``failed``)."""
        if self.open:
            self._close(kind, "")

    def _close(self, kind: str, reason: str) -> None:
        self.open = False
        self._note_kind, self._reason = kind, reason
        for widget in (*self.buttons, self.free, self.free_button):
            if widget is not None:
                widget.setEnabled(False)
        self._show_note()

    def _show_note(self) -> None:
        kind = self._note_kind
        if not kind:
            return
        if kind == "picked":
            text = self.tr("You answered: %1").replace("%1", self.answer)
        elif kind == "stopped":
            text = self.tr("The answer was stopped before you picked; ask again to get the question back.")
        elif kind == "failed" and self._reason:
            text = self.tr("Not answered: %1").replace("%1", self._reason)
        else:
            text = self.tr("The turn ended before you picked; ask again to get the question back.")
        self.note.setText(text)
        self.note.show()


class BotMessage(_Hoverable, QFrame):
    """One bot turn: a header (the bot's icon and name, sources, hover actions), reasoning (collapsed), tool
    cards, the markdown answer, status or error, follow-ups.

    Cheap to build (the view builds messages as they scroll into sight): the parts most answers lack (reasoning,
    status, the waiting note, the error box, the follow-up chips, the sources button) are made when first needed,
    and the answer renders from a cache of finished messages (see MarkdownView).

    Copy and Regenerate sit on the right of the header: shown while the pointer is over the message or it holds
    the keyboard focus, and always on the last answer (the one whose Regenerate the view has not hidden); hidden,
    they keep their place, so nothing moves. ``add_action`` puts another button there (read aloud, issue 11), and
    ``speech_text`` is what it should read.

    Signals:
        sig_selected(): the user clicked the message (the window shows its sources).
        sig_retry(): Retry under an error, or Regenerate.
        sig_follow_up(str): a suggested follow-up question was clicked.
        sig_citation(int): the citation marker of source ``n`` (1-based, as in ``recall``) was clicked;
            sig_selected is emitted first, so the sources panel already shows this message's sources.
        sig_read_aloud(): Read aloud was clicked (again while it reads: stop).
        sig_choice(str, str): a Q&A question's call id and the user's pick (from its ChoiceCard).
    """

    sig_selected = Signal()
    sig_retry = Signal()
    sig_follow_up = Signal(str)
    sig_citation = Signal(int)
    sig_read_aloud = Signal()
    sig_choice = Signal(str, str)

    def __init__(self, bot_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("botMessage")
        _click_focus(self)
        self.recall: list[RecallChunk] = []
        self.live = False
        self._answers: dict[str, str] = {}
        self._cards: dict[str, ToolCard] = {}
        self.choices: dict[str, ChoiceCard] = {}  # Q&A questions by call id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.SPACE_XS, 0, theme.SPACE_XS)
        layout.setSpacing(theme.SPACE_S)

        header = QHBoxLayout()
        header.setSpacing(theme.SPACE_S)
        self.avatar = IconLabel("bot", theme.ICON_S, parent=self)
        self.avatar.setObjectName("botAvatar")
        self.avatar.setFixedSize(24, 24)
        self._bot_name = bot_name  # "" for an unnamed bot: then the header says "Bot" in the current language
        self.name_label = QLabel(self)
        self.name_label.setObjectName("botName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        header.addWidget(self.avatar)
        header.addWidget(self.name_label)
        header.addStretch(1)
        self._header = header
        self._sources_button: QToolButton | None = None

        self.actions = QWidget(self)
        actions = self._actions_layout = QHBoxLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(0)
        self._read_aloud_button: QToolButton | None = None  # built when the actions first show (most never do)
        self.reading = False  # the window is reading this answer aloud
        self.copy_button = _action("copy", "", self.actions)
        self.copy_button.clicked.connect(self.copy)
        self._copied = _Feedback(self.copy_button, "", "")
        self.regenerate_button = _action("regenerate", "", self.actions)
        self.regenerate_button.clicked.connect(self.sig_retry)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.regenerate_button)
        header.addWidget(self.actions)
        layout.addLayout(header)
        self._hover = _HoverActions(self, self.actions)
        self._hover.enabled = False  # until the answer is complete
        self._hover.pinned = lambda: not self.regenerate_button.isHidden()
        self._hover.before_show = lambda: self.read_aloud_button
        self.regenerate_button.installEventFilter(self)  # the view hiding it: no longer the last answer

        # Slots for the parts made when needed: an empty layout takes no space and no spacing.
        self._reasoning_slot = QVBoxLayout()
        layout.addLayout(self._reasoning_slot)
        self.tools = QVBoxLayout()
        self.tools.setSpacing(theme.SPACE_XS)
        layout.addLayout(self.tools)

        from .markdown_view import MarkdownView  # markdown-it and pygments: loaded with the first message

        self.answer = MarkdownView(self)
        _click_focus(self.answer)  # selectable and its links clickable; reached by click, not by Tab
        self.answer.sig_citation.connect(self._cited)
        layout.addWidget(self.answer)
        self._notes_slot = QVBoxLayout()  # status, then the waiting note
        self._notes_slot.setSpacing(theme.SPACE_XS)
        layout.addLayout(self._notes_slot)
        self._error_slot = QVBoxLayout()
        layout.addLayout(self._error_slot)
        self._chips_slot = QVBoxLayout()
        layout.addLayout(self._chips_slot)

        self._reasoning: QLabel | None = None
        self._reasoning_toggle: QToolButton | None = None
        self._status: QLabel | None = None
        self._waiting: QLabel | None = None
        self._waiting_timer: QTimer | None = None
        self._silent_since = 0.0
        self._error_box: QFrame | None = None
        self._chips: QHBoxLayout | None = None
        self._status_kind = ""  # the status note's kind ("stopped", "interrupted"): said again in a new language
        self._retranslate()

    def _retranslate(self) -> None:
        """The message's own words in the current language: when built, and again after a live language change.

        The message retranslates itself rather than the view rebuilding it from its stored row: messages sent in
        this session have no row, and the one streaming now would lose its partial answer and its place in the
        turn. The answer, the reasoning, the error's text and the follow-ups are the bot's or Coze's words, kept
        as they are; the answer's code headers ("Copy") are the MarkdownView's to redo."""
        self.name_label.setText(self._bot_name or self.tr("Bot"))
        self._copied.set_words(self.tr("Copy"), self.tr("Copied"))
        self._name_read_aloud()
        self.regenerate_button.setToolTip(self.tr("Regenerate"))
        self.regenerate_button.setAccessibleName(self.tr("Regenerate"))
        if self._reasoning_toggle is not None:
            self._reasoning_toggle.setText(self.tr("Thinking"))
        if self._status is not None and self._status_kind:
            self._status.setText(self._status_text(self._status_kind))
        if self._waiting is not None and self._waiting.isVisibleTo(self):
            self._show_waiting()
        if self._error_box is not None:
            self.retry_button.setText(self.tr("Retry"))
        if self._sources_button is not None:
            self.sources_button.setText(self.tr("%n source(s)", "", len(self.recall)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _status_text(self, kind: str) -> str:
        if kind == "interrupted":
            return self.tr("Interrupted: the app closed before this answer finished.")
        return self.tr("Stopped.")

    def _show_status(self, kind: str) -> None:
        self._status_kind = kind
        self.status.setText(self._status_text(kind))
        self.status.show()

    # ------------------------------------------------------------ parts made when needed

    @property
    def reasoning(self) -> QLabel:
        """The bot's thinking, under a "Thinking" toggle (collapsed)."""
        if self._reasoning is None:
            toggle = self._reasoning_toggle = QToolButton(self)
            toggle.setText(self.tr("Thinking"))
            toggle.setCheckable(True)
            toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            toggle.setIcon(icon("chevron-right"))
            toggle.setAutoRaise(True)
            _click_focus(toggle)
            self._reasoning = _label()
            self._reasoning.setObjectName("reasoning")
            self._reasoning.hide()
            toggle.toggled.connect(self._toggle_reasoning)
            self._reasoning_slot.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
            self._reasoning_slot.addWidget(self._reasoning)
        return self._reasoning

    @property
    def reasoning_toggle(self) -> QToolButton:
        self.reasoning  # noqa: B018 (builds the toggle with it)
        assert self._reasoning_toggle is not None
        return self._reasoning_toggle

    @property
    def status(self) -> QLabel:
        """A note under the answer: "Stopped.", "Interrupted: …"."""
        if self._status is None:
            self._status = _label()
            self._status.setObjectName("statusNote")
            self._status.hide()
            self._notes_slot.insertWidget(0, self._status)
        return self._status

    @property
    def waiting(self) -> QLabel:
        """ "Still waiting for Coze… (N s)": from the engine's StillWaiting until the turn's next event."""
        if self._waiting is None:
            self._waiting = _label(selectable=False)
            self._waiting.setObjectName("waitingNote")
            self._waiting.hide()
            self._notes_slot.addWidget(self._waiting)
            self._waiting_timer = QTimer(self)
            self._waiting_timer.setInterval(1000)
            self._waiting_timer.timeout.connect(self._show_waiting)
        return self._waiting

    @property
    def error_box(self) -> QFrame:
        """The error (text, hint, Retry), hidden until ``show_error``."""
        if self._error_box is None:
            box = self._error_box = QFrame(self)
            box.setObjectName("errorBox")
            error_layout = QVBoxLayout(box)
            self._error_parts = (_label(), _label(), QPushButton(self.tr("Retry"), box))
            text, hint, retry = self._error_parts
            hint.setObjectName("errorHint")
            retry.clicked.connect(self.sig_retry)
            _click_focus(retry)
            error_layout.addWidget(text)
            error_layout.addWidget(hint)
            error_layout.addWidget(retry, 0, Qt.AlignmentFlag.AlignLeft)
            box.hide()
            self._error_slot.addWidget(box)
        return self._error_box

    @property
    def error_text(self) -> QLabel:
        self.error_box  # noqa: B018 (made with the box)
        return self._error_parts[0]

    @property
    def error_hint(self) -> QLabel:
        self.error_box  # noqa: B018
        return self._error_parts[1]

    @property
    def retry_button(self) -> QPushButton:
        self.error_box  # noqa: B018
        return self._error_parts[2]

    @property
    def chips(self) -> QHBoxLayout:
        """The row of suggested follow-ups (a stretch at its end)."""
        if self._chips is None:
            row = QWidget(self)
            self._chips = QHBoxLayout(row)
            self._chips.setContentsMargins(0, 0, 0, 0)
            self._chips.setSpacing(theme.SPACE_S)
            self._chips.addStretch(1)
            self._chips_slot.addWidget(row)
        return self._chips

    @property
    def sources_button(self) -> QToolButton:
        """ "N sources" in the header: selects the message (the window shows the sources)."""
        if self._sources_button is None:
            button = self._sources_button = QToolButton(self)
            button.setObjectName("sourcesButton")
            button.setIcon(icon("sources"))
            button.setIconSize(QSize(theme.ICON_S, theme.ICON_S))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            _click_focus(button)
            button.hide()
            button.clicked.connect(self.sig_selected)
            self._header.insertWidget(self._header.indexOf(self.actions), button)
        return self._sources_button

    # ------------------------------------------------------------------- live turn

    def apply(self, event: TurnEvent) -> None:
        if isinstance(event, StillWaiting):
            self._silent_since = time.monotonic() - event.seconds
            self._show_waiting()
            assert self._waiting_timer is not None
            self._waiting_timer.start()
            return
        if self._waiting is not None and self._waiting.isVisibleTo(self):  # anything else: Coze talks again
            self._stop_waiting()
        if isinstance(event, AnswerDelta):
            if self.answer.isHidden():
                self.answer.show()  # hidden under a Q&A question until the bot spoke
            if event.message_id not in self._answers and self._answers:
                self.answer.append_delta(PART_SEPARATOR)
            self._answers[event.message_id] = self._answers.get(event.message_id, "") + event.text
            self.answer.append_delta(event.text)
        elif isinstance(event, AnswerCompleted):
            self._answers[event.message_id] = event.text
        elif isinstance(event, ReasoningDelta):
            self.reasoning_toggle.show()
            self.reasoning.setText(self.reasoning.text() + event.text)
        elif isinstance(event, ToolCallStarted):
            self._add_card(event.call)
        elif isinstance(event, ToolCallFinished):
            self._finish_card(event.call, event.result)
        elif isinstance(event, ChoiceAsked):
            self.add_choice(event.question)
        elif isinstance(event, ChoiceAnswered):
            self.add_choice(event.question).set_answered(event.answer, event.ok)
        elif isinstance(event, RecallSources):
            self.set_recall([*self.recall, *event.chunks])
        elif isinstance(event, FollowUpSuggested):
            self._add_chip(event.text)
        elif isinstance(event, TurnCompleted):
            self._end(None)
        elif isinstance(event, TurnFailed):
            self._end(event.error)
        elif isinstance(event, TurnCancelled):
            self._end(None, "stopped")

    def _show_waiting(self) -> None:
        seconds = int(time.monotonic() - self._silent_since)
        self.waiting.setText(self.tr("Still waiting for Coze… (%1 s)").replace("%1", str(seconds)))
        self.waiting.show()

    def _stop_waiting(self) -> None:
        if self._waiting_timer is not None:
            self._waiting_timer.stop()
        if self._waiting is not None:
            self._waiting.hide()

    def _end(self, error: CozeError | None, status: str = "") -> None:
        self.live = False
        for card in self.choices.values():
            card.set_ended(status or "failed")
        self._stop_waiting()
        self.answer.finish(PART_SEPARATOR.join(t for t in self._answers.values() if t) or None)
        if error is not None:
            self.show_error(str(error), error.hint)
        if status:
            self._show_status(status)
        self._answer_done()

    def _answer_done(self) -> None:
        self._hover.enabled = True
        self._hover.update()

    def _add_card(self, call: ToolCall) -> ToolCard:
        card = ToolCard(call.name, call.arguments, self)
        self._cards[call.id] = card
        self.tools.addWidget(card)
        return card

    def _finish_card(self, call: ToolCall, result: ToolResult) -> None:
        card = self._cards.get(call.id) or self._add_card(call)
        card.set_state("done" if result.ok else "failed", result.output)

    def _add_chip(self, text: str) -> None:
        chip = _chip(text, self)
        chip.clicked.connect(lambda: self.sig_follow_up.emit(text))
        self.chips.insertWidget(self.chips.count() - 1, chip)

    def _toggle_reasoning(self, shown: bool) -> None:
        self.reasoning.setVisible(shown)
        self.reasoning_toggle.setIcon(icon("chevron-down" if shown else "chevron-right"))

    # --------------------------------------------------------------------- history

    def load(self, row: MessageRow) -> None:
        """Show a stored bot message; one still streaming stays live for the deltas to come."""
        self.set_recall(list(row.recall))  # first: the answer renders once, with its citation markers
        if row.status == MessageStatus.STREAMING:
            self.answer.append_delta(row.text)
        else:
            self.answer.set_markdown(row.text)
        self._answers = {"history": row.text}
        if row.reasoning:
            self.reasoning_toggle.show()
            self.reasoning.setText(row.reasoning)
        for call in row.tool_calls:
            self._stored_card(call)
        if row.status == MessageStatus.STREAMING:
            self.live = True
            return
        if row.status == MessageStatus.FAILED:
            self.show_error(row.error, row.error_hint)
        elif row.status == MessageStatus.INTERRUPTED:
            self._show_status("interrupted")
        elif row.status == MessageStatus.CANCELLED:
            self._show_status("stopped")
        self._answer_done()

    def add_choice(self, question: ChoiceQuestion) -> ChoiceCard:
        """The card of this Q&A question (made on first sight), at the current place in the answer."""
        card = self.choices.get(question.call_id)
        if card is None:
            card = self.choices[question.call_id] = ChoiceCard(question, self)
            card.sig_picked.connect(self.sig_choice)
            self.tools.addWidget(card)
        if not self.answer.markdown():
            self.answer.hide()  # nothing said yet: no empty strip under the question (the next delta shows it)
        return card

    def _stored_card(self, call: ToolCallRow) -> None:
        if call.name == REPLY_MESSAGE:  # a Q&A question and its pick (chat.history keeps it as such)
            data = _parse_object(call.arguments)
            options = data.get("options")
            question = ChoiceQuestion(call.call_id or f"stored-{len(self.choices)}", str(data.get("question") or ""),
                                      tuple(str(o) for o in options) if isinstance(options, list) else ())
            self.add_choice(question).set_answered(call.output, call.ok)
            return
        card = ToolCard(call.name, call.arguments, self)
        card.set_state("done" if call.ok else "failed", call.output)
        self._cards.setdefault(call.call_id or f"stored-{len(self._cards)}", card)
        self.tools.addWidget(card)

    def tool_cards(self) -> list[ToolCard]:
        """The tool cards, in order."""
        return [w for i in range(self.tools.count()) if isinstance(w := self.tools.itemAt(i).widget(), ToolCard)]

    def show_follow_ups(self, texts: Sequence[str]) -> None:
        for text in texts:
            self._add_chip(text)

    def clear_follow_ups(self) -> None:
        if self._chips is None:
            return
        while self._chips.count() > 1:
            item = self._chips.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    # ---------------------------------------------------------------------- shared

    def show_error(self, text: str, hint: str) -> None:
        self.error_text.setText(text)
        self.error_hint.setText(hint)
        self.error_hint.setVisible(bool(hint))
        self.error_box.show()

    def set_recall(self, chunks: list[RecallChunk]) -> None:
        self.recall = chunks
        if chunks or self._sources_button is not None:
            self.sources_button.setText(self.tr("%n source(s)", "", len(chunks)))
            self.sources_button.setVisible(bool(chunks))
        titles = (c.document_name.strip() or c.link_title.strip() for c in chunks)
        self.answer.set_sources([(title, chunk.slice) for title, chunk in zip(titles, chunks, strict=True)])

    def set_selected(self, selected: bool) -> None:
        self.setProperty("selected", selected)
        _polish(self)

    def set_icon(self, pixmap: QPixmap) -> None:
        """The bot's own icon instead of the generic one (e.g. its icon_url, once downloaded)."""
        if isinstance(self.avatar, IconLabel):  # the glyph re-tints itself on palette changes: a plain label
            plain = QLabel(self)
            plain.setObjectName("botAvatar")
            plain.setFixedSize(24, 24)
            self._header.replaceWidget(self.avatar, plain)
            self.avatar.deleteLater()
            self.avatar = plain
        self.avatar.setPixmap(pixmap.scaled(24, 24, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))

    def add_header_widget(self, widget: QWidget) -> None:
        """Put ``widget`` (the version switcher ‹1/2›) after the bot's name, shown whether hovered or not."""
        widget.setParent(self)
        self._header.insertWidget(2, widget)

    def add_action(self, button: QToolButton) -> None:
        """Put another action (e.g. read aloud) before Copy in the hover actions."""
        button.setParent(self.actions)
        self._actions_layout.insertWidget(0, button)

    @property
    def read_aloud_button(self) -> QToolButton:
        """Read aloud (or, while this answer is read, stop), first of the hover actions; built on first use."""
        if self._read_aloud_button is None:
            button = self._read_aloud_button = _action("read-aloud", "", self.actions)
            button.clicked.connect(self.sig_read_aloud)
            self._actions_layout.insertWidget(0, button)
            self._name_read_aloud()
        return self._read_aloud_button

    def _name_read_aloud(self) -> None:
        button = self._read_aloud_button
        if button is not None:
            words = self.tr("Stop reading aloud") if self.reading else self.tr("Read aloud")
            button.setIcon(icon("stop-circle" if self.reading else "read-aloud"))
            button.setToolTip(words)
            button.setAccessibleName(words)

    def set_reading(self, reading: bool) -> None:
        """Show whether this answer is being read aloud: its Read aloud action then stops the reading."""
        self.reading = reading
        if reading or self._read_aloud_button is not None:
            self.read_aloud_button  # noqa: B018 (built: the reading shows on it)
        self._name_read_aloud()

    def speech_text(self) -> str:
        """The answer as text to be read aloud: what the reader sees, without code blocks' headers."""
        from .markdown import COPY_GLYPH

        lines = self.answer.toPlainText().split("\n")
        return "\n".join(line for line in lines if COPY_GLYPH not in line).strip()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.answer.markdown())
        self._copied.flash()

    def _cited(self, number: int) -> None:
        self.sig_selected.emit()
        self.sig_citation.emit(number)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.sig_selected.emit()
        super().mousePressEvent(event)

    # ----------------------------------------------------------------------- hover

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.HideToParent, QEvent.Type.ShowToParent):  # Regenerate hidden or shown
            QTimer.singleShot(0, self, self._hover.update)  # after the change (never after deletion)
        return super().eventFilter(watched, event)


class Welcome(QFrame):
    """Shown in an empty conversation: the bot's name, prologue and suggested questions.

    Signals:
        sig_ask(str): a suggested question was clicked.
    """

    sig_ask = Signal(str)

    def __init__(self, info: BotInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE_XL, theme.SPACE_XXL, theme.SPACE_XL, theme.SPACE_XL)
        layout.setSpacing(theme.SPACE_M)
        self.info = info
        self.title = title = QLabel()
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(theme.FONT_H1)
        font.setWeight(font.Weight(theme.WEIGHT_TITLE))
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        from .markdown_view import MarkdownView

        self.prologue = prologue = MarkdownView(self)
        _click_focus(prologue)
        if info and info.prologue:
            prologue.set_markdown(info.prologue)
        layout.addWidget(prologue)
        self._retranslate()
        for question in (info.suggested_questions if info else [])[:6]:
            chip = _chip(question, self)
            chip.clicked.connect(lambda _=False, q=question: self.sig_ask.emit(q))
            layout.addWidget(chip, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def _retranslate(self) -> None:
        """What stands in for a bot without a name or a prologue, in the current language (the bot's own words
        stay as they are)."""
        info = self.info
        self.title.setText(info.name if info and info.name else self.tr("Coze Desktop"))
        if not (info and info.prologue):
            self.prologue.set_markdown(self.tr(
                "Ask a question to start. The bot can also control music and volume on this computer."))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
