"""What an exploration asks: the rules a build must keep and the figure to improve.

:class:`Rules` are an era's kei laws, optionally the makers' 64 PS agreement, and
the extra constraints of a class (at least N seats, some body styles, a kerb weight
ceiling). :class:`Objective` is one figure, or a weighted mix of figures, to make
as good as possible. :class:`Problem` joins them to a :class:`~keiconfig.core.explore_space.Space`
and judges one point: :meth:`Problem.evaluate` returns an :class:`Outcome`, plain
picklable data, so points can be judged in other processes.

Legality is decided by :func:`keiconfig.core.regulations.check`, the compliance
panel's own judge, on the figures of :func:`keiconfig.core.performance.evaluate`,
the results panel's own model: the explorer cannot call legal what the window
calls illegal.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from keiconfig.core import regulations
from keiconfig.core.explore_space import Space
from keiconfig.core.ranking import RANK_FIELDS
from keiconfig.core.text import QT_TRANSLATE_NOOP, translate, translate_n

if TYPE_CHECKING:
    from keiconfig.core.build import Build
    from keiconfig.core.results import Compliance, Performance

# The figures an outcome keeps, in this order (the Pareto plot's axes, the table's columns).
FIGURES: Final[tuple[str, ...]] = (
    "kerb_weight_kg",
    "power_ps",
    "torque_nm",
    "power_to_weight_ps_per_tonne",
    "zero_to_60mph_s",
    "zero_to_100kmh_s",
    "quarter_mile_s",
    "standing_400m_s",
    "top_speed_kmh",
    "wltc_range_km",  # an electric car's; None for a petrol one
)
# Figure -> True when a higher value is better (as a class folder is ranked; the range,
# which a class folder is not ranked by, is better longer).
HIGHER_BETTER: Final[dict[str, bool]] = {f: RANK_FIELDS.get(f, True) for f in FIGURES}
# The figures only an electric build has.
ELECTRIC_FIGURES: Final = frozenset({"wltc_range_km"})
FIGURE_LABELS: Final[dict[str, str]] = {
    "kerb_weight_kg": QT_TRANSLATE_NOOP("explore", "kerb weight (kg)"),
    "power_ps": QT_TRANSLATE_NOOP("explore", "power (PS)"),
    "torque_nm": QT_TRANSLATE_NOOP("explore", "torque (N·m)"),
    "power_to_weight_ps_per_tonne": QT_TRANSLATE_NOOP("explore", "power-to-weight (PS/t)"),
    "zero_to_60mph_s": QT_TRANSLATE_NOOP("explore", "0–60 mph (s)"),
    "zero_to_100kmh_s": QT_TRANSLATE_NOOP("explore", "0–100 km/h (s)"),
    "quarter_mile_s": QT_TRANSLATE_NOOP("explore", "quarter mile (s)"),
    "standing_400m_s": QT_TRANSLATE_NOOP("explore", "400 m (s)"),
    "top_speed_kmh": QT_TRANSLATE_NOOP("explore", "top speed (km/h)"),
    "wltc_range_km": QT_TRANSLATE_NOOP("explore", "WLTC range (km)"),
}
# A typical kei value of each figure: a weighted mix adds figures in these units, so a
# weight of 1 on 0-100 km/h and 1 on top speed count a typical car's figures alike.
_UNITS: Final = (
    ("_s", " s"),
    ("_kmh", " km/h"),
    ("_kg", " kg"),
    ("_ps", " PS"),
    ("_nm", " N·m"),
    ("_tonne", " PS/t"),
    ("_km", " km"),
)


def _cut(name: str, limit: int = 40) -> str:
    """A name someone typed or wrote in a challenge, cut for a sentence (a 50,000-letter
    one made the message taller than the screen)."""
    return name if len(name) <= limit else name[: limit - 3] + "..."


def unit_of(figure: str | None) -> str:
    """The unit a figure's value is shown with (" s" for a time), read off its name;
    nothing for a weighted mix (``None``)."""
    if figure is None:
        return ""
    return next((unit for suffix, unit in _UNITS if figure.endswith(suffix)), "")


# The class constraints a build can break, besides the kei rules (Outcome.failed).
CONSTRAINT_NAMES: Final[dict[str, str]] = {
    "seats": QT_TRANSLATE_NOOP("explore", "seats"),
    "body_style": QT_TRANSLATE_NOOP("explore", "body style"),
    "kerb_weight": QT_TRANSLATE_NOOP("explore", "kerb weight"),
}


def failed_text(failed: tuple[str, ...] | list[str]) -> str:
    """What a build breaks (``Outcome.failed``), named for people in the user's language:
    ``"length, seats"``; in Japanese ``"全長、乗車定員"``."""
    from keiconfig.core import regulations

    names = [
        translate("explore", CONSTRAINT_NAMES[f]) if f in CONSTRAINT_NAMES
        else regulations.rule_name(f)
        for f in failed
    ]  # fmt: skip
    #: Between the names of the rules a build breaks.
    return translate("explore", ", ").join(names)


TYPICAL: Final[dict[str, float]] = {
    "kerb_weight_kg": 700.0,
    "power_ps": 50.0,
    "torque_nm": 70.0,
    "power_to_weight_ps_per_tonne": 70.0,
    "zero_to_60mph_s": 13.0,
    "zero_to_100kmh_s": 14.0,
    "quarter_mile_s": 19.0,
    "standing_400m_s": 19.0,
    "top_speed_kmh": 140.0,
    "wltc_range_km": 180.0,  # the Sakura's and the eK X EV's
}
# The objectives offered by name (a mix is given as weights).
OBJECTIVES: Final[tuple[str, ...]] = (
    "zero_to_100kmh_s",
    "standing_400m_s",
    "quarter_mile_s",
    "zero_to_60mph_s",
    "top_speed_kmh",
    "power_to_weight_ps_per_tonne",
    "wltc_range_km",
)
# Score of a build that breaks a rule: above every legal build's score, and growing
# with how far it is over (Deb's feasibility rule, as a single number an optimiser
# can minimise: any legal build beats any illegal one; of two illegal builds, the one
# less over the limits wins).
ILLEGAL_SCORE: Final = 1.0e6
# Score of a build that cannot be judged (invalid, or never reaches the target speed).
NO_SCORE: Final = 1.0e9


class ProblemError(ValueError):
    """An objective or a rule set cannot be made. ``str()`` is a sentence."""


# The largest weight of a mix: only the weights' ratios count, and a weight of 1e308 made
# every score infinite (or not a number), so every build tied on '–' and the search had
# nothing to go by.
MAX_WEIGHT: Final = 1000.0


@dataclass(frozen=True)
class Objective:
    """Minimise ``sum(weight * sign * figure / TYPICAL[figure])`` (sign -1 when a higher
    figure is better). One term is one figure; several are a weighted mix."""

    terms: tuple[tuple[str, float], ...]

    def __post_init__(self) -> None:
        if not self.terms:
            raise ProblemError(translate("explore", "an objective needs at least one figure"))
        for name, weight in self.terms:
            if name not in HIGHER_BETTER:
                raise ProblemError(
                    translate(
                        "explore", "{name} is not a figure to optimise; choose from: {figures}"
                    ).format(name=repr(_cut(name)), figures=", ".join(FIGURES))
                )
            if not (math.isfinite(weight) and weight > 0):
                raise ProblemError(
                    translate("explore", "the weight of {name} must be a positive number").format(
                        name=name
                    )
                )
            if weight > MAX_WEIGHT:
                raise ProblemError(
                    translate(
                        "explore",
                        "the weight of {name} is {weight:g}; a weight is at most {most:g} "
                        "(only the weights' ratios count)",
                    ).format(name=name, weight=weight, most=MAX_WEIGHT)
                )

    @classmethod
    def single(cls, name: str) -> Objective:
        return cls(((name, 1.0),))

    @classmethod
    def parse(cls, text: str) -> Objective:
        """``"zero_to_100kmh_s"`` or a mix ``"zero_to_100kmh_s=1,top_speed_kmh=0.5"``."""
        terms = []
        for part in text.split(","):
            part = part.strip()
            if not part:
                continue
            name, _, weight = part.partition("=")
            try:
                w = float(weight) if weight.strip() else 1.0
            except ValueError:
                raise ProblemError(
                    translate("explore", "the weight of {name} is not a number").format(
                        name=name.strip()
                    )
                ) from None
            terms.append((name.strip(), w))
        return cls(tuple(terms))

    @property
    def is_single(self) -> bool:
        return len(self.terms) == 1

    @property
    def figure(self) -> str | None:
        """The one figure of a single objective; None for a mix."""
        return self.terms[0][0] if self.is_single else None

    def text(self) -> str:
        if self.is_single:
            return self.terms[0][0]
        return ",".join(f"{n}={w:g}" for n, w in self.terms)

    def value(self, figures: dict[str, float | None]) -> float | None:
        """The objective in the figure's own units (a single figure), or the mix's score;
        None when a figure is missing (a car that never reaches 100 km/h)."""
        if self.is_single:
            return figures.get(self.terms[0][0])
        return self.score(figures)

    def score(self, figures: dict[str, float | None]) -> float | None:
        """Lower is better."""
        total = 0.0
        for name, weight in self.terms:
            v = figures.get(name)
            if v is None or not math.isfinite(v):
                return None
            sign = -1.0 if HIGHER_BETTER[name] else 1.0
            total += weight * sign * v / TYPICAL[name]
        return total if math.isfinite(total) else None


@dataclass(frozen=True)
class Rules:
    """An era's kei laws, the 64 PS agreement if ``agreement``, and a class's constraints."""

    era: str = regulations.CURRENT_ERA
    agreement: bool = True
    min_seats: int | None = None
    body_styles: tuple[str, ...] = ()
    max_kerb_weight_kg: float | None = None

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "era", regulations.era(self.era).id)
        except KeyError as e:
            raise ProblemError(str(e.args[0])) from None
        from keiconfig.core.build import BODY_STYLES

        bad = [s for s in self.body_styles if s not in BODY_STYLES]
        if bad:
            raise ProblemError(
                translate("explore", "{styles} is not a body style; choose from: {all}").format(
                    styles=", ".join(bad), all=", ".join(BODY_STYLES)
                )
            )

    @property
    def agreement_limit_ps(self) -> float | None:
        """The agreement's ceiling where it is asked for and the era has one."""
        if not self.agreement:
            return None
        return regulations.era(self.era).power_agreement_ps

    def judge(self, build: Build, perf: Performance) -> tuple[Compliance, tuple[str, ...], float]:
        """(the era's compliance, every rule broken, how far over in total).

        The amount over is a sum of shares of each limit (10 mm over 3400 mm counts
        0.003), so an optimiser can tell nearly legal from far off.
        """
        # The compliance panel's own judgement: every law, and the agreement where the
        # panel shows it (1976 era: cars from 1987 on), if the agreement was asked for.
        compliance = regulations.check(build, self.era, power_ps=perf.power_ps)
        failed: list[str] = []
        over = 0.0
        for c in compliance.checks:
            if not c.ok and (c.kind == "law" or self.agreement):
                failed.append(c.name)
                over += -c.margin / max(abs(c.limit), 1.0)
        if self.min_seats is not None and build.body.effective_seats < self.min_seats:
            failed.append("seats")
            over += (self.min_seats - build.body.effective_seats) / self.min_seats
        if self.body_styles and build.body.style not in self.body_styles:
            failed.append("body_style")
            over += 1.0
        if self.max_kerb_weight_kg is not None and perf.kerb_weight_kg > self.max_kerb_weight_kg:
            failed.append("kerb_weight")
            over += (perf.kerb_weight_kg - self.max_kerb_weight_kg) / self.max_kerb_weight_kg
        return compliance, tuple(failed), over

    def describe(self) -> str:
        """The rules in a line, e.g. ``"1998 rules, 64 PS agreement, at least 4 seats"``."""
        parts = [translate("explore", "{era} rules").format(era=self.era)]
        if self.agreement_limit_ps is not None:
            ps = f"{self.agreement_limit_ps:g}"
            if regulations.era(self.era).in_force_from.year < regulations.AGREEMENT_FROM_YEAR:
                parts.append(
                    translate("explore", "{ps} PS agreement for cars from {year}").format(
                        ps=ps, year=regulations.AGREEMENT_FROM_YEAR
                    )
                )
            else:
                parts.append(translate("explore", "{ps} PS agreement").format(ps=ps))
        if self.min_seats is not None:
            parts.append(translate_n("at least %n seat(s)", "", self.min_seats))
        if self.body_styles:
            parts.append(
                translate("explore", "body: {styles}").format(
                    # the explorer's words for the styles ("tall wagon": トールワゴン)
                    styles="/".join(
                        translate("explore", s.replace("_", " ")) for s in self.body_styles
                    )
                )
            )
        if self.max_kerb_weight_kg is not None:
            parts.append(
                translate("explore", "kerb weight at most {kg} kg").format(
                    kg=f"{self.max_kerb_weight_kg:g}"
                )
            )
        #: Joins the parts of a rule set: "1990 rules, 64 PS agreement, at least 4 seats".
        return translate("explore", ", ").join(parts)


