"""Paragraphs and header lines in any script: line breaking, bidi reordering, glyph output.

``ScriptParagraph`` takes the same markup as reportlab's ``Paragraph`` (reportlab's own
parser reads it) and is used only for text that is not plain (``fonts.is_plain``). Lines
break at spaces; a word longer than the line breaks between clusters. Each line is put in
reading order with rule L2 of the bidi algorithm, run by run, and aligned to its start
(right for a right-to-left line).

Glyphs are written by number (``GlyphFont.glyph_code``) at the positions HarfBuzz gave.
Text extraction gets the characters back: a one-glyph cluster through the font's
ToUnicode map, anything else (Devanagari clusters, ligatures, emoji sequences) through
an ActualText span. Right-to-left text is drawn in visual order and its clusters read in
visual order too, which is what extractors (poppler's ``pdftotext``) reverse into
logical order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.paraparser import ParaParser

from workbench.exports.pdf.fonts import GlyphFont
from workbench.exports.pdf.shaping import Run, Word, shape, words

_NO_BREAK = "\u00a0\u2007\u202f\u2060"


@dataclass(frozen=True, slots=True)
class FragStyle:
    """What a fragment of markup looks like."""

    primary: str  # the DejaVu face; fallbacks follow its weight
    size: float
    color: Color
    rise: float


@dataclass(slots=True)
class Line:
    """One laid-out line: its words in logical order and the direction of its paragraph."""

    base: int
    words: list[Word]


Para = tuple[int, list[Word]]  # a hard line: its base level and its words


def _clean_spaces(text: str) -> str:
    return "".join(" " if c.isspace() and c not in _NO_BREAK else c for c in text)


def parse(markup: str, style: ParagraphStyle) -> tuple[list[FragStyle], list[Para]]:
    """Fragment styles and hard lines (``<br/>``) of reportlab markup."""
    _, frags, _ = ParaParser().parse(markup, style)
    if frags is None:
        raise ValueError(f"cannot read paragraph markup: {markup[:40]!r}")
    styles: list[FragStyle] = []
    chunks: list[list[tuple[str, int]]] = [[]]
    for frag in frags:
        if getattr(frag, "lineBreak", False):
            chunks.append([])
            continue
        color = frag.textColor if isinstance(frag.textColor, Color) else black
        styles.append(FragStyle(frag.fontName, frag.fontSize, color, frag.rise or 0))
        chunks[-1].append((_clean_spaces(frag.text), len(styles) - 1))
    primaries = [s.primary for s in styles]
    paras: list[Para] = []
    for chunk in chunks:
        text, owners = "", []
        for piece, owner in chunk:
            for char in piece:
                if char == " " and (not text or text[-1] == " "):
                    continue  # spaces collapse, as in reportlab
                text += char
                owners.append(owner)
        if text.endswith(" "):
            text, owners = text[:-1], owners[:-1]
        paras.append(words(text, owners, primaries) if text else (0, []))
    return styles, paras


def run_width(run: Run, styles: Sequence[FragStyle]) -> float:
    return run.shaped.width * styles[run.style].size / 1000


def word_width(word: Word, styles: Sequence[FragStyle]) -> float:
    return sum(run_width(r, styles) for r in word.runs)


def space_width(word: Word, styles: Sequence[FragStyle]) -> float:
    """The width of the space after ``word``: a space of its last fragment's font."""
    style = styles[word.runs[-1].style] if word.runs else styles[0]
    return _space(style.primary, style.size)


@lru_cache(maxsize=256)
def _space(font: str, size: float) -> float:
    return pdfmetrics.stringWidth(" ", font, size)


def _split_run(run: Run, chars: int) -> tuple[Run, Run]:
    """A run cut after ``chars`` characters (logical order), both halves shaped again."""
    font, rtl = run.shaped.font, run.shaped.rtl
    head, tail = run.source[:chars], run.source[chars:]
    return (
        Run(shape(font, head, rtl), run.style, run.level, head),
        Run(shape(font, tail, rtl), run.style, run.level, tail),
    )


def _cut(word: Word, width: float, styles: Sequence[FragStyle]) -> tuple[Word, Word]:
    """The longest start of an over-long word that fits ``width`` (at least one cluster)."""
    used = 0.0
    for n, run in enumerate(word.runs):
        scale = styles[run.style].size / 1000
        clusters = run.shaped.clusters[::-1] if run.shaped.rtl else run.shaped.clusters
        chars = 0
        for first, count, text in clusters:
            w = sum(run.shaped.advances[first : first + count]) * scale
            if used + w > width and (n or chars):
                if not chars:
                    return Word(word.runs[:n], 0), Word(word.runs[n:], word.space_level)
                head, tail = _split_run(run, chars)
                rest = (tail, *word.runs[n + 1 :])
                return Word((*word.runs[:n], head), 0), Word(rest, word.space_level)
            used += w
            chars += len(text)
    return word, Word((), word.space_level)


def break_lines(paras: Sequence[Para], width: float, styles: Sequence[FragStyle]) -> list[Line]:
    """Greedy line breaking at spaces; over-long words break between clusters."""
    lines: list[Line] = []
    for base, para_words in paras:
        line: list[Word] = []
        used = 0.0
        queue = list(para_words)
        while queue:
            word = queue.pop(0)
            w = word_width(word, styles)
            gap = space_width(line[-1], styles) if line else 0.0
            if used + gap + w <= width + 1e-6:
                line.append(word)
                used += gap + w
                continue
            if line:
                lines.append(Line(base, line))
                line, used = [], 0.0
                queue.insert(0, word)
                continue
            head, tail = _cut(word, width, styles)
            lines.append(Line(base, [head]))
            if tail.runs:
                queue.insert(0, tail)
        lines.append(Line(base, line))
    if lines and not lines[-1].words and len(lines) > 1:
        lines.pop()  # reportlab draws no empty line after a closing <br/>
    return [] if len(lines) == 1 and not lines[0].words else lines


