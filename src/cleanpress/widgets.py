"""Related-link lists and comment widgets, read from runs of lines outside the body.

Related lists come in a few shapes, all handled by one pass:

- a cue line with its item on the same line: ``Читайте также: <title>``;
- a heading cue ("Читайте также", "Most read") followed by title lines;
- a run of teaser titles without a heading (at least two);
- rubric/title pairs: a short rubric line, then its title, repeated (seed 003);
- dates next to titles, and numbers before them ("1 Title") in "most read" boxes.

A comment section starts at a counter ("Комментарии (0)", "12 comments") or
a comments heading and runs until another widget or the footer begins; in it,
form lines are told from comments, and comments are split at author lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import regex

from .features import NUMBERED_ITEM, LineInfo

__all__ = ["RelatedBlock", "CommentBlock", "find_related_lists", "find_comment_sections", "find_tags"]

_RUBRIC_MAX_WORDS = 4
# Cue categories that end a comment section.
_SECTION_ENDS = frozenset({"related", "most_read", "copyright", "nav", "subscribe", "cookie", "share", "tags", "login", "ad"})


@dataclass
class RelatedBlock:
    heading: str | None
    items: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (title, rubric, date)
    lines: list[int] = field(default_factory=list)


@dataclass
class CommentBlock:
    heading: str | None
    count: int | None
    comments: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (text, author, date)
    form: list[str] = field(default_factory=list)


def _is_item(info: LineInfo) -> bool:
    """Could this line be a teaser title? Titles have no final full stop, and no table cells."""
    if info.table:
        return False
    if info.kind in ("title", "short", "name"):
        return True
    if info.kind in ("neargood", "good") and info.n_words <= 30:
        return not info.text.rstrip("»”\"' ").endswith(".")
    return False


def _heading_only(info: LineInfo) -> bool:
    """The cue is the whole line ("Читайте также", "Related:"): a list heading."""
    phrase_words = len((info.cue_phrase or "").split())
    return info.n_words <= phrase_words + 1 and ":" not in info.text.rstrip(": ")


def _split_inline(info: LineInfo) -> tuple[str | None, str]:
    """``"Читайте по теме: X"`` -> ``("Читайте по теме", "X")``; no colon -> ``(None, whole line)``."""
    head, sep, tail = info.text.partition(":")
    if sep and tail.strip() and len(head.split()) <= 6:
        return head.strip(), tail.strip()
    return None, info.text


_NUMBER = regex.compile(r"^(\d{1,2})[.)]?\s+(?=\S)")
_MARKER = regex.compile(r"^(?:\d{1,2}[.)]|[-–—•·*▪►●■])\s+(?=\S)")


def _numbered(run: Sequence[LineInfo]) -> bool:
    """A "most read" box numbers its items 1, 2, 3...: then the numbers are not part of the titles."""
    nums = [int(m.group(1)) for m in (_NUMBER.match(r.text) for r in run) if m]
    return len(nums) >= 3 and all(b == a + 1 for a, b in zip(nums, nums[1:]))


def _title(text: str, numbered: bool) -> str:
    pattern = _NUMBER if numbered else _MARKER
    return pattern.sub("", text, count=1).strip()


def _is_rubric(info: LineInfo) -> bool:
    return info.n_words <= _RUBRIC_MAX_WORDS and (_is_item(info) or (info.kind == "cue" and info.cue == "nav"))


def _pairs(run: Sequence[LineInfo], start: int) -> int:
    """How many rubric/title pairs follow one another from ``start``."""
    k = start
    while k + 1 < len(run):
        rub, tit = run[k], run[k + 1]
        if not (_is_rubric(rub) and _is_item(tit) and tit.n_words > rub.n_words and tit.n_chars > rub.n_chars):
            break
        k += 2
    return (k - start) // 2


def find_related_lists(span: Sequence[LineInfo], need_items: int = 1) -> tuple[list[RelatedBlock], list[LineInfo]]:
    """Related lists in ``span`` (non-blank lines in order) and the lines that are in none.

    Lines put in a list get the label ``RELATED``. A list without a heading
    needs ``need_items`` items, so a lone title-like line is not a list.
    """
    lists: list[RelatedBlock] = []
    rest: list[LineInfo] = []
    i, n = 0, len(span)
    while i < n:
        info = span[i]
        if info.kind == "cue" and info.cue in ("related", "most_read"):
            if _heading_only(info):
                block = RelatedBlock(heading=info.text.rstrip(": ").strip() or None, lines=[info.index])
                j = _collect_items(span, i + 1, block)
                if block.items:
                    rest.extend(_mark(block, span, i + 1, j, f"list under the heading '{block.heading}'"))
                    info.label, info.reason = "RELATED", "related list heading"
                    lists.append(block)
                else:
                    info.label, info.reason = "RELATED", f"related heading '{info.text}' with no items"
                i = j
                continue
            heading, title = _split_inline(info)
            lists.append(RelatedBlock(heading=heading, items=[(title, None, None)], lines=[info.index]))
            info.label, info.reason = "RELATED", f"read-also line ('{info.cue_phrase}')"
            i += 1
            continue
        if _is_item(info):
            block = RelatedBlock(heading=None)
            j = _collect_items(span, i, block)
            if len(block.items) >= need_items and _has_real_titles(block):
                rest.extend(_mark(block, span, i, j, "run of teaser titles"))
                lists.append(block)
            else:
                # Not a list: the whole run is left as it is. Retrying from every
                # line of a long menu would make this quadratic.
                rest.extend(span[i:j])
            i = j
            continue
        rest.append(info)
        i += 1
    return lists, rest


def _has_real_titles(block: RelatedBlock) -> bool:
    """At least one item looks like a headline (4+ words), not a menu of single words."""
    return any(len(t.split()) >= 4 for t, _, _ in block.items)


# Rubric/title pairs in a row needed before a run is read as alternating.
MIN_RUBRIC_PAIRS = 3


def _collect_items(span: Sequence[LineInfo], start: int, block: RelatedBlock) -> int:
    """Add the items that follow ``start`` to ``block``; return the index after the run.

    The lines used (titles, rubrics, dates) are recorded in ``block.lines``;
    short lines of a run that are not part of an item are left to the caller.
    """
    j = start
    run: list[LineInfo] = []
    while j < len(span) and (_is_item(span[j]) or span[j].kind == "date" or _is_rubric(span[j])):
        run.append(span[j])
        j += 1
    titles = [r for r in run if r.kind != "date"]
    numbered = _numbered(titles)
    # A list that opens with a date puts each date before its title; otherwise
    # each date follows the title it belongs to.
    dates: dict[int, str] = {}
    dates_first = bool(run) and run[0].kind == "date"
    pending: str | None = None
    last_title: LineInfo | None = None
    for r in run:
        if r.kind == "date":
            block.lines.append(r.index)
            if dates_first:
                pending = r.text
            elif last_title is not None and last_title.index not in dates:
                dates[last_title.index] = r.text
        else:
            if pending is not None:
                dates[r.index] = pending
                pending = None
            last_title = r
    k = 0
    while k < len(titles):
        pairs = _pairs(titles, k)
        if pairs >= MIN_RUBRIC_PAIRS:
            for p in range(pairs):
                rub, tit = titles[k + 2 * p], titles[k + 2 * p + 1]
                block.items.append((_title(tit.text, numbered), rub.text, dates.get(rub.index) or dates.get(tit.index)))
                block.lines.extend((rub.index, tit.index))
            k += 2 * pairs
            continue
        r = titles[k]
        if r.n_words >= _RUBRIC_MAX_WORDS or (numbered and _NUMBER.match(r.text)):
            block.items.append((_title(r.text, numbered), None, dates.get(r.index)))
            block.lines.append(r.index)
        k += 1
    return j


def _mark(block: RelatedBlock, span: Sequence[LineInfo], i: int, j: int, why: str) -> list[LineInfo]:
    """Label the lines of ``block`` RELATED; return the lines of ``span[i:j]`` it did not use."""
    used = set(block.lines)
    unused: list[LineInfo] = []
    for info in span[i:j]:
        if info.index in used:
            info.label, info.reason = "RELATED", why
        else:
            unused.append(info)
    return unused


def _starts_section(info: LineInfo) -> bool:
    return info.kind == "counter" or (info.kind == "cue" and info.cue in ("comments", "comment_form"))


def _author_of(info: LineInfo) -> str:
    """ "Jane Doe says:" -> "Jane Doe"."""
    words = info.text[:-1].split()
    return " ".join(words[:-1]) if len(words) > 1 else info.text


def find_comment_sections(span: Sequence[LineInfo]) -> tuple[list[CommentBlock], list[LineInfo]]:
    """Comment sections in ``span`` and the lines outside them."""
    sections: list[CommentBlock] = []
    rest: list[LineInfo] = []
    i, n = 0, len(span)
    while i < n:
        info = span[i]
        if not _starts_section(info):
            rest.append(info)
            i += 1
            continue
        if info.comment_author:
            block = CommentBlock(heading=None, count=None)
        elif info.kind == "counter":
            block = CommentBlock(heading=info.counter_head, count=info.counter)
            info.reason = f"comments counter ({info.counter})"
        elif info.cue == "comments":
            block = CommentBlock(heading=info.text.rstrip(": ").strip(), count=None)
            info.reason = "comments heading"
        else:
            block = CommentBlock(heading=None, count=None)
            block.form.append(info.text)
            info.reason = "comment form"
        info.label = "COMMENTS"
        j = i + 1
        body: list[LineInfo] = [info] if info.comment_author else []
        controls: set[int] = set()  # indices of the "Reply" lines among them
        in_form = info.cue == "comment_form"
        # Only a heading or a counter above zero announces comments; under a bare
        # form or "Комментарии (0)" the lines are the form's, or not the section's.
        expects_comments = info.kind != "cue" or info.cue == "comments"
        expects_comments = expects_comments and info.counter != 0
        context = False  # the previous line was an author, a date or comment text
        while j < n:
            nxt = span[j]
            if (nxt.kind == "counter" and not nxt.comment_author) or (nxt.kind == "cue" and nxt.cue in _SECTION_ENDS) or nxt.copyright:
                break
            if nxt.kind == "cue" and nxt.cue == "comments" and block.comments:
                break
            if nxt.cue == "comment_form" and nxt.n_words <= 2 and (body or block.comments):
                controls.add(nxt.index)  # "Ответить", "Reply" under a comment
                body.append(nxt)
            elif nxt.cue == "comment_form":
                block.form.append(nxt.text)
                nxt.reason = "comment form"
                in_form = True
            elif in_form and nxt.n_words <= 3 and not nxt.terminal:
                block.form.append(nxt.text)
                nxt.reason = "comment form field"
            elif nxt.cue == "comments":
                nxt.reason = "comments heading"
            elif nxt.comment_author or (expects_comments and _comment_line(nxt, context)):
                in_form = False
                context = True
                body.append(nxt)
            else:
                break
            nxt.label = "COMMENTS"
            j += 1
        block.comments.extend(_split_comments(body, controls))
        sections.append(block)
        i = j
    return sections, rest


# A commenter's name as a numbered item is a few words ("1. Jane Doe", "2. jdoe").
NUMBERED_AUTHOR_MAX_WORDS = 4


def _numbered_author(info: LineInfo) -> str | None:
    """ "3. Jane Doe" -> "Jane Doe": a comment list set as an ordered list (a layout renderer
    writes the <ol> of a blog's comments so), each item opened by its author's name."""
    if not info.bullet or not info.text[:1].isdigit() or info.terminal or info.kind == "date":
        return None
    m = NUMBERED_ITEM.match(info.text)
    if m is None:
        return None
    name = info.text[m.end() :].strip()
    return name if 0 < len(name.split()) <= NUMBERED_AUTHOR_MAX_WORDS and not name[0].isdigit() else None


def _comment_line(info: LineInfo, context: bool) -> bool:
    """Can this line be part of a comment: its author, its date, or its text?

    Title-like lines with nothing before them are teasers after the widget, not comments.
    """
    if context or info.kind in ("good", "neargood", "date", "name") or info.byline is not None:
        return True
    if _numbered_author(info) is not None:
        return True
    # A user name, "Ответить", a short remark ("Спасибо!").
    return info.kind == "short" and (info.n_words <= 2 or info.terminal)


def _split_comments(lines: Sequence[LineInfo], controls: set[int]) -> list[tuple[str, str | None, str | None]]:
    """Comments from the lines of a section: an author line and a date line open a comment.

    ``controls`` are the indices of the lines that are comment controls ("Reply").
    """
    out: list[tuple[str, str | None, str | None]] = []
    author: str | None = None
    date: str | None = None
    texts: list[str] = []

    def flush() -> None:
        nonlocal author, date, texts
        if texts:
            out.append(("\n".join(texts), author, date))
        author, date, texts = None, None, []

    for info in lines:
        # "Ирина К." ends with the initial's full stop: a name, not a sentence.
        is_author = info.byline is not None and not info.byline.labelled and info.n_words <= 4
        short_handle = info.n_words <= 2 and not info.terminal and info.kind in ("short", "name")
        if info.index in controls:
            flush()
            info.reason = "comment control"
        elif info.comment_author:
            flush()
            author = _author_of(info)
            info.reason = "comment author"
        elif info.kind == "date":
            if texts:
                flush()
            date = info.text
            info.reason = "comment date"
        elif (numbered := _numbered_author(info)) is not None:
            flush()
            author = numbered
            info.reason = "comment author (numbered)"
        elif is_author or short_handle:
            flush()
            author = info.text
            info.reason = "comment author"
        else:
            if texts and author is None and date is None:
                flush()
            texts.append(info.text)
            info.reason = "comment text"
    flush()
    return out


# A tag is a short label: at most this many words.
TAG_MAX_WORDS = 4
_TAG_SPLIT = regex.compile(r"\s*[,;|•·]\s*")


def find_tags(span: Sequence[LineInfo]) -> tuple[list[str], list[LineInfo]]:
    """Tags from "Теги: a, b, c" lines and from short lines under a "Теги" / "Topics" heading."""
    tags: list[str] = []
    rest: list[LineInfo] = []
    i, n = 0, len(span)
    while i < n:
        info = span[i]
        if not (info.kind == "cue" and info.cue == "tags"):
            rest.append(info)
            i += 1
            continue
        info.label, info.reason = "TAGS", "tag list"
        head, sep, tail = info.text.partition(":")
        if sep and tail.strip():
            tags.extend(t.strip(" #") for t in _TAG_SPLIT.split(tail) if t.strip(" #"))
            i += 1
            continue
        j = i + 1
        while j < n and span[j].n_words <= TAG_MAX_WORDS and (
            span[j].kind in ("short", "name", "title") or (span[j].kind == "cue" and span[j].cue == "nav")
        ):
            span[j].label, span[j].reason = "TAGS", f"tag under the heading '{info.text}'"
            tags.extend(t.strip(" #") for t in _TAG_SPLIT.split(span[j].text) if t.strip(" #"))
            j += 1
        i = j
    return tags, rest
