"""The chat engine end to end against the local Coze server: tool loop, faults, cancel, polled mode."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from coze_desktop.api import (
    CozeAPIError,
    CozeAuthError,
    CozeBotError,
    CozeBusyError,
    CozeClient,
    CozeNetworkError,
    CozeStreamError,
    CozeTimeoutError,
)
from coze_desktop.chat import (
    AnswerCompleted,
    AnswerDelta,
    ChatEngine,
    RecallSources,
    StreamWarning,
    ToolCallFinished,
    ToolCallStarted,
    TurnCancelled,
    TurnCompleted,
    TurnEvent,
    TurnFailed,
    TurnOutcome,
    TurnRequest,
)
from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN, DemoServer, json_reply, sse
from coze_desktop.plugins import Plugin, PluginRegistry, VolumeModel, default_registry

pytestmark = pytest.mark.asyncio

CONV, CHAT = "7400000000000000001", "7400000000000000002"


# --------------------------------------------------------------------------- wire builders for scripts

def chat(status: str, calls: list[tuple[str, str, Any]] | None = None, **extra: Any) -> dict:
    body: dict[str, Any] = {"id": CHAT, "conversation_id": CONV, "bot_id": DEMO_BOT_ID, "status": status,
                            "last_error": {"code": 0, "msg": ""}, **extra}
    if calls is not None:
        body["required_action"] = {"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": [
            {"id": cid, "type": "function",
             "function": {"name": name, "arguments": args if isinstance(args, str) else json.dumps(args)}}
            for cid, name, args in calls]}}
    return body


def delta(text: str, mid: str = "m1") -> dict:
    return {"id": mid, "conversation_id": CONV, "chat_id": CHAT, "role": "assistant", "type": "answer",
            "content": text, "content_type": "text"}


def asks(*calls: tuple[str, str, Any], first: bool = True) -> list[tuple[str, Any]]:
    head = [("conversation.chat.created", chat("created"))] if first else [
        ("conversation.chat.in_progress", chat("in_progress"))]
    return [*head, ("conversation.chat.requires_action", chat("requires_action", list(calls))), ("done", "[DONE]")]


def answers(*pieces: str, first: bool = False) -> list[tuple[str, Any]]:
    head = "conversation.chat.created" if first else "conversation.chat.in_progress"
    events: list[tuple[str, Any]] = [(head, chat("created" if first else "in_progress"))]
    events += [("conversation.message.delta", delta(p)) for p in pieces]
    events += [("conversation.message.completed", delta("".join(pieces))),
               ("conversation.chat.completed", chat("completed", usage={"token_count": 3, "output_count": 2,
                                                                       "input_count": 1})),
               ("done", "[DONE]")]
    return events


# ---------------------------------------------------------------------------------------- helpers

class Recorder(list):
    """An observer that keeps every event and lets a test wait for a kind of event."""

    def __init__(self) -> None:
        super().__init__()
        self._changed = asyncio.Event()

    def __call__(self, event: TurnEvent) -> None:
        self.append(event)
        self._changed.set()

    async def until(self, kind: type) -> None:
        while not any(isinstance(e, kind) for e in self):
            self._changed.clear()
            await asyncio.wait_for(self._changed.wait(), 10)


async def turn(client: CozeClient, text: str, registry: PluginRegistry | None = None, **engine_args: Any
               ) -> tuple[TurnOutcome, list[TurnEvent]]:
    events: list[TurnEvent] = []
    engine = ChatEngine(client, registry or default_registry(), **engine_args)
    outcome = await engine.run_turn(TurnRequest(DEMO_BOT_ID, "tester", text), events.append)
    return outcome, events


def submitted(server: DemoServer) -> list[list[dict]]:
    return [r.json["tool_outputs"] for r in server.requests if r.path == "/v3/chat/submit_tool_outputs"]


def registry_with(*plugins: Plugin, volume: VolumeModel | None = None) -> PluginRegistry:
    registry = default_registry(volume)
    registry.register(*plugins)
    return registry


# ---------------------------------------------------------------------------------------- tool loop

async def test_single_tool_call_sets_volume(server, client) -> None:
    volume = VolumeModel(50)
    outcome, events = await turn(client, "音量调到30", default_registry(volume))
    assert outcome.status == "completed", outcome.error
    assert volume.volume == 30
    started = [e.call for e in events if isinstance(e, ToolCallStarted)]
    assert [(c.name, json.loads(c.arguments)) for c in started] == [("set_volume", {"volume": 30})]
    assert submitted(server) == [[{"tool_call_id": started[0].id, "output": '{"volume": 30}'}]]
    assert "30" in outcome.answer
    assert isinstance(events[-1], TurnCompleted)


async def test_two_calls_in_one_requires_action(server, client) -> None:
    """Both outputs go in one submit; the missing music plugin becomes an error output, not a failure."""
    volume = VolumeModel(50)
    outcome, _ = await turn(client, "播放 晴天 并把音量调到30", default_registry(volume))
    assert outcome.status == "completed", outcome.error
    [outputs] = submitted(server)
    by_name = {c.name: r for c, r in outcome.tool_results}
    assert set(by_name) == {"play_music", "set_volume"}
    assert len(outputs) == 2
    assert by_name["set_volume"].ok and volume.volume == 30
    assert not by_name["play_music"].ok and "unknown tool: play_music" in by_name["play_music"].output
    assert outcome.answer  # the demo bot answers politely about what it could not do


async def test_relative_request_chains_get_then_set(server, client) -> None:
    volume = VolumeModel(50)
    outcome, _ = await turn(client, "turn it down", default_registry(volume))
    assert outcome.status == "completed", outcome.error
    assert [c.name for c, _ in outcome.tool_results] == ["get_volume", "set_volume"]
    assert volume.volume < 50
    assert len(submitted(server)) == 2


async def test_chain_of_three(server, client) -> None:
    server.script("/v3/chat", sse(asks(("a", "get_volume", {}))))
    server.script("/v3/chat/submit_tool_outputs",
                  sse(asks(("b", "set_volume", {"volume": 40}), first=False)),
                  sse(asks(("c", "get_volume", {}), first=False)),
                  sse(answers("done ", "at 40")))
    volume = VolumeModel(50)
    outcome, _ = await turn(client, "x", default_registry(volume))
    assert outcome.status == "completed", outcome.error
    assert submitted(server) == [[{"tool_call_id": "a", "output": '{"volume": 50}'}],
                                 [{"tool_call_id": "b", "output": '{"volume": 40}'}],
                                 [{"tool_call_id": "c", "output": '{"volume": 40}'}]]
    assert outcome.answer == "done at 40"
    for r in server.requests:
        if r.path == "/v3/chat/submit_tool_outputs":
            assert r.query == {"conversation_id": CONV, "chat_id": CHAT}


@pytest.mark.parametrize(("name", "arguments", "expected"), [
    ("launch_rocket", "{}", "unknown tool: launch_rocket"),
    ("set_volume", "{volume: 30", "not valid JSON"),
    ("set_volume", '{"volume": 300}', "volume must be at most 100"),
    ("set_volume", '{"volume": "loud"}', "volume must be an integer"),
    ("set_volume", "[30]", "must be an object"),
    ("get_volume", '{"path": "../../etc/passwd"}', "path is not a known parameter"),
])
async def test_bad_tool_calls_become_error_outputs(server, client, name: str, arguments: str, expected: str
                                                   ) -> None:
    server.script("/v3/chat", sse(asks(("t1", name, arguments))))
    server.script("/v3/chat/submit_tool_outputs", sse(answers("sorry")))
    outcome, _ = await turn(client, "x")
    assert outcome.status == "completed", outcome.error
    [[output]] = submitted(server)
    assert output["tool_call_id"] == "t1"
    assert expected in json.loads(output["output"])["error"]


async def test_handler_exception_and_timeout(server, client) -> None:
    async def crash(args: dict) -> str:
        raise RuntimeError("the speaker is on fire")

    async def hang(args: dict) -> str:
        await asyncio.sleep(30)
        return "never"

    registry = registry_with(Plugin("crash", "", {}, crash), Plugin("hang", "", {}, hang, timeout=0.2))
    server.script("/v3/chat", sse(asks(("c1", "crash", {}), ("c2", "hang", {}))))
    server.script("/v3/chat/submit_tool_outputs", sse(answers("ok")))
    outcome, _ = await turn(client, "x", registry)
    assert outcome.status == "completed", outcome.error
    [outputs] = submitted(server)
    errors = {o["tool_call_id"]: json.loads(o["output"])["error"] for o in outputs}
    assert errors["c1"] == "crash failed: RuntimeError: the speaker is on fire"
    assert errors["c2"] == "hang did not finish within 0.2 s"


async def test_submit_failure_keeps_partial_answer(server, client) -> None:
    server.script("/v3/chat", sse([("conversation.chat.created", chat("created")),
                                   ("conversation.message.delta", delta("Let me check. ")),
                                   *asks(("t1", "get_volume", {}))[1:]]))
    server.script("/v3/chat/submit_tool_outputs",
                  json_reply({"code": 5000, "msg": "We're currently experiencing server issues."}))
    outcome, events = await turn(client, "x")
    assert outcome.status == "failed"
    assert isinstance(outcome.error, CozeAPIError) and outcome.error.code == 5000
    assert outcome.error.logid
    assert isinstance(events[-1], TurnFailed) and events[-1].partial_answer == "Let me check. "


# ------------------------------------------------------------------------------------------- faults

async def test_stream_cut_mid_answer_keeps_partial(server, client) -> None:
    server.script("/v3/chat", sse(answers("晴天", "是周杰伦的歌", "。", first=True), cut_after=3))
    outcome, events = await turn(client, "x")
    assert outcome.status == "failed"
    assert isinstance(outcome.error, CozeStreamError)
    assert outcome.answer == "晴天是周杰伦的歌"
    assert events[-1] == TurnFailed(outcome.error, "晴天是周杰伦的歌")


async def test_malformed_event_is_survived(server, client) -> None:
    events_in = answers("a", "b", first=True)
    events_in.insert(2, ("conversation.message.delta", '{"id": "m1", "content": "trunc'))
    server.script("/v3/chat", sse(events_in))
    outcome, events = await turn(client, "x")
    assert outcome.status == "completed" and outcome.answer == "ab"
    assert any(isinstance(e, StreamWarning) and "malformed" in e.message for e in events)


async def test_stalled_stream_times_out(server) -> None:
    stalled = sse([("conversation.chat.created", chat("created")), ("conversation.message.delta", delta("slow"))])
    stalled.stall = 5.0
    server.script("/v3/chat", stalled)
    async with CozeClient(DEMO_TOKEN, server.base_url, idle_timeout=0.3) as client:
        outcome, _ = await turn(client, "x")
    assert outcome.status == "failed" and isinstance(outcome.error, CozeTimeoutError)
    assert "nothing for 0.3 s" in str(outcome.error)
    assert outcome.answer == "slow"


async def test_wrong_token_region_and_bot(server) -> None:
    async with CozeClient("pat_wrong", server.base_url) as client:
        outcome, _ = await turn(client, "hi")
    error = outcome.error
    assert isinstance(error, CozeAuthError) and (error.code, error.http_status) == (4100, 401)
    assert "region" in error.hint and "pat_wrong" not in error.describe()

    async with CozeClient(DEMO_TOKEN, server.base_url) as client:
        events: list[TurnEvent] = []
        outcome = await ChatEngine(client, default_registry()).run_turn(
            TurnRequest("123", "u", "hi"), events.append)
    assert isinstance(outcome.error, CozeBotError) and outcome.error.code == 4200
    assert "API" in outcome.error.hint


async def test_network_down() -> None:
    async with CozeClient(DEMO_TOKEN, "http://127.0.0.1:9") as client:
        outcome, events = await turn(client, "hi")
    assert isinstance(outcome.error, CozeNetworkError)
    assert "127.0.0.1:9" in str(outcome.error) and outcome.error.hint
    assert isinstance(events[-1], TurnFailed)


async def test_conversation_busy(server, client) -> None:
    conversation = await client.create_conversation(bot_id=DEMO_BOT_ID)
    engine = ChatEngine(client, PluginRegistry())  # no plugins: the first turn stops at requires_action
    first = Recorder()
    slow = PluginRegistry()

    async def wait(args: dict) -> str:
        await asyncio.sleep(0.5)
        return "{}"

    slow.register(Plugin("set_volume", "", {"properties": {"volume": {"type": "integer"}}}, wait))
    task = asyncio.create_task(ChatEngine(client, slow).run_turn(
        TurnRequest(DEMO_BOT_ID, "u", "音量调到30", conversation.id), first))
    await first.until(ToolCallStarted)
    outcome = await engine.run_turn(TurnRequest(DEMO_BOT_ID, "u", "hello", conversation.id), lambda e: None)
    assert isinstance(outcome.error, CozeBusyError) and outcome.error.code == 4016
    assert (await task).status == "completed"


# ------------------------------------------------------------------------------------- cancel, polled

async def test_cancel_closes_stream_and_cancels_on_server() -> None:
    async with DemoServer(delta_delay=0.05) as server, CozeClient(DEMO_TOKEN, server.base_url) as client:
        events = Recorder()
        task = asyncio.create_task(ChatEngine(client, default_registry()).run_turn(
            TurnRequest(DEMO_BOT_ID, "u", "what can you do?"), events))
        await events.until(AnswerDelta)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert isinstance(events[-1], TurnCancelled)
        assert events[-1].partial_answer
        [cancel] = [r for r in server.requests if r.path == "/v3/chat/cancel"]
        started = next(e for e in events if e.__class__.__name__ == "TurnStarted")
        assert cancel.json == {"chat_id": started.chat_id, "conversation_id": started.conversation_id}


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "polled"])
async def test_stop_while_a_tool_runs_frees_the_conversation(server, client, stream: bool) -> None:
    """A chat waiting for tool outputs cannot be cancelled; left waiting, it would make every new chat in the
    conversation fail with 4016 until it expires. Stop answers its calls with "stopped", then cancels it."""
    conversation = await client.create_conversation(bot_id=DEMO_BOT_ID)
    hanging = PluginRegistry()

    async def never(args: dict) -> str:
        await asyncio.sleep(3600)
        return "{}"

    hanging.register(Plugin("set_volume", "", {"properties": {"volume": {"type": "integer"}}}, never, timeout=7200))
    events = Recorder()
    task = asyncio.create_task(ChatEngine(client, hanging, stream=stream, poll_interval=0.01).run_turn(
        TurnRequest(DEMO_BOT_ID, "u", "音量调到30", conversation.id), events))
    await events.until(ToolCallStarted)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert isinstance(events[-1], TurnCancelled)
    [outputs] = submitted(server)
    assert len(outputs) == 1 and "stopped" in json.loads(outputs[0]["output"])["error"]
    assert [r.path for r in server.requests][-2:] == ["/v3/chat/submit_tool_outputs", "/v3/chat/cancel"]

    volume = VolumeModel(50)
    outcome = await ChatEngine(client, default_registry(volume)).run_turn(
        TurnRequest(DEMO_BOT_ID, "u", "音量调到40", conversation.id), lambda e: None)
    assert outcome.status == "completed", outcome.error
    assert volume.volume == 40


async def test_polled_turn_gives_the_same_events(server, client) -> None:
    volume = VolumeModel(50)
    outcome, events = await turn(client, "音量调到30", default_registry(volume), stream=False, poll_interval=0.01)
    assert outcome.status == "completed", outcome.error
    assert volume.volume == 30
    kinds = [type(e) for e in events]
    assert ToolCallStarted in kinds and ToolCallFinished in kinds and AnswerDelta in kinds
    assert kinds.index(ToolCallFinished) < kinds.index(AnswerCompleted) < kinds.index(TurnCompleted)
    assert "30" in outcome.answer
    paths = [r.path for r in server.requests]
    assert "/v3/chat/retrieve" in paths and "/v3/chat/message/list" in paths
    assert all(r.json["stream"] is False for r in server.requests if r.path.startswith("/v3/chat/submit"))


async def test_recall_reaches_the_observer(server, client) -> None:
    outcome, events = await turn(client, "what can you do?")
    assert outcome.status == "completed"
    [recall] = [e for e in events if isinstance(e, RecallSources)]
    assert recall.chunks and all(c.slice and c.document_name for c in recall.chunks)
    assert outcome.follow_ups


async def test_untyped_answer_messages(server, client) -> None:
    """Some servers leave `type` empty: the completed text is still the authoritative answer."""
    untyped = [{**delta(t), "type": ""} for t in ("Hel", "lo", "Hello!")]
    server.script("/v3/chat", sse([
        ("conversation.chat.created", chat("created")),
        ("conversation.message.delta", untyped[0]), ("conversation.message.delta", untyped[1]),
        ("conversation.message.completed", untyped[2]),
        ("conversation.chat.completed", chat("completed")), ("done", "[DONE]")]))
    outcome, events = await turn(client, "x")
    assert outcome.answer == "Hello!"
    assert [e.text for e in events if isinstance(e, AnswerCompleted)] == ["Hello!"]
