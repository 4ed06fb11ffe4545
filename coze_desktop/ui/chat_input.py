"""The message box: Enter sends, Shift+Enter adds a line, and Enter never sends while an input method is composing."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QFocusEvent, QImage, QInputMethodEvent, QKeyEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget

_SEND_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_MIN_LINES = 1
_MAX_LINES = 8


class ChatInput(QPlainTextEdit):
    """A plain-text box for the next message that grows from one to eight lines, then scrolls.

    Enter or Ctrl+Enter (main or keypad) sends, Shift+Enter inserts a new line. While an input method is composing
    (e.g. pinyin shows "nihao" before the user picks 你好) Enter belongs to the input method: it neither sends nor
    breaks the line. While the owner runs a turn (``set_busy(True)``) typing still works, so the next message can be
    drafted, but Enter sends nothing: the placeholder says so, and Enter on text emits ``sig_blocked`` so the owner
    can say why. (Not a queue: the answer still coming may change what the user wants to ask next.)

    Signals:
        sig_submit(str): the user sent this text (stripped, never blank); the box has been cleared.
        sig_draft_changed(str): the user changed the text (typing, pasting, sending); not emitted by ``set_draft``.
        sig_blocked(): Enter was pressed on text while busy; the text is kept.
        sig_files(list): local files were pasted or dropped here (their paths): attachments, not text.
        sig_image(QImage): an image was pasted (a screenshot from the clipboard): an attachment.

    With ``has_attachments`` set by the owner, Enter sends even without text (the files are the message).
    """

    sig_submit = Signal(str)
    sig_draft_changed = Signal(str)
    sig_blocked = Signal()
    sig_files = Signal(list)
    sig_image = Signal(QImage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self._composing = False
        self._programmatic = False  # set while set_draft() writes, so owners only hear about the user's edits
        self._idle_placeholder = ""
        self.has_attachments = False
        self._retranslate()
        self.setTabChangesFocus(True)  # a chat box has no use for tab characters; Tab should reach the buttons
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.textChanged.connect(self._on_text_changed)
        # wrapped lines count too, and wrapping changes with the width: follow the layout, not the text
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    # --- state -------------------------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        """A turn is running, so Enter does not send."""
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """While busy the user may keep typing but Enter sends nothing (the owner offers a Stop button instead)."""
        self._busy = busy
        self.setPlaceholderText(
            self.tr("Wait for the answer or press Stop (Esc); you can type meanwhile") if busy
            else self._idle_placeholder)

    def is_composing(self) -> bool:
        """An input method shows uncommitted text (pre-edit), so Enter must go to it."""
        return self._composing

    def draft(self) -> str:
        """The text typed so far, as is."""
        return self.toPlainText()

    def set_draft(self, text: str) -> None:
        """Replace the text (e.g. the draft of another conversation) and put the cursor at its end, silently."""
        self._programmatic = True
        try:
            self.setPlainText(text)
        finally:
            self._programmatic = False
        self.moveCursor(QTextCursor.MoveOperation.End)
        # a pre-edit belongs to the text being replaced; a stale flag would block Enter for good
        self._composing = False

    # --- events ------------------------------------------------------------------------------------------------

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        # Track composition ourselves: inputMethodQuery/QInputMethod know nothing on offscreen or with some IMs.
        # A commit may come with the next pre-edit in the same event; an empty pre-edit ends (or cancels) composing.
        self._composing = bool(event.preeditString())
        super().inputMethodEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() not in _SEND_KEYS:
            super().keyPressEvent(event)
            return
        if self._composing:
            # The input method sees keys before we do; one that reaches us mid-composition must neither send nor
            # leave a stray line break in the message.
            event.accept()
            return
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            # a real paragraph break rather than Qt's default U+2028 line separator, so the text is plain "\n"
            self.textCursor().insertText("\n")
            self.ensureCursorVisible()
            event.accept()
        elif modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
            event.accept()
            self._submit()
        else:
            super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(_local_files(source)) or source.hasImage() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        # Files and images are attachments: a file manager's copy also carries the paths as text, which must not
        # land in the message. An image wins over its text (a browser's copied image carries its URL too).
        paths = _local_files(source)
        if paths:
            self.sig_files.emit(paths)
        elif source.hasImage() and isinstance(image := source.imageData(), QImage) and not image.isNull():
            self.sig_image.emit(image)
        else:
            super().insertFromMimeData(source)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # Qt commits or cancels the pre-edit when focus leaves; if the input method sends nothing, do not stay stuck
        self._composing = False
        super().focusOutEvent(event)

    def _retranslate(self) -> None:
        """The placeholder in the current language (again after a live language change)."""
        self._idle_placeholder = self.tr("Ask anything — Enter to send, Shift+Enter for a new line")
        self.set_busy(self._busy)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    # --- internals ---------------------------------------------------------------------------------------------

    def _submit(self) -> None:
        text = self.toPlainText().strip()
        if not text and not self.has_attachments:
            return
        if self._busy:
            self.sig_blocked.emit()
            return
        self.clear()  # the user's own action: owners hear sig_draft_changed("") and can drop the stored draft
        self.sig_submit.emit(text)

    def _on_text_changed(self) -> None:
        if not self._programmatic:
            self.sig_draft_changed.emit(self.toPlainText())

    def _fit_height(self) -> None:
        # Measure the laid-out lines rather than count x line spacing: a line with Chinese falls back to the CJK
        # font, whose lines are taller than the Latin font's.
        layout = self.document().documentLayout()
        text_height, lines = 0, 0
        block = self.document().firstBlock()
        while block.isValid() and lines < _MAX_LINES:
            if block.isVisible():
                layout.blockBoundingRect(block)  # lays the block out: the plain-text layout does it lazily
                text_layout = block.layout()
                for i in range(min(text_layout.lineCount(), _MAX_LINES - lines)):
                    text_height += math.ceil(text_layout.lineAt(i).height())
                    lines += 1
            block = block.next()
        text_height = max(text_height, self.fontMetrics().lineSpacing() * _MIN_LINES)
        margins = self.contentsMargins()  # the frame is part of the contents margins
        height = (
            math.ceil(text_height)
            + 2 * math.ceil(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 2  # QPlainTextEdit only counts a line visible with a pixel to spare; without this a scroll bar shows
        )
        if height != self.minimumHeight() or height != self.maximumHeight():
            self.setFixedHeight(height)


def _local_files(source: QMimeData) -> list[str]:
    """The local files a paste or drop carries (file-manager copies, drags), in order."""
    if not source.hasUrls():
        return []
    return [url.toLocalFile() for url in source.urls() if url.isLocalFile() and url.toLocalFile()]
