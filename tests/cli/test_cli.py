"""The command line, run in-process: output, JSON shape and exit codes."""

from __future__ import annotations

import gc
import json
import shutil
import sys
from pathlib import Path

import pytest

from keiconfig import cli
from tests.read_only import read_only_folder

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE / "data"
SPEC_FIELDS = [
    "file",
    "name",
    "kerb_weight_kg",
    "power_ps",
    "power_kw",
    "torque_nm",
    "zero_to_60mph_s",
    "zero_to_100kmh_s",
    "quarter_mile_s",
    "standing_400m_s",
    "top_speed_kmh",
    "compliance",
]
#: Keys the project added to evaluate's output, each present only where it applies
#: (resources/build-format.md): a program that reads the spec's fields is unaffected.
OPTIONAL_FIELDS = {"unlimited_top_speed_kmh", "electric"}
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.kei.json"))


def needs_model():
    return pytest.importorskip("keiconfig.core.performance")


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_examples_are_present():
    assert len(EXAMPLE_FILES) == 4


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.startswith("keiconfig ")


def test_help_lists_commands(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for command in cli.COMMANDS:
        assert command in out


def test_schema_is_json_with_body(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert "body" in schema["properties"]
    assert "body" in out


def test_validate_ok_and_unknown_key_warning(capsys, tmp_path):
    data = json.loads(EXAMPLE_FILES[0].read_text())
    data["colour"] = "red"
    f = tmp_path / "typo.kei.json"
    f.write_text(json.dumps(data))
    code, out, _ = run(capsys, "validate", str(EXAMPLE_FILES[0]), str(f))
    assert code == 0
    assert f"{EXAMPLE_FILES[0]}: ok" in out
    assert f"{f}: ok" in out
    assert "colour" in out and "warning" in out


def test_validate_bad_file_exits_1(capsys, tmp_path):
    bad = tmp_path / "bad.kei.json"
    bad.write_text('{"format": "keiconfig-build", "version": 1, "name": ""}')
    code, out, _ = run(capsys, "validate", str(bad), str(EXAMPLE_FILES[0]))
    assert code == 1
    assert "bad.kei.json" in out
    assert f"{EXAMPLE_FILES[0]}: ok" in out


def test_evaluate_spec_examples_give_every_field(capsys):
    needs_model()
    code, out, _ = run(capsys, "evaluate", "--json", *map(str, EXAMPLE_FILES))
    assert code == 0
    results = json.loads(out)
    assert len(results) == 4
    for obj, path in zip(results, EXAMPLE_FILES, strict=True):
        assert [k for k in obj if k not in OPTIONAL_FIELDS] == SPEC_FIELDS
        assert obj["file"] == str(path)
        c = obj["compliance"]
        assert c["era"] == "1998"
        assert isinstance(c["ok"], bool)
        names = [ch["name"] for ch in c["checks"]]
        assert names == ["length", "width", "height", "displacement", "power"]
        for ch in c["checks"]:
            assert {"name", "value", "limit", "unit", "ok"} <= set(ch)
        assert obj["power_kw"] == pytest.approx(obj["power_ps"] * 0.7355, abs=0.2)


def test_evaluate_broken_file_in_the_middle(capsys, tmp_path):
    needs_model()
    broken = tmp_path / "broken.kei.json"
    broken.write_text('{"format": "keiconfig-build", ')
    files = [str(EXAMPLE_FILES[0]), str(broken), str(EXAMPLE_FILES[1])]
    code, out, _ = run(capsys, "evaluate", "--json", *files)
    assert code == 1
    results = json.loads(out)
    assert [r["file"] for r in results] == files
    assert set(results[1]) == {"file", "error"}
    assert "broken.kei.json" in results[1]["error"]
    assert "compliance" in results[0] and "compliance" in results[2]


def test_evaluate_era_and_use_year(capsys):
    needs_model()
    two_stroke = str(EXAMPLES / "two-stroke-360.kei.json")
    code, out, _ = run(capsys, "evaluate", "--json", "--era", "1951", two_stroke)
    assert code == 0
    (obj,) = json.loads(out)
    assert obj["compliance"]["era"] == "1951"
    assert obj["compliance"]["ok"] is False  # 356 cc two-stroke over the 240 cc limit
    code, out, _ = run(capsys, "evaluate", "--json", "--use-year", two_stroke)
    (obj,) = json.loads(out)
    assert obj["compliance"]["era"] == "1955"  # the build's year is 1962
    assert obj["compliance"]["ok"] is True
    assert [c["name"] for c in obj["compliance"]["checks"]][-1] == "displacement"


def test_evaluate_judges_a_file_by_the_era_it_names_unless_told_otherwise(capsys, tmp_path):
    """A file saved judged by the 1955 rules ("judged_by") is judged by them; --era, or
    --use-year for a build with a year, still wins."""
    needs_model()
    data = json.loads((EXAMPLES / "two-stroke-360.kei.json").read_text(encoding="utf-8"))
    data["judged_by"] = "1951"
    path = tmp_path / "judged.kei.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    eras = {}
    for options in ([], ["--era", "1998"], ["--use-year"]):
        code, out, _ = run(capsys, "evaluate", "--json", *options, str(path))
        assert code == 0
        ((obj,),) = [json.loads(out)]
        eras[" ".join(options)] = (obj["compliance"]["era"], obj["compliance"]["ok"])
    # 356 cc two-stroke: over 1951's 240 cc; the build's year is 1962 (the 1955 rules)
    assert eras == {"": ("1951", False), "--era 1998": ("1998", True), "--use-year": ("1955", True)}
    code, out, _ = run(capsys, "evaluate", str(path))
    assert code == 0 and "1951" in out


def test_rank_says_files_naming_other_rules_were_judged_by_the_class_s(capsys, tmp_path):
    """A class folder of files saved judged by 1976's and 1990's rules (judged_by) and none:
    rank judges all by one era, as it said, and now also says that files asked for others
    (a teacher read "era 1998" beside a student's 1976 build with no word why; audit6)."""
    needs_model()
    from keiconfig.core import files
    from keiconfig.core.build import changed, default_build

    for name, rules in (("a", "1976"), ("b", "1990"), ("c", None)):
        files.save_build(changed(default_build(), {"judged_by": rules}), tmp_path / f"{name}.json")
    code, out, _ = run(capsys, "rank", str(tmp_path))
    assert code == 0
    assert out.splitlines()[0] == (
        "Judged by the current kei rules (1998); --era picks another era. 2 files name other "
        "rules to be judged by (judged_by): a ranking judges every build by the same rules."
    )
    code, out, _ = run(capsys, "rank", "--era", "1990", str(tmp_path))
    assert "1 file names other rules" in out.splitlines()[0]
    code, out, _ = run(capsys, "rank", "--json", str(tmp_path))
    assert {row["era"] for row in json.loads(out)} == {"1998"}


def test_schema_names_the_eras_a_build_may_be_judged_by(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0
    (option,) = [
        o for o in json.loads(out)["properties"]["judged_by"]["anyOf"] if o["type"] == "string"
    ]
    assert option["enum"] == ["1949", "1950", "1951", "1955", "1976", "1990", "1998"]
    # written by hand as a number, as a year is: the same eras
    (number,) = [
        o for o in json.loads(out)["properties"]["judged_by"]["anyOf"] if o["type"] == "integer"
    ]
    assert number["enum"] == [1949, 1950, 1951, 1955, 1976, 1990, 1998]


def test_evaluate_unknown_era_is_a_usage_error(capsys):
    code, _, err = run(capsys, "evaluate", "--era", "2001", str(EXAMPLE_FILES[0]))
    assert code == 2
    assert "1998" in err


def test_evaluate_table(capsys):
    needs_model()
    code, out, _ = run(capsys, "evaluate", *map(str, EXAMPLE_FILES))
    assert code == 0
    assert "0–100 km/h" in out  # as the window's card writes it, an en dash
    assert "Roadster, mid-engine NA" in out


def test_unreachable_times_are_null(capsys):
    needs_model()
    # A 16 PS car from 1960: the model's top speed is under 100 km/h.
    preset = Path(__file__).resolve().parents[2] / "resources" / "presets"
    code, out, _ = run(capsys, "evaluate", "--json", str(preset / "mazda-r360-coupe-1960.kei.json"))
    (obj,) = json.loads(out)
    assert code == 0
    if obj["top_speed_kmh"] < 100:
        assert obj["zero_to_100kmh_s"] is None
    assert obj["quarter_mile_s"] > 0
    # the table says so with a dash alone (it read "– s")
    code, out, _ = run(capsys, "evaluate", str(preset / "mazda-r360-coupe-1960.kei.json"))
    (line,) = [line for line in out.splitlines() if "0–100 km/h" in line]
    assert line.split() == ["0–100", "km/h", "–"]


def test_evaluate_says_when_the_limiter_holds_the_top_speed(capsys):
    """A person who knows the S660 stops at 140 reads that the limiter stops it, and
    where it would stop without it; a 1960 car without a limiter reads its top speed
    alone, and its JSON has no unlimited figure."""
    needs_model()
    presets = HERE.parents[1] / "resources" / "presets"
    s660 = str(presets / "honda-s660-2015.kei.json")
    r360 = str(presets / "mazda-r360-coupe-1960.kei.json")
    code, out, _ = run(capsys, "evaluate", "--json", s660, r360)
    assert code == 0
    limited, free = json.loads(out)
    assert limited["top_speed_kmh"] == 140
    assert limited["unlimited_top_speed_kmh"] > 150
    assert "unlimited_top_speed_kmh" not in free
    code, out, _ = run(capsys, "evaluate", s660, r360)
    lines = [line for line in out.splitlines() if "top speed" in line]
    unlimited = round(limited["unlimited_top_speed_kmh"])
    assert lines[0].split(None, 2)[2] == (
        f"140 km/h (limited; about {unlimited} without the limiter)"
    )
    assert lines[1].split(None, 2)[2] == f"{free['top_speed_kmh']:.0f} km/h"


def test_a_speed_just_over_the_limiter_is_written_to_a_tenth(capsys, tmp_path):
    """A CVT on a 7.5 final drive would reach 140.4 km/h without the 140 km/h limiter:
    "limited; about 140 without the limiter" beside "140 km/h" said nothing; the speed
    without it is written to a tenth where to the km/h it reads as the limit."""
    needs_model()
    from keiconfig.core import files
    from keiconfig.core.build import changed, default_build

    path = tmp_path / "cvt.kei.json"
    updates = {"drivetrain.transmission": "cvt", "drivetrain.final_drive": 7.5}
    files.save_build(changed(default_build(), updates), path)
    code, out, _ = run(capsys, "evaluate", str(path))
    assert code == 0
    (line,) = [line for line in out.splitlines() if "top speed" in line]
    assert line.split(None, 2)[2] == "140 km/h (limited; about 140.4 without the limiter)"


def test_presets_lists_every_preset(capsys):
    needs_model()
    code, out, _ = run(capsys, "presets")
    assert code == 0
    assert "honda-beat-1991" in out
    assert "caterham-seven-160-2014" in out


def _rank_folder(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    shutil.copy(EXAMPLES / "roadster-mid-na.kei.json", folder / "a_roadster.json")
    shutil.copy(EXAMPLES / "tall-wagon-turbo.kei.json", folder / "b_wagon.json")
    big = json.loads((EXAMPLES / "tall-wagon-turbo.kei.json").read_text())
    big["name"] = "Too long"
    big["body"]["length_mm"] = 3600
    (folder / "c_long.json").write_text(json.dumps(big))
    (folder / "d_broken.json").write_text("not json at all")
    return folder


def test_rank_orders_and_exits_1(capsys, tmp_path):
    needs_model()
    folder = _rank_folder(tmp_path)
    csv_file = tmp_path / "out.csv"
    code, out, _ = run(capsys, "rank", str(folder), "--json", "--csv", str(csv_file))
    assert code == 1
    rows = json.loads(out)
    assert [r["file"] for r in rows][2:] == ["c_long.json", "d_broken.json"]
    assert {r["file"] for r in rows[:2]} == {"a_roadster.json", "b_wagon.json"}
    assert [r["rank"] is not None for r in rows] == [True, True, False, False]
    assert rows[2]["failed"] == ["length"] and rows[2]["compliant"] is False
    assert "error" in rows[3]
    first, second = rows[0]["zero_to_100kmh_s"], rows[1]["zero_to_100kmh_s"]
    assert first <= second
    text = csv_file.read_text()
    assert text.splitlines()[0].startswith("rank,file,name")
    assert len(text.splitlines()) == 5


def test_rank_table_and_by_power(capsys, tmp_path):
    needs_model()
    folder = _rank_folder(tmp_path)
    code, out, _ = run(capsys, "rank", str(folder), "--by", "power_ps")
    assert code == 1
    assert "c_long.json" in out and "breaks: length" in out


def test_rank_names_its_figure_as_the_window_does_and_the_csv_keeps_its_id(capsys, tmp_path):
    """The rank table's figure column was headed 'zero_to_100kmh_s' (Japanese too, among
    translated headers); now as the window's class folder heads it, '0–100 km/h (s)',
    'Power (PS)'; the CSV keeps the ids, for programs."""
    needs_model()
    folder = _rank_folder(tmp_path)
    for by, title in ((None, "0–100 km/h (s)"), ("power_ps", "Power (PS)")):
        out_csv = tmp_path / f"{by}.csv"
        argv = ["rank", str(folder), "--csv", str(out_csv)] + (["--by", by] if by else [])
        _code, out, _ = run(capsys, *argv)
        header = next(line for line in out.splitlines() if line.startswith("rank"))
        assert header.split()[3 : 3 + len(title.split())] == title.split(), header
        assert "_" not in header, header
        first = out_csv.read_text(encoding="utf-8").splitlines()[0]
        assert first == f"rank,file,name,compliant,failed,{by or 'zero_to_100kmh_s'},error,era"


def test_rank_unknown_field(capsys, tmp_path):
    code, _, err = run(capsys, "rank", str(tmp_path), "--by", "colour")
    assert code == 2
    assert "zero_to_100kmh_s" in err


def test_rank_missing_folder(capsys, tmp_path):
    code, _, err = run(capsys, "rank", str(tmp_path / "nope"))
    assert code == 1
    assert "does not exist" in err


def test_unknown_option_is_exit_2(capsys):
    code, _, err = run(capsys, "evaluate", "--frobnicate", "x")
    assert code == 2
    assert "usage" in err


def test_gui_without_ui_module_is_a_plain_message(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "keiconfig.ui.app", None)
    code, _, err = run(capsys, "some.kei.json")
    assert code == 2
    assert "window" in err


def test_gui_gets_the_file(capsys, monkeypatch):
    import types

    opened = []
    fake = types.ModuleType("keiconfig.ui.app")
    collecting = []

    def run_app(path):
        opened.append(path)
        collecting.append(gc.isenabled())
        return 0

    fake.run_app = run_app
    monkeypatch.setitem(sys.modules, "keiconfig.ui.app", fake)
    assert cli.main(["my.kei.json"]) == 0
    assert cli.main([]) == 0
    assert opened == ["my.kei.json", None]
    # The cyclic garbage collector is off while the window starts (the window turns it
    # back on once shown), and never left off, whatever the window did.
    assert collecting == [False, False]
    assert gc.isenabled()


def test_unexpected_error_is_one_line(capsys, monkeypatch):
    def boom(args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(cli, "cmd_schema", boom)
    code, _out, err = run(capsys, "schema")
    assert code == 1
    assert err.strip().count("\n") == 0
    assert "disk on fire" in err


def test_calibration_options_are_the_commands_own(capsys, monkeypatch):
    from keiconfig.core import calibration_report

    seen = []

    def fake(constants=None, loo=False, grouped_cv=False):
        seen.append((loo, grouped_cv))
        return "R"

    monkeypatch.setattr(calibration_report, "report", fake)
    code, out, _ = run(capsys, "calibration", "--loo")
    assert code == 0
    assert out.strip() == "R"
    code, out, _ = run(capsys, "calibration", "--grouped")
    assert seen == [(True, False), (False, True)]
    code, _, err = run(capsys, "calibration", "--no-such-option")
    assert code == 2
    assert "--no-such-option" in err


def test_calibration_fits_and_checks_the_electric_model(capsys, monkeypatch, tmp_path):
    from keiconfig.core import electric, electric_fit
    from keiconfig.core.resources_path import resource_path

    shipped = resource_path(electric.CONSTANTS_FILE)
    before = shipped.read_bytes()
    monkeypatch.chdir(tmp_path)
    seen = []
    monkeypatch.setattr(electric_fit, "range_report", lambda *k: seen.append(k) or "RANGES")
    code, out, _ = run(capsys, "calibration", "--check-electric")
    assert code == 0 and out.strip() == "RANGES"
    assert seen == [(None, None)]  # the shipped constants
    code, out, _ = run(capsys, "calibration", "--fit-electric", "--check-electric")
    assert code == 0 and "regen_share" in out and "RANGES" in out
    written = json.loads((tmp_path / "electric_constants.json").read_text(encoding="utf-8"))
    assert written["range"] == {"regen_share": seen[1][1].regen_share}  # this fit's ranges
    assert f"wrote {tmp_path / 'electric_constants.json'}" in out
    assert shipped.read_bytes() == before  # the installed package's data untouched


def test_calibration_fit_writes_the_file_named_never_the_package(capsys, monkeypatch, tmp_path):
    """`calibration --fit` wrote resources/model_constants.json inside the installed
    package (changing the model of every user of that install, lost at the next install,
    a traceback where the package is read-only) and said only 'wrote <path>'. It writes
    the file named, by default model_constants.json in the current folder (not replaced
    unnamed), says where, and that the window keeps the shipped constants."""
    from dataclasses import replace

    from keiconfig.core import calibration_fit, calibration_report, performance

    shipped = performance.constants_path()
    before = shipped.read_bytes()
    k = performance.load_constants()
    fitted = replace(k, dynamics=replace(k.dynamics, tyre_mu=0.5))
    monkeypatch.setattr(calibration_fit, "fit_all", lambda: fitted)
    reported = []
    monkeypatch.setattr(
        calibration_report,
        "report",
        lambda constants=None, loo=False, grouped_cv=False: reported.append(constants) or "R",
    )
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "calibration", "--fit")
    assert (code, err) == (0, "")
    default = tmp_path / "model_constants.json"
    assert json.loads(default.read_text(encoding="utf-8"))["dynamics"]["tyre_mu"] == 0.5
    assert f"wrote {default}" in out
    assert f"keep using the shipped constants ({shipped})" in out
    assert reported == [fitted]  # the report is this fit's
    assert shipped.read_bytes() == before
    assert performance.load_constants() == k

    # the default again: not replaced unasked, said before the fit
    default.write_text("mine", encoding="utf-8")
    code, _, err = run(capsys, "calibration", "--fit")
    assert code == 2 and default.read_text(encoding="utf-8") == "mine"
    assert "model_constants.json already exists in this folder" in err
    assert "calibration --fit FILE" in err
    # named, it is written where named
    code, out, _ = run(capsys, "calibration", "--fit", "model_constants.json")
    assert code == 0 and json.loads(default.read_text(encoding="utf-8"))["dynamics"]
    code, out, _ = run(capsys, "calibration", "--fit", "other.json", "--grouped")
    assert code == 0 and (tmp_path / "other.json").is_file()
    # a folder that is not there is said, before the fit
    code, _, err = run(capsys, "calibration", "--fit", "gone/k.json")
    assert code == 2 and "gone is not a folder" in err
    assert shipped.read_bytes() == before
    # the help says it
    code, out, _ = run(capsys, "calibration", "--help")
    assert "--fit [FILE]" in out and "current folder" in out


def test_rank_use_year_judges_old_cars_by_their_rules(capsys, tmp_path):
    needs_model()
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(EXAMPLES / "two-stroke-360.kei.json", folder / "saloon.json")
    code, out, _ = run(capsys, "rank", str(folder), "--era", "1951", "--json")
    assert code == 0
    assert json.loads(out)[0]["failed"] == ["displacement"]
    code, out, _ = run(capsys, "rank", str(folder), "--use-year", "--json")
    assert json.loads(out)[0]["compliant"] is True


def test_evaluate_an_electric_build_gives_its_range_and_no_displacement_rule(capsys):
    from keiconfig.core.presets import load_preset

    path = str(load_preset("nissan-sakura-2022").path)
    code, out, _ = run(capsys, "evaluate", path, "--json")
    assert code == 0
    (obj,) = json.loads(out)
    ev = obj["electric"]
    assert ev["battery_kwh"] == 20 and 100 < ev["wltc_range_km"] < 250
    assert set(ev["steady_range_km"]) == {"60", "100"}
    assert "displacement" not in [c["name"] for c in obj["compliance"]["checks"]]
    code, out, _ = run(capsys, "evaluate", path)
    assert code == 0 and "WLTC range" in out


def test_evaluate_says_a_car_above_the_power_agreement_is_above_it(capsys, tmp_path):
    """An 80 kW electric kei car keeps the law and breaks the makers' 64 PS agreement: the
    window said so, and `evaluate` said only "complies" above an "OVER" line."""
    from keiconfig.core.build import changed
    from keiconfig.core.files import save_build
    from keiconfig.core.presets import load_preset

    sakura = load_preset("nissan-sakura-2022")
    path = tmp_path / "quick.kei.json"
    save_build(changed(sakura.build, {"motor.max_power_kw": 80}), path)
    code, out, _ = run(capsys, "evaluate", str(path))
    assert code == 0
    assert "kei rules of 1998: complies, but is above the makers' power agreement (not law)" in out
    code, out, _ = run(capsys, "evaluate", str(sakura.path))
    assert "kei rules of 1998: complies\n" in out


def test_schema_describes_the_electric_and_gearing_fields(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0
    for word in ("powertrain", "max_torque_nm", "capacity_kwh", "ratios", "final_drive"):
        assert word in out


def test_a_mistyped_command_is_not_opened_as_a_file(capsys, monkeypatch, tmp_path) -> None:
    """'keiconfig evalute' said nothing useful: it started the window to open a file
    'evalute'. A word that is no file and not named like a build is an unknown command;
    a build file's name (even a missing one: the window says so) still opens the window."""
    opened: list[str | None] = []
    monkeypatch.setattr(cli, "_no_display", lambda: False)
    monkeypatch.chdir(tmp_path)
    import keiconfig.ui.app

    monkeypatch.setattr(keiconfig.ui.app, "run_app", lambda path: opened.append(path) or 0)
    assert cli.main(["evalute"]) == 2
    err = capsys.readouterr().err
    assert "unknown command 'evalute'; commands are validate" in err and opened == []
    (tmp_path / "mycar").write_text("{}")
    for word in ("mycar", "missing.kei.json", "Car.JSON"):
        assert cli.main([word]) == 0
    assert opened == ["mycar", "missing.kei.json", "Car.JSON"]


def test_validate_checks_a_class_challenge_as_one(capsys, tmp_path):
    """A teacher checking a hand-written challenge with 'keiconfig validate' was told only
    'this is a class challenge, not a build' (exit 1), good or broken. It is checked as
    the window and rank --challenge read it: 'ok (a class challenge)', or its problem."""
    from keiconfig.core.resources_path import resource_path

    example = resource_path("example.challenge.json")
    good = tmp_path / "good.challenge.json"
    good.write_bytes(example.read_bytes())
    data = json.loads(example.read_text(encoding="utf-8"))
    data["constraints"] = {"min_seats": 9}
    bad = tmp_path / "bad.challenge.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    build = EXAMPLE_FILES[0]
    code, out, _ = run(capsys, "validate", str(good))
    assert (code, out) == (0, f"{good}: ok (a class challenge)\n")
    code, out, _ = run(capsys, "validate", str(good), str(bad), str(build))
    assert code == 1
    assert out.splitlines() == [
        f"{good}: ok (a class challenge)",
        f'{bad}: "constraints.min_seats" must be a whole number from 1 to 8.',
        f"{build}: ok",
    ]


def test_several_files_given_are_files_not_a_mistyped_command(capsys, monkeypatch, tmp_path):
    """Several builds chosen in a file manager and opened with keiconfig: it said "unknown
    command 'a.kei.json'; commands are validate, …", taking a file for a mistyped command.
    It says the window opens one at a time and how to see them together; no window."""
    import keiconfig.ui.app

    monkeypatch.setattr(keiconfig.ui.app, "run_app", lambda path: pytest.fail("started Qt"))
    monkeypatch.chdir(tmp_path)
    for name in ("a.kei.json", "b.kei.json"):
        (tmp_path / name).write_text("{}")
    code, out, err = run(capsys, "a.kei.json", "b.kei.json")
    assert code == 2 and out == ""
    assert "unknown command" not in err
    assert err.strip() == (
        "keiconfig: error: the window opens one build file at a time, and 2 were given; open "
        "one (keiconfig a.kei.json) and put the others beside it with Compare > Add File…, or "
        "compare them here: keiconfig evaluate FILE FILE…"
    )


def test_no_display_is_a_sentence_not_a_core_dump(capsys, monkeypatch) -> None:
    """Without a display Qt aborts the process (SIGABRT, a core dump) with a message about
    plugins; keiconfig says what is missing and that the command line works."""
    import keiconfig.ui.app

    monkeypatch.setattr(keiconfig.ui.app, "run_app", lambda path: pytest.fail("started Qt"))
    monkeypatch.setattr(cli.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert cli.main([]) == 2
    err = capsys.readouterr().err
    assert "no display to show the window on" in err and "keiconfig --help" in err
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert cli._no_display()
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert not cli._no_display()
    monkeypatch.delenv("WAYLAND_DISPLAY")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # needs no display server
    assert not cli._no_display()


def test_the_table_rounds_as_the_window_does(capsys, tmp_path, monkeypatch):
    """Two places, one figure: the Mira TR-XX's 151.49 km/h read "152 km/h" in the table
    (rounded from the JSON's 151.5) and "151 km/h" in the window; the Jimny LJ10's
    600.5 kg read "600 kg" (half to even) and "601 kg". The model's refits have moved
    both cars off those edges since: the two halves are pinned below."""
    needs_model()
    from keiconfig.core import performance
    from keiconfig.core import presets as shipped
    from keiconfig.ui import format as fmt

    for pid in ("daihatsu-mira-tr-xx-1985", "suzuki-jimny-lj10-1970"):
        preset = shipped.load_preset(pid)
        perf = performance.evaluate(preset.build)
        code, out, _ = run(capsys, "evaluate", str(preset.path))
        assert code == 0
        rows = {line[:13].strip(): line[13:].strip() for line in out.splitlines()[1:9]}
        assert rows["kerb weight"] == fmt.kg(perf.kerb_weight_kg).replace(",", ""), pid
        assert rows["top speed"] == fmt.kmh(perf.top_speed_kmh), pid
    # The model's weights have moved since (the LJ10 is no longer 600.5 kg): a half, pinned.
    from keiconfig.core.build import changed
    from keiconfig.core.files import dumps

    half = tmp_path / "half.kei.json"
    build = shipped.load_preset("suzuki-jimny-lj10-1970").build
    half.write_text(dumps(changed(build, {"overrides.kerb_weight_kg": 600.5})), encoding="utf-8")
    code, out, _ = run(capsys, "evaluate", str(half))
    assert code == 0
    rows = {line[:13].strip(): line[13:].strip() for line in out.splitlines()[1:9]}
    assert rows["kerb weight"] == fmt.kg(600.5) == "601 kg"
    # and a top speed of 151.49 km/h (the Mira's then), 151.5 in the JSON: no build field
    # sets a top speed, so the model's answer is pinned
    import dataclasses

    mira = shipped.load_preset("daihatsu-mira-tr-xx-1985")
    real = performance.evaluate

    def pinned(build, *args, **kwargs):
        perf = real(build, *args, **kwargs)
        if build.name != mira.build.name:
            return perf
        return dataclasses.replace(perf, top_speed_kmh=151.49, unlimited_top_speed_kmh=None)

    monkeypatch.setattr(performance, "evaluate", pinned)
    code, out, _ = run(capsys, "evaluate", "--json", str(mira.path))
    assert code == 0 and json.loads(out)[0]["top_speed_kmh"] == 151.5  # the pin is read
    code, out, _ = run(capsys, "evaluate", str(mira.path))
    assert code == 0
    rows = {line[:13].strip(): line[13:].strip() for line in out.splitlines()[1:9]}
    assert rows["top speed"] == fmt.kmh(151.49) == "151 km/h"


def test_validate_and_evaluate_name_each_bad_file_by_the_path_given(capsys, tmp_path):
    """Two students' car.kei.json in two folders: each error names its own path (both
    said "car.kei.json: ..."), and evaluate says the path once (it printed
    "a/car.kei.json: error: car.kei.json: ...")."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    broken, cut = tmp_path / "a" / "car.kei.json", tmp_path / "b" / "car.kei.json"
    broken.write_text('{"format": "keiconfig-build"}')
    cut.write_text("{")
    missing = tmp_path / "c" / "car.kei.json"
    code, out, _ = run(capsys, "validate", str(broken), str(cut), str(missing))
    assert code == 1
    lines = out.splitlines()
    assert [line.split(": ")[0] for line in lines] == [str(broken), str(cut), str(missing)]
    code, out, _ = run(capsys, "evaluate", str(broken), str(missing))
    assert code == 1
    assert out.count("car.kei.json") == 2, out
    assert out.startswith(f"{broken}: the required field")
    assert f"{missing}: the file does not exist." in out
    code, out, _ = run(capsys, "evaluate", "--json", str(missing))
    assert json.loads(out)[0]["error"] == f"{missing}: the file does not exist."


def test_evaluate_names_a_challenge_for_what_it_is(capsys, tmp_path):
    import shutil

    from keiconfig.core.resources_path import resource_path

    path = tmp_path / "homework.json"
    shutil.copyfile(resource_path("example.challenge.json"), path)
    code, out, _ = run(capsys, "evaluate", "--json", str(path))
    assert code == 1
    assert "this is a class challenge, not a build" in json.loads(out)[0]["error"]


def test_every_command_says_what_it_does_and_what_its_arguments_are(capsys):
    """Each command's --help opens with a sentence on what it does, and names what its
    FILE or FOLDER is: validate, schema, evaluate, presets and rank had neither (a bare
    'FILE' under 'positional arguments'), and explore's --top hid its default."""
    import argparse

    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in sub.choices.items():
        assert command.description, f"keiconfig {name} --help says nothing of what it does"
        for action in command._actions:
            if not action.option_strings:
                assert action.help, f"keiconfig {name} --help: {action.metavar} unexplained"
    code, out, _ = run(capsys, "explore", "--help")
    assert code == 0 and "best builds to print (default 5)" in " ".join(out.split())


def test_schema_says_what_every_field_is(capsys):
    """keiconfig schema: every field has a description (47 of 64, the format's first
    fields among them, had only a type: a script's author had to find the spec), and the
    schema says which draft it is and what it describes (it said neither)."""
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["description"].startswith("A keiconfig build file, version 1")
    objects = {"Build": schema, **schema["$defs"]}
    bare = [
        f"{name}.{field}"
        for name, obj in objects.items()
        for field, prop in obj.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert bare == [], f"fields without a description in keiconfig schema: {bare}"


def test_a_wrong_era_or_figure_is_named_by_its_command(capsys):
    """'keiconfig evaluate --era 2000' said 'keiconfig: error: ...' where argparse's own
    errors and explore's say 'keiconfig evaluate: error: ...'."""
    code, _, err = run(capsys, "evaluate", "--era", "2000", str(EXAMPLE_FILES[0]))
    assert code == 2
    assert err.startswith("keiconfig evaluate: error: unknown regulation era '2000'")
    code, _, err = run(capsys, "rank", "--by", "speed", str(EXAMPLES))
    assert code == 2 and err.startswith("keiconfig rank: error: cannot rank by 'speed'")
    code, _, err = run(capsys, "frobnicate")
    assert code == 2 and err.startswith("keiconfig: error: unknown command 'frobnicate'")


def test_an_option_a_command_does_not_take_is_said_by_that_command_as_a_sentence(capsys):
    """'keiconfig evaluate --bogus FILE' said 'keiconfig: error: unrecognized arguments:
    --bogus' under the top level's usage line, as if evaluate were not a command, and no
    error of argparse's ended with a full stop. Now the command says it, with its own
    usage line, and every error line is a sentence."""
    code, _, err = run(capsys, "evaluate", "--bogus", str(EXAMPLE_FILES[0]))
    assert code == 2
    assert err.startswith("usage: keiconfig evaluate ")
    assert err.splitlines()[-1] == "keiconfig evaluate: error: unrecognized arguments: --bogus."
    code, _, err = run(capsys, "--bogus")
    assert code == 2 and err.splitlines()[-1] == (
        "keiconfig: error: unrecognized arguments: --bogus."
    )
    code, _, err = run(capsys, "evaluate")
    assert err.splitlines()[-1] == (
        "keiconfig evaluate: error: the following arguments are required: FILE."
    )
    code, _, err = run(capsys, "frobnicate")
    assert err.rstrip().endswith("or give a single build file to open it.")


def test_an_unknown_option_that_is_a_hostile_file_name_cannot_drive_the_terminal(capsys):
    """A file of a shared folder named like an option, given with ``*``: argparse quoted it
    as it was ("unrecognized arguments: --\x1b]0;...\x07"), escape sequence and all, which
    retitles a terminal or hides text. Written with its control characters escaped."""
    name = "--\x1b]0;owned\x07\x1b[8m.kei.json"
    code, out, err = run(capsys, "evaluate", name, str(EXAMPLE_FILES[0]))
    assert code == 2
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert err.splitlines()[-1] == (
        "keiconfig evaluate: error: unrecognized arguments: --\\x1b]0;owned\\x07\\x1b[8m.kei.json."
    )


def test_rank_json_is_what_its_help_says(capsys, tmp_path):
    """rank --help said --json prints 'one JSON array'; with --challenge it prints one
    object (the challenge and its rows): the help now says both, and both are so."""
    challenge = Path(__file__).parents[2] / "resources" / "example.challenge.json"
    code, out, _ = run(capsys, "rank", "--help")
    assert "with --challenge: one object" in " ".join(out.split())
    code, out, _ = run(capsys, "rank", "--json", str(EXAMPLES))
    assert code == 0 and isinstance(json.loads(out), list)
    code, out, _ = run(capsys, "rank", "--json", "--challenge", str(challenge), str(EXAMPLES))
    assert code == 0 and set(json.loads(out)) == {"challenge", "rows"}


def test_evaluate_says_when_first_gear_is_too_tall_to_move_the_car_off(capsys, tmp_path):
    """The Beat with its torque pinned at 1 N·m cannot pull away in its 3.03 first gear:
    the run uses 7.57, and every figure printed is for that gear. evaluate printed the
    figures (a 20 km/h top speed, a 133 s 400 m) without a word; it now says so, as the
    window does under its speed plot. A build that moves off in its own gear prints no
    such line."""
    needs_model()
    from keiconfig.core import files, presets
    from keiconfig.core.build import changed

    beat = presets.load_preset("honda-beat-1991").build
    path = tmp_path / "beat-1nm.kei.json"
    files.save_build(changed(beat, {"overrides.torque_nm": 1.0}), path)
    code, out, _ = run(capsys, "evaluate", str(path))
    assert code == 0
    said = [line for line in out.splitlines() if "too tall to move the car off" in line]
    assert len(said) == 1 and said[0].startswith("  First gear (3.03) is too tall")
    assert "uses a first gear of 7.57 instead" in said[0]
    own = HERE.parents[1] / "resources" / "presets" / "honda-beat-1991.kei.json"
    code, out, _ = run(capsys, "evaluate", str(own))
    assert code == 0 and "too tall to move the car off" not in out


def test_a_build_saved_in_windows_1252_is_read_by_evaluate_validate_and_rank(capsys, tmp_path):
    """A student's build saved by Notepad on Western European Windows ('Café Racer' in
    Windows-1252): evaluate, validate and rank said 'not UTF-8 text (undecodable byte at
    position ...); it may be a binary or damaged file'. Now each reads it: evaluate with
    its name whole and on stderr the one sentence saying how it was read (validate lists
    it as a warning), rank ranks it."""
    needs_model()
    data = json.loads((EXAMPLES / EXAMPLE_FILES[0].name).read_text(encoding="utf-8"))
    data.pop("translations", None)
    data["name"] = "Café Racer – Müller"
    folder = tmp_path / "class"
    folder.mkdir()
    path = folder / "racer.kei.json"
    path.write_bytes(json.dumps(data, ensure_ascii=False, indent=2).encode("cp1252"))
    note = (
        f"{path}: the file is encoded as Windows-1252 (Western European Windows' encoding), "
        "not UTF-8; it was read as such, and saving it writes UTF-8."
    )
    code, out, err = run(capsys, "evaluate", str(path), "--json")
    assert code == 0 and json.loads(out)[0]["name"] == "Café Racer – Müller"
    assert err.splitlines() == [f"keiconfig evaluate: {note}"]  # stdout stays JSON
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 0
    assert out.splitlines() == [f"{path}: ok", f"  warning: {note}"]
    code, out, _ = run(capsys, "rank", str(folder), "--json")
    assert code == 0 and json.loads(out)[0]["name"] == "Café Racer – Müller"


def test_rank_names_a_build_saved_under_a_preset_s_japanese_name_as_its_file_does(capsys, tmp_path):
    """A build saved under a preset's Japanese name was named in English in an English
    table ('Honda Beat (1991)'); the file, evaluated or opened in the window, says
    'ホンダ ビート (1991)', and so does the table now."""
    from keiconfig.core import files, presets

    beat = presets.load_preset("honda-beat-1991").build
    ja = beat.model_copy(update={"name": beat.localized("ja").name, "translations": None})
    files.save_build(ja, tmp_path / "a.json")
    assert cli.main(["rank", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "ホンダ ビート (1991)" in out and "Honda" not in out


@pytest.mark.parametrize("challenge", [False, True])
def test_rank_puts_a_refusal_below_the_table_wrapped_to_the_terminal(
    capsys, tmp_path, monkeypatch, challenge
):
    """A refused file's sentence (300 columns and more: a Russian Windows build says its
    reading and what to do in Notepad) was the table's status cell, so the dashes line
    and every row ran as wide as it, past an 80-column terminal. Now the cell says
    'unreadable (see below)' and the sentence follows the table, whole, wrapped to the
    terminal's 80 columns."""
    needs_model()
    from keiconfig import terminal

    folder = _rank_folder(tmp_path)
    russian = {"format": "keiconfig-build", "version": 1, "name": "Лада Нива"}
    (folder / "niva.kei.json").write_bytes(json.dumps(russian, ensure_ascii=False).encode("cp1251"))
    monkeypatch.setenv("COLUMNS", "80")
    argv = ["rank", str(folder)]
    if challenge:
        argv += [
            "--challenge",
            str(Path(cli.__file__).parents[1] / "resources" / "example.challenge.json"),
        ]
    code, out, _ = run(capsys, *argv)
    assert code == 1
    table, _blank, below = out.partition("\n\n")
    # (the table as wide as its names and figures, under 100 columns here: it was 370)
    assert max(terminal.width(line) for line in table.splitlines()) <= 100, out
    assert max(terminal.width(line) for line in below.splitlines()) <= 80, out
    assert "niva.kei.json" in table and "unreadable (see below)" in table
    assert below.splitlines()[0] == "Not read:"
    said = " ".join(line[2:] for line in below.splitlines()[1:])
    assert "- niva.kei.json: the file was not saved as UTF-8" not in said  # (one per file)
    assert (
        "niva.kei.json: the file was not saved as UTF-8, and its letters look like Russian, "
        "“Лада Нива” (Windows-1251, Russian Windows' encoding), which keiconfig does not read. "
        "Whoever made it should open it in Notepad"
    ) in said
    assert "d_broken.json: this is not a keiconfig build file, nor JSON at all" in said


def test_rank_fits_an_80_column_terminal_cutting_long_names_in_the_middle(
    capsys, tmp_path, monkeypatch
):
    """A student's 70-letter build name and 43-letter file name made each row of the
    rank table 150 columns wide, wrapped into a jumble in an 80-column terminal. In a
    terminal the table fits now, the names cut in the middle ('Subaru…Haruto'); a file or
    a program reading the output (no terminal, no COLUMNS) gets them whole, as before."""
    needs_model()
    from keiconfig import terminal

    folder = tmp_path / "class"
    folder.mkdir()
    data = json.loads((EXAMPLES / "roadster-mid-na.kei.json").read_text(encoding="utf-8"))
    data.pop("translations", None)
    data["name"] = "Subaru 360 Super Deluxe Ultimate Grand Touring Special Edition by Haruto"
    long_file = "yamada-hinata-final-submission-v3.kei.json"
    (folder / long_file).write_text(json.dumps(data), encoding="utf-8")
    data["name"] = "ガルウィングの夢 — 山田ひなたの究極の軽スポーツカー改良版"
    (folder / "b.kei.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.delenv("COLUMNS", raising=False)
    _code, out, _ = run(capsys, "rank", str(folder))
    assert data["name"] in out and long_file in out  # piped: whole
    monkeypatch.setenv("COLUMNS", "80")
    _code, out, _ = run(capsys, "rank", str(folder))
    lines = out.splitlines()
    assert max(terminal.width(line) for line in lines) <= 80, out
    rows = [line for line in lines if "b.kei.json" in line or "…" in line]
    assert any("Subaru" in r and "Haruto" in r and "…" in r for r in rows), out
    assert any("ガル" in r and "改良版" in r for r in rows), out


def test_rank_s_status_goes_on_under_its_column_in_a_terminal(capsys, tmp_path, monkeypatch):
    """A build breaking four rules made its row 101 columns wide at COLUMNS=80 ('breaks:
    length, width, height, displacement'). In a terminal the status goes on under its
    column, broken after a comma; piped, it stays on its row, whole."""
    needs_model()
    from keiconfig import terminal

    data = json.loads((EXAMPLES / "roadster-mid-na.kei.json").read_text(encoding="utf-8"))
    data.pop("translations", None)
    data["body"].update(length_mm=3600, width_mm=1600, height_mm=2100)
    data["engine"]["displacement_cc"] = 800
    data["name"] = "Subaru 360 Super Deluxe Ultimate Grand Touring Special Edition by Haruto"
    (tmp_path / "yamada-hinata-final-submission-v3.kei.json").write_text(json.dumps(data))
    monkeypatch.delenv("COLUMNS", raising=False)
    _code, piped, _ = run(capsys, "rank", str(tmp_path))
    assert "breaks: length, width, height, displacement\n" in piped
    monkeypatch.setenv("COLUMNS", "80")
    _code, out, _ = run(capsys, "rank", str(tmp_path))
    lines = out.splitlines()
    assert max(terminal.width(line) for line in lines) <= 80, out
    row = next(i for i, line in enumerate(lines) if "breaks:" in line)
    column = lines[row].index("breaks:")
    assert lines[row].rstrip().endswith(","), out
    assert lines[row + 1][:column].strip() == "" and "displacement" in lines[row + 1], out


def test_rank_challenge_s_status_goes_on_under_its_column_in_a_terminal(
    capsys, tmp_path, monkeypatch
):
    """rank --challenge at COLUMNS=80: a build breaking six rules (length, width, height,
    displacement, seats, kerb weight) made its row 115 columns wide. Now the status goes on
    under its column; piped, it stays whole on its row."""
    needs_model()
    from keiconfig import terminal

    challenge = str(Path(__file__).parents[2] / "resources" / "example.challenge.json")
    data = json.loads((EXAMPLES / "roadster-mid-na.kei.json").read_text(encoding="utf-8"))
    data.pop("translations", None)
    data["body"].update(length_mm=3600, width_mm=1600, height_mm=2100)
    data["engine"]["displacement_cc"] = 800
    (tmp_path / "big.kei.json").write_text(json.dumps(data))
    monkeypatch.delenv("COLUMNS", raising=False)
    _code, piped, _ = run(capsys, "rank", str(tmp_path), "--challenge", challenge)
    assert "breaks: length, width, height, displacement, seats" in piped, piped
    monkeypatch.setenv("COLUMNS", "80")
    _code, out, _ = run(capsys, "rank", str(tmp_path), "--challenge", challenge)
    lines = out.splitlines()
    assert max(terminal.width(line) for line in lines) <= 80, out
    assert "kerb weight" in out and "displacement" in out, out


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["evaluate", ""], "keiconfig evaluate: error: argument FILE: no file was given"),
        (["evaluate", "a.kei.json", ""], "keiconfig evaluate: error: argument FILE: no file"),
        (["validate", ""], "keiconfig validate: error: argument FILE: no file was given"),
        (["rank", ""], "keiconfig rank: error: argument FOLDER: no folder was given"),
        (["rank", "--challenge", "", "."], "error: argument --challenge: no file was given"),
        (["explore", "--from", ""], "error: argument --from: no build file or preset was given"),
        (["explore", "--challenge", ""], "error: argument --challenge: no file was given"),
        (["explore", "--out", ""], "error: argument --out: no folder was given"),
        (["calibration", "--write-golden", ""], "argument --write-golden: no folder was given"),
        # (a bare --fit is its default file; --fit '' wrote that file, unasked)
        (["calibration", "--fit", ""], "argument --fit: no file was given"),
        (["calibration", "--fit-electric", ""], "argument --fit-electric: no file was given"),
        ([""], "keiconfig: error: no build file was given to open"),
        (["--", ""], "keiconfig: error: no build file was given to open"),
    ],
)
def test_an_empty_name_is_said_to_be_no_file_given(capsys, argv, said) -> None:
    """keiconfig evaluate '' (a script's unset "$FILE") printed an empty name before its
    sentence (': this is a folder, not a build file.'), rank '' ranked the current folder,
    explore --out '' and --challenge '' were ignored, all without a word: '' is the
    current folder to the system. Each command now says that no file (or folder) was
    given, as a usage error, before doing anything."""
    code, out, err = run(capsys, *argv)
    assert code == 2, (code, out, err)
    assert said in err and "(the name is empty)" in err, err
    assert out == ""


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="a Linux /proc")
@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["explore", "--out", "/proc/keiconfig-x"],
         "keiconfig explore: the folder /proc/keiconfig-x cannot be made: /proc is a folder "
         "of the system, whose files are the computer's own, and nothing can be saved in it."),
        (["calibration", "--write-golden", "/proc"],
         "keiconfig calibration: autozam-az-1-1992.json could not be saved: /proc is a folder "
         "of the system, whose files are the computer's own"),
        (["rank", str(EXAMPLES), "--csv", "/proc/keiconfig.csv"],
         "keiconfig rank: the CSV file keiconfig.csv could not be saved: /proc is a folder of "
         "the system"),
    ],
    ids=["explore-out", "write-golden", "rank-csv"],
)  # fmt: skip
def test_writing_into_proc_says_it_is_the_system_s_folder(capsys, argv, said) -> None:
    """Files written into /proc (a slip, or a path from someone else): explore --out said
    'cannot be made (No such file or directory)', calibration --write-golden stopped with
    "[Errno 2] No such file or directory: '/proc/…' (FileNotFoundError)", and a save there
    said 'the folder /proc does not exist'. Each says the folder is the system's."""
    code, _, err = run(capsys, *argv)
    assert code == 1 and said in err, err
    assert "Errno" not in err and "does not exist" not in err


CHALLENGE = str(Path(__file__).parents[2] / "resources" / "example.challenge.json")


@pytest.mark.parametrize(
    ("argv", "work"),
    [
        (["rank", str(EXAMPLES), "--csv", "{out}/ranking.csv"], "ranking.rank_folder"),
        (["rank", str(EXAMPLES), "--csv", "{out}/ranking.csv", "--challenge", CHALLENGE],
         "challenge.rank_folder"),
        (["calibration", "--fit", "{out}/constants.json"], "calibration_fit.fit_all"),
        (["calibration", "--fit-electric", "{out}/electric.json"], "electric_fit.fit_battery"),
    ],
    ids=["rank-csv", "rank-challenge-csv", "fit", "fit-electric"],
)  # fmt: skip
def test_a_file_that_cannot_be_written_is_said_before_the_work(
    capsys, monkeypatch, tmp_path, argv, work
) -> None:
    """rank --csv and calibration --fit into a folder that takes no file (a read-only
    one; /proc) ranked the class's folder or ran the fit, and only then said the file
    could not be saved. Said first, in the write's own sentence; the work is not begun."""
    import importlib

    module, name = work.split(".")
    begun: list[str] = []
    monkeypatch.setattr(
        importlib.import_module(f"keiconfig.core.{module}"),
        name,
        lambda *a, **k: begun.append(work) or 1 / 0,
    )
    out = tmp_path / "cd"
    out.mkdir()
    read_only_folder(monkeypatch, out)
    argv = [a.replace("{out}", str(out)) for a in argv]
    code, _, err = run(capsys, *argv)
    target = Path(next(a for a in argv if a.startswith(str(out))))
    assert code == 1 and begun == [], (code, err)
    assert f"{target.name} could not be saved: {out} is on a read-only disk; nothing was " in err
    assert list(out.iterdir()) == []
