"""The microphone recorder on a real audio server: espeak-ng speech played into the virtual microphone of
.ci/with-audio.sh, recorded through PortAudio, and the faults a person meets (no server, no device, a dead mic)."""

from __future__ import annotations

import array
import asyncio
import contextlib
import itertools
import json
import math
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from coze_desktop.voice.recorder import (
    MICROPHONE_BUSY,
    MIN_FLOOR_DB,
    NO_AUDIO_SERVER,
    NO_MICROPHONE,
    OPEN_SECONDS,
    SERVER_NOT_ANSWERING,
    SPEECH_ABOVE_FLOOR_DB,
    Recorder,
    RecorderError,
    Resampler,
    SpeechDetector,
    _explain,
    dbfs,
    meter_level,
    wav_bytes,
)

from .audio_server import (
    feed_microphone,
    needs_audio_server,
    pactl,
    rms_db,
    speech_wav,
    tone_db,
    tone_wav,
    wav_samples,
    wav_seconds,
)

COMMAND = "turn the volume down to thirty"
LEAD_IN = 0.5  # the recorder measures the room for 0.3 s; the speaker starts talking after that


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return speech_wav(tmp_path_factory.mktemp("speech") / "command.wav", COMMAND)


# --- pure parts: levels and the end-of-speech rule (no audio server needed) ---

def test_levels_of_silence_full_scale_and_a_quiet_hiss() -> None:
    assert dbfs(b"\0\0" * 800) == -math.inf
    assert meter_level(dbfs(b"\0\0" * 800)) == 0.0
    assert dbfs(b"\xff\x7f" * 800) == pytest.approx(0.0, abs=0.01)  # 32767 everywhere
    assert meter_level(0.0) == 1.0
    assert meter_level(-30.0) == pytest.approx(0.5)
    assert meter_level(-90.0) == 0.0


def test_detector_ends_after_silence_that_follows_speech_only() -> None:
    detector = SpeechDetector(silence_seconds=1.0)
    # 2 s of room noise at -60 dBFS never ends the recording: nobody has spoken yet
    assert not any(detector.feed(-60.0, 0.05) for _ in range(40))
    assert not detector.heard_speech
    assert detector.threshold_db == pytest.approx(-60.0 + SPEECH_ABOVE_FLOOR_DB)
    assert not any(detector.feed(-20.0, 0.05) for _ in range(10))  # speech
    assert detector.heard_speech
    ends = [detector.feed(-60.0, 0.05) for _ in range(20)]
    assert ends.index(True) == 19  # exactly after 1.0 s of quiet (20 blocks of 50 ms)


def test_detector_floor_survives_talking_at_once_and_digital_silence() -> None:
    talking = SpeechDetector(silence_seconds=0.5)
    # speech from the first block, with one quiet gap between syllables inside the 300 ms window
    for level in (-20.0, -22.0, -55.0, -21.0, -20.0, -19.0, -20.0):
        assert not talking.feed(level, 0.05)
    assert talking.floor_db == -55.0
    assert talking.heard_speech  # the early blocks were judged once the floor was known
    silent = SpeechDetector(silence_seconds=0.5)
    for _ in range(10):
        silent.feed(-math.inf, 0.05)
    assert silent.threshold_db == MIN_FLOOR_DB + SPEECH_ABOVE_FLOOR_DB  # not -inf: hiss is not speech
    assert not silent.feed(-70.0, 0.05) and not silent.heard_speech


def test_portaudio_errors_become_messages_for_a_person() -> None:
    """The errors PortAudio reports (real PortAudioError objects with PortAudio's own texts and codes) map to
    what the person can do about them; anything unknown keeps PortAudio's words inside a sentence."""
    import sounddevice as sd

    busy = sd.PortAudioError("Error opening RawInputStream: Device unavailable", -9985)
    assert _explain(busy) == MICROPHONE_BUSY
    no_device = sd.PortAudioError("Error querying device -1")
    assert _explain(no_device) in (NO_MICROPHONE, NO_AUDIO_SERVER)
    assert _explain(ValueError("No input device matching 'usb mic'")) in (NO_MICROPHONE, NO_AUDIO_SERVER)
    odd = sd.PortAudioError("Error opening RawInputStream: Invalid sample rate", -9997)
    assert _explain(odd) == "The microphone could not be opened (Error opening RawInputStream: Invalid sample " \
        "rate [PaErrorCode -9997])."


