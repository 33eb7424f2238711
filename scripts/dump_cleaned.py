"""Print every article's cleaned text as the pipeline reads it, to read the cleaner's output and diff it.

    python scripts/dump_cleaned.py [--corpora DIR] [--corpus events|bbc|basil-dev] [--limit N] > out.txt

One block per file: ``== path``, the title, author/date/outlet, the highlights (``H``), each paragraph on a line (``P``,
or ``S`` for a subhead), then the captions (``C``), credits (``R``) and
editors' notes (``N``) set apart. Files the reader refuses are listed
with the reason (``SKIPPED``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dossier.reader import read_folder  # noqa: E402

DEFAULT_CORPORA = Path(os.environ.get("DOSSIER_CORPORA") or ROOT.parent / "shared" / "corpora")


def folders(corpora: Path, corpus: str) -> list[Path]:
    if corpus == "bbc":
        return [corpora / "bbc"]
    return sorted(p for p in (corpora / corpus / "articles").iterdir() if p.is_dir())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--corpus", default="events", choices=("events", "bbc", "basil-dev"))
    parser.add_argument("--limit", type=int, default=0, help="files per folder (bbc: the first N by name)")
    args = parser.parse_args()
    for folder in folders(args.corpora, args.corpus):
        if args.limit:
            with tempfile.TemporaryDirectory() as tmp:
                for path in sorted(folder.iterdir())[: args.limit]:
                    (Path(tmp) / path.name).write_bytes(path.read_bytes())
                dump(Path(tmp), folder)
        else:
            dump(folder, folder)


def dump(folder: Path, shown: Path) -> None:
    articles, skipped = read_folder(folder, folder)
    for article in articles:
        print(f"== {shown.name}/{article.source_file}")
        print(f"T {article.title}")
        print(f"M author={article.author} published={article.published} outlet={article.outlet}")
        for highlight in article.highlights:
            print(f"H {highlight}")
        for k, paragraph in enumerate(article.paragraphs):
            print(f"{'S' if k in article.subheads else 'P'} {paragraph}")
        for caption in article.captions:
            print(f"C {caption}")
        for credit in article.credits:
            print(f"R {credit}")
        for note in article.notes:
            print(f"N {note.kind}: {note.text}")
    for skip in skipped:
        print(f"== {shown.name}/{skip.path}\nSKIPPED {skip.reason}")


if __name__ == "__main__":
    main()
