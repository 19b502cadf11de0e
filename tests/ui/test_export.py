"""File > Export: PNG, SVG, CSV, PDF build sheet; files opened and checked; failures shown."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPdfWriter

from keiconfig.core.export import CSV_HEADER
from keiconfig.ui import compare_tools, exporting


@pytest.fixture
def answer_path(monkeypatch):
    chosen: dict[str, str] = {}

    def ask(parent, title, suggested, file_filter):
        chosen["suggested"] = suggested
        return chosen.get("answer", "")

    monkeypatch.setattr(compare_tools, "ask_export_path", ask)
    return chosen


def test_png_has_the_export_width(main_window, tmp_path, answer_path):
    answer_path["answer"] = str(tmp_path / "plot")
    assert main_window.compare_tools.export("png")
    image = QImage(str(tmp_path / "plot.png"))
    assert image.width() == exporting.PNG_WIDTH
    assert image.height() > 100


def test_svg_parses_with_path_elements(main_window, tmp_path, answer_path):
    answer_path["answer"] = str(tmp_path / "plot.svg")
    assert main_window.compare_tools.export("svg")
    root = ET.parse(tmp_path / "plot.svg").getroot()
    assert root.tag.endswith("svg")
    assert any(el.tag.endswith("path") for el in root.iter())


def test_csv_has_the_run(main_window, tmp_path, answer_path):
    answer_path["answer"] = str(tmp_path / "run.csv")
    assert main_window.compare_tools.export("csv")
    with (tmp_path / "run.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == CSV_HEADER
    assert len(rows) - 1 == len(main_window.document.performance.trace.t_s)


def test_pdf_build_sheet_is_one_page(main_window, tmp_path, answer_path):
    answer_path["answer"] = str(tmp_path / "sheet.pdf")
    assert main_window.compare_tools.export("pdf")
    data = (tmp_path / "sheet.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) == 1


def test_cancelled_dialog_writes_nothing(main_window, tmp_path, answer_path):
    assert not main_window.compare_tools.export("png")
    assert answer_path["suggested"].endswith(".png")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_shows_an_error(main_window, tmp_path, answer_path, dialogs, monkeypatch):
    from keiconfig.core import files

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # As a read-only folder does, even for root: the shared safe-write helper's temp file.
    monkeypatch.setattr(files, "_make_tmp", denied)
    for kind in ("png", "svg", "csv", "pdf"):
        answer_path["answer"] = str(tmp_path / f"out.{kind}")
        assert not main_window.compare_tools.export(kind)
    assert len(dialogs.errors) == 4
    assert all("permission" in msg.lower() for _, msg in dialogs.errors)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_shows_an_error(main_window, tmp_path, answer_path, dialogs):
    for kind in ("png", "svg", "csv", "pdf"):
        answer_path["answer"] = str(tmp_path / "gone" / f"out.{kind}")
        assert not main_window.compare_tools.export(kind)
    assert len(dialogs.errors) == 4
    assert all("could not" in msg for _, msg in dialogs.errors)


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "keep.png"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(exporting.os, "replace", broken_replace)
    with pytest.raises(exporting.ExportError):
        exporting.write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.png"]


def test_export_menu_has_the_four_exports(main_window):
    tools = main_window.compare_tools
    actions = main_window.export_menu.actions()
    assert actions == [
        tools.export_png_action,
        tools.export_svg_action,
        tools.export_csv_action,
        tools.export_pdf_action,
    ]
    assert Path  # imported for type use in fixtures


def _sheet_metrics() -> tuple[QFontMetricsF, float, float]:
    """A PDF page at 300 dpi: its 10 pt font's metrics, half the page's width (the rules'
    column) and a row's height, as the build sheet's tests lay out their cells."""
    writer = QPdfWriter("/dev/null")
    writer.setResolution(300)
    font = QFont()
    font.setPointSizeF(10.0)
    metrics = QFontMetricsF(font, writer)
    return metrics, writer.width() / 2, metrics.height() * 1.25


def test_pdf_rules_table_is_not_clipped_and_rows_do_not_overlap(qapp):
    """A build over the 1955 limits: each rules text fits its cell, with the limit's unit."""
    from PySide6.QtCore import QRectF

    from keiconfig.core import build as core_build
    from keiconfig.core import regulations

    b = core_build.changed(core_build.default_build(), {"body.length_mm": 3600})
    rows = exporting.compliance_rows(regulations.check(b, "1955"))
    assert any(values.endswith("3,000 mm") for _, values, _ in rows)
    metrics, half, row_h = _sheet_metrics()
    cells, bottom = exporting.rules_cells(metrics, half, 0.0, half, row_h, rows)
    assert len(cells) == 3 * len(rows)
    for rect, text in cells:
        need = metrics.boundingRect(
            QRectF(0, 0, rect.width(), 1e6), int(exporting._CELL_FLAGS), text
        )
        assert need.width() <= rect.width() + 0.5, text
        assert need.height() <= rect.height() + 0.5, text
        assert rect.left() >= half - 0.5 and rect.right() <= 2 * half + 0.5, text
        assert rect.bottom() <= bottom + 0.5
    for i, (a, _) in enumerate(cells):
        for b_rect, _ in cells[i + 1 :]:
            assert not a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b_rect), (a, b_rect)


