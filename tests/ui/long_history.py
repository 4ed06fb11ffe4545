"""Fill a real history file through HistoryStore's API: long conversations, large histories (tests, bench)."""

from __future__ import annotations

import random

from coze_desktop.api import ToolCall
from coze_desktop.chat import AnswerDelta, HistoryStore, RecallSources, TurnCompleted
from coze_desktop.chat.events import ToolCallFinished
from coze_desktop.plugins import ToolResult

_PARAGRAPHS = (
    "The short answer: yes, but it depends on how the data is shared between the threads. **Locks** are the "
    "simple way; a queue is often the better one, because it keeps the ownership of each item obvious.",
    "这首歌的旋律很简单，副歌部分重复了三次。如果你想练习，可以先从慢速开始，再逐渐加快节奏。",
    "Here is what changed since the last version, in the order it matters to you:",
    "Note that `asyncio.wait_for` cancels the inner task on timeout; wrap it in `asyncio.shield` if the work must "
    "finish anyway. See [the docs](https://docs.python.org/3/library/asyncio-task.html) for the details.",
    "总结一下：先确认音量设置，再检查播放列表是否为空，最后看看音乐文件夹的路径是否正确。",
)
_LIST = "- first, read the error message whole\n- then check the **path**\n- finally try again with `--verbose`\n"
_CODE = (
    "```python\nimport asyncio\n\n\nasync def main() -> None:\n    queue: asyncio.Queue[int] = asyncio.Queue()\n"
    "    for n in range(10):\n        await queue.put(n)\n    while not queue.empty():\n"
    "        print(await queue.get())\n\n\nasyncio.run(main())\n```\n"
)
_TABLE = "| setting | value |\n|---|---|\n| volume | 30 |\n| shuffle | off |\n| 歌曲 | 晴天 |\n"
_QUESTIONS = ("How do I share a queue between two tasks?", "播放 晴天", "音量调到30", "What does this error mean?",
              "帮我总结一下刚才的内容", "Can you show an example in Python?")


def answer(rng: random.Random, index: int) -> str:
    """A realistic answer of ~0.5-3 KB: paragraphs, a list, sometimes code or a table, English and Chinese."""
    parts = [f"### Answer {index}\n"]
    for _ in range(rng.randint(1, 4)):
        parts.append(rng.choice(_PARAGRAPHS) + "\n")
    if rng.random() < 0.5:
        parts.append(_LIST)
    if rng.random() < 0.35:
        parts.append(_CODE)
    if rng.random() < 0.15:
        parts.append(_TABLE)
    parts.append(rng.choice(_PARAGRAPHS) + "\n")
    return "\n".join(parts)


def add_turns(store: HistoryStore, conversation: int, turns: int, rng: random.Random, *, start: int = 0) -> None:
    """``turns`` question/answer pairs (2 messages each), through the recorder a live turn uses."""
    for n in range(start, start + turns):
        recorder = store.recorder(conversation, f"{rng.choice(_QUESTIONS)} (#{n})")
        if n % 5 == 0:
            call = ToolCall(f"call-{n}", "set_volume", '{"level": 30}')
            recorder(ToolCallFinished(call, ToolResult('{"volume": 30}', True, seconds=0.01)))
        recorder(AnswerDelta(f"m{n}", answer(rng, n)))
        if n % 7 == 0:
            recorder(RecallSources(f"m{n}", ()))
        recorder(TurnCompleted(f"c{conversation}", f"chat{n}", None))


def fill(store: HistoryStore, *, conversations: int, messages_each: int, long_messages: int,
         long_newest: bool = True, seed: int = 16, bot_id: str = "bot") -> int:
    """``conversations`` conversations of ``messages_each`` messages plus one of ``long_messages``, all with
    ``bot_id``; the id of the long one (the newest when ``long_newest``, else the oldest)."""
    rng = random.Random(seed)
    long_id = 0
    if not long_newest:
        long_id = store.create_conversation(bot_id, "long")
        add_turns(store, long_id, long_messages // 2, rng)
    for _ in range(conversations):
        local = store.create_conversation(bot_id)
        add_turns(store, local, messages_each // 2, rng)
    if long_newest:
        long_id = store.create_conversation(bot_id)
        add_turns(store, long_id, long_messages // 2, rng)
    return long_id
