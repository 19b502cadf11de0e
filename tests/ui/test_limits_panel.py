"""What limits me: the sentence under the plot and the ranked single changes."""

from __future__ import annotations

import html
import itertools
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextLayout
from PySide6.QtWidgets import QApplication

from keiconfig.core import presets
from keiconfig.ui.panels.limits_panel import sentence_html
from tests.ui.timers import run_window_timers


def _panel(window):
    c = window.classroom
    c.dock.show()
    c.tabs.setCurrentIndex(0)
    c.limits_panel.update_now()
    return c.limits_panel


def test_sentence_sits_under_the_speed_plot(main_window, qtbot):
    main_window.resize(1280, 820)  # the first-start size on a laptop screen
    sentence = main_window.classroom.limits_panel.sentence
    qtbot.waitUntil(sentence.isVisible)
    assert sentence.parent() is main_window.plots_panel
    assert sentence.isVisible()
    assert "What limits it" in sentence.text()


def test_sentence_changes_when_the_car_becomes_traction_limited(main_window, qtbot):
    doc = main_window.document
    panel = main_window.classroom.limits_panel
    panel.update_now()
    assert "wheelspin" not in panel.sentence.accessibleDescription().lower()
    doc.change(
        {"engine.aspiration": "turbo", "engine.power_cap_ps": None, "overrides.power_ps": 200},
        "Lots of power",
    )
    # at once, like the plot's shading: no waiting for the suggestions' pause
    assert "wheelspin" in panel.sentence.accessibleDescription().lower()
    assert "Wheelspin" in panel.sentence.text() or "wheelspin" in panel.sentence.text()
    top = f"{doc.performance.top_speed_kmh:.0f} km/h"
    assert top in panel.sentence.accessibleDescription()


def test_limit_words_take_the_plot_shading_colour():
    from keiconfig.ui import theme
    from keiconfig.ui.panels.limits_panel import blend

    c = theme.colours()
    text = sentence_html("Wheelspin limits it up to 40 km/h, then air drag.", c)
    assert blend(c.limit_fill("traction"), c.base).name() in text
    assert blend(c.limit_fill("drag"), c.base).name() in text
    assert "Wheelspin" in text and "air drag" in text


def test_a_shaded_japanese_term_has_no_space_before_a_mark():
    """A shaded term's padding (a no-break space each side, inside its shade) read as a
    space before a Japanese mark, whose glyph has its own room: '空気抵抗 、'. None beside
    a mark now; beside other words the term keeps its padding, as in English."""
    from PySide6.QtGui import QTextDocument

    from keiconfig.ui import theme

    sentence = "その後は空気抵抗、最後は\uff08エンジン出力\uff09が制限します。"  # (full width)
    spans = [
        (sentence.index("空気抵抗"), sentence.index("空気抵抗") + 4, "drag"),
        (sentence.index("エンジン出力"), sentence.index("エンジン出力") + 6, "power"),
    ]
    page = QTextDocument()
    page.setHtml(sentence_html(sentence, theme.colours(), spans))
    shown = page.toPlainText().replace("\N{WORD JOINER}", "").replace("\N{ZERO WIDTH SPACE}", "")
    assert "空気抵抗、" in shown, shown
    assert "\uff08エンジン出力\uff09" in shown, shown
    # (its padding before, beside a word; the page gives a no-break space as a space)
    assert "その後は 空気抵抗" in shown
    english = sentence_html("Wheelspin limits it up to 40 km/h, then air drag.", theme.colours())
    page.setHtml(english)
    assert " air drag ." in page.toPlainText()


def test_clicking_a_suggestion_applies_it_and_undo_restores(main_window, qtbot):
    doc = main_window.document
    panel = _panel(main_window)
    assert panel.suggestions
    first = panel.suggestions[0]
    assert panel.buttons[0].text().startswith(first.label)
    before = doc.build
    qtbot.mouseClick(panel.buttons[0], Qt.MouseButton.LeftButton)
    assert doc.build != before
    assert doc.undo_stack.undoText() == "Apply " + first.label[0].lower() + first.label[1:]
    doc.undo_stack.undo()
    assert doc.build == before


