"""The league table: compliant first by the field, then rule breakers, then broken files."""

from __future__ import annotations

import json
import types

import pytest

from keiconfig.core import ranking
from keiconfig.core.ranking import Entry


def test_compliant_ranked_then_breakers_then_errors():
    rows = ranking.rank(
        [
            Entry("e.json", error="e.json: the JSON is broken."),
            Entry("slow.json", "Slow", True, (), 15.0),
            Entry("big.json", "Big", False, ("length",), 8.0),
            Entry("fast.json", "Fast", True, (), 9.0),
        ]
    )
    assert [r.file for r in rows] == ["fast.json", "slow.json", "big.json", "e.json"]
    assert [r.rank for r in rows] == [1, 2, None, None]
    assert rows[2].failed == ("length",)
    assert rows[2].compliant is False
    assert rows[3].error and rows[3].compliant is None


def test_ties_share_a_rank_and_none_values_come_last():
    rows = ranking.rank(
        [
            Entry("a.json", "A", True, (), 10.0),
            Entry("never.json", "Never", True, (), None),
            Entry("b.json", "B", True, (), 10.001),
            Entry("c.json", "C", True, (), 12.0),
        ]
    )
    assert [(r.file, r.rank) for r in rows] == [
        ("a.json", 1),
        ("b.json", 1),
        ("c.json", 3),
        ("never.json", 4),
    ]


def test_higher_is_better_for_power():
    rows = ranking.rank(
        [Entry("a.json", "A", True, (), 50.0), Entry("b.json", "B", True, (), 64.0)],
        by="power_ps",
    )
    assert [r.file for r in rows] == ["b.json", "a.json"]


def test_unknown_field_lists_allowed():
    with pytest.raises(ranking.RankError, match="zero_to_100kmh_s"):
        ranking.rank([], by="colour")


def test_row_dict_uses_the_field_name():
    (row,) = ranking.rank([Entry("a.json", "A", True, (), 9.5)], by="quarter_mile_s")
    d = row.to_dict()
    assert list(d) == ["rank", "file", "name", "compliant", "failed", "quarter_mile_s", "era"]
    assert d["quarter_mile_s"] == 9.5
    (bad,) = ranking.rank([Entry("x.json", error="x.json: broken.")])
    assert bad.to_dict()["error"] == "x.json: broken."
    assert bad.to_dict()["rank"] is None


def test_csv_has_header_and_rows():
    rows = ranking.rank(
        [Entry("a.json", "A", True, (), 9.5), Entry("b.json", "B", False, ("width", "length"), 9)]
    )
    text = ranking.to_csv(rows)
    lines = text.splitlines()
    assert lines[0] == "rank,file,name,compliant,failed,zero_to_100kmh_s,error,era"
    assert lines[1].startswith("1,a.json,A,true,,9.5")
    assert "width;length" in lines[2]


def _build_json(name, length=3395, **engine):
    eng = {"cylinders": 3, "displacement_cc": 658, "aspiration": "na", "position": "front"}
    eng.update(engine)
    return json.dumps(
        {
            "format": "keiconfig-build",
            "version": 1,
            "name": name,
            "body": {
                "style": "hatchback",
                "length_mm": length,
                "width_mm": 1475,
                "height_mm": 1500,
            },
            "engine": eng,
            "drivetrain": {"driven": "fwd", "transmission": "manual"},
        }
    )


def fake_evaluate(build):
    # Quicker cars for bigger engines: enough to order the folder.
    t = 2000 / build.engine.displacement_cc
    return types.SimpleNamespace(power_ps=50.0, zero_to_100kmh_s=t, kerb_weight_kg=700.0)


