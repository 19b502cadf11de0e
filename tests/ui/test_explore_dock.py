"""Tools > Explore and class challenges in the window."""

from __future__ import annotations

import contextlib
import itertools
import json
import re
import shutil
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from keiconfig.core import regulations
from keiconfig.core.build import changed
from keiconfig.core.explore_space import DEFAULT_VARY, cap_unreached
from keiconfig.core.performance import evaluate
from keiconfig.core.presets import list_presets
from keiconfig.core.resources_path import resource_path
from keiconfig.ui import explore_dock, explore_tools

EXAMPLE = resource_path("example.challenge.json")


pytestmark = pytest.mark.usefixtures("close_top_level_dialogs")


@pytest.fixture
def explorer(main_window):
    panel = main_window.explore_tools.show()
    panel.executors.factory = lambda: ThreadPoolExecutor(2)
    yield main_window, panel
    panel.shutdown()


def _wait(qtbot, panel, timeout=60_000):
    qtbot.waitUntil(lambda: not panel.running and panel.search_button.isEnabled(), timeout=timeout)


def _show_chart(qtbot, panel, chart) -> None:
    """The explorer's tab that holds ``chart`` brought to the front, as a click on the
    tab does, and its plot shown."""
    tab = chart
    while panel.tabs.indexOf(tab) < 0:
        tab = tab.parentWidget()
    panel.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(chart.plot.isVisible)


def test_tools_menu_has_explore_and_file_menu_has_open_challenge(main_window):
    tools = main_window.explore_tools
    menus = {a.text(): a.menu() for a in main_window.menuBar().actions() if a.menu()}
    assert tools.explore_action in menus["&Tools"].actions()
    assert tools.challenge_action in menus["&File"].actions()
    assert tools.dock.isHidden()
    tools.explore_action.trigger()
    assert tools.dock.isVisible()


def test_search_shows_legal_best_builds_and_one_click_opens_one(qtbot, explorer):
    window, panel = explorer
    panel.era_box.setCurrentIndex(panel.era_box.findData("1990"))
    panel.budget_box.setValue(300)
    panel.seats_box.setValue(4)
    assert panel.start_search()
    _wait(qtbot, panel)
    result = panel.result
    assert result is not None and result.best
    assert panel.best_table.rowCount() == len(result.best)
    assert "Your build: " in panel.comparison.text()
    assert "; best found: " in panel.comparison.text()
    doc = window.document
    before = doc.build
    steps = doc.undo_stack.count()
    panel.best_table.setCurrentCell(0, 0)
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    # the build found, judged by the explorer's rules (saved with it: judged_by)
    assert doc.build == changed(result.best[0].build, {"judged_by": "1990"})
    assert doc.undo_stack.count() == steps + 1  # one undo step
    # The compliance panel judges it by the explorer's era, and calls it legal.
    assert doc.era == "1990"
    assert doc.compliance.ok
    assert round(doc.performance.power_ps, 1) <= 64.0
    assert doc.build.body.effective_seats >= 4
    doc.undo_stack.undo()
    assert doc.build == before


def test_every_best_build_is_legal_in_the_compliance_panel(qtbot, explorer):
    window, panel = explorer
    for era in ("1955", "1998"):
        panel.era_box.setCurrentIndex(panel.era_box.findData(era))
        panel.budget_box.setValue(200)
        assert panel.start_search()
        _wait(qtbot, panel)
        for row in range(panel.best_table.rowCount()):
            assert panel.apply_best(row)
            assert window.document.compliance.ok, (era, row)
            assert window.compliance_panel.isVisible()


def test_pareto_plot_shows_every_build_and_a_click_opens_a_legal_one(qtbot, explorer):
    window, panel = explorer
    panel.budget_box.setValue(200)
    panel.start_search()
    _wait(qtbot, panel)
    plot = panel.pareto
    n_legal = len(plot.legal.data)
    n_illegal = len(plot.illegal.data)
    assert n_legal + n_illegal == sum(
        1 for o in panel.result.outcomes if o.figure("zero_to_100kmh_s") is not None
    )
    assert plot.front and all(o.legal for o in plot.front)
    target = plot.front[0]
    panel.apply_outcome(target)
    perf = evaluate(window.document.build)
    assert perf.zero_to_100kmh_s == pytest.approx(target.figure("zero_to_100kmh_s"))
    illegal = next((o for o in panel.result.outcomes if not o.legal), None)
    if illegal is not None:
        assert not panel.apply_outcome(illegal)
        assert "breaks" in plot.describe(illegal)


def test_cancel_stops_the_search_and_the_window_carries_on(qtbot, main_window):
    panel = main_window.explore_tools.show()  # the real process pool
    try:
        panel.budget_box.setValue(1_000_000)
        panel.start_search()
        qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=60_000)
        assert panel.cancel_button.isEnabled()
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        _wait(qtbot, panel)
        assert panel.result is not None and panel.result.cancelled
        assert panel.result.evaluated < 1_000_000
        assert panel.status.text().startswith("Cancelled after")
        assert not panel.cancel_button.isEnabled()
    finally:
        panel.shutdown()


def test_sweep_tornado_and_map(qtbot, explorer):
    _, panel = explorer
    panel.set_checked_fields(["engine.displacement_cc"])
    assert panel.start_sweep()
    _wait(qtbot, panel)
    assert panel.result.evaluated > 10
    panel.set_checked_fields(["engine.aspiration", "body.height_mm", "engine.displacement_cc"])
    assert panel.start_tornado()
    _wait(qtbot, panel)
    bars = panel.tornado.bars
    assert {b.path for b in bars} == {
        "engine.aspiration",
        "body.height_mm",
        "engine.displacement_cc",
    }
    assert [b.span for b in bars] == sorted((b.span for b in bars), reverse=True)
    panel.map_x.setCurrentIndex(panel.map_x.findData("engine.displacement_cc"))
    panel.map_y.setCurrentIndex(panel.map_y.findData("overrides.kerb_weight_kg"))
    assert panel.start_map()
    _wait(qtbot, panel)
    values = panel.map.values
    assert values is not None and values.shape == (15, 15)
    # Over 660 cc is illegal in 1998: those cells are blank, the limit line is drawn.
    assert [line.value() for line in panel.map.limit_lines] == [660.0]


def test_a_form_that_asks_nothing_says_why(qtbot, explorer):
    _, panel = explorer
    panel.set_checked_fields([])
    assert not panel.start_search()
    assert panel.status.text() == "Cannot search: choose at least one field to vary"


def test_open_a_broken_challenge_says_why(main_window, dialogs, tmp_path):
    bad = tmp_path / "bad.challenge.json"
    bad.write_text(
        '{"format": "keiconfig-challenge", "version": 1, "title": "x", '
        '"era": "1990", "objective": "lap_time_s"}'
    )
    assert main_window.explore_tools.open_challenge(str(bad)) is None
    title, message = dialogs.errors[-1]
    assert title == "Could not open the challenge"
    assert message.startswith("bad.challenge.json: \"objective\": 'lap_time_s' is not a figure")
    assert message.endswith(f" The file is in the folder “{tmp_path}”.")


def test_a_broken_file_names_its_folder_escaped_never_as_markup(
    main_window, dialogs, tmp_path, monkeypatch
):
    """The window's error named a broken challenge (or build) by its name alone: one from
    the Recent Files, or one of several classes' 'challenge.json', could not be found. It
    now says the folder, whole, on one line: a folder named with markup, a right-to-left
    override and a line break is shown as its text, escaped, in a plain-text box."""
    from keiconfig.ui import errors

    folder = tmp_path / "2B <b>bold\u202e\nx"
    folder.mkdir()
    shown = str(tmp_path) + "/2B <b>bold\\u202e\\nx"
    challenge = folder / "challenge.json"
    challenge.write_text('{"format": "keiconfig-challenge", "title": 3}')
    assert main_window.open_path(challenge, ask=False) is False
    build = folder / "car.kei.json"
    build.write_text("{")
    assert main_window.open_path(build, ask=False) is False
    (t1, m1), (t2, m2) = dialogs.errors
    assert (t1, t2) == ("Could not open the challenge", "Could not open the build")
    assert m1.startswith("challenge.json: ") and m2.startswith("car.kei.json: ")
    for message in (m1, m2):
        assert message.endswith(f" The file is in the folder “{shown}”."), message
    box = errors.user_error_box(main_window, t1, m1)
    assert box.textFormat() == Qt.TextFormat.PlainText and "<b>bold" in box.text()


