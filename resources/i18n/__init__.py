"""Translations: Qt Linguist sources (.ts) and compiled catalogues (.qm)."""
