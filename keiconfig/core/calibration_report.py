"""The calibration report: the model against the published figures of the reference cars.

``report()`` lists, for every reference car, the published and estimated kerb weight,
power and each published time, then the mean absolute percentage error (MAPE) of each
figure, both with everything estimated and with the published weight and power
pinned. With ``loo`` it adds leave-one-out errors: every constant refitted without
each car in turn, and that car predicted (about 15 s; the default report stays fast).
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
    fit_dynamics,
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


def report(constants: ModelConstants | None = None, loo: bool = False) -> str:
    """The calibration report as text (with the leave-one-out table if ``loo``)."""
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
        if "power_ps" in c.published and not at_cap(c)
    ]
    lines.append(f"  power PS, cars not published at their power cap: {cell(free)}")
    at_rpm = [
        ape(evaluate(at_power_rpm(c), k).power_ps, c.published["power_ps"])
        for c in cars
        if "power_ps" in c.published and c.power_rpm is not None
    ]
    lines.append(
        f"  power PS, published power-peak rpm entered as engine.redline_rpm: {cell(at_rpm)}"
    )
    if loo:
        lines.append("")
        lines.extend(_loo_lines(cars, k, cell))
    else:
        lines.append("  (leave-one-out errors: run with --loo)")
    return "\n".join(lines)


def leave_one_out(k: ModelConstants) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Leave-one-out errors: for each car, refit every global constant without it
    (weight, engine, dynamics, as ``--fit`` does) and predict it. Returns the absolute
    percentage errors per figure, estimated and with weight and power pinned, over
    the figures each fit uses (so a figure kept out of the fit is not counted)."""
    cars, _ = load_reference()
    est: dict[str, list[float]] = {n: [] for n in (*FIGURES, POWER_AT_RPM)}
    pin: dict[str, list[float]] = {n: [] for n in FIGURES}
    for i, car in enumerate(cars):
        rest = cars[:i] + cars[i + 1 :]
        kw = replace(k, weight=fit_weight(rest), engine=fit_engine(rest))
        dyn = [n for n in DYN_FIGURES if n in car.published and n not in car.fit_exclude]
        if weight_row(car):
            perf = evaluate(car.build, kw)
            est["kerb_weight_kg"].append(ape(perf.kerb_weight_kg, car.published["kerb_weight_kg"]))
        if "power_ps" in car.published:
            perf = evaluate(car.build, kw)
            est["power_ps"].append(ape(perf.power_ps, car.published["power_ps"]))
            if car.power_rpm is not None:
                perf = evaluate(at_power_rpm(car), kw)
                est[POWER_AT_RPM].append(ape(perf.power_ps, car.published["power_ps"]))
        if not dyn:
            continue
        kd = replace(kw, dynamics=fit_dynamics(rest, kw))
        pe, pp = evaluate(car.build, kd), evaluate(pinned(car), kd)
        for n in dyn:
            est[n].append(ape(figure(pe, n), car.published[n]))
            pin[n].append(ape(figure(pp, n), car.published[n]))
    return est, pin


def _loo_lines(
    cars: Sequence[ReferenceCar], k: ModelConstants, cell: Callable[[list[float], bool], str]
) -> list[str]:
    est, pin = leave_one_out(k)
    out = [
        "Leave-one-out (each car predicted by constants refitted without it; fit-set figures)",
        f"  {'figure':<14}{'estimated':>16}{'pinned w+p':>16}",
    ]
    for name in FIGURES:
        out.append(
            f"  {SHORT[name]:<14}{cell(est[name], True)} {cell(pin[name], name in DYN_FIGURES)}"
        )
    times = [x for n in TIME_FIGURES for x in est[n]]
    times_pin = [x for n in TIME_FIGURES for x in pin[n]]
    out.append(f"  {'all times':<14}{cell(times, True)} {cell(times_pin, True)}")
    free = [
        x
        for c, x in zip(
            [c for c in cars if "power_ps" in c.published], est["power_ps"], strict=True
        )
        if not at_cap(c)
    ]
    out.append(f"  power PS, cars not published at their power cap: {cell(free, True)}")
    out.append(
        "  power PS, published power-peak rpm entered as engine.redline_rpm: "
        f"{cell(est[POWER_AT_RPM], True)}"
    )
    return out


def _fmt(v: float | None) -> str:
    return "   none" if v is None else f"{v:7.1f}"


def _pct(v: float | None, pub: float) -> str:
    return "  n/a " if v is None else f"{(v - pub) / pub * 100:+5.1f}%"
