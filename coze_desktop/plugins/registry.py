"""Local plugin declarations and the registry that runs a tool call safely, always producing an output string."""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .schema import MAX_STRING_LENGTH, validate

log = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any]], Awaitable[str]]

DEFAULT_TIMEOUT = 30.0


@dataclass(frozen=True, slots=True)
class Plugin:
    """One local tool as the bot sees it: the name, description and parameters entered in Coze.

    ``handler`` receives the validated arguments and returns the output string (by convention JSON).
    ``acts`` is False for tools that only read state; ``network`` tells, for given arguments, whether the
    call reaches the network (play_music with a URL); ``timeout`` bounds the handler's run. ``prepare`` turns
    the validated arguments into what is both approved and run (play_music parses a URL once, into a SafeUrl);
    a ValueError from it refuses the call with its message, without asking the user.

    ``source`` says where a plugin comes from: "" for a built-in, ``mcp:<server>`` for a tool of an MCP server,
    ``package:<distribution>`` for one an installed package adds; a plugin with a source is asked about by
    default (approval.py). ``read_only_hint`` is what an MCP tool's annotations claim (it does not modify its
    environment): shown to the user, it never allows anything by itself.
    """

    name: str
    description: str
    parameters: dict[str, Any]
    handler: Handler
    acts: bool = True
    network: Callable[[dict[str, Any]], bool] | None = None
    timeout: float = DEFAULT_TIMEOUT
    prepare: Callable[[dict[str, Any]], dict[str, Any]] | None = None
    source: str = ""
    read_only_hint: bool = False


# Asked after the arguments passed the schema, before the handler runs: None lets the call run, a string is
# the reason it must not (it becomes the error output). See approval.py for the app's approver.
Approve = Callable[[Plugin, dict[str, Any]], Awaitable[str | None]]


@dataclass(frozen=True, slots=True)
class ToolResult:
    """What running one tool call produced: ``output`` is what is submitted to Coze, in every case."""

    output: str
    ok: bool
    error: str = ""
    seconds: float = 0.0


def error_output(message: str) -> str:
    return json.dumps({"error": message}, ensure_ascii=False)


@dataclass
class PluginRegistry:
    """The local plugins the app offers, by name, plus aliases for names chosen in Coze.

    An alias lets a user whose Coze plugin is called e.g. ``op_volume`` point it at ``set_volume``; the app
    sets ``aliases`` from ``Settings.aliases``. A plugin's own name always means that plugin, whatever the aliases.
    """

    plugins: dict[str, Plugin] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)

    def register(self, *plugins: Plugin) -> None:
        """Add plugins; one with the name of a plugin already here replaces it."""
        for plugin in plugins:
            self.plugins[plugin.name] = plugin

    def unregister(self, *names: str) -> None:
        """Remove the plugins of these names (a name not here is fine)."""
        for name in names:
            self.plugins.pop(name, None)

    def by_source(self, prefix: str) -> list[Plugin]:
        """The plugins whose ``source`` starts with ``prefix`` ("mcp:" all MCP tools, "mcp:files" one server's;
        "" gives every plugin, built-ins included)."""
        return [plugin for plugin in self.plugins.values() if plugin.source.startswith(prefix)]

    def resolve(self, name: str) -> Plugin | None:
        return self.plugins.get(name) or self.plugins.get(self.aliases.get(name, ""))

    def __iter__(self) -> Iterable[Plugin]:
        return iter(self.plugins.values())

    async def run(self, name: str, arguments: str, approve: Approve | None = None) -> ToolResult:
        """Run one call. Never raises (except cancellation): every failure becomes an ``{"error": …}`` output.

        Covered failures: unknown tool, arguments that are not a JSON object, break the schema or hold an
        over-long string, a refusal by ``approve``, a handler that raises, one that exceeds its time limit
        (which starts after the approval: the user's thinking time is not the handler's), and one that
        returns something other than a string.
        """
        started = time.perf_counter()

        def fail(message: str) -> ToolResult:
            return ToolResult(error_output(message), False, message, time.perf_counter() - started)

        plugin = self.resolve(name)
        if plugin is None:
            known = ", ".join(sorted(self.plugins)) or "none"
            return fail(f"unknown tool: {name} (this app provides: {known}; other names can be mapped to them "
                        "in Settings → Local plugins)")
        try:
            args = json.loads(arguments) if arguments.strip() else {}
        except ValueError as exc:
            return fail(f"arguments for {name} are not valid JSON: {exc.msg} at position {exc.pos}")
        problems = validate(args, {"type": "object", **plugin.parameters}) or _overlong(args)
        if problems:
            return fail(f"invalid arguments for {name}: " + "; ".join(problems))
        if plugin.prepare is not None:
            try:
                args = plugin.prepare(args)
            except ValueError as exc:
                return fail(f"{name} was not run: {exc}")
            except Exception as exc:  # a bug in a plugin's own check: the call must not run unchecked
                log.exception("preparing the arguments of %s failed", name)
                return fail(f"{name} was not run: its arguments could not be checked ({type(exc).__name__})")
        if approve is not None:
            try:
                # A copy: whatever the approver does with what it was shown, the handler runs what was shown.
                refused = await approve(plugin, copy.deepcopy(args))
            except Exception as exc:  # no answer we can trust: the call does not run
                log.exception("approval of %s failed", name)
                return fail(f"{name} was not run: asking for approval failed ({type(exc).__name__}: {exc})")
            if refused is not None:
                return fail(refused)
            started = time.perf_counter()
        try:
            output = await asyncio.wait_for(plugin.handler(args), plugin.timeout)
        except TimeoutError:
            return fail(f"{name} did not finish within {plugin.timeout:g} s")
        except Exception as exc:  # a plugin bug must become an output, not a stuck chat
            log.exception("plugin %s failed", name)
            return fail(f"{name} failed: {type(exc).__name__}: {exc}")
        if not isinstance(output, str):
            return fail(f"{name} returned {type(output).__name__} instead of a string")
        reason = output_error(output)
        return ToolResult(output, reason is None, reason or "", time.perf_counter() - started)


