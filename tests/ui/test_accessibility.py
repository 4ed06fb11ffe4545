"""Every button a screen reader or a hovering mouse meets says what it does: text, a tooltip or an accessible name."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from coze_desktop.settings import load_settings
from coze_desktop.ui.main_window import MainWindow
from coze_desktop.ui.services import build

from .test_main_window import ask, close_window

pytestmark = pytest.mark.usefixtures("fast_demo")


@pytest_asyncio.fixture
async def window(qapp: QApplication) -> AsyncIterator[MainWindow]:
    win, store = build(load_settings())
    win.resize(1300, 800)
    win.show()
    await win.start()
    yield win
    await close_window(win, store)


def unnamed_buttons(root: QWidget) -> list[str]:
    """The buttons under ``root`` (hidden ones too: hover actions show later) that show no text and have
    neither a tooltip nor an accessible name, described by their place in the tree."""
    problems = []
    for button in root.findChildren(QAbstractButton):
        if button.text().strip() or button.toolTip().strip() or button.accessibleName().strip():
            continue
        path, parent = [], button
        while parent is not None and parent is not root:
            path.append(parent.objectName() or type(parent).__name__)
            parent = parent.parentWidget()
        problems.append(" < ".join(path))
    return problems


def icon_buttons(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QAbstractButton) if not b.text().strip()]


async def test_every_button_of_the_window_is_named(window: MainWindow) -> None:
    await ask(window, "what can you do?")  # an answer with sources: the panel's cards
    await ask(window, "音量调到30")  # a tool card
    window.sources_action.trigger() if not window.recall.isVisible() else None
    window.show_shortcuts()
    window.open_settings()
    await asyncio.sleep(0.05)
    assert window.recall.cards or window.view.bot_messages()[0].recall
    assert window._settings_dialog is not None and window._shortcuts_sheet is not None
    buttons = window.findChildren(QAbstractButton)
    assert len(buttons) > 20, "the walk found the window's buttons"
    assert icon_buttons(window), "the walk meets icon-only buttons (the player bar's at least)"
    problems = unnamed_buttons(window)  # the dialogs are the window's children: walked too
    window._settings_dialog.reject()
    window._shortcuts_sheet.reject()
    assert problems == [], "buttons without text, tooltip or accessible name:\n" + "\n".join(problems)


async def test_the_shell_names_its_own_controls(window: MainWindow) -> None:
    assert window.input.accessibleName()
    assert window.bot_switcher.accessibleName()
    for button in (window.send_button, window.stop_button, window.banner.close_button,
                   window.banner.how_button, window.music_prompt.close_button, window.notice_banner.close_button):
        assert button.toolTip() or button.accessibleName(), button
    for action in (window.list_action, window.sources_action):
        assert action.toolTip() and "Ctrl" in action.toolTip()


def test_a_nameless_icon_button_is_caught(qapp: QApplication) -> None:
    """The check itself: a bare "×" with no name is fine (it has text), an icon alone is not."""
    from PySide6.QtWidgets import QHBoxLayout, QToolButton

    root = QWidget()
    row = QHBoxLayout(root)
    named, bare, text = QToolButton(), QToolButton(), QToolButton()
    named.setToolTip("Play")
    text.setText("×")
    for button in (named, bare, text):
        row.addWidget(button)
    assert unnamed_buttons(root) == ["QToolButton"]
    root.deleteLater()
