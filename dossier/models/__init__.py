"""Trained models shipped with the package and their loaders; retrain with scripts/train_models.py."""

from functools import cache
from pathlib import Path

ORDINARY_WORDS_PATH = Path(__file__).with_name("ordinary_words.txt")
COMMON_TERMS_PATH = Path(__file__).with_name("common_terms.txt")


@cache
def ordinary_words() -> frozenset[str]:
    """Words news text writes in lower case, learnt by scripts/train_words.py: "eventually", "television"."""
    return frozenset(ORDINARY_WORDS_PATH.read_text(encoding="utf-8").split())


@cache
def common_terms() -> frozenset[str]:
    """The claims terms (word stems) news at large uses often, learnt by scripts/train_terms.py: "feel", "safe"."""
    # One term a line: an idiom's term is two words ("take place").
    return frozenset(COMMON_TERMS_PATH.read_text(encoding="utf-8").splitlines())
