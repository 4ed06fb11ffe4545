"""Approval of local tool calls: the policy, remembered answers, and the engine asking before a handler runs."""

from __future__ import annotations

import asyncio
import json
import os
import re
import time
from pathlib import Path
from typing import Any

import pytest

from coze_desktop.api import CozeClient
from coze_desktop.chat import ChatEngine, TurnRequest
from coze_desktop.demo import DEMO_BOT_ID, DemoServer, sse
from coze_desktop.plugins import MusicLibrary, Plugin, PluginRegistry, VolumeModel, default_registry
from coze_desktop.plugins.approval import (
    ApprovalPolicy,
    ApprovalRequest,
    Decision,
    PolicyApprover,
    Reason,
    refusal,
    url_hosts,
)
from coze_desktop.plugins.player import MissingPlayer
from coze_desktop.plugins.registry import tools_markdown
from coze_desktop.settings import Settings, load_settings, save_settings

from .test_engine import answers, asks, submitted

DOC = Path(__file__).resolve().parents[1] / "docs" / "local-plugins.md"
SONG_URL = "https://music.example.com/晴天.mp3"


class Calls(list):
    """Handlers that record their arguments, so a test can tell whether one ran."""

    def plugin(self, name: str, *, acts: bool = True, network: bool = False, timeout: float = 5.0,
               delay: float = 0.0) -> Plugin:
        async def handler(args: dict[str, Any]) -> str:
            await asyncio.sleep(delay)
            self.append((name, args))
            return json.dumps({"ok": True, "ran": name})

        return Plugin(
            name, f"the {name} tool",
            {"properties": {"music_name": {"type": "string", "description": "a song or a URL"}},
             "additionalProperties": False},
            handler, acts=acts, timeout=timeout,
            network=(lambda args: "://" in args.get("music_name", "")) if network else None)


class Asker:
    """Stands in for the prompt: answers with the scripted decisions, after ``delay`` seconds."""

    def __init__(self, *decisions: Decision, delay: float = 0.0) -> None:
        self.decisions = list(decisions)
        self.delay = delay
        self.requests: list[ApprovalRequest] = []

    async def __call__(self, request: ApprovalRequest) -> Decision:
        self.requests.append(request)
        await asyncio.sleep(self.delay)
        return self.decisions.pop(0)


class Silent:
    """A prompt nobody answers; records whether the engine withdrew it."""

    def __init__(self) -> None:
        self.requests: list[ApprovalRequest] = []
        self.withdrawn = 0

    async def __call__(self, request: ApprovalRequest) -> Decision:
        self.requests.append(request)
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            self.withdrawn += 1
            raise
        raise AssertionError("unreachable")


def request(plugin: Plugin, args: dict[str, Any] | None = None, conversation: str = "c1") -> ApprovalRequest:
    return ApprovalRequest.build(plugin.name, plugin, args or {}, conversation)


# ------------------------------------------------------------------------------------------- policy


def test_classification() -> None:
    calls = Calls()
    reader, actor, player = calls.plugin("peek", acts=False), calls.plugin("poke"), calls.plugin("play", network=True)
    assert request(reader).reason is Reason.READS
    assert request(actor).reason is Reason.ACTS
    assert request(player, {"music_name": "晴天"}).reason is Reason.ACTS  # local playback
    remote = request(player, {"music_name": SONG_URL})
    assert (remote.reason, remote.hosts, remote.keys) == (Reason.NETWORK, ("music.example.com",),
                                                          ("play@music.example.com",))
    assert url_hosts({"a": ["http://A.example:8080/x", {"b": "https://a.example/y"}], "c": "no url"}) == (
        "a.example",)

    def broken(args: dict[str, Any]) -> bool:
        raise KeyError("music_name")

    unsure = Plugin("unsure", "", {}, player.handler, network=broken)
    assert request(unsure).reason is Reason.NETWORK  # cannot tell: ask rather than run silently
    assert request(unsure).keys == ()  # no host shown, so nothing can be remembered


