"""The volume model shared by the player, the window's slider and the set_volume/get_volume plugins."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .registry import Plugin


class VolumeModel:
    """The one volume level (0–100) of the app. Observers are called with the new level after each change.

    Plain Python on purpose: the slider (Qt) and libVLC both subscribe to it; neither owns it.
    """

    def __init__(self, volume: int = 50) -> None:
        self._volume = _clamp(volume)
        self._observers: list[Callable[[int], None]] = []

    @property
    def volume(self) -> int:
        return self._volume

    def set(self, volume: int) -> None:
        volume = _clamp(volume)
        if volume == self._volume:
            return
        self._volume = volume
        for observer in list(self._observers):
            observer(volume)

    def subscribe(self, observer: Callable[[int], None]) -> Callable[[], None]:
        """Call ``observer(level)`` on every change; returns a function that unsubscribes it."""
        self._observers.append(observer)
        return lambda: self._observers.remove(observer)


def _clamp(volume: int) -> int:
    return max(0, min(100, int(volume)))


def volume_plugins(model: VolumeModel) -> list[Plugin]:
    """``set_volume`` and ``get_volume`` over ``model``."""

    async def set_volume(args: dict[str, Any]) -> str:
        model.set(int(args["volume"]))  # the registry has checked it against the schema: 0–100
        return json.dumps({"volume": model.volume})

    async def get_volume(args: dict[str, Any]) -> str:
        return json.dumps({"volume": model.volume})

    return [
        Plugin(
            name="set_volume",
            description="Set the playback volume of this computer's music player (0 = mute, 100 = loudest).",
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
            description="Get the current playback volume (0–100) of this computer's music player.",
            parameters={"properties": {}, "additionalProperties": False},
            handler=get_volume,
            acts=False,
        ),
    ]
