"""Translations reach the core's sentences in the window, and Qt's tools can extract them.

A pseudo-translation (every text wrapped in « ») is installed as Qt translators are, and
the window's sentences that come from the Qt-free core (what limits the car, the
suggested changes, the rules a change breaks, file errors) must show it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import keiconfig
from keiconfig.core import text
from keiconfig.ui import i18n
from keiconfig.ui.app import make_app

SOURCE = Path(keiconfig.__file__).parent


class Pseudo(QTranslator):
    """Every text wrapped in « », its {fields} and %s kept, so nothing breaks."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"«{source}»"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp) -> Iterator[Pseudo]:
    """The pseudo-translation installed, and the core's hook as the app sets it up."""
    make_app()  # the app as keiconfig starts it: installs the core's translator hook
    assert text.translator() is not None
    translator = Pseudo()
    QCoreApplication.installTranslator(translator)
    i18n.forget_translations()  # (installed directly, not by set_language)
    yield translator
    QCoreApplication.removeTranslator(translator)
    i18n.forget_translations()
    text.set_translator(None)


def test_make_app_installs_qt_as_the_cores_translator(qapp) -> None:
    try:
        make_app()
        assert text.translator() is i18n.core_translate  # (Qt's, asked once a language)
        # no translation loaded: the core's English is unchanged
        assert text.translate("files", "a list") == "a list"
    finally:
        text.set_translator(None)


def _limits(window):
    c = window.classroom
    c.dock.show()
    c.tabs.setCurrentIndex(0)
    c.limits_panel.update_now()
    return c.limits_panel


def test_limits_sentence_and_suggestions_are_translated(pseudo, main_window_factory) -> None:
    window = main_window_factory()
    panel = _limits(window)
    described = panel.sentence.accessibleDescription()
    assert described.startswith("«"), described
    assert "limits it»" in described or "holds it back»" in described
    shown = panel.sentence.text()
    assert "«<b>What limits it:</b>" in shown
    # the limit's words stay highlighted in the translated sentence
    assert "background-color" in shown
    assert panel.suggestions
    button = panel.buttons[0].text()
    assert button.startswith("««"), button  # "{change}: {time}" and the change's label
    assert panel.suggestions[0].label in button


def test_going_above_the_power_agreement_is_said_in_translation(
    pseudo, main_window_factory
) -> None:
    """Removing the 64 PS cap of a turbo goes above the makers' agreement (the one rule a
    change offered can break): its warning is translated."""
    window = main_window_factory()
    doc = window.document
    doc.set_era("1998")
    doc.change({"engine.aspiration": "turbo", "engine.power_cap_ps": 64}, "Turbo")
    panel = _limits(window)
    shown = {s.key: b.text() for s, b in zip(panel.suggestions, panel.buttons, strict=False)}
    breaking = [s for s in panel.suggestions if s.breaks]
    assert [s.breaks for s in breaking] == [("power",)]
    (uncap,) = breaking
    assert shown[uncap.key] == f"«{uncap.text} — ⚠ above the makers' power agreement (not law)»"


def test_compliance_failure_sentence_is_translated(pseudo, main_window_factory) -> None:
    window = main_window_factory()
    window.document.change({"body.length_mm": 3500}, "Too long")
    panel = window.compliance_panel
    row = panel.rows["length"]
    assert row.advice.text() == "«Shorten the car by at least 100 mm.»"
    assert row.detail.text().replace("\xa0", " ").startswith("«3,500 of 3,400 mm — «100 mm over»»")
    assert panel.verdict.text().startswith("«✖ Not a kei car under the rules since ««Oct» 1998»")


def test_file_load_error_dialog_is_translated(pseudo, main_window_factory, dialogs, tmp_path):
    window = main_window_factory()
    bad = tmp_path / "broken.kei.json"
    bad.write_text('{"format": "keiconfig-build", "version": 1, "name": 3}', encoding="utf-8")
    assert not window.open_path(bad, ask=False)
    title, message = dialogs.errors[-1]
    assert title.startswith("«")
    assert message.startswith('««broken.kei.json: «"name" must be «text in quotes» (found 3).»')
    empty = tmp_path / "empty.kei.json"
    empty.write_bytes(b"")
    assert not window.open_path(empty, ask=False)
    assert dialogs.errors[-1][1].startswith("««empty.kei.json: the file is empty.»")
    assert dialogs.errors[-1][1].endswith(f"«The file is in the folder “{tmp_path}”.»»")


