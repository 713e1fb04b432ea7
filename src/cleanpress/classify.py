"""Stage 4: classify each line on its own (the jusText idea, for plain text).

Each non-blank line gets a *kind* and a *score*:

- ``cue``: a known boilerplate phrase starts it (share, cookie, "Читайте также", ...);
- ``date``, ``byline``, ``caption``, ``counter``: metadata shapes;
- ``good``: prose, long with function words and a sentence end;
- ``neargood``: a short sentence;
- ``title``: title-like, several words and no sentence end (headlines, teasers, subheads);
- ``short``: one to three words (menu items, rubrics, tags);
- ``bad``: the rest.

The score is how much the line argues for "the article is here": the context
stage looks for the run of lines with the highest total. Thresholds are named
in :class:`Thresholds` and can be passed in.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .features import FIGURE_NUMBER, NUMBERED_ITEM, LineInfo, explain

__all__ = ["Thresholds", "DEFAULT_THRESHOLDS", "classify_line", "min_stop_ratio"]

# The label each cue category gives a line when the context stage keeps it.
CUE_LABELS = {
    "share": "SHARE",
    "comments": "COMMENTS",
    "comment_form": "COMMENTS",
    "related": "RELATED",
    "most_read": "RELATED",
    "subscribe": "BOILERPLATE",
    "cookie": "BOILERPLATE",
    "copyright": "FOOTER",
    "ad": "AD",
    "nav": "NAV",
    "login": "NAV",
    "tags": "TAGS",
}


# Boilerplate that comes in whole sentences: a cookie banner or a comment-form
# notice is prose by shape, and still boilerplate.
SENTENCE_CUES = frozenset({"cookie", "comment_form", "subscribe", "copyright", "ad"})


@dataclass(frozen=True)
class Thresholds:
    """Named thresholds of the line classifier; every one has a documented default."""

    #: words a line needs to count as prose ("good")
    good_min_words: int = 10
    #: share of function words prose has (stopword density), when the language has a list
    good_min_stop_ratio: float = 0.12
    #: the same for agglutinative languages, whose grammar lives in suffixes, not in small words
    agglutinative_min_stop_ratio: float = 0.03
    agglutinative_languages: tuple[str, ...] = ("kk", "ky", "uz", "tr", "az", "fi", "et", "hu", "ja", "ko")
    #: a sentence this long is prose even with few function words
    sentence_words: int = 15
    #: a line this long is prose whatever its punctuation (unless it is a list of words)
    long_line_words: int = 25
    #: a long line without sentence end or comma and with fewer function words than this is a list of words
    word_list_max_stop_ratio: float = 0.05
    #: words of a short sentence ("neargood")
    neargood_min_words: int = 4
    #: at most this many words make a "short" line (menu item, rubric, tag)
    short_max_words: int = 3
    #: a cue phrase must cover at least this share of a line's words to make it boilerplate
    cue_min_coverage: float = 0.34
    #: score of prose per 100 characters, and its cap
    good_score_per_100: float = 1.0
    good_score_cap: float = 6.0
    neargood_score: float = 0.4
    title_score: float = -0.6
    short_score: float = -1.0
    cue_score: float = -3.0
    meta_score: float = -0.5
    bad_score: float = -1.0


DEFAULT_THRESHOLDS = Thresholds()


def min_stop_ratio(language: str | None, has_stopwords: bool, th: Thresholds = DEFAULT_THRESHOLDS) -> float:
    """The stopword density prose must reach in ``language`` (0 when we have no list)."""
    if not has_stopwords:
        return 0.0
    if language in th.agglutinative_languages:
        return th.agglutinative_min_stop_ratio
    return th.good_min_stop_ratio


def classify_line(info: LineInfo, stop_ratio: float, th: Thresholds = DEFAULT_THRESHOLDS) -> None:
    """Set ``info.kind``, ``info.score`` and a first ``label``/``reason``.

    ``stop_ratio`` is the function-word density prose needs (see :func:`min_stop_ratio`).
    """
    if info.blank:
        info.kind, info.score, info.label, info.reason = "blank", 0.0, "BLANK", "blank line"
        return
    words = info.n_words
    stop_ok = (info.n_stop / words if words else 0.0) >= stop_ratio  # info.stop_ratio, without the call
    sentence = info.terminal and words >= th.sentence_words
    prose = (words >= th.long_line_words and not _word_list(info, stop_ratio, th)) or (words >= th.good_min_words and info.terminal and stop_ok) or sentence

    if info.comment_author:
        _set(info, "counter", th.cue_score, "COMMENTS", "comment author line ('... says:')")
        return
    if info.counter is not None:
        _set(info, "counter", th.cue_score, "COMMENTS", explain("comments counter ({})", info.counter))
        return
    if (info.text[:1] in "PpTt" and _PINGBACK.match(info.text) is not None) or (
        # The comment list as an ordered list ("1. Pingback von ...", a layout renderer's <ol>).
        info.bullet and info.text[:1].isdigit() and _PINGBACK.match(NUMBERED_ITEM.sub("", info.text, count=1)) is not None
    ):
        # Read like "Jane Doe says:": it opens a comment (the page's excerpt under it), and ends any article run.
        info.comment_author = True
        _set(info, "counter", th.cue_score, "COMMENTS", "pingback or trackback (another page's notice among the comments)")
        return
    if info.cue and (not prose or info.cue in SENTENCE_CUES) and _cue_covers(info, th):
        _set(info, "cue", th.cue_score, CUE_LABELS.get(info.cue, "BOILERPLATE"), explain("cue phrase '{}' ({})", info.cue_phrase, info.cue))
        return
    if info.cue == "related" and info.n_chars <= 300 and not _phrase_opens_sentence(info):
        # "Читайте также: <title>" may be long, but it is still a link, not prose.
        _set(info, "cue", th.cue_score, "RELATED", explain("cue phrase '{}' (related)", info.cue_phrase))
        return
    if info.n_words <= ERROR_NOTICE_MAX_WORDS and "+" in info.text and _ERROR_NOTICE_KEYS.search(info.text):
        _set(info, "cue", th.cue_score, "BOILERPLATE", "notice asking to report a typo ('... press Ctrl+Enter')")
        return
    if info.n_words <= CREDIT_TAIL_MAX_WORDS and "/" in info.text[-CREDIT_TAIL_CHARS:] and _CREDIT_TAIL.search(info.text[-CREDIT_TAIL_CHARS:]):
        _set(info, "caption", th.meta_score, "CAPTION", "caption closed by a photo credit ('... Jane Doe/Agency')")
        return
    if GLUED_CREDIT_MIN_WORDS <= info.n_words <= CREDIT_TAIL_MAX_WORDS and _GLUED_CREDIT.search(info.text[-10:]):
        _set(info, "caption", th.meta_score, "CAPTION", "caption closed by an agency's code glued to its sentence ('... in Doha.ABC')")
        return
    if info.caption_tail and info.n_words <= CREDIT_TAIL_MAX_WORDS:
        _set(info, "caption", th.meta_score, "CAPTION", "caption closed by its photo label and credit ('... Photo: Jane Doe')")
        return
    if info.n_words <= CREDIT_TAIL_MAX_WORDS and not info.copyright and _licence_tag(info.text):
        _set(info, "caption", th.meta_score, "CAPTION", "caption closed by a free licence's tag ('... Jane Doe, CC BY-SA 4.0')")
        return
    if not prose and info.label_kind != "caption_labels" and _credited_caption(info):
        # Scored as the copyright line it was read as: a page's furniture, no text.
        _set(info, "caption", th.cue_score, "CAPTION", "caption closed by a credit ('... - © Agency')")
        return
    if info.copyright and not prose:
        _set(info, "cue", th.cue_score, "FOOTER", "copyright sign")
        return
    if _CAPTION_WORD.match(info.text) is not None or (
        info.label_kind == "caption_labels" and (not prose or FIGURE_NUMBER.match(info.text) is not None) and not _dated_before_label(info)
    ):
        _set(info, "caption", th.meta_score, "CAPTION", "caption label")
        return
    if info.date is not None:
        _set(info, "date", th.meta_score, "DATE", "date shape")
        return
    if info.byline is not None and info.byline.labelled:
        _set(info, "byline", th.meta_score, "BYLINE", "byline label")
        return
    if not prose and info.n_words >= MENU_ROW_MIN_ITEMS and _menu_row(info.text):
        _set(info, "cue", th.cue_score, "NAV", "menu run into one line ('News | Sport | Culture | ...')")
        return
    if info.text[:1] == "<" and _is_markup(info.text):
        # Many words, but tags and attributes, not sentences.
        _set(info, "bad", th.bad_score, "BOILERPLATE", "HTML markup left in the text")
        return
    if prose:
        score = min(th.good_score_cap, th.good_score_per_100 * info.n_chars / 100.0 + 0.5)
        _set(info, "good", score, "BODY", "prose: long, function words, sentence end")
        return
    if words >= th.neargood_min_words and info.terminal and stop_ok:
        _set(info, "neargood", th.neargood_score, "BODY", "short sentence")
        return
    if info.byline is not None:
        _set(info, "name", th.meta_score, "BOILERPLATE", "name-shaped line")
        return
    if words <= th.short_max_words:
        _set(info, "short", th.short_score, "BOILERPLATE", "short line (1-3 words)")
        return
    if not info.terminal:
        _set(info, "title", th.title_score, "BOILERPLATE", "title-like line")
        return
    _set(info, "bad", th.bad_score, "BOILERPLATE", "no function words")


# A one-word related phrase that is the first word of a sentence or list item
# ("Latest generation chips run cooler", "Related costs rose"): the next word is a
# lowercase word of RELATED_LEAD_MIN_CHARS letters or more, in a line of
# RELATED_LEAD_MIN_WORDS words or more with no colon. A link reads "Latest: <title>"
# or "Подробнее о ...".
RELATED_LEAD_MIN_WORDS = 5
RELATED_LEAD_MIN_CHARS = 4
_NEXT_WORD = regex.compile(r"\s*(\p{L}+)")


# A phrase of several words opens a sentence of the text when a long line (RELATED_SENTENCE_MIN_WORDS
# words or more, no colon, closed by a full stop) goes on with a lowercase word ("You might also
# enjoy the small museum at the harbour, which ..."): a link names its title ("You might also
# enjoy: <title>", "Read also <Title>").
RELATED_SENTENCE_MIN_WORDS = 15


def _phrase_opens_sentence(info: LineInfo) -> bool:
    phrase = info.cue_phrase or ""
    if len(phrase.split()) > 1 and info.n_words >= RELATED_SENTENCE_MIN_WORDS and ":" not in info.text and info.text.rstrip().endswith("."):
        start = info.text.casefold().find(phrase)
        m = _NEXT_WORD.match(info.text, start + len(phrase)) if start >= 0 else None
        return m is not None and m.group(1).islower()
    if len(phrase.split()) != 1 or info.n_words < RELATED_LEAD_MIN_WORDS or ":" in info.text:
        return False
    start = info.text.casefold().find(phrase)
    if start < 0:
        return False
    m = _NEXT_WORD.match(info.text, start + len(phrase))
    return m is not None and m.group(1).islower() and len(m.group(1)) >= RELATED_LEAD_MIN_CHARS


# A label that names nothing but a caption ("Legende:", "Caption:", "Bildunterschrift:"): the
# sentence after it is the picture's, however long (unlike "Foto:" or "Source:", which may open text).
_CAPTION_WORD = regex.compile(r"(?:legende|légende|leyenda|legenda|caption|bildunterschrift|bildtext)\s?:", regex.IGNORECASE)

# A pingback or trackback ("Pingback: <title> | <site>", "Pingback von <blog> | 12.05.2014"): the
# notice another page left among the comments, however long. The word is followed by a colon, a
# count or the preposition naming the page ("Pingbacks are ..." opens a sentence about them).
# The number of an ordered list's item ("1. ", "12) "), as a layout renderer writes it.
_PINGBACK = regex.compile(r"(?:ping|track)backs?(?:\s?[:(\d]|\s(?:von|by|from|de|di|da|van|od|от)\s|$)", regex.IGNORECASE)

# A caption closed by its photo credit, after the sentence: "... on Monday. (AP Photo/Jane Doe)",
# "... supply chain. Jane Doe/Agency files", "... in 2024.Jane Doe / Example Images": capitalised
# words, a slash, an agency; the agency may be a short lowercase code ("... Jane Doe/abc") and
# agencies' codes in capitals may stand in a row before it ("... ABC/DEF/JANE DOE"). Looked for in the last
# CREDIT_TAIL_CHARS characters of a line.
CREDIT_TAIL_CHARS = 90
CREDIT_TAIL_MAX_WORDS = 80
_CREDIT_TAIL = regex.compile(
    r"[.!?]\s?(?:\(?(?:\p{Lu}[\w.'’-]*\s){0,3}\p{Lu}[\w.'’-]*(?:\s?/\s?\p{Lu}[\p{Lu}\d&-]*){0,2}\s?/\s?"
    r"(?:\p{Lu}[\w.'’&-]*(?:\s[\w.'’&-]+){0,4}|\p{Ll}{2,4})(?<!\.)\)?"
    r"|\((?=[^()]*\p{Lu})[\w.'’-]+(?:\s[\w.'’-]+){0,2}\s?/\s?[\w.'’&-]+(?:\s[\w.'’&-]+){0,3}\))$"  # "(jdoe / Example.com)"
)

# A caption whose credit, an agency's short code in capitals, the renderer glued to its sentence's
# end ("... during the first lap in Doha.ABC"): a sentence of GLUED_CREDIT_MIN_WORDS words or
# more, lowercase letters, the full stop, two to five capitals, the line's end.
GLUED_CREDIT_MIN_WORDS = 5
_GLUED_CREDIT = regex.compile(r"\p{Ll}{2}[.!?][\"'”’»)]?\p{Lu}{2,5}$")

# A menu run into one line: MENU_ROW_MIN_ITEMS items or more of at most MENU_ITEM_MAX_WORDS
# words each, set apart by a bar, a spaced dash, a bullet or a slash ("News | Sport | Culture
# | ...", "- Politics - Economy - Migration - ..."). No sentence is cut like that.
MENU_ROW_MIN_ITEMS = 8
MENU_ITEM_MAX_WORDS = 4
_MENU_SEPARATOR = regex.compile(r"\s(?:[-–|•·/])(?=\s)|^\s*[-–|•·*]\s")


def _menu_row(text: str) -> bool:
    items = [item.split() for item in _MENU_SEPARATOR.split(text)]
    items = [item for item in items if item and any(ch.isalnum() for word in item for ch in word)]
    return len(items) >= MENU_ROW_MIN_ITEMS and all(len(item) <= MENU_ITEM_MAX_WORDS for item in items)


# A notice asking the reader to report a typo ("Found a mistake? Select it and press Ctrl+Enter"):
# whatever its language, it names the keys. At most ERROR_NOTICE_MAX_WORDS words.
ERROR_NOTICE_MAX_WORDS = 40
_ERROR_NOTICE_KEYS = regex.compile(r"(?<!\w)(?:ctrl|strg)\s?\+\s?(?:enter|eingabe)(?!\w)", regex.IGNORECASE)

# A photo's caption closed by its credit: "Workers on the roof of the plant. - © Jane Doe / Agency",
# "The hall of the university / (C) Jane Doe": a separator, then the sign.
_CREDIT_MARK = regex.compile(r"[-–—/|(.,:]\s*(?:©|\(C\)\s+\p{Lu})")
CREDIT_CAPTION_MIN_WORDS = 5  # words before the credit: a description, not a site's name

# A picture's caption or credit closed by the tag of the free licence it is used under: "Map of
# the district. Click to enlarge. CC BY-SA 2.0", "Foto: Jane Doe (CC BY 2.0)", "Logo by Jane Doe,
# CC0": after a comma, a bracket, a dash or a sentence's end. Text that talks about a licence
# names it in its sentence ("This work is licensed under CC BY 4.0"); a tag standing apart at the
# line's end credits a picture. A line with a copyright sign is left to the copyright rules.
# Looked for in the last LICENCE_TAIL_CHARS characters.
LICENCE_TAIL_CHARS = 40
_LICENCE_TAIL = regex.compile(r"(?:^|[(,;:|/–—-]\s*|[.!?)]\s+)CC(?:0|[- ]BY(?:[- ](?:SA|NC|ND)){0,2}(?:[- ]\d\.\d)?)(?:[- ]\p{Lu}{2})?\)?\s*$")



def _licence_tag(text: str) -> bool:
    tail = text[-LICENCE_TAIL_CHARS:]
    if "CC" not in tail:
        return False
    m = _LICENCE_TAIL.search(tail)
    return m is not None and (m.start() > 0 or len(tail) == len(text))  # "^" is the line's start


def _credited_caption(info: LineInfo) -> bool:
    if "©" not in info.text and "(C)" not in info.text:
        return False
    m = _CREDIT_MARK.search(info.text)
    return m is not None and len(info.text[: m.start()].split()) >= CREDIT_CAPTION_MIN_WORDS


# A menu or drop-down list a renderer glued together without spaces ("Select CategoryGardenKitchenTravel"):
# a lower-case letter right before a capital inside a word, as often as GLUED_ITEMS_PER_WORD per word.
_GLUED_ITEM = regex.compile(r"\p{Ll}\p{Lu}")
GLUED_ITEMS_PER_WORD = 0.5


def _word_list(info: LineInfo, stop_ratio: float, th: Thresholds) -> bool:
    """A long line that is a list of words: a menu or tag cloud run into one line
    ("Politics Business Sports Culture ..."): no sentence end, no comma and
    almost no function words (when the language has a list of them), or items glued
    together ("GardenKitchenTravelHealth ...") whatever its function words."""
    if not stop_ratio or info.terminal or "," in info.text:
        return False
    if info.n_stop < th.word_list_max_stop_ratio * info.n_words:
        return True
    return len(_GLUED_ITEM.findall(info.text)) >= GLUED_ITEMS_PER_WORD * info.n_words


# Menu words and share buttons are whole lines: "Local" is a menu item, "Local
# pupils win a contest" a headline. At most this many words beyond the phrase.
WHOLE_LINE_CUES = {"nav": 1, "login": 1, "share": 2, "comments": 1}

# A comment form's one-word fields ("Website", "Email") are cues alone on their line, or as
# the label of an address ("E-Mail: desk@example.org"); a label over words is a fact of the
# text ("Website: Example Shop's online store"), no form.
LABEL_IS_NO_CUE = frozenset({"comment_form"})
_ADDRESS = regex.compile(r"@|\w\.\w|/")

# "Share:" over at most this many words (the networks' buttons) is a share row.
SHARE_LABEL_MAX_WORDS = 10
# A share phrase said this many times on one line is a row of share buttons.
SHARE_ROW_REPEATS = 3

# What may close a heading after its last word ("Newsletter!", "Jetzt abonnieren >").
TAIL_CUE_END = " !.:>»›→)"

# The year a copyright sign opens on, perhaps after the word itself ("© Copyright 2014").
_COPYRIGHT_YEAR = regex.compile(r"(?:(?:copyright|©)\s*)?\d{4}", regex.IGNORECASE)

# What may follow a one-word ad marker ("Anzeige", "Advertisement") on its line.
AD_MARKER_SEPARATORS = frozenset(".-–—|")


def _cue_covers(info: LineInfo, th: Thresholds) -> bool:
    """The cue is most of the line ("Поделиться", "Читайте также:"), not the start of a sentence."""
    phrase = info.cue_phrase or ""
    phrase_words = len(phrase.split())
    if phrase_words == 1 and info.n_words > 1:
        # One word ("Email", "Video", "Website") is a cue only alone on its line,
        # or as a label: "Теги: a, b", "Tags: x".
        # An ad marker also heads a line after a dot or a dash: "Werbung. Dieser Beitrag ...",
        # "Advertisement - Continue Reading Below".
        # The phrase may follow a star ("*Werbung. ..."): read what comes after it.
        found = info.text.casefold().rfind(phrase) if info.cue == "subscribe" else info.text.casefold().find(phrase)
        start = max(0, found)
        rest = info.text[start + len(phrase) :].lstrip()
        if start > 0 and info.cue == "subscribe" and not rest.strip(TAIL_CUE_END):
            return True  # the last word of a short heading: "Our Weekly Newsletter"
        if info.cue == "ad" and rest[:1] in AD_MARKER_SEPARATORS:
            return True
        if info.cue == "copyright" and start == 0 and _COPYRIGHT_YEAR.match(rest) is not None:
            return True  # "© 2017 Example Media. All rights reserved.", "© Copyright 2010-2014, ..."
        if info.cue in LABEL_IS_NO_CUE and not _ADDRESS.search(rest):
            return False
        if info.cue == "share" and rest.startswith(":") and not info.terminal and info.n_words <= SHARE_LABEL_MAX_WORDS:
            return True  # "Share: Facebook X LinkedIn Email": the buttons behind their label
        return rest.startswith(":") and info.cue not in WHOLE_LINE_CUES
    extra = WHOLE_LINE_CUES.get(info.cue or "")
    if info.cue == "share" and not info.terminal and info.text.casefold().count(phrase) >= SHARE_ROW_REPEATS:
        return True  # "Share on X Share on Facebook Share on LinkedIn": a row of buttons
    if extra is not None:
        return info.n_words <= phrase_words + extra
    return phrase_words >= th.cue_min_coverage * max(1, info.n_words) or info.n_words <= 6 or info.cue in SENTENCE_CUES


# An HTML tag opening a line: "<div style=...>", "</p>", "<!--".
_TAG_START = regex.compile(r"<(?:[a-zA-Z][\w:-]{0,20}[\s/>]|/[a-zA-Z]|!--)")


def _is_markup(text: str) -> bool:
    """Raw HTML left in the text (a ``<noscript>`` pixel, a ``<textarea>`` of embed
    code): a tag opens the line and tags close it or fill it."""
    return _TAG_START.match(text) is not None and (text.rstrip().endswith(">") or text.count("<") >= 3)


# A label's colon: not a time's ("10:12").
_LABEL_COLON = regex.compile(r":(?!\d)")


def _dated_before_label(info: LineInfo) -> bool:
    """A date line whose date comes before its caption label's colon: the article's dateline
    naming its source ("March 4, 2025, 10:12 AM / Source: City Desk", "12.03.2025 | Quelle:
    dpa"), not a photo's caption ("Foto: Jane Doe, 12.03.2025")."""
    if info.date is None:
        return False
    at = info.text.find(info.date.text)
    colon = _LABEL_COLON.search(info.text)
    return at >= 0 and colon is not None and at < colon.start()


def _set(info: LineInfo, kind: str, score: float, label: str, reason: str) -> None:
    info.kind, info.score, info.label, info.reason = kind, score, label, reason
