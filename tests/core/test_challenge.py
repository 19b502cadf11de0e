"""Class challenge files: reading, clear sentences for broken files, ranking a folder."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import threading

import pytest

from keiconfig.core import challenge, ranking
from keiconfig.core.challenge import ChallengeFileError, is_challenge_file, load_challenge
from keiconfig.core.presets import list_presets
from keiconfig.core.resources_path import resource_path

EXAMPLE = resource_path("example.challenge.json")


def _write(tmp_path, data, name="c.challenge.json"):
    p = tmp_path / name
    p.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return p


def _ok():
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_the_shipped_example_reads():
    c = load_challenge(EXAMPLE)
    assert c.title == "The quickest 1990 four-seater"
    assert c.rules.era == "1990" and c.rules.agreement and c.rules.min_seats == 4
    assert c.objective.figure == "zero_to_100kmh_s"
    assert challenge.challenge_from_data(c.to_json_dict()) == c


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        (lambda d: "{ not json", "the JSON is broken at line 1, column 3"),
        # /etc/passwd (a link to it) was "the JSON is broken at line 1, column 1"
        (lambda d: "root:x:0:0:root:/root:/bin/bash\n",
         "this is not a keiconfig class challenge file, nor JSON at all"),
        (lambda d: "", "the file is empty"),
        (lambda d: [1, 2], "holds one JSON object"),
        (lambda d: {**d, "format": "x"}, '"format" must be "keiconfig-challenge"'),
        (lambda d: {"format": "keiconfig-build", "body": {}, "engine": {}},
         "this is a build file, not a challenge"),
        (lambda d: {**d, "version": 2}, "reads version 1 challenges"),
        (lambda d: {**d, "era": "2050"}, '"era" is "2050"; it must be one of 1949'),
        (lambda d: {**d, "objective": "lap_time_s"}, "'lap_time_s' is not a figure"),
        (lambda d: {**d, "objective": {"top_speed_kmh": "fast"}},
         '"objective.top_speed_kmh" must be a positive number'),
        # weights of 1e308 made every score infinite or NaN: all builds tied on '–'
        (lambda d: {**d, "objective": {"zero_to_100kmh_s": 1e308, "top_speed_kmh": 1e308}},
         "the weight of zero_to_100kmh_s is 1e+308; a weight is at most 1000"),
        (lambda d: {**d, "objective": 3}, '"objective" must be a figure'),
        (lambda d: {**d, "title": ""}, '"title" must be a text'),
        (lambda d: {**d, "agreement": "yes"}, '"agreement" must be true or false'),
        (lambda d: {**d, "colour": "red"}, '"colour" is not a field of a challenge'),
        (lambda d: {**d, "constraints": {"min_seats": 0}}, "whole number from 1 to 8"),
        (lambda d: {**d, "constraints": {"doors": 2}}, '"constraints.doors" is not a constraint'),
        (lambda d: {**d, "constraints": {"body_styles": ["limo"]}}, '"limo" is not a body style'),
        (lambda d: {**d, "constraints": {"max_kerb_weight_kg": -1}}, "a number of kilograms"),
        # a number with 401 digits: 'keiconfig: error: int too large to convert to float'
        (lambda d: {**d, "constraints": {"max_kerb_weight_kg": 10**400}},
         "a number of kilograms, 150 to 5000"),
        (lambda d: {**d, "objective": {"zero_to_100kmh_s": 10**400}},
         '"objective.zero_to_100kmh_s" must be a positive number'),
        (lambda d: {**d, "vary": ["engine.wings"]}, '"engine.wings" is not a field'),
    ],
)  # fmt: skip
def test_a_broken_challenge_gets_one_clear_sentence(tmp_path, change, sentence):
    path = _write(tmp_path, change(_ok()))
    with pytest.raises(ChallengeFileError) as info:
        load_challenge(path)
    message = str(info.value)
    assert message.startswith("c.challenge.json: ")
    assert sentence in message
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message


def test_a_field_listed_twice_in_vary_is_varied_once(tmp_path, capsys):
    """keiconfig rank and the window read such a challenge; explore --challenge refused it
    with 'a field is listed twice among the fields to vary'."""
    from keiconfig import cli

    data = {**_ok(), "vary": ["body.length_mm", "engine.displacement_cc", "body.length_mm"]}
    path = _write(tmp_path, data)
    assert load_challenge(path).vary == ("body.length_mm", "engine.displacement_cc")
    code = cli.main(["explore", "--challenge", str(path), "--budget", "2", "--json"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert json.loads(out)["vary"] == ["body.length_mm", "engine.displacement_cc"]


def test_missing_folder_and_binary_files(tmp_path):
    with pytest.raises(ChallengeFileError, match="does not exist"):
        load_challenge(tmp_path / "nope.json")
    with pytest.raises(ChallengeFileError, match="is a folder"):
        load_challenge(tmp_path)
    (tmp_path / "b.json").write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(ChallengeFileError, match="not UTF-8"):
        load_challenge(tmp_path / "b.json")


def test_rank_a_class_folder_by_a_challenge(tmp_path):
    for p in list_presets():
        shutil.copy(p.path, tmp_path / p.path.name)
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    c = load_challenge(EXAMPLE)
    rows = challenge.rank_folder(c, tmp_path)
    ranked = [r for r in rows if r.rank is not None]
    assert ranked, "some presets are 1990-legal four-seaters under 700 kg"
    values = [r.value for r in ranked if r.value is not None]  # None: never reaches 100 km/h
    assert values and values == sorted(values)
    by_file = {r.file: r for r in rows}
    # A two-seater is not ranked, and says why; over 64 PS is not ranked either.
    assert "seats" in by_file["honda-beat-1991.kei.json"].failed
    assert "power" in by_file["volkswagen-polo-gti-2021.kei.json"].failed
    assert by_file["broken.json"].error is not None
    assert all(r.field == "zero_to_100kmh_s" for r in rows)


def test_rank_by_a_weighted_mix(tmp_path):
    for p in list_presets()[:8]:
        shutil.copy(p.path, tmp_path / p.path.name)
    data = {**_ok(), "objective": {"zero_to_100kmh_s": 1, "top_speed_kmh": 1},
            "constraints": {}, "era": "1998"}  # fmt: skip
    rows = challenge.rank_folder(load_challenge(_write(tmp_path, data, "mix.txt")), tmp_path)
    ranked = [r for r in rows if r.rank is not None]
    assert ranked and all(r.field == "score" for r in rows)
    # Ranked by the score as the table rounds it (a tie in the shown decimals goes
    # by file name).
    values = [round(r.value, ranking.TIE_DECIMALS) for r in ranked if r.value is not None]
    assert values and values == sorted(values)


def test_a_key_given_twice_is_refused(tmp_path):
    """JSON keeps the last of two equal keys without a word: a challenge that reads
    "agreement": true to a person and is false to keiconfig. Refused, as a build file is."""
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        '"agreement": true', '"agreement": true, "agreement": false'
    )
    with pytest.raises(ChallengeFileError) as info:
        load_challenge(_write(tmp_path, text))
    assert str(info.value) == (
        'c.challenge.json: "agreement" appears twice in the same object; a challenge gives '
        "each field once (delete one of them)."
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes: POSIX")
def test_a_named_pipe_is_refused_at_once(tmp_path):
    """Open Challenge of a named pipe: refused with a sentence instead of waiting for a
    writer for ever (the window froze). A writer comes after 10 s, so that the test fails
    instead of hanging if the read blocks."""
    pipe = tmp_path / "p.challenge.json"
    os.mkfifo(pipe)

    def writer() -> None:
        with contextlib.suppress(OSError):
            fd = os.open(pipe, os.O_WRONLY)  # blocks until a reader opens it
            os.close(fd)

    unblock = threading.Timer(10.0, writer)
    unblock.daemon = True
    unblock.start()
    try:
        with pytest.raises(ChallengeFileError) as info:
            load_challenge(pipe)
    finally:
        unblock.cancel()
    assert "this is not a regular file, so not a challenge file" in str(info.value)


def test_a_challenge_cut_short_says_so(tmp_path):
    """A challenge cut off while it was copied: said so, not in the parser's broken words
    ("unterminated string starting at.")."""
    text = EXAMPLE.read_text(encoding="utf-8")
    for cut in (text[:100], text[: text.index('"era"') + 3], text[:-3]):
        with pytest.raises(ChallengeFileError) as info:
            load_challenge(_write(tmp_path, cut))
        assert "the file ends too early (at line" in str(info.value), str(info.value)


@pytest.mark.parametrize(
    ("encoding", "named", "title"),
    [
        # Shift_JIS that is not surely Shift_JIS (a kana between Latin letters): named only
        ("cp932", "Shift_JIS", "KカーX"),
    ],
    ids=["sjis"],
)
def test_a_challenge_in_another_encoding_says_which(tmp_path, encoding, named, title):
    """A teacher's challenge re-saved by an editor as UTF-16, or as Shift_JIS on Japanese
    Windows: the sentence names the encoding and what to do, not "a binary or damaged
    file"."""
    text = EXAMPLE.read_text(encoding="utf-8").replace("The quickest", title)
    path = tmp_path / "c.challenge.json"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(ChallengeFileError) as info:
        load_challenge(path)
    assert str(info.value) == (
        f"c.challenge.json: the file is encoded as {named}; challenge files must be UTF-8 "
        "(re-save it as UTF-8 in your editor)."
    )


