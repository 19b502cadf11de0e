"""Time budgets that used to be asserted in the test run, now printed here (wall-clock
limits fail by chance on a busy machine; these are figures to read, not tests).

Run: ``python tests/benchmarks/bench_budgets.py [N]`` (N random builds, default 2,000).
Prints, each against its budget:

- the slowest ``evaluate`` over N seeded random builds (budget 10 ms, best of 3 runs each);
- the whole suggestion list for the Copen (budget 1 s: it is recomputed live);
- one race-replay frame look-up, ``RaceReplay.state_at`` (budget 2 ms of a 16.7 ms frame);
- refusing huge files and in-memory data (budget 1 s each).

Exit status 1 when a figure is over its budget.
"""

from __future__ import annotations

import contextlib
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from keiconfig.core import files, performance, suggestions
from keiconfig.core.build import Build
from keiconfig.core.presets import load_preset
from keiconfig.core.race import RaceReplay
from tests.robustness import strategies

over: list[str] = []


def report(what: str, value_ms: float, budget_ms: float) -> None:
    mark = "ok" if value_ms <= budget_ms else "OVER"
    print(f"{what:<52} {value_ms:10.3f} ms   budget {budget_ms:g} ms   {mark}")
    if value_ms > budget_ms:
        over.append(what)


def best_of(runs: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def evaluate_budget(n: int) -> None:
    rng = random.Random(20240601)
    builds = [Build.model_validate(strategies.random_build_dict(rng)) for _ in range(n)]
    slowest = max(best_of(3, lambda b=b: performance.evaluate(b)) for b in builds)
    report(f"slowest evaluate of {n} random builds (best of 3)", slowest, 10.0)


def suggestions_budget() -> None:
    copen = load_preset("daihatsu-copen-2002").build
    base = performance.evaluate(copen)
    suggestions.suggestions(copen, base=base)  # warm caches
    report(
        "suggestion list, Copen (best of 5)",
        best_of(5, lambda: suggestions.suggestions(copen, base=base)),
        1000.0,
    )


def race_budget() -> None:
    ids = ("honda-s660-2015", "subaru-360-1958", "honda-beat-1991", "daihatsu-copen-2002")
    race = RaceReplay([(i, load_preset(i).build) for i in ids])
    ts = np.linspace(0, race.duration_s, 600)
    t0 = time.perf_counter()
    for t in ts:
        race.state_at(float(t))
    report("race state_at, per call (600 calls)", (time.perf_counter() - t0) / ts.size * 1000, 2.0)


def refuse_budget() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "x30MB.kei.json"
        with big.open("wb") as f:
            f.truncate(30_000_000)
        for p in (big, Path("/dev/zero"), Path("/dev/urandom")):
            if not p.exists():
                continue

            def load(p: Path = p) -> None:
                with contextlib.suppress(files.BuildFileError):
                    files.load_build(p)

            report(f"refuse {p.name}", best_of(1, load), 1000.0)
    data = b" " * 20_000_000 + b"{}"

    def from_bytes() -> None:
        with contextlib.suppress(files.BuildFileError):
            files.build_from_bytes(data, "memory")

    report("refuse 20 MB of data in memory", best_of(1, from_bytes), 1000.0)


def main(n: int) -> int:
    print(f"load average: {os.getloadavg()[0]:.2f} (figures are wall-clock)")
    evaluate_budget(n)
    suggestions_budget()
    race_budget()
    refuse_budget()
    if over:
        print("over budget: " + ", ".join(over))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000))
