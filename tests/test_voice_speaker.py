"""The speech speaker on a real audio server: real libVLC plays espeak-ng speech into the null speaker of
.ci/with-audio.sh, whose monitor is captured and measured; the music (the real VlcPlayer playing a sox tone into
the same speaker) is measured in the mix to see it duck and come back."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_asyncio

from coze_desktop.plugins.library import Track
from coze_desktop.plugins.player import MissingPlayer, VlcPlayer
from coze_desktop.plugins.volume import VolumeModel
from coze_desktop.voice.speaker import RELEASE_SECONDS, Speaker, SpeakerError, _wav_seconds, _write_clip

from .audio import TONE_RMS, AmemSink, convert, write_tone
from .audio_server import (
    Capture,
    capture_speaker,
    needs_audio_server,
    rms_db,
    speech_wav,
    tone_db,
    tone_wav,
    wav_samples,
    wav_seconds,
)

SENTENCE = "The volume is now thirty percent. Enjoy the music."
LONG_SENTENCE = ("Here is a long answer that goes on for a while, so that there is time to stop it in the middle, "
                 "long before it would have ended by itself.")
MUSIC_HZ = 441.0
MUSIC_DB = -9.0  # a 0.5-amplitude sine at volume 100


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return speech_wav(tmp_path_factory.mktemp("speech") / "sentence.wav", SENTENCE)


@pytest.fixture(scope="module")
def long_speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return speech_wav(tmp_path_factory.mktemp("speech") / "long.wav", LONG_SENTENCE)


@pytest.fixture(scope="module")
def clip(speech: Path) -> bytes:
    return speech.read_bytes()


@pytest.fixture(scope="module")
def long_clip(long_speech: Path) -> bytes:
    return long_speech.read_bytes()


def music_db(capture: Capture, start: float, end: float) -> float:
    """The music tone's level in the captured mix between two moments: the median of 50 ms windows, so the
    speech over it (which has some energy near 441 Hz now and then) does not count."""
    samples = capture.samples(start, end)
    windows = [tone_db(samples[i: i + 800], MUSIC_HZ) for i in range(0, len(samples) - 799, 800)]
    assert windows, f"nothing captured between {start:.2f} s and {end:.2f} s"
    return statistics.median(windows)


def speech_span(wav: Path) -> float:
    """How long the source's speech lasts from first to last loud 50 ms window (espeak pads with silence)."""
    params, samples = wav_samples(wav.read_bytes())
    step = params.framerate // 20
    loud = [i for i in range(0, len(samples) - step + 1, step) if rms_db(samples[i: i + step]) > -45]
    return (loud[-1] - loud[0] + step) / params.framerate


@dataclass
class Music:
    player: VlcPlayer
    volume: VolumeModel


@pytest_asyncio.fixture
async def music(tmp_path: Path) -> AsyncIterator[Music]:
    """The app's real music player at volume 100, playing a 441 Hz tone (sox) into the default speaker."""
    volume = VolumeModel(100)
    player = VlcPlayer(volume, asyncio.get_running_loop())
    player.play(Track(tone_wav(tmp_path / "music.wav", 30.0, MUSIC_HZ), "tone"))
    async with asyncio.timeout(5):
        assert (await player.wait_until_started()).kind == "started"
    yield Music(player, volume)
    player.close()


# --- without an audio server ---

def test_wav_length_from_the_header_and_suffixes_that_are_file_suffixes(tmp_path: Path) -> None:
    tone = tone_wav(tmp_path / "t.wav", 1.25)
    assert _wav_seconds(tone.read_bytes()) == pytest.approx(1.25)
    assert _wav_seconds(b"ID3\x03 an mp3") is None
    assert _wav_seconds(b"RIFF broken") is None
    clip = _write_clip(b"abc", ".mp3")
    try:
        assert clip.read_bytes() == b"abc" and clip.suffix == ".mp3"
        assert clip.stat().st_mode & 0o077 == 0  # private: speech can be personal
    finally:
        clip.unlink()
    for hostile in ("mp3", "../x", ".mp3/../../etc", ""):
        with pytest.raises(ValueError):
            _write_clip(b"abc", hostile)


async def test_duck_scales_what_libvlc_plays_and_leaves_the_volume_alone(tmp_path: Path) -> None:
    """Player.duck on the real VlcPlayer, measured in libVLC's own output (amem, where libVLC applies the volume
    in software on its cubic curve): no audio server needed, so it runs everywhere."""
    volume = VolumeModel(100)
    player = VlcPlayer(volume, asyncio.get_running_loop())
    sink = AmemSink(player.media_player, asyncio.get_running_loop())
    try:
        player.play(Track(write_tone(tmp_path / "tone.wav", 30.0), "tone"))
        await sink.wait_for(lambda levels: len(levels) > 3 and levels[-1] == pytest.approx(TONE_RMS, rel=0.05))
        player.duck(0.3)  # volume 30 → 0.3³
        await sink.wait_for(lambda levels: levels[-1] == pytest.approx(TONE_RMS * 0.027, rel=0.1))
        assert volume.volume == 100
        player.set_volume(50)  # moved during speech: ducked too, 15 → 0.15³
        await sink.wait_for(lambda levels: levels[-1] == pytest.approx(TONE_RMS * 0.15 ** 3, rel=0.25))
        player.duck(1.0)  # back at the level set meanwhile, 0.5³
        await sink.wait_for(lambda levels: levels[-1] == pytest.approx(TONE_RMS * 0.125, rel=0.1))
        assert volume.volume == 50
        MissingPlayer().duck(0.3)  # no engine: nothing to lower, and no error for the speech to trip on
    finally:
        player.close()


