#!/usr/bin/env python3
"""Build the dossier site: `python build.py` reads seeds/ and content/ and writes site/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dossier.commands import build, log, serve

PROJECT = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=PROJECT / "seeds", help="folder of articles (default: seeds/)")
    parser.add_argument("--content", type=Path, default=PROJECT / "content",
                        help="folder of curated pages and YAML (default: content/)")
    parser.add_argument("--out", type=Path, default=PROJECT / "site", help="where to write the site (default: site/)")
    parser.add_argument("--docs", type=Path, default=PROJECT / "build" / "docs",
                        help="where to write the generated Markdown tree (default: build/docs/)")
    parser.add_argument("--offline", action="store_true", help="build a copy that works opened from disk")
    parser.add_argument("--workers", type=int, default=None,
                        help="processes for the per-article stages (default: the machine's cores)")
    parser.add_argument("--cache", type=Path, default=PROJECT / "build" / "cache",
                        help="per-article cache, safe to delete (default: build/cache/)")
    parser.add_argument("--no-cache", action="store_true", help="extract and render everything anew")
    parser.add_argument("--serve", action="store_true", help="preview the site after building it")
    parser.add_argument("--port", type=int, default=8000, help="port for --serve (default: 8000)")
    args = parser.parse_args(argv)
    if not args.seeds.is_dir():
        log(f"error: {args.seeds} is not a folder of articles")
        return 2
    try:
        summary = build(PROJECT, args.seeds.resolve(), args.content.resolve(), args.out.resolve(), args.docs.resolve(),
                        args.offline, workers=args.workers, cache=None if args.no_cache else args.cache.resolve())
    except ValueError as error:
        log(f"error: {error}")
        return 2
    for line in summary.lines():
        log(line)
    if args.serve:
        serve(args.out.resolve(), args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
