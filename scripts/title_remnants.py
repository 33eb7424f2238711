"""Count claim titles that still carry an attribution, over the events stories.

    .venv/bin/python scripts/title_remnants.py [--corpora DIR] [--show]

Runs find_statements + group_claims over each story of <corpora>/events/articles and counts
the claim titles holding a saying word (" said", " says", "told", "citing", "adding that"): the
remnants of an attribution that a title should have dropped. Not every hit is one ("Iran's
government said protesters were…" keeps its verb when the reported clause cannot open a title),
so read the titles (--show) rather than trust the count alone.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval_claims import corpora_folder  # noqa: E402

from dossier.claims import find_statements, group_claims  # noqa: E402
from dossier.entities import find_mentions  # noqa: E402
from dossier.quotes import find_quotes  # noqa: E402
from dossier.reader import read_uncleaned  # noqa: E402

SAYING = re.compile(r" said\b| says\b|\btold\b|\bciting\b|\badding that\b", re.IGNORECASE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", help="folder holding events/ (default: ../shared/corpora)")
    parser.add_argument("--show", action="store_true", help="print each title counted")
    args = parser.parse_args()
    stories = corpora_folder(args.corpora) / "events" / "articles"
    if not stories.is_dir():
        print(f"no events corpus at {stories}", file=sys.stderr)
        return 1
    titles = hits = 0
    for story in sorted(p for p in stories.iterdir() if p.is_dir()):
        statements = []
        for path in sorted(story.glob("*.txt")):
            article = read_uncleaned(path)
            mentions = find_mentions(article)
            statements += find_statements(article, find_quotes(article, mentions), mentions)
        for claim in group_claims(statements):
            titles += 1
            if SAYING.search(claim.summary):
                hits += 1
                if args.show:
                    print(f"{story.name[:30]:30} {claim.summary}")
    print(f"claim titles with a saying word: {hits} of {titles} ({hits / max(titles, 1):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
