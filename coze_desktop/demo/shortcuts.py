"""The demo bot's two shortcut commands and its one workflow Q&A question, offline and honest."""

from __future__ import annotations

import re
from typing import Any

from .tracks import SONGS
from .wire import ApiError

MUSIC_ID = "7000000000000000101"
COUNT_ID = "7000000000000000102"

# Shaped as Coze Studio's bot_common.ShortcutCommandInfo / coze-js ShortcutCommandInfo.
COMMANDS: tuple[dict[str, Any], ...] = (
    {
        "id": MUSIC_ID,
        "name": "放歌 Play a song",
        "command": "/music",
        "description": "播放一首歌（按名字）。Play a song by its name.",
        "query_template": "播放 {{song}}",
        "icon_url": "",
        "components": [{"name": "song", "description": "歌名 Song name", "type": "text",
                        "tool_parameter": "music_name", "default_value": "", "is_hide": False}],
        "tool": {"name": "play_music", "type": "plugin"},
    },
    {
        "id": COUNT_ID,
        "name": "字数统计 Count",
        "command": "/count",
        "description": "统计一段文字的字符、汉字和单词数。Count the characters, CJK characters and words of a text.",
        "query_template": "{{text}}",
        "icon_url": "",
        "components": [{"name": "text", "description": "要统计的文字 The text to count", "type": "text",
                        "default_value": "", "is_hide": False}],
        "tool": {"name": "count_text", "type": "workflow"},
    },
)

# The Q&A node: a request like "帮我选一首歌" / "pick a song for me" asks which demo song to play.
PICK = re.compile(r"(帮我|给我|替我)?\s*(选|挑)(一|首|个|支)+\s*(歌|曲)|\b(pick|choose) (a|one) song\b", re.I)
NODE_TITLE = "pick_song"


def question(zh: bool) -> tuple[str, list[str]]:
    """The question and its options (the demo's songs)."""
    text = "你想听哪一首？" if zh else "Which song would you like to hear?"
    return text, [song.title for song in SONGS]


def interrupt_payload(text: str, options: list[str], node_id: str) -> dict[str, Any]:
    """The Q&A message as Coze Studio's Q&A node puts it in its interrupt (qa/question_answer.go)."""
    return {"type": "question", "content_type": "option", "id": node_id,
            "content": {"question": text, "options": [{"name": o} for o in options]}}


def parameters(body: dict[str, Any]) -> tuple[str, dict[str, str]] | None:
    """``(command_id, parameters)`` of a /v3/chat body's ``shortcut_command``; ApiError when malformed."""
    value = body.get("shortcut_command")
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ApiError(4000, "invalid parameter: shortcut_command must be an object")
    command_id = value.get("command_id")
    if not isinstance(command_id, str) or not command_id.isdigit():
        raise ApiError(4000, "invalid parameter: shortcut_command.command_id must be a string of digits")
    if command_id not in (MUSIC_ID, COUNT_ID):
        raise ApiError(4000, f"invalid parameter: shortcut command {command_id} is not bound to this bot")
    params = value.get("parameters") or {}
    if not isinstance(params, dict) or not all(isinstance(v, str) for v in params.values()):
        raise ApiError(4000, "invalid parameter: shortcut_command.parameters must be an object of strings")
    return command_id, {str(k): v for k, v in params.items()}


def count(text: str, zh: bool) -> str:
    """The /count command's answer, computed."""
    cjk = len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]", text))
    words = len(re.findall(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?", text))
    chars = len(text)
    if zh:
        return f"这段文字有 {chars} 个字符，其中汉字 {cjk} 个，英文单词（和数字）{words} 个。"
    return f"That text has {chars} characters: {cjk} CJK characters and {words} words (or numbers)."
