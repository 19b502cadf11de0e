"""A Japanese line never breaks inside a unit.

In Japanese at 1280x720 the Honda N-Van e:'s 'What limits it' sentence broke "42 km/h"
after its slash ("42 km/" at one line's end, "hまで" at the next; seen on Xvfb), and the
top speed card's note read "カタログ値:83 km/" then "h(要注意" (the Subaru 360). The
units shown in Japanese now carry word joiners (no width), which Qt's line breaker never
breaks at; English is left as it was.
"""

from __future__ import annotations

import pytest

from keiconfig.core import presets

JOINER = "\N{WORD JOINER}"
KEPT = {"km/h": f"km{JOINER}/{JOINER}h", "N·m": f"N{JOINER}·{JOINER}m"}


def _shown_units_whole(text: str) -> None:
    assert "km/h" not in text and "N·m" not in text, text  # every one kept whole
    plain = text.replace(JOINER, "")
    for unit, kept in KEPT.items():
        assert text.count(kept) == plain.count(unit)


@pytest.mark.parametrize("language", ["ja"], indirect=True)
def test_japanese_units_are_kept_whole_in_the_sentence_and_the_cards(main_window, language) -> None:
    w = main_window
    w.open_preset(presets.load_preset("honda-n-van-e-2024").build)
    sentence = w.classroom.limits_panel.sentence.text()
    assert KEPT["km/h"] in sentence and KEPT["N·m"] in sentence
    _shown_units_whole(sentence)
    # what a screen reader is told is the words alone
    assert JOINER not in w.classroom.limits_panel.sentence.accessibleDescription()
    w.open_preset(presets.load_preset("subaru-360-1958").build)
    note = w.results_panel.figures["top_speed_kmh"].note.text()
    assert KEPT["km/h"] in note
    _shown_units_whole(note)


def test_english_is_left_as_it_was(main_window) -> None:
    from keiconfig.ui.i18n import keep_units

    w = main_window
    w.open_preset(presets.load_preset("honda-n-van-e-2024").build)
    assert JOINER not in w.classroom.limits_panel.sentence.text()
    assert keep_units("83 km/h and 162 N·m") == "83 km/h and 162 N·m"
