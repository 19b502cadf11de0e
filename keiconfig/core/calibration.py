"""The calibration report, the constant fit, and the golden-file writer.

``python -m keiconfig.core.calibration`` prints, for every reference car, the
published and estimated kerb weight, power and each published time, then the mean
absolute percentage error (MAPE) of each figure, both with everything estimated
and with the published weight and power pinned.

``--fit`` re-fits the global constants on the reference cars and writes them to
``resources/model_constants.json``:

1. weight: linear least squares of (published kerb − fixed parts) on the shell,
   equipment and ladder-frame bases (``weight.py``);
2. engine: least squares of log specific output on (1, forced, two-stroke, era)
   over cars whose published power is not the cap; cars published at the cap only
   say the engine makes *at least* the cap, so any such car whose estimate falls
   below 1.05 × cap is added at that value and the fit repeated (a censored fit);
   the era curve's time constant is a stated 10 years;
3. dynamics: a coordinate search of drivetrain efficiency, tyre mu, Cd scale,
   shift time and old-shape drag minimising the MAPE of the published times and
   top speeds with weight and power pinned (top speeds at the 140 km/h kei limiter
   left out).

``--loo`` adds leave-one-out errors: every constant refitted without each car in
turn, and that car predicted (about 15 s; the default report stays fast).

Rows or figures kept out of a fit carry a reason and are still listed.

``--write-golden DIR`` writes the evaluate figures of ``DIR/builds/*.kei.json`` and
of every shipped preset to ``DIR/<name>.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Final

import numpy as np

from keiconfig.core.build import Build, changed
from keiconfig.core.dynamics import DynamicsConstants
from keiconfig.core.engine import PS_TO_KW, EngineConstants, fixed_factor, power_features
from keiconfig.core.performance import ModelConstants, constants_path, evaluate, load_constants
from keiconfig.core.reference import FIGURES, ReferenceCar, load_reference
from keiconfig.core.resources_path import resource_path
from keiconfig.core.results import Performance
from keiconfig.core.weight import (
    WeightConstants,
    equipment_basis,
    fixed_parts,
    frame_basis,
    shell_basis,
)

TIME_FIGURES: Final = ("zero_to_60mph_s", "zero_to_100kmh_s", "quarter_mile_s", "standing_400m_s")
DYN_FIGURES: Final = (*TIME_FIGURES, "top_speed_kmh")
SHORT: Final[dict[str, str]] = {
    "kerb_weight_kg": "kerb kg",
    "power_ps": "power PS",
    "zero_to_60mph_s": "0-60 mph s",
    "zero_to_100kmh_s": "0-100 km/h s",
    "quarter_mile_s": "1/4 mile s",
    "standing_400m_s": "400 m s",
    "top_speed_kmh": "top km/h",
}
POWER_AT_RPM: Final = "power_ps at the published power rpm"
GOLDEN_FIELDS: Final = (
    "kerb_weight_kg",
    "power_ps",
    "power_kw",
    "torque_nm",
    "zero_to_60mph_s",
    "zero_to_100kmh_s",
    "quarter_mile_s",
    "standing_400m_s",
    "top_speed_kmh",
)


def pinned(car: ReferenceCar) -> Build:
    """The car with its published kerb weight and power pinned (where published)."""
    updates: dict[str, Any] = {}
    if "kerb_weight_kg" in car.published:
        updates["overrides.kerb_weight_kg"] = car.published["kerb_weight_kg"]
    if "power_ps" in car.published:
        updates["overrides.power_ps"] = car.published["power_ps"]
    return changed(car.build, updates) if updates else car.build


def figure(perf: Performance, name: str) -> float | None:
    if name == "power_ps":
        return perf.power_ps
    value = getattr(perf, name)
    return None if value is None else float(value)


def _ape(est: float | None, pub: float) -> float:
    if est is None or not math.isfinite(est):
        return 100.0
    return abs(est - pub) / pub * 100.0


def _errors(
    cars: Iterable[ReferenceCar],
    perf_of: Callable[[ReferenceCar], Performance],
    names: Sequence[str],
    fit_only: bool,
) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {n: [] for n in names}
    for car in cars:
        perf = perf_of(car)
        for n in names:
            if n in car.published and not (fit_only and n in car.fit_exclude):
                out[n].append(_ape(figure(perf, n), car.published[n]))
    return out


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else float("nan")


def report(constants: ModelConstants | None = None, loo: bool = False) -> str:
    """The calibration report as text (with the leave-one-out table if ``loo``)."""
    k = constants if constants is not None else load_constants()
    cars, skipped = load_reference()
    est = {c.row_id: evaluate(c.build, k) for c in cars}
    pin = {c.row_id: evaluate(pinned(c), k) for c in cars}
    lines = ["Calibration report: published vs estimated (est) and with weight+power pinned (pin)"]
    lines.append("")
    for car in cars:
        e, p = est[car.row_id], pin[car.row_id]
        fills = f"  [filled: {', '.join(car.fills)}]" if car.fills else ""
        lines.append(f"#{car.row_id} {car.label}  (times: {car.time_kind}){fills}")
        for name in FIGURES:
            if name not in car.published:
                continue
            pub = car.published[name]
            ev, pv = figure(e, name), figure(p, name)
            row = f"    {SHORT[name]:<13} published {pub:7.1f}   est {_fmt(ev)} ({_pct(ev, pub)})"
            if name in DYN_FIGURES:
                row += f"   pin {_fmt(pv)} ({_pct(pv, pub)})"
            if name == "power_ps":
                row += f"   uncapped {e.curve.uncapped_power_ps:6.1f}"
            if name in car.fit_exclude:
                row += f"   [not fitted: {car.fit_exclude[name]}]"
            lines.append(row)
    lines.append("")
    for row_id_label in skipped:
        lines.append(
            f"#{row_id_label.row_id} {row_id_label.label}: skipped ({row_id_label.reason})"
        )
    lines.append("")
    lines.append("Mean absolute percentage error (n = cars with the figure)")
    lines.append(
        f"  {'figure':<14}{'estimated':>16}{'pinned w+p':>16}{'est, fit set':>16}"
        f"{'pin, fit set':>16}"
    )
    all_est = _errors(cars, lambda c: est[c.row_id], FIGURES, False)
    all_pin = _errors(cars, lambda c: pin[c.row_id], FIGURES, False)
    fit_est = _errors(cars, lambda c: est[c.row_id], FIGURES, True)
    fit_pin = _errors(cars, lambda c: pin[c.row_id], FIGURES, True)

    def cell(xs: list[float], show: bool = True) -> str:
        return f"{_mean(xs):6.1f} % (n={len(xs):2d})" if show else f"{'-':>14}"

    for name in FIGURES:
        dyn = name in DYN_FIGURES
        lines.append(
            f"  {SHORT[name]:<14}{cell(all_est[name])} {cell(all_pin[name], dyn)} "
            f"{cell(fit_est[name])} {cell(fit_pin[name], dyn)}"
        )
    lines.append(
        f"  {'all times':<14}"
        + " ".join(
            cell([x for n in TIME_FIGURES for x in errs[n]])
            for errs in (all_est, all_pin, fit_est, fit_pin)
        )
    )
    lines.append("  (fit set: without the figures marked 'not fitted' above)")
    full = [
        _ape(est[c.row_id].kerb_weight_kg, c.published["kerb_weight_kg"])
        for c in cars
        if "kerb_weight_kg" in c.published and not c.fills and "kerb_weight_kg" not in c.fit_exclude
    ]
    lines.append(f"  kerb kg, fit-set cars with nothing filled by a default: {cell(full)}")
    free = [
        _ape(est[c.row_id].power_ps, c.published["power_ps"])
        for c in cars
        if "power_ps" in c.published and not _at_cap(c)
    ]
    lines.append(f"  power PS, cars not published at their power cap: {cell(free)}")
    at_rpm = [
        _ape(evaluate(_at_power_rpm(c), k).power_ps, c.published["power_ps"])
        for c in cars
        if "power_ps" in c.published and c.power_rpm is not None
    ]
    lines.append(
        f"  power PS, published power-peak rpm entered as engine.redline_rpm: {cell(at_rpm)}"
    )
    if loo:
        lines.append("")
        lines.extend(_loo_lines(cars, k, cell))
    else:
        lines.append("  (leave-one-out errors: run with --loo)")
    return "\n".join(lines)


def _at_power_rpm(c: ReferenceCar) -> Build:
    """The car with its published power-peak rpm entered as ``engine.redline_rpm``
    (as a user copying a spec sheet might): the report shows how the power moves."""
    assert c.power_rpm is not None
    return changed(c.build, {"engine.redline_rpm": int(c.power_rpm)})


def _at_cap(c: ReferenceCar) -> bool:
    """Published at (or within 3 % of) the car's power cap: the figure is the cap."""
    cap = c.build.engine.power_cap_ps
    return cap is not None and c.published.get("power_ps", 0.0) >= 0.97 * cap


