"""What the command line does: build the dossier, and optionally serve it."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import pipeline, reader, site, story
from .structure import Skipped


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass
class BuildSummary:
    articles: int
    pages: int
    seconds: float
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        lines = [f"skipped {s.path}: {s.reason}" for s in self.skipped]
        lines.append(
            f"built {self.articles} articles into {self.pages} pages in {self.seconds:.1f} s"
            f" ({len(self.skipped)} files skipped)"
        )
        return lines


def build(
    project: Path, seeds: Path, content: Path | None, out: Path, docs: Path, offline: bool = False
) -> BuildSummary:
    """Read ``seeds`` and ``content`` (None: no curation); write the Markdown tree to ``docs``, the site to ``out``."""
    started = time.perf_counter()
    layout = site.Layout(project=project, content=content, docs=docs, site=out)
    sources = reader.load_sources(content / "sources.yml" if content else None)
    log(f"reading {seeds}")
    dossier = pipeline.analyse(seeds, layout.content, root=seeds.parent, sources=sources, log=log)
    if not dossier.articles:
        log(f"warning: no article could be read from {seeds} (.txt or .md files); the site will be empty")
    told = story.load(content, dossier.articles)
    log(f"writing pages for {len(dossier.articles)} articles to {docs}")
    pages = site.write_docs(dossier, layout, sources, seeds_root=seeds.parent, story=told)
    log(f"rendering the site into {out}")
    site.run_mkdocs(dossier, layout, told, offline=offline)
    return BuildSummary(len(dossier.articles), pages, time.perf_counter() - started, dossier.skipped)


def init(folder: Path) -> None:
    """Make a new story folder and say how to fill and build it."""
    for path in story.init(folder):
        log(f"created {path}")
    log(f"put the articles (.txt, .md or saved .html pages) in {folder / 'seeds'}, name the story in "
        f"{folder / 'content' / 'story.yml'}, then build it with: python build.py --story {folder}")


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
