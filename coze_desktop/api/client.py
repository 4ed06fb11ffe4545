"""Async Coze Open API client on httpx: chat (streaming and polled), tool outputs, conversations, bots."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from .. import __version__
from ..redaction import redact, remember_secret, safe_host
from .errors import (
    CozeAPIError,
    CozeAuthError,
    CozeError,
    CozeInputError,
    CozeInputTooLarge,
    CozeNetworkError,
    CozeProtocolError,
    CozeRateLimitError,
    CozeStreamError,
    CozeTimeoutError,
    error_from_body,
)
from .files import check_upload, display_name, mime_for
from .regions import CN_BASE_URL
from .sse import SSEDecoder
from .types import (
    AUDIO_MAX_BYTES,
    FILE_MAX_BYTES,
    SPEECH_FORMATS,
    SPEECH_MAX_BYTES,
    Bot,
    BotInfo,
    Chat,
    ChatEvent,
    ChatStatus,
    ContentPart,
    Conversation,
    Message,
    MessagePage,
    ShortcutRequest,
    UploadedFile,
    Voice,
    object_string,
    parse_event,
)
from .urls import base_url_problem, proxy_problem

# Every request has its response headers (a JSON call: its whole answer) within RESPONSE_TIMEOUT; inside a
# stream, IDLE_TIMEOUT of silence ends it. There is no limit on a stream's total length: a long answer is
# legitimate, a silent one is not. The app passes the user's settings; these are the defaults.
RESPONSE_TIMEOUT = 30.0
IDLE_TIMEOUT = 60.0
HINT_URLS = "Use https://api.coze.cn, https://api.coze.com or http://host:port, and a proxy as http://host:port."
# Polling a non-streamed chat starts at the caller's interval and doubles up to this.
POLL_MAX_INTERVAL = 4.0
# A stream hands out the events of one network read (hundreds, when the answer comes faster than it is shown)
# for at most this long before it lets the event loop run: whoever draws the answer on screen works between two
# events, so without a pause the window would freeze for as long as a whole read takes to show.
STREAM_SLICE = 0.005
# An upload may take longer than a JSON call: on top of the response limit, one second per this many bytes (a
# 10 MB recording gets 80 s more, enough at 1 Mbit/s). Slower than that, the upload is given up on.
UPLOAD_BYTES_PER_SECOND = 128 * 1024
# An upload's progress is reported once per piece of this size handed to the connection.
UPLOAD_PIECE = 64 * 1024
# GET /v1/audio/voices pages by 100 (its maximum); a server that says has_more for ever is stopped after this many.
VOICES_PAGE_SIZE = 100
VOICES_MAX_PAGES = 50
# Coze's documented speed range (small-model voices; large-model ones accept 0.5-2).
SPEECH_SPEEDS = (0.2, 3.0)
HINT_SPEECH = "Check the voice and the text; quote the logid if it keeps failing."
HINT_TRANSCRIBE = "Record again, clearly and close to the microphone; quote the logid if it keeps failing."
# Kept for the OAuth client, which talks to the same hosts.
CONNECT_TIMEOUT = 5.0
REQUEST_TIMEOUT = 60.0


@dataclass(slots=True)
class ToolOutput:
    tool_call_id: str
    output: str


@dataclass(slots=True)
class EnterMessage:
    """A message sent with a chat (``additional_messages``): normally the user's question."""

    content: str
    role: str = "user"
    content_type: str = "text"
    type: str = ""

    def to_wire(self) -> dict[str, str]:
        d = {"role": self.role, "content": self.content, "content_type": self.content_type}
        if self.type:
            d["type"] = self.type
        return d

    @classmethod
    def question(cls, text: str, parts: Sequence[ContentPart] = ()) -> EnterMessage:
        """The user's question: plain ``text`` content, or with ``parts`` (uploaded images and files) an
        ``object_string`` message whose first item is the text (left out when there is none)."""
        if not parts:
            return cls(text)
        items = [ContentPart.of_text(text), *parts] if text else list(parts)
        return cls(object_string(items), content_type="object_string")


def _logid(response: httpx.Response) -> str:
    return response.headers.get("x-tt-logid") or response.headers.get("x-log-id") or ""


class TokenProvider(Protocol):
    """Access tokens that change (a sign-in with Coze, ``coze_desktop.auth.TokenManager``): one is asked for each
    request, and a new one once when Coze answers 4100 (token invalid or expired)."""

    async def access_token(self) -> str: ...

    async def refreshed(self, rejected: str) -> str: ...


# The token is not (or no longer) valid: only then does a fresh one stand a chance. 4100 is the documented code;
# the cloud has also been seen answering 700012006 "access token invalid" (protocol doc §2.2), and which of the two
# an expired OAuth token gets is UNCONFIRMED, so both are refreshed once.
TOKEN_REFUSED_CODES = frozenset({"4100", "700012006"})


