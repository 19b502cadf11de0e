"""The figures, the kei rules and the plots, laid out by priority.

What a lesson is about stays on screen at every size the window meets (1280×720 projectors,
1920×1080, 1280×800 at 200 %), in normal and projector mode, with any docks open:

* the verdict and every rule row with its margin (:class:`CompliancePanel`),
* the kerb weight, 0–100 km/h and top speed (:data:`results_panel.KEY_FIGURES`),
* the speed plot.

When they do not fit, lesser things give way, in this order (:data:`LEVELS`): the weight
bars, the torque and power and the tractive-force (gearing) plots' places under the speed
plot (the three plots take turns on tabs, the speed plot's first), the plot read-out
line, the outline of the car, the other figures but power and torque, the legends and
"what limits it" sentence under the plots, the notes under the figures ("published: 760
kg"), the power and torque figures (:data:`results_panel.POWER_FIGURES`), the plots' tab
bar (Ctrl+PageDown in the plot shown still turns them) and last the top speed's "limited;
about 147 without the limiter" (without it, the limiter's speed reads as the car's).
Nothing is squeezed below its own minimum; they come back as soon as there is room.

Power and torque come after the cards' notes: they are what an enthusiast checks first
against the published figures, and with the notes before them a preset (whose cards carry
"published: ...") showed only the three key figures at 1280x720, power nowhere but in the
rules ("64 of 64 PS") and torque nowhere but on the torque plot's tab. Five cards take
two columns of three rows beside the rules, as tall as the three key cards in one.

A figure a person sees stays while they edit (:meth:`Dashboard._keeping_figures`): a year
entered (the rules' choice then names the era's limits) or a rule broken (advice under
it) makes the rules need more room, and the seven cards went to three at 1280x720 and came
back when the rule was kept again. At the same size and text size, an edit takes the
legends and the cards' notes away instead, while that fits. Another build (opened, New, a
preset), another language, size or text size is planned afresh: the figures may then be
others. No plot is ever out of reach: on tabs, each is a click or Ctrl+PageDown away (at
1280x720 the torque plot was gone, with no way to see it but a larger window).
Docks beside and below the dashboard give way before any of it (:func:`squeezable`).

The dashboard places its three panels itself: the figures beside the rules (or above them,
when the rules would not fit beside), the plots below taking the height left.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from keiconfig.ui.panels.compliance_panel import CompliancePanel
from keiconfig.ui.panels.plots_panel import ALL, TABS, PlotsPanel
from keiconfig.ui.panels.results_panel import ResultsPanel
from keiconfig.ui.soon import soon
from keiconfig.ui.wrapped_height import wrapped_height

if TYPE_CHECKING:
    from keiconfig.ui.document import Change

GAP = 6  # pixels between the panels
# Pixels of a screen's height kept for the title bar, menus, a tool bar and the status bar:
# the dashboard never asks for more than the rest (it would push the window off screen).
SCREEN_CHROME = 150
# The dashboard never insists on more than this share of the window's width (the controls
# need the rest).
WIDTH_SHARE = 0.6
# Lesser things are shown only while the speed plot keeps this share of the height.
PLOT_SHARE = 0.3
# ... but for the weight bars, this share: they sit in the figures' column beside the rules
# (and the car's outline), and cost the plots a few lines' height, not a plot. With the
# share alone they went at 1800x1000 (11 px short of it, 954 px high), and the room they
# left went to the outline beside an empty stretch of the figures' column.
WEIGHT_PLOT_SHARE = 0.25
# While panels keep asking for sizes (a drag changes their texts on every frame), the
# dashboard keeps its plan if what they need in it stays; it plans afresh (every level, and
# its least size) once they have been quiet this long.
QUIET_MS = 150

_T = TypeVar("_T")


@dataclass(frozen=True)
class Level:
    """What is shown at one level of detail (richest first in :data:`LEVELS`)."""

    weight: bool = True
    # how the plots share their room (plots_panel.ALL, TABS): all at once, or on tabs
    plots: str = ALL
    readout: bool = True
    outline: bool = True
    notes: bool = True
    all_figures: bool = True
    # without all the figures: power and torque with the key figures (POWER_FIGURES)
    power: bool = True
    card_notes: bool = True  # "published: 760 kg" under a figure
    key_note: bool = True  # the top speed's "limited; about 147 without the limiter"
    # the plots' tabs (with plots=TABS), over the plot shown; without them (the poorest
    # levels: a window of the least size) a Plots button in the plot's bottom left corner,
    # which takes no height (plot_switch.py), and Ctrl+PageDown in the plot turn them
    tab_bar: bool = True


# Each level drops the next lesser thing.
_KEY_ONLY = {
    "weight": False,
    "plots": TABS,
    "readout": False,
    "outline": False,
}
_POOREST = {**_KEY_ONLY, "all_figures": False, "notes": False, "card_notes": False, "power": False}
LEVELS = (
    Level(),
    Level(weight=False),
    Level(weight=False, plots=TABS),
    Level(weight=False, plots=TABS, readout=False),
    Level(weight=False, plots=TABS, readout=False, outline=False),
    # The key figures with power and torque (POWER_FIGURES), which give way only after the
    # legends and the cards' notes.
    Level(**_KEY_ONLY, all_figures=False),
    Level(**_KEY_ONLY, all_figures=False, notes=False),
    Level(**_KEY_ONLY, all_figures=False, notes=False, card_notes=False),
    Level(**_KEY_ONLY, all_figures=False, notes=False, card_notes=False, power=False),
    # The plots' tabs before the limiter's note (without it the limiter's speed reads as
    # the car's): they cost a line's height, which a window as small as it goes (1280x698
    # in projector mode with a desktop's 10 pt text) does not have. The least size is what
    # it was before the tabs.
    Level(**_POOREST, tab_bar=False),
    Level(**_POOREST, tab_bar=False, key_note=False),
)


@dataclass(frozen=True)
class Plan:
    level: Level
    beside: bool  # the figures beside the rules (else above them)
    columns: int  # of the figures
    figures: QRect
    rules: QRect
    plots: QRect
    fits: bool
    need: int  # the height it needs, the plots at their minimum


class Dashboard(QWidget):
    """Results, compliance and plots panels, arranged by :meth:`plan`."""

    least_changed = Signal()  # the least size it needs changed (see minimumSizeHint)

    def __init__(
        self,
        results: ResultsPanel,
        compliance: CompliancePanel,
        plots: PlotsPanel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.results, self.compliance, self.plots = results, compliance, plots
        for panel in (results, compliance, plots):
            panel.setParent(self)
            panel.installEventFilter(self)  # a panel asks for another size: plan again
        self.current: Plan | None = None
        self._least = QSize(0, 0)  # the least size, at the present width
        self._narrowest: tuple[tuple, int] | None = None  # (what it depends on, width)
        # What each panel measured for the current plan (see _measure), and the panels
        # that asked for another size since: their measures are checked before planning.
        self._measures: dict[QWidget, tuple] = {}
        self._asked: set[QWidget] = set()
        self._settling = False
        # While planning (see _measuring): each measure already taken, by what it was
        # asked for. None outside planning.
        self._memo: dict[tuple, object] | None = None
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self._check)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self._plan_afresh)
        # The figures a person sees (all of them, power and torque), and the size and text
        # size they are seen at: an edit keeps them there (see _keeping_figures).
        self._seen: tuple[tuple, tuple[bool, bool]] | None = None

    # -- planning (measures only: shows and hides nothing) ------------------------------------
    @contextmanager
    def _measuring(self) -> Iterator[None]:
        """Measures taken inside are kept until it ends (the outermost one, if nested), and
        a measure asked for again is the one kept. Planning shows, hides and moves nothing,
        so a panel measures the same all along it; and one plan asks the same measures
        over and over (every level, arrangement and share: the figures' size in an
        arrangement some 60 times, the rules' height at a width some 30): as many as half
        the dashboard's planning time in every window built, resized or relaid out."""
        if self._memo is not None:
            yield
            return
        self._memo = {}
        try:
            yield
        finally:
            self._memo = None

    def _kept(self, key: tuple, work: Callable[[], _T]) -> _T:
        """``work()``, or while measuring (see :meth:`_measuring`), what it gave for ``key``."""
        memo = self._memo
        if memo is None:
            return work()
        if key in memo:
            return memo[key]  # type: ignore[return-value]
        value = memo[key] = work()
        return value

    def _figures_size(
        self,
        all_figures: bool,
        columns: int,
        weight: bool,
        notes: bool,
        key_note: bool,
        power: bool = False,
    ) -> QSize:
        args = (all_figures, columns, weight, notes, key_note, power)
        return QSize(self._kept(("figures", *args), lambda: self.results.needed_size(*args)))

    def _level_figures_size(self, level: Level, columns: int) -> QSize:
        return self._figures_size(
            level.all_figures,
            columns,
            level.weight,
            level.card_notes,
            level.key_note,
            level.power,
        )

    def _rules_least_width(self) -> int:
        return self._kept(("rules width",), lambda: self.compliance.minimumSizeHint().width())

    def _rules_height(self, width: int, outline: bool) -> int:
        """The rules' height at ``width``, with or without the outline at its minimum."""
        shown = {self.compliance.outline: outline}
        return self._kept(
            ("rules", width, outline), lambda: column_height(self.compliance, width, shown)
        )

    def _plots_height(self, level: Level, width: int) -> int:
        """The plots' least height: on tabs, the tallest tab's (choosing another tab
        leaves the plan as it is)."""
        lesser = (level.plots, level.readout, level.notes, level.tab_bar)
        heights = []
        for shown in self.plots.pages_lesser(*lesser):  # (a tab's the same at two levels)
            key = ("plots", width, tuple(shown.values()))
            heights.append(self._kept(key, lambda s=shown: column_height(self.plots, width, s)))
        return max(heights)

    def _plan_level(
        self, level: Level, width: int, height: int, share: float = PLOT_SHARE
    ) -> list[Plan]:
        r = self.results
        plots_h = self._plots_height(level, width)
        # Lesser things only where the speed plot keeps its share of the height.
        speed = self.plots.speed_widget.minimumHeight()
        want = plots_h + max(int(share * height) - speed, 0)
        # Room beyond that (after the rules' or figures' least) is shared between the
        # outline and the plots, half each (see _outline_room).
        room = (height - GAP - want) // 2
        rules_min_w = self._rules_least_width()
        n = len(r.shown_keys(level.all_figures, level.power))
        plans = []
        # Beside: the figures in one or two columns at the left, the rules at the right.
        for columns in (3, 2, 1) if n > 3 else (1,):
            fig = self._level_figures_size(level, columns)
            rules_w = width - fig.width() - GAP
            if rules_w < rules_min_w:
                continue
            rules_h = self._rules_height(rules_w, level.outline)
            least = max(fig.height(), rules_h)
            fits = least + GAP + want <= height
            # (the figures may be taller than the rules: the outline has that room already)
            top = max(least, rules_h + self._outline_room(level, room - rules_h // 2))
            plans.append(
                Plan(
                    level,
                    True,
                    columns,
                    QRect(0, 0, fig.width(), top),
                    QRect(fig.width() + GAP, 0, rules_w, top),
                    QRect(0, top + GAP, width, max(height - top - GAP, plots_h)),
                    fits,
                    least + GAP + plots_h,
                )
            )
        # Above: the figures in as few rows as fit the width, the rules under them.
        for columns in (4, 3, 2, 1):
            if columns > n:
                continue
            fig = self._level_figures_size(level, columns)
            if fig.width() > width and columns > 1:
                continue
            rules_h = self._rules_height(width, level.outline)
            least = fig.height() + GAP + rules_h
            fits = least + GAP + want <= height and rules_min_w <= width
            rules_h += self._outline_room(level, room - least // 2)
            top = fig.height() + GAP + rules_h
            plans.append(
                Plan(
                    level,
                    False,
                    columns,
                    QRect(0, 0, width, fig.height()),
                    QRect(0, fig.height() + GAP, width, rules_h),
                    QRect(0, top + GAP, width, max(height - top - GAP, plots_h)),
                    fits,
                    least + GAP + plots_h,
                )
            )
            break
        return plans

    def _outline_room(self, level: Level, spare: int) -> int:
        """Height the outline of the car gets above its least, out of ``spare``: room the
        plots' share of the height does not need (else the outline stays at its least, a
        side view some 50 px long, with a screen's height left to the speed plot). It
        grows up to its size hint; the plots keep the rest."""
        if not level.outline or spare <= 0:
            return 0
        outline = self.compliance.outline
        return min(spare, max(outline.sizeHint().height() - outline.minimumSizeHint().height(), 0))

    def plan(self, width: int, height: int) -> Plan:
        """The richest level whose plan fits ``width`` × ``height``; failing that, the
        poorest level's shortest plan (the scroll area around the dashboard scrolls)."""
        with self._measuring():
            for level in LEVELS[:-2]:  # (the last three: _poorest)
                shares = (PLOT_SHARE, WEIGHT_PLOT_SHARE) if level.weight else (PLOT_SHARE,)
                for share in shares:
                    for p in self._plan_level(level, width, height, share):
                        if p.fits:
                            return p
            return self._poorest(width, height)

    def _poorest(self, width: int, height: int) -> Plan:
        # The limiter's note and the plots' tabs (the last three levels) before the speed
        # plot's share of the height above its minimum: without the note, the top speed
        # misleads.
        for level in LEVELS[-3:]:
            for share in (PLOT_SHARE, 0.0):
                plans = self._plan_level(level, width, height, share)
                fitting = [p for p in plans if p.fits]
                if fitting:
                    return fitting[0]
        if plans:
            return min(plans, key=lambda p: p.need)
        # Narrower than the rules' minimum: stacked at that minimum (the area scrolls).
        fig = self._figures_size(False, 1, False, False, False)
        rules_w = max(width, self._rules_least_width())
        rules_h = self._rules_height(rules_w, False)
        top = fig.height() + GAP + rules_h
        plots_h = self._plots_height(level, rules_w)
        return Plan(
            level,
            False,
            1,
            QRect(0, 0, rules_w, fig.height()),
            QRect(0, fig.height() + GAP, rules_w, rules_h),
            QRect(0, top + GAP, rules_w, plots_h),
            False,
            top + GAP + plots_h,
        )

    def minimum_height(self, width: int) -> int:
        """The least height at ``width``: the poorest level's shortest plan."""
        with self._measuring():
            return self._poorest(width, 0).need

    # -- keeping the figures seen ------------------------------------------------------------
    def _situation(self, width: int, height: int) -> tuple:
        return (width, height, self.font().pointSizeF())

    def _keeping_figures(self, plan: Plan, width: int, height: int) -> Plan:
        """``plan``, or, if it shows fewer figures than the person sees now at this size
        and text size, the richest plan that keeps them (the legends, the cards' notes
        give way instead): a rule broken or a year entered made the rules taller or wider,
        and the figure the person was watching went (7 cards to 3 at 1280x720, and back
        when the rule was kept again). None fitting, ``plan``."""
        seen = self._seen
        if seen is None or seen[0] != self._situation(width, height):
            return plan
        all_figures, power = seen[1]
        shown = plan.level
        if shown.all_figures or not (all_figures or (power and not shown.power)):
            return plan
        with self._measuring():
            for level in LEVELS[:-2]:  # (as plan: the poorest levels' figures are the key)
                kept = replace(
                    level,
                    all_figures=level.all_figures or all_figures,
                    power=level.power or power,
                )
                if kept == level:
                    continue  # (tried by plan)
                for p in self._plan_level(kept, width, height):
                    if p.fits:
                        return p
        return plan

    def document_changed(self, change: Change) -> None:
        """Another build (opened, New, a preset) or language: its figures are planned
        afresh; an edit keeps those seen (see :meth:`_keeping_figures`)."""
        if change.fresh or change.reason == "language":
            self._seen = None

    # -- placing -----------------------------------------------------------------------------
    def relayout(self) -> None:
        width, height = self.width(), self.height()
        if width <= 0 or height <= 0:
            return
        with self._measuring():  # (one set of measures for both)
            plan = self._keeping_figures(self.plan(width, height), width, height)
        level = plan.level
        self._seen = (self._situation(width, height), (level.all_figures, level.power))
        self.results.arrange(
            level.all_figures,
            plan.columns,
            level.weight,
            level.card_notes,
            level.key_note,
            level.power,
        )
        self.compliance.set_outline_visible(level.outline)
        self.plots.set_lesser_visible(level.plots, level.readout, level.notes, level.tab_bar)
        self.results.setGeometry(plan.figures)
        self.compliance.setGeometry(plan.rules)
        self.plots.setGeometry(plan.plots)
        # A new plan shows, hides and moves things: the panels' requests that follow are
        # answered with a plan afresh, as many rounds as it takes to settle (as before).
        self._settling = plan != self.current
        self.current = plan
        self._asked.clear()
        with self._measuring():  # (what it measures now, with the plan shown)
            self._measures = {
                p: self._measure(p, plan) for p in (self.results, self.compliance, self.plots)
            }
            least = self._least_size(width)
        if least != self._least:
            self._least = least
            self.updateGeometry()
            self.least_changed.emit()  # the window learns the size now needed

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            assert isinstance(watched, QWidget)
            self._asked.add(watched)
            self._again.start()  # once, after the panel's own layout has run
        return False

    def _measure(self, panel: QWidget, plan: Plan) -> tuple:
        """What ``panel`` needs in ``plan``: its least width, and its height (or, for the
        figures, its size) in the plan's arrangement at the plan's width."""
        level = plan.level
        if panel is self.results:
            need = self._level_figures_size(level, plan.columns)
            shown = self.results.shown_keys(level.all_figures, level.power)
            return (need.width(), need.height(), shown)
        if panel is self.compliance:
            height = self._rules_height(plan.rules.width(), level.outline)
        else:
            height = self._plots_height(level, plan.plots.width())
        return (panel.minimumSizeHint().width(), height)

    def _check(self) -> None:
        """A panel asked for another size (its text changed): plan again at once if what it
        needs in the present plan changed, else once the panels are quiet (QUIET_MS). A
        number that changes during a slider drag mostly leaves every size as it was, and
        planning measures every level's plan (3 ms), on every frame of the drag."""
        asked, self._asked = self._asked, set()
        plan = self.current
        if (
            plan is not None
            and not self._settling
            and all(self._measures.get(panel) == self._measure(panel, plan) for panel in asked)
        ):
            self._quiet.start()  # a richer plan may fit now, or the least size be another
            return
        self._plan_afresh()

    def _plan_afresh(self) -> None:
        self._quiet.stop()
        self._narrowest = None  # a panel's sizes changed: measure again
        self.relayout()

    def set_rules_narrow(self, level: int) -> None:
        """How far the rules give way in width (CompliancePanel.set_narrow); planned
        afresh at once, its least width another."""
        if level == self.compliance.narrow:
            return
        self.compliance.set_narrow(level)
        QCoreApplication.sendPostedEvents(self.compliance, QEvent.Type.LayoutRequest)
        self._plan_afresh()

    def rules_width(self, level: int) -> int:
        """The least width the dashboard can have with its rules at ``level`` of
        CompliancePanel.set_narrow: the rules' own (it is never narrower than they are)."""
        return self.compliance.least_width(level)

    def room(self) -> int:
        """The height the window can give the dashboard: what it has, and what docks
        above or below it could give up (they give way first)."""
        viewport = self.parentWidget()
        window = self.window()
        if viewport is None or viewport.height() <= 0 or not isinstance(window, QMainWindow):
            return max(window.height() - SCREEN_CHROME, 0)
        give = 0
        across = (Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea)
        # A window's docks are its own children (addDockWidget makes them so, docked, tabbed
        # or floating): looked for there alone, not through every widget of the window, a
        # search of thousands the window's layout made at every ask of its least size.
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for dock in window.findChildren(QDockWidget, options=direct):
            if dock.isVisible() and not dock.isFloating() and window.dockWidgetArea(dock) in across:
                give += max(dock.height() - dock.minimumSizeHint().height(), 0)
        # The viewport's height with the sideways scroll bar's given back: while the
        # dashboard scrolls sideways (narrower than its least width, until the layout gives
        # it that) the bar takes its height from the viewport, and the least width measured
        # against the smaller room was another (1100x650 in projector mode with builds
        # pinned: the least size flipped with the width it got, the layout re-fitting
        # three times a second for ever).
        area = viewport.parentWidget()
        if isinstance(area, QScrollArea) and area.horizontalScrollBar().isVisible():
            give += area.horizontalScrollBar().height()
        return viewport.height() + give

    def narrowest(self) -> int:
        """The least width at which the poorest plan fits the window's height (if none
        does, the rules' own minimum): narrower, the must-haves would not fit, so the
        docks beside the dashboard give way instead."""
        room = self.room()
        most = int(self.window().width() * WIDTH_SHARE)
        key = (self.font().pointSizeF(), room, most, self.compliance.narrow)
        if self._narrowest is not None and self._narrowest[0] == key:
            return self._narrowest[1]
        with self._measuring():
            rules = self._rules_least_width()
            figures = [self._figures_size(False, c, False, False, True).width() for c in (1, 2, 3)]
            # and the key figures side by side with every card as wide as the widest: the
            # rules under them get that width too, and may fit a short window there where
            # they do not at the cards' own widths (1280x600, projector mode: 732 px, where
            # the next width tried, the figures beside the rules, took 32 px from the
            # Comparison beside the dashboard)
            figures.append(self._kept(("uniform",), lambda: self._uniform_width()))
            widths = sorted({max(w, rules) for w in figures} | {w + GAP + rules for w in figures})
            widths = [w for w in widths if w <= most] or widths[:1]
            best = widths[0]  # nothing fits: no wider than need be (the dashboard scrolls)
            for width in widths:
                if self.minimum_height(width) <= room:
                    best = width
                    break
        self._narrowest = (key, best)
        return best

    def _uniform_width(self) -> int:
        # (uniform: every column as wide as the widest card)
        return self.results.needed_size(False, 3, False, False, True, False, True).width()

    def _least_size(self, width: int) -> QSize:
        with self._measuring():
            narrowest = self.narrowest()
            return QSize(narrowest, self.minimum_height(max(width, narrowest)))

    def minimumSizeHint(self) -> QSize:
        """Narrowest: see :meth:`narrowest`; shortest: the poorest plan at this width."""
        if self._least.isEmpty():
            self._least = self._least_size(self.width())
        return self._least

    def sizeHint(self) -> QSize:
        return QSize(800, 600)


def column_height(panel: QWidget, width: int, shown: dict[QWidget, bool]) -> int:
    """The least height of ``panel`` (a vertical box layout) at ``width``: each item at
    its minimum, lines that wrap with all their lines. ``shown`` overrides whether a
    widget counts (to measure a plan without showing or hiding anything)."""
    layout = panel.layout()
    assert layout is not None
    m = layout.contentsMargins()
    inner = max(width - m.left() - m.right(), 1)
    heights = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        widget = item.widget()
        if item.spacerItem() is not None:
            continue
        if widget is not None:
            if not shown.get(widget, not widget.isHidden()):
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                heights.append(wrapped_height(widget, inner))  # not its minimum of the moment
            elif widget.hasHeightForWidth():
                heights.append(widget.heightForWidth(inner))
            else:
                heights.append(max(widget.minimumHeight(), widget.minimumSizeHint().height()))
        elif item.layout() is not None:
            sub = item.layout()
            widgets = [sub.itemAt(j).widget() for j in range(sub.count())]
            widgets = [w for w in widgets if w is not None]
            if widgets and not any(shown.get(w, not w.isHidden()) for w in widgets):
                continue  # a row of widgets none of which counts (the engine plot's row)
            if any(w in shown for w in widgets):  # a row the plan shows: its tallest least
                heights.append(
                    max(
                        max(w.minimumHeight(), w.minimumSizeHint().height())
                        for w in widgets
                        if shown.get(w, not w.isHidden())
                    )
                )
            elif sub.hasHeightForWidth():
                heights.append(sub.totalHeightForWidth(inner))
            else:
                heights.append(sub.totalMinimumSize().height())
    gaps = layout.spacing() * max(len(heights) - 1, 0)
    return sum(heights) + gaps + m.top() + m.bottom()


def frame_height(window: QWidget) -> int:
    """The height a window manager's frame (title bar, borders) adds to ``window``: 0
    without one (the offscreen platform reports a frame it does not draw)."""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return 0
    return max(window.frameGeometry().height() - window.geometry().height(), 0)


def room_on_screen(room: int, window_height: int, frame: int, screen_height: int) -> int:
    """The dashboard's ``room`` less what of the window, in its frame, is beyond the
    screen's available height: a window at its least height, framed, fits the screen.
    (The frame left out, the least window was 539 px high on a 960x540 screen, 558 px with
    openbox's title bar: the status bar was cut at the bottom.)"""
    return room - max(window_height + frame - screen_height, 0)


class DashboardArea(QScrollArea):
    """The dashboard in a scroll area: if even its poorest plan does not fit (a window
    made smaller than any classroom screen), it scrolls rather than clips."""

    def __init__(self, dashboard: Dashboard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The least size depends on the window's height (what the screen shows): the one
        # the window's layout last asked for is checked again when the window is resized.
        self._hint_given: QSize | None = None
        self._window: QWidget | None = None
        self._recheck_posted = False
        # The window's least height (not the person) made it taller than its screen from a
        # height the screen showed: it is fitted back as soon as that least height allows.
        self._pushed_off = False
        self._told: QSize | None = None  # the least size the layout was told of, pushed off
        self.setObjectName("dashboardArea")
        self.setWidget(dashboard)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        dashboard.least_changed.connect(self.updateGeometry)

    def minimumSizeHint(self) -> QSize:
        """What the dashboard needs, so docks opening beside or below give way first; but
        never more than the window or the screen has room for (beyond that it scrolls):
        the window does not grow off the screen."""
        hint = self._least()
        self._hint_given = hint
        return hint

    def _least(self) -> QSize:
        widget = self.widget()
        if not isinstance(widget, Dashboard):
            return super().minimumSizeHint()
        hint = widget.minimumSizeHint()
        room = widget.room()
        screen = self.screen()
        if screen is not None:  # a window taller than its screen: what the screen shows
            window = self.window()
            avail = screen.availableGeometry().height()
            room = room_on_screen(room, window.height(), frame_height(window), avail)
        height = max(min(hint.height(), room), 0)
        width = hint.width()
        if height < hint.height():
            # it scrolls up and down: its scroll bar beside its least width, not over it
            # (projector mode at 1024x540 with the Comparison: 14 px of sideways scrolling,
            # the rules' right edge under the bar)
            width += self.verticalScrollBar().sizeHint().width()
        return QSize(width, height)

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._window:
            if self._window is not None:
                self._window.removeEventFilter(self)
            window.installEventFilter(self)
            self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # resized, or its frame became known (it moves inside the frame) or it was maximised
        rechecked = (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.WindowStateChange)
        # (or, pushed off its screen, laid out anew: its least height may allow it back)
        again = self._pushed_off and event.type() == QEvent.Type.LayoutRequest
        if watched is self._window and (event.type() in rechecked or again):
            if isinstance(event, QResizeEvent):
                self._note_push(event)
            if not self._recheck_posted:
                self._recheck_posted = True
                soon(self, self._recheck)
            return False
        return super().eventFilter(watched, event)

    def _note_push(self, event: QResizeEvent) -> None:
        """Whether the window's least height, not the person, made it taller than its
        screen shows, from a height the screen showed (see :meth:`_recheck`)."""
        window, screen = self._window, self.screen()
        if window is None or screen is None:
            return
        old, new = event.oldSize().height(), event.size().height()
        room = screen.availableGeometry().height() - frame_height(window)
        if 0 < old <= room < new <= window.minimumHeight():
            self._pushed_off, self._told = True, None

    def _recheck(self) -> None:
        """The window was resized: a dock opening below made it taller than the screen
        (the layout still had the least size of before). Tell the layout the new least
        size, then fit the window to the screen again if it now can."""
        self._recheck_posted = False
        if self._hint_given is not None and self._least() != self._hint_given:
            self.updateGeometry()
            # the layouts up to the window take the new least size now
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self._fit_screen()
        elif self._pushed_off:
            # The window's layout asked for the new least size before this did: the window
            # its least height pushed off the screen is fitted back all the same. F5 makes
            # the menu bar and the status bar taller (19 -> 26 and 27 -> 34 px in English)
            # while the dashboard holds the height it has, and the window grew by theirs:
            # in Japanese, with the Classroom and the Comparison beside and a build
            # breaking three rules (advice under each), a 1280x720 screen's window was 729
            # px high, the status bar off the screen (no window manager to keep it there).
            # Once it is, the dashboard's room leaves out what is past the screen
            # (room_on_screen), and its least height allows the screen's. The layout is
            # told that least size (once for each): another's asking (the docks' room) may
            # have left it with the one of before.
            hint = self._least()
            if hint != self._told:
                self._told = hint
                self.updateGeometry()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self._fit_screen()

    def _fit_screen(self, tries: int = 3) -> None:
        window, screen = self.window(), self.screen()
        if screen is None or window.isMaximized() or window.isFullScreen():
            return
        room = screen.availableGeometry().height() - frame_height(window)
        if window.height() <= room:
            self._pushed_off = False  # on the screen (the person's size from now on)
        if not window.height() > room >= window.minimumSizeHint().height():
            return
        handle = window.windowHandle()
        if handle is not None and handle.minimumSize().height() > room and tries > 0:
            # the native window takes the widget's new least size a moment later
            soon(self, lambda: self._fit_screen(tries - 1))
            return
        self._pushed_off = False
        window.resize(window.width(), room)


class _AtLeast(QWidget):
    """Holds a dock's contents in its scroll area. Asked its height for a width, it answers
    the least its contents need there: for contents whose height depends on their width (a
    wrapping label), Qt's scroll area asks that and got the preferred height, so it
    scrolled away what it had room to show (the race's second lane, under a dock that
    could hold every lane)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        assert layout is not None
        return layout.totalMinimumHeightForWidth(width)


def squeezable(widget: QWidget) -> QScrollArea:
    """A dock's contents in a scroll area: when the window is short of room, the dock
    gives way (it scrolls) before the dashboard's verdict, rules, figures and plot; with
    room, the contents fill it, and it scrolls only below their least height."""
    area = QScrollArea()
    area.setWidget(_AtLeast(widget))
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop showing nothing: its controls are
    area.setObjectName(f"{widget.objectName() or type(widget).__name__}Scroll")
    line = area.fontMetrics().height()
    area.setMinimumSize(3 * line, 2 * line)  # below its scroll bars' own minimum
    return area
