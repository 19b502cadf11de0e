"""Fitting the electric model to the electric cars of ``resources/electric_cars.csv``.

The battery's case mass and kilograms per kWh (:func:`fit_battery`, least squares on
the published kerb weights) and the share of the braking the motor does
(:func:`fit_regen`, on the published WLTC ranges) are written by ``keiconfig calibration
--fit-electric [FILE]`` to FILE (by default ``electric_constants.json`` in the current
folder; the model reads the shipped ``resources/electric_constants.json``);
``keiconfig calibration --check-electric`` prints :func:`range_report`, the range of each
car against its published figure, also with its platform left out of the fit. The model
itself, which reads those constants, is :mod:`keiconfig.core.electric`.
"""

from __future__ import annotations

import csv
import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path

from keiconfig.core.build import Build
from keiconfig.core.dynamics import DynamicsConstants
from keiconfig.core.electric import (
    CARS_FILE,
    REGEN_SHARE_BOUNDS,
    USABLE_SHARE,
    ElectricConstants,
    RangeConstants,
    battery_basis,
    cycle_load,
    cycle_range_km,
    load_constants,
    load_range_constants,
)
from keiconfig.core.resources_path import resource_path
from keiconfig.core.results import WeightPart


@dataclass(frozen=True)
class ElectricCar:
    ref_id: str
    name: str
    platform: str  # twins (the Sakura and the eK X EV) share one
    build: Build
    kerb_weight_kg: float | None
    top_speed_kmh: float | None
    wltc_range_km: float | None


def _num(s: str) -> float | None:
    return float(s) if s.strip() else None


def reference_cars() -> list[ElectricCar]:
    """The electric cars of ``resources/electric_cars.csv`` as builds."""
    from keiconfig.core.build import Battery, Body, Drivetrain, Engine, Motor

    out: list[ElectricCar] = []
    with resource_path(CARS_FILE).open(encoding="utf-8") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            wb = _num(row["wheelbase_mm"])
            build = Build(
                name=f"{row['make']} {row['model']}",
                year=int(row["year"]),
                body=Body(
                    style=row["style"],  # type: ignore[arg-type]
                    length_mm=int(row["length_mm"]),
                    width_mm=int(row["width_mm"]),
                    height_mm=int(row["height_mm"]),
                    wheelbase_mm=int(wb) if wb is not None else None,
                ),
                # Kept for a switch back to petrol; an electric build does not use it.
                engine=Engine(
                    cylinders=3,
                    displacement_cc=658,
                    aspiration="na",
                    position=row["position"],  # type: ignore[arg-type]
                ),
                drivetrain=Drivetrain(
                    driven=row["driven"],  # type: ignore[arg-type]
                    transmission="automatic",
                ),
                powertrain="electric",
                motor=Motor(
                    max_power_kw=float(row["power_kw"]), max_torque_nm=float(row["torque_nm"])
                ),
                battery=Battery(capacity_kwh=float(row["battery_kwh"])),
            )
            out.append(
                ElectricCar(
                    ref_id=row["ref_id"],
                    name=build.name,
                    platform=row["platform"],
                    build=build,
                    kerb_weight_kg=_num(row["kerb_weight_kg"]),
                    top_speed_kmh=_num(row["top_speed_kmh"]),
                    wltc_range_km=_num(row["wltc_range_km"]),
                )
            )
    return out


def fit_battery() -> ElectricConstants:
    """Least squares of the published kerb weights on the battery case mass and the
    kilograms per kWh, every other part as the model estimates it."""
    import numpy as np

    from keiconfig.core import performance

    kw = performance.load_constants().weight
    rows: list[list[float]] = []
    rest: list[float] = []
    for car in reference_cars():
        if car.kerb_weight_kg is None:
            continue
        zero = ElectricConstants(battery_case_kg=0.0, battery_kg_per_kwh=0.0)
        others = sum(p.kg for p in non_battery_parts(car.build, kw, zero))
        # Relative error: divide each row by the published weight.
        w = 1.0 / car.kerb_weight_kg
        rows.append([w, battery_basis(car.build) * w])
        rest.append((car.kerb_weight_kg - others) * w)
    sol, *_ = np.linalg.lstsq(np.array(rows), np.array(rest), rcond=None)
    return ElectricConstants(
        battery_case_kg=round(float(sol[0]), 2), battery_kg_per_kwh=round(float(sol[1]), 3)
    )


def non_battery_parts(build: Build, kw: object, k: ElectricConstants) -> list[WeightPart]:
    from keiconfig.core.weight import weight_parts

    parts = weight_parts(build, kw, k)  # type: ignore[arg-type]
    return [p for p in parts if p.name != "battery"]