def output_error(output: str) -> str | None:
    """The reason a handler gave for failing, by the convention ``{"error": "…"}``; None for a success."""
    try:
        body = json.loads(output)
    except ValueError:
        return None
    if isinstance(body, dict) and body.get("error"):
        error = body["error"]
        return error if isinstance(error, str) else json.dumps(error, ensure_ascii=False)
    return None


def _overlong(value: Any, path: str = "the arguments") -> list[str]:
    """Strings (and keys) over MAX_STRING_LENGTH anywhere in the arguments, even where the schema declares
    nothing: a plugin that leaves extra properties open still never receives a megabyte of text."""
    if isinstance(value, str):
        return [f"{path} is too long ({len(value)} characters, at most {MAX_STRING_LENGTH})"] \
            if len(value) > MAX_STRING_LENGTH else []
    problems: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if len(key) > MAX_STRING_LENGTH:
                problems.append(f"a parameter name is too long ({len(key)} characters, at most {MAX_STRING_LENGTH})")
            else:
                problems += _overlong(item, key if path == "the arguments" else f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            problems += _overlong(item, f"{path}[{i}]")
    return problems


# ------------------------------------------------------------------------------------------- set-up guide


@dataclass(frozen=True, slots=True)
class Parameter:
    """One input parameter as it is entered when creating the tool in Coze."""

    name: str
    type: str  # the JSON type: string, integer, number, boolean, array or object
    required: bool
    description: str


def parameters_of(plugin: Plugin) -> list[Parameter]:
    required = set(plugin.parameters.get("required", []))
    return [
        Parameter(name, "/".join(t) if isinstance(t := spec.get("type", "string"), list) else str(t),
                  name in required, str(spec.get("description", "")))
        for name, spec in plugin.parameters.get("properties", {}).items()
    ]


def kind_of(plugin: Plugin) -> str:
    """``reads``, ``acts``, ``network`` (may reach the network, depending on the arguments) or ``external`` (a
    tool from an MCP server or an installed package: ``plugin.source``)."""
    if plugin.network is not None:
        return "network"
    if plugin.source:
        return "external"
    return "acts" if plugin.acts else "reads"


def setup_text(plugin: Plugin) -> str:
    """What to type into Coze's form for this tool of a 端插件, field by field, labelled as Coze labels them."""
    lines = [f"工具名称 Tool name: {plugin.name}", f"工具描述 Description: {plugin.description}"]
    params = parameters_of(plugin)
    if not params:
        lines.append("输入参数 Parameters: (none)")
    else:
        lines.append("输入参数 Parameters:")
        for p in params:
            lines += [f"- 参数名称 Name: {p.name}", f"  参数类型 Type: {p.type}",
                      f"  是否必填 Required: {'yes' if p.required else 'no'}",
                      f"  参数描述 Description: {p.description}"]
    return "\n".join(lines)


_KIND_DOC = {
    "reads": "reads only — runs without asking",
    "acts": "acts on this computer — runs without asking",
    "network": "may reach the network — asks you first when it does",
    "external": "runs a tool that is not part of Coze Desktop — asks you first unless you chose Always allow",
}


def tools_markdown(plugins: Iterable[Plugin]) -> str:
    """The tool reference of docs/local-plugins.md, generated from the declarations so the two cannot drift."""
    parts: list[str] = []
    for plugin in plugins:
        parts += [f"### `{plugin.name}`", "", _md(plugin.description), "",
                  f"Kind: {_KIND_DOC[kind_of(plugin)]}.", ""]
        params = parameters_of(plugin)
        if params:
            parts += ["| Parameter | Type | Required | Description |", "|---|---|---|---|"]
            parts += [f"| `{p.name}` | {p.type} | {'yes' if p.required else 'no'} | {_md(p.description)} |"
                      for p in params]
        else:
            parts.append("No parameters.")
        parts.append("")
    return "\n".join(parts)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
