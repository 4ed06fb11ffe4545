"""Issue 13's wire over real HTTP against the demo server: uploads, object_string, clear, rename, delete,
message delete, listing, shortcut commands and workflow Q&A choices, through the client and the engine."""

from __future__ import annotations

import asyncio
import io
import json

import pytest
from PIL import Image

from coze_desktop.api import (
    ContentPart,
    CozeAPIError,
    CozeClient,
    CozeInputTooLarge,
    FileRefused,
    ShortcutRequest,
    ToolCall,
    parse_object_string,
)
from coze_desktop.chat import ChatEngine, ChoiceAnswered, ChoiceAsked, TurnRequest
from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN, DemoServer
from coze_desktop.demo import shortcuts as demo_shortcuts
from coze_desktop.plugins import PluginRegistry


def png(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def request_to(server: DemoServer, path: str):
    return [r for r in server.requests if r.path == path]


async def turn(client: CozeClient, text: str, **kw) -> tuple:
    events: list = []
    engine = ChatEngine(client, PluginRegistry(), **{k: v for k, v in kw.items() if k in ("choose", "choice_timeout")})
    request = TurnRequest(DEMO_BOT_ID, "u1", text, **{k: v for k, v in kw.items() if k in (
        "parts", "shortcut", "conversation_id")})
    outcome = await engine.run_turn(request, events.append)
    return outcome, events


# ------------------------------------------------------------------------------------------------- upload


async def test_upload_sends_one_multipart_file_field_and_reports_progress(server: DemoServer, client: CozeClient):
    data = png(37, 21, (200, 30, 30)) + b"\0" * 200_000  # trailing bytes: a PNG reader ignores them
    seen: list[tuple[int, int]] = []
    uploaded = await client.upload_file(data, "/home/u/照片 \"1\".png", on_progress=lambda s, t: seen.append((s, t)))
    raw = request_to(server, "/v1/files/upload")[-1]
    assert raw.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="' in raw.body and "照片".encode() in raw.body
    assert raw.body.count(b"Content-Disposition") == 1  # one field, nothing else
    stored = server._api.store.files[uploaded.id]
    assert stored.data == data and stored.content_type == "image/png"
    assert stored.file_name.startswith("照片") and "/" not in stored.file_name
    assert (uploaded.bytes, uploaded.file_name) == (len(data), stored.file_name) and uploaded.created_at > 0
    assert uploaded.id.isdigit()
    total = seen[-1][1]
    assert len(seen) >= 3 and seen[-1][0] == total == len(raw.body)
    assert [s for s, _ in seen] == sorted(s for s, _ in seen)


@pytest.mark.parametrize(("name", "size", "error", "words"), [
    ("big.png", 2048, CozeInputTooLarge, "at most 1.0 KB"),
    ("empty.txt", 0, FileRefused, "empty"),
    ("tool.exe", 10, FileRefused, ".exe"),
    ("README", 10, FileRefused, "without an extension"),
])
async def test_refused_uploads_send_nothing(server: DemoServer, client: CozeClient, name, size, error, words):
    client.upload_max_bytes = 1024
    with pytest.raises(error, match=words) as caught:
        await client.upload_file(b"x" * size, name)
    assert isinstance(caught.value, ValueError)
    assert not request_to(server, "/v1/files/upload")


async def test_server_refuses_what_the_client_would(server: DemoServer):
    import httpx

    async with httpx.AsyncClient(base_url=server.base_url, headers={"Authorization": f"Bearer {DEMO_TOKEN}"}) as h:
        bad = (await h.post("/v1/files/upload", files={"file": ("x.exe", b"MZ", "application/octet-stream")})).json()
        none = (await h.post("/v1/files/upload", data={"other": "1"}, files={"x": ("a.txt", b"a")})).json()
    assert bad["code"] == 4000 and ".exe" in bad["msg"]
    assert none["code"] == 4000 and "file is required" in none["msg"]


# ------------------------------------------------------------------------------------------ object_string


async def test_question_with_an_image_is_an_object_string_and_the_bot_measures_it(server, client):
    image = await client.upload_file(png(64, 48, (30, 60, 220)), "photo.png")
    parts = (ContentPart.of_file("image", image.id),)
    outcome, _ = await turn(client, "这张图是什么？", parts=parts)
    body = request_to(server, "/v3/chat")[-1].json
    message = body["additional_messages"][0]
    assert message["content_type"] == "object_string"
    assert json.loads(message["content"]) == [{"type": "text", "text": "这张图是什么？"},
                                              {"type": "image", "file_id": image.id}]
    assert outcome.status == "completed"
    assert "64×48" in outcome.answer and "PNG" in outcome.answer and "蓝色" in outcome.answer


async def test_text_file_summary_and_text_only_stays_text(server, client):
    text = "第一行\nsecond line\nthird\n" + "more\n" * 10
    up = await client.upload_file(text.encode(), "notes.txt")
    outcome, _ = await turn(client, "", parts=(ContentPart.of_file("file", up.id),))
    sent = request_to(server, "/v3/chat")[-1].json["additional_messages"][0]
    assert json.loads(sent["content"]) == [{"type": "file", "file_id": up.id}]  # no empty text item
    assert "13 lines" in outcome.answer or "13 行" in outcome.answer
    assert "第一行" in outcome.answer and "second line" in outcome.answer
    outcome, _ = await turn(client, "hello")
    assert request_to(server, "/v3/chat")[-1].json["additional_messages"][0] == {
        "role": "user", "content": "hello", "content_type": "text"}


async def test_a_non_image_named_png_is_sent_as_a_file_and_said_so(server, client):
    from coze_desktop.api import part_kind

    data = b"just some text, not a picture\n"
    assert part_kind(data) == "file"
    up = await client.upload_file(data, "fake.png")
    outcome, _ = await turn(client, "what is this?", parts=(ContentPart.of_file(part_kind(data), up.id),))
    assert "not an image" in outcome.answer and "1 line," in outcome.answer


async def test_unknown_file_id_is_refused_by_the_server(client):
    outcome, _ = await turn(client, "look", parts=(ContentPart.of_file("image", "123456789"),))
    assert outcome.status == "failed" and "file_id=123456789 does not exist" in str(outcome.error)


def test_object_string_round_trip():
    parts = [ContentPart.of_text("hi"), ContentPart.of_file("image", "1"), ContentPart.of_file("file", file_url="u")]
    from coze_desktop.api import object_string

    assert parse_object_string(object_string(parts)) == parts
    with pytest.raises(ValueError):
        ContentPart.of_file("image")


# ----------------------------------------------------------------------------- conversations and messages


async def test_clear_makes_a_new_topic_the_bot_says_so_and_forgets(server, client):
    first, _ = await turn(client, "播放 晴天")
    conv = first.conversation_id
    section = await client.clear_conversation(conv)
    assert section.isdigit()
    assert request_to(server, f"/v1/conversations/{conv}/clear")[-1].method == "POST"
    after, _ = await turn(client, "我上一句说的是什么？", conversation_id=conv)
    assert "新话题" in after.answer and "第一句话" in after.answer
    page = await client.list_conversation_messages(conv, order="asc")
    assert "播放 晴天" in [m.content for m in page.messages]  # messages stay visible after a clear


async def test_rename_delete_and_listing_pages(server, client):
    ids = [(await client.create_conversation(bot_id=DEMO_BOT_ID, name=f"c{i}")).id for i in range(3)]
    renamed = await client.rename_conversation(ids[0], "  新名字  ")
    assert renamed.name == "新名字" and request_to(server, f"/v1/conversations/{ids[0]}")[-1].json == {
        "name": "新名字"}
    await client.delete_conversation(ids[1])
    assert request_to(server, f"/v1/conversations/{ids[1]}")[-1].method == "DELETE"
    first, more = await client.list_conversations(DEMO_BOT_ID, page_size=1)
    second, more2 = await client.list_conversations(DEMO_BOT_ID, page_num=2, page_size=1)
    assert more and not more2 and {first[0].id, second[0].id} == {ids[0], ids[2]}
    assert request_to(server, "/v1/conversations")[-1].query == {
        "bot_id": DEMO_BOT_ID, "page_num": "2", "page_size": "1", "sort_order": "DESC"}
    with pytest.raises(CozeAPIError):
        await client.rename_conversation(ids[1], "gone")


async def test_message_delete_removes_the_question_from_the_context(server, client):
    first, _ = await turn(client, "播放 晴天")
    conv = first.conversation_id
    page = await client.list_conversation_messages(conv, order="asc")
    question = next(m for m in page.messages if m.role == "user")
    deleted = await client.delete_message(conv, question.id)
    raw = request_to(server, "/v1/conversation/message/delete")[-1]
    assert raw.query == {"conversation_id": conv, "message_id": question.id} and raw.body == b""
    assert deleted.id == question.id and deleted.content == "播放 晴天"
    after, _ = await turn(client, "我上一句说的是什么？", conversation_id=conv)
    assert "第一句话" in after.answer  # the bot does not see the deleted question


# ------------------------------------------------------------------------------------ shortcut commands


async def test_bot_info_has_the_shortcut_commands(client):
    info = await client.get_bot(DEMO_BOT_ID)
    assert [c.command for c in info.shortcut_commands] == ["/music", "/count"]
    music = info.shortcut_commands[0]
    assert music.id == demo_shortcuts.MUSIC_ID and music.tool_name == "play_music" and music.tool_type == "plugin"
    assert [(p.name, p.type) for p in music.parameters] == [("song", "text")]


async def test_shortcut_command_goes_on_the_chat_body(server, client):
    shortcut = ShortcutRequest(demo_shortcuts.COUNT_ID, {"text": "你好 world 42"})
    outcome, _ = await turn(client, "/count 你好 world 42", shortcut=shortcut)
    assert request_to(server, "/v3/chat")[-1].json["shortcut_command"] == {
        "command_id": demo_shortcuts.COUNT_ID, "parameters": {"text": "你好 world 42"}}
    assert "11 个字符" in outcome.answer and "汉字 2 个" in outcome.answer
    music = ShortcutRequest(demo_shortcuts.MUSIC_ID, {"song": "小星星"})
    outcome, _ = await turn(client, "/music 小星星", shortcut=music)
    played = [c for c, _ in outcome.tool_results if c.name.endswith("play_music")]
    assert played and json.loads(played[0].arguments) == {"music_name": "小星星"}
    outcome, _ = await turn(client, "/x", shortcut=ShortcutRequest("999", {}))
    assert outcome.status == "failed" and "not bound" in str(outcome.error)


# ------------------------------------------------------------------------------------------- Q&A choices


async def test_reply_message_choice_is_asked_and_the_pick_is_used(server, client):
    asked = []

    async def choose(question):
        asked.append(question)
        await asyncio.sleep(0)
        return question.options[2]

    outcome, events = await turn(client, "帮我选一首歌", choose=choose)
    q = asked[0]
    assert q.question == "你想听哪一首？" and q.options == ("晴天", "小星星", "欢乐颂", "Morning Breeze")
    submit = request_to(server, "/v3/chat/submit_tool_outputs")[0].json
    assert submit["tool_outputs"] == [{"tool_call_id": q.call_id, "output": "欢乐颂"}]
    assert [type(e) for e in events if isinstance(e, ChoiceAsked | ChoiceAnswered)] == [ChoiceAsked, ChoiceAnswered]
    played = [c for c, _ in outcome.tool_results if c.name.endswith("play_music")]
    assert json.loads(played[0].arguments) == {"music_name": "欢乐颂"}
    assert outcome.status == "completed"


async def test_reply_message_without_a_way_to_ask_or_in_time_is_an_error_output(server, client):
    outcome, events = await turn(client, "pick a song for me")
    output = request_to(server, "/v3/chat/submit_tool_outputs")[0].json["tool_outputs"][0]["output"]
    assert "cannot ask" in json.loads(output)["error"] and "Which song" in output
    assert outcome.status == "completed" and "No song was picked" in outcome.answer
    assert any(isinstance(e, ChoiceAnswered) and not e.ok for e in events)

    async def never(question):
        await asyncio.sleep(10)
        return "x"

    outcome, _ = await turn(client, "pick a song for me", choose=never, choice_timeout=0.05)
    output = request_to(server, "/v3/chat/submit_tool_outputs")[-1].json["tool_outputs"][0]["output"]
    assert "within 0.05 s" in output and outcome.status == "completed"


async def test_stopping_during_a_choice_releases_the_chat(server, client):
    started = asyncio.Event()

    async def slow(question):
        started.set()
        await asyncio.sleep(10)
        return "晴天"

    engine = ChatEngine(client, PluginRegistry(), choose=slow)
    task = asyncio.create_task(engine.run_turn(TurnRequest(DEMO_BOT_ID, "u", "帮我选一首歌"), lambda e: None))
    await asyncio.wait_for(started.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    outputs = request_to(server, "/v3/chat/submit_tool_outputs")[-1].json["tool_outputs"]
    assert "stopped" in outputs[0]["output"]


@pytest.mark.parametrize(("arguments", "question", "options"), [
    (json.dumps({"type": "question", "content_type": "option", "content": {
        "question": "Q?", "options": [{"name": "A"}, {"name": "B"}]}}), "Q?", ("A", "B")),
    (json.dumps({"messages": [{"content": {"question": "Q2", "options": [{"name": "x"}]}}]}), "Q2", ("x",)),
    (json.dumps({"question": "Q3", "options": ["p", 2, None, True]}), "Q3", ("p", "2")),
    (json.dumps({"question": "free answer"}), "free answer", ()),
    ("not json", "not json", ()),
    ("", "node title", ()),
])
def test_choice_question_is_read_tolerantly(arguments, question, options):
    call = ToolCall("c1", "node title", arguments, type="reply_message")
    q = call.choice_question()
    assert call.is_reply_message and (q.call_id, q.question, q.options) == ("c1", question, options)


# ------------------------------------------------------------------------------------------------- faults


async def test_an_upload_coze_refuses_is_its_error_and_no_chat_starts(server, client):
    from coze_desktop.demo import json_reply

    server.script("/v1/files/upload", json_reply({"code": 4000, "msg": "file type not supported"}))
    with pytest.raises(CozeAPIError, match="file type not supported"):
        await client.upload_file(b"abc", "a.txt")
    assert not request_to(server, "/v3/chat")


async def test_huge_and_broken_images_are_described_without_decoding(server, client):
    big = io.BytesIO()
    Image.new("1", (20000, 10000)).save(big, "PNG")  # 200 megapixels in 24 KB
    whole = png(50, 50, (1, 2, 3))
    ids = [(await client.upload_file(d, n)).id for d, n in ((big.getvalue(), "big.png"), (whole[:60], "cut.png"))]
    outcome, _ = await turn(client, "what are these?", parts=tuple(ContentPart.of_file("image", i) for i in ids))
    assert "20000×10000 pixels, too large to analyse" in outcome.answer
    assert "cut.png" in outcome.answer and "not an image I can decode" in outcome.answer


async def test_a_reply_message_without_options_takes_a_free_answer(server, client):
    from coze_desktop.demo import sse

    conv, chat_id = "7400000000000000001", "7400000000000000002"
    chat = {"id": chat_id, "conversation_id": conv, "bot_id": DEMO_BOT_ID, "status": "requires_action",
            "required_action": {"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": [
                {"id": "call1", "type": "reply_message",
                 "function": {"name": "ask_name", "arguments": json.dumps({"question": "What is your name?"})}}]}}}
    done = {**chat, "status": "completed", "required_action": None}
    answer = {"id": "m1", "conversation_id": conv, "chat_id": chat_id, "role": "assistant", "type": "answer",
              "content": "ok", "content_type": "text"}
    server.script("/v3/chat", sse([("conversation.chat.requires_action", chat), ("done", "[DONE]")]))
    server.script("/v3/chat/submit_tool_outputs", sse([("conversation.message.completed", answer),
                                                       ("conversation.chat.completed", done), ("done", "[DONE]")]))
    asked = []

    async def choose(question):
        asked.append(question)
        return "  小明 "

    outcome, _ = await turn(client, "hi", choose=choose)
    assert asked[0].options == () and asked[0].question == "What is your name?"
    assert request_to(server, "/v3/chat/submit_tool_outputs")[-1].json["tool_outputs"] == [
        {"tool_call_id": "call1", "output": "小明"}]
    assert outcome.status == "completed"


async def test_the_bot_info_names_an_icon_the_demo_server_serves(server, client):
    import httpx

    info = await client.get_bot(DEMO_BOT_ID)
    assert info.icon_url == f"{server.base_url}/static/demo-bot-icon.png"
    async with httpx.AsyncClient() as http:  # a public URL: no token
        response = await http.get(info.icon_url)
    assert response.status_code == 200 and response.headers["content-type"] == "image/png"
    assert Image.open(io.BytesIO(response.content)).size == (128, 128)


async def test_a_choice_prompt_that_fails_still_answers_the_call(server, client):
    async def broken(question):
        raise RuntimeError("the window is gone")

    outcome, _ = await turn(client, "pick a song for me", choose=broken)
    output = request_to(server, "/v3/chat/submit_tool_outputs")[0].json["tool_outputs"][0]["output"]
    assert "could not be shown (RuntimeError)" in output and "Which song" in output
    assert outcome.status == "completed"


async def test_an_image_without_an_extension_is_accepted_by_its_bytes(server, client):
    up = await client.upload_file(png(5, 6, (0, 0, 0)), "pasted image")
    assert server._api.store.files[up.id].content_type == "image/png"
    with pytest.raises(FileRefused, match="without an extension"):
        await client.upload_file(b"plain words", "pasted text")


async def test_an_upload_larger_than_other_requests_reaches_the_demo_whole(server: DemoServer, client: CozeClient):
    """The demo server caps ordinary bodies at 16 MB; an upload the app allows must not break the connection."""
    data = ("第一行 line\n" * 1_500_000).encode()  # ~24 MB of text
    uploaded = await client.upload_file(data, "big.txt")
    assert uploaded.bytes == len(data) > 16 * 1024 * 1024
    assert server._api.store.files[uploaded.id].data == data
