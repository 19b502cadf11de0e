"""Comparison table: every figure, the best marked, differences against the first build."""

from __future__ import annotations

import dataclasses

import pytest

from keiconfig.core import compare, performance
from keiconfig.core.build import changed
from keiconfig.core.presets import load_preset

FIELDS = (
    "kerb_weight_kg",
    "power_ps",
    "power_kw",
    "torque_nm",
    "power_to_weight_ps_per_tonne",
    "zero_to_60mph_s",
    "zero_to_100kmh_s",
    "quarter_mile_s",
    "standing_400m_s",
    "top_speed_kmh",
    "compliance_ok",
)


def named(*ids):
    return [(i, load_preset(i).build) for i in ids]


def test_the_quickest_car_is_marked_best_for_0_100():
    cars = named("honda-beat-1991", "caterham-seven-160-2014", "daihatsu-copen-2002")
    table = compare.compare(cars)
    assert table.columns == tuple(n for n, _ in cars)
    assert tuple(r.field for r in table.rows) == FIELDS
    times = [performance.evaluate(b).zero_to_100kmh_s for _, b in cars]
    row = table.row("zero_to_100kmh_s")
    assert row.better == "lower"
    assert row.best == (times.index(min(times)),)
    assert table.columns[row.best[0]] == "caterham-seven-160-2014"
    assert row.is_best(1) and not row.is_best(0)


def test_deltas_are_against_the_first_build():
    table = compare.compare(named("honda-beat-1991", "daihatsu-copen-2002"))
    for row in table.rows:
        if row.field == "compliance_ok":
            assert row.deltas == (None, None)
            continue
        assert row.deltas[0] == 0
        assert row.deltas[1] == pytest.approx(
            compare.shown(row.values[1], row.decimals) - compare.shown(row.values[0], row.decimals)
        )


def test_best_and_differences_follow_the_figures_as_shown():
    # A Sakura (1,056.3 kg, 63.9 PS, 47.0 kW) beside a Taft (848.5 kg, 64.0 PS, 47.07 kW):
    # the table showed weights 1,056 and 849 with a difference of "−208" (of the unrounded
    # figures); it is the −207 a person reads off the two. (Before round 8's weight refit
    # the two were 1,056.4 and 847.7 kg: "−209" shown against 1,056 and 848.) The weights
    # are set to those figures: the rounding is the table's, and round 10's full tank made
    # the Taft 848.4 kg, whose difference reads −208 either way.
    sakura, taft = (
        performance.evaluate(load_preset(i).build)
        for i in ("nissan-sakura-2022", "daihatsu-taft-2020")
    )
    table = compare.compare_results(
        [
            ("nissan-sakura-2022", dataclasses.replace(sakura, kerb_weight_kg=1056.3), True),
            ("daihatsu-taft-2020", dataclasses.replace(taft, kerb_weight_kg=848.5), True),
        ]
    )
    weight = table.row("kerb_weight_kg")
    assert weight.values[0] == pytest.approx(1056.3) and weight.values[1] == pytest.approx(848.5)
    assert weight.deltas[1] == -207
    # 64 PS against 64 PS: equal, no best, no difference; 47.0 kW against 47.1 kW, +0.1,
    # and no best either: the same power, equal in PS, is not better in kW (the kW row
    # starred the Taft while the PS row said the two were equal)
    assert table.row("power_ps").best == () and table.row("power_ps").deltas[1] == 0
    kw = table.row("power_kw")
    assert kw.best == () and kw.deltas[1] == pytest.approx(0.1)
    # Halves round away from zero, as the figures are written: 64.5 PS shows "65", the
    # same as 65.4 PS, so neither is best (Python's round made 64.5 "64")
    perf = performance.evaluate(load_preset("daihatsu-taft-2020").build)
    a, b = (dataclasses.replace(perf, power_ps=p) for p in (64.5, 65.4))
    ps = compare.compare_results([("A", a, True), ("B", b, True)]).row("power_ps")
    assert ps.best == () and ps.deltas[1] == 0


