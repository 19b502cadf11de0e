"""Every shipped preset loads cleanly, evaluates to finite figures and carries its facts."""

from __future__ import annotations

import math

import pytest

from keiconfig.core import presets, regulations

PRESETS = presets.list_presets()
IDS = [p.id for p in PRESETS]


def test_about_twenty_presets():
    assert 18 <= len(PRESETS) <= 25


def test_ids_and_names_are_unique():
    assert len(set(IDS)) == len(IDS)
    names = [p.build.name for p in PRESETS]
    assert len(set(names)) == len(names)


def test_sorted_by_year():
    years = [p.build.year for p in PRESETS]
    assert years == sorted(years)
    assert PRESETS[0].id == "subaru-360-1958"


@pytest.mark.parametrize("preset", PRESETS, ids=IDS)
def test_preset_loads_without_warnings(preset):
    assert preset.warnings == ()
    assert preset.path.name == f"{preset.id}.kei.json"


@pytest.mark.parametrize("preset", PRESETS, ids=IDS)
def test_preset_has_description_and_published_figures(preset):
    b = preset.build
    assert b.description and len(b.description) > 40
    assert b.notes
    assert b.year is not None
    assert b.published is not None
    assert b.published.source
    assert b.published.power_ps is not None


@pytest.mark.parametrize("preset", PRESETS, ids=IDS)
def test_notes_that_say_no_limiter_is_set_mean_it(preset):
    """The eK X EV's notes said "no limiter is set and the model's top speed is where
    power meets drag" while its card read "140 km/h (limited; about 150 without the
    limiter)": the kei makers' 140 km/h limiter is on by default (the N-VAN e:'s notes
    said so too, its top speed just under it)."""
    notes = (preset.build.notes or "") + (preset.build.localized("ja").notes or "")
    if preset.build.drivetrain.speed_limit_kmh is not None:  # the kei limiter is on
        assert "no limiter is set" not in notes
        assert "スピードリミッターは設定せず" not in notes
        assert "スピードリミッターは設定しない" not in notes


@pytest.mark.parametrize("preset", PRESETS, ids=IDS)
def test_power_cap_follows_the_agreement(preset):
    b = preset.build
    comparison = "not a kei" in (b.description or "").lower()
    if b.year >= 1987 and not comparison and preset.id != "caterham-seven-160-2014":
        assert b.engine.power_cap_ps == 64
    else:
        assert b.engine.power_cap_ps is None


@pytest.mark.parametrize("preset", PRESETS, ids=IDS)
def test_preset_evaluates_to_finite_figures(preset):
    performance = pytest.importorskip("keiconfig.core.performance")
    perf = performance.evaluate(preset.build)
    for field in ("kerb_weight_kg", "power_ps", "power_kw", "torque_nm", "top_speed_kmh"):
        value = getattr(perf, field)
        assert value is not None and math.isfinite(value) and value > 0, field
    for field in ("quarter_mile_s", "standing_400m_s"):
        value = getattr(perf, field)
        assert value is not None and math.isfinite(value) and value > 0, field
    # Cars slower than 60 mph (the 16 PS 1950s cars) never reach these: None, not inf.
    for field in ("zero_to_60mph_s", "zero_to_100kmh_s"):
        value = getattr(perf, field)
        assert value is None or (math.isfinite(value) and value > 0), field


@pytest.mark.parametrize("preset", PRESETS, ids=IDS)
def test_kei_presets_comply_with_the_rules_of_their_year(preset):
    """A kei car's preset complies; a comparison car's (its description says 'not a kei
    car': the Fiat Cinquecento, the Polo GTI) does not, or it would be shown as one. (The
    comparison cars were skipped here: their cases checked nothing.)"""
    b = preset.build
    era_id = regulations.era_for_year(b.year)
    c = regulations.check(b, era_id, power_ps=b.published.power_ps)
    if "not a kei" in (b.description or "").lower():
        assert not c.ok and "displacement" in c.failed, (era_id, c.failed)
    else:
        assert c.ok, (era_id, c.failed)


def test_load_preset_by_id():
    p = presets.load_preset("honda-beat-1991")
    assert p.build.engine.position == "mid"
    assert presets.load_preset("honda-beat-1991.kei.json").id == "honda-beat-1991"


def test_missing_preset_is_named():
    with pytest.raises(presets.PresetError, match="no-such-car") as info:
        presets.load_preset("no-such-car")
    assert "honda-beat-1991" in str(info.value)


def test_presets_have_japanese_names_and_descriptions() -> None:
    """Each preset's optional translations give its Japanese name and description; the
    English stays the file's name (and what a keiconfig speaking English shows)."""
    from keiconfig.core import text

    for p in presets.list_presets():
        ja = p.build.localized("ja")
        assert ja.name != p.build.name and ja.description, p.id
        assert any("\u30a0" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in ja.name)
        assert p.build.localized("en") is p.build
    try:
        text.set_language("ja")
        honda = next(p for p in presets.list_presets() if p.id == "honda-beat-1991")
        assert honda.shown_name() == "ホンダ ビート (1991)"
    finally:
        text.set_language("en")
    assert honda.shown_name() == "Honda Beat (1991)"
