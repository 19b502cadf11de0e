"""Autosave for crash recovery: the open build is copied to the user's data folder shortly
after every change, and offered back on the next start if keiconfig did not exit cleanly.

Each running window owns one *slot* in ``<data folder>/autosave``:

- ``<slot>.kei.json``: the build, written atomically (:func:`files.write_text_atomic`);
- ``<slot>.meta.json``: a small sidecar (original file, time, name, modified flag, era, pid);
- ``<slot>.lock``: a :class:`QLockFile` holding the process id while the slot is in use.

The lock is what tells a crashed window's autosave from a running one: a slot whose lock is
held by a live process is never offered (two running windows do not steal each other's
autosave); a lock left by a killed process is stale and can be taken over.

Writes are debounced: a single-shot timer restarted by each change, so a slider drag
writes :data:`DELAY_MS` (200 ms) after it stops, and at least every
``MAX_WAIT_FACTOR * DELAY_MS`` while it goes on: the last edit is on disk within half a
second. The timer only turns the build into text (a fraction of a millisecond); the files
are written, fsynced and renamed by a background thread, so typing and dragging never wait
for the disk. :meth:`Autosaver.save_now` (the exception hook, a restore) writes at once.
A save, Open, New or an undo back to the saved state (the document turning unmodified) and a
clean exit remove the slot.

Typing not yet entered (digits or a name typed into the focused box, no Enter) is not the
build's, and the autosave never makes it so (``3`` typed on the way to ``3300`` is no 3 mm
car): the sidecar keeps it apart, as ``typing`` (which box, what text), given by the window
through :attr:`Autosaver.typing`, and recovery puts it back into its box, still not entered.

The autosave folder is private (0700) and its files 0600: a build is the user's own work.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import socket
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal

from keiconfig.core import files
from keiconfig.core.build import Build
from keiconfig.core.file_read import read_small_file
from keiconfig.ui import errors, plain
from keiconfig.ui.document import Document
from keiconfig.ui.settings import data_dir

DELAY_MS = 200
MAX_WAIT_FACTOR = 2
FILE_MODE = 0o600
FOLDER_MODE = 0o700
FOLDER = "autosave"
BUILD_SUFFIX = ".kei.json"
META_SUFFIX = ".meta.json"
LOCK_SUFFIX = ".lock"
META_MAX_BYTES = 64 * 1024  # a sidecar is a few hundred bytes; a larger one is not read
UNREADABLE_FOLDER = "unreadable"  # autosaves that could not be read, moved aside
META_FORMAT = "keiconfig-autosave"
TYPING_MAX = 200  # characters of typing not yet entered kept in the sidecar (boxes hold fewer)
# A box's name read back from a sidecar: the window's are a few words; a longer one (an
# edited file) names no box: it is cut ("…"), not shown in its megabytes.
TYPING_BOX_MAX = 80
GARBLED_LOCK_AGE_S = 10.0  # a lock file without a process id, older than this, is a leftover

# Every live autosaver, so the exception hook can write them all before it shows anything.
_live: weakref.WeakSet[Autosaver] = weakref.WeakSet()


def autosave_dir() -> Path:
    """``autosave`` in the data folder (:func:`settings.data_dir`)."""
    return data_dir() / FOLDER


def _private_folder(folder: Path) -> None:
    """The autosave folder, readable by the user only (a data folder made for it is too;
    an existing one, which may be the user's choice, keeps its mode)."""
    folder.parent.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
    if os.name == "posix" and (folder.stat().st_mode & 0o077):
        with contextlib.suppress(OSError):
            folder.chmod(FOLDER_MODE)


def failure_sentence(exc: BaseException, folder: Path) -> str:
    """Why an autosave could not be written, as whole sentences ending in a full stop
    (never a raw ``[Errno 13]``), and that the changes are still open (the status bar
    said "... save them to keep them" with no stop, and a held lock's sentence ended on
    its path in brackets without saying the changes were safe)."""
    import errno

    if isinstance(exc, files.BuildSaveError):
        return _tr(
            "the automatic copy could not be written ({reason}). Your changes are still "
            "open here; save them to keep them."
        ).format(reason=str(exc).rstrip("."))
    code = getattr(exc, "errno", None)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = _tr("permission to write in {folder} was denied").format(
            folder=plain.one_line(folder)
        )
    elif code == errno.ENOSPC:
        why = _tr("the disk is full")
    elif code == errno.EDQUOT:
        why = _tr("the disk quota is used up")
    elif code in (errno.ENOTDIR, errno.EEXIST):
        why = _tr("{folder} is not a folder").format(folder=plain.one_line(folder))
    else:
        why = getattr(exc, "strerror", None) or str(exc)
    return _tr(
        "the automatic copy of your changes could not be written: {reason}. Your changes are "
        "still open here; save them to keep them."
    ).format(reason=why)


def _tr(text: str) -> str:
    return QCoreApplication.translate("autosave", text)


def _why_no_new_file(folder: Path) -> OSError | None:
    """The system's reason a small new file cannot be written in ``folder`` (QLockFile says
    only "unknown error"), found by writing one; None if one can be written now."""
    probe = folder / f".probe-{os.getpid()}-{uuid.uuid4().hex}.tmp"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            os.write(fd, b"0" * 64)  # as much as a lock file holds
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        return exc
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return None


def lock_file(path: Path) -> QLockFile:
    """A lock file at ``path`` that only a process gone makes stale."""
    lock = QLockFile(str(path))
    # Stale only when the owner process is gone, never because the lock is old: a window
    # left open for an hour still owns its autosave.
    lock.setStaleLockTime(0)
    return lock


def _slot_files(folder: Path, slot: str) -> tuple[Path, Path, Path]:
    return (
        folder / (slot + BUILD_SUFFIX),
        folder / (slot + META_SUFFIX),
        folder / (slot + LOCK_SUFFIX),
    )


def _remove_slot_files(folder: Path, slot: str) -> None:
    build_path, meta_path, _lock_path = _slot_files(folder, slot)
    for path in (meta_path, build_path):
        with contextlib.suppress(OSError):
            path.unlink()
    # Temporary files of a write that was cut short (files.write_bytes_safely names them
    # with the writing process's id, which begins the slot's name).
    pid = slot.split("-", 1)[0]
    for tmp in [*folder.glob(f".{slot}.*.tmp"), *folder.glob(f"{files.TMP_PREFIX}*-{pid}-*.tmp")]:
        with contextlib.suppress(OSError):
            tmp.unlink()


class Autosaver(QObject):
    """Keeps one document's autosave slot up to date.

    Signals: ``written(Path)`` after each write; ``failed(str)`` with a sentence for the
    user when a write fails (the app carries on; the next change tries again).
    """

    written = Signal(Path)
    failed = Signal(str)

    def __init__(
        self, document: Document, parent: QObject | None = None, delay_ms: int = DELAY_MS
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.slot = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        self._lock: QLockFile | None = None
        self._pending_since = 0.0
        # The clock the "never pauses" rule reads; tests replace it to drive time directly.
        self.clock = time.monotonic
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_soon)
        self._generation = 0
        self._results = _Results()
        self._writer = _Writer(self._results)
        # The writer thread never calls Qt: its results wait in a queue that this timer
        # (running only while a write is outstanding) hands on, on the GUI thread.
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(20)
        self._poll_timer.timeout.connect(self._poll)
        # The window's typing not yet entered: (the box's accessible name, its text) or None.
        self.typing: Callable[[], tuple[str, str] | None] = lambda: None
        document.changed.connect(self._schedule)
        document.modified_changed.connect(self._modified_changed)
        _live.add(self)

    # -- paths -------------------------------------------------------------------------------
    @property
    def build_path(self) -> Path:
        return _slot_files(autosave_dir(), self.slot)[0]

    @property
    def meta_path(self) -> Path:
        return _slot_files(autosave_dir(), self.slot)[1]

    @property
    def delay_ms(self) -> int:
        return self._timer.interval()

    @delay_ms.setter
    def delay_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)

    @property
    def timer(self) -> QTimer:
        """The debounce timer (single shot; its timeout writes the slot)."""
        return self._timer

    @property
    def pending(self) -> bool:
        """A change is waiting for the timer."""
        return self._timer.isActive()

    # -- slots -------------------------------------------------------------------------------
    def schedule(self) -> None:
        """Write soon (debounced): the window calls it as typing not yet entered changes."""
        self._schedule()

    def _worth_keeping(self) -> bool:
        """Unsaved changes, or typing not yet entered."""
        return self.document.modified or self.typing() is not None

    def _schedule(self) -> None:
        # Debounced, but a change that never pauses (a long drag) is still written at
        # least every MAX_WAIT_FACTOR delays.
        now = self.clock()
        if not self._timer.isActive():
            self._pending_since = now
        elif (now - self._pending_since) * 1000 >= self.delay_ms * MAX_WAIT_FACTOR:
            self.save_soon()
            return
        self._timer.start()

    def _modified_changed(self, modified: bool) -> None:
        if not modified:
            # saved, opened, new, or undone back to the saved state: nothing to keep
            self._timer.stop()
            self.remove()

    # -- writing -----------------------------------------------------------------------------
    def _texts(self) -> tuple[str, str]:
        """The build's file text and the sidecar's, made now (on the GUI thread)."""
        doc = self.document
        identity = doc.file_identity
        meta = {
            "format": META_FORMAT,
            "version": 1,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "saved_at": datetime.datetime.now().astimezone().isoformat(timespec="milliseconds"),
            "name": doc.build.name,
            "original_path": str(doc.path) if doc.path is not None else None,
            # The original file as it was when these changes began: recovery can tell
            # whether it was saved again after this autosave.
            "original_sha256": identity.sha256 if identity is not None else None,
            "original_mtime_ns": identity.mtime_ns if identity is not None else None,
            "original_size": identity.size if identity is not None else None,
            "modified": doc.modified,
            "era": doc.era,
        }
        typing = self.typing()
        if typing is not None:  # kept apart: never put into the build behind the person's back
            meta["typing"] = {"box": typing[0], "text": typing[1][:TYPING_MAX]}
        return files.dumps(doc.build, doc.extra), json.dumps(meta, indent=2) + "\n"

    def _prepare(self) -> tuple[Path, Path] | None:
        """The slot's folder made and locked (GUI thread); None, and ``failed``, if it can't."""
        folder = autosave_dir()
        build_path, meta_path, lock_path = _slot_files(folder, self.slot)
        try:
            _private_folder(folder)
            if self._lock is None:
                lock = lock_file(lock_path)
                if not lock.tryLock(0):
                    if lock.error() != QLockFile.LockError.LockFailedError:
                        # Not another process's: the lock could not be made (a full disk said
                        # "held by another process"). The folder tells why, if it can.
                        raise _why_no_new_file(folder) or files.BuildSaveError(
                            _tr("the autosave lock {lock} could not be made").format(
                                lock=plain.one_line(lock_path)
                            )
                        )
                    raise files.BuildSaveError(
                        _tr("the autosave lock {lock} is held by another process").format(
                            lock=plain.one_line(lock_path)
                        )
                    )
                self._lock = lock
        except (OSError, files.BuildSaveError) as exc:
            self.failed.emit(failure_sentence(exc, folder))
            return None
        return build_path, meta_path

    def _write(self, build_path: Path, meta_path: Path, texts: tuple[str, str]) -> None:
        _write_files(build_path, meta_path, texts)

    def save_soon(self) -> None:
        """The debounce timer's work: the texts are made now, written by the writer thread."""
        self._timer.stop()
        if not self._worth_keeping():
            self.remove()
            return
        paths = self._prepare()
        if paths is None:
            return
        self._writer.submit(self._generation, paths, self._texts())
        self._poll_timer.start()

    def save_now(self) -> Path | None:
        """Write the slot now (if the build has unsaved changes); returns the build copy's path.

        Never raises for a file problem: it emits ``failed`` instead.
        """
        self._timer.stop()
        if not self._worth_keeping():
            self.remove()
            return None
        paths = self._prepare()
        if paths is None:
            return None
        texts = self._texts()
        with self._writer.io_lock:
            self._writer.cancel()  # an older state waiting for the thread
            try:
                self._write(*paths, texts)
            except (OSError, files.BuildSaveError) as exc:
                self.failed.emit(failure_sentence(exc, paths[0].parent))
                return None
        self.written.emit(paths[0])
        return paths[0]

    def wait(self, timeout_s: float = 10.0) -> bool:
        """Block until the writer thread has written what it was given and its result is
        handed on (tests, exit)."""
        idle = self._writer.wait_idle(timeout_s)
        self._poll()
        return idle

    def _poll(self) -> None:
        for generation, path, error in self._results.take():
            if generation != self._generation:
                continue  # removed since (saved, or a clean exit)
            if error is not None:
                self.failed.emit(failure_sentence(error, path.parent))
            else:
                self.written.emit(path)
        if self._writer.idle():
            self._poll_timer.stop()

    def flush(self) -> Path | None:
        """Write now if there are unsaved changes or typing not yet entered (the exception
        hook calls this)."""
        if self._worth_keeping():
            return self.save_now()
        return None

    def remove(self) -> None:
        """Delete this window's autosave and release its lock (clean exit, save)."""
        self._timer.stop()
        with self._writer.io_lock:  # a write under way finishes first, then goes
            self._generation += 1
            self._writer.cancel()
            _remove_slot_files(autosave_dir(), self.slot)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def _write_files(build_path: Path, meta_path: Path, texts: tuple[str, str]) -> None:
    """Write a slot's two files (any thread; no Qt); raises OSError or BuildSaveError."""
    files.write_text_atomic(build_path, texts[0], mode=FILE_MODE)
    files.write_text_atomic(meta_path, texts[1], mode=FILE_MODE)


