"""When the header gave no date or byline: the fallback date and byline found elsewhere on the
page (under the text, atop it, in an author box, by a reading time), and co-authors."""

from __future__ import annotations

import itertools

import regex

from .bylines import (
    MAX_BYLINE_CHARS,
    SHORT_LABEL_CHARS,
    BylineMatch,
    copyright_holder,
    find_byline,
    is_author_separator,
    is_desk_credit,
    lone_given_name,
    looks_like_name,
    match_byline,
    name_after_heading,
    name_and_role,
    name_beside_date,
    role_word,
)
from .dates import (
    MAX_LEFTOVER_IN_SEGMENT,
    DateMatch,
    date_role,
    day_and_month,
    find_date,
    leading_date,
    match_date_line,
    parse_date,
    split_segments,
)
from .features import BULLET_SIGNS, LineInfo, unbulleted
from .header import _take_meta, label_row
from .headline import META_LINE_MAX_CHARS, nonblank_after, nonblank_before
from .layout import _PROSE, Layout
from .lexicon import Lexicon
from .meta_lines import (
    _WORD,
    NAME_WORD_MIN_CHARS,
    _capitalises_nouns,
    _common_word,
    _cut_date_label,
    _heads_teasers,
    _label_menu,
    _lone_name_by_date,
    _menu_item,
    _next_nonblank,
    _over_caption,
    _person_like,
    _set_byline,
)
from .region_edges import _BIO_LEAD

FALLBACK_NEAR = 12
# A labelled byline ("By Jane Doe") counts this far above or below the text.
BYLINE_REACH_ABOVE = 60
BYLINE_REACH_BELOW = 10
BARE_NAME_REACH_BELOW = 3


def _fallback_byline(infos: list[LineInfo], first: int, last: int, layout: Layout, lex: Lexicon) -> None:
    """No byline near the headline: a name on the article's date line or on a line
    next to it (title, author, date: the article's own header, wherever the text
    starts), else the nearest labelled byline line around the text.

    A bare name found earlier whose words the page also writes in lowercase
    ("Indoor Plants", "Follow Author") is let go first: it is a phrase, not a person.
    """
    if layout.byline_match is not None:
        layout.byline_match = _people_first(layout.byline_match, infos, layout)
        if _plausible_byline(layout.byline_match, infos, layout) and not _heads_a_list(infos, layout, last):
            trailing = layout.byline is not None and layout.byline > last and not layout.byline_match.labelled
            if not trailing:
                return
            # A bare name under the text gives way to a name beside the article's date.
            kept, index = layout.byline_match, layout.byline
            layout.byline_match, layout.byline = None, None
            if _byline_beside_date(infos, layout, lex) or _labelled_atop_text(infos, first, layout, lex):
                if index != layout.byline and infos[index].label == "BYLINE":
                    infos[index].label, infos[index].reason = "NAV", "name under the text; the author stands beside the date or atop the text"
            else:
                layout.byline_match, layout.byline = kept, index
            return
        _drop_byline(infos, layout)
    if _byline_beside_date(infos, layout, lex):
        return
    if _name_atop_text(infos, layout) or _labelled_atop_text(infos, first, layout, lex):
        return
    above = nonblank_before(infos, first, BYLINE_REACH_ABOVE)
    below = nonblank_after(infos, last, BYLINE_REACH_BELOW)
    # Under "Most read" / "Related" the names sign the teasers of the list, not the article.
    below = below[: next((k for k, b in enumerate(below) if _heads_teasers(b, below[k + 1 : k + 2])), len(below))]
    nearest = [x for pair in zip(above, below) for x in pair] + above[len(below) :] + below[len(above) :]
    for info in nearest:
        bm = info.byline
        if bm is not None and bm.labelled and info.label not in ("RELATED", "COMMENTS", "HEADLINE") and not _label_menu(infos, info, lex):
            layout.byline_match, layout.byline = bm, info.index
            info.label, info.reason = "BYLINE", "nearest labelled byline to the text"
            return
    if _labelled_in_comments(infos, last, layout, lex):
        return
    if _name_by_reading_time(infos, first, layout):
        return
    # Then a name alone on its line right under the text (a signature), if the page
    # does not write its words in lowercase and no other name follows (a list of people).
    for k, info in enumerate(below[:BARE_NAME_REACH_BELOW]):
        bm = info.byline
        if bm is None or bm.labelled or info.label not in ("NAV", "BOILERPLATE", "TAGS"):
            continue
        if any(_menu_item(b) for b in below[:k]):
            break  # under a menu item, a button or a label ("Address:"): an item itself
        if k + 1 < len(below) and (below[k + 1].byline is not None or below[k + 1].label == "RELATED"):
            break  # a list of people, or the heading of a list of teasers
        if _plausible_byline(bm, infos, layout):
            layout.byline_match, layout.byline = bm, info.index
            info.label, info.reason = "BYLINE", "name alone on its line under the text"
        break
    if layout.byline_match is None and not _lone_name_by_date(infos, layout, lex):
        _author_box(infos, layout, lex)
    if layout.byline_match is None:
        _bio_closing_text(infos, last, layout, lex)
    if layout.byline_match is None:
        _self_introduced(infos, layout, lex)
    if layout.byline_match is None:
        _desk_in_text(infos, layout, lex)
    if layout.byline_match is None:
        _sign_off(infos, last, layout, lex)
    if layout.byline_match is None:
        _copyright_person(infos, last, layout, lex)
    if layout.byline_match is None:
        _site_owner(infos, layout, lex)
    if layout.byline_match is None:
        _site_named_after_person(infos, layout, lex)


# A reading time on a short line of its own: "4 min read", "Lesezeit: 3 Min.", "8 min" (the unit
# abbreviated: "20 minutes" is a recipe's or a task's time as often).
_READING_TIME = regex.compile(r"(?<!\d)\d{1,2}\s?(?:min|мин)\.?(?!\w)", regex.IGNORECASE)
READING_TIME_MAX_WORDS = 5


def _name_by_reading_time(infos: list[LineInfo], first: int, layout: Layout) -> bool:
    """No byline near the text: a name alone on its line next to the article's reading time
    ("Jane Doe / 4 min read"), above the text, as a post's header sets them; the nearest to
    the text counts. Teaser cards that each show a reading time ("Jane Roe / 5 min read") make
    several: then none counts."""
    times = [
        i
        for i in infos[:first]
        if not i.blank and i.n_words <= READING_TIME_MAX_WORDS and i.label not in ("COMMENTS", "RELATED", "HEADLINE") and _READING_TIME.search(i.text) is not None
    ]
    if len({i.text.strip() for i in times}) != 1:
        return False
    for info in reversed(times):
        below = _next_nonblank(infos, info.index)
        for near in nonblank_before(infos, info.index, 1) + ([infos[below]] if below is not None else []):
            bm = near.byline
            if bm is None or bm.labelled or bm.desk or near.cue is not None or near.label in ("COMMENTS", "RELATED", "HEADLINE"):
                continue
            if _plausible_byline(bm, infos, layout):
                _set_byline(near, bm, layout, "author name beside the article's reading time")
                return True
    return False


