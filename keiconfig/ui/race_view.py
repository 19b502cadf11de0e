"""Race replay: two to four builds from standstill over 400 m, from the model's own traces.

:class:`RaceTrack` paints the side view (one lane per car: a coloured silhouette with
its name, distance marks, the finish line, speed and gear, then place and time).
:class:`RacePanel` adds the controls: play/pause, one frame back/forward, speed
0.25×/0.5×/1×, a scrub bar. Playback runs on a ~60 Hz ``QTimer`` and advances by the
*real* time elapsed (``QElapsedTimer``), so a late frame never slows the race down.
``time_changed`` tells the comparison plot's cursor where the race is.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QHelpEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from keiconfig.core.race import RACE_DISTANCE_M, RaceReplay, RaceState
from keiconfig.core.results import Performance
from keiconfig.ui import format as fmt
from keiconfig.ui import plain, theme
from keiconfig.ui.compare_panel import entry_colours, wrap_name
from keiconfig.ui.icons import paint_body_style

FPS = 60.0
FRAME_S = 1.0 / FPS
SPEEDS = (0.25, 0.5, 1.0)
TAIL_S = 1.0  # the replay runs on this long after the last car finishes
MIN_LANE_LINES = 1.5  # a lane is at least this many lines of text high
_MARGIN_LINES = 0.6  # the track's margin, in lines of text
_TOP_LINES = _MARGIN_LINES + 1.2  # the margin and the distance labels, above the lanes
_ROOMY_LANE_LINES = 2.2  # in a lane this high the name sits above the car; else beside it
# A lane is at most its car's height and this many lines (its name above the car, the ground
# line below): in a tall column the lanes no longer stretch to share the whole height.
_LANE_ROOM_LINES = 1.7
# A name wider than the track up to the finish strip goes on this many lines above its car
# where the column has the height (a projector's 576 px column at 1600x900 cut 'Mitsubishi
# Minica Dangan ZZ (…' at the strip); the last line is cut with "…" only past that.
NAME_LINES = 2
_CAR_MAX_LINES = 3.0  # a car is at most this many lines of text high
_RUN_OUT_M = 30.0  # track drawn past the line, so finished cars roll on a little
DEFAULT_STYLE = "sedan"  # a car whose body style is not given is drawn as a saloon
READOUT_SHARE = 0.3  # the read-outs' column is at most this share of the track's width
CAR_SHARE = 0.15  # and a car at most this share: a narrow column keeps a track to watch


def _finish_cell(line: float) -> float:
    """The side of a square of the chequered finish strip (two squares wide)."""
    return max(line * 0.35, 4.0)


def ordinal(place: int) -> str:
    """``1st``, ``2nd``... (in Japanese 1位, 2位...)."""
    translate = QCoreApplication.translate
    if place == 1:
        return translate("race", "1st")
    if place == 2:
        return translate("race", "2nd")
    if place == 3:
        return translate("race", "3rd")
    return translate("race", "{place}th").format(place=place)


def finish_places(replay: RaceReplay) -> dict[int, int]:
    """Each finisher's place (by car index). Cars whose times are the same as shown (to a
    tenth of a second, as the read-outs and the Comparison's table give them) share a
    place, the next place skipped (1st, 1st, 3rd): two identical builds were '1st · 17.9 s'
    and '2nd · 17.9 s' by the order they were pinned in, beside a table that starred both
    17.9 s as best."""
    places: dict[int, int] = {}
    last_shown, last_place = None, 0
    for place, k in enumerate(replay.finish_order, start=1):
        t = replay.finish_times_s[k]
        if t is None:
            continue
        shown = fmt.seconds(t)
        if shown != last_shown:
            last_shown, last_place = shown, place
        places[k] = last_place
    return places


class RaceTrack(QWidget):
    """Paints a :class:`RaceReplay` at one instant."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._replay: RaceReplay | None = None
        self._styles: tuple[str, ...] = ()  # each car's body style, in lane order
        self._state: RaceState | None = None
        self._places: dict[int, int] = {}
        self._background = QPixmap()
        self._background_key: object = None
        # where the last frame put the names and the finish strip (for tests)
        self.name_boxes: list[QRectF] = []
        self.name_texts: list[str] = []  # each name as drawn (its lines joined by "\n")
        self.finish_box = QRectF()
        self.mark_boxes: list[QRectF] = []  # the distance marks' labels drawn
        self.clock_box = QRectF()
        self.readout_boxes: list[QRectF] = []  # each lane's speed, gear or place drawn
        self.car_boxes: list[QRectF] = []  # each car drawn
        self.car_length = 0.0  # a car's length on screen, px
        self.lane_height = 0.0  # a lane's height, px
        # As tall as its lanes need, no taller: the spare height of a tall column is left
        # below the race's controls, not spread between the cars and their read-outs.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setAccessibleName(self.tr("Race replay: the cars on a 400 m track"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        """As wide as a track reads; as high as its lanes at their tallest at the present
        width (its maximum height: see the size policy)."""
        line = QFontMetricsF(self.font()).height()
        n = len(self._replay.names) if self._replay is not None else 2
        # (its own width once on screen; hidden, it has none yet: a layout that sized it
        # before it showed asked again as it painted, and a picture of it came out stale)
        width = float(self.width()) if self.isVisible() and self.width() > 0 else 720.0
        lane = self._lane_most(line, width)
        height = math.ceil(line * (_TOP_LINES + _MARGIN_LINES) + lane * n)
        return QSize(720, max(height, self.minimumSizeHint().height()))

    @staticmethod
    def _car_size(lane_h: float, line: float, width: float) -> tuple[float, float]:
        """A car's length and height in a lane ``lane_h`` high, a track ``width`` wide."""
        car_h = max(min(lane_h - line * 1.25, line * _CAR_MAX_LINES), line * 0.7)
        car_len = min(car_h * 2.0, width * CAR_SHARE)  # the icons are twice as long as high
        return car_len, car_len / 2.0

    def _lane_most(self, line: float, width: float) -> float:
        """The tallest a lane gets at ``width``: its car's height, the name above it (on
        two lines where a name needs them: :meth:`_names_wrap`) and the ground line below,
        never less than a lane that has its name above its car."""
        _car_len, car_h = self._car_size(math.inf, line, width)
        extra = line * (NAME_LINES - 1) if self._names_wrap(width) else 0.0
        return max(car_h + line * _LANE_ROOM_LINES + extra, line * _ROOMY_LANE_LINES)

    def _track_ends(
        self, width: float, line: float, fmb: QFontMetricsF, car_len: float
    ) -> tuple[float, float, float]:
        """The read-outs' column's width and the track's left and right ends at ``width``
        (cars ``car_len`` long: one waiting at the start fits on the left)."""
        margin = line * _MARGIN_LINES
        sample = max(fmb.horizontalAdvance(self._readout_sample()), fmb.horizontalAdvance("88.8 s"))
        readout_w = min(sample, width * READOUT_SHARE) + margin
        return readout_w, margin + car_len, width - readout_w - margin

    def _name_room(self, width: float, line: float, fmb: QFontMetricsF, car_len: float) -> float:
        """The width a name has above its car: the track up to the finish strip, which no
        name crosses."""
        assert self._replay is not None
        _readout_w, left, right = self._track_ends(width, line, fmb, car_len)
        span_m = self._replay.distance_m + _RUN_OUT_M
        finish_x = left + self._replay.distance_m * max(right - left, 1.0) / span_m
        return finish_x - line * 0.3 - line * _MARGIN_LINES - 4

    def _names_wrap(self, width: float) -> bool:
        """Whether a name is too wide for one line above its car at ``width`` (the cars at
        their longest) and is broken onto two between its words."""
        if self._replay is None:
            return False
        bold = QFont(self.font())
        bold.setBold(True)
        fmb = QFontMetricsF(bold)
        line = QFontMetricsF(self.font()).height()
        car_len, _car_h = self._car_size(math.inf, line, width)
        room = self._name_room(width, line, fmb, car_len)
        fm = QFontMetrics(bold)
        return any(
            "\n" in wrap_name(plain.one_line(name), fm, int(room), NAME_LINES)
            for name in self._replay.names
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible() and event.oldSize().width() != event.size().width():
            self.updateGeometry()  # its cars, so its lanes' height, follow the width

    def minimumSizeHint(self) -> QSize:
        # room for every lane: a car and its name, at the current text size
        # (as paintEvent lays them out: the margin and the distance labels above the lanes,
        # the margin below; before, the margin below was not counted, and at 1920x1080 in
        # projector mode in Japanese the two read-outs overlapped by some 0.7 px)
        line = QFontMetricsF(self.font()).height()
        n = len(self._replay.names) if self._replay is not None else 2
        return QSize(320, math.ceil(line * (_TOP_LINES + MIN_LANE_LINES * n + _MARGIN_LINES)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        """A name shortened to fit ("…"): its whole name in a tooltip over it (as the
        track's accessible description says every name whole)."""
        if event.type() == QEvent.Type.ToolTip and self._replay is not None:
            assert isinstance(event, QHelpEvent)
            names = self._replay.names
            for k, (box, text) in enumerate(zip(self.name_boxes, self.name_texts, strict=False)):
                whole = plain.one_line(names[k]) if k < len(names) else text
                if box.contains(QPointF(event.pos())) and text.replace("\n", " ") != whole:
                    QToolTip.showText(event.globalPos(), plain.tooltip(names[k]), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def set_replay(self, replay: RaceReplay | None, styles: Sequence[str] = ()) -> None:
        """Show ``replay``; ``styles`` are the cars' body styles (a saloon where not given)."""
        self._replay = replay
        self._styles = tuple(styles)
        self._places = {} if replay is None else finish_places(replay)
        self._state = replay.state_at(0.0) if replay is not None else None
        self.updateGeometry()  # the number of lanes sets the minimum height
        self.update()

    def set_state(self, state: RaceState) -> None:
        self._state = state
        self.update()

    def describe(self) -> str:
        s = self._state
        if s is None:
            return self.tr("No race.")
        parts = []
        for k, car in enumerate(s.cars):
            if car.finished and car.finish_time_s is not None:
                parts.append(
                    self.tr("%s: %s in %s")
                    % (
                        car.name,
                        ordinal(self._places.get(k, 0)),
                        fmt.sentence_seconds(car.finish_time_s),
                    )
                )
            elif not car.stepped:  # electric single speed or CVT: no gear to name
                parts.append(
                    self.tr("%s: %s, %s")
                    % (car.name, fmt.quantity(car.position_m, "m"), fmt.kmh(car.speed_kmh))
                )
            else:
                parts.append(
                    self.tr("%s: %s, %s, gear %d")
                    % (
                        car.name,
                        fmt.quantity(car.position_m, "m"),
                        fmt.kmh(car.speed_kmh),
                        car.gear,
                    )
                )
        return "; ".join(parts)

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        c = theme.colours(self.palette())
        p = QPainter(self)
        state, replay = self._state, self._replay
        if state is None or replay is None:
            p.fillRect(self.rect(), c.base)
            p.setPen(c.muted)
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Pin two to four builds in the comparison, then press Race Them."),
            )
            p.end()
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        fm = QFontMetricsF(font)
        line = fm.height()
        bold = QFont(font)
        bold.setBold(True)
        fmb = QFontMetricsF(bold)

        n = len(state.cars)
        margin = line * _MARGIN_LINES
        # The read-out column and the cars shrink with the width, so the track keeps most
        # of it: in the race's narrow column (1280x720, projector mode, Japanese) the read-
        # outs and the 115 px cars left the track some 60 px and the names 'Caterh…'.
        width = float(self.width())
        top = line * _TOP_LINES  # the margin, then the distance labels
        bottom = self.height() - margin
        # Every lane on screen, however short the dock: the lanes share the height; in a
        # tall one none is taller than its car and name need (a race that shared a tall
        # column at 1280x720 had lanes some 250 px high, each read-out half a lane above
        # its car), the spare height left below the last.
        lane_h = max((bottom - top) / max(n, 1), 1.0)
        lane_h = min(lane_h, self._lane_most(line, width))
        # A long name on two lines above its car (see _lane_most) where the lane, less that
        # line, still has a car and its name above it: the car a little smaller for it (a
        # shorter column, 1280x720 in projector mode, its lanes some 90 px high).
        second = line * (NAME_LINES - 1)
        two = lane_h - second >= line * _ROOMY_LANE_LINES and self._names_wrap(width)
        car_len, car_h = self._car_size(lane_h - (second if two else 0.0), line, width)
        self.car_length = car_len
        self.lane_height = lane_h
        _readout_w, left, right = self._track_ends(width, line, fmb, car_len)
        span_m = replay.distance_m + _RUN_OUT_M
        px_per_m = max(right - left, 1.0) / span_m

        def x_of(m: float) -> float:
            return left + min(max(m, 0.0), span_m) * px_per_m

        # The still parts (marks, finish line, lane lines) are drawn once per size,
        # palette and font into a pixmap; each frame only draws the cars and the text.
        key = (self.size(), n, c.dark, c.text.rgba(), font.key(), id(replay))
        if self._background_key != key:
            self._background = self._paint_background(
                c,
                font,
                fm,
                replay.distance_m,
                n,
                (top, lane_h, left, span_m, line),
                x_of,
                clock_left=right + margin,
            )
            self._background_key = key
        p.drawPixmap(0, 0, self._background)
        # lanes
        colours = entry_colours(c.dark)
        # the chequered finish strip (see _paint_background), which no name may cross
        finish_x = x_of(replay.distance_m)
        finish_end = finish_x + 2 * _finish_cell(line)
        gap = line * 0.3
        names: list[QRectF] = []
        self.name_boxes = names
        self.name_texts = []
        fm_bold = QFontMetrics(bold)
        readouts: list[QRectF] = []
        self.readout_boxes = readouts
        self.car_boxes = []
        self.finish_box = QRectF(finish_x, top, finish_end - finish_x, lane_h * n)
        for k, car in enumerate(state.cars):
            y0 = top + k * lane_h
            ground = y0 + lane_h - line * 0.3
            nose = x_of(car.position_m)
            style = self._styles[k] if k < len(self._styles) else DEFAULT_STYLE
            self._draw_car(p, colours[k % len(colours)], style, nose - car_len, ground, car_len)
            self.car_boxes.append(QRectF(nose - car_len, ground - car_h * 23 / 24, car_len, car_h))
            # name above the car, kept on screen
            p.setFont(bold)
            p.setPen(c.text)
            # at most half the track: a long name must not hide the cars
            # (above the car in a roomy lane it hides none: there, the track up to the
            # finish strip, which no name crosses)
            roomy = lane_h >= line * _ROOMY_LANE_LINES
            room = (finish_x - gap - margin - 4) if roomy else (right - margin) / 2
            whole = plain.one_line(car.name)  # drawn as text, never markup; on its line
            if roomy and two:  # on two lines between its words, if it needs them
                lines = wrap_name(whole, fm_bold, int(room), NAME_LINES).split("\n")
            else:
                lines = [fmb.elidedText(whole, Qt.TextElideMode.ElideRight, int(room))]
            self.name_texts.append("\n".join(lines))
            name_w = max(fmb.horizontalAdvance(t) for t in lines)
            above = fmb.lineSpacing() * (len(lines) - 1)  # the lines above the last
            if roomy:  # above the car, kept on screen
                nx = min(max(nose - car_len, margin), right - name_w)
                base = QPointF(nx, ground - car_h - line * 0.25)
            else:  # a short lane: beside the car, behind it if there is room, else ahead
                behind = nose - car_len - gap - name_w
                nx = behind if behind >= margin else min(nose + gap, right - name_w)
                base = QPointF(nx, ground - car_h * 0.5 + (fmb.ascent() - fmb.descent()) / 2)
            if nx - 2 < finish_end + gap and nx + name_w + 2 > finish_x - gap:
                # a car at or past the line: its name before the finish strip, not across it
                nx = max(finish_x - gap - name_w - 2, margin)
                base.setX(nx)
            backing = QColor(c.base)
            backing.setAlpha(210)
            box = QRectF(nx - 2, base.y() - above - fmb.ascent(), name_w + 4, fmb.height() + above)
            p.fillRect(box, backing)
            for i, text in enumerate(lines):
                p.drawText(QPointF(nx, base.y() - above + i * fmb.lineSpacing()), text)
            names.append(box)
            # read-out at the right
            p.setFont(font if not car.finished else bold)
            if car.finished and car.finish_time_s is not None:
                text = f"{ordinal(self._places.get(k, 0))} · {fmt.seconds(car.finish_time_s)}"
            elif not car.stepped:
                text = fmt.kmh(car.speed_kmh)
            else:
                text = self.tr("{speed} · gear {gear}").format(
                    speed=fmt.kmh(car.speed_kmh), gear=car.gear
                )
            box = QRectF(right + margin, y0, width - right - margin, lane_h)
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            wrap = flags | Qt.TextFlag.TextWordWrap  # a narrow column: on two lines
            used = QFontMetricsF(p.font()).boundingRect(box, wrap, text)
            if not (used.height() <= lane_h and used.width() <= box.width()):
                # no room for two lines: cut, not drawn over the next lane
                text = QFontMetricsF(p.font()).elidedText(
                    text, Qt.TextElideMode.ElideRight, int(box.width())
                )
                wrap = flags
                used = QFontMetricsF(p.font()).boundingRect(box, flags, text)
            # level with its car (its middle), inside its lane
            middle = ground - car_h * 23 / 48
            y = min(max(middle - used.height() / 2, y0), y0 + lane_h - used.height())
            box = QRectF(box.left(), y, box.width(), used.height())
            p.drawText(box, wrap, text)
            used.moveTop(y)
            readouts.append(used)
        # elapsed time, above the read-outs
        p.setFont(bold)
        p.setPen(c.text)
        clock = self.tr("t = %s") % (fmt.seconds(state.t_s) if state.t_s > 0 else "0.0 s")
        p.drawText(QPointF(right + margin, top - line * 0.35), clock)
        self.clock_box = QRectF(
            right + margin, top - line * 0.35 - fmb.ascent(), fmb.horizontalAdvance(clock),
            fmb.height(),
        )  # fmt: skip
        p.end()

    def _readout_sample(self) -> str:
        """The widest read-out of the language of the moment ('888 km/h · gear 8')."""
        return self.tr("{speed} · gear {gear}").format(speed=fmt.kmh(888.0), gear=8) + " "

    def _paint_background(
        self, c, font, fm, distance_m, n, geometry, x_of, clock_left: float
    ) -> QPixmap:
        """The still parts. A distance mark's label is drawn where it clears the one
        before it and the finish's, which is kept clear of the clock (``clock_left``): in
        a narrow dock (the race beside the dashboard, 1280x720) they were drawn over each
        other, '100 m200 m300 m400 mt = 2.7 s'."""
        top, lane_h, left, span_m, line = geometry
        ratio = self.devicePixelRatioF()
        pix = QPixmap(self.size() * ratio)
        pix.setDevicePixelRatio(ratio)
        pix.fill(c.base)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(font)
        step = 100.0 if distance_m >= 200 else 50.0
        base = top - line * 0.35
        gap = fm.horizontalAdvance("  ")

        def label_box(mark: float, x: float) -> QRectF:
            width = fm.horizontalAdvance(fmt.quantity(mark, "m"))
            return QRectF(x - width / 2, base - fm.ascent(), width, fm.height())

        finish = label_box(distance_m, x_of(distance_m))
        finish.moveRight(min(finish.right(), clock_left - gap))
        self.mark_boxes = []
        mark = 0.0
        while mark <= distance_m + 1e-6:
            x = x_of(mark)
            p.setPen(QPen(c.muted, 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(x, top), QPointF(x, top + lane_h * n))
            last = mark + step > distance_m + 1e-6
            box = finish if last else label_box(mark, x)
            if box.left() < 0:
                box.moveLeft(0)
            before = self.mark_boxes[-1].right() + gap if self.mark_boxes else 0.0
            if last or (box.left() >= before and box.right() + gap <= finish.left()):
                p.setPen(c.text)
                p.drawText(QPointF(box.left(), base), fmt.quantity(mark, "m"))
                self.mark_boxes.append(box)
            mark += step
        # finish line: a chequered strip
        fx = x_of(distance_m)
        cell = _finish_cell(line)
        rows = int(lane_h * n / cell) + 1
        for r in range(rows):
            for col in range(2):
                colour = c.text if (r + col) % 2 == 0 else c.base
                p.fillRect(QRectF(fx + col * cell, top + r * cell, cell, cell), colour)
        p.setPen(QPen(c.muted, 1))
        for k in range(n):
            ground = top + k * lane_h + lane_h - line * 0.3
            p.drawLine(QPointF(left, ground), QPointF(x_of(span_m), ground))
        p.end()
        return pix

    @staticmethod
    def _draw_car(
        p: QPainter, colour: QColor, style: str, x: float, ground: float, w: float
    ) -> None:
        """The car as its body style's icon (the body panel's), in its colour, wheels on
        ``ground``; the icon's bottom twelfth is margin below the wheels."""
        h = w / 2
        paint_body_style(p, style, QRectF(x, ground - h * 23 / 24, w, h), colour)


class RacePanel(QWidget):
    """The track plus play/pause, step, speed and a scrub bar."""

    time_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Race replay"))
        self.replay: RaceReplay | None = None
        self._t = 0.0
        self._end = 0.0
        self._speed = 1.0
        self.clock = QElapsedTimer()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(int(1000 / FPS))
        self.timer.timeout.connect(self._tick)

        self.track = RaceTrack(self)
        SP = QStyle.StandardPixmap
        self.play_button = self._button(
            SP.SP_MediaPlay, self.tr("Play"), self.tr("Play or pause (Space)"), self.toggle_play
        )
        self.back_button = self._button(
            SP.SP_MediaSeekBackward, self.tr("One frame back"), self.tr("One frame back"),
            self.step_back,
        )  # fmt: skip
        self.forward_button = self._button(
            SP.SP_MediaSeekForward, self.tr("One frame forward"), self.tr("One frame forward"),
            self.step_forward,
        )  # fmt: skip
        self.restart_button = self._button(
            SP.SP_MediaSkipBackward, self.tr("Back to the start"), self.tr("Back to the start"),
            self.restart,
        )  # fmt: skip
        self.speed_box = QComboBox(self)
        self.speed_box.setAccessibleName(self.tr("Playback speed"))
        for s in SPEEDS:
            self.speed_box.addItem(f"{s:g}×", s)
        self.speed_box.setCurrentIndex(len(SPEEDS) - 1)
        self.speed_box.currentIndexChanged.connect(self._speed_chosen)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Race time"))
        self.slider.setSingleStep(int(FRAME_S * 1000))
        self.slider.setPageStep(1000)
        self.slider.valueChanged.connect(self._slider_moved)
        self.time_label = QLabel(self)
        self.time_label.setAccessibleName(self.tr("Race time read-out"))
        self.result_label = QLabel(self)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)  # names are text, not markup
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Finishing order"))
        bold = QFont(self.result_label.font())
        bold.setBold(True)
        self.result_label.setFont(bold)
        self._shown_finishers = -1
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        controls = QHBoxLayout()
        row = (self.restart_button, self.back_button, self.play_button, self.forward_button,
               self.speed_box, self.slider)  # fmt: skip
        for w in row:
            controls.addWidget(w, 1 if w is self.slider else 0)
        for a, b in itertools.pairwise(row):  # Tab as they stand, left to right
            QWidget.setTabOrder(a, b)
        controls.addWidget(self.time_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.track, 1)
        layout.addLayout(controls)
        layout.addWidget(self.result_label)
        layout.addStretch(0)  # a tall column's spare height: below, not between the lanes
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        space.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        space.activated.connect(self._space)
        self._scale_icons()
        self.set_cars([])

    def short_of_height(self) -> int:
        """How much taller the panel would be with its track as tall as its lanes read
        (:meth:`RaceTrack.sizeHint`) and no spare height below its controls: negative
        where it is taller than that (the text made smaller, the track shrank to its new
        height and left the rest below)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        stretch = layout.itemAt(layout.count() - 1)  # the spare height, below
        assert stretch is not None and stretch.spacerItem() is not None
        spare = stretch.geometry().height()
        return self.track.sizeHint().height() - self.track.height() - spare

    def _scale_icons(self) -> None:
        side = self.fontMetrics().height()
        for b in (self.play_button, self.back_button, self.forward_button, self.restart_button):
            b.setIconSize(QSize(side, side))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._scale_icons()
        if event.type() == QEvent.Type.LanguageChange:  # the finishing order written anew
            self.result_label.setText(self._results_text(self._shown_finishers))

    def _button(self, icon: QStyle.StandardPixmap, name: str, tip: str, slot) -> QToolButton:
        b = QToolButton(self)
        b.setIcon(self.style().standardIcon(icon))
        b.setText(name)
        b.setAccessibleName(name)
        b.setToolTip(tip)
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        b.setAutoRaise(False)
        b.clicked.connect(lambda _c=False: slot())
        return b

    # -- content -----------------------------------------------------------------------------
    def set_cars(self, cars: list[tuple[str, Performance]], styles: Sequence[str] = ()) -> None:
        """Race these cars (none: an empty track), each drawn as its body style in ``styles``
        (a saloon where not given). Stops playback, back to the start."""
        self.pause()
        self.replay = RaceReplay(cars, distance_m=RACE_DISTANCE_M) if cars else None
        self._end = self.replay.duration_s + TAIL_S if self.replay is not None else 0.0
        self.track.set_replay(self.replay, styles)
        self.slider.blockSignals(True)
        self.slider.setRange(0, math.ceil(self._end * 1000))
        self.slider.setValue(0)
        self.slider.blockSignals(False)
        for w in (self.play_button, self.back_button, self.forward_button, self.restart_button,
                  self.slider, self.speed_box):  # fmt: skip
            w.setEnabled(self.replay is not None)
        self._shown_finishers = -1
        self._t = -1.0
        self.set_time(0.0)

    def _finishers_at(self, t_s: float) -> int:
        """How many cars have crossed the line at ``t_s`` (all of them once the race is over)."""
        r = self.replay
        if r is None:
            return 0
        if t_s >= r.duration_s:
            return len(r.finish_order)
        times = (r.finish_times_s[k] for k in r.finish_order)
        return sum(1 for t in times if t is not None and t <= t_s)

    def _results_text(self, shown: int | None = None) -> str:
        """The finishing order, of the first ``shown`` places (all when None): the order is
        told as the cars cross the line, so the replay does not give the winner away."""
        r = self.replay
        if r is None:
            return ""
        order = r.finish_order if shown is None else r.finish_order[:shown]
        distance = fmt.quantity(r.distance_m, "m")
        if not order:
            return self.tr("Finishing order over %s: as the cars cross the line.") % distance
        parts = []
        places = finish_places(r)
        for k in order:
            t = r.finish_times_s[k]
            if t is None:
                parts.append(self.tr("%s does not finish") % r.names[k])
            else:
                parts.append(f"{ordinal(places[k])} {r.names[k]} {fmt.sentence_seconds(t)}")
        if len(order) < len(r.finish_order):
            parts.append("…")
        return self.tr("Finishing order over %s: %s") % (distance, "  ·  ".join(parts))

    # -- time --------------------------------------------------------------------------------
    @property
    def time_s(self) -> float:
        return self._t

    @property
    def end_s(self) -> float:
        return self._end

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    @property
    def speed(self) -> float:
        return self._speed

    def set_speed(self, speed: float) -> None:
        self.speed_box.setCurrentIndex(SPEEDS.index(speed))

    def _speed_chosen(self, index: int) -> None:
        self._speed = float(self.speed_box.itemData(index))
        if self.playing:
            self.clock.restart()

    def set_time(self, t_s: float) -> None:
        """Show the race at ``t_s`` (clamped to the replay); emits ``time_changed``."""
        t = min(max(float(t_s), 0.0), self._end)
        if t == self._t:
            return
        self._t = t
        if self.replay is not None:
            state = self.replay.state_at(t)
            self.track.set_state(state)
        self.slider.blockSignals(True)
        self.slider.setValue(round(t * 1000))
        self.slider.blockSignals(False)
        self.time_label.setText(fmt.seconds(t) if t > 0 else "0.0 s")
        finishers = self._finishers_at(t)
        if finishers != self._shown_finishers:
            self._shown_finishers = finishers
            self.result_label.setText(self._results_text(finishers))
        if not self.playing:
            self.track.setAccessibleDescription(self.track.describe())
        self.time_changed.emit(t)

    def _slider_moved(self, value: int) -> None:
        self.pause()
        self.set_time(value / 1000.0)

    def play(self) -> None:
        if self.replay is None:
            return
        if self._t >= self._end:
            self.set_time(0.0)
        self.clock.start()
        self.timer.start()
        self._set_play_look(playing=True)

    def pause(self) -> None:
        self.timer.stop()
        self._set_play_look(playing=False)
        self.track.setAccessibleDescription(self.track.describe())

    def _set_play_look(self, playing: bool) -> None:
        SP = QStyle.StandardPixmap
        icon = SP.SP_MediaPause if playing else SP.SP_MediaPlay
        name = self.tr("Pause") if playing else self.tr("Play")
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText(name)
        self.play_button.setAccessibleName(name)

    def _space(self) -> None:
        """Space plays or pauses, but presses a focused button and opens a focused choice,
        as everywhere: on "One frame forward" it started the race instead."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QToolButton) and self.isAncestorOf(focused):
            focused.click()
        elif isinstance(focused, QComboBox) and self.isAncestorOf(focused):
            focused.showPopup()
        else:
            self.toggle_play()

    def toggle_play(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def restart(self) -> None:
        self.pause()
        self.set_time(0.0)

    def step_forward(self) -> None:
        self.pause()
        self.set_time(self._t + FRAME_S)

    def step_back(self) -> None:
        self.pause()
        self.set_time(self._t - FRAME_S)

    def advance(self, real_elapsed_s: float) -> None:
        """Move on by ``real_elapsed_s`` of wall-clock time at the chosen speed."""
        self.set_time(self._t + real_elapsed_s * self._speed)
        if self._t >= self._end:
            self.pause()

    def _tick(self) -> None:
        elapsed = self.clock.restart() / 1000.0
        self.advance(elapsed)
