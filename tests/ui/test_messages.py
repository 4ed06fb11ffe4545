"""Message widgets as a user meets them: tool cards, code headers and copy, hover actions, bubbles, citations."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTranslator, QUrl
from PySide6.QtGui import QCursor, QEnterEvent, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from coze_desktop.api import RecallChunk
from coze_desktop.chat import AnswerDelta, MessageRow, MessageStatus, RecallSources, Role, TurnCompleted
from coze_desktop.chat.history import ToolCallRow
from coze_desktop.ui import theme
from coze_desktop.ui.markdown import render_cached
from coze_desktop.ui.messages import BotMessage, ToolCard, UserMessage
from coze_desktop.ui.recall_panel import RecallPanel

COLUMN = 760
ANSWER = "Here it is:\n\n```python\nprint('晴天')\n```\n\nDone."
IMG = '<img src="file:///usr/share/icons/hicolor/48x48/apps/x.png">'


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[QWidget]:
    """A column as wide as the reading column, shown (offscreen)."""
    widget = QWidget()
    widget.setObjectName("conversation")
    widget.setStyleSheet(theme.stylesheet())  # the app's padding and fonts: they change what fits on a line
    QVBoxLayout(widget).addStretch(1)  # messages take their own height, as in the conversation
    widget.resize(COLUMN, 700)
    qtbot.addWidget(widget)
    # Away from the pointer an earlier test's clicks left where this window opens: a message shown under it
    # would be hovered from the start and show its actions.
    QCursor.setPos(-1000, -1000)
    widget.show()
    yield widget


def add(host: QWidget, widget: QWidget) -> QWidget:
    layout = host.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(layout.count() - 1, widget)
    layout.activate()
    QApplication.processEvents()
    return widget


def bot_row(text: str = ANSWER, **fields: object) -> MessageRow:
    return MessageRow(1, 1, Role.ASSISTANT, text, fields.pop("status", MessageStatus.COMPLETE), 0.0, **fields)


def loaded(host: QWidget, text: str = ANSWER, **fields: object) -> BotMessage:
    message = BotMessage("Coze 助手", host)
    message.load(bot_row(text, **fields))
    message.answer.flush()
    add(host, message)
    return message


def hover(widget: QWidget, inside: bool) -> None:
    if inside:
        QApplication.sendEvent(widget, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
    else:
        QApplication.sendEvent(widget, QEvent(QEvent.Type.Leave))


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


# ------------------------------------------------------------------------------------------ tool cards


def test_a_tool_card_is_one_line_until_expanded(qtbot: QtBot, host: QWidget) -> None:
    card = ToolCard("play_music", json.dumps({"music_name": "晴天"}, ensure_ascii=False), host)
    add(host, card)
    assert card.state == "running" and card.title.text() == "Playing 晴天… · play_music"
    assert card.state_label.text() == "Running…"
    card.set_state("done", json.dumps({"playing": "晴天", "artist": "周杰伦"}, ensure_ascii=False))
    QApplication.processEvents()
    assert card.title.text() == "Played 晴天 · play_music" and card.state_label.text() == "✓"
    assert not card.title.wordWrap() and card._details is None  # details are built only when asked for
    one_line = card.height()
    assert one_line <= 2 * card.title.fontMetrics().lineSpacing() + 24

    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.title.geometry().center())
    QApplication.processEvents()
    assert card.expanded and card.output.isVisibleTo(card)
    assert json.loads(card.arguments_label.text()) == {"music_name": "晴天"}
    assert json.loads(card.output.text()) == {"playing": "晴天", "artist": "周杰伦"}
    assert card.height() > one_line
    card.toggle_button.click()
    QApplication.processEvents()
    assert not card.expanded and not card.output.isVisibleTo(card)


@pytest.mark.parametrize(("name", "arguments", "output", "summary"), [
    ("set_volume", {"volume": 30}, {"volume": 30}, "Volume → 30 · set_volume"),
    ("get_volume", {}, {"volume": 50}, "Volume is 50 · get_volume"),
    ("pause_music", {}, {"paused": "晴天"}, "Paused the music · pause_music"),
    ("my_plugin", {"x": 1}, {"ok": True}, "Ran my_plugin"),
])
def test_summaries_say_what_the_call_did(host: QWidget, name: str, arguments: dict, output: dict,
                                         summary: str) -> None:
    card = ToolCard(name, json.dumps(arguments), host)
    card.set_state("done", json.dumps(output))
    assert card.title.text() == summary


def test_a_failed_call_is_red_with_its_reason_without_expanding(host: QWidget) -> None:
    card = add(host, ToolCard("set_volume", '{"volume": 30}', host))
    assert isinstance(card, ToolCard)
    card.set_state("failed", json.dumps({"error": "没有找到音频设备"}, ensure_ascii=False))
    QApplication.processEvents()
    assert card.title.text() == "Could not set the volume to 30 · set_volume"
    assert card.state_label.text() == "✗" and card.state_label.property("role") == "danger"
    assert card.property("failed") is True and card.icon_label.tone == "danger"
    assert card.reason_label.isVisible() and card.reason_label.text() == "Why: 没有找到音频设备"
    assert not card.expanded


class _Chinese(QTranslator):
    """A translator for two of the card's strings, as the zh_CN catalogue will have them."""

    WORDS: ClassVar[dict[str, str]] = {"Played {song}": "已播放 {song}", "Running…": "运行中…"}

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return self.WORDS.get(source) if context == "ToolCard" else None


