"""Why a build or a challenge could not be read is said by one piece
(:func:`keiconfig.core.file_read.why_unreadable`), so the two are never said two ways: the
same words for the same problem, the file's kind named where it matters, in English and
Japanese."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from keiconfig.core.challenge import ChallengeFileError, load_challenge
from keiconfig.core.files import BuildFileError, load_build
from tests.core.language import use_japanese

# what is at the name, and what is said of it for a build and for a challenge
CASES = {
    "missing": ("the file does not exist", "ファイルが存在しません"),
    "folder": (
        "this is a folder, not a {kind} file",
        "これはフォルダーで、{ja_kind}ではありません",
    ),
    "pipe": (
        "this is not a regular file, so not a {kind} file",
        "通常のファイルではないため、{ja_kind}ではありません",
    ),
    "loop": (
        "this is a link that leads back to itself, so there is no file to read",
        "自分自身を指すリンクなので、読めるファイルがありません",
    ),
    "through a file": (
        "the file does not exist (a folder in its path is a file, not a folder)",
        "ファイルが存在しません(パスの途中のフォルダーがフォルダーではなくファイルです)",
    ),
    "denied": ("permission to read the file was denied", "ファイルを読む権限がありません"),
    "too long": (
        "the file could not be read (File name too long)",
        "ファイルを読めませんでした(File name too long)",
    ),
}
KINDS = {"build": ("build", "ビルドファイル"), "challenge": ("challenge", "課題ファイル")}


def _place(tmp_path: Path, case: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "car.json"
    if case == "folder":
        path.mkdir()
    elif case == "pipe":
        os.mkfifo(path)
    elif case == "loop":
        path.symlink_to(path)
    elif case == "through a file":
        (tmp_path / "notes.txt").write_text("x")
        path = tmp_path / "notes.txt" / "car.json"
    elif case in ("denied", "too long"):
        code = errno.EACCES if case == "denied" else errno.ENAMETOOLONG
        error = PermissionError if case == "denied" else OSError

        def refuse(p, limit):  # (as root, a file's mode does not keep it from being read)
            raise error(code, os.strerror(code))

        for module in ("keiconfig.core.files", "keiconfig.core.challenge"):
            monkeypatch.setattr(f"{module}.read_small_file", refuse)
    return path


@pytest.mark.skipif(os.name != "posix", reason="named pipes and links")
@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("kind", ["build", "challenge"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_build_and_a_challenge_that_cannot_be_read_are_said_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, kind: str, language: str
) -> None:
    """Each sentence is the build's as it was ("car.json: the file does not exist."); a
    challenge's said a link to itself "so there is no file", and had its own copy of
    each. Japanese: the build's words, for both."""
    if language == "ja":
        use_japanese()
    path = _place(tmp_path, case, monkeypatch)
    en, ja = CASES[case]
    problem = (en if language == "en" else ja).format(kind=KINDS[kind][0], ja_kind=KINDS[kind][1])
    load, error = (
        (load_build, BuildFileError) if kind == "build" else (load_challenge, ChallengeFileError)
    )
    with pytest.raises(error) as info:
        load(path, source="car.json")
    said = str(info.value)
    if language == "en":
        assert said == f"car.json: {problem}."
    elif kind == "build":
        assert said == f"car.json:{problem}。"
    else:
        assert said == f"car.json: {problem}。"