def _labelled_in_comments(infos: list[LineInfo], last: int, layout: Layout, lex: Lexicon) -> bool:
    """A labelled byline under the text that the comment stage took in ("Posted by Jane
    Doe on May 3 in News. Tags: ...", "Written by / Jane Doe" over her bio): the post's own
    footer or author box, when it is the only labelled byline of the comments (a comment's
    header "Posted by ..." repeats for every comment) and closes them (at most a bio line
    after it, no reply button)."""
    found: list[tuple[LineInfo, BylineMatch]] = []
    for info in infos[last + 1 :]:
        if info.label != "COMMENTS":
            continue
        bm = info.byline
        if bm is None and info.n_chars <= META_LINE_MAX_CHARS:
            hit = lex.labels.match(info.text.casefold())
            if hit is not None and hit[1] == "byline_labels" and len(hit[0]) > SHORT_LABEL_CHARS:
                bm = match_byline(info.text, lex, hit)
        if bm is not None and bm.labelled:
            found.append((info, bm))
    if len(found) != 1 or not found[0][1].authors:
        return False
    info, bm = found[0]
    after = [i for i in infos[info.index + 1 :] if i.label == "COMMENTS" and not i.blank]
    if len(after) > COMMENTS_AFTER_FOOTER or any(i.kind == "cue" for i in after):
        return False
    _set_byline(info, bm, layout, "the only labelled byline under the text, closing the comments")
    return True


# Lines of the comments (a bio) a post's footer byline may have under it.
COMMENTS_AFTER_FOOTER = 2


# A name alone on its line among this many non-blank lines under the headline
# (the text has begun: "Headline / Teaser sentence / Jane Doe / text ...").
NAME_ATOP_TEXT_REACH = 4


def _name_atop_text(infos: list[LineInfo], layout: Layout) -> bool:
    """A person's name alone on its line at the top of the text, just under the headline,
    and not the first of several names (a list of people) nor over a caption (a photo's subject)."""
    if layout.headline is None or not layout.body:
        return False
    # Share rows and buttons between the headline and the text do not count.
    lines = [i for i in infos[layout.headline + 1 :] if not i.blank and i.kind != "cue"][: NAME_ATOP_TEXT_REACH + 1]
    for k, info in enumerate(lines[:NAME_ATOP_TEXT_REACH]):
        bm = info.byline
        if info.label != "BODY" or info.kind != "name" or bm is None or bm.labelled or info.cue is not None:
            continue
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        prev = lines[k - 1] if k else infos[layout.headline]
        if prev.index != layout.headline and prev.kind not in ("good", "neargood", "date"):
            return False  # under a list, a table of contents or a teaser heading: a heading itself
        if nxt is not None and (nxt.byline is not None or nxt.kind == "caption"):
            return False  # a list of people, or a photo's subject
        if nxt is not None and _mentions(nxt, bm.authors[0]):
            return False  # the heading of a paragraph about it ("Acme Tax" / "Acme Tax is ...")
        if not _plausible_byline(bm, infos, layout):
            return False
        if not _plausible_byline(bm, infos, layout):
            return False
        _set_byline(info, bm, layout, "name alone on its line at the top of the text")
        return True
    return False


# A labelled byline line ("By Jane Doe Published: May 3, 2024") counts this many
# non-blank lines into the run: under a standfirst, a photo and its caption.
LABELLED_IN_RUN_REACH = 8


def _labelled_atop_text(infos: list[LineInfo], first: int, layout: Layout, lex: Lexicon) -> bool:
    """A line that is nothing but a labelled byline near the top of the text."""
    lines = [i for i in infos[first:] if not i.blank][:LABELLED_IN_RUN_REACH]
    for info in lines:
        bm = info.byline
        # "Von" / "Jane Doe": a name under a label alone on its line is a labelled byline too.
        if info.label == "BODY" and info.kind in ("byline", "name") and bm is not None and bm.labelled and bm.authors:
            bm = _cut_date_label(bm, lex)
            if not bm.authors:
                continue
            _set_byline(info, bm, layout, "labelled byline near the top of the text")
            return True
    return False


def _mentions(info: LineInfo, name: str) -> bool:
    """Does the line speak of ``name`` within its first words?"""
    words = {w.casefold() for w in _WORD.findall(name) if len(w) >= NAME_WORD_MIN_CHARS}
    lead = " ".join(info.text.split()[:AUTHOR_BOX_LEAD_WORDS]).casefold()
    return any(w in lead for w in words)


# An author box: a name alone on its line, and within this many non-blank lines
# a sentence that speaks of that person within its first words ("Jane Doe is a
# reporter who ...", "(Editor) - Jane has covered ...").
AUTHOR_BOX_REACH = 3
AUTHOR_BOX_LEAD_WORDS = 6
AUTHOR_BOX_HEADING_WORDS = 8


def _introduces(text: str, given: str, name: str = "") -> bool:
    """Does the sentence name the person by ``given`` within its first words, and not as a
    part of a longer proper name ("Example's Investment Banking practice")? After a
    capitalised word the whole ``name`` must follow, then a word in small letters: a role
    before it ("Our adviser Jane Doe is ...", "Unser Berater Jane Doe ist ...")."""
    tokens = text.split()[:AUTHOR_BOX_LEAD_WORDS]
    for j, token in enumerate(tokens):
        words = _WORD.findall(token)
        if words and words[0].casefold() == given:
            if not token[:1].isalpha():
                return False  # a quoted or bracketed name is a title's word ("the «Example Initiative»")
            before = tokens[j - 1] if j else ""
            if before.endswith(("’s", "'s")):
                return False
            if before[:1].isupper() and before[-1:].isalnum():
                return _role_before_name(text.split()[j : j + AUTHOR_BOX_LEAD_WORDS], name)
            return True
    return False


# "Example Media Group (EMG) is ...": a name followed by its initials in brackets is an
# organisation presenting itself, not a person.
_ACRONYM = regex.compile(r"\s?\((\p{Lu}{2,8})\)")


def _with_acronym(text: str, name: str) -> bool:
    at = text.find(name)
    if at < 0:
        return False
    m = _ACRONYM.match(text, at + len(name))
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return m is not None and m.group(1) == initials


def _role_before_name(tokens: list[str], name: str) -> bool:
    """Do ``tokens`` open with the whole ``name`` (two words or more) and go on in small letters?"""
    parts = name.split()
    if len(parts) < 2 or tokens[: len(parts)] != parts or len(tokens) <= len(parts):
        return False
    return tokens[len(parts)][:1].islower()


# An author box's heading: function words and a byline word last ("About the author", "Über
# den Autor", "Sobre el autor"), up to this many words.
ABOUT_HEADING_WORDS = 4


def _about_the_author(info: LineInfo, lex: Lexicon) -> bool:
    """Is the line an author box's heading and nothing else ("About the author")?"""
    if info.n_words < 2 or info.n_words > ABOUT_HEADING_WORDS or info.label in ("COMMENTS", "RELATED", "HEADLINE"):
        return False
    words = [w.casefold() for w in info.text.strip(" :").split()]
    label = lex.labels.match(words[-1])
    if label is None or label[1] != "byline_labels" or label[0] != words[-1]:
        return False
    return all(w in lex.stopwords for w in words[:-1])


