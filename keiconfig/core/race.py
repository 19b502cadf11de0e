"""Race replay: up to four cars from a standing start over 400 m, from the model's traces.

Everything is pre-computed when the replay is made; :meth:`RaceReplay.state_at` is a
handful of numpy look-ups, cheap enough to call for every frame at 60 Hz, and
:meth:`RaceReplay.frames` gives a whole animation as arrays at once.

A trace that stops before the finish (a slow car, or a run cut short) is carried on
at its last speed. Positions are not clamped at the line: cars keep going after they
finish (the view may clamp its drawing), ``finished`` says who is over the line.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import numpy as np

from keiconfig.core.results import FloatArray, IntArray, Performance
from keiconfig.core.units import KMH_PER_MS

if TYPE_CHECKING:
    from keiconfig.core.build import Build

RACE_DISTANCE_M: Final = 400.0
Evaluator = Callable[["Build"], Performance]


@dataclass(frozen=True)
class CarState:
    name: str
    position_m: float
    speed_kmh: float
    gear: int
    finished: bool
    finish_time_s: float | None  # None: this car never reaches the line
    # False for a car without stepped gears (electric single speed, CVT): no gear to show
    stepped: bool = True


@dataclass(frozen=True)
class RaceState:
    t_s: float
    cars: tuple[CarState, ...]
    leader: int  # index into cars: first over the line, else furthest along


@dataclass(frozen=True, eq=False)
class Frames:
    """A whole replay sampled at a frame rate; car arrays have shape (cars, frames)."""

    t_s: FloatArray
    position_m: FloatArray
    speed_kmh: FloatArray
    gear: IntArray
    finished: np.ndarray  # bool
    leader: IntArray  # (frames,)


@dataclass(frozen=True, eq=False)
class _Car:
    name: str
    t: FloatArray
    x: FloatArray
    v: FloatArray
    gear: IntArray
    finish_s: float  # inf if never


def _prepare(name: str, perf: Performance, distance_m: float) -> _Car:
    tr = perf.trace
    t = np.asarray(tr.t_s, dtype=np.float64)
    x = np.asarray(tr.distance_m, dtype=np.float64)
    v = np.asarray(tr.speed_ms, dtype=np.float64)
    g = np.asarray(tr.gear, dtype=np.int64)
    if t.size == 0:
        t, x, v, g = (np.zeros(1), np.zeros(1), np.zeros(1), np.ones(1, dtype=np.int64))
    # Sorted, strictly increasing times (a repeated sample would break searchsorted).
    keep = np.concatenate(([True], np.diff(t) > 0))
    t, x, v, g = t[keep], x[keep], v[keep], g[keep]
    hits = np.flatnonzero(x >= distance_m)
    if hits.size:
        i = int(hits[0])
        if i == 0:
            finish = float(t[0])
        else:
            x0, x1 = float(x[i - 1]), float(x[i])
            frac = 0.0 if x1 == x0 else (distance_m - x0) / (x1 - x0)
            finish = float(t[i - 1] + frac * (t[i] - t[i - 1]))
    elif v[-1] > 0:
        finish = float(t[-1] + (distance_m - x[-1]) / v[-1])
    else:
        finish = math.inf
    return _Car(name, t, x, v, g, finish)


class RaceReplay:
    """A drag race of up to four cars, replayable at any time ``t``.

    ``cars`` are ``(name, build)`` pairs (each build is evaluated) or
    ``(name, performance)`` pairs (used as they are).
    """

    def __init__(
        self,
        cars: Sequence[tuple[str, Build | Performance]],
        *,
        distance_m: float = RACE_DISTANCE_M,
        evaluate: Evaluator | None = None,
    ) -> None:
        if not cars:
            raise ValueError("a race needs at least one car")
        if not distance_m > 0:
            raise ValueError("the race distance must be positive")
        self.distance_m = float(distance_m)
        prepared: list[_Car] = []
        stepped: list[bool] = []
        for name, item in cars:
            if isinstance(item, Performance):
                perf = item
            else:
                if evaluate is None:
                    from keiconfig.core import performance

                    evaluate = performance.evaluate
                perf = evaluate(item)
            prepared.append(_prepare(name, perf, self.distance_m))
            # An electric single speed or a CVT runs in "gear 1" all the way.
            stepped.append(int(prepared[-1].gear.max()) > 1)
        self._cars = tuple(prepared)
        # Whether each car has stepped gears (not an electric single speed or a CVT).
        self.stepped: tuple[bool, ...] = tuple(stepped)
        self._lists = tuple(
            (c.t.tolist(), c.x.tolist(), c.v.tolist(), [int(g) for g in c.gear]) for c in prepared
        )
        self.names: tuple[str, ...] = tuple(c.name for c in prepared)
        self.finish_times_s: tuple[float | None, ...] = tuple(
            c.finish_s if math.isfinite(c.finish_s) else None for c in prepared
        )
        self._finish = np.array([c.finish_s for c in prepared], dtype=np.float64)
        self._t_end = np.array([c.t[-1] for c in prepared], dtype=np.float64)
        self._x_end = np.array([c.x[-1] for c in prepared], dtype=np.float64)
        self._v_end = np.array([c.v[-1] for c in prepared], dtype=np.float64)
        self._g_end = np.array([c.gear[-1] for c in prepared], dtype=np.int64)
        finite = self._finish[np.isfinite(self._finish)]
        last_trace = float(self._t_end.max())
        self.duration_s: float = float(finite.max()) if finite.size else last_trace

    # ------------------------------------------------------------------ queries

    @property
    def finish_order(self) -> tuple[int, ...]:
        """Car indexes in finishing order (cars that never finish last, in entry order)."""
        return tuple(int(i) for i in np.argsort(self._finish, kind="stable"))

    @property
    def winner(self) -> int | None:
        finite = np.isfinite(self._finish)
        return int(np.argmin(self._finish)) if finite.any() else None

    def _sample(self, ts: FloatArray) -> tuple[FloatArray, FloatArray, IntArray]:
        """Positions, speeds (m/s) and gears of every car at times ``ts`` (cars × len)."""
        n = len(self._cars)
        pos = np.empty((n, ts.size))
        vel = np.empty((n, ts.size))
        gear = np.empty((n, ts.size), dtype=np.int64)
        for k, c in enumerate(self._cars):
            tt = np.clip(ts, c.t[0], None)
            pos[k] = np.interp(tt, c.t, c.x)
            vel[k] = np.interp(tt, c.t, c.v)
            idx = np.searchsorted(c.t, tt, side="right") - 1
            gear[k] = c.gear[np.clip(idx, 0, c.t.size - 1)]
            beyond = tt > c.t[-1]
            if beyond.any():
                pos[k, beyond] = c.x[-1] + c.v[-1] * (tt[beyond] - c.t[-1])
                vel[k, beyond] = c.v[-1]
        return pos, vel, gear

    def _leaders(self, ts: FloatArray, pos: FloatArray) -> IntArray:
        finished = self._finish[:, None] <= ts[None, :]
        first_home = np.argmin(np.where(finished, self._finish[:, None], np.inf), axis=0)
        furthest = np.argmax(pos, axis=0)
        out: IntArray = np.where(finished.any(axis=0), first_home, furthest).astype(np.int64)
        return out

    def _one(self, k: int, t: float) -> tuple[float, float, int]:
        """Position (m), speed (m/s) and gear of car ``k`` at ``t`` (plain Python: for
        one instant this beats numpy's per-call overhead)."""
        ts, xs, vs, gs = self._lists[k]
        if t <= ts[0]:
            return xs[0], vs[0], gs[0]
        last = len(ts) - 1
        if t >= ts[last]:
            return xs[last] + vs[last] * (t - ts[last]), vs[last], gs[last]
        i = bisect.bisect_right(ts, t) - 1
        f = (t - ts[i]) / (ts[i + 1] - ts[i])
        return xs[i] + f * (xs[i + 1] - xs[i]), vs[i] + f * (vs[i + 1] - vs[i]), gs[i]

    def state_at(self, t: float) -> RaceState:
        """Every car at time ``t`` seconds after the start (``t`` < 0 is the start)."""
        t = max(float(t), 0.0)
        cars: list[CarState] = []
        leader = 0
        best: tuple[float, float] | None = None  # (finish time if over the line, -position)
        for k, c in enumerate(self._cars):
            x, v, g = self._one(k, t)
            done = c.finish_s <= t
            cars.append(
                CarState(
                    name=c.name,
                    position_m=x,
                    speed_kmh=v * KMH_PER_MS,
                    gear=g,
                    finished=done,
                    finish_time_s=self.finish_times_s[k],
                    stepped=self.stepped[k],
                )
            )
            key = (c.finish_s if done else math.inf, -x)
            if best is None or key < best:
                best, leader = key, k
        return RaceState(t_s=t, cars=tuple(cars), leader=leader)

    def frames(self, fps: float = 60.0, until_s: float | None = None) -> Frames:
        """The replay sampled at ``fps`` from 0 to ``until_s`` (default: last finish + 1 s)."""
        if not fps > 0:
            raise ValueError("fps must be positive")
        end = self.duration_s + 1.0 if until_s is None else float(until_s)
        count = max(math.floor(end * fps + 1e-9) + 1, 1)
        ts = np.arange(count, dtype=np.float64) / fps
        pos, vel, gear = self._sample(ts)
        finished = self._finish[:, None] <= ts[None, :]
        return Frames(
            t_s=ts,
            position_m=pos,
            speed_kmh=vel * KMH_PER_MS,
            gear=gear,
            finished=finished,
            leader=self._leaders(ts, pos),
        )
