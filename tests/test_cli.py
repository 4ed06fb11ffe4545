"""``python -m coze_desktop ask`` as a user runs it: a real process talking to a real local server."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN, sse

from .test_engine import answers

ROOT = Path(__file__).resolve().parents[1]


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "COZE_API_TOKEN"}
    return {**env, "COZE_DESKTOP_HOME": str(home), "PYTHONPATH": str(ROOT), **extra}


def run_cli(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coze_desktop", *args], capture_output=True, text=True,
                          env=cli_env(home, **env), timeout=60, cwd=ROOT)


async def run_cli_async(home: Path, *args: str, **env: str) -> tuple[int, str, str]:
    """For runs against a server living in this test's event loop, which must keep serving meanwhile."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "coze_desktop", *args, env=cli_env(home, **env), cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode, out.decode(), err.decode()


def test_demo_sets_volume(app_home: Path) -> None:
    result = run_cli(app_home, "ask", "--demo", "音量调到30")
    assert result.returncode == 0, result.stderr
    assert "30" in result.stdout
    assert "set_volume" in result.stderr  # tool calls are shown as they run
    assert "Tokens:" in result.stdout


def test_demo_answers_with_sources(app_home: Path) -> None:
    result = run_cli(app_home, "ask", "--demo", "what can you do?")
    assert result.returncode == 0, result.stderr
    answer, _, tail = result.stdout.partition("\nSources:")
    assert answer.strip()
    assert "[1]" in tail and "Tokens:" in tail


def test_no_token_explains_what_to_do(app_home: Path) -> None:
    result = run_cli(app_home, "ask", "hello", "--bot-id", "1")
    assert result.returncode == 2
    assert "COZE_API_TOKEN" in result.stderr and "--demo" in result.stderr


def test_unreachable_server(app_home: Path) -> None:
    result = run_cli(app_home, "ask", "hello", "--bot-id", "1", "--base-url", "http://127.0.0.1:9",
                     COZE_API_TOKEN="pat_secret_do_not_print")
    assert result.returncode == 1
    assert "Could not connect to 127.0.0.1:9" in result.stderr
    assert "pat_secret_do_not_print" not in result.stdout + result.stderr


@pytest.mark.asyncio
async def test_wrong_token_shows_code_and_logid(server, app_home: Path) -> None:
    code, out, err = await run_cli_async(app_home, "ask", "hi", "--bot-id", DEMO_BOT_ID, "--base-url",
                                         server.base_url, COZE_API_TOKEN="pat_wrong_secret")
    assert code == 1
    assert "[4100]" in err and "logid=" in err and "region" in err
    assert "pat_wrong_secret" not in out + err


@pytest.mark.asyncio
async def test_cut_stream_keeps_partial_answer_on_stdout(server, app_home: Path) -> None:
    server.script("/v3/chat", sse(answers("晴天", "是一首歌", "。", first=True), cut_after=3))
    code, out, err = await run_cli_async(app_home, "ask", "hi", "--bot-id", DEMO_BOT_ID, "--base-url",
                                         server.base_url, COZE_API_TOKEN=DEMO_TOKEN)
    assert code == 1
    assert out.strip() == "晴天是一首歌"
    assert "broke off" in err


def test_terminal_chat_on_demo_bot_keeps_the_conversation(app_home: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "coze_desktop", "chat", "--demo"], capture_output=True,
                            text=True, env=cli_env(app_home), timeout=60, cwd=ROOT,
                            input="音量调到30\n现在音量多少\n\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("conversation: ") == 2
    first, second = [line for line in result.stderr.splitlines() if line.startswith("conversation: ")]
    assert first == second  # the second turn continued the first one's conversation
    assert "get_volume" in result.stderr and "30" in result.stdout.split("Tokens:")[1]


def test_a_window_that_cannot_import_fails_the_start_and_says_why(tmp_path: Path) -> None:
    """A broken Qt install: the start (and so a packaged build's smoke test) fails with the reason, instead of
    quietly starting something else and exiting 0."""
    broken = tmp_path / "broken" / "PySide6"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("raise ImportError('libQt6Widgets.so.6: cannot open shared object file')\n")
    env = {**os.environ, "PYTHONPATH": str(broken.parent), "QT_QPA_PLATFORM": "offscreen",
           "COZE_DESKTOP_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-m", "coze_desktop", "--smoke-test"], capture_output=True, text=True,
                            env=env, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert "The desktop window could not start" in result.stderr and "libQt6Widgets" in result.stderr
    assert "smoke test ok" not in result.stdout + result.stderr
