"""The SSE decoder against arbitrary bytes: never raises, and loses no text of the well-formed part."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from coze_desktop.api import Message, SSEDecoder, parse_event
from coze_desktop.api.types import _loads_fast, delta_piece

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


def frame(name: str, content: str) -> bytes:
    data = json.dumps({"id": "1", "type": "answer", "content": content}, ensure_ascii=False, separators=(",", ":"))
    return f"event:{name}\ndata:{data}\n\n".encode()


def decode_in_pieces(blob: bytes, cuts: list[int]) -> list:
    decoder, events, last = SSEDecoder(), [], 0
    for cut in sorted(set(c % (len(blob) + 1) for c in cuts)):
        events += decoder.feed(blob[last:cut])
        last = cut
    events += decoder.feed(blob[last:])
    return events + decoder.close()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents=st.lists(TEXT, max_size=20), cuts=st.lists(st.integers(min_value=0), max_size=30),
       crlf=st.booleans())
def test_split_anywhere_loses_nothing(contents: list[str], cuts: list[int], crlf: bool) -> None:
    """Chunk boundaries anywhere (inside UTF-8 characters, between \\r and \\n) change nothing."""
    blob = b"".join(frame("conversation.message.delta", c) for c in contents)
    if crlf:
        blob = blob.replace(b"\n", b"\r\n")
    events = decode_in_pieces(blob, cuts)
    assert [json.loads(e.data)["content"] for e in events] == contents
    assert all(e.event == "conversation.message.delta" for e in events)


@settings(max_examples=300, deadline=None)
@given(good=st.lists(TEXT, min_size=1, max_size=8), junk=st.binary(max_size=200),
       cuts=st.lists(st.integers(min_value=0), max_size=10))
def test_garbage_after_good_events(good: list[str], junk: bytes, cuts: list[int]) -> None:
    """Whatever follows, the well-formed events before it come out whole, and nothing raises."""
    blob = b"".join(frame("conversation.message.delta", c) for c in good) + junk
    events = decode_in_pieces(blob, cuts)
    contents = [json.loads(e.data)["content"] for e in events[: len(good)]]
    assert contents == good
    for e in events:  # the engine's parser must survive the garbage too
        parse_event(e.event, e.data)


@settings(max_examples=500, deadline=None)
@given(blob=st.binary(max_size=500), cuts=st.lists(st.integers(min_value=0), max_size=10))
def test_random_bytes_never_raise(blob: bytes, cuts: list[int]) -> None:
    for e in decode_in_pieces(blob, cuts):
        event = parse_event(e.event, e.data)
        assert event.event is not None


@settings(max_examples=300, deadline=None)
@given(blob=st.binary(max_size=300), position=st.integers(min_value=0), replacement=st.binary(max_size=4))
def test_mutated_stream_keeps_prefix(blob: bytes, position: int, replacement: bytes) -> None:
    """A byte mutation in a real-looking stream spoils at most the events it touches."""
    good = [frame("conversation.message.delta", "你好, world"), frame("conversation.message.delta", "🎵 晴天")]
    stream = b"".join(good) + frame("done", "x")
    at = position % len(stream)
    mutated = stream[:at] + replacement + stream[at + 1:]
    events = decode_in_pieces(mutated, [])
    intact = [i for i, f in enumerate(good) if sum(len(g) for g in good[: i + 1]) <= at]
    for i in intact:
        assert json.loads(events[i].data)["content"] == ["你好, world", "🎵 晴天"][i]


def test_carriage_return_before_a_last_line_without_newline() -> None:
    """A CR line end kept back (it might be half of CR LF) still ends its line when the stream stops after a
    piece with no line end at all; the old decoder dropped that CR and glued the two lines together."""
    decoder = SSEDecoder()
    assert decoder.feed(b"event:x\r") == [] and decoder.feed(b"data:y") == []
    assert [(e.event, e.data) for e in decoder.close()] == [("x", "y")]


def test_last_event_without_blank_line_is_kept() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b'event:done\ndata:"[DONE]"') == []
    [event] = decoder.close()
    assert (event.event, event.data) == ("done", '"[DONE]"')


def test_empty_data_event_is_dispatched() -> None:
    """Coze Studio ends a stream with `conversation.stream.done` and an empty data line."""
    decoder = SSEDecoder()
    [event] = decoder.feed(b"event:conversation.stream.done\ndata:\n\n")
    assert parse_event(event.event, event.data).is_done


def test_comment_and_unknown_fields_are_ignored() -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b": ping\n// doc comment\nevent: x\nid: 7\nretry: 10\ndata: a\ndata: b\n\n")
    assert [(e.event, e.data, e.id, e.retry) for e in events] == [("x", "a\nb", "7", 10)]


def test_one_long_line_in_many_chunks() -> None:
    """A 2 MB event (a big card or audio payload) arriving in 4 KiB pieces comes out whole."""
    payload = ("晴天" * 350_000).encode()
    blob = b"event:conversation.message.completed\ndata:" + payload + b"\n\n"
    decoder = SSEDecoder()
    events = [e for i in range(0, len(blob), 4096) for e in decoder.feed(blob[i:i + 4096])]
    assert [(e.event, len(e.data)) for e in events] == [("conversation.message.completed", 700_000)]


# ------------------------------------------------------------------------- the fast paths against references

class LineByLineDecoder:
    """The decoder as it was before issue 16 (one call and one UTF-8 decode per line): the reference."""

    def __init__(self) -> None:
        self.buf, self.event, self.data, self.id, self.retry, self.seen = b"", "", [], "", None, False

    def feed(self, chunk: bytes) -> list[tuple]:
        buf = self.buf + chunk
        tail = b"\r" if buf.endswith(b"\r") else b""
        buf = (buf[:-1] if tail else buf).replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        lines = buf.split(b"\n")
        self.buf = lines.pop() + tail
        out: list[tuple] = []
        for line in lines:
            self.line(line, out)
        return out

    def close(self) -> list[tuple]:
        out: list[tuple] = []
        # (The old decoder deleted a kept-back \r here, joining the lines on either side of it; fixed.)
        rest, self.buf = self.buf.replace(b"\r\n", b"\n").replace(b"\r", b"\n"), b""
        for line in rest.split(b"\n") if rest else []:
            self.line(line, out)
        self.line(b"", out)
        return out

    def line(self, line: bytes, out: list[tuple]) -> None:
        if not line:
            if self.seen:
                # What the old client passed on: ServerSentEvent names an unnamed event "message", as SSE does.
                out.append((self.event or "message", "\n".join(self.data), self.id, self.retry))
                self.event, self.data, self.retry, self.seen = "", [], None, False
            return
        if line[0] == 0x3A:
            return
        name, _, value = line.partition(b":")
        value = value[1:] if value[:1] == b" " else value
        if name == b"data":
            self.data.append(value.decode("utf-8", "replace"))
            self.seen = True
        elif name == b"event":
            self.event = value.decode("utf-8", "replace")
            self.seen = True
        elif name == b"id" and b"\0" not in value:
            self.id = value.decode("utf-8", "replace")
        elif name == b"retry" and value.isdigit():
            self.retry = int(value)


# Bytes that exercise every rule: field names, separators, CR/LF, NUL, digits, broken and whole UTF-8.
SSE_BYTES = st.lists(st.sampled_from([b"event", b"data", b"id", b"retry", b":", b": ", b" ", b"\n", b"\r", b"\r\n",
                                      b"\n\n", b"\0", b"7", b"x", "晴".encode(), "晴".encode()[:2], b"\xff", b"\x80",
                                      "²".encode(), b"//"]), max_size=60).map(b"".join)


@settings(max_examples=500, deadline=None)
@given(blob=st.one_of(SSE_BYTES, st.binary(max_size=300)), cuts=st.lists(st.integers(min_value=0), max_size=12))
@example(blob=b"event:x\rdata:y", cuts=[8])  # a \r ends the stream's last chunk but one, the last has no newline
def test_decoder_matches_the_line_by_line_reference(blob: bytes, cuts: list[int]) -> None:
    """Decoding a read's complete lines in one call, in one loop, changes no event, id or retry (in the tuples
    the client reads)."""
    ours, reference = SSEDecoder(), LineByLineDecoder()
    got: list[tuple] = []
    expected: list[tuple] = []
    last = 0
    for cut in [*sorted(set(c % (len(blob) + 1) for c in cuts)), len(blob)]:
        got += ours.feed_fields(blob[last:cut])
        expected += reference.feed(blob[last:cut])
        last = cut
    got += ours.close_fields()
    assert got == expected + reference.close()


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8)
WIRE_MESSAGE = st.fixed_dictionaries({}, optional={
    key: JSON_VALUES | st.just("answer") | st.just("") for key in
    ("id", "type", "role", "content", "reasoning_content", "conversation_id", "chat_id", "created_at")})


@settings(max_examples=500, deadline=None)
@given(payload=WIRE_MESSAGE)
def test_delta_piece_reads_what_message_from_wire_reads(payload: dict) -> None:
    """The engine's per-delta shortcut and the typed Message agree on every payload, odd types included."""
    message = Message.from_wire(payload)
    piece = delta_piece(payload)
    if message.type in ("answer", ""):
        assert piece == (message.id, message.content, message.reasoning_content)
    else:
        assert piece is None


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(JSON_VALUES.map(lambda v: json.dumps(v, ensure_ascii=False)), st.text(max_size=30)),
       before=st.sampled_from(["", " ", "\n", "\ufeff", "x"]), after=st.sampled_from(["", " ", "\t\n", "}", "x"]))
