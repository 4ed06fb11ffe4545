"""End to end: the window, the local Coze server, the approval policy, real libVLC and the player bar."""

from __future__ import annotations

import asyncio
import json
import shlex
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtWidgets import QApplication

from coze_desktop.plugins import MusicLibrary, VolumeModel, create_player
from coze_desktop.plugins.player import EventKind, PlayerEvent, PlayerState
from coze_desktop.settings import load_settings
from coze_desktop.ui.main_window import MainWindow
from coze_desktop.ui.player_bar import PlayerBar
from coze_desktop.ui.services import build

from ..audio import wav_rms, write_tone
from ..test_music import without_vlc
from .test_main_window import ask, close_window


@pytest_asyncio.fixture
async def music_window(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                       ) -> AsyncIterator[tuple[MainWindow, Path]]:
    from coze_desktop.ui.session import ChatSession

    folder = tmp_path / "Music"
    # Long enough to still be playing when the turn ends: libVLC's file output runs faster than real time.
    write_tone(folder / "晴天.wav", 30.0)
    write_tone(folder / "七里香.wav", 30.0)
    capture = tmp_path / "capture.wav"
    monkeypatch.setenv("COZE_DESKTOP_VLC_ARGS", f"--aout=afile --audiofile-file={shlex.quote(str(capture))}")
    monkeypatch.setattr(ChatSession, "demo_delay", 0.0)
    qapp.setQuitOnLastWindowClosed(False)
    settings = load_settings()
    settings.profile.music_folder = str(folder)
    window, store = build(settings)
    if window.player_bar.player.problem:
        without_vlc(f"libVLC cannot run here: {window.player_bar.player.problem}")
    window.show()
    await window.start()
    yield window, capture
    await close_window(window, store)


def tool_output(window: MainWindow, name: str) -> dict:
    [card] = [c for c in window.view.last_bot()._cards.values() if name in c.title.text()]
    assert card.state == "done", card.output.text()
    return json.loads(card.output.text())


async def test_play_by_chat_then_volume_both_ways(music_window: tuple[MainWindow, Path]) -> None:
    window, capture = music_window
    bar = window.player_bar

    await ask(window, "播放 晴天")
    assert window.approvals.cards == []  # local playback is allowed without asking by default
    assert tool_output(window, "play_music")["playing"] == "晴天"
    assert bar.player.state == PlayerState.PLAYING
    assert "晴天" in bar.title.text()

    await ask(window, "音量调到30")
    assert tool_output(window, "set_volume") == {"volume": 30}
    assert bar.volume.value() == 30  # the bot's set_volume moved the slider

    bar.volume.setValue(70)  # the user moves the slider…
    await ask(window, "现在音量多少")
    assert tool_output(window, "get_volume") == {"volume": 70}  # …and the bot reads the new level

    bar.stop()
    assert bar.player.state == PlayerState.STOPPED
    assert bar.title.text() == "Last played: 晴天"  # stopped: the bar offers the last song again
    assert wav_rms(capture) > 0.01  # real audio went through libVLC into the capture file


async def test_next_and_pause_by_chat(music_window: tuple[MainWindow, Path]) -> None:
    window, _ = music_window
    bar = window.player_bar
    await ask(window, "播放 晴天")
    await ask(window, "下一首")
    assert tool_output(window, "next_music")["playing"] == "七里香"
    assert "七里香" in bar.title.text()
    await ask(window, "暂停")
    assert bar.player.state == PlayerState.PAUSED and bar.play_button.property("playing") is False
    bar.play_button.click()  # resume from the bar
    await asyncio.sleep(0)
    assert bar.player.state == PlayerState.PLAYING


