"""The language data files follow data/SCHEMA.md (checked by cleanpress.data.check_languages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanpress.data.check_languages import LANG_DIR, check_file
from cleanpress.lexicon import available_languages, lexicon_for

FILES = sorted(Path(LANG_DIR).glob("*.json"))


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_language_file_follows_the_schema(path: Path) -> None:
    errors, _warnings, _counts = check_file(path)
    assert errors == []


def test_first_users_languages_are_shipped() -> None:
    assert {"ru", "kk", "en", "uk", "de", "fr", "es"} <= set(available_languages())


@pytest.mark.parametrize("code", ["ru", "kk", "en", "uk", "de", "fr", "es", "pl", "it", "pt"])
def test_every_language_knows_its_months(code: str) -> None:
    assert set(lexicon_for(code).months.values()) == set(range(1, 13))
