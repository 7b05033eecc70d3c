"""Paragraphs made from the fragments of their shape are the ones reportlab's parser
makes: the same fragments, the same lines."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from workbench.domain import Audience
from workbench.exports.pdf.blocks import group_tag
from workbench.exports.pdf.styles import make_styles, markup, para, text

TAG = group_tag(Audience.GROUP, "en")
LATE = "<font color='#A61B1B'><b>{}</b></font>"
SMALL = "<font size='7.5' color='#5A6270'>{}</font>"
SHAPES = [
    # (the first paragraph of a shape, another of the same shape)
    ("Linde Mobile / Lars de Boer", "Robeco / Carmen Kok"),
    ("  spaces   around\tand  inside  ", "other   spaces  "),
    ("no\xa0break\xa0spaces", "12\xa0March 2021"),
    ("Ærø, Škoda", "Ελληνικά, кириллица"),
    ("", ""),
    ("Ask for the code" + TAG, "Escalate to the board, with a longer text" + TAG),
    ("<b>Notes</b>", "<b>Notities</b>"),
    ("<b>Decided:</b> Escalate", "<b>Outcome:</b> Wait for the map"),
    (
        "Open<br/><font color='#A61B1B'><b>overdue</b></font>",
        "Done<br/><font color='#A61B1B'><b>late</b></font>",
    ),
    (
        "Title<br/><font size='7.5' color='#5A6270'>notes</font>",
        "T<br/><font size='7.5' color='#5A6270'>n n</font>",
    ),
    ("<b></b> lone tags <i></i>", "<b></b> lone tags again <i></i>"),
]


def _same(made: Paragraph, parsed: Paragraph) -> None:
    assert isinstance(made, Paragraph)
    assert made.text == parsed.text
    assert [vars(f) for f in made.frags] == [vars(f) for f in parsed.frags]
    assert made.wrap(120, 500) == parsed.wrap(120, 500)
    assert _lines(made) == _lines(parsed)


def _lines(paragraph: Paragraph) -> list[object]:
    """The broken lines, fragments compared by value (they have no ``==`` of their own)."""
    out: list[object] = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):  # one fragment: (extra space, words)
            out.append(line)
        else:
            fields = dict(vars(line))
            fields["words"] = [vars(w) for w in fields.get("words", [])]
            out.append(fields)
    return out


@pytest.mark.parametrize(("first", "second"), SHAPES)
def test_a_paragraph_of_a_known_shape_is_what_the_parser_makes(first: str, second: str) -> None:
    st = make_styles()
    for style in (st.body, st.cell, st.small, st.muted, st.h2):
        _same(markup(first, style), Paragraph(first, style))
        _same(markup(second, style), Paragraph(second, style))  # from the first's shape


def test_each_paragraph_has_lists_of_its_own() -> None:
    st = make_styles()
    one, two = para("one", st.body), para("two", st.body)
    assert one.frags[0].link is not two.frags[0].link
    assert one.frags[0].us_lines is not two.frags[0].us_lines


@pytest.mark.parametrize("value", ["a < b & c", "line\nbreak & more", "x &amp; y"])
def test_text_with_an_entity_still_goes_through_the_parser(value: str) -> None:
    st = make_styles()
    _same(para(value, st.body), Paragraph(text(value), st.body))
