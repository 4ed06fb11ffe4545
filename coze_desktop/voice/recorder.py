"""Microphone capture for push-to-talk: 16 kHz mono WAV, a live level, and energy-based end of speech."""

from __future__ import annotations

import array
import asyncio
import collections
import contextlib
import io
import logging
import math
import os
import sys
import threading
import time
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)

SAMPLE_RATE = 16000  # what speech recognisers want; Coze's transcription takes it as is
BLOCK_FRAMES = 800  # 50 ms: the level meter moves 20 times a second
FLOOR_SECONDS = 0.3  # the start of every recording measures the room's noise floor
SPEECH_ABOVE_FLOOR_DB = 12.0  # louder than the floor by this much is speech
MIN_FLOOR_DB = -65.0  # a digitally silent input would make any hiss "speech"; real rooms are louder than this
METER_RANGE_DB = 60.0  # the meter shows -60 dBFS … 0 dBFS as 0 … 1
NO_AUDIO_SECONDS = 2.0  # no block for this long: the device or the audio server is gone
OPEN_SECONDS = 5.0  # opening the device talks to the audio server; a hung server must not hang the app

T = TypeVar("T")

PORTAUDIO_MISSING = ("Voice input needs the PortAudio library, which is not installed "
                     "(Debian/Ubuntu: sudo apt install libportaudio2; macOS: brew install portaudio).")
SOUNDDEVICE_MISSING = "Voice input needs the Python package sounddevice (pip install sounddevice)."
NO_AUDIO_SERVER = ("No microphone is available because no audio server is running (PulseAudio or PipeWire). "
                   "Start it, or log in to a desktop session, and try again.")
NO_MICROPHONE = "No microphone was found. Connect one, or choose an input device in your system's sound settings."
MICROPHONE_BUSY = ("The microphone cannot be opened: another application may be using it, or this app is not "
                   "allowed to use it (check the microphone permission in your system's privacy settings).")
MICROPHONE_FAILED = "The microphone could not be opened ({detail})."
MICROPHONE_SILENT = ("The microphone delivered no sound for {seconds:g} seconds: it may have been disconnected, "
                     "or the audio server stopped.")
MICROPHONE_ENDED = ("The microphone stopped delivering sound: it may have been disconnected, or the audio server "
                    "stopped.")
SERVER_NOT_ANSWERING = "The audio server did not answer within {seconds:g} seconds; check your sound settings."


class RecorderError(Exception):
    """Recording cannot start or went on without sound; the message says why, for the person at the microphone."""


