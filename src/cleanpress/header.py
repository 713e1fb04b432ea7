"""The header zone above the body: the headline (see :mod:`cleanpress.headline`), the byline and
date near it (:func:`_take_meta`), rubric labels, captions, and boxes of prose in the header."""

from __future__ import annotations

from itertools import islice
from typing import Iterable

import regex

from .bylines import (
    BylineMatch,
    find_byline,
    is_bare_label,
    looks_like_name,
    name_under_label,
    names_a_subject,
)
from .dates import DateMatch, date_role, find_date, split_segments, word_relative_date, words_only
from .features import LineInfo, explain, unbulleted
from .headline import (
    META_LINE_MAX_CHARS,
    choose_headline,
    colon_joined,
    nonblank_before,
)
from .layout import (
    _HEADER_BOX_PROSE,
    _HEADER_PROMO,
    _LIST_HEADS,
    _PROSE,
    META_IN_RUN,
    Layout,
    _leave_body,
)
from .lexicon import Lexicon
from .meta_lines import (
    _WORD,
    NAME_WORD_MIN_CHARS,
    _beside_date,
    _cut_date_label,
    _label_menu,
    _next_nonblank,
    _over_caption,
    _person_like,
)
from .widgets import find_comment_sections, find_related_lists, find_tags

# Lines under the headline longer than this are text (a standfirst), not tags.
HEADER_TEXT_MIN_WORDS = 6
# Metadata (date, byline) is looked for from this many lines above the headline
# down to the body, and this many lines above the body when there is no headline.
META_ABOVE_HEADLINE = 3
META_WITHOUT_HEADLINE = 8


# How many non-blank lines under the headline a bare name may stand.
NAME_UNDER_HEADLINE = 6


def _list_item(infos: list[LineInfo], info: LineInfo, head_index: int) -> bool:
    """Is a bare name one item of a run of short lines (tags, rubrics: "Climate Change")?
    Both its neighbours are short undated lines other than the headline, and one of
    them is no name: a list of co-authors one per line stays a byline."""
    below = _next_nonblank(infos, info.index)
    above = nonblank_before(infos, info.index, 1)
    near = ([infos[below]] if below is not None else []) + above
    if len(near) < 2 or above[0].text.rstrip().endswith(":"):
        return False  # "Visualizations by:" over the name
    for n in near:
        if n.index == head_index or n.date is not None or n.kind not in ("short", "name", "title") or n.n_words > 3:
            return False
    return any(n.byline is None for n in near)


def _bullet_list_item(infos: list[LineInfo], info: LineInfo) -> bool:
    """"* Jane Doe" between "* Downloads" and "* Forum": an item of a bulleted list (a menu), not
    a name set alone as a one-item list: a line next to it opens with the same bullet and
    holds no date (a dated one is the article's metadata row: "* Jane Doe" / "* May 3, 2024")."""
    bullet = info.text[:1]
    below = _next_nonblank(infos, info.index)
    near = nonblank_before(infos, info.index, 1) + ([infos[below]] if below is not None else [])
    return any(n.text[:2] == bullet + " " and n.date is None and n.kind != "date" for n in near)


def _listed_author(info: LineInfo, infos: list[LineInfo], lex: Lexicon) -> BylineMatch | None:
    """"* Jane Doe, PhD ," over "* John Roe, PhD": a list of authors, as a renderer sets a list's
    items, each a name with its degree or role; read without the bullet when the items next to it
    are names too, or it stands alone (not an item of a menu: "* Downloads" / "* Jane Doe")."""
    plain = unbulleted(info)
    bm = find_byline(plain, lex, split_segments(plain))
    if bm is None or bm.labelled or not plain.startswith(bm.byline) or plain[len(bm.byline) :].lstrip()[:1] != ",":
        return None  # a bare name alone is the line's own byline already; a teaser goes on in words
    below = _next_nonblank(infos, info.index)
    near = nonblank_before(infos, info.index, 1) + ([infos[below]] if below is not None else [])
    for n in near:
        if n.text[:2] == info.text[:2] and n.date is None:
            other = unbulleted(n)
            if find_byline(other, lex, split_segments(other)) is None:
                return None  # an item of a menu
    return bm


