"""Exports: the speed-time plot as PNG or SVG, the run as CSV, a one-page PDF build sheet.

Every file is written atomically (a temporary file in the same folder, then a rename),
so a failed export never leaves half a file behind or damages an existing one. Any
failure is an :class:`ExportError` with a message fit for a user.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import shiboken6
from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPoint,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextOption,
)

import keiconfig
from keiconfig.core import export, files, regulations
from keiconfig.core.build import Build
from keiconfig.core.results import Compliance, Performance, run_span_s
from keiconfig.core.text import shown
from keiconfig.core.units import KMH_PER_MS
from keiconfig.ui import format as fmt
from keiconfig.ui.panels.outline_view import OutlineView

PNG_WIDTH = 1600  # pixels: sharp on a projector and in a report


class ExportError(files.BuildSaveError):
    """An export could not be written. ``str(error)`` is a sentence fit for a user."""


class ReadOnlyExportError(ExportError, files.ReadOnlyFileError):
    """The target is read-only; nothing was written. Write again with ``replace_read_only``
    once the user said yes (:func:`keiconfig.ui.file_guard.write_file` asks)."""


class FolderNotWritableExportError(ExportError, files.FolderNotWritableError):
    """The target's folder cannot be written in; nothing was written (another place is
    offered: :func:`keiconfig.ui.file_guard.write_file`)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("exporting", text)


def write_bytes_atomic(
    path: str | os.PathLike[str], data: bytes, *, replace_read_only: bool = False
) -> None:
    """Replace ``path`` with ``data`` through :func:`keiconfig.core.files.write_bytes_safely`
    (links written through, special files refused, the file's mode kept), as a save does:
    a read-only file raises :class:`ReadOnlyExportError` unless ``replace_read_only``."""
    try:
        files.write_bytes_safely(Path(path), data, replace_read_only=replace_read_only)
    except files.ReadOnlyFileError as e:
        raise ReadOnlyExportError(str(e)) from None
    except files.FolderNotWritableError as e:
        raise FolderNotWritableExportError(str(e)) from None
    except files.BuildSaveError as e:
        raise ExportError(str(e)) from None


def _message(name: str, folder: Path, e: OSError) -> str:
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = _tr("permission to write in {folder} was denied").format(folder=folder)
    elif e.errno == errno.ENOSPC:
        why = _tr("the disk is full")
    elif e.errno == errno.ENOENT:
        why = _tr("the folder {folder} does not exist").format(folder=folder)
    else:
        why = e.strerror or str(e)
    return _tr("{name} could not be written: {why}.").format(name=name, why=why)


# -- the speed-time plot ---------------------------------------------------------------------
LegendEntry = tuple[str, QColor, str]  # kind ("line", "dash", "marker", "fill"), colour, text


def plot_png_bytes(
    plot_item: pg.PlotItem,
    width: int = PNG_WIDTH,
    title: str = "",
    legend: Sequence[LegendEntry] = (),
) -> bytes:
    """The plot as PNG, ``width`` pixels wide; with a title above it and a legend under it
    where given (both drawn as plain text: a build's name is never read as markup, its
    control characters are written as escapes, as the command line and CSV show them)."""
    title = shown(title)
    legend = [(kind, colour, shown(text)) for kind, colour, text in legend]
    exporter = ImageExporter(plot_item)
    exporter.parameters()["width"] = int(width)
    image = exporter.export(toBytes=True)
    if title or legend:
        image = _titled_image(image, title, legend, _plot_colours(plot_item))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise ExportError(_tr("The plot could not be turned into a PNG image."))
    buf.close()
    return bytes(data.data())


def _plot_colours(plot_item: pg.PlotItem) -> tuple[QColor, QColor]:
    """The plot's background and text colours, so the title and legend match it."""
    scene = plot_item.scene()
    views = scene.views() if scene is not None else []
    if views:
        pal = views[0].palette()
        brush = views[0].backgroundBrush()
        back = brush.color() if brush.style() != Qt.BrushStyle.NoBrush else pal.base().color()
        ink = plot_item.getAxis("bottom").textPen().color()
        return back, ink
    return QColor("white"), QColor("black")


