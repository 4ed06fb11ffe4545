"""How long the offline demo's audio endpoints take through CozeClient on 127.0.0.1: speech of a first sentence
(wav and mp3) and transcription of a spoken command (the first call, which loads pocketsphinx, and later ones).

    .venv/bin/python bench/bench_demo_voice.py              # 15 repetitions (~10 s)
    .venv/bin/python bench/bench_demo_voice.py --repeat 5

These are the server-side shares of issue 11's two latency targets (end of the first sentence → first audio
sample ≤ 1.5 s; releasing push-to-talk → transcript in the box): what remains is the app's own work (libVLC
starting a clip, the recorder's stop). Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import statistics
import sys
import time
import wave
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coze_desktop.api import CozeClient
from coze_desktop.demo import DEMO_TOKEN, DemoServer

SENTENCE = "Sure, I have set the volume to thirty percent for you."  # a typical first sentence of an answer
COMMAND = "set the volume to thirty"
VOICE = "7000000000000000202"


def seconds_of(wav: bytes) -> float:
    with wave.open(io.BytesIO(wav)) as reader:
        return reader.getnframes() / reader.getframerate()


async def timed(call) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = await call()
    return time.perf_counter() - start, result


def row(name: str, times: list[float], note: str = "") -> str:
    ms = [t * 1000 for t in times]
    return (f"| {name} | {statistics.median(ms):.0f} | {min(ms):.0f} | {max(ms):.0f} | {len(ms)} | {note} |")


async def main(repeat: int) -> None:
    async with DemoServer() as server, CozeClient(DEMO_TOKEN, server.base_url) as client:
        command = await client.speech(COMMAND, VOICE, response_format="wav")
        first, text = await timed(lambda: client.transcribe(command))
        speech_wav, speech_mp3, later = [], [], []
        clip = b""
        for _ in range(repeat):
            t, clip = await timed(lambda: client.speech(SENTENCE, VOICE, response_format="wav"))
            speech_wav.append(t)
            t, _ = await timed(lambda: client.speech(SENTENCE, VOICE, response_format="mp3"))
            speech_mp3.append(t)
            t, _ = await timed(lambda: client.transcribe(command))
            later.append(t)
        print(f"sentence: {SENTENCE!r} → {seconds_of(clip):.2f} s of speech; command: {COMMAND!r} → {text!r} "
              f"({seconds_of(command):.2f} s of audio)\n")
        print("| call | median ms | min ms | max ms | n | note |\n|---|---|---|---|---|---|")
        print(row("speech, wav", speech_wav, "espeak-ng only"))
        print(row("speech, mp3", speech_mp3, "espeak-ng + sox/lame"))
        print(row("transcribe, first call", [first], "loads pocketsphinx's model and grammar"))
        print(row("transcribe, later calls", later, "sox resampling + grammar search"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=15)
    asyncio.run(main(parser.parse_args().repeat))
