"""The demo server over real HTTP on 127.0.0.1 (raw httpx, no project client), and the demo bot's brain."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest
import pytest_asyncio
from hypothesis import given, settings
from hypothesis import strategies as st

from coze_desktop.demo import (
    DEMO_BOT_ID,
    DEMO_TOKEN,
    DemoServer,
    Scripted,
    bot,
    drip,
    json_reply,
    knowledge,
    replay,
    silent,
    sse,
)
from coze_desktop.demo.wire import delta_pieces

AUTH = {"Authorization": f"Bearer {DEMO_TOKEN}"}
ID19 = re.compile(r"^\d{19}$")


# -- helpers ------------------------------------------------------------------------------------------------


@pytest_asyncio.fixture
async def server():
    async with DemoServer() as srv:
        yield srv


@pytest_asyncio.fixture
async def client(server: DemoServer):
    async with httpx.AsyncClient(base_url=server.base_url, headers=AUTH, timeout=5.0) as http:
        yield http


def parse_sse(text: str) -> list[tuple[str, str]]:
    """A tiny SSE parser for well-formed cloud frames: (event, raw data) per blank-line-separated block."""
    events = []
    for block in text.split("\n\n"):
        if not block.strip():
            continue
        name = data = ""
        for line in block.split("\n"):
            field, _, value = line.partition(":")
            if field == "event":
                name = value
            elif field == "data":
                data = value
        events.append((name, data))
    return events


def decode(events: list[tuple[str, str]]) -> list[tuple[str, Any]]:
    return [(name, json.loads(data)) for name, data in events]


def names(events: list[tuple[str, Any]]) -> list[str]:
    return [name for name, _ in events]


def chat_body(text: str, *, stream: bool = True, **extra: Any) -> dict[str, Any]:
    return {
        "bot_id": DEMO_BOT_ID,
        "user_id": "tester",
        "stream": stream,
        "auto_save_history": True,
        "additional_messages": [{"role": "user", "content": text, "content_type": "text"}],
        **extra,
    }


async def stream_chat(http: httpx.AsyncClient, text: str, conversation_id: str = "") -> list[tuple[str, Any]]:
    params = {"conversation_id": conversation_id} if conversation_id else {}
    response = await http.post("/v3/chat", params=params, json=chat_body(text))
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/event-stream"
    return decode(parse_sse(response.text))


async def submit(
    http: httpx.AsyncClient, chat: dict[str, Any], outputs: list[str], *, stream: bool = True
) -> httpx.Response:
    calls = chat["required_action"]["submit_tool_outputs"]["tool_calls"]
    body = {
        "stream": stream,
        "tool_outputs": [{"tool_call_id": c["id"], "output": o} for c, o in zip(calls, outputs, strict=True)],
    }
    params = {"conversation_id": chat["conversation_id"], "chat_id": chat["id"]}
    return await http.post("/v3/chat/submit_tool_outputs", params=params, json=body)


def last_chat(events: list[tuple[str, Any]], name: str) -> dict[str, Any]:
    return [data for ev, data in events if ev == name][-1]


def messages_of(events: list[tuple[str, Any]], type_: str) -> list[dict[str, Any]]:
    return [d for ev, d in events if ev == "conversation.message.completed" and d["type"] == type_]


def answer(events: list[tuple[str, Any]]) -> str:
    return messages_of(events, "answer")[-1]["content"]


def tool_calls(chat: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    calls = chat["required_action"]["submit_tool_outputs"]["tool_calls"]
    return [(c["function"]["name"], json.loads(c["function"]["arguments"])) for c in calls]


# -- the stream ---------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_stream_framing_matches_the_cloud(client: httpx.AsyncClient) -> None:
    response = await client.post("/v3/chat", json=chat_body("hello"))
    assert response.headers["content-type"] == "text/event-stream"
    assert response.headers["transfer-encoding"] == "chunked"
    assert response.headers["x-tt-logid"].startswith("demo")
    text = response.text
    for line in text.split("\n"):
        assert line == "" or re.match(r"^(event|data):\S", line), line
    assert text.endswith('event:done\ndata:"[DONE]"\n\n')

    events = decode(parse_sse(text))
    order = names(events)
    assert order[:2] == ["conversation.chat.created", "conversation.chat.in_progress"]
    assert order[-2:] == ["conversation.chat.completed", "done"]
    assert events[-1][1] == "[DONE]"
    deltas = [d for ev, d in events if ev == "conversation.message.delta"]
    assert len(deltas) > 5
    assert all("created_at" not in d and d["type"] == "answer" for d in deltas)
    full = messages_of(events, "answer")[0]
    assert "".join(d["content"] for d in deltas) == full["content"]
    assert full["id"] == deltas[0]["id"] and isinstance(full["created_at"], int)
    verbose = json.loads(messages_of(events, "verbose")[-1]["content"])
    assert verbose == {
        "msg_type": "generate_answer_finish",
        "data": '{"finish_reason":0,"FinData":""}',
        "from_module": None,
        "from_unit": None,
    }
    assert 2 <= len(messages_of(events, "follow_up")) <= 3
    created, completed = events[0][1], last_chat(events, "conversation.chat.completed")
    assert created["status"] == "created" and completed["status"] == "completed"
    assert ID19.match(created["id"]) and ID19.match(created["conversation_id"])
    assert (
        completed["usage"]["token_count"]
        == completed["usage"]["input_count"] + completed["usage"]["output_count"]
    )
    assert completed["usage"]["output_count"] > 0 and isinstance(completed["completed_at"], int)


@pytest.mark.asyncio
async def test_set_volume_round_trip(client: httpx.AsyncClient) -> None:
    events = await stream_chat(client, "音量调到30")
    assert names(events)[-3:] == [
        "conversation.message.completed",
        "conversation.chat.requires_action",
        "done",
    ]
    call = json.loads(messages_of(events, "function_call")[0]["content"])
    assert call["arguments"] == {"volume": 30} and call["api_name"] == "set_volume"
    assert call["plugin_type"] == 6 and call["plugin_name"] == "coze-desktop"
    assert json.loads(messages_of(events, "verbose")[0]["content"])["msg_type"] == "interrupt"
    chat = last_chat(events, "conversation.chat.requires_action")
    assert chat["status"] == "requires_action" and chat["required_action"]["type"] == "submit_tool_outputs"
    raw_call = chat["required_action"]["submit_tool_outputs"]["tool_calls"][0]
    assert raw_call["type"] == "function" and raw_call["require_info"] is None
    assert isinstance(raw_call["function"]["arguments"], str)
    assert tool_calls(chat) == [("set_volume", {"volume": 30})]

    response = await submit(client, chat, ['{"volume": 30}'])
    assert response.headers["content-type"] == "text/event-stream"
    after = decode(parse_sse(response.text))
    assert names(after)[0] == "conversation.chat.in_progress" and "conversation.chat.created" not in names(
        after
    )
    assert after[0][1]["id"] == chat["id"]
    assert messages_of(after, "tool_response")[0]["content"] == '{"volume": 30}'
    assert "30" in answer(after)
    assert names(after)[-2:] == ["conversation.chat.completed", "done"]

    params = {"conversation_id": chat["conversation_id"], "chat_id": chat["id"]}
    retrieved = (await client.get("/v3/chat/retrieve", params=params)).json()
    assert retrieved["code"] == 0 and retrieved["data"]["status"] == "completed"
    listed = (await client.get("/v3/chat/message/list", params=params)).json()["data"]
    types = [m["type"] for m in listed]
    assert types[:4] == ["function_call", "verbose", "tool_response", "answer"]
    assert "follow_up" in types and "question" not in types


@pytest.mark.asyncio
async def test_relative_volume_is_a_chain(client: httpx.AsyncClient) -> None:
    chat = last_chat(await stream_chat(client, "小声一点"), "conversation.chat.requires_action")
    assert tool_calls(chat) == [("get_volume", {})]
    middle = decode(parse_sse((await submit(client, chat, ['{"volume": 50}'])).text))
    assert "conversation.chat.completed" not in names(middle)
    assert names(middle)[-2:] == ["conversation.chat.requires_action", "done"]
    chat2 = last_chat(middle, "conversation.chat.requires_action")
    assert chat2["id"] == chat["id"]
    assert tool_calls(chat2) == [("set_volume", {"volume": 30})]
    final = decode(parse_sse((await submit(client, chat2, ['{"volume": 30}'])).text))
    text = answer(final)
    assert "50" in text and "30" in text


@pytest.mark.asyncio
async def test_two_tool_calls_in_one_requires_action(client: httpx.AsyncClient) -> None:
    chat = last_chat(
        await stream_chat(client, "play 晴天 and set volume to 30"), "conversation.chat.requires_action"
    )
    assert tool_calls(chat) == [("play_music", {"music_name": "晴天"}), ("set_volume", {"volume": 30})]
    calls = chat["required_action"]["submit_tool_outputs"]["tool_calls"]
    params = {"conversation_id": chat["conversation_id"], "chat_id": chat["id"]}
    for outputs in (
        [{"tool_call_id": calls[0]["id"], "output": "{}"}],  # one missing
        [{"tool_call_id": calls[0]["id"], "output": "{}"}] * 2,  # duplicate
        [{"tool_call_id": "nope", "output": "{}"}, {"tool_call_id": calls[1]["id"], "output": "{}"}],
        [{"tool_call_id": calls[0]["id"], "output": {"not": "a string"}}, {"tool_call_id": calls[1]["id"]}],
    ):
        bad = await client.post("/v3/chat/submit_tool_outputs", params=params, json={"tool_outputs": outputs})
        assert bad.json()["code"] == 4000, outputs
    response = await submit(client, chat, ['{"error": "unknown tool: play_music"}', '{"volume": 30}'])
    events = decode(parse_sse(response.text))
    assert len(messages_of(events, "tool_response")) == 2
    text = answer(events)
    assert "unknown tool: play_music" in text and "30" in text and "Sorry" in text


@pytest.mark.asyncio
async def test_recall_for_what_can_you_do(client: httpx.AsyncClient) -> None:
    events = await stream_chat(client, "What can you do?")
    first_delta = names(events).index("conversation.message.delta")
    recall_index, recall = next(
        (i, d)
        for i, (ev, d) in enumerate(events)
        if ev == "conversation.message.completed" and d["type"] == "verbose"
    )
    assert recall_index < first_delta
    outer = json.loads(recall["content"])
    assert outer["msg_type"] == "knowledge_recall" and outer["from_module"] is None
    inner = json.loads(outer["data"])
    assert inner["status_code"] == 0 and inner["ori_req"] == "{}"
    chunk = inner["chunks"][0]
    assert chunk["slice"] and isinstance(chunk["score"], float)
    assert chunk["meta"]["dataset"]["name"] == "Coze Desktop 使用手册"
    assert chunk["meta"]["document"]["name"].endswith(".md") and chunk["meta"]["card"]["index"] == "1"
    text = answer(events)
    assert "###" in text and "| --- |" in text and "```" in text


# -- non-stream, errors, cancel -----------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_non_stream_create_retrieve_submit_list(client: httpx.AsyncClient) -> None:
    created = (await client.post("/v3/chat", json=chat_body("set the volume to 30", stream=False))).json()
    assert created["code"] == 0 and created["detail"]["logid"]
    chat = created["data"]
    assert chat["status"] == "in_progress"
    params = {"conversation_id": chat["conversation_id"], "chat_id": chat["id"]}

    async def retrieve() -> dict[str, Any]:
        return (await client.get("/v3/chat/retrieve", params=params)).json()["data"]

    assert (await retrieve())["status"] == "in_progress"
    waiting = await retrieve()
    assert waiting["status"] == "requires_action"
    assert waiting["required_action"]["submit_tool_outputs"]["tool_calls"][0]["require_info"] == {}
    submitted = (await submit(client, waiting, ['{"volume": 30}'], stream=False)).json()
    assert submitted["code"] == 0 and submitted["data"]["status"] == "in_progress"
    assert (await retrieve())["status"] == "in_progress"
    done = await retrieve()
    assert done["status"] == "completed" and done["usage"]["output_count"] > 0
    listed = (await client.get("/v3/chat/message/list", params=params)).json()["data"]
    types = [m["type"] for m in listed]
    assert types[:3] == ["function_call", "verbose", "tool_response"] and "answer" in types
    assert "30" in next(m["content"] for m in listed if m["type"] == "answer")
    assert (await client.post("/v3/chat", json=chat_body("x", stream=False, auto_save_history=False))).json()[
        "code"
    ] == 4000


@pytest.mark.asyncio
async def test_auth_errors(server: DemoServer) -> None:
    async with httpx.AsyncClient(base_url=server.base_url) as anonymous:
        missing = await anonymous.post("/v3/chat", json=chat_body("hi"))
        assert missing.status_code == 200 and missing.json()["code"] == 4101
        assert missing.json()["detail"]["logid"] == missing.headers["x-tt-logid"]
        wrong = await anonymous.post(
            "/v3/chat", json=chat_body("hi"), headers={"Authorization": "Bearer nope"}
        )
        assert wrong.status_code == 401
        assert wrong.headers["content-type"].startswith("application/json")  # JSON even for stream=true
        assert wrong.json()["code"] == 4100 and wrong.json()["msg"] == "authentication is invalid"
        bots = await anonymous.get(
            "/v1/bots", params={"workspace_id": "1"}, headers={"Authorization": "demo"}
        )
        assert bots.status_code == 401


@pytest.mark.asyncio
async def test_unknown_bot_bad_json_unknown_path(client: httpx.AsyncClient) -> None:
    unknown = (await client.post("/v3/chat", json={**chat_body("hi"), "bot_id": "123"})).json()
    assert unknown["code"] == 4200 and "bot_id=123" in unknown["msg"]
    bad = await client.post("/v3/chat", content=b"not json", headers={"content-type": "application/json"})
    assert bad.json()["code"] == 4000
    missing = await client.get("/v9/nothing")
    assert (
        missing.status_code == 404
        and missing.json()["code"] == 4000
        and "unknown path" in missing.json()["msg"]
    )
    info = (await client.get("/v1/bot/get_online_info", params={"bot_id": "42"})).json()
    assert info["code"] == 4200


@pytest.mark.asyncio
async def test_conversation_occupied_and_cancel_rules(client: httpx.AsyncClient) -> None:
    chat = last_chat(await stream_chat(client, "音量调到30"), "conversation.chat.requires_action")
    busy = (
        await client.post(
            "/v3/chat", params={"conversation_id": chat["conversation_id"]}, json=chat_body("hi")
        )
    ).json()
    assert busy["code"] == 4016
    refused = await client.post(
        "/v3/chat/cancel", json={"chat_id": chat["id"], "conversation_id": chat["conversation_id"]}
    )
    assert refused.json()["code"] == 4104
    await submit(client, chat, ['{"volume": 30}'])
    free = await stream_chat(client, "hi", chat["conversation_id"])
    assert names(free)[-1] == "done"


@pytest.mark.asyncio
async def test_cancel_ends_an_open_stream() -> None:
    async with (
        DemoServer(delta_delay=0.02) as srv,
        httpx.AsyncClient(base_url=srv.base_url, headers=AUTH, timeout=5.0) as http,
    ):
        seen: list[str] = []
        chat: dict[str, Any] = {}
        started = time.monotonic()
        async with http.stream("POST", "/v3/chat", json=chat_body("what can you do?")) as response:
            async for line in response.aiter_lines():
                if line.startswith("event:"):
                    seen.append(line[6:])
                elif line.startswith("data:") and seen[-1] == "conversation.chat.created":
                    chat = json.loads(line[5:])
                if (
                    line.startswith("event:")
                    and seen.count("conversation.message.delta") == 2
                    and seen[-1] == "conversation.message.delta"
                ):
                    ids = {"chat_id": chat["id"], "conversation_id": chat["conversation_id"]}
                    canceled = (await http.post("/v3/chat/cancel", json=ids)).json()
                    assert canceled["code"] == 0 and canceled["data"]["status"] == "canceled", canceled
        assert time.monotonic() - started < 2.0
        assert seen[-1] == "done" and "conversation.chat.completed" not in seen
        assert seen.count("conversation.message.delta") < 10
        params = {"conversation_id": chat["conversation_id"], "chat_id": chat["id"]}
        assert (await http.get("/v3/chat/retrieve", params=params)).json()["data"]["status"] == "canceled"
        again = await http.post(
            "/v3/chat/cancel", json={"chat_id": chat["id"], "conversation_id": chat["conversation_id"]}
        )
        assert again.json()["code"] == 4104
        history = await http.post(
            "/v1/conversation/message/list", params={"conversation_id": chat["conversation_id"]}, json={}
        )
        assert history.json()["data"] == []  # a canceled turn is not kept


# -- scripting ----------------------------------------------------------------------------------------------

RECORDED = (
    'event:conversation.message.delta\ndata:{"type":"answer","content":"河南的降水概率为50%。"}\n\n'
    'event:done\ndata:"[DONE]"\n\n'
).encode()


@pytest.mark.asyncio
async def test_scripted_replay_splits_utf8_and_then_normal_resumes(
    server: DemoServer, client: httpx.AsyncClient
) -> None:
    server.script("/v3/chat", replay(RECORDED, chunk_size=4))
    pieces: list[bytes] = []
    async with client.stream("POST", "/v3/chat", json=chat_body("hi")) as response:
        assert response.headers["transfer-encoding"] == "chunked" and response.headers["x-tt-logid"]
        async for piece in response.aiter_raw():
            pieces.append(piece)
    assert b"".join(pieces) == RECORDED

    def valid(b: bytes) -> bool:
        try:
            b.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return True

    assert not all(valid(p) for p in pieces)  # some HTTP chunk ends inside a Chinese character
    normal = await stream_chat(client, "hi")
    assert names(normal)[0] == "conversation.chat.created"
    assert [r.path for r in server.requests] == ["/v3/chat", "/v3/chat"]
    assert server.requests[0].json["bot_id"] == DEMO_BOT_ID and server.requests[0].headers["authorization"]


@pytest.mark.asyncio
async def test_scripted_cut_is_an_incomplete_body(server: DemoServer, client: httpx.AsyncClient) -> None:
    frames = [
        ("conversation.chat.created", {"id": "1"}),
        ("conversation.message.delta", {"content": "半"}),
        ("done", '"[DONE]"'),
    ]
    server.script("/v3/chat", sse(frames, cut_after=2), Scripted(parts=[b"event:x\ndata:{}\n\n"], cut=True))
    for _ in range(2):
        with pytest.raises(httpx.RemoteProtocolError):
            async with client.stream("POST", "/v3/chat", json=chat_body("hi")) as response:
                await response.aread()
    assert names(await stream_chat(client, "hi"))[-1] == "done"


@pytest.mark.asyncio
async def test_scripted_json_reply_and_stall(server: DemoServer, client: httpx.AsyncClient) -> None:
    server.script(
        "/v3/chat",
        json_reply({"code": 4013, "msg": "rate limited"}, status=429),
        Scripted(parts=[b"event:conversation.chat.created\ndata:{}\n\n"], stall=5.0),
    )
    limited = await client.post("/v3/chat", json=chat_body("hi"))
    assert limited.status_code == 429 and limited.headers["content-type"].startswith("application/json")
    assert limited.json()["detail"]["logid"] == limited.headers["x-tt-logid"]
    with pytest.raises(httpx.ReadTimeout):
        async with client.stream(
            "POST", "/v3/chat", json=chat_body("hi"), timeout=httpx.Timeout(5.0, read=0.2)
        ) as response:
            await response.aread()


@pytest.mark.asyncio
async def test_scripted_hold_drop_and_silence(server: DemoServer, client: httpx.AsyncClient) -> None:
    """``hold`` delays the headers, ``drop`` closes without a response, ``silent`` never answers."""
    held = json_reply({"code": 0, "msg": "", "data": {}})
    held.hold = 0.3
    server.script("/v3/chat", held, held, Scripted(drop=True), silent())
    with pytest.raises(httpx.ReadTimeout):  # no headers within 0.1 s …
        await client.post("/v3/chat", json=chat_body("hi"), timeout=httpx.Timeout(5.0, read=0.1))
    assert (await client.post("/v3/chat", json=chat_body("hi"))).json()["code"] == 0  # … but within 0.3 s
    with pytest.raises(httpx.RemoteProtocolError, match="without sending"):
        await client.post("/v3/chat", json=chat_body("hi"))
    with pytest.raises(httpx.ReadTimeout):
        await client.post("/v3/chat", json=chat_body("hi"), timeout=httpx.Timeout(5.0, read=0.3))
    assert [r.path for r in server.requests] == ["/v3/chat"] * 4


@pytest.mark.asyncio
async def test_scripted_repeat_and_drip(server: DemoServer, client: httpx.AsyncClient) -> None:
    always = json_reply({"code": 0, "msg": "", "data": {"status": "in_progress"}})
    always.repeat = True
    server.script("/v3/chat/retrieve", always)
    for _ in range(3):
        reply = await client.get("/v3/chat/retrieve", params={"conversation_id": "1", "chat_id": "2"})
        assert reply.json()["data"] == {"status": "in_progress"}
    data = b"event:conversation.chat.created\ndata:{}\n\n"
    server.script("/v3/chat", drip(data, every=0.05, size=8))
    async with client.stream("POST", "/v3/chat", json=chat_body("hi")) as response:
        chunks = [chunk async for chunk in response.aiter_raw()]
    assert b"".join(chunks) == data and len(chunks) >= 3  # arrived in pieces, not at once


# -- conversations, bots, connections -----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_conversation_memory_and_message_list(client: httpx.AsyncClient) -> None:
    chat = last_chat(await stream_chat(client, "音量调到30"), "conversation.chat.requires_action")
    conversation_id = chat["conversation_id"]
    await submit(client, chat, ['{"volume": 30}'])
    recalled = await stream_chat(client, "我刚才说了什么", conversation_id)
    assert "音量调到30" in answer(recalled)
    louder = last_chat(
        await stream_chat(client, "再大一点", conversation_id), "conversation.chat.requires_action"
    )
    assert tool_calls(louder) == [("get_volume", {})]
    middle = decode(parse_sse((await submit(client, louder, ['{"volume": 30}'])).text))
    setter = last_chat(middle, "conversation.chat.requires_action")
    assert tool_calls(setter) == [("set_volume", {"volume": 50})]
    await submit(client, setter, ['{"volume": 50}'])

    listed = (
        await client.post(
            "/v1/conversation/message/list",
            params={"conversation_id": conversation_id},
            json={"order": "asc"},
        )
    ).json()
    assert listed["code"] == 0
    contents = [(m["role"], m["type"]) for m in listed["data"]]
    assert contents[:4] == [
        ("user", "question"),
        ("assistant", "answer"),
        ("user", "question"),
        ("assistant", "answer"),
    ]
    assert listed["data"][0]["content"] == "音量调到30" and listed["first_id"] == listed["data"][0]["id"]
    page = (
        await client.post(
            "/v1/conversation/message/list", params={"conversation_id": conversation_id}, json={"limit": 2}
        )
    ).json()
    assert len(page["data"]) == 2 and page["has_more"] is True
    rest = (
        await client.post(
            "/v1/conversation/message/list",
            params={"conversation_id": conversation_id},
            json={"limit": 50, "after_id": page["last_id"]},
        )
    ).json()
    assert len(rest["data"]) == len(listed["data"]) - 2 and rest["has_more"] is False


@pytest.mark.asyncio
async def test_conversation_and_bot_endpoints(client: httpx.AsyncClient) -> None:
    created = (
        await client.post(
            "/v1/conversation/create", json={"bot_id": DEMO_BOT_ID, "name": "测试", "meta_data": {"k": "v"}}
        )
    ).json()
    conv = created["data"]
    assert created["code"] == 0 and ID19.match(conv["id"]) and conv["connector_id"] == "1024"
    assert conv["meta_data"] == {"k": "v"} and ID19.match(conv["last_section_id"])
    got = (await client.get("/v1/conversation/retrieve", params={"conversation_id": conv["id"]})).json()
    assert got["data"] == conv
    listed = (await client.get("/v1/conversations", params={"bot_id": DEMO_BOT_ID})).json()["data"]
    assert listed["has_more"] is False and conv["id"] in [c["id"] for c in listed["conversations"]]

    bots = (await client.get("/v1/bots", params={"workspace_id": "7"})).json()["data"]
    assert bots["total"] == 1 and bots["items"][0]["id"] == DEMO_BOT_ID and bots["items"][0]["is_published"]
    old = (await client.get("/v1/space/published_bots_list", params={"space_id": "7"})).json()["data"]
    assert old["space_bots"][0]["bot_id"] == DEMO_BOT_ID and isinstance(
        old["space_bots"][0]["publish_time"], str
    )
    info = (await client.get(f"/v1/bots/{DEMO_BOT_ID}")).json()["data"]
    assert info["name"] == "Coze Desktop 演示助手 (Demo)" and info["bot_mode"] == 0
    assert 3 <= len(info["onboarding_info"]["suggested_questions"]) <= 4
    assert (await client.get("/v1/bot/get_online_info", params={"bot_id": DEMO_BOT_ID})).json()[
        "data"
    ] == info


async def _read_response(reader: asyncio.StreamReader) -> tuple[bytes, list[bytes]]:
    """Read one HTTP/1.1 response by hand: the head, then the body pieces (one per chunk when chunked)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lower = head.lower()
    if b"transfer-encoding: chunked" in lower:
        chunks = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            data = await reader.readexactly(size + 2)
            if size == 0:
                return head, chunks
            chunks.append(data[:-2])
    length = int(re.search(rb"content-length: (\d+)", lower).group(1))
    return head, [await reader.readexactly(length)]


