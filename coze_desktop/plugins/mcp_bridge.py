"""MCP servers' tools as local plugins, through the official SDK, on the app's one asyncio loop.

Each server has one long-lived task that owns its transport and ClientSession: the SDK's anyio task groups and
cancel scopes must be entered and left by the same task, so connecting, serving and closing all happen in that
task. Calls from other tasks only send requests over the session it holds (the SDK correlates them), and a call
that is cancelled (the plugin's time limit) withdraws its own request without disturbing the others.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import hashlib
import json
import logging
import os
import struct
import sys
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from ..redaction import remember_secret
from .mcp_config import SEPARATOR, McpServerConfig, safe_name, tool_plugin_name
from .registry import DEFAULT_TIMEOUT, Plugin, PluginRegistry, error_output

if TYPE_CHECKING:
    from mcp import ClientSession
    from mcp.types import CallToolResult, Tool

log = logging.getLogger(__name__)

Upload = Callable[[bytes, str, str], Awaitable[str]]

# Connecting: spawning the program (or reaching the URL), the MCP handshake and listing the tools.
START_TIMEOUT = 20.0
# After a crash: waits of 1, 2, 4, 8, 16 s (capped at 30 s); a sixth crash in a row leaves the server FAILED.
# A server that stayed up STABLE_AFTER seconds starts counting again: one crash a day is no crash loop.
MAX_RESTARTS = 5
BACKOFF_CAP = 30.0
STABLE_AFTER = 60.0
# Quitting: the SDK closes the server's stdin, waits 2 s, sends SIGTERM to its process group, SIGKILL 2 s later
# (the MCP spec's shutdown order). This bounds all of it, and a server that still does not go is abandoned.
STOP_TIMEOUT = 8.0
# What one tool output may be when it reaches Coze, in UTF-8 bytes. Coze documents no limit for a local plugin's
# output (the demo server takes 16 MB bodies); the model reads it as prompt tokens, and 64 KB (some 16k tokens of
# English, more of Chinese) is more than a bot's context uses well. Longer text is cut, with a note saying so.
MAX_OUTPUT_BYTES = 64 * 1024
# What one result may be on the wire (the SDK's streamable HTTP default is 1 MB, which a 1 MB text exceeds
# once JSON-encoded). Over stdio the SDK reads a whole line, whatever its size.
MAX_RESULT_BYTES = 16 * 1024 * 1024
# Schemas nested deeper than this are refused: our checker recurses, and no tool's parameters need more.
MAX_SCHEMA_DEPTH = 32
MAX_TOOLS = 500  # per server; a listing beyond it is cut (with a warning)
_STDERR_LINE = 2000  # characters of one stderr line in the log
STDERR_BURST, STDERR_WINDOW = 200, 10.0  # stderr lines logged per server per window (seconds)

# The JSON Schema keywords plugins/schema.py checks. A tool's schema may use others (pattern, oneOf, $ref…;
# pydantic writes Optional[str] as anyOf, so most real servers do): refusing such tools would drop them. Instead
# the whole schema is also checked, before the user is asked, with the jsonschema library the MCP SDK itself
# depends on (Plugin.prepare). A schema even that cannot compile leaves those parts to the server (MCP servers
# check their own input; MCPServer does it with pydantic), and the log says so; the user still sees and approves
# every call's arguments. ("format" is only a note in JSON Schema 2020-12: not checked by anyone here.)
_CHECKED = frozenset({"type", "properties", "required", "additionalProperties", "items", "enum", "minimum",
                      "maximum", "minLength", "maxLength", "maxItems"})
_NOTES = frozenset({"title", "description", "default", "examples", "$schema", "$comment", "deprecated",
                    "readOnly", "writeOnly"})


class ServerState(StrEnum):
    STOPPED = "stopped"
    STARTING = "starting"
    RUNNING = "running"
    FAILED = "failed"
    RESTARTING = "restarting"


@dataclass(frozen=True)
class ServerStatus:
    """One server as Settings shows it."""

    name: str
    transport: str
    state: ServerState
    tools: tuple[Plugin, ...]
    error: str = ""
    restarts: int = 0


class _Unavailable(Exception):
    """The server cannot take a call now; the message says why."""


class _StartProblem(Exception):
    """Why a server could not be started, in words for the user (shown as is)."""


class _Server:
    """A configured server and the state of its connection; only its owner task changes the connection."""

    def __init__(self, config: McpServerConfig) -> None:
        self.config = config
        self.state = ServerState.STOPPED
        self.error = ""
        self.restarts = 0
        self.tools: tuple[Plugin, ...] = ()
        self.session: ClientSession | None = None
        self.task: asyncio.Task[None] | None = None
        self.wake = asyncio.Event()  # the owner task looks at stopping / lost / relist
        self.stopping = False
        self.lost = ""  # why a call thinks the connection is gone (HTTP: nothing else tells)
        self.relist = False
        self.connecting: Any = None  # the anyio CancelScope of a connection being opened
        self._changed = asyncio.Event()
        self.logger = logging.getLogger(f"coze_desktop.mcp.{config.prefix}")

    @property
    def source(self) -> str:
        return f"mcp:{self.config.name}"

    def set_state(self, state: ServerState, error: str = "") -> None:
        self.state, self.error = state, error
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    async def changed(self) -> None:
        await self._changed.wait()

    def poke(self, **flags: Any) -> None:
        for key, value in flags.items():
            setattr(self, key, value)
        self.wake.set()


class McpBridge:
    """The tools of the configured MCP servers, as plugins named ``<server>__<tool>`` with source ``mcp:<server>``.

    ``start()`` connects the enabled servers; a tool's call starts its server when it is not running; a server
    that crashes is restarted with backoff; ``aclose()`` stops them all. Observers (``subscribe``) and registries
    (``register_into``) follow every change of state and of the tool list.
    """

    def __init__(self, servers: Iterable[McpServerConfig], *, call_timeout: float = DEFAULT_TIMEOUT,
                 upload: Upload | None = None, start_timeout: float = START_TIMEOUT) -> None:
        self.call_timeout = call_timeout
        self.start_timeout = start_timeout
        self.upload = upload
        self._servers: dict[str, _Server] = {}
        self._registries: list[PluginRegistry] = []
        self._observers: list[Callable[[list[ServerStatus]], None]] = []
        self._started = False
        self._closed = False
        for config in servers:
            _remember_values(config)
            self._servers[config.name] = _Server(config)

    # ---------------------------------------------------------------------------------------- the public face

    async def start(self) -> None:
        """Connect every enabled server not running yet, in parallel, each bounded by ``start_timeout``.

        Idempotent; never raises: a server that cannot start is FAILED, with the reason in its status.
        """
        self._started = True
        waiting = []
        for server in self._servers.values():
            if server.config.enabled and not self._closed:
                if server.state in (ServerState.STOPPED, ServerState.FAILED):
                    await self._launch(server)
                waiting.append(self._settled(server))
        try:
            # Each attempt is bounded by start_timeout already; this only guards against a bug of ours.
            await asyncio.wait_for(asyncio.gather(*waiting), self.start_timeout + STOP_TIMEOUT)
        except TimeoutError:
            log.warning("MCP servers did not settle in time: %s", [(s.name, s.state.value) for s in self.status()])

    def _clashes(self) -> dict[str, str]:
        """Servers whose tools would get the names of an earlier server's ("a-b" and "a_b"), with why."""
        first: dict[str, str] = {}
        clashes: dict[str, str] = {}
        for name, server in self._servers.items():
            key = server.config.prefix.lower()
            if key in first:
                clashes[name] = (f"its tools would be named like those of MCP server {first[key]!r} "
                                 f"({server.config.prefix}__…): rename one of them")
            else:
                first[key] = name
        return clashes

    def plugins(self) -> list[Plugin]:
        return [plugin for server in self._servers.values() for plugin in server.tools]

    def register_into(self, registry: PluginRegistry) -> None:
        """Put the tools into ``registry`` now, and keep them in step there as servers come, change and go."""
        if registry not in self._registries:
            self._registries.append(registry)
        for server in self._servers.values():
            self._sync(server, [registry])

    def status(self) -> list[ServerStatus]:
        return [ServerStatus(s.config.name, s.config.transport, s.state, s.tools, s.error, s.restarts)
                for s in self._servers.values()]

    def subscribe(self, observer: Callable[[list[ServerStatus]], None]) -> Callable[[], None]:
        """Call ``observer(status())`` on the loop after every change; returns the function that unsubscribes."""
        self._observers.append(observer)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._observers.remove(observer)

        return unsubscribe

    async def set_servers(self, servers: Iterable[McpServerConfig]) -> None:
        """Apply a new configuration: removed, disabled and changed servers stop (changed ones start again when
        the bridge was started), new ones start; an unchanged running server is left alone."""
        wanted = {config.name: config for config in servers}
        for config in wanted.values():
            _remember_values(config)
        stops = []
        for name, server in list(self._servers.items()):
            config = wanted.get(name)
            if config is None or not config.enabled or not config.same_connection(server.config):
                stops.append(self._stop(server, forget_tools=True))
        await asyncio.gather(*stops)
        old = self._servers
        self._servers = {}
        for name, config in wanted.items():
            server = old.pop(name, None) or _Server(config)
            server.config = config
            self._servers[name] = server
        for server in old.values():  # removed: their tools leave the registries
            self._sync(server, self._registries, remove=True)
        self._notify()
        if self._started and not self._closed:
            await self.start()

    async def restart(self, name: str) -> None:
        """Stop the server and start it again, its crash count forgotten (the user's Restart button)."""
        server = self._servers.get(name)
        if server is None:
            raise KeyError(name)
        await self._stop(server)
        server.restarts = 0
        if server.config.enabled and not self._closed:
            await self._launch(server)
            await self._settled(server)

    async def aclose(self) -> None:
        """Stop every server (quitting); bounded by STOP_TIMEOUT per server, all in parallel."""
        self._closed = True
        await asyncio.gather(*(self._stop(server, forget_tools=True) for server in self._servers.values()))
        for server in self._servers.values():
            self._sync(server, self._registries, remove=True)

    # ------------------------------------------------------------------------------------------------ calls

    async def call(self, server_name: str, tool: str, arguments: dict[str, Any]) -> str:
        """Run one tool of one server and turn its result into an output string (see ``_output``)."""
        server = self._servers.get(server_name)
        label = f"{server_name}{SEPARATOR}{tool}"
        if server is None:
            return error_output(f"{label}: the MCP server {server_name!r} is no longer configured")
        if not server.config.enabled:
            return error_output(f"{label}: the MCP server {server_name!r} is turned off in Settings → Local plugins")
        if self._closed:
            return error_output(f"{label}: the app is quitting")
        try:
            # Waiting for a (re)start may take most of the time limit, not all of it: the answer then says why.
            session = await asyncio.wait_for(self._running(server), self.call_timeout * 0.9)
        except TimeoutError:
            why = f" (last error: {server.error})" if server.error else ""
            return error_output(f"{label} was not run: the MCP server {server_name!r} is {server.state.value} and "
                                f"was not ready in time{why}")
        except _Unavailable as exc:
            return error_output(f"{label} was not run: {exc}")
        from mcp import MCPError
        from mcp.types import CONNECTION_CLOSED

        try:
            # The registry's limit (call_timeout) cancels the call first; this one only bounds direct callers.
            result = await session.call_tool(tool, arguments, read_timeout_seconds=self.call_timeout + 1)
        except MCPError as exc:
            if exc.code == CONNECTION_CLOSED:
                if not server.stopping and server.session is session:  # not a reconnected one
                    server.poke(lost="the connection closed during a call")
                return error_output(f"{label} failed: the MCP server {server_name!r} stopped during the call"
                                    f"{'' if server.stopping else '; it is being restarted'}")
            return error_output(_fit_text(f"{label} failed: {exc.message}", MAX_OUTPUT_BYTES - 64))
        except Exception as exc:  # HTTP: the server went away, or answered nonsense
            if server.config.transport == "http" and not server.stopping and server.session is session:
                server.poke(lost=_describe(exc))
            server.logger.warning("call of %s failed: %s", tool, _describe(exc))
            return error_output(f"{label} failed: {_describe(exc)}")
        return await self._output(server, tool, result)

    async def _running(self, server: _Server) -> ClientSession:
        """The session of a running server, starting it first when it is stopped (or FAILED: a new call is a
        new attempt); waits out a restart. The caller's time limit bounds the wait."""
        if server.stopping:
            raise _Unavailable(f"the MCP server {server.config.name!r} is being stopped")
        if server.state in (ServerState.STOPPED, ServerState.FAILED):
            await self._launch(server)
        while True:
            if server.state is ServerState.RUNNING and server.session is not None and not server.lost:
                return server.session  # (a lost session is not: the owner is about to reconnect)
            if server.state in (ServerState.STOPPED, ServerState.FAILED):
                raise _Unavailable(f"the MCP server {server.config.name!r} could not be started: "
                                   f"{server.error or 'it stopped'}")
            await server.changed()

    # ------------------------------------------------------------------------------------- the owner tasks

    async def _launch(self, server: _Server) -> None:
        """Start the server's owner task. Its state is STARTING from here on, so a second caller waits for this
        attempt instead of starting another."""
        if server.task is not None and not server.task.done():
            await asyncio.wait([server.task])  # it has just decided FAILED or STOPPED: let it end
        if server.state not in (ServerState.STOPPED, ServerState.FAILED) or server.stopping:
            return  # another caller launched it meanwhile, or it is being stopped
        if clash := self._clashes().get(server.config.name):
            self._state(server, ServerState.FAILED, clash)
            return
        server.lost = ""
        server.relist = False
        server.wake.clear()
        self._state(server, ServerState.STARTING)
        server.task = asyncio.get_running_loop().create_task(self._own(server), name=f"mcp:{server.config.name}")

    async def _settled(self, server: _Server) -> None:
        """Until the server's current attempt is decided: RUNNING, FAILED or STOPPED."""
        while server.state not in (ServerState.RUNNING, ServerState.FAILED, ServerState.STOPPED):
            await server.changed()

    async def _stop(self, server: _Server, forget_tools: bool = False) -> None:
        task = server.task
        if task is not None and not task.done():
            server.poke(stopping=True)
            if server.connecting is not None:
                server.connecting.cancel()
            await asyncio.wait({task}, timeout=STOP_TIMEOUT)
            if not task.done():
                server.logger.warning("the server did not stop within %g s; abandoning it", STOP_TIMEOUT)
                task.cancel()  # once: a second cancel would cut short the SDK's own shutdown of the process
                await asyncio.wait({task}, timeout=STOP_TIMEOUT)
        server.task = None
        server.stopping = False
        if server.state is not ServerState.FAILED:
            self._state(server, ServerState.STOPPED)
        if forget_tools:
            server.tools = ()
            self._sync(server, self._registries)
            self._notify()

    async def _own(self, server: _Server) -> None:
        """The owner task: the server's life, ending in a settled state whatever happens (callers wait for one)."""
        try:
            await self._life(server)
        except Exception as exc:  # a bug of ours: the server is unusable, the app goes on
            log.exception("the MCP server %r's task failed", server.config.name)
            self._state(server, ServerState.FAILED, f"internal error: {_describe(exc)}")
        finally:
            server.session = None
            if server.state not in (ServerState.FAILED, ServerState.STOPPED):
                self._state(server, ServerState.STOPPED)  # cancelled (quit): nobody may wait on it forever

    async def _life(self, server: _Server) -> None:
        """Connect, serve, and after a crash wait and connect again, until stopped or FAILED."""
        loop = asyncio.get_running_loop()
        failures = 0
        first = True
        while not server.stopping:  # the state is STARTING (set by _launch) or RESTARTING (set below)
            began = loop.time()
            connected: list[bool] = []
            try:
                reason = await self._serve(server, connected)
            except Exception as exc:
                reason = _describe(exc)
                server.logger.warning("the MCP server failed: %s", reason)
                server.logger.debug("the failure in full", exc_info=True)
            server.session = None
            if server.stopping:
                break
            if first and not connected:
                self._state(server, ServerState.FAILED, reason)
                return
            first = False
            if connected and loop.time() - began >= STABLE_AFTER:
                failures = 0
            failures += 1
            if failures > MAX_RESTARTS:
                self._state(server, ServerState.FAILED,
                            f"{reason} (stopped trying after {MAX_RESTARTS} restarts in a row)")
                return
            delay = min(BACKOFF_CAP, 2.0 ** (failures - 1))
            server.restarts += 1
            server.logger.warning("the MCP server stopped (%s); restarting in %g s (attempt %d of %d)",
                                  reason, delay, failures, MAX_RESTARTS)
            self._state(server, ServerState.RESTARTING, reason)
            server.wake.clear()
            if not server.stopping:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(server.wake.wait(), delay)
        self._state(server, ServerState.STOPPED)

    async def _serve(self, server: _Server, connected: list[bool]) -> str:
        """One connection: open it, list the tools, then wait until it ends. Returns why it ended."""
        import anyio
        from mcp import ClientSession
        from mcp.types import ToolListChangedNotification

        config = server.config
        closed = asyncio.Event()
        pump: _StderrPump | None = None
        server.lost = ""  # about the connection before this one

        async def on_message(message: Any) -> None:
            if isinstance(message, ToolListChangedNotification):
                server.poke(relist=True)
            elif isinstance(message, Exception):
                server.logger.info("transport: %s", _describe(message))

        async def on_log(params: Any) -> None:
            server.logger.info("log (%s): %s", params.level, _clip(str(params.data), _STDERR_LINE))

        async with contextlib.AsyncExitStack() as stack:
            if config.transport == "stdio":
                from mcp import StdioServerParameters
                from mcp.client.stdio import stdio_client

                pump = _StderrPump(server.logger)
                stack.callback(pump.close)  # after the process is gone: its last lines are read first
                await pump.open()
                params = StdioServerParameters(command=config.command, args=list(config.args),
                                               env=dict(config.env) or None, cwd=config.cwd or None)
                try:
                    read, write = await stack.enter_async_context(stdio_client(params, errlog=pump.file))
                except FileNotFoundError as exc:  # the spawn names a missing working folder like a missing program
                    if config.cwd and exc.filename == config.cwd:
                        raise _StartProblem(f"its working folder {config.cwd!r} does not exist") from None
                    raise
                pump.spawned()
            else:
                from mcp.client.streamable_http import streamable_http_client
                from mcp.shared._httpx_utils import create_mcp_http_client

                client = await stack.enter_async_context(create_mcp_http_client(headers=dict(config.headers)))
                read, write = await stack.enter_async_context(
                    streamable_http_client(config.url, http_client=client, max_sse_event_size=MAX_RESULT_BYTES))
            # The session reads through this relay, which tells us when the transport's stream ends (the process
            # died, the pipe closed): nothing else in the SDK says so while no call is waiting.
            relay_send, relay_receive = anyio.create_memory_object_stream[Any](0)

            async def relay() -> None:
                try:
                    async with relay_send:
                        async for item in read:
                            await relay_send.send(item)
                except (anyio.ClosedResourceError, anyio.BrokenResourceError, anyio.EndOfStream):
                    pass
                finally:
                    closed.set()
                    server.poke(lost=server.lost or "the connection ended")

            relay_task = asyncio.get_running_loop().create_task(relay())
            stack.push_async_callback(_cancelled, relay_task)
            session = await stack.enter_async_context(ClientSession(
                relay_receive, write, read_timeout_seconds=None, message_handler=on_message, logging_callback=on_log))
            # A stop while connecting cancels this scope (an anyio cancel, which the SDK's shielded shutdown
            # honours; a task.cancel() could cut that shutdown short and leave the process behind).
            with anyio.CancelScope() as connecting, anyio.fail_after(self.start_timeout):
                server.connecting = connecting
                try:
                    await session.initialize()
                    tools = await _list_tools(session)
                except TimeoutError:
                    raise
                except Exception as exc:
                    if closed.is_set() and pump is not None and pump.last:
                        raise _StartProblem(f"it exited at start ({pump.last[-1]})") from exc
                    raise
                finally:
                    server.connecting = None
            if connecting.cancelled_caught or server.stopping:
                return "stopped"
            connected.append(True)
            server.session = session
            self._set_tools(server, tools)
            self._state(server, ServerState.RUNNING)
            server.logger.info("connected (%s): %d tools", config.transport, len(server.tools))
            while True:
                await server.wake.wait()
                server.wake.clear()
                if server.stopping:
                    return "stopped"
                if closed.is_set():
                    last = f" (last on its stderr: {pump.last[-1]})" if pump is not None and pump.last else ""
                    return f"the server exited{last}"
                if server.lost:
                    return server.lost
                if server.relist:
                    server.relist = False
                    try:
                        with anyio.fail_after(self.start_timeout):
                            self._set_tools(server, await _list_tools(session))
                    except Exception as exc:
                        server.logger.warning("could not list the changed tools: %s", _describe(exc))
        return "stopped"  # not reached: the loop returns

    # ---------------------------------------------------------------------------------------------- tools

    def _set_tools(self, server: _Server, tools: list[Tool]) -> None:
        plugins: list[Plugin] = []
        names: set[str] = set()
        for tool in tools[:MAX_TOOLS]:
            plugin = self._plugin(server, tool, names)
            if plugin is not None:
                plugins.append(plugin)
                names.add(plugin.name)
        if len(tools) > MAX_TOOLS:
            server.logger.warning("offers %d tools; only the first %d are used", len(tools), MAX_TOOLS)
        server.tools = tuple(plugins)
        self._sync(server, self._registries)
        self._notify()

    def _plugin(self, server: _Server, tool: Tool, taken: set[str]) -> Plugin | None:
        name = tool_plugin_name(server.config.name, tool.name)
        if name in taken:  # two tool names that differ only in characters Coze does not take
            digest = hashlib.sha1(tool.name.encode("utf-8", "surrogatepass")).hexdigest()[:6]
            name = tool_plugin_name(server.config.name, f"{tool.name}_{digest}")
        schema = tool.input_schema if isinstance(tool.input_schema, dict) else {}
        if _depth(schema) > MAX_SCHEMA_DEPTH:
            server.logger.warning("tool %r is not offered: its input schema is nested deeper than %d levels",
                                  tool.name, MAX_SCHEMA_DEPTH)
            return None
        original, schema = schema, _checkable(schema)
        prepare = None
        if unchecked := sorted(_unchecked(schema)):
            prepare = _full_check(original, server.logger, tool.name, unchecked)
        annotations = tool.annotations
        read_only = bool(annotations is not None and annotations.read_only_hint)
        description = (tool.description or (annotations.title if annotations else None) or tool.title
                       or tool.name).strip()
        server_name, tool_name = server.config.name, tool.name

        async def handler(arguments: dict[str, Any]) -> str:
            return await self.call(server_name, tool_name, arguments)

        return Plugin(name, description, schema, handler, acts=not read_only, timeout=self.call_timeout,
                      prepare=prepare, source=server.source, read_only_hint=read_only)

    def _sync(self, server: _Server, registries: list[PluginRegistry], remove: bool = False) -> None:
        for registry in registries:
            registry.unregister(*[p.name for p in registry.by_source(server.source) if p.source == server.source])
            if not remove:
                registry.register(*server.tools)

    def _state(self, server: _Server, state: ServerState, error: str = "") -> None:
        if (server.state, server.error) != (state, error):
            server.set_state(state, error)
            self._notify()

    def _notify(self) -> None:
        status = self.status()
        for observer in list(self._observers):
            try:
                observer(status)
            except Exception:
                log.exception("an MCP status observer failed")

    # --------------------------------------------------------------------------------------------- outputs

    async def _output(self, server: _Server, tool: str, result: CallToolResult) -> str:
        """The output string for Coze: the text of a text-only result as it is; ``{"error": …}`` when the tool
        reported an error; else a JSON object with ``text``, ``images`` (Coze file ids, or descriptions),
        ``resources`` and ``structured`` (the structured content, only when there is no text)."""
        from mcp.types import AudioContent, EmbeddedResource, ImageContent, ResourceLink, TextContent

        texts: list[str] = []
        images: list[dict[str, str]] = []
        resources: list[dict[str, Any]] = []
        for index, block in enumerate(result.content):
            if isinstance(block, TextContent):
                texts.append(block.text)
            elif isinstance(block, ImageContent | AudioContent):
                images.append(await self._media(server, tool, index, block))
            elif isinstance(block, EmbeddedResource):
                contents = block.resource
                item: dict[str, Any] = {"uri": str(contents.uri)}
                if text := getattr(contents, "text", None):
                    item["text"] = text
                else:
                    size = _decoded_size(getattr(contents, "blob", ""))
                    item["description"] = f"{contents.mime_type or 'binary data'}, {size} bytes (not passed on)"
                resources.append(item)
            elif isinstance(block, ResourceLink):
                resources.append({"uri": str(block.uri), "name": block.name}
                                 | ({"description": block.description} if block.description else {}))
            else:
                resources.append({"description": f"a {getattr(block, 'type', 'content')} block (not passed on)"})
        text = "\n".join(texts)
        if result.is_error:
            if not text and result.structured_content is not None:
                text = json.dumps(result.structured_content, ensure_ascii=False)
            return error_output(_fit_text(text or "the tool reported an error without saying why",
                                          MAX_OUTPUT_BYTES - 64))
        if not images and not resources and (text or result.structured_content is None):
            return _fit_text(text, MAX_OUTPUT_BYTES)
        body: dict[str, Any] = {}
        if text:
            body["text"] = text
        if images:
            body["images"] = images
        if resources:
            body["resources"] = resources
        if not text and result.structured_content is not None:
            body["structured"] = result.structured_content
        return _fit_json(body, MAX_OUTPUT_BYTES)

    async def _media(self, server: _Server, tool: str, index: int, block: Any) -> dict[str, str]:
        """An image as a Coze file id when it could be uploaded; else (and for audio) a description of it."""
        kind = "image" if block.type == "image" else "audio"
        try:
            data = base64.b64decode(block.data, validate=True)
        except (binascii.Error, ValueError):
            return {"description": f"an {kind} the server sent damaged (not valid base64)"}
        described = _describe_media(kind, block.mime_type, data)
        if kind != "image" or self.upload is None:
            return {"description": described}
        name = f"{safe_name(server.config.name)}-{safe_name(tool)}-{index}{_extension(block.mime_type)}"
        try:
            file_id = await self.upload(data, name, block.mime_type)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            server.logger.warning("could not upload the image of %s: %s", tool, _describe(exc))
            return {"description": f"{described} (uploading it to Coze failed: {_describe(exc)})"}
        return {"file_id": file_id, "mime_type": block.mime_type, "description": described}


