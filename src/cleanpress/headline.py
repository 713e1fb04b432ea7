"""Stage 5b: which line heads the article.

The body run is known (see :mod:`cleanpress.context`); the headline is one of
the title-like lines above it, or the run's own first line when nothing stands
above it. Each candidate is described by a few dozen cheap facts (how far above
the text it stands, whether a date or byline sits under it, how many of its
words the lede repeats, whether the page repeats it, its shape), and a small
linear model weighs them: the best-scoring candidate wins, unless even the best
scores below a floor, and then there is no headline.

The weights live in ``data/headline_model.json``. They were fitted by
``python training/train_headline.py --corpus ../shared/corpus`` (a conditional
logit: for each page, the softmax over its candidates should put the gold
headline first), validated on sites held out from the fit; see
``docs/accuracy.md``. Candidate generation and features are here, in one place,
so that training and parsing cannot drift apart.
"""

from __future__ import annotations

import json
import math
import operator
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from .bylines import find_byline, is_news_agency
from .classify import classify_line, min_stop_ratio
from .dates import find_date, match_date_line, split_segments
from .features import LineInfo, describe_piece
from .layout import _LIST_HEADS, RELATED_BOX_TITLE_WORDS, Layout
from .lexicon import Lexicon, find_words

__all__ = ["Candidate", "FEATURES", "HeadlineModel", "anchored", "candidates", "choose_headline", "colon_halves", "colon_joined", "headline_text", "is_meta", "nonblank_after", "nonblank_before", "page_counts", "site_tail_cut"]

# How many non-blank lines above the body the headline may stand.
HEADER_WINDOW = 60
# Farther up than that, up to FAR_WINDOW lines, only a line that speaks of the text's
# things (this share of its words in the first paragraphs) is a candidate: a long
# table of contents or a product box may stand between a listicle's title and its text.
# Half its words suffice (a title says "Top 10 ... in 2025", the text names the items):
# all of them (1.0) left 4-6 % of fundus and wcxb titles out of reach.
FAR_WINDOW = 300
FAR_MIN_SHARE = 0.5
FAR_MIN_WORDS = 4
# A headline has at least / at most this many words.
HEADLINE_MIN_WORDS = 1
HEADLINE_MAX_WORDS = 30
# The run's own first line may be its title ("Why Live in a Tiny House?") when it has at most this many words.
OPENER_MAX_WORDS = 15
# Lines longer than this never hold only a date or a byline.
META_LINE_MAX_CHARS = 160
# Words are compared by their first letters, so inflected forms meet ("самолёта", "самолет");
# the lede is the first LEDE_LINES paragraphs, each read up to STEM_SAMPLE_CHARS.
STEM_CHARS = 5
LEDE_LINES = 3
BODY_SAMPLE_LINES = 12
STEM_SAMPLE_CHARS = 3000
# The article's topic words are the ones many of its first TOPIC_LINES paragraphs use:
# a title names them, a photo caption names what one picture shows.
TOPIC_LINES = 40
# A candidate's own words count as at least this many when the lede overlap is taken,
# so a one-word rubric ("Хоккей") the lede happens to repeat gets little from it.
LEDE_MIN_WORDS = 4
# Neighbours looked at on each side when asking "is this line one of a list of titles?".
NEIGHBOURS = 2
SHORT_TITLE_WORDS = 2
# A candidate "speaks of the lede's things" when this share of its content words is in the lede;
# a related one at most this many non-blank lines higher may be the title over a subtitle.
RELATED_SHARE = 0.25
RELATED_ABOVE_REACH = 6
# Two candidates whose first this-many characters agree are versions of one title.
SAME_START_CHARS = 20
# A date or byline "stands between" a candidate and the text when the candidate is at most
# this many non-blank lines above it.
META_BETWEEN_REACH = 25
# A title over the date or byline, when a longer line under them may be its subtitle: this share
# of its words in the lede, and at least this many words.
HEAD_LEDE_SHARE = 0.5
HEAD_MIN_WORDS = 5

_BREADCRUMB = regex.compile(r"(?:\s[/›»>|]\s.*){2}")
_SITE_SUFFIX = regex.compile(r"\s[|–—-]\s\S")
# Where a line may be cut into a title and a site name, kicker or breadcrumb trail.
_PART_SEPARATOR = regex.compile(r"\s(?:[|–—»›·/>-]|::)\s")
# Lines cut into pieces have at most this many words; a piece has at least PIECE_MIN_WORDS.
PIECE_LINE_MAX_WORDS = 40
PIECE_MIN_WORDS = 2
_CLOSERS = "»”\"')’"
# "... Higgins. | Photo": a full stop and a new sentence inside one line.
_SENTENCE_BREAK = regex.compile(r"\w{3}[.!?]\s+\p{Lu}")
# Photo credits at the end of a caption: "Name/Agency", "(Photo: Agency)", "...in Qatar.AFP".
_CREDIT_TAIL = regex.compile(r"\p{L}/\s?\p{Lu}|\p{Ll}[.)]\p{Lu}{2,}\W*$|\(\p{Lu}\p{L}*:[^()]*\)\W*$")
CREDIT_TAIL_CHARS = 40
# A caption's sentence closed by its credit in brackets: "... on Monday. (Example Photo/Jane Doe)".
_SENTENCE_THEN_CREDIT = regex.compile(r"\w[.!?][\"'”»’]?\s*\([^()\n]{2,80}\)\W*$")
SENTENCE_CREDIT_CHARS = 120
# Two candidates within this many non-blank lines of each other are a pair (title and subtitle).
PAIR_REACH = 2
# A short candidate whose words open a candidate at most this many non-blank lines under it
# ("In Town / 10:11 9 December 2011 / In Town the council meets again").
OPENS_REACH = 3
# A list or link sign a renderer put before the title ("* Title", "+ Title", "[> Title", "|Title"):
# layout, not words of the title. Quote marks ("»Title«", "› Title") are the title's own and stay.
_LEAD_SIGN = regex.compile(r"^(?:\[>|\||[*+•▪►●■–—-](?=\s))\s*")
# A candidate this long or longer may be found repeated inside another line.
ECHO_MIN_CHARS = 12
# ... and counted wherever the page repeats it (the document title, share texts, a breadcrumb
# or "more from this section" at the foot): a title is repeated more often than its subtitle.
ECHO_COUNT_MIN_CHARS = 12


def headline_text(text: str) -> str:
    """The headline as the reader sees it: without a list or link sign in front."""
    sign = _LEAD_SIGN.match(text)
    rest = text[sign.end() :] if sign is not None else text
    return rest if any(ch.isalnum() for ch in rest) else text


def nonblank_before(infos: list[LineInfo], index: int, limit: int) -> list[LineInfo]:
    """Up to ``limit`` non-blank lines above ``index``, nearest first."""
    out: list[LineInfo] = []
    i = index - 1
    while i >= 0 and len(out) < limit:
        info = infos[i]
        if info.n_chars:  # not blank
            out.append(info)
        i -= 1
    return out


# The headline stage asks about the same lines several times (as candidates, as the line above one):
# memoised, a pure function of the text (6 in 10 questions on dev are repeats).
MENU_ROW_CACHE_SIZE = 4096


@lru_cache(maxsize=MENU_ROW_CACHE_SIZE)
def menu_row(text: str) -> bool:
    """ "Новости · Статьи · Видео · Фото": three or more short pieces between separators."""
    pieces = split_segments(text)
    return len(pieces) >= 3 and all(len(p.split()) <= 3 for p in pieces)


# "... in the U.S.", "... of the E.U.": letters and their full stops, an abbreviation, not a sentence's end.
_INITIALS_END = regex.compile(r"(?<!\w)(?:\p{Lu}\.){2,}$")


def ends_with_period(info: LineInfo) -> bool:
    tail = info.text.rstrip(_CLOSERS)
    return tail.endswith((".", "…")) and _INITIALS_END.search(tail[-12:]) is None


