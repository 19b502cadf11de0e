"""Japanese message boxes wrap between words, never inside a Latin word.

Qt breaks a Japanese line between any two Japanese letters, and between a Japanese letter
and a Latin word; a Latin word (Windows, Shift_JIS, UTF-8), a file's name and a number with
its unit ("64 PS") stay whole. The boxes' text is laid out here as the box's own label lays
it out (QTextLayout, its font, its width and wider and narrower ones)."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from keiconfig.core import files, presets
from keiconfig.ui import errors
from tests.ui.keys import focus, press

# A Latin word's letters, digits and the marks inside a word or a file's name.
_WORD = re.compile(r"[A-Za-z0-9_.\-]")


def _messages(tmp_path) -> list[str]:
    """The Japanese messages of a build file from Windows-1250 and from Shift_JIS, as the
    window shows them."""
    beat = presets.load_preset("honda-beat-1991").build
    plain = beat.model_copy(update={"translations": None, "description": "", "notes": ""})
    data = plain.model_dump(mode="json")
    data["name"] = "Dvořák Škoda"
    central = tmp_path / "beat-from-prague.kei.json"
    central.write_bytes(json.dumps(data, ensure_ascii=False).encode("cp1250"))
    warnings = files.load_build(central).warnings
    data["name"] = "軽カー テスト"
    japanese = tmp_path / "kei-from-tokyo.kei.json"
    japanese.write_bytes(json.dumps(data, ensure_ascii=False).encode("cp932"))
    try:  # read as Shift_JIS and said, or refused with what to do
        said = "\n".join(files.load_build(japanese).warnings)
    except files.BuildFileError as e:
        said = str(e)
    out = ["\n".join(warnings), said]
    assert "中欧版Windows" in out[0] and "Shift_JIS" in out[1], out
    return out


def _split_words(text: str, font, width: float) -> list[str]:
    """The places a ``width``-wide word-wrapped layout of ``text`` ends a line inside a
    Latin word ("W|indows"), at a zero-width space too (which these messages, with no
    run too long for a line, have no need of)."""
    bad = []
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        ends = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            ends.append(line.textStart() + line.textLength())
        layout.endLayout()
        for end in ends[:-1]:
            # (a zero-width space a line ends with is no word's end: the letters beside it)
            before, after = paragraph[:end].rstrip("\u200b")[-1], paragraph[end]
            if _WORD.match(before) and _WORD.match(after):
                bad.append(f"{paragraph[max(0, end - 8) : end]}|{paragraph[end : end + 8]}")
            if before == " " and paragraph[end - 2].isdigit() and after.isalpha():
                bad.append(f"{paragraph[max(0, end - 8) : end]}|{paragraph[end : end + 8]}")
    return bad


@pytest.mark.desktop
@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("language", ["ja"], indirect=True)
def test_a_japanese_message_box_keeps_latin_words_whole(
    qtbot, main_window, tmp_path, language, projector
):
    window = main_window
    window.resize(1280, 720)
    if projector:  # F5, as a teacher turns it on
        focus(qtbot, window.body_panel.name)
        press(Qt.Key.Key_F5)
        assert window.classroom.projector_action.isChecked()
    for message in _messages(tmp_path):
        box = errors.user_error_box(window, "keiconfig", message)
        box.setModal(False)
        box.show()
        qtbot.waitExposed(box)
        try:
            label = box.findChild(QLabel, "qt_msgbox_label")
            assert label is not None and label.wordWrap()
            text = label.text()
            shown = text.replace("\u200b", "").replace("\u2060", "").replace("\u00a0", " ")
            assert shown == message
            widths = [label.contentsRect().width() - 2 * max(label.margin(), 0)]
            widths += range(300, 900, 7)  # and every box width a screen may give it
            for width in widths:
                assert _split_words(text, label.font(), width) == [], (width, text)
            assert len(text) > 60 and label.height() > label.fontMetrics().height()  # wraps
        finally:
            box.close()
            box.deleteLater()
    if projector:
        press(Qt.Key.Key_F5)
