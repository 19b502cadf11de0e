"""ResultsPanel: figures follow the document, change markers know which way is better."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFont, QPalette, QTextLayout

from keiconfig.core import presets
from keiconfig.core.build import Published
from keiconfig.ui import format as fmt
from keiconfig.ui import refresh, theme
from keiconfig.ui.panels.results_panel import ResultsPanel, change_marker


@pytest.fixture
def panel(qtbot, document):
    widget = ResultsPanel(document)
    qtbot.addWidget(widget)
    return widget


def test_figures_show_the_documents_performance(panel, document):
    perf = document.performance
    assert panel.figures["kerb_weight_kg"].value.text() == fmt.kg(perf.kerb_weight_kg)
    assert panel.figures["power_ps"].value.text() == fmt.power(perf.power_ps, perf.power_kw)
    assert panel.figures["zero_to_100kmh_s"].value.text() == fmt.seconds(perf.zero_to_100kmh_s)
    assert panel.figures["top_speed_kmh"].value.text() == fmt.kmh(perf.top_speed_kmh)


def test_no_change_markers_before_any_edit(panel):
    assert all(fig.marker.text() == "" for fig in panel.figures.values())


def test_heavier_pinned_weight_shows_worse_up_marker_and_undo_reverses_it(panel, document):
    document.change({"overrides.kerb_weight_kg": 1000.0}, "pin")
    document.change({"overrides.kerb_weight_kg": 1035.0}, "heavier")
    weight = panel.figures["kerb_weight_kg"]
    assert weight.value.text() == "1,035 kg"
    assert weight.marker.text() == "▲ 35 kg worse"
    assert weight.kind == "worse"
    colours = theme.colours(panel.palette())
    text_colour = weight.marker.palette().color(QPalette.ColorRole.WindowText)
    assert text_colour == colours.worse  # drawn in the "worse" colour, as well as worded
    assert "pinned" in weight.note.text()
    document.undo_stack.undo()
    assert weight.value.text() == "1,000 kg"
    assert weight.marker.text() == "▼ 35 kg better"
    assert weight.kind == "better"
    assert weight.marker.palette().color(QPalette.ColorRole.WindowText) == colours.better


def test_length_change_updates_weight_text_and_undo_restores(panel, document):
    before = panel.figures["kerb_weight_kg"].value.text()
    document.change({"body.length_mm": 2800, "body.height_mm": 1200}, "smaller")
    after = panel.figures["kerb_weight_kg"].value.text()
    assert after == fmt.kg(document.performance.kerb_weight_kg)
    assert after != before
    document.undo_stack.undo()
    assert panel.figures["kerb_weight_kg"].value.text() == before


def test_a_slider_drag_is_compared_with_the_value_before_the_drag(panel, document):
    merge = document.new_merge_id()
    for kg in (900.0, 950.0, 1000.0):
        document.change({"overrides.kerb_weight_kg": kg}, "drag", merge)
    # the first step of a drag is compared with the unpinned estimate; later steps merge
    document.change({"overrides.kerb_weight_kg": 800.0}, "pin")
    merge = document.new_merge_id()
    for kg in (810.0, 820.0, 830.0):
        document.change({"overrides.kerb_weight_kg": kg}, "drag", merge)
    refresh.frame().flush()  # the next frame: the drag's last state shown
    assert panel.figures["kerb_weight_kg"].marker.text() == "▲ 30 kg worse"


def test_a_drag_refreshes_the_figures_at_most_once_a_frame(panel, document):
    shown = panel.figures["kerb_weight_kg"].value
    merge = document.new_merge_id()
    document.change({"overrides.kerb_weight_kg": 900.0}, "drag", merge)
    assert shown.text() == fmt.kg(900.0)  # the drag's first move: at once
    for kg in (910.0, 920.0, 930.0):  # more moves before the next frame: waiting
        document.change({"overrides.kerb_weight_kg": kg}, "drag", merge)
    assert shown.text() == fmt.kg(900.0)
    frame = refresh.frame()
    assert frame.timer.isActive() and frame.timer.interval() == refresh.FRAME_MS
    frame.timer.timeout.emit()  # the frame comes: once, with the latest build
    assert shown.text() == fmt.kg(930.0)
    document.change({"overrides.kerb_weight_kg": 700.0}, "a step of its own")
    assert shown.text() == fmt.kg(700.0)  # not a drag: at once


def test_more_power_is_better(panel, document):
    document.change({"overrides.power_ps": 50.0}, "pin power")
    document.change({"overrides.power_ps": 60.0}, "more power")
    power = panel.figures["power_ps"]
    assert power.marker.text().startswith("▲ 10 PS")
    assert power.kind == "better"


def test_published_figures_are_shown_beside_the_models(panel, document):
    build = document.build.model_copy(
        update={"published": Published(zero_to_100kmh_s=12.1, kerb_weight_kg=830)}
    )
    document.replace(build, "published")
    assert "published: 12.1\N{NO-BREAK SPACE}s" in panel.figures["zero_to_100kmh_s"].note.text()
    assert "published: 830\N{NO-BREAK SPACE}kg" in panel.figures["kerb_weight_kg"].note.text()


def _lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` as a word-wrapping label of ``width`` pixels breaks it into lines."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_a_wrapped_note_keeps_each_published_figure_with_its_unit(panel, document):
    """The Honda Beat's cards in a narrow window: "published: 135 km/h" wrapped as
    "published: 135" over "km/h", and "published: 60" over "N·m"."""
    document.reset(presets.load_preset("honda-beat-1991").build)
    unit_first = re.compile(r"\s*(kg|N·m|km/h|PS|s)\b")
    for key in ("kerb_weight_kg", "torque_nm", "top_speed_kmh"):
        note = panel.figures[key].note
        assert "published" in note.text()
        for width in range(20, 500, 2):
            lines = _lines(note.text(), note.font(), width)
            assert not any(unit_first.match(line) for line in lines[1:]), (key, width, lines)
    assert panel.figures["quarter_mile_s"].note.text() == ""


def test_era_change_leaves_figures_and_markers_alone(panel, document):
    document.change({"overrides.kerb_weight_kg": 1000.0}, "pin")
    marker = panel.figures["kerb_weight_kg"].marker.text()
    document.set_era("1976")
    assert panel.figures["kerb_weight_kg"].marker.text() == marker


def test_weight_breakdown_lists_every_part(panel, document):
    names = {p.name for p in document.performance.weight_parts}
    assert {p.name for p in panel.weight_bars.parts} == names
    for part in document.performance.weight_parts:
        assert part.name in panel.weight_bars.accessibleDescription()


@pytest.mark.parametrize(
    ("old", "new", "unit", "decimals", "lower_better", "expected"),
    [
        (10.6, 10.2, "s", 1, True, ("▼ 0.4 s", "better")),
        (10.2, 10.6, "s", 1, True, ("▲ 0.4 s", "worse")),
        (800.0, 835.0, "kg", 0, True, ("▲ 35 kg", "worse")),
        (130.0, 120.0, "km/h", 0, False, ("▼ 10 km/h", "worse")),
        (64.0, 64.2, "PS", 0, False, ("", "")),  # not visible at the shown precision
        (10.0, None, "s", 1, True, ("▲ never", "worse")),
        (None, 10.0, "s", 1, True, ("▼ reached", "better")),
        (None, None, "s", 1, True, ("", "")),
        # An electric car's range appears when a petrol car becomes electric: no marker.
        (None, 180.0, "km", 0, False, ("", "")),
        (180.0, None, "km", 0, False, ("", "")),
        # The difference of the figures as shown (a Sakura given 60 kWh, then 80 kW, went
        # from 17.0 s to 10.7 s "▼ 6.2 s better" and from 501 km to 493 km "▼ 9 km worse")
        (16.96, 10.74, "s", 1, True, ("▼ 6.3 s", "better")),
        (501.4, 492.6, "km", 0, False, ("▼ 8 km", "worse")),
        (1287.6, 1334.4, "kg", 0, True, ("▲ 46 kg", "worse")),
    ],
)
def test_change_marker_direction(old, new, unit, decimals, lower_better, expected):
    assert change_marker(old, new, unit, decimals, lower_better) == expected


def test_formatting_helpers():
    assert fmt.mm(3395) == "3,395 mm"
    assert fmt.power(64, 47.07) == "64 PS (47 kW)"
    assert fmt.seconds(10.23) == "10.2 s"
    assert fmt.seconds(None) == "—"
    assert fmt.seconds(float("inf")) == "—"
    assert fmt.number(2.5) == "3"


def test_panel_draws_at_projector_size(panel, document, qapp):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    old = QApplication.font()
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * 2)
    try:
        QApplication.setFont(big)
        qapp.processEvents()
        value_font = panel.figures["kerb_weight_kg"].value.font()
        assert value_font.pointSizeF() >= big.pointSizeF() * 1.9
        panel.resize(1400, 1300)
        assert not panel.grab().toImage().isNull()
    finally:
        QApplication.setFont(old)
        qapp.processEvents()


def test_marker_colours_follow_their_kind_through_a_drag_and_a_dark_palette(panel, document):
    """Each marker in its kind's colour at every frame of a drag that flips markers between
    better, worse and none, and in the dark palette's colours once the palette changes."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.palette import dark_palette

    def check() -> None:
        c = theme.colours(panel.palette())
        for key, fig in panel.figures.items():
            want = {"better": c.better, "worse": c.worse}.get(fig.kind, c.text)
            assert fig.marker.palette().color(QPalette.ColorRole.WindowText) == want, key

    merge = document.new_merge_id()
    kinds = set()
    start = document.build.body.length_mm
    for length in (3200, 3600, start, 3100, 3100, 3700, start):
        document.change({"body.length_mm": length}, "drag", merge)
        refresh.frame().flush()
        kinds.add(panel.figures["kerb_weight_kg"].kind)
        check()
    assert kinds == {"better", "worse", ""}
    with dark_palette():
        check()
        document.change({"body.length_mm": 3300}, "drag", merge)
        refresh.frame().flush()
        QApplication.processEvents()
        check()
    check()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_a_change_marker_and_a_published_note_do_not_overlap(size, main_window_factory, qtbot):
    """The Cappuccino (published weight and top speed) at 1280x720 and 1920x1080, then a
    supercharger: each card's change marker ("▲ 2 kg worse") and its note ("published:
    679 kg") side by side, apart, the note no narrower than its longest word. Before, at
    1280x720 the card was planned as narrow as the note wrapped to nothing beside the
    marker, and the two were drawn over each other."""
    window = main_window_factory()
    window.resize(*size)
    cappuccino = next(p for p in presets.list_presets() if "Cappuccino" in p.build.name)
    try:
        window.open_preset(cappuccino.build)
        window.document.change({"engine.aspiration": "supercharger"}, "Change induction")
        qtbot.waitUntil(lambda: window.results_panel.figures["kerb_weight_kg"].marker.text() != "")
        qtbot.wait(100)  # the dashboard's plan, after the change
        both = [
            f
            for f in window.results_panel.figures.values()
            if f.isVisible() and f.marker.isVisible() and f.note.isVisible() and f.note.text()
        ]
        assert both, "no card shows a marker and a note"
        for f in both:
            assert f.note.width() >= f.note.minimumSizeHint().width(), f.note.text()
            assert f.marker.geometry().right() < f.note.geometry().left(), (
                f.marker.text(),
                f.note.text(),
            )
    finally:
        window.document.undo_stack.setClean()


