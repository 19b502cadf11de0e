"""`keiconfig explore` and `keiconfig rank --challenge`, run in-process."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from keiconfig import cli
from keiconfig.core import regulations
from keiconfig.core.build import changed, default_build
from keiconfig.core.files import load_build, save_build
from keiconfig.core.performance import evaluate
from keiconfig.core.presets import list_presets, load_preset
from keiconfig.core.resources_path import resource_path
from keiconfig.ui import format as fmt
from tests.read_only import read_only_folder

EXAMPLE = str(resource_path("example.challenge.json"))


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_explore_prints_the_open_build_and_the_best(capsys):
    code, out, err = run(capsys, "explore", "--era", "1990", "--budget", "300", "--workers", "0",
                         "--from", "suzuki-cappuccino-1991")  # fmt: skip
    assert code == 0, err
    assert "rules: 1990 rules, 64 PS agreement" in out
    mine = evaluate(load_preset("suzuki-cappuccino-1991").build).zero_to_100kmh_s
    # as the window's 0–100 km/h card writes it (it said 10.88 s beside the card's 10.9 s)
    assert f"your build: {fmt.seconds(mine)}; best found: " in out
    # the objective named as the window and its card name it, not by its id
    assert "objective: 0–100 km/h (s)" in out
    assert "Pareto front, 0–100 km/h (s) against kerb weight (kg)" in out
    assert "zero_to_100kmh_s" not in out and "kerb_weight_kg" not in out


def test_explore_json_and_out_folder_hold_legal_builds(capsys, tmp_path):
    code, out, err = run(
        capsys, "explore", "--era", "1998", "--vary",
        "engine.displacement_cc,engine.aspiration,body.length_mm,body.style",
        "--objective", "standing_400m_s", "--budget", "200", "--workers", "0", "--json",
        "--min-seats", "4", "--seed", "4", "--out", str(tmp_path / "best"),
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert data["evaluated"] > 0 and data["seed"] == 4 and data["best"]
    values = [b["value"] for b in data["best"]]
    assert values == sorted(values)
    for b in data["best"]:
        assert b["legal"] and b["figures"]["power_ps"] <= 64.0
    files = sorted((tmp_path / "best").glob("*.kei.json"))
    assert len(files) == len(data["best"]) or len(files) >= len(data["best"])
    for f in files:
        build = load_build(f).build
        perf = evaluate(build)
        assert regulations.check(build, "1998", power_ps=perf.power_ps).ok
        assert build.body.effective_seats >= 4
    front = data["front"]["builds"]
    assert front and all(b["legal"] for b in front)


def test_builds_found_under_other_rules_than_their_files_are_saved_judged_by_them(capsys, tmp_path):
    """--out's files are judged by the rules they were found under, wherever opened: a
    search under the 1990 rules writes "judged_by": "1990" (under today's rules, from a
    build without judged_by, nothing: the file means 1998 as it is)."""
    for era in ("1990", "1998"):
        out = tmp_path / era
        code, _, err = run(
            capsys, "explore", "--era", era, "--vary", "body.length_mm,body.width_mm",
            "--budget", "30", "--workers", "0", "--seed", "1", "--top", "1", "--out", str(out),
        )  # fmt: skip
        assert code == 0, err
        (found,) = out.glob("*.kei.json")
        assert load_build(found).build.judged_by == (None if era == "1998" else era)


def test_a_build_file_is_explored_under_the_rules_it_is_judged_by(capsys, tmp_path):
    """--from a file saved judged by the 1990 rules explores under them unless --era says
    otherwise (as the window's explorer starts on the rules the open build is judged by)."""
    path = tmp_path / "judged.kei.json"
    save_build(changed(default_build(), {"judged_by": "1990"}), path)
    for options, era in (([], "1990"), (["--era", "1976"], "1976")):
        code, out, err = run(
            capsys, "explore", "--from", str(path), *options, "--vary", "body.length_mm",
            "--budget", "8", "--workers", "0", "--seed", "1", "--json",
        )  # fmt: skip
        assert code == 0, err
        assert json.loads(out)["era"] == era


def test_top_0_prints_the_best_figure_and_the_front_without_a_list(capsys, tmp_path):
    """--top 0 (only the figures wanted) said 'best found: no legal build found' and left
    out the Pareto front: the search kept no best build. It says the best figure found,
    as --top 1 does, and the front; no list, and no build file written with --out."""
    args = ["explore", "--budget", "200", "--workers", "0", "--seed", "3"]
    code, one, err = run(capsys, *args, "--top", "1")
    assert code == 0, err
    code, none, err = run(capsys, *args, "--top", "0", "--out", str(tmp_path / "out"))
    assert code == 0, err
    found = next(line for line in one.splitlines() if "best found:" in line)
    assert found in none.splitlines() and "no legal build found" not in none
    assert "Pareto front" in none and "best legal builds:" not in none
    assert list((tmp_path / "out").glob("*.kei.json")) == []


def test_explore_with_a_challenge(capsys):
    code, out, err = run(capsys, "explore", "--challenge", EXAMPLE, "--budget", "200",
                         "--workers", "0")  # fmt: skip
    assert code == 0, err
    assert out.startswith("challenge: The quickest 1990 four-seater")
    assert "at least 4 seats, kerb weight at most 700 kg" in out


def test_explore_usage_errors_are_sentences(capsys, tmp_path):
    for argv, words in [
        (["--vary", "engine.wings"], "'engine.wings' is not a field an exploration can vary"),
        (["--range", "body.length_mm=x"], "give it as body.length_mm=LOW:HIGH"),
        (["--range", "engine.aspiration=na:rotary"], "'rotary' is not one of na, turbo"),
        (["--objective", "lap_s"], "'lap_s' is not a figure to optimise"),
        (["--era", "2050"], "unknown regulation era '2050'"),
        (["--from", "no-such-car"], "there is no preset called 'no-such-car'"),
        (["--front", "colour"], "--front colour is not a figure"),
    ]:
        code, _out, err = run(capsys, "explore", *argv)
        assert code == 2, argv
        assert words in err and "Traceback" not in err
    bad = tmp_path / "bad.challenge.json"
    bad.write_text(
        '{"format": "keiconfig-challenge", "version": 1, "title": "x", "era": "1990",'
        ' "objective": "zero_to_100kmh_s", "constraints": {"min_seats": 9}}'
    )
    code, _, err = run(capsys, "explore", "--challenge", str(bad))
    assert code == 2
    assert err.strip() == (
        f'keiconfig explore: error: {bad}: "constraints.min_seats" must be a whole '
        "number from 1 to 8."
    )


def test_explore_numbers_out_of_sense_are_refused_with_what_is_allowed(capsys, tmp_path):
    """Not a raw "Seed must be between 0 and 2**32 - 1 (ValueError)", not a NaN ceiling that
    silently keeps nothing out, not a negative count quietly taken as 1."""
    pipe = tmp_path / "pipe"
    pipe.write_text("not a folder")
    for argv, words in [
        (["--seed", "-1"], "--seed: -1 is not a whole number from 0 to 4294967295"),
        (["--seed", "1e308"], "--seed: '1e308' is not a whole number from 0 to 4294967295"),
        (["--workers", "-1"], "--workers: -1 is not a whole number from 0 to"),
        (["--top", "-3"], "--top: -3 is not a whole number, at least 0"),
        (["--min-seats", "0"], "--min-seats: 0 is not a whole number from 1 to 8"),
        (["--min-seats", "99"], "--min-seats: 99 is not a whole number from 1 to 8"),
        (["--max-kerb-weight", "nan"], "--max-kerb-weight: nan is not a number from 150 to 5000"),
        (["--max-kerb-weight", "-5"], "--max-kerb-weight: -5 is not a number from 150 to 5000"),
        (["--max-kerb-weight", "1e308"], "1e308 is not a number from 150 to 5000"),
    ]:
        code, out, err = run(capsys, "explore", "--budget", "20", "--workers", "0", *argv)
        assert code == 2, argv
        assert words in err and "Traceback" not in err and out == "", argv
    code, out, err = run(capsys, "explore", "--budget", "20", "--workers", "0", "--out", str(pipe))
    assert code == 1 and "pipe is not a folder; --out needs a folder." in err
    assert pipe.read_text() == "not a folder"


def test_explore_refuses_a_budget_or_workers_beyond_reason(capsys, monkeypatch):
    """'--budget 99999999999999999999' was taken and searched on until stopped by hand, and
    '--workers 10000' started a pool of 10000 processes (each loads the model, some
    100 MB) on a two-CPU machine. The budget goes to 1,000,000, as the window's Builds to
    judge; the workers to four per CPU. Both are refused with what is allowed."""
    from keiconfig import cli_explore
    from keiconfig.core import explore_batch

    started = []
    monkeypatch.setattr(explore_batch, "machine_workers", lambda: 2)
    monkeypatch.setattr(cli_explore, "_run", lambda problem, args: started.append(args) or 1 / 0)
    for argv, words in [
        (["--budget", "99999999999999999999"],
         "--budget: 99999999999999999999 is not a whole number from 1 to 1000000"),
        (["--budget", "0"], "--budget: 0 is not a whole number from 1 to 1000000"),
        (["--workers", "10000"], "--workers: 10000 is not a whole number from 0 to 8"),
        (["--workers", "9"], "--workers: 9 is not a whole number from 0 to 8"),
    ]:  # fmt: skip
        code, out, err = run(capsys, "explore", *argv)
        assert code == 2 and words in err and out == "", argv
    assert started == []  # no search was started
    code, out, err = run(capsys, "explore", "--help")
    assert "at most 1,000,000" in out and "at most four per CPU" in out


def test_an_out_folder_that_cannot_be_made_is_said_before_the_search(capsys, monkeypatch, tmp_path):
    """'--out' named too long for the disk raised "keiconfig: error: [Errno 36] File name
    too long: … (OSError)", and only after the whole search; a file in the way was said
    after the search too. Both are said first, in a sentence, and no search is started."""
    from keiconfig import cli_explore

    started = []
    monkeypatch.setattr(cli_explore, "_run", lambda problem, args: started.append(args) or 1 / 0)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "taken").write_text("mine")
    # a link back to itself and a path through a file said 'cannot be made (File exists)'
    # and '(Not a directory)': the system's words, and the first one wrong
    os.symlink(tmp_path / "loop", tmp_path / "loop")
    for out, words in [
        ("a" * 300, "cannot be made (File name too long)."),
        ("taken", "taken is not a folder; --out needs a folder."),
        ("loop", "loop is a link that leads to no folder (nowhere, or back to itself); --out"),
        ("taken/sub", "taken/sub cannot be made: a part of its path is a file, not a folder."),
    ]:
        code, stdout, err = run(capsys, "explore", "--workers", "0", "--out", out)
        assert code == 1 and words in err and stdout == "", out
        assert "Errno" not in err and "OSError" not in err and "exists" not in err
        assert "directory" not in err
    assert started == []
    assert (tmp_path / "taken").read_text() == "mine"