@pytest.mark.asyncio
async def test_keep_alive_and_one_frame_per_chunk(server: DemoServer) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    try:
        writer.write(b"GET /v1/bots?workspace_id=1 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer demo\r\n\r\n")
        head, body = await _read_response(reader)
        assert head.startswith(b"HTTP/1.1 200") and json.loads(body[0])["code"] == 0
        payload = json.dumps(chat_body("hello")).encode()
        writer.write(
            b"POST /v3/chat HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer demo\r\n"
            b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(payload), payload)
        )
        head, chunks = await _read_response(reader)
        assert b"text/event-stream" in head
        assert len(chunks) > 5
        assert all(c.startswith(b"event:") and c.endswith(b"\n\n") and c.count(b"\n\n") == 1 for c in chunks)
        assert chunks[-1] == b'event:done\ndata:"[DONE]"\n\n'
        writer.write(
            b"GET /v1/bots/%s HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer demo\r\n\r\n"
            % DEMO_BOT_ID.encode()
        )
        head, body = await _read_response(reader)
        assert json.loads(body[0])["data"]["bot_id"] == DEMO_BOT_ID
    finally:
        writer.close()
    assert len(server.requests) == 3


def test_main_prints_port_and_exits_when_stdin_closes() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "coze_desktop.demo", "--delay", "0"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert proc.stdout is not None and proc.stdin is not None
        line = proc.stdout.readline().decode()
        assert line.startswith("PORT ")
        port = int(line.split()[1])
        info = httpx.get(f"http://127.0.0.1:{port}/v1/bots/{DEMO_BOT_ID}", headers=AUTH, timeout=5.0)
        assert info.json()["data"]["bot_id"] == DEMO_BOT_ID
        proc.stdin.close()
        assert proc.wait(timeout=5) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# -- the brain, without HTTP --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("音量调到30", [("set_volume", {"volume": 30})]),
        ("把音量设为 30%", [("set_volume", {"volume": 30})]),
        ("set the volume to 30", [("set_volume", {"volume": 30})]),
        ("volume 30", [("set_volume", {"volume": 30})]),
        ("音量调到三十", [("set_volume", {"volume": 30})]),
        ("音量调到 150", [("set_volume", {"volume": 100})]),
        ("turn it down", [("get_volume", {})]),
        ("小声一点", [("get_volume", {})]),
        ("调小音量", [("get_volume", {})]),
        ("louder", [("get_volume", {})]),
        ("大声点", [("get_volume", {})]),
        ("调大", [("get_volume", {})]),
        ("静音", [("set_volume", {"volume": 0})]),
        ("mute", [("set_volume", {"volume": 0})]),
        ("现在音量多少", [("get_volume", {})]),
        ("what's the volume", [("get_volume", {})]),
        ("播放 晴天", [("play_music", {"music_name": "晴天"})]),
        ("放一首晴天", [("play_music", {"music_name": "晴天"})]),
        ("play 晴天", [("play_music", {"music_name": "晴天"})]),
        ("播放《七里香》吧", [("play_music", {"music_name": "七里香"})]),
        ("play some music", [("list_music", {})]),
        ("暂停", [("pause_music", {})]),
        ("pause", [("pause_music", {})]),
        ("继续", [("resume_music", {})]),
        ("resume", [("resume_music", {})]),
        ("停止", [("stop_music", {})]),
        ("stop", [("stop_music", {})]),
        ("下一首", [("next_music", {})]),
        ("next", [("next_music", {})]),
        ("正在播放什么", [("now_playing", {})]),
        ("what is playing", [("now_playing", {})]),
        ("有哪些歌", [("list_music", {})]),
        ("有什么歌", [("list_music", {})]),
        ("list music", [("list_music", {})]),
        ("搜索 周杰伦", [("list_music", {"query": "周杰伦"})]),
        (
            "播放 晴天 并把音量调到30",
            [("play_music", {"music_name": "晴天"}), ("set_volume", {"volume": 30})],
        ),
        (
            "play 晴天 and set volume to 30",
            [("play_music", {"music_name": "晴天"}), ("set_volume", {"volume": 30})],
        ),
    ],
)
def test_intents(text: str, calls: list[tuple[str, dict[str, Any]]]) -> None:
    step = bot.Turn(text).start()
    assert isinstance(step, bot.CallTools)
    assert [(c.name, c.arguments) for c in step.calls] == calls


