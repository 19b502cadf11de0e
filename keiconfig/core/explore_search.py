"""Search a space for the best legal builds: sweeps, maps, sensitivity and a global optimiser.

* :func:`optimise` runs scipy's :func:`~scipy.optimize.differential_evolution` over
  the continuous and discrete fields together (``integrality`` rounds the discrete
  ones), with a fixed seed, so the same question gives the same answer. The rules are
  constraints through the outcome's score (Deb's feasibility rule: any legal build
  beats any illegal one; of two illegal builds the one less over the limits wins;
  see :data:`~keiconfig.core.explore_problem.ILLEGAL_SCORE`). Each generation is
  judged as one batch on the executor (:mod:`keiconfig.core.explore_batch`). The open
  build is a member of the first generation, so the answer is never worse than it.
* :func:`sweep` judges a grid over one or two fields.
* :func:`sensitivity` sweeps each field alone over its range from the open build
  (the tornado chart); :func:`rule_limit` is the limit a rule puts on a field (the
  lines of the two-field map).

Every build reported as best is judged again in this process by
:func:`keiconfig.core.performance.evaluate` and :func:`keiconfig.core.regulations.check`,
the window's own model and judge, and dropped if it is not legal.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from keiconfig.core import regulations
from keiconfig.core.compare import figure_shown as shown
from keiconfig.core.explore_batch import Cancelled, evaluate_batch
from keiconfig.core.explore_problem import Objective, Outcome, Problem, Rules
from keiconfig.core.explore_space import Space, catalogue_variable, ratios_dropped

if TYPE_CHECKING:
    from keiconfig.core.build import Build
    from keiconfig.core.results import Performance

DEFAULT_BUDGET: Final = 3000
DEFAULT_SEED: Final = 1
TOP: Final = 10  # best builds reported


@dataclass(frozen=True)
class Progress:
    """Where a search is: builds judged, of the budget, and the best legal one so far."""

    evaluated: int
    budget: int
    best: Outcome | None


@dataclass(frozen=True)
class Found:
    """A best build: the build itself, as the window would open it, and its outcome."""

    build: Build
    outcome: Outcome
    updates: dict[str, Any] = field(default_factory=dict)
    alike: int = 1  # builds found that the list shows alike, with every rule's verdict equal


@dataclass(frozen=True)
class SearchResult:
    problem: Problem
    outcomes: tuple[Outcome, ...]  # every point judged, in order
    best: tuple[Found, ...]  # the best legal builds, best first (verified)
    base: Outcome  # the open build, judged by the same rules
    cancelled: bool = False
    seed: int | None = None

    @property
    def evaluated(self) -> int:
        return len(self.outcomes)


ProgressFn = Callable[[Progress], None]


class _Memo:
    """Judges points once each (an optimiser proposes some points again), in batches."""

    def __init__(
        self,
        problem: Problem,
        executor: Executor | None,
        cancel: threading.Event | None,
        progress: ProgressFn | None,
        budget: int,
        workers: int | None = None,
    ) -> None:
        self.problem = problem
        self.executor = executor
        self.workers = workers
        self.cancel = cancel
        self.progress = progress
        self.budget = budget
        self.seen: dict[tuple[Any, ...], Outcome] = {}
        self.order: list[Outcome] = []
        self.best: Outcome | None = None

    def key(self, x: Sequence[float]) -> tuple[Any, ...]:
        return tuple(self.problem.space.updates(x).values())

    def _note(self, outs: Sequence[Outcome]) -> None:
        for o in outs:
            self.order.append(o)
            if o.legal and (self.best is None or o.score < self.best.score):
                self.best = o

    def judge(self, xs: Sequence[Sequence[float]]) -> list[Outcome]:
        keys = [self.key(x) for x in xs]
        todo: dict[tuple[Any, ...], tuple[float, ...]] = {}
        for k, x in zip(keys, xs, strict=True):
            if k not in self.seen and k not in todo:
                todo[k] = tuple(float(v) for v in x)
        start = len(self.order)

        def step(n: int) -> None:
            if self.progress is not None:
                self.progress(Progress(start + n, self.budget, self.best))

        try:
            outs = evaluate_batch(
                self.problem,
                list(todo.values()),
                self.executor,
                self.cancel,
                step,
                workers=self.workers,
            )
        except Cancelled as c:
            self._note(c.done)
            raise
        for k, o in zip(todo, outs, strict=True):
            self.seen[k] = o
        self._note(outs)
        if self.progress is not None:
            self.progress(Progress(len(self.order), self.budget, self.best))
        return [self.seen[k] for k in keys]


def judge_build(problem: Problem, build: Build, perf: Performance | None = None) -> Outcome:
    """The outcome of a whole build (the open one) under the problem's rules and objective."""
    from keiconfig.core.performance import evaluate

    p = perf if perf is not None else evaluate(build)
    return problem.outcome(problem.space.vector_of(build), build, p)


