#!/usr/bin/env python3
"""Learn which claims terms news uses in the same contexts (dossier/models/related_terms.txt).

Two outlets tell one event in other words ("confessed to the murder of a mother" / "confessed to killing a mom"),
and the stems they share are few. This counts, over unlabelled news of the train splits only (the BBC articles,
the events stories' articles and the PolNeAR train split's text), which terms (``claims.word_terms``' stems,
stop words left out) occur within WINDOW terms of each other in a sentence; weighs each term's contexts by
positive pointwise mutual information, keeps its TOP_CONTEXTS best, and lists for each term of at least
MIN_COUNT uses written in lower case the terms among its NEIGHBOURS nearest by cosine of their context
vectors (at or above MIN_COSINE) that have it among theirs. Names are left out: a term written capitalised in
more than NAME_SHARE of its uses is a name, and names related by distribution ("Paris"/"London") are different
things. The same corpus gives the same file (sorted, one term a line, then its related terms).

Usage: python scripts/train_related.py [--corpora DIR] [--check]
"""

from __future__ import annotations

import math
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dossier.claims import term_of_word  # noqa: E402
from dossier.models import RELATED_TERMS_PATH  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from train_words import word_list_arguments, write_word_list  # noqa: E402

SOURCES = ("bbc", "events/articles", "polnear-train/text")
WINDOW = 3  # terms either side: near enough to be the same clause's
MIN_COUNT = 30  # uses: fewer give too thin a context vector to compare
NAME_SHARE = 0.5
TOP_CONTEXTS = 200
MIN_COSINE = 0.2
NEIGHBOURS = 3
_SENTENCE_END = re.compile(r"[.!?;:]\s|\n")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def texts(corpora: Path) -> list[str]:
    """The unlabelled news documents, in path order."""
    files = [path for source in SOURCES for path in sorted((corpora / source).rglob("*.txt"))]
    return [path.read_text(encoding="utf-8", errors="replace") for path in files]


def sentences(documents: list[str]) -> tuple[list[list[str]], Counter[str], Counter[str]]:
    """Each sentence's terms, each term's uses, and its uses written capitalised (not opening a sentence)."""
    found: list[list[str]] = []
    uses: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    for document in documents:
        for sentence in _SENTENCE_END.split(document):
            terms = []
            for n, match in enumerate(_WORD.finditer(sentence)):
                word = match.group(0)
                term = term_of_word(word.lower())
                if term is None:
                    continue
                terms.append(term)
                uses[term] += 1
                capitalised[term] += n > 0 and word[0].isupper()
            if len(terms) > 1:
                found.append(terms)
    return found, uses, capitalised


def vectors(found: list[list[str]], kept: set[str]) -> dict[str, dict[str, float]]:
    """Each kept term's TOP_CONTEXTS contexts (kept terms within WINDOW) by positive PMI, as a unit vector."""
    pairs: Counter[tuple[str, str]] = Counter()
    for terms in found:
        terms = [t for t in terms if t in kept]
        for i, term in enumerate(terms):
            for other in terms[i + 1 : i + 1 + WINDOW]:
                if other != term:
                    pairs[term, other] += 1
                    pairs[other, term] += 1
    marginal: Counter[str] = Counter()
    for (term, _), n in pairs.items():
        marginal[term] += n
    total = sum(marginal.values())
    contexts: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for (term, other), n in pairs.items():
        pmi = math.log(n * total / (marginal[term] * marginal[other]))
        if pmi > 0 and n > 1:
            contexts[term].append((pmi, other))
    result = {}
    for term, weighed in contexts.items():
        best = sorted(weighed, key=lambda x: (-x[0], x[1]))[:TOP_CONTEXTS]
        norm = math.sqrt(math.fsum(w * w for w, _ in best))
        result[term] = {other: w / norm for w, other in best}
    return result


def neighbours(vecs: dict[str, dict[str, float]]) -> dict[str, list[str]]:
    """Each term's NEIGHBOURS nearest terms by cosine at or above MIN_COSINE (through an index of contexts)."""
    index: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for term in sorted(vecs):
        for context, w in vecs[term].items():
            index[context].append((term, w))
    nearest = {}
    for term in sorted(vecs):
        dots: dict[str, float] = defaultdict(float)
        for context, w in vecs[term].items():
            for other, v in index[context]:
                dots[other] += w * v
        dots.pop(term, None)
        best = sorted(((round(d, 6), o) for o, d in dots.items() if d >= MIN_COSINE), key=lambda x: (-x[0], x[1]))
        if best:
            nearest[term] = [o for _, o in best[:NEIGHBOURS]]
    # Only neighbours both ways: a frequent term near many others ("compani") is no one's equal.
    mutual = {term: [o for o in others if term in nearest.get(o, ())] for term, others in nearest.items()}
    return {term: others for term, others in mutual.items() if others}


def main() -> int:
    args = word_list_arguments(__doc__.split("\n\n")[0], SOURCES)
    if args is None:
        return 1
    began = time.perf_counter()
    documents = texts(args.corpora)
    found, uses, capitalised = sentences(documents)
    kept = {t for t, n in uses.items() if n >= MIN_COUNT and capitalised[t] <= NAME_SHARE * n}
    nearest = neighbours(vectors(found, kept))
    lines = sorted(f"{term} {' '.join(others)}" for term, others in nearest.items())
    return write_word_list(RELATED_TERMS_PATH, lines, args.check, began,
                           f"{len(lines)} terms of {len(documents)} documents")


if __name__ == "__main__":
    raise SystemExit(main())
