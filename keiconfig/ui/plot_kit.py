"""What the plots share to keep up with a slider drag: items cheap to update and to paint,
and axis ranges that hold still while the hand moves.

- :func:`curve` makes a bare :class:`pyqtgraph.PlotCurveItem`: its ``setData`` costs about
  a tenth of a ``PlotDataItem``'s (no data pipeline, no per-call bounds bookkeeping), and
  the plots draw every curve they show in every frame of a drag.
  Its bounds, which the scene asks for in every frame, are worked out the short way.
- :func:`set_curve` gives a curve new data only when the data differ (a length drag leaves
  the torque curve as it is: it is then not updated, nor painted again).
- :class:`Line` is an ``InfiniteLine`` that draws in device pixels: a dashed or dotted
  line under the view's scaling transform costs Qt's raster engine several times more than
  the same line drawn in pixels (up to 0.2 ms a line in every frame); it looks the same
  (the pens are cosmetic: their width and dashes are in pixels anyway).
- :class:`PlotLabel` is a ``TextItem`` whose text sits on whole device pixels: at a fractional
  position Qt's raster engine rounds a glyph's place differently in a partial repaint
  than in a full one, so the screen and a fresh drawing of the same plot could differ by
  a pixel (and the text's look with the plot's data, not only its place). On whole
  pixels, a moved label is put down from a cached picture of its text.
- :func:`paint_with_window`: Qt's graphics scene, once it has worked out what changed,
  has the window repaint at once (it sends the window's pending update request), so a
  frame that changed three plots painted the window three times, each pass with its own
  flush to the screen. After a frame's refresh the plots' scenes work out their changes
  together, holding those requests back, and the window is painted once.
- :class:`DragWatch`, :class:`AxisTop` and :class:`HeldAutoRange`: during a drag an axis
  only grows (its ticks and their labels, costly to lay out again, stay as they are for most
  frames); when the drag is over (:data:`SETTLE_MS` after its last change: a slider says
  nothing when let go) or on any change of its own (a key, a click, undo), the range fits
  the data again.
- :func:`style_axes`: the app's plot look (the field background, muted axes, text in the
  text colour and the widget's font), one function for every plot.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QToolButton, QWidget

from keiconfig.ui import refresh, theme
from keiconfig.ui.document import Change

SETTLE_MS = 400  # a drag is taken as over this long after its last change


class _Curve(pg.PlotCurveItem):
    """A ``PlotCurveItem`` whose bounds are worked out the short way when they can be: the
    scene asks every curve given new data for its bounding rectangle in every frame, and
    pyqtgraph's general way (NaN-aware minima under a warnings filter, a pixel's size from
    direction vectors through an inverted device transform) was a large share of a
    frame's Python. The short way, for finite data and cosmetic pens in a view that only
    scales and moves, gives the same rectangle; anything else takes pyqtgraph's way."""

    def dataBounds(
        self, ax: int, frac: float = 1.0, orthoRange: Any = None
    ) -> tuple[float | None, float | None]:
        cache = self._boundsCache[ax]
        if cache is not None and cache[0] == (frac, orthoRange):
            return cache[1]  # type: ignore[no-any-return]
        d = self.xData if ax == 0 else self.yData
        pen, shadow = self.opts["pen"], self.opts["shadowPen"]
        if (
            d is None
            or len(d) == 0
            or frac != 1.0
            or orthoRange is not None
            or self.opts["fillLevel"] is not None
            or (pen is not None and not pen.isCosmetic())
            or (shadow is not None and not shadow.isCosmetic())
        ):
            return super().dataBounds(ax, frac, orthoRange)  # type: ignore[no-any-return]
        low, high = float(d.min()), float(d.max())  # NaN if there is one
        if not (math.isfinite(low) and math.isfinite(high)):
            return super().dataBounds(ax, frac, orthoRange)  # type: ignore[no-any-return]
        self._boundsCache[ax] = [(frac, orthoRange), (low, high)]
        return low, high

    def boundingRect(self) -> QRectF:
        if self._boundingRect is not None:
            return self._boundingRect  # type: ignore[no-any-return]
        pad = self.pixelPadding()
        view = self.getViewWidget() if self._exportOpts is False else None
        if pad <= 0 or view is None:
            return super().boundingRect()  # type: ignore[no-any-return]
        to_device = self.sceneTransform() * view.viewportTransform()
        if to_device.m12() != 0.0 or to_device.m21() != 0.0:
            return super().boundingRect()  # type: ignore[no-any-return]
        x_low, x_high = self.dataBounds(0)
        y_low, y_high = self.dataBounds(1)
        if x_low is None or x_high is None or y_low is None or y_high is None:
            return QRectF()
        scale_x, scale_y = abs(to_device.m11()), abs(to_device.m22())
        if scale_x == 0.0 or scale_y == 0.0:
            return super().boundingRect()  # type: ignore[no-any-return]
        px, py = pad / scale_x, pad / scale_y  # the pen's reach beyond the data, in pixels
        self._boundingRect = QRectF(
            x_low - px, y_low - py, 2 * px + x_high - x_low, 2 * py + y_high - y_low
        )
        return self._boundingRect

    def set_xy(self, x: np.ndarray, y: np.ndarray) -> None:
        """What ``setData(x, y)`` does with two float arrays of one shape (no step mode), in
        fewer steps: for the few dozen points of a plot's curve, pyqtgraph's look at its
        keyword arguments and its profiler cost about as much as the rest, in every frame
        of a drag. Anything else goes to ``setData``."""
        if self.opts["stepMode"] or x.ndim != 1 or x.shape != y.shape:
            self.setData(x, y)
            return
        self.yData = y.view(np.ndarray)
        self.xData = x.view(np.ndarray)
        self.invalidateBounds()
        self.prepareGeometryChange()
        self.informViewBoundsChanged()
        self.path = None
        self.fillPath = None
        self._fillPathList = None
        self._mouseShape = None
        self._lineSegmentsRendered = False
        self.update()
        self.sigPlotChanged.emit(self)


