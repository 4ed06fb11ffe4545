"""Local plugin declarations and the registry that runs a tool call safely, always producing an output string."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .schema import validate

log = logging.getLogger(__name__)

Handler = Callable[[dict[str, Any]], Awaitable[str]]

DEFAULT_TIMEOUT = 30.0


@dataclass(frozen=True, slots=True)
class Plugin:
    """One local tool as the bot sees it: the name, description and parameters entered in Coze.

    ``handler`` receives the validated arguments and returns the output string (by convention JSON).
    ``acts`` is False for tools that only read state; ``network`` tells, for given arguments, whether the
    call reaches the network (play_music with a URL); ``timeout`` bounds the handler's run.
    """

    name: str
    description: str
    parameters: dict[str, Any]
    handler: Handler
    acts: bool = True
    network: Callable[[dict[str, Any]], bool] | None = None
    timeout: float = DEFAULT_TIMEOUT


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

    An alias lets a user whose Coze plugin is called e.g. ``op_volume`` point it at ``set_volume``.
    """

    plugins: dict[str, Plugin] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)

    def register(self, *plugins: Plugin) -> None:
        for plugin in plugins:
            self.plugins[plugin.name] = plugin

    def resolve(self, name: str) -> Plugin | None:
        return self.plugins.get(self.aliases.get(name, name))

    def __iter__(self) -> Iterable[Plugin]:
        return iter(self.plugins.values())

    async def run(self, name: str, arguments: str) -> ToolResult:
        """Run one call. Never raises (except cancellation): every failure becomes an ``{"error": …}`` output.

        Covered failures: unknown tool, arguments that are not a JSON object or break the schema, a handler
        that raises, one that exceeds its time limit, and one that returns something other than a string.
        """
        started = time.perf_counter()

        def fail(message: str) -> ToolResult:
            return ToolResult(error_output(message), False, message, time.perf_counter() - started)

        plugin = self.resolve(name)
        if plugin is None:
            known = ", ".join(sorted(self.plugins)) or "none"
            return fail(f"unknown tool: {name} (this app provides: {known})")
        try:
            args = json.loads(arguments) if arguments.strip() else {}
        except ValueError as exc:
            return fail(f"arguments for {name} are not valid JSON: {exc.msg} at position {exc.pos}")
        problems = validate(args, {"type": "object", **plugin.parameters})
        if problems:
            return fail(f"invalid arguments for {name}: " + "; ".join(problems))
        try:
            output = await asyncio.wait_for(plugin.handler(args), plugin.timeout)
        except TimeoutError:
            return fail(f"{name} did not finish within {plugin.timeout:g} s")
        except Exception as exc:  # a plugin bug must become an output, not a stuck chat
            log.exception("plugin %s failed", name)
            return fail(f"{name} failed: {type(exc).__name__}: {exc}")
        if not isinstance(output, str):
            return fail(f"{name} returned {type(output).__name__} instead of a string")
        return ToolResult(output, True, "", time.perf_counter() - started)