def test_heavier_is_worse_and_more_power_is_better():
    table = compare.compare(named("honda-beat-1991", "volkswagen-polo-gti-2021"))
    assert table.row("kerb_weight_kg").best == (0,)
    assert table.row("power_ps").best == (1,)
    assert table.row("top_speed_kmh").best == (1,)


def slow_two_stroke():
    """A 16 PS two-stroke in a tall body: it never gets to 100 km/h."""
    subaru = load_preset("subaru-360-1958").build
    return changed(subaru, {"body.height_mm": 1779, "overrides.power_ps": 16.0})


def test_a_car_that_never_reaches_100_is_worst_with_no_delta():
    slow = slow_two_stroke()
    assert performance.evaluate(slow).zero_to_100kmh_s is None
    beat = load_preset("honda-beat-1991").build
    table = compare.compare([("slow", slow), ("Beat", beat)])
    row = table.row("zero_to_100kmh_s")
    assert row.values[0] is None
    assert row.best == (1,)
    assert row.deltas == (None, None)
    assert table.row("standing_400m_s").best == (1,)


def test_compliance_row_marks_the_legal_car():
    beat = load_preset("honda-beat-1991").build
    wide = changed(beat, {"body.width_mm": 1700, "name": "Wide Beat"})
    table = compare.compare([("Beat", beat), ("Wide", wide)], era_id="1998")
    row = table.row("compliance_ok")
    assert row.values == (True, False)
    assert row.best == (0,)


def test_identical_builds_have_no_best_and_more_than_four_are_refused():
    beat = load_preset("honda-beat-1991").build
    table = compare.compare([("a", beat), ("b", beat)])
    assert all(r.best == () for r in table.rows)
    with pytest.raises(ValueError, match="at most 4"):
        compare.compare([(str(i), beat) for i in range(5)])


def test_a_top_speed_the_limiter_holds_says_so_with_the_speed_without_it():
    """The eK X EV and the Copen both show 140 km/h: the kei makers' limiter holds both.
    The Sakura's 130 km/h is where its motor reaches its top speed (its reduction is
    designed for the maker's limit), so nothing holds it back."""
    table = compare.compare(named("mitsubishi-ek-x-ev-2022", "nissan-sakura-2022"))
    row = table.row("top_speed_kmh")
    ek = performance.evaluate(load_preset("mitsubishi-ek-x-ev-2022").build)
    assert ek.unlimited_top_speed_kmh is not None
    assert row.values[0] == pytest.approx(140.0)
    assert row.without_limiter == (pytest.approx(ek.unlimited_top_speed_kmh), None)
    assert row.limited(0) and not row.limited(1) and not row.limited(2)
    assert all(not r.limited(0) for r in table.rows if r.field != "top_speed_kmh")


def test_the_range_row_is_there_when_a_build_is_electric_and_petrol_has_none():
    assert "wltc_range_km" not in {r.field for r in compare.compare(named("honda-beat-1991")).rows}
    table = compare.compare(named("honda-beat-1991", "nissan-sakura-2022", "honda-n-van-e-2024"))
    assert tuple(r.field for r in table.rows) == (*FIELDS[:-1], "wltc_range_km", FIELDS[-1])
    row = table.row("wltc_range_km")
    sakura = performance.evaluate(load_preset("nissan-sakura-2022").build)
    assert row.values[0] is None  # a petrol car has no range figure (not a zero)
    assert row.values[1] == pytest.approx(sakura.wltc_range_km)
    assert row.better == "higher" and row.unit == "km"
    assert row.best == (2,)  # the N-VAN e:'s 29.6 kWh goes furthest
    assert row.deltas == (None, None, None)  # none against a petrol first column


