"""The explorer's height below (or above) the dashboard: as it opens, and through F5.

The explorer docked below the dashboard shares the window's height with the row above it:
the dashboard (its verdict, rules, key figures and speed plot keep their least height, Qt
keeps it) and the docks beside it (the Classroom, the Comparison, whole at their readable
heights, :meth:`DockRoom.readable_height`). Its height:

* as it first opens: its readable height (its controls and its Search button whole) and
  half of what is left above the row's least height, no more than 55 % of the window as
  before. It asked for 55 % alone: at 1920x1050 the dashboard kept its least height, its
  speed plot 151 px high, and in Japanese projector mode with the Comparison open the
  Comparison was 53 px short of its contents, its footnote cut. The docks beside keep
  their readable height where the explorer can keep its own; where it cannot, they scroll
  and it keeps its own.
* the text larger or smaller (projector mode, F5; Ctrl+=): its own height again, and no
  less than its readable height at the new size as far as the dashboard leaves room.
  Before, F5 left it what the others' larger least heights left (1366x768: 306 to 217
  px, all the dashboard leaves there; with the Classroom and the Comparison, 110 px where
  the dashboard left 217) and it kept that height when F5 was turned off.
* a run's answer taller than its view (a sensitivity chart in projector mode with the
  Classroom and the Comparison open): the explorer scrolls to it
  (ExplorePanel._reveal_answer); the window's panels keep their room, as for the chart's
  names (test_the_sensitivity_charts_names_never_overlap_in_projector_mode).

Its own height is the one it first opened at, or the one the person dragged its edge to
(or, put back open as the last session left it, the one it had as the text first changed).
Beside the race below, in its tabs, the row's height is DockRoom's (``_tab_below``).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow

from keiconfig.ui.dock_room import BELOW, DockRoom
from keiconfig.ui.soon import soon

FIRST_SHARE = 0.55  # the explorer never opens taller than this share of the window's height


class ExplorerHeight(QObject):
    """The height of ``dock`` (the explorer) below the dashboard of ``window``;
    ``dashboard_least()``: the dashboard's least height at its width. ``scaled``: the
    text larger or smaller, the explorer given its height at the new size."""

    scaled = Signal()

    def __init__(
        self, dock: QDockWidget, window: QMainWindow, dashboard_least: Callable[[], int]
    ) -> None:
        super().__init__(dock)
        self._dock = dock
        self._window = window
        self._least = dashboard_least
        self.own: int | None = None  # its own height: as first opened, or as dragged
        self._scaling = False  # the text's size changed: fitted again once laid out
        self._posted = False  # (post: one call pending at a time)
        dock.installEventFilter(self)

    def _room(self) -> DockRoom | None:
        room = getattr(self._window, "dock_room", None)
        return room if isinstance(room, DockRoom) else None

    def alone_below(self) -> bool:
        """Docked below (or above) the dashboard, shown, no other dock open there (in
        tabs with the race, the row's height is DockRoom's)."""
        w, dock = self._window, self._dock
        if not (shiboken6.isValid(w) and shiboken6.isValid(dock)):
            return False
        if dock.isHidden() or dock.isFloating() or not w.isVisible():
            return False
        if w.dockWidgetArea(dock) not in BELOW:
            return False
        room = self._room()
        return room is None or not room.below_with(dock)

    def _readable(self) -> int:
        room = self._room()
        return room.readable_height(self._dock) if room is not None else self._dock.height()

    def _most(self) -> tuple[int, int]:
        """The heights the explorer may have: with the dashboard at its least height, and
        with the docks beside it at their readable heights too, at the layout now."""
        w, dock = self._window, self._dock
        layout = w.layout()
        if layout is not None:
            layout.activate()
        central = w.centralWidget()
        assert central is not None
        dashboard = central.height() + dock.height() - self._least()
        room = self._room()
        beside = dock.height() + room.spare_beside() if room is not None else dashboard
        return dashboard, min(dashboard, beside)

    def _give(self, height: int) -> None:
        # (no room left above its least height: its least height, Qt's for a size of 1;
        # 0 or less was refused with a warning, at 1280x720 in projector mode with the
        # text two steps larger, the Classroom and the Comparison beside the dashboard)
        height = max(height, 1)
        if height == self._dock.height():
            return
        self._window.resizeDocks([self._dock], [height], Qt.Orientation.Vertical)
        layout = self._window.layout()
        if layout is not None:
            layout.activate()  # (its height now, not once the window lays itself out)
        room = self._room()
        if room is not None:  # the docks beside, stacked, each whole where they can be
            room.readable_beside()

    def first(self) -> None:
        """Its first height, as it opens below the dashboard (see the module)."""
        if not self.alone_below():
            return
        readable = self._readable()
        dashboard, beside = self._most()
        height = readable + max(beside - readable, 0) // 2
        height = min(height, int(self._window.height() * FIRST_SHARE), dashboard)
        self._give(height)
        self.own = self._dock.height()

    def text_scaled(self) -> None:
        """The text larger or smaller: its own height, no less than its readable height at
        the new size, as far as the dashboard and (above the explorer's readable height)
        the docks beside leave room."""
        self._scaling = False
        self._keep(shrink=True)
        self.scaled.emit()

    def post(self) -> None:
        """The window laid out anew (the docks beside placed, the dashboard's least height
        changed): the explorer squeezed below its own height as it went gets it back, as
        far as there is room (:meth:`text_scaled`), once the window has laid itself out.
        F5 at 1366x768 with the Classroom and the Comparison open: the docks beside, put in
        tabs after the text grew, left the explorer 110 px where the dashboard left 217."""
        if not self._posted:
            self._posted = True
            soon(self, self._kept)

    def _kept(self, tries: int = 3) -> None:
        self._posted = False
        if not self._keep(shrink=False) and tries > 1 and not self._posted:
            # Qt kept the row above as high as it was (the window still laying itself
            # out: F5 off at 1366x768 with the Classroom and the Comparison in tabs, the
            # explorer left 155 px of its 275): again once it has. Before, the Comparison
            # behind its tab resized its column at every round (it read its width of
            # before as short) and each round brought this post again.
            self._posted = True
            soon(self, lambda: self._kept(tries - 1))

    def _keep(self, shrink: bool) -> bool:
        """Gives the explorer its height; False if Qt did not give it what it asked."""
        if self.own is None or not self.alone_below():
            return True
        readable = self._readable()
        dashboard, beside = self._most()
        height = min(max(self.own, readable), max(beside, readable), dashboard)
        if height > self._dock.height() or shrink:
            self._give(height)
        room = self._room()
        if room is not None:  # (F5 off: the docks beside stacked again, as Qt shared them)
            room.readable_beside()
        return self._dock.height() >= height

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._dock and event.type() == QEvent.Type.FontChange:
            # (before the window lays itself out at the new size of text: once it has)
            if self.own is None and self.alone_below():
                self.own = self._dock.height()  # (open as the last session left it)
            if not self._scaling:
                self._scaling = True
                soon(self, self.text_scaled)
        elif watched is self._dock and event.type() == QEvent.Type.Resize:
            dragged = QApplication.mouseButtons() & Qt.MouseButton.LeftButton
            if dragged and not self._scaling and self.alone_below():
                self.own = self._dock.height()  # its edge dragged: the person's height
        return False
