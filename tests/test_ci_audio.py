""".ci/with-audio.sh itself: a working private PulseAudio for the command, its exit code passed on, and nothing
left behind (no daemon, no temporary folder), also when the run is cut short by a TERM."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / ".ci" / "with-audio.sh"

pytestmark = pytest.mark.skipif(shutil.which("pulseaudio") is None or shutil.which("pactl") is None,
                                reason="PulseAudio is not installed (.ci/setup.sh installs it)")


def processes_mentioning(text: str) -> list[int]:
    """PIDs whose command line contains ``text`` (the daemon's holds its temporary folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                pass  # ended meanwhile
    return found


def test_the_command_gets_the_server_and_its_exit_code_is_passed_on() -> None:
    probe = ('pactl info | grep -E "^Default (Sink|Source)"; pactl list short sources | cut -f2; '
             'echo "home=$HOME"; echo "ci=$CI_AUDIO"; exit 3')
    out = subprocess.run([str(SCRIPT), "bash", "-c", probe], capture_output=True, text=True, timeout=30)
    assert out.returncode == 3, out.stderr
    lines = out.stdout.splitlines()
    assert "Default Sink: ci_speaker" in lines and "Default Source: ci_mic" in lines
    assert {"ci_mic", "ci_speaker.monitor"} <= set(lines)
    assert "ci=1" in lines
    home = Path(next(line for line in lines if line.startswith("home="))[5:])
    assert not home.parent.exists(), "the temporary folder was left behind"
    assert processes_mentioning(str(home.parent)) == []


def test_a_term_stops_the_command_and_the_daemon_at_once(tmp_path: Path) -> None:
    marker = tmp_path / "home-of-the-run"
    wrapper = subprocess.Popen([str(SCRIPT), "bash", "-c", f'echo "$HOME" > {marker}; sleep 60'],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not marker.exists() or not marker.read_text().strip():
            assert time.monotonic() < deadline, "the command never started"
            time.sleep(0.05)
        run_dir = Path(marker.read_text().strip()).parent
        assert processes_mentioning(str(run_dir)), "no daemon was running for the command"
        os.kill(wrapper.pid, signal.SIGTERM)
        assert wrapper.wait(timeout=5) == 143
    finally:
        if wrapper.poll() is None:
            wrapper.kill()
            wrapper.wait()
    assert not run_dir.exists()
    assert processes_mentioning(str(run_dir)) == []  # the daemon
    assert processes_mentioning(str(marker)) == []  # the command
