"""Bylines: who wrote the article, from the shape of a name and its label.

No lists of names: a person's name is two to four capitalised words, or
initials and a surname, optionally with a Cyrillic patronymic. A label
("Автор:", "By", "Von") makes a line a byline wherever it stands; a bare name
counts only near the headline or the date (the context stage decides that).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from .dates import find_date, split_segments
from .lexicon import Lexicon, news_agencies

__all__ = [
    "BylineMatch",
    "match_byline",
    "find_byline",
    "looks_like_name",
    "split_authors",
    "name_beside_date",
    "is_bare_label",
    "name_under_label",
    "is_desk_credit",
    "lone_given_name",
    "name_after_heading",
    "copyright_holder",
    "is_author_separator",
    "name_and_role",
    "names_a_subject",
    "role_word",
    "role_dropped",
    "agency_credit",
    "is_news_agency",
    "nameless_credit",
]

# One word of a name: "Татьяна", "O'Neil", "Jean-Luc", "McDonald", or an initial "А." / "J.".
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{Lm}'’]{1,24}(?:-[\p{L}'’]{1,24})?|\p{Lu}\.(?:\s?\p{Lu}\.)?")
# Particles that may stand lowercase inside a name.
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "du", "bin", "ibn", "al", "y", "e"})
# Particles that count only in small letters inside a name ("João dos Santos", "María de los
# Ángeles García"): capitalised, they are articles or words of a phrase ("Das Leben Jesu").
_INNER_PARTICLES = frozenset({"dos", "los", "las", "della", "delle", "degli"})
_ANY_PARTICLE = _PARTICLES | _INNER_PARTICLES
# Separators between several authors.
# A conjunction inside a hyphenated word ("Fold-and-Cut", "Rock-and-Roll") joins no names.
_AUTHOR_SPLIT = regex.compile(r"\s*(?:,|;|&|(?<![\w-])(?:and|und|et|y|i|и|және|та|z|og|och)(?![\w-]))\s*", regex.IGNORECASE)
# A line holding nothing but the separators of a list of authors (", and", "&"): a page that
# sets each author's name as a link of its own may leave the commas between on lines apart.
_SEPARATOR_LINE = regex.compile(r"(?:\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\bi\b|\bи\b|\bog\b|\boch\b)\s*)+", regex.IGNORECASE)
MAX_NAME_WORDS = 4
SHORT_MONTH_CHARS = 3
MAX_BYLINE_CHARS = 120


@dataclass(frozen=True, slots=True)
class BylineMatch:
    byline: str  # the line without its label
    authors: tuple[str, ...]
    labelled: bool
    desk: bool = False  # a newsroom or team signs, not a person ("The Example Team", "Online-Redaktion")
    credit: str | None = None  # what follows the names: a place, role or agency ("By Jane Doe, AFP")


def looks_like_name(text: str, lex: Lexicon | None = None, caps: bool = False) -> bool:
    """True for "Татьяна Арестова", "J. R. Smith", "Ludwig van Beethoven"; False for most other lines.

    With a lexicon, a word that is a function word or a cue phrase of the page's
    languages ("Play Video", "Ein Zentrum der Proteste", "Weitere Informationen")
    is no part of a name. With ``caps`` (after a byline label), a word in capitals
    is a name's word too ("Bill MCCARTHY", "JANE DOE"), not an acronym.
    """
    if len(text) > 60:
        return False
    words = text.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS + 1:
        return False
    if words[-1].casefold() in _PARTICLES:
        return False  # "Abnahme Protokoll der": a phrase cut short; a name ends in a name's word
    if not all(w[:1].isupper() or w[:1] == "(" or w.casefold() in _ANY_PARTICLE for w in words):
        # Cheap: a word that starts with no capital and no "(" and is no particle is refused
        # by the loop below (_NAME_WORD and a title start with \p{Lu}): most lines stop here.
        return False
    capitalised = bare_initials = 0
    # "Dr. Jane Doe", "Prof. Dr. Max Muster": a title's abbreviation before the name.
    titles = 0
    while titles < MAX_TITLES and len(words) - titles > 2 and _TITLE_ABBREV.fullmatch(words[titles]):
        titles += 1
    for k, w in enumerate(words):
        cf = w.casefold()
        if k < titles or cf in _PARTICLES or (0 < k < len(words) - 1 and w.islower() and cf in _INNER_PARTICLES):
            continue
        if len(w) == 1 and w.isupper() and w.isalpha() and 0 < k < len(words) - 1:
            bare_initials += 1  # "Mrs H Doe": an initial without its dot, inside the name
            continue
        if w[:1] == "(" and w[-1:] == ")" and 0 < k < len(words) - 1 and _NAME_WORD.fullmatch(w[1:-1]):
            continue  # "Jane (Roe) Doe": a maiden name or a nickname inside the name
        # "O'Connor", "McDonald", "Jean-Luc"; an all-capitals word is an acronym, not a name,
        # except a surname in capitals last after a given name in small letters ("Jane DOE").
        if not _NAME_WORD.fullmatch(w) or (w.isupper() and len(w) > 2 and not caps and not _caps_surname(words, k)):
            return False
        # A short month's name first is a given name ("Jan Doe", "May Roe"), not a date.
        month = cf in lex.months and not (k == 0 and len(cf) <= SHORT_MONTH_CHARS and len(words) > 1) if lex is not None else False
        if lex is not None and (cf in lex.stopwords or month or cf in lex.weekdays or lex.cues.match(cf) is not None):
            return False
        if lex is not None and cf in lex.credit_words:
            return False  # "Fotos Altstadt", "Video Highlights": a credit's or a medium's word, no name's
        capitalised += 1
    # "JOHN SMITH" in caps is a name too, but one-letter words only are not.
    return capitalised >= 2 and bare_initials <= 1


# A role word this long may end a compound ("Wirtschaftsredakteurin"); a shorter one stands alone.
ROLE_SUFFIX_MIN_CHARS = 6


def role_word(word: str, lex: Lexicon) -> bool:
    """"reporter", "tv-reporterin", "wirtschaftsredakteur" (casefolded): a writer's role,
    alone or ending a compound."""
    if word in lex.role_words or word.rsplit("-", 1)[-1] in lex.role_words:
        return True
    # One C-level endswith over the language's long role words, not a Python loop per call.
    return word.endswith(_role_suffixes(lex))


@lru_cache(maxsize=64)  # one entry per lexicon (hashed by identity), as lexicon_for keeps them
def _role_suffixes(lex: Lexicon) -> tuple[str, ...]:
    """The role words long enough to end a compound (ROLE_SUFFIX_MIN_CHARS), for str.endswith."""
    return tuple(sorted(r for r in lex.role_words if len(r) >= ROLE_SUFFIX_MIN_CHARS))


def _caps_surname(words: list[str], k: int) -> bool:
    """Is ``words[k]`` a surname in capitals: the last word, after a given name that is not?"""
    given = words[0]
    return k == len(words) - 1 and k >= 1 and len(given) <= MAX_GIVEN_NAME_CHARS and given[1:].islower() and words[k].isalpha()


# A title's abbreviation before a name: a capital, one to three small letters, a dot ("Dr.", "Prof.", "Mrs.").
_TITLE_ABBREV = regex.compile(r"\p{Lu}\p{Ll}{1,3}\.")
MAX_TITLES = 2
# A given name is seldom longer ("Windenergieanlage EWE" is a noun and an acronym).
MAX_GIVEN_NAME_CHARS = 12


def is_author_separator(text: str) -> bool:
    """A line that is only the glue of a list of names: ",", ", and", "&", "und"."""
    return len(text) <= SEPARATOR_LINE_MAX_CHARS and _SEPARATOR_LINE.fullmatch(text) is not None


SEPARATOR_LINE_MAX_CHARS = 8


def split_authors(byline: str, caps: bool = False) -> tuple[str, ...]:
    """Person names out of a byline; parts that are not name-shaped are dropped."""
    parts = [p.strip(" .·|—–-") for p in _AUTHOR_SPLIT.split(byline)]
    names: list[str] = []
    for p in parts:
        # "Mario Rossi e Luca Bianchi": "e" joins two full names (Italian, Portuguese); inside
        # one name it is a particle ("José Maria e Silva": one word after it).
        left, sep, right = p.partition(" e ")
        if sep and min(len(left.split()), len(right.split())) >= 2 and looks_like_name(left, caps=caps) and looks_like_name(right, caps=caps):
            names += [left, right]
        elif p and looks_like_name(p, caps=caps):
            names.append(p)
    return tuple(names)


# Where a byline's names end inside a longer line: a date, "on", "am", digits.
_NAME_END = regex.compile(r"\s+(?:on|am|le|el|il|в|от|at|um|de)\s+(?=\S*\d)|\s*\d|\s+[|·•—–]\s*|,\s+(?=\S*\d)", regex.IGNORECASE)
_HAS_DIGIT = regex.compile(r"\d")
MAX_WORDS_BEFORE_LABEL = 2
# A news agency's code after a label: two to five capitals, maybe with a slash ("DPA", "AP", "AFP/DPA").
_AGENCY_CODE = regex.compile(r"\p{Lu}{2,5}(?:\s?/\s?\p{Lu}{2,5})*")
# A labelled byline may name one person by a single word ("von lupa", "By Robert").
MAX_LABELLED_WORDS = 6


def _name_prefix(text: str, lex: Lexicon | None) -> str | None:
    """The longest run of leading words that is a name: "Korin Miller Published: Jan" -> "Korin Miller"."""
    words = text.split()
    for k in range(min(len(words), MAX_NAME_WORDS + 1), 1, -1):
        if lex is not None and 2 < k < len(words) and words[k - 1][:1].isupper() and lex.cues.match(" ".join(words[k - 1 :]).casefold()) is not None:
            continue  # "Jane Doe Leave a Comment": the last word opens a cue phrase, no surname
        piece = " ".join(words[:k]).rstrip(" ,;:|")
        if looks_like_name(piece, lex):
            return piece
    return None


def _capitalised_prefix(text: str) -> str | None:
    """The leading capitalised words: "Fabian am Dienstag" -> "Fabian"."""
    words: list[str] = []
    for w in text.split():
        if not w[:1].isupper():
            break
        if w.endswith(".") and len(w) > 2 and not all(_TITLE_ABBREV.fullmatch(t) for t in [*words, w]):
            # "Jane Doe. Bookmark the permalink.": a sentence ends the name ("Dr. Jane" is a title).
            words.append(w[:-1])
            break
        words.append(w)
    return " ".join(words) if words and len(words) < len(text.split()) else None


MAX_LISTED_AUTHORS = 4


def _only_names(text: str, fewest: int = 2) -> bool:
    """``fewest`` to four names and only names: "STEVE DOE, JOHN ROE and AMELIA MUSTER-SMITH";
    with ``fewest=1`` a single name too ("Jane Doe")."""
    parts = [p for p in (p.strip(" .·|—–-") for p in _AUTHOR_SPLIT.split(text)) if p]
    return fewest <= len(parts) <= MAX_LISTED_AUTHORS and all(looks_like_name(p, caps=True) for p in parts)


# Where the names after a label with its colon end: "Interview: Jane Doe, Fotos: John Roe",
# "Interview: Jane Doe | 3. Mai 2024".
_CREDIT_END = regex.compile(r"[,;|·•]|\s[-–—]\s|\s\d")


# "or" in the languages: the names of a byline are listed with "and", never offered as a choice.
_OR_WORDS = frozenset({"or", "oder", "ou", "o", "eller", "tai", "nebo", "lub", "albo", "или", "або", "veya"})


def _particle_surname(text: str) -> bool:
    """"Von Trapp", "De La Cruz": a particle first, then a surname alone or another particle."""
    words = text.split()
    if not words or words[0].casefold() not in _ANY_PARTICLE:
        return False
    return len(words) < 3 or words[1].casefold() in _ANY_PARTICLE or not words[2][:1].isupper()


# "... with AP", "... mit dpa", "... avec AFP", "... с ТАСС": the agency a byline's names worked with.
_WITH_AGENCY = regex.compile(r"\s(?:with|mit|avec|con|com|z|med|с|з|із)\s+(?P<agency>[^\s,;/][^,;/]{0,40})$", regex.IGNORECASE)


def _labelled(rest: str, lex: Lexicon | None = None, inline: bool = False) -> BylineMatch | None:
    """The byline after a label; ``inline`` labels (mid-line) need proper names after them."""
    rest = rest.lstrip(" :—–-").strip()
    if lex is not None and rest[:1].isalpha():
        # "Post author By Jane Doe", "Autor: Von Jana Muster": a theme's label over the post's own.
        # A particle opening a surname ("Von Trapp", "De La Cruz") is no second label.
        again = lex.byline_inline.match(rest)
        if again is not None and again["rest"][:1].isupper() and not _particle_surname(rest):
            rest = again["rest"]
    if lex is not None:
        # "Jane DoePublished: May 3": the date's label, glued or not, ends the names.
        rest = lex.date_labels.split(unglue_labels(rest, lex), maxsplit=1)[0].rstrip(" ,|·•")
        # "Von Jane Doe Foto: © Agency": a photo's credit label ends the names too.
        photo = lex.caption_inline.search(rest) if ":" in rest else None
        if photo is not None and photo.start() > 0:
            rest = rest[: photo.start()].rstrip(" ,|·•")
    m = _NAME_END.search(rest)
    if m:
        rest = rest[: m.start()].strip(" ,")
        if lex is not None:
            rest = _drop_date_words(rest, lex)
    if not rest:
        return None
    written, slashed = rest, None
    with_agency = _WITH_AGENCY.search(rest) if " " in rest else None
    if with_agency is not None and is_news_agency(with_agency.group("agency")):
        # "Par Jean Dupont avec AFP", "Von Max Muster mit dpa": the agency is read as after a comma.
        rest = slashed = f"{rest[: with_agency.start()].strip()}, {with_agency.group('agency')}"
    head, slash, tail = rest.partition("/")
    if slash and "/" not in tail and 0 < len(tail.split()) <= MAX_ROLE_WORDS and _only_names(head, fewest=1):
        # "Von Jane Doe/dpa", "Von Jane Doe und John Roe/AFP": the agency or desk after a slash
        # is read as after a comma (the byline stays as written).
        rest = slashed = f"{head.strip()}, {tail.strip()}"
    # "By JANE DOE, JOHN ROE and MAX MUSTER": a list of names and nothing else may be long.
    listed = _only_names(rest)
    if len(rest.split()) > MAX_LABELLED_WORDS and "," in rest and not listed:
        # "Agatha Caleo, Candidate Representative to the Liaison Committee": the name before the role.
        rest = rest[: rest.index(",")].strip()
    if not split_authors(rest, caps=True):
        prefix = _name_prefix(rest, lex)
        after = rest.split()[len(prefix.split()) :] if prefix is not None else []
        if inline and len(after) > MAX_ROLE_WORDS and after[0][:1].isupper():
            # "16 Cookbooks by Black Authors You Should Read Now": mid-line, a title-cased
            # clause goes on after the name-shaped words; a title, not a byline. ("Rede von
            # Jane Doe beim Kongress der Länder" goes on in small letters: the speaker.)
            return None
        named = prefix or _capitalised_prefix(rest)
        after_named = rest.split()[len(named.split()) :] if named is not None else []
        if named is not None and after_named:
            named = sentence_role_cut(named, after_named, lex)  # "Jane Doe Parliamentary editor"
        if after_named and after_named[0] in _OR_WORDS:
            # "By Course or Type", "Guidance by Sector Expand or Collapse": a choice of filters names
            # nobody. Opening the line, it keeps its labelled shape (no headline), with no author.
            return None if inline else BylineMatch(byline=rest, authors=(), labelled=True)
        rest = named or rest
    if len(rest.split()) > MAX_LABELLED_WORDS and not listed:
        return None
    authors = tuple(_role_after_dropped(role_dropped(a, lex), lex) for a in _affiliations_dropped(split_authors(rest, caps=True)))
    if lex is not None and len(authors) > 1:
        # "Jane Doe, Senior Reporter": the role after the name is no second author.
        authors = (authors[0],) + tuple(a for a in authors[1:] if not role_word(a.split()[-1].casefold(), lex))
    # "Von Jane Doe, Lille", "By Jane Doe, AFP": the word after the names is the reporter's
    # place or agency, no author; an agency goes to the source (agency_credit).
    credit = _credit_after_names(rest, authors, lex)
    words = rest.split()
    if not authors and not inline and _AGENCY_CODE.fullmatch(rest):
        # "Von DPA", "By AP": a news agency's code, no person; the line is still the byline.
        return BylineMatch(byline=rest, authors=(), labelled=True)
    if not authors and not inline and not _HAS_DIGIT.search(rest) and rest[:1].isalpha() and (len(words) == 1 or (len(words) <= 3 and rest[:1].isupper())):
        if "," in rest:
            return None  # "Von Regeln, Politik und Sprache": single words listed, a title
        authors = (rest,)
    if not authors:
        return None
    return BylineMatch(byline=written if rest == slashed else rest, authors=authors, labelled=True, credit=credit)


# A capitalised word glued to the small letters before it ("Jane DoePublished: May 3", where a
# page's two inline elements touch, as some renderers leave them).
_GLUED_WORD = regex.compile(r"(?<=\p{Ll})\p{Lu}\p{Ll}+")


def unglue_labels(text: str, lex: Lexicon) -> str:
    """"Jane DoePublished: May 3" -> "Jane Doe Published: May 3": a date's or a byline's label
    glued to the end of a name stands apart again. Other inner capitals stay ("McDonald")."""
    if _GLUED_WORD.search(text) is None:
        return text  # cheap: no capital after a small letter
    cuts = [
        m.start()
        for m in _GLUED_WORD.finditer(text)
        if lex.date_labels.match(text[m.start() :]) is not None or _is_byline_label(text[m.start() :].casefold(), lex)
    ]
    for cut in reversed(cuts):
        text = text[:cut] + " " + text[cut:]
    return text


def _is_byline_label(text_cf: str, lex: Lexicon) -> bool:
    hit = lex.labels.match(text_cf)
    return hit is not None and hit[1] == "byline_labels" and len(hit[0]) > SHORT_LABEL_CHARS


def _affiliations_dropped(authors: tuple[str, ...]) -> tuple[str, ...]:
    """"Jane Doe, EXA Project Marketing, Example": after a person, a part that starts with a
    word in capitals and goes on in small letters is her unit or company (an acronym), no
    second author. Names in capitals ("JANE DOE", "Jane DOE") stay."""
    if len(authors) < 2 or any(w.isupper() for w in authors[0].split()):
        return authors
    return (authors[0],) + tuple(a for a in authors[1:] if not (_ACRONYM_FIRST.match(a) and not a.isupper()))


_ACRONYM_FIRST = regex.compile(r"\p{Lu}{2,}\s")


def _drop_date_words(text: str, lex: Lexicon) -> str:
    """The name before a date's words: "Jane Doe Mar" (of "Jane Doe Mar 5, 2025") -> "Jane Doe",
    "Jane Doe Tuesday" -> "Jane Doe". One word is always kept ("By March 5": no name at all)."""
    words = text.split()
    if words and "/" in words[-1]:
        # "Jane Doe/June" (of "By Jane Doe/June 12, 2020"): the month glued on by a slash.
        head, _, tail = words[-1].rpartition("/")
        if head and (tail.casefold().strip(".,") in lex.months or tail.casefold().strip(".,") in lex.weekdays):
            words[-1] = head
            text = " ".join(words)
    k = len(words)
    while k > 1 and (words[k - 1].casefold().strip(".,") in lex.months or words[k - 1].casefold().strip(".,") in lex.weekdays):
        k -= 1
    return " ".join(words[:k]).rstrip(" ,") if k < len(words) else text


def _credit_after_names(rest: str, authors: tuple[str, ...], lex: Lexicon | None) -> str | None:
    """The one word after the names of a labelled byline ("Von Jane Doe, Lille", "By Jane Doe,
    AFP"): the reporter's place or agency, which the byline credits with them (no author)."""
    if not authors or "," not in rest:
        return None
    tail = rest[rest.rindex(",") + 1 :].strip(" .·|—–-")
    if not (_SINGLE_NAME.fullmatch(tail) or _AGENCY_CODE.fullmatch(tail) or is_news_agency(tail)) or tail in authors:
        return None
    if not rest[: rest.rindex(",")].rstrip().endswith(authors[-1]):
        return None  # something else stands between the names and the word
    if lex is not None and (tail.casefold() in lex.stopwords or lex.cues.match(tail.casefold()) is not None or role_word(tail.casefold(), lex)):
        return None  # "Von Jane Doe, Redakteurin": her role, no place or agency
    return tail


def is_news_agency(text: str) -> bool:
    """Whether ``text`` is a news agency's name as bylines credit it ("Reuters", "The
    Associated Press", "РИА Новости", "dpa"; data/news_agencies.json)."""
    cf = " ".join(text.casefold().split()).strip(" .,")
    return (cf[4:] if cf.startswith("the ") else cf) in news_agencies()


# The parts of a byline an agency may stand in: "Jane Doe, Reuters", "Jane Doe/dpa", "Jane Doe and AP".
_CREDIT_PARTS = regex.compile(r"\s*/\s*|" + _AUTHOR_SPLIT.pattern, regex.IGNORECASE)


def agency_credit(bm: BylineMatch) -> str | None:
    """The news agency a byline credits: one by name ("By Reuters", "Иван Петров, РИА
    Новости", "Jane Doe/dpa"), or a code in capitals alone ("Von DPA"). The story's source,
    which is no author; None when the byline credits none."""
    if bm.credit is not None and is_news_agency(bm.credit):
        return bm.credit  # "Иван Петров, ТАСС", "Jane Doe/Reuters": the byline kept the name only
    for part in _CREDIT_PARTS.split(bm.byline):
        part = part.strip(" .·|—–-")
        if part and is_news_agency(part):
            return part
    # A code alone is an agency ("Von DPA"); after a name it may as well be a degree or a
    # certificate ("Jane Doe, CPA", "Jane Doe, MD"), so there only a named agency counts.
    return bm.byline if not bm.authors and _AGENCY_CODE.fullmatch(bm.byline) else None


# "Not looked up yet": the default of match_byline's ``label`` argument.
_UNKNOWN: Any = object()


def match_byline(text: str, lex: Lexicon, label: tuple[str, str] | None = _UNKNOWN) -> BylineMatch | None:
    """A labelled byline ("Автор: Иван Петров", "By Jane Doe") or a bare name line.

    ``label`` is ``lex.labels.match(text.casefold())`` when the caller has it already.
    """
    if not text or len(text) > MAX_BYLINE_CHARS:
        return None
    hit = lex.labels.match(text.casefold()) if label is _UNKNOWN else label
    return _match_byline(text, lex, hit)


# The per-line stage asks for every short line's byline, and the headline and header
# stages ask again for the lines around the title (find_byline): the answers are
# memoised. A pure function of its arguments (BylineMatch is frozen, a lexicon is
# hashed by identity), so the cache never changes one.
BYLINE_CACHE_SIZE = 8192


@lru_cache(maxsize=BYLINE_CACHE_SIZE)
def _match_byline(text: str, lex: Lexicon, hit: tuple[str, str] | None) -> BylineMatch | None:
    """:func:`match_byline`, given the byline label ``text`` starts with (``hit``)."""
    if hit is not None and hit[1] == "byline_labels" and not text[len(hit[0]) :].lstrip().startswith(","):
        # "Author, Article and Disclosure Information": a comma after the word makes it no label.
        rest = text[len(hit[0]) :]
        if not hit[0].endswith(":") or _only_names(_CREDIT_END.split(rest, maxsplit=1)[0], fewest=1):
            return _labelled(rest, lex)
        # "Interview: Jane Doe on the climate": a label with its colon credits names and
        # nothing else; a clause after the name makes the line a title naming the guest.
    role = _name_before_label(text, lex)
    if role is not None:
        return role
    compound = _role_compound_dropped(text, lex)
    if compound is not None:
        return BylineMatch(byline=compound, authors=(compound,), labelled=False)
    if looks_like_name(text, lex):
        words = text.split()
        if role_word(words[-1].casefold(), lex) and not is_desk_credit(text, lex):
            if len(words) == 2:
                return None  # "Senior Writer", "Intermediate Writer": a role, no name
            if looks_like_name(" ".join(words[:-1]), lex):
                text = " ".join(words[:-1])  # "Jane Doe Redakteurin": her role after the name, no word of it
        text = role_dropped(text, lex)
        return BylineMatch(byline=text, authors=(text,), labelled=False, desk=is_desk_credit(text, lex))
    return None


def _role_compound_dropped(text: str, lex: Lexicon) -> str | None:
    """"Example-Online-Expertin Jane Doe": a compound of three parts or more (too long for a
    name's word) that ends in a writer's role, then a name and nothing else -> the name. A
    compound of two parts ("Gast-Autorin Jane Doe") is read by :func:`role_dropped`."""
    first, _, rest = text.partition(" ")
    if first.count("-") < 2 or not rest:
        return None  # cheap: most lines have no such compound first
    if not role_word(first.casefold(), lex) or not looks_like_name(rest, lex):
        return None
    return rest


# Words a writer's role before a name may run to: "Reporter", "Staff Writer", "Online-Redakteurin".
MAX_ROLE_BEFORE_NAME = 2


def role_dropped(name: str, lex: Lexicon | None) -> str:
    """"Redakteurin Jana Muster", "Staff Writer Jane Doe" -> the name without the writer's role
    before it (one or two words, the last a role word); a full name of two words or more must
    remain ("Reporter Doe" stays as written)."""
    if lex is None or not lex.role_words:
        return name
    words = name.split()
    for k in range(1, MAX_ROLE_BEFORE_NAME + 1):
        if len(words) - k < 2:
            break
        if role_word(words[k - 1].casefold(), lex):
            rest = " ".join(words[k:])
            return rest if looks_like_name(rest, lex) else name
    return name


def sentence_role_cut(name: str, after: list[str], lex: Lexicon | None) -> str:
    """"Jane Doe Parliamentary" before "editor": a role phrase in sentence case ("Parliamentary
    editor", "Senior political reporter") opens with the one capitalised word the name's
    longest prefix took; it goes back to the role. ``after`` are the words after ``name``,
    all in small letters and the last a writer's role. At least two name words remain."""
    if lex is None or not after or not after[-1][:1].islower():
        return name  # cheap: no role in small letters after the name
    if not all(w[:1].islower() for w in after) or not role_word(after[-1].casefold().strip(".,;:"), lex):
        return name
    words = name.split()
    last = words[-1] if len(words) > 2 else ""
    if not (last[:1].isupper() and last[1:].islower() and last.isalpha() and last.casefold() not in _ANY_PARTICLE):
        return name  # a surname in capitals ("Jane DOE"), an initial or a particle stays
    head = " ".join(words[:-1])
    return head if looks_like_name(head, lex) else name


def _role_after_dropped(name: str, lex: Lexicon | None) -> str:
    """"Jane Doe Editor" -> "Jane Doe": a writer's role as the last word of three or more
    goes, when what stays is still a name (as on an unlabelled line, see _match_byline)."""
    words = name.split()
    if lex is None or len(words) < 3 or not role_word(words[-1].casefold(), lex):
        return name
    head = " ".join(words[:-1])
    return head if looks_like_name(head, lex) else name


MIN_ROLE_LINE_WORDS = 3
MAX_ROLE_LINE_WORDS = 12
# What may stand between a name and a role label after it: "Jane Doe – Author", "Jane Doe, Autorin".
_ROLE_GAP = " ,;:|·•—–-"
MAX_WORDS_AFTER_ROLE = 3


def _name_before_label(text: str, lex: Lexicon) -> BylineMatch | None:
    """A name, then a byline word as its role: "Jane Doe Autor", "Kari Nordmann – Journalist i
    Oslo". The role word says as much as a label before the name would."""
    found = name_and_role(text, lex)
    return found[0] if found is not None else None


def name_and_role(text: str, lex: Lexicon, max_after: int = MAX_WORDS_AFTER_ROLE) -> tuple[BylineMatch, str] | None:
    """The name and the role label after it ("Kari Nordmann – Journalist i Oslo" -> Kari
    Nordmann, "journalist"); at most ``max_after`` words may follow the role."""
    words = text.split()
    if not MIN_ROLE_LINE_WORDS <= len(words) <= MAX_ROLE_LINE_WORDS or not (words[0][:1].isupper() and words[1][:1].isupper()):
        return None  # cheap: no capitalised name first, or no room for one and a role
    firsts = lex.labels.first_words
    if not any(w.casefold().strip(_ROLE_GAP) in firsts for w in words[2:]):
        return None  # no word that may start a label stands after a name's first two words
    for k in range(min(len(words) - 1, MAX_NAME_WORDS + 1), 1, -1):
        rest = " ".join(words[k:]).lstrip(_ROLE_GAP)
        hit = lex.labels.match(rest.casefold())
        if hit is None or hit[1] != "byline_labels" or len(hit[0]) <= SHORT_LABEL_CHARS:
            continue  # "by" / "von" after a name starts another phrase, no role
        if len(rest[len(hit[0]) :].split()) > max_after:
            continue
        name = " ".join(words[:k]).rstrip(_ROLE_GAP)
        if looks_like_name(name, lex, caps=True) and not _HAS_DIGIT.search(name):
            return BylineMatch(byline=name, authors=(name,), labelled=True), hit[0]
    return None


def is_bare_label(text: str, lex: Lexicon) -> bool:
    """A byline label alone on its line ("Autor:", "Kommentar von", "By"): the name stands on the next."""
    if not text or len(text) > 40:
        return False
    cf = text.casefold().strip()
    hit = lex.labels.match(cf)
    return hit is not None and hit[1] == "byline_labels" and not cf[len(hit[0]) :].strip(" :—–-")


def name_under_label(text: str, lex: Lexicon, label: str = "") -> BylineMatch | None:
    """The byline a line gives right under a label alone on its line: names only
    ("Jane Doe", "Jane Doe, John Roe", "Jane Doe/Agency"), no phrase; a single word
    only under a short label or one with a colon ("Von", "Autor:"), not under a menu
    item ("Autoren", "Reporter")."""
    if not text or len(text) > MAX_BYLINE_CHARS or _HAS_DIGIT.search(text):
        return None
    if is_desk_credit(text, lex):
        return BylineMatch(byline=text, authors=(text,), labelled=True, desk=True)
    found = _labelled(text, lex)
    if found is None or not found.authors or not all(looks_like_name(a, lex, caps=True) for a in found.authors):
        # "Jane Doe/Agency", "Jane Doe, Agency": the name before a short credit.
        head, sep, tail = _split_role(text)
        if sep and len(tail.split()) <= MAX_ROLE_WORDS and looks_like_name(head, lex, caps=True):
            return BylineMatch(byline=text.strip(" ,;"), authors=(head,), labelled=True, credit=tail.strip() or None)
        short_label = label.rstrip().endswith(":") or len(label.strip()) <= SHORT_LABEL_CHARS
        if short_label and _SINGLE_NAME.fullmatch(text) and text.casefold() not in lex.stopwords and lex.cues.match(text.casefold()) is None:
            # "Von" over "Robert": one capitalised word alone under the label.
            return BylineMatch(byline=text, authors=(text,), labelled=True)
        return None
    return found


SHORT_LABEL_CHARS = 3
# A site's own notice: "© 2019 Jane Doe", "©2020 - Jane Doe - Example", "Copyright © 2009-2012 Jane Doe.":
# the sign (or the word), a year or a span of years, then the holder up to the next separator.
_COPYRIGHT_HOLDER = regex.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s*[-–—|·,:]?\s*(?:by\s+)?(?P<holder>[^.|·•,–—©®]{3,60}?)\s*(?:[.|·•,–—©®]|\s-\s|$)",
    regex.IGNORECASE,
)


