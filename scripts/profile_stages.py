#!/usr/bin/env python3
"""CPU time of the per-article stages, or of MkDocs' render, in one process: where a build's time goes.

    .venv/bin/python scripts/profile_stages.py                      # extraction of the first 300 BBC articles
    .venv/bin/python scripts/profile_stages.py --profile            # ... and its hot spots (cProfile)
    .venv/bin/python scripts/profile_stages.py --render build/docs  # MkDocs over a built Markdown tree

CPU seconds (``time.process_time``), not wall seconds: on a shared machine they move far less with
the other processes' load, so a change is compared by running this before and after it, back to back.
The extraction figures are per stage (mentions, quotes, statements); the render figures are MkDocs in
all, Python-Markdown's conversion, and its inline patterns within it.
Corpora are read from --corpora (default: $DOSSIER_CORPORA, else ../shared/corpora beside the repository).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import os
import pstats
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))
CORPORA = Path(os.environ.get("DOSSIER_CORPORA", PROJECT.parent / "shared" / "corpora"))


def timed(owner: object, name: str, label: str, seconds: Counter) -> None:
    """Wrap ``owner.name`` so that its CPU seconds add up under ``label``."""
    original: Callable = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args: object, **kwargs: object) -> object:
        started = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            seconds[label] += time.process_time() - started

    setattr(owner, name, wrapper)


def extraction(corpus: Path, count: int, profile: bool) -> None:
    from dossier import claims, entities, quotes, reader

    with tempfile.TemporaryDirectory() as work:
        seeds = Path(work) / "seeds"
        seeds.mkdir()
        for file in sorted(corpus.glob("*.txt"))[:count]:
            (seeds / file.name).write_bytes(file.read_bytes())
        articles, _ = reader.read_folder(seeds, Path(work))
    seconds: Counter = Counter()
    entities.find_mentions(articles[0])  # word lists and models load once per process: not part of the figures
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    for article in articles:
        started = time.process_time()
        mentions = entities.find_mentions(article)
        found_at = time.process_time()
        found = quotes.find_quotes(article, mentions)
        stated_at = time.process_time()
        claims.find_statements(article, found, mentions)
        done = time.process_time()
        seconds["mentions"] += found_at - started
        seconds["quotes"] += stated_at - found_at
        seconds["statements"] += done - stated_at
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(r"dossier", 40)
    total = sum(seconds.values())
    print(f"extraction of {len(articles)} articles, CPU s: " + ", ".join(f"{k} {v:.2f}" for k, v in seconds.items())
          + f", total {total:.2f} ({1000 * total / len(articles):.1f} ms per article)")


def render(docs: Path) -> None:
    import markdown
    from markdown import treeprocessors
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from dossier.site import LeanPages, mkdocs_messages

    os.environ.update({"SOURCE_DATE_EPOCH": "0", "DOSSIER_OFFLINE": "false", "DOSSIER_PAGEFIND": "articles"})
    seconds: Counter = Counter()
    timed(markdown.Markdown, "convert", "Markdown", seconds)
    timed(treeprocessors.InlineProcessor, "run", "inline patterns", seconds)
    with tempfile.TemporaryDirectory() as site:
        config = load_config(str(PROJECT / "mkdocs.yml"), docs_dir=str(docs), site_dir=site, strict=True)
        config.plugins["dossier/lean-pages"] = LeanPages()
        pages = sum(1 for _ in docs.rglob("*.md"))
        started = time.process_time()
        with mkdocs_messages():
            build(config)
        total = time.process_time() - started
    print(f"MkDocs over {pages} pages, CPU s: all {total:.2f} ({1000 * total / pages:.1f} ms per page), "
          + ", ".join(f"{k} {v:.2f}" for k, v in seconds.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=CORPORA, help="the corpora folder (default: %(default)s)")
    parser.add_argument("--articles", type=int, default=300, help="how many BBC articles (default: 300)")
    parser.add_argument("--profile", action="store_true", help="also print the extraction's hot spots")
    parser.add_argument("--render", type=Path, metavar="DOCS", help="time MkDocs over this Markdown tree instead")
    args = parser.parse_args()
    if args.render:
        render(args.render.resolve())
        return 0
    corpus = args.corpora / "bbc"
    if not corpus.is_dir():
        print(f"{corpus} is absent: nothing to profile (set DOSSIER_CORPORA or --corpora)", file=sys.stderr)
        return 0
    extraction(corpus, args.articles, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
