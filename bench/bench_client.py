"""Events per second: our Coze client (and the whole engine turn) against the official SDK ``cozepy``.

Run from the repository root::

    .venv/bin/python bench/bench_client.py                 # 20,000 deltas, 7 repetitions
    .venv/bin/python bench/bench_client.py --deltas 5000 --repeat 3
    .venv/bin/python bench/bench_client.py --profile       # also cProfile our client and engine: the hot spots

Every reader gets the same ``/v3/chat`` stream from the local Coze server (``coze_desktop.demo``) on
127.0.0.1: ``conversation.chat.created``/``in_progress``, N ``conversation.message.delta`` frames with realistic
one-line JSON, ``message.completed``, ``chat.completed`` and ``done``, written in ``--chunk`` byte pieces
(4 KiB by default). The server runs in a child process by default so that its own work is not charged to the
client under test (``--server inline`` runs it in the benchmark's event loop instead).

Measured, per repetition, in an order that rotates each repetition:

* ``ours/client``: ``async with client.stream_chat(...)`` + ``async for`` over every event;
* ``ours/typed``: the same, also reading each event's typed object (built on first read, so this is the cost
  for a reader that looks at every field);
* ``ours/engine``: ``ChatEngine.run_turn`` with a no-op observer (decoding + answer assembly + events);
* ``cozepy``: ``async for`` over ``AsyncCoze.chat.stream(...)``;
* ``floor``: bare ``httpx`` + ``httpx_sse.aconnect_sse`` + ``json.loads`` of each event's data, nothing else —
  the least any reader of this stream on this stack can cost, so ``ours/floor`` is our own overhead.

Times include the HTTP request. Only ratios inside one run mean anything on a shared machine. Targets (issue 16):
client ≤ 1.10× the floor, engine ≤ 1.25× the floor, client ≥ 2.2× faster than cozepy — the last one checked by
the medians, the minimums and the slowest repetition pair, so that "every run" means every run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import io
import json
import multiprocessing
import pstats
import statistics
import sys
import time
import warnings
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
from httpx_sse import aconnect_sse

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from coze_desktop.api import CozeClient, EnterMessage  # noqa: E402
from coze_desktop.chat import ChatEngine, TurnRequest  # noqa: E402
from coze_desktop.demo import DEMO_TOKEN, DemoServer, replay  # noqa: E402
from coze_desktop.plugins import PluginRegistry  # noqa: E402

BOT_ID = "7379462189365198898"
CONV_ID = "7381473525342978089"
CHAT_ID = "7382159487131697202"
MSG_ID = "7382159494123470858"
USER_ID = "bench-user"
# Targets of issue 16: time ratios to the floor (at most), speed ratio to cozepy (at least).
CLIENT_FLOOR_TARGET = 1.10
ENGINE_FLOOR_TARGET = 1.25
COZEPY_TARGET = 2.2

# The body our client sends for read_ours, so the floor's request costs the same.
FLOOR_BODY = {"bot_id": BOT_ID, "user_id": USER_ID, "stream": True, "auto_save_history": True,
              "additional_messages": [{"role": "user", "content": "hi", "content_type": "text"}]}

# Pieces of the size Coze streams (a token or two), CJK and English mixed.
PIECES = ["今天", "天气", "不错", "，", "适合", "出门", " the", " weather", " is", " nice", "。", "我们", "去",
          "公园", "散步", "吧", "！", " OK", "2024", " 年"]


def build_stream(deltas: int) -> tuple[bytes, int, str]:
    """The wire bytes, the number of SSE events in them, and the full answer text."""

    def dumps(obj: object) -> str:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))

    def chat(status: str, **extra: object) -> str:
        return dumps({"id": CHAT_ID, "conversation_id": CONV_ID, "bot_id": BOT_ID, "created_at": 1718792949,
                      "last_error": {"code": 0, "msg": ""}, "status": status, "section_id": CONV_ID, **extra})

    def message(content: str) -> str:
        return dumps({"id": MSG_ID, "conversation_id": CONV_ID, "bot_id": BOT_ID, "role": "assistant",
                      "type": "answer", "content": content, "content_type": "text", "chat_id": CHAT_ID,
                      "section_id": CONV_ID})

    texts = [PIECES[i % len(PIECES)] for i in range(deltas)]
    frames = [("conversation.chat.created", chat("created")), ("conversation.chat.in_progress", chat("in_progress"))]
    frames += [("conversation.message.delta", message(t)) for t in texts]
    answer = "".join(texts)
    frames += [
        ("conversation.message.completed", message(answer)),
        ("conversation.chat.completed", chat("completed", completed_at=1718792950,
                                              usage={"token_count": 633, "output_count": deltas, "input_count": 614})),
        ("done", '"[DONE]"'),
    ]
    raw = "".join(f"event:{name}\ndata:{data}\n\n" for name, data in frames).encode("utf-8")
    return raw, len(frames), answer


# ------------------------------------------------------------------------------------------- the server


async def _serve(raw: bytes, chunk: int, count: int, conn) -> None:  # conn: multiprocessing Connection
    async with DemoServer() as server:
        server.script("/v3/chat", *[replay(raw, chunk_size=chunk) for _ in range(count)])
        conn.send(server.base_url)
        await asyncio.get_running_loop().run_in_executor(None, conn.recv)  # until the parent says stop


def _server_process(raw: bytes, chunk: int, count: int, conn) -> None:
    asyncio.run(_serve(raw, chunk, count, conn))


# -------------------------------------------------------------------------------------------- readers


async def read_ours(client: CozeClient) -> int:
    n = 0
    async with client.stream_chat(bot_id=BOT_ID, user_id=USER_ID, messages=[EnterMessage("hi")]) as stream:
        async for _ in stream:
            n += 1
    return n


def _noop(_event: object) -> None:
    pass


async def read_typed(client: CozeClient) -> int:
    """``read_ours`` that also reads every event's typed object (Chat, Message or error): what a reader
    pays which looks at all fields, since the client builds them only on first read."""
    n = 0
    async with client.stream_chat(bot_id=BOT_ID, user_id=USER_ID, messages=[EnterMessage("hi")]) as stream:
        async for event in stream:
            if event.chat or event.message or event.error or event.is_done:
                n += 1
    return n


async def read_engine(engine: ChatEngine, answer: str) -> int:
    outcome = await engine.run_turn(TurnRequest(bot_id=BOT_ID, user_id=USER_ID, text="hi"), _noop)
    if outcome.status != "completed" or outcome.answer != answer:
        raise RuntimeError(f"engine turn went wrong: {outcome.status} {outcome.error}")
    return 1


async def read_floor(http: httpx.AsyncClient) -> int:
    """The floor: what httpx-sse and ``json.loads`` alone cost for the same request and stream."""
    n = 0
    async with aconnect_sse(http, "POST", "/v3/chat", json=FLOOR_BODY) as source:
        async for sse in source.aiter_sse():
            json.loads(sse.data)
            n += 1
    return n


async def read_cozepy(coze, message) -> int:
    n = 0
    async for _ in coze.chat.stream(bot_id=BOT_ID, user_id=USER_ID, additional_messages=[message]):
        n += 1
    return n


# ------------------------------------------------------------------------------------------------ run


def profile_ours(base_url: str, top: int, answer: str) -> str:
    """cProfile one client-level read and one engine turn; the top functions of each, by own time and by
    cumulative time."""

    async def client_read() -> None:
        async with CozeClient(DEMO_TOKEN, base_url) as client:
            await read_ours(client)

    async def engine_turn() -> None:
        async with CozeClient(DEMO_TOKEN, base_url) as client:
            await read_engine(ChatEngine(client, PluginRegistry()), answer)

    out = io.StringIO()
    for title, run in (("client-level read", client_read), ("engine turn", engine_turn)):
        profiler = cProfile.Profile()
        profiler.enable()
        asyncio.run(run())
        profiler.disable()
        print(f"==== cProfile of one {title}", file=out)
        stats = pstats.Stats(profiler, stream=out).strip_dirs()
        stats.sort_stats("tottime").print_stats(top)
        stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def import_cozepy():
    """cozepy, imported without authlib's deprecation warning (authlib forces it on with "always")."""
    with warnings.catch_warnings(), contextlib.redirect_stderr(io.StringIO()):
        warnings.simplefilter("ignore")
        import cozepy
    return cozepy