# The notice without its sign, in a footer's row: "... – 2009-2020 by Jane Doe – Powered by ...":
# a span of years first on the line or after a separator, then a byline label and the holder.
_YEARS_BY = regex.compile(r"(?:^|\s[-–—|·•]\s)\d{4}\s?[-–]\s?\d{4}\s+(?P<rest>\p{L}[^|·•–—©®]{3,70})")


def copyright_holder(text: str, lex: Lexicon) -> BylineMatch | None:
    """The person a site's copyright notice names: "© 2019 Jane Doe", "©2020 - Jane Doe - Example",
    "2009-2020 by Jane Doe". A year is required: a photo's credit ("© Jane Doe") names the photographer."""
    m = _COPYRIGHT_HOLDER.match(text.strip())
    if m is None:
        y = _YEARS_BY.search(text)
        hit = lex.labels.match(y.group("rest").casefold()) if y is not None else None
        if y is None or hit is None or hit[1] != "byline_labels":
            return None
        holder = y.group("rest")[len(hit[0]) :].strip(" :")
        holder = regex.split(r"\s-\s|[.,]\s", holder, maxsplit=1)[0].strip(" .,")
    else:
        holder = m.group("holder").strip(" -")
    # A person: a given name and a surname, initials aside. "Example Media Corporation",
    # "ExampleSoft Labs", "Example LLC" are companies: a third word, a capital inside the
    # first word, an acronym.
    words = [w for w in holder.split() if not (len(w) == 2 and w.endswith("."))]
    if len(words) != 2 or words[1].isupper() or words[0][1:] != words[0][1:].lower():
        return None
    return BylineMatch(byline=holder, authors=(holder,), labelled=False) if looks_like_name(holder, lex) else None
