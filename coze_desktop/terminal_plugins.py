"""The local plugins of a terminal run (built-ins, installed packages, MCP servers) and ``plugins list|call``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import re
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .demo.tracks import music_fallbacks
from .plugins import MusicLibrary, Player, PluginRegistry, VolumeModel, create_player, default_registry
from .plugins.approval import ApprovalPolicy, ApprovalRequest, Decision, PolicyApprover, Reason, refusal
from .plugins.describe import approval_state, host_rules, source_label
from .plugins.registry import Plugin, kind_of
from .plugins.volume import volume_model_for
from .settings import Profile, Settings, load_settings
from .terminal_input import StdinLines
from .terminal_text import printable

if TYPE_CHECKING:
    from .api import CozeClient
    from .plugins.mcp_bridge import McpBridge
    from .plugins.mcp_config import McpServerConfig

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# How long quitting waits for the MCP servers to stop (the bridge bounds each server itself; this bounds all).
CLOSE_TIMEOUT = 10.0

Upload = Callable[[bytes, str, str], Awaitable[str]]


class PluginsProblem(Exception):
    """A usage or configuration problem found before anything ran (exit status 2); the message says what to do."""


_STATE_WORDS = {
    "denied": "denied (a remembered Deny rule)",
    "allowed": "always allowed (a remembered rule)",
    "asks": "asks before every call",
    "asks-for-network": "asks before a call that reaches the network",
    "runs": "runs without asking",
}


# ------------------------------------------------------------------------------------ the registry of a run


@dataclass
class TerminalPlugins:
    """Every local plugin a terminal run offers, and what must be closed when it ends."""

    registry: PluginRegistry
    player: Player
    bridge: McpBridge | None
    problems: list[str]  # one line each: a server that failed, an installed plugin that did not load


def mcp_servers(settings: Settings, mcp_config: str | None) -> list[McpServerConfig]:
    """The saved MCP servers plus, for this run only, those of ``--mcp-config FILE`` (a server of the file replaces
    a saved one of the same name). Raises PluginsProblem for a file that cannot be used; nothing is saved."""
    if not settings.mcp_servers and not mcp_config:
        return []  # nothing to run: the MCP SDK is not even imported
    from .plugins.mcp_config import McpConfigError, load_mcp_config, saved_servers
    from .secrets import token_store

    servers = {server.name: server for server in saved_servers(settings, token_store())}
    if mcp_config:
        try:
            servers.update((server.name, server) for server in load_mcp_config(Path(mcp_config)))
        except McpConfigError as exc:
            raise PluginsProblem(f"--mcp-config {mcp_config}: {exc}") from None
    return list(servers.values())


@contextlib.asynccontextmanager
async def terminal_plugins(settings: Settings, profile: Profile, language: Callable[[], str],
                           servers: list[McpServerConfig], *, upload: Upload | None = None,
                           ) -> AsyncIterator[TerminalPlugins]:
    """The window's plugins for a terminal run: the built-ins, the installed packages' and the MCP servers' tools
    (the servers started, each bounded in time; one that fails is a problem, not an error). At the end the servers
    are stopped (bounded) and the audio device released."""
    volume = VolumeModel()
    # The music stops when the command ends (`chat` keeps it going meanwhile).
    player = create_player(volume, asyncio.get_running_loop())
    # The volume tools act on the music or on this computer's output, as Settings → Local plugins chooses.
    chosen = volume_model_for(settings, volume)
    # Like the window: without a chosen folder, the system's Music folder, else the demo songs.
    library = MusicLibrary(profile.music_folder, fallbacks=music_fallbacks())
    registry = default_registry(chosen, library=library, player=player, allow_http=lambda: settings.allow_http,
                                language=language)
    registry.aliases = dict(settings.aliases)
    problems = add_installed_plugins(registry)
    bridge: McpBridge | None = None
    try:
        if servers:
            from .plugins.mcp_bridge import McpBridge

            bridge = McpBridge(servers, upload=upload)
            await bridge.start()
            bridge.register_into(registry)
            problems += [f"MCP server {printable(s.name)} {s.state}: {printable(s.error)}"
                         for s in bridge.status() if s.error]
        yield TerminalPlugins(registry, player, bridge, problems)
    finally:
        try:
            if bridge is not None:
                await close_bridge(bridge)
        finally:
            try:
                # A clean disconnect, bounded: the loop still runs here (close() is for a quit where it may not).
                await asyncio.wait_for(chosen.aclose(), CLOSE_TIMEOUT)
            except TimeoutError:
                chosen.close()
            finally:
                player.close()  # releases the audio device


def coze_upload(client: CozeClient) -> Upload:
    """How the bridge puts an MCP tool's image into Coze: uploaded, referenced by its file id."""

    async def upload(data: bytes, file_name: str, mime: str) -> str:
        return (await client.upload_file(data, file_name, mime)).id

    return upload