@dataclass(frozen=True)
class Outcome:
    """One point of the space, judged. ``figures`` follow :data:`FIGURES` (None: not
    reached or not evaluated); ``score`` is what the search minimises."""

    x: tuple[float, ...]
    figures: tuple[float | None, ...]
    legal: bool
    failed: tuple[str, ...]
    score: float
    value: float | None  # the objective in its own units (see Objective.value)
    error: str | None = None

    def figure(self, name: str) -> float | None:
        return self.figures[FIGURES.index(name)]

    def figure_dict(self) -> dict[str, float | None]:
        return dict(zip(FIGURES, self.figures, strict=True))


def _finite(v: object) -> float | None:
    if v is None:
        return None
    f = float(v)  # type: ignore[arg-type]
    return f if math.isfinite(f) else None


@dataclass(frozen=True)
class Problem:
    space: Space
    rules: Rules
    objective: Objective

    def __post_init__(self) -> None:
        electric_only = [f for f, _ in self.objective.terms if f in ELECTRIC_FIGURES]
        if electric_only and not self.space.base.electric:
            raise ProblemError(
                translate(
                    "explore",
                    "{figure} is an electric car's figure, and this build has an engine: "
                    "choose another objective, or make the build electric",
                ).format(figure=translate("explore", FIGURE_LABELS[electric_only[0]]))
            )

    def outcome(self, x: Sequence[float], build: Build, perf: Performance) -> Outcome:
        _, failed, over = self.rules.judge(build, perf)
        figures = tuple(_finite(getattr(perf, name)) for name in FIGURES)
        fd = dict(zip(FIGURES, figures, strict=True))
        score = self.objective.score(fd)
        value = self.objective.value(fd)
        if score is None:
            s = NO_SCORE
        elif failed:
            s = ILLEGAL_SCORE * (1.0 + over) + score
        else:
            s = score
        return Outcome(tuple(float(v) for v in x), figures, not failed, failed, s, value)

    def evaluate(self, x: Sequence[float]) -> Outcome:
        """Build, model and judge one point (never raises for a bad point)."""
        from keiconfig.core.performance import evaluate

        xs = tuple(float(v) for v in x)
        try:
            build = self.space.build(xs)
        except ValueError as e:
            return _failed(xs, str(e))
        try:
            perf = evaluate(build)
        except Exception as e:  # the model must not sink a whole exploration
            return _failed(xs, f"the model could not evaluate this build ({e})")
        return self.outcome(xs, build, perf)


def _failed(x: tuple[float, ...], why: str) -> Outcome:
    return Outcome(x, (None,) * len(FIGURES), False, ("invalid",), NO_SCORE, None, why)
