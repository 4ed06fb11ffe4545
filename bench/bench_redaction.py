"""redact() per log line against the number of known secrets, beside a one-search-per-secret baseline."""

from __future__ import annotations

import argparse
import secrets
import sys
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coze_desktop import redaction

LINE = ('2026-12-04 18:00:00,123 INFO httpx: HTTP Request: POST http://127.0.0.1:8888/v3/chat?conversation_id='
        '7400000000000000001 "HTTP/1.1 200 OK"')


def baseline(text: str, known: list[str]) -> str:
    """What redaction.py did before the trie: one substring search (and replace) per known secret."""
    for value in known:
        if value in text:
            text = text.replace(value, "<redacted>")
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--counts", default="1,10,100,1000", help="numbers of known secrets (1,10,100,1000)")
    parser.add_argument("--number", type=int, default=2000, help="calls per timing (2000)")
    args = parser.parse_args()
    big = (LINE + "\n") * 1000
    print(f"line: {len(LINE)} chars; text: {len(big) // 1000} kB; min of 3 timings")
    for count in map(int, args.counts.split(",")):
        redaction._known.clear()
        redaction._known_pattern = None
        for _ in range(count):
            redaction.remember_secret("pat_" + secrets.token_urlsafe(48))
        known = sorted(redaction._known, key=len, reverse=True)
        redaction.redact("warm up: compile the matcher")
        ours = min(timeit.repeat(lambda: redaction.redact(LINE), number=args.number, repeat=3)) / args.number
        base = min(timeit.repeat(lambda known=known: baseline(LINE, known), number=args.number, repeat=3)) / args.number
        ours_big = min(timeit.repeat(lambda: redaction.redact(big), number=5, repeat=3)) / 5
        print(f"{count:5d} secrets: redact {ours * 1e6:6.1f} µs/line, {ours_big * 1e3:5.2f} ms/text; "
              f"known-secret search alone, one per secret: {base * 1e6:7.1f} µs/line")


if __name__ == "__main__":
    main()
