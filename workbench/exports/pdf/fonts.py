"""The fonts of the PDFs, and which of them draws each character.

DejaVu Sans (four faces) is the primary font. Characters of the scripts the group meets
that DejaVu draws badly or not at all go to a Noto font: Arabic, Hebrew and Devanagari
(regular and bold), and monochrome Noto Emoji. ``font_for`` makes the choice per
character, so a Dutch sentence with an Arabic name is drawn in two fonts.

Every font is a ``GlyphFont``: reportlab's TrueType font (embedded as subsets, so a PDF
carries only the glyphs it draws) that can also draw a glyph by its number, which is
what a shaper returns. Such a glyph is written under a private code (U+F0000 plus the
glyph number) whose ToUnicode entry is the text the glyph stood for the first time it
was drawn; ``layout`` wraps clusters that this does not describe in ActualText. The
ToUnicode map is written by us for all codes: reportlab's writes characters beyond
U+FFFF (emoji) as five hex digits, which readers cannot decode.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from workbench.config import fonts_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
PRIMARY = (FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC)
BOLD_FACES = frozenset({FONT_BOLD, FONT_BOLD_ITALIC})

ARABIC, HEBREW, DEVANAGARI, EMOJI = "arabic", "hebrew", "devanagari", "emoji"
# Script -> (regular face, bold face); file names are "<face>.ttf" in resources/fonts.
FALLBACKS: dict[str, tuple[str, str]] = {
    ARABIC: ("NotoSansArabic-Regular", "NotoSansArabic-Bold"),
    HEBREW: ("NotoSansHebrew-Regular", "NotoSansHebrew-Bold"),
    DEVANAGARI: ("NotoSansDevanagari-Regular", "NotoSansDevanagari-Bold"),
    EMOJI: ("NotoEmoji-Regular", "NotoEmoji-Regular"),
}
GLYPH_CODE_BASE = 0xF0000  # supplementary private use area A: no font here maps it
REPLACEMENT = "\ufffd"  # drawn for a character no font has, instead of an empty box

_SCRIPT_RANGES = (
    (0x0590, 0x05FF, HEBREW),
    (0x0600, 0x06FF, ARABIC),
    (0x0750, 0x077F, ARABIC),
    (0x0870, 0x08FF, ARABIC),
    (0x0900, 0x097F, DEVANAGARI),
    (0x1CD0, 0x1CFF, DEVANAGARI),
    (0xA8E0, 0xA8FF, DEVANAGARI),
    (0xFB1D, 0xFB4F, HEBREW),
    (0xFB50, 0xFDFF, ARABIC),
    (0xFE70, 0xFEFF, ARABIC),
    (0x1F000, 0x1FAFF, EMOJI),
)
# Characters that belong to the character before them (marks, joiners, selectors,
# skin tones, tag characters): they stay in its font so the shaper sees the cluster.
_JOINERS = frozenset({0x200C, 0x200D, 0x034F, 0x20E3})
_RTL_CLASSES = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI", "LRE", "LRO", "LRI", "FSI"})

_lock = threading.Lock()
_ready = False
_plain: frozenset[str] = frozenset()


class GlyphFont(TTFont):
    """A TrueType font that draws characters and, through private codes, glyph numbers."""

    def glyph_code(self, gid: int) -> str:
        """The private character that stands for glyph ``gid`` in this font."""
        code = GLYPH_CODE_BASE + gid
        face = self.face
        if code not in face.charToGlyph:
            face.charToGlyph[code] = gid
            face.charWidths[code] = face.hmetrics[gid][0] * 1000 / face.unitsPerEm
        return chr(code)

    def glyph_text(self, doc: Any, gid: int, text: str) -> str:
        """What glyph ``gid`` reads as in ``doc``: the first text it was drawn for."""
        state = self._assignState(doc)  # type: ignore[attr-defined]  # not in the stubs
        texts: dict[int, str] = state.__dict__.setdefault("glyph_texts", {})
        return texts.setdefault(gid, text)

    def addObjects(self, doc: Any) -> None:
        """reportlab's ``TTFont.addObjects`` with our ToUnicode map; otherwise the same.

        Kept line for line with reportlab 5.1 apart from the map: reportlab builds its own
        in the middle of the method, with no way to hand it another.
        """
        state = self._assignState(doc)  # type: ignore[attr-defined]  # not in the stubs
        state.frozen = 1
        face: Any = self.face  # reportlab's TTFontFace: its stubs lack what is used here
        texts: dict[int, str] = state.__dict__.get("glyph_texts", {})
        fonts = doc.idToObject["BasicFonts"].dict
        for n, subset in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            base = (SUBSETN(n) + b"+" + face.name + face.subfontNameX).decode("pdfdoc")
            pdf_font: Any = pdfdoc.PDFTrueTypeFont()
            pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
            pdf_font.Name = internal
            pdf_font.BaseFont = base
            pdf_font.FirstChar = 0
            pdf_font.LastChar = len(subset) - 1
            pdf_font.Widths = pdfdoc.PDFArray(list(map(face.getCharWidth, subset)))
            stream = pdfdoc.PDFStream()
            stream.content = _to_unicode_cmap(base, subset, texts, face.glyphToChar)
            if doc.compression:
                stream.filters = [pdfdoc.PDFZCompress]
            pdf_font.ToUnicode = doc.Reference(stream, "toUnicodeCMap:" + base)
            pdf_font.FontDescriptor = face.addSubsetObjects(doc, base, subset)
            doc.Reference(pdf_font, internal)
            fonts[internal] = pdf_font
        del self.state[doc]


def _to_unicode_cmap(
    name: str, subset: list[int], texts: dict[int, str], glyph_chars: dict[int, list[int]]
) -> str:
    """A ToUnicode CMap in UTF-16BE, as the PDF reference requires.

    A glyph drawn only inside ActualText spans has no text of its own: it maps to the
    character the font's cmap gives it, if any (for readers that ignore ActualText).
    """
    entries = []
    for i, code in enumerate(subset):
        if code >= GLYPH_CODE_BASE:
            gid = code - GLYPH_CODE_BASE
            value = texts.get(gid) or "".join(map(chr, glyph_chars.get(gid, [])[:1]))
            value = value or REPLACEMENT
        else:
            value = chr(code)
        entries.append(f"<{i:02X}> <{value.encode('utf-16-be').hex().upper()}>")
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        f"1 begincodespacerange <00> <{len(subset) - 1:02X}> endcodespacerange",
    ]
    for start in range(0, len(entries), 100):  # at most 100 entries per block
        block = entries[start : start + 100]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


def register_fonts() -> None:
    """Register every font with reportlab, once per process."""
    global _ready, _plain
    with _lock:
        if _ready:
            return
        folder = fonts_dir()
        faces = list(PRIMARY) + sorted({f for pair in FALLBACKS.values() for f in pair})
        for name in faces:
            pdfmetrics.registerFont(GlyphFont(name, str(folder / f"{name}.ttf"), shapable=False))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        covered = set.intersection(*(set(covers(n)) for n in PRIMARY))
        _plain = frozenset(chr(c) for c in covered if _plain_char(c)) | frozenset("\n\t")
        _ready = True


def _plain_char(code: int) -> bool:
    """A character reportlab's own paragraphs draw right with DejaVu alone."""
    if 0x0590 <= code < 0x0900 or script_of(code) is not None:
        return False  # right-to-left or complex scripts, emoji
    if code in _JOINERS or 0xFE00 <= code <= 0xFE0F or 0x2000 <= code <= 0x200F:
        return code <= 0x200A  # the spaces are plain; joiners, selectors and marks are not
    if 0x2028 <= code <= 0x202F or 0x2066 <= code <= 0x206F:
        return False  # bidi controls and separators
    return unicodedata.bidirectional(chr(code)) not in _RTL_CLASSES