def test_the_summary_is_translated(host: QWidget) -> None:
    translator = _Chinese()
    QCoreApplication.installTranslator(translator)
    try:
        card = ToolCard("play_music", '{"music_name": "晴天"}', host)
        assert card.state_label.text() == "运行中…"
        card.set_state("done", '{"playing": "晴天"}')
        assert card.title.text() == "已播放 晴天 · play_music"
    finally:
        QCoreApplication.removeTranslator(translator)


# ------------------------------------------------------------------------------------------ answers


def test_a_code_block_has_a_header_and_its_copy_link_says_copied(host: QWidget) -> None:
    message = loaded(host)
    view = message.answer
    assert 'href="copy:0"' in view.document().toHtml()
    assert view.toPlainText().split("\n")[1].strip().startswith("python")  # the header names the language
    view.anchorClicked.emit(QUrl("copy:0"))
    assert QGuiApplication.clipboard().text() == "print('晴天')"
    assert view.copied_note is not None and view.copied_note.isVisible()
    assert view.copied_note.text() == "Copied" and view._copied_timer is not None and view._copied_timer.isActive()


def test_copy_puts_the_markdown_on_the_clipboard_and_says_copied(host: QWidget) -> None:
    message = loaded(host)
    message.copy_button.click()
    assert QGuiApplication.clipboard().text() == ANSWER
    assert message.copy_button.toolTip() == "Copied"
    message._copied._restore()  # what the timer does after 1.5 s
    assert message.copy_button.toolTip() == "Copy"


def test_an_answer_has_the_bot_name_and_icon_and_builds_rare_parts_only_when_needed(host: QWidget) -> None:
    message = loaded(host, tool_calls=(ToolCallRow("c1", "set_volume", '{"volume": 30}', '{"volume": 30}', True),))
    assert message.name_label.text() == "Coze 助手" and message.avatar.pixmap() is not None
    assert message.avatar.isVisible()
    # No error box, reasoning, status, waiting note, chips or sources button for a plain finished answer.
    for part in ("_error_box", "_reasoning", "_status", "_waiting", "_chips", "_sources_button"):
        assert getattr(message, part) is None, part
    assert len(message.tool_cards()) == 1
    # Widgets alive: 11 for the answer (header, actions, view) + 5 for the collapsed card; 23 before they were lazy.
    assert len(message.findChildren(QWidget)) <= 16
    message.show_error("broke off", "try again")
    assert message.error_box.isVisibleTo(message) and message.error_text.text() == "broke off"


def test_hover_actions_show_on_hover_and_focus_and_keep_their_place(host: QWidget) -> None:
    older, last = loaded(host), loaded(host)
    older.regenerate_button.hide()  # as the view does for every answer but the last
    QApplication.processEvents()
    assert not older.actions.isVisible()
    assert last.actions.isVisible() and last.regenerate_button.isVisible()  # always on the last answer
    height = older.height()
    hover(older, True)
    assert older.actions.isVisible() and older.copy_button.isVisible() and not older.regenerate_button.isVisible()
    QApplication.processEvents()
    assert older.height() == height  # the row kept its place while hidden: nothing moves
    hover(older, False)
    assert not older.actions.isVisible()

    host.activateWindow()
    older.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert older.hasFocus() and older.actions.isVisible()
    older.copy_button.setFocus(Qt.FocusReason.TabFocusReason)  # Tab on to its own button: still shown
    QApplication.processEvents()
    assert older.copy_button.hasFocus() and older.actions.isVisible()
    last.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert not older.actions.isVisible()


def test_no_actions_while_the_answer_streams(host: QWidget) -> None:
    message = BotMessage("bot", host)
    message.live = True
    add(host, message)
    hover(message, True)
    assert not message.actions.isVisible()
    message.apply(TurnCompleted("c", "chat", None))
    assert message.actions.isVisible()


