"""Validate every ``languages/*.json`` file against ``SCHEMA.md``.

Run: ``python -m cleanpress.data.check_languages`` (or this file directly).
Prints one line per problem and a per-language count summary; exits 1 on any error.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

from cleanpress.lexicon import CUE_CATEGORIES

KEYS = (
    "name",
    "stopwords",
    "months",
    "weekdays",
    "relative_dates",
    "byline_labels",
    "caption_labels",
    "source_verbs",
    "agencies",
    "cues",
    "comment_says",
    "second_person",
    "published_labels",
    "updated_labels",
    "credit_words",
    "about_openers",
    "role_words",
    "site_phrases",
    "button_verbs",
    "action_words",
    "link_words",
    "first_plural",
    "first_person",
    "self_intro",
    "source_labels",
)
LIST_KEYS = KEYS[1:2] + KEYS[3:9] + KEYS[10:25]
CUE_KEYS = CUE_CATEGORIES
# byline_labels may end in ":": such a label counts only with its colon, opening a line (SCHEMA.md).
NO_COLON = ("caption_labels", "source_verbs", "agencies", "published_labels", "updated_labels",
            "credit_words", "about_openers", "role_words", "site_phrases", "button_verbs", "action_words",
            "link_words", "first_plural", "first_person", "self_intro", "source_labels")

LANG_DIR = Path(__file__).resolve().parent / "languages"


def _check_str(where: str, s: object, errors: list[str], colon: bool = False) -> None:
    if not isinstance(s, str):
        errors.append(f"{where}: not a string: {s!r}")
        return
    if not s:
        errors.append(f"{where}: empty string")
        return
    if s != s.strip():
        errors.append(f"{where}: not stripped: {s!r}")
    if " ".join(s.split()) != s:
        errors.append(f"{where}: whitespace not collapsed: {s!r}")
    if s != s.casefold():
        errors.append(f"{where}: not casefolded: {s!r}")
    if s != unicodedata.normalize("NFC", s):
        errors.append(f"{where}: not NFC: {s!r}")
    if colon and s.endswith(":"):
        errors.append(f"{where}: trailing ':': {s!r}")


def _check_list(where: str, value: object, errors: list[str], colon: bool) -> int:
    if not isinstance(value, list):
        errors.append(f"{where}: not a list")
        return 0
    seen: set[str] = set()
    for s in value:
        _check_str(where, s, errors, colon)
        if isinstance(s, str):
            if s in seen:
                errors.append(f"{where}: duplicate {s!r}")
            seen.add(s)
    return len(value)


def check_file(path: Path) -> tuple[list[str], list[str], dict[str, int]]:
    """Return (errors, warnings, counts) for one language file."""
    errors: list[str] = []
    warnings: list[str] = []
    counts: dict[str, int] = {}
    code = path.stem
    try:
        raw = path.read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError) as exc:
        return [f"{code}: unreadable: {exc}"], warnings, counts
    if not isinstance(data, dict):
        return [f"{code}: top level is not an object"], warnings, counts
    if tuple(data) != KEYS:
        errors.append(f"{code}: keys {list(data)} != schema order {list(KEYS)}")
    if raw != json.dumps(data, ensure_ascii=False, indent=2) + "\n":
        warnings.append(f"{code}: not in canonical format (ensure_ascii=False, indent=2)")

    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        errors.append(f"{code}.name: missing or not a string")

    for key in LIST_KEYS:
        if key in data:
            counts[key] = _check_list(f"{code}.{key}", data[key], errors, key in NO_COLON)

    months = data.get("months")
    if not isinstance(months, dict):
        errors.append(f"{code}.months: not an object")
    else:
        counts["months"] = len(months)
        covered = set()
        for k, v in months.items():
            _check_str(f"{code}.months", k, errors)
            if type(v) is not int or not 1 <= v <= 12:
                errors.append(f"{code}.months[{k!r}]: value {v!r} not an int in 1..12")
            else:
                covered.add(v)
        missing = sorted(set(range(1, 13)) - covered)
        if missing:
            errors.append(f"{code}.months: no name for month(s) {missing}")

    cues = data.get("cues")
    if not isinstance(cues, dict):
        errors.append(f"{code}.cues: not an object")
    else:
        if tuple(cues) != CUE_KEYS:
            errors.append(f"{code}.cues: categories {list(cues)} != schema {list(CUE_KEYS)}")
        owner: dict[str, str] = {}
        for cat, lst in cues.items():
            counts[f"cues.{cat}"] = _check_list(f"{code}.cues.{cat}", lst, errors, True)
            for s in lst if isinstance(lst, list) else ():
                if isinstance(s, str):
                    if s in owner and owner[s] != cat:
                        warnings.append(f"{code}.cues: {s!r} in both {owner[s]} and {cat}")
                    owner.setdefault(s, cat)
    return errors, warnings, counts


def main(argv: list[str] | None = None) -> int:
    paths = [Path(p) for p in (argv or [])] or sorted(LANG_DIR.glob("*.json"))
    if not paths:
        print(f"no language files in {LANG_DIR}")
        return 1
    n_err = 0
    for path in paths:
        errors, warnings, counts = check_file(path)
        n_err += len(errors)
        for line in errors:
            print("ERROR", line)
        for line in warnings:
            print("warn ", line)
        summary = " ".join(f"{k.replace('cues.', '')}={v}" for k, v in counts.items())
        print(f"{path.stem}: {'OK' if not errors else 'FAILED'}  {summary}")
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
