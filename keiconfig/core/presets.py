"""The shipped presets: build files of real cars, in ``resources/presets``.

A preset's id is its file name without ``.kei.json`` (``honda-beat-1991``).
"""

from __future__ import annotations

import functools
import pathlib
from dataclasses import dataclass
from typing import Final

from keiconfig.core.build import Build
from keiconfig.core.files import BuildFileError, load_build
from keiconfig.core.resources_path import resource_path
from keiconfig.core.text import translate

SUFFIX: Final = ".kei.json"


class PresetError(LookupError):
    """A preset is missing or unreadable. ``str(error)`` is a sentence fit for a user."""

    def __str__(self) -> str:  # LookupError would quote the message like a key
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class Preset:
    id: str
    build: Build
    path: pathlib.Path
    warnings: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.build.name

    def shown(self) -> Build:
        """The preset's build with its name, description and notes in the language the
        core speaks (keiconfig.core.text.language), where the file gives them."""
        from keiconfig.core import text

        return self.build.localized(text.language())

    def shown_name(self) -> str:
        """The preset's name in the core's language (its ``translations``), else English."""
        return self.shown().name


def presets_folder() -> pathlib.Path:
    return resource_path("presets")


def preset_ids() -> tuple[str, ...]:
    """The ids of every shipped preset, alphabetically (reads no file contents)."""
    folder = presets_folder()
    return tuple(sorted(p.name[: -len(SUFFIX)] for p in folder.glob(f"*{SUFFIX}")))


def _load(path: pathlib.Path) -> Preset:
    try:
        loaded = load_build(path)
    except BuildFileError as e:
        raise PresetError(f"the shipped preset {path.name} is damaged: {e}") from None
    return Preset(path.name[: -len(SUFFIX)], loaded.build, path, loaded.warnings)


@functools.cache
def list_presets() -> tuple[Preset, ...]:
    """Every shipped preset, oldest car first (then by name)."""
    folder = presets_folder()
    found = [_load(p) for p in folder.glob(f"*{SUFFIX}")]
    found.sort(key=lambda p: (p.build.year if p.build.year is not None else 9999, p.build.name))
    return tuple(found)


def name_in(name: str, language: str, languages: tuple[str, ...]) -> str | None:
    """``name`` if it is exactly a shipped preset's name in one of ``languages`` (the name
    it was opened or pinned under), that preset's name in ``language``; None otherwise
    ("Honda Beat (1991)" in "ja": "ホンダ ビート (1991)")."""
    return text_in("name", name, language, languages)


TEXT_FIELDS: Final = ("name", "description", "notes")


def text_in(field: str, value: str | None, language: str, languages: tuple[str, ...]) -> str | None:
    """``value`` if it is exactly a shipped preset's ``field`` (one of :data:`TEXT_FIELDS`)
    in one of ``languages`` (as the preset was opened in), that preset's ``field`` in
    ``language``; None otherwise (an empty value, or a text the user wrote)."""
    if not value:
        return None
    for preset in list_presets():
        if value in {getattr(preset.build.localized(code), field) for code in languages}:
            found: str | None = getattr(preset.build.localized(language), field)
            return found
    return None


def load_preset(preset_id: str) -> Preset:
    """The preset with this id; :class:`PresetError` naming it (and the valid ids) if missing."""
    pid = preset_id.removesuffix(SUFFIX)
    path = presets_folder() / f"{pid}{SUFFIX}"
    if not path.is_file() or "/" in pid or "\\" in pid:
        raise PresetError(
            translate("presets", "there is no preset called {id}; available presets: {ids}").format(
                id=repr(preset_id), ids=", ".join(preset_ids())
            )
        )
    return _load(path)
