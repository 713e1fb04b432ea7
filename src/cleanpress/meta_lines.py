"""Tests on the lines around the text shared by the header, the trailer and the fallbacks:
whether a name is a person's, a name beside a date, a menu of labels, and setting the byline."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Sequence

import regex

from .bylines import BylineMatch, lone_given_name, looks_like_name
from .features import LineInfo
from .headline import nonblank_after, nonblank_before
from .layout import _LIST_HEADS, Layout
from .lexicon import Lexicon

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


def _heads_teasers(info: LineInfo, next_line: list[LineInfo]) -> bool:
    """A list's heading ("Most read", "Related") over a teaser title, not over a byline alone."""
    return info.kind == "cue" and info.cue in _LIST_HEADS and bool(next_line) and next_line[0].byline is None


def _menu_item(info: LineInfo) -> bool:
    """A short line or a navigation cue: an item of a menu, a button, a label ("Address:")."""
    return info.kind == "short" or (info.kind == "cue" and info.cue == "nav")


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


def _cut_date_label(bm: BylineMatch, lex: Lexicon) -> BylineMatch:
    """"By Jane Doe Published: May 3": the date's label ends the name."""
    authors = tuple(a for a in (lex.date_labels.split(n, maxsplit=1)[0].strip(" ,|·•") for n in bm.authors) if a)
    return bm if authors == bm.authors else BylineMatch(byline=bm.byline, authors=authors, labelled=bm.labelled)


def _set_byline(info: LineInfo, bm: BylineMatch, layout: Layout, reason: str) -> None:
    """Make ``info`` the article's byline line; it leaves the body if it was in it."""
    layout.byline_match, layout.byline = bm, info.index
    info.label, info.reason = "BYLINE", reason
    if info.index in layout.body:
        layout.body.remove(info.index)


def _person_like(name: str, infos: list[LineInfo], layout: Layout) -> bool:
    if layout.lower_words is None:
        layout.lower_words = _lower_words(infos)
    words = [w.casefold() for w in _WORD.findall(name) if len(w) >= NAME_WORD_MIN_CHARS]
    if any(_cue_word(w, layout.cue_words) for w in words):
        return False  # a button or heading of the page ("Get Started", "Watch Next", "Neueste Beiträge")
    if any(len(w) >= NOUN_SUFFIX_MIN_CHARS and w.endswith(_NOUN_SUFFIXES) for w in words):
        return False  # a common noun or adjective by its ending ("Rechtliche Hinweise", "Online Services", "Печать")
    if layout.lower_sorted is None:
        layout.lower_sorted = sorted(layout.lower_words)
    common = [_common_word(w, layout.lower_words, layout.lower_sorted) for w in words]
    # A given name is seldom a common word; a surname may be ("Emily Way", "Anna Young").
    return not (common and (common[0] or sum(common) > len(common) / 2))


NAME_WORD_MIN_CHARS = 3
# Endings of derived nouns, adjectives and verbs that no given name or surname has
# (casefolded): German "-ierung", "-heit", "-liche"; English "-tion", "-ices", "-ology";
# a Russian infinitive "-ть" ("Подписать") or noun in "-ать" ("Печать"). "-tung" is left
# out ("Hartung"), and so are "-ment" ("Clement") and "-ness" ("Guinness").
_NOUN_SUFFIXES = (
    "ierung", "nung", "rung", "lung", "gung", "heit", "keit", "schaft", "liche", "lichen", "ische", "ischen",
    "tion", "tions", "ices", "ology", "ть",
)
NOUN_SUFFIX_MIN_CHARS = 6
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
# The same on an ASCII line (\p{Ll} is [a-z] there, and no ’): the standard library's
# engine finds the words about a third faster, and most lines of most pages are ASCII.
_ASCII_PLAIN_TOKEN = re.compile(r"(?<![\w./@:#-])[a-z][a-z']+(?![\w/@:-]|\.\w)")


def _lower_words(infos: list[LineInfo]) -> frozenset[str]:
    """Words the page writes in lowercase, in running text (not in addresses: "site.com/jane-doe")."""
    words: set[str] = set()
    # A line repeated on the page (menus, share rows) adds no new words: each text is read once.
    for text in {info.text for info in infos if info.n_chars}:
        sample = text[:LOWER_SAMPLE_CHARS]
        words.update((_ASCII_PLAIN_TOKEN if sample.isascii() else _PLAIN_TOKEN).findall(sample))
    return frozenset(words)