def leave_one_out(k: ModelConstants) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Leave-one-out errors: for each car, refit every global constant without it
    (weight, engine, dynamics, as ``--fit`` does) and predict it. Returns the absolute
    percentage errors per figure, estimated and with weight and power pinned, over
    the figures each fit uses (so a figure kept out of the fit is not counted)."""
    cars, _ = load_reference()
    est: dict[str, list[float]] = {n: [] for n in (*FIGURES, POWER_AT_RPM)}
    pin: dict[str, list[float]] = {n: [] for n in FIGURES}
    for i, car in enumerate(cars):
        rest = cars[:i] + cars[i + 1 :]
        kw = replace(k, weight=fit_weight(rest), engine=fit_engine(rest))
        dyn = [n for n in DYN_FIGURES if n in car.published and n not in car.fit_exclude]
        if _weight_row(car):
            perf = evaluate(car.build, kw)
            est["kerb_weight_kg"].append(_ape(perf.kerb_weight_kg, car.published["kerb_weight_kg"]))
        if "power_ps" in car.published:
            perf = evaluate(car.build, kw)
            est["power_ps"].append(_ape(perf.power_ps, car.published["power_ps"]))
            if car.power_rpm is not None:
                perf = evaluate(_at_power_rpm(car), kw)
                est[POWER_AT_RPM].append(_ape(perf.power_ps, car.published["power_ps"]))
        if not dyn:
            continue
        kd = replace(kw, dynamics=fit_dynamics(rest, kw))
        pe, pp = evaluate(car.build, kd), evaluate(pinned(car), kd)
        for n in dyn:
            est[n].append(_ape(figure(pe, n), car.published[n]))
            pin[n].append(_ape(figure(pp, n), car.published[n]))
    return est, pin


def _loo_lines(
    cars: Sequence[ReferenceCar], k: ModelConstants, cell: Callable[[list[float], bool], str]
) -> list[str]:
    est, pin = leave_one_out(k)
    out = [
        "Leave-one-out (each car predicted by constants refitted without it; fit-set figures)",
        f"  {'figure':<14}{'estimated':>16}{'pinned w+p':>16}",
    ]
    for name in FIGURES:
        out.append(
            f"  {SHORT[name]:<14}{cell(est[name], True)} {cell(pin[name], name in DYN_FIGURES)}"
        )
    times = [x for n in TIME_FIGURES for x in est[n]]
    times_pin = [x for n in TIME_FIGURES for x in pin[n]]
    out.append(f"  {'all times':<14}{cell(times, True)} {cell(times_pin, True)}")
    free = [
        x
        for c, x in zip(
            [c for c in cars if "power_ps" in c.published], est["power_ps"], strict=True
        )
        if not _at_cap(c)
    ]
    out.append(f"  power PS, cars not published at their power cap: {cell(free, True)}")
    out.append(
        "  power PS, published power-peak rpm entered as engine.redline_rpm: "
        f"{cell(est[POWER_AT_RPM], True)}"
    )
    return out


def _fmt(v: float | None) -> str:
    return "   none" if v is None else f"{v:7.1f}"


def _pct(v: float | None, pub: float) -> str:
    return "  n/a " if v is None else f"{(v - pub) / pub * 100:+5.1f}%"


# --- the fit -----------------------------------------------------------------------


def fit_weight(cars: Sequence[ReferenceCar]) -> WeightConstants:
    """Least squares on relative error of (published kerb − fixed parts) on the
    shell, equipment and ladder-frame bases; a constant the data would make negative
    is held at 0 (non-negative least squares by elimination)."""
    rows, target, pub = [], [], []
    for c in cars:
        if not _weight_row(c):
            continue  # not fitted (e.g. a filled size says nothing about the shell)
        rows.append([shell_basis(c.build), equipment_basis(c.build), frame_basis(c.build)])
        target.append(c.published["kerb_weight_kg"] - sum(p.kg for p in fixed_parts(c.build)))
        pub.append(c.published["kerb_weight_kg"])
    w = 1.0 / np.array(pub)
    a, y = np.array(rows) * w[:, None], np.array(target) * w
    active = [j for j in range(a.shape[1]) if np.any(a[:, j] != 0.0)]
    sol = np.zeros(a.shape[1])
    while active:
        part, *_ = np.linalg.lstsq(a[:, active], y, rcond=None)
        if np.all(part >= 0.0):
            sol[active] = part
            break
        active.pop(int(np.argmin(part)))
    return WeightConstants(
        shell_kg_per_m2=round(max(float(sol[0]), 1.0), 3),
        equipment_kg_per_m2=round(float(sol[1]), 3),
        frame_kg_per_m2=round(float(sol[2]), 3),
    )


def _weight_row(c: ReferenceCar) -> bool:
    # Rows with a filled length/width carry a fit_exclude reason (reference.py).
    return "kerb_weight_kg" in c.published and "kerb_weight_kg" not in c.fit_exclude


# The era curve's time constant is a stated value, not fitted: the data would take
# a still faster rise (in effect a step between the 1958-60 cars and the rest), and
# re-choosing it from a grid for every fit made unseen cars' power less certain
# (leave-one-out power 8.2 % with the grid 10-40 years, 7.9 % with 10 years fixed).
ERA_TAU_YEARS: Final = 10.0


def fit_engine(cars: Sequence[ReferenceCar]) -> EngineConstants:
    """Censored least squares of log specific output (the era curve's time constant
    fixed at ``ERA_TAU_YEARS``)."""
    return _fit_engine_tau(cars, ERA_TAU_YEARS)[0]


def _fit_engine_tau(cars: Sequence[ReferenceCar], tau: float) -> tuple[EngineConstants, float]:
    exact: list[tuple[list[float], float]] = []
    floor: list[tuple[ReferenceCar, float]] = []
    for c in cars:
        if "power_ps" not in c.published:
            continue
        e = c.build.engine
        base = fixed_factor(c.build) * e.displacement_cc / 1000.0 * e.effective_redline_rpm / 1000.0
        pub_kw = c.published["power_ps"] * PS_TO_KW
        if _at_cap(c):
            floor.append((c, base))
        else:
            exact.append((list(power_features(c.build, tau)), math.log(pub_kw / base)))
    extra: list[tuple[list[float], float]] = []
    sol = np.zeros(4)
    for _ in range(8):
        data = exact + extra
        a = np.array([r for r, _ in data])
        y = np.array([v for _, v in data])
        sol, *_ = np.linalg.lstsq(a, y, rcond=None)
        added = False
        for c, base in floor:
            cap = c.build.engine.power_cap_ps
            assert cap is not None
            feats = list(power_features(c.build, tau))
            need = math.log(1.05 * cap * PS_TO_KW / base)
            if float(np.dot(sol, feats)) < need and (feats, need) not in extra:
                extra.append((feats, need))
                added = True
        if not added:
            break
    data = exact + extra
    sse = sum((float(np.dot(sol, r)) - v) ** 2 for r, v in data)
    c0, c_forced, c_two, c_era = (round(float(x), 4) for x in sol)
    k = EngineConstants(c0, c_forced, c_two, c_era, era_tau_years=tau)
    return k, sse


def _dyn_objective(cars: Sequence[ReferenceCar], builds: list[Build], k: ModelConstants) -> float:
    errs: list[float] = []
    for c, b in zip(cars, builds, strict=True):
        perf = evaluate(b, k)
        for n in DYN_FIGURES:
            if n in c.published and n not in c.fit_exclude:
                errs.append(_ape(figure(perf, n), c.published[n]))
    return _mean(errs)


def fit_dynamics(cars: Sequence[ReferenceCar], k: ModelConstants) -> DynamicsConstants:
    use = [c for c in cars if any(n in c.published for n in DYN_FIGURES)]
    builds = [pinned(c) for c in use]
    d = k.dynamics
    # Bounds keep the constants physical (road tyres, real Cds, a human shift).
    bounds = {
        "drivetrain_efficiency": (0.80, 0.93),
        "tyre_mu": (0.8, 1.15),
        "cd_scale": (0.8, 1.3),
        "shift_time_s": (0.25, 0.8),
        "cd_old": (0.0, 0.3),
    }
    d = replace(d, **{n: min(max(getattr(d, n), lo), hi) for n, (lo, hi) in bounds.items()})
    best = _dyn_objective(use, builds, replace(k, dynamics=d))
    step = 0.08
    for _ in range(6):
        improved = True
        while improved:
            improved = False
            for name, (lo, hi) in bounds.items():
                for sign in (1.0, -1.0):
                    cur = getattr(d, name)
                    val = min(max(cur * (1.0 + sign * step), lo), hi)
                    trial = replace(d, **{name: round(val, 4)})
                    score = _dyn_objective(use, builds, replace(k, dynamics=trial))
                    if score < best - 1e-6:
                        best, d, improved = score, trial, True
        step /= 2.0
    return d


def fit_all() -> ModelConstants:
    cars, _ = load_reference()
    k = load_constants()
    k = replace(k, weight=fit_weight(cars), engine=fit_engine(cars))
    return replace(k, dynamics=fit_dynamics(cars, k))


def write_constants(k: ModelConstants, path: Path | None = None) -> Path:
    target = path if path is not None else constants_path()
    data: dict[str, Any] = {
        "comment": (
            "Fitted global constants of the physics-lite model. Written by "
            "`python -m keiconfig.core.calibration --fit`; see resources/model.md."
        ),
        **k.to_dict(),
    }
    target.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return target


# --- golden files ------------------------------------------------------------------


def golden_figures(perf: Performance) -> dict[str, float | None]:
    return {
        n: (None if getattr(perf, n) is None else round(float(getattr(perf, n)), 4))
        for n in GOLDEN_FIELDS
    }


def golden_sources(golden_dir: Path) -> list[Path]:
    """Build files with golden figures: the example builds and every shipped preset."""
    files = sorted((golden_dir / "builds").glob("*.kei.json"))
    files += sorted(resource_path("presets").glob("*.kei.json"))
    return files


def golden_name(path: Path) -> str:
    return path.name.removesuffix(".kei.json")


def write_golden(golden_dir: Path) -> list[Path]:
    written = []
    for src in golden_sources(golden_dir):
        build = Build.model_validate_json(src.read_text(encoding="utf-8"))
        out = golden_dir / f"{golden_name(src)}.json"
        data = {"source": src.name, **golden_figures(evaluate(build))}
        out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        written.append(out)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="keiconfig calibration",
        description="Compare the model with the published figures of the reference cars.",
    )
    parser.add_argument(
        "--fit", action="store_true", help="re-fit the global constants, write them"
    )
    parser.add_argument(
        "--loo",
        action="store_true",
        help="add leave-one-out errors (refit without each car, predict it; ~15 s)",
    )
    parser.add_argument("--write-golden", metavar="DIR", help="rewrite the golden files in DIR")
    args = parser.parse_args(argv)
    if args.write_golden:
        for p in write_golden(Path(args.write_golden)):
            print(f"wrote {p}")
        return 0
    if args.fit:
        k = fit_all()
        path = write_constants(k)
        load_constants.cache_clear()
        print(f"wrote {path}")
        print(json.dumps(k.to_dict(), indent=2))
        print()
    print(report(loo=args.loo))
    return 0


if __name__ == "__main__":
    sys.exit(main())
