"""Text without markup skips reportlab's parser and makes the very same paragraph."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from workbench.exports.pdf.styles import make_styles, markup, para


@pytest.mark.parametrize(
    "value",
    [
        "Linde Mobile / Lars de Boer",
        "  spaces   around\tand  inside  ",
        "no\xa0break\xa0spaces and 12 March 2021",
        "Ærø, Škoda, Ελληνικά, кириллица",
        "x",
    ],
)
def test_an_unmarked_paragraph_is_what_the_parser_makes(value: str) -> None:
    st = make_styles()
    for style in (st.body, st.cell, st.cell_head, st.muted, st.h2):
        fast = markup(value, style)
        parsed = Paragraph(value, style)
        assert isinstance(fast, Paragraph)
        assert fast.text == parsed.text
        assert [vars(f) for f in fast.frags] == [vars(f) for f in parsed.frags]
        assert fast.wrap(200, 500) == parsed.wrap(200, 500)
        assert fast.blPara.lines == parsed.blPara.lines


def test_each_unmarked_paragraph_has_lists_of_its_own() -> None:
    st = make_styles()
    one, two = para("one", st.body), para("two", st.body)
    assert one.frags[0].link is not two.frags[0].link
    assert one.frags[0].us_lines is not two.frags[0].us_lines


@pytest.mark.parametrize(("value", "shown"), [("", ""), ("   ", ""), ("a < b & c", "a < b & c")])
def test_empty_or_escaped_text_still_goes_through_the_parser(value: str, shown: str) -> None:
    st = make_styles()
    assert para(value, st.body).getPlainText() == shown