MAX_HEADING_WORDS = 3
# A heading over a given name alone has a word this long ("About", "Über", "Meet"), not
# only an article or a short preposition ("Die", "The", "В", "Im").
LONE_NAME_HEADING_MIN_CHARS = 4
_HEADING_GAP = " -–—:|·"


def name_after_heading(text: str, lex: Lexicon) -> BylineMatch | None:
    """A name ending a short heading ("About Jane Doe", "About the author - Jane Doe"):
    the longest name-shaped tail after at most three function or byline words ("Founder
    Jane Doe" names a subject, not an author box)."""
    if _HAS_DIGIT.search(text):
        return None
    words = text.split()
    for k in range(1, min(len(words) - 1, MAX_HEADING_WORDS) + 1):
        head = words[k - 1].casefold().strip(_HEADING_GAP)
        label = lex.labels.match(head) if head else None
        if head and head not in lex.stopwords and (label is None or label[1] != "byline_labels"):
            return None
        name = " ".join(words[k:]).strip(_HEADING_GAP)
        if len(words) - k <= MAX_NAME_WORDS and looks_like_name(name, lex):
            return BylineMatch(byline=name, authors=(name,), labelled=False)
        if len(words) - k == 1:
            # "About Jane": the given name alone (the paragraph under it must introduce her).
            # After an article or a short preposition alone ("Die Ananas", "В Омске")
            # the word is a noun or a place, not a person's name.
            if max(len(w.strip(_HEADING_GAP)) for w in words[:k]) < LONE_NAME_HEADING_MIN_CHARS:
                return None
            return lone_given_name(name, lex)
    return None


