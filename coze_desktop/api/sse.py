"""Incremental, tolerant Server-Sent Events decoder working on raw bytes."""

from __future__ import annotations

from httpx_sse import ServerSentEvent

# Why not httpx_sse.EventSource: it decodes text before splitting lines and, following the WHATWG spec to the
# letter, drops a last event that is not followed by a blank line and any event whose data is empty. Coze's
# SDK fixtures end without the blank line, and Coze Studio ends its streams with an empty-data
# `conversation.stream.done`. Splitting bytes on b"\n" first is also what makes UTF-8 safe: a newline byte
# never occurs inside a multi-byte character, so each complete line decodes whole.


class SSEDecoder:
    """Feed bytes as they arrive, get complete events back; ``close()`` flushes what EOF left pending.

    Follows the SSE field rules (``event``, ``data`` joined by ``\\n``, ``id``, ``retry``, ``:`` comments, one
    leading space stripped, unknown fields ignored — which also skips the ``// …`` lines of doc samples),
    with two tolerances: an event with a name but empty data is dispatched, and so is a pending event at EOF.
    Invalid UTF-8 becomes U+FFFD instead of an exception.
    """

    __slots__ = ("_buf", "_data", "_event", "_id", "_pending", "_retry", "_seen")

    def __init__(self) -> None:
        self._buf = b""
        self._pending: list[bytes] = []  # chunks of a line still waiting for its end
        self._event = ""
        self._data: list[str] = []
        self._id = ""
        self._retry: int | None = None
        self._seen = False

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        if b"\n" not in chunk and b"\r" not in chunk:
            # Part of one long line (a big card or audio event): keep it aside instead of re-joining the
            # whole unfinished line on every chunk, which is quadratic in the line's length.
            self._pending.append(chunk)
            return []
        if self._pending:
            self._buf += b"".join(self._pending)
            self._pending.clear()
        buf = self._buf + chunk if self._buf else chunk
        if b"\r" in buf:
            # A trailing \r may be the first half of \r\n split across chunks: keep it for the next feed.
            tail = b"\r" if buf.endswith(b"\r") else b""
            if tail:
                buf = buf[:-1]
            buf = buf.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        else:
            tail = b""
        lines = buf.split(b"\n")
        self._buf = lines.pop() + tail
        out: list[ServerSentEvent] = []
        for line in lines:
            self._line(line, out)
        return out

    def close(self) -> list[ServerSentEvent]:
        """End of stream: a half line counts as a line, and a pending event is dispatched."""
        out: list[ServerSentEvent] = []
        rest = (self._buf + b"".join(self._pending)).replace(b"\r", b"")
        self._buf, self._pending = b"", []
        if rest:
            self._line(rest, out)
        self._line(b"", out)
        return out

    def _line(self, line: bytes, out: list[ServerSentEvent]) -> None:
        if not line:
            if self._seen:
                out.append(ServerSentEvent(self._event, "\n".join(self._data), self._id, self._retry))
                self._event, self._data, self._retry, self._seen = "", [], None, False
            return
        if line[0] == 0x3A:  # ":" comment / heartbeat
            return
        name, _, value = line.partition(b":")
        if value[:1] == b" ":
            value = value[1:]
        if name == b"data":
            self._data.append(value.decode("utf-8", "replace"))
            self._seen = True
        elif name == b"event":
            self._event = value.decode("utf-8", "replace")
            self._seen = True
        elif name == b"id":
            if b"\0" not in value:
                self._id = value.decode("utf-8", "replace")
        elif name == b"retry" and value.isdigit():
            self._retry = int(value)
