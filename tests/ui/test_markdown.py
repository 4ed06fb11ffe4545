"""Markdown answers: blocks close where markdown-it ends them, block by block looks like the whole, the view streams
without re-rendering finished blocks, and its links only copy code or open web and mail addresses."""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette, QTextBlock, QTextDocument, QTextFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coze_desktop.ui import theme
from coze_desktop.ui.markdown import BlockSplitter, link_references, render, render_html
from coze_desktop.ui.markdown_view import MarkdownView
from coze_desktop.ui.throttle import Throttle

CORPUS = """# 标题 Heading

Intro paragraph with **bold**, *em*, `code`, ~~strike~~ and a [link](https://example.com).
It continues on a second line.

## 列表

- item one
- item two
  - nested a
  - nested b
- item three

1. first

2. second with `code`

   continued paragraph of second

3. third
   - sub

```python
def hello(name):
    # a blank line follows

    return f"hi {name}"
```

| 名称 | Value | Note |
|:-----|------:|:----:|
| 苹果 | 1 | 红色 |
| banana | 22 | yellow 🍌 |

> A block quote
> spanning lines
>
> with two paragraphs

中文段落，包含全角标点：“引号”、（括号）！问号？还有表情😀🎉。
第二行中文。

~~~
plain fence ~~~ inside
~~~

    indented code
    block

---

Final words with emoji 👍 and a trailing line.
"""

CORPUS_BLOCKS = [
    "# 标题 Heading\n",
    "\nIntro paragraph with **bold**, *em*, `code`, ~~strike~~ and a [link](https://example.com).\n"
    "It continues on a second line.\n\n",
    "## 列表\n",
    "\n- item one\n- item two\n  - nested a\n  - nested b\n- item three\n\n",
    "1. first\n\n",
    "2. second with `code`\n\n   continued paragraph of second\n\n",
    "3. third\n   - sub\n\n",
    '```python\ndef hello(name):\n    # a blank line follows\n\n    return f"hi {name}"\n```\n',
    "\n| 名称 | Value | Note |\n|:-----|------:|:----:|\n| 苹果 | 1 | 红色 |\n| banana | 22 | yellow 🍌 |\n\n",
    "> A block quote\n> spanning lines\n>\n> with two paragraphs\n\n",
    "中文段落，包含全角标点：“引号”、（括号）！问号？还有表情😀🎉。\n第二行中文。\n\n",
    "~~~\nplain fence ~~~ inside\n~~~\n",
    "\n    indented code\n    block\n\n",
    "---\n\n",
    "Final words with emoji 👍 and a trailing line.\n",
]

# Lines that random documents are made of: every kind of block start, continuations, fences that open and close
# inside lists, lookalikes of fences and tables, empty items and cells.
LINES = [
    "para text", "more 中文，标点。", "", "", "  ", "# Heading", "## h2", "```", "```python", "~~~", "````",
    "    indented", "  indented2", "- item", "* star", "1. one", "1. one", "2) two", "10. ten", "   - nested",
    "> quote", ">", "| a | b |", "|---|---|", "| 1 | 2 |", "| a | |", "---", "***", "===", "\tTab", "[ref]: /url",
    "see [x][ref]", "text | pipe", "``` a`b", "  ```", "<div>", "x = 1", "- ", "1.",
]
documents = st.lists(st.sampled_from(LINES), max_size=25).map("\n".join) | st.just(CORPUS)
cut_points = st.lists(st.integers(min_value=0, max_value=2000), max_size=40)


def pieces(text: str, cuts: list[int]) -> list[str]:
    bounds = [0, *sorted({c % (len(text) + 1) for c in cuts}), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def blocks(text: str) -> list[str]:
    splitter = BlockSplitter()
    splitter.feed(text)
    splitter.finish()
    return splitter.take_closed()


def run_events(until: Callable[[], bool], timeout_s: float = 5.0) -> None:
    """Spin the event loop until ``until()``; no nested loop (qtbot.wait*), as under qasync."""
    deadline = time.monotonic() + timeout_s
    while not until():
        assert time.monotonic() < deadline, "timed out"
        QApplication.processEvents()
        time.sleep(0.001)


def iter_blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def background(block: QTextBlock) -> str | None:
    fmt = block.blockFormat()
    return fmt.background().color().name() if fmt.hasProperty(QTextFormat.Property.BackgroundBrush) else None


def structure(document: QTextDocument) -> list[tuple[object, ...]]:
    """What a reader sees of each block: text, list marker, heading level, background, rule (not margins: a loose
    list cut into one block per item has its paragraph spacing as a tight one)."""
    return [
        (
            block.text(),
            block.textList().itemText(block) if block.textList() else None,
            block.blockFormat().headingLevel(),
            background(block),
            block.blockFormat().hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth),
        )
        for block in iter_blocks(document)
    ]


