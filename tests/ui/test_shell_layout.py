"""The window around the conversation: panes that fold by width and by the selected answer, sane minimum sizes,
geometry restored only when it fits a screen, the compact demo banner and the first-run music folder prompt."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import QRect, QSettings, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from coze_desktop.settings import config_dir, load_settings, save_settings
from coze_desktop.ui.main_window import (
    DEFAULT_SIZE,
    DEMO_BANNER_DISMISSED_KEY,
    MUSIC_PROMPT_DISMISSED_KEY,
    MainWindow,
)
from coze_desktop.ui.messages import UserMessage
from coze_desktop.ui.services import build

from .test_main_window import ask, close_window

pytestmark = pytest.mark.usefixtures("fast_demo")


@pytest.fixture
def music_folder(tmp_path: Path) -> Path:
    """A music folder that exists, so the first-run prompt stays away unless a test wants it."""
    folder = tmp_path / "Music"
    folder.mkdir()
    settings = load_settings()
    settings.profile.music_folder = str(folder)
    save_settings(settings)
    return folder


@pytest_asyncio.fixture
async def window(music_folder: Path) -> AsyncIterator[MainWindow]:
    win, store = build(load_settings())
    win.show()
    await win.start()
    yield win
    await close_window(win, store)


async def resized(win: MainWindow, width: int, height: int = 800) -> None:
    win.resize(width, height)
    for _ in range(5):  # layout requests travel up one parent per round
        await asyncio.sleep(0.01)
    assert win.width() == width, f"the window cannot be {width} px wide: its minimum is {win.minimumSizeHint()}"


def keeps_minimum(widget: QWidget) -> bool:
    hint = widget.minimumSizeHint()
    return widget.width() >= max(hint.width(), widget.minimumWidth())


async def test_panes_follow_the_width_and_the_answer_sources(window: MainWindow) -> None:
    await ask(window, "what can you do?")  # the demo bot answers with sources
    assert window.view.selected.recall

    await resized(window, 1300)
    assert window.conversations.isVisible() and window.recall.isVisible()
    assert window.list_action.isChecked() and window.sources_action.isChecked()

    await resized(window, 1000)
    assert window.conversations.isVisible()
    assert not window.recall.isVisible() and not window.sources_action.isChecked()

    await resized(window, 760)
    assert not window.conversations.isVisible() and not window.recall.isVisible()
    assert keeps_minimum(window.view)
    assert window.player_bar is not None and keeps_minimum(window.player_bar.seek)
    assert window.view.width() >= 600  # the conversation has the whole width, not a squeezed strip

    # Back at 1300 the sources come back by themselves.
    await resized(window, 1300)
    assert window.recall.isVisible() and window.conversations.isVisible()


async def test_no_sources_no_sources_panel_even_when_wide(window: MainWindow) -> None:
    await resized(window, 1300)
    await ask(window, "音量调到30")  # a tool call: no knowledge sources
    assert not window.view.selected.recall
    assert not window.recall.isVisible()
    await ask(window, "what can you do?")
    assert window.recall.isVisible()
    window.new_action.trigger()  # the welcome: nothing selected, so nothing to show
    assert not window.recall.isVisible()


async def test_the_toggles_show_a_folded_pane_until_the_reason_changes(window: MainWindow) -> None:
    await ask(window, "what can you do?")
    await resized(window, 1000)
    assert not window.recall.isVisible()
    window.sources_action.trigger()  # View → Sources panel (Ctrl+Shift+S)
    assert window.recall.isVisible() and window.sources_action.isChecked()
    assert window.recall.cards, "the panel shows the selected answer's sources"

    await resized(window, 760)
    assert not window.conversations.isVisible()
    window.list_action.trigger()  # Ctrl+B shows the list over the narrow window
    assert window.conversations.isVisible()
    assert keeps_minimum(window.conversations)
    window.list_action.trigger()
    assert not window.conversations.isVisible()

    # Hidden by the user at full width: stays hidden while the width stays on the same side.
    await resized(window, 1300)
    assert window.recall.isVisible()
    window.sources_action.trigger()
    assert not window.recall.isVisible()
    await resized(window, 1250)
    assert not window.recall.isVisible()


async def test_nothing_squashes_at_900_by_600(window: MainWindow) -> None:
    await ask(window, "what can you do?")
    await resized(window, 900, 600)
    assert window.height() == 600
    assert window.conversations.isVisible() and not window.recall.isVisible()
    for widget in (window.view, window.input, window.conversations, window.player_bar.seek,
                   window.player_bar, window.send_button):
        assert widget.isVisible() and keeps_minimum(widget), (widget, widget.width(), widget.minimumSizeHint())
    assert window.input.height() >= window.input.minimumHeight()
    assert window.view.height() > 100  # the conversation is still readable with the banner and player bar


def saved_geometry(rect: QRect) -> None:
    """Save ``rect`` as a previous run would have, through a real window's saveGeometry()."""
    other = QMainWindow()
    other.setGeometry(rect)
    state = QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)
    state.setValue("geometry", other.saveGeometry())
    state.sync()
    other.deleteLater()


