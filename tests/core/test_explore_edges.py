"""Where a search's answer sits against its ranges: the explorer says so in words."""

from __future__ import annotations

from keiconfig.core.build import changed
from keiconfig.core.explore_edges import at_edges, edges_sentence, outside
from keiconfig.core.explore_problem import Objective, Problem, Rules
from keiconfig.core.explore_search import optimise
from keiconfig.core.explore_space import make_space
from keiconfig.core.presets import load_preset

CAPPUCCINO = load_preset("suzuki-cappuccino-1991").build


def _search(base, era, vary, ranges=None, budget=60):
    space = make_space(base, vary, ranges=ranges, era_id=era)
    return optimise(Problem(space, Rules(era), Objective.single("zero_to_100kmh_s")), budget, 1)


def test_a_best_build_stopped_by_its_range_is_said_to_be_there():
    """A shorter body is lighter and quicker, so the search runs to the end of the length
    range it is given: the answer is the range's, and a wider one may do better."""
    result = _search(CAPPUCCINO, "1990", ["body.length_mm"], {"body.length_mm": (3000, 3400)})
    best = result.best[0].build
    assert best.body.length_mm <= 3040  # within 10 % of the range's width of 3000
    (edge,) = at_edges(result.problem.space, best, "1990")
    assert (edge.path, edge.lo, edge.hi) == ("body.length_mm", 3000.0, 3400.0)
    sentence = edges_sentence(result, CAPPUCCINO)
    assert sentence.startswith("The best build is at or near an end of the range searched for ")
    assert f"length (mm) {best.body.length_mm} (3000 to 3400)" in sentence
    assert "searched from" not in sentence  # 3295 mm is inside the range


def test_a_field_not_at_an_end_and_the_eras_own_years_are_not_named():
    space = make_space(CAPPUCCINO, ["body.length_mm", "year"], era_id="1990")
    middle = changed(CAPPUCCINO, {"body.length_mm": 3050, "year": 1990})
    assert at_edges(space, middle, "1990") == ()  # 1990 is the era's first year: the rules'
    assert [e.path for e in at_edges(space, middle)] == ["year"]  # without the era: an end


def test_a_cvt_has_no_gears_at_an_end():
    space = make_space(CAPPUCCINO, ["drivetrain.gears"], era_id="1990")
    six = changed(CAPPUCCINO, {"drivetrain.gears": 6})
    assert [e.path for e in at_edges(space, six)] == ["drivetrain.gears"]
    assert at_edges(space, changed(six, {"drivetrain.transmission": "cvt"})) == ()


def test_an_open_build_outside_a_range_is_named_the_search_cannot_reach_it():
    """The 1991 Cappuccino explored under the 1998 rules: their model years start in 1998,
    so the search never judges the car itself, and its best can be worse than the car
    (11.19 s against 10.88 s, with the car's own ratios) for no reason the person could see."""
    result = _search(CAPPUCCINO, "1998", ["year"], budget=20)
    (edge,) = outside(result.problem.space, CAPPUCCINO)
    assert (edge.path, edge.value, edge.lo, edge.hi) == ("year", 1991.0, 1998.0, 2025.0)
    sentence = edges_sentence(result, CAPPUCCINO)
    assert (
        "The build searched from is outside the range searched for model year 1991 "
        "(1998 to 2025): the search could not reach that build itself." in sentence
    )
    assert result.best[0].outcome.score > result.base.score  # what the sentence explains


def test_a_cvts_gear_count_is_no_change_a_list_names():
    """The best list read "gears 4, ..., gearbox cvt": a CVT has no gears to count."""
    from keiconfig.core.explore_space import used_updates

    updates = {"drivetrain.gears": 4, "drivetrain.transmission": "cvt", "body.length_mm": 3000}
    cvt = changed(CAPPUCCINO, {"drivetrain.gears": 4, "drivetrain.transmission": "cvt"})
    assert used_updates(updates, cvt) == {"drivetrain.transmission": "cvt", "body.length_mm": 3000}
    manual = changed(CAPPUCCINO, {"drivetrain.gears": 4})
    assert used_updates(updates, manual) == updates


def test_a_power_cap_the_engine_does_not_reach_is_no_end_to_search_past():
    """A cap of 117 PS on an engine of 50 PS limits nothing: the same car as any cap above
    50, so a wider range could find no better build past it. The explorer said "power cap
    (PS) 117 (30 to 120): a wider range may find a better build past it" (and, under the
    64 PS agreement, a reader took 117 for a build past the agreement)."""
    from keiconfig.core.explore_space import cap_note, cap_unreached
    from keiconfig.core.performance import evaluate

    na = changed(CAPPUCCINO, {"engine.aspiration": "na"})
    space = make_space(na, ["engine.power_cap_ps"], era_id="1998")
    (var,) = space.variables
    top = changed(na, {"engine.power_cap_ps": 117.0})
    assert var.hi - 117.0 < 0.1 * (var.hi - var.lo)  # near the top of its range
    assert evaluate(top).power_ps < 64 and cap_unreached(top)
    assert at_edges(space, top, "1998") == ()
    assert cap_note(top, "50 PS") == " (not reached: the engine makes 50 PS)"
    # a cap the engine reaches is one: at the bottom of its range, an end
    low = changed(na, {"engine.power_cap_ps": 31.0})
    assert not cap_unreached(low) and cap_note(low, "31 PS") == ""
    assert [e.path for e in at_edges(space, low, "1998")] == ["engine.power_cap_ps"]
    # nor is a pinned power's (the pin stands in the cap's place)
    pinned = changed(CAPPUCCINO, {"engine.power_cap_ps": 64.0, "overrides.power_ps": 60.0})
    assert cap_unreached(pinned)
