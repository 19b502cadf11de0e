"""Japanese chosen on a computer with no font for it (a fresh Linux has DejaVu alone):
every Japanese letter was drawn as the same box, and nothing said why. The status bar
says it, in English (the one language such a computer shows), with the package to
install: as the language is chosen, and at the next start."""

from __future__ import annotations

import pytest

from keiconfig.ui import i18n
from keiconfig.ui.settings import Settings
from tests.ui import japanese_font
from tests.ui.test_dock_share import _choose_language

# offscreen: a menu cannot grab the keyboard there (the language is chosen in View's menu)
MENU = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise\(\)|grabbing the keyboard)"
)


class _NoJapanese:
    """QFontDatabase as a computer without a Japanese font answers it."""

    WritingSystem = i18n.QFontDatabase.WritingSystem

    @staticmethod
    def families(system=None):  # type: ignore[no-untyped-def]
        return [] if system == i18n.QFontDatabase.WritingSystem.Japanese else ["DejaVu Sans"]


# (Japanese itself, which conftest skips where no font draws it: these tests are of that
# computer, and measure no Japanese layout)
_SET_LANGUAGE = i18n.set_language


@pytest.fixture
def no_japanese_font(monkeypatch):
    monkeypatch.setattr(i18n, "QFontDatabase", _NoJapanese)
    monkeypatch.setattr(i18n, "set_language", _SET_LANGUAGE)


@MENU
def test_japanese_chosen_without_a_font_says_what_to_install(main_window, qtbot, no_japanese_font):
    try:
        _choose_language(qtbot, main_window, "ja")
        assert i18n.current_language() == "ja"
        said = main_window.statusBar().currentMessage()
        assert said == i18n.NO_JAPANESE_FONT
        assert "fonts-noto-cjk" in said and said.isascii()
    finally:
        i18n.set_language("en")


@MENU
def test_with_a_font_or_in_english_nothing_is_said(main_window, qtbot, no_japanese_font):
    _choose_language(qtbot, main_window, "en")
    assert main_window.statusBar().currentMessage() != i18n.NO_JAPANESE_FONT


@MENU
def test_japanese_with_its_font_says_nothing(main_window, qtbot):
    japanese_font.needed()
    try:
        _choose_language(qtbot, main_window, "ja")
        assert main_window.statusBar().currentMessage() != i18n.NO_JAPANESE_FONT
    finally:
        i18n.set_language("en")


def test_a_start_in_japanese_without_a_font_says_it(start_window, no_japanese_font):
    Settings().language = "ja"  # chosen last time
    i18n.set_language("ja")  # (as make_app sets it from the settings at a start)
    try:
        window = start_window()
        assert window.statusBar().currentMessage() == i18n.NO_JAPANESE_FONT
    finally:
        i18n.set_language("en")