def test_going_above_the_power_agreement_is_not_called_breaking_the_rules(main_window):
    """The Cappuccino's "Remove the 64 PS cap" said "⚠ breaks the 1998 rules (power)",
    while the compliance panel beside it says the 64 PS ceiling is the makers'
    agreement, not law, and the car stays a kei car."""
    main_window.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    main_window.document.set_era("1998")
    panel = _panel(main_window)
    keys = [s.key for s in panel.suggestions]
    uncap = panel.buttons[keys.index("uncap")].text()
    assert uncap.startswith("Remove the 64 PS cap")
    assert uncap.endswith("⚠ above the makers' power agreement (not law)")
    assert "breaks" not in uncap
    assert main_window.document.compliance.ok  # still a kei car: the law is kept


def test_a_file_that_breaks_the_rules_already_is_not_told_each_change_breaks_them(
    main_window, tmp_path
):
    """The real way to a warning in this list: a shared file of a Cappuccino stretched to
    3,500 mm (the 1998 rules allow 3,400), opened. The compliance panel says it breaks the
    length rule; the changes offered do not each say they break it too (none makes it
    worse), and 'Remove the 64 PS cap' still says it goes above the makers' agreement.
    (No change offered breaks a law, so the list has no words for one:
    tests/core/test_suggestions.py::test_no_change_offered_breaks_a_law_only_the_power_agreement.)"""
    from keiconfig.core import files
    from keiconfig.core.build import changed

    cappuccino = presets.load_preset("suzuki-cappuccino-1991").build
    path = tmp_path / "stretched.kei.json"
    files.save_build(changed(cappuccino, {"body.length_mm": 3500}), path)
    assert main_window.open_path(path, ask=False)
    doc = main_window.document
    doc.set_era("1998")
    assert [r.name for r in doc.compliance.checks if not r.ok] == ["length"]
    panel = _panel(main_window)
    shown = {s.key: b.text() for s, b in zip(panel.suggestions, panel.buttons, strict=False)}
    assert len(shown) > 5
    assert shown["uncap"].endswith("⚠ above the makers' power agreement (not law)")
    assert not [text for text in shown.values() if "breaks" in text]


def test_a_wrapped_suggestion_keeps_each_figure_with_its_unit(main_window):
    """In the projector's narrow dock "Supercharger instead of turbo: −0.3 s, +2 kg"
    wrapped as "… +2" over "kg"."""
    main_window.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    panel = _panel(main_window)
    unit_first = re.compile(r"\s*(s|kg|mm|cc|PS)\b")
    shown = [b for b in panel.buttons if b.text()]
    assert any(" kg" in b.text() for b in shown)
    for button in shown:
        label = button.label
        assert label.text().replace("\N{NO-BREAK SPACE}", " ") == button.text()
        for width in range(40, 600, 4):
            layout = QTextLayout(label.text(), label.font())
            layout.beginLayout()
            starts = []
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                starts.append(label.text()[line.textStart() :])
            layout.endLayout()
            assert not any(unit_first.match(rest) for rest in starts[1:]), (width, starts)


def test_long_suggestions_wrap_instead_of_being_cut(projector_off, main_window, qtbot):
    main_window.resize(1920, 1080)
    main_window.classroom.projector_action.setChecked(True)  # large text, narrow dock
    # (it once set the 1955 rules, "most changes break these rules: the longest texts";
    # the default car's 658 cc breaks them already, so no change says so: its longest
    # text, some 67 characters, is the same under any era's rules)
    panel = _panel(main_window)
    area = main_window.classroom.tabs.widget(0)
    qtbot.waitUntil(lambda: panel.buttons and panel.buttons[0].label.width() > 0)
    qtbot.wait(20)  # the window system's events
    run_window_timers(main_window)  # the layout's timers, fired
    shown = [b for b in panel.buttons if b.isVisible()]
    assert shown
    assert max(len(b.text()) for b in shown) > 40
    for b in shown:
        assert b.label.height() >= b.label.heightForWidth(b.label.width())  # all of it shows
        assert b.geometry().right() <= area.viewport().width()  # no sideways scrolling
    assert any(b.height() > 1.6 * b.fontMetrics().height() + b.PAD for b in shown)  # wrapped


@pytest.fixture
def projector_off(main_window):
    """Projector mode sets the application's font and palette: put them back for later tests."""
    yield
    main_window.classroom.projector_action.setChecked(False)


def _shown(panel):
    return [b for b in panel.buttons if not b.isHidden()]


