"""Room for the docks beside the dashboard: readable, or the editor column gives way.

A dock beside the dashboard (the classroom, the comparison) is worth showing only as wide as
its contents read: the changes' buttons a few words a line, the comparison's buttons in a
row above its plot and table (:func:`readable_width`). The dashboard's verdict, rules, key
figures and speed plot never give way (:mod:`.dashboard`), so on a narrow window (1280×720
in projector mode: the dashboard alone takes 640-730 px) it is the editor column that gives
way, as a sidebar does in a desktop app when the window has no room for it:

* room for the editor at its preferred width: nothing changes;
* less: its form rows wrap (the field under its label);
* less than its rows' least width wrapped (``least``), or than a readable width (as a
  dock's): it steps aside (hidden) while those docks are open, and comes back as soon as a
  dock closes, floats or the window is wide enough. It never scrolls sideways beside docks
  (at 1152x648 it did, by 81 px: the body's and engine's fields cut at its edge).

Where even with the editor aside a dock beside the dashboard would be narrower than
:data:`READABLE_LINES` lines beside the rules at their least width (a 1024x768 projector in
projector mode with the text one or two steps larger: the rules took 762 px of the 1024,
the Comparison got 242, its buttons cut), the rules give way in width as little as gives
the docks that (``narrow_rules``): the power rule's long name wrapped at its words, else each
margin under its name (some 300 px narrower); as before again as soon as there is room (the
window wider, the text smaller, the docks closed or floated).

The docks beside the dashboard are then widened to their readable width. Docks stacked on
one side that do not each get their readable height (the classroom above the comparison at
1280×720 in projector mode) share the column as tabs, each the whole height, and are
stacked again once there is room.

Below (or above) the dashboard each dock is the window's whole width (the race's lanes,
the explorer's question beside its answers): one opened there beside another goes in a tab
with it, on top (:meth:`DockRoom._tab_below`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QScrollArea, QStyle, QWidget

from keiconfig.ui.soon import soon

# A dock is readable from this many text lines' height wide (16 lines: ~340 px in projector
# mode, ~225 px at 100 %): a suggested change is a few words a line, not one.
READABLE_LINES = 16
# With no dock beside the dashboard, the editor scrolls sideways down to this share of its
# rows' least width wrapped (``DockRoom.least``); narrower it steps aside (``_on_screen_width``).
SLIVER_SHARE = 0.5
DIRECT = Qt.FindChildOption.FindDirectChildrenOnly
BESIDE = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
BELOW = (Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea)


def behind_tab(dock: QDockWidget) -> bool:
    """``dock`` is open but behind another dock's tab: not on screen, its ``width()`` the
    one it had when last on screen, not its column's."""
    window = dock.parentWidget()
    if dock.isHidden() or dock.isFloating():
        return False
    if not isinstance(window, QMainWindow) or not window.isVisible():
        return False  # (a window not shown: no dock of it is visible)
    return bool(window.tabifiedDockWidgets(dock)) and dock.visibleRegion().isEmpty()


def lines_width(dock: QDockWidget) -> int:
    """:data:`READABLE_LINES` lines of ``dock``'s text: the width its text reads at."""
    return READABLE_LINES * dock.fontMetrics().height()


def readable_width(dock: QDockWidget) -> int:
    """The least width at which ``dock``'s contents read: :data:`READABLE_LINES` lines of
    its text, and its contents' own least width (the comparison's row of buttons), with
    the scroll bar of the scroll area the docks hold their contents in. (Wider, as room
    allows, is the docks' own business: the comparison widens to show its builds side by
    side.)"""
    width = lines_width(dock)
    area = dock.widget()
    if isinstance(area, QScrollArea) and area.widget() is not None:
        inner = area.widget()
        assert inner is not None
        bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, area)
        least = inner.minimumSizeHint().width()
        # contents that wrap narrower than they read (the comparison's buttons) say how
        # wide they read
        for widget in (inner, *inner.findChildren(QWidget, options=DIRECT)):
            readable = getattr(widget, "readable_width", None)
            if callable(readable):
                least = max(least, readable())
        width = max(width, least + bar + 2 * area.frameWidth())
    return width


def window_docks(window: QMainWindow) -> list[QDockWidget]:
    """The window's docks, in the order it made them. They are its own children (its
    addDockWidget makes them so, docked, tabbed or floated): looked for there, not
    through each of the window's thousands of widgets (a search the layout made on
    every look at where the docks are)."""
    return window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)


