"""A label's new text that lays out exactly as the old one repaints the label alone.

A label whose text changes asks its layout, and through it the window, to lay out again:
the panel's layout runs and the dashboard measures the panel anew (dashboard.py), on every
frame of a slider drag, although a drag mostly changes digits where they stand: "3,295 of
3,400 mm — 105 mm to spare" becomes "3,299 of 3,400 mm — 101 mm to spare", "until 20.8 s"
becomes "until 20.7 s".

:func:`set_text` sets such a text with the label's layout (a :class:`QuietVBoxLayout`)
kept from laying out again when the new text is the old one with some digits changed,
each as wide, in its place, as the digit it replaces (:func:`same_room`). Then every
line break falls where it fell at every width (digits break alike), each line is as long
and as high: the label's size hint, least size and height for *every* width are those of
the old text, so nothing around it could be placed differently at any width, and what
layouts remember of the label's heights (QBoxLayout and QGridLayout keep one width each;
the dashboard plans at many) stays true. Any other text asks for the layout as any label
does.

(A first attempt, 4cb5448, compared the label's sizes at its present width only and was
reverted in 9519e89: a text as high at that width could wrap otherwise at another, and
the layouts' remembered heights went stale.)
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

_DIGITS = frozenset("0123456789")
# Markup a rich text may hold around changed digits: bold, and spans of colour or bold,
# nothing that changes a font other than its weight.
_TAG = re.compile(r"<[^<>]*>")
_STYLE = r"(?:(?:background-color|color):#[0-9a-fA-F]{6}|font-weight:bold)"
_PLAIN_TAG = re.compile(rf'</?b>|</span>|<span style="{_STYLE}(?:; ?{_STYLE})*;?">')


class QuietVBoxLayout(QVBoxLayout):
    """A vertical box layout that :func:`set_text` can keep from laying out again."""

    hushed = False

    def invalidate(self) -> None:
        if not self.hushed:
            super().invalidate()


def _x(font: QFont, text: str, places: list[int]) -> list[float]:
    """Where each of ``places`` (cursor positions) falls in ``text`` laid out on one line."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    return [line.cursorToX(p)[0] for p in places] + [line.naturalTextWidth()]


def same_room(label: QLabel, old: str, new: str) -> bool:
    """Whether ``new`` lays out in ``label`` exactly as ``old`` does, at every width: the
    same text but for digits, each changed digit in plainly shown text and as wide, where
    it stands, as the one it replaces, in the label's font (and its bold, for a rich text
    whose markup changes nothing but weight and colour)."""
    if len(old) != len(new) or old == new:
        return False
    changed = [i for i in range(len(old)) if old[i] != new[i]]
    if not all(old[i] in _DIGITS and new[i] in _DIGITS for i in changed):
        return False
    fmt = label.textFormat()
    font = label.font()
    # A drag back and forth shows the same pairs of texts again (either way round).
    key = (font.key(), fmt.value, old, new) if old < new else (font.key(), fmt.value, new, old)
    known = _JUDGED.get(key)
    if known is None:
        if len(_JUDGED) >= _KEPT:
            _JUDGED.clear()
        known = _JUDGED[key] = _judge(font, fmt, old, new, changed)
    return known


_JUDGED: dict[tuple[str, int, str, str], bool] = {}
_KEPT = 512  # pairs of texts judged


def _judge(font: QFont, fmt: Qt.TextFormat, old: str, new: str, changed: list[int]) -> bool:
    if fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and "<" in old):
        if any(not _PLAIN_TAG.fullmatch(tag) for tag in _TAG.findall(old)):
            return False
        bounds = "<>&;"
        bold = QFont(font)
        bold.setBold(True)
        fonts = [font, bold]
    elif fmt in (Qt.TextFormat.PlainText, Qt.TextFormat.AutoText):
        bounds = "&"  # a mnemonic's "&" is not shown
        fonts = [font]
    else:
        return False
    # The changed digits by the run of shown text they stand in (between markup, entities
    # and mnemonics), with the cursor positions before and after each, within its run.
    runs: dict[tuple[int, int], list[int]] = {}
    if not any(c in old for c in bounds):
        runs[0, len(old)] = [p for i in changed for p in (i, i + 1)]
    for i in changed if not runs else ():
        if len(bounds) > 1 and (
            old.rfind("<", 0, i) > old.rfind(">", 0, i)
            or old.rfind("&", 0, i) > old.rfind(";", 0, i)
        ):
            return False  # inside a tag or an entity
        start = max(old.rfind(c, 0, i) for c in bounds) + 1
        ends = [e for e in (old.find(c, i) for c in bounds) if e >= 0]
        end = min(ends, default=len(old))
        if (start > 0 and start == i) or (end < len(old) and end == i + 1):
            return False  # beside markup: its neighbour is shown from elsewhere
        runs.setdefault((start, end), []).extend((i - start, i + 1 - start))
    return all(
        _x(f, old[start:end], places) == _x(f, new[start:end], places)
        for (start, end), places in runs.items()
        for f in fonts
    )


def set_text(label: QLabel, text: str) -> None:
    """``label.setText(text)``, with no layout run when the new text lays out exactly as
    the old (see the module); the label's parent must be laid out by a
    :class:`QuietVBoxLayout` for that, else the label takes its text as ever."""
    old = label.text()
    if text == old:
        return
    parent: QWidget | None = label.parentWidget()
    layout = parent.layout() if parent is not None else None
    if not isinstance(layout, QuietVBoxLayout) or not label.isVisible():
        label.setText(text)
        return
    quiet = same_room(label, old, text)
    layout.hushed = quiet
    try:
        label.setText(text)
    finally:
        layout.hushed = False