def _take_meta(info: LineInfo, layout: Layout, lex: Lexicon, where: str, bare_names: bool, infos: list[LineInfo] | None = None) -> bool:
    """Take the date and/or byline this line holds, if still missing; label the line."""
    if info.n_chars > META_LINE_MAX_CHARS or info.kind in ("good", "cue") or info.label in ("HEADLINE", "RELATED", "COMMENTS"):
        return False
    segments = split_segments(info.text)
    dm = find_date(info.text, lex)
    if dm is None and where == "by the headline" and layout.headline is not None and info.index > layout.headline:
        dm = word_relative_date(info.text, lex)  # "Yesterday", "Вчера" under the headline
    took_byline = took_date = False
    current = layout.byline_match
    # In the header, a labelled byline ("Kolumne von Jane Doe") beats a bare name found above it.
    bare_before = (
        current is not None
        and not current.labelled
        and where == "by the headline"
        and layout.byline is not None
        and layout.byline < info.index
        and (layout.headline is None or layout.headline < info.index)
    )
    # A labelled byline by the headline also beats one read from the top of the text below it
    # ("by Jane Doe · May 3" over "Author: John Roe", the author of a book the text reviews).
    text_below = (
        current is not None
        and where == "by the headline"
        and layout.byline is not None
        and layout.byline > info.index
        and (layout.headline is None or layout.headline < info.index)
    )
    # A bare name beside a date beats one taken only for standing near the headline (a
    # title-cased item of a table of contents there: "Submission Service").
    dated_name = (
        infos is not None
        and current is not None
        and not current.labelled
        and not current.desk
        and where == "by the headline"
        and layout.byline is not None
        and layout.byline < info.index
        and layout.byline != layout.date
        and bare_names
        and _beside_date(infos, info)
        and not _beside_date(infos, infos[layout.byline])
        # other lines stand between (co-authors one per line over the date are one byline)
        and any(i.byline is None and find_byline(i.text, lex, split_segments(i.text)) is None for i in infos[layout.byline + 1 : info.index] if not i.blank)
    )
    # An account's handle ("Submitted by admin", "von human am ...") gives way to a person's
    # name labelled lower in the header ("Blog post by Jane Doe").
    handle_before = (
        current is not None
        and current.labelled
        and where == "by the headline"
        and layout.byline is not None
        and layout.byline < info.index
        and bool(current.authors)
        and all(len(a.split()) == 1 and a == a.lower() for a in current.authors)
    )
    if current is None or bare_before or text_below or dated_name or handle_before:
        bm = info.byline if info.byline is not None and info.byline.labelled else find_byline(info.text, lex, segments)
        if bm is None and info.byline is not None and infos is not None and not _bullet_list_item(infos, info):
            bm = info.byline  # "* Jane Doe": a name as a one-item list, read without its bullet
        if bm is None and info.bullet and infos is not None:
            bm = _listed_author(info, infos, lex)
        # A name sharing its line with a date ("23.06.2016 - Markus Reuter") is beside one.
        if bm is not None and not bm.labelled and info.cue is not None:
            bm = None  # a heading or button of the page ("Recent Posts"), not a person
        if bm is not None and bm.labelled and info.byline is None and names_a_subject(info.text, lex):
            bm = None  # "Interview mit Autorin Jane Doe" over the headline: the article's subject
        if bm is not None and bm.labelled and infos is not None and _label_menu(infos, info, lex):
            bm = None  # "By Industry" / "By Event Type": a menu of filters
        if bm is not None and bm.labelled and infos is not None and dm is None and _subject_of_text(info, bm, infos, layout, lex):
            bm = None  # "Camino von Jane Doe", "Kühltürme von Example AG gesprengt": the text speaks of her
        if bm is not None and bm.labelled and infos is not None and _role_after_phrase(info.text, bm, infos, layout, lex):
            bm = None  # "Senior Content Contributor": a role, its first words no name
        beside = bm is not None and not bm.labelled and len(segments) > 1 and dm is not None
        if (bare_before or text_below) and not dated_name and not (bm is not None and bm.labelled and bm.authors):
            bm = None
        if handle_before and not (current is None or bare_before or text_below or dated_name):
            if bm is None or not bm.labelled or not all(looks_like_name(a, lex) for a in bm.authors):
                bm = None
        if dated_name and bm is not None and not bm.labelled and (bm.desk or not _person_like(bm.byline, infos or [], layout)):
            bm = None
        if bm is not None and bm.labelled:
            bm = _cut_date_label(bm, lex)
        if bm is not None and (bm.labelled or bare_names or beside) and bm.authors:
            if (bare_before or text_below or dated_name or handle_before) and layout.byline is not None:
                layout.dropped_bylines.append(layout.byline)
            layout.byline_match, layout.byline = bm, info.index
            took_byline = True
    if dm is not None and _better_date(dm, info, layout, lex):
        if layout.date is not None and layout.date != layout.byline:
            layout.dropped_dates.append(layout.date)
        layout.date_match, layout.date = dm, info.index
        layout.date_role = date_role(info.text, dm, lex)
        took_date = True
    if took_byline:
        kind = "label" if layout.byline_match and layout.byline_match.labelled else "name"
        info.label, info.reason = "BYLINE", f"byline {kind} {where}" + (" (with the date)" if took_date else "")
    elif took_date:
        info.label, info.reason = "DATE", f"date {where}"
    return took_byline or took_date


