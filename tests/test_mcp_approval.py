"""Approval of tools from outside the app (MCP servers, installed packages), and the registry's source helpers."""

from __future__ import annotations

import json
from typing import Any

from coze_desktop.plugins.approval import ApprovalPolicy, ApprovalRequest, Decision, PolicyApprover, Reason
from coze_desktop.plugins.registry import Plugin, PluginRegistry, kind_of, tools_markdown
from coze_desktop.settings import Settings

from .test_approval import Asker


def external(name: str = "files__read", *, read_only: bool = True, network: bool = False,
             source: str = "mcp:files", ran: list[Any] | None = None) -> Plugin:
    async def handler(args: dict[str, Any]) -> str:
        if ran is not None:
            ran.append(args)
        return "ok"

    return Plugin(name, "read a file", {"properties": {"path": {"type": "string"}}}, handler,
                  acts=not read_only, source=source, read_only_hint=read_only,
                  network=(lambda args: "://" in args.get("path", "")) if network else None)


def test_a_tool_with_a_source_is_external_and_asked_even_when_it_claims_to_only_read() -> None:
    policy = ApprovalPolicy(Settings())
    for plugin in (external(read_only=True), external(read_only=False), external(source="package:coze-extra")):
        request = ApprovalRequest.build(plugin.name, plugin, {"path": "/etc/hosts"})
        assert request.reason is Reason.EXTERNAL and request.keys == (plugin.name,)
        assert policy.decide(request) is None  # None: the user is asked
    builtin = Plugin("get_volume", "", {}, external().handler, acts=False)
    assert policy.decide(ApprovalRequest.build("get_volume", builtin, {})) is Decision.ALLOW_ONCE


def test_a_network_call_of_an_external_tool_stays_network_with_per_host_rules() -> None:
    plugin = external(network=True)
    request = ApprovalRequest.build(plugin.name, plugin, {"path": "https://files.example.com/a"})
    assert request.reason is Reason.NETWORK and request.hosts == ("files.example.com",)
    settings = Settings(approvals={"files__read@files.example.com": "always"})
    assert ApprovalPolicy(settings).decide(request) is Decision.ALWAYS


async def test_always_is_remembered_by_plugin_name_and_deny_refuses() -> None:
    settings = Settings()
    saved: list[Settings] = []
    policy = ApprovalPolicy(settings, save=saved.append)
    asker = Asker(Decision.ALWAYS)
    approver = PolicyApprover(policy, asker)
    ran: list[Any] = []
    plugin = external(ran=ran)
    registry = PluginRegistry()
    registry.register(plugin)

    async def approve(plugin: Plugin, args: dict[str, Any]) -> str | None:
        decision = await approver(ApprovalRequest.build(plugin.name, plugin, args, "conv"))
        return None if decision.allowed else "declined"

    first = await registry.run("files__read", json.dumps({"path": "/a"}), approve)
    second = await registry.run("files__read", json.dumps({"path": "/b"}), approve)
    assert first.ok and second.ok and ran == [{"path": "/a"}, {"path": "/b"}]
    assert len(asker.requests) == 1 and asker.requests[0].reason is Reason.EXTERNAL  # asked once, then remembered
    assert settings.approvals == {"files__read": "always"} and saved == [settings]
    settings.approvals["files__read"] = "deny"
    third = await registry.run("files__read", json.dumps({"path": "/c"}), approve)
    assert not third.ok and len(ran) == 2


def test_register_replaces_unregister_removes_and_by_source_selects() -> None:
    registry = PluginRegistry()
    old, new = external(), external()
    registry.register(old, external("files__write", source="mcp:files"), external("files2__read", source="mcp:files2"),
                      external("pkg_tool", source="package:extra"))
    registry.register(new)
    assert registry.resolve("files__read") is new
    assert {p.name for p in registry.by_source("mcp:")} == {"files__read", "files__write", "files2__read"}
    assert {p.name for p in registry.by_source("package:")} == {"pkg_tool"}
    registry.unregister("files__read", "files__write", "not_there")
    assert registry.resolve("files__read") is None and registry.resolve("files2__read") is not None


def test_the_generated_reference_says_an_external_tool_asks() -> None:
    plugin = external()
    assert kind_of(plugin) == "external"
    assert "asks you first unless you chose Always allow" in tools_markdown([plugin])
