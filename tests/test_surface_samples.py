"""Issue 13's wire samples (tests/surface_samples, provenance in tests/samples/README.md) served over real HTTP
to the client, or read by the types that parse them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from coze_desktop.api import BotInfo, CozeClient, ToolCall, parse_object_string
from coze_desktop.demo import DEMO_BOT_ID, DemoServer, json_reply

SURFACE = Path(__file__).resolve().parent / "surface_samples"


def load(name: str) -> Any:
    return json.loads((SURFACE / name).read_text("utf-8"))


@pytest.mark.parametrize(("name", "expected"), [
    ("cozepy_files_upload_mock.json", ("1", "name", 2, 3)),
    ("cozejs_files_upload_mock.json", ("file-1", "test.pdf", 1024, 1234567890)),
    ("studio_files_upload_response_reconstructed.json", ("7520000000000000001", "photo.png", 2048, 1767225600)),
])
async def test_upload_answers_of_every_source(server: DemoServer, client: CozeClient, name, expected):
    server.script("/v1/files/upload", json_reply(load(name)))
    up = await client.upload_file(b"abc", "a.txt")
    assert (up.id, up.file_name, up.bytes, up.created_at) == expected


async def test_clear_and_delete_answers(server: DemoServer, client: CozeClient):
    server.script("/v1/conversations/7/clear", json_reply(load("cozejs_conversation_clear_mock.json")))
    assert await client.clear_conversation("7") == "conversation-id"
    server.script("/v1/conversations/7", json_reply(load("cozepy_conversation_delete_mock.json")))
    await client.delete_conversation("7")
    assert server.requests[-1].method == "DELETE"


async def test_ids_that_would_leave_the_path_are_refused(server: DemoServer, client: CozeClient):
    from coze_desktop.api import CozeInputError

    for bad in ("", "../bots", "7?x=1", "7/clear"):
        with pytest.raises(CozeInputError):
            await client.clear_conversation(bad)
    assert not server.requests


def test_shortcut_commands_of_the_bot_info():
    info = BotInfo.from_wire(load("studio_bot_shortcut_commands_reconstructed.json"))
    assert info.icon_url == "https://example.com/icon.png"
    (command,) = info.shortcut_commands
    assert (command.id, command.command, command.tool_name, command.tool_type, command.agent_id) == (
        "7000000000000000101", "/music", "play_music", "plugin", "7000000000000000020")
    assert [c.name for c in command.components] == ["song", "source"]
    assert [c.name for c in command.parameters] == ["song"]  # the hidden one is the bot's own
    assert command.components[1].options == ("local", "cloud")


async def test_shortcut_command_body_is_the_reconstructed_one(server: DemoServer, client: CozeClient):
    from coze_desktop.api import EnterMessage, ShortcutRequest

    expected = load("studio_chat_shortcut_command_reconstructed.json")
    async with client.stream_chat(bot_id=DEMO_BOT_ID, user_id="u1", messages=[EnterMessage("/music 晴天")],
                                  shortcut_command=ShortcutRequest("7000000000000000101", {"song": "晴天"})) as s:
        async for _ in s:
            pass
    sent = server.requests[-1].json
    assert sent["shortcut_command"] == expected["shortcut_command"]
    assert sent["additional_messages"] == expected["additional_messages"]


def test_object_string_items_and_qa_interrupt():
    parts = parse_object_string(json.dumps(load("cozejs_object_string_content_reconstructed.json")))
    assert [(p.type, p.text, p.file_id, p.file_url) for p in parts] == [
        ("text", "这张图是什么？", "", ""), ("image", "", "7520000000000000001", ""),
        ("file", "", "", "https://example.com/notes.txt")]
    payload = json.dumps(load("studio_qa_option_interrupt_reconstructed.json"), ensure_ascii=False)
    question = ToolCall("c", "qa", payload, type="reply_message").choice_question()
    assert (question.question, question.options) == ("你想听哪一首？", ("晴天", "小星星"))