def test_an_electric_cars_range_is_not_marked_best_beside_petrol_cars():
    """A Sakura pinned beside a Taft had its 183 km starred "best in the row" against the
    Taft's "—": the petrol car has no WLTC range figure, not a shorter one. The range is
    marked best only where two electric cars' ranges differ."""
    row = compare.compare(named("daihatsu-taft-2020", "nissan-sakura-2022")).row("wltc_range_km")
    assert row.values[0] is None and row.values[1] is not None
    assert row.best == ()
    two = named("daihatsu-taft-2020", "nissan-sakura-2022", "nissan-sakura-2022")
    assert compare.compare(two).row("wltc_range_km").best == ()  # a tie: nothing to tell apart
    # other rows still mark a car that has a figure over one that has none (never gets there)
    assert compare._best([13.9, None], "lower", 1) == (0,)


def test_japanese_compares_the_0_100_and_400m_times_only():
    """The Japanese table showed 0-60 mph and 1/4マイル rows beside 0-100km/h加速 and
    ゼロヨン, where the dashboard and speed plot give no miles."""
    from keiconfig.core import catalog, text

    found = catalog.load("ja")
    assert found is not None
    text.set_translator(found, found.plural)
    text.set_language("ja")
    try:
        table = compare.compare(named("honda-beat-1991", "daihatsu-copen-2002"))
    finally:
        text.set_translator(None)
        text.set_language("en")
    fields = tuple(r.field for r in table.rows)
    assert fields == tuple(f for f in FIELDS if f not in ("zero_to_60mph_s", "quarter_mile_s"))
    labels = " ".join(r.label for r in table.rows)
    assert "mph" not in labels and "マイル" not in labels, labels
    assert "ゼロヨン" in table.row("standing_400m_s").label


def _powers(*ps: float) -> compare.ComparisonTable:
    """Cars of these powers (PS, and the same in kW as the model converts)."""
    perf = performance.evaluate(load_preset("daihatsu-taft-2020").build)
    kw_per_ps = perf.power_kw / perf.power_ps
    cars = [dataclasses.replace(perf, power_ps=p, power_kw=p * kw_per_ps) for p in ps]
    return compare.compare_results([(f"car {i}", c, True) for i, c in enumerate(cars)])


@pytest.mark.parametrize(
    "ps",
    [
        (64.0, 63.9),  # 64 and 64 PS; 47.1 and 47.0 kW
        (63.49, 63.51),  # 63 and 64 PS; 46.7 and 46.7 kW
        (64.0, 63.9, 60.0),
        (60.0, 63.49, 63.51),
        (50.0, 64.0, 40.0, 63.9),
    ],
)
def test_a_figure_in_two_units_is_starred_alike_in_both(ps):
    """Never one unit equal and the other better: the PS and kW rows star the same cars,
    and a car whose shown figure equals a starred one's in either row is starred too."""
    table = _powers(*ps)
    ps_row, kw_row = table.row("power_ps"), table.row("power_kw")
    assert ps_row.best == kw_row.best
    for row in (ps_row, kw_row):
        shown = [compare.shown(v, row.decimals) for v in row.values]
        for a in range(len(ps)):
            for b in range(len(ps)):
                if shown[a] == shown[b]:
                    assert row.is_best(a) == row.is_best(b), (row.field, shown)
    # and the strongest car is always among the starred, unless all are equal
    strongest = ps.index(max(ps))
    assert ps_row.best == () or ps_row.is_best(strongest)


def test_a_clear_winner_is_starred_in_both_units():
    table = _powers(64.0, 52.0, 58.0)
    assert table.row("power_ps").best == table.row("power_kw").best == (0,)


@pytest.mark.parametrize(
    ("limited", "free", "decimals", "written"),
    [
        (140.0, 147.6, 0, 0),  # "about 148": apart from 140 as it is
        (140.0, 140.418, 0, 1),  # "about 140" would read as the limit: "about 140.4"
        (140.0, 140.5, 0, 0),  # rounds half away from zero: 141
        (130.0, 130.04, 0, 1),  # "about 130.0": as near the limit as a tenth tells
    ],
)
def test_the_speed_without_the_limiter_reads_apart_from_the_limit(
    limited: float, free: float, decimals: int, written: int
) -> None:
    assert compare.free_speed_decimals(limited, free, decimals) == written
