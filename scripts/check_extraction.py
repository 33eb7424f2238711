"""Put every corpus article through the per-article extraction, cleaned and uncleaned, and report any failure.

    .venv/bin/python scripts/check_extraction.py [--corpora DIR] [--workers N] [--corpus NAME ...]

Each article of the corpora (../shared/corpora: events, bbc, basil-dev, polnear-dev, polnear-train, ecbplus-dev,
conll2003) and of this project's seeds is read twice: as the build reads it (``reader.read_article``, cleaned) and
as it is (``reader.read_uncleaned``, as the eval scripts read it), then put through ``pipeline.extract`` (mentions,
quotes, statements, the sentences copies share, the words entity resolution reads). A file the reader declines with
a reason (ValueError: empty, not an article) is no failure: the build skips it with that reason.

Prints, per corpus and reading, the articles, those declined, the failures and the seconds of work, and under it each
failure's file, stage (the reading, or the stage ``pipeline.extract`` called), exception and the innermost frame of
dossier/ it came from. Exits 1 on any failure. A build skips such an article with a message: run this before each
release, so that none of ours is found by a user.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dossier import claims, pipeline, reader  # noqa: E402
from dossier.structure import Article  # noqa: E402

# Each corpus's article files: a folder under the corpora (None: this project's seeds) and a glob in it.
CORPORA = {
    "seeds": (None, "*"),
    "events": ("events/articles", "*/*"),
    "bbc": ("bbc", "*"),
    "basil-dev": ("basil-dev/articles", "*/*"),
    "polnear-dev": ("polnear-dev/text", "*"),
    "polnear-train": ("polnear-train/text", "*"),
    "ecbplus-dev": ("ecbplus-dev/articles", "*/*"),
    "conll2003": ("conll2003/docs", "*/*"),
}
READINGS = ("cleaned", "uncleaned")
BATCH = 16  # files per task


class Failure(NamedTuple):
    file: str
    stage: str
    error: str
    where: str  # the innermost frame in dossier/


class Checked(NamedTuple):
    articles: int
    declined: int
    seconds: float
    failures: list[Failure]


def _failure(path: Path, stage: str, error: Exception) -> Failure:
    frames = [frame for frame in traceback.extract_tb(error.__traceback__)
              if Path(frame.filename).is_relative_to(ROOT / "dossier")]
    where = (f"{Path(frames[-1].filename).relative_to(ROOT)}:{frames[-1].lineno} in {frames[-1].name}"
             if frames else "outside dossier/")
    return Failure(str(path), stage, f"{type(error).__name__}: {error}", where)


def _stage(error: Exception) -> str:
    """The stage ``pipeline.extract`` called that ``error`` came from: the function of the frame after its own."""
    frames = [frame for frame, _ in traceback.walk_tb(error.__traceback__)]
    for outer, inner in itertools.pairwise(frames):
        if outer.f_code is pipeline.extract.__code__:
            return f"{inner.f_globals.get('__name__')}.{inner.f_code.co_name}"
    return "extract"


def _read(path: Path, reading: str) -> Article:
    return reader.read_article(path, path.parent) if reading == "cleaned" else reader.read_uncleaned(path)


def check(paths: list[Path], reading: str) -> Checked:
    """Read and extract each of ``paths`` (``reading``: "cleaned" or "uncleaned")."""
    started = time.perf_counter()
    declined = 0
    failures = []
    for path in paths:
        try:
            article = _read(path, reading)
        except ValueError:
            declined += 1
            continue
        except Exception as error:  # a fault of the reader: reported, and the other files checked
            failures.append(_failure(path, "read " + reading, error))
            continue
        try:
            pipeline.extract(article)
        except Exception as error:  # a fault of a stage: reported, and the other files checked
            failures.append(_failure(path, _stage(error), error))
    claims.forget_texts()  # as the build's batches do (``pipeline.extract_batch``)
    return Checked(len(paths), declined, time.perf_counter() - started, failures)


def corpus_files(name: str, corpora: Path) -> list[Path] | None:
    """The article files of corpus ``name`` (None: the corpus is absent)."""
    folder, pattern = CORPORA[name]
    place = ROOT / "seeds" if folder is None else corpora / folder
    if not place.is_dir():
        return None
    return [path for path in sorted(place.glob(pattern))
            if path.is_file() and path.suffix.lower() in (*reader.TEXT_SUFFIXES, *reader.HTML_SUFFIXES)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", help="the corpora folder (default: $DOSSIER_CORPORA, else ../shared/corpora)")
    parser.add_argument("--workers", type=int, default=1, help="processes that extract (default 1)")
    parser.add_argument("--corpus", nargs="+", choices=list(CORPORA), default=list(CORPORA))
    options = parser.parse_args()
    corpora = Path(options.corpora or os.environ.get("DOSSIER_CORPORA") or ROOT.parent / "shared" / "corpora")
    failures: list[Failure] = []
    with ProcessPoolExecutor(options.workers) as pool:
        tasks = {}
        for name in options.corpus:
            files = corpus_files(name, corpora)
            if files is None:
                print(f"{name}: absent (no {corpora / str(CORPORA[name][0])})")
                continue
            for reading in READINGS:
                batches = [files[start:start + BATCH] for start in range(0, len(files), BATCH)]
                tasks[name, reading] = [pool.submit(check, batch, reading) for batch in batches]
        for (name, reading), futures in tasks.items():
            results = [future.result() for future in futures]
            found = [failure for result in results for failure in result.failures]
            print(f"{name:<14} {reading:<10} articles {sum(r.articles for r in results):>5}  "
                  f"declined {sum(r.declined for r in results):>4}  failures {len(found):>3}  "
                  f"seconds {sum(r.seconds for r in results):7.1f}")
            for failure in found:
                print(f"  FAILED {failure.file}: {failure.stage}: {failure.error} ({failure.where})")
            sys.stdout.flush()
            failures += found
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
