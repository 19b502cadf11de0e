"""The Pareto front: the points no other point beats on every figure at once.

A point *dominates* another when it is at least as good on every figure and better
on one. :func:`front` returns the indices of the non-dominated points; for two
figures it sorts once (n log n), for more it compares points pairwise, in numpy.
Points with a missing (None or non-finite) figure are never on the front.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np


def _as_minimised(points: Sequence[Sequence[float | None]], higher_better: Sequence[bool]):  # type: ignore[no-untyped-def]
    a = np.array(
        [[np.nan if v is None else float(v) for v in p] for p in points], dtype=np.float64
    ).reshape(len(points), len(higher_better))
    for j, hb in enumerate(higher_better):
        if hb:
            a[:, j] = -a[:, j]
    return a


def dominates(a: Sequence[float], b: Sequence[float], higher_better: Sequence[bool]) -> bool:
    """Whether point ``a`` dominates point ``b``."""
    better = False
    for x, y, hb in zip(a, b, higher_better, strict=True):
        if hb:
            x, y = -x, -y
        if x > y:
            return False
        if x < y:
            better = True
    return better


def front(points: Sequence[Sequence[float | None]], higher_better: Sequence[bool]) -> list[int]:
    """Indices of the non-dominated points, sorted by the first figure (best first).

    Equal points are all kept (none dominates the other).
    """
    if len(points) == 0:
        return []
    a = _as_minimised(points, higher_better)
    ok = np.all(np.isfinite(a), axis=1)
    idx = np.flatnonzero(ok)
    if len(idx) == 0:
        return []
    a = a[idx]
    if a.shape[1] == 2:
        order = np.lexsort((a[:, 1], a[:, 0]))
        keep: list[int] = []
        best_y = math.inf
        last: tuple[float, float] | None = None
        for i in order:
            x, y = float(a[i, 0]), float(a[i, 1])
            if y < best_y:
                keep.append(int(i))
                best_y = y
                last = (x, y)
            elif last is not None and (x, y) == last:
                keep.append(int(i))  # a duplicate of a front point
        return [int(idx[i]) for i in keep]
    kept = []
    for i in range(len(a)):
        no_worse = np.all(a <= a[i], axis=1)
        better = np.any(a < a[i], axis=1)
        if not np.any(no_worse & better):
            kept.append(i)
    kept.sort(key=lambda i: (a[i, 0], i))
    return [int(idx[i]) for i in kept]
