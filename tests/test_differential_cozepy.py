"""Differential tests: the official SDK (cozepy) and our client and engine read the very same streams.

Every recorded stream sample is served by the local Coze server, once to ``cozepy.AsyncCoze`` and once to us
(the client, and the engine running a whole turn). Where cozepy accepts the stream, what it saw is the expected
value: event sequence, answer deltas, completed answers, follow-ups, usage, the failed chat's error and the
tool calls of a requires_action. Where cozepy raises (it is strict), our side must still end the turn sensibly.

What cozepy 0.20.0 does with the samples (asserted below, so an SDK upgrade that changes it shows up here):
it pairs non-blank lines as ``event:``/``data:`` and raises ``CozeInvalidEventError`` on any other line (the
``//`` comment lines of the doc samples, the schematic's ``#`` headings); it raises a bare ``Exception`` on an
``error`` event; it reads lines with httpx's ``aiter_lines`` so a last event without any trailing newline is
still delivered; it drops ``done`` but keeps reading to EOF; an unknown event name becomes ``unknown``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import pytest
from cozepy import (
    AsyncCoze,
    AsyncHTTPClient,
    AsyncTokenAuth,
    ChatEventType,
    CozeInvalidEventError,
)
from cozepy import Message as SdkMessage
from cozepy import ToolOutput as SdkToolOutput
from pydantic import ValidationError

from coze_desktop.api import (
    ChatEvent,
    ContentPart,
    CozeChatFailed,
    CozeClient,
    CozeError,
    CozeStreamError,
    EnterMessage,
)
from coze_desktop.chat import (
    AnswerCompleted,
    AnswerDelta,
    ChatEngine,
    ReasoningDelta,
    ToolCallStarted,
    TurnCompleted,
    TurnEvent,
    TurnFailed,
    TurnOutcome,
    TurnRequest,
)
from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN, replay, sse
from coze_desktop.plugins import Plugin, PluginRegistry

from .conftest import SAMPLES

pytestmark = [
    pytest.mark.asyncio,
    # cozepy warns on every enum value it does not know (an unknown event name, status "") — expected here.
    pytest.mark.filterwarnings("ignore::UserWarning"),
]

STREAM_SAMPLES = [*sorted(p.name for p in SAMPLES.glob("*.sse")), "docs_chat_v3_stream_schematic.txt"]

BOT_ID, USER_ID = "7379462189365198898", "u1"

# How cozepy 0.20.0 rejects each sample it cannot read (checked, not assumed); every other sample it accepts.
COZEPY_REJECTS: dict[str, type[BaseException]] = {
    "cozepy_chat_error_event.sse": Exception,  # "error event: {}"
    "docs_chat_v3_stream_basic.sse": CozeInvalidEventError,  # "// …" doc comment line
    "docs_chat_v3_stream_image_plugin.sse": CozeInvalidEventError,  # same
    "docs_chat_v3_stream_schematic.txt": CozeInvalidEventError,  # "# chat - 开始" heading
}

# The SSE field names cozepy knows; any other event name is reported as "unknown" by it.
SDK_KNOWN_EVENTS = {e.value for e in ChatEventType} - {ChatEventType.UNKNOWN.value}


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def without_comment_lines(raw: bytes) -> bytes:
    """The stream with every line that is neither ``event:``, ``data:`` nor blank removed (what cozepy needs)."""
    lines = raw.split(b"\n")
    return b"\n".join(line for line in lines if not line.strip() or line.startswith((b"event:", b"data:")))


# ----------------------------------------------------------------------------------- what a reader saw


@dataclass
class View:
    """What one reader made of a stream, as plain comparable values.

    ``events``: one tuple per event (``done`` left out, unknown names as ``"unknown"``); ``deltas``: answer
    message id → concatenated ``conversation.message.delta`` content; ``completed``: (id, content) of each
    completed answer message; ``usage``: (token, output, input) of ``conversation.chat.completed``.
    """

    events: list[tuple[Any, ...]] = field(default_factory=list)
    deltas: dict[str, str] = field(default_factory=dict)
    completed: list[tuple[str, str]] = field(default_factory=list)
    follow_ups: list[str] = field(default_factory=list)
    usage: tuple[int, int, int] | None = None
    failed: tuple[int, str] | None = None  # last_error of conversation.chat.failed
    tool_calls: list[tuple[str, str, str]] = field(default_factory=list)  # (id, function name, arguments)
    chat_ids: tuple[str, str] = ("", "")  # (conversation id, chat id) of the last chat event
    error: BaseException | None = None

    def add_message(self, event: str, mid: str, role: str, mtype: str, ctype: str, content: str,
                    reasoning: str) -> None:
        self.events.append((event, mid, role, mtype, ctype, content, reasoning))
        if mtype != "answer" and not (event == "conversation.message.completed" and mtype == "follow_up"):
            return
        if event == "conversation.message.delta":
            self.deltas[mid] = self.deltas.get(mid, "") + content
        elif event == "conversation.message.completed":
            if mtype == "follow_up":
                self.follow_ups.append(content)
            else:
                self.completed.append((mid, content))

    def add_chat(self, event: str, cid: str, conv: str, status: str, usage: tuple[int, int, int] | None,
                 last_error: tuple[int, str] | None, calls: list[tuple[str, str, str]]) -> None:
        self.events.append((event, cid, conv, status, usage if event == "conversation.chat.completed" else None,
                            calls))
        self.chat_ids = (conv, cid)
        if event == "conversation.chat.completed":
            self.usage = usage
        elif event == "conversation.chat.failed":
            self.failed = last_error
        elif event == "conversation.chat.requires_action":
            self.tool_calls = calls

    # What our engine should make of the same stream, derived only from what this reader saw.

    def answer_ids(self) -> list[str]:
        """Answer message ids in order of first appearance."""
        ids = dict.fromkeys(
            e[1] for e in self.events if e[0].startswith("conversation.message.") and e[3] == "answer")
        return [i for i in ids if i in self.deltas or any(m == i for m, _ in self.completed)]

    def final_text(self, mid: str) -> str:
        completed = [text for m, text in self.completed if m == mid and text]
        return completed[-1] if completed else self.deltas.get(mid, "")

    def expected_answer(self) -> str:
        return "\n\n".join(t for t in (self.final_text(i) for i in self.answer_ids()) if t)

    def expected_delta_texts(self) -> dict[str, str]:
        """Per message: the streamed deltas, or the completed text when no delta came (sent as one delta)."""
        return {i: self.deltas[i] if i in self.deltas else self.final_text(i) for i in self.answer_ids()
                if self.deltas.get(i) or self.final_text(i)}


async def read_with_cozepy(server, raw: bytes, chunk_size: int | None = None) -> View:
    """cozepy's AsyncCoze reads ``raw`` served for /v3/chat; an exception it raises ends up in ``view.error``."""
    server.script("/v3/chat", replay(raw, chunk_size=chunk_size))
    view = View()
    http = AsyncHTTPClient(trust_env=False)
    coze = AsyncCoze(auth=AsyncTokenAuth(DEMO_TOKEN), base_url=server.base_url, http_client=http)
    try:
        stream = coze.chat.stream(bot_id=BOT_ID, user_id=USER_ID,
                                  additional_messages=[SdkMessage.build_user_question_text("hi")])
        async for event in stream:
            sdk_event_into(view, event)
    except Exception as exc:  # cozepy raises bare Exception on an error event
        view.error = exc
    finally:
        await http.aclose()
    assert server.requests[-1].path == "/v3/chat" and server.requests[-1].json["stream"] is True
    return view


