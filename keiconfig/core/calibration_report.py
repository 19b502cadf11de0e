"""The calibration report: the model against the published figures of the reference cars.

``report()`` lists, for every reference car, the published and estimated kerb weight,
power and each published time, then the mean absolute percentage error (MAPE) of each
figure, both with everything estimated and with the published weight and power
pinned. With ``loo`` it adds leave-one-out errors: every constant refitted without
each car in turn, and that car predicted (a few minutes; the default report stays fast).
``keiconfig calibration`` prints it (options in ``cli.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from keiconfig.core.calibration_fit import (
    DYN_FIGURES,
    POWER_AT_RPM,
    SHORT,
    TIME_FIGURES,
    ape,
    at_cap,
    at_power_rpm,
    figure,
    fit_dynamics_neutral,
    fit_engine,
    fit_weight,
    mean,
    pinned,
    weight_row,
)
from keiconfig.core.performance import ModelConstants, evaluate, load_constants
from keiconfig.core.reference import FIGURES, ReferenceCar, load_reference
from keiconfig.core.results import Performance


def _errors(
    cars: Iterable[ReferenceCar],
    perf_of: Callable[[ReferenceCar], Performance],
    names: Sequence[str],
    fit_only: bool,
) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {n: [] for n in names}
    for car in cars:
        perf = perf_of(car)
        for n in names:
            if n in car.published and not (fit_only and n in car.fit_exclude):
                out[n].append(ape(figure(perf, n), car.published[n]))
    return out


def report(
    constants: ModelConstants | None = None, loo: bool = False, grouped_cv: bool = False
) -> str:
    """The calibration report as text (with the leave-one-out table if ``loo``, and the
    leave-one-maker-out and leave-one-decade-out tables if ``grouped_cv``)."""
    k = constants if constants is not None else load_constants()
    cars, skipped = load_reference()
    est = {c.row_id: evaluate(c.build, k) for c in cars}
    pin = {c.row_id: evaluate(pinned(c), k) for c in cars}
    lines = ["Calibration report: published vs estimated (est) and with weight+power pinned (pin)"]
    lines.append("")
    for car in cars:
        e, p = est[car.row_id], pin[car.row_id]
        fills = f"  [filled: {', '.join(car.fills)}]" if car.fills else ""
        lines.append(f"#{car.row_id} {car.label}  (times: {car.time_kind}){fills}")
        for name in FIGURES:
            if name not in car.published:
                continue
            pub = car.published[name]
            ev, pv = figure(e, name), figure(p, name)
            row = f"    {SHORT[name]:<13} published {pub:7.1f}   est {_fmt(ev)} ({_pct(ev, pub)})"
            if name in DYN_FIGURES:
                row += f"   pin {_fmt(pv)} ({_pct(pv, pub)})"
            if name == "power_ps":
                row += f"   uncapped {e.curve.uncapped_power_ps:6.1f}"
            if name in car.fit_exclude:
                row += f"   [not fitted: {car.fit_exclude[name]}]"
            lines.append(row)
    lines.append("")
    for row_id_label in skipped:
        lines.append(
            f"#{row_id_label.row_id} {row_id_label.label}: skipped ({row_id_label.reason})"
        )
    lines.append("")
    lines.append("Mean absolute percentage error (n = cars with the figure)")
    lines.append(
        f"  {'figure':<14}{'estimated':>16}{'pinned w+p':>16}{'est, fit set':>16}"
        f"{'pin, fit set':>16}"
    )
    all_est = _errors(cars, lambda c: est[c.row_id], FIGURES, False)
    all_pin = _errors(cars, lambda c: pin[c.row_id], FIGURES, False)
    fit_est = _errors(cars, lambda c: est[c.row_id], FIGURES, True)
    fit_pin = _errors(cars, lambda c: pin[c.row_id], FIGURES, True)

    def cell(xs: list[float], show: bool = True) -> str:
        return f"{mean(xs):6.1f} % (n={len(xs):2d})" if show else f"{'-':>14}"

    for name in FIGURES:
        dyn = name in DYN_FIGURES
        lines.append(
            f"  {SHORT[name]:<14}{cell(all_est[name])} {cell(all_pin[name], dyn)} "
            f"{cell(fit_est[name])} {cell(fit_pin[name], dyn)}"
        )
    lines.append(
        f"  {'all times':<14}"
        + " ".join(
            cell([x for n in TIME_FIGURES for x in errs[n]])
            for errs in (all_est, all_pin, fit_est, fit_pin)
        )
    )
    lines.append("  (fit set: without the figures marked 'not fitted' above)")
    full = [
        ape(est[c.row_id].kerb_weight_kg, c.published["kerb_weight_kg"])
        for c in cars
        if "kerb_weight_kg" in c.published and not c.fills and "kerb_weight_kg" not in c.fit_exclude
    ]
    lines.append(f"  kerb kg, fit-set cars with nothing filled by a default: {cell(full)}")
    free = [
        ape(est[c.row_id].power_ps, c.published["power_ps"])
        for c in cars
        if "power_ps" in c.published and not at_cap(c) and "power_ps" not in c.fit_exclude
    ]
    lines.append(f"  power PS, cars not published at their power cap: {cell(free)}")
    at_rpm = [
        ape(evaluate(at_power_rpm(c), k).power_ps, c.published["power_ps"])
        for c in cars
        if "power_ps" in c.published and c.power_rpm is not None and "power_ps" not in c.fit_exclude
    ]
    lines.append(
        f"  power PS, published power-peak rpm entered as engine.redline_rpm: {cell(at_rpm)}"
    )
    if loo:
        lines.append("")
        lines.extend(_loo_lines(cars, k, cell))
    if grouped_cv:
        lines.extend(_grouped_lines(cars, k, cell))
    if not (loo or grouped_cv):
        lines.append(
            "  (cross-validation: --loo for leave-one-out, --grouped for leave one maker "
            "or decade out)"
        )
    return "\n".join(lines)


Errors = dict[str, dict[str, float]]  # figure -> reference row id -> abs % error


def cross_validate(
    k: ModelConstants, groups: Sequence[Sequence[ReferenceCar]]
) -> tuple[Errors, Errors]:
    """For each group of reference cars, refit every global constant without the group
    (weight, engine, dynamics, as ``--fit`` does, but the dynamics search started from
    fixed neutral points, not from the shipped constants that have seen the group) and
    predict its cars. Returns the
    absolute percentage errors per figure and car, estimated and with weight and power
    pinned, over the figures each fit uses (a figure kept out of the fit is not
    counted)."""
    cars, _ = load_reference()
    est: Errors = {n: {} for n in (*FIGURES, POWER_AT_RPM)}
    pin: Errors = {n: {} for n in FIGURES}
    for group in groups:
        left_out = {c.row_id for c in group}
        rest = [c for c in cars if c.row_id not in left_out]
        engine = fit_engine(rest)
        kw = replace(k, weight=fit_weight(rest, engine), engine=engine)
        kd: ModelConstants | None = None
        for car in group:
            pub, rid = car.published, car.row_id
            perf = evaluate(car.build, kw)
            if weight_row(car):
                est["kerb_weight_kg"][rid] = ape(perf.kerb_weight_kg, pub["kerb_weight_kg"])
            if "power_ps" in pub and "power_ps" not in car.fit_exclude:
                est["power_ps"][rid] = ape(perf.power_ps, pub["power_ps"])
                if car.power_rpm is not None:
                    at_rpm = evaluate(at_power_rpm(car), kw)
                    est[POWER_AT_RPM][rid] = ape(at_rpm.power_ps, pub["power_ps"])
            if "torque_nm" in pub and "torque_nm" not in car.fit_exclude:
                est["torque_nm"][rid] = ape(perf.torque_nm, pub["torque_nm"])
            dyn = [n for n in DYN_FIGURES if n in pub and n not in car.fit_exclude]
            if not dyn:
                continue
            if kd is None:
                kd = replace(kw, dynamics=fit_dynamics_neutral(rest, kw))
            pe, pp = evaluate(car.build, kd), evaluate(pinned(car), kd)
            for n in dyn:
                est[n][rid] = ape(figure(pe, n), pub[n])
                pin[n][rid] = ape(figure(pp, n), pub[n])
    return est, pin


def leave_one_out(k: ModelConstants) -> tuple[Errors, Errors]:
    """Leave-one-out: every car predicted by constants refitted without it."""
    cars, _ = load_reference()
    return cross_validate(k, [[c] for c in cars])


def decade(car: ReferenceCar) -> int:
    year = car.build.year
    return 0 if year is None else year // 10 * 10


GROUPINGS: dict[str, Callable[[ReferenceCar], object]] = {
    "maker": lambda c: c.make,
    "decade": decade,
}


def grouped(k: ModelConstants, by: str) -> tuple[Errors, Errors]:
    """Grouped cross-validation: leave one maker (``by="maker"``) or one decade
    (``by="decade"``) out at a time; each of its cars is predicted by constants fitted
    on the other makers' (decades') cars only. A car of a kind the reference set has
    few of is the true test, which leave-one-out flatters."""
    cars, _ = load_reference()
    key = GROUPINGS[by]
    groups: dict[object, list[ReferenceCar]] = {}
    for c in cars:
        groups.setdefault(key(c), []).append(c)
    return cross_validate(k, list(groups.values()))


def _cv_rows(
    cars: Sequence[ReferenceCar], est: Errors, pin: Errors
) -> dict[str, tuple[list[float], list[float] | None]]:
    """Per line of the table: (estimated errors, pinned errors or None)."""
    rows: dict[str, tuple[list[float], list[float] | None]] = {}
    for name in FIGURES:
        rows[SHORT[name]] = (
            list(est[name].values()),
            list(pin[name].values()) if name in DYN_FIGURES else None,
        )
    rows["all times"] = (
        [x for n in TIME_FIGURES for x in est[n].values()],
        [x for n in TIME_FIGURES for x in pin[n].values()],
    )
    free = {c.row_id for c in cars if not at_cap(c)}
    rows["power, not at cap"] = ([x for r, x in est["power_ps"].items() if r in free], None)
    rows["power, at power rpm"] = (list(est[POWER_AT_RPM].values()), None)
    return rows


def _cv_lines(
    title: str,
    cars: Sequence[ReferenceCar],
    errors: tuple[Errors, Errors],
    cell: Callable[[list[float], bool], str],
) -> list[str]:
    out = [title, f"  {'figure':<22}{'estimated':>16}{'pinned w+p':>16}"]
    for label, (e, p) in _cv_rows(cars, *errors).items():
        out.append(f"  {label:<22}{cell(e, True)} {cell(p or [], p is not None)}")
    return out


def _loo_lines(
    cars: Sequence[ReferenceCar], k: ModelConstants, cell: Callable[[list[float], bool], str]
) -> list[str]:
    return _cv_lines(
        "Leave-one-out (each car predicted by constants refitted without it; fit-set figures)",
        cars,
        leave_one_out(k),
        cell,
    )


def _grouped_lines(
    cars: Sequence[ReferenceCar], k: ModelConstants, cell: Callable[[list[float], bool], str]
) -> list[str]:
    out: list[str] = []
    for by in GROUPINGS:
        out.append("")
        out.extend(
            _cv_lines(
                f"Leave one {by} out (each car predicted by constants fitted on the other "
                f"{by}s' cars; fit-set figures)",
                cars,
                grouped(k, by),
                cell,
            )
        )
    return out


def _fmt(v: float | None) -> str:
    return "   none" if v is None else f"{v:7.1f}"


def _pct(v: float | None, pub: float) -> str:
    return "  n/a " if v is None else f"{(v - pub) / pub * 100:+5.1f}%"
