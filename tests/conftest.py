"""Shared fixtures: builds run the real command line, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
# The shared corpora sit beside the checkout; DOSSIER_CORPORA points elsewhere (e.g. from a worktree).
CORPORA = Path(os.environ.get("DOSSIER_CORPORA") or PROJECT.parent / "shared" / "corpora")


def run_build(seeds: Path, out: Path, docs: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    # A test's own articles keep their cache beside its site, not in a folder of the project's build/ for them (the
    # project's seeds keep the project's cache, as its builds do).
    own = seeds.resolve() == PROJECT / "seeds" or {"--cache", "--no-cache"} & set(extra)
    cache = () if own else ("--cache", f"{out}-cache")
    return subprocess.run(
        [sys.executable, str(PROJECT / "build.py"), "--seeds", str(seeds), "--out", str(out), "--docs", str(docs),
         *cache, *extra],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
    )


def corpus(name: str) -> Path:
    path = CORPORA / name
    if not path.is_dir():
        pytest.skip(f"{path} is absent: the shared corpora are not beside this checkout")
    return path


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's own seeds built into a fresh folder; returns that folder (site/ and docs/ inside)."""
    folder = tmp_path_factory.mktemp("seeds-build")
    result = run_build(PROJECT / "seeds", folder / "site", folder / "docs")
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture(scope="session")
def seeds_site(seeds_build: Path) -> Path:
    return seeds_build / "site"


def patch_stage(monkeypatch: pytest.MonkeyPatch, stage: str, name: str, value: object) -> None:
    """Set ``name`` to ``value`` on every loaded module of the stage (``dossier.claims`` and its parts) that has it:
    each part reads its own imports, so one patched module would leave the others reading the old value."""
    modules = [module for key, module in sorted(sys.modules.items())
               if (key == f"dossier.{stage}" or key.startswith(f"dossier.{stage}.")) and hasattr(module, name)]
    assert modules, f"no module of dossier.{stage} has {name}"
    for module in modules:
        monkeypatch.setattr(module, name, value)