def test_the_panel_says_about_the_same_and_never_shows_a_gearbox_gain_real_cars_deny(
    main_window,
):
    """The Cappuccino's list read "CVT: −0.2 s, +20 kg" and "Supercharger instead of
    turbo: −0.3 s, +2 kg" among the gains; the Beat's "CVT: −0.9 s, +19 kg". Now what the
    model cannot tell apart, or real cars do not show, is about the same, under its own
    heading, and the tooltip says why."""
    main_window.open_preset(presets.load_preset("suzuki-cappuccino-1991").build)
    panel = _panel(main_window)
    texts = {s.key: b.text() for s, b in zip(panel.suggestions, _shown(panel), strict=True)}
    assert texts["cvt"].startswith("CVT: about the same (−0.")
    # within the model's own margin (2.6 % of 10.9 s since round 8; until then "about the
    # same in real cars (the model says −0.3 s)"): about the same by the model's measure
    assert texts["supercharger"] == "Supercharger instead of turbo: about the same (−0.3 s), +2 kg"
    assert texts["lighter"] == "50 kg lighter: −0.7 s, −50 kg"  # beyond the margin: a gain
    keys = list(texts)
    sc = panel.buttons[keys.index("supercharger")]
    assert "88 N·m" in sc.toolTip() and "88 N·m" in sc.accessibleDescription()
    # the heading sits between the last gain and the first change about the same
    heading = panel.same_heading
    assert heading.isVisible()
    # 2.6 % of the Cappuccino's 10.9 s (model.md's pinned-time error on unseen cars, 2.1 %
    # until the NA ceiling's refit moved it: ±0.2 s then; 2.4 % until round 8 ran the
    # leave-one-out column again)
    assert heading.text() == "About the same: within ±0.3 s, which the model cannot tell apart"
    first_same = next(i for i, s in enumerate(panel.suggestions) if s.verdict == "about the same")
    assert first_same > 0 and panel.suggestions[first_same - 1].verdict == "quicker"
    above, below = panel.buttons[first_same - 1], panel.buttons[first_same]
    assert above.geometry().bottom() < heading.geometry().top()
    assert heading.geometry().bottom() < below.geometry().top()
    assert not panel.empty.isVisible()  # there are gains

    main_window.open_preset(presets.load_preset("honda-beat-1991").build)
    panel = _panel(main_window)
    shown = [b.text() for b in _shown(panel)]
    cvt = next(t for t in shown if t.startswith("CVT"))
    assert cvt.startswith("CVT: about the same in real cars (the model says −0.9 s)")
    assert not any(re.match(r"CVT: −", t) for t in shown)
    # the slower changes have their own heading too, above the first of them
    verdicts = [s.verdict for s in panel.suggestions]
    assert "slower" in verdicts  # the Beat's list has room for one
    first_slower = verdicts.index("slower")
    assert panel.slower_heading.isVisible() and panel.slower_heading.text() == "Slower"
    top = panel.slower_heading.geometry()
    assert panel.buttons[first_slower - 1].geometry().bottom() < top.top()
    assert top.bottom() < panel.buttons[first_slower].geometry().top()


def test_a_car_of_1958_is_not_offered_what_no_car_had_yet(main_window):
    main_window.open_preset(presets.load_preset("subaru-360-1958").build)
    panel = _panel(main_window)
    shown = [b.text() for b in _shown(panel)]
    assert shown and not any(t.startswith(("Turbo", "CVT", "Twin-clutch")) for t in shown)


@pytest.mark.parametrize("preset", ["honda-beat-1991", "suzuki-cappuccino-1991"])
def test_the_list_says_how_many_changes_it_leaves_out(main_window, preset):
    """The list shows the first ten changes; the rest (the Beat has 13, the last three
    slower) were dropped without a word, so a class could think the list was all there is.
    Under the last button it now says how many more there are, and what kind."""
    from keiconfig.core import suggestions
    from keiconfig.ui.panels.limits_panel import MAX_SHOWN

    main_window.open_preset(presets.load_preset(preset).build)
    panel = _panel(main_window)
    doc = main_window.document
    found = suggestions.suggestions(doc.build, era_id=doc.era, base=doc.performance)
    left_out = found[MAX_SHOWN:]
    assert left_out, "the case needs a list longer than the panel shows"
    assert panel.more.isVisible()
    n = len(left_out)
    kind = "that make it slower" if all(s.verdict == "slower" for s in left_out) else ", not shown"
    assert panel.more.text().startswith(f"…and {n} more change")
    assert kind in panel.more.text()
    last = _shown(panel)[-1]
    assert last.geometry().bottom() < panel.more.geometry().top()  # under the list


