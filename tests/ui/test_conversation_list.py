"""The conversation list as a model/view: one row updated, moved, added or removed per change, never a rebuild;
and the window's search through the history's file-read thread, where the newest query wins."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from coze_desktop.chat import HistoryStore
from coze_desktop.chat.history import ConversationRow
from coze_desktop.ui.conversation_list import SEARCH_DELAY_MS, ConversationList
from coze_desktop.ui.main_window import MainWindow

from .test_main_window import ask


def conversation(local_id: int, updated_at: float, title: str | None = None) -> ConversationRow:
    title = f"对话 {local_id}" if title is None else title
    return ConversationRow(id=local_id, bot_id="bot", title=title, coze_conversation_id="",
                           created_at=0.0, updated_at=updated_at)


@dataclass
class ModelSignals:
    """How often each of the model's change signals fired."""

    resets: int = 0
    inserted: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    moved: list[tuple[int, int]] = field(default_factory=list)
    changed: list[int] = field(default_factory=list)

    @classmethod
    def watch(cls, model: QAbstractItemModel) -> ModelSignals:
        seen = cls()
        model.modelReset.connect(lambda: setattr(seen, "resets", seen.resets + 1))
        model.rowsInserted.connect(lambda _p, first, _last: seen.inserted.append(first))
        model.rowsRemoved.connect(lambda _p, first, _last: seen.removed.append(first))
        model.rowsMoved.connect(lambda _p, start, _end, _d, row: seen.moved.append((start, row)))
        model.dataChanged.connect(lambda top, _bottom, _roles=(): seen.changed.append(top.row()))
        return seen


@pytest.fixture
def sidebar(qtbot: QtBot) -> ConversationList:
    widget = ConversationList()
    qtbot.addWidget(widget)
    widget.resize(280, 420)
    widget.show()
    widget.set_rows([conversation(i, 100.0 + i) for i in range(2000, 0, -1)])  # 2,000 rows, newest first
    return widget


def record(signal: object) -> list[object]:
    seen: list[object] = []
    signal.connect(lambda *args: seen.append(args))  # type: ignore[attr-defined]
    return seen


def test_upsert_moves_one_row_to_the_top_without_a_reset(sidebar: ConversationList) -> None:
    sidebar.select(1500)
    selected = record(sidebar.sig_selected)
    seen = ModelSignals.watch(sidebar.model)
    sidebar.upsert(conversation(1500, 5000.0, "刚刚用过"))
    assert sidebar.ids()[:3] == [1500, 2000, 1999]
    assert len(sidebar.ids()) == 2000
    assert (seen.resets, seen.inserted, seen.removed) == (0, [], [])
    assert seen.moved == [(500, 0)]  # from row 500 to the top, one move
    assert seen.changed == [0]
    assert sidebar.list_view.item(0).text() == "刚刚用过"
    assert sidebar.current_id() == 1500  # the selection follows its row
    assert selected == []  # not the user's doing


def test_upsert_in_place_and_moving_down(sidebar: ConversationList) -> None:
    seen = ModelSignals.watch(sidebar.model)
    sidebar.upsert(conversation(2000, 2100.0, "renamed"))  # still the newest: stays where it is
    assert seen.moved == [] and seen.changed == [0] and seen.resets == 0
    assert sidebar.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "renamed"
    sidebar.upsert(conversation(2000, 1500.5))  # older now: goes down between 1400 and 1401
    assert seen.moved == [(0, 600)]  # Qt counts the destination before the move: row 599 after it
    assert sidebar.ids()[597:601] == [1402, 1401, 2000, 1400]
    assert seen.resets == 0


def test_upsert_inserts_a_new_conversation_at_its_place(sidebar: ConversationList) -> None:
    seen = ModelSignals.watch(sidebar.model)
    sidebar.upsert(conversation(2001, 9999.0, "新的"))
    assert seen.inserted == [0] and seen.resets == 0 and seen.moved == []
    assert sidebar.ids()[0] == 2001 and len(sidebar.ids()) == 2001
    assert sidebar.list_view.item(0).text() == "新的"
    sidebar.upsert(conversation(2002, 0.0, ""))  # oldest: at the end, with the placeholder title
    assert seen.inserted == [0, 2001]
    assert sidebar.list_view.item(2001).text() == "New conversation"


def test_remove_one_row_clears_the_selection_quietly(sidebar: ConversationList) -> None:
    sidebar.select(1000)
    selected = record(sidebar.sig_selected)
    seen = ModelSignals.watch(sidebar.model)
    assert sidebar.remove(1000)
    assert seen.removed == [1000] and seen.resets == 0
    assert 1000 not in sidebar.ids() and len(sidebar.ids()) == 1999
    assert sidebar.current_id() is None  # not a neighbour Qt would pick
    assert selected == []
    assert not sidebar.remove(1000)
    sidebar.select(5)
    assert sidebar.remove(7) and sidebar.current_id() == 5  # removing another row keeps the selection


def test_remove_of_the_row_asked_about_hides_the_delete_bar(sidebar: ConversationList) -> None:
    assert sidebar.request_delete(42)
    sidebar.upsert(conversation(42, 142.0, "改了名字"))
    assert "改了名字" in sidebar.confirm_label.text()  # the bar names it as it is now
    sidebar.remove(42)
    assert not sidebar.confirm_bar.isVisibleTo(sidebar) and sidebar.pending_delete() is None


