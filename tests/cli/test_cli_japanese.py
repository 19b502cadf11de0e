"""The command line's tables in Japanese under a Japanese locale; --json stays English."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from keiconfig import cli, terminal
from keiconfig.core import catalog, text

DATA = Path(__file__).parent / "data"
BUILD = str(DATA / "roadster-mid-na.kei.json")
CHALLENGE = str(Path(__file__).parents[2] / "resources" / "example.challenge.json")


@pytest.fixture
def japanese_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "KEICONFIG_LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    yield
    text.set_translator(None)  # the command set the core's language for the process
    text.set_language("en")


def run(capsys, *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out


def _english_in(line: str, own: Iterable[str]) -> list[str]:
    """The English words of ``line`` once the strings of ``own`` (the user's file names
    and paths, option names, fields: longest first) are taken out."""
    from tests.japanese_words import english_words

    for word in own:
        line = line.replace(word, " ")
    return english_words(line)


def test_locale_language() -> None:
    assert catalog.environment_language({"LANG": "ja_JP.UTF-8"}) == "ja"
    assert catalog.environment_language({"LANG": "C.UTF-8"}) == "en"
    assert catalog.environment_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert catalog.environment_language({"LC_ALL": "C", "LANG": "ja_JP.UTF-8"}) == "en"
    assert catalog.environment_language({"LC_MESSAGES": "ja_JP", "LANG": "en_GB"}) == "ja"
    assert catalog.environment_language({"LANGUAGE": "ja:en", "LANG": "en_US.UTF-8"}) == "ja"
    assert catalog.environment_language({"KEICONFIG_LANGUAGE": "en", "LANG": "ja_JP"}) == "en"


def test_evaluate_prints_a_japanese_table(japanese_locale, capsys) -> None:
    code, out = run(capsys, "evaluate", BUILD)
    assert code == 0
    for word in (
        "車両重量",
        "最高出力",
        "最大トルク",
        "ゼロヨン",
        "最高速度",
        "軽自動車規格",
        "全長",
    ):
        assert word in out, word
    assert "kgf·m" in out
    # the 400 m comes before the quarter mile, as Japanese magazines quote it
    assert out.index("ゼロヨン") < out.index("1/4マイル")
    assert "平成10年" in out  # the era with its Japanese year
    # the table's columns line up in terminal cells (Japanese characters take two)
    lines = [ln for ln in out.splitlines() if ln.startswith("    ") and "mm" in ln]
    assert len({terminal.width(ln.split("mm")[0]) for ln in lines}) == 1, lines


def test_json_stays_english_under_a_japanese_locale(japanese_locale, capsys) -> None:
    code, out = run(capsys, "evaluate", "--json", BUILD)
    assert code == 0
    data = json.loads(out)
    assert "kerb_weight_kg" in data[0]
    assert all(ord(c) < 0x3000 for c in out)  # no Japanese in the JSON


def test_presets_are_listed_with_japanese_names(japanese_locale, capsys) -> None:
    code, out = run(capsys, "presets")
    assert code == 0
    assert "ホンダ ビート (1991)" in out and "プリセット" in out


def test_no_english_is_left_in_the_japanese_tables(japanese_locale, capsys, tmp_path) -> None:
    """Every table and sentence of evaluate, presets, rank, validate and explore under a ja
    locale:
    only the words tests/japanese_words.py allows (units, car names, codes...)."""
    from keiconfig.core import presets
    from tests.japanese_words import FIELD_PATHS

    folder = tmp_path / "class"
    folder.mkdir()
    for pid in ("honda-beat-1991", "suzuki-cappuccino-1991", "subaru-360-1958"):
        (folder / f"{pid}.kei.json").write_text(
            (presets.presets_folder() / f"{pid}.kei.json").read_text(encoding="utf-8"),
            encoding="utf-8",
        )
    files = sorted(str(p) for p in folder.iterdir())
    from keiconfig.core.files import load_build

    # the user's texts (a file's path and name, a build's name) and the presets' ids
    own = [*files, BUILD, *(Path(f).name for f in files), tmp_path.name]
    own += [load_build(f).build.name for f in (*files, BUILD)]
    own += [p.id for p in presets.list_presets()]
    own += list(FIELD_PATHS)  # the fields explore varies, as --vary takes them
    own.append(json.loads(Path(CHALLENGE).read_text(encoding="utf-8"))["title"])  # a teacher's
    own.sort(key=len, reverse=True)
    left = []
    for argv in (
        ["evaluate", BUILD, *files],
        ["presets"],
        ["rank", str(folder)],
        ["rank", "--use-year", str(folder)],
        ["rank", "--challenge", CHALLENGE, str(folder)],
        ["validate", *files],
        ["explore", "--budget", "60", "--workers", "0", "--min-seats", "4", "--from", BUILD],
        ["explore", "--budget", "60", "--workers", "0", "--from", BUILD],
    ):
        code, out = run(capsys, *argv)
        assert code == 0, argv
        for line in out.splitlines():
            words = _english_in(line, own)  # a file's own name and path are the user's text
            if words:
                left.append(f"{' '.join(argv[:1])}: {line!r} ({', '.join(words)})")
    assert not left, "English left in the Japanese command line:\n" + "\n".join(left)


def test_rank_heads_its_figure_in_japanese(japanese_locale, capsys, tmp_path) -> None:
    """The ranked figure's column in Japanese, as the window's class folder heads it (it
    was 'zero_to_100kmh_s'), with and without a challenge."""
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "a.kei.json").write_text(Path(BUILD).read_text(encoding="utf-8"))
    for argv in (["rank", str(folder)], ["rank", "--challenge", CHALLENGE, str(folder)]):
        _code, out = run(capsys, *argv)
        assert "0-100km/h加速 (秒)" in out and "zero_to_100kmh_s" not in out, out


def test_rank_says_in_japanese_what_it_passed_over(japanese_locale, capsys, tmp_path):
    import shutil

    shutil.copy(BUILD, tmp_path / "a.kei.json")
    (tmp_path / "old.json").mkdir()
    code = cli.main(["rank", str(tmp_path)])
    _out, err = capsys.readouterr()
    assert code == 0
    assert "old.json は読み込んでいません:フォルダーで、ビルドファイルではありません。" in err


def test_the_command_lines_errors_are_japanese(japanese_locale, capsys, tmp_path) -> None:
    """Under a Japanese locale (or KEICONFIG_LANGUAGE=ja) the tables were Japanese but every
    error and the usage line English: 'keiconfig evaluate: error: the following arguments
    are required: FILE', 'unknown regulation era', 'the folder … does not exist', argparse's
    own words. Each is Japanese now; only the command, its options, the values typed and
    the names the command takes (eras, fields, presets) stay as they are typed."""
    import argparse

    from keiconfig.core import presets, ranking

    taken = tmp_path / "taken.json"
    taken.write_text("x")
    typed = ["nowhere", "speed", "extra", "no-such-command", "no-such-car"]  # (values typed)
    metavars = ["FILE", "FOLDER", "ERA", "FIELD", "FIGURE", "COMMAND", "DIR", "N", "LOW:HIGH"]
    own = [str(tmp_path), *typed, *metavars, *cli.COMMANDS, *ranking.RANK_FIELDS]
    own += [p.id for p in presets.list_presets()]
    own.sort(key=len, reverse=True)
    left = []
    for argv in (
        ["evaluate"],
        ["evaluate", "--era"],
        ["evaluate", "--era", "1800", BUILD],
        ["rank", str(tmp_path / "nowhere")],
        ["rank", str(taken)],
        ["rank", str(tmp_path), "--by", "speed"],
        ["validate", "--bogus", BUILD],
        ["schema", "extra"],
        ["no-such-command"],
        ["calibration", "--fit", str(tmp_path / "nowhere" / "c.json")],
        ["explore", "--budget", "x"],
        ["explore", "--min-seats", "12"],
        ["explore", "--from", "no-such-car"],
        ["explore", "--era", "1800"],
        ["explore", "--front", "lap_time", "--budget", "10"],
        ["explore", "--range", "body.length_mm=a:b", "--budget", "10"],
        ["explore", "--out", str(taken), "--budget", "10"],
        ["evaluate", ""],  # (an empty name: no file was given)
        ["rank", ""],
        ["explore", "--from", ""],
        [""],
    ):
        code = cli.main(argv)
        out, err = capsys.readouterr()
        assert code in (1, 2) and err, argv
        assert "Traceback" not in out + err
        assert "エラー" in err or (argv[0] in ("rank", "explore") and "keiconfig" in err), err
        for line in err.splitlines():
            words = _english_in(line, own)
            if words:
                left.append(f"{' '.join(argv)}: {line!r} ({', '.join(words)})")
    assert not left, "English left in the Japanese errors:\n" + "\n".join(left)
    # argparse's own words are the standard library's again afterwards
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]


def test_english_errors_stay_english(capsys, monkeypatch) -> None:
    monkeypatch.setenv("KEICONFIG_LANGUAGE", "en")
    assert cli.main(["evaluate"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: keiconfig evaluate")
    assert "keiconfig evaluate: error: the following arguments are required: FILE" in err


@pytest.mark.parametrize("command", [[], *([c] for c in cli.COMMANDS)])
def test_the_help_is_japanese_and_fits_the_terminal(
    japanese_locale, capsys, monkeypatch, command
) -> None:
    """'keiconfig rank --help' under a Japanese locale gave Japanese headings (after the
    errors' commit) around English descriptions; each description is Japanese now, and
    wrapped by the terminal's columns (a Japanese letter takes two): argparse wrapped it at
    spaces only, so a description ran as one line past an 80-column terminal's edge, and
    '0-100km/h' was cut at its hyphen."""
    from keiconfig.core import ranking
    from keiconfig.core.explore_problem import FIGURES
    from keiconfig.core.explore_space import CATALOGUE

    monkeypatch.setenv("COLUMNS", "80")
    assert cli.main([*command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("使い方: keiconfig")
    own = ["FILE|PRESET", "FILE", "FOLDER", "ERA", "FIELD", "FIGURE", "COMMAND", "DIR", "STYLE",
           "KG", "LO:HI", "W,...", "N", "PRESET", "Schema", "golden", "leave-one-out", "WLTC", "ID",
           "DIR/builds/*.kei.json", "(*.json)", "engine.aspiration=na:turbo",
           "What keiconfig evaluate prints",  # (a section of resources/build-format.md)
           *cli.COMMANDS, *ranking.RANK_FIELDS, *FIGURES, *CATALOGUE]  # fmt: skip
    own.sort(key=len, reverse=True)
    usage = out.split("\n\n", 1)[0]  # (the usage line: the command's syntax, as typed)
    left = []
    for line in out[len(usage) :].splitlines():
        if terminal.width(line) > 80 and " " in line.strip():
            left.append(f"{line!r}: {terminal.width(line)} columns")
        words = _english_in(line, own)
        if words:
            left.append(f"{line!r} ({', '.join(words)})")
    assert not left, "\n".join(left)


def test_english_help_is_wrapped_as_argparse_wraps_it(capsys, monkeypatch) -> None:
    monkeypatch.setenv("KEICONFIG_LANGUAGE", "en")
    monkeypatch.setenv("COLUMNS", "80")
    assert cli.main(["rank", "--help"]) == 0
    out = capsys.readouterr().out
    assert "\nRank every build file (*.json) in a folder, best first by one figure (0–100\n" in out
    assert "  -h, --help        show this help message and exit\n" in out


def test_explore_names_its_objective_in_japanese(japanese_locale, capsys) -> None:
    """`keiconfig explore` under a ja locale named the objective by its id
    ('zero_to_100kmh_s') where the window says 0-100km/h加速: now by the window's name."""
    code, out = run(capsys, "explore", "--budget", "40", "--workers", "0", "--from", BUILD)
    assert code == 0
    assert "0-100km/h加速 (秒)" in out and "車両重量 (kg)" in out
    assert "zero_to_100kmh_s" not in out and "kerb_weight_kg" not in out


def test_explore_best_list_writes_each_figure_s_unit_once_in_japanese(
    capsys, japanese_locale
) -> None:
    """ "1. 0-100km/h加速 10.7 s", as the window's card (it said "0-100km/h加速 (秒) 10.7 s")."""
    code, out = run(capsys, "explore", "--budget", "40", "--workers", "0", "--seed", "1")
    assert code == 0
    lines = out.split("規格に適合する最良のビルド:")[1].split("パレートフロント")[0].strip()
    assert lines
    for i, line in enumerate(map(str.strip, lines.splitlines()), start=1):
        assert line.startswith(f"{i}. 0-100km/h加速 "), line
        assert "(秒)" not in line and line.split()[3] == "s", line


def test_rank_names_a_build_as_its_file_does(capsys, japanese_locale, tmp_path) -> None:
    """keiconfig rank in Japanese named a build saved under a preset's English name
    'ホンダ ビート (1991)', where the file, evaluated or opened in the window, says 'Honda
    Beat (1991)': the student's name, whatever it is, is named as written, in the table,
    the challenge's table and --json alike."""
    from keiconfig.core import files, presets

    beat = presets.load_preset("honda-beat-1991").build
    files.save_build(beat.model_copy(update={"translations": None}), tmp_path / "a.json")
    files.save_build(beat.model_copy(update={"name": "My Beat"}), tmp_path / "b.json")
    code, out = run(capsys, "rank", str(tmp_path))
    assert code == 0
    rows = {line.split()[1]: line for line in out.splitlines() if ".json" in line}
    assert "Honda Beat (1991)" in rows["a.json"] and "ホンダ" not in rows["a.json"]
    assert "My Beat" in rows["b.json"]
    code, out = run(capsys, "rank", str(tmp_path), "--challenge", CHALLENGE)
    assert code == 0
    assert "Honda Beat (1991)" in out and "ホンダ" not in out
    code, out = run(capsys, "rank", str(tmp_path), "--json")
    assert {r["name"] for r in json.loads(out)} == {"Honda Beat (1991)", "My Beat"}


def test_the_japanese_rank_table_fits_an_80_column_terminal(
    japanese_locale, capsys, tmp_path, monkeypatch
) -> None:
    """At COLUMNS=80 the English rank table fitted, its long names cut; the Japanese one
    was 89 to 94 columns wide (its era column, 1998年(平成10年), 16 columns, was never
    cut; a status breaking four rules ran on) and the line above it 82 (。 past the
    edge). Now each line is within 80: the era is its year (1998年), the status goes on
    under its column, the line is wrapped. Piped (no COLUMNS, not a terminal), the
    output is as before: the era's whole name, the line whole."""
    data = json.loads(Path(BUILD).read_text(encoding="utf-8"))
    data.pop("translations", None)
    data["name"] = "Subaru 360 Super Deluxe Ultimate Grand Touring Special Edition by Haruto"
    (tmp_path / "yamada-hinata-final-submission-v3.kei.json").write_text(json.dumps(data))
    data["name"] = "ガルウィングの夢 — 山田ひなたの究極の軽スポーツカー改良版"
    (tmp_path / "b.kei.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    data["name"], data["body"]["length_mm"], data["body"]["width_mm"] = "大きすぎ", 3600, 1600
    (tmp_path / "c.kei.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    data["body"]["height_mm"], data["engine"]["displacement_cc"] = 2100, 800  # four rules
    (tmp_path / "d.kei.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    _code, piped = run(capsys, "rank", str(tmp_path))
    assert "1998年(平成10年)" in piped and "選べます。\n" in piped
    assert "違反:全長、全幅、全高、排気量\n" in piped
    monkeypatch.setenv("COLUMNS", "80")
    _code, out = run(capsys, "rank", str(tmp_path))
    lines = out.splitlines()
    assert max(terminal.width(line) for line in lines) <= 80, out
    rows = [line for line in lines if ".kei.json" in line or "…" in line]
    assert len(rows) == 4 and all("1998年" in r for r in rows), out
    # the status breaking four rules goes on under its column, broken after a 、
    assert "排気量" in out and not any(line.endswith("全") for line in lines), out
    assert "平成" in lines[0]  # the rules line still says which rules, in full


def test_a_closing_mark_past_the_edge_takes_the_letter_before_it_along() -> None:
    lines = cli.wrap_columns("あいうえお。", 10)
    assert lines == ["あいうえ", "お。"]
    assert max(terminal.width(line) for line in lines) <= 10


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="a Linux /proc")
def test_explore_out_in_proc_is_said_in_japanese_before_the_search(
    japanese_locale, capsys, monkeypatch
) -> None:
    """--out /proc/x and --out /proc, said before the search in Japanese: /proc named once
    (it said "/proc や /sys と同じく" of /proc itself), as a save into /proc says it."""
    from keiconfig import cli_explore

    monkeypatch.setattr(cli_explore, "_run", lambda problem, args: 1 / 0)
    assert cli.main(["explore", "--workers", "0", "--out", "/proc/keiconfig-x"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "keiconfig explore: フォルダー /proc/keiconfig-x を作れません: /proc はシステムの"
        "フォルダーで、その中のファイルはコンピューター自身のものです。ここには何も保存できません。\n"
    )
    assert cli.main(["explore", "--workers", "0", "--out", "/proc"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "keiconfig explore: explored-01.kei.json を保存できませんでした:/proc はシステムの"
        "フォルダーで、その中のファイルはコンピューター自身のものです。ここにはファイルを保存"
        "することも置き換えることもできないため、何も書き込んでいません。別のフォルダーに保存"
        "してください。\n"
    )


def test_a_japanese_error_ends_with_a_japanese_full_stop(japanese_locale, capsys) -> None:
    """argparse's errors ended with no full stop; in Japanese the line ends with 。, and an
    option the command does not take is said by that command."""
    assert cli.main(["rank", "--bogus", CHALLENGE]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == "keiconfig rank: エラー: 認識できない引数です: --bogus。"