def test_geometry_is_restored_when_it_fits_the_screen(qapp: QApplication) -> None:
    available = QGuiApplication.primaryScreen().availableGeometry()
    wanted = QRect(available.x() + 20, available.y() + 30, 700, 500)
    saved_geometry(wanted)
    win = MainWindow(load_settings())
    try:
        assert win.size() == wanted.size()
        assert available.contains(win.geometry())
    finally:
        win.deleteLater()


@pytest.mark.parametrize("where", ["unplugged monitor", "larger than the screen"])
def test_geometry_that_does_not_fit_gives_the_default_size_centred(qapp: QApplication, where: str) -> None:
    available = QGuiApplication.primaryScreen().availableGeometry()
    if where == "unplugged monitor":
        rect = QRect(available.right() + 3000, available.bottom() + 2000, 900, 700)
    else:
        rect = QRect(0, 0, available.width() + 1500, available.height() + 900)
    saved_geometry(rect)
    win = MainWindow(load_settings())
    try:
        assert (win.width(), win.height()) == DEFAULT_SIZE
        assert win.geometry() != rect
        assert available.intersects(win.geometry())
        if available.width() >= DEFAULT_SIZE[0] and available.height() >= DEFAULT_SIZE[1]:
            assert abs(win.geometry().center().x() - available.center().x()) <= 2
    finally:
        win.deleteLater()


def test_damaged_geometry_gives_the_default_size(qapp: QApplication) -> None:
    state = QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)
    state.setValue("geometry", b"\x01\xd9\xd0\xcb not a geometry")
    state.sync()
    win = MainWindow(load_settings())
    try:
        assert (win.width(), win.height()) == DEFAULT_SIZE
    finally:
        win.deleteLater()


# ------------------------------------------------------------------------------------------------ first run


async def test_demo_banner_is_one_line_and_stays_dismissed(window: MainWindow, qapp: QApplication) -> None:
    await resized(window, 1000)
    banner = window.banner
    assert banner.isVisible() and not banner.text_label.isVisible()
    line = max(banner.title_label.fontMetrics().lineSpacing(), banner.connect_button.sizeHint().height())
    assert banner.height() <= line + 16, "compact: one line, not a card with three steps"
    banner.how_button.click()  # "How?" unfolds the steps
    assert banner.text_label.isVisible() and "coze.cn" in banner.text_label.text()
    banner.close_button.click()
    assert not banner.isVisible()
    state = QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)
    assert state.value(DEMO_BANNER_DISMISSED_KEY) == "1"

    # The next start does not show it again.
    again, store = build(load_settings())
    try:
        again.show()
        await again.start()
        assert again.session.connection.demo and not again.banner.isVisible()
    finally:
        await close_window(again, store)


