"""The music library, the libVLC player and the music plugins, with real files, real libVLC and captured audio."""

from __future__ import annotations

import asyncio
import functools
import http.server
import json
import os
import shlex
import shutil
import statistics
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import mutagen
import pytest
import pytest_asyncio
from hypothesis import given
from hypothesis import strategies as st

from coze_desktop.plugins import PluginRegistry, VolumeModel
from coze_desktop.plugins import player as player_module
from coze_desktop.plugins.library import MusicLibrary, Track, UnsafeName, normalize
from coze_desktop.plugins.music import music_plugins
from coze_desktop.plugins.player import (
    VLC_BROKEN,
    VLC_MISSING,
    EventKind,
    MissingPlayer,
    PlayerEvent,
    PlayerState,
    VlcPlayer,
    create_player,
)

from .audio import TONE_RMS, WAIT, AmemSink, convert, wav_rms, write_tone


def _vlc_problem() -> str | None:
    try:
        import vlc

        instance = vlc.Instance(["--quiet"])
    except Exception as exc:  # python-vlc raises several types when libVLC is absent or half-installed
        return f"python-vlc cannot load libVLC: {type(exc).__name__}: {exc}"
    if instance is None:
        return "vlc.Instance() returned None: libVLC or its plugins (apt: libvlc5 vlc-plugin-base) are missing"
    instance.release()
    return None


VLC_PROBLEM = _vlc_problem()


def without_vlc(problem: str) -> NoReturn:
    """Skip a test that needs libVLC on a machine without it, but fail it in CI (CI=true): there a broken libVLC
    is a broken build, and a green run of skipped tests would hide it."""
    if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
        pytest.fail(f"libVLC does not work on this CI machine: {problem}")
    pytest.skip(problem)


@pytest.fixture
def vlc_works() -> None:
    if VLC_PROBLEM:
        without_vlc(VLC_PROBLEM)


needs_vlc = pytest.mark.usefixtures("vlc_works")

# A captured tone of amplitude 0.5 measures ≈0.35 RMS; silence measures 0. Lossy ogg/mp3 stay above 0.3.
AUDIBLE = 0.2


# ---------------------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture(scope="session")
def music_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Music/ with a tagged Chinese ogg, an mp3, two WAVs (one in a subfolder), and things that must not count."""
    root = tmp_path_factory.mktemp("music")
    folder = root / "Music"
    tone = write_tone(root / "src" / "tone.wav", 1.0)
    tagged = convert(tone, folder / "晴天.ogg")
    tags = mutagen.File(tagged, easy=True)
    tags["title"], tags["artist"] = "晴天", "周杰伦"
    tags.save()
    convert(tone, folder / "Hello World.mp3")
    write_tone(folder / "tone.wav", 0.5)
    write_tone(folder / "albums" / "七里香.wav", 0.5)
    (folder / "notes.txt").write_text("not audio")
    write_tone(folder / ".hidden.wav", 0.2)
    secret = write_tone(root / "outside" / "secret.wav", 0.2)
    (folder / "secret.wav").symlink_to(secret)
    (folder / "elsewhere").symlink_to(secret.parent, target_is_directory=True)
    return folder


@pytest.fixture
def music_dir(tmp_path: Path, music_template: Path) -> Path:
    """A fresh copy of the music template (sox is too slow to run per test); its symlinks still point outside."""
    return Path(shutil.copytree(music_template, tmp_path / "Music", symlinks=True))


class Events:
    """A Player.on_change observer: records every event and the thread it arrived on; awaits kinds."""

    def __init__(self) -> None:
        self.seen: list[PlayerEvent] = []
        self.threads: list[threading.Thread] = []
        self._queue: asyncio.Queue[PlayerEvent] = asyncio.Queue()

    def __call__(self, event: PlayerEvent) -> None:
        self.seen.append(event)
        self.threads.append(threading.current_thread())
        self._queue.put_nowait(event)

    async def next(self, kind: EventKind) -> PlayerEvent:
        """The next event of ``kind`` (earlier ones of other kinds are skipped), within WAIT seconds."""
        async with asyncio.timeout(WAIT):
            while (event := await self._queue.get()).kind != kind:
                pass
        return event


@dataclass
class Rig:
    player: VlcPlayer
    library: MusicLibrary
    events: Events
    capture: Path
    allow_http: dict[str, bool] = field(default_factory=lambda: {"http": False})
    plugins: dict[str, Any] = field(default_factory=dict)

    async def call(self, name: str, **args: Any) -> dict[str, Any]:
        output = await self.plugins[name].handler(args)
        return json.loads(output)


@pytest_asyncio.fixture
async def rig(tmp_path: Path, music_dir: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Rig]:
    """A VlcPlayer whose audio goes to capture.wav (afile), the library over music_dir, and the plugins."""
    if VLC_PROBLEM:
        without_vlc(VLC_PROBLEM)
    capture = tmp_path / "capture.wav"
    monkeypatch.setenv("COZE_DESKTOP_VLC_ARGS", f"--aout=afile --audiofile-file={shlex.quote(str(capture))}")
    player = VlcPlayer(VolumeModel(100), asyncio.get_running_loop())
    events = Events()
    player.on_change = events
    rig = Rig(player, MusicLibrary(music_dir), events, capture)
    rig.plugins = {p.name: p for p in music_plugins(rig.library, player, allow_http=lambda: rig.allow_http["http"])}
    yield rig
    player.close()


@pytest.fixture
def http_root(tmp_path: Path, music_dir: Path) -> Iterator[str]:
    """A local HTTP server over music_dir, as the base URL (for stream URLs)."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(music_dir)))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join()
    server.server_close()


