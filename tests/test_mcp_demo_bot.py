"""An MCP tool end to end: the demo Coze server's bot asks for it (requires_action), the user is asked (EXTERNAL),
the real MCP server runs it, the output is submitted and the bot's answer quotes it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from coze_desktop.api import CozeClient
from coze_desktop.chat import ChatEngine, TurnRequest
from coze_desktop.demo import DEMO_BOT_ID, DemoServer
from coze_desktop.plugins import VolumeModel, default_registry
from coze_desktop.plugins.approval import ApprovalPolicy, Decision, PolicyApprover, Reason
from coze_desktop.plugins.mcp_bridge import McpBridge
from coze_desktop.plugins.mcp_config import McpServerConfig
from coze_desktop.plugins.registry import PluginRegistry
from coze_desktop.settings import Settings

from .mcp_servers import Record, fixtures
from .test_approval import Asker
from .test_engine import submitted

# The toolbox over stdio and over streamable HTTP (config runs each test once per transport).
record, http_server, config = fixtures.record, fixtures.http_server, fixtures.config


@pytest.fixture
async def registry(config: McpServerConfig, client: CozeClient) -> AsyncIterator[PluginRegistry]:
    async def upload(data: bytes, name: str, mime: str) -> str:
        return (await client.upload_file(data, name, mime)).id

    bridge = McpBridge([config], upload=upload)
    registry = default_registry(VolumeModel(50))  # the built-ins and the server's tools side by side
    bridge.register_into(registry)
    try:
        await bridge.start()
        yield registry
    finally:
        await bridge.aclose()


async def ask(client: CozeClient, registry: PluginRegistry, asker: Asker, question: str):
    engine = ChatEngine(client, registry, approver=PolicyApprover(ApprovalPolicy(Settings()), asker))
    return await engine.run_turn(TurnRequest(DEMO_BOT_ID, "tester", question), lambda event: None)


async def test_the_demo_bot_calls_an_mcp_tool_after_the_user_approves(
        server: DemoServer, client: CozeClient, registry: PluginRegistry, record: Record) -> None:
    asker = Asker(Decision.ALLOW_ONCE)
    outcome = await ask(client, registry, asker, 'use toolbox__say {"text": "晴天"}')
    assert outcome.status == "completed", outcome.error
    [asked] = asker.requests
    assert (asked.tool, asked.reason, asked.args) == ("toolbox__say", Reason.EXTERNAL, {"text": "晴天"})
    assert asked.plugin.source == "mcp:toolbox" and asked.plugin.read_only_hint is True
    assert [(c["tool"], c["arguments"]) for c in record.calls()] == [("say", {"text": "晴天"})]
    [[output]] = submitted(server)
    assert output["output"] == "you said: 晴天"
    assert "you said: 晴天" in outcome.answer


async def test_a_declined_call_never_reaches_the_server(server: DemoServer, client: CozeClient,
                                                        registry: PluginRegistry, record: Record) -> None:
    asker = Asker(Decision.DENY)
    outcome = await ask(client, registry, asker, '调用 toolbox__add {"a": 1, "b": 2}')
    assert outcome.status == "completed", outcome.error
    assert len(asker.requests) == 1 and record.calls() == []
    [[output]] = submitted(server)
    assert json.loads(output["output"]) == {"error": "the user declined to run toolbox__add"}
    assert "抱歉" in outcome.answer


async def test_arguments_breaking_the_schema_are_refused_before_anyone_is_asked(
        server: DemoServer, client: CozeClient, registry: PluginRegistry, record: Record) -> None:
    asker = Asker()
    outcome = await ask(client, registry, asker, 'use toolbox__add {"a": "one", "b": 2}')
    assert outcome.status == "completed", outcome.error
    assert asker.requests == [] and record.calls() == []
    [[output]] = submitted(server)
    assert "a must be an integer" in json.loads(output["output"])["error"]


async def test_an_image_result_is_uploaded_to_coze_and_the_bot_gets_its_file_id(
        server: DemoServer, client: CozeClient, registry: PluginRegistry) -> None:
    asker = Asker(Decision.ALLOW_ONCE)
    outcome = await ask(client, registry, asker, 'use toolbox__image {"width": 8, "height": 6}')
    assert outcome.status == "completed", outcome.error
    uploads = [r for r in server.requests if r.path == "/v1/files/upload"]
    assert len(uploads) == 1
    [[output]] = submitted(server)
    body = json.loads(output["output"])
    [image] = body["images"]
    assert image["file_id"] and image["mime_type"] == "image/png" and "8×6 pixels" in image["description"]
    assert image["file_id"] in outcome.answer