def is_plain(text: str) -> bool:
    """True if ``text`` needs no shaping, no bidi and no other font (the fast path)."""
    if not _ready:
        register_fonts()
    return _plain.issuperset(text)


@cache
def covers(font_name: str) -> frozenset[int]:
    """The characters a registered font has a glyph for."""
    font: Any = pdfmetrics.getFont(font_name)  # a TTFont: the stubs type it as Font
    return frozenset(c for c in font.face.charToGlyph if c < GLYPH_CODE_BASE)


@lru_cache(maxsize=65536)
def script_of(code: int) -> str | None:
    """The fallback script of a character, if it has one of its own."""
    for low, high, script in _SCRIPT_RANGES:
        if low <= code <= high:
            return script
    return None


@lru_cache(maxsize=65536)
def is_invisible(code: int) -> bool:
    """Default-ignorable controls (joiners, selectors, bidi marks): no glyph, no box."""
    return (
        code in (0x034F, 0x061C, 0x180E, 0xFEFF)
        or 0x200B <= code <= 0x200F
        or 0x202A <= code <= 0x202E
        or 0x2060 <= code <= 0x206F
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0000 <= code <= 0xE0FFF
    )


@lru_cache(maxsize=65536)
def joins_previous(code: int) -> bool:
    """A character that belongs to the cluster of the one before it."""
    if code in _JOINERS or 0xFE00 <= code <= 0xFE0F or 0xE0000 <= code <= 0xE01EF:
        return True
    if 0x1F3FB <= code <= 0x1F3FF:  # skin tones
        return True
    return unicodedata.category(chr(code)) in ("Mn", "Mc", "Me")


@lru_cache(maxsize=65536)
def is_neutral(code: int) -> bool:
    """Spaces, punctuation, digits and symbols of no script: they go with their neighbours."""
    if script_of(code) is not None:
        return False
    return unicodedata.category(chr(code))[0] in "ZPNS" and code < 0x2300


@dataclass(frozen=True, eq=False)  # one per primary face (cached), hashed by identity
class Fallback:
    """The faces used for one primary face: the primary itself and one per script."""

    primary: str
    by_script: dict[str, str]


@cache
def fallback_for(primary: str) -> Fallback:
    """Bold primaries fall back to bold faces; italics to the upright ones."""
    bold = primary in BOLD_FACES
    return Fallback(primary, {s: pair[1 if bold else 0] for s, pair in FALLBACKS.items()})


@lru_cache(maxsize=65536)
def font_for(code: int, fallback: Fallback, next_code: int | None = None) -> str | None:
    """The font that draws ``code``: its script's font, else the primary, else any.

    Symbols followed by the emoji variation selector (U+FE0F) ask for the emoji font.
    None means no font has the character (it is drawn as U+FFFD).
    """
    script = script_of(code)
    if script is None and next_code == 0xFE0F:
        script = EMOJI
    if script is not None:
        face = fallback.by_script[script]
        if code in covers(face):
            return face
    if code in covers(fallback.primary):
        return fallback.primary
    for face in fallback.by_script.values():
        if code in covers(face):
            return face
    return None