def lone_given_name(text: str, lex: Lexicon) -> BylineMatch | None:
    """One capitalised word that may be a given name or a pen name ("Stefan"): no function
    word, month, weekday or cue of the language. Only its place (beside the date, right
    under the headline) makes it a byline."""
    cf = text.casefold()
    if not _SINGLE_NAME.fullmatch(text) or cf in lex.stopwords or cf in lex.months or cf in lex.weekdays:
        return None
    if lex.cues.match(cf) is not None or cf in lex.cue_words:
        return None
    return BylineMatch(byline=text, authors=(text,), labelled=False)
MAX_DESK_WORDS = 5
MAX_DESK_CHARS = 50


def is_desk_credit(text: str, lex: Lexicon) -> bool:
    """A newsroom or team credited in a byline's place: "The Example Team", "Example.com
    Redaktion", "IN-Redaktion", "Die Redaktion von Example News", "Newsdesk". One of its
    words is a desk word of the language; the others are capitalised or a web address."""
    if not text or len(text) > MAX_DESK_CHARS or not lex.desk_words:
        return False
    words = text.split()
    desk_words = lex.desk_words
    if len(words) > MAX_DESK_WORDS or not any(
        (cf := w.casefold().strip(".,:;()")) in desk_words or cf.rsplit("-", 1)[-1] in desk_words for w in words
    ):
        return False  # cheap: no desk word at all
    if _HAS_DIGIT.search(text):
        return False
    if ":" in text and looks_like_name(text.partition(":")[2].strip(), lex, caps=True):
        return False  # "Redaktion: Jana Muster": the desk word labels a person, no desk signs
    cue = lex.cues.match(text.casefold())
    if len(words) > MAX_DESK_WORDS or (cue is not None and len(cue[0].split()) >= len(words)):
        return False  # "Meet the Team", "Our Team": a heading of the page
    desk = False
    for k, w in enumerate(words):
        cf = w.casefold().strip(".,:;()")
        if cf in lex.desk_words or cf.rsplit("-", 1)[-1] in lex.desk_words:
            desk = True
        elif w[:1].isupper() or ("." in cf.strip(".") and cf.replace(".", "").replace("-", "").isalnum()):
            continue
        elif not (0 < k < len(words) - 1 and (cf in _PARTICLES or cf in lex.stopwords)):
            return False  # a lowercase word that is no particle: a phrase ("team building")
    return desk