def sdk_event_into(view: View, event: Any) -> None:
    name = event.event.value
    if event.message is not None:
        m = event.message
        view.add_message(name, m.id or "", m.role.value, m.type.value, m.content_type.value, m.content,
                         m.reasoning_content or "")
    elif event.chat is not None:
        c = event.chat
        usage = (c.usage.token_count, c.usage.output_count, c.usage.input_count) if c.usage else None
        last_error = (c.last_error.code, c.last_error.msg) if c.last_error else None
        calls = []
        if c.required_action and c.required_action.submit_tool_outputs:
            calls = [(t.id, t.function.name, t.function.arguments)
                     for t in c.required_action.submit_tool_outputs.tool_calls if t.function]
        view.add_chat(name, c.id, c.conversation_id, c.status.value, usage, last_error, calls)
    else:
        assert name == ChatEventType.UNKNOWN.value, name
        view.events.append(("unknown", event.unknown["event"], event.unknown["data"]))


async def read_with_client(client: CozeClient, server, raw: bytes, chunk_size: int | None = None) -> View:
    """Our CozeClient reads ``raw`` served for /v3/chat, event by event, into the same View."""
    server.script("/v3/chat", replay(raw, chunk_size=chunk_size))
    view = View()
    try:
        async with client.stream_chat(bot_id=BOT_ID, user_id=USER_ID, messages=[EnterMessage("hi")]) as stream:
            async for event in stream:
                our_event_into(view, event)
    except CozeError as exc:
        view.error = exc
    return view


