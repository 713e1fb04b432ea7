"""Score cleanpress and its peers on the same pages with the same scorer.

    python benchmarks/peers.py --corpus ../shared/corpus [--write docs/accuracy.md]
                               [--runners identity_text,c4_text,...] [--limit N]

Runners (text runners read the record's ``text``; HTML runners read the page's
HTML from ``dev-html.jsonl.gz``, whose ids are the record ids without ``#page``
/ ``#article``):

* ``trafilatura_html``  trafilatura ``bare_extraction`` on the HTML (metadata and comments on)
* ``trafilatura_text``  the same on the text, each line wrapped in ``<p>``
* ``justext_html``      jusText on the HTML, stoplist of the record's language when
                        jusText has one, else the union of all
* ``justext_text``      jusText on the text wrapped the same way, same stoplist
* ``readability_html``  readability-lxml: ``summary()`` as the body, ``short_title()``
* ``newspaper4k_html``  newspaper4k ``Article`` parsed from the HTML: text, title, authors, date
* ``c4_text``           the C4 line rules (Raffel et al. 2020, section 2.2), written here
                        (line rules only, see :func:`c4_clean`)
* ``identity_text``     the whole text: the floor every extractor must beat on precision
* ``cleanpress``        ``cleanpress.parse(text)``; skipped with a note when unavailable

Scoring is :mod:`cleanpress.evaluate`, so the numbers are comparable with
``cleanpress evaluate``. With ``--write`` the tables go between the markers
``<!-- peers:begin -->`` and ``<!-- peers:end -->`` of the given markdown file
(created with a metric-definition section when absent).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gzip
import html
import importlib.util
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import regex

ROOT = Path(__file__).resolve().parent.parent
BEGIN = "<!-- peers:begin -->"
END = "<!-- peers:end -->"


def _load_evaluate() -> ModuleType:
    """Import ``cleanpress.evaluate`` from this checkout.

    Falls back to loading the file alone when the package's ``__init__`` cannot
    be imported (the parser may be mid-change): the scorer does not need it.
    """
    sys.path.insert(0, str(ROOT / "src"))
    try:
        import cleanpress.evaluate as ev

        return ev
    except Exception:  # noqa: BLE001 - any import failure: use the file directly
        path = ROOT / "src" / "cleanpress" / "evaluate.py"
        spec = importlib.util.spec_from_file_location("cleanpress_evaluate_standalone", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        return module


ev = _load_evaluate()
if TYPE_CHECKING:
    from cleanpress.evaluate import Prediction
else:
    Prediction = ev.Prediction

# ---------------------------------------------------------------------------
# Shared helpers


def _lines_as_html(text: str) -> str:
    """The text as an HTML page with one ``<p>`` per non-blank line.

    That is the least a text-only user of an HTML extractor can do: the line
    structure of the dump is the only structure there is.
    """
    paragraphs = "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in text.split("\n") if line.strip())
    return f"<html><head></head><body>\n{paragraphs}\n</body></html>"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


# ---------------------------------------------------------------------------
# trafilatura


def _trafilatura(page: str) -> Prediction:
    """trafilatura with metadata and comments, as a user who wants the article would call it."""
    import trafilatura

    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=True)
    if doc is None or isinstance(doc, dict):  # dict only with as_dict=True
        return Prediction()
    authors = tuple(a.strip() for a in (doc.author or "").split(";") if a.strip())
    comments = (doc.comments,) if doc.comments else ()
    return Prediction(body=doc.text or "", headline=doc.title, authors=authors, date=doc.date, comments=comments)


def trafilatura_text(record: Mapping[str, Any]) -> Prediction:
    """trafilatura on the record's text, one ``<p>`` per line."""
    return _trafilatura(_lines_as_html(record["text"]))


# ---------------------------------------------------------------------------
# jusText