def test_a_japanese_limit_term_never_breaks_inside_its_word(main_window):
    """In Japanese at 1280x720 (a live switch, Xvfb + openbox) the sentence under the
    speed plot broke a shaded term inside its word at a line's end ('空気' / '抵抗',
    'スピードリミッ' / 'ター'), and a figure from its unit ('その後139' / 'km/hまでは'). Each
    shaded term is now one unbreakable word and a figure keeps to its unit: laid out at
    any width of the sentence, each sits on one line."""
    import re

    from PySide6.QtGui import QTextDocument

    from keiconfig.core import explain
    from keiconfig.ui import i18n, theme
    from keiconfig.ui.app import make_app

    make_app()
    i18n.set_language("ja")
    try:
        summary = explain.limit_summary(main_window.document.performance)
        # (as the panel shows it: keep_units keeps 'km/h' whole)
        html_text = i18n.keep_units(sentence_html(summary.sentence, theme.colours(), summary.spans))
        terms = [summary.sentence[a:b] for a, b, _ in summary.spans]
        assert "スピードリミッター" in terms, terms
        font = main_window.classroom.limits_panel.sentence.font()
        for width in range(150, 700, 5):  # wherever the lines end
            page = QTextDocument()
            page.setDefaultFont(font)
            page.setHtml(html_text)
            page.setTextWidth(width)
            page.size()  # (laid out)
            layout = page.firstBlock().layout()
            assert layout.lineCount() >= 1
            plain = page.toPlainText()
            for term in terms:
                found = re.search("\N{WORD JOINER}?".join(map(re.escape, term)), plain)
                assert found is not None, (term, plain)
                first = layout.lineForTextPosition(found.start()).lineNumber()
                last = layout.lineForTextPosition(found.end() - 1).lineNumber()
                assert first == last, (width, term)
            joiner = "\N{WORD JOINER}?"
            figure_re = "\\d+[ \N{NO-BREAK SPACE}]km" + joiner + "/" + joiner + "h"
            figures = list(re.finditer(figure_re, plain))
            assert figures, plain
            for figure in figures:
                first = layout.lineForTextPosition(figure.start()).lineNumber()
                last = layout.lineForTextPosition(figure.end() - 1).lineNumber()
                assert first == last, (width, figure.group())
    finally:
        i18n.set_language("en")


