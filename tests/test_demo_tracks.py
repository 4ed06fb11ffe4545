"""The demo songs: made on first use, the same bytes every time, repaired when damaged, played by real libVLC."""

from __future__ import annotations

import asyncio
import hashlib
import json
import shlex
import wave
from pathlib import Path

import pytest

from coze_desktop.demo import tracks
from coze_desktop.demo.tracks import SONGS, ensure_demo_tracks, music_fallbacks
from coze_desktop.plugins import VolumeModel
from coze_desktop.plugins.library import MusicLibrary
from coze_desktop.plugins.music import music_plugins
from coze_desktop.plugins.player import MissingPlayer, VlcPlayer

from .audio import wav_rms, write_tone
from .test_music import VLC_PROBLEM, without_vlc


class _SilentPlayer(MissingPlayer):
    """A player with no problem, for tool paths that fail before anything is played."""

    problem = None

    def __init__(self) -> None:
        super().__init__()
        self.problem = None


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.wav"))}


def test_songs_are_written_once_with_their_titles_and_licence(tmp_path: Path) -> None:
    folder = ensure_demo_tracks(tmp_path / "demo")
    assert sorted(p.stem for p in folder.glob("*.wav")) == sorted(s.title for s in SONGS)
    assert "晴天" in {s.title for s in SONGS}  # the demo bot's chip asks for it
    assert "CC0" in (folder / "README.txt").read_text(encoding="utf-8")
    for path in folder.glob("*.wav"):
        with wave.open(str(path), "rb") as wav:
            seconds = wav.getnframes() / wav.getframerate()
            assert 3 <= seconds <= 20, f"{path.name}: {seconds:.1f} s"
        assert wav_rms(path) > 0.05  # a melody, not silence
    stamps = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    ensure_demo_tracks(folder)
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == stamps  # nothing rewritten


def test_the_same_bytes_on_every_run(tmp_path: Path) -> None:
    assert _digests(ensure_demo_tracks(tmp_path / "a")) == _digests(ensure_demo_tracks(tmp_path / "b"))


def test_a_damaged_or_deleted_song_is_made_again(tmp_path: Path) -> None:
    folder = ensure_demo_tracks(tmp_path / "demo")
    good = _digests(folder)
    sunny = folder / "晴天.wav"
    sunny.write_bytes(sunny.read_bytes()[:1000])  # truncated (a full disk, a crash of another program)
    (folder / "小星星.wav").unlink()
    (folder / "欢乐颂.wav").write_bytes(b"not a wav at all")
    ensure_demo_tracks(folder)
    assert _digests(folder) == good


