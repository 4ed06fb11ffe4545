"""A fast answer stream shares the event loop: other coroutines run between its events (issue 16, point 4).

The local Coze server writes thousands of deltas as ONE chunk, so every network read the client makes holds
hundreds of complete events. A ticker coroutine on the same loop notes how many events the reader had received
each time it runs; the longest run of events without a tick is what a window would feel as a freeze. The clock
the stream consults is injected (``client.clock``) and advanced only by the reader, by 1 ms per event, as if each
delta took 1 ms to draw: the run lengths are then exact, whatever the machine's speed.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from itertools import pairwise

import httpx
import pytest

from coze_desktop.api import CozeClient
from coze_desktop.chat import AnswerDelta, ChatEngine, TurnEvent, TurnRequest
from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN, DemoServer, replay
from coze_desktop.plugins import PluginRegistry

pytestmark = pytest.mark.asyncio

CONV, CHAT, MID = "7400000000000000001", "7400000000000000002", "7400000000000000003"
PIECES = ["今天", "天气", " the", " weather", "不错", "。", " OK", "🎵"]
DELTAS = 2000  # ~0.5 MB: at httpx's 64 KiB per read, about 230 events per read
WORK = 0.001  # what the reader "spends" on each event, on the injected clock
SLICE = 0.005  # the stream's slice in these tests: five events' worth of work


def dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def one_chunk_stream(deltas: int = DELTAS) -> tuple[bytes, int, str]:
    """A whole ``/v3/chat`` answer as bytes, its number of events and the answer text."""
    chat = {"id": CHAT, "conversation_id": CONV, "bot_id": DEMO_BOT_ID, "last_error": {"code": 0, "msg": ""}}
    texts = [PIECES[i % len(PIECES)] for i in range(deltas)]
    answer = "".join(texts)

    def message(content: str) -> str:
        return dumps({"id": MID, "conversation_id": CONV, "chat_id": CHAT, "role": "assistant", "type": "answer",
                      "content": content, "content_type": "text"})

    frames = [("conversation.chat.created", dumps({**chat, "status": "created"}))]
    frames += [("conversation.message.delta", message(t)) for t in texts]
    frames += [("conversation.message.completed", message(answer)),
               ("conversation.chat.completed", dumps({**chat, "status": "completed"})),
               ("done", '"[DONE]"')]
    raw = "".join(f"event:{name}\ndata:{data}\n\n" for name, data in frames).encode()
    return raw, len(frames), answer


class Clock:
    """The stream's clock in these tests: time passes only when the reader says it worked."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Ticker:
    """Another coroutine on the loop: at each of its turns it notes how far the reader had got."""

    def __init__(self, progress: Callable[[], int]) -> None:
        self._progress = progress
        self.seen: list[int] = []
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            self.seen.append(self._progress())
            await asyncio.sleep(0)

    async def stop(self) -> None:
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)

    def longest_run(self, total: int) -> int:
        """The most events handed out between two turns of the ticker (or before the first / after the last)."""
        marks = [0, *self.seen, total]
        return max(b - a for a, b in pairwise(marks))


def served(server: DemoServer, raw: bytes) -> None:
    server.script("/v3/chat", replay(raw))  # no chunk size: the whole answer is written as one chunk


def tuned(client: CozeClient, clock: Callable[[], float] = time.perf_counter) -> CozeClient:
    client.clock = clock
    client.stream_slice = SLICE
    return client


async def read_all(client: CozeClient, events: list, work: Callable[[], None]) -> None:
    """Read one stream into ``events``, doing ``work`` after each event."""
    async with client.stream_chat(bot_id=DEMO_BOT_ID, user_id="u", messages=[]) as stream:
        async for event in stream:
            events.append(event)
            work()


