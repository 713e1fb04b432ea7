"""``parse`` gives the same answer in every process: nothing in it may depend on the order
of a set or dict of strings, which Python changes from run to run (hash randomisation).
The fixture pages are parsed in subprocesses under three hash seeds and compared whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from .conftest import FIXTURES, ROOT

_SCRIPT = """
import json, pathlib, sys
import cleanpress
out = {}
for path in sorted(pathlib.Path(sys.argv[1]).glob("*/*.txt")):
    out[path.name] = cleanpress.parse(path.read_text(encoding="utf-8")).to_dict()
print(json.dumps(out, sort_keys=True, ensure_ascii=False, default=str))
"""


def _parse_all(seed: str) -> dict[str, object]:
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    run = subprocess.run([sys.executable, "-c", _SCRIPT, str(FIXTURES)], env=env, capture_output=True, text=True, timeout=600, check=True)
    result: dict[str, object] = json.loads(run.stdout)
    return result


def test_the_same_answer_under_any_hash_seed() -> None:
    first = _parse_all("1")
    assert len(first) >= 40
    for seed in ("2", "3"):
        other = _parse_all(seed)
        assert [name for name in first if first[name] != other.get(name)] == []
