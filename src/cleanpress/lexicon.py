"""Language data, loaded once from ``data/languages/*.json`` (see ``data/SCHEMA.md``).

The logic asks questions of a :class:`Lexicon` ("which cue starts this
line?", "is this a month name?") and never holds words of a language itself.
A lexicon can merge several languages: a Kazakh site in Russian with English
share buttons is the normal case, so the parser always looks at the page's
language plus the fallbacks named in :data:`FALLBACK_LANGUAGES`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Mapping

import regex

__all__ = ["Lexicon", "available_languages", "lexicon_for", "load_language"]

# Widgets in these languages show up on pages of any language.
FALLBACK_LANGUAGES: Mapping[str, tuple[str, ...]] = {
    "kk": ("ru", "en"),
    "uk": ("ru", "en"),
    "ru": ("en",),
    "be": ("ru", "en"),
}
DEFAULT_FALLBACK: tuple[str, ...] = ("en",)

_WORD = regex.compile(r"\w+")
# On ASCII text \w is [A-Za-z0-9_] for both engines, and the standard library's finds
# a line's first word about twice as fast (str.isascii is O(1)): most lines are ASCII.
_ASCII_WORD = re.compile(r"\w+", re.ASCII)
CUE_CATEGORIES = (
    "share",
    "comments",
    "comment_form",
    "related",
    "subscribe",
    "cookie",
    "copyright",
    "ad",
    "nav",
    "tags",
    "most_read",
    "login",
)
# Shorter words of cue phrases ("on", "to", "da") are too often a part of a name.
CUE_WORD_MIN_CHARS = 3
# Words of a photo credit closing a caption ("... on Monday. Photo: Jane Doe/Agency"): a name
# or an agency is short; a longer credit is a data source ("Source: The Federal Office of ...").
CAPTION_TAIL_WORDS = 4
# Label-like lists matched at the start of a line, like cues.
LABEL_KEYS = ("byline_labels", "caption_labels", "agencies")


@lru_cache(maxsize=1)
def available_languages() -> tuple[str, ...]:
    root = resources.files("cleanpress") / "data" / "languages"
    return tuple(sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".json")))


@lru_cache(maxsize=64)
def load_language(code: str) -> Mapping[str, Any]:
    """The raw data of one language (``{}`` for a language we have no file for)."""
    if code not in available_languages():
        return {}
    path = resources.files("cleanpress") / "data" / "languages" / f"{code}.json"
    data: Mapping[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def news_agencies() -> frozenset[str]:
    """The news agencies of ``data/news_agencies.json``, casefolded: one list for every
    language, since a page in any language may credit Reuters or РИА Новости."""
    path = resources.files("cleanpress") / "data" / "news_agencies.json"
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["agencies"])


def find_words(text: str) -> list[str]:
    """The words (``\\w+`` runs) of ``text``, as ``regex.findall(r"\\w+", text)`` finds them.

    On ASCII text \\w is [A-Za-z0-9_] for both engines and the standard library's finds the
    same words in about half the time (str.isascii is O(1)); other text keeps the regex
    module's Unicode \\w (the standard library's differs on combining marks).
    """
    return (_ASCII_WORD if text.isascii() else _WORD).findall(text)


def first_word(line_cf: str) -> str:
    """The first word of a casefolded line, or its first character when it starts with none."""
    m = (_ASCII_WORD if line_cf.isascii() else _WORD).match(line_cf)
    return m.group() if m else line_cf[:1]


class PrefixMatcher:
    """Finds which known phrase a casefolded line starts with, in O(1) lookups per line.

    Phrases are indexed by their first word; a match must end at a word
    boundary, and the longest phrase wins.
    """

    def __init__(self, phrases: Iterable[tuple[str, str]]) -> None:
        index: dict[str, list[tuple[str, str]]] = {}
        for phrase, tag in phrases:
            phrase = " ".join(phrase.casefold().split())
            key = first_word(phrase)
            if not key:
                continue
            index.setdefault(key, []).append((phrase, tag))
        for items in index.values():
            items.sort(key=lambda it: -len(it[0]))
        self._index = index
        #: the first words of all phrases: a line whose first word is not here matches none
        self.first_words = frozenset(index)

    def first_words_of(self, tags: Iterable[str]) -> frozenset[str]:
        """The first words of the phrases tagged with one of ``tags``."""
        wanted = frozenset(tags)
        return frozenset(key for key, items in self._index.items() if any(tag in wanted for _, tag in items))

    def match(self, line_cf: str, key: str | None = None) -> tuple[str, str] | None:
        """``(phrase, tag)`` of the longest phrase that starts ``line_cf``, else ``None``.

        ``key`` is the line's first word (:func:`first_word`), when the caller has it already.
        """
        if key is None:
            key = first_word(line_cf)
        for phrase, tag in self._index.get(key, ()):
            if line_cf.startswith(phrase):
                nxt = line_cf[len(phrase) : len(phrase) + 1]
                if not nxt or not (nxt.isalnum() or nxt == "_") or not phrase[-1:].isalnum():
                    return phrase, tag
        return None


# eq=False: a lexicon is compared and hashed by identity. lexicon_for builds one per
# language and keeps it, so pure functions of (text, lexicon) may be memoised with
# lru_cache (see dates.match_date_line); field-wise hashing would fail on ``months``.
@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything the parser knows about the languages of one page."""

    languages: tuple[str, ...]
    stopwords: frozenset[str]
    months: Mapping[str, int]
    weekdays: frozenset[str]
    relative: frozenset[str]
    cues: PrefixMatcher
    labels: PrefixMatcher
    source_verbs: tuple[str, ...]
    date_words: regex.Pattern[str]
    #: ", передает Caravan.kz." / ", reports Reuters." at the end of a sentence
    source_pattern: regex.Pattern[str]
    #: a byline label inside a line: "Blog post by Jane Doe", "von Max Muster am ..."
    byline_inline: regex.Pattern[str]
    #: a photo credit inside a line: "Erdölpumpen im Abendrot. Bild: Name/Agency"
    caption_inline: regex.Pattern[str]
    #: a caption closed by its photo label and credit, after the sentence: "... on Monday. Photo: Jane Doe"
    caption_tail: regex.Pattern[str]
    #: the verb of a comment's author line: "Jane Doe says:"
    comment_says: frozenset[str]
    #: pronouns addressing the reader, in the page's own language
    second_person: frozenset[str]
    #: a word marking a date as published (group ``published``) or as revised (group ``updated``)
    date_labels: regex.Pattern[str] = regex.compile(r"(?!x)x")
    #: a word right before an inline byline label that makes it another credit: "Tested by", "Photo by"
    credit_words: frozenset[str] = frozenset()
    #: the words of the cue phrases ("get" of "get the latest", "next" of "next article"):
    #: buttons and headings of a page, never a word of a person's name
    cue_words: frozenset[str] = frozenset()
    #: one-word newsroom credits of the agency list ("redaktion", "newsdesk", "team"): a desk
    #: may sign an article in a byline's place ("The Example Team", "Online-Redaktion")
    desk_words: frozenset[str] = frozenset()
    #: the one-word subscribe cues ("newsletter", "abonnieren"): a short heading ending in one
    #: heads a sign-up box ("The Weekly Newsletter", "Jetzt kostenlos abonnieren")
    subscribe_words: frozenset[str] = frozenset()
    #: the related-list headings of two words or more ("zum thema", "related articles"): a short
    #: heading ending in one heads a list of links ("Artikel und Videos zum Thema")
    related_tails: frozenset[str] = frozenset()
    #: a sentence presenting a person or an outfit by name: "Jane Doe is a reporter ...",
    #: "Example Media, LLC is a publisher ...": one to five capitalised words, then an about opener
    about_pattern: regex.Pattern[str] = regex.compile(r"(?!x)x")
    #: one-word roles of a writer ("reporter", "redakteurin"): "Jane Doe is a staff reporter ..."
    #: closing the text presents its author
    role_words: frozenset[str] = frozenset()
    #: a phrase naming the site itself ("this website", "unserer Website"): a note of the site
    #: (a disclaimer, a rights notice, an appeal), not a sentence of the article, when it closes the text
    site_pattern: regex.Pattern[str] = regex.compile(r"(?!x)x")
    #: verbs of shop and download buttons ("buy", "download", "bestellen"): "Buy Poster", "Buch bestellen"
    button_verbs: frozenset[str] = frozenset()
    #: the first word or two of a call-to-action button ("get", "try", "learn more", "jetzt"):
    #: a short line starting so under a sentence of the text is a box's button ("Start a Free Trial")
    action_words: frozenset[str] = frozenset()
    #: the word of a teaser's link a renderer glues to its title ("lesen", "weiterlesen"):
    #: "Tipps für den Garten lesen" is a link, not a subheading
    link_words: frozenset[str] = frozenset()
    #: pronouns of the first person plural in the page's own language ("we", "our", "wir"): the
    #: voice of a site's pitch ("At Example, we ...") closing a text that seldom uses it
    first_plural: frozenset[str] = frozenset()
    #: pronouns of the first person singular, in the page's own language ("ich", "my"): a closing
    #: line that speaks to the reader in the writer's own voice is the author's sign-off
    first_person: frozenset[str] = frozenset()
    #: the words opening a person's introduction of themselves, longest first ("my name is",
    #: "i'm", "ich bin"): "Hi, I'm Jane Doe." in a box by the text names its author
    self_intro: tuple[str, ...] = ()
    #: labels opening a line that names the story's source ("Источник:", "Quelle:", "Source:")
    source_labels: PrefixMatcher = field(default_factory=lambda: PrefixMatcher(()))


