"""MCP server configurations: the desktop clients' file format, clear errors, safe tool names, and env/header
values kept in the keyring, never in the settings file."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from coze_desktop.plugins.mcp_config import (
    MAX_TOOL_NAME,
    McpConfigError,
    McpServerConfig,
    dump_mcp_config,
    load_mcp_config,
    parse_mcp_config,
    save_servers,
    saved_servers,
    tool_plugin_name,
)
from coze_desktop.secrets import KeyringUnavailable, TokenStore
from coze_desktop.settings import Settings, load_settings, save_settings, settings_path

from .test_settings import MemoryKeyring, files_containing, memory_keyring, no_keyring  # noqa: F401 (fixtures)

CLAUDE_STYLE = {
    "mcpServers": {
        "filesystem": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/home/me"]},
        "brave-search": {"command": "npx", "args": ["-y", "brave"], "env": {"BRAVE_API_KEY": "BSA-key-0123456789"}},
        "remote": {"url": "https://mcp.example.com/mcp", "headers": {"Authorization": "Bearer remote-secret-42"}},
        "typed": {"type": "streamable-http", "url": "http://127.0.0.1:8000/mcp"},
        "off": {"command": "uvx", "args": ["thing"], "disabled": True, "autoApprove": ["x"]},
    }
}


def test_the_desktop_clients_format_is_read() -> None:
    servers = {s.name: s for s in parse_mcp_config(CLAUDE_STYLE)}
    assert servers["filesystem"].transport == "stdio"
    assert servers["filesystem"].args == ("-y", "@modelcontextprotocol/server-filesystem", "/home/me")
    assert servers["brave-search"].env == {"BRAVE_API_KEY": "BSA-key-0123456789"}
    assert servers["brave-search"].prefix == "brave_search"
    assert servers["remote"].transport == "http" and servers["remote"].headers["Authorization"].startswith("Bearer")
    assert servers["typed"].transport == "http"
    assert servers["off"].enabled is False
    assert parse_mcp_config(dump_mcp_config(servers.values())) == list(servers.values())  # the same format back


def test_vs_code_servers_key_and_numbers_in_env_are_tolerated() -> None:
    [server] = parse_mcp_config({"servers": {"db": {"type": "stdio", "command": "db-mcp", "env": {"PORT": 5432}}}})
    assert server.env == {"PORT": "5432"}


@pytest.mark.parametrize(("data", "expected"), [
    ([], "must be a JSON object with \"mcpServers\", not a list"),
    ({"servers2": {}}, "has no \"mcpServers\" object"),
    ({"mcpServers": []}, "\"mcpServers\" must be an object"),
    ({"mcpServers": {"a": "npx"}}, "MCP server 'a': expected an object with \"command\" or \"url\", not a string"),
    ({"mcpServers": {"a": {}}}, "MCP server 'a' has neither \"command\" nor \"url\""),
    ({"mcpServers": {"a": {"command": "x", "url": "http://h/mcp"}}}, "has both \"command\" and \"url\""),
    ({"mcpServers": {"a": {"type": "sse", "url": "http://h/sse"}}}, "uses the SSE transport"),
    ({"mcpServers": {"a": {"type": "websocket", "url": "ws://h"}}}, "\"type\" must be \"stdio\", \"http\""),
    ({"mcpServers": {"a": {"type": "http", "command": "x"}}}, "needs \"url\""),
    ({"mcpServers": {"a": {"command": "x", "args": "-y"}}}, "\"args\" must be a list of strings"),
    ({"mcpServers": {"a": {"command": "x", "args": [None]}}}, "\"args\"[0] must be a string, not null"),
    ({"mcpServers": {"a": {"command": "x", "env": ["K=V"]}}}, "\"env\" must be an object"),
    ({"mcpServers": {"a": {"command": "x", "env": {"K": ["v"]}}}}, "\"env\".K must be a string, not a list"),
    ({"mcpServers": {"a": {"url": "ftp://h/mcp"}}}, "must be an http:// or https:// address"),
    ({"mcpServers": {"a": {"url": "http://h/mcp", "env": {"K": "v"}}}}, "takes \"headers\" instead"),
    ({"mcpServers": {"a": {"command": "x", "headers": {"K": "v"}}}}, "takes \"env\" instead"),
    ({"mcpServers": {"a": {"command": "x", "enabled": "yes"}}}, "must be true or false"),
    ({"mcpServers": {"": {"command": "x"}}}, "an MCP server has an empty name"),
    ({"mcpServers": {"my-server": {"command": "x"}, "my_server": {"command": "y"}}},
     "MCP servers 'my-server' and 'my_server' would give their tools the same prefix 'my_server'"),
])
def test_bad_configurations_say_which_server_which_key_and_what_was_expected(data: object, expected: str) -> None:
    with pytest.raises(McpConfigError) as caught:
        parse_mcp_config(data)
    assert expected in str(caught.value)


def test_an_error_never_quotes_an_env_value() -> None:
    with pytest.raises(McpConfigError) as caught:
        parse_mcp_config({"mcpServers": {"a": {"command": "x", "env": {"KEY": {"nested": "sk-live-secret"}}}}})
    assert "sk-live-secret" not in str(caught.value)
    assert "KEY" in str(caught.value)


def test_a_url_with_credentials_is_not_quoted_in_an_error() -> None:
    with pytest.raises(McpConfigError) as caught:
        parse_mcp_config({"mcpServers": {"a": {"url": "ftp://user:hunter2hunter2@h/mcp"}}})
    assert "hunter2hunter2" not in str(caught.value)


def test_load_names_the_file_and_the_place_of_a_json_error(tmp_path: Path) -> None:
    path = tmp_path / "claude_desktop_config.json"
    path.write_text('{"mcpServers": {"a": {"command": "x",}}}', encoding="utf-8")
    with pytest.raises(McpConfigError, match=r"claude_desktop_config.json is not valid JSON: .*line 1, column"):
        load_mcp_config(path)
    with pytest.raises(McpConfigError, match="no such file"):
        load_mcp_config(tmp_path / "missing.json")
    path.write_text('\ufeff{"mcpServers": {"a": {"command": "x"}}}', encoding="utf-8")  # a BOM: Windows editors
    assert [s.name for s in load_mcp_config(path)] == ["a"]
    path.write_text('{"mcpServers": {"a": {"command": 7}}}', encoding="utf-8")
    with pytest.raises(McpConfigError, match=r"claude_desktop_config.json: MCP server 'a': \"command\" must be"):
        load_mcp_config(path)


def test_plugin_names_are_safe_for_coze_and_bounded() -> None:
    assert tool_plugin_name("brave-search", "web.search") == "brave_search__web_search"
    chinese = tool_plugin_name("文件", "读取")  # nothing usable left: "n" and a hash, stable and distinct
    assert re.fullmatch(r"n[0-9a-f]{6}__n[0-9a-f]{6}", chinese) and chinese == tool_plugin_name("文件", "读取")
    assert tool_plugin_name("文件", "写入") != chinese
    long = tool_plugin_name("s" * 80, "get_" + "x" * 100)
    assert len(long) <= MAX_TOOL_NAME and long.startswith("s" * 17 + "_") and "__get_" in long
    other = tool_plugin_name("s" * 80, "get_" + "x" * 99 + "y")
    assert long != other  # a hash of the whole keeps cut names apart
    assert all(re.fullmatch(r"[A-Za-z0-9_]{1,64}", n) for n in (long, other))


def test_repr_never_shows_env_or_header_values() -> None:
    server = McpServerConfig(name="a", command="x", env={"TOKEN": "value-that-is-secret"})
    assert "value-that-is-secret" not in repr(server) and "TOKEN" in repr(server)


# ------------------------------------------------------------------------------------- settings + keyring


@pytest.fixture
def settings() -> Settings:
    return Settings()


def test_env_and_header_values_go_to_the_keyring_never_to_the_settings_file(
        settings: Settings, memory_keyring: MemoryKeyring, app_home: Path,  # noqa: F811
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    servers = parse_mcp_config(CLAUDE_STYLE)
    store = TokenStore()
    save_servers(settings, servers, store)
    save_settings(settings)
    assert files_containing(app_home, "BSA-key-0123456789") == []
    assert files_containing(app_home, "remote-secret-42") == []
    text = settings_path().read_text(encoding="utf-8")
    assert "BRAVE_API_KEY" in text and "Authorization" in text  # the names are kept, to ask for the values
    assert "BSA-key-0123456789" not in caplog.text and "remote-secret-42" not in caplog.text
    stored = memory_keyring.entries[("coze-desktop", "mcp-server:brave-search")]
    assert json.loads(stored) == {"env": {"BRAVE_API_KEY": "BSA-key-0123456789"}}
    # A later run reads them back from the settings file and the keyring.
    again = saved_servers(load_settings(), TokenStore())
    assert again == servers


def test_removing_a_server_removes_its_keyring_entry(settings: Settings,
                                                     memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    servers = parse_mcp_config(CLAUDE_STYLE)
    save_servers(settings, servers, TokenStore())
    save_servers(settings, [s for s in servers if s.name != "brave-search"], TokenStore())
    assert ("coze-desktop", "mcp-server:brave-search") not in memory_keyring.entries
    assert ("coze-desktop", "mcp-server:remote") in memory_keyring.entries


def test_without_a_keyring_the_values_last_this_run_and_the_caller_is_told(
        settings: Settings, no_keyring: object, app_home: Path) -> None:  # noqa: F811
    servers = parse_mcp_config(CLAUDE_STYLE)
    store = TokenStore()
    with pytest.raises(KeyringUnavailable):
        save_servers(settings, servers, store)
    save_settings(settings)
    assert files_containing(app_home, "BSA-key-0123456789") == []
    assert saved_servers(settings, store) == servers  # kept in memory until the app quits


def test_a_damaged_saved_entry_is_skipped_and_the_rest_load(settings: Settings,
                                                            memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    settings.mcp_servers = [{"name": "good", "command": "x"}, {"name": "bad", "command": 5}, {"command": "y"}, "z",
                            {"name": "odd keys", "command": "x", "env_keys": 7, "header_keys": "AB"}]
    assert [s.name for s in saved_servers(settings, TokenStore())] == ["good", "odd keys"]