def is_headline_shaped(info: LineInfo) -> bool:
    """Title-like: a few words, not a sentence ending in a period, not a row of menu items."""
    if not HEADLINE_MIN_WORDS <= info.n_words <= HEADLINE_MAX_WORDS or info.label == "TAGS":
        return False
    if menu_row(info.text):
        return False
    if info.kind in ("title", "short", "name"):
        return info.kind != "name" or info.n_words > 4
    if info.kind in ("neargood", "good"):
        return not info.text.rstrip("»”\"' ").endswith(".")
    return False


# A title may end with an ellipsis ("Alles neu im Mai…", "It changed my life...") when it is this short;
# a short line ending with a full stop is more often a caption than a title (measured: letting those
# in as well loses in the site-held-out validation).
ELLIPSIS_TITLE_MAX_WORDS = 5


def trails_off(info: LineInfo) -> bool:
    """A short line ending with an ellipsis: a title may, a sentence of the text seldom does."""
    return info.n_words <= ELLIPSIS_TITLE_MAX_WORDS and info.text.rstrip(_CLOSERS).endswith(("…", "..."))


# Kinds of line a headline may have been given by the per-line stage: it may
# look like a name ("Villa Galaxy"), hold a date ("Protokoll vom 10. Oktober"),
# or read as a broken sentence. The model weighs the kind; dates, bylines and
# counters alone on their line are never headlines.
_CANDIDATE_KINDS = frozenset({"title", "short", "name", "neargood", "good", "bad", "caption"})
# Lines of the run itself looked at as its possible title; up to IN_RUN_META dates or
# bylines among them are not counted.
IN_RUN_LINES = 3
IN_RUN_META = 2
# A line shaped like a person's name with at most this many words is a byline, not a title.
NAME_MAX_WORDS = 4
# A line holding a date is a candidate only with this many words ("Protokoll der Sitzung vom 10. Oktober 2015").
TITLE_WITH_DATE_MIN_WORDS = 6


# A label and a number of minutes: "Reading time: 2 minutes", "Lesezeit: 3 Min.", "Время чтения: 5 мин".
_LABELLED_MINUTES = regex.compile(r"[^\W\d][^:\d]{0,30}:\s*\d{1,3}\s?(?:min|мин|хв)\p{L}{0,5}\.?", regex.IGNORECASE)


def could_be_headline(info: LineInfo) -> bool:
    """The loose filter before the model: any line a headline could be."""
    if not HEADLINE_MIN_WORDS <= info.n_words <= HEADLINE_MAX_WORDS or info.kind not in _CANDIDATE_KINDS:
        return False
    if info.caption_tail:  # a sentence closed by its photo credit: a caption
        return False
    if info.kind == "caption" and (info.copyright or _SENTENCE_THEN_CREDIT.search(info.text[-SENTENCE_CREDIT_CHARS:]) is not None):
        # "... in Detroit, Monday, Sept. 2, 2024. (Example Photo/Jane Doe)", "Workers on the roof -
        # © Jane Doe / Agency": a photo's caption, closed by its credit. The linear ranker weighs its
        # title-like words against the credit and, refitted, may let one win: it is never offered.
        return False
    if info.kind in ("good", "neargood", "bad") and ends_with_period(info) and not trails_off(info):
        return False
    if ":" in info.text and _LABELLED_MINUTES.fullmatch(info.text.strip()) is not None:
        return False  # "Reading time: 2 minutes", "Lesezeit: 3 Min.": a post's details, no title
    return not menu_row(info.text)


# A tag list under its bare heading ("Tags:" / "Flood, River, Town council"): three items or more
# set apart by commas, semicolons or bars, each of at most TAG_LIST_ITEM_WORDS words.
TAG_LIST_MIN_ITEMS = 3
TAG_LIST_ITEM_WORDS = 4
_TAG_LIST_SPLIT = regex.compile(r"\s*[,;|]\s*")


def _tag_values(infos: list[LineInfo], info: LineInfo) -> bool:
    """The line is the values of a tags heading standing alone right above it."""
    above = nonblank_before(infos, info.index, 1)
    if not above or above[0].kind != "cue" or above[0].cue != "tags" or above[0].text.partition(":")[2].strip():
        return False
    items = _TAG_LIST_SPLIT.split(info.text.strip())
    return len(items) >= TAG_LIST_MIN_ITEMS and all(0 < len(item.split()) <= TAG_LIST_ITEM_WORDS for item in items)


def _candidate(infos: list[LineInfo], info: LineInfo, lex: Lexicon, known: dict[str, bool], page: Layout) -> bool:
    """For a line that passed :func:`could_be_headline`: not a byline; a date only inside a longer title."""
    if _list_item(infos, info):
        return False
    if ("," in info.text or ";" in info.text or "|" in info.text) and _tag_values(infos, info):
        return False
    byline = info.byline
    if byline is not None and (byline.labelled or len(byline.authors) > 1):
        return False
    if byline is not None and info.kind == "name" and info.n_words <= NAME_MAX_WORDS and _beside_meta(infos, info, lex, known):
        # "Айгерім Сапарова" over the date: the author; "Backup Strategy" over it is a title,
        # since the page writes its words in lowercase ("a backup strategy"), as it seldom does a name's.
        return info.n_words >= 3 or not _person_like(info.text, infos, page)
    if info.n_words < TITLE_WITH_DATE_MIN_WORDS:
        return not is_meta(info, lex, known)
    # "Veröffentlicht am 17. Dezember 2019 von ...": a longer line holding a date is a
    # title only when it does not open with a publication label.
    label = lex.date_labels.match(info.text)
    if label is not None:
        return not is_meta(info, lex, known)
    # "Kolumne von Jane Doe - 28.04.2024 um 08:52 Uhr - 12 Kommentare": pieces holding a date and
    # a labelled byline are the article's details row, however many words they have.
    segments = split_segments(info.text)
    if len(segments) > 1 and find_date(info.text, lex) is not None:
        bm = find_byline(info.text, lex, segments)
        return bm is None or not bm.labelled
    return True


# Non-blank lines looked at on each side for other list items.
LIST_ITEM_REACH = 2
# A list item of this many words is a teaser title, not a breadcrumb step.
LIST_TEASER_WORDS = 4


def _list_item(infos: list[LineInfo], info: LineInfo) -> bool:
    """A line marked by a bullet sign ("* Teaser title") with another such line near it: an item of a
    list of links, not a title (a renderer that marks list items shows the page's own title bare)."""
    if not _signed(info):
        return False
    after = nonblank_after(infos, info.index, LIST_ITEM_REACH)
    if after and _signed(after[0]):
        return True
    # The last item under short ones ("* Home", "* News", "* Title") ends a breadcrumb
    # trail and may be the title; under teaser titles it is one more teaser.
    near = nonblank_before(infos, info.index, LIST_ITEM_REACH) + after
    return any(_signed(n) and n.n_words >= LIST_TEASER_WORDS for n in near)


def _signed(info: LineInfo) -> bool:
    # Numbered items are left alone: the last of "1. Home / 2. Sport / 3. Title" (a breadcrumb
    # trail rendered as an ordered list) may be the title.
    return info.bullet and not info.text[0].isdigit()


def _beside_meta(infos: list[LineInfo], info: LineInfo, lex: Lexicon, known: dict[str, bool]) -> bool:
    near = nonblank_before(infos, info.index, 1) + nonblank_after(infos, info.index, 1)
    return any(is_meta(n, lex, known) for n in near)


def _person_like(name: str, infos: list[LineInfo], page: Layout) -> bool:
    from .meta_lines import _person_like as person_like  # meta_lines imports this module

    return person_like(name, infos, page)


def _could_open_run(infos: list[LineInfo], info: LineInfo, lex: Lexicon, known: dict[str, bool], page: Layout) -> bool:
    """A line of the run that may be its title: short, and no sentence unless a question."""
    if not _candidate(infos, info, lex, known, page) or info.n_words > OPENER_MAX_WORDS:
        return False
    return info.kind != "good" or info.text.rstrip(_CLOSERS).endswith("?")


