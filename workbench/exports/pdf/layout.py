"""Paragraphs and header lines in any script: line breaking, bidi reordering, glyph output.

``ScriptParagraph`` takes the same markup as reportlab's ``Paragraph`` (reportlab's own
parser reads it) and is used only for text that is not plain (``fonts.is_plain``). Lines
break at spaces; a word longer than the line breaks between clusters. Each line is put in
reading order with rule L2 of the bidi algorithm, run by run, and aligned to its start
(right for a right-to-left line).

``glyphs.GlyphWriter`` writes the glyphs.
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

from workbench.exports.pdf.glyphs import FragStyle, GlyphWriter
from workbench.exports.pdf.shaping import Run, Word, shape, words

_NO_BREAK = "\u00a0\u2007\u202f\u2060"


@dataclass(slots=True)
class Line:
    """One laid-out line: its words in logical order and the direction of its paragraph."""

    base: int
    words: list[Word]


Para = tuple[int, list[Word]]  # a hard line: its base level and its words


def _clean_spaces(text: str) -> str:
    return "".join(" " if c.isspace() and c not in _NO_BREAK else c for c in text)


_ALIGNMENTS = {"left": 0, "center": 1, "centre": 1, "right": 2, "justify": 4}


def _alignment(style: ParagraphStyle) -> int:
    """A style's alignment as reportlab's TA_* number (styles may also name it)."""
    value = style.alignment
    return value if isinstance(value, int) else _ALIGNMENTS[value]


def parse(markup: str, style: ParagraphStyle) -> tuple[list[FragStyle], list[Para]]:
    """Fragment styles and hard lines (``<br/>``) of reportlab markup."""
    _, frags, _ = ParaParser().parse(markup, style)  # type: ignore[no-untyped-call]
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
        chars: list[str] = []
        owners: list[int] = []
        for piece, owner in chunk:
            for char in piece:
                if char == " " and (not chars or chars[-1] == " "):
                    continue  # spaces collapse, as in reportlab
                chars.append(char)
                owners.append(owner)
        if chars and chars[-1] == " ":
            chars, owners = chars[:-1], owners[:-1]
        paras.append(words("".join(chars), owners, primaries) if chars else (0, []))
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


def _part(run: Run, start: int, end: int | None = None) -> Run:
    """Characters ``start:end`` (logical order) of a run, shaped again."""
    text = run.source[start:end]
    return Run(shape(run.shaped.font, text, run.shaped.rtl), run.style, run.level, text)


def _cut(word: Word, width: float, styles: Sequence[FragStyle]) -> tuple[Word, Word]:
    """The longest start of an over-long word that fits ``width`` (at least one cluster).

    The cut is found on the word as shaped whole, then the cut run is shaped again; if
    its letters changed form at the cut (Arabic joins) and it grew too wide, the cut
    moves back a cluster at a time.
    """
    used = 0.0
    for n, run in enumerate(word.runs):
        scale = styles[run.style].size / 1000
        clusters = run.shaped.clusters[::-1] if run.shaped.rtl else run.shaped.clusters
        ends: list[int] = []  # character counts at the end of each cluster that fits
        for first, count, text in clusters:
            w = sum(run.shaped.advances[first : first + count]) * scale
            if used + w > width and (n or ends):
                if not ends:
                    return Word(word.runs[:n], 0), Word(word.runs[n:], word.space_level)
                return _cut_run(word, n, ends, width - _width_before(word, n, styles), styles)
            used += w
            ends.append((ends[-1] if ends else 0) + len(text))
    return word, Word((), word.space_level)


def _width_before(word: Word, n: int, styles: Sequence[FragStyle]) -> float:
    return sum(run_width(r, styles) for r in word.runs[:n])


def _cut_run(
    word: Word, n: int, ends: list[int], room: float, styles: Sequence[FragStyle]
) -> tuple[Word, Word]:
    """Cut run ``n`` of ``word`` at the last of ``ends`` whose reshaped start fits ``room``."""
    run = word.runs[n]
    for k, chars in enumerate(reversed(ends)):
        head = _part(run, 0, chars)
        if run_width(head, styles) <= room + 1e-6 or k == len(ends) - 1:
            rest = (_part(run, chars), *word.runs[n + 1 :])
            return Word((*word.runs[:n], head), 0), Word(rest, word.space_level)
    raise AssertionError("unreachable: the last candidate is always taken")


def break_lines(paras: Sequence[Para], width: float, styles: Sequence[FragStyle]) -> list[Line]:
    """Greedy line breaking at spaces; over-long words break between clusters."""
    lines: list[Line] = []
    for base, para_words in paras:
        line: list[Word] = []
        used = 0.0
        pending: Word | None = None  # the rest of a word cut at the end of a line
        i = 0
        while pending is not None or i < len(para_words):
            if pending is not None:
                word, pending = pending, None
            else:
                word, i = para_words[i], i + 1
            w = word_width(word, styles)
            gap = space_width(line[-1], styles) if line else 0.0
            if used + gap + w <= width + 1e-6:
                line.append(word)
                used += gap + w
            elif line:
                lines.append(Line(base, line))
                line, used, pending = [], 0.0, word
            else:
                head, tail = _cut(word, width, styles)
                lines.append(Line(base, [head]))
                pending = tail if tail.runs else None
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


def draw_aligned(
    writer: GlyphWriter,
    line: Line,
    styles: Sequence[FragStyle],
    x: float,
    y: float,
    width: float,
    align: int,
) -> None:
    """Draw a line in the box from ``x`` to ``x + width`` with its baseline at ``y``.

    Alignment is to the start of the line: a right-to-left line aligned "left" sits right.
    """
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
            writer.run(run, styles[run.style], x, y)
        x += w


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
            draw_aligned(writer, line, self.styles, 0, y, self.width, _alignment(self.style))
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
    color: Any = canvas._fillColorObj  # type: ignore[attr-defined]  # not in the stubs
    styles = [FragStyle(font, size, color if isinstance(color, Color) else black, 0)]
    writer = GlyphWriter(canvas)
    for line in _as_lines(paras):
        used = sum(w for _, w in visual_order(line, styles))
        left = {"start": x, "middle": x - used / 2, "end": x - used}[anchor]
        draw_aligned(writer, line, styles, left, y, used, TA_LEFT)
    writer.emit()
