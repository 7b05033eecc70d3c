"""The look shared by every PDF: fonts, paragraph styles, tables, header and footer.

User text reaches reportlab only through ``text``/``para``, which escape it for
reportlab's mini-markup and keep line breaks, so a note with ``<``, ``&`` or an unclosed
tag prints as typed. Every paragraph goes through ``markup``: plain text (Latin, Greek,
Cyrillic, in DejaVu Sans) takes reportlab's own ``Paragraph``, the fast path; anything
else (right-to-left, Arabic, Devanagari, emoji, characters DejaVu lacks) takes
``layout.ScriptParagraph``, which shapes it and falls back to the Noto fonts (``fonts``).
Header and footer lines do the same through ``draw_text``.
"""

from __future__ import annotations

import copy
import re
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText

from workbench.exports.i18n import t
from workbench.exports.pdf.fonts import FONT, FONT_BOLD, FONT_ITALIC, is_plain, register_fonts
from workbench.exports.pdf.layout import ScriptParagraph, draw_line, line_width

ACCENT = colors.HexColor("#1F4E79")
ACCENT_LIGHT = colors.HexColor("#DCE6F1")
GRID = colors.HexColor("#B7C3D0")
MUTED = colors.HexColor("#5A6270")
WARN = colors.HexColor("#A61B1B")
GROUP_TINT = colors.HexColor("#FBE9E7")
PARTNERS_TINT = colors.HexColor("#E8F3EA")

PAGE = A4
MARGIN = 18 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN

ProgressFn = Callable[[int, int, str], None]

# A Table sets its cells' font before drawing them, Helvetica unless told: that names an
# unembedded font in the PDF even though every cell holds a paragraph.
CELL_FONT = [("FONTNAME", (0, 0), (-1, -1), FONT)]

# Characters reportlab's markup parser or the PDF cannot take: C0 controls but tab/newline.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean(value: object) -> str:
    """Text without the control characters and lone surrogates a PDF cannot hold."""
    if value is None:
        return ""
    raw = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", raw))


def labelled(label: str, value: object) -> str:
    """``label`` then user text, the line kept left to right whatever script follows.

    The bidi algorithm takes a line's direction from its first letter, so "1. " before
    an Arabic decision would make the whole line right to left, number on the right.
    A left-to-right mark after the label keeps the document's direction (only when the
    text is not plain: plain text needs no mark and keeps the fast path).
    """
    value = clean(value)
    return f"{label}{value}" if is_plain(value) else f"{label}\u200e{value}"


def text(value: object) -> str:
    """User text as reportlab markup: escaped, line breaks kept, tabs as spaces."""
    escaped = clean(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\t", "&nbsp;" * 4).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    muted: ParagraphStyle
    warn: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0)
    return Styles(
        title=ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=22, leading=27, textColor=ACCENT
        ),
        subtitle=ParagraphStyle("subtitle", parent=base, fontSize=13, leading=17, spaceAfter=10),
        h1=ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=13.5,
            leading=17,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=6,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
        ),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        label=ParagraphStyle("label", parent=cell, fontName=FONT_BOLD, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        cell_head=ParagraphStyle(
            "cell_head", parent=cell, fontName=FONT_BOLD, textColor=colors.white
        ),
        muted=ParagraphStyle("muted", parent=base, textColor=MUTED, fontName=FONT_ITALIC),
        warn=ParagraphStyle("warn", parent=cell, textColor=WARN, fontName=FONT_BOLD),
    )


def para(value: object, style: ParagraphStyle) -> Flowable:
    """A paragraph of user text (escaped)."""
    return markup(text(value), style)


