"""Reading a small file someone else made: a build, a challenge.

Only a regular file is read, and never more than a limit: the open does not block (a
named pipe or a terminal would block the open or the read for ever), and a folder raises
:class:`IsADirectoryError` as an ordinary open would. JSON objects give each key once:
JSON itself keeps the last of two silently, so a file could read as one thing to a person
and be another to keiconfig.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from typing import Any, Literal

from keiconfig.core import legacy_text
from keiconfig.core.text import translate


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


def why_unreadable(e: OSError, kind: Literal["build", "challenge"]) -> str:
    """Why :func:`read_small_file` could not read a file that was to be a ``kind`` file,
    as words that go into "{source}: {problem}." (a build's and a challenge's sentence):
    "the file does not exist". One piece for both, so a build and a challenge are never
    said two ways (they were, in two copies of this)."""
    if isinstance(e, NotRegularFile):
        if kind == "build":
            return translate("file_read", "this is not a regular file, so not a build file")
        return translate("file_read", "this is not a regular file, so not a challenge file")
    if isinstance(e, IsADirectoryError):
        if kind == "build":
            return translate("file_read", "this is a folder, not a build file")
        return translate("file_read", "this is a folder, not a challenge file")
    if isinstance(e, FileNotFoundError):
        return translate("file_read", "the file does not exist")
    if isinstance(e, PermissionError):
        return translate("file_read", "permission to read the file was denied")
    if e.errno == errno.ELOOP:  # (said 'Too many levels of symbolic links')
        return translate(
            "file_read", "this is a link that leads back to itself, so there is no file to read"
        )
    if e.errno == errno.ENOTDIR:  # (said 'Not a directory': a part of the path is a file)
        return translate(
            "file_read", "the file does not exist (a folder in its path is a file, not a folder)"
        )
    #: {reason} is the operating system's own words.
    return translate("file_read", "the file could not be read ({reason})").format(
        reason=e.strerror or e
    )


class DuplicateKey(ValueError):
    """A JSON object gives ``key`` twice."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def says_format(path: str | os.PathLike[str], format_id: str, limit: int) -> bool:
    """Whether ``path`` is a file of at most ``limit`` bytes whose JSON object says
    ``"format": format_id``, readable or not as one: a quick look at a file handed to the
    window (dropped, on the command line, opened from the other menu entry), to show it as
    what it is. Never blocks (a pipe is no such file) and never raises."""
    try:
        data, _ = read_small_file(path, limit)
        if len(data) > limit:
            return False
        data = without_padding(data)
        unicode = legacy_text.unicode_text(data)  # UTF-16 (Notepad's "Unicode"), UTF-32
        if unicode is not None:
            text = unicode[1]
        elif format_id.encode() not in data:
            return False
        else:
            try:
                if legacy_text.utf8_by_chance(data):  # Shift_JIS's 'ﾊｽﾗｰ' is UTF-8's 'ʽװ'
                    raise UnicodeDecodeError("utf-8", data, 0, 1, "Shift_JIS by chance")
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:  # an editor's Windows encoding, told for sure
                other = legacy_text.other_encoding(data)
                if other is None or other.text is None:
                    return False
                text = other.text
        raw = json.loads(text.lstrip("\ufeff"))
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(raw, dict) and raw.get("format") == format_id


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


def other_format(data: bytes) -> str | None:
    """What a file that cannot be JSON is, when it is a kind people send by mistake:
    "zip" (a zip archive, the build still inside), "rtf" (rich text: macOS TextEdit saves
    an edited file so unless told to make it plain text), "html" (a web page: "Save link
    as" on a file's page saves the page, not the file). None otherwise. Each starts in a
    way no JSON can, so no JSON file is taken for one."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    low = head.lower()
    if low.startswith((b"<!doctype html", b"<html")) or (
        low.startswith(b"<") and b"<html" in data[:4096].lower()
    ):
        return "html"
    return None


def only_zeros(data: bytes) -> bool:
    """Whether ``data`` is zero bytes and nothing else: a file whose length was written and
    its contents never were (a USB stick pulled out before the copy was finished)."""
    return bool(data) and not data.strip(b"\x00")


def without_padding(data: bytes) -> bytes:
    """``data`` without the zero bytes after its text, when they are only there (a file
    cut short on a USB stick keeps its length, the rest zeros): what was written is then
    read, whole or said to be cut off. Text in UTF-16 or UTF-32 has zero bytes throughout
    and is left as it is."""
    text = data.rstrip(b"\x00")
    return text if len(text) < len(data) and b"\x00" not in text else data