def visual_order(line: Line, styles: Sequence[FragStyle]) -> list[tuple[Run | None, float]]:
    """The runs of a line left to right (rule L2); ``None`` marks a space of that width."""
    items: list[tuple[Run | None, float, int]] = []
    for n, word in enumerate(line.words):
        items += [(r, run_width(r, styles), r.level) for r in word.runs]
        if n + 1 < len(line.words):
            items.append((None, space_width(word, styles), word.space_level))
    if not items:
        return []
    levels = [lv for *_, lv in items]
    top, low = max(levels), min(levels)
    lowest_odd = low + 1 if low % 2 == 0 else low
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(items):
            if items[i][2] < level:
                i += 1
                continue
            j = i
            while j < len(items) and items[j][2] >= level:
                j += 1
            items[i:j] = items[i:j][::-1]
            i = j
    return [(run, w) for run, w, _ in items]


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
        self.doc = canvas._doc
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
        font: GlyphFont = pdfmetrics.getFont(shaped.font)
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

    def line(
        self, line: Line, styles: Sequence[FragStyle], x: float, y: float, width: float, align: int
    ) -> None:
        """Draw a line in the box from ``x`` to ``x + width`` with its baseline at ``y``."""
        order = visual_order(line, styles)
        used = sum(w for _, w in order)
        if line.base % 2:
            align = {TA_LEFT: TA_RIGHT, TA_RIGHT: TA_LEFT}.get(align, align)
        if align == TA_RIGHT:
            x += width - used
        elif align == TA_CENTER:
            x += (width - used) / 2
        for run, w in order:
            if run is not None:
                self.run(run, styles[run.style], x, y)
            x += w

    def emit(self) -> None:
        """Put everything drawn so far on the canvas, in its own graphics state."""
        self._flush()
        if len(self.ops) > 1:
            self.canvas.addLiteral("q BT " + " ".join(self.ops) + " ET Q")
        self.ops = self.ops[:1]
        self._font, self._color, self._rise = "", None, 0.0


def _first_size(line: Line, styles: Sequence[FragStyle], default: float) -> float:
    sizes = [styles[r.style].size for w in line.words for r in w.runs]
    return max(sizes, default=default)


class ScriptParagraph(Flowable):
    """A paragraph of markup in any script; wraps, splits and draws like a Paragraph."""

    def __init__(
        self,
        markup: str,
        style: ParagraphStyle,
        _content: tuple[list[FragStyle], list[Para]] | None = None,
    ) -> None:
        super().__init__()
        self.style = style
        self.text = markup
        self.styles, self.paras = _content if _content is not None else parse(markup, style)
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._laid: tuple[float, list[Line]] | None = None

    def _lines(self, width: float) -> list[Line]:
        if self._laid is None or abs(self._laid[0] - width) > 1e-6:
            self._laid = (width, break_lines(self.paras, width, self.styles))
        return self._laid[1]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self._lines(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        # Like reportlab's Paragraph, split the lines of the last wrap: a Table wraps a
        # cell at its width less padding but asks to split at the whole column width.
        lines = self._lines(self._laid[0] if self._laid else availWidth)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit <= 0 or not lines or (fit == 1 and len(lines) > 1):
            return []  # no room, or a lone first line at the foot of a page (an orphan)
        if fit >= len(lines):
            return [self]
        head = ScriptParagraph(
            self.text, self.style, (self.styles, [(ln.base, ln.words) for ln in lines[:fit]])
        )
        tail = ScriptParagraph(
            self.text, self.style, (self.styles, [(ln.base, ln.words) for ln in lines[fit:]])
        )
        head.spaceAfter = 0
        tail.spaceBefore = 0
        return [head, tail]

    def draw(self) -> None:
        lines = self._lines(self.width)
        if not lines:
            return
        writer = GlyphWriter(self.canv)
        y = self.height - _first_size(lines[0], self.styles, self.style.fontSize)
        for line in lines:
            writer.line(line, self.styles, 0, y, self.width, self.style.alignment)
            y -= self.style.leading
        writer.emit()


def line_width(text: str, font: str, size: float) -> float:
    """The width of one line of user text (no markup) in ``font`` at ``size``."""
    styles, paras = _single(text, font, size)
    return sum(w for ln in _as_lines(paras) for _, w in visual_order(ln, styles))


def _single(text: str, font: str, size: float) -> tuple[list[FragStyle], list[Para]]:
    clean = " ".join(part for part in _clean_spaces(text).split(" ") if part)
    return [FragStyle(font, size, black, 0)], [words(clean, [0] * len(clean), [font])]


def _as_lines(paras: list[Para]) -> list[Line]:
    return [Line(base, ws) for base, ws in paras]


def draw_line(
    canvas: Canvas, text: str, x: float, y: float, font: str, size: float, anchor: str
) -> None:
    """Draw one line of user text at (x, y); ``anchor`` is start, middle or end of it.

    The canvas's fill colour is used, as by ``Canvas.drawString``.
    """
    _, paras = _single(text, font, size)
    color: Any = canvas._fillColorObj
    styles = [FragStyle(font, size, color if isinstance(color, Color) else black, 0)]
    writer = GlyphWriter(canvas)
    for line in _as_lines(paras):
        used = sum(w for _, w in visual_order(line, styles))
        left = {"start": x, "middle": x - used / 2, "end": x - used}[anchor]
        writer.line(line, styles, left, y, used, TA_LEFT)
    writer.emit()
