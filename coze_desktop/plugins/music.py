"""The music plugins (play/pause/resume/stop/next/list/now_playing) over the library and the player."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from typing import Any

from .library import AUDIO_SUFFIXES, MusicLibrary, Track, UnsafeName, readable
from .player import VLC_BROKEN, VLC_MISSING, EventKind, Player, PlayerError, Source, source_name
from .registry import Plugin
from .urls import SafeUrl, UrlRefused, parse_url

# The common 端插件 sample stops the music through play_music with this name.
STOP_NAME = "music_stop"
LIST_LIMIT = 20
MAX_NAME_LENGTH = 200
# How long play_music waits for libVLC to confirm playback, so a failure is reported instead of "playing".
FILE_START_TIMEOUT = 5.0
STREAM_START_TIMEOUT = 15.0

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# Schemes that mean a URL even without "//"; "Live: Song" stays a song name.
_BARE_SCHEMES = frozenset({"file", "javascript", "data", "vbscript", "about", "blob", "mailto", "v4l2", "alsa",
                           "pulse", "screen", "dvd", "vcd", "cdda", "smb", "ftp", "http", "https"})


def url_scheme(name: str) -> str | None:
    """The scheme (lowercase) when ``name`` is a URL rather than a song name, else None."""
    found = _SCHEME.match(name.strip())
    if found is None:
        return None
    scheme = found.group(1).lower()
    return scheme if name.strip()[found.end():].startswith("//") or scheme in _BARE_SCHEMES else None


def _output(**fields: Any) -> str:
    return json.dumps(fields, ensure_ascii=False)


def _error(message: str, **fields: Any) -> str:
    return _output(error=message, **fields)


# The tools' own failures in Chinese, by their English text ({…} fields filled in after). Translated here, not by
# Qt: the plugins run in the terminal too and import no Qt. A path never goes inside the sentence: it is a
# separate "folder" field of the output, so a Chinese sentence never carries a raw English path.
FOLDER_MISSING = "the music folder does not exist; choose another one in Settings"
FOLDER_EMPTY = "the music folder has no songs ({kinds} files); add some, or choose another folder in Settings"
NO_FOLDER = "no music folder is chosen and the demo songs could not be made; choose a music folder in Settings"
NOT_CHOSEN = "no music folder is chosen; choose one in Settings"
NO_MATCH = "no song matches “{name}”"
GONE = "“{title}” is no longer in the music folder"
EMPTY_NAME = "music_name is empty; give a song title"
BAD_LINK = "“{scheme}:” links cannot be played; give a song title or an https:// stream URL"
_ZH = {
    FOLDER_MISSING: "音乐文件夹不存在，请在设置里重新选择",
    FOLDER_EMPTY: "音乐文件夹里没有歌曲（支持 {kinds} 文件），请添加歌曲，或在设置里选择其他文件夹",
    NO_FOLDER: "还没有选择音乐文件夹，演示歌曲也无法生成，请在设置里选择音乐文件夹",
    NOT_CHOSEN: "还没有选择音乐文件夹，请在设置里选择",
    NO_MATCH: "没有找到与“{name}”匹配的歌曲",
    GONE: "《{title}》已不在音乐文件夹里",
    EMPTY_NAME: "歌名为空，请说出要播放的歌",
    BAD_LINK: "无法播放“{scheme}:”链接，请给出歌名或 https:// 音频流地址",
    "the music is already paused": "音乐已经暂停了",
    "nothing is playing": "现在没有在播放音乐",
    "nothing is paused": "没有暂停中的音乐",
    "the music is not paused": "音乐没有暂停",
    "this source cannot seek": "这个音源不能跳转",
    "nothing was played": "还没有播放过音乐",
    "music_name must be a song title, not a file path": "music_name 必须是歌名，不能是文件路径",
    "music_name must not contain control characters": "music_name 不能包含控制字符",
}
# Messages that start with a fixed text and go on with a detail (a name, an error) kept as it is.
_ZH_PREFIXES = (
    ("music_name must be a song title, not a file path (it contains ", "music_name 必须是歌名，不能是文件路径（含有 "),
    ("VLC could not start ", "VLC 无法开始播放："),
    ("VLC could not play ", "VLC 无法播放："),
)


def localize(message: str, language: str, **fields: Any) -> str:
    """``message`` (one of the English texts above, or a player's) in ``language`` ("zh_CN", "en", …), fields
    filled in. Unknown messages stay English: better an English reason than none."""
    if language.startswith("zh"):
        if message in _ZH:
            return _ZH[message].format(**fields)
        if message in (VLC_MISSING,):
            return "没有安装 VLC：请从 videolan.org 或系统的软件包管理器安装（Debian/Ubuntu：sudo apt install vlc）"
        if message.startswith(VLC_BROKEN.split("(", 1)[0]):
            return "VLC 已安装但无法工作，请重新安装（Debian/Ubuntu：sudo apt install --reinstall vlc libvlc5）"
        for english, chinese in _ZH_PREFIXES:
            if message.startswith(english):
                return chinese + message[len(english):]
    return message.format(**fields) if fields else message


def _playing(source: Source | None, **fields: Any) -> str:
    artist = (source.artist or None) if isinstance(source, Track) else None
    return _output(playing=source_name(source), artist=artist, **fields)


class _MusicTools:
    """The plugin handlers; every failure becomes an ``{"error": …}`` output."""

    def __init__(self, library: MusicLibrary, player: Player, allow_http: Callable[[], bool],
                 language: Callable[[], str]) -> None:
        self.library = library
        self.player = player
        self.allow_http = allow_http
        self.language = language

    def _error(self, message: str, extra: dict[str, Any] | None = None, **fields: Any) -> str:
        """An ``{"error": …}`` output in the user's language; ``extra`` adds fields (a folder, the closest songs)."""
        return _error(localize(message, self.language(), **fields), **(extra or {}))

    def prepare_play(self, args: dict[str, Any]) -> dict[str, Any]:
        """play_music's arguments with a URL parsed, once, into the SafeUrl that the approval checks, the prompt
        shows and libVLC opens (the registry calls this before asking). Raises UrlRefused for a URL never played.
        Idempotent: a SafeUrl stays as it is."""
        name = args.get("music_name")
        if not isinstance(name, str) or (scheme := url_scheme(name)) is None:
            return args
        if scheme not in ("http", "https"):
            raise UrlRefused(localize(BAD_LINK, self.language(), scheme=scheme))
        return {**args, "music_name": parse_url(name.strip(), allow_http=self.allow_http())}

    async def play_music(self, args: dict[str, Any]) -> str:
        if self.player.problem:
            return self._error(self.player.problem)
        try:
            target = self.prepare_play(args)["music_name"]  # already a SafeUrl when the registry ran the call
        except UrlRefused as exc:
            return self._error(str(exc))
        if isinstance(target, SafeUrl):
            return await self._start(target)
        name = target.strip()
        if not name:
            return self._error(EMPTY_NAME)
        if name == STOP_NAME:
            return await self.stop_music({})
        try:
            match = self.library.resolve_name(name)
            if match.track is None:  # maybe the song was added since the last scan
                await self.library.scan()
                match = self.library.match(name)
        except UnsafeName as exc:
            return self._error(str(exc))
        if not self.library.tracks:
            return self._empty_library()
        if match.track is None:
            return self._error(NO_MATCH, {"closest": [t.display_name for t in match.closest]}, name=name)
        extra = {"requested": name} if match.fuzzy else {}
        return await self._start(match.track, **extra)

    async def pause_music(self, args: dict[str, Any]) -> str:
        try:
            self.player.pause()
        except PlayerError as exc:
            return self._error(str(exc))
        return _output(paused=source_name(self.player.current))

    async def resume_music(self, args: dict[str, Any]) -> str:
        try:
            self.player.resume()
        except PlayerError as exc:
            return self._error(str(exc))
        return _playing(self.player.current)

    async def stop_music(self, args: dict[str, Any]) -> str:
        stopped = source_name(self.player.current)
        try:
            self.player.stop()
        except PlayerError as exc:
            return self._error(str(exc))
        return _output(stopped=stopped)

    async def next_music(self, args: dict[str, Any]) -> str:
        if self.player.problem:
            return self._error(self.player.problem)
        playlist = self.player.playlist
        if not playlist.tracks:
            await self._ensure_scanned()
            playlist.replace(self.library.tracks, self.player.current)
        track = playlist.advance()
        if track is None:
            return self._empty_library()
        return await self._start(track)

    async def list_music(self, args: dict[str, Any]) -> str:
        query = args.get("query", "").strip()
        await self._ensure_scanned()
        tracks = self.library.tracks
        if not tracks:
            return self._empty_library()
        found = self.library.search(query, limit=len(tracks)) if query else list(tracks)
        if found:  # next_music walks what was listed last
            self.player.playlist.replace(found, self.player.current)
        return _output(songs=[t.display_name for t in found[:LIST_LIMIT]], total=len(found))

    async def now_playing(self, args: dict[str, Any]) -> str:
        if self.player.problem:
            return self._error(self.player.problem)
        position, duration = self.player.position(), self.player.duration()
        return _playing(
            self.player.current,
            state=self.player.state,
            position_s=None if position is None else round(position / 1000, 1),
            duration_s=None if duration is None else round(duration / 1000, 1),
        )

    async def _start(self, source: Source, **fields: Any) -> str:
        """Play ``source`` and wait briefly for libVLC to confirm, so a failure is answered as one."""
        if isinstance(source, Track) and not self.library.contains(source.path):
            return self._error(GONE, title=source.title)
        try:
            self.player.play(source)
            if isinstance(source, Track):
                self.player.playlist.select(source, self.library.tracks)
            async with asyncio.timeout(FILE_START_TIMEOUT if isinstance(source, Track) else STREAM_START_TIMEOUT):
                event = await self.player.wait_until_started()
        except PlayerError as exc:
            return self._error(str(exc))
        except TimeoutError:  # still opening (a slow stream): it may yet start, so it is not a failure
            event = None
        if event is not None and event.kind is EventKind.ERROR:
            return self._error(event.message)
        return _playing(source, **fields)

    async def _ensure_scanned(self) -> None:
        if not self.library.scanned:
            await self.library.scan()

    def _empty_library(self) -> str:
        """Why there are no songs, the folder (when there is one) as a field of its own."""
        folder = self.library.source
        if folder is None:  # none chosen, and no fallback had songs (or there are no fallbacks at all)
            return self._error(NO_FOLDER if self.library.fallbacks else NOT_CHOSEN)
        where = {"folder": readable(str(folder))}
        if not folder.is_dir():
            return self._error(FOLDER_MISSING, where)
        kinds = ", ".join(sorted(s.lstrip(".") for s in AUDIO_SUFFIXES))
        return self._error(FOLDER_EMPTY, where, kinds=kinds)


def music_plugins(library: MusicLibrary, player: Player, *,
                  allow_http: Callable[[], bool] = lambda: False,
                  language: Callable[[], str] = lambda: "en") -> list[Plugin]:
    """The music tools over ``library`` and ``player``; ``allow_http`` is asked each time an http:// URL comes,
    ``language`` ("zh_CN", "en") each time a failure is worded."""
    tools = _MusicTools(library, player, allow_http, language)
    no_args: dict[str, Any] = {"properties": {}, "additionalProperties": False}

    def is_url(args: dict[str, Any]) -> bool:
        name = args.get("music_name")
        return isinstance(name, SafeUrl) or (isinstance(name, str) and url_scheme(name) is not None)

    return [
        Plugin(
            name="play_music",
            description="Play a song from this computer's music folder by title (or “artist title”), or an "
                        "https:// audio stream URL. music_name “music_stop” stops the music.",
            parameters={
                "properties": {"music_name": {"type": "string", "maxLength": MAX_NAME_LENGTH,
                                              "description": "song title, “artist title”, or an https:// URL"}},
                "required": ["music_name"],
                "additionalProperties": False,
            },
            handler=tools.play_music,
            network=is_url,
            prepare=tools.prepare_play,
        ),
        Plugin(name="pause_music", description="Pause the music that is playing.", parameters=no_args,
               handler=tools.pause_music),
        Plugin(name="resume_music", description="Resume the paused music.", parameters=no_args,
               handler=tools.resume_music),
        Plugin(name="stop_music", description="Stop the music.", parameters=no_args, handler=tools.stop_music),
        Plugin(name="next_music", description="Play the next song of the current list (the music folder, or "
                                              "the songs last listed).", parameters=no_args,
               handler=tools.next_music),
        Plugin(
            name="list_music",
            description=f"List up to {LIST_LIMIT} songs of the music folder, optionally only those matching a "
                        "query (title or artist).",
            parameters={
                "properties": {"query": {"type": "string", "maxLength": MAX_NAME_LENGTH,
                                         "description": "words of a title or artist; empty lists all"}},
                "additionalProperties": False,
            },
            handler=tools.list_music,
            acts=False,
        ),
        Plugin(name="now_playing", description="What is playing: title, artist, state (playing, paused, "
                                               "stopped), position and duration in seconds.",
               parameters=no_args, handler=tools.now_playing, acts=False),
    ]
