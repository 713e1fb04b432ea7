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

This module runs the stage (:func:`lay_out`, the run's lines in ``_body``, the
lines after it in ``_trailer``); the parts live beside it:

- :mod:`cleanpress.layout`: the :class:`Layout` the stage fills, shared constants;
- :mod:`cleanpress.region`: which run of lines is the article (step 1), with
  :mod:`cleanpress.region_edges` widening or trimming the run's ends;
- :mod:`cleanpress.run_lines`: lines inside the run that are not text (credits,
  buttons, promos, related boxes);
- :mod:`cleanpress.header`: the header zone (step 3): byline, date, labels, boxes;
- :mod:`cleanpress.body_rules`: rules that take captions, teasers, promos and
  boxes back out of the labelled body;
- :mod:`cleanpress.meta_lines` and :mod:`cleanpress.meta_fallbacks`: name and
  meta-line tests, and the fallback date, byline and co-authors.
"""

from __future__ import annotations

import regex

from .body_rules import (
    _drop_action_boxes,
    _drop_ago_teasers,
    _drop_author_bio,
    _drop_author_box,
    _drop_contents,
    _drop_disclosure,
    _drop_forms,
    _drop_kicker_teasers,
    _drop_labelled_captions,
    _drop_link_word_teasers,
    _drop_media_teasers,
    _drop_post_meta,
    _drop_repeated_lead,
    _drop_shown_twice,
    _drop_signup_pitch,
    _drop_split_teasers,
)
from .bylines import lone_given_name
from .classify import DEFAULT_THRESHOLDS, _set
from .dates import words_only
from .features import LineInfo, explain
from .header import _header, _outside, _take_meta
from .layout import _PROSE, META_IN_RUN, Layout
from .lexicon import Lexicon
from .meta_fallbacks import (
    _authors_across_separators,
    _co_authors,
    _fallback_byline,
    _fallback_date,
    _full_name_of_given,
)
from .meta_fallbacks import _fallback_candidate as _fallback_candidate
from .meta_fallbacks import dated_entry
from .meta_lines import (
    _beside_date,
    _capitalises_nouns,
    _heads_teasers,
    _menu_item,
    _next_nonblank,
    _person_like,
    _set_byline,
)
from .region import find_body_region
from .region_edges import _trim_rubric_grid as _trim_rubric_grid
from .run_lines import (
    DATED_TEASERS_MIN,
    _button,
    _caption_said_again,
    _caption_under_credit,
    _dated_teaser,
    _formal_urge,
    _job_listing,
    _label_over_date,
    _label_widget,
    _related_box,
    bare_host,
    breadcrumb,
    host_promo,
    labelled_credit,
    photo_credit,
    related_label_list,
)
from .widgets import find_related_lists

__all__ = ["Layout", "find_body_region", "lay_out"]

# How many non-blank lines after the body a trailing date or labelled byline may stand.
TRAILER_WINDOW = 4

# A cookie banner's buttons stand right under its text, one to a line: "OK", "Хорошо",
# "Подробнее", "Accept all". At most this many of them, of at most this many words each,
# under a sentence of the banner: BANNER_MIN_WORDS words or more and a sentence's end
# ("Cookie settings", "Do Not Sell My Personal Information" are a menu's items, and the
# items under them the menu's).
BANNER_MIN_WORDS = 4
BANNER_BUTTONS_MAX = 3
BANNER_BUTTON_MAX_WORDS = 2
_BANNER_BUTTON = "button of the cookie banner above ('OK', 'Подробнее')"


def _banner_buttons(infos: list[LineInfo]) -> None:
    """Short lines right under a cookie banner are its buttons, whatever words they hold.

    Alone, "Хорошо" is a title-like word and "Подробнее" heads a related list; under the
    banner, with no blank line between, they are its "OK" and "More" buttons, and the
    line after them (the headline, the menu) is no list item. They take the banner's cue.
    More short lines than a banner has buttons are a menu under it, and stay as they are.
    """
    for i, info in enumerate(infos):
        if info.cue != "cookie" or info.kind != "cue" or info.n_words < BANNER_MIN_WORDS or not info.terminal:
            continue
        end = i + 1
        while end < len(infos) and end - i <= BANNER_BUTTONS_MAX + 1 and _banner_button(infos[end]):
            end += 1
        if end - i - 1 <= BANNER_BUTTONS_MAX:
            for button in infos[i + 1 : end]:
                button.kind, button.cue, button.label, button.reason = "cue", "cookie", "BOILERPLATE", _BANNER_BUTTON


def _banner_button(info: LineInfo) -> bool:
    return info.cue != "cookie" and 0 < info.n_words <= BANNER_BUTTON_MAX_WORDS and not info.text.endswith((".", "?"))


# A photo gallery's counters ("1 of 12 |", "3/12", "4 из 12"): a number, a slash or a short word,
# the number of photos, alone on a line (a bar may close it). GALLERY_MIN_COUNTERS of them with the
# same count and different numbers are a gallery, and the line under each (GALLERY_CAPTION_MIN_WORDS
# words or more, not a quiz's question) is that photo's caption: no standfirst, headline or date of
# the article.
_GALLERY_COUNTER = regex.compile(r"(\d{1,3}) ?(?:/|\p{L}{1,3}) ?(\d{1,3}) ?\|?")
GALLERY_COUNTER_MAX_CHARS = 12
GALLERY_MIN_COUNTERS = 3
GALLERY_CAPTION_MIN_WORDS = 3
_GALLERY_CAPTION = "a photo's caption under a gallery's counter ('3 of 12')"


def _gallery_captions(infos: list[LineInfo]) -> None:
    counters: dict[str, list[tuple[str, int]]] = {}
    for info in infos:
        if not 3 <= info.n_chars <= GALLERY_COUNTER_MAX_CHARS or not info.text[:1].isdigit():
            continue
        m = _GALLERY_COUNTER.fullmatch(info.text.strip())
        if m is not None and 0 < int(m[1]) <= int(m[2]):
            counters.setdefault(m[2], []).append((m[1], info.index))
    for seen in counters.values():
        if len({number for number, _ in seen}) < GALLERY_MIN_COUNTERS:
            continue
        for _, index in seen:
            below = _next_nonblank(infos, index)
            if below is None:
                continue
            caption = infos[below]
            # a quiz's question under "2 of 10" is no caption
            if caption.kind in ("good", "neargood", "title", "date") and caption.n_words >= GALLERY_CAPTION_MIN_WORDS and not caption.text.rstrip().endswith("?"):
                _set(caption, "caption", DEFAULT_THRESHOLDS.meta_score, "CAPTION", _GALLERY_CAPTION)
                caption.date = None


def lay_out(infos: list[LineInfo], lex: Lexicon) -> Layout:
    """Decide every line's final label and collect the parts of the article."""
    layout = Layout(cue_words=lex.cue_words)
    boxes: set[int] = set()  # lines of a widget inside the text
    _banner_buttons(infos)
    _gallery_captions(infos)
    region = find_body_region(infos, lex, boxes)
    if region is None:
        # No prose at all: still find widgets, label the rest as boilerplate.
        _trailer(infos, 0, layout, lex)
        return layout
    first, last = region
    _body(infos, first, last, layout, lex, boxes)
    _header(infos, first, layout, lex)
    _drop_repeated_lead(infos, layout)
    _drop_shown_twice(infos, layout)
    _drop_labelled_captions(infos, layout, lex)
    _drop_action_boxes(infos, layout, lex)
    _drop_signup_pitch(infos, layout)
    _drop_contents(infos, layout)
    _drop_forms(infos, layout)
    _drop_kicker_teasers(infos, layout)
    _drop_split_teasers(infos, layout)
    _drop_link_word_teasers(infos, layout, lex)
    _drop_media_teasers(infos, layout, lex)
    _drop_ago_teasers(infos, layout, lex)
    _trailer(infos, last + 1, layout, lex)
    if layout.date_match is None or not (layout.date_match.has_year or layout.date_match.relative) or words_only(layout.date_match):
        _fallback_date(infos, first, layout, lex)
    _fallback_byline(infos, first, last, layout, lex)
    _drop_post_meta(infos, layout, lex)
    _co_authors(infos, layout, lex)
    _authors_across_separators(infos, layout, lex)
    _full_name_of_given(infos, layout, lex)
    _drop_author_box(infos, layout)
    _drop_author_bio(infos, layout)
    _drop_disclosure(infos, layout, lex, first, last)
    for index in layout.dropped_bylines:
        info = infos[index]
        if index != layout.byline and info.label == "BYLINE":
            if index == layout.date:
                info.label, info.reason = "DATE", "date line (a labelled byline stands below)"
            elif layout.body and min(layout.body) < index < max(layout.body):
                # Read from the top of the text, then beaten by the header's byline: text again.
                info.label, info.reason = "BODY", "inside the article's run of text (the header's byline names the author)"
                layout.body.append(index)
            else:
                info.label, info.reason = "BOILERPLATE", "name-shaped line; a labelled byline stands below it"
    for index in layout.dropped_dates:
        if index != layout.date and infos[index].label == "DATE":
            infos[index].label, infos[index].reason = "BOILERPLATE", "another date; the article's own date stands elsewhere"
    _join_drop_caps(infos, layout)
    # Every line labelled BODY is in the body, and every body line says so.
    body = set(layout.body)
    for info in infos:
        if info.label == "BODY" and info.index not in body:
            info.label, info.reason = "BOILERPLATE", explain("{} line outside the article", info.kind)
    return layout


