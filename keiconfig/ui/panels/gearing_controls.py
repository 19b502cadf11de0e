"""Gear ratios and final drive, in the drivetrain panel (advanced: hidden in projector mode).

With "Auto" ticked the boxes show the ratios the model designs for the build (greyed);
unticking it copies them into the build (``drivetrain.ratios`` / ``final_drive``) to be
edited. A CVT gives its lowest and highest ratio; an electric car has no gearbox, only
its single reduction (the "final drive" row, named so). A ratio the build refuses (a
higher gear not lower than the one before) is put back, with the sentence saying why.

A first gear (a CVT's lowest ratio, a reduction) too tall to move the car off is lowered
by the run (``performance.lowest_ratio_raised``); the box keeps the build's (or the
model's) value and a note under the rows says which ratio the run uses instead.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPoint, QRect, QSignalBlocker, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QStyle,
    QWidget,
    QWidgetItem,
)

from keiconfig.core.build import FINAL_DRIVE, GEAR_RATIO
from keiconfig.core.results import LowestRatioRaised
from keiconfig.ui import format as fmt
from keiconfig.ui.toggled_to_box import ToggledToBox
from keiconfig.ui.widgets import RangeSentence, pass_wheel_by, show_value

if TYPE_CHECKING:
    from keiconfig.ui.panels.drivetrain_panel import DrivetrainPanel


_QWIDGETSIZE_MAX = (1 << 24) - 1


class _Box(QDoubleSpinBox):
    """A ratio box whose size stays put while its range follows its neighbours: a spin box
    whose range changes asks its layout, and so the whole controls column, to lay out
    again, and the model's own ratios change on most edits of a drag. Sized for the widest
    value within ``limits`` (again when the font or the style changes)."""

    def __init__(self, parent: QWidget, lo: float, hi: float) -> None:
        super().__init__(parent)
        self._limits = (lo, hi)
        self.setDecimals(2)
        self.setRange(lo, hi)

    def set_bounds(self, lo: float, hi: float) -> None:
        """The range ``lo``..``hi`` (rounded as shown), set only if it changed."""
        lo, hi = round(lo, 2), round(hi, 2)
        if abs(self.minimum() - lo) > 1e-9 or abs(self.maximum() - hi) > 1e-9:
            with QSignalBlocker(self):
                self.setRange(lo, hi)

    def fit(self) -> None:
        lo, hi = self.minimum(), self.maximum()
        with QSignalBlocker(self):
            self.setMinimumSize(0, 0)
            self.setMaximumSize(_QWIDGETSIZE_MAX, _QWIDGETSIZE_MAX)
            self.setRange(*self._limits)  # the size hint for every value the box takes
            hint = self.sizeHint()
            self.setRange(lo, hi)
        self.setFixedSize(hint)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()


def _spin(parent: QWidget, lo: float, hi: float, name: str) -> _Box:
    s = _Box(parent, lo, hi)
    s.setSingleStep(0.05)
    s.setKeyboardTracking(False)  # typing "3.54" is one change, not four
    s.setAlignment(Qt.AlignmentFlag.AlignRight)
    s.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
    s.setAccessibleName(name)
    pass_wheel_by(s)
    s.fit()
    return s


# Ratio boxes on one line up to this many; more (a 7- to 10-speed gearbox) take two lines
# of about half each: ten boxes and "Auto" on one line were wider than the controls column
# at 1280x720, which then cut every box down its right edge (the redline, the pins).
BOXES_ON_ONE_LINE = 6
MOST_BOX_LINES = 3  # a narrow column: the boxes on up to this many lines


def box_lines(count: int) -> int:
    """How many lines ``count`` ratio boxes take where the column has room."""
    return 1 if count <= BOXES_ON_ONE_LINE else 2


class _RatioLayout(QLayout):
    """The ratio boxes in order, on as few lines as the width allows, and "Auto" beside
    them or, narrower, under them. Where the controls column is narrowed (docks beside
    the dashboard, a 1280x720 desktop with 10 pt text), the row's least width is that of
    its narrowest arrangement, no more than the other rows': five boxes and "Auto" on one
    line needed 290 px where the slider rows need 264, and the whole column 338 px (six
    boxes: 385), which then scrolled sideways over the boxes. A width the boxes and
    "Auto" fit on one line lays them out as before."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self._items: list[QLayoutItem] = []
        self.auto: QWidget | None = None  # the check box, laid out after the boxes
        self.narrow = False  # in a narrowed column: as narrow as it can be (set_narrow)

    # -- QLayout ----------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insert(self, index: int, widget: QWidget) -> None:
        """``widget`` laid out at ``index`` (a ratio box before "Auto")."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._size(self._choose(width)).height()

    def sizeHint(self) -> QSize:
        options = self._options()
        return self._size(options[0]) if options else QSize(0, 0)

    def minimumSize(self) -> QSize:
        """In a narrowed column, the narrowest arrangement; else the boxes on their usual
        lines, "Auto" under them: a row that does not fit beside its label then goes
        under it (as before) rather than splitting its boxes."""
        options = self._options()
        if not options:
            return QSize(0, 0)
        height = self._size(options[0]).height()
        if self.narrow:
            return QSize(min(self._size(o).width() for o in options), height)
        count = len(self._parts()[0])
        usual = (-(-count // box_lines(count)) if count else 1, True)
        return QSize(self._size(usual).width(), height)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        per_line, under = self._choose(rect.width())
        boxes, auto = self._parts()
        h_gap, v_gap = self._gaps()
        box = self._box_size()
        for i, item in enumerate(boxes):
            line, col = divmod(i, per_line)
            x = rect.x() + col * (box.width() + h_gap)
            y = rect.y() + line * (box.height() + v_gap)
            item.setGeometry(QRect(QPoint(x, y), box))
        if auto is None:
            return
        size = auto.sizeHint()
        if under:
            lines = -(-len(boxes) // per_line)
            top = rect.y() + lines * (box.height() + v_gap)
            auto.setGeometry(QRect(QPoint(rect.x(), top), size))
        else:
            across = min(per_line, len(boxes))
            x = rect.x() + across * (box.width() + h_gap)
            y = rect.y() + max(box.height() - size.height(), 0) // 2  # beside the first line
            auto.setGeometry(QRect(QPoint(x, y), size))

    # -- the arrangements -------------------------------------------------------------------
    def _parts(self) -> tuple[list[QLayoutItem], QLayoutItem | None]:
        """The shown boxes' items, and the check box's (None if hidden)."""
        boxes: list[QLayoutItem] = []
        auto: QLayoutItem | None = None
        for item in self._items:
            if item.isEmpty():
                continue
            if item.widget() is self.auto:
                auto = item
            else:
                boxes.append(item)
        return boxes, auto

    def _gaps(self) -> tuple[int, int]:
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6, 6
        h = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)
        v = style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing, None, parent)
        return max(h, 0), max(v, 0)

    def _box_size(self) -> QSize:
        size = QSize(0, 0)
        for item in self._parts()[0]:
            size = size.expandedTo(item.sizeHint())
        return size

    def _options(self) -> list[tuple[int, bool]]:
        """The arrangements (boxes a line, "Auto" under them), best first: fewest lines,
        then the boxes on fewest lines (five boxes with "Auto" under them read better than
        three and two with "Auto" beside)."""
        boxes, auto = self._parts()
        count = len(boxes)
        if count == 0:
            return [(1, True)]
        found: list[tuple[int, int, int, bool]] = []
        for at_most in range(box_lines(count), MOST_BOX_LINES + 1):
            per_line = -(-count // at_most)
            lines = -(-count // per_line)
            for under in (False, True) if auto is not None else (False,):
                found.append((lines + (1 if under else 0), lines, per_line, under))
        found = sorted(set(found), key=lambda o: (o[0], o[1]))
        return [(per_line, under) for _, _, per_line, under in found]

    def _size(self, option: tuple[int, bool]) -> QSize:
        per_line, under = option
        boxes, auto = self._parts()
        h_gap, v_gap = self._gaps()
        box = self._box_size()
        across = min(per_line, len(boxes))
        lines = -(-len(boxes) // per_line) if boxes else 0
        width = across * box.width() + max(across - 1, 0) * h_gap
        height = lines * box.height() + max(lines - 1, 0) * v_gap
        if auto is not None:
            a = auto.sizeHint()
            if under:
                width = max(width, a.width())
                height += (v_gap if lines else 0) + a.height()
            else:
                width += (h_gap if across else 0) + a.width()
                height = max(height, a.height())
        return QSize(width, height)

    def _choose(self, width: int) -> tuple[int, bool]:
        """The best arrangement that fits ``width``, else the narrowest."""
        options = self._options()
        for option in options:
            if self._size(option).width() <= width:
                return option
        return min(options, key=lambda o: self._size(o).width())


class _RatioRow(QWidget):
    """The ratio boxes (one per gear, on one line or more) and an "Auto" check box."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.layout_ = _RatioLayout(self)
        self.spins: list[_Box] = []
        self.auto = QCheckBox(self.tr("Auto"), self)
        self.auto.setAccessibleName(self.tr("Gear ratios: Auto"))
        self.layout_.auto = self.auto
        self.layout_.addWidget(self.auto)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_narrow(self, on: bool) -> None:
        """The controls column narrowed beside docks (DockRoom's limit): the row's least
        width its narrowest arrangement."""
        if self.layout_.narrow != on:
            self.layout_.narrow = on
            self.layout_.invalidate()
            self.updateGeometry()

    def add_box(self, box: _Box) -> None:
        """``box`` after the others (before "Auto")."""
        self.spins.append(box)
        self.layout_.insert(len(self.spins) - 1, box)


