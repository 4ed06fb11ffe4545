"""MCP env and header values in the real OS secret store: run through .ci/with-secret-service.sh (a private,
unlocked gnome-keyring). Read back with libsecret's own tool; never in a file of the app's folders."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from coze_desktop import secrets
from coze_desktop.plugins.mcp_config import parse_mcp_config, save_servers, saved_servers
from coze_desktop.secrets import TokenStore
from coze_desktop.settings import Settings, load_settings, save_settings

from .test_keyring_secret_service import secret_tool_lookup
from .test_settings import files_containing

pytestmark = [
    pytest.mark.secret_service,
    pytest.mark.skipif(os.environ.get("CI_SECRET_SERVICE") != "1",
                       reason="needs the Secret Service of .ci/with-secret-service.sh"),
]

API_KEY = "brave-测试-key-0123456789"
BEARER = "Bearer remote-secret-💡-42"


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Iterator[TokenStore]:
    fresh = TokenStore()
    monkeypatch.setattr(secrets, "_store", fresh)
    yield fresh
    for user in ("mcp-server:brave", "mcp-server:remote"):
        fresh.delete(user)


def test_env_and_header_values_live_in_the_secret_service_only(store: TokenStore, app_home: Path) -> None:
    servers = parse_mcp_config({"mcpServers": {
        "brave": {"command": "npx", "args": ["-y", "brave"], "env": {"BRAVE_API_KEY": API_KEY}},
        "remote": {"url": "https://mcp.example.com/mcp", "headers": {"Authorization": BEARER}}}})
    settings = Settings()
    save_servers(settings, servers, store)
    save_settings(settings)
    assert json.loads(secret_tool_lookup("mcp-server:brave") or "{}") == {"env": {"BRAVE_API_KEY": API_KEY}}
    assert json.loads(secret_tool_lookup("mcp-server:remote") or "{}") == {"headers": {"Authorization": BEARER}}
    assert files_containing(app_home, "0123456789") == [] and files_containing(app_home, "remote-secret") == []
    assert saved_servers(load_settings(), TokenStore()) == servers  # a new store: read from the daemon
    save_servers(settings, [], store)  # removing the servers removes their entries
    assert secret_tool_lookup("mcp-server:brave") is None and secret_tool_lookup("mcp-server:remote") is None