def test_open_challenge_shows_it_explores_it_and_ranks_a_folder(
    qtbot, main_window, tmp_path, monkeypatch
):
    tools = main_window.explore_tools
    dialog = tools.open_challenge(str(EXAMPLE))
    assert dialog is not None and dialog.isVisible()
    texts = [label.text() for label in dialog.labels]
    assert texts[0] == "The quickest 1990 four-seater"
    assert any("at least 4 seats" in t for t in texts)
    qtbot.mouseClick(dialog.explore_button, Qt.MouseButton.LeftButton)
    panel = tools.panel
    try:
        assert panel.era_box.currentData() == "1990" and panel.seats_box.value() == 4
        assert panel.weight_box.value() == 700
        assert panel.challenge_label.text() == "Challenge: The quickest 1990 four-seater"
    finally:
        panel.shutdown()
    for p in list_presets():
        shutil.copy(p.path, tmp_path / p.path.name)
    from keiconfig.ui import challenge_dialog

    monkeypatch.setattr(challenge_dialog, "ask_class_folder", lambda parent, start: str(tmp_path))
    qtbot.mouseClick(dialog.rank_button, Qt.MouseButton.LeftButton)
    table = tools.class_dialog
    assert table is not None and table.challenge is not None
    assert table.wait()  # the folder is read by a worker thread
    ranked = [r for r in table.rows if r.rank is not None]
    assert ranked[0].file == "mitsubishi-minica-dangan-zz-1989.kei.json"
    from keiconfig.ui.class_folder import VALUE_COLUMN

    assert table.table.horizontalHeaderItem(VALUE_COLUMN).text() == "0–100 km/h (s)"


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_folder_ranked_by_a_challenge_names_its_rules_for_people(
    main_window, tmp_path, monkeypatch, language
):
    """Ranked by a challenge, a roadster (2 seats, 705 kg) broke the class's constraints
    and the table said 'seats, kerb_weight' (a key of the file format), under 'Kei-legal'
    '✗ no', and the summary '1 breaks a kei law', of a car the kei rules allow. Now: the
    constraints' names (Japanese too), 'Meets the rules', and '1 breaks the challenge's
    rules'."""
    from pathlib import Path

    from keiconfig.ui import challenge_dialog, i18n
    from keiconfig.ui.class_folder import LEGAL_COLUMN, VALUE_COLUMN

    folder = tmp_path / "class"
    folder.mkdir()
    shutil.copy(Path(__file__).parents[1] / "cli" / "data" / "roadster-mid-na.kei.json", folder)
    i18n.set_language(language)
    try:
        dialog = main_window.explore_tools.open_challenge(str(EXAMPLE))
        assert dialog is not None
        monkeypatch.setattr(challenge_dialog, "ask_class_folder", lambda parent, start: str(folder))
        dialog.rank_button.click()
        table = main_window.explore_tools.class_dialog
        assert table is not None and table.wait()
        assert list(table.rows[0].failed) == ["seats", "kerb_weight"]
        broken = table.table.item(0, VALUE_COLUMN + 1).text()
        legal = table.table.horizontalHeaderItem(LEGAL_COLUMN).text()
        if language == "en":
            assert broken == "seats, kerb weight"
            assert legal == "Meets the rules"
            assert table.summary.text().startswith(
                "1 build: 0 ranked, 1 breaks the challenge's rules, 0 cannot be read."
            )
        else:
            assert broken == "乗車定員、車両重量"
            assert legal != "軽規格適合" and "kei" not in table.summary.text()
            assert "課題の条件" in table.summary.text()
        assert "_" not in broken
    finally:
        i18n.set_language("en")


def test_closing_the_window_closes_the_challenge_window(main_window):
    dialog = main_window.explore_tools.open_challenge(str(EXAMPLE))
    assert dialog is not None and dialog.isVisible()
    main_window.document.undo_stack.setClean()
    main_window.close()
    assert not dialog.isVisible()


def test_challenge_title_is_never_markup(main_window, tmp_path):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["title"] = "<b>bold</b> & <i>x</i>"
    path = tmp_path / "c.challenge.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    dialog = main_window.explore_tools.open_challenge(str(path))
    assert dialog is not None
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in dialog.labels)


def test_value_text():
    assert explore_dock.value_text(9.634, "zero_to_100kmh_s") == "9.6 s"  # as the card
    assert explore_dock.value_text(None, "zero_to_100kmh_s") == "—"
    assert explore_dock.value_text(151.2, "top_speed_kmh") == "151 km/h"
    assert regulations.era("1990").id == "1990"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("projector", [False, True])
def test_the_explorer_fits_the_window_and_has_room_to_work(qtbot, main_window, size, projector):
    from PySide6.QtWidgets import QApplication

    w = main_window
    w.resize(*size)
    w.classroom.projector_action.setChecked(projector)
    try:
        QApplication.processEvents()
        tools = w.explore_tools
        panel = tools.show()
        QApplication.processEvents()
        hint = w.minimumSizeHint()
        assert hint.width() <= size[0] and hint.height() <= size[1]
        assert (w.width(), w.height()) == size
        # Docked below the window's panels with room to work, or floating over the window.
        assert tools.dock.height() >= explore_tools.MIN_DOCKED_HEIGHT
        assert tools.dock.width() >= size[0] * 0.8
        assert panel.search_button.isVisible() and panel.tabs.isVisible()
        # and all of its width in view: no scroll bar hiding its right edge (Open This
        # Build, the changes column), as the Map's long field names did at 1280x720 in
        # projector mode (the panel 1185 px wide in a 1152 px floating dock)
        assert not tools.dock.widget().horizontalScrollBar().isVisible()
        panel.shutdown()
    finally:
        w.classroom.projector_action.setChecked(False)
        QApplication.processEvents()


def test_a_twisted_challenge_title_and_file_name_stay_one_line(
    qtbot, main_window, dialogs, tmp_path, monkeypatch
):
    """A challenge from a stranger: its title holds a right-to-left override, a line break
    and an "&"; the window's title, the explorer's line and the class folder's line show
    them escaped (the override turned "Challenge:" round, the "&" underlined the next
    letter as the label's shortcut); a broken challenge's error names its file escaped."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["title"] = "Quick & light\u202e\nfor you"
    path = tmp_path / "c.challenge.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    tools = main_window.explore_tools
    dialog = tools.open_challenge(str(path))
    assert dialog is not None
    shown = "Quick & light\\u202e\\nfor you"
    assert dialog.windowTitle() == f"Challenge: {shown}"
    assert dialog.labels[0].text() == shown  # the dialog's own big title too
    qtbot.mouseClick(dialog.explore_button, Qt.MouseButton.LeftButton)
    try:
        assert tools.panel.challenge_label.text() == f"Challenge: {shown}"
    finally:
        tools.panel.shutdown()
    from keiconfig.ui import challenge_dialog

    monkeypatch.setattr(challenge_dialog, "ask_class_folder", lambda parent, start: str(tmp_path))
    qtbot.mouseClick(dialog.rank_button, Qt.MouseButton.LeftButton)
    table = tools.class_dialog
    assert table is not None and table.wait()
    from PySide6.QtWidgets import QLabel

    lines = [w.text() for w in table.findChildren(QLabel) if "Challenge:" in w.text()]
    assert lines == ["Challenge: Quick && light\\u202e\\nfor you"]

    bad = tmp_path / "bad\u202enosj.challenge.json"
    bad.write_text("{")
    assert tools.open_challenge(str(bad)) is None
    assert dialogs.errors[-1][1].startswith("bad\\u202enosj.challenge.json: ")


def test_a_build_with_its_own_ratios_explores_other_gearboxes_and_says_so(qtbot, explorer):
    """The gear ratios a person set (Auto unticked) fit their gearbox only: a best build
    with another number of gears has the model's ratios, and its row says so; opening it
    is one undo step back to the person's own ratios."""
    from keiconfig.core.build import changed

    window, panel = explorer
    doc = window.document
    cappuccino = next(p.build for p in list_presets() if p.id == "suzuki-cappuccino-1991")
    own = (3.03, 2.12, 1.51, 1.10, 0.85)
    doc.reset(changed(cappuccino, {"drivetrain.gears": 5, "drivetrain.ratios": own}))
    panel.era_box.setCurrentIndex(panel.era_box.findData("1990"))
    panel.set_checked_fields(["drivetrain.gears"])
    panel.budget_box.setValue(40)
    assert panel.start_search()
    _wait(qtbot, panel)
    best = panel.result.best
    rows = [r for r, f in enumerate(best) if f.build.drivetrain.effective_gears != 5]
    assert rows, [f.build.drivetrain.effective_gears for f in best]
    for r in range(len(best)):
        text = panel.best_table.item(r, 4).text()
        assert ("the model's gear ratios" in text) == (r in rows), text
    before = doc.build
    assert panel.apply_best(rows[0])
    assert doc.build.drivetrain.ratios is None
    doc.undo_stack.undo()
    assert doc.build == before and doc.build.drivetrain.ratios == own