# --- on the real audio server ---

@needs_audio_server
@pytest.mark.parametrize("suffix", [".wav", ".mp3"])
async def test_speech_is_heard_in_full_and_play_returns_at_its_end(speech: Path, suffix: str, tmp_path: Path) -> None:
    clip = speech if suffix == ".wav" else convert(speech, tmp_path / "sentence.mp3")
    speaker = Speaker(MissingPlayer())  # no music engine: ducking has nothing to do and must not fail
    try:
        async with capture_speaker() as capture:
            before = capture.now()
            started = time.monotonic()
            await speaker.play(clip.read_bytes(), suffix)
            wall = time.monotonic() - started
            assert not speaker.speaking
            await capture.wait_until(capture.now() + 0.3)
        span = capture.loud_span()
    finally:
        speaker.close()
    length = wav_seconds(speech)
    assert span is not None, "the speaker's capture is silent"
    heard = span[1] - span[0]
    assert heard == pytest.approx(speech_span(speech), abs=0.25)
    assert span[0] >= before - 0.05  # not before play() (one 50 ms window of rounding)
    assert length - 0.3 <= wall <= length + 1.0  # paced by the real output, returned at the end
    assert max(capture.levels(*span)) > -25


@needs_audio_server
async def test_music_ducks_while_the_bot_speaks_and_comes_back(music: Music, clip: bytes) -> None:
    speaker = Speaker(music.player, duck_to=0.3)
    try:
        async with capture_speaker() as capture:
            await capture.wait_until(1.0)
            start = capture.now()
            playing = asyncio.ensure_future(speaker.play(clip, ".wav"))
            await asyncio.sleep(0.5)
            assert speaker.speaking
            assert music.volume.volume == 100  # the slider does not move: ducking is not a volume change
            await playing
            end = capture.now()
            await capture.wait_until(end + RELEASE_SECONDS + 1.0)
    finally:
        speaker.close()
    before = music_db(capture, 0.2, start)
    during = music_db(capture, start + 0.3, end - 0.1)
    after = music_db(capture, end + RELEASE_SECONDS + 0.2, end + RELEASE_SECONDS + 1.0)
    assert before == pytest.approx(MUSIC_DB, abs=1.0)
    # duck_to 0.3 of volume 100 is libVLC volume 30, which PulseAudio applies on a cubic curve: 0.3³ = -31 dB
    assert during == pytest.approx(before - 31.4, abs=3.0)
    assert after == pytest.approx(before, abs=0.5)  # the exact level it had
    assert music.volume.volume == 100


@needs_audio_server
async def test_a_volume_set_while_the_bot_speaks_is_the_one_the_music_returns_to(music: Music,
                                                                                 clip: bytes) -> None:
    speaker = Speaker(music.player, duck_to=0.3)
    try:
        async with capture_speaker() as capture:
            await capture.wait_until(1.0)
            start = capture.now()
            playing = asyncio.ensure_future(speaker.play(clip, ".wav"))
            await asyncio.sleep(0.8)
            music.player.set_volume(50)  # "音量调到50" while the answer is being read
            moved = capture.now()
            await playing
            end = capture.now()
            await capture.wait_until(end + RELEASE_SECONDS + 1.0)
    finally:
        speaker.close()
    before = music_db(capture, 0.2, start)
    ducked_at_50 = music_db(capture, moved + 0.2, end - 0.1)
    after = music_db(capture, end + RELEASE_SECONDS + 0.2, end + RELEASE_SECONDS + 1.0)
    assert music.volume.volume == 50
    assert after == pytest.approx(before - 18.1, abs=1.0)  # volume 50: 0.5³ = -18 dB, no longer ducked
    # and while speaking, 50 was ducked too (to 15: -49 dB, measured under the speech, which leaks into the
    # tone's band at about -45 dB)
    assert ducked_at_50 < after - 10


