"""The demo's voices and its text to speech: espeak-ng in a subprocess, sox for formats other than WAV."""

from __future__ import annotations

import asyncio
import contextlib
import io
import re
import shutil
import struct
import wave
from dataclasses import dataclass
from typing import Any

from .wire import ApiError

# espeak-ng speaks ~175 words a minute at speed 1; Coze's speed (0.2-3) scales that within espeak's own range.
BASE_WPM = 175
MIN_WPM, MAX_WPM = 80, 450
SPEEDS = (0.2, 3.0)
# 1024 bytes of text take espeak-ng well under a second; a hung process is killed after this.
SYNTH_SECONDS = 20.0
MAX_INPUT_BYTES = 1024
SAMPLE_RATES = (8000, 16000, 22050, 24000, 32000, 44100, 48000)
FORMATS = ("mp3", "wav", "ogg_opus", "pcm")
CONTENT_TYPES = {"mp3": "audio/mpeg", "wav": "audio/wav", "pcm": "audio/pcm", "ogg_opus": "audio/ogg"}

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class DemoVoice:
    """A system voice of the demo: an espeak-ng voice under a Coze-like numeric id."""

    voice_id: str
    name: str
    espeak: str
    language_code: str
    language_name: str
    preview_text: str

    def to_wire(self) -> dict[str, Any]:
        """An item of ``data.voice_list``, spelled as docs.coze.cn's list_voices example."""
        return {
            "voice_id": self.voice_id,
            "name": self.name,
            "is_system_voice": True,
            "language_code": self.language_code,
            "language_name": self.language_name,
            "preview_text": self.preview_text,
            "preview_audio": "",  # offline: there is nothing to download
            "available_training_times": 0,
            "create_time": 1767225600,
            "update_time": 1767225600,
            "model_type": "small",
            "state": "cloned",
        }


VOICES: tuple[DemoVoice, ...] = (
    DemoVoice("7000000000000000201", "eSpeak NG 普通话 (demo)", "cmn", "zh", "中文",
              "你好，我是 Coze Desktop 的离线演示助手。"),
    DemoVoice("7000000000000000202", "eSpeak NG English (demo)", "en", "en", "English",
              "Hello, I am the offline demo bot of Coze Desktop."),
)
BOT_VOICE = VOICES[0]  # the demo bot's own voice (its voice_info_list); English text is read in English anyway
_BY_ID = {v.voice_id: v for v in VOICES}


def voice(voice_id: str) -> DemoVoice:
    found = _BY_ID.get(voice_id)
    if found is None:
        known = ", ".join(f"{v.voice_id} ({v.name})" for v in VOICES)
        raise ApiError(4000, f"invalid parameter: voice_id={voice_id} does not exist. The offline demo's voices "
                             f"are {known}.")
    return found


def espeak_voice(text: str, chosen: DemoVoice) -> str:
    """Mandarin when the text has Chinese characters, else English: espeak-ng's cmn voice would read English
    letter by letter in a Chinese accent, and its en voice cannot read Chinese at all."""
    del chosen  # both demo voices are the same speaker; the text decides the language
    return "cmn" if _CJK.search(text) else "en"


def words_per_minute(speed: float) -> int:
    return max(MIN_WPM, min(MAX_WPM, round(BASE_WPM * speed)))


async def synthesise(text: str, voice_id: str, response_format: str, speed: float,
                     sample_rate: int | None = None) -> tuple[bytes, str]:
    """``(audio, content type)`` of ``text`` spoken by espeak-ng; ApiError when the demo cannot make it."""
    chosen = voice(voice_id)
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        raise ApiError(5000, "The offline demo cannot synthesise speech: espeak-ng is not installed on this "
                             "computer (Debian/Ubuntu: sudo apt install espeak-ng).", status=503)
    wav = await _run([espeak, "-v", espeak_voice(text, chosen), "-s", str(words_per_minute(speed)), "--stdout",
                      "-b", "1", "--", text], b"")
    wav = _fixed_wav(wav)
    if sample_rate is not None and sample_rate != _rate(wav):
        wav = await _sox(wav, "wav", sample_rate)
    if response_format == "wav":
        return wav, CONTENT_TYPES["wav"]
    if response_format == "pcm":
        with wave.open(io.BytesIO(wav)) as reader:  # raw 16-bit little-endian mono samples, as Coze's pcm
            return reader.readframes(reader.getnframes()), CONTENT_TYPES["pcm"]
    if response_format == "mp3":
        return await _sox(wav, "mp3", None), CONTENT_TYPES["mp3"]
    raise ApiError(4000, f"The offline demo cannot make {response_format} audio: it makes wav and pcm, and mp3 "
                         "when sox with MP3 support is installed. Ask for response_format wav.")


async def _sox(wav: bytes, kind: str, rate: int | None) -> bytes:
    sox = shutil.which("sox")
    if sox is None:
        raise ApiError(4000, f"The offline demo cannot make {kind} audio at that rate without sox (Debian/Ubuntu: "
                             "sudo apt install sox libsox-fmt-mp3). It makes wav and pcm at 22050 Hz without it.")
    args = [sox, "-q", "-t", "wav", "-", "-t", kind, *(["-C", "64"] if kind == "mp3" else [])]
    if rate is not None:
        args += ["-r", str(rate)]
    return await _run([*args, "-"], wav, what=f"sox ({kind})")


async def _run(args: list[str], stdin: bytes, *, what: str = "espeak-ng") -> bytes:
    """Run a converter on ``stdin``; ApiError when it fails or takes longer than :data:`SYNTH_SECONDS`."""
    try:
        process = await asyncio.create_subprocess_exec(
            *args, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    except OSError as exc:
        raise ApiError(5000, f"The offline demo could not start {what}: {exc}", status=503) from None
    try:
        async with asyncio.timeout(SYNTH_SECONDS):
            out, err = await process.communicate(stdin)
    except TimeoutError:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        await process.wait()
        raise ApiError(5000, f"{what} took longer than {SYNTH_SECONDS:g} s and was stopped.", status=500) from None
    if process.returncode != 0 or not out:
        detail = err.decode("utf-8", "replace").strip()[:300] or f"exit status {process.returncode}"
        raise ApiError(5000, f"{what} failed: {detail}", status=500)
    return out


def _fixed_wav(data: bytes) -> bytes:
    """espeak-ng's --stdout WAV says "as long as possible" in its two length fields (it cannot seek a pipe):
    rewrite them to the real lengths, so that every reader (the wave module, libVLC, a browser) sees the end."""
    if len(data) < 44 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise ApiError(5000, "espeak-ng did not write a WAV file.", status=500)
    at = 12
    while at + 8 <= len(data):
        chunk, size = data[at:at + 4], struct.unpack_from("<I", data, at + 4)[0]
        if chunk == b"data":
            body = data[at + 8:]
            body = body[:len(body) - len(body) % 2]
            head = bytearray(data[:at + 8])
            struct.pack_into("<I", head, 4, len(head) - 8 + len(body))
            struct.pack_into("<I", head, at + 4, len(body))
            return bytes(head) + body
        at += 8 + size + size % 2
    raise ApiError(5000, "espeak-ng's WAV has no audio.", status=500)


def _rate(wav: bytes) -> int:
    with wave.open(io.BytesIO(wav)) as reader:
        return reader.getframerate()
