"""Coze Desktop: chat with a Coze bot and run its local plugins on this machine."""

__version__ = "0.2.0"
