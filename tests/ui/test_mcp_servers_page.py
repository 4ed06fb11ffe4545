"""Settings → Local plugins → MCP servers, with real MCP servers (the toolbox of tests/mcp_servers) and a real
bridge on the qasync loop; and the approval prompt for a tool from outside Coze Desktop."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from coze_desktop.plugins import Plugin, default_registry
from coze_desktop.plugins.approval import ApprovalRequest, Reason
from coze_desktop.plugins.mcp_bridge import McpBridge
from coze_desktop.plugins.mcp_config import McpServerConfig, parse_mcp_config, save_servers, saved_servers
from coze_desktop.plugins.registry import setup_text
from coze_desktop.secrets import token_store
from coze_desktop.settings import Settings, load_settings, save_settings, settings_path
from coze_desktop.ui.approval_prompt import ApprovalCard
from coze_desktop.ui.mcp_servers import McpServersBox, ServerForm
from coze_desktop.ui.plugins_page import PluginsPage
from coze_desktop.ui.settings_dialog import SettingsDialog

from ..test_settings import MemoryKeyring

pytestmark = pytest.mark.asyncio

ROOT = Path(__file__).resolve().parents[2]
TOOLBOX = {"command": sys.executable, "args": ["-m", "tests.mcp_servers.toolbox"], "cwd": str(ROOT)}


def configs(servers: dict[str, Any]) -> list[McpServerConfig]:
    return parse_mcp_config({"mcpServers": servers})


async def until(condition: Callable[[], bool], seconds: float = 30) -> None:
    """Poll while the loop runs: qtbot.waitUntil would spin a nested Qt loop that starves asyncio."""
    async with asyncio.timeout(seconds):
        while not condition():  # noqa: ASYNC110 (widget state, not something an asyncio.Event could signal)
            await asyncio.sleep(0.02)


def page_for(qtbot: QtBot, settings: Settings) -> PluginsPage:
    page = PluginsPage(default_registry(), settings)
    qtbot.addWidget(page)
    page.resize(760, 900)
    page.show()
    return page


def rows(box: McpServersBox) -> dict[str, list[str]]:
    table = box.server_table
    return {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 4)] for r in range(table.rowCount())}


def tool_rows(box: McpServersBox) -> dict[str, list[str]]:
    table = box.tool_table
    return {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 4)] for r in range(table.rowCount())}


@pytest_asyncio.fixture
async def bridge_with() -> AsyncIterator[Callable[[list[McpServerConfig]], McpBridge]]:
    """Makes bridges and closes them after the test (stopping their servers)."""
    made: list[McpBridge] = []

    def make(servers: list[McpServerConfig]) -> McpBridge:
        made.append(McpBridge(servers, start_timeout=20))
        return made[-1]

    yield make
    for bridge in made:
        await asyncio.wait_for(bridge.aclose(), 20)


# -------------------------------------------------------------------------------------------- add / edit


async def test_add_a_server_with_a_secret_through_the_form(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    settings = Settings()
    page = page_for(qtbot, settings)
    box = page.mcp_box
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    form = box._dialog
    assert isinstance(form, ServerForm) and form.isVisible()
    qtbot.keyClicks(form.name_edit, "toolbox")
    qtbot.keyClicks(form.command_edit, sys.executable)
    qtbot.keyClicks(form.args_edit, "-m tests.mcp_servers.toolbox")
    qtbot.keyClicks(form.cwd_edit, str(ROOT))
    qtbot.mouseClick(form.env_editor.add_button, Qt.MouseButton.LeftButton)
    key, value, _remove = form.env_editor.rows[0]
    key.insert("API_KEY=sk-very-secret")  # a pasted line splits into the two fields
    assert (key.text(), value.text()) == ("API_KEY", "sk-very-secret")
    assert value.echoMode() is QLineEdit.EchoMode.PasswordEchoOnEdit
    form.name_edit.setFocus()
    assert "sk-very-secret" not in value.displayText()  # masked when not being edited
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert rows(box) == {"toolbox": ["stdio", "New: starts on Apply", "—"]}
    (server,) = box.servers()
    assert server.args == ("-m", "tests.mcp_servers.toolbox") and dict(server.env) == {"API_KEY": "sk-very-secret"}

    saved = Settings()
    page.save_into(saved)
    save_settings(saved)
    text = settings_path().read_text(encoding="utf-8")
    assert "toolbox" in text and "API_KEY" in text and "sk-very-secret" not in text  # the value is in the keyring
    assert any("sk-very-secret" in value for value in memory_keyring.entries.values())
    assert saved_servers(load_settings(), token_store()) == [server]
    assert rows(box)["toolbox"][1] == "Stopped"  # applied; no bridge here to run it


async def test_the_form_refuses_what_cannot_run(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    settings = Settings()
    save_servers(settings, configs({"files": TOOLBOX}), token_store())
    page = page_for(qtbot, settings)
    form = page.mcp_box.add_server()
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert form.isVisible() and form.problem_label.text() == "The server needs a name."
    qtbot.keyClicks(form.name_edit, "files")
    qtbot.keyClicks(form.command_edit, "python3")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "already a server called “files”" in form.problem_label.text()
    form.name_edit.setText("web")
    form.transport_combo.setCurrentIndex(1)
    qtbot.keyClicks(form.url_edit, "ftp://example.com/mcp")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert form.isVisible() and "web" in form.problem_label.text()
    form.url_edit.setText("http://127.0.0.1:9/mcp")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert rows(page.mcp_box)["web"][0] == "http"


async def test_edit_and_remove(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    settings = Settings()
    save_servers(settings, configs({"files": {**TOOLBOX, "env": {"TOKEN": "t-123"}}}), token_store())
    page = page_for(qtbot, settings)
    box = page.mcp_box
    box.select("files")
    form = box.edit_selected()
    assert form is not None and form.env_editor.pairs() == {"TOKEN": "t-123"}  # the keyring's value, masked
    assert form.command_edit.text() == sys.executable
    form.enabled_check.setChecked(False)
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert rows(box)["files"][1] == "Changed: applies on Apply"
    box.select("files")
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert rows(box) == {}
    assert "Cancel keeps it" in box.status_label.text()
    saved = Settings(mcp_servers=settings.mcp_servers)
    page.save_into(saved)
    assert saved.mcp_servers == []
    assert not any("t-123" in value for value in memory_keyring.entries.values())  # its secret went with it


# ---------------------------------------------------------------------------------------------- import


async def test_import_a_desktop_clients_file(qtbot: QtBot, memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    settings = Settings()
    save_servers(settings, configs({"files": TOOLBOX}), token_store())
    page = page_for(qtbot, settings)
    box = page.mcp_box
    path = tmp_path / "claude_desktop_config.json"
    path.write_text(json.dumps({"mcpServers": {
        "files": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"]},
        "web": {"url": "http://127.0.0.1:9/mcp", "headers": {"Authorization": "Bearer abc"}},
    }}), encoding="utf-8")
    box.import_file(str(path))
    assert rows(box) == {"files": ["stdio", "Stopped", "—"], "files_2": ["stdio", "New: starts on Apply", "—"],
                         "web": ["http", "New: starts on Apply", "—"]}
    status = box.status_label.text()
    assert "Imported 2 server(s) from claude_desktop_config.json: files_2, web" in status
    assert "“files” was already taken: imported as “files_2”" in status  # renamed, never replaced
    box.import_file(str(path))  # the same file again: nothing new
    assert "files_3" not in rows(box) and "No new server" in box.status_label.text()
    saved = Settings()
    page.save_into(saved)
    assert [entry["name"] for entry in saved.mcp_servers] == ["files", "files_2", "web"]
    assert "Bearer abc" not in json.dumps(saved.mcp_servers)


@pytest.mark.parametrize(("content", "message"), [
    ("{mcpServers: {", "is not valid JSON"),
    ('{"servers_of_mine": {}}', 'no "mcpServers" object'),
    ('{"mcpServers": {"x": {"type": "sse", "url": "http://127.0.0.1:9/sse"}}}', "SSE transport"),
])
async def test_import_errors_are_clear_and_change_nothing(qtbot: QtBot, memory_keyring: MemoryKeyring,
                                                          tmp_path: Path, content: str, message: str) -> None:
    page = page_for(qtbot, Settings())
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    page.mcp_box.import_file(str(path))
    assert page.mcp_box.status_label.text().startswith("Nothing was imported from bad.json: ")
    assert message in page.mcp_box.status_label.text()
    assert rows(page.mcp_box) == {}


async def test_import_opens_a_file_picker_without_blocking(qtbot: QtBot, memory_keyring: MemoryKeyring,
                                                           tmp_path: Path) -> None:
    page = page_for(qtbot, Settings())
    qtbot.mouseClick(page.mcp_box.import_button, Qt.MouseButton.LeftButton)
    picker = page.mcp_box._dialog
    assert picker is not None and picker.isVisible()
    await asyncio.sleep(0.05)  # the loop keeps running while the picker is open
    path = tmp_path / "mcp.json"
    path.write_text(json.dumps({"mcpServers": {"t": TOOLBOX}}), encoding="utf-8")
    picker.fileSelected.emit(str(path))
    picker.reject()
    assert "t" in rows(page.mcp_box)


# ------------------------------------------------------------------------------------ state, tools, copy


async def test_a_server_that_runs_and_one_that_fails(qtbot: QtBot, memory_keyring: MemoryKeyring, tmp_path: Path,
                                                     bridge_with: Callable[[list[McpServerConfig]], McpBridge]) -> None:
    settings = Settings()
    servers = configs({"toolbox": TOOLBOX, "ghost": {"command": str(tmp_path / "no-such-program")}})
    save_servers(settings, servers, token_store())
    settings.approvals = {"toolbox__add": "deny"}
    page = page_for(qtbot, settings)
    box = page.mcp_box
    bridge = bridge_with(servers)
    page.set_bridge(bridge)
    assert rows(box)["toolbox"][1] == "Stopped"
    await bridge.start()
    await until(lambda: rows(box)["toolbox"][1] == "Running" and rows(box)["ghost"][1].startswith("Failed: "))
    toolbox = rows(box)["toolbox"]
    assert toolbox[0] == "stdio" and int(toolbox[2]) == len(bridge.status()[0].tools) > 5
    assert rows(box)["ghost"][2] == "—" and len(rows(box)["ghost"][1]) > len("Failed: ")

    box.select("toolbox")
    tools = tool_rows(box)
    assert tools["toolbox__say"] == ["Say the text back.", "The server says it only reads", "Asks every call"]
    assert tools["toolbox__add"][1:] == ["", "Denied"]  # the page's remembered answers
    assert box.tools_label.text() == "Tools of “toolbox”:"
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    qtbot.mouseClick(box.copy_button, Qt.MouseButton.LeftButton)
    expected = [tool for tool in bridge.plugins() if tool.source == "mcp:toolbox"]
    assert clipboard.text() == "\n\n".join(setup_text(tool) for tool in expected)
    assert "工具名称 Tool name: toolbox__say" in clipboard.text()
    assert "- 参数名称 Name: text" in clipboard.text()
    assert box.copy_status.text() == f"Copied the declaration of {len(expected)} tool(s) of “toolbox”."

    box.select("ghost")
    assert tool_rows(box) == {} and not box.copy_button.isEnabled()
    assert box.tools_label.text() == "“ghost” shows its tools once it runs."


async def test_apply_starts_an_added_server_and_restart_restarts_it(
        qtbot: QtBot, memory_keyring: MemoryKeyring, tmp_path: Path,
        bridge_with: Callable[[list[McpServerConfig]], McpBridge]) -> None:
    record = tmp_path / "calls.jsonl"
    dialog = SettingsDialog(load_settings(), plugins=default_registry())
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.plugins_page
    dialog.tabs.setCurrentWidget(page)
    bridge = bridge_with([])
    await bridge.start()
    page.set_bridge(bridge)
    path = tmp_path / "mcp.json"
    path.write_text(json.dumps({"mcpServers": {"toolbox": {**TOOLBOX, "env": {"MCP_TOOLBOX_RECORD": str(record)}}}}),
                    encoding="utf-8")
    page.mcp_box.import_file(str(path))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Apply), Qt.MouseButton.LeftButton)
    await until(lambda: rows(page.mcp_box)["toolbox"][1] == "Running")
    assert [s.name for s in saved_servers(load_settings(), token_store())] == ["toolbox"]
    assert str(record) not in settings_path().read_text(encoding="utf-8")  # env values: keyring only

    output = await bridge.call("toolbox", "say", {"text": "before"})
    first = json.loads(record.read_text().splitlines()[-1])["pid"]
    page.mcp_box.select("toolbox")
    assert page.mcp_box.restart_button.isEnabled()
    qtbot.mouseClick(page.mcp_box.restart_button, Qt.MouseButton.LeftButton)
    await until(lambda: not page.mcp_box._tasks)  # the restart finished
    assert rows(page.mcp_box)["toolbox"][1] == "Running"
    await bridge.call("toolbox", "say", {"text": "after"})
    assert "before" in output
    assert json.loads(record.read_text().splitlines()[-1])["pid"] != first  # a new process

    page.mcp_box.select("toolbox")
    qtbot.mouseClick(page.mcp_box.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Apply), Qt.MouseButton.LeftButton)
    await until(lambda: bridge.status() == [])
    assert load_settings().mcp_servers == []


async def test_two_names_that_make_the_same_prefix_are_refused_on_apply(qtbot: QtBot,
                                                                        memory_keyring: MemoryKeyring) -> None:
    dialog = SettingsDialog(load_settings(), plugins=default_registry())
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.plugins_page.mcp_box
    box._added(configs({"my-files": TOOLBOX})[0])
    box._added(configs({"my files": TOOLBOX})[0])
    assert not dialog.apply()
    assert dialog.tabs.currentWidget() is dialog.plugins_page
    assert dialog.apply_label.text().startswith("MCP servers: ")
    assert load_settings().mcp_servers == []


async def test_the_page_is_reachable_by_keyboard(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    page = page_for(qtbot, Settings())
    box = page.mcp_box
    for button in (box.add_button, box.import_button, box.copy_button):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    form = box.add_server()
    await until(lambda: QApplication.activeModalWidget() is form or form.isVisible())
    labels = [form.top_form.labelForField(form.name_edit), form.stdio_form.labelForField(form.command_edit)]
    assert [label.text() for label in labels] == ["&Name:", "&Program:"]  # Alt+N, Alt+P
    assert [label.buddy() for label in labels] == [form.name_edit, form.command_edit]
    form.reject()


# ---------------------------------------------------------------------------------------------- approval


async def _ok(args: dict[str, Any]) -> str:
    return "{}"


@pytest.mark.parametrize(("source", "hint", "lines"), [
    ("mcp:toolbox", True, ["It runs a tool of the MCP server “toolbox”, a program outside Coze Desktop.",
                           "The server says this tool only reads; it is still your decision."]),
    ("mcp:files", False, ["It runs a tool of the MCP server “files”, a program outside Coze Desktop."]),
    ("package:coze-desktop-example", False,
     ["It runs a tool of the installed Python package “coze-desktop-example”."]),
])
async def test_the_prompt_says_where_an_external_tool_comes_from(qtbot: QtBot, source: str, hint: bool,
                                                                 lines: list[str]) -> None:
    plugin = Plugin("toolbox__say", "Say the text back.", {"properties": {"text": {"type": "string"}}}, _ok,
                    acts=False, source=source, read_only_hint=hint)
    request = ApprovalRequest.build("toolbox__say", plugin, {"text": "hi"}, "c1")
    assert request.reason is Reason.EXTERNAL  # asked even though it claims to only read
    card = ApprovalCard(request)
    qtbot.addWidget(card)
    card.show()
    assert card.reason_label.text().splitlines() == lines
    assert card.title_label.text() == "Allow “toolbox__say” to run?"
    assert all(b.isEnabled() for b in (card.allow_once_button, card.always_button, card.deny_button))


async def test_without_a_keyring_the_values_last_until_quit(qtbot: QtBot, no_keyring: object, app_home: Path) -> None:
    page = page_for(qtbot, Settings())
    box = page.mcp_box
    box._added(configs({"files": {**TOOLBOX, "env": {"API_KEY": "sk-only-in-memory"}}})[0])
    saved = Settings()
    page.save_into(saved)
    save_settings(saved)
    assert "keyring" in box.status_label.text() and "until you quit" in box.status_label.text()
    assert box.status_label.isVisible()
    assert saved.mcp_servers[0]["env_keys"] == ["API_KEY"]  # the server is saved, its value is not
    assert "sk-only-in-memory" not in settings_path().read_text(encoding="utf-8")
    assert [dict(s.env) for s in saved_servers(saved, token_store())] == [{"API_KEY": "sk-only-in-memory"}]
