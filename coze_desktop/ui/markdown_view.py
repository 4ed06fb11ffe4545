"""A chat message view that renders a streamed markdown answer block by block, re-rendering only the open tail."""

from __future__ import annotations

import functools
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer, QUrl, QUrlQuery, Signal
from PySide6.QtGui import (
    QCursor,
    QDesktopServices,
    QFontDatabase,
    QGuiApplication,
    QPalette,
    QStatusTipEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QMessageBox, QSizePolicy, QTextBrowser, QWidget

from .link_check import MAIL_KEPT, ask_before_opening, shown_host, spoof_reason
from .markdown import (
    CACHED_CHARS,
    BlockSplitter,
    OrderedList,
    References,
    Rendered,
    code_lines,
    code_piece,
    fence_start,
    fenced_code,
    has_citations,
    link_references,
    render,
    render_cached,
    warm_up,
)
from .throttle import Throttle
from .untrusted import plain_tip

_EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
_MIN_POINT_SIZE = 10.5
_UPDATE_INTERVAL_MS = 40
_SLICE_S = 0.012  # rendering time per turn of the event loop when the view has fallen behind
_CATCH_UP_GAP_MS = 5  # non-zero: a zero timer restarted by its own slot can fire again in the same loop pass
_CODE_PIECE_LINES = 30  # a long code block goes into the document this many lines at a time
_HELD_LINES = 10  # lines of a code block streaming in that wait after a piece, for the lexer to read ahead
COPIED_MS = 1500  # how long "Copied" shows after a copy link was clicked
_SOURCE_TIP_CHARS = 600  # of a source's text in a citation marker's tooltip


@dataclass(slots=True)
class _CodeInPieces:
    """A long fenced code block that goes into the document a piece at a time: while it streams in, and when it
    comes whole (rendering it in one go would stall the window)."""

    text: str  # its markdown whose lines are in the document (all of it once it comes whole)
    language: str
    number: int  # of its copy link, which comes with the last piece
    lines: list[str] = field(default_factory=list)  # in the document
    complete: list[str] | None = None  # all its lines, once it is closed


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

    Colours follow the palette: a switch between light and dark renders the message again.

    Links open only after showing where they lead: hovering one shows its real target (tooltip and the window's
    status bar); one whose text claims another address, or hides characters, asks first (a non-modal box, in
    ``confirmation``); schemes other than http, https and mailto are refused; mail links keep only subject/body.

    Code blocks have a header with their language and a "❐ Copy" link; a click copies the code and shows "Copied"
    for a moment beside the pointer (``copied_note``).

    Citation markers ([1], 【1】) become links when ``set_sources`` gave a source of that number; an answer that writes
    none gets markers after the paragraphs taken from a source once it is complete. Hovering a marker shows the
    source as a tooltip; clicking it emits ``sig_citation``.

    A finished message of up to ``CACHED_CHARS`` characters is rendered in one go from a cache of rendered HTML
    (``render_cached``), so building it again when it scrolls back into view costs no markdown or highlighting.

    sig_copied(str): the text of a code block was copied to the clipboard from its "Copy" link.
    sig_finished(): the finished message is completely rendered (again after a switch of the palette).
    sig_citation(int): the citation marker of source ``n`` (1-based) was clicked.
    """

    sig_copied = Signal(str)
    sig_finished = Signal()
    sig_citation = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dark = self._palette_is_dark()
        self._sources: tuple[tuple[str, str], ...] = ()  # (title, text) of each source, for citation markers
        self.copied_note: QLabel | None = None  # "Copied", built on the first copy
        self._copied_timer: QTimer | None = None
        start_warm_up()
        # Opens http, https and mailto links; replaceable, e.g. by tests, so that nothing reaches a real browser.
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
        self.highlighted.connect(self._on_hovered)
        self.confirmation: QMessageBox | None = None  # the pending "open this link?" question, if any
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
        # So do citations inferred from the sources: only the whole answer says it writes no markers itself.
        references = link_references(text)
        infer = bool(self._sources) and not has_citations(text)
        if text != streamed or references or infer:
            self._reset_state()
            self._references = references
            self._infer = infer
            self._feed(text)
        self._splitter.finish()
        self._finished = True
        if len(text) <= CACHED_CHARS and not self._closed_shown and not self._rendered_tail:
            self._render_whole(text)
        self._throttle.trigger()

    def _render_whole(self, text: str) -> None:
        """Show the finished ``text`` from one render (cached): nothing of it is in the document yet."""
        self._splitter.take_closed()
        rendered = render_cached(
            text, copy_label=self.tr("Copy"), dark=self._dark, sources=self._source_texts(), infer=self._infer
        )
        self._code = list(rendered.code)
        if rendered.html:
            self.document().setHtml(rendered.html)
            self._closed_shown = True
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self._tail_start = cursor.position()
        block = cursor.block()
        self._anchor_formats = (block.blockFormat(), block.charFormat(), block.textList() is not None)

    def set_sources(self, sources: Sequence[tuple[str, str]]) -> None:
        """The sources (title, text) the answer may cite, numbered from 1; shown again with its markers linked."""
        sources = tuple(sources)
        if sources == self._sources:
            return
        self._sources = sources
        if self._chunks:
            self._render_again()

    def _source_texts(self) -> tuple[str, ...]:
        return tuple(text for _title, text in self._sources)

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
        self._closed_shown = False  # a closed block is in the document
        self._code_in_pieces: _CodeInPieces | None = None
        self._tail_code: tuple[str, ...] = ()
        self._rendered_tail = ""
        self._finished = False
        self._announced = False
        self._infer = False  # markers after the paragraphs taken from a source (the answer writes none)
        self.document().clear()
        # The tail hangs at the end of the block at _tail_start. That block's formats (and whether it is in a list)
        # are put back after each removal of the tail: Qt gives an empty block (after a table, a rule) the formats of
        # the last block removed after it.
        self._tail_start = 0
        self._anchor_formats = (QTextBlockFormat(), QTextCharFormat(), False)

    def _palette_is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Text).lightness() > 128  # light text on a dark ground

    def _render_again(self) -> None:
        text, references, finished = self.markdown(), self._references, self._finished
        self._reset_state()
        self._references = references
        self._feed(text)
        if finished:
            self.finish()
        else:
            self._throttle.trigger()

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
            dark=self._dark,
            sources=self._source_texts(),
            infer=self._infer,
        )

    def _render_pending(self, budget_s: float = _SLICE_S) -> None:
        # Whichever of the throttle and the catch-up timer fires first does the work of both, so two slices never
        # run in one pass of the event loop.
        self._throttle.cancel()
        self._catch_up.stop()
        self._backlog.extend(self._splitter.take_closed())
        behind = False
        if self._backlog or self._splitter.tail != self._rendered_tail:
            behind = self._update_document(budget_s)
        if behind:
            self._catch_up.start()
        elif self._finished and not self._announced:
            self._announced = True
            self.sig_finished.emit()

    def _update_document(self, budget_s: float) -> bool:
        """Put closed blocks in, then the tail, for about ``budget_s``; whether work is left for another turn."""
        deadline = time.monotonic() + budget_s
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # one relayout and one contentsChange for the whole update
        self._remove_tail(cursor)
        while self._backlog and time.monotonic() < deadline:
            self._insert_next(cursor)
        behind = bool(self._backlog) or (self._splitter.in_code and not self._freeze_code(cursor, deadline))
        self._tail_start = cursor.position()
        block = cursor.block()
        self._anchor_formats = (block.blockFormat(), block.charFormat(), block.textList() is not None)
        # While what comes before it waits, the tail waits too.
        tail = "" if behind else self._splitter.tail
        code = self._code_in_pieces
        if code is not None and tail.startswith(code.text):
            if tail != code.text:
                self._add_code(cursor, code, code.lines + code_lines(tail[len(code.text) :]))
            self._tail_code = ()
        else:
            rendered = self._render(tail)
            self._tail_code = rendered.code
            self._insert_html(cursor, rendered.html)
        self._rendered_tail = tail
        cursor.endEditBlock()
        return behind

    def _insert_next(self, cursor: QTextCursor) -> None:
        """Insert the first closed block of the backlog, or the next piece of it if it is a long code block."""
        block = self._backlog[0]
        code = self._code_in_pieces
        if code is None and block.count("\n") > _CODE_PIECE_LINES and fence_start(block) is not None:
            language, lines = fenced_code(block)
            code = self._code_in_pieces = _CodeInPieces(block, language, len(self._code), complete=lines)
        if code is None or not block.startswith(code.text):
            self._backlog.popleft()
            rendered = self._render(block)
            self._code.extend(rendered.code)
            self._ordered_list = rendered.ordered_list
            self._insert_html(cursor, rendered.html)
            self._closed_shown = self._closed_shown or bool(rendered.html)
            return
        if code.complete is None:  # the code block that streamed in is complete
            code.complete = fenced_code(block)[1]
        end = len(code.lines) + _CODE_PIECE_LINES
        if end < len(code.complete):
            self._add_code(cursor, code, code.complete, end)
            code.lines = code.complete[:end]
        else:
            self._backlog.popleft()
            self._code_in_pieces = None
            self._code.append("\n".join(code.complete))
            self._ordered_list = None
            self._add_code(cursor, code, code.complete, copy=(code.number, self.tr("Copy")))
        self._closed_shown = True

    def _freeze_code(self, cursor: QTextCursor, deadline: float) -> bool:
        """Put the complete lines of a long code block that is streaming in into the document for good, a piece at a
        time until ``deadline``, so that each update renders a few lines, not the whole block again. The last few
        wait: they tell the lexer how the ones before end (a docstring, say). Whether it has caught up."""
        tail = self._splitter.tail
        code = self._code_in_pieces
        if code is None:
            start = fence_start(tail)
            if start is None:
                return True
            code = _CodeInPieces(tail[:start], fenced_code(tail[:start])[0], len(self._code))
        end = tail.rfind("\n") + 1
        while (waiting := tail.count("\n", len(code.text), end)) >= _CODE_PIECE_LINES + _HELD_LINES:
            if time.monotonic() >= deadline:
                return False
            self._code_in_pieces = code
            lines = code.lines + code_lines(tail[len(code.text) : end - 1])
            self._add_code(cursor, code, lines, len(lines) - waiting + _CODE_PIECE_LINES)
            frozen = len(code.text)
            for _ in range(_CODE_PIECE_LINES):
                frozen = tail.index("\n", frozen) + 1
            code.text, code.lines = tail[:frozen], lines[: len(code.lines) + _CODE_PIECE_LINES]
            self._closed_shown = True
        return True

    def _add_code(
        self,
        cursor: QTextCursor,
        code: _CodeInPieces,
        lines: list[str],
        end: int | None = None,
        copy: tuple[int, str] | None = None,
    ) -> None:
        """Insert the lines of a long code block from where the document has got to, up to ``end`` (and its copy
        link); a piece after the first continues the same block, without margins between."""
        position = cursor.position()
        # The header with the language and the copy link goes in with the first piece (code_piece skips it later).
        copy = copy or (code.number, self.tr("Copy"))
        html = code_piece(lines, len(code.lines), code.language, end=end, dark=self._dark, copy=copy)
        self._insert_html(cursor, html)
        if code.lines and html.startswith("<pre"):
            last = self.document().findBlock(position)
            edges = ((last, QTextBlockFormat.setBottomMargin), (last.next(), QTextBlockFormat.setTopMargin))
            for block, set_margin in edges:
                fmt = block.blockFormat()
                set_margin(fmt, 0)
                QTextCursor(block).setBlockFormat(fmt)

    def _remove_tail(self, cursor: QTextCursor) -> None:
        cursor.setPosition(self._tail_start)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        block_format, char_format, in_list = self._anchor_formats
        cursor.setBlockFormat(block_format)
        cursor.setBlockCharFormat(char_format)
        text_list = cursor.currentList()
        if text_list is not None and not in_list:
            text_list.remove(cursor.block())

    def _insert_html(self, cursor: QTextCursor, html: str) -> None:
        if not html:
            return
        if not self._closed_shown:
            # Nothing but the tail is in the document: take the HTML whole, since inserted HTML merges its first
            # block into the one at the cursor (or, for a rule, adds an empty one before it).
            self.document().setHtml(html)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            return
        # Elsewhere the first block of the HTML would merge into the block at the cursor and lose its format (a
        # heading's size, a code block's background). A leading line break takes that place and is then removed;
        # the block at the cursor gets its own formats back, which an empty one (a rule) would lose.
        block_format, char_format = cursor.blockFormat(), cursor.blockCharFormat()
        position = cursor.position()
        cursor.insertHtml("<br />" + html)
        line_break = QTextCursor(self.document())
        line_break.setPosition(position)
        line_break.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        line_break.removeSelectedText()
        line_break.setBlockFormat(block_format)
        line_break.setBlockCharFormat(char_format)

    # --- geometry, palette and links ---------------------------------------------------------------------------

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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._palette_is_dark() != self._dark:
            self._dark = not self._dark
            self._render_again()
        elif event.type() == QEvent.Type.LanguageChange and (self._code or self._tail_code):
            self._render_again()  # the code blocks' "Copy" links, in the new language (text without code: nothing)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == "copy":
            code = self.code_block(int(url.path())) if url.path().isdigit() else None
            if code is not None:
                QGuiApplication.clipboard().setText(code)
                self._show_copied()
                self.sig_copied.emit(code)
            return
        if scheme == "cite":
            number = int(url.path()) if url.path().isdigit() else 0
            if 1 <= number <= len(self._sources):
                self.sig_citation.emit(number)
            return
        if scheme not in _EXTERNAL_SCHEMES or (scheme != "mailto" and not url.host()):
            self._status(self.tr("Not opened: links in answers may only lead to web pages (http, https) or e-mail "
                                 "(mailto); this one is “{scheme}:”.").format(scheme=scheme or url.toString()))
            return
        target = _mail_link(url) if scheme == "mailto" else url
        addresses = tuple(a for a in target.path().split(",") if a) if scheme == "mailto" else ()
        # [""]: a target with a user name is asked about whatever the text, also when no text links to it
        for text in self.link_texts(url) or [""]:
            reason = spoof_reason(text, scheme, url.host(), addresses, userinfo=url.userName())
            if reason is not None:
                self._confirm(target, text, reason)
                return
        self.open_url(target)

    def link_texts(self, url: QUrl) -> list[str]:
        """The visible texts of the links in this message that lead to ``url``."""
        texts: list[str] = []
        block = self.document().begin()
        while block.isValid():
            inside = False  # the previous fragment belonged to such a link (bold text inside a link splits it)
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isAnchor() and QUrl(fmt.anchorHref()) == url:
                    if not inside:
                        texts.append("")
                    texts[-1] += fragment.text()
                    inside = True
                else:
                    inside = False
                it += 1
            block = block.next()
        return texts

    def describe_link(self, url: QUrl) -> str:
        """Where a link really leads, as the hover shows it."""
        scheme = url.scheme().lower()
        if scheme == "copy":
            return self.tr("Copy this code")
        if scheme == "cite":
            number = int(url.path()) if url.path().isdigit() else 0
            if not 1 <= number <= len(self._sources):
                return ""
            title, text = self._sources[number - 1]
            text = text.strip()
            if len(text) > _SOURCE_TIP_CHARS:
                text = text[: _SOURCE_TIP_CHARS - 1] + "…"
            return f"[{number}] {title}\n{text}" if title else f"[{number}] {text}"
        if scheme == "mailto":
            mail = _mail_link(url).toString(QUrl.ComponentFormattingOption.FullyEncoded)
            return self.tr("Write an e-mail to {to}").format(to=mail.removeprefix("mailto:"))
        if scheme in _EXTERNAL_SCHEMES and url.host():
            encoded = bytes(url.toEncoded().data()).decode("ascii", "replace")  # punycode host, escaped path
            host = shown_host(url.host())
            return self.tr("Opens {url} — host {host}").format(url=encoded, host=host)
        return self.tr("Will not be opened: “{scheme}:” links are not followed").format(scheme=scheme)

    def _on_hovered(self, url: QUrl) -> None:
        text = "" if url.isEmpty() else self.describe_link(url)
        self.setToolTip(plain_tip(text))
        self._status(text.partition("\n")[0])  # a source's first line: the status bar has one

    def _show_copied(self) -> None:
        """ "Copied" for a moment beside the pointer (or the top right corner if the pointer is elsewhere)."""
        if self.copied_note is None:
            note = self.copied_note = QLabel(self.tr("Copied"), self.viewport())
            note.setObjectName("copiedNote")
            note.setAutoFillBackground(True)
            note.setMargin(4)
            self._copied_timer = QTimer(self)
            self._copied_timer.setSingleShot(True)
            self._copied_timer.setInterval(COPIED_MS)
            self._copied_timer.timeout.connect(note.hide)
        note = self.copied_note
        note.adjustSize()
        point = self.viewport().mapFromGlobal(QCursor.pos())
        if not self.viewport().rect().contains(point):
            point = QPoint(self.viewport().width() - note.width() - 4, 4)
        x = max(0, min(point.x() + 12, self.viewport().width() - note.width()))
        note.move(x, max(0, point.y() - note.height()))
        note.show()
        note.raise_()
        assert self._copied_timer is not None
        self._copied_timer.start()

    def _status(self, text: str) -> None:
        # QMainWindow shows a status tip in its status bar; any other window ignores it.
        QApplication.sendEvent(self.window(), QStatusTipEvent(text))

    def _confirm(self, url: QUrl, text: str, reason: str) -> None:
        if self.confirmation is not None:
            self.confirmation.close()
        self.confirmation = ask_before_opening(self, text, reason, self.describe_link(url), lambda: self.open_url(url),
                                               lambda: setattr(self, "confirmation", None))


def _mail_link(url: QUrl) -> QUrl:
    """``url`` with every query parameter but subject and body dropped (attach=, cc=, bcc=, to= reach the mail
    program unseen: a bot could attach a local file or copy someone in)."""
    kept = QUrlQuery()
    for key, value in QUrlQuery(url).queryItems(QUrl.ComponentFormattingOption.FullyDecoded):
        if key.lower() in MAIL_KEPT:
            kept.addQueryItem(key.lower(), value)
    mail = QUrl()
    mail.setScheme("mailto")
    mail.setPath(url.path())
    if not kept.isEmpty():
        mail.setQuery(kept)
    return mail