class GearingControls:
    """The ratio and final-drive rows of a DrivetrainPanel."""

    def __init__(self, panel: DrivetrainPanel) -> None:
        self.panel = panel
        tr = panel.tr
        self.ratios = _RatioRow(panel)
        self.ratios.auto.toggled.connect(self._ratios_auto)
        ToggledToBox(self.ratios.auto, self._first_ratio)  # Tab after unticking: a box
        self.final = QWidget(panel)
        row = QHBoxLayout(self.final)
        row.setContentsMargins(0, 0, 0, 0)
        self.final_spin = _spin(self.final, *FINAL_DRIVE, tr("Final drive"))
        self.final_spin.valueChanged.connect(self._final_edited)
        RangeSentence(self.final_spin)  # a number typed outside the range: said, not dropped
        self.final_auto = QCheckBox(tr("Auto"), self.final)
        self.final_auto.setAccessibleName(tr("Final drive: Auto"))
        self.final_auto.toggled.connect(self._final_auto)
        ToggledToBox(self.final_auto, self.final_spin)  # Tab after unticking: the box
        row.addWidget(self.final_spin)
        row.addWidget(self.final_auto)
        row.addStretch(1)
        self.final_label: QWidget | None = None
        # Which ratio the run uses when the one shown cannot move the car off (hidden
        # otherwise): the box keeps the value the person set, or the model designed.
        self.note = QLabel(panel)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(tr("Ratio the run uses"))
        self._projector = False
        self._count = 0  # ratio boxes in use (more may exist, hidden, from a car with more gears)

    def _first_ratio(self) -> QWidget | None:
        return self.ratios.spins[0] if self.ratios.spins else None

    def _cvt(self) -> bool:
        return self.panel.document.build.drivetrain.transmission == "cvt"

    @property
    def ratios_tip(self) -> str:
        """The ratio boxes' tooltip, in the language shown now (a box added later, for a
        car with more gears, gets it too); a CVT's two boxes are its lowest and highest
        ratio, not numbered gears."""
        tr = self.panel.tr  # (extracted as the panel's other texts are)
        if self._cvt():
            return tr(
                "The CVT's lowest and highest ratio, lowest first (engine turns per turn of "
                "its output). Between them its ratio changes smoothly, holding the engine "
                "near its peak power; the highest must be lower than the lowest. Auto: the "
                "model's own ratios."
            )
        return tr(
            "Gearbox ratios, first gear first (engine turns per turn of the gearbox "
            "output). Higher numbers push harder but run out of revs sooner; each gear "
            "must be lower than the one before. Auto: the model's own ratios."
        )

    def _box_name(self, i: int) -> str:
        tr = self.panel.tr
        if self._cvt():
            return tr("CVT lowest ratio") if i == 0 else tr("CVT highest ratio")
        return tr("Gear %d ratio") % (i + 1)

    def _order_reason(self) -> str:
        tr = self.panel.tr
        if self._cvt():
            return tr("the highest ratio lower than the lowest")
        return tr("each gear lower than the one before")

    @property
    def final_tip(self) -> str:
        """The final drive's tooltip, in the language shown now."""
        tr = self.panel.tr
        return tr(
            "The final drive ratio, by which every gear is multiplied; for an electric "
            "car its single reduction. Shorter (higher): more push, lower top speed. "
            "Auto: the model's own."
        )

    def add_rows(self) -> None:
        tr = self.panel.tr
        self.panel.add_row(tr("Gear rati&os"), self.ratios, self.ratios_tip)
        self.ratios.auto.setToolTip(self.ratios_tip)
        final_tip = self.final_tip
        self.final_label = self.panel.add_row(tr("Fin&al drive"), self.final, final_tip)
        self.final_spin.setToolTip(final_tip)
        self.final_auto.setToolTip(final_tip)
        self.panel.form.addRow(self.note)
        self.panel.form.setRowVisible(self.note, False)

    def rows(self) -> list[QWidget]:
        return [self.ratios, self.final]

    def set_projector(self, on: bool) -> None:
        """Projector mode hides the note with the rows it speaks of."""
        self._projector = on
        self._show_note()

    def _show_note(self) -> None:
        show = bool(self.note.text()) and not self._projector
        if self.panel.form.isRowVisible(self.note) != show:
            self.panel.form.setRowVisible(self.note, show)

    def run_note(self, raised: LowestRatioRaised | None) -> str:
        """The note: which ratio the run uses instead of the one shown, and why ("" when
        the run uses the one shown)."""
        if raised is None:
            return ""
        tr = self.panel.tr
        if raised.kind == "reduction":
            text = tr(
                "The run uses a reduction of %1, not the %2 shown: that one is too tall "
                "for the motor to move the car off."
            )
        elif raised.kind == "lowest_ratio":
            text = tr(
                "The run uses a lowest ratio of %1, not the %2 shown: that one is too tall "
                "to move the car off."
            )
        else:
            text = tr(
                "The run uses a first gear of %1, not the %2 shown: that one is too tall "
                "to move the car off."
            )
        used = fmt.number(raised.used / raised.final_drive, 2)
        given = fmt.number(raised.given / raised.final_drive, 2)
        return text.replace("%1", used).replace("%2", given)

    # -- edits -------------------------------------------------------------------------------
    def _shown_ratios(self) -> tuple[float, ...]:
        return tuple(round(s.value(), 2) for s in self.ratios.spins[: self._count])

    def _ratios_auto(self, on: bool) -> None:
        tr = self.panel.tr
        if on:
            self.panel.apply({"drivetrain.ratios": None}, tr("Model's own gear ratios"))
        else:
            self.panel.apply({"drivetrain.ratios": self._shown_ratios()}, tr("Set gear ratios"))

    def _ratio_edited(self, _value: float) -> None:
        if self.panel.document.build.drivetrain.ratios is None:
            return
        self.panel.apply(
            {"drivetrain.ratios": self._shown_ratios()}, self.panel.tr("Change gear ratio")
        )

    def _final_auto(self, on: bool) -> None:
        tr = self.panel.tr
        lo, hi = FINAL_DRIVE  # the model's own may be beyond what a build may give
        value: Any = None if on else round(min(max(self.final_spin.value(), lo), hi), 2)
        self.panel.apply({"drivetrain.final_drive": value}, tr("Change final drive"))

    def _final_edited(self, value: float) -> None:
        if self.panel.document.build.drivetrain.final_drive is None:
            return
        self.panel.apply(
            {"drivetrain.final_drive": round(float(value), 2)}, self.panel.tr("Change final drive")
        )

    def _order_tabs(self) -> None:
        """Tab goes through the boxes as they read: the gears in order, their Auto, then the
        final drive and its Auto. The gear boxes are made after the final drive's (as a car
        with more gears needs them), and Tab went from the ratios' Auto to the final drive,
        its Auto, and only then to first gear."""
        chain: list[QWidget] = [
            *self.ratios.spins,
            self.ratios.auto,
            self.final_spin,
            self.final_auto,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    # -- refresh -----------------------------------------------------------------------------
    def refresh(self) -> None:
        doc = self.panel.document
        b = doc.build
        d = b.drivetrain
        perf = doc.performance
        shown = d.ratios if d.ratios is not None else perf.gear_ratios
        row = self.ratios
        made = len(row.spins) < len(shown)
        while len(row.spins) < len(shown):
            i = len(row.spins)
            s = _spin(row, *GEAR_RATIO, self._box_name(i))
            s.valueChanged.connect(self._ratio_edited)
            s.setToolTip(self.ratios_tip)
            RangeSentence(s, self._order_reason)
            row.add_box(s)
        if made:
            self._order_tabs()
        self._count = len(shown)
        tip = self.ratios_tip
        lo, hi = GEAR_RATIO
        for i, s in enumerate(row.spins):
            visible = i < len(shown)
            if s.isVisibleTo(row) != visible:
                s.setVisible(visible)
            if visible:
                # Each gear between its neighbours, so a ratio out of order cannot be typed
                # (the range follows the neighbours, as the wheelbase's follows the length).
                top = round(shown[i - 1] - 0.01, 2) if i > 0 else hi
                bottom = round(shown[i + 1] + 0.01, 2) if i + 1 < len(shown) else lo
                s.set_bounds(min(bottom, shown[i]), max(top, shown[i]))
                if abs(s.value() - round(shown[i], 2)) > 1e-9:  # as shown: two decimals
                    show_value(s, shown[i])  # (the same value set again repaints the box)
            if s.isEnabledTo(row) != (d.ratios is not None):
                s.setEnabled(d.ratios is not None)
            name = self._box_name(i)
            if s.accessibleName() != name:
                s.setAccessibleName(name)
            if i > 0 and s.toolTip() != tip:  # (the first box's: _show_raised)
                s.setToolTip(tip)
        for widget in (row, row.auto, self.panel.form.labelForField(row)):
            if widget is not None and widget.toolTip() != tip:
                widget.setToolTip(tip)
        with QSignalBlocker(row.auto):
            row.auto.setChecked(d.ratios is None)
        raised = perf.lowest_ratio_raised
        fd = d.final_drive if d.final_drive is not None else perf.final_drive
        if raised is not None and raised.kind == "reduction":
            fd = raised.given  # the reduction given or designed, not the one the run raised
        # The model's own (a motor of a few N·m designs a reduction of 37) shown as it is,
        # not cut to the range a build may give.
        lo, hi = FINAL_DRIVE
        self.final_spin.set_bounds(lo, hi if d.final_drive is not None else max(hi, fd))
        if abs(self.final_spin.value() - round(fd, 2)) > 1e-9:
            show_value(self.final_spin, fd)
        self.final_spin.setEnabled(d.final_drive is not None)
        with QSignalBlocker(self.final_auto):
            self.final_auto.setChecked(d.final_drive is None)
        tr = self.panel.tr
        name = tr("Reduction") if b.electric else tr("Final drive")
        self.final_spin.setAccessibleName(name)
        if self.final_label is not None:
            text = tr("Red&uction") if b.electric else tr("Fin&al drive")
            label = self.panel.form.labelForField(self.final)
            if isinstance(label, QLabel) and label.text() != text:
                label.setText(text)
        self._show_raised(raised)

    def _show_raised(self, raised: LowestRatioRaised | None) -> None:
        """The note under the rows, and on the box it speaks of (its tooltip, and what a
        screen reader says of it)."""
        note = self.run_note(raised)
        if self.note.text() != note:
            self.note.setText(note)
            self._show_note()
        box: QDoubleSpinBox | None = None
        if raised is not None:
            box = self.final_spin if raised.kind == "reduction" else self.ratios.spins[0]
        for spin, tip in (
            *((s, self.ratios_tip) for s in self.ratios.spins[:1]),
            (self.final_spin, self.final_tip),
        ):
            text = f"{tip}\n\n{note}" if spin is box and tip else tip
            if spin.toolTip() != text:
                spin.setToolTip(text)
            said = note if spin is box else ""
            if spin.accessibleDescription() != said:
                spin.setAccessibleDescription(said)
