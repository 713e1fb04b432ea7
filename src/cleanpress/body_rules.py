"""Rules that take lines out of the chosen body after it is labelled: author boxes and bios,
a lead the next paragraph repeats, captions and promos shown twice or labelled, call-to-action
boxes, teasers (under kickers, split at a colon, with a video length or an 'ago' stamp) and a
post's details."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

import regex

from .dates import find_date, leading_date, match_date_line
from .features import LineInfo, explain, unbulleted
from .headline import nonblank_after, page_counts
from .layout import (
    _HEADER_BOX_PROSE,
    _HEADER_PROMO,
    _LIST_ITEM_KINDS,
    _PROSE,
    META_IN_RUN,
    RELATED_BOX_TITLE_WORDS,
    Layout,
    _leave_body,
)
from .lexicon import Lexicon, find_words
from .region_edges import _ends_sentence, _we_word
from .widgets import find_related_lists

# An author box closing the text: among the body's last AUTHOR_BOX_TAIL_LINES lines, a line that
# is only the name the byline gave ("Jane Doe" over "Reporter" and "Jane Doe has covered courts
# since 2019 ..."), with at least one line under it and AUTHOR_BOX_MIN_TEXT paragraphs above. The
# text never sets its author's name on a line of its own; a profile box does.
AUTHOR_BOX_TAIL_LINES = 6
AUTHOR_BOX_MIN_TEXT = 3


def _drop_author_box(infos: list[LineInfo], layout: Layout) -> None:
    """The byline's name alone on a line near the text's end heads a profile box: the box
    (the name and every body line under it) leaves the body."""
    match = layout.byline_match
    if match is None or not match.authors:
        return
    names = {a.casefold() for a in match.authors}
    body = sorted(layout.body)
    for pos in range(max(len(body) - AUTHOR_BOX_TAIL_LINES, 0), len(body) - 1):
        info = infos[body[pos]]
        if info.index == layout.byline or info.text.strip(" .,:;").casefold() not in names:
            continue
        if sum(1 for k in body[:pos] if infos[k].kind in _PROSE) < AUTHOR_BOX_MIN_TEXT:
            return
        for k in body[pos:]:
            layout.body.remove(k)
            infos[k].label, infos[k].reason = "BOILERPLATE", "author box closing the text (the byline's name over a profile)"
        return


# An author's profile over the text: among the body's first AUTHOR_BIO_HEAD_LINES lines, a
# paragraph opening on the byline's full name and a word in lower case ("Jane Doe covers
# courts and ...", "Jane Doe is a reporter ..."). The text does not open by naming its own
# author in the third person; a profile box under the byline does. (At the text's end such
# a profile is part of the article for some annotators, not for others: left alone.)
AUTHOR_BIO_HEAD_LINES = 3


def _drop_author_bio(infos: list[LineInfo], layout: Layout) -> None:
    match = layout.byline_match
    if match is None or not match.authors:
        return
    names = [a for a in match.authors if len(a.split()) >= 2]
    body = sorted(layout.body)
    if not names or len(body) < AUTHOR_BOX_MIN_TEXT + 1:
        return
    for index in body[:AUTHOR_BIO_HEAD_LINES]:
        info = infos[index]
        if index == layout.byline or info.kind not in _PROSE:
            continue
        text = info.text.strip()
        for name in names:
            rest = text[len(name) :]
            if text.startswith(name) and rest[:1].isspace() and rest.lstrip()[:1].islower():
                layout.body.remove(index)
                info.label, info.reason = "BOILERPLATE", "author's profile over the text ('Jane Doe covers ...')"
                break


# The site's disclosure of its earnings at an edge of the text: among the first or last
# DISCLOSURE_EDGE_LINES lines of the run's body, a paragraph that speaks to the reader (a "you"
# word) and names the site's own ads, a "we" word right before a one-word ad cue ("We may be
# compensated when you click on a link ... from our advertising partners."). The text's own
# paragraphs do not tell the reader of the page's ads: it is an ad notice.
DISCLOSURE_EDGE_LINES = 2
DISCLOSURE_MAX_WORDS = 100
DISCLOSURE_SAMPLE_CHARS = 1000


def _names_own_ads(info: LineInfo, lex: Lexicon) -> bool:
    """Does the line name the site's own ads: a "we" word right before a one-word ad cue ("our advertising partners")?"""
    words = find_words(info.text[:DISCLOSURE_SAMPLE_CHARS])
    for before, w in zip(words, words[1:]):
        cf = w.casefold()
        if cf in lex.cues.first_words and _we_word(before, lex.first_plural):
            hit = lex.cues.match(cf, cf)
            if hit is not None and hit[1] == "ad" and hit[0] == cf:
                return True
    return False


