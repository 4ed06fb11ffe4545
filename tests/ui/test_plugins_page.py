"""The "Local plugins" settings page: the set-up guide, Copy, name mapping, remembered answers and http, on Apply."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
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
        "set_volume": ("Set the volume of Coze Desktop's music player (0 = silent, 100 = loudest).",
                       [("volume", "integer", "yes", "the new volume, 0–100")]),
        "get_volume": ("Get the current volume (0–100) of Coze Desktop's music player, and whether it is muted.", []),
        "set_mute": ("Mute or unmute Coze Desktop's music player; unmuting returns to the volume before.",
                     [("muted", "boolean", "yes", "true to mute, false to unmute")]),
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
    assert isinstance(combo, QComboBox) and combo.count() == 5  # the three volume tools and two music ones
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
    check = dialog.plugins_page.http_check
    dialog.plugins_page.ensureWidgetVisible(check)  # below the tables: scroll to it
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(10, check.height() // 2))  # on its box
    apply(qtbot, dialog)
    assert load_settings().allow_http is True
    reopened = make_dialog(qtbot)
    assert reopened.plugins_page.http_check.isChecked()


# -------------------------------------------------------------- layout traps (issue 14)


def long_settings() -> Settings:
    """Many remembered answers and mappings: more rows than any table used to show without scrolling."""
    settings = Settings()
    settings.approvals = {f"play_music@host{i}.example.com": "always" for i in range(12)}
    settings.aliases = {f"op_{i}": "set_volume" for i in range(8)}
    return settings


@pytest.mark.parametrize("size", [(640, 560), (900, 600)])
def test_only_the_page_scrolls_and_every_row_is_shown_whole(
        qtbot: QtBot, memory_keyring: MemoryKeyring, size: tuple[int, int]) -> None:
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTableWidget

    dialog = make_dialog(qtbot, long_settings())
    dialog.resize(*size)
    QApplication.processEvents()
    page = dialog.plugins_page
    inner = [area for area in page.widget().findChildren(QAbstractScrollArea)
             if area.isVisibleTo(page) and not isinstance(area.parent(), QAbstractScrollArea)]
    assert len(inner) == 5  # the three tables, the MCP servers and their tools, and none of them scrolls
    for area in inner:
        assert not area.verticalScrollBar().isVisible() and not area.horizontalScrollBar().isVisible()
        assert isinstance(area, QTableWidget)
        rows = sum(area.rowHeight(r) for r in range(area.rowCount()))
        assert area.viewport().height() >= rows, "a row is hidden below the table's edge"
        for row in range(area.rowCount()):  # wrapped texts get the height they need: nothing is cut off
            assert area.rowHeight(row) >= area.sizeHintForRow(row)
    assert page.approval_table.rowCount() == 12 and page.alias_table.rowCount() == 8
    assert not page.horizontalScrollBar().isVisible()  # texts wrap to the page's width
    assert page.widget().width() <= page.viewport().width()


def test_long_texts_wrap_instead_of_being_cut(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    dialog = make_dialog(qtbot)
    dialog.resize(640, 560)
    QApplication.processEvents()
    page = dialog.plugins_page
    for label in page.widget().findChildren(QLabel):
        if label.isVisibleTo(page) and label.text() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]
    check = page.http_check
    assert check.width() >= check.sizeHint().width()  # the checkbox's own text is short and whole


def test_the_page_follows_a_language_change(qtbot: QtBot, qapp, memory_keyring: MemoryKeyring) -> None:
    from PySide6.QtWidgets import QApplication

    from coze_desktop.ui.app import resources_dir
    from coze_desktop.ui.language import switch_language

    if not (resources_dir() / "i18n" / "coze_desktop_zh_CN.qm").is_file():
        pytest.skip("no compiled zh_CN translation in this checkout")
    dialog = make_dialog(qtbot, long_settings())
    page = dialog.plugins_page
    english = page.guide_box.title(), page.copy_all_button.text()
    try:
        switch_language(qapp, "zh_CN")
        QApplication.processEvents()
        assert (page.guide_box.title(), page.copy_all_button.text()) != english
        assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) != "Local plugins"
    finally:
        switch_language(qapp, "en")
        QApplication.processEvents()
    assert (page.guide_box.title(), page.copy_all_button.text()) == english
