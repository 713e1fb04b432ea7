"""Stage 2: which language is the page in?

Cheap by design: the script of the letters settles most pages (Cyrillic,
Greek, Hebrew, CJK...). Within Cyrillic, the letters only Kazakh or only
Ukrainian use decide between ``kk``, ``uk`` and ``ru``. Latin-script pages are
told apart by counting the stopwords of each language we have data for, on a
bounded sample, so the cost does not grow with the page.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

import regex

from .lexicon import available_languages, load_language

__all__ = ["detect_language"]

_SAMPLE_CHARS = 6000
_WORD = regex.compile(r"\w+")
_SCRIPT = regex.compile(
    r"(?P<cyr>\p{Cyrillic})|(?P<lat>\p{Latin})|(?P<grk>\p{Greek})|(?P<heb>\p{Hebrew})|(?P<ara>\p{Arabic})"
    r"|(?P<kana>[\p{Hiragana}\p{Katakana}])|(?P<hang>\p{Hangul})|(?P<han>\p{Han})"
)
_KAZAKH_ONLY = frozenset("әғқңөұүһӘҒҚҢӨҰҮҺ")
_UKRAINIAN_ONLY = frozenset("їєґЇЄҐ")
_RUSSIAN_ONLY = frozenset("ыэъЫЭЪ")
_SCRIPT_LANG = {"grk": "el", "heb": "he", "ara": "ar", "kana": "ja", "hang": "ko", "han": "zh"}

# Share of Cyrillic letters that must be Kazakh-only for a Kazakh page. Russian
# pages from Kazakhstan carry a few Kazakh names, which stay well below this.
KAZAKH_LETTER_SHARE = 0.015


def _sample(texts: Sequence[str]) -> str:
    """Up to ``_SAMPLE_CHARS`` of the longest lines: body text, not menus."""
    picked: list[str] = []
    size = 0
    for t in sorted(texts, key=len, reverse=True):
        if not t:
            break
        picked.append(t[:_SAMPLE_CHARS])
        size += len(picked[-1])
        if size >= _SAMPLE_CHARS:
            break
    return "\n".join(picked)


def detect_language(texts: Sequence[str]) -> str | None:
    """ISO 639-1 code of the page's language, or ``None`` when the text gives no hint."""
    sample = _sample(texts)
    if not sample:
        return None
    scripts: Counter[str] = Counter()
    for m in _SCRIPT.finditer(sample):
        scripts[m.lastgroup or ""] += 1
    if not scripts:
        return None
    script, _ = scripts.most_common(1)[0]
    if script == "cyr":
        cyr = scripts["cyr"]
        kk = sum(1 for ch in sample if ch in _KAZAKH_ONLY)
        if kk >= KAZAKH_LETTER_SHARE * cyr:
            return "kk"
        uk = sum(1 for ch in sample if ch in _UKRAINIAN_ONLY) + sample.count("і") + sample.count("І")
        ru = sum(1 for ch in sample if ch in _RUSSIAN_ONLY)
        return "uk" if uk > 0.01 * cyr and ru < 0.002 * cyr else "ru"
    if script == "han" and scripts["kana"]:
        return "ja"
    if script != "lat":
        return _SCRIPT_LANG.get(script)
    return _latin_language(sample)


def _latin_language(sample: str) -> str | None:
    words = [w.casefold() for w in _WORD.findall(sample)]
    if not words:
        return None
    best, best_hits = None, 0
    for code in available_languages():
        stop = _stopwords(code)
        if not stop:
            continue
        hits = sum(1 for w in words if w in stop)
        if hits > best_hits:
            best, best_hits = code, hits
    # Too few function words: a list of names or numbers, not prose.
    return best if best_hits >= max(3, 0.05 * len(words)) else None


def _stopwords(code: str) -> frozenset[str]:
    cached = _STOP_CACHE.get(code)
    if cached is None:
        cached = frozenset(str(w).casefold() for w in load_language(code).get("stopwords") or ())  # type: ignore[union-attr]
        _STOP_CACHE[code] = cached
    return cached


# One entry per shipped language file: bounded by the package's data.
_STOP_CACHE: dict[str, frozenset[str]] = {}
