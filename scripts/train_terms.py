#!/usr/bin/env python3
"""Learn the claims terms news at large uses often (dossier/models/common_terms.txt).

In a dossier of a few articles every ordinary word is rare ("feel", "safe", "country" may each be
in one statement), so its own counts cannot tell a word common in English from a telling one. This
counts, over unlabelled news of the train splits only (the BBC articles, CoNLL-2003 train and the
PolNeAR train split's text; 4,011 documents), the documents each term occurs in
(``claims.word_terms``: the word stems statements are compared by), and lists those of at least
MIN_DOCUMENTS documents ("safe" 101, "hole" 45, "overlap" 12; not "microlens" or "schoolgirl").
The same corpus gives the same file (sorted, one term a line).

Usage: python scripts/train_terms.py [--corpora DIR] [--check]
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dossier.claims import word_terms  # noqa: E402
from dossier.models import COMMON_TERMS_PATH  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from train_words import word_list_arguments, write_word_list  # noqa: E402

MIN_DOCUMENTS = 10  # one news document in 400
SOURCES = ("bbc", "conll2003/docs/train", "polnear-train/text")


def texts(corpora: Path) -> list[str]:
    """The unlabelled news documents, in file order (the BBC's few single-byte files read with a stand-in)."""
    files = [path for source in SOURCES for path in sorted((corpora / source).glob("*.txt"))]
    return [path.read_text(encoding="utf-8", errors="replace") for path in files]


def document_counts(documents: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for document in documents:
        counts.update(word_terms(document))
    return counts


def main() -> int:
    args = word_list_arguments(__doc__.split("\n\n")[0], SOURCES)
    if args is None:
        return 1
    began = time.perf_counter()
    documents = texts(args.corpora)
    counts = document_counts(documents)
    kept = sorted(term for term, n in counts.items() if n >= MIN_DOCUMENTS)
    return write_word_list(COMMON_TERMS_PATH, kept, args.check, began,
                           f"{len(kept)} terms of {len(documents)} documents")

if __name__ == "__main__":
    raise SystemExit(main())