# A name the text's paragraphs speak of this often is its subject ("Jane Doe said ...").
SUBJECT_MIN_MENTIONS = 2


# A byline's word the page writes capitalised in this many other lines (its menus: "Example
# Libraries", "Example World") is the site's name, no person's.
SITE_NAME_MIN_LINES = 3


def _site_named(name: str, infos: list[LineInfo], skip: int) -> bool:
    """Does the first word of ``name`` stand in SITE_NAME_MIN_LINES lines of the page or more,
    before another capitalised word, outside labelled bylines ("by Example News" over the menu items
    "Example Libraries", "Example World")? One pass over the page, asked once per page."""
    first = name.split()[0] if name.split() else ""
    if len(first) < NAME_WORD_MIN_CHARS or not first[:1].isupper():
        return False
    pattern = regex.compile(r"(?<!\w)" + regex.escape(first) + r" \p{Lu}")
    seen = 0
    for info in infos:
        if info.blank or info.index == skip or first not in info.text or (info.byline is not None and info.byline.labelled):
            continue
        if pattern.search(info.text) is not None:
            seen += 1
            if seen >= SITE_NAME_MIN_LINES:
                return True
    return False


def _person_under_site_byline(infos: list[LineInfo], zone_start: int, first: int, layout: Layout, lex: Lexicon) -> None:
    """"by Example News" / date / "Jane Doe, Example University" / text: a labelled byline
    naming the site (its word heads the page's menu items, or the institution after the
    person's name) over a person's name lower in the header, alone or with the site's
    institution after a comma: the person wrote the text, the site only published it. The
    person's line must sit between the headline and the text, and be the only such name there."""
    bm, index = layout.byline_match, layout.byline
    if bm is None or index is None or not bm.labelled or bm.desk or len(bm.authors) != 1:
        return
    people: list[tuple[LineInfo, BylineMatch]] = []
    for info in infos[zone_start + 1 : first]:
        if info.blank or info.index == index or info.label in ("DATE", "BYLINE", "HEADLINE", "CAPTION") or info.kind == "caption":
            continue
        if info.date is not None or info.n_chars > META_LINE_MAX_CHARS or not info.text[:1].isupper():
            continue  # cheap: a person's line opens with a capital and is short
        found = find_byline(info.text, lex, split_segments(info.text))
        if found is None or found.labelled or found.desk or not 1 <= len(found.authors) <= 2:
            continue
        name = found.authors[0]
        if looks_like_name(name, lex) and _person_like(name, infos, layout):
            people.append((info, found))
    if len(people) != 1:
        return
    info, found = people[0]
    name, site = found.authors[0], bm.authors[0]
    # "by Example News" / "Jane Doe, Example University": the institution after her name opens
    # with the byline's first word, so the byline names the institution, not a person.
    shared = len(found.authors) == 2 and found.authors[1] != site and found.authors[1].split()[:1] == site.split()[:1]
    if not shared and not _site_named(site, infos, index):
        return
    if _site_named(name, infos, info.index):
        return  # "Example Campus, Example University": the site again
    if len(found.authors) == 2 and not shared and not _site_named(found.authors[1], infos, info.index):
        return  # "Jane Doe, John Roe": two people, or a name and a place; only the site's institution may follow
    infos[index].reason = "byline naming the site; a person's name below signs the text"
    layout.byline_match, layout.byline = BylineMatch(byline=name, authors=(name,), labelled=False), info.index
    info.label, info.reason = "BYLINE", "person's name under a byline naming the site"


