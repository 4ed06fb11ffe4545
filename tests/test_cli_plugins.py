"""``coze-desktop plugins list|call`` and ``--mcp-config``, as a user runs them: real processes, real MCP servers
(the toolbox of tests/mcp_servers over stdio and over streamable HTTP on 127.0.0.1)."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coze_desktop.settings import Settings, load_settings, save_settings, settings_path

from .test_cli import ROOT, cli_env, run_cli

TOOLBOX = ["-m", "tests.mcp_servers.toolbox"]


def write_config(path: Path, servers: dict[str, object]) -> Path:
    path.write_text(json.dumps({"mcpServers": servers}), encoding="utf-8")
    return path


def stdio_server(record: Path | None = None, **env: str) -> dict[str, object]:
    """The toolbox run by the bridge over stdio (cwd: the repository, so ``-m tests…`` imports)."""
    extra = {"MCP_TOOLBOX_RECORD": str(record)} if record else {}
    return {"command": sys.executable, "args": TOOLBOX, "cwd": str(ROOT), "env": {**extra, **env}}


def recorded(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


@pytest.fixture
def http_toolbox(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The toolbox serving streamable HTTP on 127.0.0.1: (its URL, the file its calls are recorded in)."""
    record = tmp_path / "http-calls.jsonl"
    process = subprocess.Popen([sys.executable, *TOOLBOX, "http"], cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True,
                               env={**os.environ, "MCP_TOOLBOX_RECORD": str(record), "PYTHONPATH": str(ROOT)})
    try:
        line = process.stdout.readline()
        assert line.startswith("PORT "), line
        yield f"http://127.0.0.1:{int(line.split()[1])}/mcp", record
    finally:
        process.terminate()
        process.wait(10)


def listing(home: Path, *args: str) -> tuple[int, dict[str, object], str]:
    result = run_cli(home, "plugins", "list", "--json", *args)
    return result.returncode, json.loads(result.stdout), result.stderr


def test_list_shows_the_built_ins_with_schema_source_kind_and_approval(app_home: Path) -> None:
    settings = Settings()
    settings.approvals = {"set_volume": "deny", "play_music@music.example.com": "always"}
    save_settings(settings)
    code, body, err = listing(app_home)
    assert code == 0, err
    plugins = {p["name"]: p for p in body["plugins"]}
    assert {"set_volume", "get_volume", "play_music", "list_music"} <= set(plugins)
    volume = plugins["set_volume"]
    assert volume["source"] == "built-in" and volume["kind"] == "acts"
    assert volume["parameters"]["type"] == "object"
    assert volume["parameters"]["properties"]["volume"]["type"] == "integer"
    assert volume["approval"] == "denied"  # the remembered rule
    assert plugins["get_volume"]["approval"] == "runs"
    assert plugins["play_music"]["approval"] == "asks-for-network"
    assert plugins["play_music"]["host_rules"] == {"music.example.com": "always"}
    assert body["servers"] == []


def test_list_in_words(app_home: Path) -> None:
    result = run_cli(app_home, "plugins", "list")
    assert result.returncode == 0, result.stderr
    assert "set_volume  [built-in, acts; runs without asking]" in result.stdout
    assert '"maximum": 100' in result.stdout  # the schema, one line per plugin


def test_list_in_words_names_the_servers(app_home: Path, tmp_path: Path) -> None:
    config = write_config(tmp_path / "mcp.json", {"toolbox": stdio_server()})
    result = run_cli(app_home, "plugins", "list", "--mcp-config", str(config))
    assert result.returncode == 0, result.stderr
    assert "toolbox__say  [mcp:toolbox, external, the server says it only reads; asks before every call]" \
        in result.stdout
    assert result.stdout.splitlines()[-1].startswith("MCP server toolbox (stdio): running, ")


def test_list_with_a_stdio_server_from_a_file(app_home: Path, tmp_path: Path) -> None:
    config = write_config(tmp_path / "mcp.json", {"toolbox": stdio_server()})
    code, body, err = listing(app_home, "--mcp-config", str(config))
    assert code == 0, err
    plugins = {p["name"]: p for p in body["plugins"]}
    say = plugins["toolbox__say"]
    assert say["source"] == "mcp:toolbox" and say["kind"] == "external"
    assert say["read_only_hint"] is True and plugins["toolbox__add"]["read_only_hint"] is False
    assert say["approval"] == "asks"  # a tool from outside asks by default, read-only or not
    assert say["parameters"]["properties"]["text"]["type"] == "string"
    assert "text" in say["parameters"]["required"]
    assert "set_volume" in plugins  # the built-ins are still there
    (server,) = body["servers"]
    assert server["name"] == "toolbox" and server["state"] == "running" and server["transport"] == "stdio"
    assert "toolbox__say" in server["tools"]


