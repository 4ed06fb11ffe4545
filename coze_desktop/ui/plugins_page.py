"""The "Local plugins" settings page: how to declare each tool in Coze, name mapping, remembered answers, http."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
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

KEY_ROLE = Qt.ItemDataRole.UserRole


class PluginsPage(QScrollArea):
    """Shows what to enter in Coze for every local tool, and edits ``aliases``, ``approvals`` and ``allow_http``.

    Edits stay on the page until the dialog's Apply calls :meth:`save_into`.
    """

    def __init__(self, plugins: Iterable[Plugin], settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plugins = list(plugins)
        self._names = [p.name for p in self.plugins]
        self._rule_names = {RULE_ALWAYS: self.tr("Always allow"), RULE_ASK: self.tr("Always ask"),
                            RULE_DENY: self.tr("Deny")}

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self._build_guide())
        layout.addWidget(self._build_aliases(settings.aliases))
        layout.addWidget(self._build_approvals(settings.approvals))
        self.http_check = QCheckBox(self.tr("Allow plain http:// music URLs (unencrypted; https:// is always allowed)"))
        self.http_check.setChecked(settings.allow_http)
        layout.addWidget(self.http_check)
        layout.addStretch(1)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

    # ------------------------------------------------------------------ set-up guide

    def _build_guide(self) -> QGroupBox:
        box = QGroupBox(self.tr("Set up in Coze"))
        intro = _label(self.tr(
            "In Coze, open your bot, add a plugin of type 端插件 (local plugin) and create one tool for each row "
            "below, with exactly this name, description and parameters. Then publish the bot as an API. "
            "Copy puts a tool's fields on the clipboard, labelled as Coze's form labels them."))
        # A table, not a tree: tables wrap long descriptions into taller rows, trees only elide them.
        self.guide_table = QTableWidget(0, 5)
        self.guide_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Required"), self.tr("Description"), ""])
        self.guide_table.verticalHeader().hide()
        self.guide_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.guide_table.setWordWrap(True)
        self.guide_table.setMinimumHeight(220)
        self.copy_buttons: dict[str, QPushButton] = {}
        for plugin in self.plugins:
            row = self._guide_row(plugin.name, self.tr("tool"), "", plugin.description)
            font = self.guide_table.item(row, 0).font()
            font.setBold(True)
            self.guide_table.item(row, 0).setFont(font)
            button = QPushButton(self.tr("Copy"))
            button.setToolTip(self.tr("Copy the fields of “{tool}” to paste them into Coze").format(tool=plugin.name))
            button.clicked.connect(lambda _=False, plugin=plugin: self.copy(plugin))
            self.guide_table.setCellWidget(row, 4, button)
            self.copy_buttons[plugin.name] = button
            for p in parameters_of(plugin):
                self._guide_row("    " + p.name, p.type, self.tr("yes") if p.required else self.tr("no"),
                                p.description)
        header = self.guide_table.horizontalHeader()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Row heights follow the wrapped descriptions, which follow the column's width.
        header.sectionResized.connect(lambda *_: self.guide_table.resizeRowsToContents())
        self.copy_all_button = QPushButton(self.tr("Copy all tools"))
        self.copy_all_button.clicked.connect(self.copy_all)
        self.copy_status = _label("")
        row = QHBoxLayout()
        row.addWidget(self.copy_all_button)
        row.addWidget(self.copy_status, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addWidget(self.guide_table)
        layout.addLayout(row)
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

    # ---------------------------------------------------------------------- aliases

    def _build_aliases(self, aliases: dict[str, str]) -> QGroupBox:
        box = QGroupBox(self.tr("Names used in Coze"))
        intro = _label(self.tr(
            "If a tool in your Coze plugin has another name (say op_volume), map it to the local tool it means."))
        self.alias_table = QTableWidget(0, 2)
        self.alias_table.setHorizontalHeaderLabels([self.tr("Name in Coze"), self.tr("Local tool")])
        self.alias_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.alias_table.verticalHeader().hide()
        self.alias_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        _fit_rows(self.alias_table)
        for name, target in sorted(aliases.items()):
            self.add_alias(name, target)
        self.add_alias_button = QPushButton(self.tr("Add"))
        self.add_alias_button.clicked.connect(lambda: self._start_alias())
        self.remove_alias_button = QPushButton(self.tr("Remove"))
        self.remove_alias_button.clicked.connect(self._remove_aliases)
        row = QHBoxLayout()
        row.addWidget(self.add_alias_button)
        row.addWidget(self.remove_alias_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
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
        return row

    def _start_alias(self) -> None:
        row = self.add_alias()
        self.alias_table.setCurrentCell(row, 0)
        self.alias_table.editItem(self.alias_table.item(row, 0))

    def _remove_aliases(self) -> None:
        for row in sorted({index.row() for index in self.alias_table.selectedIndexes()}, reverse=True):
            self.alias_table.removeRow(row)

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
        box = QGroupBox(self.tr("Remembered answers"))
        intro = _label(self.tr(
            "Without a rule, tools that read or act on this computer run without asking, and calls that reach "
            "the network ask first. Revoke a rule to return to that."))
        self.approval_table = QTableWidget(0, 4)
        self.approval_table.setHorizontalHeaderLabels(
            [self.tr("Tool"), self.tr("Applies to"), self.tr("Rule"), ""])
        header = self.approval_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.approval_table.verticalHeader().hide()
        self.approval_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        _fit_rows(self.approval_table)
        for key, rule in sorted(approvals.items()):
            self.set_rule(key, rule)

        self.rule_tool_combo = QComboBox()
        self.rule_tool_combo.addItems(self._names)
        self.rule_combo = QComboBox()
        for rule in (RULE_ASK, RULE_DENY, RULE_ALWAYS):
            self.rule_combo.addItem(self._rule_names[rule], rule)
        self.add_rule_button = QPushButton(self.tr("Add rule"))
        self.add_rule_button.clicked.connect(
            lambda: self.set_rule(rule_key(self.rule_tool_combo.currentText()), self.rule_combo.currentData()))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tool:")))
        row.addWidget(self.rule_tool_combo, 1)
        row.addWidget(self.rule_combo, 1)
        row.addWidget(self.add_rule_button)
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addWidget(self.approval_table)
        layout.addLayout(row)
        return box

    def set_rule(self, key: str, rule: str) -> None:
        """Show ``key`` (``tool`` or ``tool@host``) with ``rule``: its row is updated, or added."""
        row = self._rule_row(key)
        if row is None:
            row = self.approval_table.rowCount()
            self.approval_table.insertRow(row)
            tool, host = split_rule_key(key)
            item = QTableWidgetItem(tool)
            item.setData(KEY_ROLE, key)
            self.approval_table.setItem(row, 0, item)
            self.approval_table.setItem(row, 1, QTableWidgetItem(
                self.tr("network calls to {host}").format(host=host) if host else self.tr("every call")))
            combo = QComboBox()
            for value in (RULE_ALWAYS, RULE_ASK, RULE_DENY):
                combo.addItem(self._rule_names[value], value)
            self.approval_table.setCellWidget(row, 2, combo)
            revoke = QPushButton(self.tr("Revoke"))
            revoke.clicked.connect(lambda _=False, key=key: self.revoke(key))
            self.approval_table.setCellWidget(row, 3, revoke)
        combo = self.approval_table.cellWidget(row, 2)
        combo.setCurrentIndex(max(combo.findData(rule), 0))

    def revoke(self, key: str) -> None:
        row = self._rule_row(key)
        if row is not None:
            self.approval_table.removeRow(row)

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


def _fit_rows(table: QTableWidget) -> None:
    """As tall as its rows (within limits), so a short list leaves no empty box and a long one scrolls."""
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setMinimumHeight(90)
    table.setMaximumHeight(220)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
