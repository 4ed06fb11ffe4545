"""Contrast (WCAG 2 relative luminance): every text and icon colour of both palettes against its backgrounds."""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolButton, QWidget

from coze_desktop.ui.markdown import render
from coze_desktop.ui.theme import DARK, LIGHT, USAGE, Tokens, apply_theme, as_dict, palette, stylesheet

THEMES = pytest.mark.parametrize("tokens", [LIGHT, DARK], ids=["light", "dark"])
TEXT = 4.5  # WCAG AA for body text and for the icons that carry meaning (issue 14)
DISABLED = 3.0  # inactive controls are exempt in WCAG; ours must still be seen


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    assert q.isValid(), colour
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic "just fails" grey
    assert contrast("#2b2d30", "#35373b") < 1.5  # what the old dark theme's player icons had, roughly


@THEMES
def test_every_token_pairing_reaches_its_minimum(tokens: Tokens) -> None:
    values = as_dict(tokens)
    low = [f"{fg} {values[fg]} on {bg} {values[bg]}: {contrast(values[fg], values[bg]):.2f} < {least}"
           for fg, backgrounds, least in USAGE for bg in backgrounds
           if contrast(values[fg], values[bg]) < least]
    assert not low, "\n".join(low)


@THEMES
def test_the_qt_palette_pairs(tokens: Tokens) -> None:
    """What unstyled widgets (menus, dialogs, lists, tooltips) paint with."""
    pal = palette(tokens)
    role = QPalette.ColorRole
    pairs = [(role.Text, role.Base), (role.WindowText, role.Window), (role.ButtonText, role.Button),
             (role.HighlightedText, role.Highlight), (role.PlaceholderText, role.Base), (role.Link, role.Base),
             (role.ToolTipText, role.ToolTipBase), (role.Text, role.AlternateBase), (role.Link, role.Window)]
    for fg, bg in pairs:
        ratio = contrast(pal.color(fg).name(), pal.color(bg).name())
        assert ratio >= TEXT, f"{fg.name} on {bg.name}: {ratio:.2f}"
    for fg in (role.Text, role.ButtonText, role.WindowText):
        disabled = pal.color(QPalette.ColorGroup.Disabled, fg).name()
        assert contrast(disabled, pal.color(QPalette.ColorRole.Window).name()) >= DISABLED


RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
HEX = r"(#[0-9a-fA-F]{6})\b"


def rules(sheet: str) -> Iterator[tuple[str, str | None, str | None]]:
    """(selector, colour, background) of each rule that sets either with a hex value."""
    for selector, body in RULE.findall(sheet):
        colour = re.search(r"(?<![-\w])color:\s*" + HEX, body)
        background = re.search(r"(?<![-\w])background(?:-color)?:\s*" + HEX, body)
        if colour or background:
            yield (" ".join(selector.split()), colour and colour.group(1), background and background.group(1))


@THEMES
def test_every_stylesheet_rule_is_readable(tokens: Tokens) -> None:
    """Each rule's text on its own background; a text colour without one on every surface it may sit on; a
    background without a text colour under the inherited text. Rules added later for new widgets are held too."""
    sheet = stylesheet(tokens)
    checked, low = 0, []
    for selector, colour, background in rules(sheet):
        least = DISABLED if ":disabled" in selector else TEXT
        if "::" in selector and colour is None:
            continue  # a scroll bar's handle or a splitter line: decoration, no text on it
        text = colour or tokens.text
        for bg in [background] if background else [tokens.window, tokens.surface, tokens.card]:
            checked += 1
            if contrast(text, bg) < least:
                low.append(f"{selector}: {text} on {bg} = {contrast(text, bg):.2f} < {least}")
    assert checked >= 20, "the stylesheet no longer has the rules this test reads"
    assert not low, "\n".join(low)