def _join_drop_caps(infos: list[LineInfo], layout: Layout) -> None:
    """A drop cap: a paragraph's first letter on a line of its own right above the rest of it
    ("D" over "uring the war ..."). The letter joins the body, and the paragraph is read whole."""
    body = set(layout.body)
    for index in sorted(body):
        if not infos[index].text[:1].islower():
            continue
        above = index - 1
        while above >= 0 and infos[above].blank:
            above -= 1
        if above < 0 or above in body:
            continue
        letter = infos[above].text.strip()
        if above in (layout.headline, layout.byline, layout.date) or above in layout.captions:
            continue
        if len(letter) == 1 and letter.isalpha() and letter.isupper():
            if infos[above].label == "TAGS" and letter in layout.tags:
                layout.tags.remove(letter)
            infos[above].label, infos[above].reason = "BODY", "drop cap: the first letter of the paragraph under it"
            layout.body.append(above)
            layout.drop_caps.add(above)


def _body(infos: list[LineInfo], first: int, last: int, layout: Layout, lex: Lexicon, widgets: set[int] | None = None) -> None:
    """Label the lines of the run between ``first`` and ``last``; the lines of ``widgets``
    (a block of ads and links the text goes on under) keep their own labels."""
    seen = 0
    lines = [i for i in infos[first : last + 1] if not i.blank]
    boxed: set[int] = set()  # lines of a related box inside the run, labelled already
    if widgets:
        _label_widget(infos, widgets, layout)
        boxed |= widgets
    pairs = [k for k in range(META_IN_RUN, len(lines) - 1) if _dated_teaser(lines, k)]
    if len(pairs) >= DATED_TEASERS_MIN:
        for k in pairs:
            layout.related.extend(find_related_lists(lines[k : k + 2])[0])
            for info in lines[k : k + 2]:
                info.label, info.reason = "RELATED", "teaser title over its date inside the text"
                boxed.add(info.index)
    for k, info in enumerate(lines):
        if info.index in boxed:
            continue
        seen += 1
        if seen <= META_IN_RUN and info.kind in ("name", "date", "byline", "title", "short", "bad") and not dated_entry(infos, info.index, lex):
            if _take_meta(info, layout, lex, "at the top of the text", bare_names=_beside_date(infos, info)):
                continue
        if info.table and info.kind not in ("cue", "caption"):
            info.label, info.reason = "BODY", explain("table row inside the article's run ({})", info.kind)
            layout.body.append(info.index)
            continue
        if info.kind in ("title", "short", "name") and photo_credit(info.text):
            info.label, info.reason = "CAPTION", "photo credit inside the text ('Jane Doe/Agency')"
            layout.captions.append(info.index)
        elif k > 0 and _caption_said_again(lines[k - 1], info):
            info.label, info.reason = "CAPTION", "opens with the caption right above it (the credit, then the caption)"
            layout.captions.append(info.index)
        elif _caption_under_credit(lines, k):
            info.label, info.reason = "CAPTION", "one short sentence under a photo credit, before a heading (the photo's caption)"
            layout.captions.append(info.index)
        elif info.kind == "caption":
            layout.captions.append(info.index)
        elif info.kind in _PROSE and labelled_credit(info):
            info.label, info.reason = "CAPTION", "caption closed by a labelled credit ('... Foto: Jane Doe')"
            layout.captions.append(info.index)
        elif _job_listing(info):
            info.label, info.reason = "AD", "job listing inside the text ('Engineer (m/w/d)')"
        elif _button(info, lex):
            info.label, info.reason = "BOILERPLATE", "shop or download button inside the text ('Buy now')"
        elif related_label_list(info, lex):
            info.label, info.reason = "RELATED", "list of links under a related label inside the text ('Related Companies: A, B, C')"
            layout.related.extend(find_related_lists([info])[0])
        elif host_promo(info):
            info.label, info.reason = "BOILERPLATE", "ad for a site inside the text (a question, then a web address)"
        elif info.kind != "cue" and bare_host(info):
            info.label, info.reason = "BOILERPLATE", "web address alone on a line inside the text (a credit or a link)"
        elif breadcrumb(info):
            info.label, info.reason = "NAV", "breadcrumb trail inside the text ('Home » News')"
        elif seen > META_IN_RUN and _label_over_date(lines, k):
            # "Release Date:" / "Thursday, 28 April 2022 – 3:55pm": the details of a document the
            # text quotes (a release, a statement), not its sentences.
            for item in lines[k : k + 2]:
                item.label, item.reason = "BOILERPLATE", "a label over a date inside the text (a quoted document's details)"
            boxed.add(lines[k + 1].index)
        elif _formal_urge(info, lex):
            info.label, info.reason = "BOILERPLATE", "promo urging the reader inside the text ('Entdecken Sie jetzt')"
        elif info.label == "RELATED":
            box = _related_box(lines, k)
            layout.related.extend(find_related_lists(box)[0])
            boxed.update(i.index for i in box[1:])
        elif info.kind in ("good", "neargood", "title", "short", "name", "bad", "date", "byline"):
            info.label, info.reason = "BODY", explain("inside the article's run of text ({})", info.kind)
            layout.body.append(info.index)


