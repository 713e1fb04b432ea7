"""The package's type hints hold: ``mypy --strict`` over ``src/cleanpress`` (settings in
pyproject.toml) finds nothing. Users type-check their code against ours (``py.typed``)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from .conftest import ROOT


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed (it comes with the 'test' extra)")
def test_the_package_type_checks_strictly() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--no-error-summary"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
