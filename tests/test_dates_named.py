"""Dates written with a month's name, read without dateparser, must read exactly as dateparser reads them.

``cleanpress.dates`` answers "November 17, 2025", "17. Nov. 2025, 14:05" or
"15 Dec, 2025" itself when the month's name is one the lexicon knows and
dateparser reads the same way. These tests hold that shortcut to dateparser's
answer for every month name of every language's lexicon, with and without
``now``, whatever the page's order of numeric dates.
"""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from cleanpress import dates
from cleanpress.dates import DateMatch, parse_date
from cleanpress.lexicon import available_languages, lexicon_for

SHAPES = (
    "{N} {d}, {Y}",
    "{d}. {N} {Y}",
    "{d} {N} {Y}",
    "{d} {N}, {Y}",
    "{d}. {N}, {Y}",
    "{d}. {N} {Y}, {H}:{MI}",
    "{d} {N} {Y} {H}:{MI}",
)
SETTINGS = [(now, order) for now in (None, datetime(2024, 5, 5, 12, 0)) for order in (None, True, False)]


def _both(monkeypatch: pytest.MonkeyPatch, text: str, code: str | None, now: datetime | None, order: bool | None) -> tuple[datetime | None, datetime | None]:
    lex = lexicon_for(code)
    match = DateMatch(text=text, relative=False, has_year=True)
    fast = parse_date(match, lex.languages, now, lex, day_first=order)
    with monkeypatch.context() as m:
        m.setattr(dates, "_read_plain_date", lambda *args: None)
        slow = parse_date(match, lex.languages, now, lex, day_first=order)
    return fast, slow


def _names(key: str) -> list[str]:
    names = {key, key[:1].upper() + key[1:]}
    if not key.endswith("."):
        names |= {n + "." for n in names}
    return sorted(names)


@pytest.mark.parametrize("code", [None, *available_languages()])
def test_named_dates_read_as_dateparser_reads_them(monkeypatch: pytest.MonkeyPatch, code: str | None) -> None:
    rng = random.Random(f"named-dates-{code}")
    lex = lexicon_for(code)
    used = 0
    for key in lex.months:
        name = rng.choice(_names(key))
        day = rng.choice([1, 9, 10, 12, 13, 28, 29, 30, 31, rng.randint(1, 31)])
        text = rng.choice(SHAPES).format(
            N=name,
            d=rng.choice([str(day), f"{day:02d}"]),
            Y=rng.randint(1900, 2099),
            H=rng.randint(0, 23),
            MI=f"{rng.randint(0, 59):02d}",
        )
        now, order = rng.choice(SETTINGS)
        fast, slow = _both(monkeypatch, text, code, now, order)
        assert fast == slow, (code, text, now, order)
        used += dates._read_plain_date(text, True, lex) is not None
    assert used > 0 or not lex.months


@pytest.mark.parametrize(
    "text",
    ["November 17, 2025", "Dec. 13, 2025", "17. November 2025", "17. Nov. 2025, 14:05", "15 Dec, 2025", "4 July 1999 23:59"],
)
@pytest.mark.parametrize("now, order", SETTINGS)
def test_common_named_dates(monkeypatch: pytest.MonkeyPatch, text: str, now: datetime | None, order: bool | None) -> None:
    fast, slow = _both(monkeypatch, text, "de", now, order)
    assert fast == slow
    assert dates._read_plain_date(text, True, lexicon_for("de")) is not None


def test_named_dates_the_shortcut_leaves_to_dateparser() -> None:
    en, ru, ja = lexicon_for("en"), lexicon_for("ru"), lexicon_for("ja")
    assert dates._read_plain_date("NOVEMBER 17, 2025", True, en) is None  # written otherwise than the lexicon
    assert dates._read_plain_date("November 31, 2025", True, en) is None  # no such day
    assert dates._read_plain_date("November 17, 2025 GMT", True, en) is None
    assert dates._read_plain_date("17 ноябре 2025", True, ru) is None  # an inflection dateparser does not read
    assert dates._read_plain_date("November 17, 2025", True, ja) is None  # dateparser gets Japanese too
    assert dates._read_plain_date("17 Nov 2025", True, ru) == datetime(2025, 11, 17)


def test_no_month_name_of_the_shortcut_is_a_time_zone() -> None:
    """dateparser reads "SET" or "MART" as a time zone when it has a ``now``."""
    from dateparser.timezones import timezone_info_list

    zones = {name.casefold() for info in timezone_info_list for name, _ in info["timezones"]}
    keys = {k for code in [None, *available_languages()] for k in lexicon_for(code).months}
    assert not {k for k in keys if k.rstrip(".") in zones} - dates._NAMED_DATE_EXCLUDED