def picture(document: QTextDocument, width: int = 500) -> QImage:
    document = document.clone()
    document.setTextWidth(width)
    image = QImage(width, math.ceil(document.size().height()), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    return image


def whole(view: MarkdownView, text: str) -> QTextDocument:
    """The message rendered in one piece, in a document set up like the view's."""
    document = view.document().clone()
    document.setHtml(render_html(text))
    return document


def make_view(qtbot: QtBot) -> MarkdownView:
    view = MarkdownView()
    qtbot.addWidget(view)
    view.resize(500, 100)
    view.show()
    return view


def stream(view: MarkdownView, text: str, cuts: list[int]) -> None:
    for piece in pieces(text, cuts):
        view.append_delta(piece)
        QApplication.processEvents()
    view.finish()
    view.flush()


# ---------------------------------------------------------------------------------------------- splitter


def test_the_corpus_closes_at_the_ends_of_its_blocks() -> None:
    assert blocks(CORPUS) == CORPUS_BLOCKS


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=documents, cuts=cut_points)
def test_any_deltas_give_the_blocks_of_the_whole_text(text: str, cuts: list[int]) -> None:
    """Closed blocks plus the tail are always the text so far, and the split does not depend on the deltas."""
    splitter, closed, so_far = BlockSplitter(), [], ""
    for piece in pieces(text, cuts):
        splitter.feed(piece)
        so_far += piece
        closed += splitter.take_closed()
        assert "".join(closed) + splitter.tail == so_far
    splitter.finish()
    assert closed + splitter.take_closed() == blocks(text)
    assert splitter.tail == ""


BLOCK_STARTS = MarkdownIt("commonmark", {"html": False}).enable("table")


@settings(max_examples=500, deadline=None)
@given(text=documents)
def test_blocks_cut_nothing_that_markdown_it_reads_as_one(text: str) -> None:
    """No block (after its blank lines) starts inside a top-level construct of the whole text, as markdown-it reads
    it, except at an item of a top-level list."""
    tokens = [token for token in BLOCK_STARTS.parse(text) if token.map and token.nesting >= 0]
    spans = [(t.map[0], t.map[1], t.type.endswith("list_open")) for t in tokens if t.level == 0]
    items = {t.map[0] for t in tokens if t.level == 1 and t.type == "list_item_open"}
    line = 0
    for block in blocks(text):
        first = next((i for i, content in enumerate(block.splitlines()) if content.strip(" \t")), 0)
        start = line + first
        assert not any(a < start < b and not (is_list and start in items) for a, b, is_list in spans), (text, block)
        line += block.count("\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("```\na\n\nb\n```\nafter", ["```\na\n\nb\n```\n", "after"]),  # a blank line inside a fence does not cut
        ("~~~~\n```\n\n~~~\n~~~~\nz", ["~~~~\n```\n\n~~~\n~~~~\n", "z"]),  # only its own fence, as long, closes it
        ("``` a`b\n\nx", ["``` a`b\n\n", "x"]),  # a backtick in the info string: inline code, not a fence
        ("- item\n  ```\n  code\n\n  more\n  ```\n\nnext", ["- item\n  ```\n  code\n\n  more\n  ```\n\n", "next"]),
        ("- a\n  ```\n  x\n\n```\ny\n\n```\n", ["- a\n  ```\n  x\n\n", "```\ny\n\n```\n"]),  # the item ends the fence
        ("| a |\n|---|\n| 1 |\n> q\n", ["| a |\n|---|\n| 1 |\n", "> q\n"]),  # a block quote ends a table
        ("para\n# Head\nnext\n", ["para\n", "# Head\n", "next\n"]),  # a heading is a block of its own
        ("1. a\n\n1. b\n", ["1. a\n\n", "1. b\n"]),  # list items apart are blocks apart
    ],
)
def test_where_blocks_close(text: str, expected: list[str]) -> None:
    assert blocks(text) == expected


