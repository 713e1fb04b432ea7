"""Stage 5: revise each line's label by its context.

1. The body is the contiguous run of lines with the highest total score
   (maximum-sum segment, linear time). Comment widgets are barriers the run
   cannot cross: reader comments are prose too, but never the article.
2. Inside the run, title-like and short lines are the article's own
   subheadings and stay body; cue lines (an inline "Читайте также: ...", an
   "Advertisement") keep their own label.
3. Before the run is the header: the headline is the best title-like line
   close above the body; between it and the body stand the date, the byline,
   rubric labels (tags) and captions. Above the headline is navigation.
4. After the run come the widgets: related-link lists and comment sections
   (see :mod:`cleanpress.widgets`), then the footer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .features import LineInfo
from .widgets import CommentBlock, RelatedBlock, find_comment_sections, find_related_lists, find_tags

__all__ = ["Layout", "find_body_region", "lay_out"]

# How many non-blank lines above the body the headline may stand.
HEADER_WINDOW = 12
# How many non-blank lines after the body a trailing date or labelled byline may stand.
TRAILER_WINDOW = 4
# A headline has at least / at most this many words.
HEADLINE_MIN_WORDS = 2
HEADLINE_MAX_WORDS = 30
# Each line of distance from the body costs a headline candidate this many words.
HEADLINE_DISTANCE_COST = 0.8

_BARRIER_CUES = frozenset({"comments", "comment_form"})


@dataclass
class Layout:
    """Which lines play which part; the assembly stage turns this into a Document."""

    body: list[int] = field(default_factory=list)
    headline: int | None = None
    date: int | None = None
    byline: int | None = None
    tags: list[str] = field(default_factory=list)
    captions: list[int] = field(default_factory=list)
    related: list[RelatedBlock] = field(default_factory=list)
    comments: list[CommentBlock] = field(default_factory=list)


def _is_barrier(info: LineInfo) -> bool:
    """A comments heading standing alone ("Comments", "Leave a Reply") ends any article run.

    A counter with a number is no barrier: pages show "Комментарии: 0" in the
    header, above the text, as often as below it.
    """
    return info.kind == "cue" and info.cue in _BARRIER_CUES and info.n_words <= 4 and info.counter is None


def candidate_runs(infos: list[LineInfo]) -> list[tuple[float, int, int]]:
    """Every maximal positive run of lines as ``(score, first, last)``, in page order.

    This is the maximum-sum segment scan, keeping each segment it closes
    instead of only the best one, so a later stage can weigh them.
    """
    runs: list[tuple[float, int, int]] = []
    best: tuple[float, int, int] | None = None
    run_sum, run_start = 0.0, -1
    for info in infos:
        if info.blank:
            continue
        if _is_barrier(info) or (run_start >= 0 and run_sum + info.score <= 0):
            if best is not None:
                runs.append(best)
            best, run_sum, run_start = None, 0.0, -1
            if _is_barrier(info) or info.score <= 0:
                continue
        if run_start < 0:
            if info.score <= 0:
                continue
            run_sum, run_start = 0.0, info.index
        run_sum += info.score
        if best is None or run_sum > best[0]:
            best = (run_sum, run_start, info.index)
    if best is not None:
        runs.append(best)
    return runs


# Weighing the runs: the article's text is introduced by a date or a headline
# just above it and seldom stands in the last part of a page (legal notes and
# comment rules do).
INTRO_WINDOW = 6
DATE_ABOVE_BONUS = 0.35
TITLE_ABOVE_BONUS = 0.15
LATE_START = 0.7
LATE_PENALTY = 0.5


def _run_weight(infos: list[LineInfo], run: tuple[float, int, int], n_lines: int) -> float:
    score, first, _ = run
    above = _nonblank_before(infos, first, INTRO_WINDOW)
    weight = 1.0
    if any(i.kind == "date" or (i.kind == "byline") for i in above):
        weight += DATE_ABOVE_BONUS
    if any(_headline_candidate(i) and i.n_words >= 4 for i in above):
        weight += TITLE_ABOVE_BONUS
    position = first / max(1, n_lines)
    if position > LATE_START:
        weight *= 1.0 - LATE_PENALTY * (position - LATE_START) / (1.0 - LATE_START)
    return score * weight


def find_body_region(infos: list[LineInfo]) -> tuple[int, int] | None:
    """(first, last) line index of the article's run of text, or None when there is no prose."""
    runs = candidate_runs(infos)
    if not runs:
        return None
    n = len(infos)
    best = max(runs, key=lambda r: _run_weight(infos, r, n))
    return best[1], best[2]


def lay_out(infos: list[LineInfo]) -> Layout:
    """Decide every line's final label and collect the parts of the article."""
    layout = Layout()
    region = find_body_region(infos)
    if region is None:
        # No prose at all: still find widgets, label the rest as boilerplate.
        _trailer(infos, 0, layout)
        return layout
    first, last = region
    _body(infos, first, last, layout)
    _header(infos, first, layout)
    _trailer(infos, last + 1, layout)
    return layout


def _body(infos: list[LineInfo], first: int, last: int, layout: Layout) -> None:
    for info in infos[first : last + 1]:
        if info.blank:
            continue
        if info.kind in ("good", "neargood", "title", "short", "name", "bad", "date", "byline"):
            info.label, info.reason = "BODY", f"inside the article's run of text ({info.kind})"
            layout.body.append(info.index)
        elif info.kind == "caption":
            layout.captions.append(info.index)
        elif info.label == "RELATED":
            layout.related.extend(find_related_lists([info])[0])
    # A body-inside related line has been given its list; nothing else to do.


