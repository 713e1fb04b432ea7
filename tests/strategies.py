"""Hypothesis strategies for the property tests of ``cleanpress.parse``.

Everything here builds a :class:`Page`: the lines of a news page, each tagged
with the role it plays (headline, body, inserted boilerplate, ...), plus how the
page is rendered to text (line separators, a mojibake codec). Because every
line keeps its role, a test knows by construction what the parse must give.

Two kinds of pages:

- *seed pages*: ``fixtures/seeds/*.txt`` cut into lines and tagged from
  ``fixtures/expected/*.json``; the reference parse is the parse of the
  untouched seed (``Page.original``);
- *built articles*: headline, date line, byline and 2-6 paragraphs of prose in
  Russian, Kazakh or English from ``tests/parts/<lang>.json``; the expected
  parts are in ``Page.expected``.

Each variation is its own composable strategy ``with_*(page) -> SearchStrategy[Page]``
(use them with ``.flatmap`` or inside ``@st.composite``). Structural ones
(``with_related``, ``with_comments``, ``with_boilerplate``, ``with_date_rewritten``,
``with_byline_label``, ``with_blank_lines_changed``) come first; the surface ones
(``with_edge_spaces``, ``with_invisibles``) next; ``with_line_endings`` and
``with_mojibake`` last, as they only change how the page is rendered.
"""

from __future__ import annotations

import json
import operator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1251")
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

HERE = Path(__file__).resolve().parent
PARTS_DIR = HERE / "parts"
FIXTURES = HERE.parent / "fixtures"

LANGS = ("ru", "kk", "en")

# Roles a line plays in a page.
HEADLINE = "headline"
DATE = "date"
BYLINE = "byline"
BODY = "body"
BLANK = "blank"
OTHER = "other"  # a seed line that is none of the above (tags, captions, widgets)
BOILERPLATE = "boilerplate"
RELATED = "related"
COMMENTS = "comments"

SEPARATORS = ("\n", "\r\n", "\r")
MOJIBAKE_CODECS = ("sloppy-windows-1251", "latin-1")


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class PageLine:
    """One line of a page: the text as rendered, the clean text it came from, its role."""

    text: str
    role: str
    inserted: bool = False  # not in the seed / article proper (boilerplate, lists, blanks)
    glue: bool = False  # no blank line may be put between this line and the next
    base: str | None = None  # the text before surface noise (spaces, invisibles); None: same as text
    seed_index: int | None = None  # the line's number in the seed it comes from

    @property
    def clean(self) -> str:
        """The text the parser should see after its own repair."""
        return self.text if self.base is None else self.base


@dataclass(frozen=True)
class Expected:
    """The parse a built article must give, known by construction."""

    headline: str
    paragraphs: tuple[str, ...]
    date: datetime
    date_has_time: bool
    date_text: str
    byline: str
    authors: tuple[str, ...]
    language: str
    source: str | None = None  # the agency the byline credits ("Jane Doe, Reuters"), no author

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class DateOverride:
    """A seed's date line rewritten in another format: the new text and the day (and time) it names."""

    text: str
    day: date
    time: time | None


