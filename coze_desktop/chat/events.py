"""Domain events of one conversation turn, as the engine reports them to the window, the terminal or a test."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..api import ChoiceQuestion, CozeError, RecallChunk, ToolCall, Usage
from ..plugins import ToolResult


@dataclass(frozen=True, slots=True)
class TurnStarted:
    """Coze accepted the question; ids are known from here on."""

    conversation_id: str
    chat_id: str


@dataclass(frozen=True, slots=True)
class AnswerDelta:
    """The answer ``message_id`` grew by ``text``."""

    message_id: str
    text: str


@dataclass(frozen=True, slots=True)
class ReasoningDelta:
    """A reasoning model's thinking grew by ``text`` (shown collapsed)."""

    message_id: str
    text: str


@dataclass(frozen=True, slots=True)
class AnswerCompleted:
    """The answer ``message_id`` is final; ``text`` is authoritative and replaces what the deltas built."""

    message_id: str
    text: str


@dataclass(frozen=True, slots=True)
class ToolCallStarted:
    call: ToolCall


@dataclass(frozen=True, slots=True)
class ToolCallFinished:
    call: ToolCall
    result: ToolResult


@dataclass(frozen=True, slots=True)
class ChoiceAsked:
    """A workflow Q&A node asks ``question`` (a ``reply_message`` tool call): show its options as buttons.
    The engine's ``choose`` callback is awaited for the pick; this event lets every observer show it."""

    question: ChoiceQuestion


@dataclass(frozen=True, slots=True)
class ChoiceAnswered:
    """The Q&A question was answered with ``answer`` (submitted as the call's output), or, with ``ok`` False,
    not answered: ``answer`` then says why (no way to ask, time-out, empty pick)."""

    question: ChoiceQuestion
    answer: str
    ok: bool = True


@dataclass(frozen=True, slots=True)
class RecallSources:
    """Knowledge-base slices the bot retrieved for this turn (possibly none)."""

    message_id: str
    chunks: tuple[RecallChunk, ...]


@dataclass(frozen=True, slots=True)
class FollowUpSuggested:
    text: str


@dataclass(frozen=True, slots=True)
class UsageReported:
    usage: Usage


@dataclass(frozen=True, slots=True)
class StreamWarning:
    """Something odd the turn survived (a malformed event, say): worth a log line, not an error."""

    message: str


@dataclass(frozen=True, slots=True)
class StillWaiting:
    """Nothing has arrived from Coze for at least ``seconds`` (the engine's ``silence_notice``); the turn is on.

    Reported once per stretch of silence (waiting for headers, inside a stream, while polling), never while a
    local tool runs; any later event of the turn means it resumed."""

    seconds: float


@dataclass(frozen=True, slots=True)
class TurnCompleted:
    conversation_id: str
    chat_id: str
    usage: Usage | None


@dataclass(frozen=True, slots=True)
class TurnFailed:
    """The turn ended in ``error``; ``partial_answer`` is whatever had arrived, and is kept."""

    error: CozeError
    partial_answer: str


@dataclass(frozen=True, slots=True)
class TurnCancelled:
    partial_answer: str


TurnEvent = (
    TurnStarted | AnswerDelta | ReasoningDelta | AnswerCompleted | ToolCallStarted | ToolCallFinished
    | ChoiceAsked | ChoiceAnswered | RecallSources | FollowUpSuggested | UsageReported | StreamWarning | StillWaiting
    | TurnCompleted | TurnFailed
    | TurnCancelled
)
Observer = Callable[[TurnEvent], None]
