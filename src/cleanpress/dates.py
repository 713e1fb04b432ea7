"""Dates: a fast regex finds lines that *are* dates; dateparser parses only those.

A line counts as a date line when, once its date parts (numbers in date
shapes, month and weekday names, relative words) are taken out, at most a few
words are left ("Опубликовано", "Updated", "г."). dateparser, which is slow and
has its own ideas about "now", is called only for such lines, with the page's
languages, and never with the clock: a relative date ("вчера", "3 hours ago")
is resolved against ``now`` only when the caller gave one, and otherwise left
as text; so is a date missing its year, unless the page itself writes one year
clearly more than any other (:func:`year_on_page`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, Sequence

import regex

from .lexicon import Lexicon, available_languages

__all__ = ["DateMatch", "match_date_line", "find_date", "word_relative_date", "words_only", "leading_date", "split_segments", "parse_date", "date_role", "day_first_on_page", "year_on_page", "day_and_month"]

# Numeric date and time shapes. Bounded quantifiers only: no backtracking blow-up.
_NUMERIC = regex.compile(
    r"(?<!\d)(?:"
    r"\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,6})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})"
    r"|\d{1,2}\. \d{1,2}\. \d{4}"  # "13. 1. 2020"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?"
    r"|(?:[01]?\d|2[0-3])h[0-5]\d"  # "12h30": the hour as French and Portuguese write it (see _H_TIME)
    r"|\d{1,4}(?:-?(?:st|nd|rd|th|го|е|я))?"
    r")(?!\d)",
    regex.IGNORECASE,
)
_ORDINAL = regex.compile(r"\d{1,4}(?:-?(?:st|nd|rd|th|го|е|я))?", regex.IGNORECASE)
# "12h30" is an hour beside a date ("hier à 12h30", "06/03/2025 10h12"); alone it is as
# often a duration ("Durée : 1h30"), so, like a bare number, it makes no date by itself.
_H_TIME = regex.compile(r"\d{1,2}h\d{2}")
_HAS_DIGIT = regex.compile(r"\d")
_WORD = regex.compile(r"\w+")
_TZ = regex.compile(
    r"(?<!\w)(?:UTC|GMT|MSK|МСК|CET|CEST|MEZ|MESZ|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|ALMT|JST|KST|HKT|SGT|AEST|AEDT)"
    r"(?:\s?[+-]\d{1,2}(?::?\d{2})?)?(?!\w)"
    r"|(?<=\d\s)[+-][01]\d:?[0-5]\d(?!\d)"  # "14:05 +03:00"
)
# Zones as dateparser spells them.
_TZ_ALIASES = {"МСК": "MSK"}
# What may be left on a date line besides the date itself.
MAX_LEFTOVER_WORDS = 3
MAX_DATE_LINE_CHARS = 80


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A line that is a date: the date part of it and whether it is relative."""

    text: str  # the date as written, label prefix removed
    relative: bool
    has_year: bool


# Two date elements side by side with nothing between them render glued when a
# scraper joins inline elements without a space ("<time>25. Januar 2022</time>
# <time>25. Januar 2022</time>" -> "25. Januar 202225. Januar 2022",
# "28.06.201914:30"). A year that follows a day (and maybe its month's name) and
# runs straight into the digits of a day or an hour ends there.
_GLUED_YEAR = regex.compile(
    r"(?<=\d\.?\s[^\W\d]{3,12}\.?,?\s|\d[./-]|\d\.\s|\d,\s)((?:19|20)\d{2})(?=\d{1,2}(?:[./:]|\s))"
    r"|(?<=[^\W\d]\.?,?\s)((?:19|20)\d{2})(?=\d{1,2}:\d{2}(?!\d))"  # "4 de mayo de 202207:59"
    # A count glued to the year of a day and month's name: "7. Januar 20220" (no comments yet).
    r"|(?<=\d\.?\s[^\W\d]{3,12}\.?,?\s)((?:19|20)\d{2})(?=\d{1,3}(?!\d))"
)


def unglue_years(text: str) -> str:
    """``text`` with a space after every year glued to a following date or time."""
    # Both shapes hold a year written "19.." or "20..": most lines have neither, and
    # two substring tests are cheaper than the pattern's lookbehinds at every position.
    if ("19" not in text and "20" not in text) or _GLUED_YEAR.search(text) is None:
        return text
    return _GLUED_YEAR.sub(lambda m: m.group() + " ", text)


# A page's date-shaped lines are looked at by several stages (features, the
# header's metadata, the fallback date, the headline's meta test), and menus and
# footers repeat over the pages of a site: the answers are memoised. Pure
# functions of their arguments (DateMatch is frozen), so the cache never changes one.
DATE_CACHE_SIZE = 8192