def our_event_into(view: View, event: ChatEvent) -> None:
    name = event.event
    if name == "done":
        return
    if name not in SDK_KNOWN_EVENTS:
        view.events.append(("unknown", name, event.data.strip()))
        return
    if event.message is not None:
        m = event.message
        view.add_message(name, m.id, m.role, m.type, m.content_type, m.content, m.reasoning_content)
    elif event.chat is not None:
        c = event.chat
        usage = (c.usage.token_count, c.usage.output_count, c.usage.input_count) if c.usage else None
        last_error = (c.last_error.code, c.last_error.msg) if c.last_error else None
        view.add_chat(name, c.id, c.conversation_id, c.status, usage, last_error,
                      [(t.id, t.name, t.arguments) for t in c.tool_calls])
    else:
        view.events.append((name, "malformed" if event.malformed else "", event.data))


async def run_engine(client: CozeClient, server, raw: bytes, chunk_size: int | None = None,
                     registry: PluginRegistry | None = None) -> tuple[TurnOutcome, list[TurnEvent]]:
    server.script("/v3/chat", replay(raw, chunk_size=chunk_size))
    events: list[TurnEvent] = []
    engine = ChatEngine(client, registry or PluginRegistry())
    # No exception may escape run_turn, whatever the stream holds.
    outcome = await engine.run_turn(TurnRequest(bot_id=BOT_ID, user_id=USER_ID, text="hi"), events.append)
    return outcome, events


def delta_texts(events: list[TurnEvent]) -> dict[str, str]:
    out: dict[str, str] = {}
    for e in events:
        if isinstance(e, AnswerDelta):
            out[e.message_id] = out.get(e.message_id, "") + e.text
    return out


def assert_sensible_end(outcome: TurnOutcome, events: list[TurnEvent]) -> None:
    """The turn ended as completed or failed; a failure is a CozeError with a message and keeps the answer."""
    assert outcome.status in ("completed", "failed")
    if outcome.status == "failed":
        assert isinstance(outcome.error, CozeError)
        assert outcome.error.msg.strip()
        failed = [e for e in events if isinstance(e, TurnFailed)]
        assert len(failed) == 1 and failed[0].partial_answer == outcome.answer
        assert failed[0].error is outcome.error
    else:
        assert outcome.error is None
        assert isinstance(events[-1], TurnCompleted)