# ---------------------------------------------------------------------------------------------------------
# The library (no libVLC needed)


def test_scan_reads_tags_file_names_and_subfolders(music_dir: Path) -> None:
    library = MusicLibrary(music_dir)
    assert not library.scanned
    library.scan_now()
    assert [t.display_name for t in library.tracks] == ["Hello World", "tone", "周杰伦 - 晴天", "七里香"]
    qingtian = library.tracks[2]
    assert (qingtian.title, qingtian.artist, qingtian.path.name) == ("晴天", "周杰伦", "晴天.ogg")
    assert all(t.path.is_relative_to(music_dir.resolve()) for t in library.tracks)


async def test_scan_in_a_thread_and_rescan_picks_up_changes(music_dir: Path) -> None:
    library = MusicLibrary(music_dir)
    await library.scan()
    assert len(library.tracks) == 4
    tags = mutagen.File(music_dir / "晴天.ogg", easy=True)
    tags["title"] = "晴天 (Live)"
    tags.save()
    write_tone(music_dir / "new song.wav", 0.2)
    await library.scan()
    assert {t.title for t in library.tracks} == {"Hello World", "tone", "晴天 (Live)", "七里香", "new song"}
    library.folder = music_dir / "albums"
    assert (library.tracks, library.scanned) == ((), False)
    await library.scan()
    assert [t.title for t in library.tracks] == ["七里香"]


def test_symlink_pointing_outside_is_not_in_the_library(music_dir: Path) -> None:
    library = MusicLibrary(music_dir)
    library.scan_now()
    assert (music_dir / "secret.wav").resolve().is_file()
    assert "secret" not in {t.title for t in library.tracks}
    assert library.match("secret").track is None
    assert not library.contains(music_dir / "secret.wav")
    assert not library.contains((music_dir / "secret.wav").resolve())
    assert library.contains(library.tracks[0].path)


@pytest.mark.parametrize(
    ("name", "title", "fuzzy"),
    [
        ("晴天", "晴天", False),  # exact title
        ("周杰伦 晴天", "晴天", False),  # artist + title, from the tags
        ("晴天 周杰伦", "晴天", False),
        ("周杰伦 - 晴天", "晴天", False),  # the display name list_music gives
        ("《晴天》", "晴天", False),  # punctuation ignored
        ("ＨＥＬＬＯ　ＷＯＲＬＤ", "Hello World", False),  # full-width letters and space (NFKC), case
        ("hello", "Hello World", False),  # substring
        ("周杰伦", "晴天", False),  # the artist alone: one of their songs
        ("helo wrld", "Hello World", True),  # typos
        ("七里湘", "七里香", True),  # a wrong character
    ],
)
def test_match(music_dir: Path, name: str, title: str, fuzzy: bool) -> None:
    library = MusicLibrary(music_dir)
    library.scan_now()
    match = library.resolve_name(name)
    assert match.track is not None and match.track.title == title
    assert match.fuzzy is fuzzy


