"""Voice in the real window: the mic button, its level meter and time, the transcript into the box or sent, Esc,
Read aloud on an answer and while it streams, and the end to end voice command — espeak-ng's "set the volume to
thirty" into the virtual microphone of .ci/with-audio.sh, recognised by the demo server, set_volume run, the player
bar at 30, the spoken answer captured from the speaker's monitor. The window, the demo server, the recorder,
libVLC and the audio server are all real."""

from __future__ import annotations

import array
import asyncio
import io
import math
import time
import wave
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from coze_desktop.demo import DEMO_BOT_ID
from coze_desktop.settings import load_settings, save_settings, settings_path
from coze_desktop.ui.main_window import MainWindow
from coze_desktop.ui.services import build
from coze_desktop.ui.settings_dialog import SettingsDialog
from coze_desktop.ui.voice_controls import IDLE, RECORDING
from coze_desktop.voice.recorder import Recorder

from ..audio_server import capture_speaker, feed_microphone, needs_audio_server, speech_wav
from .test_main_window import ask, close_window

COMMAND = "set the volume to thirty"
RECOGNISED = "Set the volume to 30"  # how the demo server writes what it recognised


pytestmark = pytest.mark.usefixtures("fast_demo")


def voice_settings(tmp_path: Path, *, at_once: bool = False, read_aloud: bool = False) -> None:
    settings = load_settings()
    folder = tmp_path / "Music"
    folder.mkdir(exist_ok=True)
    settings.profile.music_folder = str(folder)  # no first-run prompt
    settings.send_voice_at_once = at_once
    settings.read_aloud_bots = [DEMO_BOT_ID] if read_aloud else []
    save_settings(settings)


async def open_window() -> MainWindow:
    win, store = build(load_settings())
    win._test_store = store  # type: ignore[attr-defined]
    win.show()
    await win.start()
    return win


@pytest_asyncio.fixture
async def window(tmp_path: Path) -> AsyncIterator[MainWindow]:
    voice_settings(tmp_path)
    win = await open_window()
    yield win
    await close_window(win, win._test_store)  # type: ignore[attr-defined]


async def until(condition, seconds: float = 10.0, why=None) -> None:  # type: ignore[no-untyped-def]
    """Until ``condition()`` holds; else fail, saying ``why()`` (what the window shows) when given."""
    try:
        async with asyncio.timeout(seconds):
            while not condition():  # noqa: ASYNC110 (widget and player state, no asyncio.Event to wait on)
                await asyncio.sleep(0.02)
    except TimeoutError:
        raise AssertionError(f"still not true after {seconds} s" + (f": {why()}" if why else "")) from None


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return speech_wav(tmp_path_factory.mktemp("voice") / "command.wav", COMMAND)


# ------------------------------------------------------------------------------------------- everywhere


async def test_the_mic_button_is_named_and_has_its_shortcut(window: MainWindow) -> None:
    button = window.voice.mic_button
    assert button.accessibleName() == "Voice input"
    assert "Ctrl+Shift+Space" in button.toolTip()
    assert not button.icon().isNull() and button.isVisible()
    assert [keys.toString() for keys in window.voice_action.shortcuts()] == ["Ctrl+Shift+Space"]
    rows = dict(window.shortcut_rows())
    assert [keys.toString() for keys in rows["Talk (press again to stop)"]] == ["Ctrl+Shift+Space"]
    assert not window.voice.meter.isVisible() and not window.voice.elapsed.isVisible()  # only while recording


async def test_no_microphone_says_so_and_keeps_the_typed_text(window: MainWindow) -> None:
    window.voice.recorder_factory = lambda: Recorder(device="no such microphone")
    window.input.set_draft("half a thought")
    started = time.perf_counter()
    window.voice_action.trigger()
    await until(lambda: window.voice.state == IDLE and window.statusBar().currentMessage(), 5)
    assert time.perf_counter() - started < 3
    assert window.statusBar().currentMessage().startswith("Could not record: ")
    assert window.input.draft() == "half a thought"
    assert not window.voice.mic_button.isChecked()
    assert window.input.placeholderText() == "Ask anything — Enter to send, Shift+Enter for a new line"


