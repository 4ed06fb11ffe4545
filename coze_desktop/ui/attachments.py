"""Attachments in the window: the tray of thumbnails and file chips above the input, and the strip in a question."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QImageReader, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..api.files import size_text
from ..api.types import FILE_MAX_BYTES
from ..chat import attachments as files
from ..chat.attachments import Attachment
from . import theme
from .icons import IconLabel, icon
from .untrusted import plain_tip

TRAY_THUMB = 44  # px: a thumbnail in the tray
BUBBLE_THUMB = QSize(200, 150)  # px at most: a thumbnail in a sent question
# Images with more pixels than this are read on a worker thread: a 12-megapixel PNG takes ~130 ms to decode (it
# cannot be decoded scaled, as a JPEG can), which the window must not stall for.
BIG_PIXELS = 4_000_000


def read_thumbnail(path: str, box: QSize) -> QImage:
    """The image at ``path`` scaled to fit ``box`` as it is read (decoded scaled where the format allows); null if
    unreadable. A QImage, so it may be read on a worker thread."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > box.width() or size.height() > box.height()):
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def thumbnail(path: str, box: QSize, ratio: float = 1.0) -> QPixmap:
    """:func:`read_thumbnail` as a pixmap, read now; ``ratio`` device pixels per pixel (sharp on a HiDPI screen)."""
    return _pixmap(read_thumbnail(path, box * ratio), ratio)


def _pixmap(image: QImage, ratio: float) -> QPixmap:
    if image.isNull():
        return QPixmap()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def show_thumbnail(path: str, box: QSize, apply: Callable[[QPixmap], None], owner: QWidget) -> None:
    """Call ``apply`` with the thumbnail of ``path``: at once for a small image, else once a worker thread has read
    it (``owner`` deleted meanwhile: dropped). Without a running loop it is read at once."""
    size = QImageReader(path).size()
    ratio = max(1.0, owner.devicePixelRatioF())
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        loop = None
    if loop is None or not size.isValid() or size.width() * size.height() <= BIG_PIXELS:
        apply(thumbnail(path, box, ratio))
        return

    async def load() -> None:
        image = await asyncio.to_thread(read_thumbnail, path, box * ratio)
        if shiboken6.isValid(owner) and not image.isNull():
            with contextlib.suppress(RuntimeError):  # deleted between the check and the call
                apply(_pixmap(image, ratio))

    task = loop.create_task(load())
    _loading.add(task)
    task.add_done_callback(_loading.discard)


