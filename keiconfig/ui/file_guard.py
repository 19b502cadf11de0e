"""The open file is watched, and a save knows what it overwrites.

- Before a save to the open file, the file on disk is compared with what was opened or
  last saved here (:class:`keiconfig.core.files.FileIdentity`). If another program or a
  second window changed it, :func:`ask_save_conflict` asks: overwrite it, save mine
  under another name, reload theirs, or cancel.
- A read-only file is replaced only after :func:`ask_replace_read_only` says yes; one
  whose folder takes no new file (/proc, a CD) is never asked about, since no yes could
  replace it: the folder is said at once (:func:`keiconfig.core.files.write_bytes_safely`).
- Every other file the window writes (exports) goes through :func:`write_file`: the same
  safe write (:func:`keiconfig.core.files.write_bytes_safely`) and the same questions.
- A name typed without its suffix gets it added (:func:`with_suffix`), which then asks
  about replacing the file saved to, if one is there and can be replaced: the file
  dialogs do not ask (:data:`SAVE_DIALOG_OPTIONS`; they asked about the name as typed, and
  about /proc/version, which cannot be replaced). A build's name typed over GTK's
  selection ("mycar" over "beat.kei" of "beat.kei.json", leaving "mycar.json") is saved
  as "mycar.kei.json" (:func:`named_with_suffix`).
- A :class:`QFileSystemWatcher` watches the open file (and its folder, since editors and
  keiconfig itself replace a file by renaming a new one over it). When its content
  changes on disk, a bar in the status bar offers to reload it.
- When the open file is deleted or moved away (by another program, a person tidying a
  shared folder, a USB stick pulled out), the bar says so and offers to save it again,
  and the build is marked modified: it is now on no disk, so quitting asks before it is
  lost, and the autosave keeps a copy. Should the file come back as it was before any
  edit here (moved back, or rewritten by an editor that deletes before it writes), the
  build is unmodified again.
- A folder (or a pipe, a device) put in the open file's place is said the same way, and
  the bar and Save offer Save As (there is no file to save again); a link to another file
  put in its place, or a file made unreadable, is said as a change. The window looks at
  the file again when it becomes active (where the watcher says nothing).

The ``ask_*`` functions are module functions so tests can answer them.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from keiconfig.core import files
from keiconfig.ui import errors, modal, plain

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from keiconfig.ui.autosave import Autosaver
    from keiconfig.ui.document import Document

# File dialogs that choose where to write: the dialog does not ask about replacing a file
# (it asked about the name as typed, and about files that cannot be replaced);
# with_suffix asks, once, about the file that would be replaced.
SAVE_DIALOG_OPTIONS = QFileDialog.Option.DontConfirmOverwrite
BAR_NAME_CHARS = 40  # a longer file name is cut in the middle in the status bar's sentence
OVERWRITE = "overwrite"
SAVE_AS = "save_as"
RELOAD = "reload"
CANCEL = "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("file_guard", text)


def ask_save_conflict(parent: QWidget, name: str) -> str:
    """The file changed on disk since it was opened: OVERWRITE, SAVE_AS, RELOAD or CANCEL."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("File changed on disk"))
    box.setText(
        plain.wrappable(
            _tr("“{file}” was changed by another program or window after you opened it.").format(
                file=plain.one_line(name)
            )
        )
    )
    box.setInformativeText(
        _tr("Saving now would replace those changes with yours. What do you want to do?")
    )
    overwrite = box.addButton(_tr("&Overwrite Theirs"), QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(_tr("Save Mine &As…"), QMessageBox.ButtonRole.AcceptRole)
    reload = box.addButton(_tr("&Reload Theirs (Discard Mine)"), QMessageBox.ButtonRole.ResetRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    # what F1 says in it (keiconfig.ui.dialog_help)
    box.setWhatsThis(
        _tr(
            "Another program or window saved this file after you opened it. Overwrite "
            "Theirs saves your build over it: their changes are lost. Save Mine As… keeps "
            "both: yours goes in a new file. Reload Theirs opens their file in place of "
            "your build: your changes are lost. Cancel goes back to your build, nothing "
            "saved and nothing lost."
        )
    )
    modal.run(box)
    clicked = box.clickedButton()
    if clicked == overwrite:
        return OVERWRITE
    if clicked == save_as:
        return SAVE_AS
    if clicked == reload:
        return RELOAD
    return CANCEL


def ask_save_elsewhere(parent: QWidget, message: str, title: str = "") -> bool:
    """The file's folder cannot be written in (a teacher's read-only handout folder, a
    read-only disk): ``message`` says so; whether to save it elsewhere (Save As…)."""
    box = errors.user_error_box(parent, title or _tr("Could not save the build"), message)
    box.setInformativeText(_tr("Save it under another name or in another folder?"))
    save_as = box.addButton(_tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.removeButton(box.button(QMessageBox.StandardButton.Ok))
    box.setDefaultButton(save_as)
    # what F1 says in it (keiconfig.ui.dialog_help)
    box.setWhatsThis(
        _tr(
            "The build could not be saved where it is. Save As… asks for another name or "
            "folder to save it in; Cancel goes back to your build, not saved."
        )
    )
    modal.run(box)
    return box.clickedButton() == save_as


def _ask_yes(parent: QWidget, title: str, question: str) -> bool:
    """Yes or Cancel (the default): whether the person said yes."""
    return (
        errors.ask(
            parent,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        == QMessageBox.StandardButton.Yes
    )


def ask_replace_read_only(parent: QWidget, name: str) -> bool:
    return _ask_yes(
        parent,
        _tr("Read-only file"),
        _tr("“{file}” is read-only. Replace it anyway (it stays read-only)?").format(
            file=plain.one_line(name)
        ),
    )


def ask_replace_existing(parent: QWidget, name: str) -> bool:
    return _ask_yes(
        parent,
        _tr("File exists"),
        _tr("“{file}” already exists. Replace it?").format(file=plain.one_line(name)),
    )


def named_with_suffix(
    chosen: str, suffix: str, accepted: tuple[str, ...] = (), suggested: str = ""
) -> str:
    """The name a save dialog returned (``chosen``), as it is saved: with ``suffix`` added
    when it ends in neither that nor one of ``accepted``.

    ``suggested``: the name the dialog was given. GTK's file chooser (the native dialog
    on a GNOME desktop) selects a suggested name up to its last dot: of "beat.kei.json"
    it selects "beat.kei", so a name typed over it comes back as "mycar.json", and the
    build was saved as mycar.json, not in its own format's name. A name that ends only in
    the last part of ``suffix`` (".json"), where the suggestion ended in the whole of it,
    gets the rest (mycar.kei.json). A suggestion that did not ("old.json", a file opened
    under that name) keeps a typed ".json" as before."""
    lower = chosen.lower()
    if lower.endswith(suffix.lower()):
        return chosen
    last = suffix[suffix.rfind(".") :]  # the part GTK leaves unselected
    if (
        last != suffix
        and lower.endswith(last.lower())
        and suggested.lower().endswith(suffix.lower())
    ):
        return chosen[: -len(last)] + suffix
    if lower.endswith(tuple(a.lower() for a in accepted)):
        return chosen
    return chosen + suffix


def with_suffix(
    parent: QWidget,
    chosen: str,
    suffix: str,
    accepted: tuple[str, ...] = (),
    suggested: str = "",
) -> Path | None:
    """The path a save dialog returned, as :func:`named_with_suffix` names it; when a file
    is there, :func:`ask_replace_existing` asks whether to replace it. None: the user would
    not replace it.

    The dialogs are opened with ``DontConfirmOverwrite`` (:data:`SAVE_DIALOG_OPTIONS`), so
    this is the one question: the dialog's own asked about the name as typed ("version"
    of /proc/version, "mycar.json"), not the one saved to ("version.kei.json"), and asked
    to replace a file that cannot be replaced (/proc/version: "already exists. Do you
    want to replace it?", then "nothing was written"). A file that cannot be replaced (its
    folder takes no file: /proc, a read-only disk; a folder or a pipe at the name) is not
    asked about: the save says why, before any question
    (:func:`keiconfig.core.files.check_writable`)."""
    path = Path(named_with_suffix(chosen, suffix, accepted, suggested))
    # os.path.lexists: a link too (even a broken one), and never raises (Path.exists raised
    # OSError for a name typed too long for the disk: the crash dialog, not the save's
    # sentence)
    if os.path.lexists(path) and _replaceable(path) and not ask_replace_existing(parent, path.name):
        return None
    return path


def _replaceable(path: Path) -> bool:
    """Whether the file at ``path`` could be replaced by a save (else the save says why)."""
    try:
        files.check_writable(path)
    except files.BuildSaveError:
        return False
    return True


def write_file(
    parent: QWidget,
    path: Path,
    write: Callable[[bool], object],
    error_title: str,
    elsewhere: Callable[[], bool] | None = None,
) -> bool:
    """Write a user's file with the questions a save asks; True when it was written.

    ``write(replace_read_only)`` writes ``path`` through
    :func:`keiconfig.core.files.write_bytes_safely` (links written through, a hard-linked
    file kept one file, special files refused with a sentence). A read-only file raises
    :class:`~keiconfig.core.files.ReadOnlyFileError` and is replaced only after
    :func:`ask_replace_read_only` says yes; a folder that cannot be written in is said
    with Save As… offered (:func:`ask_save_elsewhere`), which calls ``elsewhere`` (to ask
    for another place and write there); any other failure is shown as its sentence.
    """
    replace_read_only = False
    while True:
        try:
            write(replace_read_only)
        except files.ReadOnlyFileError:
            if replace_read_only or not ask_replace_read_only(parent, path.name):
                return False
            replace_read_only = True
            continue
        except files.FolderNotWritableError as exc:
            if elsewhere is None:
                errors.show_user_error(parent, error_title, str(exc))
                return False
            return ask_save_elsewhere(parent, str(exc), error_title) and elsewhere()
        except files.BuildSaveError as exc:
            errors.show_user_error(parent, error_title, str(exc))
            return False
        return True


def _missing(path: str) -> bool:
    """No file (or folder) is at ``path`` any more: not one that cannot be looked at now."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False
    return False


def _not_a_file(path: str) -> str:
    """The bar's sentence when what is at ``path`` now is no file at all (a folder, a
    pipe, a device or a socket put in the open file's place), else ""."""
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        if e.errno == errno.ELOOP:
            return _tr(
                "“{file}” was replaced by a link that leads back to itself: save your build "
                "under another name to keep it."
            )
        return ""
    if stat.S_ISDIR(mode):
        return _tr(
            "“{file}” was replaced by a folder: save your build under another name to keep it."
        )
    if not stat.S_ISREG(mode):
        #: {kind}: "a named pipe", "a device", "a socket".
        return _tr(
            "“{file}” was replaced by {kind}: save your build under another name to keep it."
        ).replace("{kind}", files.special_kind(mode))
    return ""


def _unreadable(path: str) -> bool:
    """A regular file is at ``path`` that cannot be read now (its permissions changed)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except PermissionError:
        return True
    except OSError:
        return False
    os.close(fd)
    return False


class _SentenceLabel(QLabel):
    """A sentence naming a file, in the status bar: its text is the sentence with the name
    cut to :data:`BAR_NAME_CHARS` characters; drawn, the name is cut further in the middle
    to the pixels there are (a 40-letter name of wide letters at projector mode's larger
    text, 1280 px wide, pushed the sentence's end out of the bar), so the sentence's end
    is always read. Its least width keeps the sentence with a few of the name's letters."""

    MIN_NAME_CHARS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._template = "{file}"
        self._name = ""

    def set_sentence(self, template: str, name: str) -> None:
        """``template`` with ``{file}`` where ``name`` (one line, plain) goes."""
        self._template, self._name = template, name
        self.setText(template.replace("{file}", plain.elided(name, BAR_NAME_CHARS)))
        self.updateGeometry()

    def shown_text(self) -> str:
        """The sentence as drawn at the label's width now."""
        if "{file}" not in self._template:
            return self.text()
        fm = self.fontMetrics()
        width = self.contentsRect().width()
        if fm.horizontalAdvance(self.text()) <= width:
            return self.text()
        room = width - fm.horizontalAdvance(self._template.replace("{file}", ""))
        name = fm.elidedText(self._name, Qt.TextElideMode.ElideMiddle, max(room, 0))
        return self._template.replace("{file}", name or "…")

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        shortest = self._template.replace("{file}", plain.elided(self._name, self.MIN_NAME_CHARS))
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(shortest) + margins.left() + margins.right()
        return QSize(min(hint.width(), width), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )


class ReloadBar(QWidget):
    """“x was changed by another program. [Reload] [Ignore]”, in the status bar; for a
    file deleted or moved away, “… [Save Again] [Ignore]”."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileChangedBar")
        self.label = _SentenceLabel(self)
        self.reload_button = QPushButton(_tr("&Reload"), self)
        self.reload_button.setToolTip(_tr("Open the file as it is on disk now"))
        self.save_button = QPushButton(_tr("&Save Again"), self)
        self.save_button.setToolTip(_tr("Write the build open here to the file again"))
        self.ignore_button = QPushButton(_tr("&Ignore"), self)
        self.ignore_button.setToolTip(_tr("Keep what is open here"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.save_button)
        layout.addWidget(self.ignore_button)
        self.save_button.hide()
        self.hide()


class FileCommands(Protocol):
    """What the guard asks of the window whose file it guards: its file commands, and its
    actions and title brought up to date with the file's state."""

    def open_path(self, path: str | Path, ask: bool = ..., shown_as: str | None = ...) -> bool:
        """Open ``path`` (``ask``: about unsaved changes first)."""

    def save(self) -> bool:
        """File > Save."""

    def save_as(self, elsewhere: bool = ...) -> bool:
        """File > Save As (``elsewhere``: starting outside the file's folder)."""

    def update_actions(self) -> None:
        """The menus' entries (Revert, Save) for the file's state now."""

    def look_at_read_only(self) -> None:
        """The title's read-only mark for the file as it is now."""


class FileGuard(QObject):
    """Watches ``document``'s open file and saves through the checks above.

    Handed what it needs: ``parent``, the window its questions are asked over (and its
    owner); ``status_bar``, where the bar goes; ``commands``, the window's file commands
    (:class:`FileCommands`); ``autosaver``, told to keep a copy at once when the file is
    gone from disk."""

    def __init__(
        self,
        parent: QWidget,
        document: Document,
        status_bar: QStatusBar,
        commands: FileCommands,
        autosaver: Autosaver | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.document = document
        self._commands = commands
        self._autosaver = autosaver
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed_on_disk)
        self.watcher.directoryChanged.connect(self._changed_on_disk)
        self.bar = ReloadBar(parent)
        status_bar.addPermanentWidget(self.bar)
        self.bar.reload_button.clicked.connect(self.reload)
        self.bar.save_button.clicked.connect(self._save_again)
        self.bar.ignore_button.clicked.connect(self._ignore)
        # the change the user chose to ignore: the bar's sentence and the file's content
        self._ignored: tuple[str, str | None] | None = None
        # The open file is gone from disk: the undo stack's index when it went, if the
        # build was unmodified then (it was marked modified; see the module's notes).
        self._vanished_at: int | None = None
        self._vanished = False
        self._vanished_path: Path | None = None
        self._sentence = ""  # the bar's sentence template (with {file})
        self._save_elsewhere = False  # the bar's save button is Save As (no file to save to)
        # The last save replaced another program's or window's version (Overwrite Theirs):
        # kept as the file's newest backup, which the window then names.
        self.overwrote_theirs = False
        document.state_changed.connect(self.watch)
        self.watch()

    # -- watching ----------------------------------------------------------------------------
    def watch(self) -> None:
        path = self.document.path
        wanted = [] if path is None else [str(files.real_path(path))]
        if wanted:
            wanted.append(str(Path(wanted[0]).parent))
        current = self.watcher.files() + self.watcher.directories()
        if sorted(current) == sorted(wanted):
            return
        if current:
            self.watcher.removePaths(current)
        existing = [p for p in wanted if Path(p).exists()]
        if existing:
            self.watcher.addPaths(existing)
        if self._vanished and path == self._vanished_path:
            return  # the same file, still gone (its bar stays)
        self._vanished, self._vanished_at = False, None
        self.bar.hide()

    def _changed_on_disk(self, _path: str = "") -> None:
        doc = self.document
        if doc.path is None:
            return
        self._commands.look_at_read_only()  # (a chmod is told too: the title's mark)
        real = str(files.real_path(doc.path))
        if real not in self.watcher.files() and Path(real).is_file():
            self.watcher.addPath(real)  # replaced by a rename: watch the new file
        known = doc.file_identity
        if known is not None and self._say_if_gone(real):
            return
        if self._vanished:
            self._back()
        now = files.file_identity(doc.path)
        reload = True
        if known is not None and now is None and _unreadable(real):
            sentence = _tr(
                "“{file}” can no longer be read (its permissions were changed by another "
                "program); your build is kept here."
            )
            reload = False  # (nothing to reload until it can be read again)
        elif known is not None and now is not None and now.path != known.path:
            # a link put in the file's place: a save would go into the file it leads to
            sentence = _tr("“{file}” now leads to another file (a link was put in its place).")
        elif now is None or known is None or now.same_content(known):
            if now is not None and known is not None:
                self.bar.hide()
            return
        else:
            sentence = _tr("“{file}” was changed by another program.")
        if (sentence, now.sha256 if now else None) == self._ignored:
            return
        self._sentence = sentence
        self.bar.label.set_sentence(sentence, self._bar_name())
        self.bar.save_button.hide()
        self.bar.reload_button.setVisible(reload)
        self.bar.show()

    def _say_if_gone(self, real: str) -> bool:
        """Whether the open file is gone from ``real`` (deleted, moved, or a folder or
        other non-file put in its place); if so, said (:meth:`_gone`)."""
        if _missing(real):
            self._gone(_tr("“{file}” was deleted or moved by another program: save it to keep it."))
            return True
        replaced = _not_a_file(real)
        if replaced:
            self._gone(replaced, elsewhere=True)
            return True
        return False

    def _gone(self, sentence: str, elsewhere: bool = False) -> None:
        """The open file was deleted or moved away, or something that is no file was put in
        its place: ``sentence`` says it, and the build is kept as unsaved. ``elsewhere``:
        there is no file to save again (a folder is there), the bar offers Save As."""
        doc = self.document
        if self._vanished and sentence == self._sentence:
            return
        self._sentence = sentence
        self.bar.label.set_sentence(sentence, self._bar_name())
        # No file to save again where a folder now is: the button saves elsewhere.
        self._save_elsewhere = elsewhere
        self.bar.save_button.setText(
            _tr("Save &As…") if self._save_elsewhere else _tr("&Save Again")
        )
        self.bar.save_button.setToolTip(
            _tr("Save the build open here under another name or in another folder")
            if self._save_elsewhere
            else _tr("Write the build open here to the file again")
        )
        if self._vanished:  # (deleted, then a folder made in its place: said anew)
            return
        self._vanished, self._vanished_path = True, doc.path
        if not doc.modified:
            self._vanished_at = doc.undo_stack.index()
            doc.set_modified(True)
        else:
            self._vanished_at = None
        self.bar.reload_button.hide()
        self.bar.save_button.show()
        self.bar.show()
        if self._autosaver is not None:  # a copy of what is now on no disk, at once
            self._autosaver.save_soon()
        self._commands.update_actions()  # nothing on disk to revert to

    def _bar_name(self) -> str:
        """The open file's name for the bar's sentence, on one line (the label cuts a long
        one in the middle: a 240-letter name filled the status bar, the sentence after it
        unseen); the bar's tooltip has the whole path."""
        path = self.document.path
        if path is None:
            return ""
        self.bar.label.setToolTip(plain.tooltip(plain.one_line(path)))
        return plain.one_line(path.name)

    def _back(self) -> None:
        """The file is there again: unmodified again if nothing was edited here since it
        went; whether it is what was opened is then asked as for any change."""
        doc = self.document
        if self._vanished_at is not None and doc.undo_stack.index() == self._vanished_at:
            doc.set_modified(False)
        self._vanished, self._vanished_at = False, None
        self.bar.hide()
        self._commands.update_actions()

    @property
    def vanished(self) -> bool:
        """The open file was deleted or moved away since it was opened or saved here."""
        return self._vanished

    def gone_now(self) -> bool:
        """Whether the open file is gone from disk now, looked at now (the watcher may not
        have told yet: a network folder, a change a moment ago); if so, said as when the
        watcher tells (:meth:`_gone`)."""
        doc = self.document
        if doc.path is None or doc.file_identity is None:
            return False
        return self._say_if_gone(str(files.real_path(doc.path)))

    def check_now(self) -> None:
        """Look at the open file now, as when the watcher tells: the window calls this when
        it becomes active again (a person back from a file manager learns at once what
        happened to the file, even where the watcher says nothing: a network folder)."""
        if self.document.path is not None:
            self._changed_on_disk()

    def _save_again(self) -> None:
        saved = self._commands.save_as() if self._save_elsewhere else self._commands.save()
        if saved:
            self.bar.hide()

    @property
    def save_elsewhere(self) -> bool:
        """What is at the open file's name now is no file (a folder): saving means Save As."""
        return self._vanished and self._save_elsewhere

    @property
    def reload_offered(self) -> bool:
        return not self.bar.isHidden() and not self._vanished

    def reload(self) -> bool:
        """Open the file again as it is on disk (asks about unsaved changes first)."""
        path = self.document.path
        if path is None:
            return False
        self.bar.hide()
        return self._commands.open_path(path)

    def _ignore(self) -> None:
        now = files.file_identity(self.document.path or Path())
        self._ignored = (self._sentence, now.sha256 if now is not None else None)
        self.bar.hide()

    # -- saving ------------------------------------------------------------------------------
    def save(self, path: Path) -> bool:
        """Save the document to ``path`` with the checks above; True when it was saved."""
        window, commands = self._parent, self._commands
        overwrite = replace_read_only = False
        self.overwrote_theirs = False
        for _attempt in range(3):
            try:
                self.document.save(path, overwrite=overwrite, replace_read_only=replace_read_only)
            except files.FileChangedError:
                answer = ask_save_conflict(window, path.name)
                if answer == OVERWRITE:
                    overwrite = True
                    continue
                if answer == SAVE_AS:
                    return commands.save_as()
                if answer == RELOAD:
                    commands.open_path(path, ask=False)
                return False
            except files.ReadOnlyFileError:
                if not ask_replace_read_only(window, path.name):
                    return False
                replace_read_only = True
                continue
            except files.FolderNotWritableError as exc:  # said, and Save As offered
                if ask_save_elsewhere(window, str(exc)):
                    return commands.save_as(elsewhere=True)
                return False
            except files.NotAFileError as exc:  # a folder put in its place: Save As offered
                if ask_save_elsewhere(window, str(exc)):
                    return commands.save_as()
                return False
            except files.BuildSaveError as exc:
                errors.show_user_error(window, _tr("Could not save the build"), str(exc))
                return False
            self._ignored = None
            self._vanished, self._vanished_at = False, None
            self.bar.hide()
            self.overwrote_theirs = overwrite
            return True
        return False
