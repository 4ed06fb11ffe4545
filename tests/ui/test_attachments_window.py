"""Attachments in the window against the demo Coze server: paste, drop, pick, remove, refuse, upload, history."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from coze_desktop.chat import HistoryStore
from coze_desktop.demo.script import json_reply, silent
from coze_desktop.settings import load_settings
from coze_desktop.ui.main_window import MainWindow
from coze_desktop.ui.messages import UserMessage
from coze_desktop.ui.services import build

from .test_main_window import answer_text, ask, close_window, next_turn_end


def image(width: int, height: int, colour: str) -> QImage:
    picture = QImage(width, height, QImage.Format.Format_RGB32)
    picture.fill(QColor(colour))
    return picture


def uploads(window: MainWindow) -> list:
    return [r for r in window.session.demo_server.requests if r.path == "/v1/files/upload"]


def chat_bodies(window: MainWindow) -> list[dict]:
    return [r.json for r in window.session.demo_server.requests if r.path == "/v3/chat" and r.json]


def drop(window: MainWindow, paths: list[Path]) -> None:
    """A real drag and drop of files onto the conversation (not the input), as a file manager does it."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = window.view.viewport()
    point = target.mapTo(window, QPoint(20, 20))
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    dropped = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                         Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, dropped)


class UrlCatcher(QObject):
    """Where QDesktopServices sends file URLs during a test, instead of the desktop's viewer."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def private_copy_exists(path: str) -> bool:
    from coze_desktop.chat.attachments import is_private_copy

    return is_private_copy(path) and Path(path).is_file()


def last_question(window: MainWindow) -> UserMessage:
    return [w for w in window.view.message_widgets() if isinstance(w, UserMessage)][-1]


async def test_a_pasted_image_is_sent_and_described_and_kept_after_a_restart(qapp: QApplication, app_home: Path,
                                                                             fast_demo: None) -> None:
    window, store = build(load_settings())
    try:
        window.show()
        await window.start()
        conversation, file_id = await paste_and_send(window)
    finally:
        await close_window(window, store)

    # After a restart the history shows the question with its image again.
    win, store = build(load_settings())
    try:
        win.show()
        await win.start()
        win.open_conversation(conversation)
        again = last_question(win)
        assert again.attachments is not None and len(again.attachments.images()) == 1
        assert again.attachments.attachments[0].file_id == file_id
    finally:
        await close_window(win, store)


async def paste_and_send(window: MainWindow) -> tuple[int, str]:
    QGuiApplication.clipboard().setImage(image(37, 23, "#d01818"))
    window.input.setFocus()
    window.input.paste()  # Ctrl+V: the clipboard's image becomes an attachment, not text
    assert window.input.draft() == ""
    [chip] = window.tray.chips
    assert chip.attachment.is_image and chip.attachment.name.endswith(".png") and window.tray.isVisible()
    assert not chip.preview.pixmap().isNull()
    pasted = chip.attachment.path
    window.tray.remove(0)  # removed before sending: its file goes too
    assert window.tray.chips == [] and not private_copy_exists(pasted)
    window.input.paste()
    [chip] = window.tray.chips
    progress: list[tuple[int, int]] = []
    window.session.sig_upload_progress.connect(lambda _c, _i, done, total: progress.append((done, total)))
    window.input.setPlainText("What is in this picture?")

    await ask(window, window.input.draft())

    assert len(uploads(window)) == 1
    assert progress and progress[-1][0] == progress[-1][1]  # the bar reached the end
    body = chat_bodies(window)[-1]["additional_messages"][-1]
    assert body["content_type"] == "object_string"
    parts = json.loads(body["content"])
    assert parts[0] == {"type": "text", "text": "What is in this picture?"} and parts[1]["type"] == "image"
    answer = answer_text(window)
    assert "37×23" in answer and "red" in answer  # the demo bot really read the pixels
    question = last_question(window)
    assert question.attachments is not None
    [thumb] = question.attachments.images()
    assert thumb.iconSize().width() == 37  # small images are shown at their size
    assert window.tray.chips == [] and window.input.draft() == ""
    kept = question.attachments.attachments[0].path
    assert private_copy_exists(kept)
    return window.current, parts[1]["file_id"]


async def test_dropped_files_become_chips_and_one_is_removed_by_keyboard(window: MainWindow, tmp_path: Path,
                                                                         qtbot) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("first line\nsecond line\n", encoding="utf-8")
    photo = tmp_path / "photo.png"
    assert image(8, 6, "#2040e0").save(str(photo))
    drop(window, [notes, photo])
    assert [c.attachment.name for c in window.tray.chips] == ["notes.txt", "photo.png"]
    assert [c.attachment.kind for c in window.tray.chips] == ["file", "image"]
    drop(window, [notes])  # the same file again: not twice
    assert len(window.tray.chips) == 2

    button = window.tray.chips[0].remove_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Delete)
    assert [c.attachment.name for c in window.tray.chips] == ["photo.png"]

    # Files alone are a message: Enter on an empty box sends them.
    finished = next_turn_end(window)
    window.input.setFocus()
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    await asyncio.wait_for(finished, 15)
    assert "8×6" in answer_text(window)
    parts = json.loads(chat_bodies(window)[-1]["additional_messages"][-1]["content"])
    assert [p["type"] for p in parts] == ["image"]
    assert not last_question(window).bubble.isVisibleTo(last_question(window))  # files alone: no empty bubble

    # A click on the thumbnail opens the kept copy, full size, in the system's viewer.
    opened = UrlCatcher()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        [thumb] = last_question(window).attachments.images()
        thumb.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    [url] = opened.urls
    assert private_copy_exists(url.toLocalFile()) and url.toLocalFile().endswith("photo.png")


async def test_files_coze_would_refuse_are_refused_before_anything_is_uploaded(window: MainWindow,
                                                                              tmp_path: Path) -> None:
    huge = tmp_path / "huge.png"
    with huge.open("wb") as handle:  # sparse: 600 MB on paper, nothing on disk
        handle.truncate(600 * 1024 * 1024)
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ" + b"\0" * 100)
    empty = tmp_path / "empty.txt"
    empty.touch()
    drop(window, [huge, program, empty, tmp_path])
    assert window.tray.chips == []
    said = window.statusBar().currentMessage()
    assert "huge.png is 600.0 MB" in said and "512.0 MB" in said
    assert "setup.exe is a .exe file" in said and "empty.txt is empty" in said
    window.send("anything?")
    await asyncio.sleep(0.3)
    assert uploads(window) == []


async def test_a_failed_upload_loses_nothing_and_says_why(window: MainWindow, tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n", encoding="utf-8")
    window.attach_files([str(notes)])
    window.session.demo_server.script("/v1/files/upload", json_reply(
        {"code": 4000, "msg": "invalid parameter: the storage is full"}, status=200))
    window.input.setPlainText("summarise this")
    await ask(window, "summarise this")
    assert "the storage is full" in window.statusBar().currentMessage()
    assert [c.attachment.name for c in window.tray.chips] == ["notes.md"]
    assert window.input.draft() == "summarise this" and not window.input.is_busy()
    assert window.store.messages(window.current) == []  # nothing recorded, nothing sent
    assert not [b for b in chat_bodies(window) if "summarise" in json.dumps(b)]
    # Sent again once Coze takes it: the same attachments go.
    await ask(window, window.input.draft())
    assert "notes.md" in answer_text(window) and window.tray.chips == []


async def test_stop_cancels_an_upload_and_keeps_the_message(window: MainWindow, tmp_path: Path) -> None:
    photo = tmp_path / "photo.png"
    assert image(4, 4, "#00a000").save(str(photo))
    window.attach_files([str(photo)])
    window.session.demo_server.script("/v1/files/upload", silent(hold=30))
    finished = next_turn_end(window)
    window.send("look")
    await asyncio.sleep(0.2)
    assert window.stop_button.isVisible() and not window.tray.chips[0].remove_button.isEnabled()
    window.attach_files([str(photo.with_name("more.png"))])  # nothing joins a message already on its way
    assert "Wait until the files being sent are uploaded" in window.statusBar().currentMessage()
    assert len(window.tray.chips) == 1
    window.stop()
    await asyncio.wait_for(finished, 5)
    assert "Upload stopped" in window.statusBar().currentMessage()
    assert len(window.tray.chips) == 1 and window.tray.chips[0].remove_button.isEnabled()
    assert window.input.draft() == "look" and window.send_button.isVisible()


async def test_attachments_stay_with_their_conversation_draft(window: MainWindow, tmp_path: Path) -> None:
    await ask(window, "hello")
    first = window.current
    notes = tmp_path / "notes.txt"
    notes.write_text("x", encoding="utf-8")
    window.attach_files([str(notes)])
    window.new_conversation()
    assert window.tray.chips == [] and not window.tray.isVisible()
    window.open_conversation(first)
    assert [c.attachment.name for c in window.tray.chips] == ["notes.txt"]


async def test_reopened_question_whose_copy_is_gone_still_names_its_file(qapp: QApplication, app_home: Path,
                                                                         fast_demo: None) -> None:
    from coze_desktop.chat import TurnCompleted
    from coze_desktop.chat.attachments import Attachment

    store = HistoryStore()
    conversation = store.create_conversation("7000000000000000001")
    gone = Attachment("image", "holiday.jpg", "image/jpeg", 2048, str(app_home / "nowhere.jpg"), "f1")
    store.recorder(conversation, "and this one?", [gone])(TurnCompleted("c", "chat", None))
    store.close()
    win, reopened = build(load_settings())
    try:
        win.show()
        await win.start()
        win.open_conversation(conversation)
        strip = last_question(win).attachments
        assert strip is not None and strip.images() == []
        [button] = strip.buttons
        assert "holiday.jpg" in button.text() and "gone" in button.toolTip()
    finally:
        await close_window(win, reopened)


async def test_the_attach_button_picks_files_without_blocking_the_loop(window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    notes = tmp_path / "notes.csv"
    notes.write_text("a,b\n1,2\n", encoding="utf-8")
    window.attach_button.click()
    dialog = window._file_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles and "*.png" in dialog.nameFilters()[0]
    await asyncio.sleep(0.05)  # the loop runs while the picker is open (open(), not exec())
    from PySide6.QtWidgets import QLineEdit

    name_box = dialog.findChild(QLineEdit, "fileNameEdit")  # what the user types the file into
    name_box.setText(str(notes))
    dialog.accept()
    await asyncio.sleep(0)
    assert [c.attachment.name for c in window.tray.chips] == ["notes.csv"]
    assert window._file_dialog is None


async def test_a_big_picture_is_read_on_a_worker_thread(window: MainWindow, tmp_path: Path) -> None:
    big = tmp_path / "panorama.png"
    assert image(4000, 1500, "#f2d43a").save(str(big))  # 6 megapixels: decoded off the loop's thread
    window.attach_files([str(big)])
    [chip] = window.tray.chips
    for _ in range(200):
        if not chip.preview.pixmap().isNull():
            break
        await asyncio.sleep(0.02)
    assert chip.preview.pixmap().width() == 44 and chip.preview.pixmap().height() == 16  # 4000×1500 in 44×44
    await ask(window, "and this?")
    [thumb] = last_question(window).attachments.images()
    assert thumb.iconSize().width() == 200  # its room, kept while the thread reads it
    for _ in range(200):
        if not thumb.icon().isNull():
            break
        await asyncio.sleep(0.02)
    assert not thumb.icon().isNull()
    assert "4000×1500" in answer_text(window)


async def test_a_file_name_is_never_markup(window: MainWindow, tmp_path: Path) -> None:
    odd = tmp_path / "<i>notes<i> & <img src=x>.txt"
    odd.write_text("hello", encoding="utf-8")
    window.attach_files([str(odd)])
    [chip] = window.tray.chips
    assert chip.name_label.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;img\xa0src=x&gt;" in chip.name_label.toolTip() and "<img" not in chip.name_label.toolTip()
    assert "&lt;i&gt;" in chip.remove_button.toolTip()
    await ask(window, "read it")
    [button] = last_question(window).attachments.buttons
    assert button.text().startswith("<i>notes<i> && <img src=x>.txt")  # "&" shown, not a mnemonic
    assert "<img" not in button.toolTip()


async def test_a_drafts_attachments_come_back_after_a_restart(qapp: QApplication, app_home: Path, fast_demo: None,
                                                              tmp_path: Path) -> None:
    import os
    import time

    notes = tmp_path / "notes.txt"
    notes.write_text("x", encoding="utf-8")
    window, store = build(load_settings())
    try:
        window.show()
        await window.start()
        await ask(window, "hello")
        conversation = window.current
        window.attach_files([str(notes)])
        QGuiApplication.clipboard().setImage(image(5, 5, "#101010"))
        window.input.paste()
        pasted = window.tray.chips[1].attachment.path
        window.new_conversation()
        window.attach_files([str(notes)])  # and one in the new conversation's draft
    finally:
        await close_window(window, store)
    hour_ago = time.time() - 7200
    os.utime(pasted, (hour_ago, hour_ago))  # old enough for the start-up clean-up, but a draft still holds it

    win, store = build(load_settings())
    try:
        win.show()
        await win.start()
        await asyncio.sleep(0.2)  # the clean-up ran
        assert win.current == conversation  # the newest conversation opens
        assert [c.attachment.name for c in win.tray.chips] == ["notes.txt", Path(pasted).name]
        assert private_copy_exists(pasted)
        win.new_conversation()
        assert [c.attachment.name for c in win.tray.chips] == ["notes.txt"]
    finally:
        await close_window(win, store)
