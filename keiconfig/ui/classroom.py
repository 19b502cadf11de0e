"""Classroom features: handed the document, the view state and the widgets they need, they
make their views and actions; the main window places them (menus, dock, bars).

Actions (the window puts them in its menus):

* Edit > Reset All (Ctrl+Shift+R): back to the default car as one undoable step.
* View > Projector Mode (F5, Ctrl+Shift+P): light high-contrast palette, text ×1.5,
  plot lines ×2, advanced controls hidden (see :mod:`keiconfig.ui.projector`).
* View > Guess First (Ctrl+G): times hidden until the class guesses (:mod:`.guess`).
* View > Classroom Panel (F6): the dock with "Make it quicker" (ranked single changes)
  and "Cars of this era" (reference cars of the chosen rules' era).
* Help > How the Model Works (F1): the model page (:mod:`.model_page`).

Also: the "what limits it" sentence (the window puts it under the speed plot), and while
the car in the window is judged by other rules than its year's, a bar offering its own
era's rules ("This car is from 1962: judge it by the 1955 rules? [Use 1955 rules]"; the
window puts it under the Year box).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from keiconfig.core import regulations
from keiconfig.core.build import Build, default_build
from keiconfig.ui.actions import dock_action, make_action
from keiconfig.ui.dashboard import squeezable
from keiconfig.ui.dock_room import window_docks
from keiconfig.ui.document import Change, Document
from keiconfig.ui.guess import GuessMode
from keiconfig.ui.panels.limits_panel import LimitsPanel
from keiconfig.ui.projector import Projector
from keiconfig.ui.settings import Settings
from keiconfig.ui.view_state import ViewState

DOCK_SETTING = "classroomDockVisible"

if TYPE_CHECKING:
    from keiconfig.ui.model_page import ModelPage
    from keiconfig.ui.panels.era_cars_panel import EraCarsPanel
    from keiconfig.ui.panels.results_panel import Figure


class EraOfferBar(QFrame):
    """ "This car is from 1962: judge it by the 1955 rules? [Use 1955 rules] [Keep]".

    It is about the car in the window, whichever way it came there (a file or preset
    opened, a point of the explorer opened, an undo, a redo, a year typed): it follows the
    document's one change event and is shown while the build's year is judged by other
    rules than its own era's, until answered. Use switches the rules (and so it goes);
    Keep holds for this car, through its edits, undo and redo, until another car is
    started (opened, New, a preset). Before, only a preset opened offered it, and any
    change took it away for good: a 1991 preset, then a build opened from the explorer's
    Pareto plot, then Ctrl+Z brought the 1991 car back judged by the 1998 rules with no
    offer left.

    It sits in the controls column, under the car's year (the window hands it to the Body
    panel, BodyPanel.add_under_year): as a tool bar across the window it took some 30 px of
    the dashboard's height, and at 1280x720 with a desktop's 10 pt text that pushed the
    dashboard into its wide layout (least width 378 -> 552 px), the controls beside the
    Comparison left 307 px against the 338 their wrapped rows need: they scrolled sideways.
    In the column it takes height only from the controls, which scroll up and down anyway;
    its sentence wraps. Under the Year box, not above the name: a year stepped across an
    era's edge with the box's arrow makes it appear, and above, it pushed the box some
    60 px down under the mouse (the next click landed near the Body heading).

    ``pending`` is emitted when an offer is made, answered or written again (a language
    switch): the status bar's line shows an offer not yet answered while the controls
    have stepped aside for docks (:mod:`.controls_hint`)."""

    pending = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self.setObjectName("eraOfferBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Era of this car"))
        self.offered_era: str | None = None
        self._year: int | None = None  # the year of the car offered its era's rules
        self._against: str | None = None  # the rules in use when it was offered
        # Keep's answers for the car in the window: (the era offered, the era kept).
        self._kept: set[tuple[str, str]] = set()
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.use_button = QPushButton(self)
        self.keep_button = QPushButton(self)
        column = QVBoxLayout(self)
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.use_button.clicked.connect(self.accept)
        self.keep_button.clicked.connect(self.dismiss)
        self._doc.changed.connect(self._changed)
        self.hide()
        self._follow()

    def _changed(self, change: Change) -> None:
        if change.fresh:  # another car: Keep was said of the one before
            self._kept.clear()
            build = change.new
            if change.reason == "open" and build.judged_by is not None and build.year is not None:
                # A file that names the rules it is judged by (judged_by) was saved so by
                # someone who chose them: that is a Keep, not a question to ask again.
                # A year edited later, to another era's, is asked about again.
                self._kept.add((regulations.era_for_year(build.year), build.judged_by))
        self._follow()

    def _follow(self) -> None:
        """Offer the rules of the year of the build in the window, if they are not the ones
        in use and Keep was not said to them for this car; else no offer."""
        year, used = self._doc.build.year, self._doc.era
        era = None if year is None else regulations.era_for_year(year)
        if era is None or era == used or (era, used) in self._kept:
            self._withdraw()
            return
        if (era, year, used) == (self.offered_era, self._year, self._against):
            return  # (the same offer: nothing to write again)
        self.offered_era, self._year, self._against = era, year, used
        self._write()
        self.show()

    def _write(self) -> None:
        """The offer's words, in the language of the moment."""
        year, era, used = self._year, self.offered_era, self._against
        if year is None or era is None or used is None:
            return
        self.message.setText(
            self.tr("This car is from %d: judge it by the %s rules?") % (year, era)
        )
        self.use_button.setText(self.tr("Use %s rules") % era)
        self.use_button.setAccessibleName(self.use_button.text())
        self.keep_button.setText(self.tr("Keep %s rules") % used)
        self.keep_button.setAccessibleName(self.keep_button.text())
        self.pending.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # a live switch: the offer made in English stayed in English on the Japanese
            # screen ('This car is from 1987: judge it by the 1976 rules? [Use 1976 rules]')
            self.setAccessibleName(self.tr("Era of this car"))
            self._write()

    def accept(self) -> None:
        """Use: the rules of the car's era, as an undo step saved with the build ("Rules:
        1990"); the change event takes the offer away."""
        if self.offered_era is not None:
            self._doc.set_era(self.offered_era)
        self._withdraw()

    def dismiss(self) -> None:
        """Keep: the rules in use stay, and are not offered again for this car."""
        if self.offered_era is not None and self._against is not None:
            self._kept.add((self.offered_era, self._against))
        self._withdraw()

    def _withdraw(self) -> None:
        was = self.offered_era is not None
        self.offered_era, self._year, self._against = None, None, None
        self.hide()
        if was:
            self.pending.emit()


