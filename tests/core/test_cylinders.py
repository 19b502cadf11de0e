"""Cylinder count: what the model does with it, and what it says the data cannot tell.

At the same displacement the model gives every cylinder count the same peak torque
(torque per litre is the power law's, which has no cylinder term) and more, smaller
cylinders a higher default redline, so more power, higher up. Whether torque per litre
itself changes with the cylinder count the reference cars cannot tell: their 2- and
4-cylinder engines differ in era and valves from the 3-cylinder ones, and the model's
torque sits above some and below others. The "How the model works" page says so,
instead of a number the data do not give.
"""

from __future__ import annotations

import pytest

from keiconfig.core.build import Build, changed
from keiconfig.core.model_explanation import model_explanation
from keiconfig.core.performance import evaluate
from keiconfig.core.presets import list_presets
from keiconfig.core.reference import load_reference

CANNOT_TELL = "the reference cars cannot tell whether more, smaller cylinders"


def _na_658(cylinders: int) -> Build:
    taft = next(p.build for p in list_presets() if p.id == "daihatsu-taft-2020")
    return changed(taft, {"engine.cylinders": cylinders, "engine.aspiration": "na"})


def test_more_smaller_cylinders_rev_higher_and_make_power_higher_up() -> None:
    curves = [evaluate(_na_658(n)).curve for n in (1, 2, 3, 4)]
    torque = [c.peak_torque_nm for c in curves]
    # torque per litre has no cylinder term (the peak on each curve's rpm grid: 0.1 %)
    assert max(torque) == pytest.approx(min(torque), rel=1e-3)
    rpm = [c.peak_power_rpm for c in curves]
    power = [c.peak_power_ps for c in curves]
    assert rpm == sorted(rpm) and len(set(rpm)) == 4
    assert power == sorted(power) and len(set(power)) == 4


def test_the_data_cannot_tell_a_cylinder_count_effect_on_torque() -> None:
    """The claim the page makes, checked on the data: the reference engines with other
    than 3 cylinders and a published torque have the model's torque on both sides."""
    cars, _ = load_reference()
    signed = [
        evaluate(c.build).torque_nm / c.published["torque_nm"] - 1.0
        for c in cars
        if not c.build.electric and c.build.engine.cylinders != 3 and "torque_nm" in c.published
    ]
    assert len(signed) >= 6
    assert min(signed) < -0.05 and max(signed) > 0.05


@pytest.mark.parametrize("cylinders", [2, 4])
def test_the_model_page_says_the_data_cannot_tell(cylinders: int) -> None:
    b = _na_658(cylinders)
    engine_text = model_explanation(b, evaluate(b))[1].text
    assert CANNOT_TELL in engine_text
    assert "peak power higher up" in engine_text


def test_the_model_page_names_the_bmep_ceiling_where_it_holds_the_torque() -> None:
    s660 = next(p.build for p in list_presets() if p.id == "honda-s660-2015")
    single = changed(s660, {"engine.cylinders": 1})
    held = model_explanation(single, evaluate(single))[1].text
    assert "Peak torque is held at 115 N·m, a mean effective pressure of 22.0 bar" in held
    capped = model_explanation(s660, evaluate(s660))[1].text
    assert "mean effective pressure" not in capped
