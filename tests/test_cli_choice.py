"""A workflow Q&A question in the terminal, as a real subprocess against the demo bot: numbered options in
``chat``, the picked song played; a piped ``ask`` cannot ask and says so."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.test_cli import ROOT, cli_env


def test_chat_numbers_the_options_and_the_pick_is_used(app_home: Path):
    result = subprocess.run([sys.executable, "-m", "coze_desktop", "chat", "--demo"], input="帮我选一首歌\n3\n\n",
                            capture_output=True, text=True, env=cli_env(app_home), timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "? 你想听哪一首？" in result.stdout and "  3. 欢乐颂" in result.stdout
    assert 'play_music({"music_name":"欢乐颂"})' in result.stderr


def test_piped_ask_cannot_ask_and_the_bot_says_so(app_home: Path):
    result = subprocess.run([sys.executable, "-m", "coze_desktop", "ask", "--demo", "pick a song for me"],
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, env=cli_env(app_home),
                            timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "No song was picked" in result.stdout and "Which song would you like to hear?" in result.stdout