@pytest.mark.parametrize(
    ("encoding", "title"),
    [
        ("cp932", "最速の軽"),
        ("cp1252", "Le défi du Café Racer"),
        ("cp1250", "Wyzwanie z Łodzi"),
        ("utf-16", "最速の"),
        # without the byte order mark (some Windows tools): plain ASCII is then also UTF-8
        ("utf-16-le", "The quickest"),
        ("utf-16-be", "The quickest"),
    ],
    ids=["shift-jis", "windows-1252", "windows-1250", "utf16", "utf16le-no-bom", "utf16be-no-bom"],
)
def test_a_challenge_in_a_windows_encoding_is_read_in_it(tmp_path, encoding, title):
    """A teacher's challenge saved by Notepad on Japanese or Western European Windows
    (Shift_JIS, Windows-1252), or as its "Unicode" (UTF-16, with or without the mark):
    read as it is, its title whole (it said 'not UTF-8 text; it may be a binary or
    damaged file' for Windows-1252, and refused the others), and a window handed it sees
    a challenge."""
    text = EXAMPLE.read_text(encoding="utf-8").replace("The quickest", title)
    path = tmp_path / "c.challenge.json"
    path.write_bytes(text.encode(encoding))
    assert load_challenge(path).title.startswith(title)
    assert is_challenge_file(path)