async def measure(base_url: str, repeat: int, answer: str, wire_events: int, stream_slice: float | None
                  ) -> dict[str, list[float]]:
    cozepy = import_cozepy()
    AsyncCoze, AsyncHTTPClient, AsyncTokenAuth, Message = (
        cozepy.AsyncCoze, cozepy.AsyncHTTPClient, cozepy.AsyncTokenAuth, cozepy.Message)

    http = AsyncHTTPClient()
    coze = AsyncCoze(auth=AsyncTokenAuth(DEMO_TOKEN), base_url=base_url, http_client=http)
    question = Message.build_user_question_text("hi")
    ours = CozeClient(DEMO_TOKEN, base_url)
    engine = ChatEngine(CozeClient(DEMO_TOKEN, base_url), PluginRegistry())
    if stream_slice is not None:
        ours.stream_slice = engine.client.stream_slice = stream_slice
    bare = httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {DEMO_TOKEN}"})
    # Each reader reports how many events it yielded: ours and the floor every frame, cozepy every frame but `done`.
    runs: dict[str, tuple[Callable[[], Awaitable[int]], int]] = {
        "floor": (lambda: read_floor(bare), wire_events),
        "ours/client": (lambda: read_ours(ours), wire_events),
        "ours/typed": (lambda: read_typed(ours), wire_events),
        "ours/engine": (lambda: read_engine(engine, answer), 1),
        "cozepy": (lambda: read_cozepy(coze, question), wire_events - 1),
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    names = list(runs)
    try:
        for rep in range(repeat + 1):  # repetition 0 warms up connections and caches; not recorded
            order = names[rep % len(names):] + names[: rep % len(names)]
            for name in order:
                run, expected = runs[name]
                started = time.perf_counter()
                got = await run()
                elapsed = time.perf_counter() - started
                if got != expected:
                    raise RuntimeError(f"{name} yielded {got} events, expected {expected}")
                if rep:
                    times[name].append(elapsed)
    finally:
        await ours.aclose()
        await engine.client.aclose()
        await http.aclose()
        await bare.aclose()
    return times


def report(times: dict[str, list[float]], wire_events: int) -> None:
    """The table, then each target of issue 16 beside the figure measured in this run."""
    medians = {name: statistics.median(t) for name, t in times.items()}
    best = {name: min(t) for name, t in times.items()}
    print()
    print(f"{'reader':<14}{'median s':>10}{'min s':>10}{'max s':>10}{'events/s':>13}{'vs floor':>10}{'vs cozepy':>11}")
    for name, t in times.items():
        print(f"{name:<14}{medians[name]:>10.3f}{min(t):>10.3f}{max(t):>10.3f}"
              f"{wire_events / medians[name]:>13,.0f}{medians[name] / medians['floor']:>9.2f}x"
              f"{medians['cozepy'] / medians[name]:>10.2f}x")
    # Repetition k of every reader ran back to back, so its pair is the fairest single comparison; the worst
    # pair is what "in every run" has to hold for.
    pairs = [c / o for c, o in zip(times["cozepy"], times["ours/client"], strict=True)]
    checks = [
        ("client / floor (time, medians)", medians["ours/client"] / medians["floor"], "<=", CLIENT_FLOOR_TARGET),
        ("engine / floor (time, medians)", medians["ours/engine"] / medians["floor"], "<=", ENGINE_FLOOR_TARGET),
        ("cozepy / client (medians)", medians["cozepy"] / medians["ours/client"], ">=", COZEPY_TARGET),
        ("cozepy / client (minimums)", best["cozepy"] / best["ours/client"], ">=", COZEPY_TARGET),
        ("cozepy / client (worst repetition)", min(pairs), ">=", COZEPY_TARGET),
    ]
    print()
    for label, value, op, target in checks:
        met = value <= target if op == "<=" else value >= target
        print(f"{label:<36}{value:>6.2f}x   target {op} {target:.2f}x  {'met' if met else 'NOT met'}")
    print(f"(also by minimums: client/floor {best['ours/client'] / best['floor']:.2f}x, "
          f"engine/floor {best['ours/engine'] / best['floor']:.2f}x)")
    noisy = [name for name, t in times.items() if max(t) > 1.3 * min(t)]
    if noisy:
        print(f"warning: noisy run (max > 1.3 x min for {', '.join(noisy)}); the machine was busy, run again")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--deltas", type=int, default=20_000, help="conversation.message.delta events (20000)")
    parser.add_argument("--repeat", type=int, default=7, help="measured repetitions of each reader (7)")
    parser.add_argument("--chunk", type=int, default=4096, help="bytes per HTTP chunk the server writes (4096)")
    parser.add_argument("--server", choices=("process", "inline"), default="process",
                        help="run the local server in a child process (default) or in this event loop")
    parser.add_argument("--slice", type=float, default=None,
                        help="seconds a stream hands out events before it yields to the loop (the client's "
                             "default, 0.005); 'inf' never yields, to measure what the yielding costs")
    parser.add_argument("--profile", action="store_true",
                        help="also cProfile one client-level read and one engine turn of ours")
    parser.add_argument("--top", type=int, default=25, help="functions to list with --profile (25)")
    args = parser.parse_args(argv)

    raw, wire_events, answer = build_stream(args.deltas)
    requests = 5 * (args.repeat + 1) + (2 if args.profile else 0)
    print(f"stream: {args.deltas} deltas, {wire_events} events, {len(raw) / 1e6:.2f} MB, "
          f"{args.chunk}-byte chunks, server {args.server}; {args.repeat} repetitions (+1 warm-up)")

    if args.server == "process":
        parent, child = multiprocessing.Pipe()
        proc = multiprocessing.get_context("spawn").Process(
            target=_server_process, args=(raw, args.chunk, requests, child), daemon=True)
        proc.start()
        try:
            base_url = parent.recv()
            times = asyncio.run(measure(base_url, args.repeat, answer, wire_events, args.slice))
            profile = profile_ours(base_url, args.top, answer) if args.profile else ""
        finally:
            parent.send("stop")
            proc.join(10)
    else:
        async def inline() -> dict[str, list[float]]:
            async with DemoServer() as server:
                server.script("/v3/chat", *[replay(raw, chunk_size=args.chunk) for _ in range(requests)])
                return await measure(server.base_url, args.repeat, answer, wire_events, args.slice)

        times = asyncio.run(inline())
        profile = ""
        if args.profile:
            print("--profile needs --server process (the inline server would be profiled too)")

    report(times, wire_events)
    if profile:
        print()
        print(profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
