"""Plots: speed against time (gear changes, the 100 km/h line, what limits the car)
and torque and power against rpm (with the power cap).

Every plot item is created once and updated in place with ``setData``/``setPos``:
nothing is cleared or re-created on a change, so slider drags stay cheap (see
:mod:`keiconfig.ui.plot_kit`: bare curves, lines drawn in pixels, data set only when it
differs, axes that only grow during a drag and fit when it is over). The two plots follow
the document apart: the torque plot, when the window has no room for it, does no work
until it is shown again. The "what limits the car" shading is a single image item, one
opaque column per time step coloured by the limit at that moment (one image blit is far
cheaper to paint than translucent rectangles). Colours follow the palette (light or dark).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QPaintEngine,
    QPainter,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from keiconfig.core.results import LIMITS, Performance, run_span_s
from keiconfig.core.units import KMH_PER_MS
from keiconfig.ui import format as fmt
from keiconfig.ui import theme
from keiconfig.ui.document import Document
from keiconfig.ui.i18n import KeepsTranslations, keep_phrases, keep_words
from keiconfig.ui.mnemonics import focus_target
from keiconfig.ui.panels.plot_switch import PlotSwitch, corner, plot_view
from keiconfig.ui.plot_kit import (
    AxisTop,
    Bounds,
    DragWatch,
    HeldAutoRange,
    Line,
    Marks,
    PlotLabel,
    Zoom,
    curve,
    paint_with_window,
    set_curve,
    style_axes,
    wants_build,
)
from keiconfig.ui.quiet_layout import QuietVBoxLayout
from keiconfig.ui.refresh import follow
from keiconfig.ui.soon import soon
from keiconfig.ui.view_state import ViewState
from keiconfig.ui.wrapped_height import wrapped_height

KW_TO_PS = fmt.PS_PER_KW
_SHADE_TOP_KMH = 1000.0  # the shading reaches far above any speed; ignored by auto-range
_SHADE_COLUMNS = 1500  # time resolution of the shading image over the whole run
_MAX_GEAR_LABELS = 10
# Where the 100 km/h line's name may stand (_place_line_label): (its share of the way along
# the line, its text's anchor there), the first of them clear of the gear-change marks and
# of the curve taken; for a car that reaches 100 km/h the right end below the line first
# (the curve is above it by then), for one that never does the right end above it.
_LINE_LABEL_PLACES = {
    True: ((0.99, (1, 0)), (0.99, (1, 1)), (0.01, (0, 1)), (0.01, (0, 0))),
    False: ((0.99, (1, 1)), (0.01, (0, 1)), (0.99, (1, 0)), (0.01, (0, 0))),
}
_MARK_CLEARANCE_PX = 1.0  # the line's name kept this far off a mark or a gear number
_GEAR_LABEL_ANCHOR = (0.5, 1.2)  # centred over its mark, a fifth of its height above it
# The speed plot's least height in text lines: its axis labels and four speed ticks stay
# readable (the window gives it more whenever it can).
SPEED_PLOT_LINES = 7
# ...and never less than this many pixels: its drawing area (the height less the time axis
# under it and the room for the gear numbers above) keeps about 100 px, four speed ticks
# 25 px apart. Seven lines of normal text left it ~60 px at 1280x720 with the race, the
# comparison and the classroom open: unreadable. The docks give way instead.
SPEED_PLOT_MIN_PX = 140
# The least the mouse can zoom in to: a second of the run by 5 km/h; 200 rpm of the engine.
MIN_SPAN_S = 1.0
MIN_SPAN_KMH = 5.0
MIN_SPAN_RPM = 200.0
ENGINE_STRETCH = 2  # the engine plot's share of the height, against the speed plot's 3

# How the plots share the panel (the dashboard's plan chooses, dashboard.Level.plots): all
# of them at once (the speed plot above, the torque and gearing plots side by side below
# it), or each on a tab of its own, in the room the speed plot alone would have. Where the
# others have no room beside it they are a tab away, never gone: at 1280x720 the torque
# plot could not be seen at all.
ALL, TABS = "all", "tabs"
PLOTS_SHOWN = (ALL, TABS)

# A plot's changes that move the plots' switch (plot_switch.py) with it
_PLACE_SWITCH_ON = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show)

_CAP_LABEL_VEIL = 215  # opacity (of 255) of the background under the cap's words
_OVER_THE_CURVES = 10  # z of the cap's words in the torque plot's view

LIMIT_NAMES = {  # translated where shown (self.tr); marked here for the translation tools
    "traction": QT_TRANSLATE_NOOP("PlotsPanel", "traction"),
    "power": QT_TRANSLATE_NOOP("PlotsPanel", "power"),
    "shift": QT_TRANSLATE_NOOP("PlotsPanel", "gear shift"),
    # The colour of the run's end at the rev limiter, or at the speed limiter (the
    # Cappuccino's 140 km/h): "rev limit" alone named the limiter's band wrongly.
    "rev_limit": QT_TRANSLATE_NOOP("PlotsPanel", "rev or speed limiter"),
    "drag": QT_TRANSLATE_NOOP("PlotsPanel", "drag"),
}


def _run_end_s(perf: Performance) -> float | None:
    """Where the run's trace stops, in seconds (None for an empty one)."""
    t = perf.trace.t_s
    return float(t[-1]) if len(t) else None


def top_for_labels(top: float, label_tops: list[float], label_px: float, plot_px: float) -> float:
    """The least axis top (from 0) that keeps ``top`` and every label whole: a label stands
    ``label_px`` pixels above its point (a gear number over its mark) and must end below the
    plot's top edge, ``plot_px`` pixels above its bottom (at the least a fifth of the height
    is left to the curve: a label never squeezes the plot away)."""
    if not label_tops or plot_px <= 0:
        return top
    share = min(label_px / plot_px, 0.8)
    return max(top, max(label_tops) / (1.0 - share))


def shade_columns(t: np.ndarray, limit: np.ndarray, columns: int = _SHADE_COLUMNS) -> np.ndarray:
    """The limit index at the middle of each of ``columns`` equal time steps of the run.

    Sample ``i``'s limit is what held the car back over the step that *ended* at it
    (``t[i-1]`` to ``t[i]``; see :func:`keiconfig.core.explain.phases_of`): a moment
    inside that step takes sample ``i``'s limit, not the one before. (Taking the one
    before drew each gear change one step late, and the last step, where the limiter
    holds the car, as a gear change; near top speed a step is a second long.)"""
    if len(t) == 0:
        return np.zeros(0, dtype=int)
    step = (float(t[-1]) - float(t[0])) / columns
    mids = float(t[0]) + step * (np.arange(columns) + 0.5)
    idx = np.clip(np.searchsorted(t, mids, side="left"), 0, len(t) - 1)
    return np.asarray(limit)[idx].astype(int)


