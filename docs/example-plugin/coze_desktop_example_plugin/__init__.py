"""An example Coze Desktop plugin: ``word_count`` counts the words, characters and lines of a text."""

from __future__ import annotations

import json
import re
from typing import Any

from coze_desktop.plugins import Plugin
from coze_desktop.plugins.entry_points import PluginContext

# A word is a run of letters or digits (apostrophes inside it allowed: "don't" is one word); each Chinese,
# Japanese or Korean character counts as a word of its own, as word processors count them.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_WORD = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+(?:'[^\W{_CJK}]+)*")


def count(text: str) -> dict[str, int]:
    """Words, characters and lines of ``text`` (a plain function: easy to test without the app)."""
    return {
        "words": len(_WORD.findall(text)),
        "characters": len(text),
        "lines": len(text.splitlines()) if text else 0,
    }


def plugins(context: PluginContext) -> list[Plugin]:
    """The entry point: called once at start with the app's context; returns this package's tools."""

    async def word_count(args: dict[str, Any]) -> str:
        # The arguments were checked against `parameters` before this runs: "text" is a string of at most 2000
        # characters. The output is a string; JSON by convention, so the bot can read the numbers.
        result = count(args["text"])
        context.log.info("counted %d words", result["words"])
        return json.dumps(result)

    return [
        Plugin(
            name="word_count",
            description="Count the words, characters and lines of a text.",
            parameters={
                "properties": {"text": {"type": "string", "description": "the text to count", "maxLength": 2000}},
                "required": ["text"],
                "additionalProperties": False,
            },
            handler=word_count,
            acts=False,  # it only reads what it is given
            timeout=5.0,
        ),
    ]
