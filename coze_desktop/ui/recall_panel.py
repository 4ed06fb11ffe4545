"""The sources panel: the knowledge-base slices the bot recalled for the selected reply, one card each."""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QPainter, QPaintEvent, QPalette, QPen, QTextLayout
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..api.types import RecallChunk
from . import theme
from .link_check import ask_before_opening, spoof_reason
from .markdown import render
from .untrusted import plain_label, plain_tip

_LINK_SCHEMES = frozenset({"http", "https"})
_COLLAPSED_LINES = 3
_ANCHOR = re.compile(r'<a href="([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def slice_html(text: str, dark: bool = False) -> tuple[str, dict[str, list[str]]]:
    """A slice's markdown as HTML for a label (no raw HTML, pictures as links, code without copy links), and the
    visible texts of its links by target, for the link check."""
    markup = render(text, copy_label="", dark=dark, breaks=True).html
    texts: dict[str, list[str]] = {}
    for href, inner in _ANCHOR.findall(markup):
        texts.setdefault(html.unescape(href), []).append(html.unescape(_TAG.sub("", inner)))
    return markup, texts


def safe_link(url: str) -> QUrl | None:
    """``url`` as a QUrl if it is a valid http(s) address; None for file:, javascript: and anything else."""
    qurl = QUrl(url.strip(), QUrl.ParsingMode.StrictMode)
    if qurl.isValid() and qurl.scheme().lower() in _LINK_SCHEMES and qurl.host():
        return qurl
    return None


def format_score(score: float) -> str:
    """Coze reports similarity in 0..1, shown as a percentage; any other figure is shown as it is, two decimals."""
    if 0.0 <= score <= 1.0:
        return f"{score * 100:.0f}%"
    return f"{score:.2f}"


def _small(label: QLabel) -> QLabel:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.85)
    label.setFont(font)
    return label


def _grey(label: QLabel) -> QLabel:
    # the palette's placeholder colour is readable in both light and dark themes, unlike a fixed grey
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _paint_rounded_border(widget: QWidget, radius: float, colour: str | None = None) -> None:
    # painted rather than set by a style sheet: children of a widget with a style sheet keep their old colours
    # when the system switches between light and dark while the app runs
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), 2) if colour else QPen(widget.palette().color(QPalette.ColorRole.Mid), 1)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    painter.end()


class _Badge(QLabel):
    """The card's number in a small rounded box."""

    def paintEvent(self, event: QPaintEvent) -> None:
        _paint_rounded_border(self, 4)
        super().paintEvent(event)


