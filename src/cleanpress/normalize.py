"""Stage 1: turn the input into lines that keep their offsets, and repair their text.

The split is on ``\\r\\n``, ``\\r`` and ``\\n`` only, so every other character
(form feed, U+2028, ...) stays inside its line and the separators are exactly
what lies between one line's ``end`` and the next line's ``start``: the input
can always be rebuilt from the offsets.

Repair is cheap by default. ftfy is only asked when a fast regex sees the
character pairs that UTF-8 read as a single-byte code page leaves behind
(``Ð¾``, ``Ñ\\x81``, ``РѕР``, ``â€``, ``ĂĽ``). ftfy then works out the transcoding
plan once, on a sample, and the plan is applied line by line, so a short line
like ``РќРѕСЏ`` is fixed as surely as a long one.
"""

from __future__ import annotations

import codecs
import re
from array import array
from bisect import bisect_right
from typing import Iterator

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-*" codecs)
import regex

__all__ = ["HTML_TAG", "LineOffsets", "clean_spaces", "coerce_text", "repair_lines", "split_lines", "table_cells", "table_rows"]

_NEWLINE = regex.compile(r"\r\n|\r|\n")

# UTF-8 read as cp1250 (Central European pages): the lead bytes C3, C4, C5 show as
# Ă, Ä, Ĺ, their second byte as one of cp1250's 0x80-0xBF characters ("fĂĽr", "Ĺ‚").
_CP1250_PAIR = (
    r"[ĂÄĹ][\u00A0\u00A4\u00A6-\u00A9\u00AB-\u00AE\u00B0\u00B1\u00B4-\u00B8\u00BB"
    r"\u0104\u0105\u013D\u013E\u0141\u0142\u015A\u015B\u015E\u015F\u0160\u0161\u0164\u0165"
    r"\u0179-\u017E\u02C7\u02D8\u02DB\u02DD\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030"
    r"\u2039\u203A\u20AC\u2122]"
)
_CP1250_HINT = regex.compile(_CP1250_PAIR)
# ftfy repairs a line that mixes mojibake and correct text for the cp1252 pairs, not the
# cp1250 ones: those lines get this plan run by run (see _apply_plan_by_runs).
_CP1250_PLAN = [("encode", "sloppy-windows-1250"), ("decode", "utf-8")]

# Pairs that appear when UTF-8 bytes are decoded as latin-1 / cp1252 (first
# class), as cp1251 (second class) or as cp1250 (last). Real text almost never has them.
_MOJIBAKE_HINT = regex.compile(
    r"[ÃÂÐÑâ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]"
    r"|[РС][\u0402-\u040F\u0452-\u045F\u0490\u0491\u00A0-\u00BF\u2013-\u203A\u20AC\u2122]"
    r"|вЂ[\u0080-\u00BF\u0400-\u045F\u2013-\u203A\u2122]"
    r"|ï»¿"
    r"|" + _CP1250_PAIR
)

# Code pages ftfy does not know: latin-6 (Nordic), latin-4 and latin-7 (Baltic), latin-9. UTF-8
# read through one of them leaves "Ã" or "Ă" before a character that no code page ftfy knows
# would give there ("schÃķn" for "schön" in latin-6): a page whose mojibake only such a code
# page explains, in EXTRA_CODEC_MIN_WORDS words or more of its first EXTRA_CODEC_SAMPLE_WORDS
# hinted words, is read back through it (then "GemÃžse", which cp1252 would make "GemÞse",
# is "Gemüse" too).
_EXTRA_CODECS = ("iso8859-10", "iso8859-4", "iso8859-13", "iso8859-15")
_KNOWN_CODECS = ("sloppy-windows-1252", "sloppy-windows-1250", "latin-1")
_EXTRA_LEAD = regex.compile(r"[ÃĂ][^\x00-\x7F]")
EXTRA_CODEC_MIN_WORDS = 2
EXTRA_CODEC_SAMPLE_WORDS = 500

_CYRILLIC = regex.compile(r"\p{Cyrillic}")
# Characters that carry no text: zero-width spaces and joiners, BOM, soft hyphen.
# A character class, not str.translate: translate with a mapping costs a dictionary
# lookup per character (0.5 s on 10 MB), the regex scan a tenth of that.
_INVISIBLE = regex.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")

# How much text ftfy sees to learn the transcoding plan.
_PLAN_SAMPLE_CHARS = 20_000
# ... taken in windows of about this many characters on each side of a hint.
_PLAN_WINDOW = 1000
# How much text ftfy may repair line by line on a page with no single transcoding.
_LINE_FIX_BUDGET_CHARS = 200_000