def _subject_of_text(info: LineInfo, bm: BylineMatch, infos: list[LineInfo], layout: Layout, lex: Lexicon) -> bool:
    """A label inside the line, after a word or two ("Camino von Jane Doe", a book; "Towers
    of Example Plant demolished"), whose name the article's paragraphs speak of: the line
    names what the text is about, not who wrote it. A label first on its line stands."""
    if not bm.authors or lex.labels.match(info.text.casefold()) is not None:
        return False
    surname = bm.authors[0].split()[-1]
    if len(surname) < NAME_WORD_MIN_CHARS:
        return False
    mentions = 0
    for index in layout.body:
        if index != info.index and surname in _WORD.findall(infos[index].text):
            mentions += 1
            if mentions >= SUBJECT_MIN_MENTIONS:
                return True
    return False


def _role_after_phrase(text: str, bm: BylineMatch, infos: list[LineInfo], layout: Layout, lex: Lexicon) -> bool:
    """A byline labelled by the role word after the "name" ("Senior Content Contributor"),
    whose words the page writes in lowercase: a role under the name, no name itself."""
    return text.startswith(bm.byline) and len(text) > len(bm.byline) and lex.labels.match(text.casefold()) is None and not _person_like(bm.byline, infos, layout)


def _better_date(dm: DateMatch, info: LineInfo, layout: Layout, lex: Lexicon) -> bool:
    """Should the date ``dm`` on ``info`` replace the article's date found so far?

    A full date beats one without a year ("9 min", "Aug 15") found earlier; a
    relative date ("вчера, 12:30") stands. Between two full dates, a publication
    date beats a revision ("Published Apr 26" over "Updated Aug 21"), and a date
    under the headline beats one above it (the site's "today", a teaser's date).
    """
    current = layout.date_match
    if current is None:
        return True
    if not dm.has_year:
        return False
    if not current.has_year and not current.relative:
        return True
    if current.relative and words_only(current):
        return True  # "Yesterday" gives way to a full date of the header
    head = layout.headline
    role = date_role(info.text, dm, lex)
    if current.relative and layout.date is not None and head is not None and layout.date < head < info.index:
        # A relative date over the headline (a teaser's "2 hours ago") gives way to a full date under it.
        return role != "updated"
    if current.relative or layout.date is None:
        return False
    if layout.date_role == "updated" and role == "published":
        return True
    if head is not None and head < info.index < layout.date and role != "updated" and layout.date_role != "published":
        # Both under the headline: the header's date ("by Jane · Dec 20, 2025") beats one
        # found lower, at the top of the text ("Released: June 17, 2025").
        return True
    return (
        head is not None
        and layout.date < head < info.index
        and bool(layout.body)
        and info.index < max(layout.body)  # the header or the top of the text, not the trailer
        and layout.date_role != "published"
        and role != "updated"
    )


# A short row may end in a byline label ("Essay Von" / "Jane Doe") up to this many words.
LABEL_LAST_MAX_WORDS = 3