def nameless_credit(text: str, lex: Lexicon) -> bool:
    """A credit that names nobody: "Staff", "Staff Writer", "Editorial Staff", "Redaktion",
    "Newsdesk", "admin". It may stand in a byline's place, but as an author it would lump
    every unsigned story of every site under one name (newspaper4k's "Staff" authors): it
    stays the byline and gives no author. A credit with a name of its own ("The Example
    Team", "XY-Redaktion") is the page's signature and stays one."""
    words = [w.casefold().strip(".,:;()") for w in text.split()]
    if not words or not any(w in lex.desk_words for w in words):
        return False  # cheap: no desk word at all
    cf = " ".join(words)
    hit = lex.labels.match(cf)
    if hit is not None and hit[1] == "agencies" and hit[0].rstrip(".") == cf:
        return True  # "editorial staff", "die redaktion": the language's credit phrase, whole
    return all(w in lex.desk_words or w in lex.role_words or w in lex.stopwords for w in words)


# One capitalised word of letters, "Robert", "Jean-Luc".
_SINGLE_NAME = regex.compile(r"\p{Lu}[\p{Ll}'’]{2,24}(?:-\p{Lu}[\p{Ll}'’]{1,24})?")


_ROLE_SEP = regex.compile(r"\s*[,/]\s*")
_IN_RUBRIC = regex.compile(r"(?P<name>\S+(?:\s\S+){1,3}?)\s+in\s+(?P<rubric>[^\d\s]\S*(?:\s\S+){0,2})")
# A rubric is a word or two, not a clause: "in a clinic.Photo/Agency" is a caption.
_SENTENCE_MARK = regex.compile(r"[.!?/:;]\S|[.!?:;]$")
MAX_ROLE_WORDS = 3


