"""Alt letters on a question's Save, Discard, Yes and No buttons.

Qt names a message box's standard buttons after the desktop's theme; with none (openbox,
a bare X server, a classroom's kiosk session) they had no letter. "Save the changes?"
(Ctrl+N, Ctrl+Q, Ctrl+O with changes) could be answered Save with Enter and Cancel with
Escape, but Discard only with Tab, Tab, Space (seen on Xvfb + openbox, in English and
Japanese). :func:`give_letters` names those buttons with a letter each (Alt+D: Discard),
unless another button of the box has that letter already; a button that has a letter
keeps its text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from keiconfig.ui.mnemonics import mnemonic

SB = QMessageBox.StandardButton


def _tr(text: str) -> str:
    return QCoreApplication.translate("question_letters", text)


def _named() -> tuple[tuple[QMessageBox.StandardButton, str], ...]:
    return (
        (SB.Save, _tr("&Save")),
        (SB.Discard, _tr("&Discard")),
        (SB.Yes, _tr("&Yes")),
        (SB.No, _tr("&No")),
    )


def give_letters(box: QMessageBox) -> None:
    """The standard Save, Discard, Yes and No buttons of ``box`` named with a letter."""
    taken = {mnemonic(b.text()) for b in box.buttons()} - {""}
    for which, text in _named():
        button = box.button(which)
        letter = mnemonic(text)
        if button is None or mnemonic(button.text()) or not letter or letter in taken:
            continue
        button.setText(text)
        taken.add(letter)
