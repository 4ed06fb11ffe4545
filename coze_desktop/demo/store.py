"""In-memory state of the demo server: conversations, chats and the messages they produced."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .attachments import StoredFile
from .bot import Memory, ToolCall, Turn
from .wire import dumps, new_id, new_tool_call_id, now

# Statuses in which a chat holds its conversation (a new chat there gets 4016).
BUSY = frozenset({"created", "in_progress", "requires_action"})
CANCELABLE = frozenset({"created", "in_progress"})


@dataclass
class Conversation:
    id: str
    bot_id: str
    creator_id: str
    name: str = ""
    meta_data: dict[str, str] = field(default_factory=dict)
    created_at: int = field(default_factory=now)
    updated_at: int = field(default_factory=now)
    section_id: str = field(default_factory=new_id)
    # Questions and answers in order, as /v1/conversation/message/list returns them.
    messages: list[dict[str, Any]] = field(default_factory=list)
    memory: Memory = field(default_factory=Memory)
    # After a clear: how many messages the bot no longer sees, said once by the next answer.
    forgotten: int = 0

    def to_wire(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "meta_data": dict(self.meta_data),
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "creator_id": self.creator_id,
            "connector_id": "1024",
            "last_section_id": self.section_id,
        }


@dataclass
class PendingCall:
    id: str
    call: ToolCall


@dataclass
class Chat:
    """One chat (a user turn). ``hidden_polls`` makes retrieve report in_progress while a non-stream chat,
    already computed, is pretending to run in the background."""

    id: str
    conversation_id: str
    bot_id: str
    section_id: str
    user_id: str
    turn: Turn
    save_history: bool
    memory_before: Memory
    meta_data: dict[str, str] = field(default_factory=dict)
    created_at: int = field(default_factory=now)
    status: str = "created"
    completed_at: int | None = None
    failed_at: int | None = None
    last_error: dict[str, Any] = field(default_factory=lambda: {"code": 0, "msg": ""})
    input_tokens: int = 0
    output_tokens: int = 0
    pending: list[PendingCall] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)
    hidden_polls: int = 0

    @property
    def visible_status(self) -> str:
        if self.hidden_polls > 0 and self.status not in ("canceled", "failed"):
            return "in_progress"
        return self.status

    def require(self, calls: list[ToolCall]) -> None:
        self.pending = [PendingCall(new_tool_call_id(), call) for call in calls]
        self.status = "requires_action"

    def usage(self) -> dict[str, int]:
        return {
            "token_count": self.input_tokens + self.output_tokens,
            "output_count": self.output_tokens,
            "input_count": self.input_tokens,
        }

    def to_wire(self, *, retrieve: bool = False) -> dict[str, Any]:
        """The Chat object as the cloud sends it (``retrieve`` shapes ``require_info`` like retrieve does)."""
        status = self.visible_status
        data: dict[str, Any] = {
            "id": self.id,
            "conversation_id": self.conversation_id,
            "bot_id": self.bot_id,
            "created_at": self.created_at,
        }
        if status == "completed" and self.completed_at is not None:
            data["completed_at"] = self.completed_at
        if status == "failed" and self.failed_at is not None:
            data["failed_at"] = self.failed_at
        data["last_error"] = dict(self.last_error)
        if self.meta_data:
            data["meta_data"] = dict(self.meta_data)
        data["status"] = status
        data["section_id"] = self.section_id
        if status == "completed":
            data["usage"] = self.usage()
        elif status != "canceled":
            data["usage"] = {"token_count": 0, "output_count": 0, "input_count": 0}
        if status == "requires_action":
            data["required_action"] = {
                "type": "submit_tool_outputs",
                "submit_tool_outputs": {
                    "tool_calls": [
                        {
                            "id": p.id,
                            "type": p.call.kind,
                            "function": {"name": p.call.name, "arguments": _args(p.call)},
                            # The cloud sends null in the stream and {} from retrieve.
                            "require_info": {} if retrieve else None,
                        }
                        for p in self.pending
                    ]
                },
            }
        return data

    def message(
        self, type_: str, content: str, *, delta: bool = False, msg_id: str | None = None
    ) -> dict[str, Any]:
        """An assistant message of this chat; deltas carry no timestamps, completed messages do."""
        msg: dict[str, Any] = {
            "id": msg_id or new_id(),
            "conversation_id": self.conversation_id,
            "bot_id": self.bot_id,
            "chat_id": self.id,
            "section_id": self.section_id,
            "role": "assistant",
            "type": type_,
            "content": content,
            "content_type": "text",
        }
        if not delta:
            stamp = now()
            msg["created_at"] = stamp
            msg["updated_at"] = stamp
        return msg


def _args(call: ToolCall) -> str:
    return dumps(call.arguments)


class Store:
    """All conversations and chats of one server instance."""

    def __init__(self) -> None:
        self.conversations: dict[str, Conversation] = {}
        self.chats: dict[str, Chat] = {}
        self.files: dict[str, StoredFile] = {}

    def add_conversation(self, conversation: Conversation) -> Conversation:
        self.conversations[conversation.id] = conversation
        return conversation

    def busy_chat(self, conversation_id: str) -> Chat | None:
        """The chat that occupies a conversation, if any."""
        for chat in self.chats.values():
            if chat.conversation_id == conversation_id and chat.visible_status in BUSY:
                return chat
        return None
