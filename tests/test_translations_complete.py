"""Every text a person reads has its Japanese translation, and the shipped .qm is the .ts.

When this fails after you added or changed a text, run (from the repository root)

    .ci/update-translations        (or: PYTHON=/path/to/venv/bin/python .ci/update-translations)

then translate the entries it marks ``type="unfinished"`` in resources/i18n/keiconfig_ja.ts
(in ``pyside6-linguist`` or a text editor: put the Japanese between <translation> and
</translation> and delete ``type="unfinished"``; terms: resources/i18n/GLOSSARY.md), and run
the command again to compile resources/i18n/keiconfig_ja.qm. Commit both files.
"""

from __future__ import annotations

import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from keiconfig.core import catalog

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "resources" / "i18n" / "keiconfig_ja.ts"
QM = REPO / "resources" / "i18n" / "keiconfig_ja.qm"
#: English's own catalogue: the plural forms of the %n texts only ("1 build", "2 builds")
EN_TS = REPO / "resources" / "i18n" / "keiconfig_en.ts"
EN_QM = REPO / "resources" / "i18n" / "keiconfig_en.qm"
HOW_TO_FIX = (
    "run `.ci/update-translations` from the repository root (or "
    "`PYTHON=/path/to/venv/bin/python .ci/update-translations`), then translate the "
    'entries marked type="unfinished" in resources/i18n/keiconfig_ja.ts (put the Japanese '
    'between <translation> and </translation>, delete type="unfinished"; terms in '
    "resources/i18n/GLOSSARY.md) and run the command again to compile the .qm; commit both."
)


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


LUPDATE = _tool("pyside6-lupdate")
LRELEASE = _tool("pyside6-lrelease")


ALIASES = "tr+=_tr,tr+=translate_n,tr+=TRANSLATE_N_NOOP"


def _lupdate_into(tmp_path: Path, source: Path = TS) -> Path:
    """The repo's .ts brought up to date with the source, in a copy (the repo untouched),
    with the same options as .ci/update-translations (English: the plural texts only)."""
    script = (REPO / ".ci" / "update-translations").read_text(encoding="utf-8")
    assert f'aliases="{ALIASES}"' in script and "-locations none" in script
    assert "-pluralonly" in script
    ts = tmp_path / source.name
    shutil.copy(source, ts)
    assert LUPDATE is not None
    only = ["-pluralonly"] if source == EN_TS else []
    subprocess.run(
        [LUPDATE, "-extensions", "py", "-locations", "none", "-no-obsolete", *only,
         "-tr-function-alias", ALIASES, str(REPO / "keiconfig"), "-ts", str(ts)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return ts


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate is not installed")
def test_every_source_text_has_a_japanese_translation(tmp_path: Path) -> None:
    ts = _lupdate_into(tmp_path)
    root = ET.parse(ts).getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") == "unfinished" or not (
                translation.text or translation.findall("numerusform")
            ):
                missing.append(
                    f"  [{context.findtext('name') or ''}] {message.findtext('source')!r}"
                )
    assert not missing, (
        f"{len(missing)} text(s) of keiconfig have no Japanese translation:\n"
        + "\n".join(missing[:40])
        + f"\nTo fix: {HOW_TO_FIX}"
    )
    # and the repo's .ts is what lupdate writes (no stale or vanished entries)
    assert ts.read_text(encoding="utf-8") == TS.read_text(encoding="utf-8"), (
        f"resources/i18n/keiconfig_ja.ts is out of date with the source. To fix: {HOW_TO_FIX}"
    )


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate is not installed")
def test_every_count_has_its_english_plural_forms(tmp_path: Path) -> None:
    """A text with a count (%n) has its two English forms (one, other) in keiconfig_en.ts,
    and that file is what lupdate writes (only those texts)."""
    ts = _lupdate_into(tmp_path, EN_TS)
    root = ET.parse(ts).getroot()
    missing = []
    for message in root.iter("message"):
        assert message.get("numerus") == "yes", message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.findall("numerusform")]
        if translation.get("type") == "unfinished" or len(forms) != 2 or not all(forms):
            missing.append(f"  {message.findtext('source')!r}")
    assert len(list(root.iter("message"))) >= 20
    assert not missing, (
        "texts with a count (%n) without their English forms in "
        "resources/i18n/keiconfig_en.ts (give both <numerusform>: one, other):\n"
        + "\n".join(missing)
        + f"\nThen: {HOW_TO_FIX}"
    )
    assert ts.read_text(encoding="utf-8") == EN_TS.read_text(encoding="utf-8"), (
        f"resources/i18n/keiconfig_en.ts is out of date with the source. To fix: {HOW_TO_FIX}"
    )


