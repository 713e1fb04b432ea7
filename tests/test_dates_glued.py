"""Dates glued to each other by a scraper that joins inline elements without a space.

A page that shows "published" and "updated" as two ``<time>`` elements side by
side renders, in some text dumps, as "25. Januar 202225. Januar 2022"; a date
and a time as "28.06.201914:30". The year ends where the next date begins.
"""

from __future__ import annotations

from datetime import datetime

import pytest

import cleanpress
from cleanpress.dates import unglue_years

GLUED = [
    ("25. Januar 202225. Januar 2022", "25. Januar 2022 25. Januar 2022"),
    ("28.06.201914.01.2020", "28.06.2019 14.01.2020"),
    ("13. 1. 202014:30", "13. 1. 2020 14:30"),
    ("March 5, 20242:30 pm", "March 5, 2024 2:30 pm"),
    ("4 de mayo de 202207:59 hs", "4 de mayo de 2022 07:59 hs"),
    ("17 ноября 202517 ноября 2025", "17 ноября 2025 17 ноября 2025"),
    ("Jane Doe7. Januar 20220", "Jane Doe7. Januar 2022 0"),  # a comment count glued on
    ("March 5, 202412 comments", "March 5, 2024 12 comments"),
]
# Numbers that only look glued: nothing to split.
NOT_GLUED = ["Tel. 20191234", "in 2019 12 Leute", "ISBN 978-3-20191-2", "2025", "Order 202512 shipped", "Kundennummer 7. Januar 2022123456"]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_a_year_glued_to_the_next_date_is_split(text: str, expected: str) -> None:
    assert unglue_years(text) == expected


@pytest.mark.parametrize("text", NOT_GLUED)
def test_other_digit_runs_are_left_alone(text: str) -> None:
    assert unglue_years(text) == text


def test_a_glued_date_pair_dates_the_article() -> None:
    text = (
        "Der Gemeinderat stimmt dem neuen Radweg zu\n"
        "25. Januar 202225. Januar 2022\n"
        "Der Gemeinderat hat am Dienstagabend mit großer Mehrheit beschlossen, dass der neue Radweg "
        "entlang der Hauptstraße noch in diesem Jahr gebaut wird. Die Kosten trägt zum größten Teil das Land.\n"
        "Die Bauarbeiten sollen im Frühjahr beginnen und bis zum Herbst dauern, teilte die Verwaltung mit.\n"
    )
    doc = cleanpress.parse(text)
    assert doc.date is not None and doc.date.date() == datetime(2022, 1, 25).date()
