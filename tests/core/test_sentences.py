"""Sentences in a row as the language writes them (keiconfig.core.text.sentences):
English with a space between, Japanese with none after its full stop. The explorer's
summary read '3,000件のビルドを評価しました。 規格に適合する…' with a space after each 。."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from keiconfig.core import catalog, text


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    text.set_translator(None)
    text.set_language("en")


def test_english_sentences_have_a_space_between_and_empty_ones_are_left_out() -> None:
    assert text.sentences(["One.", "", "Two.", "Three."]) == "One. Two. Three."
    assert text.sentences(["", "Alone."]) == "Alone."
    assert text.sentences([]) == ""


def test_japanese_sentences_follow_each_other_without_a_space() -> None:
    found = catalog.load("ja")
    assert found is not None
    text.set_translator(found, found.plural)
    text.set_language("ja")
    judged = text.translate_n("%Ln build(s) judged.", "", 3000)
    table = text.translate_n("%n legal build(s) are in the table.", "", 10)
    assert text.sentences([judged, "", table]) == judged + table
    assert judged.endswith("。") and "。 " not in text.sentences([judged, table])
