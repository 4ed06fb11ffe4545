"""The demo server's audio endpoints over real HTTP on 127.0.0.1 (raw httpx, no project client): the wire shapes
Coze documents, espeak-ng's real speech, pocketsphinx's real recognition and every refusal."""

from __future__ import annotations

import array
import io
import math
import random
import shutil
import wave
from pathlib import Path

import httpx
import pytest
import pytest_asyncio

from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN, DemoServer
from coze_desktop.demo.recognition import SENTENCE, transcript, wav_to_pcm16k

AUTH = {"Authorization": f"Bearer {DEMO_TOKEN}"}
EN_VOICE = "7000000000000000202"
CMN_VOICE = "7000000000000000201"


@pytest_asyncio.fixture
async def http(server: DemoServer):
    async with httpx.AsyncClient(base_url=server.base_url, headers=AUTH, timeout=20.0) as client:
        yield client


def need_espeak() -> None:
    assert shutil.which("espeak-ng"), "espeak-ng is not installed: sudo apt install espeak-ng (see .ci/setup.sh)"


def error_of(response: httpx.Response) -> tuple[int, str]:
    body = response.json()
    assert body["detail"]["logid"] == response.headers["x-tt-logid"]
    return body["code"], body["msg"]


async def speak(http: httpx.AsyncClient, text: str, **extra: object) -> httpx.Response:
    return await http.post("/v1/audio/speech", json={"input": text, "voice_id": EN_VOICE, **extra})


async def upload(http: httpx.AsyncClient, audio: bytes, name: str = "speech.wav",
                 kind: str = "audio/wav") -> httpx.Response:
    return await http.post("/v1/audio/transcriptions", files={"file": (name, audio, kind)})


# -- speech ---------------------------------------------------------------------------------------------------


async def test_speech_answers_with_the_audio_file_itself(http: httpx.AsyncClient) -> None:
    need_espeak()
    response = await speak(http, "Hello from the demo.", response_format="wav")
    assert response.status_code == 200
    assert response.headers["content-type"] == "audio/wav" and response.headers["x-tt-logid"]
    with wave.open(io.BytesIO(response.content)) as reader:
        # the WAV's length fields are true (espeak-ng's pipe output says "unknown"): readers see its real end
        assert reader.getnframes() * 2 + 44 == len(response.content)
        assert (reader.getnchannels(), reader.getframerate()) == (1, 22050)


async def test_speech_sample_rate_is_honoured(http: httpx.AsyncClient) -> None:
    need_espeak()
    response = await speak(http, "Hello.", response_format="wav", sample_rate=16000)
    with wave.open(io.BytesIO(response.content)) as reader:
        assert reader.getframerate() == 16000
    mp3 = await speak(http, "Hello.")
    assert mp3.headers["content-type"] == "audio/mpeg" and len(mp3.content) > 1000


@pytest.mark.parametrize(("body", "fragment"), [
    ({"voice_id": EN_VOICE}, "input is required"),
    ({"input": "hi"}, "voice_id is required"),
    ({"input": "x" * 1025, "voice_id": EN_VOICE}, "longer than 1024 bytes"),
    ({"input": "hi", "voice_id": EN_VOICE, "response_format": "flac"}, "response_format must be one of"),
    ({"input": "hi", "voice_id": EN_VOICE, "speed": 3.5}, "speed must be a number from 0.2 to 3"),
    ({"input": "hi", "voice_id": EN_VOICE, "speed": "fast"}, "speed must be a number"),
    ({"input": "hi", "voice_id": EN_VOICE, "sample_rate": 12345}, "sample_rate must be one of"),
    ({"input": "hi", "voice_id": "42"}, "voice_id=42 does not exist"),
])
async def test_speech_refusals_are_coze_errors(http: httpx.AsyncClient, body: dict, fragment: str) -> None:
    response = await http.post("/v1/audio/speech", json=body)
    code, msg = error_of(response)
    assert code == 4000 and fragment in msg, msg
    assert response.headers["content-type"].startswith("application/json")