@lru_cache(maxsize=DATE_CACHE_SIZE)
def match_date_line(text: str, lex: Lexicon, max_leftover: int = MAX_LEFTOVER_WORDS) -> DateMatch | None:
    """``DateMatch`` when ``text`` is (almost) only a date, else ``None``.

    The match's ``text`` is the span from the first to the last date part, so
    "Post date March 5, 2014" gives "March 5, 2014" to dateparser.
    """
    if len(text) > MAX_DATE_LINE_CHARS or not text or _HAS_DIGIT.search(text) is None:
        return None  # every date we resolve has a digit: the cheap test first
    text = unglue_years(text)
    word_hits = list(lex.date_words.finditer(text))
    relative = any(m.group().casefold() in lex.relative and not _after_number(text, m.start()) for m in word_hits)
    month = any(m.group().casefold() in lex.months for m in word_hits)
    numeric = list(_NUMERIC.finditer(text))
    if not numeric:
        return None
    # "17.11.2025", "2025-11-17", "17:08" are dates by shape; a bare number
    # or an ordinal ("2026", "9", "2nd": "58 2nd Ave") only next to a month name.
    hour = [m for m in numeric if _H_TIME.fullmatch(m.group()) is not None]
    shaped = any(_ORDINAL.fullmatch(m.group()) is None and _H_TIME.fullmatch(m.group()) is None for m in numeric)
    if not (month or shaped or relative):
        return None
    if relative and not (month or shaped or hour) and sum(1 for m in word_hits if m.group().casefold() in lex.relative) < 2:
        return None  # "9 min" is a reading time; "3 часа назад", "2 days ago" are dates
    tz = list(_TZ.finditer(text))
    # Blank out the date parts and count what is left.
    if tz:
        rest = _TZ.sub(" ", text)
        rest = lex.date_words.sub(" ", rest)
    else:
        rest = _blank_out(text, word_hits)  # the date words found above: no second regex pass
    rest = _NUMERIC.sub(" ", rest)
    leftover = [w for w in _WORD.findall(rest) if not w.isdigit()]
    if len(leftover) > max_leftover:
        return None
    has_year = any(_YEAR.search(m.group()) for m in numeric) or (month and _short_year(text, lex))
    if has_year and relative:
        # A full date's span ends at its own parts: "Dec. 23, 2024, 1:24 PM / Source: TODAY".
        word_hits = [m for m in word_hits if m.group().casefold() not in lex.relative or m.group().casefold() in lex.months]
    parts = [*word_hits, *numeric, *tz]
    start = min(m.start() for m in parts)
    end = max(m.end() for m in parts)
    if text[end : end + 1] == ")" and text.count("(", start, end) > text.count(")", start, end):
        end += 1  # "14:05 (UTC+6)", "14:05 (МСК)": the bracket closes
    return DateMatch(text=text[start:end].strip(" ,"), relative=relative and not has_year, has_year=has_year)


def _after_number(text: str, at: int) -> bool:
    """Does a number stand right before ``at``? A unit after a number ("1 hr 50 min",
    "03:15 min") is a duration; a relative date has a word of its own that no number
    counts ("3 hours ago", "vor 3 Stunden", "вчера, 12:30")."""
    k = at
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return k > 0 and text[k - 1].isdigit()


def _blank_out(text: str, matches: Sequence[regex.Match[str]]) -> str:
    """``pattern.sub(" ", text)``, given all the matches of ``pattern`` in ``text`` in order."""
    pieces: list[str] = []
    pos = 0
    for m in matches:
        pieces.append(text[pos : m.start()])
        pos = m.end()
    pieces.append(text[pos:])
    return " ".join(pieces)


_YEAR = regex.compile(r"^\d{4}$|\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{2}$")
# A year of two digits after a day and a month's name: "28 ноября 11 (14:41)", "17 Nov 25",
# "17. Nov. 25, 10:30", and, month first, only with an apostrophe: "Nov 17, '25" ("Nov 17 25"
# may be a count). The two digits end the date: nothing but a bracket, a comma, a
# separator or a time follows, so "17 ноября 11:30" (an hour) and "17 Nov 25 comments" are
# no year. dateparser reads all of these as years; ``has_year`` lets it.
_SHORT_YEAR = regex.compile(
    r"(?<!\d)\d{1,2}\.? (?P<name>\p{L}{3,12})\.?,? '?\d{2}(?=\s*(?:$|[(,|·•]|\d{1,2}[:.]\d{2}(?!\d)))"
    r"|(?P<name2>\p{L}{3,12})\.? \d{1,2}(?:st|nd|rd|th)?,? ['’]\d{2}(?!\d)"
)


