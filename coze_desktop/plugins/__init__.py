"""Local plugins (端插件): declarations, the registry that runs them safely, and the built-in tools. No Qt.

Names load with their submodule on first use: the volume model does not pull in libVLC or audio tags.
"""

from ..lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "builtin": ("default_registry",),
    "library": ("MusicLibrary", "Track"),
    "mcp_bridge": ("McpBridge", "ServerState", "ServerStatus"),
    "mcp_config": ("McpConfigError", "McpServerConfig", "load_mcp_config", "parse_mcp_config", "saved_servers",
                   "save_servers"),
    "music": ("music_plugins",),
    "player": ("Player", "PlayerError", "create_player"),
    "registry": ("DEFAULT_TIMEOUT", "Plugin", "PluginRegistry", "ToolResult", "error_output"),
    "schema": ("validate",),
    "urls": ("SafeUrl", "UrlRefused", "parse_url"),
    "volume": ("TARGET_APP", "TARGET_SYSTEM", "VolumeChoice", "VolumeModel", "volume_model_for", "volume_plugins"),
    "system_volume": ("SystemVolume", "VolumeUnavailable"),
    "entry_points": ("ENTRY_POINT_GROUP", "InstalledPlugins", "PluginContext", "installed_plugins"),
})