def as_listed(objective: Objective, o: Outcome) -> tuple[float | None, ...]:
    """What the best list shows of ``o`` (the window's and the CLI's): the objective as
    the dashboard's card shows it (a time to 0.1 s, a top speed to the km/h, a mix's score
    to 0.001), the kerb weight in whole kg and the power in whole PS (:func:`shown`)."""
    fig = objective.figure
    weight, power = o.figure("kerb_weight_kg"), o.figure("power_ps")
    return (
        None if o.value is None else round(o.value, 3) if fig is None else shown(o.value, fig),
        None if weight is None else shown(weight, "kerb_weight_kg"),
        None if power is None else shown(power, "power_ps"),
    )


def verify(problem: Problem, outcomes: Sequence[Outcome], top: int = TOP) -> tuple[Found, ...]:
    """The best legal builds among ``outcomes`` that differ in what they do, each built and
    judged again here. Builds the list would show alike (:func:`as_listed`) with every
    rule's verdict equal (a power cap above what the engine makes is no cap; 2,503 and
    2,505 mm long give the same 10.12 s, 629 kg and 63.8 PS; final drives of 4.66 and
    4.68 the same 10.88 s) are one entry, counted in ``Found.alike``: the top N are N
    different answers, not one answer with N power caps or N lengths a few mm apart."""
    from keiconfig.core.performance import evaluate

    found: list[Found] = []
    entry: dict[Any, int] = {}  # what a build does -> its index in found
    alike: list[int] = []
    seen: set[Any] = set()
    for o in sorted((o for o in outcomes if o.legal), key=lambda o: o.score):
        updates = problem.space.updates(o.x)
        key = tuple(updates.items())
        if key in seen:
            continue
        seen.add(key)
        try:
            build = problem.space.build(o.x)
        except ValueError:
            continue
        if ratios_dropped(problem.space, build):
            updates = {**updates, "drivetrain.ratios": None}  # the model's, for its gearbox
        power = o.figure("power_ps")
        checks = regulations.check(build, problem.rules.era, power_ps=power).checks
        effect = (as_listed(problem.objective, o), tuple((c.name, c.ok) for c in checks))
        if effect in entry:
            alike[entry[effect]] += 1
            continue
        if len(found) >= top:
            continue  # still counted above when it does what a reported build does
        perf = evaluate(build)
        again = problem.outcome(o.x, build, perf)
        compliance = regulations.check(build, problem.rules.era, power_ps=perf.power_ps)
        if not again.legal or not compliance.ok:
            continue  # never report what the compliance panel would call illegal
        entry[effect] = len(found)
        found.append(Found(build, again, updates))
        alike.append(1)
    return tuple(replace(f, alike=n) for f, n in zip(found, alike, strict=True))


