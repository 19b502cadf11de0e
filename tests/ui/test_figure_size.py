"""The figures' size with their notes is the same whether the notes are shown or hidden at
the time (Figure.size_with_notes, ResultsPanel.needed_size): the dashboard plans with it,
and a size that grew as the plan showed the notes made the dashboard flip between two
plans for ever (Japanese, projector mode, 1280×720; see test_japanese_layout's test that
the window comes to rest). Shown, it is what the card's layout gives it."""

from __future__ import annotations

import pytest

from keiconfig.core import presets
from keiconfig.ui.panels.results_panel import ResultsPanel
from tests.ui.test_layout import settle

pytestmark = pytest.mark.desktop

# A limiter's note with a published figure (Beat), a short note (R360), an electric car's
# range and its notes (Sakura), doubtful published figures (Cinquecento).
PRESETS = (
    "honda-beat-1991",
    "mazda-r360-coupe-1960",
    "nissan-sakura-2022",
    "fiat-cinquecento-sporting-1994",
)


def _show_notes(panel: ResultsPanel, shown: bool) -> None:
    for fig in panel.figures.values():
        fig.show_notes(shown)
        fig.layout().activate()  # the card's layout takes the note as shown or hidden now


def _needed(panel: ResultsPanel) -> dict[tuple, tuple[int, int]]:
    return {
        (all_figures, columns, weight): panel.needed_size(
            all_figures, columns, weight, True
        ).toTuple()
        for all_figures in (True, False)
        for columns in (1, 2, 3, 4)
        for weight in (True, False)
    }


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
def test_the_size_with_notes_is_the_same_shown_or_hidden(
    language, projector, main_window_factory, qtbot
):
    window = main_window_factory()
    panel = window.results_panel
    try:
        window.resize(1280, 720)
        if projector:
            window.classroom.projector_action.setChecked(True)
        for preset in PRESETS:
            window.open_preset(presets.load_preset(preset).build)
            settle(qtbot, window)
            _show_notes(panel, True)
            laid_out = {}
            for key, fig in panel.figures.items():
                width = fig.sizeHint().width()
                height = fig.heightForWidth(width) if fig.hasHeightForWidth() else -1
                laid_out[key] = (width, height if height >= 0 else fig.sizeHint().height())
            shown = {key: fig.size_with_notes().toTuple() for key, fig in panel.figures.items()}
            needed = _needed(panel)
            assert shown == laid_out, preset
            _show_notes(panel, False)
            assert all(fig.note.isHidden() for fig in panel.figures.values())
            hidden = {key: fig.size_with_notes().toTuple() for key, fig in panel.figures.items()}
            assert hidden == shown, preset
            assert _needed(panel) == needed, preset
    finally:
        window.classroom.projector_action.setChecked(False)
        window.document.undo_stack.setClean()
