"""An rpm figure inside a sentence is written as the app writes every other number, with
a thousands separator: the Sakura's 'What limits it' sentence read '(10357 rpm)' beside
'1,056 kg' on the dashboard. Japanese writes it the same (10,357 rpm). The JSON of
`keiconfig evaluate --json` keeps plain numbers (it is for programs)."""

from __future__ import annotations

import re

import pytest

from keiconfig.core import explain, gearing, model_explanation
from keiconfig.core.build import changed
from keiconfig.core.performance import evaluate
from keiconfig.core.presets import load_preset, preset_ids
from tests.core.language import use_japanese

# four or more digits run together before "rpm": 10357 rpm, 7000rpm
UNSEPARATED = re.compile(r"\d{4,} ?rpm")


def _sakura_gearing() -> str:
    return explain.limit_summary(evaluate(load_preset("nissan-sakura-2022").build)).gearing


def test_the_motor_top_speed_has_a_thousands_separator() -> None:
    gearing_text = _sakura_gearing()
    assert "(10,357 rpm)" in gearing_text, gearing_text


def test_japanese_writes_it_as_the_app_writes_numbers() -> None:
    use_japanese()
    gearing_text = _sakura_gearing()
    assert "最高回転(10,357 rpm)" in gearing_text, gearing_text


@pytest.mark.parametrize("language", ["en", "ja"])
def test_no_rpm_figure_in_a_sentence_runs_its_digits_together(language: str) -> None:
    if language == "ja":
        use_japanese()
    sakura = load_preset("nissan-sakura-2022").build
    builds = [load_preset(i).build for i in preset_ids()]
    # a motor whose rated power lies above its top speed (the ev_launch sentence with rpm)
    builds.append(changed(sakura, {"motor.max_power_kw": 200.0, "motor.max_torque_nm": 100.0}))
    seen = 0
    for build in builds:
        perf = evaluate(build)
        words = [v.sentence for v in gearing.why_gearing(perf)]
        # the model page's peak power and torque lines (its table of fitted constants
        # gives each constant as the constants file has it, not a sentence)
        words.append(model_explanation._engine_section(perf).text)
        for w in words:
            seen += "rpm" in w
            assert not UNSEPARATED.search(w), w
    assert seen > len(builds)  # the sentences checked do give rpm figures
