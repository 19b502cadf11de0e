"""What the app remembers between runs: window geometry, splitters, last folder, recent
files, the era, the text size and the language; and where its data folder is.

Stored with QSettings in INI format. ``$KEICONFIG_SETTINGS_DIR`` points it somewhere else
(tests use a temporary folder and never touch the user's settings).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import stat
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths

from keiconfig.ui import plain

MAX_RECENT = 8
ENV_DIR = "KEICONFIG_SETTINGS_DIR"
DATA_ENV_DIR = "KEICONFIG_DATA_DIR"


def data_dir() -> Path:
    """The user's data folder (the error log, the autosaves): ``$KEICONFIG_DATA_DIR`` or
    Qt's AppDataLocation."""
    folder = os.environ.get(DATA_ENV_DIR)
    if folder:
        return Path(folder)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def settings_file() -> Path | None:
    """The settings file's path (None where Qt keeps it elsewhere than a file we can name:
    outside POSIX, without ``$KEICONFIG_SETTINGS_DIR``)."""
    folder = os.environ.get(ENV_DIR)
    if folder:
        return Path(folder) / "keiconfig.ini"
    if os.name != "posix":
        return None
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(config) / "keiconfig" / "keiconfig.ini"  # Qt's IniFormat UserScope file


def unreadable_reason(path: Path | None) -> str | None:
    """Why the settings at ``path`` cannot be read as a file (None: they can, or there is
    none yet). A pipe in the file's place froze the app at its start, reading it for good."""
    if path is None:
        return None
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return None  # none yet (or a loop Qt fails to read at once): Qt starts afresh
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return _tr("it is a folder")
    return _tr("it is a device or a pipe, not a file")


def unwritable(path: Path | None) -> bool:
    """The settings file at ``path``, or the folder it is in, exists and cannot be written
    (a read-only disk, a locked-down classroom account): nothing changed will be kept."""
    if path is None:
        return False
    try:
        for existing in (path, path.parent):
            if existing.exists() and not os.access(existing, os.W_OK):
                return True
    except ValueError:  # a null character: Qt fails to read it at once
        return False
    return False


def open_settings() -> QSettings:
    folder = os.environ.get(ENV_DIR)
    if folder:
        return QSettings(str(Path(folder) / "keiconfig.ini"), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "keiconfig", "keiconfig"
    )


# The kinds of file dialog, each remembering the folder it was last used in (the key in
# the settings file). "builds": open, save as, add to the comparison.
FOLDER_KINDS = {
    "builds": "files/last_folder",
    "class": "files/last_class_folder",
    "export": "files/last_export_folder",
    "challenge": "files/last_challenge_folder",
}