def _token_refused(response: httpx.Response) -> bool:
    head = response.content[:200]
    if response.status_code != 401 and not any(code.encode() in head for code in TOKEN_REFUSED_CODES):
        return False
    try:
        body = response.json()
    except ValueError:
        return False
    return isinstance(body, dict) and str(body.get("code")) in TOKEN_REFUSED_CODES


def _bearer(token: str) -> str:
    token = token.strip()
    remember_secret(token)  # from here on, no message or log line can quote it back
    if not token or not token.isascii() or not token.isprintable():
        # Checked here so that httpx's header encoding error (which quotes characters) never happens.
        raise CozeAuthError("The token is empty or contains characters a token cannot have.", code=0)
    return f"Bearer {token}"


class CozeClient:
    """Talks to one Coze API server with one token.

    Every failure is a :class:`~coze_desktop.api.errors.CozeError` carrying code, msg, HTTP status and logid;
    the token appears in no message. ``last_logid`` holds the logid of the latest response.

    ``response_timeout`` bounds connecting plus waiting for the response headers of every request, and the
    whole of a JSON call; ``idle_timeout`` bounds the silence between two pieces of a stream. Either running
    out raises :class:`CozeTimeoutError`.

    ``stream_slice`` (seconds) and ``clock`` (a function returning seconds) bound how long a stream hands out
    events, the reader's own work on them included, before it yields to the event loop; both are plain
    attributes so that a test can set them, read by every stream opened afterwards.
    """

    def __init__(
        self,
        token: str | TokenProvider,
        base_url: str = CN_BASE_URL,
        *,
        proxy: str | None = None,
        response_timeout: float = RESPONSE_TIMEOUT,
        idle_timeout: float = IDLE_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        # A fixed token goes into every request's headers; a provider's is asked for per request (_authorize).
        self._tokens = None if isinstance(token, str) else token
        auth = {"Authorization": _bearer(token)} if isinstance(token, str) else {}
        # Checked before httpx sees them: a base URL's user:password@ would replace the token (Basic auth), and
        # httpx's own errors for a bad port or scheme quote the whole URL, password included.
        if problem := base_url_problem(base_url) or (proxy and proxy_problem(proxy)):
            raise CozeNetworkError(problem, hint=HINT_URLS)
        self.base_url = base_url.rstrip("/")
        self.last_logid = ""
        self.response_timeout = response_timeout
        self.idle_timeout = idle_timeout
        self.stream_slice = STREAM_SLICE
        self.clock: Callable[[], float] = time.perf_counter
        self.upload_max_bytes = FILE_MAX_BYTES
        # httpx's own limits back up the asyncio deadlines below; a stream's read limit becomes the idle limit
        # once its headers are in (ChatStream.__aenter__).
        self._body_timeout = httpx.Timeout(response_timeout, read=idle_timeout).as_dict()
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            headers={**auth, "User-Agent": f"coze-desktop/{__version__}"},
            timeout=httpx.Timeout(response_timeout),
            proxy=proxy or None,
            # An explicit proxy setting wins; without one, honour the system's *_PROXY variables.
            trust_env=not proxy,
            transport=transport,
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> CozeClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # ----------------------------------------------------------------- chat

    def stream_chat(
        self,
        *,
        bot_id: str,
        user_id: str,
        messages: Iterable[EnterMessage],
        conversation_id: str | None = None,
        custom_variables: dict[str, str] | None = None,
        meta_data: dict[str, str] | None = None,
        shortcut_command: ShortcutRequest | None = None,
    ) -> ChatStream:
        """``POST /v3/chat`` with ``stream: true``. Use as ``async with client.stream_chat(...) as s``."""
        body = self._chat_body(bot_id, user_id, messages, True, custom_variables, meta_data, shortcut_command)
        return ChatStream(self, "/v3/chat", _params(conversation_id=conversation_id), body)

    async def create_chat(
        self,
        *,
        bot_id: str,
        user_id: str,
        messages: Iterable[EnterMessage],
        conversation_id: str | None = None,
        custom_variables: dict[str, str] | None = None,
        meta_data: dict[str, str] | None = None,
        shortcut_command: ShortcutRequest | None = None,
    ) -> Chat:
        """``POST /v3/chat`` with ``stream: false``: the chat starts; poll it with :meth:`poll_chat`."""
        body = self._chat_body(bot_id, user_id, messages, False, custom_variables, meta_data, shortcut_command)
        data = await self._call("POST", "/v3/chat", params=_params(conversation_id=conversation_id), json=body)
        return Chat.from_wire(data)

    @staticmethod
    def _chat_body(
        bot_id: str,
        user_id: str,
        messages: Iterable[EnterMessage],
        stream: bool,
        custom_variables: dict[str, str] | None,
        meta_data: dict[str, str] | None,
        shortcut_command: ShortcutRequest | None = None,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "bot_id": bot_id,
            "user_id": user_id,
            "additional_messages": [m.to_wire() for m in messages],
            # Sent explicitly: Coze Studio defaults to streaming when it is absent.
            "stream": stream,
            # Local plugins need the history saved, or submit_tool_outputs fails with 5000.
            "auto_save_history": True,
        }
        if custom_variables:
            body["custom_variables"] = custom_variables
        if meta_data:
            body["meta_data"] = meta_data
        if shortcut_command is not None:
            body["shortcut_command"] = shortcut_command.to_wire()
        return body

    def stream_tool_outputs(self, conversation_id: str, chat_id: str, outputs: Iterable[ToolOutput]) -> ChatStream:
        """``POST /v3/chat/submit_tool_outputs`` (ids in the query) continuing the chat on a new stream."""
        body = {"tool_outputs": [_tool_output(o) for o in outputs], "stream": True}
        return ChatStream(self, "/v3/chat/submit_tool_outputs",
                          _params(conversation_id=conversation_id, chat_id=chat_id), body)

    async def submit_tool_outputs(self, conversation_id: str, chat_id: str, outputs: Iterable[ToolOutput]) -> Chat:
        """Non-streaming submit; the chat goes on and is polled with :meth:`poll_chat`."""
        body = {"tool_outputs": [_tool_output(o) for o in outputs], "stream": False}
        data = await self._call("POST", "/v3/chat/submit_tool_outputs",
                                params=_params(conversation_id=conversation_id, chat_id=chat_id), json=body)
        return Chat.from_wire(data)

    async def retrieve_chat(self, conversation_id: str, chat_id: str) -> Chat:
        # GET works on the cloud and on Coze Studio (the SDKs' POST only on the cloud).
        data = await self._call("GET", "/v3/chat/retrieve",
                                params=_params(conversation_id=conversation_id, chat_id=chat_id))
        return Chat.from_wire(data)

    async def poll_chat(
        self,
        conversation_id: str,
        chat_id: str,
        *,
        interval: float = 1.0,
        deadline: float = 120.0,
        max_interval: float = POLL_MAX_INTERVAL,
    ) -> Chat:
        """Retrieve until the chat reaches a terminal status (completed, failed, requires_action, canceled).

        The pause between retrieves starts at ``interval`` and doubles up to ``max_interval``. Raises
        :class:`CozeTimeoutError` when ``deadline`` seconds pass first, a retrieve in flight included. The SDKs'
        own loops stop on a ``created`` status or never end on ``canceled``; this one ends on exactly the
        terminal set.
        """
        status = "unknown"
        try:
            async with asyncio.timeout(deadline):
                while True:
                    chat = await self.retrieve_chat(conversation_id, chat_id)
                    if chat.status in ChatStatus.TERMINAL:
                        return chat
                    status = chat.status or status
                    await asyncio.sleep(interval)
                    interval = min(interval * 2, max(max_interval, interval))
        except TimeoutError:
            raise CozeTimeoutError(
                f"Coze did not finish the answer within {deadline:g} s (the chat was still '{status}').",
                seconds=deadline, logid=self.last_logid,
                hint="The answer took too long. Ask again, or switch streaming on to see it as it is written.",
            ) from None

    async def list_chat_messages(self, conversation_id: str, chat_id: str) -> list[Message]:
        """The messages of one chat. Raises :class:`CozeProtocolError` when ``data`` is not a list."""
        body = await self._call("GET", "/v3/chat/message/list", raw=True,
                                params=_params(conversation_id=conversation_id, chat_id=chat_id))
        items = body.get("data", body.get("Messages"))  # Coze Studio names the key "Messages"
        if not isinstance(items, list):
            raise CozeProtocolError(
                f"Coze sent the chat's messages as {type(items).__name__}, not as a list.",
                logid=self.last_logid, hint="Ask again; quote the logid if it keeps happening.")
        return [Message.from_wire(m) for m in items if isinstance(m, dict)]

    async def cancel_chat(self, conversation_id: str, chat_id: str) -> Chat:
        """Flip the chat to canceled on the server. Closing an open stream is the caller's job."""
        body = await self._call("POST", "/v3/chat/cancel", raw=True,
                                json={"chat_id": chat_id, "conversation_id": conversation_id})
        return Chat.from_wire(body.get("data") or body.get("ChatV3ChatDetail") or {})

    # ----------------------------------------------------- conversations

    async def create_conversation(
        self, *, bot_id: str | None = None, name: str | None = None, meta_data: dict[str, str] | None = None
    ) -> Conversation:
        body: dict[str, Any] = {}
        if bot_id:
            body["bot_id"] = bot_id  # without it the conversation is missing from list_conversations
        if name:
            body["name"] = name[:100]
        if meta_data:
            body["meta_data"] = meta_data
        return Conversation.from_wire(await self._call("POST", "/v1/conversation/create", json=body))

    async def list_conversations(
        self, bot_id: str, *, page_num: int = 1, page_size: int = 50
    ) -> tuple[list[Conversation], bool]:
        """One page of the caller's API conversations with a bot, newest first, and whether more exist."""
        data = await self._call("GET", "/v1/conversations", params=_params(
            bot_id=bot_id, page_num=page_num, page_size=min(page_size, 50), sort_order="DESC"))
        items = data.get("conversations") or [] if isinstance(data, dict) else []
        return [Conversation.from_wire(c) for c in items], bool(data.get("has_more"))

    async def clear_conversation(self, conversation_id: str) -> str:
        """Reset the model's context (messages stay visible); returns the new section id.

        The answer's ``data`` is a Section ``{id, conversation_id}`` (cozepy Section, coze-js
        ConversationSession, Coze Studio conversation.Section)."""
        data = await self._call("POST", f"/v1/conversations/{_path_id(conversation_id)}/clear")
        return str((data if isinstance(data, dict) else {}).get("id") or "")

    async def rename_conversation(self, conversation_id: str, name: str) -> Conversation:
        """``PUT /v1/conversations/{id}`` with ``{"name": …}`` (at most 100 characters); the renamed
        conversation."""
        name = name.strip()
        if not name:
            raise CozeInputError("A conversation needs a name, so nothing was sent.", hint="Type a name.")
        data = await self._call("PUT", f"/v1/conversations/{_path_id(conversation_id)}", json={"name": name[:100]})
        return Conversation.from_wire(data)

    async def delete_conversation(self, conversation_id: str) -> None:
        """``DELETE /v1/conversations/{id}``: the conversation and its messages are gone on Coze."""
        await self._call("DELETE", f"/v1/conversations/{_path_id(conversation_id)}")

    async def delete_message(self, conversation_id: str, message_id: str) -> Message:
        """``POST /v1/conversation/message/delete`` (ids in the query, no body): the deleted message.

        The cloud's endpoint (cozepy, coze-js); Coze Studio has none, and answers 404."""
        data = await self._call("POST", "/v1/conversation/message/delete",
                                params=_params(conversation_id=conversation_id, message_id=message_id))
        return Message.from_wire(data)

    async def list_conversation_messages(
        self,
        conversation_id: str,
        *,
        order: str = "desc",
        limit: int = 50,
        before_id: str | None = None,
        after_id: str | None = None,
    ) -> MessagePage:
        body: dict[str, Any] = {"order": order, "limit": max(1, min(limit, 50))}
        if before_id:
            body["before_id"] = before_id
        if after_id:
            body["after_id"] = after_id
        # Paging fields sit at the top level next to data here, not inside it.
        envelope = await self._call("POST", "/v1/conversation/message/list", raw=True,
                                    params=_params(conversation_id=conversation_id), json=body)
        items = envelope.get("data") or []
        return MessagePage(
            messages=[Message.from_wire(m) for m in items if isinstance(m, dict)],
            first_id=str(envelope.get("first_id") or ""),
            last_id=str(envelope.get("last_id") or ""),
            has_more=bool(envelope.get("has_more")),
        )

    # --------------------------------------------------------------- bots

    async def list_bots(self, workspace_id: str, *, page_size: int = 50) -> list[Bot]:
        """Bots published as API in a workspace: ``/v1/bots``, else the older ``published_bots_list``."""
        try:
            data = await self._call("GET", "/v1/bots", params=_params(
                workspace_id=workspace_id, page_num=1, page_size=page_size))
            return [Bot.from_wire(b) for b in (data or {}).get("items") or []]
        except (CozeAuthError, CozeRateLimitError):
            raise
        except CozeAPIError:
            data = await self._call("GET", "/v1/space/published_bots_list", params=_params(
                space_id=workspace_id, page_index=1, page_size=page_size))
            return [Bot.from_wire(b) for b in (data or {}).get("space_bots") or []]

    async def get_bot(self, bot_id: str) -> BotInfo:
        """Name, prologue and suggested questions: ``/v1/bots/{id}``, else ``/v1/bot/get_online_info``."""
        try:
            data = await self._call("GET", f"/v1/bots/{bot_id}", params={"is_published": "true"})
        except (CozeAuthError, CozeRateLimitError):
            raise
        except CozeAPIError:
            data = await self._call("GET", "/v1/bot/get_online_info", params={"bot_id": bot_id})
        info = BotInfo.from_wire(data)
        info.id = info.id or bot_id
        return info

    # -------------------------------------------------------------- files

    async def upload_file(
        self,
        data: bytes,
        file_name: str,
        mime: str = "",
        *,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> UploadedFile:
        """``POST /v1/files/upload``, multipart field ``file``: the uploaded file, whose ``id`` goes into an
        object_string message (:class:`~coze_desktop.api.types.ContentPart`).

        Refused before anything is sent (ValueErrors, see :func:`~coze_desktop.api.files.check_upload`): over
        ``upload_max_bytes`` (Coze's 512 MB; a plain attribute, so a test can lower it), empty, or of a type
        this app does not upload. ``on_progress(sent, total)`` is called on the loop as the body goes out, in
        bytes of the whole multipart body, ending with ``sent == total``. The call may take the response limit
        plus one second per :data:`UPLOAD_BYTES_PER_SECOND`."""
        name = display_name(file_name)
        check_upload(name, len(data), self.upload_max_bytes, head=data[:16])
        request = _build(self._http, "POST", "/v1/files/upload",
                         files={"file": (name, data, mime or mime_for(name, data))})
        # Always wrapped: a _ProgressStream over bytes can be sent again, so a refused token is retried (see _send).
        request.stream = _ProgressStream(request.stream, int(request.headers["content-length"]),
                                         on_progress or (lambda sent, total: None))
        response = await self._send(request, self.response_timeout + len(data) / UPLOAD_BYTES_PER_SECOND)
        uploaded = UploadedFile.from_wire(self._envelope(response).get("data"))
        if not uploaded.id:
            raise CozeProtocolError("Coze's upload answer has no file id (data.id).",
                                    http_status=response.status_code, logid=self.last_logid)
        return uploaded

    # -------------------------------------------------------------- audio

    async def speech(self, text: str, voice_id: str, *, response_format: str = "mp3", speed: float = 1.0) -> bytes:
        """``POST /v1/audio/speech``: ``text`` spoken by the voice ``voice_id``, as the bytes of an audio file.

        Text over :data:`SPEECH_MAX_BYTES` UTF-8 bytes is refused before anything is sent
        (:class:`CozeInputTooLarge`, also a ValueError), as are an unknown format or a speed outside 0.2-3.
        Coze answers a failure with a JSON error body, raised as the matching :class:`CozeError`."""
        if response_format not in SPEECH_FORMATS:
            raise ValueError(f"response_format must be one of {', '.join(SPEECH_FORMATS)}, not {response_format!r}")
        low, high = SPEECH_SPEEDS
        if not low <= speed <= high:  # also refuses nan
            raise ValueError(f"speed must be between {low:g} and {high:g}, not {speed!r}")
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > SPEECH_MAX_BYTES:
            raise CozeInputTooLarge(
                f"The text to speak is {size} bytes long in UTF-8; Coze speaks at most {SPEECH_MAX_BYTES} bytes at "
                "a time, so nothing was sent.", hint="Speak it in shorter pieces, a sentence or two at a time.")
        if not text.strip():
            raise CozeInputError("There is no text to speak, so nothing was sent.", hint="")
        if not voice_id.strip():
            raise CozeInputError("No voice was chosen, so nothing was sent.",
                                 hint="Choose a voice in Settings, or give the bot a voice in Coze.")
        body = {"input": text, "voice_id": voice_id, "response_format": response_format, "speed": speed}
        request = _build(self._http, "POST", "/v1/audio/speech", json=body)
        response = await self._send(request, self.response_timeout)
        with _hint_for_4000(HINT_SPEECH):
            return self._audio(response)

    async def transcribe(
        self, audio: bytes, *, filename: str = "speech.wav", content_type: str = "audio/wav"
    ) -> str:
        """``POST /v1/audio/transcriptions`` (multipart ``file``): the text Coze hears in a wav, mp3 or ogg file.

        A file over :data:`AUDIO_MAX_BYTES` (10 MB) is refused before the upload (:class:`CozeInputTooLarge`,
        also a ValueError); so is an empty one. The whole call may take the response limit plus one second per
        :data:`UPLOAD_BYTES_PER_SECOND` of audio."""
        size = len(audio)
        if size > AUDIO_MAX_BYTES:
            raise CozeInputTooLarge(
                f"The recording is {size / 1024 / 1024:.1f} MB; Coze transcribes files of at most "
                f"{AUDIO_MAX_BYTES // 1024 // 1024} MB, so nothing was uploaded.",
                hint="Record a shorter message, or send a compressed (mp3 or ogg) file.")
        if not size:
            raise CozeInputError("The recording is empty, so nothing was uploaded.", hint="Record again.")
        request = _build(self._http, "POST", "/v1/audio/transcriptions",
                         files={"file": (filename, audio, content_type)})
        response = await self._send(request, self.response_timeout + size / UPLOAD_BYTES_PER_SECOND)
        with _hint_for_4000(HINT_TRANSCRIBE):
            data = self._envelope(response).get("data")
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise CozeProtocolError("Coze's transcription answer has no text (data.text).",
                                    http_status=response.status_code, logid=self.last_logid)
        return data["text"]

    async def voices(self) -> list[Voice]:
        """``GET /v1/audio/voices``, every page: the system voices and the cloned ones the user may use, cloned
        voices first (each group in Coze's order); a voice listed twice is kept once."""
        found: dict[str, Voice] = {}
        for page in range(1, VOICES_MAX_PAGES + 1):
            data = await self._call("GET", "/v1/audio/voices", params=_params(
                filter_system_voice="false", page_num=page, page_size=VOICES_PAGE_SIZE))
            data = data if isinstance(data, dict) else {}
            items = [Voice.from_wire(v) for v in data.get("voice_list") or [] if isinstance(v, dict)]
            for voice in items:
                if voice.voice_id and voice.voice_id not in found:
                    found[voice.voice_id] = voice
            if not data.get("has_more") or not items:
                break
        return sorted(found.values(), key=lambda v: v.is_system_voice)  # stable: cloned first, order kept

    def _audio(self, response: httpx.Response) -> bytes:
        """The audio body of a speech response, or the error its JSON (or a gateway's page) reports."""
        logid = self.last_logid = _logid(response)
        status = response.status_code
        kind = response.headers.get("content-type", "").lower()
        if status < 400 and response.content and "json" not in kind and not kind.startswith("text/"):
            return response.content
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict):
            self._envelope(response)  # raises the error the body reports
        elif status >= 400:
            raise error_from_body(response.text, http_status=status, logid=logid)
        what = f"{kind or 'no content type'}, {len(response.content)} bytes"
        raise CozeProtocolError(f"Expected audio from {response.request.url.path}, got {what} (HTTP {status}).",
                                http_status=status, logid=logid)

    # ---------------------------------------------------------- plumbing

    async def _authorize(self, request: httpx.Request, token: str = "") -> str:
        """Put the provider's current token (or ``token``) on ``request``; "" for a client with a fixed token."""
        if self._tokens is None:
            return ""
        token = token or await self._tokens.access_token()
        request.headers["Authorization"] = _bearer(token)
        return token

    async def _send(self, request: httpx.Request, seconds: float) -> httpx.Response:
        """Send ``request`` and read its whole response within ``seconds``; httpx's errors become ours. With a
        token provider, a 4100 answer is retried once with a refreshed token (a body that can be sent again)."""
        token = await self._authorize(request)
        response = await self._send_once(request, seconds)
        if token and self._tokens is not None and _token_refused(response) and isinstance(
                request.stream, httpx.ByteStream | _ProgressStream):
            await self._authorize(request, await self._tokens.refreshed(token))
            response = await self._send_once(request, seconds)
        return response

    async def _send_once(self, request: httpx.Request, seconds: float) -> httpx.Response:
        try:
            # One bound for the whole call: httpx's limits are per read, so a dripping server evades them.
            async with asyncio.timeout(seconds):
                return await self._http.send(request)
        except TimeoutError:
            raise no_response(self.base_url, seconds) from None
        except httpx.HTTPError as exc:
            raise network_error(exc, self.base_url, seconds) from None

    async def _call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        json: Any = None,
        raw: bool = False,
    ) -> Any:
        """One JSON request: ``data`` of the envelope (or the whole envelope when ``raw``)."""
        request = _build(self._http, method, path, params=params, json=json)
        response = await self._send(request, self.response_timeout)
        body = self._envelope(response)
        return body if raw else body.get("data")

    def _envelope(self, response: httpx.Response) -> dict[str, Any]:
        """Decode a JSON response and raise the right error when its ``code`` (or status) says failure."""
        logid = self.last_logid = _logid(response)
        status = response.status_code
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            if status >= 400:
                raise error_from_body(response.text, http_status=status, logid=logid)
            kind = response.headers.get("content-type", "no content type")
            raise CozeProtocolError(
                f"Expected a JSON response from {response.request.url.path}, got {kind} (HTTP {status}).",
                http_status=status, logid=logid)
        code = body.get("code", 0)
        if (code not in (0, None, "0")) or status >= 400:
            raise error_from_body(body, http_status=status, logid=logid)
        return body