def test_the_window_says_where_a_range_stops_the_search(qtbot, explorer):
    """The status line under Search says the best build is at an end of its range, and,
    for a 1991 car under the 1998 rules, that the search cannot reach the car itself."""
    window, panel = explorer
    cappuccino = next(p.build for p in list_presets() if p.id == "suzuki-cappuccino-1991")
    window.document.reset(cappuccino)
    panel.era_box.setCurrentIndex(panel.era_box.findData("1998"))
    panel.set_checked_fields(["body.length_mm", "year"])
    panel.set_range("body.length_mm", 3000, 3400)
    panel.budget_box.setValue(60)
    assert panel.start_search()
    _wait(qtbot, panel)
    said = panel.status.text()
    assert "The best build is at or near an end of the range searched for length (mm)" in said
    assert "(3000 to 3400)" in said
    outside = "The build searched from is outside the range searched for model year 1991"
    assert f"{outside} (1998 to 2025)" in said
    # Opened, a best build is the open build: the line still speaks of the one searched from.
    assert panel.apply_best(0)
    assert "The build searched from is outside" in panel.status.text()


def _cappuccino_gearbox_search(qtbot, explorer):
    """The 1991 Cappuccino under the 1990 rules, its gear count and gearbox searched (60
    builds), the search finished; the panel."""
    window, panel = explorer
    cappuccino = next(p.build for p in list_presets() if p.id == "suzuki-cappuccino-1991")
    window.document.reset(cappuccino)
    panel.era_box.setCurrentIndex(panel.era_box.findData("1990"))
    panel.set_checked_fields(["drivetrain.gears", "drivetrain.transmission"])
    panel.budget_box.setValue(60)
    assert panel.start_search()
    _wait(qtbot, panel)
    return panel


def test_the_best_list_names_no_gear_count_for_a_cvt(qtbot, explorer):
    panel = _cappuccino_gearbox_search(qtbot, explorer)
    texts = [(f.build, panel.best_table.item(r, 4).text()) for r, f in enumerate(panel.result.best)]
    cvt = [text for build, text in texts if build.drivetrain.transmission == "cvt"]
    assert cvt and all("gears " not in text for text in cvt), cvt
    assert any("gears " in text for build, text in texts if build.drivetrain.gears != 5)


def test_the_pareto_tab_counts_builds_that_do_alike_as_one_point(qtbot, explorer):
    """A CVT's gear count changes nothing, so the 1990 Cappuccino with a CVT and 3, 4, 5 or
    6 "gears" is four builds on one spot: the front was drawn and counted once per build,
    and a dot under the mouse gave no hint that others lay under it."""
    panel = _cappuccino_gearbox_search(qtbot, explorer)
    plot = panel.pareto
    plot.set_data(panel.result.outcomes, "zero_to_100kmh_s", "kerb_weight_kg")
    spots = {plot._shown(o) for o in plot.front}
    assert len(plot.front) > len(spots) == plot.front_points  # alike builds on the front
    xs, _ys = plot.front_line.getData()
    assert len(xs) == len(spots)  # each spot drawn once
    summary = plot.readout.text()
    assert f"; {len(spots)} on the front (line)." in summary
    assert f"The front's {len(spots)} point" in summary and f"{len(plot.front)} builds" in summary
    cvt = next(o for o in plot.front if "cvt" in str(panel.result.problem.space.updates(o.x)))
    n = sum(1 for o in plot._legal if plot._shown(o) == plot._shown(cvt))
    assert n > 1 and plot.describe(cvt).endswith(f"({n} builds alike here)")


def test_a_student_explores_the_final_drive_and_opens_the_gearing_found(qtbot, explorer):
    """Gearing in the explorer: the final drive is a row of the form (to 1/100), a search
    over it finds the quickest, Open This Build sets it (Auto unticked, one undo step)."""
    window, panel = explorer
    doc = window.document
    cappuccino = next(p.build for p in list_presets() if p.id == "suzuki-cappuccino-1991")
    doc.reset(cappuccino)
    lo, hi = panel._range_boxes["drivetrain.final_drive"]
    assert lo.decimals() == hi.decimals() == 2
    panel.era_box.setCurrentIndex(panel.era_box.findData("1990"))
    panel.set_checked_fields(["drivetrain.final_drive"])
    panel.set_range("drivetrain.final_drive", 3.0, 6.5)
    panel.budget_box.setValue(60)
    assert panel.start_search()
    _wait(qtbot, panel)
    best = panel.result.best[0]
    assert 3.0 <= best.build.drivetrain.final_drive <= 6.5
    second = panel.result.best[1].build.drivetrain.final_drive
    assert panel.best_table.item(1, 4).text().startswith(f"final drive or reduction {second:g}")
    assert panel.apply_best(1)
    assert doc.build.drivetrain.final_drive == panel.result.best[1].build.drivetrain.final_drive
    doc.undo_stack.undo()
    assert doc.build == cappuccino


def test_an_electric_car_explores_its_battery_against_its_range_in_the_window(qtbot, explorer):
    """The motor and battery rows are the electric car's (greyed, with why, for a car with
    an engine); the WLTC range is an objective and a Pareto axis; asked of a car with an
    engine, the range gets a sentence, not a crash."""
    window, panel = explorer
    doc = window.document
    rows = {
        str(panel.fields.item(r, 0).data(Qt.ItemDataRole.UserRole)): panel.fields.item(r, 0)
        for r in range(panel.fields.rowCount())
    }
    battery = rows["battery.capacity_kwh"]
    assert not battery.flags() & Qt.ItemFlag.ItemIsEnabled  # the default car has an engine
    assert "no motor or battery" in battery.toolTip()
    panel.objective_box.setCurrentIndex(panel.objective_box.findData("wltc_range_km"))
    assert "is an electric car's figure" in panel.comparison.text()
    assert not panel.start_search()
    assert "is an electric car's figure" in panel.status.text()
    sakura = next(p.build for p in list_presets() if p.id == "nissan-sakura-2022")
    doc.reset(sakura)
    assert battery.flags() & Qt.ItemFlag.ItemIsEnabled
    panel.set_checked_fields(["battery.capacity_kwh"])
    panel.budget_box.setValue(40)
    assert panel.start_search()
    _wait(qtbot, panel)
    assert panel.comparison.text().startswith("Your build: 183 km; best found: ")  # as its card
    assert panel.result.best[0].build.battery.capacity_kwh > sakura.battery.capacity_kwh
    assert panel.y_box.findData("wltc_range_km") >= 0


def test_the_pareto_plot_puts_what_is_made_best_across(qtbot, explorer):
    """Best: WLTC range (or top speed) left the Pareto plot on 0-100 km/h against kerb
    weight, a plot without the objective on it; choosing the objective now puts it across,
    and moves the other axis off it."""
    _window, panel = explorer
    assert (panel.x_box.currentData(), panel.y_box.currentData()) == (
        "zero_to_100kmh_s",
        "kerb_weight_kg",
    )
    panel.objective_box.setCurrentIndex(panel.objective_box.findData("top_speed_kmh"))
    assert (panel.x_box.currentData(), panel.y_box.currentData()) == (
        "top_speed_kmh",
        "kerb_weight_kg",
    )
    panel.y_box.setCurrentIndex(panel.y_box.findData("standing_400m_s"))
    panel.objective_box.setCurrentIndex(panel.objective_box.findData("standing_400m_s"))
    assert (panel.x_box.currentData(), panel.y_box.currentData()) == (
        "standing_400m_s",
        "kerb_weight_kg",
    )
    panel.objective_box.setCurrentIndex(panel.objective_box.findData(explore_dock.MIX))
    assert panel.x_box.currentData() == "standing_400m_s"  # a mix has no one figure


def test_the_progress_bar_ends_at_the_builds_judged(qtbot, explorer):
    """The bar said '100 of 100 builds' (on a desktop: '3000 of 3000') while the status
    said 96 (2,991) were judged: a search judges whole generations, each build once, and
    a sweep or the tornado a field of few values (1 to 4 cylinders) at fewer points than
    its steps. At the end it counts what was judged, of that."""
    _, panel = explorer
    panel.budget_box.setValue(100)
    assert panel.start_search()
    _wait(qtbot, panel)
    judged = panel.result.evaluated
    assert judged < 100  # (12 fields: two generations of 48)
    assert panel.progress.text() == f"{judged} of {judged} builds"
    assert panel.status.text().startswith(f"{judged} builds judged.")

    panel.set_checked_fields(["engine.cylinders", "engine.displacement_cc"])
    assert panel.start_tornado()
    _wait(qtbot, panel)
    # 4 numbers of cylinders; 9 sizes and the build's own 658 cc and the rules' 660 cc
    assert panel.progress.text() == "15 of 15 builds"

    panel.set_checked_fields(["engine.cylinders"])
    assert panel.start_sweep()
    _wait(qtbot, panel)
    assert panel.result.evaluated == 4
    assert panel.progress.text() == "4 of 4 builds"


