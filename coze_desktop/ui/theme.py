"""Design tokens of docs/design.md (light and dark palettes, spacing, type, radii) and the stylesheet built on them."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# ---------------------------------------------------------------------------------------------- scales (docs/design.md)

SPACE_XS, SPACE_S, SPACE_M, SPACE_L, SPACE_XL, SPACE_XXL = 4, 8, 12, 16, 24, 32  # px; nothing in between
RADIUS_S, RADIUS_M, RADIUS_L = 4, 8, 12  # px: badges and inline code; cards, inputs, buttons; bubbles, the composer
ICON_S, ICON_M, ICON_L = 16, 20, 24  # px: inline (cards, actions, code header); toolbar and player; play/pause
READING_WIDTH = 760  # px: the widest the conversation's column (answers, bubbles, composer) ever gets
SIDEBAR_WIDTH, SOURCES_WIDTH = 260, 300  # px: the conversation list and the sources panel when shown
SIDEBAR_COLLAPSE_BELOW, SOURCES_COLLAPSE_BELOW = 800, 1100  # px of window width
# Type scale in points, for a 10 pt body (the default on Linux desktops); set with QFont.setPointSizeF.
FONT_CAPTION, FONT_BODY, FONT_TITLE, FONT_H2, FONT_H1, FONT_CODE = 9.0, 10.0, 11.0, 12.5, 14.0, 9.5
WEIGHT_TITLE = 600  # bot name, card titles, headings
MONO_FAMILIES = ("DejaVu Sans Mono", "Noto Sans Mono CJK SC", "monospace")

STILL_ENV = "COZE_DESKTOP_STILL"  # "1": no animations, no blinking (screenshot tests set it)


def animations_enabled() -> bool:
    """False for screenshots: spinners show a static frame, nothing fades or blinks."""
    return os.environ.get(STILL_ENV) != "1"


# ---------------------------------------------------------------------------------------------- colour tokens


@dataclass(frozen=True)
class Tokens:
    """One palette. Every text and icon colour has ≥ 4.5:1 against each background it is used on
    (tests/ui/test_contrast.py), except ``text_disabled`` (≥ 3:1: inactive controls are exempt in WCAG, but must
    stay visible)."""

    name: str
    # backgrounds
    window: str  # panes' chrome: toolbar, conversation list, sources panel, player bar, status bar, dialogs
    surface: str  # the conversation, text fields, lists (QPalette.Base)
    card: str  # tool cards, source cards, the reasoning box, menus
    hover: str  # a ghost button or row under the pointer
    pressed: str  # … while pressed
    selected: str  # the current conversation, a selected card; text on it stays ``text``
    user_bubble: str  # the user's messages
    code_bg: str  # code blocks and inline code
    code_header: str  # the strip above a code block (language, copy)
    danger_soft: str  # a failed tool card, an error box
    warning_soft: str  # the notice banner
    info_soft: str  # the demo banner, number badges of sources
    tooltip_bg: str
    accent_fill: str  # primary buttons (Send), the play button, text selection, checked toggles
    # lines (no contrast requirement for decoration; ≥ 3:1 for the focus ring: focus)
    border: str  # card and field outlines, pane dividers
    focus: str  # the focus ring (2 px) and a field's border while focused
    # foregrounds
    text: str
    text_muted: str  # captions, timestamps, tool output, hints, status bar, placeholders
    text_disabled: str
    icon: str  # monochrome icons (coze_desktop/ui/icons.py tints them with this)
    accent: str  # accent text and icons on surfaces: chips, counters, "Show more"
    link: str
    on_accent: str  # text and icons on ``accent_fill``
    danger: str  # ✗, the failure reason, error text
    success: str  # ✓
    warning: str  # text on the notice banner's icon
    code_text: str
    tooltip_text: str


LIGHT = Tokens(
    name="light",
    window="#f4f5f7", surface="#ffffff", card="#f0f1f4", hover="#e8e9ed", pressed="#dcdee3", selected="#dfe8fb",
    user_bubble="#e6eefc", code_bg="#f6f8fa", code_header="#eaecf0", danger_soft="#fdeceb", warning_soft="#fff3d6",
    info_soft="#e6eefc", tooltip_bg="#2b2d31", accent_fill="#2563eb",
    border="#d9dce1", focus="#2563eb",
    text="#1f2328", text_muted="#59606b", text_disabled="#80868f", icon="#3c424b", accent="#1d5fd6",
    link="#1a56c4", on_accent="#ffffff", danger="#b42318", success="#17703a", warning="#7a4f00",
    code_text="#1f2328", tooltip_text="#f2f3f5",
)

DARK = Tokens(
    name="dark",
    window="#1b1c1f", surface="#232428", card="#2b2d31", hover="#34363b", pressed="#3d4046", selected="#2a3a5a",
    user_bubble="#2c3a55", code_bg="#1d1e21", code_header="#2a2c30", danger_soft="#3a2224", warning_soft="#3a3020",
    info_soft="#22314d", tooltip_bg="#e8e9eb", accent_fill="#2f64d0",
    border="#3a3d43", focus="#7eaaff",
    text="#e8e9eb", text_muted="#a7abb3", text_disabled="#7b7f87", icon="#c9ccd1", accent="#7eaaff",
    link="#8ab4ff", on_accent="#ffffff", danger="#ff8a80", success="#6fd08c", warning="#e8b44c",
    code_text="#e3e5e8", tooltip_text="#1f2328",
)

PALETTES = {"light": LIGHT, "dark": DARK}

# Which foreground is drawn on which backgrounds, and the least contrast it needs (tests/ui/test_contrast.py).
_SURFACES = ("window", "surface", "card", "hover", "selected")
_TINTS = ("user_bubble", "code_bg", "code_header", "danger_soft", "warning_soft", "info_soft")
USAGE: tuple[tuple[str, tuple[str, ...], float], ...] = (
    ("text", (*_SURFACES, "pressed", *_TINTS), 4.5),
    ("text_muted", (*_SURFACES, *_TINTS), 4.5),
    ("icon", (*_SURFACES, "pressed", "code_header", "danger_soft", "warning_soft", "info_soft"), 4.5),
    ("accent", (*_SURFACES, "user_bubble", "info_soft"), 4.5),
    ("link", (*_SURFACES, "user_bubble", "code_bg", "info_soft"), 4.5),
    ("danger", ("window", "surface", "card", "danger_soft"), 4.5),
    ("success", ("window", "surface", "card"), 4.5),
    ("warning", ("window", "surface", "warning_soft"), 4.5),
    ("code_text", ("code_bg", "code_header"), 4.5),
    ("on_accent", ("accent_fill",), 4.5),
    ("tooltip_text", ("tooltip_bg",), 4.5),
    ("text_disabled", ("window", "surface", "card"), 3.0),
    ("focus", ("window", "surface", "card"), 3.0),
)

_current: Tokens = LIGHT  # the palette applied last; icons and widgets that paint themselves read it


def current() -> Tokens:
    """The tokens of the theme in use (light until apply_theme says otherwise)."""
    return _current


def tokens_for(palette: QPalette) -> Tokens:
    """Our light or dark tokens, whichever the palette is closer to (a dark window means dark)."""
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def as_dict(tokens: Tokens) -> dict[str, str]:
    return {f.name: getattr(tokens, f.name) for f in fields(tokens) if f.name != "name"}


# ---------------------------------------------------------------------------------------------- applying


_system_dark: bool | None = None  # whether the palette the app started with was dark ("follow the system")


def apply_theme(app: QApplication, theme: str) -> Tokens:
    """"light" or "dark" as chosen; anything else follows the system's light or dark. Either way the style is
    Fusion with our palette, so the design (and the screenshots) look the same on every desktop."""
    global _system_dark, _current
    if _system_dark is None:
        # The palette the platform gave us, read before we replace it. Not styleHints().colorScheme(): its enum
        # builds the Qt namespace's enums, ~20 ms that the first paint must not wait for (tests/ui/test_startup).
        _system_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    tokens = PALETTES.get(theme) or (DARK if _system_dark else LIGHT)
    app.setStyle("Fusion")  # by name: app.style() would build the Qt namespace's enums too
    app.setPalette(palette(tokens))
    _current = tokens
    return tokens


def palette(tokens: Tokens) -> QPalette:
    """The QPalette of a set of tokens: what Fusion and every unstyled widget paint with."""
    roles = QPalette.ColorRole
    result = QPalette()
    for role, value in (
        (roles.Window, tokens.window), (roles.WindowText, tokens.text), (roles.Base, tokens.surface),
        (roles.AlternateBase, tokens.card), (roles.Text, tokens.text), (roles.Button, tokens.window),
        (roles.ButtonText, tokens.text), (roles.Highlight, tokens.accent_fill),
        (roles.HighlightedText, tokens.on_accent), (roles.Link, tokens.link), (roles.LinkVisited, tokens.link),
        (roles.ToolTipBase, tokens.tooltip_bg), (roles.ToolTipText, tokens.tooltip_text),
        (roles.PlaceholderText, tokens.text_muted), (roles.BrightText, tokens.on_accent),
        (roles.Mid, tokens.border), (roles.Midlight, tokens.hover), (roles.Dark, tokens.pressed),
        (roles.Light, tokens.surface), (roles.Shadow, tokens.border), (roles.Accent, tokens.accent_fill),
    ):
        result.setColor(role, QColor(value))
    for role in (roles.Text, roles.ButtonText, roles.WindowText, roles.PlaceholderText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(tokens.text_disabled))
    return result


def stylesheet(palette_or_tokens: QPalette | Tokens | None = None) -> str:
    """The application's stylesheet in the given palette's tokens (the current ones by default)."""
    if isinstance(palette_or_tokens, Tokens):
        t = palette_or_tokens
    elif isinstance(palette_or_tokens, QPalette):
        t = tokens_for(palette_or_tokens)
    else:
        t = _current
    return _base_rules(t) + _message_rules(t)


def _base_rules(t: Tokens) -> str:
    """Controls shared by every screen: buttons, fields, tooltips, scroll bars, panes."""
    return f"""
    QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
    QToolTip {{ background: {t.tooltip_bg}; color: {t.tooltip_text}; border: none; padding: 4px 8px; }}
    QStatusBar {{ background: {t.window}; color: {t.text_muted}; border-top: 1px solid {t.border}; }}
    QStatusBar QLabel {{ color: {t.text_muted}; }}
    QSplitter::handle {{ background: {t.border}; }}
    QSplitter::handle:horizontal {{ width: 1px; }}
    QSplitter::handle:vertical {{ height: 1px; }}
    QPushButton {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border};
                   border-radius: {RADIUS_M}px; padding: 5px 12px; min-height: 20px; }}
    QPushButton:hover {{ background: {t.hover}; }}
    QPushButton:pressed, QPushButton:checked {{ background: {t.pressed}; }}
    QPushButton:focus {{ border: 2px solid {t.focus}; padding: 4px 11px; }}
    QPushButton:disabled {{ color: {t.text_disabled}; background: {t.window}; }}
    QPushButton[primary="true"] {{ background: {t.accent_fill}; color: {t.on_accent};
                                   border: 1px solid {t.accent_fill}; }}
    QPushButton[primary="true"]:disabled {{ background: {t.card}; color: {t.text_disabled};
                                            border-color: {t.border}; }}
    QToolButton {{ background: transparent; color: {t.text}; border: 1px solid transparent;
                   border-radius: {RADIUS_M}px; padding: 4px; }}
    QToolButton:hover {{ background: {t.hover}; }}
    QToolButton:pressed {{ background: {t.pressed}; }}
    QToolButton:checked {{ background: {t.selected}; }}
    QToolButton:focus {{ border: 2px solid {t.focus}; padding: 3px; }}
    QToolButton:disabled {{ color: {t.text_disabled}; }}
    QToolButton[primary="true"] {{ background: {t.accent_fill}; color: {t.on_accent}; border-radius: 18px; }}
    QLineEdit, QTextEdit, QPlainTextEdit {{ background: {t.surface}; color: {t.text};
        border: 1px solid {t.border}; border-radius: {RADIUS_M}px; padding: 4px 8px;
        selection-background-color: {t.accent_fill}; selection-color: {t.on_accent}; }}
    QLineEdit {{ padding: 2px 8px; min-height: 22px; }}
    QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus {{ border: 1px solid {t.focus}; }}
    QLineEdit:disabled, QTextEdit:disabled, QPlainTextEdit:disabled {{
        color: {t.text_disabled}; background: {t.window}; }}
    QTextBrowser {{ border: none; background: transparent; padding: 0; }}
    QScrollArea {{ border: none; }}
    QScrollBar:vertical {{ background: transparent; width: 10px; margin: 0; }}
    QScrollBar::handle:vertical {{ background: {t.border}; border-radius: 4px; min-height: 32px; margin: 1px; }}
    QScrollBar::handle:vertical:hover {{ background: {t.text_disabled}; }}
    QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 0; }}
    QScrollBar::handle:horizontal {{ background: {t.border}; border-radius: 4px; min-width: 32px; margin: 1px; }}
    QScrollBar::handle:horizontal:hover {{ background: {t.text_disabled}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    QLabel[muted="true"] {{ color: {t.text_muted}; }}
    QLabel[role="danger"] {{ color: {t.danger}; }}
    QLabel[role="success"] {{ color: {t.success}; }}
    """


def _message_rules(t: Tokens) -> str:
    """Message widgets (coze_desktop/ui/messages.py and friends); their owner adds rule lines here."""
    return f"""
    QWidget#conversation {{ background: {t.surface}; }}
    QLabel#userBubble {{ background: {t.user_bubble}; color: {t.text}; border-radius: {RADIUS_L}px;
                         padding: 8px 12px; }}
    QFrame#botMessage {{ background: transparent; border: 1px solid transparent; border-radius: {RADIUS_M}px; }}
    QFrame#botMessage[selected="true"] {{ border: 1px solid {t.focus}; }}
    QFrame#toolCard {{ background: {t.card}; border: 1px solid {t.border}; border-radius: {RADIUS_M}px; }}
    QFrame#toolCard[failed="true"] {{ background: {t.danger_soft}; border: 1px solid {t.danger}; }}
    QLabel#toolOutput, QLabel#reasoning, QLabel#statusNote, QLabel#waitingNote {{ color: {t.text_muted}; }}
    QFrame#errorBox {{ border: 1px solid {t.danger}; border-radius: {RADIUS_M}px; background: {t.danger_soft}; }}
    QLabel#errorHint {{ color: {t.text_muted}; }}
    QPushButton#chip {{ border: 1px solid {t.border}; border-radius: 14px; padding: 3px 12px; min-height: 20px;
                        background: {t.surface}; color: {t.accent}; }}
    QPushButton#chip:hover {{ background: {t.hover}; }}
    QPushButton#chip:focus {{ border: 2px solid {t.focus}; padding: 2px 11px; }}
    QLabel#botAvatar {{ background: {t.info_soft}; border-radius: 12px; }}
    QLabel#botName {{ font-weight: {WEIGHT_TITLE}; }}
    QLabel#toolDetail {{ font-family: "{MONO_FAMILIES[0]}", "{MONO_FAMILIES[1]}", monospace;
                         font-size: {FONT_CAPTION}pt; color: {t.text_muted}; }}
    QToolButton#showMore {{ color: {t.accent}; }}
    QLabel#copiedNote {{ background: {t.tooltip_bg}; color: {t.tooltip_text}; border-radius: {RADIUS_S}px; }}
    """
