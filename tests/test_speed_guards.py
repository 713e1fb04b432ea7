"""Guards on how much work ``parse`` does: counts, never timings.

Timings drift from machine to machine; call counts do not. These tests pin the
design decisions that keep cleanpress fast (``benchmarks/speed.py`` measures
the speed itself, see ``docs/performance.md``):

* dateparser, the slowest dependency, only sees lines that are date candidates;
* ftfy only runs on text that shows mojibake, and its work does not grow with
  the page;
* the work per line is constant: ten copies of a page cost ten times one copy,
  and doubling the input doubles the function calls;
* every cache in cleanpress is bounded, and module-level containers do not grow
  with the number of pages parsed.

They need only the project's own fixtures (no shared corpus).
"""

from __future__ import annotations

import functools
import inspect
import random
import sys
import types
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest

import cleanpress

from .conftest import FIXTURES

SEEDS = {p.name.split("_", 1)[0]: p for p in sorted((FIXTURES / "seeds").glob("*.txt"))}


def _seed(key: str) -> str:
    return SEEDS[key].read_text(encoding="utf-8")


def _cleanpress_modules() -> list[types.ModuleType]:
    """Every imported module of the package (``cleanpress`` and ``cleanpress.*``)."""
    return [m for name, m in sorted(sys.modules.items()) if (name == "cleanpress" or name.startswith("cleanpress.")) and m is not None]