@pytest.mark.desktop
@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
def test_a_change_marker_and_its_note_have_a_gap_between_their_texts(
    language, size, projector, main_window_factory, qtbot
):
    """The Beat made 2 kg heavier: in Japanese in projector mode at 1920x1080 the kerb
    weight's change marker and its note read '▲ 2 kg 悪化カタログ値:760 kg', the two texts
    touching (the card as wide as both). There are two spaces of the marker's text between
    them now, at either size, in either mode and language, and the note is never cut."""
    from PySide6.QtCore import Qt

    from tests.ui.keys import focus
    from tests.ui.test_layout import press_and_settle, resize_on_screen, settle

    window = main_window_factory()
    resize_on_screen(qtbot, window, *size)
    window.open_preset(presets.load_preset("honda-beat-1991").build)
    focus(qtbot, window.body_panel.length.slider)
    try:
        if projector:
            press_and_settle(qtbot, window, Qt.Key.Key_F5)
        window.document.change({"body.length_mm": 3310}, "Change length")
        settle(qtbot, window)
        fig = window.results_panel.figures["kerb_weight_kg"]
        assert fig.marker.text() and fig.note.text()
        if not fig.note.isVisible():
            return  # (the notes gave way to the figures: nothing beside the marker)
        marker_font = fig.marker.fontMetrics()
        marker_text_right = (
            fig.marker.x() + fig.marker.contentsRect().left()
            + marker_font.horizontalAdvance(fig.marker.text())
        )  # fmt: skip
        note_font = fig.note.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignRight) | int(Qt.TextFlag.TextWordWrap)
        drawn = note_font.boundingRect(0, 0, fig.note.width(), 10_000, flags, fig.note.text())
        note_text_left = fig.note.x() + drawn.left()
        gap = note_text_left - marker_text_right
        assert gap >= marker_font.horizontalAdvance("  ") - 1, (
            fig.marker.text(),
            fig.note.text(),
            gap,
        )
        assert drawn.width() <= fig.note.width()  # (never cut: "…760 k")
        assert fig.note.height() >= drawn.height(), fig.note.text()
    finally:
        window.classroom.projector_action.setChecked(False)
        window.document.undo_stack.setClean()


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_a_time_out_of_reach_after_a_change_is_said_in_words(language, panel, document):
    """The model year set to 1945 (the era's speed limit: the car no longer reaches
    100 km/h) read "▲ never worse" under the 0–100 time, the opposite of what it meant,
    and "▲ never 悪化" in Japanese. Set back: it reaches it again, and says so."""
    fig = panel.figures["zero_to_100kmh_s"]
    assert fmt.is_number(document.performance.zero_to_100kmh_s)
    document.change({"year": 1945}, "Change year")
    assert not fmt.is_number(document.performance.zero_to_100kmh_s)
    # (the Japanese as the shipped catalogue has it; tests/test_translations_complete.py
    # makes sure it has one)
    assert (fig.marker.text(), fig.kind) == (panel.tr("▲ out of reach"), "worse")
    assert "never" not in fig.marker.text()
    document.change({"year": None}, "Change year")
    assert (fig.marker.text(), fig.kind) == (panel.tr("▼ within reach"), "better")
    if language == "en":
        assert fig.marker.text() == "▼ within reach"


