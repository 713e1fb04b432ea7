"""A progress bar on stderr for long batch work (``cleanpress batch``, ``cleanpress evaluate``).

Shown only when asked for, when stderr is a terminal (no bar in a log file or a pipeline's
captured output) and when tqdm is installed (the ``progress`` extra); otherwise the items
pass through untouched.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def progress(items: Iterable[T], *, enabled: bool, desc: str, total: int | None = None) -> Iterable[T]:
    """``items``, counted on a bar labelled ``desc`` when a bar can be shown."""
    if not enabled or not sys.stderr.isatty():
        return items
    try:
        from tqdm import tqdm
    except ImportError:
        return items
    bar: Iterable[T] = tqdm(items, desc=desc, total=total, file=sys.stderr, unit="doc", leave=False)
    return bar
