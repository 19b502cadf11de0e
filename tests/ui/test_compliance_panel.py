"""CompliancePanel: rows follow the document and the era; the limit itself passes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from keiconfig.core import regulations
from keiconfig.ui import theme
from keiconfig.ui.panels.compliance_panel import CompliancePanel, era_label


@pytest.fixture
def panel(qtbot, document):
    widget = CompliancePanel(document)
    qtbot.addWidget(widget)
    return widget


AT_LIMIT = {
    "body.length_mm": 3400,
    "body.width_mm": 1480,
    "body.height_mm": 2000,
    "engine.displacement_cc": 660,
}


def test_era_selector_lists_every_era_and_defaults_to_current(panel):
    ids = [panel.era_combo.itemData(i) for i in range(panel.era_combo.count())]
    assert ids == [e.id for e in regulations.eras()]
    assert panel.era_combo.currentData() == regulations.CURRENT_ERA
    assert panel.era_combo.currentText() == "Since Oct 1998 — 3.4 × 1.48 × 2.0 m, 660 cc"


def test_era_label_of_an_early_era_names_two_stroke_limit():
    assert era_label(regulations.era("1949")) == (
        "Since Jul 1949 — 2.8 × 1.0 × 2.0 m, 150 cc (two-stroke 100 cc)"
    )


def test_exactly_at_every_limit_passes(panel, document):
    document.change(AT_LIMIT, "at the limits")
    for name in ("length", "width", "height", "displacement"):
        row = panel.rows[name]
        assert row.status.text() == "✔ Pass", name
        assert "exactly at the limit" in row.detail.text().replace("\xa0", " ")
        assert row.advice.isHidden()
    assert (
        panel.rows["length"].detail.text().replace("\xa0", " ")
        == "3,400 of 3,400 mm — exactly at the limit"
    )
    assert panel.verdict.text().startswith("✔")
    assert panel.outline.overhang_mm() == {"length": 0, "width": 0, "height": 0}


@pytest.mark.parametrize(
    ("field", "rule", "value", "detail", "advice"),
    [
        (
            "body.length_mm",
            "length",
            3450,
            "3,450 of 3,400 mm — 50 mm over",
            "Shorten the car by at least 50 mm.",
        ),
        (
            "body.width_mm",
            "width",
            1481,
            "1,481 of 1,480 mm — 1 mm over",
            "Make the car at least 1 mm narrower.",
        ),
        (
            "body.height_mm",
            "height",
            2001,
            "2,001 of 2,000 mm — 1 mm over",
            "Lower the car by at least 1 mm.",
        ),
        (
            "engine.displacement_cc",
            "displacement",
            661,
            "661 of 660 cc — 1 cc over",
            "Use an engine of 660 cc or less (at least 1 cc smaller).",
        ),
    ],
)
def test_one_over_fails_and_says_what_to_change(
    panel, document, field, rule, value, detail, advice
):
    document.change({**AT_LIMIT, field: value}, "over")
    row = panel.rows[rule]
    assert row.status.text() == "✖ Over"
    assert row.detail.text().replace("\xa0", " ") == detail
    assert row.advice.text() == advice
    assert not row.advice.isHidden()
    assert panel.verdict.text().startswith("✖ Not a kei car")
    document.undo_stack.undo()
    assert row.status.text() == "✔ Pass"
    assert row.advice.isHidden()


def test_length_change_changes_row_text_and_undo_restores(panel, document):
    before = panel.rows["length"].detail.text().replace("\xa0", " ")
    document.change({"body.length_mm": 3300}, "shorter")
    assert (
        panel.rows["length"].detail.text().replace("\xa0", " ")
        == "3,300 of 3,400 mm — 100 mm to spare"
    )
    document.undo_stack.undo()
    assert panel.rows["length"].detail.text().replace("\xa0", " ") == before


def test_outline_marks_what_sticks_out(panel, document):
    document.change({"body.length_mm": 3450, "body.width_mm": 1500}, "too big")
    assert panel.outline.overhang_mm() == {"length": 50, "width": 20, "height": 0}
    assert "+50 mm" in panel.outline.accessibleDescription()


def test_choosing_an_era_sets_the_documents_era_and_limits(panel, document):
    panel.era_combo.setCurrentIndex(panel.era_combo.findData("1976"))
    assert document.era == "1976"
    length = panel.rows["length"]
    assert "of 3,200 mm" in length.detail.text().replace("\xa0", " ")
    assert length.status.text() == "✖ Over"
    assert panel.outline.overhang_mm()["length"] == document.build.body.length_mm - 3200


def test_document_era_change_moves_the_selector(panel, document):
    document.set_era("1990")
    assert panel.era_combo.currentData() == "1990"


def test_power_is_shown_as_an_agreement_and_hidden_where_the_era_has_none(panel, document):
    power = panel.rows["power"]
    assert not power.name.isHidden()
    assert "agreement" in power.name.text()
    assert "not law" in power.name.text()
    document.set_era("1955")
    assert power.name.isHidden()
    assert power.status.isHidden()


def test_over_the_agreement_is_not_illegal(panel, document):
    document.change({"engine.power_cap_ps": None, "overrides.power_ps": 80.0}, "more power")
    power = panel.rows["power"]
    assert power.status.text() != "✔ Pass"
    assert "not law" in power.advice.text()
    assert panel.verdict.text().startswith("✔")
    assert "agreement" in panel.verdict.text()


def test_outline_and_rows_draw_at_projector_size(panel, document, qapp):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    old = QApplication.font()
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * 2)
    try:
        QApplication.setFont(big)
        qapp.processEvents()
        for style in ("roadster", "tall_wagon", "truck", "van", "suv", "sedan", "coupe"):
            document.change({"body.style": style, "body.length_mm": 3450}, style)
            panel.resize(1000, 1400)
            assert not panel.grab().toImage().isNull()
            assert panel.outline.overhang_mm()["length"] == 50
    finally:
        QApplication.setFont(old)
        qapp.processEvents()


def test_the_legal_box_from_its_picture_is_the_box_drawn_directly(panel, document):
    """The outline's dashed legal box comes from a picture drawn once (a drag within the
    box draws the same box on every frame): the outline is, pixel for pixel, what it is
    with the box drawn directly, at any size, inside the box or sticking out of it, in a
    light or a dark palette; a page (a scaled painter) still gets the box drawn."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QImage, QPainter, QPalette

    from keiconfig.ui import theme

    outline = panel.outline

    def drawn(cached: bool) -> QImage:
        outline.box_cached = cached
        image = outline.grab().toImage()
        outline.box_cached = True
        return image

    dark = QPalette(outline.palette())
    dark.setColor(QPalette.ColorRole.Window, "#202020")
    dark.setColor(QPalette.ColorRole.WindowText, "#f0f0f0")
    dark.setColor(QPalette.ColorRole.Base, "#181818")
    assert theme.colours(dark).dark
    for palette in (outline.palette(), dark):
        outline.setPalette(palette)
        for size in ((420, 320), (433, 287), (617, 451), (1001, 733)):
            outline.resize(*size)
            for length in (3000, 3217, 3400, 3463):
                document.change({"body.length_mm": length, "body.width_mm": 1493}, "size")
                assert drawn(True) == drawn(False), (size, length)
        assert 0 < len(outline._box_pictures) <= 4  # the pictures were used
    # Scaled (as on a printed sheet): drawn directly, no picture made.
    outline._box_pictures.clear()
    page = QImage(800, 600, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(page)
    painter.scale(1.37, 1.37)
    outline.render(painter, QPoint(0, 0))
    painter.end()
    assert not outline._box_pictures


def test_the_outline_measures_each_caption_once(panel, document):
    """The captions' measures ("Side: ... (dashed: limit ...)") are kept per text and font:
    a drag that changes the length measures the side caption again, never the top one; and
    the outline is, pixel for pixel, what it is with every caption measured afresh, at any
    size and text size."""
    from PySide6.QtGui import QFont, QImage

    outline = panel.outline

    def drawn(kept: bool) -> QImage:
        outline.captions_kept = kept
        image = outline.grab().toImage()
        outline.captions_kept = True
        return image

    for scale in (1.0, 1.5):
        font = QFont(panel.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        outline.setFont(font)
        for size in ((420, 320), (433, 287), (617, 451), (250, 200)):
            outline.resize(*size)
            for length in (3000, 3217, 3400, 3463):
                document.change({"body.length_mm": length, "body.width_mm": 1493}, "size")
                assert drawn(True) == drawn(False), (scale, size, length)

    class Counted:
        """The outline's font metrics, counting the captions' layouts (elidedText)."""

        def __init__(self, real):  # type: ignore[no-untyped-def]
            self.real, self.elided = real, []

        def __getattr__(self, name):  # type: ignore[no-untyped-def]
            return getattr(self.real, name)

        def elidedText(self, text, *args):  # type: ignore[no-untyped-def]
            self.elided.append(text)
            return self.real.elidedText(text, *args)

    counted = Counted(outline.fontMetrics())
    outline.fontMetrics = lambda: counted  # type: ignore[method-assign]
    outline.grab()
    counted.elided.clear()
    for length in (3010, 3020, 3030):
        document.change({"body.length_mm": length}, "drag")
        outline.grab()
    # the side caption's numbers changed three times; the top caption was measured before
    assert len(counted.elided) == 3
    assert all("×" in text for text in counted.elided)  # the side's limit, "3,400 mm × ..."


def test_an_outline_captions_limit_without_room_beside_it_goes_under_it_whole(panel, document):
    """Beside the Comparison and the Classroom at 1920x1080 the outline's side caption
    read 'Side: 3,395 mm long × 1,180 mm high (dashed: limit 3,400 mm × 2,0…)': the
    limit was cut where it had no room beside the caption. With no room there it now
    goes on the line under the caption, whole; cut only where even that line is short."""
    from keiconfig.ui import format as fmt

    outline = panel.outline
    fm = outline.fontMetrics()
    caption = outline.tr("Side: %s long × %s high") % (fmt.mm(3395), fmt.mm(1180))
    box = outline.tr("limit %s × %s") % (fmt.mm(3400), fmt.mm(2000))
    limit = outline.tr("(dashed: %s)") % box
    margin = fm.height() * 0.8
    beside = fm.horizontalAdvance(caption + "   ") + fm.horizontalAdvance(limit)
    width = int(margin + beside * 0.85)  # the limit alone fits, not beside the caption
    assert width > margin + fm.horizontalAdvance(limit)

    class Shown:
        """The outline's font metrics, keeping the limits' texts as shown (elidedText)."""

        def __init__(self, real):  # type: ignore[no-untyped-def]
            self.real, self.shown = real, []

        def __getattr__(self, name):  # type: ignore[no-untyped-def]
            return getattr(self.real, name)

        def elidedText(self, text, *args):  # type: ignore[no-untyped-def]
            self.shown.append(self.real.elidedText(text, *args))
            return self.shown[-1]

    shown = Shown(fm)
    outline.fontMetrics = lambda: shown  # type: ignore[method-assign]
    outline.captions_kept = False
    try:
        document.change({"body.length_mm": 3395, "body.height_mm": 1180}, "size")
        outline.resize(width, 400)
        outline.grab()
        assert limit in shown.shown, shown.shown  # whole
        # too narrow for the limit alone: cut, ending with '…'
        shown.shown.clear()
        outline.resize(int(margin + fm.horizontalAdvance(limit) * 0.7), 400)
        outline.grab()
        cut = [t for t in shown.shown if t.endswith("…") and limit.startswith(t[:-1])]
        assert cut and limit not in shown.shown, shown.shown
    finally:
        outline.captions_kept = True
        del outline.fontMetrics


def test_a_narrow_era_choice_ends_its_text_with_an_ellipsis(panel, qtbot):
    """Beside the comparison at 1280x720 (and in projector mode at 1920x1080) the era box
    showed '1998年10月から — 3.4 × 1.48 × 2.0 m、6': cut mid-number, the displacement
    read as 6. Cut, the text ends with '…' where it is cut; with room, it is whole.
    (Narrower than the whole name it first shows the era's short name, whole: see
    test_a_narrow_era_choice_shows_the_eras_short_name_whole; narrower than that, cut.)"""
    from PySide6.QtGui import QColor, QImage, QPainter

    from keiconfig.ui.widgets import SHORT_TEXT_ROLE

    box = panel.era_combo
    whole = box.currentText()
    short = box.itemData(box.currentIndex(), SHORT_TEXT_ROLE)
    panel.show()
    box.setFixedWidth(box.fontMetrics().horizontalAdvance(short) * 3 // 4)
    shown = box.shown_text()
    assert shown.endswith("…") and whole.startswith(shown[:-1]) and len(shown) > 4, shown
    # what is drawn is that text: the box as painted equals the style's drawing of the box
    # with that text (the style alone draws the whole text, cut off at the edge)
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    grabbed = box.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    reference = QImage(grabbed.size(), QImage.Format.Format_ARGB32)
    reference.fill(QColor(box.palette().window().color()))
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    painter = QPainter(reference)
    box.style().drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option, painter, box)
    option.currentText = shown
    box.style().drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option, painter, box)
    painter.end()
    assert grabbed == reference
    box.setFixedWidth(box.fontMetrics().horizontalAdvance(whole) * 2)
    assert box.shown_text() == whole


@pytest.mark.parametrize("language", ["en", "ja"], indirect=True)
def test_a_narrow_era_choice_shows_the_eras_short_name_whole(qtbot, language):
    """Japanese at 1280x720 in projector mode beside two builds' full table, the era box
    (some 340 px) showed '1998年10月から — 3.4 × 1.48 × 2.…': the height cut to '2.', the
    displacement gone. Too narrow for the whole name, it now shows the era's short name
    whole ('1998年10月から', 'Since Oct 1998'; the limits are in the rows below), each era
    in the list that drops down, the tooltip and what a screen reader reads keep the
    whole name, in the language shown (after a switch too)."""
    from keiconfig.ui.document import Document
    from keiconfig.ui.i18n import set_language
    from keiconfig.ui.panels.compliance_panel import era_short_label

    doc = Document()
    panel = CompliancePanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    box = panel.era_combo
    for i, era in enumerate(regulations.eras()):
        box.setCurrentIndex(i)
        assert doc.era == era.id
        whole, short = era_label(era), era_short_label(era)
        # (the tooltip's next line: the rules are the build's, saved with it)
        assert box.currentText() == whole and box.toolTip().split("\n")[0] == whole
        assert box.itemText(i) == whole  # the list that drops down
        fm = box.fontMetrics()
        box.setFixedWidth(fm.horizontalAdvance(whole) * 3 // 4)  # the whole name cut
        assert box.shown_text() == short, (box.shown_text(), short)
        assert "…" not in box.shown_text() and whole.startswith(short)
    other = "en" if language == "ja" else "ja"
    set_language(other)
    try:
        era = regulations.era(doc.era)
        qtbot.waitUntil(lambda: box.currentText() == era_label(era))  # (posted events)
        assert box.shown_text() == era_short_label(era) != short
        assert box.toolTip().split("\n")[0] == era_label(era)
    finally:
        set_language(language)


@pytest.mark.parametrize("scheme", ["light", "adwaita-dark"])
def test_pass_over_and_fail_words_keep_text_contrast_in_both_schemes(scheme, panel, document):
    """The rows' words (✔ Pass, over the makers' agreement, ✖ a broken rule, the advice
    and the verdict) in the colours the panel gives them keep 4.5:1 against its window
    (WCAG AA for text), in a light desktop's palette and a dark one, and say pass or fail
    in words as well as colour. Before, a row over the makers' agreement was written in
    amber #8A6D00 on the light window's #efefef: 4.3:1."""
    from keiconfig.ui import theme
    from tests.ui.palette import app_palette, desktop_palettes

    document.change(
        {"body.length_mm": 3450, "engine.power_cap_ps": None, "overrides.power_ps": 80.0},
        "a long car over the agreement",
    )
    with app_palette(desktop_palettes()[scheme]):
        assert theme.colours().dark == (scheme != "light")
        window = panel.palette().color(QPalette.ColorRole.Window)
        shown = {
            "length": "✖",  # a law broken
            "power": "",  # over the agreement, not law
            "width": "✔ Pass",
        }
        labels = [panel.verdict]
        for name, sign in shown.items():
            row = panel.rows[name]
            assert sign in row.status.text() and row.status.text().strip(), name
            labels.append(row.status)
            if not row.advice.isHidden():
                labels.append(row.advice)
        assert panel.rows["power"].status.text() != panel.rows["width"].status.text()
        for label in labels:
            colour = label.palette().color(QPalette.ColorRole.WindowText)
            ratio = theme.contrast(theme.over(colour, window), window)
            assert ratio >= 4.5, (label.text(), colour.name(), window.name(), round(ratio, 2))


def test_contrast_is_the_wcag_ratio():
    from PySide6.QtGui import QColor

    from keiconfig.ui import theme

    assert theme.contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert theme.contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1)
    assert theme.contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)
    grey = QColor(0, 0, 0, 128)
    assert theme.over(grey, QColor("white")).name() == "#7f7f7f"


