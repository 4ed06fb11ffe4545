"""Coze Open API client: requests, SSE parsing, typed wire objects and the error tree. No Qt.

Names load with their submodule on first use, so the error tree and wire types cost no httpx import.
"""

from ..lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "client": ("ChatStream", "CozeClient", "EnterMessage", "ToolOutput"),
    "errors": ("CozeAPIError", "CozeAuthError", "CozeBotError", "CozeBusyError", "CozeChatFailed",
               "CozeClientError", "CozeError", "CozeInputError", "CozeInputTooLarge", "CozeNetworkError",
               "CozeProtocolError", "CozeRateLimitError", "CozeStreamError", "CozeTimeoutError"),
    "files": ("FileRefused", "check_upload", "part_kind"),
    "oauth": ("DeviceCode", "OAuthClient", "OAuthToken"),
    "regions": ("CN_BASE_URL", "COM_BASE_URL", "REGIONS", "base_url_for"),
    "sse": ("SSEDecoder",),
    "types": ("AUDIO_MAX_BYTES", "FILE_MAX_BYTES", "SPEECH_FORMATS", "SPEECH_MAX_BYTES", "Bot", "BotInfo", "Chat",
              "ChatError", "ChatEvent", "ChatStatus", "ChoiceQuestion", "ContentPart", "Conversation", "EventType",
              "Message", "MessagePage", "MessageType", "RecallChunk", "ShortcutCommand", "ShortcutComponent",
              "ShortcutRequest", "ToolCall", "UploadedFile", "Usage", "Voice", "object_string",
              "parse_object_string", "parse_event"),
})
