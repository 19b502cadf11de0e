"""The file name Save As suggests for a build's name is one the disk takes: a name of 80
letters of four bytes each (the longest a build may have) suggested 329 bytes, and every
Linux and macOS disk refuses a file name over 255."""

from __future__ import annotations

from pathlib import Path

import pytest

from keiconfig.ui import format as fmt

NAME_BYTES = 255  # a file name's most on ext4, btrfs, APFS, tmpfs


@pytest.mark.parametrize(
    "name",
    ["\U00020000" * 80, "軽" * 80, "x" * 80, "🚗" * 80, "a" + "\U00020000" * 79],
    ids=["four-byte letters", "kanji", "ascii", "emoji", "mixed"],
)
def test_a_suggested_file_name_fits_the_disk(name: str) -> None:
    stem = fmt.file_stem(name)
    assert stem and not stem.endswith("-")
    assert len((stem + "-run.csv").encode("utf-8")) <= NAME_BYTES


def test_save_as_of_a_build_named_in_four_byte_letters_saves(
    main_window, dialogs, tmp_path: Path
) -> None:
    main_window.document.change({"name": "\U00020000" * 80}, "Rename")
    main_window.settings.last_folder = str(tmp_path)
    dialogs.save_answer = ""
    main_window.save_as()  # asked with the suggestion, then cancelled
    (suggested,) = dialogs.save_suggested
    dialogs.save_answer = suggested
    assert main_window.save_as()
    assert not dialogs.errors
    assert Path(suggested).is_file()
