"""The history file's costs: recording streamed deltas, and searching and listing a large history (issue 16.3).

Run by hand: `python bench/bench_history.py [--deltas N]` compares, in one run, our append-only chunk rows with
the naive `UPDATE … SET text = text || ?` per delta, early and late in a 200 KB answer.

`python bench/bench_history.py --search [--conversations 2000 --messages 21000 --repeat 5]` fills a history of
that size through the store's own API (as a schema v2 file, the version before the search index), opens it with
this build (the migration: backup + FTS5 trigram index), then prints the search figures beside their targets:
the indexed query, the short-query scan, the scan the index replaced, the same search off the loop with the
longest loop stall while it runs, and the sidebar's full refresh against the one-row upsert (Qt offscreen).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coze_desktop.chat import AnswerDelta, HistoryStore, TurnCompleted, history

PIECE = "0123456789"


def ours(folder: Path, deltas: int) -> list[float]:
    store = HistoryStore(folder / "ours.sqlite3")
    recorder = store.recorder(store.create_conversation("bot"), "question")
    times = []
    for _ in range(deltas):
        started = time.perf_counter()
        recorder(AnswerDelta("m1", PIECE))
        times.append(time.perf_counter() - started)
    started = time.perf_counter()
    recorder(TurnCompleted("c", "chat", None))
    times.append(time.perf_counter() - started)  # the consolidation at the end counts too
    store.close()
    return times


def naive(folder: Path, deltas: int) -> list[float]:
    db = sqlite3.connect(folder / "naive.sqlite3", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("CREATE TABLE messages (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    db.execute("INSERT INTO messages (id, text) VALUES (1, '')")
    times = []
    for _ in range(deltas):
        started = time.perf_counter()
        db.execute("UPDATE messages SET text = text || ? WHERE id = 1", (PIECE,))
        times.append(time.perf_counter() - started)
    db.close()
    return times


def report(name: str, times: list[float]) -> None:
    tenth = max(1, len(times) // 10)
    micro = [t * 1e6 for t in times]
    print(f"{name:<22}{statistics.mean(micro):>10.1f}{statistics.median(micro):>10.1f}"
          f"{statistics.mean(micro[:tenth]):>12.1f}{statistics.mean(micro[-tenth:]):>12.1f}{max(micro):>12.0f}")


# ------------------------------------------------------------------------------------------------ search

SEARCH_TARGET_MS = 50.0  # issue 16: search 2,000 conversations ≤ 50 ms, off the loop; stall at send/turn end too
RARE_CJK, RARE_LATIN = "周杰伦的晴天", "Ärger über Zürich"
WORDS = ("the volume music play song weather today tomorrow please could you set turn down up list next "
         "python code example answer question manual device plugin local desktop window").split()
PHRASES = ("播放音乐", "音量调到", "今天天气", "明天", "下一首", "收藏", "歌词", "推荐", "设备", "手册", "插件",
           "本地", "桌面", "窗口", "回答", "问题", "例子", "代码", "好的", "已经", "为你", "帮我", "一下")


def text_of(rng: random.Random, size: int) -> str:
    """Mixed Chinese and English prose of about ``size`` characters, as chat answers are."""
    parts: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(PHRASES) if rng.random() < 0.5 else rng.choice(WORDS)
        parts.append(piece)
        length += len(piece) + 1
    return " ".join(parts)


def fill_v2(path: Path, conversations: int, messages: int) -> list[int]:
    """A history of that size as the build before the search index wrote it, filled through the store's API."""
    rng = random.Random(16)
    old_migrations, old_version = history.MIGRATIONS, history.SCHEMA_VERSION
    history.MIGRATIONS, history.SCHEMA_VERSION = old_migrations[:2], 2
    try:
        with HistoryStore(path) as store:
            ids = [store.create_conversation("bot") for _ in range(conversations)]
            turns = messages // 2
            planted = {turns // 7: RARE_CJK, turns // 3: RARE_LATIN, turns - 5: RARE_CJK}
            for turn in range(turns):
                question = text_of(rng, 60)
                answer = text_of(rng, 2500)  # ~2 KB of UTF-8 per message on average, as the 43 MB file
                if turn in planted:
                    answer = f"{answer[:1000]} {planted[turn]} {answer[1000:]}"
                recorder = store.recorder(ids[turn % conversations], question)
                recorder(AnswerDelta("m", answer))
                recorder(TurnCompleted("c", "chat", None))
        return ids
    finally:
        history.MIGRATIONS, history.SCHEMA_VERSION = old_migrations, old_version


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median milliseconds of ``repeat`` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def row(name: str, ms: float, target: float | None, note: str = "") -> None:
    verdict = "" if target is None else ("met" if ms <= target else "MISSED")
    target_text = "" if target is None else f"≤ {target:.0f} ms"
    print(f"{name:<44}{ms:>10.1f} ms   {target_text:<10}{verdict:<8}{note}")


async def off_the_loop(store: HistoryStore, search: str) -> tuple[float, float, int]:
    """Wall time of find_conversations and the longest gap between 1 ms ticks of the loop meanwhile."""
    longest = 0.0
    done = False

    async def ticker() -> None:
        nonlocal longest
        last = time.perf_counter()
        while not done:
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            longest = max(longest, now - last)
            last = now

    tick = asyncio.ensure_future(ticker())
    await asyncio.sleep(0.01)
    started = time.perf_counter()
    rows = await store.find_conversations(search)
    wall = time.perf_counter() - started
    done = True
    await tick
    return wall * 1000, longest * 1000, len(rows or [])


def list_figures(store: HistoryStore, ids: list[int], repeat: int) -> tuple[float, float]:
    """The sidebar: every row replaced (set_rows, what a refresh did on each send) against one upsert."""
    from PySide6.QtWidgets import QApplication

    from coze_desktop.ui.conversation_list import ConversationList

    app = QApplication.instance() or QApplication([])
    sidebar = ConversationList()
    sidebar.resize(280, 800)
    sidebar.show()
    app.processEvents()

    def refresh() -> None:
        sidebar.set_rows(store.list_conversations())
        app.processEvents()  # and paint

    clock = iter(range(10**9))

    def upsert() -> None:
        local_id = ids[next(clock) * 37 % len(ids)]
        current = store.get_conversation(local_id)
        assert current is not None
        sidebar.upsert(history.ConversationRow(current.id, current.bot_id, current.title,
                                               current.coze_conversation_id, current.created_at,
                                               time.time() + next(clock)))
        app.processEvents()

    refresh_ms, _ = timed(refresh, repeat)
    upsert_ms, _ = timed(upsert, repeat * 4)
    sidebar.close()
    return refresh_ms, upsert_ms


def search_main(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        started = time.perf_counter()
        ids = fill_v2(path, args.conversations, args.messages)
        fill_s = time.perf_counter() - started
        size_v2 = path.stat().st_size
        started = time.perf_counter()
        store = HistoryStore(path)
        migrate_ms = (time.perf_counter() - started) * 1000
        size_v3 = path.stat().st_size
        messages = store._db.execute("SELECT count(*) FROM messages").fetchone()[0]
        print(f"{len(ids)} conversations, {messages} messages, {size_v2 / 1e6:.1f} MB (schema v2); filled through "
              f"the store in {fill_s:.1f} s. SQLite {sqlite3.sqlite_version}, FTS5 trigram: {store.indexed}. "
              f"Medians of {args.repeat} runs.")
        print(f"{'figure':<44}{'measured':>13}   {'target':<10}{'verdict':<8}matches")
        row("migration v2→v3 (backup + index build)", migrate_ms, None,
            f"file {size_v2 / 1e6:.1f} → {size_v3 / 1e6:.1f} MB")
        for label, search in ((f"FTS query '{RARE_CJK}' (rare, CJK)", RARE_CJK),
                              (f"FTS query '{RARE_LATIN.upper()}' (rare, case)", RARE_LATIN.upper()),
                              ("FTS query 'python code' (common)", "python code"),
                              ("FTS query 'the' (in most messages)", "the")):
            ms, rows = timed(lambda s=search: store.list_conversations(s), args.repeat)  # type: ignore[misc]
            row(label, ms, SEARCH_TARGET_MS, f"{len(rows)}")  # type: ignore[arg-type]
        for label, search in (("short query '晴天' (instr scan)", "晴天"),
                              ("short query 'zz' (LIKE scan, no match)", "zz"),
                              ("short query 'Äx' (case variants, no match)", "Äx")):
            ms, rows = timed(lambda s=search: store.list_conversations(s), args.repeat)  # type: ignore[misc]
            row(label, ms, SEARCH_TARGET_MS, f"{len(rows)}  (no index can answer: a scan, off the loop)")  # type: ignore[arg-type]
        ms, rows = timed(lambda: history._list_conversations(store._db, RARE_CJK, None, indexed=False),
                         max(1, args.repeat // 2))
        row(f"before: Python casefold scan '{RARE_CJK}'", ms, None, f"{len(rows)}")  # type: ignore[arg-type]

        async def loop_figures() -> None:
            await store.find_conversations("")  # the reader thread and its connection, opened once
            for search in (RARE_CJK, "晴天", "zz"):
                walls, stalls = [], []
                for _ in range(args.repeat):
                    wall, stall, count = await off_the_loop(store, search)
                    walls.append(wall)
                    stalls.append(stall)
                row(f"off the loop '{search}': wall", statistics.median(walls), SEARCH_TARGET_MS, f"{count}")
                row(f"off the loop '{search}': longest loop stall", max(stalls), SEARCH_TARGET_MS)

        asyncio.run(loop_figures())

        def long_turn() -> None:  # the index grows at the turn's end, when the answer's text is consolidated
            recorder = store.recorder(ids[0], "讲个长故事")
            piece = "音量调到三十 volume 30 "
            for _ in range(200_000 // len(piece)):
                recorder(AnswerDelta("m", piece))
            started = time.perf_counter()
            recorder(TurnCompleted("c", "chat", None))
            ends.append((time.perf_counter() - started) * 1000)

        ends: list[float] = []
        for _ in range(3):
            long_turn()
        row("turn end: consolidate + index a 200 KB answer", statistics.median(ends), SEARCH_TARGET_MS)
        refresh_ms, upsert_ms = list_figures(store, ids, args.repeat)
        row(f"sidebar: set_rows of all {len(ids)} + paint", refresh_ms, None, "(before: the rebuild on each send)")
        row("sidebar: upsert one row + paint (send/turn end)", upsert_ms, SEARCH_TARGET_MS)
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deltas", type=int, default=20_000)
    parser.add_argument("--search", action="store_true", help="the search and list figures instead")
    parser.add_argument("--conversations", type=int, default=2000)
    parser.add_argument("--messages", type=int, default=21_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if args.search:
        search_main(args)
        return
    with tempfile.TemporaryDirectory() as folder:
        results = {"ours (chunk rows)": ours(Path(folder), args.deltas),
                   "naive (text || ?)": naive(Path(folder), args.deltas)}
    print(f"{args.deltas} deltas of {len(PIECE)} characters; µs per delta")
    print(f"{'':<22}{'mean':>10}{'median':>10}{'first 10%':>12}{'last 10%':>12}{'max':>12}")
    for name, times in results.items():
        report(name, times)


if __name__ == "__main__":
    main()