def is_meta(info: LineInfo, lex: Lexicon, known: dict[str, bool]) -> bool:
    """Does the line carry a date or a labelled byline, alone or among other pieces?

    ``known`` remembers the answers of one page by line text (menus and share rows
    repeat, and the answer depends on the text alone): the byline and date searches
    are the costly part, and neighbouring candidates ask about the same lines.
    """
    cached = known.get(info.text)
    if cached is None:
        if _meta_by_its_facts(info):
            cached = True
        elif info.n_chars > META_LINE_MAX_CHARS or info.kind == "good":
            cached = False
        elif find_date(info.text, lex) is not None:  # the cheap question first
            cached = True
        else:
            bm = find_byline(info.text, lex, split_segments(info.text))
            # A labelled byline, several names ("Айгерім Сапарова, Ерлан Нұрланұлы"), or a name
            # credited with a news agency ("Ольга Сергеева, ТАСС").
            cached = bm is not None and (
                bm.labelled or len(bm.authors) > 1 or (bm.credit is not None and is_news_agency(bm.credit))
            )
        known[info.text] = cached
    return cached


def _meta_by_its_facts(info: LineInfo) -> bool:
    """A date or labelled byline the per-line stage already found: no search needed."""
    return info.kind in ("date", "byline") or info.date is not None or (info.byline is not None and info.byline.labelled)


def stems(text: str, lex: Lexicon) -> set[str]:
    sample = text[:STEM_SAMPLE_CHARS]
    return {w[:STEM_CHARS] for w in find_words(sample.casefold()) if w not in lex.stopwords and not w.isdigit()}


def _lede_and_text_stems(
    infos: list[LineInfo], first: int, lex: Lexicon, lede_lines: int, lines: int
) -> tuple[set[str], set[str], dict[str, int]]:
    """Content words of the first ``lede_lines`` and of the first ``lines`` paragraphs
    from ``first`` on (``lede_lines <= lines``), and in how many of the first
    :data:`TOPIC_LINES` paragraphs each word stands; each paragraph's stems found once."""
    lede: set[str] = set()
    out: set[str] = set()
    counts: dict[str, int] = {}
    taken = 0
    for i in range(first, len(infos)):
        info = infos[i]
        if info.kind in ("good", "neargood"):
            own = stems(info.text, lex)
            taken += 1
            if taken <= lines:
                out |= own
            if taken <= lede_lines:
                lede |= own
            for w in own:
                counts[w] = counts.get(w, 0) + 1
            if taken >= TOPIC_LINES:
                break
    return lede, out, counts


# The facts a candidate is weighed by, in the order of the model's weights.
FEATURES: tuple[str, ...] = (
    "bias",
    "in_run",  # the run's own first line
    "in_run_later",  # the second or third line of the run
    "distance_log",  # log(1 + non-blank lines between it and the text)
    "rank_log",  # log(1 + candidates nearer to the text)
    "words",  # words / 10, capped at 3
    "one_word",
    "two_words",
    "many_words",  # more than 15
    "lede_overlap",  # share of its content words the first paragraphs repeat
    "text_overlap",  # the same, over the first dozen paragraphs
    "lede_overlap_full",  # at least 0.6 of them
    "meta_below",  # a date or byline right under it
    "meta_below_2",  # ... or one line further down
    "meta_above",  # a date or byline right above it
    "holds_meta",  # a date or byline inside the line itself
    "standfirst_below",  # a longer title-like line right under it
    "text_below",  # the body run starts right under it
    "caption_below",  # a photo credit or caption under it
    "breadcrumb",  # "Home / News / Title"
    "site_suffix",  # "Title | Site", "Title - Site"
    "contains_other",  # it holds another candidate plus more ("Title | Site")
    "contained",  # another candidate holds it plus more
    "repeated",  # the same text elsewhere near the top of the page
    "no_stopwords",  # a row of names or menu words, not a phrase
    "lowercase_start",
    "colon_end",
    "question_end",
    "terminal_end",  # ends like a sentence ("!", "…")
    "digits",  # share of digits among its characters
    "title_case",  # share of its words that start with a capital
    "all_caps",
    "kind_title",
    "kind_short",
    "kind_name",
    "kind_good",
    "kind_bad",
    "kind_caption",
    "cue",  # a phrase of the boilerplate lists
    "widget",  # already taken by a related list, comments or tags
    "titles_around",  # share of title-like lines among its neighbours: a list of teasers
    "you",  # words addressing the reader
    "lede_best",  # no other candidate shares more words with the lede
    "text_best",  # ... with the first dozen paragraphs
    "title_above",  # a shorter title-like line right above it: it may be the subtitle
    "same_start_nearer",  # a candidate nearer the text starts the same way
    "same_start_farther",  # a candidate farther up starts the same way
    "first_related",  # the highest candidate on the page that speaks of the lede's things
    "related_above",  # a candidate a few lines higher speaks of them too: this may be a subtitle
    "meta_between",  # a date or byline stands between it and the text
    "meta_above_near",  # a date or byline two or three lines above it
    "next_longer",  # the next candidate down, close under it, has more words
    "top_of_block",  # the line above is no candidate, the line below is
    "after_nav",  # the line above is a navigation or menu line
    "first_above_meta",  # the nearest candidate above the nearest date or byline
    "echoed",  # the page repeats it inside a longer line ("Home / News / Title", "Title | Site")
    "repeated_page",  # the same text elsewhere on the page, above or below
    "prose_below",  # a paragraph (not the text itself) right under it: a title over its standfirst
    "sentence_inside",  # two sentences in one line ("... Higgins. | Photo ...")
    "caption_label",  # holds a caption label or a credit ("Foto: ...", "©")
    "below_meta",  # nearer the text than the nearest date or byline: captions stand there
    "lede_vs_best",  # its lede overlap over the best candidate's
    "topic",  # how many paragraphs use its words
    "topic_best",  # no other candidate's words are used more
    "far",  # more than HEADER_WINDOW lines above the text
    "piece_head",  # the first piece of a line cut at a separator: "Title" of "Title | Site"
    "piece_tail",  # the last piece: "Title" of "Home / News / Title" or "Kicker - Title"
    "credit_tail",  # ends like a photo credit: "... (Photo: Getty/AP)", "... Qatar.AFP", "| Jane Doe/Agency"
    "pair_top",  # a longer candidate right under it speaks of the lede's things: a title over its subtitle
    "pair_bottom",  # a shorter candidate right above it speaks of them too: the subtitle under its title
    "echo_count",  # log(1 + times the page repeats it elsewhere, alone or inside other lines), ECHO_COUNT_MIN_CHARS or longer
    "echo_best",  # the page repeats it, and no other candidate more often
    "cue_opens_title",  # a menu word opens a longer line ("Podcasts in Plex einbinden"): taken out of "cue"
    "sentence_case_under",  # in sentence case under a Title Case candidate: a subtitle
    "opens_other",  # a longer candidate right under it starts with its words: a rubric or a cut copy of the title
    "dek_under_meta",  # between the date or byline and the text (not in the run), a shorter candidate over the date speaking of the lede: a subtitle under its title
    "meta_below_far",  # a date or byline three or four lines under it, none nearer ("Title / By / Jane Doe / Date / 5 May")
)


@dataclass(slots=True)
class Candidate:
    """A line that could head the article, with the facts it is weighed by.

    A candidate may be a piece of its line ("Title" of "Title | Site"): then
    ``info`` describes the piece, ``info.index`` is the line's, and ``part``
    is true.
    """

    info: LineInfo
    features: list[float]
    score: float = 0.0
    part: bool = False


def _title_like_neighbour(info: LineInfo) -> bool:
    return info.kind in ("title", "short", "name") and info.n_words <= 20


def _shape(text: str) -> tuple[float, float, bool]:
    """(digit share, title-case share, all capitals)."""
    words = text.split()
    digits = sum(map(str.isdigit, text)) / max(1, len(text))
    capitals = sum(1 for w in words if w[:1].isupper()) / max(1, len(words))
    letters = "".join(filter(str.isalpha, text))
    all_caps = len(letters) >= 4 and all(map(str.isupper, letters))
    return digits, capitals, all_caps


