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

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from typing import Iterable, Sequence

import regex

from .bylines import (
    MAX_BYLINE_CHARS,
    SHORT_LABEL_CHARS,
    BylineMatch,
    copyright_holder,
    find_byline,
    is_author_separator,
    is_bare_label,
    is_desk_credit,
    lone_given_name,
    looks_like_name,
    role_word,
    match_byline,
    name_after_heading,
    name_and_role,
    name_beside_date,
    name_under_label,
    names_a_subject,
)
from .dates import MAX_LEFTOVER_IN_SEGMENT, DateMatch, date_role, find_date, leading_date, match_date_line, split_segments
from .classify import DEFAULT_THRESHOLDS
from .features import LineInfo, explain
from .headline import (
    META_LINE_MAX_CHARS,
    choose_headline,
    colon_joined,
    is_headline_shaped,
    nonblank_after,
    nonblank_before,
)
from .lexicon import CAPTION_TAIL_WORDS, Lexicon
from .widgets import (
    CommentBlock,
    RelatedBlock,
    find_comment_sections,
    find_related_lists,
    find_tags,
)

__all__ = ["Layout", "find_body_region", "lay_out"]

# How many non-blank lines after the body a trailing date or labelled byline may stand.
TRAILER_WINDOW = 4

_BARRIER_CUES = frozenset({"comments", "comment_form"})


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
    dropped_bylines: list[int] = field(default_factory=list)  # bare names a labelled byline replaced
    tags: list[str] = field(default_factory=list)
    captions: list[int] = field(default_factory=list)
    related: list[RelatedBlock] = field(default_factory=list)
    comments: list[CommentBlock] = field(default_factory=list)


def _is_barrier(info: LineInfo) -> bool:
    """A comments heading standing alone ("Comments", "Leave a Reply") ends any article run.

    A counter with a number is no barrier: pages show "Комментарии: 0" in the
    header, above the text, as often as below it.
    """
    if info.comment_author:  # "Jane Doe says:": reader comments start here
        return True
    return info.kind == "cue" and info.cue in _BARRIER_CUES and info.n_words <= 4 and info.counter is None


def candidate_runs(infos: list[LineInfo]) -> list[tuple[float, int, int]]:
    """Every maximal positive run of lines as ``(score, first, last)``, in page order.

    This is the maximum-sum segment scan, keeping each segment it closes
    instead of only the best one, so a later stage can weigh them. The lines
    between a segment's best end and the point where its sum ran out are
    scanned again: a long article leaves a big sum that a second stretch of
    text under a block of code or a long list never beats, and that stretch
    is a run of its own.
    """
    runs: list[tuple[float, int, int]] = []
    budget = [RESCAN_BUDGET * len(infos)]
    _scan(infos, 0, len(infos), runs, budget)
    return runs


# Lines a page may spend on rescans, per line of the page (keeps the scan linear).
RESCAN_BUDGET = 2


def _scan(infos: list[LineInfo], start: int, stop: int, runs: list[tuple[float, int, int]], budget: list[int]) -> None:
    best: tuple[float, int, int] | None = None
    run_sum, run_start = 0.0, -1
    # By index: islice would walk the list from its start on every rescan.
    for k in range(start, stop):
        info = infos[k]
        if not info.n_chars:  # blank
            continue
        # Only comment authors and cue lines can be barriers: the others skip the call.
        barrier = (info.comment_author or info.kind == "cue") and _is_barrier(info)
        if barrier or (run_start >= 0 and run_sum + info.score <= 0):
            if best is not None:
                _close(infos, best, info.index, runs, budget)
            best, run_sum, run_start = None, 0.0, -1
            if barrier or info.score <= 0:
                continue
        if run_start < 0:
            if info.score <= 0:
                continue
            run_sum, run_start = 0.0, info.index
        run_sum += info.score
        if best is None or run_sum > best[0]:
            best = (run_sum, run_start, info.index)
    if best is not None:
        _close(infos, best, stop, runs, budget)


def _close(infos: list[LineInfo], best: tuple[float, int, int], stop: int, runs: list[tuple[float, int, int]], budget: list[int]) -> None:
    """Keep a closed segment, then look for runs in what followed its best end."""
    runs.append(best)
    rest = stop - best[2] - 1
    if rest > 1 and budget[0] >= rest:
        budget[0] -= rest
        _scan(infos, best[2] + 1, stop, runs, budget)


# Weighing the runs: the article's text is introduced (a date, a byline, a
# headline just above it, or a dateline opening it: "МОСКВА, 4 янв - ...") and
# seldom stands in the last part of a page (legal notes and comment rules do).
INTRO_WINDOW = 6
# Share of words addressing the reader a run may have for free, the cost per
# unit above it, and the lowest weight it can bring a run to.
ADDRESS_FREE = 0.01
ADDRESS_COST = 20.0
ADDRESS_FLOOR = 0.3
INTRO_BONUS = 0.5  # per kind of introduction found
INTRO_DATE_WEIGHT = 2.0  # a date above counts double: rule boxes and legal notes have titles, not dates
LATE_START = 0.6
UNDER_BARRIER_WEIGHT = 0.3
LATE_PENALTY = 0.8
# "МОСКВА, 4 янв - РИА Новости.", "BERLIN, 3. Mai (dpa) -": a place, a date with a digit, a dash.
_DATELINE = regex.compile(r"^[^\d\n]{2,40}?,\s[^\n]{0,20}?\d[^\n]{0,25}?\s[-—–]\s")


def _intro(infos: list[LineInfo], first: int) -> float:
    above = nonblank_before(infos, first, INTRO_WINDOW)
    found = 0.0
    if any(i.kind == "date" or i.date is not None for i in above):
        found += INTRO_DATE_WEIGHT
    if any(i.kind == "byline" or (i.byline is not None and i.byline.labelled) for i in above[:3]):
        found += 1
    if any(is_headline_shaped(i) and i.n_words >= 4 and i.kind != "good" for i in above[:3]):
        found += 1
    if _DATELINE.match(infos[first].text):
        found += 1
    return found


# A run whose paragraphs each stand alone between two or more titles ("Title / Subtitle /
# Summary", again and again) is a grid of teasers, not an article: an article's sections
# hold paragraphs in a row, or one paragraph under one subheading.
TEASER_GRID_MIN_PROSE = 3
TEASER_GRID_MIN_GAP = 2
TEASER_GRID_WEIGHT = 0.5
TEASER_MAX_CHARS = 500  # a teaser's summary is a sentence or two


def _teaser_grid(infos: list[LineInfo], first: int, last: int) -> bool:
    prose = 0
    between = -1  # non-prose lines since the last paragraph (-1: none yet)
    for info in infos[first : last + 1]:
        if info.blank:
            continue
        if info.kind == "good":  # a short sentence ("Imagine this!") may be a teaser's title
            if info.n_chars > TEASER_MAX_CHARS:
                return False  # a review's paragraph under each product's name, no summary
            if 0 <= between < TEASER_GRID_MIN_GAP:
                return False  # two paragraphs in a row, or one under its subheading
            prose += 1
            between = 0
        elif between >= 0:
            between += 1
    return prose >= TEASER_GRID_MIN_PROSE


def _run_weight(infos: list[LineInfo], run: tuple[float, int, int], n_lines: int) -> float:
    score, first, last = run
    weight = 1.0 + INTRO_BONUS * _intro(infos, first)
    # Rules, terms and sales copy speak to the reader; news seldom does.
    words = you = 0
    for info in infos[first : last + 1]:
        words += info.n_words
        you += info.n_you
    address = you / max(1, words)
    if address > ADDRESS_FREE:
        weight *= max(ADDRESS_FLOOR, 1.0 - ADDRESS_COST * (address - ADDRESS_FREE))
    above = nonblank_before(infos, first, 1)
    if above and _is_barrier(above[0]):
        # Text right under "Comments" or "Rules for commenting" is the readers' or the rules'.
        weight *= UNDER_BARRIER_WEIGHT
    if _teaser_grid(infos, first, last):
        weight *= TEASER_GRID_WEIGHT
    position = first / max(1, n_lines)
    if position > LATE_START:
        weight *= 1.0 - LATE_PENALTY * (position - LATE_START) / (1.0 - LATE_START)
    return score * weight


# A menu word between two lines of prose ("Features", "Highlights", "Business") is a
# subheading of the text: a menu stands among other short lines, not inside prose.
_SUBHEAD_CUES = frozenset({"nav", "most_read"})
SUBHEAD_MAX_WORDS = 4


def _subheads_in_prose(infos: list[LineInfo]) -> None:
    lines = [i for i in infos if not i.blank]
    repeats = Counter(i.text for i in lines if i.kind == "cue" and i.cue == "nav")
    for k in range(1, len(lines) - 1):
        info = lines[k]
        if info.kind != "cue" or info.cue not in _SUBHEAD_CUES or info.n_words > SUBHEAD_MAX_WORDS:
            continue
        if repeats[info.text] >= SUBHEAD_LIST_REPEATS and _heads_list_in_prose(lines, k):
            _demote_cue(info, "menu word under a paragraph over list items: a subheading")
            continue
        if _under_numbered_heading(lines, k):
            _demote_cue(info, "menu word under a numbered heading: a subheading of that section")
            continue
        if lines[k - 1].kind not in _PROSE or lines[k + 1].kind not in _PROSE:
            continue
        # Inside the text, not between an "about us" line and a teaser: two paragraphs on one side.
        if (k >= 2 and lines[k - 2].kind in _PROSE) or (k + 2 < len(lines) and lines[k + 2].kind in _PROSE):
            _demote_cue(info, "menu word between two paragraphs: a subheading")


# "#6. Example Cloud" or "6) The River Mill" over "Features" and the features: in a ranked
# list, a menu word right under an item's numbered heading heads that item's section.
_NUMBERED_HEADING = regex.compile(r"^#?\d{1,2}[.):]\s+\S")


def _under_numbered_heading(lines: list[LineInfo], k: int) -> bool:
    above, below = lines[k - 1], lines[k + 1]
    return (
        above.kind == "title"
        and _NUMBERED_HEADING.match(above.text) is not None
        and below.kind in _ITEM_KINDS
        and below.cue is None
    )


def _demote_cue(info: LineInfo, reason: str) -> None:
    short = info.n_words <= DEFAULT_THRESHOLDS.short_max_words
    info.kind = "short" if short else "title"
    info.score = DEFAULT_THRESHOLDS.short_score if short else DEFAULT_THRESHOLDS.title_score
    info.label, info.reason = "BOILERPLATE", reason


# A menu word heading a list inside the text ("Features" over the items of each product
# of a review): the same line stands SUBHEAD_LIST_REPEATS times or more on the page, a
# paragraph stands at most SUBHEAD_LIST_REACH lines above it, no other cue between, and
# SUBHEAD_LIST_ITEMS lines of several words each follow it, none a cue. A menu's words
# stand among other menu words and short lines, once in the header and once in the footer.
SUBHEAD_LIST_REPEATS = 3
SUBHEAD_LIST_REACH = 2
SUBHEAD_LIST_ITEMS = 2
SUBHEAD_ITEM_MIN_WORDS = 4
_ITEM_KINDS = frozenset({"title", "neargood", "good"})


def _heads_list_in_prose(lines: list[LineInfo], k: int) -> bool:
    items = lines[k + 1 : k + 1 + SUBHEAD_LIST_ITEMS]
    if len(items) < SUBHEAD_LIST_ITEMS:
        return False
    if any(i.kind not in _ITEM_KINDS or i.n_words < SUBHEAD_ITEM_MIN_WORDS or i.table for i in items):
        return False
    for above in reversed(lines[max(0, k - SUBHEAD_LIST_REACH) : k]):
        if above.kind == "good":
            return True
        if above.kind not in ("short", "title", "name"):
            return False
    return False


# An article split by a widget: under the text, a block of ads and link boxes ("Trending",
# five teasers with their rubrics, "Advertisement"), then the article goes on. The run
# continues under such a block when it holds at most WIDGET_MAX_GAP lines, among them a
# box or an ad cue and no date, byline, counter, copyright, comment or other cue; when the
# text above scores WIDGET_MIN_ABOVE; and when what follows is clearly more of the same
# text: WIDGET_MIN_PARAS paragraphs of WIDGET_PARA_WORDS words or more, one after the other
# (only blank lines or ad markers between them), that hardly address the reader, and not
# under a title of their own (the next article on the page). A grid of teasers (a title
# over each summary) never starts that way.
WIDGET_MAX_GAP = 30
WIDGET_MIN_ABOVE = 12.0
WIDGET_MIN_PARAS = 3
WIDGET_PARA_WORDS = 15
WIDGET_MAX_ADDRESS = 0.02  # share of the paragraphs' words addressing the reader
WIDGET_MAX_CROSSINGS = 3
_WIDGET_SIGNS = frozenset({"ad", "related", "most_read"})
_WIDGET_CUES = _WIDGET_SIGNS | frozenset({"nav", "subscribe", "share"})
_WIDGET_HARD = frozenset({"date", "byline", "counter"})


def _cross_widgets(
    infos: list[LineInfo],
    runs: list[tuple[float, int, int]],
    chains: list[list[int]],
    chain: list[int],
    last: int,
    boxes: set[int] | None,
) -> int:
    """The end of the article's text, carried on under the widgets that split it."""
    held = sum(runs[k][0] for k in chain)
    if held < WIDGET_MIN_ABOVE:
        return last
    starts = {runs[c[0]][1]: c for c in chains}
    for _ in range(WIDGET_MAX_CROSSINGS):
        below = _widget_gap(infos, last, 1)
        if below is None or below not in starts or not _paragraphs_in_a_row(infos, below, 1):
            break
        block = _block_lines(infos, last + 1, below, last, below)
        if block is None:
            break
        if boxes is not None:
            boxes.update(block)
        last = runs[starts[below][-1]][2]
    return last


def _closing_title(infos: list[LineInfo], start: int, stop: int) -> int | None:
    """A title closing the block between ``start`` and ``stop``, set apart by ad markers above
    and below it: the subheading of the text going on under it, or a headline."""
    lines = [i for i in infos[start:stop] if not i.blank]
    end = len(lines)
    while end and _ad_marker(lines[end - 1]):
        end -= 1
    if end == len(lines) or end < 2 or lines[end - 1].kind != "title" or not _ad_marker(lines[end - 2]):
        return None
    return lines[end - 1].index


def _ad_marker(info: LineInfo) -> bool:
    return info.kind == "cue" and info.cue == "ad"


def _markers(infos: list[LineInfo], start: int, step: int) -> set[str]:
    """The ad markers standing between the WIDGET_MIN_PARAS paragraphs from ``start`` on."""
    found: set[str] = set()
    paras = 0
    k = start
    while 0 <= k < len(infos) and paras < WIDGET_MIN_PARAS:
        info = infos[k]
        if _ad_marker(info):
            found.add(info.text)
        elif info.kind == "good":
            paras += 1
        elif not info.blank:
            break
        k += step
    return found


def _block_lines(infos: list[LineInfo], start: int, stop: int, above: int, below: int) -> list[int] | None:
    """The lines of the block between ``start`` and ``stop``, or None when the text on either
    side is not one: a title closing the block is the subheading of the text under it only
    when the same ad marker stands between the paragraphs above (from ``above`` up) and
    below (from ``below`` down); else it heads another article."""
    title = _closing_title(infos, start, stop)
    if title is not None and not (_markers(infos, above, -1) & _markers(infos, below, 1)):
        return None
    return [i.index for i in infos[start:stop] if not i.blank and i.index != title]


def _widget_gap(infos: list[LineInfo], edge: int, step: int) -> int | None:
    """The nearest line with a positive score past a widget block right beyond ``edge``, going
    down (``step`` 1, from the run's last line) or up (-1, from its first), or None."""
    gap = 0
    signs = False
    over_text = None  # the block's line right over the paragraphs under it
    k = edge + step
    while 0 <= k < len(infos):
        info = infos[k]
        k += step
        if info.blank:
            continue
        if info.score > 0:
            # A title right over the paragraphs heads another article (the next one on the page).
            return info.index if signs and over_text is not None and over_text.kind != "title" else None
        if step > 0 or over_text is None:
            over_text = info
        gap += 1
        if gap > WIDGET_MAX_GAP or info.copyright or info.comment_author or info.kind in _WIDGET_HARD:
            return None
        if info.kind == "cue":
            if info.cue not in _WIDGET_CUES or _is_barrier(info):
                return None
            signs = signs or info.cue in _WIDGET_SIGNS
    return None


def _paragraphs_in_a_row(infos: list[LineInfo], start: int, step: int) -> bool:
    """Do WIDGET_MIN_PARAS paragraphs follow one another from ``start``, down (``step`` 1) or up (-1)?"""
    paras = words = you = 0
    k = start
    while 0 <= k < len(infos):
        info = infos[k]
        k += step
        if info.blank or (info.kind == "cue" and info.cue == "ad"):
            continue
        if info.kind != "good" or info.n_words < WIDGET_PARA_WORDS:
            return False
        paras += 1
        words += info.n_words
        you += info.n_you
        if paras >= WIDGET_MIN_PARAS:
            return you <= WIDGET_MAX_ADDRESS * words
    return False


def _cross_widgets_above(
    infos: list[LineInfo],
    runs: list[tuple[float, int, int]],
    chains: list[list[int]],
    chain: list[int],
    first: int,
    boxes: set[int] | None,
) -> int:
    """The start of the article's text, carried up over the widgets that split it: the
    same block of ads and links as below, with paragraphs in a row above it."""
    if sum(runs[k][0] for k in chain) < WIDGET_MIN_ABOVE:
        return first
    ends = {runs[c[-1]][2]: c for c in chains}
    for _ in range(WIDGET_MAX_CROSSINGS):
        above = _widget_gap(infos, first, -1)
        if above is None or above not in ends or not _paragraphs_in_a_row(infos, above, -1):
            break
        block = _block_lines(infos, above + 1, first, above, first)
        if block is None:
            break
        if boxes is not None:
            boxes.update(block)
        first = runs[ends[above][0]][1]
    return first


def find_body_region(infos: list[LineInfo], lex: Lexicon, boxes: set[int] | None = None) -> tuple[int, int] | None:
    """(first, last) line index of the article's run of text, or None when there is no prose.

    Menu words standing inside prose are first read as the text's subheadings
    (:func:`_subheads_in_prose`, which relabels those lines). Then the runs are
    taken in chains, each run with those that continue it past a list, a table
    or a subheading block (see :func:`_chains`); the chain whose runs weigh most
    is the article, with the runs just above that join it. The indices of the
    lines of a widget the text goes on under (see :func:`_cross_widgets`) are
    added to ``boxes`` when it is given.
    """
    _subheads_in_prose(infos)
    runs = candidate_runs(infos)
    if not runs:
        return None
    n = len(infos)
    chains = _chains(infos, runs)
    chain = max(chains, key=lambda c: sum(_run_weight(infos, runs[k], n) for k in c))
    first, last = _merge_before(infos, runs, chain[0]), runs[chain[-1]][2]
    last = _cross_widgets(infos, runs, chains, chain, last, boxes)
    first = _cross_widgets_above(infos, runs, chains, chain, first, boxes)
    first = _reach_intro_above(infos, runs, first)
    first = _take_salutation(infos, first)
    last = _trim_list_tail(infos, first, last)
    last = _trim_address_tail(infos, first, _trim_teaser_tail(infos, first, last))
    last = _trim_question_tail(infos, first, last)
    last = _trim_author_tail(infos, first, last)
    last = _trim_about_tail(infos, first, last, lex)
    last = _trim_site_tail(infos, first, last, lex)
    last = _trim_rubric_grid(infos, first, last)
    return first, _extend_over_marked_items(infos, _extend_over_headed_block(infos, _extend_over_announced_list(infos, _extend_over_facts(infos, last))))


