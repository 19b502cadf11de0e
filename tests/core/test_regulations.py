"""Kei rules of every era: limits inclusive, 2-stroke limits, the 64 PS agreement."""

from __future__ import annotations

import datetime as dt

import pytest

from keiconfig.core import regulations
from keiconfig.core.build import Body, Build, Drivetrain, Engine, changed


def make_build(
    length: int = 3400,
    width: int = 1480,
    height: int = 2000,
    cc: int = 660,
    cycle: int = 4,
    year: int | None = None,
) -> Build:
    return Build(
        name="test",
        year=year,
        body=Body(style="hatchback", length_mm=length, width_mm=width, height_mm=height),
        engine=Engine(
            cylinders=3, displacement_cc=cc, aspiration="na", position="front", cycle=cycle
        ),
        drivetrain=Drivetrain(driven="fwd", transmission="manual"),
    )


def by_name(compliance, name):
    return {c.name: c for c in compliance.checks}.get(name)


def test_eras_are_loaded_in_order_with_current_last():
    ids = regulations.era_ids()
    assert ids == ("1949", "1950", "1951", "1955", "1976", "1990", "1998")
    assert ids[-1] == regulations.CURRENT_ERA
    e = regulations.era("1998")
    assert (e.max_length_mm, e.max_width_mm, e.max_height_mm) == (3400, 1480, 2000)
    assert e.max_displacement_4stroke_cc == 660
    assert e.power_agreement_ps == 64
    assert e.in_force_from == dt.date(1998, 10, 1)


def test_unknown_era_names_the_valid_ones():
    with pytest.raises(KeyError, match="1998"):
        regulations.era("2030")


def test_exact_limits_pass_under_1998_rules():
    c = regulations.check(make_build(), "1998", power_ps=64)
    assert c.ok
    assert all(check.ok for check in c.checks)
    assert by_name(c, "length").margin == 0
    assert by_name(c, "displacement").value == 660


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("length", {"length": 3401}),
        ("width", {"width": 1481}),
        ("height", {"height": 2001}),
        ("displacement", {"cc": 661}),
    ],
)
def test_one_over_the_limit_fails(field, kwargs):
    c = regulations.check(make_build(**kwargs), "1998", power_ps=64)
    assert not c.ok
    assert regulations.failed_laws(c) == (field,)
    assert by_name(c, field).margin == -1


def test_two_stroke_360_fails_1951_but_passes_1955():
    b = make_build(length=2990, width=1300, height=1380, cc=356, cycle=2)
    c51 = regulations.check(b, "1951")
    assert not c51.ok
    assert by_name(c51, "displacement").limit == 240
    c55 = regulations.check(b, "1955")
    assert c55.ok
    assert by_name(c55, "displacement").limit == 360


def test_four_stroke_360_passes_1951():
    b = make_build(length=2990, width=1300, height=1380, cc=356, cycle=4)
    assert regulations.check(b, "1951").ok


def test_agreement_checked_in_1998_not_in_1951():
    b = make_build(length=2990, width=1300, height=1380, cc=356)
    c98 = regulations.check(b, "1998", power_ps=30)
    power = by_name(c98, "power")
    assert power is not None
    assert power.kind == "agreement"
    assert power.limit == 64
    assert by_name(regulations.check(b, "1951"), "power") is None


def test_over_the_agreement_is_still_legal():
    c = regulations.check(make_build(), "1998", power_ps=80)
    assert c.ok  # the law is met
    assert regulations.agreement_ok(c) is False
    assert by_name(c, "power").margin == -16
    assert "power" in c.failed
    assert regulations.failed_laws(c) == ()


def test_1976_agreement_only_for_cars_from_1987():
    small = {"length": 3195, "width": 1395, "height": 1290, "cc": 543}
    assert by_name(regulations.check(make_build(year=1985, **small), "1976"), "power") is None
    c88 = regulations.check(make_build(year=1988, **small), "1976", power_ps=64)
    assert by_name(c88, "power") is not None
    assert by_name(regulations.check(make_build(**small), "1976"), "power") is None


def test_agreement_applies_without_year_under_1990_and_1998():
    b = make_build(length=3295, width=1395)
    for era_id in ("1990", "1998"):
        assert by_name(regulations.check(b, era_id, power_ps=50), "power") is not None


def test_power_not_computed_when_era_has_no_agreement(monkeypatch):
    def boom(build):
        raise AssertionError("power should not be computed")

    monkeypatch.setattr(regulations, "_peak_power_ps", boom)
    regulations.check(make_build(cc=356), "1955")


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1945, "1949"),
        (1948, "1949"),
        (1949, "1949"),
        (1950, "1950"),
        (1951, "1951"),
        (1954, "1951"),
        (1955, "1955"),
        (1975, "1955"),
        (1976, "1976"),
        (1989, "1976"),
        (1990, "1990"),
        (1997, "1990"),
        (1998, "1998"),
        (2024, "1998"),
    ],
)
def test_era_for_year(year, expected):
    assert regulations.era_for_year(year) == expected


def test_resolve_era():
    b = make_build(year=1962)
    assert regulations.resolve_era(b, None, use_year=False) == "1998"
    assert regulations.resolve_era(b, None, use_year=True) == "1955"
    assert regulations.resolve_era(b, "1976", use_year=True) == "1976"
    assert regulations.resolve_era(changed(b, {"year": None}), None, use_year=True) == "1998"
    with pytest.raises(KeyError):
        regulations.resolve_era(b, "nope", use_year=False)


def test_resolve_era_takes_the_builds_own_era_only_when_asked_and_after_the_year():
    b = make_build(year=1962)
    judged = changed(b, {"judged_by": "1976"})
    assert regulations.resolve_era(judged, None, use_year=False) == "1998"  # (ranked)
    assert regulations.resolve_era(judged, None, use_year=False, own=True) == "1976"
    assert regulations.resolve_era(judged, "1990", use_year=False, own=True) == "1990"
    assert regulations.resolve_era(judged, None, use_year=True, own=True) == "1955"
    no_year = changed(judged, {"year": None})
    assert regulations.resolve_era(no_year, None, use_year=True, own=True) == "1976"
    assert regulations.resolve_era(b, None, use_year=False, own=True) == "1998"


def test_every_era_has_a_name_for_translators() -> None:
    """Each era of regulations.csv is in regulations.ERA_NAMES, so pyside6-lupdate gives
    translators its name (the Japanese adds the Japanese year: 1976年(昭和51年))."""
    from keiconfig.core import regulations

    missing = [e.id for e in regulations.eras() if e.id not in regulations.ERA_NAMES]
    assert not missing, f"add these eras to ERA_NAMES in keiconfig/core/regulations.py: {missing}"
    assert regulations.era_name("1976") == "1976"  # English: the year itself