class ChatStream:
    """An open answer stream. ``async with`` opens it (raising the server's error, if any) and closes it.

    Iterating yields :class:`ChatEvent` objects. A stream that breaks off raises :class:`CozeStreamError`;
    a last event without its terminating blank line is still delivered. It is an iterator object rather than
    an async generator so that leaving a loop early leaves nothing suspended: qasync does not finalize
    abandoned async generators on the loop, and httpx's would then be closed outside it.

    Fair to the loop: once ``client.stream_slice`` seconds have passed since the stream last let the event loop
    run, it does so (``asyncio.sleep(0)``) before handing out the next event. Time, not a count of events,
    decides, so a reader that is slow per event (a window drawing the answer) pauses after a few events and a
    fast one (the terminal) after many, and neither holds the loop for longer than about one slice plus one
    event. Events are parsed as they are handed out, so that cost falls inside the slice too.
    """

    def __init__(self, client: CozeClient, path: str, params: dict[str, str], body: dict[str, Any]) -> None:
        self._client = client
        self._request = _build(client._http, "POST", path, params=params, json=body,
                               headers={"Accept": "text/event-stream"})
        self._response: httpx.Response | None = None
        self._chunks: AsyncIterator[bytes] | None = None
        self._decoder = SSEDecoder()
        self._ready: deque[tuple[str, str, str, int | None]] = deque()  # decoded, not yet parsed
        self._ended = False
        self._clock = client.clock
        self._slice = client.stream_slice
        self._due = 0.0  # when the loop must run next; set when the body starts
        self.logid = ""

    async def __aenter__(self) -> ChatStream:
        client = self._client
        try:
            # Headers within the response limit; a JSON rejection (the server's error) within the same limit.
            async with asyncio.timeout(client.response_timeout):
                token = await client._authorize(self._request)
                self._response = response = await client._http.send(self._request, stream=True)
                streaming = "text/event-stream" in response.headers.get("content-type", "")
                if not streaming:
                    await response.aread()
                if not streaming and token and client._tokens is not None and _token_refused(response):
                    # Refused (4100) before any answer: once more with a refreshed token.
                    await response.aclose()
                    await client._authorize(self._request, await client._tokens.refreshed(token))
                    self._response = response = await client._http.send(self._request, stream=True)
                    streaming = "text/event-stream" in response.headers.get("content-type", "")
                    if not streaming:
                        await response.aread()
        except TimeoutError:
            await self.aclose()
            raise no_response(client.base_url, client.response_timeout) from None
        except httpx.HTTPError as exc:
            await self.aclose()
            raise network_error(exc, client.base_url, client.response_timeout) from None
        except asyncio.CancelledError:  # Stop pressed while the headers or an error body arrive
            await self.aclose()  # `async with` never reached __aexit__: the connection is ours to release
            raise
        self.logid = client.last_logid = _logid(response)
        if not streaming:
            await self.aclose()
            client._envelope(response)  # raises the server's error
            raise CozeProtocolError(
                "Expected an event stream but the server sent a JSON body without an error.",
                http_status=response.status_code, logid=self.logid)
        # From here on the read limit is the idle limit. httpcore reads it when the body starts, from this
        # very dict; tests/test_turn_faults.py proves it (a stall after fast headers ends at the idle limit).
        self._request.extensions["timeout"] = client._body_timeout
        self._chunks = response.aiter_bytes()
        self._due = self._clock() + self._slice
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._chunks is not None:
            await self._chunks.aclose()  # type: ignore[attr-defined]
            self._chunks = None
        if self._response is not None:
            await self._response.aclose()

    def __aiter__(self) -> ChatStream:
        assert self._response is not None, "use 'async with' to open the stream first"
        return self

    async def __anext__(self) -> ChatEvent:
        ready = self._ready
        if not ready:
            await self._fill()
        if self._clock() >= self._due:
            await asyncio.sleep(0)  # the slice is over: let the loop run (timers, painting, other tasks)
            self._due = self._clock() + self._slice
        name, data, _, _ = ready.popleft()
        return parse_event(name, data)

    async def _fill(self) -> None:
        """Read until at least one event is decoded; StopAsyncIteration at the end of the stream.

        The clock is looked at after a read too, although httpx's reads pass through the loop: a transport whose
        reads do not would otherwise never pause. For a slow stream that costs one extra pass of the loop per
        read, nothing against the wait for the read itself.
        """
        ready, decoder = self._ready, self._decoder
        while not ready:
            if self._ended or self._chunks is None:
                raise StopAsyncIteration
            try:
                chunk = await self._chunks.__anext__()
            except StopAsyncIteration:
                self._ended = True
                ready.extend(decoder.close_fields())
                continue
            except httpx.ReadTimeout:
                idle = self._client.idle_timeout
                raise CozeTimeoutError(f"Coze sent nothing for {idle:g} s while answering.",
                                       seconds=idle, http_status=self._status(), logid=self.logid) from None
            except httpx.HTTPError as exc:
                # What was complete has been delivered; a half event at the cut is dropped, not guessed at.
                raise CozeStreamError(
                    f"The answer stream broke off: {redact(str(exc)) or type(exc).__name__}",
                    http_status=self._status(), logid=self.logid) from None
            ready.extend(decoder.feed_fields(chunk))

    def _status(self) -> int | None:
        return self._response.status_code if self._response is not None else None