# ------------------------------------------------------------------------------------------------ stderr


class _StderrPump:
    """The server's stderr, line by line into its logger (``coze_desktop.mcp.<server>``), read on the loop.

    The SDK hands ``errlog`` to the child as its stderr, so it must be a real file: the write end of a pipe whose
    read end the loop watches (POSIX). Windows' proactor loop cannot watch an anonymous pipe; there one small
    thread reads it and hands the lines to the loop.
    """

    def __init__(self, logger: logging.Logger) -> None:
        self.logger = logger
        self.last: deque[str] = deque(maxlen=3)
        read_fd, write_fd = os.pipe()
        self.file = os.fdopen(write_fd, "w", encoding="utf-8", errors="replace")
        self._read = os.fdopen(read_fd, "rb", buffering=0)
        self._buffer = b""
        self._window, self._count, self._dropped = time.monotonic(), 0, 0
        self._transport: asyncio.ReadTransport | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def open(self) -> None:
        self._loop = asyncio.get_running_loop()
        if sys.platform == "win32":  # pragma: no cover
            threading.Thread(target=self._pump, name="mcp-stderr", daemon=True).start()
            return
        pump = self

        class Protocol(asyncio.Protocol):
            def data_received(self, data: bytes) -> None:
                pump.feed(data)

        self._transport, _ = await self._loop.connect_read_pipe(Protocol, self._read)

    def _pump(self) -> None:  # pragma: no cover (Windows)
        assert self._loop is not None
        with contextlib.suppress(OSError, RuntimeError):
            while chunk := self._read.read(4096):
                self._loop.call_soon_threadsafe(self.feed, chunk)

    def spawned(self) -> None:
        """The child has its copy of the write end: ours must go, or the pipe never reaches end of file."""
        self.file.close()

    def feed(self, data: bytes) -> None:
        *lines, self._buffer = (self._buffer + data).split(b"\n")
        if len(self._buffer) > 64 * 1024:  # a "line" without end: log what there is
            lines.append(self._buffer)
            self._buffer = b""
        for raw in lines:
            if line := raw.decode("utf-8", "replace").rstrip("\r"):
                line = _clip(line, _STDERR_LINE)
                self.last.append(line)
                self._log(line)

    def _log(self, line: str) -> None:
        """At most STDERR_BURST lines per STDERR_WINDOW seconds: a chatty server must not push the rest of the
        app's log out of its rotation. What was left out is counted in the next line that is logged."""
        now = time.monotonic()
        if now - self._window >= STDERR_WINDOW:
            if self._dropped:
                self.logger.info("stderr: (%d more lines were not logged)", self._dropped)
            self._window, self._count, self._dropped = now, 0, 0
        if self._count >= STDERR_BURST:
            self._dropped += 1
            return
        self._count += 1
        self.logger.info("stderr: %s", line)

    def close(self) -> None:
        if self._buffer:
            self.feed(b"\n")
        if self._dropped:
            self.logger.info("stderr: (%d more lines were not logged)", self._dropped)
            self._dropped = 0
        if self._transport is not None:
            self._transport.close()
        else:
            with contextlib.suppress(OSError):
                self._read.close()
        with contextlib.suppress(OSError):
            self.file.close()


