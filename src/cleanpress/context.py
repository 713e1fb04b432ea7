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
from itertools import islice
from typing import Iterable

import regex

from .bylines import BylineMatch, find_byline
from .dates import DateMatch, find_date, split_segments
from .features import LineInfo, explain
from .lexicon import Lexicon
from .widgets import CommentBlock, RelatedBlock, find_comment_sections, find_related_lists, find_tags

__all__ = ["Layout", "find_body_region", "lay_out"]

# How many non-blank lines above the body the headline may stand.
HEADER_WINDOW = 30
# How many non-blank lines after the body a trailing date or labelled byline may stand.
TRAILER_WINDOW = 4
# A headline has at least / at most this many words.
HEADLINE_MIN_WORDS = 1
HEADLINE_MAX_WORDS = 30
# Each line of distance from the body costs a headline candidate this many words.
HEADLINE_DISTANCE_COST = 0.3

_BARRIER_CUES = frozenset({"comments", "comment_form"})


@dataclass
class Layout:
    """Which lines play which part; the assembly stage turns this into a Document."""

    body: list[int] = field(default_factory=list)
    headline: int | None = None
    date: int | None = None
    byline: int | None = None
    date_match: DateMatch | None = None
    dropped_dates: list[int] = field(default_factory=list)  # yearless dates a full one replaced
    byline_match: BylineMatch | None = None
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
    instead of only the best one, so a later stage can weigh them.
    """
    runs: list[tuple[float, int, int]] = []
    best: tuple[float, int, int] | None = None
    run_sum, run_start = 0.0, -1
    for info in infos:
        if not info.n_chars:  # blank
            continue
        # Only comment authors and cue lines can be barriers: the others skip the call.
        barrier = (info.comment_author or info.kind == "cue") and _is_barrier(info)
        if barrier or (run_start >= 0 and run_sum + info.score <= 0):
            if best is not None:
                runs.append(best)
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
        runs.append(best)
    return runs


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
LATE_PENALTY = 0.8
# "МОСКВА, 4 янв - РИА Новости.", "BERLIN, 3. Mai (dpa) -": a place, a date with a digit, a dash.
_DATELINE = regex.compile(r"^[^\d\n]{2,40}?,\s[^\n]{0,20}?\d[^\n]{0,25}?\s[-—–]\s")


def _intro(infos: list[LineInfo], first: int) -> float:
    above = _nonblank_before(infos, first, INTRO_WINDOW)
    found = 0.0
    if any(i.kind == "date" or i.date is not None for i in above):
        found += INTRO_DATE_WEIGHT
    if any(i.kind == "byline" or (i.byline is not None and i.byline.labelled) for i in above[:3]):
        found += 1
    if any(_headline_candidate(i) and i.n_words >= 4 and i.kind != "good" for i in above[:3]):
        found += 1
    if _DATELINE.match(infos[first].text):
        found += 1
    return found


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
    position = first / max(1, n_lines)
    if position > LATE_START:
        weight *= 1.0 - LATE_PENALTY * (position - LATE_START) / (1.0 - LATE_START)
    return score * weight


def find_body_region(infos: list[LineInfo]) -> tuple[int, int] | None:
    """(first, last) line index of the article's run of text, or None when there is no prose.

    The best-weighted run is then joined with the runs that continue the
    article past a list, a table or a subheading block (see :func:`_merge_runs`).
    """
    runs = candidate_runs(infos)
    if not runs:
        return None
    n = len(infos)
    best = max(range(len(runs)), key=lambda k: _run_weight(infos, runs[k], n))
    first, last = _merge_runs(infos, runs, best)
    return first, _trim_teaser_tail(infos, first, last)


# A title opening the run has at most this many words.
OPENER_MAX_WORDS = 15


def _ends_with_period(info: LineInfo) -> bool:
    return info.text.rstrip("»”\"')").endswith((".", "…"))


def _ends_sentence(info: LineInfo) -> bool:
    return info.text.rstrip("»”\"')").endswith((".", "…", "!"))


def _trim_teaser_tail(infos: list[LineInfo], first: int, last: int) -> int:
    """Cut a rubric and its teaser off the end of the run: "ЖКХ" then "Сколько будет стоить ...?".

    An article ends on a sentence; a one-to-three-word line followed by a line
    that does not end one is a teaser that joined the run because it reads as prose.
    """
    while True:
        # The last three non-blank lines of the run, found walking back from its end.
        tail: list[LineInfo] = []
        k = last
        while k >= first and len(tail) < 3:
            if not infos[k].blank:
                tail.insert(0, infos[k])
            k -= 1
        if len(tail) < 3 or _ends_sentence(tail[-1]) or tail[-2].kind != "short":
            return last
        last = tail[0].index


# Joining runs: an article broken by a list, a table or a block of subheadings
# goes on after it. A following run joins when the lines between hold no
# boilerplate cue, no date or byline, are at most MERGE_MAX_GAP lines, and the
# run has at least MERGE_MIN_SCORE (a real paragraph). A run before the best
# one joins only across a short gap (above the text stand headlines and teasers).
MERGE_MAX_GAP = 30
MERGE_MAX_GAP_BEFORE = 20
MERGE_MIN_SCORE = 1.5


def _soft_gap(infos: list[LineInfo], start: int, stop: int, limit: int, hard: frozenset[str]) -> bool:
    gap = 0
    for info in infos[start:stop]:
        if info.blank:
            continue
        gap += 1
        if gap > limit or (info.kind in hard and not _interrupts(info)) or info.copyright:
            return False
    return True


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


def _merge_runs(infos: list[LineInfo], runs: list[tuple[float, int, int]], best: int) -> tuple[int, int]:
    first, last = runs[best][1], runs[best][2]
    for score, a, b in runs[best + 1 :]:
        if not _soft_gap(infos, last + 1, a, MERGE_MAX_GAP, _HARD_BELOW):
            break
        if score >= MERGE_MIN_SCORE:  # a weak run (one short sentence) joins only with a later strong one
            last = b
    for score, a, b in reversed(runs[:best]):
        if not _soft_gap(infos, b + 1, first, MERGE_MAX_GAP_BEFORE, _HARD_ABOVE):
            break
        if score >= MERGE_MIN_SCORE:
            first = a
    return first, last


def lay_out(infos: list[LineInfo], lex: Lexicon) -> Layout:
    """Decide every line's final label and collect the parts of the article."""
    layout = Layout()
    region = find_body_region(infos)
    if region is None:
        # No prose at all: still find widgets, label the rest as boilerplate.
        _trailer(infos, 0, layout, lex)
        return layout
    first, last = region
    _body(infos, first, last, layout, lex)
    _header(infos, first, layout, lex)
    _trailer(infos, last + 1, layout, lex)
    if layout.date_match is None or not (layout.date_match.has_year or layout.date_match.relative):
        _fallback_date(infos, first, layout, lex)
    if layout.byline_match is None:
        _fallback_byline(infos, first, last, layout)
    for index in layout.dropped_dates:
        if index != layout.date and infos[index].label == "DATE":
            infos[index].label, infos[index].reason = "BOILERPLATE", "date without a year; a full date stands elsewhere"
    # Every line labelled BODY is in the body, and every body line says so.
    body = set(layout.body)
    for info in infos:
        if info.label == "BODY" and info.index not in body:
            info.label, info.reason = "BOILERPLATE", explain("{} line outside the article", info.kind)
    return layout


