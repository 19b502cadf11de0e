"""Float a dock, dock it again, or close it, from the keyboard.

The docks (the Classroom, the Comparison, the race, the explorer) floated or docked again
only with the mouse (a double-click or a drag of the title bar, the title bar's buttons):
View > Reset Layout was a keyboard user's only way back, and a docked explorer had no key
to close it. Now:

* View > Floating Panels has an entry for each dock, ticked while it floats: choosing it
  floats the dock (a window of its own, on the screen) or docks it again where it was;
  an entry is greyed while its dock is closed; and Move Panel and Size Panel, for the
  floating dock the keys are in;
* a dock's own menu, the context menu key or Shift+F10 where its control has no menu of
  its own, or a right-click on its title bar: Float (ticked while it floats), Move and
  Size (while it floats) and Close.

Move and Size are a window manager's keyboard move and resize (Alt+F7, Alt+F8), which a
floating dock had none of under openbox: the arrow keys then move the dock, or move its
right and bottom edges, 10 pixels a press (with Shift, 1), on the screen; Enter keeps the
place, Escape puts the dock back where it was, and any other key (or a click elsewhere)
keeps it and goes on as usual. The status bar says so while it lasts.

Shift+F10 is the context menu key, as on other Linux and Windows desktops, for every
control of the window and its docks (Qt knows only the Menu key): a text box's Cut, Copy
and Paste too. A drop-down box without a text box has no menu of its own, yet Qt's takes
the context menu event and shows nothing: Shift+F10 and the Menu key in the docked
explorer's Era box opened nothing. Its event now goes on to the box's parents, as a
button's does (the dock's menu).

The keys then stay with the dock: floated, its window is made active and the control that
had the focus in it (else its first control) has it, shown as after keys; docked again,
the main window is active with that control focused. A dock closed from its menu gives the
focus back to the window's controls, as Escape in a dock does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QMainWindow,
    QMenu,
    QWidget,
)

from keiconfig.ui import dock_state, shortcuts
from keiconfig.ui.mnemonics import focus_target
from keiconfig.ui.soon import soon


class DockKeys(QObject):
    """The docks' keyboard commands of ``window``: :attr:`menu` (View > Floating Panels)
    and each watched dock's own menu. ``give_focus(widget)`` puts the focus there with its
    sign, its window made active (the window's FocusReturn); ``leave(dock)`` gives the
    focus back to the window's controls from a dock (the window's DockEscape)."""

    def __init__(
        self,
        window: QMainWindow,
        give_focus: Callable[[QWidget], None],
        leave: Callable[[QDockWidget], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._give_focus = give_focus
        self._leave = leave
        self.menu = QMenu(self.tr("&Floating Panels"), window)
        self.menu.aboutToShow.connect(self._update)
        self._floating: dict[QDockWidget, QAction] = {}
        # Shift+F10: the focused control's context menu, as the Menu key opens it
        self.context_menu_action = QAction(self.tr("Context Menu"), window)
        shortcuts.set_keys(self.context_menu_action, "context_menu")
        self.context_menu_action.triggered.connect(open_context_menu)
        window.addAction(self.context_menu_action)
        self.geometry_keys = GeometryKeys(window)
        # Move Panel and Size Panel, for the floating dock the keys are in, after the docks'
        # entries (its own menu is out of reach where the focused control has a menu of its
        # own: Shift+F10 in a text box opens the box's)
        self._geometry_entries = self.menu.addSeparator()
        self._move_panel = self.menu.addAction(self.tr("&Move Panel"))
        self._move_panel.triggered.connect(lambda: self._geometry_of_focused(resize=False))
        self._size_panel = self.menu.addAction(self.tr("&Size Panel"))
        self._size_panel.triggered.connect(lambda: self._geometry_of_focused(resize=True))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QComboBox):
            new.installEventFilter(self)  # installed once: a second install replaces it

    def watch(self, dock: QDockWidget, entry: str) -> None:
        """``dock`` in View > Floating Panels as ``entry`` (with its letter), and its own
        menu."""
        action = QAction(entry, self.menu)
        action.setCheckable(True)
        action.triggered.connect(lambda on: self.set_floating(dock, on))
        self.menu.insertAction(self._geometry_entries, action)
        self._floating[dock] = action
        dock.installEventFilter(self)

    def _focused_floating_dock(self) -> QDockWidget | None:
        """The floating dock the keys are in, if they are in one."""
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for dock in self._floating:
            if dock.isFloating() and dock.isVisible() and dock.isAncestorOf(focus):
                return dock
        return None

    def _geometry_of_focused(self, resize: bool) -> None:
        dock = self._focused_floating_dock()
        if dock is not None:
            self.geometry_keys.start(dock, resize=resize)

    def _update(self) -> None:
        for dock, action in self._floating.items():
            action.setChecked(dock.isFloating())
            action.setEnabled(not dock.isHidden())
        inside = self._focused_floating_dock() is not None
        self._move_panel.setEnabled(inside)
        self._size_panel.setEnabled(inside)

    def set_floating(self, dock: QDockWidget, floating: bool) -> None:
        """Float ``dock`` or dock it again where it was, the keys in it."""
        if dock.isHidden() or dock.isFloating() == floating:
            return
        focus = QApplication.focusWidget()
        inside = focus if focus is not None and dock.isAncestorOf(focus) else None
        dock.setFloating(floating)
        if floating:
            dock.show()
            dock.raise_()
            dock_state.keep_on_screen(dock)
        else:
            dock.raise_()  # (in front of the docks it shares tabs with)
        widget = dock.widget()
        target = inside or (focus_target(widget) if widget is not None else None)
        if target is not None:
            # once the window system has the dock's new window (or has taken it away)
            soon(self, lambda: self._keys_to(dock, target))

    def _keys_to(self, dock: QDockWidget, target: QWidget) -> None:
        if dock.isFloating():
            dock_state.keep_on_screen(dock)  # (framed now: the title bar on the screen too)
        if target.isVisible():
            self._give_focus(target)

    def close(self, dock: QDockWidget) -> None:
        """Close ``dock``; the focus, if it was in it, back in the window's controls."""
        focus = QApplication.focusWidget()
        if focus is not None and dock.isAncestorOf(focus):
            self._leave(dock)  # (a floating dock is closed by it)
        dock.close()

    def dock_menu(self, dock: QDockWidget) -> QMenu:
        """``dock``'s own menu: Float (ticked while it floats), Move and Size (with the
        arrow keys; only while it floats) and Close."""
        menu = QMenu(dock)
        float_action = menu.addAction(self.tr("&Float"))
        float_action.setCheckable(True)
        float_action.setChecked(dock.isFloating())
        float_action.triggered.connect(lambda on: self.set_floating(dock, on))
        move_action = menu.addAction(self.tr("&Move"))
        move_action.setEnabled(dock.isFloating())
        move_action.triggered.connect(lambda: self.geometry_keys.start(dock, resize=False))
        size_action = menu.addAction(self.tr("&Size"))
        size_action.setEnabled(dock.isFloating())
        size_action.triggered.connect(lambda: self.geometry_keys.start(dock, resize=True))
        close_action = menu.addAction(self.tr("&Close"))
        close_action.triggered.connect(lambda: self.close(dock))
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ContextMenu
            and isinstance(watched, QComboBox)
            and not watched.isEditable()
        ):
            event.ignore()  # no menu of its own: the event goes on to its parents
            return True
        if (
            event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
            and isinstance(watched, QDockWidget)
            and watched in self._floating
        ):
            menu = self.dock_menu(watched)
            menu.aboutToHide.connect(menu.deleteLater)
            menu.popup(event.globalPos())
            return True
        return False