@pytest.mark.parametrize("language", ["ja"], indirect=True)
def test_the_japanese_summary_puts_no_space_after_a_full_stop(language, qtbot, explorer):
    """'…を評価しました。 規格に適合する…。 最良のビルドは…': Japanese sentences follow
    each other with no space (the open build's year is outside the range searched, so
    three sentences and more)."""
    _, panel = explorer
    panel.budget_box.setValue(100)
    assert panel.start_search()
    _wait(qtbot, panel)
    said = panel.status.text()
    assert said.count("。") >= 3, said
    assert "。 " not in said, said


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_pareto_counts_are_written_with_thousands_separators(language, qapp):
    """The Pareto readout said '規格に適合するビルド1622件(点)、規格違反1377件' under
    '3,000件のビルドを評価しました': thousands grouped in one count and not in the next.
    Both counts are grouped, as the explorer's other counts are."""
    from keiconfig.ui.explore_plots import tr as explore_tr

    legal = explore_tr("%n legal build(s) (dots)", "", 1622)
    illegal = explore_tr("%n that break(s) a rule (grey crosses)", "", 1377)
    assert "1,622" in legal and "1,377" in illegal, (legal, illegal)
    one = explore_tr("%n legal build(s) (dots)", "", 1)
    assert one == ("1 legal build (dots)" if language == "en" else "規格に適合するビルド1件(点)")


@pytest.mark.parametrize("language", ["ja"], indirect=True)
def test_the_tornado_caption_gives_units_and_choices_in_words(language, qtbot, explorer):
    """The sensitivity chart's sentence said '最も効くのは過給:turboで…' with the build
    format's word for the choice, and its times without a unit ('63.8で11.92'). The
    choice is in the window's words and the objective's values carry their unit."""
    _, panel = explorer
    panel.set_checked_fields(["engine.aspiration"])
    assert panel.start_tornado()
    _wait(qtbot, panel)
    caption = panel.tornado.caption.text()
    assert not re.search(r"\b(na|turbo|supercharger)\b", caption), caption
    assert re.search(r"\d\.\d s", caption), caption


def test_search_and_sweep_say_what_they_do_in_plain_words(explorer):
    """Search's tooltip said only 'Differential evolution over every checked field': a
    term a class does not know. Both buttons say what they try and what they keep."""
    _, panel = explorer
    search, sweep = panel.search_button.toolTip(), panel.sweep_button.toolTip()
    assert search.startswith("Tries about as many builds as Builds to judge says")
    assert "keeps the best legal ones" in search
    assert "differential evolution: " in search  # the term, explained
    assert sweep.startswith("Tries every combination of the one or two checked fields")


