#!/usr/bin/env python3
"""Benchmark the build on the BBC corpus: time, site size and peak memory, at several sizes.

    python scripts/benchmark.py                     # all 2,225 articles
    python scripts/benchmark.py --sizes 500,1000,2225   # check the growth is about linear

Each size is built by the real command line in a fresh process, from a folder of
links to the first N articles (sorted by name), so the figures are a user's figures.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
BBC = PROJECT.parent / "shared" / "corpora" / "bbc"


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def build_once(files: list[Path], work: Path) -> dict[str, float]:
    seeds = work / "seeds"
    seeds.mkdir()
    for file in files:
        (seeds / file.name).symlink_to(file)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(PROJECT / "build.py"), "--seeds", str(seeds), "--out", str(work / "site"),
         "--docs", str(work / "docs")],
        capture_output=True, text=True,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"build failed:\n{result.stderr[-3000:]}")
    # ru_maxrss of children is the largest child so far (KiB on Linux): each size runs in a bigger tree.
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "articles": len(files),
        "pages": sum(1 for _ in (work / "site").rglob("*.html")),
        "seconds": seconds,
        "site_mb": folder_size_mb(work / "site"),
        "peak_mb": max(peak, before) / 1024,
        "skipped": result.stderr.count("skipped "),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=BBC, help="folder of articles (default: the BBC corpus)")
    parser.add_argument("--sizes", default="", help="comma-separated article counts (default: all)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"{args.corpus} is absent: nothing to benchmark", file=sys.stderr)
        return 0
    files = sorted(args.corpus.glob("*.txt"))
    sizes = [int(n) for n in args.sizes.split(",") if n] or [len(files)]
    print(f"{'articles':>8} {'pages':>7} {'seconds':>8} {'s/article':>9} {'site MB':>8} {'peak MB':>8} {'skipped':>7}")
    for size in sorted(sizes):
        with tempfile.TemporaryDirectory() as work:
            row = build_once(files[:size], Path(work))
        print(f"{row['articles']:>8} {row['pages']:>7} {row['seconds']:>8.1f} {row['seconds'] / size:>9.4f}"
              f" {row['site_mb']:>8.1f} {row['peak_mb']:>8.0f} {row['skipped']:>7}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