def test_read_aloud_hook_gives_the_text_without_code_headers(host: QWidget) -> None:
    message = loaded(host)
    assert message.speech_text() == "Here it is:\nprint('晴天')\nDone."


# ------------------------------------------------------------------------------------------ user bubbles


def test_a_short_question_does_not_wrap(host: QWidget) -> None:
    question = "播放晴天，然后把音量调到30好吗 please"
    message = add(host, UserMessage(question, host))
    assert isinstance(message, UserMessage)
    bubble = message.bubble
    assert bubble.height() == bubble.heightForWidth(2000)  # one line: as high as with all the room there is
    assert bubble.width() >= bubble.fontMetrics().horizontalAdvance(question)
    assert bubble.width() < COLUMN // 2  # only as wide as it needs
    assert bubble.geometry().right() >= message.width() - 2  # right-aligned


def test_a_long_line_wraps_within_the_column(host: QWidget) -> None:
    message = add(host, UserMessage("很长的问题 " * 80, host))
    assert isinstance(message, UserMessage)
    assert message.bubble.width() <= int(message.width() * 0.8) + 1
    assert message.bubble.height() > 3 * message.bubble.fontMetrics().lineSpacing()


def test_a_long_paste_is_collapsed_with_show_more(host: QWidget) -> None:
    text = "\n".join(f"line {i}" for i in range(40))
    message = add(host, UserMessage(text, host))
    assert isinstance(message, UserMessage)
    assert message.is_collapsed() and message.more_button is not None
    assert message.more_button.text() == "Show more" and "line 7" in message.bubble.text()
    assert message.bubble.height() == message.bubble.heightForWidth(2000)  # no line of it wraps
    assert "line 8" not in message.bubble.text()
    collapsed = message.bubble.sizeHint().height()
    message.more_button.click()
    assert message.bubble.text() == text and message.more_button.text() == "Show less"
    assert message.bubble.sizeHint().height() > 3 * collapsed
    assert not add(host, UserMessage("short", host)).findChildren(type(message.more_button))[2:]


def test_user_actions_copy_and_edit(host: QWidget) -> None:
    message = add(host, UserMessage("音量调到30", host))
    assert isinstance(message, UserMessage)
    edits: list[str] = []
    message.sig_edit.connect(edits.append)
    assert not message.actions.isVisible()
    hover(message, True)
    assert message.actions.isVisible()
    message.edit_button.click()
    message.copy_button.click()
    assert edits == ["音量调到30"] and QGuiApplication.clipboard().text() == "音量调到30"
    assert message.copy_button.accessibleName() == "Copy" and message.edit_button.toolTip() == "Edit"


def test_hostile_text_stays_text_in_bubbles_and_names(host: QWidget) -> None:
    user = UserMessage(IMG, host)
    assert user.bubble.textFormat() == Qt.TextFormat.PlainText and user.bubble.text() == IMG
    bot = BotMessage(IMG, host)
    assert bot.name_label.textFormat() == Qt.TextFormat.PlainText and bot.name_label.text() == IMG


# ------------------------------------------------------------------------------------------ citations


SOURCES = (
    RecallChunk(slice="Coze Desktop plays music from the folder chosen in Settings.", document_name="Manual"),
    RecallChunk(slice="Volume goes from **0** to 100.", document_name="Volume.md", index="2"),
)


def test_a_citation_marker_emits_its_number_and_shows_the_source(host: QWidget) -> None:
    message = loaded(host, "Music comes from your folder [1], volume up to 100 【2】, not [3].", recall=SOURCES)
    html = message.answer.document().toHtml()
    assert 'href="cite:1"' in html and 'href="cite:2"' in html and 'href="cite:3"' not in html
    assert "[3]" in message.answer.toPlainText()  # no third source: the text stays
    events: list[object] = []
    message.sig_selected.connect(lambda: events.append("selected"))
    message.sig_citation.connect(events.append)
    message.answer.anchorClicked.emit(QUrl("cite:2"))
    assert events == ["selected", 2]
    for bogus in ("cite:9", "cite:0", "cite:x"):  # a link the bot wrote itself, to no source: nothing happens
        message.answer.anchorClicked.emit(QUrl(bogus))
    assert events == ["selected", 2]
    message.answer.highlighted.emit(QUrl("cite:2"))
    tip = message.answer.toolTip().replace("\xa0", " ")  # a plain-text tooltip: spaces kept as no-break ones
    assert "[2] Volume.md" in tip and "0** to 100" in tip
    assert message.sources_button.isVisible() and message.sources_button.text() == "2 source(s)"