def limit_runs(limit: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(kind, t_start, t_end) of each run of equal ``limit`` values along ``t``."""
    n = len(limit)
    if n == 0:
        empty = np.empty(0)
        return empty.astype(int), empty, empty
    edges = np.flatnonzero(np.diff(limit)) + 1
    starts = np.concatenate(([0], edges))
    ends = np.concatenate((edges, [n - 1]))
    return limit[starts], t[starts], t[ends]


class _OpaqueImageItem(pg.ImageItem):
    """An image item drawn from an opaque 32-bit image. pyqtgraph renders RGBA data as an
    RGBA8888 image, which Qt scales onto the screen several times slower than RGB32 (the
    shading cost ~6 ms per repaint of the speed plot); the shades are opaque, so RGB32
    looks the same.

    On the screen the image (one row of opaque columns) is put down as one filled
    rectangle of whole pixels per run of equal columns, each pixel the colour of the column
    under its centre, as Qt's scaling picks it: the very pixels of the scaled image, at a
    fraction of the cost (Qt fetches each pixel of the plot's area through the scaling).
    A painter that scales otherwise (an export, a fractional device pixel ratio,
    antialiasing) gets the image drawn by Qt."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._runs: tuple[np.ndarray, np.ndarray, list[QColor]] | None = None
        self._colours: dict[int, QColor] = {}  # by the shade's 32 bits
        # Never in the view's auto-range (added with ignoreBounds): its new extent at each
        # change need not go through pyqtgraph's Python itemChange (see plot_kit.Line).
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, False)

    def setImage(self, image: Any = None, autoLevels: Any = None, **kwargs: Any) -> None:
        self._runs = None
        super().setImage(image, autoLevels, **kwargs)

    def render(self) -> None:
        super().render()
        image = self.qimage
        if image is not None and image.format() != QImage.Format.Format_RGB32:
            self.qimage = image.convertToFormat(QImage.Format.Format_RGB32)

    def _column_runs(self) -> tuple[np.ndarray, np.ndarray, list[QColor]] | None:
        """(first column, end column, colour) of each run of equal columns, or None when
        the image is not one row of opaque colours."""
        if self._runs is None:
            image = self.image
            if image is None or image.ndim != 3 or image.shape[0] != 1 or image.shape[2] != 4:
                return None
            row = np.ascontiguousarray(image[0], dtype=np.uint8)
            if len(row) == 0 or not (row[:, 3] == 255).all():
                return None
            packed = row.view(np.uint32).ravel()
            starts = np.concatenate(([0], np.flatnonzero(packed[1:] != packed[:-1]) + 1))
            ends = np.append(starts[1:], len(packed))
            colours = []
            for value in packed[starts].tolist():
                colour = self._colours.get(value)
                if colour is None:
                    r, g, b = (int(v) for v in row[int(np.argmax(packed == value)), :3])
                    colour = self._colours[value] = QColor(r, g, b)
                colours.append(colour)
            self._runs = (starts, ends, colours)
        return self._runs

    def paint(self, painter: QPainter, *args: Any) -> None:
        transform = painter.transform()
        runs = self._column_runs() if self.image is not None else None
        if (
            runs is None
            or self.paintMode is not None
            or self.border is not None
            or transform.type().value > QTransform.TransformationType.TxScale.value
            or painter.testRenderHint(QPainter.RenderHint.Antialiasing)
            or painter.paintEngine().type() != QPaintEngine.Type.Raster
            or painter.device().devicePixelRatioF() != 1.0
        ):
            super().paint(painter, *args)
            return
        starts, ends, colours = runs
        m11, dx = transform.m11(), transform.dx()
        y0, y1 = sorted((transform.dy(), transform.m22() + transform.dy()))
        # A pixel is filled when its centre is in the image, with the column under it.
        cols = np.ceil(np.append(starts, ends[-1]) * m11 + dx - 0.5).astype(np.int64).tolist()
        top, bottom = math.ceil(y0 - 0.5), math.ceil(y1 - 0.5)
        if m11 < 0 or bottom <= top:
            super().paint(painter, *args)
            return
        painter.resetTransform()
        for left, right, colour in zip(cols, cols[1:], colours, strict=False):
            if right > left:
                painter.fillRect(QRect(left, top, right - left, bottom - top), colour)
        painter.setTransform(transform)


def _share_height_by_stretch(widget: QWidget) -> None:
    """The plots share the panel's height by their stretch (speed 3, torque row 2), never
    by their size hints: a pyqtgraph view's hint is its present size, so a plot squeezed
    once (a projector-mode switch, a dock opening) would stay squeezed. None of them is
    Expanding either, or it alone would take the room left (above their minimums)."""
    policy = widget.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
    widget.setSizePolicy(policy)


class PlotsPanel(KeepsTranslations, QWidget):
    """Speed–time and torque/power–rpm plots of the document's performance."""

    def __init__(
        self, document: Document, view: ViewState | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # what the legends name: (the run changes gear, the engine is held at its cap)
        self._legend_for = (True, True)
        self._view = view if view is not None else ViewState(self)
        self._view.keep_pen_scale(self.set_pen_scale)
        self._doc = document
        self._shown: Performance | None = None  # what the speed plot shows
        # its curve's points (s, km/h), and whether it reaches 100 km/h
        self._speed_points = (np.zeros(0), np.zeros(0))
        self._reaches_100 = True
        self._line_label_sizes: dict[str, tuple[float, float]] = {}  # (_line_label_size)
        self._engine_shown: Performance | None = None  # what the torque plot shows
        self.pen_scale = 1.0  # projector mode draws thicker lines
        self.setAccessibleName(self.tr("Plots"))

        # -- speed against time ----------------------------------------------------------
        self.speed_widget = pg.PlotWidget(parent=self, enableMenu=False)  # no menu to build
        self.speed_widget.setAccessibleName(self.tr("Speed against time"))
        self.speed_widget.setWhatsThis(
            self.tr(
                "The model's standing-start run: speed against time at full throttle. The "
                "shading says what limits the car at each moment (the legend below names "
                "the colours), a triangle with a number marks a change up into that gear "
                "(a CVT and an electric car's single speed have none to change), and the "
                "dashed line is 100 km/h: where the curve crosses it is the 0–100 km/h time. "
                "The mouse wheel zooms in (+ and - with the plot focused), a drag moves "
                "along; double-click or press Home to see it as first drawn."
            )
        )
        self.speed_plot = self.speed_widget.getPlotItem()
        self.speed_plot.setLabel("bottom", self.tr("Time"), units="s")
        self._speed_title = ""
        self._title_speed_axis()
        self.speed_plot.setMenuEnabled(False)
        self.shading = _OpaqueImageItem(axisOrder="row-major")
        self.shading.setZValue(-10)
        self.speed_plot.addItem(self.shading, ignoreBounds=True)
        self.shade_kinds = np.zeros(0, dtype=int)  # limit index of each shading column
        self._shade_lut = np.zeros((len(LIMITS), 4), dtype=np.uint8)
        self.line_100 = Line(
            pos=100.0,
            angle=0,
            movable=False,
            label=self.tr("100 km/h (62 mph)"),
            labelOpts={"position": 0.99, "anchors": [(1, 0), (1, 0)]},  # (_place_line_label)
        )
        self.speed_plot.addItem(self.line_100, ignoreBounds=True)
        self.speed_curve = curve()
        self.speed_plot.addItem(self.speed_curve)
        self.shift_marks = Marks(symbol="t1", size=12)
        self.speed_plot.addItem(self.shift_marks)
        # Gear numbers at the shift marks: made as the first car with that many shifts
        # needs them (most cars use 3-5), then kept and reused like every other item.
        self.gear_labels: list[PlotLabel] = []
        self.speed_cursor = Line(angle=90, movable=False)
        self.speed_cursor.hide()
        self.speed_plot.addItem(self.speed_cursor, ignoreBounds=True)

        # -- torque and power against rpm (two axes) -------------------------------------
        self.engine_widget = pg.PlotWidget(parent=self, enableMenu=False)
        self.engine_widget.setAccessibleName(self.tr("Torque and power against engine speed"))
        self.engine_widget.setWhatsThis(
            self.tr(
                "The engine's torque and power against its speed in rpm (an electric "
                "car's motor: flat torque to its base speed, then flat power). Power is "
                "torque times engine speed, so it peaks higher up than the torque. The "
                "mouse wheel zooms in along the rpm (+ and - with the plot focused), a drag "
                "moves along; double-click or press Home to see it as first drawn."
            )
        )
        self.torque_plot = self.engine_widget.getPlotItem()
        self.torque_plot.setMenuEnabled(False)
        self._rpm_axis_electric: bool | None = None  # the axis title set last (None: none)
        self.torque_plot.setLabel("left", self.tr("N·m"))  # short: the plot is low
        self.power_view = pg.ViewBox()
        self.power_view.setMouseEnabled(x=False, y=False)
        self.torque_plot.showAxis("right")
        self.torque_plot.scene().addItem(self.power_view)
        self.torque_plot.getAxis("right").linkToView(self.power_view)
        self.torque_plot.getAxis("right").setLabel(self.tr("PS"))
        self.power_view.setXLink(self.torque_plot)
        self.torque_plot.vb.sigResized.connect(self._sync_power_view)
        self._power_top = 10.0  # the power axis's top for the curve shown (_fit_power_y)
        self._cap_at: tuple[float, float] | None = None  # (rpm, PS) of the cap's words
        # The cap's words, longest first (_cap_words): the whole sentence where the plot is
        # wide enough, else the first shorter one that is (the sentence in the tooltip).
        self.cap_words: tuple[str, ...] = ()
        self.torque_curve = curve()
        self.torque_plot.addItem(self.torque_curve)
        self.power_curve = curve()
        self.power_view.addItem(self.power_curve)
        self.capped_curve = curve(connect="finite")
        self.power_view.addItem(self.capped_curve)
        self.cap_line = Line(pos=64.0, angle=0, movable=False)
        self.power_view.addItem(self.cap_line, ignoreBounds=True)
        # The cap's words, in its colour, in a band at the top of the plot that neither
        # curve reaches (_fit_power_y): on the cap's line the torque curve of a capped
        # engine (the Cappuccino's, the Beat's) climbs through them, and a veil under them
        # hid its peak. In the torque plot's view, over its curve (the power view is drawn
        # under it); the veil, of the plot's background, keeps them clear of the grid.
        self.cap_label = PlotLabel(anchor=(0, 0))
        self.torque_plot.addItem(self.cap_label, ignoreBounds=True)
        self.cap_label.setZValue(_OVER_THE_CURVES)
        self.engine_cursor = Line(angle=90, movable=False)
        self.engine_cursor.hide()
        self.torque_plot.addItem(self.engine_cursor, ignoreBounds=True)
        for plot in (self.speed_plot, self.torque_plot):
            for side in ("left", "bottom", "right"):
                axis = plot.getAxis(side)
                # Units are in the titles: no "(x0.001)" prefixes, and no re-laid-out
                # title text at every range change during a drag.
                axis.enableAutoSIPrefix(False)
                # repaint from a cached pixmap unless the range or style changes
                axis.setCacheMode(axis.CacheMode.DeviceCoordinateCache)

        # -- legend and read-out ---------------------------------------------------------
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Shading legend: what limits the car"))
        # (What's This on these lines: a click on them in the mode showed nothing at all)
        self.legend.setWhatsThis(
            self.tr(
                "The colours of the speed plot's shading: each names what limits the car at "
                "that moment of the run. A triangle with a number on the plot marks a change "
                "up into that gear."
            )
        )
        self.engine_legend = QLabel(self)
        self.engine_legend.setWordWrap(True)
        self.engine_legend.setWhatsThis(
            self.tr(
                "The lines of the torque and power plot: the torque against the left axis, "
                "the power against the right one, and where a power cap holds the engine "
                "back, the power it is held at."
            )
        )
        self.readout = QLabel(self.tr("Move the mouse over a plot to read values."), self)
        self.readout.setAccessibleName(self.tr("Plot read-out"))
        self.readout.setWhatsThis(
            self.tr(
                "What the plot under the mouse reads there: on the speed plot the time, the "
                "speed, the gear and what limits the car; on the torque plot the engine "
                "speed, the torque and the power."
            )
        )
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._notes: list[QWidget] = [self.legend]  # under the speed plot
        self._beside: list[QWidget] = []  # the plots beside the torque plot (the gearing's)
        self._beside_names: list[Callable[[], str]] = []  # their tabs' names
        # The plots' tabs, when they take turns (TABS)
        self.tabs = self._tab_bar("plotTabs")
        # ...and where their tabs gave way (the poorest levels), a button in the plot's
        # own corner, its menu naming each plot: a mouse's way to them too (plot_switch.py)
        self.switch = PlotSwitch(self)
        self._switch_pending = False  # (a placing of it posted: _place_switch_soon)
        self.switch.chosen.connect(self.tabs.setCurrentIndex)
        self._plots_shown = ALL
        self._shown_flags = (True, True, True)  # (read-out, notes, tab bar) of the plan
        self._write_tabs()
        # The sentence under the speed plot takes new numbers without laying the panel out
        # again (see quiet_layout.py).
        layout = QuietVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.speed_widget, 3)
        layout.addWidget(self.legend)
        # The engine plot, with room beside it for the gearing plot (gearing_plot.py).
        self.engine_row = QHBoxLayout()
        self.engine_row.addWidget(self.engine_widget, 1)
        layout.addLayout(self.engine_row, ENGINE_STRETCH)
        layout.addWidget(self.engine_legend)
        layout.addWidget(self.readout)
        for plot in (self.speed_widget, self.engine_widget):
            _share_height_by_stretch(plot)
            self._watch_for_switch(plot)

        self._proxies = [
            pg.SignalProxy(w.scene().sigMouseMoved, rateLimit=30, slot=slot)
            for w, slot in (
                (self.speed_widget, self._speed_mouse),
                (self.engine_widget, self._engine_mouse),
            )
        ]
        # -- ranges: only growing while a drag goes on, fitted when it is over --------------
        self.drag = DragWatch(self)
        # A wheel over a plot zooms it, a drag pans it: never below zero (a wheel turned
        # over the speed plot showed it from -20,000 s and -200 km/h, the run a dot).
        for view in (self.speed_plot.vb, self.torque_plot.vb):
            view.setLimits(xMin=0.0, yMin=0.0)
        # Zoomed in, still a stretch of the curve to read: a pixel's worth of data was
        # the whole plot after a few more turns of the wheel.
        self.speed_plot.vb.setLimits(minXRange=MIN_SPAN_S, minYRange=MIN_SPAN_KMH)
        self.torque_plot.vb.setLimits(minXRange=MIN_SPAN_RPM)
        self.speed_x = AxisTop(self.speed_plot.vb, "x", 5.0)
        self.speed_y = AxisTop(self.speed_plot.vb, "y", 20.0)
        self.speed_y.ticks = self.speed_plot.getAxis("left")
        self.torque_y = AxisTop(self.torque_plot.vb, "y", 10.0)
        self.power_y = AxisTop(self.power_view, "y", 10.0)
        self.rpm_x = HeldAutoRange(self.torque_plot.vb, "x")  # fitted to the curve by pyqtgraph
        # ...and never past the data either (zoomed out, the run was a speck in an empty
        # plot); a double-click, Home or "Reset zoom" shows the plot as fitted again. The
        # torque plot zooms along its rpm only: its two axes, torque and power, share the
        # height, and the cap's words stand at the cap's height on both.
        self.speed_zoom = Zoom(
            self.speed_widget, self._speed_bounds, self._speed_home, self._speed_zoomed
        )
        self.engine_zoom = Zoom(
            self.engine_widget, self._engine_bounds, self.rpm_x.refit, self._engine_zoomed
        )
        # after _sync_power_view (connected first): the cap's words need as many pixels
        # above their line in a new height
        self.torque_plot.vb.sigResized.connect(self._fit_power_y)
        # the cap's words' room to the right edge changes with the rpm range too (its fit
        # to a new curve, a zoom, a drag)
        self.torque_plot.vb.sigXRangeChanged.connect(self._refit_cap_words)
        self.drag.settled.connect(self._fit_ranges)
        # the gear numbers' room at the top depends on the plot's height in pixels
        self.speed_plot.vb.sigResized.connect(self._fit_speed_y)
        self.speed_plot.vb.sigResized.connect(self._title_speed_axis)
        # (a zoom or a drag along the plot moves the marks under the line's name)
        self.speed_plot.vb.sigRangeChanged.connect(self._place_line_label_zoomed)

        self._apply_theme()
        self._apply_sizes()
        wants = wants_build(self.drag)
        for plot in (self.speed_widget, self.engine_widget):
            paint_with_window(plot)
        follow(document, self.speed_widget, self._refresh_speed, wants)
        follow(document, self.engine_widget, self._refresh_engine, wants)
        self.refresh()

    def add_below_speed_plot(self, widget: QWidget) -> None:
        """Put ``widget`` (the "what limits me" sentence) under the speed plot's legend."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.legend) + 1, widget)
        self._notes.append(widget)

    def _tab_bar(self, name: str) -> QTabBar:
        bar = QTabBar(self)
        bar.setObjectName(name)
        bar.setDocumentMode(True)
        bar.setExpanding(False)
        bar.setDrawBase(False)
        # Out of Tab's chain, as a plot's Reset zoom is (its key is Home): its keys are
        # Ctrl+PageDown and Ctrl+PageUp in the plot shown, which Tab reaches. (The window's
        # Alt letters are all taken but J and Z: its tabs could have none.)
        bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar.hide()
        bar.currentChanged.connect(self._tab_chosen)
        return bar

    def _page_names(self) -> list[str]:
        """The tabs' names: the speed plot, the torque plot, then each plot beside it."""
        return [self.tr("Speed"), self.tr("Torque and power"), *(n() for n in self._beside_names)]

    def _write_tabs(self) -> None:
        """The tabs, a plot's each, named in the present language."""
        bar = self.tabs
        names = self._page_names()
        blocked = bar.blockSignals(True)
        while bar.count() > len(names):
            bar.removeTab(bar.count() - 1)
        for i, name in enumerate(names):
            if i < bar.count():
                bar.setTabText(i, name)
            else:
                bar.addTab(name)
        bar.blockSignals(blocked)
        bar.setAccessibleName(self.tr("Plot shown"))
        tip = self.tr(
            "The window has no room for every plot side by side: they take turns here. "
            "Click a tab, or press Ctrl+PageDown and Ctrl+PageUp in the plot shown. A "
            "larger window shows them all."
        )
        bar.setToolTip(tip)
        bar.setWhatsThis(tip)
        self.switch.set_plots(
            names,
            self.tr("Plots"),
            self.tr(
                "The window has no room for every plot, nor for their tabs: choose the plot "
                "shown here, or press Ctrl+PageDown and Ctrl+PageUp in the plot. A larger "
                "window shows the tabs, or every plot side by side."
            ),
            self.tr("Plot shown: %s"),
        )
        self.switch.set_current(self._page_shown())
        self._place_switch_soon()

    def _pages(self) -> list[list[QWidget]]:
        """Each plot's widgets, in the tabs' order: the speed plot with what is under it,
        the torque plot with its legend, each plot beside it."""
        return [
            [self.speed_widget, *self._notes],
            [self.engine_widget, self.engine_legend],
            *[[w] for w in self._beside],
        ]

    def _page_shown(self) -> int:
        """The plot the tabs show (the speed plot's is 0)."""
        return max(self.tabs.currentIndex(), 0)

    def lesser(
        self,
        plots: str = ALL,
        readout: bool = True,
        notes: bool = True,
        tab_bar: bool = True,
        page: int | None = None,
    ) -> dict[QWidget, bool]:
        """What gives way when the window is short of room (see dashboard.py), and whether
        it is shown: the plots side by side (``plots`` ALL) or on tabs (TABS; ``page``, the
        tab shown, by default the one chosen; ``tab_bar``, with their tabs), the read-out
        line, the legends and sentence under the plots."""
        if plots not in PLOTS_SHOWN:
            raise ValueError(f"plots: one of {PLOTS_SHOWN}, not {plots!r}")
        pages = self._pages()
        if page is None:
            page = self._page_shown()
        on = set(range(len(pages))) if plots == ALL else {page if 0 <= page < len(pages) else 0}
        wanted: dict[QWidget, bool] = {}
        legends = (*self._notes, self.engine_legend)  # (the notes: a plot's lines under it)
        for i, widgets in enumerate(pages):
            for w in widgets:
                wanted[w] = i in on and (notes or w not in legends)
        wanted[self.tabs] = plots == TABS and tab_bar
        wanted[self.switch] = plots == TABS and not tab_bar  # (over the plot: no height)
        wanted[self.readout] = readout
        return wanted

    def pages_lesser(
        self, plots: str, readout: bool, notes: bool, tab_bar: bool = True
    ) -> list[dict[QWidget, bool]]:
        """:meth:`lesser` for each tab the plots may show in ``plots``: the panel's least
        height there is the tallest's (a tab chosen leaves the dashboard's plan as it is)."""
        pages = range(len(self._pages())) if plots == TABS else [0]
        return [self.lesser(plots, readout, notes, tab_bar, page) for page in pages]

    def set_lesser_visible(
        self, plots: str = ALL, readout: bool = True, notes: bool = True, tab_bar: bool = True
    ) -> None:
        if plots == TABS and self._plots_shown != TABS:
            # the plots newly on tabs: the speed plot's first (it is what a lesson is about)
            blocked = self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(0)
            self.tabs.blockSignals(blocked)
        self._plots_shown = plots
        self._shown_flags = (readout, notes, tab_bar)
        wanted = self.lesser(plots, readout, notes, tab_bar)
        for widget, on in sorted(wanted.items(), key=lambda item: not item[1]):
            if widget.isHidden() == on:  # (the shown first: the focus stays in the panel)
                widget.setVisible(on)
        row_shown = any(wanted[w] for w in (self.engine_widget, *self._beside))
        # A row of hidden plots would still take its share of the height: no share then.
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        for i in range(layout.count()):
            if layout.itemAt(i).layout() is self.engine_row:
                stretch = ENGINE_STRETCH if row_shown else 0
                if layout.stretch(i) != stretch:
                    layout.setStretch(i, stretch)
        self.switch.set_current(self._page_shown())
        self._place_switch_soon()

    def _page_plots(self) -> list[pg.PlotWidget | None]:
        """Each tab's plot (the pyqtgraph view the switch stands in)."""
        return [plot_view(widgets[0]) for widgets in self._pages()]

    def _watch_for_switch(self, page_widget: QWidget) -> None:
        """Place the switch again when ``page_widget``'s plot moves, changes size, or its
        bottom axis (its numbers, its title) does."""
        page_widget.installEventFilter(self)
        plot = plot_view(page_widget)
        if plot is None:
            return
        if plot is not page_widget:
            plot.installEventFilter(self)
        axis = plot.getPlotItem().getAxis("bottom")
        axis.geometryChanged.connect(self._place_switch_soon)
        axis.label.xChanged.connect(self._place_switch_soon)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PLACE_SWITCH_ON:
            self._place_switch_soon()
        return super().eventFilter(watched, event)

    def _place_switch_soon(self) -> None:
        """The switch placed once the layouts have run (each of several changes asks)."""
        if not self._switch_pending and not self.switch.isHidden():
            self._switch_pending = True
            soon(self, self._place_switch)

    def _place_switch(self) -> None:
        """The switch at the bottom left of the plot shown (plot_switch.corner)."""
        self._switch_pending = False
        pages = self._page_plots()
        page = self._page_shown()
        plot = pages[page] if page < len(pages) else None
        if self.switch.isHidden() or plot is None or plot.isHidden():
            return
        place = corner(plot, self.switch.sizeHint())
        place.moveTopLeft(plot.viewport().mapTo(self, place.topLeft()))
        if self.switch.geometry() != place:
            self.switch.setGeometry(place)
        self.switch.raise_()  # (over the gearing plot, made after it)

    def _tab_chosen(self, _index: int) -> None:
        """A tab chosen (a click, a key): its plot shown in the room the plan gave."""
        focus = QApplication.focusWidget()
        self.set_lesser_visible(self._plots_shown, *self._shown_flags)
        if focus is not None and self.isAncestorOf(focus) and not focus.isVisible():
            self._focus_page()

    def _focus_page(self) -> None:
        """The focus in the plot shown (from a plot now hidden)."""
        page = self._pages()[self._page_shown()]
        into = focus_target(page[0])
        if into is not None:
            into.setFocus(Qt.FocusReason.TabFocusReason)

    def step_tab(self, step: int) -> bool:
        """The next (``step`` 1) or previous (-1) plot's tab, round the ends; False when
        the plots are not on tabs."""
        bar = self.tabs
        if self._plots_shown != TABS or bar.count() < 2:
            return False
        # (the focus, in the plot now hidden, goes to the plot shown: _tab_chosen)
        bar.setCurrentIndex((bar.currentIndex() + step) % bar.count())
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+PageDown and Ctrl+PageUp in a plot or on its tabs: the next, the previous
        plot's tab (as in the window's tab widgets, keiconfig.ui.tab_keys)."""
        steps = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
        step = steps.get(Qt.Key(event.key()), 0)
        if (
            step
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and self.step_tab(step)
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def add_beside_engine_plot(self, widget: QWidget, tab_name: Callable[[], str]) -> None:
        """Put ``widget`` (the gearing plot) to the right of the engine plot; on a tab of
        its own, named ``tab_name()`` (in the present language), when the plots share the
        panel."""
        self.engine_row.addWidget(widget, 1)
        for plot in (widget, *widget.findChildren(pg.PlotWidget)):
            _share_height_by_stretch(plot)
        self._beside.append(widget)
        self._beside_names.append(tab_name)
        self._watch_for_switch(widget)
        plot = plot_view(widget)
        if plot is not None:  # (Tab from any plot shown, or Shift+Tab back, is the switch)
            QWidget.setTabOrder(plot, self.switch)
        self._write_tabs()

    def set_pen_scale(self, scale: float) -> None:
        self.pen_scale = scale
        self._apply_theme()

    # -- update ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Both plots up to date with the document now (each also follows it on its own)."""
        self._refresh_speed()
        self._refresh_engine()

    def _refresh_speed(self) -> None:
        perf = self._doc.performance
        if perf is not self._shown:
            self._shown = perf
            self._update_speed(perf)

    def _refresh_engine(self) -> None:
        perf = self._doc.performance
        if perf is not self._engine_shown:
            self._engine_shown = perf
            self._update_engine(perf)

    def _fit_ranges(self) -> None:
        """The drag is over: every axis fits its data again."""
        for axis in (self.speed_x, self.speed_y, self.torque_y, self.power_y, self.rpm_x):
            axis.refit()
        self._fit_speed_y()

    def _speed_bounds(self) -> Bounds:
        """How far the mouse may take the speed plot: its fitted range, and along the time
        axis to the run's end (the crawl to top speed, past the fitted 0-100 km/h)."""
        end = self.speed_x.home_top
        if self._shown is not None and len(self._shown.trace.t_s):
            end = max(end, float(self._shown.trace.t_s[-1]))
        return (0.0, end), (0.0, self.speed_y.home_top)

    def _engine_bounds(self) -> Bounds:
        return self.rpm_x.bounds, None  # (along the rpm only)

    def _engine_zoomed(self) -> bool:
        return not self.rpm_x.fitted() and not self.drag.dragging

    def _speed_home(self) -> None:
        self.speed_x.refit()
        self._fit_speed_y()

    def _speed_zoomed(self) -> bool:
        """Whether the speed plot shows other than its fitted range (the mouse moved it)."""
        shown = self.speed_plot.vb.viewRange()
        return any(
            low != 0.0 or not math.isclose(high, axis.home_top, rel_tol=1e-6)
            for (low, high), axis in zip(shown, (self.speed_x, self.speed_y), strict=True)
        )

    def _update_speed(self, perf: Performance) -> None:
        tr = perf.trace
        t = np.asarray(tr.t_s, dtype=float)
        v = np.asarray(tr.speed_ms, dtype=float) * KMH_PER_MS
        set_curve(self.speed_curve, t, v)
        self._speed_points = (t, v)
        kinds = shade_columns(t, np.asarray(tr.limit))
        # The columns are shares of the run, so most changes keep them: then only the
        # image's extent moves (making a new image is most of the shading's cost).
        new_image = not np.array_equal(kinds, self.shade_kinds)
        self.shade_kinds = kinds
        self._paint_shading(
            float(t[0]) if len(t) else 0.0, float(t[-1]) if len(t) else 1.0, new_image
        )
        gear = np.asarray(tr.gear)
        shifts = np.flatnonzero(np.diff(gear) > 0) + 1 if len(gear) > 1 else np.empty(0, int)
        self.shift_marks.move_to(t[shifts], v[shifts])
        self._legend_follows(shifts=len(shifts) > 0)
        while len(self.gear_labels) < min(len(shifts), _MAX_GEAR_LABELS):
            self.gear_labels.append(self._new_gear_label())
        for k, label in enumerate(self.gear_labels):
            if k < len(shifts):
                i = shifts[k]
                text = str(int(gear[i]))
                if label.textItem.toPlainText() != text:  # re-lays out a text document
                    label.setText(text)
                pos = QPointF(float(t[i]), float(v[i]))
                if label.pos() != pos:
                    label.setPos(pos)
                if not label.isVisible():
                    label.show()
            elif label.isVisible():
                label.hide()
        self._reaches_100 = fmt.is_number(perf.zero_to_100kmh_s)  # (placed in _fit_speed_y)
        # the quarter mile and 0-100 km/h with room to spare, not the crawl to top speed
        self.speed_x.fit(run_span_s(perf), self.drag.dragging, end=_run_end_s(perf))
        self._fit_speed_y()
        self._speak_speed()

    def _speak_speed(self) -> None:
        """What the speed plot says to a screen reader (in the language of the moment)."""
        perf = self._doc.performance
        self._view.speak(
            self.speed_widget,
            self.tr("Reaches %s; 0–100 km/h in %s.")
            % (fmt.kmh(perf.top_speed_kmh), fmt.sentence_seconds(perf.zero_to_100kmh_s)),
        )

    def _place_line_label(self) -> None:
        """The 100 km/h line's name where no gear-change mark is: the first of
        :data:`_LINE_LABEL_PLACES` (an end of the line, below or above it) where the whole
        name is clear of every triangle and gear number and of the curve, else where
        "100 km/h" alone is, else where it is clear of the marks though the curve crosses
        it; where none is, it is left out (the dashed line and the axis's 100 say it).
        At the right end below the line, the long name was printed across the "3" and the
        curve on a 1024x768 projector with the Comparison open and the text two steps
        larger (a plot 370 px wide); at its left end above the line, in a low plot, the
        numbers 2 and 3 were drawn over it. Worked out from the view's range and size (on
        a resize its mapping to the scene is still the old size's)."""
        label = self.line_100.label
        vb = self.speed_plot.vb
        (x0, x1), (y0, y1) = vb.viewRange()
        width, height = vb.width(), vb.height()
        if width <= 0 or height <= 0 or x1 <= x0 or y1 <= y0 or not y0 <= 100.0 <= y1:
            return  # (no room at all, or the line out of view: nothing to be clear of)
        sx, sy = width / (x1 - x0), height / (y1 - y0)
        line_y = (y1 - 100.0) * sy
        marks = self._mark_rects(x0, y1, sx, sy)
        pad = 1.5 * self.pen_scale + 1.0  # (half the curve's pen, and a pixel)

        def place(text: str, clear_of_curve: bool) -> tuple[float, tuple[int, int]] | None:
            w, h = self._line_label_size(text)
            for along, (ax, ay) in _LINE_LABEL_PLACES[self._reaches_100]:
                rect = QRectF(along * width - ax * w, line_y - ay * h, w, h)
                if rect.left() < 0 or rect.right() > width or rect.top() < 0:
                    continue
                if rect.bottom() > height or any(m.intersects(rect) for m in marks):
                    continue
                if clear_of_curve and self._curve_crosses(
                    rect.adjusted(-pad, -pad, pad, pad), x0, y1, sx, sy
                ):
                    continue
                return along, (ax, ay)
            return None

        whole = self.tr("100 km/h (62 mph)")
        short = self.tr("100 km/h", "the 100 km/h line's name where the plot is narrow")
        choice = None
        for text, clear_of_curve in ((whole, True), (short, True), (short, False)):
            where = place(text, clear_of_curve)
            if where is not None:
                choice = text, where
                break
        if choice is None:
            if label.isVisible():
                label.setVisible(False)
            return
        text, (along, anchor) = choice
        if label.format != text:
            label.format = text  # (set as it is shown: InfLineLabel.valueChanged)
            label.setText(text)
        if label.orthoPos != along or label.anchors != [anchor, anchor]:
            label.orthoPos = along
            label.anchors = [anchor, anchor]
            label.updatePosition()
        if not label.isVisible():
            label.setVisible(True)

    def _place_line_label_zoomed(self) -> None:
        """The line's name placed again for the range the mouse gave the plot (a fitted
        range places it as it fits: :meth:`_fit_speed_y`)."""
        if self._speed_zoomed():
            self._place_line_label()

    def _line_label_size(self, text: str) -> tuple[float, float]:
        """The size ``text`` is drawn at as the line's name (its font, its margins), in
        pixels; kept until the font or the language changes (:meth:`_apply_theme`)."""
        size = self._line_label_sizes.get(text)
        if size is None:
            document = self.line_100.label.textItem.document().clone()
            document.setPlainText(text)
            size = (document.size().width(), document.size().height())
            self._line_label_sizes[text] = size
        return size

    def _mark_rects(self, x0: float, y1: float, sx: float, sy: float) -> list[QRectF]:
        """The gear-change triangles and the gear numbers over them, in the speed view's
        pixels (from its top left; ``sx``, ``sy`` pixels a second and a km/h), each with
        :data:`_MARK_CLEARANCE_PX` round it."""
        rects = []
        data = self.shift_marks.data
        half = float(self.shift_marks.opts["size"]) / 2.0 + _MARK_CLEARANCE_PX
        for t, v in zip(data["x"], data["y"], strict=True):
            x, y = (float(t) - x0) * sx, (y1 - float(v)) * sy
            rects.append(QRectF(x - half, y - half, 2.0 * half, 2.0 * half))
        gap = _MARK_CLEARANCE_PX
        for label in self.gear_labels:
            if not label.isVisible():
                continue
            box = label.textItem.boundingRect()
            x, y = (label.pos().x() - x0) * sx, (y1 - label.pos().y()) * sy
            left = x - label.anchor[0] * box.width()
            top = y - label.anchor[1] * box.height()
            rects.append(
                QRectF(left - gap, top - gap, box.width() + 2 * gap, box.height() + 2 * gap)
            )
        return rects

    def _curve_crosses(self, rect: QRectF, x0: float, y1: float, sx: float, sy: float) -> bool:
        """Whether the speed curve passes through ``rect`` (in the speed view's pixels,
        mapped as :meth:`_mark_rects` maps them)."""
        t, v = self._speed_points
        if len(t) == 0:
            return False
        t_from, t_to = x0 + rect.left() / sx, x0 + rect.right() / sx
        if t_to < t[0] or t_from > t[-1]:
            return False
        t_from, t_to = max(t_from, float(t[0])), min(t_to, float(t[-1]))
        inside = v[np.searchsorted(t, t_from) : np.searchsorted(t, t_to, side="right")]
        ends = np.interp((t_from, t_to), t, v)
        high = max(float(np.max(ends)), float(np.max(inside)) if len(inside) else -np.inf)
        low = min(float(np.min(ends)), float(np.min(inside)) if len(inside) else np.inf)
        v_top, v_bottom = y1 - rect.top() / sy, y1 - rect.bottom() / sy
        return high >= v_bottom and low <= v_top

    def _fit_speed_y(self) -> None:
        """The speed axis: the fastest speed with a margin, and room above the gear numbers
        shown (projector mode's large numbers were cut at the top of a low plot)."""
        perf = self._shown
        if perf is None:
            return
        v = perf.trace.speed_ms
        top = max(float(np.nanmax(v)) * KMH_PER_MS if len(v) else 0.0, 100.0) * 1.05
        t_end = self.speed_x.top
        shown = [
            label.pos().y()
            for label in self.gear_labels
            if label.isVisible() and label.pos().x() <= t_end
        ]
        if shown:
            height = self.gear_labels[0].textItem.boundingRect().height()
            top = top_for_labels(
                top, shown, height * _GEAR_LABEL_ANCHOR[1] + 2.0, self.speed_plot.vb.height()
            )
        self.speed_y.fit(top, self.drag.dragging)
        self._keep_gear_labels_inside()
        self._place_line_label()  # (clear of the gear numbers where they now stand)

    def _keep_gear_labels_inside(self) -> None:
        """A gear number over a change at the time axis's end moves left, to end at the
        plot's edge, not centred over its mark: a ten-speed's change into 8th just past
        the 30 s end had its '8' cut in half by the edge (1280x720)."""
        end = self.speed_x.home_top
        px_per_s = self.speed_plot.vb.width() / end if end > 0 else 0.0
        for label in self.gear_labels:
            if not label.isVisible():
                continue
            width = label.textItem.boundingRect().width()
            room = (end - label.pos().x()) * px_per_s  # pixels right of its mark
            x = _GEAR_LABEL_ANCHOR[0]
            if width > 0 and -width * x < room < width * (1.0 - x):  # across the edge
                x = 1.0 - room / width  # its right edge on the plot's
            anchor = (x, _GEAR_LABEL_ANCHOR[1])
            if tuple(label.anchor) != anchor:
                label.setAnchor(anchor)

    def _title_speed_axis(self, *_args: object, force: bool = False) -> None:
        """ "Speed (km/h)" up the speed axis, or "km/h" where the plot is lower than that
        title is long (projector mode with the race docked below: "Speed (km/h" was cut
        at the top). The title's length is measured as the axis draws it (its font, its
        text item's margins): measured in the panel's font, "速度 (km/h)" in Japanese
        projector mode at 1024x600 came to 101 px for a plot 104 px high, and was drawn
        115 px long, its ends past the plot's."""
        title = self.tr("Speed (km/h)")
        if self._axis_title_length(title) > self.speed_plot.vb.height():
            title = self.tr("km/h", "the speed axis's title where the plot is low")
        if force or title != self._speed_title:
            self._speed_title = title
            self.speed_plot.setLabel("left", title)
            # placed afresh for its length: pyqtgraph places a title only as its axis is
            # resized, and the whole title back after the short one (Ctrl+R in projector
            # mode at 1280x720: the race below, then beside) kept the short one's place,
            # its top cut at the plot's edge ('Speed (km/')
            self.speed_plot.getAxis("left").resizeEvent()

    def _axis_title_length(self, title: str) -> float:
        """The length ``title`` is drawn at up the speed plot's left axis."""
        document = self.speed_plot.getAxis("left").label.document().clone()
        document.setPlainText(title)
        return document.size().width()

    def _title_rpm_axis(self, force: bool = False) -> None:
        """ "Engine speed" for an engine, "Motor speed" for an electric car's motor."""
        electric = self._doc.build.powertrain == "electric"
        if force or electric != self._rpm_axis_electric:
            self._rpm_axis_electric = electric
            title = self.tr("Motor speed (rpm)") if electric else self.tr("Engine speed (rpm)")
            self.torque_plot.setLabel("bottom", title)

    def _update_engine(self, perf: Performance) -> None:
        self._title_rpm_axis()
        curve = perf.curve
        rpm = np.asarray(curve.rpm, dtype=float)
        power_ps = np.asarray(curve.power_kw, dtype=float) * KW_TO_PS
        torque = np.asarray(curve.torque_nm, dtype=float)
        set_curve(self.torque_curve, rpm, torque)
        if len(rpm):
            self.rpm_x.fit(float(np.nanmin(rpm)), float(np.nanmax(rpm)), self.drag.dragging)
        top_nm = float(np.nanmax(torque)) if len(torque) else 1.0
        self.torque_y.fit(top_nm * 1.05, self.drag.dragging)
        set_curve(self.power_curve, rpm, power_ps)
        self._legend_follows(capped=bool(curve.capped))
        if curve.capped:
            cap = float(curve.peak_power_ps)
            at_cap = np.where(power_ps >= cap - 0.05, power_ps, np.nan)
            set_curve(self.capped_curve, rpm, at_cap)
            self.cap_line.setPos(cap)
            text = self.tr("capped at %s; the engine could make %s") % (
                fmt.power(cap),
                fmt.ps(curve.uncapped_power_ps),
            )
            # (where the plot is narrower than the sentence: 1280x720 with the
            # comparison open, about 210 px between its axes)
            short = self.tr("capped at %s")
            self.cap_words = (text, short % fmt.power(cap), short % fmt.ps(cap))
            self.cap_label.setToolTip(text)
            self.cap_line.show()
            self.cap_label.show()
        else:
            set_curve(self.capped_curve, np.zeros(0), np.zeros(0))
            self.cap_line.hide()
            self.cap_label.hide()
        top = float(np.nanmax(power_ps)) if len(power_ps) else 1.0
        top = max(top, curve.uncapped_power_ps if curve.capped else 0.0)
        self._power_top = top * 1.05
        self._cap_at = (float(rpm[0]) if len(rpm) else 0.0, float(curve.peak_power_ps))
        self._cap_at = self._cap_at if curve.capped else None
        self._fit_power_y()
        top_rpm = float(rpm[-1]) if len(rpm) else 0.0
        if perf.electric is not None and curve.peak_power_rpm < top_rpm - 0.5:
            # (a motor gives its full torque from standstill: not "at 0 rpm")
            description = self.tr(
                "Peak torque %s from standstill up to the motor's base speed, %s; "
                "peak power %s from there up to its top speed, %s."
            ) % (
                fmt.torque(curve.peak_torque_nm),
                fmt.rpm(curve.peak_power_rpm),
                fmt.power(curve.peak_power_ps),
                fmt.rpm(top_rpm),
            )
        elif perf.electric is not None:  # (its base speed at or above its top speed)
            description = self.tr(
                "Peak torque %s from standstill up to the motor's top speed; peak power %s at "
                "its top speed, %s."
            ) % (fmt.torque(curve.peak_torque_nm), fmt.power(curve.peak_power_ps), fmt.rpm(top_rpm))
        else:
            description = self.tr("Peak torque %s at %s; peak power %s at %s.") % (
                fmt.torque(curve.peak_torque_nm),
                fmt.rpm(curve.peak_torque_rpm),
                fmt.power(curve.peak_power_ps),
                fmt.rpm(curve.peak_power_rpm),
            )
        if curve.capped:  # the cap's whole sentence, where its words may be the short form
            space = "" if description.endswith("。") else " "  # (none after a Japanese 。)
            description += space + self.tr("The power is %s.") % self.cap_words[0]
        self.engine_widget.setAccessibleDescription(description)

    def _new_gear_label(self) -> PlotLabel:
        label = PlotLabel(anchor=_GEAR_LABEL_ANCHOR)
        label.hide()
        self.speed_plot.addItem(label, ignoreBounds=True)
        self._style_gear_label(label, theme.colours(self.palette()))
        return label

    def _style_gear_label(self, label: PlotLabel, c: theme.Colours) -> None:
        label.setColor(c.text)
        label.setFont(QFont(self.font()))

    def _paint_shading(self, t0: float, t1: float, new_image: bool = True) -> None:
        if len(self.shade_kinds) == 0:
            self.shading.hide()
            return
        if new_image or self.shading.image is None:
            image = self._shade_lut[self.shade_kinds][np.newaxis, :, :]
            self.shading.setImage(image, autoLevels=False, levels=None)
        self.shading.setRect(QRectF(t0, 0.0, max(t1 - t0, 1e-6), _SHADE_TOP_KMH))
        self.shading.show()

    def _fit_power_y(self) -> None:
        """The engine plot's axes, the power's to the curve (and, capped, the uncapped
        power) with 5 % above; for a capped engine both leave a band at the top as tall as
        the cap's words, which stand there clear of both curves. (On the cap's line, on a
        veil, they hid the Beat's torque peak, 4,200 to 8,500 rpm, at 1920x1080 with the
        comparison open: the torque curve climbs through the cap's height.)"""
        room = 0.0
        if self._cap_at is not None:
            room = self.cap_label.textItem.boundingRect().height() + 2.0
        self.torque_y.room_px = room
        self.power_y.room_px = room
        self.torque_y.fit(self.torque_y.data_top, self.drag.dragging)
        self.power_y.fit(self._power_top, self.drag.dragging)
        if self._cap_at is not None:
            self._place_cap_label(self._cap_at[0])

    def _place_cap_label(self, rpm: float) -> None:
        """The cap's words at the top of the torque view (in the band :meth:`_fit_power_y`
        leaves there) from ``rpm``, the curve's left end."""
        pos = QPointF(rpm, self.torque_y.home_top)
        self._cap_words(pos)
        if self.cap_label.pos() != pos:
            self.cap_label.setPos(pos)

    def _refit_cap_words(self) -> None:
        if self._cap_at is not None:
            self._cap_words(self.cap_label.pos())

    def _cap_words(self, pos: QPointF) -> None:
        """The longest of :attr:`cap_words` that is whole between ``pos`` (in the torque
        view) and the view's right edge, the power axis: the sentence ran on under the axis
        and was cut there where the plot is narrow (1280x720 with the comparison open). The
        shortest where none is."""
        if not self.cap_words:
            return
        # (from the view's range and width, not its mapping to the scene: on a resize that
        # is still the old size's when the view tells of it)
        vb = self.torque_plot.vb
        (left, right), _ = vb.viewRange()
        room = vb.width() * (right - pos.x()) / max(right - left, 1e-9)
        item = self.cap_label.textItem
        metrics = QFontMetricsF(item.font())
        margins = 2.0 * item.document().documentMargin() + 1.0
        text = self.cap_words[-1]
        for words in self.cap_words:
            if metrics.horizontalAdvance(words) + margins <= room:
                text = words
                break
        if item.toPlainText() != text:
            self.cap_label.setText(text)

    def _sync_power_view(self) -> None:
        self.power_view.setGeometry(self.torque_plot.vb.sceneBoundingRect())
        self.power_view.linkedViewChanged(self.torque_plot.vb, self.power_view.XAxis)

    # -- read-out ----------------------------------------------------------------------------
    def _speed_mouse(self, args: tuple[Any, ...]) -> None:
        if self._shown is not None:
            self._point_at(args[0], self.speed_plot, self.speed_cursor, self.speed_readout)

    def _engine_mouse(self, args: tuple[Any, ...]) -> None:
        if self._engine_shown is not None:
            self._point_at(args[0], self.torque_plot, self.engine_cursor, self.engine_readout)

    def _point_at(
        self, pos: QPointF, plot: pg.PlotItem, cursor: Line, readout: Callable[[float], str]
    ) -> None:
        """The mouse at ``pos`` over ``plot``: its read-out at that x, and the cursor there."""
        if not plot.sceneBoundingRect().contains(pos):
            return
        x = plot.vb.mapSceneToView(pos).x()
        self.readout.setText(readout(x))
        cursor.setPos(x)
        cursor.show()

    def speed_readout(self, t_s: float) -> str:
        """``"t = 6.2 s, 78 km/h, gear 3, limited by power"`` at time ``t_s``."""
        assert self._shown is not None
        tr = self._shown.trace
        if len(tr.t_s) == 0:
            return ""
        i = int(np.clip(np.searchsorted(tr.t_s, t_s), 0, len(tr.t_s) - 1))
        if int(np.max(tr.gear)) <= 1:  # electric single speed or CVT: no gear to name
            return self.tr("t = %s, %s, limited by %s") % (
                fmt.seconds(float(tr.t_s[i])),
                fmt.kmh(float(tr.speed_ms[i]) * KMH_PER_MS),
                self.tr(LIMIT_NAMES[tr.limit_name(i)]),
            )
        return self.tr("t = %s, %s, gear %d, limited by %s") % (
            fmt.seconds(float(tr.t_s[i])),
            fmt.kmh(float(tr.speed_ms[i]) * KMH_PER_MS),
            int(tr.gear[i]),
            self.tr(LIMIT_NAMES[tr.limit_name(i)]),
        )

    def engine_readout(self, rpm: float) -> str:
        """``"3,000 rpm: 85 N·m, 40 PS (29 kW)"`` at ``rpm`` (clamped to the curve)."""
        assert self._engine_shown is not None
        c = self._engine_shown.curve
        if len(c.rpm) == 0:
            return ""
        r = float(np.clip(rpm, c.rpm[0], c.rpm[-1]))
        tq = float(np.interp(r, c.rpm, c.torque_nm))
        kw = float(np.interp(r, c.rpm, c.power_kw))
        return self.tr("%s: %s, %s") % (fmt.rpm(r), fmt.torque(tq), fmt.power(kw * KW_TO_PS, kw))

    # -- look --------------------------------------------------------------------------------
    def _apply_theme(self) -> None:
        c = theme.colours(self.palette())
        k = self.pen_scale
        font = QFont(self.font())
        # (the speed plot without the margin above it: at 1280x720 with every dock open
        # it has not a pixel to spare, test_plot_room; its axis keeps the room inside,
        # AxisTop.room_px)
        style_axes(self.speed_widget, c, font, sides=("left", "bottom", "right"), top_room=False)
        style_axes(self.engine_widget, c, font, sides=("left", "bottom", "right"))
        self.speed_curve.setPen(pg.mkPen(c.speed, width=3 * k))
        # opaque shades: the limit colour mixed into the plot background
        for i, name in enumerate(LIMITS):
            fill = c.limit_fill(name)
            a = fill.alphaF()
            self._shade_lut[i] = [
                round(getattr(fill, ch)() * a + getattr(c.base, ch)() * (1 - a))
                for ch in ("red", "green", "blue")
            ] + [255]
        if len(self.shade_kinds):
            rect = self.shading.mapRectToParent(self.shading.boundingRect())
            self._paint_shading(rect.left(), rect.right())
        self.line_100.setPen(pg.mkPen(c.muted, width=1.5 * k, style=Qt.PenStyle.DashLine))
        self.line_100.label.setColor(c.text)
        self.line_100.label.setFont(font)  # larger text and projector mode enlarge it too
        self._line_label_sizes.clear()  # (measured again in the new font or language)
        self.shift_marks.setBrush(pg.mkBrush(c.marker))
        self.shift_marks.setPen(pg.mkPen(c.base))
        for label in self.gear_labels:
            self._style_gear_label(label, c)
        cursor_pen = pg.mkPen(c.muted, width=1 * k)
        self.speed_cursor.setPen(cursor_pen)
        self.engine_cursor.setPen(cursor_pen)
        self.torque_curve.setPen(pg.mkPen(c.torque, width=3 * k))
        self.power_curve.setPen(pg.mkPen(c.power, width=3 * k, style=Qt.PenStyle.DashLine))
        self.capped_curve.setPen(pg.mkPen(c.cap, width=6 * k))
        self.cap_line.setPen(pg.mkPen(c.cap, width=1.5 * k, style=Qt.PenStyle.DotLine))
        self.cap_label.setColor(c.cap)
        self.cap_label.setFont(font)
        veil = QColor(c.base)
        veil.setAlpha(_CAP_LABEL_VEIL)
        self.cap_label.fill = pg.mkBrush(veil)
        self.cap_label.update()
        self._fit_power_y()  # the words' new height
        self.torque_plot.getAxis("left").setTextPen(c.torque)
        self.torque_plot.getAxis("right").setTextPen(c.power)
        self._write_legends()

    def _write_legends(self) -> None:
        """The legends, naming only what the plots show: no gear shift or gear-change
        marker for a run without a change of gear (an electric car's single speed, a CVT),
        no power held at the cap for an engine under it (:attr:`_legend_for`)."""
        shifts, capped = self._legend_for
        c = theme.colours(self.palette())
        swatches = "  ".join(
            f'<span style="color:{theme.css(c.limits[name])}; font-size:large">■</span>'
            f"&nbsp;{keep_words(self.tr(LIMIT_NAMES[name]))}"  # (it broke: 'ス' / 'ピード')
            for name in LIMITS
            if shifts or name != "shift"
        )
        legend = (  # (Japanese words whole, as the sentence under it: keep_phrases)
            self.tr("Shading, what limits the car: %s. ▲ with a number: gear change.")
            if shifts
            else self.tr("Shading, what limits the car: %s.")
        )
        self.legend.setText(keep_phrases(legend) % swatches)
        engine = self.tr(
            '<span style="color:%s">━━ torque (left axis)</span>  '
            '<span style="color:%s">╍╍ power (right axis)</span>'
        ) % (theme.css(c.torque), theme.css(c.power))
        if capped:
            engine += "  " + self.tr('<span style="color:%s">▬ power held at the cap</span>') % (
                theme.css(c.cap)
            )
        self.engine_legend.setText(engine)

    def _legend_follows(self, shifts: bool | None = None, capped: bool | None = None) -> None:
        """The legends again when the run gains or loses gear changes, or the engine its
        cap (rare: a change of the same kind leaves the legends, and the layout, alone)."""
        now = (
            self._legend_for[0] if shifts is None else shifts,
            self._legend_for[1] if capped is None else capped,
        )
        if now != self._legend_for:
            self._legend_for = now
            self._write_legends()

    def export_legend(self) -> list[tuple[str, QColor, str]]:
        """What the speed plot's marks mean, for an exported image: (kind, colour, text),
        kind one of "line" (the speed curve), "dash" (the 100 km/h line), "marker" (a gear
        change) and "fill" (a shade of what limits the car)."""
        c = theme.colours(self.palette())
        shifts = self._legend_for[0]  # (a run without a change of gear has no marker)
        entries = [
            ("line", QColor(c.speed), self.tr("speed")),
            ("dash", QColor(c.muted), self.tr("100 km/h (62 mph)")),
        ]
        if shifts:
            entries.append(("marker", QColor(c.marker), self.tr("gear change")))
        for i, name in enumerate(LIMITS):  # the shade as the plot paints it
            if name == "shift" and not shifts:
                continue
            r, g, b, _ = self._shade_lut[i]
            entries.append(("fill", QColor(int(r), int(g), int(b)), self.tr(LIMIT_NAMES[name])))
        return entries

    def _apply_sizes(self) -> None:
        line = self.fontMetrics().height()  # readable plots at any font size or scale
        self.speed_widget.setMinimumHeight(max(SPEED_PLOT_LINES * line, SPEED_PLOT_MIN_PX))
        self.engine_widget.setMinimumHeight(7 * line)
        # The speed axis's top number whole: half a line above its round top, inside the
        # plot (it has no margin above it to give: style_axes(top_room=False)).
        self.speed_y.room_px = float(line // 2 + 1)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            theme.is_palette_event(event)
            or event.type() == QEvent.Type.FontChange
            or event.type() == QEvent.Type.LanguageChange  # the legends in the new language
        ):
            self._apply_theme()
        if event.type() == QEvent.Type.LanguageChange:
            self._write_tabs()
            self._title_rpm_axis(force=True)
            # pyqtgraph's axis titles are not widgets a live switch reaches.
            self.speed_plot.setLabel("bottom", self.tr("Time"), units="s")
            self._title_speed_axis(force=True)
            self.torque_plot.setLabel("left", self.tr("N·m"))
            self.line_100.label.format = ""  # a plot item too: named in the new language
            self._place_line_label()
            self._speak_speed()  # (a screen reader said 'Reaches 140 km/h…' in Japanese)
        if event.type() == QEvent.Type.FontChange:
            self._apply_sizes()
            self._fit_wrapped_labels()
            # The labels get their new font after this panel, and a label's height for a
            # width is never below its minimum: measure them afresh then (a switch out of
            # projector mode left them at the projector's heights, squeezing the plots).
            soon(self, self._refit_wrapped_labels)  # not after its deletion
            self._fit_speed_y()  # the gear numbers' new size
            self._title_speed_axis()  # (the title's new length)
            self._place_switch_soon()  # (its new size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_wrapped_labels()

    def _refit_wrapped_labels(self) -> None:
        layout = self.layout()
        for i in range(layout.count()):
            label = layout.itemAt(i).widget()
            if isinstance(label, QLabel) and label.wordWrap():
                label.setMinimumHeight(0)
        self._fit_wrapped_labels()

    def _fit_wrapped_labels(self) -> None:
        """Word-wrapped lines under the plots ask for the height their lines need at this
        width, so a narrow panel (a dock open beside it, large text) makes the window's
        splitter give the panel more room instead of the labels being drawn over the
        plots' axes."""
        layout = self.layout()
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        if width <= 0:
            return
        for i in range(layout.count()):
            label = layout.itemAt(i).widget()
            if isinstance(label, QLabel) and label.wordWrap() and not label.isHidden():
                need = wrapped_height(label, width)
                if need > 0 and label.minimumHeight() != need:
                    label.setMinimumHeight(need)
