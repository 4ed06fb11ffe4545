"""Every turn ends in bounded time with nothing lost: faults at each stage, over real HTTP on 127.0.0.1.

Limits are tiny here (response 0.5 s, idle 0.3 s, grace 0.2 s, clean-up 0.3 s) and every turn runs under a 10 s
guard, so a wait that is not bounded fails the test instead of hanging it. The server is the project's demo
server; faults are its scripted responses (``coze_desktop/demo/script.py``), and what the server received is
read back from its request log.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from coze_desktop.api import (
    CozeAPIError,
    CozeChatFailed,
    CozeClient,
    CozeClientError,
    CozeInputError,
    CozeProtocolError,
    CozeStreamError,
    CozeTimeoutError,
    ToolOutput,
)
from coze_desktop.chat import (
    AnswerCompleted,
    AnswerDelta,
    ChatEngine,
    FollowUpSuggested,
    StillWaiting,
    StreamWarning,
    ToolCallFinished,
    ToolCallStarted,
    TurnCancelled,
    TurnCompleted,
    TurnEvent,
    TurnFailed,
    TurnOutcome,
    TurnRequest,
    TurnStarted,
)
from coze_desktop.chat import engine as engine_module
from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN, DemoServer, Scripted, drip, json_reply, silent, sse
from coze_desktop.demo.wire import frame
from coze_desktop.plugins import Plugin, PluginRegistry, VolumeModel, default_registry

from .test_engine import Recorder, answers, asks, chat, delta

pytestmark = pytest.mark.asyncio

RESPONSE, IDLE, GRACE, CLEANUP = 0.5, 0.3, 0.2, 0.3
CANCEL = "/v3/chat/cancel"
SUBMIT = "/v3/chat/submit_tool_outputs"
RETRIEVE = "/v3/chat/retrieve"
MESSAGES = "/v3/chat/message/list"


# ---------------------------------------------------------------------------------------- helpers

async def run(server: DemoServer, text: str = "x", *, registry: PluginRegistry | None = None,
              response: float = RESPONSE, idle: float = IDLE, transport: httpx.AsyncBaseTransport | None = None,
              guard: float = 10.0, **engine_args: Any) -> tuple[TurnOutcome, list[TurnEvent]]:
    """One turn with small limits; fails the test if it does not end within ``guard`` seconds."""
    events: list[TurnEvent] = []
    async with CozeClient(DEMO_TOKEN, server.base_url, response_timeout=response, idle_timeout=idle,
                          transport=transport) as client:
        engine = ChatEngine(client, registry or default_registry(), **engine_args)
        engine.done_grace, engine.cancel_timeout = GRACE, CLEANUP
        async with asyncio.timeout(guard):
            outcome = await engine.run_turn(TurnRequest(DEMO_BOT_ID, "tester", text), events.append)
    return outcome, events


def count(server: DemoServer, path: str) -> int:
    return sum(r.path == path for r in server.requests)


def failed(outcome: TurnOutcome, events: list[TurnEvent], kind: type) -> Any:
    """The turn failed with ``kind``, reported last and once, with the partial answer kept."""
    assert outcome.status == "failed", outcome
    assert isinstance(outcome.error, kind), repr(outcome.error)
    assert [e for e in events if isinstance(e, TurnFailed)] == [TurnFailed(outcome.error, outcome.answer)]
    assert events[-1] == TurnFailed(outcome.error, outcome.answer)
    return outcome.error


def kinds_after(kind: type, events: list[TurnEvent]) -> list[type]:
    kinds = [type(e) for e in events]
    return kinds[kinds.index(kind):]


def completed(outcome: TurnOutcome, events: list[TurnEvent]) -> None:
    assert outcome.status == "completed", outcome.error
    assert isinstance(events[-1], TurnCompleted)


def chat_json(status: str, **extra: Any) -> Scripted:
    return json_reply({"code": 0, "msg": "", "data": chat(status, **extra)})


def stalled(events: list[tuple[str, Any]], seconds: float = 30.0) -> Scripted:
    scripted = sse(events)
    scripted.stall = seconds
    return scripted


COMPLETED = ("conversation.chat.completed", chat("completed"))
CREATED = ("conversation.chat.created", chat("created"))
DONE = ("done", "[DONE]")


# ------------------------------------------------------------------------ no response / response headers

async def test_server_that_never_sends_headers(server) -> None:
    """Accepts the connection, reads the question, never answers: the response limit ends the wait."""
    server.script("/v3/chat", silent())
    outcome, events = await run(server)
    error = failed(outcome, events, CozeTimeoutError)
    assert error.seconds == RESPONSE
    assert str(error) == f"No response from 127.0.0.1:{server.port} within 0.5 s."
    assert error.hint and "network" in error.hint
    assert count(server, CANCEL) == 0  # no chat id was ever known: nothing to cancel


async def test_polled_create_that_never_answers(server) -> None:
    server.script("/v3/chat", silent())
    outcome, events = await run(server, stream=False)
    assert failed(outcome, events, CozeTimeoutError).seconds == RESPONSE


async def test_slow_headers_within_the_response_limit_are_fine(server) -> None:
    """Waiting for headers is bounded by the response limit, not by the (smaller) idle limit."""
    slow = sse(answers("on time", first=True))
    slow.hold = 0.45
    server.script("/v3/chat", slow)
    outcome, events = await run(server, response=2.0, idle=0.2)
    completed(outcome, events)
    assert outcome.answer == "on time"


async def test_connection_dropped_before_headers(server) -> None:
    server.script("/v3/chat", Scripted(drop=True))
    outcome, events = await run(server)
    error = failed(outcome, events, CozeStreamError)
    assert f"127.0.0.1:{server.port}" in str(error) and "broke" in str(error)


async def test_json_call_that_drips_forever_is_bounded(server) -> None:
    """httpx's read limit is per read; a JSON body dripping a byte every 0.1 s is still bounded as a whole."""
    body = json.dumps({"code": 0, "msg": "", "data": chat("in_progress")}).encode()
    dripping = drip(body, every=0.1)
    dripping.content_type = "application/json"
    server.script("/v3/chat", dripping)
    outcome, events = await run(server, stream=False)
    assert failed(outcome, events, CozeTimeoutError).seconds == RESPONSE