def _split_role(text: str) -> tuple[str, str, str]:
    m = _ROLE_SEP.search(text)
    if m is None:
        return text, "", ""
    return text[: m.start()], m.group(), text[m.end() :]


def find_byline(text: str, lex: Lexicon, segments: list[str]) -> BylineMatch | None:
    """A byline in a metadata line: a label at its start or inside it, else a name-shaped piece."""
    return _find_byline(text, lex, tuple(segments))


# The headline stage asks about the lines around each candidate, the header stage about
# the lines it takes as metadata: the same lines (30% of the questions on dev). Memoised
# like match_byline: a pure function of hashable arguments with a frozen answer.
@lru_cache(maxsize=BYLINE_CACHE_SIZE)
def _find_byline(text: str, lex: Lexicon, segments: tuple[str, ...]) -> BylineMatch | None:
    """:func:`find_byline`, with the pieces as a tuple (the cache's key)."""
    whole = match_byline(text, lex)
    if whole is not None and whole.labelled:
        return whole
    dated: bool | None = None  # does the line carry a date? asked once, and only if a label is there
    for seg in segments:
        inline = lex.byline_inline.search(seg)
        # A label inside a piece counts after at most two words ("Blog post by X"),
        # or on a line that also carries a date ("... von lupa am 26/10/13"):
        # "Validated by SRLabs" and "Auf den Spuren von Rafael Nadal" are titles.
        if inline is None:
            continue
        if inline.start() > 0 and seg[inline.start() - 1] in "-‐":
            continue  # "Bestseller-Autorin Jane Doe": the label ends a compound that describes her
        if dated is None:
            dated = find_date(text, lex) is not None
        before = seg[: inline.start()].split()
        if before and before[-1].casefold().strip(".,:;()") in lex.credit_words:
            continue  # "Tested by", "Top photo by": someone else's credit
        if len(before) <= MAX_WORDS_BEFORE_LABEL or dated:
            m = _labelled(inline.group("rest"), lex, inline=inline.start() > 0 and not dated)
            if m is not None and m.authors and all(is_bare_label(a, lex) for a in m.authors):
                continue  # "Jane Doe – Journalist Journalist": a role word, the name stands before it
            if m is not None and (m.byline[:1].isupper() or dated):
                return m
    names = split_authors(text)
    if len(names) >= 2 and sum(len(n) for n in names) >= 0.8 * len(text.replace(" ", "")):
        # "Айгерім Сапарова, Ерлан Нұрланұлы": a list of names and nothing else.
        return BylineMatch(byline=text, authors=names, labelled=False)
    for seg in segments:
        cut = _NAME_END.search(seg)
        piece = seg[: cut.start()].strip(" ,") if cut else seg
        if piece != text:
            name = piece if looks_like_name(piece, lex) else _name_prefix(piece, lex) if cut else None
            # Unlabelled, a name may be followed only by the date's month ("Tom Talbot October 14").
            tail = piece[len(name) :].split() if name else []
            if name and all(w.casefold().strip(".,") in lex.months or w.casefold() in lex.weekdays for w in tail):
                return BylineMatch(byline=name, authors=(name,), labelled=False)
    if whole is None and len(text) <= MAX_BYLINE_CHARS:
        # "Jane Doe, Contributor", "Jane Doe/Agency", "Jane Doe,": a name, then a short role or outlet.
        head, sep, role = _split_role(text)
        if sep and (len(role.split()) <= MAX_ROLE_WORDS or _affiliation(role, lex)) and looks_like_name(head, lex):
            return BylineMatch(byline=text.strip(" ,;"), authors=(head,), labelled=False, credit=role.strip() or None)
        # "Jane Doe Political editor": a name, then a short role with a word in small letters.
        line_words = text.split()
        small = len(line_words) <= MAX_NAME_WORDS + 1 + MAX_ROLE_WORDS and any(w[:1].islower() for w in line_words[2:])
        name = _name_prefix(text, lex) if small else None
        role_words = text[len(name) :].split() if name else []
        # A function word in it makes a phrase of it ("Jane Doe and friends"), no role.
        plain_role = 0 < len(role_words) <= MAX_ROLE_WORDS and not any(w.casefold() in lex.stopwords for w in role_words)
        if name and plain_role and any(w[:1].islower() for w in role_words) and not _HAS_DIGIT.search(text):
            name = sentence_role_cut(name, role_words, lex)  # "Jane Doe Parliamentary editor" -> "Jane Doe"
            return BylineMatch(byline=name, authors=(name,), labelled=False)
        # "Jane Doe in Gardening": a name, then the rubric the article was filed in.
        in_rubric = _IN_RUBRIC.fullmatch(text)
        rubric = in_rubric.group("rubric").split() if in_rubric is not None else []
        if in_rubric is not None and not any(w.casefold() in lex.stopwords or _SENTENCE_MARK.search(w) for w in rubric) and looks_like_name(in_rubric.group("name"), lex):
            return BylineMatch(byline=in_rubric.group("name"), authors=(in_rubric.group("name"),), labelled=False)
    if whole is None and is_desk_credit(text, lex):
        return BylineMatch(byline=text, authors=(text,), labelled=False, desk=True)
    return whole


