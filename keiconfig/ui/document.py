"""The open build: one object owns the build, its file path, the modified flag and the undo stack.

Every change to the build goes through :meth:`Document.change` (or :meth:`Document.replace`),
which pushes an undo command; undo, redo, open, New and the rules' era come through here too.
The rules' era is the build's (its file's ``judged_by``): a choice of rules is an undo step
like any edit, and is saved with the build (:meth:`Document.set_era`).
Each emits one :attr:`Document.changed` event carrying a :class:`Change`: the old and the new
build, the reason, and the drag it belongs to. Panels and features listen to that event only
(never to the undo stack, never to each other) and read ``document.build``,
``document.performance``, ``document.compliance`` and ``document.previous_performance``
(the run before the current step, worked out here once).
"""

from __future__ import annotations

import functools
import itertools
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from keiconfig.core import files, performance, regulations
from keiconfig.core.build import Build, changed, default_build, default_name, differences
from keiconfig.core.results import Compliance, Performance

_merge_ids = itertools.count(1)

# The texts of a build that may be the app's own rather than the user's.
PRESET_TEXTS: frozenset[str] = frozenset(("name", "description", "notes"))
NAME_ONLY: frozenset[str] = frozenset(("name",))

Reason = Literal["edit", "undo", "redo", "open", "reset", "language"]


@dataclass(frozen=True)
class Change:
    """What one change did.

    ``reason``: ``edit`` (a new change), ``undo``, ``redo``, ``open`` (a file), ``reset``
    (New, a preset, a recovered autosave: history is gone) or ``language`` (the same build,
    to be written again in another language). A choice of the rules' era is an edit (or
    its undo, its redo) of the build's ``judged_by``: :attr:`rules_only` says the car
    itself is the same. ``merge_id``: the drag the change belongs to (None: a step of its
    own). ``new_step``: False while a drag goes on (the change merged into the step before).
    """

    old: Build
    new: Build
    reason: Reason
    merge_id: int | None = None
    new_step: bool = True

    @functools.cached_property
    def rules_only(self) -> bool:
        """Only the rules the build is judged by changed (``judged_by``): the car, and so
        its performance, is the same."""
        old, new = self.old, self.new
        return (
            old is not new
            and old.judged_by != new.judged_by
            and old.model_copy(update={"judged_by": new.judged_by}) == new
        )

    @property
    def build_changed(self) -> bool:
        """The car (and so the performance) changed; False for a change of the rules' era
        alone (and a language switch)."""
        return self.old is not self.new and not self.rules_only

    @property
    def fresh(self) -> bool:
        """Another build was started (open, reset): it is not an edit of the one before."""
        return self.reason in ("open", "reset")


def _compact(diff: dict[str, tuple[Any, Any]]) -> tuple[tuple[str, Any, Any], ...]:
    """(path, old, new) for each path that changed; the paths interned (shared by every step)."""
    return tuple((sys.intern(p), a, b) for p, (a, b) in diff.items() if a != b)


def rules_step_text(era: str) -> str:
    """The undo step of a choice of rules: "Rules: 1976" (Edit > Undo Rules: 1976)."""
    #: An undo step: the kei rules of an era chosen to judge the build by; {era} is the
    #: era's name ("1976"; Japanese: 1976年(昭和51年)).
    return QCoreApplication.translate("Document", "Rules: {era}").format(
        era=regulations.era_name(era)
    )


