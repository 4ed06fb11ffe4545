"""Local-plugin overhead: from requires_action arriving to the submit request leaving, minus the handler's time.

Run by hand: `python bench/bench_tool_latency.py [--rounds 200]`. The local Coze server runs in a child
process (so its work is not counted); the client's transport is wrapped to timestamp the bytes that carry
`conversation.chat.requires_action` and the moment the submit_tool_outputs request is handed to the network.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coze_desktop.api import CozeClient
from coze_desktop.chat import ChatEngine, TurnRequest
from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN
from coze_desktop.plugins import Plugin, PluginRegistry, default_registry


class Stamps:
    def __init__(self) -> None:
        self.action_arrived = 0.0
        self.submit_sent = 0.0
        self.handler = 0.0


class _TimedStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, stamps: Stamps) -> None:
        self._inner, self._stamps = inner, stamps

    async def __aiter__(self):
        async for chunk in self._inner:
            if b"conversation.chat.requires_action" in chunk:
                self._stamps.action_arrived = time.perf_counter()
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


class TimedTransport(httpx.AsyncBaseTransport):
    """The real HTTP transport, with timestamps at the two ends of the interval we measure."""

    def __init__(self, stamps: Stamps) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._stamps = stamps

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v3/chat/submit_tool_outputs":
            self._stamps.submit_sent = time.perf_counter()
        response = await self._inner.handle_async_request(request)
        response.stream = _TimedStream(response.stream, self._stamps)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def timed_registry(stamps: Stamps) -> PluginRegistry:
    """The built-in plugins, each handler timed on its own: parsing and checking the arguments is overhead."""
    registry = PluginRegistry()
    for plugin in default_registry():

        async def handler(args: dict, inner=plugin.handler) -> str:
            started = time.perf_counter()
            try:
                return await inner(args)
            finally:
                stamps.handler += time.perf_counter() - started

        registry.register(Plugin(plugin.name, plugin.description, plugin.parameters, handler, plugin.acts))
    return registry


async def measure(base_url: str, rounds: int) -> list[float]:
    stamps = Stamps()
    overheads = []
    async with CozeClient(DEMO_TOKEN, base_url, transport=TimedTransport(stamps)) as client:
        engine = ChatEngine(client, timed_registry(stamps))
        for _ in range(rounds + 10):
            stamps.handler = 0.0
            outcome = await engine.run_turn(TurnRequest(DEMO_BOT_ID, "bench", "音量调到30"), lambda event: None)
            assert outcome.status == "completed", outcome.error
            overheads.append(stamps.submit_sent - stamps.action_arrived - stamps.handler)
    return overheads[10:]  # the first rounds warm up imports, connections and caches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    server = subprocess.Popen([sys.executable, "-m", "coze_desktop.demo", "--port", "0"], stdout=subprocess.PIPE,
                              stdin=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[1])
    try:
        port = int(server.stdout.readline().split()[1])  # the readiness handshake: "PORT <n>"
        overheads = asyncio.run(measure(f"http://127.0.0.1:{port}", args.rounds))
    finally:
        server.stdin.close()
        server.wait(10)
    ms = sorted(o * 1000 for o in overheads)
    print(f"requires_action → submit leaving the client, minus the handler, {len(ms)} round trips (ms)")
    print(f"median {statistics.median(ms):.3f}   p90 {ms[int(len(ms) * 0.9)]:.3f}   "
          f"min {ms[0]:.3f}   max {ms[-1]:.3f}   target: median ≤ 5 ms")


if __name__ == "__main__":
    main()
