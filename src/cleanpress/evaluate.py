"""Score cleanpress (or any other extractor) on an evaluation corpus.

The corpus is JSON Lines (optionally gzipped), one record per page rendering, in
the format of the shared evaluation corpus: ``id``, ``source``, ``scope``,
``lang``, ``text`` and a ``gold`` object whose fields are ``null`` when the
page was not annotated for them (never scored) and ``[]`` when the page was
annotated as having none (scored: the extractor must find none).

The metric rules below are the ones the reference peer figures were computed
with (they reproduce them); ``docs/accuracy.md`` spells every one out. In short:

* text is compared after Unicode NFKC normalisation and casefolding, as the
  sequence of its ``\\w+`` tokens;
* body precision / recall / F1 are computed on token multisets per document,
  then averaged over documents; an empty prediction scores 0 on all three;
* a snippet is "found" when its token sequence, joined by single spaces, is a
  substring of the prediction's token sequence joined the same way (so a
  snippet cut in the middle of a word still matches);
* cells are plain means over their documents, "overall" rows are macro
  averages over sources (the mean of the per-source means), so a large source
  does not drown the small ones.

The module has no dependency on the rest of cleanpress except in the default
runner, so it can score any extractor: a runner is a callable that takes a
record and returns a :class:`Prediction`, a cleanpress ``Document`` (or any
object with the same attributes), a ``to_dict()``-shaped mapping, or a plain
body string.

Command line: ``python -m cleanpress.evaluate CORPUS [--by source,scope,lang]
[--json] [--limit N]``; the ``cleanpress evaluate`` subcommand reuses
:func:`add_arguments` and :func:`main`.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import difflib
import gzip
import json
import math
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import regex

_T = TypeVar("_T")

try:
    from .progress import progress as progress_bar
except ImportError:  # loaded as a lone file (benchmarks/peers.py when the package is mid-change): no bar
    def progress_bar(items: Iterable[_T], *, enabled: bool, desc: str, total: int | None = None) -> Iterable[_T]:
        return items

__all__ = [
    "METRICS",
    "Prediction",
    "RecordScore",
    "Report",
    "Runner",
    "add_arguments",
    "evaluate",
    "format_comparison",
    "format_report",
    "iter_records",
    "main",
    "normalize",
    "score_record",
    "snippet_found",
    "token_prf",
    "tokens",
]

# ---------------------------------------------------------------------------
# Text normalisation

_WORD = regex.compile(r"\w+")


def normalize(text: str) -> str:
    """NFKC-normalise and casefold ``text``.

    NFKC folds the many encodings of "the same" character that scraped pages
    mix (decomposed umlauts, full-width digits, ``CO₂`` vs ``CO2``), and
    casefolding makes an all-caps headline equal to its sentence-case gold.
    """
    return unicodedata.normalize("NFKC", text).casefold()


def tokens(text: str | None) -> list[str]:
    """The normalised ``\\w+`` tokens of ``text``, in order (``[]`` for ``None``).

    Punctuation and whitespace are ignored on purpose: extractors differ in
    how they join lines and quote characters, and that is not what is measured.
    """
    if not text:
        return []
    return _WORD.findall(normalize(text))


def _token_string(text: str | None) -> str:
    """Tokens joined by single spaces: the form snippets are searched in."""
    return " ".join(tokens(text))


def token_prf(predicted: Counter[str], gold: Counter[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 of two token multisets.

    An empty side gives 0 for everything: an extractor that returns nothing for
    a page with an annotated body has failed on it, it is not "undefined".
    """
    n_pred = sum(predicted.values())
    n_gold = sum(gold.values())
    if not n_pred or not n_gold:
        return 0.0, 0.0, 0.0
    overlap = sum((predicted & gold).values())
    p = overlap / n_pred
    r = overlap / n_gold
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def snippet_found(snippet: str, haystack_tokens: str) -> bool:
    """Whether ``snippet`` occurs in a text given as its :func:`_token_string`.

    The match is on the token string (not on the raw text) so that line
    breaks, repeated spaces, punctuation and case do not matter; it is a plain
    substring test, so snippets cut in the middle of a word still match.
    """
    return _token_string(snippet) in haystack_tokens