def assert_engine_matches(outcome: TurnOutcome, events: list[TurnEvent], sdk: View) -> None:
    """Our engine's turn against what cozepy saw in the same stream, like with like."""
    assert_sensible_end(outcome, events)
    # Streamed pieces: our AnswerDelta texts against cozepy's answer deltas (or the completed text, sent as
    # one delta by the engine when an answer came without deltas).
    assert delta_texts(events) == sdk.expected_delta_texts()
    # Authoritative texts: our AnswerCompleted against cozepy's completed answer messages.
    assert [(e.message_id, e.text) for e in events if isinstance(e, AnswerCompleted)] == [
        (mid, text or sdk.deltas.get(mid, "")) for mid, text in sdk.completed]
    assert outcome.answer == sdk.expected_answer()
    assert outcome.follow_ups == sdk.follow_ups
    if sdk.failed is not None:
        assert outcome.status == "failed"
        assert isinstance(outcome.error, CozeChatFailed)
        assert (outcome.error.code, outcome.error.msg) == sdk.failed
    elif sdk.usage is not None or any(e[0] == "conversation.chat.completed" for e in sdk.events):
        assert outcome.status == "completed", outcome.error
        got = outcome.usage and (outcome.usage.token_count, outcome.usage.output_count, outcome.usage.input_count)
        assert got == sdk.usage
    else:  # no terminal chat event at all: the stream ended early, and we say so
        assert outcome.status == "failed"
        assert isinstance(outcome.error, CozeStreamError)
    if sdk.chat_ids != ("", ""):
        assert (outcome.conversation_id, outcome.chat_id) == sdk.chat_ids


# ------------------------------------------------------------------------------------------- samples


def test_sample_list_is_complete() -> None:
    assert len(STREAM_SAMPLES) >= 11, STREAM_SAMPLES
    assert set(COZEPY_REJECTS) <= set(STREAM_SAMPLES)


@pytest.mark.parametrize("small_chunks", [False, True], ids=["whole", "small-chunks"])
@pytest.mark.parametrize("name", STREAM_SAMPLES)
async def test_client_and_engine_agree_with_cozepy(server, client: CozeClient, name: str,
                                                   small_chunks: bool) -> None:
    raw = sample(name)
    # 7-byte pieces split every UTF-8 character and line somewhere; the 96 KB audio sample gets 61-byte ones.
    chunk_size = (7 if len(raw) < 20_000 else 61) if small_chunks else None
    sdk = await read_with_cozepy(server, raw, chunk_size)
    outcome, events = await run_engine(client, server, raw, chunk_size)

    if name in COZEPY_REJECTS:
        assert isinstance(sdk.error, COZEPY_REJECTS[name]), repr(sdk.error)
        assert_sensible_end(outcome, events)
        return

    assert sdk.error is None, repr(sdk.error)
    assert sdk.events, "cozepy saw nothing: the comparison would be empty"
    ours = await read_with_client(client, server, raw, chunk_size)
    assert ours.error is None, ours.error
    assert ours.events == sdk.events
    assert (ours.deltas, ours.completed, ours.usage, ours.failed, ours.tool_calls) == (
        sdk.deltas, sdk.completed, sdk.usage, sdk.failed, sdk.tool_calls)
    assert_engine_matches(outcome, events, sdk)


@pytest.mark.parametrize("name", sorted(n for n, e in COZEPY_REJECTS.items() if e is CozeInvalidEventError))
async def test_doc_comment_lines_are_ignored_like_cozepy_without_them(server, client: CozeClient,
                                                                      name: str) -> None:
    """cozepy cannot read the doc samples' comment lines; without them it can. Ours reads the originals and
    must see exactly what cozepy sees in the cleaned stream."""
    raw = sample(name)
    cleaned = without_comment_lines(raw)
    assert cleaned != raw
    sdk = await read_with_cozepy(server, cleaned)
    if name.endswith(".txt"):
        # The schematic also has invalid JSON and a multi-line body: cozepy cannot read even the cleaned one.
        assert isinstance(sdk.error, ValidationError), repr(sdk.error)
        return
    assert sdk.error is None, repr(sdk.error)
    ours = await read_with_client(client, server, raw, chunk_size=5)
    assert ours.error is None
    assert ours.events == sdk.events
    outcome, events = await run_engine(client, server, raw, chunk_size=5)
    assert_engine_matches(outcome, events, sdk)
    assert outcome.status == "completed"


