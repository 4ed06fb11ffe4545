"""The toolbox as pytest fixtures, over stdio and over streamable HTTP: import them into a test module to use them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coze_desktop.plugins.mcp_config import McpServerConfig

from . import HttpToolbox, Record, http_toolbox, stdio_config


@pytest.fixture
def record(tmp_path: Path) -> Record:
    return Record(tmp_path / "calls.jsonl")


@pytest.fixture
def http_server(record: Record) -> Iterator[HttpToolbox]:
    yield from http_toolbox(record)


@pytest.fixture(params=["stdio", "http"])
def config(request: pytest.FixtureRequest, record: Record) -> McpServerConfig:
    """The toolbox's configuration, once per transport."""
    if request.param == "stdio":
        return stdio_config(record)
    server: HttpToolbox = request.getfixturevalue("http_server")
    return McpServerConfig(name="toolbox", url=server.url)