def test_no_match_lists_the_closest(music_dir: Path) -> None:
    library = MusicLibrary(music_dir)
    library.scan_now()
    match = library.match("xyz")
    assert match.track is None
    assert 0 < len(match.closest) <= 5
    assert library.match("晴天了吗").track is not None  # a title inside the name still counts


def test_search(music_dir: Path) -> None:
    library = MusicLibrary(music_dir)
    library.scan_now()
    assert [t.title for t in library.search("周杰伦")] == ["晴天"]
    assert [t.title for t in library.search("")] == ["Hello World", "tone", "晴天", "七里香"]
    assert [t.title for t in library.search("", limit=2)] == ["Hello World", "tone"]
    assert library.search("zzzz") == []


@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", "..\\x", "..", "albums/七里香", "a\x00b"])
def test_names_that_look_like_paths_are_refused(music_dir: Path, name: str) -> None:
    library = MusicLibrary(music_dir)
    library.scan_now()
    with pytest.raises(UnsafeName, match=r"song title|control characters"):
        library.resolve_name(name)


@pytest.fixture(scope="module")
def small_library(tmp_path_factory: pytest.TempPathFactory) -> MusicLibrary:
    library = MusicLibrary(tmp_path_factory.mktemp("small"))
    write_tone(library.folder / "晴天.wav", 0.1)
    library.scan_now()
    return library


@given(name=st.text(max_size=40))
def test_any_name_is_refused_or_answered_from_the_library(small_library: MusicLibrary, name: str) -> None:
    try:
        match = small_library.resolve_name(name)
    except UnsafeName:
        return
    assert "/" not in name and "\\" not in name
    assert match.track is None or match.track in small_library.tracks
    assert normalize(normalize(name)) == normalize(name)


# ---------------------------------------------------------------------------------------------------------
# Playback through libVLC, captured to a WAV file (afile)


@needs_vlc
async def test_play_music_by_title_plays_audible_sound(rig: Rig) -> None:
    assert await rig.call("play_music", music_name="晴天") == {"playing": "晴天", "artist": "周杰伦"}
    started = await rig.events.next(EventKind.STARTED)
    ended = await rig.events.next(EventKind.ENDED)
    assert started.source == ended.source and isinstance(ended.source, Track) and ended.source.title == "晴天"
    assert wav_rms(rig.capture) > AUDIBLE
    assert rig.player.state is PlayerState.STOPPED and rig.player.current is None


@needs_vlc
async def test_play_music_by_artist_and_title_from_tags(rig: Rig) -> None:
    assert await rig.call("play_music", music_name="周杰伦 晴天") == {"playing": "晴天", "artist": "周杰伦"}
    await rig.events.next(EventKind.ENDED)
    assert wav_rms(rig.capture) > AUDIBLE


@needs_vlc
async def test_events_arrive_on_the_loop_thread_and_observers_may_call_the_player(rig: Rig) -> None:
    rig.library.scan_now()
    follow_up = next(t for t in rig.library.tracks if t.title == "tone")

    def chain(event: PlayerEvent) -> None:
        rig.events(event)
        if event.kind is EventKind.ENDED and event.source != follow_up:
            rig.player.play(follow_up)  # would deadlock if this ran on libVLC's event thread

    rig.player.on_change = chain
    assert "playing" in await rig.call("play_music", music_name="Hello World")
    first = await rig.events.next(EventKind.ENDED)
    second = await rig.events.next(EventKind.ENDED)
    assert (first.source.title, second.source.title) == ("Hello World", "tone")  # type: ignore[union-attr]
    assert rig.events.threads and all(t is threading.main_thread() for t in rig.events.threads)
    assert wav_rms(rig.capture) > AUDIBLE