def test_nothing_of_the_file_is_saved(app_home: Path, tmp_path: Path) -> None:
    config = write_config(tmp_path / "mcp.json", {"toolbox": stdio_server()})
    save_settings(Settings())
    before = settings_path().read_text(encoding="utf-8")
    code, _body, err = listing(app_home, "--mcp-config", str(config))
    assert code == 0, err
    assert settings_path().read_text(encoding="utf-8") == before
    assert load_settings().mcp_servers == []


def test_call_over_streamable_http(app_home: Path, tmp_path: Path, http_toolbox: tuple[str, Path]) -> None:
    url, record = http_toolbox
    config = write_config(tmp_path / "mcp.json", {"web": {"url": url}})
    code, body, err = listing(app_home, "--mcp-config", str(config))
    assert code == 0, err
    assert body["servers"][0]["transport"] == "http" and body["servers"][0]["state"] == "running"
    result = run_cli(app_home, "plugins", "call", "web__add", '{"a": 2, "b": 3}', "--yes", "--mcp-config", str(config))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "5"
    assert "allowed once (--yes)" in result.stderr and "mcp:web" in result.stderr
    assert recorded(record)[-1] == {"tool": "add", "arguments": {"a": 2, "b": 3}, "pid": recorded(record)[-1]["pid"]}


def test_call_over_stdio_needs_an_answer(app_home: Path, tmp_path: Path) -> None:
    record = tmp_path / "calls.jsonl"
    config = write_config(tmp_path / "mcp.json", {"toolbox": stdio_server(record)})
    # No terminal to ask on and no --yes: declined, and the server never sees the call.
    result = run_cli(app_home, "plugins", "call", "toolbox__say", '{"text": "hi"}', "--mcp-config", str(config))
    assert result.returncode == 1
    assert "the server says this tool only reads" in result.stderr
    assert "pass --yes" in result.stderr
    assert json.loads(result.stdout) == {"error": "the user declined to run toolbox__say"}
    assert recorded(record) == []
    result = run_cli(app_home, "plugins", "call", "toolbox__say", '{"text": "hi"}', "--yes",
                     "--mcp-config", str(config))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "you said: hi"
    assert [c["tool"] for c in recorded(record)] == ["say"]


def test_a_remembered_always_runs_without_asking_and_deny_wins_over_yes(app_home: Path, tmp_path: Path) -> None:
    record = tmp_path / "calls.jsonl"
    config = write_config(tmp_path / "mcp.json", {"toolbox": stdio_server(record)})
    settings = Settings()
    settings.approvals = {"toolbox__say": "always", "toolbox__add": "deny"}
    save_settings(settings)
    result = run_cli(app_home, "plugins", "call", "toolbox__say", '{"text": "x"}', "--mcp-config", str(config))
    assert result.returncode == 0, result.stderr
    assert "needs your approval" not in result.stderr
    result = run_cli(app_home, "plugins", "call", "toolbox__add", '{"a": 1, "b": 1}', "--yes",
                     "--mcp-config", str(config))
    assert result.returncode == 1
    assert "declined" in result.stdout
    assert [c["tool"] for c in recorded(record)] == ["say"]


def test_call_asks_on_a_terminal(app_home: Path, tmp_path: Path) -> None:
    """stdin a real terminal (a pty): the question is asked, and "y" runs the call once."""
    record = tmp_path / "calls.jsonl"
    config = write_config(tmp_path / "mcp.json", {"toolbox": stdio_server(record)})
    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "coze_desktop", "plugins", "call", "toolbox__add",
                                '{"a": 20, "b": 22}', "--mcp-config", str(config)],
                               stdin=terminal, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=cli_env(app_home), cwd=ROOT)
    os.close(terminal)
    try:
        seen, deadline = b"", time.monotonic() + 30
        err = process.stderr
        assert err is not None
        while b"[y/N]" not in seen and time.monotonic() < deadline:
            if select.select([err], [], [], 0.5)[0]:
                seen += os.read(err.fileno(), 4096)
        assert b"[y/N]" in seen, seen
        assert "it runs a tool from mcp:toolbox" in seen.decode()
        os.write(controller, b"y\n")
        out, _ = process.communicate(timeout=30)
    finally:
        os.close(controller)
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert out.decode().strip() == "42"
    assert [c["tool"] for c in recorded(record)] == ["add"]


def test_call_a_built_in(app_home: Path) -> None:
    result = run_cli(app_home, "plugins", "call", "get_volume")
    assert result.returncode == 0, result.stderr
    assert "volume" in json.loads(result.stdout)


# ------------------------------------------------------------------------------------------------- faults


