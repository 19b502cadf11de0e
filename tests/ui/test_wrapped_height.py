"""A word-wrapped label whose minimum height follows its lines measures its lines again
when there is more room (QLabel.heightForWidth is never below the label's minimum)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from keiconfig.ui.wrapped_height import wrapped_height
from tests.ui.test_layout import DOCKS, open_docks, settle

TEXT = (
    'Shading, what limits the car: <span style="color:#c00; font-size:large">■</span>'
    '&nbsp;traction  <span style="color:#0c0; font-size:large">■</span>&nbsp;power'
)


def test_a_label_pinned_at_two_lines_measures_one_line_when_wide(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel(TEXT, holder)
    label.setWordWrap(True)
    QVBoxLayout(holder).addWidget(label)
    wide = label.heightForWidth(2000)
    narrow = label.heightForWidth(80)
    assert narrow > wide
    label.setMinimumHeight(narrow)  # what a narrow panel asks of it
    assert label.heightForWidth(2000) == narrow  # Qt's floor: the trap
    assert wrapped_height(label, 2000) == wide
    assert wrapped_height(label, 80) == narrow
    label.setMinimumHeight(0)
    assert wrapped_height(label, 2000) == wide


@pytest.mark.desktop
def test_the_speed_plots_legend_is_one_line_again_after_the_docks_close(main_window, qtbot):
    """At 1280x720 the Comparison, race and Classroom docks narrowed the plots so the
    shading legend took two lines; closed, the legend said two lines still and the
    dashboard planned 17 px more than before (592 instead of 575)."""
    main_window.resize(1280, 720)
    settle(qtbot, main_window)
    legend = main_window.plots_panel.legend
    before = (legend.minimumHeight(), main_window.dashboard.current.need)
    open_docks(main_window, DOCKS)
    settle(qtbot, main_window)
    main_window.compare_tools.compare_dock.close()
    main_window.compare_tools.race_dock.close()
    main_window.classroom.dock.close()
    settle(qtbot, main_window)
    assert (legend.minimumHeight(), main_window.dashboard.current.need) == before
