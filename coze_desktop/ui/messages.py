"""The widgets of one message: the user's question, a bot answer with its tool cards, the welcome screen."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
        QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..api import BotInfo, CozeError, RecallChunk, ToolCall
from ..chat import (
    AnswerCompleted,
    AnswerDelta,
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
from ..plugins import ToolResult
from ..plugins.registry import output_error

# Answer parts of one turn are joined like the engine and the history join them.
PART_SEPARATOR = "\n\n"


def _label(text: str = "", *, selectable: bool = True, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _chip(text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("chip")
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class UserMessage(QFrame):
    """The user's question, right-aligned in a bubble."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        row = QHBoxLayout(self)
        row.setContentsMargins(60, 4, 0, 4)
        row.addStretch(1)
        bubble = _label(text)
        bubble.setObjectName("userBubble")
        bubble.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        row.addWidget(bubble)


class ToolCard(QFrame):
    """One local tool call inside a bot message: tool, arguments, running/done/failed, output.

    Everything in it comes from the bot or a plugin and is shown as plain text. A failure shows as one (✗, red,
    the reason in words) even where the caller said "done" but the output is the plugins' ``{"error": …}``, as
    history rows stored before calls were judged by their output say.
    """

    def __init__(self, name: str, arguments: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("toolCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.title = _label()
        self.output = _label()
        self.output.setObjectName("toolOutput")
        self.output.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.output)
        self._name, self._arguments = name, _compact(arguments)
        self.reason = ""
        self.set_state("running")

    def set_state(self, state: str, output: str = "") -> None:
        self.reason = output_error(output) or "" if output else ""
        if state == "done" and self.reason:
            state = "failed"
        marks = {"running": "⏳", "done": "✓", "failed": "✗"}
        words = {"running": self.tr("running"), "done": self.tr("done"), "failed": self.tr("failed")}
        self.state = state
        self.setProperty("failed", state == "failed")
        self.title.setText(f"{marks[state]} {self._name}({self._arguments}) — {words[state]}")
        self.title.setPalette(QPalette())  # an empty palette: inherit again (the theme may switch later)
        if state == "failed":
            palette = self.title.palette()
            dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
            palette.setColor(QPalette.ColorRole.WindowText, QColor("#ef9a9a" if dark else "#c62828"))
            self.title.setPalette(palette)
        if output:
            self.output.setText(self.tr("Why: {reason}").format(reason=self.reason) if self.reason else output)
            self.output.show()


def _compact(arguments: str) -> str:
    try:
        text = json.dumps(json.loads(arguments), ensure_ascii=False, separators=(",", ":")) if arguments else ""
    except ValueError:
        text = arguments
    return text if len(text) <= 200 else text[:199] + "…"  # a megabyte of arguments must not become one label


class BotMessage(QFrame):
    """One bot turn: reasoning (collapsed), tool cards, the markdown answer, status or error, follow-ups.

    Signals:
        sig_selected(): the user clicked the message (the window shows its sources).
        sig_retry(): Retry under an error, or Regenerate.
        sig_follow_up(str): a suggested follow-up question was clicked.
    """

    sig_selected = Signal()
    sig_retry = Signal()
    sig_follow_up = Signal(str)

    def __init__(self, bot_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("botMessage")
        self.recall: list[RecallChunk] = []
        self.live = False
        self._answers: dict[str, str] = {}
        self._cards: dict[str, ToolCard] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)

        header = QHBoxLayout()
        self.name_label = QLabel(f"<b>{_escape(bot_name)}</b>")
        header.addWidget(self.name_label)
        header.addStretch(1)
        self.sources_button = QToolButton()
        self.sources_button.setAutoRaise(True)
        self.sources_button.hide()
        self.sources_button.clicked.connect(self.sig_selected)
        header.addWidget(self.sources_button)
        layout.addLayout(header)

        self.reasoning_toggle = QToolButton()
        self.reasoning_toggle.setText(self.tr("Thinking"))
        self.reasoning_toggle.setCheckable(True)
        self.reasoning_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.reasoning_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.reasoning_toggle.setAutoRaise(True)
        self.reasoning_toggle.hide()
        self.reasoning = _label()
        self.reasoning.setObjectName("reasoning")
        self.reasoning.hide()
        self.reasoning_toggle.toggled.connect(self._toggle_reasoning)
        layout.addWidget(self.reasoning_toggle)
        layout.addWidget(self.reasoning)

        self.tools = QVBoxLayout()
        self.tools.setSpacing(4)
        layout.addLayout(self.tools)

        from .markdown_view import MarkdownView  # markdown-it and pygments: loaded with the first message

        self.answer = MarkdownView(self)
        layout.addWidget(self.answer)

        self.status = _label()
        self.status.setObjectName("statusNote")
        self.status.hide()
        layout.addWidget(self.status)
        # "Still waiting for Coze… (Ns)": from the engine's StillWaiting until the turn's next event.
        self.waiting = _label(selectable=False)
        self.waiting.setObjectName("waitingNote")
        self.waiting.hide()
        layout.addWidget(self.waiting)
        self._silent_since = 0.0
        self._waiting_timer = QTimer(self)
        self._waiting_timer.setInterval(1000)
        self._waiting_timer.timeout.connect(self._show_waiting)

        self.error_box = QFrame()
        self.error_box.setObjectName("errorBox")
        error_layout = QVBoxLayout(self.error_box)
        self.error_text = _label()
        self.error_hint = _label()
        self.error_hint.setObjectName("errorHint")
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.clicked.connect(self.sig_retry)
        error_layout.addWidget(self.error_text)
        error_layout.addWidget(self.error_hint)
        error_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.error_box.hide()
        layout.addWidget(self.error_box)

        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        chips_row = QWidget()
        chips_row.setLayout(self.chips)
        self.chips.addStretch(1)
        layout.addWidget(chips_row)

        actions = QHBoxLayout()
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAutoRaise(True)
        self.copy_button.clicked.connect(self.copy)
        self.regenerate_button = QToolButton()
        self.regenerate_button.setText(self.tr("Regenerate"))
        self.regenerate_button.setAutoRaise(True)
        self.regenerate_button.clicked.connect(self.sig_retry)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.regenerate_button)
        actions.addStretch(1)
        self.actions = QWidget()
        self.actions.setLayout(actions)
        self.actions.hide()
        layout.addWidget(self.actions)

    # ------------------------------------------------------------------- live turn

    def apply(self, event: TurnEvent) -> None:
        if isinstance(event, StillWaiting):
            self._silent_since = time.monotonic() - event.seconds
            self._show_waiting()
            self._waiting_timer.start()
            return
        if self.waiting.isVisibleTo(self):  # anything else from the turn means Coze is talking again
            self._waiting_timer.stop()
            self.waiting.hide()
        if isinstance(event, AnswerDelta):
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
        elif isinstance(event, RecallSources):
            self.set_recall([*self.recall, *event.chunks])
        elif isinstance(event, FollowUpSuggested):
            self._add_chip(event.text)
        elif isinstance(event, TurnCompleted):
            self._end(None)
        elif isinstance(event, TurnFailed):
            self._end(event.error)
        elif isinstance(event, TurnCancelled):
            self._end(None, self.tr("Stopped."))

    def _show_waiting(self) -> None:
        seconds = int(time.monotonic() - self._silent_since)
        self.waiting.setText(self.tr("Still waiting for Coze… (%1 s)").replace("%1", str(seconds)))
        self.waiting.show()

    def _end(self, error: CozeError | None, note: str = "") -> None:
        self.live = False
        self._waiting_timer.stop()
        self.waiting.hide()
        self.answer.finish(PART_SEPARATOR.join(t for t in self._answers.values() if t) or None)
        if error is not None:
            self.show_error(str(error), error.hint)
        if note:
            self.status.setText(note)
            self.status.show()
        self.actions.show()

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
        self.reasoning_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # --------------------------------------------------------------------- history

    def load(self, row: MessageRow) -> None:
        """Show a stored bot message; one still streaming stays live for the deltas to come."""
        self.answer.set_markdown(row.text)
        self._answers = {"history": row.text}
        if row.reasoning:
            self.reasoning_toggle.show()
            self.reasoning.setText(row.reasoning)
        for call in row.tool_calls:
            self._stored_card(call)
        self.set_recall(list(row.recall))
        if row.status == MessageStatus.STREAMING:
            self.live = True
            return
        if row.status == MessageStatus.FAILED:
            self.show_error(row.error, row.error_hint)
        elif row.status == MessageStatus.INTERRUPTED:
            self.status.setText(self.tr("Interrupted: the app closed before this answer finished."))
            self.status.show()
        elif row.status == MessageStatus.CANCELLED:
            self.status.setText(self.tr("Stopped."))
            self.status.show()
        self.actions.show()

    def _stored_card(self, call: ToolCallRow) -> None:
        card = ToolCard(call.name, call.arguments, self)
        card.set_state("done" if call.ok else "failed", call.output)
        self.tools.addWidget(card)

    def show_follow_ups(self, texts: Sequence[str]) -> None:
        for text in texts:
            self._add_chip(text)

    def clear_follow_ups(self) -> None:
        while self.chips.count() > 1:
            item = self.chips.takeAt(0)
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
        self.sources_button.setText(self.tr("%n source(s)", "", len(chunks)))
        self.sources_button.setVisible(bool(chunks))

    def set_selected(self, selected: bool) -> None:
        self.setProperty("selected", selected)
        self.style().unpolish(self)
        self.style().polish(self)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.answer.markdown())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.sig_selected.emit()
        super().mousePressEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
        layout.setContentsMargins(24, 32, 24, 24)
        layout.setSpacing(12)
        title = QLabel(f"<h2>{_escape(info.name if info and info.name else self.tr('Coze Desktop'))}</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        from .markdown_view import MarkdownView

        prologue = MarkdownView(self)
        prologue.set_markdown(info.prologue if info and info.prologue else self.tr(
            "Ask a question to start. The bot can also control music and volume on this computer."))
        layout.addWidget(prologue)
        for question in (info.suggested_questions if info else [])[:6]:
            chip = _chip(question, self)
            chip.clicked.connect(lambda _=False, q=question: self.sig_ask.emit(q))
            layout.addWidget(chip, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
