"""The naturally aspirated ceiling, and the reference rows' redlines at their power peak.

With the 64 PS cap removed the Honda Beat preset made 86 PS and 84 N·m from 656 cc
without boost (16.0 bar of brake mean effective pressure; no production NA engine passes
13-15 bar, the Beat's own published 60 N·m is 11.5 bar), and the Classroom told students
"Remove the 64 PS cap: -3.1 s, +22 PS". The cause was c_throttles fitted with the Beat and
the T360 at default redlines below their published power peaks (so it carried their revs
as well as their breathing), and no ceiling on an NA engine's breathing.
"""

from __future__ import annotations

import csv
import math

import pytest

from keiconfig.core import engine, suggestions
from keiconfig.core.build import Build, changed
from keiconfig.core.engine import NA_BMEP_MAX_BAR, max_torque_nm
from keiconfig.core.model_explanation import model_explanation
from keiconfig.core.performance import evaluate
from keiconfig.core.presets import list_presets
from keiconfig.core.reference import load_reference
from keiconfig.core.resources_path import resource_path


def _bmep_bar(torque_nm: float, cc: float, cycle: int = 4) -> float:
    revs_per_stroke = 2.0 if cycle == 4 else 1.0
    return 2.0 * math.pi * revs_per_stroke * torque_nm / (cc * 1e-6) / 1e5


def _preset(preset_id: str) -> Build:
    return next(p.build for p in list_presets() if p.id == preset_id)


def test_the_na_ceiling_is_just_above_the_highest_na_bmep_published() -> None:
    """Stated from the data: naturally aspirated rows (both cycles) with a torque; none
    passes it, and it is the best of them (the Beat's and the 2014-20 NA 660s' 11.5 bar,
    to one decimal) raised by the 5 % scatter of published figures, to one decimal."""
    with resource_path("reference.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    published = [
        _bmep_bar(
            float(r["torque_nm"]),
            float(r["displacement_cc"]),
            2 if r["engine_cycle"].startswith("2") else 4,
        )
        for r in rows
        if r["torque_nm"]
        and r["displacement_cc"]
        and not any(w in r["aspiration"].lower() for w in ("turbo", "supercharger", "electric"))
    ]
    assert len(published) >= 10
    assert max(published) <= NA_BMEP_MAX_BAR
    assert round(1.05 * round(max(published), 1), 1) == NA_BMEP_MAX_BAR


def test_the_uncapped_beat_makes_what_its_breathing_allows(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Beat preset (its 8500 rpm rev limit entered) with the cap removed: at most the
    ceiling's torque, and about its real 64 PS, not 86 PS."""
    beat = changed(_preset("honda-beat-1991"), {"engine.power_cap_ps": None})
    c = evaluate(beat).curve
    assert c.na_bmep_limited
    assert c.peak_torque_nm == pytest.approx(max_torque_nm(beat, NA_BMEP_MAX_BAR), rel=1e-9)
    assert _bmep_bar(c.peak_torque_nm, 656) <= NA_BMEP_MAX_BAR * (1 + 1e-9)
    assert 60.0 <= c.peak_power_ps <= 70.0
    assert c.uncapped_power_ps == pytest.approx(c.peak_power_ps)
    # The ceiling scales the whole curve: the shape (and so its peaks' rpm) is the law's.
    with monkeypatch.context() as m:
        m.setattr(engine, "NA_BMEP_MAX_BAR", math.inf)
        free = evaluate(beat).curve
    assert not free.na_bmep_limited
    assert free.peak_power_ps > c.peak_power_ps
    assert c.peak_power_rpm == free.peak_power_rpm
    assert c.peak_torque_rpm == free.peak_torque_rpm
    scale = c.peak_torque_nm / free.peak_torque_nm
    assert c.torque_nm == pytest.approx(free.torque_nm * scale, rel=1e-9)


def test_the_ceiling_leaves_turbos_and_pinned_figures_alone() -> None:
    """A turbo has its own ceiling (BMEP_MAX_BAR); a pinned power or torque is the user's."""
    s660 = evaluate(changed(_preset("honda-s660-2015"), {"engine.power_cap_ps": None})).curve
    assert not s660.na_bmep_limited
    beat = changed(_preset("honda-beat-1991"), {"engine.power_cap_ps": None})
    strong = evaluate(changed(beat, {"overrides.power_ps": 90.0})).curve
    assert strong.peak_power_ps == pytest.approx(90.0, rel=1e-6)
    assert not strong.na_bmep_limited
    torquey = evaluate(changed(beat, {"overrides.torque_nm": 80.0})).curve
    assert torquey.peak_torque_nm == pytest.approx(80.0, rel=1e-9)


def test_a_reference_row_revs_at_least_to_its_published_power_peak() -> None:
    """A rev limit is never below the power peak: where the default redline is below the
    published power-peak rpm, the row's redline is that rpm; elsewhere the default."""
    cars, _ = load_reference()
    raised = set()
    for c in cars:
        e = c.build.engine
        if c.power_rpm is not None and e.redline_rpm is not None:
            assert e.redline_rpm == int(c.power_rpm)
            raised.add(c.label.split(" (")[0])
            assert changed(c.build, {"engine.redline_rpm": None}).engine.effective_redline_rpm < (
                c.power_rpm
            )
        else:
            assert e.redline_rpm is None
            assert c.power_rpm is None or e.effective_redline_rpm >= c.power_rpm
    assert {"Honda Beat", "Honda T360", "Mitsubishi Minica Dangan ZZ"} <= raised


def test_the_model_page_says_why_the_uncapped_beat_makes_no_more() -> None:
    """The "How the model works" page names the ceiling where it scaled the curve, and the
    power it allows (the cap's sentence then says the engine could make 65 PS)."""
    beat = _preset("honda-beat-1991")
    text = model_explanation(beat, evaluate(beat))[1].text
    assert "mean effective pressure of 12.1 bar" in text
    assert "could make 65 PS" in text
    s660 = _preset("honda-s660-2015")
    assert "12.1 bar" not in model_explanation(s660, evaluate(s660))[1].text


def test_the_classroom_no_longer_sells_the_beat_a_cap_it_never_had() -> None:
    """The Beat's 64 PS was its engine's own: "Remove the 64 PS cap" was -3.1 s, +22 PS;
    now it gains a PS and about nothing the model can tell apart."""
    (uncap,) = suggestions.suggestions(_preset("honda-beat-1991"), keys={"uncap"}, min_delta_s=0.0)
    assert uncap.delta_ps < 2.0
    assert uncap.verdict == suggestions.ABOUT_SAME
    # its brakes follow the power: 0.5 kg more, which read "+0 kg" (0.5 rounds to even)
    assert uncap.delta_kg == pytest.approx(0.5)
    assert uncap.text == "Remove the 64 PS cap: about the same (−0.2 s), +1 PS"