CODE_SAMPLE = '''> a quoted line

```python
@decorator
async def play(name: str) -> str:  # 本地插件 comment
    """Docstring."""
    return json.dumps({"playing": 1, "x": None}, ensure_ascii=False) + f"{name!r}"
```

```bash
$ echo "hi" | grep -v x > /dev/null  # comment
```

```json
{"a": [1, true, null, "s"]}
```
'''


# The dark code style (pygments' github-dark) draws comments in #6E7681, 3.77:1 on its #161b22: markdown.py's
# owner is to override it (and to take the code colours from theme.Tokens). Strict: passing makes this fail.
DARK_COMMENTS = pytest.mark.xfail(strict=True, reason="github-dark comments are 3.77:1 (coze_desktop/ui/markdown.py)")


@pytest.mark.parametrize("dark", [False, pytest.param(True, marks=DARK_COMMENTS)], ids=["light", "dark"])
def test_syntax_colours_in_code_blocks(dark: bool) -> None:
    """Every colour pygments gives code (comments included) against the code block's own background."""
    html = render(CODE_SAMPLE, dark=dark).html
    backgrounds = set(re.findall(r"<pre style=\"[^\"]*background-color:\s*" + HEX, html))
    assert len(backgrounds) == 1, backgrounds
    background = backgrounds.pop()
    colours = set(re.findall(r"(?<![-\w])color:\s*" + HEX, html))
    assert len(colours) >= 5, "no syntax colours found: the markup changed, update this test"
    low = sorted(f"{c}: {contrast(c, background):.2f}" for c in colours if contrast(c, background) < TEXT)
    assert not low, f"on {background}: " + ", ".join(low)


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "light")
    qapp.setStyleSheet("")


def ink(image: QImage, *ignore: str) -> tuple[str, str]:
    """(background, ink): the colour covering most of the image, and of the colours drawn on it (not the
    ``ignore``d ones) the one standing out most — the foreground itself, where it fully covers a pixel; the edges of
    thin strokes and small text are blends between the two, never further from the background."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    counts: Counter[str] = Counter(image.pixelColor(x, y).name()
                                   for y in range(image.height()) for x in range(image.width()))
    background = counts.most_common(1)[0][0]
    drawn = [c for c in counts if c != background and c not in ignore]
    assert drawn, "nothing drawn"
    return background, max(drawn, key=lambda c: contrast(c, background))


@pytest.mark.parametrize("theme_name", ["light", "dark"])
async def test_player_controls_are_seen_in_both_themes(themed: QApplication, theme_name: str, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The player bar as painted (issue 14 saw its dark-theme controls at ~1.4:1): each enabled icon button's
    drawn colour against the bar's background."""
    from coze_desktop.plugins import VolumeModel
    from coze_desktop.plugins.player import create_player
    from coze_desktop.ui.player_bar import PlayerBar

    monkeypatch.setenv("COZE_DESKTOP_VLC_ARGS", f"--aout=afile --audiofile-file={tmp_path / 'o.wav'}")
    tokens = apply_theme(themed, theme_name)
    themed.setStyleSheet(stylesheet())
    volume = VolumeModel(50)
    player = create_player(volume, asyncio.get_running_loop())
    if player.problem:
        pytest.skip(f"libVLC cannot run here: {player.problem}")
    bar = PlayerBar(player, volume)
    bar.resize(900, 56)
    bar.show()
    await asyncio.sleep(0.05)
    buttons = [b for b in bar.findChildren(QToolButton) if b.isVisible() and b.isEnabled() and not b.icon().isNull()]
    assert len(buttons) >= 2
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()  # its focus ring is not what this measures
    whole = bar.grab().toImage()  # a button's own grab has no bar behind its transparent background
    low = []
    for button in buttons:
        box = button.rect().translated(button.mapTo(bar, QPoint(0, 0)))
        background, drawn = ink(whole.copy(box), tokens.window)  # the bar's own colour around a round button
        if contrast(drawn, background) < TEXT:
            low.append(f"{button.toolTip() or button.objectName()}: {drawn} on {background}"
                       f" = {contrast(drawn, background):.2f}")
    bar.close()
    bar.deleteLater()
    player.close()
    assert not low, "\n".join(low)


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_a_failed_tool_card_as_painted(themed: QApplication, theme_name: str) -> None:
    """The failed state (✗, the reason, the tool's icon, on the danger tint) as it reaches the screen: what a
    widget sets by itself (a fixed palette colour, say) escapes the stylesheet test above."""
    from coze_desktop.ui.messages import ToolCard

    tokens = apply_theme(themed, theme_name)
    themed.setStyleSheet(stylesheet())
    card = ToolCard("play_music", '{"music_name": "晴天"}')
    card.set_state("failed", '{"error": "找不到这首歌：晴天"}')
    card.resize(560, card.sizeHint().height())
    card.show()
    QApplication.processEvents()
    whole = card.grab().toImage()
    low = []
    parts = [w for w in (card.title, card.state_label, card.reason_label, card.icon_label) if w.isVisible()]
    assert len(parts) == 4
    for part in parts:
        box = part.rect().translated(part.mapTo(card, QPoint(0, 0)))
        background, drawn = ink(whole.copy(box))
        if contrast(drawn, background) < TEXT:
            low.append(f"{part.objectName() or type(part).__name__}: {drawn} on {background}"
                       f" = {contrast(drawn, background):.2f}")
    card.close()
    card.deleteLater()
    assert not low, "\n".join(low)
    assert tokens.name == theme_name