# Arrows that open a link to the previous post or close one to the next ("« Older title", "Newer title »").
_POST_LINK_OPEN = ("«", "‹", "←", "<<")
_POST_LINK_CLOSE = ("»", "›", "→", ">>")


def _post_link(text: str) -> bool:
    """Is the line a link to the previous or next post ("« Winter walks – Lake tour 12.01.2024")?"""
    text = text.strip()
    return text.startswith(_POST_LINK_OPEN) or text.endswith(_POST_LINK_CLOSE)


def _trailer(infos: list[LineInfo], start: int, layout: Layout, lex: Lexicon) -> None:
    after = [i for i in infos[start:] if not i.blank]
    if layout.body:
        # A block of dates and their labels under the text pushes the window down by its length;
        # one line may stand over it (a call to read more, not a menu item).
        lead = int(len(after) > 1 and not _date_part(after[0], lex) and not _menu_item(after[0]) and _date_part(after[1], lex))
        dated = lead + next((k for k, a in enumerate(after[lead : lead + TRAILER_WINDOW + DATE_BLOCK_MAX]) if not _date_part(a, lex)), 0)
        for k, info in enumerate(after[: TRAILER_WINDOW + min(dated, DATE_BLOCK_MAX)]):
            if k < TRAILER_WINDOW and _source_line(info, layout, lex):
                continue
            if _heads_teasers(info, after[k + 1 : k + 2]):
                break  # "Most read", "Related": the names under it sign the teasers, not the article
            if info.kind == "counter":
                break  # "Comments (4)": the names under it sign the comments
            if _post_link(info.text):
                continue  # "« Older post – Its title 12.01.2024": the other post's title and date
            if layout.byline_match is None or layout.date_match is None:
                # A bare name signs the article right under it, if no list of names follows; one
                # line may stand between, a heading ("About the author"), not a menu item or a
                # button ("Compost", "Back", a phone number): a name under those is a menu's item.
                # Or under the article's date block ("First published / 31.10.2023 / Updated /
                # 31.10.2023 / Jane Doe"): dates and their labels only between.
                under = k == 0 or (k == 1 and not _menu_item(after[0])) or (0 < k == dated)
                lone = under and not (k + 1 < len(after) and after[k + 1].byline is not None)
                if not _take_meta(info, layout, lex, "after the text", bare_names=lone, infos=infos) and k == 0 and len(after) > 1:
                    _signature_over_date(info, after[1], infos, layout, lex)
    _outside(after, layout, where="after the article")


