"""The eras' and the presets' notes in Japanese: every note has its Japanese, and the
Japanese states the same facts (at least: every number of the English is in it)."""

from __future__ import annotations

import re

import pytest

from keiconfig.core import presets, regulations, text

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")

HOW_TO_FIX = (
    "translate it with the same facts (terms: resources/i18n/GLOSSARY.md): an era's notes "
    "in the notes_ja column of resources/regulations.csv, a preset's in its optional "
    'translations.ja.notes ("translations": {"ja": {"notes": "…"}})'
)


def _numbers(s: str) -> list[str]:
    return [n.replace(",", "") for n in _NUMBER.findall(s)]


def _missing_numbers(english: str, japanese: str) -> list[str]:
    there = set(_numbers(japanese))
    return [n for n in _numbers(english) if n not in there]


@pytest.mark.parametrize("era", regulations.eras(), ids=lambda e: e.id)
def test_every_eras_notes_have_their_japanese(era: regulations.Era) -> None:
    if not era.notes:
        return
    assert era.notes_ja, f"era {era.id} has notes but no notes_ja: {HOW_TO_FIX}"
    assert not _missing_numbers(era.notes, era.notes_ja), (
        f"era {era.id}: numbers of the English missing in the Japanese: "
        f"{_missing_numbers(era.notes, era.notes_ja)}"
    )


@pytest.mark.parametrize("preset", presets.list_presets(), ids=lambda p: p.id)
def test_every_presets_notes_have_their_japanese(preset: presets.Preset) -> None:
    english = preset.build.notes
    if not english:
        return
    japanese = preset.build.localized("ja").notes
    assert japanese and japanese != english, f"{preset.id} has no Japanese notes: {HOW_TO_FIX}"
    assert not _missing_numbers(english, japanese), (
        f"{preset.id}: numbers of the English missing in the Japanese: "
        f"{_missing_numbers(english, japanese)}"
    )


def test_the_notes_follow_the_language_of_the_core() -> None:
    era = regulations.era("1998")
    preset = next(p for p in presets.list_presets() if p.id == "honda-beat-1991")
    try:
        assert era.shown_notes() == era.notes and preset.shown().notes == preset.build.notes
        text.set_language("ja")
        assert era.shown_notes() == era.notes_ja and era.shown_notes().startswith("現行規格")
        assert preset.shown().notes == preset.build.localized("ja").notes
        assert "レッドゾーン" in (preset.shown().notes or "")
    finally:
        text.set_language("en")