class ChunkCard(QFrame):
    """One recalled slice: its number, document, dataset, score, link and text (three lines until expanded).

    Signals:
        sig_link_activated(str): the user clicked the link; the panel decides whether to open it.
    """

    sig_link_activated = Signal(str)

    def __init__(self, chunk: RecallChunk, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chunk = chunk
        self._expanded = False
        self.selected = False
        self.setFrameShape(QFrame.Shape.NoFrame)  # paintEvent draws a rounded border
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.index_label = plain_label(_Badge(), chunk.index.strip() or str(number))
        self.index_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.index_label.setMinimumWidth(self.index_label.fontMetrics().horizontalAdvance("00") + 8)
        self.index_label.setMargin(1)
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        font = QFont(self.title_label.font())
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.score_label = _grey(_small(QLabel(format_score(chunk.score))))
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.index_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.score_label, 0, Qt.AlignmentFlag.AlignTop)

        self.dataset_label = _grey(_small(QLabel(chunk.dataset_name.strip())))
        self.dataset_label.setTextFormat(Qt.TextFormat.PlainText)
        self.dataset_label.setWordWrap(True)
        self.dataset_label.setVisible(bool(chunk.dataset_name.strip()))

        # Only http(s) becomes a link; anything else (file:, javascript:) is shown as plain text, never clickable.
        url = chunk.link_url.strip()
        self.url_label: QLabel | None = self._build_url_label(url) if url else None
        self.link_label: QLabel | None = self.url_label if url and safe_link(url) is not None else None

        # The slice's markdown rendered (headings, lists, code), safely: markdown-it with raw HTML off, pictures
        # as links, and links opened only through the panel's check.
        self.slice_text = chunk.slice.strip()
        rendered, self.link_texts = slice_html(self.slice_text, theme.current() is theme.DARK)
        self.text_label = QLabel(rendered)
        self.text_label.setObjectName("sourceText")
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setOpenExternalLinks(False)
        self.text_label.linkActivated.connect(self.sig_link_activated)
        self.text_label.linkHovered.connect(lambda url: self.text_label.setToolTip(plain_tip(url)))
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        # long text must not widen the window; setSizePolicy would drop the height-for-width that wrapping set
        policy = self.text_label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.text_label.setSizePolicy(policy)
        self.toggle_button = QToolButton()
        self.toggle_button.setAutoRaise(True)
        self.toggle_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggle_button.clicked.connect(self.toggle)
        self.text_label.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.dataset_label)
        if self.url_label is not None:
            layout.addWidget(self.url_label)
        layout.addWidget(self.text_label)
        layout.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignRight)
        self._retranslate()
        self._apply_expanded()

    def _retranslate(self) -> None:
        """The card's own words in the current language (the slice is the knowledge base's, as it is)."""
        chunk = self.chunk
        self.title_label.setText(chunk.document_name.strip() or chunk.link_title.strip() or self.tr("Document"))
        self.score_label.setToolTip(self.tr("Relevance score: {score:.4f}").format(score=chunk.score))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._apply_expanded()  # "Show more" / "Show less"

    def is_expanded(self) -> bool:
        """The whole slice is shown."""
        return self._expanded

    def is_collapsible(self) -> bool:
        """The slice is longer than the three lines shown when collapsed."""
        return self._full_text_height() > self._collapsed_height() + 1

    def set_expanded(self, expanded: bool) -> None:
        """Show the whole slice, or only its first three lines."""
        self._expanded = expanded
        self._apply_expanded()

    def toggle(self) -> None:
        """Switch between the whole slice and its first three lines."""
        self.set_expanded(not self._expanded)

    def set_selected(self, selected: bool) -> None:
        """Marked as the source a citation in the answer points at."""
        self.selected = selected
        self.setProperty("selected", selected)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        _paint_rounded_border(self, 6, theme.current().focus if self.selected else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # whether "Show more" is needed depends on how the text wraps, i.e. on the label's width and font
        if watched is self.text_label and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._apply_expanded()
        return super().eventFilter(watched, event)

    def _build_url_label(self, url: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        if (qurl := safe_link(url)) is not None:
            title = self.chunk.link_title.strip()
            # The title is the link text unless it is the heading, or claims another address than the link's.
            honest = not title or spoof_reason(title, qurl.scheme().lower(), qurl.host()) is None
            shown = title if title and honest and self.chunk.document_name.strip() else url
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(f'<a href="{html.escape(url, quote=True)}">{html.escape(shown)}</a>')
            label.setToolTip(plain_tip(url))  # the real target, whatever the title says
            label.setOpenExternalLinks(False)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            label.linkActivated.connect(self.sig_link_activated)
        else:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText(url)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            _grey(label)
        return _small(label)

    def _text_width(self) -> int:
        # before the card is laid out the label has no real width; guess one so the first paint is close
        return self.text_label.width() if self.text_label.width() > 1 else 280

    def _collapsed_height(self) -> int:
        """The height of the slice's first three lines as the label wraps them (CJK lines are taller than Latin)."""
        font, width = self.text_label.font(), self._text_width()
        height, lines = 0.0, 0
        for paragraph in self.slice_text.split("\n"):
            layout = QTextLayout(paragraph, font)
            layout.beginLayout()
            while lines < _COLLAPSED_LINES:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                height += line.height()
                lines += 1
            layout.endLayout()
            if lines >= _COLLAPSED_LINES:
                break
        return math.ceil(height) + 1

    def _full_text_height(self) -> int:
        return self.text_label.heightForWidth(self._text_width())

    def _apply_expanded(self) -> None:
        limit = 16777215 if self._expanded else self._collapsed_height()  # 16777215 is Qt's QWIDGETSIZE_MAX
        if self.text_label.maximumHeight() != limit:
            self.text_label.setMaximumHeight(limit)
        self.toggle_button.setText(self.tr("Show less") if self._expanded else self.tr("Show more"))
        self._update_toggle()

    def _update_toggle(self) -> None:
        self.toggle_button.setVisible(self._expanded or self.is_collapsible())


class RecallPanel(QWidget):
    """The "Sources" side panel: a scrollable list of cards, one per recalled knowledge-base slice.

    ``open_url`` opens the links (http and https only); tests replace it to capture what would be opened.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Opens a source's link in the browser; replaceable, e.g. by tests, so nothing reaches a real browser.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.cards: list[ChunkCard] = []
        self.confirmation: QMessageBox | None = None  # the pending "open this link?" question, if any
        self._no_sources = False  # the empty state: a reply without sources, or no reply selected

        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setBold(True)
        self.title_label.setFont(font)
        self.count_label = _grey(QLabel())
        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 8, 2)
        header.setSpacing(6)
        header.addWidget(self.title_label)
        header.addWidget(self.count_label)
        header.addStretch(1)

        self.empty_label = _grey(QLabel())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(16)

        self._cards_box = QWidget()
        self._cards_layout = QVBoxLayout(self._cards_box)
        self._cards_layout.setContentsMargins(8, 4, 8, 8)
        self._cards_layout.setSpacing(8)
        self._cards_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self._cards_box)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.scroll_area)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        self.clear()

    def select_card(self, number: int) -> ChunkCard | None:
        """Mark, expand and scroll to the source a citation marker ``number`` points at: the card whose Coze index
        is that number, else the ``number``-th card. None if there is no such card."""
        wanted = next((c for c in self.cards if c.chunk.index.strip() == str(number)), None)
        if wanted is None and 1 <= number <= len(self.cards):
            wanted = self.cards[number - 1]
        for card in self.cards:
            card.set_selected(card is wanted)
        if wanted is not None:
            wanted.set_expanded(True)
            self.scroll_area.ensureWidgetVisible(wanted)
        return wanted

    def set_chunks(self, chunks: Sequence[RecallChunk]) -> None:
        """Show the sources of one reply; an empty sequence says the reply has none."""
        self._remove_cards()
        for number, chunk in enumerate(chunks, start=1):
            card = ChunkCard(chunk, number)
            card.sig_link_activated.connect(lambda url, c=card: self._open_link(url, c))
            self._cards_layout.insertWidget(self._cards_layout.count() - 1, card)  # before the stretch
            self.cards.append(card)
        self.count_label.setText(str(len(self.cards)))
        self.count_label.setVisible(True)
        if self.cards:
            self.stack.setCurrentWidget(self.scroll_area)
            self.scroll_area.verticalScrollBar().setValue(0)
        else:
            self.stack.setCurrentWidget(self.empty_label)
        self._no_sources = True
        self._retranslate()

    def clear(self) -> None:
        """No reply is selected."""
        self._remove_cards()
        self.count_label.setVisible(False)
        self._no_sources = False
        self._retranslate()
        self.stack.setCurrentWidget(self.empty_label)

    def _retranslate(self) -> None:
        """The panel's texts in the current language (again after a live language change; cards do their own)."""
        self.title_label.setText(self.tr("Sources"))
        self.empty_label.setText(self.tr("No knowledge sources for this reply.") if self._no_sources
                                 else self.tr("Select a reply to see its sources."))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def is_empty(self) -> bool:
        """No cards are shown (the empty-state text is)."""
        return not self.cards

    def _open_link(self, url: str, card: ChunkCard | None = None) -> None:
        # checked again here, not only when the card was built: the link text is data from the network
        qurl = safe_link(url)
        if qurl is None:
            return
        for text in (card.link_texts.get(url) if card is not None else None) or [""]:
            reason = spoof_reason(text, qurl.scheme().lower(), qurl.host(), userinfo=qurl.userName())
            if reason is not None:
                self._confirm(qurl, text, reason)
                return
        self.open_url(qurl)

    def _confirm(self, url: QUrl, text: str, reason: str) -> None:
        """Ask (without a nested event loop) before opening a link in a slice whose text claims another target."""
        if self.confirmation is not None:
            self.confirmation.close()
        self.confirmation = ask_before_opening(self, text, reason, url.toString(), lambda: self.open_url(url),
                                               lambda: setattr(self, "confirmation", None))

    def _remove_cards(self) -> None:
        for card in self.cards:
            self._cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards.clear()