# ------------------------------------------------------------------------------------ error responses

async def test_gateway_html_page(server) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>nginx</body></html>"
    server.script("/v3/chat", Scripted(status=502, content_type="text/html", parts=[page.encode()]))
    outcome, events = await run(server)
    error = failed(outcome, events, CozeAPIError)
    assert error.http_status == 502 and "<" not in str(error)
    assert "web page instead of a Coze answer: 502 Bad Gateway" in str(error)
    assert "server-side problem" in error.hint and error.logid


async def test_server_error_json_envelope(server) -> None:
    server.script("/v3/chat", json_reply({"code": 5000, "msg": "internal error"}, status=500))
    outcome, events = await run(server)
    error = failed(outcome, events, CozeAPIError)
    assert (error.code, error.http_status) == (5000, 500) and error.logid


async def test_stream_request_answered_with_a_json_error(server) -> None:
    """HTTP 200 with an error envelope instead of an event stream (how Coze rejects a chat)."""
    server.script("/v3/chat", json_reply({"code": 4000, "msg": "invalid parameter: bot_id"}))
    outcome, events = await run(server)
    error = failed(outcome, events, CozeAPIError)
    assert (error.code, error.msg) == (4000, "invalid parameter: bot_id") and error.logid.startswith("demo")


async def test_stream_request_answered_with_json_that_is_no_error(server) -> None:
    server.script("/v3/chat", json_reply({"code": 0, "msg": "", "data": chat("created")}))
    outcome, events = await run(server)
    assert "Expected an event stream" in str(failed(outcome, events, CozeProtocolError))


async def test_stream_request_answered_with_plain_text(server) -> None:
    server.script("/v3/chat", Scripted(content_type="text/plain", parts=[b"hello from a captive portal"]))
    outcome, events = await run(server)
    assert "text/plain" in str(failed(outcome, events, CozeProtocolError))


