"""Typing not yet entered: digits or a name typed into a window's focused box before Enter
(or leaving the box) makes them the build's.

- :func:`commit`: makes it the build's, as Enter would: Save saves what the window shows,
  and Quit, Open or New ask about it instead of dropping it unasked.
- :func:`not_entered`: (the box's accessible name, its text), for the autosave, which keeps
  it apart from the build and never commits it (a "3" typed on the way to "3300" is not a
  3 mm car, nor an undo step).
- :func:`put_back`: recovery puts it back into its box, focused and still not entered.
- :func:`follow_focus`: typing in the focused box schedules the autosave.

The box is the window's own focus widget, not the application's, so a box keeps its typing
while another window or a dialog is in front.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)


def typing_box(window: QWidget) -> QWidget | None:
    """The focused box of ``window`` one types into (a line edit or a spin box)."""
    focus = window.focusWidget()
    if focus is None or not window.isAncestorOf(focus):
        return None
    box = focus.parentWidget() if isinstance(focus.parentWidget(), QAbstractSpinBox) else focus
    if isinstance(box, (QAbstractSpinBox, QLineEdit)) and not box.isReadOnly():
        return box
    return None


def commit(window: QWidget) -> None:
    """What is typed in the focused box and not yet entered becomes the build's."""
    box = typing_box(window)
    if isinstance(box, QAbstractSpinBox):
        box.interpretText()  # its valueChanged makes the change
    elif isinstance(box, QLineEdit) and box.isModified():
        box.editingFinished.emit()


def not_entered(window: QWidget) -> tuple[str, str] | None:
    """(the focused box's accessible name, its text) when typing in it is not yet entered."""
    box = typing_box(window)
    if isinstance(box, QAbstractSpinBox):
        edit = box.lineEdit()
        if isinstance(box, (QSpinBox, QDoubleSpinBox)) and edit.text() == _shown(box):
            return None
    elif isinstance(box, QLineEdit):
        edit = box
    else:
        return None
    if not edit.isModified() or not box.accessibleName():
        return None
    return box.accessibleName(), edit.text()


def put_back(window: QWidget, name: str, text: str) -> bool:
    """``text`` back into the one box named ``name``, focused and not entered (as it was
    typed); False when no single such box is there to take it."""
    boxes = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, (QAbstractSpinBox, QLineEdit))
        and w.accessibleName() == name
        and w.isVisibleTo(window)
        and w.isEnabled()
        and not w.isReadOnly()
    ]
    if len(boxes) != 1:
        return False
    (box,) = boxes
    edit = box.lineEdit() if isinstance(box, QAbstractSpinBox) else box
    if not isinstance(edit, QLineEdit):
        return False
    box.setFocus(Qt.FocusReason.OtherFocusReason)
    edit.setText(text)
    edit.setModified(True)
    edit.end(False)
    return True


def follow_focus(
    window: QWidget, old: QWidget | None, new: QWidget | None, schedule: Callable[[], None]
) -> None:
    """The application's focus moved from ``old`` to ``new``: typing in ``window``'s newly
    focused box calls ``schedule`` (the autosave's), the old box's no longer does. (The
    window connects its own method to QApplication.focusChanged and calls this, so the
    connection ends with the window.)"""
    for widget, connect in ((old, False), (new, True)):
        # A number box has the focus itself; its digits are typed into its line edit.
        edit = widget.lineEdit() if isinstance(widget, QAbstractSpinBox) else widget
        if isinstance(edit, QLineEdit) and window.isAncestorOf(edit):
            if connect:
                edit.textEdited.connect(schedule)
            else:
                with contextlib.suppress(RuntimeError, TypeError):
                    edit.textEdited.disconnect(schedule)


def _shown(box: QSpinBox | QDoubleSpinBox) -> str:
    """The text a spin box shows for its value (what is there when nothing is typed)."""
    if box.specialValueText() and box.value() == box.minimum():
        return box.specialValueText()
    return box.prefix() + box.textFromValue(box.value()) + box.suffix()  # type: ignore[arg-type]
