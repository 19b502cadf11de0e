"""The Document: one route for change, undo/redo, the modified flag, merged drags."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from keiconfig.core import files
from keiconfig.core.build import changed, default_build
from keiconfig.ui.document import Change, Document


@pytest.fixture
def doc(qapp) -> Document:
    return Document()


def test_a_change_is_one_undo_step_with_its_text_and_marks_modified(doc: Document) -> None:
    before = doc.build
    doc.change({"engine.displacement_cc": 550}, "Change displacement")
    assert doc.build.engine.displacement_cc == 550
    assert doc.modified
    assert doc.undo_stack.undoText() == "Change displacement"
    doc.undo_stack.undo()
    assert doc.build == before
    assert not doc.modified
    doc.undo_stack.redo()
    assert doc.build.engine.displacement_cc == 550


def test_a_change_to_the_same_value_adds_no_step(doc: Document) -> None:
    doc.change({"body.length_mm": doc.build.body.length_mm}, "Change length")
    assert doc.undo_stack.count() == 0
    assert not doc.modified


def test_changes_with_one_merge_id_are_one_undo_step(doc: Document) -> None:
    start = doc.build.body.length_mm
    merge = doc.new_merge_id()
    for length in (3300, 3250, 3200):
        doc.change({"body.length_mm": length}, "Change length", merge)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.build.body.length_mm == start


def test_a_drag_back_to_the_start_leaves_no_step(doc: Document) -> None:
    start = doc.build.body.length_mm
    merge = doc.new_merge_id()
    doc.change({"body.length_mm": 3300}, "Change length", merge)
    doc.change({"body.length_mm": start}, "Change length", merge)
    assert not doc.modified
    assert not doc.undo_stack.canUndo()


def test_separate_drags_are_separate_steps(doc: Document) -> None:
    doc.change({"body.length_mm": 3300}, "Change length", doc.new_merge_id())
    doc.change({"body.length_mm": 3200}, "Change length", doc.new_merge_id())
    assert doc.undo_stack.count() == 2


def test_an_invalid_change_raises_and_keeps_the_build(doc: Document) -> None:
    before = doc.build
    with pytest.raises(ValidationError):
        doc.change({"body.wheelbase_mm": 4000}, "Change wheelbase")  # longer than the car
    assert doc.build == before
    assert doc.undo_stack.count() == 0


def test_signals_fire_for_build_and_state(doc: Document, qtbot) -> None:
    with qtbot.waitSignal(doc.changed), qtbot.waitSignal(doc.state_changed):
        doc.change({"name": "Renamed"}, "Rename build")


def _record(doc: Document) -> list[Change]:
    seen: list[Change] = []
    doc.changed.connect(seen.append)
    return seen


def test_one_change_event_says_what_changed_and_why(doc: Document, tmp_path: Path) -> None:
    seen = _record(doc)
    first = doc.build
    doc.change({"engine.cylinders": 4}, "Change cylinders")
    four = doc.build
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    doc.set_era("1976")
    path = tmp_path / "a.kei.json"
    doc.save(path)
    doc.open(path)
    doc.reset(default_build())
    assert [c.reason for c in seen] == ["edit", "undo", "redo", "edit", "open", "reset"]
    assert (seen[0].old, seen[0].new) == (first, four)
    assert (seen[1].old, seen[1].new) == (four, first)
    assert (seen[2].old, seen[2].new) == (first, four)
    # the rules' era is the build's: the same car, judged by other rules
    assert (seen[3].old, seen[3].new) == (four, changed(four, {"judged_by": "1976"}))
    assert seen[3].rules_only and not seen[3].build_changed
    assert [c.rules_only for c in seen] == [False, False, False, True, False, False]
    assert all(c.build_changed for c in seen if not c.rules_only)
    assert [c.fresh for c in seen] == [False, False, False, False, True, True]


def test_a_drag_is_one_step_in_the_change_events_and_in_the_previous_run(doc: Document) -> None:
    seen = _record(doc)
    before_drag = doc.performance
    merge = doc.new_merge_id()
    for length in (3300, 3250, 3200):
        doc.change({"body.length_mm": length}, "Change length", merge)
    assert [c.merge_id for c in seen] == [merge] * 3
    assert [c.new_step for c in seen] == [True, False, False]
    assert doc.previous_performance is before_drag  # the run before the drag began
    end_of_drag = doc.performance
    doc.change({"body.height_mm": 1400}, "Change height")  # a step of its own
    assert seen[-1].new_step and seen[-1].merge_id is None
    assert doc.previous_performance is end_of_drag
    lowered = doc.performance
    doc.undo_stack.undo()  # an undo is a step: it compares with the run it took back
    assert seen[-1].reason == "undo" and seen[-1].new_step
    assert doc.previous_performance is lowered


def test_a_build_opened_or_started_afresh_has_no_previous_run(doc: Document) -> None:
    doc.change({"engine.cylinders": 4}, "Change cylinders")
    assert doc.previous_performance is not None
    doc.reset(default_build())
    assert doc.previous_performance is None


def test_save_marks_clean_and_open_resets_history(doc: Document, tmp_path: Path) -> None:
    doc.change({"engine.cylinders": 4}, "Change cylinders")
    path = tmp_path / "a.kei.json"
    doc.save(path)
    assert not doc.modified
    assert doc.path == path
    doc.change({"engine.cylinders": 2}, "Change cylinders")
    assert doc.modified
    other = Document()
    assert other.open(path).warnings == ()
    assert other.build.engine.cylinders == 4
    assert not other.modified
    assert not other.undo_stack.canUndo()


def test_undo_back_to_the_saved_state_is_clean(doc: Document, tmp_path: Path) -> None:
    doc.save(tmp_path / "b.kei.json")
    doc.change({"engine.cylinders": 4}, "Change cylinders")
    doc.undo_stack.undo()
    assert not doc.modified


def test_a_failed_open_leaves_the_document_untouched(doc: Document, tmp_path: Path) -> None:
    doc.change({"engine.cylinders": 4}, "Change cylinders")
    before = doc.build
    bad = tmp_path / "bad.kei.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(files.BuildFileError):
        doc.open(bad)
    assert doc.build == before
    assert doc.modified
    assert doc.path is None


def test_reset_starts_afresh(doc: Document) -> None:
    doc.change({"engine.cylinders": 4}, "Change cylinders")
    new = changed(default_build(), {"name": "Fresh"})
    doc.reset(new)
    assert doc.build == new
    assert not doc.modified
    assert doc.undo_stack.count() == 0


def test_the_rules_era_is_an_undo_step_of_the_build_saved_with_it(
    doc: Document, qtbot, tmp_path: Path
) -> None:
    """The era chosen is the build's judged_by: one step named for it ("Rules: 1976"),
    modified, undone to the rules before, saved and opened again; the car's run is kept
    (the same car) and so is "the last change"; an unknown era is refused."""
    doc.change({"engine.cylinders": 4}, "Change cylinders")
    run, before = doc.performance, doc.previous_performance
    path = tmp_path / "a.kei.json"
    doc.save(path)
    with qtbot.waitSignal(doc.changed):
        doc.set_era("1976")
    assert (doc.era, doc.compliance.era, doc.build.judged_by) == ("1976", "1976", "1976")
    assert doc.modified and doc.undo_stack.undoText() == "Rules: 1976"
    assert doc.performance is run and doc.previous_performance is before
    doc.set_era("1976")  # the rules in use: no step
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert (doc.era, doc.build.judged_by, doc.modified) == ("1998", None, False)
    doc.undo_stack.redo()
    doc.save()
    assert '"judged_by": "1976"' in path.read_text(encoding="utf-8")
    other = Document()
    other.open(path)
    assert (other.era, other.compliance.era, other.modified) == ("1976", "1976", False)
    other.change({"year": 1991}, "Change year")  # the user chose the rules: they stay
    assert other.era == "1976"
    with pytest.raises(KeyError):
        doc.set_era("1066")
    assert doc.undo_stack.count() == 2


def test_a_new_build_or_a_preset_keeps_the_rules_the_window_judged_by(doc: Document) -> None:
    """New (and a preset) go on with the rules in use and say so (judged_by): what is
    saved is what is shown; the current rules name none (a file without judged_by)."""
    doc.set_era("1955")
    doc.reset(default_build(), new=True)
    assert (doc.era, doc.build.judged_by, doc.modified) == ("1955", "1955", False)
    doc.set_era("1998")
    doc.reset(default_build(), preset=True)
    assert doc.build.judged_by is None and doc.era == "1998"


def test_undo_and_redo_give_back_the_exact_builds_of_every_step(doc: Document) -> None:
    from keiconfig.core.presets import list_presets

    seen = [doc.build]
    doc.change({"body.length_mm": 3300, "engine.aspiration": "turbo"}, "Tune")
    seen.append(doc.build)
    merge = doc.new_merge_id()
    for length in (3250, 3200, 3395):  # a drag that ends where it began: one step
        doc.change({"body.length_mm": length}, "Change length", merge)
    seen.append(doc.build)
    for preset in list_presets()[:3]:  # whole builds: published figures, other parts
        doc.replace(preset.build, "Open preset")
        seen.append(doc.build)
    doc.replace(default_build(), "Reset All")
    seen.append(doc.build)
    assert doc.undo_stack.count() == len(seen) - 1
    for expected in reversed(seen[:-1]):
        doc.undo_stack.undo()
        assert doc.build == expected
    for expected in seen[1:]:
        doc.undo_stack.redo()
        assert doc.build == expected
