"""MCP servers the tests start for real (stdio subprocesses, streamable HTTP on 127.0.0.1), and their fixtures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
TOOLBOX = "tests.mcp_servers.toolbox"


@dataclass
class Record:
    """The calls the toolbox server received, from the file it appends to before running any tool."""

    path: Path

    def calls(self) -> list[dict]:
        if not self.path.exists():
            return []
        return [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines() if line]

    def tools(self) -> list[str]:
        return [call["tool"] for call in self.calls()]


def stdio_config(record: Record, name: str = "toolbox", **env: str):
    from coze_desktop.plugins.mcp_config import McpServerConfig

    return McpServerConfig(name=name, command=sys.executable, args=("-m", TOOLBOX), cwd=str(REPO),
                           env={"MCP_TOOLBOX_RECORD": str(record.path), **env})


@dataclass
class HttpToolbox:
    process: subprocess.Popen
    url: str
    record: Record

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.process.stdout:
            self.process.stdout.close()


def start_http_toolbox(record: Record, port: int = 0) -> HttpToolbox:
    """The toolbox over streamable HTTP on 127.0.0.1 (a free port unless given); returns once it listens."""
    env = {**os.environ, "MCP_TOOLBOX_RECORD": str(record.path), "PYTHONPATH": str(REPO)}
    process = subprocess.Popen([sys.executable, "-m", TOOLBOX, "http", str(port)], cwd=REPO, env=env,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("PORT "):
        process.kill()
        raise RuntimeError(f"the HTTP toolbox did not start: {line!r}")
    return HttpToolbox(process, f"http://127.0.0.1:{int(line.split()[1])}/mcp", record)


def http_toolbox(record: Record) -> Iterator[HttpToolbox]:
    server = start_http_toolbox(record)
    try:
        yield server
    finally:
        server.stop()