def add_installed_plugins(registry: PluginRegistry) -> list[str]:
    """Register the plugins installed Python packages declare; the problems, one line each. A package's plugin never
    replaces a tool the registry already has (a built-in keeps its name)."""
    from .plugins.entry_points import installed_plugins

    found = installed_plugins()
    problems = list(found.problems)
    for plugin in found.plugins:
        if plugin.name in registry.plugins:
            problems.append(f"{plugin.source}: its tool {plugin.name} was left out: that name is already taken")
            continue
        registry.register(plugin)
    return problems


async def close_bridge(bridge: McpBridge) -> None:
    """Stop every MCP server, waiting at most CLOSE_TIMEOUT seconds: quitting never hangs on a server."""
    try:
        await asyncio.wait_for(bridge.aclose(), CLOSE_TIMEOUT)
    except TimeoutError:
        log.warning("the MCP servers did not stop within %g s", CLOSE_TIMEOUT)
    except Exception:  # a server failing to stop must not turn the command's own result into an error
        log.exception("stopping the MCP servers failed")


# ------------------------------------------------------------------------------------------ plugins list|call


async def run_plugins_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``plugins list`` or ``plugins call``. Exit status: 0 done; 1 the call's output is an error (list: a server or
    an installed plugin failed, the list shows the rest); 2 a usage or configuration problem, nothing ran."""
    from .terminal import terminal_language

    settings = load_settings()
    try:
        servers = mcp_servers(settings, args.mcp_config)
        if args.plugins_command == "call":
            arguments = call_arguments(args.arguments)
    except PluginsProblem as exc:
        print(f"error: {printable(str(exc))}", file=err)
        return EXIT_USAGE
    async with terminal_plugins(settings, settings.profile, lambda: terminal_language(settings.language),
                                servers) as plugins:
        for problem in plugins.problems:
            print(f"warning: {problem}", file=err, flush=True)
        if args.plugins_command == "list":
            _list(plugins.registry, settings, bool(args.json), plugins.bridge, out)
            return EXIT_FAILED if plugins.problems else EXIT_OK
        return await _call(plugins.registry, settings, args.name, arguments, bool(args.yes), out, err)


def call_arguments(text: str) -> str:
    """The arguments of ``plugins call`` when they are a JSON object; PluginsProblem otherwise."""
    try:
        value = json.loads(text) if text.strip() else {}
    except ValueError as exc:
        raise PluginsProblem(f"the arguments are not valid JSON: {exc.msg} at position {exc.pos} "
                             """(give one JSON object, e.g. '{"volume": 30}')""") from None
    if not isinstance(value, dict):
        raise PluginsProblem(f"the arguments must be a JSON object, not {type(value).__name__} "
                             """(e.g. '{"volume": 30}')""")
    return text


def describe(plugin: Plugin, settings: Settings) -> dict[str, Any]:
    return {"name": plugin.name, "description": plugin.description,
            "parameters": {"type": "object", **plugin.parameters},
            "source": source_label(plugin.source), "kind": kind_of(plugin), "read_only_hint": plugin.read_only_hint,
            "approval": approval_state(plugin, settings.approvals),
            "host_rules": host_rules(plugin, settings.approvals)}


def _list(registry: PluginRegistry, settings: Settings, as_json: bool, bridge: McpBridge | None,
          out: TextIO) -> None:
    plugins = [describe(plugin, settings) for plugin in registry]
    if as_json:
        servers = [{"name": s.name, "transport": s.transport, "state": str(s.state), "error": s.error,
                    "tools": [tool.name for tool in s.tools]} for s in (bridge.status() if bridge else [])]
        print(inert_json({"plugins": plugins, "servers": servers}), file=out)
        return
    for item in plugins:
        hint = ", the server says it only reads" if item["read_only_hint"] else ""
        print(f"{printable(item['name'])}  [{printable(item['source'])}, {item['kind']}{hint}; "
              f"{_STATE_WORDS[item['approval']]}]", file=out)
        print(f"    {printable(item['description'])}", file=out)
        for host, rule in item["host_rules"].items():
            print(f"    network calls to {printable(host)}: {rule}", file=out)
        print(f"    schema: {printable(json.dumps(item['parameters'], ensure_ascii=False))}", file=out)
    for status in bridge.status() if bridge else []:
        tools = f", {len(status.tools)} tool(s)" if status.tools else ""
        error = f": {printable(status.error)}" if status.error else ""
        print(f"MCP server {printable(status.name)} ({status.transport}): {status.state}{tools}{error}", file=out)


# What a terminal would obey that JSON leaves raw (it escapes only C0): DEL, C1, bidi controls, lone surrogates.
_RAW_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def inert_json(value: Any) -> str:
    """JSON that is safe to write to a terminal and still exact: what printable() would replace is escaped as
    \\uXXXX instead (descriptions and schemas come from servers and packages)."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _RAW_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