# ---------------------------------------------------------------------------
# Predictions


def _day(value: Any) -> str | None:
    """The ``YYYY-MM-DD`` day of a date-like value, or ``None``.

    Accepts ``date``/``datetime`` and ISO-like strings (``2025-11-17T17:08``):
    dates are scored to the day because that is all the gold gives.
    """
    if value is None:
        return None
    if isinstance(value, _dt.date):  # datetime is a date subclass
        return value.strftime("%Y-%m-%d")
    m = regex.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", str(value))
    if not m:
        return None
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


@dataclass(frozen=True)
class Prediction:
    """What an extractor said about one page, in the shape the scorer needs.

    It is neutral on purpose: peers that give only a body (jusText, C4 rules)
    or a body and some metadata (trafilatura) are scored by exactly the same
    code as cleanpress. ``date`` is kept as its ``YYYY-MM-DD`` day.
    ``related`` holds one string per related link, ``comments`` one string per
    reader comment (a comment form or an empty counter is not a comment).
    """

    body: str = ""
    headline: str | None = None
    authors: tuple[str, ...] = ()
    date: str | _dt.date | None = None  # a date/datetime is accepted and kept as its day
    related: tuple[str, ...] = ()
    comments: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Normalise loosely typed input once, so the scorer can rely on types.
        object.__setattr__(self, "body", self.body or "")
        object.__setattr__(self, "date", _day(self.date))
        for name in ("authors", "related", "comments"):
            value = getattr(self, name) or ()
            if isinstance(value, str):  # one name, not a sequence of characters
                value = (value,)
            object.__setattr__(self, name, tuple(v for v in value if v and v.strip()))

    @classmethod
    def from_document(cls, doc: Any) -> Prediction:
        """Build from a ``cleanpress.Document`` (or anything with its attributes).

        Related links become ``"rubric title date"`` strings, comments become
        ``"author date text"`` strings; headings, counters and comment-form
        lines are left out because the gold lists hold items, not widgets.
        """
        related: list[str] = []
        for link_list in getattr(doc, "related", ()) or ():
            for item in _get(link_list, "items", ()) or ():
                parts = (_get(item, "rubric"), _get(item, "title"), _get(item, "date"))
                related.append(" ".join(p for p in parts if p))
        comments: list[str] = []
        for section in getattr(doc, "comments", ()) or ():
            for c in _get(section, "comments", ()) or ():
                parts = (_get(c, "author"), _get(c, "date"), _get(c, "text"))
                comments.append(" ".join(p for p in parts if p))
        return cls(
            body=getattr(doc, "body", "") or "",
            headline=getattr(doc, "headline", None),
            authors=tuple(getattr(doc, "authors", ()) or ()),
            date=getattr(doc, "date", None),
            related=tuple(related),
            comments=tuple(comments),
        )

    @classmethod
    def coerce(cls, value: Any) -> Prediction:
        """Turn whatever a runner returned into a :class:`Prediction`.

        ``None`` is an empty prediction, a ``str`` is a body, a mapping is read
        as ``Document.to_dict()`` output, anything else as a Document-like object.
        """
        if isinstance(value, Prediction):
            return value
        if value is None:
            return cls()
        if isinstance(value, str):
            return cls(body=value)
        if isinstance(value, Mapping):
            return cls.from_document(_MappingView(value))
        return cls.from_document(value)


def _get(obj: Any, name: str, default: Any = None) -> Any:
    """Attribute or key access, so dict-shaped documents work like objects."""
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


class _MappingView:
    """Attribute access over a ``to_dict()`` mapping (for :meth:`Prediction.coerce`)."""

    def __init__(self, d: Mapping[str, Any]) -> None:
        self._d = d

    def __getattr__(self, name: str) -> Any:
        return self._d.get(name)


