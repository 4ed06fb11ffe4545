"""Music playback behind a small Player interface, with libVLC as the engine and a stand-in when it is missing."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shlex
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .library import Track
from .urls import SafeUrl
from .volume import VolumeModel

log = logging.getLogger(__name__)

Source = Track | SafeUrl  # a library track, or a stream URL parsed (and approved) once

VLC_MISSING = ("VLC is not installed; install it from videolan.org or your package manager "
               "(Debian/Ubuntu: sudo apt install vlc)")
VLC_BROKEN = ("VLC is installed but not working ({error}); reinstall it from videolan.org or your package "
              "manager (Debian/Ubuntu: sudo apt install --reinstall vlc libvlc5 python3-vlc)")
VLC_BASE_ARGS = ["--no-video", "--intf=dummy", "--quiet"]
# Extra libVLC options from the environment: how tests capture audio (--aout=afile --audiofile-file=out.wav).
VLC_ARGS_ENV = "COZE_DESKTOP_VLC_ARGS"


class PlayerState(StrEnum):
    STOPPED = "stopped"
    PLAYING = "playing"
    PAUSED = "paused"


class EventKind(StrEnum):
    STARTED = "started"
    PAUSED = "paused"
    RESUMED = "resumed"
    STOPPED = "stopped"
    ENDED = "ended"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class PlayerEvent:
    """A change of the player: ``source`` is the track or URL concerned, ``message`` explains an error."""

    kind: EventKind
    source: Source | None = None
    message: str = ""


class PlayerError(Exception):
    """An action the player cannot do now (nothing is playing, VLC is missing, …); the message says why."""


def source_name(source: Source | None) -> str | None:
    """How to name a source to a person: the track's title, or the URL."""
    return source.title if isinstance(source, Track) else None if source is None else source.url


class Playlist:
    """The list ``next_music`` walks (the library, or the last list/search results) and the position in it."""

    def __init__(self) -> None:
        self._tracks: list[Track] = []
        self._index = -1

    @property
    def tracks(self) -> list[Track]:
        return list(self._tracks)

    @property
    def index(self) -> int:
        """Position of the current track, -1 before the first."""
        return self._index

    def replace(self, tracks: Sequence[Track], current: Source | None = None) -> None:
        """Walk ``tracks`` from now on, continuing after ``current`` when it is one of them."""
        self._tracks = list(tracks)
        self._index = self._tracks.index(current) if current in self._tracks else -1

    def select(self, track: Track, fallback: Sequence[Track]) -> None:
        """Make ``track`` the current one; when it is not in the list, the list becomes ``fallback``."""
        if track not in self._tracks:
            self._tracks = list(fallback)
        self._index = self._tracks.index(track) if track in self._tracks else -1

    def advance(self) -> Track | None:
        """The next track, wrapping around at the end; None for an empty list."""
        if not self._tracks:
            return None
        self._index = (self._index + 1) % len(self._tracks)
        return self._tracks[self._index]

    def back(self) -> Track | None:
        """The track before the current one (the player bar's "previous"); None at the start or for an empty
        list, where a player restarts the current song instead."""
        if self._index <= 0 or self._index > len(self._tracks):
            return None
        self._index -= 1
        return self._tracks[self._index]


class Player(ABC):
    """What the plugins and the window's player bar use to play music.

    Call every method on the event loop's thread. ``on_change`` is called with each PlayerEvent, always on
    that thread and never inside a method call (events are queued on the loop), so it may call player methods.
    Events: started(source) once per play(), paused, resumed, stopped (by stop() or a new play()),
    ended(source) at the natural end, error(message) when the engine cannot play the source.
    """

    on_change: Callable[[PlayerEvent], None] | None = None
    # Why this player cannot play at all (shown by the window, answered by the plugins); None when it can.
    problem: str | None = None

    def __init__(self) -> None:
        self.playlist = Playlist()

    @property
    @abstractmethod
    def state(self) -> PlayerState: ...

    @property
    @abstractmethod
    def current(self) -> Source | None:
        """The track or URL playing or paused; None when stopped."""

    @abstractmethod
    def play(self, source: Source) -> None:
        """Start ``source`` (replacing whatever plays); a stream URL must have been checked by the caller."""

    @abstractmethod
    def pause(self) -> None: ...

    @abstractmethod
    def resume(self) -> None: ...

    @abstractmethod
    def stop(self) -> None:
        """Stop playback; doing so when already stopped is fine."""

    @abstractmethod
    def set_volume(self, volume: int) -> None:
        """Set the volume (0–100) through the shared VolumeModel, so the slider follows."""

    @abstractmethod
    def duck(self, factor: float) -> None:
        """Play at ``factor`` (0–1) of the volume without changing it: the speech speaker lowers the music while
        the bot talks and calls ``duck(1.0)`` after. The VolumeModel (slider, saved level, volume tools) is left
        alone, so a volume set meanwhile is the one the music comes back at."""

    @abstractmethod
    def position(self) -> int | None:
        """Milliseconds played of the current source; None when unknown or stopped."""

    @abstractmethod
    def duration(self) -> int | None:
        """Length of the current source in milliseconds; None when unknown (streams) or stopped."""

    @abstractmethod
    def seek(self, ms: int) -> None: ...

    @abstractmethod
    async def wait_until_started(self) -> PlayerEvent:
        """The first started/ended/error/stopped event after the latest play() (bound it with asyncio.timeout)."""

    @abstractmethod
    def close(self) -> None:
        """Stop and release the engine; the player must not be used afterwards."""