def curve(**opts: Any) -> pg.PlotCurveItem:
    """An empty curve (``opts`` as for :class:`pyqtgraph.PlotCurveItem`, e.g. ``connect``)."""
    return _Curve(np.zeros(0), np.zeros(0), skipFiniteCheck=True, **opts)


def set_curve(item: pg.PlotCurveItem, x: np.ndarray, y: np.ndarray) -> bool:
    """Show ``x``, ``y`` on ``item`` unless it shows them already; True if it changed."""
    old_x, old_y = item.xData, item.yData
    if (
        old_x is not None
        and old_y is not None
        and np.array_equal(old_x, x)
        and np.array_equal(old_y, y, equal_nan=True)
    ):
        return False
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if isinstance(item, _Curve):
        item.set_xy(x, y)
    else:
        item.setData(x, y)
    return True


class Marks(pg.ScatterPlotItem):
    """A ``ScatterPlotItem`` (the gear-change marks) whose bounding rectangle, which the
    scene asks for several times a frame, takes a pixel's size from the view's scale, as
    the curves do (:class:`_Curve`), not from pyqtgraph's direction vectors: the same
    rectangle in a view that only scales and moves; anything else takes pyqtgraph's way."""

    def boundingRect(self) -> QRectF:
        pad = self.pixelPadding()
        view = self.getViewWidget() if self._exportOpts is False else None
        if pad <= 0 or view is None:
            return super().boundingRect()  # type: ignore[no-any-return]
        to_device = self.sceneTransform() * view.viewportTransform()
        scale_x, scale_y = abs(to_device.m11()), abs(to_device.m22())
        if to_device.m12() != 0.0 or to_device.m21() != 0.0 or scale_x == 0 or scale_y == 0:
            return super().boundingRect()  # type: ignore[no-any-return]
        x_low, x_high = self.dataBounds(ax=0)
        y_low, y_high = self.dataBounds(ax=1)
        if x_low is None or x_high is None:
            x_low = x_high = 0.0
        if y_low is None or y_high is None:
            y_low = y_high = 0.0
        px, py = pad / scale_x, pad / scale_y
        return QRectF(x_low - px, y_low - py, 2 * px + x_high - x_low, 2 * py + y_high - y_low)

    def move_to(self, x: np.ndarray, y: np.ndarray) -> None:
        """Show the marks at ``x``, ``y``. As many marks as shown already (most changes of a
        drag): their places are written into the points' records, whose symbols, sizes
        and pictures stay as they are, where ``setData`` makes every record and looks
        each symbol's picture up again; unchanged places: nothing at all."""
        data = self.data
        if len(x) != len(data) or len(y) != len(data) or len(data) == 0 or self.opts["hoverable"]:
            self.setData(x, y)  # (a hovered mark's state goes with setData's new records)
            return
        if np.array_equal(data["x"], x) and np.array_equal(data["y"], y):
            return
        data["x"] = x
        data["y"] = y
        data["item"][...] = None  # (as setData: a point's item is made again when asked for)
        self.prepareGeometryChange()
        self.informViewBoundsChanged()
        self.bounds = [None, None]
        self.invalidate()
        self.sigPlotChanged.emit(self)