def _overlaps(info: LineInfo, lex: Lexicon, lede: set[str], text_words: set[str], counts: dict[str, int]) -> tuple[float, float, float]:
    """Shares of the line's content words that the lede and the first paragraphs repeat,
    and how many paragraphs use its words (log-scaled, per word)."""
    own = stems(info.text, lex)
    if not own:
        return 0.0, 0.0, 0.0
    size = max(len(own), LEDE_MIN_WORDS)
    # fsum, not sum: ``own`` is a set, its order changes with the interpreter's string hashing,
    # and a plain float sum in another order can differ in its last bit, which would decide
    # the "topic_best" tie between two candidates differently from one run to the next.
    topic = math.fsum(math.log1p(counts.get(w, 0)) for w in own) / size / math.log1p(TOPIC_LINES)
    return len(own & lede) / size, len(own & text_words) / size, topic


def _piece_of(line: LineInfo, text: str, lex: Lexicon, stop_ratio: float) -> LineInfo:
    """``text``, a part of ``line``, described and classified as a line of its own, under the line's label."""
    info = describe_piece(line.index, text, lex)
    classify_line(info, stop_ratio)
    info.label = line.label
    return info


def _pieces(lines: list[LineInfo], lex: Lexicon, known: set[str]) -> list[tuple[int, LineInfo, bool]]:
    """The longest pieces of lines cut at separators ("Title | Site", "Home / News /
    Title", "Kicker - Title"), each described as a line of its own, with the distance
    of its line and whether it is the first piece; pieces equal to a candidate's
    text are left out."""
    out: list[tuple[int, LineInfo, bool]] = []
    stop_ratio = min_stop_ratio(None, bool(lex.stopwords))
    for dist, line in enumerate(lines):
        if line.n_words > PIECE_LINE_MAX_WORDS or line.n_words < 3 or line.kind not in _CANDIDATE_KINDS or _PART_SEPARATOR.search(line.text) is None:
            continue
        pieces = [p.strip() for p in _PART_SEPARATOR.split(line.text)]
        sizes = [len(p.split()) for p in pieces]
        # The longest piece, when it stands first or last: "Title | Site", "Home / News / Title",
        # "Kicker - Title". A line whose middle is longest is no title with trimmings.
        longest = max(range(len(pieces)), key=sizes.__getitem__)
        if longest not in (0, len(pieces) - 1) or sizes.count(sizes[longest]) > 1:
            continue
        text = pieces[longest]
        if text.casefold() in known or sizes[longest] < PIECE_MIN_WORDS:
            continue
        info = _piece_of(line, text, lex, stop_ratio)
        # "Caption - © Jane Doe / Agency": the piece is still the caption its credit closes.
        info.copyright = info.copyright or line.copyright
        if could_be_headline(info):
            known.add(text.casefold())
            out.append((dist, info, longest == 0))
    return out


# A date glued in front of the title on one line ("Dec 18 2025 Title", "17.11.2025 Title") has at most
# this many words ("Monday, November 17, 2025", "Mon, 17 Nov 2025 10:30"), with a digit in the line's first
# DATE_PREFIX_MAX_CHARS characters (the cheap test first); the title after it at least PIECE_MIN_WORDS.
DATE_PREFIX_MAX_WORDS = 5
DATE_PREFIX_MAX_CHARS = 32
# "Kicker: Title" and "Kicker - Title" elsewhere on the page spell out where a line showing
# "Kicker Title" (the kicker's element run into the title's) is cut: kickers of at most this many
# characters (spaces not counted); titles are looked up by their last GLUED_KEY_CHARS.
GLUED_KICKER_MAX_CHARS = 60
GLUED_KEY_CHARS = 24
_KICKER_SEPARATOR = regex.compile(r"(?<=\S)(?::\s|\s[–—-]\s)")
_SPACE = regex.compile(r"\s+")


def _squashed(text: str) -> str:
    return _SPACE.sub("", text).casefold()