def _era_text_width(box) -> int:
    """The width the era box gives its text (its edit field, without the arrow)."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    return field.width()


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def test_the_question_column_is_never_cut_and_shows_the_era_whole_where_there_is_room(
    qtbot, main_window, size, projector, language
):
    """Projector mode at 1920x1080 with the explorer docked below: the question column kept
    the width it had at the normal text size, so the era ('1998 rules (34'), the mix and
    the fields to vary were cut at its right edge. Its contents now have their least
    width at every text size, and the era box shows the whole era where the explorer is
    wide enough for it: the chosen one at both sizes (floating at 1280x720, where projector
    text makes it wider than the explorer allows), every era at 1920x1080 at normal size.
    In projector mode at 1280x720 the chosen era was still cut ('1998 rules (3400 × 1480
    m…'), its box beside the rules' label column: it has a row of its own now.
    """
    from tests.ui.test_layout import resize_on_screen, settle

    w = main_window
    resize_on_screen(qtbot, w, *size)
    tools = w.explore_tools
    try:
        panel = tools.open()
        if projector:
            w.classroom.projector_action.setChecked(True)
        settle(qtbot, w)
        qtbot.wait(50)  # (the column is fitted once laid out at the new text size)
        settle(qtbot, w)
        question = panel.question_scroll.widget()  # in view, all of its least width:
        seen = panel.question_scroll.viewport().width()
        assert seen >= question.minimumSizeHint().width(), seen
        box = panel.era_box
        every = size == (1920, 1080) and not projector
        eras = range(box.count()) if every else [box.currentIndex()]
        for i in eras:  # every era, not only the one chosen
            box.setCurrentIndex(i)
            text = box.fontMetrics().horizontalAdvance(box.currentText())
            assert text <= _era_text_width(box), (box.currentText(), box.width())
        answers = panel.splitter.widget(1)
        assert answers.width() >= panel.width() // 2  # the answers keep most of the room
    finally:
        w.classroom.projector_action.setChecked(False)
        if tools._panel is not None:
            tools._panel.shutdown()


@pytest.mark.parametrize("language", ["ja"], indirect=True)
def test_the_changes_heading_is_readable_in_a_narrow_explorer(language, main_window, qtbot):
    """In Japanese projector mode at 1280x720 the best list's last heading,
    'あなたのビルドからの変更', was centred in a narrower column and cut at both ends
    ('たのビルドからの'). It is short (変更点) and starts at the column's left."""
    main_window.resize(1280, 720)
    main_window.classroom.projector_action.setChecked(True)
    panel = main_window.explore_tools.show()
    try:
        qtbot.waitUntil(lambda: panel.best_table.isVisible())
        table = panel.best_table
        item = table.horizontalHeaderItem(4)
        assert item.text() == "変更点"
        assert item.textAlignment() & Qt.AlignmentFlag.AlignLeft
        header = table.horizontalHeader()
        need = header.fontMetrics().horizontalAdvance(item.text())
        assert need < header.sectionSize(4), (need, header.sectionSize(4))
    finally:
        panel.shutdown()
        main_window.classroom.projector_action.setChecked(False)
        qtbot.wait(10)  # (the window's text size is put back while it is there)


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_answer_tabs_say_what_they_show(language, explorer):
    """'Pareto', 'Sensitivity' and 'Map' (パレート, 感度, マップ) named their charts with
    terms a class may not know, and said nothing more. Each tab's tooltip says what its
    chart shows; the Pareto front is explained."""
    _, panel = explorer
    tips = [panel.tabs.tabToolTip(i) for i in range(1, panel.tabs.count())]
    assert len(tips) == 3 and all(tips), tips
    front = "the Pareto front" if language == "en" else "パレートフロント"
    assert front in tips[0] and ("beats" in tips[0] or "勝る" in tips[0])


def test_the_progress_bar_follows_a_live_language_switch(main_window, explorer):
    """Switched to Japanese with the explorer open, its progress bar kept saying '… of …
    builds' (a bar's format is none of the texts the translator puts back)."""
    from PySide6.QtWidgets import QApplication

    from keiconfig.ui import i18n

    _, panel = explorer
    try:
        main_window.choose_language("ja")
        QApplication.processEvents()  # (Qt posts the widgets their LanguageChange)
        assert panel.progress.format() == "%v / %m ビルド"
        main_window.choose_language("en")
        QApplication.processEvents()
        assert panel.progress.format() == "%v of %m builds"
    finally:
        main_window.choose_language("en")
        i18n.set_language("en")


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_explorer_writes_your_builds_figures_as_the_dashboard_cards(
    language, qtbot, explorer
) -> None:
    """'Your build: 15.92 s' stood beside the card's '15.9 s', under a '0-100 km/h (s)'
    heading where the card reads '0–100 km/h'; the command line said the same. Now the
    explorer writes each figure as its card (keiconfig.ui.format.figure, one place), and
    names it with the card's dash (Japanese: 0-100km/h加速, as everywhere there)."""
    window, panel = explorer
    cards = window.results_panel.figures
    card = cards["zero_to_100kmh_s"].value.text()
    mine = panel.comparison.text()
    assert mine.startswith(panel.tr("Your build: {value}").format(value=card)), (mine, card)
    heading = panel.best_table.horizontalHeaderItem(1).text()
    if language == "en":
        assert card == "15.9 s" and heading == "0–100 km/h (s)"
        assert "0-100" not in panel.objective_box.currentText()
    else:
        assert heading == "0-100km/h加速 (秒)"
    # every figure as its card has it, the objective's and the best list's
    perf = window.document.performance
    for field, text in (
        ("kerb_weight_kg", cards["kerb_weight_kg"].value.text()),
        ("top_speed_kmh", cards["top_speed_kmh"].value.text()),
        ("zero_to_100kmh_s", card),
    ):
        assert explore_dock.value_text(getattr(perf, field), field) == text


@pytest.mark.desktop
def test_the_explorers_plots_never_zoom_out_past_their_dots_and_home_frames_them(
    qtbot, explorer
) -> None:
    """Fifteen notches of the wheel over the Pareto plot showed -400 to 700 s and -10,000
    to 12,000 kg, every dot a speck, with pyqtgraph's 'A' button the only way back (seen
    on Xvfb + openbox at 1280x720), as the speed plot did. Now the explorer's plots zoom
    in, and out no further than their data; Home (or a double-click, or 'Reset zoom')
    frames the dots again."""
    from tests.ui.keys import focus, press
    from tests.ui.mouse import wheel
    from tests.ui.test_update_path import next_frame

    _, panel = explorer
    panel.budget_box.setValue(200)
    panel.start_search()
    _wait(qtbot, panel)
    panel.tabs.setCurrentIndex(1)  # Pareto
    plot = panel.pareto
    view = plot.plot.getViewBox()
    # its layout settled first: the caption under it is laid out after the plot, and on a
    # real X server the view was at times 14 px taller when its frame was read here than
    # when Home framed it again (the frame keeps a margin in pixels)
    next_frame()
    framed = [list(r) for r in view.viewRange()]
    dots = [*plot.legal.data, *plot.illegal.data]
    xs = [float(d["x"]) for d in dots]
    ys = [float(d["y"]) for d in dots]
    wheel(plot.plot.viewport(), 15)
    (x0, x1), (y0, y1) = view.viewRange()
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    # (the dots with their margin, and half a dot more: the symbols are drawn whole)
    assert x0 >= min(xs) - 0.15 * span_x and x1 <= max(xs) + 0.15 * span_x, (x0, x1)
    assert y0 >= min(ys) - 0.15 * span_y and y1 <= max(ys) + 0.15 * span_y, (y0, y1)
    assert plot.zoom.button.isVisibleTo(plot)
    focus(qtbot, plot.plot)
    press(Qt.Key.Key_Home)
    assert [list(r) for r in view.viewRange()] == framed
    assert not plot.zoom.button.isVisibleTo(plot)
    assert not plot.plot.getPlotItem().autoBtn.isVisible()
    # its read-out writes a dot's figures as the cards ('0–100 km/h (s) 13.2', not 13.21)
    assert re.search(r"^0–100 km/h \(s\) \d+\.\d, ", plot.describe(plot.front[0]))


@pytest.mark.desktop
def test_the_sensitivity_chart_fully_zoomed_out_is_its_fitted_view(qtbot, explorer) -> None:
    """As the torque plot did: the wheel turned out as far as it goes over the sensitivity
    chart (or the two-field map) showed its bars with a tenth of their span either side,
    wider than the view auto-range fits, and 'Reset zoom' stayed with nothing zoomed in.
    Fully zoomed out is the fitted view now, without the button."""
    from tests.ui.mouse import wheel
    from tests.ui.test_layout import resize_on_screen

    window, panel = explorer
    resize_on_screen(qtbot, window, 1920, 1050)
    panel.set_checked_fields(["engine.aspiration", "body.height_mm", "engine.displacement_cc"])
    assert panel.start_tornado()
    _wait(qtbot, panel)
    panel.map_x.setCurrentIndex(panel.map_x.findData("engine.displacement_cc"))
    panel.map_y.setCurrentIndex(panel.map_y.findData("overrides.kerb_weight_kg"))
    assert panel.start_map()
    _wait(qtbot, panel)
    for chart in (panel.tornado, panel.map):  # (the map: the same zoom)
        _show_chart(qtbot, panel, chart)
        view = chart.plot.getViewBox()
        view.updateAutoRange()
        fitted = [[float(v) for v in r] for r in view.viewRange()]
        assert not chart.zoom.button.isVisibleTo(chart)
        for zoom_in_first in (0, 4):
            wheel(chart.plot.viewport(), zoom_in_first, down=False)
            wheel(chart.plot.viewport(), 15)
            shown = [[float(v) for v in r] for r in view.viewRange()]
            for axis in (0, 1):
                assert shown[axis] == pytest.approx(fitted[axis], rel=1e-6, abs=1e-6), (
                    type(chart).__name__,
                    shown,
                    fitted,
                )
            assert not chart.zoom.button.isVisibleTo(chart)


def _drawn_names(chart, side: str = "left") -> list:
    """The texts a plot's axis draws (the sensitivity chart's left axis: its field names),
    each with its box in the axis's coordinates (recorded from pyqtgraph's own drawing of
    the axis)."""
    axis = chart.plot.getAxis(side)
    drawn: list = []
    draw = axis.drawPicture

    def record(p, axis_spec, tick_specs, text_specs):
        drawn.extend((QRectF(rect), text) for rect, _flags, text in text_specs)
        return draw(p, axis_spec, tick_specs, text_specs)

    axis.drawPicture = record
    try:
        axis.picture = None  # (drawn again, not played from its last picture)
        chart.plot.grab()
    finally:
        del axis.drawPicture
    return drawn


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_sensitivity_charts_names_never_overlap_in_projector_mode(
    language, qtbot, explorer
) -> None:
    """In projector mode at 1920x1050 (a teacher's projector), twelve fields swept alone
    drew their names on top of each other in a chart 145 px high ("排気量", "出力自主規制",
    "レッドゾーン" one over another; in English with the Classroom and Comparison open as
    well). The chart now has a line a name: the explorer scrolls to show the rest, and the
    window's panels above keep their room."""
    from tests.ui.test_layout import resize_on_screen, settle

    window, panel = explorer
    resize_on_screen(qtbot, window, 1920, 1050)
    compliance_before = window.compliance_panel.height()
    window.classroom.projector_action.setChecked(True)
    try:
        settle(qtbot, window)
        compliance_projected = window.compliance_panel.height()
        assert len(panel.checked_fields()) == 12  # (the explorer's default question)
        scroll_bar = window.explore_tools.dock.widget().verticalScrollBar()
        assert panel.tabs.currentIndex() == 0
        scrolled_before = scroll_bar.isVisible()
        assert panel.start_tornado()
        _wait(qtbot, panel)
        chart = panel.tornado
        qtbot.waitUntil(chart.plot.isVisible)
        settle(qtbot, window)
        names = _drawn_names(chart)
        assert sorted(text for _r, text in names) == sorted(
            explore_dock.field_label(b.path) for b in chart.bars
        )
        boxes = sorted((r for r, _t in names), key=lambda r: r.top())
        for upper, lower in itertools.pairwise(boxes):
            assert upper.bottom() <= lower.top(), [(r.top(), r.bottom()) for r in boxes]
        # the dock took no room from the window's panels (the explorer scrolls instead)
        assert window.compliance_panel.height() == compliance_projected
        assert window.compliance_panel.isVisible()
        # and back in the other tabs, the explorer asks for no more than before
        panel.tabs.setCurrentIndex(0)
        settle(qtbot, window)
        assert chart.plot.minimumHeight() == 0
        # (the layouts around the hidden chart told so: the explorer scrolled in every tab)
        assert panel.tabs.minimumSizeHint().height() < chart.rows_height()
        assert scroll_bar.isVisible() == scrolled_before
    finally:
        window.classroom.projector_action.setChecked(False)
        settle(qtbot, window)
    assert window.compliance_panel.height() == compliance_before


def test_a_new_search_shows_no_reset_zoom_over_the_pareto_plot(qtbot, explorer) -> None:
    """After every search, nothing zoomed, 'Reset zoom' stood at the Pareto plot's top left
    over its dots (seen on Xvfb + openbox at 1280x720 and 1920x1080, normal and projector
    mode): the plot's new frame, set as ranges, counted as a zoom before it was known. Now
    the button comes only with a zoom, and a new search takes it away again."""
    from tests.ui.mouse import wheel

    _, panel = explorer
    panel.budget_box.setValue(200)
    panel.start_search()
    _wait(qtbot, panel)
    panel.tabs.setCurrentIndex(1)  # Pareto
    plot = panel.pareto
    qtbot.waitUntil(plot.plot.isVisible)
    assert plot._home_range is not None  # (framed: the front and nine in ten of the dots)
    assert not plot.zoom.button.isVisibleTo(plot)
    wheel(plot.plot.viewport(), 3, down=False)  # zoomed in: the button, the way back
    assert plot.zoom.button.isVisibleTo(plot)
    panel.start_search()
    _wait(qtbot, panel)
    assert not plot.zoom.button.isVisibleTo(plot)


def test_the_best_list_says_a_power_cap_the_engine_does_not_reach(qtbot, explorer):
    """Under the 64 PS agreement the best list said "power cap (PS) 117.1" beside a build
    of 64 PS: a cap above what the engine makes limits nothing, and now says so."""
    _window, panel = explorer  # the default car, its size, engine and drivetrain searched
    panel.era_box.setCurrentIndex(panel.era_box.findData("1998"))
    panel.set_checked_fields(list(DEFAULT_VARY))
    panel.budget_box.setValue(200)
    assert panel.start_search()
    _wait(qtbot, panel)
    said = 0
    for r, f in enumerate(panel.result.best):
        text = panel.best_table.item(r, 4).text()
        power = panel.best_table.item(r, 3).text()
        assert float(power) <= 64
        if "power cap" in text and cap_unreached(f.build):  # (the open build's cap: unsaid)
            cap = f.build.engine.power_cap_ps
            assert f"{cap:g} (not reached: the engine makes {power} PS)" in text, text
            said += 1
        elif not cap_unreached(f.build):
            assert "not reached" not in text
    assert said
    assert "power cap" not in panel.status.text()  # no end of its range to search past


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_explorers_axis_titles_are_as_large_as_their_numbers_in_projector_mode(
    language, qtbot, explorer
) -> None:
    """In projector mode the explorer's plots wrote their numbers large and their axis
    titles ("0-100km/h加速 (秒)", "kerb weight (kg)", the map's fields) at the normal small
    size, about half their height: too small to read from the back of a class (seen on
    Xvfb + openbox at 1280x720 and 1920x1080). The titles, and the map's "limit", now
    follow the text size, as the dashboard's plots do."""
    from tests.ui.test_layout import resize_on_screen, settle

    window, panel = explorer
    resize_on_screen(qtbot, window, 1920, 1050)
    window.classroom.projector_action.setChecked(True)
    try:
        settle(qtbot, window)
        panel.budget_box.setValue(200)
        panel.set_checked_fields(["engine.displacement_cc", "overrides.kerb_weight_kg"])
        for start in (panel.start_search, panel.start_tornado, panel.start_map):
            assert start()
            _wait(qtbot, panel)
        for chart in (panel.pareto, panel.tornado, panel.map):
            _show_chart(qtbot, panel, chart)
            settle(qtbot, window)
            # (the sensitivity chart's left axis has its fields' names, no title)
            for side in ("bottom",) if chart is panel.tornado else ("left", "bottom"):
                axis = chart.plot.getAxis(side)
                drawn = _drawn_names(chart, side)
                assert drawn, (type(chart).__name__, side)
                numbers = max(r.height() for r, _t in drawn)
                title = axis.label
                assert title.isVisible() and title.toPlainText()
                # (its letters' height: the item's box has a margin about them)
                letters = QFontMetricsF(title.font()).height()
                assert letters >= numbers, (
                    type(chart).__name__,
                    side,
                    title.toPlainText(),
                    letters,
                    numbers,
                )
        for line in panel.map.limit_lines:
            assert QFontMetricsF(line.label.textItem.font()).height() >= numbers
    finally:
        window.classroom.projector_action.setChecked(False)
        settle(qtbot, window)


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_pareto_plot_and_the_map_keep_room_for_their_up_axis(language, qtbot, explorer) -> None:
    """In projector mode at 1920x1080 with the Classroom (F6) and the Comparison (F7) open,
    the explorer's dock is about 370 px high: the map's plot was 60 px, its up axis's title
    cut to "pinned (kg)" ("kerb weight, pinned (kg)"), and the Pareto plot's up axis could
    lose its numbers. Each plot now keeps the height its up axis's title and a few numbers
    need; the explorer scrolls for the rest, the window's panels keep their room."""
    from tests.ui.keys import focus
    from tests.ui.test_layout import press_and_settle, resize_on_screen, settle

    window, panel = explorer
    resize_on_screen(qtbot, window, 1920, 1050)
    window.classroom.projector_action.setChecked(True)
    try:
        settle(qtbot, window)
        focus(qtbot, panel.era_box)
        press_and_settle(qtbot, window, Qt.Key.Key_F6)
        press_and_settle(qtbot, window, Qt.Key.Key_F7)
        compliance = window.compliance_panel.height()
        panel.budget_box.setValue(200)
        for start in (panel.start_search, panel.start_map):
            assert start()
            _wait(qtbot, panel)
        for chart in (panel.pareto, panel.map):
            _show_chart(qtbot, panel, chart)
            settle(qtbot, window)
            axis = chart.plot.getAxis("left")
            title = axis.label
            assert title.isVisible()
            length = title.boundingRect().width()  # (written upwards along the axis)
            assert length <= axis.height(), (title.toPlainText(), length, axis.height())
            numbers = _drawn_names(chart, "left")
            assert len(numbers) >= 2, (type(chart).__name__, numbers)
        assert window.compliance_panel.height() == compliance
    finally:
        window.classroom.projector_action.setChecked(False)
        settle(qtbot, window)


@pytest.mark.desktop
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1050)])
def test_an_axis_title_stays_on_its_plot_when_projector_mode_comes_on(
    qtbot, explorer, size
) -> None:
    """The map drawn, then projector mode (F5) at 1280x720: the Pareto plot's contents
    were laid out 42 px high in a plot of 204 px, its up axis's title starting 66 px above
    the plot. Its least height had been set from within its own resize, which then went on
    at the old size. Every title of the explorer's plots now lies whole within its plot."""
    from tests.ui.test_layout import resize_on_screen, settle

    window, panel = explorer
    resize_on_screen(qtbot, window, *size)
    panel.budget_box.setValue(200)
    for start in (panel.start_search, panel.start_map):
        assert start()
        _wait(qtbot, panel)
    window.classroom.projector_action.setChecked(True)
    try:
        settle(qtbot, window)
        for chart in (panel.pareto, panel.map):
            _show_chart(qtbot, panel, chart)
            settle(qtbot, window)
            scene = chart.plot.sceneRect()
            for side in ("left", "bottom"):
                title = chart.plot.getAxis(side).label
                m = title.document().documentMargin()  # (blank, about its letters)
                box = title.sceneBoundingRect().adjusted(m, m, -m, -m)
                assert scene.contains(box), (type(chart).__name__, side, box, scene)
    finally:
        window.classroom.projector_action.setChecked(False)
        settle(qtbot, window)


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["ja"], indirect=True)
def test_a_plots_caption_is_never_drawn_under_the_plot(language, qtbot, explorer) -> None:
    """At 1280x720 in projector mode in Japanese the map's caption wraps to two lines, and
    the layouts around it (a splitter, a scroll area, the tabs) kept room for one: the
    plot, at its least height, was drawn over the caption's second line ("排気量 (cc)" over
    "色の濃さは…"). Each caption now keeps the height of its wrapped lines, below its plot."""
    from tests.ui.test_layout import resize_on_screen, settle

    window, panel = explorer
    resize_on_screen(qtbot, window, 1280, 720)
    panel.budget_box.setValue(200)
    for start in (panel.start_search, panel.start_map):
        assert start()
        _wait(qtbot, panel)
    window.classroom.projector_action.setChecked(True)
    try:
        settle(qtbot, window)
        for chart, caption in (
            (panel.pareto, panel.pareto.readout),
            (panel.map, panel.map.caption),
        ):
            _show_chart(qtbot, panel, chart)
            settle(qtbot, window)
            lines = caption.heightForWidth(caption.width())
            assert caption.height() >= lines, (caption.text(), caption.height(), lines)
            assert chart.plot.geometry().bottom() < caption.geometry().top()
    finally:
        window.classroom.projector_action.setChecked(False)
        settle(qtbot, window)


