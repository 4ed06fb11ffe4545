"""Who the demo bot is: its ids, name, greeting, and the bot objects the bot endpoints return."""

from __future__ import annotations

from typing import Any

from . import knowledge, shortcuts, speech
from .bot import TOOL_NAMES

DEMO_BOT_ID = "7000000000000000001"
DEMO_CREATOR_ID = "7000000000000000002"
DEMO_WORKSPACE_ID = "7000000000000000003"
PLUGIN_ID = 7000000000000000010  # an int, as in the cloud's function_call content
PLUGIN_NAME = "coze-desktop"
CREATED_AT = 1767225600  # 2026-01-01, fixed so the bot looks the same on every start
UPDATED_AT = 1767225600

NAME = "Coze Desktop 演示助手 (Demo)"
DESCRIPTION = (
    "离线演示机器人：播放音乐、调节音量、回答关于 Coze Desktop 的问题。"
    "An offline demo bot: music, volume and questions about Coze Desktop."
)
PROLOGUE = (
    "你好！我是 Coze Desktop 的离线演示助手，可以帮你放音乐、调音量，也能回答关于这个应用的问题。\n"
    "Hi! I'm the offline demo bot of Coze Desktop: I can play music, change the volume and answer questions "
    "about the app."
)
SUGGESTED_QUESTIONS = ["播放 晴天", "音量调到30", "What can you do?", "怎么连接真实的 Coze 机器人？"]
PROMPT = (
    "You are the offline demo bot of Coze Desktop. Understand simple Chinese and English requests about "
    f"music and volume and call the app's local plugins: {', '.join(TOOL_NAMES)}. Answer questions about "
    "the app from the knowledge base."
)


def api_id(tool: str) -> int:
    """A stable per-tool api id, like the cloud's ints."""
    index = TOOL_NAMES.index(tool) if tool in TOOL_NAMES else len(TOOL_NAMES)
    return PLUGIN_ID + 1 + index


def bot_info(icon_url: str = "") -> dict[str, Any]:
    """The BotInfo object of /v1/bots/{id} and /v1/bot/get_online_info; ``icon_url`` the avatar's URL on the
    demo server (it serves the image itself: offline, nothing else to download)."""
    return {
        "bot_id": DEMO_BOT_ID,
        "name": NAME,
        "description": DESCRIPTION,
        "icon_url": icon_url,
        "create_time": CREATED_AT,
        "update_time": UPDATED_AT,
        "version": str(UPDATED_AT * 1000),
        "bot_mode": 0,
        "prompt_info": {"prompt": PROMPT},
        "onboarding_info": {"prologue": PROLOGUE, "suggested_questions": list(SUGGESTED_QUESTIONS)},
        "plugin_info_list": [],
        "workflow_info_list": [],
        "shortcut_commands": [dict(c) for c in shortcuts.COMMANDS],
        "model_info": {"model_id": "0", "model_name": "离线规则 (offline rules)"},
        "knowledge": {"knowledge_infos": [{"id": knowledge.DATASET_ID, "name": knowledge.DATASET_NAME}]},
        "owner_user_id": DEMO_CREATOR_ID,
        "folder_id": "",
        # The bot's own voice, as docs.coze.cn's get_metadata shows it: read-aloud speaks with it.
        "voice_info_list": [{"voice_id": speech.BOT_VOICE.voice_id, "language_code": speech.BOT_VOICE.language_code}],
        "default_user_input_type": "text",
    }


def bot_list_item() -> dict[str, Any]:
    """An item of GET /v1/bots."""
    return {
        "id": DEMO_BOT_ID,
        "name": NAME,
        "description": DESCRIPTION,
        "icon_url": "",
        "is_published": True,
        "published_at": UPDATED_AT,
        "updated_at": UPDATED_AT,
        "owner_user_id": DEMO_CREATOR_ID,
        "folder_id": "",
    }


def published_bot() -> dict[str, Any]:
    """An item of the deprecated GET /v1/space/published_bots_list (``publish_time`` is a string there)."""
    return {
        "bot_id": DEMO_BOT_ID,
        "bot_name": NAME,
        "description": DESCRIPTION,
        "icon_url": "",
        "publish_time": str(UPDATED_AT),
    }
