"""The core's texts in Japanese for a test (the Japanese catalogue installed); the core
tests' conftest puts English back after every test."""

from __future__ import annotations

from keiconfig.core import catalog, text


def use_japanese() -> None:
    """The core's translator and language set to Japanese, as the window sets them."""
    found = catalog.load("ja")
    assert found is not None
    text.set_translator(found, found.plural)
    text.set_language("ja")