_INT_BYTES = array("i").itemsize


class LineOffsets:
    """Where each line stands in the input: ``input[start:end]``, separator excluded.

    Two arrays of machine integers rather than an object per line: a 10 MB page
    has a quarter of a million lines. Iterating gives ``(start, end)`` pairs.
    """

    __slots__ = ("starts", "ends")

    def __init__(self, max_offset: int = 2**63 - 1) -> None:
        # C ints (4 bytes) when every offset fits in them, as in all but gigantic inputs: half the memory.
        typecode = "i" if max_offset < 2 ** (8 * _INT_BYTES - 1) else "q"
        self.starts = array(typecode)
        self.ends = array(typecode)

    def add(self, start: int, end: int) -> None:
        self.starts.append(start)
        self.ends.append(end)

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends)


def coerce_text(value: object) -> str:
    """Accept ``str`` as is and decode ``bytes``; any other type is a ``TypeError``.

    Bytes are read as UTF-8 (a BOM is dropped), else as the single-byte code
    page that makes the most letters of one script, else latin-1, which never
    fails. Mojibake left by a wrong guess is repaired later like any text.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return _decode_legacy(data)
    raise TypeError(f"cleanpress expects str or bytes, got {type(value).__name__}")


def _decode_legacy(data: bytes) -> str:
    best, best_score = data.decode("latin-1"), -1.0
    sample = data[:65536]
    for encoding in ("cp1251", "koi8-r", "cp1252", "cp1250", "iso8859-15"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = sum(1 for ch in text if ch.isalpha())
        # Lowercase-heavy text is real text; mis-decoded text is full of odd capitals.
        lower = sum(1 for ch in text if ch.islower())
        score = (letters + lower) / max(1, len(text))
        if score > best_score:
            best_score = score
            best = data.decode(encoding, errors="replace")
    return best


def split_lines(text: str) -> LineOffsets:
    """Cut ``text`` into lines with their offsets; a trailing separator gives a last empty line."""
    lines = LineOffsets(len(text))
    start = 0
    if "\r" not in text:  # the common case, ten times faster than the regex
        for part in text.split("\n"):
            end = start + len(part)
            lines.add(start, end)
            start = end + 1
        return lines
    for m in _NEWLINE.finditer(text):
        lines.add(start, m.start())
        start = m.end()
    lines.add(start, len(text))
    return lines


def clean_spaces(s: str) -> str:
    """Drop invisible characters and collapse every run of Unicode whitespace (NBSP too) to one space."""
    # Fast path: printable text (no NBSP, tabs or zero-width characters) with single spaces.
    if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " ":
        return s
    return " ".join(_INVISIBLE.sub("", s).split())


def _transcoding_plan(texts: Iterator[str]) -> list[tuple[str, str]] | None:
    sample: list[str] = []
    size = 0
    for t in texts:
        m = _MOJIBAKE_HINT.search(t)
        if m:
            # A window around the first hint, cut at spaces so no character is split.
            lo = t.rfind(" ", 0, max(0, m.start() - _PLAN_WINDOW)) + 1
            hi = t.find(" ", m.end() + _PLAN_WINDOW)
            piece = t[lo : hi if hi >= 0 else len(t)]
            sample.append(piece)
            size += len(piece)
            if size >= _PLAN_SAMPLE_CHARS:
                break
    if not sample:
        return None
    explained = ftfy.fix_and_explain("\n".join(sample))
    plan = [(step, arg) for step, arg in (explained.explanation or []) if step in ("encode", "decode")]
    return plan or None


def _apply_plan(line: str, plan: list[tuple[str, str]]) -> str | None:
    """The line through the page's transcoding plan; None when the plan does not fit it."""
    value: str | bytes = line
    try:
        for step, arg in plan:
            if step == "encode":
                assert isinstance(value, str)
                value = value.encode(arg)
            else:
                assert isinstance(value, bytes)
                value = codecs.decode(value, arg)
    except (UnicodeError, AssertionError, LookupError):
        return None
    return value if isinstance(value, str) else line


_NON_ASCII_RUN = regex.compile(r"[^\x00-\x7F]+")