# A salutation opening a letter or a post ("Dear readers,", "Liebe Leserinnen und Leser,"):
# a short line ending in a comma, right above a first line that goes on in lower case.
SALUTATION_MAX_WORDS = 6


def _take_salutation(infos: list[LineInfo], first: int) -> int:
    k = first - 1
    while k >= 0 and infos[k].blank:
        k -= 1
    if k < 0 or first - k > 2:
        return first
    above, text = infos[k], infos[first].text.lstrip()
    if not text[:1].islower() or not above.text.rstrip().endswith(","):
        return first
    if above.n_words > SALUTATION_MAX_WORDS or above.cue is not None or above.date is not None or above.byline is not None:
        return first
    return k if above.text[:1].isupper() else first


# An author box closing the run: a name line, then a sentence about that person
# ("Jane Doe", "Jane Doe is a reporter covering ...", "Jane has covered ..."), perhaps
# under a heading ("About the author") and over a short role line ("Contributing
# Writer"), with at most AUTHOR_TAIL_AFTER lines after the sentence. Co-authors'
# boxes follow each other: each is cut in turn, up to AUTHOR_TAIL_BOXES.
AUTHOR_TAIL_LINES = 5
AUTHOR_TAIL_AFTER = 1
AUTHOR_TAIL_MIN_RUN = 3  # lines of text that must stay above the box
AUTHOR_TAIL_HEAD_WORDS = 5
AUTHOR_TAIL_ROLE_LINES = 1  # short lines between the name and the sentence
AUTHOR_TAIL_LEAD_WORDS = 8  # the sentence names the person within this many words
AUTHOR_TAIL_BOXES = 3


def _name_words(info: LineInfo) -> list[str]:
    """The words of a bare one-person name line, as written (none for other lines)."""
    bm = info.byline
    if bm is None or bm.labelled or len(bm.authors) != 1 or info.n_words > 4:
        return []
    return [w for w in _WORD.findall(bm.authors[0]) if len(w) >= NAME_WORD_MIN_CHARS]


def _names(info: LineInfo, name: list[str]) -> bool:
    """Does the sentence speak of the person within its first words, as the name line writes
    a word of the name? A heading "Web Standards" over "Web standards are ..." is no person:
    the sentence writes another word of the name in lowercase."""
    if not name or info.kind not in _PROSE:
        return False
    lead = _WORD.findall(" ".join(info.text.split()[:AUTHOR_TAIL_LEAD_WORDS]))
    if not any(w in lead for w in name):
        return False
    lower = [w for w in lead if w[:1].islower()]
    return not any(w.startswith(n.casefold()) for n in name for w in lower)


def _trim_author_tail(infos: list[LineInfo], first: int, last: int) -> int:
    for _ in range(AUTHOR_TAIL_BOXES):
        cut = _author_box_tail(infos, first, last)
        if cut is None:
            break
        last = cut
    # No name line: the run's last line is a sentence about the page's byline name
    # ("Jane Doe is a reporter covering ...").
    lines = [i for i in infos[first : last + 1] if not i.blank]
    if len(lines) > AUTHOR_TAIL_MIN_RUN:
        tail = lines[-1]
        m = _BIO_LEAD.match(tail.text)
        if m is not None and tail.kind in _PROSE and _byline_above(infos, first, m.group(1).split()[-1]):
            return lines[-2].index
    return last


def _author_box_tail(infos: list[LineInfo], first: int, last: int) -> int | None:
    """Where the run ends without the author box closing it; None when there is none."""
    lines = [i for i in infos[first : last + 1] if not i.blank]
    n = len(lines)
    for k in range(max(AUTHOR_TAIL_MIN_RUN, n - AUTHOR_TAIL_LINES), n - 1):
        name = _name_words(lines[k])
        if not name:
            continue
        # The sentence, perhaps under a role line or two ("Contributing Writer").
        s = k + 1
        while s < n - 1 and s - k <= AUTHOR_TAIL_ROLE_LINES and lines[s].kind in ("short", "title", "name") and lines[s].n_words <= 3:
            s += 1
        if n - (s + 1) > AUTHOR_TAIL_AFTER or not _names(lines[s], name):
            continue
        if k >= 2 and _names(lines[k - 1], _name_words(lines[k - 2])):
            return None  # one person after another: a team page, the boxes are its text
        cut = k
        head = lines[k - 1]
        if head.kind in ("title", "short") and head.n_words <= AUTHOR_TAIL_HEAD_WORDS and k - 1 >= AUTHOR_TAIL_MIN_RUN:
            cut = k - 1  # "About the author" over the name
        return lines[cut - 1].index
    return None


# A bio's lead: a capitalised name of two or three words, then "is" in a few languages.
_BIO_LEAD = regex.compile(r"^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2}) (?:is|ist|est|es|è|jest|är|er|was) ")
BIO_BYLINE_REACH = 60


def _byline_above(infos: list[LineInfo], first: int, surname: str) -> bool:
    for info in infos[max(0, first - BIO_BYLINE_REACH) : first + META_IN_RUN + 1]:
        if info.byline is not None and any(surname in a.split() for a in info.byline.authors):
            return True
    return False


# "Farbe: grün", "Lieferbar: 12 ml, 125 ml": a block of short label-and-value lines right
# under the text is a fact box of the article (a product's data, an event's details).
FACTS_MIN_LINES = 2
FACTS_LABEL_MAX_WORDS = 3
FACTS_LINE_MAX_WORDS = 20
_FACT = regex.compile(r"^[^:\d]{2,30}:\s+\S")


def _is_fact(info: LineInfo) -> bool:
    if info.cue is not None or info.label_kind is not None or info.date is not None or info.byline is not None:
        return False
    if info.n_words > FACTS_LINE_MAX_WORDS or info.counter is not None or info.copyright:
        return False
    m = _FACT.match(info.text)
    return m is not None and len(info.text[: m.end()].split(":")[0].split()) <= FACTS_LABEL_MAX_WORDS


def _extend_over_facts(infos: list[LineInfo], last: int) -> int:
    k, end, facts = last + 1, last, 0
    while k < len(infos):
        info = infos[k]
        if not info.blank:
            if not _is_fact(info):
                break
            facts += 1
            end = k
        k += 1
    return end if facts >= FACTS_MIN_LINES else last


# A list the text announces: the text's last line, or the line right under it, is a sentence
# of ANNOUNCE_MIN_WORDS words or more that ends with a colon ("The answer is short:", "You will need these:"), and the lines
# under it are its items (code, verse, steps): up to ANNOUNCED_MAX_ITEMS lines with no cue,
# date, byline, copyright sign or question to the reader. The items end at the first
# other line, where a blank line follows items that stood together, and where a quote opened
# by the first item closes.
ANNOUNCE_MIN_WORDS = 4
ANNOUNCE_UNDER_MIN_WORDS = 6  # under the text, a short label ("This topic on air:") heads a box
ANNOUNCED_MAX_ITEMS = 20
_ITEM_LINE_KINDS = frozenset({"title", "short", "neargood", "good", "bad", "name"})


def _is_list_line(info: LineInfo) -> bool:
    return (
        info.kind in _ITEM_LINE_KINDS
        and info.cue is None
        and info.date is None
        and info.byline is None
        and info.counter is None
        and not info.copyright
        and not info.comment_author
        and not (info.n_you and info.text.rstrip().endswith("?"))  # "Would you like our posts?": an appeal
    )


_MARKER_LEAD = regex.compile(r"^(?:[-–—•·*▪►●■]|\d{1,2}[.)])\s+")
_OPEN_QUOTES = "\"„“«‘'"
_CLOSE_QUOTES = "\"“”»’'"


def _announces(info: LineInfo) -> bool:
    """A sentence ending in a colon; a short label ("About the author:", "Pages:") heads a box."""
    if info.n_words < ANNOUNCE_MIN_WORDS or info.cue is not None or info.kind not in _ITEM_LINE_KINDS:
        return False
    return info.text.rstrip().endswith(":")


def _extend_over_announced_list(infos: list[LineInfo], last: int) -> int:
    k = last + 1
    if not _announces(infos[last]):
        nxt = _next_nonblank(infos, last)
        if nxt is None:
            return last
        under = infos[nxt]
        if under.n_words < ANNOUNCE_UNDER_MIN_WORDS or not _announces(under) or not _is_list_line(under):
            return last
        k = nxt + 1
    end, items, blank_seen, together = k - 1, 0, False, False
    quoted: bool | None = None  # does the first item open a quote?
    while k < len(infos) and items < ANNOUNCED_MAX_ITEMS:
        info = infos[k]
        k += 1
        if info.blank:
            blank_seen = True
            continue
        if not _is_list_line(info) or (blank_seen and together):
            break
        together = together or (items > 0 and not blank_seen)
        blank_seen = False
        items += 1
        end = info.index
        if quoted is None:
            quoted = _MARKER_LEAD.sub("", info.text, count=1)[:1] in _OPEN_QUOTES
        if quoted and info.text.rstrip()[-1:] in _CLOSE_QUOTES:
            break  # a quoted verse ends where its quote closes
    return end if items else last


# A subheading right under the text over a fact box or a list it announces ("How to choose
# a CRM" over "Motion: inbound vs. field", "Core Features" over "Here are the features:"):
# the section goes on; the heading is a title of at most HEADED_BLOCK_MAX_WORDS words.
HEADED_BLOCK_MAX_WORDS = 8


def _extend_over_headed_block(infos: list[LineInfo], last: int) -> int:
    head = _next_nonblank(infos, last)
    if head is None or infos[last].kind not in _PROSE:
        return last
    info = infos[head]
    if info.kind not in ("title", "short", "name") or info.n_words > HEADED_BLOCK_MAX_WORDS or not _is_list_line(info):
        return last
    if _ends_sentence(info) or info.text.rstrip().endswith(":"):
        return last
    end = _extend_over_facts(infos, head)
    if end == head:
        end = _extend_over_announced_list(infos, head)
    return last if end == head else end


# A list the text has begun goes on under it: when the run's last two lines open with the
# same marker ("- ", "• ", "? " where a renderer lost the bullet), the lines under them that
# open with it too are more of its items (short ones end the run's sum early), and so is
# one line going on in lower case under an item (its second half).
_ITEM_MARK = regex.compile(r"^(?:[^\w\s\"„“«‘'(\[]{1,2})\s")


def _item_mark(info: LineInfo) -> str | None:
    m = _ITEM_MARK.match(info.text)
    return m.group() if m else None


def _extend_over_marked_items(infos: list[LineInfo], last: int) -> int:
    mark = _item_mark(infos[last])
    if mark is None:
        return last
    above = nonblank_before(infos, last, 1)
    if not above or _item_mark(above[0]) != mark:
        return last
    end, items, broken = last, 0, True  # broken: the item above has its second half already
    for info in islice(infos, last + 1, None):
        if info.blank:
            continue
        if items >= ANNOUNCED_MAX_ITEMS or not _is_list_line(info):
            break
        if _item_mark(info) == mark:
            items, broken = items + 1, False
        elif broken or not info.text[:1].islower():
            break
        else:
            broken = True
        end = info.index
    return end


# The last lines of a run that speak to the reader ("Gefällt dir unser Magazin?",
# "Sie wollen mehr von uns?", "Submit your letter to the editor") are an appeal, not the article.
ADDRESS_TAIL_LINES = 2
ADDRESS_TAIL_SHARE = 0.15


def _trim_address_tail(infos: list[LineInfo], first: int, last: int) -> int:
    cut = last
    for info in _tail_lines(infos, first, last, ADDRESS_TAIL_LINES):  # last line first
        if info.n_you and info.n_you >= ADDRESS_TAIL_SHARE * info.n_words:
            cut = info.index - 1
    return _last_nonblank(infos, first, cut)


# The run's last line opening on a short question is the page asking the reader ("Was this
# article helpful?", "Enjoyed this story? Support our journalism ...", "Hat Ihnen dieser Artikel
# gefallen? ..."): an article ends on its own sentence. At most QUESTION_TAIL_WORDS words in the
# question, no quote in it; QUESTION_TAIL_MIN_RUN lines of text stay above it.
QUESTION_TAIL_WORDS = 6
QUESTION_TAIL_MIN_RUN = 3
QUESTION_TAIL_MAX_WORDS = 50  # a closing appeal is short; a long paragraph is the text's own
QUESTION_TAIL_STEPS = 3
QUESTION_TAIL_UNDER = 2
_OPENING_QUESTION = regex.compile(r"[^.!?;:\"“”«»„]{2,80}[?？]")


def _trim_question_tail(infos: list[LineInfo], first: int, last: int) -> int:
    """Cut appeals closing the run, one after the other (QUESTION_TAIL_STEPS at most): a line
    opening on a short question (two words or more), with the lines under it (QUESTION_TAIL_UNDER
    at most) and the question itself each speaking to the reader ("Gefällt dir unser Magazin? ..." / "... brauchen wir deine Hilfe.")."""
    cut = last
    for _ in range(QUESTION_TAIL_STEPS):
        head = None
        for k, info in enumerate(_tail_lines(infos, first, cut, QUESTION_TAIL_UNDER + 1)):  # the last line first
            if _appeal_question(info) and (k == 0 or info.n_you):
                head = info  # over other lines, the question speaks to the reader too (an FAQ's does not)
                break
            if not info.n_you:
                break
        if head is None or not _lines_above(infos, first, head.index, QUESTION_TAIL_MIN_RUN):
            break
        cut = _last_nonblank(infos, first, head.index - 1)
    return last if cut == last else _drop_bare_heading(infos, first, cut)


def _appeal_question(info: LineInfo) -> bool:
    m = _OPENING_QUESTION.match(info.text)
    return m is not None and 2 <= len(m.group().split()) <= QUESTION_TAIL_WORDS and info.n_words <= QUESTION_TAIL_MAX_WORDS


def _tail_lines(infos: list[LineInfo], first: int, last: int, n: int) -> list[LineInfo]:
    """The last ``n`` non-blank lines of the run ending at ``last``, the last one first."""
    out: list[LineInfo] = []
    k = last
    while k > first and len(out) < n:
        if not infos[k].blank:
            out.append(infos[k])
        k -= 1
    return out


# The run's last line presenting a person or an outfit by name ("Jane Doe is a reporter who ...",
# "Example Media is an independent publisher ...", "Example Co., LLC is a registered adviser"):
# an author bio or an "about us" box under the text. A full name ("Jane Doe is a ...") is left
# to _trim_author_tail, which cuts it when the byline names that person. At most ABOUT_TAIL_MAX_WORDS words, a subject
# whose words the text never writes in lowercase, and QUESTION_TAIL_MIN_RUN lines of text above it.
ABOUT_TAIL_MAX_WORDS = 80
_FULL_NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}+")


def _lines_above(infos: list[LineInfo], first: int, index: int, n: int) -> bool:
    """Whether ``n`` non-blank lines of the run stand above ``index`` (counted up from it, never the whole run)."""
    return len(_tail_lines(infos, first - 1, index - 1, n)) >= n


def _trim_about_tail(infos: list[LineInfo], first: int, last: int, lex: Lexicon) -> int:
    info = infos[last]
    if info.kind != "good" or info.n_words > ABOUT_TAIL_MAX_WORDS:
        return last
    m = lex.about_pattern.match(info.text)
    if m is None or not _lines_above(infos, first, last, QUESTION_TAIL_MIN_RUN):
        return last
    # A name, not a common noun opening a sentence ("Water is a resource ..."): the page never
    # writes its words in lowercase.
    named = _WORD.findall(m.group())[:-2]
    if 2 <= len(named) <= 3 and all(_FULL_NAME_WORD.fullmatch(w) for w in named) and not any(w.casefold() in lex.stopwords for w in named):
        return last  # a person's full name may be someone of the story (cut by _trim_author_tail when bylined)
    subject = {w.casefold() for w in named} - lex.stopwords  # "The Example Press"
    if subject & {w.casefold() for i in infos[first:last] if i.kind in _PROSE for w in _WORD.findall(i.text) if w.islower()}:
        return last
    return _drop_bare_heading(infos, first, _last_nonblank(infos, first, last - 1))


# The site's own notes closing the run: a line among its last SITE_TAIL_LINES that names the site
# itself ("Material on this website may not be copied ...", "By using this site you agree ...",
# "Visit our website ..."), that points to the site's accounts ("Follow us on X and Facebook
# @example"), a row of share buttons (three networks' names, no sentence); or a list heading
# ("More from us", "Related"), a tag line ("Topics: a, b") or an author box's heading ("About the
# author") with at most SITE_TAIL_LINES lines under it, no two of them paragraphs (a lone "about
# us" paragraph under a box that showed no links; a name and a role under the tags; a name and a
# bio under the heading). The notes and
# all under them go; QUESTION_TAIL_MIN_RUN lines of text stay above.
SITE_TAIL_LINES = 3
SITE_TAIL_MAX_WORDS = 80
SHARE_ROW_NETWORKS = 3
_SOCIAL_NETWORK = regex.compile(
    r"(?<!\w)(?:facebook|twitter|instagram|youtube|tiktok|linkedin|telegram|whatsapp|pinterest|threads|bluesky|mastodon|vk|вконтакте|одноклассниках)(?!\w)",
    regex.IGNORECASE,
)
_HANDLE = regex.compile(r"(?<![\w.@])@[A-Za-z_]\w{2,}(?![\w@.]*\.\w)")


def _site_note(info: LineInfo, lex: Lexicon) -> bool:
    if info.n_words > SITE_TAIL_MAX_WORDS:
        return False
    if info.kind not in ("good", "neargood", "title"):
        return False
    if lex.site_pattern.search(info.text):
        return True
    networks = {m.casefold() for m in _SOCIAL_NETWORK.findall(info.text)}
    if len(networks) >= SHARE_ROW_NETWORKS and info.kind == "title":
        return True  # "Share Facebook X WhatsApp Email": a row of buttons, not a sentence naming them
    return bool(networks) and _HANDLE.search(info.text) is not None


def _tail_heading(info: LineInfo, lex: Lexicon) -> bool:
    """A list heading ("More from us"), a tag line ("Themen: a, b, c") or the heading of an
    author box ("About the author", "Über die Autorin") inside the run."""
    if info.kind == "cue":
        return info.cue in _LIST_HEADS and info.n_words <= 6 or info.cue == "tags"
    return _about_author_heading(info, lex)


ABOUT_HEADING_MAX_WORDS = 4


def _about_author_heading(info: LineInfo, lex: Lexicon) -> bool:
    """A short heading made of function words and a byline word only: "About the author",
    "Über den Autor", "Sobre el autor", "Zur Autorin"."""
    if info.kind not in ("short", "title", "name") or info.n_words > ABOUT_HEADING_MAX_WORDS or _ends_sentence(info):
        return False
    words = [w.casefold() for w in _WORD.findall(info.text)]
    labels = 0
    for w in words:
        hit = lex.labels.match(w)
        if hit is not None and hit[0] == w and hit[1] == "byline_labels":
            labels += 1
        elif w not in lex.stopwords:
            return False
    return labels == 1 and len(words) >= 2