class Line(pg.InfiniteLine):
    """A horizontal or vertical line across the view, drawn in device pixels. It never
    counts in its view's auto-range (the plots add it with ignoreBounds), so its moves
    do not tell the view (see :class:`PlotLabel`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, False)

    def paint(self, p: Any, *args: Any) -> None:
        left, right = self._endPoints
        transform = p.transform()
        start = transform.map(QPointF(left, 0.0))
        end = transform.map(QPointF(right, 0.0))
        p.resetTransform()
        p.setPen(self.currentPen)
        p.drawLine(start, end)
        p.setTransform(transform)


class PlotLabel(pg.TextItem):
    """A text label at a point of the plot (``anchor`` as for :class:`pyqtgraph.TextItem`),
    its text's top-left corner on a whole device pixel whatever the point and the view's
    range: the label moves by under a pixel from where the point puts it. Not rotated."""

    def __init__(self, **opts: Any) -> None:
        self._anchored = QPointF()  # the text's place as its anchor puts it, before snapping
        super().__init__(**opts)
        # Put down from a picture of the text, made again when the text, its font or its
        # colour change: a label moved by whole pixels (a gear number following its curve
        # in a drag) is the same picture, where its text document was laid out and drawn
        # afresh in every frame.
        self.textItem.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # A label never counts in its view's auto-range (the plots add it with
        # ignoreBounds): its moves need not tell the view, through a Python call per
        # move and a look at the view's range (pyqtgraph asks Qt for every move).
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, False)

    def setFont(self, font: QFont) -> None:
        super().setFont(font)
        # The picture made again: given the font it had (each restyle of a plot: a language
        # switch, a palette change), the text's document asked for a repaint that left the
        # cached picture blank, and the gear numbers vanished until the next change.
        self.textItem.update()

    def updateTextPos(self) -> None:  # after the text, its font or the view changed
        super().updateTextPos()
        self._anchored = self.textItem.pos()
        self._snap()

    def setPos(self, *args: Any) -> None:
        super().setPos(*args)
        self._snap()

    def _snap(self) -> None:
        scene = self.scene()
        views = scene.views() if scene is not None else []
        if not views:
            return
        view = views[0]
        to_view = view.viewportTransform()
        ratio = view.devicePixelRatioF()
        corner = self.mapToScene(self._anchored)
        at = to_view.map(corner)  # in the view's pixels; ``ratio`` device pixels each
        whole = QPointF(round(at.x() * ratio) / ratio, round(at.y() * ratio) / ratio)
        snapped = to_view.inverted()[0].map(whole)
        pos = self._anchored + self.mapFromScene(snapped) - self.mapFromScene(corner)
        if self.textItem.pos() != pos:
            self.textItem.setPos(pos)


class DragWatch(QObject):
    """Whether the plots' document is in the middle of a drag.

    :meth:`note` is given every change (a view's filter of :func:`keiconfig.ui.refresh.follow`
    calls it, so it knows before the view refreshes, whatever the order of slots); a change
    with a merge id is a drag's. ``settled`` is emitted :data:`SETTLE_MS` after a drag's last
    change (tests call :meth:`settle` instead of waiting)."""

    settled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dragging = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.settle)

    def note(self, change: Change) -> None:
        if change.merge_id is not None and change.reason == "edit":
            self.dragging = True
            self.timer.start()  # again: the drag goes on
        elif self.dragging:
            self.settle()  # a change of its own (an era change too): fit again

    def settle(self) -> None:
        """The drag is over: ranges may fit the data again."""
        self.timer.stop()
        if self.dragging:
            self.dragging = False
            self.settled.emit()


class _HeldUpdates(QObject):
    """Holds back the update requests sent to the windows it watches; remembers which."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest and isinstance(watched, QWidget):
            if watched not in self.held:
                self.held.append(watched)
            return True
        return False


