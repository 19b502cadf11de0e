"""After a dialog closes, the keyboard focus goes back to where it was.

Every dialog of the window (Open, Save As, an error box, a question, the preset gallery,
About, ...) has the main window as its parent. When one closed, the window system gave
the focus to that parent: a person who was in a floating dock (the Classroom, the
Comparison, the explorer: windows of their own) found their typing going to the main
window's Name box, under the explorer (seen under openbox). Without a window manager
(a bare X server) no window was active at all after a dialog, and no key of the window
worked until a click.

:class:`FocusReturn` follows the focus among the main window's family (the window, its
floating docks, its dialogs). When the focus enters a dialog, it notes the widget that
had it before; when that dialog hides, it gives that widget's window and the widget the
focus back, unless another dialog is up (a question followed by Save As: the last one to
close gives the focus back) or the widget is gone. A dialog that the closing one opened
(the class folder's ranking after its folder was chosen, a challenge after its file) is
given the focus instead: the focus given back to the window had taken it from the new
dialog, which stood on screen with the keys in the window behind it (Escape did not
close it; seen under openbox). It watches the application's focus
changes and the dialogs' own hide events only, not every event of the application.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from keiconfig.ui.soon import soon

KEYBOARD_FOCUS = Qt.WidgetAttribute.WA_KeyboardFocusChange


def _alive(widget: QWidget | None) -> QWidget | None:
    return widget if widget is not None and shiboken6.isValid(widget) else None


class FocusReturn(QObject):
    """Gives the focus back after the dialogs of ``window`` (ends with the window)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._last: QWidget | None = None  # the family's focus widget, last seen
        # each dialog up -> the widget that had the focus before it
        self._before: dict[QDialog, QWidget] = {}
        self._keyboard: dict[QDialog, bool] = {}
        self._shown_then: dict[QDialog, set[QDialog]] = {}  # the dialogs up as each came
        self._show_focus: dict[QWidget, QWidget] = {}  # window being activated -> its focus
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _ours(self, widget: QWidget) -> bool:
        """``widget`` is in the window, one of its floating docks or one of its dialogs."""
        w: QWidget | None = widget
        while w is not None:
            if w is self._window:
                return True
            w = w.parentWidget()
        return False

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self._ours(new):
            return  # (a window losing the focus reports None: the last widget is kept)
        top = new.window()
        before = _alive(self._last)
        if (
            isinstance(top, QDialog)
            and top not in self._before
            and before is not None
            and before.window() is not top
        ):
            self._before[top] = before
            # whether the style showed the focus (it does after keys, not after a click)
            self._keyboard[top] = before.window().testAttribute(KEYBOARD_FOCUS)
            self._shown_then[top] = self._dialogs_up()
            top.installEventFilter(self)
        self._last = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Hide and watched in self._before:
            watched.removeEventFilter(self)
            before = self._before.pop(watched)
            keyboard = self._keyboard.pop(watched)
            shown_then = self._shown_then.pop(watched, set())
            # a dialog opened next (Save As after "Save the changes?") gives the focus back
            # to where this one would have, not to this one's hidden button
            self._last = before
            # after the hide has run its course (Qt and a window manager choose a window)
            soon(self, lambda: self._after(before, keyboard, shown_then))
        elif kind == QEvent.Type.WindowActivate and watched in self._show_focus:
            watched.removeEventFilter(self)
            widget = self._show_focus.pop(watched)
            # (the activation itself clears the sign: put it back once it is done)
            soon(self, lambda: self._show(widget))
        return False

    def _dialogs_up(self) -> set[QDialog]:
        """The window's dialogs on screen (modal or not)."""
        return {
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and self._ours(w)
        }

    def _after(self, before: QWidget, keyboard: bool, shown_then: set[QDialog]) -> None:
        """A dialog closed: the focus to a dialog it opened, else back to ``before``."""
        opened = self._dialogs_up() - shown_then
        if not opened:
            self._give_back(before, keyboard)
            return
        # its focus shown (the menus that opened it, Alt+F then C, leave no sign of keys)
        for dialog in opened:  # (one, as a rule: the ranking, the challenge)
            dialog.raise_()
            if QApplication.activeWindow() is dialog:
                self._show(dialog)
                continue
            self._show_focus[dialog] = dialog  # once it is active
            dialog.installEventFilter(self)
            dialog.activateWindow()

    def give_focus(self, widget: QWidget) -> None:
        """Put the focus in ``widget`` with the style's sign of it, its window (a floating
        dock) made active: where a key opened a panel (Tools > Explore…). Qt shows the
        focus only after keys in that window, and an activation clears that."""
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)  # (the window's, if not active)
        self._give_back(widget, keyboard=True)

    def _give_back(self, before: QWidget, keyboard: bool) -> None:
        widget = _alive(before)
        if widget is None or not widget.isVisible() or QApplication.activeModalWidget():
            return  # gone, or another dialog is up (it gives the focus back when it closes)
        top = widget.window()
        if QApplication.activeWindow() is not top:
            if keyboard:  # the style showed the focus before the dialog: show it again
                self._show_focus[top] = widget
                top.installEventFilter(self)
            top.activateWindow()
        elif keyboard:
            self._show(widget)
        widget.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _show(self, widget: QWidget) -> None:
        if _alive(widget) is not None and isinstance(widget, QDialog):  # its own focus
            widget.setAttribute(KEYBOARD_FOCUS)
            focus = widget.focusWidget()
            if focus is not None:
                focus.update()
            return
        if _alive(widget) is not None and widget.hasFocus():
            widget.window().setAttribute(KEYBOARD_FOCUS)
            widget.update()