# ----------------------------------------------------------------------------------------------- helpers


async def _list_tools(session: ClientSession) -> list[Tool]:
    from mcp.types import PaginatedRequestParams

    tools: list[Tool] = []
    cursor: str | None = None
    for _ in range(50):  # pages; a server that pages forever is cut off
        result = await session.list_tools(params=PaginatedRequestParams(cursor=cursor) if cursor else None)
        tools += result.tools
        cursor = result.next_cursor
        if not cursor or len(tools) >= MAX_TOOLS:
            break
    return tools


async def _cancelled(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


def _remember_values(config: McpServerConfig) -> None:
    for value in (*config.env.values(), *config.headers.values()):
        remember_secret(value)


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_SCHEMA_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level)
    return level


def _checkable(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with what our checker can take instead of what it cannot: ``anyOf``/``oneOf`` of plain types
    (pydantic's Optional[str] is ``anyOf: [{type: string}, {type: null}]``) becomes ``type: [string, null]``."""
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: _checkable(spec) if isinstance(spec, dict) else spec for name, spec in value.items()}
        elif key == "items" and isinstance(value, dict):
            out[key] = _checkable(value)
        else:
            out[key] = value
    for key in ("anyOf", "oneOf"):
        branches = out.get(key)
        if "type" not in out and isinstance(branches, list) and branches and all(
                isinstance(b, dict) and set(b) <= {"type", "title", "description"} and isinstance(b.get("type"), str)
                for b in branches):
            out.pop(key)
            out["type"] = list(dict.fromkeys(b["type"] for b in branches))
    return out


def _full_check(schema: dict[str, Any], logger: logging.Logger, tool: str,
                unchecked: list[str]) -> Callable[[dict[str, Any]], dict[str, Any]] | None:
    """A Plugin.prepare checking ``schema`` as a whole (the keywords our checker lacks), or None when the schema
    cannot be compiled: then the server checks those parts, and the log says so."""
    try:
        from jsonschema import Draft202012Validator, validators

        cls = validators.validator_for(schema, default=Draft202012Validator)
        cls.check_schema(schema)
        validator = cls(schema)
    except Exception as exc:  # SchemaError, an unknown $schema, an unresolvable $ref…
        logger.info("tool %r: its schema (%s) cannot be checked here (%s); the server checks its own arguments",
                    tool, ", ".join(unchecked), _describe(exc))
        return None
    logger.debug("tool %r: %s checked with jsonschema", tool, ", ".join(unchecked))

    def prepare(arguments: dict[str, Any]) -> dict[str, Any]:
        try:
            error = next(iter(sorted(validator.iter_errors(arguments), key=lambda e: list(map(str, e.path)))), None)
        except Exception as exc:  # a $ref that resolves nowhere, met only now
            logger.info("tool %r: checking the arguments failed (%s); the server checks them", tool, _describe(exc))
            return arguments
        if error is not None:
            where = ".".join(map(str, error.absolute_path)) or "the arguments"
            raise ValueError(f"invalid arguments: {where}: {_clip(error.message, 300)}")
        return arguments

    return prepare


def _unchecked(schema: Any) -> set[str]:
    """The keywords in ``schema`` (at any depth our checker reaches) that it does not check."""
    if not isinstance(schema, dict):
        return set()
    found = {k for k in schema if k not in _CHECKED and k not in _NOTES}
    for spec in (schema.get("properties") or {}).values() if isinstance(schema.get("properties"), dict) else ():
        found |= _unchecked(spec)
    if isinstance(schema.get("items"), dict):
        found |= _unchecked(schema["items"])
    return found


def _fit_text(text: str, limit: int) -> str:
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= limit:
        return text
    note = (f"\n\n[cut by Coze Desktop: the tool returned {len(data):,} bytes of text; the first {limit:,} bytes "
            "are passed on]")
    kept = data[: limit - len(note.encode())].decode("utf-8", "ignore")  # "ignore": a character cut in two goes
    return kept + note


def _fit_json(body: dict[str, Any], limit: int) -> str:
    out = json.dumps(body, ensure_ascii=False)
    if len(out.encode("utf-8", "surrogatepass")) <= limit:
        return out
    # The text is the part worth keeping; resources' texts and structured content are cut to make room first.
    for item in body.get("resources", []):
        if isinstance(item.get("text"), str):
            item["text"] = _fit_text(item["text"], 2000)
    if "structured" in body:
        dumped = json.dumps(body["structured"], ensure_ascii=False)
        if len(dumped) > limit // 2:
            body["structured"] = _fit_text(dumped, limit // 2)
    rest = len(json.dumps({**body, "text": ""}, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    if "text" in body:
        # JSON escapes can grow the text: halve the room until it fits.
        room = limit - rest - 16
        while room > 0:
            body["text"] = _fit_text(body["text"], room)
            out = json.dumps(body, ensure_ascii=False)
            if len(out.encode("utf-8", "surrogatepass")) <= limit:
                return out
            room //= 2
    out = json.dumps(body, ensure_ascii=False)
    if len(out.encode("utf-8", "surrogatepass")) <= limit:
        return out
    return error_output(f"the tool's result is larger than {limit:,} bytes even after cutting its text")


def _describe_media(kind: str, mime: str, data: bytes) -> str:
    size = _image_size(data) if kind == "image" else None
    dims = f", {size[0]}×{size[1]} pixels" if size else ""
    return f"an {kind} ({mime or 'unknown format'}, {len(data):,} bytes{dims})"


def _image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the header of a PNG, GIF or JPEG; None for anything else."""
    try:
        if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
            return struct.unpack(">II", data[16:24])
        if data[:6] in (b"GIF87a", b"GIF89a"):
            return struct.unpack("<HH", data[6:10])
        if data[:2] == b"\xff\xd8":
            i = 2
            while i + 9 < len(data):
                if data[i] != 0xFF:
                    return None
                marker, length = data[i + 1], struct.unpack(">H", data[i + 2:i + 4])[0]
                if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                    height, width = struct.unpack(">HH", data[i + 5:i + 9])
                    return width, height
                i += 2 + length
    except struct.error:
        return None
    return None


def _extension(mime: str) -> str:
    return {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "image/webp": ".webp"}.get(mime, "")


def _decoded_size(blob: str) -> int:
    return len(blob) * 3 // 4


def _describe(exc: BaseException) -> str:
    """One line about an error; exception groups (anyio's) by their first real member."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return f"the program {exc.filename!r} was not found"
    if isinstance(exc, PermissionError) and exc.filename:
        return f"the program {exc.filename!r} may not be run (permission denied)"
    if isinstance(exc, TimeoutError):
        return "it did not answer in time"
    if isinstance(exc, _StartProblem):
        return str(exc)
    text = str(exc).strip()
    return _clip(f"{type(exc).__name__}: {text}" if text else type(exc).__name__, 300)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