def test_rank_folder_reads_sorted_json_files(tmp_path):
    (tmp_path / "a_small.json").write_text(_build_json("Small", displacement_cc=550))
    (tmp_path / "b_big.kei.json").write_text(_build_json("Big", displacement_cc=660))
    (tmp_path / "c_long.json").write_text(_build_json("Long", length=3600))
    (tmp_path / "d_broken.json").write_text("{ not json")
    (tmp_path / "notes.txt").write_text("ignored")
    rows = ranking.rank_folder(tmp_path, evaluate=fake_evaluate)
    assert [r.file for r in rows] == [
        "b_big.kei.json",
        "a_small.json",
        "c_long.json",
        "d_broken.json",
    ]
    assert rows[2].failed == ("length",)
    assert "d_broken.json" in rows[3].error


def test_rank_folder_missing(tmp_path):
    with pytest.raises(ranking.RankError, match="does not exist"):
        ranking.rank_folder(tmp_path / "nope", evaluate=fake_evaluate)


def test_csv_text_escapes_control_characters_then_guards_formulas():
    from keiconfig.core.text import shown

    assert ranking.csv_text("Car\x1b[2J\nX\u202e") == "Car\\x1b[2J\\nX\\u202e"
    assert ranking.csv_text("Car\x1b[2J") == shown("Car\x1b[2J")  # as the terminal shows it
    assert ranking.csv_text("=1+1\n") == "'=1+1\\n"
    assert ranking.csv_text("\r=cmd") == "\\r=cmd"
    assert ranking.csv_text("軽トラ 1") == "軽トラ 1"


# -- a class's downloaded submissions: one sub-folder per student ---------------------------


def _submissions(tmp_path):
    """A folder as Moodle's "download all submissions" gives it (unpacked): one folder per
    student, one a level deeper, two students handing in the same file name; a zip's
    __MACOSX and a .git beside them; a folder too deep."""
    from keiconfig.core import files
    from keiconfig.core.build import changed, default_build

    root = tmp_path / "submissions"
    builds = {
        "Tanaka Yui_12345_assignsubmission_file/beat.kei.json": "Tanaka",
        "Sato Ren_12346_assignsubmission_file/beat.kei.json": "Sato",
        "Ito Hana_12348_assignsubmission_file/v2/mine.kei.json": "Ito",
        "a/b/c/d/too-deep.kei.json": "Deep",
        "__MACOSX/Tanaka Yui_12345_assignsubmission_file/beat.kei.json": "Mac",
        ".git/old.kei.json": "Git",
    }
    for rel, name in builds.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        files.save_build(changed(default_build(), {"name": name}), root / rel)
    return root


def test_builds_in_students_sub_folders_are_found_each_named_by_its_folder(tmp_path):
    """A class folder of downloaded submissions (one folder per student) ranked nothing:
    only the folder's own files were read. Its students' builds are found up to three
    levels down, each named by its path (two students' beat.kei.json told apart); hidden
    folders, __MACOSX and deeper folders are not read, and one sentence says so."""
    root = _submissions(tmp_path)
    scan = ranking.scan_folder(root)
    assert [scan.name(f) for f in scan.files] == [
        "Ito Hana_12348_assignsubmission_file/v2/mine.kei.json",
        "Sato Ren_12346_assignsubmission_file/beat.kei.json",
        "Tanaka Yui_12345_assignsubmission_file/beat.kei.json",
    ]
    assert (scan.hidden, scan.too_deep, scan.links, scan.cut_short) == (2, 1, 0, False)
    assert ranking.scan_note(scan) == (
        "Read 3 build files from this folder and 7 sub-folders in it; not read: "
        "2 hidden folders such as .git or __MACOSX, 1 folder more than 3 levels down."
    )
    rows = ranking.rank_folder(root, evaluate=lambda b: types.SimpleNamespace(power_ps=40))
    assert sorted((r.file, r.name) for r in rows) == [
        ("Ito Hana_12348_assignsubmission_file/v2/mine.kei.json", "Ito"),
        ("Sato Ren_12346_assignsubmission_file/beat.kei.json", "Sato"),
        ("Tanaka Yui_12345_assignsubmission_file/beat.kei.json", "Tanaka"),
    ]