@pytest.mark.parametrize(
    "text",
    [
        "what can you do?",
        "你能做什么",
        "help",
        "帮助",
        "how do I connect a real bot",
        "怎么连接",
        "local plugin",
        "端插件",
        "我的令牌保存在哪里？",
    ],
)
def test_questions_about_the_app_recall(text: str) -> None:
    step = bot.Turn(text).start()
    assert isinstance(step, bot.Reply) and 1 <= len(step.recall) <= 3
    assert step.text.startswith("根据") == bot.is_chinese(text)  # the answer speaks the request's language


def test_chains_clamp_and_language() -> None:
    turn = bot.Turn("turn it down")
    assert [c.name for c in turn.start().calls] == ["get_volume"]
    step = turn.resume(['{"volume": 10}'])
    assert [(c.name, c.arguments) for c in step.calls] == [("set_volume", {"volume": 0})]
    reply = turn.resume(['{"volume": 0}'])
    assert isinstance(reply, bot.Reply) and "10%" in reply.text and "0%" in reply.text
    assert turn.memory.volume == 0

    full = bot.Turn("大声点")
    full.start()
    at_max = full.resume(["100"])  # a bare number is a volume too; already at the top: no set_volume
    assert isinstance(at_max, bot.Reply) and "100%" in at_max.text and "最大" in at_max.text

    any_song = bot.Turn("play some music")
    any_song.start()
    play = any_song.resume(['{"songs": [{"name": "晴天.mp3"}, {"name": "七里香.flac"}]}'])
    assert [(c.name, c.arguments) for c in play.calls] == [("play_music", {"music_name": "晴天"})]
    assert "晴天" in any_song.resume(['{"ok": true}']).text