class _Results:
    """Results of the writer thread, waiting for the GUI thread (plain Python, no Qt)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[tuple[int, Path, BaseException | None]] = []

    def put(self, item: tuple[int, Path, BaseException | None]) -> None:
        with self._lock:
            self._items.append(item)

    def take(self) -> list[tuple[int, Path, BaseException | None]]:
        with self._lock:
            items, self._items = self._items, []
        return items


class _Writer:
    """One background thread per autosaver: writes the newest texts it is given.

    ``io_lock`` is held while files are written, so :meth:`Autosaver.remove` and
    :meth:`Autosaver.save_now` never interleave with the thread. The thread never calls
    Qt (an object it called could be deleted by the GUI thread meanwhile): results wait in
    a :class:`_Results` queue that the autosaver's timer reads on the GUI thread.
    """

    def __init__(self, results: _Results) -> None:
        self._results = results
        self.io_lock = threading.Lock()
        self._cond = threading.Condition()
        self._job: tuple[int, tuple[Path, Path], tuple[str, str]] | None = None
        self._busy = False
        self._thread: threading.Thread | None = None

    def submit(self, generation: int, paths: tuple[Path, Path], texts: tuple[str, str]) -> None:
        with self._cond:
            self._job = (generation, paths, texts)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="keiconfig-autosave", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    def cancel(self) -> None:
        with self._cond:
            self._job = None

    def idle(self) -> bool:
        with self._cond:
            return self._job is None and not self._busy

    def wait_idle(self, timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        with self._cond:
            while self._job is not None or self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
        return True

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._job is None:
                    if not self._cond.wait(30.0) and self._job is None:
                        self._thread = None  # idle: the thread ends, the next job starts one
                        return
                self._busy = True
            try:
                self._once()
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    def _once(self) -> None:
        with self.io_lock:
            with self._cond:
                job, self._job = self._job, None
            if job is None:
                return
            generation, paths, texts = job
            error: BaseException | None = None
            try:
                _write_files(*paths, texts)
            except (OSError, files.BuildSaveError) as exc:
                error = exc  # made a sentence on the GUI thread (translations are Qt's)
        self._results.put((generation, paths[0], error))


def flush_all() -> list[Path]:
    """Write every live window's unsaved changes now; returns the files written.

    Used by the exception hook before it shows anything: whatever went wrong, the
    changes are on disk first. Never raises.
    """
    written: list[Path] = []
    for saver in list(_live):
        try:
            path = saver.flush()
        except Exception:  # a half-deleted window during teardown, or a bug: keep going
            continue
        if path is not None:
            written.append(path)
    return written


errors.save_first.append(flush_all)  # the exception hook writes every window's changes first


# -- recovery ---------------------------------------------------------------------------------


@dataclass
class Orphan:
    """An autosave left by a keiconfig that is no longer running. Its lock is held by this
    process from :func:`find_orphans` until :meth:`release` or :meth:`discard`."""

    slot: str
    folder: Path
    build: Build
    name: str
    saved_at: datetime.datetime | None
    original_path: Path | None
    modified: bool
    era: str | None
    pid: int | None
    _lock: QLockFile | None
    # The original file as it was when the autosaved changes began (None: not recorded).
    original_identity: files.FileIdentity | None = None
    # The original file's unknown keys, kept in the autosave (files.LoadedBuild.extra).
    extra: Mapping[str, Mapping[str, Any]] | None = None
    # Typing not yet entered when it was autosaved: (the box's accessible name, its text).
    typing: tuple[str, str] | None = None

    def disk_is_newer(self) -> datetime.datetime | None:
        """When the original file was saved after this autosave's changes began (by this or
        another program), the time it was saved; else None."""
        if self.original_path is None:
            return None
        now = files.file_identity(self.original_path)
        if now is None:
            return None
        base = self.original_identity
        if base is not None:
            changed = not now.same_content(base)
        else:
            saved = self.saved_at.timestamp() if self.saved_at is not None else None
            changed = saved is not None and now.mtime_ns / 1e9 > saved
        if not changed:
            return None
        return datetime.datetime.fromtimestamp(now.mtime_ns / 1e9).astimezone()

    @property
    def build_path(self) -> Path:
        return _slot_files(self.folder, self.slot)[0]

    def release(self) -> None:
        """Keep the files for next time (Later); let others offer it again."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def discard(self) -> None:
        """Delete the autosave for good."""
        _remove_slot_files(self.folder, self.slot)
        self.release()