async def test_rate_limited(server) -> None:
    server.script("/v3/chat", json_reply({"code": 4013, "msg": "Request too frequent"}, status=429))
    outcome, events = await run(server)
    error = failed(outcome, events, CozeAPIError)
    assert error.code == 4013 and "Wait a moment" in error.hint


# --------------------------------------------------------------------------------- stalls inside streams

async def test_stall_mid_answer_keeps_partial_and_cancels(server) -> None:
    server.script("/v3/chat", stalled([CREATED, ("conversation.message.delta", delta("半个"))]))
    outcome, events = await run(server)
    error = failed(outcome, events, CozeTimeoutError)
    assert str(error).startswith("Coze sent nothing for 0.3 s while answering.")
    assert outcome.answer == "半个" and events[-1].partial_answer == "半个"
    assert count(server, CANCEL) == 1
    assert error.hint.endswith("What arrived is kept.")  # the scripted chat is unknown to the cancel: no claim


async def test_idle_limit_applies_after_fast_headers(server) -> None:
    """The response limit (here 5 s) covers the headers only: the body's silence ends at the idle limit."""
    server.script("/v3/chat", stalled([CREATED]))
    outcome, events = await run(server, response=5.0, idle=0.2, guard=2.0)  # the guard fails it if not
    assert failed(outcome, events, CozeTimeoutError).seconds == 0.2


async def test_real_chat_stalling_is_cancelled_on_the_server() -> None:
    """The demo bot itself goes silent mid-answer: the chat ends up cancelled on the server, as the hint says."""
    async with DemoServer(delta_delay=1.0) as server:
        outcome, events = await run(server, "what can you do?")
        error = failed(outcome, events, CozeTimeoutError)
        assert outcome.answer  # the first delta arrived before the silence
        assert error.hint == ("Coze may be slow or unreachable right now; ask again to retry. "
                              "The chat was cancelled on Coze. What arrived is kept.")
        async with CozeClient(DEMO_TOKEN, server.base_url) as client:
            assert (await client.retrieve_chat(outcome.conversation_id, outcome.chat_id)).status == "canceled"


async def test_stall_before_the_first_event(server) -> None:
    server.script("/v3/chat", stalled([]))
    outcome, events = await run(server)
    failed(outcome, events, CozeTimeoutError)
    assert count(server, CANCEL) == 0


async def test_stall_in_the_continuation_after_submit(server) -> None:
    server.script("/v3/chat", sse(asks(("t1", "get_volume", {}))))
    server.script(SUBMIT, stalled([("conversation.chat.in_progress", chat("in_progress")),
                                   ("conversation.message.delta", delta("The volume is"))]))
    outcome, events = await run(server)
    failed(outcome, events, CozeTimeoutError)
    assert outcome.answer == "The volume is" and len(outcome.tool_results) == 1
    # The outputs were taken (the continuation began), so nothing is released again; the chat is cancelled.
    assert (count(server, SUBMIT), count(server, CANCEL)) == (1, 1)


async def test_submit_that_never_answers(server) -> None:
    """The continuation's headers never come: the calls are answered "stopped" (bounded) and the chat cancelled."""
    server.script("/v3/chat", sse(asks(("t1", "get_volume", {}))))
    server.script(SUBMIT, silent())
    outcome, events = await run(server)
    error = failed(outcome, events, CozeTimeoutError)
    assert error.seconds == RESPONSE
    release = [r for r in server.requests if r.path == SUBMIT][1]
    assert release.json["stream"] is False and "stopped" in release.json["tool_outputs"][0]["output"]
    assert count(server, CANCEL) == 1


async def test_completed_then_neither_done_nor_eof(server) -> None:
    """After chat.completed the turn is complete: a missing `done` costs at most the grace."""
    server.script("/v3/chat", stalled(answers("全部", "到了", first=True)[:-1]))
    outcome, events = await run(server)
    completed(outcome, events)
    assert outcome.answer == "全部到了"
    assert any(isinstance(e, StreamWarning) and "did not end the stream" in e.message for e in events)
    assert count(server, CANCEL) == 0


async def test_completed_then_cut(server) -> None:
    server.script("/v3/chat", sse(answers("ok", first=True), cut_after=4))  # everything but `done`
    outcome, events = await run(server)
    completed(outcome, events)
    assert outcome.answer == "ok"