async def test_schematic_keeps_the_answers_a_line_by_line_reading_finds(server, client: CozeClient) -> None:
    """Neither form of the schematic is readable by cozepy; check ours against a plain per-line reading.

    Each ``data:`` line that is a JSON answer message on its own counts; the last completed text of a message
    wins over its deltas. The turn must fail (the stream ends in a chat.failed) yet keep those answers."""
    raw = sample("docs_chat_v3_stream_schematic.txt").decode("utf-8")
    order: dict[str, None] = {}  # answer ids by first appearance
    deltas: dict[str, str] = {}
    completed: dict[str, str] = {}
    event = ""
    for line in raw.splitlines():
        if line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            try:
                data = json.loads(line[5:])
            except ValueError:
                continue
            if isinstance(data, dict) and data.get("type") == "answer":
                order.setdefault(data["id"])
                if event == "conversation.message.delta":
                    deltas[data["id"]] = deltas.get(data["id"], "") + data["content"]
                elif event == "conversation.message.completed":
                    completed[data["id"]] = data["content"]
    expected = [completed.get(i) or deltas[i] for i in order]
    assert len(expected) >= 3  # the card answer and two text answers

    outcome, events = await run_engine(client, server, raw.encode("utf-8"), chunk_size=13)
    assert_sensible_end(outcome, events)
    assert outcome.status == "failed" and isinstance(outcome.error, CozeChatFailed)
    assert list(outcome.answers) == list(order)
    assert outcome.answer == "\n\n".join(expected)


# ----------------------------------------------------------------------------------- error event


def text_stream_cut_by_error(error: dict[str, Any]) -> bytes:
    """The recorded text stream up to its second delta, then an ``error`` event instead of the rest."""
    frames = sample("cozepy_chat_text_stream.sse").split(b"\n\n")
    kept = [f for f in frames if f.startswith(b"event:conversation.chat.")][:2]
    kept += [f for f in frames if f.startswith(b"event:conversation.message.delta")][:2]
    assert len(kept) == 4
    return b"\n\n".join([*kept, b"event:error\ndata:" + json.dumps(error).encode()]) + b"\n\n"


@pytest.mark.parametrize("error", [{"code": 4000, "msg": "upstream model failed"}, {}], ids=["code-msg", "empty"])
async def test_error_event_mid_answer(server, client: CozeClient, error: dict[str, Any]) -> None:
    """cozepy raises on an ``error`` event; we end the turn as failed, keep exactly the deltas cozepy had
    yielded before raising, and carry the server's code and message."""
    raw = text_stream_cut_by_error(error)
    sdk = await read_with_cozepy(server, raw)
    assert type(sdk.error) is Exception and json.dumps(error) in str(sdk.error)
    assert sdk.deltas, "cozepy should have yielded the deltas before the error"

    ours = await read_with_client(client, server, raw)
    assert ours.error is None  # the client delivers the error event; ending the turn is the engine's job
    assert ours.deltas == sdk.deltas
    assert ours.events[: len(sdk.events)] == sdk.events

    outcome, events = await run_engine(client, server, raw, chunk_size=3)
    assert_sensible_end(outcome, events)
    assert outcome.status == "failed" and isinstance(outcome.error, CozeChatFailed)
    assert outcome.answer == "".join(sdk.deltas.values())
    assert delta_texts(events) == sdk.deltas
    assert outcome.error.code == error.get("code", 0)
    if "msg" in error:
        assert outcome.error.msg == error["msg"]
    assert (outcome.conversation_id, outcome.chat_id) == sdk.chat_ids


# ------------------------------------------------------------------------------------- reasoning model


def reasoning_stream() -> bytes:
    """The recorded text stream with a reasoning model's thinking deltas (empty ``content``) before the answer."""
    frames = sample("cozepy_chat_text_stream.sse").split(b"\n\n")
    first_delta = next(i for i, f in enumerate(frames) if f.startswith(b"event:conversation.message.delta"))
    message = json.loads(frames[first_delta].split(b"data:", 1)[1])
    thinking = [
        b"event:conversation.message.delta\ndata:"
        + json.dumps({**message, "content": "", "reasoning_content": piece}, ensure_ascii=False).encode()
        for piece in ("用户问", "日期，", "先算星期。")
    ]
    return b"\n\n".join([*frames[:first_delta], *thinking, *frames[first_delta:]])


