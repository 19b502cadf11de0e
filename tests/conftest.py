"""Top-level test setup: offscreen Qt before any Qt import; ``--run-slow`` for slow tests;
fixed seeds unless ``--random-seeds`` (see ``tests/seeds.py``); with
``KEICONFIG_TEST_XVFB=1`` on xcb an X server of its own for each test process (see
``tests/own_display.py``)."""

from __future__ import annotations

import os
from typing import Any

import pytest

from . import hangs, own_display, seeds

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# English whatever the system's language (the tests expect English texts; the Japanese
# tests choose Japanese themselves)
os.environ["KEICONFIG_LANGUAGE"] = "en"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-slow", action="store_true", default=False, help="also run tests marked slow"
    )
    parser.addoption(
        "--random-seeds",
        action="store_true",
        default=False,
        help="random seeds for the randomised tests (printed at the end) instead of fixed ones",
    )


OWN_DISPLAY = pytest.StashKey[own_display.Display]()


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    hangs.keep_stderr(config)  # (before any test's output is captured)
    if config.getoption("--random-seeds"):
        seeds.set_random(True)
    # Before hypothesis' own pytest_configure reads it (tryfirst).
    if not seeds.random_seeds() and getattr(config.option, "hypothesis_seed", None) is None:
        config.option.hypothesis_seed = str(seeds.FIXED_HYPOTHESIS_SEED)
    # Before any QApplication: this process's own X server (KEICONFIG_TEST_XVFB=1 on xcb).
    if own_display.wanted(config):
        display = own_display.Display()
        config.stash[OWN_DISPLAY] = display
        os.environ["DISPLAY"] = display.name


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    """Each test, its setup and teardown with it, ends within ``hangs.EVERY_TEST_S``, or
    fails by ending its process with the stack of each thread (``tests/hangs.py``)."""
    with hangs.ends_within(hangs.EVERY_TEST_S, test=item.nodeid, backstop=False):
        return (yield)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    display = config.stash.get(OWN_DISPLAY, None)
    if display is not None:
        display.stop()


# The offscreen platform cannot pass window size hints on and says so on every shown window
# with a layout; that is a property of the test platform, not a problem in the app.
# Nor can it raise a floating window (a dock floated over a small window) above others.
# Ignored in every test, not only the window's: pytest-qt processes the events still
# posted when a test starts, so a window test's last relayout can speak in the next test
# (tests/test_translations_complete.py failed after tests/ui/test_translation.py).
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise\(\))"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _no_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's output as written to a file or a program: no ``COLUMNS`` from the
    shell that started pytest, nor the one pytest-xdist sets in its workers (which made
    ``keiconfig rank`` fit its table to 80 columns). A test of a terminal sets it itself."""
    monkeypatch.delenv("COLUMNS", raising=False)


# The tests run in worker processes (pytest-xdist, pyproject's addopts): each worker
# records the seeds its tests used and hands them to the main process, which prints them.
WORKER_SEEDS_KEY = "keiconfig_seeds"


def pytest_sessionfinish(session: pytest.Session) -> None:
    output = getattr(session.config, "workeroutput", None)
    if output is not None:  # in a worker
        output[WORKER_SEEDS_KEY] = {name: list(used) for name, used in seeds.USED.items()}


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """xdist's hook in the main process when a worker ends: take its seeds."""
    for name, (value, env) in getattr(node, "workeroutput", {}).get(WORKER_SEEDS_KEY, {}).items():
        seeds.USED[name] = (value, env)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    hyp = getattr(config.option, "hypothesis_seed", None)
    if not seeds.USED and hyp is None:
        return
    kind = "random (--random-seeds)" if seeds.random_seeds() else "fixed"
    terminalreporter.section(f"seeds ({kind})")
    for name, (value, env) in sorted(seeds.USED.items()):
        terminalreporter.write_line(f"{name}: {value}  (replay: {env}={value})")
    if hyp is not None:
        terminalreporter.write_line(f"hypothesis: {hyp}  (replay: --hypothesis-seed={hyp})")
    else:
        terminalreporter.write_line("hypothesis: random (a failure prints its reproduction)")
