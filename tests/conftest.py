"""Shared fixtures: an isolated app home per test, the local Coze server, and a client pointed at it."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

# Qt needs its platform chosen before any QApplication exists; without a display, render offscreen.
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import pytest_asyncio

# The recorded Coze wire samples, copied from the project's shared protocol reference (provenance in their
# README): the repository builds and tests from its own tree, with or without shared/ beside it.
SAMPLES = Path(__file__).resolve().parent / "samples"


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Config, data and logs of the app go to a fresh folder; no token leaks in from the environment."""
    home = tmp_path / "home"
    monkeypatch.setenv("COZE_DESKTOP_HOME", str(home))
    monkeypatch.delenv("COZE_API_TOKEN", raising=False)
    return home


@pytest_asyncio.fixture
async def server() -> AsyncIterator:
    from coze_desktop.demo import DemoServer

    async with DemoServer() as demo:
        yield demo


@pytest_asyncio.fixture
async def client(server) -> AsyncIterator:
    from coze_desktop.api import CozeClient
    from coze_desktop.demo import DEMO_TOKEN

    async with CozeClient(DEMO_TOKEN, server.base_url) as api:
        yield api


@pytest.fixture(autouse=True)
def _default_output_kept(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a test on the audio server of .ci/with-audio.sh, the default output is as it was (which sink, its
    volume, its mute): the system-volume tests turn it down and mute it, and later tests measure levels on it."""
    if request.node.get_closest_marker("audio") is None or os.environ.get("CI_AUDIO") != "1":
        yield
        return

    def pactl(*args: str) -> str:
        return subprocess.run(["pactl", *args], capture_output=True, text=True, timeout=10, check=True).stdout

    sink = pactl("get-default-sink").strip()
    volume = re.findall(r"(\d+)%", pactl("get-sink-volume", sink))
    muted = pactl("get-sink-mute", sink).split()[-1] == "yes"
    yield
    pactl("set-default-sink", sink)
    pactl("set-sink-volume", sink, *(f"{v}%" for v in volume))
    pactl("set-sink-mute", sink, "1" if muted else "0")
