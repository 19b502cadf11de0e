"""Benchmark of batch evaluation in an exploration: builds judged per second.

Run: ``python tests/benchmarks/bench_explore.py [N] [--workers W]`` (default 20,000
builds, W = the machine's CPUs). Each build is a distinct random point of the default
exploration space of the 1998 rules (size, engine, drivetrain, year), judged in full:
built and validated, the whole model (``performance.evaluate``: weight, engine curve,
run to top speed) and the rules (``regulations.check``, agreement and class limits).
Prints builds per second in this process (no pool), with one worker process and with
W, the speed-up of W workers over one, and the load average before and after (the
machine is shared: read the figures with it). Not collected by pytest.
"""

from __future__ import annotations

import os
import pathlib
import random
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))

from keiconfig.core.build import default_build
from keiconfig.core.explore_batch import (
    default_executor,
    evaluate_batch,
    machine_workers,
)
from keiconfig.core.explore_problem import Objective, Problem, Rules
from keiconfig.core.explore_space import DEFAULT_VARY, make_space


def points(space, n: int, seed: int = 7) -> list[tuple[float, ...]]:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    out = set()
    while len(out) < n:
        x = []
        for v in space.variables:
            if v.integral:
                x.append(float(rng.randint(int(v.lo), int(v.hi))))
            else:
                x.append(round(rng.uniform(v.lo, v.hi), 1))
        out.add(tuple(x))
    return sorted(out)


def rate(problem: Problem, pts: list[tuple[float, ...]], executor) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    outs = evaluate_batch(problem, pts, executor)
    dt = time.perf_counter() - t0
    assert len(outs) == len(pts)
    return len(pts) / dt


def main() -> None:
    args = sys.argv[1:]
    workers = machine_workers()
    if "--workers" in args:
        i = args.index("--workers")
        workers = int(args[i + 1])
        del args[i : i + 2]
    n = int(args[0]) if args else 20000
    space = make_space(default_build(), list(DEFAULT_VARY), era_id="1998")
    problem = Problem(space, Rules("1998", agreement=True), Objective.single("zero_to_100kmh_s"))
    pts = points(space, n)
    print(f"load average before: {os.getloadavg()[0]:.2f} (CPUs: {os.cpu_count()})")
    few = pts[: max(1, n // 10)]
    cpu0 = time.process_time()
    inproc = rate(problem, few, None)
    per_cpu_s = len(few) / (time.process_time() - cpu0)
    print(f"in this process:   {inproc:8.0f} builds/s ({len(few)} builds)")
    # CPU time is what a build costs whatever else the machine runs: the rate an idle
    # machine would reach is about this many per CPU (less the pool's small overhead).
    print(
        f"per CPU-second:    {per_cpu_s:8.0f} builds (so at most {per_cpu_s * workers:.0f}/s "
        f"on {workers} idle CPUs)"
    )
    results = {}
    for w in sorted({1, workers}):
        with default_executor(w) as ex:
            evaluate_batch(problem, pts[: 64 * w], ex)  # start the workers
            results[w] = rate(problem, pts, ex)
        print(f"{w} worker(s):       {results[w]:8.0f} builds/s ({n} builds)")
    print(f"speed-up of {workers} workers over 1: {results[workers] / results[1]:.2f}x")
    print(f"load average after:  {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
