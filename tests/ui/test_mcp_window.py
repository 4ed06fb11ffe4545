"""The window with a saved MCP server: its tools join the session's plugins, the demo bot calls one through the
approval prompt, Settings shows it running, and quitting stops the server process."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from coze_desktop.plugins.mcp_config import parse_mcp_config, save_servers
from coze_desktop.secrets import token_store
from coze_desktop.settings import Settings, load_settings, save_settings
from coze_desktop.ui.services import build

from ..test_settings import MemoryKeyring
from .test_main_window import answer_text, close_window, next_turn_end

pytestmark = pytest.mark.asyncio

ROOT = Path(__file__).resolve().parents[2]


async def until(condition, seconds: float = 30) -> None:  # type: ignore[no-untyped-def]
    async with asyncio.timeout(seconds):
        while not condition():  # noqa: ASYNC110 (widget and bridge state, polled while the loop runs)
            await asyncio.sleep(0.02)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()


async def test_a_saved_server_end_to_end_in_the_window(fast_demo: None, memory_keyring: MemoryKeyring,
                                                       tmp_path: Path) -> None:
    record = tmp_path / "calls.jsonl"
    settings = Settings()
    save_servers(settings, parse_mcp_config({"mcpServers": {"toolbox": {
        "command": sys.executable, "args": ["-m", "tests.mcp_servers.toolbox"], "cwd": str(ROOT),
        "env": {"MCP_TOOLBOX_RECORD": str(record)}}}}), token_store())
    save_settings(settings)
    window, store = build(load_settings())
    window.show()
    try:
        await window.start()
        bridge = window.mcp_bridge
        assert bridge is not None
        await until(lambda: "toolbox__say" in window.session.plugins.plugins)  # started in the background
        assert window.session.plugins.plugins["toolbox__say"].source == "mcp:toolbox"

        finished = next_turn_end(window)
        window.send('use toolbox__say {"text": "你好 from Coze"}')
        await until(lambda: bool(window.approvals.cards))
        (card,) = window.approvals.cards
        assert "MCP server “toolbox”" in card.reason_label.text()
        assert "only reads" in card.reason_label.text()
        assert not record.exists()  # nothing runs before the answer
        card.allow_once_button.click()
        await asyncio.wait_for(finished, 30)
        assert "you said: 你好 from Coze" in answer_text(window)
        (call,) = [json.loads(line) for line in record.read_text().splitlines()]
        assert call["arguments"] == {"text": "你好 from Coze"}

        window.open_settings()
        dialog = window._settings_dialog
        box = dialog.plugins_page.mcp_box
        box.select("toolbox")
        table = box.server_table
        assert [table.item(0, c).text() for c in range(3)] == ["toolbox", "stdio", "Running"]
        assert "toolbox__say" in [box.tool_table.item(r, 0).text() for r in range(box.tool_table.rowCount())]
        dialog.reject()
    finally:
        await close_window(window, store)
    # Quitting stopped the server: its process is gone.
    await until(lambda: not alive(call["pid"]), 15)
    assert bridge.status()[0].state == "stopped"


async def test_a_window_without_servers_has_an_idle_bridge(window) -> None:  # type: ignore[no-untyped-def]
    assert window.mcp_bridge is not None and window.mcp_bridge.status() == []
    window.open_settings()
    box = window._settings_dialog.plugins_page.mcp_box
    assert box.server_table.rowCount() == 0 and box.tools_label.text() == "Select a server to see its tools."
    assert not box.restart_button.isEnabled() and box.add_button.isEnabled()
    assert box.add_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    window._settings_dialog.reject()


async def test_an_image_result_is_uploaded_over_the_windows_connection(fast_demo: None, memory_keyring: MemoryKeyring,
                                                                      tmp_path: Path) -> None:
    """The bridge's upload is the session's client of the moment: the PNG a tool returns reaches the (demo) Coze
    server as a file, and the bot is given its file id."""
    settings = Settings()
    save_servers(settings, parse_mcp_config({"mcpServers": {"toolbox": {
        "command": sys.executable, "args": ["-m", "tests.mcp_servers.toolbox"], "cwd": str(ROOT)}}}), token_store())
    settings.approvals = {"toolbox__image": "always"}
    save_settings(settings)
    window, store = build(load_settings())
    window.show()
    try:
        await window.start()
        await window.mcp_bridge.start()
        finished = next_turn_end(window)
        window.send('use toolbox__image {"width": 3, "height": 2}')
        await asyncio.wait_for(finished, 30)
        files = window.session.demo_server._api.store.files
        (stored,) = files.values()
        assert stored.content_type == "image/png" and stored.data.startswith(b"\x89PNG")
        assert stored.id in answer_text(window)  # the output the bot quoted names the uploaded file
    finally:
        await close_window(window, store)
