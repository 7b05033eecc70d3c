"""From a line of text to runs of glyphs: bidi levels, font choice and HarfBuzz shaping.

Only text that needs it comes here (``fonts.is_plain`` sends the rest to reportlab's own
paragraphs). The steps are the standard ones of a text engine:

1. **Bidi levels** per character with the Unicode bidirectional algorithm (python-bidi,
   which wraps the Rust ``unicode-bidi`` crate). The base direction of a line comes from
   its first strong character, as in a browser's ``dir="auto"``.
2. **Runs**: the text is cut where the font (``fonts.font_for``), the level or the style
   changes, so each run is one font in one direction.
3. **Shaping** of each run by HarfBuzz (uharfbuzz) with the run's font and direction:
   Arabic letters join, Devanagari clusters form, emoji sequences become one glyph.
   HarfBuzz returns the glyphs of a right-to-left run already in drawing order.

reportlab 5.1 can shape with uharfbuzz itself, but only in the font of the first
fragment of a word, and its bidi needs ``rlbidi``, which is not on PyPI; its shaped text
also extracts as private-use characters. So the layout is ours and the engines are not.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import uharfbuzz as hb
from bidi import get_base_level, get_display
from reportlab.pdfbase import pdfmetrics

from workbench.exports.pdf.fonts import (
    REPLACEMENT,
    covers,
    fallback_for,
    font_for,
    is_invisible,
    is_neutral,
    joins_previous,
)

_LEVEL = re.compile(r"Level\(\s*(\d+)")
_RTL_CHARS = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202b\u202e\u2067\u2068"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_hb_lock = threading.Lock()
_hb_fonts: dict[str, hb.Font] = {}


def bidi_levels(text: str) -> tuple[int, list[int]]:
    """The paragraph level and the embedding level of each character of ``text``.

    python-bidi returns the levels only in its debug output (one per UTF-8 byte); that
    output is documented as "the calculated levels", and a test pins its form.
    """
    if not _RTL_CHARS.search(text):
        return 0, [0] * len(text)
    base = get_base_level(text)
    debug = str(get_display(text, debug=True))
    start = debug.index("levels:")
    per_byte = [int(n) for n in _LEVEL.findall(debug, start, debug.index("paragraphs:", start))]
    if len(per_byte) != len(text.encode("utf-8")):
        raise RuntimeError("python-bidi returned levels in an unknown form")
    levels = []
    offset = 0
    for char in text:
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return base, levels


@dataclass(frozen=True, slots=True)
class Shaped:
    """The glyphs of one run in drawing order; sizes in thousandths of an em."""

    font: str
    gids: tuple[int, ...]
    advances: tuple[float, ...]
    x_offsets: tuple[float, ...]
    y_offsets: tuple[float, ...]
    # (first glyph, number of glyphs, the text they stand for) in drawing order
    clusters: tuple[tuple[int, int, str], ...]
    rtl: bool
    width: float


def _hb_font(name: str) -> hb.Font:
    with _hb_lock:
        font = _hb_fonts.get(name)
        if font is None:
            ttf: Any = pdfmetrics.getFont(name)  # a TTFont: the stubs type it as Font
            data = ttf.face._ttf_data
            font = _hb_fonts[name] = hb.Font(hb.Face(hb.Blob(data)))
        return font


@lru_cache(maxsize=16384)
def shape(font: str, text: str, rtl: bool) -> Shaped:
    """HarfBuzz's glyphs for ``text`` in ``font`` (cached: words repeat)."""
    hb_font = _hb_font(font)
    buf = hb.Buffer()
    buf.add_codepoints([ord(c) for c in text])
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.flags = hb.BufferFlags.REMOVE_DEFAULT_IGNORABLES
    hb.shape(hb_font, buf, {})
    scale = 1000 / hb_font.face.upem
    # Glyph 0 (.notdef) is never drawn; the fonts are chosen so that it does not occur.
    glyphs = zip(buf.glyph_infos, buf.glyph_positions, strict=True)
    kept = [(i, p) for i, p in glyphs if i.codepoint]
    starts = sorted({i.cluster for i, _ in kept})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=False))
    clusters: list[tuple[int, int, str]] = []
    for n, (info, _) in enumerate(kept):
        if n and kept[n - 1][0].cluster == info.cluster:
            first_glyph, count, chars = clusters[-1]
            clusters[-1] = (first_glyph, count + 1, chars)
            continue
        begin = 0 if info.cluster == starts[0] else info.cluster
        clusters.append((n, 1, text[begin : ends[info.cluster]]))
    advances = tuple(p.x_advance * scale for _, p in kept)
    return Shaped(
        font=font,
        gids=tuple(i.codepoint for i, _ in kept),
        advances=advances,
        x_offsets=tuple(p.x_offset * scale for _, p in kept),
        y_offsets=tuple(p.y_offset * scale for _, p in kept),
        clusters=tuple(clusters),
        rtl=rtl,
        width=sum(advances),
    )


