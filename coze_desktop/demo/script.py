"""Scripted responses: replayed recordings and injected faults that replace the normal behaviour."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from .http import Responder
from .wire import JSON_TYPE, SSE_TYPE, encode, frame


@dataclass
class Scripted:
    """One canned response for ``DemoServer.script``.

    ``parts``: bytes are written (each as its own HTTP chunk, flushed); a float sleeps that many seconds.
    ``cut``: close the connection after the parts without finishing the body (a stream cut mid-answer).
    ``stall``: after the parts, wait this long before finishing (a stalled stream).
    ``hold``: wait this long after reading the request before sending anything (no headers yet).
    ``drop``: after ``hold``, close the connection without any response at all.
    ``repeat``: answer every later request to the path this way too, instead of once.
    ``inject_logid``: set by ``json_reply`` for envelopes without ``detail``; the response's logid is added.
    Event streams and cut responses use chunked transfer encoding, anything else Content-Length.
    """

    status: int = 200
    content_type: str = SSE_TYPE
    headers: dict[str, str] = field(default_factory=dict)
    parts: list[bytes | float] = field(default_factory=list)
    cut: bool = False
    stall: float = 0.0
    hold: float = 0.0
    drop: bool = False
    repeat: bool = False
    inject_logid: bool = False


def silent(*, hold: float = 3600.0) -> Scripted:
    """A server that takes the request and then says nothing, not even headers, for ``hold`` seconds."""
    return Scripted(hold=hold)


def drip(data: bytes, *, every: float, size: int = 1) -> Scripted:
    """``data`` in ``size``-byte pieces, one every ``every`` seconds: slow, but never silent for long."""
    return replay(data, chunk_size=size, delay=every)


def replay(data: bytes, *, chunk_size: int | None = None, delay: float = 0.0) -> Scripted:
    """The bytes of a recorded stream, optionally in ``chunk_size``-byte pieces (UTF-8 may be split)."""
    if chunk_size is None or chunk_size <= 0:
        pieces = [data]
    else:
        pieces = [data[i : i + chunk_size] for i in range(0, len(data), chunk_size)]
    return Scripted(parts=_spaced(pieces, delay))


def json_reply(
    body: dict[str, Any] | list[Any] | str, *, status: int = 200, headers: dict[str, str] | None = None
) -> Scripted:
    """An ``application/json`` reply; a str body is sent as-is (for malformed-JSON tests)."""
    raw = body.encode("utf-8") if isinstance(body, str) else encode(body)
    inject = isinstance(body, dict) and "code" in body and "detail" not in body
    return Scripted(
        status=status, content_type=JSON_TYPE, headers=dict(headers or {}), parts=[raw], inject_logid=inject
    )


def sse(events: list[tuple[str, object]], *, cut_after: int | None = None, delay: float = 0.0) -> Scripted:
    """An event stream of ``event:NAME\\ndata:<compact JSON>\\n\\n`` frames.

    Data that is already a str is written as-is (so a proper end is ``("done", '"[DONE]"')``).
    ``cut_after=N`` writes the first N events and then cuts the connection.
    """
    frames = [frame(name, data, raw=True) for name, data in events]
    cut = cut_after is not None
    if cut_after is not None:
        frames = frames[:cut_after]
    return Scripted(parts=_spaced(frames, delay), cut=cut)


def _spaced(pieces: list[bytes], delay: float) -> list[bytes | float]:
    out: list[bytes | float] = []
    for i, piece in enumerate(pieces):
        if i and delay > 0:
            out.append(float(delay))
        out.append(piece)
    return out


async def perform(scripted: Scripted, responder: Responder, logid: str) -> None:
    """Write ``scripted`` as the response, with the server's logid unless the script brings its own."""
    if scripted.hold > 0:
        await asyncio.sleep(scripted.hold)
    if scripted.drop:
        await responder.cut()
        return
    headers = {"content-type": scripted.content_type, "x-tt-logid": logid}
    headers.update({k.lower(): v for k, v in scripted.headers.items()})
    parts = list(scripted.parts)
    if scripted.inject_logid:
        parts = [_with_logid(p, headers["x-tt-logid"]) if isinstance(p, bytes) else p for p in parts]
    chunked = scripted.content_type.startswith(SSE_TYPE) or scripted.cut
    # Framing headers are ours: a script cannot make h11 lie about the body length.
    headers.pop("content-length", None)
    headers.pop("transfer-encoding", None)
    if not chunked:
        headers["content-length"] = str(sum(len(p) for p in parts if isinstance(p, bytes)))
    await responder.start(scripted.status, headers.items(), chunked=chunked)
    for part in parts:
        if isinstance(part, bytes):
            await responder.write(part)
        else:
            await asyncio.sleep(part)
    if scripted.stall > 0:
        await asyncio.sleep(scripted.stall)
    if scripted.cut:
        await responder.cut()
    else:
        await responder.end()


def _with_logid(raw: bytes, logid: str) -> bytes:
    try:
        body = json.loads(raw)
    except ValueError:
        return raw
    if isinstance(body, dict) and "detail" not in body:
        body["detail"] = {"logid": logid}
        return encode(body)
    return raw
