"""How fast is cleanpress on this machine, and how does its cost grow?

    python benchmarks/speed.py --corpus ../shared/corpus [--quick] [--write docs/performance.md]
                               [--json results.json] [--check]

Everything runs in this one process, one core at a time, so every rate is a
rate *per core*. Timings are medians of several repetitions (after a warm-up
pass that pays the one-off costs: imports, language files, regex compilation).
Sizes are bytes of UTF-8 text; 1 KB = 1,000 bytes and 1 MB = 1,000,000 bytes.

What is measured (see ``docs/performance.md`` for what each number means):

* ``parse`` throughput (documents/s, MB/s) on the seeds and on the texts of the
  dev corpus, page and article scope separately;
* the floor: one ``regex`` ``\\w+`` ``findall`` over every line of the same
  texts, and how many times slower than it ``parse`` is;
* peers on a sample of the same pages: trafilatura ``extract`` on the page's
  HTML, jusText on the text (one ``<p>`` per line);
* growth with input size (1 KB .. 10 MB of repeated page texts), the exponent
  of a least-squares fit of log time on log size, and a 10 MB single line;
* peak traced memory for one 10 MB input, and memory over 10,000 pages parsed
  in one process;
* a cProfile of parsing the dev texts.

``--write`` replaces the text between ``<!-- bench:begin -->`` and
``<!-- bench:end -->`` in the given markdown file; the rest of that file is
hand-written and left alone. The corpus is read in place and never copied.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as _dt
import functools
import gc
import gzip
import html
import io
import itertools
import json
import math
import os
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))  # measure this checkout, not an installed copy

import cleanpress  # (imported after the path fix on purpose)

BEGIN = "<!-- bench:begin -->"
END = "<!-- bench:end -->"
MB = 1_000_000
KB = 1_000

#: The acceptance goals; the doc explains each one.
GOAL_MB_PER_S = 20.0
GOAL_FLOOR_RATIO = 4.0
GOAL_TRAFILATURA_RATIO = 100.0
GOAL_EXPONENT = 1.1
GOAL_SINGLE_LINE_S = 2.0
GOAL_PEAK_MEMORY_RATIO = 10.0
#: "Memory does not grow" over the many-pages run: the tolerances.
GROWTH_RSS_BYTES = 4 * 1024 * 1024
GROWTH_RSS_SHARE = 0.05
GROWTH_GC_OBJECTS = 2_000

_WORD = regex.compile(r"\w+")

#: ISO 639-1 code -> the name of jusText's stoplist for it (English otherwise).
JUSTEXT_STOPLISTS: Mapping[str, str] = {
    "en": "English",
    "de": "German",
    "ru": "Russian",
    "es": "Spanish",
    "fr": "French",
    "pl": "Polish",
    "cs": "Czech",
    "pt": "Portuguese",
    "da": "Danish",
    "sv": "Swedish",
    "it": "Italian",
    "fi": "Finnish",
    "no": "Norwegian_Bokmal",
    "nb": "Norwegian_Bokmal",
    "nn": "Norwegian_Nynorsk",
    "he": "Hebrew",
    "is": "Icelandic",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "kk": "Kazakh",
    "nl": "Dutch",
    "hu": "Hungarian",
    "ko": "Korean",
    "id": "Indonesian",
    "ar": "Arabic",
    "hi": "Hindi",
    "lt": "Lithuanian",
    "vi": "Vietnamese",
}


@dataclass(frozen=True)
class Settings:
    """How much work one run does; ``--quick`` trades precision for time."""

    quick: bool
    #: repetitions of a timed pass over a corpus set (the median is reported)
    reps: int
    #: pages in the peer sample, and repetitions over it
    peer_sample: int
    peer_reps: int
    #: repetitions of the 10 MB inputs
    big_reps: int
    #: checkpoints (pages parsed so far) of the many-pages memory run
    memory_checkpoints: tuple[int, ...]
    #: texts profiled (None = all dev texts)
    profile_texts: int | None
    #: input size -> how many different inputs of that size are timed (their mean is reported)
    variants: tuple[tuple[int, int], ...]

    @staticmethod
    def make(quick: bool) -> Settings:
        if quick:
            return Settings(True, 1, 30, 1, 1, (100, 500, 1_000), 150, ((KB, 30), (10 * KB, 20), (100 * KB, 6), (MB, 2), (10 * MB, 1)))
        return Settings(
            False, 5, 150, 3, 3, (1_000, 5_000, 10_000), None, ((KB, 100), (10 * KB, 60), (100 * KB, 20), (MB, 6), (10 * MB, 3))
        )


# ---------------------------------------------------------------------------
# Input


@dataclass(frozen=True)
class Record:
    """One dev record: the fields this benchmark needs."""

    id: str
    scope: str
    lang: str | None
    text: str

    @property
    def page_id(self) -> str:
        """The id of the page's HTML in ``dev-html.jsonl.gz``."""
        return self.id.split("#", 1)[0]


