"""Cost of recording streamed deltas in the history file, per delta, early and late in a 200 KB answer.

Run by hand: `python bench/bench_history.py [--deltas N]`. Compares, in one run, our append-only chunk rows
with the naive `UPDATE … SET text = text || ?` per delta.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coze_desktop.chat import AnswerDelta, HistoryStore, TurnCompleted

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deltas", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        results = {"ours (chunk rows)": ours(Path(folder), args.deltas),
                   "naive (text || ?)": naive(Path(folder), args.deltas)}
    print(f"{args.deltas} deltas of {len(PIECE)} characters; µs per delta")
    print(f"{'':<22}{'mean':>10}{'median':>10}{'first 10%':>12}{'last 10%':>12}{'max':>12}")
    for name, times in results.items():
        report(name, times)


if __name__ == "__main__":
    main()
