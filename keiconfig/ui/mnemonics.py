"""Alt+letter in the part of the window where the focus is.

Qt gives a label's, a button's or a tab's Alt letter to the whole window: the controls'
column, the dashboard and every docked panel (the Classroom, the Comparison, the race, the
explorer) share one set of letters, with the menus' six taken. That is more controls than
there are letters, and a letter that two of them have only moves the focus between them
(Qt cycles), so a button sharing one is never pressed by it.

Here each part has its own letters: the window's own widgets (the column and the
dashboard) are one part, each dock another, docked or floating. A letter that more than
one of the widgets Qt would consider has goes to the one in the part where the focus is,
as if it were the only one: a label's letter puts the focus in its control, a button's
presses the button, a tab's chooses the tab and puts the focus in its page's first
control that takes it (Qt's left it where it was: Alt+A for the explorer's Pareto tab
from its form, and the next key acted on the form). A label's letter puts the focus in the
first part of its control that takes it (:func:`focus_target`): Qt gives it only to a
control that takes the focus itself, so the letters of every slider-and-box row and of
the final drive did nothing. A letter the focused part does not have is left to Qt
(a docked panel's letter from the column: it goes there), as are the menus' letters (they
open their menus from every part).

A floating dock is a window of its own, and the window that has the focus has the keys:
while the main window is active, the floating dock's letters do not work there (Qt's
rule); while the floating dock is active, only its own letters and the menus' work. Qt
would give it the main window's too (it keeps a tool window's parent's shortcuts), which
only moved the focus in the window behind, unseen, where a click back then found it.

A part has more controls than letters (the column has some thirty labels; twenty letters
are left beside the menus'), so a titled group with a letter of its own (the column's
Body, Engine, Drivetrain, Pinned figures: "&Body") is a part within its part: its letter
puts the focus in its first control, and the letters of its controls are its own. A
letter goes to the one widget with it in the innermost group round the focus, else in
the next one out, up to the part: in the Body, Alt+O is the Roof; in the Engine, its
Powertrain; from the dashboard, Alt+O has one in three groups and none of the window's
own, and goes to the next of them in Tab order. A group's own letter may be one of its
controls' too (Wheel&base in the &Body): from inside the group it is the control's,
from outside the group's. Every control of the column is two key presses away at most:
Alt with its group's letter, then Alt with its own.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenuBar,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QWidget,
)

from keiconfig.ui.focus_chain import has_focus_proxy, tab_chain
from keiconfig.ui.soon import soon

ALT = Qt.KeyboardModifier.AltModifier


def mnemonic(text: str) -> str:
    """The lower-case letter after the single "&" of ``text`` ("" if none)."""
    plain = text.replace("&&", "")
    i = plain.find("&")
    return plain[i + 1].lower() if 0 <= i < len(plain) - 1 else ""


def part_of(widget: QWidget) -> QWidget:
    """The part of its window ``widget`` belongs to: its dock, or else its window."""
    w: QWidget | None = widget
    while w is not None:
        if isinstance(w, QDockWidget):
            return w
        if w.isWindow():
            return w
        w = w.parentWidget()
    return widget.window()


def scope_of(widget: QWidget) -> QWidget:
    """The innermost group with a letter of its own (:func:`lettered_group`) round
    ``widget`` (not ``widget`` itself), else its part (:func:`part_of`)."""
    part = part_of(widget)
    w = widget.parentWidget()
    while w is not None and w is not part:
        if lettered_group(w):
            return w
        w = w.parentWidget()
    return part


def scopes_round(widget: QWidget) -> list[QWidget]:
    """The lettered groups round ``widget``, innermost first (``widget`` itself too, if it
    is one), then its part."""
    part = part_of(widget)
    found: list[QWidget] = []
    w: QWidget | None = widget
    while w is not None and w is not part:
        if lettered_group(w):
            found.append(w)
        w = w.parentWidget()
    return [*found, part]


def lettered_group(widget: QWidget) -> bool:
    """``widget`` is a titled group whose title has a letter: a part within its part."""
    return isinstance(widget, QGroupBox) and bool(mnemonic(widget.title()))


class _Target:
    """A widget with the letter: what pressing it does (as Qt does for a single one)."""

    def __init__(self, widget: QWidget, tab: int = -1) -> None:
        self.widget = widget
        self.tab = tab

    def activate(self) -> None:
        w = self.widget
        if isinstance(w, QLabel):
            buddy = w.buddy()
            assert buddy is not None
            into = focus_target(buddy)
            if into is not None:
                into.setFocus(Qt.FocusReason.ShortcutFocusReason)
                scroll_to(w, into)
            if isinstance(buddy, QAbstractButton):
                buddy.animateClick()
        elif isinstance(w, QTabBar):
            w.setCurrentIndex(self.tab)
            # The focus in the page chosen, as a label's letter puts it in its control: left
            # where it was (the explorer's form), the next key acted there, unseen.
            page = tab_page(w, self.tab)
            into = focus_target(page) if page is not None else None
            if into is not None:
                into.setFocus(Qt.FocusReason.ShortcutFocusReason)
                scroll_to(w, into)
        elif isinstance(w, QGroupBox):
            into = focus_target(w)
            if into is not None:
                into.setFocus(Qt.FocusReason.ShortcutFocusReason)
                scroll_to(w, into)
        elif isinstance(w, QAbstractButton):
            w.animateClick()
        # (a floating dock itself: a letter that is not its own, taken to do nothing)


def scroll_to(label: QWidget, control: QWidget) -> None:
    """Scroll the scroll area round ``control`` (the controls' column) so that it and its
    label (or its group's title) are in view: Qt scrolls to a control the focus reaches
    with Tab, not with a letter, which left it below the fold, unseen."""
    w = control.parentWidget()
    while w is not None and not isinstance(w, QScrollArea):
        w = w.parentWidget()
    inner = w.widget() if w is not None else None
    if w is None or inner is None or not inner.isAncestorOf(control):
        return
    w.ensureWidgetVisible(label, 0, 0)
    w.ensureWidgetVisible(control)


def tab_page(bar: QTabBar, index: int) -> QWidget | None:
    """The page of a tab widget's tab ``index`` (None for a bar of no tab widget: the
    window's tabs of docks in one place)."""
    tabs = bar.parentWidget()
    if isinstance(tabs, QTabWidget) and tabs.tabBar() is bar:
        return tabs.widget(index)
    return None


def focus_target(control: QWidget) -> QWidget | None:
    """Where a label's letter puts the focus in its control: the control (or its focus
    proxy) when it takes the focus, else the first part of it that does in Tab's order
    (a number's slider or box is greyed while its Auto box is checked: the Auto box)."""
    takes = Qt.FocusPolicy.TabFocus

    def ready(w: QWidget) -> bool:
        return bool(w.focusPolicy() & takes) and w.isEnabled() and w.isVisible()

    proxy = control.focusProxy()
    if ready(control) or (proxy is not None and ready(proxy)):
        return control
    # The whole chain, not only the run right after the control: a row that orders its
    # parts' Tab itself (the gear ratios, 3715f42) takes them out of the run after it.
    for w in tab_chain(control):
        if control.isAncestorOf(w) and not has_focus_proxy(w) and ready(w):
            return w
    return None


def _targets(window: QWidget, letter: str) -> list[_Target]:
    """The shown, enabled labels (of a control), buttons, tabs and lettered groups of
    ``window`` (not of windows inside it) with ``letter``."""
    found: list[_Target] = []

    def live(w: QWidget) -> bool:
        return w.window() is window and w.isVisible() and w.isEnabled()

    for label in window.findChildren(QLabel):
        if label.buddy() is not None and mnemonic(label.text()) == letter and live(label):
            found.append(_Target(label))
    for button in window.findChildren(QAbstractButton):
        if mnemonic(button.text()) == letter and live(button):
            found.append(_Target(button))
    for bar in window.findChildren(QTabBar):
        if live(bar):
            found.extend(
                _Target(bar, i)
                for i in range(bar.count())
                if bar.isTabEnabled(i)
                and bar.isTabVisible(i)
                and mnemonic(bar.tabText(i)) == letter
            )
    for group in window.findChildren(QGroupBox):
        if mnemonic(group.title()) == letter and live(group):
            found.append(_Target(group))
    return found


def _nearest(targets: list[_Target], focus: QWidget) -> _Target | None:
    """The target for the focus: the only one inside the innermost scope round the focus
    that has any (:func:`scopes_round`); of several there, the one whose own scope that
    is, else the next in Tab order; None for none in the focus's part."""
    part = part_of(focus)
    for scope in scopes_round(focus):
        inside = [t for t in targets if scope.isAncestorOf(t.widget) and part_of(t.widget) is part]
        if len(inside) == 1:
            return inside[0]
        if not inside:
            continue
        own = [t for t in inside if scope_of(t.widget) is scope]
        if len(own) == 1:
            return own[0]
        return _next_in_tab_order(inside, focus)
    return None


def _next_in_tab_order(targets: list[_Target], focus: QWidget) -> _Target | None:
    """Of ``targets``, the first whose widget comes after ``focus`` in Tab's order (a
    label: where its control is), round to the start."""
    place: dict[int, _Target] = {}
    for t in targets:
        w = t.widget
        if isinstance(w, QLabel) and w.buddy() is not None:
            w = w.buddy()
        place.setdefault(id(w), t)
    for after in tab_chain(focus):
        found = place.get(id(after))
        if found is not None:
            return found
    return place.get(id(focus))


def _menu_letters(window: QWidget) -> set[str]:
    bar = window.findChild(QMenuBar) if isinstance(window, QMainWindow) else None
    if bar is None:
        return set()
    return {mnemonic(a.text()) for a in bar.actions() if a.isVisible() and a.isEnabled()}


def _letter(event: QKeyEvent) -> str:
    if event.modifiers() != ALT:
        return ""
    key = event.key()
    if (
        Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value
        or Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value
    ):
        return chr(key).lower()
    return ""


class _Eater(QObject):
    """Eats the press of a letter handled at its ShortcutOverride, sent next to the widget
    with the focus then (the one the letter gave it to), so that it is not typed there.

    It watches that widget, not the application: an application filter installed at the
    letter would run before the menu bar's (Qt runs the newest first), and the menu bar
    watches for a key pressed between Alt's press and release; not seeing the letter's, it
    took a release of Alt before the letter's (as people and xdotool often release) for
    Alt alone, and put the focus in the menu bar, where the next keys opened menus."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._key: int | None = None
        self._on: QObject | None = None

    def eat(self, key: int) -> None:
        self.stop()
        receiver = QApplication.focusObject()
        if receiver is None:
            return
        self._key, self._on = key, receiver
        receiver.installEventFilter(self)
        soon(self, self.stop)

    def stop(self) -> None:
        if self._on is not None and shiboken6.isValid(self._on):
            self._on.removeEventFilter(self)
        self._key, self._on = None, None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and watched is self._on
            and event.key() == self._key
        ):
            self.stop()
            return True
        return False


class PartMnemonics(QObject):
    """Watches ``window`` and its docks (:meth:`watch`) for Alt+letter; see the module."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._eater = _Eater(self)  # the press that follows a letter handled here
        window.installEventFilter(self)

    def watch(self, dock: QDockWidget) -> None:
        """Also a dock (floating, it is a window of its own: the keys stop at it)."""
        dock.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            target = self._resolve(event)
            if target is None:
                return False
            # The key is the part's: Qt's shortcut map leaves it, and its press that Qt
            # then sends to the focused widget (the one the letter gave the focus to) is
            # eaten, not typed.
            event.accept()
            target.activate()
            self._eater.eat(event.key())
            return True
        return False

    def _resolve(self, event: QKeyEvent) -> _Target | None:
        letter = _letter(event)
        focus = QApplication.focusWidget()
        if not letter or focus is None or QApplication.activePopupWidget() is not None:
            return None
        active = focus.window()
        if letter in _menu_letters(self._window):
            return None
        if active is not self._window:
            if not (isinstance(active, QDockWidget) and active.parentWidget() is self._window):
                return None  # a dialog: Qt's own
            # a floating dock: its own letters; the window's are not for it
            own = _targets(active, letter)
            if own:
                return _nearest(own, focus)
            if _targets(self._window, letter):
                return _Target(active)  # taken from Qt, to do nothing
            return None
        targets = _targets(active, letter)
        if len(targets) == 1:
            # Qt's own for a button; a label's, a tab's or a group's here: Qt does nothing
            # when a label's control is a group of parts that does not itself take the
            # focus, does not show a group's control in the column's scroll area, and
            # leaves the focus where it was when it chooses a tab
            return None if isinstance(targets[0].widget, QAbstractButton) else targets[0]
        return _nearest(targets, focus)