def label_row(info: LineInfo, lex: Lexicon) -> str | None:
    """The byline label a line is or ends in, the name standing on the next line: "Autor:",
    "Kommentar von", "Essay Von", "Reporting by:" (not after a credit word: "Photos by")."""
    text = unbulleted(info)
    if (info.label_kind == "byline_labels" or text is not info.text) and is_bare_label(text, lex):
        return text
    # At most LABEL_LAST_MAX_WORDS + 1 pieces: a long line of prose is not split whole only to be refused.
    words = text.split(maxsplit=LABEL_LAST_MAX_WORDS)
    if 1 < len(words) <= LABEL_LAST_MAX_WORDS and words[-2].casefold().strip(".,:;()") not in lex.credit_words and is_bare_label(words[-1], lex):
        return words[-1]  # "Rubric Von": the label ends a short row (its last cell), the name under it
    return None


def _names_under_labels(infos: list[LineInfo], lex: Lexicon, layout: Layout) -> None:
    """A byline label alone on its line ("Autor:", "Kommentar von") makes the name on the
    next line a labelled byline. Done after the headline is chosen: the line keeps its kind."""
    for k, info in enumerate(infos):
        if info.byline is not None or info.blank:  # a blank line is no label (a third of a page's lines)
            continue
        label = label_row(info, lex)
        if label is None:
            continue
        nxt = next((i for i in infos[k + 1 : k + 3] if not i.blank), None)
        if nxt is None or nxt.date is not None or nxt.kind in ("good", "cue"):
            continue
        found = name_under_label(unbulleted(nxt), lex, label)
        if found is not None and (found.desk or all(_person_like(name, infos, layout) for name in found.authors)):
            nxt.byline = found


HEADER_PROMO_MAX_WORDS = 30
HEADER_TABLE_MIN_ROWS = 5
HEADER_TABLE_REACH = 2
HEADER_PROMO_MIN_RUN = 3  # lines of text under the zone: else the zone may hold the text itself


def _meta_under_title(infos: list[LineInfo], head: int, layout: Layout, lex: Lexicon) -> None:
    """The run began above its own title (a notice, a rubric): the lines at the top of the text
    were counted from there, so a labelled byline under a standfirst ("Headline / Standfirst /
    Von Jane Doe / date") fell beyond them. The first lines under the title are read again."""
    body = set(layout.body)
    for info in [i for i in infos[head + 1 :] if not i.blank][:META_IN_RUN]:
        if info.index not in body or info.byline is None or not info.byline.labelled:
            continue
        if _take_meta(info, layout, lex, "at the top of the text", bare_names=False, infos=infos):
            layout.body.remove(info.index)
            return


