"""The explorer shown for a test: import the fixtures into the test module
(``from tests.ui.explorer import explore_threads, shown_explorer  # noqa: F401 - fixtures``).

- ``panel`` (``shown_explorer``, named apart so that a test's ``panel`` does not shadow
  the import): the explorer shown (``explore_tools.show()``) in ``main_window``, its builds
  judged on ``explore_threads`` threads; its search stopped and its workers shut down after.
- ``explore_threads``: two; a module whose searches must still be running when the test
  acts on them defines its own (one).
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from keiconfig.ui.explore_dock import ExplorePanel
    from keiconfig.ui.main_window import MainWindow


@pytest.fixture
def explore_threads() -> int:
    """Threads that judge the explorer's builds in ``panel``: two."""
    return 2


@pytest.fixture(name="panel")
def shown_explorer(main_window: MainWindow, explore_threads: int) -> Iterator[ExplorePanel]:
    """The explorer shown, its builds judged on ``explore_threads`` threads; shut down after."""
    panel = main_window.explore_tools.show()
    panel.executors.factory = lambda: ThreadPoolExecutor(explore_threads)
    yield panel
    panel.shutdown()