def test_a_block_closes_with_the_first_character_after_it() -> None:
    splitter = BlockSplitter()
    splitter.feed("para\n\n")
    assert splitter.take_closed() == []
    splitter.feed("N")
    assert splitter.take_closed() == ["para\n\n"]
    assert splitter.tail == "N"


# ---------------------------------------------------------------------------------------------- HTML


def test_tables_carry_their_borders_and_alignment_as_attributes() -> None:
    html = render_html("| 名称 | n |\n|:--|--:|\n| 苹果 | 1 |\n")
    assert '<table border="1" cellspacing="0" cellpadding="6"' in html
    assert '<th align="left">名称</th><th align="right">n</th>' in html
    assert '<td align="right">1</td>' in html


def test_code_is_highlighted_with_inline_styles_and_gets_copy_links() -> None:
    rendered = render("```python\ndef f():\n    return 1\n```\n\n```nosuchlanguage\na < b\n```\n", copy_label="复制")
    first, second = rendered.html.split("</pre>", 1)
    assert '<span style="color:' in first and "class=" not in rendered.html
    assert "a &lt; b" in second and "<span" not in second  # unknown language: plain and escaped
    # Each block has a header above it: its language, then a "❐ Copy" link.
    header = '<a href="copy:{}" style="text-decoration: none">❐&nbsp;复制</a></p><pre'
    assert header.format(0) in rendered.html and header.format(1) in rendered.html
    assert rendered.html.index("&nbsp;python&nbsp;") < rendered.html.index('href="copy:0"')
    assert "&nbsp;nosuchlanguage&nbsp;" in second
    assert rendered.code == ("def f():\n    return 1", "a < b")
    assert render("```\nx\n```", first_code=5).html.count('href="copy:5"') == 1


def test_a_code_header_shows_a_short_escaped_language() -> None:
    html = render("```" + "<b>" * 200 + "\nx\n```").html
    header = html.split("</p>", 1)[0]
    assert "&lt;b&gt;" in header and "<b>" not in header and "…" in header and len(header) < 500


def test_the_bot_cannot_inject_markup() -> None:
    html = render_html(
        "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nhi <b onclick=x>there</b>\n\n"
        "[click](javascript:alert(1)) ![pic](file:///etc/passwd) ![local](/home/me/secret.png)"
    )
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    for raw in ("<script", "<img", "<b ", 'href="javascript:', 'href="file:'):
        assert raw not in html
    assert '<a href="/home/me/secret.png">local</a>' in html  # a picture becomes a link, which the view won't open


def test_chinese_lines_join_without_a_space() -> None:
    assert render_html("你好\n世界") == "<p>你好世界</p>"
    assert render_html("hello\nworld") == "<p>hello\nworld</p>"


def test_link_references_of_the_whole_message_resolve_in_any_block() -> None:
    text = "See [the docs][1].\n\nMore.\n\n[1]: https://example.com/docs\n"
    references = link_references(text)
    assert list(references) == ["1"]
    assert '<a href="https://example.com/docs">the docs</a>' in render(blocks(text)[0], references=references).html


def test_a_dark_palette_gets_dark_code_blocks() -> None:
    assert theme.DARK.code_bg in render_html("```python\nx = 1\n```", dark=True)
    assert theme.LIGHT.code_bg in render_html("```python\nx = 1\n```")


# ---------------------------------------------------------------------------------------------- throttle


def test_throttle_runs_at_once_then_coalesces(qapp: QApplication) -> None:
    calls: list[float] = []
    throttle = Throttle(lambda: calls.append(time.monotonic()), interval_ms=40)
    throttle.trigger()
    assert len(calls) == 1  # after a quiet spell: at once
    for _ in range(100):
        throttle.trigger()
    assert len(calls) == 1
    run_events(lambda: len(calls) == 2)  # the hundred triggers: one run, an interval later
    assert calls[1] - calls[0] >= 0.035
    end = time.monotonic() + 0.4
    while time.monotonic() < end:  # triggers all the time: one run per interval at most
        throttle.trigger()
        QApplication.processEvents()
    assert 3 <= len(calls) - 2 <= 11
    assert all(b - a >= 0.035 for a, b in itertools.pairwise(calls))