def no_response(base_url: str, seconds: float) -> CozeTimeoutError:
    """Headers (or a JSON call's whole answer) did not come within ``seconds``."""
    return CozeTimeoutError(
        f"No response from {safe_host(base_url)} within {seconds:g} s.", seconds=seconds,
        hint="Check your network connection and proxy. If Coze itself is slow right now, ask again later.")


def network_error(exc: httpx.HTTPError, base_url: str, seconds: float | None = None) -> CozeError:
    """Map httpx's exceptions onto ours, with a hint of what to check and no secrets.

    With ``seconds`` (the response limit in force), an httpx time-out is the same :class:`CozeTimeoutError` as
    the asyncio deadline it races with."""
    host = safe_host(base_url)
    detail = redact(str(exc)) or type(exc).__name__
    if isinstance(exc, httpx.ProxyError):
        return CozeNetworkError(f"The proxy failed: {detail}",
                                hint="Check the proxy setting (address, port, credentials) or turn it off.")
    if isinstance(exc, httpx.TimeoutException) and seconds is not None:
        return no_response(base_url, seconds)
    if isinstance(exc, httpx.TimeoutException):
        what = "connect to" if isinstance(exc, httpx.ConnectTimeout) else "get an answer from"
        return CozeNetworkError(f"Timed out trying to {what} {host}.",
                                hint="Check your network connection and proxy, then try again.")
    if isinstance(exc, httpx.ConnectError):
        return CozeNetworkError(f"Could not connect to {host}: {detail}",
                                hint="Check your network connection, proxy and the API base URL.")
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return CozeNetworkError(f"The API base URL {redact(base_url)!r} is not usable: {detail}",
                                hint="Use https://api.coze.cn, https://api.coze.com or http://host:port.")
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError)):
        return CozeStreamError(f"The connection to {host} broke: {detail}")
    return CozeNetworkError(f"Request to {host} failed: {detail}",
                            hint="Check your network connection and proxy, then try again.")


