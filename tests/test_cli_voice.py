"""``coze-desktop speak / transcribe / voices`` and ``ask --read-aloud`` as a user runs them: real processes, the
offline demo's real espeak-ng and pocketsphinx, and a real local server for the error paths."""

from __future__ import annotations

import io
import shlex
import shutil
import subprocess
import sys
import wave
from pathlib import Path

from coze_desktop.demo import DEMO_TOKEN, DemoServer, json_reply

from .audio import rms
from .test_cli import ROOT, cli_env, run_cli, run_cli_async

CMN_VOICE = "7000000000000000201"
EN_VOICE = "7000000000000000202"


def need_espeak() -> None:
    assert shutil.which("espeak-ng"), "espeak-ng is not installed: sudo apt install espeak-ng (see .ci/setup.sh)"


def wav_level(data: bytes) -> tuple[float, float]:
    """(seconds, RMS 0-1) of a 16-bit WAV."""
    with wave.open(io.BytesIO(data)) as reader:
        frames = reader.readframes(reader.getnframes())
        return reader.getnframes() / reader.getframerate(), rms(frames)


def test_voices_lists_the_demo_voices(app_home: Path) -> None:
    result = run_cli(app_home, "voices", "--demo")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split("\t")[:3] for line in lines] == [[CMN_VOICE, "system", "中文"], [EN_VOICE, "system", "English"]]


def test_speak_writes_a_real_wav_in_the_bots_voice(app_home: Path, tmp_path: Path) -> None:
    need_espeak()
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "said.wav"
    result = run_cli(app_home, "speak", "--demo", "set the volume to thirty", "-o", str(target))
    assert result.returncode == 0, result.stderr
    seconds, level = wav_level(target.read_bytes())
    assert 1.0 < seconds < 4.0 and level > 0.02, (seconds, level)
    assert f"voice {CMN_VOICE}" in result.stderr  # the demo bot's own voice, from its voice_info_list
    assert [p.name for p in folder.iterdir()] == ["said.wav"]  # no temporary file left behind


def test_speak_to_stdout_and_the_format_from_the_extension(app_home: Path, tmp_path: Path) -> None:
    need_espeak()
    piped = subprocess.run([sys.executable, "-m", "coze_desktop", "speak", "--demo", "Pause.", "--format", "wav",
                            "-o", "-"], capture_output=True, env=cli_env(app_home), timeout=60, cwd=ROOT)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout[:4] == b"RIFF" and wav_level(piped.stdout)[1] > 0.02
    mp3 = tmp_path / "said.mp3"
    result = run_cli(app_home, "speak", "--demo", "Pause.", "--voice", EN_VOICE, "-o", str(mp3))
    assert result.returncode == 0, result.stderr
    head = mp3.read_bytes()[:3]
    assert head == b"ID3" or head[0] == 0xFF, head


def test_transcribe_an_english_command(app_home: Path, tmp_path: Path) -> None:
    need_espeak()
    said = tmp_path / "said.wav"
    assert run_cli(app_home, "speak", "--demo", "set the volume to thirty", "-o", str(said)).returncode == 0
    result = run_cli(app_home, "transcribe", "--demo", str(said))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Set the volume to 30\n"


def test_transcribe_chinese_fails_honestly_with_the_logid(app_home: Path, tmp_path: Path) -> None:
    need_espeak()
    said = tmp_path / "said.wav"
    assert run_cli(app_home, "speak", "--demo", "音量调到三十", "-o", str(said)).returncode == 0
    result = run_cli(app_home, "transcribe", "--demo", str(said))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "only a few English commands" in result.stderr and "logid=demo" in result.stderr


def test_transcribe_refuses_a_missing_or_too_big_file(app_home: Path, tmp_path: Path) -> None:
    result = run_cli(app_home, "transcribe", "--demo", str(tmp_path / "none.wav"))
    assert result.returncode == 2 and "cannot read" in result.stderr
    big = tmp_path / "big.wav"
    big.write_bytes(b"\0" * (11 * 1024 * 1024))
    result = run_cli(app_home, "transcribe", "--demo", str(big))
    assert result.returncode == 2
    assert "11.0 MB" in result.stderr and "nothing was uploaded" in result.stderr


def test_speak_refuses_text_over_1024_bytes(app_home: Path, tmp_path: Path) -> None:
    result = run_cli(app_home, "speak", "--demo", "音" * 342, "-o", str(tmp_path / "x.mp3"))
    assert result.returncode == 2
    assert "1026 bytes" in result.stderr and "nothing was sent" in result.stderr
    assert not (tmp_path / "x.mp3").exists()