class MissingPlayer(Player):
    """Stands in when libVLC is not installed or broken: the app starts, and every action explains the fix."""

    problem = VLC_MISSING

    def __init__(self, problem: str = VLC_MISSING) -> None:
        super().__init__()
        self.problem = problem

    @property
    def state(self) -> PlayerState:
        return PlayerState.STOPPED

    @property
    def current(self) -> Source | None:
        return None

    def play(self, source: Source) -> None:
        raise PlayerError(self.problem)

    def pause(self) -> None:
        raise PlayerError(self.problem)

    def resume(self) -> None:
        raise PlayerError(self.problem)

    def stop(self) -> None:
        raise PlayerError(self.problem)

    def set_volume(self, volume: int) -> None:
        raise PlayerError(self.problem)

    def duck(self, factor: float) -> None:
        pass  # nothing plays, nothing to lower; speech must not fail because the music cannot

    def position(self) -> int | None:
        return None

    def duration(self) -> int | None:
        return None

    def seek(self, ms: int) -> None:
        raise PlayerError(self.problem)

    async def wait_until_started(self) -> PlayerEvent:
        raise PlayerError(self.problem)

    def close(self) -> None:
        pass


def _new_vlc_instance(args: list[str]) -> Any | None:
    """A libVLC instance, or None when python-vlc cannot find libVLC or libVLC cannot load its plugins."""
    try:
        import vlc
    except (ImportError, OSError, NotImplementedError) as exc:  # python-vlc raises these when libvlc is absent
        log.warning("libVLC is not available: %s", exc)
        return None
    return vlc.Instance(args)


