"""Markdown to QTextDocument-friendly HTML, and an incremental splitter of a streamed answer into finished blocks."""

from __future__ import annotations

import functools
import importlib.util
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import LEXERS, get_lexer_by_name

from . import theme


@dataclass(frozen=True, slots=True)
class _Colours:
    """Colours for a light or a dark palette (text itself keeps the palette's colour)."""

    code_background: str
    inline_code_background: str
    quote: str
    table_border: str
    code: HtmlFormatter  # pygments with inline styles only: QTextDocument has no style sheet classes for it
    code_header: str  # the strip above a code block with its language and copy link


def _colours(t: theme.Tokens, style: str) -> _Colours:
    return _Colours(
        t.code_bg, t.code_bg, t.text_muted, t.border, HtmlFormatter(noclasses=True, nowrap=True, style=style),
        t.code_header,
    )


# The design's tokens (docs/design.md): code on code_bg under a code_header strip, quotes in text_muted.
_LIGHT = _colours(theme.LIGHT, "default")
_DARK = _colours(theme.DARK, "github-dark")
COPY_GLYPH = "\u2750"  # ❐: two stacked sheets, in DejaVu Sans and Noto; text, so no image resource is needed
_LANGUAGE_SHOWN = 24  # characters of a fence's language shown in its header (the bot's text)
# Citation markers as answers write them: [1] or the full-width 【1】 of Chinese answers.
CITATION = re.compile(r"\[(\d{1,3})\]|【(\d{1,3})】")
_ALIGN = re.compile(r"text-align:(left|right|center)")


@dataclass(frozen=True, slots=True)
class OrderedList:
    """A top-level ordered list at the end of a block: a list with the same delimiter that starts the next block
    continues it (the blank line between their items split them), so its numbers go on from ``next_number``."""

    delimiter: str
    next_number: int


@dataclass(frozen=True, slots=True)
class Rendered:
    """HTML of a piece of markdown, the raw text of its code blocks (numbered from ``first_code`` in their "copy:"
    links), and the ordered list it ends with, if any."""

    html: str
    code: tuple[str, ...]
    ordered_list: OrderedList | None


# Built-in lexers only: looking up an unknown name also scans installed packages for plugins, ~50 ms each time.
_LANGUAGES = frozenset(alias for _module, _name, aliases, _files, _mimes in LEXERS.values() for alias in aliases)
COMMON_LANGUAGES = (
    "python", "javascript", "typescript", "bash", "json", "java", "c", "cpp", "csharp", "go", "rust", "sql",
    "html", "css", "xml", "yaml", "toml", "ini", "diff", "markdown", "php", "ruby", "kotlin", "swift", "powershell",
)


@functools.lru_cache(maxsize=128)
def _lexer(language: str) -> Lexer | None:
    language = language.lower()
    return get_lexer_by_name(language, stripnl=False) if language in _LANGUAGES else None


def warm_up(languages: Iterable[str] = COMMON_LANGUAGES) -> None:
    """Load the lexers of ``languages`` now: pygments compiles a lexer's patterns on first use, up to 100 ms."""
    for language in languages:
        _lexer(language)


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


