"""Lines typed into ``chat``, read off the event loop in a way that never holds up Ctrl+C."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
from typing import TextIO


class StdinLines:
    """Reads stdin's descriptor directly, one line at a time, each on a daemon thread.

    Not ``input()`` in an executor: on Ctrl+C at the prompt, asyncio.run and the interpreter wait for that
    thread, so the program would hang until Enter. Nor sys.stdin on a daemon thread: a thread blocked in its
    buffered reader holds the buffer's lock and makes the interpreter abort at exit. ``os.read`` holds nothing.
    Undecodable bytes are kept as surrogate escapes, for the question check to name them.
    """

    def __init__(self, stream: TextIO | None = None) -> None:
        stream = stream or sys.stdin
        try:
            self._fd: int | None = stream.fileno()
        except (AttributeError, OSError, ValueError):  # no stdin at all: the chat ends at once
            self._fd = None
        self._stream = stream
        self._encoding = getattr(stream, "encoding", None) or "utf-8"
        self._pending = b""
        self._waiting: asyncio.Future[str] | None = None  # the line being read, not yet handed out

    async def read(self, prompt: str, out: TextIO) -> str:
        """The next line without its end, stripped; "" at end of input. A read given up (an approval question that
        timed out) does not lose the line typed afterwards: the next read gets it."""
        out.write(prompt)
        out.flush()
        if self._waiting is None:
            self._waiting = self._start()
        line = await asyncio.shield(self._waiting)
        self._waiting = None
        return line.strip()

    def _start(self) -> asyncio.Future[str]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[str] = loop.create_future()

        def work() -> None:
            try:
                line = self._line() if os.name == "posix" else self._console_line()
            except (OSError, EOFError, ValueError):
                line = ""
            with contextlib.suppress(RuntimeError):  # the loop is gone: the run ended meanwhile
                loop.call_soon_threadsafe(lambda: future.done() or future.set_result(line))

        threading.Thread(target=work, name="terminal-input", daemon=True).start()
        return future

    def _line(self) -> str:
        while b"\n" not in self._pending:
            chunk = os.read(self._fd, 65536) if self._fd is not None else b""
            if not chunk:
                line, self._pending = self._pending, b""
                break
            self._pending += chunk
        else:
            line, _, self._pending = self._pending.partition(b"\n")
        return line.decode(self._encoding, "surrogateescape")

    def _console_line(self) -> str:
        """Not POSIX (Windows; not tested here): the stream's own reader, as os.read would hand over the
        console's code-page bytes, which only that reader decodes right."""
        line = self._stream.readline()
        if not line:
            raise EOFError
        return line