# Name, date and byline lines among the first lines of the run are the
# article's metadata, not its text.
META_IN_RUN = 4


def _body(infos: list[LineInfo], first: int, last: int, layout: Layout, lex: Lexicon) -> None:
    """Label the lines of the run between ``first`` and ``last``."""
    seen = 0
    for info in infos[first : last + 1]:
        if info.blank:
            continue
        seen += 1
        if seen <= META_IN_RUN and info.kind in ("name", "date", "byline", "title", "short", "bad"):
            if _take_meta(info, layout, lex, "at the top of the text", bare_names=_beside_date(infos, info)):
                continue
        if info.kind == "caption":
            layout.captions.append(info.index)
        elif info.label == "RELATED":
            layout.related.extend(find_related_lists([info])[0])
        elif info.kind in ("good", "neargood", "title", "short", "name", "bad", "date", "byline"):
            info.label, info.reason = "BODY", explain("inside the article's run of text ({})", info.kind)
            layout.body.append(info.index)


def _nonblank_before(infos: list[LineInfo], index: int, limit: int) -> list[LineInfo]:
    out: list[LineInfo] = []
    i = index - 1
    while i >= 0 and len(out) < limit:
        if not infos[i].blank:
            out.append(infos[i])
        i -= 1
    return out  # nearest first


def _menu_row(text: str) -> bool:
    """ "Новости · Статьи · Видео · Фото": three or more short pieces between separators."""
    pieces = split_segments(text)
    return len(pieces) >= 3 and all(len(p.split()) <= 3 for p in pieces)


