"""CozeClient's audio calls (speech, transcribe, voices) against the real demo server on 127.0.0.1: real espeak-ng
speech, real pocketsphinx recognition, and Coze's own samples replayed over HTTP for the wire shapes."""

from __future__ import annotations

import asyncio
import io
import json
import shutil
import wave
from pathlib import Path
from typing import Any

import pytest

from coze_desktop.api import (
    AUDIO_MAX_BYTES,
    SPEECH_MAX_BYTES,
    BotInfo,
    CozeAPIError,
    CozeClient,
    CozeError,
    CozeInputError,
    CozeInputTooLarge,
    CozeProtocolError,
    CozeTimeoutError,
    Voice,
)
from coze_desktop.demo import DEMO_BOT_ID, DemoServer, Scripted, json_reply, silent

from .audio import rms

AUDIO_SAMPLES = Path(__file__).resolve().parent / "audio_samples"
CMN_VOICE = "7000000000000000201"  # the demo bot's own voice
EN_VOICE = "7000000000000000202"


def need_espeak() -> None:
    # CI installs espeak-ng (.ci/setup.sh); a machine without it fails here with the reason, not silently.
    assert shutil.which("espeak-ng"), "espeak-ng is not installed: sudo apt install espeak-ng (see .ci/setup.sh)"


def sample(name: str) -> Any:
    return json.loads((AUDIO_SAMPLES / name).read_text(encoding="utf-8"))


def wav_facts(data: bytes) -> tuple[int, int, float, float]:
    """(rate, channels, seconds, RMS 0-1) of a 16-bit WAV."""
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE", data[:16]
    with wave.open(io.BytesIO(data)) as reader:
        assert reader.getsampwidth() == 2
        frames = reader.readframes(reader.getnframes())
        return reader.getframerate(), reader.getnchannels(), reader.getnframes() / reader.getframerate(), rms(frames)


# -- speech -----------------------------------------------------------------------------------------------------


async def test_speech_english_is_a_real_wav_of_plausible_length(client: CozeClient) -> None:
    need_espeak()
    text = "Set the volume to thirty, then play Morning Breeze."
    audio = await client.speech(text, EN_VOICE, response_format="wav")
    rate, channels, seconds, level = wav_facts(audio)
    assert (rate, channels) == (22050, 1)
    # ~9 words at ~175 words a minute: about three seconds, not a blip and not a minute
    assert 1.5 < seconds < 6.0, seconds
    assert level > 0.02, level  # speech, not silence
    assert client.last_logid.startswith("demo")


async def test_speech_chinese_is_spoken_in_mandarin(client: CozeClient) -> None:
    need_espeak()
    audio = await client.speech("音量调到三十，然后播放晴天。", CMN_VOICE, response_format="wav")
    _, _, seconds, level = wav_facts(audio)
    assert 1.5 < seconds < 8.0, seconds
    assert level > 0.02, level


async def test_speech_speed_changes_the_length(client: CozeClient) -> None:
    need_espeak()
    text = "The quick brown fox jumps over the lazy dog."
    normal = wav_facts(await client.speech(text, EN_VOICE, response_format="wav"))[2]
    fast = wav_facts(await client.speech(text, EN_VOICE, response_format="wav", speed=2.0))[2]
    assert fast < normal * 0.75, (fast, normal)


async def test_speech_mp3_is_the_default_format(client: CozeClient, server: DemoServer) -> None:
    need_espeak()
    assert shutil.which("sox"), "sox is not installed: sudo apt install sox libsox-fmt-mp3 (see .ci/setup.sh)"
    audio = await client.speech("Hello there.", EN_VOICE)
    assert audio[:3] == b"ID3" or (audio[0] == 0xFF and audio[1] & 0xE0 == 0xE0), audio[:4]
    assert json.loads(server.requests[-1].body) == {
        "input": "Hello there.", "voice_id": EN_VOICE, "response_format": "mp3", "speed": 1.0}


async def test_speech_pcm_is_raw_samples(client: CozeClient) -> None:
    need_espeak()
    wav = await client.speech("Pause.", EN_VOICE, response_format="wav")
    pcm = await client.speech("Pause.", EN_VOICE, response_format="pcm")
    with wave.open(io.BytesIO(wav)) as reader:
        assert pcm == reader.readframes(reader.getnframes())


async def test_speech_ogg_opus_is_an_honest_error_of_the_demo(client: CozeClient) -> None:
    need_espeak()
    with pytest.raises(CozeAPIError) as caught:
        await client.speech("Hello.", EN_VOICE, response_format="ogg_opus")
    assert caught.value.code == 4000
    assert "wav" in caught.value.msg and "ogg_opus" in caught.value.msg
    assert caught.value.logid