def test_an_open_rename_editor_survives_another_rows_upsert(sidebar: ConversationList) -> None:
    renames = record(sidebar.sig_rename)
    assert sidebar.rename(1990)
    editor = sidebar.list_view.indexWidget(sidebar.model.index(10, 0)) or sidebar.list_view.focusWidget()
    sidebar.upsert(conversation(3, 9000.0))  # a turn ended elsewhere: its row goes to the top
    assert sidebar.list_view.state() == sidebar.list_view.State.EditingState
    assert editor is not None
    model_index = sidebar.model.index(sidebar.ids().index(1990), 0)
    assert sidebar.model.setData(model_index, "  新  名字 ", Qt.ItemDataRole.EditRole)  # what Enter commits
    assert renames == [(1990, "新 名字")]
    assert not sidebar.model.setData(model_index, "   ", Qt.ItemDataRole.EditRole)  # blank: ignored
    assert renames == [(1990, "新 名字")]


def test_set_rows_is_a_reset_and_keeps_the_selection(sidebar: ConversationList) -> None:
    sidebar.select(3)
    seen = ModelSignals.watch(sidebar.model)
    sidebar.set_rows([conversation(3, 1.0), conversation(2, 0.5)])
    assert seen.resets == 1 and sidebar.ids() == [3, 2] and sidebar.current_id() == 3
    sidebar.set_rows([conversation(2, 0.5)])
    assert sidebar.current_id() is None


def test_the_model_answers_only_for_its_rows(sidebar: ConversationList) -> None:
    model = sidebar.model
    assert model.rowCount(model.index(0, 0)) == 0  # a list: no children
    assert model.data(QModelIndex()) is None and model.data(model.index(5000, 0)) is None
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    tooltip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("对话 2000\n")
    assert SEARCH_DELAY_MS == 150


# --- in the window -----------------------------------------------------------------------------------------------



async def until(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    """Let the loop run (timers, the search thread's results) until ``condition`` holds; fail after ``seconds``."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


def fill(store: HistoryStore, count: int) -> list[int]:
    ids = []
    for i in range(count):
        local_id = store.create_conversation("demo", f"旧对话 {i} Topic{i}")
        ids.append(local_id)
    return ids


async def test_send_and_turn_end_touch_one_row(window: MainWindow) -> None:
    old = fill(window.store, 30)
    window.refresh_conversations()
    await until(lambda: len(window.conversations.ids()) == 30)
    seen = ModelSignals.watch(window.conversations.model)
    await ask(window, "晴天是谁唱的？")
    assert seen.resets == 0  # no rebuild on send or at the turn's end
    assert len(seen.inserted) == 1  # the new conversation, once
    new = window.current
    assert window.conversations.ids() == [new, *reversed(old)]
    assert window.conversations.current_id() == new
    assert window.conversations.list_view.item(0).text().startswith("晴天是谁唱的")

    await ask(window, "再来一首")
    assert seen.resets == 0 and len(seen.inserted) == 1
    window.open_conversation(old[0])
    await ask(window, "hello again")  # an old conversation: moved to the top, not rebuilt
    assert window.conversations.ids()[:2] == [old[0], new]
    assert seen.resets == 0 and len(seen.moved) == 1


async def test_rename_and_delete_in_the_window(window: MainWindow) -> None:
    ids = fill(window.store, 5)
    window.refresh_conversations()
    await until(lambda: len(window.conversations.ids()) == 5)
    seen = ModelSignals.watch(window.conversations.model)
    window.conversations.sig_rename.emit(ids[2], "  新的\n名字 ")
    assert window.store.get_conversation(ids[2]).title == "新的 名字"  # type: ignore[union-attr]
    assert window.conversations.list_view.item(window.conversations.ids().index(ids[2])).text() == "新的 名字"
    window.conversations.sig_delete.emit(ids[1])
    assert window.store.get_conversation(ids[1]) is None
    assert ids[1] not in window.conversations.ids()
    assert seen.resets == 0 and seen.removed == [3]


async def test_typing_a_search_lists_the_matches_off_the_loop(window: MainWindow) -> None:
    ids = fill(window.store, 40)
    window.refresh_conversations()
    await until(lambda: len(window.conversations.ids()) == 40)
    window.conversations.search_edit.setText("topic1")  # Topic1, Topic10..19: case-insensitive substring
    await asyncio.sleep(0)
    assert len(window.conversations.ids()) == 40  # debounced: nothing yet
    await until(lambda: len(window.conversations.ids()) == 11)
    assert set(window.conversations.ids()) == {ids[1], *ids[10:20]}
    window.conversations.search_edit.setText("对话 3")
    await until(lambda: set(window.conversations.ids()) == {ids[3], *ids[30:40]})
    window.conversations.search_edit.setText("")
    await until(lambda: len(window.conversations.ids()) == 40)


async def test_stale_search_results_never_reach_the_list(window: MainWindow,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    ids = fill(window.store, 12)
    from coze_desktop.chat import history

    real = history._list_conversations
    gate = asyncio.Event()
    loop = asyncio.get_running_loop()

    def slow_for_topic(db, search, *args, **kwargs):  # type: ignore[no-untyped-def]
        if search == "Topic1":
            asyncio.run_coroutine_threadsafe(gate.wait(), loop).result(5)  # held until the newer query is done
        return real(db, search, *args, **kwargs)

    monkeypatch.setattr(history, "_list_conversations", slow_for_topic)
    window.refresh_conversations("Topic1")  # slow: still running when the user types on
    await asyncio.sleep(0.05)
    window.refresh_conversations("Topic5")
    await asyncio.sleep(0.05)
    gate.set()
    await until(lambda: window.conversations.ids() == [ids[5]])
    await asyncio.sleep(0.2)  # time for the old query's rows to arrive, if they were going to be shown
    assert window.conversations.ids() == [ids[5]]