async def _call(registry: PluginRegistry, settings: Settings, name: str, arguments: str, yes: bool,
                out: TextIO, err: TextIO) -> int:
    if registry.resolve(name) is None:
        known = ", ".join(sorted(registry.plugins))
        print(f"error: there is no plugin named {printable(repr(name))}; `coze-desktop plugins list` shows them "
              f"all: {printable(known)}", file=err)
        return EXIT_USAGE
    # Nothing is remembered from here: an answer given on the terminal counts for this one call.
    approver = PolicyApprover(ApprovalPolicy(settings), terminal_ask(yes, err))

    async def approve(plugin: Plugin, args: dict[str, Any]) -> str | None:
        request = ApprovalRequest.build(name, plugin, args)
        decision = await approver(request)
        return refusal(decision, name, request.timeout)

    result = await registry.run(name, arguments, approve)
    print(printable(result.output), file=out, flush=True)
    if not result.ok:
        print(f"✗ {printable(name)} failed: {printable(result.error)}", file=err)
        return EXIT_FAILED
    return EXIT_OK


def why_asked(request: ApprovalRequest) -> str:
    """Why a call needs approval, in a line: where the tool comes from and what it would do."""
    plugin = request.plugin
    if request.reason is Reason.NETWORK:
        return f"it reaches the network: {', '.join(request.hosts)}" if request.hosts else "it reaches the network"
    if request.reason is Reason.EXTERNAL:
        hint = "; the server says this tool only reads" if plugin.read_only_hint else ""
        return f"it runs a tool from {plugin.source}{hint}"
    return "it acts on this computer" if request.reason is Reason.ACTS else "it only reads"


def terminal_ask(yes: bool, err: TextIO, stdin: TextIO | None = None,
                 lines: StdinLines | None = None) -> Callable[[ApprovalRequest], Awaitable[Decision]]:
    """The terminal's approval prompt (``plugins call``, and ``ask``/``chat`` at a terminal): what the policy does
    not allow by itself is allowed once with --yes, asked on the terminal (y/N, within the approval time) when stdin
    is one, and declined otherwise. ``lines``: the reader a chat already reads its questions from."""
    stdin = stdin or sys.stdin

    async def ask(request: ApprovalRequest) -> Decision:
        tool, args = printable(request.tool), printable(json.dumps(request.args, ensure_ascii=False, default=str))
        print(f"? {tool} {args} needs your approval: {printable(why_asked(request))}.", file=err, flush=True)
        if yes:
            print("  allowed once (--yes).", file=err, flush=True)
            return Decision.ALLOW_ONCE
        if not stdin.isatty():
            print("  declined: nobody can answer here; pass --yes to allow it once.", file=err, flush=True)
            return Decision.DENY
        try:
            async with asyncio.timeout(request.timeout):
                answer = await (lines or StdinLines(stdin)).read(
                    f"  Run it once? [y/N] (declined in {request.timeout:g} s) ", err)
        except TimeoutError:
            print(file=err)
            return Decision.TIMED_OUT
        return Decision.ALLOW_ONCE if answer.lower() in ("y", "yes") else Decision.DENY

    return ask