async def test_speech_over_1024_bytes_is_refused_before_sending(client: CozeClient, server: DemoServer) -> None:
    text = "音" * 341 + "ab"  # 1023 + 2 = 1025 bytes in UTF-8, only 343 characters
    assert len(text.encode()) == SPEECH_MAX_BYTES + 1
    with pytest.raises(ValueError) as caught:
        await client.speech(text, CMN_VOICE)
    assert isinstance(caught.value, CozeInputTooLarge) and isinstance(caught.value, CozeError)
    assert "1025 bytes" in str(caught.value) and "1024" in str(caught.value)
    assert server.requests == []  # nothing was sent


async def test_speech_of_exactly_1024_bytes_is_sent(client: CozeClient) -> None:
    need_espeak()
    text = ("one two three four five six seven. " * 40)[:SPEECH_MAX_BYTES]
    audio = await client.speech(text, EN_VOICE, response_format="wav")
    assert wav_facts(audio)[2] > 30  # 200-odd words


async def test_speech_refuses_blank_text_unknown_format_and_speed(client: CozeClient, server: DemoServer) -> None:
    with pytest.raises(CozeInputError):
        await client.speech("  \n", EN_VOICE)
    with pytest.raises(CozeInputError):
        await client.speech("hi", "")
    with pytest.raises(ValueError, match="response_format"):
        await client.speech("hi", EN_VOICE, response_format="flac")
    with pytest.raises(ValueError, match="speed"):
        await client.speech("hi", EN_VOICE, speed=5.0)
    with pytest.raises(ValueError, match="speed"):
        await client.speech("hi", EN_VOICE, speed=float("nan"))
    assert server.requests == []


async def test_speech_unknown_voice_is_the_servers_error(client: CozeClient) -> None:
    with pytest.raises(CozeAPIError) as caught:
        await client.speech("Hello.", "123")
    assert caught.value.code == 4000 and "voice_id=123" in caught.value.msg
    assert EN_VOICE in caught.value.msg  # the demo says which voices it has


async def test_speech_json_error_body_becomes_coze_error_with_logid(client: CozeClient, server: DemoServer) -> None:
    body = sample("error_speech_json_body_reconstructed.json")
    server.script("/v1/audio/speech", json_reply(body, status=400))
    with pytest.raises(CozeAPIError) as caught:
        await client.speech("Hello.", EN_VOICE)
    error = caught.value
    assert (error.code, error.msg, error.http_status) == (4000, body["msg"], 400)
    assert error.logid == body["detail"]["logid"]


async def test_speech_server_error_with_http_200_and_header_logid(client: CozeClient, server: DemoServer) -> None:
    server.script("/v1/audio/speech", json_reply({"code": 5000, "msg": "internal error"},
                                                 headers={"x-tt-logid": "20251205LOGID"}))
    with pytest.raises(CozeAPIError) as caught:
        await client.speech("Hello.", EN_VOICE)
    assert caught.value.code == 5000 and caught.value.logid


async def test_speech_gateway_page_is_an_error_not_audio(client: CozeClient, server: DemoServer) -> None:
    page = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    server.script("/v1/audio/speech", Scripted(status=502, content_type="text/html", parts=[page]))
    with pytest.raises(CozeError) as caught:
        await client.speech("Hello.", EN_VOICE)
    assert caught.value.http_status == 502 and "502 Bad Gateway" in caught.value.msg


async def test_speech_json_without_error_is_a_protocol_error(client: CozeClient, server: DemoServer) -> None:
    server.script("/v1/audio/speech", json_reply({"code": 0, "msg": "", "data": {}}))
    with pytest.raises(CozeProtocolError, match="Expected audio"):
        await client.speech("Hello.", EN_VOICE)


async def test_speech_audio_content_type_is_returned_as_is(client: CozeClient, server: DemoServer) -> None:
    # cozepy treats any audio/* body as the file (its test mocks audio/mpeg); so do we
    server.script("/v1/audio/speech", Scripted(content_type="audio/mpeg", parts=[b"ID3\x04fake-mp3"]))
    assert await client.speech("Hello.", EN_VOICE) == b"ID3\x04fake-mp3"


async def test_speech_that_never_answers_times_out_at_the_response_limit(server: DemoServer) -> None:
    server.script("/v1/audio/speech", silent(hold=30))
    async with CozeClient("demo", server.base_url, response_timeout=0.5) as api:
        with pytest.raises(CozeTimeoutError) as caught:
            await api.speech("Hello.", EN_VOICE)
    assert caught.value.seconds == 0.5