def test_a_challenge_in_an_encoding_that_cannot_be_told_says_so(tmp_path):
    """'Œuvre' in Windows-1252 reads as no language's words (Œ is not told for sure; a
    Mac's 'åuvre'): JSON text in another encoding, not a binary file, and not read on a
    guess. Windows-1250's 'Přerov' is 'Pøerov' as Windows-1252 (Danish writes 'søen'),
    and a Mac's 'Più' with line feeds Windows-1250's 'Piť' (Slovak's 'piť'; it was read
    so, and the sentence for Japanese said): both readings are said."""
    text = EXAMPLE.read_text(encoding="utf-8").replace("The quickest", "Œuvre")
    path = tmp_path / "c.challenge.json"
    path.write_bytes(text.encode("cp1252"))
    with pytest.raises(ChallengeFileError) as info:
        load_challenge(path)
    assert str(info.value) == (
        "c.challenge.json: the file is JSON text in an encoding other than UTF-8 that "
        "cannot be told for sure; re-save it as UTF-8 in your editor."
    )
    mac = (" On a Mac, TextEdit does it: hold Option, choose File > Save As, set Plain Text "
           "Encoding to Unicode (UTF-8), and save.")  # fmt: skip
    for name, encoding, said, then in (
        ("Přerov", "cp1250", "Western European, “Pøerov 1990 four-seater” (Windows-1252), or "
         "Central European, “Přerov 1990 four-seater” (Windows-1250)", ""),
        ("Più", "mac_roman", "Central European, “Piť 1990 four-seater” (Windows-1250), or "
         "Western European, “Più 1990 four-seater” (Mac OS Roman)", mac),
    ):  # fmt: skip
        text = EXAMPLE.read_text(encoding="utf-8").replace("The quickest", name)
        path.write_bytes(text.encode(encoding))
        with pytest.raises(ChallengeFileError) as info:
            load_challenge(path)
        assert str(info.value) == (
            f"c.challenge.json: the file was not saved as UTF-8, and its letters could be {said}: "
            "the file does not say which, so it is not read on a guess. Whoever made it should "
            "open it in Notepad, choose File > Save As, set Encoding to UTF-8, save, and send "
            "that new file." + then
        )