@dataclass(frozen=True, slots=True)
class Run:
    """Part of a word in one font, one direction and one style, ready to draw."""

    shaped: Shaped
    style: int  # index of the fragment (size, colour) it belongs to
    level: int
    source: str  # the text it reads as (a replacement character reads as what it replaced)


@dataclass(frozen=True, slots=True)
class Word:
    """Runs between two spaces, in logical order, and the space after the word."""

    runs: tuple[Run, ...]
    space_level: int  # level of the space that follows (unused after the last word)


def _fonts(text: str, styles: list[int], primaries: list[str]) -> list[str | None]:
    """The font of each character: its own, neutrals between two alike take that one."""
    n = len(text)
    fonts: list[str | None] = [None] * n
    neutral = [False] * n
    for i, char in enumerate(text):
        code = ord(char)
        fallback = fallback_for(primaries[styles[i]])
        before = fonts[i - 1] if i else None
        if before and joins_previous(code) and (code in covers(before) or is_invisible(code)):
            fonts[i] = before
        elif is_invisible(code):  # HarfBuzz drops it; any font will do
            fonts[i] = before or fallback.primary
        elif is_neutral(code):
            neutral[i] = True
            fonts[i] = font_for(code, fallback)
        else:
            nxt = ord(text[i + 1]) if i + 1 < n else None
            fonts[i] = font_for(code, fallback, nxt)
    # A space or comma inside an Arabic name stays in the Arabic font, so the run is whole.
    last: str | None = None
    pending: list[int] = []
    for i in range(n):
        if neutral[i]:
            pending.append(i)
            continue
        if pending and last is not None and last == fonts[i]:
            for j in pending:
                if ord(text[j]) in covers(last):
                    fonts[j] = last
        pending = []
        last = fonts[i]
    return fonts


def words(text: str, styles: list[int], primaries: list[str]) -> tuple[int, list[Word]]:
    """The paragraph level and the words of one line of text (spaces already single).

    ``styles[i]`` is the fragment of character ``i``; ``primaries[f]`` its DejaVu face.
    """
    base, levels = bidi_levels(text)
    fonts = _fonts(text, styles, primaries)
    result: list[Word] = []
    runs: list[Run] = []
    i, n = 0, len(text)
    while i < n:
        if text[i] == " ":
            if runs:  # a word of invisible controls only is no word
                result.append(Word(tuple(runs), levels[i]))
            runs = []
            i += 1
            continue
        j = i + 1
        if fonts[i] is None:  # no font has it: one replacement character per character
            source = text[i]
            shaped = shape(primaries[styles[i]], REPLACEMENT, bool(levels[i] % 2))
        else:
            key = (fonts[i], levels[i], styles[i])
            while j < n and text[j] != " " and (fonts[j], levels[j], styles[j]) == key:
                j += 1
            source = text[i:j]
            shaped = shape(fonts[i], source, bool(levels[i] % 2))
        if shaped.gids:  # a run of invisible controls (a bidi mark) draws nothing
            runs.append(Run(shaped, styles[i], levels[i], source))
        i = j
    if runs:
        result.append(Word(tuple(runs), base))
    return base, result
