"""Reading a small file someone else made: a build, a challenge.

Only a regular file is read, and never more than a limit: the open does not block (a
named pipe or a terminal would block the open or the read for ever), and a folder raises
:class:`IsADirectoryError` as an ordinary open would. JSON objects give each key once:
JSON itself keeps the last of two silently, so a file could read as one thing to a person
and be another to keiconfig.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import Any


class NotRegularFile(OSError):
    """The path is neither a regular file nor a folder (a pipe, a device, a socket)."""


def read_small_file(path: str | os.PathLike[str], limit: int) -> tuple[bytes, os.stat_result]:
    """At most ``limit + 1`` bytes of the regular file at ``path`` (one more than the
    limit, so the caller can tell a file that is too large), and its status as opened.
    Raises :class:`OSError` (:class:`NotRegularFile`, :class:`IsADirectoryError`,
    :class:`FileNotFoundError`, :class:`PermissionError` ...) only."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except ValueError:  # a null character in the name (a hand-edited list): no file has it
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT)) from None
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile
        return f.read(limit + 1), st


class DuplicateKey(ValueError):
    """A JSON object gives ``key`` twice."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a dict (``json.loads``'s ``object_pairs_hook``), refusing a key
    given twice with :class:`DuplicateKey`."""
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise DuplicateKey(key)
            seen.add(key)
    return out