def _line_ends(html_text: str, font, width: int) -> list[tuple[str, str]]:
    """The sentence laid out at ``width`` as the label lays it out: each line's last
    letter and the next line's first (spaces and word joiners left out)."""
    from PySide6.QtGui import QTextDocument

    page = QTextDocument()
    page.setDefaultFont(font)
    page.setHtml(html_text)
    page.setTextWidth(width)
    page.size()  # (laid out)
    lines = []
    block = page.firstBlock()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            lines.append(text[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    # (the spaces: a shaded term's, no-break; the zero-width ones on either side of it)
    shown = [
        line.replace("\N{WORD JOINER}", "").replace("\N{ZERO WIDTH SPACE}", " ") for line in lines
    ]
    return [(a[-1:], b[:1]) for a, b in itertools.pairwise(shown) if a and b]


def _breaks_inside_a_word(html_text: str, font, letters: int, widest: int) -> list:
    """Each width from ``letters`` Japanese letters to ``widest`` px (10 px steps) at which
    the text, laid out as the label lays it out, breaks a line between two letters, with
    those two letters: [] where every line ends at a space or punctuation mark."""
    from keiconfig.ui import i18n

    letter = re.compile(f"[{i18n.CJK_LETTERS}A-Za-z0-9]")
    narrowest = letters * QFontMetrics(font).horizontalAdvance("あ")
    found = []
    for width in range(narrowest, widest, 10):
        inside = [
            f"{a}|{b}"
            for a, b in _line_ends(html_text, font, width)
            if letter.match(a) and letter.match(b)
        ]
        if inside:
            found.append((width, inside))
    return found


@pytest.mark.parametrize("preset_id", presets.preset_ids())
def test_the_japanese_sentence_breaks_between_phrases_only(main_window, preset_id):
    """At 1920x1080 in Japanese the sentence under the speed plot broke inside its
    words: '1.1秒のロ' / 'ス。', '138 km/hまで' / 'は', and its gearing sentence
    anywhere. For every preset, laid out at any width from 28 Japanese letters up (the
    sentence is shown 31 to 120 wide at 1280x720 to 1920x1080, normal and F5, docks open
    or not), each line now ends at a space or a punctuation mark, not inside a word or
    between a figure and its word."""
    from keiconfig.ui import i18n
    from keiconfig.ui.app import make_app

    make_app()
    i18n.set_language("ja")
    try:
        main_window.open_preset(presets.load_preset(preset_id).build)
        panel = main_window.classroom.limits_panel
        panel.update_now()
        text, font = panel.sentence.text(), panel.sentence.font()
        assert "加速を制限するもの" in text.replace("\N{WORD JOINER}", "")
        assert not _breaks_inside_a_word(text, font, 28, 1000)
    finally:
        main_window.document.undo_stack.setClean()
        i18n.set_language("en")


def test_the_japanese_shading_legend_breaks_between_words_only(main_window):
    """The legend between the speed plot and its sentence broke inside a limit's name at
    1920x1080 in Japanese ('回転上限・ス' / 'ピードリミッター'). Laid out at any width from
    28 Japanese letters up, each of its lines ends at a space or punctuation mark."""
    from keiconfig.ui import i18n
    from keiconfig.ui.app import make_app

    make_app()
    i18n.set_language("ja")
    try:
        main_window.open_preset(presets.load_preset("honda-beat-1991").build)
        QApplication.processEvents()  # (the language's change reaches the panel)
        legend = main_window.plots_panel.legend
        text, font = legend.text(), legend.font()
        assert "スピードリミッター" in text.replace("\N{WORD JOINER}", "")
        assert not _breaks_inside_a_word(text, font, 28, 1000)
    finally:
        main_window.document.undo_stack.setClean()
        i18n.set_language("en")


def test_the_japanese_list_headings_break_between_words_only(main_window):
    """In a narrow Classroom at 1280x720 the list's heading in Japanese broke inside a
    word: '…タイムの変化(クリックで適' / '用)'. Its headings, laid out at any width from 14
    Japanese letters up, now end each line at a space or punctuation mark."""
    from keiconfig.ui import i18n
    from keiconfig.ui.app import make_app

    make_app()
    i18n.set_language("ja")
    try:
        main_window.open_preset(presets.load_preset("honda-beat-1991").build)
        panel = _panel(main_window)
        for heading in (panel.heading, panel.same_heading):
            text, font = heading.text(), heading.font()
            plain = text.replace("\N{WORD JOINER}", "")
            assert "クリックで適用" in plain or "ほぼ同じ" in plain
            # (ZWSP: a space)
            assert not _breaks_inside_a_word(html.escape(text), font, 14, 700), text
    finally:
        main_window.document.undo_stack.setClean()
        i18n.set_language("en")


@pytest.mark.parametrize("preset_id", presets.preset_ids())
def test_the_japanese_suggestions_break_between_words_only(main_window, preset_id):
    """The Classroom's suggestion buttons in Japanese, in projector mode at 1280x720, broke
    inside a time: '最終減速比を10 %ローに(6.23):ほぼ同じ(+0.2' / '秒)'. For every preset,
    each button's text laid out at any width from 18 Japanese letters (the buttons are
    20.8 wide in projector mode at 1280x720, 32 to 35 in normal text; a phrase such as
    'NAをスーパーチャージャーに:' is 15 and must break somewhere below that) to 700 px
    ends each line at a space or a punctuation mark."""
    from keiconfig.ui import i18n
    from keiconfig.ui.app import make_app

    make_app()
    i18n.set_language("ja")
    try:
        main_window.open_preset(presets.load_preset(preset_id).build)
        panel = _panel(main_window)
        shown = [b for b in panel.buttons if not b.isHidden()]
        assert shown
        for button in shown:
            text, font = button.label.text(), button.label.font()
            nbsp = "\N{NO-BREAK SPACE}"
            said = text.replace("\N{WORD JOINER}", "").replace(nbsp, " ")
            assert said == button.text().replace(nbsp, " ")  # the words themselves as they were
            assert not _breaks_inside_a_word(html.escape(text), font, 18, 700), text
        if not panel.more.isHidden():  # '…(表示していませ' / 'ん)。' under them
            text, font = panel.more.text(), panel.more.font()
            assert not _breaks_inside_a_word(html.escape(text), font, 18, 700), text
    finally:
        main_window.document.undo_stack.setClean()
        i18n.set_language("en")