@pytest.mark.parametrize("width", [520, 700])
def test_the_weight_parts_are_named_whole_while_the_bars_have_room(panel, document, width):
    """The Nissan Sakura's weight at 1920x1080 (the bars 520 px wide) named a part
    "brakes and tyres for the ..." beside bars with room to spare: the names had a third
    of the width. They now take what the longest needs while the bars keep their share."""
    from keiconfig.ui.panels.results_panel import BAR_SHARE

    document.reset(presets.load_preset("nissan-sakura-2022").build)
    bars = panel.weight_bars
    assert "brakes and tyres for the power" in bars.names  # (the name this is about)
    bars.resize(width, bars.height())
    name_w, bar_w, num_w = bars.columns()
    fm = bars.fontMetrics()
    for name in bars.names:
        assert fm.horizontalAdvance(name) <= name_w - 6, (name, name_w)
    assert bar_w >= BAR_SHARE * width and name_w + bar_w + num_w == width
    bars.resize(200, bars.height())  # a narrow column: the names give way, not the bars
    name_w, bar_w, num_w = bars.columns()
    assert name_w >= 200 // 3 and bar_w >= 10


def test_a_wrapped_note_never_breaks_a_unit_at_its_slash(panel, document):
    """The Nissan Sakura's top speed card in projector mode at 1920x1080 read
    "published: 130 km/" over "h": the no-break space kept the number with its unit, and
    Qt broke after the slash instead. The quantity is now whole on one line at any width."""
    document.reset(presets.load_preset("nissan-sakura-2022").build)
    note = panel.figures["top_speed_kmh"].note
    assert "published" in note.text()
    font = QFont(note.font())
    for size in (9.0, 14.0):  # normal and projector
        font.setPointSizeF(size)
        for width in range(20, 400, 2):
            lines = [
                line.replace("\N{WORD JOINER}", "") for line in _lines(note.text(), font, width)
            ]
            assert any("130\N{NO-BREAK SPACE}km/h" in line for line in lines), (width, lines)


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_a_time_the_car_never_reaches_says_out_of_reach_as_the_gallery_does(
    language, panel, document
):
    """The Subaru 360 (top speed 95 km/h) showed a bare '—' on its 0–100 km/h card, which
    says nothing read aloud, where the preset gallery says "out of reach" (到達せず). The
    card now says the same words, and its tooltip and what a screen reader hears say why."""
    document.reset(presets.load_preset("subaru-360-1958").build)
    perf = document.performance
    assert perf.zero_to_100kmh_s is None and perf.zero_to_60mph_s is None
    words = "out of reach" if language == "en" else "到達せず"
    for key, target in (("zero_to_100kmh_s", "100 km/h"), ("zero_to_60mph_s", "60 mph")):
        fig = panel.figures[key]
        assert fig.value.text() == words
        assert fmt.MISSING not in fig.value.text()
        if language == "en":
            why = f"The model's run never reaches {target} (top speed 95 km/h)"
        else:
            why = f"モデルの加速では{target}に達しません(最高速度 95 km/h)"
        assert fig.toolTip() == why
        assert fig.accessibleDescription().startswith(words) and why in fig.accessibleDescription()
    # a distance is covered: its time stands, with no sentence
    mile = panel.figures["standing_400m_s"]
    assert mile.value.text() == fmt.seconds(perf.standing_400m_s) and not mile.toolTip()
    # a car that reaches 100 km/h: the time again, and the sentence gone
    document.reset(presets.load_preset("honda-beat-1991").build)
    fig = panel.figures["zero_to_100kmh_s"]
    assert fig.value.text() == fmt.seconds(document.performance.zero_to_100kmh_s)
    assert fig.toolTip() == "" and "100 km/h" not in fig.accessibleDescription()
