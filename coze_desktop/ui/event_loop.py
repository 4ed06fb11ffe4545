"""The app's one event loop: qasync's, plus the async-generator finalization asyncio's own loop performs."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Awaitable, Iterator
from typing import TypeVar

import qasync
from PySide6.QtCore import QCoreApplication, QEventLoop

T = TypeVar("T")


class EventLoop(qasync.QEventLoop):
    """qasync's QEventLoop, finalizing abandoned async generators on the loop as asyncio's run_forever does,
    and never running a task step without a running loop.

    qasync's run_forever skips ``sys.set_asyncgen_hooks``. An async generator left suspended (httpx's
    byte stream after an answer stream is closed early: requires_action, Stop) is then finalized by the
    garbage collector outside the loop, and its cleanup fails with "async generator ignored GeneratorExit".

    qasync's run_until_complete processes Qt's events once more after the loop has stopped, when asyncio
    has no running loop. A task step that lands there (a turn started just as ``window.start()`` finished:
    a message sent while connecting) fails in anything that asks for the running loop — httpx's anyio
    raises NoEventLoopError. That last round runs here with this loop set as the running one.
    """

    def run_forever(self) -> int:
        with _asyncgen_hooks(self):
            return super().run_forever()

    def run_until_complete(self, future: Awaitable[T]) -> T:
        if self.is_running():
            raise RuntimeError("Event loop already running")
        task = asyncio.ensure_future(future, loop=self)

        def stop(_task: asyncio.Future) -> None:
            self.stop()

        task.add_done_callback(stop)
        try:
            self.run_forever()
        finally:
            task.remove_done_callback(stop)
        # qasync's "run loop one last time to process all the events", as part of the loop it belongs to.
        asyncio.events._set_running_loop(self)
        try:
            with _asyncgen_hooks(self):
                QCoreApplication.instance().eventDispatcher().processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        finally:
            asyncio.events._set_running_loop(None)
        if not task.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return task.result()


@contextlib.contextmanager
def _asyncgen_hooks(loop: EventLoop) -> Iterator[None]:
    """Finalize async generators on ``loop`` for the while, as asyncio's own run_forever does."""
    previous = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(firstiter=loop._asyncgen_firstiter_hook, finalizer=loop._asyncgen_finalizer_hook)
    try:
        yield
    finally:
        sys.set_asyncgen_hooks(*previous)