@dataclass(frozen=True)
class Page:
    """A page as lines with roles, plus how to render it."""

    lines: tuple[PageLine, ...]
    language: str
    origin: str  # seed file stem, or "built-<lang>"
    original: str | None = None  # the untouched seed text (seed pages only)
    expected: Expected | None = None  # built articles only
    date_override: DateOverride | None = None
    seps: tuple[str, ...] | None = None  # separators between lines; None: all "\n"
    codec: str | None = None  # mojibake: UTF-8 bytes of the text decoded with this codec

    def render(self) -> str:
        """The input text: lines joined by their separators, then mojibake when asked."""
        texts = [ln.text for ln in self.lines]
        seps = self.seps if self.seps is not None else ("\n",) * (len(texts) - 1)
        assert len(seps) == len(texts) - 1
        out = texts[0] + "".join(s + t for s, t in zip(seps, texts[1:]))
        if self.codec is not None:
            out = out.encode("utf-8").decode(self.codec)
        return out

    def __repr__(self) -> str:
        """Compact: render settings, then one row per line; unchanged seed lines are cut short."""
        seed = self.original.split("\n") if self.original is not None else None
        if self.seps is None:
            seps = "LF"
        elif len(set(self.seps)) == 1:
            seps = repr(self.seps[0])
        else:
            seps = repr(self.seps)
        rows = [f"Page(origin={self.origin!r}, language={self.language!r}, codec={self.codec!r}, seps={seps},"]
        if self.date_override is not None:
            rows.append(f"  date_override={self.date_override!r},")
        rows.append("  lines=[")
        for i, ln in enumerate(self.lines):
            flag = "+" if ln.inserted else " "
            if seed is not None and ln.seed_index is not None and seed[ln.seed_index] == ln.text:
                shown = repr(ln.text[:50]) + ("..." if len(ln.text) > 50 else "") + "  (seed, unchanged)"
            else:
                shown = repr(ln.text)
            rows.append(f"    {i:3d}{flag}{ln.role:<11} {shown}")
        rows.append("  ])")
        return "\n".join(rows)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """Hypothesis prints failing examples with this (the compact repr, not field by field)."""
        printer.text(repr(self))

    def indices(self, role: str, *, inserted: bool | None = None) -> list[int]:
        """Indices of the lines with this role (optionally only inserted / only original ones)."""
        return [
            i
            for i, ln in enumerate(self.lines)
            if ln.role == role and (inserted is None or ln.inserted == inserted)
        ]

    def with_lines(self, lines: list[PageLine] | tuple[PageLine, ...]) -> Page:
        """The same page with other lines (separators are reset: they are drawn last)."""
        return replace(self, lines=tuple(lines), seps=None)


# --------------------------------------------------------------------------- data


@cache
def parts(lang: str) -> dict[str, Any]:
    """The invented article parts of one language (``tests/parts/<lang>.json``)."""
    return json.loads((PARTS_DIR / f"{lang}.json").read_text(encoding="utf-8"))


def seed_paths() -> list[Path]:
    """The seed pages, sorted by name."""
    return sorted((FIXTURES / "seeds").glob("*.txt"))