# The views, each by a weak reference: a closed window's plots must not outlive it. Held
# here, a deleted window's plot kept its plot item alive, with the item's parentless
# "Plot Options" menu and six submenus: top-level widgets that every later font, palette
# and language change of the application visited (some 20,000 of them by the end of the
# UI tests, which then slowed by the test).
_together: list[weakref.ref[pg.GraphicsView]] = []
_hooked: refresh.Frame | None = None  # the frame _scenes_together runs after
_LOW = Qt.EventPriority.LowEventPriority.value  # as Qt posts a window's update request


def paint_with_window(view: pg.GraphicsView) -> None:
    """Have ``view``'s scene changes painted in the window's one pass after each frame.

    Its viewport is not filled with the palette before each paint either: the view puts
    its cached background (the field colour, opaque) over all of it first anyway.

    And the view repaints the one rectangle around what changed, not each changed piece
    (pyqtgraph's MinimalViewportUpdate): a frame of a drag changes curves, labels and marks
    all over a plot, and painting every item clipped to a region of a dozen rectangles or
    more (the tractive-force plot's, each frame) costs Qt more than painting the rectangle
    around them; the pixels are the same, each drawn over the cached background."""
    global _hooked
    frame = refresh.frame()
    if _hooked is not frame:
        frame.after_flush.append(_scenes_together)
        _hooked = frame
    _together.append(weakref.ref(view))
    view.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
    view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)


def _scenes_together() -> None:
    """Each shown plot's scene works out what changed now (its queued work, which would
    send its window's update request at once), holding those requests back; then each
    window that had one gets one again, after everything else the frame posted, and
    repaints once with every plot."""
    live = [v for ref in _together if (v := ref()) is not None and shiboken6.isValid(v)]
    _together[:] = [weakref.ref(v) for v in live]
    views = [v for v in live if v.isVisible()]
    if not views:
        return
    held = _HeldUpdates()
    windows = []
    for view in views:
        if view.window() not in windows:
            windows.append(view.window())
    for window in windows:
        window.installEventFilter(held)
    try:
        for view in views:
            QCoreApplication.sendPostedEvents(view.scene(), QEvent.Type.MetaCall)
    finally:
        for window in windows:
            window.removeEventFilter(held)
        for window in held.held:  # the request Qt would have posted: low priority, last
            QCoreApplication.postEvent(window, QEvent(QEvent.Type.UpdateRequest), _LOW)


def nice_top(value: float, step: float) -> float:
    """``value`` rounded up to a multiple of ``step`` (at least ``step``)."""
    return max(step, float(np.ceil(value / step) * step))


