"""The GitHub Pages workflow, validated offline."""

from __future__ import annotations

import subprocess
import sys

import yaml
from conftest import PROJECT

WORKFLOW = PROJECT / ".github" / "workflows" / "pages.yml"


def test_workflow_matches_the_github_actions_schema() -> None:
    checker = f"{sys.prefix}/bin/check-jsonschema"
    result = subprocess.run(
        [checker, "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_rebuilds_when_inputs_change_and_deploys_to_pages() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as True
    assert "workflow_dispatch" in triggers
    paths = triggers["push"]["paths"]
    for watched in ("seeds/**", "content/**", "templates/**", "dossier/**", "mkdocs.yml"):
        assert watched in paths
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    used = [step["uses"] for step in steps if "uses" in step]
    for action in ("actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@"):
        assert any(u.startswith(action) for u in used), action
    # Pinned: an exact release, not a moving major tag.
    assert all(u.split("@")[1].count(".") == 2 for u in used), used
    assert any("python build.py" in step.get("run", "") for step in steps)
