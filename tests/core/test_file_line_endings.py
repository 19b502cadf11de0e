"""A file's damage is said on the line a text editor shows it on, whatever its line
endings: Unix's line feed, Windows' carriage return and line feed (one ending), and the
carriage return alone of a classic Mac OS file (and of a file passed through its tools).
Python's JSON parser counts line feeds only: an old Mac file was all 'line 1', its
place a column in the thousands."""

from __future__ import annotations

from pathlib import Path

import pytest

from keiconfig.core import files, legacy_text
from keiconfig.core.challenge import ChallengeFileError, load_challenge
from keiconfig.core.files import BuildFileError

ROOT = Path(__file__).parents[2]
BEAT = ROOT / "resources" / "presets" / "honda-beat-1991.kei.json"
CHALLENGE = ROOT / "resources" / "example.challenge.json"
ENDINGS = {"unix": b"\n", "windows": b"\r\n", "mac": b"\r"}


def _with(data: bytes, ending: bytes) -> bytes:
    assert b"\r" not in data
    return data.replace(b"\n", ending)


def _refusal(data: bytes) -> str:
    with pytest.raises(BuildFileError) as info:
        files.build_from_bytes(data, "beat.kei.json")
    return str(info.value)


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_a_comment_is_said_on_its_line(ending):
    """A '// ' note typed at the start of the Beat preset's line 4."""
    lines = BEAT.read_bytes().split(b"\n")
    lines[3] = b"  // my own note" + b"\n" + lines[3]
    assert _refusal(_with(b"\n".join(lines), ending)) == (
        "beat.kei.json: line 4, column 3 starts a comment (//), which JSON does not allow; "
        "delete it."
    )


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_a_broken_line_is_said_with_its_column(ending):
    """The colon after "power_ps" deleted (the preset's line 40)."""
    data = BEAT.read_bytes().replace(b'"power_ps": 64', b'"power_ps" 64')
    assert _refusal(_with(data, ending)) == (
        "beat.kei.json: the JSON is broken at line 40, column 16: expecting ':' delimiter."
    )


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_a_file_cut_off_says_the_line_it_ends_on(ending):
    data = _with(BEAT.read_bytes(), ending)
    cut = data[: data.index("ホンダ".encode()) + 9]  # after 'ホンダ', line 47
    assert _refusal(cut) == (
        "beat.kei.json: the file ends too early (at line 47): it was probably cut off while "
        "it was copied or saved."
    )


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_a_damaged_byte_is_said_on_its_line(ending):
    """One byte of 'ビート' dropped on line 47 (test_damaged_utf8's case, each ending)."""
    data = _with(BEAT.read_bytes(), ending)
    at = data.index("ビート".encode()) + 1
    assert _refusal(data[:at] + data[at + 1 :]) == (
        "beat.kei.json: the file is damaged: 2 bytes at line 47 are not valid UTF-8, though "
        "the rest of it is (a copy cut short or changed on the way); ask for the file again."
    )


@pytest.mark.parametrize("ending", ENDINGS.values(), ids=ENDINGS.keys())
def test_a_challenge_says_its_broken_line(tmp_path, ending):
    lines = CHALLENGE.read_bytes().split(b"\n")
    lines[2] = lines[2].replace(b'": ', b'" ', 1)  # a colon lost on line 3
    path = tmp_path / "c.challenge.json"
    path.write_bytes(_with(b"\n".join(lines), ending))
    with pytest.raises(ChallengeFileError) as info:
        load_challenge(path)
    assert "the JSON is broken at line 3, column " in str(info.value)


def test_line_and_column_count_each_ending_once():
    text = "a\nb\r\nc\rd\r\n\re"
    assert [legacy_text.line_and_column(text, text.index(ch)) for ch in "abcde"] == [
        (1, 1),
        (2, 1),
        (3, 1),
        (4, 1),
        (6, 1),
    ]
    assert legacy_text.line_and_column("ab\rcd", 4) == (2, 2)
