"""Exports of a run as plain data files (the plot images are the window's job).

``run_csv`` gives one row per sample of the standing-start run, for a spreadsheet:

    time_s,speed_kmh,distance_m,gear,rpm,limiting_factor
    0.000,0.00,0.00,1,1500,traction
"""

from __future__ import annotations

import csv
import io
import math
import os
from pathlib import Path
from typing import Final

from keiconfig.core.files import write_text_atomic
from keiconfig.core.results import LIMITS, Performance
from keiconfig.core.units import KMH_PER_MS

CSV_HEADER: Final[tuple[str, ...]] = (
    "time_s",
    "speed_kmh",
    "distance_m",
    "gear",
    "rpm",
    "limiting_factor",
)


def _num(x: float, decimals: int) -> str:
    f = float(x)
    if not math.isfinite(f):
        return ""
    text = f"{f:.{decimals}f}"
    return "0" + text[2:] if text.startswith("-0") and float(text) == 0 else text


def run_csv(performance: Performance) -> str:
    """The run's trace as CSV text: a header, then one row per trace sample."""
    tr = performance.trace
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    t = tr.t_s.tolist()
    v = tr.speed_ms.tolist()
    d = tr.distance_m.tolist()
    g = tr.gear.tolist()
    r = tr.rpm.tolist()
    lim = tr.limit.tolist()
    for i in range(len(t)):
        k = int(lim[i])
        writer.writerow(
            (
                _num(t[i], 3),
                _num(v[i] * KMH_PER_MS, 2),
                _num(d[i], 2),
                int(g[i]),
                _num(r[i], 0),
                LIMITS[k] if 0 <= k < len(LIMITS) else "unknown",
            )
        )
    return buf.getvalue()


def write_run_csv(performance: Performance, path: str | os.PathLike[str]) -> None:
    """Write :func:`run_csv` to ``path`` atomically.

    Raises :class:`keiconfig.core.files.BuildSaveError` (a message fit for a user)
    if the file cannot be written; an existing file is then left intact.
    """
    write_text_atomic(Path(path), run_csv(performance))