class AxisTop:
    """One axis of a view box, from 0 to a top fitted to the data in steps of ``step``:
    while a drag goes on the top only grows; otherwise it fits. The range is set only when
    it differs from the view's (a range set again lays the axis's ticks out again)."""

    def __init__(self, view: pg.ViewBox, axis: str, step: float) -> None:
        self.view = view
        self.axis = 0 if axis == "x" else 1
        self.step = step
        self.data_top = step  # what the data asked for last
        self.data_end: float | None = None  # where the data stops (None: no end)
        self.home_top = step  # the top fitted last: the axis as drawn before any zoom
        # Pixels kept above the round top: there it is a tick, whose number is drawn half
        # above it (a plot with no margin above it, the speed plot's, cut it in half).
        self.room_px = 0.0
        # The axis drawing the ticks (with room_px): a tick of its own spacing in that room
        # gets the room too (see _room_over_ticks).
        self.ticks: pg.AxisItem | None = None

    def fit(self, top: float, grow_only: bool = False, end: float | None = None) -> None:
        """Fit the axis to ``top``, rounded up to a step, but not past ``end``, where the
        data stops (a run that ends as its limiter holds the speed: the AZ-1's ended at
        21.6 s on an axis to 25 s, a blank stretch after the curve and its shading)."""
        self.data_top = top
        self.data_end = end
        target = nice_top(top, self.step)
        if end is not None and top <= end < target:
            target = end
        if self.room_px > 0.0:
            size = self.view.height() if self.axis == 1 else self.view.width()
            if size > 2.0 * self.room_px:
                target *= size / (size - self.room_px)
                target = self._room_over_ticks(target, size)
        low, high = self.view.viewRange()[self.axis]
        if grow_only and low == 0.0 and high >= target:
            self.home_top = high
            return
        self.home_top = target
        if low != 0.0 or abs(high - target) > 1e-9:
            if self.axis == 0:
                self.view.setXRange(0.0, target, padding=0)
            else:
                self.view.setYRange(0.0, target, padding=0)

    def _room_over_ticks(self, target: float, size: float) -> float:
        """``target``, or higher where a tick the axis draws (at its own spacing, not
        ``step``) falls in the room above the round top: :attr:`room_px` above that tick
        too. A low speed plot has ticks 50 km/h apart: the Sakura's round top of 140 had
        the '150' in its room, cut in half by the plot's top edge (projector mode,
        1280x720)."""
        if self.ticks is None:
            return target
        for _ in range(3):  # (a higher top may have a wider spacing: a tick or two)
            spacing = float(self.ticks.tickSpacing(0.0, target, size)[0][0])
            if spacing <= 0.0:
                break
            tick = float(np.floor(target / spacing + 1e-9)) * spacing
            if (target - tick) * size / target >= self.room_px:
                break
            target = tick * size / (size - self.room_px)
        return target

    def refit(self) -> None:
        """Fit the last data again (the drag is over)."""
        self.fit(self.data_top, end=self.data_end)

    @property
    def top(self) -> float:
        return float(self.view.viewRange()[self.axis][1])


class HeldAutoRange:
    """One axis of a view box left to pyqtgraph's auto-range (the items' data, with its
    padding), held while a drag goes on: auto-range works every item's bounds out again on
    every frame, and an axis whose range moves lays its ticks out again (an engine's rev
    range moves back and forth with its size). During a drag the range only grows, to what
    auto-range would show joined with what is shown; otherwise (:meth:`refit`, and any
    change that is not a drag's) auto-range fits it as before."""

    def __init__(self, view: pg.ViewBox, axis: str) -> None:
        self.view = view
        self.axis = 0 if axis == "x" else 1
        self.data = (0.0, 1.0)  # what the items' data spanned last

    @property
    def bounds(self) -> tuple[float, float]:
        """The range auto-range fits: the items' data with the padding pyqtgraph gives it
        at the view's size, never below 0. As far as the mouse may take the axis
        (:class:`Zoom`): fully zoomed out is the fitted view. (With a tenth of the span
        each side, auto-range's widest padding, the wheel took the torque plot ~10 % past
        its fitted view, and "Reset zoom" stayed with nothing zoomed in.)"""
        extent = self.view.childrenBounds()[self.axis]
        low, high = extent if extent is not None else self.data
        if not (math.isfinite(low) and math.isfinite(high)):
            low, high = self.data
        pad = self.view.suggestPadding(self.axis) * (high - low) if high > low else 1.0
        return max(0.0, float(low) - pad), float(high) + pad

    def fitted(self) -> bool:
        """Whether the axis shows the range auto-range fits (on, or the mouse took it there)."""
        if self.view.autoRangeEnabled()[self.axis] is not False:
            return True
        low, high = self.bounds
        shown = self.view.viewRange()[self.axis]
        tolerance = 1e-6 * (high - low)
        return abs(shown[0] - low) <= tolerance and abs(shown[1] - high) <= tolerance

    def fit(self, low: float, high: float, grow_only: bool = False) -> None:
        """The items' data now spans ``low`` to ``high`` on this axis."""
        self.data = (low, high)
        if not grow_only:
            self.refit()
            return
        if self.view.autoRangeEnabled()[self.axis] is not False:
            # The drag's first frame: auto-range fits it once more (the view does what it
            # had waiting as it turns auto-range off), then the range holds.
            self._auto(False)
            return
        shown_low, shown_high = self.view.viewRange()[self.axis]
        if not (low < shown_low or high > shown_high):
            return  # the data fits: nothing moves
        self._auto(True)
        self.view.updateAutoRange()
        fit_low, fit_high = self.view.viewRange()[self.axis]
        self._auto(False)
        grown = (min(fit_low, shown_low), max(fit_high, shown_high))
        if grown != (fit_low, fit_high):
            if self.axis == 0:
                self.view.setXRange(*grown, padding=0)
            else:
                self.view.setYRange(*grown, padding=0)

    def refit(self) -> None:
        """Auto-range again (the drag is over), at once."""
        if self.view.autoRangeEnabled()[self.axis] is False:
            self._auto(True)
            self.view.updateAutoRange()

    def _auto(self, on: bool) -> None:
        if self.axis == 0:
            self.view.enableAutoRange(x=on)
        else:
            self.view.enableAutoRange(y=on)