async def test_slow_reader_lets_the_loop_run_every_slice(server: DemoServer, client: CozeClient) -> None:
    """A reader spending 1 ms per event gets at most a slice's worth of events (5, or 6 when float rounding
    leaves the clock a hair short of the slice) between two turns of another coroutine; before the fix it got a
    whole read's (~300)."""
    raw, count, answer = one_chunk_stream()
    served(server, raw)
    clock = Clock()
    tuned(client, clock)
    events: list = []

    def work() -> None:
        clock.now += WORK

    ticker = Ticker(lambda: len(events))
    try:
        await read_all(client, events, work)
    finally:
        await ticker.stop()

    # Nothing lost or reordered by the pauses.
    assert len(events) == count
    assert "".join(e.message.content for e in events if e.event == "conversation.message.delta") == answer
    assert events[-1].is_done
    run = round(SLICE / WORK) + 1
    assert ticker.longest_run(count) <= run
    # So the ticker ran all along, not just at a few spots: at least once per run's worth of events.
    assert len(ticker.seen) >= count // run


async def test_fast_reader_is_not_interrupted_by_count(server: DemoServer, client: CozeClient) -> None:
    """The pause is by time, not by a count of events: a reader whose events take no time (a frozen clock) is
    not paused between them, and gets whole reads at once."""
    raw, count, _ = one_chunk_stream()
    served(server, raw)
    tuned(client, Clock())
    events: list = []
    ticker = Ticker(lambda: len(events))
    try:
        await read_all(client, events, lambda: None)
    finally:
        await ticker.stop()
    assert len(events) == count
    assert ticker.longest_run(count) > 10 * round(SLICE / WORK)


async def test_real_clock_bounds_a_blocking_reader(server: DemoServer, client: CozeClient) -> None:
    """With the real clock: a reader blocking the loop at least 1 ms per event (time.sleep) still lets the loop
    run every few events. A slower machine only shortens the runs, so the bound cannot flake."""
    raw, count, _ = one_chunk_stream(600)
    served(server, raw)
    tuned(client)
    events: list = []
    ticker = Ticker(lambda: len(events))

    def block() -> None:
        time.sleep(WORK)  # a stand-in for drawing the delta: it holds the loop

    try:
        await read_all(client, events, block)
    finally:
        await ticker.stop()
    assert len(events) == count
    assert ticker.longest_run(count) <= round(SLICE / WORK) + 1


async def test_transport_that_never_yields_still_pauses() -> None:
    """A transport whose reads never pass through the loop (in memory, one event per read): the stream itself
    still pauses once per slice. Before, such a stream held the loop from its first event to its last."""
    raw, count, _ = one_chunk_stream(300)
    frames = [frame + b"\n\n" for frame in raw.split(b"\n\n") if frame]

    class InMemory(httpx.AsyncByteStream):
        async def __aiter__(self):  # never awaits anything: no read lets the loop run
            for piece in frames:
                yield piece

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=InMemory())

    clock = Clock()
    events: list = []

    def work() -> None:
        clock.now += WORK

    async with CozeClient(DEMO_TOKEN, "http://127.0.0.1:9", transport=httpx.MockTransport(answer)) as client:
        tuned(client, clock)
        ticker = Ticker(lambda: len(events))
        try:
            await read_all(client, events, work)
        finally:
            await ticker.stop()
    assert len(events) == count
    assert ticker.longest_run(count) <= round(SLICE / WORK) + 1


async def test_engine_turn_lets_the_loop_run_while_its_observer_works(server: DemoServer,
                                                                      client: CozeClient) -> None:
    """The same through a whole engine turn, the path the window uses: the observer's 1 ms per answer delta
    is paid inside the slice, and another coroutine runs every few deltas."""
    raw, _, answer = one_chunk_stream()
    served(server, raw)
    clock = Clock()
    tuned(client, clock)
    deltas: list[str] = []

    def observer(event: TurnEvent) -> None:
        if isinstance(event, AnswerDelta):
            deltas.append(event.text)
            clock.now += WORK

    ticker = Ticker(lambda: len(deltas))
    try:
        outcome = await ChatEngine(client, PluginRegistry()).run_turn(TurnRequest(DEMO_BOT_ID, "u", "hi"), observer)
    finally:
        await ticker.stop()
    assert outcome.status == "completed"
    assert "".join(deltas) == outcome.answer == answer
    assert ticker.longest_run(len(deltas)) <= round(SLICE / WORK) + 1
