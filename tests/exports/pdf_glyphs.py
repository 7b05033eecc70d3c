"""Reading back what a PDF draws: the glyphs, by outline, and what poppler makes of it.

A subset font renumbers its glyphs, so a drawn glyph is recognised by its outline: the
points of the glyph in the subset embedded in the PDF are compared with those of a glyph
in the font file in ``resources/fonts``.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest
import uharfbuzz as hb
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

from workbench.config import fonts_dir

NOTDEF = ("notdef",)
BLANK = ((), ())
BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))

Outline = tuple


def _outline(font: TTFont, name: str) -> Outline:
    glyf = font["glyf"]
    coords, ends, _ = glyf[name].getCoordinates(glyf)
    return (tuple(coords), tuple(ends))


@cache
def _font_file(face: str) -> tuple[TTFont, bytes]:
    path = fonts_dir() / f"{face}.ttf"
    return TTFont(str(path)), path.read_bytes()


def shaped(face: str, text: str, rtl: bool) -> list[Outline]:
    """HarfBuzz's visible glyphs for ``text`` in a font of resources/fonts, in its order.

    Blank glyphs (spaces, the invisible glyph of a variation selector) draw nothing and
    are left out.
    """
    font, data = _font_file(face)
    buf = hb.Buffer()
    buf.add_codepoints([ord(c) for c in text])
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(hb.Font(hb.Face(data)), buf, {})
    order = font.getGlyphOrder()
    outlines = [_outline(font, order[info.codepoint]) for info in buf.glyph_infos]
    return [o for o in outlines if o != BLANK]


def drawn(pdf: bytes) -> list[tuple[str, Outline]]:
    """Every glyph the pages draw, in content order: (font name, outline).

    The font name is the BaseFont without its subset tag, e.g. ``NotoSansArabic-Regular``;
    a glyph that is .notdef (glyph 0 of its subset) is ``NOTDEF``.
    """
    reader = PdfReader(io.BytesIO(pdf))
    result: list[tuple[str, Outline]] = []
    subsets: dict[int, tuple[str, TTFont, dict[int, str]]] = {}
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        current = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                font = fonts[operands[0]].get_object()
                key = id(font)
                if key not in subsets:
                    data = font["/FontDescriptor"]["/FontFile2"].get_object().get_data()
                    tt = TTFont(io.BytesIO(data))
                    name = str(font["/BaseFont"]).split("+", 1)[1]
                    subsets[key] = (name, tt, tt["cmap"].getcmap(1, 0).cmap)
                current = subsets[key]
            elif operator in (b"TJ", b"Tj"):
                strings = operands[0] if operator == b"TJ" else [operands[0]]
                for item in strings:
                    if isinstance(item, (int, float)) or not hasattr(item, "get_original_bytes"):
                        continue
                    assert current is not None
                    name, tt, cmap = current
                    for code in item.get_original_bytes():
                        glyph = cmap.get(code, ".notdef")
                        outline = NOTDEF if glyph == ".notdef" else _outline(tt, glyph)
                        if outline != BLANK:
                            result.append((name, outline))
    return result


def poppler(tool: str) -> str:
    """The path of a poppler tool; CI installs poppler-utils (``.ci/run``)."""
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is missing: apt-get install poppler-utils"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    """poppler's text of a PDF, without the bidi marks it adds around right-to-left runs."""
    source = tmp_path / "read.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(
        [poppler("pdftotext"), "-enc", "UTF-8", str(source), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return out.translate(BIDI_MARKS)


Box = tuple[int, float, float, float, float]  # page, left, top, right, bottom


def word_boxes(pdf: bytes, tmp_path: Path) -> list[Box]:
    """Every word poppler finds: its page and its box in points (top down)."""
    source = tmp_path / "boxes.pdf"
    source.write_bytes(pdf)
    html = subprocess.run(
        [poppler("pdftotext"), "-enc", "UTF-8", "-bbox", str(source), "-"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8", "replace")  # poppler writes an emoji in the <title> as CESU-8
    number = r'"(-?[\d.]+)"'
    pattern = rf"<word xMin={number} yMin={number} xMax={number} yMax={number}"
    return [
        (page, *map(float, box))  # type: ignore[misc]
        for page, text in enumerate(html.split("<page ")[1:], start=1)
        for box in re.findall(pattern, text)
    ]


def overlapping_words(boxes: list[Box]) -> list[tuple[Box, Box]]:
    """Pairs of words on one line of a page whose boxes overlap: text over other text."""
    lines: dict[tuple[int, float], list[Box]] = {}
    for box in boxes:
        lines.setdefault((box[0], round(box[4])), []).append(box)
    clashes = []
    for words in lines.values():
        words.sort()
        clashes += [(a, b) for a, b in pairwise(words) if b[1] < a[3] - 0.5]
    return clashes


def pdffonts(pdf: bytes, tmp_path: Path) -> list[dict[str, str]]:
    """poppler's table of the fonts a PDF names: name, type, embedded, subset, unicode."""
    source = tmp_path / "fonts.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(
        [poppler("pdffonts"), str(source)], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    rows = []
    for line in out[2:]:
        parts = line.split()
        # name, type (one or two words), encoding, emb, sub, uni, object id
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def squeeze(text: str) -> str:
    """Text without whitespace: poppler moves a space at the edge of a right-to-left run."""
    return "".join(text.split())
