"""Texts a panel writes on every change are asked of Qt once per language
(i18n.KeepsTranslations), and follow every change of language all the same."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from keiconfig.core import text
from keiconfig.ui import i18n
from keiconfig.ui.app import make_app


class _Counting(QTranslator):
    """Tells how often Qt asked it, and turns every text into «text»."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, str]] = []

    def isEmpty(self) -> bool:
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.asked.append((context, source))
        return f"«{source}»"


class _Panel(i18n.KeepsTranslations, QWidget):
    pass


def test_a_kept_text_is_asked_once_and_dropped_with_the_translators(qapp) -> None:
    make_app()
    i18n.set_language("en")
    panel = _Panel()
    counting = _Counting()
    QCoreApplication.installTranslator(counting)
    i18n.forget_translations()
    try:
        assert [panel.tr("Length") for _ in range(3)] == ["«Length»"] * 3
        assert counting.asked.count(("_Panel", "Length")) == 1
        counts = [panel.tr("%n rule(s) broken", "", n) for n in (2, 3, 2)]
        assert counts == ["«2 rule(s) broken»", "«3 rule(s) broken»", "«2 rule(s) broken»"]
    finally:
        QCoreApplication.removeTranslator(counting)
        i18n.forget_translations()
    assert panel.tr("Length") == "Length"  # the translator gone: its text too
    i18n.set_language("ja")
    try:
        assert panel.tr("Length") == "全長"  # (no context of its own: the .ts by its text)
    finally:
        i18n.set_language("en")
    assert panel.tr("Length") == "Length"


def test_rows_written_after_a_live_switch_are_in_the_new_language(main_window_factory, qapp):
    """The compliance rows, rewritten on each change of the build, in the language of the
    moment: Japanese after a switch to Japanese, English again after switching back."""
    make_app()
    i18n.set_language("en")
    window = main_window_factory()
    doc = window.document
    row = window.compliance_panel.rows["length"]
    try:
        doc.change({"body.length_mm": 3300}, "Short")
        assert (row.name.text(), row.status.text()) == ("Length", "✔ Pass")
        window.choose_language("ja")
        QApplication.processEvents()
        doc.change({"body.length_mm": 3500}, "Too long")
        assert (row.name.text(), row.status.text()) == ("全長", "✖ 違反")
        doc.change({"body.length_mm": 3300}, "Short")
        assert (row.name.text(), row.status.text()) == ("全長", "✔ 適合")
        window.choose_language("en")
        QApplication.processEvents()
        doc.change({"body.length_mm": 3500}, "Too long")
        assert (row.name.text(), row.status.text()) == ("Length", "✖ Over")
    finally:
        i18n.set_language("en")
        doc.undo_stack.setClean()


def test_the_cores_texts_are_asked_once_and_follow_the_language(qapp) -> None:
    """The core's texts (the limits sentence's clauses, the weight parts' names) go
    through Qt once per text and language, and follow a switch and a direct install."""
    make_app()
    i18n.set_language("en")
    assert text.translator() is i18n.core_translate
    assert text.translate("explain", "[air drag]") == "[air drag]"
    i18n.set_language("ja")
    try:
        japanese = text.translate("explain", "[air drag]")
        assert japanese == "[空気抵抗]"
        counting = _Counting()
        QCoreApplication.installTranslator(counting)
        i18n.forget_translations()
        try:
            assert [text.translate("explain", "[air drag]") for _ in range(3)] == [
                "«[air drag]»"
            ] * 3
            assert counting.asked.count(("explain", "[air drag]")) == 1
        finally:
            QCoreApplication.removeTranslator(counting)
            i18n.forget_translations()
        assert text.translate("explain", "[air drag]") == japanese
    finally:
        i18n.set_language("en")
    assert text.translate("explain", "[air drag]") == "[air drag]"


def test_the_translations_choices_and_counts_follow_a_live_switch(qapp) -> None:
    """What a translation chooses (the 400 m first, torque in kgf·m too), the era's date and
    the core's counted texts, asked of Qt once a language, are the language's each time."""
    from keiconfig.core import regulations
    from keiconfig.ui.panels.compliance_panel import era_date
    from keiconfig.ui.panels.results_panel import lead_with_400m, torque_in_kgfm

    era = regulations.era(regulations.CURRENT_ERA)
    count = "%n build(s)"
    make_app()
    i18n.set_language("en")
    english = (lead_with_400m(), torque_in_kgfm(), era_date(era))
    assert english == (False, False, "Oct 1998")
    assert [text.translate_n(count, "", n) for n in (1, 2, 1)] == ["1 build", "2 builds", "1 build"]
    for _ in range(2):
        i18n.set_language("ja")
        try:
            assert lead_with_400m() and torque_in_kgfm()
            assert era_date(era) not in ("Oct 1998", "") and "1998" in era_date(era)
            assert text.translate_n(count, "", 2) != "2 builds"
        finally:
            i18n.set_language("en")
        assert (lead_with_400m(), torque_in_kgfm(), era_date(era)) == english
        assert text.translate_n(count, "", 2) == "2 builds"
