"""Run the demo server standalone: prints ``PORT <n>`` first, exits when stdin closes or on Ctrl+C."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import threading

from .profile import DEMO_BOT_ID
from .server import DEMO_TOKEN, DemoServer


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m coze_desktop.demo", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    parser.add_argument("--port", type=int, default=0, help="port to bind; 0 picks a free one (default)")
    parser.add_argument(
        "--delay", type=float, default=0.02, help="seconds between answer deltas (default: %(default)s)"
    )
    parser.add_argument("--token", default=DEMO_TOKEN, help="bearer token to accept (default: %(default)s)")
    parser.add_argument("--ignore-stdin", action="store_true", help="keep running when stdin closes")
    return parser.parse_args(argv)


def _watch_stdin(loop: asyncio.AbstractEventLoop, closed: asyncio.Event) -> None:
    # A daemon thread rather than loop.connect_read_pipe: that works on every platform and event loop
    # (Windows proactor, qasync). It reads the raw descriptor: a thread blocked inside sys.stdin's buffered
    # reader holds its lock and makes interpreter shutdown abort after Ctrl+C.
    try:
        fd = sys.stdin.fileno()
    except (AttributeError, OSError, ValueError):
        return  # no stdin to watch: run until Ctrl+C

    def drain() -> None:
        with contextlib.suppress(OSError):
            while os.read(fd, 65536):
                pass
        with contextlib.suppress(RuntimeError):  # the loop may already be gone after Ctrl+C
            loop.call_soon_threadsafe(closed.set)

    threading.Thread(target=drain, name="demo-stdin", daemon=True).start()


async def _serve(args: argparse.Namespace) -> None:
    server = DemoServer(token=args.token, delta_delay=args.delay)
    await server.start(args.host, args.port)
    # The first stdout line is the readiness handshake a parent process waits for.
    print(f"PORT {server.port}", flush=True)
    print(
        f"demo server at {server.base_url}  token={args.token}  bot_id={DEMO_BOT_ID}",
        file=sys.stderr,
        flush=True,
    )
    stopped = asyncio.Event()
    if not args.ignore_stdin:
        _watch_stdin(asyncio.get_running_loop(), stopped)
    try:
        await stopped.wait()
    finally:
        await server.close()


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    try:
        asyncio.run(_serve(args))
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
