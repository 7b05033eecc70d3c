"""Colours that stay readable on the system's palette, light or dark.

A few things are marked in colour as well as in words (overdue, over time, fits): a dark
red that reads on white is unreadable on a dark grey, so every such colour comes in two
tones and the one for the current palette is chosen when it is drawn. Neutral text uses
the palette's own roles (``PlaceholderText`` for hints), never a fixed grey.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

#: Meaning → (tone on a light palette, tone on a dark palette).
TONES: dict[str, tuple[str, str]] = {
    "danger": ("#b00020", "#ff8a80"),  # overdue, over time, a problem
    "overdue": ("#b3261e", "#f2b8b5"),
    "warning": ("#8a5300", "#ffb74d"),  # nearly out of time
    "success": ("#1b5e20", "#81c995"),  # fits, fulfilled
    "muted": ("#5f6368", "#a8adb3"),  # done, withdrawn, a notice
    "info": ("#1a73e8", "#8ab4f8"),
    "callout_bg": ("#fff8e1", "#3b3322"),  # the chair's capture form
    "callout_border": ("#f9a825", "#c49000"),
}

#: The colours of an objective's stages 0-4 (the timeline, the overview, Home's strips).
STAGE_COLOURS = ("#9aa0a6", "#e37400", "#f9ab00", "#1a73e8", "#188038")


def is_dark(palette: QPalette | None = None) -> bool:
    """The window background is dark (a dark theme or a high-contrast one)."""
    pal = palette if palette is not None else QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def tone(name: str, palette: QPalette | None = None) -> QColor:
    """The colour meaning ``name`` that reads on ``palette`` (the application's)."""
    light, dark = TONES[name]
    return QColor(dark if is_dark(palette) else light)


def css(name: str, palette: QPalette | None = None) -> str:
    """``tone`` as ``#rrggbb`` for style sheets and rich text."""
    return tone(name, palette).name()


def hint_css(palette: QPalette | None = None) -> str:
    """A style sheet for quiet hint text: the palette's placeholder colour."""
    pal = palette if palette is not None else QGuiApplication.palette()
    return f"color: {pal.color(QPalette.ColorRole.PlaceholderText).name()};"
