"""The window's services: history, the music player and library, the local plugins and the chat session."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from ..chat import HistoryStore
from ..chat.history import open_history
from ..demo.tracks import music_fallbacks
from ..plugins import MusicLibrary, VolumeModel, create_player, default_registry
from ..plugins.entry_points import installed_plugins
from ..plugins.music import music_plugins
from ..plugins.volume import volume_model_for, volume_plugins
from ..settings import Settings, load_settings
from .app import ui_language
from .main_window import MainWindow
from .player_bar import PlayerBar
from .session import ChatSession

if TYPE_CHECKING:
    from ..plugins import PluginRegistry
    from ..plugins.mcp_bridge import McpBridge
    from ..voice.speaker import Speaker

log = logging.getLogger(__name__)


def attach_services(window: MainWindow, store: HistoryStore | None = None) -> HistoryStore:
    """Create the services for ``window``'s settings and attach them with the window's content.

    Without ``store``, the history file is opened by :func:`open_history`, which never raises: a damaged,
    locked or read-only file leaves a notice (``notices.take()``) and the window starts anyway.
    Without a chosen music folder the library plays the system's Music folder, else the demo songs.
    """
    store = store or open_history()
    volume = VolumeModel()
    player = create_player(volume, asyncio.get_event_loop())  # a MissingPlayer explains a missing libVLC
    library = MusicLibrary(window.settings.profile.music_folder, fallbacks=music_fallbacks())
    # What the volume tools and the slider act on: the music, or this computer's output (Settings → Local plugins).
    chosen = volume_model_for(window.settings, volume)
    registry = default_registry(chosen)
    chosen.on_target(lambda _target: registry.register(*volume_plugins(chosen)))  # descriptions name the new one
    # The music tools word their failures in the window's language, read at each call (it can change live).
    registry.register(*music_plugins(library, player, allow_http=lambda: window.settings.allow_http,
                                     language=lambda: ui_language(window.settings.language)))
    # Installed packages' plugins (never a built-in's name); a broken package is a warning in the app's log.
    registry.register(*installed_plugins().plugins)
    bar = PlayerBar(player, chosen, library=library)  # restores the remembered volume into ``volume``
    window.attach(store, ChatSession(store, registry), bar, library, speaker=create_speaker(player))
    window.attach_mcp(create_bridge(window.settings, registry, window.session))
    return store


def create_bridge(settings: Settings, registry: PluginRegistry, session: ChatSession) -> McpBridge:
    """The saved MCP servers, their tools kept in step in ``registry``. An image a tool returns is uploaded to Coze
    over the session's connection of the moment (a reconnect replaces it); without one it is described instead."""
    from ..plugins.mcp_bridge import McpBridge
    from ..plugins.mcp_config import saved_servers

    async def upload(data: bytes, file_name: str, mime: str) -> str:
        return (await session._require_client().upload_file(data, file_name, mime)).id

    bridge = McpBridge(saved_servers(settings), upload=upload)
    bridge.register_into(registry)
    return bridge


def create_speaker(music: object) -> Speaker | None:
    """The speaker answers are read aloud on (its own libVLC player; ``music`` ducks while it speaks), or None
    when libVLC cannot be loaded: then reading aloud says so, and the rest of the window works."""
    try:
        from ..plugins.player import Player
        from ..voice.speaker import Speaker

        return Speaker(music if isinstance(music, Player) else None)
    except Exception as exc:  # ImportError, OSError from a missing libVLC: never a reason not to start
        log.warning("reading aloud is unavailable: %s", exc)
        return None


def build(settings: Settings | None = None, store: HistoryStore | None = None) -> tuple[MainWindow, HistoryStore]:
    """The whole window at once, for tests and screenshots (which bring their own app and loop)."""
    window = MainWindow(settings or load_settings())
    return window, attach_services(window, store)
