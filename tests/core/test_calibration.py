"""The calibration fit and report (fast parts; the leave-one-out run is ~25 s)."""

from __future__ import annotations

from keiconfig.core.calibration_fit import fit_engine, fit_weight
from keiconfig.core.calibration_report import report
from keiconfig.core.performance import load_constants
from keiconfig.core.reference import load_reference


def test_weight_fit_gives_physical_constants() -> None:
    cars, _ = load_reference()
    k = fit_weight(cars)
    assert 5.0 < k.shell_kg_per_m2 < 25.0
    assert 0.0 <= k.equipment_kg_per_m2 < 40.0
    # A kei off-roader's ladder frame: some 80-200 kg over 4-5 m² of footprint.
    assert 15.0 < k.frame_kg_per_m2 < 45.0


def test_weight_fit_without_any_four_wheel_drive_suv_holds_the_frame_at_zero() -> None:
    cars, _ = load_reference()
    rest = [
        c for c in cars if not (c.build.body.style == "suv" and c.build.drivetrain.driven == "awd")
    ]
    assert len(rest) < len(cars)
    assert fit_weight(rest).frame_kg_per_m2 == 0.0


def test_shipped_engine_and_weight_constants_are_what_the_reference_data_fit_gives() -> None:
    # A change to the reference data or the fit that is not followed by a refit
    # (`--fit`, which rewrites resources/model_constants.json) fails here.
    cars, _ = load_reference()
    shipped = load_constants()
    assert fit_engine(cars) == shipped.engine
    assert fit_weight(cars) == shipped.weight


def test_report_shows_power_at_the_published_power_rpm() -> None:
    text = report()
    assert "published power-peak rpm entered as engine.redline_rpm" in text
    cars, _ = load_reference()
    assert any(c.power_rpm is not None for c in cars)