def test_a_folder_that_cannot_be_written_leaves_no_songs_and_says_why(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data folder should be")
    library = MusicLibrary("", fallbacks=[lambda: ensure_demo_tracks(blocker / "demo-music")])
    library.scan_now()
    assert library.tracks == () and library.source is None
    output = json.loads(asyncio.run(_call(library, "list_music", language="zh_CN")))
    assert output == {"error": "还没有选择音乐文件夹，演示歌曲也无法生成，请在设置里选择音乐文件夹"}


async def _call(library: MusicLibrary, name: str, language: str = "en", **args: str) -> str:
    """One music tool's output, over ``library`` and a player without libVLC."""
    plugins = {p.name: p for p in music_plugins(library, MissingPlayer(), language=lambda: language)}
    return await plugins[name].handler(args)


def test_no_folder_chosen_uses_the_system_music_folder_when_it_has_songs_else_the_demo(tmp_path: Path) -> None:
    system = tmp_path / "Music"
    demo = tmp_path / "data" / "demo-music"
    library = MusicLibrary("", fallbacks=[system, lambda: ensure_demo_tracks(demo)])
    library.scan_now()
    assert library.source == demo and not library.chosen  # no ~/Music at all: the demo songs
    assert library.match("晴天").track is not None
    system.mkdir()
    library.scan_now()
    assert library.source == demo  # an empty ~/Music does not count
    write_tone(system / "mine.wav", 0.2)
    library.scan_now()
    assert library.source == system and [t.title for t in library.tracks] == ["mine"]


def test_without_fallbacks_an_unchosen_folder_is_said_plainly() -> None:
    output = json.loads(asyncio.run(_call(MusicLibrary(""), "list_music", language="zh_CN")))
    assert output == {"error": "还没有选择音乐文件夹，请在设置里选择"}


def test_a_chosen_folder_wins_even_when_empty(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    library = MusicLibrary(chosen, fallbacks=[lambda: ensure_demo_tracks(tmp_path / "demo")])
    library.scan_now()
    assert library.tracks == () and library.source == chosen and not (tmp_path / "demo").exists()
    library.folder = ""  # cleared in Settings: back to the fallbacks
    library.scan_now()
    assert library.source == tmp_path / "demo" and library.tracks


@pytest.mark.parametrize(("language", "sentence"), [
    ("zh_CN", "音乐文件夹不存在，请在设置里重新选择"),
    ("en", "the music folder does not exist; choose another one in Settings"),
])
def test_errors_are_in_the_users_language_and_the_path_is_a_field_of_its_own(
        tmp_path: Path, language: str, sentence: str) -> None:
    missing = tmp_path / "Music" / "gone"
    output = json.loads(asyncio.run(_call(MusicLibrary(missing), "list_music", language=language)))
    assert output == {"error": sentence, "folder": str(missing)}
    assert str(tmp_path) not in output["error"]


def test_a_missing_vlc_is_explained_in_chinese(tmp_path: Path) -> None:
    library = MusicLibrary("", fallbacks=[lambda: ensure_demo_tracks(tmp_path / "demo")])
    output = json.loads(asyncio.run(_call(library, "play_music", music_name="晴天", language="zh_CN")))
    assert output["error"].startswith("没有安装 VLC") and "sudo apt install vlc" in output["error"]


def test_no_match_is_said_in_chinese_with_the_closest_songs(tmp_path: Path) -> None:
    library = MusicLibrary("", fallbacks=[lambda: ensure_demo_tracks(tmp_path / "demo")])
    library.scan_now()
    plugins = {p.name: p for p in music_plugins(library, _SilentPlayer(), language=lambda: "zh_CN")}
    output = json.loads(asyncio.run(plugins["play_music"].handler({"music_name": "完全不同的名字 xyz"})))
    assert output["error"] == "没有找到与“完全不同的名字 xyz”匹配的歌曲"
    assert len(output["closest"]) == len(SONGS)


def test_music_fallbacks_point_at_the_app_data_folder(app_home: Path, monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    monkeypatch.setattr("coze_desktop.settings.default_music_folder", lambda: str(tmp_path / "no-Music"))
    system, make_demo = music_fallbacks()
    assert system == tmp_path / "no-Music"
    assert callable(make_demo) and make_demo() == app_home / "data" / tracks.FOLDER_NAME


async def test_first_click_plays_the_demo_song_through_real_libvlc(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh machine: no settings, no ~/Music. "播放 晴天" finds the demo song and real audio comes out."""
    if VLC_PROBLEM:
        without_vlc(VLC_PROBLEM)
    capture = tmp_path / "capture.wav"
    monkeypatch.setenv("COZE_DESKTOP_VLC_ARGS", f"--aout=afile --audiofile-file={shlex.quote(str(capture))}")
    library = MusicLibrary("", fallbacks=[tmp_path / "no-Music", lambda: ensure_demo_tracks(tmp_path / "demo")])
    player = VlcPlayer(VolumeModel(100), asyncio.get_running_loop())
    try:
        plugins = {p.name: p for p in music_plugins(library, player, language=lambda: "zh_CN")}
        output = json.loads(await plugins["play_music"].handler({"music_name": "晴天"}))
        assert output["playing"] == "晴天", output  # play_music waited for libVLC's "playing"
        assert library.source == tmp_path / "demo"
        await asyncio.sleep(0.5)  # some of the melody reaches the capture file
        player.stop()
    finally:
        player.close()
    assert wav_rms(capture) > 0.05  # the synthesised melody really went through libVLC