# A person's position and institution after the name: "Professor of Civil Engineering,
# Northfield University" (an expert's or an academic's byline), up to this many words.
MAX_AFFILIATION_WORDS = 10
_AFFILIATION_MARK = regex.compile(r"[.!?:;|/@\d]")  # a slash: a photo credit ("Jane Doe, Example Times/Agency")


def _affiliation(text: str, lex: Lexicon) -> bool:
    """Title-cased words and function words only, no sentence mark, slash or digit: a position
    and an institution ("Professor of Sociology, Example University"), not a clause."""
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= MAX_AFFILIATION_WORDS or _AFFILIATION_MARK.search(text) is not None:
        return False
    capitalised = 0
    for w in words:
        if w[:1].isupper():
            capitalised += 1
        elif w.casefold() not in lex.stopwords:
            return False
    return capitalised >= 2


def names_a_subject(text: str, lex: Lexicon) -> bool:
    """"Interview mit Autorin Jane Doe", "A talk with author Jane Doe": the byline word inside
    the line follows a function word, so it names the person the article is about, not its
    author. (Still a meta line, no headline: only the author's choice skips it.)"""
    inline = lex.byline_inline.search(text)
    if inline is None or inline.start() == 0:
        return False
    before = text[: inline.start()].split()
    return bool(before) and before[-1].casefold() in lex.stopwords and find_date(text, lex) is None