def _name_under_about_heading(lines: list[LineInfo], infos: list[LineInfo], layout: Layout, lex: Lexicon) -> bool:
    """The name alone on its line a few lines under an author box's heading ("About the author"
    / "All posts" / "Jane Doe" / her bio): a full name, or a given name alone; the first
    sentence under the heading ends the search. Only one such person on the page."""
    found: dict[str, tuple[LineInfo, BylineMatch]] = {}
    for k, info in enumerate(lines):
        if info.kind not in ("short", "title", "name", "byline") or not _about_the_author(info, lex):
            continue
        for nxt in lines[k + 1 : k + 1 + AUTHOR_BOX_REACH]:
            if nxt.kind in ("good", "neargood") or nxt.label in ("COMMENTS", "RELATED", "HEADLINE"):
                break
            bm = nxt.byline
            if bm is None and nxt.n_words == 1:
                bm = lone_given_name(nxt.text.strip(), lex)
            if bm is not None and not bm.labelled and not bm.desk and len(bm.authors) == 1 and bm.byline == nxt.text.strip():
                found.setdefault(bm.authors[0], (nxt, bm))
                break
    if len(found) != 1:
        return False
    info, bm = next(iter(found.values()))
    if not _plausible_byline(bm, infos, layout):
        return False
    _set_byline(info, bm, layout, "name under an author box's heading ('About the author')")
    return True


