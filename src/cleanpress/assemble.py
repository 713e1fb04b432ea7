"""Stage 6: turn the labelled lines and the layout into a :class:`~cleanpress.model.Document`."""

from __future__ import annotations

from datetime import datetime
from typing import Iterator, cast

from .bylines import agency_credit, is_news_agency, nameless_credit
from .context import Layout
from .dates import day_first_on_page, parse_date, year_on_page
from .features import LineInfo
from .headline import headline_text
from .lexicon import Lexicon
from .model import Comment, CommentSection, Document, Label, Line, Link, LinkList
from .normalize import LineOffsets

__all__ = ["assemble"]

_LABELS = Label.__members__

# Only the end of a paragraph is searched for an attribution ("..., передает X.").
_SOURCE_TAIL_CHARS = 160
_SOURCE_PARAGRAPHS = 3


def _source(paragraphs: tuple[str, ...], lex: Lexicon) -> str | None:
    for par in paragraphs[:_SOURCE_PARAGRAPHS]:
        m = lex.source_pattern.search(par[-_SOURCE_TAIL_CHARS:])
        if m is None:
            continue
        # An outlet's name is capitalised or an address ("передает Caravan.kz", "reports
        # Reuters", "сообщает tengrinews.kz"); "..., сообщил мэр." names a speaker.
        source = m.group("source").rstrip(".")
        if source[:1].isupper() or source[:1].isdigit() or "." in source:
            return source
    return None


def assemble(
    raw: LineOffsets,
    infos: list[LineInfo],
    layout: Layout,
    lex: Lexicon,
    language: str | None,
    now: datetime | None,
) -> Document:
    paragraphs = _paragraphs(infos, layout)
    headline = layout.headline_text or (infos[layout.headline].text if layout.headline is not None else None)
    if headline is not None:
        headline = headline_text(headline)
    captions = tuple(infos[i].text for i in layout.captions)
    # The page's own numeric dates say whether 04/12 is day or month first.
    texts = [info.text for info in infos]
    order = day_first_on_page(layout.date_match.text, texts, lex) if layout.date_match else None
    # Without ``now``, a day and month without a year ("Aug 15") take the year the page writes.
    page_year = year_on_page(layout.date_match, texts, lex) if layout.date_match and now is None else None
    del texts
    # The lines let go of the LineInfos, so everything new made from here on
    # (the body text above all) does not add to the peak memory of a big page.
    lines = _lines(raw, cast("list[LineInfo | None]", infos))
    byline = authors = credited = None
    if layout.byline_match is not None:
        byline, authors = layout.byline_match.byline, layout.byline_match.authors
        # An agency the byline credits is the story's source, and neither it nor a credit
        # that names nobody ("Staff") is an author.
        credited = agency_credit(layout.byline_match)
        authors = tuple(name for name in authors if not is_news_agency(name) and not nameless_credit(name, lex))
    date = date_text = None
    if layout.date_match is not None:
        date_text = layout.date_match.text
        date = parse_date(layout.date_match, lex.languages, now, lex, day_first=order)
        if date is None and page_year is not None:
            # Read as of the year's last minute: the day and month fall in that year.
            date = parse_date(layout.date_match, lex.languages, datetime(page_year, 12, 31, 23, 59), lex, day_first=order)
    related = tuple(
        LinkList(heading=b.heading, items=tuple(Link(title=t, rubric=r, date=d) for t, r, d in b.items))
        for b in layout.related
        if b.items
    )
    comments = tuple(
        CommentSection(
            heading=b.heading,
            count=b.count,
            comments=tuple(Comment(text=t, author=a, date=d) for t, a, d in b.comments),
            form=tuple(b.form),
        )
        for b in layout.comments
    )
    return Document(
        headline=headline,
        byline=byline,
        authors=tuple(authors or ()),
        date=date,
        date_text=date_text,
        body="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        related=related,
        comments=comments,
        tags=tuple(dict.fromkeys(layout.tags)),
        captions=captions,
        source=layout.source or _source(paragraphs, lex) or credited,
        language=language,
        lines=lines,
    )


def _paragraphs(infos: list[LineInfo], layout: Layout) -> tuple[str, ...]:
    """The body lines' texts, a drop cap glued to the paragraph it opens."""
    out: list[str] = []
    cap = ""
    for i in sorted(layout.body):
        if i in layout.drop_caps:
            cap = infos[i].text.strip()
            continue
        out.append(cap + infos[i].text)
        cap = ""
    if cap:
        out.append(cap)
    return tuple(out)


def _lines(raw: LineOffsets, infos: list[LineInfo | None]) -> tuple[Line, ...]:
    """The Document's lines. Each LineInfo is let go as its Line is made, so a
    large page never holds both in full: the peak memory is one of them, not two."""

    def rows() -> Iterator[tuple[int, int, str, Label, str]]:
        for k, (start, end) in enumerate(raw):
            info = infos[k]
            assert info is not None
            infos[k] = None
            yield start, end, info.text, _LABELS[info.label], info.reason

    return Line.build_many(rows())
