"""What the command line does: build the dossier, and optionally serve it."""

from __future__ import annotations

import os
import sys
import time
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from . import entity_data, forked, pipeline, reader, site, story
from .cache import ArticleCache
from .structure import Skipped
from .words import counted


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass
class BuildSummary:
    articles: int
    pages: int
    seconds: float
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage, in order

    def lines(self) -> list[str]:
        skipped = len(self.skipped)
        built = f"{counted(self.articles, 'article')} into {counted(self.pages, 'page')}"
        lines = [f"built {built} in {self.seconds:.1f} s"
                 f" ({counted(skipped, 'file')} skipped{', named above' if skipped else ''})"]
        if self.stages:
            lines.append("time per stage: " + ", ".join(f"{name} {s:.1f} s" for name, s in self.stages.items()))
        return lines


def build(
    project: Path,
    seeds: Path,
    content: Path | None,
    out: Path,
    docs: Path,
    offline: bool = False,
    workers: int | None = None,
    cache: Path | None = None,
    executor: Executor | None = None,
    site_url: str | None = None,
) -> BuildSummary:
    """Read ``seeds`` and ``content`` (None: no curation); write the Markdown tree to ``docs``, the site to ``out``.

    The per-article stages run in ``executor`` if given (any ``concurrent.futures.Executor``,
    e.g. Dask's ``Client.get_executor()``), else in a pool of ``workers`` processes (default:
    the machine's cores; 1 runs them in this process). ``cache`` keeps their results between builds (None: none).
    ``site_url`` is where the site will be published (else the story's ``url:``).
    """
    started = time.perf_counter()
    stages: dict[str, float] = {}
    layout = site.Layout(project=project, content=content, docs=docs, site=out)
    sources = reader.load_sources(content / "sources.yml" if content else None)
    for note in sources["notes"]:
        log(f"warning: {note}")
    log(f"reading {seeds}")
    store = ArticleCache(cache) if cache else None
    if store:
        store.prune()
    entity_data.keep_tables(store.folder if store else None)
    workers = workers or os.cpu_count() or 1
    forked.limit(workers)  # the stages that compare articles share their work among as many processes
    pool = nullcontext(executor) if executor or workers == 1 else ProcessPoolExecutor(workers)
    with pool as runner:
        dossier = pipeline.read_and_extract(seeds, seeds.parent, sources, log, runner, store, stages)
    # The pool's processes are gone before the stages that compare articles fork copies of this one.
    dossier = pipeline.link(dossier, layout.content, log, stages)
    if not dossier.articles:
        log(f"warning: no article could be read from {seeds} (.txt or .md files); the site will be empty")
    log(f"writing pages for {counted(len(dossier.articles), 'article')} to {docs}")
    # An article that names no one the others name is no candidate to name the story after.
    told = story.load(content, [a for a in dossier.articles if a.id not in dossier.unrelated] or dossier.articles,
                      site_url, seeds)
    if told.named_after:
        log(f"note: the story is named after {told.named_after}, “{told.title}”: give it a title in "
            f"{story.title_file(seeds, content)}")
    step = time.perf_counter()
    # Writing the pages makes no garbage cycles to speak of (292 objects over the 2,225 BBC files): without the
    # collector's walks it took 13% less time.
    with pipeline.lasting():
        change = site.write_docs(dossier, layout, sources, seeds_root=seeds.parent, story=told, cache_folder=cache)
    stages["pages"] = time.perf_counter() - step
    log(f"rendered {change.rendered} Markdown pages, {change.changed} of them new or changed since the last build")
    articles, skipped, epoch = len(dossier.articles), dossier.skipped, site.build_epoch(dossier)
    del dossier  # MkDocs reads the Markdown tree only: its pages reuse this memory
    stages.update(site.run_mkdocs(epoch, layout, told, offline=offline, change=change, cache_folder=cache, log=log,
                                 workers=workers))
    return BuildSummary(articles, change.pages, time.perf_counter() - started, skipped, stages=stages)


def init(folder: Path, project: Path) -> None:
    """Make a new story folder and say how to fill and build it (from ``project``, where build.py is)."""
    for path in story.init(folder):
        log(f"created {path}")
    log(f"put the articles (.txt, .md or saved .html pages) in {folder / 'seeds'}, name the story in "
        f"{folder / 'content' / 'story.yml'}, then build it from {project} with: .venv/bin/python build.py "
        f"--story {folder.resolve()} (its site in {folder / 'site'})")


def serve(out: Path, port: int) -> None:
    """Preview the built site at http://127.0.0.1:PORT/ until interrupted."""
    import functools
    import http.server

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(out))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        log(f"serving {out} at http://127.0.0.1:{port}/ (Ctrl-C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