def test_an_outline_limited_by_height_keeps_its_size_with_the_limit_beside_its_box(document, qtbot):
    """With the Race Replay below (1920x1080, docks open) the outline is limited by its
    height: the side's limit, with no room beside its caption, took a line of its own
    under it and the car shrank (76 -> 60 px long). There is room at the drawing's right:
    the limit goes beside its box, whole, and the car keeps the size it has when the
    limit fits beside the caption."""
    from keiconfig.ui import format as fmt
    from keiconfig.ui.panels.outline_view import OutlineView

    outline = OutlineView()
    qtbot.addWidget(outline)
    document.change({"body.length_mm": 3395, "body.height_mm": 1180}, "size")
    outline.set_state(document.build, (3400, 1480, 2000))
    fm = outline.fontMetrics()
    caption = outline.tr("Side: %s long × %s high") % (fmt.mm(3395), fmt.mm(1180))
    limit = outline.tr("(dashed: %s)") % (
        outline.tr("limit %s × %s") % (fmt.mm(3400), fmt.mm(2000))
    )
    margin = fm.height() * 0.8
    beside_caption = fm.horizontalAdvance(caption + "   ") + fm.horizontalAdvance(limit)
    width = int(margin + beside_caption * 0.95)  # no room beside the caption
    scales: list[float] = []
    real_side_path = outline._side_path

    def side_path(x0, ground, s):  # type: ignore[no-untyped-def]
        scales.append(s)
        return real_side_path(x0, ground, s)

    outline._side_path = side_path  # type: ignore[method-assign]
    outline.resize(3 * width, 200)  # the limit beside its caption; limited by height
    outline.grab()
    roomy = scales[-1]
    assert 3400 * roomy + 3 * margin + fm.horizontalAdvance(limit) < width  # room at right
    outline.resize(width, 200)
    image = outline.grab().toImage()
    assert scales[-1] == pytest.approx(roomy), (scales[-1], roomy)
    box_right = int(margin + 3400 * roomy)
    colour = theme.colours(outline.palette()).legal_box
    box_top = margin + 1.4 * fm.height()  # the side box's top: the limit's line
    assert any(  # the limit's text is drawn there, right of the box
        image.pixelColor(x, y) == colour
        for x in range(box_right + 3, width)
        for y in range(int(box_top), int(box_top + fm.height()))
    )
