"""Light and dark themes: the system's by default, or Fusion with a light or dark palette when chosen."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_system: tuple[str, QPalette] | None = None  # the style and palette the app started with


def apply_theme(app: QApplication, theme: str) -> None:
    """"" follows the system; "light" and "dark" switch to Fusion, whose palette colours are honoured fully."""
    global _system
    if theme not in ("light", "dark"):
        if _system is not None:  # back from a chosen theme; at start-up there is nothing to undo
            app.setStyle(_system[0])
            app.setPalette(_system[1])
        return
    if _system is None:
        # Only now: the first app.style() from Python builds the enums of QStyle and of the Qt namespace,
        # ~30 ms that a start-up on the system theme need not spend before its first paint.
        _system = (app.style().name(), QPalette(app.palette()))
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if theme == "dark" else app.style().standardPalette())


def _dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2d30", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22", QPalette.ColorRole.AlternateBase: "#2b2d30",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#35373b",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#6ea8fe",
        QPalette.ColorRole.ToolTipBase: "#35373b", QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8c8f94", QPalette.ColorRole.Mid: "#4a4d52",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7d82"))
    return palette


def stylesheet(palette: QPalette) -> str:
    """Bubbles, cards and chips in colours derived from the palette, so light and dark themes both work."""
    base = palette.color(QPalette.ColorRole.Base).name()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.Text).name()
    highlight = palette.color(QPalette.ColorRole.Highlight)
    dark = window.lightness() < 128
    accent = highlight.name()
    soft = highlight.lighter(185).name() if not dark else highlight.darker(220).name()
    card = window.lighter(103).name() if not dark else window.lighter(130).name()
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    return f"""
    QWidget#conversation {{ background: {base}; }}
    QLabel#userBubble {{ background: {soft}; color: {text}; border-radius: 10px; padding: 8px 12px; }}
    QFrame#botMessage {{ background: {card}; border: 1px solid transparent; border-radius: 10px; }}
    QFrame#botMessage[selected="true"] {{ border: 1px solid {accent}; }}
    QFrame#toolCard {{ background: {base}; border: 1px solid {soft}; border-radius: 6px; }}
    QLabel#toolOutput, QLabel#reasoning, QLabel#statusNote {{ color: {muted}; }}
    QFrame#errorBox {{ border: 1px solid #d9534f; border-radius: 6px; background: rgba(217, 83, 79, 0.08); }}
    QLabel#errorHint {{ color: {muted}; }}
    QPushButton#chip {{ border: 1px solid {accent}; border-radius: 10px; padding: 2px 10px; min-height: 20px;
                        background: {base}; }}
    QPushButton#chip:hover {{ background: {soft}; }}
    """