def test_defaults_run_local_calls_and_ask_network_ones() -> None:
    calls = Calls()
    policy = ApprovalPolicy(Settings())
    assert policy.decide(request(calls.plugin("peek", acts=False))) is Decision.ALLOW_ONCE
    assert policy.decide(request(calls.plugin("poke"))) is Decision.ALLOW_ONCE
    player = calls.plugin("play", network=True)
    assert policy.decide(request(player, {"music_name": "晴天"})) is Decision.ALLOW_ONCE
    assert policy.decide(request(player, {"music_name": SONG_URL})) is None


def test_rules_set_by_the_user() -> None:
    calls = Calls()
    settings = Settings(approvals={"peek": "ask", "poke": "deny", "play": "always"})
    policy = ApprovalPolicy(settings)
    assert policy.decide(request(calls.plugin("peek", acts=False))) is None
    assert policy.decide(request(calls.plugin("poke"))) is Decision.DENY
    assert policy.decide(request(calls.plugin("play", network=True), {"music_name": SONG_URL})) is Decision.ALWAYS
    settings.approvals.update({"play": "ask", "play@music.example.com": "deny"})
    assert policy.decide(request(calls.plugin("play", network=True), {"music_name": SONG_URL})) is Decision.DENY
    assert policy.decide(request(calls.plugin("play", network=True), {"music_name": "晴天"})) is None  # "ask"


async def test_once_conversation_and_deny_answers() -> None:
    calls = Calls()
    player = calls.plugin("play", network=True)
    settings = Settings()
    asker = Asker(Decision.ALLOW_ONCE, Decision.DENY, Decision.ALLOW_CONVERSATION, Decision.ALLOW_ONCE,
                  Decision.DENY)
    approver = PolicyApprover(ApprovalPolicy(settings), asker)
    song = {"music_name": SONG_URL}
    assert await approver(request(player, song)) is Decision.ALLOW_ONCE
    assert await approver(request(player, song)) is Decision.DENY  # once means once: asked again
    assert await approver(request(player, song)) is Decision.ALLOW_CONVERSATION
    assert await approver(request(player, song)) is Decision.ALLOW_CONVERSATION  # remembered, not asked
    assert len(asker.requests) == 3
    other_host = {"music_name": "https://elsewhere.example/a.mp3"}
    assert await approver(request(player, other_host)) is Decision.ALLOW_ONCE  # another host is asked
    assert await approver(request(player, song, conversation="c2")) is Decision.DENY  # another conversation
    assert len(asker.requests) == 5
    assert settings.approvals == {}  # nothing of that reached the settings


async def test_always_and_deny_persist_across_a_reload_and_can_be_revoked(app_home: Path) -> None:
    calls = Calls()
    player = calls.plugin("play", network=True)
    settings = load_settings()
    approver = PolicyApprover(ApprovalPolicy(settings, save=save_settings), Asker(Decision.ALWAYS))
    assert await approver(request(player, {"music_name": SONG_URL})) is Decision.ALWAYS

    reloaded = load_settings()
    assert reloaded.approvals == {"play@music.example.com": "always"}
    fresh = ApprovalPolicy(reloaded)
    assert fresh.decide(request(player, {"music_name": SONG_URL}, conversation="c9")) is Decision.ALWAYS
    assert fresh.decide(request(player, {"music_name": "https://other.example/b.mp3"})) is None

    reloaded.approvals["poke"] = "deny"
    del reloaded.approvals["play@music.example.com"]  # what Revoke in the settings page does
    save_settings(reloaded)
    again = ApprovalPolicy(load_settings())
    assert again.decide(request(player, {"music_name": SONG_URL})) is None
    assert again.decide(request(calls.plugin("poke"))) is Decision.DENY


def test_a_conversation_grant_needs_a_known_conversation() -> None:
    calls = Calls()
    player = calls.plugin("play", network=True)
    policy = ApprovalPolicy(Settings())
    policy.record(Decision.ALLOW_CONVERSATION, request(player, {"music_name": SONG_URL}, conversation=""))
    assert policy.decide(request(player, {"music_name": SONG_URL}, conversation="")) is None


