"""Trained models shipped with the package and their loaders; retrain with scripts/train_models.py."""

from functools import cache
from pathlib import Path

ORDINARY_WORDS_PATH = Path(__file__).with_name("ordinary_words.txt")
COMMON_TERMS_PATH = Path(__file__).with_name("common_terms.txt")
RELATED_TERMS_PATH = Path(__file__).with_name("related_terms.txt")


@cache
def ordinary_words() -> frozenset[str]:
    """Words news text writes in lower case, learnt by scripts/train_words.py: "eventually", "television"."""
    return frozenset(ORDINARY_WORDS_PATH.read_text(encoding="utf-8").split())


@cache
def common_terms() -> frozenset[str]:
    """The claims terms (word stems) news at large uses often, learnt by scripts/train_terms.py: "feel", "safe"."""
    return frozenset(COMMON_TERMS_PATH.read_text(encoding="utf-8").split())


@cache
def related_terms() -> dict[str, frozenset[str]]:
    """Each claims term → the terms news uses in the same contexts, both ways, learnt by scripts/train_related.py:
    "kill" → "murder"."""
    related: dict[str, set[str]] = {}
    for line in RELATED_TERMS_PATH.read_text(encoding="utf-8").splitlines():
        term, *others = line.split()
        for other in others:
            related.setdefault(term, set()).add(other)
            related.setdefault(other, set()).add(term)
    return {term: frozenset(others) for term, others in related.items()}
