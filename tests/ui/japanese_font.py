"""Japanese layout is tested only where a font draws Japanese.

On a machine with no such font (a fresh Debian has DejaVu alone) every Japanese letter is
drawn as the same box, and a test of how Japanese wraps, elides or fits measures boxes.
``tests/ui/conftest.py`` skips a test that turns Japanese on there; a test that draws
Japanese another way (a label's text, the window's language menu) calls :func:`needed`."""

from __future__ import annotations

import pytest

from keiconfig.ui import i18n

NO_JAPANESE_FONT = (
    "no font on this machine draws Japanese, so its layout cannot be tested here "
    "(Debian and Ubuntu: apt-get install fonts-noto-cjk)"
)


def installed() -> bool:
    return i18n.japanese_font_installed()  # (the app's own check: it says so in its window)


def needed() -> None:
    """Skip the test, saying why, where no font draws Japanese."""
    if not installed():
        pytest.skip(NO_JAPANESE_FONT)