def test_always_for_a_local_tool_set_to_ask_replaces_the_rule() -> None:
    calls = Calls()
    settings = Settings(approvals={"poke": "ask"})
    policy = ApprovalPolicy(settings)
    policy.record(Decision.ALWAYS, request(calls.plugin("poke")))
    assert settings.approvals == {"poke": "always"}


def test_refusal_messages() -> None:
    assert refusal(Decision.ALLOW_ONCE, "play_music", 60) is None
    assert refusal(Decision.DENY, "play_music", 60) == "the user declined to run play_music"
    assert refusal(Decision.TIMED_OUT, "play_music", 60.0) == (
        "no answer from the user within 60 s; play_music was not run")


# ------------------------------------------------------------------------------------- engine, end to end


async def run_turn(client: CozeClient, registry: PluginRegistry, approver: Any, **engine_args: Any):
    engine = ChatEngine(client, registry, approver=approver, **engine_args)
    return await engine.run_turn(TurnRequest(DEMO_BOT_ID, "tester", "x"), lambda event: None)


def registry_of(*plugins: Plugin, volume: VolumeModel | None = None) -> PluginRegistry:
    registry = default_registry(volume)
    registry.register(*plugins)
    return registry


async def test_a_denied_call_is_declined_and_never_runs(server: DemoServer, client: CozeClient) -> None:
    calls = Calls()
    server.script("/v3/chat", sse(asks(("t1", "play", {"music_name": SONG_URL}))))
    server.script("/v3/chat/submit_tool_outputs", sse(answers("好的，不播放了")))
    asker = Asker(Decision.DENY)
    outcome = await run_turn(client, registry_of(calls.plugin("play", network=True)),
                             PolicyApprover(ApprovalPolicy(Settings()), asker))
    assert outcome.status == "completed", outcome.error
    assert submitted(server) == [[{"tool_call_id": "t1",
                                   "output": json.dumps({"error": "the user declined to run play"})}]]
    assert calls == []
    [asked] = asker.requests
    assert (asked.tool, asked.args, asked.conversation_key) == ("play", {"music_name": SONG_URL},
                                                                "7400000000000000001")
    assert outcome.answer == "好的，不播放了"


async def test_an_unanswered_prompt_times_out_and_the_chat_goes_on(server: DemoServer, client: CozeClient) -> None:
    calls = Calls()
    server.script("/v3/chat", sse(asks(("t1", "play", {"music_name": SONG_URL}), ("t2", "get_volume", {}))))
    server.script("/v3/chat/submit_tool_outputs", sse(answers("没有回应，先不播放")))
    silent = Silent()
    started = time.monotonic()
    outcome = await run_turn(client, registry_of(calls.plugin("play", network=True)),
                             PolicyApprover(ApprovalPolicy(Settings()), silent), approval_timeout=0.2)
    assert time.monotonic() - started < 3
    assert outcome.status == "completed", outcome.error
    [outputs] = submitted(server)
    no_answer = {"error": "no answer from the user within 0.2 s; play was not run"}
    assert outputs == [
        {"tool_call_id": "t1", "output": json.dumps(no_answer)},
        {"tool_call_id": "t2", "output": '{"volume": 50}'},  # the other call did not wait for the user
    ]
    assert calls == [] and silent.withdrawn == 1
    assert [r.timeout for r in silent.requests] == [0.2]  # the prompt's countdown matches the engine's limit
    assert outcome.answer == "没有回应，先不播放"


@pytest.mark.parametrize(("arguments", "expected"), [
    ('{"volume": 300}', "volume must be at most 100"),
    ('{"volume": 30, "note": "x"}', "note is not a known parameter"),
    ("{volume", "not valid JSON"),
])
async def test_a_malformed_call_is_rejected_without_asking(server: DemoServer, client: CozeClient,
                                                           arguments: str, expected: str) -> None:
    server.script("/v3/chat", sse(asks(("t1", "set_volume", arguments))))
    server.script("/v3/chat/submit_tool_outputs", sse(answers("ok")))
    volume = VolumeModel(50)
    asker = Asker(Decision.ALLOW_ONCE)
    outcome = await run_turn(client, default_registry(volume),
                             PolicyApprover(ApprovalPolicy(Settings(approvals={"set_volume": "ask"})), asker))
    assert outcome.status == "completed", outcome.error
    [[output]] = submitted(server)
    assert expected in json.loads(output["output"])["error"]
    assert asker.requests == [] and volume.volume == 50