def test_fast_json_accepts_exactly_what_json_loads_accepts(text: str, before: str, after: str) -> None:
    data = before + text + after
    try:
        expected = json.loads(data)
    except ValueError:
        expected = None
    # repr: NaN is not equal to itself, and 1 == 1.0 == True would hide a type difference.
    assert repr(_loads_fast(data)) == repr(expected)


def test_typed_objects_are_built_on_first_read_and_once() -> None:
    data = json.dumps({"id": "m1", "type": "answer", "content": "晴天", "created_at": "1718792949"})
    event = parse_event("conversation.message.delta", data)
    assert event.chat is None and event.error is None and not event.malformed
    assert event.message == Message.from_wire(json.loads(data))
    assert event.message is event.message
    assert event.message.created_at == 1718792949
    failed = parse_event("conversation.chat.failed", '{"code": 4011, "msg": "余额不足"}')
    assert (failed.chat.last_error.code, failed.chat.last_error.msg) == (4011, "余额不足")
    assert failed.message is None


def test_hostile_numbers_and_nesting_do_not_raise() -> None:
    """JSON nested past the stack, and a timestamp of 1e400 (infinity as a float): a malformed event and a
    zero, not a RecursionError or OverflowError out of the stream."""
    deep = parse_event("conversation.message.delta", "[" * 100_000 + "]" * 100_000)
    assert deep.malformed and deep.message is None
    chat = parse_event("conversation.chat.completed", '{"id": "c", "created_at": 1e400, "usage": {"token_count": '
                                                      '"-1e999"}}').chat
    assert (chat.id, chat.created_at, chat.usage.token_count) == ("c", 0, 0)