class Recorder:
    """Records one utterance at a time from a microphone through PortAudio (the ``sounddevice`` package).

    ``sounddevice`` is imported on the first recording, so the app starts (and types) without PortAudio. The
    PortAudio callback runs on PortAudio's own thread and only hands each block to the event loop with
    ``call_soon_threadsafe``; everything else (levels, end of speech, the WAV) happens on the loop. Starting
    PortAudio, opening and closing the device can block on the audio server, so they run on a short-lived daemon
    thread with a bound (OPEN_SECONDS).

    ``device`` is a PortAudio device index or name (substring), None for the system's default input.
    ``capture_rate`` records at that rate and converts to 16 kHz; None asks the device for 16 kHz and, when it
    cannot record at that rate (some hardware devices, exclusive-mode drivers), falls back to its own rate.
    """

    def __init__(self, device: int | str | None = None, capture_rate: int | None = None) -> None:
        self.device = device
        self.capture_rate = capture_rate

    async def record(self, *, on_level: Callable[[float, float], None] | None = None,
                     cancel: asyncio.Event | None = None, silence_seconds: float = 1.2,
                     max_seconds: float = 60.0, stop: asyncio.Event | None = None) -> bytes | None:
        """Record until speech is followed by ``silence_seconds`` of quiet, ``max_seconds`` pass, or ``stop`` is
        set; returns a 16 kHz mono 16-bit WAV, or None when ``cancel`` is set first.

        ``on_level(level, elapsed)`` is called on the loop for every 50 ms block with the block's loudness
        (0 = -60 dBFS or quieter, 1 = full scale) and the seconds recorded so far. Raises RecorderError when
        there is no microphone, no permission or no audio server, and when no sound arrives for 2 s.
        """
        loop = asyncio.get_running_loop()
        blocks: collections.deque[bytes | None] = collections.deque()  # None: PortAudio ended the stream
        wake = asyncio.Event()

        def deliver(block: bytes | None) -> None:
            blocks.append(block)
            wake.set()

        def callback(indata: Any, _frames: int, _time: Any, status: Any) -> None:
            # PortAudio's thread: copy the block (the buffer is reused) and hand it over; nothing else here.
            if status.input_overflow:
                log.debug("microphone input overflow")
            with contextlib.suppress(RuntimeError):  # the loop is closed: the app is quitting
                loop.call_soon_threadsafe(deliver, bytes(indata))

        def finished() -> None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(deliver, None)

        # The import too: it starts PortAudio, whose ALSA back end asks the audio server for its devices, and a
        # server that accepts a connection but never answers would block it indefinitely (found by a test).
        stream, rate = await _bounded(
            lambda: _open_stream(_import_sounddevice(), self.device, self.capture_rate, callback, finished),
            too_late=lambda opened: _abort_and_close(opened[0]))  # opened after we gave up: close it
        watchers = [asyncio.ensure_future(_set_when(event, wake)) for event in (cancel, stop) if event is not None]
        try:
            resampler = None if rate == SAMPLE_RATE else Resampler(rate, SAMPLE_RATE)
            return await self._collect(blocks, wake, resampler, on_level, cancel, stop, silence_seconds,
                                       max_seconds)
        finally:
            for watcher in watchers:
                watcher.cancel()
            # abort, not stop: stop would wait for buffers to drain; nothing recorded after this point is wanted
            await _close_quietly(stream)

    async def _collect(self, blocks: collections.deque[bytes | None], wake: asyncio.Event,
                       resampler: Resampler | None,
                       on_level: Callable[[float, float], None] | None, cancel: asyncio.Event | None,
                       stop: asyncio.Event | None, silence_seconds: float, max_seconds: float) -> bytes | None:
        detector = SpeechDetector(silence_seconds)
        pcm = bytearray()
        max_bytes = round(max_seconds * SAMPLE_RATE) * 2
        while True:
            if cancel is not None and cancel.is_set():
                return None
            if stop is not None and stop.is_set():
                break
            if not blocks:
                wake.clear()
                try:
                    async with asyncio.timeout(NO_AUDIO_SECONDS):
                        await wake.wait()
                except TimeoutError:
                    raise RecorderError(MICROPHONE_SILENT.format(seconds=NO_AUDIO_SECONDS)) from None
                continue
            block = blocks.popleft()
            if block is None:
                raise RecorderError(MICROPHONE_ENDED)
            if resampler is not None:
                block = resampler.feed(block)
            block = block[: max_bytes - len(pcm)]
            pcm += block
            level_db = dbfs(block)
            done = detector.feed(level_db, len(block) / 2 / SAMPLE_RATE)
            if on_level is not None:
                on_level(meter_level(level_db), len(pcm) / 2 / SAMPLE_RATE)
            if done or len(pcm) >= max_bytes:
                break
        return wav_bytes(bytes(pcm))


class SpeechDetector:
    """Energy-based end of speech: the quietest block of the first 300 ms (and any quieter one later) is the
    noise floor; a block louder than the floor by 12 dB is speech; ``silence_seconds`` without speech after
    some speech ends the utterance.

    The quietest block rather than the mean: someone who starts talking at once still pauses between
    syllables, and those gaps are the floor.
    """

    def __init__(self, silence_seconds: float) -> None:
        self.silence_seconds = silence_seconds
        self.elapsed = 0.0
        self.floor_db = math.inf
        self.heard_speech = False
        self.quiet_for = 0.0
        self._early: list[tuple[float, float]] = []  # (level, seconds) until the floor is known

    @property
    def threshold_db(self) -> float:
        return max(self.floor_db, MIN_FLOOR_DB) + SPEECH_ABOVE_FLOOR_DB

    def feed(self, level_db: float, seconds: float) -> bool:
        """Take the next block's level; True when the utterance has ended."""
        self.floor_db = min(self.floor_db, level_db)
        self.elapsed += seconds
        if self.elapsed < FLOOR_SECONDS:
            self._early.append((level_db, seconds))
            return False
        early, self._early = self._early, []
        ended = False
        for level, length in (*early, (level_db, seconds)):  # blocks of the floor window count once it is known
            ended = self._judge(level, length) or ended
        return ended

    def _judge(self, level_db: float, seconds: float) -> bool:
        if level_db > self.threshold_db:
            self.heard_speech, self.quiet_for = True, 0.0
            return False
        self.quiet_for += seconds
        return self.heard_speech and self.quiet_for >= self.silence_seconds


