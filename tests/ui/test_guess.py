"""Guess first: the times stay hidden until a guess, then the answer and the difference."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from keiconfig.ui.guess import parse_seconds, verdict


@pytest.fixture
def guess(main_window):
    main_window.classroom.guess_action.setChecked(True)
    return main_window.classroom.guess


def _times_hidden(window) -> bool:
    mode = window.classroom.guess
    return mode.hidden and all(c.isVisible() for c in mode.covers)


def test_times_hidden_until_a_guess_then_revealed_with_the_difference(main_window, guess, qtbot):
    assert guess.bar.isVisible()
    assert _times_hidden(main_window)
    fig = main_window.results_panel.figures["zero_to_100kmh_s"]
    cover = guess.covers[1]
    assert cover.parent() is fig and cover.geometry() == fig.rect()
    plot_cover = guess.covers[-1]
    assert plot_cover.parent() is main_window.plots_panel.speed_widget
    model = main_window.document.performance.zero_to_100kmh_s

    guess.bar.input.setFocus()
    qtbot.keyClicks(guess.bar.input, "12.0")
    qtbot.keyClick(guess.bar.input, Qt.Key.Key_Return)
    assert not guess.hidden
    assert not any(c.isVisible() for c in guess.covers)
    text = guess.bar.answer.text()
    assert text.startswith(f"You guessed 12.0 s — the model says {model:.1f} s")
    assert f"{abs(round(model, 1) - 12.0):.1f} s" in text


def test_a_change_hides_the_times_again_but_an_era_change_does_not(main_window, guess):
    guess.reveal(10.0)
    assert not guess.hidden
    main_window.document.set_era("1990")
    assert not guess.hidden
    main_window.document.change({"engine.aspiration": "turbo"}, "Turbo")
    assert _times_hidden(main_window)
    assert guess.bar.input.text() == ""


def test_turning_the_mode_off_shows_everything(main_window, guess):
    main_window.classroom.guess_action.setChecked(False)
    assert not guess.bar.isVisible()
    assert not any(c.isVisible() for c in guess.covers)


def test_a_guess_that_is_not_a_number_asks_again(main_window, guess, qtbot):
    qtbot.keyClicks(guess.bar.input, "soon")
    guess.bar.reveal_button.click()
    assert guess.hidden
    assert "seconds" in guess.bar.answer.text()


def test_parse_and_verdict():
    assert parse_seconds("12,5 s") == 12.5
    assert parse_seconds("abc") is None
    assert parse_seconds("-3") is None
    assert verdict(12.0, 11.3) == "You guessed 12.0 s — the model says 11.3 s (0.7 s quicker)"
    assert verdict(10.0, 11.3).endswith("(1.3 s slower)")
    assert verdict(11.3, 11.31).endswith("(spot on!)")
    assert "never reaches" in verdict(11.0, None)
