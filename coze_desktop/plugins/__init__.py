"""Local plugins (端插件): declarations, the registry that runs them safely, and the built-in tools. No Qt."""

from collections.abc import Callable

from .library import MusicLibrary, Track
from .music import music_plugins
from .player import Player, PlayerError, create_player
from .registry import DEFAULT_TIMEOUT, Plugin, PluginRegistry, ToolResult, error_output
from .schema import validate
from .volume import VolumeModel, volume_plugins

__all__ = [
    "DEFAULT_TIMEOUT", "MusicLibrary", "Player", "PlayerError", "Plugin", "PluginRegistry", "ToolResult", "Track",
    "VolumeModel", "create_player", "default_registry", "error_output", "music_plugins", "validate",
    "volume_plugins",
]


def default_registry(
    volume: VolumeModel | None = None,
    *,
    library: MusicLibrary | None = None,
    player: Player | None = None,
    allow_http: Callable[[], bool] = lambda: False,
) -> PluginRegistry:
    """The registry with every built-in plugin: volume always, music when a library and a player are given."""
    registry = PluginRegistry()
    registry.register(*volume_plugins(volume or VolumeModel()))
    if library is not None and player is not None:
        registry.register(*music_plugins(library, player, allow_http=allow_http))
    return registry
