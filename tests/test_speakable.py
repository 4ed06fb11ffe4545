"""What of an answer is read aloud (speakable) and how a streamed answer is cut into sentences (SentenceSplitter)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coze_desktop.voice.speakable import SPEECH_MAX_BYTES, SentenceSplitter, speakable


def sentences(*deltas: str, max_bytes: int = SPEECH_MAX_BYTES) -> list[str]:
    splitter = SentenceSplitter(max_bytes)
    out: list[str] = []
    for delta in deltas:
        out += splitter.feed(delta)
    return out + splitter.finish()


# ------------------------------------------------------------------------------------------------ speakable


def test_markdown_markers_are_not_said() -> None:
    said = speakable("# Title\n\n**Bold** and *italic* and __strong__ and ~~gone~~ text.\n> quoted line\n")
    assert said.split("\n") == ["Title", "Bold and italic and strong and gone text.", "quoted line"]


def test_list_markers_and_rules_are_not_said() -> None:
    said = speakable("- one\n* two\n+ three\n1. four\n12) five\n- [x] done\n---\n***\n")
    assert said.split("\n") == ["one", "two", "three", "four", "five", "done"]


def test_links_are_said_by_their_text_and_urls_not_at_all() -> None:
    said = speakable("See [the docs](https://example.com/a_b.html), <https://x.io> or https://coze.cn/x?y=1. Done.")
    assert said == "See the docs, or.\nDone."
    assert "http" not in speakable("![a cover](https://img.example/cover.png) www.example.com/page")


def test_code_blocks_are_skipped_and_short_inline_code_is_said() -> None:
    markdown = (
        "Run this:\n\n```python\nprint('never said. really.')\n```\n\n~~~\nalso code\n~~~\n"
        "Call `set_volume` with `python -m coze_desktop ask --demo --idle-timeout 60 hello`. End."
    )
    said = speakable(markdown)
    assert "print" not in said and "also code" not in said and "--demo" not in said
    assert said.split("\n") == ["Run this:", "Call set_volume with.", "End."]


def test_an_unclosed_code_fence_skips_the_rest() -> None:
    assert speakable("Before.\n```\ncode. more code.\n") == "Before."


def test_tables_are_skipped() -> None:
    said = speakable("Songs:\n\n| title | singer |\n|---|---|\n| 晴天 | 周杰伦 |\n\nAfter the table.")
    assert said.split("\n") == ["Songs:", "After the table."]


def test_emoji_and_citations_are_dropped_and_chinese_is_kept() -> None:
    said = speakable("好的🎵，音量已调到 30 👍🏽。来源[1]和【2】以及[^3]。❤️ Great [1, 2]!")
    assert said.split("\n") == ["好的，音量已调到 30。", "来源和以及。", "Great!"]


def test_html_tags_and_entities_and_escapes() -> None:
    assert speakable("A <b>bold</b> &amp; \\*literal\\* star.") == "A bold & *literal* star."


def test_nothing_worth_saying_is_empty() -> None:
    assert speakable("") == ""
    assert speakable("```\nonly code\n```\n---\n| a |\n🎵🎶\nhttps://example.com") == ""


# ------------------------------------------------------------------------------------------- the splitter


def test_sentences_end_at_stops_followed_by_a_space_and_at_line_ends() -> None:
    assert sentences("First one. Second one! Third? Version 3.5 is out.\nA line\nAnother") == [
        "First one.", "Second one!", "Third?", "Version 3.5 is out.", "A line", "Another"]


def test_chinese_sentences_end_without_a_space() -> None:
    assert sentences("音量已调到30。现在播放《晴天》！好吗？他说：“好。”然后") == [
        "音量已调到30。", "现在播放《晴天》！", "好吗？", "他说：“好。”", "然后"]


def test_quotes_and_repeated_stops_stay_with_their_sentence() -> None:
    assert sentences('He said "hi." Then left... Really?! Yes') == ['He said "hi."', "Then left...", "Really?!", "Yes"]


def test_abbreviations_do_not_end_a_sentence() -> None:
    assert sentences("Use e.g. this one, Mr. Smith. Next.") == ["Use e.g. this one, Mr. Smith.", "Next."]


def test_no_cut_inside_a_link_or_inline_code() -> None:
    assert sentences("Read [Mr. Smith. Ltd](https://a.b/c. d) now. Run `a. b` too.") == [
        "Read Mr. Smith. Ltd now.", "Run a. b too."]


def test_a_sentence_is_given_as_soon_as_its_end_is_seen() -> None:
    splitter = SentenceSplitter()
    assert splitter.feed("The volume is now 30") == []
    assert splitter.feed(".") == []  # a version number? wait for the next character
    assert splitter.feed(" Enjoy") == ["The volume is now 30."]
    assert splitter.feed("。") == []  # a closing quote may follow
    assert splitter.feed("好") == ["Enjoy。"]  # a Chinese full stop needs no space after it
    assert splitter.feed("\n\n## Next") == ["好"]
    assert splitter.finish() == ["Next"]


def test_a_long_sentence_is_cut_at_commas_and_spaces_within_the_limit() -> None:
    text = "，".join(["这是一个很长的句子"] * 200) + "。"
    out = sentences(text)
    assert len(out) > 1
    assert all(len(s.encode()) <= SPEECH_MAX_BYTES for s in out)
    assert all(s.endswith(("，", "。")) for s in out)  # cut after a comma, never inside a word
    assert "".join(out) == text


def test_a_long_sentence_without_any_break_is_cut_anyway() -> None:
    out = sentences("x" * 3000, max_bytes=100)
    assert [len(s) for s in out] == [100] * 30


def test_finish_resets_for_the_next_answer() -> None:
    splitter = SentenceSplitter()
    splitter.feed("```\nopen fence")
    assert splitter.finish() == []
    assert splitter.feed("Fresh answer. ") == ["Fresh answer."]


def test_a_tiny_limit_is_refused() -> None:
    with pytest.raises(ValueError):
        SentenceSplitter(2)


# ------------------------------------------------------------------------------------------ properties

MARKDOWN_BITS = st.sampled_from([
    "Hello", "world", " ", "  ", "\n", "\n\n", ". ", ".", "!", "?", "。", "！", "？", "，", ",", "、", "“", "”", '"',
    "`", "``", "```", "~~~", "[", "]", "(", ")", "[1]", "【1】", "# ", "## ", "- ", "* ", "1. ", "> ", "|", "| a | b |",
    "**", "*", "_", "~~", "https://example.com/a.b", "www.x.org", "晴天", "音量调到30", "e.g.", "Mr.", "3.5",
    "🎵", "👍🏽", "&amp;", "<b>", "\\*", "\r\n", "\t",
])
MARKDOWN = st.lists(MARKDOWN_BITS | st.text(max_size=8), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=MARKDOWN, cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=12))
def test_any_split_into_deltas_gives_the_same_sentences(text: str, cuts: list[int]) -> None:
    points = sorted({min(c, len(text)) for c in cuts})
    deltas = [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]
    assert sentences(*deltas) == sentences(text)
    assert sentences(*text) == sentences(text)  # one character at a time


@settings(max_examples=300, deadline=None)
@given(text=MARKDOWN, max_bytes=st.integers(min_value=8, max_value=64))
def test_every_sentence_fits_the_limit_and_has_a_word(text: str, max_bytes: int) -> None:
    for sentence in sentences(text, max_bytes=max_bytes):
        assert len(sentence.encode("utf-8")) <= max_bytes
        assert sentence == sentence.strip() and any(c.isalnum() for c in sentence)
        assert "://" not in sentence and "```" not in sentence


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=3000))
def test_any_text_at_all_fits_the_speech_limit(text: str) -> None:
    assert all(len(s.encode("utf-8")) <= SPEECH_MAX_BYTES for s in sentences(text))