class _BuildCommand(QUndoCommand):
    """One undo step. It keeps only what the step changed (dotted path: old and new value),
    not the builds: a long lesson of small edits keeps a few hundred bytes per step instead
    of two whole builds. Undo and redo apply those values to the build of the moment, which
    is, by the stack's order, the build the step was taken from (or led to)."""

    def __init__(self, doc: Document, old: Build, new: Build, text: str, merge_id: int | None):
        super().__init__(text)
        self._doc = doc
        self._new: Build | None = new  # applied as it is by the first redo, then dropped
        self._diff = _compact(differences(old, new))
        self._merge_id = merge_id
        self._done = False

    def id(self) -> int:
        # Qt merges consecutive commands with the same id >= 0: one slider drag, one step.
        return -1 if self._merge_id is None else self._merge_id % (2**31 - 1)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _BuildCommand) or other._merge_id != self._merge_id:
            return False
        merged = {path: (old, new) for path, old, new in self._diff}
        for path, old, new in other._diff:
            first = merged.get(path, (old, new))[0]
            merged[path] = (first, new)
        self._diff = _compact(merged)
        if not self._diff:
            self.setObsolete(True)
        return True

    @property
    def paths(self) -> frozenset[str]:
        """The dotted paths this step changes."""
        return frozenset(step[0] for step in self._diff)

    def retell(self, field: str, named: Callable[[Any], Any]) -> None:
        """The value ``field`` had before this step is ``named(value)``: the app's own
        text (a preset's, the default name) followed into another language. The value the
        step gave it is the user's and stays."""
        self._diff = tuple((p, named(a) if p == field else a, b) for p, a, b in self._diff)

    def _apply(self, side: int) -> Build:
        return changed(self._doc.build, {step[0]: step[1 + side] for step in self._diff})

    def redo(self) -> None:
        reason: Reason = "redo" if self._done else "edit"
        self._done = True
        new, self._new = self._new, None
        self._doc._set_build(new if new is not None else self._apply(1), reason, self._merge_id)

    def undo(self) -> None:
        self._doc._set_build(self._apply(0), "undo")