async def test_overlong_strings_are_rejected_even_where_the_schema_is_open(
        server: DemoServer, client: CozeClient) -> None:
    calls = Calls()
    open_plugin = Plugin("open", "", {"properties": {}}, calls.plugin("x").handler)
    server.script("/v3/chat", sse(asks(("t1", "open", {"notes": ["ok", "长" * 2001]}))))
    server.script("/v3/chat/submit_tool_outputs", sse(answers("ok")))
    asker = Asker(Decision.ALLOW_ONCE)
    await run_turn(client, registry_of(open_plugin),
                   PolicyApprover(ApprovalPolicy(Settings(approvals={"open": "ask"})), asker))
    [[output]] = submitted(server)
    assert json.loads(output["output"])["error"] == (
        "invalid arguments for open: notes[1] is too long (2001 characters, at most 2000)")
    assert calls == [] and asker.requests == []


async def test_the_handler_time_limit_excludes_the_wait_for_the_user(server: DemoServer, client: CozeClient) -> None:
    calls = Calls()
    slow_user = Asker(Decision.ALLOW_ONCE, delay=0.6)
    server.script("/v3/chat", sse(asks(("t1", "play", {"music_name": SONG_URL}))))
    server.script("/v3/chat/submit_tool_outputs", sse(answers("在播了")))
    player = calls.plugin("play", network=True, timeout=0.4, delay=0.1)
    outcome = await run_turn(client, registry_of(player), PolicyApprover(ApprovalPolicy(Settings()), slow_user))
    [(_, result)] = outcome.tool_results
    assert result.ok, result.output
    assert calls == [("play", {"music_name": SONG_URL})]
    assert result.seconds < 0.4  # the handler's time, not the user's


async def test_calls_of_one_requires_action_are_asked_together(server: DemoServer, client: CozeClient) -> None:
    calls = Calls()
    both_asked = asyncio.Event()
    seen: list[str] = []

    async def ask(request: ApprovalRequest) -> Decision:
        seen.append(request.args["music_name"])
        if len(seen) == 2:
            both_asked.set()
        await asyncio.wait_for(both_asked.wait(), 5)  # neither is answered until both prompts are up
        return Decision.ALLOW_ONCE if "a.example" in request.args["music_name"] else Decision.DENY

    server.script("/v3/chat", sse(asks(("t1", "play", {"music_name": "https://a.example/1.mp3"}),
                                       ("t2", "play", {"music_name": "https://b.example/2.mp3"}))))
    server.script("/v3/chat/submit_tool_outputs", sse(answers("ok")))
    await run_turn(client, registry_of(calls.plugin("play", network=True)),
                   PolicyApprover(ApprovalPolicy(Settings()), ask))
    [outputs] = submitted(server)
    assert [json.loads(o["output"]) for o in outputs] == [{"ok": True, "ran": "play"},
                                                          {"error": "the user declined to run play"}]
    assert calls == [("play", {"music_name": "https://a.example/1.mp3"})]


async def test_stopping_the_turn_withdraws_the_prompt(server: DemoServer, client: CozeClient) -> None:
    calls = Calls()
    server.script("/v3/chat", sse(asks(("t1", "play", {"music_name": SONG_URL}))))
    silent = Silent()
    engine = ChatEngine(client, registry_of(calls.plugin("play", network=True)),
                        approver=PolicyApprover(ApprovalPolicy(Settings()), silent))
    task = asyncio.ensure_future(engine.run_turn(TurnRequest(DEMO_BOT_ID, "tester", "x"), lambda event: None))
    async with asyncio.timeout(5):
        while not silent.requests:  # noqa: ASYNC110 (the engine offers no event for "a prompt is up")
            await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert silent.withdrawn == 1 and calls == []