def _header(infos: list[LineInfo], first: int, layout: Layout, lex: Lexicon) -> None:
    chosen = choose_headline(infos, first, lex)
    _names_under_labels(infos, lex, layout)
    # A piece of a line ("Title" of "Title | Site") heads the article: the line is the headline's.
    best = (chosen.score, infos[chosen.info.index]) if chosen is not None else None
    if chosen is not None and chosen.part:
        layout.headline_text = chosen.info.text
    if chosen is not None and chosen.info.index >= first and any(i > chosen.info.index for i in layout.body):
        # The run opens with its own title ("Why Live in a Tiny House?"), perhaps under a
        # line or two of navigation that the run swallowed: those go back outside. A title
        # under the run's last line heads no text of it: the run stays.
        for index in [i for i in layout.body if i <= chosen.info.index]:
            layout.body.remove(index)
            if index != chosen.info.index:
                infos[index].label, infos[index].reason = "BOILERPLATE", "above the headline, at the top of the run"
        first = next((i.index for i in infos[chosen.info.index + 1 :] if not i.blank), chosen.info.index + 1)
        if layout.byline_match is None:
            _meta_under_title(infos, chosen.info.index, layout, lex)
    head_index = best[1].index if best else first
    top = zone_start = head_index  # the headline's first and last lines
    if best is not None:
        h = best[1]
        h.label, h.reason = "HEADLINE", explain("title-like line heading the article's text (score {})", round(best[0], 1))
        layout.headline = h.index
        if chosen is not None and not chosen.part:
            joined, above, below = colon_joined(infos, h, first)
            if above is not None:
                above.label, above.reason = "HEADLINE", "kicker joined to the headline by its colon"
                top = above.index
            elif below is not None:
                below.label, below.reason = "HEADLINE", "second half of the headline, joined by its colon"
                zone_start = below.index
            if joined is not None:
                layout.headline_text = joined
    # Date and byline: around the headline and down to the body.
    if best is not None:
        meta_start = min([i.index for i in nonblank_before(infos, head_index, META_ABOVE_HEADLINE)] or [head_index])
    else:
        meta_start = min([i.index for i in nonblank_before(infos, first, META_WITHOUT_HEADLINE)] or [first])
    under = 0  # non-blank lines under the headline so far
    for info in infos[meta_start:first]:
        if not info.blank and info.index > zone_start:
            under += 1
        if not info.blank and not top <= info.index <= zone_start:
            # A bare name is a byline just under the headline or beside a date.
            near_headline = best is not None and 0 < under <= NAME_UNDER_HEADLINE
            bare = (info.index > head_index or best is None) and (_beside_date(infos, info) or near_headline)
            bare = bare and not _over_caption(infos, info) and not _list_item(infos, info, head_index)
            _take_meta(info, layout, lex, "by the headline", bare_names=bare, infos=infos)
    if best is not None:
        _person_under_site_byline(infos, zone_start, first, layout, lex)
    # The header zone between the headline and the body: tags and captions.
    zone = [i for i in infos[zone_start + 1 : first] if not i.blank] if best else []
    heads = [k for k, i in enumerate(zone) if i.kind == "cue" and i.cue in _LIST_HEADS and i.label not in ("DATE", "BYLINE")]
    if heads:
        # "По теме" under the headline over a few teaser titles: a related box, not a standfirst.
        span = [i for i in zone[heads[0] :] if i.label not in ("DATE", "BYLINE")]
        layout.related.extend(find_related_lists(span)[0])
    run_lines = sum(1 for i in layout.body if i >= first)
    # A table of HEADER_TABLE_MIN_ROWS rows or more ending right over the run (a widget's
    # small table, rates or share buttons, stands apart or is shorter).
    table_rows = sum(1 for i in zone if i.table and i.kind != "cue")
    if not any(i.table for i in zone[-HEADER_TABLE_REACH:]):
        table_rows = 0
    ingredients = _ingredients(zone)
    for info in zone:
        if info.label in ("DATE", "BYLINE", "RELATED"):
            continue
        if info.index in ingredients:
            info.label, info.reason = "BODY", "an item of a list of quantities (a recipe's ingredients) between the headline and the text"
            layout.body.append(info.index)
        elif info.table and info.kind != "cue" and table_rows >= HEADER_TABLE_MIN_ROWS:
            # A table standing right before the first paragraph is the article's.
            info.label, info.reason = "BODY", explain("table row between the headline and the text ({})", info.kind)
            layout.body.append(info.index)
        elif info.kind == "caption":
            layout.captions.append(info.index)
        elif _NAME_CREDIT.search(info.text) is not None:
            # "Jane Doe at the opening on Monday. (John Roe Smith)": a photo's caption and its credit.
            info.label, info.reason = "CAPTION", "caption closed by a name in brackets between the headline and the text"
            layout.captions.append(info.index)
        elif info.byline is not None and not info.byline.labelled and layout.byline is not None:
            info.label, info.reason = "BYLINE", "further author name in the header"
        elif info.kind in ("short", "title", "name") and info.n_words <= 6:
            info.label, info.reason = "TAGS", "rubric label between the headline and the text"
            layout.tags.append(info.text)
        elif info.kind == "cue":
            pass  # keeps its cue label (share row, counter...)
        elif info.n_you and info.terminal and not info.bullet and info.n_words <= HEADER_PROMO_MAX_WORDS and run_lines >= HEADER_PROMO_MIN_RUN:
            # "Get email updates from your favourite authors.", "Start your free trial today!":
            # between the headline and the text, a short line speaking to the reader is a promo
            # box's; a paragraph that does ("Every month I bring you ...") may be the text itself.
            info.label, info.reason = "BOILERPLATE", _HEADER_PROMO
        elif (info.kind in ("good", "neargood") and info.n_words > HEADER_TEXT_MIN_WORDS) or (
            info.n_words > 2 * HEADER_TEXT_MIN_WORDS and info.cue is None
        ):
            # A standfirst or a first paragraph cut off from the run by a photo or a share row.
            info.label, info.reason = "BODY", "text between the headline and the body"
            layout.body.append(info.index)
        elif info is zone[-1] and info.kind == "title" and info.cue is None and _letter_words(info.text) > HEADER_TEXT_MIN_WORDS:
            # A title of seven words or more right over the first paragraph: the text's first
            # heading or a notice of it ("This review is no longer updated"); rubrics are shorter.
            info.label, info.reason = "BODY", "heading right over the text"
            layout.body.append(info.index)
        else:
            info.label, info.reason = "BOILERPLATE", "in the header, neither date, byline nor tag"
    _drop_header_boxes(infos, zone, first, layout)
    # Above the headline (or above the body when there is none): navigation and teasers.
    _outside(islice(infos, top if best else first), layout, where="before the article")


