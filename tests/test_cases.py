"""The annotated cases: ``fixtures/cases/<name>.txt`` parsed against ``<name>.json``.

Each ``.json`` holds a subset of ``Document.to_dict()`` keys plus ``note`` (what
the case tests) and ``strict`` (the keys that must match exactly). See
``fixtures/cases/README.md``.

* ``test_case`` checks the gold file's shape and asserts exact equality for the
  case's ``strict`` keys. Cases named in ``fixtures/cases/known_failures.txt``
  are ``xfail(strict=True)``: they must fail, and an unexpected pass fails too
  (remove the name from the list when the parser gets the case right).
* ``test_mean_f1_meets_the_bar`` is the project's acceptance bar: the mean
  token F1 of ``related`` and of ``comments`` over all cases is at least 0.90.

``python -m tests.test_cases`` (from the repository root) prints the per-case
table: token F1 of body / related / comments and the non-strict keys that differ.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import regex

import cleanpress

from .conftest import FIXTURES

CASES_DIR = FIXTURES / "cases"
CASES = sorted(p for p in CASES_DIR.glob("*.txt") if p.name != "known_failures.txt")
KNOWN_FAILURES = {
    ln.strip()
    for ln in (CASES_DIR / "known_failures.txt").read_text(encoding="utf-8").splitlines()
    if ln.strip() and not ln.lstrip().startswith("#")
}
META_KEYS = {"note", "strict"}
DOC_KEYS = {
    "headline", "byline", "authors", "date", "date_text", "body", "paragraphs", "related",
    "comments", "tags", "captions", "source", "language",
}  # API.md's to_dict() keys, less "lines"
REQUIRED_KEYS = {"note", "body", "related", "comments"}
F1_FIELDS = ("body", "related", "comments")
BAR = 0.90

_WORD = regex.compile(r"\w+")


# ---------------------------------------------------------------------------
# Token F1


def tokens(text: str) -> Counter[str]:
    """The multiset of casefolded ``\\w+`` tokens of ``text``."""
    return Counter(_WORD.findall(text.casefold()))


def token_f1(gold: str, pred: str) -> float:
    """Token-multiset F1; 1.0 when both sides have no tokens, 0.0 when only one has none."""
    g, p = tokens(gold), tokens(pred)
    if not g and not p:
        return 1.0
    overlap = sum((g & p).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def field_text(key: str, value: Any) -> str:
    """The text a field is scored on: body as is; related: headings, titles and
    rubrics; comments: headings, comment texts and form lines."""
    if key == "body":
        return value or ""
    parts: list[str] = []
    if key == "related":
        for lst in value or ():
            parts.append(lst.get("heading") or "")
            for item in lst.get("items", ()):
                parts += [item.get("title") or "", item.get("rubric") or ""]
    elif key == "comments":
        for sec in value or ():
            parts.append(sec.get("heading") or "")
            parts += [c.get("text") or "" for c in sec.get("comments", ())]
            parts += list(sec.get("form", ()))
    else:  # pragma: no cover - only the three fields above are scored
        raise KeyError(key)
    return "\n".join(parts)


def field_f1(key: str, gold: Any, pred: Any) -> float:
    return token_f1(field_text(key, gold), field_text(key, pred))


# ---------------------------------------------------------------------------
# Cases


def load_gold(case: Path) -> dict[str, Any]:
    return json.loads(case.with_suffix(".json").read_text(encoding="utf-8"))


def gold_problems(gold: dict[str, Any]) -> list[str]:
    """What is wrong with the shape of a gold file (empty when it is well formed)."""
    problems = [f"missing key {k!r}" for k in sorted(REQUIRED_KEYS - gold.keys())]
    problems += [f"unknown key {k!r}" for k in sorted(gold.keys() - DOC_KEYS - META_KEYS)]
    strict = gold.get("strict")
    if not isinstance(strict, list) or not strict:
        problems.append("'strict' must be a non-empty list of keys")
    else:
        problems += [f"strict key {k!r} not in the gold" for k in strict if k not in gold or k in META_KEYS]
    if not isinstance(gold.get("note"), str) or not gold.get("note", "").strip():
        problems.append("'note' must say what the case tests")
    for lst in gold.get("related", ()):
        if set(lst) != {"heading", "items"} or not lst["items"]:
            problems.append(f"bad related list {lst!r}")
        problems += [f"bad link {i!r}" for i in lst.get("items", ()) if set(i) != {"title", "rubric", "date"}]
    for sec in gold.get("comments", ()):
        if set(sec) != {"heading", "count", "comments", "form"}:
            problems.append(f"bad comment section {sec!r}")
        problems += [f"bad comment {c!r}" for c in sec.get("comments", ()) if set(c) != {"text", "author", "date"}]
    return problems


@lru_cache(maxsize=None)
def score_case(case: Path) -> dict[str, Any]:
    """Parse one case and compare it with its gold: F1 per scored field, and the
    keys whose value differs from the gold."""
    gold = load_gold(case)
    got = cleanpress.parse(case.read_text(encoding="utf-8")).to_dict()
    return {
        "f1": {k: field_f1(k, gold[k], got[k]) for k in F1_FIELDS if k in gold},
        "differ": sorted(k for k in gold.keys() - META_KEYS if got.get(k) != gold[k]),
        "got": got,
    }


def _param(case: Path) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason="listed in known_failures.txt")] if case.stem in KNOWN_FAILURES else []
    return pytest.param(case, id=case.stem, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case(case: Path) -> None:
    gold = load_gold(case)
    assert not gold_problems(gold), gold_problems(gold)
    got = score_case(case)["got"]
    wrong = {k: {"expected": gold[k], "got": got.get(k)} for k in gold["strict"] if got.get(k) != gold[k]}
    assert not wrong, f"{case.stem}: strict keys differ: {json.dumps(wrong, ensure_ascii=False, indent=1)}"


def report() -> str:
    """One line per case: F1 of body / related / comments and the keys that differ."""
    rows = [f"{'case':<34} {'body':>5} {'rel':>5} {'com':>5}  differ"]
    for case in CASES:
        s = score_case(case)
        f = s["f1"]
        rows.append(
            f"{case.stem:<34} {f.get('body', float('nan')):5.2f} {f.get('related', float('nan')):5.2f} "
            f"{f.get('comments', float('nan')):5.2f}  {','.join(s['differ'])}"
        )
    for key in F1_FIELDS:
        vals = [score_case(c)["f1"][key] for c in CASES if key in score_case(c)["f1"]]
        rows.append(f"mean {key} F1 = {sum(vals) / max(len(vals), 1):.3f} over {len(vals)} cases")
    return "\n".join(rows)


def test_mean_f1_meets_the_bar() -> None:
    """The acceptance bar: mean related F1 and mean comments F1 >= 0.90."""
    assert len(CASES) >= 36, f"only {len(CASES)} cases"
    orphans = sorted(j.stem for j in CASES_DIR.glob("*.json") if not j.with_suffix(".txt").exists())
    assert not orphans, f"gold files without a .txt: {orphans}"
    unknown = sorted(KNOWN_FAILURES - {c.stem for c in CASES})
    assert not unknown, f"known_failures.txt names no such case: {unknown}"
    means = {}
    for key in ("related", "comments"):
        vals = [score_case(c)["f1"][key] for c in CASES if key in score_case(c)["f1"]]
        means[key] = sum(vals) / len(vals)
    print(report())
    assert all(m >= BAR for m in means.values()), f"mean F1 {means} below {BAR}\n{report()}"


if __name__ == "__main__":
    print(report())