def _titled_image(
    plot: QImage, title: str, legend: Sequence[LegendEntry], colours: tuple[QColor, QColor]
) -> QImage:
    """``plot`` with ``title`` above and ``legend`` (wrapped into lines) below it."""
    back, ink = colours
    w = plot.width()
    title_font = QFont()
    title_font.setPixelSize(max(round(w / 40), 12))
    title_font.setBold(True)
    text_font = QFont()
    text_font.setPixelSize(max(round(w / 64), 10))
    tm = QFontMetricsF(title_font)
    lm = QFontMetricsF(text_font)
    pad = lm.height() * 0.6
    swatch = lm.height() * 1.6
    # The lines as tall as their text: Japanese is drawn in a font taller than the
    # primary one, and a box of the primary one's height cut its glyphs' feet off.
    title_line = _line_height(tm, [title])
    line_h = _line_height(lm, [text for _, _, text in legend])
    # Legend entries laid out left to right, wrapping to a new line when the width is used.
    places: list[tuple[float, float, LegendEntry]] = []
    x, line = pad, 0
    for entry in legend:
        need = swatch + lm.height() * 0.4 + lm.horizontalAdvance(entry[2]) + lm.height()
        if x > pad and x + need > w - pad:
            x, line = pad, line + 1
        places.append((x, line, entry))
        x += need
    step = max(lm.height() * 1.4, line_h + lm.height() * 0.4)
    legend_h = line * step + line_h + pad * 1.5 if legend else 0.0
    title_h = title_line + pad * 2 if title else 0.0
    out = QImage(w, plot.height() + round(title_h + legend_h), QImage.Format.Format_ARGB32)
    out.fill(back)
    p = QPainter(out)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(ink)
        if title:
            p.setFont(title_font)
            elided = tm.elidedText(title, Qt.TextElideMode.ElideRight, w - 2 * pad)
            p.drawText(
                QRectF(pad, pad, w - 2 * pad, title_line), Qt.TextFlag.TextSingleLine, elided
            )
        p.drawImage(QPoint(0, round(title_h)), plot)
        p.setFont(text_font)
        top = title_h + plot.height() + pad * 0.5
        for x, line, (kind, colour, text) in places:
            y = top + line * step + (line_h - lm.height()) / 2  # (the swatch: mid-line)
            mid = y + lm.height() / 2
            if kind == "fill":
                p.fillRect(QRectF(x, y + lm.height() * 0.15, swatch, lm.height() * 0.7), colour)
                p.setPen(QPen(ink, 1))
                p.drawRect(QRectF(x, y + lm.height() * 0.15, swatch, lm.height() * 0.7))
            elif kind == "marker":
                r = lm.height() * 0.35
                cx = x + swatch / 2
                p.setBrush(colour)
                p.setPen(Qt.PenStyle.NoPen)
                p.drawPolygon(
                    [QPointF(cx, mid - r), QPointF(cx - r, mid + r), QPointF(cx + r, mid + r)]
                )
                p.setBrush(Qt.BrushStyle.NoBrush)
            else:
                style = Qt.PenStyle.DashLine if kind == "dash" else Qt.PenStyle.SolidLine
                p.setPen(QPen(colour, max(lm.height() / 8, 1.5), style))
                p.drawLine(QPointF(x, mid), QPointF(x + swatch, mid))
            p.setPen(ink)
            tx = x + swatch + lm.height() * 0.4
            p.drawText(
                QRectF(tx, top + line * step, lm.horizontalAdvance(text) + 2, line_h),
                int(Qt.TextFlag.TextSingleLine.value) | int(Qt.AlignmentFlag.AlignVCenter.value),
                text,
            )
    finally:
        p.end()
    return out


