"""A chat message view that renders a streamed markdown answer block by block, re-rendering only the open tail."""

from __future__ import annotations

import functools
import math
import threading
import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFontDatabase,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextList,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from .markdown import BlockSplitter, OrderedList, References, Rendered, link_references, render, warm_up
from .throttle import Throttle

_EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
_MIN_POINT_SIZE = 10.5
_UPDATE_INTERVAL_MS = 40
_SLICE_S = 0.012  # rendering time per turn of the event loop when the view has fallen behind
_CATCH_UP_GAP_MS = 5  # non-zero: a zero timer restarted by its own slot can fire again in the same loop pass


@functools.cache
def start_warm_up() -> threading.Thread:
    """Compile the lexers of common languages once, in the background, so that the first code block in a language
    does not stall the window (pygments needs 20-100 ms for some, e.g. Python, CSS, Kotlin)."""
    thread = threading.Thread(target=warm_up, name="lexer warm-up", daemon=True)
    thread.start()
    return thread


class MarkdownView(QTextBrowser):
    """One chat message as rendered markdown, as tall as its content (it lives in the conversation's scroll area).

    Stream an answer with ``append_delta`` and ``finish``, or show a finished one with ``set_markdown``. Finished
    blocks go into the document once; only the open tail is replaced, at most every 40 ms, so a whole answer costs
    time linear in its length. Work that piles up (a long message at once, deltas faster than rendering) is done in
    slices of about 12 ms per turn of the event loop.

    sig_copied(str): the text of a code block was copied to the clipboard from its "Copy" link.
    sig_finished(): the finished message is completely rendered.
    """

    sig_copied = Signal(str)
    sig_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        start_warm_up()
        #: Opens http, https and mailto links; replaceable, e.g. by tests, so nothing reaches a real browser.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._throttle = Throttle(self._render_pending, _UPDATE_INTERVAL_MS, self)
        self._catch_up = QTimer(self)
        self._catch_up.setSingleShot(True)
        self._catch_up.setInterval(_CATCH_UP_GAP_MS)  # input and painting get a turn of the event loop in between
        self._catch_up.timeout.connect(self._render_pending)
        self._reset_state()

        self.setOpenLinks(False)  # a click must never navigate the view away from the message
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long URLs must not overflow
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        document = self.document()
        document.setUndoRedoEnabled(False)  # an undo stack of every tail replacement would only grow
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), _MIN_POINT_SIZE))
        document.setDefaultFont(font)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        document.setDefaultStyleSheet(f'pre, code {{ font-family: "{mono}", monospace; }}')
        document.documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    # --- content -----------------------------------------------------------------------------------------------

    def markdown(self) -> str:
        """The raw markdown received so far (for "copy message")."""
        return "".join(self._chunks)

    def set_markdown(self, text: str) -> None:
        """Show a whole, finished message (e.g. from history)."""
        self._reset_state()
        self._feed(text)
        self.finish()

    def append_delta(self, text: str) -> None:
        """Append streamed text; the document catches up at most every 40 ms, after a pause at once."""
        if self._finished:
            raise RuntimeError("the message is finished; clear() the view to stream another")
        if text:
            self._feed(text)
            self._throttle.trigger()

    def finish(self, final_text: str | None = None) -> None:
        """The answer is complete; ``final_text`` is authoritative and replaces the streamed text if it differs."""
        streamed = self.markdown()
        text = streamed if final_text is None else final_text
        # Link reference definitions may come after their uses, in another block: render again knowing them all.
        references = link_references(text)
        if text != streamed or references:
            self._reset_state()
            self._references = references
            self._feed(text)
        self._splitter.finish()
        self._finished = True
        self._throttle.trigger()

    def flush(self) -> None:
        """Bring the document up to date now, however long that takes (e.g. before measuring or grabbing it)."""
        self._render_pending(math.inf)

    def clear(self) -> None:
        """Empty the view, ready to stream a new answer."""
        self._reset_state()

    def code_block(self, number: int) -> str | None:
        """The raw text of code block ``number`` (0-based, in message order) as rendered, or None."""
        code = self._code + list(self._tail_code)
        return code[number] if 0 <= number < len(code) else None

    # --- rendering ---------------------------------------------------------------------------------------------

    def _reset_state(self) -> None:
        self._throttle.cancel()
        self._catch_up.stop()
        self._splitter = BlockSplitter()
        self._backlog: deque[str] = deque()  # closed blocks not yet in the document
        self._chunks: list[str] = []
        self._references: References = {}
        self._code: list[str] = []  # code blocks of the closed blocks in the document
        self._ordered_list: OrderedList | None = None  # the one the closed blocks end with
        self._tail_code: tuple[str, ...] = ()
        self._rendered_tail = ""
        self._finished = False
        self._announced = False
        self.document().clear()
        # The tail hangs at the end of the block at _tail_start. That block's formats are put back after each
        # removal of the tail, because Qt gives an emptied block the formats of the last block removed after it.
        self._tail_start = 0
        self._anchor_formats = (QTextBlockFormat(), QTextCharFormat(), -1)

    def _feed(self, text: str) -> None:
        self._chunks.append(text)
        self._splitter.feed(text)

    def _render(self, markdown: str) -> Rendered:
        return render(
            markdown,
            first_code=len(self._code),
            copy_label=self.tr("Copy"),
            references=self._references,
            after=self._ordered_list,
        )

    def _render_pending(self, budget_s: float = _SLICE_S) -> None:
        # Whichever of the throttle and the catch-up timer fires first does the work of both, so two slices never
        # run in one pass of the event loop.
        self._throttle.cancel()
        self._catch_up.stop()
        self._backlog.extend(self._splitter.take_closed())
        if self._backlog or self._splitter.tail != self._rendered_tail:
            self._update_document(budget_s)
        if self._backlog:
            self._catch_up.start()
        elif self._finished and not self._announced:
            self._announced = True
            self.sig_finished.emit()

    def _update_document(self, budget_s: float) -> None:
        deadline = time.monotonic() + budget_s
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # one relayout and one contentsChange for the whole update
        self._remove_tail(cursor)
        while self._backlog and time.monotonic() < deadline:
            rendered = self._render(self._backlog.popleft())
            self._code.extend(rendered.code)
            self._ordered_list = rendered.ordered_list
            self._insert_html(cursor, rendered.html)
        self._tail_start = cursor.position()
        block = cursor.block()
        text_list = block.textList()
        self._anchor_formats = (block.blockFormat(), block.charFormat(), text_list.objectIndex() if text_list else -1)
        # While closed blocks wait, the tail (which comes after them) waits too.
        tail = "" if self._backlog else self._splitter.tail
        rendered = self._render(tail)
        self._tail_code = rendered.code
        self._insert_html(cursor, rendered.html)
        self._rendered_tail = tail
        cursor.endEditBlock()

    def _remove_tail(self, cursor: QTextCursor) -> None:
        cursor.setPosition(self._tail_start)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        block_format, char_format, list_index = self._anchor_formats
        cursor.setBlockFormat(block_format)
        cursor.setBlockCharFormat(char_format)
        text_list = cursor.currentList()
        if text_list is not None and text_list.objectIndex() != list_index:
            text_list.remove(cursor.block())
        if list_index != -1 and (text_list is None or text_list.objectIndex() != list_index):
            anchor_list = self.document().object(list_index)
            if isinstance(anchor_list, QTextList):
                anchor_list.add(cursor.block())

    def _insert_html(self, cursor: QTextCursor, html: str) -> None:
        if not html:
            return
        if self.document().isEmpty():
            # Inserted HTML merges its first block into the block at the cursor (or, for a rule, adds an empty
            # one before it); an empty document can take the HTML whole instead.
            self.document().setHtml(html)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            return
        # Elsewhere the first block of the HTML would merge into the block at the cursor and lose its format (a
        # heading's size, a code block's background). A leading line break takes that place and is then removed.
        position = cursor.position()
        cursor.insertHtml("<br />" + html)
        line_break = QTextCursor(self.document())
        line_break.setPosition(position)
        line_break.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        line_break.removeSelectedText()

    # --- geometry and links ------------------------------------------------------------------------------------

    def _content_height(self) -> int:
        margins = self.contentsMargins()
        return math.ceil(self.document().size().height()) + margins.top() + margins.bottom()

    def _fit_height(self) -> None:
        height = self._content_height()
        if height != self.height() or self.minimumHeight() != self.maximumHeight():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._content_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._content_height())

    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == "copy":
            code = self.code_block(int(url.path())) if url.path().isdigit() else None
            if code is not None:
                QGuiApplication.clipboard().setText(code)
                self.sig_copied.emit(code)
        elif scheme in _EXTERNAL_SCHEMES:
            self.open_url(url)