#: ISO 639-1 -> jusText stoplist name, for the languages jusText ships.
JUSTEXT_LANGUAGES: dict[str, str] = {
    "af": "Afrikaans", "sq": "Albanian", "ar": "Arabic", "an": "Aragonese", "hy": "Armenian",
    "ast": "Asturian", "az": "Azerbaijani", "eu": "Basque", "be": "Belarusian", "bn": "Bengali",
    "bs": "Bosnian", "br": "Breton", "bg": "Bulgarian", "ca": "Catalan", "ceb": "Cebuano",
    "cv": "Chuvash", "hr": "Croatian", "cs": "Czech", "da": "Danish", "nl": "Dutch",
    "en": "English", "eo": "Esperanto", "et": "Estonian", "fi": "Finnish", "fr": "French",
    "gl": "Galician", "ka": "Georgian", "de": "German", "el": "Greek", "gu": "Gujarati",
    "ht": "Haitian", "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian", "is": "Icelandic",
    "io": "Ido", "ig": "Igbo", "id": "Indonesian", "ga": "Irish", "it": "Italian",
    "jv": "Javanese", "kn": "Kannada", "kk": "Kazakh", "ko": "Korean", "ku": "Kurdish",
    "ky": "Kyrgyz", "la": "Latin", "lv": "Latvian", "lt": "Lithuanian", "lb": "Luxembourgish",
    "mk": "Macedonian", "ms": "Malay", "ml": "Malayalam", "mt": "Maltese", "mr": "Marathi",
    "ne": "Nepali", "no": "Norwegian_Bokmal", "nb": "Norwegian_Bokmal", "nn": "Norwegian_Nynorsk",
    "oc": "Occitan", "fa": "Persian", "pl": "Polish", "pt": "Portuguese", "qu": "Quechua",
    "ro": "Romanian", "ru": "Russian", "sr": "Serbian", "sh": "Serbo_Croatian", "sk": "Slovak",
    "sl": "Slovenian", "es": "Spanish", "su": "Sundanese", "sw": "Swahili", "sv": "Swedish",
    "tl": "Tagalog", "ta": "Tamil", "te": "Telugu", "tr": "Turkish", "tk": "Turkmen",
    "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese", "vo": "Volapuk",
    "wa": "Walloon", "cy": "Welsh", "fy": "West_Frisian", "pnb": "Western_Panjabi", "yo": "Yoruba",
}  # fmt: skip

_stoplists: dict[str, frozenset[str]] = {}


def _justext_stoplist(lang: str | None) -> frozenset[str]:
    """The record language's stoplist, or the union of all when jusText has none for it."""
    import justext

    name = JUSTEXT_LANGUAGES.get(lang or "")
    key = name if name is not None and name in justext.get_stoplists() else "*"
    if key not in _stoplists:
        if key == "*":
            words: set[str] = set()
            for each in justext.get_stoplists():
                words |= justext.get_stoplist(each)
            _stoplists[key] = frozenset(words)
        else:
            _stoplists[key] = frozenset(justext.get_stoplist(key))
    return _stoplists[key]


def _justext(page: str, lang: str | None) -> Prediction:
    import justext

    paragraphs = justext.justext(page, _justext_stoplist(lang))
    return Prediction(body="\n".join(p.text for p in paragraphs if not p.is_boilerplate))


def justext_text(record: Mapping[str, Any]) -> Prediction:
    """jusText on the record's text, one ``<p>`` per line (the language is a peer's hint, not cleanpress's)."""
    return _justext(_lines_as_html(record["text"]), record.get("lang"))


def justext_html(page: str, record: Mapping[str, Any]) -> Prediction:
    """jusText on the page's HTML, with the same stoplist choice as on the text."""
    return _justext(page, record.get("lang"))


# ---------------------------------------------------------------------------
# Readability (readability-lxml, the Python port of Arc90's Readability)

#: Elements after which the rendered text breaks the line, so words of two
#: paragraphs are not glued into one token.
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre", "section", "article", "figcaption", "dd", "dt"})