# What may follow a source label: a name or an address, a few words ("ТАСС", "РИА Новости",
# "Example Times, agencies"), not a sentence; a second "Label:" ends it ("Источник: X Просмотров: 356").
SOURCE_MAX_WORDS = 6
# The whole line: the label, the source and what a second label adds ("Просмотров: 356 Теги: ...").
SOURCE_LINE_MAX_WORDS = 14
_NEXT_LABEL = regex.compile(r"\s+\S+:(?:\s|$)|\s{2,}|\t")


def _source_line(info: LineInfo, layout: Layout, lex: Lexicon) -> bool:
    """"Источник: ТАСС", "Quelle: dpa", "Source: Example Times" right after the text: the line
    names the story's source. The first such line sets it; the line is labelled SOURCE."""
    if layout.source_line is not None or info.n_words > SOURCE_LINE_MAX_WORDS or info.label not in (None, "CAPTION", "BOILERPLATE", "NAV"):
        return False
    text = info.text.strip()
    hit = lex.source_labels.match(text.casefold())
    if hit is None:
        return False
    rest = text[len(hit[0]) :]
    if not rest.lstrip(" \t").startswith(":") and " " not in hit[0]:
        return False  # "Source code of ...": a one-word label needs its colon ("по материалам" does not)
    rest = rest.lstrip(" \t:")
    cut = _NEXT_LABEL.search(rest)
    rest = (rest[: cut.start()] if cut is not None else rest).strip(" .;,")
    if not rest or len(rest.split()) > SOURCE_MAX_WORDS or rest[-1:] in "?!" or ". " in rest:
        return False
    layout.source, layout.source_line = rest, info.index
    if info.index in layout.captions:
        layout.captions.remove(info.index)
    info.label, info.reason = "SOURCE", "source label after the text"
    return True