@cache
def seed_page(stem: str) -> Page:
    """A seed cut into LF lines, each tagged with its role from the expected parse."""
    text = (FIXTURES / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")
    assert "\r" not in text, "seeds are LF-only"
    exp = json.loads((FIXTURES / "expected" / f"{stem}.json").read_text(encoding="utf-8"))
    paragraphs = set(exp["paragraphs"])
    lines: list[PageLine] = []
    for raw in text.split("\n"):
        s = " ".join(raw.split())
        if not s:
            role = BLANK
        elif s == exp["headline"]:
            role = HEADLINE
        elif s == exp["date_text"]:
            role = DATE
        elif s == exp["byline"]:
            role = BYLINE
        elif s in paragraphs:
            role = BODY
        else:
            role = OTHER
        lines.append(PageLine(raw, role, seed_index=len(lines)))
    # A rubric/title list after the body (seed 003): keep each rubric on its title.
    last_body = max(i for i, ln in enumerate(lines) if ln.role == BODY)
    tail = [i for i in range(last_body + 1, len(lines)) if lines[i].role == OTHER]
    if exp["related"] and any(item["rubric"] for r in exp["related"] for item in r["items"]):
        rubric_lines = {i for i in tail if lines[i].text in {it["rubric"] for r in exp["related"] for it in r["items"]}}
        lines = [replace(ln, glue=i in rubric_lines) for i, ln in enumerate(lines)]
    return Page(lines=tuple(lines), language=exp["language"], origin=stem, original=text)


def seed_pages() -> SearchStrategy[Page]:
    """One of the untouched seeds."""
    return st.sampled_from([p.stem for p in seed_paths()]).map(seed_page)


# --------------------------------------------------------------------------- helpers


def _insert(page: Page, at: int, new: list[PageLine]) -> Page:
    lines = list(page.lines)
    lines[at:at] = new
    return page.with_lines(lines)


def _blank() -> PageLine:
    return PageLine("", BLANK, inserted=True)


def _last_body_index(page: Page) -> int:
    body = page.indices(BODY)
    return body[-1] if body else len(page.lines) - 1


# --------------------------------------------------------------------------- structural variations

_RU_MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")
_RU_MONTHS_ABBR = ("Янв", "Фев", "Мар", "Апр", "Май", "Июн", "Июл", "Авг", "Сен", "Окт", "Ноя", "Дек")


@cache
def _seed_date(stem: str) -> datetime | None:
    exp = json.loads((FIXTURES / "expected" / f"{stem}.json").read_text(encoding="utf-8"))
    return datetime.fromisoformat(exp["date"]) if exp["date"] else None


@st.composite
def with_date_rewritten(draw: st.DrawFn, page: Page) -> Page:
    """The seed's (Russian) date line written in another common format.

    ``17 ноября 2025``, ``17.11.2025 17:08``, ``2025-11-17``, ``Ноя 17, 2025``:
    the parse must keep the day (and the time, when the format shows it), and
    ``date_text`` must be the new text. A page without a date line is returned as is.
    """
    where = page.indices(DATE, inserted=False)
    when = _seed_date(page.origin) if page.original is not None else None
    if not where or when is None:
        return page
    d, m, y = when.day, when.month, when.year
    formats: list[tuple[str, bool]] = [
        (f"{d} {_RU_MONTHS_GEN[m - 1]} {y}", False),
        (f"{d:02d}.{m:02d}.{y} {when:%H:%M}", True),
        (f"{y}-{m:02d}-{d:02d}", False),
        (f"{_RU_MONTHS_ABBR[m - 1]} {d}, {y}", False),
    ]
    text, has_time = draw(st.sampled_from(formats))
    lines = list(page.lines)
    lines[where[0]] = replace(lines[where[0]], text=text, base=None)
    override = DateOverride(text, when.date(), when.time() if has_time else None)
    return replace(page.with_lines(lines), date_override=override)


@st.composite
def with_byline_label(draw: st.DrawFn, page: Page) -> Page:
    """The byline line given a label (``Автор: Татьяна Арестова``); byline and authors must not change."""
    where = page.indices(BYLINE, inserted=False)
    if not where:
        return page
    label = draw(st.sampled_from(["Автор: ", "Автор:\u00a0", "Текст: ", "Автор материала: "]))
    lines = list(page.lines)
    ln = lines[where[0]]
    lines[where[0]] = replace(ln, text=label + ln.text.strip(), base=None)
    return page.with_lines(lines)


def _menu_block(lang: str) -> SearchStrategy[list[str]]:
    words = parts(lang)["boilerplate"]["menu_words"]
    inline = parts(lang)["boilerplate"]["menu_inline"]
    column = st.lists(st.sampled_from(words), min_size=3, max_size=10, unique=True)
    return st.one_of(column, st.sampled_from(inline).map(lambda s: [s]))


def boilerplate_block(lang: str) -> SearchStrategy[list[str]]:
    """One block of page furniture: a menu, a cookie banner, a share row, a subscribe box or a footer."""
    bp = parts(lang)["boilerplate"]
    return st.one_of(
        _menu_block(lang),
        st.sampled_from(bp["cookie"]),
        st.sampled_from(bp["share"]),
        st.sampled_from(bp["subscribe"]),
        st.sampled_from(bp["footer"]),
    ).map(list)


@st.composite
def _boilerplate_lines(draw: st.DrawFn, lang: str, min_blocks: int, max_blocks: int) -> list[PageLine]:
    langs = sorted({lang, "en", "ru"} if lang == "kk" else {lang, "en"})
    blocks = draw(st.lists(st.sampled_from(langs).flatmap(boilerplate_block), min_size=min_blocks, max_size=max_blocks))
    out: list[PageLine] = []
    for block in blocks:
        out.extend(PageLine(t, BOILERPLATE, inserted=True) for t in block)
        if draw(st.booleans()):
            out.append(_blank())
    return out


@st.composite
def with_boilerplate(draw: st.DrawFn, page: Page, min_blocks: int = 0) -> Page:
    """Page furniture inserted before and after the article (menus, cookie, share, subscribe, footer).

    The blocks are in the page's language or in English (Kazakh pages may get
    Russian ones too). At least ``min_blocks`` blocks in all.
    """
    before = draw(_boilerplate_lines(page.language, 0, 3))
    n_before = sum(1 for ln in before if ln.role == BOILERPLATE)
    after = draw(_boilerplate_lines(page.language, 1 if (min_blocks and not n_before) else 0, 3))
    if after:
        after = [_blank()] + after
    return page.with_lines(before + list(page.lines) + after)


def _titles(lang: str, n: int) -> SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(parts(lang)["related_titles"]), min_size=n, max_size=n, unique=True)