def test_a_challenge_titled_with_one_kanji_that_is_western_text_too_says_what_to_do(tmp_path):
    """'北' in Shift_JIS is '–k' in Windows-1252: it was read as a challenge titled '–k';
    now refused, naming both and what to do. '軽' ('Œy') is read."""
    path = tmp_path / "c.challenge.json"
    text = EXAMPLE.read_text(encoding="utf-8")
    path.write_bytes(text.replace("The quickest", "軽").encode("cp932"))
    assert load_challenge(path).title.startswith("軽")
    path.write_bytes(text.replace("The quickest", "北").encode("cp932"))
    with pytest.raises(ChallengeFileError) as info:
        load_challenge(path)
    assert str(info.value) == (
        "c.challenge.json: the file was not saved as UTF-8, and its letters could be "
        "Japanese, “北 1990 four-seater” (Shift_JIS), or Western European, “–k 1990 "
        "four-seater” (Windows-1252): the file does not say which, so it is not read on a "
        "guess. Whoever made it should open it in Notepad, choose File > Save As, set "
        "Encoding to UTF-8, save, and send that new file."
    )


def test_a_damaged_challenge_says_where(tmp_path):
    """A challenge with a byte of its 'é' lost on the way: damaged, at its line (it read
    'not UTF-8 text; it may be a binary or damaged file')."""
    text = EXAMPLE.read_text(encoding="utf-8").replace("The quickest", "Le défi – très rapide")
    data = text.encode()
    at = data.index("é".encode())
    path = tmp_path / "c.challenge.json"
    path.write_bytes(data[:at] + data[at + 1 :])
    with pytest.raises(ChallengeFileError) as info:
        load_challenge(path)
    assert str(info.value) == (
        "c.challenge.json: the file is damaged: 1 byte at line 4 is not valid UTF-8, though "
        "the rest of it is (a copy cut short or changed on the way); ask for the file again."
    )


def test_a_huge_challenge_in_a_windows_encoding_is_refused_at_once(tmp_path):
    """A challenge with 80 KB of Windows-1252 in its description: too large for its
    encoding to be worked out (a challenge is a few KB), said so, not looked at."""
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw["description"] = "Café Müller. " * 6_200
    path = tmp_path / "c.challenge.json"
    path.write_bytes(json.dumps(raw, ensure_ascii=False).encode("cp1252"))
    with pytest.raises(ChallengeFileError) as info:
        load_challenge(path)
    assert str(info.value) == (
        f"c.challenge.json: the file is not UTF-8, and at {path.stat().st_size // 1000} KB "
        "it is far larger than a challenge (a few KB), so the encoding it is in is not "
        "worked out; re-save it as UTF-8 in your editor."
    )


def test_a_challenge_with_whole_numbers_written_with_a_point_and_two_byte_order_marks(tmp_path):
    """ "min_seats": 4.0 and "era": 1990.0 (a script's numbers), after two byte order
    marks: read as 4 and 1990, as a build's fields are (they were refused)."""
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw["constraints"]["min_seats"] = 4.0
    raw["era"] = 1990.0
    path = tmp_path / "c.challenge.json"
    path.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + json.dumps(raw).encode())
    loaded = load_challenge(path)
    assert loaded.rules.min_seats == 4 and type(loaded.rules.min_seats) is int
    assert is_challenge_file(path)


def test_a_challenge_read_as_a_build_says_what_it_is(tmp_path):
    """A class challenge in the builds' folder, or handed to keiconfig evaluate: it is
    named for what it is, with where it opens, not '"format" is ..., but ...'."""
    from keiconfig.core.files import BuildFileError, load_build

    path = tmp_path / "homework.json"
    shutil.copyfile(resource_path("example.challenge.json"), path)
    with pytest.raises(BuildFileError) as info:
        load_build(path)
    assert str(info.value) == (
        "homework.json: this is a class challenge, not a build; open it with File > Open "
        "Challenge (or rank a class folder by it: keiconfig rank FOLDER --challenge FILE)."
    )
    assert challenge.is_challenge_file(path)


