"""Engine controls: cylinders, displacement, induction, cycle, valves, position, redline, cap;
or, for an electric build, the motor and battery (``motor_controls.py``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QWidget

from keiconfig.core.build import DISPLACEMENT_CC, POWER_CAP_PS, REDLINE_RPM
from keiconfig.ui.document import Document
from keiconfig.ui.i18n import current_language
from keiconfig.ui.panels.body_panel import show_limit
from keiconfig.ui.panels.motor_controls import MotorControls
from keiconfig.ui.widgets import (
    ChoiceControl,
    ControlPanel,
    NumberControl,
    Translated,
    set_enabled_with_reason,
)

AGREEMENT_PS = 64


class EnginePanel(ControlPanel):
    # The tooltips a refresh puts back (with a reason added while a control is disabled).
    intercooler_tip = Translated(
        QT_TRANSLATE_NOOP(
            "EnginePanel",
            "Cools the charged air: more power from a turbo or supercharger, a few kg more.",
        )
    )
    valves_tip = Translated(
        QT_TRANSLATE_NOOP(
            "EnginePanel",
            "Valves per cylinder. Four breathe better than two: more power at high rpm "
            "and a higher redline.",
        )
    )
    cap_tip = Translated(
        QT_TRANSLATE_NOOP(
            "EnginePanel",
            "The makers' voluntary power limit (64 PS since 1987). On: peak power is held "
            "at this value, so times stop improving past it. Off: unrestricted.",
        )
    )

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, self.tr("E&ngine"), parent)
        tr = self.tr
        self.projector = False  # projector mode hides the advanced rows
        # Petrol or electric: the motor's rows take the engine's place (motor_controls.py).
        self.motor_controls = MotorControls(self)
        self.motor_controls.add_powertrain_row()

        self.cylinders = NumberControl(
            tr("Cylinders"), 1, 8, step=1, fine=1, coarse=2, slider=False, parent=self
        )
        self.cylinders.edited.connect(
            lambda v, m: self.apply({"engine.cylinders": v}, tr("Change cylinders"))
        )
        self.add_row(
            tr("Cylinder&s"),
            self.cylinders,
            tr(
                "Number of cylinders. More, smaller cylinders rev higher (more power) "
                "but each one adds weight."
            ),
        )

        self.displacement = NumberControl(
            tr("Displacement"), *DISPLACEMENT_CC, step=10, fine=1, coarse=50, suffix=" cc",
            parent=self,
        )  # fmt: skip
        self.displacement.edited.connect(
            lambda v, m: self.apply({"engine.displacement_cc": v}, tr("Change displacement"), m)
        )
        self.add_row(
            tr("Displace&ment"),
            self.displacement,
            tr(
                "Swept volume. More cc gives more torque and power (quicker times) and a "
                "heavier engine. Kei limit today: 660 cc."
            ),
        )

        self.aspiration = ChoiceControl(
            tr("Induction"),
            [("na", tr("Naturally aspirated")), ("turbo", tr("Turbo")),
             ("supercharger", tr("Supercharger"))],
            self,
        )  # fmt: skip
        self.aspiration.edited.connect(
            lambda v: self.apply({"engine.aspiration": v}, tr("Change induction"))
        )
        self.add_row(
            tr("Ind&uction"),
            self.aspiration,
            tr(
                "How air gets in. A turbo or supercharger adds a lot of power and torque "
                "(quicker) and some weight."
            ),
        )

        self.intercooler = QCheckBox(tr("Fitted"), self)
        self.intercooler.setAccessibleName(tr("Intercooler"))
        self.intercooler.toggled.connect(
            lambda on: self.apply({"engine.intercooler": on}, tr("Change intercooler"))
        )
        self.add_row(tr("Intercoo&ler"), self.intercooler, self.intercooler_tip)

        self.cycle = ChoiceControl(
            tr("Engine cycle"), [(4, tr("Four-stroke")), (2, tr("Two-stroke"))], self
        )
        self.cycle.edited.connect(lambda v: self.apply({"engine.cycle": v}, tr("Change cycle")))
        self.add_row(
            tr("C&ycle"),
            self.cycle,
            tr(
                "Two-stroke or four-stroke. A two-stroke is light and punchy for its size "
                "but revs lower; the 1950s-70s rules allowed them a little more."
            ),
        )

        self.valves = NumberControl(
            tr("Valves per cylinder"), 2, 5, step=1, fine=1, coarse=1, slider=False, parent=self
        )
        self.valves.edited.connect(
            lambda v, m: self.apply({"engine.valves_per_cylinder": v}, tr("Change valves"))
        )
        self.add_row(tr("V&alves per cylinder"), self.valves, self.valves_tip)

        self.cooling = ChoiceControl(
            tr("Engine cooling"), [("water", tr("Water-cooled")), ("air", tr("Air-cooled"))], self
        )
        self.cooling.edited.connect(
            lambda v: self.apply({"engine.cooling": v}, tr("Change engine cooling"))
        )
        self.add_row(
            tr("Coolin&g"),
            self.cooling,
            tr(
                "Water (a radiator and coolant) or air (fins and a blower, as on many "
                "1950s-70s kei engines). An air-cooled engine is about 10 kg lighter."
            ),
        )

        self.position = ChoiceControl(
            tr("Engine position"),
            [("front", tr("Front")), ("mid", tr("Mid")), ("rear", tr("Rear"))],
            self,
        )
        self.position.edited.connect(
            lambda v: self.apply({"engine.position": v}, tr("Change engine position"))
        )
        self.add_row(
            tr("Positio&n"),
            self.position,
            tr(
                "Where the engine sits. Over the driven wheels it adds grip at the start "
                "(e.g. rear engine, rear drive): a quicker getaway."
            ),
        )

        self.redline = NumberControl(
            tr("Redline"), *REDLINE_RPM, step=100, fine=10, coarse=500, suffix=" rpm",
            optional="auto", check_text=tr("Auto"), parent=self,
        )  # fmt: skip
        self.redline.edited.connect(
            lambda v, m: self.apply({"engine.redline_rpm": v}, tr("Change redline"), m)
        )
        self.add_row(
            tr("Re&dline"),
            self.redline,
            tr(
                "Highest engine speed (Auto: from cylinder size, valves and induction). "
                "Higher revs give more power and longer gears."
            ),
        )

        self.power_cap = NumberControl(
            tr("Power cap"), int(POWER_CAP_PS[0]), int(POWER_CAP_PS[1]), step=1, fine=1,
            coarse=10, suffix=" PS", slider=False, optional="pin", check_text=tr("On"),
            parent=self,
        )  # fmt: skip
        self.power_cap.edited.connect(self._cap_edited)
        self.add_row(tr("Po&wer cap"), self.power_cap, self.cap_tip)
        self.motor_controls.add_motor_rows()
        self.refresh()

    def advanced_controls(self) -> list[QWidget]:
        """The engine's controls a class rarely needs (projector mode hides their rows)."""
        return [self.intercooler, self.cycle, self.valves, self.cooling, self.redline]

    def petrol_rows(self) -> list[QWidget]:
        return [self.cylinders, self.displacement, self.aspiration, self.intercooler,
                self.cycle, self.valves, self.cooling, self.redline, self.power_cap]  # fmt: skip

    def set_projector(self, on: bool) -> None:
        """Projector mode hides the advanced rows (see ``projector.py``)."""
        self.projector = on
        self._show_rows()

    def _show_rows(self) -> None:
        electric = self.document.build.electric
        advanced = {id(w) for w in self.advanced_controls()}
        advanced |= {id(w) for w in self.motor_controls.advanced()}
        for widget in self.petrol_rows():
            show = not electric and not (self.projector and id(widget) in advanced)
            if self.form.isRowVisible(widget) != show:
                self.form.setRowVisible(widget, show)
        for widget in self.motor_controls.rows():
            show = electric and not (self.projector and id(widget) in advanced)
            if self.form.isRowVisible(widget) != show:
                self.form.setRowVisible(widget, show)
        title = self.tr("Motor a&nd battery") if electric else self.tr("E&ngine")
        if self.title() != title:
            self.setTitle(title)

    def _cap_edited(self, value: int | None, _merge: object) -> None:
        tr = self.tr
        if value is None:
            text = tr("Remove power cap")
        elif self.document.build.engine.power_cap_ps is None:
            text = tr("Apply power cap")
        else:
            text = tr("Change power cap")
        self.apply({"engine.power_cap_ps": None if value is None else float(value)}, text)

    def refresh(self) -> None:
        doc = self.document
        b = doc.build
        # What it shows: the engine (or motor and battery) and the displacement rule of the
        # era, in the language of the moment; a length drag leaves it as it is.
        key = (current_language(), doc.era, b.powertrain, b.engine, b.motor, b.battery)
        if self.unchanged((*key, self.projector)):
            return
        tr = self.tr
        self.motor_controls.refresh()
        self._show_rows()
        e = self.document.build.engine
        self.cylinders.set_value(e.cylinders, e.cylinders)
        self.displacement.set_value(e.displacement_cc, e.displacement_cc)
        try:
            checks = {c.name: c for c in self.document.compliance.checks}
        except Exception:  # the compliance panel reports problems; here it is a hint only
            checks = {}
        show_limit(
            self.displacement, "displacement", checks.get("displacement"), tr("over"),
            tr("Over the kei limit of {limit:.0f} {unit} by {over:.0f} {unit}"),
        )  # fmt: skip
        self.aspiration.set_value(e.aspiration)
        with QSignalBlocker(self.intercooler):
            self.intercooler.setChecked(e.effective_intercooler)
        set_enabled_with_reason(
            self.intercooler, e.forced, self.intercooler_tip,
            tr("Only forced induction has an intercooler."),
        )  # fmt: skip
        self.cycle.set_value(e.cycle)
        self.valves.set_value(e.valves_per_cylinder, e.effective_valves or 4)
        set_enabled_with_reason(
            self.valves, e.cycle == 4, self.valves_tip,
            tr("A two-stroke engine has ports, not valves."),
        )  # fmt: skip
        self.cooling.set_value(e.effective_cooling)
        self.position.set_value(e.position)
        self.redline.set_value(e.redline_rpm, e.effective_redline_rpm)
        cap = e.power_cap_ps
        self.power_cap.set_value(None if cap is None else round(cap), AGREEMENT_PS)
