"""Benchmark of one full evaluation (weight, curve, run to top speed, compliance).

Run: ``python tests/benchmarks/bench_model.py [N]`` (default 1,000 random builds).
Prints the median time per evaluation and evaluations per second, then the same for the
same cars made electric (motor, battery, range on the WLTC) and the ratio of the two
medians. Not collected by pytest (the file name does not start with ``test_``).
"""

from __future__ import annotations

import pathlib
import random
import statistics
import sys
import time
from collections.abc import Callable

# Runnable from a plain checkout: put the repository root on the path.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))

from keiconfig.core.build import (
    ASPIRATIONS,
    BODY_STYLES,
    DRIVEN,
    ENGINE_POSITIONS,
    ROOFS,
    TRANSMISSIONS,
    Body,
    Build,
    Drivetrain,
    Engine,
    changed,
)
from keiconfig.core.performance import evaluate


def random_build(rng: random.Random) -> Build:
    cyl = rng.randint(1, 4)
    return Build(
        name="bench",
        year=rng.choice([None, rng.randint(1955, 2025)]),
        body=Body(
            style=rng.choice(BODY_STYLES),  # type: ignore[arg-type]
            length_mm=rng.randint(2900, 3400),
            width_mm=rng.randint(1290, 1480),
            height_mm=rng.randint(1100, 1900),
            roof=rng.choice(ROOFS),  # type: ignore[arg-type]
        ),
        engine=Engine(
            cylinders=cyl,
            displacement_cc=rng.randint(300, 660),
            aspiration=rng.choice(ASPIRATIONS),  # type: ignore[arg-type]
            cycle=rng.choice([2, 4]),
            position=rng.choice(ENGINE_POSITIONS),  # type: ignore[arg-type]
            power_cap_ps=rng.choice([None, 64.0]),
        ),
        drivetrain=Drivetrain(
            driven=rng.choice(DRIVEN),  # type: ignore[arg-type]
            transmission=rng.choice(TRANSMISSIONS),  # type: ignore[arg-type]
            gears=rng.choice([None, 3, 4, 5, 6]),
        ),
    )


def electric(b: Build, rng: random.Random) -> Build:
    """The same car with a motor and battery (kei-like ranges)."""
    return changed(
        b,
        {
            "powertrain": "electric",
            "motor": {
                "max_power_kw": float(rng.randint(20, 60)),
                "max_torque_nm": float(rng.randint(100, 250)),
                "speed_limit_kmh": rng.choice([None, 130.0]),
            },
            "battery": {"capacity_kwh": float(rng.randint(8, 30))},
        },
    )


def _compliance() -> Callable[[Build, float], object] | None:
    try:
        from keiconfig.core.regulations import check
    except ImportError:
        return None

    def run(b: Build, power_ps: float) -> object:
        # The power figure is passed in, as the app does, so the model runs once.
        try:
            return check(b, "1998", power_ps=power_ps)
        except TypeError:
            return check(b, "1998")

    return run


def main(n: int = 1000) -> int:
    rng = random.Random(20240601)
    builds = [random_build(rng) for _ in range(n)]
    check = _compliance()
    med = _time(builds, check, "petrol (as configured)")
    med_ev = _time([electric(b, rng) for b in builds], check, "the same cars, electric")
    print(f"electric / petrol median: {med_ev / med:.2f}")
    return 0 if med <= 0.001 and med_ev <= med else 1


def _time(builds: list[Build], check: Callable[[Build, float], object] | None, what: str) -> float:
    n = len(builds)
    for b in builds[:20]:  # warm up (constants file, caches)
        p = evaluate(b)
        if check is not None:
            check(b, p.power_ps)
    times = []
    start_all = time.perf_counter()
    for b in builds:
        t0 = time.perf_counter()
        p = evaluate(b)
        if check is not None:
            check(b, p.power_ps)
        times.append(time.perf_counter() - t0)
    total = time.perf_counter() - start_all
    med = statistics.median(times)
    print(f"{what}: {n} random builds; compliance included: {'yes' if check else 'no'}")
    print(f"  median per evaluation: {med * 1000:.3f} ms")
    print(f"  p90 per evaluation:    {sorted(times)[int(0.9 * n)] * 1000:.3f} ms")
    print(f"  evaluations per second: {n / total:,.0f}")
    return med


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
