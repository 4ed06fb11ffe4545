"""The SSE decoder against arbitrary bytes: never raises, and loses no text of the well-formed part."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coze_desktop.api import SSEDecoder, parse_event

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
