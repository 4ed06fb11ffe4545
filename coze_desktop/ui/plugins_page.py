"""The "Local plugins" settings page: how to declare each tool in Coze, name mapping, remembered answers, http."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..plugins import Plugin
from ..plugins.approval import RULE_ALWAYS, RULE_ASK, RULE_DENY, rule_key, split_rule_key
from ..plugins.registry import parameters_of, setup_text
from ..settings import Settings
from .volume_target import VolumeTargetGroup

if TYPE_CHECKING:
    from ..plugins.mcp_bridge import McpBridge

KEY_ROLE = Qt.ItemDataRole.UserRole


class PluginsPage(QScrollArea):
    """Shows what to enter in Coze for every local tool, and edits ``aliases``, ``approvals`` and ``allow_http``.

    Edits stay on the page until the dialog's Apply calls :meth:`save_into`. The page is the only thing that
    scrolls: its tables are as tall as their rows (no scroll area inside a scroll area), their long texts wrap
    instead of being cut off, and the page scrolls vertically only. Texts follow a live language change.
    """

    def __init__(self, plugins: Iterable[Plugin], settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        every = list(plugins)
        # An MCP server's tools are shown with their server (the MCP section), as they come and go with it.
        self.plugins = [p for p in every if not p.source.startswith("mcp:")]
        self._names = [p.name for p in every]

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self._build_guide())
        layout.addWidget(self._build_mcp(settings))
        layout.addWidget(self._build_aliases(settings.aliases))
        layout.addWidget(self._build_approvals(settings.approvals))
        self.http_check = QCheckBox()
        self.http_check.setChecked(settings.allow_http)
        self.http_note = _label("")
        self.http_note.setProperty("muted", True)
        layout.addWidget(self.http_check)
        layout.addWidget(self.http_note)
        self.volume_target_box = VolumeTargetGroup(settings.volume_target)
        layout.addWidget(self.volume_target_box)
        layout.addStretch(1)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # The content follows the page's width (texts wrap), so sideways scrolling is never needed.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The buttons and combo boxes in the rows get their final (styled) height only once shown: fit again
        # then, once the show has finished.
        QTimer.singleShot(0, self, self._fit_tables)

    def _fit_tables(self) -> None:
        for table in (self.guide_table, self.alias_table, self.approval_table):
            _fit_height(table)

    def _rule_names(self) -> dict[str, str]:
        return {RULE_ALWAYS: self.tr("Always allow"), RULE_ASK: self.tr("Always ask"), RULE_DENY: self.tr("Deny")}

    def _retranslate(self) -> None:
        """Every fixed text of the page in the current language (at start, and on a live language change)."""
        self.guide_box.setTitle(self.tr("Set up in Coze"))
        self.guide_intro.setText(self.tr(
            "In Coze, open your bot, add a plugin of type 端插件 (local plugin) and create one tool for each row "
            "below, with exactly this name, description and parameters. Then publish the bot as an API. "
            "Copy puts a tool's fields on the clipboard, labelled as Coze's form labels them."))
        self.guide_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Required"), self.tr("Description"), ""])
        for row, kind in self._guide_kinds.items():
            self.guide_table.item(row, 1).setText(self.tr("tool") if kind is None else kind[0])
            if kind is not None:
                self.guide_table.item(row, 2).setText(self.tr("yes") if kind[1] else self.tr("no"))
        for name, button in self.copy_buttons.items():
            button.setText(self.tr("Copy"))
            button.setToolTip(self.tr("Copy the fields of “{tool}” to paste them into Coze").format(tool=name))
        self.copy_all_button.setText(self.tr("Copy all tools"))

        self.alias_box.setTitle(self.tr("Names used in Coze"))
        self.alias_intro.setText(self.tr(
            "If a tool in your Coze plugin has another name (say op_volume), map it to the local tool it means."))
        self.alias_table.setHorizontalHeaderLabels([self.tr("Name in Coze"), self.tr("Local tool")])
        self.add_alias_button.setText(self.tr("Add"))
        self.remove_alias_button.setText(self.tr("Remove"))

        self.approval_box.setTitle(self.tr("Remembered answers"))
        self.approval_intro.setText(self.tr(
            "Without a rule, tools that read or act on this computer run without asking; calls that reach the "
            "network and tools from MCP servers or installed packages ask first. Revoke a rule to return to that."))
        self.approval_table.setHorizontalHeaderLabels([self.tr("Tool"), self.tr("Applies to"), self.tr("Rule"), ""])
        names = self._rule_names()
        for combo in [self.rule_combo, *(self.approval_table.cellWidget(row, 2)
                                         for row in range(self.approval_table.rowCount()))]:
            for index in range(combo.count()):
                combo.setItemText(index, names[combo.itemData(index)])
        for row in range(self.approval_table.rowCount()):
            self.approval_table.cellWidget(row, 3).setText(self.tr("Revoke"))
            self.approval_table.item(row, 1).setText(self._applies_to(self.approval_table.item(row, 0).data(KEY_ROLE)))
        self.rule_tool_label.setText(self.tr("Tool:"))
        self.add_rule_button.setText(self.tr("Add rule"))

        self.http_check.setText(self.tr("Allow plain http:// music URLs"))
        self.http_note.setText(self.tr("Unencrypted: anyone on the network path can see or change the stream. "
                                       "https:// is always allowed."))
        self._fit_tables()

    # ------------------------------------------------------------------ set-up guide

    def _build_guide(self) -> QGroupBox:
        self.guide_box = box = QGroupBox()
        self.guide_intro = _label("")
        # A table, not a tree: tables wrap long descriptions into taller rows, trees only elide them.
        self.guide_table = _table(5)
        self.guide_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.guide_table.setWordWrap(True)
        self.copy_buttons: dict[str, QPushButton] = {}
        # Rows whose Type/Required columns are words to translate: None for a tool, (type, required) for a
        # parameter (the JSON type itself is not translated).
        self._guide_kinds: dict[int, tuple[str, bool] | None] = {}
        for plugin in self.plugins:
            row = self._guide_row(plugin.name, "", "", plugin.description)
            self._guide_kinds[row] = None
            font = self.guide_table.item(row, 0).font()
            font.setBold(True)
            self.guide_table.item(row, 0).setFont(font)
            button = QPushButton()
            button.clicked.connect(lambda _=False, plugin=plugin: self.copy(plugin))
            self.guide_table.setCellWidget(row, 4, button)
            self.copy_buttons[plugin.name] = button
            for p in parameters_of(plugin):
                row = self._guide_row("    " + p.name, p.type, "", p.description)
                self._guide_kinds[row] = (p.type, p.required)
        header = self.guide_table.horizontalHeader()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        _no_inner_scrolling(self.guide_table)
        self.copy_all_button = QPushButton()
        self.copy_all_button.clicked.connect(self.copy_all)
        self.copy_status = _label("")
        row_layout = QHBoxLayout()
        row_layout.addWidget(self.copy_all_button)
        row_layout.addWidget(self.copy_status, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.guide_intro)
        layout.addWidget(self.guide_table)
        layout.addLayout(row_layout)
        return box

    def _guide_row(self, *texts: str) -> int:
        row = self.guide_table.rowCount()
        self.guide_table.insertRow(row)
        for column, text in enumerate(texts):
            self.guide_table.setItem(row, column, QTableWidgetItem(text))
        return row

    def copy(self, plugin: Plugin) -> None:
        QGuiApplication.clipboard().setText(setup_text(plugin))
        self.copy_status.setText(self.tr("Copied “{tool}”.").format(tool=plugin.name))

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText("\n\n".join(setup_text(p) for p in self.plugins))
        self.copy_status.setText(self.tr("Copied all tools."))

    # -------------------------------------------------------------------- MCP servers

    def _build_mcp(self, settings: Settings) -> QGroupBox:
        from .mcp_servers import McpServersBox  # imports this module's helpers

        self.mcp_box = McpServersBox(settings, self.approvals, self)
        return self.mcp_box

    def set_bridge(self, bridge: McpBridge) -> None:
        """Show the running servers' states and tools, and give the servers to ``bridge`` on Apply."""
        self.mcp_box.set_bridge(bridge)

    # ---------------------------------------------------------------------- aliases

    def _build_aliases(self, aliases: dict[str, str]) -> QGroupBox:
        self.alias_box = box = QGroupBox()
        self.alias_intro = _label("")
        self.alias_table = _table(2)
        self.alias_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.alias_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        _no_inner_scrolling(self.alias_table)
        for name, target in sorted(aliases.items()):
            self.add_alias(name, target)
        self.add_alias_button = QPushButton()
        self.add_alias_button.clicked.connect(lambda: self._start_alias())
        self.remove_alias_button = QPushButton()
        self.remove_alias_button.clicked.connect(self._remove_aliases)
        row = QHBoxLayout()
        row.addWidget(self.add_alias_button)
        row.addWidget(self.remove_alias_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.alias_intro)
        layout.addWidget(self.alias_table)
        layout.addLayout(row)
        return box

    def add_alias(self, name: str = "", target: str = "") -> int:
        """Append a mapping row; returns its row number."""
        row = self.alias_table.rowCount()
        self.alias_table.insertRow(row)
        self.alias_table.setItem(row, 0, QTableWidgetItem(name))
        combo = QComboBox()
        combo.addItems(self._names)
        if target and target not in self._names:  # a tool of another build: keep the mapping, show it as it is
            combo.addItem(target)
        combo.setCurrentText(target or (self._names[0] if self._names else ""))
        self.alias_table.setCellWidget(row, 1, combo)
        _fit_height(self.alias_table)
        return row

    def _start_alias(self) -> None:
        row = self.add_alias()
        self.alias_table.setCurrentCell(row, 0)
        self.alias_table.editItem(self.alias_table.item(row, 0))

    def _remove_aliases(self) -> None:
        for row in sorted({index.row() for index in self.alias_table.selectedIndexes()}, reverse=True):
            self.alias_table.removeRow(row)
        _fit_height(self.alias_table)

    def aliases(self) -> dict[str, str]:
        """The mapping as edited; rows without a Coze name are left out."""
        mapping: dict[str, str] = {}
        for row in range(self.alias_table.rowCount()):
            item, combo = self.alias_table.item(row, 0), self.alias_table.cellWidget(row, 1)
            name = item.text().strip() if item is not None else ""
            if name and isinstance(combo, QComboBox):
                mapping[name] = combo.currentText()
        return mapping

    # -------------------------------------------------------------------- approvals

    def _build_approvals(self, approvals: dict[str, str]) -> QGroupBox:
        self.approval_box = box = QGroupBox()
        self.approval_intro = _label("")
        self.approval_table = _table(4)
        header = self.approval_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.approval_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.approval_table.setWordWrap(True)
        _no_inner_scrolling(self.approval_table)
        for key, rule in sorted(approvals.items()):
            self.set_rule(key, rule)

        self.rule_tool_combo = QComboBox()
        self.rule_tool_combo.addItems(self._names)
        self.rule_combo = QComboBox()
        names = self._rule_names()
        for rule in (RULE_ASK, RULE_DENY, RULE_ALWAYS):
            self.rule_combo.addItem(names[rule], rule)
        self.add_rule_button = QPushButton()
        self.add_rule_button.clicked.connect(
            lambda: self.set_rule(rule_key(self.rule_tool_combo.currentText()), self.rule_combo.currentData()))
        self.rule_tool_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.rule_tool_label)
        row.addWidget(self.rule_tool_combo, 1)
        row.addWidget(self.rule_combo, 1)
        row.addWidget(self.add_rule_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.approval_intro)
        layout.addWidget(self.approval_table)
        layout.addLayout(row)
        return box

    def _applies_to(self, key: str) -> str:
        _tool, host = split_rule_key(key)
        return self.tr("network calls to {host}").format(host=host) if host else self.tr("every call")

    def set_rule(self, key: str, rule: str) -> None:
        """Show ``key`` (``tool`` or ``tool@host``) with ``rule``: its row is updated, or added."""
        row = self._rule_row(key)
        if row is None:
            row = self.approval_table.rowCount()
            self.approval_table.insertRow(row)
            tool, _host = split_rule_key(key)
            item = QTableWidgetItem(tool)
            item.setData(KEY_ROLE, key)
            self.approval_table.setItem(row, 0, item)
            self.approval_table.setItem(row, 1, QTableWidgetItem(self._applies_to(key)))
            combo = QComboBox()
            names = self._rule_names()
            for value in (RULE_ALWAYS, RULE_ASK, RULE_DENY):
                combo.addItem(names[value], value)
            self.approval_table.setCellWidget(row, 2, combo)
            revoke = QPushButton(self.tr("Revoke"))
            revoke.clicked.connect(lambda _=False, key=key: self.revoke(key))
            self.approval_table.setCellWidget(row, 3, revoke)
            _fit_height(self.approval_table)
        combo = self.approval_table.cellWidget(row, 2)
        combo.setCurrentIndex(max(combo.findData(rule), 0))

    def revoke(self, key: str) -> None:
        row = self._rule_row(key)
        if row is not None:
            self.approval_table.removeRow(row)
            _fit_height(self.approval_table)

    def _rule_row(self, key: str) -> int | None:
        for row in range(self.approval_table.rowCount()):
            if self.approval_table.item(row, 0).data(KEY_ROLE) == key:
                return row
        return None

    def approvals(self) -> dict[str, str]:
        return {self.approval_table.item(row, 0).data(KEY_ROLE): self.approval_table.cellWidget(row, 2).currentData()
                for row in range(self.approval_table.rowCount())}

    # ------------------------------------------------------------------------ apply

    def problem(self) -> str:
        """What stops the page from being saved, in a sentence; "" when nothing does."""
        if problem := self.mcp_box.problem():
            return problem
        names = [self.alias_table.item(row, 0).text().strip() for row in range(self.alias_table.rowCount())
                 if self.alias_table.item(row, 0) is not None]
        for name in filter(None, names):
            if names.count(name) > 1:
                return self.tr("The Coze name “{name}” is mapped twice.").format(name=name)
            if name in self._names:
                return self.tr("“{name}” is already the name of a local tool; it needs no mapping.").format(name=name)
        return ""

    def save_into(self, settings: Settings) -> None:
        settings.aliases = self.aliases()
        settings.approvals = self.approvals()
        settings.allow_http = self.http_check.isChecked()
        self.volume_target_box.save_into(settings)
        self.mcp_box.save_into(settings)


def _no_inner_scrolling(table: QTableWidget) -> None:
    """The table shows all its rows and never scrolls itself (the page scrolls); its height follows the rows,
    which follow the wrapped texts, which follow the columns' widths."""
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.horizontalHeader().sectionResized.connect(lambda *_: _fit_height(table))
    _fit_height(table)


def _table(columns: int) -> QTableWidget:
    """A table of rows without row numbers. Its corner button (select all) cannot show without them, but
    screen readers still find it: it gets a name."""
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setCornerButtonEnabled(False)
    corner = table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
    if corner is not None:
        corner.setAccessibleName(QCoreApplication.translate("PluginsPage", "Select all"))
    return table


def _fit_height(table: QTableWidget) -> None:
    """Rows as tall as their wrapped text, and the table exactly as tall as its rows (one empty row's room
    when there are none, so an empty list still looks like a list)."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(row) for row in range(table.rowCount())) or table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth())


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