async def test_events_after_done_are_ignored(server) -> None:
    server.script("/v3/chat", stalled([*answers("only this", first=True),
                                       ("conversation.message.delta", delta(" and not this"))]))
    outcome, events = await run(server)
    completed(outcome, events)
    assert outcome.answer == "only this"
    assert not any(isinstance(e, StreamWarning) for e in events)


async def test_follow_up_between_completed_and_done_still_counts(server) -> None:
    follow_up = {**delta("Play it again?", "f1"), "type": "follow_up"}
    server.script("/v3/chat", sse([*answers("done", first=True)[:-1],
                                   ("conversation.message.completed", follow_up), DONE]))
    outcome, events = await run(server)
    completed(outcome, events)
    assert outcome.follow_ups == ["Play it again?"] and FollowUpSuggested("Play it again?") in events


async def test_chat_failed_mid_stream_keeps_partial(server) -> None:
    failing = chat("failed", last_error={"code": 5001, "msg": "model overloaded"})
    server.script("/v3/chat", sse([CREATED, ("conversation.message.delta", delta("Half")),
                                   ("conversation.chat.failed", failing), DONE]))
    outcome, events = await run(server)
    error = failed(outcome, events, CozeChatFailed)
    assert (error.code, error.msg) == (5001, "model overloaded") and error.logid
    assert outcome.answer == "Half"
    assert count(server, CANCEL) == 0  # Coze ended the chat itself


async def test_error_event_mid_stream(server) -> None:
    server.script("/v3/chat", sse([CREATED, ("conversation.message.delta", delta("Hal")),
                                   ("error", {"code": 4000, "msg": "stream error"})]))
    outcome, events = await run(server)
    error = failed(outcome, events, CozeChatFailed)
    assert (error.code, error.msg, outcome.answer) == (4000, "stream error", "Hal")
    assert count(server, CANCEL) == 1  # what state the chat is in is unknown: cancel it, best effort


async def test_chat_canceled_by_someone_else(server) -> None:
    server.script("/v3/chat", sse([CREATED, ("conversation.chat.canceled", chat("canceled")), DONE]))
    outcome, events = await run(server)
    assert "cancelled on the server" in str(failed(outcome, events, CozeChatFailed))
    assert count(server, CANCEL) == 0


# ------------------------------------------------------------------------------------- cuts at each stage

async def test_cut_right_after_the_headers(server) -> None:
    server.script("/v3/chat", sse([], cut_after=0))
    outcome, events = await run(server)
    failed(outcome, events, CozeStreamError)
    assert count(server, CANCEL) == 0


async def test_cut_after_chat_created(server) -> None:
    server.script("/v3/chat", sse([CREATED], cut_after=1))
    outcome, events = await run(server)
    failed(outcome, events, CozeStreamError)
    assert count(server, CANCEL) == 1


async def test_cut_inside_an_event(server) -> None:
    half = frame("conversation.message.delta", delta(" and the rest"))[:30]
    server.script("/v3/chat", Scripted(parts=[frame(*CREATED), frame("conversation.message.delta", delta("Whole")),
                                              half], cut=True))
    outcome, events = await run(server)
    failed(outcome, events, CozeStreamError)
    assert outcome.answer == "Whole"  # the half event is dropped, not guessed at


async def test_clean_end_without_chat_completed(server) -> None:
    server.script("/v3/chat", sse([CREATED, ("conversation.message.delta", delta("Hm")), DONE]))
    outcome, events = await run(server)
    error = failed(outcome, events, CozeStreamError)
    assert error.msg == "The connection to Coze ended before the answer was finished." and error.logid
    assert outcome.answer == "Hm"


async def test_cut_after_requires_action_still_runs_the_tools(server) -> None:
    """requires_action is all the engine needs from that stream; a cut before its `done` changes nothing."""
    server.script("/v3/chat", sse(asks(("t1", "set_volume", {"volume": 20})), cut_after=2))
    server.script(SUBMIT, sse(answers("set to 20")))
    volume = VolumeModel(50)
    outcome, events = await run(server, registry=default_registry(volume))
    completed(outcome, events)
    assert volume.volume == 20 and outcome.answer == "set to 20"