async def test_a_failed_transcription_shows_coze_code_and_logid(window: MainWindow) -> None:
    """A recording the server cannot read (not audio at all) comes back as Coze's error, shown with its code."""

    class NotAudio:  # a recorder whose "recording" is not a WAV: the real server refuses it
        async def record(self, **_kwargs: object) -> bytes:
            return b"RIFF this is not a wave file" * 4

    window.voice.recorder_factory = NotAudio
    window.input.set_draft("kept")
    window.voice.toggle()
    await window.voice.wait()
    message = window.statusBar().currentMessage()
    assert message.startswith("Speech could not be recognised: [") and "logid=" in message
    assert window.input.draft() == "kept"


async def test_read_aloud_is_a_per_bot_setting_kept_in_the_file(window: MainWindow) -> None:
    assert not window.read_aloud_action.isChecked()
    window.read_aloud_action.trigger()
    assert window.read_aloud_action.isChecked()
    assert load_settings(settings_path()).read_aloud_bots == [DEMO_BOT_ID]
    dialog = SettingsDialog(window.settings, window, bot_id=DEMO_BOT_ID, voices=window.session.voices)
    assert dialog.read_aloud_check.isChecked()
    dialog.read_aloud_check.setChecked(False)
    dialog.voice_send_check.setChecked(True)
    await until(lambda: dialog.voice_combo.count() > 1, 5)  # the demo server's voices, listed
    dialog.voice_combo.setCurrentIndex(2)
    chosen = dialog.voice_combo.currentData()
    assert chosen and dialog.apply()
    saved = load_settings(settings_path())
    assert saved.read_aloud_bots == [] and saved.send_voice_at_once and saved.voice_id == chosen
    dialog.close()
    dialog.deleteLater()


async def test_the_voice_picker_says_when_the_voices_cannot_be_listed(window: MainWindow) -> None:
    await window.session.close()  # disconnected: the session has no client to ask
    dialog = SettingsDialog(window.settings, window, bot_id=DEMO_BOT_ID, voices=window.session.voices)
    await until(lambda: dialog.voice_status.text(), 5)
    assert dialog.voice_status.text().startswith("The voices could not be listed: Not connected")
    assert dialog.voice_combo.count() == 1  # only "the bot's own voice, else the first system voice"
    dialog.close()
    dialog.deleteLater()


# ------------------------------------------------------------------------------------------- real audio


@needs_audio_server
async def test_recording_shows_level_and_time_and_the_transcript_joins_the_typed_text(
        window: MainWindow, spoken: Path) -> None:
    levels: list[tuple[float, float]] = []
    window.voice.sig_level.connect(lambda level, elapsed: levels.append((level, elapsed)))
    window.input.set_draft("Note:")
    window.voice.mic_button.click()
    assert window.voice.state == RECORDING and window.voice.mic_button.isChecked()
    assert window.voice.meter.isVisible() and window.voice.elapsed.isVisible()
    assert window.input.placeholderText().startswith("Listening…")
    await asyncio.sleep(0.3)
    await feed_microphone(spoken)
    seen_meter = window.voice.meter.level
    await until(lambda: window.voice.state == IDLE, 15)
    assert max(level for level, _ in levels) > 0.3 and seen_meter >= 0
    assert levels[-1][1] > 1.0 and window.voice.elapsed.text() != "0:00"
    assert window.input.draft() == f"Note: {RECOGNISED}"  # into the box after the typed text, not sent
    # What reached the server: a real WAV at 16 kHz mono 16-bit, with speech in it (not silence).
    upload = next(r for r in window.session._demo.requests if r.path == "/v1/audio/transcriptions")
    assert upload.headers.get("content-type", "").startswith("multipart/form-data")
    riff = upload.body[upload.body.index(b"RIFF"):]
    with wave.open(io.BytesIO(riff)) as recording:
        assert (recording.getframerate(), recording.getnchannels(), recording.getsampwidth()) == (16000, 1, 2)
        samples = array.array("h", recording.readframes(recording.getnframes()))
    assert len(samples) > 16000, "at least a second was recorded"
    rms = math.sqrt(sum(x * x for x in samples) / len(samples))
    assert rms > 100, f"the upload is silent (RMS {rms:.0f})"
    assert window.view.message_count() == 0 or window.current is None
    assert not window.voice.meter.isVisible()