def _drop_disclosure(infos: list[LineInfo], layout: Layout, lex: Lexicon, first: int, last: int) -> None:
    body = sorted(k for k in layout.body if first <= k <= last)  # the run's lines, not a standfirst above it
    if len(body) <= 2 * DISCLOSURE_EDGE_LINES or not lex.first_plural:
        return
    gone: set[int] = set()
    for index in (*body[:DISCLOSURE_EDGE_LINES], *body[-DISCLOSURE_EDGE_LINES:]):
        info = infos[index]
        if info.kind not in _PROSE or not info.n_you or info.n_words > DISCLOSURE_MAX_WORDS:
            continue
        if _names_own_ads(info, lex):
            gone.add(index)
            info.label, info.reason = "AD", "notice of the site's own ads at the text's edge ('... our advertising partners')"
    _leave_body(layout, gone)


# A lead the text repeats: among the first lines of the body, a line whose words
# the next paragraph or the one after says again ("Three people died ..." over
# "BEIJING, Jan 5 - Three people died ..."), or a caption shown twice.
LEAD_LINES = 3
LEAD_MIN_WORDS = 10
LEAD_REPEAT_SHARE = 0.9
_REPEATED_LEAD = "lead that the next paragraph repeats"


def _drop_repeated_lead(infos: list[LineInfo], layout: Layout) -> None:
    body = sorted(layout.body)
    for k, index in enumerate(body[:LEAD_LINES]):
        info = infos[index]
        if info.n_words < LEAD_MIN_WORDS:
            continue
        for later in body[k + 1 : k + 2]:
            other = infos[later]
            if other.n_words < info.n_words:
                continue
            words = [w.casefold() for w in find_words(info.text)]
            seen = {w.casefold() for w in find_words(other.text)}
            if sum(1 for w in words if w in seen) >= LEAD_REPEAT_SHARE * len(words):
                layout.body.remove(index)
                info.label, info.reason = "BOILERPLATE", _REPEATED_LEAD
                break


# A picture's caption shown twice in a row: once as the image's text, once under it
# ("Office towers by the harbour." twice, or a second time with its credit: "Office
# towers by the harbour. Jane Doe for Example News"). Text never says a sentence twice
# in a row, so both copies are the caption. Between the headline and the text, a promo
# box shown twice ("Daily puzzles and comics ..." in a subscribe box and again in a
# register box) is no standfirst.
TWICE_MIN_WORDS = 4
TWICE_MAX_WORDS = 45
TWICE_CREDIT_MAX_WORDS = 8
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)]*$")


def _same_words(info: LineInfo) -> tuple[str, ...]:
    return tuple(w.casefold() for w in find_words(info.text))


def _caption_pair(a: LineInfo, b: LineInfo) -> bool:
    """Two neighbouring lines saying the same caption: the same words, or the shorter
    one (a whole sentence) and the same with a short credit after it."""
    if not (TWICE_MIN_WORDS <= a.n_words <= TWICE_MAX_WORDS and TWICE_MIN_WORDS <= b.n_words <= TWICE_MAX_WORDS):
        return False
    wa, wb = _same_words(a), _same_words(b)
    if wa == wb:
        return True
    short, long_ = (a, b) if len(wa) < len(wb) else (b, a)
    ws, wl = (wa, wb) if short is a else (wb, wa)
    extra = long_.text[len(short.text.rstrip()) :].split() if long_.text.startswith(short.text.rstrip()) else []
    return (
        wl[: len(ws)] == ws
        and len(wl) - len(ws) <= TWICE_CREDIT_MAX_WORDS
        and _SENTENCE_END.search(short.text.rstrip()) is not None
        and bool(extra)
        and extra[0][:1].isupper()
    )


# The page's own caption label: when the same caption label and colon ("Abbildung:", "Photo:")
# opens at least LABELLED_CAPTIONS_MIN lines read as captions, a line of the text opening with it
# is one more caption, however long its sentence: the page marks its pictures' captions so.
LABELLED_CAPTIONS_MIN = 2
_CAPTION_LABEL_HEAD = regex.compile(r"\(?([^\W\d][\w.-]*(?: [^\W\d][\w.-]*)?) ?:")


def _caption_label_head(info: LineInfo, lex: Lexicon) -> str | None:
    m = _CAPTION_LABEL_HEAD.match(info.text)
    if m is None:
        return None
    head = m.group(1).casefold()
    hit = lex.labels.match(head)
    return head if hit is not None and hit[0] == head and hit[1] == "caption_labels" else None


