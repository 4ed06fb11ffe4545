"""This computer's output volume (PulseAudio/PipeWire, Core Audio, macOS) as a model with VolumeModel's face."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Protocol, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

TARGET_SYSTEM = "system"
# Reaching a local sound server takes milliseconds; a server that has not answered in this long is hung.
CONNECT_TIMEOUT = 3.0
# A backend that cannot report outside changes (Windows, macOS here) is read again this often while it is in use.
POLL_INTERVAL = 2.0
# After the sound server goes away (restarted, logged out), connecting again is tried after these waits (seconds).
RETRY_DELAYS = (1.0, 2.0, 5.0, 10.0)
_LEAVE_APP = "or choose “Coze Desktop's music” in Settings → Local plugins"


class VolumeUnavailable(Exception):
    """The system volume cannot be used; the message names what is missing and what to do (shown to the user)."""


class Backend(Protocol):
    """One platform's output volume. Every method may raise VolumeUnavailable with a message for the user."""

    name: str

    async def open(self) -> None: ...
    async def read(self) -> tuple[int, bool]: ...  # (level 0–100, muted)
    async def write(self, volume: int | None = None, muted: bool | None = None) -> None: ...
    def changes(self) -> AsyncIterator[None]: ...  # yields after each (possible) outside change; ends when lost
    def abort(self) -> None: ...  # a call timed out: drop the connection now, synchronously
    async def aclose(self) -> None: ...


def _level(fraction: float) -> int:
    return max(0, min(100, round(fraction * 100)))


# --------------------------------------------------------------------------------------- Linux: PulseAudio


class PulseBackend:
    """The default sink of PulseAudio, or of PipeWire's pulse server, through pulsectl-asyncio on our loop.

    Every call is an asynchronous round trip on the loop (libpulse's main loop runs on asyncio's), nothing blocks.
    Outside changes arrive as sink/server events. The level is the loudest channel's, as desktop sliders show it;
    setting it scales all channels, so a balance set elsewhere is kept.
    """

    name = "PulseAudio"

    def __init__(self, server: str | None = None) -> None:
        self._server = server
        self._pulse: Any = None
        self._sink_index: int | None = None

    async def open(self) -> None:
        try:
            import pulsectl_asyncio
        except ImportError as exc:
            raise VolumeUnavailable(
                "the system volume needs the Python package pulsectl-asyncio and the PulseAudio client library "
                f"(libpulse0), which this installation lacks ({exc}); install them, {_LEAVE_APP}.") from None
        except OSError as exc:  # pulsectl loads libpulse with ctypes at import
            raise VolumeUnavailable(f"the PulseAudio client library (libpulse0) cannot be loaded ({exc}); install "
                                    f"it, {_LEAVE_APP}.") from None
        pulse = pulsectl_asyncio.PulseAsync("coze-desktop", server=self._server)
        try:
            await pulse.connect(timeout=CONNECT_TIMEOUT)
        except TimeoutError:
            pulse.close()
            raise VolumeUnavailable(f"the sound server ({_where()}) did not answer within {CONNECT_TIMEOUT:g} s; "
                                    f"restart it, {_LEAVE_APP}.") from None
        except Exception as exc:  # PulseError: nothing listens on the socket
            pulse.close()
            raise VolumeUnavailable(
                f"no sound server answers ({_where()}): start PulseAudio or PipeWire's pulse server (e.g. "
                f"`systemctl --user start pipewire-pulse` or `pulseaudio --start`), {_LEAVE_APP}.") from exc
        self._pulse = pulse

    async def _sink(self) -> Any:
        pulse = self._connected()
        try:
            info = await pulse.server_info()
            sink = await pulse.get_sink_by_name(info.default_sink_name) if info.default_sink_name else None
        except Exception as exc:
            if not pulse.connected:
                raise _lost() from exc
            sink = None  # PulseIndexError: the default names a sink that is gone
        if sink is None:
            raise VolumeUnavailable("the sound server has no output device (no default sink); connect or enable "
                                    f"speakers or headphones, {_LEAVE_APP}.")
        self._sink_index = sink.index
        return sink

    def _connected(self) -> Any:
        if self._pulse is None or not self._pulse.connected:
            raise _lost()
        return self._pulse

    async def read(self) -> tuple[int, bool]:
        sink = await self._sink()
        return _level(max(sink.volume.values, default=0.0)), bool(sink.mute)

    async def write(self, volume: int | None = None, muted: bool | None = None) -> None:
        sink = await self._sink()
        pulse = self._connected()
        try:
            if volume is not None:
                values = sink.volume.values
                top = max(values, default=0.0)
                target = volume / 100
                # Scaled, not flattened: a left/right balance set in the desktop's mixer survives.
                sink.volume.values = [v * target / top for v in values] if top > 0 else [target] * len(values)
                await pulse.volume_set(sink, sink.volume)
            if muted is not None:
                await pulse.sink_mute(sink.index, bool(muted))
        except VolumeUnavailable:
            raise
        except Exception as exc:
            if not pulse.connected:
                raise _lost() from exc
            raise VolumeUnavailable(f"the sound server refused the change: {exc}") from exc

    async def changes(self) -> AsyncIterator[None]:
        pulse = self._connected()
        try:
            async for event in pulse.subscribe_events("sink", "server"):
                # Other sinks (a virtual one, a second card) change too: only the default one's events, and
                # server events (the default itself moved to another device), mean a refresh.
                if event.facility == "sink" and self._sink_index is not None and event.index != self._sink_index:
                    continue
                yield None
        except Exception as exc:  # PulseDisconnected: the server went away
            log.info("the sound server's events ended: %s", exc)

    def abort(self) -> None:
        # libpulse keeps a pointer to each pending operation's ctypes callback, which a cancelled (timed out) call
        # lets Python free: a late answer would then jump into freed memory (seen as a segfault when a stopped
        # server resumed). Disconnecting before the loop runs again drops those operations first.
        if self._pulse is not None:
            self._pulse.close()
            self._pulse = None

    async def aclose(self) -> None:
        self.abort()


