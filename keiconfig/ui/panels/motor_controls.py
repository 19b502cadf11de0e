"""The electric powertrain's controls, shown in the engine panel in place of the engine's.

A "Powertrain" choice (petrol engine / electric motor) sits at the top of the engine
panel. Choosing the motor makes the build electric (one undo step) with a Sakura-like
starting motor and battery, or the ones the build had before; the engine's rows then
give way to these: the motor's maximum power and torque, the battery's capacity and the
maker's speed limiter (the motor's top speed is advanced: hidden in projector mode).
Switching back keeps the engine the build had.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from keiconfig.core.build import BATTERY_KWH, MOTOR_POWER_KW, MOTOR_RPM, MOTOR_TORQUE_NM
from keiconfig.ui.widgets import (
    ChoiceControl,
    NumberControl,
    group_digits,
    pass_wheel_by,
    show_value,
)

if TYPE_CHECKING:
    from keiconfig.ui.panels.engine_panel import EnginePanel

# A new electric build starts as a current kei EV: the Nissan Sakura's published figures
# (kei_reference.csv row 235: 47 kW, 195 N·m, 20 kWh) and no limiter.
START_MOTOR: Final[dict[str, Any]] = {"max_power_kw": 47.0, "max_torque_nm": 195.0}
START_BATTERY: Final[dict[str, Any]] = {"capacity_kwh": 20.0}
START_LIMIT_KMH: Final = 130


class MotorControls:
    """Creates the powertrain choice and the motor rows on ``panel`` (an EnginePanel)."""

    def __init__(self, panel: EnginePanel) -> None:
        self.panel = panel
        tr = panel.tr
        self.powertrain = ChoiceControl(
            tr("Powertrain"),
            [("petrol", tr("Petrol engine")), ("electric", tr("Electric motor"))],
            panel,
        )
        self.powertrain.edited.connect(self._powertrain_edited)

        self.power = NumberControl(
            tr("Motor power"), int(MOTOR_POWER_KW[0]), 200, step=1, fine=1, coarse=5,
            suffix=" kW", parent=panel,
        )  # fmt: skip
        self.power.edited.connect(lambda v, m: self._motor({"max_power_kw": float(v)}, m))
        self.torque = NumberControl(
            tr("Motor torque"), int(MOTOR_TORQUE_NM[0]), 600, step=5, fine=1, coarse=25,
            suffix=" N·m", parent=panel,
        )  # fmt: skip
        self.torque.edited.connect(lambda v, m: self._motor({"max_torque_nm": float(v)}, m))
        self.battery = QDoubleSpinBox(panel)
        self.battery.setRange(*BATTERY_KWH)
        self.battery.setDecimals(1)
        self.battery.setSingleStep(1.0)
        self.battery.setSuffix(" kWh")
        self.battery.setKeyboardTracking(False)  # typing "29.6" is one change
        group_digits(self.battery)
        self.battery.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.battery.setAccessibleName(tr("Battery capacity"))
        pass_wheel_by(self.battery)
        self.battery.valueChanged.connect(self._battery_edited)
        self.limiter = NumberControl(
            tr("Motor speed limit"), 40, 250, step=5, fine=1, coarse=10, suffix=" km/h",
            slider=False, optional="pin", check_text=tr("On"), parent=panel,
        )  # fmt: skip
        self.limiter.edited.connect(
            lambda v, m: self._motor({"speed_limit_kmh": None if v is None else float(v)}, m)
        )
        self.max_rpm = NumberControl(
            tr("Motor top speed"), *MOTOR_RPM, step=500, fine=50, coarse=1000, suffix=" rpm",
            slider=False, optional="auto", check_text=tr("Auto"), parent=panel,
        )  # fmt: skip
        self.max_rpm.edited.connect(lambda v, m: self._motor({"max_rpm": v}, m))

    def add_powertrain_row(self) -> None:
        tr = self.panel.tr
        self.panel.add_row(
            tr("P&owertrain"),
            self.powertrain,
            tr(
                "A petrol engine through a gearbox, or an electric motor and battery through "
                "a single-speed reduction: full torque from standstill, no gear changes."
            ),
        )

    def add_motor_rows(self) -> None:
        tr = self.panel.tr
        add = self.panel.add_row
        add(
            tr("Motor po&wer"),
            self.power,
            tr(
                "The motor's maximum output. Kei cars keep to 47 kW, the makers' 64 PS "
                "agreement, which applies to an electric motor too."
            ),
        )
        add(
            tr("Motor torq&ue"),
            self.torque,
            tr(
                "The motor's maximum torque, there from standstill up to its base speed "
                "(where torque × speed reaches the maximum power): the flat launch."
            ),
        )
        add(
            tr("B&attery"),
            self.battery,
            tr("Battery capacity. More kWh: more range, and more weight (slower)."),
        )
        # (the kei limiter without its 140 km/h: with the times hidden for a class's guess,
        # an electric car held by that limiter would have its top speed told here)
        add(
            tr("Motor &speed limit"),
            self.limiter,
            tr(
                "The maker's limit on this electric car's speed (Sakura, i-MiEV: 130 km/h). "
                "On: the car stops accelerating there, and the reduction is chosen so the "
                "motor reaches its top speed there. The kei speed limiter (Drivetrain: the "
                "makers' agreement) applies as well: the lower of the two holds the car."
            ),
        )
        add(
            tr("&Motor top speed"),
            self.max_rpm,
            tr(
                "The motor's highest rpm (Auto: 4.5 × its base speed, at most 10,455 rpm, "
                "the Sakura's motor: a rotor's top speed does not rise with its power)."
            ),
        )

    def rows(self) -> list[QWidget]:
        return [self.power, self.torque, self.battery, self.limiter, self.max_rpm]

    def advanced(self) -> list[QWidget]:
        """Rows hidden in projector mode."""
        return [self.max_rpm]

    # -- edits -------------------------------------------------------------------------------
    def _powertrain_edited(self, value: str) -> None:
        tr = self.panel.tr
        b = self.panel.document.build
        if value == b.powertrain:
            return
        if value == "electric":
            updates: dict[str, Any] = {
                "powertrain": "electric",
                "motor": b.motor.model_dump() if b.motor is not None else dict(START_MOTOR),
                "battery": b.battery.model_dump() if b.battery is not None else dict(START_BATTERY),
                # a single reduction: the gearbox's ratios do not apply
                "drivetrain.ratios": None,
                "drivetrain.final_drive": None,
            }
            self.panel.apply(updates, tr("Make it electric"))
        else:
            self.panel.apply(
                {"powertrain": "petrol", "drivetrain.final_drive": None}, tr("Make it petrol")
            )

    def _motor(self, change: dict[str, Any], merge: int | None = None) -> None:
        m = self.panel.document.build.motor
        if m is None:
            return
        self.panel.apply(
            {"motor": {**m.model_dump(), **change}},
            self.panel.tr("Change motor"),
            merge,
        )

    def _battery_edited(self, value: float) -> None:
        self.panel.apply(
            {"battery": {"capacity_kwh": round(float(value), 1)}},
            self.panel.tr("Change battery"),
        )

    # -- refresh -----------------------------------------------------------------------------
    def refresh(self) -> None:
        b = self.panel.document.build
        self.powertrain.set_value(b.powertrain)
        m = b.motor
        if m is not None:
            self.power.set_value(round(m.max_power_kw), round(m.max_power_kw))
            self.torque.set_value(round(m.max_torque_nm), round(m.max_torque_nm))
            limit = None if m.speed_limit_kmh is None else round(m.speed_limit_kmh)
            self.limiter.set_value(limit, START_LIMIT_KMH)
            self.max_rpm.set_value(m.max_rpm, round(m.effective_max_rpm))
        if b.battery is not None and abs(self.battery.value() - b.battery.capacity_kwh) > 1e-9:
            show_value(self.battery, b.battery.capacity_kwh)
