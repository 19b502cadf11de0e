"""The units the model converts between, each conversion written once."""

from __future__ import annotations

from typing import Final

KMH_PER_MS: Final = 3.6  # km/h in one m/s: 3600 s in an hour, 1000 m in a km
