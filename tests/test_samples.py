"""Every recorded Coze sample goes through the local server over real HTTP into our client and engine."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from coze_desktop.api import (
    CozeAPIError,
    CozeAuthError,
    CozeBotError,
    CozeChatFailed,
    CozeClient,
    CozeStreamError,
    OAuthClient,
)
from coze_desktop.chat import ChatEngine, ToolCallFinished, TurnEvent, TurnFailed, TurnOutcome, TurnRequest
from coze_desktop.demo import json_reply, replay, sse
from coze_desktop.plugins import Plugin, PluginRegistry, default_registry

from .conftest import SAMPLES


def sample(name: str) -> Path:
    return SAMPLES / name


def raw_json(name: str) -> Any:
    return json.loads(sample(name).read_text(encoding="utf-8"))


async def run_turn(client: CozeClient, registry: PluginRegistry | None = None) -> tuple[TurnOutcome, list]:
    events: list[TurnEvent] = []
    engine = ChatEngine(client, registry or default_registry())
    outcome = await engine.run_turn(TurnRequest(bot_id="7379462189365198898", user_id="u1", text="hi"),
                                    events.append)
    return outcome, events


# ------------------------------------------------------------------------------------------ streams

# file → (status, answer, (token, output, input) usage or None, error class, error code, follow-ups)
STREAMS = {
    "cozepy_chat_text_stream.sse": ("completed", "2024 年 10 月 1 日是星期三。", (633, 19, 614), None, 0, []),
    "cozepy_chat_audio_stream.sse": ("completed", "delta text", (115, 24, 91), None, 0, []),
    "cozepy_workflows_chat_stream.sse": (
        "completed", "I'm fine, thank you. How about you?", (32, 11, 21), None, 0, []),
    "docs_chat_v3_stream_basic.sse": ("completed", "2024 年 10 月 1 日是星期三。", (633, 19, 614), None, 0, []),
    "docs_chat_v3_stream_image_plugin.sse": (
        "completed", "这是一幅非常漂亮的森林图片，里面有小溪、石头和青苔覆盖的树木。", (2308, 111, 2197), None, 0, []),
    "cozepy_chat_failed.sse": ("failed", "", None, CozeChatFailed, 5000, []),
    "cozepy_chat_error_event.sse": ("failed", "", None, CozeChatFailed, 0, []),
    # Only an unknown event and then EOF: ignored, and the turn says the stream ended too early.
    "cozepy_chat_unknown_event.sse": ("failed", "", None, CozeStreamError, 0, []),
    # Seven one-event doc examples with no chat events: the answers and follow-up are kept, then the
    # turn reports the early end instead of pretending it completed.
    "docs_get_chat_response_message_examples.sse": (
        "failed", None, None, CozeStreamError, 0, ["总结一下B站崩了的具体情况"]),
    # The doc's schematic stream: invalid JSON in places and a multi-line failed body.
    "docs_chat_v3_stream_schematic.txt": ("failed", None, None, CozeChatFailed, 0, []),
}


@pytest.mark.parametrize("chunk_size", [None, 7], ids=["whole", "7-byte-chunks"])
@pytest.mark.parametrize("name", sorted(STREAMS))
async def test_recorded_stream(server, client: CozeClient, name: str, chunk_size: int | None) -> None:
    status, answer, usage, error_cls, code, follow_ups = STREAMS[name]
    server.script("/v3/chat", replay(sample(name).read_bytes(), chunk_size=chunk_size))
    outcome, events = await run_turn(client)
    assert outcome.status == status, outcome.error
    if answer is not None:
        assert outcome.answer == answer
    if usage is None:
        assert outcome.usage is None or outcome.status != "completed"
    else:
        u = outcome.usage
        assert (u.token_count, u.output_count, u.input_count) == usage
    if error_cls is None:
        assert outcome.error is None
    else:
        assert isinstance(outcome.error, error_cls)
        assert outcome.error.code == code
        failed = [e for e in events if isinstance(e, TurnFailed)]
        assert failed and failed[0].partial_answer == outcome.answer  # the partial answer is kept
    assert outcome.follow_ups == follow_ups
    assert server.requests[-1].json["stream"] is True


async def test_get_chat_response_examples_keep_partial_answer(server, client: CozeClient) -> None:
    server.script("/v3/chat", replay(sample("docs_get_chat_response_message_examples.sse").read_bytes()))
    outcome, _ = await run_turn(client)
    assert "xxxx" in outcome.answer
    assert outcome.recall == []  # its recall payload is the placeholder "xxxx": no chunks, no crash


async def test_schematic_stream_recall_and_failure(server, client: CozeClient) -> None:
    server.script("/v3/chat", replay(sample("docs_chat_v3_stream_schematic.txt").read_bytes()))
    outcome, _ = await run_turn(client)
    # The old plain-text knowledge form still reaches the sources panel.
    assert [c.slice for c in outcome.recall] == ["xxxxxxx"]
    assert outcome.status == "failed"


async def test_local_plugin_round_trip(server, client: CozeClient) -> None:
    """The documented 端插件 exchange: requires_action → our tool → submit (ids in query) → continuation."""
    chat = raw_json("docs_local_plugin_requires_action_event_data.json")
    server.script("/v3/chat", sse([("conversation.chat.created", {**chat, "status": "created"}),
                                   ("conversation.chat.requires_action", chat), ("done", "[DONE]")]))
    server.script("/v3/chat/submit_tool_outputs",
                  replay(sample("docs_local_plugin_submit_tool_outputs_stream.sse").read_bytes(), chunk_size=11))
    seen: list[dict] = []

    async def rain(args: dict) -> str:
        seen.append(args)
        return json.dumps({"probability": 0.5}, separators=(",", ":"))

    registry = PluginRegistry()
    registry.register(Plugin("get_rain_probability", "rain", {"properties": {"location": {"type": "string"}}},
                             rain, acts=False))
    outcome, events = await run_turn(client, registry)

    assert outcome.status == "completed"
    assert seen == [{"location": "河南"}]
    assert outcome.answer == "河南的降水概率为50%。"
    assert outcome.follow_ups == ["影响河南降水概率的因素有哪些？", "河南的降水概率和其他地区相比如何？",
                                  "如何查询河南未来几天的降水概率？"]
    assert (outcome.usage.token_count, outcome.usage.output_count) == (140, 11)
    assert [type(e).__name__ for e in events if isinstance(e, ToolCallFinished)] == ["ToolCallFinished"]

    chat_req, submit_req = server.requests[-2], server.requests[-1]
    documented_chat = raw_json("docs_local_plugin_chat_stream_request.json")
    assert {k: chat_req.json[k] for k in ("stream", "auto_save_history")} == {
        k: documented_chat[k] for k in ("stream", "auto_save_history")}
    assert chat_req.json["additional_messages"][0].keys() == documented_chat["additional_messages"][0].keys()
    documented_submit = raw_json("docs_local_plugin_submit_tool_outputs_stream_request.json")
    assert submit_req.path == "/v3/chat/submit_tool_outputs"
    assert submit_req.query == {"conversation_id": chat["conversation_id"], "chat_id": chat["id"]}
    assert submit_req.json["stream"] is True
    assert submit_req.json["tool_outputs"] == documented_submit["tool_outputs"]


# ------------------------------------------------------------------------------- JSON endpoints

Call = Callable[[CozeClient], Awaitable[Any]]
Check = Callable[[Any, Any], None]


def _chat_ok(result: Any, raw: Any) -> None:
    data = raw.get("data", raw)
    assert result.id == data["id"] and result.conversation_id == data["conversation_id"]
    assert result.status == data["status"]


def _tool_calls(result: Any, raw: Any) -> None:
    _chat_ok(result, raw)
    wire = raw["data"]["required_action"]["submit_tool_outputs"]["tool_calls"]
    assert [(c.id, c.name, json.loads(c.arguments)) for c in result.tool_calls] == [
        (w["id"], w["function"]["name"], json.loads(w["function"]["arguments"])) for w in wire]


def _messages(result: Any, raw: Any) -> None:
    assert [(m.id, m.type, m.content) for m in result] == [(w["id"], w["type"], w["content"]) for w in raw["data"]]


JSON_CASES: dict[str, tuple[str, Call, Check]] = {
    "docs_chat_v3_nonstream_create_response.json": (
        "/v3/chat", lambda c: c.create_chat(bot_id="b", user_id="u", messages=[]), _chat_ok),
    "docs_local_plugin_chat_create_nonstream_response.json": (
        "/v3/chat", lambda c: c.create_chat(bot_id="b", user_id="u", messages=[]), _chat_ok),
    "docs_chat_v3_chat_requires_action_response.json": (
        "/v3/chat/retrieve", lambda c: c.retrieve_chat("c", "x"), _tool_calls),
    "docs_retrieve_chat_completed.json": ("/v3/chat/retrieve", lambda c: c.retrieve_chat("c", "x"), _chat_ok),
    "docs_retrieve_chat_requires_action.json": (
        "/v3/chat/retrieve", lambda c: c.retrieve_chat("c", "x"), _tool_calls),
    "docs_local_plugin_retrieve_requires_action.json": (
        "/v3/chat/retrieve", lambda c: c.retrieve_chat("c", "x"), _tool_calls),
    "docs_local_plugin_submit_tool_outputs_nonstream_response.json": (
        "/v3/chat/submit_tool_outputs", lambda c: c.submit_tool_outputs("c", "x", []), _chat_ok),
    "docs_submit_tool_outputs_nonstream_response.json": (
        "/v3/chat/submit_tool_outputs", lambda c: c.submit_tool_outputs("c", "x", []),
        lambda r, raw: (_chat_ok(r, raw), _assert((r.usage.token_count, r.usage.output_count,
                                                   r.usage.input_count) == (3397, 1173, 2224)))),
    "docs_chat_v3_context_chat_message_list.json": (
        "/v3/chat/message/list", lambda c: c.list_chat_messages("c", "x"), _messages),
    "docs_list_chat_messages_basic.json": (
        "/v3/chat/message/list", lambda c: c.list_chat_messages("c", "x"), _messages),
    "docs_list_chat_messages_plugin.json": (
        "/v3/chat/message/list", lambda c: c.list_chat_messages("c", "x"), _messages),
    "docs_local_plugin_chat_message_list.json": (
        "/v3/chat/message/list", lambda c: c.list_chat_messages("c", "x"),
        lambda r, raw: (_messages(r, raw), _assert([m.verbose_kind() for m in r if m.verbose_kind()] == [
            "interrupt", "generate_answer_finish", "generate_answer_finish"]))),
    "docs_chat_cancel_response.json": (
        "/v3/chat/cancel", lambda c: c.cancel_chat("c", "x"),
        lambda r, raw: (_chat_ok(r, raw), _assert(r.usage is None and r.last_error is None and not r.tool_calls))),
    "docs_create_conversation_response.json": (
        "/v1/conversation/create", lambda c: c.create_conversation(bot_id="b"),
        lambda r, raw: _assert((r.id, r.created_at, r.last_section_id) == (
            raw["data"]["id"], raw["data"]["created_at"], raw["data"]["last_section_id"]))),
    "docs_local_plugin_conversation_create_response.json": (
        "/v1/conversation/create", lambda c: c.create_conversation(bot_id="b"),
        lambda r, raw: _assert(r.id == raw["data"]["id"])),
    "docs_list_conversations_response.json": (
        "/v1/conversations", lambda c: c.list_conversations("b"),
        lambda r, raw: _assert(([x.id for x in r[0]], r[1]) == (
            [x["id"] for x in raw["data"]["conversations"]], raw["data"]["has_more"]))),
    "docs_conversation_message_list_response.json": (
        "/v1/conversation/message/list", lambda c: c.list_conversation_messages("c"),
        lambda r, raw: _assert(
            ([m.content for m in r.messages], r.first_id, r.last_id, r.has_more) == (
                [m["content"] for m in raw["data"]], raw["first_id"], raw["last_id"], raw["has_more"])
            and [m.updated_at for m in r.messages] == [int(m["updated_at"]) for m in raw["data"]])),
    "docs_clear_conversation_response.json": (
        "/v1/conversations/c/clear", lambda c: c.clear_conversation("c"),
        lambda r, raw: _assert(r == raw["data"]["id"])),
    "docs_bots_list_response.json": (
        "/v1/bots", lambda c: c.list_bots("w"),
        lambda r, raw: _assert([(b.id, b.name) for b in r] == [
            (b["id"], b["name"]) for b in raw["data"]["items"]])),
}


def _assert(condition: bool) -> None:
    assert condition


@pytest.mark.parametrize("name", sorted(JSON_CASES))
async def test_recorded_json_response(server, client: CozeClient, name: str) -> None:
    path, call, check = JSON_CASES[name]
    raw = raw_json(name)
    server.script(path, json_reply(raw))
    result = await call(client)
    check(result, raw)
    assert server.requests[-1].path == path


async def test_bare_chat_object(server, client: CozeClient) -> None:
    chat = raw_json("docs_chat_v3_chat_object_completed.json")
    server.script("/v3/chat/retrieve", json_reply({"code": 0, "msg": "", "data": chat}))
    result = await client.retrieve_chat(chat["conversation_id"], chat["id"])
    assert (result.status, result.usage.token_count) == ("completed", chat["usage"]["token_count"])


async def test_old_bot_list_fallback(server, client: CozeClient) -> None:
    """A server without /v1/bots (Coze Studio, older accounts) gets the deprecated list instead."""
    raw = raw_json("docs_published_bots_list_response.json")
    server.script("/v1/bots", json_reply({"code": 4000, "msg": "not found"}, status=404))
    server.script("/v1/space/published_bots_list", json_reply(raw))
    bots = await client.list_bots("w")
    assert [(b.id, b.name) for b in bots] == [(b["bot_id"], b["bot_name"]) for b in raw["data"]["space_bots"]]
    assert server.requests[-1].query["space_id"] == "w"


async def test_bot_info_fallback(server, client: CozeClient) -> None:
    raw = raw_json("docs_get_online_info_response.json")
    bot_id = raw["data"]["bot_id"]
    server.script(f"/v1/bots/{bot_id}", json_reply({"code": 4000, "msg": "unknown path"}, status=404))
    server.script("/v1/bot/get_online_info", json_reply(raw))
    info = await client.get_bot(bot_id)
    assert info.name == raw["data"]["name"]
    assert info.prologue == raw["data"]["onboarding_info"]["prologue"]
    assert info.suggested_questions == raw["data"]["onboarding_info"]["suggested_questions"]


# ------------------------------------------------------------------------------------------- OAuth

async def test_oauth_device_code_and_tokens(server) -> None:
    oauth = OAuthClient(server.base_url, "client-1")
    try:
        raw = raw_json("docs_oauth_device_code_response.json")
        server.script("/api/permission/oauth2/device/code", json_reply(raw))
        code = await oauth.request_device_code()
        assert (code.user_code, code.expires_in, code.interval) == (raw["user_code"], 1800, 5)
        assert code.verification_url == f"{raw['verification_uri']}?user_code={raw['user_code']}"

        pkce = raw_json("docs_oauth_pkce_token_response.json")
        server.script("/api/permission/oauth2/token",
                      json_reply({"error": "authorization_pending"}, status=400), json_reply(pkce))
        token = await oauth.poll_device_token(code.__class__(code.device_code, code.user_code,
                                                             code.verification_uri, 30, interval=0))
        assert (token.access_token, token.expires_at, token.refresh_token) == (
            pkce["access_token"], pkce["expires_in"], pkce["refresh_token"])
        assert pkce["access_token"] not in repr(token)
        assert server.requests[-1].json["grant_type"] == "urn:ietf:params:oauth:grant-type:device_code"

        jwt = raw_json("docs_oauth_jwt_token_response.json")
        server.script("/api/permission/oauth2/token", json_reply(jwt))
        refreshed = await oauth.refresh("r1")
        assert (refreshed.access_token, refreshed.expires_at, refreshed.refresh_token) == (
            jwt["access_token"], jwt["expires_in"], "")

        rotated = raw_json("docs_oauth_refresh_token_response.json")
        server.script("/api/permission/oauth2/token", json_reply(rotated))
        renewed = await oauth.refresh(jwt["access_token"])
        assert (renewed.access_token, renewed.expires_at, renewed.refresh_token) == (
            rotated["access_token"], rotated["expires_in"], rotated["refresh_token"])
        assert server.requests[-1].json == {"grant_type": "refresh_token", "client_id": "client-1",
                                            "refresh_token": jwt["access_token"]}

        server.script("/api/permission/oauth2/token", json_reply({"error_code": "access_denied",
                                                                  "error_message": "user said no"}, status=400))
        with pytest.raises(CozeAuthError, match="declined"):
            await oauth.poll_device_token(code)
    finally:
        await oauth.aclose()


# ------------------------------------------------------------------------------------------ errors

ERRORS = {
    # file: (HTTP status it was observed with, call, error class, code)
    "error_4100_http401_observed.json": (401, "stream", CozeAuthError, 4100),
    "error_4101_chat_no_token_observed.json": (200, "stream", CozeAuthError, 4101),
    "error_4200_chat_unknown_bot_observed.json": (200, "stream", CozeBotError, 4200),
    "error_4000_json_body_on_stream_request_cozepy_mock.json": (200, "stream", CozeAPIError, 4000),
    "error_700012006_http401_observed.json": (401, "retrieve", CozeAuthError, 700012006),
    "error_5000_conversation_create_coze_js_issue179.json": (200, "conversation", CozeAPIError, 5000),
}


@pytest.mark.parametrize("name", sorted(ERRORS))
async def test_recorded_error(server, client: CozeClient, name: str) -> None:
    status, where, error_cls, code = ERRORS[name]
    raw = raw_json(name)
    path = {"stream": "/v3/chat", "retrieve": "/v3/chat/retrieve", "conversation": "/v1/conversation/create"}[where]
    server.script(path, json_reply(raw, status=status, headers={"x-tt-logid": "LOGID-OF-THE-RESPONSE"}))
    if where == "stream":
        outcome, events = await run_turn(client)
        error = outcome.error
        assert outcome.status == "failed" and isinstance(events[-1], TurnFailed)
    else:
        with pytest.raises(CozeAPIError) as caught:
            await (client.retrieve_chat("c", "x") if where == "retrieve" else client.create_conversation())
        error = caught.value
    assert isinstance(error, error_cls)
    assert (error.code, error.msg, error.http_status) == (code, raw["msg"], status)
    logid = (raw.get("detail") or {}).get("logid") or "LOGID-OF-THE-RESPONSE"
    assert error.logid == logid and logid in str(error)
    assert error.hint  # every one of these tells the user what to do


# Samples with a test of their own above.
DEDICATED = {
    "docs_local_plugin_requires_action_event_data.json", "docs_local_plugin_submit_tool_outputs_stream.sse",
    "docs_local_plugin_chat_stream_request.json", "docs_local_plugin_submit_tool_outputs_stream_request.json",
    "docs_chat_v3_chat_object_completed.json", "docs_published_bots_list_response.json",
    "docs_get_online_info_response.json", "docs_oauth_device_code_response.json",
    "docs_oauth_pkce_token_response.json", "docs_oauth_jwt_token_response.json",
    "docs_oauth_refresh_token_response.json",
}


def test_every_sample_is_exercised() -> None:
    every = {p.name for p in SAMPLES.iterdir() if p.name != "README.md"}
    assert every - (set(STREAMS) | set(JSON_CASES) | set(ERRORS) | DEDICATED) == set()
