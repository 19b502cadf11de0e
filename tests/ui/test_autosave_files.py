"""The autosave's files as a person's machine may really have them: edited, forged, cut
short. Recovery reads what it can, says it in plain words and never takes in megabytes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from keiconfig.ui import autosave
from keiconfig.ui.recovery_dialog import RecoveryDialog

PRESET = Path(__file__).resolve().parents[2] / "resources" / "presets"


def _slot(meta: dict) -> Path:
    """An autosave left by a process that is gone (pid 99999), its sidecar ``meta``."""
    folder = autosave.autosave_dir()
    folder.mkdir(parents=True, exist_ok=True)
    preset = sorted(PRESET.glob("*.kei.json"))[0]
    shutil.copyfile(preset, folder / "99999-gone.kei.json")
    meta = {"format": autosave.META_FORMAT, "pid": 99999, "modified": True, **meta}
    (folder / "99999-gone.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def test_a_huge_forged_box_name_is_cut_short_in_the_recovery_dialog(qtbot) -> None:
    box = "<b>Length</b>" + "Q" * 2_000_000
    _slot({"typing": {"box": box, "text": "3300"}})
    (orphan,) = autosave.find_orphans()
    try:
        assert orphan.typing is not None
        name, text = orphan.typing
        assert len(name) == autosave.TYPING_BOX_MAX and name.startswith("<b>Length</b>QQ")
        assert name.endswith("…") and text == "3300"
        dialog = RecoveryDialog(orphan)
        qtbot.addWidget(dialog)
        assert dialog.typing_label is not None
        assert len(dialog.typing_label.text()) < 200
    finally:
        orphan.release()