async def test_aliases_from_the_settings_file_route_coze_names(server: DemoServer, client: CozeClient) -> None:
    save_settings(Settings(aliases={"op_volume": "set_volume", "get_volume": "set_volume"}))
    settings = load_settings()
    volume = VolumeModel(50)
    registry = default_registry(volume)
    registry.aliases = dict(settings.aliases)
    server.script("/v3/chat", sse(asks(("t1", "op_volume", {"volume": 30}))))
    server.script("/v3/chat/submit_tool_outputs", sse(asks(("t2", "get_volume", {}), first=False)),
                  sse(answers("ok")))
    asker = Asker()
    await run_turn(client, registry, PolicyApprover(ApprovalPolicy(settings), asker))
    assert volume.volume == 30
    # An alias never shadows a tool's own name: get_volume stays get_volume (set_volume would want a volume).
    assert submitted(server) == [[{"tool_call_id": "t1", "output": '{"volume": 30}'}],
                                 [{"tool_call_id": "t2", "output": '{"volume": 30}'}]]
    assert asker.requests == []  # setting the volume is local: no prompt by default


# ----------------------------------------------------------------------------------------------- the doc


def test_the_user_guide_lists_every_tool_as_declared() -> None:
    """docs/local-plugins.md carries the generated tool reference; UPDATE_DOCS=1 rewrites it after a change."""
    text = DOC.read_text(encoding="utf-8")
    pattern = re.compile(r"(<!-- BEGIN generated tools -->\n)(.*?)(<!-- END generated tools -->)", re.S)
    every_tool = default_registry(library=MusicLibrary(DOC.parent), player=MissingPlayer())  # music included
    generated = tools_markdown(every_tool)
    if os.environ.get("UPDATE_DOCS"):
        text = pattern.sub(lambda m: m.group(1) + "\n" + generated + m.group(3), text)
        DOC.write_text(text, encoding="utf-8")
    match = pattern.search(text)
    assert match is not None, "the generated-tools markers are missing from the doc"
    assert match.group(2) == "\n" + generated, "the doc is stale: run UPDATE_DOCS=1 pytest tests/test_approval.py"
    for plugin in every_tool:
        assert f"### `{plugin.name}`" in match.group(2)
    assert {p.name for p in every_tool} >= {"play_music", "set_volume", "get_volume", "now_playing"}


# ------------------------------------------------------------------------------------- wider faults


async def test_fifty_calls_at_once_each_get_their_own_answer(server: DemoServer, client: CozeClient) -> None:
    calls = Calls()
    asked: list[str] = []

    async def ask(request: ApprovalRequest) -> Decision:
        asked.append(request.args["music_name"])
        return Decision.ALLOW_ONCE if request.args["music_name"].endswith("/0.mp3") else Decision.DENY

    wanted = [(f"t{i}", "play", {"music_name": f"https://h{i}.example/{i % 2}.mp3"}) for i in range(50)]
    server.script("/v3/chat", sse(asks(*wanted)))
    server.script("/v3/chat/submit_tool_outputs", sse(answers("ok")))
    outcome = await run_turn(client, registry_of(calls.plugin("play", network=True)),
                             PolicyApprover(ApprovalPolicy(Settings()), ask))
    assert outcome.status == "completed", outcome.error
    [outputs] = submitted(server)
    assert [o["tool_call_id"] for o in outputs] == [f"t{i}" for i in range(50)]
    assert [json.loads(o["output"]).get("ran") for o in outputs] == ["play" if i % 2 == 0 else None for i in range(50)]
    assert len(asked) == 50 and len(calls) == 25  # every one asked about; only the allowed ones ran
    assert [r.ok for _, r in outcome.tool_results].count(False) == 25


