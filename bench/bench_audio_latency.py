"""The app's own share of issue 11's voice latencies, on a real audio server: the recorder (start → first block,
stop → WAV) and the speaker (play() → first sound at the speaker, stop() → play() returns).

    .ci/with-audio.sh .venv/bin/python bench/bench_audio_latency.py              # 10 repetitions (~12 s)
    .ci/with-audio.sh .venv/bin/python bench/bench_audio_latency.py --repeat 5

Needs the private PulseAudio of .ci/with-audio.sh (it refuses to run elsewhere, so it never plays into real
speakers). "first sound" is when the first loud 10 ms of the clip reaches a parec capture of the speaker's
monitor (asked for 20 ms latency), so it includes the capture's own delay: an upper bound. The server-side
shares (speech synthesis, transcription) are in bench_demo_voice.py. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import array
import asyncio
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coze_desktop.voice.recorder import Recorder
from coze_desktop.voice.speaker import Speaker

SENTENCE = "Sure, I have set the volume to thirty percent for you."
LOUD_DB = -45.0  # espeak's speech is -15 … -30 dBFS; the null speaker's silence is digital zero


class FirstSound:
    """parec on the speaker's monitor; ``wait_loud()`` returns the monotonic time the first loud 10 ms arrived."""

    def __init__(self) -> None:
        self.process: asyncio.subprocess.Process | None = None

    async def __aenter__(self) -> FirstSound:
        self.process = await asyncio.create_subprocess_exec(
            "parec", "--device=ci_speaker.monitor", "--rate=16000", "--channels=1", "--format=s16le", "--raw",
            "--latency-msec=20", stdout=asyncio.subprocess.PIPE)
        assert self.process.stdout is not None
        await self.process.stdout.readexactly(3200)  # flowing before anything is played
        return self

    async def __aexit__(self, *_: object) -> None:
        assert self.process is not None
        self.process.terminate()
        await self.process.wait()

    async def wait_loud(self) -> float:
        assert self.process is not None and self.process.stdout is not None
        while True:
            chunk = await self.process.stdout.readexactly(320)  # 10 ms
            samples = array.array("h")
            samples.frombytes(chunk)
            mean_square = math.fsum(s * s for s in samples) / len(samples)
            if mean_square and 10 * math.log10(mean_square / 32768 ** 2) > LOUD_DB:
                return time.monotonic()


async def recorder_round() -> tuple[float, float]:
    first: list[float] = []
    stop = asyncio.Event()

    def on_level(_level: float, _elapsed: float) -> None:
        if not first:
            first.append(time.monotonic())
            asyncio.get_running_loop().call_later(0.5, stop.set)

    started = time.monotonic()
    recording = asyncio.ensure_future(Recorder().record(on_level=on_level, stop=stop, max_seconds=10))
    await stop.wait()
    asked = time.monotonic()
    wav = await recording
    assert wav is not None
    return first[0] - started, time.monotonic() - asked


async def speaker_round(speaker: Speaker, clip: bytes) -> tuple[float, float]:
    async with FirstSound() as capture:
        started = time.monotonic()
        playing = asyncio.ensure_future(speaker.play(clip, ".mp3"))
        heard = await asyncio.wait_for(capture.wait_loud(), 5)
        await asyncio.sleep(0.3)
        asked = time.monotonic()
        speaker.stop()
        await playing
        return heard - started, time.monotonic() - asked


def summary(name: str, values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    return (f"{name:34s} median {statistics.median(ms):7.1f} ms   min {ms[0]:7.1f}   max {ms[-1]:7.1f}"
            f"   (n={len(ms)})")


def speech_clip() -> bytes:
    """The sentence spoken by espeak-ng, as MP3 (the speech API's default format)."""
    with tempfile.TemporaryDirectory() as tmp:
        wav, mp3 = Path(tmp) / "s.wav", Path(tmp) / "s.mp3"
        subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(wav), SENTENCE], check=True)
        subprocess.run(["sox", str(wav), str(mp3)], check=True)
        return mp3.read_bytes()


async def measure(repeat: int, clip: bytes) -> None:
    starts, stops, firsts, cuts = [], [], [], []
    await recorder_round()  # warm-up: PortAudio's first stream, the pulse plugin's first connection
    for _ in range(repeat):
        start, stop = await recorder_round()
        starts.append(start)
        stops.append(stop)
    speaker = Speaker()
    try:
        await speaker_round(speaker, clip)  # warm-up: libVLC's instance and its first audio output
        for _ in range(repeat):
            first, cut = await speaker_round(speaker, clip)
            firsts.append(first)
            cuts.append(cut)
    finally:
        speaker.close()
    print(summary("recorder: record() → first block", starts))
    print(summary("recorder: stop → WAV returned", stops))
    print(summary("speaker: play(mp3) → first sound", firsts))
    print(summary("speaker: stop() → play() returns", cuts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=10)
    options = parser.parse_args()
    if os.environ.get("CI_AUDIO") != "1":
        sys.exit("run under .ci/with-audio.sh (a private audio server), not on real speakers")
    asyncio.run(measure(options.repeat, speech_clip()))


if __name__ == "__main__":
    main()
