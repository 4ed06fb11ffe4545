"""The volume models (the app's music, this computer's output), the choice between them, and the volume plugins."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from .registry import Plugin, error_output

if TYPE_CHECKING:
    from .system_volume import SystemVolume

log = logging.getLogger(__name__)

TARGET_APP = "app"  # Coze Desktop's music player
TARGET_SYSTEM = "system"  # this computer's sound output (system_volume.py)
TARGETS = (TARGET_APP, TARGET_SYSTEM)


class VolumeControl(Protocol):
    """What the volume plugins and the player bar's slider need: VolumeModel, SystemVolume and VolumeChoice."""

    @property
    def target(self) -> str: ...
    @property
    def volume(self) -> int: ...
    @property
    def muted(self) -> bool: ...
    @property
    def problem(self) -> str: ...  # why it cannot be used now, for the user; "" when it can
    def set(self, volume: int) -> None: ...
    def set_muted(self, muted: bool) -> None: ...
    def subscribe(self, observer: Callable[[int], None]) -> Callable[[], None]: ...
    async def apply(self, volume: int | None = None, muted: bool | None = None) -> None: ...


class VolumeModel:
    """The one volume level (0–100) of the app's music. Observers are called with the new level after each change.

    Plain Python on purpose: the slider (Qt) and libVLC both subscribe to it; neither owns it. Muted is level 0
    (libVLC plays what ``volume`` says); the level before the mute is kept and is what unmuting returns to.
    """

    target = TARGET_APP
    problem = ""  # always usable

    def __init__(self, volume: int = 50) -> None:
        self._volume = _clamp(volume)
        self._unmuted = self._volume or 50
        self._observers: list[Callable[[int], None]] = []

    @property
    def volume(self) -> int:
        return self._volume

    @property
    def muted(self) -> bool:
        return self._volume == 0

    @property
    def unmuted_volume(self) -> int:
        """The level unmuting returns to (the level itself while not muted)."""
        return self._volume or self._unmuted

    def set(self, volume: int) -> None:
        volume = _clamp(volume)
        if volume == self._volume:
            return
        if volume > 0:
            self._unmuted = volume
        elif self._volume > 0:
            self._unmuted = self._volume  # moved down to 0: unmuting brings back the level it left
        self._volume = volume
        for observer in list(self._observers):
            observer(volume)

    def set_muted(self, muted: bool) -> None:
        """Silence the music keeping the level, or go back to it."""
        self.set(0 if muted else self._volume or self._unmuted or 50)

    def subscribe(self, observer: Callable[[int], None]) -> Callable[[], None]:
        """Call ``observer(level)`` on every change; returns a function that unsubscribes it."""
        self._observers.append(observer)
        return lambda: self._observers.remove(observer)

    async def apply(self, volume: int | None = None, muted: bool | None = None) -> None:
        if volume is not None:
            self.set(volume)
        if muted is not None:
            self.set_muted(muted)


def _clamp(volume: int) -> int:
    return max(0, min(100, int(volume)))


class VolumeChoice:
    """The volume the plugins and the slider act on: the app's music or this computer's output, switchable live.

    Has the face of both (it forwards to the chosen one). Observers hear the chosen model's changes, and a switch
    (with the new model's level). ``on_target`` observers hear the new target name after a switch (the app
    re-registers the volume plugins so their descriptions name it). The system model is made on first use and
    closed when the choice goes back to the app.
    """

    def __init__(self, app: VolumeModel, target: str = TARGET_APP,
                 system: Callable[[], SystemVolume] | None = None) -> None:
        self.app = app
        self._make_system = system
        self._system: SystemVolume | None = None
        self._current: VolumeControl = app
        self._observers: list[Callable[[int], None]] = []
        self._target_observers: list[Callable[[str], None]] = []
        self._unsubscribe = app.subscribe(self._notify)
        self.choose(target)

    @property
    def target(self) -> str:
        return self._current.target

    @property
    def current(self) -> VolumeControl:
        return self._current

    @property
    def volume(self) -> int:
        return self._current.volume

    @property
    def muted(self) -> bool:
        return self._current.muted

    @property
    def problem(self) -> str:
        return self._current.problem

    def set(self, volume: int) -> None:
        self._current.set(volume)

    def set_muted(self, muted: bool) -> None:
        self._current.set_muted(muted)

    async def apply(self, volume: int | None = None, muted: bool | None = None) -> None:
        await self._current.apply(volume, muted)

    def subscribe(self, observer: Callable[[int], None]) -> Callable[[], None]:
        self._observers.append(observer)
        return lambda: self._observers.remove(observer)

    def on_target(self, observer: Callable[[str], None]) -> Callable[[], None]:
        self._target_observers.append(observer)
        return lambda: self._target_observers.remove(observer)

    def choose(self, target: str) -> None:
        """Act on ``target`` ("app" or "system"; anything else means "app") from now on."""
        target = target if target in TARGETS else TARGET_APP
        if target == self._current.target:
            return
        self._unsubscribe()
        if target == TARGET_SYSTEM:
            if self._system is None:
                if self._make_system is None:
                    from .system_volume import SystemVolume

                    self._system = SystemVolume()
                else:
                    self._system = self._make_system()
            self._current = self._system
            self._system.start()
        else:
            self._current = self.app
            if self._system is not None:  # nobody follows the device any more: let go of the sound server
                self._system.close()
                self._system = None
        self._unsubscribe = self._current.subscribe(self._notify)
        for observer in list(self._target_observers):
            observer(target)
        self._notify(self._current.volume)

    def _notify(self, level: int) -> None:
        for observer in list(self._observers):
            observer(level)

    def close(self) -> None:
        """Let go of the sound server without waiting (at quit, when the loop may not run again)."""
        if self._system is not None:
            self._system.close()

    async def aclose(self) -> None:
        """Let go of the sound server, waiting until it is let go."""
        if self._system is not None:
            await self._system.aclose()