async def test_cut_in_the_continuation(server) -> None:
    server.script("/v3/chat", sse(asks(("t1", "get_volume", {}))))
    server.script(SUBMIT, sse(answers("The volume", " is 50"), cut_after=2))
    outcome, events = await run(server)
    failed(outcome, events, CozeStreamError)
    assert outcome.answer == "The volume"
    assert count(server, CANCEL) == 1


# ---------------------------------------------------------------------------- slow but alive, big events

async def test_slow_drip_is_not_silence(server) -> None:
    """Heartbeats every 0.1 s for 1.2 s, idle limit 0.3 s: the idle limit is about silence, and there is no limit
    on a stream's total length (a long answer is legitimate). The user is told it is still waiting, though."""
    beats: list[bytes | float] = []
    for _ in range(12):
        beats += [b":\n", 0.1]
    server.script("/v3/chat", Scripted(parts=[frame(*CREATED), *beats,
                                              *(frame(*e) for e in answers("alive")[1:])]))
    outcome, events = await run(server, silence_notice=0.5)
    completed(outcome, events)
    assert outcome.answer == "alive"
    # Bytes kept arriving, but no event for 1.2 s: one notice (counted from the stream's first event, so that a
    # slow start on a busy machine does not add one).
    assert kinds_after(TurnStarted, events).count(StillWaiting) == 1


async def test_one_event_dripped_byte_by_byte(server) -> None:
    data = b"".join(frame(*e) for e in answers("一点一点", first=True))
    server.script("/v3/chat", drip(data, every=0.002, size=8))
    outcome, events = await run(server)
    completed(outcome, events)
    assert outcome.answer == "一点一点"


async def test_huge_single_sse_line(server) -> None:
    big = "长" * (2 * 1024 * 1024)  # 6 MiB of UTF-8 on one data line
    server.script("/v3/chat", sse([CREATED, ("conversation.message.delta", delta(big)),
                                   ("conversation.message.completed", delta(big)), COMPLETED, DONE]))
    outcome, events = await run(server, idle=2.0)
    completed(outcome, events)
    assert outcome.answer == big


# ------------------------------------------------------------------------------------------- StillWaiting

async def test_still_waiting_for_headers_then_failure(server) -> None:
    server.script("/v3/chat", silent())
    outcome, events = await run(server, response=0.7, silence_notice=0.2)
    failed(outcome, events, CozeTimeoutError)
    assert [type(e) for e in events] == [StillWaiting, TurnFailed]  # once per stretch, none after the end
    assert events[0].seconds == 0.2


async def test_still_waiting_once_per_stretch(server) -> None:
    head, *rest = answers("a", "b", first=True)
    server.script("/v3/chat", Scripted(parts=[frame(*head), 0.45, frame(*rest[0]), frame(*rest[1]), 0.45,
                                              *(frame(*e) for e in rest[2:])]))
    outcome, events = await run(server, idle=1.0, silence_notice=0.25)
    completed(outcome, events)
    kinds = kinds_after(TurnStarted, events)
    assert kinds.count(StillWaiting) == 2
    first = kinds.index(StillWaiting)
    assert kinds.index(AnswerDelta) == first + 1  # the silence ended with the answer resuming


async def test_no_still_waiting_while_a_local_tool_runs(server) -> None:
    async def slow(args: dict) -> str:
        await asyncio.sleep(1.0)
        return "{}"

    registry = PluginRegistry()
    registry.register(Plugin("slow", "", {}, slow))
    server.script("/v3/chat", sse(asks(("t1", "slow", {}))))
    server.script(SUBMIT, sse(answers("ok")))
    outcome, events = await run(server, registry=registry, silence_notice=0.2)
    completed(outcome, events)
    kinds = [type(e) for e in events]
    assert StillWaiting not in kinds[kinds.index(ToolCallStarted):kinds.index(ToolCallFinished)]


