"""A to-scale side and top view of the car inside the legal box of an era.

The car is drawn by body style (roadster low with an open top, tall wagon boxy,
truck with a bed...) with wheels at the wheelbase, inside a dashed rectangle of the
era's maximum length × height (side) and length × width (top). Whatever sticks out
of the box is hatched and labelled ("+50 mm"). Exactly at the limit is inside.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from keiconfig.core.build import Build
from keiconfig.ui import format as fmt
from keiconfig.ui import theme
from keiconfig.ui.i18n import KeepsTranslations

# Side profiles: (share of length from the front, share of height from the ground).
# fmt: off
_PROFILES: dict[str, tuple[tuple[float, float], ...]] = {
    "hatchback": ((0, 0.14), (0, 0.42), (0.03, 0.52), (0.3, 0.6), (0.5, 0.97), (0.55, 1),
        (0.93, 1), (0.99, 0.88), (1, 0.55), (1, 0.14)),
    "tall_wagon": ((0, 0.12), (0, 0.45), (0.03, 0.52), (0.16, 0.58), (0.3, 0.97), (0.33, 1),
        (0.97, 1), (1, 0.96), (1, 0.12)),
    "sedan": ((0, 0.15), (0, 0.45), (0.03, 0.55), (0.28, 0.62), (0.42, 0.97), (0.46, 1),
        (0.72, 1), (0.82, 0.66), (0.99, 0.63), (1, 0.5), (1, 0.15)),
    "coupe": ((0, 0.15), (0, 0.45), (0.03, 0.55), (0.3, 0.62), (0.45, 0.97), (0.5, 1), (0.66, 1),
        (0.93, 0.68), (1, 0.62), (1, 0.15)),
    # Open top: the body stops at the waist; only the windscreen frame reaches the top.
    "roadster": ((0, 0.16), (0, 0.48), (0.04, 0.6), (0.4, 0.7), (0.5, 1), (0.53, 1),
        (0.45, 0.72), (0.72, 0.72), (0.76, 0.86), (0.79, 0.86), (0.8, 0.72), (0.97, 0.72),
        (1, 0.6), (1, 0.16)),
    "suv": ((0, 0.2), (0, 0.5), (0.03, 0.58), (0.22, 0.63), (0.35, 0.97), (0.38, 1), (0.97, 1),
        (1, 0.95), (1, 0.2)),
    "van": ((0, 0.12), (0, 0.55), (0.04, 0.7), (0.08, 0.97), (0.11, 1), (0.98, 1), (1, 0.97),
        (1, 0.12)),
    # Cab over the front wheels, then a flat bed with low sides.
    "truck": ((0, 0.12), (0, 0.55), (0.03, 0.7), (0.07, 0.97), (0.1, 1), (0.33, 1),
        (0.345, 0.95), (0.345, 0.55), (1, 0.55), (1, 0.12)),
}
# fmt: on
# Where the roof (or cockpit) is in plan, as shares of length: drawn as a glass/cabin panel.
_CABIN: dict[str, tuple[float, float]] = {
    "hatchback": (0.45, 0.95),
    "tall_wagon": (0.27, 0.97),
    "sedan": (0.40, 0.78),
    "coupe": (0.42, 0.85),
    "roadster": (0.42, 0.78),
    "suv": (0.33, 0.97),
    "van": (0.07, 0.98),
    "truck": (0.06, 0.33),
}
# Share of the overhangs (length - wheelbase) that is in front of the front axle.
_FRONT_OVERHANG = {"truck": 0.38, "van": 0.42}


class OutlineView(KeepsTranslations, QWidget):
    """Paints ``build`` to scale inside the legal box ``(length, width, height)`` in mm."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build: Build | None = None
        self._box = (3400, 1480, 2000)
        self._box_pictures: dict[tuple[float, float, float, float, int], QImage] = {}
        self.box_cached = True  # the legal box from its picture where that is exact
        # Each caption's measures: (font, caption, limit text, room) -> (x, lines down,
        # limit as shown, the whole limit's width and text)
        self._captions: dict[
            tuple[tuple[str, int, int], str, str, int], tuple[int, int, str, int, str]
        ] = {}
        self.captions_kept = True
        self._wrapped: dict[tuple[str, str, int], int] = {}  # a limit's height beside its box
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("To-scale outline of the car inside the legal box"))
        self.setWhatsThis(
            self.tr(
                "The car from the side and from above, to scale, inside the largest box "
                "the era's rules allow (length, width and height)."
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 160)

    def set_state(self, build: Build, box_mm: tuple[int, int, int]) -> None:
        if self._build is not None and build.body == self._build.body and box_mm == self._box:
            return  # only the body and the box are drawn: an engine change needs no repaint
        self._build, self._box = build, box_mm
        self.setAccessibleDescription(self.describe())
        self.update()

    def overhang_mm(self) -> dict[str, int]:
        """How far the car sticks out of the box, per dimension (0 when inside or exactly at)."""
        if self._build is None:
            return {}
        b = self._build.body
        return {
            "length": max(0, b.length_mm - self._box[0]),
            "width": max(0, b.width_mm - self._box[1]),
            "height": max(0, b.height_mm - self._box[2]),
        }

    def describe(self) -> str:
        out = [f"{k} +{fmt.mm(v)}" for k, v in self.overhang_mm().items() if v > 0]
        return (
            self.tr("Sticks out of the legal box: %s.") % ", ".join(out)
            if out
            else self.tr("Fits inside the legal box.")
        )

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self._build is None:
            return
        body = self._build.body
        length, width, height = body.length_mm, body.width_mm, body.height_mm
        box_l, box_w, box_h = self._box
        c = theme.colours(self.palette())
        fm = self.fontMetrics()
        line = fm.height()
        margin = line * 0.8
        span_l = max(length, box_l)
        span_h = max(height, box_h)
        span_w = max(width, box_w)
        x0 = margin
        side_cap = self.tr("Side: %s long × %s high") % (fmt.mm(length), fmt.mm(height))
        side = self._place_limit(
            side_cap, self.tr("limit %s × %s") % (fmt.mm(box_l), fmt.mm(box_h)), x0
        )
        top_cap = self.tr("Top: %s wide") % fmt.mm(width)
        top = self._place_limit(top_cap, self.tr("limit %s") % fmt.mm(box_w), x0)
        # room for: caption + side view + ground + caption + top view, plus labels at the
        # right; and a line under a caption whose limit has no room beside it
        label_w = fm.horizontalAdvance("+0,000 mm") + margin
        avail_w = self.width() - 2 * margin - label_w
        fixed_h = self.height() - 4 * line - 3 * margin
        s = max(1e-4, min(avail_w / span_l, fixed_h / (span_h + span_w)))
        # Limited by its height, the drawing leaves room at its right: a limit with no
        # room beside its caption goes there, beside its box, whole, rather than on a line
        # of its own that would make the car smaller (76 -> 60 px long beside the race).
        # Right of the over-limit labels where a view has one.
        over = self.overhang_mm()
        gap_side = label_w if over["length"] or over["height"] else margin
        gap_top = label_w if over["length"] else margin
        # (the boxes' heights at the least scale, with both limits on lines of their own)
        least = max(1e-4, min(avail_w / span_l, (fixed_h - 2 * line) / (span_h + span_w)))
        side = self._beside(side, x0 + span_l * s + gap_side, margin, box_h * least)
        top = self._beside(top, x0 + span_l * s + gap_top, margin, box_w * least)
        if side[1] > 0 or top[1] > 0:
            avail_h = fixed_h - (side[1] + top[1]) * line
            s = max(1e-4, min(avail_w / span_l, avail_h / (span_h + span_w)))

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        # side view
        y_cap1 = margin
        ground = y_cap1 + line * (1.4 + max(side[1], 0)) + span_h * s
        side_box = QRectF(x0, ground - box_h * s, box_l * s, box_h * s)
        beside = QPointF(x0 + span_l * s + gap_side, side_box.top())
        self._caption(p, c, QPointF(x0, y_cap1), side_cap, side, beside)
        car = self._side_path(x0, ground, s)
        self._draw(p, c, car, side_box)
        self._wheels_side(p, c, x0, ground, s)
        p.setPen(QPen(c.muted, 1))
        p.drawLine(QPointF(x0 - margin / 2, ground), QPointF(x0 + span_l * s + margin / 2, ground))
        if over["length"]:
            self._label(
                p,
                c,
                QPointF(x0 + length * s + 4, ground - height * s * 0.45),
                f"+{fmt.mm(over['length'])}",
            )
        if over["height"]:
            self._label(
                p,
                c,
                QPointF(x0 + max(length, box_l) * s + 4, ground - box_h * s),
                f"+{fmt.mm(over['height'])}",
            )
        # top view
        y_cap2 = ground + margin
        centre = y_cap2 + line * (1.4 + max(top[1], 0)) + span_w * s / 2
        top_box = QRectF(x0, centre - box_w * s / 2, box_l * s, box_w * s)
        beside = QPointF(x0 + span_l * s + gap_top, top_box.top())
        self._caption(p, c, QPointF(x0, y_cap2), top_cap, top, beside)
        plan = QPainterPath()
        r = min(width, length) * s * 0.08
        plan.addRoundedRect(QRectF(x0, centre - width * s / 2, length * s, width * s), r, r)
        self._wheels_top(p, c, x0, centre, s)
        self._draw(p, c, plan, top_box)
        self._plan_details(p, c, x0, centre, s)
        if over["width"]:
            self._label(
                p,
                c,
                QPointF(
                    x0 + length * s * 0.5, centre + width * s / 2 + 2 + self.fontMetrics().height()
                ),
                f"+{fmt.mm(over['width'])}",
                above=True,
            )
        if over["length"]:
            self._label(p, c, QPointF(x0 + length * s + 4, centre), f"+{fmt.mm(over['length'])}")
        p.end()

    def _place_limit(self, text: str, limit: str, left: float) -> tuple[int, int, str, int, str]:
        """Where a caption's limit goes (x from the caption's left, lines down, its text):
        beside the caption or, with no room there, on the line under it, cut with '…' only
        if that line is too short as well. Beside the comparison and the classroom at
        1920x1080 the side's read '(dashed: limit 3,400 mm × 2,0…)', the height's limit
        cut off.

        Measured once per text and font: measuring lays the text out (shaping), and a
        drag changes one caption's numbers at most; the limits' texts stay."""
        fm = self.fontMetrics()
        font = (self.font().key(), self.logicalDpiX(), self.logicalDpiY())
        key = (font, text, self.tr("(dashed: %s)") % limit, int(self.width() - left))
        placed = self._captions.get(key) if self.captions_kept else None
        if placed is None:
            x, below = fm.horizontalAdvance(text + "   "), 0
            if fm.horizontalAdvance(key[2]) > key[3] - x:
                x, below = 0, 1  # on the line under the caption
            shown = fm.elidedText(key[2], Qt.TextElideMode.ElideRight, max(key[3] - x, 0))
            placed = (x, below, shown, fm.horizontalAdvance(key[2]), key[2])
            if len(self._captions) >= 16:  # the two captions of a few sizes and builds
                self._captions.clear()
            self._captions[key] = placed
        return placed

    def _beside(
        self, placed: tuple[int, int, str, int, str], x: float, margin: float, box_height: float
    ) -> tuple[int, int, str, int, str]:
        """A limit put on the line under its caption goes beside its box instead (lines
        down -1, the room's width first) where it fits there whole, on as many lines as
        the box is high, right of the over-limit labels."""
        room = int(self.width() - margin - x)
        if placed[1] <= 0 or room <= 0:
            return placed
        # a number kept with its unit when it wraps ('2,000 mm)', not 'mm)' alone)
        placed = (*placed[:4], placed[4].replace(" mm", "\u00a0mm"))
        if placed[3] > room:  # on more than one line: measured once per text and room
            key = (self.font().key(), placed[4], room)
            height = self._wrapped.get(key)
            if height is None:
                flags = int(Qt.TextFlag.TextWordWrap)
                fm = self.fontMetrics()
                height = fm.boundingRect(0, 0, room, 10**4, flags, placed[4]).height()
                if len(self._wrapped) >= 16:
                    self._wrapped.clear()
                self._wrapped[key] = height
            if height > box_height:
                return placed
        return (room, -1, placed[4], placed[3], placed[4])

    def _caption(
        self,
        p: QPainter,
        c: theme.Colours,
        at: QPointF,
        text: str,
        limit: tuple[int, int, str, int, str],
        beside: QPointF,
    ) -> None:
        """``text`` at ``at``, and its limit where :meth:`_place_limit` put it, or at
        ``beside`` (its box's top right) where :meth:`_beside` put it."""
        fm = self.fontMetrics()
        p.setPen(c.text)
        p.drawText(at + QPointF(0, fm.ascent()), text)
        p.setPen(c.legal_box)
        x, below, shown, _, _ = limit
        if below < 0:  # beside the box, ``x`` wide
            flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
            p.drawText(QRectF(beside.x(), beside.y(), x, 10**4), flags, shown)
        else:
            p.drawText(at + QPointF(x, below * fm.height() + fm.ascent()), shown)

    def _draw(self, p: QPainter, c: theme.Colours, car: QPainterPath, box: QRectF) -> None:
        p.setPen(QPen(c.body_line, 1.5))
        p.setBrush(c.body_fill)
        p.drawPath(car)
        if any(self.overhang_mm().values()):  # path subtraction is costly: only when needed
            box_path = QPainterPath()
            box_path.addRect(box)
            outside = car.subtracted(box_path)
            bounds = outside.boundingRect()
            if not outside.isEmpty() and bounds.width() * bounds.height() > 0.5:
                p.setPen(QPen(c.overhang, 2))
                p.setBrush(QBrush(c.overhang, Qt.BrushStyle.BDiagPattern))
                p.drawPath(outside)
        self._dashed_box(p, c, box)

    def _dashed_box(self, p: QPainter, c: theme.Colours, box: QRectF) -> None:
        """The legal box's dashed rectangle: on screen, from a picture of it drawn once.

        Stroking a dash pattern is most of the outline's cost, and a drag within the box
        draws the same box on every frame. Drawn without antialiasing in an opaque colour,
        the picture made at the box's place within whole pixels and put down at whole
        pixels gives the very pixels of the direct drawing. Elsewhere (a print, a page, a
        fractional scale or translucent colour) the box is drawn directly."""
        pen = QPen(c.legal_box, 2, Qt.PenStyle.DashLine)
        engine = p.paintEngine()
        at = p.deviceTransform()
        if (
            not self.box_cached
            or engine is None
            or engine.type() != QPaintEngine.Type.Raster
            or at.type().value > QTransform.TransformationType.TxTranslate.value
            or at.dx() != int(at.dx()) or at.dy() != int(at.dy())
            or p.device().devicePixelRatioF() != 1.0
            or c.legal_box.alpha() != 255
        ):  # fmt: skip
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(pen)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # straight lines: crisp
            p.drawRect(box)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            return
        ox, oy = math.floor(box.x()) - 2, math.floor(box.y()) - 2
        inside = box.translated(-ox, -oy)
        key = (inside.x(), inside.y(), inside.width(), inside.height(), c.legal_box.rgba())
        picture = self._box_pictures.get(key)
        if picture is None:
            picture = QImage(
                math.ceil(inside.right()) + 3,
                math.ceil(inside.bottom()) + 3,
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            painter.setPen(pen)
            painter.drawRect(inside)
            painter.end()
            if len(self._box_pictures) >= 4:  # the side's and the top's, and a few before
                self._box_pictures.clear()
            self._box_pictures[key] = picture
        p.drawImage(QPointF(ox, oy), picture)

    def _label(
        self, p: QPainter, c: theme.Colours, at: QPointF, text: str, above: bool = False
    ) -> None:
        fm = self.fontMetrics()
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        w = fm.horizontalAdvance(text) * 1.15
        rect = QRectF(
            at.x() - (w / 2 if above else 0),
            at.y() - (fm.height() if above else fm.height() / 2),
            w,
            fm.height(),
        )
        p.fillRect(rect, c.base)
        p.setPen(c.overhang)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        font.setBold(False)
        p.setFont(font)

    def _axles_mm(self) -> tuple[float, float, float]:
        assert self._build is not None
        b = self._build.body
        wb = b.effective_wheelbase_mm
        front = (b.length_mm - wb) * _FRONT_OVERHANG.get(b.style, 0.5)
        radius = min(290.0, 0.22 * b.height_mm, 0.2 * wb)
        return front, front + wb, radius

    def _side_path(self, x0: float, ground: float, s: float) -> QPainterPath:
        assert self._build is not None
        b = self._build.body
        pts = [
            QPointF(x0 + fx * b.length_mm * s, ground - fy * b.height_mm * s)
            for fx, fy in _PROFILES.get(b.style, _PROFILES["hatchback"])
        ]
        path = QPainterPath()
        path.addPolygon(QPolygonF(pts))
        path.closeSubpath()
        return path

    def _wheels_side(
        self, p: QPainter, c: theme.Colours, x0: float, ground: float, s: float
    ) -> None:
        front, rear, r = self._axles_mm()
        p.setPen(QPen(c.body_line, 1.5))
        for axle in (front, rear):
            centre = QPointF(x0 + axle * s, ground - r * s)
            p.setBrush(c.body_line)
            p.drawEllipse(centre, r * s, r * s)
            p.setBrush(c.base)
            p.drawEllipse(centre, r * s * 0.55, r * s * 0.55)

    def _wheels_top(
        self, p: QPainter, c: theme.Colours, x0: float, centre: float, s: float
    ) -> None:
        assert self._build is not None
        front, rear, r = self._axles_mm()
        half_w = self._build.body.width_mm / 2
        tyre = 145.0
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(c.body_line)
        for axle in (front, rear):
            for side in (-1, 1):
                y = centre + side * (half_w - tyre / 2 - 20) * s
                p.drawRect(QRectF(x0 + (axle - r) * s, y - tyre / 2 * s, 2 * r * s, tyre * s))

    def _plan_details(
        self, p: QPainter, c: theme.Colours, x0: float, centre: float, s: float
    ) -> None:
        assert self._build is not None
        b = self._build.body
        a, z = _CABIN.get(b.style, (0.45, 0.95))
        inset = b.width_mm * 0.12
        cabin = QRectF(
            x0 + a * b.length_mm * s,
            centre - (b.width_mm / 2 - inset) * s,
            (z - a) * b.length_mm * s,
            (b.width_mm - 2 * inset) * s,
        )
        open_top = b.style == "roadster" or b.roof in ("soft", "targa", "removable_hard")
        pen = QPen(c.body_line, 1, Qt.PenStyle.DotLine if open_top else Qt.PenStyle.SolidLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(cabin, 4, 4)
        if b.style == "truck":
            bed = QRectF(
                x0 + 0.36 * b.length_mm * s,
                centre - (b.width_mm / 2 - 40) * s,
                0.62 * b.length_mm * s,
                (b.width_mm - 80) * s,
            )
            p.setPen(QPen(c.body_line, 1))
            p.drawRect(bed)
