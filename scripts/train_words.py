#!/usr/bin/env python3
"""Learn the words English news writes in lower case (dossier/models/ordinary_words.txt).

A capitalised word opening a sentence says nothing about whether it is a name: "Eventually
Duisburg absorbed Ruhrort", "Television stations showed…". An article often never writes that
word again, so the build also needs to know how the language at large writes it. This counts,
over the train splits' text (CoNLL-2003 train and PolNeAR train), how often each word is written
in lower case and how often capitalised where a sentence does not open; a word is ordinary when
it is seen in lower case at least MIN_LOWER times and capitalised at most once per
LOWER_PER_CAPITAL lower-case uses ("eventually" 48 to 0; not "bush" 7 to 247, nor "rose" 61 to 13).
The same corpus gives the same file (sorted, one word a line).

Usage: python scripts/train_words.py [--corpora DIR] [--check]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dossier import entities  # noqa: E402
from dossier.models import ORDINARY_WORDS_PATH, ner  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from train_ner import default_corpora  # noqa: E402

MIN_LOWER = 3
LOWER_PER_CAPITAL = 20


def texts(corpora: Path) -> list[str]:
    """The train splits' documents, in file order."""
    files = sorted((corpora / "conll2003" / "docs" / "train").glob("*.txt"))
    files += sorted((corpora / "polnear-train" / "text").iterdir())
    return [path.read_text(encoding="utf-8", errors="replace") for path in files]


def ordinary_words(documents: list[str]) -> list[str]:
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for document in documents:
        for paragraph in document.split("\n"):
            for sentence in entities.sentence_tokens(paragraph):
                if ner.is_all_caps([t.text for t in sentence]):
                    continue  # a headline in capitals tells nothing of how a word is written
                for token in sentence:
                    if token.new_sentence or not token.text.isalpha():
                        continue
                    if token.text.islower():
                        lower[token.text] += 1
                    elif token.text.istitle():
                        capital[token.text.lower()] += 1
    return sorted(w for w, n in lower.items() if n >= MIN_LOWER and capital[w] * LOWER_PER_CAPITAL <= n)


def word_list_arguments(description: str, needed: tuple[str, ...]) -> argparse.Namespace | None:
    """A word-list script's options (--corpora, --check); None, said on stderr, when a ``needed`` folder is absent."""
    holding = sorted({f"{folder.split('/')[0]}/" for folder in needed})
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpora", type=Path, default=default_corpora(),
                        help=f"folder holding {', '.join(holding)} (default: $DOSSIER_CORPORA or ../shared/corpora)")
    parser.add_argument("--check", action="store_true", help="compare a fresh list with the shipped one, write nothing")
    args = parser.parse_args()
    for folder in needed:
        if not (args.corpora / folder).is_dir():
            print(f"{args.corpora}/{folder} is absent: nothing to learn from", file=sys.stderr)
            return None
    return args


def main() -> int:
    args = word_list_arguments(__doc__.split("\n\n")[0], ("conll2003/docs/train", "polnear-train/text"))
    if args is None:
        return 1
    began = time.perf_counter()
    documents = texts(args.corpora)
    words = ordinary_words(documents)
    return write_word_list(ORDINARY_WORDS_PATH, words, args.check, began,
                           f"{len(words)} ordinary words from {len(documents)} documents")


def write_word_list(path: Path, words: list[str], check: bool, began: float, what: str) -> int:
    """Write a shipped list, one word a line (atomically), or with ``check`` say whether a fresh one is identical."""
    text = "".join(f"{w}\n" for w in words)
    if check:
        same = text == path.read_text(encoding="utf-8")
        verdict = "identical to" if same else "DIFFERENT from"
        print(f"made again in {time.perf_counter() - began:.1f} s: {verdict} {path}")
        return 0 if same else 1
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as out:
        out.write(text)
    Path(out.name).replace(path)
    print(f"{what} in {time.perf_counter() - began:.1f} s: {path} ({path.stat().st_size / 1e3:.0f} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
