"""Body controls: name, year, style, outside dimensions, wheelbase, seats, roof and doors."""

from __future__ import annotations

import re
from itertools import pairwise

from PySide6.QtCore import QEvent, QPoint, QSignalBlocker, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QSpinBox, QToolTip, QWidget

from keiconfig.core.build import (
    BODY_STYLES,
    CONSTRUCTIONS,
    HEIGHT_MM,
    LENGTH_MM,
    ROOFS,
    WHEELBASE_MM,
    WIDTH_MM,
)
from keiconfig.core.chassis import default_construction
from keiconfig.core.results import RuleCheck
from keiconfig.ui import plain
from keiconfig.ui.document import Document
from keiconfig.ui.icons import body_style_icon
from keiconfig.ui.widgets import (
    ChoiceControl,
    ControlPanel,
    NumberControl,
    RangeSentence,
    pass_wheel_by,
)

_LINE_BREAKS = re.compile(r"[ \t]*(?:(?:\r\n|[\n\r\t\v\f\x85\u2028\u2029])[ \t]*)+")
NO_YEAR = 1944  # one below the file's minimum year: shown as "not set"
FINE_ZONE = {"length": 100, "width": 50, "height": 50, "displacement": 30}  # mm / cc


def show_limit(
    control: NumberControl, name: str, check: RuleCheck | None, over: str, reason: str
) -> None:
    """Mark ``control`` ``over`` when it breaks its rule (tooltip: ``reason`` filled in), and
    make its slider fine near the limit (the engine panel's displacement uses this too; the
    panel translates the texts). The room for the mark is kept whether it shows or not, so
    the slider does not narrow in the middle of a drag."""
    control.reserve_flag(over)
    control.set_focus(None if check is None else round(check.limit), FINE_ZONE[name])
    if check is not None and not check.ok:
        control.set_flag(
            over,
            reason.format(limit=check.limit, unit=check.unit, over=-check.margin),
        )
    else:
        control.set_flag("", "")