def _apply_plan_by_runs(line: str, plan: list[tuple[str, str]]) -> str | None:
    """The plan applied to each run of non-ASCII characters alone; None when no run changes.

    For a line that mixes mojibake with correct characters the plan fails on the line as a
    whole ("fĂĽr ... fressen – viel": the correct dash is cp1250 byte 0x96, which alone is
    no UTF-8), and ftfy's own line repair knows the cp1252 pairs but not the cp1250 ones.
    A run that is real text seldom survives the round trip: a correct "ü" or "–" becomes a
    single byte of 0x80-0xFF, which UTF-8 never accepts alone.
    """
    if len(plan) != 2 or plan[0][0] != "encode" or plan[1][0] != "decode":
        return None
    changed = False

    def fix(m: regex.Match[str]) -> str:
        nonlocal changed
        run = m.group()
        try:
            fixed = codecs.decode(run.encode(plan[0][1]), plan[1][1])
        except (UnicodeError, LookupError):
            return run
        changed = changed or fixed != run
        return fixed

    out = _NON_ASCII_RUN.sub(fix, line)
    return out if changed else None


def _round_trips(word: str, codec: str) -> bool:
    try:
        return word.encode(codec).decode("utf-8") != word
    except UnicodeError:
        return False


# The characters str.split() splits at (str.isspace), forwards and backwards.
_SPACE_CLASS = r"[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
_SPACE_AHEAD = regex.compile(_SPACE_CLASS)
_SPACE_BEHIND = regex.compile(_SPACE_CLASS, regex.REVERSE)


def _hinted_words(line: str) -> Iterator[str]:
    """The words of ``line.split()`` that hold an ``_EXTRA_LEAD`` pair, in order, found from the
    pairs themselves: a long line with few of them is not split into all its words."""
    end = 0
    for m in _EXTRA_LEAD.finditer(line):
        if m.start() < end:
            continue  # a second pair in the word just given
        after = _SPACE_AHEAD.search(line, m.start())
        stop = after.start() if after is not None else len(line)
        if stop < m.end():
            continue  # the pair's second character is a space ("Ă\xa0"): no pair inside a word
        before = _SPACE_BEHIND.search(line, end, m.start())
        start = before.end() if before is not None else end
        end = stop
        yield line[start:end]


def _extra_codec_plan(texts: list[str]) -> list[tuple[str, str]] | None:
    """The plan through the code page of ``_EXTRA_CODECS`` that alone explains the page's
    mojibake in the most words; None when none does in EXTRA_CODEC_MIN_WORDS words."""
    votes = dict.fromkeys(_EXTRA_CODECS, 0)
    seen = 0
    for t in texts:
        if t.isascii() or _EXTRA_LEAD.search(t) is None:
            continue
        for word in _hinted_words(t):
            seen += 1
            if not any(_round_trips(word, known) for known in _KNOWN_CODECS):
                for codec in _EXTRA_CODECS:
                    votes[codec] += _round_trips(word, codec)
            if seen >= EXTRA_CODEC_SAMPLE_WORDS:
                break
        if seen >= EXTRA_CODEC_SAMPLE_WORDS:
            break
    best = max(_EXTRA_CODECS, key=lambda c: votes[c])  # a tie: the first in the list
    return [("encode", best), ("decode", "utf-8")] if votes[best] >= EXTRA_CODEC_MIN_WORDS else None


# Invisible characters of UTF-8 read as cp1251, as they show in a Latin-script
# line: ftfy leaves "п»їNew" (a BOM) and "workВ\xa0" (a no-break space) alone,
# and in a line with no other Cyrillic they are neither Russian nor text.
_CP1251_INVISIBLES = (("п»ї", ""), ("В\xa0", " "))


def _latin_line_leftovers(t: str) -> str:
    if "п»ї" not in t and "В\xa0" not in t:
        return t
    stripped = t
    for bad, good in _CP1251_INVISIBLES:
        stripped = stripped.replace(bad, good)
    return stripped if _CYRILLIC.search(stripped) is None else t


# A drop cap rendered apart from its word ("T here are ...", "C ependant ..."): a capital letter
# alone, a space, then lowercase letters; a line of text at least DROP_CAP_MIN_CHARS long.
_DROP_CAP = regex.compile(r"(\p{Lu}) (\p{Ll}{2,})(?!\w)")
_PAGE_WORD = regex.compile(r"\w+(?:['’]\w+)*")  # "don't" is one word, so "t" is none
_ASCII_PAGE_WORD = re.compile(r"\w+(?:'\w+)*", re.ASCII)  # the same on an ASCII line
DROP_CAP_MIN_CHARS = 60


