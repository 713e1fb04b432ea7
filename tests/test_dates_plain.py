"""The all-digit dates read without dateparser must read exactly as dateparser reads them.

``cleanpress.dates`` answers "17.11.2025 14:05" or "2025-11-17" itself, because
dateparser costs about a millisecond a date. These tests hold that shortcut to
dateparser's answer, for every language of the lexicon, with and without ``now``.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime

import pytest

from cleanpress import dates
from cleanpress.dates import DateMatch, parse_date
from cleanpress.lexicon import available_languages, lexicon_for

NOW = (None, datetime(2024, 5, 5, 12, 0))


def _by_dateparser(monkeypatch: pytest.MonkeyPatch, text: str, code: str | None, now: datetime | None) -> datetime | None:
    """``parse_date`` with the shortcut switched off."""
    lex = lexicon_for(code)
    with monkeypatch.context() as m:
        m.setattr(dates, "_read_plain_date", lambda *args: None)
        return parse_date(DateMatch(text=text, relative=False, has_year=True), lex.languages, now, lex)


def _shortcut(text: str, code: str | None, now: datetime | None) -> datetime | None:
    lex = lexicon_for(code)
    return parse_date(DateMatch(text=text, relative=False, has_year=True), lex.languages, now, lex)


def _numeric_dates(rng: random.Random, n: int) -> Iterator[str]:
    for _ in range(n):
        year, month, day = rng.randint(1900, 2099), rng.randint(1, 12), rng.randint(1, 31)
        hour, minute = rng.randint(0, 23), rng.randint(0, 59)
        d, m = rng.choice([str(day), f"{day:02d}"]), rng.choice([str(month), f"{month:02d}"])
        yield rng.choice(
            [
                f"{d}.{m}.{year}",
                f"{d}.{m}.{year} {hour:02d}:{minute:02d}",
                f"{d}.{m}.{year}, {hour}:{minute:02d}",
                f"{d}. {m}. {year}",
                f"{d}. {m}. {year}, {hour:02d}:{minute:02d}",
                f"{hour:02d}:{minute:02d} {d}.{m}.{year}",
                f"{year}-{month:02d}-{day:02d}",
            ]
        )


EDGES = [
    "29.02.2000",
    "29.02.2100",
    "31.04.2020",
    "31.12.1999 23:59",
    "1.1.2030, 0:00",
    "24:00 01.01.2020",
    "15.13.2020",
    "00.05.2020",
    "0001-01-01",
    "9999-12-31",
    "2030-07-01",
    "2020-02-30",
    "5.6.0999 12:30",
    "13. 1. 2020",
    "31. 04. 2020",
]


@pytest.mark.parametrize("code", [None, *available_languages()])
def test_plain_dates_read_as_dateparser_reads_them(monkeypatch: pytest.MonkeyPatch, code: str | None) -> None:
    rng = random.Random(f"plain-dates-{code}")
    texts = [*EDGES, *_numeric_dates(rng, 12)]
    for text in texts:
        for now in NOW:
            assert _shortcut(text, code, now) == _by_dateparser(monkeypatch, text, code, now), (code, text, now)


def test_the_shortcut_reads_the_common_shapes() -> None:
    """The shapes are really read without dateparser (else the test above proves nothing)."""
    assert dates._read_plain_date("17.11.2025, 14:05", day_first=True) == datetime(2025, 11, 17, 14, 5)
    assert dates._read_plain_date("14:05 17.11.2025", day_first=True) == datetime(2025, 11, 17, 14, 5)
    assert dates._read_plain_date("2025-11-17", day_first=False) == datetime(2025, 11, 17)
    # Month first in US English: left to dateparser.
    assert dates._read_plain_date("11.12.2025", day_first=False) is None
    assert dates._read_plain_date("31.02.2025", day_first=True) is None