@needs_audio_server
async def test_stop_cuts_the_speech_at_once_and_brings_the_music_back(music: Music, long_clip: bytes) -> None:
    assert wav_seconds(long_clip) > 5
    speaker = Speaker(music.player, duck_to=0.3)
    try:
        async with capture_speaker() as capture:
            await capture.wait_until(0.8)
            playing = asyncio.ensure_future(speaker.play(long_clip, ".wav"))
            await asyncio.sleep(1.5)
            assert speaker.speaking
            stopped_at = capture.now()
            asked = time.monotonic()
            speaker.stop()
            assert not speaker.speaking
            async with asyncio.timeout(0.5):
                await playing  # returns (does not raise) when stopped
            returned_after = time.monotonic() - asked
            await capture.wait_until(stopped_at + 1.2)
    finally:
        speaker.close()
    assert returned_after < 0.2
    during = music_db(capture, stopped_at - 1.0, stopped_at)
    after = music_db(capture, stopped_at + 0.3, stopped_at + 1.2)
    assert during < MUSIC_DB - 25
    assert after == pytest.approx(MUSIC_DB, abs=0.5)
    # nothing but the music after the stop: the speech is gone, the mix is the pure tone's level
    assert max(capture.levels(stopped_at + 0.3, stopped_at + 1.2)) < MUSIC_DB + 0.5


@needs_audio_server
async def test_sentences_in_a_row_keep_the_music_down_between_them(music: Music, tmp_path: Path) -> None:
    first = speech_wav(tmp_path / "1.wav", "First sentence.")
    second = speech_wav(tmp_path / "2.wav", "Second sentence.")
    speaker = Speaker(music.player, duck_to=0.3)
    try:
        async with capture_speaker() as capture:
            await capture.wait_until(0.8)
            start = capture.now()
            await speaker.play(first.read_bytes(), ".wav")
            gap = capture.now()
            await asyncio.sleep(0.2)  # what synthesis-ahead leaves between two sentences, at most
            await speaker.play(second.read_bytes(), ".wav")
            end = capture.now()
            await capture.wait_until(end + RELEASE_SECONDS + 0.8)
    finally:
        speaker.close()
    # between the sentences (no speech there, so the tone is measured cleanly) the music stays down …
    assert music_db(capture, gap, gap + 0.2) < MUSIC_DB - 25
    # … and at no moment of the two sentences is it back near its level (speech over it leaks at most ~-23 dB)
    windows = [tone_db(capture.samples(t, t + 0.05), MUSIC_HZ)
               for t in [start + 0.3 + i * 0.05 for i in range(int((end - start - 0.4) / 0.05))]]
    assert max(windows) < MUSIC_DB - 6
    assert music_db(capture, end + RELEASE_SECONDS + 0.2, end + RELEASE_SECONDS + 0.8) == pytest.approx(
        MUSIC_DB, abs=0.5)


@needs_audio_server
async def test_an_unreadable_clip_is_an_error_and_the_music_comes_back(music: Music) -> None:
    speaker = Speaker(music.player, duck_to=0.3)
    try:
        async with capture_speaker() as capture:
            await capture.wait_until(0.5)
            started = time.monotonic()
            with pytest.raises(SpeakerError, match="could not play"):
                await speaker.play(b"<html>502 Bad Gateway</html>" * 40, ".mp3")
            assert time.monotonic() - started < 5
            end = capture.now()
            await capture.wait_until(end + RELEASE_SECONDS + 0.8)
    finally:
        speaker.close()
    assert music_db(capture, end + RELEASE_SECONDS + 0.2, end + RELEASE_SECONDS + 0.8) == pytest.approx(
        MUSIC_DB, abs=0.5)
    assert music.volume.volume == 100


@needs_audio_server
async def test_cancelling_play_silences_at_once_and_brings_the_music_back(music: Music, long_clip: bytes) -> None:
    speaker = Speaker(music.player, duck_to=0.3)
    try:
        async with capture_speaker() as capture:
            await capture.wait_until(0.8)
            playing = asyncio.ensure_future(speaker.play(long_clip, ".wav"))
            await asyncio.sleep(1.0)
            cancelled_at = capture.now()
            playing.cancel()
            with pytest.raises(asyncio.CancelledError):
                await playing
            assert not speaker.speaking
            await capture.wait_until(cancelled_at + 1.0)
    finally:
        speaker.close()
    assert music_db(capture, cancelled_at - 0.7, cancelled_at) < MUSIC_DB - 25
    assert music_db(capture, cancelled_at + 0.2, cancelled_at + 1.0) == pytest.approx(MUSIC_DB, abs=0.5)
    assert max(capture.levels(cancelled_at + 0.2, cancelled_at + 1.0)) < MUSIC_DB + 0.5


@needs_audio_server
async def test_a_new_clip_replaces_the_one_speaking(clip: bytes, long_clip: bytes) -> None:
    speaker = Speaker()
    try:
        first = asyncio.ensure_future(speaker.play(long_clip, ".wav"))
        await asyncio.sleep(0.5)
        second = asyncio.ensure_future(speaker.play(clip, ".wav"))
        async with asyncio.timeout(0.5):
            await first  # cut, returns at once
        assert speaker.speaking
        started = time.monotonic()
        async with asyncio.timeout(wav_seconds(clip) + 2):
            await second
        assert time.monotonic() - started >= wav_seconds(clip) - 0.5  # the second clip played in full
    finally:
        speaker.close()