def _trim_site_tail(infos: list[LineInfo], first: int, last: int, lex: Lexicon) -> int:
    cut = None
    tail = _tail_lines(infos, first, last, SITE_TAIL_LINES + 1)  # the last line first
    for k, info in enumerate(tail):
        if _tail_heading(info, lex):
            # The text goes on past a box: two paragraphs under the heading are no box.
            note = sum(1 for i in tail[:k] if i.kind in _PROSE) < 2
        else:
            note = k < SITE_TAIL_LINES and _site_note(info, lex)
        if note and _lines_above(infos, first, info.index, QUESTION_TAIL_MIN_RUN):
            cut = info.index
    if cut is None:
        return last
    return _drop_bare_heading(infos, first, _last_nonblank(infos, first, cut - 1))


# A grid of teasers closing the run, each under the same rubric ("66 Likes" / "Wildlife" / a title /
# a summary, three times over): the same short line (letters, no digits) comes back at a fixed
# step (at most RUBRIC_GRID_MAX_STEP lines) RUBRIC_GRID_MIN_REPEATS times or more, the last time
# within one step of the run's end, and each block holds one paragraph (the summary). The grid goes from its first rubric, with the short lines above it that
# the next block repeats too (a counter); QUESTION_TAIL_MIN_RUN lines of text stay above.
RUBRIC_GRID_MIN_REPEATS = 3
RUBRIC_GRID_MAX_STEP = 5


def _trim_rubric_grid(infos: list[LineInfo], first: int, last: int) -> int:
    lines = [i for i in infos[first : last + 1] if not i.blank]
    n = len(lines)
    for j in range(n - 1, max(n - 1 - RUBRIC_GRID_MAX_STEP, 0), -1):
        rubric = lines[j]
        if rubric.kind != "short" or _ends_sentence(rubric) or any(c.isdigit() for c in rubric.text):
            continue  # "1-100" over each setting of a table is a value, not a rubric
        step = next((d for d in range(1, RUBRIC_GRID_MAX_STEP + 1) if j - d >= 0 and lines[j - d].text == rubric.text), 0)
        if step < 2:
            continue  # a line repeated right under itself is no grid
        p, count = j, 1
        while p - step >= 0 and lines[p - step].text == rubric.text:
            p, count = p - step, count + 1
        if count < RUBRIC_GRID_MIN_REPEATS:
            continue
        if any(sum(1 for i in lines[q : q + step] if i.kind in _PROSE) != 1 for q in range(p, j, step)):
            continue  # a teaser has one summary; the text's sections (a heading, a credit, paragraphs) run longer
        start = p
        while start > 0 and p - start < step - 1 and lines[start - 1].kind not in _PROSE and lines[start - 1].kind == lines[start - 1 + step].kind:
            start -= 1
        if start < QUESTION_TAIL_MIN_RUN:
            return last
        return lines[start - 1].index
    return last


def _drop_bare_heading(infos: list[LineInfo], first: int, last: int) -> int:
    """After a box is cut off the run, its heading ("About us", "Featured") is left with nothing
    under it: a heading line closing the run goes too."""
    if last > first and infos[last].kind in ("title", "short", "name") and not _ends_sentence(infos[last]):
        return _last_nonblank(infos, first, last - 1)
    return last


def _last_nonblank(infos: list[LineInfo], first: int, index: int) -> int:
    """``index``, or the nearest non-blank line above it, stopping at ``first``: where a cut run ends."""
    while index > first and infos[index].blank:
        index -= 1
    return index


# A heading over a list of other articles ("Most Popular", "You might also like").
_LIST_HEADS = frozenset({"related", "most_read"})
_PROSE = frozenset({"good", "neargood"})
# Summaries (each alone between titles, dates, bylines) a teaser grid under such a heading shows at least.
LIST_TAIL_MIN_TEASERS = 3


# A numeric date opening a line ("01.01.2024 -", "2024-01-01 |"): how teasers in a list are dated.
_DATE_LEAD = regex.compile(r"(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?!\d)")


def _trim_list_tail(infos: list[LineInfo], first: int, last: int) -> int:
    """Cut the run at a list heading ("Most Popular", "Read more") when no paragraphs follow it.

    An article may go on after a box of links; then two paragraphs follow each
    other somewhere below the heading. Under a heading over a teaser grid, each
    summary stands alone between titles, dates and bylines.
    """
    cut: int | None = None
    prev_prose = dated = False
    others = teasers = 0
    for info in infos[first + 1 : last + 1]:
        if info.blank:
            continue
        if info.kind == "cue" and info.cue in _LIST_HEADS and info.n_words <= 6 and not _interrupts(info):
            if cut is None:
                cut, others, teasers, prev_prose, dated = info.index, 0, 0, False, False
            continue
        if cut is None:
            continue
        if info.kind in ("date", "byline"):
            dated = True
        elif info.cue == "ad" and not dated:
            continue  # an ad slot between two paragraphs does not part them (under teasers with dates, it may)
        prose = info.kind in _PROSE
        if prose and _DATE_LEAD.match(info.text):
            # "01.01.2024 - Rubric Title Summary ...": a teaser carrying its own date, not a paragraph.
            teasers += 1
            others += 1
            prev_prose = False
            continue
        if prose and prev_prose:
            cut = None  # the article goes on
            prev_prose = False
            continue
        prev_prose = prose
        if prose:
            teasers += 1
        else:
            others += 1
    if cut is None or teasers < LIST_TAIL_MIN_TEASERS or others < teasers:
        return last
    return _last_nonblank(infos, first, cut - 1)


def _ends_sentence(info: LineInfo) -> bool:
    return info.text.rstrip("»”\"')").endswith((".", "…", "!"))


def _labels_next(info: LineInfo) -> bool:
    """A short line ending in a colon ("Awards:", "Auszeichnungen:") labels what follows; a rubric has no colon."""
    return info.text.rstrip().endswith(":")


# Headed paragraphs that _trim_teaser_tail cuts off at most: a few teasers close a page.
TEASER_TAIL_MAX_STEPS = 3


def _trim_teaser_tail(infos: list[LineInfo], first: int, last: int) -> int:
    """Cut a rubric and its teaser off the end of the run: "ЖКХ" then "Сколько будет стоить ...?".

    An article ends on a sentence; a one-to-three-word line followed by a line
    that does not end one is a teaser that joined the run because it reads as prose.
    A few such teasers close a page; more than TEASER_TAIL_MAX_STEPS headed
    paragraphs in a row are the article's own sections (a list of quotes, each
    closing on the speaker's name), and nothing is cut.
    """
    end = last
    for _ in range(TEASER_TAIL_MAX_STEPS + 1):
        # The last three non-blank lines of the run, found walking back from its end.
        tail: list[LineInfo] = []
        k = last
        while k >= first and len(tail) < 3:
            if not infos[k].blank:
                tail.insert(0, infos[k])
            k -= 1
        if len(tail) < 3 or _ends_sentence(tail[-1]) or tail[-2].kind != "short" or _labels_next(tail[-2]):
            return last
        last = tail[0].index
    return end


# Joining runs: an article broken by a list, a table or a block of subheadings
# goes on after it. A following run joins when the lines between hold no
# boilerplate cue, no date or byline, are at most MERGE_MAX_GAP lines, and the
# run has at least MERGE_MIN_SCORE (a real paragraph). A run before the best
# one joins only across a short gap (above the text stand headlines and teasers).
MERGE_MAX_GAP = 60
MERGE_MAX_GAP_BEFORE = 20
MERGE_MIN_SCORE = 1.5
MERGE_MAX_TABLE_ROWS = 300
# The last run joined below the text must score at least this share of what its gap costs.
MERGE_TAIL_RATIO = 0.5
MERGE_TAIL_LINES = 1


def _soft_gap(infos: list[LineInfo], start: int, stop: int, limit: int, hard: frozenset[str], boxes: bool = False) -> bool:
    gap = rows = 0
    box = -1  # lines seen under a related heading crossed in this gap (-1: none)
    for info in infos[start:stop]:
        if info.blank:
            continue
        if info.table:
            # A table inside the article: its rows neither count as gap nor end it.
            rows += 1
            if rows > MERGE_MAX_TABLE_ROWS:
                return False
            continue
        gap += 1
        if gap > limit or info.copyright:
            return False
        if box >= 0 and info.cue != "ad":
            box += 1
            if box > RELATED_BOX_MAX_ITEMS and not _teaser_box(infos, start, stop, box):
                return False
            if box > RELATED_BOX_MAX_ITEMS or _teaser_meta(info):
                continue  # inside a box of teasers: rubrics, bylines and dates are the teasers'
        if info.kind in hard and not _interrupts(info):
            if box >= 0 or not boxes or not _box_heading(info):
                return False
            box = 0
    return True


# A box of links set inside the text ("Read More" over two titles, then the ads): the
# article goes on under it when at most this many lines stand under the heading.
RELATED_BOX_MAX_ITEMS = 3
# ... and when the text above it already scores this much (not a menu of course units).
RELATED_BOX_MIN_ABOVE = 12.0
# ... and the text under it goes on for paragraphs that score this much.
RELATED_BOX_MIN_BELOW = 8.0


# ... or at most RELATED_BOX_MAX_TEASERS teasers, each a title of RELATED_BOX_TITLE_WORDS
# words or more with its rubric, byline or date: up to RELATED_BOX_MAX_TEASER_LINES lines,
# of which no line is a paragraph (three teasers of three lines and a photo caption).
RELATED_BOX_MAX_TEASERS = 3
RELATED_BOX_MAX_TEASER_LINES = 10


def _teaser_meta(info: LineInfo) -> bool:
    """A teaser's rubric, byline or date inside a box of teasers ("Lifestyle", "By Jane Doe")."""
    if info.kind == "cue":
        return info.cue == "nav" and info.n_words <= SUBHEAD_MAX_WORDS
    return info.kind in ("byline", "date", "name", "short", "caption")


def _teaser_box(infos: list[LineInfo], start: int, stop: int, size: int) -> bool:
    """Is the box whose ``size``-th line is being read a box of a few teasers?"""
    if size > RELATED_BOX_MAX_TEASER_LINES:
        return False
    titles = 0
    seen = -1  # -1: the heading is not reached yet
    for k in range(start, stop):  # by index: no copy of a long gap on each call
        info = infos[k]
        if info.blank or info.table:
            continue
        if seen < 0:
            seen = 0 if _box_heading(info) else -1
            continue
        seen += 1
        if seen > size:
            break
        if info.kind in _PROSE or info.copyright:
            return False
        if info.kind == "title" or (info.kind == "neargood" and info.n_words >= RELATED_BOX_TITLE_WORDS):
            titles += 1
        elif not _teaser_meta(info):
            return False
    return titles <= RELATED_BOX_MAX_TEASERS


def _box_heading(info: LineInfo) -> bool:
    return info.kind == "cue" and info.cue in _LIST_HEADS and info.n_words <= SUBHEAD_MAX_WORDS


def _interrupts(info: LineInfo) -> bool:
    """Cues that interrupt an article without ending it: "Advertisement", "Читайте также: <title>"."""
    if info.cue == "ad":
        return True
    head, sep, tail = info.text.partition(":")
    return info.cue == "related" and bool(sep) and len(tail.split()) >= 3


# What a gap may not hold. Going down the page, photos occur inside articles;
# going up, they belong to the header. A date ends an article (teasers carry dates).
_HARD_BELOW = frozenset({"cue", "counter", "byline", "date"})
_HARD_ABOVE = frozenset({"cue", "counter", "byline", "date", "caption"})


# A gap holding this many table rows holds a table of the article: its rows cost nothing.
TABLE_MIN_ROWS = 3


def _gap_cost(infos: list[LineInfo], start: int, stop: int) -> float:
    gap = infos[start:stop]
    table = sum(1 for i in gap if i.table) >= TABLE_MIN_ROWS
    return -sum(i.score for i in gap if not (table and i.table))


def _chains(infos: list[LineInfo], runs: list[tuple[float, int, int]]) -> list[list[int]]:
    """The runs in chains, each as the merge joins it going down from its first run.

    An article broken by lists, tables or subheading blocks is a chain of runs;
    chains are weighed whole, so ten short sections beat one long "about us" box.
    A weak run (one short sentence) joins only with a later strong one, and heads
    no chain that a strong run joins: the text starts at its first paragraph.
    """
    chains: list[list[int]] = []
    chain: list[int] = []
    costs: list[tuple[float, int]] = []  # per joined run: what its gap cost, its non-blank lines
    crossed: list[int] = []  # where in the chain a run joined across a box of links
    held = 0.0  # what the chain's runs score together (kept as it grows: no sum per run)
    last = -1
    for k, (score, a, b) in enumerate(runs):
        box = chain and runs[chain[-1]][0] >= BOX_MIN_SCORE and _box_gap(infos, last + 1, a)
        if box and score < MERGE_MIN_SCORE:
            continue  # "We respect your privacy." inside the box
        links = chain and held >= RELATED_BOX_MIN_ABOVE
        soft = chain and _soft_gap(infos, last + 1, a, MERGE_MAX_GAP, _HARD_BELOW)
        linked = links and not soft and _soft_gap(infos, last + 1, a, MERGE_MAX_GAP, _HARD_BELOW, boxes=True)
        if chain and (soft or linked or (box and score >= BOX_MIN_SCORE)):
            if score < MERGE_MIN_SCORE:
                continue
            if len(chain) == 1 and runs[chain[0]][0] < MERGE_MIN_SCORE:
                chain, costs, crossed, held = [k], [], [], score
            else:
                if linked:
                    crossed.append(len(chain))
                chain.append(k)
                held += score
                costs.append((_gap_cost(infos, last + 1, a), sum(1 for i in infos[a : b + 1] if not i.blank)))
            last = b
            continue
        if chain:
            chains.append(_close_chain(runs, chain, costs, crossed))
        chain, costs, crossed, held, last = [k], [], [], score, b
    if chain:
        chains.append(_close_chain(runs, chain, costs, crossed))
    return chains


def _close_chain(runs: list[tuple[float, int, int]], chain: list[int], costs: list[tuple[float, int]], crossed: list[int]) -> list[int]:
    """The chain without what joined across a box of links and does not go on for long
    (an author box under "Recent Posts"), and without a lone tail."""
    below, pos = 0.0, len(chain)  # what the runs chain[pos:] score: one pass back over the chain
    for at in reversed(crossed):
        while pos > at:
            pos -= 1
            below += runs[chain[pos]][0]
        if below < RELATED_BOX_MIN_BELOW:
            chain, costs, below = chain[:at], costs[: at - 1], 0.0
    return _drop_lone_tail(runs, chain, costs)


# A sign-up or share box inside the text: a few lines of form cues ("Subscribe to our
# newsletter", "Email Address", "Sign Up"), and the article goes on under it with
# several paragraphs. A form asking for a name, an email, a phone, a town and a choice,
# with its heading and button, takes ten lines.
BOX_MAX_LINES = 10
BOX_MIN_SCORE = 8.0
_BOX_CUES = frozenset({"subscribe", "login", "comment_form", "share", "ad"})


BOX_MIN_CUES = 2  # a form has a field and a button


def _box_gap(infos: list[LineInfo], start: int, stop: int) -> bool:
    lines = cues = 0
    for info in infos[start:stop]:
        if info.blank:
            continue
        lines += 1
        if lines > BOX_MAX_LINES or info.kind in ("good", "date", "byline", "counter", "caption") or info.copyright:
            return False
        if info.kind == "cue":
            if info.cue not in _BOX_CUES:
                return False
            cues += 1
    return cues >= BOX_MIN_CUES


def _drop_lone_tail(runs: list[tuple[float, int, int]], chain: list[int], costs: list[tuple[float, int]]) -> list[int]:
    """The last run joined must be worth its gap: a lone "about the author" or a
    disclaimer under a block of links is not the article going on."""
    while costs and costs[-1][1] <= MERGE_TAIL_LINES and runs[chain[-1]][0] < MERGE_TAIL_RATIO * costs[-1][0]:
        chain.pop()
        costs.pop()
    return chain


def _merge_before(infos: list[LineInfo], runs: list[tuple[float, int, int]], best: int) -> int:
    """Where the text starts: a run above joins across a short gap (above the text stand headlines and teasers)."""
    first = runs[best][1]
    for score, a, b in reversed(runs[:best]):
        if not _soft_gap(infos, b + 1, first, MERGE_MAX_GAP_BEFORE, _HARD_ABOVE):
            break
        if score >= MERGE_MIN_SCORE:
            first = a
    return first


# The article's opening paragraphs above a block of short lines (a table of contents, a
# list of the products a review then goes through, "Best Overall / Name / Read More"):
# a run above the text, introduced itself (a headline, a date or a byline just above it),
# joins across up to INTRO_ABOVE_MAX_GAP lines that hold no date, byline, counter,
# caption or copyright line and no cue but list headings, ads and at most one menu word.
INTRO_ABOVE_MAX_GAP = 200
INTRO_ABOVE_MIN_SCORE = 3.0
INTRO_ABOVE_MAX_NAV = 1
_INTRO_GAP_HARD = frozenset({"date", "byline", "counter", "caption"})
_INTRO_GAP_CUES = frozenset({"related", "most_read", "ad", "nav"})


def _reach_intro_above(infos: list[LineInfo], runs: list[tuple[float, int, int]], first: int) -> int:
    k = bisect_left(runs, first, key=lambda r: r[1]) - 1
    while k >= 0:
        score, a, b = runs[k]
        if b >= first:
            k -= 1
            continue
        if score >= INTRO_ABOVE_MIN_SCORE:
            break
        k -= 1  # a lone short sentence in the gap (a product's tagline) is crossed
    if k < 0:
        return first
    score, a, b = runs[k]
    if not _intro(infos, a):
        return first
    gap = nav = 0
    for info in infos[b + 1 : first]:
        if info.blank or info.score > 0:
            continue
        gap += 1
        if gap > INTRO_ABOVE_MAX_GAP or info.kind in _INTRO_GAP_HARD or info.copyright or info.comment_author:
            return first
        if info.kind == "cue":
            if info.cue not in _INTRO_GAP_CUES:
                return first
            if info.cue == "nav":
                nav += 1
                if nav > INTRO_ABOVE_MAX_NAV:
                    return first
    return a


def lay_out(infos: list[LineInfo], lex: Lexicon) -> Layout:
    """Decide every line's final label and collect the parts of the article."""
    layout = Layout(cue_words=lex.cue_words)
    boxes: set[int] = set()  # lines of a widget inside the text
    region = find_body_region(infos, lex, boxes)
    if region is None:
        # No prose at all: still find widgets, label the rest as boilerplate.
        _trailer(infos, 0, layout, lex)
        return layout
    first, last = region
    _body(infos, first, last, layout, lex, boxes)
    _header(infos, first, layout, lex)
    _drop_repeated_lead(infos, layout)
    _drop_shown_twice(infos, layout)
    _drop_labelled_captions(infos, layout, lex)
    _drop_action_boxes(infos, layout, lex)
    _drop_kicker_teasers(infos, layout)
    _drop_split_teasers(infos, layout)
    _drop_media_teasers(infos, layout, lex)
    _drop_ago_teasers(infos, layout, lex)
    _trailer(infos, last + 1, layout, lex)
    if layout.date_match is None or not (layout.date_match.has_year or layout.date_match.relative):
        _fallback_date(infos, first, layout, lex)
    _fallback_byline(infos, first, last, layout, lex)
    _drop_post_meta(infos, layout, lex)
    _co_authors(infos, layout, lex)
    _authors_across_separators(infos, layout, lex)
    _drop_author_box(infos, layout)
    _drop_author_bio(infos, layout)
    for index in layout.dropped_bylines:
        info = infos[index]
        if index != layout.byline and info.label == "BYLINE":
            if index == layout.date:
                info.label, info.reason = "DATE", "date line (a labelled byline stands below)"
            elif layout.body and min(layout.body) < index < max(layout.body):
                # Read from the top of the text, then beaten by the header's byline: text again.
                info.label, info.reason = "BODY", "inside the article's run of text (the header's byline names the author)"
                layout.body.append(index)
            else:
                info.label, info.reason = "BOILERPLATE", "name-shaped line; a labelled byline stands below it"
    for index in layout.dropped_dates:
        if index != layout.date and infos[index].label == "DATE":
            infos[index].label, infos[index].reason = "BOILERPLATE", "another date; the article's own date stands elsewhere"
    # Every line labelled BODY is in the body, and every body line says so.
    body = set(layout.body)
    for info in infos:
        if info.label == "BODY" and info.index not in body:
            info.label, info.reason = "BOILERPLATE", explain("{} line outside the article", info.kind)
    return layout