@needs_audio_server
async def test_esc_cancels_a_recording_and_nothing_is_transcribed(window: MainWindow, spoken: Path) -> None:
    sent: list[bytes] = []
    transcribe = window.voice.transcribe

    async def counted(audio: bytes) -> str:
        sent.append(audio)
        assert transcribe is not None
        return await transcribe(audio)

    window.voice.transcribe = counted
    window.voice_action.trigger()
    feeding = asyncio.ensure_future(feed_microphone(spoken))
    await asyncio.sleep(0.8)
    window.stop_action.trigger()  # Esc
    await until(lambda: window.voice.state == IDLE, 2)
    feeding.cancel()
    await asyncio.gather(feeding, return_exceptions=True)
    assert sent == [] and window.input.draft() == ""


@needs_audio_server
async def test_read_aloud_on_an_answer_speaks_and_esc_silences_it(window: MainWindow) -> None:
    await ask(window, "what can you do?")
    answer = window.view.last_bot()
    assert answer is not None
    async with capture_speaker() as capture:
        answer.read_aloud_button.click()
        assert answer.reading and window.stop_button.isVisible()
        assert answer.read_aloud_button.accessibleName() == "Stop reading aloud"
        await until(lambda: window.speaker is not None and window.speaker.speaking, 10)
        await asyncio.sleep(1.0)
        window.stop_action.trigger()  # Esc
        stopped_at = capture.now()
        await until(lambda: window.reading is None, 1)
        await capture.wait_until(stopped_at + 1.2)
    assert max(capture.levels(0, stopped_at)) > -30  # it spoke
    assert max(capture.levels(stopped_at + 0.4, stopped_at + 1.2)) < -45  # and went quiet
    assert not answer.reading and window.send_button.isVisible()


@needs_audio_server
async def test_starting_to_talk_stops_the_speech(window: MainWindow) -> None:
    await ask(window, "what can you do?")
    answer = window.view.last_bot()
    assert answer is not None
    window.read_message_aloud(answer)
    await until(lambda: window.speaker is not None and window.speaker.speaking, 10)
    window.voice_action.trigger()
    assert window.reading is None and not window.speaker.speaking
    window.voice.cancel()
    await window.voice.wait()


@needs_audio_server
async def test_voice_command_end_to_end(tmp_path: Path, spoken: Path) -> None:
    """Mic → recorder → transcription → chat → set_volume → the slider at 30 → the answer spoken and heard."""
    voice_settings(tmp_path, at_once=True, read_aloud=True)
    window = await open_window()
    try:
        assert window.player_bar is not None and window.read_aloud_action.isChecked()
        async with capture_speaker() as capture:
            window.voice_action.trigger()  # Ctrl+Shift+Space
            await asyncio.sleep(0.3)
            await feed_microphone(spoken)
            await until(lambda: window.player_bar.volume.value() == 30, 20)
            assert window.player_bar.volume_model.volume == 30
            await until(lambda: window.reading is not None, 10, lambda: window.statusBar().currentMessage())
            heard_from = capture.now()
            await until(lambda: window.reading is None, 30)
            await asyncio.sleep(0.3)
        question = [w for w in window.view.message_widgets() if not hasattr(w, "answer")]
        assert question, "the transcript was sent as a question"
        answer = window.view.last_bot()
        assert answer is not None and "30" in answer.answer.markdown()
        loud = capture.loud_span()
        assert loud is not None and loud[1] > heard_from, "the spoken answer was not heard"
        assert loud[1] - max(loud[0], heard_from - 1) > 1.0
        assert window.input.draft() == ""
    finally:
        await close_window(window, window._test_store)  # type: ignore[attr-defined]
