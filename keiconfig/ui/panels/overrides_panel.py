"""Pinned figures: fix the kerb weight, peak power or peak torque for "what if" work."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from keiconfig.core.build import KERB_WEIGHT_KG, POWER_PS, TORQUE_NM
from keiconfig.ui.document import Document
from keiconfig.ui.widgets import ControlPanel, NumberControl


class OverridesPanel(ControlPanel):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, self.tr("&Pinned figures"), parent)
        tr = self.tr
        self.weight = self._pin(
            "overrides.kerb_weight_kg", tr("Kerb weight"), tr("&Kerb weight"), KERB_WEIGHT_KG,
            (10, 1, 100), " kg", tr("Pin kerb weight"),
            tr(
                "Pin the kerb weight instead of estimating it (e.g. a published figure). "
                "Heavier is slower to 100 km/h; top speed hardly changes."
            ),
        )  # fmt: skip
        self.power = self._pin(
            "overrides.power_ps", tr("Peak power"), tr("Peak po&wer"), POWER_PS,
            (1, 1, 10), " PS", tr("Pin peak power"),
            tr(
                "Pin the peak power instead of estimating it. More power: quicker times "
                "and a higher top speed. The pin is the power after any cap: the cap no longer "
                "limits it."
            ),
        )  # fmt: skip
        self.torque = self._pin(
            "overrides.torque_nm", tr("Peak torque"), tr("Peak tor&que"), TORQUE_NM,
            (1, 1, 10), " N·m", tr("Pin peak torque"),
            tr("Pin the peak torque instead of estimating it. More torque: a quicker getaway."),
        )  # fmt: skip
        self.refresh()

    def _pin(self, path, name, label, limits, steps, suffix, undo_text, tooltip):
        step, fine, coarse = steps
        control = NumberControl(
            name, int(limits[0]), int(limits[1]), step=step, fine=fine, coarse=coarse,
            suffix=suffix, optional="pin", check_text=self.tr("Pin"), parent=self,
        )  # fmt: skip
        control.edited.connect(
            lambda v, m: self.apply({path: None if v is None else float(v)}, undo_text, m)
        )
        self.add_row(label, control, tooltip)
        return control

    def refresh(self) -> None:
        o = self.document.build.overrides
        try:
            perf = self.document.performance
            estimate = (perf.kerb_weight_kg, perf.power_ps, perf.torque_nm)
        except Exception:  # the results panel reports model problems; here a start value only
            estimate = (700.0, 64.0, 100.0)
        for control, pinned, est in zip(
            (self.weight, self.power, self.torque),
            (o.kerb_weight_kg, o.power_ps, o.torque_nm),
            estimate,
            strict=True,
        ):
            control.set_value(None if pinned is None else round(pinned), round(est))
