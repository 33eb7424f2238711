#!/usr/bin/env python3
"""Benchmark the build on the BBC corpus: time against the rendering floor, size, memory, search, rebuilds.

    python scripts/benchmark.py --sizes 500                 # while working on it
    python scripts/benchmark.py --sizes 500,1000,2225       # the figures DEVELOPING.md gives

For each size, from a folder of copies of the first N articles (sorted by name; the build skips links
that lead outside the seeds folder):

- build: the real command line in a fresh process, with an empty cache;
- floor: the same articles as one bare Material page each, rendered by MkDocs in the
  same run, so the ratio build/floor holds on a busy machine;
- peak MB: the largest total resident memory of the build's processes (pool workers included);
- largest page: the biggest HTML file of the site;
- search: seconds from the home page's load to the first search result shown, in headless
  Chromium over HTTP (needs /usr/bin/chromium and Playwright; "-" without them);
- rebuild: one more article added, built again with the cache (the incremental rebuild); for the
  whole corpus the added article comes from the events corpus.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
CORPORA = Path(os.environ.get("DOSSIER_CORPORA", PROJECT.parent / "shared" / "corpora"))
CHROMIUM = Path("/usr/bin/chromium")
# The floor's pages are out of the navigation, as the dossier's are: a navigation listing every page
# would make each page grow with the number of pages, and the floor grow with its square.
FLOOR_CONFIG = """site_name: Floor
use_directory_urls: true
theme:
  name: material
  font: false
plugins: []
nav:
  - index.md
not_in_nav: |
  /*.md
"""


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def tree_rss_kb(root: int) -> int:
    """Resident memory of a process and all its descendants, in KiB (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry.name)
        children.setdefault(int(fields.get("PPid", "0").strip()), []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total


def run_measured(command: list[str]) -> tuple[float, float, str]:
    """Run ``command`` under nice; returns (seconds, peak MB of its process tree, stderr)."""
    started = time.perf_counter()
    process = subprocess.Popen(["nice", *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.append(process.stderr.read()), daemon=True)
    reader.start()
    while process.poll() is None:
        peak = max(peak, tree_rss_kb(process.pid))
        time.sleep(0.2)
    reader.join()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        sys.exit(f"{command[1]} failed:\n{''.join(output)[-3000:]}")
    return seconds, peak / 1024, "".join(output)


def build(seeds: Path, work: Path) -> tuple[float, float, str]:
    return run_measured([sys.executable, str(PROJECT / "build.py"), "--seeds", str(seeds), "--out", str(work / "site"),
                         "--docs", str(work / "docs"), "--cache", str(work / "cache")])


def floor(files: list[Path], work: Path) -> float:
    """Seconds MkDocs takes to render each article as one bare Material page."""
    docs = work / "floor-docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Floor\n", encoding="utf-8")
    for file in files:
        text = file.read_text(encoding="utf-8", errors="replace")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        body = "\n\n".join(lines[1:])
        (docs / f"{file.stem}.md").write_text(f"# {lines[0] if lines else file.stem}\n\n{body}\n", encoding="utf-8")
    (work / "floor.yml").write_text(FLOOR_CONFIG + f"docs_dir: {docs}\nsite_dir: {work / 'floor-site'}\n",
                                    encoding="utf-8")
    seconds, _, _ = run_measured([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(work / "floor.yml")])
    return seconds


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        """No line per request."""


def first_result_seconds(site: Path, query: str) -> float | None:
    """Seconds from the home page's load to the first search result, in headless Chromium over HTTP."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not CHROMIUM.exists():
        return None
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
            )
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_port}/", wait_until="load")
            started = time.perf_counter()
            page.keyboard.press("/")
            page.keyboard.type(query)
            page.locator(".pagefind-ui__result a, .md-search-result__item a").first.wait_for(timeout=120_000)
            seconds = time.perf_counter() - started
            browser.close()
            return seconds
    finally:
        server.shutdown()


def largest_page(site: Path) -> tuple[str, float]:
    biggest = max(site.rglob("*.html"), key=lambda p: p.stat().st_size)
    return str(biggest.relative_to(site)), biggest.stat().st_size / 1e6


def measure(files: list[Path], extra: Path, work: Path) -> dict:
    seeds = work / "seeds"
    seeds.mkdir()
    for file in files:
        shutil.copyfile(file, seeds / file.name)
    seconds, peak, log = build(seeds, work)
    if "built 0 articles" in log:
        raise SystemExit(f"the build read no article:\n{log}")
    site = work / "site"
    row = {
        "articles": len(files),
        "seconds": seconds,
        "floor": floor(files, work),
        "pages": sum(1 for _ in site.rglob("*.html")),
        "site_mb": folder_size_mb(site),
        "peak_mb": peak,
        "largest": largest_page(site),
        "stages": next((line for line in log.splitlines() if line.startswith("time per stage")), ""),
    }
    row["search"] = first_result_seconds(site, "economy")
    shutil.copyfile(extra, seeds / extra.name)
    row["rebuild"], _, log = build(seeds, work)
    row["rebuild_stages"] = next((line for line in log.splitlines() if line.startswith("time per stage")), "")
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPORA / "bbc", help="folder of articles (default: BBC)")
    parser.add_argument("--sizes", default="", help="comma-separated article counts (default: all)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"{args.corpus} is absent: nothing to benchmark (set DOSSIER_CORPORA)", file=sys.stderr)
        return 0
    files = sorted(args.corpus.glob("*.txt"))
    sizes = [int(n) for n in args.sizes.split(",") if n] or [len(files)]
    print("| articles | build s | floor s | ratio | pages | site MB | peak MB | largest page (MB) "
          "| first result s | rebuild +1 s |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |")
    for size in sorted(sizes):
        # The article added for the rebuild: the next one; for the whole corpus, one from another corpus.
        extra = files[size] if size < len(files) else next(iter(sorted((CORPORA / "events").rglob("*.txt"))), None)
        if extra is None:
            sys.exit("no article left to add for the rebuild: give a smaller size")
        with tempfile.TemporaryDirectory() as work:
            row = measure(files[:size], extra, Path(work))
        search = f"{row['search']:.1f}" if row["search"] is not None else "-"
        print(f"| {row['articles']} | {row['seconds']:.0f} | {row['floor']:.0f} | {row['seconds'] / row['floor']:.1f}"
              f" | {row['pages']} | {row['site_mb']:.0f} | {row['peak_mb']:.0f}"
              f" | {row['largest'][0]} ({row['largest'][1]:.2f}) | {search} | {row['rebuild']:.0f} |", flush=True)
        print(f"<!-- {row['articles']}: build {row['stages']}; rebuild {row['rebuild_stages']} -->", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
