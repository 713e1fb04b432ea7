"""Lines inside the run that are not the text: photo credits and their captions, shop buttons,
promos urging the reader, related boxes and dated teasers (used by ``context._body``)."""

from __future__ import annotations

import regex

from .features import LineInfo, explain
from .layout import _LIST_HEADS, _PROSE, RELATED_BOX_TITLE_WORDS, Layout
from .lexicon import CAPTION_TAIL_WORDS, Lexicon
from .region import RELATED_BOX_MAX_TEASER_LINES, RELATED_BOX_MAX_TEASERS, _card_rubric, _teaser_meta, card_summary
from .region_edges import _ends_sentence, _interrupts
from .widgets import find_related_lists

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


# A job listing's title carries the genders the post is open to ("Engineer (m/w/d)", "Sales
# Manager (m/f/d)", "Bauleiter (w/m/d)"): a job board's item set into the page, not a subheading.
# Only lines that are no prose: a sentence of the text may quote an advert.
_JOB_GENDERS = regex.compile(r"\((?:[mwdfx]\s?/\s?){2}[mwdfx]\)", regex.IGNORECASE)


def _job_listing(info: LineInfo) -> bool:
    return info.kind in ("title", "short", "name") and "/" in info.text and _JOB_GENDERS.search(info.text) is not None


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


# A breadcrumb trail standing in the text ("Home » Guides » New Company", "Start › Service ›
# Contact"): a line cut by one separator of the trails, at least twice, into short pieces
# (BREADCRUMB_MAX_WORDS words or fewer, none holding a colon), the first of one or two words, and
# no sentence. Text writes "A > B" inside a sentence ("Go to Settings > Account > Email"), opened by
# a verb of more words than a trail's first step.
BREADCRUMB_MIN_SEPARATORS = 2
BREADCRUMB_MAX_WORDS = 5
BREADCRUMB_FIRST_MAX_WORDS = 2
_BREADCRUMB_SEPARATORS = (" » ", " › ", " > ")


def breadcrumb(info: LineInfo) -> bool:
    if info.kind not in ("title", "short", "name") or _ends_sentence(info):
        return False
    text = info.text.strip()
    for sep in _BREADCRUMB_SEPARATORS:
        if text.count(sep) < BREADCRUMB_MIN_SEPARATORS:
            continue
        pieces = [p.split() for p in text.split(sep)]
        return (
            all(0 < len(p) <= BREADCRUMB_MAX_WORDS for p in pieces)
            and len(pieces[0]) <= BREADCRUMB_FIRST_MAX_WORDS
            and ":" not in text
        )
    return False


# A list of links under a related label, too long to read as a cue ("Related Companies: Example
# Co., Other Corp., Third Inc., ..."): a label of up to LABEL_LIST_HEAD_WORDS words opening on a
# related or most-read phrase, its colon, then LABEL_LIST_MIN_ITEMS names or more between commas,
# each but a few capitalised (a list of names, not a sentence going on after the label).
LABEL_LIST_HEAD_WORDS = 3
LABEL_LIST_MIN_ITEMS = 4
_LABEL_LIST = regex.compile(r"^([^\W\d][\w'’-]*(?: [^\W\d][\w'’-]*){0,2}) ?: (.+)$")


def related_label_list(info: LineInfo, lex: Lexicon) -> bool:
    if info.cue is not None or info.kind not in _PROSE:
        return False
    m = _LABEL_LIST.match(info.text.strip())
    if m is None:
        return False
    hit = lex.cues.match(m.group(1).casefold())
    if hit is None or hit[1] not in ("related", "most_read"):
        return False
    items = [i.strip() for i in m.group(2).split(",") if i.strip()]
    capitalised = sum(1 for i in items if i[:1].isupper())
    return len(items) >= LABEL_LIST_MIN_ITEMS and 4 * capitalised >= 3 * len(items)