@lru_cache(maxsize=32)
def lexicon_for(language: str | None) -> Lexicon:
    """The merged lexicon for a page in ``language`` (plus its fallbacks); cached per language."""
    codes: list[str] = []
    for code in (language, *FALLBACK_LANGUAGES.get(language or "", DEFAULT_FALLBACK)):
        if code and code not in codes:
            codes.append(code)
    stop: set[str] = set()
    months: dict[str, int] = {}
    weekdays: set[str] = set()
    relative: set[str] = set()
    cues: list[tuple[str, str]] = []
    labels: list[tuple[str, str]] = []
    verbs: list[str] = []
    says: set[str] = set()
    you: set[str] = set()
    we: set[str] = set()
    me: set[str] = set()
    published: set[str] = set()
    updated: set[str] = set()
    credits: set[str] = set()
    about: set[str] = set()
    roles: set[str] = set()
    site: set[str] = set()
    buttons: set[str] = set()
    actions: set[str] = set()
    links: set[str] = set()
    intros: set[str] = set()
    sources: list[tuple[str, str]] = []
    cue_words: set[str] = set()
    for i, code in enumerate(codes):
        data = load_language(code)
        if i == 0:  # stopword density and address are properties of the page's own language
            stop.update(_strs(data.get("stopwords")))
            you.update(_strs(data.get("second_person")))
            we.update(_strs(data.get("first_plural")))
            me.update(_strs(data.get("first_person")))
        for k, v in dict(data.get("months") or {}).items():
            months.setdefault(str(k).casefold(), int(v))
        weekdays.update(_strs(data.get("weekdays")))
        relative.update(_strs(data.get("relative_dates")))
        for cat, phrases in dict(data.get("cues") or {}).items():
            cues.extend((p, cat) for p in _strs(phrases))
            cue_words.update(w for p in _strs(phrases) for w in _WORD.findall(p) if len(w) >= CUE_WORD_MIN_CHARS)
        for key in LABEL_KEYS:
            labels.extend((p, key) for p in _strs(data.get(key)))
        verbs.extend(_strs(data.get("source_verbs")))
        says.update(_strs(data.get("comment_says")))
        published.update(_strs(data.get("published_labels")))
        updated.update(_strs(data.get("updated_labels")))
        credits.update(_strs(data.get("credit_words")))
        about.update(_strs(data.get("about_openers")))
        roles.update(r.casefold() for r in _strs(data.get("role_words")))
        site.update(_strs(data.get("site_phrases")))
        buttons.update(_strs(data.get("button_verbs")))
        actions.update(_strs(data.get("action_words")))
        links.update(_strs(data.get("link_words")))
        intros.update(p.replace("’", "'") for p in _strs(data.get("self_intro")))
        sources.extend((p, "source_labels") for p in _strs(data.get("source_labels")))
    # Staff and newsroom words ("Staff", "Redaktion") may sign an article; label words belong to bylines.
    cue_words.difference_update(w for p, _ in labels for w in _WORD.findall(p))
    single = {*months, *weekdays, *(r for r in relative if " " not in r)}
    # A relative phrase of several words counts whole when none of its words is a date word
    # itself ("il y a", "только что", "just now"); "3 hours ago", "vor 3 Stunden" are read
    # word by word (a unit after a number, and its own relative word).
    folded = {w.casefold() for w in single}
    phrases = {r for r in relative if " " in r and not any(w.casefold() in folded for w in r.split())}
    words = sorted({*single, *phrases}, key=len, reverse=True)
    alternation = "|".join(regex.escape(w) for w in words) or r"(?!x)x"
    date_words = regex.compile(rf"(?<!\w)(?:{alternation})(?!\w)", regex.IGNORECASE)
    verbs_alt = "|".join(regex.escape(v) for v in sorted(set(verbs), key=len, reverse=True)) or r"(?!x)x"
    source_pattern = regex.compile(
        rf"[,—–-]\s*(?:{verbs_alt})\s+(?P<source>[\p{{Lu}}\w][\w.\-]{{0,40}}(?:\s[\p{{Lu}}][\w.\-]{{0,30}}){{0,2}}?)\s*[»\"”]?\s*[.!]?\s*$",
        regex.IGNORECASE,
    )
    # A label ending in its colon ("interview:") opens a line only: inside one, "Das Interview:
    # Jane Doe über ..." names the person interviewed.
    byline_labels = sorted({p for p, tag in labels if tag == "byline_labels" and not p.endswith(":")}, key=len, reverse=True)
    labels_alt = "|".join(regex.escape(p) for p in byline_labels) or r"(?!x)x"
    byline_inline = regex.compile(rf"(?<!\w)(?:{labels_alt})\s*:?\s+(?P<rest>\S.*)$", regex.IGNORECASE)
    caption_labels = sorted({p for p, tag in labels if tag == "caption_labels"}, key=len, reverse=True)
    caption_alt = "|".join(regex.escape(p) for p in caption_labels) or r"(?!x)x"
    caption_inline = regex.compile(rf"(?<!\w)(?:{caption_alt})\s?:\s*\S", regex.IGNORECASE)
    # The credit: a capitalised name or a site (perhaps after a short preposition, "Photo by
    # Jane Doe"), at most CAPTION_TAIL_WORDS words, the line's end.
    caption_tail = regex.compile(
        rf"[.!?][\"'”’»)]?\s*(?i:{caption_alt})(?:\s?:)?\s+(?:\p{{Ll}}{{1,4}}\s+)?[\p{{Lu}}\d]\S*(?:\s+\S+){{0,{CAPTION_TAIL_WORDS - 1}}}\s*$"
    )
    pub_alt = "|".join(regex.escape(p) for p in sorted(published, key=len, reverse=True)) or r"(?!x)x"
    upd_alt = "|".join(regex.escape(p) for p in sorted(updated, key=len, reverse=True)) or r"(?!x)x"
    date_labels = regex.compile(rf"(?<!\w)(?:(?P<updated>{upd_alt})|(?P<published>{pub_alt}))(?!\w)", regex.IGNORECASE)
    about_alt = "|".join(regex.escape(p) for p in sorted(about, key=len, reverse=True)) or r"(?!x)x"
    about_pattern = regex.compile(rf"\p{{Lu}}[\w.&'’-]*(?:,?\s(?:\p{{Lu}}|&)[\w.&'’-]*){{0,4}}\s(?:{about_alt})\s")
    site_alt = "|".join(regex.escape(p) for p in sorted(site, key=len, reverse=True)) or r"(?!x)x"
    site_pattern = regex.compile(rf"(?<!\w)(?:{site_alt})(?!\w)", regex.IGNORECASE)
    return Lexicon(
        languages=tuple(codes),
        stopwords=frozenset(stop),
        months=months,
        weekdays=frozenset(weekdays),
        relative=frozenset(relative),
        cues=PrefixMatcher(cues),
        labels=PrefixMatcher(labels),
        source_verbs=tuple(dict.fromkeys(verbs)),
        date_words=date_words,
        source_pattern=source_pattern,
        byline_inline=byline_inline,
        caption_inline=caption_inline,
        caption_tail=caption_tail,
        comment_says=frozenset(says),
        second_person=frozenset(you),
        date_labels=date_labels,
        credit_words=frozenset(credits),
        cue_words=frozenset(cue_words),
        desk_words=frozenset(p for p, tag in labels if tag == "agencies" and " " not in p),
        subscribe_words=frozenset(p for p, tag in cues if tag == "subscribe" and _WORD.fullmatch(p)),
        about_pattern=about_pattern,
        role_words=frozenset(roles),
        site_pattern=site_pattern,
        button_verbs=frozenset(buttons),
        action_words=frozenset(actions),
        link_words=frozenset(links),
        first_plural=frozenset(we),
        first_person=frozenset(me),
        self_intro=tuple(sorted(intros, key=len, reverse=True)),
        source_labels=PrefixMatcher(sources),
        related_tails=frozenset(
            " ".join(_WORD.findall(p)) for p, tag in cues if tag in ("related", "most_read") and len(_WORD.findall(p)) >= 2
        ),
    )


def _strs(value: Any) -> list[str]:
    if not value:
        return []
    return [" ".join(str(v).casefold().split()) for v in value if str(v).strip()]