def join_drop_caps(texts: list[str]) -> list[str]:
    """Glue a paragraph's drop cap back to its word when the page uses the glued word
    elsewhere ("T here" where the page writes "there") and never writes the letter as a word
    of its own: "A stray thought" stays (the page writes "a"), and so do "W rundzie", "R is a
    language", "В сообщении" (their glued forms are no words of the page)."""
    hits = [k for k, t in enumerate(texts) if len(t) >= DROP_CAP_MIN_CHARS and _DROP_CAP.match(t)]
    if not hits:
        return texts
    # Most hits are a word of one letter opening a sentence ("A new study ...", "I think ..."),
    # and the page writes that letter as a word: nothing is glued. A cheap witness first, one
    # pass in C: the letter between two spaces (" a "), which every tokenizer reads as a word
    # of its own (a drop cap itself opens its line, with no space before it, so it is no
    # witness). The page's words are read only when some hit's letter has none.
    letters = {texts[k][0].casefold() for k in hits}
    if all(letter.isascii() for letter in letters):
        page = "\n".join(texts).lower()  # on ASCII, lower is casefold
        if all(f" {letter} " in page for letter in letters):
            return texts
    # The page's words, the drop caps themselves left out.
    heads = set(hits)
    # Each distinct text is read once: repeated lines (menus, share rows) add no new words.
    read = {t[2:] if k in heads else t for k, t in enumerate(texts)}
    words: set[str] = set()
    for t in read:
        if t.isascii():  # casefold is lower there, and the standard library's engine is faster
            words.update(_ASCII_PAGE_WORD.findall(t.lower()))
        else:
            words.update(w.casefold() for w in _PAGE_WORD.findall(t))
    out = list(texts)
    for k in hits:
        m = _DROP_CAP.match(texts[k])
        assert m is not None
        letter = m.group(1).casefold()
        if letter not in words and letter + m.group(2) in words:
            out[k] = m.group(1) + texts[k][m.start(2) :]
    return out


def repair_lines(source: str, lines: LineOffsets) -> list[str]:
    """The repaired, whitespace-normalised text of every line (same order and length)."""
    return _drop_lone_bullets(join_drop_caps(_repair_lines(source, lines)))


# A list item with nothing but its bullet: a layout renderer (inscriptis) writes
# "* " for an <li> that holds only an image or an icon link, often a dozen in a row
# (a logo wall, share buttons). The line reads as blank, so such a run does not part
# the text around it the way a run of short menu items would.
LONE_BULLETS = frozenset("*+•·-")


def _drop_lone_bullets(texts: list[str]) -> list[str]:
    """``texts`` with every line that is a bullet sign alone made blank (in place)."""
    for k, t in enumerate(texts):
        if len(t) == 1 and t in LONE_BULLETS:
            texts[k] = ""
    return texts


def _repair_lines(source: str, lines: LineOffsets) -> list[str]:
    # No mojibake hint can span a line separator, so one search of the whole
    # input tells whether any line shows one: most pages need no plan.
    if _MOJIBAKE_HINT.search(source) is None:
        if "п»ї" in source or "В\xa0" in source:
            return [clean_spaces(_latin_line_leftovers(source[start:end])) for start, end in lines]
        return [clean_spaces(source[start:end]) for start, end in lines]
    texts = [source[start:end] for start, end in lines]
    plan = _transcoding_plan(iter(texts))  # None when no line shows a hint after all
    extra = _extra_codec_plan(texts)
    out: list[str] = []
    budget = _LINE_FIX_BUDGET_CHARS
    for t in texts:
        if extra is not None and not t.isascii() and _EXTRA_LEAD.search(t):
            # A code page ftfy does not know: the line whole, else run by run.
            fixed_extra = _apply_plan(t, extra) or _apply_plan_by_runs(t, extra)
            if fixed_extra is not None:
                out.append(clean_spaces(fixed_extra))
                continue
        # Once the page is known to be mojibake, every non-ASCII line gets the plan:
        # a short line like "В\xa0" (a UTF-8 NBSP read as cp1251) shows no hint.
        # ftfy alone on a line is slow: it repairs lines within a budget of characters
        # per page (a 10 MB line or page of them is not text to fix character by character).
        fixed = _apply_plan(t, plan) if plan is not None and not t.isascii() else None
        if fixed is not None:
            t = fixed
        elif plan is not None and not t.isascii():
            # Mojibake beside correct characters: the plan run by run, then (or else: a correct
            # line in a broken page) ftfy's own judgement on whatever still shows a hint.
            t = _apply_plan_by_runs(t, plan) or t
            if budget >= len(t) and _MOJIBAKE_HINT.search(t):
                budget -= len(t)
                t = ftfy.fix_text(t)
        elif budget >= len(t) and _MOJIBAKE_HINT.search(t):
            # No single transcoding for the page (ftfy calls it "inconsistent": mojibake
            # beside correct text, or C1 controls left by latin-1): each hinted line alone.
            budget -= len(t)
            t = ftfy.fix_text(t, uncurl_quotes=False)
            if _CP1250_HINT.search(t):
                t = _apply_plan_by_runs(t, _CP1250_PLAN) or t
        else:
            t = _latin_line_leftovers(t)
        out.append(clean_spaces(t))
    return out


