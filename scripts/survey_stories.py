"""Build every basil-dev and events story with no curation and say what each front page shows.

For each story folder: the articles read, how many have no known outlet, whether the front page
names a contested claim and key voices, and its title. Then totals per corpus. A reader's view of
the story pages, on stories the build was not tuned on:

    python scripts/survey_stories.py [--corpora DIR] [--only basil-dev|events] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = Path(os.environ.get("DOSSIER_CORPORA") or PROJECT.parent / "shared" / "corpora")
CORPORA = ("basil-dev", "events")


def section_items(home: str, heading: str) -> int:
    """How many list items the front page's Markdown has under ``## heading``."""
    part = home.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return sum(line.startswith("- ") for line in part.splitlines())


def survey(folder: Path, work: Path) -> dict | None:
    out = work / folder.name
    result = subprocess.run(
        [sys.executable, str(PROJECT / "build.py"), "--seeds", str(folder), "--out", str(out / "site"),
         "--docs", str(out / "docs")],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        print(f"{folder.name}\tFAILED: {result.stderr.strip().splitlines()[-1:]}")
        return None
    home = (out / "docs" / "index.md").read_text(encoding="utf-8")
    data = json.loads((out / "site" / "dossier.json").read_text(encoding="utf-8"))
    row = {
        "articles": len(data["articles"]),
        "unknown": sum(1 for a in data["articles"] if not a["outlet"]),
        "contested": section_items(home, "What is contested"),
        "voices": section_items(home, "Key voices"),
        "title": home.splitlines()[0].removeprefix("# "),
    }
    print(f"{folder.name}\tarticles={row['articles']}\tunknown outlet={row['unknown']}"
          f"\tcontested={row['contested']}\tvoices={row['voices']}\t{row['title'][:70]}")
    return row


def story_corpora(description: str) -> Iterator[tuple[str, list[Path]]]:
    """Each corpus the command line asks for (``--corpora``, ``--only``, ``--limit``) and its story folders; a corpus
    that is absent is said to be skipped."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--only", choices=CORPORA)
    parser.add_argument("--limit", type=int, help="at most this many stories per corpus")
    args = parser.parse_args()
    for name in [args.only] if args.only else CORPORA:
        stories = sorted(p for p in (args.corpora / name / "articles").glob("*") if p.is_dir())[: args.limit]
        if stories:
            yield name, stories
        else:
            print(f"{name}: skipped, {args.corpora / name / 'articles'} is absent")


def main() -> int:
    for name, stories in story_corpora(__doc__):
        with tempfile.TemporaryDirectory() as work:
            rows = [row for story in stories if (row := survey(story, Path(work)))]
        print(f"{name}: {len(rows)} of {len(stories)} stories built, {sum(r['articles'] for r in rows)} articles "
              f"({sum(r['unknown'] for r in rows)} of unknown outlet); front page names a contested claim in "
              f"{sum(r['contested'] > 0 for r in rows)}, key voices in {sum(r['voices'] > 0 for r in rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
