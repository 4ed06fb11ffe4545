"""Wire shapes shared by the demo server: ids, logids, JSON bodies, SSE frames, delta pieces."""

from __future__ import annotations

import base64
import itertools
import json
import os
import re
import time
from typing import Any

JSON_TYPE = "application/json; charset=utf-8"
SSE_TYPE = "text/event-stream"

# Ids look like Coze's int64 ids: 19 digits starting with 7. Seeding the counter from the clock (100 ids per
# microsecond of headroom) keeps ids from a restarted server from colliding with ones a client remembers.
_ids = itertools.count(7_000_000_000_000_000_000 + (time.time_ns() // 1_000) * 100)


def new_id() -> str:
    """A fresh 19-digit string id, increasing within the process."""
    return str(next(_ids))


def new_tool_call_id() -> str:
    """A base64-looking tool-call id like the cloud's (``BUJJS0JK…SUI=``)."""
    return base64.b64encode(os.urandom(40)).decode("ascii")


def now() -> int:
    """Unix seconds, the unit of every Coze timestamp."""
    return int(time.time())


class LogIds:
    """Issues per-response log ids: prefix + wall-clock stamp + a counter (unique per server)."""

    def __init__(self, prefix: str) -> None:
        self._prefix = prefix
        self._counter = itertools.count(1)

    def next(self) -> str:
        return f"{self._prefix}{time.strftime('%Y%m%d%H%M%S')}{next(self._counter):06X}"


def dumps(obj: Any) -> str:
    """Compact JSON with real UTF-8 characters, as the cloud writes it."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def encode(obj: Any) -> bytes:
    return dumps(obj).encode("utf-8")


def frame(event: str, data: Any, *, raw: bool = False) -> bytes:
    """One SSE frame ``event:NAME\\ndata:JSON\\n\\n`` (no space after the colons, like the cloud).

    With ``raw`` a str ``data`` is written untouched (for scripted malformed events).
    """
    payload = data if raw and isinstance(data, str) else dumps(data)
    return f"event:{event}\ndata:{payload}\n\n".encode()


DONE_FRAME = frame("done", "[DONE]")


def envelope(data: Any, logid: str, **top_level: Any) -> dict[str, Any]:
    """The success envelope; ``top_level`` carries list paging fields that Coze puts beside ``data``."""
    return {"code": 0, "msg": "", "data": data, **top_level, "detail": {"logid": logid}}


def error_body(code: int, msg: str, logid: str) -> dict[str, Any]:
    return {"code": code, "msg": msg, "detail": {"logid": logid}}


class ApiError(Exception):
    """A Coze business error: becomes ``{"code", "msg", "detail"}`` with the given HTTP status."""

    def __init__(self, code: int, msg: str, *, status: int = 200) -> None:
        super().__init__(f"{code}: {msg}")
        self.code = code
        self.msg = msg
        self.status = status


# A word (with its trailing spaces), one or two CJK characters, a short run of other symbols, or whitespace.
_PIECE = re.compile(
    r"[A-Za-z0-9_'’.%-]+[ \t]*"
    r"|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{1,2}"
    r"|[^\sA-Za-z0-9_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{1,3}[ \t]*"
    r"|\s+",
)


def delta_pieces(text: str) -> list[str]:
    """Split an answer into the small pieces streamed as deltas; ``"".join`` gives the text back."""
    pieces = _PIECE.findall(text)
    if "".join(pieces) != text:  # the pattern covers every character; this is a guard, not a code path
        return list(text)
    return pieces


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z0-9]+")


def estimate_tokens(text: str) -> int:
    """A plausible token count: one per CJK character, one per latin word, a few for punctuation."""
    if not text:
        return 0
    cjk = len(_CJK.findall(text))
    words = len(_WORD.findall(text))
    rest = len(text) - cjk - sum(len(w) for w in _WORD.findall(text))
    return cjk + words + rest // 4 + 1