def _letter_words(text: str) -> int:
    """Words holding a letter: "Mo - Fr: 9:00 - 16:00 Uhr" has three."""
    return sum(1 for w in text.split() if any(c.isalpha() for c in w))


# Between the headline and the text, a sentence closed by a full name in brackets is a photo's
# caption with its credit ("... on Monday. (Jane Doe Roe)"); inside the text it may be a quote's source.
_NAME_CREDIT = regex.compile(r"[.!?]\s?\((?:\p{Lu}[\p{L}'’.-]+\s){1,3}\p{Lu}[\p{L}'’-]+\)\s*$")


# A recipe's ingredients between the headline and the steps: INGREDIENTS_MIN items in a row, each a
# line opening on a quantity and going on in two words or more ("250 g minced lamb", "1¼ teaspoon
# pepper", "2 EL Milch"), or a bare quantity over a line going on in lower case ("1/4" / "cup
# butter"). No date, counter or cue among them ("3 Comments", "12 min read" stand alone), and no
# title whose long words are all capitalised ("10 Best Books for Your Holidays": a list of teasers);
# numbers counting 1, 2, 3 ... number a box of teasers or a ranking.
INGREDIENTS_MIN = 3
INGREDIENT_MAX_WORDS = 16
TITLE_CASE_MIN_CHARS = 4
TITLE_CASE_MIN_WORDS = 3
_QUANTITY = regex.compile(r"(?:\d{1,4}(?:[.,/]\d{1,3})?\s?[½¼¾⅓⅔⅛]?|[½¼¾⅓⅔⅛])(?=\s|$)")


def _title_case(words: list[str]) -> bool:
    """"6 Gift Boxes for Your Home": a listicle's title, every long word capitalised."""
    long = [w for w in words if len(w) >= TITLE_CASE_MIN_CHARS and w[:1].isalpha()]
    return len(long) >= TITLE_CASE_MIN_WORDS and all(w[:1].isupper() for w in long)


def _plain(info: LineInfo) -> bool:
    return info.cue is None and info.counter is None and info.date is None and info.label not in ("DATE", "BYLINE", "RELATED")


