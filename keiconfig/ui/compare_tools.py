"""Comparison tools: handed the document, the view state, the settings, the plots panel and
a way to open a file, they make their docks and actions; the main window places them.

They are, without the main window knowing their insides:

- a Comparison dock (:mod:`keiconfig.ui.compare_panel`) and a Race Replay dock
  (:mod:`keiconfig.ui.race_view`), linked by the race's time cursor;
- the dashed "ghost" of the previous run on the main speed-time plot (one extra
  ``PlotDataItem``, created once, updated with ``setData``), with a toggle;
- Open Class Folder… (:mod:`keiconfig.ui.class_folder`);
- Export (:mod:`keiconfig.ui.exporting`): the speed plot, the run, the build sheet;
- the Compare menu's actions (pin the current build, a preset or a file; race; clear).

File dialogs go through the small ``ask_*`` functions so tests can answer them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QGraphicsItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStyle,
    QWidget,
)

from keiconfig.core import files, presets
from keiconfig.core.results import Performance
from keiconfig.core.units import KMH_PER_MS
from keiconfig.ui import errors, file_dialogs, plain, shortcuts, theme
from keiconfig.ui import format as fmt
from keiconfig.ui.actions import dock_action, make_action
from keiconfig.ui.dashboard import squeezable
from keiconfig.ui.dock_room import BESIDE as SIDES
from keiconfig.ui.dock_room import behind_tab, window_docks
from keiconfig.ui.document import Document
from keiconfig.ui.guess import Cover
from keiconfig.ui.refresh import build_changes, follow
from keiconfig.ui.settings import Settings
from keiconfig.ui.soon import soon
from keiconfig.ui.view_state import ViewState

if TYPE_CHECKING:
    from keiconfig.ui.class_folder import ClassFolderDialog
    from keiconfig.ui.compare_panel import ComparePanel
    from keiconfig.ui.panels.plots_panel import PlotsPanel
    from keiconfig.ui.race_view import RacePanel


# Up to this many builds the comparison in projector mode widens for its full table (names
# in the headings, each figure with its difference), as in normal mode. Two builds' full
# table at 1280x720 takes ~515 px (Japanese ~600): the dashboard keeps more than its least
# width (760 px), where the lettered table left it 785 and a class read "A" and "B" in
# the legend and the differences only in tooltips, which no one in the room sees.
FULL_TABLE_BUILDS = 2


def ask_export_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> str:
    from keiconfig.ui.file_guard import SAVE_DIALOG_OPTIONS

    # (with_suffix asks about replacing a file)
    return file_dialogs.save_file_name(parent, title, suggested, file_filter, SAVE_DIALOG_OPTIONS)


def ask_class_folder(parent: QWidget, start: str) -> str:
    return file_dialogs.existing_directory(parent, parent.tr("Open class folder"), start)


def ask_compare_file(parent: QWidget, start: str) -> str:
    return file_dialogs.open_file_name(
        parent, parent.tr("Add a build to the comparison"), start,
        parent.tr("Kei builds (*.kei.json *.json)"),
    )  # fmt: skip


class GhostCurve(QObject):
    """The previous run of the current build, dashed, on the main speed-time plot.

    The ghost is the document's ``previous_performance``, the run before the current step,
    so the plot shows the effect of the last change: for a slider drag (one step) that is
    the run before the drag began, kept (not redrawn) while the drag goes on. An era change
    keeps it; a build opened or started afresh has none.
    """

    def __init__(self, document: Document, plots: PlotsPanel, parent: QObject | None = None):
        super().__init__(parent)
        self._doc = document
        self._panel = plots
        self.curve = pg.PlotDataItem([], [])
        self.curve.setZValue(-1)  # under the current run
        # Drawn from a picture of itself, made again when its run, its pen or the plot's
        # scale change: during a drag it stays as it is while the plot around it is drawn
        # again on every frame, and its dashed line costs more to draw than to copy.
        self.curve.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._panel.speed_plot.addItem(self.curve)
        self.previous: Performance | None = None
        self._visible = True
        self.pen_scale = 1.0
        follow(self._doc, self._panel, self._changed, build_changes)
        theme.watch_palette(self._panel, self._restyle)
        self._restyle()

    def _changed(self) -> None:
        previous = self._doc.previous_performance
        if previous is self.previous:
            return  # the same drag goes on (one undo step): the ghost stays
        self.previous = previous
        if previous is None:  # another car was opened (or New): not an edit of the one before
            self.curve.setData([], [])
            return
        tr = previous.trace
        self.curve.setData(
            np.asarray(tr.t_s, dtype=float), np.asarray(tr.speed_ms, dtype=float) * KMH_PER_MS
        )
        self.curve.setVisible(self._visible)

    def set_visible(self, visible: bool) -> None:
        self._visible = visible
        self.curve.setVisible(visible)

    def _restyle(self) -> None:
        c = theme.colours(self._panel.palette())
        width = 2 * self.pen_scale
        self.curve.setPen(pg.mkPen(c.muted, width=width, style=Qt.PenStyle.DashLine))

    def set_pen_scale(self, scale: float) -> None:
        self.pen_scale = scale
        self._restyle()


class CompareTools(QObject):
    """The comparison, race replay, class folder, export and ghost of one window.

    ``open_path``: open a build file in the window (asks about unsaved changes). ``host``:
    the window, as the docks' and dialogs' parent, to size the docks once placed and for
    its status bar. ``dashboard_spare``: the width the dashboard has beyond what it keeps
    beside docks (see :meth:`_fit_comparison`).
    """

    pins_changed = Signal()  # a build pinned or unpinned (or named anew)

    def __init__(
        self,
        document: Document,
        view: ViewState,
        settings: Settings,
        plots: PlotsPanel,
        open_path: Callable[..., object],
        host: QMainWindow,
        give_focus: Callable[[QWidget], None],
        dashboard_least_height: Callable[..., int] | None = None,
        dashboard_spare: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(host)
        # the focus put in a widget with its sign, its window made active (FocusReturn's)
        self._give_focus = give_focus
        self._dashboard_least_height = dashboard_least_height
        self._dashboard_spare = dashboard_spare
        self._doc = document
        self._view = view
        self._settings = settings
        self._plots = plots
        self._open_path = open_path
        self.window = host
        tr = self.tr
        self.class_dialog: ClassFolderDialog | None = None

        # -- docks (placed by the window) --------------------------------------------------
        # The docks start hidden; their panels (each with its own plot) are made when
        # first needed, so they cost nothing at start-up.
        self._compare_panel: ComparePanel | None = None
        self._race_panel: RacePanel | None = None
        self.compare_dock = QDockWidget(tr("Comparison"), host)
        self.compare_dock.setObjectName("comparisonDock")
        self.compare_dock.hide()
        self.race_dock = QDockWidget(tr("Race Replay"), host)
        self.race_dock.setObjectName("raceDock")
        self.race_dock.hide()
        self.compare_dock.visibilityChanged.connect(lambda shown: shown and self.compare_panel)
        self.race_dock.visibilityChanged.connect(self._race_dock_shown)
        self.race_dock.installEventFilter(self)  # squeezed by the dashboard: see fit_race
        self._race_beside = False  # fit_race put it beside the dashboard, for want of room
        self._race_host: QDockWidget | None = None  # (the dock it shares a tab group with)
        self._moving_race = False
        self.race_dock.dockLocationChanged.connect(self._race_moved)
        self.race_dock.topLevelChanged.connect(self._race_moved)
        self.compare_dock.visibilityChanged.connect(self._room_changed)
        self.compare_dock.visibilityChanged.connect(self._comparison_on_screen)
        view.projector_changed.connect(lambda on: on or self._room_changed())  # (off: room)
        view.projector_changed.connect(lambda on: on and soon(self, self._to_projector_width))
        self._race_dock_sized = False
        # the race's height as _race_full_height last set it (None: the person's own)
        self._race_fitted: int | None = None
        self._race_shared = False  # in tabs with an open dock, as last seen resized
        self.ghost = GhostCurve(document, plots, self)
        self._raced: tuple = ()  # the pins the race replay was made for
        view.projector_changed.connect(self._pen_scale_changed)
        self._pen_scale_changed()
        # Guess First: the pinned builds' times are covered while the open build is one
        self.times_covers: list[Cover] = []
        view.times_hidden_changed.connect(lambda _hidden: self._cover_times())
        document.changed.connect(lambda _change: self._cover_times())

        # -- actions (placed by the window) ------------------------------------------------
        def action(text: str, slot: Callable[[], object], keys: str, tip: str) -> QAction:
            return make_action(self, text, slot, keys=keys, tip=tip)

        self.class_folder_action = action(
            tr("Open &Class Folder…"), self.open_class_folder, "",
            tr("Rank a folder of builds, as keiconfig rank does"),
        )  # fmt: skip
        self.export_png_action = action(
            tr("Speed Plot as &PNG…"), lambda: self.export("png"), "",
            tr("Save the speed-time plot as an image"),
        )  # fmt: skip
        self.export_svg_action = action(
            tr("Speed Plot as &SVG…"), lambda: self.export("svg"), "",
            tr("Save the speed-time plot as a scalable drawing"),
        )  # fmt: skip
        self.export_csv_action = action(
            tr("Run as &CSV…"), lambda: self.export("csv"), "",
            tr("Save the acceleration run, sample by sample, for a spreadsheet"),
        )  # fmt: skip
        self.export_pdf_action = action(
            tr("&Build Sheet as PDF…"), lambda: self.export("pdf"), "export_pdf",
            tr("A one-page sheet: outline, figures, rules and the run"),
        )  # fmt: skip
        self.export_actions = (
            self.export_png_action,
            self.export_svg_action,
            self.export_csv_action,
            self.export_pdf_action,
        )
        self.pin_action = action(
            tr("&Pin Current Build"), self.pin_current, "pin",
            tr("Add a snapshot of this build to the comparison"),
        )  # fmt: skip
        self.add_file_action = action(
            tr("Add &File…"), self.add_file, "", tr("Add a saved build to the comparison")
        )
        self.race_action = action(
            tr("&Race Pinned Builds"), self.watch_race, "race",
            tr("Replay a 400 m race of the pinned builds"),
        )  # fmt: skip
        self.clear_action = action(
            tr("C&lear Comparison"), lambda: self.compare_panel.clear(), "",
            tr("Unpin every build"),
        )  # fmt: skip
        self.ghost_action = make_action(
            self,
            tr("Show Pre&vious Run"),
            tip=tr("A dashed line of the run before your last change"),
            checkable=True,
        )
        self.ghost_action.setChecked(True)
        self.ghost_action.toggled.connect(self.ghost.set_visible)
        self.compare_view_action = dock_action(  # &C: the Classroom Panel's
            self.compare_dock, lambda: tr("C&omparison"), keys="comparison_panel"
        )
        self.race_view_action = dock_action(self.race_dock, lambda: tr("Race &Replay"))
        self._entries_changed()

    # -- lazily made panels -------------------------------------------------------------------
    @property
    def compare_panel(self) -> ComparePanel:
        if self._compare_panel is None:
            from keiconfig.ui.compare_panel import ComparePanel

            panel = ComparePanel(self._doc)
            self._compare_panel = panel
            if self._view.pen_scale != 1.0:
                panel.set_pen_scale(self._view.pen_scale)
            self.compare_dock.setWidget(squeezable(panel))  # it gives way to the dashboard
            panel.cursor_dragged.connect(self._cursor_dragged)
            panel.race_requested.connect(self.watch_race)
            panel.entries_changed.connect(self._entries_changed)
            self._add_times_cover(panel)
            panel.entries_changed.connect(self._cover_times)
        return self._compare_panel

    @property
    def race_panel(self) -> RacePanel:
        if self._race_panel is None:
            from keiconfig.ui.race_view import RacePanel

            panel = RacePanel()
            self._race_panel = panel
            self.race_dock.setWidget(squeezable(panel))
            panel.time_changed.connect(self._race_time)
            self._add_times_cover(panel)
        return self._race_panel

    def _add_times_cover(self, panel: QWidget) -> None:
        self.times_covers.append(
            Cover(
                panel,
                self.tr(
                    "Hidden until you guess the 0–100 km/h time: the open build is "
                    "pinned here, with its times."
                ),
            )
        )
        self._cover_times()

    def _cover_times(self) -> None:
        """Guess First: the comparison's curves and table, and the race, show the times of
        the pinned builds; while the class guesses, they are covered if the open build is
        one of them (the dashboard's times are): the curve crossing 100 km/h and the
        table's 0-100 km/h gave the answer away."""
        entries = () if self._compare_panel is None else self._compare_panel.entries
        build = self._doc.build
        hidden = self._view.times_hidden and any(e.build == build for e in entries)
        for cover in self.times_covers:
            cover.cover(hidden)

    def _pen_scale_changed(self, _projector: bool = False) -> None:
        """Projector mode: the comparison's curves and the ghost drawn thicker."""
        scale = self._view.pen_scale
        self.ghost.set_pen_scale(scale)
        if self._compare_panel is not None:
            self._compare_panel.set_pen_scale(scale)

    # -- menus ----------------------------------------------------------------------------
    def fill_presets(self, menu: QMenu) -> None:
        """Fill the Compare > Add Preset menu (the window calls this as it opens)."""
        menu.clear()
        for p in presets.list_presets():
            a = menu.addAction(p.shown_name())
            a.triggered.connect(lambda _c=False, p=p: self.add_preset(p))

    # -- comparison --------------------------------------------------------------------------
    def show_comparison(self) -> None:
        first = self.compare_dock.isHidden()
        self.compare_dock.show()
        self.compare_dock.raise_()
        if first:  # a useful width, not the dock's minimum
            width = self._compare_width()
            self.window.resizeDocks([self.compare_dock], [width], Qt.Orientation.Horizontal)
        self._fit_comparison()

    def _compare_width(self) -> int:
        """The comparison's width when it opens: a useful share of the window."""
        return int(self.window.width() * 0.36)

    def grow_docks(self) -> bool:
        """The window grew: the comparison, if squeezed narrower than it opens, takes that
        width (as much of it as the window has room for; then wider as its builds need,
        as when it opens). True if it is still narrower."""
        dock = self.compare_dock
        if dock.isHidden() or dock.isFloating() or behind_tab(dock):
            return False  # (behind a tab: fitted as it comes on screen, _comparison_on_screen)
        short = dock.width() < self._compare_width()
        if short:
            width = self._compare_width()
            self.window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        self._fit_comparison(grown=True)
        return short

    def _fit_comparison(self, grown: bool = False) -> None:
        """Widen the docked comparison, if need be, until its builds fit side by side in
        the table with their names and differences (at most half the window: beyond that
        the table takes a narrower layout, then scrolls).

        In projector mode at most the width it opens at (:meth:`_compare_width`), or as
        wide as its narrowest table needs (the builds lettered A-D as in its legend): a
        class reads the dashboard from the back of the room, and four builds' whole names
        and differences took half of a 1920x1080 window, leaving the dashboard at its
        least width (its speed plot some 300x130 px). Dragged wider, the table shows names
        and differences again as its width allows. While its contents are taller than the
        dock (1280x720 in projector mode), wider, the legend's names and the messages take
        fewer lines: then it widens into what the dashboard can spare (``dashboard_spare``:
        its width beyond its least and, in projector mode, three eighths of the window),
        no further. Up to half the window, that took the dashboard's room wherever the
        dock was short for a moment, stacked below the Classroom as it opened: a class
        folder opened beside the Classroom left the dashboard 547 px at 1600x900 in
        Japanese (the Comparison 629) and 451 at 1920x1080 (its speed plot 433 px wide).

        The widths asked for follow from the window's width and the builds alone, not from
        the widths the docks and the dashboard have at the moment, and the dock is only
        ever widened: each fit asks for the same width as the last, or a wider one (a
        limit taken from the dashboard's plots, which the dock's own width moves, set the
        race and the docks resizing each other without end, 0ed5493).

        ``grown``: the window grew (:meth:`grow_docks`). Then the contents' height is no
        reason to widen in projector mode: stacked short below the Classroom, they were
        taller than the dock at 1920x1040 too, and maximising from 1280x720 widened the
        dock to half the window (~900 px), the dashboard left ~455 px. The one question
        skipped, the width asked for follows from the window's width and builds alone."""
        dock = self.compare_dock
        if self._compare_panel is None or dock.isHidden() or dock.isFloating():
            return
        if behind_tab(dock):
            # its width() is the one it had on screen, not its column's: "short" at every
            # fit, it widened the column it is in to its builds' width (531 px at 1280x660
            # in projector mode), and DockRoom.fit set it back to its readable width (488):
            # the dashboard 743 <-> 786 px as one or the other ran last. Fitted as it comes
            # on screen (_comparison_on_screen).
            return
        want = self._wanted_width(grown)
        if dock.width() < want:
            self.window.resizeDocks([dock], [want], Qt.Orientation.Horizontal)

    def _comparison_on_screen(self, shown: bool) -> None:
        """The comparison came on screen (opened, or its tab brought to the front, F7 or a
        click): as wide as its builds need, once the window has laid it out. In tabs with
        the Classroom, the column kept the width the Classroom opened at: a class folder
        opened in projector mode, then F6, then the Comparison's tab, and in Japanese its
        lettered table scrolled sideways in 426 px at 1280x720 (460 at 1600x900 and
        1920x1080, C and D out of view), its legend's names on five lines. (Its width
        from the window's and the builds alone, as after the window grew: the tabs stacked
        again as the window is maximised bring it on screen short for a moment, and its
        contents' height then took the dashboard's spare room too.)"""
        if shown:
            soon(self, lambda: self._fit_comparison(grown=True))

    def _wanted_width(self, grown: bool = False) -> int:
        """The width :meth:`_fit_comparison` widens the docked comparison to."""
        panel = self._compare_panel
        assert panel is not None
        most = self.window.width() // 2
        few = len(panel.entries) <= FULL_TABLE_BUILDS
        if self._view.projector and not few:
            from keiconfig.ui.compare_panel import KEYED

            keyed = self._dock_width(panel.needed_width(KEYED))
            limit = max(self._compare_width(), keyed)
            if not grown and self._comparison_scrolls():
                # taller than its dock: wider, into what the dashboard can spare
                spare = self._dashboard_spare
                limit = most if spare is None else max(limit, self.compare_dock.width() + spare())
            most = min(most, limit)
        return min(self._dock_width(panel.needed_width()), most)

    def projector_width(self) -> int:
        """The width the docked comparison takes beside the dashboard in projector mode:
        the width it opens at, or what its lettered table needs (:meth:`_fit_comparison`),
        from the window's width and the builds alone: not the wider width it takes while
        its contents are taller than the dock (stacked with the Classroom, before the two
        go in tabs), which stepped the controls aside for a moment; 0 in normal mode,
        hidden or floating. DockRoom counts it, not the dock's least readable width, when
        it leaves the editor column room: at 1600x900 it counted ~340 px for a dock that
        took 576, and left the dashboard at its least width."""
        dock = self.compare_dock
        if not self._view.projector or self._compare_panel is None:
            return 0
        if dock.isHidden() or dock.isFloating():
            return 0
        from keiconfig.ui.compare_panel import KEYED

        panel = self._compare_panel
        assert panel is not None
        few = len(panel.entries) <= FULL_TABLE_BUILDS  # (their full table: see above)
        table = self._dock_width(panel.needed_width() if few else panel.needed_width(KEYED))
        return max(self._compare_width(), min(table, self.window.width() // 2))

    def room_width(self) -> int:
        """The width DockRoom counts for the docked comparison beside the dashboard when it
        leaves the editor column room: in projector mode :meth:`projector_width`; in normal
        mode what its narrowest table needs (the builds lettered A-D, their names in the
        legend), so every pinned build is in view without scrolling sideways. Counted at
        its readable width alone (16 lines), it was squeezed below that table: maximised
        on a 1280x720 screen in Japanese (a desktop's 10 pt text), the fourth build pinned
        with Ctrl+D left it 364 px for a table of 383, the controls keeping their 485 px
        and their rows side by side. 0 hidden, floating or with no build pinned."""
        if self._view.projector:
            return self.projector_width()
        dock, panel = self.compare_dock, self._compare_panel
        if panel is None or not panel.entries or dock.isHidden() or dock.isFloating():
            return 0
        from keiconfig.ui.compare_panel import KEYED

        return self._dock_width(panel.needed_width(KEYED))

    def _to_projector_width(self) -> None:
        """Projector mode on: the docked comparison as wide as it takes there
        (:meth:`projector_width`), if wider. Opened in normal mode it had half the window
        for its full table (800 px at 1600x900), and only ever widening, it kept what the
        larger text left it (~600 px): the dashboard's room, which DockRoom reckons from
        the projector width, went to it."""
        dock, w = self.compare_dock, self.window
        want = self.projector_width()
        if not want or dock.width() <= want:
            return
        area = w.dockWidgetArea(dock)
        column = [  # the docks stacked with it (the Classroom): one width, one column
            d
            for d in window_docks(w)
            if d.isVisible()
            and not d.isFloating()
            and w.dockWidgetArea(d) == area
            and d.geometry().left() == dock.geometry().left()
        ]
        w.resizeDocks(column, [want] * len(column), Qt.Orientation.Horizontal)
        self._fit_comparison()  # (wider again if its contents are taller than the dock)

    def _comparison_scrolls(self) -> bool:
        """Whether the comparison's contents are taller than its dock at its present width
        (1280x720 in projector mode: its legend's long names on more lines, the Classroom's
        tab above). Wider, they take fewer lines."""
        area = self.compare_dock.widget()
        if not isinstance(area, QScrollArea) or area.widget() is None:
            return False
        inner = area.widget()
        assert inner is not None
        # The contents' least height in the present font: their layouts learn it from
        # posted requests. Only the comparison's own are handled here: handling every
        # posted request (the window's too) in the middle of a fit let the window lay
        # itself out at a height beyond the screen (734 px at 1280x720, projector mode).
        for widget in (inner, *inner.findChildren(QWidget)):
            QCoreApplication.sendPostedEvents(widget, QEvent.Type.LayoutRequest)
        return inner.minimumSizeHint().height() > area.viewport().height()

    def _dock_width(self, panel_width: int) -> int:
        """The comparison dock's width that leaves its panel ``panel_width``: the panel
        sits in the dock's scroll area, which shows a vertical scroll bar beside it when
        the dock is shorter than the panel (in projector mode at 1280x720, beside the
        Classroom, in Japanese). Asked for the panel's width alone, the dock left the
        table that bar's width short: 1 to 14 px of sideways scrolling, the columns'
        least widths summing to more than the table had."""
        dock = self.compare_dock
        area = dock.widget()
        if not isinstance(area, QScrollArea):
            return panel_width
        bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, area)
        chrome = dock.width() - area.width()  # the dock's own frame, if its style draws one
        return panel_width + bar + 2 * area.frameWidth() + max(chrome, 0)

    def why_no_race(self) -> str:
        """What the race key (disabled) says: how many more builds to pin, and the key."""
        key = shortcuts.keys("pin")[0].toString(QKeySequence.SequenceFormat.NativeText)
        n = 0 if self._compare_panel is None else len(self._compare_panel.entries)
        if n == 1:
            return self.tr("Pin one more build ({key}) to race them.").format(key=key)
        return self.tr("Pin two builds ({key}) to race them.").format(key=key)

    def pin_current(self) -> bool:
        self.show_comparison()
        return self.compare_panel.pin_current()

    def add_preset(self, preset: presets.Preset) -> bool:
        self.show_comparison()
        return self.compare_panel.add_build(
            preset.shown_name(), preset.build, preset.id, app_named=True
        )

    def add_file(self) -> bool:
        path = ask_compare_file(self.window, self._settings.start_folder("builds", self._doc.path))
        if not path:
            return False
        self._settings.remember_folder("builds", Path(path).parent)
        try:
            loaded = files.load_build(path)
        except files.BuildFileError as e:
            errors.show_user_error(
                self.window,
                self.window.tr("Could not add the build"),
                errors.with_folder(str(e), path),
            )
            return False
        build = loaded.build
        self.show_comparison()
        if not self.compare_panel.add_build(build.name, build, path):
            return False
        if loaded.warnings:  # as Open says them: no key of a file is ignored in silence
            self.window.say_warnings(
                self.tr("Pinned with warnings: {w}").format(w="; ".join(loaded.warnings)),
                (
                    self.tr("Pinned {file}; %n unknown key(s) were ignored.", "", loaded.ignored)
                    if loaded.told() == loaded.ignored  # counted as Open counts them
                    else self.tr("Pinned {file} with %n warning(s).", "", loaded.told())
                ).format(file=plain.one_line(Path(path).name)),
                self.tr("Pinned with warnings"),
                loaded.warnings,
            )
        return True

    def _entries_changed(self) -> None:
        self.pins_changed.emit()  # the width it needs beside the dashboard (room_width)
        n = 0 if self._compare_panel is None else len(self._compare_panel.entries)
        self.race_action.setEnabled(n >= 2)
        self.clear_action.setEnabled(n > 0)
        # (Pin stays enabled with four pinned: Ctrl+D then says why it pins no fifth,
        # where a disabled key did nothing at all)
        self._fit_comparison()  # a new column, or larger text (projector mode)
        # and again once the table has laid out its rows: after a switch of the language
        # its row names' column kept the old language's width until then, and the Japanese
        # table, narrower than its builds, scrolled sideways and cut the second one
        soon(self, self._fit_comparison)
        racing = self._race_panel is not None and self._race_panel.replay is not None
        if racing and self._raced != self._race_key():
            if [k[1] for k in self._raced] == [k[1] for k in self._race_key()]:
                self._rename_race()  # the same cars, named anew (a switch of the language)
            else:
                self.race()  # keep the race in step with the pins (not restarted by a restyle)

    def _race_key(self) -> tuple:
        entries = () if self._compare_panel is None else self._compare_panel.entries
        return tuple((e.name, id(e.performance)) for e in entries)

    def _rename_race(self) -> None:
        """The race's cars under their new names, where the race was, playing if it was:
        not a new race (nor brought to the front)."""
        panel, entries = self.race_panel, self.compare_panel.entries
        t, playing = panel.time_s, panel.playing
        self._raced = self._race_key()
        panel.set_cars(
            [(e.name, e.performance) for e in entries], [e.build.body.style for e in entries]
        )
        panel.set_time(t)
        if playing:
            panel.play()

    def race(self) -> None:
        entries = self.compare_panel.entries
        self._raced = self._race_key()
        if len(entries) < 2:
            self.race_panel.set_cars([])
            self.compare_panel.set_cursor_time(None)
            return
        self.race_panel.set_cars(
            [(e.name, e.performance) for e in entries], [e.build.body.style for e in entries]
        )
        self._race_opens_beside()
        self.race_dock.show()
        self.race_dock.raise_()
        soon(self, self.fit_race)  # once the window has laid it out
        soon(self, self._race_full_height)  # (then, below the dashboard, as tall as it reads)
        soon(self, self._race_tab_height)  # (or in tabs there with the explorer)

    def _race_full_height(self, shrink: bool = False) -> None:
        """The race below (or above) the dashboard, as it is run: as tall as its track's
        lanes are at their tallest (:meth:`RaceTrack.sizeHint`), as far as the dashboard at
        its least height leaves room (its verdict, rules, key figures and speed plot keep
        theirs; its lesser parts give way, as for any dock). Before, it opened at its least
        height and a quarter: at 1920x1050 with the Classroom and the Comparison open, lanes
        38 px high and cars 42x21 px (60x30 in projector mode), too small to see from the
        back of a classroom, with some 400 px to spare above it. A dock the person made
        taller stays so; one they made shorter grows again as the race is run anew.
        ``shrink``: a dock taller than its track now reads is made shorter too (the text
        made smaller: :meth:`_race_text_scaled`)."""
        dock, window = self.race_dock, self.window
        least = self._dashboard_least_height
        central = window.centralWidget()
        if least is None or central is None or dock.isHidden() or dock.isFloating():
            return
        if window.dockWidgetArea(dock) in SIDES or self._race_in_tabs():
            return
        want, room = self._race_want_and_room(central, least)
        # (no room left above the dashboard's least height, the window laying itself out
        # still, F5 just turned off with the race beside: its least height, Qt's for a
        # size of 1; 0 or less was refused with a warning)
        height = max(min(want, room), 1)
        if height > dock.height() or (shrink and height < dock.height()):
            window.resizeDocks([dock], [height], Qt.Orientation.Vertical)
        elif height < dock.height():
            self._race_fitted = None  # made taller than it reads: the person's, it stays
            return
        self._race_fitted = height  # as it was given: fitted again as the text changes

    def _race_tab_height(self) -> None:
        """The race run in tabs with another dock below the dashboard (the explorer), on
        top: the row as tall as its track's lanes read, as far as the dashboard at its
        least height leaves room (as alone, :meth:`_race_full_height`), never shorter than
        the row was (the explorer behind its tab has its own height again on top). It
        kept the row's height: at 1920x1050 in projector mode with the Classroom and the
        Comparison open and the explorer opened first, its track 23 px short of its
        lanes' height, its cars 61 px high (2.9 lines), and 48 px (2.3 lines) once the
        explorer read from 24 px less, with 100 px spare above the dashboard's least."""
        dock, window = self.race_dock, self.window
        least = self._dashboard_least_height
        central = window.centralWidget()
        rows = getattr(window, "dock_room", None)
        if least is None or central is None or rows is None:
            return
        if dock.isHidden() or dock.isFloating() or window.dockWidgetArea(dock) in SIDES:
            return
        if not self._race_in_tabs() or behind_tab(dock):
            return
        want, room = self._race_want_and_room(central, least)
        height = min(want, room)
        if height > dock.height():
            rows.row_height(dock, height)

    def _race_want_and_room(self, central: QWidget, least: Callable[[], int]) -> tuple[int, int]:
        """The race dock's height as its track's lanes read, and the most it can have with
        the dashboard (``central``) at its least height (``least()``), once the layout's pending
        rounds have run (the dock's first size among them: under load it was measured
        before it, at a size it then lost)."""
        dock, window = self.race_dock, self.window
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        layout = window.layout()
        if layout is not None:
            layout.activate()
        want = dock.height() + self.race_panel.short_of_height()
        return want, central.height() + dock.height() - least()

    def _race_in_tabs(self) -> bool:
        """Whether the race shares a tab group with a dock that is open (a closed dock
        stays in its group, for when it opens again)."""
        return any(not d.isHidden() for d in self.window.tabifiedDockWidgets(self.race_dock))

    def _race_alone_again(self) -> None:
        """The dock the race shared its tabs with below the dashboard closed (the
        explorer): the race, below on its own, as tall as its track reads again
        (:meth:`_race_full_height`). It kept the height the explorer had asked for (55 % of
        the window): at 1920x1080, some 330 px blank below its controls and the dashboard
        at its least, its speed plot 145 px high and its lesser parts hidden."""
        dock = self.race_dock
        shared = not dock.isHidden() and not dock.isFloating() and self._race_in_tabs()
        was, self._race_shared = self._race_shared, shared
        if was and not shared and not dock.isHidden():
            self._race_full_height(shrink=True)

    def _race_text_scaled(self) -> None:
        """Projector mode on or off (F5), the text larger or smaller (Ctrl+=, Ctrl+-),
        the race below the dashboard open: it takes its track's height at the new size of
        text, as it does as it is run (:meth:`_race_full_height`). Before, it kept the
        height it had: at 1920x1080, run and then F5, its lanes had little more room than
        in the normal size of text and its cars were 41x21 px, one projector line high
        (three when run in projector mode). Back to smaller text, a race at the height it
        was given gives the dashboard back what it no longer needs; one the person made
        taller stays so."""
        if self._race_panel is None:
            return
        fitted = self._race_fitted
        ours = fitted is not None and abs(self.race_dock.height() - fitted) <= 1
        self._race_full_height(shrink=ours)

    def fit_race(self) -> None:
        """The race docked above or below the dashboard, short of its lanes' and controls'
        height once the dashboard has its least height (1280x720 with the Comparison open:
        some 50 px, one lane and no Play button on screen, as the dashboard's verdict,
        rules and plot keep their room first), shares the column of a dock beside the
        dashboard (the Comparison) as a tab, on top, the column's whole height; the other
        dock is a tab away. Checked as the race is run, whenever the dashboard's least
        height changes (a dock beside it narrows it; larger text) and when the race's dock
        is resized. A drag of the dock's edge moves height between the race and the
        dashboard but not their sum, so it never tabs the race by itself.

        Once there is room below again (the Comparison closed, the window made larger,
        projector mode off), a race it put beside goes back below the dashboard
        (:meth:`race_back`): before, it stayed a tab of a column that might hold nothing
        else. A race the user placed beside stays there."""
        dock, window = self.race_dock, self.window
        least = self._dashboard_least_height
        central = window.centralWidget()
        if least is None or central is None or dock.isHidden() or dock.isFloating():
            return
        if self._race_beside:
            return  # beside for want of room: back below when room returns (race_back)
        need = self.race_panel.minimumSizeHint().height() + dock.fontMetrics().height()
        if window.dockWidgetArea(dock) in SIDES or window.tabifiedDockWidgets(dock):
            return
        if central.height() + dock.height() - least() >= need:
            return  # the dashboard and the race both fit, one above the other
        self._race_to_beside()

    def _race_to_beside(self) -> None:
        """The race in a tab of the column of a dock beside the dashboard, if one is open
        (:meth:`fit_race`)."""
        dock, window = self.race_dock, self.window
        beside = [
            d
            for d in (self.compare_dock, *window_docks(window))
            if d is not dock and d.isVisible() and not d.isFloating()
            and window.dockWidgetArea(d) in SIDES
        ]  # fmt: skip
        if beside:
            self._moving_race = True
            try:
                window.tabifyDockWidget(beside[0], dock)
            finally:
                self._moving_race = False
            self._race_beside = True
            self._race_host = beside[0]
            dock.raise_()

    def guests(self) -> dict[QDockWidget, QDockWidget]:
        """The race :meth:`fit_race` put in a tab beside the dashboard for want of room,
        with the dock it shares the tab group with (the Comparison): DockRoom keeps the two
        together as it stacks the docks it put in tabs again (see DockRoom._share_side)."""
        dock, host = self.race_dock, self._race_host
        if not self._race_beside or host is None or not shiboken6.isValid(host):
            return {}
        if dock.isHidden() or dock.isFloating() or host.isHidden() or host.isFloating():
            return {}
        if host not in self.window.tabifiedDockWidgets(dock):
            return {}
        return {dock: host}

    @contextmanager
    def moving_race(self) -> Iterator[None]:
        """The race moved by the window, not the person (DockRoom stacking its tabs again):
        it stays the race put beside for want of room (see :meth:`_race_moved`)."""
        was, self._moving_race = self._moving_race, True
        try:
            yield
        finally:
            self._moving_race = was

    def _race_opens_beside(self) -> None:
        """The race about to open below the dashboard where there is no room for it (as
        :meth:`fit_race` would find once it is there) opens beside it at once. Opened below
        and then moved, it first made the window's least height more than it had: a window
        of 1152x648 (a 1280x720 screen, not maximised) with the Classroom and Comparison
        open grew to 690 px as the race was run, past the screen's bottom edge with its
        status bar, and kept that height once the race had gone beside."""
        dock, window = self.race_dock, self.window
        least = self._dashboard_least_height
        central = window.centralWidget()
        if least is None or central is None or not dock.isHidden() or dock.isFloating():
            return
        if self._race_beside or window.dockWidgetArea(dock) in SIDES:
            return
        area = window.dockWidgetArea(dock)
        below = [
            d
            for d in window_docks(window)
            if d is not dock and not d.isHidden() and not d.isFloating()
            and window.dockWidgetArea(d) == area
        ]  # fmt: skip
        if window.tabifiedDockWidgets(dock) or below:
            return  # (another dock open below: the race opens in a tab with it, DockRoom)
        need = self.race_panel.minimumSizeHint().height() + dock.fontMetrics().height()
        if central.height() - least() - self._separator() < need:
            self._race_to_beside()

    def race_back(self) -> None:
        """Room returned (the Comparison closed, the window grew, projector mode off): the
        race :meth:`fit_race` put beside the dashboard goes back below it if it fits there.
        (Asked only then: a check on every change of the layout took it back below while
        projector mode's larger text was still on its way, and the window then grew off a
        1280x720 screen.)"""
        dock, window = self.race_dock, self.window
        least = self._dashboard_least_height
        central = window.centralWidget()
        if not self._race_beside or least is None or central is None:
            return
        if dock.isHidden() or dock.isFloating():
            return
        need = self.race_panel.minimumSizeHint().height() + dock.fontMetrics().height()
        # The dashboard's width once the race is below: as now if the race shares its
        # column with a dock; if alone there, the column's width comes back to it.
        area = window.dockWidgetArea(dock)
        partners = [d for d in window.tabifiedDockWidgets(dock) if not d.isHidden()]
        others = [
            d
            for d in window_docks(window)
            if d is not dock and not d.isHidden() and not d.isFloating()
            and window.dockWidgetArea(d) == area
        ]  # fmt: skip
        more = dock.width() + self._separator() if not partners and not others else 0
        self._race_back_below(need, central.height() - least(more))

    def _race_back_below(self, need: int, room: int) -> None:
        """The race :meth:`fit_race` put beside the dashboard, below it again if the
        dashboard at its least height leaves the race ``need`` and a line to spare
        (``room``: the central area's height less the dashboard's least; the spare line
        keeps it from going back and forth)."""
        dock, window = self.race_dock, self.window
        if window.dockWidgetArea(dock) not in SIDES:
            self._race_beside = False  # placed elsewhere meanwhile
            return
        separator = self._separator()
        if room < need + separator + dock.fontMetrics().height():
            return
        # Nor if the window's least height with the race below would be more than it has:
        # the window would grow off the screen (a 1280x720 projector) rather than the race
        # be squeezed (the dashboard's least height is not all of the window's).
        least_below = window.minimumSizeHint().height() + dock.minimumSizeHint().height()
        if least_below + separator > window.height():
            return
        self._moving_race = True
        try:
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            dock.show()
        finally:
            self._moving_race = False
        self._race_beside = False
        height = min(need * 5 // 4, room - separator)

        def size() -> None:  # once the window has placed it (sized at once, it kept 73 px)
            if window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea:
                window.resizeDocks([dock], [height], Qt.Orientation.Vertical)

        soon(self, size)

    def _separator(self) -> int:
        return self.window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)

    def race_below_for_saving(self) -> None:
        """The race :meth:`fit_race` put beside the dashboard, below it again before the
        window saves the docks' places (as the docks DockRoom put in tabs are stacked
        again): the next start puts it beside again if still short of room, and a race
        saved beside would be taken for the user's place."""
        if self._race_beside and self.window.dockWidgetArea(self.race_dock) in SIDES:
            self._moving_race = True
            try:
                self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.race_dock)
            finally:
                self._moving_race = False
        self._race_beside = False

    def _race_moved(self, _area: Qt.DockWidgetArea) -> None:
        """The user put the race somewhere (dragged it, or its float button): it stays
        where they put it."""
        if not self._moving_race:
            self._race_beside = False

    def _room_changed(self, *_args: object) -> None:
        """A dock shown or hidden (the Comparison closed), projector mode on or off: the
        race may have room below."""
        if self._race_beside:
            soon(self, self.race_back)  # once the window's layout has run

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.race_dock and event.type() == QEvent.Type.Resize:
            soon(self, self.fit_race)  # once the window's layout has run
            soon(self, self._race_alone_again)  # (its tab bar gone: its partner closed)
        if watched is self.race_dock and event.type() == QEvent.Type.FontChange:
            # larger or smaller text (F5, Ctrl+=), which reaches the widgets after the
            # application's font (a call made on the view state's signal saw the old one)
            soon(self, self._race_text_scaled)
        return False

    def watch_race(self) -> None:
        """Compare > Race Pinned Builds (Ctrl+R), Race Them: the race, played once, the keys
        at its Play button (Space pauses, and once it is over plays it again; Escape goes
        back to the controls). Before, the focus stayed in the controls, where Space did
        nothing, and the race was a long way off by Tab; then it opened standing at the
        start, and a class watched a still picture until the teacher found Play. (Not when
        the race follows a change of the pins: it stays at the start, the focus where it
        is; nor behind Guess First's cover, where no one would see it run.)"""
        self.race()
        panel = self.race_panel
        play = panel.play_button
        if self.race_dock.isVisible() and play.isEnabled():
            covered = any(c.parentWidget() is panel and not c.isHidden() for c in self.times_covers)
            if not covered:
                panel.play()
            self._give_focus(play)

    def _race_dock_shown(self, shown: bool) -> None:
        if not shown:
            return
        self.race_panel  # noqa: B018 - made on first show
        if not self._race_dock_sized and not self.race_dock.isFloating():
            # The first time, however it was opened: leave the window's own figures and
            # plots their room (a dock's default share of the height is half the window).
            self._race_dock_sized = True
            title = self.race_dock.fontMetrics().height()
            need = self.race_panel.minimumSizeHint().height() + title
            height = min(int(self.window.height() * 0.3), need * 5 // 4)
            self.window.resizeDocks([self.race_dock], [height], Qt.Orientation.Vertical)

    def placed_as_saved(self) -> None:
        """The window put the docks back where the last session left them: the race, open,
        keeps the size it had (its first show would size it afresh)."""
        self._race_dock_sized = self._race_dock_sized or not self.race_dock.isHidden()

    def reset_docks(self) -> None:
        """View > Reset Layout: the docks at the sizes they had when first opened."""
        self._race_dock_sized = False
        if self.race_dock.isVisible():
            self._race_dock_shown(True)
        if self.compare_dock.isVisible():
            width = self._compare_width()
            self.window.resizeDocks([self.compare_dock], [width], Qt.Orientation.Horizontal)
            self._fit_comparison()

    def _race_time(self, t_s: float) -> None:
        self.compare_panel.set_cursor_time(t_s if self.race_panel.replay is not None else None)

    def _cursor_dragged(self, t_s: float) -> None:
        self.race_panel.pause()
        self.race_panel.set_time(t_s)

    # -- class folder ------------------------------------------------------------------------
    def open_class_folder(self, folder: str | None = None) -> ClassFolderDialog | None:
        if folder is None:
            start = self._settings.start_folder("class", self._doc.path)
            folder = ask_class_folder(self.window, start)
            if not folder:
                return None
            self._settings.remember_folder("class", folder)
        if self.class_dialog is not None:
            self.class_dialog.close()
            self.class_dialog.deleteLater()
        from keiconfig.ui.class_folder import ClassFolderDialog

        dialog = ClassFolderDialog(folder, self.window, era=self._doc.era)
        # named in the status bar as the table shows it: whose beat.kei.json
        dialog.open_requested.connect(
            lambda path: self._open_path(path, shown_as=dialog.shown_as(path))
        )
        dialog.top_builds.connect(self._show_top)
        self.class_dialog = dialog
        dialog.refresh()
        dialog.show()
        return dialog

    def _show_top(self, items: list) -> None:
        if items:
            self.compare_panel.set_entries(items)
            self.show_comparison()

    # -- export ------------------------------------------------------------------------------
    def export(self, kind: str, avoid: Path | None = None) -> bool:
        """Export ``kind`` ("png", "svg", "csv", "pdf") where the person says. ``avoid``:
        a folder an export just failed to write in, not suggested again."""
        w = self.window
        tr = self.tr
        doc = self._doc
        titles = {
            "png": (tr("Export speed plot as PNG"), tr("PNG images (*.png)"), ".png"),
            "svg": (tr("Export speed plot as SVG"), tr("SVG drawings (*.svg)"), ".svg"),
            "csv": (tr("Export run as CSV"), tr("CSV files (*.csv)"), ".csv"),
            "pdf": (tr("Export build sheet as PDF"), tr("PDF documents (*.pdf)"), ".pdf"),
        }
        title, file_filter, suffix = titles[kind]
        stem = fmt.file_stem(doc.build.name) + ("-run" if kind == "csv" else "")
        # Beside the build, where that folder can be written in (not a read-only handout
        # folder, where the export could only fail), else the last folder exported to,
        # Documents or home.
        folders = self._settings.folder_choices("export", doc.path)
        folder = next(
            (f for f in folders if Path(f) != avoid and os.access(f, os.W_OK)), folders[-1]
        )
        path = ask_export_path(w, title, str(Path(folder) / (stem + suffix)), file_filter)
        if not path:
            return False
        from keiconfig.ui import exporting, file_guard

        target = file_guard.with_suffix(w, path, suffix)
        if target is None:
            return False
        plot = self._plots.speed_plot
        try:  # made once, however often the write is asked about
            if kind == "png":
                data = exporting.plot_png_bytes(
                    plot, title=doc.build.name, legend=self._plots.export_legend()
                )
            elif kind == "svg":
                data = exporting.plot_svg_bytes(plot)
            elif kind == "csv":
                data = exporting.run_csv_bytes(doc.performance)
            else:
                data = exporting.build_sheet_pdf(doc.build, doc.performance, doc.compliance)
        except exporting.ExportError as e:
            errors.show_user_error(w, tr("Could not export"), str(e))
            return False

        def write(replace_read_only: bool) -> None:
            exporting.write_bytes_atomic(target, data, replace_read_only=replace_read_only)

        # The same safe write and the same questions as a save (read-only asks first; a
        # folder that cannot be written in offers another place).
        if not file_guard.write_file(
            w, target, write, tr("Could not export"), lambda: self.export(kind, target.parent)
        ):
            return False
        self._settings.remember_folder("export", target.parent)
        w.statusBar().showMessage(tr("Exported %s") % plain.one_line(target.name), 4000)
        return True
