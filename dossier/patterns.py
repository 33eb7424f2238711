"""Matching text fast: a pattern matched case-insensitively at the speed of a case-sensitive one (figures and claims
stages), and a word found whole without compiling a pattern for it (claims and quotes stages)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


class Folded:
    """A case-insensitive pattern that matches against the lower-cased text: Python's
    IGNORECASE makes long alternations (the cue and event lists) several times slower.
    Offsets are those of the original text; groups come back lower-cased."""

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self.fallback = re.compile(pattern, re.IGNORECASE)

    def _target(self, text: str) -> tuple[re.Pattern[str], str]:
        lower = text.lower()
        # A few characters change length when lower-cased ("İ"): keep offsets true.
        return (self.pattern, lower) if len(lower) == len(text) else (self.fallback, text)

    def search(self, text: str) -> re.Match[str] | None:
        pattern, target = self._target(text)
        return pattern.search(target)

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        pattern, target = self._target(text)
        return pattern.finditer(target)


def whole_word_spans(text: str, written: str) -> Iterator[tuple[int, int]]:
    r"""Where ``text`` writes ``written`` with no word character (a letter, a digit or "_") just before or after it,
    left to right, as the pattern ``(?<!\w)written(?!\w)`` finds it: by ``str.find``, since compiling a pattern for
    each figure and country form took grouping 2,000 compiles over the BBC, more than their searches."""
    start = text.find(written)
    while start >= 0:
        end = start + len(written)
        if not (_word_character(text[start - 1 : start]) or _word_character(text[end : end + 1])):
            yield start, end
            start = text.find(written, end if end > start else end + 1)
        else:
            start = text.find(written, start + 1)


def _word_character(char: str) -> bool:
    r"""Is ``char`` (one character, or none) what ``\w`` matches: alphanumeric or an underscore?"""
    return char.isalnum() or char == "_"
