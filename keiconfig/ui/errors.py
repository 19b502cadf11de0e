"""Errors shown in one place.

- :func:`show_user_error`: a problem the user can act on (a file that will not open or save).
  The core's exceptions carry a message fit for a user; this shows it.
- :func:`install_excepthook`: anything else that escapes (a bug) is logged to a file in the
  user's data folder and shown in a dialog with copyable details; the app keeps running.
  Before that it runs :data:`save_first` (the autosave puts its writer there), so the
  user's changes are on disk before anything else is tried.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import stat
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from keiconfig.core.text import sentences
from keiconfig.ui import modal, plain
from keiconfig.ui.settings import data_dir

LOG_NAME = "keiconfig.log"
LOG_MAX_BYTES = 512 * 1024  # then the log is rotated: keiconfig.log.1 keeps the previous one
LOG_MAX_ENTRY = 64 * 1024  # characters of one report kept in the log
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # POSIX only
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def show_user_error(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user about a problem they can act on (modal, one OK button)."""
    modal.run(user_error_box(parent, title, message))


def with_folder(message: str, path: str | os.PathLike[str]) -> str:
    """``message`` about the file at ``path`` (which names the file alone) and a sentence
    saying the folder it is in, whole and on one line (escaped as the command line shows
    names), so a person can find it: one opened from Recent Files, dropped from a
    download folder, or named like others in several classes' folders."""
    try:
        folder = os.path.dirname(os.path.abspath(path))
    except (OSError, ValueError):  # (a null character; a current folder gone)
        return message
    #: A sentence after a file's problem: the folder the file is in, whole, in quotation
    #: marks so that the full stop after it is not read as the path's last character.
    where = _tr("The file is in the folder “{folder}”.").format(folder=plain.one_line(folder))
    target = _link_target(path)
    if target is None:
        return sentences([message, where])
    # A link to /etc/passwd said 'not a keiconfig build file' and the link's folder only:
    # the file read, the one it leads to, went unnamed. (Before the folder's sentence.)
    #: A sentence after a file's problem, when the file opened is a symbolic link: the
    #: problem is the file it leads to ({target}, whole).
    link = _tr("{file} is a link to another file, {target}, and that is the file this is about.")
    said = link.format(file=plain.one_line(os.path.basename(path)), target=plain.one_line(target))
    return sentences([message, said, where])


def _link_target(path: str | os.PathLike[str]) -> str | None:
    """The file a symbolic link at ``path`` leads to, whole; None for no link, or for a
    link that leads back to itself (its problem says so)."""
    try:
        if not os.path.islink(path):
            return None
        os.stat(path)
    except FileNotFoundError:  # dangling: the missing file it leads to is named
        pass
    except (OSError, ValueError):  # (a loop: 'leads back to itself' says it)
        return None
    return os.path.realpath(path)


def user_error_box(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """The warning :func:`show_user_error` shows: its message (which quotes file names
    and build names) is plain text, never markup."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, plain.wrappable(message), QMessageBox.StandardButton.Ok
    )
    box.setParent(parent, box.windowFlags())
    box.setTextFormat(Qt.TextFormat.PlainText)
    # what F1 says in it (keiconfig.ui.dialog_help)
    box.setWhatsThis(
        _tr(
            "This says what could not be done, and why. OK, Enter or Escape closes it; "
            "then you can try again, for example with another file or folder."
        )
    )
    return box


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    default: QMessageBox.StandardButton,
) -> QMessageBox.StandardButton:
    """A question whose text (quoting names) is plain text; returns the button pressed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, plain.wrappable(text), buttons)
    box.setParent(parent, box.windowFlags())
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    # what F1 says in it (keiconfig.ui.dialog_help)
    box.setWhatsThis(
        _tr(
            "Answer with a button: its underlined letter with Alt, or Tab to it and Space. "
            "Enter presses the button shown as the default; Escape cancels, and nothing "
            "is changed."
        )
    )
    return QMessageBox.StandardButton(modal.run(box))


def log_dir() -> Path:
    """Where the error log goes: the data folder (:func:`settings.data_dir`)."""
    return data_dir()


def log_exception(details: str) -> Path | None:
    """Append ``details`` to the error log; returns its path (None if it cannot be written).

    The log is private (0600, in a 0700 folder) and bounded: past :data:`LOG_MAX_BYTES`
    it becomes ``keiconfig.log.1`` (replacing the older one) and a new log begins.
    """
    try:
        folder = log_dir()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = folder / LOG_NAME
        afresh = 0
        with contextlib.suppress(FileNotFoundError):
            if path.stat().st_size > LOG_MAX_BYTES:
                try:
                    os.replace(path, path.with_name(LOG_NAME + ".1"))
                except OSError:  # no room for the old log (a folder named so): begin afresh
                    afresh = os.O_TRUNC  # (it kept every later crash out of the log)
        stamp = datetime.datetime.now().isoformat(timespec="seconds")
        entry = f"--- {stamp}\n{details[:LOG_MAX_ENTRY]}\n".encode("utf-8", "replace")
        # Never through a symlink (it appended tracebacks to whatever file it named), and
        # never blocking: a pipe put in the log's place froze the app inside this hook.
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NOFOLLOW | _NONBLOCK | afresh
        fd = os.open(path, flags, 0o600)
        with os.fdopen(fd, "ab") as f:
            if not stat.S_ISREG(os.fstat(fd).st_mode):  # a device, a pipe: not a log
                return None
            f.write(entry)
        return path
    except OSError:
        return None


class CrashDialog(QDialog):
    """'Something went wrong' with the details in a read-only, copyable text box."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Unexpected error"))
        # what F1 says in it (keiconfig.ui.dialog_help)
        self.setWhatsThis(
            _tr(
                "A fault inside keiconfig, not in your build. Your build is still open: "
                "saving it under a new name first is a good idea. Copy details puts the "
                "report below on the clipboard, to send with a bug report; Close goes back "
                "to your build."
            )
        )
        layout = QVBoxLayout(self)
        text = _tr(
            "Something went wrong inside keiconfig. Your build is still open; "
            "saving it now under a new name is a good idea."
        )
        if log_path is not None:
            written = _tr("The details were also written to {path}.").format(
                path=plain.one_line(log_path)  # a folder's line break or RTL override: text
            )
            text = sentences((text, written))
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # the path is text
        label.setWordWrap(True)
        layout.addWidget(label)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(_tr("Error details"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(_tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def show_crash_dialog(details: str, log_path: Path | None) -> None:
    modal.run(CrashDialog(details, log_path, QApplication.activeWindow()))


_showing = False


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log and show an uncaught exception; the event loop goes on."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    sys.stderr.write(details)
    saved = _save_first()  # the user's changes are on disk before anything else is tried
    logged = details + "".join(f"Unsaved changes autosaved to {p}\n" for p in saved)
    path = log_exception(logged)
    if _showing or QApplication.instance() is None:
        return  # an error while the dialog is up: logged, not stacked
    _showing = True
    try:
        show_crash_dialog(details, path)
    finally:
        _showing = False


# What the hook runs before it logs or shows anything; each writes the user's unsaved work
# and returns the files it wrote. The autosave registers its writer here (errors knows
# nothing of the modules that use it: no import cycle).
save_first: list[Callable[[], list[Path]]] = []


def _save_first() -> list[Path]:
    written: list[Path] = []
    for save in list(save_first):
        try:
            written.extend(save())
        except Exception:  # the hook must never fail itself
            continue
    return written


def install_excepthook() -> None:
    sys.excepthook = excepthook
