"""The approval card in the real window at a small size: what the user must read to decide is whole and unmasked."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio
from PySide6.QtCore import QEvent, QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from coze_desktop.chat import HistoryStore
from coze_desktop.plugins import Plugin
from coze_desktop.plugins.approval import ApprovalRequest, Decision
from coze_desktop.settings import load_settings
from coze_desktop.ui.app import install_translators
from coze_desktop.ui.approval_prompt import ApprovalCard
from coze_desktop.ui.main_window import MainWindow
from coze_desktop.ui.services import build

pytestmark = pytest.mark.asyncio


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Chinese is the tighter case: its fallback font has taller lines."""
    installed = install_translators(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest_asyncio.fixture
async def window(qapp: QApplication, language: str) -> AsyncIterator[MainWindow]:
    qapp.setQuitOnLastWindowClosed(False)
    win, store = build(load_settings())
    win.show()
    await win.start()
    yield win
    await close_window(win, store)


async def close_window(win: MainWindow, store: HistoryStore) -> None:
    await win.shutdown()
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    await asyncio.sleep(0)
    store.close()


async def ask_loopback(window: MainWindow) -> ApprovalCard:
    """The demo bot's call, prepared as the engine prepares it: a loopback URL, so the reason carries a ⚠ line."""
    async def approve(plugin: Plugin, args: dict[str, Any]) -> str:
        window.approvals.ask(ApprovalRequest.build("play_music", plugin, args, "c1"))
        return "declined by the test"

    await window.session.plugins.run("play_music", json.dumps({"music_name": "https://2130706433:8443/x.mp3"}),
                                     approve)
    [card] = window.approvals.cards
    return card


async def settled() -> None:
    """Let the layout requests (each minimum change posts one to the parent, up to the window) run out."""
    for _ in range(10):
        await asyncio.sleep(0.02)


def in_card(card: ApprovalCard, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(card, widget.rect().topLeft()), widget.size())


def assert_whole(label: QLabel) -> None:
    assert label.isVisible() and label.text()
    assert label.height() >= label.heightForWidth(label.width()), label.text()


@pytest.mark.parametrize("size", [(660, 600), (751, 580), (662, 632)])
async def test_a_short_window_keeps_the_reason_and_the_answers_whole(window: MainWindow, language: str,
                                                                     size: tuple[int, int]) -> None:
    window.resize(*size)
    await settled()
    card = await ask_loopback(window)
    await settled()

    reason = card.reason_label
    assert "⚠" in reason.text()
    for label in (card.title_label, reason, card.countdown_label):
        assert_whole(label)
    # Top to bottom, nothing overlapping: title, reason, the (possibly scrolled) body, countdown, buttons.
    buttons = [card.allow_once_button, card.allow_conversation_button, card.always_button, card.deny_button]
    parts = [in_card(card, w) for w in (card.title_label, reason, card.body, card.countdown_label)]
    parts.append(in_card(card, buttons[0]))
    for upper, lower in itertools.pairwise(parts):
        assert upper.bottom() < lower.top(), (upper, lower)
    # The reason comes before the plugin's description and is never covered by the arguments box.
    assert not in_card(card, reason).intersects(in_card(card, card.arguments_view))
    assert in_card(card, reason).bottom() < in_card(card, card.description_label).top()
    # The whole card, buttons included, is on the window and inside its column: nothing clips it.
    for button in buttons:
        assert button.isVisible() and card.rect().contains(in_card(card, button))
    assert card.visibleRegion().boundingRect() == card.rect()
    assert window.rect().contains(QRect(card.mapTo(window, card.rect().topLeft()), card.size()))

    card.answer(Decision.DENY)
    await settled()


async def test_a_tall_window_shows_the_description_and_arguments_unscrolled(window: MainWindow) -> None:
    window.resize(1280, 900)
    await settled()
    card = await ask_loopback(window)
    await settled()
    assert card.body.height() >= card.body.widget().heightForWidth(card.body.viewport().width())
    assert card.body.verticalScrollBar().maximum() == 0
    card.answer(Decision.DENY)
    await settled()