_loading: set[asyncio.Task[None]] = set()  # thumbnails being read (kept referenced until done)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def open_in_viewer(path: str) -> bool:
    """Open a file in the system's viewer for its type (the full-size image, the document)."""
    return Path(path).is_file() and QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class AttachmentChip(QFrame):
    """One attachment in the tray: thumbnail or file icon, name, size, upload progress and a remove button.

    The remove button is reached with Tab and pressed with Space, Enter or Delete."""

    sig_remove = Signal()

    def __init__(self, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setObjectName("toolCard")
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.SPACE_XS, theme.SPACE_XS, theme.SPACE_XS, theme.SPACE_XS)
        row.setSpacing(theme.SPACE_S)
        if attachment.is_image:
            self.preview = QLabel(self)
            self.preview.setFixedSize(TRAY_THUMB, TRAY_THUMB)
            self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            show_thumbnail(attachment.path, QSize(TRAY_THUMB, TRAY_THUMB), self.preview.setPixmap, self)
        else:
            self.preview = IconLabel("file", theme.ICON_L, parent=self)
        row.addWidget(self.preview)
        column = QVBoxLayout()
        column.setSpacing(0)
        self.name_label = QLabel(self)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        name = attachment.name
        self.name_label.setText(name if len(name) <= 28 else name[:18] + "…" + name[-9:])
        self.name_label.setToolTip(plain_tip(name))  # a file's name is never markup
        self.size_label = QLabel(size_text(attachment.size), self)
        self.size_label.setProperty("muted", True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(4)
        self.progress.hide()
        column.addWidget(self.name_label)
        column.addWidget(self.size_label)
        column.addWidget(self.progress)
        row.addLayout(column)
        self.remove_button = QToolButton(self)
        self.remove_button.setIcon(icon("close"))
        self.remove_button.setIconSize(QSize(theme.ICON_S, theme.ICON_S))
        self.remove_button.setAutoRaise(True)
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.remove_button.clicked.connect(self.sig_remove)
        self.remove_button.installEventFilter(self)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self._retranslate()

    def _retranslate(self) -> None:
        words = self.tr("Remove %1").replace("%1", self.attachment.name)
        self.remove_button.setToolTip(plain_tip(words))
        self.remove_button.setAccessibleName(words)
        self.setAccessibleName(self.tr("Attached: %1, %2").replace("%1", self.attachment.name).replace(
            "%2", size_text(self.attachment.size)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if (watched is self.remove_button and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.remove_button.isEnabled()):
            self.sig_remove.emit()
            return True
        return super().eventFilter(watched, event)

    def set_progress(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setValue(100 if total <= 0 else min(100, done * 100 // total))
        self.size_label.setText(self.tr("Uploading… %1%").replace("%1", str(self.progress.value())))

    def reset(self) -> None:
        self.progress.hide()
        self.size_label.setText(size_text(self.attachment.size))


class AttachmentTray(QScrollArea):
    """The attachments of the message being written, in a row above the input; hidden while there are none.

    ``add_paths`` and ``add_image`` check each file as Coze's upload would (size, type) before anything is sent;
    what cannot go is refused with its reason (sig_refused) and the rest are added. While the message uploads
    (``set_uploading``) nothing can be removed and each chip shows its progress.

    Signals:
        sig_changed(): an attachment was added or removed.
        sig_refused(str): files that could not be attached, and why (one line each).
    """

    sig_changed = Signal()
    sig_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentTray")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        content = QWidget(self)
        self._row = QHBoxLayout(content)
        self._row.setContentsMargins(12, 0, 12, 0)
        self._row.setSpacing(theme.SPACE_S)
        self._row.addStretch(1)
        self.setWidget(content)
        self.chips: list[AttachmentChip] = []
        self.uploading = False
        # The largest file to accept (the session's client says; Coze's 512 MB by default).
        self.max_bytes: Callable[[], int] = lambda: FILE_MAX_BYTES
        self.setFixedHeight(TRAY_THUMB + 2 * theme.SPACE_XS + 6)
        self.hide()

    def attachments(self) -> list[Attachment]:
        return [chip.attachment for chip in self.chips]

    def add_paths(self, paths: Sequence[str]) -> list[Attachment]:
        """Attach the files at ``paths`` (a file already attached is skipped); the ones added."""
        added, refused = [], []
        present = {chip.attachment.path for chip in self.chips}
        for path in paths:
            if path in present:
                continue
            try:
                attachment = files.prepare(path, self.max_bytes())
            except ValueError as exc:
                refused.append(str(exc))
                continue
            except OSError as exc:
                refused.append(self.tr("%1 cannot be attached: %2").replace("%1", Path(path).name).replace(
                    "%2", exc.strerror or str(exc)))
                continue
            present.add(path)
            added.append(attachment)
            self._add(attachment)
        if refused:
            self.sig_refused.emit("\n".join(refused))
        if added:
            self.sig_changed.emit()
        return added

    def add_image(self, image: QImage) -> Attachment | None:
        """A pasted image, kept as a PNG in the app's private folder (it has no file of its own)."""
        if image.isNull():
            return None
        try:
            attachment = files.save_pasted_image(png_bytes(image), self.max_bytes())
        except (ValueError, OSError) as exc:
            self.sig_refused.emit(self.tr("The pasted image cannot be attached: %1").replace("%1", str(exc)))
            return None
        self._add(attachment)
        self.sig_changed.emit()
        return attachment

    def set_attachments(self, attachments: Sequence[Attachment]) -> None:
        """Show exactly these (another conversation's draft), silently."""
        for chip in self.chips:
            chip.deleteLater()
        self.chips = []
        for attachment in attachments:
            self._add(attachment)
        self.setVisible(bool(self.chips))

    def clear(self) -> None:
        self.set_attachments([])

    def remove(self, index: int) -> None:
        if self.uploading or not 0 <= index < len(self.chips):
            return
        chip = self.chips.pop(index)
        files.remove_copies([chip.attachment.path])  # a pasted image's file (never sent): nothing else uses it
        had_focus = chip.remove_button.hasFocus()
        chip.hide()
        chip.deleteLater()
        self.setVisible(bool(self.chips))
        if had_focus and self.chips:  # the keyboard stays in the tray: on the next chip's button
            self.chips[min(index, len(self.chips) - 1)].remove_button.setFocus()
        self.sig_changed.emit()

    def set_uploading(self, uploading: bool) -> None:
        self.uploading = uploading
        for chip in self.chips:
            chip.remove_button.setEnabled(not uploading)
            if not uploading:
                chip.reset()

    def set_progress(self, index: int, done: int, total: int) -> None:
        if 0 <= index < len(self.chips):
            self.chips[index].set_progress(done, total)

    def remove_buttons(self) -> list[QToolButton]:
        return [chip.remove_button for chip in self.chips]

    def _add(self, attachment: Attachment) -> None:
        chip = AttachmentChip(attachment, self.widget())
        chip.sig_remove.connect(lambda c=chip: self.remove(self.chips.index(c)) if c in self.chips else None)
        chip.remove_button.setEnabled(not self.uploading)
        self._row.insertWidget(len(self.chips), chip)
        self.chips.append(chip)
        self.show()


class AttachmentStrip(QWidget):
    """A sent question's attachments above its bubble: image thumbnails and file chips (name, size); a click
    opens the kept copy in the system's viewer, full size."""

    def __init__(self, attachments: Sequence[Attachment], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachments = list(attachments)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.SPACE_S)
        row.addStretch(1)
        self.buttons: list[QToolButton] = []
        for attachment in self.attachments:
            button = QToolButton(self)
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # as every message button: Tab stays in the input
            size = QImageReader(attachment.path).size() if attachment.is_image else QSize()
            if size.isValid():  # an image that is there: its thumbnail (read on a thread when big)
                button.setObjectName("attachmentImage")
                button.setIconSize(size.scaled(BUBBLE_THUMB, Qt.AspectRatioMode.KeepAspectRatio)
                                   if size.width() > BUBBLE_THUMB.width() or size.height() > BUBBLE_THUMB.height()
                                   else size)  # its room is kept while a big one is read
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
                show_thumbnail(attachment.path, BUBBLE_THUMB, lambda p, b=button: b.setIcon(p), button)
            else:
                button.setObjectName("attachmentFile")
                button.setIcon(icon("file"))
                button.setIconSize(QSize(theme.ICON_M, theme.ICON_M))
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                missing = not Path(attachment.path).is_file()
                button.setText(f"{attachment.name} · {size_text(attachment.size)}".replace("&", "&&"))  # no mnemonic
                button.setProperty("missing", missing)
            button.clicked.connect(lambda _=False, a=attachment: open_in_viewer(a.path))
            row.addWidget(button)
            self.buttons.append(button)
        self._retranslate()

    def _retranslate(self) -> None:
        for attachment, button in zip(self.attachments, self.buttons, strict=True):
            if not Path(attachment.path).is_file():
                tip = self.tr("%1 (%2) — the local copy is gone").replace("%1", attachment.name)
            elif attachment.is_image:
                tip = self.tr("%1 (%2) — click to open it full size").replace("%1", attachment.name)
            else:
                tip = self.tr("%1 (%2) — click to open it").replace("%1", attachment.name)
            tip = tip.replace("%2", size_text(attachment.size))
            button.setToolTip(plain_tip(tip))
            button.setAccessibleName(tip)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def images(self) -> list[QToolButton]:
        return [b for b in self.buttons if b.objectName() == "attachmentImage"]
