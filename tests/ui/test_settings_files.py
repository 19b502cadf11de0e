"""The settings file as a person's machine really has it: edited by hand, half written,
garbage. Whatever is in it, the window opens with its words readable."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from keiconfig.ui.settings import Settings


def _write_settings(folder, text: str) -> None:
    (folder / "keiconfig.ini").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("value", ["nan", "-nan", "NaN", "inf", "-inf", "big", "1, 2", ""])
def test_a_text_size_that_is_not_a_number_is_the_normal_size(_private_folders, value) -> None:
    _write_settings(_private_folders, f"[view]\ntext_scale={value}\n")
    scale = Settings().text_scale
    assert 0.75 <= scale <= 2.5


def test_a_window_opened_with_text_size_nan_shows_its_words(
    main_window_factory, _private_folders
) -> None:
    base = QApplication.font().pointSizeF()
    _write_settings(_private_folders, "[view]\ntext_scale=nan\n")
    window = main_window_factory()
    assert window.view.text_scale == 1.0
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert window.body_panel.name.font().pointSizeF() > 0