def load_records(corpus: Path) -> list[Record]:
    """The page and article records of ``dev.jsonl.gz``, in file order."""
    out: list[Record] = []
    with gzip.open(corpus / "dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("scope") in ("page", "article") and isinstance(rec.get("text"), str):
                out.append(Record(rec["id"], rec["scope"], rec.get("lang"), rec["text"]))
    return out


def load_html(corpus: Path, wanted: set[str]) -> dict[str, str]:
    """The HTML of the pages in ``wanted`` (the file is streamed; nothing else is kept)."""
    out: dict[str, str] = {}
    with gzip.open(corpus / "dev-html.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("id") in wanted:
                out[rec["id"]] = rec["html"]
    return out


def load_seeds() -> list[str]:
    """The texts of ``fixtures/seeds/*.txt``."""
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))]


def utf8_size(texts: Iterable[str]) -> int:
    """Total size of ``texts`` in bytes of UTF-8."""
    return sum(len(t.encode("utf-8")) for t in texts)


def evenly_spaced(items: Sequence[Any], n: int) -> list[Any]:
    """``n`` items spread over ``items`` (all of them when there are fewer)."""
    if n >= len(items):
        return list(items)
    return [items[(i * len(items)) // n] for i in range(n)]


def build_input(texts: Sequence[str], size: int, start: int = 0) -> str:
    """``size`` bytes of UTF-8 made of ``texts`` repeated in order from ``texts[start]``, a blank line between them."""
    parts: list[str] = []
    have = 0
    i = start
    while have < size:
        t = texts[i % len(texts)]
        parts.append(t)
        have += len(t.encode("utf-8")) + 2
        i += 1
    data = "\n\n".join(parts).encode("utf-8")[:size]
    return data.decode("utf-8", errors="ignore")  # drops a character cut in half


# ---------------------------------------------------------------------------
# Timing helpers


def time_once(fn: Callable[[], object]) -> float:
    """Seconds one call of ``fn`` takes (garbage from earlier work collected first)."""
    gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def median_time(fn: Callable[[], object], reps: int) -> float:
    """Median seconds of ``reps`` calls of ``fn``."""
    return statistics.median(time_once(fn) for _ in range(max(1, reps)))


def adaptive_time(fn: Callable[[], object], min_reps: int, min_total: float = 1.0, max_reps: int = 200) -> tuple[float, int]:
    """Median seconds of ``fn``, repeated at least ``min_reps`` times and until ``min_total`` s were spent."""
    times: list[float] = []
    while len(times) < max_reps and (len(times) < min_reps or sum(times) < min_total):
        times.append(time_once(fn))
    return statistics.median(times), len(times)


def parse_all(texts: Sequence[str]) -> Callable[[], None]:
    """A pass of ``cleanpress.parse`` over ``texts``."""

    def run() -> None:
        for t in texts:
            cleanpress.parse(t)

    return run


def floor_all(texts: Sequence[str]) -> Callable[[], None]:
    """The floor: one ``\\w+`` findall over every line of ``texts``."""
    findall = _WORD.findall

    def run() -> None:
        for t in texts:
            for line in t.splitlines():
                findall(line)

    return run


def current_rss() -> tuple[int, str]:
    """Resident set size of this process in bytes, and how it was read."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE"), "RSS (/proc/self/statm)"
    except (OSError, ValueError, IndexError):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        scale = 1 if sys.platform == "darwin" else 1024
        return peak * scale, "peak RSS (getrusage)"


def log(msg: str) -> None:
    """Progress goes to stderr, so stdout stays the report."""
    print(f"[speed {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------
# Measurements


def measure_throughput(name: str, texts: Sequence[str], reps: int) -> dict[str, Any]:
    """docs/s and MB/s of ``parse`` and of the floor on ``texts``, and their ratio."""
    size = utf8_size(texts)
    parse_all(texts[:20])()  # warm-up: language files, lexicons, lazy imports
    if len(texts) < 50:  # tiny sets (the seeds): repeat inside a rep for a stable timing
        t_parse, n_parse = adaptive_time(parse_all(texts), min_reps=max(3, reps), min_total=1.0)
        t_floor, n_floor = adaptive_time(floor_all(texts), min_reps=max(3, reps), min_total=0.2, max_reps=2_000)
    else:
        t_parse, n_parse = median_time(parse_all(texts), reps), reps
        t_floor, n_floor = adaptive_time(floor_all(texts), min_reps=max(3, reps), min_total=0.5)
    n_lines = sum(t.count("\n") + 1 for t in texts)
    return {
        "name": name,
        "docs": len(texts),
        "bytes": size,
        "lines": n_lines,
        "us_per_line": 1e6 * t_parse / n_lines,
        "parse_s": t_parse,
        "parse_reps": n_parse,
        "docs_per_s": len(texts) / t_parse,
        "mb_per_s": size / MB / t_parse,
        "floor_s": t_floor,
        "floor_reps": n_floor,
        "floor_mb_per_s": size / MB / t_floor,
        "floor_ratio": t_parse / t_floor,
    }


def _justext_html(text: str) -> str:
    """The text as HTML for jusText: one ``<p>`` per line."""
    return "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines()) + "</body></html>"


def measure_peers(records: Sequence[Record], corpus: Path, settings: Settings) -> dict[str, Any]:
    """trafilatura on the HTML and jusText on the text of a sample of pages, against ``parse``."""
    out: dict[str, Any] = {"available": {}, "rows": []}
    pages = sorted((r for r in records if r.scope == "page"), key=lambda r: r.id)
    sample = evenly_spaced(pages, settings.peer_sample)
    sample_ids = {r.page_id for r in sample}
    by_page = {(r.page_id, r.scope): r for r in records}
    html_by_id = load_html(corpus, sample_ids)
    sample = [r for r in sample if r.page_id in html_by_id]
    out["sample"] = len(sample)
    reps = settings.peer_reps

    cp: dict[str, float] = {}
    for scope in ("page", "article"):
        texts = [by_page[(r.page_id, scope)].text for r in sample if (r.page_id, scope) in by_page]
        parse_all(texts[:5])()
        cp[scope] = len(texts) / median_time(parse_all(texts), reps)
        out[f"cleanpress_{scope}_docs_per_s"] = cp[scope]
        # For scale: the floor on the same texts, the most any line-based tool could reach.
        out[f"floor_{scope}_docs_per_s"] = len(texts) / adaptive_time(floor_all(texts), min_reps=3, min_total=0.3)[0]

    try:
        import trafilatura

        htmls = [html_by_id[r.page_id] for r in sample]
        trafilatura.extract(htmls[0])  # warm-up

        def run_trafilatura() -> None:
            for h in htmls:
                trafilatura.extract(h)

        rate = len(htmls) / median_time(run_trafilatura, reps)
        out["available"]["trafilatura"] = True
        for scope in ("page", "article"):
            out["rows"].append(
                {
                    "peer": "trafilatura extract (HTML)",
                    "scope": scope,
                    "docs_per_s": rate,
                    "cleanpress_docs_per_s": cp[scope],
                    "ratio": cp[scope] / rate,
                }
            )
    except ImportError:
        out["available"]["trafilatura"] = False

    try:
        import justext

        names = set(justext.get_stoplists())
        stoplists: dict[str, frozenset[str]] = {}

        def stoplist(lang: str | None) -> frozenset[str]:
            name = JUSTEXT_STOPLISTS.get(lang or "", "English")
            name = name if name in names else "English"
            if name not in stoplists:
                stoplists[name] = frozenset(justext.get_stoplist(name))
            return stoplists[name]

        for scope in ("page", "article"):
            recs = [by_page[(r.page_id, scope)] for r in sample if (r.page_id, scope) in by_page]
            jobs = [(_justext_html(r.text), stoplist(r.lang)) for r in recs]  # wrapping is not timed
            justext.justext(jobs[0][0], jobs[0][1])

            def run_justext(jobs: list[tuple[str, frozenset[str]]] = jobs) -> None:
                for page, stop in jobs:
                    justext.justext(page, stop)

            rate = len(jobs) / median_time(run_justext, reps)
            out["rows"].append(
                {
                    "peer": "jusText (text as <p> lines)",
                    "scope": scope,
                    "docs_per_s": rate,
                    "cleanpress_docs_per_s": cp[scope],
                    "ratio": cp[scope] / rate,
                }
            )
        out["available"]["justext"] = True
    except ImportError:
        out["available"]["justext"] = False
    return out


def fit_exponent(sizes: Sequence[float], times: Sequence[float]) -> float:
    """Least-squares slope of log(time) on log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(t) for t in times]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    return sxy / sxx


def measure_scaling(page_texts: Sequence[str], settings: Settings) -> dict[str, Any]:
    """Time of one ``parse`` for inputs of 1 KB .. 10 MB, the fitted exponent, and a 10 MB single line.

    Each size is timed on several different inputs, starting at pages spread
    over the corpus, and the mean time per input is reported: so every size
    sees about the same mix of pages, and the exponent measures size, not a
    change of page mix. The one-off warm-up cost is paid before timing.
    """
    rows: list[dict[str, Any]] = []
    cleanpress.parse(page_texts[0])
    for size, n_variants in settings.variants:
        starts = [(j * len(page_texts)) // n_variants for j in range(n_variants)]
        if size >= 10 * MB:  # too big to keep several: build, time once, drop
            times, n_bytes, n_lines = [], 0, 0
            for st in starts:
                text = build_input(page_texts, size, st)
                n_bytes += len(text.encode("utf-8"))
                n_lines += text.count("\n") + 1
                times.append(time_once(functools.partial(cleanpress.parse, text)))
                del text
            t, reps = statistics.fmean(times), 1
        else:
            inputs = [build_input(page_texts, size, st) for st in starts]
            n_bytes = sum(len(x.encode("utf-8")) for x in inputs)
            n_lines = sum(x.count("\n") + 1 for x in inputs)
            total, reps = adaptive_time(parse_all(inputs), min_reps=3, min_total=1.0 if not settings.quick else 0.3)
            t = total / len(inputs)
            del inputs
        mean_bytes = n_bytes / n_variants
        rows.append(
            {
                "target": size,
                "inputs": n_variants,
                "bytes": mean_bytes,
                "lines": n_lines / n_variants,
                "seconds": t,
                "reps": reps,
                "mb_per_s": mean_bytes / MB / t,
            }
        )
        log(f"scaling: {size / KB:,.0f} KB in {t:.4f} s (mean of {n_variants} inputs)")
    exponent = fit_exponent([r["bytes"] for r in rows], [r["seconds"] for r in rows])
    for a, b in itertools.pairwise(rows):
        b["local_exponent"] = math.log(b["seconds"] / a["seconds"]) / math.log(b["bytes"] / a["bytes"])

    one_line = build_input(page_texts, 10 * MB).replace("\r", " ").replace("\n", " ")
    t_line = median_time(lambda: cleanpress.parse(one_line), settings.big_reps)
    log(f"10 MB single line in {t_line:.3f} s")
    prof = cProfile.Profile()
    prof.enable()
    cleanpress.parse(one_line)
    prof.disable()
    return {
        "rows": rows,
        "exponent": exponent,
        "single_line_bytes": len(one_line.encode("utf-8")),
        "single_line_s": t_line,
        "single_line_reps": settings.big_reps,
        "single_line_profile": _profile_entries(prof),
    }


def _sites(snapshot: tracemalloc.Snapshot, n: int = 10) -> list[dict[str, Any]]:
    """The ``n`` source lines that hold the most memory in ``snapshot``."""
    return [
        {"site": f"{_short_path(st.traceback[0].filename)}:{st.traceback[0].lineno}", "bytes": st.size, "blocks": st.count}
        for st in snapshot.statistics("lineno")[:n]
    ]


def measure_peak_memory(page_texts: Sequence[str]) -> dict[str, Any]:
    """Peak memory traced while parsing one 10 MB input (the input itself not counted).

    A first, clean run gives the peak. A second run looks at where the memory
    is: a snapshot taken when the assembly stage returns (every per-line
    structure and the new Document alive at once, which is about the peak),
    when the pipeline has such a stage; else after ``parse``.
    """
    text = build_input(page_texts, 10 * MB)
    size = len(text.encode("utf-8"))
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        doc = cleanpress.parse(text)
        current, peak = tracemalloc.get_traced_memory()
        n_lines = len(doc.lines)
        del doc
    finally:
        tracemalloc.stop()

    from cleanpress import pipeline

    snapshots: list[tracemalloc.Snapshot] = []
    stage = getattr(pipeline, "assemble", None)
    where = "after `parse` (what the Document keeps)"
    gc.collect()
    tracemalloc.start()
    try:
        if callable(stage):
            where = "when the assembly stage returns (about the peak)"

            def spy(*args: Any, **kwargs: Any) -> Any:
                result = stage(*args, **kwargs)
                snapshots.append(tracemalloc.take_snapshot())
                return result

            pipeline.assemble = spy  # type: ignore[attr-defined]
        try:
            doc = cleanpress.parse(text)
        finally:
            if callable(stage):
                pipeline.assemble = stage  # type: ignore[attr-defined]
        if not snapshots:
            snapshots.append(tracemalloc.take_snapshot())
        del doc
    finally:
        tracemalloc.stop()
    snap = snapshots[0].filter_traces([tracemalloc.Filter(True, "*cleanpress*")])
    return {
        "bytes": size,
        "str_bytes": sys.getsizeof(text),
        "lines": n_lines,
        "peak_bytes": peak - base,
        "retained_bytes": current - base,
        "ratio": (peak - base) / size,
        "sites_when": where,
        "sites": _sites(snap),
    }


def many_pages(records: Sequence[Record], count: int) -> Iterator[str]:
    """``count`` different pages: the dev texts in turn, each made unique by a closing line."""
    for i in range(count):
        rec = records[i % len(records)]
        yield f"{rec.text}\n\nArchive note {i}: revision {(i * 7919) % 1_000_003}."


def measure_many_pages(records: Sequence[Record], checkpoints: Sequence[int]) -> dict[str, Any]:
    """RSS and live objects after 1k, 5k, 10k pages parsed in this process: they must not grow."""
    rows: list[dict[str, Any]] = []
    todo = sorted(checkpoints)
    source = "RSS"
    t0 = time.perf_counter()
    for done, text in enumerate(many_pages(records, todo[-1]), start=1):
        cleanpress.parse(text)
        if done in todo:
            gc.collect()
            rss, source = current_rss()
            rows.append({"pages": done, "rss": rss, "gc_objects": len(gc.get_objects()), "seconds": time.perf_counter() - t0})
            log(f"memory run: {done:,} pages, RSS {rss / 2**20:.1f} MiB")
    first, last = rows[0], rows[-1]
    rss_growth = last["rss"] - first["rss"]
    obj_growth = last["gc_objects"] - first["gc_objects"]
    ok = rss_growth <= max(GROWTH_RSS_BYTES, GROWTH_RSS_SHARE * first["rss"]) and obj_growth <= GROWTH_GC_OBJECTS
    return {"rows": rows, "source": source, "rss_growth": rss_growth, "gc_growth": obj_growth, "ok": ok}


def _short_path(path: str) -> str:
    """``.../site-packages/ftfy/__init__.py`` -> ``ftfy/__init__.py``; ``.../src/cleanpress/x.py`` -> ``cleanpress/x.py``."""
    for marker in ("site-packages/", "/src/", "/lib/python"):
        if marker in path:
            path = path.split(marker, 1)[1]
            if marker == "/lib/python":
                path = "stdlib/" + path.split("/", 1)[-1]
            break
    return path


def _function_name(key: tuple[str, int, str]) -> str:
    """A short name for a pstats key: ``cleanpress/features.py:74 compute_features``."""
    path, line, func = key
    if path == "~":
        return func
    return f"{_short_path(path)}:{line} {func}"


def _package_of(key: tuple[str, int, str]) -> str:
    """Which module or package a profiled function belongs to."""
    path = key[0]
    if path == "~":
        return "C functions (regex matching, str/list methods, builtins)"
    if "/cleanpress/" in path:
        return "cleanpress." + Path(path).stem
    if "site-packages/" in path:
        return path.split("site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
    return "Python standard library"


def _profile_entries(prof: cProfile.Profile) -> dict[str, Any]:
    """The top functions of a profile, by cumulative and by own time, and the own time per module."""
    stats = pstats.Stats(prof, stream=io.StringIO())
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]] = stats.stats  # type: ignore[attr-defined]
    # The whole profiled time: the sum of own times (cumulative times of
    # recursive or generator functions can exceed it slightly, hence the max).
    total = max(sum(v[2] for v in raw.values()), max((v[3] for v in raw.values()), default=0.0)) or 1e-9
    entries: list[dict[str, Any]] = [
        {"function": _function_name(k), "ncalls": nc, "tottime": tt, "cumtime": ct, "tot_share": tt / total, "cum_share": ct / total}
        for k, (_cc, nc, tt, ct, _callers) in raw.items()
    ]
    by_module: dict[str, float] = {}
    for k, v in raw.items():
        by_module[_package_of(k)] = by_module.get(_package_of(k), 0.0) + v[2]
    modules = [{"module": m, "tottime": t, "share": t / total} for m, t in sorted(by_module.items(), key=lambda kv: -kv[1])]
    return {
        "total_s": total,
        "by_cumulative": sorted(entries, key=lambda e: -e["cumtime"])[:15],
        "by_tottime": sorted(entries, key=lambda e: -e["tottime"])[:15],
        "by_module": modules[:12],
    }


def measure_profile(texts: Sequence[str]) -> dict[str, Any]:
    """cProfile of one ``parse`` pass over ``texts``: the top functions and the time per module."""
    parse_all(texts[:20])()
    prof = cProfile.Profile()
    prof.enable()
    for t in texts:
        cleanpress.parse(t)
    prof.disable()
    return {"texts": len(texts), **_profile_entries(prof)}


# ---------------------------------------------------------------------------
# Report


def _load() -> str:
    """The load averages of the machine, as text."""
    return " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"


def checkout() -> str:
    """The git commit measured, and whether the working tree had changes."""
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty=+uncommitted changes"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def versions() -> dict[str, str]:
    """Versions of the packages whose speed is measured."""
    out = {}
    for dist in ("cleanpress", "regex", "ftfy", "dateparser", "trafilatura", "jusText", "lxml"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    out["cleanpress"] = f"{cleanpress.__version__} (this checkout)"
    return out


def machine() -> dict[str, str]:
    """What the numbers were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    return {"nproc": str(usable), "cpu": cpu, "platform": platform.platform()}


def goals(results: Mapping[str, Any]) -> list[tuple[str, str, str, bool]]:
    """(goal, target, measured, met) for every acceptance goal."""
    thr = {row["name"]: row for row in results["throughput"]}
    rows: list[tuple[str, str, str, bool]] = []
    for scope in ("page", "article"):
        r = thr[f"dev {scope}"]
        rows.append(
            (
                f"throughput, {scope} scope",
                f">= {GOAL_MB_PER_S:g} MB/s per core",
                f"{r['mb_per_s']:.2f} MB/s",
                r["mb_per_s"] >= GOAL_MB_PER_S,
            )
        )
    for scope in ("page", "article"):
        r = thr[f"dev {scope}"]
        rows.append(
            (
                f"cost over the floor, {scope} scope",
                f"<= {GOAL_FLOOR_RATIO:g}x",
                f"{r['floor_ratio']:.1f}x",
                r["floor_ratio"] <= GOAL_FLOOR_RATIO,
            )
        )
    traf = [p for p in results["peers"]["rows"] if p["peer"].startswith("trafilatura") and p["scope"] == "page"]
    if traf:
        rows.append(
            (
                "docs/s against trafilatura on HTML (page scope)",
                f">= {GOAL_TRAFILATURA_RATIO:g}x",
                f"{traf[0]['ratio']:.1f}x",
                traf[0]["ratio"] >= GOAL_TRAFILATURA_RATIO,
            )
        )
    else:
        rows.append(
            ("docs/s against trafilatura on HTML (page scope)", f">= {GOAL_TRAFILATURA_RATIO:g}x", "trafilatura not installed", False)
        )
    sc = results["scaling"]
    rows.append(("size exponent, 1 KB .. 10 MB", f"<= {GOAL_EXPONENT:g}", f"{sc['exponent']:.3f}", sc["exponent"] <= GOAL_EXPONENT))
    rows.append(
        ("10 MB on a single line", f"< {GOAL_SINGLE_LINE_S:g} s", f"{sc['single_line_s']:.2f} s", sc["single_line_s"] < GOAL_SINGLE_LINE_S)
    )
    pm = results["peak_memory"]
    rows.append(
        (
            "peak memory, one 10 MB input",
            f"< {GOAL_PEAK_MEMORY_RATIO:g}x its size",
            f"{pm['ratio']:.1f}x",
            pm["ratio"] < GOAL_PEAK_MEMORY_RATIO,
        )
    )
    mp = results["many_pages"]
    n = mp["rows"][-1]["pages"]
    rows.append(
        (
            f"memory over {n:,} pages",
            "does not grow",
            f"RSS {mp['rss_growth'] / 2**20:+.1f} MiB, objects {mp['gc_growth']:+,} from {mp['rows'][0]['pages']:,} to {n:,} pages",
            mp["ok"],
        )
    )
    return rows


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out.extend("| " + " | ".join(str(c) for c in row) + " |" for row in rows)
    return out


def _profile_table(entries: Sequence[Mapping[str, Any]], share_key: str) -> list[str]:
    return _table(
        ("function", "calls", "tottime s", "cumtime s", "share"),
        (
            (
                f"`{e['function'].replace('|', '/')}`",
                f"{e['ncalls']:,}",
                f"{e['tottime']:.3f}",
                f"{e['cumtime']:.3f}",
                f"{100 * e[share_key]:.1f}%",
            )
            for e in entries
        ),
    )


def mp_pages(results: Mapping[str, Any]) -> int:
    """How many pages the many-pages memory run parsed."""
    return int(results["many_pages"]["rows"][-1]["pages"])


def render(results: Mapping[str, Any]) -> str:
    """The generated section of docs/performance.md (markdown)."""
    s: Mapping[str, Any] = results["settings"]
    env, mach = results["versions"], results["machine"]
    lines: list[str] = [
        f"Measured {results['date']} with `{results['command']}`"
        + (" (**quick mode**: fewer repetitions and pages; not for the record)." if s["quick"] else "."),
        "",
        (
            f"Checkout: `{results['checkout']}`. "
            f"Machine: {mach['nproc']} usable cores (nproc), {mach['cpu']}, {mach['platform']}, load average (1/5/15 min) {results['load']} at the start and {results['load_end']} at the end "
            "(other processes on the machine slow every rate down). "
            f"Python {results['python']}. Single process: every rate is per core."
        ),
        "",
        "Packages: " + ", ".join(f"{k} {v}" for k, v in env.items()) + ".",
        "",
        "### Acceptance goals",
        "",
    ]
    lines += _table(("goal", "target", "measured", "status"), ((g, t, m, "PASS" if ok else "**FAIL**") for g, t, m, ok in results["goals"]))

    lines += ["", f"### Throughput of `parse` and the floor (median of {s['reps']} passes; seeds repeated to at least 1 s)", ""]
    lines += _table(
        ("texts", "docs", "lines", "MB", "parse docs/s", "parse MB/s", "µs per line", "floor MB/s", "parse / floor"),
        (
            (
                r["name"],
                r["docs"],
                f"{r['lines']:,}",
                f"{r['bytes'] / MB:.2f}",
                f"{r['docs_per_s']:,.1f}",
                f"{r['mb_per_s']:.2f}",
                f"{r['us_per_line']:.1f}",
                f"{r['floor_mb_per_s']:.1f}",
                f"{r['floor_ratio']:.1f}x",
            )
            for r in results["throughput"]
        ),
    )

    peers = results["peers"]
    lines += [
        "",
        f"### Peers (sample of {peers['sample']} pages spread evenly over the dev pages, median of {s['peer_reps']} passes)",
        "",
        (
            "The peers are slow, so they run on a sample; cleanpress is timed on the same sample's texts. "
            "trafilatura gets the page's HTML (the same for both scopes); jusText gets the record's text, one `<p>` per line, "
            "with the stoplist of the record's language (English when jusText has none or the language is unknown)."
        ),
        "",
    ]
    lines += _table(
        ("peer", "scope", "peer docs/s", "cleanpress docs/s", "cleanpress / peer"),
        (
            (p["peer"], p["scope"], f"{p['docs_per_s']:.1f}", f"{p['cleanpress_docs_per_s']:.1f}", f"{p['ratio']:.1f}x")
            for p in peers["rows"]
        ),
    )
    traf_rate = next((p["docs_per_s"] for p in peers["rows"] if p["peer"].startswith("trafilatura")), None)
    if traf_rate:
        lines += [
            "",
            (
                f"For scale, the floor on the same sample runs at {peers['floor_page_docs_per_s']:,.0f} docs/s (page scope) = "
                f"{peers['floor_page_docs_per_s'] / traf_rate:.0f}x trafilatura, and {peers['floor_article_docs_per_s']:,.0f} docs/s "
                f"(article scope) = {peers['floor_article_docs_per_s'] / traf_rate:.0f}x: "
                "a ratio to trafilatura above these is out of reach for any tool that looks at every word once."
            ),
        ]
    missing = [k for k, ok in peers["available"].items() if not ok]
    if missing:
        lines += ["", "Not installed, not measured: " + ", ".join(missing) + " (`pip install -r benchmarks/requirements-bench.txt`)."]

    sc = results["scaling"]
    lines += [
        "",
        "### Growth with input size (page texts repeated, a blank line between)",
        "",
        (
            "Each size is timed on several different inputs, starting at pages spread over the corpus; "
            "`seconds` is the mean time of one `parse` (the median of the passes over all inputs; the 10 MB inputs once each). "
            "The local exponent is the slope from the size above."
        ),
        "",
    ]
    lines += _table(
        ("input", "inputs", "lines per input", "seconds", "MB/s", "passes", "local exponent"),
        (
            (
                f"{r['target'] / KB:,.0f} KB",
                r["inputs"],
                f"{r['lines']:,.0f}",
                f"{r['seconds']:.4f}",
                f"{r['mb_per_s']:.2f}",
                r["reps"],
                f"{r['local_exponent']:.2f}" if "local_exponent" in r else "",
            )
            for r in sc["rows"]
        ),
    )
    lines += [
        "",
        (
            f"Fitted exponent (least squares, log time on log size, 1 KB .. 10 MB): **{sc['exponent']:.3f}**. "
            f"10 MB on a single line (newlines replaced by spaces): **{sc['single_line_s']:.2f} s** (median of {sc['single_line_reps']})."
        ),
        "",
        "Where the single line's time goes (cProfile, top 8 by cumulative time, then top 8 by own time):",
        "",
    ]
    lines += _profile_table(sc["single_line_profile"]["by_cumulative"][:8], "cum_share")
    lines += [""]
    lines += _profile_table(sc["single_line_profile"]["by_tottime"][:8], "tot_share")

    pm = results["peak_memory"]
    lines += [
        "",
        "### Memory",
        "",
        (
            f"One {pm['bytes'] / MB:.1f} MB input ({pm['lines']:,} lines; the `str` itself takes {pm['str_bytes'] / MB:.1f} MB and is not counted): "
            f"peak traced memory during `parse` **{pm['peak_bytes'] / MB:.1f} MB = {pm['ratio']:.1f}x the input**; "
            f"the returned Document holds {pm['retained_bytes'] / MB:.1f} MB. Memory held by cleanpress's own allocations {pm['sites_when']}, by source line:"
        ),
        "",
    ]
    lines += _table(
        ("allocation site", "MB", "blocks"), ((f"`{x['site']}`", f"{x['bytes'] / MB:.1f}", f"{x['blocks']:,}") for x in pm["sites"])
    )
    lines += [
        "",
        (
            f"Many pages in one process: the dev texts in turn, each made unique by a closing line, {mp_pages(results):,} parses; "
            "measured after a garbage collection at each checkpoint. It passes when, from the first to the last checkpoint, "
            f"RSS grows by at most {GROWTH_RSS_BYTES // 2**20} MiB (or {100 * GROWTH_RSS_SHARE:g}%) and the live objects by at most {GROWTH_GC_OBJECTS:,}."
        ),
        "",
    ]
    mp = results["many_pages"]
    lines += _table(
        ("pages parsed", mp["source"] + ", MiB", "live gc objects", "elapsed s"),
        ((f"{r['pages']:,}", f"{r['rss'] / 2**20:.1f}", f"{r['gc_objects']:,}", f"{r['seconds']:.0f}") for r in mp["rows"]),
    )

    pr = results["profile"]
    lines += [
        "",
        f"### Profile (cProfile, one pass over {pr['texts']:,} dev texts, {pr['total_s']:.2f} s profiled)",
        "",
        "Share = the function's time over the whole profiled time. cProfile slows Python-level calls more than C calls, so shares are indicative.",
        "",
        "Time by module (own time of its functions):",
        "",
    ]
    lines += _table(
        ("module", "tottime s", "share"), ((m["module"], f"{m['tottime']:.3f}", f"{100 * m['share']:.1f}%") for m in pr["by_module"])
    )
    lines += ["", "Top 15 by cumulative time:", ""]
    lines += _profile_table(pr["by_cumulative"], "cum_share")
    lines += ["", "Top 15 by own time (tottime):", ""]
    lines += _profile_table(pr["by_tottime"], "tot_share")
    return "\n".join(lines) + "\n"


def write_section(path: Path, content: str) -> None:
    """Put ``content`` between the bench markers of ``path`` (markers appended when absent)."""
    block = f"{BEGIN}\n{content}{END}"
    if path.exists():
        text = path.read_text(encoding="utf-8")
        start, end = text.find(BEGIN), text.find(END)
        if start >= 0 and end > start:
            text = text[:start] + block + text[end + len(END) :]
        else:
            text = text.rstrip("\n") + "\n\n## Results\n\n" + block + "\n"
    else:
        text = "# Performance\n\n## Results\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------
# Main


def run(corpus: Path, settings: Settings, command: str) -> dict[str, Any]:
    """Every measurement, in an order that keeps the big inputs from disturbing the rates."""
    log("loading the corpus")
    records = load_records(corpus)
    pages = [r.text for r in records if r.scope == "page"]
    articles = [r.text for r in records if r.scope == "article"]
    results: dict[str, Any] = {
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "command": command,
        "python": platform.python_version(),
        "checkout": checkout(),
        "load": _load(),
        "versions": versions(),
        "machine": machine(),
        "settings": {"quick": settings.quick, "reps": settings.reps, "peer_reps": settings.peer_reps},
        "throughput": [],
    }
    for name, texts in (("seeds", load_seeds()), ("dev article", articles), ("dev page", pages)):
        log(f"throughput: {name} ({len(texts)} texts)")
        row = measure_throughput(name, texts, settings.reps)
        log(f"  {row['mb_per_s']:.2f} MB/s, {row['docs_per_s']:.1f} docs/s, {row['floor_ratio']:.1f}x the floor")
        results["throughput"].append(row)
    log("peers")
    results["peers"] = measure_peers(records, corpus, settings)
    log("scaling")
    results["scaling"] = measure_scaling(pages, settings)
    log("peak memory of one 10 MB input")
    results["peak_memory"] = measure_peak_memory(pages)
    log("memory over many pages")
    results["many_pages"] = measure_many_pages(records, settings.memory_checkpoints)
    log("profile")
    texts = [r.text for r in records]
    if settings.profile_texts is not None:
        texts = evenly_spaced(texts, settings.profile_texts)
    results["profile"] = measure_profile(texts)
    results["goals"] = goals(results)
    results["load_end"] = _load()
    return results


def main(argv: list[str] | None = None) -> int:
    """Command line: run everything, print the report, optionally write it into the doc."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    ap.add_argument("--corpus", type=Path, required=True, help="the shared corpus directory (dev.jsonl.gz, dev-html.jsonl.gz)")
    ap.add_argument("--quick", action="store_true", help="fewer repetitions, pages and profiled texts (about a minute)")
    ap.add_argument("--write", type=Path, help="markdown file whose bench section is rewritten (docs/performance.md)")
    ap.add_argument("--json", type=Path, help="also dump the raw results as JSON here")
    ap.add_argument("--check", action="store_true", help="exit with status 1 when an acceptance goal is not met")
    args = ap.parse_args(argv)
    for name in ("dev.jsonl.gz", "dev-html.jsonl.gz"):
        if not (args.corpus / name).is_file():
            ap.error(f"{args.corpus / name} not found")
    command = "python benchmarks/speed.py --corpus <corpus>" + (" --quick" if args.quick else "")
    results = run(args.corpus, Settings.make(args.quick), command)
    report = render(results)
    print(report)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    if args.write:
        write_section(args.write, report)
        log(f"wrote {args.write}")
    if args.check and not all(ok for *_, ok in results["goals"]):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
