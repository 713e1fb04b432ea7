"""Table rows (cells joined by tabs) inside an article stay with its text."""

from __future__ import annotations

import cleanpress
from cleanpress.normalize import split_lines, table_rows

PARA = (
    "The survey asked more than two thousand households how their heating bills changed over the "
    "winter, and the answers differ a great deal from one region to the next."
)
AFTER = (
    "Economists say the gap between the regions will narrow once the new tariffs take effect, "
    "although nobody expects it to close before the end of the decade."
)


def test_table_rows_are_found_from_the_tabs() -> None:
    text = "a\tb\nplain\r\nc\td\te\n\n\tlead\ntail\t\n x \t y "
    # A tab at either end of a line is whitespace, not a cell boundary.
    assert table_rows(text, split_lines(text)) == [0, 2, 6]


def test_table_between_paragraphs_is_body() -> None:
    rows = [f"Region {k}\t{k * 3}%\t{k * 7} EUR" for k in range(1, 41)]
    text = "\n".join(["Heating bills rose in every region", PARA, "Region\tChange\tAverage bill", *rows, AFTER])
    doc = cleanpress.parse(text)
    assert "Region 7 21% 49 EUR" in doc.body
    assert AFTER in doc.body
    assert not doc.related
