"""``evaluate(build) -> Performance``: the one door into the physics-lite model.

Weight (``weight.py``), the engine curve (``engine.py``) and the standing-start
run (``dynamics.py``) are pure functions of the build and a few fitted global
constants kept as data in ``resources/model_constants.json``. The model is
documented in ``resources/model.md``.
"""

from __future__ import annotations

import functools
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from keiconfig.core import electric
from keiconfig.core.build import Build
from keiconfig.core.dynamics import DynamicsConstants, simulate, tyre_radius_m
from keiconfig.core.engine import PS_TO_KW, EngineConstants, engine_curve
from keiconfig.core.resources_path import resource_path
from keiconfig.core.results import Performance
from keiconfig.core.weight import WeightConstants, weight_parts

CONSTANTS_FILE = "model_constants.json"


@dataclass(frozen=True)
class ModelConstants:
    weight: WeightConstants
    engine: EngineConstants
    dynamics: DynamicsConstants

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ModelConstants:
        return cls(
            weight=WeightConstants(**{k: float(v) for k, v in data["weight"].items()}),
            engine=EngineConstants(**{k: float(v) for k, v in data["engine"].items()}),
            dynamics=DynamicsConstants(**{k: float(v) for k, v in data["dynamics"].items()}),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "weight": asdict(self.weight),
            "engine": asdict(self.engine),
            "dynamics": asdict(self.dynamics),
        }


def constants_path() -> Path:
    return resource_path(CONSTANTS_FILE)


@functools.cache
def load_constants() -> ModelConstants:
    """The fitted constants shipped in ``resources/model_constants.json``."""
    with constants_path().open(encoding="utf-8") as fh:
        return ModelConstants.from_dict(json.load(fh))


def evaluate(build: Build, constants: ModelConstants | None = None) -> Performance:
    """Weight, engine curve and standing-start run of ``build``.

    ``constants`` defaults to the shipped fitted constants (the calibration passes
    trial constants while fitting).
    """
    k = constants if constants is not None else load_constants()
    curve = electric.motor_curve(build) if build.electric else engine_curve(build, k.engine)
    # The brakes and wheels are sized for the configured engine's (or motor's) power.
    parts = weight_parts(build, k.weight, power_kw=curve.design_power_kw)
    pinned_kg = build.overrides.kerb_weight_kg
    kerb = pinned_kg if pinned_kg is not None else sum(p.kg for p in parts)
    ev = None
    if build.electric:
        run, reduction, v_unlimited = electric.simulate(build, kerb, k.dynamics)
        ev = electric.electric_result(
            build,
            kerb,
            k.dynamics,
            reduction,
            tyre_radius_m(build),
            v_unlimited,
        )
    else:
        run = simulate(build, curve, kerb, k.dynamics)
    power_ps = curve.peak_power_kw / PS_TO_KW
    return Performance(
        kerb_weight_kg=kerb,
        weight_parts=parts,
        weight_pinned=pinned_kg is not None,
        power_ps=power_ps,
        power_kw=curve.peak_power_kw,
        torque_nm=curve.peak_torque_nm,
        power_pinned=build.overrides.power_ps is not None,
        torque_pinned=build.overrides.torque_nm is not None,
        curve=curve.to_result(),
        power_to_weight_ps_per_tonne=power_ps / kerb * 1000.0,
        zero_to_60mph_s=run.zero_to_60mph_s,
        zero_to_100kmh_s=run.zero_to_100kmh_s,
        quarter_mile_s=run.quarter_mile_s,
        standing_400m_s=run.standing_400m_s,
        top_speed_kmh=run.top_speed_kmh,
        gear_ratios=run.gear_ratios,
        final_drive=run.final_drive,
        trace=run.trace,
        electric=ev,
        unlimited_top_speed_kmh=run.unlimited_top_speed_kmh,
        slip_at_top=run.slip_at_top,
        lowest_ratio_raised=run.lowest_ratio_raised,
        cvt_hold_rpm=run.cvt_hold_rpm,
    )
