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