def _line_height(metrics: QFontMetricsF, texts: Sequence[str]) -> float:
    """The height a line of each of ``texts`` takes (the font's, or more where a glyph
    comes from a taller font: 36 px for 空気抵抗 where Latin text takes 29)."""
    room = QRectF(0, 0, 1e6, 1e6)
    flags = int(Qt.TextFlag.TextSingleLine.value)
    return max(
        [metrics.height(), *(metrics.boundingRect(room, flags, t).height() for t in texts if t)]
    )


def plot_svg_bytes(plot_item: pg.PlotItem) -> bytes:
    """The plot as SVG: pyqtgraph's exporter, or Qt's SVG generator where it fails.

    pyqtgraph 0.14's exporter cannot parse the path data Qt 6.12 writes for a view box
    (``ValueError`` in its coordinate fix-up); Qt's own generator draws the same scene.
    """
    try:
        return bytes(SVGExporter(plot_item).export(toBytes=True))
    except ValueError:
        return _qt_svg_bytes(plot_item)


def _qt_svg_bytes(plot_item: pg.PlotItem) -> bytes:
    from PySide6.QtSvg import QSvgGenerator

    source = plot_item.sceneBoundingRect()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(source.size().toSize())
    gen.setViewBox(QRectF(0, 0, source.width(), source.height()))
    gen.setTitle(_tr("Speed against time"))
    p = QPainter(gen)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot_item.scene().render(p, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        p.end()
        buf.close()
    return bytes(data.data())


def export_plot_png(
    plot_item: pg.PlotItem,
    path: str | os.PathLike[str],
    title: str = "",
    legend: Sequence[LegendEntry] = (),
    *,
    replace_read_only: bool = False,
) -> None:
    data = plot_png_bytes(plot_item, title=title, legend=legend)
    write_bytes_atomic(path, data, replace_read_only=replace_read_only)


def export_plot_svg(
    plot_item: pg.PlotItem, path: str | os.PathLike[str], *, replace_read_only: bool = False
) -> None:
    write_bytes_atomic(path, plot_svg_bytes(plot_item), replace_read_only=replace_read_only)


def run_csv_bytes(performance: Performance) -> bytes:
    """The run as CSV (:func:`keiconfig.core.export.run_csv`), UTF-8."""
    return export.run_csv(performance).encode("utf-8")


def export_run_csv(
    performance: Performance, path: str | os.PathLike[str], *, replace_read_only: bool = False
) -> None:
    write_bytes_atomic(path, run_csv_bytes(performance), replace_read_only=replace_read_only)


# -- the PDF build sheet ---------------------------------------------------------------------
def _paper_palette() -> QPalette:
    """Black on white whatever the screen's theme: the sheet is for paper."""
    pal = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.WindowText, "#000000"),
        (QPalette.ColorRole.Text, "#000000"),
    ):
        pal.setColor(role, QColor(colour))
    return pal


def figure_rows(perf: Performance) -> list[tuple[str, str]]:
    from keiconfig.ui.panels.results_panel import lead_with_400m, torque_in_kgfm

    torque = fmt.torque(perf.torque_nm)
    if torque_in_kgfm() and fmt.is_number(perf.torque_nm):  # Japanese: kgf·m as well
        torque += f" ({fmt.kgfm(perf.torque_nm)})"
    rows = [
        (_tr("Kerb weight"), fmt.kg(perf.kerb_weight_kg)),
        (_tr("Power"), fmt.power(perf.power_ps, perf.power_kw)),
        (_tr("Torque"), torque),
        (_tr("Power-to-weight"), fmt.ps_per_tonne(perf.power_to_weight_ps_per_tonne)),
        (_tr("0–60 mph"), fmt.seconds(perf.zero_to_60mph_s)),
        (_tr("0–100 km/h"), fmt.seconds(perf.zero_to_100kmh_s)),
        (_tr("Quarter mile"), fmt.seconds(perf.quarter_mile_s)),
        (_tr("400 m"), fmt.seconds(perf.standing_400m_s)),
        (_tr("Top speed"), fmt.kmh(perf.top_speed_kmh)),
    ]
    if lead_with_400m():  # the 400 m before the quarter mile, as Japanese magazines quote it
        rows[6], rows[7] = rows[7], rows[6]
    return rows


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def compliance_rows(compliance: Compliance) -> list[tuple[str, str, str]]:
    out = []
    for check in compliance.checks:
        verdict = (
            _tr("✓ within")
            if check.ok
            else _tr("✗ over by {m}").format(m=fmt.unit_value(-check.margin, check.unit))
        )
        kind = "*" if check.kind == "agreement" else ""  # explained under the table
        out.append(
            (
                _capitalised(regulations.rule_name(check.name)) + kind,
                _tr("{v} of {limit}").format(
                    v=fmt.unit_value(check.value, check.unit),
                    limit=fmt.unit_value(check.limit, check.unit),
                ),
                verdict,
            )
        )
    return out


