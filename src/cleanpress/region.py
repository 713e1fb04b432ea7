"""Where the article's run of text is (stage 5, step 1, see :mod:`cleanpress.context`).

The body is the contiguous run of lines with the highest total score (maximum-sum segment,
linear time), weighed by what stands above it; widgets the text goes on under are crossed, and
runs broken by a box, a table or a soft gap are chained. :func:`find_body_region` then widens
or trims the run's ends with the rules of :mod:`cleanpress.region_edges`."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

import regex

from .classify import DEFAULT_THRESHOLDS
from .dates import _YEAR_NEAR
from .features import LineInfo
from .headline import is_headline_shaped, nonblank_before
from .layout import _LIST_HEADS, _LIST_ITEM_KINDS, _PROSE, RELATED_BOX_TITLE_WORDS
from .lexicon import Lexicon, find_words
from .meta_lines import _next_nonblank
from .normalize import LONE_BULLETS
from .region_edges import (
    _SOCIAL_NETWORK,
    _extend_over_announced_list,
    _extend_over_embed_credit,
    _extend_over_facts,
    _extend_over_headed_block,
    _extend_over_marked_items,
    _extend_over_open_quote,
    _extend_over_records,
    _extend_over_repeated_section,
    _extend_over_sections,
    _interrupts,
    _lines_from,
    _profile_box,
    _take_salutation,
    _trim_about_person_tail,
    _trim_about_tail,
    _trim_address_tail,
    _trim_author_tail,
    _trim_copyright_inside,
    _trim_cta_tail,
    _trim_list_tail,
    _trim_question_tail,
    _trim_rubric_grid,
    _trim_series_tail,
    _trim_signup_tail,
    _trim_site_tail,
    _trim_teaser_tail,
    _trim_urge_tail,
    _trim_voice_tail,
)

_BARRIER_CUES = frozenset({"comments", "comment_form"})
# A feedback question the menu cues read ("Was this page helpful?", "War dieser Artikel hilfreich?")
# closes the text: at most this many words.
FEEDBACK_MAX_WORDS = 8


def _is_barrier(info: LineInfo) -> bool:
    """A comments heading standing alone ("Comments", "Leave a Reply") ends any article run.

    A counter with a number is no barrier: pages show "Комментарии: 0" in the
    header, above the text, as often as below it.
    """
    if info.comment_author:  # "Jane Doe says:": reader comments start here
        return True
    if info.kind == "cue" and info.cue == "nav" and info.n_words <= FEEDBACK_MAX_WORDS and info.text.rstrip().endswith("?"):
        return True  # "Was this page helpful?": the page's feedback box under the text
    return info.kind == "cue" and info.cue in _BARRIER_CUES and info.n_words <= 4 and info.counter is None


def _heads_thread(infos: list[LineInfo], index: int) -> bool:
    """A counter over a comment: "Comments (4)" / "Jane D." / "November 20, 2025 at 8:14 am".

    Under it the first reader's name and the date of the comment, so whatever prose
    follows is the thread, not more of the article (in a page's header the counter
    stands over the headline or the text instead).
    """
    below = [i for i in infos[index + 1 : index + 1 + THREAD_REACH] if not i.blank][:2]
    return len(below) == 2 and below[0].kind == "name" and below[1].kind == "date"


# How far below a counter its thread's first name and date may stand (blank lines included).
THREAD_REACH = 4


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
        # Only comment authors, cue lines and counters can be barriers: the others skip the call.
        barrier = ((info.comment_author or info.kind == "cue") and _is_barrier(info)) or (info.kind == "counter" and _heads_thread(infos, k))
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


# Share buttons between the byline and the text, one per line ("Facebook", "Twitter", "Share"), do
# not count in INTRO_WINDOW; INTRO_REACH lines at most are looked at.
INTRO_REACH = 12


def _share_button(info: LineInfo) -> bool:
    if info.n_words > 1:
        return False
    if info.kind == "cue" and info.cue in ("share", "comment_form"):
        return True
    return _SOCIAL_NETWORK.fullmatch(info.text.strip()) is not None


def _intro_lines(infos: list[LineInfo], first: int) -> list[LineInfo]:
    """Up to INTRO_WINDOW non-blank lines above ``first``, nearest first, share buttons left out."""
    out: list[LineInfo] = []
    seen = 0
    k = first - 1
    while k >= 0 and len(out) < INTRO_WINDOW and seen < INTRO_REACH:
        info = infos[k]
        k -= 1
        if info.blank:
            continue
        seen += 1
        if not _share_button(info):
            out.append(info)
    return out


def _intro(infos: list[LineInfo], first: int) -> float:
    above = _intro_lines(infos, first)
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
        if info.kind == "cue" and info.cue == "comments" and info.n_words == 1 and _heads_section_in_prose(lines, k):
            _demote_cue(info, "comments word between paragraphs, over paragraphs with no reader's name or date: a subheading")
            continue
        if info.kind != "cue" or info.cue not in _SUBHEAD_CUES or info.n_words > SUBHEAD_MAX_WORDS:
            continue
        if repeats[info.text] >= SUBHEAD_LIST_REPEATS and _heads_list_in_prose(lines, k):
            _demote_cue(info, "menu word under a paragraph over list items: a subheading")
            continue
        if _under_numbered_heading(lines, k):
            _demote_cue(info, "menu word under a numbered heading: a subheading of that section")
            continue
        if _first_announced_item(lines, k):
            _demote_cue(info, "menu word right under a sentence ending in a colon: an item of its list")
            continue
        if lines[k - 1].kind not in _PROSE or lines[k + 1].kind not in _PROSE:
            continue
        # Inside the text, not between an "about us" line and a teaser: two paragraphs on one side.
        if (k >= 2 and lines[k - 2].kind in _PROSE) or (k + 2 < len(lines) and lines[k + 2].kind in _PROSE):
            _demote_cue(info, "menu word between two paragraphs: a subheading")


# "Commentary" (Polish "Komentarz", German "Kommentar") heading the analysis part of a text: a
# comments word of one word between paragraphs of the text, with SECTION_PARAS_ABOVE paragraphs
# right above it and SECTION_PARAS_BELOW right under it, none of which is a reader's name, a
# date, a counter or a comment's author line. A thread under its heading shows its readers'
# names and dates between the comments, and a form shows its fields.
SECTION_PARAS_ABOVE = 2
SECTION_PARAS_BELOW = 3


def _heads_section_in_prose(lines: list[LineInfo], k: int) -> bool:
    above = lines[max(0, k - SECTION_PARAS_ABOVE) : k]
    below = lines[k + 1 : k + 1 + SECTION_PARAS_BELOW]
    if len(above) < SECTION_PARAS_ABOVE or len(below) < SECTION_PARAS_BELOW:
        return False
    return all(
        i.kind == "good" and i.cue is None and i.date is None and i.byline is None and i.counter is None and not i.comment_author and not i.n_you
        for i in (*above, *below)
    )


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


# "The tool is a good fit for:" over "Real Estate Agents", "Consultants & Coaches": a menu
# phrase of two words or more right under a sentence of ANNOUNCE_ITEM_MIN_WORDS words or
# more that ends in a colon and does not speak to the reader, over two more items (no cue),
# is the first item of the list the sentence announces.
ANNOUNCE_ITEM_MIN_WORDS = 4
ANNOUNCED_MENU_ITEM_MIN_WORDS = 2


def _first_announced_item(lines: list[LineInfo], k: int) -> bool:
    if k + 2 >= len(lines):
        return False
    above = lines[k - 1]
    return (
        lines[k].n_words >= ANNOUNCED_MENU_ITEM_MIN_WORDS  # "Home", "Search", "News" open a menu
        and above.kind in _ITEM_KINDS
        and above.n_words >= ANNOUNCE_ITEM_MIN_WORDS
        and not above.n_you  # "You are here:", "Search our site here:" head a menu
        and above.text.rstrip().endswith(":")
        and all(i.kind in _LIST_ITEM_KINDS and i.cue is None for i in lines[k + 1 : k + 3])
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
    edge: int,
    boxes: set[int] | None,
    step: int,
) -> int:
    """The article's text carried on across the widgets that split it: its end carried down
    (``step`` 1, ``edge`` the run's last line) or its start carried up (-1, its first line),
    over a block of ads and links with paragraphs in a row beyond it."""
    if sum(runs[k][0] for k in chain) < WIDGET_MIN_ABOVE:
        return edge
    # The chains the crossing may reach, by the line where they meet the block.
    beyond = {runs[c[0]][1]: c for c in chains} if step > 0 else {runs[c[-1]][2]: c for c in chains}
    for _ in range(WIDGET_MAX_CROSSINGS):
        far = _widget_gap(infos, edge, step)
        if far is None or far not in beyond or not _paragraphs_in_a_row(infos, far, step):
            break
        top, bottom = (edge, far) if step > 0 else (far, edge)
        block = _block_lines(infos, top + 1, bottom, top, bottom)
        if block is None:
            break
        if boxes is not None:
            boxes.update(block)
        edge = runs[beyond[far][-1]][2] if step > 0 else runs[beyond[far][0]][1]
    return edge


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
    chains = [c for c in _chains(infos, runs) if not (len(c) == 1 and _profile_box(infos, runs[c[0]][1], runs[c[0]][2]))]
    if not chains:
        return None
    weights = [sum(_run_weight(infos, runs[k], n) for k in c) for c in chains]
    chain = chains[_best_chain(infos, runs, chains, weights)]
    first, last = _merge_before(infos, runs, chain[0]), runs[chain[-1]][2]
    last = _cross_widgets(infos, runs, chains, chain, last, boxes, 1)
    first = _cross_widgets(infos, runs, chains, chain, first, boxes, -1)
    first = _over_teaser_card(infos, runs, first, boxes)
    first = _reach_intro_above(infos, runs, first)
    first = _take_salutation(infos, first)
    last = _trim_list_tail(infos, first, _trim_copyright_inside(infos, first, last))
    last = trimmed = _trim_address_tail(infos, first, _trim_teaser_tail(infos, first, last), lex)
    last = _trim_question_tail(infos, first, last)
    last = _trim_author_tail(infos, first, last)
    last = _trim_about_person_tail(infos, first, last)
    last = _trim_about_tail(infos, first, last, lex)
    last = _trim_voice_tail(infos, first, last, lex)
    last = _trim_cta_tail(infos, first, last, lex)
    last = _trim_site_tail(infos, first, last, lex)
    last = _trim_rubric_grid(infos, first, last)
    last = _trim_series_tail(infos, first, last)
    last = _trim_signup_tail(infos, first, last)
    last = _trim_urge_tail(infos, first, last, lex)
    if last != trimmed:
        last = _trim_teaser_tail(infos, first, last)  # a teaser the box cut off left bare
    last = _extend_over_headed_block(infos, _extend_over_announced_list(infos, _extend_over_facts(infos, last)))
    last = _extend_over_embed_credit(infos, _extend_over_open_quote(infos, _extend_over_marked_items(infos, last)))
    last = _extend_over_repeated_section(infos, first, _extend_over_sections(infos, first, last))
    return first, _extend_over_records(infos, first, last)


# Readers' comments under the article: a run that starts below a comments counter (a count of
# one or more) or heading, when a chain above that line is introduced itself (a date, byline or
# headline just above it) and weighs at least THREAD_RIVAL_SHARE of it, is a reader's comment
# and weighs UNDER_BARRIER_WEIGHT (a long comment under a short article outweighed it). A zero
# counter announces no comment (the form under it holds none); a counter over the text (a
# header's toolbar) has no introduced text above it.
THREAD_RIVAL_SHARE = 0.5
# ... and with at least this many lines between the counter and the run (a form, a reader's name
# and date): a toolbar's "Comments" link stands right over the text.
THREAD_MIN_LINES = 3
# A page shows a thread's count once or twice (the header's toolbar, the thread's heading); more
# counters above the run are a listing's, one per item.
THREAD_MAX_OPENERS = 2


def _thread_opener(info: LineInfo) -> bool:
    if info.kind == "counter":
        return info.counter is not None and info.counter > 0 and not info.comment_author
    return info.kind == "cue" and info.cue == "comments" and info.n_words <= 4


def _best_chain(infos: list[LineInfo], runs: list[tuple[float, int, int]], chains: list[list[int]], weights: list[float]) -> int:
    """The index of the chain that is the article: the heaviest, unless it stands under a
    comments counter or heading with an introduced chain of its weight above that line."""
    best = max(range(len(chains)), key=weights.__getitem__)
    start = runs[chains[best][0]][1]
    openers = [i.index for i in infos[:start] if not i.blank and _thread_opener(i)]
    if not openers or len(openers) > THREAD_MAX_OPENERS:
        return best  # a listing's items each show their count ("11 comments"): no thread
    opener = openers[0]
    if sum(1 for i in infos[opener + 1 : start] if not i.blank) < THREAD_MIN_LINES:
        return best  # a comments link in the header's toolbar stands right over the text
    rivals = [
        k
        for k, c in enumerate(chains)
        if runs[c[-1]][2] < opener and weights[k] >= THREAD_RIVAL_SHARE * weights[best] and _intro(infos, runs[c[0]][1])
    ]
    if not rivals:
        return best
    weights = [w * UNDER_BARRIER_WEIGHT if runs[chains[k][0]][1] > opener else w for k, w in enumerate(weights)]
    return max(range(len(chains)), key=weights.__getitem__)


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


# A table's source credit in a gap ("© Example Data Inc. — used by permission": a copyright line of
# at most TABLE_CREDIT_MAX_WORDS words, no sentence and no year, with a table row among the
# TABLE_CREDIT_REACH lines above it; a layout renderer may leave a row with a wide cell unread)
# counts as its rows do: neither gap nor the page's footer, whose notice names its year.
TABLE_CREDIT_MAX_WORDS = 12
TABLE_CREDIT_REACH = 4


def _table_credit(info: LineInfo) -> bool:
    return info.copyright and info.n_words <= TABLE_CREDIT_MAX_WORDS and not info.terminal and not _YEAR_NEAR.search(info.text)


def _soft_gap(infos: list[LineInfo], start: int, stop: int, limit: int, hard: frozenset[str], boxes: bool = False) -> bool:
    gap = rows = 0
    box = -1  # lines seen under a related heading crossed in this gap (-1: none)
    since_row = TABLE_CREDIT_REACH  # non-blank lines since the last table row
    for info in infos[start:stop]:
        if info.blank:
            continue
        if info.table:
            # A table inside the article: its rows neither count as gap nor end it.
            rows += 1
            if rows > MERGE_MAX_TABLE_ROWS:
                return False
            since_row = 0
            continue
        if since_row < TABLE_CREDIT_REACH and _table_credit(info):
            since_row = TABLE_CREDIT_REACH
            continue  # the table's credit
        since_row += 1
        gap += 1
        if gap > limit or info.copyright:
            return False
        if box >= 0 and info.cue != "ad":
            box += 1
            if box > RELATED_BOX_MAX_ITEMS and not _teaser_box(infos, start, stop, box):
                return False
            if box > RELATED_BOX_MAX_ITEMS or _teaser_meta(info):
                continue  # inside a box of teasers: rubrics, bylines and dates are the teasers'
        if info.kind in hard and not _interrupts(info) and not _cell_cue(infos, info):
            if box >= 0 or not boxes or not _box_heading(info):
                return False
            box = 0
    return True


# A table set one cell per line: a cell that reads as a list heading ("Recommended
# Approach") stands between two short cells; it neither counts as a heading nor ends the gap.
CELL_MAX_WORDS = 4
CELL_ROWS_SEEN = 12  # lines under the cell searched for a value said twice


def _short_cell(info: LineInfo) -> bool:
    return info.kind in ("short", "title", "name") and info.cue is None and info.n_words <= CELL_MAX_WORDS


def _cell_cue(infos: list[LineInfo], info: LineInfo) -> bool:
    if info.kind != "cue" or info.cue not in ("related", "most_read") or info.n_words > CELL_MAX_WORDS or ":" in info.text:
        return False
    above = nonblank_before(infos, info.index, 1)
    below = _next_nonblank(infos, info.index)
    if not above or not _short_cell(above[0]) or below is None or not _short_cell(infos[below]):
        return False
    # a column's values come again within the rows of short cells under it ("Strong fit", "High risk")
    seen: set[str] = set()
    cells = 0
    for under in _lines_from(infos, below):
        if under.blank:
            continue
        cells += 1
        if cells > CELL_ROWS_SEEN:
            break
        if not _short_cell(under):
            return False  # a teaser's sentence: cards, not a table
        if under.text in seen:
            return True
        seen.add(under.text)
    return False


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


# What a gap may not hold. Going down the page, photos occur inside articles;
# going up, they belong to the header. A date ends an article (teasers carry dates).
_HARD_BELOW = frozenset({"cue", "counter", "byline", "date"})
_HARD_ABOVE = frozenset({"cue", "counter", "byline", "date", "caption"})


# A gap holding this many table rows holds a table of the article: its rows cost nothing.
TABLE_MIN_ROWS = 3


def _gap_cost(infos: list[LineInfo], start: int, stop: int) -> float:
    gap = infos[start:stop]
    table = sum(1 for i in gap if i.table) >= TABLE_MIN_ROWS
    cost = 0.0
    announced = False  # under a line ending in a colon: the items of the list it announces cost nothing
    for i in gap:
        if i.blank:
            continue
        if announced and i.kind in _LIST_ITEM_KINDS and i.cue is None:
            continue
        announced = i.text.rstrip().endswith(":") and i.cue is None
        if not (table and i.table):
            cost -= i.score
    return cost



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


# A teaser card set into the text right over the run ("Read more" / a rubric / the teaser's
# title / its summary): the run started inside the card, and the article's opening stands above
# it, across at most TEASER_CARD_ADS ad markers ("Advertisement"), as a run of its own with a
# headline, date or byline just above it. The text starts there; the card's lines are a box of
# links inside it. With a rubric between the heading and the title the card is whole, and the
# run's first paragraph (TEASER_MAX_CHARS or fewer, speaking of the title) is its summary; without
# one the paragraph may be the text going on under a bare link, and stays.
TEASER_CARD_ADS = 4
TEASER_CARD_RUBRIC_WORDS = 3


def _over_teaser_card(infos: list[LineInfo], runs: list[tuple[float, int, int]], first: int, boxes: set[int] | None) -> int:
    above = nonblank_before(infos, first, 3)
    if len(above) < 2:
        return first
    title = above[0]
    if title.kind not in ("title", "neargood") or title.n_words < RELATED_BOX_TITLE_WORDS or title.terminal:
        return first
    rubric = above[1] if _card_rubric(above[1]) else None
    heading = above[2] if rubric is not None and len(above) > 2 else above[1]
    if not _box_heading(heading) or heading.cue not in ("related", "most_read"):
        return first
    k = heading.index - 1
    ads = 0
    while k >= 0 and (infos[k].blank or _ad_marker(infos[k])):
        ads += 0 if infos[k].blank else 1
        if ads > TEASER_CARD_ADS:
            return first
        k -= 1
    at = bisect_left(runs, k, key=lambda r: r[2])
    # several runs may end on one line (rescans): the one that reaches farthest up
    opening = [r for r in runs[at:] if r[2] == k]
    if not opening:
        return first
    start = min(r[1] for r in opening)
    if not _intro(infos, start):
        return first
    card = [heading.index, title.index] + ([rubric.index] if rubric is not None else [])
    if rubric is not None and card_summary(title, infos[first]):
        card.append(first)
    if boxes is not None:
        boxes.update(card)
    return start


# A teaser's summary speaks of its title: CARD_SHARED_STEMS words of CARD_STEM_CHARS letters or
# more begin alike in both ("Harbour bridge may close ..." over "... close the old harbour bridge").
CARD_SHARED_STEMS = 2
CARD_STEM_CHARS = 5


def card_summary(title: LineInfo, summary: LineInfo) -> bool:
    """Is ``summary`` (a paragraph under a teaser card's title) that teaser's summary: a short
    paragraph speaking of the title, not the text going on under a box about something else?"""
    if summary.kind != "good" or summary.n_chars > TEASER_MAX_CHARS:
        return False
    own, said = (_stems(info.text) for info in (title, summary))
    return len(own & said) >= CARD_SHARED_STEMS


def _stems(text: str) -> set[str]:
    """The first CARD_STEM_CHARS letters of each word of ``text`` that has as many."""
    return {w[:CARD_STEM_CHARS] for w in find_words(text.casefold()) if len(w) >= CARD_STEM_CHARS}


def _card_rubric(info: LineInfo) -> bool:
    """A teaser card's rubric: a word or two naming the section ("Konflikte", "Local News")."""
    if info.n_words > TEASER_CARD_RUBRIC_WORDS or info.terminal:
        return False
    return info.kind in ("short", "name") or (info.kind == "cue" and info.cue == "nav")


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


# The gap may also hold one date (a review's "As of: July 2025" over its detailed part) when it
# holds the text's table of contents: at least TOC_MIN_ENTRIES of its lines stand again, word for
# word, as lines of the text within TOC_SCAN_LINES lines under its first (its section headings).
TOC_MIN_ENTRIES = 3
TOC_SCAN_LINES = 3000
INTRO_ABOVE_MAX_DATES = 1



def _entry_text(info: LineInfo) -> str:
    """A line's text without its list bullet (a layout renderer writes a contents entry as `+ Title`)."""
    text = info.text
    return text[2:] if len(text) > 2 and text[0] in LONE_BULLETS and text[1] == " " else text


def _contents_entries(infos: list[LineInfo], start: int, stop: int, first: int) -> int:
    """How many lines of ``infos[start:stop]`` stand again as lines of the text under ``first``."""
    below = {_entry_text(info) for info in infos[first : first + TOC_SCAN_LINES] if not info.blank and info.score <= 0}
    return sum(1 for info in infos[start:stop] if not info.blank and info.n_words >= 2 and _entry_text(info) in below)


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
    gap = nav = dates = 0
    for info in infos[b + 1 : first]:
        if info.blank or info.score > 0:
            continue
        gap += 1
        if info.kind == "date" and dates < INTRO_ABOVE_MAX_DATES:
            dates += 1
            continue
        if gap > INTRO_ABOVE_MAX_GAP or info.kind in _INTRO_GAP_HARD or info.copyright or info.comment_author:
            return first
        if info.kind == "cue":
            if info.cue not in _INTRO_GAP_CUES:
                return first
            if info.cue == "nav":
                nav += 1
                if nav > INTRO_ABOVE_MAX_NAV:
                    return first
    if dates and _contents_entries(infos, b + 1, first, first) < TOC_MIN_ENTRIES:
        return first
    return a