def _lost() -> VolumeUnavailable:
    return VolumeUnavailable(f"the connection to the sound server ({_where()}) was lost; it is tried again in a "
                             f"moment, {_LEAVE_APP}.")


def _where() -> str:
    server = os.environ.get("PULSE_SERVER")
    return f"PULSE_SERVER={server}" if server else "PulseAudio/PipeWire"


# ------------------------------------------------------------------------------------ Windows: Core Audio


class CoreAudioBackend:
    """The default render endpoint's master volume through pycaw (IAudioEndpointVolume).

    Written to pycaw's documented API but NOT tested here: the CI machine is Linux. COM is already initialised on
    the GUI thread by Qt; the calls are in-process COM calls of microseconds, so they run on the loop. Outside
    changes are polled every POLL_INTERVAL (IAudioEndpointVolumeCallback would call us on a COM thread).
    """

    name = "Core Audio"

    def __init__(self) -> None:
        self._endpoint: Any = None

    async def open(self) -> None:
        try:
            from pycaw.pycaw import AudioUtilities, IAudioEndpointVolume
        except ImportError as exc:
            raise VolumeUnavailable(f"the system volume needs the Python package pycaw, which this installation "
                                    f"lacks ({exc}); install it, {_LEAVE_APP}.") from None
        try:
            device = AudioUtilities.GetSpeakers()
            endpoint = getattr(device, "EndpointVolume", None)  # pycaw ≥ 20240316 wraps the device
            if endpoint is None:  # older pycaw: the raw IMMDevice
                from ctypes import POINTER, cast

                from comtypes import CLSCTX_ALL

                raw = getattr(device, "_dev", device)
                endpoint = cast(raw.Activate(IAudioEndpointVolume._iid_, CLSCTX_ALL, None),
                                POINTER(IAudioEndpointVolume))
        except Exception as exc:  # COMError: no output device
            raise VolumeUnavailable(f"Windows reports no output device ({exc}); connect or enable speakers, "
                                    f"{_LEAVE_APP}.") from exc
        self._endpoint = endpoint

    async def read(self) -> tuple[int, bool]:
        try:
            return _level(float(self._endpoint.GetMasterVolumeLevelScalar())), bool(self._endpoint.GetMute())
        except Exception as exc:
            raise VolumeUnavailable(f"Windows did not report the volume ({exc}).") from exc

    async def write(self, volume: int | None = None, muted: bool | None = None) -> None:
        try:
            if volume is not None:
                self._endpoint.SetMasterVolumeLevelScalar(volume / 100, None)
            if muted is not None:
                self._endpoint.SetMute(int(bool(muted)), None)
        except Exception as exc:
            raise VolumeUnavailable(f"Windows refused the change ({exc}).") from exc

    async def changes(self) -> AsyncIterator[None]:
        while True:
            await asyncio.sleep(POLL_INTERVAL)
            yield None

    def abort(self) -> None:
        pass  # in-process COM calls: nothing pending to drop

    async def aclose(self) -> None:
        self._endpoint = None