class DockRoom(QObject):
    """Decides, after every change of the window's width, text size or docks, how wide the
    editor column (``editor``, the first widget of the window's central splitter) may be
    and widens the docks beside the dashboard to their readable width.

    ``preferred()`` gives the editor's width with its rows side by side; ``least()`` its
    least width with its rows wrapped as narrow as they go; ``set_limit(limit)`` tells the
    window the editor's width (None: preferred; 0: it steps aside). ``heights``:
    a dock's readable height, where its contents' least height is not it (the classroom:
    its heading and three changes). ``widths``: the width a dock takes beside the
    dashboard where more than its readable width (in projector mode, the width the
    comparison and the classroom open at; 0 where not). ``dashboard_width``: the width the
    dashboard keeps beside docks, where more than its least (in projector mode, a share of
    the window a class reads its plot at; 0 where not). ``placed``: it widened docks, or
    stacked again docks it had put in tabs: they may take more, as the window allows (the
    width they open at, the comparison's builds side by side). ``guests``: docks another
    part of the window put in a tab of a dock beside the dashboard for want of room (the
    race, in the Comparison's), each with that dock, its host: a guest goes where its host
    goes as the docks in tabs are stacked again (``moving_guests``: the context it is
    moved in, that the other part knows the move for the window's, not the person's).
    ``narrow_rules(level)``: how far the rules give way in width (0: not at all; see
    CompliancePanel.set_narrow), ``rules_width(level)``: the dashboard's least width with
    the rules at that level (see the module's text and :meth:`_narrow_rules`).
    """

    placed = Signal()

    def __init__(
        self,
        window: QMainWindow,
        editor: QWidget,
        dashboard: QWidget,
        preferred: Callable[[], int],
        set_limit: Callable[[int | None], object],
        least: Callable[[], int] | None = None,
        heights: Mapping[QDockWidget, Callable[[], int]] | None = None,
        widths: Mapping[QDockWidget, Callable[[], int]] | None = None,
        dashboard_width: Callable[[], int] | None = None,
        guests: Callable[[], Mapping[QDockWidget, QDockWidget]] | None = None,
        moving_guests: Callable[[], AbstractContextManager[object]] | None = None,
        narrow_rules: Callable[[int], object] | None = None,
        rules_width: Callable[[int], int] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._editor = editor
        self._dashboard = dashboard
        self._preferred = preferred
        self._least = least
        self._set_limit = set_limit
        self._heights = dict(heights or {})
        self._widths = dict(widths or {})
        self._dashboard_width = dashboard_width
        self._guests = guests
        self._moving_guests = moving_guests
        self._narrow_rules = narrow_rules
        self._rules_width = rules_width
        self.rules_narrow = 0  # how far the rules give way in width now
        # the width the dashboard keeps beside the docks while the rules give way (else 0)
        self.dashboard_keeps = 0
        self._tabbed: list[QDockWidget] = []  # the docks it put in tabs (not the user)
        self._last: QDockWidget | None = None  # the dock shown last: on top in tabs
        self._on_screen: dict[QDockWidget, bool] = {}  # not behind another's tab
        # the height each dock below (or above) the dashboard had last on top of its tabs
        self._on_top_height: dict[QDockWidget, int] = {}
        self.limit: int | None = None  # the editor's width now (None: as it likes)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        self._tries = 0
        # floated from the keys just now: beside the docks again once they are fitted
        self._uncovering: list[QDockWidget] = []
        # The window's width as a dock opened: a dock's least width may push the window
        # wider (beyond a 1024x768 projector's screen) before the editor makes room.
        self._asked_width: int | None = None
        # The widths of the docks beside the dashboard as projector mode came on, and those
        # to give back once it is off (keep_widths, widths_back).
        self._kept_widths: dict[QDockWidget, int] = {}
        self._widths_back: dict[QDockWidget, int] = {}
        self._tabbed_before: list[QDockWidget] = []  # (those in tabs as it came on)
        self._kept_heights: dict[QDockWidget, int] = {}  # (of docks stacked as it came on)
        self._heights_back: dict[QDockWidget, int] = {}
        # The window's least width (larger text, no dock) pushed it past its screen's
        # edge: the editor's rows wrap to the screen's width until the text is smaller
        # again (see _screen_limit).
        self._pushed_past_screen = False
        # The window (not maximised) grew past its screen's right or bottom edge, where it
        # was on the screen before: moved back on it once fitted (_grown_past_edge).
        self._past_edge = False
        window.installEventFilter(self)

    def watch(self, dock: QDockWidget) -> None:
        dock.visibilityChanged.connect(lambda shown: self._shown(dock, shown))
        dock.topLevelChanged.connect(self.post)
        dock.topLevelChanged.connect(lambda floating: floating and self._floated(dock))
        dock.dockLocationChanged.connect(self.post)
        dock.installEventFilter(self)
        action = dock.toggleViewAction()
        action.toggled.connect(lambda on: self._toggled(dock, on))
        action.triggered.connect(lambda on: on and dock.raise_())  # opened: on top of tabs

    def _floated(self, dock: QDockWidget) -> None:
        """Floated from the keys (View > Floating Panels, the dock's own menu): beside the
        docks it covers, at once and again once the docks left are fitted (a tab shown in
        its place is laid out only then); so too a double-click on its title bar (see
        eventFilter). Not a dock dragged out with the mouse (it goes where the mouse lets
        go), nor a saved place put back before the window shows."""
        if not self._window.isVisible() or QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return
        self._beside(dock)

    def _beside(self, dock: QDockWidget) -> None:
        self._uncover(dock)
        if dock not in self._uncovering:
            self._uncovering.append(dock)
            self.post()  # (the fit after it places it again)

    def _uncover(self, dock: QDockWidget) -> None:
        """A dock just floated beside the docks it covers, not over them: Qt floats it where
        it was docked, and the Comparison floated from the tabs it shared with the Classroom
        (projector mode, 1280x720) lay exactly over the Classroom, which seemed gone. It is
        put to the left of the docks it covers, else to their right, as the screen allows
        (else it stays: a floating dock is the person's to move)."""
        w = self._window
        place = dock.frameGeometry()
        covered = QRect()
        for other in window_docks(w):
            if other is dock or other.isHidden() or other.isFloating():
                continue
            area = QRect(other.mapToGlobal(QPoint(0, 0)), other.size())
            if area.intersects(place):
                covered = covered.united(area)
        if covered.isNull():
            return
        screen = dock.screen() or w.screen()
        avail = screen.availableGeometry()
        gap = w.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, w) + 8
        for x in (covered.left() - gap - place.width(), covered.right() + 1 + gap):
            if avail.left() <= x and x + place.width() <= avail.right() + 1:
                dock.move(x, place.top())  # (move: the frame's place)
                return

    def _shown(self, dock: QDockWidget, shown: bool) -> None:
        self._on_screen[dock] = shown
        if shown:
            self._last = dock
        self._tab_switched(dock, shown)
        self.post()

    def _tab_switched(self, dock: QDockWidget, shown: bool) -> None:
        """A dock below (or above) the dashboard gone behind another's tab keeps the
        height it had on top; brought on top again, the row takes that height again. The
        row kept the height of the tab that was on top: the race run again (Ctrl+R) on top
        of the explorer had the explorer's 551 px where it reads at 237 (1920x1050), blank
        below its controls and the dashboard squeezed, its speed plot some 145 px high."""
        w = self._window
        if not (shiboken6.isValid(w) and shiboken6.isValid(dock)):
            return  # (the window closing: its docks are hidden as it goes)
        if dock.isHidden() or dock.isFloating() or not w.isVisible():
            return
        if w.dockWidgetArea(dock) not in BELOW:
            return
        if not any(not d.isHidden() for d in w.tabifiedDockWidgets(dock)):
            return
        if not shown:
            self._on_top_height[dock] = dock.height()
            return
        if dock in self._on_top_height:  # (as it is then: a dock opening is given one)
            soon(dock, lambda: self._row_height(dock, self._on_top_height[dock]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A resize that grew the window to its least width (a dock opened) keeps the
        width it had: the fit gives it back once the editor has made room. A dock floated
        by a double-click is put beside the docks it covers (:meth:`_floated`)."""
        if event.type() == QEvent.Type.MouseButtonDblClick and isinstance(watched, QDockWidget):
            # a double-click on its title bar floats it (not a drag): as the keys do
            dock, docked = watched, not watched.isFloating()
            soon(dock, lambda: docked and dock.isFloating() and self._beside(dock))
        if watched is self._window and event.type() == QEvent.Type.Resize:
            assert isinstance(event, QResizeEvent)
            old, new = event.oldSize().width(), event.size().width()
            if 0 < old < new == self._window.minimumWidth() and self._asked_width is None:
                self._asked_width = old
                self.post()
            # (past the edge by the text: a window wider than its screen before is not)
            screen = self._window.screen()
            wide = screen.availableGeometry().width() if screen is not None else 1 << 20
            pushed = 0 < old <= wide and old < new == self._window.minimumWidth()
            pushed = pushed and new > self._screen_room()
            if pushed and not self.beside():  # (a dock's own width: _asked_width)
                self._pushed_past_screen = True  # its rows wrap to the screen's width
                self.post()
            if self._grown_past_edge(event.oldSize(), event.size()):
                self._past_edge = True
                self.post()
        return False

    def _grown_past_edge(self, old: QSize, new: QSize) -> bool:
        """The window, not maximised, grew (its least size with larger text, Ctrl+=) past
        its screen's right or bottom edge, where its frame was on the screen before. Not a
        window the person put partly off the screen: that one is theirs to place."""
        w = self._window
        screen = w.screen()
        if screen is None or w.isMaximized() or w.isFullScreen() or not w.isVisible():
            return False
        if not (0 < old.width() <= new.width() and 0 < old.height() <= new.height()):
            return False
        if old == new:
            return False
        avail = screen.availableGeometry()
        frame = w.frameGeometry()
        edges = frame.size() - w.size()
        before = QRect(frame.topLeft(), old + edges)
        return avail.contains(before) and not avail.contains(frame)

    def _toggled(self, dock: QDockWidget, on: bool) -> None:
        """A dock's View menu entry or key (F6, F7) on a dock open behind another's tab
        brings it forward instead of closing it unseen (a teacher pressing F6 for the
        classroom closed it, and saw nothing happen). Only a trigger unchecks the entry of
        a dock not yet hidden (when a dock is hidden, Qt unchecks it after)."""
        if not shiboken6.isValid(self._window):
            return  # the window is being deleted: its docks' entries uncheck as they go
        behind = self._window.tabifiedDockWidgets(dock) and not self._on_screen.get(dock)
        if not on and not dock.isHidden() and behind:
            dock.toggleViewAction().setChecked(True)  # the trigger then opens it: on top
        if on and self._window.isVisible():
            # the row's height as it was, or the dock's as it last was (opened again): the
            # dock's own first size (the race's) is asked for before it is placed, and
            # made the whole row shorter
            others = {d: d.height() for d in self.below_with(dock) if self._on_screen.get(d)}
            height = max((dock.height(), *others.values()))
            soon(dock, lambda: self._tab_below(dock, height, others))  # once placed

    def below_with(self, dock: QDockWidget) -> list[QDockWidget]:
        """The other docks open below (or above) the dashboard on ``dock``'s side, docked."""
        w = self._window
        area = w.dockWidgetArea(dock)
        if area not in BELOW:
            return []
        return [
            d
            for d in window_docks(w)
            if d is not dock and not d.isHidden() and not d.isFloating()
            and w.dockWidgetArea(d) == area
        ]  # fmt: skip

    def _tab_below(
        self, dock: QDockWidget, height: int, on_top: Mapping[QDockWidget, int] | None = None
    ) -> None:
        """A dock opened below (or above) the dashboard where another is open goes in a
        tab with it, on top, the row as tall as it was (``height``) or as the dock asked:
        each is the window's whole width. Qt put it beside the other: the explorer opened
        with the race open (1920x1050, Classroom and Comparison open) was 398 px wide (541
        in projector mode), where it reads from 711 (950), and scrolled its Search button,
        its build's time and its table out of view; the race run with the explorer open
        got 398 px, its cars 0.7 of a line high. Only as it opens: docks the person
        puts side by side there stay so. A dock opened again in the tabs it left (Qt keeps
        a closed dock in its group) comes on top at the height it had: the explorer opened
        again beside the race had the race's 237 px, its best builds' table some 50 px.
        ``on_top``: the heights the docks already open there had on top, before this one
        was placed beside them, each theirs again when on top (:meth:`_tab_switched`)."""
        w = self._window
        if dock.isHidden() or dock.isFloating():
            return
        others = self.below_with(dock)
        if not others:
            return
        if not any(not d.isHidden() for d in w.tabifiedDockWidgets(dock)):
            w.tabifyDockWidget(others[0], dock)
        dock.raise_()
        self._on_top_height.update(on_top or {})  # (not as tabbed: beside the new one)
        layout = w.layout()
        if layout is not None:
            layout.activate()
        self._on_top_height[dock] = max(height, dock.height())
        if height > dock.height():
            self._row_height(dock, height)

    def row_height(self, dock: QDockWidget, height: int) -> None:
        """``dock``, on top of its tabs below (or above) the dashboard, ``height`` high, and
        so again whenever it comes on top (the race run in the explorer's tabs, as tall as
        its lanes read: CompareTools._race_tab_height)."""
        self._on_top_height[dock] = height
        self._row_height(dock, height)

    def _row_height(self, dock: QDockWidget, height: int) -> None:
        """``dock``, on top of its tabs below (or above) the dashboard, ``height`` high:
        the height of the dock itself, its tabs' bar not taken from it (asked for the
        group's height, the dock had 26 px less)."""
        w = self._window
        if dock.isHidden() or dock.isFloating() or dock.visibleRegion().isEmpty():
            return
        layout = w.layout()
        w.resizeDocks([dock], [height], Qt.Orientation.Vertical)
        if layout is not None:
            layout.activate()
        short = height - dock.height()  # (its tabs' height less their tab bar)
        if short != 0:
            w.resizeDocks([dock], [height + short], Qt.Orientation.Vertical)

    def spare_beside(self) -> int:
        """The height the docks shown beside the dashboard have more than their contents'
        least (less than it: negative), the side with the least counted; very large with
        none. A dock opening below the dashboard takes no more than this from them
        (ExplorerHeight): the explorer's 55 % of the window left the Comparison 509 px in
        Japanese projector mode at 1920x1050, where its contents take 539 (its footnote
        cut). Docks behind another's tab are not counted."""
        spare: list[int] = []
        for docks in self.beside().values():
            shown = [d for d in docks if not d.visibleRegion().isEmpty()]
            if shown:
                need = sum(self.readable_height(d) for d in shown)
                spare.append(sum(d.height() for d in shown) - need)
        return min(spare, default=1 << 20)

    def readable_beside(self) -> None:
        """Docks stacked on one side of the dashboard, their column tall enough for each
        at its readable height, each at least at it: Qt gives what a column loses or gains
        to one of its docks. The explorer opened below at 1920x1080 left the column 643
        px, the Classroom 167 of them above the Comparison's 470, where the Classroom
        reads from 188 (its third change cut) and the Comparison from 376."""
        w = self._window
        for docks in self.beside().values():
            shown = [d for d in docks if not d.visibleRegion().isEmpty()]
            if len(shown) < 2 or any(w.tabifiedDockWidgets(d) for d in shown):
                continue
            need = {d: self.readable_height(d) for d in shown}
            if sum(d.height() for d in shown) < sum(need.values()):
                continue
            short = [d for d in shown if d.height() < need[d]]
            if not short:
                continue
            asked = [need[d] for d in short]
            w.resizeDocks(short, asked, Qt.Orientation.Vertical)
            layout = w.layout()
            if layout is not None:
                layout.activate()
            more = [n + n - d.height() for d, n in zip(short, asked, strict=True)]
            if more != asked:  # (Qt counts a separator in: asked for 188, it had 181)
                w.resizeDocks(short, more, Qt.Orientation.Vertical)

    @property
    def tabbed(self) -> list[QDockWidget]:
        """The docks it put in tabs (not the user), to stack again once there is room."""
        return list(self._tabbed)

    def stack_again(self, docks: list[QDockWidget]) -> None:
        """``docks``, which it put in tabs for want of room (projector mode), stacked again
        in their order, as they are once there is room (the window does so before it saves
        the docks' places: the next start puts them in tabs again if still short)."""
        if len(docks) > 1:
            self._stack(docks)

    def stack_all(self) -> None:
        """Every group of docks in tabs stacked again, one above the other in the order
        the window made them, each open or closed as it was (View > Reset Layout: docks
        as at first start). Tabs it put there, the person's, and those of settings saved
        by a keiconfig that kept its own tabs (a206502 to 6877602: they came back at
        every start, on any screen, and Reset Layout left them). A dock short of room is
        put in tabs again by the next fit. Docks below (or above) the dashboard stay in
        their tabs, as they open there (:meth:`_tab_below`): taken out, Qt put them side
        by side, the explorer 120 px wide beside the race."""
        w = self._window
        order = w.findChildren(QDockWidget)
        done: set[QDockWidget] = set()
        for dock in order:
            if dock in done:
                continue
            group = sorted([dock, *w.tabifiedDockWidgets(dock)], key=order.index)
            done.update(group)
            if len(group) < 2 or w.dockWidgetArea(dock) in BELOW:
                continue
            hidden = {d: d.isHidden() for d in group}
            self._stack(group)
            for d, was in hidden.items():
                d.setHidden(was)
        self._tabbed = []
        self.post()

    def post(self, *_args: object) -> None:
        """Fit once the window's layout has run (coalesced)."""
        self._tries = 3
        self._timer.start()

    def beside(self) -> dict[Qt.DockWidgetArea, list[QDockWidget]]:
        """The docks shown beside the dashboard, by side."""
        w = self._window
        found: dict[Qt.DockWidgetArea, list[QDockWidget]] = {}
        for dock in window_docks(w):
            area = w.dockWidgetArea(dock)
            if not dock.isHidden() and not dock.isFloating() and area in BESIDE:
                found.setdefault(area, []).append(dock)
        return found

    def screen_width(self) -> int:
        """The window's width; for a maximised window wider than its screen (its least
        width pushed it past the edge), the screen's, its frame left out."""
        w = self._window
        if w.screen() is None or not w.isMaximized():
            return w.width()
        return min(w.width(), self._screen_room())

    def _screen_room(self) -> int:
        """The width a window has on its screen, its frame left out (very large without
        a screen)."""
        w = self._window
        screen = w.screen()
        if screen is None:
            return 1 << 20
        frame = max(w.frameGeometry().width() - w.width(), 0)
        return screen.availableGeometry().width() - frame

    def _screen_limit(self, readable: int) -> int | None:
        """The editor's width in a window (not maximised, no dock beside the dashboard)
        whose least width pushed it past its screen's edge, until the editor fits beside
        the dashboard on the screen again (None: as it likes). In projector mode with the
        text two steps larger (F5, Ctrl+= twice) at 1280x720 the window grew to 1308 px
        (at 1920x1080, the text larger still, 2095): the 0-100 km/h card and the rules'
        margins off the screen's right edge, with no way to scroll there. Its rows wrap
        as in a maximised window (:meth:`fit`), and the window is put back on the screen
        (:meth:`_onto_screen`)."""
        w = self._window
        if not self._pushed_past_screen or w.isMaximized() or w.isFullScreen():
            self._pushed_past_screen = False
            return None
        room = self._screen_room() - self._beside_editor()
        if room >= self._preferred():
            self._pushed_past_screen = False  # (the text smaller again: as it likes)
            return None
        # narrower than its rows wrapped: it scrolls sideways, the window on the screen
        # (Ctrl+= four times in a 1200x640 window on a 1280x720 screen: the editor's
        # wrapped rows, 487 px, beside the dashboard's least width, 801, made the window
        # 1292 px wide, 14 px off the screen; five times, 1328). As in a maximised window
        # (fit): the window wider than the screen only where the dashboard alone is.
        return self._on_screen_width(room, readable)

    def _on_screen_width(self, room: int, readable: int) -> int:
        """The editor's width with no dock beside the dashboard, in ``room``: its rows
        wrapped, and narrower than they wrap, scrolling sideways, so that the window stays
        on its screen. Maximised on a 1280x720 screen, the text larger (Ctrl+= four times)
        made the window 1292 px wide (five times, 1328): the editor kept its wrapped rows'
        width, the rules' right edge off the screen; in projector mode (F5, Ctrl+= three
        times) 1504 px (1860 at the largest text), the dashboard alone 1197 px of the 1280.
        Narrower than :data:`SLIVER_SHARE` of its wrapped rows it is a sliver and steps
        aside (0), the status bar's line saying why and how it comes back (smaller text,
        out of projector mode): at 1280x720 in projector mode with the text four steps
        larger it was a 91 px column beside the dashboard, five steps 65 px, each row cut
        to its first letters (three steps: 321 px of its rows' 545, each row's label and
        the start of its box, which scroll into view)."""
        if room > 0 and room >= SLIVER_SHARE * (self.least() or readable):
            return room
        return 0

    def _beside_editor(self) -> int:
        """The width beside the editor with no dock: the dashboard's least width and the
        splitter's handle."""
        splitter = self._editor.parentWidget()
        handle = splitter.handleWidth() if hasattr(splitter, "handleWidth") else 0
        return self._dashboard.minimumSizeHint().width() + handle

    def editor_room(self, needs: list[int]) -> int:
        """The width left for the editor beside the dashboard at its least width and
        docks of widths ``needs`` (one a side), with the handles between them, in the
        window as wide as the screen shows it."""
        w = self._window
        style = w.style()
        separator = style.pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, w)
        splitter = self._editor.parentWidget()
        handle = splitter.handleWidth() if hasattr(splitter, "handleWidth") else 0
        least = self._dashboard.minimumSizeHint().width()
        if needs and self._dashboard_width is not None:
            least = max(least, self._dashboard_width())  # (projector mode: its plot read)
        return self.screen_width() - least - sum(needs) - separator * len(needs) - handle

    def need(self, dock: QDockWidget) -> int:
        """The width ``dock`` is counted at beside the dashboard: its readable width, or
        the width it takes where more (``widths``: projector mode's Comparison, 576 px at
        1600x900 where it reads from ~340)."""
        own = self._widths.get(dock)
        return max(readable_width(dock), own() if own is not None else 0)

    def least(self) -> int:
        """The editor's least width, its rows wrapped (0 if not told)."""
        return self._least() if self._least is not None else 0

    def fit(self) -> None:
        w = self._window
        if not w.isVisible():
            return
        # the contents' least widths in the present font (the layouts learn it posted)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        sides = self.beside()
        if any(self._share_row(docks) for docks in sides.values()):
            sides = self.beside()
        self._narrow_rules_for(sides)
        needs = {area: max(self.need(d) for d in docks) for area, docks in sides.items()}
        limit: int | None = None
        room = self.editor_room(list(needs.values()))
        readable = READABLE_LINES * self._editor.fontMetrics().height()
        if needs and (room < readable or (room < self._preferred() and room < self.least())):
            # a sliver, or narrower than its wrapped rows (it scrolled sideways): it steps
            # aside, the docks and the dashboard read
            limit = 0
        elif room < self._preferred() and (needs or w.isMaximized()):
            # its rows wrap; below their least width it scrolls. So too with no dock in a
            # window maximised on a screen too narrow for the editor beside the dashboard
            # (960x540, a 1920x1080 screen at 200 %, with a desktop's 10 pt text): else the
            # window was wider than the screen, the rules' right edge off it
            # (no dock: not the readable width a dock leaves it, nor its rows' least
            # width wrapped: at 1280 px in projector mode with the text two steps larger
            # that was 528 px where 500 were left, and the window stayed 1308 px wide;
            # narrower than its wrapped rows it scrolls sideways: _on_screen_width)
            limit = room if needs else self._on_screen_width(room, readable)
        elif not needs:
            limit = self._screen_limit(readable)
        # the editor narrower (or aside) for docks beside: they may take the room it left
        # them (the comparison its lettered table's width: ``widths``), once placed
        was = self.limit
        narrowed = bool(needs) and limit is not None and (was is None or limit < was)
        if limit != self.limit:
            self.limit = limit
            self._set_limit(limit)
        # widened to their readable width only: the width a dock takes (``widths``) is its
        # own to ask for as it fits, this only leaves the editor's room for it
        reads = {a: max(readable_width(d) for d in docks) for a, docks in sides.items()}
        short = [(d, reads[a]) for a, docks in sides.items() for d in docks if d.width() < reads[a]]
        if self.rules_narrow:
            short = self._as_wide_as_lines(sides)
        if short:
            layout = w.layout()
            if layout is not None:
                layout.activate()  # the central widget's least width as the editor left it
            w.resizeDocks([d for d, _ in short], [n for _, n in short], Qt.Orientation.Horizontal)
            self.placed.emit()
            if self._tries > 1:  # the dashboard plans afresh at its new width: a few rounds
                self._tries -= 1
                self._timer.start()
                return
        if narrowed:
            self.placed.emit()
        self._give_widths_back(sides)
        self._give_back_width()
        self._onto_screen()
        for docks in sides.values():
            self._share_side(docks)
        floated, self._uncovering = self._uncovering, []
        for dock in floated:
            if dock.isFloating() and dock.isVisible():
                self._uncover(dock)

    def _narrow_rules_for(self, sides: Mapping[Qt.DockWidgetArea, list[QDockWidget]]) -> None:
        """The rules as narrow as gives each dock beside the dashboard
        :data:`READABLE_LINES` lines' width, the editor aside (level 0: as they are, where
        that leaves the docks it; else the first level that does, else the narrowest); with
        no dock, as narrow as keeps the dashboard on its screen (level 0 where it is).
        Each level's width is counted as the rules would be at it (``rules_width``),
        whichever they are at now, so the choice is the same from either side; the docks
        then take the room the rules gave up."""
        if self._narrow_rules is None or self._rules_width is None:
            return
        self.dashboard_keeps = 0
        if sides:
            w = self._window
            style = w.style()
            separator = style.pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, w)
            splitter = self._editor.parentWidget()
            handle = splitter.handleWidth() if hasattr(splitter, "handleWidth") else 0
            lines = [max(map(lines_width, docks)) for docks in sides.values()]
            docks = sum(lines) + separator * len(lines) + handle
            room = self.screen_width() - docks
        else:
            # No dock: as narrow as keeps the dashboard alone on its screen, where at their
            # own width it would not be (a 1024x768 projector in projector mode with the
            # text four steps larger: rules 1171 px wide, the window 1185 px, the
            # 0-100 km/h card and the era's box cut at the screen's edge).
            room = self._screen_room()
        levels = (0, 1, 2)
        fits = [n for n in levels if self._rules_width(n) <= room]
        level = fits[0] if fits else levels[-1]
        if sides and level:
            self.dashboard_keeps = room
        if level != self.rules_narrow:
            self.rules_narrow = level
            self._narrow_rules(level)

    def _as_wide_as_lines(
        self, sides: Mapping[Qt.DockWidgetArea, list[QDockWidget]]
    ) -> list[tuple[QDockWidget, int]]:
        """With the rules narrowed (:meth:`_narrow_rules_for`), the docks on screen beside
        the dashboard narrower than :data:`READABLE_LINES` lines, each with that width: the
        dashboard keeps the rest (``dashboard_keeps``). Asked their readable width (the
        Comparison's four buttons on a row, 676 px), they took all the rules gave up and
        more: at 1280x720 in projector mode with the text two steps larger the dashboard
        was left 633 px, its key figures one above the other where 740 hold them two a row.
        Wider docks are left as they are (the Comparison widens itself for its builds'
        table: CompareTools), and so is a dock beside a dashboard at its least width (it
        can give no more)."""
        area = self._dashboard
        if area.width() <= area.minimumSizeHint().width():
            return []
        short = []
        for docks in sides.values():
            lines = max(map(lines_width, docks))
            short += [(d, lines) for d in docks if d.width() < lines]
        return short

    def keep_widths(self) -> None:
        """Remember the docks' widths beside the dashboard (projector mode comes on)."""
        w = self._window
        self._kept_widths = {d: d.width() for docks in self.beside().values() for d in docks}
        self._widths_back = {}
        self._tabbed_before = list(self._tabbed)
        # the heights of the docks stacked one above the other (none of them in tabs)
        self._kept_heights = {}
        for docks in self.beside().values():
            if len(docks) > 1 and not any(w.tabifiedDockWidgets(d) for d in docks):
                self._kept_heights.update({d: d.height() for d in docks})
        self._heights_back = {}

    def widths_back(self) -> None:
        """The docks beside the dashboard as wide as :meth:`keep_widths` found them, once
        fitted (projector mode is off). Left as projector mode left them, the dashboard was
        narrower than before F5 and its least height taller (1366x768 with the Classroom
        and the Comparison: 388 px wide, 594 px high, where it was 464 and 441), which the
        explorer below gave up (275 px to 122), and at 1920x1050 the Comparison scrolled."""
        self._widths_back, self._kept_widths = self._kept_widths, {}
        self._heights_back, self._kept_heights = self._kept_heights, {}
        # Docks it put in tabs while projector mode was on, stacked before: stacked again
        # now, as before F5 (the next fit puts them in tabs again if they are short of room
        # still, as they read on screen). Left to that fit, the one behind the tab was
        # measured at the larger text's height while the text was on its way back (the
        # Comparison at 1920x1050 in Japanese with the Classroom and the explorer open: 457
        # px, where it reads from 388): the two stayed in tabs, the Comparison out of sight.
        if self._tabbed and not self._tabbed_before and self._window.isVisible():
            shown = {d for docks in self.beside().values() for d in docks}
            if all(shiboken6.isValid(d) and d in shown for d in self._tabbed):
                guests = {g: h for g, h in self.guests().items() if h in self._tabbed}
                stacked, self._tabbed = self._tabbed, []
                self._stack(stacked, guests)
        self._tabbed_before = []
        self.post()

    def _give_widths_back(self, sides: dict[Qt.DockWidgetArea, list[QDockWidget]]) -> None:
        back, self._widths_back = self._widths_back, {}
        shown = {d for docks in sides.values() for d in docks}
        self._give_heights_back(sides)
        back = {
            d: n for d, n in back.items() if shiboken6.isValid(d) and d in shown and d.width() != n
        }
        if back:
            self._window.resizeDocks(list(back), list(back.values()), Qt.Orientation.Horizontal)
            self.placed.emit()

    def _give_heights_back(self, sides: dict[Qt.DockWidgetArea, list[QDockWidget]]) -> None:
        """The docks stacked one above the other as projector mode came on, stacked still
        (or again) once it is off, as tall as they were: Qt shares the column out anew as
        they are stacked again, and the Comparison had 339 px of the 743 where it had 546
        (1920x1050 in Japanese, the race below: it scrolled by 49 px)."""
        back, self._heights_back = self._heights_back, {}
        w = self._window
        for docks in sides.values():
            kept = [d for d in docks if d in back]
            if len(kept) != len(docks) or any(w.tabifiedDockWidgets(d) for d in docks):
                continue
            heights = [back[d] for d in kept]
            if heights != [d.height() for d in kept]:
                w.resizeDocks(kept, heights, Qt.Orientation.Vertical)
                self.placed.emit()

    def _give_back_width(self) -> None:
        """The window as wide as it was when a dock opened, if the dock's least width
        pushed it wider before the editor made room (projector mode at 1024x768: the
        Classroom made it 1045 px wide, past the screen's edge, and it stayed so)."""
        w, asked = self._window, self._asked_width
        self._asked_width = None
        if asked is None or w.width() <= asked or w.isMaximized() or w.isFullScreen():
            return
        layout = w.layout()
        if layout is not None:
            layout.activate()  # the least width as the editor now leaves it
        width = max(asked, w.minimumSizeHint().width(), w.minimumWidth())
        if width < w.width():
            w.resize(width, w.height())

    def _onto_screen(self) -> None:
        """A maximised window as wide as the screen again once the editor has made room:
        its least width had pushed it past the screen's edge, where the window manager
        could not make it the screen's width. So too a window not maximised that its
        least width pushed past the edge (:meth:`_screen_limit`), kept where it is as
        far as the screen allows."""
        w = self._window
        if self._pushed_past_screen and not w.isMaximized():
            if not self.beside():
                self._back_on_screen()
            self._inside_edges()
            return
        self._inside_edges()
        width = self.screen_width()
        if not w.isMaximized() or w.width() <= width:
            return
        layout = w.layout()
        if layout is not None:
            layout.activate()
        if max(w.minimumSizeHint().width(), w.minimumWidth()) > width:
            return
        handle = w.windowHandle()
        if handle is not None:
            handle.setMinimumSize(w.minimumSize())  # the window manager learns it now
        w.showNormal()  # maximised again: the window manager's size, the screen's
        w.resize(width, w.height())  # (its size when restored; and without a window manager)
        w.showMaximized()

    def _inside_edges(self) -> None:
        """A window (not maximised) the text's growth pushed past its screen's right or
        bottom edge (:meth:`_grown_past_edge`) moved left and up as far as it needs to be
        on the screen again, no further than the screen's left and top edges. At 1920x1080
        under openbox, the window of the first start (1280x820, in the screen's middle)
        made 1607 px wide by Ctrl+= four times had its right edge 8 px off the screen
        (Ctrl+= five times: 54 px), the rules' margins cut there."""
        if not self._past_edge:
            return
        self._past_edge = False
        w = self._window
        screen = w.screen()
        if screen is None or w.isMaximized() or w.isFullScreen():
            return
        avail = screen.availableGeometry()
        frame = w.frameGeometry()
        x = max(avail.left(), min(frame.left(), avail.right() + 1 - frame.width()))
        y = max(avail.top(), min(frame.top(), avail.bottom() + 1 - frame.height()))
        if (x, y) != (frame.left(), frame.top()):
            w.move(x, y)  # (move: the frame's place)

    def _back_on_screen(self) -> None:
        """The window (not maximised) as wide as its screen, or its least width if more,
        moved left as far as its right edge needs to be on the screen."""
        w = self._window
        screen = w.screen()
        room = self._screen_room()
        if screen is None or w.width() <= room:
            return
        layout = w.layout()
        if layout is not None:
            layout.activate()  # the least width as the editor now leaves it
        width = max(room, w.minimumSizeHint().width(), w.minimumWidth())
        frame = w.frameGeometry()  # (before the resize: its edges as the window system has them)
        edges = frame.width() - w.width()
        if width < w.width():
            w.resize(width, w.height())
        avail = screen.availableGeometry()
        right = frame.left() + edges + width  # the frame's right edge, past it
        if right > avail.right() + 1:
            w.move(max(avail.left(), frame.left() - (right - avail.right() - 1)), frame.top())

    def readable_height(self, dock: QDockWidget) -> int:
        """The least height at which ``dock`` reads: its title and its contents' least
        height (the classroom: its heading and three changes, see ``heights``)."""
        own = self._heights.get(dock)
        if own is not None:
            return own()
        area = dock.widget()
        if area is None:
            return dock.minimumSizeHint().height()
        inner = area.widget() if isinstance(area, QScrollArea) else area
        least = inner.minimumSizeHint().height() if inner is not None else 0
        # contents that take fewer lines where they are short of room (the comparison's
        # legend shortens its names) say how tall they read
        for widget in (inner, *inner.findChildren(QWidget, options=DIRECT)) if inner else ():
            readable = getattr(widget, "readable_height", None)
            if callable(readable):
                least = max(least, readable())
        return area.y() + least + 2 * area.frameWidth()

    def _share_side(self, docks: list[QDockWidget]) -> None:
        """Docks stacked on one side that do not each get their readable height (the
        classroom above the comparison, 1280×720 in projector mode) share it as tabs, each
        the whole height, the one shown last on top; once there is room again (the window
        taller, projector mode off) they are stacked again. Docks the user put in tabs
        stay so.

        A guest (``guests``: the race put in the Comparison's tabs for want of room) is
        counted as its host's tab, not as the user's: the race that came beside again into
        the tabs the Classroom and the Comparison shared (1280x720 with the three open, the
        window made larger and then smaller again, or after a switch of language and back)
        made the three one group that was never stacked again, the Comparison and the
        Classroom behind the race's tab where they had stood one above the other."""
        w = self._window
        guests = {g: h for g, h in self.guests().items() if g in docks and h in docks}
        docks = [d for d in docks if d not in guests]
        if len(docks) < 2:
            return
        tabbed = [d for d in docks if any(o in docks for o in w.tabifiedDockWidgets(d))]
        docks = sorted(docks, key=lambda d: self._slot(d, guests).geometry().top())
        if tabbed:
            self._as_wide_as_on_top([*tabbed, *guests])
        separator = w.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)
        need = sum(self._slot_readable_height(d, guests) for d in docks)
        need += separator * (len(docks) - 1)
        if not tabbed:
            column = sum(self._slot(d, guests).height() for d in docks)
            column += separator * (len(docks) - 1)
            if need <= column:
                if guests:
                    self._readable_slots(docks, guests)
                return
            keep = self._last if self._last in docks else docks[0]
            for other in docks[1:]:
                w.tabifyDockWidget(docks[0], other)
            self._tabbed = list(docks)
            keep.raise_()
        elif set(tabbed) == set(self._tabbed) and len(tabbed) == len(docks):
            column = max(self._slot(d, guests).height() for d in docks)  # (and the tab bar)
            if need > column:
                return
            stacked, self._tabbed = self._tabbed, []
            self._stack(stacked, guests)

    def _readable_slots(
        self, docks: list[QDockWidget], guests: Mapping[QDockWidget, QDockWidget]
    ) -> None:
        """Docks stacked on one side, some with a guest in their tabs, each place as tall as
        the one of its tabs that reads tallest, where the column has room for it: Qt shared
        the column by the dock on top, and the Comparison brought forward from behind the
        race's tab (1280x720 with the Classroom above) had the race's 292 px where it reads
        from 376, scrolling by 46, the Classroom above 350 px where it reads from 188. (A
        place with tabs is asked its height with their bar, as :meth:`_row_height` does.)"""
        w = self._window
        places = [(self._slot(d, guests), self._slot_readable_height(d, guests)) for d in docks]
        if any(slot.visibleRegion().isEmpty() for slot, _ in places):
            return  # (not laid out yet: a place's height is the one it last had)
        short = [(slot, n) for slot, n in places if slot.height() < n]
        if not short:
            return
        slots, asked = [s for s, _ in short], [n for _, n in short]
        w.resizeDocks(slots, asked, Qt.Orientation.Vertical)
        layout = w.layout()
        if layout is not None:
            layout.activate()
        # (what Qt counted in: the tab bar)
        more = [n + max(n - s.height(), 0) for s, n in short]
        if more != asked:
            w.resizeDocks(slots, more, Qt.Orientation.Vertical)
        self.placed.emit()

    def guests(self) -> dict[QDockWidget, QDockWidget]:
        """The docks put in a tab of a dock beside the dashboard for want of room, each
        with that dock (``guests``)."""
        return dict(self._guests()) if self._guests is not None else {}

    def _slot(self, dock: QDockWidget, guests: Mapping[QDockWidget, QDockWidget]) -> QDockWidget:
        """``dock`` or its guest, whichever is on top of their tabs: the one whose
        geometry is its place in the column (one behind a tab keeps its old one)."""
        for guest, host in guests.items():
            if host is dock and not guest.visibleRegion().isEmpty():
                return guest
        return dock

    def _slot_readable_height(
        self, dock: QDockWidget, guests: Mapping[QDockWidget, QDockWidget]
    ) -> int:
        """The readable height of ``dock``'s place in the column: its own, or its guest's
        if more (each in turn has the place)."""
        mine = [g for g, h in guests.items() if h is dock]
        return max(self.readable_height(d) for d in (dock, *mine))

    def _as_wide_as_on_top(self, tabbed: list[QDockWidget]) -> None:
        """Docks in tabs behind the one on top, as wide as it, their contents laid out at
        that width, before their readable heights are measured: Qt moves a dock behind a
        tab out of sight at the size it last had on top, and lays it out no more. In
        Japanese, a Classroom last on top at 1280x720 (426 px wide, its changes wrapped)
        measured 394 px of height for its heading and three changes once the window was
        maximised to 1920x1040 (the column 691 px wide, where they take some 300): the
        Classroom and the Comparison stayed in tabs where English had them stacked."""
        on_top = [d for d in tabbed if not d.visibleRegion().isEmpty()]
        if not on_top:
            return
        width = on_top[0].width()
        for dock in tabbed:
            if dock.width() != width:
                dock.resize(width, dock.height())
                for widget in (dock, *dock.findChildren(QWidget)):
                    QCoreApplication.sendPostedEvents(widget, QEvent.Type.LayoutRequest)

    def _share_row(self, docks: list[QDockWidget]) -> bool:
        """Docks side by side on one side of the dashboard (the classroom beside the
        comparison, as dragged there or saved on a wider screen) that cannot each have
        their readable width beside it, even with the editor stepped aside, share one
        column as tabs, each its whole width (1280x720 in projector mode: the comparison
        got some 350 px and scrolled sideways, its buttons, legend and table cut at the
        window's edge). True if it put them in tabs. Docks in tabs are left alone."""
        w = self._window
        columns: dict[int, list[QDockWidget]] = {}
        for dock in docks:
            columns.setdefault(dock.geometry().left(), []).append(dock)
        if len(columns) < 2 or any(w.tabifiedDockWidgets(d) for d in docks):
            return False
        separator = w.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)
        need = sum(max(readable_width(d) for d in c) for c in columns.values())
        if self.editor_room([need + separator * (len(columns) - 1)]) >= 0:
            return False
        ordered = sorted(docks, key=lambda d: (d.geometry().left(), d.geometry().top()))
        keep = self._last if self._last in ordered else ordered[-1]
        for other in ordered[1:]:
            w.tabifyDockWidget(ordered[0], other)
        self._tabbed = ordered
        keep.raise_()
        layout = w.layout()
        if layout is not None:
            layout.activate()
        self.placed.emit()
        return True

    def _stack(
        self, stacked: list[QDockWidget], guests: Mapping[QDockWidget, QDockWidget] | None = None
    ) -> None:
        """``stacked``, in tabs, out of them and back one above the other in this order
        (Qt keeps a dock left alone in its tab group as a tab: one more would be another
        tab). ``guests``, in the tabs too, each in a tab of its host again, on top if it
        was."""
        w = self._window
        guests = dict(guests or {})
        area = w.dockWidgetArea(stacked[0])
        width = max(d.width() for d in stacked)
        on_top = [g for g in guests if not g.visibleRegion().isEmpty()]
        moving = self._moving_guests() if self._moving_guests is not None and guests else None
        with moving if moving is not None else contextlib.nullcontext():
            for dock in [*stacked, *guests]:
                w.removeDockWidget(dock)
            for dock in stacked:
                w.addDockWidget(area, dock, Qt.Orientation.Vertical)
                dock.show()
            for guest, host in guests.items():
                w.tabifyDockWidget(host, guest)
                guest.show()
        for guest in on_top:
            guest.raise_()
        layout = w.layout()
        if layout is not None:
            layout.activate()  # placed again before they are sized
        w.resizeDocks(stacked, [width] * len(stacked), Qt.Orientation.Horizontal)
        self.placed.emit()