@needs_vlc
@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("../../etc/passwd", "not a file path"),
        ("/etc/passwd", "not a file path"),
        ("..\\x", "not a file path"),
        ("file:///etc/passwd", "“file:” links cannot be played"),
        ("file:/etc/passwd", "“file:” links cannot be played"),
        ("javascript:alert(1)", "“javascript:” links cannot be played"),
        ("ftp://example.com/a.mp3", "“ftp:” links cannot be played"),
        ("http://example.com/a.mp3", "http:// streams are not encrypted"),
        ("no such song", "no song matches “no such song”"),
    ],
)
async def test_refused_names_play_nothing(rig: Rig, name: str, error: str) -> None:
    answer = await rig.call("play_music", music_name=name)
    assert error in answer["error"]
    await asyncio.sleep(0)  # let any queued player event through
    assert rig.events.seen == [] and rig.player.state is PlayerState.STOPPED
    assert not rig.capture.exists()


@needs_vlc
async def test_http_streams_play_only_when_allowed(rig: Rig, http_root: str) -> None:
    url = f"{http_root}/%E6%99%B4%E5%A4%A9.ogg"
    assert rig.plugins["play_music"].network({"music_name": url}) is True
    assert rig.plugins["play_music"].network({"music_name": "晴天"}) is False
    assert "error" in await rig.call("play_music", music_name=url)
    rig.allow_http["http"] = True
    assert await rig.call("play_music", music_name=url) == {"playing": url, "artist": None}
    await rig.events.next(EventKind.ENDED)
    assert wav_rms(rig.capture) > AUDIBLE


@needs_vlc
async def test_a_stream_libvlc_cannot_open_is_reported(rig: Rig, http_root: str) -> None:
    rig.allow_http["http"] = True
    answer = await rig.call("play_music", music_name=f"{http_root}/missing.ogg")
    assert answer["error"].startswith("VLC could not play")
    error = await rig.events.next(EventKind.ERROR)
    assert error.message == answer["error"] and rig.player.state is PlayerState.STOPPED


@needs_vlc
async def test_list_music_and_next_music_walk_the_list(rig: Rig) -> None:
    listed = await rig.call("list_music")
    assert listed == {"songs": ["Hello World", "tone", "周杰伦 - 晴天", "七里香"], "total": 4}
    walked = [(await rig.call("next_music"))["playing"] for _ in range(5)]
    assert walked == ["Hello World", "tone", "晴天", "七里香", "Hello World"]  # wraps around

    assert await rig.call("list_music", query="晴天") == {"songs": ["周杰伦 - 晴天"], "total": 1}
    assert [(await rig.call("next_music"))["playing"] for _ in range(2)] == ["晴天", "晴天"]

    assert (await rig.call("play_music", music_name="tone"))["playing"] == "tone"  # outside the listed songs:
    assert (await rig.call("next_music"))["playing"] == "晴天"  # the list becomes the whole library


@needs_vlc
async def test_now_playing_pause_resume_stop(rig: Rig) -> None:
    write_tone(rig.library.folder / "long.wav", 4.0)  # outlasts afile's head start of about a second
    assert (await rig.call("pause_music"))["error"] == "nothing is playing"
    assert await rig.call("play_music", music_name="long") == {"playing": "long", "artist": None}
    assert await rig.call("pause_music") == {"paused": "long"}
    await rig.events.next(EventKind.PAUSED)
    paused = await rig.call("now_playing")
    assert (paused["playing"], paused["state"], paused["duration_s"]) == ("long", "paused", 4.0)
    assert 0 <= paused["position_s"] <= 4.0
    assert await rig.call("resume_music") == {"playing": "long", "artist": None}
    assert (await rig.call("now_playing"))["state"] == "playing"
    assert await rig.call("stop_music") == {"stopped": "long"}
    await rig.events.next(EventKind.STOPPED)
    assert await rig.call("now_playing") == {
        "playing": None, "artist": None, "state": "stopped", "position_s": None, "duration_s": None}
    assert await rig.call("play_music", music_name="music_stop") == {"stopped": None}


# ---------------------------------------------------------------------------------------------------------
# Volume and stop, captured through amem callbacks


@dataclass
class AmemRig:
    player: VlcPlayer
    volume: VolumeModel
    sink: AmemSink
    track: Track


