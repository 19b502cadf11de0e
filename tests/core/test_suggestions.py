"""Suggestions: single changes, each run through the model, ranked quickest first."""

from __future__ import annotations

import math

import pytest

from keiconfig.core import performance, regulations, suggestions
from keiconfig.core.build import changed
from keiconfig.core.presets import load_preset


@pytest.fixture(scope="module")
def copen():
    return load_preset("daihatsu-copen-2002").build  # FWD turbo, 64 PS cap


@pytest.fixture(scope="module")
def copen_list(copen):
    return suggestions.suggestions(copen)


def test_a_fwd_turbo_kei_car_is_offered_all_wheel_drive(copen):
    every = suggestions.suggestions(copen, min_delta_s=0.0)
    awd = [s for s in every if s.label == "All-wheel drive"]
    assert len(awd) == 1
    assert awd[0].updates == {"drivetrain.driven": "awd"}
    assert awd[0].delta_kg > 0  # the extra driveshafts and differential weigh something
    assert awd[0].text.startswith("All-wheel drive: ")
    assert awd[0].text.endswith(f"+{awd[0].delta_kg:.0f} kg")


def test_all_wheel_drive_is_listed_when_it_changes_the_time():
    mira = load_preset("daihatsu-mira-tr-xx-1985").build  # FWD turbo
    base = performance.evaluate(mira)
    awd = performance.evaluate(changed(mira, {"drivetrain.driven": "awd"}))
    listed = {s.key for s in suggestions.suggestions(mira)}
    noticeable = abs(awd.zero_to_100kmh_s - base.zero_to_100kmh_s) >= suggestions.MIN_DELTA_S
    assert ("awd" in listed) == noticeable


def test_every_delta_is_the_model_on_the_changed_build_minus_the_original(copen, copen_list):
    base = performance.evaluate(copen)
    assert copen_list
    for s in copen_list:
        new = performance.evaluate(changed(copen, s.updates))
        if new.zero_to_100kmh_s is None:
            assert math.isinf(s.delta_s)
        else:
            assert s.delta_s == pytest.approx(new.zero_to_100kmh_s - base.zero_to_100kmh_s)
        assert s.delta_kg == pytest.approx(new.kerb_weight_kg - base.kerb_weight_kg)
        assert s.delta_ps == pytest.approx(new.power_ps - base.power_ps)


def test_ranked_quickest_first_and_no_change_too_small_to_notice(copen_list):
    deltas = [s.delta_s for s in copen_list]
    assert deltas == sorted(deltas)
    assert all(abs(d) >= suggestions.MIN_DELTA_S for d in deltas)


def test_only_changes_that_fit_the_build_are_tried(copen):
    keys = {c.key for c in suggestions.candidates(copen)}
    assert "turbo" not in keys  # already turbo
    assert {"na", "supercharger", "awd", "rwd", "uncap", "mid"} <= keys
    assert "manual" not in keys  # already manual
    assert "cc_more" not in keys  # 659 cc is at the 660 cc limit after +10 % is capped
    legal = regulations.era(regulations.CURRENT_ERA).max_displacement_cc(4)
    for c in suggestions.candidates(copen):
        assert c.updates.get("engine.displacement_cc", 0) <= legal


def test_breaking_the_64_ps_agreement_is_listed_but_flagged(copen_list):
    uncap = [s for s in copen_list if s.key == "uncap"]
    if not uncap:
        pytest.skip("removing the cap makes no difference in the model")
    assert uncap[0].keeps_compliance is False
    assert "power" in uncap[0].breaks
    assert any(s.keeps_compliance for s in copen_list)


def test_a_subset_of_candidates_can_be_asked_for(copen):
    subset = suggestions.suggestions(copen, keys={"awd", "uncap"}, min_delta_s=0.0)
    assert {s.key for s in subset} == {"awd", "uncap"}
    quick = suggestions.suggestions(copen, keys=suggestions.QUICK_KEYS)
    assert {s.key for s in quick} <= suggestions.QUICK_KEYS


def test_a_car_that_never_reaches_100_is_ranked_on_its_400_m_time():
    subaru = load_preset("subaru-360-1958").build
    slow = changed(subaru, {"body.height_mm": 1779, "overrides.power_ps": 16.0})
    base = performance.evaluate(slow)
    assert base.zero_to_100kmh_s is None
    found = suggestions.suggestions(slow)
    assert found
    for s in found:
        assert s.measure == "400 m"
        new = performance.evaluate(changed(slow, s.updates))
        assert s.delta_s == pytest.approx(new.standing_400m_s - base.standing_400m_s)
    assert all(c.key != "valves4" for c in suggestions.candidates(slow))  # a two-stroke