def _headline_candidate(info: LineInfo) -> bool:
    if not HEADLINE_MIN_WORDS <= info.n_words <= HEADLINE_MAX_WORDS or info.label == "TAGS":
        return False
    if _menu_row(info.text):
        return False
    if info.kind in ("title", "short", "name"):
        return info.kind != "name" or info.n_words > 4
    if info.kind in ("neargood", "good"):
        return not info.text.rstrip("»”\"' ").endswith(".") and info.n_words <= HEADLINE_MAX_WORDS
    return False


# Headline scoring: what a candidate gains or loses besides its words and distance.
HEADLINE_META_BELOW_BONUS = 5.0  # a date or byline right under it
HEADLINE_NO_STOPWORDS_COST = 2.0  # a row of menu words or share buttons, not a sentence
HEADLINE_LOWERCASE_COST = 3.0  # starts in the middle of something
HEADLINE_COLON_END_COST = 3.0  # a lead-in ("Read more:")
HEADLINE_WORDS_CAP = 12
HEADLINE_REPEATED_BONUS = 2.0
HEADLINE_CAPTION_COST = 6.0
HEADLINE_MIN_SCORE = 3.0  # below this, no headline: "Accept" above the text is no title
HEADLINE_LEDE_WEIGHT = 14.0  # times the share of its content words the lede repeats
HEADLINE_LEDE_MIN_WORDS = 4
HEADLINE_STANDFIRST_BONUS = 2.0  # a shorter line right above a longer one: title, then standfirst
HEADLINE_STANDFIRST_MIN_WORDS = 8
HEADLINE_BREADCRUMB_COST = 6.0  # "Home / News / Title"


def _is_meta(info: LineInfo, lex: Lexicon, known: dict[int, bool]) -> bool:
    """Does the line carry a date or a labelled byline, alone or among other pieces?

    ``known`` holds the answers already given (by line index): the header asks
    about the same few lines again and again.
    """
    cached = known.get(info.index)
    if cached is None:
        if info.kind in ("date", "byline") or info.date is not None or (info.byline is not None and info.byline.labelled):
            cached = True
        elif info.n_chars > META_LINE_MAX_CHARS or info.kind == "good":
            cached = False
        else:
            bm = find_byline(info.text, lex, split_segments(info.text))
            # A labelled byline, or several names ("Айгерім Сапарова, Ерлан Нұрланұлы").
            cached = find_date(info.text, lex) is not None or (bm is not None and (bm.labelled or len(bm.authors) > 1))
        known[info.index] = cached
    return cached


_BREADCRUMB = regex.compile(r"(?:\s[/›»>|]\s.*){2}")
_WORD = regex.compile(r"\w+")
# Words are compared by their first letters, so inflected forms meet ("самолёта", "самолет");
# the lede is the first LEDE_LINES paragraphs, each read up to STEM_SAMPLE_CHARS.
STEM_CHARS = 5
LEDE_LINES = 3
STEM_SAMPLE_CHARS = 3000


def _stems(text: str, lex: Lexicon) -> set[str]:
    sample = text[:STEM_SAMPLE_CHARS]
    return {w[:STEM_CHARS] for w in _WORD.findall(sample.casefold()) if w not in lex.stopwords and not w.isdigit()}


def _lede_stems(infos: list[LineInfo], first: int, lex: Lexicon) -> set[str]:
    """Content words of the first paragraphs of the text: a headline speaks of the same things."""
    stems: set[str] = set()
    taken = 0
    for info in islice(infos, first, None):
        if info.kind in ("good", "neargood"):
            stems |= _stems(info.text, lex)
            taken += 1
            if taken >= LEDE_LINES:
                break
    return stems


def _headline_score(info: LineInfo, dist: int, below: list[LineInfo], lex: Lexicon, lede: set[str], known: dict[int, bool]) -> float:
    score = min(info.n_words, HEADLINE_WORDS_CAP) - HEADLINE_DISTANCE_COST * dist
    own = _stems(info.text, lex)
    if own and lede:
        # A one-word rubric ("Хоккей") that the lede happens to repeat is no headline.
        score += HEADLINE_LEDE_WEIGHT * len(own & lede) / max(len(own), HEADLINE_LEDE_MIN_WORDS)
    if (
        below
        and _headline_candidate(below[0])
        and below[0].n_words > max(info.n_words, HEADLINE_STANDFIRST_MIN_WORDS - 1)
        and not _is_meta(below[0], lex, known)
    ):
        score += HEADLINE_STANDFIRST_BONUS
    if _BREADCRUMB.search(info.text):
        score -= HEADLINE_BREADCRUMB_COST
    if below and (below[0].copyright or below[0].kind == "caption") and below[0].n_words <= 8:
        score -= HEADLINE_CAPTION_COST  # a photo's caption, with its credit under it
    stop_language = bool(lex.stopwords)
    # The date or byline under a headline, looking through captions and share rows.
    under = [b for b in below[:4] if b.kind != "caption"]
    if under and _is_meta(under[0], lex, known):
        score += HEADLINE_META_BELOW_BONUS
    elif len(under) > 1 and _is_meta(under[1], lex, known):
        score += HEADLINE_META_BELOW_BONUS / 2
    if stop_language and info.n_stop == 0 and info.n_words >= 3:
        score -= HEADLINE_NO_STOPWORDS_COST
    if info.text[:1].islower():
        score -= HEADLINE_LOWERCASE_COST
    if info.ends_colon:
        score -= HEADLINE_COLON_END_COST
    return score


