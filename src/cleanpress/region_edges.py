"""The run's ends: extensions over what belongs to the text (a salutation, a list of facts, an
announced or marked list, a headed block) and trims of what closes it but is not the article
(an author box, a closing question or appeal, a site note, a rubric grid, a list of teasers)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .features import LineInfo
from .headline import nonblank_before
from .layout import _LIST_HEADS, _PROSE, META_IN_RUN
from .lexicon import Lexicon
from .meta_lines import _WORD, NAME_WORD_MIN_CHARS, _next_nonblank

# A salutation opening a letter or a post ("Dear readers,", "Liebe Leserinnen und Leser,"):
# a short line ending in a comma, right above a first line that goes on in lower case.
SALUTATION_MAX_WORDS = 6


def _take_salutation(infos: list[LineInfo], first: int) -> int:
    k = first - 1
    while k >= 0 and infos[k].blank:
        k -= 1
    if k < 0 or first - k > 2:
        return first
    above, text = infos[k], infos[first].text.lstrip()
    if not text[:1].islower() or not above.text.rstrip().endswith(","):
        return first
    if above.n_words > SALUTATION_MAX_WORDS or above.cue is not None or above.date is not None or above.byline is not None:
        return first
    return k if above.text[:1].isupper() else first


# An author box closing the run: a name line, then a sentence about that person
# ("Jane Doe", "Jane Doe is a reporter covering ...", "Jane has covered ..."), perhaps
# under a heading ("About the author") and over a short role line ("Contributing
# Writer"), with at most AUTHOR_TAIL_AFTER lines after the sentence. Co-authors'
# boxes follow each other: each is cut in turn, up to AUTHOR_TAIL_BOXES.
AUTHOR_TAIL_LINES = 5
AUTHOR_TAIL_AFTER = 1
AUTHOR_TAIL_MIN_RUN = 3  # lines of text that must stay above the box
AUTHOR_TAIL_HEAD_WORDS = 5
AUTHOR_TAIL_ROLE_LINES = 1  # short lines between the name and the sentence
AUTHOR_TAIL_LEAD_WORDS = 8  # the sentence names the person within this many words
AUTHOR_TAIL_BOXES = 3


def _name_words(info: LineInfo) -> list[str]:
    """The words of a bare one-person name line, as written (none for other lines)."""
    bm = info.byline
    if bm is None or bm.labelled or len(bm.authors) != 1 or info.n_words > 4:
        return []
    return [w for w in _WORD.findall(bm.authors[0]) if len(w) >= NAME_WORD_MIN_CHARS]


def _names(info: LineInfo, name: list[str]) -> bool:
    """Does the sentence speak of the person within its first words, as the name line writes
    a word of the name? A heading "Web Standards" over "Web standards are ..." is no person:
    the sentence writes another word of the name in lowercase."""
    if not name or info.kind not in _PROSE:
        return False
    lead = _WORD.findall(" ".join(info.text.split()[:AUTHOR_TAIL_LEAD_WORDS]))
    if not any(w in lead for w in name):
        return False
    lower = [w for w in lead if w[:1].islower()]
    return not any(w.startswith(n.casefold()) for n in name for w in lower)


def _trim_author_tail(infos: list[LineInfo], first: int, last: int) -> int:
    for _ in range(AUTHOR_TAIL_BOXES):
        cut = _author_box_tail(infos, first, last)
        if cut is None:
            break
        last = cut
    # No name line: the run's last line is a sentence about the page's byline name
    # ("Jane Doe is a reporter covering ...").
    lines = [i for i in infos[first : last + 1] if not i.blank]
    if len(lines) > AUTHOR_TAIL_MIN_RUN:
        tail = lines[-1]
        m = _BIO_LEAD.match(tail.text)
        if m is not None and tail.kind in _PROSE and _byline_above(infos, first, m.group(1).split()[-1]):
            return lines[-2].index
    return last


def _author_box_tail(infos: list[LineInfo], first: int, last: int) -> int | None:
    """Where the run ends without the author box closing it; None when there is none."""
    lines = [i for i in infos[first : last + 1] if not i.blank]
    n = len(lines)
    for k in range(max(AUTHOR_TAIL_MIN_RUN, n - AUTHOR_TAIL_LINES), n - 1):
        name = _name_words(lines[k])
        if not name:
            continue
        # The sentence, perhaps under a role line or two ("Contributing Writer").
        s = k + 1
        while s < n - 1 and s - k <= AUTHOR_TAIL_ROLE_LINES and lines[s].kind in ("short", "title", "name") and lines[s].n_words <= 3:
            s += 1
        if n - (s + 1) > AUTHOR_TAIL_AFTER or not _names(lines[s], name):
            continue
        if k >= 2 and _names(lines[k - 1], _name_words(lines[k - 2])):
            return None  # one person after another: a team page, the boxes are its text
        cut = k
        head = lines[k - 1]
        if head.kind in ("title", "short") and head.n_words <= AUTHOR_TAIL_HEAD_WORDS and k - 1 >= AUTHOR_TAIL_MIN_RUN:
            cut = k - 1  # "About the author" over the name
        return lines[cut - 1].index
    return None


# A bio's lead: a capitalised name of two or three words, then "is" in a few languages.
_BIO_LEAD = regex.compile(r"^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2}) (?:is|ist|est|es|è|jest|är|er|was) ")
BIO_BYLINE_REACH = 60


def _byline_above(infos: list[LineInfo], first: int, surname: str) -> bool:
    for info in infos[max(0, first - BIO_BYLINE_REACH) : first + META_IN_RUN + 1]:
        if info.byline is not None and any(surname in a.split() for a in info.byline.authors):
            return True
    return False


# "Farbe: grün", "Lieferbar: 12 ml, 125 ml": a block of short label-and-value lines right
# under the text is a fact box of the article (a product's data, an event's details).
FACTS_MIN_LINES = 2
FACTS_LABEL_MAX_WORDS = 3
FACTS_LINE_MAX_WORDS = 20
_FACT = regex.compile(r"^[^:\d]{2,30}:\s+\S")


def _is_fact(info: LineInfo) -> bool:
    if info.cue is not None or info.label_kind is not None or info.date is not None or info.byline is not None:
        return False
    if info.n_words > FACTS_LINE_MAX_WORDS or info.counter is not None or info.copyright:
        return False
    m = _FACT.match(info.text)
    return m is not None and len(info.text[: m.end()].split(":")[0].split()) <= FACTS_LABEL_MAX_WORDS


def _extend_over_facts(infos: list[LineInfo], last: int) -> int:
    k, end, facts = last + 1, last, 0
    label = False  # the line above was a bare label ("Pros:"): this one is its value
    while k < len(infos):
        info = infos[k]
        if not info.blank:
            if label and _is_value(info):
                label = False
            elif _is_fact(info):
                facts += 1
            elif _is_bare_label(info):
                label = True
                facts += 1
            else:
                break
            if not label:
                end = k
        k += 1
    return end if facts >= FACTS_MIN_LINES else last


# "Pros:" over its value on the next line ("Light, cheap, quiet"): a fact of the box in two lines.
BARE_LABEL_MAX_WORDS = 4
_BARE_LABEL = regex.compile(r"^[^:\d]{2,30}:$")


def _is_bare_label(info: LineInfo) -> bool:
    if info.cue is not None or info.label_kind is not None or info.date is not None or info.byline is not None:
        return False
    text = info.text.strip()
    return len(text.split()) <= BARE_LABEL_MAX_WORDS and _BARE_LABEL.match(text) is not None


def _plain(info: LineInfo) -> bool:
    """No cue, date, byline, counter, copyright sign or commenter's name: a line that may be
    an item or a value of a box the text owns."""
    return (
        info.cue is None
        and info.date is None
        and info.byline is None
        and info.counter is None
        and not info.copyright
        and not info.comment_author
    )


def _is_value(info: LineInfo) -> bool:
    return _plain(info) and info.n_words <= FACTS_LINE_MAX_WORDS and not _is_bare_label(info)


# A list the text announces: the text's last line, or the line right under it, is a sentence
# of ANNOUNCE_MIN_WORDS words or more that ends with a colon ("The answer is short:", "You will need these:"), and the lines
# under it are its items (code, verse, steps): up to ANNOUNCED_MAX_ITEMS lines with no cue,
# date, byline, copyright sign or question to the reader. The items end at the first
# other line, where a blank line follows items that stood together, and where a quote opened
# by the first item closes.
ANNOUNCE_MIN_WORDS = 4
ANNOUNCE_UNDER_MIN_WORDS = 6  # under the text, a short label ("This topic on air:") heads a box
ANNOUNCED_MAX_ITEMS = 20
_ITEM_LINE_KINDS = frozenset({"title", "short", "neargood", "good", "bad", "name"})


def _is_list_line(info: LineInfo) -> bool:
    return (
        info.kind in _ITEM_LINE_KINDS
        and _plain(info)
        and not (info.n_you and info.text.rstrip().endswith("?"))  # "Would you like our posts?": an appeal
    )


# An item of a list the text announces may be a short heading that reads as a menu word
# ("Contact Management", at most ANNOUNCED_MENU_WORDS words) or as a bare name ("Customer
# Support"): the colon above says what follows is the text's.
ANNOUNCED_MENU_WORDS = 3


def _is_announced_item(info: LineInfo) -> bool:
    if _is_list_line(info):
        return True
    if info.kind not in _ITEM_LINE_KINDS or info.date is not None or info.counter is not None or info.copyright or info.comment_author:
        return False
    if info.cue is not None and (info.cue != "nav" or info.n_words > ANNOUNCED_MENU_WORDS):
        return False
    if info.byline is not None and info.byline.labelled:
        return False
    return not (info.n_you and info.text.rstrip().endswith("?"))


_MARKER_LEAD = regex.compile(r"^(?:[-–—•·*▪►●■]|\d{1,2}[.)])\s+")
_OPEN_QUOTES = "\"„“«‘'"
_CLOSE_QUOTES = "\"“”»’'"


def _announces(info: LineInfo) -> bool:
    """A sentence ending in a colon; a short label ("About the author:", "Pages:") heads a box."""
    if info.n_words < ANNOUNCE_MIN_WORDS or info.cue is not None or info.kind not in _ITEM_LINE_KINDS:
        return False
    return info.text.rstrip().endswith(":")


def _extend_over_announced_list(infos: list[LineInfo], last: int) -> int:
    k = last + 1
    if not _announces(infos[last]):
        nxt = _next_nonblank(infos, last)
        if nxt is None:
            return last
        under = infos[nxt]
        if under.n_words < ANNOUNCE_UNDER_MIN_WORDS or not _announces(under) or not _is_list_line(under):
            return last
        k = nxt + 1
    end, items, blank_seen, together = k - 1, 0, False, False
    quoted: bool | None = None  # does the first item open a quote?
    while k < len(infos) and items < ANNOUNCED_MAX_ITEMS:
        info = infos[k]
        k += 1
        if info.blank:
            blank_seen = True
            continue
        if not _is_announced_item(info) or (blank_seen and together):
            break
        together = together or (items > 0 and not blank_seen)
        blank_seen = False
        items += 1
        end = info.index
        if quoted is None:
            quoted = _MARKER_LEAD.sub("", info.text, count=1)[:1] in _OPEN_QUOTES
        if quoted and info.text.rstrip()[-1:] in _CLOSE_QUOTES:
            break  # a quoted verse ends where its quote closes
    return end if items else last


# A subheading right under the text over a fact box or a list it announces ("How to choose
# a CRM" over "Motion: inbound vs. field", "Core Features" over "Here are the features:"):
# the section goes on; the heading is a title of at most HEADED_BLOCK_MAX_WORDS words.
HEADED_BLOCK_MAX_WORDS = 8


def _extend_over_headed_block(infos: list[LineInfo], last: int) -> int:
    head = _next_nonblank(infos, last)
    if head is None or infos[last].kind not in _PROSE:
        return last
    info = infos[head]
    if info.kind not in ("title", "short", "name") or info.n_words > HEADED_BLOCK_MAX_WORDS or not _is_list_line(info):
        return last
    if _ends_sentence(info) or info.text.rstrip().endswith(":"):
        return last
    end = _extend_over_facts(infos, head)
    if end == head:
        end = _extend_over_announced_list(infos, head)
    return last if end == head else end


# A quotation the text goes on with: under the text's last paragraph, perhaps under a subheading
# of up to HEADED_BLOCK_MAX_WORDS words, a line opens a quote it does not close ("„The first
# line of a verse", a statement set line by line); its lines, up to ANNOUNCED_MAX_ITEMS, run to
# the line that closes the quote, or to the end of the page. A quote left open over anything
# else is no quotation of the text's.
_QUOTE_PAIRS = {"„": "“”", "“": "”“", "«": "»", '"': '"'}


def _extend_over_open_quote(infos: list[LineInfo], last: int) -> int:
    if infos[last].kind not in _PROSE:
        return last
    k = _next_nonblank(infos, last)
    if k is None:
        return last
    head = infos[k]
    if head.text.lstrip()[:1] not in _QUOTE_PAIRS:
        if head.kind not in ("title", "short", "name") or head.n_words > HEADED_BLOCK_MAX_WORDS or not _is_list_line(head):
            return last
        if _ends_sentence(head) or head.text.rstrip().endswith(":"):
            return last
        k = _next_nonblank(infos, k)
        if k is None:
            return last
    text = infos[k].text.lstrip()
    closers = _QUOTE_PAIRS.get(text[:1])
    if closers is None or any(c in text[1:] for c in closers):
        return last  # no quote, or one that closes on its own line (a quoted title)
    items, end = 0, last
    for info in _lines_from(infos, k):
        if info.blank:
            continue
        if items >= ANNOUNCED_MAX_ITEMS or not _is_list_line(info):
            return last
        items += 1
        end = info.index
        if items > 1 and any(c in info.text for c in closers):
            return end
    return end  # the page ends inside the quote


# An embedded post the text quotes closes with its credit line: a dash, the author's name, the
# handle in brackets and the date ("— Jane Doe (@janedoe) March 3, 2020"). Under the text's
# last line it is the quotation's own line, not what follows the article (inside the run the
# scan keeps it; at the run's end, with nothing after it, its negative score leaves it out).
_EMBED_CREDIT = regex.compile(r"^[—–―-] ?[^()\n]{1,80}\(@\w{1,30}\) ?[^()\n]{0,40}\d[^()\n]{0,10}$")
_CREDIT_DASHES = frozenset("—–―-")


def _embed_credit(info: LineInfo) -> bool:
    text = info.text.strip()
    return text[:1] in _CREDIT_DASHES and "(@" in text and _EMBED_CREDIT.match(text) is not None


def _extend_over_embed_credit(infos: list[LineInfo], last: int) -> int:
    k = _next_nonblank(infos, last)
    return k if k is not None and _embed_credit(infos[k]) else last


# A list the text has begun goes on under it: when the run's last two lines open with the
# same marker ("- ", "• ", "? " where a renderer lost the bullet), the lines under them that
# open with it too are more of its items (short ones end the run's sum early), and so is
# one line going on in lower case under an item (its second half).
_ITEM_MARK = regex.compile(r"^(?:[^\w\s\"„“«‘'(\[]{1,2})\s")


def _item_mark(info: LineInfo) -> str | None:
    m = _ITEM_MARK.match(info.text)
    return m.group() if m else None


def _extend_over_marked_items(infos: list[LineInfo], last: int) -> int:
    mark = _item_mark(infos[last])
    if mark is None:
        return last
    above = nonblank_before(infos, last, 1)
    if not above or _item_mark(above[0]) != mark:
        return last
    end, items, broken = last, 0, True  # broken: the item above has its second half already
    for info in _lines_from(infos, last + 1):
        if info.blank:
            continue
        if items >= ANNOUNCED_MAX_ITEMS or not _is_list_line(info):
            break
        if _item_mark(info) == mark:
            items, broken = items + 1, False
        elif broken or not info.text[:1].islower():
            break
        else:
            broken = True
        end = info.index
    return end


# The last lines of a run that speak to the reader ("Gefällt dir unser Magazin?",
# "Sie wollen mehr von uns?", "Submit your letter to the editor") are an appeal, not the article.
ADDRESS_TAIL_LINES = 2
ADDRESS_TAIL_SHARE = 0.15
# ... but a paragraph saying "you" (a sentence), closed by one of the text's own (this many
# words, none of them addressing the reader) uses the generic "you" ("how you sell"): it stays.
ADDRESS_TAIL_OWN_WORDS = 12


def _trim_address_tail(infos: list[LineInfo], first: int, last: int, lex: Lexicon) -> int:
    cut = last
    tail = _tail_lines(infos, first, last, ADDRESS_TAIL_LINES)  # last line first
    if len(tail) == 2 and _own_close(tail[0]) and tail[1].kind == "good":
        return last
    for info in tail:
        if info.n_you and info.n_you >= ADDRESS_TAIL_SHARE * info.n_words and not _signs_off(info, lex):
            cut = info.index - 1
    return _last_nonblank(infos, first, cut)


def _signs_off(info: LineInfo, lex: Lexicon) -> bool:
    """A statement that opens on the writer in the first person singular ("Ich hoffe, euch
    gefällt der Relaunch.", "I hope you enjoy it!"): the author's sign-off, not the site's
    appeal ("Gefällt dir unser Magazin?", "We can help you", "If you liked it, buy me a coffee")."""
    if not lex.first_person or info.text.rstrip().endswith("?"):
        return False
    m = _WORD.search(info.text[:SIGN_OFF_LEAD_CHARS].casefold())
    return m is not None and m.group() in lex.first_person


SIGN_OFF_LEAD_CHARS = 40


# The run's last line opening on a short question is the page asking the reader ("Was this
# article helpful?", "Enjoyed this story? Support our journalism ...", "Hat Ihnen dieser Artikel
# gefallen? ..."): an article ends on its own sentence. At most QUESTION_TAIL_WORDS words in the
# question, no quote in it; QUESTION_TAIL_MIN_RUN lines of text stay above it.
QUESTION_TAIL_WORDS = 6
QUESTION_TAIL_MIN_RUN = 3
QUESTION_TAIL_MAX_WORDS = 50  # a closing appeal is short; a long paragraph is the text's own
QUESTION_TAIL_STEPS = 3
QUESTION_TAIL_UNDER = 2
_OPENING_QUESTION = regex.compile(r"[^.!?;:\"“”«»„]{2,80}[?？]")


def _own_close(info: LineInfo) -> bool:
    return info.kind == "good" and not info.n_you and info.n_words >= ADDRESS_TAIL_OWN_WORDS


def _trim_question_tail(infos: list[LineInfo], first: int, last: int) -> int:
    """Cut appeals closing the run, one after the other (QUESTION_TAIL_STEPS at most): a line
    opening on a short question (two words or more), with the lines under it (QUESTION_TAIL_UNDER
    at most) and the question itself each speaking to the reader ("Gefällt dir unser Magazin? ..." / "... brauchen wir deine Hilfe.")."""
    cut = last
    for _ in range(QUESTION_TAIL_STEPS):
        head = None
        for k, info in enumerate(_tail_lines(infos, first, cut, QUESTION_TAIL_UNDER + 1)):  # the last line first
            if _appeal_question(info) and (k == 0 or info.n_you):
                head = info  # over other lines, the question speaks to the reader too (an FAQ's does not)
                break
            if not info.n_you:
                break
        if head is None or not _lines_above(infos, first, head.index, QUESTION_TAIL_MIN_RUN):
            break
        cut = _last_nonblank(infos, first, head.index - 1)
    return last if cut == last else _drop_bare_heading(infos, first, cut)


def _appeal_question(info: LineInfo) -> bool:
    m = _OPENING_QUESTION.match(info.text)
    return m is not None and 2 <= len(m.group().split()) <= QUESTION_TAIL_WORDS and info.n_words <= QUESTION_TAIL_MAX_WORDS


def _tail_lines(infos: list[LineInfo], first: int, last: int, n: int) -> list[LineInfo]:
    """The last ``n`` non-blank lines of the run ending at ``last``, the last one first."""
    out: list[LineInfo] = []
    k = last
    while k > first and len(out) < n:
        if not infos[k].blank:
            out.append(infos[k])
        k -= 1
    return out


# A profile box closing the run under a heading that names a person: "About Jane" or "Über Jane
# Doe" (a preposition of "about" and one to three capitalised words, perhaps a post count: "About
# Jane 1009 posts"), with at most ABOUT_PERSON_LINES lines under it, at most one of them a paragraph,
# and the box confirmed: a post count in the heading, the name among the first words of the line
# under it ("I'm Jane, a ..."), or the name again on the first line after the run ("View all posts
# by Jane Doe"). The box and its heading go; QUESTION_TAIL_MIN_RUN lines of text stay above. A
# profile's name line ("Jane, 27, hiker") heads such a box as well.
ABOUT_PERSON_LINES = 2
_ABOUT_PERSON = regex.compile(
    r"^(?:About|Über|Sobre) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?P<count> \d[\d.,]* \p{L}+)?$"
)

# A profile's name line: a given name (perhaps a surname), a two-digit age and a word or two of
# role, between commas ("Jane, 27, hiker and writer"), with no sentence end.
NAME_AGE_MAX_WORDS = 6
_NAME_AGE = regex.compile(r"^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?, \d\d, [^.!?]+$")


def _profile_box(infos: list[LineInfo], first: int, last: int) -> bool:
    """Is the run from ``first`` to ``last`` a profile box alone: at most ABOUT_PERSON_LINES lines
    right under a heading naming a person ("Über Jane Doe"), the name in the first line under the
    box ("View all posts by Jane Doe")? Such a run, however long its paragraph, is no article."""
    if last - first > 4 * ABOUT_PERSON_LINES:  # a long run is no box (a few blank lines may part its lines)
        return False
    lines = [i for i in infos[first : last + 1] if not i.blank]  # a slice: islice would walk from line 0
    if not lines or len(lines) > ABOUT_PERSON_LINES:
        return False
    above = _last_nonblank(infos, 0, first - 1)
    if above >= first or infos[above].blank:
        return False
    m = _ABOUT_PERSON.match(infos[above].text.strip())
    after = _next_nonblank(infos, last)
    return m is not None and after is not None and m.group(1) in infos[after].text


def _trim_about_person_tail(infos: list[LineInfo], first: int, last: int) -> int:
    tail = _tail_lines(infos, first, last, ABOUT_PERSON_LINES + 1)  # the last line first
    for k in range(1, len(tail)):
        head = tail[k]
        if sum(1 for i in tail[:k] if i.kind in _PROSE) > 1:
            continue
        if head.n_words <= NAME_AGE_MAX_WORDS and _NAME_AGE.match(head.text.strip()) and _lines_above(infos, first, head.index, QUESTION_TAIL_MIN_RUN):
            return _last_nonblank(infos, first, head.index - 1)  # "Jane, 27, hiker" over her bio
        m = _ABOUT_PERSON.match(head.text.strip())
        if m is None:
            continue
        name = m.group(1).split()
        under = tail[k - 1]
        after = _next_nonblank(infos, last)
        confirmed = (
            m.group("count") is not None
            or any(w in name for w in _WORD.findall(" ".join(under.text.split()[:AUTHOR_TAIL_LEAD_WORDS])))
            or (after is not None and " ".join(name) in infos[after].text)
        )
        if confirmed and _lines_above(infos, first, head.index, QUESTION_TAIL_MIN_RUN):
            return _last_nonblank(infos, first, head.index - 1)
    return last


# The run's last line presenting a person or an outfit by name ("Jane Doe is a reporter who ...",
# "Example Media is an independent publisher ...", "Example Co., LLC is a registered adviser"):
# an author bio or an "about us" box under the text. A full name ("Jane Doe is a ...") is left
# to _trim_author_tail, which cuts it when the byline names that person. At most ABOUT_TAIL_MAX_WORDS words, a subject
# whose words the text never writes in lowercase, and QUESTION_TAIL_MIN_RUN lines of text above it.
ABOUT_TAIL_MAX_WORDS = 80
_FULL_NAME_WORD = regex.compile(r"\p{Lu}\p{Ll}+")


def _lines_above(infos: list[LineInfo], first: int, index: int, n: int) -> bool:
    """Whether ``n`` non-blank lines of the run stand above ``index`` (counted up from it, never the whole run)."""
    return len(_tail_lines(infos, first - 1, index - 1, n)) >= n


def _trim_about_tail(infos: list[LineInfo], first: int, last: int, lex: Lexicon) -> int:
    info = infos[last]
    if info.kind != "good" or info.n_words > ABOUT_TAIL_MAX_WORDS:
        return last
    m = lex.about_pattern.match(info.text)
    if m is None or not _lines_above(infos, first, last, QUESTION_TAIL_MIN_RUN):
        return last
    # A name, not a common noun opening a sentence ("Water is a resource ..."): the page never
    # writes its words in lowercase.
    named = _WORD.findall(m.group())[:-2]
    if 2 <= len(named) <= 3 and all(_FULL_NAME_WORD.fullmatch(w) for w in named) and not any(w.casefold() in lex.stopwords for w in named):
        return last  # a person's full name may be someone of the story (cut by _trim_author_tail when bylined)
    subject = {w.casefold() for w in named} - lex.stopwords  # "The Example Press"
    if subject & {w.casefold() for i in infos[first:last] if i.kind in _PROSE for w in _WORD.findall(i.text) if w.islower()}:
        return last
    return _end_above(infos, first, last)


# The site's own pitch closing the run: a text that seldom says "we" ends in paragraphs that each
# do and that speak to the reader too ("At Example, we make ... wherever you are", "Our platform
# guides you ..."), perhaps under a heading and with short lines between them (a feature's name,
# "Here's why people choose us:"): the outfit's "about us" or sales box, not the article. At most
# VOICE_TAIL_LINES lines; at most VOICE_ABOVE_SHARE of the VOICE_ABOVE_LINES paragraphs above the box
# say "we"; QUESTION_TAIL_MIN_RUN lines of text stay above; a paragraph names something inside a
# sentence (the outfit, its place). A quoted paragraph is a speaker the text cites. The box and its
# heading go.
VOICE_TAIL_LINES = 10
VOICE_TAIL_SECTIONS = 2
VOICE_TAIL_SHORT_WORDS = 12
VOICE_TAIL_MAX_WORDS = 120
VOICE_ABOVE_LINES = 30
VOICE_ABOVE_SHARE = 0.2
VOICE_SAMPLE_CHARS = 2000


def _we_word(w: str, we: frozenset[str]) -> bool:
    """Is the word a first-person plural pronoun as written ("we", "Our"; never "US")?"""
    return w in we or (w[:1].isupper() and w[1:].islower() and w.casefold() in we)


def _says_we(info: LineInfo, we: frozenset[str]) -> bool:
    """Does the line use a first-person plural pronoun?"""
    return any(_we_word(w, we) for w in _WORD.findall(info.text[:VOICE_SAMPLE_CHARS]))


_QUOTE_MARK = regex.compile(r"[\"“”«»„]")
# A capitalised word inside a sentence (after a small letter or a comma): a pitch names its outfit
# or its place ("At Example Builders, we ...", "... agencies in North America, we ...").
_MID_NAME = regex.compile(r"(?<=[\p{Ll},] )\p{Lu}\p{Ll}")


def _trim_voice_tail(infos: list[LineInfo], first: int, last: int, lex: Lexicon) -> int:
    we = lex.first_plural
    if not we or not lex.second_person:
        return last
    start: int | None = None
    you = False
    heads = pitches = 0
    under_pitch = False
    for info in _tail_lines(infos, first, last, VOICE_TAIL_LINES):  # the last line first
        if info.kind in _PROSE and info.n_words <= VOICE_TAIL_MAX_WORDS:
            if not _says_we(info, we) or _QUOTE_MARK.search(info.text[:VOICE_SAMPLE_CHARS]):
                break  # a quoted "we" is a speaker the article cites, not the site's pitch
            start, you, pitches, under_pitch = info.index, you or info.n_you > 0, pitches + 1, True
        elif info.kind not in ("title", "short", "name") or info.n_words > VOICE_TAIL_SHORT_WORDS:
            break
        else:
            heads += under_pitch  # a section's heading right over its paragraph
            under_pitch = False
    if start is None or not you or heads < VOICE_TAIL_SECTIONS or pitches < VOICE_TAIL_SECTIONS:
        return last
    if not any(info.kind in _PROSE and _MID_NAME.search(info.text[:VOICE_SAMPLE_CHARS]) for info in infos[start : last + 1]):
        return last  # the outfit never names itself: the text's own advice ("We recommend that you ...")
    if not _lines_above(infos, first, start, QUESTION_TAIL_MIN_RUN):
        return last
    above = [i for i in _tail_lines(infos, first - 1, start - 1, VOICE_ABOVE_LINES) if i.kind in _PROSE]
    if not above or sum(1 for i in above if _says_we(i, we)) > VOICE_ABOVE_SHARE * len(above):
        return last
    return _end_above(infos, first, start)


# A call to action closing the run: its last line, a short paragraph that speaks to the reader,
# holds a phrase of the ad or sign-up cues (CTA_TAIL_PHRASE_WORDS words or more) that opens on an
# action word, after its opening words ("To get started, request a quote here and our team will
# get back to you.", "Join today and sign up for our newsletter to ..."): the site's appeal, not a
# sentence of the article.
# So is such a paragraph opening on a question under a menu word standing as its heading
# ("Contact" / "Have a question about the programs in your area? Find your local office ..."): a
# contact box, heading and all. At most CTA_TAIL_MAX_WORDS words; QUESTION_TAIL_MIN_RUN lines of
# text stay above.
CTA_TAIL_MAX_WORDS = 45
CTA_TAIL_PHRASE_WORDS = 3
CTA_HEAD_MAX_WORDS = 3
CTA_BEFORE_CHARS = 20
_CTA_CUES = frozenset({"ad", "subscribe"})


def _holds_cta(info: LineInfo, lex: Lexicon) -> bool:
    cf = info.text.casefold()
    for m in _WORD.finditer(cf):
        key = m.group()
        if key not in lex.cues.first_words:
            continue
        hit = lex.cues.match(cf[m.start() :], key)
        if hit is not None and hit[1] in _CTA_CUES and len(hit[0].split()) >= CTA_TAIL_PHRASE_WORDS and _urges(hit[0], lex):
            before = cf[max(0, m.start() - CTA_BEFORE_CHARS) : m.start()].split()
            if before and (before[-1] in lex.second_person or before[-1] in lex.first_plural):
                continue  # "that you request a quote": a clause the text advises with, no imperative
            return True  # "request a quote", "sign up for": a cue opening on an action word
    return False


# The site's own hand in a call to action: a "we" word ("sign up for our newsletter") or "here"
# ("request a quote here"). Without either, and with the cue after a pronoun ("We recommend that
# you request a quote from three firms"), the paragraph is the text's own advice and stays.
_CTA_HERE = regex.compile(r"(?<!\w)(?:here|hier|здесь|тут)(?!\w)", regex.IGNORECASE)


def _menu_heading(info: LineInfo) -> bool:
    """A menu word standing as a heading ("Contact", "Support"): a short line the cues read as navigation."""
    return info.cue == "nav" and info.kind in ("short", "title") and info.n_words <= CTA_HEAD_MAX_WORDS


def _trim_cta_tail(infos: list[LineInfo], first: int, last: int, lex: Lexicon) -> int:
    info = infos[last]
    if info.kind not in _PROSE or not info.n_you or info.n_words > CTA_TAIL_MAX_WORDS:
        return last
    head = _tail_lines(infos, first, last, 2)
    if len(head) == 2 and _menu_heading(head[1]) and _OPENING_QUESTION.match(info.text):
        if _lines_above(infos, first, head[1].index, QUESTION_TAIL_MIN_RUN):
            return _last_nonblank(infos, first, head[1].index - 1)
    if not _holds_cta(info, lex) or not _lines_above(infos, first, last, QUESTION_TAIL_MIN_RUN):
        return last
    if not _says_we(info, lex.first_plural) and not _CTA_HERE.search(info.text):
        return last  # advice naming others ("request a quote from three firms") is the article's
    return _end_above(infos, first, last)


# The site's own notes closing the run: a line among its last SITE_TAIL_LINES that names the site
# itself ("Material on this website may not be copied ...", "By using this site you agree ...",
# "Visit our website ..."), that points to the site's accounts ("Follow us on X and Facebook
# @example"), a row of share buttons (three networks' names, no sentence); or a list heading
# ("More from us", "Related"), a tag line ("Topics: a, b") or an author box's heading ("About the
# author") with at most SITE_TAIL_LINES lines under it, no two of them paragraphs (a lone "about
# us" paragraph under a box that showed no links; a name and a role under the tags; a name and a
# bio under the heading). The notes and
# all under them go; QUESTION_TAIL_MIN_RUN lines of text stay above.
SITE_TAIL_LINES = 3
SITE_TAIL_MAX_WORDS = 80
SHARE_ROW_NETWORKS = 3
_SOCIAL_NETWORK = regex.compile(
    r"(?<!\w)(?:facebook|twitter|instagram|youtube|tiktok|linkedin|telegram|whatsapp|pinterest|threads|bluesky|mastodon|vk|вконтакте|одноклассниках)(?!\w)",
    regex.IGNORECASE,
)
_HANDLE = regex.compile(r"(?<![\w.@])@[A-Za-z_]\w{2,}(?![\w@.]*\.\w)")


def _site_note(info: LineInfo, lex: Lexicon) -> bool:
    if info.n_words > SITE_TAIL_MAX_WORDS:
        return False
    if info.kind not in ("good", "neargood", "title"):
        return False
    if lex.site_pattern.search(info.text):
        return True
    networks = {m.casefold() for m in _SOCIAL_NETWORK.findall(info.text)}
    if len(networks) >= SHARE_ROW_NETWORKS and info.kind == "title":
        return True  # "Share Facebook X WhatsApp Email": a row of buttons, not a sentence naming them
    return bool(networks) and _HANDLE.search(info.text) is not None


def _tail_heading(info: LineInfo, lex: Lexicon) -> bool:
    """A list heading ("More from us"), a tag line ("Themen: a, b, c") or the heading of an
    author box ("About the author", "Über die Autorin") inside the run."""
    if info.kind == "cue":
        return info.cue in _LIST_HEADS and info.n_words <= 6 or info.cue == "tags"
    return _about_author_heading(info, lex)


ABOUT_HEADING_MAX_WORDS = 4


def _about_author_heading(info: LineInfo, lex: Lexicon) -> bool:
    """A short heading made of function words and a byline word only: "About the author",
    "Über den Autor", "Sobre el autor", "Zur Autorin"."""
    if info.kind not in ("short", "title", "name") or info.n_words > ABOUT_HEADING_MAX_WORDS or _ends_sentence(info):
        return False
    words = [w.casefold() for w in _WORD.findall(info.text)]
    labels = 0
    for w in words:
        hit = lex.labels.match(w)
        if hit is not None and hit[0] == w and hit[1] == "byline_labels":
            labels += 1
        elif w not in lex.stopwords:
            return False
    return labels == 1 and len(words) >= 2


def _trim_site_tail(infos: list[LineInfo], first: int, last: int, lex: Lexicon) -> int:
    cut = None
    tail = _tail_lines(infos, first, last, SITE_TAIL_LINES + 1)  # the last line first
    for k, info in enumerate(tail):
        if _tail_heading(info, lex):
            # The text goes on past a box: two paragraphs under the heading are no box.
            note = sum(1 for i in tail[:k] if i.kind in _PROSE) < 2
        else:
            note = k < SITE_TAIL_LINES and _site_note(info, lex)
        if note and _lines_above(infos, first, info.index, QUESTION_TAIL_MIN_RUN):
            cut = info.index
    return last if cut is None else _end_above(infos, first, cut)


# A grid of teasers closing the run, each under the same rubric ("66 Likes" / "Wildlife" / a title /
# a summary, three times over): the same short line (letters, no digits) comes back at a fixed
# step (at most RUBRIC_GRID_MAX_STEP lines) RUBRIC_GRID_MIN_REPEATS times or more, the last time
# within one step of the run's end, and each block holds one paragraph (the summary). The grid goes from its first rubric, with the short lines above it that
# the next block repeats too (a counter); QUESTION_TAIL_MIN_RUN lines of text stay above.
RUBRIC_GRID_MIN_REPEATS = 3
RUBRIC_GRID_MAX_STEP = 5


def _trim_rubric_grid(infos: list[LineInfo], first: int, last: int) -> int:
    lines = [i for i in infos[first : last + 1] if not i.blank]
    n = len(lines)
    for j in range(n - 1, max(n - 1 - RUBRIC_GRID_MAX_STEP, 0), -1):
        rubric = lines[j]
        if rubric.kind != "short" or _ends_sentence(rubric) or any(c.isdigit() for c in rubric.text):
            continue  # "1-100" over each setting of a table is a value, not a rubric
        step = next((d for d in range(1, RUBRIC_GRID_MAX_STEP + 1) if j - d >= 0 and lines[j - d].text == rubric.text), 0)
        if step < 2:
            continue  # a line repeated right under itself is no grid
        p, count = j, 1
        while p - step >= 0 and lines[p - step].text == rubric.text:
            p, count = p - step, count + 1
        if count < RUBRIC_GRID_MIN_REPEATS:
            continue
        if any(sum(1 for i in lines[q : q + step] if i.kind in _PROSE) != 1 for q in range(p, j, step)):
            continue  # a teaser has one summary; the text's sections (a heading, a credit, paragraphs) run longer
        start = p
        while start > 0 and p - start < step - 1 and lines[start - 1].kind not in _PROSE and lines[start - 1].kind == lines[start - 1 + step].kind:
            start -= 1
        if start < QUESTION_TAIL_MIN_RUN:
            return last
        return lines[start - 1].index
    return last


# A sign-up box closing the run: a subscribe heading ("Support our journalism", "Get the
# newsletter": a subscribe cue of SIGNUP_TAIL_HEAD_WORDS words or fewer, no sentence) among its
# last SIGNUP_TAIL_LINES lines, with at most SIGNUP_TAIL_PROSE paragraphs under it (the pitch),
# ends it; QUESTION_TAIL_MIN_RUN lines of text stay above.
SIGNUP_TAIL_LINES = 6
SIGNUP_TAIL_HEAD_WORDS = 6
SIGNUP_TAIL_PROSE = 2


def _trim_signup_tail(infos: list[LineInfo], first: int, last: int) -> int:
    tail = _tail_lines(infos, first, last, SIGNUP_TAIL_LINES + 1)  # the last line first
    cut = None
    for k, info in enumerate(tail):
        if info.kind != "cue" or info.cue != "subscribe" or info.n_words > SIGNUP_TAIL_HEAD_WORDS or _ends_sentence(info):
            continue
        if sum(1 for i in tail[:k] if i.kind == "good") > SIGNUP_TAIL_PROSE:
            break
        if _lines_above(infos, first, info.index, QUESTION_TAIL_MIN_RUN):
            cut = info.index
    return last if cut is None else _end_above(infos, first, cut)


# A promo closing the run: its last line urges the reader on in a short exclamation that opens on
# an action word of the language ("... this free calendar keeps track of them. Never miss a date
# again!" in "Jetzt keine Termine mehr verpassen!", "Start your podcast. Free for 90 days!"): the
# exclamation is the line's last sentence (URGE_TAIL_SENTENCE_WORDS words or fewer) or the whole
# line (URGE_TAIL_LINE_WORDS words or fewer). An exclamation heading the promo
# ("Never miss a date!") goes with it; QUESTION_TAIL_MIN_RUN lines of text stay above.
URGE_TAIL_SENTENCE_WORDS = 6
URGE_TAIL_LINE_WORDS = 8
URGE_TAIL_MAX_WORDS = 60
URGE_TAIL_HEAD_WORDS = 6
_LAST_SENTENCE = regex.compile(r"(?:^|[.!?…]\s+)([^.!?…]+!)\s*$")


def _urges(text: str, lex: Lexicon) -> bool:
    words = [w.strip(_URGE_STRIP) for w in text.casefold().split()]
    return bool(words) and (words[0] in lex.action_words or " ".join(words[:2]) in lex.action_words)


_URGE_STRIP = "!?.,:;»«\"'“”„›>()[]"


def _trim_urge_tail(infos: list[LineInfo], first: int, last: int, lex: Lexicon) -> int:
    info = infos[last]
    if info.kind not in _PROSE or info.n_words > URGE_TAIL_MAX_WORDS or not lex.action_words:
        return last
    text = info.text.strip()
    m = _LAST_SENTENCE.search(text)
    if m is None:
        return last
    whole = info.n_words <= URGE_TAIL_LINE_WORDS and _urges(text, lex)
    if not whole and not (len(m.group(1).split()) <= URGE_TAIL_SENTENCE_WORDS and _urges(m.group(1), lex)):
        return last
    if not _lines_above(infos, first, last, QUESTION_TAIL_MIN_RUN):
        return last
    cut = _last_nonblank(infos, first, last - 1)
    head = infos[cut]
    if head.n_words <= URGE_TAIL_HEAD_WORDS and head.text.rstrip().endswith("!") and _lines_above(infos, first, cut, QUESTION_TAIL_MIN_RUN):
        cut = _last_nonblank(infos, first, cut - 1)
    return _drop_bare_heading(infos, first, cut)


# A site's copyright notice inside the run ("Copyright 2020 Example Service. All Rights Reserved.",
# "Copyright © 2007-2026 Example LLC"): a copyright cue line carrying a year closes the page; what
# the run took in under it (a footer's address, another page's text hidden in the markup) is no
# article. The notice is a sentence of COPYRIGHT_MIN_WORDS words or more closed by a full stop
# ("... All rights reserved."); a photo's credit between two paragraphs ("© 2023 Example Photo/Jane
# Doe", "Copyright 2019 Example Images") is no sentence and stays. COPYRIGHT_CUT_MIN_PARAS
# paragraphs must stand above, and the line under it is no paragraph (the footer's address, its
# menu, a maker's credit): a paragraph right under it goes on with the text ("© 2024 Jane Doe for
# Example Images. All rights reserved." under a photo).
COPYRIGHT_CUT_MIN_PARAS = 3
COPYRIGHT_MIN_WORDS = 6
COPYRIGHT_MAX_WORDS = 30
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _trim_copyright_inside(infos: list[LineInfo], first: int, last: int) -> int:
    paras = 0
    for info in infos[first : last + 1]:
        if info.kind == "good":
            paras += 1
        elif (
            info.kind == "cue"
            and info.cue == "copyright"
            and COPYRIGHT_MIN_WORDS <= info.n_words <= COPYRIGHT_MAX_WORDS
            and _ends_sentence(info)
            and paras >= COPYRIGHT_CUT_MIN_PARAS
            and _YEAR.search(info.text) is not None
        ):
            below = _next_nonblank(infos, info.index)
            if below is not None and below <= last and infos[below].kind == "good":
                continue  # the text goes on under it: a photo's credit in the form of a notice
            return _last_nonblank(infos, first, info.index - 1)
    return last


# A series of links closing the run: among its last SERIES_TAIL_LINES lines, SERIES_MIN_LINES short
# lines or more (SERIES_MIN_WORDS to SERIES_MAX_WORDS words) ending on the same
# SERIES_SUFFIX_WORDS words ("Example vs. Other: How Do They Compare?", "Best Laptops for
# Students 2024" ...), with no paragraph among or under them: titles of the site's other pages,
# not the article's subheadings (each heads a paragraph). The series and all under it go;
# QUESTION_TAIL_MIN_RUN lines of text stay above.
SERIES_TAIL_LINES = 8
SERIES_MIN_LINES = 3
SERIES_MIN_WORDS = 4
SERIES_MAX_WORDS = 12
SERIES_SUFFIX_WORDS = 3


def _trim_series_tail(infos: list[LineInfo], first: int, last: int) -> int:
    tail = _tail_lines(infos, first, last, SERIES_TAIL_LINES)  # the last line first
    seen: dict[tuple[str, ...], list[LineInfo]] = {}
    for info in tail:
        if info.kind == "good":
            break  # a paragraph: the series would stand above the text's end
        if info.kind in ("title", "neargood") and SERIES_MIN_WORDS <= info.n_words <= SERIES_MAX_WORDS:
            key = tuple(w.casefold() for w in _WORD.findall(info.text)[-SERIES_SUFFIX_WORDS:])
            seen.setdefault(key, []).append(info)
    series = [lines for lines in seen.values() if len(lines) >= SERIES_MIN_LINES]
    if not series:
        return last
    head = min(series[0], key=lambda i: i.index)
    if not _lines_above(infos, first, head.index, QUESTION_TAIL_MIN_RUN):
        return last
    return _end_above(infos, first, head.index)


def _end_above(infos: list[LineInfo], first: int, index: int) -> int:
    """Where the run ends when it is cut just above line ``index`` (a box's first line): the
    nearest non-blank line above, without a heading the cut left bare."""
    return _drop_bare_heading(infos, first, _last_nonblank(infos, first, index - 1))


def _drop_bare_heading(infos: list[LineInfo], first: int, last: int) -> int:
    """After a box is cut off the run, its heading ("About us", "Featured") is left with nothing
    under it: a heading line closing the run goes too."""
    if last > first and infos[last].kind in ("title", "short", "name") and not _ends_sentence(infos[last]):
        return _last_nonblank(infos, first, last - 1)
    return last


def _lines_from(infos: list[LineInfo], start: int) -> Iterator[LineInfo]:
    """The lines from ``start`` on, by index: ``islice(infos, start, None)`` would first walk
    past every line above ``start``, on each call, which grows with the page."""
    for k in range(start, len(infos)):
        yield infos[k]


def _last_nonblank(infos: list[LineInfo], first: int, index: int) -> int:
    """``index``, or the nearest non-blank line above it, stopping at ``first``: where a cut run ends."""
    while index > first and infos[index].blank:
        index -= 1
    return index
# Summaries (each alone between titles, dates, bylines) a teaser grid under such a heading shows at least.
LIST_TAIL_MIN_TEASERS = 3


# A numeric date opening a line ("01.01.2024 -", "2024-01-01 |"): how teasers in a list are dated.
_DATE_LEAD = regex.compile(r"(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?!\d)")


def _trim_list_tail(infos: list[LineInfo], first: int, last: int) -> int:
    """Cut the run at a list heading ("Most Popular", "Read more") when no paragraphs follow it.

    An article may go on after a box of links; then two paragraphs follow each
    other somewhere below the heading. Under a heading over a teaser grid, each
    summary stands alone between titles, dates and bylines.
    """
    cut: int | None = None
    prev_prose = dated = False
    others = teasers = 0
    for info in infos[first + 1 : last + 1]:
        if info.blank:
            continue
        if info.kind == "cue" and info.cue in _LIST_HEADS and info.n_words <= 6 and not _interrupts(info):
            if cut is None:
                cut, others, teasers, prev_prose, dated = info.index, 0, 0, False, False
            continue
        if cut is None:
            continue
        if info.kind in ("date", "byline"):
            dated = True
        elif info.cue == "ad" and not dated:
            continue  # an ad slot between two paragraphs does not part them (under teasers with dates, it may)
        prose = info.kind in _PROSE
        if prose and _DATE_LEAD.match(info.text):
            # "01.01.2024 - Rubric Title Summary ...": a teaser carrying its own date, not a paragraph.
            teasers += 1
            others += 1
            prev_prose = False
            continue
        if prose and prev_prose:
            cut = None  # the article goes on
            prev_prose = False
            continue
        prev_prose = prose
        if prose:
            teasers += 1
        else:
            others += 1
    if cut is None or teasers < LIST_TAIL_MIN_TEASERS or others < teasers:
        return last
    return _last_nonblank(infos, first, cut - 1)


def _ends_sentence(info: LineInfo) -> bool:
    return info.text.rstrip("»”\"')").endswith((".", "…", "!"))


def _labels_next(info: LineInfo) -> bool:
    """A short line ending in a colon ("Awards:", "Auszeichnungen:") labels what follows; a rubric has no colon."""
    return info.text.rstrip().endswith(":")


# Headed paragraphs that _trim_teaser_tail cuts off at most: a few teasers close a page.
TEASER_TAIL_MAX_STEPS = 3


def _trim_teaser_tail(infos: list[LineInfo], first: int, last: int) -> int:
    """Cut a rubric and its teaser off the end of the run: "ЖКХ" then "Сколько будет стоить ...?".

    An article ends on a sentence; a one-to-three-word line followed by a line
    that does not end one is a teaser that joined the run because it reads as prose.
    A few such teasers close a page; more than TEASER_TAIL_MAX_STEPS headed
    paragraphs in a row are the article's own sections (a list of quotes, each
    closing on the speaker's name), and nothing is cut.
    """
    end = last
    for _ in range(TEASER_TAIL_MAX_STEPS + 1):
        # The last three non-blank lines of the run, found walking back from its end.
        tail: list[LineInfo] = []
        k = last
        while k >= first and len(tail) < 3:
            if not infos[k].blank:
                tail.insert(0, infos[k])
            k -= 1
        if len(tail) < 3 or _ends_sentence(tail[-1]):
            return last
        if tail[-2].kind == "short" and not _labels_next(tail[-2]):
            last = tail[0].index
        elif _kicker_over_title(tail[0], tail[1]):
            # A kicker over the teaser's title: "Neues Konzept" / "Trains every half hour" / summary.
            last = _last_nonblank(infos, first, tail[0].index - 1)
        else:
            return last
    return end


TEASER_KICKER_MAX_WORDS = 3


def _kicker_over_title(kicker: LineInfo, title: LineInfo) -> bool:
    return (
        kicker.kind in ("short", "name")
        and kicker.n_words <= TEASER_KICKER_MAX_WORDS
        and not _labels_next(kicker)
        and not _ends_sentence(kicker)
        and title.kind == "title"
        and not _labels_next(title)
    )


def _interrupts(info: LineInfo) -> bool:
    """Cues that interrupt an article without ending it: "Advertisement", "Читайте также: <title>"."""
    if info.cue == "ad":
        return True
    head, sep, tail = info.text.partition(":")
    return info.cue == "related" and bool(sep) and len(tail.split()) >= 3


# A section the text repeats goes on under it: the line right under the run is a short
# label the run already holds twice or more ("Snacks:", "Pros", "Ingredients") and the
# lines under it follow the lines under its last copy in the run, up to a line that opens
# with the same "Label:" as the matching line there ("Cost per day: ..." closing each day of
# a plan): a section of the same template the run's sum cut off because its items are short.
REPEAT_LABEL_MAX_WORDS = 4
REPEAT_MIN_COPIES = 2
REPEAT_REACH = 120  # lines above the run's end searched for copies of the label
REPEAT_MAX_LINES = 12
_LABEL_LEAD = regex.compile(r"^([^:\d]{2,30}):")


def _label_lead(info: LineInfo) -> str | None:
    m = _LABEL_LEAD.match(info.text)
    return m.group(1).casefold() if m else None


def _extend_over_repeated_section(infos: list[LineInfo], first: int, last: int) -> int:
    head = _next_nonblank(infos, last)
    if head is None:
        return last
    info = infos[head]
    text = info.text.strip()
    if info.n_words > REPEAT_LABEL_MAX_WORDS or not _is_list_line(info) or info.kind in _PROSE:
        return last
    copies: list[int] = []
    for k in range(last, max(first, last - REPEAT_REACH) - 1, -1):
        if not infos[k].blank and infos[k].text.strip() == text:
            copies.append(k)
    if len(copies) < REPEAT_MIN_COPIES:
        return last
    template = [i for i in range(copies[0] + 1, last + 1) if not infos[i].blank]
    end, k, step = last, head + 1, 0
    while k < len(infos) and step < min(len(template), REPEAT_MAX_LINES):
        under = infos[k]
        k += 1
        if under.blank:
            continue
        model = infos[template[step]]
        step += 1
        if not _is_list_line(under) or model.text.strip() == text:
            break
        lead = _label_lead(under)
        if lead is not None and lead == _label_lead(model):
            end = under.index
    return end


# A list of sections the text ends in goes on under it: the run's last line is a short
# heading ("Mobile Access") under SECTION_MIN_ABOVE sections of the same shape (a heading
# over one to SECTION_MAX_SENTENCES short sentences, each on its line and ending in a full
# stop), or ends inside the second such section: the text stopped where its lines grew
# short;
# the sentences under it, and further sections of that shape, join it up to the first
# other line.
SECTION_HEAD_MAX_WORDS = 6
SECTION_MAX_SENTENCES = 4
SECTION_SENTENCE_MAX_WORDS = 20
SECTION_MAX_LINES = 30
SECTION_MIN_ABOVE = 2  # sections of that shape the run ends in, above its last heading
_SECTION_HEAD_KINDS = frozenset({"short", "name", "title"})
_SECTION_LINE_KINDS = frozenset({"good", "neargood", "bad"})


def _section_head(info: LineInfo) -> bool:
    return (
        info.kind in _SECTION_HEAD_KINDS
        and info.n_words <= SECTION_HEAD_MAX_WORDS
        and not _ends_sentence(info)
        and not info.text.rstrip().endswith((":", "?"))
        and (_is_list_line(info) or (info.kind == "name" and _is_announced_item(info)))  # "Mobile Access" reads as a name
    )


def _section_line(info: LineInfo) -> bool:
    return (
        info.kind in _SECTION_LINE_KINDS
        and info.n_words <= SECTION_SENTENCE_MAX_WORDS
        and info.text.rstrip().endswith(".")  # a statement, not a call ("Donate now!")
        and _is_list_line(info)
    )


def _extend_over_sections(infos: list[LineInfo], first: int, last: int) -> int:
    tail = 0  # sentences of the run's last section (0: the run ends on its heading)
    if not _section_head(infos[last]):
        if not _section_line(infos[last]):
            return last
        tail = 1
    sections, sentences = 0, tail
    for info in nonblank_before(infos, last, SECTION_MIN_ABOVE * (SECTION_MAX_SENTENCES + 1)):  # nearest first
        if info.index < first:
            break
        if _section_line(info):
            sentences += 1
        elif _section_head(info) and 1 <= sentences <= SECTION_MAX_SENTENCES:
            sections, sentences = sections + 1, 0
            if sections >= SECTION_MIN_ABOVE:
                break
        else:
            break
    if sections < SECTION_MIN_ABOVE:
        return last
    if tail:  # how many sentences the last section has so far
        tail = 0
        for info in [infos[last], *nonblank_before(infos, last, SECTION_MAX_SENTENCES)]:
            if not _section_line(info):
                break
            tail += 1
    end, run, lines = last, tail, 0  # run: sentences since the last heading
    for info in _lines_from(infos, last + 1):
        if info.blank:
            continue
        lines += 1
        if lines > SECTION_MAX_LINES:
            break
        if _section_line(info) and run < SECTION_MAX_SENTENCES:
            run += 1
            end = info.index
        elif _section_head(info) and run > 0:
            run = 0
        else:
            break
    return end


# The text's fact lines come again under it, record after record: the run ends in labelled
# lines ("Entry: 20 EUR", "Booking: by phone") and the lines under it repeat those labels
# (an event list, a price list: each record's "Date:", "Place:", "Entry:"). The records join
# the run while a line every RECORD_MAX_GAP lines carries a label seen before; the labels met
# between two such lines are learnt as the records' own, and at least RECORD_MIN_HITS of the
# text's labels must come again. The records end at the last line with a known label.
RECORD_TAIL_LINES = 4  # the run's last lines searched for its labels
RECORD_MIN_LABELS = 2
RECORD_MAX_GAP = 3
RECORD_MAX_LINES = 80
RECORD_MIN_HITS = 2  # distinct labels met again: teasers that each carry a "Photo:" line are no records
RECORD_DATE_WORDS = 4  # a bare date between records (a month heading) is one of their lines


def _record_line(info: LineInfo) -> bool:
    if info.copyright or info.comment_author or info.counter is not None or (info.byline is not None and info.byline.labelled):
        return False
    return _is_list_line(info) or _label_lead(info) is not None or (info.date is not None and info.n_words <= RECORD_DATE_WORDS)


def _extend_over_records(infos: list[LineInfo], first: int, last: int) -> int:
    tail = [i for i in [infos[last], *nonblank_before(infos, last, RECORD_TAIL_LINES - 1)] if i.index >= first]
    known = {lead for lead in (_label_lead(i) for i in tail) if lead is not None}
    if len(known) < RECORD_MIN_LABELS:
        return last
    own, end, gap, lines = frozenset(known), last, 0, 0
    met: set[str] = set()
    hit: set[str] = set()  # the text's own labels met again
    for info in _lines_from(infos, last + 1):
        if info.blank:
            continue
        lines += 1
        if lines > RECORD_MAX_LINES or not _record_line(info):
            break
        lead = _label_lead(info)
        if lead is not None and lead in known:
            end, gap = info.index, 0
            if lead in own:
                hit.add(lead)
            known |= met
            met = set()
            continue
        if lead is not None:
            met.add(lead)
        gap += 1
        if gap > RECORD_MAX_GAP:
            break
    return end if len(hit) >= RECORD_MIN_HITS else last