def _build(http: httpx.AsyncClient, method: str, path: str, **kwargs: Any) -> httpx.Request:
    """The request, or :class:`CozeInputError` when its text cannot be encoded (a lone UTF-16 surrogate, say:
    JSON bodies are UTF-8, and httpx would raise a bare UnicodeEncodeError)."""
    try:
        return http.build_request(method, path, **kwargs)
    except UnicodeEncodeError:
        raise CozeInputError(
            "The text to send contains a broken character (a lone UTF-16 surrogate), so nothing was sent.",
            hint="Delete and retype that character, then try again.") from None


@contextmanager
def _hint_for_4000(hint: str) -> Iterator[None]:
    """Coze's 4000 on an audio call is about the text, voice or recording, not a bug of ours as on a chat."""
    try:
        yield
    except CozeAPIError as exc:
        if exc.code == 4000:
            exc.hint = hint
        raise


def _params(**values: Any) -> dict[str, str]:
    return {k: str(v) for k, v in values.items() if v not in (None, "")}


def _tool_output(o: ToolOutput) -> dict[str, str]:
    return {"tool_call_id": o.tool_call_id, "output": o.output}


def _path_id(value: str) -> str:
    """An id as one path segment: Coze's ids are digits; anything that could leave the segment is refused."""
    if not value or any(c in value for c in "/?#%\\") or value in (".", ".."):
        raise CozeInputError(f"{value!r} is not a conversation id, so nothing was sent.", hint="")
    return value


class _ProgressStream(httpx.AsyncByteStream):
    """A request body handed out in pieces of UPLOAD_PIECE, reporting the bytes sent so far after each. Its inner
    stream is httpx's multipart body over bytes in memory, which iterates again from the start: sendable twice."""

    def __init__(self, inner: Any, total: int, report: Callable[[int, int], None]) -> None:
        self._inner, self._total, self._report = inner, total, report

    async def __aiter__(self) -> AsyncIterator[bytes]:
        sent = 0
        async for chunk in self._inner:
            for start in range(0, len(chunk), UPLOAD_PIECE):
                piece = chunk[start:start + UPLOAD_PIECE]
                yield piece
                sent += len(piece)
                self._report(sent, self._total)