def _html_text(fragment: str) -> str:
    """The visible text of an HTML fragment, one line per block element."""
    import lxml.html

    if not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def readability_html(page: str, record: Mapping[str, Any]) -> Prediction:
    """readability-lxml's ``summary()`` as the body and its ``short_title()`` as the headline."""
    from readability import Document

    doc = Document(page)
    return Prediction(body=_html_text(doc.summary(html_partial=True)), headline=doc.short_title() or None)


# ---------------------------------------------------------------------------
# newspaper4k


def newspaper4k_html(page: str, record: Mapping[str, Any]) -> Prediction:
    """newspaper4k's ``Article`` on the given HTML (no download).

    It gets what a user would give it: the page URL (its date reader looks
    there) and the record's language (its stopword scorer is English otherwise).
    """
    import newspaper

    url = record.get("url") or "https://example.invalid/"
    try:
        article = newspaper.Article(url, fetch_images=False, language=record.get("lang") or "en")
    except ValueError:  # a language it has no stopwords for: its default, as a user would fall back
        article = newspaper.Article(url, fetch_images=False)
    article.download(input_html=page)
    article.parse()
    date = article.publish_date.date().isoformat() if article.publish_date else None
    return Prediction(body=article.text or "", headline=article.title or None, authors=tuple(article.authors), date=date)


# ---------------------------------------------------------------------------
# C4 rules (Raffel et al., 2020, "Exploring the limits of transfer learning", section 2.2)

C4_TERMINAL = (".", "?", "!", '"', "'")
C4_POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")
C4_MIN_WORDS = 3
C4_MIN_SENTENCES = 5
C4_MAX_WORD = 1000
_CITATION = regex.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")
_SENTENCE_END = regex.compile(r"[.!?]+[\"'”’»)\]]*(?=\s|$)")


def _sentences(line: str) -> int:
    """A rough sentence count: terminal punctuation followed by a space or the end (at least 1)."""
    return max(1, len(_SENTENCE_END.findall(line)))


def c4_clean(text: str, page_rules: bool = False) -> str:
    """The C4 line rules as the paper describes them.

    Keep a line when it ends in terminal punctuation (``. ? ! " '``, not
    "..."), has at least 3 words (whitespace split), no word over 1000
    characters, and mentions neither "javascript" nor a cookie / terms-of-use
    phrase. Citation markers ("[1]", "[edit]") are removed from kept lines.

    With ``page_rules`` the page-level rules apply too: the whole page is
    dropped when a candidate line holds "lorem ipsum" or a curly bracket, or
    when fewer than 5 sentences are kept. The reference peer figures were
    computed with the line rules only (they match to the third decimal, the
    page rules do not): a text extractor is judged on the lines it keeps, not
    on a corpus builder's decision to skip a page, so that is the default.
    """
    kept: list[str] = []
    sentences = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        words = stripped.split()
        if any(len(w) > C4_MAX_WORD for w in words):
            continue
        line = _CITATION.sub("", stripped)
        if not line.endswith(C4_TERMINAL) or line.endswith("..."):
            continue
        if len(words) < C4_MIN_WORDS:
            continue
        lower = line.lower()
        if page_rules and ("lorem ipsum" in lower or "{" in line):
            return ""
        if "javascript" in lower or any(p in lower for p in C4_POLICY):
            continue
        sentences += _sentences(line)
        kept.append(line)
    if page_rules and sentences < C4_MIN_SENTENCES:
        return ""
    return "\n".join(kept).strip()


def c4_text(record: Mapping[str, Any]) -> Prediction:
    """The C4 rules on the record's text."""
    return Prediction(body=c4_clean(record["text"]))


# ---------------------------------------------------------------------------
# identity and cleanpress


def identity_text(record: Mapping[str, Any]) -> Prediction:
    """The whole text as the body: recall 1, the precision of doing nothing."""
    return Prediction(body=record["text"])


