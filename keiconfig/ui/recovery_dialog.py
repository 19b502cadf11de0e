"""Offer back a build autosaved by a keiconfig that stopped without a clean exit.

:func:`offer_recovery` runs at start-up: for each orphaned autosave (see
:mod:`keiconfig.ui.autosave`) it asks Restore / Discard / Later with
:func:`ask_recovery` (a function, so tests can answer it).

- Restore opens the build with its original file path, marked modified (it was not saved);
  typing not yet entered when it was autosaved goes back into its box, still not entered.
- Discard deletes the autosave.
- Later keeps it; it is offered again on the next start.
"""

from __future__ import annotations

import contextlib
import datetime
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keiconfig.core import regulations
from keiconfig.core.build import Build, changed
from keiconfig.ui import errors, modal, plain
from keiconfig.ui.autosave import Orphan, find_orphans
from keiconfig.ui.panels.compliance_panel import era_label

if TYPE_CHECKING:
    from keiconfig.ui.main_window import MainWindow

RESTORE = "restore"
DISCARD = "discard"
LATER = "later"

_ASPIRATION = {
    "na": QT_TRANSLATE_NOOP("recovery", "naturally aspirated"),
    "turbo": QT_TRANSLATE_NOOP("recovery", "turbo"),
    "supercharger": QT_TRANSLATE_NOOP("recovery", "supercharged"),
}
# The body styles as the summary of an autosaved build names them (in the user's language)
_STYLES = {
    "hatchback": QT_TRANSLATE_NOOP("recovery", "hatchback"),
    "tall_wagon": QT_TRANSLATE_NOOP("recovery", "tall wagon"),
    "sedan": QT_TRANSLATE_NOOP("recovery", "sedan"),
    "coupe": QT_TRANSLATE_NOOP("recovery", "coupe"),
    "roadster": QT_TRANSLATE_NOOP("recovery", "roadster"),
    "suv": QT_TRANSLATE_NOOP("recovery", "suv"),
    "van": QT_TRANSLATE_NOOP("recovery", "van"),
    "truck": QT_TRANSLATE_NOOP("recovery", "truck"),
}


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("recovery", text, disambiguation or None, n)