def test_throttle_flush_runs_a_pending_call_and_cancel_drops_it(qapp: QApplication) -> None:
    calls: list[int] = []
    throttle = Throttle(lambda: calls.append(1), interval_ms=1000)
    throttle.trigger()
    throttle.trigger()
    throttle.flush()
    assert len(calls) == 2
    throttle.flush()  # nothing pending
    assert len(calls) == 2
    throttle.trigger()
    throttle.cancel()
    end = time.monotonic() + 0.1
    while time.monotonic() < end:
        QApplication.processEvents()
    assert len(calls) == 2


# ---------------------------------------------------------------------------------------------- the view


def test_streaming_shows_the_answer_and_ends_as_the_whole_render(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    first, *rest = pieces(CORPUS, [4, *range(9, len(CORPUS), 5)])
    view.append_delta(first)
    assert view.toPlainText() == "标题"  # the first delta shows at once
    for piece in rest:
        view.append_delta(piece)
        QApplication.processEvents()
    view.flush()
    assert "Final words with emoji 👍 and a trailing line." in view.toPlainText()
    view.finish()
    view.flush()
    reference = whole(view, CORPUS)
    assert view.markdown() == CORPUS
    assert view.toPlainText() == reference.toPlainText()
    assert structure(view.document()) == structure(reference)
    assert picture(view.document()) == picture(reference)  # pixel for pixel


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=documents, cuts=cut_points, flushes=st.lists(st.booleans(), max_size=40))
def test_any_message_streams_into_what_the_whole_renders(
    qapp: QApplication, text: str, cuts: list[int], flushes: list[bool]
) -> None:
    view = MarkdownView()
    view.resize(500, 100)
    for piece, flush in zip(pieces(text, cuts), [*flushes, *[False] * len(text)], strict=False):
        view.append_delta(piece)
        if flush:  # render now, as if the throttle had fired here
            view.flush()
    view.finish()
    view.flush()
    assert structure(view.document()) == structure(whole(view, text))


