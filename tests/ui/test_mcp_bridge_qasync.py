"""The MCP bridge on the app's own qasync loop (anyio's task groups and the SDK's subprocesses included): a call,
a hang bounded by the time limit, a crash and its restart, and no process left after aclose."""

from __future__ import annotations

import asyncio
import json
import os
import time
from pathlib import Path

from coze_desktop.plugins.mcp_bridge import McpBridge, ServerState
from coze_desktop.plugins.registry import PluginRegistry
from coze_desktop.ui.event_loop import EventLoop

from ..mcp_servers import Record, stdio_config


async def test_the_bridge_on_the_qasync_loop(tmp_path: Path) -> None:
    assert isinstance(asyncio.get_running_loop(), EventLoop)  # the app's loop, not asyncio's own
    record = Record(tmp_path / "calls.jsonl")
    bridge = McpBridge([stdio_config(record)], call_timeout=1.0)
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        said = await registry.run("toolbox__say", json.dumps({"text": "qasync"}))
        hung = await registry.run("toolbox__sleep", json.dumps({"seconds": 30}))
        crashed = await registry.run("toolbox__crash", "{}")
        deadline = time.monotonic() + 15
        while bridge.status()[0].state is not ServerState.RUNNING or bridge.status()[0].restarts != 1:
            assert time.monotonic() < deadline, bridge.status()
            await asyncio.sleep(0.05)
        back = await registry.run("toolbox__say", json.dumps({"text": "back"}))
        pid = record.calls()[-1]["pid"]
    finally:
        await bridge.aclose()
    assert said.output == "you said: qasync"
    assert "did not finish within 1 s" in hung.error
    assert "stopped during the call" in crashed.error
    assert back.output == "you said: back"
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        pass
    else:
        raise AssertionError(f"the server process {pid} is still there after aclose")
