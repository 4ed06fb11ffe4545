"""Settings → Local plugins → MCP servers: each server's state and tools, its Coze declaration, add/edit/import."""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import re
import shlex
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..plugins.describe import ALLOWED, ASKS, ASKS_FOR_NETWORK, DENIED, RUNS, approval_state
from ..plugins.mcp_bridge import McpBridge, ServerState, ServerStatus
from ..plugins.mcp_config import (
    McpConfigError,
    McpServerConfig,
    dump_mcp_config,
    load_mcp_config,
    parse_mcp_config,
    save_servers,
    saved_servers,
)
from ..plugins.registry import Plugin, setup_text
from ..secrets import KeyringUnavailable, token_store
from ..settings import Settings
from .plugins_page import _fit_height, _label, _no_inner_scrolling, _table

NAME_ROLE = Qt.ItemDataRole.UserRole


class KeyValueEditor(QWidget):
    """``KEY=value`` pairs (environment variables, HTTP headers) as rows of two fields. The values may be secrets
    (API keys): they show as dots except while their field is being edited. Typing or pasting ``KEY=value`` into a
    name field splits it into the two fields."""

    sig_changed = Signal()

    def __init__(self, headers: bool = False, parent: QWidget | None = None) -> None:
        """``headers``: the pairs are HTTP headers (the button says so), else environment variables."""
        super().__init__(parent)
        self._headers = headers
        self.rows: list[tuple[QLineEdit, QLineEdit, QPushButton]] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton()
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row().setFocus())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addLayout(add_row)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _retranslate(self) -> None:
        self.add_button.setText(self.tr("Add header") if self._headers else self.tr("Add variable"))
        for key, value, remove in self.rows:
            key.setPlaceholderText(self.tr("NAME"))
            value.setPlaceholderText(self.tr("value (kept in the system keyring)"))
            remove.setText(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove {name}").format(name=key.text() or self.tr("this row")))

    def add_row(self, name: str = "", value: str = "") -> QLineEdit:
        """Append a row; returns its name field."""
        key, secret, remove = QLineEdit(name), QLineEdit(value), QPushButton()
        secret.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        remove.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(key, 2)
        row.addWidget(QLabel("="))
        row.addWidget(secret, 3)
        row.addWidget(remove)
        self._rows_layout.addLayout(row)
        entry = (key, secret, remove)
        self.rows.append(entry)
        key.textChanged.connect(lambda text: self._split(key, secret, text))
        secret.textChanged.connect(self.sig_changed)
        remove.clicked.connect(lambda: self._remove(entry, row))
        self._retranslate()
        return key

    def _split(self, key: QLineEdit, value: QLineEdit, text: str) -> None:
        if "=" in text:
            name, _, rest = text.partition("=")
            key.setText(name.strip())
            value.setText(rest.strip())
            value.setFocus()
        self.sig_changed.emit()

    def _remove(self, entry: tuple[QLineEdit, QLineEdit, QPushButton], row: QHBoxLayout) -> None:
        self.rows.remove(entry)
        for widget in entry:
            widget.deleteLater()
        self._rows_layout.removeItem(row)
        row.deleteLater()
        self.add_button.setFocus()
        self.sig_changed.emit()

    def set_pairs(self, pairs: dict[str, str]) -> None:
        for entry in list(self.rows):
            self.rows.remove(entry)
            for widget in entry:
                widget.deleteLater()
        while self._rows_layout.count():
            item = self._rows_layout.takeAt(0)
            if item.layout() is not None:
                item.layout().deleteLater()
        for name, value in pairs.items():
            self.add_row(name, value)

    def pairs(self) -> dict[str, str]:
        """The pairs as typed; rows without a name are left out."""
        return {key.text().strip(): value.text() for key, value, _ in self.rows if key.text().strip()}


class ServerForm(QDialog):
    """Add or edit one MCP server: a program run with arguments (stdio) or a URL (streamable HTTP). Checked as the
    import checks a file, so a server saved here is one the bridge can run. Open it with ``open()``, never ``exec()``.

    Signals:
        sig_saved(object): the McpServerConfig, when OK found nothing wrong.
    """

    sig_saved = Signal(object)

    def __init__(self, server: McpServerConfig | None, taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._taken = taken  # the other servers' names
        self._original = server
        self.name_edit = QLineEdit(server.name if server else "")
        self.transport_combo = QComboBox()
        self.transport_combo.addItem("", "stdio")
        self.transport_combo.addItem("", "http")
        self.command_edit = QLineEdit(server.command if server else "")
        self.args_edit = QLineEdit(shlex.join(server.args) if server else "")
        self.cwd_edit = QLineEdit(server.cwd if server else "")
        self.env_editor = KeyValueEditor()
        self.env_editor.set_pairs(dict(server.env) if server else {})
        self.url_edit = QLineEdit(server.url if server else "")
        self.headers_editor = KeyValueEditor(headers=True)
        self.headers_editor.set_pairs(dict(server.headers) if server else {})
        self.enabled_check = QCheckBox()
        self.enabled_check.setChecked(server.enabled if server else True)

        stdio = QWidget()
        self.stdio_form = _form(stdio, self.command_edit, self.args_edit, self.cwd_edit, self.env_editor)
        http = QWidget()
        self.http_form = _form(http, self.url_edit, self.headers_editor)
        self.pages = QStackedWidget()
        self.pages.addWidget(stdio)
        self.pages.addWidget(http)
        self.transport_combo.currentIndexChanged.connect(self.pages.setCurrentIndex)
        self.transport_combo.setCurrentIndex(1 if server is not None and server.transport == "http" else 0)

        self.top_form = _form(None, self.name_edit, self.transport_combo)
        self.problem_label = _label("")
        self.problem_label.setProperty("role", "danger")
        self.problem_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top_form)
        layout.addWidget(self.pages)
        layout.addWidget(self.enabled_check)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.resize(560, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit MCP server") if self._original else self.tr("Add MCP server"))
        shown: list[QLabel] = []
        for form, labels in (
            (self.top_form, [self.tr("&Name:"), self.tr("&Runs as:")]),
            (self.stdio_form, [self.tr("&Program:"), self.tr("&Arguments:"), self.tr("&Working folder:"),
                               self.tr("&Environment:")]),
            (self.http_form, [self.tr("&URL:"), self.tr("&Headers:")]),
        ):
            for row, text in enumerate(labels):
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
                label.setText(text)
                shown.append(label)
        widest = max(label.sizeHint().width() for label in shown)
        for label in shown:  # one label column for the three forms, in every language
            label.setMinimumWidth(widest)
        self.transport_combo.setItemText(0, self.tr("A program on this computer (stdio)"))
        self.transport_combo.setItemText(1, self.tr("A URL (streamable HTTP)"))
        self.name_edit.setPlaceholderText(self.tr("e.g. files — its tools are called files__<tool> in Coze"))
        self.command_edit.setPlaceholderText(self.tr("e.g. npx, uvx or /usr/local/bin/my-server"))
        self.args_edit.setPlaceholderText(self.tr("as in a shell, e.g. -y @modelcontextprotocol/server-filesystem ~"))
        self.cwd_edit.setPlaceholderText(self.tr("optional"))
        self.url_edit.setPlaceholderText("http://127.0.0.1:8000/mcp")
        self.enabled_check.setText(self.tr("Run this server"))

    def server(self) -> McpServerConfig:
        """The server as filled in; raises McpConfigError (its message names the problem) when it cannot run."""
        name = self.name_edit.text().strip()
        entry: dict[str, object]
        if self.transport_combo.currentData() == "http":
            entry = {"url": self.url_edit.text().strip(), "headers": self.headers_editor.pairs()}
        else:
            try:
                args = shlex.split(self.args_edit.text())
            except ValueError as exc:
                raise McpConfigError(self.tr("The arguments of “{name}” cannot be read: {error}").format(
                    name=name, error=exc)) from None
            entry = {"command": self.command_edit.text().strip(), "args": args, "env": self.env_editor.pairs()}
            if self.cwd_edit.text().strip():
                entry["cwd"] = self.cwd_edit.text().strip()
        if not name:
            raise McpConfigError(self.tr("The server needs a name."))
        if name in self._taken:
            raise McpConfigError(self.tr("There is already a server called “{name}”.").format(name=name))
        (server,) = parse_mcp_config({"mcpServers": {name: entry}})
        return dataclasses.replace(server, enabled=self.enabled_check.isChecked())

    def save(self) -> None:
        try:
            server = self.server()
        except McpConfigError as exc:
            self.problem_label.setText(str(exc))
            self.problem_label.show()
            return
        self.sig_saved.emit(server)
        self.accept()


class McpServersBox(QGroupBox):
    """The MCP servers: the list with each one's state, transport and tool count; the selected one's tools with
    their Coze names, read-only hints and approval states; Copy Coze declaration; Add, Edit, Remove, Import…,
    Restart.

    The list is edited on the page and given to the bridge on the dialog's Apply (``servers()``, ``applied()``);
    Restart acts at once on a running server. States follow the bridge live (``set_bridge``).
    """

    def __init__(self, settings: Settings, rules: Callable[[], dict[str, str]], parent: QWidget | None = None) -> None:
        """The servers saved in ``settings`` (their env and header values read from the keyring); ``rules`` gives
        the remembered answers as edited on the page, for the tools' approval states."""
        super().__init__(parent)
        servers = saved_servers(settings, token_store())
        # What the settings file holds: on Apply, the keyring values of servers no longer in it are removed.
        self._entries = copy.deepcopy(settings.mcp_servers)
        self._servers = list(servers)
        self._applied = {server.name: server for server in servers}  # what the bridge runs
        self._rules = rules
        self._bridge: McpBridge | None = None
        self._status: dict[str, ServerStatus] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._dialog: QDialog | None = None

        self.intro = _label("")
        self.server_table = _table(4)
        self.server_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.server_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.server_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.server_table.setWordWrap(True)
        header = self.server_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        _no_inner_scrolling(self.server_table)
        self.server_table.itemSelectionChanged.connect(self._show_tools)
        self.server_table.itemDoubleClicked.connect(lambda _item: self.edit_selected())

        self.add_button, self.edit_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.import_button, self.restart_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_server)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.choose_import)
        self.restart_button.clicked.connect(self.restart_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.import_button,
                       self.restart_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status_label = _label("")
        self.status_label.hide()  # shown with a message: no empty strip under the buttons

        self.tools_label = _label("")
        self.tool_table = _table(4)
        self.tool_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tool_table.setWordWrap(True)
        header = self.tool_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        _no_inner_scrolling(self.tool_table)
        self.copy_button = QPushButton()
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_declaration)
        self.copy_status = _label("")
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copy_status, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.server_table)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tools_label)
        layout.addWidget(self.tool_table)
        layout.addLayout(copy_row)
        self._fill()
        if self._servers:
            self.server_table.selectRow(0)
        self._retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Rows get their final (styled) height only once shown: fit the tables again then (as the page does).
        QTimer.singleShot(0, self, self._fit_tables)

    def _fit_tables(self) -> None:
        _fit_height(self.server_table)
        _fit_height(self.tool_table)

    # ------------------------------------------------------------------ texts

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("MCP servers"))
        self.intro.setText(self.tr(
            "The tools of MCP servers become local plugins named <server>__<tool>. Declare each one in Coze as "
            "for the tools above (Copy Coze declaration). Import… reads the {\"mcpServers\": …} file of other "
            "desktop MCP clients. Changes take effect on Apply; environment and header values are kept in the "
            "system keyring."))
        self.server_table.setHorizontalHeaderLabels(
            [self.tr("Server"), self.tr("Runs as"), self.tr("State"), self.tr("Tools")])
        self.tool_table.setHorizontalHeaderLabels(
            [self.tr("Name in Coze"), self.tr("Description"), self.tr("Read-only"), self.tr("Approval")])
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.import_button.setText(self.tr("Import…"))
        self.restart_button.setText(self.tr("Restart"))
        self.copy_button.setText(self.tr("Copy Coze declaration"))
        self._refresh_rows()
        self._show_tools()

    def _state_text(self, server: McpServerConfig) -> str:
        applied = self._applied.get(server.name)
        if applied is None:
            return self.tr("New: starts on Apply") if server.enabled else self.tr("Off")
        if applied != server:
            return self.tr("Changed: applies on Apply")
        if not server.enabled:
            return self.tr("Off")
        status = self._status.get(server.name)
        if status is None:
            return self.tr("Stopped")
        if status.state == ServerState.RUNNING:
            return self.tr("Running")
        if status.state == ServerState.STARTING:
            return self.tr("Starting…")
        if status.state == ServerState.RESTARTING:
            return self.tr("Restarting (restart {count}): {error}").format(count=status.restarts, error=status.error) \
                if status.error else self.tr("Restarting (restart {count})").format(count=status.restarts)
        if status.state == ServerState.FAILED:
            return self.tr("Failed: {error}").format(error=status.error or self.tr("no reason given"))
        return self.tr("Stopped")

    def _approval_text(self, plugin: Plugin) -> str:
        return {
            DENIED: self.tr("Denied"),
            ALLOWED: self.tr("Always allowed"),
            ASKS: self.tr("Asks every call"),
            ASKS_FOR_NETWORK: self.tr("Asks for network calls"),
            RUNS: self.tr("Runs without asking"),
        }[approval_state(plugin, self._rules())]

    # ------------------------------------------------------------------ the list

    def _fill(self) -> None:
        selected = self.selected_name()
        self.server_table.setRowCount(0)
        for server in self._servers:
            row = self.server_table.rowCount()
            self.server_table.insertRow(row)
            item = QTableWidgetItem(server.name)
            item.setData(NAME_ROLE, server.name)
            self.server_table.setItem(row, 0, item)
            self.server_table.setItem(row, 1, QTableWidgetItem(server.transport))
            for column in (2, 3):
                self.server_table.setItem(row, column, QTableWidgetItem(""))
            if server.name == selected:
                self.server_table.selectRow(row)
        self._refresh_rows()

    def _refresh_rows(self) -> None:
        for row, server in enumerate(self._servers):
            self.server_table.item(row, 2).setText(self._state_text(server))
            status = self._status.get(server.name)
            # A count only for a server that has listed its tools; "—" for one that is off, failed or not applied.
            tools = len(status.tools) if status is not None and self._applied.get(server.name) == server and \
                (status.tools or status.state == ServerState.RUNNING) else None
            self.server_table.item(row, 3).setText("—" if tools is None else str(tools))
        _fit_height(self.server_table)
        self._enable()

    def _enable(self) -> None:
        name = self.selected_name()
        self.edit_button.setEnabled(name is not None)
        self.remove_button.setEnabled(name is not None)
        running = self._bridge is not None and name in self._applied and self._applied[name] in self._servers \
            and self._applied[name].enabled
        self.restart_button.setEnabled(running)
        self.copy_button.setEnabled(bool(self.selected_tools()))

    def selected_name(self) -> str | None:
        rows = {index.row() for index in self.server_table.selectedIndexes()}
        if not rows:
            return None
        item = self.server_table.item(min(rows), 0)
        return item.data(NAME_ROLE) if item is not None else None

    def select(self, name: str) -> None:
        for row, server in enumerate(self._servers):
            if server.name == name:
                self.server_table.selectRow(row)

    def selected_tools(self) -> list[Plugin]:
        """The selected server's tools, as the bridge runs them (none for a server not applied yet)."""
        name = self.selected_name()
        status = self._status.get(name) if name is not None else None
        server = next((s for s in self._servers if s.name == name), None)
        if status is None or server is None or self._applied.get(name) != server:
            return []
        return list(status.tools)

    def _show_tools(self) -> None:
        name = self.selected_name()
        tools = self.selected_tools()
        self.tool_table.setRowCount(0)
        for plugin in tools:
            row = self.tool_table.rowCount()
            self.tool_table.insertRow(row)
            hint = self.tr("The server says it only reads") if plugin.read_only_hint else ""
            for column, text in enumerate((plugin.name, plugin.description, hint, self._approval_text(plugin))):
                self.tool_table.setItem(row, column, QTableWidgetItem(text))
        if name is None:
            self.tools_label.setText(self.tr("Select a server to see its tools."))
        elif tools:
            self.tools_label.setText(self.tr("Tools of “{name}”:").format(name=name))
        else:
            self.tools_label.setText(self.tr("“{name}” shows its tools once it runs.").format(name=name))
        _fit_height(self.tool_table)
        self._enable()

    # ------------------------------------------------------------------ the bridge

    def set_bridge(self, bridge: McpBridge) -> None:
        """Show the states and tools of ``bridge``'s servers, live, and let Restart act on them."""
        self._bridge = bridge
        self._on_status(bridge.status())
        unsubscribe = bridge.subscribe(self._on_status)
        self.destroyed.connect(lambda *_: unsubscribe())

    def _on_status(self, statuses: list[ServerStatus]) -> None:
        if not shiboken6.isValid(self):
            return
        self._status = {status.name: status for status in statuses}
        self._refresh_rows()
        self._show_tools()

    def restart_selected(self) -> None:
        name = self.selected_name()
        if self._bridge is None or name is None:
            return
        self._spawn(self._bridge.restart(name))
        self._say(self.tr("Restarting “{name}”…").format(name=name))

    def apply(self) -> None:
        """Give the edited list to the bridge (the dialog's Apply): removed and changed servers stop, new ones
        start. Without a bridge (the window has none yet) the list only becomes the applied one."""
        servers = self.servers()
        self._applied = {server.name: server for server in servers}
        if self._bridge is not None:
            self._spawn(self._bridge.set_servers(servers))
        self._refresh_rows()
        self._show_tools()

    def problem(self) -> str:
        """Why the list cannot be saved (two names that give the same tool prefix); "" when it can."""
        try:
            parse_mcp_config(dump_mcp_config(self._servers))
        except McpConfigError as exc:
            return self.tr("MCP servers: {error}").format(error=exc)
        return ""

    def save_into(self, settings: Settings) -> None:
        """Apply: the list into ``settings`` (the file keeps names, never values), the values into the keyring,
        and the servers to the bridge."""
        settings.mcp_servers = copy.deepcopy(self._entries)
        try:
            save_servers(settings, self._servers, token_store())
        except KeyringUnavailable:
            self._say(self.tr(
                "The environment and header values could not be stored in the system keyring: the servers use "
                "them until you quit, and will need them again after the next start."))
        except McpConfigError as exc:  # problem() said so before Apply got here; nothing changes
            self._say(str(exc))
            return
        self._entries = copy.deepcopy(settings.mcp_servers)
        self.apply()

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _spawn(self, coroutine: object) -> None:
        task = asyncio.ensure_future(coroutine)  # type: ignore[arg-type]
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # ------------------------------------------------------------------ editing

    def servers(self) -> list[McpServerConfig]:
        return list(self._servers)

    def _open(self, dialog: QDialog) -> None:
        """One form or file picker at a time, opened without blocking the loop; deleted when closed."""
        if self._dialog is not None:
            self._dialog.close()
        self._dialog = dialog
        dialog.finished.connect(lambda _=0, dialog=dialog: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        dialog.deleteLater()

    def add_server(self) -> ServerForm:
        form = ServerForm(None, {s.name for s in self._servers}, self)
        form.sig_saved.connect(self._added)
        self._open(form)
        return form

    def _added(self, server: McpServerConfig) -> None:
        self._servers.append(server)
        self._fill()
        self.select(server.name)
        self._say(self.tr("Added “{name}”; it starts on Apply.").format(name=server.name))

    def edit_selected(self) -> ServerForm | None:
        name = self.selected_name()
        server = next((s for s in self._servers if s.name == name), None)
        if server is None:
            return None
        form = ServerForm(server, {s.name for s in self._servers if s.name != name}, self)
        form.sig_saved.connect(lambda edited, name=name: self._edited(name, edited))
        self._open(form)
        return form

    def _edited(self, name: str, server: McpServerConfig) -> None:
        index = next(i for i, s in enumerate(self._servers) if s.name == name)
        self._servers[index] = server
        self._fill()
        self.select(server.name)

    def remove_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        self._servers = [s for s in self._servers if s.name != name]
        self._fill()
        self._say(self.tr("Removed “{name}”; it stops on Apply (Cancel keeps it).").format(
            name=name))
        self._show_tools()

    def choose_import(self) -> QFileDialog:
        picker = QFileDialog(self, self.tr("Import MCP servers"), str(Path.home()),
                             self.tr("MCP configuration (*.json);;All files (*)"))
        picker.setFileMode(QFileDialog.FileMode.ExistingFile)
        picker.fileSelected.connect(self.import_file)
        self._open(picker)
        return picker

    def import_file(self, path: str) -> None:
        """Add the servers of a desktop MCP client's file. A name already in the list gets a number (``files_2``):
        nothing is replaced; a server identical to one in the list is skipped."""
        try:
            found = load_mcp_config(Path(path))
        except McpConfigError as exc:
            self._say(self.tr("Nothing was imported from {file}: {error}").format(
                file=Path(path).name, error=exc))
            return
        added: list[str] = []
        notes: list[str] = []
        for server in found:
            same = next((s for s in self._servers if dataclasses.replace(server, name=s.name) == s), None)
            if same is not None:  # imported before (perhaps renamed then): not twice
                notes.append(self.tr("“{name}” is already in the list as “{listed}”").format(
                    name=server.name, listed=same.name))
                continue
            name = _free_name(server.name, {s.name for s in self._servers})
            if name != server.name:
                notes.append(self.tr("“{name}” was already taken: imported as “{new}”").format(
                    name=server.name, new=name))
                server = dataclasses.replace(server, name=name)
            self._servers.append(server)
            added.append(name)
        self._fill()
        if added:
            self.select(added[0])
        text = self.tr("Imported {count} server(s) from {file}: {names}; they start on Apply.").format(
            count=len(added), file=Path(path).name, names=", ".join(added)) if added else \
            self.tr("No new server in {file}.").format(file=Path(path).name)
        self._say("\n".join([text, *notes]))

    # ------------------------------------------------------------------ copy

    def copy_declaration(self) -> None:
        """The selected server's tools as Coze's form asks for them, on the clipboard."""
        tools = self.selected_tools()
        if not tools:
            return
        QGuiApplication.clipboard().setText("\n\n".join(setup_text(tool) for tool in tools))
        self.copy_status.setText(self.tr("Copied the declaration of {count} tool(s) of “{name}”.").format(
            count=len(tools), name=self.selected_name()))


def _form(parent: QWidget | None, *fields: QWidget) -> QFormLayout:
    """A form of labelled fields; each label is its field's buddy, so its &-mnemonic (Alt+letter) focuses it."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)  # the forms stack into one: their fields line up
    for field in fields:
        label = QLabel()
        label.setBuddy(field)
        form.addRow(label, field)
    return form


def _free_name(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    base = re.sub(r"_\d+$", "", name)
    number = 2
    while f"{base}_{number}" in taken:
        number += 1
    return f"{base}_{number}"