# Lines under the headline longer than this are text (a standfirst), not tags.
HEADER_TEXT_MIN_WORDS = 6
# Metadata (date, byline) is looked for from this many lines above the headline
# down to the body, and this many lines above the body when there is no headline.
META_ABOVE_HEADLINE = 3
META_WITHOUT_HEADLINE = 8
META_LINE_MAX_CHARS = 160


# How many lines (blank ones included) under the headline a bare name may stand.
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
    above = _nonblank_before(infos, info.index, 1)
    near = ([infos[below]] if below is not None else []) + above
    return any(n.kind == "date" or n.date is not None for n in near)


def _take_meta(info: LineInfo, layout: Layout, lex: Lexicon, where: str, bare_names: bool) -> bool:
    """Take the date and/or byline this line holds, if still missing; label the line."""
    if info.n_chars > META_LINE_MAX_CHARS or info.kind in ("good", "cue") or info.label in ("HEADLINE", "RELATED", "COMMENTS"):
        return False
    segments = split_segments(info.text)
    dm = find_date(info.text, lex)
    took_byline = took_date = False
    if layout.byline_match is None:
        bm = find_byline(info.text, lex, segments)
        # A name sharing its line with a date ("23.06.2016 - Markus Reuter") is beside one.
        beside = bm is not None and not bm.labelled and len(segments) > 1 and dm is not None
        if bm is not None and (bm.labelled or bare_names or beside):
            layout.byline_match, layout.byline = bm, info.index
            took_byline = True
    weak = layout.date_match is not None and not layout.date_match.has_year and not layout.date_match.relative
    if layout.date_match is None or weak:
        # A full date beats one without a year ("9 min", "Aug 15") found earlier;
        # a relative date ("вчера, 12:30") stands.
        if dm is not None and (layout.date_match is None or dm.has_year):
            if layout.date is not None and layout.date != layout.byline:
                layout.dropped_dates.append(layout.date)
            layout.date_match, layout.date = dm, info.index
            took_date = True
    if took_byline:
        kind = "label" if layout.byline_match and layout.byline_match.labelled else "name"
        info.label, info.reason = "BYLINE", f"byline {kind} {where}" + (" (with the date)" if took_date else "")
    elif took_date:
        info.label, info.reason = "DATE", f"date {where}"
    return took_byline or took_date