_CELL_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


def rules_cells(
    metrics: QFontMetricsF,
    x: float,
    y: float,
    width: float,
    row_h: float,
    rows: list[tuple[str, str, str]],
) -> tuple[list[tuple[QRectF, str]], float]:
    """Where each text of the rules table goes, and the y below the table.

    The columns are as wide as their longest text; where name, values and verdict do not
    fit side by side in ``width``, the verdict goes on its own line under the values. A
    text still too long wraps inside its cell and the row grows, so nothing is clipped
    and no row overlaps the next.
    """
    gap = metrics.horizontalAdvance("M")

    def needed(text: str, w: float) -> QRectF:
        return metrics.boundingRect(QRectF(0, 0, max(w, 1.0), 1e6), int(_CELL_FLAGS), text)

    def widest(i: int) -> float:
        return max((metrics.horizontalAdvance(r[i]) for r in rows), default=0.0)

    name_w = min(widest(0) + gap, width * 0.4)
    side_by_side = name_w + widest(1) + gap + widest(2) <= width
    cells: list[tuple[QRectF, str]] = []
    # the texts of a row's first line on one baseline, as far down in every row (see
    # baseline_offsets)
    top = max((_ascent(metrics, t) for r in rows for t in r), default=metrics.ascent())
    for name, values, verdict in rows:
        rest = width - name_w
        name_h = needed(name, name_w - gap).height()
        first = (name, values, verdict) if side_by_side else (name, values)
        down = dict(zip(first, baseline_offsets(metrics, first, top), strict=True))
        if side_by_side:
            values_w = widest(1) + gap
            values_h = needed(values, values_w).height()
            verdict_w = rest - values_w
            verdict_h = needed(verdict, verdict_w).height()
            cells.append((QRectF(x + name_w, y + down[values], values_w, values_h), values))
            cells.append(
                (QRectF(x + name_w + values_w, y + down[verdict], verdict_w, verdict_h), verdict)
            )
            h = max(down[name] + name_h, down[values] + values_h, down[verdict] + verdict_h)
        else:
            values_h = needed(values, rest).height()
            verdict_h = needed(verdict, rest).height()
            cells.append((QRectF(x + name_w, y + down[values], rest, values_h), values))
            below = y + down[values] + values_h
            cells.append((QRectF(x + name_w, below, rest, verdict_h), verdict))
            h = max(down[name] + name_h, down[values] + values_h + verdict_h)
        cells.append((QRectF(x, y + down[name], name_w - gap, name_h), name))
        y += max(h, metrics.height()) + (row_h - metrics.height())
    return cells, y


def _ascent(metrics: QFontMetricsF, text: str) -> float:
    """How far above its baseline the tallest font of ``text`` reaches."""
    return -metrics.boundingRect(text).top() if text else metrics.ascent()


def baseline_offsets(
    metrics: QFontMetricsF, texts: Sequence[str], top: float | None = None
) -> list[float]:
    """How far below a line's top each of ``texts`` is drawn so that all sit on one
    baseline, ``top`` below the line's top (at least: as far as the tallest reaches up).
    A text is drawn from the top of its box, its baseline as far down as the tallest font
    of its line reaches up: Japanese (a taller font) sat lower than the numbers beside it
    ('全長' some 6 px below '3,295 mm' at 300 dpi)."""
    ascents = [_ascent(metrics, t) for t in texts]
    line = max([*ascents, top if top is not None else 0.0])
    return [line - a for a in ascents]


