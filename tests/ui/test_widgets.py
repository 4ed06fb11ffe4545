"""The small widgets: chat input (Enter, Shift+Enter, IME), sources panel, conversation sidebar and demo banner."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from coze_desktop.api.types import RecallChunk
from coze_desktop.ui.banner import DemoBanner
from coze_desktop.ui.chat_input import ChatInput
from coze_desktop.ui.conversation_list import SEARCH_DELAY_MS, ConversationList
from coze_desktop.ui.recall_panel import RecallPanel, format_score, safe_link

QWIDGETSIZE_MAX = 16777215


def record(signal: object) -> list[object]:
    """Everything the signal emits, one entry per emission (a tuple when it carries several values)."""
    seen: list[object] = []
    signal.connect(lambda *args: seen.append(args[0] if len(args) == 1 else args))  # type: ignore[attr-defined]
    return seen


def process_until(condition: Callable[[], bool], timeout: float = 2.0) -> None:
    """Run Qt's queued events and timers until ``condition`` holds or ``timeout`` seconds pass (no nested loop)."""
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)


def closed(editor: QWidget) -> bool:
    """The inline editor is gone (closed editors are hidden, then deleted)."""
    return not shiboken6.isValid(editor) or not editor.isVisible()


def no_dialog_open() -> bool:
    return not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


# --- chat input --------------------------------------------------------------------------------------------------


@pytest.fixture
def chat_input(qtbot: QtBot) -> ChatInput:
    widget = ChatInput()
    qtbot.addWidget(widget)
    widget.resize(500, 40)
    widget.show()
    return widget


