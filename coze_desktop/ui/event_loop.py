"""The app's one event loop: qasync's, plus the async-generator finalization asyncio's own loop performs."""

from __future__ import annotations

import sys

import qasync


class EventLoop(qasync.QEventLoop):
    """qasync's QEventLoop, finalizing abandoned async generators on the loop as asyncio's run_forever does.

    qasync's run_forever skips ``sys.set_asyncgen_hooks``. An async generator left suspended (httpx's
    byte stream after an answer stream is closed early: requires_action, Stop) is then finalized by the
    garbage collector outside the loop, and its cleanup fails with "async generator ignored GeneratorExit".
    """

    def run_forever(self) -> int:
        previous = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook, finalizer=self._asyncgen_finalizer_hook)
        try:
            return super().run_forever()
        finally:
            sys.set_asyncgen_hooks(*previous)
