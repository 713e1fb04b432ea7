"""Fit the headline model (``src/cleanpress/data/headline_model.json``).

    pip install -e . -r training/requirements-train.txt
    python training/train_headline.py --corpus ../shared/corpus            # cross-validate and report
    python training/train_headline.py --corpus ../shared/corpus --write    # ... and write the weights
    python benchmarks/render_inscriptis.py --corpus ../shared/corpus --out /tmp/dev-inscriptis.jsonl.gz
    python training/train_headline.py --corpus ../shared/corpus --also /tmp/dev-inscriptis.jsonl.gz --seeds 8 --write
    python training/train_headline.py --corpus ../shared/corpus --seeds 8 --drop echoed   # what one feature is worth

What is learned: for every page, cleanpress lists the lines that could head the
article (:func:`cleanpress.headline.candidates`, the very function ``parse``
uses), and a conditional logit puts a softmax over them. The fit maximises the
probability of the candidates that match the gold headline (the scorer's own
``headline_match``; a page that repeats its title has several), with an L2
penalty. Pages where no candidate matches teach nothing about the choice and are
left out of the fit.

Which records: only sources whose licence allows deriving a model from them
(Apache-2.0, MIT, CC-BY-4.0; see the corpus README). The Russian ``daniel``
pages (GPL repository, corpus terms not stated) are scored but never fitted on.

Validation: folds split by site (the registrable part of ``host``), so every
page is scored by a model that never saw its site; ``--seeds N`` averages the
macro over N ways of dealing the sites into folds (one deal is noisy).

``--also FILE`` adds records of the same format, such as other renderings of
the dev pages (the held-out set has a third record per page laid out by
inscriptis: indented blocks, bulleted list items). They are fitted on like the
dev records, go into the fold of their site, and are scored apart, per render:
the same page laid out another way teaches the model which facts do not
depend on the layout.
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

from cleanpress.context import Layout, _body, find_body_region
from cleanpress.evaluate import headline_match, iter_records
from cleanpress.headline import FEATURES, candidates, colon_joined, headline_text, site_tail_cut
from cleanpress.pipeline import analyse

LICENCES_FOR_TRAINING = frozenset({"Apache-2.0", "MIT", "CC-BY-4.0"})
L2 = 1.5
FOLDS = 5
SEED = 13
FLOOR_PERCENTILE = 2.0
MODEL_PATH = Path(__file__).resolve().parents[1] / "src" / "cleanpress" / "data" / "headline_model.json"


def site(host: str) -> str:
    """The last two labels of the host: close enough to the registrable domain to keep sites apart."""
    parts = (host or "").lower().split(".")
    return ".".join(parts[-2:])


def page_table(record: dict[str, Any]) -> tuple[np.ndarray, list[int]] | None:
    """Candidate features of one page and the indices of the candidates that match the
    gold headline (none, one, or several when the page repeats its title)."""
    a = analyse(record["text"])
    region = find_body_region(a.infos, a.lex)
    if region is None:
        return None
    first, last = region
    _body(a.infos, first, last, Layout(), a.lex)
    cands = candidates(a.infos, first, a.lex)
    if not cands:
        return np.zeros((0, len(FEATURES))), []
    gold = record["gold"]["headline"]
    # Scored as parse gives it: without a list or link sign in front ("* Title").
    # A kicker or second half joined by a colon is part of the headline parse gives.
    # A site name after the last separator ("Title | Site") is cut from the headline parse gives.
    shown = [c.info.text if c.part else colon_joined(a.infos, c.info, first)[0] or c.info.text for c in cands]
    shown = [site_tail_cut(a.infos, text) or text for text in shown]
    targets = [k for k, text in enumerate(shown) if headline_match(headline_text(text), gold)]
    return np.array([c.features for c in cands], dtype=float), targets


def fit(pages: list[tuple[np.ndarray, list[int]]], l2: float = L2, dim: int = len(FEATURES)) -> np.ndarray:
    """Conditional logit: maximise sum of log P(a matching candidate) - l2/2 |w|^2, where P is
    softmax(X w). A page that repeats its title has several right answers: the probability of
    any of them counts, so none of them is pushed down as a wrong one."""
    used = [(x, t) for x, t in pages if t and len(x) > 0]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total = 0.5 * l2 * float(w @ w)
        grad = l2 * w.copy()
        for x, t in used:
            s = x @ w
            s -= s.max()
            p = np.exp(s)
            p /= p.sum()
            right = p[t].sum()
            total -= math.log(max(right, 1e-300))
            # d(-log sum_t p_t)/dw = E_p[x] - E_{p | right}[x]
            grad -= (p[t] / max(right, 1e-300)) @ x[t] - p @ x
        return total, grad

    res = minimize(loss, np.zeros(dim), jac=True, method="L-BFGS-B")
    return np.asarray(res.x)


def right(x: np.ndarray, targets: list[int], w: np.ndarray) -> bool:
    """Whether the best-scoring candidate is one that matches the gold headline."""
    return bool(targets) and len(x) > 0 and int(np.argmax(x @ w)) in targets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True, type=Path, help="folder holding dev.jsonl.gz")
    parser.add_argument("--write", action="store_true", help="write the weights fitted on all usable records")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--also", type=Path, action="append", default=[],
                        help="further records (other renderings of the pages), fitted on and scored per render")
    parser.add_argument("--seeds", type=int, default=1,
                        help="also average over this many ways of dealing sites into folds (one deal moves the figures by about 0.01)")
    parser.add_argument("--drop", action="append", default=[], metavar="FEATURE",
                        help="leave this feature out of the cross-validation (an ablation: what is it worth?); not with --write")
    args = parser.parse_args(argv)
    unknown = [f for f in args.drop if f not in FEATURES]
    if unknown or (args.drop and args.write):
        parser.error(f"unknown features {unknown}" if unknown else "--drop measures; the model written must have every feature")
    keep = [k for k, f in enumerate(FEATURES) if f not in args.drop]

    rows: list[dict[str, Any]] = []
    for path in [args.corpus / "dev.jsonl.gz", *args.also]:
        for record in iter_records(str(path)):
            if not record["gold"].get("headline"):
                continue
            table = page_table(record)
            if table is None:
                continue
            # A record of another render is scored apart: "page-inscriptis" is a scope of its own.
            scope = record["scope"] if record.get("render", "blocks") != "inscriptis" else record["scope"] + "-inscriptis"
            rows.append({"id": record["id"], "source": record["source"], "scope": scope,
                         "site": site(record.get("host", "")), "train": record.get("license") in LICENCES_FOR_TRAINING,
                         "x": table[0][:, keep] if args.drop else table[0], "target": table[1]})
    sites = sorted({r["site"] for r in rows})
    reachable = collections.defaultdict(list)
    for r in rows:
        reachable[(r["source"], r["scope"])].append(float(bool(r["target"])))
    macros: dict[str, list[float]] = collections.defaultdict(list)
    for deal in range(args.seeds):
        random.Random(SEED + deal).shuffle(order := list(sites))
        fold_of = {s: k % FOLDS for k, s in enumerate(order)}
        hits: dict[tuple[str, str], list[float]] = collections.defaultdict(list)
        for fold in range(FOLDS):
            w = fit([(r["x"], r["target"]) for r in rows if r["train"] and fold_of[r["site"]] != fold], args.l2, len(keep))
            for r in rows:
                if fold_of[r["site"]] == fold:
                    hits[(r["source"], r["scope"])].append(float(right(r["x"], r["target"], w)))
        if deal == 0:
            print("headline accuracy, site-held-out folds (records with a gold headline)")
        for scope in sorted({r["scope"] for r in rows}, key=lambda sc: (sc != "page", sc)):
            cells = {src: sum(v) / len(v) for (src, sc), v in hits.items() if sc == scope}
            reach = {src: sum(v) / len(v) for (src, sc), v in reachable.items() if sc == scope}
            macro = sum(cells.values()) / len(cells)
            macros[scope].append(macro)
            if deal == 0:
                print(f"  {scope}: macro {macro:.3f}  " + "  ".join(f"{s} {cells[s]:.3f} (reachable {reach[s]:.3f})" for s in sorted(cells)))
    if args.seeds > 1:
        print(f"  mean macro over {args.seeds} fold deals: " + "  ".join(f"{sc} {sum(v) / len(v):.4f}" for sc, v in macros.items()))
    if args.write:
        w = fit([(r["x"], r["target"]) for r in rows if r["train"]], args.l2)
        # The corpus has no page without a headline to learn "none" from; the floor
        # is where the lowest FLOOR_PERCENTILE of the gold headlines score.
        gold_scores = [float(max(r["x"][r["target"]] @ w)) for r in rows if r["train"] and r["target"]]
        floor = float(np.percentile(gold_scores, FLOOR_PERCENTILE))
        MODEL_PATH.write_text(json.dumps({"features": list(FEATURES), "weights": [round(float(v), 5) for v in w],
                                          "floor": round(floor, 5), "l2": args.l2,
                                          "floor_percentile": FLOOR_PERCENTILE}, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
