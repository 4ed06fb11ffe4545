"""Helpers for tests on the real audio server of .ci/with-audio.sh: speech and tones, the virtual microphone, and a
capture of the speaker with levels measured over time."""

from __future__ import annotations

import array
import asyncio
import contextlib
import math
import os
import subprocess
import sys
import wave
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TypeVar

import pytest

MIC_FEED = "ci_mic_feed"  # the sink whose sound the virtual microphone ci_mic hears
SPEAKER_MONITOR = "ci_speaker.monitor"  # what is played to the default output
CAPTURE_RATE = 16000
WINDOW = 0.05  # seconds per measured level

T = TypeVar("T")



def needs_audio_server(test: T) -> T:
    """Marks a test ``audio``: it needs the daemon of .ci/with-audio.sh, and is skipped elsewhere (a developer's
    desktop) rather than playing into the real speakers or failing on a missing virtual microphone."""
    skip = pytest.mark.skipif(os.environ.get("CI_AUDIO") != "1", reason="needs the audio server of .ci/with-audio.sh")
    return pytest.mark.audio(skip(test))


def speech_wav(path: Path, text: str, voice: str = "en-us") -> Path:
    """``text`` spoken by espeak-ng into a WAV (22.05 kHz mono)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(path), text], check=True, capture_output=True)
    return path


def tone_wav(path: Path, seconds: float, frequency: float = 441.0, amplitude: float = 0.5) -> Path:
    """A sine made by sox: ``seconds`` long, 44.1 kHz mono."""
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["sox", "-n", "-r", "44100", "-c", "1", "-b", "16", str(path), "synth", str(seconds), "sine",
                    str(frequency), "vol", str(amplitude)], check=True, capture_output=True)
    return path


def silence_padded(source: Path, target: Path, seconds: float) -> Path:
    """``source`` followed by ``seconds`` of silence (sox), so a player keeps its stream open that long."""
    subprocess.run(["sox", str(source), str(target), "pad", "0", str(seconds)], check=True, capture_output=True)
    return target


def wav_seconds(path: Path | bytes) -> float:
    """Length of a WAV file (a path or its bytes)."""
    import io

    with wave.open(str(path) if isinstance(path, Path) else io.BytesIO(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def wav_samples(data: bytes) -> tuple[wave._wave_params, array.array]:
    """A WAV's parameters and its 16-bit samples (native order)."""
    import io

    with wave.open(io.BytesIO(data), "rb") as wav:
        params = wav.getparams()
        samples = array.array("h")
        samples.frombytes(wav.readframes(wav.getnframes()))
    if sys.byteorder != "little":
        samples.byteswap()
    return params, samples


def rms_db(samples: array.array | list[int]) -> float:
    """RMS in dBFS; -inf for digital silence."""
    if not samples:
        return -math.inf
    mean_square = math.fsum(s * s for s in samples) / len(samples)
    return 10 * math.log10(mean_square / 32768 ** 2) if mean_square else -math.inf


def tone_db(samples: array.array | list[int], frequency: float, rate: int = CAPTURE_RATE) -> float:
    """Level of one frequency in dBFS (Goertzel), so a music tone can be measured under speech."""
    n = len(samples)
    if n == 0:
        return -math.inf
    coeff = 2 * math.cos(2 * math.pi * frequency / rate)
    s1 = s2 = 0.0
    for x in samples:
        s1, s2 = x + coeff * s1 - s2, s1
    power = s1 * s1 + s2 * s2 - coeff * s1 * s2
    amplitude = 2 * math.sqrt(max(power, 0.0)) / n / 32768  # a full-scale sine measures 1
    return 20 * math.log10(amplitude / math.sqrt(2)) if amplitude > 0 else -math.inf


