"""The MCP bridge against real MCP servers (the SDK's own server, tests/mcp_servers/toolbox.py) over stdio and
streamable HTTP on 127.0.0.1: listing, calls through the registry, outputs, faults, stopping."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from coze_desktop.plugins.approval import ApprovalRequest, Reason
from coze_desktop.plugins.mcp_bridge import MAX_OUTPUT_BYTES, McpBridge, ServerState, ServerStatus
from coze_desktop.plugins.mcp_config import McpServerConfig
from coze_desktop.plugins.registry import PluginRegistry

from .mcp_servers import Record, fixtures, start_http_toolbox, stdio_config

# The toolbox over stdio and over streamable HTTP (config runs each test once per transport).
record, http_server, config = fixtures.record, fixtures.http_server, fixtures.config


@pytest.fixture
async def bridge(config: McpServerConfig) -> AsyncIterator[McpBridge]:
    bridge = McpBridge([config], call_timeout=10)
    try:
        await bridge.start()
        yield bridge
    finally:
        await bridge.aclose()


@pytest.fixture
def registry(bridge: McpBridge) -> PluginRegistry:
    registry = PluginRegistry()
    bridge.register_into(registry)
    return registry


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is dead for our purpose, but nobody reaped it: say so by treating it as alive.
    return True


async def until(condition, within: float = 15.0) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)


# ------------------------------------------------------------------------------------------------ listing


async def test_tools_are_listed_as_plugins_with_source_schema_and_hint(bridge: McpBridge,
                                                                        registry: PluginRegistry) -> None:
    [status] = bridge.status()
    assert status.state is ServerState.RUNNING and status.error == ""
    names = {plugin.name for plugin in status.tools}
    assert {"toolbox__say", "toolbox__add", "toolbox__sleep", "toolbox__image"} <= names
    say = registry.resolve("toolbox__say")
    assert say is not None and say.source == "mcp:toolbox"
    assert say.read_only_hint is True and say.description == "Say the text back."
    assert say.parameters["properties"]["text"]["type"] == "string" and say.parameters["required"] == ["text"]
    add = registry.resolve("toolbox__add")
    assert add is not None and add.read_only_hint is False
    assert {p.name for p in registry.by_source("mcp:toolbox")} == names
    # Approval: an MCP tool is EXTERNAL, read-only hint or not.
    assert ApprovalRequest.build("toolbox__say", say, {"text": "x"}).reason is Reason.EXTERNAL


async def test_a_call_runs_the_tool_and_returns_its_text(registry: PluginRegistry, record: Record) -> None:
    result = await registry.run("toolbox__say", json.dumps({"text": "你好"}))
    assert result.ok, result.error
    assert result.output == "you said: 你好"
    assert record.calls()[-1]["arguments"] == {"text": "你好"}


async def test_arguments_breaking_the_schema_never_reach_the_server(registry: PluginRegistry,
                                                                    record: Record) -> None:
    result = await registry.run("toolbox__add", json.dumps({"a": "one", "b": 2}))
    assert not result.ok and "a must be an integer" in result.error
    result = await registry.run("toolbox__add", json.dumps({"a": 1}))
    assert not result.ok and "b is required" in result.error
    assert "add" not in record.tools()


async def test_is_error_becomes_an_error_output(registry: PluginRegistry) -> None:
    result = await registry.run("toolbox__fail", json.dumps({"reason": "disk full"}))
    assert not result.ok
    assert json.loads(result.output) == {"error": "it broke: disk full"}


async def test_a_one_megabyte_result_is_cut_to_the_stated_limit(registry: PluginRegistry) -> None:
    size = 1024 * 1024
    result = await registry.run("toolbox__big", json.dumps({"size": size}))
    assert result.ok, result.error
    assert len(result.output.encode()) <= MAX_OUTPUT_BYTES
    assert result.output.startswith("xxxx")
    assert f"the tool returned {size:,} bytes of text" in result.output


async def test_structured_content_is_passed_on_when_there_is_no_text(registry: PluginRegistry) -> None:
    result = await registry.run("toolbox__structured", "{}")
    assert json.loads(result.output) == {"structured": {"temperature": 21.5, "unit": "C"}}


async def test_embedded_resources_and_links_become_their_text_or_uri(registry: PluginRegistry) -> None:
    result = await registry.run("toolbox__resources", "{}")
    assert json.loads(result.output) == {"resources": [
        {"uri": "file:///notes.txt", "text": "the notes"},
        {"uri": "file:///report.pdf", "name": "report.pdf"}]}


@pytest.mark.parametrize("upload_works", [True, False])
async def test_an_image_is_uploaded_and_referenced_by_file_id_else_described(
        config: McpServerConfig, upload_works: bool) -> None:
    uploaded: list[tuple[bytes, str, str]] = []

    async def upload(data: bytes, name: str, mime: str) -> str:
        uploaded.append((data, name, mime))
        if not upload_works:
            raise PermissionError("this account may not upload files")
        return "file_7421"

    bridge = McpBridge([config], upload=upload)
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        result = await registry.run("toolbox__image", json.dumps({"width": 3, "height": 2}))
    finally:
        await bridge.aclose()
    body = json.loads(result.output)
    assert body["text"] == "here is the picture"
    [image] = body["images"]
    [(data, name, mime)] = uploaded
    assert data.startswith(b"\x89PNG") and mime == "image/png" and name == "toolbox-image-1.png"
    assert f"{len(data):,} bytes, 3×2 pixels" in image["description"]
    if upload_works:
        assert image["file_id"] == "file_7421"
    else:
        assert "file_id" not in image and "this account may not upload files" in image["description"]


async def test_an_image_without_an_uploader_is_described(registry: PluginRegistry) -> None:
    result = await registry.run("toolbox__image", json.dumps({"width": 4, "height": 5}))
    [image] = json.loads(result.output)["images"]
    assert image["description"].startswith("an image (image/png, ") and "4×5 pixels" in image["description"]


# ------------------------------------------------------------------------------------------------- faults


async def test_a_hanging_tool_is_bounded_by_the_plugin_time_limit(config: McpServerConfig, record: Record) -> None:
    bridge = McpBridge([config], call_timeout=1.0)
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        started = time.monotonic()
        slow = asyncio.ensure_future(registry.run("toolbox__sleep", json.dumps({"seconds": 60})))
        await until(lambda: "sleep" in record.tools())
        # Another call on the same session meanwhile is not held up, and is not cancelled with the slow one.
        quick = await registry.run("toolbox__say", json.dumps({"text": "meanwhile"}))
        result = await slow
        elapsed = time.monotonic() - started
        after = await registry.run("toolbox__say", json.dumps({"text": "after"}))
        # The server was told (notifications/cancelled) and stopped working on it, while still running.
        await until(lambda: "sleep cancelled" in record.tools())
    finally:
        await bridge.aclose()
    assert quick.output == "you said: meanwhile"
    assert not result.ok and "did not finish within 1 s" in result.error
    assert elapsed < 5
    assert after.ok and after.output == "you said: after"  # the session survived the cancelled call


async def test_a_server_that_crashes_mid_call_is_restarted_and_the_next_call_works(
        record: Record, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="coze_desktop.mcp")
    bridge = McpBridge([stdio_config(record)], call_timeout=10)
    registry = PluginRegistry()
    bridge.register_into(registry)
    states: list[ServerState] = []
    bridge.subscribe(lambda status: states.append(status[0].state))
    try:
        await bridge.start()
        first_pid = record.calls()[-1]["pid"] if record.calls() else None
        crashed = await registry.run("toolbox__crash", "{}")
        assert not crashed.ok and "stopped during the call" in crashed.error
        await until(lambda: bridge.status()[0].state is ServerState.RUNNING and bridge.status()[0].restarts == 1)
        after = await registry.run("toolbox__say", json.dumps({"text": "back"}))
    finally:
        await bridge.aclose()
    assert after.ok and after.output == "you said: back"
    pids = {call["pid"] for call in record.calls()}
    assert len(pids) == 2 and first_pid is None  # the call after the crash ran in a new process
    assert ServerState.RESTARTING in states
    assert "restarting in 1 s (attempt 1 of 5)" in caplog.text
    assert "toolbox: crashing on purpose" in caplog.text  # the server's stderr reached the log


async def test_a_server_that_keeps_crashing_ends_failed_after_backoff(record: Record,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from coze_desktop.plugins import mcp_bridge

    monkeypatch.setattr(mcp_bridge, "BACKOFF_CAP", 0.2)  # 1, 2, 4… s would make this test take half a minute
    monkeypatch.setattr(mcp_bridge, "MAX_RESTARTS", 2)
    bridge = McpBridge([stdio_config(record)], call_timeout=10)
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        for crashes in range(3):  # the third crash in a row is one more than MAX_RESTARTS allows
            await until(lambda n=crashes: bridge.status()[0].state is ServerState.RUNNING
                        and bridge.status()[0].restarts == n)
            await registry.run("toolbox__crash", "{}")
        await until(lambda: bridge.status()[0].state is ServerState.FAILED)
        [status] = bridge.status()
    finally:
        await bridge.aclose()
    assert status.restarts == 2
    assert "stopped trying after 2 restarts in a row" in status.error
    assert "toolbox: crashing on purpose" in status.error  # the last stderr line says why


async def test_a_server_that_cannot_start_is_failed_with_the_reason(tmp_path: Path) -> None:
    missing = McpServerConfig(name="ghost", command=str(tmp_path / "no-such-program"))
    exits = McpServerConfig(name="quitter", command="sh", args=("-c", "echo 'cannot open the database' >&2; exit 4"))
    nowhere = McpServerConfig(name="nowhere", command="sh", cwd=str(tmp_path / "gone"))
    bridge = McpBridge([missing, exits, nowhere], start_timeout=10)
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        statuses = {s.name: s for s in bridge.status()}
        result = await registry.run("ghost__anything", "{}")
    finally:
        await bridge.aclose()
    assert statuses["ghost"].state is ServerState.FAILED and "was not found" in statuses["ghost"].error
    assert statuses["quitter"].state is ServerState.FAILED
    assert statuses["quitter"].error == "it exited at start (cannot open the database)"
    assert statuses["nowhere"].error == f"its working folder {str(tmp_path / 'gone')!r} does not exist"
    assert not result.ok and "unknown tool" in result.error  # a server that never listed tools offers none


async def test_aclose_stops_the_server_process(record: Record) -> None:
    bridge = McpBridge([stdio_config(record)])
    registry = PluginRegistry()
    bridge.register_into(registry)
    await bridge.start()
    await registry.run("toolbox__say", json.dumps({"text": "pid?"}))
    pid = record.calls()[-1]["pid"]
    assert pid_alive(pid)
    started = time.monotonic()
    await bridge.aclose()
    assert time.monotonic() - started < 10
    assert not pid_alive(pid)
    assert registry.by_source("mcp:") == []
    assert bridge.status()[0].state is ServerState.STOPPED


async def test_a_call_to_a_stopped_server_starts_it(record: Record) -> None:
    bridge = McpBridge([stdio_config(record)])
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        plugin = registry.resolve("toolbox__say")
        assert plugin is not None
        await bridge._stop(bridge._servers["toolbox"])  # as after an idle stop: the tools stay known
        assert bridge.status()[0].state is ServerState.STOPPED
        output = await plugin.handler({"text": "wake up"})
    finally:
        await bridge.aclose()
    assert output == "you said: wake up"


async def test_env_reaches_the_server_and_status_observers_see_each_state(record: Record) -> None:
    seen: list[list[ServerStatus]] = []
    bridge = McpBridge([stdio_config(record, TOOLBOX_SECRET="s3cr3t-value-for-the-server")])
    bridge.subscribe(seen.append)
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        result = await registry.run("toolbox__getenv", json.dumps({"name": "TOOLBOX_SECRET"}))
    finally:
        await bridge.aclose()
    assert result.output == "s3cr3t-value-for-the-server"
    states = [status[0].state for status in seen]
    assert states[0] is ServerState.STARTING and ServerState.RUNNING in states and states[-1] is ServerState.STOPPED


async def test_set_servers_starts_new_stops_removed_and_keeps_the_registry_in_step(record: Record) -> None:
    one, two = stdio_config(record, name="one"), stdio_config(record, name="two")
    bridge = McpBridge([one])
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        assert registry.resolve("one__say") is not None
        await bridge.set_servers([two])
        assert registry.resolve("one__say") is None and registry.resolve("two__say") is not None
        assert [s.name for s in bridge.status()] == ["two"] and bridge.status()[0].state is ServerState.RUNNING
        result = await registry.run("two__say", json.dumps({"text": "hi"}))
    finally:
        await bridge.aclose()
    assert result.output == "you said: hi"


async def test_an_http_server_that_dies_mid_call_is_reconnected_once_it_is_back(record: Record) -> None:
    first = start_http_toolbox(record)
    port = int(first.url.split(":")[2].split("/")[0])
    bridge = McpBridge([McpServerConfig(name="toolbox", url=first.url)], call_timeout=3)
    registry = PluginRegistry()
    bridge.register_into(registry)
    second = None
    try:
        await bridge.start()
        crashed = await registry.run("toolbox__crash", "{}")
        assert not crashed.ok and "stopped during the call" in crashed.error
        first.process.wait(5)
        # Nobody listens: the call waits for the reconnection, within its time limit, and says why it gave up.
        down = await registry.run("toolbox__say", json.dumps({"text": "anyone?"}))
        assert not down.ok and "was not ready in time" in down.error and "ConnectError" in down.error
        assert bridge.status()[0].state is ServerState.RESTARTING
        second = start_http_toolbox(record, port)
        await until(lambda: bridge.status()[0].state is ServerState.RUNNING, within=20)
        back = await registry.run("toolbox__say", json.dumps({"text": "back"}))
    finally:
        await bridge.aclose()
        first.stop()
        if second is not None:
            second.stop()
    assert back.ok and back.output == "you said: back"
    assert len({call["pid"] for call in record.calls()}) == 2


async def test_a_server_that_ignores_stdin_close_and_sigterm_is_killed_within_the_bound(record: Record) -> None:
    bridge = McpBridge([stdio_config(record, MCP_TOOLBOX_STUBBORN="1")])
    registry = PluginRegistry()
    bridge.register_into(registry)
    await bridge.start()
    await registry.run("toolbox__say", json.dumps({"text": "pid?"}))
    pid = record.calls()[-1]["pid"]
    started = time.monotonic()
    await bridge.aclose()
    elapsed = time.monotonic() - started
    assert not pid_alive(pid)
    assert 3 < elapsed < 8  # stdin closed, 2 s; SIGTERM (ignored), 2 s; SIGKILL


async def test_a_line_that_is_not_json_rpc_does_not_break_the_session(record: Record) -> None:
    bridge = McpBridge([stdio_config(record, MCP_TOOLBOX_GARBAGE="1")])
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        result = await registry.run("toolbox__say", json.dumps({"text": "still here"}))
    finally:
        await bridge.aclose()
    assert bridge.status()[0].error == ""
    assert result.output == "you said: still here"


async def test_hostile_tool_declarations_are_refused_or_made_safe(tmp_path: Path, record: Record) -> None:
    """A server's tools/list is input like any other: a schema nested 40 deep is not offered (our checker
    recurses); a name with characters Coze does not take is mapped; two names mapping to one stay apart."""
    script = tmp_path / "hostile.py"
    script.write_text(
        "from mcp.server.mcpserver import MCPServer\n"
        "server = MCPServer('hostile')\n"
        "@server.tool(name='get.file')\n"
        "def a(path: str) -> str:\n    return 'dot ' + path\n"
        "@server.tool(name='get-file')\n"
        "def b(path: str) -> str:\n    return 'dash ' + path\n"
        "@server.tool(name='deep')\n"
        "def c() -> str:\n    return 'deep'\n"
        "deep = {'type': 'string'}\n"
        "for _ in range(20):\n    deep = {'type': 'object', 'properties': {'x': deep}}\n"
        "server._tool_manager.get_tool('deep').parameters = {'type': 'object', 'properties': {'x': deep}}\n"
        "server.run()\n", encoding="utf-8")
    bridge = McpBridge([McpServerConfig(name="hostile", command=sys.executable, args=(str(script),))])
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        names = sorted(p.name for p in bridge.plugins())
        dot = await registry.run("hostile__get_file", json.dumps({"path": "/tmp"}))
    finally:
        await bridge.aclose()
    assert bridge.status()[0].error == ""
    assert len(names) == 2 and "hostile__get_file" in names and not any("deep" in n for n in names)
    other = next(n for n in names if n != "hostile__get_file")
    assert other.startswith("hostile__get_file_") and len(other) <= 64
    assert dot.output == "dot /tmp"


async def test_a_changed_tool_list_reaches_the_registry(record: Record) -> None:
    bridge = McpBridge([stdio_config(record)])
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        assert registry.resolve("toolbox__extra") is None
        grown = await registry.run("toolbox__grow", "{}")
        await until(lambda: registry.resolve("toolbox__extra") is not None)
        extra = await registry.run("toolbox__extra", "{}")
    finally:
        await bridge.aclose()
    assert grown.output == "grown" and extra.output == "extra here"


async def test_restart_and_turning_a_server_off(record: Record) -> None:
    config = stdio_config(record)
    bridge = McpBridge([config])
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        await registry.run("toolbox__say", json.dumps({"text": "one"}))
        await bridge.restart("toolbox")
        assert bridge.status()[0].state is ServerState.RUNNING
        await registry.run("toolbox__say", json.dumps({"text": "two"}))
        first, second = (call["pid"] for call in record.calls())
        assert first != second and not pid_alive(first)
        off = McpServerConfig(name=config.name, command=config.command, args=config.args, env=config.env,
                              cwd=config.cwd, enabled=False)
        await bridge.set_servers([off])
        [status] = bridge.status()
        assert status.state is ServerState.STOPPED and status.tools == () and registry.by_source("mcp:") == []
        assert not pid_alive(second)
        assert "turned off" in await bridge.call("toolbox", "say", {"text": "three"})
        with pytest.raises(KeyError):
            await bridge.restart("nobody")
    finally:
        await bridge.aclose()


async def test_env_values_the_server_prints_are_redacted_in_the_app_log(record: Record, app_home: Path) -> None:
    from coze_desktop.logs import setup_logging

    secret = "sk-live-0123456789abcdef"
    root = logging.getLogger()
    level = root.level
    path = setup_logging()
    try:
        bridge = McpBridge([stdio_config(record, TOOLBOX_API_KEY=secret)])
        registry = PluginRegistry()
        bridge.register_into(registry)
        try:
            await bridge.start()
            await registry.run("toolbox__complain", json.dumps({"text": "my key is " + secret}))
            await until(lambda: path is not None and "my key is" in path.read_text(encoding="utf-8"))
        finally:
            await bridge.aclose()
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_coze_desktop", False)]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    assert path is not None
    text = path.read_text(encoding="utf-8")
    assert "coze_desktop.mcp.toolbox: stderr: my key is <redacted>" in text
    assert secret not in text


async def test_a_server_that_never_answers_the_handshake_fails_in_bounded_time(tmp_path: Path) -> None:
    pidfile = tmp_path / "pid"
    mute = McpServerConfig(name="mute", command="sh", args=("-c", f"echo $$ > {pidfile}; exec sleep 60"))
    bridge = McpBridge([mute], start_timeout=1.0)
    started = time.monotonic()
    try:
        await bridge.start()
        elapsed = time.monotonic() - started
        [status] = bridge.status()
    finally:
        await bridge.aclose()
    assert status.state is ServerState.FAILED and status.error == "it did not answer in time"
    assert elapsed < 6  # 1 s to answer, then stdin closed, 2 s, SIGTERM
    assert not pid_alive(int(pidfile.read_text()))


async def test_schema_keywords_our_checker_lacks_are_checked_before_anyone_is_asked(
        config: McpServerConfig, record: Record) -> None:
    """pydantic's Optional[str] (anyOf of two types) becomes a type list our checker takes; ``pattern``, which it
    does not know, is checked with jsonschema before approval: the server never sees the bad value."""
    bridge = McpBridge([config])
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        await check_greet(registry, record)
    finally:
        await bridge.aclose()


async def check_greet(registry: PluginRegistry, record: Record) -> None:
    greet = registry.resolve("toolbox__greet")
    assert greet is not None and greet.parameters["properties"]["name"]["type"] == ["string", "null"]
    assert (await registry.run("toolbox__greet", json.dumps({"name": None}))).output == "hello everyone (AA-000)"
    wrong_type = await registry.run("toolbox__greet", json.dumps({"name": 5}))
    assert not wrong_type.ok and "name must be a string or a null" in wrong_type.error
    asked: list[str] = []

    async def approve(plugin, args) -> None:  # type: ignore[no-untyped-def]
        asked.append(plugin.name)

    bad_code = await registry.run("toolbox__greet", json.dumps({"code": "nope"}), approve)
    assert not bad_code.ok and asked == []
    assert bad_code.error == "toolbox__greet was not run: invalid arguments: code: 'nope' does not match " \
                             "'^[A-Z]{2}-[0-9]{3}$'"
    assert [c["arguments"] for c in record.calls() if c["tool"] == "greet"] == [{"name": None, "code": "AA-000"}]


async def test_long_outputs_are_cut_on_a_character_boundary_and_stay_valid_json() -> None:
    """The cutting itself, on results built with the SDK's own types: Chinese text (3 bytes a character), and
    a long text beside an image and a resource, where the output is JSON and must stay parseable."""
    from mcp.types import CallToolResult, EmbeddedResource, ImageContent, TextContent, TextResourceContents

    from coze_desktop.plugins.mcp_bridge import _Server

    bridge = McpBridge([])
    server = _Server(McpServerConfig(name="t", command="x"))
    chinese = await bridge._output(server, "t", CallToolResult(content=[TextContent(text="晴" * 400_000)]))
    assert len(chinese.encode()) <= MAX_OUTPUT_BYTES and chinese.startswith("晴晴")
    assert "the tool returned 1,200,000 bytes of text" in chinese
    mixed = await bridge._output(server, "t", CallToolResult(content=[
        TextContent(text='"quoted" \\ ' * 100_000),
        ImageContent(data="aGVsbG8=", mime_type="image/png"),
        EmbeddedResource(resource=TextResourceContents(uri="file:///a", text="r" * 100_000))]))
    assert len(mixed.encode()) <= MAX_OUTPUT_BYTES
    body = json.loads(mixed)
    assert body["text"].startswith('"quoted" \\ ') and "cut by Coze Desktop" in body["text"]
    assert body["images"] == [{"description": "an image (image/png, 5 bytes)"}]
    assert len(body["resources"][0]["text"]) < 2100
    error = await bridge._output(server, "t", CallToolResult(content=[], is_error=True))
    assert json.loads(error) == {"error": "the tool reported an error without saying why"}


async def test_a_flood_on_stderr_is_logged_in_part_and_counted(record: Record,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    from coze_desktop.plugins.mcp_bridge import STDERR_BURST

    caplog.set_level(logging.INFO, logger="coze_desktop.mcp")
    bridge = McpBridge([stdio_config(record)])
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        result = await registry.run("toolbox__complain", json.dumps({"text": "noise", "times": 20_000}))
        await until(lambda: caplog.text.count("stderr: noise") >= STDERR_BURST - 1)
    finally:
        await bridge.aclose()
    assert result.output == "done"
    logged = caplog.text.count("stderr: noise")
    assert logged <= STDERR_BURST
    dropped = [r.getMessage() for r in caplog.records if "more lines were not logged" in r.getMessage()]
    assert dropped and sum(int(m.split("(")[1].split()[0]) for m in dropped) + logged >= 20_000


async def test_many_calls_at_once_share_one_session(registry: PluginRegistry, record: Record) -> None:
    results = await asyncio.gather(*(registry.run("toolbox__add", json.dumps({"a": i, "b": i})) for i in range(30)))
    assert [r.output for r in results] == [str(2 * i) for i in range(30)]
    assert len(record.calls()) == 30 and len({call["pid"] for call in record.calls()}) == 1


async def test_quitting_while_a_server_is_still_connecting_is_quick_and_leaves_no_process(tmp_path: Path) -> None:
    pidfile = tmp_path / "pid"
    mute = McpServerConfig(name="mute", command="sh", args=("-c", f"echo $$ > {pidfile}; exec sleep 60"))
    bridge = McpBridge([mute], start_timeout=30)
    starting = asyncio.ensure_future(bridge.start())
    await until(lambda: pidfile.exists() and pidfile.read_text().strip() != "")
    assert bridge.status()[0].state is ServerState.STARTING
    started = time.monotonic()
    await bridge.aclose()
    elapsed = time.monotonic() - started
    await asyncio.wait_for(starting, 5)  # start() returns too, without raising
    assert elapsed < 6  # not the 30 s handshake limit: stdin closed, 2 s, SIGTERM
    assert not pid_alive(int(pidfile.read_text()))
    assert bridge.status()[0].state is ServerState.STOPPED


async def test_a_schema_that_cannot_be_compiled_is_left_to_the_server_and_logged(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    script = tmp_path / "odd.py"
    script.write_text(
        "from mcp.server.mcpserver import MCPServer\n"
        "server = MCPServer('odd')\n"
        "@server.tool(name='look')\n"
        "def look(where: str) -> str:\n    return 'looked at ' + where\n"
        "server._tool_manager.get_tool('look').parameters = {'type': 'object', 'properties': {'where': "
        "{'type': 'string', 'pattern': '(unclosed'}}}\n"
        "server.run()\n", encoding="utf-8")
    caplog.set_level(logging.INFO, logger="coze_desktop.mcp")
    bridge = McpBridge([McpServerConfig(name="odd", command=sys.executable, args=(str(script),))])
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        result = await registry.run("odd__look", json.dumps({"where": "here"}))
    finally:
        await bridge.aclose()
    assert "tool 'look': its schema (pattern) cannot be checked here" in caplog.text
    assert result.output == "looked at here"  # the server's own check is what is left, and it takes this


async def test_two_servers_whose_tools_would_share_names_do_not_both_start(record: Record) -> None:
    bridge = McpBridge([stdio_config(record, name="my-box"), stdio_config(record, name="my_box")])
    registry = PluginRegistry()
    bridge.register_into(registry)
    try:
        await bridge.start()
        first, second = bridge.status()
    finally:
        await bridge.aclose()
    assert first.state is ServerState.RUNNING and second.state is ServerState.FAILED
    assert second.error == "its tools would be named like those of MCP server 'my-box' (my_box__…): rename one of them"