def commit(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def preedit(widget: QWidget, text: str) -> None:
    QApplication.sendEvent(widget, QInputMethodEvent(text, []))


def test_enter_sends_stripped_text_and_clears(chat_input: ChatInput, qtbot: QtBot) -> None:
    sent = record(chat_input.sig_submit)
    qtbot.keyClicks(chat_input, "  hello ")
    QTest.keyClick(chat_input, Qt.Key.Key_Return)
    assert sent == ["hello"]
    assert chat_input.toPlainText() == ""


def test_keypad_enter_sends(chat_input: ChatInput, qtbot: QtBot) -> None:
    sent = record(chat_input.sig_submit)
    chat_input.set_draft("你好")
    QTest.keyClick(chat_input, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert sent == ["你好"]


def test_shift_enter_inserts_newline(chat_input: ChatInput, qtbot: QtBot) -> None:
    sent = record(chat_input.sig_submit)
    qtbot.keyClicks(chat_input, "line one")
    QTest.keyClick(chat_input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(chat_input, "line two")
    assert sent == []
    assert chat_input.toPlainText() == "line one\nline two"
    QTest.keyClick(chat_input, Qt.Key.Key_Return)
    assert sent == ["line one\nline two"]


def test_ctrl_enter_sends(chat_input: ChatInput, qtbot: QtBot) -> None:
    sent = record(chat_input.sig_submit)
    qtbot.keyClicks(chat_input, "ctrl")
    QTest.keyClick(chat_input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent == ["ctrl"]
    assert chat_input.toPlainText() == ""


def test_whitespace_only_sends_nothing(chat_input: ChatInput) -> None:
    sent = record(chat_input.sig_submit)
    chat_input.set_draft("  \n\t ")
    QTest.keyClick(chat_input, Qt.Key.Key_Return)
    QTest.keyClick(chat_input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent == []
    assert chat_input.toPlainText() == "  \n\t "  # left as it was: no line break added, nothing cleared


def test_busy_keeps_typing_but_does_not_send(chat_input: ChatInput, qtbot: QtBot) -> None:
    sent = record(chat_input.sig_submit)
    chat_input.set_busy(True)
    assert chat_input.is_busy()
    qtbot.keyClicks(chat_input, "next question")
    QTest.keyClick(chat_input, Qt.Key.Key_Return)
    QTest.keyClick(chat_input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent == []
    assert chat_input.toPlainText() == "next question"  # the draft survives
    chat_input.set_busy(False)
    QTest.keyClick(chat_input, Qt.Key.Key_Return)
    assert sent == ["next question"]


def test_enter_while_input_method_composes_never_sends(chat_input: ChatInput) -> None:
    sent = record(chat_input.sig_submit)
    commit(chat_input, "我想说")  # committed text is already in the box: a broken check would send it
    assert chat_input.toPlainText() == "我想说"
    assert not chat_input.is_composing()

    preedit(chat_input, "nihao")  # pinyin typed, no character picked yet
    assert chat_input.is_composing()
    QTest.keyClick(chat_input, Qt.Key.Key_Return)
    QTest.keyClick(chat_input, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert sent == []
    assert chat_input.toPlainText() == "我想说"  # no stray line break either

    commit(chat_input, "你好")  # the user picked 你好: composition over
    assert not chat_input.is_composing()
    assert chat_input.toPlainText() == "我想说你好"
    QTest.keyClick(chat_input, Qt.Key.Key_Return)
    assert sent == ["我想说你好"]


def test_cancelled_composition_releases_enter(chat_input: ChatInput) -> None:
    sent = record(chat_input.sig_submit)
    chat_input.set_draft("hi")
    preedit(chat_input, "ni")
    QApplication.sendEvent(chat_input, QInputMethodEvent())  # empty pre-edit, no commit: cancelled (Escape)
    assert not chat_input.is_composing()
    QTest.keyClick(chat_input, Qt.Key.Key_Return)
    assert sent == ["hi"]


def test_draft_signals_only_for_user_edits(chat_input: ChatInput, qtbot: QtBot) -> None:
    drafts = record(chat_input.sig_draft_changed)
    chat_input.set_draft("草稿")
    assert drafts == []
    assert chat_input.draft() == "草稿"
    assert chat_input.textCursor().position() == len("草稿")  # typing continues at the end
    qtbot.keyClicks(chat_input, "!")
    assert drafts == ["草稿!"]
    QTest.keyClick(chat_input, Qt.Key.Key_Return)
    assert drafts[-1] == ""  # sending empties the draft, and the owner hears it


def test_grows_to_eight_lines_then_scrolls(chat_input: ChatInput) -> None:
    one = chat_input.maximumHeight()
    chat_input.set_draft("\n".join(["第一行"] * 3))
    three = chat_input.maximumHeight()
    chat_input.set_draft("\n".join(["行"] * 8))
    eight = chat_input.maximumHeight()
    chat_input.set_draft("\n".join(["行"] * 30))
    thirty = chat_input.maximumHeight()
    assert one < three < eight
    assert thirty == eight
    assert chat_input.minimumHeight() == thirty  # a fixed height: the layout must not squeeze or stretch it


def test_placeholder_is_set(chat_input: ChatInput) -> None:
    assert "Enter" in chat_input.placeholderText()


# --- recall panel ------------------------------------------------------------------------------------------------

LONG_SLICE = "\n".join(f"第{i}行：扣子知识库的内容。" for i in range(1, 9))


def chunks() -> list[RecallChunk]:
    return [
        RecallChunk(
            slice=LONG_SLICE,
            score=0.8731,
            document_name="扣子使用手册.pdf",
            dataset_name="产品文档知识库",
            link_title="扣子文档",
            link_url="https://www.coze.cn/docs/guides",
            index="1",
        ),
        RecallChunk(slice="短文本。", score=3.14159, link_title="周杰伦 - 晴天", link_url="file:///etc/passwd"),
        RecallChunk(slice="没有名字。", score=0.5),
    ]


@pytest.fixture
def panel(qtbot: QtBot) -> RecallPanel:
    widget = RecallPanel()
    qtbot.addWidget(widget)
    widget.resize(360, 600)
    widget.show()
    return widget


def test_recall_panel_fills_cards_from_chunks(panel: RecallPanel) -> None:
    panel.set_chunks(chunks())
    assert len(panel.cards) == 3
    assert panel.count_label.text() == "3"
    assert panel.stack.currentWidget() is panel.scroll_area
    first, second, third = panel.cards
    assert first.title_label.text() == "扣子使用手册.pdf"
    assert first.dataset_label.text() == "产品文档知识库"
    assert first.index_label.text() == "1"
    assert first.score_label.text() == "87%"
    assert "0.873" in first.score_label.toolTip()
    assert first.slice_text == LONG_SLICE
    assert first.text_label.text() == "<p>" + LONG_SLICE.replace("\n", "<br />") + "</p>"  # its lines kept
    assert first.text_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert second.title_label.text() == "周杰伦 - 晴天"  # no document name: the link title
    assert second.score_label.text() == "3.14"
    assert third.title_label.text() == "Document"
    assert third.index_label.text() == "3"  # no index from Coze: its position


def test_recall_link_click_opens_only_http(panel: RecallPanel, qtbot: QtBot) -> None:
    opened: list[QUrl] = []
    panel.open_url = opened.append
    panel.set_chunks(chunks())
    first, second, _ = panel.cards
    assert first.link_label is not None
    process_until(lambda: first.link_label.width() > 20)
    qtbot.mouseClick(first.link_label, Qt.MouseButton.LeftButton, pos=QPoint(4, first.link_label.height() // 2))
    assert [u.toString() for u in opened] == ["https://www.coze.cn/docs/guides"]

    assert second.link_label is None  # file: is shown as text, not as a link
    assert second.url_label is not None
    assert "<a" not in second.url_label.text()
    # and even a forged activation of another scheme opens nothing
    second.sig_link_activated.emit("file:///etc/passwd")
    second.sig_link_activated.emit("javascript:alert(1)")
    assert len(opened) == 1


def test_safe_link_and_score_format() -> None:
    assert safe_link("https://coze.cn/x") is not None
    assert safe_link("HTTP://Example.com") is not None
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "ftp://x.cn", "http://", "not a url", ""):
        assert safe_link(bad) is None, bad
    assert format_score(0.5) == "50%"
    assert format_score(1.0) == "100%"
    assert format_score(12.3456) == "12.35"


def test_recall_expand_collapse(panel: RecallPanel, qtbot: QtBot) -> None:
    panel.set_chunks(chunks())
    long_card, short_card, _ = panel.cards
    process_until(lambda: long_card.text_label.width() > 50)
    assert long_card.toggle_button.isVisibleTo(long_card)
    assert not short_card.toggle_button.isVisibleTo(short_card)  # nothing to expand
    assert long_card.toggle_button.text() == "Show more"
    collapsed = long_card.text_label.maximumHeight()
    full = long_card.text_label.heightForWidth(long_card.text_label.width())
    assert collapsed < full
    assert collapsed >= 3 * long_card.text_label.fontMetrics().lineSpacing()  # three lines stay readable

    qtbot.mouseClick(long_card.toggle_button, Qt.MouseButton.LeftButton)
    assert long_card.is_expanded()
    assert long_card.toggle_button.text() == "Show less"
    assert long_card.text_label.maximumHeight() == QWIDGETSIZE_MAX
    process_until(lambda: long_card.text_label.height() >= full)
    assert long_card.text_label.height() >= full

    qtbot.mouseClick(long_card.toggle_button, Qt.MouseButton.LeftButton)
    assert not long_card.is_expanded()
    assert long_card.toggle_button.text() == "Show more"
    assert long_card.text_label.maximumHeight() == collapsed


def test_recall_empty_states(panel: RecallPanel) -> None:
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == "Select a reply to see its sources."
    panel.set_chunks(chunks())
    panel.set_chunks([])
    assert panel.cards == []
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == "No knowledge sources for this reply."
    panel.set_chunks(chunks())
    panel.clear()
    assert panel.cards == []
    assert panel.empty_label.text() == "Select a reply to see its sources."
    assert not panel.count_label.isVisibleTo(panel)


# --- conversation list ---------------------------------------------------------------------------------------------

ROWS = [(3, "周末出游计划", "刚刚"), (2, "", "5 分钟前"), (1, "播放音乐", "昨天")]


@pytest.fixture
def sidebar(qtbot: QtBot) -> ConversationList:
    widget = ConversationList()
    qtbot.addWidget(widget)
    widget.resize(280, 420)
    widget.show()
    widget.set_conversations(ROWS)
    return widget


def row_center(sidebar: ConversationList, local_id: int) -> QPoint:
    row = sidebar.ids().index(local_id)
    return sidebar.list_widget.visualItemRect(sidebar.list_widget.item(row)).center()


def open_editor(sidebar: ConversationList) -> QLineEdit:
    editors = [e for e in sidebar.list_widget.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "an inline editor should be open"
    return editors[0]


def test_conversations_listed_in_order_with_placeholder_title(sidebar: ConversationList) -> None:
    assert sidebar.ids() == [3, 2, 1]
    texts = [sidebar.list_widget.item(i).text() for i in range(3)]
    assert texts == ["周末出游计划", "New conversation", "播放音乐"]
    assert sidebar.current_id() is None


def test_select_and_keep_selection(sidebar: ConversationList, qtbot: QtBot) -> None:
    picked = record(sidebar.sig_selected)
    assert sidebar.select(2)
    assert sidebar.current_id() == 2
    assert not sidebar.select(99)
    sidebar.set_conversations([(4, "新的", "刚刚"), *ROWS])
    assert sidebar.current_id() == 2  # still there: still selected
    sidebar.set_conversations([(4, "新的", "刚刚"), (1, "播放音乐", "昨天")])
    assert sidebar.current_id() is None  # gone
    assert picked == []  # none of this was the user's doing

    qtbot.mouseClick(sidebar.list_widget.viewport(), Qt.MouseButton.LeftButton, pos=row_center(sidebar, 1))
    assert picked == [1]
    assert sidebar.current_id() == 1


def test_new_button(sidebar: ConversationList, qtbot: QtBot) -> None:
    news = record(sidebar.sig_new)
    qtbot.mouseClick(sidebar.new_button, Qt.MouseButton.LeftButton)
    assert len(news) == 1
    assert "New conversation" in sidebar.new_button.text()


def test_search_is_debounced(sidebar: ConversationList, qtbot: QtBot) -> None:
    searches = record(sidebar.sig_search)
    stamps: list[float] = []
    sidebar.sig_search.connect(lambda _text: stamps.append(time.monotonic()))
    assert sidebar.search_edit.placeholderText() == "Search conversations"
    assert sidebar.search_edit.isClearButtonEnabled()
    qtbot.keyClicks(sidebar.search_edit, "trip")
    sidebar.search_edit.insert(" 周末")
    typed = time.monotonic()
    QApplication.processEvents()
    assert searches == []  # not one query per keystroke
    process_until(lambda: bool(searches))
    process_until(lambda: False, timeout=(SEARCH_DELAY_MS + 150) / 1000)  # would a second one come?
    assert searches == ["trip 周末"]
    assert stamps[0] - typed >= SEARCH_DELAY_MS / 1000 - 0.02


def test_rename_inline_from_context_menu(sidebar: ConversationList) -> None:
    renames = record(sidebar.sig_rename)
    sidebar._show_context_menu(row_center(sidebar, 1))  # right-click; popup() returns at once
    assert sidebar.context_menu.isVisible()
    sidebar.rename_action.trigger()
    sidebar.context_menu.hide()
    editor = open_editor(sidebar)
    assert no_dialog_open()
    assert editor.text() == "播放音乐"
    editor.setText("  周杰伦的歌  ")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    process_until(lambda: bool(renames))  # the delegate commits through a queued call
    assert renames == [(1, "周杰伦的歌")]
    assert sidebar.list_widget.item(2).text() == "周杰伦的歌"


def test_rename_with_f2_and_escape_cancels(sidebar: ConversationList) -> None:
    renames = record(sidebar.sig_rename)
    sidebar.select(2)
    sidebar.list_widget.setFocus()
    QTest.keyClick(sidebar.list_widget, Qt.Key.Key_F2)
    editor = open_editor(sidebar)
    assert editor.text() == ""  # untitled: an empty field, not the "New conversation" placeholder
    editor.setText("不要了")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    process_until(lambda: closed(editor))
    assert renames == []
    assert sidebar.list_widget.item(1).text() == "New conversation"

    QTest.keyClick(sidebar.list_widget, Qt.Key.Key_F2)
    editor = open_editor(sidebar)
    editor.setText("旅行")
    QTest.keyClick(editor, Qt.Key.Key_Enter)
    process_until(lambda: bool(renames))
    assert renames == [(2, "旅行")]


def test_rename_to_blank_is_ignored(sidebar: ConversationList) -> None:
    renames = record(sidebar.sig_rename)
    sidebar.rename(3)
    editor = open_editor(sidebar)
    editor.setText("   ")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    process_until(lambda: closed(editor))
    assert renames == []
    assert sidebar.list_widget.item(0).text() == "周末出游计划"


def test_delete_key_asks_inline_and_cancel_keeps(sidebar: ConversationList, qtbot: QtBot) -> None:
    deletes = record(sidebar.sig_delete)
    sidebar.select(3)
    sidebar.list_widget.setFocus()
    QTest.keyClick(sidebar.list_widget, Qt.Key.Key_Delete)
    assert sidebar.confirm_bar.isVisibleTo(sidebar)
    assert no_dialog_open()
    assert "周末出游计划" in sidebar.confirm_label.text()
    assert sidebar.pending_delete() == 3
    qtbot.mouseClick(sidebar.confirm_cancel_button, Qt.MouseButton.LeftButton)
    assert deletes == []
    assert not sidebar.confirm_bar.isVisibleTo(sidebar)
    assert sidebar.pending_delete() is None


def test_delete_from_context_menu_confirmed(sidebar: ConversationList, qtbot: QtBot) -> None:
    deletes = record(sidebar.sig_delete)
    sidebar._show_context_menu(row_center(sidebar, 2))
    sidebar.delete_action.trigger()
    sidebar.context_menu.hide()
    assert sidebar.confirm_bar.isVisibleTo(sidebar)
    assert "New conversation" in sidebar.confirm_label.text()
    assert deletes == []  # asking is not deleting
    qtbot.mouseClick(sidebar.confirm_delete_button, Qt.MouseButton.LeftButton)
    assert deletes == [2]
    assert not sidebar.confirm_bar.isVisibleTo(sidebar)


def test_delete_bar_escape_and_refresh(sidebar: ConversationList) -> None:
    deletes = record(sidebar.sig_delete)
    sidebar.request_delete(1)
    QTest.keyClick(sidebar.confirm_delete_button, Qt.Key.Key_Escape)
    assert not sidebar.confirm_bar.isVisibleTo(sidebar)
    sidebar.request_delete(1)
    sidebar.set_conversations(ROWS[:2])  # deleted elsewhere meanwhile: nothing left to confirm
    assert not sidebar.confirm_bar.isVisibleTo(sidebar)
    assert deletes == []


# --- demo banner ---------------------------------------------------------------------------------------------------


@pytest.fixture
def banner(qtbot: QtBot) -> DemoBanner:
    widget = DemoBanner()
    qtbot.addWidget(widget)
    widget.resize(600, 200)
    widget.show()
    return widget


def test_banner_connect_button(banner: DemoBanner, qtbot: QtBot) -> None:
    opens = record(banner.sig_open_settings)
    dismissed = record(banner.sig_dismissed)
    qtbot.mouseClick(banner.connect_button, Qt.MouseButton.LeftButton)
    assert len(opens) == 1
    assert dismissed == []
    assert banner.isVisible()


def test_banner_close_hides_and_signals(banner: DemoBanner, qtbot: QtBot) -> None:
    dismissed = record(banner.sig_dismissed)
    opens = record(banner.sig_open_settings)
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert len(dismissed) == 1
    assert opens == []
    assert banner.isHidden()


def test_banner_text_and_fits_600px(banner: DemoBanner) -> None:
    assert banner.title_label.text() == "You are chatting with the offline demo bot"
    text = banner.text_label.text()
    for needle in ("Agent as API", "coze.cn", "coze.com", "Settings"):
        assert needle in text
    assert banner.connect_button.text() == "Connect a Coze bot…"
    assert banner.minimumSizeHint().width() <= 600
    assert banner.title_label.wordWrap() and banner.text_label.wordWrap()
    assert banner.heightForWidth(600) < banner.heightForWidth(300)  # wraps rather than overflowing


# ---------------------------------------------------------------------------------------------- tool cards


async def test_tool_cards_show_failures_live_and_from_history(qtbot: QtBot, server, client) -> None:
    """A refused play_music URL: the live card and the card rebuilt from the history both say ✗ and why."""
    import json

    from coze_desktop.chat import ChatEngine, HistoryStore, TurnRequest
    from coze_desktop.demo import DEMO_BOT_ID, sse
    from coze_desktop.plugins import MusicLibrary, default_registry
    from coze_desktop.plugins.player import MissingPlayer
    from coze_desktop.ui.messages import BotMessage

    from ..test_engine import answers, asks

    server.script("/v3/chat", sse(asks(("t1", "play_music", {"music_name": "https://a.example/\u0000"}),
                                       ("t2", "get_volume", {}))))
    server.script("/v3/chat/submit_tool_outputs", sse(answers("ok")))
    store = HistoryStore.in_memory()
    recorder = store.recorder(store.create_conversation(DEMO_BOT_ID), "play")
    live = BotMessage("bot")
    qtbot.addWidget(live)
    registry = default_registry(library=MusicLibrary("/nonexistent"), player=MissingPlayer())

    def observe(event: object) -> None:
        recorder(event)
        live.apply(event)

    await ChatEngine(client, registry).run_turn(TurnRequest(DEMO_BOT_ID, "u", "play"), observe)
    [row] = [m for m in store.messages(recorder.conversation_id) if m.tool_calls]
    assert [(c.call_id, c.ok) for c in row.tool_calls] == [("t1", False), ("t2", True)]
    stored = BotMessage("bot")
    qtbot.addWidget(stored)
    stored.load(row)
    for message in (live, stored):
        cards = message.tool_cards()
        assert [c.state for c in cards] == ["failed", "done"]
        assert cards[0].title.text() == "Could not play https://a.example/␀ · play_music"  # NUL shown, not obeyed
        assert cards[0].state_label.text() == "✗"
        assert cards[0].reason_label.text().startswith("Why: play_music was not run: the URL contains control")
        assert cards[1].title.text() == "Volume is 50 · get_volume" and cards[1].state_label.text() == "✓"
        assert json.loads(cards[1].output.text()) == {"volume": 50}
    store.close()