async def feed_microphone(wav: Path) -> None:
    """Play ``wav`` into the virtual microphone, in real time, until it has been played (cancel to cut it)."""
    process = await asyncio.create_subprocess_exec("paplay", f"--device={MIC_FEED}", str(wav),
                                                   stderr=asyncio.subprocess.PIPE)
    try:
        _, err = await process.communicate()
    except asyncio.CancelledError:
        process.kill()  # the test has heard enough; reap it so no transport outlives the loop
        await process.wait()
        raise
    assert process.returncode == 0, f"paplay failed: {err.decode(errors='replace')}"


async def pactl(*args: str) -> str:
    """Run ``pactl`` on the test's audio server; its output."""
    process = await asyncio.create_subprocess_exec("pactl", *args, stdout=asyncio.subprocess.PIPE,
                                                   stderr=asyncio.subprocess.PIPE)
    out, err = await process.communicate()
    assert process.returncode == 0, f"pactl {' '.join(args)} failed: {err.decode(errors='replace')}"
    return out.decode()


class Capture:
    """What the default output plays, recorded from its monitor by parec as 16 kHz mono, growing as it arrives.

    ``now()`` is the position (seconds) reached so far, for marking moments of a test on the capture's timeline.
    """

    def __init__(self) -> None:
        self.pcm = bytearray()
        self._process: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task[None] | None = None
        self._grown = asyncio.Event()  # set after each chunk read

    def now(self) -> float:
        return len(self.pcm) / 2 / CAPTURE_RATE

    def samples(self, start: float = 0.0, end: float | None = None) -> array.array:
        values = array.array("h")
        values.frombytes(bytes(self.pcm[: len(self.pcm) // 2 * 2]))
        if sys.byteorder != "little":
            values.byteswap()  # parec writes s16le
        first = round(start * CAPTURE_RATE)
        return values[first:] if end is None else values[first: round(end * CAPTURE_RATE)]

    def levels(self, start: float = 0.0, end: float | None = None) -> list[float]:
        """dBFS of each 50 ms window from ``start`` to ``end``."""
        values = self.samples(start, end)
        step = round(WINDOW * CAPTURE_RATE)
        return [rms_db(values[i: i + step]) for i in range(0, len(values) - step + 1, step)]

    def loud_span(self, threshold_db: float = -45.0) -> tuple[float, float] | None:
        """(start, end) in seconds of the windows louder than ``threshold_db``; None when all are quieter."""
        loud = [i for i, level in enumerate(self.levels()) if level > threshold_db]
        return (loud[0] * WINDOW, (loud[-1] + 1) * WINDOW) if loud else None

    async def wait_until(self, seconds: float) -> None:
        """Until the capture has reached ``seconds`` (at most that plus 5 s of wall time)."""
        async with asyncio.timeout(max(0.0, seconds - self.now()) + 5):
            while self.now() < seconds:
                self._grown.clear()
                await self._grown.wait()

    async def start(self) -> None:
        # --latency-msec: parec otherwise asks for a 2 s buffer and the capture lags behind in big steps
        self._process = await asyncio.create_subprocess_exec(
            "parec", f"--device={SPEAKER_MONITOR}", f"--rate={CAPTURE_RATE}", "--channels=1", "--format=s16le",
            "--raw", "--latency-msec=20", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL)
        self._reader = asyncio.ensure_future(self._read())
        await self.wait_until(0.1)  # recording for real before the test plays anything

    async def stop(self) -> None:
        if self._process is not None and self._process.returncode is None:
            self._process.terminate()
            await self._process.wait()
        if self._reader is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader

    async def _read(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        while chunk := await self._process.stdout.read(4096):
            self.pcm += chunk
            self._grown.set()
        self._grown.set()  # parec ended: waiters see the final length (and time out if it is short)


@contextlib.asynccontextmanager
async def capture_speaker() -> AsyncIterator[Capture]:
    """A running Capture of the default output (ci_speaker), stopped on exit."""
    capture = Capture()
    await capture.start()
    try:
        yield capture
    finally:
        await capture.stop()