def figure_cells(
    metrics: QFontMetricsF,
    x: float,
    y: float,
    width: float,
    row_h: float,
    rows: list[tuple[str, str]],
) -> tuple[list[tuple[QRectF, str]], float]:
    """Where each label and value of the figures table goes (the label in the left half
    of ``width``, each row's two on one baseline), and the y below the table."""
    cells: list[tuple[QRectF, str]] = []
    top = max((_ascent(metrics, t) for r in rows for t in r), default=metrics.ascent())
    for label, value in rows:
        down_label, down_value = baseline_offsets(metrics, (label, value), top)
        cells.append((QRectF(x, y + down_label, width * 0.5, row_h), label))
        cells.append((QRectF(x + width * 0.5, y + down_value, width * 0.45, row_h), value))
        y += max(row_h, max(down_label, down_value) + metrics.height())
    return cells, y


def _speed_plot_image(perf: Performance, width: int, height: int) -> bytes:
    """The speed-time run drawn for paper (black on white), as PNG bytes."""
    widget = pg.PlotWidget()
    try:
        widget.setBackground("w")
        # Laid out at half size and exported at full: text as large as on screen, doubled.
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        widget.resize(width // 2, height // 2)
        widget.show()
        item = widget.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.25)
        for side in ("left", "bottom"):
            item.getAxis(side).setPen("k")
            item.getAxis(side).setTextPen("k")
        t = np.asarray(perf.trace.t_s, dtype=float)
        v = np.asarray(perf.trace.speed_ms, dtype=float) * KMH_PER_MS
        item.plot(t, v, pen=pg.mkPen("#0072B2", width=3))
        item.setXRange(0.0, run_span_s(perf), padding=0)
        item.setYRange(0.0, max(float(np.nanmax(v)) if len(v) else 0.0, 100.0) * 1.08, padding=0)
        return plot_png_bytes(item, width)
    finally:
        # Deleted now, not later: a hidden top-level widget waiting for the event loop is
        # still listed among the application's windows (and pyqtgraph's close() twice fails).
        widget.hide()
        shiboken6.delete(widget)