def test_a_flat_folder_says_nothing_new(tmp_path):
    from keiconfig.core import files
    from keiconfig.core.build import default_build

    files.save_build(default_build(), tmp_path / "a.kei.json")
    scan = ranking.scan_folder(tmp_path)
    assert [scan.name(f) for f in scan.files] == ["a.kei.json"]
    assert ranking.scan_note(scan) is None


@pytest.mark.skipif(not hasattr(__import__("os"), "symlink"), reason="no symbolic links")
def test_links_out_of_the_folder_are_not_followed(tmp_path):
    """A linked folder is never searched (a link to / would read the whole disk, a loop
    forever); a student's link to a file outside the class folder is not read."""
    import os

    from keiconfig.core import files
    from keiconfig.core.build import default_build

    root = _submissions(tmp_path)
    outside = tmp_path / "teacher"
    outside.mkdir()
    files.save_build(default_build(), outside / "answer.kei.json")
    student = root / "Sato Ren_12346_assignsubmission_file"
    os.symlink(outside, student / "teacher")
    os.symlink(root, student / "loop")
    os.symlink(outside / "answer.kei.json", student / "answer.kei.json")
    os.symlink(student / "beat.kei.json", student / "same.kei.json")  # inside: read
    scan = ranking.scan_folder(root)
    names = [scan.name(f) for f in scan.files]
    assert not any("answer" in n or "teacher" in n or "loop" in n for n in names), names
    assert "Sato Ren_12346_assignsubmission_file/same.kei.json" in names
    assert scan.links == 3
    assert "3 links to other folders" in (ranking.scan_note(scan) or "")


@pytest.mark.skipif(not hasattr(__import__("os"), "symlink"), reason="no symbolic links")
def test_links_into_folders_not_ours_to_look_at_are_not_followed(tmp_path, monkeypatch):
    """keiconfig rank / (or /proc, chosen by a slip, or a class folder holding a link into
    another user's private folder) stopped with 'keiconfig: error: [Errno 13] Permission
    denied: '/proc/1/cwd' (PermissionError)' and ranked nothing: a link whose target may
    not be looked at raised where it was asked whether it leads to a folder. Such a link is
    now one of the links not followed, as a student's link out of the folder is, and the
    rest is ranked. (The system's refusal is made here for a root user too.)"""
    import os
    from pathlib import Path

    from keiconfig.core import files
    from keiconfig.core.build import default_build

    root = _submissions(tmp_path)
    private = tmp_path / "private"
    private.mkdir()
    files.save_build(default_build(), private / "secret.kei.json")
    student = root / "Sato Ren_12346_assignsubmission_file"
    os.symlink(private, root / "cwd")  # as /proc/1/cwd
    os.symlink(private / "secret.kei.json", student / "secret.kei.json")
    stat = Path.stat

    def refused(self, *, follow_symlinks=True):
        if follow_symlinks and os.path.realpath(self).startswith(str(private)):
            raise PermissionError(13, "Permission denied", str(self))
        return stat(self, follow_symlinks=follow_symlinks)

    monkeypatch.setattr(Path, "stat", refused)
    scan = ranking.scan_folder(root)
    names = [scan.name(f) for f in scan.files]
    assert not any("secret" in n for n in names) and names, names
    assert scan.links == 2
    assert "2 links to other folders" in (ranking.scan_note(scan) or "")


def test_a_huge_tree_is_cut_short_and_said(tmp_path, monkeypatch):
    """A whole drive chosen by a slip is not read to its end: at most MAX_FILES builds
    (and MAX_ENTRIES entries looked at), and the sentence says the rest was not read."""
    root = _submissions(tmp_path)
    monkeypatch.setattr(ranking, "MAX_FILES", 2)
    scan = ranking.scan_folder(root)
    assert len(scan.files) == 2 and scan.cut_short
    assert "not read: " in (note := ranking.scan_note(scan) or "")
    assert "everything after the first 2 build files" in note
    monkeypatch.setattr(ranking, "MAX_FILES", 2000)
    monkeypatch.setattr(ranking, "MAX_ENTRIES", 3)
    scan = ranking.scan_folder(root)
    assert scan.cut_short and len(scan.files) < 3
    note = ranking.scan_note(scan) or ""
    assert note.endswith(
        "; not read: 1 hidden folder such as .git or __MACOSX, "
        "everything after the first 3 files and folders."
    ), note