def _author_box(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """No byline anywhere: the one person the page introduces in an author box: a name
    under an author box's heading ("About the author" / "Jane Doe"), or a name alone on its
    line or after a short heading ("About Jane Doe", "About the author - Jane Doe"), then a
    sentence that speaks of the person by the given name within its first words ("Jane is
    ...", "Hi! My name is Jane", "(Editor) - Jane has ...")."""
    lines = [i for i in infos if not i.blank]
    if _name_under_about_heading(lines, infos, layout, lex):
        return
    found: list[tuple[LineInfo, BylineMatch]] = []
    headed: list[tuple[LineInfo, BylineMatch]] = []  # the name after a heading: "About Jane Doe"
    in_body = set(layout.body)  # a set: asked once per name, which a page may hold thousands of
    for k, info in enumerate(lines):
        if info.label in ("COMMENTS", "HEADLINE", "RELATED"):
            continue
        bm = info.byline
        after_heading = False
        if bm is None and info.kind in ("short", "title", "name") and info.n_words <= AUTHOR_BOX_HEADING_WORDS:
            bm = name_after_heading(info.text, lex)
            after_heading = True
        if bm is None or bm.labelled or len(bm.authors) != 1:
            continue
        given = _WORD.findall(bm.authors[0])[0].casefold()
        for nxt in lines[k + 1 : k + 1 + AUTHOR_BOX_REACH]:
            if nxt.kind in ("good", "neargood") and nxt.label != "COMMENTS":
                # A role before the whole name only in a box apart from the text: inside it,
                # "Der Politologe Jane Doe ist ..." presents an expert the article quotes.
                role_name = "" if info.index in in_body else bm.authors[0]
                if _introduces(nxt.text, given, role_name) and not _with_acronym(nxt.text, bm.authors[0]):
                    (headed if after_heading else found).append((info, bm))
                break
    # A heading that introduces someone ("About Jane Doe") says more than a bare name over a
    # paragraph (a company, a product): when the page has one, it alone counts.
    found = headed or found
    people = {bm.authors[0].casefold() for _, bm in found}
    if len(people) != 1:
        return  # none, or a list of people (a team page, interviewees)
    info, bm = found[-1]
    if not _plausible_byline(bm, infos, layout):
        return
    if _speaks_in_text(infos, layout, bm.authors[0]):
        return  # the person interviewed ("Jane Doe: We knew it was coming."), boxed with a bio
    _set_byline(info, bm, layout, "name heading an author box (a sentence about the person follows)")


def _speaks_in_text(infos: list[LineInfo], layout: Layout, name: str) -> bool:
    """Does a paragraph of the text open with ``name`` and a colon, an interview's answer?"""
    turn = name + ":"
    return any(infos[i].text.lstrip().startswith(turn) for i in layout.body)


MAX_CO_AUTHOR_LINES = 4
# Words a co-author's role may run to ("Journalist in Paris", doubled by a hidden copy for screen readers).
MAX_CO_AUTHOR_ROLE_WORDS = 8


def _co_authors(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """Co-authors one per line right under the byline, each framed as the byline is
    ("Jane Doe, PhD," / "John Roe, PhD"; "Jane Doe – Journalist" / "John Roe – Journalist"):
    every one is an author. The first line of another frame ends the list; names alone on
    their lines say too little (an editor, a reviewer, a role under the name)."""
    bm = layout.byline_match
    if bm is None or layout.byline is None or bm.desk or len(bm.authors) != 1:
        return
    if bm.labelled:
        _co_authors_under_labels(infos, layout, lex)
        _co_authors_in_role(infos, layout, lex)
        return  # labelled lines each name their own ("Written by Jane Doe" / "Written by Example Desk")
    # A list's items are read without their bullet ("* Jane Doe, PhD ," / "* John Roe, PhD").
    frame = _frame(unbulleted(infos[layout.byline]), bm.authors[0])
    if not frame.strip("\0 "):
        return
    authors = list(bm.authors)
    taken: list[LineInfo] = []
    for info in [i for i in infos[layout.byline + 1 :] if not i.blank][:MAX_CO_AUTHOR_LINES]:
        if info.label in ("HEADLINE", "COMMENTS", "RELATED") or info.kind not in ("byline", "name", "title", "short") or info.date is not None:
            break
        plain = unbulleted(info)
        other = info.byline if info.byline is not None else find_byline(plain, lex, split_segments(plain))
        if other is None or other.labelled or other.desk or len(other.authors) != 1:
            break
        if _frame(plain, other.authors[0]) != frame or not _person_like(other.authors[0], infos, layout):
            break
        authors.extend(a for a in other.authors if a not in authors)
        taken.append(info)
    _add_co_authors(layout, BylineMatch(byline=bm.byline, authors=tuple(authors), labelled=bm.labelled), taken, "co-author on the line under the byline")


MAX_SEPARATED_AUTHORS = 6


def _authors_across_separators(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """"By" / "Jane Doe" / "," / "John Roe" / ", and" / "Example Team": a page that links each
    author's name on its own leaves the list's commas on lines apart; the names after them
    join the byline (a person, or a newsroom credit)."""
    bm = layout.byline_match
    if bm is None or layout.byline is None or bm.desk:
        return
    lines = [i for i in infos[layout.byline + 1 :] if not i.blank][: 2 * MAX_SEPARATED_AUTHORS]
    authors = list(bm.authors)
    taken: list[LineInfo] = []
    for sep, info in zip(lines[::2], lines[1::2]):
        if not is_author_separator(sep.text.strip()) or info.label in ("HEADLINE", "COMMENTS", "RELATED") or info.date is not None:
            break
        other = info.byline if info.byline is not None else find_byline(info.text, lex, split_segments(info.text))
        if other is None or other.labelled or len(other.authors) != 1:
            break
        if not other.desk and not _person_like(other.authors[0], infos, layout):
            break
        authors.extend(a for a in other.authors if a not in authors)
        taken += [sep, info]
    _add_co_authors(layout, BylineMatch(byline=bm.byline, authors=tuple(authors), labelled=bm.labelled), taken, "co-author after a separator line under the byline")


_BULLET_SIGNS = frozenset(BULLET_SIGNS + "·")


def _co_authors_under_labels(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """"Reporting by:" / "Jane Doe" / "Additional reporting by:" / "John Roe": the byline is a
    name under a label row, and right under it more label rows each over a name: every one
    is an author (a credit word before the label, "Photos by:", "Edited by:", ends the list)."""
    bm, index = layout.byline_match, layout.byline
    if bm is None or index is None or bm.desk:
        return
    above = nonblank_before(infos, index, 1)
    if not above or label_row(above[0], lex) is None:
        return
    authors = list(bm.authors)
    taken: list[LineInfo] = []
    # Lines holding a bullet sign alone (empty list items of a render) stand nowhere.
    lines = [i for i in infos[index + 1 :] if not i.blank and i.text.strip() not in _BULLET_SIGNS][: 2 * MAX_CO_AUTHOR_LINES]
    for row, info in zip(lines[::2], lines[1::2]):
        other = info.byline
        if label_row(row, lex) is None or other is None or not other.labelled or other.desk or info.date is not None:
            break
        if info.label in ("HEADLINE", "COMMENTS", "RELATED") or not all(_person_like(a, infos, layout) for a in other.authors):
            break
        authors.extend(a for a in other.authors if a not in authors)
        taken.append(info)
    _add_co_authors(layout, BylineMatch(byline=bm.byline, authors=tuple(authors), labelled=True), taken, "co-author under a label row below the byline's")


def _co_authors_in_role(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """"Jane Doe – Journalist" / "John Roe – Journalist in Paris": a byline labelled by the
    role after the name, then lines giving another name with the same role: co-authors."""
    bm, index = layout.byline_match, layout.byline
    if bm is None or index is None:
        return
    own = name_and_role(infos[index].text, lex)
    if own is None or own[0].authors != bm.authors:
        return
    authors = list(bm.authors)
    taken: list[LineInfo] = []
    for info in [i for i in infos[index + 1 :] if not i.blank][:MAX_CO_AUTHOR_LINES]:
        other = name_and_role(info.text, lex, max_after=MAX_CO_AUTHOR_ROLE_WORDS) if info.date is None else None
        if other is None or other[1] != own[1] or info.label in ("HEADLINE", "COMMENTS", "RELATED"):
            break
        if not _person_like(other[0].authors[0], infos, layout):
            break
        authors.extend(a for a in other[0].authors if a not in authors)
        taken.append(info)
    _add_co_authors(layout, BylineMatch(byline=bm.byline, authors=tuple(authors), labelled=True), taken, "co-author with the byline's role on the line under it")


def _add_co_authors(layout: Layout, match: BylineMatch, taken: list[LineInfo], reason: str) -> None:
    """The byline grown by the co-authors read on ``taken`` lines, which leave the body."""
    if not taken:
        return
    layout.byline_match = match
    for info in taken:
        info.label, info.reason = "BYLINE", reason
        if info.index in layout.body:
            layout.body.remove(info.index)


def _frame(text: str, name: str) -> str:
    """The line around a name: "Jane Doe, PhD," -> "\0, PhD" (the end's punctuation let go)."""
    return text.replace(name, "\0", 1).rstrip(" ,;")


# The credit closes the text: at most this many of its lines under it (a call for donations);
# a "Team ..." line with paragraphs under it heads a section ("Team Motivation", "Help Desk").
DESK_TAIL_LINES = 2


def _desk_in_text(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """No byline at all: a newsroom credit alone on its line closing the text ("XY-Redaktion"
    under the last paragraph, before a call for donations) signs it, if it is the only one.
    A desk word alone ("Team") heads a section; the credit names whose desk it is."""
    body = sorted(layout.body)
    found = [
        info
        for info in (infos[i] for i in body[-DESK_TAIL_LINES - 1 :])
        if info.kind in ("short", "name", "title") and ("-" in info.text or info.n_words > 1) and is_desk_credit(info.text, lex)
    ]
    if len({i.text for i in found}) == 1:
        info = found[0]
        _set_byline(info, BylineMatch(byline=info.text, authors=(info.text,), labelled=False, desk=True), layout, "a newsroom credit alone on its line in the text")


_HAS_YEAR_SPAN = regex.compile(r"\d{4}\s?[-–]\s?\d{4}")


# The lines each side of the run's end a closing bio may stand on, and the words after its verb
# the writer's role may come within ("is a veteran restaurant industry reporter").
BIO_TAIL_LINES = 6
BIO_ROLE_REACH = 8


def _bio_closing_text(infos: list[LineInfo], last: int, layout: Layout, lex: Lexicon) -> None:
    """No byline anywhere: a sentence at the end of the text presents one person by a full name
    as a writer ("Jane Doe is a staff reporter covering ...", "Jane Doe ist TV-Reporterin"):
    she wrote it. The sentence stays where it is; only the name is taken."""
    if not lex.role_words:
        return
    near = nonblank_before(infos, last + 1, BIO_TAIL_LINES) + nonblank_after(infos, last, BIO_TAIL_LINES)
    people: set[str] = set()
    for info in near:
        if info.kind not in _PROSE or info.label in ("COMMENTS", "RELATED"):
            continue
        m = _BIO_LEAD.match(info.text)
        if m is None or not looks_like_name(m.group(1), lex):
            continue
        words = [w.strip(".,;:()").casefold() for w in info.text[m.end() :].split()[:BIO_ROLE_REACH]]
        if any(role_word(w, lex) for w in words):
            people.add(m.group(1))
    if len(people) == 1:
        name = people.pop()
        layout.byline_match = BylineMatch(byline=name, authors=(name,), labelled=False)


# A post signed off at its end: a heart before the name ("<3 Jane Doe", "♥ Jane"), or a
# closing word and a comma or "!" on a short line over the full name alone ("Best wishes," /
# "Jane Doe", "Happy gardening!" / "Jane Doe"); a given name alone after a heart, or under the
# farewell when the page writes it with one surname elsewhere ("Best wishes," / "Jane" + "...
# from Jane Doe": Jane Doe). Among the last lines of the text or right under it.
SIGN_OFF_REACH = 4
SIGN_OFF_MAX_WORDS = 3
_DIGIT = regex.compile(r"\d")
_HEART = regex.compile(r"(?:<3+|[♥❤♡💕💖]\ufe0f?)\s*(?P<name>\p{Lu}.*)")


def _signed_name(text: str, lex: Lexicon, given: bool) -> BylineMatch | None:
    """The full name signing ("Jane Doe"); with ``given`` (after a heart) the given name alone too."""
    text = text.strip().rstrip(" .!")
    if looks_like_name(text, lex):
        return BylineMatch(byline=text, authors=(text,), labelled=False)
    return lone_given_name(text, lex) if given else None


def _sign_off(infos: list[LineInfo], last: int, layout: Layout, lex: Lexicon) -> None:
    """No byline anywhere: the name signing the post off at its end wrote it."""
    near = nonblank_before(infos, last + 1, SIGN_OFF_REACH)[::-1] + nonblank_after(infos, last, SIGN_OFF_REACH // 2)
    for k, info in enumerate(near):
        if info.label in ("COMMENTS", "RELATED"):
            continue
        m = _HEART.fullmatch(info.text.strip())
        if m is not None:
            line, bm = info, _signed_name(m["name"], lex, given=True)
            if bm is not None and " " not in bm.authors[0]:
                bm = _given_name_in_full(m["name"], infos, layout, lex) or bm  # "♥ Jane" + "Jane Doe" elsewhere
        else:
            text = info.text.strip()
            if not (text.endswith((",", "!")) and info.n_words <= SIGN_OFF_MAX_WORDS) or k + 1 >= len(near):
                continue
            if _DIGIT.search(text) or lex.labels.match(text.casefold()) is not None:
                continue  # a date or a label ("Reviewed by,"), no farewell
            line = near[k + 1]
            bm = None
            if line.label not in ("COMMENTS", "RELATED"):
                bm = _signed_name(line.text, lex, given=False) or _given_name_in_full(line.text, infos, layout, lex)
        if bm is not None and _plausible_byline(bm, infos, layout):
            if line.label == "BODY":
                layout.byline_match = bm  # the signature is the post's last word: it stays in the text
            else:
                _set_byline(line, bm, layout, "the name signing the post off at its end")
            return


def _given_name_in_full(text: str, infos: list[LineInfo], layout: Layout, lex: Lexicon) -> BylineMatch | None:
    """A given name alone signing under a farewell ("Best wishes," / "Jane") whose full name the
    page writes elsewhere, always with the same surname ("... from Dr. Jane Doe"): that full name.
    A given name with no surname on the page, or with several, may be any word ("Plums"); a
    "surname" the page also writes in lowercase makes a product's name ("Jane Global")."""
    given = lone_given_name(text.strip().rstrip(" .!"), lex)
    if given is None:
        return None
    name = given.byline
    surnames: set[str] = set()
    for info in infos:
        line = info.text
        at = line.find(name)  # cheap: most lines do not hold the name at all
        while at >= 0:
            m = _SURNAME_AFTER.match(line, at + len(name))
            surname = m[1].removesuffix("'s").removesuffix("’s") if m is not None else ""
            if surname and (at == 0 or not line[at - 1].isalnum()) and looks_like_name(f"{name} {surname}", lex):
                surnames.add(surname)
            at = line.find(name, at + len(name))
    if len(surnames) != 1:
        return None
    full = f"{name} {surnames.pop()}"
    if not _person_like(full, infos, layout) or _common_surname(full, layout):
        return None
    return BylineMatch(byline=name, authors=(full,), labelled=False)


# The capitalised word after a given name: "Jane[ Doe]", "Jane[ O'Neil-Roe]".
_SURNAME_AFTER = regex.compile(r" (\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?)(?![\p{L}\p{N}])")


def _copyright_person(infos: list[LineInfo], last: int, layout: Layout, lex: Lexicon) -> None:
    """No byline at all: a person holding the site's copyright under the text ("© 2019 Jane
    Doe") wrote it (a personal site). Only one such person, and never a photo's credit."""
    found = [
        (info, bm)
        for info in infos[last + 1 :]
        if (info.copyright or (info.n_chars <= META_LINE_MAX_CHARS and _HAS_YEAR_SPAN.search(info.text) is not None))
        and (bm := copyright_holder(info.text, lex)) is not None
    ]
    if len({bm.authors[0] for _, bm in found}) != 1:
        return
    info, bm = found[0]
    if _plausible_byline(bm, infos, layout):
        _set_byline(info, bm, layout, "the person holding the site's copyright (no byline elsewhere)")


def _heads_a_list(infos: list[LineInfo], layout: Layout, last: int) -> bool:
    """A bare name under the text right over a list of teasers is the list's heading ("Current Capabilities")."""
    index = layout.byline
    if index is None or index <= last or layout.byline_match is None or layout.byline_match.labelled:
        return False
    below = next((i for i in infos[index + 1 :] if not i.blank), None)
    return below is not None and below.label == "RELATED"


def _people_first(bm: BylineMatch, infos: list[LineInfo], layout: Layout) -> BylineMatch:
    """Unlabelled names after a person are kept only when person-like too: "Jane Doe,
    Print Managing Editor" names Jane Doe, her role is no second author."""
    if bm.labelled or len(bm.authors) < 2 or not _person_like(bm.authors[0], infos, layout):
        return bm
    people = tuple(a for a in bm.authors if _person_like(a, infos, layout))
    return bm if len(people) == len(bm.authors) else BylineMatch(byline=bm.byline, authors=people, labelled=False)


def _plausible_byline(bm: BylineMatch, infos: list[LineInfo], layout: Layout) -> bool:
    """A labelled byline stands; a bare name only if none of its words is written
    in lowercase elsewhere on the page (a person's name is not a common word)."""
    if bm.labelled or bm.desk:
        return True
    return all(_person_like(name, infos, layout) for name in bm.authors)


def _drop_byline(infos: list[LineInfo], layout: Layout) -> None:
    index = layout.byline
    layout.byline_match, layout.byline = None, None
    if index is None:
        return
    info = infos[index]
    if index == layout.date:
        info.label, info.reason = "DATE", "date line (the name beside it reads as a phrase)"
    else:
        info.label, info.reason = "BOILERPLATE", "name-shaped line whose words read as common words (written in lowercase on the page, or a noun's ending)"


# How many non-blank lines above and below the article's date a name may stand.
NAME_BESIDE_DATE_REACH = 2
LABELLED_BESIDE_DATE_REACH = 4  # a labelled byline ("By Jane Doe")


def _name_alone(info: LineInfo, infos: list[LineInfo], layout: Layout, lex: Lexicon) -> bool:
    """Is the line a bare person's name and nothing else (no date, no role, not the text)?"""
    bm = info.byline
    if bm is None or bm.labelled or info.date is not None or bm.byline != info.text.strip():
        return False
    if info.label in ("BODY", "COMMENTS", "HEADLINE", "RELATED"):
        return False
    if any(role_word(w.casefold(), lex) for w in info.text.split()):
        return False
    return _plausible_byline(bm, infos, layout)


def _byline_beside_date(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> bool:
    if layout.date is None or layout.date_match is None:
        return False
    line = infos[layout.date]
    if line.label in ("BODY", "COMMENTS", "HEADLINE"):
        return False  # a date read from the text or the headline: no header of the article
    own = name_beside_date(line.text, layout.date_match.text, lex)
    if own is not None and not own.labelled:
        # "Series Title 12/19/2025" / "Jane Doe": a name alone on the next line beats words glued
        # to the date ("Jane Doe 12/19/2025" / "Senior Reporter": a role is no name).
        nxt = _next_nonblank(infos, line.index)
        if nxt is not None and _name_alone(infos[nxt], infos, layout, lex):
            alone = infos[nxt]
            assert alone.byline is not None
            _set_byline(alone, alone.byline, layout, "name alone under the date line (the words by the date are no name)")
            return True
    if own is not None and _plausible_byline(own, infos, layout):
        layout.byline_match, layout.byline = own, line.index
        line.label, line.reason = "BYLINE", "author name on the article's date line (with the date)"
        return True
    # A photo's caption or credit between the date and the name is no distance ("date / Jane
    # Roe (the photo's subject) / Photo: Agency / John Doe": the photo block sits between).
    below = [i for i in infos[line.index + 1 :] if not i.blank and i.kind != "caption"][:LABELLED_BESIDE_DATE_REACH]
    above = [i for i in nonblank_before(infos, line.index, 2 * LABELLED_BESIDE_DATE_REACH) if i.kind != "caption"][:LABELLED_BESIDE_DATE_REACH]
    for k, info in enumerate([x for pair in zip(above, below) for x in pair] + above[len(below) :] + below[len(above) :]):
        bm = info.byline
        if bm is None and info.kind == "title" and info.n_chars <= MAX_BYLINE_CHARS:
            # "Jane Doe and John Roe": several names and nothing else.
            bm = find_byline(info.text, lex, split_segments(info.text))
            if bm is not None and len(bm.authors) < 2:
                bm = None
        if bm is None or info.label in ("COMMENTS", "HEADLINE") or info.date is not None:
            continue
        if not bm.labelled and info.cue is not None:
            continue  # a heading or button of the page ("Recent Posts"), not a person
        if info.label == "BODY" and info.kind not in ("byline", "name", "title"):
            continue  # inside the text, only a line that is nothing but a byline or names
        if not bm.labelled and (k >= 2 * NAME_BESIDE_DATE_REACH or _over_caption(infos, info)):
            continue
        if not bm.labelled and _ends_a_list_of_names(infos, info, info.index < line.index):
            continue  # "Studio North" / "Studio South" / "Studio West" over the date: a menu's last item
        lo, hi = sorted((info.index, line.index))
        if not bm.labelled and any(i.kind in _PROSE for i in infos[lo + 1 : hi]):
            continue  # a paragraph stands between: a subheading of the text, not the date's name
        if not _plausible_byline(bm, infos, layout):
            continue
        _set_byline(info, bm, layout, "author name beside the article's date")
        return True
    return False


# A bare name with this many name-shaped lines in a row beyond it (away from the date) ends a list.
NAME_LIST_MIN_OTHERS = 2


def _ends_a_list_of_names(infos: list[LineInfo], info: LineInfo, above: bool) -> bool:
    """Is the name the last of a run of name-shaped lines (a menu of sections or places, a list
    of people), read from the side away from the date? Two co-authors stacked are no list."""
    beyond = nonblank_before(infos, info.index, NAME_LIST_MIN_OTHERS) if above else nonblank_after(infos, info.index, NAME_LIST_MIN_OTHERS)
    return len(beyond) == NAME_LIST_MIN_OTHERS and all(b.byline is not None and not b.byline.labelled and b.date is None for b in beyond)


# Weighing the dates of the page when none stood near the article: each is
# costed by its distance (in non-blank lines) from the headline, or from the
# text when there is no headline; a date below costs double (the trailer holds
# teasers and comments). A label ("Published", "Updated") or a name beside it
# (title, author, date: the article's own header) takes some of the cost off.
# A date among others (a list of dated teasers) is no candidate.
FALLBACK_BELOW_FACTOR = 2
FALLBACK_LABEL_BONUS = 10
FALLBACK_NAME_BONUS = 8
FALLBACK_LIST_REACH = 4  # non-blank lines each side
FALLBACK_CAPTION_COST = 1000
FALLBACK_HEADLINE_COST = 1000  # a date inside the headline's own line, when nothing else has one
FALLBACK_LIST_MAX = 1  # other dated lines allowed that close ("Published ...", "Updated ...")
URL_LINE_MAX_CHARS = 300
FALLBACK_URL_COST = 2000  # a date in an address's path, when the page writes none as text
# A full date as a path of an address writes it: ".../2025/03/04/title", ".../2025-03-04-title".
# The host first ("example.com/"), then up to four folders before the date.
_URL_DATE = regex.compile(
    r"\w\.[a-z]{2,6}/(?:[\w.%-]{1,80}/){0,4}?((?:19|20)\d{2})([/-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/-]|\.html?\b|$)"
)


def _fallback_date(infos: list[LineInfo], first: int, layout: Layout, lex: Lexicon) -> None:
    """No date near the article: a dateline opening the text, else a dated metadata line
    a little further up, else the best-placed date with a year on the page (see the costs above)."""
    if _dateline(infos, first, layout, lex):
        return
    for info in nonblank_before(infos, first, FALLBACK_NEAR):
        if info.label not in ("RELATED", "COMMENTS", "HEADLINE") and _take_meta(info, layout, lex, "above the article", bare_names=False):
            if layout.date_match is not None and layout.date_match.has_year:
                return
    lines = [i for i in infos if not i.blank]
    dated: list[tuple[int, DateMatch]] = []  # (position among non-blank lines, date)
    for k, info in enumerate(lines):
        dm = _fallback_candidate(info, lex)
        if dm is not None and not dated_entry(infos, info.index, lex):
            dated.append((k, dm))
    if not dated:
        return
    anchor = layout.headline if layout.headline is not None else first
    at = next((k for k, i in enumerate(lines) if i.index >= anchor), len(lines))
    positions = [k for k, _ in dated]
    # A day and month found by the article without a year ("16 января") is completed, not replaced:
    # only a full date of the same day may take its place (a teaser's "7 ноября 2024" may not).
    current = layout.date_match
    want = day_and_month(current, lex) if current is not None and not current.has_year and not current.relative else None
    best: tuple[float, int, DateMatch] | None = None
    for n, (k, dm) in enumerate(dated):
        near = sum(1 for j in positions[max(0, n - 3) : n + 4] if j != k and abs(j - k) <= FALLBACK_LIST_REACH)
        if near > FALLBACK_LIST_MAX:
            continue
        if want is not None and _month_day(dm, lex) != want:
            continue
        info = lines[k]
        cost = float(at - k if k < at else (k - at) * FALLBACK_BELOW_FACTOR)
        if info.label == "CAPTION" or info.kind == "caption":
            cost += FALLBACK_CAPTION_COST  # a photo's date, when nothing else has one
        if info.label == "HEADLINE":
            cost += FALLBACK_HEADLINE_COST
        if info.date is None and dm == _url_date(info.text):
            cost += FALLBACK_URL_COST
        if date_role(info.text, dm, lex) is not None:
            cost -= FALLBACK_LABEL_BONUS
        beside = lines[max(0, k - 2) : k] + lines[k + 1 : k + 3]
        if info.byline is not None or any(b.byline is not None and b.label not in ("BODY", "COMMENTS") for b in beside):
            cost -= FALLBACK_NAME_BONUS
        if best is None or cost < best[0]:
            best = (cost, k, dm)
    if best is not None:
        info = lines[best[1]]
        if layout.date is not None:
            layout.dropped_dates.append(layout.date)
        layout.date_match, layout.date = best[2], info.index
        layout.date_role = date_role(info.text, best[2], lex)
        # A date line takes its label; a line of the text holding a date stays text.
        if info.label not in ("BYLINE", "HEADLINE") and (info.label != "BODY" or info.date is not None):
            info.label, info.reason = "DATE", "best-placed dated line on the page"


# How many of the first lines of the text a dateline may open.
DATELINE_LINES = 3
# How far into such a line a publication label and its date may stand.
DATELINE_LABEL_CHARS = 80


def dated_entry(infos: list[LineInfo], index: int, lex: Lexicon) -> bool:
    """An entry of a list of dated entries (a changelog, a timeline: "2022-04-12 Link to ...",
    "12.03.2025 - Fixed ..."): it opens with a full date, and so does a line next to it. Such a
    date is the entry's, not the article's."""
    own = _entry_date(infos[index].text, lex)
    if own is None:
        return False
    near = nonblank_before(infos, index, 1) + nonblank_after(infos, index, 1)
    # The same date twice ("4 March 2025" / "4 March 2025 - The council ...") is one date shown twice.
    return any((other := _entry_date(n.text, lex)) is not None and other.text != own.text for n in near)


def _entry_date(text: str, lex: Lexicon) -> DateMatch | None:
    """The full date opening a line, after a list item's bullet ("+ 2022-04-12 Link to ...")."""
    if text[:1] in BULLET_SIGNS and text[1:2] == " ":
        text = text[2:]
    return leading_date(text, lex)


def _dateline(infos: list[LineInfo], first: int, layout: Layout, lex: Lexicon) -> bool:
    """A full date opening one of the first lines of the text ("(21. November 2022) Die
    Verbraucher ...", "19.10.2019, 15:30 Uhr Am Samstag ..."): the article's date. The
    line stays text."""
    body = sorted(layout.body)
    # The first lines of the text, and of its run when a standfirst stands above it.
    for index in dict.fromkeys(body[:DATELINE_LINES] + [i for i in body if i >= first][:DATELINE_LINES]):
        if infos[index].kind not in ("good", "neargood"):
            continue  # a date line or a byline in the run: the fallback below weighs those
        text = infos[index].text
        if dated_entry(infos, index, lex):
            continue  # an entry of a changelog or a timeline
        dm = leading_date(text, lex)
        if dm is None:
            # "Posted on November 25, 2024 in News, Health ...": a publication label says so.
            dm = _labelled_publication(text, lex)
            dm = dm if dm is not None and dm.has_year else None
        if dm is None:
            # A standfirst signed at its end: "... beyond the U.S. and Canada. By Jane Doe on Dec. 19, 2025".
            signed = lex.byline_inline.search(text)
            if signed is not None and len(signed.group("rest")) <= DATELINE_LABEL_CHARS:
                dm = find_date(signed.group("rest"), lex)
                dm = dm if dm is not None and dm.has_year else None
        if dm is not None:
            if layout.date is not None:
                layout.dropped_dates.append(layout.date)
            layout.date_match, layout.date, layout.date_role = dm, index, None
            return True
    return False


def _month_day(dm: DateMatch, lex: Lexicon) -> tuple[int, int] | None:
    """(month, day) of a full date, read without the clock."""
    read = parse_date(dm, lex.languages, None, lex)
    return (read.month, read.day) if read is not None else None


def _url_date(text: str) -> DateMatch | None:
    """The date in an address's path ("https://example.com/2025/03/04/title/"), as ISO."""
    if "/" not in text:
        return None
    m = _URL_DATE.search(text)
    if m is None:
        return None
    return DateMatch(text=f"{m.group(1)}-{m.group(3)}-{m.group(4)}", relative=False, has_year=True)


def _labelled_publication(text: str, lex: Lexicon) -> DateMatch | None:
    """The date a publication label gives early in a line ("Posted on November 25, 2024 in
    News ...", "This entry was posted on March 3, 2025 by ..."): found in the line's first
    DATELINE_LABEL_CHARS, and kept when the label nearest before it says "published"."""
    head = text[:DATELINE_LABEL_CHARS]
    if _DIGIT.search(head) is None or lex.date_labels.search(head) is None:
        return None  # cheap: no digit or no date label, no date to look for
    dm = find_date(head, lex)
    return dm if dm is not None and date_role(head, dm, lex) == "published" else None


def _fallback_candidate(info: LineInfo, lex: Lexicon) -> DateMatch | None:
    """The full date a line offers as the article's date, if any: a date line
    anywhere but in comments; inside the text, only a line that is a date; last, an
    address whose path holds a date (the cost above keeps it behind any written date)."""
    if info.label == "COMMENTS":
        # A post's footer that a comment form's cue took in ("This entry was posted on March 3,
        # 2024 by Jane Doe. Bookmark the permalink."): its labelled date is the post's.
        if info.reason != "comment form" or info.n_chars > META_LINE_MAX_CHARS:
            return None
        dm = _labelled_publication(info.text, lex)
        return dm if dm is not None and dm.has_year else None
    if info.n_chars > META_LINE_MAX_CHARS:
        return _url_date(info.text) if info.n_chars <= URL_LINE_MAX_CHARS else None
    if info.date is not None:
        return info.date if info.date.has_year else None
    if info.kind in ("good", "neargood"):
        # Prose offers a date only when it is little else: "Miércoles, 4 de Mayo de 2022 a las 07:46hrs.",
        # or when a publication label opens it: "This entry was posted on Sunday, October 18th, 2020
        # at 3:15 pm and is filed under ...", "Created on ... Edited on ...".
        dm = match_date_line(info.text, lex, MAX_LEFTOVER_IN_SEGMENT)
        if dm is None:
            dm = _labelled_publication(info.text, lex)
    else:
        # A metadata line, also inside the run: "Jane Doe , 01. Dez. 2017, 12:01 Uhr 3 min Lesezeit"
        dm = find_date(info.text, lex)
    if dm is None:
        return _url_date(info.text)
    return dm if dm.has_year else None


# A personal site's title or tagline among the page's first lines names its owner: the name
# owning a thing in one or two lowercase words that end the line ("Jane Doe's blog", "Jane
# Doe's web log"), or a blurb of more than one sentence ("Jane Doe's notes on gardening. I
# grow ..."). Never the headline, nor a teaser's title ("Jane Doe's new film opens"). A bare
# name there is as often a menu's item or the site's name ("Green Gardens"): it does not count.
SITE_OWNER_LINES = 3
_OWNER = regex.compile(r"(?P<name>[^'’]{3,60})['’]s\s+(?:\p{Ll}+(?:\s\p{Ll}+)?$|\p{Ll}[^.!?]*[.!?]\s+\p{Lu})")


def _site_owner(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """No byline anywhere: the person a personal site is named after wrote its post."""
    for info in nonblank_after(infos, -1, SITE_OWNER_LINES):  # the page's first lines, not a list of them all
        if info.index == layout.headline or info.label in ("RELATED", "COMMENTS"):
            continue
        m = _OWNER.match(info.text.strip())
        if m is None or not looks_like_name(m["name"], lex):
            continue
        bm = BylineMatch(byline=m["name"], authors=(m["name"],), labelled=False)
        if _plausible_byline(bm, infos, layout):
            _set_byline(info, bm, layout, "the person a personal site is named after (its title; no byline elsewhere)")
        return


# A personal site titled with its owner's name alone ("Jane Doe" atop the page, over "Home
# Blog"; above the headline but not right over it, where a rubric stands), whose text speaks
# in the first person ("I", "my": at least this share of its words, and this many): the owner
# wrote it. A company's or a team's site says "we", a news site neither; a site's name of
# common words ("Bread Dad") is no person (_person_like).
FIRST_PERSON_MIN_SHARE = 0.02
FIRST_PERSON_MIN_WORDS = 5
SITE_NAME_MAX_WORDS = 5
SITE_NAME_LINES = 2


def _site_named_after_person(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """No byline anywhere: the page's first line, name-shaped and not one of a list of names, on a
    site whose text is written in the first person or whose tagline under the name is ("Meine
    Homepage", "My notes on ..."); the second line only over such a tagline (a skip link above)."""
    if not lex.first_person or not layout.body or layout.headline is None:
        return
    for k, info in enumerate(nonblank_after(infos, -1, SITE_NAME_LINES)):
        # Cheap first: two to five words, the first capitalised.
        if not 2 <= info.n_words <= SITE_NAME_MAX_WORDS or not info.text.lstrip()[:1].isupper() or info.cue is not None:
            continue
        text = info.text.strip()
        if not looks_like_name(text, lex):
            continue
        # Above the headline with a line between (a menu): right over it, it is the headline's rubric.
        if not info.index < layout.headline or info.index in (i.index for i in nonblank_before(infos, layout.headline, 1)):
            return
        below = _next_nonblank(infos, info.index)
        if below is not None and looks_like_name(infos[below].text.strip(), lex):
            return  # a list of people, or a menu of name-shaped items
        bm = BylineMatch(byline=text, authors=(text,), labelled=False)
        tagline = below is not None and _first_person_tagline(infos[below], lex)
        if k and not tagline:
            return  # under a menu's first item ("About Us" / "Live Sessions"): only over a tagline
        if _plausible_byline(bm, infos, layout) and (tagline or _first_person_text(infos, layout, lex)):
            _set_byline(info, bm, layout, "the person a personal site is named after (its title; a text in the first person)")
        return


# A site's tagline under its title: a short line opening with a first-person word ("My notes").
TAGLINE_MAX_WORDS = 8


def _first_person_tagline(info: LineInfo, lex: Lexicon) -> bool:
    """"Meine Homepage", "My notes on gardening": the owner speaks under the site's name (no cue:
    "My Account" is a login link)."""
    return info.cue is None and 2 <= info.n_words <= TAGLINE_MAX_WORDS and info.text.split()[0].casefold() in lex.first_person


def _first_person_text(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> bool:
    """Does the text speak in the first person ("I", "my", "ich", "mein")?"""
    words = mine = 0
    for index in layout.body:
        for w in _WORD.findall(infos[index].text):
            words += 1
            if w.casefold() in lex.first_person:
                mine += 1
    return mine >= FIRST_PERSON_MIN_WORDS and mine >= FIRST_PERSON_MIN_SHARE * words


def _common_surname(name: str, layout: Layout) -> bool:
    """Does the page write the name's last word in lowercase ("Mark Twain Quotes": a heading)?"""
    last = name.split()[-1].casefold()
    return layout.lower_words is not None and layout.lower_sorted is not None and _common_word(last, layout.lower_words, layout.lower_sorted)


# A byline of a given name alone ("By Pamela") where the page writes that person's full name on
# a line of its own outside the text (a menu's "About" item, a sidebar's profile: "Pamela Doe"):
# the full name, when the page gives only one such. Names under comments or in teasers sign
# other people's posts.
FULL_NAME_MAX_WORDS = 3
_FULL_NAME_LABELS = frozenset({"NAV", "BOILERPLATE", "TAGS", "FOOTER"})


def _full_name_of_given(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """A one-word byline that is a given name gets the surname the page gives it elsewhere."""
    bm = layout.byline_match
    if bm is None or bm.desk or len(bm.authors) != 1 or " " in bm.authors[0]:
        return
    given = bm.authors[0]
    if not (given[:1].isupper() and given[1:].islower() and given.isalpha()):
        return  # a handle ("jdoe", "JaneD") or an acronym, no given name
    prefix = given + " "
    found: set[str] = set()
    for info in infos:
        # Cheap first: the line opens with the given name and a space.
        if not info.text.startswith(prefix) or info.label not in _FULL_NAME_LABELS or not 2 <= info.n_words <= FULL_NAME_MAX_WORDS:
            continue
        text = info.text.strip()
        if looks_like_name(text, lex) and _person_like(text, infos, layout) and not _common_surname(text, layout):
            found.add(text)
            if len(found) > 1:
                return  # two people of that given name: which one is unsure
    if found:
        full = found.pop()
        layout.byline_match = BylineMatch(byline=bm.byline, authors=(full,), labelled=bm.labelled)


# "Hi, I'm Jane Doe." / "Ich bin Jane Doe und ...": a person introducing themselves (the
# language's self_intro words) in a box beside or under the text, an "About me" of a personal
# site, on a page with no byline anywhere. A given name alone only after a greeting ("Hi, I'm
# Jane!"); in the text only among its last three lines right under a short heading ("About me"),
# never in a paragraph of it (a quote, an interview) nor as a comment's text.
GREETING_MAX_CHARS = 12
SELF_INTRO_TAIL_LINES = 3
SELF_INTRO_HEAD_CHARS = 40  # the line's start read for the greeting and the first words
_INTRO_NAME_END = regex.compile(r"[.,!?;:()\[\]–—]|\s-\s")


def _introduced_name(text: str, lex: Lexicon) -> BylineMatch | None:
    """The name a line opens by introducing ("I'm Jane Doe. On this site ...")."""
    words = text.replace("’", "'").split()
    greeted = bool(words) and len(words[0]) <= GREETING_MAX_CHARS and words[0][-1:] in (",", "!") and words[0][:-1].isalpha()
    if greeted:
        words = words[1:]
    if all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return None  # every word capitalised: a title ("I Am Number Four"), not a sentence
    for phrase in lex.self_intro:
        n = phrase.count(" ") + 1
        if len(words) <= n or " ".join(words[:n]).casefold() != phrase:
            continue
        if any(w[:1].isupper() for w in words[1:n]):
            return None  # "I Am ...", "Ich Bin ...": the phrase in title case opens a title
        rest = " ".join(words[n:])
        cut = _INTRO_NAME_END.search(rest)
        piece = rest[: cut.start()] if cut is not None else rest
        # The name's words up to the first word in small letters ("Jane Doe and I ...").
        name_words = list(itertools.takewhile(lambda w: w[:1].isupper(), piece.split()))
        name = " ".join(name_words)
        if not name or name_words[-1].endswith(("'s", "s'")):
            return None  # "I'm Jane Doe's mother": someone else
        if len(name_words) > 1:
            return BylineMatch(byline=name, authors=(name,), labelled=False) if looks_like_name(name, lex) else None
        # A given name alone, greeted and closed by a mark ("Hi, I'm Jane!"), not "I'm Back".
        ended = cut is not None and cut.start() == len(name)
        return lone_given_name(name, lex) if greeted and ended else None
    return None


def _self_introduced(infos: list[LineInfo], layout: Layout, lex: Lexicon) -> None:
    """No byline anywhere: the one person a box beside or under the text introduces in their
    own voice wrote it. The line keeps its label (a bio's sentence)."""
    if not lex.self_intro:
        return
    found: dict[str, BylineMatch] = {}
    # Inside the text only its last lines under a short heading ("About me" / "Hi, I'm Jane Doe ...").
    tail = set(sorted(layout.body)[-SELF_INTRO_TAIL_LINES:])
    firsts = {phrase.split()[0] for phrase in lex.self_intro}
    for info in infos:
        # Cheap first: a line of three words or more whose first or second word opens an introduction.
        if info.n_words < 3 or info.label in ("HEADLINE", "RELATED"):
            continue
        if not any(w.casefold().replace("’", "'") in firsts for w in info.text[:SELF_INTRO_HEAD_CHARS].split(maxsplit=2)[:2]):
            continue
        if info.label == "BODY" and info.index not in tail:
            continue
        bm = _introduced_name(info.text, lex)
        if bm is None:
            continue
        if info.label == "BODY":
            above = nonblank_before(infos, info.index, 1)
            if not above or above[0].kind not in ("short", "cue", "title") or above[0].terminal:
                continue  # a paragraph of the text (a quote, an interview), not a box's
        if info.label == "COMMENTS":
            above = nonblank_before(infos, info.index, 1)
            if above and (above[0].byline is not None or above[0].date is not None):
                continue  # a comment's text under its author or date: a reader, not the writer
        found.setdefault(bm.authors[0], bm)
        if len(found) > 1:
            return  # several people introduce themselves: a team page, a thread
    if found:
        bm = next(iter(found.values()))
        if " " not in bm.authors[0] and _capitalises_nouns(infos, layout):
            return  # "Hallo, ich bin Lehrerin.": one capital says nothing where nouns have one
        if _plausible_byline(bm, infos, layout):
            layout.byline_match = bm