def test_ordered_lists_cut_into_blocks_keep_counting(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    stream(view, "1. a\n\n1. b\n\n1. c\n\n- x\n\n7) d\n\n1) e\n", [])
    assert len(blocks(view.markdown())) == 6
    markers = [block.textList().itemText(block) for block in iter_blocks(view.document())]
    assert markers == ["1.", "2.", "3.", ".", "7.", "8."]  # Qt draws bullets; it has no ")" delimiter


def test_the_final_text_replaces_what_was_streamed(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.append_delta("Hello wor")
    view.flush()
    final = "Hello world!\n\n```\nx\n```\n"
    finished: list[bool] = []
    view.sig_finished.connect(lambda: finished.append(True))
    view.finish(final)
    run_events(lambda: bool(finished))
    assert view.markdown() == final
    assert view.toPlainText() == whole(view, final).toPlainText()
    with pytest.raises(RuntimeError):
        view.append_delta("more")
    view.clear()
    view.append_delta("again")
    run_events(lambda: view.toPlainText() == "again")


def test_link_references_resolve_when_the_answer_is_complete(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    stream(view, "See [the docs][1].\n\n[1]: https://example.com/docs\n", [5, 17])
    assert "https://example.com/docs" in view.document().toHtml()
    assert view.toPlainText() == "See the docs."


def test_a_copy_link_copies_its_code_block(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.append_delta("```sh\necho one\n```\n\ntext\n\n```python\nprint('two')\n")  # the second block still open
    view.flush()
    assert 'href="copy:0"' in view.document().toHtml() and 'href="copy:1"' in view.document().toHtml()
    copied: list[str] = []
    view.sig_copied.connect(copied.append)
    view.anchorClicked.emit(QUrl("copy:1"))
    assert copied == ["print('two')"]
    assert QGuiApplication.clipboard().text() == "print('two')"
    view.anchorClicked.emit(QUrl("copy:0"))
    assert QGuiApplication.clipboard().text() == "echo one"
    view.anchorClicked.emit(QUrl("copy:9"))  # no such block: nothing happens
    assert QGuiApplication.clipboard().text() == "echo one"


def test_only_web_and_mail_links_are_opened(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    opened: list[str] = []
    view.open_url = lambda url: opened.append(url.toString())
    allowed = ["https://example.com/a", "http://example.com", "mailto:bot@example.com", "HTTPS://EXAMPLE.COM/B"]
    refused = ["file:///etc/passwd", "javascript:alert(1)", "/home/me/secret.png", "ftp://example.com", "smb://h/s"]
    for url in allowed + refused:
        view.anchorClicked.emit(QUrl(url))
    assert opened == [QUrl(url).toString() for url in allowed]
    assert view.toPlainText() == ""  # nothing navigated the view away


def test_the_view_grows_with_its_content(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_markdown("one line")
    view.flush()
    short = view.height()
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    view.set_markdown("\n\n".join(f"paragraph {i} 中文" for i in range(20)))
    view.flush()
    assert view.height() > 5 * short
    assert view.height() == math.ceil(view.document().size().height())
    assert view.sizeHint().height() == view.height()
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_a_long_message_renders_in_slices_without_blocking(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    text = "\n\n".join(f"## Part {i}\n\nSome *text* {i}, 中文内容。\n\n```python\nx = {i}\n```" for i in range(300))
    finished: list[bool] = []
    view.sig_finished.connect(lambda: finished.append(True))
    started = time.monotonic()
    view.set_markdown(text)
    assert time.monotonic() - started < 0.5  # far from the whole message: it continues in slices
    assert not finished
    run_events(lambda: bool(finished), timeout_s=30)
    assert view.markdown() == text
    assert view.code_block(299) == "x = 299"
    assert view.toPlainText() == whole(view, text).toPlainText()


def test_chinese_renders_as_glyphs_not_boxes(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    images = []
    for text in ("你好世界", "扣子机器"):
        view.set_markdown(text)
        view.flush()
        images.append(view.grab().toImage())
    assert images[0] != images[1]  # missing glyphs would all be the same box


def test_a_dark_palette_renders_the_message_again_in_dark_colours(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_markdown("```python\nx = 1\n```")
    view.flush()
    assert theme.LIGHT.code_bg in view.document().toHtml()
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1f22"))
    view.setPalette(palette)
    view.flush()
    html = view.document().toHtml()
    assert theme.DARK.code_bg in html and theme.DARK.code_header in html  # code and its header
    assert view.toPlainText() == " python   ❐ Copy\nx = 1"


LONG_CODE = '"""A module."""\n\nimport os\n\n\nclass Big:\n    """A class."""\n\n' + "".join(
    f'    def method_{i}(self, value: int) -> str:\n'
    f'        """Say it.\n\n        With "quotes" and more.\n        """\n'
    f'        return f"{{value}} #{i}"  # a comment\n\n'
    for i in range(60)
)


@pytest.mark.parametrize("whole_at_once", [False, True])
def test_a_long_code_block_goes_in_by_pieces_and_looks_the_same(qtbot: QtBot, whole_at_once: bool) -> None:
    """Streamed, its finished lines go in a piece at a time; arrived whole, it goes in over several slices.
    Either way it ends up as one block, coloured as if highlighted in one go."""
    view = make_view(qtbot)
    text = f"Intro.\n\n```python\n{LONG_CODE}```\n\nAfter.\n"
    finished: list[bool] = []
    view.sig_finished.connect(lambda: finished.append(True))
    if whole_at_once:
        view.set_markdown(text)
        assert not finished
        run_events(lambda: bool(finished))
    else:
        stream(view, text, list(range(0, len(text), 7)))
    reference = whole(view, text)
    assert structure(view.document()) == structure(reference)
    assert picture(view.document(), 600) == picture(reference, 600)
    assert view.code_block(0) == LONG_CODE.removesuffix("\n")


def test_code_background_survives_every_way_in(qtbot: QtBot) -> None:
    """A code block's background (a block format) stays when it comes first, after a rule, after a table."""
    view = make_view(qtbot)
    for text in ("```\nx\n```", "***\n\n```\nx\n```", "| a |\n|---|\n| 1 |\n\n```\nx\n```"):
        view.clear()
        stream(view, text, [3, 9])
        backgrounds = [b for b in map(background, iter_blocks(view.document())) if b]
        # the header with the copy link, then the code
        assert backgrounds == [theme.LIGHT.code_header, theme.LIGHT.code_bg], text