async def test_reasoning_deltas(server, client: CozeClient) -> None:
    raw = reasoning_stream()
    sdk = await read_with_cozepy(server, raw, chunk_size=9)
    assert sdk.error is None
    sdk_reasoning = "".join(e[6] for e in sdk.events if e[0] == "conversation.message.delta")
    assert sdk_reasoning == "用户问日期，先算星期。"
    ours = await read_with_client(client, server, raw, chunk_size=9)
    assert ours.events == sdk.events
    outcome, events = await run_engine(client, server, raw, chunk_size=9)
    assert_engine_matches(outcome, events, sdk)
    assert "".join(e.text for e in events if isinstance(e, ReasoningDelta)) == sdk_reasoning


# ------------------------------------------------------------------------------- local plugin round trip


def requires_action_stream() -> tuple[bytes, dict[str, Any]]:
    chat = json.loads((SAMPLES / "docs_local_plugin_requires_action_event_data.json").read_text("utf-8"))
    scripted = sse([("conversation.chat.created", {**chat, "status": "created", "required_action": None}),
                    ("conversation.chat.in_progress", {**chat, "status": "in_progress"}),
                    ("conversation.chat.requires_action", chat), ("done", '"[DONE]"')])
    raw = b"".join(p for p in scripted.parts if isinstance(p, bytes))
    return raw, chat


async def test_local_plugin_round_trip_matches_cozepy(server, client: CozeClient) -> None:
    """The 端插件 exchange: the tool call cozepy sees is the one our engine runs; both submit the same output
    to the same chat, and both read the same continuation."""
    raw, chat = requires_action_stream()
    continuation = sample("docs_local_plugin_submit_tool_outputs_stream.sse")
    output = json.dumps({"probability": 0.5})

    # cozepy: read the requires_action, then submit the tool output and read the continuation stream.
    sdk = await read_with_cozepy(server, raw)
    assert sdk.error is None
    assert len(sdk.tool_calls) == 1
    ours_first = await read_with_client(client, server, raw)
    assert ours_first.events == sdk.events and ours_first.tool_calls == sdk.tool_calls

    conv_id, chat_id = sdk.chat_ids
    server.script("/v3/chat/submit_tool_outputs", replay(continuation, chunk_size=11))
    http = AsyncHTTPClient(trust_env=False)
    coze = AsyncCoze(auth=AsyncTokenAuth(DEMO_TOKEN), base_url=server.base_url, http_client=http)
    sdk_after = View()
    try:
        async for event in coze.chat.submit_tool_outputs_stream(
                conversation_id=conv_id, chat_id=chat_id,
                tool_outputs=[SdkToolOutput(tool_call_id=sdk.tool_calls[0][0], output=output)]):
            sdk_event_into(sdk_after, event)
    finally:
        await http.aclose()
    sdk_submit = server.requests[-1]

    # ours: the engine runs the tool the stream asks for, submits, and finishes the turn.
    seen: list[dict[str, Any]] = []

    async def rain(args: dict[str, Any]) -> str:
        seen.append(args)
        return output

    registry = PluginRegistry()
    registry.register(Plugin("get_rain_probability", "rain", {"properties": {"location": {"type": "string"}}},
                             rain, acts=False))
    server.script("/v3/chat/submit_tool_outputs", replay(continuation, chunk_size=11))
    outcome, events = await run_engine(client, server, raw, chunk_size=17, registry=registry)
    our_submit = server.requests[-1]

    (call_id, _name, arguments), = sdk.tool_calls
    started = [e.call for e in events if isinstance(e, ToolCallStarted)]
    assert [(c.id, c.name, c.arguments) for c in started] == sdk.tool_calls
    assert [(c.id, c.name, c.arguments) for c, _ in outcome.tool_results] == sdk.tool_calls
    assert seen == [json.loads(arguments)]
    assert [r.output for _, r in outcome.tool_results] == [output]

    # Both submit the same thing to the same place.
    assert (our_submit.method, our_submit.path, our_submit.query) == (
        sdk_submit.method, sdk_submit.path, sdk_submit.query)
    assert our_submit.query == {"conversation_id": chat["conversation_id"], "chat_id": chat["id"]}
    assert our_submit.json["tool_outputs"] == sdk_submit.json["tool_outputs"] == [
        {"tool_call_id": call_id, "output": output}]
    assert our_submit.json["stream"] is sdk_submit.json["stream"] is True

    # And read the continuation alike.
    assert sdk_after.error is None and sdk_after.usage is not None
    assert_engine_matches(outcome, events, sdk_after)
    assert outcome.status == "completed"