class Document(QObject):
    """The one route for change. Signals:

    - ``changed(Change)``: the build (its rules' era too) changed; results are stale, re-read
      them.
    - ``state_changed``: path, name or modified flag changed (title bar, actions).
    - ``modified_changed(bool)``: the build turned modified, or unmodified (saved, opened,
      new, or undone back to the saved state).
    """

    changed = Signal(object)  # a Change
    state_changed = Signal()
    modified_changed = Signal(bool)

    def __init__(self, build: Build | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._build = build if build is not None else default_build()
        self._default_name = default_name()  # a new build's, in the language of the moment
        # The build's texts that are the app's own as it was started (the default name of
        # a new build; a preset's name, description and notes): they follow a switch of
        # the language until a step changes them (language_changed).
        self._app_texts: frozenset[str] = frozenset() if build is not None else NAME_ONLY
        self._from_preset = False
        self._path: Path | None = None
        # The file as it was opened or last saved here: a save refuses to overwrite it
        # silently when another program or window changed it since (keiconfig.ui.file_guard).
        self.file_identity: files.FileIdentity | None = None
        # The opened file's keys this keiconfig does not know (a newer keiconfig's fields):
        # every save and autosave writes them back (files.dumps), so none is lost.
        self.extra: Mapping[str, Mapping[str, Any]] | None = None
        self._performance: Performance | None = None
        self._compliance: Compliance | None = None
        # The step the current build belongs to: the build before it began (a slider drag
        # is one step) and its run, evaluated when first asked for. None after open/reset.
        self._last: Change | None = None
        self._before: Build | None = None
        self._before_performance: Performance | None = None
        # The rules of the build as it was last kept: started, opened, saved (kept_era).
        self._kept_era = self.era
        self.undo_stack = QUndoStack(self)
        # A bound method (not a lambda): Qt drops the connection when the document goes.
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    def _clean_changed(self, clean: bool) -> None:
        if clean:  # saved, or undone back to what was saved
            self._kept_era = self.era
        self.modified_changed.emit(not clean)
        self.state_changed.emit()

    # -- state -------------------------------------------------------------------------------
    @property
    def build(self) -> Build:
        return self._build

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def set_modified(self, modified: bool) -> None:
        """Mark the build modified (changes to save, e.g. a recovered autosave, with no
        undo history) or not (as if just saved)."""
        if modified:
            self.undo_stack.resetClean()
        else:
            self.undo_stack.setClean()

    @property
    def era(self) -> str:
        """The era whose rules judge the build: the one it was given (saved with it as
        ``judged_by``), else the current rules, as a file without it means."""
        return self._build.judged_by or regulations.CURRENT_ERA

    @property
    def kept_era(self) -> str:
        """The rules of the build as it was last kept: as started (New, a preset, a
        recovered autosave), opened or saved, whatever was changed since. What the next
        session starts on when the changes are discarded at the close: a choice of rules
        discarded with them is not remembered either."""
        return self._kept_era

    def set_era(self, era: str) -> None:
        """Judge the build by another era's rules: an undo step ("Rules: 1976") that marks
        the build modified; the file saves it (``judged_by``). A year edited later leaves
        it as it is: the user chose it."""
        era = regulations.era(era).id  # raises KeyError for an unknown era
        if era != self.era:
            self.change({"judged_by": era}, rules_step_text(era))

    @property
    def performance(self) -> Performance:
        if self._performance is None:
            self._performance = performance.evaluate(self._build)
        return self._performance

    @property
    def compliance(self) -> Compliance:
        if self._compliance is None:
            self._compliance = regulations.check(
                self._build, self.era, power_ps=self.performance.power_ps
            )
        return self._compliance

    def language_changed(self) -> None:
        """The window's language changed: every view writes what it shows again.

        A text of the build that is still the app's own follows the language: the default
        name of a new build ("My kei car": マイ軽カー), and the name, description and notes
        of a preset opened ("Honda Beat (1991)": ホンダ ビート (1991)), each as long as no
        step of the undo history in force changed it. That is known from the history, not
        from the text: a name the user typed that happens to be a preset's or the default
        name ("Fiat Cinquecento Sporting (1994)" typed into a new build) is theirs and
        stays exactly as typed. A saved file's texts are the file's and stay. It is no
        edit: no undo step, the modified flag as it was; the undo history's step that
        first changed such a text has the new language's text to go back to, so an undo
        never brings back the old language's."""
        old_default, new_default = self._default_name, default_name()
        self._default_name = new_default
        from keiconfig.core import presets, text
        from keiconfig.ui import i18n

        language = text.language()

        def retold(field: str, value: Any) -> Any:
            if not isinstance(value, str):
                return value
            if field == "name" and not self._from_preset:
                return new_default if value == old_default else value
            shown = presets.text_in(field, value, language, i18n.CODES)
            return value if shown is None else shown

        build = self._build
        if self._path is None:
            steps = list(self._steps())
            update = {}
            for field in self._app_texts:
                first = next((s for s in steps if field in s.paths), None)
                if first is not None:  # the app's text is what this step changed
                    first.retell(field, lambda value, f=field: retold(f, value))
                if self._untouched(field):
                    value = retold(field, getattr(build, field))
                    if value != getattr(build, field):
                        update[field] = value
            if update:
                self._build = changed(build, update)  # the same run: kept
        # (the same build for the views: a new name is no change of the car)
        self.changed.emit(Change(self._build, self._build, "language", new_step=False))
        if self._build is not build:
            self.state_changed.emit()  # the title

    def name_is_apps(self) -> bool:
        """The build's name is still the app's own (a new build's default name, a preset's
        name as opened), not one the user typed or a file gave (language_changed)."""
        return self._path is None and "name" in self._app_texts and self._untouched("name")

    def _untouched(self, field: str) -> bool:
        """No step of the undo history in force changes ``field``."""
        return not any(field in s.paths for s in self._steps(self.undo_stack.index()))

    def _steps(self, count: int | None = None) -> Iterator[_BuildCommand]:
        """The build's steps of the first ``count`` commands of the undo history (all of
        it: None), in order, those inside a command of several steps too."""

        def inside(command: QUndoCommand) -> Iterator[_BuildCommand]:
            if isinstance(command, _BuildCommand):
                yield command
            for j in range(command.childCount()):
                yield from inside(command.child(j))

        n = self.undo_stack.count() if count is None else count
        for i in range(n):
            yield from inside(self.undo_stack.command(i))

    @property
    def previous_performance(self) -> Performance | None:
        """The run before the current step (for a slider drag, before the drag began);
        None for a build just opened or started afresh. What "the last change" compares with.
        """
        if self._before is None:
            return None
        if self._before_performance is None:
            self._before_performance = performance.evaluate(self._before)
        return self._before_performance

    # -- change ------------------------------------------------------------------------------
    @staticmethod
    def new_merge_id() -> int:
        """An id for one continuous interaction (a slider drag): its changes merge into one step."""
        return next(_merge_ids)

    def change(self, updates: dict[str, Any], text: str, merge_id: int | None = None) -> None:
        """Apply dotted-path ``updates`` (validated) as one undoable step named ``text``.

        Raises ``pydantic.ValidationError`` if the result would not be a valid build.
        """
        new = changed(self._build, updates)
        self.replace(new, text, merge_id)

    def replace(self, new: Build, text: str, merge_id: int | None = None) -> None:
        if new == self._build:
            return
        self.undo_stack.push(_BuildCommand(self, self._build, new, text, merge_id))

    def _set_build(self, build: Build, reason: Reason, merge_id: int | None = None) -> None:
        old = self._build
        last = self._last
        new_step = not (
            reason == "edit"
            and merge_id is not None
            and last is not None
            and last.reason == "edit"
            and last.merge_id == merge_id
        )
        change = Change(old, build, reason, merge_id, new_step)
        if reason in ("open", "reset"):
            self._before, self._before_performance = None, None
            self._performance = None
        elif change.rules_only:
            pass  # the same car: its run, and "the last change" it shows, stay
        else:
            if new_step:
                self._before, self._before_performance = old, self._performance
            self._performance = None
        self._last = change
        self._build = build
        self._compliance = None
        self.changed.emit(change)
        if build.name != old.name:
            self.state_changed.emit()

    # -- files -------------------------------------------------------------------------------
    def reset(
        self,
        build: Build,
        path: Path | None = None,
        reason: Reason = "reset",
        *,
        new: bool = False,
        preset: bool = False,
    ) -> None:
        """Start afresh with ``build`` (New, Open, a preset): clears undo history, marks clean.
        ``new``: a new build, its default name the app's; ``preset``: a preset as it ships,
        its name, description and notes the preset's (both follow a switch of the language
        until changed); otherwise each text is the user's.

        A new build or a preset is judged by the rules the window was judging by (a lesson
        on the 1976 rules stays on them through File > New), and says so (``judged_by``),
        so that what is saved is what was shown; a file opened is judged by its own."""
        if (new or preset) and build.judged_by is None and self.era != regulations.CURRENT_ERA:
            build = changed(build, {"judged_by": self.era})
        self.undo_stack.clear()
        self._from_preset = preset
        self._app_texts = PRESET_TEXTS if preset else NAME_ONLY if new else frozenset()
        if path is None or path != self._path:
            self.file_identity = None
        self.extra = None  # a new start: Open sets the file's own after this
        self._path = path
        self._set_build(build, reason)
        self.undo_stack.setClean()
        self._kept_era = self.era
        self.state_changed.emit()

    def open(self, path: Path) -> files.LoadedBuild:
        """Load ``path``; returns what was loaded, with the loader's warnings.

        Raises ``files.BuildFileError``; then the open build is untouched.
        """
        loaded = files.load_build(path)
        self._path = None
        # Absolute (links kept): a name relative to the folder keiconfig was started in
        # would name another file once the autosave is restored by a keiconfig started
        # elsewhere, and a save would write a new file there.
        self.reset(loaded.build, Path(os.path.abspath(path)), "open")
        self.file_identity = loaded.identity
        self.extra = loaded.extra
        return loaded

    def save(
        self, path: Path | None = None, *, overwrite: bool = False, replace_read_only: bool = False
    ) -> None:
        """Save atomically to ``path`` (or the current path); marks clean on success.

        Raises ``files.BuildSaveError``; then the build stays open and modified. Saving to
        the open file raises ``files.FileChangedError`` if it changed on disk since it was
        opened or saved here (unless ``overwrite``), ``files.ReadOnlyFileError`` for a
        read-only file (unless ``replace_read_only``).
        """
        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("no file path: use Save As")
        known = self.file_identity
        # The open file (by its name, even where the name now leads to another file: a
        # link put in its place, which the save would go into, is a change to ask about).
        same = known is not None and (target == self._path or files.real_path(target) == known.path)
        self.file_identity = files.save_build(
            self._build,
            target,
            expected=known if same and not overwrite else None,
            replace_read_only=replace_read_only,
            extra=self.extra,
        )
        self._path = target
        self.undo_stack.setClean()
        self.state_changed.emit()
