"""The "Local plugins" settings page: the set-up guide, Copy, name mapping, remembered answers and http, on Apply."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from coze_desktop.plugins import Plugin, default_registry
from coze_desktop.plugins.registry import setup_text
from coze_desktop.settings import Settings, load_settings, save_settings
from coze_desktop.ui.plugins_page import PluginsPage
from coze_desktop.ui.settings_dialog import SettingsDialog

from ..test_settings import MemoryKeyring


async def _ok(args: dict[str, Any]) -> str:
    return "{}"


MUSIC = [
    Plugin("play_music", "Play a song by name from the music folder, or from an https URL.",
           {"properties": {"music_name": {"type": "string", "description": "歌曲名或 URL"}},
            "required": ["music_name"], "additionalProperties": False}, _ok,
           network=lambda args: "://" in args["music_name"]),
    Plugin("list_music", "List the songs in the music folder.",
           {"properties": {"query": {"type": "string", "description": "part of a title"}},
            "additionalProperties": False}, _ok, acts=False),
]


def plugins() -> list[Plugin]:
    return [*default_registry(), *MUSIC]


def make_dialog(qtbot: QtBot, settings: Settings | None = None) -> SettingsDialog:
    dialog = SettingsDialog(settings or load_settings(), plugins=plugins())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.plugins_page)
    return dialog


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def apply(qtbot: QtBot, dialog: SettingsDialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Apply))


def test_the_dialog_has_the_page(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.plugins_page)) == "Local plugins"
    default = SettingsDialog(Settings())  # without a registry: the built-in tools
    qtbot.addWidget(default)
    assert list(default.plugins_page.copy_buttons) == [p.name for p in default_registry()]


def test_the_guide_lists_every_tool_with_its_parameters(qtbot: QtBot) -> None:
    page = PluginsPage(plugins(), Settings())
    qtbot.addWidget(page)
    table = page.guide_table
    shown: dict[str, tuple[str, list[tuple[str, ...]]]] = {}
    for row in range(table.rowCount()):
        name, kind, required, description = (table.item(row, c).text() for c in range(4))
        if kind == "tool":
            tool = name
            shown[tool] = (description, [])
        else:
            shown[tool][1].append((name.strip(), kind, required, description))
    assert shown == {
        "set_volume": ("Set the playback volume of this computer's music player (0 = mute, 100 = loudest).",
                       [("volume", "integer", "yes", "the new volume, 0–100")]),
        "get_volume": ("Get the current playback volume (0–100) of this computer's music player.", []),
        "play_music": (MUSIC[0].description, [("music_name", "string", "yes", "歌曲名或 URL")]),
        "list_music": (MUSIC[1].description, [("query", "string", "no", "part of a title")]),
    }
    assert set(page.copy_buttons) == set(shown)


def test_copy_puts_the_tool_on_the_clipboard(qtbot: QtBot) -> None:
    page = PluginsPage(plugins(), Settings())
    qtbot.addWidget(page)
    page.show()
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    click(qtbot, page.copy_buttons["play_music"])
    assert clipboard.text() == setup_text(MUSIC[0])
    assert clipboard.text().splitlines() == [
        "工具名称 Tool name: play_music",
        "工具描述 Description: Play a song by name from the music folder, or from an https URL.",
        "输入参数 Parameters:",
        "- 参数名称 Name: music_name",
        "  参数类型 Type: string",
        "  是否必填 Required: yes",
        "  参数描述 Description: 歌曲名或 URL",
    ]
    assert page.copy_status.text() == "Copied “play_music”."
    click(qtbot, page.copy_all_button)
    assert clipboard.text() == "\n\n".join(setup_text(p) for p in plugins())
    assert "工具名称 Tool name: get_volume\n工具描述 Description: Get the current" in clipboard.text()


def test_name_mapping_is_saved_on_apply(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    save_settings(Settings(aliases={"old_name": "get_volume"}))
    dialog = make_dialog(qtbot)
    page = dialog.plugins_page
    assert page.aliases() == {"old_name": "get_volume"}
    click(qtbot, page.add_alias_button)
    row = page.alias_table.rowCount() - 1
    page.alias_table.item(row, 0).setText(" op_volume ")
    combo = page.alias_table.cellWidget(row, 1)
    assert isinstance(combo, QComboBox) and combo.count() == 4
    combo.setCurrentText("set_volume")
    changed: list[Settings] = []
    dialog.sig_settings_changed.connect(changed.append)
    apply(qtbot, dialog)
    assert load_settings().aliases == {"old_name": "get_volume", "op_volume": "set_volume"}
    assert changed[-1].aliases == {"old_name": "get_volume", "op_volume": "set_volume"}

    page.alias_table.selectRow(0)
    click(qtbot, page.remove_alias_button)
    apply(qtbot, dialog)
    assert load_settings().aliases == {"op_volume": "set_volume"}


@pytest.mark.parametrize(("name", "problem"), [
    ("set_volume", "“set_volume” is already the name of a local tool; it needs no mapping."),
    ("old_name", "The Coze name “old_name” is mapped twice."),
])
def test_a_bad_mapping_is_not_saved(qtbot: QtBot, memory_keyring: MemoryKeyring, name: str, problem: str) -> None:
    save_settings(Settings(aliases={"old_name": "get_volume"}))
    dialog = make_dialog(qtbot)
    dialog.tabs.setCurrentIndex(0)
    page = dialog.plugins_page
    page.add_alias(name, "get_volume")
    assert dialog.apply() is False
    assert dialog.apply_label.text() == problem
    assert dialog.tabs.currentWidget() is page
    assert load_settings().aliases == {"old_name": "get_volume"}


def test_remembered_answers_can_be_revoked_changed_and_added(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    save_settings(Settings(approvals={"play_music@music.example.com": "always", "set_volume": "deny"}))
    dialog = make_dialog(qtbot)
    page = dialog.plugins_page
    table = page.approval_table
    rows = [(table.item(r, 0).text(), table.item(r, 1).text(), table.cellWidget(r, 2).currentText())
            for r in range(table.rowCount())]
    assert rows == [("play_music", "network calls to music.example.com", "Always allow"),
                    ("set_volume", "every call", "Deny")]

    click(qtbot, table.cellWidget(0, 3))  # Revoke
    table.cellWidget(0, 2).setCurrentIndex(table.cellWidget(0, 2).findData("ask"))  # set_volume: Deny → Always ask
    page.rule_tool_combo.setCurrentText("play_music")
    page.rule_combo.setCurrentIndex(page.rule_combo.findData("deny"))
    click(qtbot, page.add_rule_button)
    apply(qtbot, dialog)
    assert load_settings().approvals == {"set_volume": "ask", "play_music": "deny"}

    page.rule_tool_combo.setCurrentText("set_volume")  # an existing rule is updated, not doubled
    page.rule_combo.setCurrentIndex(page.rule_combo.findData("always"))
    click(qtbot, page.add_rule_button)
    assert table.rowCount() == 2
    apply(qtbot, dialog)
    assert load_settings().approvals == {"set_volume": "always", "play_music": "deny"}


def test_plain_http_is_off_until_ticked(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = make_dialog(qtbot)
    assert not dialog.plugins_page.http_check.isChecked()
    click(qtbot, dialog.plugins_page.http_check)
    apply(qtbot, dialog)
    assert load_settings().allow_http is True
    reopened = make_dialog(qtbot)
    assert reopened.plugins_page.http_check.isChecked()