class _QtRenderer(RendererHTML):
    """markdown-it's HTML renderer with the markup QTextDocument needs."""

    def renderToken(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        # Qt turns the newlines markdown-it puts between block tags into stray spaces at the ends of paragraphs.
        return super().renderToken(tokens, idx, options, env).replace("\n", "")

    def fence(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return self._code(tokens[idx].content, fence_language(tokens[idx].info), env)

    def code_block(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return self._code(tokens[idx].content, "", env)

    @staticmethod
    def _code(content: str, language: str, env: EnvType) -> str:
        lines = content.removesuffix("\n").split("\n")
        number = env["first_code"] + len(env["code"])
        env["code"].append("\n".join(lines))
        return code_piece(lines, 0, language, dark=env["colours"] is _DARK, copy=(number, env["copy_label"]))

    def text(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        html = escapeHtml(tokens[idx].content)
        sources = env.get("sources", 0)
        if not sources or ("[" not in html and "【" not in html) or _inside_link(tokens, idx):
            return html
        # A marker becomes a link only when a source with its number exists: "[3]" in prose stays text.
        return CITATION.sub(lambda m: _marker(int(m.group(1) or m.group(2)), m.group(0), sources), html)

    def paragraph_close(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        html = self.renderToken(tokens, idx, options, env)
        inferred = env.get("inferred")
        text = _cited_text(tokens, idx) if inferred else None
        number = inferred.source_of(text) if inferred and text else 0
        return _marker(number, f"[{number}]", number) + html if number else html

    def code_inline(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        background = env["colours"].inline_code_background
        return f'<code style="background-color: {background}">{escapeHtml(tokens[idx].content)}</code>'

    def table_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        # QTextDocument takes a table's padding from HTML attributes, and draws the lines between cells only with
        # border-collapse and an explicit border-style.
        return (
            '<table border="1" cellspacing="0" cellpadding="6" style="border-collapse: collapse;'
            f' border-color: {env["colours"].table_border}; border-style: solid">'
        )

    # Qt drops an empty block quote from a whole document but keeps an empty line for it in inserted HTML, so a
    # message rendered block by block would differ: leave it out.
    def blockquote_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        if tokens[idx + 1].type == "blockquote_close":
            return ""
        return f'<blockquote style="color: {env["colours"].quote}">'

    def blockquote_close(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return "" if tokens[idx - 1].type == "blockquote_open" else "</blockquote>"

    # Empty cells and list items get a no-break space: Qt drops an empty list item (and renumbers the rest) and, after
    # a table whose last cell is empty, the line that follows it, but only when it reads a whole document.
    def list_item_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return "<li>&nbsp;" if tokens[idx + 1].type == "list_item_close" else "<li>"

    def th_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return self._cell("th", tokens, idx)

    def td_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return self._cell("td", tokens, idx)

    @staticmethod
    def _cell(tag: str, tokens: Sequence[Token], idx: int) -> str:
        # QTextDocument aligns table cells by the HTML attribute and ignores text-align in their style.
        align = _ALIGN.search(str(tokens[idx].attrGet("style") or ""))
        empty = "&nbsp;" if not tokens[idx + 1].content else ""
        return (f'<{tag} align="{align.group(1)}">' if align else f"<{tag}>") + empty

    def image(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        # A link instead of an <img>: QTextBrowser would load the picture from a local path the bot names.
        token = tokens[idx]
        alt = self.renderInlineAsText(token.children, options, env) or str(token.attrGet("src"))
        return f'<a href="{escapeHtml(str(token.attrGet("src")))}">{escapeHtml(alt)}</a>'

    def softbreak(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        # A line break inside a paragraph is a space between words, but nothing between two Chinese characters.
        before = tokens[idx - 1].content[-1:] if idx else ""
        after = tokens[idx + 1].content[:1] if idx + 1 < len(tokens) else ""
        if env.get("breaks"):  # a source's text: its lines are lines
            return "<br />"
        return "" if before and after and _is_wide(before) and _is_wide(after) else "\n"


def _parser() -> MarkdownIt:
    # html=False: the bot's text must never inject markup (scripts, images with handlers, forms).
    linkify = importlib.util.find_spec("linkify_it") is not None
    md = MarkdownIt("commonmark", {"html": False, "linkify": linkify}, renderer_cls=_QtRenderer)
    return md.enable(["table", "strikethrough", *(["linkify"] if linkify else [])])


def _cited_text(tokens: Sequence[Token], idx: int) -> str | None:
    """What a marker after the paragraph closed at ``idx`` would stand for: the paragraph, at the top level; a whole
    top-level list, after the last paragraph of its last item (its items alone are too short to judge); else None."""
    if tokens[idx - 1].type != "inline":
        return None
    if tokens[idx].level == 0:
        return tokens[idx - 1].content
    after = tokens[idx + 1 : idx + 3]
    if len(after) < 2 or after[0].type != "list_item_close" or not after[1].type.endswith("_list_close"):
        return None
    if after[1].level != 0:
        return None
    start = idx
    while start > 0 and not (tokens[start].type.endswith("_list_open") and tokens[start].level == 0):
        start -= 1
    return "\n".join(t.content for t in tokens[start:idx] if t.type == "inline")


def _inside_link(tokens: Sequence[Token], idx: int) -> bool:
    depth = 0
    for token in tokens[:idx]:
        depth += token.nesting if token.type in ("link_open", "link_close") else 0
    return depth > 0


def _marker(number: int, written: str, sources: int) -> str:
    if not 1 <= number <= sources:
        return written
    return f'<a href="cite:{number}" style="text-decoration: none"><sup>[{number}]</sup></a>'


_GRAM = 3
_MIN_CITED = 40  # characters of a paragraph (without spaces) for it to be matched: shorter ones share common words
_CITED_SHARE = 0.6  # of a paragraph's trigrams that must be in one source for the paragraph to cite it
_MATCHED_CHARS = 4000  # of a paragraph or a source: a huge one is judged by its beginning


@functools.lru_cache(maxsize=256)
def _grams(text: str) -> frozenset[str]:
    squeezed = "".join(text[:_MATCHED_CHARS].casefold().split()).translate(_EMPHASIS)
    return frozenset(squeezed[i : i + _GRAM] for i in range(len(squeezed) - _GRAM + 1))


_EMPHASIS = str.maketrans("", "", "*_`#>|")


class InferredCitations:
    """Markers for an answer that cites nothing itself: after each paragraph taken mostly from one source (most of
    its character trigrams are in that source's text), that source's number."""

    def __init__(self, sources: Sequence[str]) -> None:
        self._sources = [_grams(text) for text in sources]

    def source_of(self, paragraph: str) -> int:
        """The 1-based number of the source ``paragraph`` was taken from, or 0."""
        grams = _grams(paragraph)
        if len(grams) < _MIN_CITED - _GRAM + 1:
            return 0
        best, number = _CITED_SHARE, 0
        for i, source in enumerate(self._sources, start=1):
            share = len(grams & source) / len(grams)
            if share >= best:
                best, number = share, i
        return number


def has_citations(markdown: str) -> bool:
    """Whether ``markdown`` writes citation markers itself ([1], 【1】)."""
    return CITATION.search(markdown) is not None


_MD = _parser()
# The block structure as _MD sees it, without the inline work: for link definitions and block boundaries.
_BLOCK_PARSER = MarkdownIt("commonmark", {"html": False}).enable("table").disable(["inline", "text_join"])

References = dict[str, dict[str, str]]


def render(
    markdown: str,
    *,
    first_code: int = 0,
    copy_label: str = "Copy",
    references: References | None = None,
    after: OrderedList | None = None,
    dark: bool = False,
    sources: Sequence[str] = (),
    infer: bool = False,
    breaks: bool = False,
) -> Rendered:
    """Render ``markdown``, one block of a message or all of it, in colours for a light or ``dark`` palette.

    Code blocks get "copy:<n>" links numbered from ``first_code``. ``references`` are link reference definitions
    from elsewhere in the message (see ``link_references``); ``after`` is the ordered list the previous block ended
    with. Markers [n] for which one of ``sources`` (their texts) exists become "cite:<n>" links; with ``infer``, an
    answer that writes none gets them after the paragraphs taken from a source. With ``breaks``, every newline
    inside a paragraph is a line break (document text, whose lines matter).
    """
    colours = _DARK if dark else _LIGHT
    env: EnvType = {"first_code": first_code, "code": [], "copy_label": copy_label, "colours": colours}
    if references:
        env["references"] = dict(references)
    if breaks:
        env["breaks"] = True
    if sources:
        env["sources"] = len(sources)
        if infer:
            env["inferred"] = InferredCitations(sources)
    tokens = _MD.parse(markdown, env)
    if after and tokens and tokens[0].type == "ordered_list_open" and tokens[0].markup == after.delimiter:
        tokens[0].attrSet("start", after.next_number)
    html = _MD.renderer.render(tokens, _MD.options, env)
    return Rendered(html, tuple(env["code"]), _trailing_ordered_list(tokens))


def _trailing_ordered_list(tokens: Sequence[Token]) -> OrderedList | None:
    if not tokens or tokens[-1].type != "ordered_list_close" or tokens[-1].level != 0:
        return None
    items = 0
    for token in reversed(tokens):
        if token.type == "list_item_open" and token.level == 1:
            items += 1
        elif token.type == "ordered_list_open" and token.level == 0:
            return OrderedList(token.markup, int(token.attrGet("start") or 1) + items)
    return None


def fence_language(info: str) -> str:
    """The language of a fenced code block: the first word of its info string."""
    return info.split(maxsplit=1)[0] if info.strip() else ""


def fenced_code(markdown: str) -> tuple[str, list[str]]:
    """The language and the lines of the fenced code block that ``markdown`` starts with."""
    fence = next(token for token in _BLOCK_PARSER.parse(markdown) if token.type == "fence")
    return fence_language(fence.info), fence.content.removesuffix("\n").split("\n")


def code_lines(text: str) -> list[str]:
    """The lines of code ``text`` (NULs replaced, as markdown-it does)."""
    return text.replace("\r\n", "\n").replace("\0", "\ufffd").split("\n")


_LEXING_REACH = 120  # lines before a piece of a code block where the lexer may start
_LOOKAHEAD = 30  # lines after a piece that the lexer reads too: some tokens (a docstring) are known by their end


def _lexing_start(lines: Sequence[str], start: int) -> int:
    """The line to start lexing at, to highlight the lines from ``start`` on. The lexer knows nothing of what came
    before, so this is the last line, at most 120 back, that is as far left as any there and does not start with a
    quote or a star (the inside of a string or comment): there it is most likely at the top level."""
    low = max(0, start - _LEXING_REACH)
    margins = {i: len(lines[i]) - len(lines[i].lstrip(" \t")) for i in range(low, start) if lines[i].strip()}
    candidates = [i for i, margin in margins.items() if lines[i][margin] not in "\"'`*"]
    if low == 0 or not candidates:
        return low
    leftmost = min(margins[i] for i in candidates)
    return max(i for i in candidates if margins[i] == leftmost)


def code_piece(
    lines: Sequence[str],
    start: int,
    language: str,
    *,
    end: int | None = None,
    dark: bool = False,
    copy: tuple[int, str] | None = None,
) -> str:
    """HTML of the lines ``start:end`` of a code block: all of it, or a piece of a long one that goes into the
    document a piece at a time. The lexer also reads lines before the piece, from where it most likely is at the top
    level, and up to 30 after it. ``copy`` is the block's number and the label for its "copy:<n>" link, which goes
    in a header above the block with its language (so only with the first piece)."""
    colours = _DARK if dark else _LIGHT
    end = len(lines) if end is None else end
    html = ""
    if copy and copy[1] and start == 0:  # no label: no header (a source card's code cannot be copied)
        html = code_header(language, copy[0], copy[1], colours)
    if start < end and not (end - start == 1 and not lines[start] and html):
        # (An empty block is its header alone: Qt drops an empty <pre> from a whole document, not from inserted HTML.)
        # Qt drops a newline right after <pre> and right before </pre>: these two keep empty first and last lines.
        body = _code_body(lines, start, end, language, colours)
        top = "margin-top: 0; " if html else ""
        html += (
            f'<pre style="{top}background-color: {colours.code_background}; white-space: pre-wrap">\n{body}\n</pre>'
        )
    return html


def code_header(language: str, number: int, label: str, colours: _Colours = _LIGHT) -> str:
    """The strip above code block ``number``: its language (or nothing) and a "❐ Copy" link "copy:<n>"."""
    shown = language if len(language) <= _LANGUAGE_SHOWN else language[: _LANGUAGE_SHOWN - 1] + "…"
    return (
        f'<p style="margin-top: 6px; margin-bottom: 0; font-size: small; background-color: {colours.code_header};'
        f' color: {colours.quote}">&nbsp;{escapeHtml(shown)}&nbsp;&nbsp;&nbsp;'
        f'<a href="copy:{number}" style="text-decoration: none">{COPY_GLYPH}&nbsp;{escapeHtml(label)}</a></p>'
    )


def _code_body(lines: Sequence[str], start: int, end: int, language: str, colours: _Colours) -> str:
    lexer = _lexer(language) if language else None
    if lexer is None:
        return escapeHtml("\n".join(lines[start:end]))
    first, last = _lexing_start(lines, start), min(len(lines), end + _LOOKAHEAD)
    # A newline after the last line keeps an empty last line: pygments would otherwise add just one.
    html = highlight("\n".join(lines[first:last]) + "\n", lexer, colours.code)
    return "\n".join(html[:-1].split("\n")[start - first : end - first])


def render_html(markdown: str, *, copy_label: str = "Copy", dark: bool = False) -> str:
    """HTML for QTextDocument of a whole message (code blocks numbered from 0)."""
    return render(markdown, copy_label=copy_label, dark=dark).html


CACHED_CHARS = 6000  # messages up to this long are rendered whole and kept in the cache; longer ones go in slices


@functools.lru_cache(maxsize=512)
def render_cached(
    markdown: str, *, copy_label: str = "Copy", dark: bool = False, sources: tuple[str, ...] = (), infer: bool = False
) -> Rendered:
    """``render`` of a whole finished message, remembered: a message scrolled out of the window and built again, or
    shown again in another conversation, costs no parse and no highlighting. Keyed by the text, the theme's
    darkness, the label and the sources; at most 512 messages of at most ``CACHED_CHARS`` (~15 MB of HTML)."""
    return render(markdown, copy_label=copy_label, dark=dark, sources=sources, infer=infer)


_FENCE_OPEN = re.compile(r"( {0,3})(`{3,}|~{3,})(.*)")
_FENCE_CLOSE = re.compile(r" {0,3}(`{3,}|~{3,})[ \t]*")
_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:", re.MULTILINE)
_SENTINEL = "x\n"  # stands for a line at column 0 of which only the first character, not a fence's, is known


def link_references(markdown: str) -> References:
    """The link reference definitions (``[label]: url``) of ``markdown``, which a block rendered alone cannot see."""
    if _REFERENCE.search(markdown) is None:
        return {}
    splitter = BlockSplitter()
    splitter.feed(markdown)
    splitter.finish()
    env: EnvType = {}
    # Blank lines keep each block as it is in the whole text: a block parsed right after another could continue it.
    _BLOCK_PARSER.parse("\n\n".join(block for block in splitter.take_closed() if _REFERENCE.search(block)), env)
    return env.get("references", {})


def fence_start(markdown: str) -> int | None:
    """Where the code starts if ``markdown`` (after blank lines) opens a fenced code block at column 0, else None."""
    start = 0
    while (end := markdown.find("\n", start)) != -1:
        line = markdown[start:end].rstrip("\r")
        if line.strip(" \t"):
            opener = _fence_opener(line)
            return end + 1 if opener and not opener.group(1) else None
        start = end + 1
    return None


def _fence_opener(line: str) -> re.Match[str] | None:
    match = _FENCE_OPEN.fullmatch(line)
    # A backtick in the info string makes the line inline code, not a fence.
    return None if match is None or (match.group(2)[0] == "`" and "`" in match.group(3)) else match


def _starts_block(block: str, line: str) -> bool:
    """Whether markdown-it starts a top-level block, or an item of a top-level list, at ``line`` after ``block``."""
    number = block.count("\n")
    return any(
        token.map is not None
        and token.map[0] == number
        and token.nesting >= 0
        and (token.level == 0 or (token.level == 1 and token.type == "list_item_open"))
        for token in _BLOCK_PARSER.parse(block + line)
    )


@dataclass(frozen=True, slots=True)
class _Fence:
    char: str
    length: int

    def closed_by(self, line: str) -> bool:
        match = _FENCE_CLOSE.fullmatch(line)
        return match is not None and match.group(1)[0] == self.char and len(match.group(1)) >= self.length


class BlockSplitter:
    """Cuts a streamed markdown text into top-level blocks that no later text can change, and the open tail.

    Closed blocks keep their separators (trailing blank lines), so ``"".join(all closed blocks) + tail`` is the text
    fed so far. Blocks close where markdown-it starts a new top-level block (or an item of a top-level list), so
    rendering block by block looks like rendering the whole text. Candidates are cheap to spot: a line at column 0
    after a blank line, a heading or fence at column 0, a block quote after a table, the end of a fenced code block
    that starts a block. Only when the block holds a fence that may still be open (one inside a list, say) does
    markdown-it itself confirm the candidate.
    """

    def __init__(self) -> None:
        self._closed: list[str] = []
        self._lines: list[str] = []  # complete lines of the open block
        self._partial = ""  # the line being received
        self._content = False  # the open block has a non-blank line
        self._fence: _Fence | None = None  # the open block is a fenced code block that is still open
        self._unsure = False  # the open block holds some other fence, which may still be open
        self._table = False  # the open block starts with a table row
        self._after_blank = False  # a blank line ended the block's content

    @property
    def tail(self) -> str:
        """The text of the open block."""
        return "".join(self._lines) + self._partial

    @property
    def in_code(self) -> bool:
        """The open block is a fenced code block at the top level, still open: its complete lines stay as they are."""
        return self._fence is not None

    def feed(self, delta: str) -> None:
        """Append ``delta`` to the text."""
        if "\n" in delta:
            text, start = self._partial + delta, 0
            while (end := text.find("\n", start)) != -1:
                self._line(text[start : end + 1])
                start = end + 1
            self._partial = text[start:]
        else:
            self._partial += delta
        # After a blank line, the first character of a line at column 0 decides, unless it may close a fence.
        if self._after_blank and self._partial[:1] not in ("", " ", "\t", "\r", "`", "~"):
            self._after_blank = False
            if self._breaks(_SENTINEL):
                self._close()

    def take_closed(self) -> list[str]:
        """The blocks closed since the last call, in order."""
        closed, self._closed = self._closed, []
        return closed

    def finish(self) -> None:
        """The text is complete: close the tail."""
        if self._partial:
            self._line(self._partial)
            self._partial = ""
        if self._lines:
            self._closed.append("".join(self._lines))
        self._lines, self._content, self._fence, self._unsure, self._table, self._after_blank = (
            [], False, None, False, False, False
        )

    def _close(self) -> None:
        if self._content:
            self._closed.append("".join(self._lines))
            self._lines, self._content, self._unsure, self._table = [], False, False, False
        self._after_blank = False

    def _breaks(self, line: str) -> bool:
        """Whether a new block starts at ``line`` (a candidate) after the open block."""
        return self._content and (not self._unsure or _starts_block("".join(self._lines), line))

    def _line(self, line: str) -> None:
        bare = line.rstrip("\r\n")
        if self._fence is not None:
            self._lines.append(line)
            if self._fence.closed_by(bare):
                self._fence = None
                self._close()  # a fenced code block that starts a block is at the top level: nothing follows it
            return
        if not bare.strip(" \t"):  # blank (not str.strip(): an ideographic space is text)
            self._lines.append(line)
            self._after_blank = self._content
            return
        fence = _fence_opener(bare)
        if bare[0] not in " \t":
            # A fence or heading at column 0 interrupts whatever is open; so does a block quote after a table.
            heading = _HEADING.match(bare) is not None
            if (self._after_blank or fence or heading or (self._table and bare[0] == ">")) and self._breaks(line):
                self._close()
            if not self._content:
                self._table = bare[0] == "|"
                if fence:
                    self._fence, fence = _Fence(fence.group(2)[0], len(fence.group(2))), None
            if heading and not self._unsure:
                self._lines.append(line)
                self._content, self._after_blank = True, False
                self._close()
                return
        self._unsure = self._unsure or fence is not None
        self._lines.append(line)
        self._content, self._after_blank = True, False
