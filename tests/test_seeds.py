"""The golden test: each seed parses exactly as ``fixtures/expected/<seed>.json`` says.

The expected files were written from the contract in API.md, not from the
parser's output; the ``lines`` key is left out of them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleanpress

from .conftest import FIXTURES

SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))


def _expected(seed: Path) -> dict:
    return json.loads((FIXTURES / "expected" / f"{seed.stem}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_seed_parses_exactly(seed: Path) -> None:
    doc = cleanpress.parse(seed.read_text(encoding="utf-8"))
    assert doc.to_dict(lines=False) == _expected(seed)


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_seed_lines_rebuild_the_input(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    doc = cleanpress.parse(text)
    rebuilt = []
    prev_end = 0
    for ln in doc.lines:
        rebuilt.append(text[prev_end : ln.start])  # the separator
        rebuilt.append(text[ln.start : ln.end])
        prev_end = ln.end
    assert "".join(rebuilt) + text[prev_end:] == text
    assert all(ln.reason for ln in doc.lines)


def test_seed_000_labels() -> None:
    """The share row, the counter and the form keep their own labels."""
    seed = FIXTURES / "seeds" / "000_09a4c5711e3602fe.txt"
    doc = cleanpress.parse(seed.read_text(encoding="utf-8"))
    by_text = {ln.text: ln.label for ln in doc.lines}
    assert by_text["Поделитесь этой новостью"] is cleanpress.Label.SHARE
    assert by_text["Комментарии (0)"] is cleanpress.Label.COMMENTS
    assert by_text["17:08, 17 Ноя, 2025"] is cleanpress.Label.DATE
    assert by_text["Татьяна Арестова"] is cleanpress.Label.BYLINE
    assert by_text["Иллюстрация: pronedra.ru"] is cleanpress.Label.CAPTION
    assert by_text["Добыча редкоземельных металлов"] is cleanpress.Label.TAGS


def test_golden_files_match_the_contract() -> None:
    """The golden files have exactly the keys of API.md, minus ``lines``."""
    keys = set(cleanpress.Document().to_dict()) - {"lines"}
    for seed in SEEDS:
        assert set(_expected(seed)) == keys