class VlcPlayer(Player):
    """The Player on libVLC: one instance, one media player, volume from the shared VolumeModel.

    libVLC calls its event callbacks on its own threads, and calling the player from there deadlocks
    (stop() waits for the very thread it runs on), so every callback only hops to the loop with
    ``call_soon_threadsafe``. Each play() starts a new generation; callbacks of an older one are ignored.
    """

    def __init__(self, volume: VolumeModel, loop: asyncio.AbstractEventLoop,
                 extra_args: list[str] | None = None) -> None:
        super().__init__()
        args = VLC_BASE_ARGS + shlex.split(os.environ.get(VLC_ARGS_ENV, "")) + list(extra_args or [])
        instance = _new_vlc_instance(args)
        if instance is None:
            raise PlayerError(VLC_MISSING)
        import vlc  # importable now: the instance above came from it

        self._instance = instance
        self._mp = instance.media_player_new()
        self._loop = loop
        self._volume = volume
        self._state = PlayerState.STOPPED
        self._current: Source | None = None
        self._generation = 0
        self._announced = False
        self._volume_pending = False
        self._duck = 1.0
        self._outcome: asyncio.Future[PlayerEvent] | None = None
        events = self._mp.event_manager()
        for kind in ("MediaPlayerPlaying", "MediaPlayerEndReached", "MediaPlayerEncounteredError",
                     "MediaPlayerTimeChanged"):
            events.event_attach(getattr(vlc.EventType, kind), self._on_vlc_event, kind)
        self._unsubscribe = volume.subscribe(self._apply_volume)

    @property
    def media_player(self) -> Any:
        """The underlying ``vlc.MediaPlayer``, for integrations that need libVLC itself (tests capture audio)."""
        return self._mp

    @property
    def state(self) -> PlayerState:
        return self._state

    @property
    def current(self) -> Source | None:
        return self._current

    def play(self, source: Source) -> None:
        if self._current is not None:
            self._finish(PlayerEvent(EventKind.STOPPED, self._current))
        if isinstance(source, Track):
            # A path, never parsed as an MRL; as bytes, so a file name that is not UTF-8 still plays.
            media = self._instance.media_new_path(os.fsencode(source.path))
        else:
            media = self._instance.media_new(source.url)  # the URL the approval checked, never the raw text
        self._mp.set_media(media)
        media.release()
        self._state, self._current, self._announced = PlayerState.PLAYING, source, False
        self._outcome = self._loop.create_future()
        self._apply_volume(self._volume.volume)  # works at once when the audio output already exists
        if self._mp.play() != 0:
            self._fail(f"VLC could not start {source_name(source)}")

    def pause(self) -> None:
        if self._state is not PlayerState.PLAYING:
            raise PlayerError("the music is already paused" if self._current else "nothing is playing")
        self._mp.set_pause(1)
        self._state = PlayerState.PAUSED
        self._post(PlayerEvent(EventKind.PAUSED, self._current))

    def resume(self) -> None:
        if self._state is not PlayerState.PAUSED:
            raise PlayerError("nothing is paused" if self._current is None else "the music is not paused")
        self._mp.set_pause(0)
        self._state = PlayerState.PLAYING
        self._post(PlayerEvent(EventKind.RESUMED, self._current))

    def stop(self) -> None:
        if self._current is not None:
            self._finish(PlayerEvent(EventKind.STOPPED, self._current))

    def set_volume(self, volume: int) -> None:
        self._volume.set(volume)

    def duck(self, factor: float) -> None:
        self._duck = min(1.0, max(0.0, factor))
        self._apply_volume(self._volume.volume)

    def position(self) -> int | None:
        if self._current is None:
            return None
        ms = self._mp.get_time()
        return ms if ms >= 0 else None

    def duration(self) -> int | None:
        if self._current is None:
            return None
        ms = self._mp.get_length()
        return ms if ms > 0 else None

    def seek(self, ms: int) -> None:
        if self._current is None:
            raise PlayerError("nothing is playing")
        if not self._mp.is_seekable():
            raise PlayerError("this source cannot seek")
        self._mp.set_time(max(0, int(ms)))

    async def wait_until_started(self) -> PlayerEvent:
        if self._outcome is None:
            raise PlayerError("nothing was played")
        return await asyncio.shield(self._outcome)  # a caller's timeout must not cancel it for other waiters

    def close(self) -> None:
        self.stop()
        self._unsubscribe()
        self._mp.release()
        self._instance.release()

    def _apply_volume(self, volume: int) -> None:
        # libVLC returns -1 until the audio output exists (just after play); Playing/TimeChanged retry then.
        self._volume_pending = self._mp.audio_set_volume(round(volume * self._duck)) != 0

    def _finish(self, event: PlayerEvent) -> None:
        """Release the input (libVLC's stop waits for its threads: never call this on a VLC thread)."""
        self._mp.stop()
        self._generation += 1
        self._state, self._current = PlayerState.STOPPED, None
        self._post(event)
        if self._outcome is not None and not self._outcome.done():
            self._outcome.set_result(event)

    def _fail(self, message: str) -> None:
        log.warning("%s", message)
        self._finish(PlayerEvent(EventKind.ERROR, self._current, message))

    def _post(self, event: PlayerEvent) -> None:
        self._loop.call_soon(self._deliver, event)

    def _deliver(self, event: PlayerEvent) -> None:
        if self.on_change is not None:
            self.on_change(event)

    def _on_vlc_event(self, _event: Any, kind: str) -> None:
        """Runs on a libVLC thread: only note the generation and hop to the loop."""
        if kind == "MediaPlayerTimeChanged" and not self._volume_pending:
            return  # frequent; only needed while a volume change has not reached the audio output
        with contextlib.suppress(RuntimeError):  # the loop is closed: the app is shutting down
            self._loop.call_soon_threadsafe(self._handle_vlc_event, kind, self._generation)

    def _handle_vlc_event(self, kind: str, generation: int) -> None:
        if generation != self._generation or self._current is None:
            return  # about a source that has since been stopped or replaced
        if kind in ("MediaPlayerPlaying", "MediaPlayerTimeChanged"):
            if self._volume_pending:
                self._apply_volume(self._volume.volume)
            if kind == "MediaPlayerPlaying" and not self._announced:
                self._announced = True
                event = PlayerEvent(EventKind.STARTED, self._current)
                self._post(event)
                if self._outcome is not None and not self._outcome.done():
                    self._outcome.set_result(event)
        elif kind == "MediaPlayerEndReached":
            self._finish(PlayerEvent(EventKind.ENDED, self._current))
        elif kind == "MediaPlayerEncounteredError":
            self._fail(f"VLC could not play {source_name(self._current)}")


def create_player(volume: VolumeModel, loop: asyncio.AbstractEventLoop,
                  extra_args: list[str] | None = None,
                  factory: Callable[..., Player] | None = None) -> Player:
    """A VlcPlayer (or what ``factory`` makes, with the same arguments), or a MissingPlayer explaining why when
    libVLC is missing or broken. Any exception counts: a half-installed libVLC makes python-vlc raise NameError
    or AttributeError, and chat and the volume tools must work either way."""
    try:
        return (factory or VlcPlayer)(volume, loop, extra_args)
    except PlayerError as exc:
        log.warning("music playback is unavailable: %s", exc)
        return MissingPlayer(str(exc))
    except Exception as exc:
        log.warning("music playback is unavailable: libVLC failed to start", exc_info=True)
        return MissingPlayer(VLC_BROKEN.format(error=f"{type(exc).__name__}: {exc}"))
