"""The twin-clutch gearbox (``drivetrain.transmission: "dct"``, round 5): an optional value
of the build format that old files never use; a manual's gear pairs and launch with no
break in drive at a change, a manual-like efficiency and more mass; read from the
reference text only where it says so; suggested as real cars offered with one rank it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keiconfig.core import gearbox
from keiconfig.core.build import DEFAULT_GEARS, TRANSMISSIONS, Build, changed, default_build
from keiconfig.core.files import BuildFileError, load_build, save_build
from keiconfig.core.performance import evaluate, load_constants
from keiconfig.core.presets import load_preset
from keiconfig.core.reference import _transmission, load_reference
from keiconfig.core.suggestions import suggestions


def _box_kg(build: Build) -> float:
    return next(p.kg for p in evaluate(build).weight_parts if p.name == "gearbox")


def _with(build: Build, kind: str, gears: int | None = None) -> Build:
    return changed(build, {"drivetrain.transmission": kind, "drivetrain.gears": gears})


def test_dct_is_a_transmission_and_old_files_are_unchanged(tmp_path: Path) -> None:
    assert "dct" in TRANSMISSIONS and DEFAULT_GEARS["dct"] == 6
    # A file from before round 5 (every example and preset but the Polo) loads and writes
    # back byte for byte the same build.
    plain = default_build()
    path = tmp_path / "old.kei.json"
    path.write_text(json.dumps(plain.to_json_dict()), encoding="utf-8")
    assert load_build(path).build == plain
    # Set, it survives a save and a load, and is written as "dct".
    dct = _with(plain, "dct", 7)
    out = tmp_path / "dct.kei.json"
    save_build(dct, out)
    assert json.loads(out.read_text(encoding="utf-8"))["drivetrain"]["transmission"] == "dct"
    assert load_build(out).build == dct
    assert dct.drivetrain.effective_gears == 7
    assert _with(plain, "dct").drivetrain.effective_gears == 6


def test_a_bad_gearbox_is_named_with_the_allowed_values(tmp_path: Path) -> None:
    data = default_build().to_json_dict()
    data["drivetrain"]["transmission"] = "dsg"
    p = tmp_path / "car.kei.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BuildFileError) as info:
        load_build(p)
    msg = str(info.value)
    for word in ('"drivetrain.transmission"', "dct", "manual", '"dsg"'):
        assert word in msg, (word, msg)


def test_the_schema_documents_the_twin_clutch_box() -> None:
    schema = json.dumps(Build.model_json_schema())
    assert '"dct"' in schema and "twin-clutch" in schema


def test_a_twin_clutch_box_changes_gear_without_a_break_in_drive() -> None:
    base = changed(default_build(), {"engine.aspiration": "turbo", "year": 2015})
    manual, dct = evaluate(_with(base, "manual", 6)), evaluate(_with(base, "dct", 6))
    # The manual's run has shift samples (no drive for the shift time); the twin-clutch
    # box's has none, though it changes gear as often.
    assert "shift" in {manual.trace.limit_name(i) for i in range(len(manual.trace.limit))}
    assert "shift" not in {dct.trace.limit_name(i) for i in range(len(dct.trace.limit))}
    assert max(dct.trace.gear) == max(manual.trace.gear) > 2
    k = load_constants().dynamics
    assert gearbox.shift_time_s("dct", k) == 0.0 < gearbox.shift_time_s("manual", k)
    # Manual-like losses: less than a torque converter's or a CVT's, a little over a manual's.
    eff = {t: gearbox.efficiency(_with(base, t), k) for t in TRANSMISSIONS}
    assert eff["manual"] > eff["dct"] > eff["automatic"] > eff["cvt"]
    assert eff["manual"] - eff["dct"] <= 0.02


def test_a_twin_clutch_box_launches_on_its_clutch_at_its_own_rpm() -> None:
    base = changed(default_build(), {"engine.aspiration": "turbo", "year": 2015})
    dct, manual = evaluate(_with(base, "dct", 5)), evaluate(_with(base, "manual", 5))
    redline = base.engine.effective_redline_rpm
    # The first samples are the clutch slipping at the launch rpm, no torque converter.
    assert dct.trace.rpm[1] == pytest.approx(gearbox.DCT_LAUNCH_RPM_SHARE * redline, rel=1e-6)
    assert manual.trace.rpm[1] == pytest.approx(gearbox.LAUNCH_RPM_SHARE * redline, rel=1e-6)


def test_a_twin_clutch_box_weighs_more_than_a_manual_and_says_so() -> None:
    base = default_build()
    for gears in (5, 6, 7):
        assert _box_kg(_with(base, "dct", gears)) > _box_kg(_with(base, "manual", gears)) + 10
    detail = next(
        p.detail for p in evaluate(_with(base, "dct", 7)).weight_parts if p.name == "gearbox"
    )
    assert detail == "7-speed twin-clutch"


@pytest.mark.parametrize(
    "preset_id",
    [
        "daihatsu-copen-2002",
        "honda-s660-2015",
        "suzuki-cappuccino-1991",
        "volkswagen-polo-gti-2021",
    ],
)
def test_a_twin_clutch_box_is_no_slower_than_the_manual_as_real_cars_are(preset_id: str) -> None:
    """Cars sold with a manual and a twin-clutch box with as many gears (VW's Golf GTI:
    6.5 s manual, 6.4 s DSG to 100 km/h) are as quick or quicker with the twin-clutch
    box, and quicker than with a torque-converter automatic."""
    b = load_preset(preset_id).build
    t = {
        kind: evaluate(_with(b, kind, 6)).zero_to_100kmh_s
        for kind in ("manual", "dct", "automatic")
    }
    assert t["dct"] is not None and t["manual"] is not None and t["automatic"] is not None
    assert t["manual"] - 0.6 < t["dct"] <= t["manual"]
    assert t["dct"] < t["automatic"]


def test_the_suggestions_offer_a_twin_clutch_box_and_never_promise_time_from_a_manual() -> None:
    polo = load_preset("volkswagen-polo-gti-2021").build
    assert polo.drivetrain.transmission == "dct" and polo.drivetrain.effective_gears == 7
    by_key = {s.key: s for s in suggestions(polo, min_delta_s=0.0)}
    assert "dct" not in by_key
    assert by_key["manual"].delta_s > 0  # a manual in its place is slower
    assert "twin-clutch" in by_key["manual"].label
    s660 = load_preset("honda-s660-2015").build
    by_key = {s.key: s for s in suggestions(s660, min_delta_s=0.0)}
    assert by_key["dct"].label == "Twin-clutch gearbox"
    assert by_key["dct"].delta_kg > 0  # heavier
    # the 2002 Copen is a year older than the first production car with one (2003)
    copen = load_preset("daihatsu-copen-2002").build
    assert "dct" not in {s.key for s in suggestions(copen, min_delta_s=0.0)}


def test_the_reference_reads_a_twin_clutch_box_only_where_its_text_says_so() -> None:
    assert _transmission("7-speed DSG", 2021) == ("dct", 7)
    assert _transmission("6-speed dual-clutch", 2012) == ("dct", 6)
    assert _transmission("5AGS (automated manual)", 2015) == ("manual", 5)
    assert _transmission("5MT / 4AT", 2018) == ("manual", 5)
    cars, _ = load_reference()
    dct = [c.label for c in cars if c.build.drivetrain.transmission == "dct"]
    assert len(dct) == 1 and "Polo" in dct[0] and "GTI" in dct[0]