def _header(infos: list[LineInfo], first: int, layout: Layout, lex: Lexicon) -> None:
    above = _nonblank_before(infos, first, HEADER_WINDOW)
    best: tuple[float, LineInfo] | None = None
    lede = _lede_stems(infos, first, lex)
    seen: dict[str, int] = {}
    for info in above:
        seen[info.text] = seen.get(info.text, 0) + 1
    known_meta: dict[int, bool] = {}
    for dist, info in enumerate(above):
        if not _headline_candidate(info) or _is_meta(info, lex, known_meta):
            continue
        below = list(reversed(above[:dist]))
        score = _headline_score(info, dist, below, lex, lede, known_meta)
        if seen[info.text] > 1 and info.n_words >= 3:
            score += HEADLINE_REPEATED_BONUS  # a breadcrumb or a share text repeats the title
        if score >= HEADLINE_MIN_SCORE and (best is None or score > best[0]):
            best = (score, info)
    if best is None and layout.body and layout.body[0] == first:
        # Nothing above: the run may open with its own title ("Why Live in a Tiny House?").
        opener = infos[first]
        rest = [i for i in layout.body[1:3] if infos[i].kind == "good"]
        if rest and 3 <= opener.n_words <= OPENER_MAX_WORDS and not _ends_with_period(opener) and opener.kind != "good":
            layout.body.remove(first)
            best = (0.0, opener)
    head_index = best[1].index if best else first
    if best is not None:
        h = best[1]
        h.label, h.reason = "HEADLINE", "title-like line heading the article's text"
        layout.headline = h.index
    # Date and byline: around the headline and down to the body.
    if best is not None:
        meta_start = min([i.index for i in _nonblank_before(infos, head_index, META_ABOVE_HEADLINE)] or [head_index])
    else:
        meta_start = min([i.index for i in _nonblank_before(infos, first, META_WITHOUT_HEADLINE)] or [first])
    for info in infos[meta_start:first]:
        if not info.blank and info.index != head_index:
            # A bare name is a byline just under the headline or beside a date.
            near_headline = best is not None and 0 < info.index - head_index <= NAME_UNDER_HEADLINE
            bare = (info.index > head_index or best is None) and (_beside_date(infos, info) or near_headline)
            _take_meta(info, layout, lex, "by the headline", bare_names=bare)
    # The header zone between the headline and the body: tags and captions.
    zone = [i for i in infos[head_index + 1 : first] if not i.blank] if best else []
    for info in zone:
        if info.label in ("DATE", "BYLINE"):
            continue
        if info.kind == "caption":
            layout.captions.append(info.index)
        elif info.byline is not None and not info.byline.labelled and layout.byline is not None:
            info.label, info.reason = "BYLINE", "further author name in the header"
        elif info.kind in ("short", "title", "name") and info.n_words <= 6:
            info.label, info.reason = "TAGS", "rubric label between the headline and the text"
            layout.tags.append(info.text)
        elif info.kind == "cue":
            pass  # keeps its cue label (share row, counter...)
        elif (info.kind in ("good", "neargood") and info.n_words > HEADER_TEXT_MIN_WORDS) or info.n_words > 2 * HEADER_TEXT_MIN_WORDS:
            # A standfirst or a first paragraph cut off from the run by a photo or a share row.
            info.label, info.reason = "BODY", "text between the headline and the body"
            layout.body.append(info.index)
        else:
            info.label, info.reason = "BOILERPLATE", "in the header, neither date, byline nor tag"
    # Above the headline (or above the body when there is none): navigation and teasers.
    _outside(islice(infos, head_index if best else first), layout, where="before the article")


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
    after = [i for i in islice(infos, start, None) if not i.blank]
    if layout.body:
        for k, info in enumerate(after[:TRAILER_WINDOW]):
            if layout.byline_match is None or layout.date_match is None:
                # A bare name signs the article right under it, if no list of names follows.
                lone = k < 2 and not (k + 1 < len(after) and after[k + 1].byline is not None)
                _take_meta(info, layout, lex, "after the text", bare_names=lone)
    _outside(after, layout, where="after the article")


FALLBACK_NEAR = 12
# A labelled byline ("By Jane Doe") counts this far above or below the text.
BYLINE_REACH_ABOVE = 40
BYLINE_REACH_BELOW = 10


def _fallback_byline(infos: list[LineInfo], first: int, last: int, layout: Layout) -> None:
    """No byline near the headline: the nearest labelled byline line around the text."""
    above = _nonblank_before(infos, first, BYLINE_REACH_ABOVE)
    below = [i for i in infos[last + 1 :] if not i.blank][:BYLINE_REACH_BELOW]
    for info in [x for pair in zip(above, below) for x in pair] + above[len(below) :] + below[len(above) :]:
        bm = info.byline
        if bm is not None and bm.labelled and info.label not in ("RELATED", "COMMENTS", "HEADLINE"):
            layout.byline_match, layout.byline = bm, info.index
            info.label, info.reason = "BYLINE", "nearest labelled byline to the text"
            return


def _fallback_date(infos: list[LineInfo], first: int, layout: Layout, lex: Lexicon) -> None:
    """No date near the article: a dated metadata line a little further up, else the
    nearest date line with a year outside the body and the widgets."""
    for info in _nonblank_before(infos, first, FALLBACK_NEAR):
        if info.label not in ("RELATED", "COMMENTS", "HEADLINE") and _take_meta(info, layout, lex, "above the article", bare_names=False):
            if layout.date_match is not None and layout.date_match.has_year:
                return
    best: tuple[int, LineInfo] | None = None
    for info in infos:
        if info.date is None or not info.date.has_year or info.label in ("BODY", "RELATED", "COMMENTS"):
            continue
        distance = abs(info.index - first) * (1 if info.index < first else 2)
        if best is None or distance < best[0]:
            best = (distance, info)
    if best is not None:
        info = best[1]
        if layout.date is not None:
            layout.dropped_dates.append(layout.date)
        layout.date_match, layout.date = info.date, info.index
        info.label, info.reason = "DATE", "nearest dated line to the article"