@st.composite
def related_block(draw: st.DrawFn, lang: str, max_items: int = 30) -> list[PageLine]:
    """A related-links list of 1 to ``max_items`` items: a heading and titles, or rubric/title pairs."""
    p = parts(lang)
    n = draw(st.integers(1, min(max_items, len(p["related_titles"]))))
    titles = draw(_titles(lang, n))
    if draw(st.booleans()):
        heading = draw(st.sampled_from(p["related_headings"]))
        return [PageLine(heading, RELATED, inserted=True, glue=True)] + [
            PageLine(t, RELATED, inserted=True) for t in titles
        ]
    out: list[PageLine] = []
    for t in titles:
        out.append(PageLine(draw(st.sampled_from(p["rubrics"])), RELATED, inserted=True, glue=True))
        out.append(PageLine(t, RELATED, inserted=True))
    return out


@st.composite
def with_related(draw: st.DrawFn, page: Page, max_items: int = 30) -> Page:
    """A related-links list (1-30 items) put right after the last body paragraph."""
    block = draw(related_block(page.language, max_items))
    at = _last_body_index(page) + 1
    return _insert(page, at, [_blank()] + block)


@st.composite
def comments_block(draw: st.DrawFn, lang: str, max_comments: int = 8) -> list[PageLine]:
    """A comment section: ``Комментарии (N)`` then N comments, each an author, a date and a text line."""
    p = parts(lang)
    n = draw(st.integers(0, max_comments))
    out = [PageLine(p["comments_heading"].format(n=n), COMMENTS, inserted=True, glue=n > 0)]
    for i in range(n):
        author = draw(st.sampled_from(p["comment_authors"]))
        when = draw(st.sampled_from(p["comment_dates"]))
        text = draw(st.sampled_from(p["comment_texts"]))
        out.append(PageLine(author, COMMENTS, inserted=True, glue=True))
        out.append(PageLine(when, COMMENTS, inserted=True, glue=True))
        out.append(PageLine(text, COMMENTS, inserted=True, glue=False))
    return out


@st.composite
def with_comments(draw: st.DrawFn, page: Page, max_comments: int = 8) -> Page:
    """A comment section with 0 to ``max_comments`` comments appended at the end of the page."""
    block = draw(comments_block(page.language, max_comments))
    return page.with_lines(list(page.lines) + [_blank()] + block)


@st.composite
def with_blank_lines_changed(draw: st.DrawFn, page: Page) -> Page:
    """Blank lines removed (any of them) and added (1-2, between blocks, never inside a glued pair)."""
    blanks = [i for i, ln in enumerate(page.lines) if ln.role == BLANK]
    drop = draw(st.sets(st.sampled_from(blanks))) if blanks else set()
    gaps = [i for i, ln in enumerate(page.lines[:-1]) if not ln.glue]
    add = draw(st.dictionaries(st.sampled_from(gaps), st.integers(1, 2))) if gaps else {}
    out: list[PageLine] = []
    for i, ln in enumerate(page.lines):
        if i not in drop:
            out.append(ln)
        out.extend(_blank() for _ in range(add.get(i, 0)))
    if not out:
        out = [_blank()]
    return page.with_lines(out)


# --------------------------------------------------------------------------- surface variations

