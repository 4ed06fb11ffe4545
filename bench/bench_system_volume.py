"""The system volume on PulseAudio: what a volume tool call and an outside change cost, and how long the loop stalls.

Run under the CI audio server: `.ci/with-audio.sh .venv/bin/python bench/bench_system_volume.py [--rounds 200]`.
Measures, on one asyncio loop as the app runs it: connecting and the first read; `apply(volume=…)` (the write and the
read back the set_volume tool waits for); an outside change (made by a second client) until the model's observer
runs; the longest the loop went without running a 1 ms ticker meanwhile (every libpulse call is asynchronous, so
this should stay near the ticker's own period); and `installed_plugins()` scanning this environment's entry points.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coze_desktop.plugins.entry_points import installed_plugins
from coze_desktop.plugins.system_volume import SystemVolume


def ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return f"median {statistics.median(values) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms, max {values[-1] * 1000:.2f} ms"


async def main(rounds: int) -> None:
    import pulsectl_asyncio

    gaps: list[float] = []
    stop = asyncio.Event()

    async def ticker() -> None:
        last = time.perf_counter()
        while not stop.is_set():
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    tick = asyncio.ensure_future(ticker())
    model = SystemVolume()
    started = time.perf_counter()
    await model.wait_ready()
    connect = time.perf_counter() - started

    applies: list[float] = []
    for i in range(rounds):
        started = time.perf_counter()
        await model.apply(volume=20 + i % 60)
        applies.append(time.perf_counter() - started)

    outside: list[float] = []
    seen = asyncio.Event()
    model.subscribe(lambda level: seen.set())
    async with pulsectl_asyncio.PulseAsync("bench-outside") as other:
        sink = await other.get_sink_by_name((await other.server_info()).default_sink_name)
        for i in range(rounds):
            level = 0.25 + (i % 50) / 100
            if round(level * 100) == model.volume:
                level += 0.01
            seen.clear()
            sink.volume.value_flat = level
            await other.volume_set(sink, sink.volume)
            sent = time.perf_counter()
            await asyncio.wait_for(seen.wait(), 5)
            outside.append(time.perf_counter() - sent)
    stop.set()
    await tick
    await model.aclose()

    started = time.perf_counter()
    found = installed_plugins()
    scan = time.perf_counter() - started

    print(f"connect + first read: {connect * 1000:.1f} ms")
    print(f"apply(volume) write + read back, {rounds} rounds: {ms(applies)}")
    print(f"outside change → observer, {rounds} rounds: {ms(outside)}")
    print(f"loop: longest gap of a 1 ms ticker meanwhile {max(gaps) * 1000:.2f} ms "
          f"(median {statistics.median(gaps) * 1000:.2f} ms)")
    print(f"installed_plugins(): {scan * 1000:.1f} ms ({len(found.plugins)} plugins, {len(found.problems)} problems)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    asyncio.run(main(parser.parse_args().rounds))
