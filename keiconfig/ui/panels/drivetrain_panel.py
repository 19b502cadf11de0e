"""Drivetrain controls: driven wheels, gearbox type, number of gears, speed limiter, and
the gear ratios and final drive (``gearing_controls.py``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QWidget

from keiconfig.core.build import KEI_SPEED_LIMIT_KMH, Build
from keiconfig.ui import format as fmt
from keiconfig.ui.document import Document
from keiconfig.ui.i18n import current_language
from keiconfig.ui.panels.gearing_controls import GearingControls
from keiconfig.ui.widgets import (
    ChoiceControl,
    ControlPanel,
    NumberControl,
    Translated,
    set_enabled_with_reason,
)


class DrivetrainPanel(ControlPanel):
    # The tooltips a refresh puts back (with a reason added while a control is disabled).
    transmission_tip = Translated(
        QT_TRANSLATE_NOOP(
            "DrivetrainPanel",
            "Gearbox type. A manual loses least; a twin-clutch box changes gear without "
            "a break in drive but weighs more; an automatic loses more and shifts "
            "slower; a CVT keeps the engine near peak power but loses more in the belt.",
        )
    )
    gears_tip = Translated(
        QT_TRANSLATE_NOOP(
            "DrivetrainPanel",
            "Forward gears. More gears keep the engine nearer peak power (quicker) "
            "and add a few kg.",
        )
    )

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, self.tr("Dr&ivetrain"), parent)
        tr = self.tr

        self.driven = ChoiceControl(
            tr("Driven wheels"),
            [("fwd", tr("Front-wheel drive")), ("rwd", tr("Rear-wheel drive")),
             ("awd", tr("Four-wheel drive"))],
            self,
        )  # fmt: skip
        self.driven.edited.connect(
            lambda v: self.apply({"drivetrain.driven": v}, tr("Change driven wheels"))
        )
        self.add_row(
            tr("&Driven wheels"),
            self.driven,
            tr(
                "Which wheels push. Four-wheel drive grips best off the line but adds "
                "weight and losses; rear drive gains grip as weight shifts back."
            ),
        )

        self.transmission = ChoiceControl(
            tr("Gearbox"),
            [("manual", tr("Manual")), ("dct", tr("Twin-clutch")),
             ("automatic", tr("Automatic")), ("cvt", tr("CVT"))],
            self,
        )  # fmt: skip
        self.transmission.edited.connect(self._transmission_edited)
        self.add_row(tr("Gearbo&x"), self.transmission, self.transmission_tip)

        self.gears = NumberControl(
            tr("Gears"), 1, 10, step=1, fine=1, coarse=2, slider=False, parent=self
        )
        self.gears.edited.connect(self._gears_edited)
        self.add_row(tr("&Gears"), self.gears, self.gears_tip)

        self.limiter = QCheckBox(tr("On"), self)
        self.limiter.setAccessibleName(tr("Speed limiter"))
        self.limiter.toggled.connect(self._limiter_toggled)
        self.add_row(tr("&Speed limiter"), self.limiter, self._limiter_tip())
        self.projector = False
        self.gearing = GearingControls(self)  # ratios and final drive (gearing_controls.py)
        self.gearing.add_rows()
        self.refresh()

    def set_projector(self, on: bool) -> None:
        """Projector mode hides the gear ratios and final drive (advanced)."""
        self.projector = on
        self._show_rows()
        self.gearing.set_projector(on)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "gearing"):
            self.gearing.refresh()  # the note on a raised first gear, written anew

    def _show_rows(self) -> None:
        electric = self.document.build.electric
        for widget in self.gearing.rows():
            show = not self.projector and (widget is self.gearing.final or not electric)
            if self.form.isRowVisible(widget) != show:
                self.form.setRowVisible(widget, show)

    def _gears_edited(self, value: int | None, _merge: object) -> None:
        updates: dict[str, object] = {"drivetrain.gears": value}
        if self.document.build.drivetrain.ratios is not None:
            updates["drivetrain.ratios"] = None  # one ratio per gear: the model's own again
        self.apply(updates, self.tr("Change gears"))

    def _limiter_toggled(self, on: bool) -> None:
        current = self.document.build.drivetrain.speed_limit_kmh
        value = (current if current is not None else KEI_SPEED_LIMIT_KMH) if on else None
        if on == (current is not None):
            return
        text = self.tr("Fit the speed limiter") if on else self.tr("Remove the speed limiter")
        self.apply({"drivetrain.speed_limit_kmh": value}, text)

    def _transmission_edited(self, value: str) -> None:
        updates: dict[str, object] = {"drivetrain.transmission": value}
        if self.document.build.drivetrain.ratios is not None:
            updates["drivetrain.ratios"] = None  # another box: the model's own ratios again
        if value == "cvt":
            updates["drivetrain.gears"] = None  # ignored for a CVT: do not keep a stale count
        self.apply(updates, self.tr("Change gearbox"))

    def refresh(self) -> None:
        build = self.document.build
        d = build.drivetrain
        # The ratio boxes show the model's ratios, which follow the whole build (in place:
        # a box is set only when its value as shown changes); the rest shows the drivetrain.
        self.gearing.refresh()
        if self.unchanged((current_language(), build.powertrain, d, self.projector)):
            return
        self.driven.set_value(d.driven)
        self.transmission.set_value(d.transmission)
        cvt = d.transmission == "cvt"
        # An electric car's boxes read what it has, a single-speed reduction: one gear, as a
        # CVT's. Its petrol gearbox ("Automatic", 4 gears: an EV owner read them as wrong)
        # stays in the build for a switch back, unchanged in its file, with no undo step.
        self.transmission.show_instead(
            self.tr("Single-speed reduction") if build.electric else None
        )
        if build.electric:
            self.gears.set_value(1, 1)
        else:
            self.gears.set_value(d.gears, d.effective_gears)
        electric_reason = self.tr("An electric car has a single-speed reduction, no gearbox.")
        set_enabled_with_reason(
            self.gears, not cvt and not build.electric, self.gears_tip,
            electric_reason if build.electric
            else self.tr("A CVT has no fixed gears: its ratio changes continuously."),
        )  # fmt: skip
        set_enabled_with_reason(
            self.transmission, not build.electric, self.transmission_tip, electric_reason
        )
        self._show_rows()
        limit = d.speed_limit_kmh
        with QSignalBlocker(self.limiter):
            self.limiter.setChecked(limit is not None)
        self._say_which_limit(build, limit)

    def _limiter_tip(self) -> str:
        return self.tr(
            "Japanese makers limit a kei car's speed (a voluntary agreement, like the "
            "64 PS one, from about 1990). Off: the car runs to its own top speed."
        )

    def _say_which_limit(self, build: Build, limit: float | None) -> None:
        """An electric car has two limits, both "On" in the window: this one, the makers'
        140 km/h agreement, and its motor's own (Motor and battery: the maker's top speed,
        the Sakura's 130 km/h). The box and its tooltip say which holds the car."""
        text = self.tr("On")
        tip = self._limiter_tip()  # (in the language of the moment: a live switch too)
        motor = build.motor.speed_limit_kmh if build.electric and build.motor else None
        if build.electric:
            tip += " " + self.tr(
                "An electric car has a second limit of its own, the motor's speed limit "
                "(Motor and battery): the maker's top speed. The lower of the two holds the car."
            )
        if limit is not None and motor is not None and motor < limit:
            text = self.tr("On (%1 km/h: the motor's %2 km/h limit comes first)")
            text = text.replace("%1", fmt.number(limit, 0)).replace("%2", fmt.number(motor, 0))
        if self.limiter.text() != text:
            self.limiter.setText(text)
        if self.limiter.toolTip() != tip:
            self.limiter.setToolTip(tip)
