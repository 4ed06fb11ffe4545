"""Incremental, tolerant Server-Sent Events decoder working on raw bytes."""

from __future__ import annotations

from httpx_sse import ServerSentEvent

# Why not httpx_sse.EventSource: it decodes text before splitting lines and, following the WHATWG spec to the
# letter, drops a last event that is not followed by a blank line and any event whose data is empty. Coze's
# SDK fixtures end without the blank line, and Coze Studio ends its streams with an empty-data
# `conversation.stream.done`. Splitting bytes at the last b"\n" first is also what makes UTF-8 safe: a newline
# byte never occurs inside a multi-byte character, so the complete lines decode whole, all in one call (a
# broken sequence at a line's end becomes U+FFFD exactly as it would if that line were decoded alone).

# One decoded event: name, data, last event id, retry (None when the event set none).
Fields = tuple[str, str, str, "int | None"]


class SSEDecoder:
    """Feed bytes as they arrive, get complete events back; ``close()`` flushes what EOF left pending.

    Follows the SSE field rules (``event``, ``data`` joined by ``\\n``, ``id``, ``retry``, ``:`` comments, one
    leading space stripped, unknown fields ignored — which also skips the ``// …`` lines of doc samples),
    with two tolerances: an event with a name but empty data is dispatched, and so is a pending event at EOF.
    Invalid UTF-8 becomes U+FFFD instead of an exception.

    :meth:`feed` and :meth:`close` return ``ServerSentEvent`` objects; :meth:`feed_fields` and
    :meth:`close_fields` return the same events as plain ``(event, data, id, retry)`` tuples, which is what the
    client's hot path reads (no object per event).
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
        return [ServerSentEvent(*fields) for fields in self.feed_fields(chunk)]

    def close(self) -> list[ServerSentEvent]:
        """End of stream: a half line counts as a line, and a pending event is dispatched."""
        return [ServerSentEvent(*fields) for fields in self.close_fields()]

    def feed_fields(self, chunk: bytes) -> list[Fields]:
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
        end = buf.rfind(b"\n") + 1
        self._buf = buf[end:] + tail
        if not end:
            return []
        # Everything up to the last newline is whole lines; the last piece of the split is the empty string
        # after that newline, not a line.
        lines = buf[:end].decode("utf-8", "replace").split("\n")
        lines.pop()
        return self._lines(lines)

    def close_fields(self) -> list[Fields]:
        """End of stream: a half line counts as a line, and a pending event is dispatched."""
        rest = self._buf + b"".join(self._pending)
        self._buf, self._pending = b"", []
        # A \r kept back by feed (maybe the first half of a \r\n) ends a line after all: the stream is over.
        rest = rest.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        lines = rest.decode("utf-8", "replace").split("\n") if rest else []
        lines.append("")
        return self._lines(lines)

    def _lines(self, lines: list[str]) -> list[Fields]:
        """Run complete lines through the field rules. One loop with the state in locals: it runs three
        times per event of every answer, so no call per line."""
        out: list[Fields] = []
        event, data, last_id, retry, seen = self._event, self._data, self._id, self._retry, self._seen
        for line in lines:
            if not line:
                if seen:  # an event without a name is a "message", as in SSE (and httpx-sse)
                    out.append((event or "message", data[0] if len(data) == 1 else "\n".join(data), last_id, retry))
                    event, data, retry, seen = "", [], None, False
                continue
            name, _, value = line.partition(":")  # a ":" comment has the empty name and is ignored below
            if value[:1] == " ":
                value = value[1:]
            if name == "data":
                data.append(value)
                seen = True
            elif name == "event":
                event = value
                seen = True
            elif name == "id":
                if "\0" not in value:
                    last_id = value
            elif name == "retry" and value.isascii() and value.isdigit():
                retry = int(value)
        self._event, self._data, self._id, self._retry, self._seen = event, data, last_id, retry, seen
        return out