def _cleanpress_runner() -> tuple[Callable[[Mapping[str, Any]], Any] | None, str]:
    """cleanpress.parse on the text alone, or why it cannot run."""
    try:
        import cleanpress

        parse = cleanpress.parse
    except Exception as exc:  # noqa: BLE001 - reported, not fatal
        return None, f"{type(exc).__name__}: {exc}"

    def cleanpress_text(record: Mapping[str, Any]) -> Any:
        return parse(record["text"])

    return cleanpress_text, _version("cleanpress")


# ---------------------------------------------------------------------------
# Running

TEXT_RUNNERS: dict[str, Callable[[Mapping[str, Any]], Prediction]] = {
    "trafilatura_text": trafilatura_text,
    "justext_text": justext_text,
    "c4_text": c4_text,
    "identity_text": identity_text,
}
HTML_RUNNERS: dict[str, Callable[[str, Mapping[str, Any]], Prediction]] = {
    "trafilatura_html": lambda page, record: _trafilatura(page),
    "justext_html": justext_html,
    "readability_html": readability_html,
    "newspaper4k_html": newspaper4k_html,
}
ORDER = [
    "trafilatura_html", "trafilatura_text", "justext_html", "justext_text", "readability_html",
    "newspaper4k_html", "c4_text", "identity_text", "cleanpress",
]  # fmt: skip
VERSIONS = {
    "trafilatura_html": "trafilatura",
    "trafilatura_text": "trafilatura",
    "justext_text": "jusText",
    "justext_html": "jusText",
    "readability_html": "readability-lxml",
    "newspaper4k_html": "newspaper4k",
    "c4_text": None,
    "identity_text": None,
}


