"""Each translator comment (``#:`` in the sources) reaches the translator with its own text.

pyside6-lupdate, which ``.ci/update-translations`` runs, gathers the ``#:`` comments it meets
and hands them to the next translate call it reaches: the call's name and parenthesis. A
comment written inside the call, between ``translate("explain",`` and its text, came after
that point, so it went with the next call's text instead. In keiconfig_ja.ts the Nissan
Sakura's "held by its motor's own speed limit" comment sat on "; at {speed} [the speed
limiter] holds it", the maker's-limiter comment on the rev limiter's text, the whole
sentence's comment on nothing; and a ``#:`` doc comment above a statement (cli.py's
ARGPARSE_TEXTS) was glued before the first text inside it. Now every comment stands above
its call (or above the statement holding it), and the catalogue's comments are those.
"""

from __future__ import annotations

import ast
import io
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "resources" / "i18n" / "keiconfig_ja.ts"
# (context, source) for these; (source,) for the rest (a tr()'s context is its class)
WITH_CONTEXT = {"translate", "QT_TRANSLATE_NOOP"}
SOURCE_FIRST = {"tr", "_tr", "translate_n", "TRANSLATE_N_NOOP"}


def _sources() -> list[Path]:
    return sorted((REPO / "keiconfig").rglob("*.py"))


def _comments(text: str) -> dict[int, str]:
    """Line -> the text of its ``#:`` comment."""
    found = {}
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.COMMENT and tok.string.startswith("#:"):
            found[tok.start[0]] = tok.string[2:].strip()
    return found


def _name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _source_arg(call: ast.Call) -> ast.Constant | None:
    name = _name(call)
    index = 1 if name in WITH_CONTEXT else 0 if name in SOURCE_FIRST else None
    if index is None or len(call.args) <= index:
        return None
    arg = call.args[index]
    return arg if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else None


def _block_above(comments: dict[int, str], line: int) -> list[str]:
    block: list[str] = []
    while line - 1 in comments:
        line -= 1
        block.insert(0, comments[line])
    return block


def _calls() -> list[tuple[Path, ast.Call, ast.Constant, list[str], list[int]]]:
    """Each translate call with a literal text: its comment (the ``#:`` lines just above
    it, else just above its statement, else inside it before the text) and the lines of
    ``#:`` comments inside it before its text."""
    out = []
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        comments = _comments(text)
        tree = ast.parse(text)
        statement_of: dict[int, int] = {}  # a statement's first translate call: its line
        for node in ast.walk(tree):
            if isinstance(node, ast.stmt):
                calls = [c for c in ast.walk(node) if isinstance(c, ast.Call) and _source_arg(c)]
                if calls:
                    # the innermost statement wins: walk visits outer statements first
                    first = min(calls, key=lambda c: (c.lineno, c.col_offset))
                    for c in calls:
                        statement_of.pop(id(c), None)
                    statement_of[id(first)] = node.lineno
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            source = _source_arg(node)
            if source is None:
                continue
            inside = [n for n in range(node.lineno + 1, source.lineno + 1) if n in comments]
            # (a statement's comment goes with its first text only, as lupdate gives it)
            comment = _block_above(comments, node.lineno) or _block_above(
                comments, statement_of.get(id(node), node.lineno)
            )
            out.append((path, node, source, comment or [comments[n] for n in inside], inside))
    return out


def test_no_translator_comment_stands_inside_its_call() -> None:
    """lupdate gives a comment inside the parentheses to the next call's text."""
    inside = [
        f"{path.relative_to(REPO)}:{lines[0]} (move it above the call)"
        for path, _call, _source, _comment, lines in _calls()
        if lines
    ]
    assert not inside, inside


def test_the_catalogue_gives_each_text_its_own_comment() -> None:
    messages: dict[str, set[str]] = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        # (equal texts are one message; lupdate joins their comments with a rule)
        comments = (message.findtext("extracomment") or "").split("\n----------\n")
        messages.setdefault(source, set()).update(comments)
    wrong = []
    for path, call, source, comment, _inside in _calls():
        if not comment or source.value not in messages:
            continue
        wanted = " ".join(comment)
        if wanted not in messages[source.value]:
            wrong.append(
                f"{path.relative_to(REPO)}:{call.lineno}: {source.value!r} has "
                f"{sorted(messages[source.value])!r}, not {wanted!r}"
            )
    assert not wrong, "\n".join(wrong)
