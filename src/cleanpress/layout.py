"""The stage's shared pieces: the :class:`Layout` it fills, and the few constants and
helpers every part of :mod:`cleanpress.context` uses."""

from __future__ import annotations

from dataclasses import dataclass, field

from .bylines import BylineMatch
from .dates import DateMatch
from .widgets import CommentBlock, RelatedBlock


@dataclass
class Layout:
    """Which lines play which part; the assembly stage turns this into a Document."""

    body: list[int] = field(default_factory=list)
    headline: int | None = None
    headline_text: str | None = None  # the headline when it is only a piece of its line
    date: int | None = None
    byline: int | None = None
    date_match: DateMatch | None = None
    date_role: str | None = None  # "published" / "updated" when a label says which date it is
    lower_words: frozenset[str] | None = None  # words the page writes in lowercase (computed on demand)
    lower_sorted: list[str] | None = None  # the same, sorted: forms of a word found by bisection
    cue_words: frozenset[str] = frozenset()  # words of the language's cue phrases ("next", "follow")
    dropped_dates: list[int] = field(default_factory=list)  # dates a better one replaced (yearless, above the headline, updated)
    byline_match: BylineMatch | None = None
    source: str | None = None  # the source a labelled line names after the text ("Источник: ТАСС")
    source_line: int | None = None
    dropped_bylines: list[int] = field(default_factory=list)  # bare names a labelled byline replaced
    tags: list[str] = field(default_factory=list)
    captions: list[int] = field(default_factory=list)
    related: list[RelatedBlock] = field(default_factory=list)
    comments: list[CommentBlock] = field(default_factory=list)
    drop_caps: set[int] = field(default_factory=set)  # a paragraph's first letter set on a line of its own


# A heading over a list of other articles ("Most Popular", "You might also like").
_LIST_HEADS = frozenset({"related", "most_read"})
_PROSE = frozenset({"good", "neargood"})


def _leave_body(layout: Layout, gone: set[int]) -> None:
    """Take the ``gone`` lines out of the body in one pass: ``list.remove`` line by line would
    make a page of many teasers or captions quadratic."""
    if gone:
        layout.body[:] = [k for k in layout.body if k not in gone]


# Name, date and byline lines among the first lines of the run are the
# article's metadata, not its text.
META_IN_RUN = 4
RELATED_BOX_TITLE_WORDS = 4  # a teaser's title, not a subheading of one or two words


_HEADER_BOX_PROSE = "prose in the header, apart from the standfirst and the text"
_HEADER_PROMO = "addresses the reader between the headline and the text (a promo)"
# Kinds of line an item of a list may be (a title, a name, a short or nearly good line; no paragraph).
_LIST_ITEM_KINDS = frozenset({"short", "title", "name", "neargood"})
