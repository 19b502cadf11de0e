"""The explorer's plots: the Pareto plot, the tornado chart and the two-field map.

- :class:`ParetoPlot`: every judged build a dot (legal filled, illegal hollow grey
  crosses, shown apart and never hidden), the front of the legal ones drawn as a
  line, the open build a star. Hover shows a dot's figures; a click on a legal dot
  asks for that build (``build_clicked``).
- :class:`TornadoPlot`: one bar per field, from the best to the worst legal value
  of the objective when that field alone sweeps its range, widest on top; a line at
  the open build's value.
- :class:`MapPlot`: a grid over two fields shaded by the objective (illegal cells
  left blank), with the legal limits drawn as lines.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from keiconfig.core import pareto
from keiconfig.core.explore_problem import FIGURE_LABELS, HIGHER_BETTER, Outcome, failed_text
from keiconfig.core.explore_search import Bar
from keiconfig.ui import format as fmt
from keiconfig.ui import theme
from keiconfig.ui.plot_kit import (
    Bounds,
    Zoom,
    auto_range_bounds,
    data_bounds,
    shows_auto_range,
    style_axes,
)

RING_PX = 20  # the ring round the Pareto front's point stepped to with the keys
DOT_PX = 6  # half the Pareto plot's largest dot (the front's, 9 px) and its pen, and a pixel


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """``text`` in the window's language; with a count ``n``, in its plural form (``%n``)."""
    return QCoreApplication.translate("explore", text, disambiguation or None, n)


def figure_label(name: str) -> str:
    return tr(FIGURE_LABELS.get(name, name))


def _fmt(v: float | None) -> str:
    if v is None or not math.isfinite(v):
        return "—"
    return f"{v:,.2f}" if abs(v) < 100 else f"{v:,.0f}"


def auto_ranged_zoom(plot: pg.PlotWidget) -> Zoom:
    """The wheel and drags over a plot that fits its data (pyqtgraph's auto-range) kept
    within its data (the sensitivity chart and the map zoomed out to nothing as well);
    double-click, Home or "Reset zoom" fit it again."""
    view = plot.getViewBox()
    return Zoom(
        plot,
        lambda: auto_range_bounds(view),  # (fully zoomed out: the fitted view)
        lambda: view.enableAutoRange(),
        lambda: not shows_auto_range(view),
    )


def axes_font(widget: QWidget) -> QFont:
    """The font of a plot's axes, their titles and its labels: the explorer's own, as the
    dashboard's plots do (pyqtgraph's titles kept their first, small size: in projector
    mode "0-100km/h加速 (秒)" was written at half the size of the numbers above it)."""
    return QFont(widget.font())


class Caption(QLabel):
    """A plain caption wrapped to its width that keeps the height of its lines: the layouts
    around the explorer's plots (a splitter, a scroll area, the tabs) do not ask a label
    its height for its width, and squeezed, a plot was drawn over the caption's second
    line (the map at 1280x720 in projector mode in Japanese: "排気量 (cc)" over
    "色の濃さは…")."""

    def _fit(self) -> None:
        if self.width() <= 0:
            return
        # Asked with its least height taken off: a label's height for a width is never less
        # than its least height, and a caption that once needed three lines (projector
        # mode's larger text, a narrower explorer) kept them, blank, ever after.
        kept = self.minimumHeight()
        self.setMinimumHeight(0)
        want = self.heightForWidth(self.width())
        self.setMinimumHeight(want if want > 0 else kept)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()


def _say_at(plot: pg.PlotWidget, x: float, y: float, text: str) -> None:
    """``text`` shown as a tip beside the point (``x``, ``y``) of ``plot``: a point stepped
    to with the keys is read where it is, even when the caption under the plot is out of
    the explorer's view (it scrolls in projector mode)."""
    view = plot.getViewBox()
    at = plot.mapFromScene(view.mapViewToScene(QPointF(x, y)))
    QToolTip.showText(plot.mapToGlobal(at), text, plot)