@pytest.mark.parametrize("rate", [48000, 44100, 22050, 8000])
def test_resampler_keeps_length_and_pitch_across_odd_blocks(rate: int) -> None:
    tone = array.array("h", (round(0.5 * 32767 * math.sin(2 * math.pi * 441 * i / rate)) for i in range(rate)))
    resampler = Resampler(rate, 16000)
    out = bytearray()
    position = 0
    for size in itertools.cycle((rate // 20, 1, 333, 0, 2400)):  # 50 ms blocks, and awkward ones
        if position >= len(tone):
            break
        out += resampler.feed(tone[position: position + size].tobytes())
        position += size
    converted = array.array("h")
    converted.frombytes(bytes(out))
    assert len(converted) == pytest.approx(16000, abs=1)  # 1 s stays 1 s
    assert tone_db(converted[:8000], 441, 16000) == pytest.approx(-9.0, abs=0.3)  # same tone, same level
    assert tone_db(converted[:8000], 882, 16000) < -40  # and nothing at another pitch


def test_wav_bytes_is_16_khz_mono_16_bit() -> None:
    params, samples = wav_samples(wav_bytes(b"\x01\x00\xff\xff" * 10))
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 16000)
    assert list(samples[:2]) == [1, -1]


# --- the real microphone path ---

@needs_audio_server
async def test_records_a_spoken_command_and_ends_after_trailing_silence(spoken: Path) -> None:
    levels: list[tuple[float, float, int]] = []
    speech_length = wav_seconds(spoken)

    async def speak() -> None:
        await asyncio.sleep(LEAD_IN)
        await feed_microphone(spoken)

    speaker = asyncio.ensure_future(speak())
    started = time.monotonic()
    wav = await Recorder().record(on_level=lambda level, elapsed: levels.append(
        (level, elapsed, threading.get_ident())), silence_seconds=1.2, max_seconds=20)
    wall = time.monotonic() - started
    await speaker
    assert wav is not None
    params, samples = wav_samples(wav)
    assert (params.nchannels, params.sampwidth, params.framerate) == (1, 2, 16000)
    duration = len(samples) / 16000
    # ended by itself: longer than the speech, shorter than lead-in + speech + 1.2 s of silence + 1 s
    assert speech_length <= duration <= LEAD_IN + speech_length + 1.2 + 1.0, (duration, speech_length)
    assert wall < duration + 1.0
    # the speech is in it: loud where it was spoken, silent before
    lead = samples[: int(0.3 * 16000)]
    assert rms_db(lead) < -60
    assert rms_db(samples[int(LEAD_IN * 16000): int((LEAD_IN + speech_length) * 16000)]) > -35
    # the meter: on the loop's thread, one reading per 50 ms block, elapsed growing to the length, loud in speech
    assert {ident for _, _, ident in levels} == {threading.get_ident()}
    assert len(levels) == pytest.approx(duration / 0.05, abs=1)
    assert [elapsed for _, elapsed, _ in levels] == sorted(elapsed for _, elapsed, _ in levels)
    assert levels[-1][1] == pytest.approx(duration)
    assert max(level for level, _, _ in levels) > 0.5
    assert levels[0][0] == 0.0


@needs_audio_server
async def test_a_microphone_recording_at_its_own_rate_is_converted_to_16_khz(spoken: Path) -> None:
    feeder = asyncio.ensure_future(feed_microphone(spoken))
    wav = await Recorder(capture_rate=44100).record(silence_seconds=0.8, max_seconds=10)
    await feeder
    assert wav is not None
    params, samples = wav_samples(wav)
    assert (params.nchannels, params.framerate) == (1, 16000)
    assert wav_seconds(spoken) <= len(samples) / 16000 <= wav_seconds(spoken) + 0.8 + 1.0
    assert rms_db(samples) > -35


@needs_audio_server
async def test_max_length_is_honoured_while_someone_keeps_talking(tmp_path: Path) -> None:
    humming = tone_wav(tmp_path / "hum.wav", 4.0, frequency=220, amplitude=0.3)
    feeder = asyncio.ensure_future(feed_microphone(humming))
    wav = await Recorder().record(max_seconds=1.5)
    feeder.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await feeder
    assert wav is not None
    assert wav_seconds(wav) == pytest.approx(1.5, abs=1e-3)  # cut to the sample
    _, samples = wav_samples(wav)
    assert rms_db(samples[-8000:]) > -20  # still humming at the cut: the limit ended it, not silence


@needs_audio_server
async def test_silence_alone_runs_to_the_limit_not_to_an_early_end() -> None:
    wav = await Recorder().record(silence_seconds=0.3, max_seconds=1.0)
    assert wav is not None and wav_seconds(wav) == pytest.approx(1.0, abs=1e-3)


@needs_audio_server
async def test_cancel_returns_none_at_once_and_stop_keeps_what_was_said(spoken: Path) -> None:
    cancel = asyncio.Event()
    asyncio.get_running_loop().call_later(0.5, cancel.set)
    started = time.monotonic()
    assert await Recorder().record(cancel=cancel, max_seconds=10) is None
    assert time.monotonic() - started < 0.5 + 0.3

    stop = asyncio.Event()
    feeder = asyncio.ensure_future(feed_microphone(spoken))
    asyncio.get_running_loop().call_later(0.8, stop.set)
    started = time.monotonic()
    wav = await Recorder().record(stop=stop, max_seconds=10)
    stopped_after = time.monotonic() - started
    await feeder
    assert wav is not None
    assert wav_seconds(wav) <= stopped_after + 0.1
    assert wav_seconds(wav) >= 0.5
    _, samples = wav_samples(wav)
    assert rms_db(samples) > -40  # the start of the sentence


@needs_audio_server
async def test_a_microphone_that_goes_quiet_raises_instead_of_hanging() -> None:
    # Suspending the source on the server is what a pulled USB microphone looks like to PortAudio: no more blocks.
    recording = asyncio.ensure_future(Recorder().record(max_seconds=30))
    await asyncio.sleep(0.5)
    await pactl("suspend-source", "ci_mic", "1")
    try:
        started = time.monotonic()
        with pytest.raises(RecorderError, match=r"no sound for 2 seconds|stopped delivering sound"):
            async with asyncio.timeout(6):
                await recording
        assert time.monotonic() - started < 3.0
    finally:
        await pactl("suspend-source", "ci_mic", "0")


@needs_audio_server
async def test_a_named_device_that_does_not_exist_is_no_microphone() -> None:
    with pytest.raises(RecorderError) as caught:
        await Recorder(device="no such microphone").record()
    assert str(caught.value) == NO_MICROPHONE


NO_SERVER_SCRIPT = """
import asyncio, json, time
from coze_desktop.voice.recorder import Recorder, RecorderError
async def main():
    started = time.monotonic()
    try:
        await Recorder().record(max_seconds=5)
        print(json.dumps({"error": None}))
    except RecorderError as exc:
        print(json.dumps({"error": str(exc), "seconds": time.monotonic() - started}))
asyncio.run(main())
"""


def record_in_a_fresh_process(server: str, home: Path) -> dict[str, Any]:
    """Record in a new Python process whose audio server is ``server``, as at the app's start: PortAudio and ALSA
    look for the server once, when they start. Returns the error message and how long it took."""
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "PULSE_SERVER": server, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(home)}
    env.pop("CI_AUDIO", None)
    out = subprocess.run([sys.executable, "-c", NO_SERVER_SCRIPT], env=env, capture_output=True, text=True,
                         timeout=30, cwd=Path(__file__).resolve().parents[1])
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("server", ["unix:/nonexistent/pulse/native", "tcp:127.0.0.1:9"])
def test_no_audio_server_is_a_clear_error_quickly(server: str, tmp_path: Path) -> None:
    started = time.monotonic()
    result = record_in_a_fresh_process(server, tmp_path)
    if server.startswith("unix:"):
        assert result["error"] == NO_AUDIO_SERVER
    else:  # a TCP server cannot be checked for without connecting; either message tells the truth
        assert result["error"] in (NO_AUDIO_SERVER, NO_MICROPHONE)
    assert result["seconds"] < 2.0
    assert time.monotonic() - started < 10


def test_an_audio_server_that_never_answers_is_an_error_not_a_hang(tmp_path: Path) -> None:
    # A hung daemon: it accepts the connection and says nothing. Starting PortAudio alone (its ALSA back end asks
    # the server for devices) then blocks for good; the recorder gives up after OPEN_SECONDS.
    with socket.socket() as mute:
        mute.bind(("127.0.0.1", 0))
        mute.listen(8)
        result = record_in_a_fresh_process(f"tcp:127.0.0.1:{mute.getsockname()[1]}", tmp_path)
    assert result["error"] == SERVER_NOT_ANSWERING.format(seconds=OPEN_SECONDS)
    assert OPEN_SECONDS <= result["seconds"] < OPEN_SECONDS + 1


def test_the_voice_modules_load_without_portaudio_libvlc_or_qt() -> None:
    # The app starts (and types) without a microphone library: PortAudio and libVLC load on first use, and the
    # voice package is no place for Qt.
    probe = ("import sys, coze_desktop.voice as v, coze_desktop.voice.recorder, coze_desktop.voice.speaker; "
             "v.Recorder, v.RecorderError, v.Speaker, v.SpeakerError; "
             "print(sorted(m for m in ('sounddevice', '_sounddevice', 'vlc', 'PySide6') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