async def test_a_crashing_a_hanging_and_an_unknown_tool_each_fail_in_words(server: DemoServer,
                                                                           client: CozeClient) -> None:
    async def crash(args: dict[str, Any]) -> str:
        raise RuntimeError("boom")

    async def hang(args: dict[str, Any]) -> str:
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    async def says_error(args: dict[str, Any]) -> str:
        return json.dumps({"error": "the disk is gone"})

    registry = registry_of(Plugin("crash", "", {"properties": {}}, crash),
                           Plugin("hang", "", {"properties": {}}, hang, timeout=0.3),
                           Plugin("says_error", "", {"properties": {}}, says_error))
    server.script("/v3/chat", sse(asks(("t1", "crash", {}), ("t2", "hang", {}), ("t3", "nope", {}),
                                       ("t4", "says_error", {}), ("t5", "get_volume", {}))))
    server.script("/v3/chat/submit_tool_outputs", sse(answers("ok")))
    started = time.monotonic()
    outcome = await run_turn(client, registry, None)
    assert outcome.status == "completed", outcome.error
    assert time.monotonic() - started < 5  # the hanging handler was bounded by its 0.3 s limit
    results = {call.id: result for call, result in outcome.tool_results}
    assert [results[f"t{i}"].ok for i in range(1, 6)] == [False, False, False, False, True]
    assert results["t1"].error == "crash failed: RuntimeError: boom"
    assert results["t2"].error == "hang did not finish within 0.3 s"
    assert results["t3"].error.startswith("unknown tool: nope (this app provides: ")
    assert results["t4"].error == "the disk is gone"
    [outputs] = submitted(server)
    assert json.loads(outputs[3]["output"]) == {"error": "the disk is gone"}  # the bot still reads the reason


async def test_a_prepare_step_that_crashes_runs_nothing_and_asks_nobody() -> None:
    calls = Calls()

    def broken(args: dict[str, Any]) -> dict[str, Any]:
        raise KeyError("bug")

    plugin = Plugin("p", "", {"properties": {}}, calls.plugin("p").handler, prepare=broken)
    registry = registry_of(plugin)
    asked: list[Any] = []

    async def approve(plugin: Plugin, args: dict[str, Any]) -> str | None:
        asked.append(args)
        return None

    result = await registry.run("p", "{}", approve)
    assert not result.ok and result.error == "p was not run: its arguments could not be checked (KeyError)"
    assert calls == [] and asked == []


@pytest.mark.parametrize("arguments", [
    json.dumps({"music_name": ["https://a.example/x.mp3"]}),  # wrong type
    json.dumps({"music_name": "x", "url": "https://127.0.0.1/"}),  # extra key
    json.dumps({"music_name": "x" * 5000}),  # huge string
    json.dumps({"music_name": {"a": {"b": {"c": "https://127.0.0.1/"}}}}),  # nesting
])
async def test_play_music_arguments_that_break_the_schema_are_refused_unasked(tmp_path: Path,
                                                                             arguments: str) -> None:
    registry = default_registry(library=MusicLibrary(tmp_path), player=MissingPlayer())
    asked: list[Any] = []

    async def approve(plugin: Plugin, args: dict[str, Any]) -> str | None:
        asked.append(args)
        return None

    result = await registry.run("play_music", arguments, approve)
    assert not result.ok and result.error.startswith("invalid arguments for play_music")
    assert asked == []


async def test_a_duplicated_key_is_asked_about_as_it_will_run(tmp_path: Path) -> None:
    """JSON keeps the last of two equal keys; the prompt must name that one, not the first a reader sees."""
    registry = default_registry(library=MusicLibrary(tmp_path), player=MissingPlayer())
    asked: list[Any] = []

    async def approve(plugin: Plugin, args: dict[str, Any]) -> str | None:
        asked.append(ApprovalRequest.build("play_music", plugin, args))
        return "declined"

    arguments = '{"music_name": "https://a.example/x.mp3", "music_name": "https://127.0.0.1/x.mp3"}'
    result = await registry.run("play_music", arguments, approve)
    [request] = asked
    assert request.hosts == ("127.0.0.1",) and not result.ok
