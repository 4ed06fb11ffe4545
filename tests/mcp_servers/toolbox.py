"""A small MCP server written with the official SDK, run by the tests over stdio or streamable HTTP.

``python -m tests.mcp_servers.toolbox`` serves stdio; ``… http`` serves streamable HTTP on 127.0.0.1 on a free
port and prints ``PORT <n>`` on its stdout once it listens. Every call a tool receives is appended as one JSON
line to the file named by ``MCP_TOOLBOX_RECORD`` (when set) before the tool does anything, so a test can tell
whether the server was called at all, and with what.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import signal
import socket
import struct
import sys
import time
import zlib
from typing import Annotated, Any

from mcp.server.mcpserver import Context, MCPServer
from mcp.types import (
    CallToolResult,
    EmbeddedResource,
    ImageContent,
    ResourceLink,
    TextContent,
    TextResourceContents,
    ToolAnnotations,
)
from pydantic import Field

server = MCPServer("toolbox")


def record(tool: str, arguments: dict[str, Any]) -> None:
    path = os.environ.get("MCP_TOOLBOX_RECORD")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps({"tool": tool, "arguments": arguments, "pid": os.getpid()}) + "\n")


@server.tool(description="Say the text back.", annotations=ToolAnnotations(read_only_hint=True))
def say(text: str) -> str:
    record("say", {"text": text})
    return f"you said: {text}"


@server.tool(description="Add two integers between 0 and 100.")
def add(a: int, b: int) -> str:
    record("add", {"a": a, "b": b})
    return str(a + b)


@server.tool(description="Sleep for the given seconds, then answer.")
async def sleep(seconds: float) -> str:
    record("sleep", {"seconds": seconds})
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:  # the client sent notifications/cancelled
        record("sleep cancelled", {"seconds": seconds})
        raise
    return f"slept {seconds}"


@server.tool(description="Exit the server process in the middle of the call.")
def crash() -> str:
    record("crash", {})
    sys.stderr.write("toolbox: crashing on purpose\n")
    sys.stderr.flush()
    os._exit(3)


@server.tool(description="Report a failure the MCP way (isError).")
def fail(reason: str) -> CallToolResult:
    record("fail", {"reason": reason})
    return CallToolResult(content=[TextContent(text=f"it broke: {reason}")], is_error=True)


@server.tool(description="Answer with a text of the given size in bytes.")
def big(size: int) -> str:
    record("big", {"size": size})
    return "x" * size


@server.tool(description="Answer with a PNG image of the given size.")
def image(width: int, height: int) -> CallToolResult:
    record("image", {"width": width, "height": height})
    png = tiny_png(width, height)
    return CallToolResult(content=[TextContent(text="here is the picture"),
                                   ImageContent(data=base64.b64encode(png).decode(), mime_type="image/png")])


@server.tool(description="Answer with an embedded resource and a resource link.")
def resources() -> CallToolResult:
    record("resources", {})
    return CallToolResult(content=[
        EmbeddedResource(resource=TextResourceContents(uri="file:///notes.txt", text="the notes")),
        ResourceLink(uri="file:///report.pdf", name="report.pdf"),
    ])


@server.tool(description="Answer with structured content only.")
def structured() -> CallToolResult:
    record("structured", {})
    return CallToolResult(content=[], structured_content={"temperature": 21.5, "unit": "C"})


@server.tool(description="The value of an environment variable of the server process.")
def getenv(name: str) -> str:
    record("getenv", {"name": name})
    return os.environ.get(name, "")


@server.tool(description="Write a line to the server's stderr, the given number of times.")
def complain(text: str, times: int = 1) -> str:
    record("complain", {"text": text})
    sys.stderr.write((text + "\n") * times)
    sys.stderr.flush()
    return "done"


@server.tool(description="Add a tool named 'extra' and tell the client its tools changed.")
async def grow(ctx: Context) -> str:
    record("grow", {})
    server.add_tool(lambda: "extra here", name="extra", description="Added while running.")
    await ctx.session.send_tool_list_changed()
    return "grown"


@server.tool(description="Greet someone, or everyone; a code must look like AB-123.")
def greet(name: str | None = None, code: Annotated[str, Field(pattern=r"^[A-Z]{2}-[0-9]{3}$")] = "AA-000") -> str:
    record("greet", {"name": name, "code": code})
    return f"hello {name or 'everyone'} ({code})"


@server.tool(description="Answer at once: the benchmark's probe.")
def ping() -> str:
    return "pong"


@server.tool(description="Busy for the given milliseconds; answers with its own time (the benchmark's tool).")
def work(ms: float) -> str:
    started = time.perf_counter()
    deadline = started + ms / 1000
    while time.perf_counter() < deadline:
        pass
    return json.dumps({"own_ms": (time.perf_counter() - started) * 1000})


def tiny_png(width: int, height: int) -> bytes:
    """A grey PNG: enough of a real image for a client to read its size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def serve_http(port: int) -> None:
    import uvicorn

    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # the same port again after a crash
    sock.bind(("127.0.0.1", port))
    sock.listen()
    print(f"PORT {sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(server.streamable_http_app(), log_level="warning")
    asyncio.run(uvicorn.Server(config).serve(sockets=[sock]))


if __name__ == "__main__":
    sys.stderr.write("toolbox: started\n")
    sys.stderr.flush()
    if os.environ.get("MCP_TOOLBOX_GARBAGE"):  # a line that is no JSON-RPC before the real conversation
        print("this is not JSON-RPC", flush=True)
    if sys.argv[1:2] == ["http"]:
        serve_http(int(sys.argv[2]) if len(sys.argv) > 2 else 0)
    else:
        if os.environ.get("MCP_TOOLBOX_STUBBORN"):  # ignores SIGTERM and outlives its stdin: only SIGKILL stops it
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
        server.run()
        if os.environ.get("MCP_TOOLBOX_STUBBORN"):
            time.sleep(3600)