async def test_requires_action_for_an_unknown_tool_still_submits(server, client: CozeClient) -> None:
    """A tool call the app has no plugin for: cozepy's call id is answered with an error output, not dropped."""
    raw, _ = requires_action_stream()
    sdk = await read_with_cozepy(server, raw)
    server.script("/v3/chat/submit_tool_outputs", replay(sample("docs_local_plugin_submit_tool_outputs_stream.sse")))
    outcome, events = await run_engine(client, server, raw, registry=PluginRegistry())
    assert_sensible_end(outcome, events)
    submit = server.requests[-1]
    assert submit.path == "/v3/chat/submit_tool_outputs"
    assert [o["tool_call_id"] for o in submit.json["tool_outputs"]] == [c[0] for c in sdk.tool_calls]
    assert all("error" in json.loads(o["output"]) for o in submit.json["tool_outputs"])


# ------------------------------------------------------------------------------------ sanity of helpers


def test_comment_stripping_keeps_every_event() -> None:
    for name in ("docs_chat_v3_stream_basic.sse", "docs_chat_v3_stream_image_plugin.sse"):
        raw = sample(name)
        cleaned = without_comment_lines(raw)
        assert len(re.findall(rb"^event:", cleaned, re.M)) == len(re.findall(rb"^event:", raw, re.M))
        assert b"//" not in cleaned.replace(b"://", b"")


# ------------------------------------------- issue 13's request shapes: both clients against one demo server


def sdk_client(server) -> tuple[AsyncCoze, AsyncHTTPClient]:
    http = AsyncHTTPClient(trust_env=False)
    return AsyncCoze(auth=AsyncTokenAuth(DEMO_TOKEN), base_url=server.base_url, http_client=http), http