class BodyPanel(ControlPanel):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, self.tr("&Body"), parent)
        tr = self.tr

        self.name = QLineEdit(self)
        self.name.setMaxLength(80)
        self.name.setAccessibleName(tr("Build name"))
        self.name.editingFinished.connect(self._name_edited)
        self.add_row(tr("Na&me"), self.name, tr("The build's name, shown in the title bar."))
        # Under the box, while the name holds characters that hide or turn its text round
        # (a stranger's "evil\u202egnp.kei.json" reads "evilnosj.iek.png" in the box): how
        # the title bar, the Comparison and the class folder write it, escapes shown.
        self.name_hidden = plain.label(QLabel(self))
        self.name_hidden.setWordWrap(True)
        self.name_hidden.setAccessibleName(tr("Hidden characters in the name"))
        self.form.addRow("", self.name_hidden)
        self.form.setRowVisible(self.name_hidden, False)

        self.year = QSpinBox(self)
        self.year.setRange(NO_YEAR, 2100)
        self.year.setSpecialValueText(tr("not set"))
        self.year.setKeyboardTracking(False)
        self.year.setAccessibleName(tr("Model year"))
        pass_wheel_by(self.year)
        self.year_sentence = RangeSentence(self.year)  # "1900" typed is said, not dropped
        self.year.valueChanged.connect(self._year_edited)
        self.add_row(
            tr("Ye&ar"),
            self.year,
            tr(
                "Model year: the era the car is built in. The engine's power per litre, the "
                "weight of the safety equipment, the body's drag and a turbo's boost band "
                "follow it (a 1960 build weighs some 200 kg less). Not set: today's."
            ),
        )

        style_names = {
            "hatchback": tr("Hatchback"),
            "tall_wagon": tr("Tall wagon"),
            "sedan": tr("Saloon (sedan)"),
            "coupe": tr("Coupé"),
            "roadster": tr("Roadster"),
            "suv": tr("Off-roader (SUV)"),
            "van": tr("Van"),
            "truck": tr("Kei truck"),
        }
        self.style_combo = ChoiceControl(
            tr("Body style"),
            [(s, style_names[s], body_style_icon(s)) for s in BODY_STYLES],
            self,
        )
        self.style_combo.setIconSize(QSize(32, 16))
        self.style_combo.edited.connect(
            lambda v: self.apply({"body.style": v}, tr("Change body style"))
        )
        self.add_row(
            tr("St&yle"),
            self.style_combo,
            tr(
                "Body style. Sets the default wheelbase and seats, the body's weight and its "
                "air drag (tall and boxy bodies are slower at speed)."
            ),
        )

        self.length = self._dimension(
            "body.length_mm",
            tr("Length"),
            tr("&Length"),
            LENGTH_MM,
            tr("Change length"),
            tr(
                "Overall length. A longer body weighs more (slower to 100 km/h). "
                "Kei limit today: 3,400 mm."
            ),
        )
        self.width = self._dimension(
            "body.width_mm",
            tr("Width"),
            tr("&Width"),
            WIDTH_MM,
            tr("Change width"),
            tr(
                "Overall width. Wider adds weight and frontal area (drag). "
                "Kei limit today: 1,480 mm."
            ),
        )
        self.height = self._dimension(
            "body.height_mm",
            tr("Height"),
            tr("Hei&ght"),
            HEIGHT_MM,
            tr("Change height"),
            tr(
                "Overall height. Taller adds weight and frontal area, so more drag and a lower "
                "top speed. Kei limit: 2,000 mm."
            ),
        )

        self.wheelbase = NumberControl(
            tr("Wheelbase"), *WHEELBASE_MM, step=5, fine=1, coarse=50, suffix=" mm",
            optional="auto", check_text=tr("Auto"), parent=self,
        )  # fmt: skip
        self.wheelbase.edited.connect(
            lambda v, m: self.apply({"body.wheelbase_mm": v}, tr("Change wheelbase"), m)
        )
        self.add_row(
            tr("Wheel&base"),
            self.wheelbase,
            tr(
                "Distance between the axles. Auto derives it from length and style. Longer "
                "spreads the load, so a little more grip off the line; it must stay shorter "
                "than the car."
            ),
        )

        self.seats = NumberControl(
            tr("Seats"), 1, 8, step=1, fine=1, coarse=2, slider=False,
            optional="auto", check_text=tr("Auto"), parent=self,
        )  # fmt: skip
        self.seats.edited.connect(lambda v, m: self.apply({"body.seats": v}, tr("Change seats")))
        self.add_row(
            tr("&Seats"),
            self.seats,
            tr("Number of seats (Auto: by style). Each seat adds a little weight."),
        )

        roof_names = {
            "fixed": tr("Fixed"),
            "soft": tr("Soft top"),
            "targa": tr("Targa"),
            "removable_hard": tr("Removable hard top"),
            "glass": tr("Glass"),
        }
        self.roof = ChoiceControl(tr("Roof"), [(r, roof_names[r]) for r in ROOFS], self)
        self.roof.edited.connect(lambda v: self.apply({"body.roof": v}, tr("Change roof")))
        self.add_row(
            tr("R&oof"),
            self.roof,
            tr(
                "Roof type. Open roofs need a stiffer floor (more weight); a glass roof is heavier."
            ),
        )

        self.sliding_doors = QCheckBox(tr("Sliding"), self)
        self.sliding_doors.setAccessibleName(tr("Sliding rear doors"))
        self.sliding_doors.toggled.connect(
            lambda on: self.apply({"body.sliding_doors": on}, tr("Change rear doors"))
        )
        self.add_row(
            tr("Rear &doors"),
            self.sliding_doors,
            tr(
                "Sliding rear doors (a tall wagon's or a van's) instead of hinged ones: "
                "rails, rollers and a reinforced opening, about 30 kg more."
            ),
        )

        # How the body carries its loads; Auto (the file leaves it out) is the model's
        # default for the style and drive, named in the choice.
        names = self.construction_names()
        self.construction = ChoiceControl(
            tr("Construction"),
            [(None, tr("Auto"))] + [(c, names[c]) for c in CONSTRUCTIONS],
            self,
        )
        self.construction.edited.connect(
            lambda v: self.apply({"body.construction": v}, tr("Change construction"))
        )
        self.add_row(
            tr("Constr&uction"),
            self.construction,
            tr(
                "How the body carries its loads. Monocoque: a steel shell. Ladder frame: a "
                "separate chassis under the body (an off-roader, a cab-over kei truck), about "
                "25 kg per m² of footprint more. Space frame: a tubular frame with light "
                "panels and no doors or roof (a Caterham Seven), much lighter. Auto: a ladder "
                "frame for a four-wheel-drive off-roader and a cab-over truck, else a monocoque."
            ),
        )
        self.refresh()

    def add_under_year(self, widget: QWidget) -> None:
        """A line of another feature's under the Year row, the form's width (the window puts
        the classroom's era offer here: "This car is from 1997: judge it by the 1990
        rules?"). It opens below the year, so a Year box stepped with the mouse stays under
        it; above the Name and Year rows, the offer that a step across an era's edge made
        appear pushed the box some 60 px down, and the next click on its arrow landed near
        the Body heading. Tab reaches the line's controls after the Year box, as on screen.
        ``widget`` is this panel's child already (made with it as parent)."""
        row, _role = self.form.getWidgetPosition(self.year)
        self.form.insertRow(row + 1, widget)
        stops = [
            w
            for w in widget.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
        ]
        for before, after in pairwise([self.year, *stops]):
            QWidget.setTabOrder(before, after)

    def construction_names(self) -> dict[str, str]:
        """The constructions' names in the language shown now (asked afresh: "Auto (...)"
        names one, and the language may change while the window is open)."""
        return {
            "monocoque": self.tr("Monocoque"),
            "ladder_frame": self.tr("Ladder frame"),
            "space_frame": self.tr("Space frame"),
        }

    def set_projector(self, on: bool) -> None:
        """Projector mode hides the construction (an advanced row, see ``projector.py``)."""
        if self.form.isRowVisible(self.construction) == on:
            self.form.setRowVisible(self.construction, not on)

    def update_icons(self) -> None:
        """Redraw the style icons in the current text colour (light/dark switch)."""
        for style in BODY_STYLES:
            self.style_combo.set_item_icon(style, body_style_icon(style))

    def _dimension(self, path, name, label, limits, undo_text, tooltip) -> NumberControl:
        control = NumberControl(name, *limits, step=5, fine=1, coarse=50, suffix=" mm", parent=self)
        control.edited.connect(lambda v, m: self.apply({path: v}, undo_text, m))
        self.add_row(label, control, tooltip)
        return control

    def _name_edited(self) -> None:
        # Lines pasted into the box (a title copied from a document: "Beat\nMk2") are one
        # line of words, as a web form's box makes them. Only what was typed or pasted: a
        # file's name, the box merely passed through with Tab, stays as the file has it.
        text = self.name.text()
        if self.name.isModified():
            text = _LINE_BREAKS.sub(" ", text).strip()
        # The typing is now the build's (or dropped): from here Ctrl+Z undoes the build, and
        # an undo of the rename shows in the box (see shortcuts.BuildUndoKeys).
        self.name.setModified(False)
        if text and text != self.document.build.name:
            self.apply({"name": text}, self.tr("Rename build"))
            return
        if not text and self.name.text() != self.document.build.name:
            # A build needs a name: its own comes back, and the box says why.
            box = self.name
            QToolTip.showText(
                box.mapToGlobal(QPoint(0, box.height())),
                plain.tooltip(
                    self.tr("A build needs a name: it keeps “{name}”.").format(
                        name=plain.one_line(self.document.build.name)
                    )
                ),
                box,
            )
        self.refresh()

    def _say_hidden(self) -> None:
        """The line under the Name box, shown while the name holds characters the window
        writes as escapes (:func:`plain.one_line`), in the language of the moment."""
        name = self.document.build.name
        written = plain.one_line(name)
        if written != name:
            self.name_hidden.setText(
                plain.wrappable(  # (a name of 80 letters without a space breaks too)
                    self.tr(
                        "⚠ This name holds characters that do not show or that turn its "
                        "text round: the window writes it “{name}”."
                    ).format(name=written)
                )
            )
        self.form.setRowVisible(self.name_hidden, written != name)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # a sentence made from a template
            self._say_hidden()

    def _year_edited(self, value: int) -> None:
        self.apply({"year": None if value == NO_YEAR else value}, self.tr("Change year"))

    def refresh(self) -> None:
        b = self.document.build
        body = b.body
        same_name = self.name.text() == b.name and not self.name.isModified()
        if not same_name and (
            not self.name.hasFocus()
            or self.name.text().strip() == ""
            or (self.name.text() != b.name and not self.name.isModified())
        ):
            self.name.setText(b.name)
        self._say_hidden()
        year = NO_YEAR if b.year is None else b.year
        if self.year.value() != year:  # a spin box set to its own value still repaints
            with QSignalBlocker(self.year):
                self.year.setValue(year)
        self.style_combo.set_value(body.style)
        self.length.set_value(body.length_mm, body.length_mm)
        self.width.set_value(body.width_mm, body.width_mm)
        self.height.set_value(body.height_mm, body.height_mm)
        # Impossible made impossible: the wheelbase stays shorter than the car.
        self.wheelbase.set_range(WHEELBASE_MM[0], min(WHEELBASE_MM[1], body.length_mm - 1))
        wb_min = body.wheelbase_mm + 1 if body.wheelbase_mm is not None else LENGTH_MM[0]
        self.length.set_range(max(LENGTH_MM[0], wb_min), LENGTH_MM[1])
        self.length.set_value(body.length_mm, body.length_mm)
        self.wheelbase.set_value(body.wheelbase_mm, body.effective_wheelbase_mm)
        self.seats.set_value(body.seats, body.effective_seats)
        self.roof.set_value(body.roof)
        with QSignalBlocker(self.sliding_doors):
            self.sliding_doors.setChecked(bool(body.sliding_doors))
        self.construction.set_value(body.construction)
        auto = self.tr("Auto ({construction})").format(
            construction=self.construction_names()[default_construction(b)]
        )
        if self.construction.itemText(0) != auto:  # set only when it changes (no relayout)
            self.construction.setItemText(0, auto)
        self._flag_limits()

    def _flag_limits(self) -> None:
        """Mark a dimension over the kei limit of the era being judged (allowed, flagged)."""
        try:
            checks = {c.name: c for c in self.document.compliance.checks}
        except Exception:  # the compliance panel reports problems; here it is a hint only
            checks = {}
        for name, control in (
            ("length", self.length),
            ("width", self.width),
            ("height", self.height),
        ):
            show_limit(
                control, name, checks.get(name), self.tr("over"),
                self.tr("Over the kei limit of {limit:.0f} {unit} by {over:.0f} {unit}"),
            )  # fmt: skip
