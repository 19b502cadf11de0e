"""A number box's own menu: its Undo and Redo are the build's, as its Ctrl+Z is.

Shift+F10, the Menu key or a right-click on a number box (a spin box) of the window or of
the explorer opens Qt's menu for it: Undo, Redo, Cut, Copy, Paste, Delete, Select All,
Step up, Step down. Its Undo and Redo were the box's text's own: greyed once a value was
entered (the box writes the value anew, which forgets its typing), while Ctrl+Z in the
box, as the Edit menu shows it, undid the build (:class:`keiconfig.ui.shortcuts.
BuildUndoKeys`). So the menu said there was nothing to undo when there was.

Now they do what the keys do: Undo drops the digits typed and not yet entered (the box
shows the build's value again) and undoes the build's last change, Redo likewise redoes;
each is greyed only when it would do nothing, and shows its key. The build's undo stack
stays the one route of change: the items trigger the window's Undo and Redo actions. The
rest of Qt's menu (with Qt's translations) is left as it is.

Qt makes the menu inside the box's context menu event and runs it there; the box's text
field is its parent. This filter, put on each number box of the window (and of its
floating docks) as it gets the focus, watches that field while the event lasts and puts
its two items in the menu as it is about to show.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QMenu, QWidget

from keiconfig.ui.shortcuts import drop_typing, window_keys_work_in

UNDO_ITEM = "edit-undo"  # the object names Qt gives the text field's menu items
REDO_ITEM = "edit-redo"


class SpinBoxMenu(QObject):
    """Makes the Undo and Redo items of ``window``'s number boxes' menus the build's."""

    def __init__(self, window: QWidget, undo: QAction, redo: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._undo, self._redo = undo, redo
        self._box: QAbstractSpinBox | None = None  # the box whose menu is being made
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QAbstractSpinBox) and window_keys_work_in(new, self._window):
            new.installEventFilter(self)  # installed once: a second install replaces it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu and isinstance(watched, QAbstractSpinBox):
            edit = watched.lineEdit()
            if edit is not None:
                self._box = watched
                edit.installEventFilter(self)  # its menu is made there, during this event
        elif kind == QEvent.Type.ChildPolished and self._box is not None:
            child = getattr(event, "child", lambda: None)()
            if isinstance(child, QMenu) and watched is self._box.lineEdit():
                box = self._box
                watched.removeEventFilter(self)
                self._box = None
                child.aboutToShow.connect(lambda: self.build_items(child, box))
        return False

    def build_items(self, menu: QMenu, box: QAbstractSpinBox) -> None:
        """Put the build's Undo and Redo in ``menu`` (``box``'s) in place of the text's."""
        edit = box.lineEdit()
        typed = edit.isUndoAvailable() or edit.isRedoAvailable()  # digits not yet entered
        for name, action in ((UNDO_ITEM, self._undo), (REDO_ITEM, self._redo)):
            qt_item = next((a for a in menu.actions() if a.objectName() == name), None)
            if qt_item is None:
                continue
            label = qt_item.text().split("\t")[0]  # (Qt's words, in Qt's translation)
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            item = QAction(f"{label}\t{key}" if key else label, menu)
            item.setObjectName(name)
            item.setEnabled(typed or action.isEnabled())
            item.triggered.connect(lambda _=False, a=action: self._take_back(box, a))
            menu.insertAction(qt_item, item)
            menu.removeAction(qt_item)

    @staticmethod
    def _take_back(box: QAbstractSpinBox, action: QAction) -> None:
        """What Ctrl+Z (or Redo's key) does in ``box``: the typing dropped, then the
        build's step."""
        drop_typing(box)
        if action.isEnabled():
            action.trigger()