def test_is_challenge_file_never_blocks_nor_raises(tmp_path):
    build = tmp_path / "car.kei.json"
    shutil.copyfile(resource_path("presets", "honda-beat-1991.kei.json"), build)
    pipe = tmp_path / "p.challenge.json"
    os.mkfifo(pipe)
    big = tmp_path / "big.json"
    big.write_text('{"format": "keiconfig-challenge", "x": "' + "a" * 200_000 + '"}')
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "keiconfig-challenge", ')
    for path in (build, pipe, big, broken, tmp_path, tmp_path / "none", "a\0b"):
        assert not challenge.is_challenge_file(path), path


LONG = 50_000


@pytest.mark.parametrize(
    "change",
    [
        {"objective": {"\x1b[2J" + "k" * LONG: "x"}},
        {"objective": {"zero_to_100kmh_s": 1, "Q" * LONG: 1}},
        {"objective": "O" * LONG},
        {"version": "V" * LONG},
        {"version": [[[[1]]]] * 5000},
        {"era": "\u202e" + "E" * LONG},
        {"constraints": {"\u202e" + "c" * LONG: 1}},
        {"constraints": {"body_styles": ["s" * LONG]}},
        {"vary": ["v" * LONG]},
        {"K" * LONG: 1},
    ],
    ids=[
        "objective-key",
        "objective-figure",
        "objective-text",
        "version",
        "version-list",
        "era",
        "constraint-key",
        "body-style",
        "vary",
        "unknown-key",
    ],
)
def test_a_long_or_twisted_value_is_quoted_short_and_as_one_line(tmp_path, change):
    """A challenge from someone else with a 50,000-letter key or value: the sentence
    quoted it whole (a message box taller than the screen at 1280x720, its OK button and
    the sentence's end never seen, on Xvfb), and a key's escape or right-to-left override
    raw."""
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw.update(change)
    with pytest.raises(ChallengeFileError) as info:
        load_challenge(_write(tmp_path, json.dumps(raw)))
    message = str(info.value)
    assert len(message) < 700, message[:300]
    assert "\x1b" not in message and "\u202e" not in message
    assert message.endswith(".")


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "the file is a zip archive, not a challenge file"),
        (b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf2639", "the file is rich text (RTF)"),
        (b"<!doctype html><html><head>", "the file is a web page (HTML), not a challenge"),
    ],
    ids=["zip", "rtf", "html"],
)
def test_a_zip_rich_text_or_a_web_page_is_named_for_what_it_is(tmp_path, data, said):
    """A challenge still zipped, saved by TextEdit as rich text, or its web page saved
    instead of it: named with what to do, not 'not UTF-8 text' or 'the JSON is broken'."""
    path = tmp_path / "c.challenge.json"
    path.write_bytes(data)
    with pytest.raises(ChallengeFileError) as info:
        load_challenge(path)
    assert str(info.value).startswith(f"c.challenge.json: {said}")


def test_a_hand_editing_mistake_in_a_challenge_is_named(tmp_path):
    """A teacher's comment in the challenge: named where, with what to do, not Python's
    'expecting property name enclosed in double quotes'."""
    text = EXAMPLE.read_text(encoding="utf-8").replace("{", "{ // the 1990 task", 1)
    path = tmp_path / "c.challenge.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ChallengeFileError) as info:
        load_challenge(path)
    assert str(info.value) == (
        "c.challenge.json: line 1, column 3 starts a comment (//), which JSON does not allow; "
        "delete it."
    )


def test_a_challenge_ranks_the_students_sub_folders(tmp_path):
    """Ranked by a class challenge, a folder of downloaded submissions (a folder per
    student) had no rows; each student's build is a row named by its folder."""
    presets = list_presets()[:2]
    students = ("Tanaka Yui_1_assignsubmission_file", "Sato Ren_2")
    for student, p in zip(students, presets, strict=True):
        (tmp_path / student).mkdir()
        shutil.copy(p.path, tmp_path / student / "beat.kei.json")
    rows = challenge.rank_folder(load_challenge(EXAMPLE), tmp_path)
    assert sorted(r.file for r in rows) == [
        "Sato Ren_2/beat.kei.json",
        "Tanaka Yui_1_assignsubmission_file/beat.kei.json",
    ]
    assert all(r.error is None for r in rows)