@contextlib.contextmanager
def _searched_in_projector_mode_with_docks(qtbot, window, size):
    """The window at ``size`` in projector mode, the Classroom (F6) and the Comparison
    (F7) opened with their keys, the explorer shown and a search of 300 builds run with
    Space on Search, settled; yields the explorer. Projector mode is left after."""
    from tests.ui.keys import focus, press
    from tests.ui.test_layout import press_and_settle, resize_on_screen, settle

    resize_on_screen(qtbot, window, *size)
    window.classroom.projector_action.setChecked(True)
    panel = None
    try:
        settle(qtbot, window)
        focus(qtbot, window.body_panel.length.spin)
        press_and_settle(qtbot, window, Qt.Key.Key_F6)
        press_and_settle(qtbot, window, Qt.Key.Key_F7)
        panel = window.explore_tools.show()
        panel.executors.factory = lambda: ThreadPoolExecutor(2)
        settle(qtbot, window)
        panel.budget_box.setValue(300)
        focus(qtbot, panel.search_button)
        press(Qt.Key.Key_Space)
        _wait(qtbot, panel)
        settle(qtbot, window)
        yield panel
    finally:
        if panel is not None:
            panel.shutdown()
        window.classroom.projector_action.setChecked(False)
        settle(qtbot, window)


