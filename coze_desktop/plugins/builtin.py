"""The registry with every built-in plugin: volume always, music when there is a library and a player."""

from __future__ import annotations

from collections.abc import Callable

from .library import MusicLibrary
from .music import music_plugins
from .player import Player
from .registry import PluginRegistry
from .volume import VolumeControl, VolumeModel, volume_plugins


def default_registry(
    volume: VolumeControl | None = None,
    *,
    library: MusicLibrary | None = None,
    player: Player | None = None,
    allow_http: Callable[[], bool] = lambda: False,
    language: Callable[[], str] = lambda: "en",
) -> PluginRegistry:
    """The registry with every built-in plugin: volume always, music when a library and a player are given.

    ``volume`` is what the volume tools act on: the app's VolumeModel, or a VolumeChoice (volume_model_for) that
    may point at this computer's output.
    """
    registry = PluginRegistry()
    registry.register(*volume_plugins(volume or VolumeModel()))
    if library is not None and player is not None:
        registry.register(*music_plugins(library, player, allow_http=allow_http, language=language))
    return registry