async def test_still_waiting_while_polling(server) -> None:
    server.script("/v3/chat", chat_json("in_progress"))
    server.script(RETRIEVE, *[chat_json("in_progress")] * 3, chat_json("completed"))
    server.script(MESSAGES, json_reply({"code": 0, "msg": "", "data": [delta("polled")]}))
    outcome, events = await run(server, stream=False, poll_interval=0.1, silence_notice=0.2)
    completed(outcome, events)
    assert outcome.answer == "polled" and StillWaiting in [type(e) for e in events]


# ---------------------------------------------------------------------------------------- cancel endpoint

async def test_cancel_endpoint_that_hangs_is_bounded(server) -> None:
    server.script("/v3/chat", stalled([CREATED, ("conversation.message.delta", delta("so far"))]))
    server.script(CANCEL, silent())
    outcome, events = await run(server)
    error = failed(outcome, events, CozeTimeoutError)
    assert count(server, CANCEL) == 1 and outcome.answer == "so far"
    assert "did not confirm cancelling" in error.hint and "busy" in error.hint


async def test_stop_while_the_cancel_endpoint_hangs(server) -> None:
    """The user stops a turn and Coze's cancel never answers: the stop still ends the turn, bounded."""
    server.script("/v3/chat", stalled([CREATED, ("conversation.message.delta", delta("so far"))]))
    server.script(CANCEL, silent())
    events = Recorder()
    async with CozeClient(DEMO_TOKEN, server.base_url, idle_timeout=30) as client:
        engine = ChatEngine(client, default_registry())
        engine.cancel_timeout = CLEANUP
        task = asyncio.create_task(engine.run_turn(TurnRequest(DEMO_BOT_ID, "u", "x"), events))
        await events.until(AnswerDelta)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            async with asyncio.timeout(5):
                await task
    assert events[-1] == TurnCancelled("so far")
    assert count(server, CANCEL) == 1


async def test_cancel_endpoint_that_refuses(server) -> None:
    server.script("/v3/chat", stalled([CREATED]))
    server.script(CANCEL, json_reply({"code": 4104, "msg": "chat cannot be canceled"}))
    outcome, events = await run(server)
    error = failed(outcome, events, CozeTimeoutError)
    assert "cancel" not in error.hint  # Coze says the chat is not running: nothing to warn about


# ------------------------------------------------------------------------------------------ tool rounds

@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "polled"])
async def test_tool_round_cap_runs_no_handler_past_it(server, stream: bool) -> None:
    rounds = engine_module.MAX_TOOL_ROUNDS
    runs: list[str] = []

    async def tick(args: dict) -> str:
        runs.append("tick")
        return '{"ok": true}'

    registry = PluginRegistry()
    registry.register(Plugin("tick", "", {}, tick))
    if stream:
        server.script("/v3/chat", sse(asks((f"c{0}", "tick", {}))))
        server.script(SUBMIT, *(sse(asks((f"c{i}", "tick", {}), first=False)) for i in range(1, rounds + 1)))
    else:
        server.script("/v3/chat", chat_json("in_progress"))
        server.script(RETRIEVE, *(chat_json("requires_action", calls=[(f"c{i}", "tick", {})])
                                  for i in range(rounds + 1)))
        server.script(SUBMIT, *[chat_json("in_progress")] * rounds)
    server.script(SUBMIT, chat_json("in_progress"))  # takes the "stopped" outputs
    server.script(CANCEL, chat_json("canceled"))
    outcome, events = await run(server, registry=registry, stream=stream, poll_interval=0.001)
    error = failed(outcome, events, CozeChatFailed)
    assert f"more than {rounds} times" in str(error)
    assert "cancelled on Coze" in error.hint
    assert len(runs) == rounds  # no handler past the cap
    assert [type(e) for e in events].count(ToolCallStarted) == rounds
    submits = [r.json for r in server.requests if r.path == SUBMIT]
    assert len(submits) == rounds + 1
    last = submits[-1]
    assert last["stream"] is False and [o["tool_call_id"] for o in last["tool_outputs"]] == [f"c{rounds}"]
    assert json.loads(last["tool_outputs"][0]["output"]) == {"error": "stopped: too many tool rounds in one turn"}
    assert [r.path for r in server.requests][-2:] == [SUBMIT, CANCEL]
    assert count(server, CANCEL) == 1


# ----------------------------------------------------------------------------------------------- polling