def _spy(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[tuple[Any, ...]]:
    """Wrap ``owner.name`` so every call is recorded; return the list of recorded argument tuples.

    A cleanpress module that imported the function by name (``from x import f``)
    holds its own reference: those references are wrapped too.
    """
    original = getattr(owner, name)
    calls: list[tuple[Any, ...]] = []

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    for module in _cleanpress_modules():
        for attr, value in list(vars(module).items()):
            if value is original:
                monkeypatch.setattr(module, attr, wrapper)
    return calls


# ---------------------------------------------------------------------------
# (a) dateparser sees only date candidates


@pytest.mark.parametrize(("key", "expected"), [("000", 1), ("003", 0)])
def test_dateparser_sees_only_date_lines(monkeypatch: pytest.MonkeyPatch, key: str, expected: int) -> None:
    from dateparser.date import DateDataParser

    text = _seed(key)
    cleanpress.parse(text)  # warm-up outside the count (lazy imports, language data)
    calls = _spy(monkeypatch, DateDataParser, "get_date_data")
    cleanpress.parse(text)
    assert len(calls) == expected, [c[1:] for c in calls]
    lines = {line.strip() for line in text.splitlines()}
    for args in calls:
        date_string = args[1]
        # A date candidate is (part of) one short line of the input, never a paragraph.
        assert len(date_string) <= 80
        assert any(date_string in line for line in lines), date_string


def test_dateparser_calls_do_not_grow_with_repeated_date_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the chosen date is parsed, however many date-shaped lines the page has."""
    from dateparser.date import DateDataParser

    text = _seed("000")
    calls = _spy(monkeypatch, DateDataParser, "get_date_data")
    cleanpress.parse("\n".join([text] * 10))
    assert len(calls) <= 1


# ---------------------------------------------------------------------------
# (b) ftfy only on mojibake


def _spy_ftfy(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[tuple[Any, ...]]]:
    import ftfy

    return {name: _spy(monkeypatch, ftfy, name) for name in ("fix_and_explain", "fix_text")}


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_ftfy_is_not_called_on_clean_text(monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    calls = _spy_ftfy(monkeypatch)
    cleanpress.parse(_seed(key))
    assert {k: len(v) for k, v in calls.items()} == {"fix_and_explain": 0, "fix_text": 0}


@pytest.mark.parametrize("codec", ["sloppy-windows-1252", "sloppy-windows-1251", "latin-1"])
def test_ftfy_is_called_on_mojibake_and_its_work_is_bounded(monkeypatch: pytest.MonkeyPatch, codec: str) -> None:
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    clean = _seed("000")
    broken = clean.encode("utf-8").decode(codec)
    assert broken != clean
    calls = _spy_ftfy(monkeypatch)
    doc = cleanpress.parse(broken)
    once = {k: len(v) for k, v in calls.items()}
    assert once["fix_and_explain"] + once["fix_text"] >= 1
    assert doc.headline == cleanpress.parse(clean).headline  # the calls did repair the text
    for v in calls.values():
        v.clear()
    cleanpress.parse("\n".join([broken] * 10))
    # The transcoding plan is learnt once per page, on a bounded sample: ten copies cost no more calls.
    assert len(calls["fix_and_explain"]) <= max(1, once["fix_and_explain"])
    assert len(calls["fix_text"]) <= 10 * once["fix_text"]


def test_line_by_line_repair_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # A line the page's transcoding does not fit, not even run by run (the mojibake quote runs
    # into a correct "é"), is left to ftfy line by line, within a budget of characters: a huge
    # page or one huge line costs ftfy no more.
    line = "The doctors\u00e2\x80\x99\u00e9 offices are on the first floor next to the garden.\u00c2 "
    calls = _spy_ftfy(monkeypatch)
    cleanpress.parse("\n".join([line] * 20_000))
    cleanpress.parse(line * 20_000)
    fixed = sum(len(args[0]) for args in calls["fix_text"])
    assert 0 < fixed <= 2 * 200_000


# ---------------------------------------------------------------------------
# (c) linear work


def _per_line_function() -> tuple[Any, str]:
    from cleanpress import features

    return features, "compute_features"


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_per_line_work_is_exactly_linear(monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    """Ten copies of a page (joined by a newline, so exactly ten times the lines) cost ten times the per-line calls."""
    page = _seed(key)
    owner, name = _per_line_function()
    calls = _spy(monkeypatch, owner, name)
    cleanpress.parse(page)
    single = len(calls)
    assert single > 0
    calls.clear()
    cleanpress.parse("\n".join([page] * 10))
    assert len(calls) == 10 * single


def _count_calls(text: str) -> int:
    """Python and C function calls made by one ``parse`` of ``text`` (after a warm-up parse)."""
    cleanpress.parse(text)
    count = 0

    def profiler(frame: types.FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profiler)
    try:
        cleanpress.parse(text)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("key", sorted(SEEDS))
def test_doubling_the_input_doubles_the_calls(key: str) -> None:
    """No stage loops over the lines once per line: twice the copies, at most about twice the calls."""
    page = _seed(key)
    ten = _count_calls("\n".join([page] * 10))
    twenty = _count_calls("\n".join([page] * 20))
    assert twenty <= 2.25 * ten, (ten, twenty)


# ---------------------------------------------------------------------------
# (d) bounded caches

_WORDS = {
    "en": ("the", "of", "and", "to", "in", "that", "is", "was", "for", "on", "with", "as", "by", "at", "from", "it", "this", "have", "are"),
    "de": (
        "der",
        "die",
        "und",
        "in",
        "den",
        "von",
        "zu",
        "das",
        "mit",
        "sich",
        "des",
        "auf",
        "für",
        "ist",
        "im",
        "dem",
        "nicht",
        "ein",
        "eine",
    ),
    "ru": ("и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "у", "за", "от", "то", "же", "для", "до", "так", "но", "все"),
}
_STEMS = {
    "en": ("market", "council", "river", "engine", "harbour", "winter", "teacher", "budget", "station", "garden", "village", "report"),
    "de": ("Markt", "Stadtrat", "Fluss", "Motor", "Hafen", "Winter", "Lehrer", "Haushalt", "Bahnhof", "Garten", "Dorf", "Bericht"),
    "ru": ("рынок", "совет", "река", "двигатель", "порт", "зима", "учитель", "бюджет", "вокзал", "сад", "село", "доклад"),
}
_SYLLABLES = ("ka", "ro", "mi", "ta", "le", "su", "no", "vi", "da", "pe", "lo", "ri")
_MONTHS = ("January", "March", "May", "July", "October", "December")


def _name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}"


def _sentence(rng: random.Random, lang: str, i: int) -> str:
    words = [
        rng.choice(_WORDS[lang]) if rng.random() < 0.4 else rng.choice(_STEMS[lang]) + str(i % 7 or "") for _ in range(rng.randint(12, 30))
    ]
    return " ".join(words).capitalize() + f" {rng.randint(1, 10**6)}."


def _generated_pages(n: int) -> Iterator[tuple[str, str | None]]:
    """``n`` different, deterministic news-like pages, with a language hint for some."""
    rng = random.Random(20251117)
    hints: list[str | None] = [None, None, None, "en", "de", "ru", "kk", "fr", "xx", "zz", "q1"]
    for i in range(n):
        lang = ("en", "de", "ru")[i % 3]
        parts = [
            "Home | News | Sport | Contact",
            " ".join(rng.choice(_STEMS[lang]).capitalize() for _ in range(rng.randint(4, 9))) + f" {i}",
            f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(1990, 2030)}, {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            f"By {_name(rng)}",
            *(_sentence(rng, lang, i) for _ in range(rng.randint(3, 8))),
            "Read also",
            *(" ".join(rng.choice(_STEMS[lang]) for _ in range(rng.randint(4, 8))) for _ in range(rng.randint(2, 5))),
            f"Comments ({rng.randint(0, 99)})",
            f"© {rng.randint(2000, 2030)} {_name(rng)}",
        ]
        yield rng.choice(["\n", "\n\n"]).join(parts), hints[i % len(hints)] if i % 2 else None


def _lru_cached_functions() -> Iterator[tuple[str, Callable[..., Any]]]:
    """Every ``functools`` cache in cleanpress: module functions and methods of module classes."""
    seen: set[int] = set()
    for module in _cleanpress_modules():
        holders: list[tuple[str, Mapping[str, Any]]] = [(module.__name__, vars(module))]
        holders += [
            (f"{module.__name__}.{cls.__name__}", vars(cls))
            for cls in vars(module).values()
            if isinstance(cls, type) and cls.__module__ == module.__name__
        ]
        for prefix, namespace in holders:
            for attr, value in namespace.items():
                func = value.__func__ if isinstance(value, (staticmethod, classmethod)) else value
                if callable(getattr(func, "cache_info", None)) and id(func) not in seen:
                    seen.add(id(func))
                    yield f"{prefix}.{attr}", func


def _container_sizes() -> dict[str, int]:
    """Sizes of the dicts, lists and sets held at module level in cleanpress."""
    out: dict[str, int] = {}
    for module in _cleanpress_modules():
        for attr, value in vars(module).items():
            if isinstance(value, (dict, list, set, bytearray)) and not attr.startswith("__"):
                out[f"{module.__name__}.{attr}"] = len(value)
    return out


def test_caches_are_bounded_after_many_pages() -> None:
    pages = list(_generated_pages(300))
    assert len({text for text, _ in pages}) == 300
    for text, hint in pages[:30]:
        cleanpress.parse(text, lang=hint)
    sizes_early = _container_sizes()
    for text, hint in pages[30:]:
        cleanpress.parse(text, lang=hint)

    caches = dict(_lru_cached_functions())
    assert caches, "expected at least one functools cache in cleanpress"
    unbounded = []
    for name, func in caches.items():
        info = func.cache_info()  # type: ignore[attr-defined]
        if info.maxsize is None:
            # A function without parameters can hold one entry only: bounded by construction.
            params = inspect.signature(inspect.unwrap(func)).parameters
            if params or info.currsize > 1:
                unbounded.append(f"{name}: maxsize=None, {info.currsize} entries")
        else:
            assert info.currsize <= info.maxsize, name
    assert not unbounded, unbounded

    sizes_late = _container_sizes()
    grown = {k: (sizes_early.get(k, 0), v) for k, v in sizes_late.items() if v > sizes_early.get(k, 0)}
    assert not grown, f"module-level containers grew between page 30 and page 300: {grown}"


def test_generated_pages_are_parsed_as_articles() -> None:
    """The cache test is only meaningful when the generated pages exercise the whole pipeline."""
    docs = [cleanpress.parse(text, lang=hint) for text, hint in list(_generated_pages(12))]
    assert sum(1 for d in docs if d.body) >= 9
    assert sum(1 for d in docs if d.date_text) >= 6