def _read_meta(path: Path) -> dict[str, Any]:
    """The sidecar's record ({} if there is none fit to read). Read as builds are: a pipe
    in its place froze the start for good, a link to /dev/zero read without end."""
    try:
        raw, _st = read_small_file(path, META_MAX_BYTES)
        if len(raw) > META_MAX_BYTES:
            return {}
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _parse_time(value: Any) -> datetime.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.datetime.fromisoformat(value)
        parsed.timestamp()  # a time the clock can count ("0001-01-01" raised when sorted)
    except (ValueError, OverflowError, OSError):
        return None
    return parsed


def _typing(meta: Mapping[str, Any]) -> tuple[str, str] | None:
    record = meta.get("typing")
    if not isinstance(record, dict):
        return None
    box, text = record.get("box"), record.get("text")
    if not isinstance(box, str) or not isinstance(text, str) or not box:
        return None
    if len(box) > TYPING_BOX_MAX:
        box = box[: TYPING_BOX_MAX - 1] + "…"
    return box, text[:TYPING_MAX]


def take_lock(lock: QLockFile, path: Path) -> bool:
    """Lock a slot found on disk. A lock file no process can be read from (empty, cut short
    by a power cut, garbage), older than :data:`GARBLED_LOCK_AGE_S`, is a leftover: Qt
    never calls it stale (stale time 0), so its autosave was never offered again."""
    if lock.tryLock(0):
        return True
    pid, _host, _app = lock.getLockInfo()
    if pid > 0:
        return False  # a process's lock: alive, or on another machine
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        return False
    if age < GARBLED_LOCK_AGE_S:
        return False  # perhaps being written this very moment
    return lock.removeStaleLockFile() and lock.tryLock(0)