def _date_part(info: LineInfo, lex: Lexicon) -> bool:
    """A date alone on its line, or a date's label alone ("Last updated")."""
    if info.kind == "date":
        return True
    m = lex.date_labels.match(info.text) if info.n_words <= DATE_LABEL_MAX_WORDS else None
    return m is not None and not info.text[m.end() :].strip(" :")


DATE_LABEL_MAX_WORDS = 3
# Lines of such a block ("Published / date / Updated / date").
DATE_BLOCK_MAX = 4


# On a page that capitalises its nouns, a lone capitalised word is a name only up to this length.
NOUN_PAGE_NAME_CHARS = 8


def _signature_over_date(info: LineInfo, below: LineInfo, infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """"... last paragraph. / Jane / 5 March 2024": one given name right under the text and
    right over a date signs the article. Where the language capitalises its nouns, only a
    short word: the labels there are long compounds ("Erstveröffentlichung", "Videobeitrag")."""
    if layout.byline_match is not None or info.kind != "short" or info.n_words != 1 or info.cue is not None:
        return
    if below.kind != "date" and below.date is None:
        return
    if len(info.text) > NOUN_PAGE_NAME_CHARS and _capitalises_nouns(infos, layout):
        return
    bm = lone_given_name(info.text, lex)
    if bm is not None and _person_like(bm.byline, infos, layout):
        _set_byline(info, bm, layout, "one name signing the text, over its date")