def test_translations_keep_their_fields_and_markup() -> None:
    """A translation uses only the {fields} / %s / %n of its source, keeps the [brackets]
    of the limits sentence and the & of a mnemonic, and is not left in English."""
    cat = catalog.read_ts(TS)
    english = catalog.read_ts(EN_TS)
    # a text translated with plural forms (Qt's numerus) may use %n for its count
    numerus = {m.findtext("source") for m in ET.parse(TS).getroot().iter("message")
               if m.get("numerus") == "yes"}  # fmt: skip
    problems = []
    every_form = [(key, form) for key, forms in (cat._forms | english._forms).items()
                  for form in forms]  # fmt: skip
    for (context, source, _), text in [*cat._exact.items(), *every_form]:
        for mark in ("%s", "%d", "%n", "[", "]"):
            if mark == "%n" and (source in numerus or "%n" in text):
                continue
            if source.count(mark) != text.count(mark):
                problems.append(f"[{context}] {source!r}: {mark} count differs in {text!r}")
        if ("&" in source.replace("&&", "")) != (
            "&" in text.replace("&&", "")
        ) and "{" not in source:
            problems.append(f"[{context}] {source!r}: mnemonic & lost or added in {text!r}")

        def fields(t: str) -> set[str]:
            try:
                return {f for _, f, _, _ in string.Formatter().parse(t) if f is not None}
            except ValueError:
                return set()

        if not fields(text) <= fields(source):
            problems.append(f"[{context}] {source!r}: unknown field in {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease is not installed")
def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    """Every finished translation of the .ts is what the committed .qm gives (the .qm is
    compared by what it translates, not byte for byte, so another lrelease version agrees)."""
    from PySide6.QtCore import QTranslator

    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [LRELEASE, "-nounfinished", str(TS), "-qm", str(fresh)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    shipped, compiled = QTranslator(), QTranslator()
    assert shipped.load(str(QM)), "resources/i18n/keiconfig_ja.qm does not load"
    assert compiled.load(str(fresh))
    cat = catalog.read_ts(TS)
    assert len(cat) > 500
    stale = [
        (context, source)
        for (context, source, comment), text in cat._exact.items()
        if shipped.translate(context, source, comment or None) != text
    ]
    assert not stale, f"the .qm is older than the .ts ({len(stale)} texts). To fix: {HOW_TO_FIX}"
    english, en_ts = QTranslator(), catalog.read_ts(EN_TS)
    assert english.load(str(EN_QM)), "resources/i18n/keiconfig_en.qm does not load"
    stale = [
        source
        for (context, source, comment), forms in en_ts._forms.items()
        for n, form in ((1, forms[0]), (2, forms[1]))
        if english.translate(context, source, comment or None, n) != form
    ]
    assert not stale, (
        f"keiconfig_en.qm is older than keiconfig_en.ts: {stale}. To fix: {HOW_TO_FIX}"
    )


TR_NAMES = frozenset(
    {"tr", "_tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "translate_n", "TRANSLATE_N_NOOP"}
)


def _literal_texts() -> list[tuple[str, int, str]]:
    """(file, line, text) of every string literal handed to tr() / translate() / _tr() /
    QT_TRANSLATE_NOOP in keiconfig, found by Python's own parser (also inside f-strings,
    where pyside6-lupdate does not look)."""
    import ast

    found = []
    for path in sorted((REPO / "keiconfig").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name not in TR_NAMES or not node.args:
                continue
            args = node.args
            # translate(context, text) and QT_TRANSLATE_NOOP(context, text): the text is 2nd
            two = name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2
            text = args[1] if two else args[0]
            if isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value:
                found.append((str(path.relative_to(REPO)), node.lineno, text.value))
    return found


def test_no_count_chooses_between_two_texts() -> None:
    """A count's plural form comes from the translation (tr(..., n) with %n), never from
    ``tr("1 build") if n == 1 else tr("%d builds")``: each language has its own forms."""
    import ast

    found = []
    for path in sorted((REPO / "keiconfig").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.IfExp) or not isinstance(node.test, ast.Compare):
                continue
            one = [c for c in node.test.comparators if isinstance(c, ast.Constant)]
            if not any(c.value == 1 for c in one):
                continue

            def translated(n: ast.AST) -> bool:
                return any(
                    isinstance(c, ast.Call)
                    and (
                        c.func.attr
                        if isinstance(c.func, ast.Attribute)
                        else getattr(c.func, "id", "")
                    )
                    in TR_NAMES
                    for c in ast.walk(n)
                )

            def counted(n: ast.AST) -> bool:  # a text with a number in it: "1 build", "%d"
                return any(
                    isinstance(c, ast.Constant)
                    and isinstance(c.value, str)
                    and (c.value.startswith("1 ") or any(m in c.value for m in ("%d", "{")))
                    for c in ast.walk(n)
                )

            if (
                translated(node.body)
                and translated(node.orelse)
                and (counted(node.body) or counted(node.orelse))
            ):
                found.append(f"  {path.relative_to(REPO)}:{node.lineno}")
    assert not found, (
        "a count chooses between two translated texts; use one text with %n and pass the "
        'count: self.tr("%n build(s)", "", n) (keiconfig.core.text.translate_n in the core), '
        "and give its English forms in resources/i18n/keiconfig_en.ts:\n" + "\n".join(found)
    )


def test_every_literal_handed_to_tr_is_extracted_for_translators() -> None:
    """A tr("...") that pyside6-lupdate cannot see (inside an f-string, say) would never
    be translated: every such literal must be in the .ts."""
    root = ET.parse(TS).getroot()
    sources = {m.findtext("source") for m in root.iter("message")}
    missing = [f"  {file}:{line}: {text!r}" for file, line, text in _literal_texts()
               if text not in sources]  # fmt: skip
    assert not missing, (
        "texts handed to tr()/translate() that are not in resources/i18n/keiconfig_ja.ts:\n"
        + "\n".join(missing)
        + "\nIf the call is inside an f-string, pyside6-lupdate cannot see it: move the call "
        'out (text = self.tr("...") on a line of its own). Then: ' + HOW_TO_FIX
    )
