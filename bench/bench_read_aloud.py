"""Voice latency (issue 11): the end of the first sentence in a streamed answer → its first audio sample played,
and releasing push-to-talk → the transcript in the message box.

Run by hand, on the audio server of .ci/with-audio.sh (the null speaker whose monitor is captured, the virtual
microphone fed by paplay), from the repository root:

    QT_QPA_PLATFORM=offscreen .ci/with-audio.sh .venv/bin/python bench/bench_read_aloud.py [--rounds 5]

All parts are real: the local demo server (espeak-ng speech, pocketsphinx recognition), CozeClient, ChatEngine
streaming the demo bot's answer, ReadAloud and the Speaker on libVLC, the Recorder on PortAudio, the window.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coze_desktop.api import CozeClient
from coze_desktop.chat import AnswerDelta, ChatEngine, TurnRequest
from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN, DemoServer
from coze_desktop.demo.speech import BOT_VOICE
from coze_desktop.plugins import VolumeModel, default_registry
from coze_desktop.voice.read_aloud import ReadAloud
from coze_desktop.voice.speakable import SentenceSplitter
from coze_desktop.voice.speaker import Speaker
from tests.audio_server import WINDOW, Capture, capture_speaker, feed_microphone, speech_wav

QUESTION = "what can you do?"
LOUD_DB = -45.0  # a 50 ms window of the capture louder than this is speech


async def first_sentence_to_sound(rounds: int, response_format: str) -> list[tuple[float, float]]:
    """Per round: (seconds from the delta that completed the first sentence to the first loud capture window,
    seconds the synthesis of that sentence took)."""
    results: list[tuple[float, float]] = []
    async with DemoServer(delta_delay=0.015) as server, CozeClient(DEMO_TOKEN, server.base_url) as client:
        speaker = Speaker()
        engine = ChatEngine(client, default_registry(VolumeModel()))
        for _ in range(rounds):
            results.append(await one_reading(client, engine, speaker, response_format))
        speaker.close()
    return results


async def one_reading(client: CozeClient, engine: ChatEngine, speaker: Speaker,
                      response_format: str) -> tuple[float, float]:
    synth: list[float] = []

    async def synthesize(text: str) -> bytes:
        started = time.perf_counter()
        clip = await client.speech(text, BOT_VOICE.voice_id, response_format=response_format)
        synth.append(time.perf_counter() - started)
        return clip

    reading = ReadAloud(synthesize, speaker, suffix=f".{response_format}")
    splitter = SentenceSplitter()  # the same cut as ReadAloud's: which delta completes sentence one
    marks: list[float] = []
    async with capture_speaker() as capture:

        def observe(event: object) -> None:
            if isinstance(event, AnswerDelta):
                if not marks and splitter.feed(event.text):
                    marks.append(capture.now())  # on the capture's timeline
                reading.feed(event.text)

        await engine.run_turn(TurnRequest(DEMO_BOT_ID, "bench", QUESTION, None), observe)
        reading.finish()
        first = None
        async with asyncio.timeout(15):  # heard: the rest of the answer need not be (stop, as Esc does)
            while marks and (first := first_loud(capture, marks[0])) is None:  # noqa: ASYNC110 (a capture)
                await asyncio.sleep(0.05)
        reading.stop()
        await reading.wait()
    if first is None:
        raise SystemExit("no speech was captured: is the audio server of .ci/with-audio.sh running?")
    return first - marks[0], synth[0]


def first_loud(capture: Capture, since: float) -> float | None:
    """The start (s) of the first loud 50 ms window of the capture at or after ``since``."""
    levels = capture.levels()
    return next((i * WINDOW for i, level in enumerate(levels) if i * WINDOW >= since and level > LOUD_DB), None)


async def release_to_transcript(rounds: int) -> list[float]:
    """Per round: seconds from the user ending the recording (Ctrl+Shift+Space again) to the text in the box."""
    from coze_desktop.settings import load_settings, save_settings
    from coze_desktop.ui.services import build
    from coze_desktop.ui.voice_controls import IDLE

    settings = load_settings()
    music = Path(os.environ["COZE_DESKTOP_HOME"]) / "Music"
    music.mkdir(parents=True, exist_ok=True)
    settings.profile.music_folder = str(music)
    save_settings(settings)
    window, store = build(load_settings())
    window.show()
    await window.start()
    wav = speech_wav(Path(tempfile.mkdtemp()) / "command.wav", "set the volume to thirty")
    timings: list[float] = []
    try:
        for _ in range(rounds):
            window.input.set_draft("")
            window.voice.toggle()
            await asyncio.sleep(0.3)
            await feed_microphone(wav)
            await asyncio.sleep(0.2)  # the user lets go a moment after the last word
            window.voice.toggle()
            released = window.voice.stopped_at
            async with asyncio.timeout(20):
                while not window.input.draft():  # noqa: ASYNC110 (the box's text, no event to await)
                    await asyncio.sleep(0.002)
            timings.append(time.perf_counter() - released)
            async with asyncio.timeout(5):
                while window.voice.state != IDLE:  # noqa: ASYNC110
                    await asyncio.sleep(0.01)
    finally:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        await window.shutdown()
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        await asyncio.sleep(0)
        store.close()
    return timings


def summary(values: list[float]) -> str:
    return (f"median {statistics.median(values) * 1000:.0f} ms, min {min(values) * 1000:.0f} ms, "
            f"max {max(values) * 1000:.0f} ms (n={len(values)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if os.environ.get("CI_AUDIO") != "1":
        raise SystemExit("run under .ci/with-audio.sh (a private audio server with a null speaker and a mic)")
    os.environ.setdefault("COZE_DESKTOP_HOME", tempfile.mkdtemp(prefix="bench-voice-"))

    from PySide6.QtWidgets import QApplication

    from coze_desktop.ui.event_loop import EventLoop

    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    loop = EventLoop(app)
    asyncio.set_event_loop(loop)
    # MP3, as the window asks for it (CozeClient.speech's default).
    results = loop.run_until_complete(first_sentence_to_sound(args.rounds, "mp3"))
    print(f"first sentence → first sound (mp3): {summary([r[0] for r in results])}; "
          f"its synthesis: {summary([r[1] for r in results])}   [target ≤ 1500 ms]")
    timings = loop.run_until_complete(release_to_transcript(args.rounds))
    print(f"push-to-talk released → transcript in the box: {summary(timings)}")
    loop.close()  # joins qasync's executor threads: Qt aborts on a QThread still running at exit


if __name__ == "__main__":
    main()