# ---------------------------------------------------------------------------
# Metrics

#: metric key -> column label, in report order.
METRICS: dict[str, str] = {
    "body_p": "body P",
    "body_r": "body R",
    "body_f1": "body F1",
    "headline": "headline acc",
    "authors": "authors acc",
    "no_author": "no-author acc",
    "date": "date acc",
    "no_comments": "no-comments acc",
    "with_snip": "with-snip",
    "without_snip": "without-snip",
    "comment_snip": "comment-snip",
    "related_f1": "related F1",
    "comments_f1": "comments F1",
    "leak": "leak",
}

#: metrics where a lower value is better (said in reports).
LOWER_IS_BETTER = frozenset({"without_snip", "leak"})


#: a predicted headline counts when its similarity ratio to the gold one is at least this.
HEADLINE_MIN_RATIO = 0.9
#: predicted author tokens that must be gold author tokens for the authors to count.
AUTHORS_MIN_PRECISION = 0.5


def _squash(text: str) -> str:
    """NFKC + casefold + whitespace collapsed to single spaces, ends stripped."""
    return " ".join(normalize(text).split())


def headline_match(predicted: str | None, gold: str) -> bool:
    """Whether a predicted headline counts as the gold one.

    Both are NFKC-normalised, casefolded and whitespace-collapsed; they match
    when ``difflib.SequenceMatcher(None, predicted, gold).ratio() >= 0.9``.
    That forgives a changed quote mark, a dropped trailing period or a short
    kicker, not a site name appended to a short title. The length bound is
    checked first, so a huge "headline" costs nothing.
    """
    if not predicted:
        return False
    a, b = _squash(predicted), _squash(gold)
    if not a or not b:
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= HEADLINE_MIN_RATIO and matcher.ratio() >= HEADLINE_MIN_RATIO


def authors_match(predicted: Sequence[str], gold: Sequence[str]) -> bool:
    """Whether the predicted author names count as the gold ones.

    Every gold name's surname (its last token) must be among the predicted
    tokens (recall: nobody missed; given names are often abbreviated or
    dropped), and at least half of the predicted tokens (as a multiset) must be
    gold author tokens (precision: "By Jane Doe, Senior Staff Writer, Updated
    May 3" or a list of every author on the site does not count).
    """
    pred = [t for name in predicted for t in tokens(name)]
    if not pred:
        return False
    pred_set = set(pred)
    for name in gold:
        name_tokens = tokens(name)
        if name_tokens and name_tokens[-1] not in pred_set:
            return False
    gold_counts = Counter(t for name in gold for t in tokens(name))
    overlap = sum((Counter(pred) & gold_counts).values())
    return overlap / len(pred) >= AUTHORS_MIN_PRECISION


def _share(snippets: Sequence[str], haystack: str) -> float | None:
    """Share of ``snippets`` found in ``haystack`` (a token string); None when there are none."""
    if not snippets:
        return None
    return sum(snippet_found(s, haystack) for s in snippets) / len(snippets)