def _plot_over_text(owner: QWidget, plot: pg.PlotWidget, text: str = "") -> QLabel:
    """``owner`` laid out as ``plot`` over a plain, wrapping ``text``; returns its label."""
    label = Caption()
    label.setTextFormat(pg.QtCore.Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(plot, 1)
    layout.addWidget(label)
    return label


class RoomyPlot(QWidget):
    """A plot (``self.plot``) over its caption that keeps the room its axes need: shown, its
    plot is at least :meth:`view_px` high in its view, plus what the plot has besides its
    view (the bottom axis with its title, margins); the explorer around it scrolls, and the
    window's dashboard keeps its room. Hidden (another tab), it asks for nothing, so the
    explorer's other tabs do not scroll for it."""

    plot: pg.PlotWidget

    def watch_room(self) -> None:
        """Called once ``self.plot`` is made."""
        # The plot's height besides its view, learnt each time its view is laid out (not
        # on the plot's own resize: its view is laid out after it, and a height measured
        # then grew the least height without end).
        self.besides = 0
        self._fitting = False
        self.plot.getViewBox().sigResized.connect(self._view_resized)
        # Its least height set once the plot's resize is over, never inside it: set from
        # within, the plot grew at once and its own, outer resize then laid its contents
        # out at the old size (the Pareto plot drawn 42 px high in a plot of 204, its
        # titles over the caption below: "排気量 (cc)" at 1280x720 in projector mode).
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_height)

    def show_values(self, on: bool) -> None:
        """The axes' numbers only once something is drawn: before its first run an empty
        chart wrote 0 to 1 along both axes (the map's colour scale too), numbers of
        nothing, on a teacher's projector beside "Draw the map…"."""
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setStyle(showValues=on)

    def view_px(self) -> int:
        """The least height of the plot's view: its up axis's title whole (written upwards
        along the view: "kerb weight, pinned (kg)" was cut to "pinned (kg)" in projector
        mode with the Classroom and Comparison open) and room for numbers on it (the Pareto
        plot's up axis had none)."""
        axis = self.plot.getAxis("left")
        font = axis.style.get("tickFont") or self.plot.font()
        numbers = 4 * QFontMetrics(font).height()
        title = math.ceil(axis.label.boundingRect().width()) if axis.label.isVisible() else 0
        return max(numbers, title)

    def least_height(self) -> int:
        view = self.view_px()
        return view + self.besides if view > 0 else 0

    def _view_resized(self) -> None:
        self.besides = max(self.plot.height() - math.floor(self.plot.getViewBox().height()), 0)
        self._fit_timer.start()

    def fit_height(self) -> None:
        want = self.least_height() if self.isVisible() else 0
        if self.plot.minimumHeight() != want and not self._fitting:
            self._fitting = True  # (the plot grows at once: its view is laid out again)
            try:
                self.plot.setMinimumHeight(want)
            finally:
                self._fitting = False
            # The layouts around it learn its new least height now: hidden (its tab left),
            # Qt asked them nothing, and the explorer went on scrolling in every tab for a
            # chart out of sight.
            widget: QWidget | None = self
            while widget is not None and not widget.isWindow():
                widget.updateGeometry()
                widget = widget.parentWidget()

    def _restyle(self) -> None:
        """The plot drawn in the present palette and font (each plot its own)."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # (projector mode: the axes' text and the names larger, the room they need too)
            self._restyle()
            self.fit_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.fit_height()


class ParetoPlot(RoomyPlot):
    """Two figures of every judged build. ``outcome_clicked(Outcome)`` on a legal dot."""

    outcome_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget()
        self.plot.setAccessibleName(tr("Pareto plot"))
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.legal = pg.ScatterPlotItem(size=7, hoverable=True)
        self.illegal = pg.ScatterPlotItem(size=7, symbol="x", hoverable=True)
        self.front_line = pg.PlotDataItem([], [])
        self.base_marker = pg.ScatterPlotItem(size=16, symbol="star")
        for item in (self.illegal, self.legal, self.front_line, self.base_marker):
            self.plot.addItem(item)
        self.front_line.setZValue(5)
        self.base_marker.setZValue(6)
        self.legal.sigClicked.connect(self._clicked)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        # The wheel zooms in, and out no further than every dot (it went to -10,000 kg and
        # -400 s, the dots a speck); double-click, Home or "Reset zoom" frame them again.
        self._framed: tuple[list[tuple[float | None, float | None]], Outcome | None] = ([], None)
        self._home_range: list[list[float]] | None = None  # as framed; None: auto-range
        self._framed_px = (0, 0)  # the view's size when framed
        self.zoom = Zoom(self.plot, self._zoom_bounds, self._show_frame, self._zoomed)
        self.readout = _plot_over_text(
            self, self.plot, tr("Point at a dot to read it; click a legal one to open it.")
        )
        self.watch_room()
        self.show_values(False)  # (until drawn)
        self.x_name = "zero_to_100kmh_s"
        self.y_name = "kerb_weight_kg"
        self.outcomes: list[Outcome] = []
        self._legal: list[Outcome] = []
        self._illegal: list[Outcome] = []
        self.front: list[Outcome] = []
        self.front_points = 0  # the front's points as shown (alike builds are one)
        self._here: Counter[tuple[tuple[str, str], bool]] = Counter()
        # The keys' way to what the mouse does: with the plot focused, Left and Right step
        # along the front's points (ringed, read out), Enter opens the one ringed.
        self.walk: list[Outcome] = []  # the front's points, left to right
        self.walked: int | None = None  # the one ringed
        self.ring = pg.ScatterPlotItem(size=RING_PX, symbol="o")
        self.ring.setZValue(7)
        self.plot.addItem(self.ring)
        self.plot.setFocusPolicy(pg.QtCore.Qt.FocusPolicy.StrongFocus)
        self.plot.installEventFilter(self)
        theme.watch_palette(self, self._restyle)
        self._restyle()

    WALK_KEYS: ClassVar[dict[int, int]] = {
        pg.QtCore.Qt.Key.Key_Left: -1,
        pg.QtCore.Qt.Key.Key_Right: 1,
    }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.plot:
            return False
        kind = event.type()
        if kind == QEvent.Type.FocusIn and self.walk:
            self.readout.setText(
                tr("Left and Right step along the front's points; Enter opens the one ringed.")
            )
        elif kind == QEvent.Type.FocusOut:
            self._unring()
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.modifiers() & ~pg.QtCore.Qt.KeyboardModifier.KeypadModifier:
                return False
            key = event.key()
            if key in self.WALK_KEYS and self.walk:
                step = self.WALK_KEYS[key]
                at = self.walked
                at = (0 if step > 0 else len(self.walk) - 1) if at is None else at + step
                self._ring(min(max(at, 0), len(self.walk) - 1))
                return True
            enter = (pg.QtCore.Qt.Key.Key_Return, pg.QtCore.Qt.Key.Key_Enter)
            if key in enter and self.walked is not None:
                self.outcome_clicked.emit(self.walk[self.walked])
                return True
        return False

    def _ring(self, i: int) -> None:
        self.walked = i
        o = self.walk[i]
        x, y = o.figure(self.x_name), o.figure(self.y_name)
        self.ring.setData([x], [y])
        text = self._ringed_text()
        self.readout.setText(text)
        _say_at(self.plot, x or 0.0, y or 0.0, text)

    def _ringed_text(self) -> str:
        """The ringed point read out, and what Enter does there: nothing more once it is the
        open build (the star on it)."""
        assert self.walked is not None
        o = self.walk[self.walked]
        base = self._framed[1]
        here = base is not None and all(
            a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9)
            for a, b in (
                (o.figure(self.x_name), base.figure(self.x_name)),
                (o.figure(self.y_name), base.figure(self.y_name)),
            )
        )
        return self.describe(o) + (
            tr(" (your build now: the star)") if here else tr(" (Enter to open it)")
        )

    def _unring(self) -> None:
        if self.walked is not None:
            self.walked = None
            self.ring.setData([], [])
            self.readout.setText(self._summary())

    def _restyle(self) -> None:
        c = theme.colours(self.palette())
        style_axes(self.plot, c, axes_font(self))
        self.legal.setBrush(pg.mkBrush(c.speed))
        self.legal.setPen(pg.mkPen(None))
        self.illegal.setPen(pg.mkPen(None))
        self.illegal.setBrush(pg.mkBrush(c.muted))
        self.front_line.setPen(pg.mkPen(c.worse, width=3))
        self.front_line.setSymbolBrush(pg.mkBrush(c.worse))
        self.front_line.setSymbolPen(pg.mkPen(c.base, width=1))
        self.base_marker.setBrush(pg.mkBrush(c.warn))
        self.base_marker.setPen(pg.mkPen(c.text, width=1))
        self.ring.setBrush(pg.mkBrush(None))
        self.ring.setPen(pg.mkPen(c.text, width=3))

    def set_data(
        self,
        outcomes: Sequence[Outcome],
        x_name: str,
        y_name: str,
        base: Outcome | None = None,
    ) -> None:
        self.show_values(True)
        self.outcomes = list(outcomes)
        self.x_name, self.y_name = x_name, y_name
        self.plot.setLabel("bottom", figure_label(x_name))
        self.plot.setLabel("left", figure_label(y_name))

        def xy(o: Outcome) -> tuple[float | None, float | None]:
            return o.figure(x_name), o.figure(y_name)

        plotted = [o for o in self.outcomes if None not in xy(o)]
        self._legal = [o for o in plotted if o.legal]
        self._illegal = [o for o in plotted if not o.legal]
        self.legal.setData(
            [xy(o)[0] for o in self._legal], [xy(o)[1] for o in self._legal], data=self._legal
        )
        self.illegal.setData(
            [xy(o)[0] for o in self._illegal],
            [xy(o)[1] for o in self._illegal],
            data=self._illegal,
        )
        pts = [xy(o) for o in self._legal]
        idx = pareto.front(pts, [HIGHER_BETTER[x_name], HIGHER_BETTER[y_name]])
        self.front = [self._legal[i] for i in idx]
        # Builds that do alike (a CVT's gear count, a power cap above what the engine
        # makes) are one point as the figures are shown: counted, not drawn twice.
        self._here = Counter((self._shown(o), o.legal) for o in plotted)
        points = list(dict.fromkeys(self._shown(o) for o in self.front))
        self.front_points = len(points)
        on_front = {self._shown(o): o for o in self.front}
        fx = [xy(on_front[k])[0] for k in points]
        fy = [xy(on_front[k])[1] for k in points]
        self.front_line.setData(fx, fy, symbol="o", symbolSize=9)
        self.walk = sorted((on_front[k] for k in points), key=lambda o: xy(o)[0] or 0.0)
        self.walked = None
        self.ring.setData([], [])
        self._frame([xy(o) for o in plotted], base)
        self.set_base(base)
        n_front, n_points = len(self.front), self.front_points
        self._summary = lambda: tr(
            "{legal}, {illegal}; {front} on the front (line). The star is your build."
        ).format(
            legal=tr("%n legal build(s) (dots)", "", len(self._legal)),
            illegal=tr("%n that break(s) a rule (grey crosses)", "", len(self._illegal)),
            front=n_points,
        ) + (
            " "
            + tr("The front's %n point(s) stand for {builds}: builds that do alike are one point.",
                 "", n_points).format(builds=tr("%n build(s)", "", n_front))
            if n_front > n_points
            else ""
        )  # fmt: skip
        self.readout.setText(self._summary())
        self.fit_height()  # (its up axis's title: another figure)

    def set_base(self, base: Outcome | None) -> None:
        """The star at ``base``, the open build as it is now (Home frames it too): it stayed
        where the build was when the plot was drawn, and after a dot was opened the star
        ("your build") stood on the car no longer open."""
        self._framed = (self._framed[0], base)
        x = None if base is None else base.figure(self.x_name)
        y = None if base is None else base.figure(self.y_name)
        if x is not None and y is not None:
            self.base_marker.setData([x], [y])
        else:
            self.base_marker.setData([], [])
        if self.walked is not None:  # (opened with Enter: it no longer says Enter opens it)
            text = self._ringed_text()
            self.readout.setText(text)
            if QToolTip.isVisible():  # (and beside the point, where it was read)
                o = self.walk[self.walked]
                x, y = o.figure(self.x_name), o.figure(self.y_name)
                _say_at(self.plot, x or 0.0, y or 0.0, text)

    def _frame(self, pts: list[tuple[float | None, float | None]], base: Outcome | None) -> None:
        """Show where the builds are: the front and nine in ten of the dots (a few very
        slow cars would otherwise squeeze the rest into a corner); pan or zoom for more."""
        self._framed = (pts, base)
        self._home_range = None
        xs = np.array([p[0] for p in pts], dtype=float)
        ys = np.array([p[1] for p in pts], dtype=float)
        if len(xs) < 10:
            self.plot.enableAutoRange()
            return
        keep_x = [float(np.nanmin(xs)), float(np.nanquantile(xs, 0.9))]
        keep_y = [float(np.nanmin(ys)), float(np.nanquantile(ys, 0.9))]
        for o in [*self.front, *([base] if base is not None else [])]:
            x, y = o.figure(self.x_name), o.figure(self.y_name)
            if x is not None and y is not None:
                keep_x = [min(keep_x[0], x), max(keep_x[1], x)]
                keep_y = [min(keep_y[0], y), max(keep_y[1], y)]
        view = self.plot.getViewBox()
        self._framed_px = (round(view.width()), round(view.height()))
        keep_x, keep_y = self._take_in_cut_dots(xs, ys, keep_x, keep_y)
        self.plot.setXRange(*keep_x, padding=self._padding(view.width()))
        self.plot.setYRange(*keep_y, padding=self._padding(view.height()))
        self._home_range = [list(r) for r in view.viewRange()]
        # The ranges just set told the zoom the plot was moved off its frame (its frame was
        # not known yet): "Reset zoom" stood over the dots of every new search, nothing
        # zoomed. Asked again, now the frame is this.
        self.zoom.update_button()

    def _take_in_cut_dots(
        self, xs: np.ndarray, ys: np.ndarray, keep_x: list[float], keep_y: list[float]
    ) -> tuple[list[float], list[float]]:
        """The frame widened to every dot the view's edge would cut. The frame ends at nine
        in ten of the dots, and the dots just beyond it, within the room kept at the edge,
        were drawn half under the top and right axes (seen at 1280x720 and 1920x1080: the
        heaviest and slowest builds' crosses cut in half). A dot is now either whole in the
        view or out of it; taking one in moves the edge, so this goes on until none is cut."""
        view = self.plot.getViewBox()
        sizes = (view.width(), view.height())
        keep = [list(keep_x), list(keep_y)]
        dots = np.column_stack([xs, ys])
        dots = dots[~np.isnan(dots).any(axis=1)]
        for _ in range(len(dots) + 1):
            # each axis's shown range, and a dot's half width in its units
            lo, hi, half = [], [], []
            for (a, b), px in zip(keep, sizes, strict=True):
                if b <= a or px <= 2 * DOT_PX:
                    return keep[0], keep[1]  # (no span, or no view yet: as pyqtgraph frames)
                pad = self._padding(px) * (b - a)
                lo.append(a - pad)
                hi.append(b + pad)
                half.append(DOT_PX * (b - a + 2 * pad) / px)
            lo_, hi_, half_ = np.array(lo), np.array(hi), np.array(half)
            seen = np.all((dots + half_ > lo_) & (dots - half_ < hi_), axis=1)
            whole = np.all((dots - half_ >= lo_) & (dots + half_ <= hi_), axis=1)
            cut = dots[seen & ~whole]
            if not len(cut):
                break
            for axis in (0, 1):
                keep[axis] = [
                    min(keep[axis][0], float(cut[:, axis].min())),
                    max(keep[axis][1], float(cut[:, axis].max())),
                ]
        return keep[0], keep[1]

    # The room kept about the frame's points, in pixels: the ring of a point stepped to
    # with the keys whole, its pen too (the star and the front's dots are smaller).
    EDGE_PX: ClassVar[int] = RING_PX // 2 + 3

    @classmethod
    def _padding(cls, px: float) -> float:
        """The share of the framed span added each side (pyqtgraph's ``padding``) that
        keeps :data:`EDGE_PX` clear on a view ``px`` long, and a twentieth at least. A
        twentieth alone was 7 px on a projector's short plot: the front's best point, its
        ring and the star of the open build lay half under the axes (1280x720, F5)."""
        if px <= 4 * cls.EDGE_PX:
            return 0.05
        return max(0.05, cls.EDGE_PX / (px - 2 * cls.EDGE_PX))

    def _view_resized(self) -> None:
        super()._view_resized()
        # framed at another size and not moved off its frame since: framed again, so the
        # edge's room stays (projector mode, a taller window)
        view = self.plot.getViewBox()
        size = (round(view.width()), round(view.height()))
        if self._home_range is not None and size != self._framed_px and not self._zoomed():
            self._frame(*self._framed)

    def _zoom_bounds(self) -> Bounds:
        """Every dot, and the frame (its room at the edges may be wider than theirs)."""
        x, y = data_bounds(self.plot.getViewBox(), 0.05)
        if self._home_range is None or x is None or y is None:
            return x, y
        (x0, x1), (y0, y1) = self._home_range
        return (min(x[0], x0), max(x[1], x1)), (min(y[0], y0), max(y[1], y1))

    def _show_frame(self) -> None:
        self._frame(*self._framed)

    def _zoomed(self) -> bool:
        """Whether the mouse (or the keys) moved the plot off its frame."""
        view = self.plot.getViewBox()
        if self._home_range is None:
            return not all(view.autoRangeEnabled())
        return any(
            abs(a - b) > 1e-9 * max(abs(h[1] - h[0]), 1e-12)
            for shown, h in zip(view.viewRange(), self._home_range, strict=True)
            for a, b in zip(shown, h, strict=True)
        )

    def describe(self, o: Outcome) -> str:
        verdict = (
            tr("legal") if o.legal else tr("breaks: {rules}").format(rules=failed_text(o.failed))
        )
        here = self._here.get((self._shown(o), o.legal), 1)
        alike = " " + tr("(%n build(s) alike here)", "", here) if here > 1 else ""
        return (
            # (as the dashboard's cards write them: "13.2", not "13.21")
            f"{figure_label(self.x_name)} {fmt.figure(o.figure(self.x_name), self.x_name, False)}, "
            f"{figure_label(self.y_name)} {fmt.figure(o.figure(self.y_name), self.y_name, False)}"
            f" — {verdict}{alike}"
        )

    def _shown(self, o: Outcome) -> tuple[str, str]:
        """Where ``o`` is, as the plot's read-out shows it."""
        return _fmt(o.figure(self.x_name)), _fmt(o.figure(self.y_name))

    def nearest(self, scene_pos: QPointF, max_px: float = 12.0) -> Outcome | None:
        vb = self.plot.getViewBox()
        best: tuple[float, Outcome] | None = None
        for item, outs in ((self.legal, self._legal), (self.illegal, self._illegal)):
            if not outs:
                continue
            xs, ys = item.getData()
            for xv, yv, o in zip(xs, ys, outs, strict=True):
                p = vb.mapViewToScene(QPointF(float(xv), float(yv)))
                d = math.hypot(p.x() - scene_pos.x(), p.y() - scene_pos.y())
                if d <= max_px and (best is None or d < best[0]):
                    best = (d, o)
        return None if best is None else best[1]

    def _hover(self, pos: QPointF) -> None:
        o = self.nearest(pos)
        if o is not None:
            self.readout.setText(self.describe(o) + (tr(" (click to open it)") if o.legal else ""))

    def _clicked(self, _item: Any, points: Any, *_: Any) -> None:
        if len(points):
            o = points[0].data()
            if isinstance(o, Outcome) and o.legal:
                self.outcome_clicked.emit(o)


class TornadoPlot(RoomyPlot):
    """Bars of how far each field alone moves the objective (widest on top)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget()
        self.plot.setAccessibleName(tr("Sensitivity chart"))
        self.plot.showGrid(x=True, alpha=0.25)
        self.bars_item: pg.BarGraphItem | None = None
        self.base_line = pg.InfiniteLine(angle=90, movable=False)
        self.base_line.hide()  # (shown at the open build's value once a chart is drawn)
        self.plot.addItem(self.base_line)
        self.zoom = auto_ranged_zoom(self.plot)
        self.caption = _plot_over_text(
            self,
            self.plot,
            tr("Sweep each checked field alone to see how far each one moves the objective."),
        )
        self.bars: tuple[Bar, ...] = ()
        # The keys' way to every bar (the caption names the widest only): with the chart
        # focused, Up and Down step through the bars, each outlined and read out.
        self.walked: int | None = None
        self._said = self.caption.text()  # the caption as the chart was drawn
        self._bar_text: Callable[[Bar], str] = lambda b: b.path
        self.outline = pg.BarGraphItem(x0=[], x1=[], y=[], height=0.6)
        self.outline.setZValue(3)
        self.plot.addItem(self.outline)
        self.plot.setFocusPolicy(pg.QtCore.Qt.FocusPolicy.StrongFocus)
        self.plot.installEventFilter(self)
        self.watch_room()
        self.show_values(False)  # (until drawn)
        theme.watch_palette(self, self._restyle)
        self._restyle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.plot:
            return False
        kind = event.type()
        if kind == QEvent.Type.FocusIn and self.bars:
            self.caption.setText(tr("Up and Down step through the fields' bars."))
        elif kind == QEvent.Type.FocusOut:
            self._unmark()
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self.bars:
            if event.modifiers() & ~pg.QtCore.Qt.KeyboardModifier.KeypadModifier:
                return False
            step = {pg.QtCore.Qt.Key.Key_Up: -1, pg.QtCore.Qt.Key.Key_Down: 1}.get(event.key())
            if step is None:
                return False
            at = self.walked
            at = (0 if step > 0 else len(self.bars) - 1) if at is None else at + step
            self._mark(min(max(at, 0), len(self.bars) - 1))
            return True
        return False

    def _mark(self, i: int) -> None:
        """Bar ``i`` (0: the widest, on top) outlined and read out."""
        self.walked = i
        b = self.bars[i]
        y = float(len(self.bars) - 1 - i)
        lo, hi = sorted((b.best_value, b.worst_value))
        self.outline.setOpts(x0=[lo], x1=[hi], y=[y], height=0.6)
        text = self._bar_text(b)
        self.caption.setText(text)
        _say_at(self.plot, hi, y, text)

    def _unmark(self) -> None:
        if self.walked is not None:
            self.walked = None
            self.outline.setOpts(x0=[], x1=[], y=[], height=0.6)
            self.caption.setText(self._said)

    # A row of the chart is at least its name's line high, and this much more between
    # names, so no two names touch.
    ROW_GAP_PX = 2

    def view_px(self) -> int:
        """The view's least height for the chart's names, one a row, each whole and apart at
        the present text size (in projector mode at 1920x1050 twelve fields' names were
        drawn on top of each other in a chart of 145 px: "排気量", "出力自主規制",
        "レッドゾーン"): a line (and a gap) a row, with the room pyqtgraph's fitted view
        leaves above and below the bars at that height (:meth:`padding`). Taken as a
        tenth either side, its most, the chart asked some 25 px more than its names need
        in projector mode: in Japanese at 1920x1050 with the Classroom and Comparison open,
        it and its caption were 3 px taller than the explorer's view, the caption's last
        line never whole on screen."""
        n = len(self.bars)
        if n == 0:
            return 0
        axis = self.plot.getAxis("left")
        font = axis.style.get("tickFont") or self.plot.font()
        row = QFontMetrics(font).height() + self.ROW_GAP_PX
        names = row * (n - 1 + 0.6)  # the bars' centres 0 .. n-1, each 0.6 high

        def enough(px: int) -> bool:
            return px >= names * (1 + 2 * self.padding(px))

        # The least height that is enough (more height, less padding: once enough, ever)
        lo, hi = math.floor(names), math.ceil(names * (1 + 2 * self.padding(1)))  # (its most)
        while lo < hi:
            mid = (lo + hi) // 2
            if enough(mid):
                hi = mid
            else:
                lo = mid + 1
        return hi

    def padding(self, px: float) -> float:
        """The share of its span pyqtgraph's fitted view leaves either side of the bars in a
        view ``px`` high (ViewBox.suggestPadding: more in a small view, at most a tenth)."""
        view = self.plot.getViewBox()
        least = float(view.state["defaultPadding"])
        if least == 0.0:
            return 0.0
        most = max(0.1, least)
        return min(max(50 * least / math.sqrt(px), least), most) if px > 0 else least

    def rows_height(self) -> int:
        """The chart's least height for its names (:meth:`view_px` and the rest)."""
        return self.least_height()

    def _restyle(self) -> None:
        c = theme.colours(self.palette())
        style_axes(self.plot, c, axes_font(self))
        self.base_line.setPen(pg.mkPen(c.warn, width=2))
        self.outline.setOpts(brush=pg.mkBrush(None), pen=pg.mkPen(c.text, width=3))
        if self.bars_item is not None:
            self.bars_item.setOpts(brush=pg.mkBrush(c.speed), pen=pg.mkPen(c.text))

    def set_bars(
        self,
        bars: Sequence[Bar],
        labels: dict[str, str],
        objective: str,
        base: float | None,
        value_text: Callable[[float | None], str] = _fmt,
        setting_text: Callable[[Any], str] = str,
    ) -> None:
        """``value_text`` writes the objective's values, with their unit; ``setting_text``
        a field's setting, a choice in words ("ターボ", not "turbo")."""
        self.show_values(True)
        self.bars = tuple(bars)
        if self.bars_item is not None:
            self.plot.removeItem(self.bars_item)
            self.bars_item = None
        n = len(self.bars)
        if n:
            y = np.arange(n)[::-1].astype(float)  # widest on top
            x0 = [min(b.best_value, b.worst_value) for b in self.bars]
            x1 = [max(b.best_value, b.worst_value) for b in self.bars]
            self.bars_item = pg.BarGraphItem(x0=x0, x1=x1, y=y, height=0.6)
            self.plot.addItem(self.bars_item)
            ticks = [
                (float(yi), labels.get(b.path, b.path)) for yi, b in zip(y, self.bars, strict=True)
            ]
            self.plot.getAxis("left").setTicks([ticks])
        self.plot.setLabel("bottom", objective)
        if base is not None and math.isfinite(base):
            self.base_line.setPos(base)
            self.base_line.show()
        else:
            self.base_line.hide()
        self._restyle()

        def words(b: Bar) -> dict[str, str]:
            """A bar's field, its best and worst value and where, as the texts say them."""
            return {
                "field": labels.get(b.path, b.path),
                "best": value_text(b.best_value),
                "best_setting": setting_text(b.best_setting),
                "worst": value_text(b.worst_value),
                "worst_setting": setting_text(b.worst_setting),
            }

        if self.bars:
            self.caption.setText(
                tr(
                    "Each field swept alone over its range, the rest as in your build (the "
                    "line). {field} matters most: {best} at {best_setting}, {worst} at "
                    "{worst_setting}."
                ).format(**words(self.bars[0]))
            )
        else:
            self.caption.setText(tr("No field could be swept within the rules."))
        self._said = self.caption.text()
        self.walked = None
        self.outline.setOpts(x0=[], x1=[], y=[], height=0.6)
        self._bar_text = lambda b: tr(
            "{field}: {best} at {best_setting}, {worst} at {worst_setting}."
        ).format(**words(b))
        self.fit_height()


class MapPlot(RoomyPlot):
    """A grid over two fields, shaded by the objective, with the legal limits drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget()
        self.plot.setAccessibleName(tr("Two-field map"))
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False)
        self.colour_bar.setImageItem(self.image, insert_in=self.plot.getPlotItem())
        self.limit_lines: list[pg.InfiniteLine] = []
        self.zoom = auto_ranged_zoom(self.plot)
        self.caption = _plot_over_text(
            self, self.plot, tr("Draw the map: two fields, shaded by the objective.")
        )
        self.watch_room()
        self.show_values(False)  # (until drawn)
        self.values: np.ndarray | None = None
        theme.watch_palette(self, self._restyle)
        self._restyle()

    def show_values(self, on: bool) -> None:
        super().show_values(on)
        self.colour_bar.axis.setStyle(showValues=on)

    def _restyle(self) -> None:
        font = axes_font(self)
        style_axes(self.plot, theme.colours(self.palette()), font)
        self.colour_bar.axis.setTickFont(font)
        for line in self.limit_lines:
            line.label.setFont(font)

    def set_grid(
        self,
        xs: Sequence[float],
        ys: Sequence[float],
        values: np.ndarray,
        x_label: str,
        y_label: str,
        objective: str,
        x_limit: float | None,
        y_limit: float | None,
    ) -> None:
        """``values[i, j]`` at ``xs[i]``, ``ys[j]``; NaN where the build breaks a rule."""
        self.show_values(True)
        self.values = values
        finite = values[np.isfinite(values)]
        self.image.setImage(values, autoLevels=False)
        if len(finite):
            lo, hi = float(finite.min()), float(finite.max())
            self.colour_bar.setLevels((lo, hi if hi > lo else lo + 1e-6))
        dx = (xs[-1] - xs[0]) / max(len(xs) - 1, 1) if len(xs) > 1 else 1.0
        dy = (ys[-1] - ys[0]) / max(len(ys) - 1, 1) if len(ys) > 1 else 1.0
        from PySide6.QtCore import QRectF

        self.image.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, dx * len(xs), dy * len(ys)))
        for line in self.limit_lines:
            self.plot.removeItem(line)
        self.limit_lines = []
        c = theme.colours(self.palette())
        pen = pg.mkPen(c.worse, width=2, style=pg.QtCore.Qt.PenStyle.DashLine)
        for pos, angle in ((x_limit, 90), (y_limit, 0)):
            if pos is not None:
                line = pg.InfiniteLine(
                    pos=pos,
                    angle=angle,
                    movable=False,
                    pen=pen,
                    label=tr("limit"),
                    labelOpts={"position": 0.9},
                )
                line.label.setFont(axes_font(self))
                self.plot.addItem(line)
                self.limit_lines.append(line)
        self.plot.setLabel("bottom", x_label)
        self.plot.setLabel("left", y_label)
        self.caption.setText(
            tr(
                "Shaded by {objective}; blank cells break a rule; dashed lines are the legal "
                "limits."
            ).format(objective=objective)
        )
        self.fit_height()  # (its up axis's title: another field)