def test_without_a_translation_the_window_speaks_english(main_window_factory, qapp) -> None:
    make_app()
    try:
        window = main_window_factory()
        panel = _limits(window)
        assert "«" not in panel.sentence.accessibleDescription()
        assert "«" not in panel.buttons[0].text()
    finally:
        text.set_translator(None)


# -- Qt's tools ---------------------------------------------------------------------------


def _tool(name: str) -> str | None:
    """Qt's tool beside this Python (a virtual environment's bin/, not always on PATH)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


LUPDATE = _tool("pyside6-lupdate")
LRELEASE = _tool("pyside6-lrelease")


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate is not installed")
def test_lupdate_extracts_the_cores_sentences(tmp_path: Path) -> None:
    ts = tmp_path / "keiconfig_xx.ts"
    files = sorted(str(p) for p in (SOURCE / "core").glob("*.py"))
    subprocess.run([LUPDATE, *files, "-ts", str(ts)], check=True, capture_output=True, timeout=120)
    xml = ts.read_text(encoding="utf-8")
    for context in ("explain", "suggestions", "regulations", "compare", "files"):
        assert f"<name>{context}</name>" in xml
    for source in (
        "[Wheelspin] limits it",  # a table entry marked with QT_TRANSLATE_NOOP
        "{opening} until {time}",  # a translate() call
        "{clauses}{shifts}{top_speed}{never}.",
        "Turbo instead of naturally aspirated",
        "{era} rules ({length} × {width} mm, {displacement})",
        "Kei-legal",
        "{source}: the file is empty.",
        "{name} could not be saved: {reason}. The previous version of the file is unchanged.",
    ):
        assert f"<source>{source.replace('&', '&amp;')}</source>" in xml, source
    assert "<extracomment>" in xml  # notes for translators come along


@pytest.mark.skipif(
    LUPDATE is None or LRELEASE is None, reason="pyside6-lupdate / lrelease not installed"
)
def test_a_compiled_translation_changes_the_limits_sentence(
    tmp_path: Path, qapp, main_window_factory
) -> None:
    ts = tmp_path / "keiconfig_de.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>explain</name>
    <message>
        <source>[Engine power] limits it</source>
        <translation>[Die Motorleistung] begrenzt es</translation>
    </message>
    <message>
        <source>[Wheelspin] limits it</source>
        <translation>[Durchdrehende Räder] begrenzen es</translation>
    </message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    qm = tmp_path / "keiconfig_de.qm"
    subprocess.run(
        [LRELEASE, str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=120
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    make_app()
    QCoreApplication.installTranslator(translator)
    i18n.forget_translations()
    try:
        window = main_window_factory()
        panel = _limits(window)
        sentence = panel.sentence.accessibleDescription()
        assert sentence.startswith(("Die Motorleistung begrenzt es", "Durchdrehende Räder")), (
            sentence
        )
        assert "[" not in sentence
        assert "background-color" in panel.sentence.text()
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n.forget_translations()
        text.set_translator(None)


def test_weight_part_names_are_translated_where_shown(pseudo, main_window_factory) -> None:
    window = main_window_factory()
    bars = window.results_panel.weight_bars
    parts = window.document.performance.weight_parts
    assert {p.name for p in parts} >= {"engine", "body shell"}  # the model's data: English
    assert "«engine»" in bars.names and "«body shell»" in bars.names
    assert "«engine»: " in bars.toolTip() and "«engine»: " in bars.accessibleDescription()


def test_no_two_commands_of_a_menu_read_the_same_in_japanese(main_window) -> None:
    """File > Revert and Edit > Undo both read 元に戻す in Japanese: a student who wanted
    to take one change back could not tell it from throwing all of them away. Each menu's
    entries, and the File and Edit menus' together (the commands on the build), read
    differently in Japanese as in English (the repository's catalogue, not the installed
    one)."""
    import re

    from keiconfig.core import catalog

    ja = catalog.read_ts(Path(__file__).resolve().parents[2] / "resources/i18n/keiconfig_ja.ts")

    def plain(words: str) -> str:  # "保存(&S)" and "&Save..." as a person reads them
        return re.sub(r"\(&.\)|&", "", words).replace("…", "").replace("...", "").strip()

    menus = {
        plain(top.text()): [
            a.text() for a in top.menu().actions() if not a.isSeparator() and a.text()
        ]
        for top in main_window.menuBar().actions()
    }
    groups = [*menus.values(), menus["File"] + menus["Edit"]]
    for english in groups:
        japanese: dict[str, str] = {}
        for source in english:
            said = plain(ja.lookup("MainWindow", source) or source)
            assert japanese.setdefault(said, source) == source, (said, japanese[said], source)
