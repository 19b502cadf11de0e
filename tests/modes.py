"""A folder's modes, which root ignores: the tests of a read-only folder were skipped where
the tests run as root (a CI container), so they never ran there.

:func:`bound_by_modes` runs a block as a user the modes bind: as root, as the user
'nobody' (its effective user and group only, so root again after); as any other user, as
that user. :func:`folder_for` makes a folder such a user can reach (as root, in the
system's temporary folder: pytest's own are closed to others) and owns;
:func:`hand_over` gives it what root made in one.

Keep the block to the step under test: Python's own files may be closed to 'nobody' (a
Python under /root), so a module imported for the first time in the block fails to."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NOBODY = 65534  # the user and group 'nobody' of Linux and the BSDs


def as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@contextmanager
def folder_for(tmp_path: Path) -> Iterator[Path]:
    """A new, empty folder owned by the user :func:`bound_by_modes` runs as, every folder
    above it open to that user: ``tmp_path`` itself where the tests do not run as root."""
    if not as_root():
        yield tmp_path
        return
    base = Path(tempfile.mkdtemp(prefix="keiconfig-modes-"))
    try:
        base.chmod(0o755)
        folder = base / "home"
        folder.mkdir()
        os.chown(folder, NOBODY, NOBODY)
        yield folder
    finally:
        shutil.rmtree(base)


def hand_over(path: Path) -> None:
    """``path`` and all in it owned by the user :func:`bound_by_modes` runs as."""
    if not as_root():
        return
    for item in [path, *path.rglob("*")]:
        os.chown(item, NOBODY, NOBODY, follow_symlinks=False)


@contextmanager
def bound_by_modes() -> Iterator[None]:
    """The block run as a user a folder's modes bind (see the module)."""
    if not as_root():
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)