def score_record(record: Mapping[str, Any], prediction: Any) -> dict[str, float | None]:
    """Score one prediction against one record's gold.

    Returns every key of :data:`METRICS`; a value is ``None`` when the record
    has no gold for that metric (it is then not counted in any average).
    Accuracies are 0.0 or 1.0. ``prediction`` may be anything
    :meth:`Prediction.coerce` accepts.
    """
    pred = Prediction.coerce(prediction)
    gold: Mapping[str, Any] = record.get("gold") or {}
    out: dict[str, float | None] = dict.fromkeys(METRICS)

    body_tokens = tokens(pred.body)
    body_counts = Counter(body_tokens)
    body_string = " ".join(body_tokens)

    if gold.get("body") is not None:
        out["body_p"], out["body_r"], out["body_f1"] = token_prf(body_counts, Counter(tokens(gold["body"])))

    if gold.get("headline") is not None:
        out["headline"] = float(headline_match(pred.headline, gold["headline"]))

    gold_authors = gold.get("authors")
    if gold_authors is not None:
        if gold_authors:
            out["authors"] = float(authors_match(pred.authors, gold_authors))
        else:
            out["no_author"] = float(not pred.authors)

    if gold.get("date") is not None:
        out["date"] = float(pred.date is not None and pred.date == _day(gold["date"]))

    if gold.get("body_with") is not None:
        out["with_snip"] = _share(gold["body_with"], body_string)
    if gold.get("body_without") is not None:
        out["without_snip"] = _share(gold["body_without"], body_string)

    gold_comments = gold.get("comments")
    if gold_comments is not None and not gold_comments:
        out["no_comments"] = float(not pred.comments)
    if gold.get("comments_with") is not None:
        out["comment_snip"] = _share(gold["comments_with"], _token_string("\n".join(pred.comments)))

    noise: Counter[str] = Counter()
    gold_related = gold.get("related")
    if gold_related:
        gold_counts = Counter(tokens("\n".join(gold_related)))
        out["related_f1"] = token_prf(Counter(tokens("\n".join(pred.related))), gold_counts)[2]
        noise += gold_counts
    if gold_comments:
        gold_counts = Counter(tokens("\n".join(gold_comments)))
        out["comments_f1"] = token_prf(Counter(tokens("\n".join(pred.comments))), gold_counts)[2]
        noise += gold_counts
    if noise:
        n = len(body_tokens)
        out["leak"] = sum((body_counts & noise).values()) / n if n else 0.0
    return out


# ---------------------------------------------------------------------------
# Corpus reading


def iter_records(path: str) -> Iterator[dict[str, Any]]:
    """Yield the records of a ``.jsonl`` or ``.jsonl.gz`` corpus, one at a time.

    Streaming keeps memory flat on large corpora; gzip is recognised by its
    magic bytes, not the file name. Blank lines are skipped.
    """
    with open(path, "rb") as raw:
        gzipped = raw.read(2) == b"\x1f\x8b"
    opener = gzip.open if gzipped else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


# ---------------------------------------------------------------------------
# Aggregation

Runner = Callable[[Mapping[str, Any]], Any]


@dataclass
class RecordScore:
    """The scores of one record, with the keys reports are grouped by."""

    id: str
    source: str
    scope: str
    lang: str
    scores: dict[str, float | None]
    failed: str | None = None
    seconds: float = 0.0

    def key(self, by: Sequence[str]) -> tuple[str, ...]:
        """The cell this record belongs to for a grouping such as ``("source", "scope")``."""
        return tuple(str(getattr(self, k)) for k in by)