def _drop_labelled_captions(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    if not layout.body:
        return
    counts: Counter[str] = Counter()
    for info in infos:
        if info.label == "CAPTION" and info.label_kind == "caption_labels":
            head = _caption_label_head(info, lex)
            if head is not None:
                counts[head] += 1
    if not counts or max(counts.values()) < LABELLED_CAPTIONS_MIN:
        return
    gone: set[int] = set()
    for index in sorted(layout.body):
        info = infos[index]
        if info.label != "BODY" or ":" not in info.text[:40]:
            continue
        head = _caption_label_head(info, lex)
        if head is not None and counts[head] >= LABELLED_CAPTIONS_MIN:
            gone.add(index)
            info.label, info.reason = "CAPTION", explain("opens with '{}:', the label of the page's captions", head)
            layout.captions.append(index)
    _leave_body(layout, gone)


def _run_of(infos: list[LineInfo], layout: Layout, min_body: int) -> list[LineInfo]:
    """The non-blank lines from the body's first line to its last (those set apart between
    them included), or none when the body holds fewer than ``min_body`` lines."""
    if len(layout.body) < min_body:
        return []
    return [i for i in infos[min(layout.body) : max(layout.body) + 1] if not i.blank]


def _drop_shown_twice(infos: list[LineInfo], layout: Layout) -> None:
    body = sorted(layout.body)
    if len(body) < 2:
        return
    lines = [i for i in infos[body[0] : body[-1] + 1] if not i.blank]
    dropped: set[int] = set()
    for a, b in zip(lines, lines[1:]):
        # The first copy may have gone already as a lead the next line repeats.
        if (a.label == "BODY" or a.reason == _REPEATED_LEAD) and b.label == "BODY" and _caption_pair(a, b):
            dropped.update((a.index, b.index))
    # The header zone: standfirst lines that say the same thing twice.
    # The first copy may have gone already as a lead the second repeats.
    # Header prose already set aside as a box's line (_drop_header_boxes) still counts: the
    # copy it repeats may be the one kept as the standfirst.
    zone = [i for i in infos[: body[0] + 1] if i.reason == _REPEATED_LEAD]
    zone += [i for i in infos[: body[-1] + 1] if i.reason == _HEADER_BOX_PROSE]
    zone += [infos[i] for i in body if infos[i].reason == "text between the headline and the body"]
    counts = Counter(_same_words(i) for i in zone if i.n_words >= TWICE_MIN_WORDS)
    gone: set[int] = set()
    for info in zone:
        if counts.get(_same_words(info), 0) > 1:
            if info.label == "BODY":
                gone.add(info.index)
            info.label, info.reason = "BOILERPLATE", "shown twice between the headline and the text (a promo box)"
    # A promo the header spoke to the reader with ("Like this recipe? Add the ingredients to your
    # basket.") said again inside the text: the page shows its box twice (a mobile and a desktop copy).
    promos = {_same_words(i) for i in infos[: body[-1] + 1] if i.reason == _HEADER_PROMO and i.n_words >= TWICE_MIN_WORDS}
    if promos:
        for index in body:
            info = infos[index]
            if info.label == "BODY" and info.n_words >= TWICE_MIN_WORDS and _same_words(info) in promos:
                gone.add(index)
                info.label, info.reason = "BOILERPLATE", "says again the promo between the headline and the text"
    for index in sorted(dropped):
        info = infos[index]
        if info.label == "BODY":
            gone.add(index)
        info.label, info.reason = "CAPTION", "shown twice in a row inside the text (a picture's caption)"
        layout.captions.append(index)
    _leave_body(layout, gone)



# A promo box inside the text: a call-to-action button ("Start a Free Trial", "Book now",
# "Jetzt testen") right under a sentence, before a heading or another box rather than a
# paragraph that goes on with it. A subheading that starts with a verb ("Start composting")
# heads the paragraph under it; a button closes the pitch above it. A box's pitch is a
# sentence or two under a short title of its own ("Your keys to a better career" /
# "Get started today to ..." / "Start a Free Trial"): the three lines go together.
ACTION_MAX_WORDS = 4
ACTION_NEXT_MAX_WORDS = 6  # a short line may follow the button ("No credit card required.")
ACTION_PITCH_MAX_WORDS = 35
ACTION_TITLE_MAX_WORDS = 8
ACTION_LABEL_CHARS = 20  # "Best for: ..." opens a fact, not a pitch
_ACTION_STRIP = "!?.,:;»«\"'“”›>()[]"
_ACTION_BUTTON = "call-to-action button inside the text"
_ACTION_BOX = "promo box over a call-to-action button"


def _button_text(info: LineInfo) -> str:
    """The button's words, without the bullet a layout renderer sets before a list item ("* Book now")."""
    return unbulleted(info).strip()


def _action_button(info: LineInfo, lex: Lexicon) -> bool:
    text = _button_text(info)
    if not lex.action_words or not 0 < info.n_words <= ACTION_MAX_WORDS or info.table or info.ends_colon:
        return False
    if text[-1:] in ".?,;:…":
        return False
    if text.split()[0].endswith(":"):  # a label: "Try: Example CRM, Other CRM"
        return False
    words = [w.strip(_ACTION_STRIP) for w in text.casefold().split()]
    return words[0] in lex.action_words or " ".join(words[:2]) in lex.action_words


# An adjective opening a button ("Free Download", "Free Advising Session") names a thing as often
# as it urges: a guide's "Free Admission" under a museum's paragraph, before the next sight's
# heading. Such a button counts only when the page shows its words again (the header's button, the
# box set twice): ACTION_REPEAT_MIN times in all.
_REPEAT_ONLY_ACTIONS = frozenset({"free"})
ACTION_REPEAT_MIN = 2


def _repeat_only(button: LineInfo) -> bool:
    return _button_text(button).split()[0].strip(_ACTION_STRIP).casefold() in _REPEAT_ONLY_ACTIONS


def _shown_again(lines: list[LineInfo], infos: list[LineInfo], lex: Lexicon) -> set[str]:
    """The texts (casefolded) of the run's repeat-only buttons that the page shows
    ACTION_REPEAT_MIN times or more: one reading of the page for all of them."""
    needles = sorted({_button_text(b).casefold() for b in lines if b.label == "BODY" and _action_button(b, lex) and _repeat_only(b)})
    return {t for t, n in zip(needles, page_counts([i.text for i in infos], needles)) if n >= ACTION_REPEAT_MIN}


def _drop_action_boxes(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    lines = _run_of(infos, layout, 3)
    if not lines:
        return
    dropped: dict[int, str] = {}
    repeated: set[str] | None = None
    for k in range(1, len(lines) - 1):
        button, pitch, after = lines[k], lines[k - 1], lines[k + 1]
        if button.label != "BODY" or not _action_button(button, lex):
            continue
        if pitch.label != "BODY" or pitch.kind not in _PROSE or not pitch.terminal:
            continue
        if after.kind == "good" or (after.kind == "neargood" and after.n_words > ACTION_NEXT_MAX_WORDS):
            continue
        if _repeat_only(button):
            if repeated is None:
                repeated = _shown_again(lines, infos, lex)  # read once a page, when a candidate needs it
            if _button_text(button).casefold() not in repeated:
                continue
        dropped[button.index] = _ACTION_BUTTON
        title = lines[k - 2] if k >= 2 else None
        if (
            title is not None
            and pitch.n_words <= ACTION_PITCH_MAX_WORDS
            and title.label == "BODY"
            and title.kind in ("title", "short")
            and title.n_words <= ACTION_TITLE_MAX_WORDS
            and ":" not in title.text  # "Fee: Free" over "Best for: ..." are a list's facts
            and ":" not in pitch.text[:ACTION_LABEL_CHARS]
        ):
            dropped[pitch.index] = dropped[title.index] = _ACTION_BOX
    _leave_body(layout, set(dropped))
    for index, reason in dropped.items():
        infos[index].label, infos[index].reason = "BOILERPLATE", reason



# Teasers set into the text under one repeated kicker: between two paragraphs, a short
# line naming the rubric or the source ("News from Example", "Demography", "On-Demand
# Training") over a headline of another page, the same kicker over different headlines
# at least twice. Pairs may stand together (a box of up to four teasers): every pair of a
# box with one repeated kicker goes. An article's own subheadings do not come in pairs under
# one repeated label, and a label of numbers or marks ("1-100", "„") is a value, not a kicker.
KICKER_MAX_WORDS = 4
KICKER_TITLE_MIN_WORDS = 3
KICKER_TITLE_MAX_WORDS = 15
KICKER_MIN_REPEATS = 2
KICKER_MAX_PAIRS = 4  # a box of teasers between two paragraphs
_KICKER_TITLE_KINDS = frozenset({"title", "short", "name"})
_HAS_LETTER = regex.compile(r"\p{L}")


def _kicker_pair(kicker: LineInfo, title: LineInfo) -> bool:
    """A kicker over a teaser's title."""
    return (
        kicker.label == "BODY"
        and title.label == "BODY"
        and 0 < kicker.n_words <= KICKER_MAX_WORDS
        and not kicker.terminal
        and not kicker.ends_colon
        and _HAS_LETTER.search(kicker.text) is not None
        and title.kind in _KICKER_TITLE_KINDS
        and not title.terminal
        and KICKER_TITLE_MIN_WORDS <= title.n_words <= KICKER_TITLE_MAX_WORDS
    )


def _kicker_blocks(run: list[LineInfo]) -> list[list[LineInfo]]:
    """Stretches of kicker-and-title pairs (up to KICKER_MAX_PAIRS) between two lines of prose."""
    blocks: list[list[LineInfo]] = []
    k = 1
    while k < len(run):
        if run[k - 1].kind not in _PROSE or run[k].kind in _PROSE:
            k += 1
            continue
        j = k
        while j < len(run) and run[j].kind not in _PROSE:
            j += 1
        size = j - k
        if j < len(run) and size % 2 == 0 and size <= 2 * KICKER_MAX_PAIRS:
            if all(_kicker_pair(run[m], run[m + 1]) for m in range(k, j, 2)):
                blocks.append(run[k:j])
        k = j + 1
    return blocks


def _drop_kicker_teasers(infos: list[LineInfo], layout: Layout) -> None:
    run = _run_of(infos, layout, 3)
    if not run:
        return
    blocks = _kicker_blocks(run)
    titles: dict[str, set[str]] = {}
    count: Counter[str] = Counter()
    for block in blocks:
        for m in range(0, len(block), 2):
            key = block[m].text.strip()
            count[key] += 1
            titles.setdefault(key, set()).add(block[m + 1].text.strip())
    repeated = {key for key, n in count.items() if n >= KICKER_MIN_REPEATS and len(titles[key]) == n}
    gone: set[int] = set()
    for block in blocks:
        if not any(block[m].text.strip() in repeated for m in range(0, len(block), 2)):
            continue
        for m in range(0, len(block), 2):
            pair = block[m : m + 2]
            _teaser_out_of_body(pair, layout, "teaser under a kicker repeated inside the text", gone)
    _leave_body(layout, gone)


def _teaser_out_of_body(box: list[LineInfo], layout: Layout, reason: str, gone: set[int], listed: list[LineInfo] | None = None) -> None:
    """A teaser found inside the text: its lines are a related link (read from ``listed`` when
    only some of them make the link: a kicker and its title, not the summary) and go into
    ``gone``, to leave the body at once (:func:`_leave_body`)."""
    layout.related.extend(find_related_lists(box if listed is None else listed)[0])
    for info in box:
        gone.add(info.index)
        info.label, info.reason = "RELATED", reason


# A teaser whose kicker and headline the page split at the colon between them: a short
# label, then a line opening on that colon and a capital ("Marathon runners" /
# ":A race for everyone"), then perhaps its one- or two-sentence summary and its
# byline. Text never starts a line with a colon; code does (": value;"), in lower case.
SPLIT_KICKER_MAX_WORDS = 6
SPLIT_TITLE_MIN_WORDS = 3
SPLIT_SUMMARY_MAX_WORDS = 45
_SPLIT_TITLE = regex.compile(r"^:\s?\p{Lu}")
_SPLIT_KICKER = regex.compile(r"^[\p{Lu}\d]")


def _drop_split_teasers(infos: list[LineInfo], layout: Layout) -> None:
    run = _run_of(infos, layout, 3)
    if not run:
        return
    gone: set[int] = set()
    for k in range(1, len(run) - 1):
        kicker, title = run[k], run[k + 1]
        if not (
            kicker.label == "BODY"
            and title.label == "BODY"
            and _SPLIT_TITLE.match(title.text.strip()) is not None
            and len(title.text.split()) >= SPLIT_TITLE_MIN_WORDS
            and 0 < kicker.n_words <= SPLIT_KICKER_MAX_WORDS
            and not kicker.terminal
            and _SPLIT_KICKER.match(kicker.text.strip()) is not None
        ):
            continue
        box = [kicker, title]
        rest = run[k + 2 : k + 4]
        if rest and rest[0].label == "BODY" and rest[0].kind in _PROSE and rest[0].n_words <= SPLIT_SUMMARY_MAX_WORDS:
            box.append(rest[0])
            if len(rest) > 1 and rest[1].label == "BODY" and rest[1].kind == "byline":
                box.append(rest[1])
        _teaser_out_of_body(box, layout, "teaser split at its kicker's colon inside the text", gone, listed=box[:2])
    _leave_body(layout, gone)


# Teaser titles that each close on their link's word, glued by the renderer ("Tipps für den
# Garten lesen", "Zehn Pflanzen für den Balkon lesen"): LINK_WORD_TEASERS_MIN or more title lines
# of the body in a row (lines between them already out of the body) whose last word, in lower
# case after a space, is the same word of the lexicon's ``link_words``. A subheading may end on
# such a verb; two in a row on the same one are a list of links.
LINK_WORD_TEASERS_MIN = 2
LINK_WORD_TEASER_MIN_WORDS = 4
_LAST_WORD = regex.compile(r"\s(\p{Ll}+)$")


def _link_word(info: LineInfo, lex: Lexicon) -> str | None:
    if info.label != "BODY" or info.kind != "title" or info.n_words < LINK_WORD_TEASER_MIN_WORDS or info.table:
        return None
    m = _LAST_WORD.search(info.text.rstrip())
    return m.group(1) if m is not None and m.group(1) in lex.link_words else None


def _drop_link_word_teasers(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    if not lex.link_words:
        return
    body = [infos[i] for i in sorted(layout.body)]
    gone: set[int] = set()
    k = 0
    while k < len(body):
        word = _link_word(body[k], lex)
        end = k + 1
        while word is not None and end < len(body) and _link_word(body[end], lex) == word:
            end += 1
        if word is not None and end - k >= LINK_WORD_TEASERS_MIN:
            _teaser_out_of_body(body[k:end], layout, explain("teaser titles closed by the same link word ('{}')", word), gone)
        k = end
    _leave_body(layout, gone)


# A video's or an audio's teaser inside the text: a short line giving the clip's length,
# perhaps with its date, rubric and source ("12.05.2024 | 2:43 min", "Video 03:07 Min. |
# 12.05.24 | ARD", "04:16 min"). A clock with a minutes unit after it is a player's length;
# text states a length inside a sentence, not as a short line alone. With a date the stamp
# closes the teaser (its summary above it); a bare length heads it (its title under it).
MEDIA_STAMP_MAX_WORDS = 10
MEDIA_SUMMARY_MAX_WORDS = 45
_MEDIA_LENGTH = regex.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?\s?(?:min|мин)(?!\w)", regex.IGNORECASE)


# A clip's length in whole minutes alone on its line ("3 Min", "12 мин."), past the text's first
# lines (where it is the article's reading time), heads a teaser as a clock does.
_BARE_MINUTES = regex.compile(r"^\d{1,3}\s?(?:min|мин)\.?$", regex.IGNORECASE)


def _media_stamp(info: LineInfo, k: int = 0) -> bool:
    return (
        info.label == "BODY"
        and info.kind not in _PROSE
        and 0 < info.n_words <= MEDIA_STAMP_MAX_WORDS
        and (_MEDIA_LENGTH.search(info.text) is not None or (k >= META_IN_RUN and _BARE_MINUTES.match(info.text.strip()) is not None))
    )


def _drop_media_teasers(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    run = _run_of(infos, layout, 3)
    if not run:
        return
    gone: set[int] = set()
    for k in range(1, len(run)):
        stamp = run[k]
        if not _media_stamp(stamp, k):
            continue
        box = [stamp]
        above, below = run[k - 1], run[k + 1] if k + 1 < len(run) else None
        if find_date(_MEDIA_LENGTH.sub(" ", stamp.text), lex) is not None:
            # A dated stamp closes its teaser: the summary stands above it.
            if k >= 2 and above.label == "BODY" and above.kind in _PROSE and above.n_words <= MEDIA_SUMMARY_MAX_WORDS:
                box.insert(0, above)
        elif below is not None and below.label == "BODY" and below.kind == "title" and below.n_words >= RELATED_BOX_TITLE_WORDS:
            # A bare length heads its teaser: the clip's title stands under it.
            box.append(below)
        _teaser_out_of_body(box, layout, "video or audio teaser inside the text (summary over '<date> | 2:43 min')", gone)
    _leave_body(layout, gone)


# A teaser inside the text stamped with how long ago it went out: its title (perhaps
# with a one-paragraph summary under it), perhaps a rubric, then a line that is only a
# relative date ("Jane's title" / "Politics" / "22 hours ago", "vor 2 Std."). The text
# never stands a bare "2 hours ago" on a line of its own; a teaser card does.
AGO_STAMP_MAX_WORDS = 5
AGO_RUBRIC_LINES = 2


def _ago_stamp(info: LineInfo, lex: Lexicon) -> bool:
    if info.label != "BODY" or info.kind != "date" or not 0 < info.n_words <= AGO_STAMP_MAX_WORDS:
        return False
    match = match_date_line(info.text.strip(" •·|-"), lex)
    return match is not None and match.relative and not match.has_year


def _drop_ago_teasers(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    run = _run_of(infos, layout, 3)
    if not run:
        return
    gone: set[int] = set()
    for k in range(META_IN_RUN, len(run)):
        stamp = run[k]
        if not _ago_stamp(stamp, lex):
            continue
        j = k - 1
        while j > 0 and k - j <= AGO_RUBRIC_LINES and run[j].label != "BODY" and run[j].kind == "cue":
            j -= 1  # the teaser's rubric ("Politics") between its title and its stamp
        box = [stamp]
        above = run[j]
        if above.label == "BODY" and above.kind == "title" and above.n_words >= RELATED_BOX_TITLE_WORDS:
            box.insert(0, above)
        elif above.label == "BODY" and above.kind in _PROSE and above.n_words <= MEDIA_SUMMARY_MAX_WORDS and j > 0:
            title = run[j - 1]
            if title.label == "BODY" and title.kind == "title" and title.n_words >= RELATED_BOX_TITLE_WORDS:
                box[:0] = [title, above]
        _teaser_out_of_body(box, layout, "teaser inside the text stamped with how long ago it went out ('22 hours ago')", gone)
    _leave_body(layout, gone)


# A post's details in the run ("Posted on March 5, 2024 in News, Sports, ...", "PUBLISHED: January
# 16, 2023 | UPDATED: ..."): a published or updated label opening the line, right before a full
# date, and no sentence closing it; long lines too (a long list of categories).
POST_META_MAX_WORDS = 60


def _drop_post_meta(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """Post details left in the body leave it, once the date is chosen (the line may give it)."""
    details = [k for k in layout.body if infos[k].label == "BODY" and _post_meta(infos[k], lex)]
    _leave_body(layout, set(details))
    for index in details:
        info = infos[index]
        if index == layout.date:
            info.label, info.reason = "DATE", "post details with the date ('Posted on <date> in ...')"
        else:
            info.label, info.reason = "BOILERPLATE", "post details inside the text ('Posted on <date> in ...')"


def _post_meta(info: LineInfo, lex: Lexicon) -> bool:
    if info.kind not in ("good", "neargood", "title") or info.n_words > POST_META_MAX_WORDS:
        return False
    m = lex.date_labels.match(info.text)
    if m is None:
        return False
    rest = info.text[m.end() :].lstrip(" :")
    date = leading_date(rest, lex)
    if date is None:
        return False
    # "Posted on March 5 in News, where the council ...": a sentence of the text. But a date
    # "and filed under" categories is a blog's footer, whatever sentences follow it.
    return not _ends_sentence(info) or _filed_under(rest[rest.find(date.text) + len(date.text) :], lex)


# The filed-under phrase comes within this many words after the post's date ("at 11:30 pm and
# is filed under ...", "um 23:30 und abgelegt unter ...").
POST_META_FILED_REACH = 6


def _filed_under(after: str, lex: Lexicon) -> bool:
    """Does a tags phrase ("filed under", "abgelegt unter") come within the first words?"""
    words = after.casefold().split()
    for k in range(min(len(words), POST_META_FILED_REACH)):
        hit = lex.cues.match(" ".join(words[k : k + 4]))
        if hit is not None and hit[1] == "tags" and " " in hit[0]:
            return True
    return False


# A sign-up box set into the text: a subscribe or login button ("Jetzt registrieren", "Sign up")
# between the paragraphs, and right above it its pitch, one or two short lines that speak to the
# reader or end on an exclamation ("Become a member of Example" / "and get exclusive offers!"). The
# text's own lines over a button are paragraphs; a box's pitch is a heading and a short sentence.
SIGNUP_PITCH_LINES = 2
SIGNUP_PITCH_MAX_WORDS = 12
SIGNUP_BUTTON_MAX_WORDS = 6
_SIGNUP_CUES = frozenset({"subscribe", "login"})
_SIGNUP_PITCH_KINDS = frozenset({"title", "short", "neargood"})


def _drop_signup_pitch(infos: list[LineInfo], layout: Layout) -> None:
    run = _run_of(infos, layout, 3)
    if not run:
        return
    gone: set[int] = set()
    for k in range(1, len(run) - 1):
        button = run[k]
        if button.label == "BODY" or button.kind != "cue" or button.cue not in _SIGNUP_CUES:
            continue
        if not 0 < button.n_words <= SIGNUP_BUTTON_MAX_WORDS:
            continue
        pitch: list[LineInfo] = []
        for above in reversed(run[max(k - SIGNUP_PITCH_LINES, 0) : k]):
            if above.label != "BODY" or above.kind not in _SIGNUP_PITCH_KINDS or above.n_words > SIGNUP_PITCH_MAX_WORDS:
                break
            pitch.append(above)
        if pitch and any(i.n_you or i.text.rstrip().endswith("!") for i in pitch):
            for info in pitch:
                gone.add(info.index)
                info.label, info.reason = "BOILERPLATE", "pitch of a sign-up box inside the text (over 'Sign up')"
    _leave_body(layout, gone)


# A table of contents at the head of the text: TOC_MIN_ITEMS short lines or more in a row (two to
# TOC_MAX_WORDS words, no full stop: titles and questions), each of which the page says again
# further down, in the same order, where at least TOC_MIN_HEADINGS of them head a paragraph (the
# text's subheadings, or the same titles in a list of links under it). The text's own headings
# stand once, each over its paragraph; the table lists them before it.
TOC_MIN_ITEMS = 3
TOC_MIN_WORDS = 2
TOC_MAX_WORDS = 15
TOC_MIN_HEADINGS = 2
TOC_HEAD_MAX_WORDS = 4  # "Contents", "In this article:" over the table


def _toc_key(info: LineInfo) -> str:
    return " ".join(w.casefold() for w in find_words(info.text))


def _toc_item(info: LineInfo) -> bool:
    return (
        info.label == "BODY"
        and info.kind in _LIST_ITEM_KINDS
        and not info.table
        # One word is an item too when the line is set as a list item ("* Hertz" between longer titles).
        and (TOC_MIN_WORDS if not info.bullet else 1) <= info.n_words <= TOC_MAX_WORDS
        and not info.text.rstrip().endswith(".")
        and _HAS_LETTER.search(info.text) is not None
    )


def _drop_contents(infos: list[LineInfo], layout: Layout) -> None:
    run = _run_of(infos, layout, TOC_MIN_ITEMS + TOC_MIN_HEADINGS)
    if not run:
        return
    # Only lines that could repeat an item of a table matter below: their word count and words
    # are an item's. On most pages no line of the run is an item, and the page is not read.
    keys = {info.index: _toc_key(info) for info in run if _toc_item(info)}  # each item's words, by line
    items = set(keys.values())
    if len(items) < TOC_MIN_ITEMS:
        return
    sizes = {infos[index].n_words for index in keys}
    where: dict[str, list[int]] = {}  # an item's words -> the lines saying them, in page order
    for info in infos:
        if info.n_words in sizes:
            key = keys.get(info.index)  # the items' own words are read once
            if key is None:
                key = _toc_key(info)
            if key in items:
                where.setdefault(key, []).append(info.index)
    body = set(layout.body)
    gone: set[int] = set()
    k = 0
    while k < len(run):
        j = k
        while j < len(run) and _toc_item(run[j]) and where[keys[run[j].index]][-1] > run[j].index:
            j += 1
        if j - k >= TOC_MIN_ITEMS and _contents_block(infos, run[k:j], where, keys, body):
            box = run[k:j]
            head = run[k - 1] if k > 0 else None
            if head is not None and head.label == "BODY" and head.kind in ("short", "title", "name") and head.n_words <= TOC_HEAD_MAX_WORDS:
                box.insert(0, head)
            gone.update(i.index for i in box)
            for info in box:
                info.label, info.reason = "NAV", "table of contents inside the text (titles the page says again below, in order)"
        k = max(j, k + 1)
    _leave_body(layout, gone)


def _contents_block(infos: list[LineInfo], block: list[LineInfo], where: dict[str, list[int]], keys: dict[int, str], body: set[int]) -> bool:
    """Whether each title of ``block`` stands again below it, in the block's order, and at least
    TOC_MIN_HEADINGS of those copies head a paragraph of the body. ``keys``: the items' words by line."""
    last = block[-1].index
    headings = 0
    for info in block:
        places = where[keys[info.index]]
        at = bisect_right(places, last)
        if at == len(places):
            return False
        last = places[at]
        under = nonblank_after(infos, last, 1)
        if last in body and under and under[0].kind in _PROSE:
            headings += 1
    return headings >= TOC_MIN_HEADINGS


# A form set into the text: FORM_MIN_FIELDS short lines or more whose label carries the mark of a
# required field ("Your Email*", "Name *"), at least half the short lines of the block (the others
# its optional fields), with
# its pitch right above it (up to FORM_PITCH_LINES sentences of FORM_PITCH_MAX_WORDS words or fewer:
# "Fill in this form to get the full guide."). The text never marks its own words with a star
# at a line's end.
FORM_MIN_FIELDS = 2
FORM_FIELD_MAX_WORDS = 8
FORM_PITCH_LINES = 2
FORM_PITCH_MAX_WORDS = 20
_REQUIRED_MARK = regex.compile(r"\w ?\*(?:\s|$)")


def _form_line(info: LineInfo) -> bool:
    return info.label != "BODY" and info.kind == "cue" or (
        info.label == "BODY" and info.kind in ("title", "short", "name") and info.n_words <= FORM_FIELD_MAX_WORDS
    )


def _drop_forms(infos: list[LineInfo], layout: Layout) -> None:
    run = _run_of(infos, layout, 3)
    if not run:
        return
    gone: set[int] = set()
    k = 0
    while k < len(run):
        j = k
        while j < len(run) and _form_line(run[j]):
            j += 1
        block = run[k:j]
        box = [i for i in block if i.label == "BODY"]
        fields = sum(1 for i in box if _REQUIRED_MARK.search(i.text))
        if fields >= FORM_MIN_FIELDS and 2 * fields >= len(box):  # a table's starred column is one line of many
            for above in reversed(run[max(k - FORM_PITCH_LINES, 0) : k]):
                if above.label != "BODY" or above.kind not in _PROSE or above.n_words > FORM_PITCH_MAX_WORDS:
                    break
                box.append(above)
            for info in box:
                gone.add(info.index)
                info.label, info.reason = "BOILERPLATE", "form inside the text (fields marked required, 'Your Email*')"
        k = max(j, k + 1)
    _leave_body(layout, gone)