def describe_when(saved_at: datetime.datetime | None, now: datetime.datetime | None = None) -> str:
    if saved_at is None:
        return _tr("unknown time")
    now = now or datetime.datetime.now().astimezone()
    if saved_at.tzinfo is None:
        saved_at = saved_at.astimezone()
    minutes = int((now - saved_at).total_seconds() // 60)
    stamp = saved_at.strftime("%Y-%m-%d %H:%M")
    if minutes < 1:
        ago = _tr("just now")
    elif minutes < 120:
        ago = _tr("%n min ago", "", minutes)
    elif minutes < 48 * 60:
        ago = _tr("%n h ago", "", minutes // 60)
    else:
        ago = _tr("%n day(s) ago", "", minutes // (24 * 60))
    return f"{stamp} ({ago})"


def key_figures(orphan: Orphan) -> str:
    b = orphan.build
    style = _STYLES.get(b.body.style)
    shown_style = _tr(style) if style else b.body.style.replace("_", " ")
    if b.electric and b.motor is not None and b.battery is not None:
        # An electric car's engine fields are unused leftovers: name its motor and battery
        text = _tr("{style}, {l} × {w} × {h} mm; electric, {kw} kW motor, {kwh} kWh battery")
        return text.format(
            style=shown_style,
            l=b.body.length_mm,
            w=b.body.width_mm,
            h=b.body.height_mm,
            kw=f"{b.motor.max_power_kw:g}",
            kwh=f"{b.battery.capacity_kwh:g}",
        )
    aspiration = _tr(_ASPIRATION.get(b.engine.aspiration, b.engine.aspiration))
    return _tr("{style}, {l} × {w} × {h} mm; {cyl}-cylinder {cc} cc, {asp}").format(
        style=shown_style,
        l=b.body.length_mm,
        w=b.body.width_mm,
        h=b.body.height_mm,
        cyl=b.engine.cylinders,
        cc=b.engine.displacement_cc,
        asp=aspiration,
    )


def newer_text(orphan: Orphan, saved: datetime.datetime) -> str:
    return _tr(
        "⚠ The file on disk was saved {when}, after these changes began: it is newer than "
        "this autosave. Restoring opens the autosaved build; the file stays as it is until "
        "you save, and saving asks before it replaces that newer file."
    ).format(when=describe_when(saved))


FILE_LABEL_CHARS = 300  # of the original file's path shown (its start and its end)


def typing_text(box: str, text: str) -> str:
    return _tr("“{text}” in {box}").format(text=plain.one_line(text), box=plain.one_line(box))


def restored_build(orphan: Orphan) -> Build:
    """The autosaved build as Restore opens it: judged by the rules it was judged by."""
    build = orphan.build
    if build.judged_by is None and orphan.era not in (None, regulations.CURRENT_ERA):
        # An autosave of a keiconfig that kept the era beside the build, not in it: the
        # rules the window judged it by are the build's now (saved with it).
        with contextlib.suppress(ValidationError):  # an era this version does not know
            build = changed(build, {"judged_by": orphan.era})
    return build


def rules_text(orphan: Orphan) -> str:
    """The rules the restored build is judged by: "Since Jan 1976 — 3.2 × 1.4 × 2.0 m,
    550 cc" (a change of the rules alone is a change the autosave kept, unseen in the car's
    figures)."""
    return era_label(regulations.era(restored_build(orphan).judged_by or regulations.CURRENT_ERA))


class RecoveryDialog(QDialog):
    """What was autosaved, and Restore / Discard / Later. ``choice`` holds the answer."""

    def __init__(self, orphan: Orphan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.orphan = orphan
        self.choice = LATER
        self.setWindowTitle(_tr("Recover unsaved build"))
        # what F1 says in it (keiconfig.ui.dialog_help)
        self.setWhatsThis(
            _tr(
                "keiconfig stopped last time before this build was saved, and had kept a "
                "copy of it. Restore opens the copy (not yet saved); Discard deletes it; "
                "Later keeps it and asks again at the next start."
            )
        )
        self.setObjectName("recoveryDialog")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "keiconfig stopped before “{name}” was saved. An automatic copy of your "
                "changes was kept. Restore it?"
            ).format(name=plain.one_line(orphan.name)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.intro_label = intro

        form = QFormLayout()
        self.name_label = QLabel(plain.one_line(orphan.name), self)
        self.when_label = QLabel(describe_when(orphan.saved_at), self)
        original = (
            # Wrapped, and cut in the middle past FILE_LABEL_CHARS: a sidecar's 60,000-letter
            # path ran off the dialog's edge, its file name unseen.
            plain.wrappable(plain.elided(plain.one_line(orphan.original_path), FILE_LABEL_CHARS))
            if orphan.original_path is not None
            else _tr("never saved to a file")
        )
        self.file_label = QLabel(original, self)
        self.file_label.setWordWrap(True)
        self.figures_label = QLabel(key_figures(orphan), self)
        self.figures_label.setWordWrap(True)
        for text_label in (intro, self.name_label, self.file_label, self.figures_label):
            plain.label(text_label)  # names and paths are text, never markup
        form.addRow(_tr("Build:"), self.name_label)
        form.addRow(_tr("Autosaved:"), self.when_label)
        form.addRow(_tr("Original file:"), self.file_label)
        form.addRow(_tr("Car:"), self.figures_label)
        self.rules_label = QLabel(rules_text(orphan), self)
        self.rules_label.setWordWrap(True)
        #: The recovery dialog's row naming the kei rules the autosaved build is judged by.
        form.addRow(_tr("Judged by:"), self.rules_label)
        self.typing_label: QLabel | None = None
        if orphan.typing is not None:  # not in the build: said apart, put back as typed
            self.typing_label = plain.label(QLabel(typing_text(*orphan.typing), self))
            self.typing_label.setWordWrap(True)
            form.addRow(_tr("Typed, not entered:"), self.typing_label)
        layout.addLayout(form)
        # The file was saved again after these changes began: say so before Restore.
        self.newer = orphan.disk_is_newer()
        self.newer_label = plain.label(QLabel(self))
        self.newer_label.setWordWrap(True)
        self.newer_label.setObjectName("diskIsNewer")
        if self.newer is not None:
            self.newer_label.setText(newer_text(orphan, self.newer))
            layout.addWidget(self.newer_label)
        else:
            self.newer_label.hide()

        buttons = QDialogButtonBox(self)
        self.restore_button: QPushButton = buttons.addButton(
            _tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button: QPushButton = buttons.addButton(
            _tr("&Discard"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.later_button: QPushButton = buttons.addButton(
            _tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button.setToolTip(_tr("Open the autosaved build, marked as not saved"))
        self.discard_button.setToolTip(_tr("Delete the autosaved copy"))
        self.later_button.setToolTip(_tr("Keep the copy and ask again next time"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self._choose(RESTORE))
        self.discard_button.clicked.connect(lambda: self._choose(DISCARD))
        self.later_button.clicked.connect(lambda: self._choose(LATER))
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == LATER:
            self.reject()
        else:
            self.accept()


def ask_recovery(parent: QWidget | None, orphan: Orphan) -> str:
    """Show the dialog; returns RESTORE, DISCARD or LATER (closing the dialog is Later)."""
    dialog = RecoveryDialog(orphan, parent)
    modal.run(dialog)
    return dialog.choice


def restore(window: MainWindow, orphan: Orphan) -> bool:
    """Open the orphan's build in ``window``, modified, with its original path.

    The orphan's files are deleted only once the window's own autosave holds the build.
    False (the orphan kept) if the user cancels the question about the open build.
    """
    if not window.maybe_save():
        orphan.release()
        return False
    doc = window.document
    newer = orphan.disk_is_newer()
    doc.reset(restored_build(orphan), orphan.original_path)
    doc.extra = orphan.extra  # the file's unknown keys, which the autosave kept
    # A save compares the file with what these changes began from: if it was saved
    # again since, the save asks (keiconfig.ui.file_guard) instead of replacing it.
    doc.file_identity = orphan.original_identity
    doc.set_modified(True)  # not saved: modified, with no undo history
    # Typing not yet entered goes back into its box as typed: never into the build unasked.
    typing_back = orphan.typing is None or window.put_back_typing(*orphan.typing)
    if window.autosaver.save_now() is None:
        orphan.release()  # could not take it over: keep the old copy for next time
    else:
        orphan.discard()
    message = _tr("Restored the autosaved “{name}”: save it to keep it").format(
        name=plain.one_line(orphan.name)
    )
    if not typing_back and orphan.typing is not None:
        message += _tr("; typed but not entered, and not put back: {typing}").format(
            typing=typing_text(*orphan.typing)
        )
    if newer is not None:
        message += _tr("; the file on disk is newer (saved {when})").format(
            when=describe_when(newer)
        )
    window.statusBar().showMessage(message, 20000)
    return True


def offer_recovery(window: MainWindow) -> list[str]:
    """Ask about every orphaned autosave (newest first); returns the answers given."""
    answers: list[str] = []
    unreadable: list[str] = []
    orphans = find_orphans(unreadable)
    if unreadable:  # changes that cannot come back: said before anything is offered
        errors.show_user_error(window, _tr("Autosave damaged"), "\n\n".join(unreadable))
    for orphan in orphans:
        choice = ask_recovery(window, orphan)
        answers.append(choice)
        if choice == RESTORE:
            restore(window, orphan)
        elif choice == DISCARD:
            orphan.discard()
        else:
            orphan.release()
    return answers
