"""A conversation turn: stream → requires_action → run local tools → submit → continue; cancel. No Qt."""

from .engine import ChatEngine, TurnOutcome, TurnRequest
from .events import (
    AnswerCompleted,
    AnswerDelta,
    FollowUpSuggested,
    Observer,
    ReasoningDelta,
    RecallSources,
    StreamWarning,
    ToolCallFinished,
    ToolCallStarted,
    TurnCancelled,
    TurnCompleted,
    TurnEvent,
    TurnFailed,
    TurnStarted,
    UsageReported,
)

__all__ = [
    "AnswerCompleted", "AnswerDelta", "ChatEngine", "FollowUpSuggested", "Observer", "ReasoningDelta",
    "RecallSources", "StreamWarning", "ToolCallFinished", "ToolCallStarted", "TurnCancelled", "TurnCompleted",
    "TurnEvent", "TurnFailed", "TurnOutcome", "TurnRequest", "TurnStarted", "UsageReported",
]
