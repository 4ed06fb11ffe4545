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

# QTextDocument understands only a CSS subset: colours, weights and backgrounds on spans and blocks; tables take
# padding from HTML attributes, and draw inner borders only with border-collapse and an explicit border-style.
_CODE_BACKGROUND = "#f6f8fa"
_INLINE_CODE_BACKGROUND = "#eff1f3"
_TABLE = (
    '<table border="1" cellspacing="0" cellpadding="6"'
    ' style="border-collapse: collapse; border-color: #d0d7de; border-style: solid">'
)
_QUOTE = '<blockquote style="color: #57606a">'
_FORMATTER = HtmlFormatter(noclasses=True, nowrap=True, style="default")
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
        token = tokens[idx]
        language = token.info.strip().split(maxsplit=1)[0] if token.info.strip() else ""
        return self._code(token.content, language, env)

    def code_block(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return self._code(tokens[idx].content, "", env)

    @staticmethod
    def _code(content: str, language: str, env: EnvType) -> str:
        code = content.removesuffix("\n")
        lexer = _lexer(language) if language else None
        body = highlight(code, lexer, _FORMATTER).removesuffix("\n") if lexer else escapeHtml(code)
        number = env["first_code"] + len(env["code"])
        env["code"].append(code)
        label = escapeHtml(env["copy_label"])
        return (
            f'<pre style="background-color: {_CODE_BACKGROUND}; white-space: pre-wrap">{body}</pre>'
            f'<p style="margin-top: 2px; font-size: small"><a href="copy:{number}">{label}</a></p>'
        )

    def code_inline(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return f'<code style="background-color: {_INLINE_CODE_BACKGROUND}">{escapeHtml(tokens[idx].content)}</code>'

    def table_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return _TABLE

    def blockquote_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return _QUOTE

    def th_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return self._cell("th", tokens[idx])

    def td_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        return self._cell("td", tokens[idx])

    @staticmethod
    def _cell(tag: str, token: Token) -> str:
        # QTextDocument aligns table cells by the HTML attribute and ignores text-align in their style.
        align = _ALIGN.search(str(token.attrGet("style") or ""))
        return f'<{tag} align="{align.group(1)}">' if align else f"<{tag}>"

    def image(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        # A link instead of an <img>: QTextBrowser would load the picture from a local path the bot names.
        token = tokens[idx]
        alt = self.renderInlineAsText(token.children, options, env) or str(token.attrGet("src"))
        return f'<a href="{escapeHtml(str(token.attrGet("src")))}">{escapeHtml(alt)}</a>'

    def softbreak(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType) -> str:
        # A line break inside a paragraph is a space between words, but nothing between two Chinese characters.
        before = tokens[idx - 1].content[-1:] if idx else ""
        after = tokens[idx + 1].content[:1] if idx + 1 < len(tokens) else ""
        return "" if before and after and _is_wide(before) and _is_wide(after) else "\n"


def _parser() -> MarkdownIt:
    # html=False: the bot's text must never inject markup (scripts, images with handlers, forms).
    linkify = importlib.util.find_spec("linkify_it") is not None
    md = MarkdownIt("commonmark", {"html": False, "linkify": linkify}, renderer_cls=_QtRenderer)
    return md.enable(["table", "strikethrough", *(["linkify"] if linkify else [])])


_MD = _parser()
_BLOCKS_ONLY = MarkdownIt("commonmark", {"html": False}).disable(["inline", "text_join"])  # finds link definitions

References = dict[str, dict[str, str]]


def render(
    markdown: str,
    *,
    first_code: int = 0,
    copy_label: str = "Copy",
    references: References | None = None,
    after: OrderedList | None = None,
) -> Rendered:
    """Render ``markdown``, one block of a message or all of it.

    Code blocks get "copy:<n>" links numbered from ``first_code``. ``references`` are link reference definitions
    from elsewhere in the message (see ``link_references``); ``after`` is the ordered list the previous block ended
    with.
    """
    env: EnvType = {"first_code": first_code, "code": [], "copy_label": copy_label}
    if references:
        env["references"] = dict(references)
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


def render_html(markdown: str, *, copy_label: str = "Copy") -> str:
    """HTML for QTextDocument of a whole message (code blocks numbered from 0)."""
    return render(markdown, copy_label=copy_label).html


_FENCE_OPEN = re.compile(r"( {0,3})(`{3,}|~{3,})(.*)")
_FENCE_CLOSE = re.compile(r" {0,3}(`{3,}|~{3,})[ \t]*")
_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:", re.MULTILINE)


def link_references(markdown: str) -> References:
    """The link reference definitions (``[label]: url``) of ``markdown``, which a block rendered alone cannot see."""
    if _REFERENCE.search(markdown) is None:
        return {}
    splitter = BlockSplitter()
    splitter.feed(markdown)
    splitter.finish()
    env: EnvType = {}
    _BLOCKS_ONLY.parse("".join(block for block in splitter.take_closed() if _REFERENCE.search(block)), env)
    return env.get("references", {})


@dataclass(frozen=True, slots=True)
class _Fence:
    char: str
    length: int
    top_level: bool  # opened at column 0, so nothing encloses it

    def closed_by(self, line: str) -> bool:
        match = _FENCE_CLOSE.fullmatch(line)
        return match is not None and match.group(1)[0] == self.char and len(match.group(1)) >= self.length


class BlockSplitter:
    """Cuts a streamed markdown text into top-level blocks that no later text can change, and the open tail.

    Closed blocks keep their separators (trailing blank lines), so ``"".join(all closed blocks) + tail`` is the text
    fed so far. A block closes only where markdown-it ends every open construct, so rendering block by block looks
    like rendering the whole text: at a blank line followed by a line at column 0 (outside fenced code), after a
    fenced code block opened at column 0, around a heading at column 0, and where a table meets a block quote.
    """

    def __init__(self) -> None:
        self._closed: list[str] = []
        self._lines: list[str] = []  # complete lines of the open block
        self._partial = ""  # the line being received
        self._content = False  # the open block has a non-blank line
        self._fence: _Fence | None = None
        self._table = False  # the open block starts with a table row
        self._after_blank = False  # a blank line ended the block's content: a line at column 0 starts a new block

    @property
    def tail(self) -> str:
        """The text of the open block."""
        return "".join(self._lines) + self._partial

    def feed(self, delta: str) -> None:
        """Append ``delta`` to the text."""
        text = self._partial + delta
        start = 0
        while (end := text.find("\n", start)) != -1:
            self._line(text[start : end + 1])
            start = end + 1
        self._partial = text[start:]
        # Start the next block as soon as its first character shows it, not only when its line is complete.
        if self._after_blank and self._partial[:1] not in ("", " ", "\t", "\r"):
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
        self._lines, self._content, self._fence, self._table, self._after_blank = [], False, None, False, False

    def _close(self) -> None:
        if self._content:
            self._closed.append("".join(self._lines))
            self._lines, self._content, self._table = [], False, False
        self._after_blank = False

    def _line(self, line: str) -> None:
        bare = line.rstrip("\r\n")
        if self._fence is not None:
            self._lines.append(line)
            if self._fence.closed_by(bare):
                top_level, self._fence = self._fence.top_level, None
                if top_level:
                    self._close()
            return
        if not bare.strip(" \t"):  # blank (not str.strip(): an ideographic space is text)
            self._lines.append(line)
            self._after_blank = self._content
            return
        at_column_0 = bare[0] not in " \t"
        fence = _FENCE_OPEN.fullmatch(bare)
        if fence and fence.group(2)[0] == "`" and "`" in fence.group(3):
            fence = None  # an info string with a backtick makes this inline code, not a fence
        heading = at_column_0 and _HEADING.match(bare) is not None
        # A fence or heading at column 0 interrupts whatever is open; so does a block quote after a table.
        interrupts = fence is not None or heading or (self._table and bare[0] == ">")
        if at_column_0 and (self._after_blank or interrupts):
            self._close()
        if not self._content:
            self._table = bare[0] == "|"
        self._lines.append(line)
        self._content, self._after_blank = True, False
        if fence:
            self._fence = _Fence(fence.group(2)[0], len(fence.group(2)), top_level=not fence.group(1))
        elif heading:
            self._close()
