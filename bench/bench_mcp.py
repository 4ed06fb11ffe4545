"""MCP bridge overhead per call: our full path vs the bare SDK session vs the tool's own time.

Run by hand: `.venv/bin/python bench/bench_mcp.py [--rounds 200] [--ms 1] [--transport stdio|http]`. Two copies of
the test toolbox server (tests/mcp_servers/toolbox.py, the official SDK's MCPServer) run as child processes: one
behind our McpBridge, one behind a bare ``ClientSession`` from the same SDK. Calls alternate between the two, so
both see the same machine. The tool busy-waits ``--ms`` and reports its own time from inside the server.

Ours: ``PluginRegistry.run("toolbox__work", '{"ms": …}')`` — JSON parsing, the schema check, the bridge, the
SDK round trip, turning the result into the output string (no approver: the user's thinking time is not ours).
Bare: ``session.call_tool("work", {"ms": …})``. Overhead = wall time minus the tool's own time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from contextlib import AsyncExitStack
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from coze_desktop.plugins.mcp_bridge import McpBridge  # noqa: E402
from coze_desktop.plugins.mcp_config import McpServerConfig  # noqa: E402
from coze_desktop.plugins.registry import PluginRegistry  # noqa: E402
from tests.mcp_servers import Record, start_http_toolbox  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def line(label: str, values: list[float]) -> str:
    return (f"{label:<44} median {statistics.median(values):6.3f}  p95 {percentile(values, 0.95):6.3f}  "
            f"min {min(values):6.3f}  max {max(values):7.3f} ms")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--ms", type=float, default=1.0, help="the tool's own time per call")
    parser.add_argument("--transport", choices=("stdio", "http"), default="stdio")
    args = parser.parse_args()

    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client
    from mcp.client.streamable_http import streamable_http_client

    record = Record(Path("/dev/null"))
    servers = []
    async with AsyncExitStack() as stack:
        if args.transport == "stdio":
            ours = McpServerConfig(name="toolbox", command=sys.executable,
                                   args=("-m", "tests.mcp_servers.toolbox"), cwd=str(REPO))
            params = StdioServerParameters(command=sys.executable, args=["-m", "tests.mcp_servers.toolbox"],
                                           cwd=str(REPO))
            devnull = stack.enter_context(open(os.devnull, "w"))  # noqa: ASYNC230, SIM115 (before anything runs)
            read, write = await stack.enter_async_context(stdio_client(params, errlog=devnull))
        else:
            servers = [start_http_toolbox(record), start_http_toolbox(record)]
            stack.callback(lambda: [s.stop() for s in servers])
            ours = McpServerConfig(name="toolbox", url=servers[0].url)
            read, write = await stack.enter_async_context(streamable_http_client(servers[1].url))
        session = await stack.enter_async_context(ClientSession(read, write))
        await session.initialize()

        bridge = McpBridge([ours], call_timeout=30)
        registry = PluginRegistry()
        bridge.register_into(registry)
        stack.push_async_callback(bridge.aclose)
        await bridge.start()

        arguments = json.dumps({"ms": args.ms})
        ours_total, ours_over, bare_total, bare_over, own = [], [], [], [], []
        for i in range(args.rounds + 20):  # the first 20 of each warm up (imports, caches) and are not counted
            started = time.perf_counter()
            result = await registry.run("toolbox__work", arguments)
            ours_ms = (time.perf_counter() - started) * 1000
            assert result.ok, result.error
            ours_own = json.loads(result.output)["own_ms"]
            started = time.perf_counter()
            bare = await session.call_tool("work", {"ms": args.ms})
            bare_ms = (time.perf_counter() - started) * 1000
            bare_own = json.loads(bare.content[0].text)["own_ms"]
            if i >= 20:
                ours_total.append(ours_ms)
                ours_over.append(ours_ms - ours_own)
                bare_total.append(bare_ms)
                bare_over.append(bare_ms - bare_own)
                own.append(ours_own)

    print(f"{args.rounds} calls of a tool busy for {args.ms:g} ms, over {args.transport}, Python "
          f"{sys.version.split()[0]}")
    print(line("tool's own time (measured in the server)", own))
    print(line("ours: registry.run → bridge → output, wall", ours_total))
    print(line("ours: overhead (wall − own time)", ours_over))
    print(line("bare SDK call_tool, wall", bare_total))
    print(line("bare SDK: overhead (wall − own time)", bare_over))
    extra = [a - b for a, b in zip(ours_over, bare_over, strict=True)]
    print(line("ours over the bare SDK (paired difference)", extra))


if __name__ == "__main__":
    asyncio.run(main())