# An ad for another site standing in the text: a short line (HOST_PROMO_MAX_WORDS words or fewer)
# asking the reader a short question, then pointing to a web address ("Looking for a flat? See the
# offers at example.com"). The text names a site inside its sentences; a line that asks and then
# sends the reader to a host is a banner's. A line holding an e-mail address is an appeal to write.
HOST_PROMO_MAX_WORDS = 20
_QUESTION_LEAD = regex.compile(r"^[^.!?]{3,80}\?\s+\S")
_WEB_HOST = regex.compile(r"(?<![@\w.])[\w-]{2,}\.[a-z]{2,6}(?![\w@.])")


def host_promo(info: LineInfo) -> bool:
    if info.n_words > HOST_PROMO_MAX_WORDS or info.table or "@" in info.text:
        return False
    text = info.text.strip()
    m = _QUESTION_LEAD.match(text)
    return m is not None and _WEB_HOST.search(text, m.end() - 1) is not None


# A web address alone on a line inside the text ("EXAMPLE.COM", "www.example.org/"): the credit
# of a report copied from another site or a link's label, never a sentence of the text. Written
# in capitals (a name of BARE_HOST_MIN_NAME letters or more before its first dot) or with its
# "www." or scheme: a subheading naming a library ("Node.js", "ASP.NET") is no address.
BARE_HOST_MAX_CHARS = 60
BARE_HOST_MIN_NAME = 4
_BARE_HOST = regex.compile(r"(?:https?://)?[\w-]{2,}(?:\.[\w-]{2,}){0,3}\.[a-z]{2,6}/?", regex.IGNORECASE)
_HOST_LEAD = regex.compile(r"(?:https?://|www\.)", regex.IGNORECASE)


def bare_host(info: LineInfo) -> bool:
    text = info.text.strip()
    if len(text) > BARE_HOST_MAX_CHARS or "." not in text or " " in text:
        return False
    if _BARE_HOST.fullmatch(text) is None:
        return False
    return _HOST_LEAD.match(text) is not None or (text.isupper() and len(text.split(".")[0]) >= BARE_HOST_MIN_NAME)


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
    after = k + len(box)
    if len(box) == 3 and _card_rubric(box[1]) and box[2].kind == "title" and after + 1 < len(lines):
        # "Read more" / a rubric / a title / a summary speaking of the title, and the text goes
        # on: the whole card of a teaser, its summary too (a bare link's title over a paragraph,
        # or a paragraph on something else, stays text).
        if card_summary(box[2], lines[after]):
            box.append(lines[after])
    for info in box[1:]:
        info.label, info.reason = "RELATED", explain("teaser under the related heading '{}' inside the text", head.text)
    return box


LABEL_OVER_DATE_WORDS = 3


def _label_over_date(lines: list[LineInfo], k: int) -> bool:
    """A short label ending in a colon ("Release Date:", "Datum:") right over a date line stamped
    with its time ("Thursday, 28 April 2022 – 3:55pm"), with a paragraph under the date (the quoted
    document's text). A box of facts ("When:" / a date / "Where:" / a place) goes on with another
    label under the date and stays; so does a date without a clock time, the day of an event or a
    deadline the text announces ("Application deadline:" / "Friday, 31 May 2024")."""
    info = lines[k]
    return (
        info.kind == "short"
        and info.ends_colon
        and info.n_words <= LABEL_OVER_DATE_WORDS
        and not any(c.isdigit() for c in info.text)
        and k + 2 < len(lines)
        and lines[k + 1].kind == "date"
        and lines[k + 2].kind == "good"
        and _CLOCK.search(lines[k + 1].text) is not None
    )


_CLOCK = regex.compile(r"\d:\d\d")


# A picture's credit or label standing alone ("Screenshot, Example App"), then the same again
# with the caption after it: the renderer showed the figure's credit once more as its caption's
# first words. The text never opens a paragraph with the caption line right above it.
CAPTION_AGAIN_MIN_CHARS = 12  # "Figure 1" over "Figure 1 shows ..." is a label over the text
CAPTION_AGAIN_MAX_WORDS = 60


def _caption_said_again(above: LineInfo, info: LineInfo) -> bool:
    head = above.text.strip()
    return (
        above.label == "CAPTION"
        and len(head) >= CAPTION_AGAIN_MIN_CHARS
        and info.kind in _PROSE
        and info.n_words <= CAPTION_AGAIN_MAX_WORDS
        and info.text.startswith(head + " ")
    )
