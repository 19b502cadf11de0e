"""The teaching plot of gearing: tractive force at the wheels against road speed.

One curve per gear (a CVT: its lowest and highest ratio and the constant-power line
between them; an electric car: its single reduction, flat then falling, to the
limiter), the road load (rolling resistance + drag) and the tyres' grip. Where the
top gear meets the road load is the top speed; the gaps between the curves are the
shifts. The data comes from :func:`keiconfig.core.gearing.traction_plot`; the items
are made once and updated in place, as in the other plots (:mod:`keiconfig.ui.plot_kit`:
a curve whose data did not change is not touched, the axes only grow during a drag).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from keiconfig.core import gearing
from keiconfig.core.compare import free_speed_decimals
from keiconfig.core.performance import load_constants
from keiconfig.core.results import Performance
from keiconfig.ui import format as fmt
from keiconfig.ui import theme
from keiconfig.ui.document import Document
from keiconfig.ui.i18n import KeepsTranslations
from keiconfig.ui.plot_kit import (
    AxisTop,
    DragWatch,
    Line,
    PlotLabel,
    curve,
    paint_with_window,
    set_curve,
    style_axes,
    wants_build,
)
from keiconfig.ui.refresh import follow
from keiconfig.ui.view_state import ViewState
from keiconfig.ui.wrapped_height import wrapped_height

_MAX_CURVES = 12
# The grip line is in view while it is at most this many times the greatest pull: an
# electric car's motor pulls about half what its tyres could (a torque-limited launch,
# the lesson of its plot); further off, the gears' curves would be squeezed flat.
GRIP_SHOWN_UP_TO = 2.0
# The "without the limiter" label stands this many pixels above the highest line
# (a gear's curve or the road load) under it.
FREE_LABEL_GAP_PX = 6.0
LABEL_VEIL = 215  # opacity (of 255) of the background under the top speed's words


def top_stretches(lines: list[tuple[np.ndarray, np.ndarray]]) -> list[np.ndarray]:
    """For each curve, at each of its points, whether it is the top curve there (pulls
    hardest of all: the gear to be in at that speed); a tie goes to the lower gear (two
    gears held at the tyres' grip). ``lines``: (speeds, forces) of each curve, lowest
    gear first. A label stands there, with no other curve through it or over it."""
    stretches = []
    for i, (speeds, forces) in enumerate(lines):
        if len(speeds) == 0:
            stretches.append(np.zeros(0, dtype=bool))
            continue
        eps = 1e-3 * max(float(np.max(forces)), 1e-9)
        below = np.full(len(speeds), -np.inf)
        above = np.full(len(speeds), -np.inf)
        for j, (s_j, f_j) in enumerate(lines):
            if j == i or len(s_j) == 0:
                continue
            other = np.interp(speeds, s_j, f_j, left=-np.inf, right=-np.inf)
            if j < i:
                below = np.maximum(below, other)
            else:
                above = np.maximum(above, other)
        stretches.append((forces > below + eps) & (forces >= above - eps))
    return stretches


def envelope_of(
    lines: list[tuple[np.ndarray, np.ndarray]], points: int = 600
) -> tuple[np.ndarray, np.ndarray]:
    """The top of ``lines`` (speeds, forces): the greatest force of any at each of
    ``points`` speeds over them all (none: empty)."""
    ends = [(float(s[0]), float(s[-1])) for s, _ in lines if len(s)]
    if not ends:
        return np.zeros(0), np.zeros(0)
    grid = np.linspace(min(a for a, _ in ends), max(b for _, b in ends), points)
    top = np.full(points, -np.inf)
    for speeds, forces in lines:
        if len(speeds):
            top = np.maximum(top, np.interp(grid, speeds, forces, left=-np.inf, right=-np.inf))
    return grid, top


def label_path(forces: np.ndarray, free: np.ndarray) -> np.ndarray:
    """The points (indices) a curve's label tries in turn, its foot at each: where the
    curve is the top one, left of the top speed's line (``free``), from its peak when the
    peak is there (gear 1's), else from where it takes over from the gear below; then
    the curve from its peak on. (On its own peak, a 9- or 10-speed's '2' and '4' stood on
    gear 1's line, which pulls harder there, and read as its; a gear that takes over
    only past the limiter stood beyond the top speed's line, by the dot's words.)"""
    peak = int(np.argmax(forces))
    after_peak = np.arange(peak, len(forces))
    spots = np.flatnonzero(free)
    if len(spots) == 0:
        return after_peak
    start = peak if free[peak] else int(spots[0])
    return np.concatenate((spots[spots >= start], after_peak))


class GearingPlot(KeepsTranslations, QWidget):
    """Tractive force against road speed for every gear, with the road load."""

    def __init__(
        self, document: Document, view: ViewState | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._doc = document
        self._view = view if view is not None else ViewState(self)
        self._view.keep_pen_scale(self.set_pen_scale)
        self._shown: Performance | None = None
        self.pen_scale = 1.0
        self._n_gears = 0
        # What the curves are: "gears" (numbered), a "cvt" (its lowest and highest ratio and
        # the line between them) or an electric car's "single" speed; the legend and the
        # What's This text say the same.
        self._kind = "gears"
        self.widget = pg.PlotWidget(parent=self, enableMenu=False)
        paint_with_window(self.widget)
        self.plot = self.widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        # No "A" (auto-range) button either: shown on every hover, its click threw the
        # fitted range away (gear 1's number and the limiter's words cut off, the axes
        # below zero) until the build changed.
        self.plot.hideButtons()
        self._title_axes()
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.enableAutoSIPrefix(False)
            # repaint from a cached pixmap unless the range or style changes
            axis.setCacheMode(axis.CacheMode.DeviceCoordinateCache)
        self.curves = [curve() for _ in range(_MAX_CURVES)]
        self.labels = [PlotLabel(anchor=(0.0, 1.0)) for _ in range(_MAX_CURVES)]
        for c, lab in zip(self.curves, self.labels, strict=True):
            self.plot.addItem(c)
            self.plot.addItem(lab, ignoreBounds=True)
            lab.hide()
        self.road = curve()
        self.plot.addItem(self.road)
        self.grip = Line(angle=0, movable=False)
        self.plot.addItem(self.grip, ignoreBounds=True)
        self.top = Line(angle=90, movable=False)
        self.plot.addItem(self.top, ignoreBounds=True)
        self.top_label = PlotLabel(anchor=(0.0, 0.0))
        self.plot.addItem(self.top_label, ignoreBounds=True)
        # Where the top gear meets the road load when a limiter holds the car below it
        # (the top speed line is then the limiter's): a dot on the road load, named.
        # Its label stands right of the dot (the limiter's line is left of it) and just
        # above the lines under it (the gears pull least there; the grip and the top
        # speed's label are higher up), on a dotted leader up from the dot, so it is
        # drawn over none of them. Where the plot is narrow it wraps and moves left to
        # stay inside: the speed axis follows the data, not the label's words.
        self.free = pg.ScatterPlotItem(size=9, symbol="o")
        self.plot.addItem(self.free, ignoreBounds=True)
        self.free_leader = curve()
        self.plot.addItem(self.free_leader, ignoreBounds=True)
        self.free_label = PlotLabel(anchor=(0.0, 1.0))
        self.plot.addItem(self.free_label, ignoreBounds=True)
        self._free_at: tuple[float, float] | None = None
        self._free_texts = ("", "")  # the dot's label: in full, and short
        # each curve's points (km/h, kN) and where it is the top curve: where its label
        # may stand (_place_top_label)
        self._spots: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = [
            (np.zeros(0), np.zeros(0), np.zeros(0, dtype=bool))
        ] * _MAX_CURVES
        # the top of all the curves: (speeds, greatest force at each)
        self._envelope: tuple[np.ndarray, np.ndarray] = (np.zeros(0), np.zeros(0))
        self._lines: list[tuple[np.ndarray, np.ndarray]] = []  # (km/h, kN) of each line
        self._x_end = 20.0  # the speed axis's end the data ask for
        for item in (self.free, self.free_leader, self.free_label):
            item.hide()
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget, 1)
        layout.addWidget(self.legend)
        # ranges: only growing while a drag goes on, fitted when it is over
        self.drag = DragWatch(self)
        self.x_axis = AxisTop(self.plot.vb, "x", 20.0)
        self.y_axis = AxisTop(self.plot.vb, "y", 1.0)
        self.drag.settled.connect(self._fit_ranges)
        # the view box is laid out after this widget's resize: the dot's label wraps and
        # stands at the view's width of the moment (it stood past the plot's right end)
        self.plot.vb.sigResized.connect(self._view_resized)
        self._apply_theme()
        self._apply_sizes()
        follow(document, self, self.refresh, wants_build(self.drag))
        self.refresh()

    def set_pen_scale(self, scale: float) -> None:
        self.pen_scale = scale
        self._apply_theme()

    def refresh(self) -> None:
        perf = self._doc.performance
        if perf is self._shown:
            return
        self._shown = perf
        data = gearing.traction_plot(self._doc.build, perf, load_constants().dynamics)
        kind = (
            "single"
            if perf.electric is not None
            else "cvt"
            if self._doc.build.drivetrain.transmission == "cvt"
            else "gears"
        )
        if kind != self._kind:
            self._kind = kind
            self._set_legend()
        if len(data.gears) != self._n_gears:
            self._n_gears = len(data.gears)
            self._colour_gears()
        top_f = 0.0
        lines = [(np.asarray(g.speed_kmh), np.asarray(g.force_n) / 1000.0) for g in data.gears]
        on_top = top_stretches(lines)
        self._envelope = envelope_of(lines)
        for i, (item, label) in enumerate(zip(self.curves, self.labels, strict=True)):
            if i < len(data.gears):
                g = data.gears[i]
                speeds, f_kn = lines[i]
                set_curve(item, speeds, f_kn)
                if not item.isVisible():
                    item.show()
                if label.toPlainText() != g.label:  # setText lays the item out again
                    label.setText(g.label)
                self._spots[i] = (speeds, f_kn, on_top[i])
                if not label.isVisible():
                    label.show()
                top_f = max(top_f, float(np.max(f_kn)))
            elif item.isVisible():  # a gear fewer than last time (an unused one stays as it is)
                set_curve(item, np.zeros(0), np.zeros(0))
                item.hide()
                label.hide()
        set_curve(self.road, np.asarray(data.road_speed_kmh), np.asarray(data.road_load_n) / 1000.0)
        grip_kn = data.grip_n / 1000.0
        if self.grip.value() != grip_kn:
            self.grip.setPos(grip_kn)
        if self.top.value() != data.top_speed_kmh:
            self.top.setPos(data.top_speed_kmh)
        # The top speed's number just right of its line, at the top (the first gears'
        # labels sit at the top left, where their pull is greatest).
        text = fmt.kmh(data.top_speed_kmh)  # as the top speed card has it
        free = data.unlimited_top_speed_kmh if data.top_set_by == "limiter" else None
        if free is not None:
            # A limiter holds the car: its line is the limiter's, and the top gear meets
            # the road load further on, where the card's "without the limiter" says.
            text = self.tr("%s limiter") % text
            decimals = free_speed_decimals(data.top_speed_kmh, free, 0)
            free_text = fmt.quantity(free, "km/h", decimals)
            road_kn = float(np.interp(free, data.road_speed_kmh, data.road_load_n)) / 1000.0
            self.free.setData([free], [road_kn])
            # the words in full, and short for a low plot (the legend's tooltip, the
            # spoken text and the top speed card say what the dot is)
            self._free_texts = (
                self.tr("about %s without the limiter") % free_text,
                self.tr("about %s") % free_text,
            )
            self.free_label.setText(self._free_texts[0])
            self._free_at = (free, road_kn)
            self._lines = [
                (np.asarray(g.speed_kmh), np.asarray(g.force_n) / 1000.0) for g in data.gears
            ]
            self._lines.append(
                (np.asarray(data.road_speed_kmh), np.asarray(data.road_load_n) / 1000.0)
            )
        else:
            self._free_at = None
        for item in (self.free, self.free_leader, self.free_label):
            item.setVisible(free is not None)
        if self.top_label.toPlainText() != text:
            self.top_label.setText(text)
        # Room above the hardest pull for the label standing on its peak: 10 %, or a
        # label's height where the plot is low (the Taft's 'lowest ratio' was cut).
        label_px = self.labels[0].textItem.boundingRect().height()
        view_px = self.plot.vb.height()
        room = view_px / (view_px - label_px) if view_px > 2.0 * label_px else 1.1
        self.y_axis.fit(
            max(top_f * max(room, 1.1), min(grip_kn, top_f * GRIP_SHOWN_UP_TO) * 1.1),
            self.drag.dragging,
        )
        # Room right of the top speed for its number.
        self._x_end = max(float(data.road_speed_kmh[-1]), data.top_speed_kmh * 1.25)
        self.x_axis.fit(self._x_end_with_labels(), self.drag.dragging)
        self._place_top_label()
        self._view.speak(self.widget, self._spoken(data))

    def _spoken(self, data: gearing.TractionPlot) -> str:
        """What the plot says to a screen reader: its curves and what sets the top speed
        (a CVT's or a single speed's curves are not gears: their fastest curve)."""
        n = len(data.gears)
        gears = self._kind == "gears"
        if data.top_set_by == "limiter" and data.unlimited_top_speed_kmh is not None:
            text = (
                self.tr(
                    "%n curve(s); top speed %s km/h at the limiter; without it the top gear "
                    "would meet the road load at %s km/h.",
                    "",
                    n,
                )
                if gears
                else self.tr(
                    "%n curve(s); top speed %s km/h at the limiter; without it the fastest "
                    "curve would meet the road load at %s km/h.",
                    "",
                    n,
                )
            )
            free = data.unlimited_top_speed_kmh
            # As the dot's label: one decimal where the two would read the same (140.4).
            free_decimals = free_speed_decimals(data.top_speed_kmh, free, 0)
            return text % (fmt.number(data.top_speed_kmh), fmt.number(free, free_decimals))
        if data.top_set_by == "revs":
            text = (
                self.tr(
                    "%n curve(s); top speed %s km/h, where the top gear's curve ends above the "
                    "road load (the engine's redline, or the motor's top speed or limit).",
                    "",
                    n,
                )
                if gears
                else self.tr(
                    "%n curve(s); top speed %s km/h, where the fastest curve ends above the "
                    "road load (the engine's redline, or the motor's top speed or limit).",
                    "",
                    n,
                )
            )
            return text % fmt.number(data.top_speed_kmh)
        text = (
            self.tr("%n curve(s); top speed %s km/h where the top gear meets the road load.", "", n)
            if gears
            else self.tr(
                "%n curve(s); top speed %s km/h where the fastest curve meets the road load.",
                "",
                n,
            )
        )
        return text % fmt.number(data.top_speed_kmh)

    def _x_end_with_labels(self) -> float:
        """The speed axis's end: the data's. (It once also made room right of the dot for
        its label's one line: at 1920x1080 with the Classroom open the Beat's axis ran to
        some 340 km/h for data ending near 200, half the plot empty; the label now wraps
        and moves left to stay inside, :meth:`_fit_free_label`.)"""
        return self._x_end

    def _fit_free_label(self, taken: list[QRectF]) -> tuple[float, float] | None:
        """The dot's label in the room the plot has: where its foot's left end stands
        (km/h, kN). The first of these that is inside the plot right of the limiter's
        line, over no line, the grip's line not through it, and clear of the top speed's
        and the curves' labels (``taken``): on one line right of the dot;
        wrapped to about half its line and moved left to end inside the plot; on one line
        moved left (each raised over a curve's label under it); then the same with the
        short words ("about 167 km/h"). None when none is (a plot some three lines high):
        the words would stand on others; the dot, the top speed card's note and the
        spoken text still say it. Its leader reaches it from the dot whichever it is."""
        assert self._free_at is not None
        v, f = self._free_at
        item = self.free_label
        w_px = max(self.plot.vb.width(), 1.0)
        h_px = max(self.plot.vb.height(), 1.0)
        x_per_px = self.x_axis.top / w_px
        y_per_px = self.y_axis.top / h_px
        top_rect = self._top_rect()

        def shape(wrap: bool) -> QSizeF:
            if item.textItem.textWidth() != -1.0:
                item.setTextWidth(-1.0)
            if wrap:
                one = item.textItem.boundingRect().width()
                item.setTextWidth(min(0.55 * one, w_px - 4.0))
                item.setTextWidth(min(item.textItem.document().idealWidth() + 1.0, w_px - 4.0))
            box = item.textItem.boundingRect()
            return QSizeF(box.width() * x_per_px, box.height() * y_per_px)

        def spot(size: QSizeF, where: str) -> tuple[float, float, bool]:
            room = self.x_axis.top - size.width() - 2.0 * x_per_px
            # at the dot, or moved left to end inside the plot (its leader still under it)
            left = v if where == "dot" else max(min(v, room), 0.0)
            foot = self._free_label_height(left, f, size.width())
            # above a curve's label it would stand on (a gear's '5' by the limiter)
            for _ in range(len(taken)):
                over = [
                    r
                    for r in taken
                    if QRectF(left, foot, size.width(), size.height()).intersects(r)
                ]
                if not over:
                    break
                foot = max(r.bottom() for r in over) + FREE_LABEL_GAP_PX * y_per_px
            rect = QRectF(left, foot, size.width(), size.height())
            grip = self.grip.value()
            fits = (
                left <= room + 1e-9
                # right of the limiter's line, and the grip's dotted line not through it
                and left > self.top.value() + x_per_px
                and not foot <= grip <= foot + size.height()
                and foot + size.height() <= self.y_axis.top
                and not any(rect.intersects(r) for r in (top_rect, *taken))
            )
            return left, foot, fits

        for text in self._free_texts:
            if item.toPlainText() != text:
                item.setText(text)
            for wrap, where in (
                (False, "dot"),
                (True, "end"),
                (False, "end"),
            ):
                left, foot, fits = spot(shape(wrap), where)
                if fits:
                    return left, foot
        return None

    def _top_rect(self) -> QRectF:
        """Where the top speed's label stands (data units): right of its line, or left of
        it (its anchor says which)."""
        box = self.top_label.textItem.boundingRect()
        x_per_px = self.x_axis.top / max(self.plot.vb.width(), 1.0)
        y_per_px = self.y_axis.top / max(self.plot.vb.height(), 1.0)
        width = box.width() * x_per_px
        left = self.top.value() - self.top_label.anchor.x() * width
        height = box.height() * y_per_px
        return QRectF(left, self.y_axis.top - height, width, height)

    def _place_top_label(self) -> None:
        """The labels whose places follow the axes: the top speed's at the top, each
        curve's where it is the top curve (:func:`label_path`) but never above the plot's
        top (the Taft's 'lowest ratio', on a peak less than a line below the top of a low
        plot, was cut in half), and the dot's."""
        pos = QPointF(self.top.value(), self.y_axis.top)
        if self.top_label.pos() != pos:
            self.top_label.setPos(pos)
        per_px = self.y_axis.top / max(self.plot.vb.height(), 1.0)
        x_per_px = self.x_axis.top / max(self.plot.vb.width(), 1.0)
        # Right of its line, or left of it where the words would run past the plot's right
        # edge ('リミッター 140 km/h' was cut at 'リミッター 140 kr' with the Comparison open).
        width = self.top_label.textItem.boundingRect().width() * x_per_px
        fits_right = self.top.value() + width <= self.x_axis.top
        anchor = pg.Point(0.0 if fits_right or self.top.value() < width else 1.0, 0.0)
        if self.top_label.anchor != anchor:
            self.top_label.setAnchor(anchor)
        # the labels placed so far (data units): the top speed's first, when it stands left
        # of its line, where the curves' labels may be
        taken: list[QRectF] = [] if anchor.x() == 0.0 else [self._top_rect()]
        right = -np.inf  # the right end of the label placed last: the next stands right of it
        grid, envelope = self._envelope
        for label, (speeds, forces, on_top) in zip(self.labels, self._spots, strict=True):
            if not label.isVisible() or len(speeds) == 0:
                continue
            box = label.textItem.boundingRect()
            line = box.height() * per_px  # its box, margins too
            size = QSizeF(box.width() * x_per_px, line)  # (anchored at its foot, left)
            path = label_path(forces, on_top & (speeds + size.width() <= self.top.value()))
            if self._kind == "gears":  # gear after gear, left to right (not a CVT's lines)
                in_order = path[speeds[path] >= right]
                path = in_order if len(in_order) else path

            pos = self._label_at(speeds[path[0]], forces[path[0]], size, grid, envelope)
            # A label over one placed before it moves on along its path, to the first point
            # where it is clear (a CVT's 'CVT near peak power' stood on 'lowest ratio', its
            # line starting where that one peaks: 'lowest CVT near...').
            if any(QRectF(pos, size).intersects(t) for t in taken):
                for k in path:
                    here = self._label_at(speeds[k], forces[k], size, grid, envelope)
                    if not any(QRectF(here, size).intersects(t) for t in taken):
                        pos = here
                        break
            right = pos.x() + size.width()
            taken.append(QRectF(pos, size))
            if label.pos() != pos:
                label.setPos(pos)
        if self._free_at is not None:
            v, f = self._free_at
            spot = self._fit_free_label(taken)
            for item in (self.free_label, self.free_leader):
                item.setVisible(spot is not None)
            if spot is not None:
                left, up = spot
                set_curve(self.free_leader, np.array([v, v]), np.array([f, up]))
                if self.free_label.pos() != QPointF(left, up):
                    self.free_label.setPos(QPointF(left, up))

    def _label_at(
        self, x: float, y: float, size: QSizeF, grid: np.ndarray, envelope: np.ndarray
    ) -> QPointF:
        """A label's foot (left) of ``size`` at its curve's point ``x``, ``y``, or above any
        line under it (off its curve's top stretch it would stand on a lower gear's line),
        never above the plot's top, nor past its right edge (a CVT's 'highest ratio', its
        line ending at the axis's end, read 'highest rati' in projector mode)."""
        x = max(min(float(x), self.x_axis.top - size.width()), 0.0)
        under = envelope[(grid >= x) & (grid <= x + size.width())]
        if len(under):
            y = max(float(y), float(under.max()))
        return QPointF(float(x), min(float(y), self.y_axis.top - size.height()))

    def _free_label_height(self, v: float, f: float, span: float) -> float:
        """Where the dot's label stands (its foot, kN): ``FREE_LABEL_GAP_PX`` above the
        highest line (and the dot, at ``f``) over the ``span`` km/h it covers from ``v``."""
        h_px = max(self.plot.vb.height(), 1.0)
        highest = f
        for speed, force in self._lines:
            inside = (speed >= v) & (speed <= v + span)
            ends = np.interp([v, v + span], speed, force, left=0.0, right=0.0)
            highest = max(highest, float(np.max(ends)), float(np.max(force[inside], initial=0.0)))
        return highest + FREE_LABEL_GAP_PX * self.y_axis.top / h_px

    def _fit_ranges(self) -> None:
        """The drag is over: the axes fit the data again."""
        self.x_axis.refit()
        self.y_axis.refit()
        self._place_top_label()

    # -- look --------------------------------------------------------------------------------
    def _apply_theme(self) -> None:
        c = theme.colours(self.palette())
        k = self.pen_scale
        font = QFont(self.font())
        style_axes(self.widget, c, font)
        self._colour_gears()
        for label in self.labels:
            label.setColor(c.text)
            label.setFont(font)
        self.road.setPen(pg.mkPen(c.text, width=2.5 * k, style=Qt.PenStyle.DashLine))
        self.grip.setPen(pg.mkPen(c.muted, width=1.5 * k, style=Qt.PenStyle.DotLine))
        self.top.setPen(pg.mkPen(c.muted, width=1 * k))
        self.top_label.setColor(c.text)
        self.top_label.setFont(font)
        # on a veil of the plot's background: the grip's dotted line, at about its height
        # (projector mode), ran through its words, which read as struck through
        veil = QColor(c.base)
        veil.setAlpha(LABEL_VEIL)
        self.top_label.fill = pg.mkBrush(veil)
        self.top_label.update()
        self.free.setPen(pg.mkPen(c.text, width=1.5 * k))
        self.free.setBrush(pg.mkBrush(c.text))
        self.free.setSize(9 * k)
        self.free_label.setColor(c.text)
        self.free_label.setFont(font)
        # moved left of the dot (a narrow plot), it may stand over the limiter's line
        self.free_label.fill = pg.mkBrush(veil)
        self.free_label.update()
        self.free_leader.setPen(pg.mkPen(c.text, width=1 * k, style=Qt.PenStyle.DotLine))
        self._set_legend()

    def _set_legend(self) -> None:
        """The legend and the What's This text name the curves the plot draws: an electric
        car's one curve is its single speed and a CVT's are its lowest and highest ratio,
        not numbered "gears" (the curves' own labels say so too)."""
        if self._kind == "single":
            text = self.tr("━━ single speed  ╍╍ road load  ┈┈ grip  │ top speed")
            tip = self.tr(
                "Force at the wheels through the motor's single speed against road speed. "
                "Where it meets the road load (rolling resistance + drag) is the top speed, "
                "unless the motor's top speed or a limiter comes first: the line marks the "
                "top speed, and under a limiter a dot marks where it would meet the road "
                "load. Dotted: the tyres' grip at rest."
            )
            whats_this = self.tr(
                "The push at the driving wheels through the motor's single reduction against "
                "road speed: one line, flat while the motor gives its full torque, then "
                "falling as its power runs out. With it the road load (rolling resistance and "
                "drag, dashed) and the tyres' grip (dotted). Where the line meets the road "
                "load is the top speed, unless the motor's top speed or a limiter comes first "
                "(under a limiter, a dot marks where it would meet the road load). There is "
                "no gear to change."
            )
        elif self._kind == "cvt":
            text = self.tr("━━ CVT ratios  ╍╍ road load  ┈┈ grip  │ top speed")
            tip = self.tr(
                "Force at the wheels through the CVT against road speed: at its lowest ratio, "
                "at its highest, and between them with the engine held near its peak power. "
                "Where they meet the road load (rolling resistance + drag) is the top speed, "
                "unless the redline or a limiter comes first: the line marks the top speed, "
                "and under a limiter a dot marks where they would meet the road load. "
                "Dotted: the tyres' grip at rest."
            )
            whats_this = self.tr(
                "The push at the driving wheels through the CVT against road speed: a line "
                "at its lowest ratio, one at its highest, and between them the line of the "
                "engine held near its peak power, each named. With them the road load "
                "(rolling resistance and drag, dashed) and the tyres' grip (dotted). Where "
                "the lines meet the road load is the top speed, unless the redline or a "
                "limiter comes first (under a limiter, a dot marks where they would meet the "
                "road load). A CVT changes its ratio smoothly: there is no gear change."
            )
        else:
            text = self.tr("━━ gears  ╍╍ road load  ┈┈ grip  │ top speed")
            tip = self.tr(
                "Force at the wheels in each gear (numbered) against road speed. Where the "
                "top gear meets the road load (rolling resistance + drag) is the top speed, "
                "unless the redline or a limiter comes first: the line marks the top speed, "
                "and under a limiter a dot marks where the top gear would meet the road "
                "load. The gaps between the curves are the gear changes. Dotted: the tyres' "
                "grip at rest."
            )
            whats_this = self.tr(
                "The push at the driving wheels in each gear (a line per gear, numbered) "
                "against road speed, with the road load (rolling resistance and drag, "
                "dashed) and the tyres' grip (dotted). Where the top gear meets the road "
                "load is the top speed, unless the redline or a limiter comes first (under a "
                "limiter, a dot marks where the top gear would meet the road load); the gaps "
                "between the gears are the gear changes."
            )
        if self.widget.whatsThis() != whats_this:
            self.widget.setWhatsThis(whats_this)
        if self.legend.text() != text or self.legend.toolTip() != tip:
            self.legend.setText(text)
            self.legend.setToolTip(tip)
            self._fit_legend()  # its lines at this width

    def _colour_gears(self) -> None:
        """Gears from the torque colour (1st) to the power colour (top), over the gears
        the car has: neighbouring gears stay apart in light, dark and projector palettes;
        dashed and solid alternate too, so they never rely on colour alone."""
        c = theme.colours(self.palette())
        n = max(self._n_gears, 1)
        a, b = QColor(c.torque), QColor(c.power)
        for i, item in enumerate(self.curves):
            t = min(i / (n - 1), 1.0) if n > 1 else 0.0
            colour = QColor(
                round(a.red() + (b.red() - a.red()) * t),
                round(a.green() + (b.green() - a.green()) * t),
                round(a.blue() + (b.blue() - a.blue()) * t),
            )
            style = Qt.PenStyle.SolidLine if i % 2 == 0 else Qt.PenStyle.DashDotLine
            item.setPen(pg.mkPen(colour, width=3 * self.pen_scale, style=style))

    def _apply_sizes(self) -> None:
        # With its one-line legend, as tall as the engine plot beside it at its smallest
        # (so the window's minimum height does not grow).
        self.widget.setMinimumHeight(5 * self.fontMetrics().height())
        self._fit_legend()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_legend()
        self._place_top_label()  # a line's height on the force axis follows the plot's
        if self._free_at is not None:  # the dot's label's room, at this width
            self.x_axis.fit(self._x_end_with_labels(), self.drag.dragging)
            self._place_top_label()

    def _view_resized(self) -> None:
        if self._free_at is not None:
            self._place_top_label()

    def _fit_legend(self) -> None:
        """The word-wrapped legend claims the height its lines need at this width, so it
        is never drawn over the plot's axis."""
        need = wrapped_height(self.legend, max(self.width(), 1))
        if need > 0 and self.legend.minimumHeight() != need:
            self.legend.setMinimumHeight(need)

    def tab_name(self) -> str:
        """Its tab's name where the plots take turns (plots_panel.TABS)."""
        return self.tr("Gearing")

    def _title_axes(self) -> None:
        """The axis titles and names, in the language of the moment (a live switch too:
        pyqtgraph's titles are not widgets the switch can reach)."""
        self.setAccessibleName(self.tr("Gearing: force at the wheels against speed"))
        self.widget.setAccessibleName(self.tr("Force at the wheels against road speed"))
        self.plot.setLabel("bottom", self.tr("Road speed (km/h)"))
        self.plot.setLabel("left", self.tr("kN"))  # short: the plot is low (legend below)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if theme.is_palette_event(event) or event.type() == QEvent.Type.FontChange:
            self._apply_theme()
        if event.type() == QEvent.Type.FontChange:
            self._apply_sizes()
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "legend"):
            self._title_axes()
            self._apply_theme()  # the legend
            self._shown = None  # the curves' names ("single speed") are the core's, translated
            self.refresh()