def wants_build(watch: DragWatch) -> Any:
    """A :func:`keiconfig.ui.refresh.follow` filter for a plot of the build's figures that
    tells ``watch`` of each change first."""

    def wants(change: Change) -> bool:
        watch.note(change)
        return change.build_changed

    return wants


def style_axes(
    widget: pg.PlotWidget,
    c: theme.Colours,
    font: QFont | None = None,
    pen_width: float = 1.0,
    sides: tuple[str, ...] = ("left", "bottom"),
    top_room: bool = True,
) -> None:
    """The app's plot look on ``widget``: the field background, the ``sides``' axes muted
    (``pen_width`` px), their text in the text colour and, given a ``font``, in it (with
    half a line above the plot for the top number of its axes, ``top_room``)."""
    widget.setBackground(c.base)
    item = widget.getPlotItem()
    for side in sides:
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen(c.muted, width=pen_width))
        axis.setTextPen(c.text)
        if font is not None:
            axis.setTickFont(font)
            axis.label.setFont(font)
    if font is not None and top_room:
        # Half a line of room above the plot: an axis fitted to a round top ends on a
        # tick, whose number was drawn half above the plot's top edge (the R360's engine
        # plot at 30 N·m and 20 PS, the Cappuccino's gearing plot at 5 kN).
        top = float(QFontMetrics(font).height() // 2 + 1)
        margins = (1.0, top, 1.0, 1.0)
        if tuple(item.layout.getContentsMargins()) != margins:
            item.layout.setContentsMargins(*margins)


def within(shown: tuple[float, float], bounds: tuple[float, float]) -> tuple[float, float]:
    """``shown`` (low, high) moved and shortened as little as it takes to lie in ``bounds``."""
    span = min(shown[1] - shown[0], bounds[1] - bounds[0])
    low = min(max(shown[0], bounds[0]), bounds[1] - span)
    return low, low + span


Bounds = tuple[tuple[float, float] | None, tuple[float, float] | None]


def auto_range_bounds(view: pg.ViewBox) -> Bounds:
    """The range pyqtgraph's auto-range fits on each axis: the items' data with the padding
    it gives them at the view's size (ViewBox.suggestPadding). As far as the mouse may take
    a plot that fits its data (:class:`Zoom`): fully zoomed out is then the fitted view.
    (With a tenth of the span each side, :func:`data_bounds`, the wheel took a plot past
    its fitted view and "Reset zoom" stayed with nothing zoomed in.) (0, 1) on an axis
    with no data."""
    return _padded_extent(view, lambda axis, low, high: view.suggestPadding(axis) * (high - low))


def shows_auto_range(view: pg.ViewBox) -> bool:
    """Whether ``view`` shows what auto-range fits on both axes (auto-range on, or the
    mouse took it there): not zoomed."""
    if all(view.autoRangeEnabled()):
        return True
    shown = view.viewRange()
    for axis, fitted in enumerate(auto_range_bounds(view)):
        assert fitted is not None
        tolerance = 1e-6 * max(fitted[1] - fitted[0], 1e-12)
        if (
            abs(shown[axis][0] - fitted[0]) > tolerance
            or abs(shown[axis][1] - fitted[1]) > tolerance
        ):
            return False
    return True


def data_bounds(view: pg.ViewBox, pad: float = 0.1) -> Bounds:
    """The extent of ``view``'s items' data with ``pad`` of its span each side (pyqtgraph's
    auto-range pads by at most a tenth): as far as the mouse may take a plot that fits
    its data (:class:`Zoom`). (0, 1) on an axis with no data."""
    return _padded_extent(
        view, lambda _axis, low, high: pad * (high - low if high > low else max(abs(high), 1.0))
    )


def _padded_extent(view: pg.ViewBox, padding: Callable[[int, float, float], float]) -> Bounds:
    """The extent of ``view``'s items' data on each axis (0: across, 1: up), ``padding(axis,
    low, high)`` wider each side; (0, 1) on an axis with no data."""
    extent = view.childrenBounds()
    out: list[tuple[float, float]] = []
    for axis in (0, 1):
        low, high = extent[axis] if extent[axis] is not None else (None, None)
        if low is None or high is None or not (math.isfinite(low) and math.isfinite(high)):
            out.append((0.0, 1.0))
            continue
        pad = padding(axis, float(low), float(high))
        out.append((float(low) - pad, float(high) + pad))
    return out[0], out[1]


def _weakly(fn: Callable[..., Any]) -> Callable[[], Callable[..., Any] | None]:
    """``fn`` again when called, or None once its object is gone: a bound method is held by
    a weak reference, anything else as it is."""
    if hasattr(fn, "__self__") and hasattr(fn, "__func__"):
        return weakref.WeakMethod(fn)  # type: ignore[arg-type]
    return lambda: fn


ZOOM_KEY_STEP = 1.25  # + and - zoom by this much a press (the wheel: 1.35 a notch)


class Zoom(QObject):
    """A plot that zooms and moves with the mouse (and the keys) within its data, and always
    finds its way back.

    The wheel zooms in (about the pointer) and out, a drag moves along, but never past
    ``bounds()`` (per axis, (low, high) or None for an axis the mouse does not move): the
    data's range with its margin, where a wheel turned on over the speed plot zoomed it out
    to 2,600 s and 2,600 km/h, the run a speck in a corner, with pyqtgraph's small "A"
    button the only way back. That button is gone (on the gearing plot, which never zooms,
    it was shown on every hover, and its click threw the plot's fitted range away). Instead:
    a double-click on the plot, or Home with the plot focused, calls ``home()`` (the ranges
    fitted to the data again), as does the "Reset zoom" button, shown while ``zoomed()``
    says the plot is not as fitted. With the plot focused, + and - zoom about its middle."""

    def __init__(
        self,
        widget: pg.PlotWidget,
        bounds: Callable[[], Bounds],
        home: Callable[[], None],
        zoomed: Callable[[], bool],
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self.plot = widget.getPlotItem()
        self.view = self.plot.vb
        # Held weakly when they are a plot's own methods: the plot holds this, and a cycle
        # through it kept a closed Comparison alive until a garbage collection, which then
        # emptied it while Qt still sent it events (its filter raised in a later test).
        self._bounds = _weakly(bounds)
        self._home_fn = _weakly(home)
        self._zoomed = _weakly(zoomed)
        x, y = bounds()
        self.view.setMouseEnabled(x=x is not None, y=y is not None)
        self.plot.hideButtons()
        self.button = QToolButton(widget)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Home is the key (the tip says so)
        self.button.setAutoRaise(False)
        self.button.clicked.connect(self.home)
        self.button.hide()
        self.button.installEventFilter(self)  # its size follows its font (projector mode)
        self.retranslate()
        self.view.sigRangeChangedManually.connect(self._keep_within)
        self.view.sigRangeChanged.connect(self._show_button)
        self.view.sigResized.connect(self._place_button)
        widget.scene().sigMouseClicked.connect(self._clicked)
        widget.installEventFilter(self)

    def bounds(self) -> Bounds:
        fn = self._bounds()
        return fn() if fn is not None else (None, None)

    def zoomed(self) -> bool:
        fn = self._zoomed()
        return bool(fn()) if fn is not None else False

    def retranslate(self) -> None:
        self.button.setText(QCoreApplication.translate("Zoom", "Reset zoom"))
        self.button.setToolTip(
            QCoreApplication.translate(
                "Zoom", "The plot as first drawn again (Home, or double-click the plot)"
            )
        )
        self.button.adjustSize()
        self._place_button()

    def home(self) -> None:
        """The plot as fitted to its data."""
        fn = self._home_fn()
        if fn is not None:
            fn()
        self._show_button()

    def zoom(self, factor: float) -> None:
        """Zoom out by ``factor`` (in, below 1) about the middle, on the axes the mouse moves."""
        x, y = self.bounds()
        self.view.scaleBy(x=factor if x is not None else None, y=factor if y is not None else None)
        self._keep_within()

    def _keep_within(self, *_args: object) -> None:
        ranges = self.view.viewRange()
        kept = {}
        for axis, name, bounds in zip((0, 1), ("xRange", "yRange"), self.bounds(), strict=True):
            if bounds is None:
                continue
            shown = (float(ranges[axis][0]), float(ranges[axis][1]))
            fitted = within(shown, bounds)
            tolerance = 1e-9 * (bounds[1] - bounds[0])
            if abs(shown[0] - fitted[0]) > tolerance or abs(shown[1] - fitted[1]) > tolerance:
                kept[name] = fitted
        if kept:
            self.view.setRange(**kept, padding=0)
        self._show_button()

    def update_button(self) -> None:
        """The "Reset zoom" button shown again as ``zoomed()`` says now (a plot framed anew
        asks: its ranges were set before it knew its new frame)."""
        self._show_button()

    def _show_button(self, *_args: object) -> None:
        zoomed = self.zoomed()
        if zoomed == self.button.isHidden():  # (isVisible: False too while the plot is hidden)
            self._place_button()
            self.button.setVisible(zoomed)

    def _place_button(self, *_args: object) -> None:
        # At the top left, where a rising curve is lowest (the speed plot's, zoomed in or
        # out; at the top right it hid the top gear's number in the whole run).
        rect = self.widget.mapFromScene(self.view.sceneBoundingRect()).boundingRect()
        gap = max(2, self.button.fontMetrics().height() // 4)
        self.button.move(rect.left() + gap, rect.top() + gap)

    def _clicked(self, event: Any) -> None:
        if event.double() and event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.home()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched is self.widget:
            key = event.key()  # type: ignore[attr-defined]
            held = event.modifiers()  # type: ignore[attr-defined]
            if held & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                return False  # (Ctrl++ and Ctrl+- size the window's text)
            if key == Qt.Key.Key_Home:
                self.home()
                return True
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.zoom(1 / ZOOM_KEY_STEP)
                return True
            if key == Qt.Key.Key_Minus:
                self.zoom(ZOOM_KEY_STEP)
                return True
        elif event.type() == QEvent.Type.LanguageChange and watched is self.widget:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange and watched is self.button:
            # Sized for its words in the font it had: in projector mode's larger one they
            # were cut to 'Re…om' ('ズ…す'). The button has the font change first: before
            # it, its size hint is still the old font's (fitted here, it stayed 86 px where
            # the new font wants 125, right only where a second font change followed, as
            # in some orders of the tests and not in others).
            QToolButton.event(self.button, event)
            self.button.adjustSize()
            self._place_button()
            return True  # (had)
        return False
