"""The pipeline: pure stages composed in a fixed order.

    coerce_text -> split_lines -> repair_lines -> detect_language
    -> compute_features -> classify_line -> lay_out (context) -> assemble

Each stage lives in its own module and is a function of its inputs only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .assemble import assemble
from .classify import DEFAULT_THRESHOLDS, Thresholds, classify_line, min_stop_ratio
from .context import lay_out
from .features import LineInfo, compute_features
from .language import detect_language
from .lexicon import Lexicon, lexicon_for
from .model import Document, Label, Line
from .normalize import LineOffsets, coerce_text, repair_lines, split_lines, table_cells

__all__ = ["parse", "clean", "analyse", "Analysis"]


@dataclass
class Analysis:
    """The pipeline's state after the per-line stages: what training and parse share."""

    raw: LineOffsets
    texts: list[str]
    language: str | None
    lex: Lexicon
    infos: list[LineInfo]


def analyse(text: str | bytes, lang: str | None = None, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Analysis:
    """Stages 1-4: lines, repair, language, features and the per-line classification."""
    if not isinstance(lang, (str, type(None))):
        raise TypeError(f"lang must be a str or None, got {type(lang).__name__}")
    source = coerce_text(text)
    raw = split_lines(source)
    texts = repair_lines(source, raw)
    language = (lang.strip().lower()[:2] or None) if lang else detect_language(texts)
    lex = lexicon_for(language)
    stop_ratio = min_stop_ratio(language, bool(lex.stopwords), thresholds)
    infos = []
    memo: dict[str, LineInfo] = {}  # short lines seen on this page: repeats copy their features
    for i, t in enumerate(texts):
        info = compute_features(i, t, lex, memo)
        if t:  # a blank line's LineInfo already holds the blank decision (and may be shared)
            first = memo.get(t)
            if first is not None and first is not info:
                # A repeat of a line classified above: classify_line reads only the
                # features (the same) and the page's settings, so its decision is copied.
                info.kind, info.score, info.label, info.reason = first.kind, first.score, first.label, first.reason
            else:
                classify_line(info, stop_ratio, thresholds)
        infos.append(info)
    rows, cells = table_cells(source, raw)
    for k in rows:
        if texts[k]:  # a line of tabs only is blank, and blank lines share one LineInfo
            infos[k].table = True
    for k, row in cells.items():
        if texts[k]:
            infos[k].cells = row
    return Analysis(raw, texts, language, lex, infos)


def parse(
    text: str | bytes,
    lang: str | None = None,
    now: datetime | None = None,
    *,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Document:
    """Split the visible text of a news page into its parts.

    ``text`` is ``str`` (``bytes`` are decoded); ``lang`` an optional ISO 639-1
    hint; ``now`` the moment relative dates ("вчера, 12:30") are resolved
    against (without it they stay in ``date_text``). Pure: no I/O, no clock.

    >>> doc = parse("Headline of the story\n\nThe first paragraph of the story is long enough to be prose, and it ends well.")
    >>> doc.headline
    'Headline of the story'
    """
    if now is not None and not isinstance(now, datetime):
        raise TypeError(f"now must be a datetime or None, got {type(now).__name__}")
    a = analyse(text, lang, thresholds)
    if not any(info.kind in ("good", "neargood", "title") for info in a.infos):
        return _empty(a.raw, a.texts, a.language)
    layout = lay_out(a.infos, a.lex)
    return assemble(a.raw, a.infos, layout, a.lex, a.language, now)


def _empty(raw: LineOffsets, texts: list[str], language: str | None) -> Document:
    """Junk or empty text: every line accounted for, nothing extracted."""
    lines = tuple(
        Line(
            start=start,
            end=end,
            text=t,
            label=Label.BLANK if not t else Label.BOILERPLATE,
            reason="blank line" if not t else "no text that reads as an article",
        )
        for (start, end), t in zip(raw, texts)
    )
    return Document(language=language, lines=lines)


def clean(text: str | bytes, lang: str | None = None, now: datetime | None = None) -> str:
    """Only the article's body text: ``parse(text, lang, now).body``."""
    return parse(text, lang=lang, now=now).body