_PAD = st.text(st.sampled_from(" \t\u00a0"), max_size=3)


@st.composite
def with_edge_spaces(draw: st.DrawFn, page: Page) -> Page:
    """Leading and trailing spaces (space, tab, NBSP) on some lines."""
    n = len(page.lines)
    picks = draw(st.dictionaries(st.integers(0, n - 1), st.tuples(_PAD, _PAD), min_size=1))
    lines = list(page.lines)
    for i, (lead, trail) in picks.items():
        ln = lines[i]
        lines[i] = replace(ln, text=lead + ln.text + trail, base=ln.clean)
    return page.with_lines(lines)


_INVISIBLE = ("\u200b", "\ufeff")


def _sprinkle(text: str, ops: list[tuple[str, int]]) -> str:
    """Apply (kind, position) noise: zero-width chars anywhere, NBSP for or next to a space, or at an edge."""
    for kind, pos in ops:
        if kind in _INVISIBLE:
            k = pos % (len(text) + 1)
            text = text[:k] + kind + text[k:]
            continue
        spaces = [j for j, ch in enumerate(text) if ch == " "]
        if kind == "nbsp-for-space" and spaces:
            j = spaces[pos % len(spaces)]
            text = text[:j] + "\u00a0" + text[j + 1 :]
        elif kind == "nbsp-by-space" and spaces:
            j = spaces[pos % len(spaces)]
            text = text[:j] + "\u00a0" + text[j:]
        else:
            text = "\u00a0" + text if pos % 2 else text + "\u00a0"
    return text


@st.composite
def with_invisibles(draw: st.DrawFn, page: Page) -> Page:
    """NBSP and zero-width characters (U+200B, U+FEFF, U+00A0) sprinkled into some lines.

    Zero-width characters go anywhere; NBSP replaces a space, stands next to
    one, or sits at an edge of the line, so no word is split.
    """
    n = len(page.lines)
    op = st.tuples(st.sampled_from(_INVISIBLE + ("nbsp-for-space", "nbsp-by-space", "nbsp-edge")), st.integers(0, 10_000))
    picks = draw(st.dictionaries(st.integers(0, n - 1), st.lists(op, min_size=1, max_size=4), min_size=1))
    lines = list(page.lines)
    for i, ops in picks.items():
        ln = lines[i]
        lines[i] = replace(ln, text=_sprinkle(ln.text, ops), base=ln.clean)
    return page.with_lines(lines)


@st.composite
def with_line_endings(draw: st.DrawFn, page: Page) -> Page:
    """CRLF or CR line endings everywhere, or a mix of LF, CRLF and CR."""
    n = len(page.lines) - 1
    mode = draw(st.sampled_from(["\r\n", "\r", "mixed"]))
    if mode != "mixed":
        return replace(page, seps=(mode,) * n)
    seps = list(draw(st.lists(st.sampled_from(SEPARATORS), min_size=n, max_size=n)))
    # "\r" + "" + "\n" would read as one CRLF and swallow the empty line between.
    for k in range(1, n):
        if seps[k - 1] == "\r" and page.lines[k].text == "" and seps[k] == "\n":
            seps[k] = "\r"
    return replace(page, seps=tuple(seps))


def with_mojibake(page: Page) -> SearchStrategy[Page]:
    """The whole text as UTF-8 bytes read as cp1251 (sloppy) or latin-1."""
    return st.sampled_from(MOJIBAKE_CODECS).map(lambda codec: replace(page, codec=codec))


@st.composite
def with_surface_noise(draw: st.DrawFn, page: Page, mojibake: bool = True) -> Page:
    """Any mix of the variations that must not change the parse's content.

    Blank lines, edge spaces, invisibles, line endings and (optionally)
    mojibake; each is drawn on or off, so a shrunk example keeps only what it needs.
    """
    if draw(st.booleans()):
        page = draw(with_blank_lines_changed(page))
    if draw(st.booleans()):
        page = draw(with_edge_spaces(page))
    if draw(st.booleans()):
        page = draw(with_invisibles(page))
    if draw(st.booleans()):
        page = draw(with_line_endings(page))
    if mojibake and draw(st.booleans()):
        page = draw(with_mojibake(page))
    return page