async def test_speech_without_espeak_is_a_clear_error(
    client: CozeClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no espeak-ng, no sox
    with pytest.raises(CozeAPIError) as caught:
        await client.speech("Hello.", EN_VOICE, response_format="wav")
    assert "espeak-ng is not installed" in caught.value.msg
    assert caught.value.http_status == 503


# -- transcription ----------------------------------------------------------------------------------------------


async def test_transcribe_english_command_spoken_by_espeak(client: CozeClient, server: DemoServer) -> None:
    need_espeak()
    audio = await client.speech("set the volume to thirty", EN_VOICE, response_format="wav")
    text = await client.transcribe(audio)
    assert "volume" in text.lower() and "30" in text, text
    upload = server.requests[-1]
    assert upload.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="speech.wav"' in upload.body and b"Content-Type: audio/wav" in upload.body


@pytest.mark.parametrize(("said", "expected"), [
    ("play morning breeze", "Play Morning Breeze"),
    ("turn it down", "Turn it down"),
    ("mute", "Mute"),
    ("next song", "Next song"),
    ("pause", "Pause"),
    ("what can you do", "What can you do"),
])
async def test_transcribe_the_demo_bots_commands(client: CozeClient, said: str, expected: str) -> None:
    need_espeak()
    audio = await client.speech(said, EN_VOICE, response_format="wav")
    assert await client.transcribe(audio) == expected


async def test_transcribe_16k_recording_and_mp3(client: CozeClient, tmp_path: Path) -> None:
    """The recorder's own format (16 kHz mono 16-bit) goes straight in; an mp3 goes through sox."""
    need_espeak()
    source = tmp_path / "said.wav"
    source.write_bytes(await client.speech("next song", EN_VOICE, response_format="wav"))
    pcm16k = tmp_path / "said16k.wav"
    sox = await asyncio.create_subprocess_exec("sox", str(source), "-r", "16000", "-c", "1", "-b", "16", str(pcm16k))
    assert await sox.wait() == 0
    assert await client.transcribe(pcm16k.read_bytes()) == "Next song"
    mp3 = await client.speech("next song", EN_VOICE, response_format="mp3")
    assert await client.transcribe(mp3, filename="said.mp3", content_type="audio/mpeg") == "Next song"


async def test_transcribe_chinese_is_an_honest_error(client: CozeClient) -> None:
    need_espeak()
    audio = await client.speech("音量调到三十", CMN_VOICE, response_format="wav")
    with pytest.raises(CozeAPIError) as caught:
        await client.transcribe(audio)
    assert caught.value.code == 4000
    assert "only a few English commands" in caught.value.msg and "Chinese" in caught.value.msg
    assert caught.value.logid


async def test_transcribe_free_english_speech_is_not_forced_onto_a_command(client: CozeClient) -> None:
    need_espeak()
    audio = await client.speech("the quick brown fox jumps over the lazy dog", EN_VOICE, response_format="wav")
    with pytest.raises(CozeAPIError, match="only a few English commands"):
        await client.transcribe(audio)


async def test_transcribe_silence_says_nothing_was_heard(client: CozeClient) -> None:
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(16000)
        writer.writeframes(b"\0\0" * 16000)
    with pytest.raises(CozeAPIError, match="No speech was heard"):
        await client.transcribe(out.getvalue())


async def test_transcribe_over_10_mb_is_refused_before_upload(client: CozeClient, server: DemoServer) -> None:
    audio = b"RIFF" + b"\0" * (11 * 1024 * 1024)
    with pytest.raises(ValueError) as caught:
        await client.transcribe(audio)
    assert isinstance(caught.value, CozeInputTooLarge)
    assert "11.0 MB" in str(caught.value) and "10 MB" in str(caught.value)
    assert server.requests == []
    with pytest.raises(CozeInputError):
        await client.transcribe(b"")
    assert AUDIO_MAX_BYTES == 10 * 1024 * 1024


async def test_transcribe_reads_the_documented_response(client: CozeClient, server: DemoServer) -> None:
    body = sample("docs_audio_transcriptions_response.json")
    server.script("/v1/audio/transcriptions", json_reply(body))
    assert await client.transcribe(b"RIFF....WAVE") == "你好呀"


async def test_transcribe_answer_without_text_is_a_protocol_error(client: CozeClient, server: DemoServer) -> None:
    server.script("/v1/audio/transcriptions", json_reply({"code": 0, "msg": "", "data": {}}))
    with pytest.raises(CozeProtocolError, match=r"data\.text"):
        await client.transcribe(b"RIFF....WAVE")


# -- voices and the bot's own voice -----------------------------------------------------------------------------


async def test_voices_of_the_demo(client: CozeClient, server: DemoServer) -> None:
    voices = await client.voices()
    assert [v.voice_id for v in voices] == [CMN_VOICE, EN_VOICE]
    assert all(v.is_system_voice and v.name and v.language_code for v in voices)
    assert server.requests[-1].query == {"filter_system_voice": "false", "page_num": "1", "page_size": "100"}


async def test_voices_reads_the_documented_and_sdk_shapes(client: CozeClient, server: DemoServer) -> None:
    server.script("/v1/audio/voices", json_reply(sample("docs_list_voices_response.json")))
    (voice,) = await client.voices()
    assert voice == Voice(
        voice_id="12344", name="jay", is_system_voice=False, language_code="zh", language_name="中文",
        preview_text="你好，欢迎来到AI世界，我是你的专属AI克隆声音，希望未来可以一起好好相处。",
        preview_audio=voice.preview_audio, model_type="big", create_time=1729686510, update_time=1729686510)
    assert voice.preview_audio.startswith("https://")
    server.script("/v1/audio/voices", json_reply(sample("cozejs_list_voices_mock.json")))
    (voice,) = await client.voices()
    assert (voice.voice_id, voice.is_system_voice, voice.language_name) == ("test-voice-id", True, "English")


def voice_item(voice_id: str, system: bool) -> dict[str, Any]:
    return {"voice_id": voice_id, "name": f"voice {voice_id}", "is_system_voice": system, "language_code": "zh"}


async def test_voices_pages_and_puts_cloned_voices_first(client: CozeClient, server: DemoServer) -> None:
    first = [voice_item(f"s{i}", True) for i in range(99)] + [voice_item("c1", False)]
    server.script(
        "/v1/audio/voices",
        json_reply({"code": 0, "msg": "", "data": {"voice_list": first, "has_more": True}}),
        json_reply({"code": 0, "msg": "", "data": {"voice_list": [voice_item("c2", False), voice_item("s0", True)],
                                                    "has_more": False}}),
    )
    voices = await client.voices()
    ids = [v.voice_id for v in voices]
    assert ids[:2] == ["c1", "c2"] and ids[2:] == [f"s{i}" for i in range(99)]  # s0 listed twice, kept once
    assert [r.query["page_num"] for r in server.requests] == ["1", "2"]


async def test_voices_stops_when_a_server_always_has_more(client: CozeClient, server: DemoServer) -> None:
    endless = json_reply({"code": 0, "msg": "", "data": {"voice_list": [voice_item("v", True)], "has_more": True}})
    endless.repeat = True
    server.script("/v1/audio/voices", endless)
    assert [v.voice_id for v in await client.voices()] == ["v"]
    assert len(server.requests) == 50


async def test_voices_error_is_raised(client: CozeClient, server: DemoServer) -> None:
    server.script("/v1/audio/voices", json_reply({"code": 4101, "msg": "no permission listVoice"}, status=401))
    with pytest.raises(CozeError) as caught:
        await client.voices()
    assert caught.value.code == 4101 and caught.value.logid


async def test_demo_bot_has_its_own_voice(client: CozeClient) -> None:
    info = await client.get_bot(DEMO_BOT_ID)
    assert info.voice_ids == (CMN_VOICE,)
    assert CMN_VOICE in {v.voice_id for v in await client.voices()}


def test_bot_voice_info_list_sample() -> None:
    info = BotInfo.from_wire({"bot_id": "1", "voice_info_list": sample("docs_bot_voice_info_list.json")})
    assert info.voice_ids == ("7468512265134800000",)
    assert BotInfo.from_wire({"bot_id": "1", "voice_info_list": []}).voice_ids == ()
    assert BotInfo.from_wire({"bot_id": "1", "voice_info_list": None}).voice_ids == ()
    odd = BotInfo.from_wire({"bot_id": "1", "voice_info_list": [{"voice_id": 7}, "x", {"language_code": "zh"}]})
    assert odd.voice_ids == ("7",)


def test_voice_from_odd_wire_values() -> None:
    voice = Voice.from_wire({"voice_id": 12, "is_system_voice": "false", "create_time": "1729686510"})
    assert (voice.voice_id, voice.is_system_voice, voice.create_time) == ("12", False, 1729686510)
    assert Voice.from_wire(None) == Voice(voice_id="")
