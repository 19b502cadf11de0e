"""A time inside a Japanese sentence is written 19.2秒, as the Guess First lines write it:
the dashboard's 'what limits it' sentence read '3.1 sまではホイールスピン…、変速4回で1.1 sのロス'
and the model page 'ゼロヨン (0-400 m):16.2 秒'. English keeps '3.1 s'."""

from __future__ import annotations

import re

from keiconfig.core import explain, model_explanation, suggestions, text
from keiconfig.core.performance import evaluate
from keiconfig.core.presets import load_preset
from tests.core.language import use_japanese

# a number followed by the unit symbol s (not part of a word such as "km/h" or "PS")
SYMBOL_S = re.compile(r"\d s(?![a-zA-Z])")


def test_english_keeps_the_symbol() -> None:
    assert text.seconds(19.23) == "19.2 s"
    perf = evaluate(load_preset("caterham-seven-160-2014").build)
    sentence = explain.limit_summary(perf).sentence
    assert SYMBOL_S.search(sentence), sentence


def test_the_japanese_limit_sentence_writes_byou() -> None:
    use_japanese()
    assert text.seconds(19.23) == "19.2秒"
    perf = evaluate(load_preset("caterham-seven-160-2014").build)
    sentence = explain.limit_summary(perf).sentence
    # "3.1秒までは[ホイールスピン]…、[変速]4回で1.1秒のロス"
    assert "秒までは" in sentence and "秒のロス" in sentence, sentence
    assert not SYMBOL_S.search(sentence), sentence


def test_japanese_suggestions_and_the_model_page_write_byou() -> None:
    use_japanese()
    line = suggestions._text("ターボ", -0.94, 16.0, "zero_to_100kmh_s", 11.0)
    assert line.startswith("ターボ:−0.9秒") or "−0.9秒" in line, line
    build = load_preset("honda-beat-1991").build
    page = model_explanation.model_explanation(build, evaluate(build))
    run = next(s.text for s in page if s.title == "加速テスト")
    assert "ゼロヨン (0-400 m):" in run and not SYMBOL_S.search(run), run


def test_the_windows_sentences_write_byou() -> None:
    """The race's finishing order and the speed plot's spoken summary (ui.format)."""
    from keiconfig.ui import format as fmt

    use_japanese()
    assert fmt.sentence_seconds(19.23) == "19.2秒"
    assert fmt.sentence_seconds(None) == fmt.MISSING
    assert fmt.seconds(19.23) == "19.2 s"  # a card's figure keeps its symbol