def _population(dims: int, budget: int) -> tuple[int, int]:
    """(scipy's popsize multiplier, generations after the first) for a budget."""
    mult = max(4, min(15, budget // (25 * max(dims, 1))))
    pop = mult * dims
    return mult, max(1, budget // pop - 1)


def optimise(
    problem: Problem,
    budget: int = DEFAULT_BUDGET,
    seed: int | None = DEFAULT_SEED,
    executor: Executor | None = None,
    cancel: threading.Event | None = None,
    progress: ProgressFn | None = None,
    top: int = TOP,
    workers: int | None = None,
) -> SearchResult:
    """Differential evolution over the space, about ``budget`` builds judged (on
    ``executor``, which runs ``workers`` tasks at once: see ``evaluate_batch``)."""
    from scipy.optimize import differential_evolution  # type: ignore[import-untyped]

    space = problem.space
    budget = max(int(budget), 2 * space.dims + 2)
    memo = _Memo(problem, executor, cancel, progress, budget, workers)
    base = judge_build(problem, space.base)
    x0 = np.array(space.vector_of(space.base), dtype=np.float64)
    mult, maxiter = _population(space.dims, budget)

    def energies(xt: np.ndarray) -> np.ndarray:
        # vectorized=True: xt has one column per build of the generation.
        pts = np.atleast_2d(xt.T) if xt.ndim == 2 else xt[None, :]
        return np.array([o.score for o in memo.judge(pts.tolist())], dtype=np.float64)

    cancelled = False
    try:
        differential_evolution(
            energies,
            space.bounds(),
            integrality=space.integrality(),
            x0=x0,
            seed=seed,
            popsize=mult,
            maxiter=maxiter,
            init="latinhypercube",
            mutation=(0.5, 1.0),
            recombination=0.7,
            tol=1e-6,
            polish=False,
            vectorized=True,
            updating="deferred",
        )
    except Cancelled:
        cancelled = True
    outcomes = tuple(memo.order)
    return SearchResult(problem, outcomes, verify(problem, outcomes, top), base, cancelled, seed)


def grid(space: Space, n: int) -> list[tuple[float, ...]]:
    """Every point of an ``n``-step grid over the space (a choice: each option once)."""
    axes = [axis(v.lo, v.hi, v.integral, v.kind == "choice", n) for v in space.variables]
    mesh = np.meshgrid(*axes, indexing="ij")
    return [tuple(float(c) for c in p) for p in np.stack([m.ravel() for m in mesh], axis=1)]


def axis(lo: float, hi: float, integral: bool, choice: bool, n: int) -> list[float]:
    """``n`` evenly spaced values over a range (distinct whole numbers when integral)."""
    if choice:
        return [float(i) for i in range(int(hi) + 1)]
    values = np.linspace(lo, hi, max(2, n))
    if integral:
        values = np.unique(np.round(values))
    return [float(v) for v in values]


def sweep(
    problem: Problem,
    n: int = 25,
    executor: Executor | None = None,
    cancel: threading.Event | None = None,
    progress: ProgressFn | None = None,
) -> SearchResult:
    """Judge a grid over one or two fields (``n`` steps each)."""
    pts = grid(problem.space, n)
    memo = _Memo(problem, executor, cancel, progress, len(pts))
    base = judge_build(problem, problem.space.base)
    cancelled = False
    try:
        memo.judge(pts)
    except Cancelled:
        cancelled = True
    outcomes = tuple(memo.order)
    return SearchResult(problem, outcomes, verify(problem, outcomes), base, cancelled, None)


@dataclass(frozen=True)
class Bar:
    """One field of the tornado chart: the objective's legal best and worst over the
    field's range, the other fields as in the open build."""

    path: str
    best_value: float
    worst_value: float
    best_setting: Any
    worst_setting: Any

    @property
    def span(self) -> float:
        return abs(self.worst_value - self.best_value)


def sensitivity(
    base: Build,
    rules: Rules,
    objective: Objective,
    paths: Sequence[str],
    n: int = 9,
    executor: Executor | None = None,
    cancel: threading.Event | None = None,
    progress: ProgressFn | None = None,
) -> tuple[Bar, ...]:
    """Each field swept alone over its catalogue range; bars ranked by how far the
    objective moves over the legal part of the range (widest first). ``progress`` hears
    of each field done (builds judged so far, of :func:`sensitivity_size` in all)."""
    bars = []
    judged = 0
    plans = _sensitivity_plans(base, rules, paths, n)
    total = sum(len(pts) for _, _, pts in plans)
    for path, space, pts in plans:
        problem = Problem(space, rules, objective)
        outs = evaluate_batch(problem, pts, executor, cancel)
        judged += len(outs)
        if progress is not None:
            progress(Progress(judged, total, None))
        legal = [o for o in outs if o.legal and o.value is not None]
        if not legal:
            continue
        ranked = sorted(legal, key=lambda o: o.score)
        best, worst = ranked[0], ranked[-1]
        v = space.variables[0]
        assert best.value is not None and worst.value is not None
        bars.append(Bar(path, best.value, worst.value, v.decode(best.x[0]), v.decode(worst.x[0])))
    bars.sort(key=lambda b: -b.span)
    return tuple(bars)


def _sensitivity_plans(
    base: Build, rules: Rules, paths: Sequence[str], n: int
) -> list[tuple[str, Space, list[tuple[float, ...]]]]:
    """Each field's space and the points :func:`sensitivity` judges over it (fewer than
    ``n`` for a field of fewer values: 1 to 4 cylinders are 4). A number's points hold the
    open build's own value and the rule's limit on the field too, where they fall in its
    range and off the grid: 658 cc and 660 cc are not on 250 to 800 cc in nine steps, and
    the bar of a 658 cc build ran from 17.8 s at 594 cc to 51.8 s, all of it slower than
    the build itself (15.9 s), as if every other displacement made it slower."""
    from keiconfig.core.explore_space import make_space

    plans = []
    for path in paths:
        space = make_space(base, [path], era_id=rules.era)
        pts = grid(space, n)
        v = space.variables[0]
        if v.kind != "choice":
            own = [space.vector_of(base)[0], rule_limit(path, rules, base)]
            more = {v.encode(v.decode(x)) for x in own if x is not None and v.lo <= x <= v.hi}
            pts = sorted(set(pts) | {(x,) for x in more})
        plans.append((path, space, pts))
    return plans


def sensitivity_size(base: Build, rules: Rules, paths: Sequence[str], n: int = 9) -> int:
    """How many builds :func:`sensitivity` judges."""
    return sum(len(pts) for _, _, pts in _sensitivity_plans(base, rules, paths, n))


def rule_limit(path: str, rules: Rules, build: Build | None = None) -> float | None:
    """The limit a rule puts on a field of ``build`` (its engine's cycle; the agreement
    only where the compliance panel applies it to the build), if one does (for the map's
    lines). Without a build: a four-stroke of a year the agreement applies to."""
    catalogue_variable(path)
    e = regulations.era(rules.era)
    cycle = build.engine.cycle if build is not None else 4
    agreement = rules.agreement_limit_ps
    if build is not None and not regulations.agreement_applies(build, rules.era):
        agreement = None
    limits: dict[str, float | None] = {
        "body.length_mm": e.max_length_mm,
        "body.width_mm": e.max_width_mm,
        "body.height_mm": e.max_height_mm,
        "engine.displacement_cc": e.max_displacement_cc(cycle),
        "overrides.kerb_weight_kg": rules.max_kerb_weight_kg,
        "engine.power_cap_ps": agreement,
        "overrides.power_ps": agreement,
    }
    v = limits.get(path)
    return None if v is None or not math.isfinite(v) else float(v)