async def test_polled_chat_that_never_finishes(server) -> None:
    server.script("/v3/chat", chat_json("in_progress"))
    forever = chat_json("in_progress")
    forever.repeat = True
    server.script(RETRIEVE, forever)
    outcome, events = await run(server, stream=False, poll_interval=0.05, poll_deadline=0.6)
    error = failed(outcome, events, CozeTimeoutError)
    assert str(error).startswith("Coze did not finish the answer within 0.6 s (the chat was still 'in_progress').")
    # Pauses double (0.05, 0.1, 0.2, 0.4 …): a handful of retrieves, not one every 0.05 s.
    assert 2 <= count(server, RETRIEVE) <= 6
    assert count(server, CANCEL) == 1


async def test_retrieve_that_hangs_is_bounded_by_the_deadline(server) -> None:
    server.script("/v3/chat", chat_json("in_progress"))
    server.script(RETRIEVE, silent())
    outcome, events = await run(server, stream=False, response=5.0, poll_deadline=0.4)
    assert failed(outcome, events, CozeTimeoutError).seconds == 0.4


async def test_polled_submit_that_never_answers(server) -> None:
    server.script("/v3/chat", chat_json("in_progress"))
    server.script(RETRIEVE, chat_json("requires_action", calls=[("t1", "get_volume", {})]))
    server.script(SUBMIT, silent())
    outcome, events = await run(server, stream=False, poll_interval=0.01)
    assert failed(outcome, events, CozeTimeoutError).seconds == RESPONSE
    assert len(outcome.tool_results) == 1
    # The hung submit, then the bounded release with "stopped" outputs, then the cancel.
    assert [r.path for r in server.requests][-3:] == [SUBMIT, SUBMIT, CANCEL]


async def test_polled_create_gets_a_gateway_page(server) -> None:
    server.script("/v3/chat", Scripted(status=502, content_type="text/html",
                                       parts=[b"<html><body><h1>Bad Gateway</h1></body></html>"]))
    outcome, events = await run(server, stream=False)
    error = failed(outcome, events, CozeAPIError)
    assert error.http_status == 502 and "web page instead of a Coze answer: Bad Gateway" in str(error)


async def test_message_list_that_is_not_a_list(server) -> None:
    server.script("/v3/chat", chat_json("in_progress"))
    server.script(RETRIEVE, chat_json("completed"))
    server.script(MESSAGES, json_reply({"code": 0, "msg": "", "data": {"id": "m1", "content": "hi"}}))
    outcome, events = await run(server, stream=False, poll_interval=0.01)
    error = failed(outcome, events, CozeProtocolError)
    assert "not as a list" in str(error) and error.logid


async def test_message_list_without_an_answer(server) -> None:
    server.script("/v3/chat", chat_json("in_progress"))
    server.script(RETRIEVE, chat_json("completed"))
    question = {**delta("hi"), "role": "user", "type": "question"}
    server.script(MESSAGES, json_reply({"code": 0, "msg": "", "data": [question]}))
    outcome, events = await run(server, stream=False, poll_interval=0.01)
    assert "holds no answer" in str(failed(outcome, events, CozeProtocolError))
    assert count(server, CANCEL) == 0  # the chat is complete on the server


async def test_polled_chat_failed(server) -> None:
    server.script("/v3/chat", chat_json("in_progress"))
    server.script(RETRIEVE, chat_json("failed", last_error={"code": 5000, "msg": "bot crashed"}))
    outcome, events = await run(server, stream=False, poll_interval=0.01)
    error = failed(outcome, events, CozeChatFailed)
    assert (error.code, error.msg) == (5000, "bot crashed")


async def test_polled_retrieve_gets_a_gateway_page(server) -> None:
    server.script("/v3/chat", chat_json("in_progress"))
    server.script(RETRIEVE, Scripted(status=504, content_type="text/html",
                                     parts=[b"<html><title>504 Gateway Time-out</title></html>"]))
    outcome, events = await run(server, stream=False, poll_interval=0.01)
    error = failed(outcome, events, CozeAPIError)
    assert error.http_status == 504 and "504 Gateway Time-out" in str(error)
    assert count(server, CANCEL) == 1


