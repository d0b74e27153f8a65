"""No module of the package defines a function, a method or a constant twice: merging two
branches that each added a helper of the same name leaves the later one silently in force
(a method shadowed this way raised TypeError on real pages once)."""

from __future__ import annotations

import ast
from pathlib import Path

import syndicate

_ROOT = Path(syndicate.__file__).parent


def _duplicates(tree: ast.Module) -> list[str]:
    found = []
    for scope in ast.walk(tree):
        if not isinstance(scope, (ast.Module, ast.ClassDef)):
            continue
        seen: dict[str, int] = {}
        for statement in scope.body:
            names: list[str] = []
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if statement.decorator_list:
                    continue  # overloads, property setters: several on purpose
                names = [statement.name]
            elif isinstance(statement, (ast.Assign, ast.AnnAssign)):
                targets = (
                    statement.targets if isinstance(statement, ast.Assign) else [statement.target]
                )
                names = [
                    t.id
                    for t in targets
                    if isinstance(t, ast.Name)
                    and t.id.lstrip("_")[:1].isupper()
                    and t.id.lstrip("_").isupper()
                ]
            for name in names:
                if name in seen:
                    found.append(f"{name} (lines {seen[name]} and {statement.lineno})")
                seen[name] = statement.lineno
    return found


def test_no_definition_is_made_twice_in_one_scope() -> None:
    problems = {}
    for path in sorted(_ROOT.rglob("*.py")):
        dups = _duplicates(ast.parse(path.read_text(encoding="utf-8")))
        if dups:
            problems[str(path.relative_to(_ROOT))] = dups
    assert not problems, problems
