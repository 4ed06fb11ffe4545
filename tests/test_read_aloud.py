"""Reading an answer aloud while it streams: the real CozeClient.speech against the real demo server (espeak-ng
behind it) synthesises each sentence, the real Speaker plays it through libVLC into the null speaker of
.ci/with-audio.sh, and the speaker's monitor is captured and measured."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import pytest

from coze_desktop.api import CozeClient, CozeError
from coze_desktop.demo.speech import BOT_VOICE
from coze_desktop.voice.read_aloud import ReadAloud
from coze_desktop.voice.speaker import Speaker

from .audio_server import capture_speaker, needs_audio_server

ANSWER = ("The volume is now **thirty** percent. Enjoy the music!\n\n"
          "```python\nprint('never said')\n```\n"
          "See [the docs](https://example.com/docs) for more.")
SENTENCES = ["The volume is now thirty percent.", "Enjoy the music!", "See the docs for more."]


class Timeline:
    """What happened when, in the order it happened: synthesis starts and ends, around the real client call."""

    def __init__(self, client: CozeClient, voice: str = BOT_VOICE.voice_id, fail: str = "") -> None:
        self.client, self.voice, self.fail = client, voice, fail
        self.events: list[tuple[str, str, float, bool]] = []  # (what, sentence, when, the speaker was speaking)
        self.speaker: Speaker | None = None

    def synthesize(self) -> Callable[[str], Awaitable[bytes]]:
        async def synthesize(text: str) -> bytes:
            speaking = self.speaker is not None and self.speaker.speaking
            self.events.append(("start", text, time.perf_counter(), speaking))
            # An unknown voice makes the real server refuse this one sentence with a Coze error.
            voice = "no-such-voice" if self.fail and self.fail in text else self.voice
            clip = await self.client.speech(text, voice)
            self.events.append(("end", text, time.perf_counter(), self.speaker is not None and self.speaker.speaking))
            return clip

        return synthesize


@needs_audio_server
async def test_a_streamed_answer_is_said_sentence_by_sentence_and_heard(client: CozeClient) -> None:
    speaker = Speaker()
    timeline = Timeline(client)
    timeline.speaker = speaker
    reading = ReadAloud(timeline.synthesize(), speaker)
    async with capture_speaker() as capture:
        for piece in [ANSWER[i:i + 7] for i in range(0, len(ANSWER), 7)]:  # as deltas arrive
            reading.feed(piece)
            await asyncio.sleep(0.01)
        reading.finish()
        async with asyncio.timeout(30):
            await reading.wait()
        await asyncio.sleep(0.3)
    speaker.close()
    assert reading.said == SENTENCES
    assert [text for what, text, _, _ in timeline.events if what == "start"] == SENTENCES  # code and URL not said
    loud = capture.loud_span()
    assert loud is not None, "nothing was heard"
    assert loud[1] - loud[0] > 2.0  # three sentences of espeak-ng speech, not a click


@needs_audio_server
async def test_the_next_sentence_is_synthesised_while_one_plays(client: CozeClient) -> None:
    speaker = Speaker()
    timeline = Timeline(client)
    timeline.speaker = speaker
    reading = ReadAloud(timeline.synthesize(), speaker)
    reading.say(" ".join(SENTENCES))
    async with asyncio.timeout(30):
        await reading.wait()
    speaker.close()
    ends = [(text, speaking) for what, text, _, speaking in timeline.events if what == "end"]
    # The second and third clips were ready while the sentence before them was still being said.
    assert [speaking for _, speaking in ends] == [False, True, True]
    assert reading.said == SENTENCES


@needs_audio_server
async def test_stop_silences_at_once_and_abandons_the_rest(client: CozeClient) -> None:
    speaker = Speaker()
    timeline = Timeline(client)
    timeline.speaker = speaker
    reading = ReadAloud(timeline.synthesize(), speaker)
    long_answer = " ".join(f"This is sentence number {n} of a long answer that nobody wants to hear out." for n in
                           range(1, 9))
    async with capture_speaker() as capture:
        reading.say(long_answer)
        async with asyncio.timeout(10):
            while not speaker.speaking:  # noqa: ASYNC110 (the speaker offers no event for "started")
                await asyncio.sleep(0.02)
        await asyncio.sleep(0.8)
        reading.stop()
        stopped_at = capture.now()
        started = time.perf_counter()
        async with asyncio.timeout(2):
            await reading.wait()
        waited = time.perf_counter() - started
        await capture.wait_until(stopped_at + 1.5)
    speaker.close()
    assert waited < 0.5
    assert not speaker.speaking and reading.said == []  # the sentence playing was cut, none came after it
    assert max(capture.levels(stopped_at + 0.4, stopped_at + 1.5)) < -45  # silence after the stop
    assert max(capture.levels(0, stopped_at)) > -30  # and speech before it
    starts = [text for what, text, _, _ in timeline.events if what == "start"]
    assert len(starts) <= 3  # at most the one playing, the one ready and the one being synthesised


@needs_audio_server
async def test_a_sentence_that_fails_is_reported_and_the_rest_is_said(client: CozeClient) -> None:
    speaker = Speaker()
    timeline = Timeline(client, fail="Enjoy")
    timeline.speaker = speaker
    errors: list[tuple[str, Exception]] = []
    reading = ReadAloud(timeline.synthesize(), speaker, on_error=lambda s, e: errors.append((s, e)))
    reading.say(" ".join(SENTENCES))
    async with asyncio.timeout(30):
        await reading.wait()
    speaker.close()
    assert reading.said == [SENTENCES[0], SENTENCES[2]]
    assert [sentence for sentence, _ in errors] == [SENTENCES[1]]
    assert isinstance(errors[0][1], CozeError) and errors[0][1].code  # Coze's code reached the observer


@needs_audio_server
async def test_a_clip_the_speaker_cannot_play_is_reported_and_the_rest_is_said(client: CozeClient) -> None:
    speaker = Speaker()
    calls: list[str] = []

    async def synthesize(text: str) -> bytes:
        calls.append(text)
        if text.startswith("Enjoy"):
            return b"this is not audio at all" * 10  # a broken clip, as a misbehaving server might send
        return await client.speech(text, BOT_VOICE.voice_id)

    errors: list[str] = []
    reading = ReadAloud(synthesize, speaker, on_error=lambda s, e: errors.append(s))
    reading.say(" ".join(SENTENCES))
    async with asyncio.timeout(30):
        await reading.wait()
    speaker.close()
    assert calls == SENTENCES
    assert errors == [SENTENCES[1]] and reading.said == [SENTENCES[0], SENTENCES[2]]


async def test_nothing_worth_saying_ends_at_once(client: CozeClient) -> None:
    """Only code and a URL: no request, no playback, and wait() does not hang."""
    speaker = Speaker()
    calls: list[str] = []

    async def synthesize(text: str) -> bytes:
        calls.append(text)
        return await client.speech(text, BOT_VOICE.voice_id)

    reading = ReadAloud(synthesize, speaker)
    reading.say("```\nprint(1)\n```\nhttps://example.com")
    async with asyncio.timeout(2):
        await reading.wait()
    speaker.close()
    assert calls == [] and reading.said == [] and not reading.active


async def test_stop_before_anything_was_fed_and_feeding_after_stop_is_ignored(client: CozeClient) -> None:
    speaker = Speaker()
    calls: list[str] = []

    async def synthesize(text: str) -> bytes:
        calls.append(text)
        return await client.speech(text, BOT_VOICE.voice_id)

    reading = ReadAloud(synthesize, speaker)
    reading.stop()
    reading.feed("Too late. ")
    reading.finish()
    async with asyncio.timeout(1):
        await reading.wait()
    speaker.close()
    assert calls == [] and reading.stopped


@pytest.mark.parametrize("broken", [RuntimeError("observer broke")])
async def test_a_broken_error_observer_does_not_end_the_reading(client: CozeClient, broken: Exception) -> None:
    """Synthesis refused by the real server (no voice) twice; the observer raising does not stop the second."""
    speaker = Speaker()
    seen: list[str] = []

    def observer(sentence: str, _error: Exception) -> None:
        seen.append(sentence)
        raise broken

    async def synthesize(text: str) -> bytes:
        return await client.speech(text, "no-such-voice")

    reading = ReadAloud(synthesize, speaker, on_error=observer)
    reading.say("One. Two.")
    async with asyncio.timeout(10):
        await reading.wait()
    speaker.close()
    assert seen == ["One.", "Two."] and reading.said == []
