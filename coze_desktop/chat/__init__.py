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
from .history import ConversationRow, HistoryStore, MessageRow, MessageStatus, Role, ToolCallRow, TurnRecorder

__all__ = [
    "AnswerCompleted", "AnswerDelta", "ChatEngine", "ConversationRow", "FollowUpSuggested", "HistoryStore",
    "MessageRow", "MessageStatus", "Observer", "ReasoningDelta", "RecallSources", "Role", "StreamWarning",
    "ToolCallFinished", "ToolCallRow", "ToolCallStarted", "TurnCancelled", "TurnCompleted", "TurnEvent",
    "TurnFailed", "TurnOutcome", "TurnRecorder", "TurnRequest", "TurnStarted", "UsageReported",
]
