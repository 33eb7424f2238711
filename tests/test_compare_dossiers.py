"""scripts/compare_dossiers.py: what a change joined or split, between two builds of one story."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import PROJECT


def dossier(claims: list[list[tuple[str, int, str]]]) -> dict:
    return {"claims": [{"summary": members[0][2], "statements": [{"article": a, "paragraph": p, "text": t}
                                                               for a, p, t in members]} for members in claims],
            "quotes": [], "entities": []}


def test_a_join_and_a_split_are_listed_with_their_members(tmp_path: Path) -> None:
    bridge = [("a", 0, "The bridge closed."), ("b", 2, "The bridge was closed.")]
    ferry = [("c", 1, "The ferry stopped."), ("d", 0, "Ferries were halted.")]
    before = dossier([bridge, ferry])
    after = dossier([[*bridge, ("e", 3, "The ferry and the bridge shut.")], ferry[:1], ferry[1:]])
    for name, data in (("before.json", before), ("after.json", after)):
        (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    result = subprocess.run([sys.executable, "scripts/compare_dossiers.py", tmp_path / "before.json",
                             tmp_path / "after.json"], cwd=PROJECT, capture_output=True, text=True, check=True)
    lines = result.stdout.splitlines()
    assert lines[0] == "claims: 2 -> 1 of two or more members; 1 only after the change, 2 only before"
    joined = lines.index("  only after: The bridge closed.")
    assert any("e · 3 · The ferry and the bridge shut." in line for line in lines[joined:joined + 4])
    assert "  only before: The ferry stopped." in lines
    unchanged = subprocess.run([sys.executable, "scripts/compare_dossiers.py", tmp_path / "after.json",
                                tmp_path / "after.json"], cwd=PROJECT, capture_output=True, text=True, check=True)
    assert "0 only after the change, 0 only before" in unchanged.stdout.splitlines()[0]


def test_an_entity_join_lists_the_names_joined(tmp_path: Path) -> None:
    before = {"claims": [], "quotes": [], "entities": [{"name": "Indianapolis Colts", "aliases": ["Colts"]}]}
    after = {"claims": [], "quotes": [], "entities": [{"name": "Indianapolis Colts", "aliases": ["Colts", "Indy"]}]}
    for name, data in (("before.json", before), ("after.json", after)):
        (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    result = subprocess.run([sys.executable, "scripts/compare_dossiers.py", tmp_path / "before.json",
                             tmp_path / "after.json"], cwd=PROJECT, capture_output=True, text=True, check=True)
    lines = result.stdout.splitlines()
    joined = lines.index("  only after: Indianapolis Colts")
    assert lines[joined + 1 : joined + 4] == ["      Colts", "      Indianapolis Colts", "      Indy"]