def markup(markup_text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of our own markup (callers escape user parts with ``text``).

    Plain text stays on reportlab's ``Paragraph``; other text is shaped (module doc).
    Text without an entity is made from the fragments of its shape (``_shaped``).
    """
    if is_plain(markup_text):
        if "&" not in markup_text:
            return _shaped(markup_text, style)
        return Paragraph(markup_text, style)
    return ScriptParagraph(markup_text, style)


_TAG = re.compile(r"<[^>]*>")
# Per style, per shape (the tags, and which texts between them are empty): the
# fragments reportlab's parser made of the first paragraph of that shape, each marked
# whether it holds a text between the tags (a line break's fragment holds none); None
# when the parser's fragments did not line up with the texts (never the case for our
# markup, but then every paragraph of that shape is parsed).
_Shape = tuple[tuple[str, ...], tuple[bool, ...]]
_SHAPES: weakref.WeakKeyDictionary[ParagraphStyle, dict[_Shape, list[tuple[Any, bool]] | None]]
_SHAPES = weakref.WeakKeyDictionary()


def _shaped(value: str, style: ParagraphStyle) -> Paragraph:
    """The ``Paragraph`` reportlab makes of ``value`` (no entity), its markup parsed
    once per shape: that parser (an ``HTMLParser`` per paragraph) cost the minutes of a
    busy meeting as much as the rest of building them, for a few shapes of markup
    (a name in a cell, a text and its "[working group only]" tag). The fragments of a
    shape are copied and given this paragraph's texts; the text is cleaned of
    whitespace as reportlab cleans it; a test compares the two ways."""
    cleaned = cleanBlockQuotedText(value)
    texts = _TAG.split(cleaned)
    key = (tuple(_TAG.findall(cleaned)), tuple(not t for t in texts))
    shapes = _SHAPES.setdefault(style, {})
    if key not in shapes:
        made = Paragraph(value, style)
        shapes[key] = _template(made, [t for t in texts if t], style)
        return made
    template = shapes[key]
    if template is None:
        return Paragraph(value, style)
    given = iter([t for t in texts if t])
    frags = []
    for model, holds_text in template:
        frag = _copy(model)
        if holds_text:
            frag.text = next(given)
        frags.append(frag)
    return Paragraph(cleaned, style, frags=frags)


def _copy(frag: Any) -> Any:
    """A fragment with lists of its own (laying out a paragraph adds to its fragments)."""
    out = copy.copy(frag)
    for name, attr in vars(frag).items():
        if isinstance(attr, list):
            setattr(out, name, list(attr))
    return out


def _template(made: Paragraph, texts: list[str], style: ParagraphStyle) -> Any:
    """The fragments of ``made`` marked as in ``_SHAPES``, or None if they do not hold
    ``texts`` in order (or the parser changed the style or made a bullet)."""
    frags = list(made.frags)
    if made.style is not style or made.bulletText != getattr(style, "bulletText", None):
        return None
    if [f.text for f in frags if f.text] != texts:
        return None
    return [(_copy(f), bool(f.text)) for f in frags]  # as parsed, before any layout


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    st: Styles,
    *,
    highlight: Sequence[int] = (),
) -> Table:
    """A table with a coloured, repeated header; cells may be text or flowables.

    ``widths`` are in millimetres and are scaled to fill the frame.
    Rows may split across pages (``splitInRow``) so one very long cell cannot break the
    layout. ``highlight`` marks rows (0-based in ``rows``) to tint, e.g. overdue ones.
    """
    data: list[list[Any]] = [[para(h, st.cell_head) for h in header]]
    for row in rows:
        data.append([c if isinstance(c, Flowable) else para(c, st.cell) for c in row])
    total = sum(widths)
    col_widths = [w * FRAME_WIDTH / total for w in widths]
    table = Table(data, colWidths=col_widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        *CELL_FONT,
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for i in highlight:
        style.append(("BACKGROUND", (0, i + 1), (-1, i + 1), GROUP_TINT))
    table.setStyle(TableStyle(style))
    return table


def kv_table(pairs: Sequence[tuple[str, object]], st: Styles) -> Table:
    """The cover block: label on the left, value (user text, escaped) on the right."""
    data = [
        [para(k, st.label), v if isinstance(v, Flowable) else para(v, st.cell)] for k, v in pairs
    ]
    table = Table(data, colWidths=[38 * mm, FRAME_WIDTH - 38 * mm], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                *CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def audience_box(label: str, note: str, is_group: bool, st: Styles) -> Table:
    """The boxed statement on the cover saying who the document is for."""
    box = Table(
        [[markup(f"<b>{text(label)}</b><br/>{text(note)}", st.cell)]],
        colWidths=[FRAME_WIDTH],
        hAlign="LEFT",
    )
    box.setStyle(
        TableStyle(
            [
                *CELL_FONT,
                ("BACKGROUND", (0, 0), (-1, -1), GROUP_TINT if is_group else PARTNERS_TINT),
                ("BOX", (0, 0), (-1, -1), 0.8, WARN if is_group else colors.HexColor("#2E7D32")),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def heading(title: str, style: ParagraphStyle, reserve_mm: float = 30) -> list[Flowable]:
    """A heading that starts a new page rather than sit alone at the bottom of one.

    A conditional page break, not ``keepWithNext``: that would keep a heading with a
    whole table and leave half a page empty before every table that does not fit.
    """
    return [CondPageBreak(reserve_mm * mm), para(title, style)]


def section(title: str, first: Flowable | None, st: Styles) -> list[Flowable]:
    """A section heading and its first block."""
    return heading(title, st.h1, 40) + ([first] if first is not None else [])


def spacer(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


@dataclass(frozen=True)
class DocMeta:
    """What the header, footer and PDF properties say."""

    title: str  # document title (PDF metadata and header)
    subject: str
    audience_label: str
    footer_left: str
    generated: str
    lang: str
    is_group: bool
    keywords: str = ""


def _numbered_canvas(meta: DocMeta) -> type[Canvas]:
    """A canvas that draws header and footer once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own, not in its stubs

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = PAGE
            self.saveState()
            self.setStrokeColor(GRID)
            self.setLineWidth(0.5)
            self.line(MARGIN, height - 12 * mm, width - MARGIN, height - 12 * mm)
            self.line(MARGIN, 12 * mm, width - MARGIN, 12 * mm)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            draw_text(self, _fit(self, meta.title, width / 2), MARGIN, height - 10 * mm)
            self.setFont(FONT_BOLD, 7.5)
            self.setFillColor(WARN if meta.is_group else ACCENT)
            draw_text(self, meta.audience_label, width - MARGIN, height - 10 * mm, "end")
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            # The footer's left text ends before the centred date begins.
            dated = _width(meta.generated, FONT, 7.5)
            room = width / 2 - dated / 2 - 4 * mm - MARGIN
            draw_text(self, _fit(self, meta.footer_left, room), MARGIN, 8 * mm)
            draw_text(self, meta.generated, width / 2, 8 * mm, "middle")
            number = self._pageNumber  # type: ignore[attr-defined]  # as _startPage
            page = t(meta.lang, "page_of", n=number, m=total)
            draw_text(self, page, width - MARGIN, 8 * mm, "end")
            self.restoreState()

    return NumberedCanvas


def draw_text(canvas: Canvas, value: str, x: float, y: float, anchor: str = "start") -> None:
    """One line of text in the canvas's font and colour; ``anchor``: start, middle or end."""
    font, size = canvas._fontname, canvas._fontsize  # type: ignore[attr-defined]  # as _startPage
    if is_plain(value):
        draw = {"start": canvas.drawString, "middle": canvas.drawCentredString}
        draw.get(anchor, canvas.drawRightString)(x, y, value)
    else:
        draw_line(canvas, value, x, y, font, size, anchor)


def _width(value: str, font: str, size: float) -> float:
    if is_plain(value):
        return pdfmetrics.stringWidth(value, font, size)
    return line_width(value, font, size)


def _fit(canvas: Canvas, value: str, max_width: float) -> str:
    """Shorten a header string with an ellipsis so it never runs into the other side."""
    value = clean(value).replace("\n", " ")
    font, size = canvas._fontname, canvas._fontsize  # type: ignore[attr-defined]  # as _startPage
    if _width(value, font, size) <= max_width:
        return value
    low, high = 0, len(value)  # the longest start that fits with the ellipsis
    while low < high:
        mid = (low + high + 1) // 2
        if _width(value[:mid] + "…", font, size) <= max_width:
            low = mid
        else:
            high = mid - 1
    return value[:low] + "…"


def build_pdf(
    out: BinaryIO, story: list[Flowable], meta: DocMeta, progress: ProgressFn | None = None
) -> None:
    """Lay out ``story`` into ``out`` with header, footer and metadata.

    ``progress(done, total, text)`` is called as flowables are placed; raising from it
    (the GUI's Cancel) stops the export.
    """
    register_fonts()
    doc = SimpleDocTemplate(
        out,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=clean(meta.title),
        author=t(meta.lang, "author"),
        subject=clean(meta.subject),
        creator=t(meta.lang, "author"),
        keywords=meta.keywords,  # type: ignore[arg-type]  # reportlab takes a string too
        lang=meta.lang,
        # reportlab's default first font is Helvetica, named on every page and never
        # embedded; starting in DejaVu Sans leaves no font unembedded.
        initialFontName=FONT,
    )
    total = len(story)
    placed = 0

    def after(_flowable: Flowable) -> None:
        nonlocal placed
        placed = min(placed + 1, total)
        if progress is not None:
            progress(placed, total, meta.title)

    doc.afterFlowable = after  # type: ignore[method-assign,assignment]
    doc.build(story, canvasmaker=_numbered_canvas(meta))