@dataclass(frozen=True)
class Cell:
    """Aggregated scores of a group of records: mean and scored-document count per metric."""

    docs: int
    means: dict[str, float | None]
    counts: dict[str, int]
    fails: int = 0
    seconds: float = 0.0

    @property
    def docs_per_second(self) -> float | None:
        """Runner throughput on this cell (``None`` when too fast to time)."""
        return self.docs / self.seconds if self.seconds > 0 else None

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form: ``{"docs", "fails", "docs_per_s", "metrics": {key: {"mean", "n"}}}``."""
        return {
            "docs": self.docs,
            "fails": self.fails,
            "docs_per_s": self.docs_per_second,
            "metrics": {k: {"mean": self.means[k], "n": self.counts[k]} for k in METRICS},
        }


def _mean_cell(records: Sequence[RecordScore]) -> Cell:
    """Plain per-metric means over ``records``, skipping unscored (None) values."""
    sums: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = dict.fromkeys(METRICS, 0)
    for rec in records:
        for k, v in rec.scores.items():
            if v is not None:
                sums[k] += v
                counts[k] += 1
    means = {k: (sums[k] / counts[k] if counts[k] else None) for k in METRICS}
    return Cell(
        docs=len(records),
        means=means,
        counts=counts,
        fails=sum(r.failed is not None for r in records),
        seconds=sum(r.seconds for r in records),
    )


def _macro_cell(cells: Sequence[Cell]) -> Cell:
    """Macro average: per metric, the mean of the cells' means over cells that scored it.

    Counts, fails and time are summed, so ``n`` is the number of documents behind the figure.
    """
    means: dict[str, float | None] = {}
    counts: dict[str, int] = {}
    for k in METRICS:
        scored = [c.means[k] for c in cells if c.means[k] is not None]
        means[k] = sum(scored) / len(scored) if scored else None  # type: ignore[arg-type]
        counts[k] = sum(c.counts[k] for c in cells)
    return Cell(
        docs=sum(c.docs for c in cells),
        means=means,
        counts=counts,
        fails=sum(c.fails for c in cells),
        seconds=sum(c.seconds for c in cells),
    )


@dataclass
class Report:
    """The scores of one runner on one corpus, with its aggregations.

    ``by`` is the grouping of :meth:`cells`; the overall rows (:meth:`overall`)
    are always per scope and macro-averaged over sources.
    """

    runner: str
    corpus: str
    by: tuple[str, ...] = ("source", "scope")
    records: list[RecordScore] = field(default_factory=list)

    def cells(self, by: Sequence[str] | None = None) -> dict[tuple[str, ...], Cell]:
        """Per-group plain means, keyed by the group's values; sorted, pages before articles."""
        by = tuple(by or self.by)
        groups: dict[tuple[str, ...], list[RecordScore]] = defaultdict(list)
        for rec in self.records:
            groups[rec.key(by)].append(rec)
        fields = by

        def order(key: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
            return tuple(_scope_order(v) if f == "scope" else (0, v) for f, v in zip(fields, key))

        return {k: _mean_cell(groups[k]) for k in sorted(groups, key=order)}

    def overall(self) -> dict[str, Cell]:
        """Per scope, the macro average over sources of the per-(source, scope) means.

        Macro over sources because sources differ tenfold in size and in kind of
        page; an overall figure should not be one source's figure in disguise.
        """
        per_source = self.cells(("scope", "source"))
        scopes: dict[str, list[Cell]] = defaultdict(list)
        for (scope, _source), cell in per_source.items():
            scopes[scope].append(cell)
        return {scope: _macro_cell(scopes[scope]) for scope in sorted(scopes, key=_scope_order)}

    @property
    def fails(self) -> int:
        """Records whose runner raised (scored as an empty prediction)."""
        return sum(r.failed is not None for r in self.records)

    def to_json(self, records: bool = False) -> dict[str, Any]:
        """JSON-ready summary; ``records=True`` adds every record's scores."""
        out: dict[str, Any] = {
            "runner": self.runner,
            "corpus": self.corpus,
            "by": list(self.by),
            "docs": len(self.records),
            "fails": self.fails,
            "metrics": dict(METRICS),
            "overall": {scope: cell.to_json() for scope, cell in self.overall().items()},
            "cells": [
                {**dict(zip(self.by, key)), **cell.to_json()} for key, cell in self.cells().items()
            ],
        }
        if records:
            out["records"] = [
                {"id": r.id, "source": r.source, "scope": r.scope, "lang": r.lang, "failed": r.failed, "scores": r.scores}
                for r in self.records
            ]
        return out


def _scope_order(scope: str) -> tuple[int, str]:
    """Pages before articles before anything else, as in the reference tables."""
    return ({"page": 0, "article": 1}.get(scope, 2), scope)


def _default_runner(record: Mapping[str, Any]) -> Any:
    """cleanpress on the record's text alone (never the gold language: that would be a leak)."""
    import cleanpress  # late: the scorer must work without the parser

    return cleanpress.parse(record["text"])


def evaluate(
    path: str,
    runner: Runner | None = None,
    by: Sequence[str] = ("source", "scope"),
    limit: int | None = None,
    progress: bool = True,
    name: str | None = None,
    records: Iterable[Mapping[str, Any]] | None = None,
) -> Report:
    """Run ``runner`` on every record of the corpus at ``path`` and score it.

    ``runner`` takes a record and returns a prediction (see
    :meth:`Prediction.coerce`); the default is ``cleanpress.parse(record["text"])``.
    A runner that raises is counted in ``fails`` and scored as an empty
    prediction, so a crash costs accuracy instead of hiding pages.
    ``limit`` keeps the first N records; ``records`` lets a caller pass
    records already in memory (``path`` is then only a label).
    """
    run = runner or _default_runner
    report = Report(runner=name or str(getattr(run, "__name__", "runner")), corpus=str(path), by=tuple(by))
    source: Iterable[Mapping[str, Any]] = records if records is not None else iter_records(path)
    total = limit if limit is not None else (len(source) if isinstance(source, Sequence) else None)
    for i, record in enumerate(progress_bar(source, enabled=progress, desc="evaluate", total=total)):
        if limit is not None and i >= limit:
            break
        failed: str | None = None
        t0 = time.perf_counter()
        try:
            prediction = Prediction.coerce(run(record))
        except Exception as exc:  # noqa: BLE001 - any crash is a scored failure
            failed = f"{type(exc).__name__}: {exc}"
            prediction = Prediction()
        seconds = time.perf_counter() - t0
        report.records.append(
            RecordScore(
                id=str(record.get("id")),
                source=str(record.get("source")),
                scope=str(record.get("scope")),
                lang=str(record.get("lang") or "null"),
                scores=score_record(record, prediction),
                failed=failed,
                seconds=seconds,
            )
        )
    return report


# ---------------------------------------------------------------------------
# Formatting


def _fmt(value: float | None) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.3f}"


