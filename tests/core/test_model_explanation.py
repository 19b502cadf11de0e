"""The "How the model works" page: the model's equations with this build's own numbers."""

from __future__ import annotations

from keiconfig.core import chassis, model_explanation
from keiconfig.core.performance import evaluate, load_constants
from keiconfig.core.presets import load_preset

from .test_explain import fake_performance, real


def test_constants_are_read_generically():
    nested = {
        "version": 1,
        "constants": {
            "mu": {"value": 0.9, "unit": "", "description": "grip"},
            "weight": {"c_body": 1.5},
        },
    }
    consts = model_explanation._constants_from(nested)
    assert [(c.name, c.value) for c in consts] == [("mu", 0.9), ("weight.c_body", 1.5)]
    assert consts[0].description == "grip"
    listed = [{"name": "cd", "value": 0.38, "description": "drag"}]
    assert model_explanation._constants_from(listed)[0].name == "cd"


def test_model_page_fills_in_the_weight_sum_and_lists_what_is_left_out():
    perf = fake_performance(["power"] * 50)
    sections = model_explanation.model_explanation(None, perf)
    titles = [s.title for s in sections]
    assert titles[0] == "Weight"
    assert "Kerb weight = 400 kg body + 300 kg engine = 700 kg" in sections[0].text
    assert titles[-1] == "What the model leaves out"
    md = model_explanation.model_explanation_markdown(None, perf)
    assert md.startswith("## Weight")


# ------------------------------------------------------------------ on the real model


def test_model_page_shows_this_builds_own_numbers():
    from keiconfig.core.performance import evaluate

    build = real("daihatsu-copen-2002")
    perf = evaluate(build)
    sections = {s.title: s.text for s in model_explanation.model_explanation(build, perf)}
    assert f"= {perf.kerb_weight_kg:.0f} kg." in sections["Weight"]
    assert f"{perf.power_ps:.0f} PS" in sections["Engine"]
    assert "Drag force at 100 km/h = ½·ρ·Cd·A·v²" in sections["Forces"]
    assert "Tyre grip limit = μ × load on the driven wheels" in sections["Forces"]
    assert "on the front wheels" in sections["Forces"]
    assert "tyre_mu" in sections["Fitted constants"]
    assert "What the model leaves out" in sections


def test_the_grip_on_the_page_is_the_grip_the_run_uses():
    """The page's μ is the model's: the fitted μ with the tyres' load sensitivity (a light
    car grips better per kilogram), not the bare fitted constant."""
    build = load_preset("caterham-seven-160-2014").build
    perf = evaluate(build)
    k = load_constants().dynamics
    mass = perf.kerb_weight_kg + chassis.TEST_LOAD_KG
    mu = chassis.tyre_mu(build, mass, k)
    assert f"{mu:.2f}" != f"{k.tyre_mu:.2f}"  # the case where the two differ
    sections = {s.title: s.text for s in model_explanation.model_explanation(build, perf)}
    assert f"= {mu:.2f} × {mass:.0f} kg" in sections["Forces"]


def test_every_fitted_constant_on_the_page_says_what_it_is():
    """Each constant in model_constants.json is listed with words saying what it does
    (engine.c_throttles was listed as a bare number)."""
    section = model_explanation._constants_section()
    assert section is not None
    rows = [line for line in section.text.splitlines() if line.startswith("- ")]
    assert len(rows) == len(model_explanation.model_constants())
    bare = [row for row in rows if ": " not in row]
    assert not bare, f"constants without words (add them to CONSTANT_WORDS): {bare}"


def _page_sum(build) -> tuple[list[int], int]:
    import re

    perf = evaluate(build)
    weight = model_explanation.model_explanation(build, perf)[0].text.splitlines()[0]
    terms, total = re.fullmatch(r"Kerb weight = (.*) = (\d+) kg\.", weight).groups()
    return [int(t.split(" kg ")[0]) for t in terms.split(" + ")], int(total)