def without_nulls(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """cozepy dumps every field of MessageObjectString, unset ones as null; the wire meaning is the same."""
    return [{k: v for k, v in item.items() if v is not None} for item in items]


def multipart_field(body: bytes) -> tuple[bytes, bytes]:
    """(Content-Disposition line, content) of the single part of a multipart body."""
    boundary = body.split(b"\r\n", 1)[0]
    (part,) = [p for p in body.split(boundary)[1:] if p.strip(b"-\r\n")]
    head, _, content = part.lstrip(b"\r\n").partition(b"\r\n\r\n")
    disposition = next(line for line in head.split(b"\r\n") if line.lower().startswith(b"content-disposition"))
    return disposition, content.removesuffix(b"\r\n")


async def test_upload_request_and_answer_match_cozepy(server, client: CozeClient) -> None:
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 3
    coze, http = sdk_client(server)
    try:
        sdk_file = await coze.files.upload(file=("pic.png", data))
    finally:
        await http.aclose()
    sdk_request = server.requests[-1]
    ours = await client.upload_file(data, "pic.png")
    our_request = server.requests[-1]
    assert (our_request.method, our_request.path) == (sdk_request.method, sdk_request.path) == (
        "POST", "/v1/files/upload")
    assert multipart_field(our_request.body) == multipart_field(sdk_request.body) == (
        b'Content-Disposition: form-data; name="file"; filename="pic.png"', data)
    assert (sdk_file.bytes, sdk_file.file_name) == (ours.bytes, ours.file_name) == (len(data), "pic.png")
    assert sdk_file.id.isdigit() and ours.id.isdigit() and sdk_file.id != ours.id


async def test_object_string_question_matches_cozepy(server, client: CozeClient) -> None:
    from cozepy import MessageObjectString

    up = await client.upload_file(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "p.png")
    doc = await client.upload_file(b"hello\n", "a.txt")
    coze, http = sdk_client(server)
    try:
        await coze.chat.create(bot_id=DEMO_BOT_ID, user_id=USER_ID, additional_messages=[
            SdkMessage.build_user_question_objects([MessageObjectString.build_text("看看这些"),
                                                    MessageObjectString.build_image(file_id=up.id),
                                                    MessageObjectString.build_file(file_id=doc.id)])])
    finally:
        await http.aclose()
    sdk_message = server.requests[-1].json["additional_messages"][0]
    parts = (ContentPart.of_file("image", up.id), ContentPart.of_file("file", doc.id))
    await client.create_chat(bot_id=DEMO_BOT_ID, user_id=USER_ID, messages=[EnterMessage.question("看看这些", parts)])
    our_message = server.requests[-1].json["additional_messages"][0]
    assert (our_message["role"], our_message["content_type"]) == (sdk_message["role"], sdk_message["content_type"]) \
        == ("user", "object_string")
    assert json.loads(our_message["content"]) == without_nulls(json.loads(sdk_message["content"])) == [
        {"type": "text", "text": "看看这些"}, {"type": "image", "file_id": up.id}, {"type": "file", "file_id": doc.id}]


async def test_conversation_clear_rename_delete_and_message_delete_match_cozepy(server, client: CozeClient) -> None:
    coze, http = sdk_client(server)
    try:
        async def pair(sdk_call, our_call):
            sdk_answer = await sdk_call()
            sdk_request = server.requests[-1]
            our_answer = await our_call()
            our_request = server.requests[-1]
            assert (our_request.method, our_request.path, our_request.query, our_request.json) == (
                sdk_request.method, sdk_request.path, sdk_request.query, sdk_request.json)
            return sdk_answer, our_answer

        conv = (await client.create_conversation(bot_id=DEMO_BOT_ID)).id
        section, ours = await pair(lambda: coze.conversations.clear(conversation_id=conv),
                                   lambda: client.clear_conversation(conv))
        assert section.conversation_id == conv and section.id.isdigit() and ours.isdigit()
        sdk_conv, our_conv = await pair(lambda: coze.conversations.update(conversation_id=conv, name="改名"),
                                        lambda: client.rename_conversation(conv, "改名"))
        assert sdk_conv.name == our_conv.name == "改名" and server.requests[-1].json == {"name": "改名"}

        for text in ("one", "two"):
            chat = await client.create_chat(bot_id=DEMO_BOT_ID, user_id=USER_ID, conversation_id=conv,
                                            messages=[EnterMessage(text)])
            await client.poll_chat(conv, chat.id, interval=0.01)
        page = await client.list_conversation_messages(conv, order="asc")
        questions = [m.id for m in page.messages if m.role == "user"]
        sdk_gone = await coze.conversations.messages.delete(conversation_id=conv, message_id=questions[0])
        sdk_request = server.requests[-1]
        our_gone = await client.delete_message(conv, questions[1])
        our_request = server.requests[-1]
        assert (our_request.method, our_request.path, our_request.body) == (sdk_request.method, sdk_request.path,
                                                                            sdk_request.body) == (
            "POST", "/v1/conversation/message/delete", b"")
        assert our_request.query == {"conversation_id": conv, "message_id": questions[1]}
        assert sdk_request.query == {"conversation_id": conv, "message_id": questions[0]}
        assert (sdk_gone.content, our_gone.content) == ("one", "two")

        other = (await client.create_conversation(bot_id=DEMO_BOT_ID)).id
        await coze.conversations.delete(conversation_id=conv)
        sdk_request = server.requests[-1]
        await client.delete_conversation(other)
        our_request = server.requests[-1]
        assert (sdk_request.method, sdk_request.path) == ("DELETE", f"/v1/conversations/{conv}")
        assert (our_request.method, our_request.path, our_request.body) == (
            "DELETE", f"/v1/conversations/{other}", sdk_request.body)
    finally:
        await http.aclose()