def _fmt_rate(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.0f}" if value >= 1000 else f"{value:.1f}"


def _table(header: list[str], rows: list[list[str]], markdown: bool) -> str:
    """A markdown pipe table, or space-aligned plain text."""
    if markdown:

        def md_row(cells: list[str]) -> str:
            return "|" + "|".join(f" {c} " if c else " " for c in cells) + "|"

        return "\n".join([md_row(header), "|" + "---|" * len(header)] + [md_row(r) for r in rows])
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]

    def text_row(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    return "\n".join([text_row(header), text_row(["-" * w for w in widths])] + [text_row(r) for r in rows])


def _cell_table(cells: Mapping[str, Cell], markdown: bool, show_speed: bool = True) -> str:
    """One table: a row per runner, a column per metric that any runner was scored on."""
    metrics = [k for k in METRICS if any(c.counts[k] for c in cells.values())]
    header = ["runner", "docs"] + [METRICS[k] for k in metrics] + ["fails"] + (["docs/s"] if show_speed else [])
    first = next(iter(cells.values()), None)
    rows = []
    if first is not None:
        label = "*scored docs*" if markdown else "(scored docs)"
        rows.append([label, ""] + [str(first.counts[k]) for k in metrics] + [""] + ([""] if show_speed else []))
    for name, c in cells.items():
        row = [name, str(c.docs)] + [_fmt(c.means[k]) for k in metrics] + [str(c.fails)]
        if show_speed:
            row.append(_fmt_rate(c.docs_per_second))
        rows.append(row)
    return _table(header, rows, markdown)


def format_comparison(reports: Mapping[str, Report], markdown: bool = True, show_speed: bool = True) -> str:
    """Tables comparing several runners on the same corpus.

    First the overall rows per scope (macro over sources), then one table per
    cell of the first report's grouping. The first row of each table gives the
    number of documents each metric was scored on (gold not null).
    """
    if not reports:
        return ""
    first = next(iter(reports.values()))

    def heading(level: int, text: str) -> str:
        if markdown:
            return f"{'#' * level} {text}"
        return text + "\n" + "=-"[level > 2] * len(text)

    out: list[str] = []
    overall = {name: r.overall() for name, r in reports.items()}
    scopes = sorted({s for o in overall.values() for s in o}, key=_scope_order)
    out.append(heading(2, "Overall (macro over sources)"))
    for scope in scopes:
        out.append(heading(3, f"overall / {scope}"))
        out.append(_cell_table({n: o[scope] for n, o in overall.items() if scope in o}, markdown, show_speed))
    out.append(heading(2, "Per " + " and ".join(first.by)))
    per = {name: r.cells(first.by) for name, r in reports.items()}
    keys = sorted({k for p in per.values() for k in p})
    for key in keys:
        out.append(heading(3, " / ".join(key)))
        out.append(_cell_table({n: p[key] for n, p in per.items() if key in p}, markdown, show_speed))
    return "\n\n".join(out) + "\n"


def format_report(report: Report, markdown: bool = True) -> str:
    """One runner's report as a single table (markdown or plain text).

    A row per overall scope (macro over sources), then a row per cell of
    ``report.by``; each metric shows ``mean (scored docs)`` so a figure built on
    three documents is not read like one built on three hundred.
    """
    rows_in: list[tuple[str, Cell]] = [(f"overall / {scope}", cell) for scope, cell in report.overall().items()]
    rows_in += [(" / ".join(key), cell) for key, cell in report.cells().items()]
    metrics = [k for k in METRICS if any(c.counts[k] for _, c in rows_in)]
    header = [" / ".join(report.by), "docs"] + [METRICS[k] for k in metrics] + ["fails", "docs/s"]
    rows = []
    for name, c in rows_in:
        values = [f"{_fmt(c.means[k])} ({c.counts[k]})" if c.counts[k] else "" for k in metrics]
        rows.append([name, str(c.docs)] + values + [str(c.fails), _fmt_rate(c.docs_per_second)])
    lower = ", ".join(METRICS[k] for k in metrics if k in LOWER_IS_BETTER)
    note = (
        f"{report.runner} on {report.corpus}: {len(report.records)} records, {report.fails} failed. "
        "Each figure is mean (scored documents); overall = macro average over sources"
        + (f"; lower is better for {lower}" if lower else "")
        + "."
    )
    return note + "\n\n" + _table(header, rows, markdown) + "\n"


# ---------------------------------------------------------------------------
# Command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``evaluate`` options to ``parser`` (shared by ``cleanpress evaluate``)."""
    parser.add_argument("corpus", help="corpus file: .jsonl or .jsonl.gz records")
    parser.add_argument(
        "--by",
        default="source,scope",
        help="comma-separated grouping of the per-cell tables: any of source, scope, lang (default: source,scope)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON instead of tables")
    parser.add_argument("--records", action="store_true", help="with --json: include every record's scores")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="score only the first N records")
    parser.add_argument("--text", action="store_true", help="plain-text tables instead of markdown")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")


def main(args: argparse.Namespace) -> int:
    """Run the evaluation the parsed ``args`` ask for; print the report; return the exit code.

    Exit code 2 for a bad ``--by`` or a missing corpus, 0 otherwise (scores are
    information, not a pass/fail test).
    """
    by = tuple(b.strip() for b in str(args.by).split(",") if b.strip())
    bad = [b for b in by if b not in ("source", "scope", "lang")]
    if bad or not by:
        print(f"evaluate: --by takes source, scope, lang; got {args.by!r}", file=sys.stderr)
        return 2
    try:
        report = evaluate(
            args.corpus,
            by=by,
            limit=args.limit,
            progress=not getattr(args, "no_progress", False),
            name="cleanpress",
        )
    except FileNotFoundError as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    if args.json:
        json.dump(report.to_json(records=getattr(args, "records", False)), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_report(report, markdown=not getattr(args, "text", False)))
    return 0


def _cli(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cleanpress.evaluate",
        description="Score cleanpress on an evaluation corpus (see docs/accuracy.md for the metrics).",
    )
    add_arguments(parser)
    return main(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(_cli())
