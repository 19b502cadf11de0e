"""Robustness tests: slow mode, hypothesis profiles, and a count of what ran.

Slow mode is ``--run-slow`` (the option of the top-level ``tests/conftest.py``) or
the environment variable ``KEICONFIG_SLOW=1`` (which works without that option too).
In slow mode the same tests run with tens of thousands of examples; tests marked
``slow`` run only then. At the end of the session the number of generated documents,
processes, interrupted saves and evaluated builds is printed.
"""

from __future__ import annotations

import contextlib
import warnings
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from . import strategies

# Hypothesis imports its patch writer (and libcst, which warns on import) only after a
# failure, where the project's filterwarnings=error turns that warning into an internal
# error hiding the real failure. Import it now, warnings ignored.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    with contextlib.suppress(ImportError):
        import hypothesis.extra._patching  # noqa: F401

settings.register_profile(
    "keiconfig-robustness",
    deadline=None,
    derandomize=False,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _slow_requested(config: pytest.Config) -> bool:
    try:
        opt = bool(config.getoption("--run-slow"))
    except (ValueError, AttributeError):
        opt = False
    return opt or strategies.slow()


def pytest_configure(config: pytest.Config) -> None:
    strategies.set_slow(_slow_requested(config))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # The top-level conftest skips `slow` tests without --run-slow; this folder's own
    # check also honours KEICONFIG_SLOW and works before that conftest exists.
    here = config.rootpath / "tests" / "robustness"
    skip = pytest.mark.skip(reason="slow: run with --run-slow (or KEICONFIG_SLOW=1)")
    for item in items:
        if "slow" in item.keywords and here in item.path.parents and not strategies.slow():
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not strategies.COUNTS:
        return
    mode = "slow" if strategies.slow() else "default"
    terminalreporter.section(f"robustness counts ({mode} run)")
    for kind, n in strategies.COUNTS.items():
        terminalreporter.write_line(f"{n:>9,}  {kind}")
