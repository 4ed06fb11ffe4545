"""A question's attachments and a Q&A pick in the history: recorded, read back after a reopen, copies private."""

from __future__ import annotations

import dataclasses
import os
import stat
import time
from pathlib import Path

import pytest

from coze_desktop.api import ChoiceQuestion, FileRefused
from coze_desktop.api.errors import CozeInputTooLarge
from coze_desktop.chat import ChoiceAnswered, HistoryStore, TurnCompleted
from coze_desktop.chat import attachments as files
from coze_desktop.chat.history import REPLY_MESSAGE

PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a55b6a"
    "d30000000049454e44ae426082")


def test_prepare_reads_the_kind_from_the_bytes_and_refuses_before_anything_is_sent(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"  # a PNG named .jpg: the bytes decide
    photo.write_bytes(PNG_1x1)
    attachment = files.prepare(photo)
    assert (attachment.kind, attachment.mime, attachment.size, attachment.name) == ("image", "image/png",
                                                                                   len(PNG_1x1), "photo.jpg")
    notes = tmp_path / "notes.txt"
    notes.write_text("hello\n", encoding="utf-8")
    assert files.prepare(notes).kind == "file"
    with pytest.raises(CozeInputTooLarge, match="at most"):
        files.prepare(notes, max_bytes=3)
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ\x90\x00")
    with pytest.raises(FileRefused, match=r"\.exe"):
        files.prepare(program)
    (tmp_path / "empty.txt").touch()
    with pytest.raises(FileRefused, match="empty"):
        files.prepare(tmp_path / "empty.txt")
    with pytest.raises(IsADirectoryError):
        files.prepare(tmp_path)
    with pytest.raises(FileNotFoundError):
        files.prepare(tmp_path / "gone.png")


def test_sent_attachments_are_kept_privately_and_read_back_after_reopening(tmp_path: Path) -> None:
    original = tmp_path / "photo.png"
    original.write_bytes(PNG_1x1)
    pasted = files.save_pasted_image(PNG_1x1)
    kept = [files.keep(files.prepare(original), PNG_1x1), files.keep(pasted, PNG_1x1)]
    assert kept[1] == pasted  # already a private copy: not copied again
    copy = Path(kept[0].path)
    assert copy.read_bytes() == PNG_1x1 and copy != original and files.is_private_copy(str(copy))
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    sent = [dataclasses.replace(kept[0], file_id="file-1"), kept[1]]

    store = HistoryStore()
    conversation = store.create_conversation("bot")
    recorder = store.recorder(conversation, "what is this?", sent)
    recorder(TurnCompleted("c", "chat", None))
    store.close()

    reopened = HistoryStore()
    question = reopened.messages(conversation)[0]
    assert question.attachments == tuple(sent)
    assert question.attachments[0].file_id == "file-1"
    assert "Attached image: `photo.png`" in reopened.export_markdown(conversation)
    reopened.delete_conversation(conversation)
    assert not copy.exists() and not Path(pasted.path).exists()
    assert original.exists()  # the user's own file is never touched
    reopened.close()


def test_remove_copies_never_touches_a_file_outside_the_private_folder(tmp_path: Path) -> None:
    mine = tmp_path / "mine.png"
    mine.write_bytes(PNG_1x1)
    files.remove_copies([str(mine), "", str(tmp_path / "absent")])
    assert mine.exists()


def test_a_qa_pick_is_kept_as_a_reply_message_row() -> None:
    store = HistoryStore()
    conversation = store.create_conversation("bot")
    recorder = store.recorder(conversation, "pick a song for me")
    question = ChoiceQuestion("call-1", "Which song?", ("晴天", "Rain"))
    recorder(ChoiceAnswered(question, "晴天"))
    recorder(TurnCompleted("c", "chat", None))
    row = store.messages(conversation)[1].tool_calls[0]
    assert (row.call_id, row.name, row.output, row.ok) == ("call-1", REPLY_MESSAGE, "晴天", True)
    assert '"options": ["晴天", "Rain"]' in row.arguments
    store.close()


def test_sweep_removes_old_copies_no_message_refers_to(tmp_path: Path) -> None:
    sent = files.save_pasted_image(PNG_1x1)
    orphan = files.save_pasted_image(PNG_1x1)  # pasted in an earlier run, never sent
    fresh = files.save_pasted_image(PNG_1x1)  # pasted a moment ago
    mine = tmp_path / "mine.png"
    mine.write_bytes(PNG_1x1)
    hour_ago = time.time() - 7200
    for path in (sent.path, orphan.path, str(mine)):
        os.utime(path, (hour_ago, hour_ago))
    store = HistoryStore()
    conversation = store.create_conversation("bot")
    store.recorder(conversation, "look", [dataclasses.replace(sent, file_id="f")])(TurnCompleted("c", "chat", None))
    assert files.sweep(store.attachment_paths()) == 1
    assert Path(sent.path).exists() and Path(fresh.path).exists() and mine.exists()
    assert not Path(orphan.path).exists() and not Path(orphan.path).parent.exists()
    store.close()


def test_draft_attachments_round_trip_and_a_damaged_or_stale_entry_is_dropped(tmp_path: Path) -> None:
    here = files.save_pasted_image(PNG_1x1)
    gone = dataclasses.replace(here, path=str(tmp_path / "moved.png"))
    text = files.encode_drafts({None: [here], 7: [here, gone], 8: []})
    assert files.decode_drafts(text) == {None: [here], 7: [here]}
    assert files.decode_drafts("") == {} and files.decode_drafts("{not json") == {}
    assert files.decode_drafts('{"x": [], "9": [{"kind": "image"}], "10": "nope", "11": [{"nope": 1}]}') == {}
    assert files.decode_drafts("[1, 2]") == {}
    nul = '{"3": [{"kind": "file", "name": "a", "mime": "", "size": 1, "path": "a\\u0000b"}]}'  # a NUL in the path
    assert files.decode_drafts(nul) == {}
