"""The public value types: what :func:`cleanpress.parse` returns.

Everything here is a frozen dataclass built from immutable parts (tuples, str,
int, datetime), so a :class:`Document` is hashable-by-value, comparable,
printable and picklable: it can cross process boundaries in a pipeline.

``Document.to_dict`` / ``Document.from_dict`` give the JSON shape written down
in the public contract (``API.md``); the round trip is exact.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable, Mapping

__all__ = [
    "Label",
    "Line",
    "Link",
    "LinkList",
    "Comment",
    "CommentSection",
    "Document",
]


class Label(str, enum.Enum):
    """What a line of the input is. Every line gets exactly one."""

    HEADLINE = "HEADLINE"
    BYLINE = "BYLINE"
    DATE = "DATE"
    BODY = "BODY"
    RELATED = "RELATED"
    COMMENTS = "COMMENTS"
    TAGS = "TAGS"
    CAPTION = "CAPTION"
    SOURCE = "SOURCE"
    SHARE = "SHARE"
    NAV = "NAV"
    AD = "AD"
    FOOTER = "FOOTER"
    BOILERPLATE = "BOILERPLATE"
    BLANK = "BLANK"

    def __str__(self) -> str:  # "BODY", not "Label.BODY", in reports
        return self.value


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the input.

    ``start``/``end`` are offsets into the (decoded) input string, without the
    line separator; ``text`` is the line after repair (mojibake fixed, odd
    spaces normalised, stripped). ``reason`` says why the line got its label.
    """

    start: int
    end: int
    # The repaired text is derived from the input and the offsets, so it is not
    # serialised (API.md fixes the line keys) and does not take part in equality.
    text: str = field(compare=False)
    label: Label
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label.value, "reason": self.reason}

    # A page has as many Lines as lines: slots keep each small. Pickling a frozen
    # slotted dataclass is spelled out, so it works the same on every Python >= 3.10.
    def __getstate__(self) -> tuple[int, int, str, Label, str]:
        return (self.start, self.end, self.text, self.label, self.reason)

    def __setstate__(self, state: tuple[int, int, str, Label, str]) -> None:
        for name, value in zip(("start", "end", "text", "label", "reason"), state):
            object.__setattr__(self, name, value)

    @classmethod
    def build_many(cls, rows: Iterable[tuple[int, int, str, Label, str]]) -> tuple[Line, ...]:
        """``tuple(Line(*row) for row in rows)`` at a third of the cost.

        A frozen dataclass sets each field through ``object.__setattr__``; a
        page has a Line per input line, so this sets the slots directly.
        """
        new = object.__new__
        set_start, set_end, set_text, set_label, set_reason = _LINE_SLOT_SETTERS
        out: list[Line] = []
        append = out.append
        for start, end, text, label, reason in rows:
            line = new(cls)
            set_start(line, start)
            set_end(line, end)
            set_text(line, text)
            set_label(line, label)
            set_reason(line, reason)
            append(line)
        return tuple(out)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Line:
        return cls(
            start=int(d["start"]),
            end=int(d["end"]),
            text=str(d.get("text", "")),
            label=Label(d["label"]),
            reason=str(d.get("reason", "")),
        )


# The slot setters of Line, in field order (see Line.build_many).
_LINE_SLOT_SETTERS = tuple(getattr(Line, name).__set__ for name in ("start", "end", "text", "label", "reason"))


@dataclass(frozen=True)
class Link:
    """One item of a related-links list: a teaser title, with its rubric and date when shown."""

    title: str
    rubric: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "rubric": self.rubric, "date": self.date}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Link:
        return cls(title=d["title"], rubric=d.get("rubric"), date=d.get("date"))


@dataclass(frozen=True)
class LinkList:
    """A list of links to other articles ("Читайте также", "Related", a teaser grid)."""

    heading: str | None
    items: tuple[Link, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"heading": self.heading, "items": [i.to_dict() for i in self.items]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> LinkList:
        return cls(heading=d.get("heading"), items=tuple(Link.from_dict(i) for i in d.get("items", ())))


@dataclass(frozen=True)
class Comment:
    """One reader comment."""

    text: str
    author: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "author": self.author, "date": self.date}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Comment:
        return cls(text=d["text"], author=d.get("author"), date=d.get("date"))


@dataclass(frozen=True)
class CommentSection:
    """A comment widget: its heading, the counter it shows, the comments and the form's lines."""

    heading: str | None
    count: int | None = None
    comments: tuple[Comment, ...] = ()
    form: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "heading": self.heading,
            "count": self.count,
            "comments": [c.to_dict() for c in self.comments],
            "form": list(self.form),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> CommentSection:
        return cls(
            heading=d.get("heading"),
            count=d.get("count"),
            comments=tuple(Comment.from_dict(c) for c in d.get("comments", ())),
            form=tuple(d.get("form", ())),
        )


@dataclass(frozen=True)
class Document:
    """The parse of one page. See ``docs/output.md`` for every field."""

    headline: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    date: datetime | None = None
    date_text: str | None = None
    body: str = ""
    paragraphs: tuple[str, ...] = ()
    related: tuple[LinkList, ...] = ()
    comments: tuple[CommentSection, ...] = ()
    tags: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    source: str | None = None
    language: str | None = None
    lines: tuple[Line, ...] = field(default=(), repr=False)

    def to_dict(self, *, lines: bool = True) -> dict[str, Any]:
        """The JSON-ready form of the contract. ``lines=False`` leaves the ``lines`` key out."""
        d: dict[str, Any] = {
            "headline": self.headline,
            "byline": self.byline,
            "authors": list(self.authors),
            "date": self.date.isoformat() if self.date is not None else None,
            "date_text": self.date_text,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "related": [r.to_dict() for r in self.related],
            "comments": [c.to_dict() for c in self.comments],
            "tags": list(self.tags),
            "captions": list(self.captions),
            "source": self.source,
            "language": self.language,
        }
        if lines:
            d["lines"] = [ln.to_dict() for ln in self.lines]
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Document:
        """Rebuild a Document from :meth:`to_dict` output (a missing ``lines`` key gives no lines)."""
        date = d.get("date")
        return cls(
            headline=d.get("headline"),
            byline=d.get("byline"),
            authors=tuple(d.get("authors") or ()),
            date=datetime.fromisoformat(date) if date else None,
            date_text=d.get("date_text"),
            body=d.get("body") or "",
            paragraphs=tuple(d.get("paragraphs") or ()),
            related=tuple(LinkList.from_dict(r) for r in d.get("related") or ()),
            comments=tuple(CommentSection.from_dict(c) for c in d.get("comments") or ()),
            tags=tuple(d.get("tags") or ()),
            captions=tuple(d.get("captions") or ()),
            source=d.get("source"),
            language=d.get("language"),
            lines=tuple(Line.from_dict(ln) for ln in d.get("lines") or ()),
        )

    def removed(self) -> tuple[Line, ...]:
        """The lines that are not part of the body, with their labels and reasons."""
        return tuple(ln for ln in self.lines if ln.label not in (Label.BODY, Label.BLANK))
