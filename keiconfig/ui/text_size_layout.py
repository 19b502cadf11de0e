"""The window's layout at each text size, given back when the text comes back to that size.

A teacher makes the text larger (Ctrl+=, projector mode's F5) for the back of the room and
smaller again (Ctrl+0, F5 off) several times in a lesson. At the larger text the docks are
widened to read, the editor steps aside, a splitter's parts are shared out anew and the
window may grow to its least size; the smaller text then left all that as it was: after
Ctrl+= twice and Ctrl+0 at 1280x720 in projector mode the Comparison was 640 px wide where
it had been 488, the dashboard 634 where it had been 786 and its speed plot 159 px high
where it had been 227 (with the Classroom open too, the Comparison's plot 21 px taller);
F5 on and off at 1280x820 left the Classroom and the Comparison 460 px wide where they had
been 426.

So as the text leaves a size (:meth:`TextSizeLayouts.leaving`), the layout it had there is
kept: the window's size and place (not maximised), each dock's size, each splitter's sizes.
(A window against its screen's right edge, grown by Ctrl+= and moved left to stay on the
screen, stayed there after Ctrl+0: at 1280x720 under openbox, 63 px left of where it was.) When the
text comes back to that size (:meth:`TextSizeLayouts.arrived`) that layout is given back, as
long as the window is in the same shape (:func:`shape`): the same docks open on the same
sides, floated or in tabs as they were, the window maximised (or not) as it was, on a
screen of the same size. A layout the person changed in the meantime (a dock opened or
closed, moved to another side) is not put back: it is not the one they are looking at.

Each size is a key: the text scale and projector mode (which hides controls).
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter

from keiconfig.ui.dock_room import window_docks

Key = tuple[float, bool]  # (the text scale, projector mode)

# The most rounds in which the layout is given back: each after the window's own fitting
# to the new text has run (the docks' room, the Comparison's width, the explorer's height,
# the dashboard's plan: posted, and each may move what the last round gave back).
ROUNDS = 8


DockShape = tuple[str, int, bool, tuple[str, ...]]  # (name, side, floating, tabs with it)
Shape = tuple[tuple[DockShape, ...], bool, bool, tuple[int, int] | None]


@dataclass(frozen=True)
class Layout:
    shape: Shape
    window: QSize  # (a window not maximised)
    place: QPoint  # (its frame's top left corner)
    docks: dict[QDockWidget, QSize]  # (top to bottom, then left to right)
    splitters: dict[QSplitter, list[int]]


def shape(window: QMainWindow) -> Shape:
    """What a layout is given back for: the docks open, their sides, floated or in tabs;
    the window maximised, full screen; its screen's size."""
    docks = []
    for dock in window_docks(window):
        if dock.isHidden():
            continue
        tabs = sorted(d.objectName() for d in window.tabifiedDockWidgets(dock) if not d.isHidden())
        area = window.dockWidgetArea(dock)
        docks.append((dock.objectName(), area.value, dock.isFloating(), tuple(tabs)))
    screen = window.screen()
    room = screen.availableGeometry().size().toTuple() if screen is not None else None
    return (tuple(sorted(docks)), window.isMaximized(), window.isFullScreen(), room)


class TextSizeLayouts(QObject):
    """Keeps ``window``'s layout as the text leaves a size, gives it back as it returns."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._kept: dict[Key, Layout] = {}
        self._arrived: Key | None = None  # the size whose layout is being given back
        self._next: tuple[Key, Layout, int] | None = None  # (its next round)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._round)

    def leaving(self, key: Key) -> None:
        """The text leaves the size ``key``: its layout is kept (the last one there)."""
        w = self._window
        if not w.isVisible():
            return
        self._arrived = None  # (one being given back: the person has moved on)
        shown = [
            d
            for d in window_docks(w)
            if not d.isHidden() and not d.isFloating() and not d.visibleRegion().isEmpty()
        ]
        shown.sort(key=lambda d: (d.geometry().top(), d.geometry().left()))
        docks = {d: d.size() for d in shown}
        splitters = {s: s.sizes() for s in w.findChildren(QSplitter) if s.isVisible()}
        self._kept[key] = Layout(shape(w), w.size(), w.pos(), docks, splitters)

    def arrived(self, key: Key) -> None:
        """The text is at the size ``key`` again: the layout kept there given back, once
        the window has laid itself out at it."""
        layout = self._kept.pop(key, None)
        if layout is None or not self._window.isVisible():
            return
        self._arrived = key
        self._give_back(key, layout, ROUNDS)

    def forget(self) -> None:
        """No layout to give back (View > Reset Layout: the docks as at first start)."""
        self._kept.clear()
        self._arrived = None
        self._next = None

    def _give_back(self, key: Key, layout: Layout, rounds: int) -> None:
        """A round of giving ``layout`` back; then another after the events it (and the
        window's own fitting) posted, until a round finds it as kept (at most ``rounds``
        in all)."""
        if self._arrived != key or not shiboken6.isValid(self._window):
            return
        w = self._window
        if shape(w) != layout.shape:
            if rounds > 1:  # (docks the larger text put in tabs are stacked again posted)
                self._later(key, layout, rounds - 1)
            else:
                self._kept.clear()  # the person changed the layout: none of them is it now
                self._arrived = None
            return
        # the layouts at the new font first: a dock is not made narrower than its old least
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        changed = False
        if not (w.isMaximized() or w.isFullScreen()) and w.size() != layout.window:
            w.resize(layout.window)
            changed = True
        if self._place_back(layout):
            changed = True
        main = w.layout()
        if main is not None:
            main.activate()
        for splitter, sizes in layout.splitters.items():
            if shiboken6.isValid(splitter) and splitter.isVisible() and splitter.sizes() != sizes:
                splitter.setSizes(sizes)
                changed = True
        docks = {
            d: s
            for d, s in layout.docks.items()
            if shiboken6.isValid(d) and not d.isHidden() and not d.visibleRegion().isEmpty()
        }
        for orientation, length in (
            (Qt.Orientation.Horizontal, QSize.width),
            (Qt.Orientation.Vertical, QSize.height),
        ):
            short = {d: length(s) for d, s in docks.items() if length(d.size()) != length(s)}
            if short:
                w.resizeDocks(list(short), list(short.values()), orientation)
                changed = True
                if main is not None:
                    main.activate()
        if changed and rounds > 1:
            self._later(key, layout, rounds - 1)
            return
        self._arrived = None

    def _place_back(self, layout: Layout) -> bool:
        """The window (not maximised) where it was at this size, if it is whole on its
        screen there (the screen is the same size: :func:`shape`); True if moved."""
        w = self._window
        screen = w.screen()
        if w.isMaximized() or w.isFullScreen() or screen is None or w.pos() == layout.place:
            return False
        there = QRect(layout.place, w.frameGeometry().size())
        if not screen.availableGeometry().contains(there):
            return False
        w.move(layout.place)  # (move: the frame's place)
        return True

    def _later(self, key: Key, layout: Layout, rounds: int) -> None:
        """The next round once the window's own fitting has run (its zero-time timers)."""
        self._next = (key, layout, rounds)
        self._timer.start()

    def _round(self) -> None:
        if self._next is not None:
            key, layout, rounds = self._next
            self._next = None
            self._give_back(key, layout, rounds)
