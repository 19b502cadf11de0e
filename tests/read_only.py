"""A folder that takes no new file, as on a CD, for the tests of saving and writing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from keiconfig.core import files


def read_only_folder(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """``folder`` takes no new file (EROFS, a read-only disk) for every write through the
    save's temporary file; other folders take files as before. (chmod does not stop root,
    who runs this machine's tests.)"""
    make_tmp = files._make_tmp

    def refuse(where, mode):
        if where == folder:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return make_tmp(where, mode)

    monkeypatch.setattr(files, "_make_tmp", refuse)
