"""The Coze Open API endpoints of the demo server: chats, tool outputs, conversations, bots and audio."""

from __future__ import annotations

import asyncio
import email.message
import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from ..api.files import check_upload
from ..api.types import AUDIO_MAX_BYTES
from . import attachments, icon, knowledge, profile, shortcuts, speech
from .attachments import StoredFile
from .bot import CallTools, Memory, Reply, Step, Turn, is_chinese, thought
from .http import Request, Responder
from .recognition import Recognizer
from .store import CANCELABLE, Chat, Conversation, Store
from .wire import (
    DONE_FRAME,
    JSON_TYPE,
    SSE_TYPE,
    ApiError,
    delta_pieces,
    dumps,
    encode,
    envelope,
    error_body,
    estimate_tokens,
    frame,
    new_id,
    now,
)

log = logging.getLogger(__name__)

NO_TOKEN_MSG = "The token you entered is incorrect. Please double-check and try again."
BAD_TOKEN_MSG = "authentication is invalid"
BUSY_MSG = "Conversation occupied: a chat is already in progress in this conversation"
PROMPT_TOKENS = 320  # what the bot's prompt would cost per request, so usage looks plausible

INTERRUPT = dumps({"msg_type": "interrupt", "data": "", "from_module": None, "from_unit": None})
FINISH = dumps(
    {
        "msg_type": "generate_answer_finish",
        "data": dumps({"finish_reason": 0, "FinData": ""}),
        "from_module": None,
        "from_unit": None,
    }
)


class _Emitter(Protocol):
    live: bool

    async def event(self, name: str, data: Any) -> None: ...


class _Stream:
    """Writes chat events as SSE frames, one HTTP chunk each."""

    def __init__(self, responder: Responder) -> None:
        self._responder = responder

    @property
    def live(self) -> bool:
        # Once the client is gone there is nobody to pace the deltas for; the chat still runs to its end.
        return not self._responder.broken

    async def event(self, name: str, data: Any) -> None:
        await self._responder.write(frame(name, data))


class _Silent:
    """The non-stream path: the same chat run, nothing written."""

    live = False

    async def event(self, name: str, data: Any) -> None:
        return None


class _Call:
    """One request being answered."""

    def __init__(self, request: Request, responder: Responder, logid: str) -> None:
        self.request = request
        self.responder = responder
        self.logid = logid
        self.query = request.query

    def body(self) -> dict[str, Any]:
        """The JSON object body; an empty body counts as ``{}``."""
        raw = self.request.body
        if not raw.strip():
            return {}
        try:
            value = json.loads(raw)
        except (UnicodeDecodeError, ValueError) as exc:
            raise ApiError(4000, f"invalid request body: not JSON ({exc})", status=400) from exc
        if not isinstance(value, dict):
            raise ApiError(4000, "invalid request body: expected a JSON object")
        return value

    async def reply(self, data: Any, **top_level: Any) -> None:
        await send_json(self.responder, 200, envelope(data, self.logid, **top_level), self.logid)

    async def start_stream(self) -> _Stream:
        headers = [("content-type", SSE_TYPE), ("cache-control", "no-cache"), ("x-tt-logid", self.logid)]
        await self.responder.start(200, headers, chunked=True)
        return _Stream(self.responder)

    async def end_stream(self) -> None:
        await self.responder.write(DONE_FRAME)
        await self.responder.end()


async def send_json(responder: Responder, status: int, body: Any, logid: str) -> None:
    await responder.send(status, [("content-type", JSON_TYPE), ("x-tt-logid", logid)], encode(body))


def _text_field(body: dict[str, Any], name: str, *, required: bool = False) -> str:
    value = body.get(name)
    if value is None or value == "":
        if required:
            raise ApiError(4000, f"invalid parameter: {name} is required")
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ApiError(4000, f"invalid parameter: {name} must be a string")
    return str(value)


