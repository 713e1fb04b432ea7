"""Stage 2: which language is the page in?

Cheap by design: the script of the letters settles most pages (Cyrillic,
Greek, Hebrew, CJK...). Within Cyrillic, the letters only Kazakh or only
Ukrainian use decide between ``kk``, ``uk`` and ``ru``. Latin-script pages are
told apart by counting the stopwords of each language we have data for, on a
bounded sample, so the cost does not grow with the page.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Sequence

import regex

from .lexicon import available_languages, find_words, load_language
from .normalize import HTML_TAG

__all__ = ["detect_language"]

_SAMPLE_CHARS = 3000
_KAZAKH_ONLY = frozenset("әғқңөұүһӘҒҚҢӨҰҮҺ")
_UKRAINIAN_ONLY = frozenset("їєґЇЄҐ")
_RUSSIAN_ONLY = frozenset("ыэъЫЭЪ")
_SCRIPT_LANG = {"grk": "el", "heb": "he", "ara": "ar", "kana": "ja", "hang": "ko", "han": "zh"}

# Share of Cyrillic letters that must be Kazakh-only for a Kazakh page. Russian
# pages from Kazakhstan carry a few Kazakh names, which stay well below this.
KAZAKH_LETTER_SHARE = 0.015


def _sample(texts: Sequence[str]) -> str:
    """Up to ``_SAMPLE_CHARS`` of the longest lines: body text, not menus.

    Each distinct line counts once: a line the page repeats is a banner or a menu (a cookie
    notice shown four times in English must not outweigh two Russian paragraphs).
    Raw HTML left in the text (a ``<noscript>`` pixel, embed code) is long and
    Latin whatever the page's language: its tags are left out of the sample.
    """
    picked: list[str] = []
    size = 0
    # dict.fromkeys, not set: the first-seen order breaks ties between lines of one length.
    for t in sorted(dict.fromkeys(texts), key=len, reverse=True):
        if not t:
            break
        if "<" in t:
            t = HTML_TAG.sub(" ", t).strip()
            if not t:
                continue
        picked.append(t[:_SAMPLE_CHARS])
        size += len(picked[-1])
        if size >= _SAMPLE_CHARS:
            break
    return "\n".join(picked)


_SCRIPT_PATTERNS = {
    "cyr": regex.compile(r"\p{Cyrillic}"),
    "lat": regex.compile(r"\p{Latin}"),
    "grk": regex.compile(r"\p{Greek}"),
    "heb": regex.compile(r"\p{Hebrew}"),
    "ara": regex.compile(r"\p{Arabic}"),
    "kana": regex.compile(r"[\p{Hiragana}\p{Katakana}]"),
    "hang": regex.compile(r"\p{Hangul}"),
    "han": regex.compile(r"\p{Han}"),
}
_UKRAINIAN_LETTERS = _UKRAINIAN_ONLY | frozenset("іІ")


@lru_cache(maxsize=4096)
def _scripts_of(ch: str) -> tuple[str, ...]:
    """The names of the script patterns ``ch`` matches (one at most for a letter, none for the rest)."""
    return tuple(name for name, p in _SCRIPT_PATTERNS.items() if p.match(ch))


def detect_language(texts: Sequence[str]) -> str | None:
    """ISO 639-1 code of the page's language, or ``None`` when the text gives no hint."""
    sample = _sample(texts)
    if not sample:
        return None
    # Count each distinct character once (a C loop) and look up its script once:
    # the same counts as a regex pass per script, at a fraction of the cost.
    chars = Counter(sample)
    scripts = dict.fromkeys(_SCRIPT_PATTERNS, 0)
    for ch, n in chars.items():
        for name in _scripts_of(ch):
            scripts[name] += n
    script, count = max(scripts.items(), key=lambda kv: kv[1])
    if count == 0:
        return None
    if script == "cyr":
        if sum(chars[ch] for ch in _KAZAKH_ONLY) >= KAZAKH_LETTER_SHARE * count:
            return "kk"
        uk = sum(chars[ch] for ch in _UKRAINIAN_LETTERS)
        ru = sum(chars[ch] for ch in _RUSSIAN_ONLY)
        return "uk" if uk > 0.01 * count and ru < 0.002 * count else "ru"
    if script == "han" and scripts["kana"]:
        return "ja"
    if script != "lat":
        return _SCRIPT_LANG.get(script)
    return _latin_language(sample)


def _latin_language(sample: str) -> str | None:
    words = find_words(sample.casefold())
    if not words:
        return None
    index = _stopword_index()
    hits: dict[str, int] = {}
    # Each distinct word is looked up once, weighted by how often it occurs.
    for w, n in Counter(words).items():
        langs = index.get(w)
        if langs:
            for code in langs:
                hits[code] = hits.get(code, 0) + n
    if not hits:
        return None
    best, best_hits = max(sorted(hits.items()), key=lambda kv: kv[1])
    # Too few function words: a list of names or numbers, not prose.
    return best if best_hits >= max(3, 0.05 * len(words)) else None


@lru_cache(maxsize=1)
def _stopword_index() -> dict[str, tuple[str, ...]]:
    """Every stopword of every shipped language, with the languages it belongs to."""
    index: dict[str, list[str]] = {}
    for code in available_languages():
        for w in load_language(code).get("stopwords") or ():
            index.setdefault(str(w).casefold(), []).append(code)
    return {w: tuple(codes) for w, codes in index.items()}