async def test_first_run_offers_the_music_folder_and_stores_it(qapp: QApplication, tmp_path: Path) -> None:
    settings = load_settings()
    settings.profile.music_folder = str(tmp_path / "no such folder")
    save_settings(settings)
    win, store = build(load_settings())
    try:
        win.show()
        await win.start()
        prompt = win.music_prompt
        assert prompt.isVisible()
        assert prompt.height() <= prompt.choose_button.sizeHint().height() + 16  # one line
        prompt.choose_button.click()
        dialog = win._music_dialog
        assert dialog is not None and dialog.isVisible()  # open(), not exec(): the loop kept running to here
        chosen = tmp_path / "我的音乐"
        chosen.mkdir()
        dialog.fileSelected.emit(str(chosen))  # what the dialog sends when the user picks the folder
        dialog.reject()
        await asyncio.sleep(0)
        assert not prompt.isVisible()
        assert win.library.folder == chosen
        assert load_settings().profile.music_folder == str(chosen)
        assert "我的音乐" in win.statusBar().currentMessage()
    finally:
        await close_window(win, store)

    again, store = build(load_settings())
    try:
        again.show()
        await again.start()
        assert not again.music_prompt.isVisible()  # the folder exists now
    finally:
        await close_window(again, store)


async def test_a_dismissed_music_prompt_stays_away(qapp: QApplication, tmp_path: Path) -> None:
    settings = load_settings()
    settings.profile.music_folder = str(tmp_path / "missing")
    save_settings(settings)
    win, store = build(load_settings())
    try:
        win.show()
        await win.start()
        assert win.music_prompt.isVisible()
        win.music_prompt.close_button.click()
        assert not win.music_prompt.isVisible()
        state = QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)
        assert state.value(MUSIC_PROMPT_DISMISSED_KEY) == "1"
    finally:
        await close_window(win, store)
    again, store = build(load_settings())
    try:
        again.show()
        await again.start()
        assert not again.music_prompt.isVisible()
    finally:
        await close_window(again, store)


async def test_a_music_folder_that_cannot_be_saved_is_used_and_said(qapp: QApplication, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings()
    settings.profile.music_folder = ""
    save_settings(settings)
    win, store = build(load_settings())
    try:
        win.show()
        await win.start()
        assert win.music_prompt.isVisible()

        def full_disk(*_args: object, **_kwargs: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr("coze_desktop.ui.main_window.save_settings", full_disk)
        win.set_music_folder(str(tmp_path))
        assert win.library.folder == tmp_path
        assert "could not be saved" in win.statusBar().currentMessage()
        win.set_music_folder(str(tmp_path / "vanished"))  # gone between the dialog and the choice: ignored
        assert win.library.folder == tmp_path
    finally:
        await close_window(win, store)


async def test_a_citation_marker_opens_its_card_in_the_sources_panel(window: MainWindow) -> None:
    await ask(window, "How do I connect a real Coze bot?")  # the demo answer cites its manual page: [1]
    answer = window.view.last_bot()
    assert answer is not None and 'href="cite:1"' in answer.answer.document().toHtml()
    await resized(window, 1000)  # too narrow for the panel by itself
    assert not window.recall.isVisible()
    answer.answer.anchorClicked.emit(QUrl("cite:1"))  # what a click on the marker does
    assert window.recall.isVisible() and window.sources_action.isChecked()
    selected = [card for card in window.recall.cards if card.selected]
    assert [card.chunk for card in selected] == [answer.recall[0]]


async def test_edit_puts_the_question_back_and_undo_restores_the_draft(window: MainWindow) -> None:
    await ask(window, "音量调到30")
    question = next(w for w in window.view.message_widgets() if isinstance(w, UserMessage))
    window.input.set_draft("half-written draft")
    question.edit_button.click()
    assert window.input.draft() == "音量调到30"
    assert window.input.hasFocus()
    window.input.undo()
    assert window.input.draft() == "half-written draft", "the draft it replaced is lost"
