"""Glyph runs as PDF text operators, positioned as HarfBuzz said, readable as text.

Glyphs are written by number (``GlyphFont.glyph_code``) at the positions HarfBuzz gave,
one ``TJ`` string while nothing needs moving. Text extraction gets the characters back:
a one-glyph cluster through the font's ToUnicode map, anything else (Devanagari
clusters, ligatures, emoji sequences, a replacement for a missing character) through an
ActualText span. Right-to-left text is drawn in visual order and its clusters read in
visual order too, which is what extractors (poppler's ``pdftotext``) reverse into
logical order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from workbench.exports.pdf.fonts import GlyphFont
from workbench.exports.pdf.shaping import Run


@dataclass(frozen=True, slots=True)
class FragStyle:
    """What a fragment of markup looks like."""

    primary: str  # the DejaVu face; fallbacks follow its weight
    size: float
    color: Color
    rise: float


def _num(value: float, decimals: int = 2) -> str:
    """A number for the content stream, without trailing zeros."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _hex(data: bytes) -> str:
    return "<" + data.hex().upper() + ">"


def _actual(text: str) -> str:
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


class GlyphWriter:
    """Writes positioned glyph runs as PDF text operators on a canvas."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.doc = canvas._doc  # type: ignore[attr-defined]  # reportlab's, not in the stubs
        self._tj: list[str] = []  # the items of the TJ array being written
        self._bytes = bytearray()  # glyph codes not yet put in it
        self._font: tuple[str, int, float] = ("", -1, 0.0)
        self._color: tuple[float, ...] | None = None
        self._rise = 0.0
        self._x = 0.0  # where a reader's text cursor is after the last glyph
        # Text state outlives BT/ET: start from the defaults whatever reportlab left.
        self.ops = ["0 Tc 0 Tw 100 Tz 0 Tr 0 Ts"]

    def _flush(self) -> None:
        if self._bytes:
            self._tj.append(_hex(bytes(self._bytes)))
            self._bytes.clear()
        if self._tj:
            self.ops.append("[" + " ".join(self._tj) + "] TJ")
            self._tj = []

    def run(self, run: Run, style: FragStyle, x: float, y: float) -> None:
        """Draw ``run`` with its origin at (x, y)."""
        self._flush()
        shaped = run.shaped
        font = cast(GlyphFont, pdfmetrics.getFont(shaped.font))  # registered by fonts.py
        size, k = style.size, style.size / 1000
        color = tuple(style.color.rgb())
        if color != self._color:
            self.ops.append(" ".join(_num(c, 4) for c in color) + " rg")
            self._color = color
        self.ops.append(f"1 0 0 1 {_num(x)} {_num(y + style.rise)} Tm")
        self._x = x
        codes = [font.glyph_code(g) for g in shaped.gids]
        pieces = [(n, b) for n, chunk in font.splitString("".join(codes), self.doc) for b in chunk]
        widths = font.face.charWidths
        drawn = shaped.clusters[::-1] if shaped.rtl else shaped.clusters
        # A replacement character reads as the character it replaced.
        replaced = run.source != "".join(c[2] for c in drawn)
        if replaced:
            self.ops.append(_actual(run.source))
        pen = 0.0
        for first, count, text in shaped.clusters:
            reads = text[::-1] if shaped.rtl else text
            simple = replaced or (
                count == 1 and font.glyph_text(self.doc, shaped.gids[first], reads) == reads
            )
            if not simple:
                self._flush()
                self.ops.append(_actual(reads))
            for g in range(first, first + count):
                subset, byte = pieces[g]
                if (font.fontName, subset, size) != self._font:
                    self._flush()
                    name = font.getSubsetInternalName(subset, self.doc)
                    self.ops.append(f"{name} {_num(size)} Tf")
                    self._font = (font.fontName, subset, size)
                rise = round(shaped.y_offsets[g] * k, 2)
                if rise != self._rise:
                    self._flush()
                    self.ops.append(f"{_num(rise)} Ts")
                    self._rise = rise
                target = x + (pen + shaped.x_offsets[g]) * k
                move = round((target - self._x) * 1000 / size, 1)
                if move:
                    if self._bytes:
                        self._tj.append(_hex(bytes(self._bytes)))
                        self._bytes.clear()
                    self._tj.append(_num(-move))
                    self._x += move * k
                self._bytes.append(byte)
                self._x += widths[ord(codes[g])] * k
                pen += shaped.advances[g]
            if not simple:
                self._flush()
                self.ops.append("EMC")
        self._flush()
        if replaced:
            self.ops.append("EMC")

    def emit(self) -> None:
        """Put everything drawn so far on the canvas, in its own graphics state."""
        self._flush()
        if len(self.ops) > 1:
            self.canvas.addLiteral("q BT " + " ".join(self.ops) + " ET Q")
        self.ops = self.ops[:1]
        self._font, self._color, self._rise = ("", -1, 0.0), None, 0.0
