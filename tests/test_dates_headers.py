"""Date lines of article headers in many languages, from the data files in ``fixtures/dates``.

Each case builds a small page (menu, rubric, headline, date lines, text) and checks the
date ``parse`` returns: publication dates before "updated" ones, a teaser's newer date
above the article left alone, relative dates resolved against ``now`` and kept as text
without it. See ``fixtures/dates/README.md``.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest

import cleanpress
from cleanpress.dates import find_date, parse_date
from cleanpress.lexicon import lexicon_for

from .conftest import FIXTURES

DATES = FIXTURES / "dates"
PAGES: dict[str, dict[str, Any]] = json.loads((DATES / "pages.json").read_text(encoding="utf-8"))
CASES: list[dict[str, Any]] = json.loads((DATES / "cases.json").read_text(encoding="utf-8"))
MONTHS: dict[str, list[dict[str, Any]]] = json.loads((DATES / "months.json").read_text(encoding="utf-8"))


def _page(case: dict[str, Any]) -> str:
    page = PAGES[case["lang"]]
    lines = [*page["nav"], *case.get("before", []), page["rubric"], page["title"], *case["header"], *page["body"], *case.get("after", [])]
    return "\n".join(lines)


def _case_id(case: dict[str, Any]) -> str:
    return f"{case['lang']}:{' / '.join(case['header'])}{' @now' if case.get('now') else ''}"


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_header_date(case: dict[str, Any]) -> None:
    now = datetime.fromisoformat(case["now"]) if case.get("now") else None
    doc = cleanpress.parse(_page(case), now=now)
    expected: str | None = case["date"]
    if expected is None:
        assert doc.date is None
        if "date_text" in case:
            assert doc.date_text == case["date_text"]
        return
    assert doc.date is not None, doc.date_text
    assert doc.date.strftime("%Y-%m-%d %H:%M")[: len(expected)] == expected, doc.date_text
    if not case.get("any_language"):  # the page's language has no lexicon and may be misjudged
        assert doc.language == case["lang"]
    if "date_text" in case:
        assert doc.date_text == case["date_text"]
    if "utcoffset" in case:  # the time zone as written, in minutes east of UTC; null: none written
        offset = doc.date.utcoffset()
        assert (None if offset is None else offset.total_seconds() / 60) == case["utcoffset"], doc.date
    if "caption" in case:  # a photo's dated caption stays a caption
        assert case["caption"] in doc.captions


_MONTH_CASES = [
    (lang, shape["format"], number, name)
    for lang, shapes in MONTHS.items()
    for shape in shapes
    for number, name in enumerate(shape["names"], start=1)
]


@pytest.mark.parametrize("lang, shape, number, name", _MONTH_CASES)
def test_month_names(lang: str, shape: str, number: int, name: str) -> None:
    lex = lexicon_for(lang)
    day = 1 + (number * 7) % 28
    text = shape.format(day=day, month=name)
    match = find_date(text, lex)
    assert match is not None, text
    assert parse_date(match, lex.languages, None, lex) == datetime(2025, number, day), text