def build_sheet_pdf(
    build: Build, perf: Performance, compliance: Compliance, today: dt.date | None = None
) -> bytes:
    """A one-page A4 build sheet: name, outline in the legal box, figures, rules, plot."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setTitle(shown(build.name))  # control characters escaped, as in the sheet
    writer.setCreator(f"keiconfig {keiconfig.__version__}")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    p = QPainter(writer)
    try:
        page = QRectF(0, 0, writer.width(), writer.height())
        paint_sheet(p, page, writer.resolution(), build, perf, compliance, today or dt.date.today())
    finally:
        p.end()
        buf.close()
    return bytes(data.data())


def paint_sheet(
    p: QPainter,
    page: QRectF,
    dpi: int,
    build: Build,
    perf: Performance,
    compliance: Compliance,
    today: dt.date,
) -> None:
    """Paint the build sheet into ``page`` (device pixels at ``dpi``) of any paint device."""

    def font(pt: float, bold: bool = False) -> QFont:
        f = QFont()
        f.setPointSizeF(pt)
        f.setBold(bold)
        return f

    def pt_to_px(pt: float) -> float:
        return pt * dpi / 72.0

    p.setPen(QColor("black"))
    y = 0.0
    title = font(20, bold=True)
    p.setFont(title)
    line = QFontMetricsF(title, p.device()).height()
    # The whole name, on as many lines as it takes (80 letters run past the page's edge).
    wrap = QTextOption(Qt.AlignmentFlag.AlignLeft)
    wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    name = shown(build.name)
    height = max(p.boundingRect(QRectF(0, y, page.width(), 8 * line), name, wrap).height(), line)
    p.drawText(QRectF(0, y, page.width(), height), name, wrap)
    y += height
    small = font(9)
    p.setFont(small)
    small_line = QFontMetricsF(small, p.device()).height()
    era = regulations.era(compliance.era)
    subtitle = _tr("{era} · keiconfig {v}, model {m} · {date}").format(
        era=era.label, v=keiconfig.__version__, m=keiconfig.MODEL_VERSION, date=today.isoformat()
    )
    p.drawText(QRectF(0, y, page.width(), small_line), Qt.AlignmentFlag.AlignLeft, subtitle)
    y += small_line * 1.6

    # The outline, drawn by the window's own outline widget, in paper colours.
    outline = OutlineView()
    outline.setPalette(_paper_palette())
    outline.set_state(build, (era.max_length_mm, era.max_width_mm, era.max_height_mm))
    body_pt = 10.0
    outline_font = QFont()
    outline_font.setPointSizeF(body_pt)
    outline.setFont(outline_font)
    screen_w, screen_h = 620, 420
    outline.resize(screen_w, screen_h)
    box_h = page.height() * 0.32
    scale = min(page.width() / screen_w, box_h / screen_h)
    p.save()
    p.translate(0, y)
    p.scale(scale, scale)
    outline.render(p, QPoint(0, 0))
    p.restore()
    outline.deleteLater()
    y += screen_h * scale + small_line

    # Figures (left) and the rules (right).
    body = font(body_pt)
    bold = font(body_pt, bold=True)
    p.setFont(body)
    row_h = QFontMetricsF(body, p.device()).height() * 1.25
    half = page.width() / 2
    col = y
    p.setFont(bold)
    p.drawText(QRectF(0, col, half, row_h), _tr("Figures"))
    p.drawText(QRectF(half, col, half, row_h), _tr("Kei rules"))
    col += row_h
    p.setFont(body)
    figures, left_y = figure_cells(
        QFontMetricsF(body, p.device()), 0.0, col, half, row_h, figure_rows(perf)
    )
    for rect, text in figures:
        p.drawText(rect, text)
    cells, right_y = rules_cells(
        QFontMetricsF(body, p.device()), half, col, half, row_h, compliance_rows(compliance)
    )
    for rect, text in cells:
        p.drawText(rect, int(_CELL_FLAGS), text)
    if any(c.kind == "agreement" for c in compliance.checks):
        p.setFont(small)
        p.drawText(
            QRectF(half, right_y, half, row_h),
            _tr("* the 64 PS limit is the makers' agreement, not law"),
        )
        right_y += row_h
    p.setFont(bold)
    verdict = _tr("✓ Kei-legal") if compliance.ok else _tr("✗ Not kei-legal")
    p.drawText(QRectF(half, right_y + row_h * 0.25, half, row_h * 1.5), 0, verdict)
    y = max(left_y, right_y + row_h) + row_h

    # The speed-time run.
    remaining = page.height() - y - small_line * 1.5
    p.setFont(bold)
    p.drawText(QRectF(0, y, page.width(), row_h), _tr("Speed (km/h) against time (s)"))
    y += row_h
    remaining -= row_h
    if remaining > pt_to_px(72):
        img_w = 1800
        img_h = max(int(img_w * remaining / page.width()), 300)
        image = QImage.fromData(_speed_plot_image(perf, img_w, img_h), "PNG")
        p.drawImage(QRectF(0, y, page.width(), remaining), image)
    p.setFont(small)
    p.drawText(
        QRectF(0, page.height() - small_line, page.width(), small_line),
        Qt.AlignmentFlag.AlignRight,
        _tr("Made with keiconfig {v} (model {m})").format(
            v=keiconfig.__version__, m=keiconfig.MODEL_VERSION
        ),
    )


def export_build_sheet(
    build: Build,
    perf: Performance,
    compliance: Compliance,
    path: str | os.PathLike[str],
    *,
    replace_read_only: bool = False,
) -> None:
    data = build_sheet_pdf(build, perf, compliance)
    write_bytes_atomic(path, data, replace_read_only=replace_read_only)