# --------------------------------------------------------------------------- seed variants


@st.composite
def seed_variants(draw: st.DrawFn, boilerplate: bool | None = None) -> Page:
    """A seed with any mix of the variations.

    Structural: date line in another format, byline label, a related list after
    the body, a comment section at the end, boilerplate around the page; then
    the surface noise of :func:`with_surface_noise`. ``boilerplate=True`` forces
    at least one boilerplate block, ``False`` forbids them.
    """
    page = draw(seed_pages())
    if draw(st.booleans()):
        page = draw(with_date_rewritten(page))
    if draw(st.booleans()):
        page = draw(with_byline_label(page))
    if draw(st.booleans()):
        page = draw(with_related(page))
    if draw(st.booleans()):
        page = draw(with_comments(page))
    if boilerplate or (boilerplate is None and draw(st.booleans())):
        page = draw(with_boilerplate(page, min_blocks=1 if boilerplate else 0))
    return draw(with_surface_noise(page))


# --------------------------------------------------------------------------- built articles


@st.composite
def paragraphs(draw: st.DrawFn, lang: str, min_n: int = 2, max_n: int = 6) -> tuple[str, ...]:
    """``min_n``-``max_n`` paragraphs of 2-3 distinct sentences each (15+ words, real punctuation)."""
    pool = parts(lang)["sentences"]
    n = draw(st.integers(min_n, max_n))
    sizes = draw(st.lists(st.integers(2, 3), min_size=n, max_size=n))
    order = draw(st.permutations(range(len(pool))))
    out, k = [], 0
    for size in sizes:
        out.append(" ".join(pool[j] for j in order[k : k + size]))
        k += size
    assert all(len(p.split()) >= 15 for p in out)
    return tuple(out)


@st.composite
def built_articles(
    draw: st.DrawFn,
    lang: str | None = None,
    *,
    extras: bool = True,
    boilerplate: bool | None = False,
) -> Page:
    """A whole article from parts: headline, date line, byline, 2-6 paragraphs.

    Optionally (``extras``) a related list after the body and a comment section
    at the end; ``boilerplate`` True forces page furniture around it, None
    draws it, False leaves it out. The expected parse is in ``Page.expected``.
    """
    lang = lang or draw(st.sampled_from(LANGS))
    p = parts(lang)
    headline = draw(st.sampled_from(p["headlines"]))
    when = draw(st.sampled_from(p["dates"]))
    names = tuple(draw(st.lists(st.sampled_from(p["authors"]), min_size=1, max_size=2, unique=True)))
    byline = p["author_joiner"].join(names)
    agency = None
    if len(names) == 1 and p.get("agencies") and draw(st.booleans()):
        # "Jane Doe, Reuters", "Ольга Сергеева, ТАСС": the agency is the source, no author.
        agency = draw(st.sampled_from(p["agencies"]))
        byline = f"{byline}, {agency}"
    byline_line = draw(st.sampled_from(p["byline_forms"])).format(byline)
    paras = draw(paragraphs(lang))

    lines = [PageLine(headline, HEADLINE)]
    if draw(st.booleans()):
        lines.append(PageLine("", BLANK))
    # "line" is the date line when it carries a label ("Published ..."); "text" is the date itself.
    meta = [PageLine(when.get("line", when["text"]), DATE), PageLine(byline_line, BYLINE)]
    if draw(st.booleans()):
        meta.reverse()
    lines += meta
    gap = draw(st.booleans())
    for para in paras:
        if gap or para is paras[0]:
            lines.append(PageLine("", BLANK))
        lines.append(PageLine(para, BODY))

    dt = datetime.fromisoformat(when["iso"])
    expected = Expected(
        headline=headline,
        paragraphs=paras,
        date=dt,
        date_has_time=when["iso"][11:] != "00:00:00",
        date_text=when["text"],
        byline=byline,
        authors=names,
        language=lang,
        source=agency,
    )
    page = Page(lines=tuple(lines), language=lang, origin=f"built-{lang}", expected=expected)
    if extras and draw(st.booleans()):
        page = draw(with_related(page))
    if extras and draw(st.booleans()):
        page = draw(with_comments(page))
    if boilerplate or (boilerplate is None and draw(st.booleans())):
        page = draw(with_boilerplate(page, min_blocks=1 if boilerplate else 0))
    return page