def open_context_menu() -> None:
    """The focused control's context menu, as Qt opens it for the Menu key: a keyboard
    context menu event at the text cursor (a text box) or the control's centre, passed on
    to the control's parents if it has none (a dock's own menu)."""
    widget = QApplication.focusWidget()
    if widget is None:
        return
    pos = widget.rect().center()
    if widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled):
        cursor = widget.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
        if isinstance(cursor, QRect | QRectF) and not cursor.isNull():
            pos = QRectF(cursor).toRect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)


class GeometryKeys(QObject):
    """A floating dock moved or sized with the arrow keys (its menu's Move and Size), as a
    window manager's keyboard move and resize: 10 pixels a press, 1 with Shift, kept on
    its screen; Enter keeps it, Escape puts it back, any other key or a click keeps it and
    goes on. The window's status bar says the keys while it lasts."""

    STEP = 10
    FINE = 1

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._dock: QDockWidget | None = None
        self._resize = False
        self._before = QRect()

    @property
    def active(self) -> bool:
        return self._dock is not None

    def start(self, dock: QDockWidget, resize: bool) -> None:
        """Keys move (``resize``: size) ``dock`` from now until Enter, Escape or another key."""
        if not dock.isFloating() or dock.isHidden():
            return
        self.stop()
        self._dock, self._resize, self._before = dock, resize, dock.geometry()
        QApplication.instance().installEventFilter(self)
        self._window.statusBar().showMessage(
            self.tr(
                "Size the panel: the arrow keys move its right and bottom edges (Shift: "
                "finer); Enter keeps the size, Escape puts it back."
            )
            if resize
            else self.tr(
                "Move the panel: the arrow keys move it (Shift: finer); Enter keeps the "
                "place, Escape puts it back."
            )
        )

    def stop(self, restore: bool = False) -> None:
        dock = self._dock
        if dock is None:
            return
        self._dock = None
        QApplication.instance().removeEventFilter(self)
        if restore and dock.isFloating():
            dock.setGeometry(self._before)
        self._window.statusBar().clearMessage()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        dock = self._dock
        if dock is None:
            return False
        if not dock.isFloating() or not dock.isVisible():
            self.stop()
            return False
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.NonClientAreaMouseButtonPress):
            self.stop()  # a click: the keys are over, the click goes on
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            return False
        # (a ShortcutOverride accepted: no shortcut takes the key, its KeyPress comes here)
        if key in _ARROWS:
            if kind == QEvent.Type.KeyPress:  # (held down: again and again, as a WM does)
                fine = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self._step(dock, *_ARROWS[key], self.FINE if fine else self.STEP)
            event.accept()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            if kind == QEvent.Type.KeyPress:
                self.stop(restore=key == Qt.Key.Key_Escape)
            event.accept()
            return True
        self.stop()  # any other key: kept where it is, the key goes on as usual
        return False

    def _step(self, dock: QDockWidget, dx: int, dy: int, step: int) -> None:
        geometry = QRect(dock.geometry())
        if self._resize:
            least = dock.minimumSizeHint().expandedTo(dock.minimumSize())
            geometry.setWidth(max(geometry.width() + dx * step, least.width()))
            geometry.setHeight(max(geometry.height() + dy * step, least.height()))
        else:
            geometry.translate(dx * step, dy * step)
        dock.setGeometry(geometry)
        dock_state.keep_on_screen(dock)


_ARROWS: dict[Qt.Key, tuple[int, int]] = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
