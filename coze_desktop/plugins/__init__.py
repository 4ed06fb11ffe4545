"""Local plugins (端插件): declarations, the registry that runs them safely, and the built-in tools. No Qt."""

from .registry import DEFAULT_TIMEOUT, Plugin, PluginRegistry, ToolResult, error_output
from .schema import validate
from .volume import VolumeModel, volume_plugins

__all__ = [
    "DEFAULT_TIMEOUT", "Plugin", "PluginRegistry", "ToolResult", "VolumeModel", "default_registry", "error_output",
    "validate", "volume_plugins",
]


def default_registry(volume: VolumeModel | None = None) -> PluginRegistry:
    """The registry with every built-in plugin this build has."""
    registry = PluginRegistry()
    registry.register(*volume_plugins(volume or VolumeModel()))
    return registry
