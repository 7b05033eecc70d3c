"""Icons from ``resources/icons`` (SVG), loaded once each.

``icon(name)`` draws an SVG as it is (coloured marks such as "overdue"). The navigation
and action icons in ``resources/icons/nav`` are line drawings in ``currentColor``;
``themed_icon(name, palette)`` draws them in the palette's text colour (and its disabled
and highlighted text colours for those states), so they read on light and dark themes.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from workbench import config

#: Sizes the themed icons are drawn at (device-independent pixels).
SIZES = (16, 20, 24, 32)


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if it is missing)."""
    path = config.icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


@cache
def _svg(name: str) -> str | None:
    path = config.icons_dir() / "nav" / f"{name}.svg"
    return path.read_text(encoding="utf-8") if path.exists() else None


def _pixmap(svg: str, colour: QColor, size: int, ratio: float) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour.name()).encode()))
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@cache
def _themed(name: str, normal: str, disabled: str, selected: str, ratio: float) -> QIcon:
    svg = _svg(name) or _svg("page")
    result = QIcon()
    if svg is None:
        return result
    for size in SIZES:
        for mode, colour in (
            (QIcon.Mode.Normal, normal),
            (QIcon.Mode.Disabled, disabled),
            (QIcon.Mode.Selected, selected),
            (QIcon.Mode.Active, normal),
        ):
            result.addPixmap(_pixmap(svg, QColor(colour), size, ratio), mode)
    return result


def themed_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The line icon ``resources/icons/nav/<name>.svg`` in ``palette``'s text colours
    (the application's palette if none is given); a plain page if it is missing."""
    pal = palette if palette is not None else QGuiApplication.palette()
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    return _themed(
        name,
        pal.color(role.WindowText).name(),
        pal.color(group.Disabled, role.WindowText).name(),
        pal.color(role.HighlightedText).name(),
        ratio,
    )
