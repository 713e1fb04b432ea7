"""cleanpress: the visible text of a news page, split into its parts.

>>> import cleanpress
>>> doc = cleanpress.parse(open("page.txt", encoding="utf-8").read())  # doctest: +SKIP
>>> doc.headline, doc.date, doc.body                                     # doctest: +SKIP

See ``docs/usage.md`` for the whole interface and ``docs/output.md`` for the output.
"""

from __future__ import annotations

from .classify import DEFAULT_THRESHOLDS, Thresholds
from .model import Comment, CommentSection, Document, Label, Line, Link, LinkList
from .pipeline import clean, parse

__version__ = "0.1.0"

__all__ = [
    "parse",
    "clean",
    "Document",
    "Line",
    "Label",
    "LinkList",
    "Link",
    "CommentSection",
    "Comment",
    "Thresholds",
    "DEFAULT_THRESHOLDS",
    "__version__",
]