def test_the_weight_sum_on_the_page_adds_up():
    """The parts shown add up to the kerb weight shown: the default car's parts, each
    rounded alone, made 783 kg "= 784 kg"."""
    from keiconfig.core.build import default_build
    from keiconfig.core.presets import list_presets

    builds = [default_build()] + [p.build for p in list_presets()]
    for build in builds:
        if build.overrides.kerb_weight_kg is not None:
            continue
        parts, total = _page_sum(build)
        assert sum(parts) == total, (build.name, parts, total)


def test_whole_kg_adding_up_gives_the_kilos_left_to_the_largest_fractions():
    assert model_explanation.whole_kg_adding_up([10.3, 20.4, 30.45], 61) == [10, 20, 31]
    assert model_explanation.whole_kg_adding_up([10.7, 20.6], 31) == [11, 20]
    assert model_explanation.whole_kg_adding_up([1.0, 2.0], 900) == [1, 2]  # pinned


def test_an_electric_cars_page_speaks_of_its_motor_and_its_one_reduction():
    """The Nissan Sakura's page said "Engine", "Power = torque × engine speed" and "Gear
    ratios: 1.00. Final drive: 8.41 ... engine torque × gear ratio × final drive": an
    electric kei car has a motor and one fixed reduction, no gearbox."""
    build = real("nissan-sakura-2022")
    perf = evaluate(build)
    assert perf.electric is not None
    sections = {s.title: s.text for s in model_explanation.model_explanation(build, perf)}
    assert "Engine" not in sections
    assert "Power = torque × motor speed" in sections["Motor"]
    assert f"{perf.power_ps:.0f} PS" in sections["Motor"]
    gearing = sections["Gearing"]
    assert gearing.startswith(f"A single-speed reduction of {perf.final_drive:.2f}: ")
    assert "Gear ratios" not in gearing and "engine" not in gearing
    petrol = real("daihatsu-copen-2002")
    petrol_titles = [s.title for s in model_explanation.model_explanation(petrol, evaluate(petrol))]
    assert "Engine" in petrol_titles and "Motor" not in petrol_titles


def test_an_electric_cars_page_gives_its_peak_torque_from_standstill_to_its_base_speed():
    """The Sakura's page said "Peak torque = 195 N·m at 0 rpm.", an engine's wording that
    reads oddly for a motor: a motor gives its full torque from standstill up to its base
    speed, then its full power from there up to its top speed. Say that."""
    build = real("nissan-sakura-2022")
    perf = evaluate(build)
    assert perf.electric is not None
    motor = {s.title: s.text for s in model_explanation.model_explanation(build, perf)}["Motor"]
    base = f"{perf.electric.base_rpm:,.0f}"
    top = f"{perf.electric.max_rpm:,.0f}"
    assert "at 0 rpm" not in motor
    assert f"Peak torque = 195 N·m, from standstill up to the base speed of {base} rpm." in motor
    assert (
        f"Peak power = {perf.power_ps:.0f} PS ({perf.power_kw:.1f} kW), from the motor's base "
        f"speed of {base} rpm up to its top speed of {top} rpm." in motor
    )
    # A top speed below the base speed: full torque all the way, full power only at the top.
    slow = real("nissan-sakura-2022", **{"motor.max_rpm": 2000})
    slow_perf = evaluate(slow)
    slow_motor = {s.title: s.text for s in model_explanation.model_explanation(slow, slow_perf)}[
        "Motor"
    ]
    assert "at 0 rpm" not in slow_motor and "base speed" not in slow_motor
    assert "Peak torque = 195 N·m, from standstill up to the top speed of 2,000 rpm." in slow_motor
    assert f"({slow_perf.power_kw:.1f} kW) at the motor's top speed of 2,000 rpm." in slow_motor
    # An engine keeps its own wording.
    petrol = real("daihatsu-copen-2002")
    petrol_perf = evaluate(petrol)
    engine = {s.title: s.text for s in model_explanation.model_explanation(petrol, petrol_perf)}[
        "Engine"
    ]
    assert f"at {petrol_perf.curve.peak_torque_rpm:,.0f} rpm." in engine