def _ink_columns(image: QImage, top: int, bottom: int) -> list[int]:
    """The x of every column in rows top..bottom with a pixel unlike the corner's."""
    back = image.pixel(0, top)
    return [
        x
        for x in range(image.width())
        if any(image.pixel(x, y) != back for y in range(top, bottom, 2))
    ]


def test_png_has_the_build_name_as_plain_text_and_a_legend(main_window, tmp_path):
    from keiconfig.core.results import LIMITS

    plot = main_window.compare_tools._plots
    legend = plot.export_legend()
    assert len([e for e in legend if e[0] == "fill"]) == len(LIMITS)
    plain = QImage.fromData(exporting.plot_png_bytes(plot.speed_plot))
    widths = {}
    for i, name in enumerate(("<i>x</i>", "x")):
        titled = QImage.fromData(exporting.plot_png_bytes(plot.speed_plot, title=name))
        title_h = titled.height() - plain.height()
        assert title_h > 10
        ink = _ink_columns(titled, 0, title_h - 2)
        widths[name] = max(ink) - min(ink)
        path = tmp_path / f"plot{i}.png"
        exporting.export_plot_png(plot.speed_plot, path, name, legend)
        image = QImage(str(path))
        assert image.width() == exporting.PNG_WIDTH
        assert image.height() > titled.height() + 10  # a legend under the plot
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 2)
            for y in range(titled.height(), image.height(), 2)
        }
        for kind, colour, _ in legend:
            if kind == "fill":  # each shade of the plot has its swatch
                assert colour.rgb() in colours
    # "<i>x</i>" drawn as text is much wider than "x": it was not read as markup
    assert widths["<i>x</i>"] > 3 * widths["x"]


def test_exported_png_from_the_menu_has_a_title_band(main_window, tmp_path, answer_path):
    answer_path["answer"] = str(tmp_path / "plot.png")
    assert main_window.compare_tools.export("png")
    image = QImage(str(tmp_path / "plot.png"))
    plain = QImage.fromData(exporting.plot_png_bytes(main_window.compare_tools._plots.speed_plot))
    assert image.height() > plain.height() + 40


CONTROL_NAME = "Car\x1b[2J\nLine two\u202e\x07"
SHOWN_NAME = "Car\\x1b[2J\\nLine two\\u202e\\x07"


def test_exports_show_control_characters_of_a_name_as_escapes(main_window, monkeypatch):
    """A build's name with control characters is drawn and written with them escaped as the
    command line and the CSV show them (never a raw escape, bell or line break)."""
    plot = main_window.compare_tools._plots
    drawn: list[tuple[str, list[str]]] = []
    real = exporting._titled_image

    def spy(image, title, legend, colours):
        drawn.append((title, [text for _, _, text in legend]))
        return real(image, title, legend, colours)

    monkeypatch.setattr(exporting, "_titled_image", spy)
    legend = [("line", QColor("red"), CONTROL_NAME), *plot.export_legend()]
    exporting.plot_png_bytes(plot.speed_plot, title=CONTROL_NAME, legend=legend)
    assert drawn[0][0] == SHOWN_NAME and drawn[0][1][0] == SHOWN_NAME

    from keiconfig.core import regulations
    from keiconfig.core.build import changed

    doc = main_window.document
    build = changed(doc.build, {"name": CONTROL_NAME})
    comp = regulations.check(build, regulations.CURRENT_ERA, power_ps=doc.performance.power_ps)
    data = exporting.build_sheet_pdf(build, doc.performance, comp)
    raw = re.search(rb"/Title \((.*?)\)\n", data, re.S)
    assert raw is not None
    title = raw.group(1).replace(b"\\\\", b"\\").decode("utf-16")
    assert title == SHOWN_NAME