def _short_year(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` writes a day and a month's name with a year of two digits."""
    for m in _SHORT_YEAR.finditer(text):
        name = (m.group("name") or m.group("name2")).casefold()
        if name in lex.months or name + "." in lex.months:
            return True
    return False


# Pieces of a metadata line: "Oct 18, 2019 · 8 min read", "By Jane Doe | March 5, 2014".
_SEGMENTS = regex.compile(r"\s+[|·•—–]\s+|\s*[|·•]\s*|\s+-\s+")
# A slash between spaces too, but not between two numbers ("05 / 03 / 2024") nor before a time ("2024 / 09:18").
_SLASHED_SEGMENTS = regex.compile(r"\s+[|·•—–]\s+|(?<!\d)\s+/\s+(?!\d{1,2}:\d)|\s+/\s+(?!\d)|\s*[|·•]\s*|\s+-\s+")
# A date inside a longer line may stand among this many other words.
MAX_LEFTOVER_IN_SEGMENT = 5


def split_segments(text: str, slashes: bool = False) -> list[str]:
    """The pieces of a line joined by separators (``|``, ``·``, ``•``, dashes); with ``slashes``
    a slash between spaces too ("March 5, 2024 / Jane Doe / 3 Comments": a date line's pieces,
    where a slash in a credit, "© Jane Doe / Agency", stays whole for the other readers)."""
    if slashes and " / " in text:
        return [p for p in _SLASHED_SEGMENTS.split(text) if p.strip()]
    # Every separator _SEGMENTS finds has one of these characters; most lines have none.
    if not ("|" in text or "·" in text or "•" in text or "—" in text or "–" in text or "-" in text):
        return [text] if text.strip() else []
    return [p for p in _SEGMENTS.split(text) if p.strip()]


@lru_cache(maxsize=DATE_CACHE_SIZE)  # see DATE_CACHE_SIZE
def find_date(text: str, lex: Lexicon) -> DateMatch | None:
    """A date in a metadata line: the whole line, else one of its pieces; dates with a year first."""
    if len(text) > 2 * MAX_DATE_LINE_CHARS or _HAS_DIGIT.search(text) is None:
        return None
    text = unglue_years(text)
    whole = match_date_line(text, lex)
    segments = split_segments(text, slashes=True)
    if whole is not None and len(segments) == 1:
        return whole
    pieces = [(seg, m) for seg in segments if (m := match_date_line(seg, lex, MAX_LEFTOVER_IN_SEGMENT)) is not None]
    # (date, its piece labels it a revision): "Обновлено: 06.03.2025 | Опубликовано: 04.03.2025"
    # gives the publication. Only asked between two dated pieces.
    found = [(m, len(pieces) > 1 and date_role(seg, m, lex) == "updated") for seg, m in pieces]
    if whole is not None:
        found.append((whole, False))
    if not found:
        embedded = _embedded_date(text, lex)
        if embedded is not None:
            found.append((embedded, False))
    found.sort(key=lambda f: (not f[0].has_year, f[0].relative, f[1]))
    return found[0][0] if found else None


# A relative date in words alone ("Yesterday", "Вчера", "Кеше", "an hour ago", "Updated
# yesterday") is this short, and besides its relative words and a date label holds at most
# WORD_DATE_LEFTOVER short words ("an", "a few").
WORD_DATE_MAX_CHARS = 30
WORD_DATE_LEFTOVER = 2
WORD_DATE_LEFTOVER_CHARS = 4


def word_relative_date(text: str, lex: Lexicon) -> DateMatch | None:
    """A relative date written without a digit, else ``None``. Only the header asks, for
    a line under the headline: elsewhere such a word is a menu's "Today" or a phrase."""
    if len(text) > WORD_DATE_MAX_CHARS or not text.strip() or _HAS_DIGIT.search(text) is not None:
        return None
    hits = [m for m in lex.date_words.finditer(text) if m.group().casefold() in lex.relative]
    if not hits:
        return None
    leftover = _WORD.findall(lex.date_labels.sub(" ", _blank_out(text, hits)))
    if len(leftover) > WORD_DATE_LEFTOVER or any(len(w) > WORD_DATE_LEFTOVER_CHARS for w in leftover):
        return None
    label_end = max((m.end() for m in lex.date_labels.finditer(text)), default=0)
    return DateMatch(text=text[label_end:].strip(" :,.|·•-"), relative=True, has_year=False)


def words_only(match: DateMatch) -> bool:
    """Is the date a relative one in words alone (:func:`word_relative_date`)?"""
    return match.relative and _HAS_DIGIT.search(match.text) is None


_NUMERIC_DATE = regex.compile(r"(?<!\d)(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{1,2}\. \d{1,2}\. \d{4})(?!\d)")
_YEAR_NEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_DAY_NUMBER = regex.compile(r"(?<!\d)\d{1,2}(?!\d)")
# How far from a month name the day and the year of an embedded date may stand.
_EMBED_REACH = 12


def _embedded_date(text: str, lex: Lexicon) -> DateMatch | None:
    """A full date (day, month, year) inside a longer line: "Posted on 28. Juli 2019 by ..."."""
    m = _NUMERIC_DATE.search(text)
    if m is not None:
        return DateMatch(text=m.group(), relative=False, has_year=True)
    for hit in lex.date_words.finditer(text):
        if hit.group().casefold() not in lex.months:
            continue
        lo, hi = max(0, hit.start() - _EMBED_REACH), min(len(text), hit.end() + _EMBED_REACH)
        year = _YEAR_NEAR.search(text, hit.end(), hi)
        day = _DAY_NUMBER.search(text[lo:hi])
        if year is not None and day is not None:
            start = min(lo + day.start(), hit.start())
            return DateMatch(text=text[start : year.end()].strip(" ,"), relative=False, has_year=True)
    return None


# A dateline opens its line: the date is looked for in this many first characters.
_LEAD_SAMPLE_CHARS = 48
_LEAD_PUNCTUATION = " ,.([—–-"


def leading_date(text: str, lex: Lexicon) -> DateMatch | None:
    """A full date opening a line of text, as a dateline does: "19.10.2019, 15:30 Uhr Am
    Samstag ...", "(21. November 2022) Verbraucher ...", "March 5, 2024 - The council ..."."""
    head = text[:_LEAD_SAMPLE_CHARS]
    if _HAS_DIGIT.search(head) is None:
        return None
    head = unglue_years(head)
    m = _embedded_date(head, lex)
    if m is None:
        return None
    at = head.find(m.text)
    if at < 0:
        return None
    # Before the date only punctuation and a weekday: "(21. November 2022)", "Monday, March 5, 2024".
    before = _WORD.sub(lambda w: "" if w.group().casefold() in lex.weekdays else w.group(), head[:at])
    return m if not before.strip(_LEAD_PUNCTUATION) else None


@lru_cache(maxsize=1)
def _dateparser_languages() -> frozenset[str]:
    from dateparser.languages.loader import default_loader  # deferred: costly import

    return frozenset(default_loader.get_locale_map())


# A numeric date whose first two numbers could be day or month: "12/04/2020", "02-12-2025".
_DAY_MONTH = regex.compile(r"(?<![\d.])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d])")


def day_first_on_page(date_text: str, lines: Sequence[str], lex: Lexicon | None = None) -> bool | None:
    """Whether the page writes numeric dates day first, read from its unambiguous ones.

    Only asked when the article's date is ambiguous ("12/04/2020"): another date on
    the page with the same separator and a first number above 12 ("25/04/2020") says
    day first, a second number above 12 ("04/25/2020") month first. Failing that, the
    same day written with its month's name ("December 4, 2020", "12. April 2020")
    says which reading is meant. ``None`` when the page does not say, or says both.
    """
    m = _DAY_MONTH.search(date_text)
    if m is None or int(m.group(1)) > 12 or int(m.group(3)) > 12:
        return None
    sep = m.group(2)
    day = month = False
    for line in lines:
        if sep not in line or _HAS_DIGIT.search(line) is None:
            continue
        for hit in _DAY_MONTH.finditer(line[:DAY_ORDER_SAMPLE_CHARS]):
            if hit.group(2) != sep:
                continue
            a, b = int(hit.group(1)), int(hit.group(3))
            day |= 12 < a <= 31 and 1 <= b <= 12
            month |= 12 < b <= 31 and 1 <= a <= 12
    if day == month and lex is not None:
        first, second = int(m.group(1)), int(m.group(3))
        if first != second:
            year = _YEAR_NEAR.search(date_text[m.start() :])
            named = _named_days(lines, year.group() if year is not None else None, lex)
            day, month = (second, first) in named, (first, second) in named
    return day if day != month else None


def _named_days(lines: Sequence[str], year: str | None, lex: Lexicon) -> set[tuple[int, int]]:
    """The (month, day) pairs of the dates the page writes with a month name in ``year``."""
    found: set[tuple[int, int]] = set()
    if year is None:
        return found
    for line in lines:
        if year not in line:
            continue
        for hit in lex.date_words.finditer(line[:DAY_ORDER_SAMPLE_CHARS]):
            number = lex.months.get(hit.group().casefold())
            if number is None:
                continue
            lo, hi = max(0, hit.start() - _EMBED_REACH), hit.end() + _EMBED_REACH
            if year not in line[hit.end() : hi]:
                continue
            for d in regex.finditer(r"(?<!\d)\d{1,2}(?!\d)", line[lo:hi]):
                found.add((number, int(d.group())))
    return found


DAY_ORDER_SAMPLE_CHARS = 2000

# A date written without its year ("Aug 15", "18. Mai", "17 ноября, 14:05") is the year the
# page writes most, when it writes one year at least PAGE_YEAR_MIN_COUNT times and
# PAGE_YEAR_LEAD times as often as any other: sites leave out the year of this year's posts,
# and the page's title, text and footer write this year. Not when the page writes full dates
# too: a site that leaves out this year writes the year of older posts ("7 ноября 2011" over
# "16 января"), so the years it writes are not the one left out. Amounts ("$2000", "2000+",
# "2000 €") are no years.
PAGE_YEAR_MIN_COUNT = 2
PAGE_YEAR_LEAD = 2
_PAGE_YEAR = regex.compile(r"(?<![\d$€£₽¥])(?:19|20)\d{2}(?!\d|\+|%|\s?[$€£₽¥])")


def day_and_month(match: DateMatch, lex: Lexicon) -> tuple[int, int] | None:
    """(month, day) of a date written with a month's name and a day ("16 января", "Aug 15"), else ``None``."""
    for hit in lex.date_words.finditer(match.text):
        number = lex.months.get(hit.group().casefold())
        if number is None:
            continue
        lo, hi = max(0, hit.start() - _EMBED_REACH), hit.end() + _EMBED_REACH
        day = _DAY_NUMBER.search(match.text[lo:hi])
        if day is not None and 1 <= int(day.group()) <= 31:
            return number, int(day.group())
    return None


def year_on_page(match: DateMatch, lines: Sequence[str], lex: Lexicon) -> int | None:
    """The year a day and month's name without a year stand in, read from the page; ``None``
    for a relative date, one with a year, or without a month's name, or when the page does not say."""
    if match.relative or match.has_year:
        return None
    if not any(m.group().casefold() in lex.months for m in lex.date_words.finditer(match.text)):
        return None  # "14:05" alone: a time, not a day
    if _DAY_NUMBER.search(match.text) is None:
        return None
    counts: dict[str, int] = {}
    for line in lines:
        if "19" not in line and "20" not in line:
            continue
        sample = line[:DAY_ORDER_SAMPLE_CHARS]
        years = _PAGE_YEAR.findall(sample)
        if years and _embedded_date(sample, lex) is not None:
            return None  # the page writes full dates: the year it leaves out is none of theirs
        for year in years:
            counts[year] = counts.get(year, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < PAGE_YEAR_MIN_COUNT or (len(ranked) > 1 and ranked[0] < PAGE_YEAR_LEAD * ranked[1]):
        return None
    return int(max(counts, key=lambda y: counts[y]))


def parse_date(
    match: DateMatch,
    languages: Sequence[str],
    now: datetime | None,
    lexicon: Lexicon | None = None,
    day_first: bool | None = None,
) -> datetime | None:
    """The datetime of a date line, or ``None`` when it cannot be fixed without the clock.

    ``day_first`` (from :func:`day_first_on_page`) overrides the language's order of
    numeric dates: US English writes month first, the rest of the world day first.
    """
    if (match.relative or not match.has_year) and now is None:
        return None
    if day_first is None:
        # 09.11.2025 is 9 November, but 9 September in US English (dateparser's default order).
        day_first = bool(languages) and languages[0] != "en"
        order = "DMY" if day_first else None
    else:
        order = "DMY" if day_first else "MDY"
    plain = _read_plain_date(match.text, day_first, lexicon)
    if plain is not None:
        return plain
    known = _dateparser_languages()
    langs = [_DATEPARSER_CODES.get(code, code) for code in languages]
    codes = tuple(code for code in dict.fromkeys(langs) if code in known)
    parser = _date_parser(codes, order, now if now is not None else _NO_CLOCK)
    # Without ``now``, a span holding a relative word ("2025-11-03 14 min") is read
    # against a second stand-in clock half a year later; a reading that moves with
    # it was relative and is refused, instead of silently becoming "today".
    relative_word = lexicon is None or any(
        m.group().casefold() in lexicon.relative for m in lexicon.date_words.finditer(match.text)
    )
    check = _date_parser(codes, order, _NO_CLOCK_CHECK) if now is None and relative_word else None
    # The span as found, then its first full date alone: "25. Januar 2022 25. Januar 2022",
    # "01. Dez. 2017, 12:01 Uhr 3 min Lesezeit" defeat dateparser whole.
    attempts = [match.text]
    if lexicon is not None:
        found = _embedded_dates(match.text, lexicon)
        if len(found) >= 2 and len(set(found)) >= 2:
            # Two full dates in one span: "May 21, 2025 April 24, 2025", "Published ... Updated ...".
            # A page is revised after it is published: the earlier date is the publication.
            read = [d for d in (_parse_first(parser, check, [text], day_first, lexicon) for text in found[:_MAX_DATES_IN_SPAN]) if d is not None]
            if read:
                return min(read, key=lambda d: d.replace(tzinfo=None))
        if found and found[0] != match.text:
            attempts.append(found[0])
    parsed = _parse_first(parser, check, attempts, day_first, lexicon)
    if parsed is None and lexicon is not None and match.has_year:
        # dateparser does not know the month's spelling ("5 sett. 2025", "3. Maerz 2025"): the lexicon does.
        parsed = next((d for d in (_read_named(text, lexicon) for text in attempts) if d is not None), None)
    if parsed is None and match.has_year and codes and _foreign_month(match.text, lexicon):
        # The page's language was misjudged or has no lexicon ("2025. március 4.", "4 martie 2025"
        # on a page read as English or French): dateparser tries all its languages. Its first
        # such call loads them all (about a second, once); the written year guards the reading.
        base = now if now is not None else _NO_CLOCK
        anywhere = _date_parser((), order, base)
        check_anywhere = _date_parser((), order, _NO_CLOCK_CHECK) if check is not None else None
        parsed = _parse_first(anywhere, check_anywhere, attempts, day_first, lexicon)
    return parsed


# How many full dates of one span are read (each costs a dateparser call).
_MAX_DATES_IN_SPAN = 2


# "18h40" goes to dateparser as "18:40": some of its languages read it as hours to add ("ontem às 18h40").
_H_TIME_PARTS = regex.compile(r"(?<!\d)(\d{1,2})h(\d{2})(?!\d)")


def _parse_first(parser: Any, check: Any, attempts: Sequence[str], day_first: bool, lexicon: Lexicon | None) -> datetime | None:
    """The first of ``attempts`` that reads as a date. A full date in one of the shapes
    :func:`_read_plain_date` reads ("23.04.2008" after "77-31805 от 23.04.2008" failed whole,
    each date of "Published ... Updated ...") is read there, without dateparser's millisecond:
    its answer is dateparser's (tests/test_dates_plain.py, test_dates_named.py), it has its
    written year, and, absolute, it does not move with the check's clock."""
    for text in attempts:
        plain = _read_plain_date(text, day_first, lexicon)
        if plain is not None:
            return plain
        if "h" in text:
            text = _H_TIME_PARTS.sub(r"\1:\2", text)
        if "МСК" in text:
            text = text.replace("МСК", _TZ_ALIASES["МСК"])
        try:
            data = parser.get_date_data(text)
        except Exception:  # dateparser raises many kinds of errors on odd input; a date is optional
            continue
        if data is None or data.date_obj is None:
            continue
        years = {int(y) for y in _YEAR_NEAR.findall(text)}
        if years and data.date_obj.year not in years:
            continue  # a misreading ("06.03.2025 às 10h12" -> 2029-12-31): the year is written
        if check is not None and check.get_date_data(text).date_obj != data.date_obj:
            continue
        found: datetime = data.date_obj
        return found
    return None


def _embedded_dates(text: str, lex: Lexicon) -> list[str]:
    """The full dates of a span, in order (see :func:`_embedded_date`)."""
    found: list[str] = []
    pos = 0
    while pos < len(text):
        m = _embedded_date(text[pos:], lex)
        if m is None:
            break
        found.append(m.text)
        at = text.find(m.text, pos)
        pos = (at if at >= 0 else pos) + len(m.text)
    return found


# The commonest all-digit ways to write a full date, which leave no doubt about
# the order of its parts, are read here: dateparser takes about a millisecond a
# date, and its answer for each of these shapes is the one computed here
# (tests/test_dates_plain.py compares the two). Dates with a month name are read
# here only in the shapes and spellings checked against dateparser below
# (tests/test_dates_named.py); the rest go to dateparser.
_TIME = r"(?:,? (?P<hour>\d{1,2}):(?P<minute>\d{2}))?"
# "17.11.2025", "17.11.2025 14:05", "17.11.2025, 14:05", "17. 11. 2025" (day first only)
_NUMERIC_DMY = regex.compile(r"(?P<day>\d{1,2})\. ?(?P<month>\d{1,2})\. ?(?P<year>\d{4})" + _TIME)
# "14:05 17.11.2025" (day first only)
_TIME_NUMERIC_DMY = regex.compile(r"(?P<hour>\d{1,2}):(?P<minute>\d{2}) (?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})")
# "2025-11-17"
_ISO_DAY = regex.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")


# A month's name (as the lexicon spells it) with a day and a four-digit year:
# "November 17, 2025", "Dec. 13, 2025", "17. November 2025", "04 января 2012, 14:05",
# "15 Dec, 2025". The time, when there is one, is on the 24-hour clock.
_MONTH_NAME = r"(?P<name>\p{L}+\.?)"
_NAMED_MDY = regex.compile(_MONTH_NAME + r" (?P<day>\d{1,2}), (?P<year>(?:19|20)\d{2})")
_NAMED_DMY = regex.compile(r"(?P<day>\d{1,2})\.? " + _MONTH_NAME + r",? (?P<year>(?:19|20)\d{2})" + _TIME)
# The year first, with its word, as Kazakh writes it: "2025 жылғы 17 қараша", "2025 ж. 17
# қарашада, 14:05". dateparser reads few of these (none with the word in full, nor an
# inflected month), so any spelling the lexicon knows is read here.
_NAMED_YDM = regex.compile(r"(?P<year>(?:19|20)\d{2}) \p{L}{1,6}\.? (?P<day>\d{1,2}) " + _MONTH_NAME + _TIME)


def _month_number(name: str, lexicon: Lexicon, inflected: bool = False) -> int | None:
    """The month a name in the text means, when it is written as the lexicon knows it
    (lower case, or with a capital first letter), with or without a closing period.
    ``inflected``: also the spellings dateparser reads otherwise or not at all (a shape
    dateparser does not read)."""
    key = name.casefold()
    number = lexicon.months.get(key)
    if number is None and key.endswith("."):
        key = key[:-1]
        number = lexicon.months.get(key)
    if number is None or (key in _NAMED_DATE_EXCLUDED and not inflected):
        return None
    bare = name[:-1] if name.endswith(".") and not key.endswith(".") else name
    return number if bare == key or bare == key[:1].upper() + key[1:] else None


# Month names of the lexicon that dateparser does not read, or reads otherwise, in these
# shapes (inflected forms: "ноябре", "marraskuun"; spellings: "febr", "aralik"):
# dateparser decides those. tests/test_dates_named.py checks that every other name
# reads as dateparser reads it.
_NAMED_DATE_EXCLUDED = frozenset(
    {
        "aralik", "mart", "set", "set.", "elokuun", "febbr", "febbr.", "febr", "febr.", "heinäkuun", "helmikuun", "huhtikuun", "joulukuun",
        "kasim", "kesäkuun", "lokakuun", "maa", "maa.", "maaliskuun", "maerz", "marraskuun", "mayis", "sett", "sett.",
        "syyskuun", "tammikuun", "toukokuun", "августе", "августом", "августу", "апреле", "апрелем", "апрелю", "ақпанда",
        "ақпандағы", "ақпаннан", "ақпанның", "ақпаны", "ақпанға", "березні", "вересні", "грудні", "декабре", "декабрем",
        "декабрю", "декабрём", "желтоқсанда", "желтоқсандағы", "желтоқсаннан", "желтоқсанның", "желтоқсаны",
        "желтоқсанға", "жовтні", "июле", "июлем", "июлю", "июне", "июнем", "июню", "квітні", "липні", "листопаді",
        "лютому", "мае", "маем", "мамырда", "мамырдан", "мамырдағы", "мамырдың", "мамыры", "мамырға", "марте", "мартом",
        "марту", "маусымда", "маусымдағы", "маусымнан", "маусымның", "маусымы", "маусымға", "маю", "наурызда",
        "наурыздан", "наурыздағы", "наурыздың", "наурызы", "наурызға", "ноябре", "ноябрем", "ноябрю", "ноябрём",
        "октябре", "октябрем", "октябрю", "октябрём", "сентябре", "сентябрем", "сентябрю", "сентябрём", "серпні",
        "січні", "сәуірге", "сәуірде", "сәуірдегі", "сәуірден", "сәуірдің", "сәуірі", "тамызда", "тамыздан", "тамыздағы",
        "тамыздың", "тамызы", "тамызға", "травні", "феврале", "февралем", "февралю", "февралём", "червні", "шілдеге",
        "шілдеде", "шілдедегі", "шілдеден", "шілденің", "шілдесі", "январе", "январем", "январю", "январём", "қазанда",
        "қазандағы", "қазаннан", "қазанның", "қазаны", "қазанға", "қарашада", "қарашадан", "қарашадағы", "қарашаның",
        "қарашасы", "қарашаға", "қаңтарда", "қаңтардан", "қаңтардағы", "қаңтардың", "қаңтары", "қаңтарға", "қыркүйегі",
        "қыркүйекке", "қыркүйекте", "қыркүйектегі", "қыркүйектен", "қыркүйектің",
    }
)


@lru_cache(maxsize=64)
def _known_languages(languages: tuple[str, ...]) -> bool:
    """Only the lexicon's own languages were checked against dateparser: a page in another
    language ("ja") gives dateparser that language too, and its dates go to dateparser."""
    return all(code in available_languages() for code in languages)


def _read_plain_date(text: str, day_first: bool, lexicon: Lexicon | None = None) -> datetime | None:
    """The datetime of a full date in one of the shapes above, else ``None`` (dateparser decides)."""
    m = (_NUMERIC_DMY.fullmatch(text) or _TIME_NUMERIC_DMY.fullmatch(text)) if day_first else None
    m = m or _ISO_DAY.fullmatch(text)
    month: int | None = None
    if m is None:
        if lexicon is None or not lexicon.months or not _known_languages(lexicon.languages):
            return None
        m = _NAMED_MDY.fullmatch(text) or _NAMED_DMY.fullmatch(text)
        if m is None:
            m = _NAMED_YDM.fullmatch(text)
            if m is None:
                return None
            month = _month_number(m.group("name"), lexicon, inflected=True)
        else:
            month = _month_number(m.group("name"), lexicon)
        if month is None:
            return None
    else:
        month = int(m.group("month"))
    hour, minute = m.groupdict().get("hour"), m.groupdict().get("minute")
    try:
        return datetime(
            int(m.group("year")),
            month,
            int(m.group("day")),
            int(hour) if hour is not None else 0,
            int(minute) if minute is not None else 0,
        )
    except ValueError:  # "31.02.2025", "25:61": dateparser has its own ways with those
        return None


_LETTERS = regex.compile(r"\p{L}{3,}")


def _foreign_month(text: str, lexicon: Lexicon | None) -> bool:
    """Does a span with a written year hold a word that may be a month's name the page's
    lexicon does not know, and no month it knows ("4 martie 2025" on a page read as French)?"""
    if lexicon is None or _YEAR_NEAR.search(text) is None or _LETTERS.search(text) is None:
        return False
    return not any(m.group().casefold() in lexicon.months for m in lexicon.date_words.finditer(text))


def _read_named(text: str, lexicon: Lexicon) -> datetime | None:
    """A full date with a month's name in any spelling of the lexicon (dateparser read none)."""
    if not lexicon.months or not _known_languages(lexicon.languages):
        return None
    m = _NAMED_MDY.fullmatch(text) or _NAMED_DMY.fullmatch(text) or _NAMED_YDM.fullmatch(text)
    month = _month_number(m.group("name"), lexicon, inflected=True) if m is not None else None
    if m is None or month is None:
        return None
    hour, minute = m.groupdict().get("hour"), m.groupdict().get("minute")
    try:
        return datetime(int(m.group("year")), month, int(m.group("day")), int(hour or 0), int(minute or 0))
    except ValueError:
        return None


# The stand-in clocks dateparser gets when the caller gives no ``now``: fixed, so
# parse stays pure, and recent, so two-digit years ("19.10.19") read as this century.
_NO_CLOCK = datetime(2030, 1, 1)
_NO_CLOCK_CHECK = datetime(2030, 7, 1)


@lru_cache(maxsize=32)
def _date_parser(languages: tuple[str, ...], order: str | None, base: datetime) -> Any:
    """One dateparser parser per language set and settings: building one compiles its regexes."""
    from dateparser.date import DateDataParser  # deferred: only date lines pay for it

    settings: dict[str, object] = {"PREFER_DAY_OF_MONTH": "first", "PREFER_DATES_FROM": "past"}
    if order:
        settings["DATE_ORDER"] = order
    settings["RELATIVE_BASE"] = base  # never the clock: the caller's now, or a stand-in
    if base in (_NO_CLOCK, _NO_CLOCK_CHECK):  # no now: a date missing a part cannot be completed
        settings["REQUIRE_PARTS"] = ["day", "month", "year"]
    return DateDataParser(languages=list(languages) or None, try_previous_locales=False, settings=settings)


# ISO codes dateparser knows under another name.
_DATEPARSER_CODES = {"no": "nb"}


def date_role(text: str, match: DateMatch, lex: Lexicon) -> str | None:
    """``"published"`` or ``"updated"`` when a label word stands before the date in its line.

    "Published Apr 26, 2023" is the publication date, "Updated Aug 21, 2025" a later
    revision; "Published on Oct 21, 2025 Updated on Mar 9, 2026" reads by the label
    nearest before the date's start.
    """
    at = text.find(match.text)
    head = text[: at if at >= 0 else len(text)]
    role: str | None = None
    for m in lex.date_labels.finditer(head):
        role = m.lastgroup
    return role