def name_beside_date(text: str, date_text: str, lex: Lexicon) -> BylineMatch | None:
    """A byline sharing a line with the article's date: a labelled one anywhere in
    it, else a name standing first in what the date leaves ("Dec 26, 2025 • Jane
    Doe in Gardening", "2. Februar 2020 Max Muster 1 Kommentar")."""
    if len(text) > MAX_BYLINE_CHARS + 40:
        return None
    # Every copy of the date goes: "2. Februar 2020 2. Februar 2020 Max Muster" (published, updated).
    rest = text.replace(date_text, " | ") if date_text else text
    rest = lex.date_labels.sub(" | ", rest)  # "Last Updated: ..." names no one
    segments = [p.strip(" ,;:") for p in split_segments(rest)]
    found = find_byline(rest, lex, segments)
    if found is not None and found.labelled:
        return found
    for seg in segments:
        seg = _after_date_parts(seg, lex)
        cut = _NAME_END.search(seg)
        piece = seg[: cut.start()].strip(" ,") if cut else seg
        if not piece:
            continue
        names = [p for p in (q.strip(" .·|—–-") for q in _AUTHOR_SPLIT.split(piece)) if p]
        if 2 <= len(names) <= MAX_LISTED_AUTHORS and all(looks_like_name(p, lex) for p in names):
            return BylineMatch(byline=piece, authors=tuple(names), labelled=False)  # "Jane Doe and John Roe | May 3"
        name = piece if looks_like_name(piece, lex) else _name_prefix(piece, lex)
        tail = piece[len(name) :].split() if name is not None else []
        if len(tail) > MAX_ROLE_WORDS and tail[0][:1].islower():
            name = None  # "Minutes Report of the last board meeting of": a sentence's first words, no name
        elif name is not None and tail:
            name = sentence_role_cut(name, tail, lex)  # "May 3, 2024 Jane Doe Parliamentary editor"
        if name is not None:
            return BylineMatch(byline=name, authors=(name,), labelled=False)
        if is_desk_credit(piece, lex):
            return BylineMatch(byline=piece, authors=(piece,), labelled=False, desk=True)
    if " / " in rest:
        # "March 5, 2024 / Jane Doe / 3 Comments": a name between slashes, a count or a time after
        # it. Without one the pieces are as often rubrics ("May 3, 2024 / Living Well / Health").
        pieces = [p.strip(" ,;:/") for p in split_segments(rest, slashes=True)]
        for seg, nxt in zip(pieces, pieces[1:]):
            if _HAS_DIGIT.search(nxt) and looks_like_name(seg, lex):
                return BylineMatch(byline=seg, authors=(seg,), labelled=False)
    return None


def _after_date_parts(text: str, lex: Lexicon) -> str:
    """What follows a second date at the start of a piece: "9. März 2024 Erika Muster" -> "Erika Muster"."""
    words = text.split()
    k = 0
    while k < len(words) and (_HAS_DIGIT.search(words[k]) or words[k].casefold().strip(".,") in lex.months):
        k += 1
    return " ".join(words[k:]) if k else text