def _in_view(widget, scroll) -> tuple[int, int, int]:
    """(top, bottom) of ``widget`` in the viewport of ``scroll``, and the viewport's height."""
    from PySide6.QtCore import QPoint

    top = widget.mapTo(scroll.viewport(), QPoint(0, 0)).y()
    return top, top + widget.height(), scroll.viewport().height()


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1050)], ids=["1280x720", "1920x1050"])
def test_a_finished_run_brings_its_answer_into_view(language, qtbot, main_window, size) -> None:
    """In projector mode (F5) with the Classroom (F6) and the Comparison (F7) open the
    explorer scrolls: a sensitivity sweep's chart ended below the fold, its axis and its
    caption unseen, and a search's table the same, with nothing to bring them into view.
    Now a finished run scrolls the explorer to its answer: the search's line and table
    whole, the sensitivity chart with its caption whole (the line and the tabs above it
    where they fit too), or where it is taller than the view, from its top; a wheel
    turned then leaves the explorer where the person puts it."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QScrollArea

    from tests.ui.keys import focus, press
    from tests.ui.test_layout import settle

    window = main_window
    with _searched_in_projector_mode_with_docks(qtbot, window, size) as panel:
        scroll = window.explore_tools.dock.findChild(QScrollArea, "exploreScroll")
        assert scroll is not None
        top, bottom, view = _in_view(panel.tabs, scroll)
        assert top >= 0 and bottom <= view, ("search", top, bottom, view)

        panel.tabs.setCurrentWidget(panel.tornado_button.parentWidget())
        focus(qtbot, panel.tornado_button)
        press(Qt.Key.Key_Space)
        _wait(qtbot, panel)
        settle(qtbot, window)
        chart = panel.tornado
        top, bottom, view = _in_view(chart, scroll)
        plot_top, plot_bottom, _ = _in_view(chart.plot, scroll)
        caption_top = _in_view(chart.caption, scroll)[0]
        line = chart.caption.fontMetrics().height()
        said = ("tornado", top, bottom, view)
        floating = window.explore_tools.dock.isFloating()
        if floating or bottom - top <= view:  # (1280x720: the explorer floats, 540 px)
            # the chart whole, its caption too (it was 3 px taller than the view in
            # Japanese at 1920x1050: its least height had room for its names and some 25
            # px more)
            assert top >= 0 and bottom <= view, said
            assert plot_top >= 0 and plot_bottom <= view and caption_top + line <= view, said
        else:
            # docked at 1920x1050, the explorer leaves the dashboard's plots and the docks
            # beside their room (ExplorerHeight; the window's panels keep theirs as the
            # chart grows, as for its names): the chart from its top, its bars and names
            # filling the view, the rest of it a scroll away
            assert top == 0 and bottom > view, said
            assert scroll.verticalScrollBar().maximum() >= bottom - view, said
        assert scroll.verticalScrollBar().value() > 0  # (the explorer did scroll for it)
        # the person scrolls back up: the explorer stays there
        bar = scroll.verticalScrollBar()
        centre = QPointF(scroll.viewport().rect().center())
        wheel = QWheelEvent(
            centre,
            QPointF(scroll.viewport().mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120 * 20),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(scroll.viewport(), wheel)
        assert bar.value() == 0
        panel.resize(panel.width(), panel.height() + 1)  # (a later change of its layout)
        settle(qtbot, window)
        assert bar.value() == 0


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_selected_builds_changes_are_read_whole_and_nothing_overlaps(
    language, qtbot, main_window
) -> None:
    """In projector mode at 1280x720 with the Classroom and the Comparison open the best
    list's changes column is cut to a few words ("全長 (m…"), and the tooltip that holds
    them all never shows to the keys: under the table, the selected build's changes are
    written whole, and follow the arrow keys, Open This Build beside them. The table
    keeps three rows, and the search's wrapped sentence above the tabs keeps its lines:
    before, the layout did not count them, and the tabs were squeezed under it (the
    table, then the changes, drawn over each other)."""
    from PySide6.QtCore import QPoint

    from tests.ui.keys import focus, press
    from tests.ui.test_layout import settle

    window = main_window
    with _searched_in_projector_mode_with_docks(qtbot, window, (1280, 720)) as panel:
        t, changes = panel.best_table, panel.best_changes
        assert t.rowCount() >= 3
        assert changes.text() == f"1. {t.item(0, 4).text()}"
        focus(qtbot, t)
        press(Qt.Key.Key_Down)
        settle(qtbot, window)
        whole = t.item(1, 4).text()
        assert changes.text() == f"2. {whole}" and "," in whole
        assert changes.height() >= changes.heightForWidth(changes.width())  # (every line)

        def top_bottom(w):
            top = w.mapTo(panel, QPoint(0, 0)).y()
            return top, top + w.height()

        row = t.verticalHeader().defaultSectionSize()
        assert t.viewport().height() >= 3 * row, (t.viewport().height(), row)
        assert top_bottom(t)[1] <= top_bottom(changes)[0]
        # Open This Build beside the changes, at their right, neither over the other
        button = panel.apply_button
        assert top_bottom(t)[1] <= top_bottom(button)[0]
        assert (
            changes.mapTo(panel, QPoint(changes.width(), 0)).x()
            <= button.mapTo(panel, QPoint(0, 0)).x()
        )
        status = panel.status
        assert status.height() >= status.heightForWidth(status.width())
        assert top_bottom(status)[1] <= top_bottom(panel.tabs)[0]


def test_a_caption_gives_back_the_lines_it_no_longer_needs(qtbot) -> None:
    """A caption (the plots', the search's sentence) keeps the height of its wrapped lines;
    widened, or its text made smaller (projector mode left), it needs fewer, and it kept
    the old height, blank (a line's gap under 'Your build: 15.9 s' at 1920x1040 after
    projector mode): a label's height for a width is never less than its least height.
    Now it gives them back."""
    from PySide6.QtWidgets import QLabel

    from keiconfig.ui.explore_plots import Caption

    text = "Each field swept alone over its range, the rest as in your build. " * 3
    caption = Caption()
    caption.setWordWrap(True)
    caption.setText(text)
    qtbot.addWidget(caption)
    caption.resize(150, 40)
    caption.show()
    qtbot.waitExposed(caption)
    narrow = caption.minimumHeight()
    fresh = QLabel(text)
    fresh.setWordWrap(True)
    fresh.setFont(caption.font())
    assert narrow == fresh.heightForWidth(150)
    caption.resize(2000, narrow)
    wide = fresh.heightForWidth(2000)
    assert wide < narrow
    assert caption.minimumHeight() == wide
    font = caption.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # (projector mode)
    caption.setFont(font)
    big = caption.minimumHeight()
    font.setPointSizeF(font.pointSizeF() / 2)  # (and left)
    caption.setFont(font)
    assert caption.minimumHeight() == wide < big


@pytest.mark.desktop
@pytest.mark.parametrize(
    ("height", "dock", "first"),
    [
        (720, Qt.Key.Key_F6, "projector"),
        (720, Qt.Key.Key_F7, "projector"),
        (710, Qt.Key.Key_F6, "projector"),
        (730, Qt.Key.Key_F7, "projector"),
        (730, Qt.Key.Key_F6, "explorer"),  # (docked below the dashboard again: it scrolls)
    ],
    ids=["720-classroom", "720-comparison", "710-classroom", "730-comparison", "730-docked"],
)
def test_the_explorer_scrolls_only_for_what_its_parts_need(qtbot, main_window, height, dock, first):
    """English projector mode (F5) at 1280x720 with the Classroom (F6) or the Comparison
    (F7) open: the floating explorer's Pareto tab scrolled by 1 px (on Xvfb: a view of 515
    px, the explorer's least height 516), a bar for nothing a person can see. Qt's tab
    widget asked 2 px more than it gave its page (the tab bar lies over the pane's frame,
    counted as well), and the page got them. Now the tabs ask for what they give: where
    the explorer scrolls (at 1280x710; docked below the dashboard at 1280x730), each tab's
    page is at its least height, and at 1280x720 the explorer does not scroll. (Docked
    below the dashboard as F5 comes on, the explorer floats, short of room there; docked
    again by its person, it stays docked in projector mode and scrolls.)"""
    from PySide6.QtWidgets import QScrollArea

    from tests.ui.keys import focus, press
    from tests.ui.test_layout import press_and_settle, resize_on_screen, settle

    window = main_window
    resize_on_screen(qtbot, window, 1280, height)
    panel = None
    try:
        if first == "explorer":
            panel = window.explore_tools.open()
            settle(qtbot, window)
        focus(qtbot, window.body_panel.length.spin)
        press_and_settle(qtbot, window, Qt.Key.Key_F5)
        if first == "explorer":
            explorer = window.explore_tools.dock
            assert explorer.isFloating()  # (short of room below: F5 floated it)
            explorer.setFloating(False)  # docked again by its person (its title's button)
            settle(qtbot, window)
            focus(qtbot, window.body_panel.length.spin)  # (a click back in the window)
        press_and_settle(qtbot, window, dock)
        panel = window.explore_tools.open()
        panel.executors.factory = lambda: ThreadPoolExecutor(2)
        settle(qtbot, window)
        panel.budget_box.setValue(200)
        focus(qtbot, panel.search_button)
        press(Qt.Key.Key_Space)
        _wait(qtbot, panel)
        settle(qtbot, window)
        scroll = window.explore_tools.dock.findChild(QScrollArea, "exploreScroll")
        assert scroll is not None
        bar = scroll.verticalScrollBar()
        if first == "explorer":
            assert not window.explore_tools.dock.isFloating() and bar.maximum() > 0
        focus(qtbot, panel.tabs.tabBar())
        for index in range(panel.tabs.count()):
            assert panel.tabs.currentIndex() == index
            page = panel.tabs.currentWidget()
            said = (panel.tabs.tabText(index), bar.maximum(), scroll.viewport().height())
            if bar.maximum() > 0:  # (the explorer at its least height: the pages too,
                # each as high as the one that needs most)
                pages = [panel.tabs.widget(i) for i in range(panel.tabs.count())]
                least = max(p.minimumSizeHint().height() for p in pages)
                assert page.height() == least, (*said, page.height(), least)
            if height == 720:
                assert bar.maximum() == 0, said
            press(Qt.Key.Key_Right)
            settle(qtbot, window)
    finally:
        if panel is not None:
            panel.shutdown()
        focus(qtbot, window.body_panel.length.spin)
        if window.classroom.projector_action.isChecked():
            press_and_settle(qtbot, window, Qt.Key.Key_F5)


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_pareto_plots_points_are_whole_at_its_edges(language, qtbot, main_window) -> None:
    """In projector mode at 1280x720 (the Classroom and the Comparison open) the Pareto
    plot's view is some 160 px high, and its frame kept a twentieth of its span clear at
    each side: 7 px. The front's best point, its ring when stepped to with the keys (20 px)
    and the star of the open build were drawn half under the axes (seen on Xvfb + openbox,
    Japanese, an electric Sakura). Now the frame keeps room for the ring at every size:
    framed again when the plot is resized, projector mode turned off and on."""
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from keiconfig.ui.explore_plots import RING_PX
    from tests.ui.keys import focus, press
    from tests.ui.test_layout import press_and_settle, settle

    window = main_window
    with _searched_in_projector_mode_with_docks(qtbot, window, (1280, 720)) as panel:
        plot = panel.pareto
        focus(qtbot, panel.tabs.tabBar())
        press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # P&areto
        settle(qtbot, window)
        while QApplication.focusWidget() is not plot.plot:
            press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Right)  # (the front's first point, ringed)
        assert plot.walked == 0

        def clear_of_edges() -> list[tuple[float, float, float, float]]:
            """Each front point's and the star's room to the view's edges, in px, where
            less than a ring's half (and its pen's)."""
            view = plot.plot.getViewBox()
            box = view.sceneBoundingRect()
            points = [(o.figure(plot.x_name), o.figure(plot.y_name)) for o in plot.walk]
            star = plot.base_marker.getData()
            points += list(zip(star[0], star[1], strict=True))
            short = []
            for x, y in points:
                at = view.mapViewToScene(QPointF(float(x), float(y)))
                room = (
                    at.x() - box.left(),
                    box.right() - at.x(),
                    at.y() - box.top(),
                    box.bottom() - at.y(),
                )
                if min(room) < RING_PX / 2 + 1:
                    short.append(room)
            return short

        assert plot.walk and plot.base_marker.getData()[0].size == 1
        assert clear_of_edges() == [], plot.plot.getViewBox().sceneBoundingRect()
        focus(qtbot, window.body_panel.length.spin)  # (F5 is the window's key)
        for _ in range(2):  # projector mode off (a larger plot), and on again
            press_and_settle(qtbot, window, Qt.Key.Key_F5)
            assert clear_of_edges() == [], plot.plot.getViewBox().sceneBoundingRect()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_the_explorers_choices_read_as_the_controls_do(language, main_window, explorer):
    """The explorer wrote the build file's codes for the driven wheels, the induction and
    the gearbox in English: "fwd, rwd, awd", "na", "cvt" in the fields to vary, and
    "driven wheels rwd, aspiration na, gearbox cvt" in the best list, where the controls
    say "Rear-wheel drive", "Naturally aspirated", "CVT" (Japanese had the words). Now
    each choice reads as the control's, a capital aside (it stands within a sentence), and
    the list, cut in its cell in projector mode, is whole in the cell's tooltip."""
    from keiconfig.core.explore_space import CATALOGUE

    _, panel = explorer
    window = main_window
    for path, control in (
        ("drivetrain.driven", window.drivetrain_panel.driven),
        ("engine.aspiration", window.engine_panel.aspiration),
        ("drivetrain.transmission", window.drivetrain_panel.transmission),
    ):
        options = CATALOGUE[path].options
        row = list(CATALOGUE).index(path)
        every = panel.fields.item(row, 1).text()
        assert every == ", ".join(explore_dock.option_text(o) for o in options)
        # (the cell cuts a long list in a narrow explorer: its tooltip has it whole)
        assert panel.fields.item(row, 1).toolTip().endswith("\n" + every)
        for o in options:
            said = control.itemText(control._values.index(o))  # (its items in its order)
            shown = explore_dock.option_text(o)
            # (Japanese: the control adds the abbreviation, 自然吸気(NA), 四輪駆動(4WD))
            assert shown.casefold() == said.casefold() or shown in said, (path, o, shown, said)


