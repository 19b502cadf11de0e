"""A worked example: the run's documented equations (``resources/model.md``, "The
standing-start run") computed by hand for one car and compared with the model.

Nothing here calls the model's own helpers for the run: the tyre radius, design speed,
gear ratios, launch, grip and top speed are recomputed from the equations as written
in model.md, with the fitted constants read from ``resources/model_constants.json``.
Only the engine's full-load curve (``Performance.curve``) is taken from the model.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from keiconfig.core.build import Body, Build, Drivetrain, Engine
from keiconfig.core.performance import evaluate
from keiconfig.core.resources_path import resource_path

K = json.loads(resource_path("model_constants.json").read_text(encoding="utf-8"))["dynamics"]
G, RHO, CRR = 9.81, 1.2, 0.012

# A 2000 front-drive five-speed hatchback, naturally aspirated (below the 64 PS cap),
# without the speed limiter (the top speed is where drive meets drag).
CAR = Build(
    name="worked example",
    year=2000,
    body=Body(style="hatchback", length_mm=3395, width_mm=1475, height_mm=1500, seats=4),
    engine=Engine(cylinders=3, displacement_cc=658, aspiration="na", position="front"),
    drivetrain=Drivetrain(driven="fwd", transmission="manual", gears=5, speed_limit_kmh=None),
)
L, W, H = 3.395, 1.475, 1.5
WHEELBASE = round(3395 * 0.70 / 5) * 5 / 1000.0  # hatchback default: 0.70 × length


@pytest.fixture(scope="module")
def perf():  # type: ignore[no-untyped-def]
    p = evaluate(CAR)
    assert not p.curve.capped  # the worked example is an uncapped engine
    return p


def torque(perf, rpm: float) -> float:  # type: ignore[no-untyped-def]
    return float(np.interp(rpm, perf.curve.rpm, perf.curve.torque_nm))


def by_hand(perf):  # type: ignore[no-untyped-def]
    """Every quantity of the run, from model.md's equations."""
    h = {}
    h["r"] = 0.28 + 0.16 * (W - 1.475)  # tyre radius
    h["eta"] = K["drivetrain_efficiency"]  # a manual from 1985 on: no loss, net rating
    h["md"] = 160.0 * L * W  # design mass, 160 kg/m² of footprint
    cd = 0.34 * K["cd_scale"] * (1.0 + K["cd_old"] * (1.0 - (2000 - 1955) / 50.0))
    h["cd"] = cd
    # Design speed: design power × η = ½ρ·Cd·1.7 m²·v³ + Crr·m_d·g·v (bisection).
    p_wheel = perf.curve.peak_power_ps * 0.73549875 * 1000.0 * h["eta"]
    lo, hi = 1.0, 200.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        need = 0.5 * RHO * cd * 1.7 * mid**3 + CRR * h["md"] * G * mid
        lo, hi = (mid, hi) if need < p_wheel else (lo, mid)
    h["v_design"] = lo
    # Top gear: the power-peak rpm at 1.08 × v_d (five gears).
    w_peak = perf.curve.peak_power_rpm * 2.0 * math.pi / 60.0
    n_top = w_peak * h["r"] / (h["v_design"] * 1.08)
    n_grade = h["md"] * G * (0.25 + CRR) * h["r"] / (perf.curve.peak_torque_nm * h["eta"])
    # First gear: 50 km/h at the redline, unless 5 gears cannot bridge that to top in
    # mean steps of 1.53; never too tall for the 25 % grade.
    n_50 = float(perf.curve.rpm[-1]) * 2.0 * math.pi / 60.0 * h["r"] / (50.0 / 3.6)
    n_first = max(min(n_50, n_top * 1.53**4), n_grade)
    spread = n_first / n_top
    h["ratios"] = [n_top * spread ** (((5 - i) / 4) ** 1.15) for i in range(1, 6)]
    h["final_drive"] = n_top / 0.85
    h["mass"] = perf.kerb_weight_kg + 75.0
    h["frontal"] = W * H * 0.84
    return h


def test_gearing_is_the_documented_design(perf) -> None:  # type: ignore[no-untyped-def]
    h = by_hand(perf)
    assert perf.final_drive == pytest.approx(h["final_drive"], rel=1e-6)
    overall = [g * perf.final_drive for g in perf.gear_ratios]
    assert overall == pytest.approx(h["ratios"], rel=1e-6)
    assert perf.gear_ratios[-1] == pytest.approx(0.85, rel=1e-9)