def documents_folder() -> str:
    """The user's Documents folder, or home where there is none."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and _is_folder(docs) else str(Path.home())


def _is_folder(path: str) -> bool:
    """A folder one may look at: False, not an error, where it cannot be looked at (a
    parent one may not enter, a share gone away), as where it is missing. Path.is_dir
    raises PermissionError there."""
    return os.path.isdir(path)


def _tr(text: str) -> str:
    return QCoreApplication.translate("settings", text)


class Settings:
    """Typed access to the few things keiconfig remembers.

    ``problem``: a sentence saying why the settings file could not be used (then this
    session's settings are kept in memory only), or None."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.problem: str | None = None
        if qsettings is None:
            path = settings_file()
            why = unreadable_reason(path)
            if why is not None:
                self.problem = _tr(
                    "The settings in {path} could not be read ({why}): keiconfig starts with "
                    "its first settings and keeps none of this session's."
                ).format(path=plain.one_line(path), why=why)
                qsettings = QSettings("", QSettings.Format.IniFormat)  # memory only
            elif unwritable(path):  # read as usual; said, since nothing will be kept
                self.problem = _tr(
                    "The settings in {path} are read-only: keiconfig starts with them but "
                    "keeps none of this session's changes (text size, window, recent files)."
                ).format(path=plain.one_line(path))
        self.q = qsettings if qsettings is not None else open_settings()

    # -- bytes (Qt's saveGeometry / saveState) ------------------------------------------------
    def state(self, key: str) -> QByteArray | None:
        value = self.q.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self.q.setValue(f"window/{key}", value)

    # -- files -------------------------------------------------------------------------------
    def remembered_folder(self, kind: str) -> str | None:
        """The folder a ``kind`` of file dialog (see :data:`FOLDER_KINDS`) was last used
        in, if it is still there (a folder since removed, or none yet, is None: a relative
        or empty path would mean wherever the app was started from)."""
        value = self.q.value(FOLDER_KINDS[kind], "")
        if isinstance(value, str) and value and Path(value).is_absolute() and _is_folder(value):
            return value
        return None

    def remember_folder(self, kind: str, folder: str | Path) -> None:
        self.q.setValue(FOLDER_KINDS[kind], str(folder))

    def folder_choices(self, kind: str, file: Path | None = None) -> list[str]:
        """Where a ``kind`` of file dialog may start, best first: the open ``file``'s
        folder, the folder last used for that kind, the Documents folder, home."""
        choices = [str(file.parent)] if file is not None else []
        remembered = self.remembered_folder(kind)
        if remembered is not None:
            choices.append(remembered)
        return [*choices, documents_folder(), str(Path.home())]

    def start_folder(self, kind: str, file: Path | None = None) -> str:
        """Where a ``kind`` of file dialog opens (never the folder the app was started from)."""
        return self.folder_choices(kind, file)[0]

    @property
    def last_folder(self) -> str:
        """The folder builds were last opened from or saved to, else Documents (or home)."""
        return self.start_folder("builds")

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self.remember_folder("builds", folder)

    @property
    def recent_files(self) -> list[str]:
        try:
            value = json.loads(str(self.q.value("files/recent", "[]")))
        except ValueError:
            return []
        if not isinstance(value, list):
            return []
        # A null character names no file (and made opening the entry raise, not say why).
        return [p for p in value if isinstance(p, str) and "\x00" not in p][:MAX_RECENT]

    def add_recent(self, path: str) -> None:
        with contextlib.suppress(OSError, ValueError):  # Path.resolve raised for a link loop
            path = os.path.realpath(path)
        recent = [p for p in self.recent_files if p != path]
        self.q.setValue("files/recent", json.dumps([path, *recent][:MAX_RECENT]))

    def remove_recent(self, path: str) -> None:
        recent = [p for p in self.recent_files if p != path]
        self.q.setValue("files/recent", json.dumps(recent))

    def clear_recent(self) -> None:
        self.q.setValue("files/recent", "[]")

    # -- view --------------------------------------------------------------------------------
    @property
    def era(self) -> str | None:
        """The rules the last session's build was judged by: the next session's first
        build, a new one, starts on them (the rules of a build opened are its own)."""
        value = self.q.value("view/era", "")
        return value if isinstance(value, str) and value else None

    @era.setter
    def era(self, era: str) -> None:
        self.q.setValue("view/era", era)

    @property
    def text_scale(self) -> float:
        try:
            value = float(str(self.q.value("view/text_scale", 1.0)))
        except ValueError:
            return 1.0
        if not math.isfinite(value):  # 'nan' made every text 0 points: a window without words
            return 1.0
        return min(max(value, 0.75), 2.5)

    @text_scale.setter
    def text_scale(self, scale: float) -> None:
        self.q.setValue("view/text_scale", round(scale, 2))

    @property
    def language(self) -> str | None:
        """The language chosen in View > Language (None: the system's)."""
        value = self.q.value("view/language", "")
        return value if isinstance(value, str) and value else None

    @language.setter
    def language(self, code: str | None) -> None:
        self.q.setValue("view/language", code or "")

    def sync(self) -> None:
        self.q.sync()