def volume_model_for(settings: Any, app_model: VolumeModel) -> VolumeChoice:
    """The volume the plugins and the slider act on, as ``settings.volume_target`` chooses (switch it later with
    ``choose``). ``settings`` is the app's Settings (not imported: plugins know nothing of the settings file)."""
    return VolumeChoice(app_model, getattr(settings, "volume_target", TARGET_APP))


# -------------------------------------------------------------------------------------------------- plugins


def _where(model: VolumeControl) -> str:
    return "this computer's sound output (all apps)" if model.target == TARGET_SYSTEM \
        else "Coze Desktop's music player"


def _state(model: VolumeControl) -> str:
    state: dict[str, Any] = {"volume": model.volume}
    if model.muted:
        state["muted"] = True
        if isinstance(current := getattr(model, "current", model), VolumeModel):
            state["unmuted_volume"] = current.unmuted_volume
    if model.target == TARGET_SYSTEM:
        state["target"] = TARGET_SYSTEM
    return json.dumps(state)


def volume_plugins(model: VolumeControl) -> list[Plugin]:
    """``set_volume``, ``get_volume`` and ``set_mute`` over ``model`` (their descriptions name its target).

    An unavailable system volume (no sound server, no backend for this platform) gives an ``{"error": …}``
    output naming what is missing and what to do.
    """

    async def run(volume: int | None = None, muted: bool | None = None, read: bool = False) -> str:
        from .system_volume import VolumeUnavailable

        try:
            if read:
                if model.problem and model.target == TARGET_SYSTEM:
                    await model.apply()  # connects (again) first, or says why it cannot
            else:
                await model.apply(volume, muted)
        except VolumeUnavailable as exc:
            return error_output(f"the system volume is unavailable: {exc}")
        return _state(model)

    async def set_volume(args: dict[str, Any]) -> str:
        return await run(volume=int(args["volume"]))  # the registry has checked it against the schema: 0–100

    async def get_volume(args: dict[str, Any]) -> str:
        return await run(read=True)

    async def set_mute(args: dict[str, Any]) -> str:
        return await run(muted=bool(args["muted"]))

    where = _where(model)
    return [
        Plugin(
            name="set_volume",
            description=f"Set the volume of {where} (0 = silent, 100 = loudest).",
            parameters={
                "properties": {"volume": {"type": "integer", "minimum": 0, "maximum": 100,
                                          "description": "the new volume, 0–100"}},
                "required": ["volume"],
                "additionalProperties": False,
            },
            handler=set_volume,
            acts=True,
        ),
        Plugin(
            name="get_volume",
            description=f"Get the current volume (0–100) of {where}, and whether it is muted.",
            parameters={"properties": {}, "additionalProperties": False},
            handler=get_volume,
            acts=False,
        ),
        Plugin(
            name="set_mute",
            description=f"Mute or unmute {where}; unmuting returns to the volume before.",
            parameters={
                "properties": {"muted": {"type": "boolean", "description": "true to mute, false to unmute"}},
                "required": ["muted"],
                "additionalProperties": False,
            },
            handler=set_mute,
            acts=True,
        ),
    ]
