"""Text in any script: the PDFs draw HarfBuzz's glyphs in reading order, in a font that
has them, and give the text back in logical order.

Lines are rendered through the exports' own paragraph factory (``styles.para``), the glyphs
drawn are read back from the PDF by outline (``pdf_glyphs``) and compared with HarfBuzz
shaping each run in the font meant for it; poppler's ``pdftotext`` reads the text back.
"""

from __future__ import annotations

import io
from itertools import cycle

import pytest
from pdf_glyphs import NOTDEF, drawn, pdftotext, shaped, squeeze, word_boxes
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from workbench.exports.pdf.fonts import FONT
from workbench.exports.pdf.shaping import bidi_levels
from workbench.exports.pdf.styles import make_styles, para

ARABIC, HEBREW = "NotoSansArabic-Regular", "NotoSansHebrew-Regular"
HINDI, EMOJI, LATIN = "NotoSansDevanagari-Regular", "NotoEmoji-Regular", "DejaVuSans"

# Each line, and its runs as they appear from left to right: (font, text, right-to-left).
LINES: dict[str, tuple[str, list[tuple[str, str, bool]]]] = {
    "dutch with an Arabic name": (
        "Gesprek met محمد الأمين over de mica-keten.",
        [
            (LATIN, "Gesprek met ", False),
            (ARABIC, "محمد الأمين", True),
            (LATIN, " over de mica-keten.", False),
        ],
    ),
    "dutch with Hebrew": (
        "Citaat van de inkoper: שלום עולם",
        [(LATIN, "Citaat van de inkoper: ", False), (HEBREW, "שלום עולם", True)],
    ),
    "hebrew alone": ("שלום עולם ומה שלומך", [(HEBREW, "שלום עולם ומה שלומך", True)]),
    "hindi": (
        "खदान में बाल श्रम नहीं होना चाहिए",
        [(HINDI, "खदान में बाल श्रम नहीं होना चाहिए", False)],
    ),
    "emoji": (
        "Akkoord 👍🏽 met 🇳🇱 en ❤️ 👩‍👩‍👧",
        [
            (LATIN, "Akkoord ", False),
            (EMOJI, "👍🏽", False),
            (LATIN, " met ", False),
            (EMOJI, "🇳🇱", False),
            (LATIN, " en ", False),
            (EMOJI, "❤️ 👩‍👩‍👧", False),
        ],
    ),
}


def note_lines() -> list[str]:
    """A note of more than 20,000 characters: the lines above, over and over."""
    lines: list[str] = []
    texts = cycle(text for text, _ in LINES.values())
    while sum(len(line) + 1 for line in lines) <= 20_000:
        lines.append(next(texts))
    return lines


def render(texts: list[str]) -> bytes:
    """The texts as paragraphs of a bare A4 document, through the exports' factory."""
    st = make_styles()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, initialFontName=FONT)
    doc.build([para(text, st.body) for text in texts])
    return out.getvalue()


def expected(runs: list[tuple[str, str, bool]]) -> dict[str, list[tuple]]:
    """HarfBuzz's glyphs of each run, per font, in drawing order."""
    per_font: dict[str, list[tuple]] = {}
    for font, text, rtl in runs:
        per_font.setdefault(font, []).extend(shaped(font, text, rtl))
    return per_font


def drawn_per_font(pdf: bytes) -> dict[str, list[tuple]]:
    per_font: dict[str, list[tuple]] = {}
    for font, outline in drawn(pdf):
        per_font.setdefault(font, []).append(outline)
    return per_font


@pytest.mark.parametrize("name", list(LINES))
def test_the_glyphs_drawn_are_the_shapers(name: str) -> None:
    text, runs = LINES[name]
    assert drawn_per_font(render([text])) == expected(runs)


def test_a_20000_character_note_is_drawn_glyph_for_glyph() -> None:
    lines = note_lines()
    note = "\n".join(lines)
    assert len(note) > 20_000
    runs = [run for line in lines for run in dict(LINES.values())[line]]
    pdf = render([note])
    got = drawn_per_font(pdf)
    assert got == expected(runs)
    assert sum(len(v) for v in got.values()) > 10_000


def test_no_notdef_glyph_is_drawn() -> None:
    wrapped = " ".join(note_lines()[:60])  # one long paragraph: runs cross line ends
    missing = "Ook 漢字 en ☃ en \U0001d11e"  # a script none of the fonts has
    pdf = render([wrapped, missing, *(text for text, _ in LINES.values())])
    glyphs = drawn(pdf)
    assert glyphs
    assert not [font for font, outline in glyphs if outline == NOTDEF]


def test_pdftotext_reads_every_line_in_logical_order(tmp_path) -> None:
    texts = [text for text, _ in LINES.values()]
    got = squeeze(pdftotext(render(texts), tmp_path))
    assert squeeze("".join(texts)) in got


def test_pdftotext_reads_the_long_note_in_logical_order(tmp_path) -> None:
    lines = note_lines()
    got = squeeze(pdftotext(render(["\n".join(lines)]), tmp_path))
    assert squeeze("".join(lines)) in got


def test_a_character_no_font_has_reads_as_itself(tmp_path) -> None:
    got = pdftotext(render(["Ook 漢字 hier"]), tmp_path)
    assert "Ook 漢字 hier" in got


def test_python_bidi_levels_keep_their_form() -> None:
    """The levels come from python-bidi's debug output; pin what it must say."""
    base, levels = bidi_levels("ab (אב) 12")
    assert base == 0
    assert levels == [0, 0, 0, 0, 1, 1, 0, 0, 2, 2]  # European numbers go up two (I1)
    base, levels = bidi_levels("שלום, 42 world")
    assert base == 1
    assert levels[:4] == [1, 1, 1, 1] and levels[6:8] == [2, 2] and levels[-5:] == [2] * 5


def test_an_endless_arabic_word_breaks_between_clusters_inside_the_margins(tmp_path) -> None:
    word = "سلامعليكم" * 500  # 4,500 letters, no space: it must break inside the word
    mixed = "Naam: " + "abcdefghij" * 3 + "سلامعليكم" * 40
    pdf = render([word, mixed])
    assert not [font for font, outline in drawn(pdf) if outline == NOTDEF]
    # (the mixed line is there for the margins; on a page mostly in Arabic poppler
    # reads every line right to left, so its order is not checked here)
    assert squeeze(pdftotext(pdf, tmp_path)).startswith(word)
    left, right = 72 + 6, A4[0] - 72 - 6  # SimpleDocTemplate's margins and frame padding
    boxes = word_boxes(pdf, tmp_path)
    assert len(boxes) > 50
    assert all(x0 >= left - 0.5 and x1 <= right + 0.5 for _, x0, _, x1, _ in boxes)