def table_rows(text: str, lines: LineOffsets) -> list[int]:
    """Indices of the lines with a tab between two cells: scrapers join a table row's cells with tabs.

    Spaces replace the tabs in the cleaned lines, so this is read from the input.
    A tab at the start or the end of a line ("Пенсия 2026\t") is only whitespace.
    Linear: one ``find`` per tab-holding line, one bisection to name its line.
    """
    return table_cells(text, lines)[0]


def table_cells(text: str, lines: LineOffsets) -> tuple[list[int], dict[int, tuple[int, ...]]]:
    """:func:`table_rows`, and the cells of every line of the input set apart by a run of spaces
    inside it (a layout renderer pads a layout table's cells to their columns: "Sport      Council
    approves the bridge"), by line index, as the number of words in each cell (the cleaned line's
    words, taken in that order, are the cells; numbers, not copies of the text, keep the memory
    small). Read in the same pass. Cells joined by tabs are not given: a block renderer joins a
    menu's or a share bar's items so, and offered as titles they only added noise (measured)."""
    rows: list[int] = []
    cells: dict[int, tuple[int, ...]] = {}
    starts, ends = lines.starts, lines.ends
    pos = text.find("\t")
    while pos >= 0:
        k = bisect_right(starts, pos) - 1
        line = text[starts[k] : ends[k]].strip()
        if "\t" in line:
            rows.append(k)
        pos = text.find("\t", ends[k] + 1)
    return _padded_rows(text, lines, rows, cells), cells


# The padded rows whose cells are kept have at most this many words.
CELL_ROW_MAX_WORDS = 40


def _cells(parts: list[str]) -> tuple[int, ...]:
    """The number of words in each non-blank part."""
    return tuple(n for n in (len(p.split()) for p in parts) if n)


# A data table's cells are short (a figure, a name, a label); a layout table puts
# a paragraph or a teaser's title in a cell beside a sidebar's, and is no data table.
# Two cells are a label and its value, or a date and a teaser's title (a list of
# links, not data): a row of two holds a few words a cell; a row of three or more
# (rank, name, figures) may hold a longer name.
PADDED_CELL_MAX_WORDS = 4
PADDED_WIDE_CELL_MAX_WORDS = 6


def _padded_cells(line: str) -> bool:
    """``line`` (stripped) is two cells or more set apart by runs of spaces, each a few words."""
    if "  " not in line:
        return False
    cells = [c for c in line.split("  ") if c]
    if len(cells) < 2:
        return False
    most = PADDED_CELL_MAX_WORDS if len(cells) == 2 else PADDED_WIDE_CELL_MAX_WORDS
    return all(len(c.split()) <= most for c in cells)


def _padded_rows(text: str, lines: LineOffsets, rows: list[int], cells: dict[int, tuple[int, ...]]) -> list[int]:
    """``rows`` and the lines whose cells a layout renderer padded to their columns with spaces.

    Inscriptis writes a table row as its cells padded to the column widths
    (``1/1/2013   +13.1%``): two spaces or more between two pieces of text. Its
    indentation puts runs of spaces at the start of most lines, so only a run
    inside the line counts. Linear: one ``find`` per line that holds a double space.
    """
    pos = text.find("  ")
    if pos < 0:
        return rows
    found = set(rows)
    starts, ends = lines.starts, lines.ends
    while pos >= 0:
        k = bisect_right(starts, pos) - 1
        line = text[starts[k] : ends[k]].strip()
        if k not in found and _padded_cells(line):
            found.add(k)
        if "  " in line and "\t" not in line:
            row = _cells(line.split("  "))
            # Only rows short enough to hold a title with its trimmings.
            if len(row) > 1 and sum(row) <= CELL_ROW_MAX_WORDS:
                cells[k] = row
        pos = text.find("  ", ends[k] + 1)
    return sorted(found)


# An HTML tag left in the text ("<div style=...>", "</a>", "<!-- x -->"): some
# renderers keep the content of <noscript> and <textarea>. The class excludes
# both brackets, so a match never runs past the next one: linear in the line.
HTML_TAG = regex.compile(r"</?[a-zA-Z!][^<>]{0,2000}>")
