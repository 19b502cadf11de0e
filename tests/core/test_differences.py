"""``differences``: what the undo stack keeps of a step instead of two whole builds."""

from __future__ import annotations

import itertools

from keiconfig.core.build import changed, default_build, differences
from keiconfig.core.presets import list_presets


def _forward(diff):
    return {path: new for path, (_old, new) in diff.items()}


def _back(diff):
    return {path: old for path, (old, _new) in diff.items()}


def test_one_field_is_one_path():
    build = default_build()
    assert differences(build, changed(build, {"body.length_mm": 3300})) == {
        "body.length_mm": (3395, 3300)
    }
    assert differences(build, build) == {}


def test_the_differences_lead_from_either_build_to_the_other_for_every_pair_of_presets():
    builds = [p.build for p in list_presets()][:8]
    builds.append(default_build())
    for a, b in itertools.permutations(builds, 2):
        diff = differences(a, b)
        assert changed(a, _forward(diff)) == b
        assert changed(b, _back(diff)) == a
