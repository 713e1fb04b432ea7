"""Property-based tests of ``cleanpress.parse`` (strategies in ``tests/strategies.py``).

The properties:

- the lines partition the input exactly, whatever the input;
- a seed variant (other line ends, blank lines, spaces, invisibles, mojibake,
  another date format, a byline label, boilerplate around it, related lists
  and comments after it) parses to the same body, headline, date and byline
  as the seed itself;
- a built article parses to the paragraphs and headline it was built from;
- no inserted boilerplate line lands in the body;
- ``clean`` is idempotent;
- ``parse`` never raises on any ``str`` or ``bytes`` and is deterministic.

Profiles come from ``conftest.py`` (``CI=1`` gives the derandomized "ci" one).
"""

from __future__ import annotations

from functools import cache

import regex
from hypothesis import given
from hypothesis import strategies as st

import cleanpress
from cleanpress import Document, Label

from .strategies import (
    BOILERPLATE,
    Page,
    any_bytes,
    any_pages,
    any_text,
    built_articles,
    long_lines,
    noisy_built_articles,
    seed_pages,
    seed_variants,
    wide_text,
)

_NEWLINE = regex.compile(r"\r\n|\r|\n")


@cache
def _reference(original: str) -> Document:
    """The parse of an untouched seed: what its variants must agree with."""
    return cleanpress.parse(original)


def _assert_partition(text: str, doc: Document) -> None:
    """``doc.lines`` cut ``text`` into its lines: same count, in order, separators only between them."""
    assert len(doc.lines) == len(_NEWLINE.split(text)), "one Line per input line"
    pos = 0
    rebuilt: list[str] = []
    for i, ln in enumerate(doc.lines):
        assert pos <= ln.start <= ln.end <= len(text), f"line {i} offsets {ln.start}..{ln.end} not monotone"
        sep = text[pos : ln.start]
        allowed = ("",) if i == 0 else ("\n", "\r\n", "\r")
        assert sep in allowed, f"line {i}: {sep!r} between lines"
        piece = text[ln.start : ln.end]
        assert "\n" not in piece and "\r" not in piece, f"line {i} holds a line break"
        rebuilt += [sep, piece]
        pos = ln.end
    assert pos == len(text), "the last line ends at the end of the input"
    assert "".join(rebuilt) == text


# --------------------------------------------------------------------------- partition


@given(any_text())
def test_lines_partition_the_input(text: str) -> None:
    """Every input line is one Line; offsets plus the original separators rebuild the input exactly."""
    _assert_partition(text, cleanpress.parse(text))


# --------------------------------------------------------------------------- seed variants


@given(seed_variants())
def test_seed_variant_keeps_the_body(page: Page) -> None:
    """A variant of a seed has the same body (and paragraphs) as the seed itself."""
    assert page.original is not None
    ref = _reference(page.original)
    doc = cleanpress.parse(page.render())
    assert doc.paragraphs == ref.paragraphs
    assert doc.body == ref.body


@given(seed_variants())
def test_seed_variant_keeps_headline_date_byline(page: Page) -> None:
    """Headline, byline, authors and date survive the variations; a rewritten date line is read anew."""
    assert page.original is not None
    ref = _reference(page.original)
    doc = cleanpress.parse(page.render())
    assert doc.headline == ref.headline
    assert doc.byline == ref.byline
    assert doc.authors == ref.authors
    if page.date_override is None:
        assert doc.date == ref.date
        assert doc.date_text == ref.date_text
    else:
        o = page.date_override
        assert doc.date_text == o.text
        assert doc.date is not None and doc.date.date() == o.day
        if o.time is not None:
            assert (doc.date.hour, doc.date.minute) == (o.time.hour, o.time.minute)


# --------------------------------------------------------------------------- built articles


@given(noisy_built_articles(boilerplate=None))
def test_built_article_body_and_headline(page: Page) -> None:
    """A built article parses to its own paragraphs, joined by blank lines, and its own headline."""
    exp = page.expected
    assert exp is not None
    doc = cleanpress.parse(page.render())
    assert doc.paragraphs == exp.paragraphs
    assert doc.body == exp.body
    assert doc.headline == exp.headline


@given(built_articles(extras=True, boilerplate=None))
def test_built_article_date_byline_language(page: Page) -> None:
    """A built article's date line, byline and language are read as written."""
    exp = page.expected
    assert exp is not None
    doc = cleanpress.parse(page.render())
    assert doc.language == exp.language
    assert doc.byline == exp.byline
    assert doc.authors == exp.authors
    if exp.source is not None:
        # The byline's agency is the source, unless the text itself attributes the story.
        assert doc.source in (exp.source, _body_attribution(doc))
    assert doc.date_text == exp.date_text
    assert doc.date is not None and doc.date.date() == exp.date.date()
    if exp.date_has_time:
        assert (doc.date.hour, doc.date.minute) == (exp.date.hour, exp.date.minute)


def _body_attribution(doc: cleanpress.Document) -> str | None:
    from cleanpress.assemble import _source
    from cleanpress.lexicon import lexicon_for

    return _source(doc.paragraphs, lexicon_for(doc.language))


# --------------------------------------------------------------------------- boilerplate


@given(st.one_of(seed_variants(boilerplate=True), noisy_built_articles(boilerplate=True)))
def test_inserted_boilerplate_never_in_body(page: Page) -> None:
    """No line of an inserted menu, cookie banner, share row, subscribe box or footer is BODY or a paragraph."""
    doc = cleanpress.parse(page.render())
    inserted = page.indices(BOILERPLATE, inserted=True)
    assert inserted
    assert len(doc.lines) == len(page.lines)
    for i in inserted:
        assert doc.lines[i].label is not Label.BODY, f"line {i} {page.lines[i].clean!r}: {doc.lines[i].reason}"
        assert page.lines[i].clean not in doc.paragraphs


# --------------------------------------------------------------------------- idempotence


@given(st.one_of(seed_pages(), seed_variants(), noisy_built_articles(boilerplate=None)))
def test_clean_is_idempotent(page: Page) -> None:
    """``clean(clean(x)) == clean(x)``: the body, parsed again, is itself."""
    once = cleanpress.clean(page.render())
    assert cleanpress.clean(once) == once


# --------------------------------------------------------------------------- totality, determinism


@given(st.one_of(wide_text(), any_pages().map(Page.render), long_lines()))
def test_parse_never_raises_and_is_deterministic_on_str(text: str) -> None:
    """Any str parses (no exception) to a Document, and twice to equal Documents and equal dicts."""
    a = cleanpress.parse(text)
    b = cleanpress.parse(text)
    assert isinstance(a, Document)
    assert a == b
    assert a.to_dict() == b.to_dict()
    assert cleanpress.clean(text) == a.body


@given(any_bytes())
def test_parse_never_raises_and_is_deterministic_on_bytes(data: bytes) -> None:
    """Any bytes parse (no exception), deterministically; lines are in order and do not overlap."""
    a = cleanpress.parse(data)
    b = cleanpress.parse(data)
    assert a == b
    assert a.to_dict() == b.to_dict()
    pos = 0
    for ln in a.lines:
        assert pos <= ln.start <= ln.end
        pos = ln.end
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return
    _assert_partition(text, a)
