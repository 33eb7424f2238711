"""Print every events and basil-dev story's front-page brief (the story in brief) and how many tell the headlines.

For each story folder: its headlines, then the brief's lines (sources, outlets, status, title), a line marked `*`
when its title shares a content word or figure with more than half of the headlines (the names of whom the story is
about left out). Then, per corpus, in how many stories the brief has such a line, and its first line is one. Run it
on two checkouts to compare their briefs (nothing is built but the dossiers, no site):

    python scripts/survey_briefs.py [--corpora DIR] [--only basil-dev|events] [--limit N] > briefs.txt
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from survey_stories import story_corpora  # noqa: E402

from dossier.claims import word_terms  # noqa: E402
from dossier.crossref import Catalog  # noqa: E402
from dossier.figures import parse_figures  # noqa: E402
from dossier.pipeline import analyse  # noqa: E402
from dossier.structure import Claim  # noqa: E402


def terms(text: str) -> set[str | float]:
    """The content words' stems and the figures' values of a headline or title (defined here, not taken from the
    code measured, so that any checkout is measured alike)."""
    return set(word_terms(text)) | {figure.value for figure in parse_figures(text) if figure.value is not None}


def survey(folder: Path) -> tuple[bool, bool]:
    """Print the story's headlines and brief; whether a line of the brief, and its first, tells most headlines."""
    dossier = analyse(folder, None, folder.parent, log=lambda _: None)
    catalog = Catalog(dossier)
    related = [article for article in dossier.articles if article.id not in dossier.unrelated]
    entities = {entity.id: entity for entity in dossier.entities}
    names = {stem for entity in catalog.story_entities()
             for name in (entities[entity].name, *entities[entity].aliases) for stem in word_terms(name)}
    told = Counter(term for article in related for term in terms(article.title) - names)
    most = {term for term, count in told.items() if count > len(related) / 2}

    def tells(claim: Claim) -> bool:
        return bool(terms(claim.summary) & most)

    brief = catalog.story_claims()
    print(f"== {folder.name}")
    for article in related:
        print(f"   headline: {article.title}")
    for claim in brief:
        print(f"   {'*' if tells(claim) else ' '} {len(claim.sources)} sources, {len(claim.outlets)} outlets, "
              f"{claim.status}: {claim.summary}")
    return any(map(tells, brief)), bool(brief) and tells(brief[0])


def main() -> int:
    for name, stories in story_corpora(__doc__):
        rows = [survey(story) for story in stories]
        print(f"{name}: {len(rows)} stories; the brief has a line sharing a word or figure with most headlines in "
              f"{sum(any_line for any_line, _ in rows)}, its first line in {sum(first for _, first in rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
