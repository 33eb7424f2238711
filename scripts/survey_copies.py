"""List the copies of one story that ``outlets.copies`` finds in each events story, and the pairs of articles that
come near: to read where the copy rule's line falls.

    python scripts/survey_copies.py [--corpora DIR] [--least 0.3]

For each story: its copy groups, then every pair of its articles that shares COPY_RUNS runs of COPY_RUN words or more,
with the share of the shorter one's reporter-voice words those runs cover (what ``copies`` compares with COPY_SHARE)
and whether the pair is in one group.
"""

from __future__ import annotations

import argparse
import os
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dossier import outlets  # noqa: E402
from dossier.reader import read_folder  # noqa: E402

DEFAULT_CORPORA = Path(os.environ.get("DOSSIER_CORPORA") or ROOT.parent / "shared" / "corpora")


def covered_share(first: set[str], second: set[str]) -> tuple[float, int]:
    """The share of the shorter article's copy-sentence words that runs both print cover, and how many runs they
    share."""
    words = [[sentence.split() for sentence in sorted(found)] for found in (first, second)]
    runs = [{tuple(s[i:i + outlets.COPY_RUN]) for s in found for i in range(len(s) - outlets.COPY_RUN + 1)}
            for found in words]
    common = runs[0] & runs[1]
    shorter = min(words, key=lambda found: sum(map(len, found)))
    total = sum(map(len, shorter))
    return (outlets._covered(shorter, common) / total if total else 0.0), len(common)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--least", type=float, default=0.3, help="list pairs covering at least this share")
    args = parser.parse_args()
    for folder in sorted(p for p in (args.corpora / "events" / "articles").iterdir() if p.is_dir()):
        articles, _ = read_folder(folder, folder)
        found = {article.id: outlets.copy_sentences(article.paragraphs) for article in articles}
        groups = outlets.copies(found)
        grouped = {member: number for number, group in enumerate(groups) for member in group}
        for group in groups:
            print(f"{folder.name}: copies {' '.join(group)}")
        for first, second in combinations(sorted(found), 2):
            share, runs = covered_share(found[first], found[second])
            if runs >= outlets.COPY_RUNS and share >= args.least:
                same = first in grouped and grouped[first] == grouped.get(second)
                print(f"  {share:.3f} {runs:4d} runs {'copy' if same else 'not '} {folder.name}: {first} {second}")


if __name__ == "__main__":
    main()