@pytest_asyncio.fixture
async def amem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[AmemRig]:
    """A VlcPlayer at volume 30 whose output goes to an AmemSink, and a 5 s tone to play."""
    if VLC_PROBLEM:
        without_vlc(VLC_PROBLEM)
    monkeypatch.delenv("COZE_DESKTOP_VLC_ARGS", raising=False)
    loop = asyncio.get_running_loop()
    volume = VolumeModel(30)
    player = VlcPlayer(volume, loop)
    tone = Track(write_tone(tmp_path / "long.wav", 5.0), "long")
    yield AmemRig(player, volume, AmemSink(player.media_player, loop), tone)
    player.close()


async def _level_after(sink: AmemSink, changed: Callable[[float], bool]) -> float:
    """The steady level once a chunk satisfies ``changed`` (skipping that chunk, which may straddle the change)."""
    start = len(sink.levels)
    await sink.wait_for(lambda levels: any(map(changed, levels[start:])))
    first = next(i for i in range(start, len(sink.levels)) if changed(sink.levels[i]))
    await sink.wait_for(lambda levels: len(levels) >= first + 4)
    return statistics.mean(sink.levels[first + 1:first + 4])


@needs_vlc
async def test_volume_follows_the_model_on_libvlcs_cubic_curve(amem: AmemRig) -> None:
    """libVLC applies volume v as the amplitude factor (v/100)³: 50 → 0.125, 30 → 0.027.

    With amem, libVLC only accepts a volume once the audio stream exists, a moment after play(); the player
    re-applies the model's volume then, and the first ~second (decoded ahead) may still be at full level.
    """
    sink, volume = amem.sink, amem.volume
    amem.player.play(amem.track)
    level30 = await _level_after(sink, lambda level: level < TONE_RMS / 2)  # the volume set before play()
    volume.set(50)
    level50 = await _level_after(sink, lambda level: level > 2 * level30)
    volume.set(100)
    level100 = await _level_after(sink, lambda level: level > 2 * level50)
    print(f"RMS at volume 100/50/30: {level100:.4f} {level50:.4f} {level30:.4f}; "
          f"ratios {level50 / level100:.4f} {level30 / level100:.4f}")
    assert level100 == pytest.approx(TONE_RMS, rel=0.03)
    assert level50 / level100 == pytest.approx(0.125, rel=0.05)
    assert level30 / level100 == pytest.approx(0.027, rel=0.05)


@needs_vlc
async def test_stop_ends_the_output(amem: AmemRig) -> None:
    player, sink, track = amem.player, amem.sink, amem.track
    events = Events()
    player.on_change = events
    player.play(track)
    await events.next(EventKind.STARTED)
    await sink.wait_for(lambda levels: len(levels) > 0)
    player.stop()  # libVLC's stop joins its decoder thread: no audio can follow
    chunks = len(sink.levels)
    assert (await events.next(EventKind.STOPPED)).source == track
    await asyncio.sleep(0.3)  # not synchronisation: a window in which no more audio may arrive
    assert len(sink.levels) == chunks
    assert player.state is PlayerState.STOPPED and player.position() is None


# ---------------------------------------------------------------------------------------------------------
# Without libVLC, and through the registry


