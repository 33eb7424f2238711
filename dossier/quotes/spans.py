"""What every step of the quotes stage shares: a quoted span, a speaker and an attribution as the
steps pass them on, what an article says about its people (``_ArticleNames``), the quotation marks, and the
sentences around a span (where the sentence holding a quote begins and ends, its words before and after it).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..lang.en import speech
from ..lang.en.names import DOTTED_TITLES
from ..sentences import DATELINE

PRONOUNS = speech.PRONOUNS  # re-exported: the eval scripts read it

OPENING, CLOSING, EITHER = "open", "close", "either"
_DOUBLE_MARKS = {'"': EITHER, "“": OPENING, "”": CLOSING, "„": OPENING, "«": OPENING, "»": CLOSING}
_SINGLE_MARKS = "'‘’"
_WORD = re.compile(r"\w+(?:['’.\-]\w+)*\.?")
# A quote this short, with nobody said to have said it, is a scare quote or a name.
SCARE_QUOTE_MAX_WORDS = 5


@dataclass
class _Span:
    """One quoted passage: pieces of one or more paragraphs, in order."""

    pieces: list[tuple[int, int, int]]  # (paragraph, start, end) of the quoted words
    opened_at: tuple[int, int]  # paragraph and offset of the opening mark
    closed_at: tuple[int, int]  # paragraph and offset just after the closing mark (or the end)
    reopened: bool = False  # begins where the previous span was reopened without closing


@dataclass
class _Speaker:
    text: str
    name: str | None = None
    role: str | None = None
    kind: str = "name"  # "name", "role", "pronoun", "group"
    at: tuple[int, int] = (0, 0)  # where the attribution was read


@dataclass
class _Attribution:
    speaker: _Speaker | None
    cue: str | None
    pattern: str = ""  # the name of the attribution pattern that found it (lang.en.speech)


@dataclass
class _ArticleNames:
    """What the article itself says about people: full names, roles, and where they appear."""

    full_names: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # last -> fulls
    roles: list[tuple[str, str]] = field(default_factory=list)  # (role lowercased, name)
    described: list[tuple[str, str]] = field(default_factory=list)  # in apposition: "Leahy, a spokesman"
    first_named: dict[str, tuple[int, int]] = field(default_factory=dict)  # last word -> first position
    people: list[tuple[tuple[int, int], str]] = field(default_factory=list)  # (position, name)
    token_counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # Every capitalised name of each paragraph: (paragraph, start), end, name.
    runs_by_paragraph: dict[int, list[tuple[tuple[int, int], int, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    text: str = ""  # the article's paragraphs, for gender cues
    paragraphs: list[str] = field(default_factory=list)
    quoted: list[tuple[int, int, int]] = field(default_factory=list)  # (paragraph, start, end) of every quote
    # What the entities stage took each name's last word for: person, organization, place, …
    kinds: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    title_names: set[str] = field(default_factory=set)  # "given name + surname" in the headline: "Uma Thurman"
    bodies: list[tuple[tuple[int, int], int, str]] = field(default_factory=list)  # organisations: position, end, name
    title: str = ""  # the headline


def _is_sentence_end(text: str, i: int) -> bool:
    """Whether the punctuation at ``text[i]`` ends a sentence (abbreviations and initials do not)."""
    if text[i] in "!?":
        return True
    if text[i] != ".":
        return False
    if i + 1 < len(text) and not text[i + 1].isspace() and text[i + 1] not in "\"”’'":
        return False
    start = i
    while start and (text[start - 1].isalnum() or text[start - 1] in "_."):  # the word before: what \w and "." match
        start -= 1
    if start == i:
        return True
    if text[start:i] in DOTTED_TITLES and not text[:start].endswith((", ", "-")):
        return False  # "said Del. Jo Roe": a title before a name (not "Dover, Del." or "D-Del.", a state)
    token = text[start:i].lower()
    # Abbreviations and initials ("G.K.", "N.C.") end no sentence.
    return token not in speech.ABBREVIATIONS and not re.fullmatch(r"(?:[a-z]\.)*[a-z]", token)


def _sentence_begin(text: str, start: int, floor: int = 0) -> int:
    """Where the sentence holding ``text[start]`` begins: after the last sentence end before ``start`` (not before
    ``floor``)."""
    i = start - 1
    while i >= floor:
        if _is_sentence_end(text, i):
            break
        i -= 1
    return max(i + 1, floor)  # ``floor`` too for an empty text, which holds no sentence end


def _head(text: str, start: int, floor: int) -> tuple[str, int]:
    """The words of the sentence before ``start`` (not before ``floor``), and where they begin."""
    begin = _sentence_begin(text, start, floor)
    if begin == 0 and (dateline := DATELINE.match(text)) and dateline.end() <= start:
        begin = dateline.end()  # "WASHINGTON -- Arizona Gov. Jan Brewer said": the dateline is no part of the subject
    return text[begin:start], begin


def _tail(text: str, end: int, ceiling: int) -> str:
    """The words after ``end`` up to the end of the sentence or ``ceiling``."""
    for i in range(end, ceiling):
        if _is_sentence_end(text, i):
            return text[end : i + 1]
    return text[end:ceiling]