def test_speak_usage_errors(app_home: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "x.mp3")
    no_token = run_cli(app_home, "speak", "hello", "-o", out)
    assert no_token.returncode == 2 and "--demo" in no_token.stderr
    bad_speed = run_cli(app_home, "speak", "--demo", "hello", "--speed", "9", "-o", out)
    assert bad_speed.returncode == 2 and "0.2 to 3" in bad_speed.stderr
    blank = run_cli(app_home, "speak", "--demo", "   ", "-o", out)
    assert blank.returncode == 2 and "error:" in blank.stderr
    no_output = run_cli(app_home, "speak", "--demo", "hello")
    assert no_output.returncode == 2 and "-o" in no_output.stderr
    no_folder = run_cli(app_home, "speak", "--demo", "hello", "-o", str(tmp_path / "none" / "x.mp3"))
    assert no_folder.returncode == 2 and "its folder does not exist" in no_folder.stderr
    assert "Traceback" not in no_folder.stderr


def test_speak_ogg_opus_on_the_demo_says_what_it_can_make(app_home: Path, tmp_path: Path) -> None:
    need_espeak()
    result = run_cli(app_home, "speak", "--demo", "hello", "-o", str(tmp_path / "x.ogg"))
    assert result.returncode == 1
    assert "cannot make ogg_opus" in result.stderr and "logid=" in result.stderr
    assert not (tmp_path / "x.ogg").exists()


def test_speak_without_espeak_says_so(app_home: Path, tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    result = run_cli(app_home, "speak", "--demo", "hello", "-o", str(tmp_path / "x.wav"), PATH=str(empty))
    assert result.returncode == 1
    assert "espeak-ng is not installed" in result.stderr


async def test_voices_error_from_a_real_server_shows_code_and_logid(server: DemoServer, app_home: Path) -> None:
    server.script("/v1/audio/voices", json_reply({"code": 4101, "msg": "token lacks listVoice"}, status=401))
    code, out, err = await run_cli_async(app_home, "voices", "--base-url", server.base_url,
                                         COZE_API_TOKEN=DEMO_TOKEN)
    assert code == 1 and out == ""
    assert "[4101] token lacks listVoice" in err and "logid=demo" in err


async def test_speak_uses_the_bots_voice_from_a_real_server(server: DemoServer, app_home: Path,
                                                            tmp_path: Path) -> None:
    need_espeak()
    target = tmp_path / "said.wav"
    code, _, err = await run_cli_async(app_home, "speak", "hello", "--base-url", server.base_url, "--bot-id",
                                       "7000000000000000001", "-o", str(target), COZE_API_TOKEN=DEMO_TOKEN)
    assert code == 0, err
    speech = [r for r in server.requests if r.path == "/v1/audio/speech"]
    assert speech[0].json["voice_id"] == CMN_VOICE and speech[0].json["response_format"] == "wav"


def test_ask_read_aloud_speaks_the_answer(app_home: Path, tmp_path: Path) -> None:
    need_espeak()
    capture = tmp_path / "spoken.wav"
    music = tmp_path / "music.wav"
    result = run_cli(app_home, "ask", "--demo", "--read-aloud", "set the volume to 30",
                     COZE_DESKTOP_SPEECH_VLC_ARGS=f"--aout=afile --audiofile-file={shlex.quote(str(capture))}",
                     COZE_DESKTOP_VLC_ARGS=f"--aout=afile --audiofile-file={shlex.quote(str(music))}")
    assert result.returncode == 0, result.stderr
    assert "set_volume" in result.stderr and "30" in result.stdout
    assert "warning" not in result.stderr
    seconds, level = wav_level(capture.read_bytes())  # libVLC played the synthesised speech
    assert seconds > 0.5 and level > 0.01, (seconds, level)


def test_a_spoken_command_drives_the_bot_from_the_terminal(app_home: Path, tmp_path: Path) -> None:
    """speak → transcribe → ask: the transcript is what the demo bot acts on (set_volume 30)."""
    need_espeak()
    said = tmp_path / "said.mp3"
    assert run_cli(app_home, "speak", "--demo", "set the volume to thirty", "-o", str(said)).returncode == 0
    heard = run_cli(app_home, "transcribe", "--demo", str(said))
    assert heard.returncode == 0, heard.stderr
    answer = run_cli(app_home, "ask", "--demo", heard.stdout.strip())
    assert answer.returncode == 0, answer.stderr
    assert '✓ set_volume → {"volume": 30}' in answer.stderr
