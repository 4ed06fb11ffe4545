"""Typed Coze wire objects (Chat, Message, ToolCall, Usage, recall chunks…) parsed tolerantly from JSON."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

# Coze's documented limits of the audio endpoints (docs.coze.cn text_to_speech, audio_transcriptions).
SPEECH_MAX_BYTES = 1024  # the text of one POST /v1/audio/speech, in UTF-8 bytes
AUDIO_MAX_BYTES = 10 * 1024 * 1024  # one file for POST /v1/audio/transcriptions
SPEECH_FORMATS = ("mp3", "wav", "ogg_opus", "pcm")  # response_format; mp3 is Coze's default
# POST /v1/files/upload: "The file size should be less than 512MB" (coze-studio's API playground text,
# api_playground_upload_tips_3); Coze Studio's own chat box allows 500 MB. See ../shared/docs/coze-protocol.md.
FILE_MAX_BYTES = 512 * 1024 * 1024


class ChatStatus:
    """Chat status strings. Unknown values are kept as they come; these are the ones we act on."""

    CREATED = "created"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    FAILED = "failed"
    REQUIRES_ACTION = "requires_action"
    CANCELED = "canceled"

    TERMINAL = frozenset({COMPLETED, FAILED, REQUIRES_ACTION, CANCELED})


# Coze Studio spells two statuses differently; map them onto the cloud's.
_STATUS_ALIASES = {"cancelled": ChatStatus.CANCELED, "required_action": ChatStatus.REQUIRES_ACTION,
                   "conversation.chat.cancelled": ChatStatus.CANCELED}


class EventType:
    """SSE event names of ``/v3/chat`` and ``/v3/chat/submit_tool_outputs``."""

    CHAT_CREATED = "conversation.chat.created"
    CHAT_IN_PROGRESS = "conversation.chat.in_progress"
    CHAT_COMPLETED = "conversation.chat.completed"
    CHAT_FAILED = "conversation.chat.failed"
    CHAT_REQUIRES_ACTION = "conversation.chat.requires_action"
    CHAT_CANCELED = "conversation.chat.canceled"
    MESSAGE_DELTA = "conversation.message.delta"
    MESSAGE_COMPLETED = "conversation.message.completed"
    AUDIO_DELTA = "conversation.audio.delta"
    ERROR = "error"
    DONE = "done"


_EVENT_ALIASES = {
    "conversation.chat.cancelled": EventType.CHAT_CANCELED,
    "conversation.stream.done": EventType.DONE,  # Coze Studio's terminator
}


class MessageType:
    QUESTION = "question"
    ANSWER = "answer"
    FUNCTION_CALL = "function_call"
    TOOL_OUTPUT = "tool_output"
    TOOL_RESPONSE = "tool_response"
    FOLLOW_UP = "follow_up"
    VERBOSE = "verbose"
    KNOWLEDGE = "knowledge"  # Coze Studio's recall message


def to_int(value: Any, default: int = 0) -> int:
    """Timestamps and counts come as ints, numeric strings, floats or null."""
    if value is None:  # the common case (deltas carry no timestamps): no exception round trip
        return default
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    try:
        return int(float(value))
    except (TypeError, ValueError, OverflowError):  # OverflowError: 1e400 is infinity, which no int holds
        return default


def to_str(value: Any) -> str:
    """IDs are strings on the wire, but a number or null must not break us; never go through float."""
    if value.__class__ is str:
        return value
    return "" if value is None else str(value)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _loads(text: Any) -> Any:
    """Decode JSON that may itself be a JSON string (Coze nests JSON in JSON); None when it is not JSON."""
    if not isinstance(text, str):
        return text
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: JSON nested deeper than the stack allows
        return None


@dataclass(slots=True)
class Usage:
    token_count: int = 0
    output_count: int = 0
    input_count: int = 0

    @classmethod
    def from_wire(cls, data: Any) -> Usage | None:
        d = _dict(data)
        if not d:
            return None
        # Some doc samples say output_tokens/input_tokens; accept both spellings.
        return cls(
            token_count=to_int(d.get("token_count")),
            output_count=to_int(d.get("output_count", d.get("output_tokens"))),
            input_count=to_int(d.get("input_count", d.get("input_tokens"))),
        )


@dataclass(frozen=True, slots=True)
class ChoiceQuestion:
    """A workflow Q&A node's question with options (a ``reply_message`` tool call), as the user is asked it.

    ``options`` may be empty: the node asks for a free answer (or Coze sent options we could not read)."""

    call_id: str
    question: str
    options: tuple[str, ...] = ()


def _option_name(item: Any) -> str:
    if isinstance(item, dict):
        return to_str(item.get("name") or item.get("text") or item.get("content") or item.get("value"))
    return to_str(item) if isinstance(item, str | int | float) and not isinstance(item, bool) else ""


def _choice_parts(value: Any, depth: int = 0) -> tuple[str, list[str]]:
    """``(question, options)`` found in a Q&A payload, read tolerantly: Coze Studio's interrupt message
    ``{"type": "question", "content_type": "option", "content": {"question": …, "options": [{"name": …}]}}``,
    that message inside ``{"messages": [...]}``, a bare ``{"question", "options"}`` or plain question text."""
    value = _loads(value) if isinstance(value, str) and value.lstrip()[:1] in ("{", "[") else value
    if depth > 4:
        return "", []
    if isinstance(value, str):
        return value, []
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, dict)), {})
    d = _dict(value)
    if isinstance(d.get("messages"), list):
        return _choice_parts(d["messages"], depth + 1)
    if "content" in d and not ("question" in d or "options" in d):
        return _choice_parts(d["content"], depth + 1)
    options = [o for o in (_option_name(i) for i in _list(d.get("options"))) if o]
    return to_str(d.get("question") or d.get("title") or d.get("text")), options


@dataclass(slots=True)
class ToolCall:
    """One call the bot waits for. ``arguments`` is the raw JSON string from the wire.

    ``type`` is ``function`` for a local plugin, or ``reply_message`` for a workflow Q&A node's question
    (cozepy's ChatToolCallType.REPLY_MESSAGE): see :meth:`choice_question`."""

    id: str
    name: str
    arguments: str
    type: str = "function"

    REPLY_MESSAGE = "reply_message"

    @property
    def is_reply_message(self) -> bool:
        return self.type == self.REPLY_MESSAGE

    def choice_question(self) -> ChoiceQuestion:
        """The question and options of a ``reply_message`` call.

        UNCONFIRMED: no official source shows where the cloud puts them in the tool call (cozepy only names the
        type; coze-js's realtime example skips such calls). They are read from ``function.arguments`` in the
        shape Coze Studio gives a Q&A node's interrupt (backend/domain/workflow/internal/nodes/qa), with
        ``function.name`` as the question when the arguments hold none."""
        question, options = _choice_parts(self.arguments)
        return ChoiceQuestion(self.id, question or self.name, tuple(options))

    @classmethod
    def from_wire(cls, data: Any) -> ToolCall:
        d = _dict(data)
        fn = _dict(d.get("function"))
        args = fn.get("arguments", "")
        if not isinstance(args, str):  # tolerate an object where a JSON string is documented
            args = json.dumps(args, ensure_ascii=False)
        return cls(id=to_str(d.get("id")), name=to_str(fn.get("name")), arguments=args,
                   type=to_str(d.get("type")) or "function")


@dataclass(slots=True)
class ChatError:
    code: int
    msg: str


@dataclass(slots=True)
class Chat:
    id: str
    conversation_id: str
    bot_id: str = ""
    status: str = ""
    created_at: int = 0
    completed_at: int = 0
    failed_at: int = 0
    section_id: str = ""
    last_error: ChatError | None = None
    usage: Usage | None = None
    tool_calls: list[ToolCall] = field(default_factory=list)

    @classmethod
    def from_wire(cls, data: Any) -> Chat:
        d = _dict(data)
        status = to_str(d.get("status"))
        last = _dict(d.get("last_error"))
        last_error = None
        if to_int(last.get("code")):
            last_error = ChatError(to_int(last.get("code")), to_str(last.get("msg")))
        # Ordinary events may carry an empty required_action skeleton; only a real one has tool calls.
        action = _dict(d.get("required_action"))
        calls = []
        if action.get("type") == "submit_tool_outputs":
            raw_calls = _dict(action.get("submit_tool_outputs")).get("tool_calls") or []
            calls = [ToolCall.from_wire(c) for c in raw_calls if isinstance(c, dict)]
        return cls(
            id=to_str(d.get("id")),
            conversation_id=to_str(d.get("conversation_id")),
            bot_id=to_str(d.get("bot_id")),
            status=_STATUS_ALIASES.get(status, status),
            created_at=to_int(d.get("created_at")),
            completed_at=to_int(d.get("completed_at")),
            failed_at=to_int(d.get("failed_at")),
            section_id=to_str(d.get("section_id")),
            last_error=last_error,
            usage=Usage.from_wire(d.get("usage")),
            tool_calls=calls,
        )


@dataclass(slots=True)
class RecallChunk:
    """One knowledge-base slice the bot retrieved, as shown in the sources panel."""

    slice: str
    score: float = 0.0
    document_name: str = ""
    document_id: str = ""
    dataset_name: str = ""
    dataset_id: str = ""
    link_title: str = ""
    link_url: str = ""
    index: str = ""

    @classmethod
    def from_wire(cls, data: Any) -> RecallChunk:
        d = _dict(data)
        meta = _dict(d.get("meta"))
        doc, dataset = _dict(meta.get("document")), _dict(meta.get("dataset"))
        link, card = _dict(meta.get("link")), _dict(meta.get("card"))
        try:
            score = float(d.get("score") or 0.0)
        except (TypeError, ValueError):
            score = 0.0
        return cls(
            slice=to_str(d.get("slice") or card.get("con")),
            score=score,
            document_name=to_str(doc.get("name")),
            document_id=to_str(doc.get("id")),
            dataset_name=to_str(dataset.get("name")),
            dataset_id=to_str(dataset.get("id")),
            link_title=to_str(link.get("title") or card.get("title")),
            link_url=to_str(link.get("url")),
            index=to_str(card.get("index")),
        )


_RECALL_SLICE = re.compile(r"recall slice \d+:")


@dataclass(slots=True)
class Message:
    id: str
    conversation_id: str = ""
    bot_id: str = ""
    chat_id: str = ""
    section_id: str = ""
    role: str = ""
    type: str = ""
    content: str = ""
    content_type: str = ""
    reasoning_content: str = ""
    created_at: int = 0
    updated_at: int = 0

    @classmethod
    def from_wire(cls, data: Any) -> Message:
        # The hot path of every answer delta: one dict lookup per field, conversions only when needed.
        get = _dict(data).get
        content = get("content", "")
        return cls(
            to_str(get("id")),
            to_str(get("conversation_id")),
            to_str(get("bot_id")),
            to_str(get("chat_id")),
            to_str(get("section_id")),
            to_str(get("role")),
            to_str(get("type")),
            content if content.__class__ is str else json.dumps(content, ensure_ascii=False),
            to_str(get("content_type")),
            to_str(get("reasoning_content")),
            to_int(get("created_at")),
            to_int(get("updated_at")),
        )

    def verbose_kind(self) -> str:
        """``msg_type`` of a verbose/knowledge message (``generate_answer_finish``, ``knowledge_recall``…)."""
        if self.type not in (MessageType.VERBOSE, MessageType.KNOWLEDGE):
            return ""
        payload = _loads(self.content)
        return to_str(payload.get("msg_type")) if isinstance(payload, dict) else ""

    def recall_chunks(self) -> list[RecallChunk] | None:
        """The chunks of a knowledge-recall message, or None when this is not one.

        Recall is JSON in JSON: ``content`` → ``{"msg_type":"knowledge_recall","data":"<JSON>"}`` →
        ``{"chunks":[…]}``. The cloud types it ``verbose``, Coze Studio ``knowledge``; detect by content.
        """
        if self.type not in (MessageType.VERBOSE, MessageType.KNOWLEDGE):
            return None
        payload = _loads(self.content)
        if payload is None and self.type == MessageType.KNOWLEDGE:
            # The older documented form: plain text "---\nrecall slice 1:…\nrecall slice 2:…".
            parts = _RECALL_SLICE.split(self.content)[1:]
            return [RecallChunk(slice=text.strip(), index=str(i)) for i, text in enumerate(parts, 1)]
        if not isinstance(payload, dict) or payload.get("msg_type") != "knowledge_recall":
            return None
        inner = _loads(payload.get("data"))
        chunks = inner.get("chunks") if isinstance(inner, dict) else None
        return [RecallChunk.from_wire(c) for c in chunks or [] if isinstance(c, dict)]


# What kind of object an event's payload is read as; decided once per event by its name.
_OTHER, _CHAT, _MESSAGE = 0, 1, 2


class ChatEvent:
    """One decoded SSE event. Exactly one of ``chat``/``message``/``error`` is set for the known kinds.

    ``malformed`` marks an event whose data was not the JSON its kind needs; ``data`` keeps the raw text and
    ``payload`` the decoded JSON object of a chat or message event (None otherwise). ``chat`` and ``message``
    are built from ``payload`` when first read, not per event: a reader that only looks at the answer text
    (:func:`delta_piece`) or at the event names never pays for the dozen typed fields.
    """

    __slots__ = ("_built", "_kind", "data", "error", "event", "malformed", "payload")

    def __init__(
        self,
        event: str,
        chat: Chat | None = None,
        message: Message | None = None,
        error: ChatError | None = None,
        data: str = "",
        malformed: bool = False,
    ) -> None:
        self.event = event
        self.error = error
        self.data = data
        self.malformed = malformed
        self.payload: dict[str, Any] | None = None
        self._kind = _CHAT if chat is not None else _MESSAGE if message is not None else _OTHER
        self._built: Chat | Message | None = chat if chat is not None else message

    @classmethod
    def _lazy(cls, event: str, kind: int, payload: dict[str, Any], data: str) -> ChatEvent:
        """A chat or message event whose typed object is built from ``payload`` on first use."""
        self = cls.__new__(cls)
        self.event, self.error, self.data, self.malformed = event, None, data, False
        self.payload, self._kind, self._built = payload, kind, None
        return self

    @property
    def chat(self) -> Chat | None:
        if self._kind != _CHAT:
            return None
        built = self._built
        if built is None:
            payload = self.payload or {}
            built = self._built = Chat.from_wire(payload)
            if not built.id and "code" in payload and self.event == EventType.CHAT_FAILED:
                # The doc schematic sends a bare {code, msg} as the failed chat's body.
                built.last_error = ChatError(to_int(payload.get("code")), to_str(payload.get("msg")))
        return built  # type: ignore[return-value]

    @property
    def message(self) -> Message | None:
        if self._kind != _MESSAGE:
            return None
        built = self._built
        if built is None:
            built = self._built = Message.from_wire(self.payload)
        return built  # type: ignore[return-value]

    @property
    def is_done(self) -> bool:
        return self.event == EventType.DONE

    def __repr__(self) -> str:
        what = self.chat or self.message or self.error
        return f"ChatEvent({self.event!r}, {what!r}, malformed={self.malformed})"


def delta_piece(payload: dict[str, Any]) -> tuple[str, str, str] | None:
    """``(id, content, reasoning_content)`` of a message delta's payload when it is part of the answer (type
    ``answer`` or none), else None. The values are exactly those of ``Message.from_wire(payload)``; this is the
    engine's per-delta path, which reads three fields and so skips building the other nine."""
    get = payload.get
    kind = get("type")
    if kind != MessageType.ANSWER and to_str(kind):
        return None
    mid, content, reasoning = get("id"), get("content", ""), get("reasoning_content")
    return (
        mid if mid.__class__ is str else to_str(mid),
        content if content.__class__ is str else json.dumps(content, ensure_ascii=False),
        "" if reasoning is None else to_str(reasoning),  # absent from nearly every delta
    )


# The C scanner behind json.loads, called directly: json.loads spends as long again in Python around it (type
# checks, two whitespace regex matches) as the scanner takes for a delta's JSON. Anything the fast call does not
# settle (leading or trailing text, a failure) goes through json.loads itself, so what is accepted is the same.
_scan = json.JSONDecoder().scan_once


def _loads_fast(text: str) -> Any:
    """``json.loads(text)``, or None when ``text`` is not JSON."""
    try:
        value, end = _scan(text, 0)
        if end == len(text):
            return value
    except (StopIteration, ValueError, RecursionError):
        pass
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: a hostile "[[[[…" nested beyond the stack
        return None


_MESSAGE_DELTA = EventType.MESSAGE_DELTA


def parse_event(name: str, data: str) -> ChatEvent:
    """Turn one SSE event into a ChatEvent; never raises, whatever the server sent."""
    if name == _MESSAGE_DELTA:  # nearly every event of an answer: decided first, with the fewest steps
        payload = _loads_fast(data) if data else None
        if payload.__class__ is dict:
            return ChatEvent._lazy(name, _MESSAGE, payload, data)  # type: ignore[arg-type]
        return ChatEvent(name, data=data, malformed=True)
    event = _EVENT_ALIASES.get(name, name)
    if event == EventType.DONE:
        return ChatEvent(event, data=data)  # "[DONE]", [DONE], empty, or {"debug_url": …}
    payload = _loads_fast(data) if data else None
    if event == EventType.ERROR:
        d = _dict(payload)
        code = to_int(d.get("code", d.get("error_code")))
        msg = to_str(d.get("msg") or d.get("error_message")) or (data if payload is None else "")
        return ChatEvent(event, error=ChatError(code, msg or "the server reported an error"), data=data)
    if event.startswith("conversation.chat."):
        if not isinstance(payload, dict):
            return ChatEvent(event, data=data, malformed=True)
        return ChatEvent._lazy(event, _CHAT, payload, data)
    if event.startswith("conversation.message.") or event.startswith("conversation.audio."):
        if not isinstance(payload, dict):
            return ChatEvent(event, data=data, malformed=True)
        return ChatEvent._lazy(event, _MESSAGE, payload, data)
    return ChatEvent(event, data=data)  # unknown: forwarded, never fatal


@dataclass(slots=True)
class Conversation:
    id: str
    name: str = ""
    created_at: int = 0
    updated_at: int = 0
    last_section_id: str = ""
    meta_data: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_wire(cls, data: Any) -> Conversation:
        d = _dict(data)
        return cls(
            id=to_str(d.get("id")),
            name=to_str(d.get("name")),
            created_at=to_int(d.get("created_at")),
            updated_at=to_int(d.get("updated_at")),
            last_section_id=to_str(d.get("last_section_id")),
            meta_data={str(k): to_str(v) for k, v in _dict(d.get("meta_data")).items()},
        )


@dataclass(slots=True)
class MessagePage:
    messages: list[Message]
    first_id: str = ""
    last_id: str = ""
    has_more: bool = False


@dataclass(slots=True)
class Bot:
    """A bot in a list (``/v1/bots`` or the older ``published_bots_list``)."""

    id: str
    name: str
    description: str = ""
    icon_url: str = ""
    is_published: bool = True

    @classmethod
    def from_wire(cls, data: Any) -> Bot:
        d = _dict(data)
        return cls(
            id=to_str(d.get("id") or d.get("bot_id")),
            name=to_str(d.get("name") or d.get("bot_name")),
            description=to_str(d.get("description")),
            icon_url=to_str(d.get("icon_url")),
            is_published=bool(d.get("is_published", True)),
        )


@dataclass(frozen=True, slots=True)
class ShortcutComponent:
    """One parameter of a shortcut command (``components[]``): ``type`` is text, select or file."""

    name: str
    description: str = ""
    type: str = "text"
    tool_parameter: str = ""
    default_value: str = ""
    is_hide: bool = False
    options: tuple[str, ...] = ()

    @classmethod
    def from_wire(cls, data: Any) -> ShortcutComponent:
        d = _dict(data)
        return cls(
            name=to_str(d.get("name")),
            description=to_str(d.get("description")),
            type=to_str(d.get("type")) or "text",
            tool_parameter=to_str(d.get("tool_parameter")),
            default_value=to_str(d.get("default_value")),
            is_hide=d.get("is_hide") is True,
            options=tuple(to_str(o) for o in _list(d.get("options")) if to_str(o)),
        )


@dataclass(frozen=True, slots=True)
class ShortcutCommand:
    """A shortcut command of a bot (``shortcut_commands[]`` of the bot info; coze-js ShortcutCommandInfo,
    Coze Studio bot_common.ShortcutCommandInfo). ``command`` is what the user types (``/music``); it is sent
    as ``{"command_id": id, "parameters": {component name: value}}`` on /v3/chat."""

    id: str
    name: str
    command: str = ""
    description: str = ""
    query_template: str = ""
    icon_url: str = ""
    components: tuple[ShortcutComponent, ...] = ()
    tool_name: str = ""
    tool_type: str = ""  # plugin or workflow
    agent_id: str = ""

    @classmethod
    def from_wire(cls, data: Any) -> ShortcutCommand:
        d = _dict(data)
        tool = _dict(d.get("tool"))
        return cls(
            id=to_str(d.get("id") or d.get("command_id")),
            name=to_str(d.get("name")),
            command=to_str(d.get("command")),
            description=to_str(d.get("description")),
            query_template=to_str(d.get("query_template")),
            icon_url=to_str(d.get("icon_url")),
            components=tuple(ShortcutComponent.from_wire(c) for c in _list(d.get("components"))
                             if isinstance(c, dict)),
            tool_name=to_str(tool.get("name")),
            tool_type=to_str(tool.get("type")),
            agent_id=to_str(d.get("agent_id")),
        )

    @property
    def parameters(self) -> tuple[ShortcutComponent, ...]:
        """The components the user fills in (hidden ones are the bot's own)."""
        return tuple(c for c in self.components if not c.is_hide)


@dataclass(frozen=True, slots=True)
class ShortcutRequest:
    """The ``shortcut_command`` of a /v3/chat body: which command, and each parameter's value (a string;
    a file parameter's value is an object_string JSON array, as coze-js's handleParameters serialises it)."""

    command_id: str
    parameters: dict[str, str] = field(default_factory=dict)

    def to_wire(self) -> dict[str, Any]:
        return {"command_id": self.command_id, "parameters": dict(self.parameters)}


@dataclass(frozen=True, slots=True)
class UploadedFile:
    """The answer of ``POST /v1/files/upload`` (cozepy File, coze-js FileObject)."""

    id: str
    file_name: str = ""
    bytes: int = 0
    created_at: int = 0

    @classmethod
    def from_wire(cls, data: Any) -> UploadedFile:
        d = _dict(data)
        return cls(
            id=to_str(d.get("id")),
            file_name=to_str(d.get("file_name")),
            bytes=to_int(d.get("bytes")),
            # Coze Studio spells it CreatedAt (bot_open_api.File); the cloud created_at.
            created_at=to_int(d.get("created_at", d.get("CreatedAt"))),
        )


@dataclass(frozen=True, slots=True)
class ContentPart:
    """One item of an ``object_string`` message: ``text`` with its text, or ``image``/``file``/``audio`` with
    the ``file_id`` of an upload (or a public ``file_url``)."""

    type: str
    text: str = ""
    file_id: str = ""
    file_url: str = ""

    KINDS = ("text", "image", "file", "audio")

    @classmethod
    def of_text(cls, text: str) -> ContentPart:
        return cls("text", text=text)

    @classmethod
    def of_file(cls, kind: str, file_id: str = "", file_url: str = "") -> ContentPart:
        if kind not in ("image", "file", "audio"):
            raise ValueError(f"a file part is image, file or audio, not {kind!r}")
        if not (file_id or file_url):
            raise ValueError("a file part needs a file_id or a file_url")
        return cls(kind, file_id=file_id, file_url=file_url)

    def to_wire(self) -> dict[str, str]:
        """Only the keys that carry something (coze-js's ObjectStringItem; cozepy would add nulls)."""
        if self.type == "text":
            return {"type": "text", "text": self.text}
        d = {"type": self.type}
        if self.file_id:
            d["file_id"] = self.file_id
        if self.file_url:
            d["file_url"] = self.file_url
        return d


def object_string(parts: Sequence[ContentPart]) -> str:
    """The ``content`` of an ``object_string`` message: a JSON array of the parts, as a string."""
    if not parts:
        raise ValueError("an object_string message needs at least one part")
    return json.dumps([p.to_wire() for p in parts], ensure_ascii=False, separators=(",", ":"))


def parse_object_string(content: str) -> list[ContentPart]:
    """The parts of an ``object_string`` content (a message list gives them back); unknown items skipped."""
    items = _loads(content)
    parts = []
    for item in _list(items):
        d = _dict(item)
        kind = to_str(d.get("type"))
        if kind in ContentPart.KINDS:
            parts.append(ContentPart(kind, to_str(d.get("text")), to_str(d.get("file_id")),
                                     to_str(d.get("file_url"))))
    return parts


@dataclass(slots=True)
class BotInfo:
    """What a welcome screen needs of a bot: name, icon, prologue, suggested questions, shortcut commands."""

    id: str
    name: str
    description: str = ""
    icon_url: str = ""
    prologue: str = ""
    suggested_questions: list[str] = field(default_factory=list)
    # The voices set up for the bot in Coze (``voice_info_list``), the first one its own: read-aloud uses it.
    voice_ids: tuple[str, ...] = ()
    shortcut_commands: tuple[ShortcutCommand, ...] = ()

    @classmethod
    def from_wire(cls, data: Any) -> BotInfo:
        d = _dict(data)
        onboarding = _dict(d.get("onboarding_info"))
        # The draft sample spells these in PascalCase; accept both.
        prologue = onboarding.get("prologue", onboarding.get("Prologue"))
        questions = onboarding.get("suggested_questions", onboarding.get("SuggestedQuestions")) or []
        return cls(
            id=to_str(d.get("bot_id") or d.get("id")),
            name=to_str(d.get("name")),
            description=to_str(d.get("description")),
            icon_url=to_str(d.get("icon_url")),
            prologue=to_str(prologue),
            suggested_questions=[to_str(q) for q in questions if q],
            voice_ids=tuple(
                v for v in (to_str(_dict(item).get("voice_id")) for item in _list(d.get("voice_info_list"))) if v),
            shortcut_commands=tuple(
                c for c in (ShortcutCommand.from_wire(i) for i in _list(d.get("shortcut_commands"))
                            if isinstance(i, dict)) if c.id),
        )


@dataclass(frozen=True, slots=True)
class Voice:
    """A voice of ``GET /v1/audio/voices``: a system voice of Coze's, or one cloned by the user (or a colleague
    in a shared workspace). ``preview_audio`` is a URL, empty when the server has none."""

    voice_id: str
    name: str = ""
    is_system_voice: bool = True
    language_code: str = ""
    language_name: str = ""
    preview_text: str = ""
    preview_audio: str = ""
    model_type: str = ""  # "big" (large-model voice) or "small"
    state: str = ""  # "cloned", or "init" for a voice slot not trained yet
    create_time: int = 0
    update_time: int = 0

    @classmethod
    def from_wire(cls, data: Any) -> Voice:
        d = _dict(data)
        system = d.get("is_system_voice", True)
        return cls(
            voice_id=to_str(d.get("voice_id")),
            name=to_str(d.get("name")),
            # A string "false" is still a cloned voice: bool("false") would say otherwise.
            is_system_voice=system if isinstance(system, bool) else to_str(system).lower() not in ("false", "0"),
            language_code=to_str(d.get("language_code")),
            language_name=to_str(d.get("language_name")),
            preview_text=to_str(d.get("preview_text")),
            preview_audio=to_str(d.get("preview_audio")),
            model_type=to_str(d.get("model_type")),
            state=to_str(d.get("state")),
            create_time=to_int(d.get("create_time")),
            update_time=to_int(d.get("update_time")),
        )