def test_a_config_file_that_is_not_json(app_home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "mcp.json"
    bad.write_text("{mcpServers: nope", encoding="utf-8")
    for command in (["plugins", "list"], ["plugins", "call", "get_volume"], ["ask", "--demo", "hi"]):
        result = run_cli(app_home, *command, "--mcp-config", str(bad))
        assert result.returncode == 2, (command, result.stderr)
        assert "is not valid JSON" in result.stderr and "line 1" in result.stderr
        assert result.stdout == ""


def test_a_config_file_that_is_missing_or_wrong(app_home: Path, tmp_path: Path) -> None:
    result = run_cli(app_home, "plugins", "list", "--mcp-config", str(tmp_path / "absent.json"))
    assert result.returncode == 2 and "no such file" in result.stderr
    wrong = write_config(tmp_path / "wrong.json", {"x": {"command": "a", "url": "http://127.0.0.1:1/mcp"}})
    result = run_cli(app_home, "plugins", "list", "--mcp-config", str(wrong))
    assert result.returncode == 2 and "both \"command\" and \"url\"" in result.stderr


def test_a_server_that_cannot_start(app_home: Path, tmp_path: Path) -> None:
    config = write_config(tmp_path / "mcp.json", {
        "ghost": {"command": str(tmp_path / "no-such-program")},
        "toolbox": stdio_server(),
    })
    started = time.monotonic()
    code, body, err = listing(app_home, "--mcp-config", str(config))
    assert time.monotonic() - started < 50
    assert code == 1  # listed anyway, but the run says something is missing
    assert "MCP server ghost failed" in err
    states = {s["name"]: s for s in body["servers"]}
    assert states["ghost"]["state"] == "failed" and states["ghost"]["error"]
    assert states["toolbox"]["state"] == "running"
    assert any(p["name"] == "toolbox__say" for p in body["plugins"])


def test_an_unknown_plugin_name(app_home: Path) -> None:
    result = run_cli(app_home, "plugins", "call", "launch_rocket", "{}")
    assert result.returncode == 2
    assert "no plugin named 'launch_rocket'" in result.stderr and "set_volume" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(("arguments", "message"), [
    ('{"volume": 30', "not valid JSON"),
    ("[30]", "must be a JSON object, not list"),
    ("30", "must be a JSON object, not int"),
])
def test_bad_json_arguments(app_home: Path, arguments: str, message: str) -> None:
    result = run_cli(app_home, "plugins", "call", "set_volume", arguments)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_arguments_that_break_the_schema_never_reach_the_server(app_home: Path, tmp_path: Path) -> None:
    record = tmp_path / "calls.jsonl"
    config = write_config(tmp_path / "mcp.json", {"toolbox": stdio_server(record)})
    result = run_cli(app_home, "plugins", "call", "toolbox__add", '{"a": "two", "b": 3}', "--yes",
                     "--mcp-config", str(config))
    assert result.returncode == 1
    assert "invalid arguments for toolbox__add" in result.stderr
    assert "error" in json.loads(result.stdout)
    assert recorded(record) == []


def test_an_error_output_gives_exit_status_1(app_home: Path, tmp_path: Path) -> None:
    config = write_config(tmp_path / "mcp.json", {"toolbox": stdio_server()})
    result = run_cli(app_home, "plugins", "call", "toolbox__fail", '{"reason": "on purpose"}', "--yes",
                     "--mcp-config", str(config))
    assert result.returncode == 1
    assert "on purpose" in result.stdout and "✗ toolbox__fail failed" in result.stderr


def test_ask_the_demo_bot_to_use_a_tool_of_a_server_from_the_file(app_home: Path, tmp_path: Path) -> None:
    """requires_action → approval → the MCP tool runs → its output is submitted → the bot answers with it."""
    record = tmp_path / "calls.jsonl"
    config = write_config(tmp_path / "mcp.json", {"toolbox": stdio_server(record)})
    question = 'use toolbox__say {"text": "你好"}'
    # No terminal to ask on: a tool from outside the app is declined, the server never called, the bot says so.
    result = run_cli(app_home, "ask", "--demo", "--mcp-config", str(config), question)
    assert result.returncode == 0, result.stderr
    assert "toolbox__say needs your approval (external); declined here" in result.stderr
    assert recorded(record) == []
    settings = Settings()
    settings.approvals = {"toolbox__say": "always"}  # as "Always allow" in the app remembers it
    save_settings(settings)
    result = run_cli(app_home, "ask", "--demo", "--mcp-config", str(config), question)
    assert result.returncode == 0, result.stderr
    assert "✓ toolbox__say → you said: 你好" in result.stderr
    assert "you said: 你好" in result.stdout  # the bot's answer quotes the output it was given
    assert [c["arguments"] for c in recorded(record)] == [{"text": "你好"}]


def test_chat_with_a_server_from_the_file(app_home: Path, tmp_path: Path, http_toolbox: tuple[str, Path]) -> None:
    url, record = http_toolbox
    config = write_config(tmp_path / "mcp.json", {"web": {"url": url}})
    settings = Settings()
    settings.approvals = {"web__add": "always"}
    save_settings(settings)
    result = subprocess.run([sys.executable, "-m", "coze_desktop", "chat", "--demo", "--mcp-config", str(config)],
                            input='use web__add {"a": 19, "b": 23}\n\n', capture_output=True, text=True,
                            env=cli_env(app_home), cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "✓ web__add → 42" in result.stderr
    assert [c["arguments"] for c in recorded(record)] == [{"a": 19, "b": 23}]


HOSTILE_SERVER = '''
from mcp.server.mcpserver import MCPServer

server = MCPServer("hostile")


@server.tool(name="look", description="Reads\\x1b]0;pwned\\x07 \\u202eevil\\u202c text\\x9b2J 中文")
def look(path: str) -> str:
    return "\\x1b[2Jcleared \\u202eevil"


server.run()
'''


def test_text_from_a_server_is_shown_never_obeyed(app_home: Path, tmp_path: Path) -> None:
    """A server's description and output with escape sequences, C1 and bidi controls: inert in words, exact and
    inert in JSON."""
    script = tmp_path / "hostile.py"
    script.write_text(HOSTILE_SERVER, encoding="utf-8")
    config = write_config(tmp_path / "mcp.json", {"h": {"command": sys.executable, "args": [str(script)]}})
    raw = ("\x1b", "\x07", "\u202e", "\x9b")
    words = run_cli(app_home, "plugins", "list", "--mcp-config", str(config))
    assert words.returncode == 0, words.stderr
    assert "Reads␛]0;pwned␇ �evil� text�2J 中文" in words.stdout
    as_json = run_cli(app_home, "plugins", "list", "--json", "--mcp-config", str(config))
    assert as_json.returncode == 0, as_json.stderr
    assert not any(char in as_json.stdout for char in raw)
    (look,) = [p for p in json.loads(as_json.stdout)["plugins"] if p["source"] == "mcp:h"]
    assert look["description"] == "Reads\x1b]0;pwned\x07 \u202eevil\u202c text\x9b2J 中文"  # exact, once parsed
    call = run_cli(app_home, "plugins", "call", "h__look", '{"path": "x"}', "--yes", "--mcp-config", str(config))
    assert call.returncode == 0, call.stderr
    assert call.stdout.strip() == "␛[2Jcleared �evil"
    assert not any(char in call.stdout + call.stderr for char in raw)


def test_chat_at_a_terminal_asks_before_an_mcp_tool_runs(app_home: Path, tmp_path: Path) -> None:
    """`chat` at a real terminal (a pty): the bot's call to an MCP tool is asked about (y/N) on the same line reader
    as the questions, "y" runs it once, and the bot's answer quotes the output."""
    record = tmp_path / "calls.jsonl"
    config = write_config(tmp_path / "mcp.json", {"toolbox": stdio_server(record)})
    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "coze_desktop", "chat", "--demo", "--mcp-config", str(config)],
                               stdin=terminal, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=cli_env(app_home), cwd=ROOT)
    os.close(terminal)
    streams = {process.stdout.fileno(): b"", process.stderr.fileno(): b""}

    def wait_for(text: bytes) -> None:
        deadline = time.monotonic() + 30
        while not any(text in seen for seen in streams.values()) and time.monotonic() < deadline:
            for fd in select.select(list(streams), [], [], 0.5)[0]:
                streams[fd] += os.read(fd, 4096)
        assert any(text in seen for seen in streams.values()), streams

    try:
        wait_for(b"> ")
        os.write(controller, b'use toolbox__add {"a": 20, "b": 22}\n')
        wait_for(b"[y/N]")
        assert b"it runs a tool from mcp:toolbox" in streams[process.stderr.fileno()]
        os.write(controller, b"y\n")
        wait_for(b"42")
        os.write(controller, b"\x04")  # end of input: the chat ends
        process.wait(30)
    finally:
        os.close(controller)
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert [c["tool"] for c in recorded(record)] == ["add"]


async def test_a_line_read_given_up_is_handed_to_the_next_read() -> None:
    """An approval question that timed out must not eat the line typed afterwards (the next chat message)."""
    import asyncio
    import io

    from coze_desktop.terminal_input import StdinLines

    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "r") as stdin:
        lines, out = StdinLines(stdin), io.StringIO()
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(lines.read("Run it once? [y/N] ", out), 0.2)
        os.write(write_end, "下一条消息\nthen this\n".encode())
        assert await asyncio.wait_for(lines.read("> ", out), 5) == "下一条消息"
        assert await asyncio.wait_for(lines.read("> ", out), 5) == "then this"
        os.close(write_end)
        assert await asyncio.wait_for(lines.read("> ", out), 5) == ""