@pytest.mark.parametrize("theme_name", ["light", "dark"])
async def test_every_label_and_button_of_the_window_as_painted(themed: QApplication, theme_name: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole window after a tool call and an answer with sources: every label and button wholly on screen,
    its strongest ink against the colour around it — ≥ 4.5:1 enabled, ≥ 3:1 disabled. Catches what any widget
    paints by itself (a fixed grey, a translucent tint) in any pane."""
    from coze_desktop.settings import load_settings
    from coze_desktop.ui.services import build
    from coze_desktop.ui.session import ChatSession

    from .test_main_window import ask, close_window

    monkeypatch.setattr(ChatSession, "demo_delay", 0.0)
    themed.setQuitOnLastWindowClosed(False)
    apply_theme(themed, theme_name)
    themed.setStyleSheet(stylesheet())
    window, store = build(load_settings())
    window.resize(1280, 800)
    window.show()
    try:
        await window.start()
        await ask(window, "音量调到30")
        await ask(window, "How do I connect a real Coze bot?")
        await asyncio.sleep(0.3)
        whole = window.grab().toImage()
        checked, low = 0, []
        for widget in window.findChildren(QWidget):
            if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisible():
                continue
            if isinstance(widget, QLabel) and not widget.text() and widget.pixmap().isNull():
                continue
            if widget.objectName() == "botAvatar" and not widget.text():
                continue  # the bot's own icon, drawn by its owner on Coze: its colours are not the app's to choose
            if isinstance(widget, QAbstractButton) and not widget.text() and widget.icon().isNull():
                continue
            if widget.visibleRegion().boundingRect() != widget.rect() or min(widget.width(), widget.height()) < 4:
                continue  # scrolled partly away: its box on the window holds other things
            background, drawn = ink(whole.copy(widget.rect().translated(widget.mapTo(window, QPoint(0, 0)))))
            least = TEXT if widget.isEnabled() else DISABLED
            checked += 1
            if contrast(drawn, background) < least:
                text = widget.text()[:30] if hasattr(widget, "text") else ""
                low.append(f"{type(widget).__name__}#{widget.objectName()} {text!r}: {drawn} on {background}"
                           f" = {contrast(drawn, background):.2f} < {least}")
        assert checked >= 25, "the walk found too few widgets to mean anything"
        assert not low, "\n".join(low)
    finally:
        await close_window(window, store)
