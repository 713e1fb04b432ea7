"""Stage 3: cheap facts about each line, computed once.

Nothing here decides a label. Every feature is O(length of the line); the
costly ones (date and byline shapes) are looked at only for short lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .bylines import BylineMatch, match_byline
from .dates import DateMatch, match_date_line
from .lexicon import Lexicon, first_word

__all__ = ["LineInfo", "compute_features", "explain", "CUE_LINE_MAX_CHARS"]

_WORD = regex.compile(r"\w+")
_DIGIT = regex.compile(r"\d")
_TERMINAL = frozenset(".!?…;:。！？")
_CLOSERS = "»”\"'’)]*"
# A comments counter: "Комментарии (0)", "Comments [12]", "12 comments", "Комментариев: 3".
_COUNTER_AFTER = regex.compile(
    r"^(?P<head>[^\d()\[\]:]{2,40}?)\s*(?:[(\[]\s*(?P<n1>\d{1,6})\s*[)\]]|:?\s+(?P<n2>\d{1,6})|:(?P<n3>\d{1,6}))$"
)
_COUNTER_BEFORE = regex.compile(r"^(?P<n>\d{1,6})\s+(?P<head>\w[^\d]{1,40})$")
_COPYRIGHT = regex.compile(r"©|\(c\)\s*\d{4}|&copy;", regex.IGNORECASE)
_BULLET = regex.compile(r"^(?:[-–—•·*▪►●■]\s|\d{1,2}[.)]\s)")

# Lines longer than this are never cue lines (boilerplate phrases are short).
CUE_LINE_MAX_CHARS = 160
# Lines longer than this are measured on their first this-many characters.
WORD_SAMPLE_CHARS = 20_000
# "Jane Doe says:" has at most this many words.
COMMENT_AUTHOR_MAX_WORDS = 7
# A byline line has at most this many words ("By Jane Doe and John Smith, Staff Writers").
BYLINE_MAX_WORDS = 12
# Lines longer than this are never dates, bylines, counters or captions.
SHORT_LINE_MAX_CHARS = 120


@lru_cache(maxsize=1024)
def explain(template: str, *parts: object) -> str:
    """A reason string, shared by every line that has the same one.

    A 10 MB page has a quarter of a million lines; one string per distinct
    reason instead of one per line keeps its memory near the input's size.
    """
    return template.format(*parts)


@dataclass(slots=True)
class LineInfo:
    """Features of one line plus the label decisions made about it so far."""

    index: int
    text: str
    n_chars: int = 0
    n_words: int = 0
    n_stop: int = 0
    n_you: int = 0  # words addressing the reader ("вы", "you")
    terminal: bool = False
    ends_colon: bool = False
    cue: str | None = None  # cue category, e.g. "share"
    cue_phrase: str | None = None
    label_kind: str | None = None  # "caption_labels" etc. from the label lexicon
    date: DateMatch | None = None
    byline: BylineMatch | None = None
    counter: int | None = None
    counter_head: str | None = None
    copyright: bool = False
    bullet: bool = False
    table: bool = False  # the input joined cells with tabs here: a table row
    # Decisions, filled by the classify and context stages.
    kind: str = "blank"
    score: float = 0.0
    label: str = "BLANK"
    reason: str = "blank line"
    meta: bool | None = None  # holds a date or byline somewhere in it (computed on demand)
    control: bool = False  # "Reply" under a comment
    comment_author: bool = False  # "Jane Doe says:" opens a comment

    @property
    def blank(self) -> bool:
        return self.n_chars == 0

    @property
    def stop_ratio(self) -> float:
        return self.n_stop / self.n_words if self.n_words else 0.0


# Languages written without spaces: a "word" is about this many characters.
CJK_LANGUAGES = frozenset({"ja", "zh"})
CJK_CHARS_PER_WORD = 2
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def compute_features(index: int, text: str, lex: Lexicon) -> LineInfo:
    info = LineInfo(index=index, text=text, n_chars=len(text))
    if not text:
        return info
    # Per-word work looks at a bounded sample: a 10 MB line costs one split, not a loop.
    sample = text if len(text) <= WORD_SAMPLE_CHARS else text[:WORD_SAMPLE_CHARS]
    words = _WORD.findall(sample.casefold())
    scale = 1.0 if sample is text else len(text.split()) / max(1, len(sample.split()))
    info.n_words = round(len(words) * scale)
    if lex.languages and lex.languages[0] in CJK_LANGUAGES:
        info.n_words = max(info.n_words, round(len(_CJK.findall(sample)) * scale) // CJK_CHARS_PER_WORD)
    stop = lex.stopwords
    info.n_stop = round(sum(1 for w in words if w in stop) * scale)
    you = lex.second_person
    if you:
        info.n_you = round(sum(1 for w in words if w in you) * scale)
    tail = text.rstrip(_CLOSERS)
    last = tail[-1:] if tail else ""
    info.terminal = last in _TERMINAL and last != ":"
    info.ends_colon = last == ":"
    info.bullet = _BULLET.match(text) is not None
    if info.n_chars <= CUE_LINE_MAX_CHARS:
        cf = text.casefold()
        key = first_word(cf)
        hit = lex.cues.match(cf, key)
        if hit is None and info.bullet:
            hit = lex.cues.match(_BULLET.sub("", cf, count=1))
        if hit is not None:
            info.cue_phrase, info.cue = hit
        label = lex.labels.match(cf, key)
        if label is not None:
            info.label_kind = label[1]
        elif ":" in text and lex.caption_inline.search(text) is not None:
            info.label_kind = "caption_labels"
        info.copyright = _COPYRIGHT.search(text) is not None
    if info.n_chars <= SHORT_LINE_MAX_CHARS:
        has_digit = _DIGIT.search(text) is not None
        info.date = match_date_line(text, lex) if has_digit else None
        if info.date is None and info.n_words <= BYLINE_MAX_WORDS:
            info.byline = match_byline(text, lex)
        if has_digit:  # every counter shows a number
            _match_counter(info, lex)
        if info.ends_colon and info.n_words <= COMMENT_AUTHOR_MAX_WORDS:
            head = text[:-1].rstrip().casefold()
            info.comment_author = any(head.endswith(" " + verb) for verb in lex.comment_says)
    return info


def _match_counter(info: LineInfo, lex: Lexicon) -> None:
    """Fill ``counter`` for lines like "Комментарии (0)" whose words are a comments cue."""
    m = _COUNTER_AFTER.match(info.text)
    if m:
        number = m.group("n1") or m.group("n2") or m.group("n3")
    else:
        m = _COUNTER_BEFORE.match(info.text)
        if not m:
            return
        number = m.group("n")
    head = m.group("head").strip()
    hit = lex.cues.match(head.casefold())
    if hit and hit[1] == "comments":
        info.counter = int(number)
        info.counter_head = head
        info.cue, info.cue_phrase = "comments", hit[0]
