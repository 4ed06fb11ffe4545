"""How often the offline demo's recogniser gets espeak-ng's commands right, and how often it refuses what is not a
command (Chinese, free English): clean speech and the same padded like a push-to-talk recording (0.8 s before,
1.2 s after) under white noise at two levels.

    .venv/bin/python bench/eval_demo_recognition.py          # ~20 s; needs espeak-ng and sox

Prints one line per case and a summary. Not a test: the noise is random, so a case near the edge may flip.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coze_desktop.demo import recognition
from coze_desktop.demo.wire import ApiError

COMMANDS = ["next song", "mute", "turn it down", "set the volume to thirty", "pause", "what can you do",
            "play morning breeze", "louder", "quieter", "stop the music", "set the volume to seventy five",
            "skip this song", "play some music", "resume the music", "set the volume to thirty eight",
            "set the volume to fifty", "set the volume to one hundred", "turn the volume down"]
NOT_COMMANDS = ["音量调到三十", "播放晴天", "静音", "暂停", "下一首", "你好", "把音量调到五十", "hello how are you",
                "the quick brown fox jumps over the lazy dog", "what time is it", "good morning",
                "thank you very much", "open the window", "call my mother", "I like music"]
NOISE = ("0.005", "0.02")


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def variants(text: str, folder: Path) -> dict[str, bytes]:
    voice = "cmn" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
    said, padded, noise, mixed = (folder / n for n in ("said.wav", "padded.wav", "noise.wav", "mixed.wav"))
    run("espeak-ng", "-v", voice, "-w", str(said), text)
    run("sox", str(said), "-r", "16000", "-c", "1", "-b", "16", str(padded), "pad", "0.8", "1.2")
    seconds = run("soxi", "-D", str(padded)).strip()
    out = {"clean": said.read_bytes()}
    for level in NOISE:
        run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", str(noise), "synth", seconds, "whitenoise", "vol",
            level)
        run("sox", "-m", str(padded), str(noise), str(mixed))
        out[f"noise {level}"] = mixed.read_bytes()
    return out


async def main() -> None:
    recogniser = recognition.Recognizer()
    tally: dict[str, list[int]] = {"command": [0, 0], "not a command": [0, 0]}
    with tempfile.TemporaryDirectory() as folder:
        for group, texts in (("command", COMMANDS), ("not a command", NOT_COMMANDS)):
            for text in texts:
                for name, audio in variants(text, Path(folder)).items():
                    try:
                        heard: str | None = await recogniser.transcribe(audio, "said.wav", "audio/wav")
                    except ApiError:
                        heard = None
                    expected = recognition.transcript(text) if group == "command" else None
                    right = heard == expected
                    tally[group][0 if right else 1] += 1
                    print(f"{'ok ' if right else 'BAD'} {group:13} {name:11} {text!r} → {heard!r}")
    for group, (right, wrong) in tally.items():
        print(f"{group}: {right} of {right + wrong} right ({'recognised' if group == 'command' else 'refused'})")


if __name__ == "__main__":
    asyncio.run(main())