def test_keiconfig_rank_reads_the_students_folders(tmp_path, capsys):
    from keiconfig import cli

    root = _submissions(tmp_path)
    assert cli.main(["rank", str(root), "--json"]) == 0
    out, err = capsys.readouterr()
    assert sorted(r["file"] for r in json.loads(out)) == [
        "Ito Hana_12348_assignsubmission_file/v2/mine.kei.json",
        "Sato Ren_12346_assignsubmission_file/beat.kei.json",
        "Tanaka Yui_12345_assignsubmission_file/beat.kei.json",
    ]
    assert "keiconfig rank: Read 3 build files from this folder and 7 sub-folders in it" in err


def test_zip_files_in_the_students_folders_are_said_not_opened(tmp_path, capsys):
    """A learning system's "download all" sometimes leaves a student's submission zipped
    (Kato Sora_..._assignsubmission_file/beat.zip): such zips were passed over without a
    word, the student missing from the table. The sentence of what was read and not says
    how many zip files were not opened and to unzip them first (keiconfig rank too); a
    zip is never opened (its contents are not looked at: a file inside could be huge or
    named to climb out of the folder)."""
    import zipfile

    from keiconfig import cli

    root = _submissions(tmp_path)
    for student in (
        "Kato Sora_12349_assignsubmission_file",
        "Mori Aoi_12350_assignsubmission_file",
    ):
        (root / student).mkdir()
        with zipfile.ZipFile(root / student / "beat.ZIP", "w") as z:
            z.writestr("../../escape.kei.json", "{}")
    (root / ".hidden.zip").write_bytes(b"PK")  # hidden: as hidden files, not said
    scan = ranking.scan_folder(root)
    assert scan.zips == 2
    assert len(scan.files) == 3
    assert ranking.scan_note(scan) == (
        "Read 3 build files from this folder and 9 sub-folders in it; not read: "
        "2 hidden folders such as .git or __MACOSX, 1 folder more than 3 levels down, "
        "2 zip files (unzip them first)."
    )
    assert not (tmp_path / "escape.kei.json").exists()
    assert cli.main(["rank", str(root), "--json"]) == 0
    _out, err = capsys.readouterr()
    assert "2 zip files (unzip them first)." in err


def test_one_zip_in_a_flat_folder_is_said_too(tmp_path):
    (tmp_path / "submissions.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    scan = ranking.scan_folder(tmp_path)
    assert ranking.scan_note(scan) == (
        "Read 0 build files from this folder and 0 sub-folders in it; not read: "
        "1 zip file (unzip it first)."
    )


def test_every_challenge_objective_has_its_own_column_title():
    """Every figure a challenge can be ranked by is headed by its name, from the one table
    (ranking.FIELD_LABELS) the window's class folder and keiconfig rank both read: a
    challenge by the WLTC range was headed "Score (lower is better)" in the window and
    "wltc_range_km" on the command line."""
    from keiconfig.core.explore_problem import FIGURES
    from keiconfig.core.ranking import FIELD_LABELS, SCORE_LABEL, field_label

    for figure in FIGURES:  # a challenge's objective: one of these, or a mix ("score")
        assert figure in FIELD_LABELS, figure
        assert field_label(figure) not in (figure, SCORE_LABEL)
    assert field_label("wltc_range_km") == "WLTC range (km)"
    assert field_label("score") == SCORE_LABEL
    assert len(set(FIELD_LABELS.values())) == len(FIELD_LABELS)
