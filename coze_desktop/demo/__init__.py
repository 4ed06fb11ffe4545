"""A local Coze-compatible server with an offline demo bot: the app's no-token mode and the test double."""

from .profile import DEMO_BOT_ID, DEMO_WORKSPACE_ID
from .script import Scripted, drip, json_reply, replay, silent, sse
from .server import DEMO_TOKEN, DemoServer, RecordedRequest

__all__ = [
    "DEMO_BOT_ID",
    "DEMO_TOKEN",
    "DEMO_WORKSPACE_ID",
    "DemoServer",
    "RecordedRequest",
    "Scripted",
    "drip",
    "json_reply",
    "replay",
    "silent",
    "sse",
]