@pytest.mark.parametrize(
    "output",
    [
        '{"error": "user declined"}',
        "not json at all",
        "",
        "[1, 2]",
        "null",
        '{"error": {"message": "timed out"}}',
    ],
)
def test_odd_or_failed_outputs_never_crash(output: str) -> None:
    turn = bot.Turn("播放 晴天")
    turn.start()
    reply = turn.resume([output])
    assert isinstance(reply, bot.Reply) and reply.text
    if "error" in output:
        assert "抱歉" in reply.text


def test_memory_follows_the_conversation() -> None:
    memory = bot.Memory()
    first = bot.Turn("音量调到30", memory)
    first.start()
    first.resume(['{"volume": 30}'])
    assert memory.volume == 30 and memory.questions == ["音量调到30"]
    mute = bot.Turn("mute", memory)
    mute.start()
    mute.resume(['{"volume": 0}'])
    unmute = bot.Turn("unmute", memory).start()
    assert [(c.name, c.arguments) for c in unmute.calls] == [("set_volume", {"volume": 30})]
    said = bot.Turn("what did I just say?", memory).start()
    assert "mute" in said.text


def test_knowledge_search_is_selective() -> None:
    assert knowledge.search("what can you do?")[0].passage.doc_name == "demo-bot.md"
    assert knowledge.search("今天天气怎么样") == []
    assert knowledge.search("How do I connect a real bot?")[0].passage.doc_name == "connect-real-bot.md"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40), st.lists(st.text(max_size=30), min_size=1, max_size=4))
def test_any_request_and_outputs_end_in_a_reply(text: str, outputs: list[str]) -> None:
    turn = bot.Turn(text)
    step = turn.start()
    for _ in range(10):
        if isinstance(step, bot.Reply):
            break
        step = turn.resume([outputs[i % len(outputs)] for i in range(len(step.calls))])
    assert isinstance(step, bot.Reply) and step.text and 2 <= len(step.follow_ups) <= 3


@given(st.text())
def test_delta_pieces_rejoin(text: str) -> None:
    assert "".join(delta_pieces(text)) == text
