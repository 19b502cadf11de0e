"""Shared control widgets for the input panels.

- :class:`NumberControl`: a slider and a spin box in step, with keyboard steps that land on
  round numbers (arrow = step, Shift+arrow = fine, Page Up/Down = coarse) and an optional
  check box for "auto" (value = None, derived default shown) or "pin" (value only when checked).
- :class:`ChoiceControl`: a combo box of (value, label[, icon]) with per-item disabling.

Widgets only report what the user did (``edited``); the panel turns that into a
``document.change(...)``. ``set_value`` never emits (signals blocked), so a panel refreshing
from ``document.changed`` causes no feedback loop.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QIcon,
    QKeyEvent,
    QPaintEvent,
    QStandardItem,
    QStandardItemModel,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractSlider,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionSlider,
    QStyleOptionTabWidgetFrame,
    QStylePainter,
    QTabWidget,
    QToolTip,
    QWidget,
)

from keiconfig.ui.document import Document
from keiconfig.ui.i18n import KeepsTranslations
from keiconfig.ui.refresh import follow
from keiconfig.ui.soon import soon
from keiconfig.ui.toggled_to_box import ToggledToBox


def snap_step(value: int, steps: int, grid: int, lo: int, hi: int) -> int:
    """Move ``value`` by ``steps`` grid steps, landing on multiples of ``grid``, within [lo, hi].

    >>> snap_step(3397, 1, 5, 1500, 6000)
    3400
    >>> snap_step(3397, -1, 5, 1500, 6000)
    3395
    """
    v = value
    for _ in range(abs(steps)):
        v = (v // grid + 1) * grid if steps > 0 else -(-v // grid + 1) * grid
    return max(lo, min(hi, v))


def _key_steps(event: QKeyEvent, step: int, fine: int, coarse: int, arrows_lr: bool):
    """(grid, direction) for a stepping key, or None if the key is not a step key."""
    key = event.key()
    up = {Qt.Key.Key_Up} | ({Qt.Key.Key_Right} if arrows_lr else set())
    down = {Qt.Key.Key_Down} | ({Qt.Key.Key_Left} if arrows_lr else set())
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    if key in up:
        return (fine if shift else step), 1
    if key in down:
        return (fine if shift else step), -1
    if key == Qt.Key.Key_PageUp:
        return coarse, 1
    if key == Qt.Key.Key_PageDown:
        return coarse, -1
    return None


def show_value(spin: QSpinBox | QDoubleSpinBox, value: float) -> None:
    """Show ``value`` in a spin box from outside (undo, redo, the document), without signals.

    A selection stays the whole number. Qt keeps the old selection's offsets when the text
    changes, so after an undo and a redo in a focused box it covered the unit (" mm") and
    a typed digit was refused."""
    selected = spin.lineEdit().hasSelectedText()
    with QSignalBlocker(spin):
        spin.setValue(value)  # type: ignore[arg-type]
    if selected:
        spin.selectAll()


class RangeSentence(QObject):
    """Says a number box's range when a typed number is refused. Qt refuses one without a
    word: a digit that would take the box past its range is dropped ("100" gears became
    10), and a number below it is put back on Enter (a gear ratio of 0). Here the box's
    name and range appear at the box instead, as a tooltip, with ``reason()`` after them
    where there is one (why the range is what it is)."""

    def __init__(self, spin: QSpinBox | QDoubleSpinBox, reason: Any = None) -> None:
        super().__init__(spin)
        self._spin = spin
        self._reason = reason
        spin.installEventFilter(self)

    def sentence(self) -> str:
        s = self._spin
        special = s.specialValueText()
        # A box whose minimum shows a word ("not set") holds numbers from the step above it.
        lowest = s.minimum() + s.singleStep() if special else s.minimum()
        lo, hi = s.textFromValue(lowest), s.textFromValue(s.maximum())
        text = QCoreApplication.translate("NumberControl", "{name}: from {lo} to {hi}").format(
            name=s.accessibleName(), lo=lo + s.suffix(), hi=hi + s.suffix()
        )
        why = self._reason() if self._reason is not None else ""
        if special and not why:
            why = QCoreApplication.translate("NumberControl", "or {word}").format(word=special)
        return f"{text} ({why})" if why else text

    def say(self) -> None:
        s = self._spin
        QToolTip.showText(s.mapToGlobal(QPoint(0, s.height())), self.sentence(), s)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._spin and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if not self._spin.hasAcceptableInput():  # Qt will put the old number back
                    self.say()
            elif event.text().isprintable() and event.text().strip():
                before = self._spin.text()  # the key refused: the text stays as it was
                soon(self, lambda: self._spin.text() == before and self.say())
        return False


def group_digits(spin: QSpinBox | QDoubleSpinBox) -> None:
    """A number box writes its thousands grouped, in the window's language's way ("3,395 mm",
    "12,000 rpm"), as the figures, the sentences and the tables do; typed with or without
    the separator, a number is taken alike. A year or a seed is a name, not a quantity:
    its box is left ungrouped ("1998")."""
    spin.setGroupSeparatorShown(True)


class _Steps:
    def __init__(self, step: int, fine: int, coarse: int) -> None:
        self.step, self.fine, self.coarse = step, fine, coarse


def wheel_passes_by(widget: QWidget, event: QWheelEvent) -> bool:
    """A wheel turned over a value control that does not have the keyboard focus passes
    by it: the event goes on to the scrolled column or dock round it, which scrolls. Before,
    scrolling the column with the wheel changed every box and slider that passed under the
    pointer (the displacement to 50 cc, the valves to 2, in one scroll down the column).
    Clicked or tabbed into, the control takes the wheel as before. (Its focus policy is
    StrongFocus, so a wheel never gives it the focus.)"""
    if widget.hasFocus():
        return False
    event.ignore()
    return True


class _WheelPassesBy(QObject):
    """:func:`wheel_passes_by` for a plain Qt box (installed by :func:`pass_wheel_by`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget):
            assert isinstance(event, QWheelEvent)
            return wheel_passes_by(watched, event)
        return False


