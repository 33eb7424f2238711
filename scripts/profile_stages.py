#!/usr/bin/env python3
"""CPU time of the per-article stages, or of MkDocs' render, in one process: where a build's time goes.

    .venv/bin/python scripts/profile_stages.py                      # extraction of the first 300 BBC articles
    .venv/bin/python scripts/profile_stages.py --profile            # ... and its hot spots (cProfile)
    .venv/bin/python scripts/profile_stages.py --render build/docs  # MkDocs over a built Markdown tree
    .venv/bin/python scripts/profile_stages.py --build SEEDS --work DIR  # a build (again) into DIR, step by step
    .venv/bin/python scripts/profile_stages.py --claims SEEDS --work DIR [--profile]  # claim grouping alone
    .venv/bin/python scripts/profile_stages.py --entities SEEDS --work DIR [--profile]  # entity resolution alone

CPU seconds (``time.process_time``), not wall seconds: on a shared machine they move far less with
the other processes' load, so a change is compared by running this before and after it, back to back.
The extraction figures are per stage (mentions, quotes, statements); the render figures are MkDocs in
all, Python-Markdown's conversion, and its inline patterns within it. ``--build`` runs the whole build in
this process (one worker, so that no step's time hides in another process) into DIR's site, docs and cache:
run it once for a full build, add an article to SEEDS, and run it again to see where a rebuild's time goes.
``--claims`` extracts SEEDS (two workers, cached in DIR/cache, so a second run only reads the cache) and times
``claims.group_claims`` over the statements in this process, as a rebuild's linking runs it, the gazetteer loaded
first as the build does before forking. ``--entities`` does the same for ``entities.resolve_entities``, over the
extraction as a build leaves it (out of the collector's walks).
Corpora are read from --corpora (default: $DOSSIER_CORPORA, else ../shared/corpora beside the repository).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import inspect
import os
import pstats
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from dossier.structure import Dossier

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))
CORPORA = Path(os.environ.get("DOSSIER_CORPORA", PROJECT.parent / "shared" / "corpora"))


def timed(owner: object, name: str, label: str, seconds: Counter, clock: Callable[[], float] = time.process_time
          ) -> None:
    """Wrap ``owner.name`` so that its CPU seconds add up under ``label``: a call within a call of the same
    label (recursion) is counted once, and a generator's time is its items'."""
    original: Callable = getattr(owner, name)
    depth = Counter()

    def counted(step: Callable[[], object]) -> object:
        depth[label] += 1
        started = clock()
        try:
            return step()
        finally:
            depth[label] -= 1
            if not depth[label]:
                seconds[label] += clock() - started

    def items(generator: Iterator) -> Iterator:
        while True:
            try:
                item = counted(lambda: next(generator))
            except StopIteration:
                return
            yield item

    @functools.wraps(original)
    def wrapper(*args: object, **kwargs: object) -> object:
        if inspect.isgeneratorfunction(original):
            return items(original(*args, **kwargs))
        return counted(lambda: original(*args, **kwargs))

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


def render(docs: Path, profile: bool) -> None:
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
        profiler = cProfile.Profile() if profile else None
        if profiler:
            profiler.enable()
        with mkdocs_messages():
            build(config)
        if profiler:
            profiler.disable()
        total = time.process_time() - started
        if profiler:
            pstats.Stats(profiler).sort_stats("tottime").print_stats(40)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(50)
    print(f"MkDocs over {pages} pages, CPU s: all {total:.2f} ({1000 * total / pages:.1f} ms per page), "
          + ", ".join(f"{k} {v:.2f}" for k, v in seconds.items()))


def build(seeds: Path, work: Path, profile: bool) -> None:
    """Build ``seeds`` into ``work`` in this process and print the CPU seconds of each step."""
    import jinja2

    from dossier import claims, commands, crossref, entities, pipeline, quotes, reader, render, search, site

    seconds: Counter = Counter()
    # (owner, function, label); labels indented under a step are parts of it. Thread CPU time: search
    # indexes in a thread of its own while MkDocs renders.
    steps = [
        (reader, "read_folder", "reading"),
        (pipeline, "extract_all", "extraction (cache read included)"),
        (pipeline, "link", "linking"),
        (entities, "resolve_entities", "  resolving entities"),
        (quotes, "group_quotes", "  grouping quotes"),
        (claims, "group_claims", "  grouping claims"),
        (site, "write_docs", "pages"),
        (crossref.Catalog, "__init__", "  catalog"),
        (render, "pages", "  pages' data (contexts)"),
        (render, "fingerprint", "  fingerprints"),
        (jinja2.Template, "render", "  templates (and MkDocs theme's, under MkDocs)"),
        (site, "dossier_data", "  dossier.json's data"),
        (site, "render_pages", "MkDocs"),
        (search, "make_indexes", "search records (thread; Pagefind's CPU below)"),
    ]
    for owner, name, label in steps:
        timed(owner, name, label, seconds, time.thread_time)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    started, wall = time.process_time(), time.perf_counter()
    commands.build(PROJECT, seeds, None, work / "site", work / "docs", workers=1, cache=work / "cache")
    total, wall = time.process_time() - started, time.perf_counter() - wall
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(40)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    pagefind = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    print(f"CPU s of the build of {seeds} into {work}, in one process ({wall:.1f} s wall):")
    for _, _, label in steps:
        print(f"  {label:<55} {seconds[label]:7.2f}")
    print(f"  {'Pagefind (its own processes)':<55} {pagefind:7.2f}")
    print(f"  {'all (this process)':<55} {total:7.2f}")


def _extracted(seeds: Path, work: Path) -> Dossier:
    """``seeds`` read and extracted by two workers, the extraction cached under ``work`` (a second run reads it).
    The record of what the build read is left as the build wrote it: this reading, without the story's
    sources, would key every file otherwise, and the next rebuild would read them all again."""
    from concurrent.futures import ProcessPoolExecutor

    from dossier import pipeline
    from dossier.cache import ArticleCache

    with ProcessPoolExecutor(2) as pool:
        return pipeline.read_and_extract(seeds, seeds.parent, None, lambda _: None, pool, ArticleCache(work / "cache"),
                                         keep_reading=False)


Result = TypeVar("Result")


def _cpu_seconds(call: Callable[[], Result], profile: bool) -> tuple[Result, float]:
    """``call()`` and its CPU seconds in this process; with ``profile``, its hot spots printed."""
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    started = time.process_time()
    result = call()
    total = time.process_time() - started
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
    return result, total


def grouping(seeds: Path, work: Path, profile: bool) -> None:
    """CPU seconds of ``claims.group_claims`` over the statements of ``seeds`` (extraction cached under ``work``)."""
    from dossier import claims, entity_data, forked, pipeline

    dossier = _extracted(seeds, work)
    forked.limit(1)  # as in a build's forked copy on two cores: the pairs scored in this process
    started = time.process_time()
    entity_data.gazetteer()
    loading = time.process_time() - started
    # Without the garbage collector's walks, as linking runs it (``pipeline.link``): they were a sixth of the time.
    with pipeline.lasting():
        found, total = _cpu_seconds(lambda: claims.group_claims(dossier.statements), profile)
    print(f"grouping {len(dossier.statements)} statements of {len(dossier.articles)} articles into {len(found)} claims:"
          f" {total:.2f} CPU s (the gazetteer, loaded before: {loading:.2f} s)")


def resolution(seeds: Path, work: Path, profile: bool) -> None:
    """CPU seconds of ``entities.resolve_entities`` over the mentions of ``seeds`` (extraction cached in ``work``)."""
    import gc

    from dossier import entities, entity_data

    dossier = _extracted(seeds, work)
    gc.freeze()  # as ``pipeline.extract_all`` leaves the extraction
    entity_data.gazetteer()  # loaded before linking, as the build does before forking
    _, total = _cpu_seconds(lambda: entities.resolve_entities(dossier, entities.Curation()), profile)
    print(f"resolving {len(dossier.mentions)} mentions of {len(dossier.articles)} articles into {len(dossier.entities)}"
          f" entities: {total:.2f} CPU s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=CORPORA, help="the corpora folder (default: %(default)s)")
    parser.add_argument("--articles", type=int, default=300, help="how many BBC articles (default: 300)")
    parser.add_argument("--profile", action="store_true", help="also print the hot spots")
    parser.add_argument("--render", type=Path, metavar="DOCS", help="time MkDocs over this Markdown tree instead")
    parser.add_argument("--build", type=Path, metavar="SEEDS", help="time a build of this folder of articles instead")
    parser.add_argument("--claims", type=Path, metavar="SEEDS", help="time grouping this folder's claims instead")
    parser.add_argument("--entities", type=Path, metavar="SEEDS", help="time resolving this folder's entities instead")
    parser.add_argument("--work", type=Path, help="where --build writes (site/, docs/, cache/): keep it to rebuild")
    args = parser.parse_args()
    if args.render:
        render(args.render.resolve(), args.profile)
        return 0
    if args.claims:
        if not args.work:
            parser.error("--claims needs --work")
        grouping(args.claims.resolve(), args.work.resolve(), args.profile)
        return 0
    if args.entities:
        if not args.work:
            parser.error("--entities needs --work")
        resolution(args.entities.resolve(), args.work.resolve(), args.profile)
        return 0
    if args.build:
        if not args.work:
            parser.error("--build needs --work")
        build(args.build.resolve(), args.work.resolve(), args.profile)
        return 0
    corpus = args.corpora / "bbc"
    if not corpus.is_dir():
        print(f"{corpus} is absent: nothing to profile (set DOSSIER_CORPORA or --corpora)", file=sys.stderr)
        return 0
    extraction(corpus, args.articles, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
