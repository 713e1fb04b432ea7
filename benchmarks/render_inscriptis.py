"""Render the dev pages the way a layout renderer dumps them, to measure cleanpress on that text too.

    python benchmarks/render_inscriptis.py --corpus ../shared/corpus --out /tmp/dev-inscriptis.jsonl.gz
    cleanpress evaluate /tmp/dev-inscriptis.jsonl.gz --by source

The corpus README says the held-out set carries a third record per page,
rendered with inscriptis (indented blocks, ``* `` / ``+ `` list bullets, table
cells padded to their columns, inline elements joined without a space, the
text of ``<noscript>`` and ``<textarea>`` kept). The dev set has only the
``blocks`` renders, so this script builds the third kind from
``dev-html.jsonl.gz``: one ``#page-inscriptis`` record per dev page, with the
page record's gold. Gold that the new text cannot show is set to null as the
corpus README does it: a headline not in the text, authors whose surnames are
not all in it.

The output is third-party text: write it outside the project (``/tmp``), never
into it. Needs ``inscriptis`` (benchmarks/requirements-bench.txt).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

from cleanpress.evaluate import normalize, tokens


def _squash(text: str) -> str:
    return " ".join(normalize(text).split())


def _readable_gold(gold: dict[str, Any], text: str) -> dict[str, Any]:
    """``gold`` with the fields the rendered ``text`` cannot show set to null."""
    out = dict(gold)
    flat = _squash(text)
    if out.get("headline") and _squash(out["headline"]) not in flat:
        out["headline"] = None
    if out.get("authors"):
        words = set(tokens(text))
        if not all(tokens(name) and tokens(name)[-1] in words for name in out["authors"]):
            out["authors"] = None
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder with dev.jsonl.gz and dev-html.jsonl.gz")
    parser.add_argument("--out", type=Path, required=True, help="where to write the records (outside the project)")
    args = parser.parse_args(argv)
    try:
        from inscriptis import get_text
    except ImportError:
        print("inscriptis is not installed: pip install -r benchmarks/requirements-bench.txt", file=sys.stderr)
        return 2

    pages: dict[str, str] = {}
    with gzip.open(args.corpus / "dev-html.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            pages[record["id"]] = record["html"]

    written = failed = 0
    with gzip.open(args.corpus / "dev.jsonl.gz", "rt", encoding="utf-8") as fh, gzip.open(args.out, "wt", encoding="utf-8") as out:
        for line in fh:
            record = json.loads(line)
            if record.get("scope") != "page":
                continue
            page_id = record["id"].split("#", 1)[0]
            html = pages.get(page_id)
            if html is None:
                continue
            try:
                text = get_text(html)
            except Exception as exc:  # one odd page must not stop the run; it is counted
                print(f"{page_id}: {type(exc).__name__}: {exc}", file=sys.stderr)
                failed += 1
                continue
            record.update(id=f"{page_id}#page-inscriptis", render="inscriptis", text=text, gold=_readable_gold(record["gold"], text))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    print(f"wrote {written} records to {args.out} ({failed} pages failed to render)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