def pass_wheel_by(widget: QWidget) -> None:
    """Let a wheel turned over ``widget`` (a plain spin box or combo box) pass by it unless
    it has the keyboard focus, as the controls of this module do."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_WheelPassesBy(widget))


class SnapSpinBox(QSpinBox):
    """A spin box whose arrow, Shift+arrow, Page and wheel steps land on the step grid."""

    def __init__(self, steps: _Steps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps = steps
        self.setSingleStep(steps.step)
        self.setKeyboardTracking(False)  # typing "3400" is one change, not four
        group_digits(self)
        self.setAccelerated(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # see wheel_passes_by

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not wheel_passes_by(self, event):
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        hit = _key_steps(event, self._steps.step, self._steps.fine, self._steps.coarse, False)
        if hit is None or self.isReadOnly():
            super().keyPressEvent(event)
            return
        grid, direction = hit
        self.interpretText()
        self.setValue(snap_step(self.value(), direction, grid, self.minimum(), self.maximum()))
        self.selectAll()
        event.accept()

    def stepBy(self, steps: int) -> None:  # arrows buttons and the mouse wheel
        self.interpretText()
        self.setValue(
            snap_step(self.value(), steps, self._steps.step, self.minimum(), self.maximum())
        )
        self.selectAll()


class SnapSlider(QSlider):
    """A horizontal slider whose keyboard steps and drags land on the step grid.

    Its API (``value``, ``setValue``, ``setRange``, ``minimum``, ``maximum``) is in value
    units; inside, the QSlider counts ``TICKS`` positions, mapped piecewise-linearly so that
    a zone around a ``focus`` value (the era's kei limit) takes ``FOCUS_SHARE`` of the
    groove: a drag there moves by a few millimetres or cc per pixel, and can stop just
    over the limit; elsewhere a drag snaps to the step grid.

    A new value whose handle stays on the pixels it was drawn on does not repaint the
    slider (nor what shows through around it): a thousand ticks over a groove of a hundred
    or so pixels, most steps of a drag move the handle by less than a pixel.
    """

    TICKS = 1000
    FOCUS_SHARE = 0.4
    _painted: QRect | None = None  # the handle's place when last drawn

    def __init__(self, steps: _Steps, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._steps = steps
        self._lo, self._hi = 0, 99
        self._focus: tuple[int, int] | None = None  # (value, half width of the fine zone)
        self._knots: list[tuple[float, float]] = []  # (value, tick), increasing
        self._exact = 0  # the value last set, while the position is still its tick
        super().setRange(0, self.TICKS)
        self.setSingleStep(self.TICKS // 100)
        self.setPageStep(self.TICKS // 10)
        self.actionTriggered.connect(self._snap_action)
        self._remap()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # see wheel_passes_by

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not wheel_passes_by(self, event):
            super().wheelEvent(event)

    # -- value units ------------------------------------------------------------------------
    def setRange(self, minimum: int, maximum: int) -> None:  # type: ignore[override]
        value = self.value()
        self._lo, self._hi = minimum, max(minimum + 1, maximum)
        self._remap()
        self.setValue(value)

    def minimum(self) -> int:  # type: ignore[override]
        return self._lo

    def maximum(self) -> int:  # type: ignore[override]
        return self._hi

    def value(self) -> int:  # type: ignore[override]
        return self._of_tick(super().value())

    def setValue(self, value: int) -> None:  # type: ignore[override]
        self._exact = max(self._lo, min(self._hi, value))
        super().setValue(self.to_tick(self._exact))

    def _of_tick(self, tick: int) -> int:
        # Several values share a tick away from the focus: the one set is the one shown.
        return self._exact if self.to_tick(self._exact) == tick else self.to_value(tick)

    def set_focus(self, value: int | None, half_width: int) -> None:
        """Make the drag fine within ``half_width`` of ``value`` (None: linear throughout)."""
        focus = None if value is None else (value, half_width)
        if focus == self._focus:
            return
        current = self.value()
        self._focus = focus
        self._remap()
        with QSignalBlocker(self):
            self.setValue(current)

    def to_tick(self, value: float) -> int:
        return round(self._interp(value, self._knots))

    def to_value(self, tick: float) -> int:
        return round(self._interp(tick, [(t, v) for v, t in self._knots]))

    def in_focus(self, value: int) -> bool:
        return self._focus is not None and abs(value - self._focus[0]) <= self._focus[1]

    @staticmethod
    def _interp(x: float, knots: list[tuple[float, float]]) -> float:
        for (x0, y0), (x1, y1) in itertools.pairwise(knots):
            if x <= x1 or (x1, y1) == knots[-1]:
                return y0 if x1 == x0 else y0 + (y1 - y0) * (min(max(x, x0), x1) - x0) / (x1 - x0)
        return knots[0][1]

    def _remap(self) -> None:
        lo, hi, ticks = float(self._lo), float(self._hi), float(self.TICKS)
        knots = [(lo, 0.0)]
        if self._focus is not None and lo < self._focus[0] < hi:
            a = max(lo, self._focus[0] - self._focus[1])
            b = min(hi, self._focus[0] + self._focus[1])
            # The zone's share of the groove; the rest split by the length of each side.
            rest = ticks * (1 - self.FOCUS_SHARE)
            outside = (a - lo) + (hi - b)
            ta = rest * (a - lo) / outside if outside else 0.0
            tb = ta + ticks * self.FOCUS_SHARE if outside else ticks
            knots += [(a, ta), (b, tb)]
        knots.append((hi, ticks))
        self._knots = knots

    # -- painting ---------------------------------------------------------------------------
    def _handle(self) -> QRect | None:
        """Where the handle is drawn now, under Fusion (Qt's style on Linux, and the one
        known to draw from the handle's place alone: the groove, its fill up to the handle,
        the handle); None under another style, which may show a value between two places
        of the handle (a native slider drawing a fraction of a pixel)."""
        style = self.style()
        if style.name() != "fusion":
            return None
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        return style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )

    def sliderChange(self, change: QAbstractSlider.SliderChange) -> None:
        if (
            change == QAbstractSlider.SliderChange.SliderValueChange
            and self._painted is not None
            and self._handle() == self._painted
        ):
            return  # drawn again, the slider would look just as it does
        super().sliderChange(change)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._painted = self._handle()
        super().paintEvent(event)

    # -- steps ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        hit = _key_steps(event, self._steps.step, self._steps.fine, self._steps.coarse, True)
        if hit is None:
            super().keyPressEvent(event)
            return
        grid, direction = hit
        self.setValue(snap_step(self.value(), direction, grid, self._lo, self._hi))
        event.accept()

    def _snap_action(self, action: int) -> None:
        pos = self._of_tick(self.sliderPosition())
        old = self.value()  # the action has moved the position, not yet the value
        if action == QAbstractSlider.SliderAction.SliderMove:
            grid = self._steps.fine if self.in_focus(pos) else self._steps.step
            snapped = round(pos / grid) * grid
        elif action in (
            QAbstractSlider.SliderAction.SliderPageStepAdd,
            QAbstractSlider.SliderAction.SliderPageStepSub,
        ):
            up = action == QAbstractSlider.SliderAction.SliderPageStepAdd
            snapped = snap_step(old, 1 if up else -1, self._steps.coarse, self._lo, self._hi)
        elif action in (
            QAbstractSlider.SliderAction.SliderSingleStepAdd,
            QAbstractSlider.SliderAction.SliderSingleStepSub,
        ):
            up = action == QAbstractSlider.SliderAction.SliderSingleStepAdd
            snapped = snap_step(old, 1 if up else -1, self._steps.step, self._lo, self._hi)
        else:
            return
        self._exact = max(self._lo, min(self._hi, snapped))
        self.setSliderPosition(self.to_tick(self._exact))


class NumberControl(QWidget):
    """Slider + spin box (+ optional check box) for one integer field of the build.

    ``optional``: None (always a value), ``"auto"`` (check box "Auto": checked means the
    field is None and the derived default is shown), or ``"pin"`` (check box: checked means
    the value is used, unchecked means None).

    ``edited(value, merge_id)``: the user changed the value; ``value`` is an int or None;
    ``merge_id`` is set while a slider drag is in progress (one drag = one undo step).
    """

    edited = Signal(object, object)

    def __init__(
        self,
        name: str,
        minimum: int,
        maximum: int,
        step: int = 1,
        fine: int = 1,
        coarse: int = 10,
        suffix: str = "",
        slider: bool = True,
        optional: str | None = None,
        check_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._merge_id: int | None = None
        steps = _Steps(step, fine, coarse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.slider: SnapSlider | None = None
        if slider:
            self.slider = SnapSlider(steps, self)
            self.slider.setRange(minimum, maximum)
            self.slider.setAccessibleName(name)
            self.slider.setMinimumWidth(80)
            self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.slider.sliderPressed.connect(self._drag_start)
            self.slider.sliderReleased.connect(self._drag_end)
            self.slider.valueChanged.connect(lambda _tick: self._slider_moved())
            layout.addWidget(self.slider, 1)

        self.spin = SnapSpinBox(steps, self)
        self.spin.setRange(minimum, maximum)
        self.range_sentence = RangeSentence(self.spin)
        self.spin.setSuffix(suffix)
        self.spin.setAccessibleName(name)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.valueChanged.connect(self._spin_changed)
        self._fit_spin()
        layout.addWidget(self.spin)

        self.check: QCheckBox | None = None
        if optional is not None:  # created after the value, so Tab reaches it next
            self.check = QCheckBox(check_text, self)
            self.check.setAccessibleName(f"{name}: {check_text}")
            self.check.toggled.connect(self._check_toggled)
            ToggledToBox(self.check, self.spin)  # Tab after enabling the box: the box

        self.flag = QLabel(self)  # "over the limit" mark: text, not colour only
        self.flag.setVisible(False)
        # Hidden, it keeps its place: the slider must not narrow when "over" appears mid-drag.
        keep = self.flag.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.flag.setSizePolicy(keep)
        self._flag_room = ""  # the text whose width the mark reserves (reserve_flag)
        self.flag.setFixedWidth(0)
        layout.addWidget(self.flag)
        if self.check is not None:
            layout.addWidget(self.check)
        if not slider:
            layout.addStretch(1)
        self.setFocusProxy(self.slider if self.slider is not None else self.spin)

    # -- from the panel ---------------------------------------------------------------------
    def set_value(self, value: int | None, effective: int) -> None:
        """Show ``value`` (None: auto / not pinned, showing ``effective``); never emits."""
        shown = effective if value is None else value
        # Only what differs is touched: setting a spin box to its own value still repaints
        # it, and every panel refreshes all its controls on every change of the build.
        slider = self.slider
        if slider is not None and slider.value() != shown and not slider.isSliderDown():
            with QSignalBlocker(slider):
                slider.setValue(shown)
        if self.spin.value() != shown:
            show_value(self.spin, shown)
        if self.check is not None:
            checked = (value is None) == (self._optional == "auto")
            if self.check.isChecked() != checked:
                with QSignalBlocker(self.check):
                    self.check.setChecked(checked)
        self._update_enabled()

    def set_range(self, minimum: int, maximum: int) -> None:
        if (self.spin.minimum(), self.spin.maximum()) == (minimum, maximum):
            return  # unchanged (the slider always follows the spin box's range)
        blockers = [QSignalBlocker(w) for w in self._parts()]
        try:
            if self.slider is not None:
                self.slider.setRange(minimum, maximum)
            self.spin.setRange(minimum, maximum)
        finally:
            del blockers

    def reserve_flag(self, text: str) -> None:
        """Keep room for the mark ``text`` beside the box, shown or not (no width change)."""
        if text == self._flag_room:
            return  # its room is kept already (and fitted again when the font changes)
        self._flag_room = text
        self._fit_flag()

    def set_focus(self, value: int | None, half_width: int) -> None:
        """Make a slider drag fine near ``value`` (e.g. the era's limit); None: linear."""
        if self.slider is not None:
            self.slider.set_focus(value, half_width)

    def set_flag(self, text: str, reason: str) -> None:
        """Mark the value (e.g. over the kei limit) with a short text; empty text clears it."""
        if (text, reason) == (self.flag.text(), self.flag.toolTip()):
            return  # unchanged: a tooltip set again still sends events
        self.flag.setText(text)
        self.flag.setToolTip(reason)
        self.flag.setVisible(bool(text))
        self.flag.setAccessibleName(reason)
        if text and text != self._flag_room:
            self.reserve_flag(text)

    def setToolTip(self, text: str) -> None:
        if text == self.toolTip():
            return
        super().setToolTip(text)
        for w in self._parts():
            w.setToolTip(text)

    def value(self) -> int | None:
        if self._is_none():
            return None
        return self.spin.value()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_spin()
            self._fit_flag()
        if event.type() == QEvent.Type.LanguageChange and self.check is not None:
            # the check box's name, made of the field's and its own (a live switch, which
            # has already put those two in the new language, knew not this one: a screen
            # reader said 'Wheelbase: Auto' on the Japanese screen)
            self.check.setAccessibleName(f"{self.spin.accessibleName()}: {self.check.text()}")
        super().changeEvent(event)

    # -- internals --------------------------------------------------------------------------
    def _fit_spin(self) -> None:
        # One width for every spin box, so sliders and check boxes line up down the form.
        # A fixed size, too: a spin box whose range changes (the wheelbase's follows the
        # length) would otherwise ask the whole window to lay out again on every change.
        # (A spin box's size hint does not depend on its size limits: no need to lift them.)
        fm = self.spin.fontMetrics()
        spin = self.spin
        # The style's frame and arrows: the size hint less the widest text it was made for.
        texts = (spin.textFromValue(v) for v in (spin.minimum(), spin.maximum()))
        own = max(fm.horizontalAdvance(spin.prefix() + t + spin.suffix()) for t in texts)
        arrows = max(spin.sizeHint().width() - own, fm.height())
        width = fm.horizontalAdvance("88,888 rpm") + arrows + fm.averageCharWidth()
        spin.setFixedSize(width, spin.sizeHint().height())

    def _fit_flag(self) -> None:
        room = self.flag.fontMetrics().horizontalAdvance(self._flag_room) if self._flag_room else 0
        if self.flag.width() != room or self.flag.minimumWidth() != room:
            self.flag.setFixedWidth(room)

    def _parts(self) -> list[QWidget]:
        parts: list[QWidget] = [self.spin]
        if self.slider is not None:
            parts.append(self.slider)
        if self.check is not None:
            parts.append(self.check)
        return parts

    def _is_none(self) -> bool:
        if self.check is None:
            return False
        checked = self.check.isChecked()
        return checked if self._optional == "auto" else not checked

    def _update_enabled(self) -> None:
        on = not self._is_none()
        if self.spin.isEnabledTo(self) != on:
            self.spin.setEnabled(on)
        if self.slider is not None and self.slider.isEnabledTo(self) != on:
            self.slider.setEnabled(on)

    def _drag_start(self) -> None:
        self._merge_id = Document.new_merge_id()

    def _drag_end(self) -> None:
        self._merge_id = None
        # The spin box already follows; make sure the last position is reported.

    def _slider_moved(self) -> None:
        assert self.slider is not None
        value = self.slider.value()
        with QSignalBlocker(self.spin):
            self.spin.setValue(value)
        self.edited.emit(value, self._merge_id)

    def _spin_changed(self, value: int) -> None:
        if self.slider is not None:
            with QSignalBlocker(self.slider):
                self.slider.setValue(value)
        self.edited.emit(value, None)

    def _check_toggled(self, _checked: bool) -> None:
        self._update_enabled()
        self.edited.emit(self.value(), None)


class ChoiceControl(QComboBox):
    """A combo box of build values with readable labels.

    ``edited(value)``: the user picked another value.
    """

    edited = Signal(object)

    def __init__(
        self,
        name: str,
        choices: Sequence[tuple[Any, str] | tuple[Any, str, QIcon]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._model = QStandardItemModel(self)
        self._values: list[Any] = []
        for choice in choices:
            value, label = choice[0], choice[1]
            item = QStandardItem(label)
            if len(choice) > 2:
                item.setIcon(choice[2])  # type: ignore[misc]
            self._model.appendRow(item)
            self._values.append(value)
        self._instead: str | None = None  # words shown in place of the choice (show_instead)
        self._kept = 0  # the choice's index meanwhile
        self.setModel(self._model)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._picked)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # see wheel_passes_by

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not wheel_passes_by(self, event):
            super().wheelEvent(event)

    def set_value(self, value: Any) -> None:
        index = self._values.index(value)
        if self._instead is not None:
            self._kept = index  # shown again when the words in its place go
            return
        if index != self.currentIndex():
            with QSignalBlocker(self):
                self.setCurrentIndex(index)

    def value(self) -> Any:
        if self._instead is not None:
            return self._values[self._kept]
        return self._values[self.currentIndex()]

    def show_instead(self, text: str | None) -> None:
        """Show ``text`` in place of the choice (None: the choice again), the choice kept:
        a box greyed out for what the car has not, reading what it has (an electric car's
        "Single-speed reduction", where its petrol gearbox, kept for a switch back, read
        "Automatic"). The words are an item of their own at the end of the list, there only
        while shown; never a value (:meth:`value` is the kept choice), and no signal."""
        if text == self._instead:
            return
        with QSignalBlocker(self):
            if text is None:
                self._model.removeRow(len(self._values))
                self._instead = None
                self.setCurrentIndex(self._kept)
                return
            if self._instead is None:
                self._kept = self.currentIndex()
                self._model.appendRow(QStandardItem(text))
            else:
                self._model.item(len(self._values)).setText(text)
            self._instead = text
            self.setCurrentIndex(len(self._values))

    def set_item_enabled(self, value: Any, enabled: bool, reason: str = "") -> None:
        """Grey out one choice (never hide it) and say why in its tooltip."""
        item = self._model.item(self._values.index(value))
        item.setEnabled(enabled)
        item.setToolTip("" if enabled else reason)

    def set_item_icon(self, value: Any, icon: QIcon) -> None:
        self._model.item(self._values.index(value)).setIcon(icon)

    def _picked(self, index: int) -> None:
        if 0 <= index < len(self._values):  # (not the words of show_instead)
            self.edited.emit(self._values[index])


# An item's shorter text, for an ElidingComboBox too narrow for its whole text
SHORT_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class ElidingComboBox(QComboBox):
    """A combo box narrower than its longest text ends the text it shows with "…" where
    it is cut (the style cut it mid-word: "… 2.0 m、6" for "… 2.0 m、660 cc", the era's
    displacement read as 6). The list that drops down shows every text whole.

    An item may have a shorter text (its :data:`SHORT_TEXT_ROLE` data: "Since Oct 1998"
    for "Since Oct 1998 — 3.4 × 1.48 × 2.0 m, 660 cc"): shown, whole, where the whole text
    does not fit, rather than the whole one cut ("1998年10月から — 3.4 × 1.48 × 2.…",
    the height read as 2). The current text stays whole for the list, a tooltip and
    screen readers."""

    def shown_text(self) -> str:
        """The current text as drawn: whole, or cut with "…" to the room it has."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        width = room.width() - (
            option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0
        )
        fm, text = self.fontMetrics(), option.currentText
        if fm.elidedText(text, Qt.TextElideMode.ElideRight, width) != text:
            short = self.itemData(self.currentIndex(), SHORT_TEXT_ROLE)
            if isinstance(short, str) and short:
                text = short
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class WholeChoiceComboBox(QComboBox):
    """A combo box never narrower than the choice it shows, and otherwise as narrow as
    ``least_chars`` average characters: a row squeezes it no further than its current text
    (Qt's least width is its longest item's; the explorer's axis boxes were squeezed to
    12 characters and cut "車両重量・固定値 (kg)" to "車両重量・固定(" in projector mode
    at 1280x720). The list that drops down shows every choice whole."""

    def __init__(self, least_chars: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._least_chars = least_chars
        self.currentIndexChanged.connect(lambda _i: self.updateGeometry())

    def choice_width(self) -> int:
        """The width that shows the current choice whole (its frame and arrow too)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        fm = self.fontMetrics()
        text = QSize(fm.horizontalAdvance(option.currentText), fm.height())
        ct = QStyle.ContentsType.CT_ComboBox
        return self.style().sizeFromContents(ct, option, text, self).width()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().averageCharWidth() * self._least_chars + 32
        return QSize(max(least, self.choice_width()), hint.height())


class TabWidget(QTabWidget):
    """A tab widget whose least height is the one its page needs. Qt's asks for the pane's
    frame on both sides of the page and the tab bar besides, where the tab bar lies over
    the pane's top frame (Fusion: 2 px more than it gives its page): the explorer, at its
    least height in projector mode at 1280x720, scrolled by 1 px in its Pareto tab."""

    def spare_height(self) -> int:
        """The height Qt's least height (and height for a width) asks that the page is
        not given: what the tab widget adds to its page's least height, less what it
        keeps of its own height when laid out (the tab bar, the pane's frame)."""
        if self.tabPosition() not in (QTabWidget.TabPosition.North, QTabWidget.TabPosition.South):
            return 0
        stack = self.findChild(QStackedWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if stack is None:
            return 0
        hint = super().minimumSizeHint()
        option = QStyleOptionTabWidgetFrame()
        self.initStyleOption(option)
        option.rect = QRect(QPoint(0, 0), hint)
        page = self.style().subElementRect(QStyle.SubElement.SE_TabWidgetTabContents, option, self)
        asked = hint.height() - stack.minimumSizeHint().height()
        kept = hint.height() - page.height()
        return max(asked - kept, 0)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), hint.height() - self.spare_height())

    def heightForWidth(self, width: int) -> int:
        height = super().heightForWidth(width)
        return height - self.spare_height() if height > 0 else height


def round_to(value: float, grid: int) -> int:
    """``value`` rounded to a multiple of ``grid`` (for pinning an estimated figure)."""
    return int(math.floor(value / grid + 0.5) * grid)


class Translated:
    """A text a panel shows again later (a tooltip put back by a refresh), given in the
    language shown at the time it is asked for: a class attribute
    ``tip = Translated(QT_TRANSLATE_NOOP("ThePanel", "..."))``, read as ``self.tip``
    (translated in the panel's own context). A live language switch rewrites what the
    widgets show; a text kept for later is asked for again, never rewritten in place."""

    def __init__(self, source: str) -> None:
        self.source = source

    def __get__(self, panel: QObject | None, owner: type | None = None) -> str:
        return self.source if panel is None else panel.tr(self.source)


class ControlPanel(KeepsTranslations, QGroupBox):
    """Base of the input panels: a titled form that edits the document.

    Subclasses build their controls in ``__init__`` and implement :meth:`refresh`, which
    shows ``document.build`` (controls' ``set_value`` never emits, so no feedback loop).
    A panel that shows only part of the build may skip a refresh with :meth:`unchanged`
    (the engine panel during a length drag).
    """

    def __init__(self, document: Document, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.document = document
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Narrower than its rows (docks beside the dashboard need the room): a field goes
        # under its label rather than being cut.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._shown_key: object = None  # what refresh showed last (see unchanged)
        follow(document, self, self.refresh)

    def unchanged(self, key: object) -> bool:
        """True if ``key`` (everything this panel's refresh shows, as one comparable value:
        its part of the build, the era, the language...) is what it showed last; else it
        is remembered as shown. A refresh that gets True may return at once."""
        if key == self._shown_key:
            return True
        self._shown_key = key
        return False

    def add_row(self, label: str, widget: QWidget, tooltip: str) -> QWidget:
        widget.setToolTip(tooltip)
        lab = QLabel(label, self)
        lab.setBuddy(widget)
        lab.setToolTip(tooltip)
        self.form.addRow(lab, widget)
        return widget

    def apply(self, updates: dict[str, Any], text: str, merge_id: int | None = None) -> None:
        """One change to the document; a value the model refuses puts the controls back."""
        try:
            self.document.change(updates, text, merge_id)
        except ValueError as exc:  # pydantic.ValidationError is a ValueError
            self._shown_key = None  # the controls show the refused value: all of it again
            self.refresh()
            from pydantic import ValidationError

            from keiconfig.core.files import describe_validation_error
            from keiconfig.ui import errors

            # One sentence naming the field, as for a file, not pydantic's report.
            text = describe_validation_error(exc) if isinstance(exc, ValidationError) else str(exc)
            errors.show_user_error(self, self.tr("Value not possible"), text)

    def refresh(self) -> None:
        raise NotImplementedError


def set_enabled_with_reason(widget: QWidget, enabled: bool, tooltip: str, reason: str) -> None:
    """Grey out a control that makes no sense now (never hide it); its tooltip says why."""
    if widget.isEnabledTo(widget.parentWidget() or widget) != enabled:
        widget.setEnabled(enabled)
    tip = tooltip if enabled else f"{reason}\n\n{tooltip}"
    if widget.toolTip() != tip:  # setting the same tooltip again still sends events
        widget.setToolTip(tip)
