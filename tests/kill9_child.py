"""Child process of the kill -9 test: runs one real turn into the history, printing each delta once recorded.

Usage: ``python tests/kill9_child.py DB_PATH BASE_URL USER_TEXT``. Every stdout line is ``{"delta": text}``,
printed only after the recorder has committed that delta, so the parent may kill at any moment.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from coze_desktop.api import CozeClient
from coze_desktop.chat import AnswerDelta, ChatEngine, TurnEvent, TurnRequest
from coze_desktop.chat.history import HistoryStore
from coze_desktop.demo import DEMO_BOT_ID, DEMO_TOKEN
from coze_desktop.plugins import default_registry


async def run(db_path: Path, base_url: str, user_text: str) -> None:
    store = HistoryStore(db_path)
    recorder = store.recorder(store.create_conversation(DEMO_BOT_ID), user_text)

    def observer(event: TurnEvent) -> None:
        recorder(event)
        if isinstance(event, AnswerDelta):
            print(json.dumps({"delta": event.text}), flush=True)

    async with CozeClient(DEMO_TOKEN, base_url) as client:
        await ChatEngine(client, default_registry()).run_turn(TurnRequest(DEMO_BOT_ID, "kill9", user_text), observer)
    store.close()


if __name__ == "__main__":
    asyncio.run(run(Path(sys.argv[1]), sys.argv[2], sys.argv[3]))