# ------------------------------------------------------------------------------------------ macOS: osascript


_SETTINGS = re.compile(r"output volume:\s*(\S+?),.*output muted:\s*(\w+)", re.DOTALL)


class OsascriptBackend:
    """The output volume through `osascript` (AppleScript's volume settings), each call a short subprocess.

    Not tested on a Mac here (tests run a stand-in `osascript` on PATH). Outside changes are polled every
    POLL_INTERVAL: AppleScript has no change events.
    """

    name = "macOS"

    def __init__(self, program: str = "osascript") -> None:
        self._program = program

    async def _run(self, script: str) -> str:
        try:
            process = await asyncio.create_subprocess_exec(
                self._program, "-e", script, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        except OSError as exc:
            raise VolumeUnavailable(f"osascript cannot be run ({exc}); {_LEAVE_APP}.") from None
        try:
            out, err = await asyncio.wait_for(process.communicate(), CONNECT_TIMEOUT)
        except TimeoutError:
            process.kill()
            await process.wait()
            raise VolumeUnavailable(f"osascript did not answer within {CONNECT_TIMEOUT:g} s.") from None
        if process.returncode != 0:
            raise VolumeUnavailable(f"osascript failed: {err.decode(errors='replace').strip()[:200]}")
        return out.decode(errors="replace")

    async def open(self) -> None:
        await self.read()

    async def read(self) -> tuple[int, bool]:
        text = await self._run("get volume settings")
        match = _SETTINGS.search(text)
        if match is None or not match.group(1).isdigit():  # "missing value": a device without a volume (HDMI)
            raise VolumeUnavailable(f"this Mac's output device has no volume control (osascript said: "
                                    f"{text.strip()[:120]}); {_LEAVE_APP}.")
        return max(0, min(100, int(match.group(1)))), match.group(2) == "true"

    async def write(self, volume: int | None = None, muted: bool | None = None) -> None:
        if volume is not None:
            await self._run(f"set volume output volume {int(volume)}")
        if muted is not None:
            await self._run(f"set volume output muted {'true' if muted else 'false'}")

    async def changes(self) -> AsyncIterator[None]:
        while True:
            await asyncio.sleep(POLL_INTERVAL)
            yield None

    def abort(self) -> None:
        pass  # the timed-out osascript was killed by _run

    async def aclose(self) -> None:
        pass


class UnsupportedBackend:
    """A platform without a backend: every use says so."""

    name = "none"

    async def open(self) -> None:
        raise VolumeUnavailable(f"controlling the system volume is not supported on {sys.platform}; {_LEAVE_APP}.")

    read = write = open  # type: ignore[assignment]

    async def changes(self) -> AsyncIterator[None]:
        return
        yield None

    def abort(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


async def _bounded(backend: Backend, call: Awaitable[T]) -> T:
    """A backend call that gives up after CONNECT_TIMEOUT: a hung sound server (stopped, swapping) must not hang the
    bot's call until the plugin's own limit, nor the follower for good. The connection is dropped at once (see
    PulseBackend.abort); the follower connects again."""
    try:
        return await asyncio.wait_for(call, CONNECT_TIMEOUT)
    except TimeoutError:
        backend.abort()
        raise VolumeUnavailable(f"the sound server ({_where()}) did not answer within {CONNECT_TIMEOUT:g} s; "
                                f"restart it, {_LEAVE_APP}.") from None


def system_backend(platform: str = sys.platform) -> Backend:
    """The backend for ``platform``."""
    if platform.startswith("linux") or platform.startswith("freebsd"):
        return PulseBackend()
    if platform == "win32":
        return CoreAudioBackend()
    if platform == "darwin":
        return OsascriptBackend()
    return UnsupportedBackend()


# ------------------------------------------------------------------------------------------------- model


class SystemVolume:
    """This computer's output volume and mute, with VolumeModel's face (``volume``, ``set``, ``subscribe``) plus
    ``muted``/``set_muted``, ``problem`` and the awaitable ``apply`` the plugins use.

    ``start()`` connects in the background and keeps following the device: observers are called on the loop
    with the level after every change, the app's or the desktop's (``pactl``, the panel's slider), and when the
    backend becomes unavailable or available again (read ``problem``). While unavailable, ``set``/``set_muted``
    change nothing and observers are called with the unchanged level, so a slider snaps back.
    """

    target = TARGET_SYSTEM

    def __init__(self, backend: Callable[[], Backend] = system_backend) -> None:
        self._make_backend = backend
        self._backend: Backend | None = None
        self._volume = 0
        self._muted = False
        self._problem = "the system volume is not connected yet"
        self._observers: list[Callable[[int], None]] = []
        self._follower: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self._failed = asyncio.Event()
        self._kick = asyncio.Event()
        self._pending: dict[str, Any] = {}
        self._writer: asyncio.Task[None] | None = None
        self._closed = False

    # ---------------------------------------------------------------- face

    @property
    def volume(self) -> int:
        return self._volume

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def problem(self) -> str:
        """Why the system volume cannot be used right now, for the user; "" when it can."""
        return self._problem

    def subscribe(self, observer: Callable[[int], None]) -> Callable[[], None]:
        self._observers.append(observer)
        return lambda: self._observers.remove(observer)

    def set(self, volume: int) -> None:
        """Set the level from the slider: shown at once, written in the background (the newest level wins)."""
        self._change(volume=max(0, min(100, int(volume))))

    def set_muted(self, muted: bool) -> None:
        self._change(muted=bool(muted))

    def _change(self, **change: Any) -> None:
        if self._problem:
            self._notify()  # nothing changes: the slider goes back to what is true
            return
        if change.get("volume", self._volume) == self._volume and change.get("muted", self._muted) == self._muted:
            return
        self._volume = change.get("volume", self._volume)
        self._muted = change.get("muted", self._muted)
        self._pending.update(change)
        if self._writer is None or self._writer.done():
            self._writer = asyncio.ensure_future(self._write_pending())
        self._notify()

    async def _write_pending(self) -> None:
        try:
            while self._pending and self._backend is not None:
                change, self._pending = self._pending, {}
                await _bounded(self._backend, self._backend.write(**change))
            await self._refresh(notify=True)  # what the device really took (it may round or refuse)
        except VolumeUnavailable as exc:
            self._pending.clear()
            log.warning("the system volume was not changed: %s", exc)
            await self._refresh(notify=True)

    async def apply(self, volume: int | None = None, muted: bool | None = None) -> None:
        """Change the volume and/or mute and wait until the device reports it; VolumeUnavailable says why not."""
        await self.wait_ready()
        if self._writer is not None and not self._writer.done():
            await asyncio.shield(self._writer)  # the slider's change first: the plugin's comes after it
        if self._backend is None:  # lost between the wait and now
            raise VolumeUnavailable(self._problem or _lost().args[0])
        await _bounded(self._backend, self._backend.write(volume=volume, muted=muted))
        await self._refresh(raising=True)

    async def wait_ready(self) -> None:
        """Connected and read at least once, or VolumeUnavailable with the reason. Starts following if needed."""
        self.start()
        if not self._problem:
            return
        if self._backend is not None:  # connected, but the last read failed (a hung server): read again now
            await self._refresh(raising=True)
            return
        self._failed.clear()
        self._kick.set()
        waiters = [asyncio.ensure_future(self._ready.wait()), asyncio.ensure_future(self._failed.wait())]
        try:
            await asyncio.wait(waiters, timeout=CONNECT_TIMEOUT + 1, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waiters:
                waiter.cancel()
        if self._problem:
            raise VolumeUnavailable(self._problem)

    # ---------------------------------------------------------------- following the device

    def start(self) -> None:
        """Connect and follow the device in the background (idempotent; retries after the server goes away)."""
        if self._closed:
            return
        if self._follower is None or self._follower.done():
            self._follower = asyncio.ensure_future(self._follow())

    async def _follow(self) -> None:
        attempt = 0
        while not self._closed:
            backend = self._make_backend()
            try:
                await backend.open()
                self._backend = backend
                await self._refresh(raising=True)
                attempt = 0
                async for _ in backend.changes():
                    if self._writer is None or self._writer.done():  # our own write refreshes when it ends
                        await self._refresh()
                raise _lost() if isinstance(backend, PulseBackend) else VolumeUnavailable(
                    f"the {backend.name} volume stopped reporting changes.")
            except VolumeUnavailable as exc:
                self._fail(str(exc))
            except Exception as exc:  # a backend bug must not end the app's volume for good
                log.exception("following the system volume failed")
                self._fail(f"the system volume failed ({type(exc).__name__}: {exc}).")
            finally:
                self._backend = None
                with contextlib.suppress(Exception):
                    await backend.aclose()
            if isinstance(backend, UnsupportedBackend):
                return  # nothing to retry
            self._kick.clear()
            with contextlib.suppress(TimeoutError):  # a plugin call (wait_ready) tries again at once
                await asyncio.wait_for(self._kick.wait(), RETRY_DELAYS[min(attempt, len(RETRY_DELAYS) - 1)])
            attempt += 1

    def _fail(self, problem: str) -> None:
        changed = problem != self._problem
        self._problem = problem
        self._ready.clear()
        self._failed.set()
        if changed:
            log.info("system volume unavailable: %s", problem)
            self._notify()

    async def _refresh(self, notify: bool = False, raising: bool = False) -> None:
        """Read the device; observers hear about a change, about becoming available, and (``notify``) after
        our own write, whose level they were shown already but which the device may have rounded."""
        if self._backend is None:
            return
        try:
            volume, muted = await _bounded(self._backend, self._backend.read())
        except VolumeUnavailable as exc:
            if raising:
                raise
            self._fail(str(exc))
            return
        was_unavailable = bool(self._problem)
        changed = (volume, muted) != (self._volume, self._muted)
        self._volume, self._muted, self._problem = volume, muted, ""
        self._ready.set()
        if changed or was_unavailable or notify:
            self._notify()

    def _notify(self) -> None:
        for observer in list(self._observers):
            try:
                observer(self._volume)
            except Exception:  # one broken observer (a deleted widget) must not stop the others
                log.exception("a system volume observer failed")

    async def aclose(self) -> None:
        """Stop following and disconnect (the app quits or the target goes back to the app's music)."""
        self._closed = True
        for task in (self._follower, self._writer):
            if task is not None and not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        self._problem = "the system volume is not in use"

    def close(self) -> None:
        """Stop following without waiting (at quit, when the loop may not run again)."""
        self._closed = True
        for task in (self._follower, self._writer):
            if task is not None and not task.done():
                task.cancel()
