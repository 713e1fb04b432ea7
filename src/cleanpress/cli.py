"""The ``cleanpress`` command.

    cleanpress parse PAGE.txt [--json] [--lang ru] [--now 2025-11-17T18:00]
    cleanpress show PAGE.txt          # every line with its label and reason
    cleanpress clean PAGE.txt         # the body only
    cleanpress batch IN.jsonl OUT.jsonl [--text-key text] [--workers N]
    cleanpress evaluate CORPUS.jsonl.gz [--by source,scope,lang] [--json]

A PAGE of ``-`` reads standard input.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from datetime import datetime
from typing import IO, Any, Iterator, Sequence

from . import __version__
from .model import Document
from .pipeline import parse
from .progress import progress

__all__ = ["main"]


def _read(path: str) -> str | bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as fh:
        return fh.read()


def _now(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise SystemExit(f"cleanpress: --now wants an ISO 8601 date, e.g. 2025-11-17T18:00 ({exc})") from None


def _print_document(doc: Document, out: IO[str]) -> None:
    def field(name: str, value: Any) -> None:
        out.write(f"{name + ':':<11}{value}\n")

    field("headline", doc.headline)
    field("date", f"{doc.date.isoformat() if doc.date else None}  ({doc.date_text!r})")
    field("byline", f"{doc.byline}  authors={list(doc.authors)}")
    field("source", doc.source)
    field("language", doc.language)
    field("tags", list(doc.tags))
    field("captions", list(doc.captions))
    out.write("\nbody:\n")
    for p in doc.paragraphs:
        out.write(f"  {p}\n\n")
    for rl in doc.related:
        out.write(f"related: {rl.heading!r} ({len(rl.items)} items)\n")
        for item in rl.items:
            extra = " ".join(x for x in (f"[{item.rubric}]" if item.rubric else "", f"({item.date})" if item.date else "") if x)
            out.write(f"  - {item.title} {extra}".rstrip() + "\n")
    for cs in doc.comments:
        out.write(f"comments: {cs.heading!r} count={cs.count} comments={len(cs.comments)}\n")
        for c in cs.comments:
            out.write(f"  - {c.author or '?'} ({c.date or '-'}): {c.text}\n")
        for f in cs.form:
            out.write(f"  form: {f}\n")


def _cmd_parse(args: argparse.Namespace) -> int:
    for path in args.pages:
        doc = parse(_read(path), lang=args.lang, now=_now(args.now))
        if args.json:
            json.dump(doc.to_dict(lines=args.lines), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            if len(args.pages) > 1:
                sys.stdout.write(f"==> {path} <==\n")
            _print_document(doc, sys.stdout)
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    for path in args.pages:
        doc = parse(_read(path), lang=args.lang, now=_now(args.now))
        for ln in doc.lines:
            text = ln.text if len(ln.text) <= args.width else ln.text[: args.width - 1] + "…"
            sys.stdout.write(f"{ln.label.value:<11} {text:<{args.width}}  | {ln.reason}\n")
    return 0


def _cmd_clean(args: argparse.Namespace) -> int:
    for path in args.pages:
        sys.stdout.write(parse(_read(path), lang=args.lang, now=_now(args.now)).body + "\n")
    return 0


def _open_text(path: str, mode: str) -> IO[str]:
    if path == "-":
        return sys.stdin if "r" in mode else sys.stdout
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8") if "r" in mode else gzip.open(path, "wt", encoding="utf-8")
    return open(path, mode, encoding="utf-8")


def _batch_one(item: tuple[str, str, bool]) -> str:
    line, key, keep_lines = item
    record = json.loads(line)
    doc = parse(record.get(key) or "")
    record["cleanpress"] = doc.to_dict(lines=keep_lines)
    return json.dumps(record, ensure_ascii=False)


def _cmd_batch(args: argparse.Namespace) -> int:
    src = _open_text(args.input, "rt")
    dst = _open_text(args.output, "wt")
    jobs: Iterator[tuple[str, str, bool]] = ((ln, args.text_key, args.lines) for ln in src if ln.strip())
    show = not args.quiet and sys.stderr.isatty()
    try:
        if args.workers > 1:
            from multiprocessing import Pool

            with Pool(args.workers) as pool:
                for out in progress(pool.imap(_batch_one, jobs, chunksize=16), enabled=show, desc="parse"):
                    dst.write(out + "\n")
        else:
            for out in progress(map(_batch_one, jobs), enabled=show, desc="parse"):
                dst.write(out + "\n")
    finally:
        if dst is not sys.stdout:
            dst.close()
        if src is not sys.stdin:
            src.close()
    return 0


def _build() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cleanpress", description="Split the visible text of a news page into its parts.")
    p.add_argument("--version", action="version", version=f"cleanpress {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def page_args(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("pages", nargs="+", metavar="PAGE", help="a text file, or - for standard input")
        sp.add_argument("--lang", help="ISO 639-1 language hint (default: detected)")
        sp.add_argument("--now", help="resolve relative dates against this ISO 8601 moment")

    sp = sub.add_parser("parse", help="parse pages and print their parts")
    page_args(sp)
    sp.add_argument("--json", action="store_true", help="print Document.to_dict() as JSON")
    sp.add_argument("--lines", action="store_true", help="with --json: include the labelled lines")
    sp.set_defaults(func=_cmd_parse)

    sp = sub.add_parser("show", help="print every line with its label and the reason for it")
    page_args(sp)
    sp.add_argument("--width", type=int, default=70, help="characters of each line to show")
    sp.set_defaults(func=_cmd_show)

    sp = sub.add_parser("clean", help="print only the body")
    page_args(sp)
    sp.set_defaults(func=_cmd_clean)

    sp = sub.add_parser("batch", help="parse a JSON-lines file of records into another")
    sp.add_argument("input", help="JSON lines (.gz ok), one record per line, or -")
    sp.add_argument("output", help="where to write the records with a 'cleanpress' key added, or -")
    sp.add_argument("--text-key", default="text", help="the key holding the page text (default: text)")
    sp.add_argument("--workers", type=int, default=1, help="processes to use (default: 1)")
    sp.add_argument("--lines", action="store_true", help="include the labelled lines in the output")
    sp.add_argument("--quiet", action="store_true", help="no progress bar")
    sp.set_defaults(func=_cmd_batch)

    try:
        from . import evaluate
    except ImportError:  # pragma: no cover - evaluate ships with the package
        evaluate = None  # type: ignore[assignment]
    if evaluate is not None and hasattr(evaluate, "add_arguments"):
        sp = sub.add_parser("evaluate", help="score cleanpress on an annotated corpus (see docs/accuracy.md)")
        evaluate.add_arguments(sp)
        sp.set_defaults(func=evaluate.main)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _build().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # `cleanpress show x | head`
        return 0
    except FileNotFoundError as exc:
        sys.stderr.write(f"cleanpress: {exc.filename}: no such file\n")
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