class Classroom(QObject):
    """The classroom actions and views of one window.

    ``figures`` (the results panel's), ``speed_plot`` (the plots panel's widget): what guess
    mode covers. ``open_preset``: start from a car of the era list (asks about unsaved
    changes). ``host``: the window, as a parent for the dock and the model page and to size
    the dock once it is placed.
    """

    def __init__(
        self,
        document: Document,
        view: ViewState,
        settings: Settings,
        figures: Mapping[str, Figure],
        speed_plot: QWidget,
        open_preset: Callable[[Build], object],
        host: QMainWindow,
        gearing_plot: QWidget | None = None,
        *,
        era_offer: EraOfferBar,
    ) -> None:
        super().__init__(host)
        self._doc = document
        self._view = view
        self._settings = settings
        self._open_preset = open_preset
        self._host = host
        # the least height at which another dock reads (DockRoom.readable_height, set by
        # the window): the classroom's share of a column leaves the others theirs
        self.readable_height: Callable[[QDockWidget], int] | None = None
        tr = self.tr
        self.projector = Projector(view, self)
        self._model_page: ModelPage | None = None

        # -- views ---------------------------------------------------------------------------
        self.limits_panel = LimitsPanel(document, view)
        self.guess = GuessMode(
            document,
            view,
            figures,
            speed_plot,
            self.limits_panel.sentence,
            gearing_plot=gearing_plot,
            parent=self,
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("classroomTabs")
        limits_area = _scrolled(self.limits_panel)
        limits_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs.addTab(limits_area, tr("Make it &quicker"))
        # "Cars of this era" is made when the dock first comes on screen (it starts hidden).
        self._era_cars_panel: EraCarsPanel | None = None
        self.dock = QDockWidget(tr("Classroom"), host)
        self.dock.setObjectName("classroomDock")
        self.dock.setWidget(squeezable(self.tabs))  # it gives way to the dashboard
        self.dock.visibilityChanged.connect(self._dock_shown)
        self._dock_sized = False
        # the offer of a preset's own era's rules: the window made it at the top of its
        # controls column (placed there first, it comes first in Tab's order)
        self.era_offer = era_offer

        # -- actions -------------------------------------------------------------------------
        self.projector_action = make_action(
            self,
            tr("&Projector Mode"),
            keys="projector",
            tip=tr(
                "Large text, thick lines and a high-contrast light palette for a projector; "
                "hides the advanced controls (intercooler, cycle, valves, redline, pinned "
                "figures) until you turn it off"
            ),
            checkable=True,
        )
        self.projector_action.toggled.connect(self.projector.set_enabled)
        self.guess_action = make_action(
            self,
            tr("&Guess First"),
            keys="guess_first",
            tip=tr("Hide the times until the class has guessed the 0–100 km/h time"),
            checkable=True,
        )
        self.guess_action.toggled.connect(self.guess.set_enabled)
        self.reset_all_action = make_action(
            self,
            tr("Reset &All"),
            self.reset_all,
            keys="reset_all",
            tip=tr("Back to the default car (one step you can undo)"),
        )
        self.model_action = make_action(
            self,
            tr("How the &Model Works"),
            self.show_model_page,
            keys="model_page",
            tip=tr("The model's equations with this car's numbers"),
        )
        self.dock_action = dock_action(
            self.dock, lambda: tr("&Classroom Panel"), keys="classroom_panel"
        )
        self.dock_action.triggered.connect(self._remember_dock)
        self.dock.installEventFilter(self)  # closed with its own button: remembered too

    def restore_dock(self) -> None:
        """Once the window has placed the dock: hidden until asked for (View > Classroom
        Panel), so a small window still fits; remembered for next time."""
        self.dock.setVisible(self._settings.state(DOCK_SETTING) == QByteArray(b"1"))

    def placed_as_saved(self) -> None:
        """The window put the dock back where the last session left it: open, it keeps
        the size it had (its first show would size it afresh)."""
        self._dock_sized = self._dock_sized or not self.dock.isHidden()

    @property
    def era_cars_panel(self) -> EraCarsPanel:
        """The "Cars of this era" tab, made on first use."""
        if self._era_cars_panel is None:
            from keiconfig.ui.panels.era_cars_panel import EraCarsPanel

            self._era_cars_panel = EraCarsPanel(
                self._doc,
                open_preset=self._open_preset,
                times_hidden=lambda: self._view.times_hidden,
            )
            # Guess First: its "Your build" column gave the 0-100 km/h time away
            self._view.times_hidden_changed.connect(self._era_cars_panel.show_comparison)
            self.tabs.addTab(self._era_cars_panel, self.tr("Cars of th&is era"))
        return self._era_cars_panel

    def _dock_shown(self, visible: bool) -> None:
        if visible:
            self.era_cars_panel  # noqa: B018 - both tabs are there when the dock shows
        if visible and not self._dock_sized and not self.dock.isFloating():
            self._dock_sized = True  # wide enough to read the changes, the first time only
            self._host.resizeDocks([self.dock], [self._width()], Qt.Orientation.Horizontal)

    def _width(self) -> int:
        """The dock's width when it opens: enough to read the changes."""
        return min(460, max(self._host.width() // 3, 1))

    def projector_width(self) -> int:
        """The width the docked classroom takes beside the dashboard in projector mode
        (the width it opens at, :meth:`grow_dock`); 0 in normal mode, for DockRoom."""
        if not self.projector_action.isChecked() or self.dock.isFloating():
            return 0
        return self._width()

    def grow_dock(self) -> bool:
        """The window grew: the dock, if squeezed narrower than it opens, takes that width
        (as much of it as the window has room for); stacked with another dock (the
        comparison), at least a quarter of the window's height, so more than one change
        shows. True if it was short of either."""
        dock, host = self.dock, self._host
        if not dock.isVisible() or dock.isFloating():
            return False
        short = dock.width() < self._width()
        if short:
            host.resizeDocks([dock], [self._width()], Qt.Orientation.Horizontal)
        return self.share_height() or short

    def share_height(self) -> bool:
        """Stacked with another dock (the comparison), the dock takes its heading and
        three changes' height, at least a quarter of the window's, at most three fifths
        of the column (the comparison keeps its plot and table); whichever opened first.
        True if it was short or took more."""
        dock, host = self.dock, self._host
        if not dock.isVisible() or dock.isFloating() or not self._stacked():
            return False
        others = self._neighbours()
        column = sum(d.height() for d in others) + dock.height()
        most = column * 3 // 5
        needed = self.needed_height()
        want = min(max(needed, host.height() // 4), most)
        if self.readable_height is not None:
            # the quarter of the window out of what the others read at, not below it: the
            # Comparison under it at 1920x1050 with the explorer below (after F5 and F5
            # again, the two stacked again) was left 346 px where it reads from 376, and
            # scrolled by 30
            spare = column - sum(self.readable_height(d) for d in others)
            want = max(min(want, spare), min(needed, most))
        if want <= dock.height() <= most:
            return False
        # both sides of the split at once: given the classroom's alone, Qt moved it a part
        rest = [(column - want) * d.height() // max(column - dock.height(), 1) for d in others]
        host.resizeDocks([dock, *others], [want, *rest], Qt.Orientation.Vertical)
        return True

    def needed_height(self) -> int:
        """The dock's height that shows the changes' heading and the first three changes
        whole, at the dock's present width."""
        limits, dock = self.limits_panel, self.dock
        shown = [b for b in limits.buttons[:3] if not b.isHidden()]
        last: QWidget = shown[-1] if shown else limits.heading
        outer = dock.widget()
        scrolled = outer.verticalScrollBar().value() if isinstance(outer, QScrollArea) else 0
        inner = self.tabs.widget(0)
        assert isinstance(inner, QScrollArea)
        viewport = inner.viewport()
        top = viewport.mapTo(dock, QPoint(0, 0)).y() + scrolled
        below = dock.height() - (viewport.mapTo(dock, QPoint(0, viewport.height())).y() + scrolled)
        margins = limits.layout().contentsMargins().bottom()
        return top + last.geometry().bottom() + 1 + margins + max(below, 0)

    def _stacked(self) -> bool:
        """Another dock shares the dock's side, above or below it (not in tabs)."""
        return bool(self._neighbours())

    def _neighbours(self) -> list[QDockWidget]:
        """The other docks above or below the dock on its side (not in tabs)."""
        area = self._host.dockWidgetArea(self.dock)
        mine = self.dock.geometry()
        return [
            other
            for other in window_docks(self._host)
            if other is not self.dock
            and other.isVisible()
            and not other.isFloating()
            and self._host.dockWidgetArea(other) == area
            and other.geometry().left() < mine.right()
            and mine.left() < other.geometry().right()
            and not other.geometry().intersects(mine)
        ]

    def reset_dock(self) -> None:
        self._dock_sized = False  # View > Reset Layout: sized afresh, now if it is shown
        self._dock_shown(self.dock.isVisible())

    def _remember_dock(self, visible: bool) -> None:
        self._settings.set_state(DOCK_SETTING, QByteArray(b"1" if visible else b"0"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The dock's close button (docked or floating) closes it; the View menu and F6 go
        # through the action. Closed so, it came back at the next start. (Quitting closes
        # a floating dock too, after its window: then it stays remembered as shown.)
        closed = watched is self.dock and event.type() == QEvent.Type.Close
        if closed and self._host.isVisible():
            self._remember_dock(False)
        return False

    # -- commands --------------------------------------------------------------------------
    def reset_all(self) -> None:
        """The default car, judged by today's rules (it names none: judged_by is part of
        the build), as one undo step ("Undo Reset All", which brings back the car and its
        rules): a fresh default car passes, whatever era the lesson was looking at."""
        self._doc.replace(default_build(), self.tr("Reset All"))

    def model_page(self) -> ModelPage:
        if self._model_page is None:
            from keiconfig.ui.model_page import ModelPage  # opened rarely: import on use

            self._model_page = ModelPage(
                self._doc, times_hidden=lambda: self._view.times_hidden, parent=self._host
            )
            self._view.times_hidden_changed.connect(self._model_page_refresh)
        return self._model_page

    def _model_page_refresh(self, _hidden: bool = False) -> None:
        if self._model_page is not None and self._model_page.isVisible():
            self._model_page.refresh()

    def show_model_page(self) -> None:
        page = self.model_page()
        page.show()
        page.raise_()
        page.activateWindow()


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop showing nothing: its buttons are
    return area
