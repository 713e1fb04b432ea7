"""Does any rule turn quadratic on the shape it looks for?

    python benchmarks/shapes.py [--write docs/performance.md]

Each case is a page made of one shape that a rule of the parser reacts to (a table of
contents, a recipe's ingredients, captions with credits, cookie buttons, sign-offs...),
repeated until the page is a few hundred KB, then four times that. A linear parser takes about
four times as long on the larger page; a rule that rescans the page for each line it looks at
takes about sixteen times as long. The real-page growth curve (``speed.py``) cannot show this:
real pages hold each shape a few times, not thousands. The texts are written here.

``--write`` replaces the text between ``<!-- shapes:begin -->`` and ``<!-- shapes:end -->`` in
the given markdown file.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

import cleanpress

P = "The council met on Monday to discuss the new bridge over the river and most members agreed to fund it this year."

# name -> (what the shape is, one unit of it); units are repeated to about UNIT_BYTES.
SHAPES: dict[str, tuple[str, str]] = {
    "credits": ("sentences closed by a photo credit", P + " Photo: Jane Doe\n"),
    "licence": ("captions closed by a licence tag", "A view of the bridge, Jane Doe, CC BY-SA 4.0\n" + P + "\n"),
    "video": ("video teasers with a clip length", "Teaser summary of the clip about the bridge.\n12.05.2025 | 2:43 min\n" + P + "\n"),
    "kicker": ("kicker over a title over a paragraph", "Politics\nThe bridge gets its money\n" + P + "\n"),
    "ago": ("teasers stamped with how long ago", "The bridge gets its money\n22 hours ago\n" + P + "\n"),
    "author": ("bylines and author boxes", "By Jane Doe\n" + P + "\nJane Doe\nReporter\n"),
    "row": ("details rows (rubric, byline, date, counter)", "Kolumne von Jane Doe - 28.04.2024 um 08:52 Uhr - 12 Kommentare\n" + P + "\n"),
    "widget": ("text split by ads and read-more links", P + "\n" + P + "\n" + P + "\nAdvertisement\nRead more\nAnother title here for you\n"),
    "contents": ("a table of contents said again below", "Section one title\nSection two title\nSection three title\n" + P + "\n"),
    "ingredients": ("a recipe's ingredients", "Headline of the recipe\n250 g minced lamb\n2 onions chopped finely\n1 tbsp olive oil\n" + P + "\n"),
    "sections": ("labelled sections said again", P + "\nSnacks:\nApples and pears\nApproximate cost per day: 5\n"),
    "drop caps": ("a drop cap over each paragraph", "D\nuring the meeting the council agreed to fund the bridge this year.\n"),
    "cookies": ("cookie banners and their buttons", "We use cookies on this site. By browsing you accept them.\nOK\nMore\n" + P + "\n"),
    "quotes": ("quotations set line by line", P + "\n“Verse line one\nVerse line two\n"),
    "sign-offs": ("posts signed off", P + "\nBest wishes,\nJane Doe\n"),
    "pingbacks": ("pingbacks under a post", P + "\nPingback: Some title | Some site\n"),
    "forms": ("forms with required fields", P + "\nYour Email*\nName *\nSubscribe\n"),
    "about": ("profile boxes", P + "\nAbout Jane Doe\nIch bin Jane, and I write.\n"),
    "one line": ("one line, no newline", P + " "),
}
UNIT_BYTES = 250_000
FACTOR = 4
# A ratio under this for FACTOR times the input is linear with noise; 16 would be quadratic.
LINEAR_MAX_RATIO = 7.0


def _timed(text: str, reps: int = 3) -> float:
    times = []
    for _ in range(reps):
        gc.collect()
        t0 = time.perf_counter()
        cleanpress.parse(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def measure() -> list[tuple[str, str, int, float, float]]:
    cleanpress.parse(P)  # warm-up: language files, compiled patterns
    rows = []
    for name, (what, unit) in SHAPES.items():
        page = unit * max(1, UNIT_BYTES // len(unit.encode("utf-8")))
        small = _timed(page)
        large = _timed(page * FACTOR)
        rows.append((name, what, len(page.encode("utf-8")), small, large))
        print(f"{name:12} {small:7.2f} s {large:7.2f} s  x{large / small:4.1f}", file=sys.stderr)
    return rows


def render(rows: list[tuple[str, str, int, float, float]]) -> str:
    out = [
        f"Each shape repeated to about {UNIT_BYTES // 1000} KB, then {FACTOR} times that; linear is x{FACTOR}, "
        f"quadratic x{FACTOR * FACTOR}. Median of 3 runs, one core.",
        "",
        f"| shape | what it is | KB | s | s at x{FACTOR} | ratio | linear |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, what, size, small, large in rows:
        ratio = large / small
        out.append(f"| {name} | {what} | {size // 1000} | {small:.2f} | {large:.2f} | {ratio:.1f} | {'yes' if ratio < LINEAR_MAX_RATIO else '**no**'} |")
    return "\n".join(out)


def write_section(path: Path, content: str) -> None:
    begin, end = "<!-- shapes:begin -->", "<!-- shapes:end -->"
    text = path.read_text(encoding="utf-8")
    if begin not in text or end not in text:
        raise SystemExit(f"{path}: no {begin} ... {end} section to replace")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    path.write_text(f"{head}{begin}\n{content}\n{end}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", type=Path, help="markdown file whose shapes section is rewritten (docs/performance.md)")
    args = ap.parse_args(argv)
    rows = measure()
    table = render(rows)
    print(table)
    if args.write:
        write_section(args.write, table)
    return 0 if all(large / small < LINEAR_MAX_RATIO for *_, small, large in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
