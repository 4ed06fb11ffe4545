"""The terminal front end under faults: hostile server text, bad input, Ctrl+C, stalls, a half-installed libVLC."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import io
import json
import logging
import os
import re
import select
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coze_desktop import terminal
from coze_desktop.chat import ChatEngine
from coze_desktop.cli import build_parser
from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN, DemoServer, json_reply, sse
from coze_desktop.plugins import PluginRegistry, default_registry
from coze_desktop.settings import TOKEN_ENV, Profile, load_settings, save_settings
from coze_desktop.terminal import converse
from coze_desktop.terminal_text import printable, question_problem

from .test_cli import ROOT, cli_env, run_cli, run_cli_async
from .test_engine import CHAT, CONV, answers, asks, chat, delta

# Retitles the window (OSC 0), clears the line and fakes a prompt (CSI 2K + CR), erases (BS, DEL), a one-byte
# C1 CSI, a right-to-left override (the "Trojan Source" trick) and an isolate.
EVIL = "\x1b]0;pwned\x07\x1b[2K\r$ sudo rm -rf ~\x08\x7f\x9b31m\u202egnp.exe\u2066"
# What must never reach a terminal from the network: C0 but tab and newline, DEL, C1, bidi controls, surrogates.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def assert_inert(*texts: str) -> None:
    for text in texts:
        assert not FORBIDDEN.findall(text), [hex(ord(c)) for c in FORBIDDEN.findall(text)]


@pytest.fixture
def token_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, DEMO_TOKEN)


async def ask(server: DemoServer, *argv: str, message: str = "hi", out: io.TextIOBase | None = None
              ) -> tuple[int, str, str]:
    """``ask`` in this process (the server lives in this loop), on the real engine, plugins and printer."""
    args = build_parser().parse_args(["ask", "--base-url", server.base_url, "--bot-id", DEMO_BOT_ID, *argv, "--",
                                      message])
    out = out or io.StringIO()
    err = io.StringIO()
    code = await converse(args, out, err)
    return code, out.getvalue() if isinstance(out, io.StringIO) else "", err.getvalue()


def chat_requests(server: DemoServer) -> list[Any]:
    return [r for r in server.requests if r.path.startswith("/v3/chat")]


def message(kind: str, content: str, mid: str) -> dict:
    return {"id": mid, "conversation_id": CONV, "chat_id": CHAT, "role": "assistant", "type": kind,
            "content": content, "content_type": "text"}


def recall(name: str, url: str) -> dict:
    chunks = [{"slice": "s", "score": 0.9, "meta": {"document": {"name": name}, "link": {"title": "t", "url": url}}}]
    content = json.dumps({"msg_type": "knowledge_recall", "data": json.dumps({"chunks": chunks})})
    return message("verbose", content, "m-recall")


# ------------------------------------------------------------------------------------- hostile server text


def test_printable_shows_controls_instead_of_obeying_them() -> None:
    assert printable("a\x1b[2Jb\tc\nd") == "a␛[2Jb\tc\nd"
    assert printable("line\r\nnext\rover") == "line\nnext␍over"
    assert printable("\x00\x07\x08\x7f") == "␀␇␈␡"
    assert printable("\x9b31m\u202eabc\u2066\ud800") == "\ufffd31m\ufffdabc\ufffd\ufffd"
    assert printable("مرحبا\u200f 晴天 🎵") == "مرحبا\u200f 晴天 🎵"  # RTL text and its marks stay
    assert_inert(printable(EVIL))


@pytest.mark.asyncio
async def test_answer_sources_and_follow_ups_cannot_drive_the_terminal(server: DemoServer, token_env: None) -> None:
    pieces = ["Hello ", EVIL, " world\r\n", "end"]
    events = answers(*pieces, first=True)
    events[-2:-2] = [("conversation.message.completed", message("follow_up", f"ask {EVIL}", "m-f")),
                     ("conversation.message.completed", recall(f"doc {EVIL}", "http://admin:hunter2@docs.lan/x"))]
    server.script("/v3/chat", sse(events))
    code, out, err = await ask(server)
    assert code == 0, err
    assert_inert(out, err)
    assert "Hello ␛]0;pwned␇␛[2K␍$ sudo rm -rf ~␈␡\ufffd31m\ufffdgnp.exe\ufffd world\nend" in out
    assert "  • ask ␛]0;pwned␇" in out
    assert "[1] doc ␛]0;pwned␇" in out and "<http://docs.lan/x>" in out and "hunter2" not in out


@pytest.mark.asyncio
async def test_a_windows_line_end_split_across_deltas_is_a_line_end(server: DemoServer, token_env: None) -> None:
    server.script("/v3/chat", sse(answers("line one\r", "\nline two\r", "over", first=True)))
    code, out, err = await ask(server)
    assert code == 0, err
    assert out.startswith("line one\nline two␍over\n")  # a CR alone still cannot overwrite the line


@pytest.mark.asyncio
async def test_reasoning_is_inert(server: DemoServer, token_env: None) -> None:
    events = answers("ok", first=True)
    events.insert(1, ("conversation.message.delta", {**delta(""), "reasoning_content": f"thinking {EVIL}"}))
    server.script("/v3/chat", sse(events))
    code, out, err = await ask(server)
    assert code == 0, err
    assert_inert(out, err)
    assert "thinking ␛]0;pwned␇" in err


@pytest.mark.asyncio
async def test_tool_names_arguments_and_outputs_are_inert(server: DemoServer, token_env: None) -> None:
    server.script("/v3/chat", sse(asks(("c1", f"set_volume{EVIL}", {"volume": 30}),
                                       ("c2", "set_volume", f"{{\"volume\": \"{EVIL}\"}}"),
                                       ("c3", "set_volume", {"volume": 30}))))
    server.script("/v3/chat/submit_tool_outputs", sse(answers("done")))
    code, out, err = await ask(server)
    assert code == 0, err
    assert_inert(out, err)
    assert "⚙ set_volume␛]0;pwned␇" in err  # the name as the server sent it, shown, not obeyed
    assert "✗ set_volume␛]0;pwned␇" in err and "failed: unknown tool: set_volume␛]0;pwned␇" in err
    assert "✓ set_volume → {\"volume\": 30}" in err


@pytest.mark.asyncio
@pytest.mark.parametrize("how", ["chat.failed", "error envelope"])
async def test_error_messages_and_ids_are_inert(server: DemoServer, token_env: None, how: str) -> None:
    if how == "chat.failed":
        failed = chat("failed", conversation_id=f"7400{EVIL}", last_error={"code": 4011, "msg": f"quota {EVIL}"})
        server.script("/v3/chat", sse([("conversation.chat.created", chat("created", conversation_id=f"7400{EVIL}")),
                                       ("conversation.message.delta", delta("partial ")),
                                       ("conversation.chat.failed", failed), ("done", "[DONE]")]))
    else:
        server.script("/v3/chat", json_reply({"code": 4011, "msg": f"quota {EVIL}"}))
    code, out, err = await ask(server)
    assert code == 1
    assert_inert(out, err)
    assert "[4011] quota ␛]0;pwned␇" in err and "logid=" in err
    if how == "chat.failed":
        assert out.startswith("partial ") and "conversation: 7400␛]0;pwned␇" in err


@pytest.mark.asyncio
async def test_a_malformed_event_is_a_warning_without_the_echoed_token(server: DemoServer,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    token = "Zq9-warning-echo-value"
    monkeypatch.setenv(TOKEN_ENV, token)
    events = answers("ok", first=True)
    events.insert(1, ("conversation.message.delta", f"not json: Bearer {token} {EVIL}"))
    server.script("/v3/chat", sse(events))
    code, out, err = await ask(server)
    assert code == 0, err
    assert_inert(out, err)
    assert "warning: Ignored a malformed conversation.message.delta event" in err
    assert token not in err and "<redacted>" in err


@pytest.mark.asyncio
async def test_a_lone_surrogate_from_the_server_does_not_break_the_output(server: DemoServer,
                                                                          token_env: None) -> None:
    # Written by hand: JSON may carry "\ud800" alone, though no encoder in this test would produce it.
    raw = json.dumps(message("answer", "A@B", "m1")).replace("@", "\\ud800")
    events = answers("x", first=True)
    events[1] = ("conversation.message.delta", raw)
    events[2] = ("conversation.message.completed", raw)
    server.script("/v3/chat", sse(events))
    buffer = io.BytesIO()
    out = io.TextIOWrapper(buffer, encoding="utf-8", write_through=True)  # strict, like a UTF-8 terminal
    code, _, err = await ask(server, out=out)
    assert code == 0, err
    assert "A\ufffdB" in buffer.getvalue().decode("utf-8")


def test_a_terminal_that_cannot_show_the_answer_still_gets_it(app_home: Path) -> None:
    """An ASCII-only terminal: Chinese becomes "?", never a UnicodeEncodeError that ends the run."""
    result = run_cli(app_home, "ask", "--demo", "音量调到30", PYTHONIOENCODING="ascii")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "30" in result.stdout and "Tokens:" in result.stdout


# ------------------------------------------------------------------------------------------------ bad input


@pytest.mark.parametrize("text", ["", " ", "\t\n", "\u3000 \u3000"])
def test_question_problem_refuses_empty_and_blank(text: str) -> None:
    assert question_problem(text) == "The question is empty: type what you want to ask."


def test_question_problem_names_the_bad_byte_and_surrogate() -> None:
    assert "byte 0xFF at character 4" in question_problem("caf\udcff")
    assert "U+D83D at character 2" in question_problem("a\ud83d")
    assert question_problem("播放 晴天 🎵") is None


@pytest.mark.asyncio
async def test_empty_question_is_refused_before_anything_is_sent(server: DemoServer, app_home: Path) -> None:
    code, out, err = await run_cli_async(app_home, "ask", "--bot-id", DEMO_BOT_ID, "--base-url", server.base_url,
                                         "", COZE_API_TOKEN=DEMO_TOKEN)
    assert (code, out) == (2, "")
    assert "The question is empty" in err and "Traceback" not in err
    assert server.requests == []  # not even a connection attempt reached the server


@pytest.mark.asyncio
@pytest.mark.parametrize("text", ["   ", "\t\n", "\u3000"])
async def test_blank_question_is_refused_in_process(server: DemoServer, token_env: None, text: str) -> None:
    code, out, err = await ask(server, message=text)
    assert (code, out) == (2, "")
    assert "The question is empty" in err
    assert chat_requests(server) == []


@pytest.mark.asyncio
async def test_invalid_utf8_in_argv_is_refused_with_a_message(server: DemoServer, app_home: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "coze_desktop", "ask", "--bot-id", DEMO_BOT_ID, "--base-url", server.base_url,
        b"caf\xe9 au lait", env=cli_env(app_home, COZE_API_TOKEN=DEMO_TOKEN), cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 2
    assert "not valid UTF-8 text (byte 0xE9 at character 4)" in err.decode() and b"Traceback" not in err
    assert out == b"" and server.requests == []


@pytest.mark.asyncio
async def test_a_lone_surrogate_in_the_question_is_refused(server: DemoServer, token_env: None) -> None:
    code, out, err = await ask(server, message="hi \ud83d")
    assert (code, out) == (2, "")
    assert "U+D83D" in err and "nothing was sent" in err
    assert chat_requests(server) == []


def test_chat_goes_on_after_a_line_that_is_not_utf8(app_home: Path) -> None:
    typed = b"caf\xe9\n\xed\xa0\x80\n" + "音量调到30\n\n".encode()  # latin-1; a UTF-8-encoded surrogate
    result = subprocess.run([sys.executable, "-m", "coze_desktop", "chat", "--demo"], capture_output=True,
                            env=cli_env(app_home), timeout=60, cwd=ROOT, input=typed)
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "byte 0xE9 at character 4" in err and "byte 0xED at character 1" in err
    assert "Traceback" not in err
    assert "✓ set_volume" in err and err.count("conversation: ") == 1  # only the good line was sent


# ------------------------------------------------------------------------------------ exit codes, Ctrl+C


def stalled_answer() -> Any:
    """Two pieces of an answer, then silence: a server that stalls mid-answer."""
    scripted = sse([("conversation.chat.created", chat("created")), ("conversation.message.delta", delta("晴天")),
                    ("conversation.message.delta", delta("是一首歌"))])
    scripted.stall = 20.0
    return scripted


async def interrupt_mid_answer(server: DemoServer, app_home: Path, command: list[str], stdin: bytes | None
                               ) -> tuple[int, str, str]:
    server.script("/v3/chat", stalled_answer())
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "coze_desktop", *command, "--bot-id", DEMO_BOT_ID, "--base-url", server.base_url,
        env=cli_env(app_home, COZE_API_TOKEN=DEMO_TOKEN), cwd=ROOT, stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    if stdin:
        process.stdin.write(stdin)  # and left open: the user has not ended the chat
    seen = b""
    while "是一首歌".encode() not in seen:
        seen += await asyncio.wait_for(process.stdout.read(4096), 30)
    process.send_signal(signal.SIGINT)
    out, err = await asyncio.wait_for(process.communicate(), 30)
    return process.returncode, (seen + out).decode(), err.decode()


@pytest.mark.asyncio
async def test_ctrl_c_mid_answer_exits_130_keeping_the_partial_answer(server: DemoServer, app_home: Path) -> None:
    code, out, err = await interrupt_mid_answer(server, app_home, ["ask", "hi"], None)
    assert code == 130
    assert out.strip() == "晴天是一首歌"
    assert "Interrupted." in err and "Traceback" not in err


@pytest.mark.asyncio
async def test_ctrl_c_in_chat_exits_130_keeping_the_partial_answer(server: DemoServer, app_home: Path) -> None:
    code, out, err = await interrupt_mid_answer(server, app_home, ["chat"], b"hi\n")
    assert code == 130
    assert "晴天是一首歌" in out
    assert "Interrupted." in err and "Traceback" not in err


def test_ctrl_c_at_the_chat_prompt_of_a_terminal_exits_at_once(app_home: Path) -> None:
    """stdin a terminal (a pty) that stays open: nothing may wait for the line the user will never type."""
    controller, terminal = os.openpty()
    process = subprocess.Popen([sys.executable, "-m", "coze_desktop", "chat", "--demo"], stdin=terminal,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env(app_home), cwd=ROOT)
    os.close(terminal)
    try:
        seen = b""
        while not seen.endswith(b"> "):
            assert select.select([process.stdout], [], [], 30)[0], seen
            seen += os.read(process.stdout.fileno(), 4096)
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 130  # before the fix: waited for Enter forever
        assert "Interrupted." in process.stderr.read().decode()
    finally:
        process.kill()
        process.wait()
        process.stdout.close()
        process.stderr.close()
        os.close(controller)


@pytest.mark.asyncio
async def test_a_reader_that_stops_reading_ends_the_run_quietly(server: DemoServer, app_home: Path) -> None:
    """`ask … | head -c 10`: the pipe closes mid-answer; no traceback per delta, exit 141 like a SIGPIPE death."""
    server.script("/v3/chat", sse(answers(*[f"piece {i} " for i in range(300)], first=True), delay=0.005))
    reader, writer = os.pipe()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "coze_desktop", "ask", "--bot-id", DEMO_BOT_ID, "--base-url", server.base_url, "hi",
        env=cli_env(app_home, COZE_API_TOKEN=DEMO_TOKEN), cwd=ROOT, stdout=writer, stderr=asyncio.subprocess.PIPE)
    os.close(writer)
    try:
        assert await asyncio.wait_for(asyncio.to_thread(os.read, reader, 10), 30)
    finally:
        os.close(reader)  # as `head` does once it has its bytes
    err = await asyncio.wait_for(process.stderr.read(), 30)
    assert await asyncio.wait_for(process.wait(), 30) == 141
    assert b"Traceback" not in err and b"BrokenPipe" not in err and b"Exception ignored" not in err


@pytest.mark.asyncio
async def test_chat_exit_code_is_that_of_its_last_turn(server: DemoServer, app_home: Path) -> None:
    failing = json_reply({"code": 4011, "msg": "quota exceeded"})
    server.script("/v3/chat", failing)
    code, _, err = await chat_session(server, app_home, "hi\n\n")
    assert code == 1 and "[4011] quota exceeded" in err
    server.script("/v3/chat", failing)
    code, out, err = await chat_session(server, app_home, "hi\n音量调到30\n\n")
    assert code == 0, err  # the failure was not the last word: the chat went on and ended well
    assert "[4011]" in err and "30" in out


async def chat_session(server: DemoServer, app_home: Path, typed: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "coze_desktop", "chat", "--bot-id", DEMO_BOT_ID, "--base-url", server.base_url,
        env=cli_env(app_home, COZE_API_TOKEN=DEMO_TOKEN), cwd=ROOT, stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(process.communicate(typed.encode()), 60)
    return process.returncode, out.decode(), err.decode()


@pytest.mark.asyncio
async def test_idle_timeout_option_ends_a_stalled_answer(server: DemoServer, token_env: None) -> None:
    server.script("/v3/chat", stalled_answer())
    code, out, err = await ask(server, "--idle-timeout", "0.3")
    assert code == 1
    assert out.strip() == "晴天是一首歌"  # what arrived is kept
    assert "0.3 s" in err  # the limit given on the command line, not the 60 s default


@pytest.mark.asyncio
async def test_a_silence_is_announced_on_stderr_only(server: DemoServer, token_env: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(terminal, "ChatEngine", functools.partial(ChatEngine, silence_notice=0.2))
    server.script("/v3/chat", stalled_answer())
    code, out, err = await ask(server, "--idle-timeout", "0.6")
    assert code == 1
    assert out.strip() == "晴天是一首歌"  # the answer as it arrived, no notice inside it
    assert "\n… still waiting for Coze: nothing for 0.2 s (Ctrl+C stops)\n" in err


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "3601", "soon"])
def test_idle_timeout_must_be_a_sensible_number(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["ask", "--idle-timeout", value, "hi"])
    assert exit_info.value.code == 2
    assert "--idle-timeout" in capsys.readouterr().err


@pytest.mark.asyncio
@pytest.mark.parametrize("url", ["http://admin:hunter2@127.0.0.1:notaport", "ftp://admin:hunter2@127.0.0.1:21",
                                 "http://admin:p@ss@127.0.0.1:8888"])
async def test_unusable_base_url_is_a_usage_error_without_its_password(server: DemoServer, token_env: None,
                                                                       url: str) -> None:
    args = build_parser().parse_args(["ask", "--base-url", url, "--bot-id", "1", "hi"])
    err = io.StringIO()
    assert await converse(args, io.StringIO(), err) == 2
    shown = err.getvalue()
    assert "hunter2" not in shown and "admin" not in shown and "ss@" not in shown
    assert "127.0.0.1" in shown
    assert chat_requests(server) == []


@pytest.mark.asyncio
@pytest.mark.parametrize("proxy", ["http://admin:hunter2@proxy.lan:notaport", "ftp://admin:hunter2@proxy.lan:21",
                                   "admin:hunter2@proxy.lan:3128"])
async def test_unusable_proxy_setting_is_a_usage_error_without_its_password(server: DemoServer, token_env: None,
                                                                            proxy: str) -> None:
    settings = load_settings()
    settings.profile.proxy = proxy
    save_settings(settings)
    code, out, err = await ask(server)
    assert (code, out) == (2, "")
    assert "proxy setting" in err and "proxy.lan" in err
    assert "hunter2" not in err and "admin" not in err
    assert chat_requests(server) == []


@pytest.mark.asyncio
async def test_profile_option_leaves_the_apps_active_profile_alone(server: DemoServer, token_env: None) -> None:
    settings = load_settings()
    settings.profiles.append(Profile(name="work", region="custom", base_url=server.base_url))
    save_settings(settings)
    args = build_parser().parse_args(["ask", "--profile", "work", "--bot-id", DEMO_BOT_ID, "音量调到30"])
    err = io.StringIO()
    assert await converse(args, io.StringIO(), err) == 0, err.getvalue()
    saved = load_settings()
    assert saved.active_profile == "default"  # before: `ask --profile work` switched the window's profile
    work = next(p for p in saved.profiles if p.name == "work")
    assert work.user_id and server.requests[0].json["user_id"] == work.user_id

    args = build_parser().parse_args(["ask", "--profile", "nosuch", "--demo", "hi"])
    err = io.StringIO()
    assert await converse(args, io.StringIO(), err) == 2
    assert "no saved profile named 'nosuch'; the saved ones are 'default', 'work'" in err.getvalue()


@pytest.mark.asyncio
async def test_a_base_url_with_credentials_is_refused_before_it_replaces_the_token(server: DemoServer,
                                                                                   token_env: None) -> None:
    """httpx would send "admin:hunter2" as Basic auth in place of the Bearer token: Coze would answer 401."""
    url = server.base_url.replace("http://", "http://admin:hunter2@")
    args = build_parser().parse_args(["ask", "--base-url", url, "--bot-id", DEMO_BOT_ID, "hi"])
    err = io.StringIO()
    assert await converse(args, io.StringIO(), err) == 2
    assert f"'{server.base_url}' carries a user name and password" in err.getvalue()
    assert "hunter2" not in err.getvalue() and server.requests == []


@pytest.mark.asyncio
async def test_token_echoed_by_the_server_is_never_shown(server: DemoServer, app_home: Path) -> None:
    """A token with no known shape, echoed raw and URL-encoded inside Coze's error message."""
    token = "Zq9-odd.Secret/with+chars"
    server.script("/v3/chat", json_reply({"code": 4100, "msg": f"token {token} (Zq9-odd.Secret%2Fwith%2Bchars) "
                                                                "is invalid"}))
    code, out, err = await run_cli_async(app_home, "ask", "hi", "--bot-id", DEMO_BOT_ID, "--base-url",
                                         server.base_url, COZE_API_TOKEN=token)
    assert code == 1
    assert "Zq9-odd" not in out + err
    assert "token <redacted> (<redacted>) is invalid" in err and "[4100]" in err


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    yield
    for handler in [h for h in root.handlers if getattr(h, "_coze_desktop", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    logging.captureWarnings(False)


def test_a_plugin_that_raises_is_one_line_in_the_terminal_and_a_traceback_in_the_log(
        app_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        restore_logging: None) -> None:
    """The whole ``run_terminal`` path with logging as the CLI sets it up; the demo bot calls a plugin that raises."""

    def with_a_broken_set_volume(*args: Any, **kwargs: Any) -> PluginRegistry:
        registry = default_registry(*args, **kwargs)
        plugin = registry.plugins["set_volume"]

        async def boom(arguments: dict) -> str:
            raise RuntimeError(f"mixer gone {EVIL} pat_Ab3dEf6hIj9kLm2nOp5qRs8tUv1w")

        registry.register(dataclasses.replace(plugin, handler=boom))
        return registry

    # The terminal's plugins are built by terminal_plugins (with the installed and MCP ones).
    monkeypatch.setattr("coze_desktop.terminal_plugins.default_registry", with_a_broken_set_volume)
    code = terminal.run_terminal(build_parser().parse_args(["ask", "--demo", "音量调到30"]))
    out, err = capsys.readouterr()
    assert code == 0, err
    assert_inert(out, err)
    assert "Traceback" not in err and "Ab3dEf6h" not in err
    assert "✗ set_volume failed: set_volume failed: RuntimeError: mixer gone ␛]0;pwned␇" in err
    assert "error: plugin set_volume failed" in err  # the log record, as one line
    log = (app_home / "logs" / "coze-desktop.log").read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and "RuntimeError: mixer gone" in log
    assert "Ab3dEf6h" not in log


# ------------------------------------------------------------------------------------ half-installed libVLC

FAKE_VLC = {
    # python-vlc's ctypes lookups fail when the library is a stub or the wrong version
    "NameError": "def Instance(*args):\n    raise NameError(\"no function 'libvlc_new'\")\n",
    # libVLC found but its plugins not: Instance() returns None and the next call fails
    "AttributeError": "def Instance(*args):\n    return None\n",
    "OSError": "raise OSError('libvlc.so.5: cannot open shared object file')\n",
}


@pytest.mark.parametrize("failure", FAKE_VLC)
def test_half_installed_libvlc_does_not_stop_ask(app_home: Path, tmp_path: Path, failure: str) -> None:
    fake = tmp_path / "fake_vlc"
    fake.mkdir()
    (fake / "vlc.py").write_text(FAKE_VLC[failure])
    result = run_cli(app_home, "ask", "--demo", "播放 晴天", PYTHONPATH=f"{fake}:{ROOT}")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "✗ play_music failed:" in result.stderr  # said, not pretended
    assert result.stdout.strip()  # the bot still answered


# ------------------------------------------------------------------------------------- failed tool calls


@pytest.mark.asyncio
async def test_failed_tool_call_shows_a_cross_and_the_reason(server: DemoServer, token_env: None,
                                                             tmp_path: Path) -> None:
    """A real failing plugin through the demo bot: play_music of a song the (empty) library lacks."""
    settings = load_settings()
    settings.profile.music_folder = str(tmp_path)
    save_settings(settings)
    code, _, err = await ask(server, message="播放 不存在的歌")
    assert code == 0, err
    line = next(line for line in err.splitlines() if "play_music" in line and not line.startswith("⚙"))
    assert line.startswith("✗ play_music failed: ") and "{" not in line  # the reason in words, not raw JSON
    assert "✓" not in err


@pytest.mark.asyncio
async def test_without_a_music_folder_the_terminal_plays_a_demo_song(server: DemoServer, token_env: None,
                                                                      app_home: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """As in the window: no folder chosen and no system Music folder → the demo songs, made on first use."""
    monkeypatch.setenv("XDG_MUSIC_DIR", str(app_home / "no-such-music"))
    monkeypatch.setenv("HOME", str(app_home))  # no ~/Music either
    assert load_settings().profile.music_folder == ""
    code, _, err = await ask(server, message="播放 晴天")
    assert code == 0, err
    assert '✓ play_music → {"playing": "晴天"' in err, err
    made = await asyncio.to_thread(lambda: list(app_home.rglob("demo-music/*.wav")))
    assert made, "the demo songs were made under the app's data folder"
