"""Test audio: sine tones written with the wave module, sox conversions, RMS levels, and an amem capture."""

from __future__ import annotations

import array
import asyncio
import ctypes
import math
import subprocess
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

RATE = 44100
WAIT = 5.0  # seconds any single wait for libVLC may take before the test fails
# 441 Hz repeats every 100 samples at 44.1 kHz, so a tone is one period repeated (fast to build, no seams).
PERIOD = 100
TONE_AMPLITUDE = 0.5
TONE_RMS = TONE_AMPLITUDE / math.sqrt(2)  # a sine's RMS; what a captured tone measures at volume 100


def write_tone(path: Path, seconds: float, amplitude: float = TONE_AMPLITUDE) -> Path:
    """A mono 16-bit 441 Hz sine of ``seconds`` at ``amplitude`` (0–1) as a WAV file."""
    period = array.array("h", (round(amplitude * 32767 * math.sin(2 * math.pi * i / PERIOD)) for i in range(PERIOD)))
    frames = period * round(seconds * RATE / PERIOD)
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames.tobytes())
    return path


def convert(source: Path, target: Path) -> Path:
    """``source`` re-encoded by sox in the format ``target``'s suffix names (ogg, mp3, flac)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["sox", str(source), str(target)], check=True, capture_output=True)
    return target


def rms(samples: bytes) -> float:
    """RMS of native-endian signed 16-bit samples, 1.0 = full scale."""
    values = array.array("h")
    values.frombytes(samples[: len(samples) // 2 * 2])
    if not values:
        return 0.0
    return math.sqrt(sum(v * v for v in values) / len(values)) / 32768


def wav_rms(path: Path) -> float:
    with wave.open(str(path), "rb") as captured:
        assert captured.getsampwidth() == 2, "afile writes 16-bit PCM"
        return rms(captured.readframes(captured.getnframes()))


class AmemSink:
    """Receives what a libVLC media player plays (amem callbacks, S16N 44.1 kHz stereo) as per-chunk RMS levels.

    The play callback runs on a libVLC audio thread; it records the level and hands the check of pending waits
    to the loop with ``call_soon_threadsafe``.
    """

    def __init__(self, media_player: Any, loop: asyncio.AbstractEventLoop) -> None:
        import vlc

        self.levels: list[float] = []
        self._loop = loop
        self._waits: list[tuple[Callable[[list[float]], bool], asyncio.Future[None]]] = []

        @vlc.CallbackDecorators.AudioPlayCb
        def play(_opaque: Any, samples: int, count: int, _pts: int) -> None:
            self.levels.append(rms(ctypes.string_at(samples, count * 4)))  # 2 channels × 2 bytes
            loop.call_soon_threadsafe(self._check)

        self._play = play  # ctypes must keep the callback alive as long as libVLC may call it
        media_player.audio_set_callbacks(play, None, None, None, None, None)
        media_player.audio_set_format("S16N", RATE, 2)

    async def wait_for(self, condition: Callable[[list[float]], bool]) -> None:
        """Until ``condition(levels)`` holds, checked after each chunk (at most WAIT seconds)."""
        future = self._loop.create_future()
        self._waits.append((condition, future))
        self._check()
        async with asyncio.timeout(WAIT):
            await future

    def _check(self) -> None:
        for condition, future in list(self._waits):
            if not future.done() and condition(self.levels):
                future.set_result(None)
                self._waits.remove((condition, future))
