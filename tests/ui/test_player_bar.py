"""The player bar: click-to-seek and click-to-set volume with real mouse presses, mute, previous, the remembered
volume and song, icons that follow the theme, and a layout that does not squash at 900 px."""

from __future__ import annotations

import asyncio
import shlex
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QSlider, QStyle, QStyleOptionSlider
from pytestqt.qtbot import QtBot

from coze_desktop.plugins import MusicLibrary, VolumeModel, create_player
from coze_desktop.plugins.library import Track
from coze_desktop.plugins.player import EventKind, MissingPlayer, Player, PlayerEvent, PlayerState
from coze_desktop.settings import load_player_memory, player_memory_path
from coze_desktop.ui import theme
from coze_desktop.ui.player_bar import SEEK_MIN_WIDTH, PlayerBar, player_icon

from ..audio import write_tone
from ..test_music import without_vlc


def groove_point(slider: QSlider, fraction: float) -> QPoint:
    """Where on ``slider``'s groove the value ``fraction`` (0–1) of its range lies, away from the handle."""
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    style = slider.style()
    groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, slider)
    handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider)
    span = groove.width() - handle.width()
    return QPoint(groove.x() + handle.width() // 2 + round(fraction * span), slider.height() // 2)


class IdlePlayer(MissingPlayer):
    """A player that can play nothing but has no problem either: the bar's idle state, no libVLC needed."""

    def __init__(self) -> None:
        super().__init__()
        self.problem = None


def make_bar(qtbot: QtBot, player: Player | None = None, volume: VolumeModel | None = None, **kwargs: object
             ) -> PlayerBar:
    bar = PlayerBar(player or IdlePlayer(), volume or VolumeModel(), **kwargs)
    qtbot.addWidget(bar)
    bar.resize(900, bar.sizeHint().height())
    bar.show()
    return bar


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        channels = [(v / 255) for v in (c.red(), c.green(), c.blue())]
        linear = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def ink(image: QImage) -> QColor:
    """The colour of an icon's most opaque pixel (its ink, not the anti-aliased edge)."""
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > best.alpha():
                best = pixel
    return best


# ----------------------------------------------------------------------------------- volume, mute, memory


def test_a_click_on_the_volume_groove_sets_it_there_and_the_number_follows(qtbot: QtBot) -> None:
    volume = VolumeModel(50)
    bar = make_bar(qtbot, volume=volume)
    qtbot.mouseClick(bar.volume, Qt.MouseButton.LeftButton, pos=groove_point(bar.volume, 0.2))
    assert 15 <= volume.volume <= 25  # jumped to the click, not one page step (10) towards it
    assert bar.volume_label.text() == str(volume.volume)
    volume.set(80)  # the bot's set_volume
    assert bar.volume.value() == 80 and bar.volume_label.text() == "80"


def test_the_speaker_button_mutes_and_unmutes_to_the_level_before(qtbot: QtBot) -> None:
    volume = VolumeModel(64)
    bar = make_bar(qtbot, volume=volume)
    assert bar.mute_button.accessibleName() and bar.mute_button.toolTip()
    qtbot.mouseClick(bar.mute_button, Qt.MouseButton.LeftButton)
    assert volume.volume == 0 and bar.mute_button.isChecked() and bar.volume_label.text() == "0"
    qtbot.mouseClick(bar.mute_button, Qt.MouseButton.LeftButton)
    assert volume.volume == 64 and not bar.mute_button.isChecked()
    qtbot.mouseClick(bar.mute_button, Qt.MouseButton.LeftButton)
    bar.volume.setValue(30)  # moving the slider while muted unmutes at the new level
    assert volume.volume == 30 and not bar.mute_button.isChecked()


def test_volume_mute_and_last_song_survive_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    song = write_tone(tmp_path / "Music" / "晴天.wav", 0.2)
    first = make_bar(qtbot, volume=VolumeModel(50))
    first.volume.setValue(35)
    first.handle(PlayerEvent(EventKind.STARTED, Track(song, "晴天", "周杰伦")))  # as the player reports a start
    first.save_memory()
    assert load_player_memory().volume == 35

    second_volume = VolumeModel()  # a new start: the bar restores the level into the shared model
    second = make_bar(qtbot, volume=second_volume)
    assert second_volume.volume == 35 and second.volume.value() == 35 and second.volume_label.text() == "35"
    assert second.title.full_text() == "Last played: 周杰伦 - 晴天"

    qtbot.mouseClick(second.mute_button, Qt.MouseButton.LeftButton)
    second.save_memory()
    third_volume = VolumeModel()
    third = make_bar(qtbot, volume=third_volume)
    assert third_volume.volume == 0 and third.mute_button.isChecked()
    qtbot.mouseClick(third.mute_button, Qt.MouseButton.LeftButton)
    assert third_volume.volume == 35  # unmuting after a restart goes back to the remembered level


def test_a_damaged_memory_file_starts_on_defaults(qtbot: QtBot) -> None:
    player_memory_path().parent.mkdir(parents=True, exist_ok=True)
    player_memory_path().write_bytes(b"\xff\xfe{ not json")
    volume = VolumeModel(42)
    bar = make_bar(qtbot, volume=volume)
    assert volume.volume == 42 and bar.title.full_text() == "Nothing playing"  # the model's level stands


def test_a_song_whose_file_is_gone_is_not_offered_again(qtbot: QtBot, tmp_path: Path) -> None:
    song = write_tone(tmp_path / "gone.wav", 0.1)
    first = make_bar(qtbot)
    first.handle(PlayerEvent(EventKind.STARTED, Track(song, "gone")))
    song.unlink()
    second = make_bar(qtbot)
    assert second._last_track() is None


# ----------------------------------------------------------------------------------- look and layout


@pytest.fixture(params=["light", "dark"])
def themed(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[theme.Tokens]:
    previous = theme.current()
    tokens = theme.apply_theme(qapp, request.param)
    yield tokens
    theme.apply_theme(qapp, previous.name)


def test_icons_follow_the_theme_with_at_least_4_5_to_1_against_the_bar(qtbot: QtBot, themed: theme.Tokens) -> None:
    bar = make_bar(qtbot)
    for button in (bar.previous_button, bar.next_button, bar.mute_button):
        image = button.icon().pixmap(20, 20).toImage()
        assert ink(image).name() == QColor(themed.icon).name()  # the theme's icon colour, not QStyle's grey
        assert contrast(ink(image), QColor(themed.window)) >= 4.5, button.accessibleName()
    play = bar.play_button.icon().pixmap(24, 24).toImage()
    assert contrast(ink(play), QColor(themed.accent_fill)) >= 4.5  # on the filled play button
    for kind in ("play", "pause", "next", "previous", "volume", "muted"):
        assert not player_icon(kind).isNull(), kind


def test_nothing_squashes_at_900_px_and_a_long_title_elides(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    bar.title.setText("一首名字非常非常长的歌 — A Very Long Artist Name That Goes On And On " * 3)
    bar.resize(900, bar.height())
    QApplication.processEvents()
    assert bar.minimumSizeHint().width() <= 900
    assert bar.seek.width() >= SEEK_MIN_WIDTH
    assert bar.title.shown_text().endswith("…") and bar.title.width() < 400
    assert bar.title.toolTip()  # the whole title is a hover away
    for widget in (bar.previous_button, bar.play_button, bar.next_button, bar.mute_button):
        assert widget.width() >= widget.minimumSizeHint().width()
    bar.resize(700, bar.height())  # narrower still: the seek bar keeps its minimum, the title gives way
    QApplication.processEvents()
    assert bar.seek.width() >= SEEK_MIN_WIDTH


def test_without_libvlc_the_controls_are_off_and_say_why(qtbot: QtBot) -> None:
    bar = make_bar(qtbot, MissingPlayer())
    assert bar.title.full_text() == "Music unavailable" and "VLC" in bar.title.toolTip()
    assert not bar.play_button.isEnabled() and not bar.seek.isEnabled()
    assert bar.volume.isEnabled()  # the volume still matters: the bot's get_volume/set_volume use it


def test_every_control_has_a_tooltip_and_an_accessible_name(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    for widget in (bar.previous_button, bar.play_button, bar.next_button, bar.mute_button, bar.seek, bar.volume):
        assert widget.toolTip() and widget.accessibleName()


# ----------------------------------------------------------------------------------- with real libVLC


@pytest_asyncio.fixture
async def playing(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                  ) -> AsyncIterator[tuple[PlayerBar, list[Track], list[int]]]:
    """A bar over a real VlcPlayer (audio into a file) and three 30 s songs; ``seeks`` records each seek."""
    folder = tmp_path / "Music"
    for name in ("a", "b", "c"):
        write_tone(folder / f"{name}.wav", 30.0)
    monkeypatch.setenv("COZE_DESKTOP_VLC_ARGS", f"--aout=afile --audiofile-file={shlex.quote(str(tmp_path / 'o.wav'))}")
    volume = VolumeModel(100)
    player = create_player(volume, asyncio.get_running_loop())
    if player.problem:
        without_vlc(f"libVLC cannot run here: {player.problem}")
    seeks: list[int] = []
    real_seek = player.seek

    def seek(ms: int) -> None:
        seeks.append(ms)
        real_seek(ms)

    player.seek = seek  # type: ignore[method-assign]  # still the real seek: only noted on the way
    library = MusicLibrary(folder)
    library.scan_now()
    bar = PlayerBar(player, volume, library=library)
    bar.resize(900, bar.sizeHint().height())
    bar.show()
    try:
        yield bar, list(library.tracks), seeks
    finally:
        player.close()
        bar.deleteLater()


async def started(bar: PlayerBar) -> None:
    """Until libVLC plays and knows the song's length."""
    async with asyncio.timeout(10):
        while bar.player.state != PlayerState.PLAYING or not bar.player.duration():  # noqa: ASYNC110
            await asyncio.sleep(0.02)


async def test_a_click_on_the_seek_groove_jumps_there(playing: tuple[PlayerBar, list[Track], list[int]],
                                                      qtbot: QtBot) -> None:
    bar, tracks, seeks = playing
    bar._play(tracks[0])
    await started(bar)
    bar.player.pause()
    bar._show_position()
    duration = bar.player.duration()
    assert duration and bar.seek.maximum() == duration
    qtbot.mouseClick(bar.seek, Qt.MouseButton.LeftButton, pos=groove_point(bar.seek, 0.75))
    assert len(seeks) == 1
    assert abs(seeks[0] - 0.75 * duration) < 0.06 * duration  # where the click was, not a page step away
    await asyncio.sleep(0.2)
    assert abs((bar.player.position() or 0) - seeks[0]) < 0.06 * duration  # and libVLC went there


async def test_play_with_nothing_listed_plays_from_the_library_then_previous_goes_back(
        playing: tuple[PlayerBar, list[Track], list[int]]) -> None:
    bar, tracks, seeks = playing
    bar.toggle()  # nothing played yet, nothing remembered: the library's first song
    await started(bar)
    assert bar.player.current == tracks[0]
    bar.next()
    await started(bar)
    assert bar.player.current == tracks[1]
    bar.previous()  # just started: the song before
    await started(bar)
    assert bar.player.current == tracks[0]
    bar.player.seek(5000)
    await asyncio.sleep(0.1)
    seeks.clear()
    bar.previous()  # well into the song: back to its start, as music players do
    assert seeks == [0] and bar.player.current == tracks[0]
    bar.toggle()
    assert bar.player.state == PlayerState.PAUSED


def test_the_bar_follows_a_live_language_change(qtbot: QtBot, qapp: QApplication) -> None:
    from coze_desktop.ui.app import resources_dir
    from coze_desktop.ui.language import switch_language

    if not (resources_dir() / "i18n" / "coze_desktop_zh_CN.qm").is_file():
        pytest.skip("no compiled zh_CN translation in this checkout")
    bar = make_bar(qtbot)
    assert bar.next_button.toolTip() == "Next song" and bar.title.full_text() == "Nothing playing"
    try:
        switch_language(qapp, "zh_CN")
        QApplication.processEvents()  # Qt posts LanguageChange to each window
        assert bar.next_button.toolTip() == "下一首" and bar.next_button.accessibleName() == "下一首"
        assert bar.title.full_text() == "未在播放"
    finally:
        switch_language(qapp, "en")
        QApplication.processEvents()
    assert bar.next_button.toolTip() == "Next song"