class Resampler:
    """Converts native 16-bit mono from ``rate_in`` to ``rate_out`` block by block, by linear interpolation
    across block boundaries. No anti-aliasing filter: speech has little above 8 kHz, and the recognisers this
    feeds ignore it; good enough for a microphone that cannot record 16 kHz itself."""

    def __init__(self, rate_in: int, rate_out: int) -> None:
        self.step = rate_in / rate_out
        self._position = 0.0  # of the next output sample, in input samples after the previous block's last one
        self._last = 0  # the previous block's last sample

    def feed(self, pcm: bytes) -> bytes:
        samples = array.array("h", [self._last])
        samples.frombytes(pcm[: len(pcm) // 2 * 2])
        out = array.array("h")
        position, last_index, step = self._position, len(samples) - 1, self.step
        while position < last_index:
            index = int(position)
            fraction = position - index
            out.append(round(samples[index] * (1 - fraction) + samples[index + 1] * fraction))
            position += step
        self._position = position - last_index
        self._last = samples[-1]
        return out.tobytes()


def dbfs(pcm: bytes) -> float:
    """RMS level of native-endian signed 16-bit samples in dB below full scale (-inf for digital silence)."""
    samples = array.array("h")
    samples.frombytes(pcm[: len(pcm) // 2 * 2])
    if not samples:
        return -math.inf
    mean_square = math.fsum(s * s for s in samples) / len(samples)
    return 10 * math.log10(mean_square / 32768 ** 2) if mean_square else -math.inf


def meter_level(level_db: float) -> float:
    """A level in dBFS as 0 … 1 for a meter: -60 dBFS and below is 0, full scale is 1."""
    return min(1.0, max(0.0, 1 + level_db / METER_RANGE_DB))


def wav_bytes(pcm: bytes, rate: int = SAMPLE_RATE) -> bytes:
    """Mono 16-bit samples as a WAV file's bytes."""
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm if sys.byteorder == "little" else _swapped(pcm))
    return out.getvalue()


def _swapped(pcm: bytes) -> bytes:
    samples = array.array("h")
    samples.frombytes(pcm)
    samples.byteswap()  # WAV is little-endian; PortAudio's int16 is native
    return samples.tobytes()


def _import_sounddevice() -> Any:
    """The sounddevice module; RecorderError when it or PortAudio is missing."""
    try:
        import sounddevice
    except OSError as exc:  # sounddevice raises OSError("PortAudio library not found") on import
        log.warning("PortAudio is not available: %s", exc)
        raise RecorderError(PORTAUDIO_MISSING) from exc
    except ImportError as exc:
        raise RecorderError(SOUNDDEVICE_MISSING) from exc
    return sounddevice


def _open_stream(sd: Any, device: int | str | None, rate: int | None, callback: Callable[..., None],
                 finished: Callable[[], None]) -> tuple[Any, int]:
    """An input stream, started, and the rate it records at.

    PortAudio lists devices once, when it starts: if the one asked for is not there (a microphone plugged in, or
    the audio server started, since), it restarts PortAudio and looks again. A device that cannot record 16 kHz
    is opened again at its own default rate (the caller converts)."""
    rescanned = False
    rate = rate or SAMPLE_RATE
    while True:
        try:
            stream = sd.RawInputStream(samplerate=rate, channels=1, dtype="int16",
                                       blocksize=round(rate * BLOCK_FRAMES / SAMPLE_RATE), device=device,
                                       callback=callback, finished_callback=finished)
        except (sd.PortAudioError, ValueError) as exc:
            if not rescanned and _device_missing(exc):
                rescanned = True
                _restart_portaudio(sd)
                continue
            own_rate = _own_rate(sd, device) if _rate_refused(exc) else None
            if own_rate is not None and own_rate != rate:
                log.info("the microphone cannot record at %d Hz; recording at %d Hz and converting", rate, own_rate)
                rate = own_rate
                continue
            raise RecorderError(_explain(exc)) from exc
        try:
            stream.start()
        except sd.PortAudioError as exc:
            stream.close(ignore_errors=True)
            raise RecorderError(_explain(exc)) from exc
        return stream, rate


def _rate_refused(exc: Exception) -> bool:
    return "Invalid sample rate" in str(exc) or "-9997" in str(exc)


def _own_rate(sd: Any, device: int | str | None) -> int | None:
    """The input device's default sample rate, None when PortAudio cannot say."""
    try:
        return round(sd.query_devices(device, "input")["default_samplerate"])
    except (sd.PortAudioError, ValueError, KeyError, TypeError):
        return None


def _device_missing(exc: Exception) -> bool:
    text = str(exc)
    return "querying device -1" in text or "No input device matching" in text or "Invalid device" in text


def _restart_portaudio(sd: Any) -> None:
    # sounddevice has no public rescan; terminating and initialising PortAudio is its documented way (no stream
    # of ours is open at this point). PortAudio's ALSA back end also drops ALSA's cached configuration then, so
    # a PulseAudio that has started since becomes ALSA's default again.
    with contextlib.suppress(Exception):
        sd._terminate()
        sd._initialize()


def _explain(exc: Exception) -> str:
    """A message for a person from a PortAudio/sounddevice error."""
    text = str(exc)
    log.warning("microphone: %s", text)
    if _device_missing(exc):
        return NO_MICROPHONE if _audio_server_present() else NO_AUDIO_SERVER
    lowered = text.lower()
    if "unavailable" in lowered or "busy" in lowered or "permission" in lowered or "-9985" in text:
        return MICROPHONE_BUSY
    if "host error" in lowered or "connection refused" in lowered:
        return NO_AUDIO_SERVER
    return MICROPHONE_FAILED.format(detail=text)


def _audio_server_present() -> bool:
    """On Linux, whether a PulseAudio or PipeWire socket is there to give PortAudio a default device; elsewhere
    the system always has its audio service, so a missing device means a missing microphone."""
    if not sys.platform.startswith("linux"):
        return True
    server = os.environ.get("PULSE_SERVER", "")
    if server:
        path = server.removeprefix("unix:")
        return not path.startswith("/") or Path(path).exists()  # a TCP server we cannot check without connecting
    runtime = os.environ.get("XDG_RUNTIME_DIR", f"/run/user/{os.getuid()}")
    return any((Path(runtime) / name).exists() for name in ("pulse/native", "pipewire-0"))


async def _bounded(work: Callable[[], T], seconds: float = OPEN_SECONDS,
                   too_late: Callable[[T], None] | None = None) -> T:
    """``work()`` on a daemon thread, at most ``seconds``: PortAudio's open/close block on the audio server, and
    a server that accepts but never answers must not freeze the loop nor keep the app from exiting. A result
    that comes after the caller gave up is handed to ``too_late`` (on a thread of its own)."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(result: T | None, error: BaseException | None) -> None:
        if future.cancelled():
            if error is None and too_late is not None:
                threading.Thread(target=too_late, args=(result,), daemon=True).start()
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]

    def run() -> None:
        try:
            result, error = work(), None
        except BaseException as exc:  # handed to the awaiting coroutine
            result, error = None, exc
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(settle, result, error)

    threading.Thread(target=run, name="microphone-open", daemon=True).start()
    try:
        async with asyncio.timeout(seconds):
            return await future
    except TimeoutError:
        raise RecorderError(SERVER_NOT_ANSWERING.format(seconds=seconds)) from None


def _abort_and_close(stream: Any) -> None:
    started = time.monotonic()
    with contextlib.suppress(Exception):
        stream.abort(ignore_errors=True)
        stream.close(ignore_errors=True)
    log.debug("microphone closed in %.0f ms", (time.monotonic() - started) * 1000)


async def _close_quietly(stream: Any) -> None:
    with contextlib.suppress(RecorderError):
        await _bounded(lambda: _abort_and_close(stream))


async def _set_when(event: asyncio.Event, wake: asyncio.Event) -> None:
    await event.wait()
    wake.set()