def _nonblank_before(infos: list[LineInfo], index: int, limit: int) -> list[LineInfo]:
    out: list[LineInfo] = []
    i = index - 1
    while i >= 0 and len(out) < limit:
        if not infos[i].blank:
            out.append(infos[i])
        i -= 1
    return out  # nearest first


def _headline_candidate(info: LineInfo) -> bool:
    if not HEADLINE_MIN_WORDS <= info.n_words <= HEADLINE_MAX_WORDS:
        return False
    if info.kind in ("title", "short", "name"):
        return info.kind != "name" or info.n_words > 4
    if info.kind in ("neargood", "good"):
        return not info.text.rstrip("»”\"' ").endswith(".") and info.n_words <= HEADLINE_MAX_WORDS
    return False


def _header(infos: list[LineInfo], first: int, layout: Layout) -> None:
    above = _nonblank_before(infos, first, HEADER_WINDOW)
    best: tuple[float, LineInfo] | None = None
    for dist, info in enumerate(above):
        if not _headline_candidate(info):
            continue
        score = min(info.n_words, 14) - HEADLINE_DISTANCE_COST * dist
        if best is None or score > best[0]:
            best = (score, info)
    head_index = best[1].index if best else first
    if best is not None:
        h = best[1]
        h.label, h.reason = "HEADLINE", "title-like line heading the article's text"
        layout.headline = h.index
    # The header zone: between the headline and the body.
    zone = [i for i in infos[head_index + 1 : first] if not i.blank] if best else []
    names: list[LineInfo] = []
    for info in zone:
        if info.kind == "date":
            if layout.date is None:
                layout.date = info.index
                info.label, info.reason = "DATE", "date line under the headline"
            else:
                info.label, info.reason = "BOILERPLATE", "second date in the header"
        elif info.kind == "byline" or info.byline is not None:
            if layout.byline is None:
                layout.byline = info.index
                info.label, info.reason = "BYLINE", "byline " + ("label" if info.kind == "byline" else "name next to the headline")
            else:
                names.append(info)
        elif info.kind == "caption":
            layout.captions.append(info.index)
        elif info.kind in ("short", "title") and info.n_words <= 6:
            info.label, info.reason = "TAGS", "rubric label between the headline and the text"
            layout.tags.append(info.text)
        elif info.kind == "cue":
            pass  # keeps its cue label (share row, counter...)
        else:
            info.label, info.reason = "BOILERPLATE", "in the header, neither date, byline nor tag"
    for info in names:
        info.label, info.reason = "BYLINE", "further author name in the header"
    # Above the headline (or above the body when there is none): navigation and teasers.
    top = head_index if best else first
    _outside(infos, 0, top, layout, where="before the article")
    if layout.date is None:
        for info in _nonblank_before(infos, top, 4):
            if info.kind == "date":
                layout.date = info.index
                info.label, info.reason = "DATE", "date line just above the headline"
                break


def _outside(infos: list[LineInfo], start: int, stop: int, layout: Layout, where: str) -> None:
    """Label lines outside the article: widgets where found, navigation and boilerplate otherwise."""
    span = [i for i in infos[start:stop] if not i.blank]
    if not span:
        return
    sections, rest = find_comment_sections(span)
    layout.comments.extend(sections)
    tags, rest = find_tags(rest)
    layout.tags.extend(tags)
    lists, rest = find_related_lists(rest, need_items=2, collect_rest=True)
    layout.related.extend(lists)
    for info in rest:
        if info.kind == "cue" or info.label in ("FOOTER", "CAPTION"):
            if info.kind == "caption":
                layout.captions.append(info.index)
            continue
        if info.kind == "date":
            info.label, info.reason = "BOILERPLATE", f"date {where}"
        elif info.kind in ("short", "name"):
            info.label, info.reason = "NAV", f"short line {where}"
        else:
            info.label, info.reason = "BOILERPLATE", f"{info.kind} line {where}"


def _trailer(infos: list[LineInfo], start: int, layout: Layout) -> None:
    after = [i for i in infos[start:] if not i.blank]
    if layout.body:
        for info in after[:TRAILER_WINDOW]:
            if info.kind == "byline" and layout.byline is None:
                layout.byline = info.index
                info.label, info.reason = "BYLINE", "byline label after the text"
            elif info.kind == "date" and layout.date is None:
                layout.date = info.index
                info.label, info.reason = "DATE", "date line after the text"
    taken = {layout.byline, layout.date}
    rest_start = start
    # Lines already decided above are skipped by _outside via their labels.
    span_infos = [i for i in infos[rest_start:] if i.index not in taken]
    if not span_infos:
        return
    sections, rest = find_comment_sections([i for i in span_infos if not i.blank])
    layout.comments.extend(sections)
    tags, rest = find_tags(rest)
    layout.tags.extend(tags)
    lists, rest = find_related_lists(rest, need_items=2, collect_rest=True)
    layout.related.extend(lists)
    for info in rest:
        if info.kind == "caption":
            layout.captions.append(info.index)
            continue
        if info.kind == "cue":
            continue
        if info.kind in ("short", "name"):
            info.label, info.reason = "NAV", "short line after the article"
        else:
            info.label, info.reason = "BOILERPLATE", f"{info.kind} line after the article"