def test_rank_by_challenge(capsys, tmp_path):
    for p in list_presets():
        shutil.copy(p.path, tmp_path / p.path.name)
    code, out, err = run(capsys, "rank", str(tmp_path), "--challenge", EXAMPLE)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Challenge: The quickest 1990 four-seater (1990 rules")
    # (the title's line wrapped to the terminal: the table's first row after the dashes)
    first = lines[next(i for i, line in enumerate(lines) if line.startswith("----")) + 1]
    assert first.split()[0] == "1" and "mitsubishi-minica-dangan-zz-1989" in first
    assert "breaks: seats" in out
    code, out, _ = run(capsys, "rank", str(tmp_path), "--challenge", EXAMPLE, "--json")
    data = json.loads(out)
    assert data["challenge"]["title"] == "The quickest 1990 four-seater"
    assert data["rows"][0]["rank"] == 1


def test_rank_with_a_broken_challenge(capsys, tmp_path):
    bad = tmp_path / "c.json"
    bad.write_text("{}")
    code, _, err = run(capsys, "rank", str(tmp_path), "--challenge", str(bad))
    assert code == 1
    assert f'{bad}: "format" must be "keiconfig-challenge"' in err


def test_a_broken_challenge_is_named_by_the_path_given(capsys, tmp_path, monkeypatch):
    """Two classes' folders each hold a challenge.json: the error named only
    'challenge.json', not which of them; it names the file as it was given, as a build's
    error does ('2B/challenge.json: ...'), its control characters escaped."""
    folder = tmp_path / "2B <b>x\u202e\n"
    folder.mkdir()
    (folder / "challenge.json").write_text("{")
    monkeypatch.chdir(tmp_path)
    given = "2B <b>x\u202e\n/challenge.json"
    code, _, err = run(capsys, "rank", ".", "--challenge", given)
    assert code == 1
    assert err.startswith("keiconfig rank: 2B <b>x\\u202e\\n/challenge.json: "), err
    code, _, err = run(capsys, "explore", "--challenge", given, "--budget", "10")
    assert code == 2 and "2B <b>x\\u202e\\n/challenge.json: " in err, err


def test_explore_an_electric_car_varies_only_what_it_uses(capsys, tmp_path):
    """An electric car has a motor and a single reduction: by default its engine and
    gearbox fields (kept only for a switch back to petrol) are not varied, and asking for
    one is refused with a sentence. Before, a Nissan Sakura's best builds were listed as
    "displacement_cc=592, cylinders=3, aspiration=turbo, transmission=cvt, gears=4", which
    changed nothing but the files written."""
    from keiconfig.core.explore_space import ENGINE_ONLY

    code, out, err = run(capsys, "explore", "--from", "nissan-sakura-2022", "--budget", "200",
                         "--workers", "0", "--json", "--out", str(tmp_path))  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert data["vary"] and not set(data["vary"]) & ENGINE_ONLY
    assert "body.length_mm" in data["vary"] and "drivetrain.driven" in data["vary"]
    sakura = load_preset("nissan-sakura-2022").build
    for best in data["best"]:
        assert not set(best["changes"]) & ENGINE_ONLY
    for path in tmp_path.glob("*.kei.json"):
        b = load_build(path).build
        assert (
            b.electric
            and b.engine == sakura.engine
            and b.drivetrain.gears == sakura.drivetrain.gears
        )
    code, out, err = run(capsys, "explore", "--from", "nissan-sakura-2022", "--vary",
                         "body.length_mm,engine.displacement_cc", "--workers", "0")  # fmt: skip
    assert code == 2
    assert "engine.displacement_cc does nothing on an electric car" in err


def test_explore_prints_each_point_of_the_pareto_front_once(capsys):
    """Builds that differ only where neither figure moves (here every power cap above the
    50.6 PS the default engine makes) are one point of the front: printed once with their
    count. Before, a long search printed the same line hundreds of times (504 lines, most
    of them "8.34  572.3")."""
    code, out, err = run(capsys, "explore", "--vary", "engine.power_cap_ps", "--budget", "60",
                         "--workers", "0")  # fmt: skip
    assert code == 0, err
    lines = out.split("Pareto front")[1].splitlines()[1:]
    points = [line.split()[:2] for line in lines if line.strip()]
    assert len(points) == len({tuple(p) for p in points}) > 1
    head = out.split("Pareto front")[1].splitlines()[0]
    shown = sum(
        int(line.split("(")[1].split()[0]) if "(" in line else 1 for line in lines if line.strip()
    )
    assert f"({shown} builds)" in head


def test_a_challenge_explored_from_an_electric_car_leaves_its_engine_out(capsys):
    """A challenge lists engine fields; explored from an electric car, those are left out
    (the challenge is someone else's file: the student cannot take them out), not refused."""
    code, out, err = run(capsys, "explore", "--challenge", EXAMPLE, "--from",
                         "nissan-sakura-2022", "--budget", "100", "--workers", "0")  # fmt: skip
    assert code == 0, err
    varied = next(line for line in out.splitlines() if line.startswith("varied: "))
    assert "body.length_mm" in varied and "engine." not in varied and "gears" not in varied


def test_explore_lists_best_builds_that_do_different_things(capsys):
    """The best list holds builds that differ in what they do: the power caps above what
    the engine makes are one line, with their count (as the Pareto front counts them), and
    --json gives that count as "alike"."""
    args = ("explore", "--vary", "engine.power_cap_ps", "--budget", "60", "--workers", "0")
    code, out, err = run(capsys, *args)
    assert code == 0, err
    lines = out.split("best legal builds:")[1].split("Pareto front")[0].strip().splitlines()
    # "1. zero_to_100kmh_s 15.89 s  (784 kg, 50.6 PS)  power_cap_ps=64.0": all but the
    # rank and the changes
    figures = {tuple(line.split()[1:7]) for line in lines}
    assert len(lines) == 5 and len(figures) == 5
    assert lines[0].endswith("(8 builds)")
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    best = json.loads(out)["best"]
    assert [b["alike"] for b in best] == [8, 1, 1, 1, 1]


def test_explore_says_where_the_answer_is_stopped_by_a_range(capsys):
    code, out, err = run(capsys, "explore", "--era", "1998", "--budget", "60", "--workers", "0",
                         "--vary", "body.length_mm,year", "--range", "body.length_mm=3000:3400",
                         "--from", "suzuki-cappuccino-1991")  # fmt: skip
    assert code == 0, err
    lines = out.splitlines()
    i = next(i for i, line in enumerate(lines) if line.startswith("your build: "))
    assert lines[i + 1].startswith("The best build is at or near an end of the range searched")
    assert "length (mm) 30" in lines[i + 1] and "(3000 to 3400)" in lines[i + 1]
    assert (
        "The build searched from is outside the range searched for model year 1991"
        in (lines[i + 1])
    )


def test_explore_names_no_gear_count_for_a_cvt(capsys):
    code, out, err = run(capsys, "explore", "--era", "1990", "--budget", "60", "--workers", "0",
                         "--vary", "drivetrain.gears,drivetrain.transmission",
                         "--from", "suzuki-cappuccino-1991")  # fmt: skip
    assert code == 0, err
    best = [line for line in out.splitlines() if line.startswith("  ") and ". 0–100 km/h" in line]
    cvt = [line for line in best if "transmission=cvt" in line]
    assert cvt, best
    assert all("gears=" not in line for line in cvt)
    assert any("gears=" in line for line in best if line not in cvt)


def test_out_says_what_it_wrote_replaced_and_left_from_an_earlier_search(capsys, tmp_path):
    """--out wrote in silence: a second search into the same folder replaced the first's
    files (kept as .bak, unsaid) and, finding fewer answers, left the first's extra files
    beside its own, to be taken for this search's."""
    best = tmp_path / "best"
    best.mkdir()
    for i in (1, 2, 3, 42):  # an earlier search's files
        (best / f"explored-{i:02d}.kei.json").write_text("{}", encoding="utf-8")
    code, _, err = run(
        capsys, "explore", "--era", "1998", "--vary", "body.length_mm",
        "--budget", "20", "--workers", "0", "--seed", "1", "--top", "2", "--out", str(best),
    )  # fmt: skip
    assert code == 0, err
    written = sorted(p.name for p in best.glob("explored-*.kei.json"))
    assert written == ["explored-01.kei.json", "explored-02.kei.json", "explored-03.kei.json",
                       "explored-42.kei.json"]  # fmt: skip
    assert (
        f"keiconfig explore: wrote 2 build files in {best}. The 2 files they replaced are "
        "kept beside them as .bak." in err
    )
    assert (
        f"keiconfig explore: 2 files in {best} are from an earlier search, not this one: "
        "explored-03.kei.json, explored-42.kei.json." in err
    )
    assert (best / "explored-01.kei.json.bak").read_text(encoding="utf-8") == "{}"


def test_explore_names_a_mix_of_figures_as_the_window_does_and_json_keeps_the_ids(capsys):
    """`keiconfig explore` printed 'objective: zero_to_100kmh_s=1,top_speed_kmh=0.5' where
    the window says '0–100 km/h'; --json keeps the ids (a script reads them)."""
    args = ["explore", "--objective", "zero_to_100kmh_s=1,top_speed_kmh=0.5", "--budget", "40",
            "--workers", "0"]  # fmt: skip
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert "objective: 0–100 km/h (s) × 1, top speed (km/h) × 0.5" in out
    assert "zero_to_100kmh_s" not in out
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    assert json.loads(out)["objective"] == "zero_to_100kmh_s=1,top_speed_kmh=0.5"


def test_the_best_list_writes_each_figure_s_unit_once(capsys):
    """A best build's line names its figure as the window's card does, the unit once by
    the value: "1. 0–100 km/h 10.7 s", not "1. 0–100 km/h (s) 10.7 s"."""
    code, out, err = run(capsys, "explore", "--budget", "40", "--workers", "0", "--seed", "1")
    assert code == 0, err
    lines = out.split("best legal builds:")[1].split("Pareto front")[0].strip().splitlines()
    assert lines
    for i, line in enumerate(map(str.strip, lines), start=1):
        assert line.startswith(f"{i}. 0–100 km/h "), line
        assert "(s)" not in line
        value = line.split()[3:5]
        assert value[1] == "s" and value[0].replace(".", "").isdigit(), line
    # a weighted mix's score has no unit: its name stays whole
    code, out, err = run(capsys, "explore", "--budget", "40", "--workers", "0", "--seed", "1",
                         "--objective", "top_speed_kmh=1,zero_to_100kmh_s=1")  # fmt: skip
    assert code == 0, err
    assert "1. top speed (km/h) × 1, 0–100 km/h (s) × 1 " in out


def test_a_power_cap_the_engine_does_not_reach_is_said_so(capsys):
    """Under the 64 PS agreement the best list said "power_cap_ps=68.3" for a build of 61
    PS, read as a build past the agreement: a cap the engine does not reach now says so,
    and is not "an end of the range" a wider range could search past."""
    code, out, err = run(capsys, "explore", "--budget", "200", "--workers", "0", "--seed", "1")
    assert code == 0, err
    assert "64 PS agreement" in out.splitlines()[0]
    lines = out.split("best legal builds:")[1].split("Pareto front")[0].strip().splitlines()
    said = 0
    for line in lines:
        power = float(line.split("(")[1].split()[2])  # "(722 kg, 63 PS)"
        assert power <= 64
        cap = float(line.split("power_cap_ps=")[1].split()[0].rstrip(","))
        if cap > power + 0.5:
            assert f"power_cap_ps={cap:g} (not reached: the engine makes {power:g} PS)" in line
            said += 1
        else:
            assert "not reached" not in line
    assert said  # this search finds such builds
    assert "power cap (PS)" not in out  # not named as an end of its range


def test_json_notes_a_power_cap_the_engine_does_not_reach(capsys):
    """--json listed "engine.power_cap_ps": 117.1 for a build of 63 PS with no word of what
    the text output says ("not reached: the engine makes 63 PS"): a build and each point of
    the front whose cap limits nothing now has the optional "notes": {"engine.power_cap_ps":
    "not_reached"}, and one whose cap the engine reaches has no "notes" (the other fields
    are as before, so a reader of the old output reads the new)."""
    args = ("explore", "--budget", "200", "--workers", "0", "--seed", "1")
    code, text, err = run(capsys, *args)
    assert code == 0, err
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    data = json.loads(out)
    said_in_text = text.split("best legal builds:")[1].split("Pareto front")[0].strip().splitlines()
    noted = 0
    for entry, line in zip(data["best"], said_in_text, strict=True):
        assert set(entry) - {"notes"} == {
            "value", "legal", "failed", "figures", "changes", "alike", "build"
        }  # fmt: skip
        power = entry["figures"]["power_ps"]
        cap = entry["changes"]["engine.power_cap_ps"]
        assert power <= 64
        if "not reached" in line:
            assert entry["notes"] == {"engine.power_cap_ps": "not_reached"}, entry
            assert cap > power
            noted += 1
        else:
            assert "notes" not in entry, entry
    assert noted  # this search finds such builds
    for entry in data["front"]["builds"]:
        cap = entry["changes"]["engine.power_cap_ps"]
        # (a cap the engine reaches is its power: 63.8 on 63.8 PS)
        if cap > entry["figures"]["power_ps"] + 0.001:
            assert entry["notes"] == {"engine.power_cap_ps": "not_reached"}, entry
        else:
            assert "notes" not in entry, entry


def test_rank_by_a_range_challenge_heads_the_column_by_its_name(capsys, tmp_path):
    """keiconfig rank --challenge headed a WLTC range challenge's column "wltc_range_km"."""
    for pid in ("nissan-sakura-2022", "honda-beat-1991"):
        shutil.copy(resource_path("presets") / f"{pid}.kei.json", tmp_path)
    challenge = tmp_path / "range.challenge.json"
    challenge.write_text(
        '{"format": "keiconfig-challenge", "version": 1, "title": "Longest range",'
        ' "era": "1998", "objective": "wltc_range_km"}',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "rank", "--challenge", str(challenge), str(tmp_path))
    assert code == 0, err
    header = next(line for line in out.splitlines() if line.startswith("rank"))
    assert "WLTC range (km)" in header and "wltc_range_km" not in header
    # the range to 0.1 km as the cards give it (it showed 183.13)
    sakura = next(line for line in out.splitlines() if "Sakura" in line)
    assert re.search(r"\b\d{2,3}\.\d\b", sakura) and not re.search(r"\d\.\d\d\b", sakura)


PROC = os.path.isfile("/proc/version")  # a Linux /proc, whose folders make no files


@pytest.mark.parametrize("where", ["/proc", "/proc/sys", "read-only", "a folder first"])
def test_an_out_folder_that_takes_no_file_is_said_before_the_search(
    capsys, monkeypatch, tmp_path, where
):
    """'--out /proc' (or a read-only folder, or a folder named as the first file) was
    taken, searched for (minutes with a large budget), and only then said the file could
    not be saved. It is said first, in the sentence the save says, and no search starts;
    nothing is left in the folder."""
    from keiconfig import cli_explore
    from keiconfig.core import files
    from keiconfig.core.build import default_build

    if where.startswith("/proc") and not PROC:
        pytest.skip("a Linux /proc")
    started = []
    monkeypatch.setattr(cli_explore, "_run", lambda problem, args: started.append(args) or 1 / 0)
    folder = Path(where) if where.startswith("/") else tmp_path / "out"
    if where == "read-only":
        folder.mkdir()
        read_only_folder(monkeypatch, folder)
    elif where == "a folder first":
        (folder / "explored-01.kei.json").mkdir(parents=True)
    with pytest.raises(files.BuildSaveError) as saved:  # what the save there says
        files.save_build(default_build(), folder / "explored-01.kei.json")
    code, out, err = run(capsys, "explore", "--workers", "0", "--out", str(folder))
    assert (code, out) == (1, "") and started == []
    assert err == f"keiconfig explore: {saved.value}\n"
    if not where.startswith("/"):
        assert [p.name for p in folder.iterdir()] == (
            ["explored-01.kei.json"] if where == "a folder first" else []
        )


@pytest.mark.skipif(not PROC, reason="a Linux /proc")
def test_an_out_folder_in_proc_names_proc_once(capsys, monkeypatch):
    """'--out /proc/x' said "it would be in a folder of the system, like /proc and /sys":
    /proc named twice over. It names the folder once, as a save into /proc does."""
    from keiconfig import cli_explore

    monkeypatch.setattr(cli_explore, "_run", lambda problem, args: 1 / 0)
    code, _, err = run(capsys, "explore", "--workers", "0", "--out", "/proc/keiconfig-x/y")
    assert code == 1
    assert err == (
        "keiconfig explore: the folder /proc/keiconfig-x/y cannot be made: /proc is a folder "
        "of the system, whose files are the computer's own, and nothing can be saved in it.\n"
    )
