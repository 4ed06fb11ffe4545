"""The registry with every built-in plugin: volume always, music when there is a library and a player."""

from __future__ import annotations

from collections.abc import Callable

from .library import MusicLibrary
from .music import music_plugins
from .player import Player
from .registry import PluginRegistry
from .volume import VolumeModel, volume_plugins


def default_registry(
    volume: VolumeModel | None = None,
    *,
    library: MusicLibrary | None = None,
    player: Player | None = None,
    allow_http: Callable[[], bool] = lambda: False,
    language: Callable[[], str] = lambda: "en",
) -> PluginRegistry:
    """The registry with every built-in plugin: volume always, music when a library and a player are given."""
    registry = PluginRegistry()
    registry.register(*volume_plugins(volume or VolumeModel()))
    if library is not None and player is not None:
        registry.register(*music_plugins(library, player, allow_http=allow_http, language=language))
    return registry