def test_markers_link_while_the_answer_streams_and_when_sources_come_late(host: QWidget) -> None:
    message = BotMessage("bot", host)
    message.live = True
    add(host, message)
    message.apply(RecallSources("m", SOURCES[:1]))
    message.apply(AnswerDelta("m", "From your folder [1]"))
    message.apply(AnswerDelta("m", ", up to 100 [2].\n\nMore"))
    message.answer.flush()
    html = message.answer.document().toHtml()
    assert 'href="cite:1"' in html and 'href="cite:2"' not in html  # no second source yet
    message.apply(RecallSources("m", SOURCES[1:]))  # late: the answer is shown again with both
    message.apply(TurnCompleted("c", "chat", None))
    message.answer.flush()
    html = message.answer.document().toHtml()
    assert 'href="cite:1"' in html and 'href="cite:2"' in html
    assert message.answer.markdown() == "From your folder [1], up to 100 [2].\n\nMore"


def test_an_answer_that_cites_nothing_gets_markers_after_paragraphs_from_a_source(host: QWidget) -> None:
    text = "Coze Desktop plays music from the folder chosen in Settings.\n\nSomething unrelated entirely."
    message = loaded(host, text, recall=SOURCES)
    html = message.answer.document().toHtml()
    assert html.count('href="cite:1"') == 1 and 'href="cite:2"' not in html
    assert message.answer.toPlainText().startswith("Coze Desktop plays music from the folder chosen in Settings.[1]")
    assert message.answer.markdown() == text  # copy gives the answer as written


def test_inferred_markers_judge_whole_lists_and_skip_short_paragraphs(host: QWidget) -> None:
    steps = RecallChunk(slice="1. Open your bot in Coze and publish it to the API channel.\n"
                              "2. Create a personal access token with the chat permissions.", document_name="Steps")
    text = ("From the *manual* about Coze:\n\n"  # short, and shares common words with the source: no marker
            "1. Open your bot in Coze and publish it to the API channel.\n"
            "2. Create a personal access token with the chat permissions.\n\nThat is all.")
    message = loaded(host, text, recall=(steps,))
    lines = message.answer.toPlainText().split("\n")
    assert lines[0] == "From the manual about Coze:"
    assert lines[2].endswith("chat permissions.[1]")  # after the list taken from the source, once
    assert message.answer.document().toHtml().count('href="cite:1"') == 1


def test_the_recall_panel_selects_the_cited_card_and_renders_markdown(qtbot: QtBot) -> None:
    panel = RecallPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 600)
    panel.show()
    chunk = RecallChunk(slice="# 标题\n\n**重点** and `code`\n\n```python\nx = 1\n```\n- item", document_name="Doc")
    panel.set_chunks([chunk, *SOURCES])
    shown = plain(panel.cards[0].text_label.text())
    assert "重点" in shown and "x = 1" in shown and "item" in shown
    assert "**" not in shown and "```" not in shown and "#" not in shown and "Copy" not in shown
    assert panel.select_card(2) is panel.cards[2]  # Coze's own index "2" is the third card here
    assert panel.cards[2].selected and panel.cards[2].is_expanded() and not panel.cards[0].selected
    assert panel.select_card(1) is panel.cards[0] and not panel.cards[2].selected
    assert panel.select_card(9) is None


def test_a_card_link_whose_text_claims_another_address_asks_first(qtbot: QtBot) -> None:
    panel = RecallPanel()
    qtbot.addWidget(panel)
    opened: list[str] = []
    panel.open_url = lambda url: opened.append(url.toString())
    panel.set_chunks([RecallChunk(slice="[https://bank.example/login](https://evil.example/) and "
                                        "[docs](https://docs.example/a) and [x](file:///etc/passwd)")])
    card = panel.cards[0]
    card.text_label.linkActivated.emit("https://docs.example/a")
    card.text_label.linkActivated.emit("file:///etc/passwd")
    assert opened == ["https://docs.example/a"]
    card.text_label.linkActivated.emit("https://evil.example/")
    assert opened == ["https://docs.example/a"] and panel.confirmation is not None
    assert "bank.example" in panel.confirmation.text()
    panel.confirmation.close()


def test_a_finished_answer_renders_from_the_cache_when_built_again(host: QWidget) -> None:
    text = ANSWER + "\n\n(cache test)"
    loaded(host, text)
    before = render_cached.cache_info()
    again = loaded(host, text)
    after = render_cached.cache_info()
    assert after.hits == before.hits + 1 and after.misses == before.misses
    assert "print('晴天')" in again.answer.toPlainText()
