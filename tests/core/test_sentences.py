"""Sentences in a row as the language writes them (keiconfig.core.text.sentences):
English with a space between, Japanese with none after its full stop. The explorer's
summary read '3,000件のビルドを評価しました。 規格に適合する…' with a space after each 。."""

from __future__ import annotations

from keiconfig.core import text
from tests.core.language import use_japanese


def test_english_sentences_have_a_space_between_and_empty_ones_are_left_out() -> None:
    assert text.sentences(["One.", "", "Two.", "Three."]) == "One. Two. Three."
    assert text.sentences(["", "Alone."]) == "Alone."
    assert text.sentences([]) == ""


def test_japanese_sentences_follow_each_other_without_a_space() -> None:
    use_japanese()
    judged = text.translate_n("%Ln build(s) judged.", "", 3000)
    table = text.translate_n("%n legal build(s) are in the table.", "", 10)
    assert text.sentences([judged, "", table]) == judged + table
    assert judged.endswith("。") and "。 " not in text.sentences([judged, table])