def _car_range_km(
    car: ElectricCar, ek: ElectricConstants, rk: RangeConstants, k: DynamicsConstants
) -> float:
    from keiconfig.core import performance
    from keiconfig.core.weight import weight_parts

    kerb = sum(p.kg for p in weight_parts(car.build, performance.load_constants().weight, ek))
    assert car.build.battery is not None
    usable = car.build.battery.capacity_kwh * USABLE_SHARE
    return cycle_range_km(cycle_load(car.build, kerb, k, rk), usable)[0]


def fit_regen(ek: ElectricConstants | None = None, leave_out: str | None = None) -> RangeConstants:
    """The share of the braking the motor does, fitted to the published WLTC ranges:
    least squares of the log error, each platform weighted once (twins share one),
    bounded to 0-1 (golden-section search). ``leave_out`` drops one platform."""
    from keiconfig.core import performance

    ek = ek if ek is not None else load_constants()
    k = performance.load_constants().dynamics
    groups: dict[str, list[ElectricCar]] = {}
    for car in reference_cars():
        if car.wltc_range_km is not None and car.platform != leave_out:
            groups.setdefault(car.platform, []).append(car)

    def cost(share: float) -> float:
        rk = RangeConstants(regen_share=share)
        total = 0.0
        for cars in groups.values():
            errs = [math.log(_car_range_km(c, ek, rk, k) / (c.wltc_range_km or 1.0)) for c in cars]
            total += sum(e * e for e in errs) / len(errs)
        return total

    lo, hi = REGEN_SHARE_BOUNDS
    golden = (math.sqrt(5.0) - 1.0) / 2.0
    a, b = lo, hi
    for _ in range(60):
        c, d = b - golden * (b - a), a + golden * (b - a)
        if cost(c) <= cost(d):
            b = d
        else:
            a = c
    best = min((lo, hi, 0.5 * (a + b)), key=cost)
    return RangeConstants(regen_share=round(best, 3))


def range_check(
    ek: ElectricConstants | None = None, rk: RangeConstants | None = None
) -> list[tuple[str, float, float | None, float | None]]:
    """(car, model range, published range, range with its platform left out of the
    regeneration fit) for every reference car: the grouped check of the range. ``ek`` and
    ``rk`` default to the shipped constants (a fresh fit passes its own)."""
    from keiconfig.core import performance

    ek = ek if ek is not None else load_constants()
    rk = rk if rk is not None else load_range_constants()
    k = performance.load_constants().dynamics
    out: list[tuple[str, float, float | None, float | None]] = []
    held: dict[str, RangeConstants] = {}
    for car in reference_cars():
        loo = None
        if car.wltc_range_km is not None:
            if car.platform not in held:
                held[car.platform] = fit_regen(ek, leave_out=car.platform)
            loo = _car_range_km(car, ek, held[car.platform], k)
        out.append((car.name, _car_range_km(car, ek, rk, k), car.wltc_range_km, loo))
    return out


def write_constants(k: ElectricConstants, rk: RangeConstants, path: Path) -> Path:
    """Write fitted constants to ``path`` (the file the person named, or
    ``electric_constants.json`` in the current folder: ``keiconfig calibration --fit-electric``),
    safely; returns the path. Raises :class:`keiconfig.core.files.BuildSaveError`."""
    from keiconfig.core import files

    data = {
        "comment": "Fitted constants of the electric model. Written by "
        "`keiconfig calibration --fit-electric`; see resources/model.md.",
        "battery": asdict(k),
        "range": asdict(rk),
    }
    files.write_text_atomic(path, json.dumps(data, indent=2) + "\n")
    return path


def range_report(ek: ElectricConstants | None = None, rk: RangeConstants | None = None) -> str:
    """The WLTC range of every reference car against its published figure, also with its
    platform left out of the regeneration fit (:func:`range_check`), as a table; by the
    shipped constants unless ``ek`` and ``rk`` are given."""
    rk = rk if rk is not None else load_range_constants()
    lines = [
        f"WLTC range, regeneration share {rk.regen_share:g} (fitted on all platforms)",
        "car                    model km  published  error  left-out fit  error",
    ]
    for name, km, pub, loo in range_check(ek, rk):
        if pub is None:
            lines.append(f"{name:22} {km:8.0f}          -      -             -      -")
            continue
        assert loo is not None
        lines.append(
            f"{name:22} {km:8.0f} {pub:10.0f} {km / pub - 1:+6.1%} {loo:13.0f} "
            f"{loo / pub - 1:+6.1%}"
        )
    return "\n".join(lines)