def _iter_html(path: Path) -> Iterator[tuple[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                yield d["id"], d["html"]


def _page_id(record_id: str) -> str:
    return record_id.split("#", 1)[0]


def run_html_runner(
    name: str, fn: Callable[[str, Mapping[str, Any]], Prediction], records: list[dict[str, Any]], html_path: Path, progress: bool
) -> Any:
    """Run an HTML runner once per page and score it on every record of that page.

    The page and article records of a page share one HTML, so the extractor's
    answer is computed once; both records are charged its time.
    """
    wanted = {_page_id(r["id"]): r for r in records}
    answers: dict[str, tuple[Prediction | None, str | None, float]] = {}
    pages = ((pid, page) for pid, page in _iter_html(html_path) if pid in wanted)
    for pid, page in ev.progress_bar(pages, enabled=progress, desc=name, total=len(wanted)):
        t0 = time.perf_counter()
        try:
            answers[pid] = (fn(page, wanted[pid]), None, time.perf_counter() - t0)
        except Exception as exc:  # noqa: BLE001 - a crash is a scored failure
            answers[pid] = (None, f"{type(exc).__name__}: {exc}", time.perf_counter() - t0)

    def lookup(record: Mapping[str, Any]) -> Prediction:
        pred, err, _ = answers.get(_page_id(record["id"]), (None, "no HTML for this page", 0.0))
        if err:
            raise RuntimeError(err)
        return pred  # type: ignore[return-value]

    report = ev.evaluate("", runner=lookup, records=records, progress=False, name=name)
    for rec in report.records:
        rec.seconds = answers.get(_page_id(rec.id), (None, None, 0.0))[2]
    return report


def run_all(corpus: Path, names: list[str], limit: int | None, progress: bool) -> tuple[dict[str, Any], dict[str, str], dict[str, str]]:
    """Run the named runners; return their reports, versions and notes on those skipped."""
    records = list(ev.iter_records(str(corpus / "dev.jsonl.gz")))
    if limit is not None:
        records = records[:limit]
    reports: dict[str, Any] = {}
    versions: dict[str, str] = {}
    notes: dict[str, str] = {}
    for name in names:
        t0 = time.perf_counter()
        if name in HTML_RUNNERS:
            reports[name] = run_html_runner(name, HTML_RUNNERS[name], records, corpus / "dev-html.jsonl.gz", progress)
        elif name in TEXT_RUNNERS:
            reports[name] = ev.evaluate(str(corpus), runner=TEXT_RUNNERS[name], records=records, progress=progress, name=name)
        elif name == "cleanpress":
            runner, info = _cleanpress_runner()
            if runner is None:
                notes[name] = f"not available ({info})"
                continue
            reports[name] = ev.evaluate(str(corpus), runner=runner, records=records, progress=progress, name=name)
            versions[name] = info
        else:
            raise SystemExit(f"unknown runner {name!r}; known: {', '.join(ORDER)}")
        dist = VERSIONS.get(name)
        if dist:
            versions[name] = f"{dist} {_version(dist)}"
        elif name != "cleanpress":
            versions[name] = "rules in benchmarks/peers.py"
        r = reports[name]
        print(f"{name}: {len(r.records)} records, {r.fails} failed, {time.perf_counter() - t0:.0f}s", file=sys.stderr)
        for rec in r.records:
            if rec.failed:
                print(f"  failed {rec.id}: {rec.failed}", file=sys.stderr)
                break
    return reports, versions, notes


def render(reports: Mapping[str, Any], versions: Mapping[str, str], notes: Mapping[str, str], corpus: Path, limit: int | None) -> str:
    """The markdown that goes between the markers."""
    today = _dt.date.today().isoformat()
    lines = [
        f"Measured {today} by `python benchmarks/peers.py` on `{corpus.as_posix()}/dev.jsonl.gz`"
        + (f" (first {limit} records only)" if limit else "")
        + f", Python {sys.version.split()[0]}, {os.cpu_count()} cores (docs/s are noisy).",
        "",
        "| runner | version |",
        "|---|---|",
    ]
    lines += [f"| {n} | {versions.get(n, '')} |" for n in reports]
    lines += ["", ev.format_comparison(reports).rstrip()]
    if notes:
        lines += ["", "## Not available", ""] + [f"* {n}: {why}" for n, why in notes.items()]
    return "\n".join(lines)


def write_between_markers(path: Path, content: str) -> None:
    """Replace what is between the markers in ``path`` (create the file from the template if absent)."""
    if path.exists():
        text = path.read_text(encoding="utf-8")
    else:
        text = ACCURACY_TEMPLATE
    if BEGIN not in text or END not in text:
        text = text.rstrip("\n") + f"\n\n{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{head}{BEGIN}\n{content}\n{END}{tail}", encoding="utf-8")


ACCURACY_TEMPLATE = """# Accuracy

How well cleanpress finds the parts of a news page, against its peers, on the
shared dev corpus. The scorer is `cleanpress.evaluate` (`cleanpress evaluate
CORPUS` for cleanpress alone); the peer table below is written by
`python benchmarks/peers.py --corpus ../shared/corpus --write docs/accuracy.md`.

## Peers

<!-- peers:begin -->
<!-- peers:end -->
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus", help="folder with dev.jsonl.gz and dev-html.jsonl.gz")
    parser.add_argument("--runners", default=",".join(ORDER), help=f"comma-separated subset of {', '.join(ORDER)}")
    parser.add_argument("--limit", type=int, default=None, help="only the first N records (for quick checks)")
    parser.add_argument("--write", type=Path, default=None, metavar="MD", help="write the tables into this markdown file between the peers markers")
    parser.add_argument("--json", type=Path, default=None, metavar="FILE", help="also dump every report as JSON")
    parser.add_argument("--no-progress", action="store_true")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.runners.split(",") if n.strip()]
    try:
        reports, versions, notes = run_all(args.corpus, names, args.limit, not args.no_progress)
    except Exception:  # noqa: BLE001 - print the trace, exit non-zero
        traceback.print_exc()
        return 1
    content = render(reports, versions, notes, args.corpus, args.limit)
    if args.json:
        args.json.write_text(json.dumps({n: r.to_json(records=True) for n, r in reports.items()}, ensure_ascii=False), encoding="utf-8")
    if args.write:
        write_between_markers(args.write, content)
        print(f"wrote {args.write}", file=sys.stderr)
    else:
        print(content)
    return 0


if __name__ == "__main__":
    sys.exit(main())