def _axis_texts(plot, axis) -> list[str]:
    """The texts ``axis`` of ``plot`` (a plot widget) draws, recorded from its drawing."""
    drawn: list[str] = []
    draw = axis.drawPicture

    def record(p, axis_spec, tick_specs, text_specs):
        drawn.extend(text for _rect, _flags, text in text_specs)
        return draw(p, axis_spec, tick_specs, text_specs)

    axis.drawPicture = record
    try:
        axis.picture = None  # (drawn again, not played from its last picture)
        plot.grab()
    finally:
        del axis.drawPicture
    return drawn


def test_a_chart_writes_no_numbers_before_it_has_something_to_show(qtbot, explorer) -> None:
    """Before its first run each of the explorer's charts wrote 0.0 to 1.0 along both axes,
    and the map its colour scale 0 to 1 (seen on Xvfb + openbox at 1280x720 and 1920x1080,
    under "Draw the map: two fields, shaded by the objective."): numbers of nothing, which a
    class reads as a result. Now an empty chart has its axes without numbers; drawn, they
    have them."""
    _, panel = explorer
    panel.budget_box.setValue(200)
    panel.set_checked_fields(["engine.displacement_cc", "overrides.kerb_weight_kg"])

    def texts(chart):
        _show_chart(qtbot, panel, chart)
        said = {
            side: _axis_texts(chart.plot, chart.plot.getAxis(side)) for side in ("left", "bottom")
        }
        if chart is panel.map:
            said["scale"] = _axis_texts(chart.plot, chart.colour_bar.axis)
        return said

    charts = (panel.pareto, panel.tornado, panel.map)
    for chart in charts:
        assert all(not t for t in texts(chart).values()), (type(chart).__name__, texts(chart))
    for start in (panel.start_search, panel.start_tornado, panel.start_map):
        assert start()
        _wait(qtbot, panel)
    for chart in charts:
        said = texts(chart)
        assert all(said.values()), (type(chart).__name__, said)


@pytest.mark.desktop
def test_the_challenge_window_shows_its_whole_description_at_projector_size(main_window, qtbot):
    """In projector mode with the text two steps larger (F5, Ctrl+= twice) at 1280x720
    the challenge window's buttons made it some 910 px wide, but it kept the 300 px height
    it was given: the description's third line ('heavier than 700 kg.') was cut off under
    the rules. Each label now has the height its wrapped lines need."""
    from tests.ui.keys import focus, press

    main_window.resize(1280, 720)
    focus(qtbot, main_window.body_panel.name)
    try:
        press(Qt.Key.Key_F5)
        press(Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        press(Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        dialog = main_window.explore_tools.open_challenge(str(EXAMPLE))
        assert dialog is not None
        qtbot.waitExposed(dialog)
        qtbot.wait(10)  # (its layout placed)
        for label in dialog.labels:
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert dialog.explore_button.isVisible()
    finally:  # the application's text as it was, for the tests after this one
        main_window.classroom.projector_action.setChecked(False)
        main_window.zoom(None)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('{"format": "keiconfig-challenge", "title": "cut', "the file ends too early (at line 1)"),
        ("root:x:0:0:root:/root:/bin/bash\n", "this is not a keiconfig class challenge file"),
    ],
)
def test_a_broken_file_named_as_a_challenge_is_told_as_a_challenge(
    main_window, dialogs, tmp_path, text, says
):
    """A .challenge.json cut short, or not JSON at all (a link to /etc/passwd), given on
    the command line or dropped on the window, was refused as "Could not open the build",
    "this is not a keiconfig build file": the class's teacher sent a challenge."""
    bad = tmp_path / "race.challenge.json"
    bad.write_text(text)
    before = main_window.document.build
    assert main_window.open_path(bad, ask=False) is False
    title, message = dialogs.errors[-1]
    assert title == "Could not open the challenge"
    assert message.startswith(f"race.challenge.json: {says}"), message
    assert "build" not in message
    assert main_window.document.build == before


def test_a_build_named_as_a_challenge_still_opens_as_the_build(main_window, dialogs, tmp_path):
    build = resource_path("presets", "honda-beat-1991.kei.json")
    copy = tmp_path / "odd.challenge.json"
    shutil.copyfile(build, copy)
    assert main_window.open_path(copy, ask=False) is True
    assert main_window.document.build.name == json.loads(copy.read_text())["name"]
    assert not dialogs.errors