# An author box closing the text: among the body's last AUTHOR_BOX_TAIL_LINES lines, a line that
# is only the name the byline gave ("Jane Doe" over "Reporter" and "Jane Doe has covered courts
# since 2019 ..."), with at least one line under it and AUTHOR_BOX_MIN_TEXT paragraphs above. The
# text never sets its author's name on a line of its own; a profile box does.
AUTHOR_BOX_TAIL_LINES = 6
AUTHOR_BOX_MIN_TEXT = 3


def _drop_author_box(infos: list[LineInfo], layout: Layout) -> None:
    """The byline's name alone on a line near the text's end heads a profile box: the box
    (the name and every body line under it) leaves the body."""
    match = layout.byline_match
    if match is None or not match.authors:
        return
    names = {a.casefold() for a in match.authors}
    body = sorted(layout.body)
    for pos in range(max(len(body) - AUTHOR_BOX_TAIL_LINES, 0), len(body) - 1):
        info = infos[body[pos]]
        if info.index == layout.byline or info.text.strip(" .,:;").casefold() not in names:
            continue
        if sum(1 for k in body[:pos] if infos[k].kind in _PROSE) < AUTHOR_BOX_MIN_TEXT:
            return
        for k in body[pos:]:
            layout.body.remove(k)
            infos[k].label, infos[k].reason = "BOILERPLATE", "author box closing the text (the byline's name over a profile)"
        return


# An author's profile over the text: among the body's first AUTHOR_BIO_HEAD_LINES lines, a
# paragraph opening on the byline's full name and a word in lower case ("Jane Doe covers
# courts and ...", "Jane Doe is a reporter ..."). The text does not open by naming its own
# author in the third person; a profile box under the byline does. (At the text's end such
# a profile is part of the article for some annotators, not for others: left alone.)
AUTHOR_BIO_HEAD_LINES = 3


def _drop_author_bio(infos: list[LineInfo], layout: Layout) -> None:
    match = layout.byline_match
    if match is None or not match.authors:
        return
    names = [a for a in match.authors if len(a.split()) >= 2]
    body = sorted(layout.body)
    if not names or len(body) < AUTHOR_BOX_MIN_TEXT + 1:
        return
    for index in body[:AUTHOR_BIO_HEAD_LINES]:
        info = infos[index]
        if index == layout.byline or info.kind not in _PROSE:
            continue
        text = info.text.strip()
        for name in names:
            rest = text[len(name) :]
            if text.startswith(name) and rest[:1].isspace() and rest.lstrip()[:1].islower():
                layout.body.remove(index)
                info.label, info.reason = "BOILERPLATE", "author's profile over the text ('Jane Doe covers ...')"
                break


# A lead the text repeats: among the first lines of the body, a line whose words
# the next paragraph or the one after says again ("Three people died ..." over
# "BEIJING, Jan 5 - Three people died ..."), or a caption shown twice.
LEAD_LINES = 3
LEAD_MIN_WORDS = 10
LEAD_REPEAT_SHARE = 0.9
_REPEATED_LEAD = "lead that the next paragraph repeats"


def _drop_repeated_lead(infos: list[LineInfo], layout: Layout) -> None:
    body = sorted(layout.body)
    for k, index in enumerate(body[:LEAD_LINES]):
        info = infos[index]
        if info.n_words < LEAD_MIN_WORDS:
            continue
        for later in body[k + 1 : k + 2]:
            other = infos[later]
            if other.n_words < info.n_words:
                continue
            words = [w.casefold() for w in _WORD.findall(info.text)]
            seen = {w.casefold() for w in _WORD.findall(other.text)}
            if sum(1 for w in words if w in seen) >= LEAD_REPEAT_SHARE * len(words):
                layout.body.remove(index)
                info.label, info.reason = "BOILERPLATE", _REPEATED_LEAD
                break


# A picture's caption shown twice in a row: once as the image's text, once under it
# ("Office towers by the harbour." twice, or a second time with its credit: "Office
# towers by the harbour. Jane Doe for Example News"). Text never says a sentence twice
# in a row, so both copies are the caption. Between the headline and the text, a promo
# box shown twice ("Daily puzzles and comics ..." in a subscribe box and again in a
# register box) is no standfirst.
TWICE_MIN_WORDS = 4
TWICE_MAX_WORDS = 45
TWICE_CREDIT_MAX_WORDS = 8
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)]*$")


def _same_words(info: LineInfo) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(info.text))


def _caption_pair(a: LineInfo, b: LineInfo) -> bool:
    """Two neighbouring lines saying the same caption: the same words, or the shorter
    one (a whole sentence) and the same with a short credit after it."""
    if not (TWICE_MIN_WORDS <= a.n_words <= TWICE_MAX_WORDS and TWICE_MIN_WORDS <= b.n_words <= TWICE_MAX_WORDS):
        return False
    wa, wb = _same_words(a), _same_words(b)
    if wa == wb:
        return True
    short, long_ = (a, b) if len(wa) < len(wb) else (b, a)
    ws, wl = (wa, wb) if short is a else (wb, wa)
    extra = long_.text[len(short.text.rstrip()) :].split() if long_.text.startswith(short.text.rstrip()) else []
    return (
        wl[: len(ws)] == ws
        and len(wl) - len(ws) <= TWICE_CREDIT_MAX_WORDS
        and _SENTENCE_END.search(short.text.rstrip()) is not None
        and bool(extra)
        and extra[0][:1].isupper()
    )


# The page's own caption label: when the same caption label and colon ("Abbildung:", "Photo:")
# opens at least LABELLED_CAPTIONS_MIN lines read as captions, a line of the text opening with it
# is one more caption, however long its sentence: the page marks its pictures' captions so.
LABELLED_CAPTIONS_MIN = 2
_CAPTION_LABEL_HEAD = regex.compile(r"\(?([^\W\d][\w.-]*(?: [^\W\d][\w.-]*)?) ?:")


def _caption_label_head(info: LineInfo, lex: Lexicon) -> str | None:
    m = _CAPTION_LABEL_HEAD.match(info.text)
    if m is None:
        return None
    head = m.group(1).casefold()
    hit = lex.labels.match(head)
    return head if hit is not None and hit[0] == head and hit[1] == "caption_labels" else None


