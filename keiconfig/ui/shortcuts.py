"""Every keyboard shortcut of the main window, in one table, and Ctrl+Z for the build everywhere.

:data:`KEYS` names each action's keys: a platform's standard key
(:class:`QKeySequence.StandardKey`, which differs between Linux, Windows and macOS) and,
where a platform's standard binding may be missing, the same key spelled out. :func:`keys`
resolves them on the platform it runs on and drops repeats: a key bound twice to one action
makes Qt refuse it as "ambiguous" (Ctrl+Q on Linux was both the Quit key and "Ctrl+Q").

Undo and redo are the build's, from every control of the window and of its floating docks
(:class:`BuildUndoKeys`, which also keeps an Alt+letter that nothing of the window has from
being typed):

* In a number box (a spin box) the build's undo always wins. Digits typed and not yet
  entered are dropped first, so the box shows the build's value again. Escape drops them
  alone. With nothing of the build's to undo (or redo), dropping them is all the key
  does: the box keeps the key then, so the window does not say "Nothing to undo." of a
  key that just took the digits back.
* A text box (the build's name) keeps its own undo only while it holds typing that has not
  yet become part of the build (the name being typed, before Enter or Tab): the build has
  not changed then, and undoing the build would take back an older change the person is
  not looking at, while their typing stayed. Once the text is applied (the panel marks
  the box unmodified), or when there is no typing left to undo, Ctrl+Z undoes the build.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDockWidget, QLineEdit, QWidget

SK = QKeySequence.StandardKey

# action -> its keys, in the order a menu shows them (the first is the one shown).
KEYS: dict[str, tuple[QKeySequence.StandardKey | str, ...]] = {
    "new": (SK.New,),
    "open": (SK.Open,),
    "open_preset": ("Ctrl+Shift+O",),
    "save": (SK.Save,),
    "save_as": (SK.SaveAs, "Ctrl+Shift+S"),
    "quit": (SK.Quit, "Ctrl+Q"),
    "undo": (SK.Undo, "Ctrl+Z"),
    "redo": (SK.Redo, "Ctrl+Shift+Z", "Ctrl+Y"),
    "zoom_in": (SK.ZoomIn, "Ctrl+="),
    "zoom_out": (SK.ZoomOut,),
    "zoom_reset": ("Ctrl+0",),
    "reset_all": ("Ctrl+Shift+R",),
    "projector": ("F5", "Ctrl+Shift+P"),
    "guess_first": ("Ctrl+G",),
    "classroom_panel": ("F6",),
    "comparison_panel": ("F7",),
    "show_controls": ("F8",),
    "model_page": ("F1",),
    "whats_this": (SK.WhatsThis, "Shift+F1"),
    "export_pdf": ("Ctrl+P",),
    "pin": ("Ctrl+D",),
    "race": ("Ctrl+R",),
    "context_menu": ("Shift+F10",),
}


# The window's keys that also work in a window of its own that shows the build beside it
# (Help > How the Model Works): the text sizes and projector mode, for a teacher with the
# page in front of the class. They did nothing there (the page is a window of its own).
VIEW_KEYS: tuple[str, ...] = ("zoom_in", "zoom_out", "zoom_reset", "projector")


def keys(action: str) -> list[QKeySequence]:
    """The keys of ``action`` (a name in :data:`KEYS`) on this platform, each once."""
    found: list[QKeySequence] = []
    for key in KEYS[action]:
        sequences = (
            QKeySequence.keyBindings(key)
            if isinstance(key, QKeySequence.StandardKey)
            else [QKeySequence(key)]
        )
        for seq in sequences:
            if not seq.isEmpty() and seq not in found:
                found.append(seq)
    return found


def set_keys(action: QAction, name: str) -> QAction:
    """Give ``action`` the keys of ``name`` from :data:`KEYS`."""
    action.setShortcuts(keys(name))
    return action


def share_view_keys(window: QWidget, page: QWidget) -> None:
    """Give ``page`` the actions of ``window`` that have the keys of :data:`VIEW_KEYS`: the
    same actions (one checked state, one menu entry), their keys working in either window."""
    wanted = [keys(name) for name in VIEW_KEYS]
    page.addActions([a for a in window.actions() if a.shortcuts() in wanted])


def is_one_of(event: QKeyEvent, sequences: list[QKeySequence]) -> bool:
    """``event`` is a press of exactly one of ``sequences``."""
    combination = QKeySequence(event.keyCombination())
    return any(combination.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in sequences)


def pressed(event: QKeyEvent, name: str) -> bool:
    """``event`` is a press of one of the keys of ``name`` (a name in :data:`KEYS`)."""
    return is_one_of(event, keys(name))


def _matches(event: QKeyEvent, action: QAction) -> bool:
    return is_one_of(event, action.shortcuts())


def window_keys_work_in(widget: QWidget, window: QWidget) -> bool:
    """Whether ``window``'s keys work where ``widget`` is: in the window itself or in a
    floating dock of it (a window of its own, where the window's keys work too); not in a
    dialog, whose controls keep their keys (the window's do not work there)."""
    top = widget.window()
    floating = isinstance(top, QDockWidget) and top.parentWidget() is window
    return top is window or floating


class BuildUndoKeys(QObject):
    """Lets the window's Undo and Redo actions have their keys in number and text boxes.

    A spin box or line edit claims Ctrl+Z for itself (it accepts the ``ShortcutOverride``
    event), so the window's action never saw it. This filter, put on each such box of the
    window as it gets the focus, declines that claim by the rules in the module text.
    """

    def __init__(self, window: QWidget, undo: QAction, redo: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._undo, self._redo = undo, redo
        self._used: QKeySequence | None = None  # a key that dropped typing, and only that
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not isinstance(new, QAbstractSpinBox | QLineEdit):
            return
        # Ctrl+Z in the floating explorer's number boxes did nothing, while its check boxes
        # and lists undid the build: a floating dock's boxes count as the window's.
        if window_keys_work_in(new, self._window):
            new.installEventFilter(self)  # installed once: a second install replaces it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.KeyPress and _stray_alt_letter(watched, event):
            return True  # no letter of the window's: not typed into the box
        if event.type() == QEvent.Type.KeyPress and _emacs_key_of_the_window(event):
            return True  # its action is disabled (Pin with four pinned): the box keeps its text
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractSpinBox):
            used, self._used = self._used, None
            if used == QKeySequence(event.keyCombination()):
                return True  # it dropped the typing (below): the box does nothing more
            return _escape_drops_typing(watched, event)
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        if _matches(event, self._undo):
            redo = False
        elif _matches(event, self._redo):
            redo = True
        else:
            return False
        if isinstance(watched, QAbstractSpinBox):
            typed = watched.text()
            drop_typing(watched)
            action = self._redo if redo else self._undo
            if watched.text() != typed and not action.isEnabled():
                self._used = QKeySequence(event.keyCombination())
                event.accept()  # the box's key this time: not a disabled action's
                return True
        elif isinstance(watched, QLineEdit) and not watched.isReadOnly():
            own = watched.isRedoAvailable() if redo else watched.isUndoAvailable()
            if watched.isModified() and own:
                return False  # the box undoes its own typing
        else:
            return False
        event.ignore()  # not claimed: the window's action takes the key
        return True


def _stray_alt_letter(box: QObject, event: QKeyEvent) -> bool:
    """Alt with a letter or digit that reached a text box as a key press: no label,
    button, tab or menu of the window took it (its shortcut would have), and Qt's text box
    on Linux types the letter ("Cappuccino Sprintp" after Alt+P in projector mode, where
    the Pinned figures are hidden). (AltGr's characters come with other modifiers.)"""
    if event.modifiers() != Qt.KeyboardModifier.AltModifier or not isinstance(box, QLineEdit):
        return False
    key = event.key()
    return (
        Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value
        or Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value
    )


# A text box on Linux and Windows takes these Ctrl+letter keys for Emacs-style editing
# (Ctrl+D deletes the next character). A person pressing one of them that is also a key
# of the window (Ctrl+D, Pin Current Build) means the window's action: when that action
# is disabled, the key reaches the box as a key press and deleted a selected number.
_EMACS_LETTERS: frozenset[Qt.Key] = frozenset(
    {Qt.Key.Key_B, Qt.Key.Key_D, Qt.Key.Key_E, Qt.Key.Key_F, Qt.Key.Key_H, Qt.Key.Key_K}
)


def _emacs_key_of_the_window(event: QKeyEvent) -> bool:
    if event.modifiers() != Qt.KeyboardModifier.ControlModifier:
        return False
    if Qt.Key(event.key()) not in _EMACS_LETTERS:
        return False
    pressed = QKeySequence(event.keyCombination())
    return any(
        pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch
        for name in KEYS
        for k in keys(name)
    )


def _escape_drops_typing(box: QAbstractSpinBox, event: QKeyEvent) -> bool:
    """Escape in a number box over digits not yet entered shows the build's value again
    and is used up (else typed digits could only be entered, or dropped with Ctrl+Z,
    which undoes the build's last change too); with none, Escape goes on (a dialog's)."""
    if event.key() != Qt.Key.Key_Escape or event.modifiers() != Qt.KeyboardModifier.NoModifier:
        return False
    typed = box.text()
    drop_typing(box)
    return box.text() != typed


def drop_typing(box: QAbstractSpinBox) -> None:
    """Show the spin box's value again in place of digits typed and not entered."""
    value = getattr(box, "value", None)
    setter = getattr(box, "setValue", None)
    if callable(value) and callable(setter):
        setter(value())  # the same value: no signal, but the text is written anew