def _set_aside(folder: Path, slot: str) -> Path | None:
    """Move a slot's build copy and sidecar into ``unreadable`` beside them (kept, never
    deleted unasked); the folder they are in now, or None if they could not be moved."""
    aside = folder / UNREADABLE_FOLDER
    build_path, meta_path, _lock_path = _slot_files(folder, slot)
    try:
        aside.mkdir(mode=FOLDER_MODE, exist_ok=True)
        for path in (build_path, meta_path):
            if path.exists():
                os.replace(path, aside / path.name)
    except OSError:
        return None
    return aside


def find_orphans(unreadable: list[str] | None = None) -> list[Orphan]:
    """Autosaves whose process is gone, newest first, each locked for this process.

    Slots of running windows (this process's or another's) are skipped. A slot whose
    build copy cannot be read is moved into ``unreadable`` beside it (never deleted
    unasked) and a sentence saying so is added to ``unreadable``.
    """
    folder = autosave_dir()
    if not folder.is_dir():
        return []
    found: list[Orphan] = []
    for build_path in sorted(folder.glob("*" + BUILD_SUFFIX)):
        if build_path.name.startswith("."):
            continue
        slot = build_path.name[: -len(BUILD_SUFFIX)]
        _b, meta_path, lock_path = _slot_files(folder, slot)
        lock = lock_file(lock_path)
        if not take_lock(lock, lock_path):
            continue  # a running keiconfig owns it
        try:
            loaded = files.load_build(build_path)
        except files.BuildFileError as exc:
            # Cut short or damaged (a disk error, an edit): moved aside and said, once; it
            # was skipped in silence at every start, the changes in it never mentioned.
            aside = _set_aside(folder, slot)
            lock.unlock()
            if unreadable is not None and aside is not None:
                unreadable.append(
                    _tr(
                        "An automatic copy of unsaved changes could not be read: {reason} "
                        "It was moved to {folder}, where it stays."
                    ).format(reason=str(exc), folder=plain.one_line(aside))
                )
            continue
        meta = _read_meta(meta_path)
        saved_at = _parse_time(meta.get("saved_at"))
        if saved_at is None:
            with contextlib.suppress(OSError):
                saved_at = datetime.datetime.fromtimestamp(build_path.stat().st_mtime).astimezone()
        original = meta.get("original_path")
        if isinstance(original, str) and "\x00" in original:
            original = None  # names no file (an edited sidecar): it raised in the dialog
        pid = meta.get("pid")
        era = meta.get("era")
        identity = None
        sha, mtime, size = (
            meta.get(k) for k in ("original_sha256", "original_mtime_ns", "original_size")
        )
        if isinstance(original, str) and original and isinstance(sha, str):
            identity = files.FileIdentity(
                files.real_path(original),
                mtime if isinstance(mtime, int) else 0,
                size if isinstance(size, int) else 0,
                sha,
            )
        found.append(
            Orphan(
                slot=slot,
                folder=folder,
                build=loaded.build,
                name=loaded.build.name,
                saved_at=saved_at,
                original_path=Path(original) if isinstance(original, str) and original else None,
                modified=bool(meta.get("modified", True)),
                era=era if isinstance(era, str) else None,
                pid=pid if isinstance(pid, int) else None,
                _lock=lock,
                original_identity=identity,
                extra=loaded.extra,
                typing=_typing(meta),
            )
        )

    def newest(o: Orphan) -> float:
        return o.saved_at.timestamp() if o.saved_at is not None else 0.0

    found.sort(key=newest, reverse=True)
    return found