def launch_step(perf, h, v0: float, v1: float) -> tuple[float, bool]:  # type: ignore[no-untyped-def]
    """One speed step of the launch from ``v0`` to ``v1``: the clutch slips with the
    engine at 0.6 × redline; the drive force, limited by the front tyres' grip with
    weight transfer, accelerates the car and its rotating wheels (the engine turns at a
    fixed rpm: its inertia is not spun up): dt = m·(1 + 4·I_w/(r²·m_d))·dv / F_net at the
    mid-speed. (dt, whether grip limits it)."""
    r, m, md = h["r"], h["mass"], h["md"]
    vm = 0.5 * (v0 + v1)
    redline = float(perf.curve.rpm[-1])
    drive = torque(perf, 0.6 * redline) * h["ratios"][0] * h["eta"] / r
    mass_factor = 1.0 + 4.0 * 0.7 * (r / 0.28) ** 4 / (r * r * md)
    res = CRR * m * G + 0.5 * RHO * h["cd"] * h["frontal"] * vm * vm
    mu = min(K["tyre_mu"] * min((m / (md + 75.0)) ** -0.2, 1.3), 1.5)
    cg = 0.2 + 0.22 * H
    # FWD: F ≤ μ·(front load − m·a·h/L), a = (F − res)/(m·mass factor).
    c = mu * cg / (WHEELBASE * mass_factor)
    grip = (mu * m * G * 0.61 + c * res) / (1.0 + c)
    net = min(drive, grip) - res
    return m * mass_factor * (v1 - v0) / net, drive > grip


def test_first_step_is_the_clutch_launch_against_grip(perf) -> None:  # type: ignore[no-untyped-def]
    """The first speed step (step: 1/60 of the design speed, clamped to 0.3-1.4 m/s)."""
    h = by_hand(perf)
    dv = min(max(h["v_design"] / 60.0, 0.3), 1.4)
    dt, grip_limited = launch_step(perf, h, 0.0, dv)
    assert perf.trace.speed_ms[1] == pytest.approx(dv, rel=1e-9)
    assert perf.trace.t_s[1] == pytest.approx(dt, rel=1e-6)
    assert perf.trace.rpm[1] == pytest.approx(0.6 * float(perf.curve.rpm[-1]), rel=1e-9)
    assert perf.trace.limit_name(1) == ("traction" if grip_limited else "power")


def test_the_launch_runs_to_where_the_clutch_takes_up(perf) -> None:  # type: ignore[no-untyped-def]
    """The launch, step by step: speed steps of dv in first gear with the clutch slipping,
    until the engine in first gear turns at the launch rpm (0.6 × redline), at
    v = 0.6 × redline · 2π/60 · r / n₁; the step after it has the engine coupled."""
    h = by_hand(perf)
    dv = min(max(h["v_design"] / 60.0, 0.3), 1.4)
    redline = float(perf.curve.rpm[-1])
    n1, r = h["ratios"][0], h["r"]
    v_end = 0.6 * redline * 2.0 * math.pi / 60.0 * r / n1
    steps = math.ceil(v_end / dv)  # the launch ends with the first step at or past v_end
    assert steps >= 3  # a launch of several steps for this car
    trace, t = perf.trace, 0.0
    for i in range(1, steps + 1):
        dt, grip_limited = launch_step(perf, h, (i - 1) * dv, i * dv)
        t += dt
        assert trace.gear[i] == 1
        assert trace.speed_ms[i] == pytest.approx(i * dv, rel=1e-9)
        assert trace.t_s[i] == pytest.approx(t, rel=1e-6)
        assert trace.limit_name(i) == ("traction" if grip_limited else "power")
        if i * dv < v_end:
            assert trace.rpm[i] == pytest.approx(0.6 * redline, rel=1e-9)  # slipping
    # After the launch the engine turns with the wheels: rpm = v·n₁/r · 60/2π.
    v = trace.speed_ms[steps + 1]
    assert trace.gear[steps + 1] == 1 and v > v_end
    assert trace.rpm[steps + 1] == pytest.approx(v * n1 / r * 60.0 / (2.0 * math.pi), rel=1e-9)


def test_top_speed_is_where_drive_meets_drag_and_rolling(perf) -> None:  # type: ignore[no-untyped-def]
    h = by_hand(perf)
    r, m = h["r"], h["mass"]
    n5 = h["ratios"][-1]

    def net(v: float) -> float:
        rpm = v * n5 / r * 60.0 / (2.0 * math.pi)
        drive = torque(perf, rpm) * n5 * h["eta"] / r
        return drive - CRR * m * G - 0.5 * RHO * h["cd"] * h["frontal"] * v * v

    v_redline = float(perf.curve.rpm[-1]) * 2.0 * math.pi / 60.0 * r / n5
    assert net(v_redline) < 0.0  # drag-limited, not at the redline
    lo, hi = 10.0, v_redline
    for _ in range(100):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if net(mid) > 0.0 else (lo, mid)
    assert perf.top_speed_kmh == pytest.approx(lo * 3.6, rel=1e-4)
    assert perf.trace.limit_name(len(perf.trace.t_s) - 1) == "drag"
