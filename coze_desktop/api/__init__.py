"""Coze Open API client: requests, SSE parsing, typed wire objects and the error tree. No Qt."""

from .client import (
    CN_BASE_URL,
    COM_BASE_URL,
    REGIONS,
    ChatStream,
    CozeClient,
    EnterMessage,
    ToolOutput,
    base_url_for,
)
from .errors import (
    CozeAPIError,
    CozeAuthError,
    CozeBotError,
    CozeBusyError,
    CozeChatFailed,
    CozeError,
    CozeNetworkError,
    CozeProtocolError,
    CozeRateLimitError,
    CozeStreamError,
)
from .oauth import DeviceCode, OAuthClient, OAuthToken
from .sse import SSEDecoder
from .types import (
    Bot,
    BotInfo,
    Chat,
    ChatError,
    ChatEvent,
    ChatStatus,
    Conversation,
    EventType,
    Message,
    MessagePage,
    MessageType,
    RecallChunk,
    ToolCall,
    Usage,
    parse_event,
)

__all__ = [
    "CN_BASE_URL", "COM_BASE_URL", "REGIONS", "Bot", "BotInfo", "Chat", "ChatError", "ChatEvent", "ChatStatus",
    "ChatStream", "Conversation", "CozeAPIError", "CozeAuthError", "CozeBotError", "CozeBusyError",
    "CozeChatFailed", "CozeClient", "CozeError", "CozeNetworkError", "CozeProtocolError", "CozeRateLimitError",
    "CozeStreamError", "DeviceCode", "EnterMessage", "EventType", "Message", "MessagePage", "MessageType",
    "OAuthClient", "OAuthToken", "RecallChunk", "SSEDecoder", "ToolCall", "ToolOutput", "Usage", "base_url_for",
    "parse_event",
]
