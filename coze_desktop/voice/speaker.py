"""The bot's voice: speech clips played through libVLC on their own player, with the music ducked meanwhile."""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import shlex
import tempfile
import wave
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..plugins.player import VLC_BASE_ARGS, VLC_BROKEN, VLC_MISSING, _new_vlc_instance

if TYPE_CHECKING:
    from ..plugins.player import Player

log = logging.getLogger(__name__)

# Extra libVLC options for speech only (the music's COZE_DESKTOP_VLC_ARGS may send music into a capture file,
# which speech must not overwrite).
SPEECH_VLC_ARGS_ENV = "COZE_DESKTOP_SPEECH_VLC_ARGS"
START_SECONDS = 5.0  # from play() to libVLC's Playing (or its error): opening a small local file
END_MARGIN_SECONDS = 3.0  # after the clip's length: output latency and libVLC's drain
UNKNOWN_LENGTH_SECONDS = 120.0  # a clip libVLC cannot measure: 1024 bytes of text are at most ~90 s of speech
RELEASE_SECONDS = 0.3  # the music stays ducked this long after a clip, so it does not jump up between sentences


class SpeakerError(Exception):
    """A clip cannot be played (libVLC missing, an unreadable clip, no end in sight); the message says why."""


class Speaker:
    """Plays speech clips (MP3, WAV, OGG… as bytes) one at a time on a libVLC media player of its own.

    While a clip plays, ``music`` plays at ``duck_to`` of its volume (``Player.duck``): its VolumeModel is not
    touched, so the slider stays and a volume set meanwhile is the level the music returns to. The music comes
    back RELEASE_SECONDS after the last clip ends, so consecutive sentences do not make it pump, and at once on
    ``stop()``. libVLC is started on the first clip; libVLC's event callbacks only hop to the loop
    (``call_soon_threadsafe``), since calling the player from its own threads deadlocks. Use from the loop.
    """

    def __init__(self, music: Player | None = None, duck_to: float = 0.3,
                 extra_args: list[str] | None = None) -> None:
        self.music = music
        self.duck_to = duck_to
        self._extra_args = list(extra_args or [])
        self._instance: Any = None
        self._mp: Any = None
        self._generation = 0
        self._done: asyncio.Future[str] | None = None  # the clip playing: its outcome (ended/stopped/error)
        # (generation, started, done) of the clip libVLC's events are about
        self._waiting: tuple[int, asyncio.Future[None], asyncio.Future[str]] | None = None
        self._has_audio = False  # libVLC found a stream to decode in the clip playing
        self._ducked = False
        self._release: asyncio.TimerHandle | None = None

    @property
    def speaking(self) -> bool:
        """Whether a clip is playing now."""
        return self._done is not None and not self._done.done()

    async def play(self, clip: bytes, suffix: str = ".mp3") -> None:
        """Play ``clip`` (its format named by ``suffix``) to the end; returns then, or as soon as ``stop()`` is
        called or another play() starts. Raises SpeakerError when libVLC is missing or cannot play the clip."""
        path = _write_clip(clip, suffix)  # first: a bad suffix must leave nothing half started
        try:
            self.stop(restore=False)  # one voice at a time; the music stays down for the new clip
            loop = asyncio.get_running_loop()
            mp = self._media_player(loop)
            self._generation += 1
            generation = self._generation
            done: asyncio.Future[str] = loop.create_future()
            started: asyncio.Future[None] = loop.create_future()
            self._done, self._waiting, self._has_audio = done, (generation, started, done), False
            cancelled = False
            try:
                media = self._instance.media_new_path(os.fsencode(path))
                mp.set_media(media)
                media.release()
                self._duck()
                if mp.play() != 0:
                    raise SpeakerError("VLC could not start the speech")
                await self._outcome(started, done, _wav_seconds(clip))
            except asyncio.CancelledError:
                cancelled = True  # whoever cancelled wants silence now, like stop()
                raise
            finally:
                if self._generation == generation:
                    self._finish(done, "stopped" if cancelled else "ended",
                                 restore_after=None if cancelled else RELEASE_SECONDS)
        finally:
            with contextlib.suppress(OSError):
                path.unlink()

    def stop(self, *, restore: bool = True) -> None:
        """Cut the clip playing (its play() returns at once) and bring the music back now."""
        if self.speaking and self._done is not None:
            self._generation += 1
            self._finish(self._done, "stopped", restore_after=None if restore else RELEASE_SECONDS)
        elif restore:
            self._restore()

    def close(self) -> None:
        """Stop and release libVLC; the speaker must not be used afterwards."""
        self.stop()
        if self._mp is not None:
            self._mp.release()
            self._instance.release()
            self._mp = self._instance = None

    async def _outcome(self, started: asyncio.Future[None], done: asyncio.Future[str],
                       wav_seconds: float | None) -> None:
        """Until the clip has ended, was stopped, or failed; bounded so a silent libVLC cannot hang a caller."""
        try:
            async with asyncio.timeout(START_SECONDS):
                await asyncio.wait({started, done}, return_when=asyncio.FIRST_COMPLETED)
                if not started.done() and not done.done():
                    raise TimeoutError
        except TimeoutError:
            raise SpeakerError("VLC did not start the speech within "
                               f"{START_SECONDS:g} seconds") from None
        if not done.done():
            length_ms = self._mp.get_length()
            seconds = length_ms / 1000 if length_ms > 0 else wav_seconds or UNKNOWN_LENGTH_SECONDS
            try:
                async with asyncio.timeout(seconds + END_MARGIN_SECONDS):
                    await asyncio.shield(done)
            except TimeoutError:
                raise SpeakerError(f"The speech did not end within {seconds + END_MARGIN_SECONDS:.0f} "
                                   "seconds") from None
        if done.result() == "error":
            raise SpeakerError("VLC could not play the speech (an unreadable or unsupported audio clip)")

    def _media_player(self, loop: asyncio.AbstractEventLoop) -> Any:
        if self._mp is not None:
            return self._mp
        args = VLC_BASE_ARGS + shlex.split(os.environ.get(SPEECH_VLC_ARGS_ENV, "")) + self._extra_args
        try:
            instance = _new_vlc_instance(args)
        except Exception as exc:  # a half-installed libVLC raises NameError/AttributeError (see create_player)
            raise SpeakerError(VLC_BROKEN.format(error=f"{type(exc).__name__}: {exc}")) from exc
        if instance is None:
            raise SpeakerError(VLC_MISSING)
        import vlc  # importable now: the instance above came from it

        self._instance, self._mp = instance, instance.media_player_new()
        events = self._mp.event_manager()
        for kind in ("MediaPlayerPlaying", "MediaPlayerESAdded", "MediaPlayerEndReached", "MediaPlayerStopped",
                     "MediaPlayerEncounteredError"):
            events.event_attach(getattr(vlc.EventType, kind), self._on_vlc_event, kind, loop)
        return self._mp

    def _on_vlc_event(self, _event: Any, kind: str, loop: asyncio.AbstractEventLoop) -> None:
        """Runs on a libVLC thread: note the clip it is about and hop to the loop."""
        with contextlib.suppress(RuntimeError):  # the loop is closed: the app is shutting down
            loop.call_soon_threadsafe(self._handle_vlc_event, kind, self._generation)

    def _handle_vlc_event(self, kind: str, generation: int) -> None:
        waiting = self._waiting
        if waiting is None or waiting[0] != generation or generation != self._generation:
            return  # about a clip that has since been stopped or replaced
        _, started, done = waiting
        if kind == "MediaPlayerPlaying":
            if not started.done():
                started.set_result(None)
        elif kind == "MediaPlayerESAdded":
            self._has_audio = True
        elif not done.done():
            # libVLC "plays" a file it cannot decode (an HTML error page saved as .mp3) and reaches its end at
            # once; only the missing elementary stream tells that nothing was heard
            failed = kind == "MediaPlayerEncounteredError" or not self._has_audio
            done.set_result("error" if failed else "ended")

    def _finish(self, done: asyncio.Future[str], outcome: str, restore_after: float | None) -> None:
        """Release the clip (libVLC's stop waits for its threads: never call this on a VLC thread)."""
        if self._mp is not None:
            self._mp.stop()
        if not done.done():
            done.set_result(outcome)
        if restore_after is None:
            self._restore()
        else:
            self._cancel_release()
            self._release = asyncio.get_running_loop().call_later(restore_after, self._restore)

    def _duck(self) -> None:
        self._cancel_release()
        if self.music is not None and not self._ducked:
            self._ducked = True
            with contextlib.suppress(Exception):  # the music's problems are not the speech's
                self.music.duck(self.duck_to)

    def _restore(self) -> None:
        self._cancel_release()
        if self.music is not None and self._ducked:
            self._ducked = False
            try:
                self.music.duck(1.0)
            except Exception:
                log.warning("could not bring the music's volume back", exc_info=True)

    def _cancel_release(self) -> None:
        if self._release is not None:
            self._release.cancel()
            self._release = None


def _write_clip(clip: bytes, suffix: str) -> Path:
    """The clip in a private temporary file (libVLC opens files; its memory input needs C callbacks that must
    outlive every libVLC thread)."""
    if not suffix.startswith(".") or not suffix[1:].isalnum():
        raise ValueError(f"not a file suffix: {suffix!r}")
    fd, name = tempfile.mkstemp(prefix="coze-speech-", suffix=suffix)  # mode 0600
    with os.fdopen(fd, "wb") as out:
        out.write(clip)
    return Path(name)


def _wav_seconds(clip: bytes) -> float | None:
    """A WAV clip's length from its header (a bound for the wait when libVLC does not report one)."""
    if not clip.startswith(b"RIFF"):
        return None
    try:
        with wave.open(io.BytesIO(clip)) as wav:
            return wav.getnframes() / wav.getframerate()
    except (wave.Error, EOFError, ZeroDivisionError):
        return None