def _glued_titles(infos: list[LineInfo]) -> dict[str, list[tuple[str, str, str]]]:
    """Each line of the page that joins a kicker to a title by a colon or a dash ("Kicker: Title"),
    as (title, title and kicker with spaces removed and casefolded), filed under the title's last
    GLUED_KEY_CHARS such characters. One pass over the page, one key per separator; lines without
    a separator cost a character test."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for info in infos:
        text = info.text
        if not 3 <= info.n_words <= PIECE_LINE_MAX_WORDS or (": " not in text and " - " not in text and " – " not in text and " — " not in text):
            continue
        for sep in _KICKER_SEPARATOR.finditer(text):
            head, tail = text[: sep.start()], text[sep.end() :].strip()
            if len(tail.split()) < PIECE_MIN_WORDS or not head.strip():
                continue
            squashed = _squashed(tail)
            out.setdefault(squashed[-GLUED_KEY_CHARS:], []).append((tail, squashed, _squashed(head)[-GLUED_KICKER_MAX_CHARS:]))
    return out


def _unglued(text: str, glued: dict[str, list[tuple[str, str, str]]]) -> str | None:
    """The title of "Kicker Title" (or "KickerTitle", the kicker's element run into the title's)
    when the page writes "Kicker: Title" or "Kicker - Title" elsewhere: one lookup."""
    squashed = _squashed(text)
    for tail, title, kicker in glued.get(squashed[-GLUED_KEY_CHARS:], ()):
        front = squashed[: len(squashed) - len(title)]
        if front and squashed.endswith(title) and kicker.endswith(front):
            return tail
    return None


# A title after a menu word run into it has at least this many words.
RUBRIC_TITLE_MIN_WORDS = 3


def _after_rubric(text: str, rubric: str) -> str | None:
    """ "* Sport Council approves new bridge": a renderer ran a menu's list item (a rubric the
    lexicon knows) into the title set beside it; the title starts with a capital after it."""
    words = text.split()
    n = len(rubric.split())
    if len(words) - n < RUBRIC_TITLE_MIN_WORDS or not words[n][:1].isupper() or " ".join(words[:n]).casefold() != rubric:
        return None
    return " ".join(words[n:])


def _after_date(text: str, lex: Lexicon) -> str | None:
    """ "Dec 18 2025 Title": the title after a date glued in front of it."""
    words = text.split()
    for k in range(min(DATE_PREFIX_MAX_WORDS, len(words) - PIECE_MIN_WORDS), 0, -1):
        if words[k][:1].isalpha() and match_date_line(" ".join(words[:k]), lex, 0) is not None:
            return " ".join(words[k:])
    return None


def _before_date(text: str, lex: Lexicon) -> str | None:
    """ "Title January 22nd, 2019": the title before a date glued after it (an inline date element
    run into the heading's line). The title has no digit and does not end in a function word
    ("Posted by Jane on", "Erstellt von Jane am": a details row), its last word ends in a letter
    or a closing mark."""
    words = text.split()
    for k in range(min(DATE_PREFIX_MAX_WORDS, len(words) - PIECE_MIN_WORDS), 0, -1):
        last = words[-k - 1]
        if not (last[-1:].isalpha() or last[-1:] in _CLOSERS or last[-1:] in "?!") or match_date_line(" ".join(words[-k:]), lex, 0) is None:
            continue
        title = words[:-k]
        if last.casefold() in lex.stopwords or any(ch.isdigit() for w in title for ch in w):
            return None
        return " ".join(title)
    return None


def _trimmed(lines: list[LineInfo], lex: Lexicon, known: set[str], glued: dict[str, list[tuple[str, str, str]]]) -> list[tuple[int, LineInfo, bool]]:
    """Titles with something run into them, on one line: a date in front ("Dec 18 2025 Title") or behind
    ("Title January 22nd, 2019"), or a
    kicker the page elsewhere separates by a colon or dash ("Kicker Title" under "Kicker: Title"), or a
    menu word in a list item run into it ("* Sport Title"). Each described as a piece of its line, like the last piece of "Kicker - Title"."""
    out: list[tuple[int, LineInfo, bool]] = []
    stop_ratio = min_stop_ratio(None, bool(lex.stopwords))
    for dist, line in enumerate(lines):
        if line.n_words > PIECE_LINE_MAX_WORDS or line.n_words < PIECE_MIN_WORDS + 1:
            continue
        # A line read as a date ("Backup Strategy January 22nd, 2019") is cut at its date only.
        dated = line.kind == "date"
        if line.kind not in _CANDIDATE_KINDS and not dated:
            continue
        text = headline_text(line.text)
        rest = _unglued(text, glued) if glued and not dated else None
        # map(str.isdigit): the test of every line near the top, run in C.
        if rest is None and any(map(str.isdigit, text[:DATE_PREFIX_MAX_CHARS])):
            rest = _after_date(text, lex)
        if rest is None and any(map(str.isdigit, text[-DATE_PREFIX_MAX_CHARS:])):
            rest = _before_date(text, lex)
        if rest is None and not dated and line.bullet and line.cue == "nav" and line.cue_phrase is not None:
            rest = _after_rubric(text, line.cue_phrase)
        if rest is None or rest.casefold() in known or (dated and lex.date_labels.match(rest) is not None):
            continue  # "Posted on" of "Posted on January 22, 2019" is no title
        info = _piece_of(line, rest, lex, stop_ratio)
        if info.n_words >= PIECE_MIN_WORDS and could_be_headline(info):
            known.add(rest.casefold())
            out.append((dist, info, False))
    return out


def _cell_pieces(lines: list[LineInfo], lex: Lexicon, known: set[str]) -> list[tuple[int, LineInfo, bool]]:
    """The cells of lines the input set apart by runs of spaces (a layout table's row:
    "Sport      Council approves the bridge      Comments (3)"), each of PIECE_MIN_WORDS or more
    described as a piece of its line; the first cell as its head."""
    out: list[tuple[int, LineInfo, bool]] = []
    stop_ratio = min_stop_ratio(None, bool(lex.stopwords))
    for dist, line in enumerate(lines):
        # A data table's row (three or more short cells: names, figures) holds no title; a layout
        # table's may, and so may a row of two short cells ("Politics      Council approves budget").
        if not line.cells or (line.table and len(line.cells) > 2) or line.n_words > PIECE_LINE_MAX_WORDS or line.kind not in _CANDIDATE_KINDS:
            continue
        words = line.text.split()
        if sum(line.cells) != len(words):  # the repair changed the line's words: no cells to read
            continue
        start = 0
        for k, size in enumerate(line.cells):
            text = headline_text(" ".join(words[start : start + size]))
            start += size
            if text.casefold() in known or len(text.split()) < PIECE_MIN_WORDS:
                continue
            info = _piece_of(line, text, lex, stop_ratio)
            if info.n_words >= PIECE_MIN_WORDS and could_be_headline(info):
                known.add(text.casefold())
                out.append((dist, info, k == 0))
    return out


# A standfirst stands this many non-blank lines under its title at most ("Title / 5 min read / Standfirst.").
STANDFIRST_TITLE_REACH = 2


def _standfirst(infos: list[LineInfo], info: LineInfo) -> bool:
    """A paragraph under a title: prose closed by a full stop, not speaking to the reader (a notice
    or a disclaimer does: "Please consider ...", "click to learn more"), a title-shaped line that
    is no menu word just above it (a disclaimer over the headline has menus above it)."""
    if info.kind != "good" or info.n_you or not ends_with_period(info):
        return False
    return any(i.kind != "cue" and is_headline_shaped(i) for i in nonblank_before(infos, info.index, STANDFIRST_TITLE_REACH))


def nonblank_after(infos: list[LineInfo], index: int, limit: int) -> list[LineInfo]:
    out: list[LineInfo] = []
    for i in range(index + 1, len(infos)):
        if len(out) >= limit:
            break
        info = infos[i]
        if info.n_chars:  # not blank
            out.append(info)
    return out


# The page's text is read for repeats in pieces of about this many characters, whole lines each.
PAGE_CHUNK_CHARS = 200_000


def page_counts(texts: list[str], needles: list[str]) -> list[int]:
    """How often the page's lines (``texts``) hold each of ``needles`` (casefolded, one line each),
    alone or inside other lines: str.count per needle over the casefolded text, no per-line work in
    Python. The text is taken in pieces of whole lines, not copied whole twice (joined, then
    casefolded: 75 MB transient on a 10 MB page); a needle holds no line break, so no match spans
    two pieces, and the counts do not depend on where the pieces are cut."""
    counts = [0] * len(needles)
    if not needles:
        return counts
    # The pieces are found by walking the lines' lengths: a running-sum list to bisect would hold
    # an int object per line (about 10 MB, 1x the input, on a 10 MB page) for no measurable gain.
    start, n = 0, len(texts)
    while start < n:
        # The fewest whole lines from ``start`` that hold PAGE_CHUNK_CHARS characters (at least one).
        end, size = start + 1, len(texts[start])
        while end < n and size < PAGE_CHUNK_CHARS:
            size += len(texts[end])
            end += 1
        piece = "\n".join(texts[start:end]).casefold()
        for k, needle in enumerate(needles):
            counts[k] += piece.count(needle)
        start = end
    return counts


def _echo_counts(texts: list[str], folded: list[str]) -> list[int]:
    """How often the page repeats each candidate (casefolded) besides the candidate itself;
    0 for those shorter than ECHO_COUNT_MIN_CHARS."""
    keys = [t.strip() for t in folded]
    wanted = [k for k, key in enumerate(keys) if len(key) >= ECHO_COUNT_MIN_CHARS]
    counts = [0] * len(keys)
    for k, n in zip(wanted, page_counts(texts, [keys[k] for k in wanted])):
        counts[k] = n - 1
    return counts


# A menu word opening a line of this many more words opens a title ("Podcasts in Plex einbinden"),
# not a menu.
CUE_TITLE_EXTRA_WORDS = 3


def _cue_opens_title(info: LineInfo) -> bool:
    """A menu word the lexicon knows opens the line, and many more words follow it."""
    phrase = info.cue_phrase
    return info.cue == "nav" and phrase is not None and info.n_words >= len(phrase.split()) + CUE_TITLE_EXTRA_WORDS


# Title Case: at least this share of its words capitalised; sentence case: at most this share.
TITLE_CASE_SHARE = 0.7
SENTENCE_CASE_SHARE = 0.35
# Words a candidate needs for its case to tell: a short line is capitalised by its names alone.
CASE_MIN_WORDS = 4
# A subtitle stands at most this many non-blank lines under its title.
CASE_PAIR_REACH = 4
# Languages whose headlines are set in Title Case and their subtitles in sentence case (German
# capitalises every noun, and the shares tell nothing there: measured in the site-held-out
# validation, as was marking the Title Case line over the subtitle too, which lost).
TITLE_CASE_LANGUAGES = frozenset({"en"})


def _case_subtitles(
    infos: list[LineInfo],
    pool: list[tuple[int, LineInfo]],
    shapes: list[tuple[float, float, bool]],
    line_cand: dict[int, int],
    lex: Lexicon,
    related: set[int],
) -> set[int]:
    """Whole-line candidates (by rank) in sentence case with a Title Case candidate at most
    CASE_PAIR_REACH lines above that speaks of the lede's things (one of ``related``): "Ten Ways
    to Save Water / Small changes at home add up" is a title over its subtitle, whichever the text
    repeats more; under "College of Health Sciences" a sentence-case line is the title. On pages in
    TITLE_CASE_LANGUAGES only; the lines above each candidate, a few, are all it reads.
    ``shapes``: each candidate's :func:`_shape`, in pool order."""
    if not lex.languages or lex.languages[0] not in TITLE_CASE_LANGUAGES:
        return set()
    caps = [shape[1] if info.n_words >= CASE_MIN_WORDS else -1.0 for (_, info), shape in zip(pool, shapes)]
    out: set[int] = set()
    for k in line_cand.values():
        if not 0 <= caps[k] <= SENTENCE_CASE_SHARE:
            continue
        for up in nonblank_before(infos, pool[k][1].index, CASE_PAIR_REACH):
            j = line_cand.get(up.index)
            if j is not None and j in related and caps[j] >= TITLE_CASE_SHARE:
                out.add(k)
                break
    return out


# A candidate shorter than this is not looked for inside the others ("contains_other", "contained").
CONTAIN_MIN_CHARS = 8


def _containment(pool: list[tuple[int, LineInfo]], folded: list[str]) -> tuple[list[bool], list[bool]]:
    """For each candidate (``folded``: their casefolded texts, in pool order): does it hold another
    candidate of another line plus more ("Title | Site" holds "Title"), and does another candidate of
    another line hold it? A line and its own pieces do not count: "Title | Site" holds "Title" by
    construction. One relation gives both answers, and it is asked only of the texts the pool's
    joined text holds at least twice (once is the text itself): a text no other one holds is
    settled by one str.count, so the pairwise scan runs for the few repeated ones only."""
    n = len(folded)
    holds = [False] * n
    held = [False] * n
    # Matches inside two texts never overlap, and str.count finds the most matches that do not
    # overlap: each text holding the needle adds at least one.
    joined = "\n".join(folded)
    for b, needle in enumerate(folded):
        if len(needle) < CONTAIN_MIN_CHARS or joined.count(needle) < 2:
            continue
        line = pool[b][1].index
        for a, hay in enumerate(folded):
            if hay != needle and needle in hay and pool[a][1].index != line:
                holds[a] = True
                held[b] = True
    return holds, held


# A box of dated teasers under a related heading ("More on this" / title / date / title / date /
# title / date, or each date over its title): DATED_BOX_MIN_PAIRS pairs or more in a row are
# teasers, whose titles head no text. A page's own title stands over its date once.
DATED_BOX_MIN_PAIRS = 3
DATED_BOX_HEAD_WORDS = 4


def _dated_box_titles(near: list[LineInfo]) -> set[int]:
    """The indices of the titles in dated boxes of teasers among ``near`` (nearest first)."""
    lines = near[::-1]
    out: set[int] = set()
    for k, head in enumerate(lines):
        if head.kind != "cue" or head.cue not in _LIST_HEADS or head.n_words > DATED_BOX_HEAD_WORDS:
            continue
        for date_first in (False, True):
            titles: list[int] = []
            j = k + 1
            while j + 1 < len(lines):
                title, date = (lines[j + 1], lines[j]) if date_first else (lines[j], lines[j + 1])
                if date.kind != "date" or title.kind not in ("title", "neargood") or title.n_words < RELATED_BOX_TITLE_WORDS:
                    break
                titles.append(title.index)
                j += 2
            if len(titles) >= DATED_BOX_MIN_PAIRS:
                out.update(titles)
    return out


def candidates(infos: list[LineInfo], first: int, lex: Lexicon) -> list[Candidate]:
    """Every line that could head the text starting at ``first``, with its features.

    Candidates are the lines above the text (up to :data:`HEADER_WINDOW`
    non-blank ones) and the first :data:`IN_RUN_LINES` lines of the run, nearest
    first. ``distance`` counts non-blank lines up from the text; lines of the
    run count down from -1.
    """
    known: dict[str, bool] = {}
    # The page's lowercase words, read when a name-shaped line asks for them.
    page = Layout(cue_words=lex.cue_words)
    above = nonblank_before(infos, first, FAR_WINDOW)
    # The run's first lines; a date or byline among them does not count ("HOME / NEWS",
    # "04. November 2021", "Title": the title is still one of the first lines).
    run = [infos[first]]
    plain = 0 if _meta_by_its_facts(infos[first]) else 1
    for info in nonblank_after(infos, first, IN_RUN_LINES - 1 + IN_RUN_META):
        if plain >= IN_RUN_LINES:
            break
        run.append(info)
        plain += not _meta_by_its_facts(info)
    lede, text_words, counts = _lede_and_text_stems(infos, first, lex, LEDE_LINES, BODY_SAMPLE_LINES)
    overlaps: dict[int, tuple[float, float, float]] = {}

    def named(info: LineInfo) -> bool:
        # A title of one or two words ("Coffee", "Villa Galaxy") is named by the text under it;
        # "Accept" or "Politics" above an article is not. Asked first: it is the cheap filter.
        shares = overlaps[id(info)] = _overlaps(info, lex, lede, text_words, counts)
        return info.n_words > SHORT_TITLE_WORDS or shares[1] > 0

    pool: list[tuple[int, LineInfo]] = [
        (-1 - k, info) for k, info in enumerate(run) if could_be_headline(info) and named(info) and _could_open_run(infos, info, lex, known, page)
    ]
    # A line of the run under a paragraph of it heads a section, not the text: the paragraph is
    # the standfirst ("Title / One plain sentence or more. / Subheading / text"). It stays in the
    # pool (the others' features count it) but is not offered.
    opened = next((k for k, info in enumerate(run) if _standfirst(infos, info)), len(run))

    under_standfirst = {info.index for info in run[opened + 1 :]}
    teasers = _dated_box_titles(above[:HEADER_WINDOW])
    pool += [
        (dist, info)
        for dist, info in enumerate(above)
        if (dist < HEADER_WINDOW or (info.n_words >= FAR_MIN_WORDS and info.kind == "title"))
        and info.index not in teasers
        and could_be_headline(info)
        and named(info)
        and (dist < HEADER_WINDOW or overlaps[id(info)][1] >= FAR_MIN_SHARE)
        and _candidate(infos, info, lex, known, page)
    ]
    offered = {info.text.casefold() for _, info in pool}
    parts = _pieces(above[:HEADER_WINDOW], lex, offered)
    # The line itself stays a candidate too: taking it out for its trimmed title (a date in front is
    # never the title's) let a blog's name above win in its place and lost its byline (measured).
    parts += _trimmed(above[:HEADER_WINDOW], lex, offered, _glued_titles(infos))
    cells = _cell_pieces(above[:HEADER_WINDOW], lex, offered)
    # A layout table's row is offered as its cells, not whole: the row joins a title to a rubric, a
    # counter or the next teaser, which no title holds (it stays in the pool for the others' facts).
    rows = {info.index for _, info, _ in cells}
    parts += cells
    pool += [(dist, info) for dist, info, _ in parts if named(info) and _candidate(infos, info, lex, known, page)]
    if not pool:
        return []
    # Nearest first (the run's lines, then the lines above), a line's pieces after it.
    pool.sort(key=lambda pair: pair[0] if pair[0] >= 0 else -IN_RUN_LINES - IN_RUN_META - 2 - pair[0])
    pieces = {id(info): head for _, info, head in parts}
    stop_language = bool(lex.stopwords)
    near = above[:HEADER_WINDOW]
    seen: dict[str, int] = {}
    for info in near:
        seen[info.text] = seen.get(info.text, 0) + 1
    texts = [info.text for info in infos]
    # How often each text stands as a line of its own (Counter counts a list in C; the blank
    # lines' count is never asked: no candidate is blank).
    page_seen = Counter(texts)
    # Longer lines near the top that may repeat a candidate inside them.
    hosts = [(i.index, i.text.casefold()) for i in near if i.n_chars > ECHO_MIN_CHARS]
    folded = [info.text.casefold() for _, info in pool]
    contains_others, contained_in = _containment(pool, folded)
    # The hosts' texts joined, and each by its line: a candidate that no host but its own line holds
    # (most: a whole line is its own host) is settled by two counts. A line holds no line break, so
    # no match spans two hosts and the joined count is the sum of the hosts' counts.
    hosts_text = "\n".join(h for _, h in hosts)
    host_of = dict(hosts)
    echo_counts = _echo_counts(texts, folded)
    most_echoed = max(echo_counts)
    starts = [t[:SAME_START_CHARS] if len(t) >= SAME_START_CHARS else None for t in folded]
    shares = [overlaps[id(info)] for _, info in pool]
    best_lede = max(s[0] for s in shares)
    related = [k for k, sh in enumerate(shares) if sh[0] >= RELATED_SHARE]
    highest_related = max(related, key=lambda k: pool[k][0]) if related else -1
    best_text = max(s[1] for s in shares)
    best_topic = max(s[2] for s in shares)

    meta_dist = next((d for d, i in enumerate(near) if _meta_by_its_facts(i)), -1)
    nearest_meta = above[meta_dist].index if meta_dist >= 0 else -1
    first_above_meta = next((k for k, (d, i) in enumerate(pool) if i.index < nearest_meta), -1)
    cand_idx = {i.index for _, i in pool}
    # Whole lines among the candidates, by line (a pair is two lines, not a line and its piece).
    line_cand = {info.index: k for k, (_, info) in enumerate(pool) if id(info) not in pieces}
    # Each candidate's shape, read once: the case subtitles and the features both use it.
    shapes = [_shape(info.text) for _, info in pool]
    subtitles = _case_subtitles(infos, pool, shapes, line_cand, lex, set(related))
    # Titles of a header block: over the nearest date or byline, close to it, speaking of the lede's things
    # (not a menu row whose section names the text happens to use, "News Health and Medicine Search",
    # unless it holds another candidate: "Home News Space Probe lost: where it falls", a breadcrumb ending in the title).
    heads = [
        k
        for k, (d, i) in enumerate(pool)
        if 0 <= meta_dist < d <= meta_dist + META_BETWEEN_REACH and shares[k][0] >= HEAD_LEDE_SHARE and i.n_words >= HEAD_MIN_WORDS
        and (i.cue is None or contains_others[k])
    ]
    out: list[Candidate] = []
    for rank, (dist, info) in enumerate(pool):
        below = nonblank_after(infos, info.index, 4)
        up3 = nonblank_before(infos, info.index, NEIGHBOURS + 1)
        up = up3[:NEIGHBOURS]
        n = info.n_words
        nxt = pool[rank - 1][1] if rank > 0 else None
        close_next = nxt is not None and any(b.index == nxt.index for b in below[:2])
        lede_share, text_share, topic = shares[rank]
        start = starts[rank]
        same_nearer = start is not None and any(starts[k] == start for k in range(rank))
        same_farther = start is not None and any(starts[k] == start for k in range(rank + 1, len(pool)))
        title_above = (
            bool(up) and could_be_headline(up[0]) and up[0].n_words < n and not is_meta(up[0], lex, known)
        )
        under = [b for b in below if b.kind != "caption"]
        meta1 = bool(under) and is_meta(under[0], lex, known)
        meta2 = not meta1 and len(under) > 1 and is_meta(under[1], lex, known)
        standfirst = (
            bool(below)
            and below[0].index != first
            and is_headline_shaped(below[0])
            and below[0].n_words > max(info.n_words, 7)
            and not is_meta(below[0], lex, known)
        )
        caption = bool(below) and (below[0].copyright or below[0].kind == "caption") and below[0].n_words <= 8
        low = folded[rank]
        neighbours = below[:NEIGHBOURS] + up
        titles_around = sum(_title_like_neighbour(n) for n in neighbours) / max(1, len(neighbours))
        digits, capitals, all_caps = shapes[rank]
        tail = info.text.rstrip(_CLOSERS)
        piece = pieces.get(id(info))
        opens = _cue_opens_title(info)
        echoed = (
            len(low) >= ECHO_MIN_CHARS
            and hosts_text.count(low) > host_of.get(info.index, "").count(low)
            and any(len(h) > len(low) and low in h for k, h in hosts if k != info.index)
        )
        prose_below = bool(below) and below[0].index != first and below[0].kind in ("good", "neargood") and below[0].n_words > n
        pair_below = [line_cand[b.index] for b in below[:PAIR_REACH] if b.index in line_cand and b.index != info.index]
        pair_above = [line_cand[u.index] for u in up[:PAIR_REACH] if u.index in line_cand]
        features = [
            1.0,
            1.0 if dist == -1 else 0.0,
            1.0 if dist < -1 else 0.0,
            math.log1p(max(dist, 0)),
            math.log1p(rank),
            min(n / 10, 3.0),
            1.0 if n == 1 else 0.0,
            1.0 if n == 2 else 0.0,
            1.0 if n > 15 else 0.0,
            lede_share,
            text_share,
            1.0 if lede_share >= 0.6 else 0.0,
            1.0 if meta1 else 0.0,
            1.0 if meta2 else 0.0,
            1.0 if up and is_meta(up[0], lex, known) else 0.0,
            1.0 if is_meta(info, lex, known) else 0.0,
            1.0 if standfirst else 0.0,
            1.0 if dist == 0 else 0.0,
            1.0 if caption else 0.0,
            1.0 if _BREADCRUMB.search(info.text) else 0.0,
            1.0 if _SITE_SUFFIX.search(info.text) else 0.0,
            1.0 if contains_others[rank] else 0.0,
            1.0 if contained_in[rank] else 0.0,
            1.0 if seen.get(info.text, 0) > 1 else 0.0,
            1.0 if stop_language and info.n_stop == 0 and n >= 3 else 0.0,
            1.0 if info.text[:1].islower() else 0.0,
            1.0 if info.ends_colon else 0.0,
            1.0 if tail.endswith("?") else 0.0,
            1.0 if tail.endswith(("!", "…")) else 0.0,
            digits,
            capitals,
            1.0 if all_caps else 0.0,
            1.0 if info.kind == "title" else 0.0,
            1.0 if info.kind == "short" else 0.0,
            1.0 if info.kind == "name" else 0.0,
            1.0 if info.kind == "good" else 0.0,
            1.0 if info.kind == "bad" else 0.0,
            1.0 if info.kind == "caption" else 0.0,
            1.0 if info.cue is not None and not opens else 0.0,
            1.0 if info.label in ("RELATED", "COMMENTS", "TAGS") else 0.0,
            titles_around,
            min(info.n_you / max(1, n) * 10, 1.0),
            1.0 if lede_share > 0 and lede_share == best_lede else 0.0,
            1.0 if text_share > 0 and text_share == best_text else 0.0,
            1.0 if title_above else 0.0,
            1.0 if same_nearer else 0.0,
            1.0 if same_farther else 0.0,
            1.0 if rank == highest_related else 0.0,
            1.0 if any(0 < pool[k][0] - dist <= RELATED_ABOVE_REACH for k in related) else 0.0,
            1.0 if 0 <= meta_dist < dist <= meta_dist + META_BETWEEN_REACH else 0.0,
            1.0 if any(_meta_by_its_facts(u) for u in up3[1:]) else 0.0,
            1.0 if close_next and nxt is not None and nxt.n_words > n else 0.0,
            1.0 if (not up or up[0].index not in cand_idx) and below and below[0].index in cand_idx else 0.0,
            1.0 if up and (up[0].label == "NAV" or up[0].kind == "cue" or menu_row(up[0].text)) else 0.0,
            1.0 if rank == first_above_meta else 0.0,
            1.0 if echoed else 0.0,
            1.0 if page_seen.get(info.text, 0) > 1 else 0.0,
            1.0 if prose_below else 0.0,
            1.0 if _SENTENCE_BREAK.search(info.text) else 0.0,
            1.0 if info.label_kind == "caption_labels" or info.copyright else 0.0,
            1.0 if 0 <= dist < meta_dist else 0.0,
            lede_share / best_lede if best_lede > 0 else 0.0,
            topic,
            1.0 if topic > 0 and topic == best_topic else 0.0,
            1.0 if dist >= HEADER_WINDOW else 0.0,
            1.0 if piece is True else 0.0,
            1.0 if piece is False else 0.0,
            1.0 if _CREDIT_TAIL.search(info.text[-CREDIT_TAIL_CHARS:]) else 0.0,
            1.0 if any(shares[j][0] >= RELATED_SHARE and pool[j][1].n_words > n for j in pair_below) else 0.0,
            1.0 if any(shares[j][0] >= RELATED_SHARE and pool[j][1].n_words < n for j in pair_above) else 0.0,
            math.log1p(max(echo_counts[rank], 0)),
            1.0 if echo_counts[rank] > 0 and echo_counts[rank] == most_echoed else 0.0,
            1.0 if opens else 0.0,
            1.0 if rank in subtitles else 0.0,
            1.0 if any(b.index in cand_idx and len(b.text) > len(info.text) and b.text.casefold().startswith(low + " ") for b in below[:OPENS_REACH]) else 0.0,
            1.0 if 0 <= dist < meta_dist and any(pool[k][1].n_words < n and folded[k] not in low and low not in folded[k] for k in heads) else 0.0,
            1.0 if not meta1 and not meta2 and any(is_meta(u, lex, known) for u in under[2:4]) else 0.0,
        ]
        out.append(Candidate(info, features, part=piece is not None))
    return [c for c in out if c.info.index not in under_standfirst and (c.part or c.info.index not in rows)]


# A kicker line joined to the title by a colon ("Krach im Vorstand:" over the title,
# or ": Stadt der Superlative" under it) has at most this many words.
KICKER_MAX_WORDS = 6
_KICKER_KINDS = frozenset({"title", "short", "name"})


def colon_halves(infos: list[LineInfo], head: LineInfo) -> tuple[LineInfo | None, LineInfo | None]:
    """The lines a colon joins to the headline: a short line right above it that ends
    with a colon ("Nach dem Rückzug:"), and one right under it that starts with one
    (": und was nun"). A page that splits "Kicker: Title" over two blocks shows both
    halves; the colon says they are one title."""
    up = nonblank_before(infos, head.index, 1)
    down = nonblank_after(infos, head.index, 1)
    above = up[0] if up and _kicker(up[0]) and up[0].n_words >= 2 and up[0].text.rstrip().endswith(":") and not head.text.startswith(":") else None
    below = down[0] if down and _kicker(down[0]) and down[0].text.startswith(":") and not head.ends_colon else None
    return above, below


def colon_joined(infos: list[LineInfo], head: LineInfo, first: int) -> tuple[str | None, LineInfo | None, LineInfo | None]:
    """The headline as parse shows it when a colon joins a half to it (see :func:`colon_halves`):
    (joined text, the half above, the half below), or (None, None, None). A half below is
    joined only when it stands above the text starting at ``first``."""
    above, below = colon_halves(infos, head)
    if above is not None:
        return f"{above.text} {head.text}", above, None
    if below is not None and below.index < first:
        return head.text + below.text, None, below
    return None, None, None


def _kicker(info: LineInfo) -> bool:
    # Form labels speak to the reader ("Leave this field empty if you're human:"); kickers do not.
    return (
        info.kind in _KICKER_KINDS
        and info.n_words <= KICKER_MAX_WORDS
        and info.n_you == 0
        and info.cue is None
        and info.label not in ("RELATED", "COMMENTS", "TAGS")
    )


# Facts that anchor a candidate as the article's own head: it stands above the text (not one
# of the run's lines), it is the nearest candidate over the nearest date or byline, and that
# date or byline stands right under it (or one line further). Such a candidate is the headline
# whatever the floor: the floor is where the lowest few gold headlines score, and it moves with
# every refit (2.44 to 2.71 in one), while a title whose words the text happens not to repeat
# ("Local pupils win national robotics contest" over a date, a byline and the text) scores
# little more than its structure gives it and must not fall under it.
_ANCHOR_ABOVE = (FEATURES.index("in_run"), FEATURES.index("in_run_later"))
_ANCHOR_META = (FEATURES.index("meta_below"), FEATURES.index("meta_below_2"))
_ANCHOR_FIRST = FEATURES.index("first_above_meta")


def anchored(cand: Candidate) -> bool:
    """Above the text, the nearest candidate over the nearest date or byline, which stands right under it."""
    f = cand.features
    return not any(f[k] for k in _ANCHOR_ABOVE) and f[_ANCHOR_FIRST] > 0 and any(f[k] for k in _ANCHOR_META)


@dataclass(frozen=True)
class HeadlineModel:
    """A linear score over :data:`FEATURES`; below ``floor`` the best candidate is no headline."""

    weights: tuple[float, ...]
    floor: float

    def score(self, features: list[float]) -> float:
        return float(sum(map(operator.mul, self.weights, features)))


@lru_cache(maxsize=1)
def default_model() -> HeadlineModel:
    """The model shipped with the package (``data/headline_model.json``)."""
    raw = json.loads(resources.files("cleanpress").joinpath("data/headline_model.json").read_text("utf-8"))
    if tuple(raw["features"]) != FEATURES:
        raise ValueError("data/headline_model.json was fitted for other features; retrain it")
    return HeadlineModel(tuple(float(w) for w in raw["weights"]), float(raw["floor"]))


# "Title | Site": the tail after a line's last separator is a site name, cut from the chosen headline,
# when it is short (at most SITE_TAIL_MAX_WORDS words, SITE_TAIL_MAX_CHARS characters), opens and ends
# with a capital, a digit or a domain ("Example News", "example.com"), the head keeps at least
# SITE_HEAD_MIN_WORDS words and more words than the tail, and the page names the site elsewhere: as a
# line of its own (the logo, a menu item), in a copyright line, or as the same suffix of another line
# ("Other Title | Example News"). "Kicker - Title" keeps its title (longer than the kicker) and
# "Title - Subtitle" its subtitle (a part of a title seldom stands alone elsewhere on the page).
_SITE_TAIL_SEPARATOR = regex.compile(r"\s[|–—-]\s")
SITE_TAIL_MAX_WORDS = 4
SITE_TAIL_MAX_CHARS = 40
SITE_HEAD_MIN_WORDS = 3


def _name_word(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or "." in word


def site_tail_cut(infos: list[LineInfo], text: str) -> str | None:
    """The head of "Title | Site" when its tail is clearly a site name (see above), else None.
    One pass over the page's lines, for one line (the chosen headline)."""
    last = None
    for last in _SITE_TAIL_SEPARATOR.finditer(text):
        pass
    if last is None:
        return None
    head, tail = text[: last.start()].strip(), text[last.end() :].strip()
    tail_words, head_words = tail.split(), len(head.split())
    if not 1 <= len(tail_words) <= SITE_TAIL_MAX_WORDS or len(tail) > SITE_TAIL_MAX_CHARS or head_words < SITE_HEAD_MIN_WORDS:
        return None
    # "Title - Part 1", "Title – 2025": a number ends a part of the title, not a site's name.
    if head_words <= len(tail_words) or tail[-1] in "?!:;,…" or tail_words[-1].isdigit() or not (_name_word(tail_words[0]) and _name_word(tail_words[-1])):
        return None
    key, own = tail.casefold(), head.casefold()
    for info in infos:
        if len(info.text) < len(key) or key not in info.text.casefold():  # the cheap test first
            continue
        line = headline_text(info.text.strip()).casefold()  # "* Site": a menu's list item
        if line == key or info.copyright:
            return head
        # The same suffix after another title (a copy of this one, "3. Title | Site" in a breadcrumb, is no other).
        if own not in line and line.endswith(key) and _SITE_TAIL_SEPARATOR.search(line[-len(key) - 3 :]) is not None:
            return head
    return None


def choose_headline(infos: list[LineInfo], first: int, lex: Lexicon, model: HeadlineModel | None = None) -> Candidate | None:
    """The best candidate to head the text starting at ``first``, or None."""
    model = model or default_model()
    best: Candidate | None = None
    found = candidates(infos, first, lex)
    for cand in found:
        cand.score = model.score(cand.features)
        if best is None or cand.score > best.score:
            best = cand
    if best is None or (best.score < model.floor and not anchored(best)):
        return None
    # The page repeats its title above the text: the copy nearest the text (candidates come
    # nearest first) is the article's own, with its date and byline around it. A copy inside
    # the text is not taken over one above it: the lines between would leave the body.
    text = best.info.text.casefold()
    chosen = next((c for c in found if c.info.text.casefold() == text and (c.score >= model.floor or anchored(c)) and (c.info.index < first or c is best)), best)
    return _without_site(infos, chosen, lex)


def _without_site(infos: list[LineInfo], chosen: Candidate, lex: Lexicon) -> Candidate:
    """The chosen headline without a site name after its last separator ("Title | Site"), as a piece of its line."""
    head = site_tail_cut(infos, chosen.info.text)
    if head is None:
        return chosen
    info = describe_piece(chosen.info.index, head, lex)
    info.label = chosen.info.label
    return Candidate(info, chosen.features, chosen.score, part=True)
