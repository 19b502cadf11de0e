"""Saving knows what it writes to and what it overwrites (issue 11, findings 1, 2, 6, 8).

Every test works on real files in a temporary folder: links, modes, special files,
a second writer changing the file between open and save.
"""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

import pytest

from keiconfig.core import files
from keiconfig.core.build import changed, default_build
from keiconfig.core.files import (
    BuildSaveError,
    FileChangedError,
    ReadOnlyFileError,
    load_build,
    save_build,
)

A = changed(default_build(), {"name": "First"})
B = changed(default_build(), {"name": "Second"})
C = changed(default_build(), {"name": "Third"})
D = changed(default_build(), {"name": "Fourth"})

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX links, modes and special files")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# -- 1. what a save overwrites -------------------------------------------------------------------


def test_loading_remembers_what_the_file_was(tmp_path: Path) -> None:
    path = tmp_path / "car.kei.json"
    written = save_build(A, path)
    loaded = load_build(path)
    assert loaded.identity is not None
    assert loaded.identity.same_content(written)
    assert loaded.identity.size == path.stat().st_size
    assert loaded.identity.path == path.resolve()


def test_a_file_changed_by_a_second_writer_is_not_overwritten_silently(tmp_path: Path) -> None:
    path = tmp_path / "car.kei.json"
    save_build(A, path)
    mine = load_build(path)
    theirs = load_build(path)
    save_build(B, path, expected=theirs.identity)  # the other window saves first
    with pytest.raises(FileChangedError) as info:
        save_build(C, path, expected=mine.identity)
    assert "changed on disk" in str(info.value) and "nothing was written" in str(info.value)
    assert load_build(path).build == B  # their change is still there
    # Touching a file without changing it is not a change.
    os.utime(path, ns=(time.time_ns(), time.time_ns()))
    save_build(C, path, expected=load_build(path).identity)
    assert load_build(path).build == C


def test_three_backup_generations(tmp_path: Path) -> None:
    path = tmp_path / "car.kei.json"
    for build in (A, B, C, D):
        save_build(build, path)
    assert load_build(path).build == D
    assert load_build(files.backup_path(path, 1)).build == C
    assert load_build(files.backup_path(path, 2)).build == B
    assert load_build(files.backup_path(path, 3)).build == A
    assert not files.backup_path(path, 4).exists()


# -- 2. links, special files, modes --------------------------------------------------------------


