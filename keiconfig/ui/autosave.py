"""Autosave for crash recovery: the open build is copied to the user's data folder shortly
after every change, and offered back on the next start if keiconfig did not exit cleanly.

Each running window owns one *slot* in ``<data folder>/autosave``:

- ``<slot>.kei.json``: the build, written atomically (:func:`files.write_text_atomic`);
- ``<slot>.meta.json``: a small sidecar (original file, time, name, modified flag, era, pid);
- ``<slot>.lock``: a :class:`QLockFile` holding the process id while the slot is in use.

The lock is what tells a crashed window's autosave from a running one: a slot whose lock is
held by a live process is never offered (two running windows do not steal each other's
autosave); a lock left by a killed process is stale and can be taken over.

Writes are debounced: a single-shot timer restarted by ``build_changed``, so a slider drag
writes once, :data:`DELAY_MS` after it stops (and at least every
``MAX_WAIT_FACTOR * DELAY_MS`` while it goes on). A save, Open, New or an undo back to the saved
state (the undo stack turning clean) and a clean exit remove the slot.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import socket
import time
import uuid
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from keiconfig.core import files
from keiconfig.core.build import Build
from keiconfig.ui import errors
from keiconfig.ui.document import Document

DELAY_MS = 2000
MAX_WAIT_FACTOR = 5
FOLDER = "autosave"
BUILD_SUFFIX = ".kei.json"
META_SUFFIX = ".meta.json"
LOCK_SUFFIX = ".lock"
META_FORMAT = "keiconfig-autosave"

# Every live autosaver, so the exception hook can write them all before it shows anything.
_live: weakref.WeakSet[Autosaver] = weakref.WeakSet()


def autosave_dir() -> Path:
    """``$KEICONFIG_DATA_DIR/autosave`` or Qt's AppDataLocation ``/autosave``."""
    return errors.log_dir() / FOLDER


def _lock(path: Path) -> QLockFile:
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
    for tmp in [*folder.glob(f".{slot}.*.tmp"), *folder.glob(f"{files.TMP_PREFIX}{pid}-*.tmp")]:
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
        self._timer.timeout.connect(self.save_now)
        document.build_changed.connect(self._schedule)
        document.undo_stack.cleanChanged.connect(self._clean_changed)
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
    def _schedule(self) -> None:
        # Debounced, but a change that never pauses (a long drag) is still written at
        # least every MAX_WAIT_FACTOR delays.
        now = self.clock()
        if not self._timer.isActive():
            self._pending_since = now
        elif (now - self._pending_since) * 1000 >= self.delay_ms * MAX_WAIT_FACTOR:
            self.save_now()
            return
        self._timer.start()

    def _clean_changed(self, clean: bool) -> None:
        if clean:  # saved, opened, new, or undone back to the saved state: nothing to keep
            self._timer.stop()
            self.remove()

    # -- writing -----------------------------------------------------------------------------
    def save_now(self) -> Path | None:
        """Write the slot now (if the build has unsaved changes); returns the build copy's path.

        Never raises for a file problem: it emits ``failed`` instead.
        """
        self._timer.stop()
        doc = self.document
        if not doc.modified:
            self.remove()
            return None
        folder = autosave_dir()
        build_path, meta_path, lock_path = _slot_files(folder, self.slot)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if self._lock is None:
                lock = _lock(lock_path)
                if not lock.tryLock(0):
                    raise files.BuildSaveError(f"the autosave lock {lock_path} is in use")
                self._lock = lock
            files.write_text_atomic(build_path, files.dumps(doc.build))
            meta = {
                "format": META_FORMAT,
                "version": 1,
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "saved_at": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
                "name": doc.build.name,
                "original_path": str(doc.path) if doc.path is not None else None,
                "modified": doc.modified,
                "era": doc.era,
            }
            files.write_text_atomic(meta_path, json.dumps(meta, indent=2) + "\n")
        except (OSError, files.BuildSaveError) as exc:
            self.failed.emit(str(exc))
            return None
        self.written.emit(build_path)
        return build_path

    def flush(self) -> Path | None:
        """Write now if there are unsaved changes (the exception hook calls this)."""
        if self.document.modified:
            return self.save_now()
        return None

    def remove(self) -> None:
        """Delete this window's autosave and release its lock (clean exit, save)."""
        self._timer.stop()
        _remove_slot_files(autosave_dir(), self.slot)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


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
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _parse_time(value: Any) -> datetime.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None


def find_orphans() -> list[Orphan]:
    """Autosaves whose process is gone, newest first, each locked for this process.

    Slots of running windows (this process's or another's) are skipped. A slot whose
    build copy cannot be read is left alone (never deleted unasked).
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
        lock = _lock(lock_path)
        if not lock.tryLock(0):
            continue  # a running keiconfig owns it
        try:
            loaded = files.load_build(build_path)
        except files.BuildFileError:
            lock.unlock()
            continue
        meta = _read_meta(meta_path)
        saved_at = _parse_time(meta.get("saved_at"))
        if saved_at is None:
            with contextlib.suppress(OSError):
                saved_at = datetime.datetime.fromtimestamp(build_path.stat().st_mtime).astimezone()
        original = meta.get("original_path")
        pid = meta.get("pid")
        era = meta.get("era")
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
            )
        )

    def newest(o: Orphan) -> float:
        return o.saved_at.timestamp() if o.saved_at is not None else 0.0

    found.sort(key=newest, reverse=True)
    return found
