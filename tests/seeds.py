"""The seeds of the randomised tests: fixed in the default run, so a run fails only for a
reason; random with ``--random-seeds`` (or ``KEICONFIG_RANDOM_SEEDS=1``). Every seed a run
used is printed at the end with the variable that replays it.

Hypothesis takes the same rule: a fixed ``--hypothesis-seed`` unless random seeds are asked
for (or a seed is given on the command line).
"""

from __future__ import annotations

import os
import random

FIXED_HYPOTHESIS_SEED = 20240601

_random = os.environ.get("KEICONFIG_RANDOM_SEEDS") == "1"
USED: dict[str, tuple[int, str]] = {}  # test group -> (seed, replay variable)


def set_random(value: bool) -> None:
    global _random
    _random = value


def random_seeds() -> bool:
    return _random


def seed(name: str, fixed: int, env: str) -> int:
    """The seed of one group of randomised tests: ``$env`` when set (a replay), else a
    random one under ``--random-seeds``, else ``fixed``. Recorded for the summary."""
    given = os.environ.get(env)
    if given:
        value = int(given)
    elif _random:
        value = random.SystemRandom().randrange(2**32)
    else:
        value = fixed
    USED[name] = (value, env)
    return value