def noisy_built_articles(boilerplate: bool | None = None) -> SearchStrategy[Page]:
    """Built articles with any surface noise (blank lines, spaces, invisibles, line ends, mojibake)."""
    return built_articles(boilerplate=boilerplate).flatmap(with_surface_noise)


def any_pages() -> SearchStrategy[Page]:
    """Seeds as they are, seed variants, and built articles with noise."""
    return st.one_of(seed_pages(), seed_variants(), noisy_built_articles(boilerplate=None))


# --------------------------------------------------------------------------- arbitrary input

_SPECIAL = st.sampled_from(
    ["\n", "\r", "\r\n", "\n\n", "\x00", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", "\u00a0",
     "\u200b", "\ufeff", "\u00ad", "\ufffd", " ", "\t", "©", "«", "»", "–", "—", ":", "(0)", "|"]
)


def wide_text(max_size: int = 400) -> SearchStrategy[str]:
    """Any unicode text (no surrogates), control characters and line separators included."""
    chars = st.characters(codec="utf-8")  # every code point except surrogates, controls included
    return st.one_of(
        st.text(chars, max_size=max_size),
        st.lists(st.one_of(st.text(chars, max_size=12), _SPECIAL), max_size=max_size // 8).map("".join),
    )


def long_lines() -> SearchStrategy[str]:
    """A few very long lines (tens to hundreds of thousands of characters) and runs of many short lines."""
    chunk = st.one_of(
        st.text(st.characters(codec="utf-8"), min_size=1, max_size=30),
        st.sampled_from(parts("ru")["sentences"] + parts("en")["sentences"]),
    )
    one_long = st.builds(operator.mul, chunk, st.integers(500, 8_000))
    many = st.builds(operator.mul, st.text(st.characters(codec="utf-8"), max_size=5).map(lambda s: s + "\n"), st.integers(100, 5_000))
    return st.lists(st.one_of(one_long, many), min_size=1, max_size=3).map("\n".join)


def _all_part_lines() -> list[str]:
    out: list[str] = []
    for lang in LANGS:
        p = parts(lang)
        out += p["headlines"] + p["sentences"] + p["related_titles"] + p["rubrics"] + p["comment_texts"]
        out += [d.get("line", d["text"]) for d in p["dates"]] + p["comment_dates"] + p["comment_authors"]
        bp = p["boilerplate"]
        out += bp["menu_words"] + bp["menu_inline"]
        for key in ("cookie", "share", "subscribe", "footer"):
            for block in bp[key]:
                out += block
    return out


def shuffled_part_lines() -> SearchStrategy[str]:
    """Realistic lines from every part pool in random order, mixed with junk lines."""
    line = st.one_of(st.sampled_from(_all_part_lines()), st.just(""), wide_text(40))
    return st.tuples(st.lists(line, max_size=60), st.sampled_from(SEPARATORS)).map(lambda t: t[1].join(t[0]))


def any_text() -> SearchStrategy[str]:
    """Every kind of str input: pages, arbitrary unicode, shuffled real lines, very long lines."""
    return st.one_of(
        any_pages().map(Page.render),
        wide_text(),
        shuffled_part_lines(),
        long_lines(),
    )


def any_bytes() -> SearchStrategy[bytes]:
    """Every kind of bytes input: random bytes, and pages encoded in UTF-8 (with or without BOM), cp1251, KOI8-R, UTF-16."""
    encodings = st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "koi8-r", "utf-16"])
    pages = st.tuples(any_pages().map(Page.render), encodings).map(
        lambda t: t[0].encode(t[1], errors="replace")
    )
    return st.one_of(st.binary(max_size=2_000), pages, wide_text().map(lambda s: s.encode("utf-8")))