async def test_the_next_song_follows_one_that_ends_and_the_list_stops_after_the_last(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "Music"
    for name in ("a", "b", "c"):
        write_tone(folder / f"{name}.wav", 0.3)
    monkeypatch.setenv("COZE_DESKTOP_VLC_ARGS", f"--aout=afile --audiofile-file={shlex.quote(str(tmp_path / 'o.wav'))}")
    volume = VolumeModel(100)
    player = create_player(volume, asyncio.get_running_loop())
    if player.problem:
        without_vlc(f"libVLC cannot run here: {player.problem}")
    bar = PlayerBar(player, volume)
    seen: list[PlayerEvent] = []
    changed = asyncio.Event()

    def observe(event: PlayerEvent) -> None:
        seen.append(event)
        changed.set()
        bar.handle(event)

    player.on_change = observe
    started = lambda: [e.source.title for e in seen if e.kind is EventKind.STARTED]  # noqa: E731
    try:
        library = MusicLibrary(folder)
        library.scan_now()
        b = next(t for t in library.tracks if t.title == "b")
        player.playlist.select(b, library.tracks)  # as play_music leaves it
        player.play(b)
        async with asyncio.timeout(10):
            while len([e for e in seen if e.kind is EventKind.ENDED]) < 2:
                changed.clear()
                await changed.wait()
        await asyncio.sleep(0.5)  # time enough for a wrong wrap-around to "a" to start
        assert started() == ["b", "c"]  # "c" followed "b"; nothing followed the last
        assert player.state is PlayerState.STOPPED and bar.title.text() == "Last played: c"
    finally:
        player.close()
        bar.deleteLater()


async def test_first_click_on_a_fresh_machine_plays_the_demo_song(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No settings file, no music folder chosen, no ~/Music: "播放 晴天" plays the demo song at once."""
    from coze_desktop.ui.session import ChatSession

    monkeypatch.setattr("coze_desktop.settings.default_music_folder", lambda: str(tmp_path / "no-Music"))
    capture = tmp_path / "capture.wav"
    monkeypatch.setenv("COZE_DESKTOP_VLC_ARGS", f"--aout=afile --audiofile-file={shlex.quote(str(capture))}")
    monkeypatch.setattr(ChatSession, "demo_delay", 0.0)
    qapp.setQuitOnLastWindowClosed(False)
    window, store = build(load_settings())
    try:
        if window.player_bar.player.problem:
            without_vlc(f"libVLC cannot run here: {window.player_bar.player.problem}")
        window.show()
        await window.start()
        assert window.settings.profile.music_folder == ""
        await ask(window, "播放 晴天")
        assert tool_output(window, "play_music")["playing"] == "晴天"
        assert window.player_bar.player.state == PlayerState.PLAYING
        assert "晴天" in window.player_bar.title.full_text()
    finally:
        await close_window(window, store)


async def test_a_missing_chosen_folder_is_explained_in_chinese_without_the_path_in_the_sentence(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from coze_desktop.ui.session import ChatSession

    monkeypatch.setattr(ChatSession, "demo_delay", 0.0)
    qapp.setQuitOnLastWindowClosed(False)
    settings = load_settings()
    settings.language = "zh_CN"
    missing = tmp_path / "Music" / "gone"
    settings.profile.music_folder = str(missing)
    window, store = build(settings)
    try:
        window.show()
        await window.start()
        await ask(window, "播放 晴天")
        [card] = [c for c in window.view.last_bot()._cards.values() if "play_music" in c.title.text()]
        answer = window.view.last_bot().answer
        answer.flush()
        text = answer.toPlainText()
        if window.player_bar.player.problem:  # without libVLC the reason is that, in Chinese too
            assert "没有安装 VLC" in text or "VLC 已安装" in text
        else:
            assert "音乐文件夹不存在" in text
        assert str(tmp_path) not in text  # the path is a detail of the tool's output, not of the sentence
        assert card.state == "failed"
    finally:
        await close_window(window, store)


async def test_at_900_by_600_the_seek_bar_keeps_its_width_and_a_long_title_elides(
        music_window: tuple[MainWindow, Path]) -> None:
    from coze_desktop.ui.player_bar import SEEK_MIN_WIDTH

    window, _ = music_window
    window.resize(900, 600)
    await asyncio.sleep(0.05)
    bar = window.player_bar
    bar.title.setText("一首名字非常非常长的歌 — An Artist Whose Name Does Not Fit Anywhere At All")
    await asyncio.sleep(0.05)
    assert bar.seek.width() >= SEEK_MIN_WIDTH
    assert bar.geometry().right() <= window.width()  # the bar is not wider than the window: nothing clipped
    assert bar.volume_label.isVisible() and bar.volume_label.width() >= bar.volume_label.fontMetrics(
    ).horizontalAdvance("100")
    assert bar.title.shown_text() != bar.title.full_text() and bar.title.shown_text().endswith("…")
