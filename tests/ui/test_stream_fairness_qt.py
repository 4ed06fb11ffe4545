"""On the app's qasync loop, Qt itself (a QTimer, as the window's render throttle is) runs between stream slices."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QTimer

from coze_desktop.api import CozeClient
from coze_desktop.chat import AnswerDelta, ChatEngine, TurnEvent, TurnRequest
from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN, DemoServer, replay
from coze_desktop.plugins import PluginRegistry

from ..test_stream_fairness import SLICE, WORK, Clock, one_chunk_stream

pytestmark = pytest.mark.asyncio


async def test_qt_timer_fires_while_a_fast_stream_is_drawn() -> None:
    """2,000 deltas in one chunk, an observer "drawing" each for 1 ms (on the injected clock): a 0 ms QTimer
    fires at least every 6 deltas. Before the stream yielded by time it fired only between network reads,
    some 300 deltas apart, which is the frozen window of issue 16."""
    raw, _, answer = one_chunk_stream()
    clock = Clock()
    deltas: list[str] = []
    seen: list[int] = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: seen.append(len(deltas)))

    def observer(event: TurnEvent) -> None:
        if isinstance(event, AnswerDelta):
            deltas.append(event.text)
            clock.now += WORK

    async with DemoServer() as server, CozeClient(DEMO_TOKEN, server.base_url) as client:
        server.script("/v3/chat", replay(raw))
        client.clock, client.stream_slice = clock, SLICE
        timer.start()
        try:
            outcome = await ChatEngine(client, PluginRegistry()).run_turn(TurnRequest(DEMO_BOT_ID, "u", "hi"),
                                                                          observer)
        finally:
            timer.stop()
    assert outcome.status == "completed" and outcome.answer == "".join(deltas) == answer
    marks = [0, *seen, len(deltas)]
    assert max(b - a for a, b in pairwise(marks)) <= round(SLICE / WORK) + 1
