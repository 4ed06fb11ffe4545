"""A conversation turn: stream → requires_action → run local tools → submit → continue; cancel. No Qt.

Names load with their submodule on first use: history and events do not pull in the engine's HTTP stack.
"""

from ..lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "engine": ("ChatEngine", "Choose", "TurnOutcome", "TurnRequest"),
    "events": ("AnswerCompleted", "AnswerDelta", "ChoiceAnswered", "ChoiceAsked", "FollowUpSuggested", "Observer",
               "ReasoningDelta", "RecallSources", "StillWaiting", "StreamWarning", "ToolCallFinished",
               "ToolCallStarted", "TurnCancelled", "TurnCompleted", "TurnEvent", "TurnFailed", "TurnStarted",
               "UsageReported"),
    "history": ("ConversationRow", "HistoryStore", "MessageRow", "MessageStatus", "Role", "ToolCallRow",
                "TurnRecorder"),
})