async def test_speech_needs_the_token(server: DemoServer) -> None:
    async with httpx.AsyncClient(base_url=server.base_url) as anonymous:
        response = await anonymous.post("/v1/audio/speech", json={"input": "hi", "voice_id": EN_VOICE})
    assert error_of(response)[0] == 4101


async def test_speech_without_espeak_says_how_to_install_it(
    http: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    response = await speak(http, "Hello.", response_format="wav")
    assert response.status_code == 503
    code, msg = error_of(response)
    assert code == 5000 and "espeak-ng is not installed" in msg and "apt install espeak-ng" in msg


async def test_speech_mp3_without_sox_is_an_honest_error(
    http: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    need_espeak()
    (tmp_path / "espeak-ng").symlink_to(shutil.which("espeak-ng"))  # espeak-ng but no sox on the PATH
    monkeypatch.setenv("PATH", str(tmp_path))
    code, msg = error_of(await speak(http, "Hello."))
    assert code == 4000 and "without sox" in msg and "wav and pcm" in msg
    assert (await speak(http, "Hello.", response_format="wav")).status_code == 200


# -- transcription --------------------------------------------------------------------------------------------


async def test_transcription_envelope_is_coze_s(http: httpx.AsyncClient) -> None:
    need_espeak()
    audio = (await speak(http, "what can you do", response_format="wav")).content
    response = await upload(http, audio)
    body = response.json()
    assert body["code"] == 0 and body["data"] == {"text": "What can you do"}
    assert body["detail"]["logid"] == response.headers["x-tt-logid"]


async def test_transcription_without_sox_reads_wav_in_python(
    http: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    need_espeak()
    wav = (await speak(http, "set the volume to thirty", response_format="wav")).content
    monkeypatch.setenv("PATH", str(tmp_path))  # no sox: the WAV is resampled by the demo's own code
    response = await upload(http, wav)
    assert response.json()["data"]["text"] == "Set the volume to 30"
    mp3_like = b"ID3\x04" + b"\0" * 2000
    code, msg = error_of(await upload(http, mp3_like, "speech.mp3", "audio/mpeg"))
    assert code == 4000 and "only with sox" in msg


def test_python_resampler_keeps_length_and_level() -> None:
    tone = array.array("h", (round(8000 * math.sin(2 * math.pi * 441 * i / 44100)) for i in range(44100)))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(2)
        writer.setsampwidth(2)
        writer.setframerate(44100)
        writer.writeframes(array.array("h", (v for v in tone for _ in range(2))).tobytes())
    pcm = array.array("h", wav_to_pcm16k(buffer.getvalue()))
    assert abs(len(pcm) - 16000) <= 1
    level = math.sqrt(sum(v * v for v in pcm) / len(pcm))
    assert 8000 / math.sqrt(2) * 0.95 < level < 8000 / math.sqrt(2) * 1.05


@pytest.mark.parametrize(("request_kwargs", "fragment"), [
    ({"content": b"not multipart", "headers": {"content-type": "audio/wav"}}, "multipart/form-data"),
    ({"files": {"other": ("a.wav", b"RIFF", "audio/wav")}}, "file is required"),
    ({"files": {"file": ("a.wav", b"", "audio/wav")}}, "the audio file is empty"),
    ({"files": {"file": ("a.wav", b"RIFF\0\0\0\0WAVEjunk", "audio/wav")}}, "could not be read"),
])
async def test_transcription_refusals(http: httpx.AsyncClient, request_kwargs: dict, fragment: str) -> None:
    code, msg = error_of(await http.post("/v1/audio/transcriptions", **request_kwargs))
    assert code == 4000 and fragment in msg, msg


async def test_transcription_of_11_mb_is_refused_by_the_server(http: httpx.AsyncClient) -> None:
    response = await upload(http, b"RIFF" + b"\0" * (11 * 1024 * 1024))
    code, msg = error_of(response)
    assert code == 4000 and "11.0 MB" in msg and "at most 10 MB" in msg


async def test_transcription_of_a_chinese_command_says_what_the_demo_can_do(http: httpx.AsyncClient) -> None:
    need_espeak()
    audio = (await http.post("/v1/audio/speech", json={"input": "播放晴天", "voice_id": CMN_VOICE,
                                                       "response_format": "wav"})).content
    code, msg = error_of(await upload(http, audio))
    assert code == 4000 and "Chinese" in msg and "set the volume to 30" in msg


def test_grammar_sentences_and_transcripts() -> None:
    assert SENTENCE.fullmatch("set the volume to seventy five")
    assert SENTENCE.fullmatch("please turn it down")
    assert not SENTENCE.fullmatch("turn the")  # a partial path pocketsphinx may hand back
    assert not SENTENCE.fullmatch("")
    assert transcript("set the volume to seventy five") == "Set the volume to 75"
    assert transcript("turn the volume to a hundred percent") == "Turn the volume to 100 percent"
    assert transcript("set the volume to zero") == "Set the volume to 0"
    assert transcript("please play morning breeze") == "Please play Morning Breeze"


# -- voices and the bot -----------------------------------------------------------------------------------------


async def test_voices_page_like_coze(http: httpx.AsyncClient) -> None:
    first = (await http.get("/v1/audio/voices", params={"page_size": 1})).json()["data"]
    second = (await http.get("/v1/audio/voices", params={"page_size": 1, "page_num": 2})).json()["data"]
    assert first["has_more"] is True and second["has_more"] is False
    voices = first["voice_list"] + second["voice_list"]
    assert [v["voice_id"] for v in voices] == [CMN_VOICE, EN_VOICE]
    assert set(voices[0]) >= {"voice_id", "name", "is_system_voice", "language_code", "language_name",
                              "preview_text", "preview_audio", "create_time", "update_time", "model_type"}
    cloned_only = (await http.get("/v1/audio/voices", params={"filter_system_voice": "true"})).json()["data"]
    assert cloned_only == {"voice_list": [], "has_more": False}
    code, msg = error_of(await http.get("/v1/audio/voices", params={"page_size": 101}))
    assert code == 4000 and "page_size" in msg
    big = (await http.get("/v1/audio/voices", params={"model_type": "big"})).json()["data"]["voice_list"]
    assert big == []  # espeak-ng's voices are small-model voices
    assert error_of(await http.get("/v1/audio/voices", params={"model_type": "huge"}))[0] == 4000


async def test_bot_info_carries_its_voice(http: httpx.AsyncClient) -> None:
    for path, params in ((f"/v1/bots/{DEMO_BOT_ID}", {}), ("/v1/bot/get_online_info", {"bot_id": DEMO_BOT_ID})):
        info = (await http.get(path, params=params)).json()["data"]
        assert info["voice_info_list"] == [{"voice_id": CMN_VOICE, "language_code": "zh"}]


def like_a_recording(wav16k: bytes, seed: int) -> bytes:
    """The speech at half level between 0.8 s of lead-in and 1.2 s of tail, under steady white noise (RMS ~190 of
    32767, seeded): what push-to-talk sends from a quiet room."""
    with wave.open(io.BytesIO(wav16k)) as reader:
        assert (reader.getframerate(), reader.getnchannels()) == (16000, 1)
        speech = array.array("h", reader.readframes(reader.getnframes()))
    noise = random.Random(seed)
    samples = [0] * 12800 + [v // 2 for v in speech] + [0] * 19200
    out = array.array("h", (max(-32768, min(32767, v + round(noise.uniform(-330, 330)))) for v in samples))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(16000)
        writer.writeframes(out.tobytes())
    return buffer.getvalue()


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(("said", "number"), [("set the volume to thirty", "30"), ("set the volume to seventy", "70"),
                                              ("set the volume to thirty eight", "38")])
async def test_numbers_survive_room_noise(http: httpx.AsyncClient, said: str, number: str, seed: int) -> None:
    """Under noise the '-ty' of 'thirty' used to come back as a phantom 'eight' (38); a real 'eight' must stay."""
    need_espeak()
    wav = (await speak(http, said, response_format="wav", sample_rate=16000)).content
    response = await upload(http, like_a_recording(wav, seed))
    assert response.json()["data"]["text"] == f"Set the volume to {number}"