# ------------------------------------------------------------------------------------------------ input

@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "polled"])
@pytest.mark.parametrize("text", ["", "   ", "\n\t ", "\u3000"], ids=["empty", "spaces", "newlines", "ideographic"])
async def test_empty_question_is_not_sent(server, text: str, stream: bool) -> None:
    outcome, events = await run(server, text, stream=stream)
    error = failed(outcome, events, CozeInputError)
    assert "empty" in str(error)
    assert server.requests == []


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "polled"])
async def test_lone_surrogate_is_rejected_not_crashing(server, stream: bool) -> None:
    outcome, events = await run(server, "播放\ud83d 晴天", stream=stream)
    error = failed(outcome, events, CozeInputError)
    assert "broken character at position 3" in str(error) and "kept" in error.hint
    assert server.requests == []


async def test_client_rejects_unencodable_text_anywhere(server, client) -> None:
    """Not only the question: a conversation name or a tool output with a lone surrogate is refused cleanly."""
    with pytest.raises(CozeInputError, match="broken character"):
        await client.create_conversation(bot_id=DEMO_BOT_ID, name="播放\udc00")
    with pytest.raises(CozeInputError, match="broken character"):
        client.stream_tool_outputs("1", "2", [ToolOutput("t1", "\ud800")])
    assert server.requests == []


async def test_tool_output_with_an_undecodable_file_name(server) -> None:
    """A music file whose name is not UTF-8 comes back from the file system with lone surrogates."""
    name = b"caf\xe9.mp3".decode("utf-8", "surrogateescape")

    async def listing(args: dict) -> str:
        return json.dumps({"songs": [name]}, ensure_ascii=False)

    registry = PluginRegistry()
    registry.register(Plugin("list_music", "", {}, listing))
    server.script("/v3/chat", sse(asks(("t1", "list_music", {}))))
    server.script(SUBMIT, sse(answers("one song")))
    outcome, events = await run(server, registry=registry)
    completed(outcome, events)
    [[output]] = [r.json["tool_outputs"] for r in server.requests if r.path == SUBMIT]
    assert json.loads(output["output"])["songs"][0].startswith("caf\ufffd")


async def test_a_valid_emoji_is_sent(server) -> None:
    outcome, events = await run(server, "hello 🎵")
    completed(outcome, events)
    assert server.requests[0].json["additional_messages"][0]["content"] == "hello 🎵"


class _BrokenAfter(httpx.AsyncBaseTransport):
    """A transport that works for ``n`` requests, then fails the way a library bug would (not an httpx error)."""

    def __init__(self, n: int) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._left = n

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._left -= 1
        if self._left < 0:
            raise ValueError("something inside went wrong")
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


async def test_unexpected_exception_becomes_a_failed_turn(server) -> None:
    """The first stream asks for a tool; the continuation hits a non-Coze exception: TurnFailed, not a crash."""
    server.script("/v3/chat", sse([CREATED, ("conversation.message.delta", delta("Checking. ")),
                                   *asks(("t1", "get_volume", {}))[1:]]))
    outcome, events = await run(server, transport=_BrokenAfter(1))
    error = failed(outcome, events, CozeClientError)
    assert "ValueError: something inside went wrong" in str(error) and "bug" in error.hint
    assert outcome.answer == "Checking. "


async def test_nothing_but_cancellation_escapes(server) -> None:
    """A request whose text is not even a string fails the turn cleanly."""
    events: list[TurnEvent] = []
    async with CozeClient(DEMO_TOKEN, server.base_url) as client:
        outcome = await ChatEngine(client, default_registry()).run_turn(
            TurnRequest(DEMO_BOT_ID, "u", None), events.append)  # type: ignore[arg-type]
    failed(outcome, events, CozeClientError)
    assert server.requests == []


# ------------------------------------------------------------------------------------------- the normal case

async def test_a_normal_turn_has_no_warnings_or_waits(server) -> None:
    outcome, events = await run(server, "音量调到30", silence_notice=2.0)
    completed(outcome, events)
    assert not any(isinstance(e, StillWaiting | StreamWarning) for e in events)
    assert AnswerCompleted in [type(e) for e in events]
