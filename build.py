#!/usr/bin/env python3
"""Build the dossier site: `python build.py` reads seeds/ and content/ and writes site/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dossier.commands import build, init, log, serve
from dossier.story import story_inputs, working_folder

PROJECT = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--init", type=Path, metavar="DIR", help="create a new story folder DIR (seeds/ and content/)")
    parser.add_argument("--story", type=Path, metavar="DIR",
                        help="build the story folder DIR: its seeds/ and content/ (default: this project's)")
    parser.add_argument("--seeds", type=Path, help="a folder of articles (default: the story's seeds/)")
    parser.add_argument("--content", type=Path,
                        help="curated pages and YAML (default: the story's content/; with only --seeds, the content/"
                             " beside a folder named seeds, else none)")
    parser.add_argument("--out", type=Path, help="where to write the site (default: the story's site/)")
    parser.add_argument("--docs", type=Path,
                        help="where to write the generated Markdown tree (default: the story's build/docs/; with only"
                             " --seeds, a folder of this project's build/ for those seeds)")
    parser.add_argument("--offline", action="store_true", help="build a copy that works opened from disk")
    parser.add_argument("--workers", type=int, default=None,
                        help="processes for the per-article stages, pages and rendering (default: the machine's cores)")
    parser.add_argument("--cache", type=Path,
                        help="per-article cache, safe to delete (default: beside --docs' default, in cache/)")
    parser.add_argument("--no-cache", action="store_true", help="extract and render everything anew")
    parser.add_argument("--site-url", metavar="URL",
                        help="where the site will be published (default: url in the story's story.yml)")
    parser.add_argument("--serve", action="store_true", help="preview the site after building it")
    parser.add_argument("--port", type=int, default=8000, help="port for --serve (default: 8000)")
    args = parser.parse_args(argv)
    if args.init:
        try:
            init(args.init, PROJECT)
        except (ValueError, OSError) as error:
            log(f"error: {error}")
            return 2
        return 0
    story = args.story or PROJECT
    seeds, content = story_inputs(story, args.seeds, args.content, default_story=args.story is None)
    if not seeds.is_dir():
        log(f"error: {seeds} is not a folder of articles")
        return 2
    # A story's site and working files go in its own folder, never over another story's.
    working = working_folder(PROJECT, args.story, seeds)
    out, docs, cache = args.out or story / "site", args.docs or working / "docs", args.cache or working / "cache"
    try:
        summary = build(PROJECT, seeds, content, out.resolve(), docs.resolve(), args.offline,
                        workers=args.workers, cache=None if args.no_cache else cache.resolve(), site_url=args.site_url)
    except ValueError as error:
        log(f"error: {error}")
        return 2
    for line in summary.lines():
        log(line)
    if args.serve:
        serve(out.resolve(), args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