async def test_without_libvlc_the_plugins_say_what_to_install(music_dir: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(player_module, "_new_vlc_instance", lambda args: None)
    player = create_player(VolumeModel(), asyncio.get_running_loop())
    assert isinstance(player, MissingPlayer) and player.problem == VLC_MISSING
    plugins = {p.name: p for p in music_plugins(MusicLibrary(music_dir), player)}
    for name, args in [("play_music", {"music_name": "晴天"}), ("pause_music", {}), ("resume_music", {}),
                       ("stop_music", {}), ("next_music", {}), ("now_playing", {})]:
        assert json.loads(await plugins[name].handler(args)) == {"error": VLC_MISSING}, name
    assert json.loads(await plugins["list_music"].handler({}))["total"] == 4


@needs_vlc
async def test_create_player_uses_libvlc_when_present() -> None:
    player = create_player(VolumeModel(), asyncio.get_running_loop())
    try:
        assert isinstance(player, VlcPlayer) and player.problem is None
    finally:
        player.close()


async def test_declarations_and_schema_checks(music_dir: Path) -> None:
    registry = PluginRegistry()
    registry.register(*music_plugins(MusicLibrary(music_dir), MissingPlayer()))
    acting = {p.name for p in registry if p.acts}
    assert acting == {"play_music", "pause_music", "resume_music", "stop_music", "next_music"}
    assert {p.name for p in registry} - acting == {"list_music", "now_playing"}
    too_long = await registry.run("play_music", json.dumps({"music_name": "晴" * 201}))
    assert not too_long.ok and "too long" in too_long.error
    extra = await registry.run("list_music", json.dumps({"query": "晴天", "path": "/etc"}))
    assert not extra.ok and "path is not a known parameter" in extra.error
    listed = await registry.run("list_music", json.dumps({"query": "晴天"}))
    assert listed.ok and json.loads(listed.output) == {"songs": ["周杰伦 - 晴天"], "total": 1}


# ---------------------------------------------------------------------------------------------------------
# A file name that is not UTF-8


def _non_utf8_song(music_dir: Path) -> Path:
    """A copy of tone.wav named with the bytes b"\\xff\\xfe.wav" (possible on Linux, not decodable as UTF-8)."""
    target = Path(os.fsdecode(os.fsencode(music_dir) + b"/\xff\xfe.wav"))
    shutil.copyfile(music_dir / "tone.wav", target)
    return target


@needs_vlc
async def test_a_non_utf8_file_name_is_listed_readably_and_plays_by_that_name(rig: Rig) -> None:
    real = _non_utf8_song(rig.library.folder)
    listed = await rig.call("list_music")
    assert "\ufffd\ufffd" in listed["songs"]
    json.dumps(listed, ensure_ascii=False).encode("utf-8")  # what is submitted to Coze must be UTF-8
    answer = await rig.call("play_music", music_name="\ufffd\ufffd")
    assert answer == {"playing": "\ufffd\ufffd", "artist": None}
    started = await rig.events.next(EventKind.STARTED)
    assert started.source.path == real.resolve()  # type: ignore[union-attr]


async def test_a_non_utf8_file_name_does_not_break_the_turn(server: Any, client: Any, music_dir: Path) -> None:
    from coze_desktop.chat import ChatEngine, TurnRequest
    from coze_desktop.demo import DEMO_BOT_ID, sse
    from coze_desktop.plugins import default_registry

    from .test_engine import answers, asks, submitted

    _non_utf8_song(music_dir)
    server.script("/v3/chat", sse(asks(("t1", "list_music", {}), ("t2", "play_music", {"music_name": "nope"}))))
    server.script("/v3/chat/submit_tool_outputs", sse(answers("ok")))
    registry = default_registry(library=MusicLibrary(music_dir), player=MissingPlayer())
    outcome = await ChatEngine(client, registry).run_turn(TurnRequest(DEMO_BOT_ID, "u", "x"), lambda event: None)
    assert outcome.status == "completed", outcome.error
    [[listed, played]] = submitted(server)
    assert "\ufffd\ufffd" in json.loads(listed["output"])["songs"]
    assert json.loads(played["output"]) == {"error": VLC_MISSING}


def test_a_broken_libvlc_fails_the_tests_in_ci_and_skips_them_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="libVLC does not work on this CI machine: broken"):
        without_vlc("broken")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="broken"):
        without_vlc("broken")


@pytest.mark.parametrize("error", [NameError("name 'libvlc_new' is not defined"),
                                   OSError("libvlccore.so.9: cannot open shared object file"),
                                   AttributeError("'NoneType' object has no attribute 'media_player_new'")])
async def test_a_broken_libvlc_degrades_to_an_explaining_player_and_the_rest_works(
        music_dir: Path, error: Exception) -> None:
    def broken(*args: Any) -> VlcPlayer:
        raise error

    volume = VolumeModel(50)
    player = create_player(volume, asyncio.get_running_loop(), factory=broken)
    assert isinstance(player, MissingPlayer)
    assert player.problem == VLC_BROKEN.format(error=f"{type(error).__name__}: {error}")
    assert "not working" in player.problem and "apt install --reinstall vlc" in player.problem
    from coze_desktop.plugins import default_registry

    registry = default_registry(volume, library=MusicLibrary(music_dir), player=player)
    played = await registry.run("play_music", json.dumps({"music_name": "晴天"}))
    assert not played.ok and played.error == player.problem
    assert (await registry.run("set_volume", '{"volume": 20}')).ok and volume.volume == 20
    assert (await registry.run("list_music", "{}")).ok
