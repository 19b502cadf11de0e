"""Hypothesis profiles for the model's property tests.

Default: 200 examples per property, no deadline (fast enough for every run).
``KEICONFIG_FUZZ=1`` loads the "fuzz" profile (5,000 examples per property).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from keiconfig.core import text

settings.register_profile(
    "default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "quick", max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("fuzz" if os.environ.get("KEICONFIG_FUZZ") == "1" else "default")


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    """The core's texts back in English after each test (a test may set Japanese)."""
    yield
    text.set_translator(None)
    text.set_language("en")
