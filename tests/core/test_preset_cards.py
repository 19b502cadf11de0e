"""Every preset's card agrees with its published figures (issue 9).

For each figure a preset publishes (weight, power, torque, 0-60 mph, 0-100 km/h, the
quarter mile, 400 m, top speed), the model's figure may be off by at most 20 % on any
car, and by at most 6 % on average over the presets that publish it. Doubtful
published figures (a maker's claim, a test with four aboard) are flagged in the
preset (``published.doubtful``, with the reason in its notes) and still counted.
"""

from __future__ import annotations

import pytest

from keiconfig.core.build import PUBLISHED_FIGURES
from keiconfig.core.performance import evaluate
from keiconfig.core.presets import list_presets

MAX_ERROR = 0.20
MEAN_ERROR = 0.06


def _errors() -> dict[str, list[tuple[str, float]]]:
    out: dict[str, list[tuple[str, float]]] = {n: [] for n in PUBLISHED_FIGURES}
    for p in list_presets():
        pub = p.build.published
        if pub is None:
            continue
        perf = evaluate(p.build)
        for name in PUBLISHED_FIGURES:
            want = getattr(pub, name)
            if want is None:
                continue
            have = getattr(perf, name)
            err = 1.0 if have is None else abs(have / want - 1.0)
            out[name].append((p.id, err))
    return out


ERRORS = _errors()


def test_every_preset_publishes_figures() -> None:
    assert all(p.build.published is not None for p in list_presets())
    assert len(ERRORS["kerb_weight_kg"]) >= 20


@pytest.mark.parametrize("name", PUBLISHED_FIGURES)
def test_no_preset_is_off_by_more_than_20_percent(name: str) -> None:
    off = [f"{pid}: {err:.1%}" for pid, err in ERRORS[name] if err > MAX_ERROR]
    assert not off, f"{name} off by more than 20 %: " + ", ".join(off)


@pytest.mark.parametrize("name", PUBLISHED_FIGURES)
def test_mean_error_per_figure(name: str) -> None:
    errs = [e for _, e in ERRORS[name]]
    assert errs, f"no preset publishes {name}"
    mean = sum(errs) / len(errs)
    assert mean <= MEAN_ERROR, f"{name}: mean error {mean:.1%} over {len(errs)} presets"


def test_doubtful_figures_are_published_figures_of_the_preset() -> None:
    flagged = 0
    for p in list_presets():
        pub = p.build.published
        for name in (pub.doubtful or ()) if pub is not None else ():
            assert getattr(pub, name) is not None, f"{p.id}: {name} is doubtful but not published"
            assert "oubtful" in (p.build.notes or ""), f"{p.id}: the notes must say why"
            flagged += 1
    assert flagged >= 4