def _ingredients(zone: list[LineInfo]) -> set[int]:
    found: set[int] = set()
    block: list[int] = []
    quantities: list[str] = []  # each item's quantity, in order
    k = 0
    while k <= len(zone):
        info = zone[k] if k < len(zone) else None
        # A list item is read without its bullet ("* 250 g minced lamb", a layout renderer's <ul>).
        text = unbulleted(info) if info is not None else ""
        m = _QUANTITY.match(text) if info is not None and _plain(info) else None
        rest = text[m.end() :].split() if info is not None and m else []
        if info is not None and m and len(rest) >= 2 and info.n_words <= INGREDIENT_MAX_WORDS and not _title_case(rest):
            block.append(info.index)
            quantities.append(m.group())
            k += 1
            continue
        if info is not None and m and not rest and k + 1 < len(zone):
            nxt = zone[k + 1]
            if _plain(nxt) and unbulleted(nxt)[:1].islower() and nxt.n_words <= INGREDIENT_MAX_WORDS:
                block += [info.index, nxt.index]
                quantities.append(m.group())
                k += 2
                continue
        if len(quantities) >= INGREDIENTS_MIN and not _counting(quantities):
            found.update(block)
        block, quantities = [], []
        k += 1
    return found


def _counting(quantities: list[str]) -> bool:
    """Do the items count 1, 2, 3 ...? Then they are a numbered box of teasers or a ranking, no
    ingredients."""
    return all(b.isdigit() and a.isdigit() and int(b) == int(a) + 1 for a, b in zip(quantities, quantities[1:]))


# A paragraph this long in the header is the text's own (a first paragraph under a photo), not a
# caption or a line of a box.
HEADER_PARAGRAPH_CHARS = 180
HEADER_RUN_MIN_PARAGRAPHS = 3


def _drop_header_boxes(infos: list[LineInfo], zone: list[LineInfo], first: int, layout: Layout) -> None:
    """Of the prose between the headline and the run, the standfirst (the first paragraph) and the
    paragraphs standing right above the run (a first paragraph cut off by a photo or a share row)
    are text, and so is a long paragraph (HEADER_PARAGRAPH_CHARS); a shorter one between them with
    other lines around it is a caption, a line of a sign-up box or a notice of the player ("You can
    save this article by registering ...")."""
    prose = [i for i in zone if i.label == "BODY" and i.reason == "text between the headline and the body"]
    if len(prose) < 2 or sum(1 for k in layout.body if k >= first and infos[k].kind in _PROSE) < HEADER_RUN_MIN_PARAGRAPHS:
        return  # the run below is no article (a list of categories): the header's prose may be the text
    keep = {prose[0].index} | {i.index for i in prose if i.n_chars >= HEADER_PARAGRAPH_CHARS}
    for info in reversed(zone):  # up from the run, while the lines are the text's
        if info.label != "BODY":
            break
        keep.add(info.index)
    # A paragraph right above or under one kept goes on with it (two paragraphs in a row are text).
    kept = [k for k, i in enumerate(zone) if i.index in keep]
    keep.update(zone[j].index for k in kept for j in (k - 1, k + 1) if 0 <= j < len(zone) and zone[j].label == "BODY")
    _leave_body(layout, {i.index for i in prose if i.index not in keep})
    for info in prose:
        if info.index not in keep:
            info.label, info.reason = "BOILERPLATE", _HEADER_BOX_PROSE


def _outside(lines: Iterable[LineInfo], layout: Layout, where: str) -> None:
    """Label lines outside the article: widgets where found, navigation and boilerplate otherwise."""
    span = [i for i in lines if not i.blank and i.index not in (layout.date, layout.byline, layout.source_line)]
    if not span:
        return
    # Each pass hands on the lines it left, and the list before is let go: on a
    # big page these lists are long, and only two are alive at a time.
    sections, span = find_comment_sections(span)
    layout.comments.extend(sections)
    tags, span = find_tags(span)
    layout.tags.extend(tags)
    lists, span = find_related_lists(span, need_items=2)
    layout.related.extend(lists)
    for info in span:
        if info.kind == "caption":
            layout.captions.append(info.index)
        elif info.kind == "cue":
            continue  # keeps its cue label
        elif info.kind == "date":
            info.label, info.reason = "BOILERPLATE", explain("date {}", where)
        elif info.kind in ("short", "name"):
            info.label, info.reason = "NAV", explain("short line {}", where)
        else:
            info.label, info.reason = "BOILERPLATE", explain("{} line {}", info.kind, where)
