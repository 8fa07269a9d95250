"""The folders are the pipeline: imports point only downward (contracts in pyproject.toml)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LIBRARY = REPO / "monitor"
MAX_MODULE_LINES = 400


def test_import_contracts_are_kept():
    # In a process of its own: import-linter reconfigures logging, which would silence the
    # loggers other tests read. It reads pyproject.toml from the repository's root.
    lint = Path(sys.executable).with_name("lint-imports")
    run = subprocess.run([str(lint), "--no-cache"], cwd=REPO, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def _function_local_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith(
                        ("monitor", "workers")):
                    found.append(f"{path.relative_to(REPO)}:{inner.lineno} {inner.module}")
    return found


def test_no_function_local_imports_of_our_own_modules():
    """A function-local import is how a cycle hides from the layer contracts."""
    offenders = [hit for path in sorted(LIBRARY.rglob("*.py")) for hit in
                 _function_local_imports(path)]
    assert offenders == []


def test_no_library_module_is_over_the_size_limit():
    sizes = {str(p.relative_to(REPO)): len(p.read_text(encoding="utf-8").splitlines())
             for p in LIBRARY.rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n > MAX_MODULE_LINES} == {}