def _flag(body: dict[str, Any], name: str, default: bool) -> bool:
    value = body.get(name, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise ApiError(4000, f"invalid parameter: {name} must be a boolean")
    return value


def _str_map(body: dict[str, Any], name: str) -> dict[str, str]:
    value = body.get(name)
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ApiError(4000, f"invalid parameter: {name} must be an object of strings")
    return {str(k): v for k, v in value.items()}


def _int_param(params: dict[str, Any], name: str, default: int, low: int, high: int) -> int:
    raw = params.get(name, default)
    try:
        value = int(raw)
    except (TypeError, ValueError) as exc:
        raise ApiError(4000, f"invalid parameter: {name} must be an integer") from exc
    if not low <= value <= high:
        raise ApiError(4000, f"invalid parameter: {name} must be between {low} and {high}")
    return value


def _enter_messages(body: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """Validated EnterMessages: ``{role, content, content_type, type?}``."""
    value = body.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ApiError(4000, f"invalid parameter: {name} must be an array")
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise ApiError(4000, f"invalid parameter: {name}[{i}] must be an object")
        role = item.get("role", "user")
        if role not in ("user", "assistant"):
            raise ApiError(4000, f"invalid parameter: {name}[{i}].role must be user or assistant")
        content = item.get("content", "")
        if not isinstance(content, str):
            raise ApiError(4000, f"invalid parameter: {name}[{i}].content must be a string")
        content_type = item.get("content_type") or "text"
        if content_type not in ("text", "object_string"):
            raise ApiError(4000, f"invalid parameter: {name}[{i}].content_type must be text or object_string")
        if content_type == "object_string":
            _object_text(content, f"{name}[{i}]")
        out.append({"role": role, "content": content, "content_type": content_type})
    return out


def _object_items(content: str, where: str) -> list[dict[str, Any]]:
    """The items of an ``object_string`` message, checked as Coze Studio reads them (run.AdditionalContent:
    ``type`` text/image/file/audio; ``file_id`` a string of digits, ``file_url`` a string)."""
    try:
        items = json.loads(content)
    except ValueError as exc:
        raise ApiError(4000, f"invalid parameter: {where}.content is not a JSON array of objects") from exc
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ApiError(4000, f"invalid parameter: {where}.content is not a JSON array of objects")
    for n, item in enumerate(items):
        kind = item.get("type")
        if kind not in ("text", "image", "file", "audio"):
            raise ApiError(4000, f"invalid parameter: {where}.content[{n}].type must be text, image, file or audio")
        if kind == "text" and not isinstance(item.get("text"), str):
            raise ApiError(4000, f"invalid parameter: {where}.content[{n}].text must be a string")
        if kind != "text":
            file_id, file_url = item.get("file_id"), item.get("file_url")
            if file_id is not None and not (isinstance(file_id, str) and file_id.isdigit()):
                raise ApiError(4000, f"invalid parameter: {where}.content[{n}].file_id must be a string of digits")
            if file_url is not None and not isinstance(file_url, str):
                raise ApiError(4000, f"invalid parameter: {where}.content[{n}].file_url must be a string")
            if not (file_id or file_url):
                raise ApiError(4000, f"invalid parameter: {where}.content[{n}] needs a file_id or a file_url")
    return items


def _object_text(content: str, where: str) -> str:
    """The text items of an ``object_string`` message."""
    return " ".join(str(i.get("text", "")) for i in _object_items(content, where) if i.get("type") == "text")


def _plain_text(message: dict[str, Any]) -> str:
    if message["content_type"] == "object_string":
        return _object_text(message["content"], "message")
    return message["content"]


def _history_message(
    conv: Conversation, chat_id: str, role: str, content: str, content_type: str
) -> dict[str, Any]:
    stamp = now()
    return {
        "id": new_id(),
        "conversation_id": conv.id,
        "bot_id": conv.bot_id or profile.DEMO_BOT_ID,
        "chat_id": chat_id,
        "section_id": conv.section_id,
        "role": role,
        "type": "question" if role == "user" else "answer",
        "content": content,
        "content_type": content_type,
        "meta_data": {},
        "created_at": stamp,
        "updated_at": stamp,
    }


Handler = Callable[..., Awaitable[None]]


class CozeApi:
    """Routes requests to the endpoints, checks the token, turns ApiError into Coze error envelopes."""

    def __init__(self, *, token: str, delta_delay: float) -> None:
        self.token = token
        self.delta_delay = delta_delay
        self.store = Store()
        self.recognizer = Recognizer()
        conv_path = r"/v1/conversations/(?P<conversation_id>[^/]+)"
        self._routes: list[tuple[frozenset[str], re.Pattern[str], Handler]] = [
            (frozenset({"POST"}), re.compile(r"/v3/chat"), self.chat_create),
            (frozenset({"POST"}), re.compile(r"/v3/chat/submit_tool_outputs"), self.chat_submit),
            (frozenset({"GET", "POST"}), re.compile(r"/v3/chat/retrieve"), self.chat_retrieve),
            (frozenset({"GET", "POST"}), re.compile(r"/v3/chat/message/list"), self.chat_messages),
            (frozenset({"POST"}), re.compile(r"/v3/chat/cancel"), self.chat_cancel),
            (frozenset({"POST"}), re.compile(r"/v1/conversation/create"), self.conversation_create),
            (
                frozenset({"GET", "POST"}),
                re.compile(r"/v1/conversation/retrieve"),
                self.conversation_retrieve,
            ),
            (frozenset({"POST"}), re.compile(r"/v1/conversation/message/list"), self.conversation_messages),
            (frozenset({"POST"}), re.compile(r"/v1/conversation/message/delete"), self.message_delete),
            (frozenset({"POST"}), re.compile(r"/v1/files/upload"), self.file_upload),
            (frozenset({"GET"}), re.compile(r"/v1/conversations"), self.conversation_list),
            (frozenset({"PUT"}), re.compile(conv_path), self.conversation_rename),
            (frozenset({"DELETE"}), re.compile(conv_path), self.conversation_delete),
            (frozenset({"POST"}), re.compile(conv_path + "/clear"), self.conversation_clear),
            (frozenset({"GET"}), re.compile(r"/v1/bots"), self.bots_list),
            (frozenset({"GET"}), re.compile(r"/v1/bots/(?P<bot_id>[^/]+)"), self.bot_retrieve),
            (frozenset({"GET"}), re.compile(r"/v1/bot/get_online_info"), self.bot_online_info),
            (frozenset({"GET"}), re.compile(r"/v1/space/published_bots_list"), self.published_bots),
            (frozenset({"POST"}), re.compile(r"/v1/audio/speech"), self.audio_speech),
            (frozenset({"POST"}), re.compile(r"/v1/audio/transcriptions"), self.audio_transcriptions),
            (frozenset({"GET"}), re.compile(r"/v1/audio/voices"), self.audio_voices),
        ]

    async def handle(self, request: Request, responder: Responder, logid: str) -> None:
        if request.method == "GET" and request.path == icon.PATH:  # a public URL, like Coze's CDN: no token
            headers = [("content-type", "image/png"), ("cache-control", "max-age=86400"), ("x-tt-logid", logid)]
            await responder.send(200, headers, icon.png())
            return
        call = _Call(request, responder, logid)
        try:
            handler, params = self._route(request)
            self._authenticate(request)
            await handler(call, **params)
        except ApiError as exc:
            if responder.started:  # cannot happen by construction: every check runs before a stream starts
                log.error("demo server: error after the response started: %s", exc)
                await responder.cut()
                return
            await send_json(responder, exc.status, error_body(exc.code, exc.msg, logid), logid)

    def _route(self, request: Request) -> tuple[Handler, dict[str, str]]:
        path = request.path.rstrip("/") or "/"
        allowed: set[str] = set()
        for methods, pattern, handler in self._routes:
            m = pattern.fullmatch(path)
            if m is None:
                continue
            if request.method in methods:
                return handler, m.groupdict()
            allowed |= methods
        if allowed:
            raise ApiError(4000, f"method {request.method} not allowed for {path}", status=405)
        raise ApiError(4000, f"unknown path {request.method} {request.path}", status=404)

    def _authenticate(self, request: Request) -> None:
        header = request.headers.get("authorization")
        if header is None:
            raise ApiError(4101, NO_TOKEN_MSG)
        scheme, _, token = header.strip().partition(" ")
        if scheme.lower() != "bearer" or token.strip() != self.token:
            raise ApiError(4100, BAD_TOKEN_MSG, status=401)

    @staticmethod
    def _check_bot(bot_id: str) -> None:
        if bot_id != profile.DEMO_BOT_ID:
            raise ApiError(
                4200,
                f"Requested resource bot_id={bot_id} does not exist. Please confirm that the resource exists "
                "and is published to the API channel.",
            )

    def _conversation(self, conversation_id: str) -> Conversation:
        if not conversation_id:
            raise ApiError(4000, "invalid parameter: conversation_id is required")
        conv = self.store.conversations.get(conversation_id)
        if conv is None:
            raise ApiError(4200, f"Requested resource conversation_id={conversation_id} does not exist.")
        return conv

    def _chat(self, conversation_id: str, chat_id: str, *, code: int = 4200) -> Chat:
        if not conversation_id or not chat_id:
            raise ApiError(4000, "invalid parameter: conversation_id and chat_id are required")
        chat = self.store.chats.get(chat_id)
        if chat is None or chat.conversation_id != conversation_id:
            raise ApiError(code, f"chat_id={chat_id} does not exist in conversation_id={conversation_id}")
        return chat

    # -- chats ----------------------------------------------------------------------------------------------

    async def chat_create(self, call: _Call) -> None:
        body = call.body()
        bot_id = _text_field(body, "bot_id", required=True)
        self._check_bot(bot_id)
        user_id = _text_field(body, "user_id", required=True)
        messages = _enter_messages(body, "additional_messages")
        stream = _flag(body, "stream", False)
        save = _flag(body, "auto_save_history", True)
        meta_data = _str_map(body, "meta_data")
        _str_map(body, "custom_variables")  # accepted and validated; the demo prompt has no variables
        shortcut = shortcuts.parameters(body)
        if not stream and not save:
            raise ApiError(4000, "invalid parameter: auto_save_history must be true when stream is false")

        conversation_id = call.query.get("conversation_id", "")
        conv = self.store.conversations.get(conversation_id) if conversation_id else None
        if conversation_id and conv is None and not conversation_id.isdigit():
            raise ApiError(4000, f"invalid parameter: conversation_id={conversation_id}")
        if conv is not None:
            if conv.bot_id and conv.bot_id != bot_id:
                raise ApiError(4000, f"conversation_id={conv.id} belongs to another bot")
            if self.store.busy_chat(conv.id) is not None:
                raise ApiError(4016, BUSY_MSG)
        if not messages and (conv is None or not conv.messages):
            raise ApiError(
                4000, "invalid parameter: additional_messages is required when the conversation is empty"
            )
        if conv is None:
            # A conversation id the server does not know (it was restarted, memory is gone) is adopted, so a
            # desktop app that keeps its history across restarts of the demo can go on talking.
            conv = self.store.add_conversation(
                Conversation(
                    id=conversation_id or new_id(), bot_id=bot_id, creator_id=profile.DEMO_CREATOR_ID
                )
            )

        user_messages = [m for m in messages if m["role"] == "user"]
        query = _plain_text(user_messages[-1]) if user_messages else ""
        memory = conv.memory if save else conv.memory.copy()
        turn = self._turn(query, memory, user_messages[-1] if user_messages else None, conv, shortcut)
        chat = Chat(
            id=new_id(),
            conversation_id=conv.id,
            bot_id=bot_id,
            section_id=conv.section_id,
            user_id=user_id,
            turn=turn,
            save_history=save,
            memory_before=conv.memory.copy(),
            meta_data=meta_data,
        )
        chat.input_tokens = PROMPT_TOKENS + sum(estimate_tokens(m["content"]) for m in messages)
        self.store.chats[chat.id] = chat
        if save:
            for m in messages:
                conv.messages.append(
                    _history_message(conv, chat.id, m["role"], m["content"], m["content_type"])
                )
            conv.updated_at = now()

        if stream:
            emitter = await call.start_stream()
            await emitter.event("conversation.chat.created", chat.to_wire())
            chat.status = "in_progress"
            await emitter.event("conversation.chat.in_progress", chat.to_wire())
            await self._run(chat, chat.turn.start, emitter)
            await call.end_stream()
        else:
            chat.status = "in_progress"
            snapshot = chat.to_wire()
            await self._run(chat, chat.turn.start, _Silent())
            chat.hidden_polls = 1  # the first retrieve still says in_progress, as if it ran in the background
            await call.reply(snapshot)

    def _turn(
        self,
        query: str,
        memory: Memory,
        message: dict[str, Any] | None,
        conv: Conversation,
        shortcut: tuple[str, dict[str, str]] | None,
    ) -> Turn:
        """The bot's turn for this question: its attachments described, the new-topic note after a clear, a
        shortcut command turned into its request (/music) or its computed answer (/count)."""
        answer = ""
        if shortcut is not None:
            command_id, params = shortcut
            if command_id == shortcuts.MUSIC_ID:
                song = params.get("song", "").strip()
                if not song:
                    raise ApiError(4000, "invalid parameter: shortcut /music needs its song parameter")
                query = f"播放 {song}" if is_chinese(query or song) else f"play {song}"
            else:
                text = params.get("text", "")
                answer = shortcuts.count(text, is_chinese(query or text))
        zh = is_chinese(query)
        files: list[str] = []
        if message is not None and message["content_type"] == "object_string":
            for item in _object_items(message["content"], "message"):
                kind = item.get("type")
                if kind == "text":
                    continue
                if item.get("file_id"):
                    stored = self.store.files.get(item["file_id"])
                    if stored is None:
                        raise ApiError(4000, f"invalid parameter: file_id={item['file_id']} does not exist")
                    files.append(attachments.describe(stored, kind, zh))
                else:
                    files.append(attachments.describe_url(item["file_url"], zh))
        note = ""
        if conv.forgotten:
            note = (f"（新话题：之前的 {conv.forgotten} 条消息已不在我的上下文里，我看不到它们了。）" if zh else
                    f"(New topic: the {conv.forgotten} earlier messages are out of my context; I no longer see "
                    "them.)")
            conv.forgotten = 0
        return Turn(query, memory, files=files, note=note, answer=answer)

    async def chat_submit(self, call: _Call) -> None:
        chat = self._chat(call.query.get("conversation_id", ""), call.query.get("chat_id", ""), code=4000)
        body = call.body()
        if not chat.save_history:
            raise ApiError(5000, "submit_tool_outputs needs a chat created with auto_save_history=true")
        if chat.visible_status != "requires_action":
            raise ApiError(
                4000, f"chat_id={chat.id} is {chat.visible_status}, not requires_action: nothing to submit"
            )
        outputs = body.get("tool_outputs")
        if not isinstance(outputs, list) or not outputs:
            raise ApiError(4000, "invalid parameter: tool_outputs must be a non-empty array")
        pending = {p.id for p in chat.pending}
        answered: dict[str, str] = {}
        for i, item in enumerate(outputs):
            if not isinstance(item, dict):
                raise ApiError(4000, f"invalid parameter: tool_outputs[{i}] must be an object")
            call_id, output = item.get("tool_call_id"), item.get("output")
            if not isinstance(call_id, str) or not isinstance(output, str):
                raise ApiError(
                    4000, f"invalid parameter: tool_outputs[{i}] needs string tool_call_id and output"
                )
            if call_id not in pending:
                raise ApiError(4000, f"invalid parameter: tool_call_id={call_id} is not pending in this chat")
            if call_id in answered:
                raise ApiError(4000, f"invalid parameter: tool_call_id={call_id} is answered more than once")
            answered[call_id] = output
        missing = [p.id for p in chat.pending if p.id not in answered]
        if missing:
            raise ApiError(4000, f"invalid parameter: no output for tool_call_id={', '.join(missing)}")
        stream = _flag(body, "stream", False)

        ordered = [answered[p.id] for p in chat.pending]
        chat.pending = []
        chat.status = "in_progress"
        chat.input_tokens += sum(estimate_tokens(o) for o in ordered)
        responses = [chat.message("tool_response", answered[item["tool_call_id"]]) for item in outputs]

        def resume() -> Step:
            return chat.turn.resume(ordered)

        if stream:
            emitter = await call.start_stream()
            await emitter.event("conversation.chat.in_progress", chat.to_wire())
            for message in responses:
                await self._publish(chat, emitter, message)
            await self._run(chat, resume, emitter)
            await call.end_stream()
        else:
            snapshot = chat.to_wire()
            chat.messages.extend(responses)
            await self._run(chat, resume, _Silent())
            chat.hidden_polls = 1
            await call.reply(snapshot)

    async def chat_retrieve(self, call: _Call) -> None:
        chat = self._chat(call.query.get("conversation_id", ""), call.query.get("chat_id", ""))
        data = chat.to_wire(retrieve=True)
        if chat.hidden_polls > 0:
            chat.hidden_polls -= 1
        await call.reply(data)

    async def chat_messages(self, call: _Call) -> None:
        chat = self._chat(call.query.get("conversation_id", ""), call.query.get("chat_id", ""))
        await call.reply([dict(m) for m in chat.messages])

    async def chat_cancel(self, call: _Call) -> None:
        body = call.body()
        chat = self._chat(
            _text_field(body, "conversation_id", required=True), _text_field(body, "chat_id", required=True)
        )
        status = chat.visible_status
        if status not in CANCELABLE:
            raise ApiError(4104, f"chat cannot be canceled in its current state ({status})")
        chat.status = "canceled"
        chat.hidden_polls = 0
        chat.pending = []
        conv = self.store.conversations[chat.conversation_id]
        # A canceled turn is not context for later ones: drop its messages and what the bot learned from it.
        conv.messages = [m for m in conv.messages if m.get("chat_id") != chat.id]
        conv.memory = chat.memory_before
        await call.reply(chat.to_wire())

    async def _run(self, chat: Chat, step_fn: Callable[[], Step], emitter: _Emitter) -> None:
        """Take one step of the bot and play it out as events, ending in requires_action or completed."""
        try:
            step = step_fn()
        except Exception as exc:  # a bug in the demo bot must look like a failed chat, not a dead server
            log.exception("demo bot failed")
            chat.status = "failed"
            chat.failed_at = now()
            chat.last_error = {"code": 5000, "msg": f"demo bot error: {exc}"}
            await emitter.event("conversation.chat.failed", chat.to_wire())
            return
        if chat.status == "canceled":
            return
        if isinstance(step, CallTools):
            await self._require(chat, step, emitter)
        else:
            await self._answer(chat, step, emitter)

    async def _publish(self, chat: Chat, emitter: _Emitter, message: dict[str, Any]) -> None:
        chat.messages.append(message)
        await emitter.event("conversation.message.completed", message)

    async def _require(self, chat: Chat, step: CallTools, emitter: _Emitter) -> None:
        query = chat.turn.query
        for tool in step.calls:
            if tool.kind != "function":
                continue  # a Q&A question has no function_call message; its question is in the tool call
            content = {
                "name": f"ts-{profile.PLUGIN_NAME}-{tool.name}",
                "arguments": tool.arguments,
                "plugin_id": profile.PLUGIN_ID,
                "plugin_name": profile.PLUGIN_NAME,
                "api_id": profile.api_id(tool.name),
                "api_name": tool.name,
                "plugin_type": 6,
                "thought": thought(tool, query, chat.turn.zh),
            }
            await self._publish(chat, emitter, chat.message("function_call", dumps(content)))
        await self._publish(chat, emitter, chat.message("verbose", INTERRUPT))
        chat.output_tokens += sum(8 + estimate_tokens(dumps(t.arguments)) for t in step.calls)
        chat.require(step.calls)
        await emitter.event("conversation.chat.requires_action", chat.to_wire())

    async def _answer(self, chat: Chat, reply: Reply, emitter: _Emitter) -> None:
        zh = chat.turn.zh
        if reply.recall:
            data = {
                "chunks": [knowledge.chunk(hit, i, zh) for i, hit in enumerate(reply.recall, 1)],
                "ori_req": "{}",
                "status_code": 0,
            }
            content = dumps(
                {"msg_type": "knowledge_recall", "data": dumps(data), "from_module": None, "from_unit": None}
            )
            await self._publish(chat, emitter, chat.message("verbose", content))
        answer_id = new_id()
        for i, piece in enumerate(delta_pieces(reply.text)):
            if i and emitter.live and self.delta_delay > 0:
                await asyncio.sleep(self.delta_delay)
            if chat.status == "canceled":
                return  # cancel stops the deltas; the caller still ends the stream with done
            await emitter.event(
                "conversation.message.delta", chat.message("answer", piece, delta=True, msg_id=answer_id)
            )
        if chat.status == "canceled":
            return
        answer = chat.message("answer", reply.text, msg_id=answer_id)
        await self._publish(chat, emitter, answer)
        await self._publish(chat, emitter, chat.message("verbose", FINISH))
        for suggestion in reply.follow_ups:
            await self._publish(chat, emitter, chat.message("follow_up", suggestion))
        chat.output_tokens += estimate_tokens(reply.text) + sum(estimate_tokens(f) for f in reply.follow_ups)
        chat.status = "completed"
        chat.completed_at = now()
        conv = self.store.conversations.get(chat.conversation_id)  # None if deleted mid-stream
        if chat.save_history and conv is not None:
            conv.messages.append(_history_message(conv, chat.id, "assistant", reply.text, "text"))
            conv.updated_at = now()
        await emitter.event("conversation.chat.completed", chat.to_wire())

    # -- conversations --------------------------------------------------------------------------------------

    async def conversation_create(self, call: _Call) -> None:
        body = call.body()
        bot_id = _text_field(body, "bot_id")
        if bot_id:
            self._check_bot(bot_id)
        name = _text_field(body, "name")
        if len(name) > 100:
            raise ApiError(4000, "invalid parameter: name is longer than 100 characters")
        meta_data = _str_map(body, "meta_data")
        messages = _enter_messages(body, "messages")
        conv = Conversation(
            id=new_id(), bot_id=bot_id, creator_id=profile.DEMO_CREATOR_ID, name=name, meta_data=meta_data
        )
        for m in messages:
            conv.messages.append(_history_message(conv, "", m["role"], m["content"], m["content_type"]))
            if m["role"] == "user":
                conv.memory.questions.append(_plain_text(m))
        self.store.add_conversation(conv)
        await call.reply(conv.to_wire())

    async def conversation_retrieve(self, call: _Call) -> None:
        await call.reply(self._conversation(call.query.get("conversation_id", "")).to_wire())

    async def conversation_list(self, call: _Call) -> None:
        bot_id = call.query.get("bot_id", "")
        if not bot_id:
            raise ApiError(4000, "invalid parameter: bot_id is required")
        self._check_bot(bot_id)
        page_num = _int_param(call.query, "page_num", 1, 1, 10**6)
        page_size = _int_param(call.query, "page_size", 50, 1, 50)
        descending = call.query.get("sort_order", "DESC").upper() != "ASC"
        convs = sorted(
            (c for c in self.store.conversations.values() if c.bot_id == bot_id),
            key=lambda c: (c.created_at, int(c.id) if c.id.isdigit() else 0),
            reverse=descending,
        )
        start = (page_num - 1) * page_size
        page = convs[start : start + page_size]
        await call.reply(
            {"has_more": len(convs) > start + page_size, "conversations": [c.to_wire() for c in page]}
        )

    async def conversation_messages(self, call: _Call) -> None:
        conv = self._conversation(call.query.get("conversation_id", ""))
        body = call.body()
        order = body.get("order", "desc")
        if order not in ("asc", "desc"):
            raise ApiError(4000, "invalid parameter: order must be asc or desc")
        limit = _int_param(body, "limit", 50, 1, 50)
        chat_id = _text_field(body, "chat_id")
        before_id, after_id = _text_field(body, "before_id"), _text_field(body, "after_id")
        items = [m for m in conv.messages if not chat_id or m["chat_id"] == chat_id]
        if order == "desc":
            items.reverse()
        ids = [m["id"] for m in items]
        # Anchors count in the listing order: after_id pages on (cozepy's iteration), before_id pages back.
        if after_id:
            rest = items[ids.index(after_id) + 1 :] if after_id in ids else []
            page, has_more = rest[:limit], len(rest) > limit
        elif before_id:
            rest = items[: ids.index(before_id)] if before_id in ids else []
            page, has_more = rest[-limit:], len(rest) > limit
        else:
            page, has_more = items[:limit], len(items) > limit
        await call.reply(
            [dict(m) for m in page],
            first_id=page[0]["id"] if page else "",
            last_id=page[-1]["id"] if page else "",
            has_more=has_more,
        )

    async def conversation_rename(self, call: _Call, conversation_id: str) -> None:
        conv = self._conversation(conversation_id)
        name = _text_field(call.body(), "name", required=True)
        if len(name) > 100:
            raise ApiError(4000, "invalid parameter: name is longer than 100 characters")
        conv.name = name
        conv.updated_at = now()
        await call.reply(conv.to_wire())

    async def conversation_delete(self, call: _Call, conversation_id: str) -> None:
        conv = self._conversation(conversation_id)
        del self.store.conversations[conv.id]
        for chat_id in [c.id for c in self.store.chats.values() if c.conversation_id == conv.id]:
            del self.store.chats[chat_id]
        await call.reply({})

    async def conversation_clear(self, call: _Call, conversation_id: str) -> None:
        conv = self._conversation(conversation_id)
        if self.store.busy_chat(conv.id) is not None:
            raise ApiError(4016, BUSY_MSG)
        # Messages stay visible; only the context (section and the bot's memory) starts over.
        conv.forgotten = sum(1 for m in conv.messages if m["section_id"] == conv.section_id)
        conv.section_id = new_id()
        conv.memory = Memory()
        conv.updated_at = now()
        await call.reply({"id": conv.section_id, "conversation_id": conv.id})

    async def message_delete(self, call: _Call) -> None:
        """The cloud's message delete: ids in the query; the deleted message is the answer. A deleted question
        leaves the bot's memory too, so an edited and resent question is not seen twice."""
        conv = self._conversation(call.query.get("conversation_id", ""))
        message_id = call.query.get("message_id", "")
        if not message_id:
            raise ApiError(4000, "invalid parameter: message_id is required")
        found = next((m for m in conv.messages if m["id"] == message_id), None)
        if found is None:
            raise ApiError(4000, f"invalid parameter: message_id={message_id} is not in this conversation")
        if self.store.busy_chat(conv.id) is not None:
            raise ApiError(4016, BUSY_MSG)
        conv.messages.remove(found)
        if found["role"] == "user":
            text = _plain_text(found)
            if text in conv.memory.questions:
                conv.memory.questions.reverse()
                conv.memory.questions.remove(text)  # the latest occurrence
                conv.memory.questions.reverse()
        conv.updated_at = now()
        await call.reply(dict(found))

    # -- files ----------------------------------------------------------------------------------------------

    async def file_upload(self, call: _Call) -> None:
        """``POST /v1/files/upload``: one multipart ``file``; the same size and type limits as the app's."""
        data, filename, content_type = _multipart_file(call.request, what="the file")
        try:
            check_upload(filename, len(data), head=data[:16])
        except ValueError as exc:
            raise ApiError(4000, f"invalid parameter: {exc}") from None
        stored = StoredFile(new_id(), filename, data, content_type, now())
        self.store.files[stored.id] = stored
        await call.reply(stored.to_wire())

    # -- bots -----------------------------------------------------------------------------------------------

    async def bots_list(self, call: _Call) -> None:
        if not call.query.get("workspace_id"):
            raise ApiError(4000, "invalid parameter: workspace_id is required")
        drafts_only = call.query.get("publish_status") == "unpublished_draft"
        items = [] if drafts_only else [profile.bot_list_item()]
        await call.reply({"items": items, "total": len(items)})

    async def published_bots(self, call: _Call) -> None:
        if not call.query.get("space_id"):
            raise ApiError(4000, "invalid parameter: space_id is required")
        await call.reply({"space_bots": [profile.published_bot()], "total": 1})

    async def bot_retrieve(self, call: _Call, bot_id: str) -> None:
        self._check_bot(bot_id)
        await call.reply(profile.bot_info(_icon_url(call)))

    async def bot_online_info(self, call: _Call) -> None:
        bot_id = call.query.get("bot_id", "")
        if not bot_id:
            raise ApiError(4000, "invalid parameter: bot_id is required")
        self._check_bot(bot_id)
        await call.reply(profile.bot_info(_icon_url(call)))

    # -- audio ----------------------------------------------------------------------------------------------

    async def audio_speech(self, call: _Call) -> None:
        """Text to speech with espeak-ng: the audio file itself on success, a JSON error otherwise (as Coze)."""
        body = call.body()
        text = _text_field(body, "input", required=True)
        if len(text.encode("utf-8", "surrogatepass")) > speech.MAX_INPUT_BYTES:
            raise ApiError(4000, f"invalid parameter: input is longer than {speech.MAX_INPUT_BYTES} bytes")
        voice_id = _text_field(body, "voice_id", required=True)
        response_format = _text_field(body, "response_format") or "mp3"
        if response_format not in speech.FORMATS:
            raise ApiError(4000, f"invalid parameter: response_format must be one of {', '.join(speech.FORMATS)}")
        speed = body.get("speed", 1)
        low, high = speech.SPEEDS
        if isinstance(speed, bool) or not isinstance(speed, int | float) or not low <= speed <= high:
            raise ApiError(4000, f"invalid parameter: speed must be a number from {low:g} to {high:g}")
        rate = body.get("sample_rate")
        if rate is not None and rate not in speech.SAMPLE_RATES:
            raise ApiError(4000, "invalid parameter: sample_rate must be one of "
                                 f"{', '.join(map(str, speech.SAMPLE_RATES))}")
        audio, content_type = await speech.synthesise(text, voice_id, response_format, float(speed), rate)
        await call.responder.send(200, [("content-type", content_type), ("x-tt-logid", call.logid)], audio)

    async def audio_transcriptions(self, call: _Call) -> None:
        """Speech to text of a multipart ``file`` (≤ 10 MB), with the demo's English command grammar."""
        audio, filename, content_type = _multipart_file(call.request, what="the audio")
        if len(audio) > AUDIO_MAX_BYTES:
            raise ApiError(4000, f"invalid parameter: the audio file is {len(audio) / 1024 / 1024:.1f} MB; "
                                 f"at most {AUDIO_MAX_BYTES // 1024 // 1024} MB are accepted")
        if not audio:
            raise ApiError(4000, "invalid parameter: the audio file is empty")
        text = await self.recognizer.transcribe(audio, filename, content_type)
        await call.reply({"text": text})

    async def audio_voices(self, call: _Call) -> None:
        """The demo's espeak-ng voices, all of them system voices, paged as Coze pages them."""
        page_num = _int_param(call.query, "page_num", 1, 1, 10**6)
        page_size = _int_param(call.query, "page_size", 100, 1, 100)
        skip_system = call.query.get("filter_system_voice", "false").lower() == "true"
        model_type = call.query.get("model_type", "")
        if model_type not in ("", "big", "small"):
            raise ApiError(4000, "invalid parameter: model_type must be big or small")
        voices = [v.to_wire() for v in speech.VOICES if not skip_system and model_type in ("", "small")]
        start = (page_num - 1) * page_size
        await call.reply({"voice_list": voices[start:start + page_size],
                          "has_more": len(voices) > start + page_size})



def _icon_url(call: _Call) -> str:
    """The avatar's URL on this server, as the client reached it (its Host header, when it is a plain host)."""
    host = call.request.headers.get("host", "")
    return f"http://{host}{icon.PATH}" if re.fullmatch(r"[A-Za-z0-9.\-]+(:\d+)?|\[[0-9a-fA-F:.]+\](:\d+)?", host) \
        else ""


def _multipart_file(request: Request, what: str) -> tuple[bytes, str, str]:
    """``(content, filename, content type)`` of the ``file`` field of a multipart/form-data body."""
    header = email.message.Message()
    header["content-type"] = request.headers.get("content-type", "")
    boundary = header.get_param("boundary")
    if header.get_content_type() != "multipart/form-data" or not isinstance(boundary, str) or not boundary:
        raise ApiError(4000, f"invalid request: send {what} as multipart/form-data with a file field")
    for part in request.body.split(b"--" + boundary.encode("latin-1"))[1:]:
        if part.startswith(b"--"):
            break
        head, _, content = part.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        fields = email.message.Message()
        for line in head.decode("utf-8", "replace").split("\r\n"):
            name, _, value = line.partition(":")
            if value:
                fields[name.strip()] = value.strip()
        if fields.get_param("name", header="content-disposition") == "file":
            filename = fields.get_filename() or ""
            kind = fields.get("content-type", "application/octet-stream")
            return content.removesuffix(b"\r\n"), filename, kind
    raise ApiError(4000, "invalid parameter: file is required")
