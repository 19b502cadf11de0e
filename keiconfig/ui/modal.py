"""A modal dialog run once, then deleted.

A dialog made with the window as its parent belongs to the window: closed, it was only
hidden, and stayed a child of the window for the rest of the session with all its widgets
(the preset gallery: a row per preset), which every later font, palette and language
change visited again. :func:`run` runs it and has it deleted once the event loop has
control again, so its answer can still be read right after. A question's Save, Discard,
Yes and No buttons get their Alt letters (:mod:`keiconfig.ui.question_letters`), and F1
in any dialog it runs says what the dialog is for (:mod:`keiconfig.ui.dialog_help`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from keiconfig.ui import dialog_help
from keiconfig.ui.question_letters import give_letters


def run(dialog: QDialog) -> int:
    """``dialog.exec()``; the dialog deleted after (at the next turn of the event loop)."""
    if isinstance(dialog, QMessageBox):
        give_letters(dialog)
    dialog_help.watch(dialog)  # F1 in it says what it is for, whatever its parent
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
