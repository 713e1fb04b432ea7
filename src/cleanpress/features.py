"""Stage 3: cheap facts about each line, computed once.

Nothing here decides a label. Every feature is O(length of the line); the
costly ones (date and byline shapes) are looked at only for short lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .bylines import BylineMatch, match_byline
from .dates import DateMatch, find_date, match_date_line, split_segments
from .lexicon import Lexicon, find_words, first_word
from .normalize import HTML_TAG

__all__ = ["LineInfo", "compute_features", "describe_piece", "explain", "CUE_LINE_MAX_CHARS"]

_DIGIT = regex.compile(r"\d")
_TERMINAL = frozenset(".!?…;:。！？।॥؟۔։።")  # Latin, CJK, Indic danda, Arabic, Urdu, Armenian, Ethiopic
_CLOSERS = "»”\"'’)]*"
# A comments counter: "Комментарии (0)", "Comments [12]", "12 comments", "Комментариев: 3".
_COUNTER_AFTER = regex.compile(
    r"^(?P<head>[^\d()\[\]:]{2,40}?)\s*(?:[(\[]\s*(?P<n1>\d{1,6})\s*[)\]]|:?\s+(?P<n2>\d{1,6})|:(?P<n3>\d{1,6}))$"
)
_COUNTER_BEFORE = regex.compile(r"^(?P<n>\d{1,6})\s+(?P<head>\w[^\d]{1,40})$")
_COPYRIGHT = regex.compile(r"©|\(c\)\s*\d{4}|&copy;", regex.IGNORECASE)
# Arrows and guillemets a link box puts before its heading: "» Related: ...", ">> Mehr zum Thema",
# and the bracket of an inline teaser: "[Read more: ...]", "(Read also: ...)".
# Behind one, only a link heading is looked for ("» Zum Angebot: ..." may be the text's own link).
_POINTERS = "»›>→▶►[("
LINK_CUES = frozenset({"related", "most_read"})
# The ligature name of an icon font's glyph left in the text ("chevron_right", "filter_none",
# "keyboard_arrow_down"): lowercase ASCII words joined by underscores, then a space.
_ICON_NAME = regex.compile(r"[a-z]+(?:_[a-z]+){1,3} ")
# A numbered figure: a label word, a number, a colon ("Abbildung 4:", "Fig. 2:", "Image 9 -").
FIGURE_NUMBER = regex.compile(r"[^\W\d_][\w.]{0,15}\s?\d{1,3}[a-z]?\s?[:|–-]\s", regex.IGNORECASE)
_BULLET = regex.compile(r"^(?:[-–—•·*+▪►●■]\s|\d{1,2}[.)]\s)")
# The signs a renderer sets before a list item's text ("* Jane Doe", "+ Reporting by:"): a
# bulleted line read without its first two characters is the item itself.
BULLET_SIGNS = "*•+-–—"
# The number opening an ordered list's item ("3. ", "12) "); a bulleted line's number has at most two digits.
NUMBERED_ITEM = regex.compile(r"\d{1,3}[.)]\s+")


def unbulleted(info: LineInfo) -> str:
    """The line without its bullet sign ("* Jane Doe", "+ Reporting by:", as renderers set list items)."""
    return info.text[2:].strip() if info.bullet and info.text[:1] in BULLET_SIGNS else info.text

# Lines longer than this are never cue lines (boilerplate phrases are short).
CUE_LINE_MAX_CHARS = 160
# ... except for comment rules, which come in long sentences ("We welcome reader comments ...").
RULES_LINE_MAX_CHARS = 400
# A long line's caption label is looked for in its end only: a credit closing a caption.
CREDIT_LABEL_TAIL_CHARS = 60
# The cue categories still looked up on lines up to RULES_LINE_MAX_CHARS, with a
# phrase of three words or more: comment-form notices, newsletter and paywall
# appeals and affiliate notices come as long sentences.
LONG_LINE_CUES = frozenset({"comment_form", "subscribe", "ad"})
# A heading of at most this many words ending in a subscribe word heads a sign-up box.
TAIL_CUE_MAX_WORDS = 12
# A heading of at most this many words ending in a related-list heading heads a list of links.
TAIL_RELATED_MAX_WORDS = 5
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
    """Features of one line plus the label decisions made about it so far.

    The features come first, in the order :func:`compute_features` computes
    them, so a line can be built from the features of an earlier line with
    the same text (see :meth:`twin`).

    A blank line has no features and keeps the decision "blank" whatever
    happens, so the blank lines of one page may share a single LineInfo (a
    third of a page's lines are blank): its ``index`` is that of the first
    one. Code that uses ``index`` skips blank lines first.
    """

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
    comment_author: bool = False  # "Jane Doe says:" opens a comment
    caption_tail: bool = False  # closed by a photo label and credit: "... on Monday. Photo: Jane Doe"
    # Set after the per-line stage (the tabs are gone from the cleaned text).
    table: bool = False  # the input joined cells with tabs here: a table row
    # The words in each of the line's cells when the input set them apart by a run of spaces
    # ("Sport      Council approves the bridge": (1, 4)); empty for other lines.
    cells: tuple[int, ...] = ()
    # Decisions, filled by the classify and context stages.
    kind: str = "blank"
    score: float = 0.0
    label: str = "BLANK"
    reason: str = "blank line"
    # No characters: ``n_chars == 0``, set once when the line is built (n_chars never changes).
    # A slot, not a property: the stages scan a page's lines some dozens of times asking it,
    # and a property costs a function call each time (five times a slot's read).
    blank: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.blank = self.n_chars == 0

    @property
    def stop_ratio(self) -> float:
        return self.n_stop / self.n_words if self.n_words else 0.0

    def twin(self, index: int) -> LineInfo:
        """A line at ``index`` with the same text and features, and no decisions yet."""
        return LineInfo(
            index,
            self.text,
            self.n_chars,
            self.n_words,
            self.n_stop,
            self.n_you,
            self.terminal,
            self.ends_colon,
            self.cue,
            self.cue_phrase,
            self.label_kind,
            self.date,
            self.byline,
            self.counter,
            self.counter_head,
            self.copyright,
            self.bullet,
            self.comment_author,
            self.caption_tail,
        )


# A caption closed by its photo label and credit: looked for in the line's last characters,
# on lines with a description before the credit.
CAPTION_TAIL_CHARS = 120
CAPTION_TAIL_MIN_WORDS = 6

# Languages written without spaces: a "word" is about this many characters.
CJK_LANGUAGES = frozenset({"ja", "zh"})
CJK_CHARS_PER_WORD = 2
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# Lines up to this long are looked up in a page's memo of lines already seen:
# menus, share rows and rubrics repeat, paragraphs almost never do.
MEMO_LINE_MAX_CHARS = CUE_LINE_MAX_CHARS
# The memo is emptied when it holds this many lines, so it stays small on any page.
MEMO_MAX_LINES = 20_000


def compute_features(index: int, text: str, lex: Lexicon, memo: dict[str, LineInfo] | None = None) -> LineInfo:
    """The features of line ``index``.

    ``memo`` is the caller's map from the text of short lines already seen on
    this page to their LineInfo: a line seen before copies its features
    instead of computing them again. The caller keeps one memo per page (the
    lexicon is part of what a memo's features depend on).
    """
    if not text:
        if memo is None:
            return LineInfo(index, text)
        blank = memo.get(text)  # a page's blank lines share one LineInfo (see LineInfo)
        if blank is None:
            blank = memo[text] = LineInfo(index, text)
        return blank
    if memo is None or len(text) > MEMO_LINE_MAX_CHARS:
        return _compute(index, text, lex)
    seen = memo.get(text)
    if seen is not None:
        return seen.twin(index)
    if len(memo) >= MEMO_MAX_LINES:
        memo.clear()
    info = memo[text] = _compute(index, text, lex)
    return info


def describe_piece(index: int, text: str, lex: Lexicon) -> LineInfo:
    """The features of a piece of line ``index`` ("Title" of "Title | Site").

    Not per-line work: the headline stage asks it for the pieces of at most a
    few dozen lines above the text, once per page.
    """
    return _compute(index, text, lex)


def _compute(index: int, text: str, lex: Lexicon) -> LineInfo:
    n_chars = len(text)
    # Per-word work looks at a bounded sample: a 10 MB line costs one split, not a loop.
    if n_chars <= WORD_SAMPLE_CHARS:
        # Words are counted in what a reader sees: tags left in the text are
        # not words ("Sale now! <img width=1 src=...>" is a short line).
        shown = text
        if "<" in text:
            shown = HTML_TAG.sub(" ", text)
            if len(shown) != n_chars:
                n_chars = len(shown.strip())
        cf = shown.casefold()
        words = find_words(cf)
        n_words = len(words)
        if lex.languages and lex.languages[0] in CJK_LANGUAGES:
            n_words = max(n_words, len(_CJK.findall(shown)) // CJK_CHARS_PER_WORD)
        n_stop = sum(map(lex.stopwords.__contains__, words))
        you = lex.second_person
        n_you = sum(map(you.__contains__, words)) if you else 0
    else:
        cf = ""  # long lines are never cue lines: no casefolded copy needed
        sample = text[:WORD_SAMPLE_CHARS]
        words = find_words(sample.casefold())
        scale = len(text.split()) / max(1, len(sample.split()))
        n_words = round(len(words) * scale)
        if lex.languages and lex.languages[0] in CJK_LANGUAGES:
            n_words = max(n_words, round(len(_CJK.findall(sample)) * scale) // CJK_CHARS_PER_WORD)
        n_stop = round(sum(map(lex.stopwords.__contains__, words)) * scale)
        you = lex.second_person
        n_you = round(sum(map(you.__contains__, words)) * scale) if you else 0
    tail = text.rstrip(_CLOSERS)
    last = tail[-1:] if tail else ""
    ends_colon = last == ":"
    terminal = last in _TERMINAL and not ends_colon
    # A bullet starts with a bullet sign or a digit, never with a letter: most lines skip the regex.
    bullet = not text[0].isalpha() and _BULLET.match(text) is not None
    cue = cue_phrase = label_kind = date = byline = counter = counter_head = None
    copyright = comment_author = False
    label_hit: tuple[str, str] | None = None
    if n_chars <= CUE_LINE_MAX_CHARS:
        # The first word is the first \w+ run when the line starts with one (see first_word).
        key = words[0] if words and cf.startswith(words[0]) else cf[:1]
        hit = lex.cues.match(cf, key) if key in lex.cues.first_words else None
        if hit is None and bullet:
            hit = lex.cues.match(_BULLET.sub("", cf, count=1))
        elif hit is None and cf[:1] in _POINTERS:
            hit = lex.cues.match(cf.lstrip(_POINTERS + " "))
            if hit is not None and hit[1] not in LINK_CUES:
                hit = None
        elif hit is None and words and "_" in words[0] and _ICON_NAME.match(cf) is not None:
            # An icon font's ligature name before a link heading ("filter_none More on this topic"):
            # the icon draws a pointer, read like one. Only link cues: code opens on such names too.
            hit = lex.cues.match(cf[len(words[0]) :].lstrip())
            if hit is not None and hit[1] not in LINK_CUES:
                hit = None
        if hit is not None:
            cue_phrase, cue = hit
        label_hit = lex.labels.match(cf, key) if key in lex.labels.first_words else None
        if label_hit is not None:
            label_kind = label_hit[1]
        elif ":" in text and lex.caption_inline.search(text) is not None:
            label_kind = "caption_labels"
        copyright = ("©" in text or "(" in text or "&" in text) and _COPYRIGHT.search(text) is not None
    elif n_chars <= RULES_LINE_MAX_CHARS:
        key = words[0] if words and cf.startswith(words[0]) else cf[:1]
        hit = lex.cues.match(cf, key) if key in lex.cues.first_words else None
        if hit is not None and hit[1] in LONG_LINE_CUES and len(hit[0].split()) >= 3:
            cue_phrase, cue = hit
        if ":" in text[-CREDIT_LABEL_TAIL_CHARS:] and lex.caption_inline.search(text[-CREDIT_LABEL_TAIL_CHARS:]) is not None:
            label_kind = "caption_labels"  # "... im Ziel eine kurze Pause. (Foto: Jane Doe/Agency)": a caption's credit closes the line
    if n_chars > CUE_LINE_MAX_CHARS and cf and FIGURE_NUMBER.match(cf) is not None:
        # "Abbildung 4: <a long caption>", "Figure 2: ...": a numbered figure's caption, whatever its length.
        label_hit = lex.labels.match(cf)
        if label_hit is not None and label_hit[1] == "caption_labels":
            label_kind = label_hit[1]
    if cue is None and n_chars <= RULES_LINE_MAX_CHARS:
        # Cheap first: an inner cue's first word is one of the line's words (see _long_cue_keys).
        keys = _long_cue_keys(lex)
        if keys is None or not keys.isdisjoint(words):
            hit = _inner_cue(cf, lex)
            if hit is not None:
                cue_phrase, cue = hit
    if cue is None and 2 <= n_words <= TAIL_CUE_MAX_WORDS and not terminal:
        cue_phrase, cue = _tail_cue(words, lex)
    if n_chars <= SHORT_LINE_MAX_CHARS:
        has_digit = _DIGIT.search(text) is not None
        if has_digit:
            date = match_date_line(text, lex)
        if date is None and n_words <= BYLINE_MAX_WORDS:
            # "* Adam Hamilton": an author block that is a one-item list.
            named = text[2:] if bullet and text[0] in BULLET_SIGNS else text
            # Without its bullet, the item's own label is looked up ("* by Jane Doe").
            byline = match_byline(named, lex, label_hit) if named is text else match_byline(named, lex)
        elif date is None and label_hit is not None and label_hit[1] == "byline_labels" and ("|" in text or "·" in text or "•" in text):
            # "By Jane Doe, Staff Writer | Updated March 5, 2024 at 4:33 p.m.": a labelled byline
            # and more pieces after a separator; the first piece is read alone.
            head = split_segments(text)[0]
            if len(head.split()) <= BYLINE_MAX_WORDS:
                byline = match_byline(head, lex, label_hit)
        if has_digit:  # every counter shows a number
            found = _match_counter(text, lex)
            if found is None and bullet and text[0] in BULLET_SIGNS and _COUNTER_AFTER.match(text[2:]) is not None:
                found = _match_counter(text[2:], lex)  # a list item of a toolbar: "* Comments: 0"
            if found is not None:
                counter, counter_head, cue_phrase = found
                cue = "comments"
        if ends_colon and n_words <= COMMENT_AUTHOR_MAX_WORDS:
            head = text[:-1].rstrip().casefold()
            comment_author = any(head.endswith(" " + verb) for verb in lex.comment_says)
    caption_tail = n_words >= CAPTION_TAIL_MIN_WORDS and lex.caption_tail.search(text[-CAPTION_TAIL_CHARS:]) is not None
    return LineInfo(
        index,
        text,
        n_chars,
        n_words,
        n_stop,
        n_you,
        terminal,
        ends_colon,
        cue,
        cue_phrase,
        label_kind,
        date,
        byline,
        counter,
        counter_head,
        copyright,
        bullet,
        comment_author,
        caption_tail,
    )


def _tail_cue(words: list[str], lex: Lexicon) -> tuple[str | None, str | None]:
    """A cue closing a short heading: "The Weekly Newsletter", "Jetzt kostenlos abonnieren" head a
    sign-up box; "Artikel und Videos zum Thema", "Other related articles" a list of links."""
    if words[-1] in lex.subscribe_words:
        return words[-1], "subscribe"
    if len(words) <= TAIL_RELATED_MAX_WORDS:
        for k in (2, 3, 4):
            tail = " ".join(words[-k:])
            if k < len(words) and tail in lex.related_tails:
                return tail, "related"
    return None, None


def _match_counter(text: str, lex: Lexicon) -> tuple[int, str, str] | None:
    """``(count, heading, cue phrase)`` for lines like "Комментарии (0)" whose words are a comments cue."""
    m = _COUNTER_AFTER.match(text)
    if m:
        number = m.group("n1") or m.group("n2") or m.group("n3")
    else:
        m = _COUNTER_BEFORE.match(text)
        if not m:
            return None
        number = m.group("n")
    head = m.group("head").strip()
    if "=" in head:  # a line of code ("response = client.recv(4096)"), not "Responses (3)"
        return None
    hit = lex.cues.match(head.casefold())
    if hit and hit[1] == "comments":
        return int(number), head, hit[0]
    return None


# Where a sentence starts inside a line: after a sentence end, a colon or a slash
# ("Lust auf mehr? Melde dich ...", "Note: Some posts may contain affiliate links",
# "Updated 2 Feb / Affiliate links ..."), or after stars that mark a notice ("*Werbung").
_INNER_START = regex.compile(r"^[*†]+\s*|[.!?:/|]\s+")


@lru_cache(maxsize=64)  # one entry per lexicon (hashed by identity), as lexicon_for keeps them
def _long_cue_keys(lex: Lexicon) -> frozenset[str] | None:
    """The first words of the cue phrases of LONG_LINE_CUES, the only ones :func:`_inner_cue` takes;
    None when one of them is no word (a sign): then every line is searched.

    Why a line holding none of these words has no inner cue: the phrase starts after a sentence
    end and spaces, or after stars, so its first word (a run of word characters after a non-word
    character) is one of the line's words as ``find_words`` reads them.
    """
    keys = lex.cues.first_words_of(LONG_LINE_CUES)
    return keys if all(find_words(k) == [k] for k in keys) else None


def _inner_cue(cf: str, lex: Lexicon) -> tuple[str, str] | None:
    """A long-line cue (three words or more) that starts a sentence inside the line, else None.

    Newsletter appeals, paywall notices and affiliate notices often follow a sentence
    of their own; only the categories of LONG_LINE_CUES are looked for, so a "Read more"
    inside prose never turns it into a link.
    """
    for m in _INNER_START.finditer(cf):
        rest = cf[m.end() :]
        key = first_word(rest)
        if key not in lex.cues.first_words:
            continue
        hit = lex.cues.match(rest, key)
        if hit is not None and hit[1] in LONG_LINE_CUES and (len(hit[0].split()) >= 3 or m.start() == 0):
            if hit[1] == "comment_form" and _details_row_link(cf, m.start(), m.end() + len(hit[0]), lex):
                continue
            return hit
    return None


def _details_row_link(cf: str, start: int, end: int, lex: Lexicon) -> bool:
    """"By Jane Doe | March 5, 2024 | Leave a comment": the comment cue closing a post's details
    row after a separator, behind its byline label or date, links to the comments; no form."""
    if cf[start : start + 1] not in ("|", "/") or cf[end:].strip(" .!") or start == 0:
        return False
    head = cf[:start]
    label = lex.labels.match(head)
    return (label is not None and label[1] == "byline_labels") or find_date(head, lex) is not None