def _drop_labelled_captions(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    if not layout.body:
        return
    counts: Counter[str] = Counter()
    for info in infos:
        if info.label == "CAPTION" and info.label_kind == "caption_labels":
            head = _caption_label_head(info, lex)
            if head is not None:
                counts[head] += 1
    if not counts or max(counts.values()) < LABELLED_CAPTIONS_MIN:
        return
    gone: set[int] = set()
    for index in sorted(layout.body):
        info = infos[index]
        if info.label != "BODY" or ":" not in info.text[:40]:
            continue
        head = _caption_label_head(info, lex)
        if head is not None and counts[head] >= LABELLED_CAPTIONS_MIN:
            gone.add(index)
            info.label, info.reason = "CAPTION", explain("opens with '{}:', the label of the page's captions", head)
            layout.captions.append(index)
    _leave_body(layout, gone)


def _drop_shown_twice(infos: list[LineInfo], layout: Layout) -> None:
    body = sorted(layout.body)
    if len(body) < 2:
        return
    lines = [i for i in infos[body[0] : body[-1] + 1] if not i.blank]
    dropped: set[int] = set()
    for a, b in zip(lines, lines[1:]):
        # The first copy may have gone already as a lead the next line repeats.
        if (a.label == "BODY" or a.reason == _REPEATED_LEAD) and b.label == "BODY" and _caption_pair(a, b):
            dropped.update((a.index, b.index))
    # The header zone: standfirst lines that say the same thing twice.
    # The first copy may have gone already as a lead the second repeats.
    # Header prose already set aside as a box's line (_drop_header_boxes) still counts: the
    # copy it repeats may be the one kept as the standfirst.
    zone = [i for i in infos[: body[0] + 1] if i.reason == _REPEATED_LEAD]
    zone += [i for i in infos[: body[-1] + 1] if i.reason == _HEADER_BOX_PROSE]
    zone += [infos[i] for i in body if infos[i].reason == "text between the headline and the body"]
    counts = Counter(_same_words(i) for i in zone if i.n_words >= TWICE_MIN_WORDS)
    gone: set[int] = set()
    for info in zone:
        if counts.get(_same_words(info), 0) > 1:
            if info.label == "BODY":
                gone.add(info.index)
            info.label, info.reason = "BOILERPLATE", "shown twice between the headline and the text (a promo box)"
    for index in sorted(dropped):
        info = infos[index]
        if info.label == "BODY":
            gone.add(index)
        info.label, info.reason = "CAPTION", "shown twice in a row inside the text (a picture's caption)"
        layout.captions.append(index)
    _leave_body(layout, gone)



# A promo box inside the text: a call-to-action button ("Start a Free Trial", "Book now",
# "Jetzt testen") right under a sentence, before a heading or another box rather than a
# paragraph that goes on with it. A subheading that starts with a verb ("Start composting")
# heads the paragraph under it; a button closes the pitch above it. A box's pitch is a
# sentence or two under a short title of its own ("Your keys to a better career" /
# "Get started today to ..." / "Start a Free Trial"): the three lines go together.
ACTION_MAX_WORDS = 4
ACTION_NEXT_MAX_WORDS = 6  # a short line may follow the button ("No credit card required.")
ACTION_PITCH_MAX_WORDS = 35
ACTION_TITLE_MAX_WORDS = 8
ACTION_LABEL_CHARS = 20  # "Best for: ..." opens a fact, not a pitch
_ACTION_STRIP = "!?.,:;»«\"'“”›>()[]"
_ACTION_BUTTON = "call-to-action button inside the text"
_ACTION_BOX = "promo box over a call-to-action button"


def _action_button(info: LineInfo, lex: Lexicon) -> bool:
    text = info.text.strip()
    if not lex.action_words or not 0 < info.n_words <= ACTION_MAX_WORDS or info.table or info.ends_colon:
        return False
    if text[-1:] in ".?,;:…":
        return False
    if text.split()[0].endswith(":"):  # a label: "Try: Example CRM, Other CRM"
        return False
    words = [w.strip(_ACTION_STRIP) for w in text.casefold().split()]
    return words[0] in lex.action_words or " ".join(words[:2]) in lex.action_words


def _drop_action_boxes(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    body = sorted(layout.body)
    if len(body) < 3:
        return
    lines = [i for i in infos[body[0] : body[-1] + 1] if not i.blank]
    dropped: dict[int, str] = {}
    for k in range(1, len(lines) - 1):
        button, pitch, after = lines[k], lines[k - 1], lines[k + 1]
        if button.label != "BODY" or not _action_button(button, lex):
            continue
        if pitch.label != "BODY" or pitch.kind not in _PROSE or not pitch.terminal:
            continue
        if after.kind == "good" or (after.kind == "neargood" and after.n_words > ACTION_NEXT_MAX_WORDS):
            continue
        dropped[button.index] = _ACTION_BUTTON
        title = lines[k - 2] if k >= 2 else None
        if (
            title is not None
            and pitch.n_words <= ACTION_PITCH_MAX_WORDS
            and title.label == "BODY"
            and title.kind in ("title", "short")
            and title.n_words <= ACTION_TITLE_MAX_WORDS
            and ":" not in title.text  # "Fee: Free" over "Best for: ..." are a list's facts
            and ":" not in pitch.text[:ACTION_LABEL_CHARS]
        ):
            dropped[pitch.index] = dropped[title.index] = _ACTION_BOX
    _leave_body(layout, set(dropped))
    for index, reason in dropped.items():
        infos[index].label, infos[index].reason = "BOILERPLATE", reason



# Teasers set into the text under one repeated kicker: between two paragraphs, a short
# line naming the rubric or the source ("News from Example", "Demography", "On-Demand
# Training") over a headline of another page, the same kicker over different headlines
# at least twice. Pairs may stand together (a box of up to four teasers): every pair of a
# box with one repeated kicker goes. An article's own subheadings do not come in pairs under
# one repeated label, and a label of numbers or marks ("1-100", "„") is a value, not a kicker.
KICKER_MAX_WORDS = 4
KICKER_TITLE_MIN_WORDS = 3
KICKER_TITLE_MAX_WORDS = 15
KICKER_MIN_REPEATS = 2
KICKER_MAX_PAIRS = 4  # a box of teasers between two paragraphs
_KICKER_TITLE_KINDS = frozenset({"title", "short", "name"})
_HAS_LETTER = regex.compile(r"\p{L}")


def _kicker_pair(kicker: LineInfo, title: LineInfo) -> bool:
    """A kicker over a teaser's title."""
    return (
        kicker.label == "BODY"
        and title.label == "BODY"
        and 0 < kicker.n_words <= KICKER_MAX_WORDS
        and not kicker.terminal
        and not kicker.ends_colon
        and _HAS_LETTER.search(kicker.text) is not None
        and title.kind in _KICKER_TITLE_KINDS
        and not title.terminal
        and KICKER_TITLE_MIN_WORDS <= title.n_words <= KICKER_TITLE_MAX_WORDS
    )


def _kicker_blocks(run: list[LineInfo]) -> list[list[LineInfo]]:
    """Stretches of kicker-and-title pairs (up to KICKER_MAX_PAIRS) between two lines of prose."""
    blocks: list[list[LineInfo]] = []
    k = 1
    while k < len(run):
        if run[k - 1].kind not in _PROSE or run[k].kind in _PROSE:
            k += 1
            continue
        j = k
        while j < len(run) and run[j].kind not in _PROSE:
            j += 1
        size = j - k
        if j < len(run) and size % 2 == 0 and size <= 2 * KICKER_MAX_PAIRS:
            if all(_kicker_pair(run[m], run[m + 1]) for m in range(k, j, 2)):
                blocks.append(run[k:j])
        k = j + 1
    return blocks


def _drop_kicker_teasers(infos: list[LineInfo], layout: Layout) -> None:
    body = sorted(layout.body)
    if len(body) < 3:
        return
    run = [i for i in infos[body[0] : body[-1] + 1] if not i.blank]
    blocks = _kicker_blocks(run)
    titles: dict[str, set[str]] = {}
    count: Counter[str] = Counter()
    for block in blocks:
        for m in range(0, len(block), 2):
            key = block[m].text.strip()
            count[key] += 1
            titles.setdefault(key, set()).add(block[m + 1].text.strip())
    repeated = {key for key, n in count.items() if n >= KICKER_MIN_REPEATS and len(titles[key]) == n}
    gone: set[int] = set()
    for block in blocks:
        if not any(block[m].text.strip() in repeated for m in range(0, len(block), 2)):
            continue
        for m in range(0, len(block), 2):
            pair = block[m : m + 2]
            _teaser_out_of_body(pair, layout, "teaser under a kicker repeated inside the text", gone)
    _leave_body(layout, gone)


def _teaser_out_of_body(box: list[LineInfo], layout: Layout, reason: str, gone: set[int], listed: list[LineInfo] | None = None) -> None:
    """A teaser found inside the text: its lines are a related link (read from ``listed`` when
    only some of them make the link: a kicker and its title, not the summary) and go into
    ``gone``, to leave the body at once (:func:`_leave_body`)."""
    layout.related.extend(find_related_lists(box if listed is None else listed)[0])
    for info in box:
        gone.add(info.index)
        info.label, info.reason = "RELATED", reason


def _leave_body(layout: Layout, gone: set[int]) -> None:
    """Take the ``gone`` lines out of the body in one pass: ``list.remove`` line by line would
    make a page of many teasers or captions quadratic."""
    if gone:
        layout.body[:] = [k for k in layout.body if k not in gone]


# A teaser whose kicker and headline the page split at the colon between them: a short
# label, then a line opening on that colon and a capital ("Marathon runners" /
# ":A race for everyone"), then perhaps its one- or two-sentence summary and its
# byline. Text never starts a line with a colon; code does (": value;"), in lower case.
SPLIT_KICKER_MAX_WORDS = 6
SPLIT_TITLE_MIN_WORDS = 3
SPLIT_SUMMARY_MAX_WORDS = 45
_SPLIT_TITLE = regex.compile(r"^:\s?\p{Lu}")
_SPLIT_KICKER = regex.compile(r"^[\p{Lu}\d]")


def _drop_split_teasers(infos: list[LineInfo], layout: Layout) -> None:
    body = sorted(layout.body)
    if len(body) < 3:
        return
    run = [i for i in infos[body[0] : body[-1] + 1] if not i.blank]
    gone: set[int] = set()
    for k in range(1, len(run) - 1):
        kicker, title = run[k], run[k + 1]
        if not (
            kicker.label == "BODY"
            and title.label == "BODY"
            and _SPLIT_TITLE.match(title.text.strip()) is not None
            and len(title.text.split()) >= SPLIT_TITLE_MIN_WORDS
            and 0 < kicker.n_words <= SPLIT_KICKER_MAX_WORDS
            and not kicker.terminal
            and _SPLIT_KICKER.match(kicker.text.strip()) is not None
        ):
            continue
        box = [kicker, title]
        rest = run[k + 2 : k + 4]
        if rest and rest[0].label == "BODY" and rest[0].kind in _PROSE and rest[0].n_words <= SPLIT_SUMMARY_MAX_WORDS:
            box.append(rest[0])
            if len(rest) > 1 and rest[1].label == "BODY" and rest[1].kind == "byline":
                box.append(rest[1])
        _teaser_out_of_body(box, layout, "teaser split at its kicker's colon inside the text", gone, listed=box[:2])
    _leave_body(layout, gone)


# A video's or an audio's teaser inside the text: a short line giving the clip's length,
# perhaps with its date, rubric and source ("12.05.2024 | 2:43 min", "Video 03:07 Min. |
# 12.05.24 | ARD", "04:16 min"). A clock with a minutes unit after it is a player's length;
# text states a length inside a sentence, not as a short line alone. With a date the stamp
# closes the teaser (its summary above it); a bare length heads it (its title under it).
MEDIA_STAMP_MAX_WORDS = 10
MEDIA_SUMMARY_MAX_WORDS = 45
_MEDIA_LENGTH = regex.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?\s?(?:min|мин)(?!\w)", regex.IGNORECASE)


def _media_stamp(info: LineInfo) -> bool:
    return (
        info.label == "BODY"
        and info.kind not in _PROSE
        and 0 < info.n_words <= MEDIA_STAMP_MAX_WORDS
        and _MEDIA_LENGTH.search(info.text) is not None
    )


def _drop_media_teasers(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    body = sorted(layout.body)
    if len(body) < 3:
        return
    run = [i for i in infos[body[0] : body[-1] + 1] if not i.blank]
    gone: set[int] = set()
    for k in range(1, len(run)):
        stamp = run[k]
        if not _media_stamp(stamp):
            continue
        box = [stamp]
        above, below = run[k - 1], run[k + 1] if k + 1 < len(run) else None
        if find_date(_MEDIA_LENGTH.sub(" ", stamp.text), lex) is not None:
            # A dated stamp closes its teaser: the summary stands above it.
            if k >= 2 and above.label == "BODY" and above.kind in _PROSE and above.n_words <= MEDIA_SUMMARY_MAX_WORDS:
                box.insert(0, above)
        elif below is not None and below.label == "BODY" and below.kind == "title" and below.n_words >= RELATED_BOX_TITLE_WORDS:
            # A bare length heads its teaser: the clip's title stands under it.
            box.append(below)
        _teaser_out_of_body(box, layout, "video or audio teaser inside the text (summary over '<date> | 2:43 min')", gone)
    _leave_body(layout, gone)


# A teaser inside the text stamped with how long ago it went out: its title (perhaps
# with a one-paragraph summary under it), perhaps a rubric, then a line that is only a
# relative date ("Jane's title" / "Politics" / "22 hours ago", "vor 2 Std."). The text
# never stands a bare "2 hours ago" on a line of its own; a teaser card does.
AGO_STAMP_MAX_WORDS = 5
AGO_RUBRIC_LINES = 2


def _ago_stamp(info: LineInfo, lex: Lexicon) -> bool:
    if info.label != "BODY" or info.kind != "date" or not 0 < info.n_words <= AGO_STAMP_MAX_WORDS:
        return False
    match = match_date_line(info.text.strip(" •·|-"), lex)
    return match is not None and match.relative and not match.has_year


def _drop_ago_teasers(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    body = sorted(layout.body)
    if len(body) < 3:
        return
    run = [i for i in infos[body[0] : body[-1] + 1] if not i.blank]
    gone: set[int] = set()
    for k in range(META_IN_RUN, len(run)):
        stamp = run[k]
        if not _ago_stamp(stamp, lex):
            continue
        j = k - 1
        while j > 0 and k - j <= AGO_RUBRIC_LINES and run[j].label != "BODY" and run[j].kind == "cue":
            j -= 1  # the teaser's rubric ("Politics") between its title and its stamp
        box = [stamp]
        above = run[j]
        if above.label == "BODY" and above.kind == "title" and above.n_words >= RELATED_BOX_TITLE_WORDS:
            box.insert(0, above)
        elif above.label == "BODY" and above.kind in _PROSE and above.n_words <= MEDIA_SUMMARY_MAX_WORDS and j > 0:
            title = run[j - 1]
            if title.label == "BODY" and title.kind == "title" and title.n_words >= RELATED_BOX_TITLE_WORDS:
                box[:0] = [title, above]
        _teaser_out_of_body(box, layout, "teaser inside the text stamped with how long ago it went out ('22 hours ago')", gone)
    _leave_body(layout, gone)


# Name, date and byline lines among the first lines of the run are the
# article's metadata, not its text.
META_IN_RUN = 4


def _body(infos: list[LineInfo], first: int, last: int, layout: Layout, lex: Lexicon, widgets: set[int] | None = None) -> None:
    """Label the lines of the run between ``first`` and ``last``; the lines of ``widgets``
    (a block of ads and links the text goes on under) keep their own labels."""
    seen = 0
    lines = [i for i in infos[first : last + 1] if not i.blank]
    boxed: set[int] = set()  # lines of a related box inside the run, labelled already
    if widgets:
        _label_widget(infos, widgets, layout)
        boxed |= widgets
    pairs = [k for k in range(META_IN_RUN, len(lines) - 1) if _dated_teaser(lines, k)]
    if len(pairs) >= DATED_TEASERS_MIN:
        for k in pairs:
            layout.related.extend(find_related_lists(lines[k : k + 2])[0])
            for info in lines[k : k + 2]:
                info.label, info.reason = "RELATED", "teaser title over its date inside the text"
                boxed.add(info.index)
    for k, info in enumerate(lines):
        if info.index in boxed:
            continue
        seen += 1
        if seen <= META_IN_RUN and info.kind in ("name", "date", "byline", "title", "short", "bad"):
            if _take_meta(info, layout, lex, "at the top of the text", bare_names=_beside_date(infos, info)):
                continue
        if info.table and info.kind not in ("cue", "caption"):
            info.label, info.reason = "BODY", explain("table row inside the article's run ({})", info.kind)
            layout.body.append(info.index)
            continue
        if info.kind in ("title", "short", "name") and photo_credit(info.text):
            info.label, info.reason = "CAPTION", "photo credit inside the text ('Jane Doe/Agency')"
            layout.captions.append(info.index)
        elif _caption_under_credit(lines, k):
            info.label, info.reason = "CAPTION", "one short sentence under a photo credit, before a heading (the photo's caption)"
            layout.captions.append(info.index)
        elif info.kind == "caption":
            layout.captions.append(info.index)
        elif info.kind in _PROSE and labelled_credit(info):
            info.label, info.reason = "CAPTION", "caption closed by a labelled credit ('... Foto: Jane Doe')"
            layout.captions.append(info.index)
        elif _button(info, lex):
            info.label, info.reason = "BOILERPLATE", "shop or download button inside the text ('Buy now')"
        elif _formal_urge(info, lex):
            info.label, info.reason = "BOILERPLATE", "promo urging the reader inside the text ('Entdecken Sie jetzt')"
        elif info.label == "RELATED":
            box = _related_box(lines, k)
            layout.related.extend(find_related_lists(box)[0])
            boxed.update(i.index for i in box[1:])
        elif info.kind in ("good", "neargood", "title", "short", "name", "bad", "date", "byline"):
            info.label, info.reason = "BODY", explain("inside the article's run of text ({})", info.kind)
            layout.body.append(info.index)


# A post's details in the run ("Posted on March 5, 2024 in News, Sports, ...", "PUBLISHED: January
# 16, 2023 | UPDATED: ..."): a published or updated label opening the line, right before a full
# date, and no sentence closing it; long lines too (a long list of categories).
POST_META_MAX_WORDS = 60


def _drop_post_meta(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """Post details left in the body leave it, once the date is chosen (the line may give it)."""
    details = [k for k in layout.body if infos[k].label == "BODY" and _post_meta(infos[k], lex)]
    _leave_body(layout, set(details))
    for index in details:
        info = infos[index]
        if index == layout.date:
            info.label, info.reason = "DATE", "post details with the date ('Posted on <date> in ...')"
        else:
            info.label, info.reason = "BOILERPLATE", "post details inside the text ('Posted on <date> in ...')"


def _post_meta(info: LineInfo, lex: Lexicon) -> bool:
    if info.kind not in ("good", "neargood", "title") or info.n_words > POST_META_MAX_WORDS or _ends_sentence(info):
        return False  # "Posted on March 5 in News, where the council ...": a sentence of the text
    m = lex.date_labels.match(info.text)
    return m is not None and leading_date(info.text[m.end() :].lstrip(" :"), lex) is not None


# A caption closed, after its sentence or in brackets, by a caption label and a short credit:
# "The council met on Monday. Foto: Jane Doe.", "... opened the park (Photo: City of Northtown)".
# The line holds a caption label (features read it); at most CAPTION_TAIL_WORDS words follow the
# label, as for features' caption_tail: a longer credit is a data source ("Source: U.S. Bureau of
# Labor Statistics"), and the sentence before it is text.
_LABELLED_CREDIT_TAIL = regex.compile(
    rf"(?:[.!?]\s+|\()\p{{L}}[\p{{L}}-]*\s?:\s*(?:[^\s.,!?:()]+[\s.,]*){{1,{CAPTION_TAIL_WORDS}}}\)?\s*$"
)
LABELLED_CREDIT_TAIL_CHARS = 90


def labelled_credit(info: LineInfo) -> bool:
    return info.label_kind == "caption_labels" and _LABELLED_CREDIT_TAIL.search(info.text[-LABELLED_CREDIT_TAIL_CHARS:]) is not None


# A shop or download button standing in the text ("Buy Poster", "Download Now", "SHOP ALL PLANTS",
# "Buch bestellen", ">>> Jetzt die aktuelle Ausgabe bestellen! <<<"): a short line that is no
# sentence and no list item, opened by a button verb of the lexicon, or, in a language that puts
# the verb last, closed by one in lowercase.
BUTTON_MAX_WORDS = 5
VERB_FINAL_LANGUAGES = frozenset({"de", "nl"})
_BUTTON_TRIM = regex.compile(r"^[\W_]+|[\W_]+$")


def _button(info: LineInfo, lex: Lexicon) -> bool:
    if info.n_words > BUTTON_MAX_WORDS or not lex.button_verbs:
        return False
    if info.kind not in ("short", "title", "name") and not (info.kind == "neargood" and info.text.rstrip().endswith("!")):
        return False  # "Jetzt bestellen!" reads as a sentence
    if info.text.rstrip().endswith((".", "?", ":")) or info.text.lstrip()[:1].isdigit():
        return False
    text = _BUTTON_TRIM.sub("", info.text.casefold())
    words = text.split()
    if not words:
        return False
    if any(text == v or text.startswith(v + " ") or text.startswith(v + "/") for v in lex.button_verbs if v.split()[0] == words[0]):
        return True
    if lex.languages[:1] and lex.languages[0] in VERB_FINAL_LANGUAGES and len(words) >= 2:
        last = _BUTTON_TRIM.sub("", info.text).split()[-1]
        return last.islower() and last in lex.button_verbs
    return False


def _label_widget(infos: list[LineInfo], widgets: set[int], layout: Layout) -> None:
    """A block of ads and links inside the text: its teaser titles are related links, its
    cue lines and rubrics keep the label their own words give them."""
    block = [infos[k] for k in sorted(widgets)]
    layout.related.extend(find_related_lists(block)[0])
    for info in block:
        if info.kind in ("title", "neargood", "good"):
            info.label, info.reason = "RELATED", "teaser in a block of links the text goes on under"
        elif info.kind != "cue" and info.label in ("BODY", "BLANK"):
            info.label, info.reason = "BOILERPLATE", explain("{} line in a block of links the text goes on under", info.kind)


# A German promo standing in the text: a short line opening on a formal imperative urged on by
# "jetzt" ("Entdecken Sie jetzt", "Unterzeichnen Sie jetzt die Petition!", "Registrieren Sie sich
# jetzt kostenlos:"). The text's own advice to the reader ("Fragen Sie Ihren Arzt") has no "jetzt",
# and a question ("Wollen Sie jetzt ...?") asks. At most FORMAL_URGE_MAX_WORDS words.
FORMAL_URGE_MAX_WORDS = 8
FORMAL_URGE_LANGUAGES = frozenset({"de"})
_FORMAL_URGE = regex.compile(r"^\p{Lu}\p{Ll}+(?:en|ern|eln) Sie(?: sich)? jetzt(?!\w)")


def _formal_urge(info: LineInfo, lex: Lexicon) -> bool:
    if info.n_words > FORMAL_URGE_MAX_WORDS or not lex.languages or lex.languages[0] not in FORMAL_URGE_LANGUAGES:
        return False
    if info.kind not in ("short", "title", "name", "neargood") or info.text.rstrip().endswith("?"):
        return False
    return _FORMAL_URGE.match(info.text.lstrip()) is not None


# A photo's caption under its credit: the line right under a photo credit ("Jane Doe/Example
# Images") holding one short sentence (at most CREDIT_CAPTION_MAX_WORDS words, closed by a full
# stop or an exclamation mark, no other sentence in it), with a heading, a credit or a caption
# under it: the text would go on in a paragraph, a caption stands alone between two blocks.
CREDIT_CAPTION_MAX_WORDS = 15
_INNER_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)]*\s+\p{Lu}")


def _caption_under_credit(lines: list[LineInfo], k: int) -> bool:
    info = lines[k]
    if k == 0 or k + 1 >= len(lines) or info.kind not in _PROSE or info.n_words > CREDIT_CAPTION_MAX_WORDS:
        return False
    above, below = lines[k - 1], lines[k + 1]
    if not (above.kind in ("title", "short", "name") and photo_credit(above.text)):
        return False
    if not _ends_sentence(info) or _INNER_SENTENCE_END.search(info.text.rstrip()) is not None:
        return False
    if below.kind == "caption" or (below.kind in ("title", "short", "name") and photo_credit(below.text)):
        return True
    return below.kind in ("title", "short") and not _ends_sentence(below)


# A photo credit on a line of its own: a photographer and an agency, a site or a collection
# ("Jane Doe/Example Images", "Example Images / Jane Doe", "AGENCY/Jane Doe"), every word
# capitalised (or a number, or a host name), one side a name of two words or more.
# "AI/ML infrastructure", "Buy/sell with cards" and "HOME / NEWS" are no credits.
CREDIT_MAX_WORDS = 7
_CREDIT_WORD = regex.compile(r"[\p{Lu}\d][\w.'’&-]*|&|\w[\w-]*(?:\.\w[\w-]*)+")


def photo_credit(text: str) -> bool:
    if text.count("/") != 1:
        return False
    sides = [side.split() for side in text.split("/")]
    if not all(sides) or max(len(side) for side in sides) < 2 or sum(len(side) for side in sides) > CREDIT_MAX_WORDS:
        return False
    return all(_CREDIT_WORD.fullmatch(w) is not None for side in sides for w in side)


# Teasers inside the run: a title of RELATED_BOX_TITLE_WORDS or more words right over a
# line that is only its date, at least twice in the run (an article's own subheadings carry no date).
DATED_TEASERS_MIN = 2
_CLOCK = regex.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def _dated_teaser(lines: list[LineInfo], k: int) -> bool:
    """A teaser's title at ``lines[k]`` over its date: with no paragraph under the date
    (an event's heading over its dates heads the text about it), or stamped with the hour."""
    title, below = lines[k], lines[k + 1]
    if title.kind != "title" or title.n_words < RELATED_BOX_TITLE_WORDS or below.kind != "date":
        return False
    if k + 2 >= len(lines):
        return True
    after = lines[k + 2]  # a table's rows under its head and first row are no teasers
    return not after.table and (after.kind != "good" or _CLOCK.search(below.text) is not None)


# A related heading inside the run ("Mehr zum Thema", "Read Next") heads a box of a few
# teaser titles, with their rubrics, authors and dates, up to the next paragraph.
RELATED_BOX_MAX_LINES = 6
RELATED_BOX_HEAD_WORDS = 6
RELATED_BOX_TITLE_WORDS = 4  # a teaser's title, not a subheading of one or two words
_TEASER_KINDS = frozenset({"title", "short", "name", "byline", "date"})


def _related_box(lines: list[LineInfo], k: int) -> list[LineInfo]:
    """The heading ``lines[k]`` and the box it heads: its own line when it carries its title
    ("Read more: <title>") or no teaser title follows. The box's lines are labelled RELATED."""
    head = lines[k]
    if head.kind != "cue" or head.cue not in _LIST_HEADS or _interrupts(head) or head.n_words > RELATED_BOX_HEAD_WORDS:
        return [head]
    box = [head]
    titles = 0
    for info in lines[k + 1 : k + RELATED_BOX_MAX_TEASER_LINES]:
        if info.kind not in _TEASER_KINDS and not (info.kind == "cue" and _teaser_meta(info)) or info.table:
            break
        titles += info.kind == "title" and info.n_words >= RELATED_BOX_TITLE_WORDS
        if len(box) > RELATED_BOX_MAX_LINES and titles > RELATED_BOX_MAX_TEASERS:
            break  # past six lines, a box holds three teasers with their rubrics and bylines
        box.append(info)
    if not any(i.kind == "title" and i.n_words >= RELATED_BOX_TITLE_WORDS for i in box):
        return [head]
    for info in box[1:]:
        info.label, info.reason = "RELATED", explain("teaser under the related heading '{}' inside the text", head.text)
    return box


# Lines under the headline longer than this are text (a standfirst), not tags.
HEADER_TEXT_MIN_WORDS = 6
# Metadata (date, byline) is looked for from this many lines above the headline
# down to the body, and this many lines above the body when there is no headline.
META_ABOVE_HEADLINE = 3
META_WITHOUT_HEADLINE = 8


# How many non-blank lines under the headline a bare name may stand.
NAME_UNDER_HEADLINE = 6
# How far (in lines, blank ones included) a neighbour is looked for.
META_NEIGHBOUR_REACH = 3


def _next_nonblank(infos: list[LineInfo], index: int) -> int | None:
    for info in infos[index + 1 : index + 1 + META_NEIGHBOUR_REACH]:
        if not info.blank:
            return info.index
    return None


def _beside_date(infos: list[LineInfo], info: LineInfo) -> bool:
    """Is the nearest non-blank line above or below a date? A bare name counts as a
    byline only there (or right under the headline): title-cased subheadings
    ("Plant Terrarium Ideas") look like names too."""
    below = _next_nonblank(infos, info.index)
    above = nonblank_before(infos, info.index, 1)
    near = ([infos[below]] if below is not None else []) + above
    return any(n.kind == "date" or n.date is not None for n in near)


# A single word is a name only this close under the headline (and beside the date).
LONE_NAME_UNDER_HEADLINE = 3


def _lone_name_by_date(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> bool:
    """"Headline / Stefan / March 5, 2026": one capitalised word right under the headline and
    beside the date is the author's given or pen name, if the page never writes it in lowercase
    and the headline does not hold it (a rubric names the headline's topic: "Corona"). Not on a
    page that capitalises its nouns ("Essay", "Analyse"): there one capital says nothing."""
    if layout.headline is None or layout.date is None:
        return False
    headline = infos[layout.headline].text.casefold()
    for info in [i for i in infos[layout.headline + 1 :] if not i.blank][:LONE_NAME_UNDER_HEADLINE]:
        if info.index == layout.date or info.label in ("BODY", "COMMENTS", "RELATED"):
            break
        if info.kind != "short" or info.n_words != 1 or info.cue is not None or not _beside_date(infos, info):
            continue
        bm = lone_given_name(info.text, lex)
        if bm is None or info.text.casefold() in headline or not _person_like(bm.byline, infos, layout):
            continue
        if _capitalises_nouns(infos, layout):
            return False
        _set_byline(info, bm, layout, "one name beside the date under the headline")
        return True
    return False


# Capitalised words inside sentences, as a share of all words, from which a page's
# language capitalises its nouns (German: 0.24 and up; English, Russian: about 0.08).
NOUN_CAPS_SHARE = 0.22
NOUN_CAPS_SAMPLE_LINES = 20
_INNER_WORDS = regex.compile(r"(?<![.!?:]\s)(?<=\s)[\p{L}]+")


def _capitalises_nouns(infos: list[LineInfo], layout: Layout) -> bool:
    """Does the text capitalise words inside its sentences as German does its nouns?"""
    caps = total = 0
    for index in sorted(layout.body)[:NOUN_CAPS_SAMPLE_LINES]:
        for w in _INNER_WORDS.findall(infos[index].text):
            total += 1
            caps += w[0].isupper()
    return total > 0 and caps / total >= NOUN_CAPS_SHARE


def _over_caption(infos: list[LineInfo], info: LineInfo) -> bool:
    """A bare name right over a caption or photo credit ("Foto: Agency/Jane Doe") that the
    page's prose speaks of is the photo's subject, not the author (who is seldom in the text)."""
    below = _next_nonblank(infos, info.index)
    if below is None or infos[below].kind != "caption":
        return False
    words = [w for w in _WORD.findall(info.text) if len(w) >= NAME_WORD_MIN_CHARS]
    if not words:
        return False
    surname = regex.compile(r"\b" + regex.escape(words[-1]) + r"\b")
    return any(i.kind == "good" and i.index != info.index and surname.search(i.text) for i in infos)


def _list_item(infos: list[LineInfo], info: LineInfo, head_index: int) -> bool:
    """Is a bare name one item of a run of short lines (tags, rubrics: "Climate Change")?
    Both its neighbours are short undated lines other than the headline, and one of
    them is no name: a list of co-authors one per line stays a byline."""
    below = _next_nonblank(infos, info.index)
    above = nonblank_before(infos, info.index, 1)
    near = ([infos[below]] if below is not None else []) + above
    if len(near) < 2 or above[0].text.rstrip().endswith(":"):
        return False  # "Visualizations by:" over the name
    for n in near:
        if n.index == head_index or n.date is not None or n.kind not in ("short", "name", "title") or n.n_words > 3:
            return False
    return any(n.byline is None for n in near)


def _bullet_list_item(infos: list[LineInfo], info: LineInfo) -> bool:
    """"* Jane Doe" between "* Downloads" and "* Forum": an item of a bulleted list (a menu), not
    a name set alone as a one-item list: a line next to it opens with the same bullet and
    holds no date (a dated one is the article's metadata row: "* Jane Doe" / "* May 3, 2024")."""
    bullet = info.text[:1]
    below = _next_nonblank(infos, info.index)
    near = nonblank_before(infos, info.index, 1) + ([infos[below]] if below is not None else [])
    return any(n.text[:2] == bullet + " " and n.date is None and n.kind != "date" for n in near)


def _take_meta(info: LineInfo, layout: Layout, lex: Lexicon, where: str, bare_names: bool, infos: list[LineInfo] | None = None) -> bool:
    """Take the date and/or byline this line holds, if still missing; label the line."""
    if info.n_chars > META_LINE_MAX_CHARS or info.kind in ("good", "cue") or info.label in ("HEADLINE", "RELATED", "COMMENTS"):
        return False
    segments = split_segments(info.text)
    dm = find_date(info.text, lex)
    took_byline = took_date = False
    current = layout.byline_match
    # In the header, a labelled byline ("Kolumne von Jane Doe") beats a bare name found above it.
    bare_before = (
        current is not None
        and not current.labelled
        and where == "by the headline"
        and layout.byline is not None
        and layout.byline < info.index
        and (layout.headline is None or layout.headline < info.index)
    )
    # A labelled byline by the headline also beats one read from the top of the text below it
    # ("by Jane Doe · May 3" over "Author: John Roe", the author of a book the text reviews).
    text_below = (
        current is not None
        and where == "by the headline"
        and layout.byline is not None
        and layout.byline > info.index
        and (layout.headline is None or layout.headline < info.index)
    )
    # A bare name beside a date beats one taken only for standing near the headline (a
    # title-cased item of a table of contents there: "Submission Service").
    dated_name = (
        infos is not None
        and current is not None
        and not current.labelled
        and not current.desk
        and where == "by the headline"
        and layout.byline is not None
        and layout.byline < info.index
        and layout.byline != layout.date
        and bare_names
        and _beside_date(infos, info)
        and not _beside_date(infos, infos[layout.byline])
        # other lines stand between (co-authors one per line over the date are one byline)
        and any(i.byline is None and find_byline(i.text, lex, split_segments(i.text)) is None for i in infos[layout.byline + 1 : info.index] if not i.blank)
    )
    # An account's handle ("Submitted by admin", "von human am ...") gives way to a person's
    # name labelled lower in the header ("Blog post by Jane Doe").
    handle_before = (
        current is not None
        and current.labelled
        and where == "by the headline"
        and layout.byline is not None
        and layout.byline < info.index
        and bool(current.authors)
        and all(len(a.split()) == 1 and a == a.lower() for a in current.authors)
    )
    if current is None or bare_before or text_below or dated_name or handle_before:
        bm = info.byline if info.byline is not None and info.byline.labelled else find_byline(info.text, lex, segments)
        if bm is None and info.byline is not None and infos is not None and not _bullet_list_item(infos, info):
            bm = info.byline  # "* Jane Doe": a name as a one-item list, read without its bullet
        # A name sharing its line with a date ("23.06.2016 - Markus Reuter") is beside one.
        if bm is not None and not bm.labelled and info.cue is not None:
            bm = None  # a heading or button of the page ("Recent Posts"), not a person
        if bm is not None and bm.labelled and info.byline is None and names_a_subject(info.text, lex):
            bm = None  # "Interview mit Autorin Jane Doe" over the headline: the article's subject
        if bm is not None and bm.labelled and infos is not None and _label_menu(infos, info, lex):
            bm = None  # "By Industry" / "By Event Type": a menu of filters
        if bm is not None and bm.labelled and infos is not None and dm is None and _subject_of_text(info, bm, infos, layout, lex):
            bm = None  # "Camino von Jane Doe", "Kühltürme von Example AG gesprengt": the text speaks of her
        if bm is not None and bm.labelled and infos is not None and _role_after_phrase(info.text, bm, infos, layout, lex):
            bm = None  # "Senior Content Contributor": a role, its first words no name
        beside = bm is not None and not bm.labelled and len(segments) > 1 and dm is not None
        if (bare_before or text_below) and not dated_name and not (bm is not None and bm.labelled and bm.authors):
            bm = None
        if handle_before and not (current is None or bare_before or text_below or dated_name):
            if bm is None or not bm.labelled or not all(looks_like_name(a, lex) for a in bm.authors):
                bm = None
        if dated_name and bm is not None and not bm.labelled and (bm.desk or not _person_like(bm.byline, infos or [], layout)):
            bm = None
        if bm is not None and bm.labelled:
            bm = _cut_date_label(bm, lex)
        if bm is not None and (bm.labelled or bare_names or beside) and bm.authors:
            if (bare_before or text_below or dated_name or handle_before) and layout.byline is not None:
                layout.dropped_bylines.append(layout.byline)
            layout.byline_match, layout.byline = bm, info.index
            took_byline = True
    if dm is not None and _better_date(dm, info, layout, lex):
        if layout.date is not None and layout.date != layout.byline:
            layout.dropped_dates.append(layout.date)
        layout.date_match, layout.date = dm, info.index
        layout.date_role = date_role(info.text, dm, lex)
        took_date = True
    if took_byline:
        kind = "label" if layout.byline_match and layout.byline_match.labelled else "name"
        info.label, info.reason = "BYLINE", f"byline {kind} {where}" + (" (with the date)" if took_date else "")
    elif took_date:
        info.label, info.reason = "DATE", f"date {where}"
    return took_byline or took_date


# A name the text's paragraphs speak of this often is its subject ("Jane Doe said ...").
SUBJECT_MIN_MENTIONS = 2


def _subject_of_text(info: LineInfo, bm: BylineMatch, infos: list[LineInfo], layout: Layout, lex: Lexicon) -> bool:
    """A label inside the line, after a word or two ("Camino von Jane Doe", a book; "Towers
    of Example Plant demolished"), whose name the article's paragraphs speak of: the line
    names what the text is about, not who wrote it. A label first on its line stands."""
    if not bm.authors or lex.labels.match(info.text.casefold()) is not None:
        return False
    surname = bm.authors[0].split()[-1]
    if len(surname) < NAME_WORD_MIN_CHARS:
        return False
    mentions = 0
    for index in layout.body:
        if index != info.index and surname in _WORD.findall(infos[index].text):
            mentions += 1
            if mentions >= SUBJECT_MIN_MENTIONS:
                return True
    return False


def _role_after_phrase(text: str, bm: BylineMatch, infos: list[LineInfo], layout: Layout, lex: Lexicon) -> bool:
    """A byline labelled by the role word after the "name" ("Senior Content Contributor"),
    whose words the page writes in lowercase: a role under the name, no name itself."""
    return text.startswith(bm.byline) and len(text) > len(bm.byline) and lex.labels.match(text.casefold()) is None and not _person_like(bm.byline, infos, layout)


def _better_date(dm: DateMatch, info: LineInfo, layout: Layout, lex: Lexicon) -> bool:
    """Should the date ``dm`` on ``info`` replace the article's date found so far?

    A full date beats one without a year ("9 min", "Aug 15") found earlier; a
    relative date ("вчера, 12:30") stands. Between two full dates, a publication
    date beats a revision ("Published Apr 26" over "Updated Aug 21"), and a date
    under the headline beats one above it (the site's "today", a teaser's date).
    """
    current = layout.date_match
    if current is None:
        return True
    if not dm.has_year:
        return False
    if not current.has_year and not current.relative:
        return True
    if current.relative or layout.date is None:
        return False
    role = date_role(info.text, dm, lex)
    if layout.date_role == "updated" and role == "published":
        return True
    head = layout.headline
    if head is not None and head < info.index < layout.date and role != "updated" and layout.date_role != "published":
        # Both under the headline: the header's date ("by Jane · Dec 20, 2025") beats one
        # found lower, at the top of the text ("Released: June 17, 2025").
        return True
    return (
        head is not None
        and layout.date < head < info.index
        and bool(layout.body)
        and info.index < max(layout.body)  # the header or the top of the text, not the trailer
        and layout.date_role != "published"
        and role != "updated"
    )


# A short row may end in a byline label ("Essay Von" / "Jane Doe") up to this many words.
LABEL_LAST_MAX_WORDS = 3


def _names_under_labels(infos: list[LineInfo], lex: Lexicon, layout: Layout) -> None:
    """A byline label alone on its line ("Autor:", "Kommentar von") makes the name on the
    next line a labelled byline. Done after the headline is chosen: the line keeps its kind."""
    for k, info in enumerate(infos):
        if info.byline is not None:
            continue
        if info.label_kind == "byline_labels" and is_bare_label(info.text, lex):
            label = info.text
        elif (
            1 < len(words := info.text.split()) <= LABEL_LAST_MAX_WORDS
            and words[-2].casefold().strip(".,:;()") not in lex.credit_words  # "Reviewed by", "Photos by"
            and is_bare_label(label := words[-1], lex)
        ):
            pass  # "Rubric Von": the label ends a short row (its last cell), the name under it
        else:
            continue
        nxt = next((i for i in infos[k + 1 : k + 3] if not i.blank), None)
        if nxt is None or nxt.date is not None or nxt.kind in ("good", "cue"):
            continue
        found = name_under_label(nxt.text, lex, label)
        if found is not None and (found.desk or all(_person_like(name, infos, layout) for name in found.authors)):
            nxt.byline = found


HEADER_PROMO_MAX_WORDS = 30
HEADER_TABLE_MIN_ROWS = 5
HEADER_TABLE_REACH = 2
HEADER_PROMO_MIN_RUN = 3  # lines of text under the zone: else the zone may hold the text itself


def _meta_under_title(infos: list[LineInfo], head: int, layout: Layout, lex: Lexicon) -> None:
    """The run began above its own title (a notice, a rubric): the lines at the top of the text
    were counted from there, so a labelled byline under a standfirst ("Headline / Standfirst /
    Von Jane Doe / date") fell beyond them. The first lines under the title are read again."""
    body = set(layout.body)
    for info in [i for i in infos[head + 1 :] if not i.blank][:META_IN_RUN]:
        if info.index not in body or info.byline is None or not info.byline.labelled:
            continue
        if _take_meta(info, layout, lex, "at the top of the text", bare_names=False, infos=infos):
            layout.body.remove(info.index)
            return


def _header(infos: list[LineInfo], first: int, layout: Layout, lex: Lexicon) -> None:
    chosen = choose_headline(infos, first, lex)
    _names_under_labels(infos, lex, layout)
    # A piece of a line ("Title" of "Title | Site") heads the article: the line is the headline's.
    best = (chosen.score, infos[chosen.info.index]) if chosen is not None else None
    if chosen is not None and chosen.part:
        layout.headline_text = chosen.info.text
    if chosen is not None and chosen.info.index >= first:
        # The run opens with its own title ("Why Live in a Tiny House?"), perhaps under a
        # line or two of navigation that the run swallowed: those go back outside.
        for index in [i for i in layout.body if i <= chosen.info.index]:
            layout.body.remove(index)
            if index != chosen.info.index:
                infos[index].label, infos[index].reason = "BOILERPLATE", "above the headline, at the top of the run"
        first = next((i.index for i in infos[chosen.info.index + 1 :] if not i.blank), chosen.info.index + 1)
        if layout.byline_match is None:
            _meta_under_title(infos, chosen.info.index, layout, lex)
    head_index = best[1].index if best else first
    top = zone_start = head_index  # the headline's first and last lines
    if best is not None:
        h = best[1]
        h.label, h.reason = "HEADLINE", explain("title-like line heading the article's text (score {})", round(best[0], 1))
        layout.headline = h.index
        if chosen is not None and not chosen.part:
            joined, above, below = colon_joined(infos, h, first)
            if above is not None:
                above.label, above.reason = "HEADLINE", "kicker joined to the headline by its colon"
                top = above.index
            elif below is not None:
                below.label, below.reason = "HEADLINE", "second half of the headline, joined by its colon"
                zone_start = below.index
            if joined is not None:
                layout.headline_text = joined
    # Date and byline: around the headline and down to the body.
    if best is not None:
        meta_start = min([i.index for i in nonblank_before(infos, head_index, META_ABOVE_HEADLINE)] or [head_index])
    else:
        meta_start = min([i.index for i in nonblank_before(infos, first, META_WITHOUT_HEADLINE)] or [first])
    under = 0  # non-blank lines under the headline so far
    for info in infos[meta_start:first]:
        if not info.blank and info.index > zone_start:
            under += 1
        if not info.blank and not top <= info.index <= zone_start:
            # A bare name is a byline just under the headline or beside a date.
            near_headline = best is not None and 0 < under <= NAME_UNDER_HEADLINE
            bare = (info.index > head_index or best is None) and (_beside_date(infos, info) or near_headline)
            bare = bare and not _over_caption(infos, info) and not _list_item(infos, info, head_index)
            _take_meta(info, layout, lex, "by the headline", bare_names=bare, infos=infos)
    # The header zone between the headline and the body: tags and captions.
    zone = [i for i in infos[zone_start + 1 : first] if not i.blank] if best else []
    heads = [k for k, i in enumerate(zone) if i.kind == "cue" and i.cue in _LIST_HEADS and i.label not in ("DATE", "BYLINE")]
    if heads:
        # "По теме" under the headline over a few teaser titles: a related box, not a standfirst.
        span = [i for i in zone[heads[0] :] if i.label not in ("DATE", "BYLINE")]
        layout.related.extend(find_related_lists(span)[0])
    run_lines = sum(1 for i in layout.body if i >= first)
    # A table of HEADER_TABLE_MIN_ROWS rows or more ending right over the run (a widget's
    # small table, rates or share buttons, stands apart or is shorter).
    table_rows = sum(1 for i in zone if i.table and i.kind != "cue")
    if not any(i.table for i in zone[-HEADER_TABLE_REACH:]):
        table_rows = 0
    for info in zone:
        if info.label in ("DATE", "BYLINE", "RELATED"):
            continue
        if info.table and info.kind != "cue" and table_rows >= HEADER_TABLE_MIN_ROWS:
            # A table standing right before the first paragraph is the article's.
            info.label, info.reason = "BODY", explain("table row between the headline and the text ({})", info.kind)
            layout.body.append(info.index)
        elif info.kind == "caption":
            layout.captions.append(info.index)
        elif info.byline is not None and not info.byline.labelled and layout.byline is not None:
            info.label, info.reason = "BYLINE", "further author name in the header"
        elif info.kind in ("short", "title", "name") and info.n_words <= 6:
            info.label, info.reason = "TAGS", "rubric label between the headline and the text"
            layout.tags.append(info.text)
        elif info.kind == "cue":
            pass  # keeps its cue label (share row, counter...)
        elif info.n_you and info.terminal and not info.bullet and info.n_words <= HEADER_PROMO_MAX_WORDS and run_lines >= HEADER_PROMO_MIN_RUN:
            # "Get email updates from your favourite authors.", "Start your free trial today!":
            # between the headline and the text, a short line speaking to the reader is a promo
            # box's; a paragraph that does ("Every month I bring you ...") may be the text itself.
            info.label, info.reason = "BOILERPLATE", "addresses the reader between the headline and the text (a promo)"
        elif (info.kind in ("good", "neargood") and info.n_words > HEADER_TEXT_MIN_WORDS) or (
            info.n_words > 2 * HEADER_TEXT_MIN_WORDS and info.cue is None
        ):
            # A standfirst or a first paragraph cut off from the run by a photo or a share row.
            info.label, info.reason = "BODY", "text between the headline and the body"
            layout.body.append(info.index)
        else:
            info.label, info.reason = "BOILERPLATE", "in the header, neither date, byline nor tag"
    _drop_header_boxes(infos, zone, first, layout)
    # Above the headline (or above the body when there is none): navigation and teasers.
    _outside(islice(infos, top if best else first), layout, where="before the article")


_HEADER_BOX_PROSE = "prose in the header, apart from the standfirst and the text"
# A paragraph this long in the header is the text's own (a first paragraph under a photo), not a
# caption or a line of a box.
HEADER_PARAGRAPH_CHARS = 180
HEADER_RUN_MIN_PARAGRAPHS = 3


def _drop_header_boxes(infos: list[LineInfo], zone: list[LineInfo], first: int, layout: Layout) -> None:
    """Of the prose between the headline and the run, the standfirst (the first paragraph) and the
    paragraphs standing right above the run (a first paragraph cut off by a photo or a share row)
    are text, and so is a long paragraph (HEADER_PARAGRAPH_CHARS); a shorter one between them with
    other lines around it is a caption, a line of a sign-up box or a notice of the player ("You can
    save this article by registering ...")."""
    prose = [i for i in zone if i.label == "BODY" and i.reason == "text between the headline and the body"]
    if len(prose) < 2 or sum(1 for k in layout.body if k >= first and infos[k].kind in _PROSE) < HEADER_RUN_MIN_PARAGRAPHS:
        return  # the run below is no article (a list of categories): the header's prose may be the text
    keep = {prose[0].index} | {i.index for i in prose if i.n_chars >= HEADER_PARAGRAPH_CHARS}
    for info in reversed(zone):  # up from the run, while the lines are the text's
        if info.label != "BODY":
            break
        keep.add(info.index)
    # A paragraph right above or under one kept goes on with it (two paragraphs in a row are text).
    kept = [k for k, i in enumerate(zone) if i.index in keep]
    keep.update(zone[j].index for k in kept for j in (k - 1, k + 1) if 0 <= j < len(zone) and zone[j].label == "BODY")
    _leave_body(layout, {i.index for i in prose if i.index not in keep})
    for info in prose:
        if info.index not in keep:
            info.label, info.reason = "BOILERPLATE", _HEADER_BOX_PROSE


def _outside(lines: Iterable[LineInfo], layout: Layout, where: str) -> None:
    """Label lines outside the article: widgets where found, navigation and boilerplate otherwise."""
    span = [i for i in lines if not i.blank and i.index not in (layout.date, layout.byline)]
    if not span:
        return
    # Each pass hands on the lines it left, and the list before is let go: on a
    # big page these lists are long, and only two are alive at a time.
    sections, span = find_comment_sections(span)
    layout.comments.extend(sections)
    tags, span = find_tags(span)
    layout.tags.extend(tags)
    lists, span = find_related_lists(span, need_items=2)
    layout.related.extend(lists)
    for info in span:
        if info.kind == "caption":
            layout.captions.append(info.index)
        elif info.kind == "cue":
            continue  # keeps its cue label
        elif info.kind == "date":
            info.label, info.reason = "BOILERPLATE", explain("date {}", where)
        elif info.kind in ("short", "name"):
            info.label, info.reason = "NAV", explain("short line {}", where)
        else:
            info.label, info.reason = "BOILERPLATE", explain("{} line {}", info.kind, where)


def _trailer(infos: list[LineInfo], start: int, layout: Layout, lex: Lexicon) -> None:
    after = [i for i in infos[start:] if not i.blank]
    if layout.body:
        # A block of dates and their labels under the text pushes the window down by its length.
        dated = next((k for k, a in enumerate(after[:TRAILER_WINDOW + DATE_BLOCK_MAX]) if not _date_part(a, lex)), 0)
        for k, info in enumerate(after[: TRAILER_WINDOW + min(dated, DATE_BLOCK_MAX)]):
            if _heads_teasers(info, after[k + 1 : k + 2]):
                break  # "Most read", "Related": the names under it sign the teasers, not the article
            if layout.byline_match is None or layout.date_match is None:
                # A bare name signs the article right under it, if no list of names follows; one
                # line may stand between, a heading ("About the author"), not a menu item or a
                # button ("Compost", "Back", a phone number): a name under those is a menu's item.
                # Or under the article's date block ("First published / 31.10.2023 / Updated /
                # 31.10.2023 / Jane Doe"): dates and their labels only between.
                under = k == 0 or (k == 1 and not _menu_item(after[0])) or (0 < k == dated)
                lone = under and not (k + 1 < len(after) and after[k + 1].byline is not None)
                if not _take_meta(info, layout, lex, "after the text", bare_names=lone, infos=infos) and k == 0 and len(after) > 1:
                    _signature_over_date(info, after[1], infos, layout, lex)
    _outside(after, layout, where="after the article")


def _heads_teasers(info: LineInfo, next_line: list[LineInfo]) -> bool:
    """A list's heading ("Most read", "Related") over a teaser title, not over a byline alone."""
    return info.kind == "cue" and info.cue in _LIST_HEADS and bool(next_line) and next_line[0].byline is None


def _date_part(info: LineInfo, lex: Lexicon) -> bool:
    """A date alone on its line, or a date's label alone ("Last updated")."""
    if info.kind == "date":
        return True
    m = lex.date_labels.match(info.text) if info.n_words <= DATE_LABEL_MAX_WORDS else None
    return m is not None and not info.text[m.end() :].strip(" :")


DATE_LABEL_MAX_WORDS = 3
# Lines of such a block ("Published / date / Updated / date").
DATE_BLOCK_MAX = 4


def _menu_item(info: LineInfo) -> bool:
    """A short line or a navigation cue: an item of a menu, a button, a label ("Address:")."""
    return info.kind == "short" or (info.kind == "cue" and info.cue == "nav")


# On a page that capitalises its nouns, a lone capitalised word is a name only up to this length.
NOUN_PAGE_NAME_CHARS = 8


def _signature_over_date(info: LineInfo, below: LineInfo, infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """"... last paragraph. / Jane / 5 March 2024": one given name right under the text and
    right over a date signs the article. Where the language capitalises its nouns, only a
    short word: the labels there are long compounds ("Erstveröffentlichung", "Videobeitrag")."""
    if layout.byline_match is not None or info.kind != "short" or info.n_words != 1 or info.cue is not None:
        return
    if below.kind != "date" and below.date is None:
        return
    if len(info.text) > NOUN_PAGE_NAME_CHARS and _capitalises_nouns(infos, layout):
        return
    bm = lone_given_name(info.text, lex)
    if bm is not None and _person_like(bm.byline, infos, layout):
        _set_byline(info, bm, layout, "one name signing the text, over its date")


FALLBACK_NEAR = 12
# A labelled byline ("By Jane Doe") counts this far above or below the text.
BYLINE_REACH_ABOVE = 60
BYLINE_REACH_BELOW = 10
BARE_NAME_REACH_BELOW = 3


def _fallback_byline(infos: list[LineInfo], first: int, last: int, layout: Layout, lex: Lexicon) -> None:
    """No byline near the headline: a name on the article's date line or on a line
    next to it (title, author, date: the article's own header, wherever the text
    starts), else the nearest labelled byline line around the text.

    A bare name found earlier whose words the page also writes in lowercase
    ("Indoor Plants", "Follow Author") is let go first: it is a phrase, not a person.
    """
    if layout.byline_match is not None:
        layout.byline_match = _people_first(layout.byline_match, infos, layout)
        if _plausible_byline(layout.byline_match, infos, layout) and not _heads_a_list(infos, layout, last):
            trailing = layout.byline is not None and layout.byline > last and not layout.byline_match.labelled
            if not trailing:
                return
            # A bare name under the text gives way to a name beside the article's date.
            kept, index = layout.byline_match, layout.byline
            layout.byline_match, layout.byline = None, None
            if _byline_beside_date(infos, layout, lex) or _labelled_atop_text(infos, first, layout, lex):
                if index != layout.byline and infos[index].label == "BYLINE":
                    infos[index].label, infos[index].reason = "NAV", "name under the text; the author stands beside the date or atop the text"
            else:
                layout.byline_match, layout.byline = kept, index
            return
        _drop_byline(infos, layout)
    if _byline_beside_date(infos, layout, lex):
        return
    if _name_atop_text(infos, layout) or _labelled_atop_text(infos, first, layout, lex):
        return
    above = nonblank_before(infos, first, BYLINE_REACH_ABOVE)
    below = nonblank_after(infos, last, BYLINE_REACH_BELOW)
    # Under "Most read" / "Related" the names sign the teasers of the list, not the article.
    below = below[: next((k for k, b in enumerate(below) if _heads_teasers(b, below[k + 1 : k + 2])), len(below))]
    nearest = [x for pair in zip(above, below) for x in pair] + above[len(below) :] + below[len(above) :]
    for info in nearest:
        bm = info.byline
        if bm is not None and bm.labelled and info.label not in ("RELATED", "COMMENTS", "HEADLINE") and not _label_menu(infos, info, lex):
            layout.byline_match, layout.byline = bm, info.index
            info.label, info.reason = "BYLINE", "nearest labelled byline to the text"
            return
    if _labelled_in_comments(infos, last, layout, lex):
        return
    if _name_by_reading_time(infos, first, layout):
        return
    # Then a name alone on its line right under the text (a signature), if the page
    # does not write its words in lowercase and no other name follows (a list of people).
    for k, info in enumerate(below[:BARE_NAME_REACH_BELOW]):
        bm = info.byline
        if bm is None or bm.labelled or info.label not in ("NAV", "BOILERPLATE", "TAGS"):
            continue
        if any(_menu_item(b) for b in below[:k]):
            break  # under a menu item, a button or a label ("Address:"): an item itself
        if k + 1 < len(below) and (below[k + 1].byline is not None or below[k + 1].label == "RELATED"):
            break  # a list of people, or the heading of a list of teasers
        if _plausible_byline(bm, infos, layout):
            layout.byline_match, layout.byline = bm, info.index
            info.label, info.reason = "BYLINE", "name alone on its line under the text"
        break
    if layout.byline_match is None and not _lone_name_by_date(infos, layout, lex):
        _author_box(infos, layout, lex)
    if layout.byline_match is None:
        _bio_closing_text(infos, last, layout, lex)
    if layout.byline_match is None:
        _desk_in_text(infos, layout, lex)
    if layout.byline_match is None:
        _copyright_person(infos, last, layout, lex)


# A reading time on a short line of its own: "4 min read", "Lesezeit: 3 Min.", "8 min" (the unit
# abbreviated: "20 minutes" is a recipe's or a task's time as often).
_READING_TIME = regex.compile(r"(?<!\d)\d{1,2}\s?(?:min|мин)\.?(?!\w)", regex.IGNORECASE)
READING_TIME_MAX_WORDS = 5


def _name_by_reading_time(infos: list[LineInfo], first: int, layout: Layout) -> bool:
    """No byline near the text: a name alone on its line next to the article's reading time
    ("Jane Doe / 4 min read"), above the text, as a post's header sets them; the nearest to
    the text counts. Teaser cards that each show a reading time ("Jane Roe / 5 min read") make
    several: then none counts."""
    times = [
        i
        for i in infos[:first]
        if not i.blank and i.n_words <= READING_TIME_MAX_WORDS and i.label not in ("COMMENTS", "RELATED", "HEADLINE") and _READING_TIME.search(i.text) is not None
    ]
    if len({i.text.strip() for i in times}) != 1:
        return False
    for info in reversed(times):
        below = _next_nonblank(infos, info.index)
        for near in nonblank_before(infos, info.index, 1) + ([infos[below]] if below is not None else []):
            bm = near.byline
            if bm is None or bm.labelled or bm.desk or near.cue is not None or near.label in ("COMMENTS", "RELATED", "HEADLINE"):
                continue
            if _plausible_byline(bm, infos, layout):
                _set_byline(near, bm, layout, "author name beside the article's reading time")
                return True
    return False


# Lines each side where a menu's other "By ..." item would stand.
LABEL_MENU_REACH = 2


def _label_menu(infos: list[LineInfo], info: LineInfo, lex: Lexicon) -> bool:
    """"By Industry" / "By Event Type": a short label a line or two away opens another short
    capitalised item too, and one of them is no person's name; the lines are a menu of
    filters, no byline. Only for a one-word label ("By"); "By Jane Doe" / "By John Roe" stand."""
    hit = lex.labels.match(info.text.casefold())
    if hit is None or hit[1] != "byline_labels" or len(hit[0].split()) != 1:
        return False
    label = hit[0]
    near = nonblank_before(infos, info.index, LABEL_MENU_REACH) + nonblank_after(infos, info.index, LABEL_MENU_REACH)
    items = [n.text[len(label) :].strip() for n in near if n.text.casefold().startswith(label + " ")]
    items = [t for t in items if t[:1].isupper() and len(t.split()) <= LABEL_MENU_ITEM_WORDS]
    if not items:
        return False
    own = info.text[len(label) :].strip(" :")
    return any(not looks_like_name(t, lex) for t in (own, *items))


LABEL_MENU_ITEM_WORDS = 3


def _labelled_in_comments(infos: list[LineInfo], last: int, layout: Layout, lex: Lexicon) -> bool:
    """A labelled byline under the text that the comment stage took in ("Posted by Jane
    Doe on May 3 in News. Tags: ...", "Written by / Jane Doe" over her bio): the post's own
    footer or author box, when it is the only labelled byline of the comments (a comment's
    header "Posted by ..." repeats for every comment) and closes them (at most a bio line
    after it, no reply button)."""
    found: list[tuple[LineInfo, BylineMatch]] = []
    for info in infos[last + 1 :]:
        if info.label != "COMMENTS":
            continue
        bm = info.byline
        if bm is None and info.n_chars <= META_LINE_MAX_CHARS:
            hit = lex.labels.match(info.text.casefold())
            if hit is not None and hit[1] == "byline_labels" and len(hit[0]) > SHORT_LABEL_CHARS:
                bm = match_byline(info.text, lex, hit)
        if bm is not None and bm.labelled:
            found.append((info, bm))
    if len(found) != 1 or not found[0][1].authors:
        return False
    info, bm = found[0]
    after = [i for i in infos[info.index + 1 :] if i.label == "COMMENTS" and not i.blank]
    if len(after) > COMMENTS_AFTER_FOOTER or any(i.kind == "cue" for i in after):
        return False
    _set_byline(info, bm, layout, "the only labelled byline under the text, closing the comments")
    return True


# Lines of the comments (a bio) a post's footer byline may have under it.
COMMENTS_AFTER_FOOTER = 2


# A name alone on its line among this many non-blank lines under the headline
# (the text has begun: "Headline / Teaser sentence / Jane Doe / text ...").
NAME_ATOP_TEXT_REACH = 4


def _name_atop_text(infos: list[LineInfo], layout: Layout) -> bool:
    """A person's name alone on its line at the top of the text, just under the headline,
    and not the first of several names (a list of people) nor over a caption (a photo's subject)."""
    if layout.headline is None or not layout.body:
        return False
    # Share rows and buttons between the headline and the text do not count.
    lines = [i for i in infos[layout.headline + 1 :] if not i.blank and i.kind != "cue"][: NAME_ATOP_TEXT_REACH + 1]
    for k, info in enumerate(lines[:NAME_ATOP_TEXT_REACH]):
        bm = info.byline
        if info.label != "BODY" or info.kind != "name" or bm is None or bm.labelled or info.cue is not None:
            continue
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        prev = lines[k - 1] if k else infos[layout.headline]
        if prev.index != layout.headline and prev.kind not in ("good", "neargood", "date"):
            return False  # under a list, a table of contents or a teaser heading: a heading itself
        if nxt is not None and (nxt.byline is not None or nxt.kind == "caption"):
            return False  # a list of people, or a photo's subject
        if nxt is not None and _mentions(nxt, bm.authors[0]):
            return False  # the heading of a paragraph about it ("Acme Tax" / "Acme Tax is ...")
        if not _plausible_byline(bm, infos, layout):
            return False
        if not _plausible_byline(bm, infos, layout):
            return False
        _set_byline(info, bm, layout, "name alone on its line at the top of the text")
        return True
    return False


# A labelled byline line ("By Jane Doe Published: May 3, 2024") counts this many
# non-blank lines into the run: under a standfirst, a photo and its caption.
LABELLED_IN_RUN_REACH = 8


def _labelled_atop_text(infos: list[LineInfo], first: int, layout: Layout, lex: Lexicon) -> bool:
    """A line that is nothing but a labelled byline near the top of the text."""
    lines = [i for i in infos[first:] if not i.blank][:LABELLED_IN_RUN_REACH]
    for info in lines:
        bm = info.byline
        # "Von" / "Jane Doe": a name under a label alone on its line is a labelled byline too.
        if info.label == "BODY" and info.kind in ("byline", "name") and bm is not None and bm.labelled and bm.authors:
            bm = _cut_date_label(bm, lex)
            if not bm.authors:
                continue
            _set_byline(info, bm, layout, "labelled byline near the top of the text")
            return True
    return False


def _cut_date_label(bm: BylineMatch, lex: Lexicon) -> BylineMatch:
    """"By Jane Doe Published: May 3": the date's label ends the name."""
    authors = tuple(a for a in (lex.date_labels.split(n, maxsplit=1)[0].strip(" ,|·•") for n in bm.authors) if a)
    return bm if authors == bm.authors else BylineMatch(byline=bm.byline, authors=authors, labelled=bm.labelled)


def _mentions(info: LineInfo, name: str) -> bool:
    """Does the line speak of ``name`` within its first words?"""
    words = {w.casefold() for w in _WORD.findall(name) if len(w) >= NAME_WORD_MIN_CHARS}
    lead = " ".join(info.text.split()[:AUTHOR_BOX_LEAD_WORDS]).casefold()
    return any(w in lead for w in words)


# An author box: a name alone on its line, and within this many non-blank lines
# a sentence that speaks of that person within its first words ("Jane Doe is a
# reporter who ...", "(Editor) - Jane has covered ...").
AUTHOR_BOX_REACH = 3
AUTHOR_BOX_LEAD_WORDS = 6
AUTHOR_BOX_HEADING_WORDS = 8


def _introduces(text: str, given: str) -> bool:
    """Does the sentence name the person by ``given`` within its first words, and not as a
    part of a longer proper name ("Example's Investment Banking practice")?"""
    tokens = text.split()[:AUTHOR_BOX_LEAD_WORDS]
    for j, token in enumerate(tokens):
        words = _WORD.findall(token)
        if words and words[0].casefold() == given:
            if not token[:1].isalpha():
                return False  # a quoted or bracketed name is a title's word ("the «Example Initiative»")
            before = tokens[j - 1] if j else ""
            return not (before[:1].isupper() and before[-1:].isalnum() or before.endswith(("’s", "'s")))
    return False


def _author_box(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """No byline anywhere: the one person the page introduces in an author box: a name
    alone on its line or after a short heading ("About Jane Doe", "About the author - Jane
    Doe"), then a sentence that speaks of the person by the given name within its first
    words ("Jane is ...", "Hi! My name is Jane", "(Editor) - Jane has ...")."""
    lines = [i for i in infos if not i.blank]
    found: list[tuple[LineInfo, BylineMatch]] = []
    headed: list[tuple[LineInfo, BylineMatch]] = []  # the name after a heading: "About Jane Doe"
    for k, info in enumerate(lines):
        if info.label in ("COMMENTS", "HEADLINE", "RELATED"):
            continue
        bm = info.byline
        after_heading = False
        if bm is None and info.kind in ("short", "title", "name") and info.n_words <= AUTHOR_BOX_HEADING_WORDS:
            bm = name_after_heading(info.text, lex)
            after_heading = True
        if bm is None or bm.labelled or len(bm.authors) != 1:
            continue
        given = _WORD.findall(bm.authors[0])[0].casefold()
        for nxt in lines[k + 1 : k + 1 + AUTHOR_BOX_REACH]:
            if nxt.kind in ("good", "neargood") and nxt.label != "COMMENTS":
                if _introduces(nxt.text, given):
                    (headed if after_heading else found).append((info, bm))
                break
    # A heading that introduces someone ("About Jane Doe") says more than a bare name over a
    # paragraph (a company, a product): when the page has one, it alone counts.
    found = headed or found
    people = {bm.authors[0].casefold() for _, bm in found}
    if len(people) != 1:
        return  # none, or a list of people (a team page, interviewees)
    info, bm = found[-1]
    if not _plausible_byline(bm, infos, layout):
        return
    _set_byline(info, bm, layout, "name heading an author box (a sentence about the person follows)")


MAX_CO_AUTHOR_LINES = 4
# Words a co-author's role may run to ("Journalist in Paris", doubled by a hidden copy for screen readers).
MAX_CO_AUTHOR_ROLE_WORDS = 8


def _co_authors(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """Co-authors one per line right under the byline, each framed as the byline is
    ("Jane Doe, PhD," / "John Roe, PhD"; "Jane Doe – Journalist" / "John Roe – Journalist"):
    every one is an author. The first line of another frame ends the list; names alone on
    their lines say too little (an editor, a reviewer, a role under the name)."""
    bm = layout.byline_match
    if bm is None or layout.byline is None or bm.desk or len(bm.authors) != 1:
        return
    if bm.labelled:
        _co_authors_in_role(infos, layout, lex)
        return  # labelled lines each name their own ("Written by Jane Doe" / "Written by Example Desk")
    frame = _frame(infos[layout.byline].text, bm.authors[0])
    if not frame.strip("\0 "):
        return
    authors = list(bm.authors)
    taken: list[LineInfo] = []
    for info in [i for i in infos[layout.byline + 1 :] if not i.blank][:MAX_CO_AUTHOR_LINES]:
        if info.label in ("HEADLINE", "COMMENTS", "RELATED") or info.kind not in ("byline", "name", "title", "short") or info.date is not None:
            break
        other = info.byline if info.byline is not None else find_byline(info.text, lex, split_segments(info.text))
        if other is None or other.labelled or other.desk or len(other.authors) != 1:
            break
        if _frame(info.text, other.authors[0]) != frame or not _person_like(other.authors[0], infos, layout):
            break
        authors.extend(a for a in other.authors if a not in authors)
        taken.append(info)
    _add_co_authors(layout, BylineMatch(byline=bm.byline, authors=tuple(authors), labelled=bm.labelled), taken, "co-author on the line under the byline")


MAX_SEPARATED_AUTHORS = 6


def _authors_across_separators(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """"By" / "Jane Doe" / "," / "John Roe" / ", and" / "Example Team": a page that links each
    author's name on its own leaves the list's commas on lines apart; the names after them
    join the byline (a person, or a newsroom credit)."""
    bm = layout.byline_match
    if bm is None or layout.byline is None or bm.desk:
        return
    lines = [i for i in infos[layout.byline + 1 :] if not i.blank][: 2 * MAX_SEPARATED_AUTHORS]
    authors = list(bm.authors)
    taken: list[LineInfo] = []
    for sep, info in zip(lines[::2], lines[1::2]):
        if not is_author_separator(sep.text.strip()) or info.label in ("HEADLINE", "COMMENTS", "RELATED") or info.date is not None:
            break
        other = info.byline if info.byline is not None else find_byline(info.text, lex, split_segments(info.text))
        if other is None or other.labelled or len(other.authors) != 1:
            break
        if not other.desk and not _person_like(other.authors[0], infos, layout):
            break
        authors.extend(a for a in other.authors if a not in authors)
        taken += [sep, info]
    _add_co_authors(layout, BylineMatch(byline=bm.byline, authors=tuple(authors), labelled=bm.labelled), taken, "co-author after a separator line under the byline")


def _co_authors_in_role(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """"Jane Doe – Journalist" / "John Roe – Journalist in Paris": a byline labelled by the
    role after the name, then lines giving another name with the same role: co-authors."""
    bm, index = layout.byline_match, layout.byline
    if bm is None or index is None:
        return
    own = name_and_role(infos[index].text, lex)
    if own is None or own[0].authors != bm.authors:
        return
    authors = list(bm.authors)
    taken: list[LineInfo] = []
    for info in [i for i in infos[index + 1 :] if not i.blank][:MAX_CO_AUTHOR_LINES]:
        other = name_and_role(info.text, lex, max_after=MAX_CO_AUTHOR_ROLE_WORDS) if info.date is None else None
        if other is None or other[1] != own[1] or info.label in ("HEADLINE", "COMMENTS", "RELATED"):
            break
        if not _person_like(other[0].authors[0], infos, layout):
            break
        authors.extend(a for a in other[0].authors if a not in authors)
        taken.append(info)
    _add_co_authors(layout, BylineMatch(byline=bm.byline, authors=tuple(authors), labelled=True), taken, "co-author with the byline's role on the line under it")


def _add_co_authors(layout: Layout, match: BylineMatch, taken: list[LineInfo], reason: str) -> None:
    """The byline grown by the co-authors read on ``taken`` lines, which leave the body."""
    if not taken:
        return
    layout.byline_match = match
    for info in taken:
        info.label, info.reason = "BYLINE", reason
        if info.index in layout.body:
            layout.body.remove(info.index)


def _frame(text: str, name: str) -> str:
    """The line around a name: "Jane Doe, PhD," -> "\0, PhD" (the end's punctuation let go)."""
    return text.replace(name, "\0", 1).rstrip(" ,;")


# The credit closes the text: at most this many of its lines under it (a call for donations);
# a "Team ..." line with paragraphs under it heads a section ("Team Motivation", "Help Desk").
DESK_TAIL_LINES = 2


def _desk_in_text(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """No byline at all: a newsroom credit alone on its line closing the text ("XY-Redaktion"
    under the last paragraph, before a call for donations) signs it, if it is the only one.
    A desk word alone ("Team") heads a section; the credit names whose desk it is."""
    body = sorted(layout.body)
    found = [
        info
        for info in (infos[i] for i in body[-DESK_TAIL_LINES - 1 :])
        if info.kind in ("short", "name", "title") and ("-" in info.text or info.n_words > 1) and is_desk_credit(info.text, lex)
    ]
    if len({i.text for i in found}) == 1:
        info = found[0]
        _set_byline(info, BylineMatch(byline=info.text, authors=(info.text,), labelled=False, desk=True), layout, "a newsroom credit alone on its line in the text")


_HAS_YEAR_SPAN = regex.compile(r"\d{4}\s?[-–]\s?\d{4}")


# The lines each side of the run's end a closing bio may stand on, and the words after its verb
# the writer's role may come within ("is a veteran restaurant industry reporter").
BIO_TAIL_LINES = 6
BIO_ROLE_REACH = 8


def _bio_closing_text(infos: list[LineInfo], last: int, layout: Layout, lex: Lexicon) -> None:
    """No byline anywhere: a sentence at the end of the text presents one person by a full name
    as a writer ("Jane Doe is a staff reporter covering ...", "Jane Doe ist TV-Reporterin"):
    she wrote it. The sentence stays where it is; only the name is taken."""
    if not lex.role_words:
        return
    near = nonblank_before(infos, last + 1, BIO_TAIL_LINES) + nonblank_after(infos, last, BIO_TAIL_LINES)
    people: set[str] = set()
    for info in near:
        if info.kind not in _PROSE or info.label in ("COMMENTS", "RELATED"):
            continue
        m = _BIO_LEAD.match(info.text)
        if m is None or not looks_like_name(m.group(1), lex):
            continue
        words = [w.strip(".,;:()").casefold() for w in info.text[m.end() :].split()[:BIO_ROLE_REACH]]
        if any(role_word(w, lex) for w in words):
            people.add(m.group(1))
    if len(people) == 1:
        name = people.pop()
        layout.byline_match = BylineMatch(byline=name, authors=(name,), labelled=False)


def _copyright_person(infos: list[LineInfo], last: int, layout: Layout, lex: Lexicon) -> None:
    """No byline at all: a person holding the site's copyright under the text ("© 2019 Jane
    Doe") wrote it (a personal site). Only one such person, and never a photo's credit."""
    found = [
        (info, bm)
        for info in infos[last + 1 :]
        if (info.copyright or (info.n_chars <= META_LINE_MAX_CHARS and _HAS_YEAR_SPAN.search(info.text) is not None))
        and (bm := copyright_holder(info.text, lex)) is not None
    ]
    if len({bm.authors[0] for _, bm in found}) != 1:
        return
    info, bm = found[0]
    if _plausible_byline(bm, infos, layout):
        _set_byline(info, bm, layout, "the person holding the site's copyright (no byline elsewhere)")


def _set_byline(info: LineInfo, bm: BylineMatch, layout: Layout, reason: str) -> None:
    """Make ``info`` the article's byline line; it leaves the body if it was in it."""
    layout.byline_match, layout.byline = bm, info.index
    info.label, info.reason = "BYLINE", reason
    if info.index in layout.body:
        layout.body.remove(info.index)


def _heads_a_list(infos: list[LineInfo], layout: Layout, last: int) -> bool:
    """A bare name under the text right over a list of teasers is the list's heading ("Current Capabilities")."""
    index = layout.byline
    if index is None or index <= last or layout.byline_match is None or layout.byline_match.labelled:
        return False
    below = next((i for i in infos[index + 1 :] if not i.blank), None)
    return below is not None and below.label == "RELATED"


def _people_first(bm: BylineMatch, infos: list[LineInfo], layout: Layout) -> BylineMatch:
    """Unlabelled names after a person are kept only when person-like too: "Jane Doe,
    Print Managing Editor" names Jane Doe, her role is no second author."""
    if bm.labelled or len(bm.authors) < 2 or not _person_like(bm.authors[0], infos, layout):
        return bm
    people = tuple(a for a in bm.authors if _person_like(a, infos, layout))
    return bm if len(people) == len(bm.authors) else BylineMatch(byline=bm.byline, authors=people, labelled=False)


def _plausible_byline(bm: BylineMatch, infos: list[LineInfo], layout: Layout) -> bool:
    """A labelled byline stands; a bare name only if none of its words is written
    in lowercase elsewhere on the page (a person's name is not a common word)."""
    if bm.labelled or bm.desk:
        return True
    return all(_person_like(name, infos, layout) for name in bm.authors)


def _person_like(name: str, infos: list[LineInfo], layout: Layout) -> bool:
    if layout.lower_words is None:
        layout.lower_words = _lower_words(infos)
    words = [w.casefold() for w in _WORD.findall(name) if len(w) >= NAME_WORD_MIN_CHARS]
    if any(_cue_word(w, layout.cue_words) for w in words):
        return False  # a button or heading of the page ("Get Started", "Watch Next", "Neueste Beiträge")
    if layout.lower_sorted is None:
        layout.lower_sorted = sorted(layout.lower_words)
    common = [_common_word(w, layout.lower_words, layout.lower_sorted) for w in words]
    # A given name is seldom a common word; a surname may be ("Emily Way", "Anna Young").
    return not (common and (common[0] or sum(common) > len(common) / 2))


NAME_WORD_MIN_CHARS = 3
# From this length on, a word also counts as common when the page writes it in
# lowercase with a longer or shorter ending ("Nächste" / "nächsten", "Private" / "privat").
INFLECTED_MIN_CHARS = 6
INFLECTION_MAX_EXTRA = 2


def _common_word(word: str, lower: frozenset[str], ordered: Sequence[str]) -> bool:
    """``word`` or a form of it a short ending away is among the page's lowercase words.

    ``ordered`` is ``lower`` sorted: the longer forms are the words it holds under
    the prefix ``word`` (a bisection, not a pass over the page's vocabulary, which
    grows with the page); the shorter forms are ``word`` cut by up to two letters.
    """
    if word in lower:
        return True
    if len(word) < INFLECTED_MIN_CHARS:
        return False
    k = bisect_left(ordered, word)
    while k < len(ordered) and ordered[k].startswith(word):
        if len(ordered[k]) <= len(word) + INFLECTION_MAX_EXTRA:
            return True
        k += 1
    return any(word[:cut] in lower for cut in range(len(word) - INFLECTION_MAX_EXTRA, len(word)))


def _cue_word(word: str, cue_words: frozenset[str]) -> bool:
    """A word of the cue phrases, or one cut short of it ("Nächste" of "nächster artikel")."""
    if word in cue_words:
        return True
    if len(word) < INFLECTED_MIN_CHARS:
        return False
    return any(word + end in cue_words for end in _SHORT_ENDINGS)


# Endings a cue word may have beyond the name-shaped word ("nächste" / "nächster", "vorherige" / "vorherigen").
_SHORT_ENDINGS = ("s", "n", "r", "e", "en", "er", "es", "em")


# Each line is read up to this many characters for its lowercase words.
LOWER_SAMPLE_CHARS = 3000
_WORD = regex.compile(r"\w+")
_PLAIN_TOKEN = regex.compile(r"(?<![\w./@:#-])\p{Ll}[\p{Ll}'’]+(?![\w/@:-]|\.\w)")


def _lower_words(infos: list[LineInfo]) -> frozenset[str]:
    """Words the page writes in lowercase, in running text (not in addresses: "site.com/jane-doe")."""
    words: set[str] = set()
    for info in infos:
        if info.n_chars:
            words.update(_PLAIN_TOKEN.findall(info.text[:LOWER_SAMPLE_CHARS]))
    return frozenset(words)


def _drop_byline(infos: list[LineInfo], layout: Layout) -> None:
    index = layout.byline
    layout.byline_match, layout.byline = None, None
    if index is None:
        return
    info = infos[index]
    if index == layout.date:
        info.label, info.reason = "DATE", "date line (the name beside it reads as a phrase)"
    else:
        info.label, info.reason = "BOILERPLATE", "name-shaped line whose words the page writes in lowercase"


# How many non-blank lines above and below the article's date a name may stand.
NAME_BESIDE_DATE_REACH = 2
LABELLED_BESIDE_DATE_REACH = 4  # a labelled byline ("By Jane Doe")


def _byline_beside_date(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> bool:
    if layout.date is None or layout.date_match is None:
        return False
    line = infos[layout.date]
    if line.label in ("BODY", "COMMENTS", "HEADLINE"):
        return False  # a date read from the text or the headline: no header of the article
    own = name_beside_date(line.text, layout.date_match.text, lex)
    if own is not None and _plausible_byline(own, infos, layout):
        layout.byline_match, layout.byline = own, line.index
        line.label, line.reason = "BYLINE", "author name on the article's date line (with the date)"
        return True
    below = [i for i in infos[line.index + 1 :] if not i.blank][:LABELLED_BESIDE_DATE_REACH]
    above = nonblank_before(infos, line.index, LABELLED_BESIDE_DATE_REACH)
    for k, info in enumerate([x for pair in zip(above, below) for x in pair] + above[len(below) :] + below[len(above) :]):
        bm = info.byline
        if bm is None and info.kind == "title" and info.n_chars <= MAX_BYLINE_CHARS:
            # "Jane Doe and John Roe": several names and nothing else.
            bm = find_byline(info.text, lex, split_segments(info.text))
            if bm is not None and len(bm.authors) < 2:
                bm = None
        if bm is None or info.label in ("COMMENTS", "HEADLINE") or info.date is not None:
            continue
        if not bm.labelled and info.cue is not None:
            continue  # a heading or button of the page ("Recent Posts"), not a person
        if info.label == "BODY" and info.kind not in ("byline", "name", "title"):
            continue  # inside the text, only a line that is nothing but a byline or names
        if not bm.labelled and (k >= 2 * NAME_BESIDE_DATE_REACH or _over_caption(infos, info)):
            continue
        lo, hi = sorted((info.index, line.index))
        if not bm.labelled and any(i.kind in _PROSE for i in infos[lo + 1 : hi]):
            continue  # a paragraph stands between: a subheading of the text, not the date's name
        if not _plausible_byline(bm, infos, layout):
            continue
        _set_byline(info, bm, layout, "author name beside the article's date")
        return True
    return False


# Weighing the dates of the page when none stood near the article: each is
# costed by its distance (in non-blank lines) from the headline, or from the
# text when there is no headline; a date below costs double (the trailer holds
# teasers and comments). A label ("Published", "Updated") or a name beside it
# (title, author, date: the article's own header) takes some of the cost off.
# A date among others (a list of dated teasers) is no candidate.
FALLBACK_BELOW_FACTOR = 2
FALLBACK_LABEL_BONUS = 10
FALLBACK_NAME_BONUS = 8
FALLBACK_LIST_REACH = 4  # non-blank lines each side
FALLBACK_CAPTION_COST = 1000
FALLBACK_HEADLINE_COST = 1000  # a date inside the headline's own line, when nothing else has one
FALLBACK_LIST_MAX = 1  # other dated lines allowed that close ("Published ...", "Updated ...")


def _fallback_date(infos: list[LineInfo], first: int, layout: Layout, lex: Lexicon) -> None:
    """No date near the article: a dateline opening the text, else a dated metadata line
    a little further up, else the best-placed date with a year on the page (see the costs above)."""
    if _dateline(infos, first, layout, lex):
        return
    for info in nonblank_before(infos, first, FALLBACK_NEAR):
        if info.label not in ("RELATED", "COMMENTS", "HEADLINE") and _take_meta(info, layout, lex, "above the article", bare_names=False):
            if layout.date_match is not None and layout.date_match.has_year:
                return
    lines = [i for i in infos if not i.blank]
    dated: list[tuple[int, DateMatch]] = []  # (position among non-blank lines, date)
    for k, info in enumerate(lines):
        dm = _fallback_candidate(info, lex)
        if dm is not None:
            dated.append((k, dm))
    if not dated:
        return
    anchor = layout.headline if layout.headline is not None else first
    at = next((k for k, i in enumerate(lines) if i.index >= anchor), len(lines))
    positions = [k for k, _ in dated]
    best: tuple[float, int, DateMatch] | None = None
    for n, (k, dm) in enumerate(dated):
        near = sum(1 for j in positions[max(0, n - 3) : n + 4] if j != k and abs(j - k) <= FALLBACK_LIST_REACH)
        if near > FALLBACK_LIST_MAX:
            continue
        info = lines[k]
        cost = float(at - k if k < at else (k - at) * FALLBACK_BELOW_FACTOR)
        if info.label == "CAPTION" or info.kind == "caption":
            cost += FALLBACK_CAPTION_COST  # a photo's date, when nothing else has one
        if info.label == "HEADLINE":
            cost += FALLBACK_HEADLINE_COST
        if date_role(info.text, dm, lex) is not None:
            cost -= FALLBACK_LABEL_BONUS
        beside = lines[max(0, k - 2) : k] + lines[k + 1 : k + 3]
        if info.byline is not None or any(b.byline is not None and b.label not in ("BODY", "COMMENTS") for b in beside):
            cost -= FALLBACK_NAME_BONUS
        if best is None or cost < best[0]:
            best = (cost, k, dm)
    if best is not None:
        info = lines[best[1]]
        if layout.date is not None:
            layout.dropped_dates.append(layout.date)
        layout.date_match, layout.date = best[2], info.index
        layout.date_role = date_role(info.text, best[2], lex)
        # A date line takes its label; a line of the text holding a date stays text.
        if info.label not in ("BYLINE", "HEADLINE") and (info.label != "BODY" or info.date is not None):
            info.label, info.reason = "DATE", "best-placed dated line on the page"


# How many of the first lines of the text a dateline may open.
DATELINE_LINES = 3
# How far into such a line a publication label and its date may stand.
DATELINE_LABEL_CHARS = 80


def _dateline(infos: list[LineInfo], first: int, layout: Layout, lex: Lexicon) -> bool:
    """A full date opening one of the first lines of the text ("(21. November 2022) Die
    Verbraucher ...", "19.10.2019, 15:30 Uhr Am Samstag ..."): the article's date. The
    line stays text."""
    body = sorted(layout.body)
    # The first lines of the text, and of its run when a standfirst stands above it.
    for index in dict.fromkeys(body[:DATELINE_LINES] + [i for i in body if i >= first][:DATELINE_LINES]):
        if infos[index].kind not in ("good", "neargood"):
            continue  # a date line or a byline in the run: the fallback below weighs those
        text = infos[index].text
        dm = leading_date(text, lex)
        if dm is None and lex.date_labels.search(text[:DATELINE_LABEL_CHARS]) is not None:
            # "Posted on November 25, 2024 in News, Health ...": a publication label says so.
            dm = find_date(text[:DATELINE_LABEL_CHARS], lex)
            dm = dm if dm is not None and dm.has_year and date_role(text, dm, lex) == "published" else None
        if dm is None:
            # A standfirst signed at its end: "... beyond the U.S. and Canada. By Jane Doe on Dec. 19, 2025".
            signed = lex.byline_inline.search(text)
            if signed is not None and len(signed.group("rest")) <= DATELINE_LABEL_CHARS:
                dm = find_date(signed.group("rest"), lex)
                dm = dm if dm is not None and dm.has_year else None
        if dm is not None:
            if layout.date is not None:
                layout.dropped_dates.append(layout.date)
            layout.date_match, layout.date, layout.date_role = dm, index, None
            return True
    return False


def _fallback_candidate(info: LineInfo, lex: Lexicon) -> DateMatch | None:
    """The full date a line offers as the article's date, if any: a date line
    anywhere but in comments; inside the text, only a line that is a date."""
    if info.label == "COMMENTS" or info.n_chars > META_LINE_MAX_CHARS:
        return None
    if info.date is not None:
        return info.date if info.date.has_year else None
    if info.kind in ("good", "neargood"):
        # Prose offers a date only when it is little else: "Miércoles, 4 de Mayo de 2022 a las 07:46hrs."
        dm = match_date_line(info.text, lex, MAX_LEFTOVER_IN_SEGMENT)
    else:
        # A metadata line, also inside the run: "Jane Doe , 01. Dez. 2017, 12:01 Uhr 3 min Lesezeit"
        dm = find_date(info.text, lex)
    return dm if dm is not None and dm.has_year else None
