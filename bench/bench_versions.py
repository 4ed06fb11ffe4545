"""What answer versions cost the history (issue 13): opening a long conversation, and the v4 → v5 migration.

Run by hand: `python bench/bench_versions.py [--turns 1000 --regenerated 100 --conversations 1000 --repeat 5]`.
It prints the median time of ``HistoryStore.messages()`` for one conversation of ``--turns`` questions and
answers, without versions and with ``--regenerated`` of its answers regenerated (each a superseded row more, and
the version count the line needs), and the time the v4 → v5 step takes on a history of ``--conversations``
conversations of 10 turns each (backup included), opened as a v4 file by this build.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coze_desktop.chat import AnswerDelta, TurnCompleted, history
from coze_desktop.chat.history import HistoryStore


def feed(recorder: history.TurnRecorder, answer: str) -> None:
    recorder(AnswerDelta("m", answer))
    recorder(TurnCompleted("c", "chat", None))


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def opening(folder: Path, turns: int, regenerated: int, repeat: int) -> tuple[float, float]:
    with HistoryStore(folder / "open.sqlite3") as store:
        plain = store.create_conversation("bot", "plain")
        versioned = store.create_conversation("bot", "versioned")
        for local in (plain, versioned):
            for n in range(turns):
                feed(store.recorder(local, f"question {n} " + "words " * 20), f"answer {n} " + "text " * 120)
                if local == versioned and n >= turns - regenerated:  # regenerate: only the last turn can be
                    feed(store.regenerate_recorder(store.messages(local)[-1].id), f"again {n} " + "text " * 120)
        assert len(store.messages(versioned)) == len(store.messages(plain)) == 2 * turns
        return (median_ms(lambda: store.messages(plain), repeat),
                median_ms(lambda: store.messages(versioned), repeat))


def migration(folder: Path, conversations: int) -> float:
    path = folder / "v4.sqlite3"
    steps, version = history.MIGRATIONS, history.SCHEMA_VERSION
    history.MIGRATIONS, history.SCHEMA_VERSION = steps[:4], 4
    try:
        with HistoryStore(path) as old:
            for c in range(conversations):
                local = old.create_conversation("bot", f"talk {c}")
                for n in range(10):
                    feed(old.recorder(local, f"question {n}"), f"answer {n} " + "text " * 60)
    finally:
        history.MIGRATIONS, history.SCHEMA_VERSION = steps, version
    started = time.perf_counter()
    with HistoryStore(path):
        pass
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=1000)
    parser.add_argument("--regenerated", type=int, default=100)
    parser.add_argument("--conversations", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        plain, versioned = opening(folder, args.turns, args.regenerated, args.repeat)
        print(f"messages() of {2 * args.turns} messages: {plain:.1f} ms without versions, {versioned:.1f} ms with "
              f"{args.regenerated} answers regenerated (median of {args.repeat})")
        moved = migration(folder, args.conversations)
        print(f"v4 -> v5 of {args.conversations} conversations ({args.conversations * 20} messages), backup "
              f"included: {moved:.0f} ms")


if __name__ == "__main__":
    main()