@posix
def test_saving_through_a_symbolic_link_writes_the_real_file(tmp_path: Path) -> None:
    real = tmp_path / "real" / "car.kei.json"
    real.parent.mkdir()
    save_build(A, real)
    os.chmod(real, 0o640)
    link = tmp_path / "link.kei.json"
    link.symlink_to(real)
    save_build(B, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load_build(real).build == B
    assert mode_of(real) == 0o640
    assert files.backup_path(real).exists() and not files.backup_path(link).exists()


@posix
def test_hard_links_stay_one_file(tmp_path: Path) -> None:
    first = tmp_path / "car.kei.json"
    save_build(A, first)
    second = tmp_path / "same.kei.json"
    os.link(first, second)
    save_build(B, first)
    assert os.stat(first).st_ino == os.stat(second).st_ino
    assert load_build(second).build == B
    assert load_build(files.backup_path(first)).build == A


@posix
def test_named_pipes_and_devices_are_refused_with_a_sentence(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.kei.json"
    os.mkfifo(fifo)
    with pytest.raises(BuildSaveError) as info:
        save_build(A, fifo)
    assert "not a regular file (a named pipe)" in str(info.value)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    link = tmp_path / "to-null.csv"
    link.symlink_to("/dev/null")
    with pytest.raises(BuildSaveError) as info:
        files.write_text_atomic(link, "rank,file\n")
    assert "(a device)" in str(info.value)
    assert link.is_symlink() and stat.S_ISCHR(os.stat("/dev/null").st_mode)
    folder = tmp_path / "folder.kei.json"
    folder.mkdir()
    with pytest.raises(BuildSaveError, match="is a folder"):
        save_build(A, folder)


@posix
def test_new_files_respect_the_umask_and_old_ones_keep_their_mode(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        private = tmp_path / "private.kei.json"
        save_build(A, private)
    finally:
        os.umask(old)
    assert mode_of(private) == 0o600
    old = os.umask(0o022)
    try:
        shared = tmp_path / "shared.kei.json"
        save_build(A, shared)
        assert mode_of(shared) == 0o644
        os.chmod(shared, 0o664)
        save_build(B, shared)
    finally:
        os.umask(old)
    assert mode_of(shared) == 0o664
    assert mode_of(files.backup_path(shared)) == 0o664  # the .bak has the file's mode


@posix
def test_a_read_only_file_is_replaced_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "car.kei.json"
    save_build(A, path)
    os.chmod(path, 0o444)
    with pytest.raises(ReadOnlyFileError, match="read-only"):
        save_build(B, path)
    assert load_build(path).build == A
    save_build(B, path, replace_read_only=True)
    assert load_build(path).build == B
    assert mode_of(path) == 0o444


def test_a_file_name_of_255_bytes_can_be_saved(tmp_path: Path) -> None:
    stem = "軽" * ((255 - len(files.SUFFIX)) // 3)
    path = tmp_path / (stem + files.SUFFIX)
    assert len(path.name.encode()) >= 250
    save_build(A, path)
    save_build(B, path)
    assert load_build(path).build == B
    baks = [p for p in tmp_path.iterdir() if p.name.endswith(".bak")]
    assert len(baks) == 1 and len(baks[0].name.encode()) <= 255
    assert load_build(baks[0]).build == A


def test_leftovers_of_killed_saves_are_cleaned_at_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "car.kei.json"
    save_build(A, path)
    old = time.time() - 2 * files.STALE_TMP_S
    stale = [tmp_path / ".car.kei.json.abc123.tmp", tmp_path / ".keiconfig-save-x-1-aa.tmp"]
    # A running keiconfig's (the parent of this test's process): maybe saving right now.
    host = files._tmp_name().split("-")[2]
    fresh = tmp_path / f".keiconfig-save-{host}-{os.getppid()}-bb.tmp"
    for p in [*stale, fresh]:
        p.write_text("{half a")
    for p in stale:
        os.utime(p, (old, old))
    other = tmp_path / ".someone-elses.tmp"
    other.write_text("x")
    os.utime(other, (old, old))
    save_build(B, path)
    assert not any(p.exists() for p in stale)
    assert fresh.exists() and other.exists()


def test_a_folder_named_like_the_backup_gets_its_own_message(tmp_path: Path) -> None:
    path = tmp_path / "car.kei.json"
    save_build(A, path)
    files.backup_path(path).mkdir()
    with pytest.raises(BuildSaveError) as info:
        save_build(B, path)
    msg = str(info.value)
    assert "car.kei.json.bak is a folder" in msg and "unchanged" in msg
    assert load_build(path).build == A


# -- 8. the smaller points -----------------------------------------------------------------------


def _error(tmp_path: Path, text: str | bytes) -> str:
    p = tmp_path / "x.kei.json"
    p.write_bytes(text if isinstance(text, bytes) else text.encode())
    with pytest.raises(files.BuildFileError) as info:
        load_build(p)
    return str(info.value)


def _good() -> dict:
    return json.loads(files.dumps(A))


def test_a_key_given_twice_is_refused_naming_the_key(tmp_path: Path) -> None:
    text = files.dumps(A).replace('"engine": {', '"engine": {"cylinders": 2, ', 1)
    assert text.count('"cylinders"') == 2
    msg = _error(tmp_path, text)
    assert '"cylinders" appears twice' in msg


# (1.0 is a whole number, read as 1: test_files' whole numbers written with a point)
@pytest.mark.parametrize(("value", "shown"), [("true", "true"), ("1.5", "1.5")])
def test_version_must_be_a_whole_number(tmp_path: Path, value: str, shown: str) -> None:
    text = files.dumps(A).replace('"version": 1', f'"version": {value}')
    msg = _error(tmp_path, text)
    assert '"version" must be a whole number' in msg and f"(found {shown})" in msg


def test_a_huge_version_is_not_echoed_whole(tmp_path: Path) -> None:
    text = files.dumps(A).replace('"version": 1', '"version": ' + "9" * 4000)
    msg = _error(tmp_path, text)
    assert "newer keiconfig" in msg and len(msg) < 300


def test_utf32_and_utf16_are_read_and_named(tmp_path: Path) -> None:
    """Notepad's "Unicode" (UTF-16) and UTF-32 with its mark are read for sure (they were
    refused with 're-save it as UTF-8'), a warning naming the encoding; one cut at an odd
    byte is still refused, named."""
    for encoding, named in (("utf-32", "UTF-32"), ("utf-16", "UTF-16")):
        p = tmp_path / f"{encoding}.kei.json"
        p.write_bytes(files.dumps(A).encode(encoding))
        loaded = files.load_build(p)
        assert loaded.build == A
        assert loaded.warnings[0].startswith(f"{p.name}: the file is encoded as {named}, not")
    assert "UTF-16" in _error(tmp_path, files.dumps(A).encode("utf-16")[:-1])


def test_nan_names_the_field_it_is_in(tmp_path: Path) -> None:
    text = files.dumps(A).replace('"length_mm": 3395', '"length_mm": NaN')
    assert '"body.length_mm" holds NaN' in _error(tmp_path, text)


def test_a_truncated_file_is_called_truncated(tmp_path: Path) -> None:
    text = files.dumps(A)
    for cut in (len(text) // 3, len(text) // 2, len(text) - 3):
        msg = _error(tmp_path, text[:cut])
        assert "ends too early" in msg, msg
    assert "ends too early" not in _error(tmp_path, text.replace(",", ";", 1))


def test_data_under_unknown_keys_is_not_walked(tmp_path: Path) -> None:
    data = _good()
    deep: object = 1
    for _ in range(files.MAX_NESTING + 5):
        deep = [deep]
    data["attachments"] = deep  # ignored data, however it is shaped
    data["engine"]["extra"] = ["\ud800"] * 10
    loaded = files.build_from_data(data)
    assert loaded.build == A and len(loaded.warnings) == 2


def test_many_unknown_keys_are_summed_up(tmp_path: Path) -> None:
    data = _good()
    data.update({f"k{i}": i for i in range(60_000)})
    warnings = files.build_from_data(data, "x").warnings
    assert len(warnings) == files.MAX_WARNINGS
    assert "and 59,996 more unknown keys were ignored" in warnings[-1]
    assert sum(len(w) for w in warnings) < 1000


def _hard_linked_on_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A saved build with a second hard link (so it is saved in place), on a disk that is
    full when the new text is written over it. Returns the build's path."""
    first = tmp_path / "car.kei.json"
    save_build(A, first)
    os.link(first, tmp_path / "same.kei.json")

    def full(real: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "_rewrite_in_place", full)
    return first


@posix
def test_a_failed_in_place_save_of_a_hard_linked_file_points_to_the_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _hard_linked_on_a_full_disk(tmp_path, monkeypatch)
    with pytest.raises(BuildSaveError) as info:
        save_build(B, first)
    msg = str(info.value)
    assert "disk is full" in msg and "car.kei.json.bak" in msg and "unchanged" not in msg
    assert load_build(files.backup_path(first)).build == A


@posix
def test_a_save_killed_by_sigkill_leaves_nothing_after_the_next_save(tmp_path: Path) -> None:
    """A real process is killed between writing its temporary file and the rename; the
    next save in the folder (by another process) removes what it left at once."""
    import signal
    import subprocess
    import sys

    path = tmp_path / "car.kei.json"
    save_build(A, path)
    child = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from keiconfig.core import files\n"
        "from keiconfig.core.build import changed, default_build\n"
        "kill = lambda tmp: os.kill(os.getpid(), signal.SIGKILL)\n"
        "files.save_build(changed(default_build(), {'name': 'Killed'}), Path(sys.argv[1]),"
        " _before_replace=kill)\n"
    )
    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(repo))
    done = subprocess.run([sys.executable, "-c", child, str(path)], env=env, timeout=60)
    assert done.returncode == -signal.SIGKILL
    left = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(left) == 1 and left[0].name.startswith(files.TMP_PREFIX)
    assert load_build(path).build == A  # the killed save changed nothing
    save_build(B, path)
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert load_build(path).build == B


def test_temporary_files_and_backups_are_never_listed_as_builds(tmp_path: Path) -> None:
    from keiconfig.core import ranking

    path = tmp_path / "car.kei.json"
    save_build(A, path)
    save_build(B, path)  # car.kei.json.bak
    (tmp_path / f"{files.TMP_PREFIX}x-1-aa{files.TMP_SUFFIX}").write_text("{half")
    (tmp_path / ".car.kei.json.abc.tmp").write_text("{half")
    (tmp_path / ".hidden-half.kei.json").write_text("{half")
    assert [p.name for p in ranking.build_files(tmp_path)] == ["car.kei.json"]


@posix
def test_a_failed_in_place_save_says_why_in_japanese_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reason is put into the hard-link sentence as words, not cut out of another
    sentence at its ": " (Japanese writes a full-width colon, so the whole other sentence
    went in, saying the previous version was unchanged)."""
    from keiconfig.core import catalog, text

    first = _hard_linked_on_a_full_disk(tmp_path, monkeypatch)
    found = catalog.load("ja")
    assert found is not None
    text.set_translator(found, found.plural)
    text.set_language("ja")
    try:
        with pytest.raises(BuildSaveError) as info:
            save_build(B, first)
    finally:
        text.set_translator(None)
        text.set_language("en")
    msg = str(info.value)
    assert msg.count("car.kei.json を保存できませんでした") == 1, msg
    assert "ディスクがいっぱい" in msg and "そのまま残っています" not in msg, msg


def test_a_save_into_a_folder_that_is_gone_says_nothing_was_written(tmp_path: Path) -> None:
    """The folder of the open file was moved or deleted: the sentence says so and that
    nothing was written, not that "the previous version of the file is unchanged" (it is
    gone with its folder)."""
    folder = tmp_path / "gone"
    with pytest.raises(BuildSaveError) as info:
        save_build(A, folder / "car.kei.json")
    msg = str(info.value)
    assert msg.startswith("car.kei.json could not be saved: the folder ")
    assert "does not exist (it may have been moved, renamed or deleted)" in msg
    assert msg.endswith("nothing was written.") and "unchanged" not in msg


def test_a_save_into_a_path_through_a_file_says_so_in_words(tmp_path: Path) -> None:
    """Save As typed 'notes.txt/car' (notes.txt a file): the sentence was 'car.kei.json
    could not be saved: Not a directory. The previous version of the file is unchanged.'
    (the operating system's English words, and a previous version there never was). It
    now names the folder that is a file and says nothing was written."""
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(BuildSaveError) as info:
        save_build(A, tmp_path / "notes.txt" / "car.kei.json")
    msg = str(info.value)
    assert msg.startswith("car.kei.json could not be saved: a part of ")
    assert "notes.txt is a file, not a folder; nothing was written." in msg, msg
    assert "directory" not in msg and "unchanged" not in msg
    assert (tmp_path / "notes.txt").read_text() == "mine"


proc = pytest.mark.skipif(
    not Path("/proc/version").is_file(), reason="a Linux /proc, whose folders make no files"
)


@proc
@pytest.mark.parametrize(
    "target",
    ["/proc/version", "/proc/keiconfig-car.kei.json", "/proc/sys/keiconfig-car.kei.json"],
)
def test_a_save_into_proc_says_it_is_a_system_folder_not_a_missing_one(target: str) -> None:
    """Save As /proc/version (read-only: replaced after the question), or a new file in
    /proc or a folder inside it: the folder is there, and the system makes no file in it.
    It said "the folder /proc does not exist"; now it says what is true, that nothing was
    written, and offers another folder (FolderNotWritableError: the window's Save As…
    elsewhere). It names the folder once: "/proc is a folder of the system, like /proc and
    /sys" said /proc twice."""
    before = Path("/proc/version").read_bytes()
    with pytest.raises(files.FolderNotWritableError) as info:
        save_build(A, target, replace_read_only=True)
    msg = str(info.value)
    name = Path(target).name
    folder = str(Path(target).parent)
    assert msg == (
        f"{name} could not be saved: {folder} is a folder of the system, whose files are the "
        "computer's own: no file can be saved or replaced in it, and nothing was written. "
        "Save it in another folder."
    ), msg
    assert Path("/proc/version").read_bytes() == before
    assert not Path("/proc/keiconfig-car.kei.json").exists()


@proc
@pytest.mark.parametrize("replace_read_only", [False, True])
def test_a_read_only_file_of_proc_is_refused_for_its_folder_not_asked_about(
    replace_read_only: bool,
) -> None:
    """/proc/version is read-only: the save raised ReadOnlyFileError (the window's "version
    is read-only. Replace it?") and said the folder is the system's only after a yes. A
    file whose folder takes no new file cannot be replaced: the folder is said first,
    whether or not the person was to be asked."""
    with pytest.raises(files.FolderNotWritableError, match="is a folder of the system"):
        save_build(A, "/proc/version", replace_read_only=replace_read_only)


@pytest.mark.parametrize("code", ["EROFS", "EACCES"])
def test_a_read_only_or_changed_file_in_a_folder_that_takes_no_file_is_not_asked_about(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    """A read-only file (or one changed on disk) in a read-only folder (a CD, a teacher's
    handout folder): no question about replacing it is raised, since no yes could; the
    folder's sentence is, as the save after a yes said it. A file with other hard links
    is rewritten in place, where the folder does not matter: it is asked about as before."""
    import errno

    target = tmp_path / "car.kei.json"
    opened = save_build(A, target)
    os.chmod(target, 0o444)
    make_tmp = files._make_tmp

    def read_only(where: Path, mode: int):  # type: ignore[no-untyped-def]
        if where == tmp_path:
            raise OSError(getattr(errno, code), os.strerror(getattr(errno, code)))
        return make_tmp(where, mode)

    monkeypatch.setattr(files, "_make_tmp", read_only)
    why = {"EROFS": "is on a read-only disk", "EACCES": "permission to write in"}[code]
    with pytest.raises(files.FolderNotWritableError, match=why):
        save_build(B, target)
    os.chmod(target, 0o644)
    target.write_text(target.read_text().replace("}", " }", 1))  # changed by another program
    with pytest.raises(files.FolderNotWritableError, match=why):
        save_build(B, target, expected=opened)
    os.chmod(target, 0o444)
    os.link(target, tmp_path / "other-name.kei.json")
    with pytest.raises(files.ReadOnlyFileError):
        save_build(B, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["car.kei.json", "other-name.kei.json"]


def test_check_writable_says_what_a_save_there_would_say_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """For a command that works a while before it writes (explore --out): the save's own
    look and sentence, before the work."""
    import errno

    files.check_writable(tmp_path / "new.kei.json")  # nothing said: it can be written
    (tmp_path / "taken.kei.json").mkdir()
    with pytest.raises(files.NotAFileError, match=r"taken\.kei\.json is a folder"):
        files.check_writable(tmp_path / "taken.kei.json")
    with pytest.raises(files.BuildSaveError, match="does not exist"):
        files.check_writable(tmp_path / "gone" / "new.kei.json")
    make_tmp = files._make_tmp
    monkeypatch.setattr(
        files,
        "_make_tmp",
        lambda where, mode: (
            (_ for _ in ()).throw(OSError(errno.EROFS, "Read-only file system"))
            if where == tmp_path
            else make_tmp(where, mode)
        ),
    )
    with pytest.raises(files.FolderNotWritableError) as info:
        files.check_writable(tmp_path / "new.kei.json")
    with pytest.raises(files.FolderNotWritableError) as saved:
        save_build(A, tmp_path / "new.kei.json")
    assert str(info.value) == str(saved.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.kei.json"]


@proc
def test_check_writable_in_proc_is_the_save_s_sentence() -> None:
    with pytest.raises(files.FolderNotWritableError) as info:
        files.check_writable("/proc/explored-01.kei.json")
    assert str(info.value).startswith(
        "explored-01.kei.json could not be saved: /proc is a folder of the system, whose "
        "files are the computer's own"
    )


def test_a_save_through_a_link_that_may_not_be_read_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """keiconfig rank --csv /proc/1/cwd/x.csv (a link another user's process holds, which
    may not be read) stopped with 'keiconfig: error: [Errno 13] Permission denied:
    '/proc/1/cwd' (PermissionError)': Python's realpath raised it before anything was
    asked of the folder (a window's Save As there too). Now the save is refused with the
    sentence for a folder one may not write in. (Made with a stand-in for realpath that
    refuses as the system does there: a root user is never refused.)"""
    locked = tmp_path / "cwd"
    locked.mkdir()
    realpath = os.path.realpath

    def refused(path, *args, **kwargs):
        if str(path).startswith(str(locked)):
            raise PermissionError(13, "Permission denied", str(locked))
        return realpath(path, *args, **kwargs)

    monkeypatch.setattr(os.path, "realpath", refused)
    real_mkstemp = files._make_tmp

    def no_entry(folder, mode):  # the folder behind the link: not ours to write in
        if str(folder).startswith(str(locked)):
            raise PermissionError(13, "Permission denied", str(folder))
        return real_mkstemp(folder, mode)

    monkeypatch.setattr(files, "_make_tmp", no_entry)
    with pytest.raises(BuildSaveError) as info:
        save_build(A, locked / "car.kei.json")
    assert f"permission to write in {locked} was denied" in str(info.value)
    assert files.file_identity(locked / "car.kei.json") is None


@posix
def test_a_new_file_in_a_folder_one_may_not_write_in_says_nothing_was_written(
    tmp_path: Path,
) -> None:
    """A new file saved into a folder one may not write in (a teacher's handout folder,
    /sys/kernel as root) said "The previous version of the file is unchanged.": there was
    none. A file that was there still says so."""
    from tests.modes import bound_by_modes, folder_for, hand_over

    with folder_for(tmp_path) as home:
        folder = home / "handout"
        folder.mkdir()
        (folder / "old.kei.json").write_text("{}")
        hand_over(folder)
        folder.chmod(0o500)
        try:
            with bound_by_modes():
                with pytest.raises(files.FolderNotWritableError) as new:
                    save_build(A, folder / "new.kei.json")
                with pytest.raises(files.FolderNotWritableError) as old:
                    save_build(A, folder / "old.kei.json")
        finally:
            folder.chmod(0o700)
        assert str(new.value) == (
            f"new.kei.json could not be saved: permission to write in {folder} was denied; "
            "nothing was written."
        )
        assert str(old.value) == (
            f"old.kei.json could not be saved: permission to write in {folder} was denied. "
            "The previous version of the file is unchanged."
        )
        assert not (folder / "new.kei.json").exists()
        assert (folder / "old.kei.json").read_text() == "{}"