def test_the_build_sheet_shows_a_long_name_whole(main_window) -> None:
    """A name as long as the format allows (80 W's, no space) is wrapped onto the sheet's
    lines instead of running off the page's edge; the sheet below it still fits the page."""
    import datetime
    import itertools

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from keiconfig.core import regulations
    from keiconfig.core.build import changed

    doc = main_window.document
    DAY = datetime.date(2026, 1, 1)

    def sheet(name: str) -> QImage:
        build = changed(doc.build, {"name": name})
        comp = regulations.check(build, regulations.CURRENT_ERA)
        image = QImage(1240, 1754, QImage.Format.Format_RGB32)  # A4 inside margins, 150 dpi
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            page = QRectF(0, 0, image.width(), image.height())
            exporting.paint_sheet(painter, page, 150, build, doc.performance, comp, DAY)
        finally:
            painter.end()
        return image

    short, long = sheet("Beat"), sheet("W" * 80)
    top = (0, 200)  # the title and the line under it
    assert max(_ink_columns(short, *top)) < 900
    assert max(_ink_columns(long, *top)) < long.width() - 4  # wrapped, not cut at the edge
    wide = [y for y in range(*top) if max(_ink_columns(long, y, y + 1), default=0) > 900]
    lines = 1 + sum(1 for a, b in itertools.pairwise(wide) if b > a + 1)
    assert lines >= 2  # the W's fill the width on more than one line


def _ink_rows(image: QImage, top: int = 0) -> int:
    """How many rows of ``image`` below ``top`` have a dark pixel (the text's height)."""
    from PySide6.QtGui import qGray

    return sum(
        1
        for y in range(top, image.height())
        if any(qGray(image.pixel(x, y)) < 128 for x in range(image.width()))
    )


def _alone(text: str, font) -> int:
    """The height in rows of ``text`` drawn alone, nothing in its way."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainter

    image = QImage(1600, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setFont(font)
    p.setPen(QColor("black"))
    p.drawText(QPointF(20, 120), text)
    p.end()
    return _ink_rows(image)


@pytest.mark.parametrize("text", ["空気抵抗", "回転上限・スピードリミッター", "Air drag"])
def test_japanese_title_and_legend_are_drawn_whole(text):
    """The Japanese legend of an exported plot (for slides) had its glyphs' feet cut off:
    each text was drawn in a box as tall as the primary font's line, and Japanese is drawn
    in a taller one (seen in a PNG exported in Japanese). The title and each legend text
    are drawn whole: as tall as the text drawn alone."""
    plot = QImage(1600, 300, QImage.Format.Format_ARGB32)
    plot.fill(QColor("white"))
    colours = (QColor("white"), QColor("black"))
    legend = [("line", QColor("white"), text)]  # a white line: only the text is dark
    out = exporting._titled_image(plot, "", legend, colours)
    font = QFont()
    font.setPixelSize(round(1600 / 64))
    assert abs(_ink_rows(out, plot.height()) - _alone(text, font)) <= 1

    titled = exporting._titled_image(plot, text, [], colours)
    title_font = QFont()
    title_font.setPixelSize(round(1600 / 40))
    title_font.setBold(True)
    title_band = titled.copy(0, 0, 1600, titled.height() - plot.height())
    assert abs(_ink_rows(title_band) - _alone(text, title_font)) <= 1


def test_pdf_rows_in_japanese_sit_on_one_baseline(qapp):
    """On the Japanese build sheet each label sat some 6 px (at 300 dpi) below the number
    beside it ('全長' under '3,295 mm / 3,400 mm', '車両重量' under '716 kg'): every text
    was drawn from the top of its box, and Japanese is drawn in a taller font, so its
    baseline is lower. The texts of a row's first line now share one baseline."""
    from PySide6.QtCore import QRectF

    metrics, half, row_h = _sheet_metrics()

    def baseline(rect: QRectF, text: str) -> float:
        return rect.top() - metrics.boundingRect(text).top()

    rules = [("全長", "3,295 mm / 3,400 mm", "✓ 範囲内"), ("Length", "3,295 mm", "✓ within")]
    cells, _ = exporting.rules_cells(metrics, half, 0.0, half, row_h, rules)
    for row in (cells[0:3], cells[3:6]):
        lines = {round(baseline(rect, text), 1) for rect, text in row}
        assert len(lines) == 1, row
    figures = [("車両重量", "716 kg"), ("0-60 mph", "10.2 s"), ("最高速度", "140 km/h")]
    cells, bottom = exporting.figure_cells(metrics, 0.0, 0.0, half, row_h, figures)
    for i in range(0, len(cells), 2):
        (a, ta), (b, tb) = cells[i], cells[i + 1]
        assert abs(baseline(a, ta) - baseline(b, tb)) < 0.1, (ta, tb)
        assert metrics.boundingRect(QRectF(0, 0, a.width(), 1e6), 0, ta).height() <= a.height()
    assert bottom >= len(figures) * row_h
    # every row's baseline as far below its top: the rows evenly spaced
    steps = {round(baseline(*cells[i + 2]) - baseline(*cells[i]), 1) for i in (0, 2)}
    assert len(steps) == 1, steps
