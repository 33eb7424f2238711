"""Quotes stage: find direct quotes, attribute them, group them across articles.

The stage works in three steps, each a few functions below:

1. *Marks* — pair the quotation marks of each paragraph into quoted spans. Straight marks are
   told apart as opening or closing from the characters around them, so a stray mark closes
   nothing and opens nothing past its paragraph. A quote left open at the end of a paragraph
   continues only if the next paragraph reopens it (news style), or if it opens a quoted block whose
   next paragraphs hold no mark until one closes it; otherwise it ends there.
2. *Attribution* — read the words around each span (the rest of its sentence before and after
   the marks) for a reporting verb and its subject, then turn that subject into a name and a
   role using only what the article itself says (fuller names, "Secretary General Mark Rutte",
   the last person named for "he"). Spans nobody is said to have said, that are short or read
   like a title, are scare quotes or titles and are dropped.
3. *Groups* — the same quote in several articles, found through an inverted index of word
   shingles so the work stays near-linear in the number of quotes.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import hashlib
import json
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from . import outlets, paths, safe_yaml
from .entity_data import (
    gazetteer,
    given_name_gender,
    given_name_of_both_genders,
    given_names,
    name_gender_detector,
    usual_given_name_gender,
)
from .lang.en import speech
from .lang.en.names import (
    DESCRIPTIVE_WORDS,
    DOTTED_TITLES,
    OPENING_CONNECTIVES,
    PHOTO_CREDITS,
    SENTENCE_OPENING_WORDS,
    SOCIAL_PLATFORMS,
    UNSPACED_WORDS,
    US_STATE_ABBREVIATIONS,
)
from .models import ordinary_words
from .sentences import DATELINE
from .structure import Article, Entity, Mention, Quote, QuoteGroup
from .words import counted

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


# --- step 1: marks -------------------------------------------------------------------------------


def _mark_direction(text: str, i: int) -> str:
    """Whether the double mark at ``text[i]`` opens or closes a quote, from its glyph and context; an
    invisible formatting character (a direction mark pasted with a post) is no context."""
    b, a = i - 1, i + 1
    while b >= 0 and unicodedata.category(text[b]) == "Cf":
        b -= 1
    while a < len(text) and unicodedata.category(text[a]) == "Cf":
        a += 1
    before = text[b] if b >= 0 else " "
    after = text[a] if a < len(text) else " "
    opens_by_context = (before.isspace() or before in "([{—–-/:'‘") and not after.isspace()
    closes_by_context = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-'’")
    glyph = _DOUBLE_MARKS[text[i]]
    # An opening glyph glued to a word, or to a word's comma or full stop before a space ('here,“ said Roe'), is a
    # closing mark mistyped.
    glued = before.isalnum() or (before in ",.?!" and b > 0 and text[b - 1].isalnum() and after.isspace())
    if glyph == OPENING and closes_by_context and not opens_by_context and glued:
        return CLOSING
    if glyph == CLOSING and opens_by_context and not closes_by_context and after.isalnum():
        return OPENING
    if glyph != EITHER:
        return glyph
    if opens_by_context and not closes_by_context:
        return OPENING
    if closes_by_context and not opens_by_context:
        return CLOSING
    return EITHER


def _single_mark(text: str, i: int) -> tuple[str, int] | None:
    """What the single mark at ``text[i]`` is: (OPENING, 0), (CLOSING, strength) or None, an
    apostrophe. The same glyphs are apostrophes ("it's", "the players' union", "talkin'"), so a
    closing mark is only as strong as its context: 3 right after the quote's own punctuation
    (",' he said"), 2 at a word end before punctuation ("'deep space', the"), 1 at a word end
    before a space, where a plural possessive or a dropped g reads the same; none after an "s" before a capital, a
    plural possessive before a name ("the States' Trump Administration")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return None  # inside a word: "it's", "Musk's"
    if before == text[i] or after == text[i]:
        return None  # two single marks typed for a double one
    if (before.isspace() or before in '([{—–-/:"“') and (after.isalnum() or after in '(["“….$£€'):
        if re.match(r"\d0s\b|[b-z]\b|\w['’](?!\w)", text[i + 1 : i + 5]):
            return None  # a decade, "the '90s", or a letter for a word: "rock 'n' roll", "'s"
        return OPENING, 0
    if text[i] == "‘" or before.isspace() or not (after.isspace() or after in '.,;:!?)]}—–-"”…'):
        return None
    if not before.isalnum():
        return CLOSING, 3
    if before == "s" and re.match(r"\s[A-Z]", text[i + 1 : i + 3]):
        return None  # a plural's possessive before a name: "the United States' Trump Administration"
    return CLOSING, 1 if after.isspace() and i + 1 < len(text) else 2


def _single_events(text: str) -> list[tuple[int, str]]:
    """The single marks of a paragraph that open and close quotes, told from apostrophes.

    Nested quotes take double marks in this style, so an opening mark inside an open quote is an
    elision ("'em"); a closing mark with nothing open is an apostrophe; a weak closing mark gives
    way to a stronger one before the next opening mark. A quote left open runs on to the end of
    the paragraph only where a quote may (news style): from the start of the paragraph or after
    a colon or comma; elsewhere its opening mark was an elision too.
    """
    marks = [(i, found) for i, char in enumerate(text) if char in _SINGLE_MARKS and (found := _single_mark(text, i))]
    events: list[tuple[int, str]] = []
    opened = False
    for k, (i, (direction, strength)) in enumerate(marks):
        if direction == OPENING:
            if not opened:
                events.append((i, OPENING))
                opened = True
            continue
        if not opened:
            continue
        stronger = False
        for _, (later, later_strength) in marks[k + 1 :]:
            if later == OPENING:
                break
            stronger = stronger or later_strength > strength
        if not stronger:
            events.append((i, CLOSING))
            opened = False
    if opened:
        before = text[: events[-1][0]].rstrip()
        if before and before[-1] not in ":,":
            events.pop()
    return events


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_spans(paragraphs: list[str]) -> list[_Span]:
    """Pair the quotation marks of the paragraphs into quoted spans, in the article's convention:
    double marks, or single marks where the article uses them as its primary marks (British
    style), the other kind then only nesting inside."""
    double = _pair(paragraphs, _double_events)
    if not any(char in _SINGLE_MARKS for text in paragraphs for char in text):
        return double
    single = _pair(paragraphs, _single_events)
    # The primary marks carry the speech: more quotes longer than a scare quote outside the other
    # kind's ('"He called it 'a disgrace'"' nests a scare quote), then more quotes at all. Two
    # single marks typed for a double one ('' in old archives) count as double marks.
    typewritten = sum(text.count("''") for text in paragraphs) // 2
    long_double, all_double = _weight(paragraphs, double, single)
    if _weight(paragraphs, single, double) <= (long_double + typewritten, all_double + typewritten):
        return double
    # A British writer may still set a quote in double marks outside any single-marked one; the single marks inside
    # it are then words it quotes ('"… ‘puff’ out through …"'), not quotes of their own.
    apart = [d for d in double if not any(s.opened_at < d.opened_at and d.closed_at <= s.closed_at for s in single)]
    single = [s for s in single if not any(d.opened_at < s.opened_at and s.closed_at <= d.closed_at for d in apart)]
    return sorted(single + apart, key=lambda s: s.opened_at)


def _weight(paragraphs: list[str], spans: list[_Span], others: list[_Span]) -> tuple[int, int]:
    """How many of ``spans`` are not nested in ``others``: those longer than a scare quote, and all."""
    outer = [s for s in spans if not any(o.opened_at < s.opened_at and s.closed_at <= o.closed_at for o in others)]
    long = [s for s in outer if len(_span_text(paragraphs, s).split()) > SCARE_QUOTE_MAX_WORDS]
    return len(long), len(outer)


def _double_events(text: str) -> list[tuple[int, str]]:
    return [(i, _mark_direction(text, i)) for i, char in enumerate(text) if char in _DOUBLE_MARKS]


def _pair(paragraphs: list[str], events_of: Callable[[str], list[tuple[int, str]]]) -> list[_Span]:
    """Pair the marks ``events_of`` finds in each paragraph (offset, direction) into spans."""
    spans: list[_Span] = []
    current: _Span | None = None  # the span whose closing mark is awaited
    open_at = 0
    events_by_paragraph = [events_of(text) for text in paragraphs]
    for p, text in enumerate(paragraphs):
        events = events_by_paragraph[p]
        reopening = -1  # the mark that reopens a quote continued from the previous paragraph
        if current is not None:
            first = len(text) - len(text.lstrip())
            if not events and _block_runs_on(paragraphs, events_by_paragraph, current, p):
                _extend(current, p, text, first, len(text))
                current.closed_at = (p, len(text))
                continue
            if events and events[0][0] == first and events[0][1] != CLOSING and not _partial_quote(paragraphs, current):
                reopening, open_at = first, first + 1
            elif events and events[0][1] == CLOSING and not _NAME_LINE.fullmatch(text[: events[0][0]].rstrip(" .,")):
                # The writer left the mark out where the quote runs on ('"We will…' then 'We will not stop," she said'):
                # a paragraph whose first mark closes is the open quote's (not a signature: 'Jo Roe."').
                open_at = first
            else:
                spans.append(current)  # never closed: it ends with its paragraph
                current = None
        inner: set[int] = set()  # the marks of a quote nested in the open one
        for k, (i, direction) in enumerate(events):
            if i == reopening or i in inner:
                continue
            if direction == EITHER:
                direction = CLOSING if current is not None else OPENING
            elif direction == CLOSING and current is None and k + 1 < len(events) and (
                    not text[:i].strip() or events[k + 1][1] == CLOSING):
                # A closing glyph while no quote is open, opening the paragraph with another mark after it, or with
                # another closing mark next: the opening mark mistyped ('” … then surely she can too,” it read.',
                # 'He says,” there are a lot of people who never get listened to.”').
                direction = OPENING
            if direction == OPENING and current is not None and (closer := _nested_close(events, k)) is not None:
                inner.add(closer)  # '“He called it “a disgrace” today”': words quoted inside the quote
                continue
            if direction == OPENING:
                reopened = current is not None
                if current is not None:
                    # A second opening mark: the writer reopened the quote without closing it.
                    _extend(current, p, text, open_at, i)
                    spans.append(current)
                current = _Span(pieces=[], opened_at=(p, i), closed_at=(p, i), reopened=reopened)
                open_at = i + 1
            elif current is not None:
                _extend(current, p, text, open_at, i)
                current.closed_at = (p, i + 1)
                spans.append(current)
                current = None
        if current is not None:
            _extend(current, p, text, open_at, len(text))
            current.closed_at = (p, len(text))
    if current is not None:
        spans.append(current)
    return [s for s in spans if s.pieces and any(_WORD.search(paragraphs[p][a:b]) for p, a, b in s.pieces)]


MULTI_PARAGRAPH_BARE_MAX = 3  # paragraphs without a mark that a quoted block may run over


def _block_runs_on(
    paragraphs: list[str], events_by_paragraph: list[list[tuple[int, str]]], current: _Span, p: int
) -> bool:
    """Whether paragraph ``p``, which holds no mark, is inside the quote left open before it: a quoted block
    (a letter, a post, a tweet) whose inner paragraphs lost their opening marks, opened at its paragraph's
    start or after a colon ('tweeted Saturday: "I had to …'), and closed by the first mark of a paragraph
    at most MULTI_PARAGRAPH_BARE_MAX paragraphs on, every paragraph between holding no mark. A quote
    opened mid-sentence ('your statement "puts you at odds …') ends with its paragraph, as does one never
    closed, or closed only by a name's line ('Jo Roe."': a signature)."""
    opened, at = current.opened_at
    if paragraphs[opened][:at].strip()[-1:] not in ("", ":"):
        return False
    for q in range(p + 1, min(len(paragraphs), p + MULTI_PARAGRAPH_BARE_MAX + 1)):
        events = events_by_paragraph[q]
        if events:
            i, direction = events[0]
            return direction == CLOSING and not _NAME_LINE.fullmatch(paragraphs[q][:i].rstrip(" .,"))
    return False


def _partial_quote(paragraphs: list[str], current: _Span) -> bool:
    """Whether the open quote is a few words worked into its sentence: opened right after a word, not after a
    colon, a comma or a sentence's end, on a lower-case word ('said the plan is “really an amorphous'). News style
    closes such a quote before a paragraph break, so a mark opening the next paragraph starts a quote of its own."""
    p, at = current.opened_at
    before = paragraphs[p][:at].rstrip()
    first = _WORD.search(paragraphs[p], at)
    return bool(before) and before[-1].isalnum() and bool(first) and first.group()[0].islower()


def _nested_close(events: list[tuple[int, str]], k: int) -> int | None:
    """Where the quote that the opening mark ``events[k]`` nests in the open one closes: its own
    closing mark, when another closing mark follows for the outer quote before any new opening
    mark. Otherwise (None) the mark reopens a quote the writer never closed."""
    closers = []
    for i, direction in events[k + 1 :]:
        if direction == OPENING:
            break
        closers.append(i)
    return closers[0] if len(closers) >= 2 else None


def _extend(span: _Span, p: int, text: str, start: int, end: int) -> None:
    start, end = _trimmed(text, start, end)
    if end > start and not (span.pieces and span.pieces[-1][0] == p):
        span.pieces.append((p, start, end))


# --- sentences around a span ---------------------------------------------------------------------


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


# --- step 2: attribution -------------------------------------------------------------------------


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _clean_np(text: str) -> str:
    """A noun phrase without trailing time words, adverbs and punctuation."""
    words = text.strip(" ,;:—–-\"“”'‘’").split()
    while words and words[0].lower().strip(",") in speech.OPENERS:
        words.pop(0)
    if len(words) > 1 and words[0].lower() in speech.FREE_RELATIVE_OPENERS:
        words.pop(0)
    while words and (
        words[-1].lower().strip(",.") in speech.ADVERBS | speech.TIME_WORDS | speech.REFLEXIVES
        or words[-1].strip(",.") in speech.AUXILIARIES  # in lower case: "Theresa May" keeps her name
        or words[-1] in ("on", "in")
        or re.fullmatch(r"[a-z]{4,}ly", words[-1]) and words[-1] not in speech.LY_NOUNS  # "Musk originally"
    ):
        words.pop()
    np = " ".join(words).strip(" ,;:")
    placed = _NAME_THEN_PLACE.fullmatch(np)
    return placed.group(1) if placed else np


# A name, then where or when it spoke: "Sanders during a rally", "Trump from his desk", "Lee in her speech" (not
# a participle opening the sentence: "Writing in a company blog").
_NAME_THEN_PLACE = re.compile(
    r"(?![A-Z][a-z]+ing\s)((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+(?:during|from|in|at|on|after|before|through)\s+"
    r"(?:a|an|the|his|her|their|its)\s+(?:\S+\s+){0,3}\S+"
)


def _describes_role(word: str, following: str | None) -> bool:
    """Whether a reporting word that is also a noun describes the role word after it: "state Sen. Jane Roe"."""
    return word in speech.REPORTING_NOUN_STEMS and following is not None and following.lower() in speech.ROLE_WORDS


def _looks_like_np(text: str) -> bool:
    """Whether ``text`` reads as a speaker: a name, a title, a pronoun or an organisation."""
    words = re.sub(r"\s*\([^)]*\)", "", text).split()  # "Rep. Gwen Moore (D-Wis.)"
    if not words or len(words) > 10 or words[0].lower() in speech.INTRODUCERS:
        return False
    if words[0].lower() in speech.PRONOUNS:
        return len(words) == 1
    if any(w in speech.PRONOUNS for w in words[1:]):
        return False  # a clause with a subject of its own: "Ryan also hammered Obama for what he"
    # A surname that is also a function word ends a given name: "Al From" is a name, not "Al" from somewhere.
    surname = len(words) >= 2 and _is_cap(words[-1]) and _given_name_gender(words[-2]) is not None
    inner = words[1 : -1 if surname else None]
    if any(w.lower() in speech.CLAUSE_WORDS - {"of", "for", "at", "in", "on"} for w in inner):
        return False
    reporting = any(
        w.lower().strip(",.") in speech.REPORTING_VERBS
        and not _is_cap(w)
        and not _describes_role(w, words[i + 1] if i + 1 < len(words) else None)
        for i, w in enumerate(words)
    )
    if reporting and not _report_noun(words):
        return False  # a clause, not a noun phrase ("The New York Post" is a name)
    if _is_junk(words) or (len(words) == 1 and words[0].lower() in speech.DETERMINERS):
        return False  # a number, a headline fragment, or a determiner alone ("The")
    first = words[0].lower()
    if first in ("this", "that", "these", "those"):
        # "this reporter", "that senior official"; and a person's noun alone: "this source", "that woman".
        return len(words) > 1 and (words[1].lower() in speech.ROLE_WORDS
                                   or len(words) == 2 and words[1].lower() in speech.POINTED_PEOPLE_NOUNS)
    if (
        _is_cap(words[0])
        or first in speech.DETERMINERS | speech.QUANTIFIERS | speech.POSSESSIVES
        or first in speech.ROLE_WORDS
    ):
        return True
    # "panel Chairman Jason Chaffetz", "retired general Lloyd Newton": a description, then a name.
    return _is_cap(words[-1]) and not words[-1].isupper()


def _report_noun(words: list[str]) -> bool:
    """Whether the words are a determiner, at most one modifier and a reporting word as the noun: "the report",
    "the congressional report", "her tweet" (not "the senator would report", a clause)."""
    last = words[-1].lower().strip(",.")
    modifiers = words[1:-1]
    return (
        2 <= len(words) <= 3
        and words[0].lower() in speech.NOUN_MARKERS
        and (last in speech.SPEAKING_TEXT_NOUNS or last[:-1] in speech.SPEAKING_TEXT_NOUNS and last.endswith("s"))
        and all(w.islower() and w not in speech.AUXILIARIES and not w.endswith("ly") for w in modifiers)
    )


def _is_junk(words: list[str]) -> bool:
    """A number ("Twenty-nine") or a run of capitals (a headline fragment) names nobody."""
    if (
        re.fullmatch(
            r"[\d,.]+|(?:[A-Za-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            r"|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)s?",
            words[0].lower(),
        )
        and len(words) == 1
    ):
        return True
    capitals = [w for w in words if w.isupper() and len(w) > 1]
    return len(words) >= 2 and len(capitals) == len(words)


def _trailing_np(text: str) -> str:
    """The name or title that ends ``text``, right before a verb: "Mayor Bill de Blasio" in "an
    explosion that Mayor Bill de Blasio", "The New Yorker" in "as The New Yorker", "he" in "that he".

    Only capitalised words, surname particles and role words, after an optional determiner or
    possessive: a lowercase description ("a controversial") is not a speaker.
    """
    words = text.split()
    if words and words[-1].lower() in speech.PRONOUNS:
        return words[-1]
    taken: list[str] = []
    for word in reversed(words):
        bare = word.lower()
        if word.endswith((",", ";", ":")) or len(taken) >= 6 or bare == "as":
            break  # "As Michael Dell said, …": capitalised by its place, no part of the name
        if _is_cap(word) or bare in speech.ROLE_WORDS or (taken and bare in speech.NAME_PARTICLES):
            taken.insert(0, word)
            continue
        if bare == "of" and " ".join(taken) in _places()[1]:
            taken.insert(0, word)  # "Paul D. Ryan of Wisconsin": where the person serves, after the name
            continue
        if taken and (bare in ("the", "a", "an") or re.search(r"['’]s$", word)):
            taken.insert(0, word)
        break
    named = [w for w in taken if _is_cap(w) and w.lower() not in speech.DETERMINERS]
    return " ".join(taken) if named or any(w.lower() in speech.ROLE_WORDS for w in taken) else ""


# A form of "be" right before a reporting verb makes it passive: "was described as", "was asked by".
_PASSIVE_BEFORE = re.compile(
    rf"\b(?:was|were|is|are|been|being|be)\s+(?:(?:[a-z]+ly|{'|'.join(sorted(speech.ADVERBS))})\s+)?$"
)
# So does one before a first participle the verb is joined to, when "as" follows the verb: "was launched in 2011 and
# described as" (not "was elected in 2011 and said", where "said" is the subject's own past tense).
_PASSIVE_JOINED = re.compile(r"\b(?:was|were|is|are|been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b[^,.;:“”\"]{0,40}?"
                             r"\s+and\s+(?:[a-z]+ly\s+)?$")


# A participle set off after a noun, when "as" follows the verb: "The inquiry, often labeled as", "— described as".
_REDUCED_PASSIVE = re.compile(rf"(?:,|\s[—–])\s+(?:(?:[a-z]+ly|{'|'.join(sorted(speech.ADVERBS))})\s+)?$")


# A lower-case hyphenated modifier before a role: "far-right", "long-time".
_COMPOUND_MODIFIER = re.compile(r"[a-z]+(?:-[a-z]+)+")


def _passive(head: str, verb_start: int) -> bool:
    """Whether the reporting verb at ``head[verb_start:]`` is passive ("Nice has been described as", "He was told"):
    its subject is whom the words are about or to (but "Ann Lee was quoted as saying" is hers)."""
    return bool(_PASSIVE_BEFORE.search(head[:verb_start])) and not re.match(r"\w+ing\b|quoted\b", head[verb_start:])


# "as" opening a comment clause, before its subject: "As the Global Times", "as one employee", "As Speaker Lee".
_AS_COMMENT = re.compile(r"[Aa]s\s+(?=(?:the|an?|one)\s|[A-Z])")


# A name that ends the words before a comma, right after "that", a subordinator or an opening bracket: the subject of
# the clause they open.
_NAME_OPENS_CLAUSE = re.compile(
    rf"(?:\b(?:that|{'|'.join(sorted(speech.SUBORDINATORS))})\s+|\()((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)$"
)


# A participle opening a phrase that describes the subject before it ("speaking to Iowans", "dressed in red").
_PARTICIPLE_PHRASE = re.compile(
    rf"\s*(?:[a-z]+ing\b|(?:[a-z]+ed|{'|'.join(sorted(speech.IRREGULAR_PARTICIPLES))})\s+[a-z])"
)


# The end of a sentence giving whose report it is (group 1: who reports): ", a government spokesperson, Jo Roe, said.",
# ", Acme spokesman Jo Roe told reporters on Friday.", ", Foreign Minister Jo Roe said."
_REPORTER_ENDS = re.compile(
    rf",\s+([^;:“”\"]*?)\s+(?:{'|'.join(sorted(speech.REPORTING_VERBS))})\b[^,;:“”\"]{{0,30}}$"
)


_HEARD = re.compile(r"\s+(?:(?:can|could|may|might|will)\s+)?(?:(?:then|also|clearly|later)\s+)?"
                    r"(?:be|is|was|were|are)\s+(?:(?:then|also|clearly|later)\s+)?heard\s+$")


def _subject_before(head: str, verb_start: int) -> tuple[str, str | None] | None:
    """The subject of the verb at ``head[verb_start:]``: (noun phrase, apposition or None)."""
    heard = _HEARD.search(head[:verb_start])
    if heard:
        verb_start = heard.start()  # "Jo Roe can be heard saying": whom a recording lets us hear is who speaks
    if _passive(head, verb_start):
        return None
    # A colon ends a clause too: "Few backed it: Roe called it "…"" is Roe's.
    segments = re.split(r",\s*|\s+[—–―]\s+|[;:]\s+", head[:verb_start])
    # "Bryne went on to say", "The email goes on to say": the subject of the verb the report hangs on.
    segments[-1] = re.sub(r"\s+(?:went|goes|go|has gone|had gone)\s+on\s+to\s*$", " ", segments[-1])
    last = _clean_np(segments[-1])
    opener = re.match(rf"(?:{'|'.join(sorted(speech.SUBORDINATORS))})\s+(?=[A-Z])", last, re.IGNORECASE)
    if opener and len(segments) == 1 and not re.search(r"[,;:—–]", head[verb_start:].rstrip(" —–-")):
        # The subject of a clause that opens the sentence and holds the quote: "While Comey said it was "…", he"
        # (not "After Lee criticized him, Roe shot back, "…"", where the quote is the main clause's).
        last = last[opener.end() :]
    elif comment := _AS_COMMENT.match(last):
        # A comment clause gives the source of the main clause after it: "As the Global Times noted in an op-ed,
        # the mayor "…"", "As Speaker Ann Lee (R-Wis.) has pointed out, that is the "…"", "Of course, as Jo Roe of
        # Vell News observed: "…"".
        last = _clean_np(last[comment.end() :])
    if last in _regions() and len(segments) >= 2 and _PLACE_BEFORE.search(segments[-2]):
        # "Stacy Baker of Columbia, South Carolina says": the state after a town says where, not who.
        segments = segments[:-1]
        last = _clean_np(segments[-1])
    if len(segments) == 2 and _APPOSITION_UNCLOSED.match(last) and (_ROLE_IN.search(last) or _AFFILIATED.match(last)):
        # '"…," Jo Roe, an operations manager at the Vell Meteor Society told': the apposition's closing comma left
        # out, the subject is the person named before it (so with a post at a body named: "Jo Roe, a fellow at the
        # Vell Institute told").
        named = _clean_np(segments[0])
        if (_split_name(named) == (named, None) and _persons_name(named.split())
                and named.split()[0].lower() not in speech.SENTENCE_OPENERS):  # not "In December, the prince said"
            return named, last
    if last and _looks_like_np(last) and not re.search(r"\b(?:and|or)$", last):
        return _strip_intro(last), None
    if _role_from_place(last):
        return last, None  # "The senator from Vermont said": a role, not the place that ends it
    group = _GROUP_SUBJECT.search(last)
    if group:
        return group.group(1), None  # "That is why critics say", "21 percent said", "Another said"
    described = _DESCRIBED_SPEAKER.match(last)
    if described and _looks_like_np(described.group(1)):
        return _strip_intro(described.group(1)), None  # "Another source familiar with the talks said"
    if last and not _looks_like_np(last):
        last = _PARTY_AFTER.sub("", last)  # "At the convention Sen. Ann Lee (D-MA)": the name ends the words
    trailing = _trailing_np(last)
    if trailing and _looks_like_np(trailing):
        before_trailing = last[: len(last) - len(trailing)].split()
        # "Aides to Vellish far-right leader Jo Roe said": modifiers after "to", whom the subject works for (not
        # "Ambassador to far-right Vell …", a role's body).
        kept = len(before_trailing)
        while kept > len(before_trailing) - 3 and kept > 1 and (
            _COMPOUND_MODIFIER.fullmatch(before_trailing[kept - 1]) or _is_cap(before_trailing[kept - 1])
        ):
            kept -= 1
        if (kept < len(before_trailing) and kept >= 2 and before_trailing[kept - 1].lower() in speech.ADDRESSEE_MARKERS
                and before_trailing[kept - 2].lower() not in speech.ROLE_WORDS):
            return None
        if _NAMED_BEFORE_AND.search(" ".join(before_trailing)):
            # "Leader Jo Roe (D) and Assistant Leader Al Poe (D) said": two people speak, neither alone (as when the
            # joined names read as one noun phrase, above)
            return last, None
        to = before_trailing[-1].lower() if before_trailing else ""
        served = _role_serving(before_trailing)
        if served:
            # "The scheduling was so odd that a spokesman for Jo Roe could only quip": the role is the subject, not
            # whom it serves.
            return f"{served} {trailing}", None
        # Not "Ambassador to the United Nations Nikki Haley": a role's body, then a person's given name and surname.
        named = len(trailing.split()) >= 2 and _given_name_gender(trailing.split()[-2]) is not None
        of_role = len(before_trailing) >= 2 and before_trailing[-2].lower() in speech.ROLE_WORDS and named
        if to in speech.ADDRESSEE_MARKERS and not of_role:
            return None  # whom the subject spoke to: "Another source speaking to Fox News said"
        if to in speech.WHERE_MARKERS:
            return None  # where the subject spoke: "after the finish in Sao Paulo said"
        if to == "by" and len(before_trailing) >= 2 and before_trailing[-2].lower() in speech.OBTAINED_BY:
            return None  # who found the document that speaks: "emails obtained by the Courier reveal"
        article = trailing.split()[0] if trailing.split()[0] in ("the", "a", "an") else ""
        if not _object_in_relative_clause(f"{last[: len(last) - len(trailing)]} {article}"):
            return trailing, None
        head = _relative_clause_head(segments)
        return (head, None) if head else None
    if not last and len(segments) == 2 and _person_of_body(_clean_np(segments[0]).split()):
        # A comma after a long subject, before its verb: "Parliament member Jo Roe of the Tovar party, explained".
        return _strip_intro(_clean_np(segments[0])), None
    if not last and len(segments) >= 3:
        # "Rutte, a former Dutch prime minister, called ...": the appositions sit between commas;
        # the subject is the first of the chain, or the first name in it.
        if comment := _AS_COMMENT.match(segments[0].lstrip()):
            segments[0] = segments[0].lstrip()[comment.end() :]  # "As Jo Roe, the party's whip, put it:"
        chain: list[int] = []
        for i in range(len(segments) - 2, -1, -1):
            candidate = _clean_np(segments[i])
            if i > 0 and re.match(r"\s*(?:from|at|with|of)\s+(?:the\s+)?[A-Z]", segments[i]):
                # An apposition saying where someone works or lives links the chain: "Ann Lee, from Acme Bank,
                # told", "Cory Roe, 22, of Flint, said".
                continue
            if re.match(rf"\s*(?:{'|'.join(sorted(speech.RELATIVE_PRONOUNS))}|where)\b", segments[i]):
                continue  # a relative clause describes the subject before it, naming someone or not: "Ann Lee (D-Mo.),
                # who has endorsed Roe, said", "Jo Roe, chair of the committee — where any inquiry begins — said"
            if candidate and candidate.split()[0].lower() in speech.INTRODUCERS | {"of"}:
                if i > 0 and chain == [] and _looks_like_np(_clean_np(segments[i - 1])):
                    continue  # a phrase set in after the subject links it: "Ann Lee, in a statement, said"
                break  # an introductory phrase ("Of Carson, Levine, who …, said") ends the chain
            state = candidate in _regions() or candidate.removesuffix(".") in US_STATE_ABBREVIATIONS
            if state and i > 0 and _PLACE_BEFORE.search(segments[i - 1]):
                # The state of a town before it: "a woman in Worcester, Massachusetts, told" is the woman.
                described = _DESCRIBED_FROM_PLACE.search(segments[i - 1])
                opening = segments[i - 1][: described.start()].split() if described else []
                if opening and opening[0].lower() in speech.INTRODUCERS:
                    continue  # where a phrase set in after the subject was: "Lee, at a rally in Ames, Iowa, said"
                if described and opening and not chain:
                    return described.group(0).strip(), None  # the end of a clause, not an apposition
                continue
            if candidate and (_looks_like_np(candidate) or _person_of_body(candidate.split())):
                chain.insert(0, i)
            elif i > 0 and (two := _TWO_ROLES.fullmatch(segments[i].strip())) and (
                    _bare_role(two.group(1)) or _ROLE_OF_PLACE.fullmatch(two.group(1))):
                continue  # two roles: "Jo Roe, Democrat of Vell and the chairman of the committee, said"
            elif (opened := _NAME_OPENS_CLAUSE.search(candidate)) and _split_name(opened.group(1))[0]:
                # A clause that opens on a name heads the chain: "It was in May that Jo Roe, who …, said".
                segments[i] = opened.group(1)
                chain.insert(0, i)
                break
            elif re.match(r"\s*(?:and\s+)?(?:an?|the|his|her|its|their|[A-Z][\w.]*['’]s?)\s+[a-z\d]", segments[i]):
                continue  # an apposition ("a senior adviser to the campaign", "a 55-year-old") links the chain
            elif i > 0 and re.match(r"\s*(?:an?|the)\s+[A-Z]", segments[i]) and _ROLE_IN.search(segments[i]):
                continue  # so does a role of a body, in capitals ("the Republican National Committeeman from Utah")
            elif i > 0 and (_bare_role(segments[i]) or _role_beside_name(segments[i])):
                # and a role without its article: "Ann Lee, (senior) attorney for one of the groups, said", "Jo Roe,
                # technology strategist at Acme and chairman of …, told"
                continue
            elif i > 0 and segments[i].strip().lower() in speech.ASIDES:
                continue  # "The two lawmakers, however, argue"
            elif _PARTICIPLE_PHRASE.match(segments[i]):
                continue  # so does a participle's phrase: "Fiorina, speaking to Iowans, said", "Roe, clad in red, said"
            elif not re.match(r"\s*(?:who|whose|which|one of|\d+$)\b", segments[i]):  # relative clause, age
                break
        if chain:
            split = {i: _split_name(_PARTY_AFTER.sub("", _clean_np(segments[i]))) for i in chain}
            # "a spokesman for the Foreign Ministry, Jo Roe,": the name after "for" is whom the role serves, and the
            # person is named in the apposition.
            named = [i for i in chain if split[i][0] and not (split[i][1] and _FOR_SOMEONE.search(split[i][1]))]
            named = named or [i for i in chain if split[i][0]]
            i = named[0] if named else chain[0]
            joined = next((j for j in range(i + 1, len(segments) - 1) if _JOINED_SUBJECT.match(segments[j])), None)
            if joined is not None:
                # "Jo Roe, the chairman, and Al Poe, his counterpart, wrote", "Jo Roe, 45, and her husband said": two
                # people speak, neither alone
                # The second named as the first is: "Nebraska's attorney general, Jo Roe, and Vell's, Al Poe".
                second = next((j for j in chain if j >= joined and split[j][0]), None)
                words = split[second][0] if second is not None else _JOINED_SUBJECT.sub("", segments[joined], count=1)
                return f"{_strip_intro(_clean_np(segments[i]))} and {_clean_np(words)}", None
            apposition = ", ".join(s.strip() for s in segments[i + 1 : -1]).strip()
            return _strip_intro(_clean_np(segments[i])), apposition or None
    return None


# A role without its article, then "and" a role with it: "Democrat of Vell and the chairman of the committee".
_TWO_ROLES = re.compile(r"(.+?)\s+and\s+(?:an?|the)\s+[a-z].*")
_ROLE_OF_PLACE = re.compile(r"[A-Z]\w+\s+(?:of|from)\s+[A-Z][\w.' -]*")  # "Democrat of New York"


def _role_serving(words: list[str]) -> str | None:
    """The role that ends ``words`` with the link to whom it serves, from its determiner: "a spokesman for" in "that a
    spokesman for", "an aide to" (the words before a name); None when they end otherwise."""
    if len(words) < 3 or words[-1].lower() not in speech.SERVING_LINKS or words[-2].lower() not in speech.HEAD_NOUNS:
        return None
    opener = next((i for i in range(len(words) - 3, max(-1, len(words) - 6), -1)
                   if words[i].lower() in speech.ARTICLES | speech.POSSESSIVES | speech.NEW_PERSON_DETERMINERS), None)
    if opener is None or any(not w.islower() for w in words[opener + 1 : -1]):
        return None
    return " ".join(words[opener:])


# A name, or a party in brackets after one, then "and" or "or": the subject after it is one of two.
# A second subject joined to the first after its apposition: ", and Al Poe", ", or Ann Lee".
_JOINED_SUBJECT = re.compile(r"\s*(?:and|or)\s+(?=[A-Z]|(?:his|her|their)\s+[a-z])")
# A second name joined after the first one's apposition, where the sentence or the apposition ends: '"…," said Jo
# Roe, the chairman, and Al Poe, his deputy.'
_JOINED_NAME_AFTER = re.compile(
    r"[^,]+,\s*(?:the|an?|his|her|its|their|[A-Z][\w.'’-]*)\s[^,]*?(?<!\bthat)(?<!\bwho)(?<!ing),\s*(?:and|or)\s+"
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*(?:[,.]|$)"
)
_NAMED_BEFORE_AND = re.compile(r"(?:[A-Z][\w.'’-]*|\))\s+(?:and|or)$")
def _bare_role(segment: str) -> bool:
    """Whether a segment opens on a role without its article, after its qualifiers if any: "attorney for one of the
    groups", "senior attorney with the Vell Trust"."""
    words = [_bare(token) for token in _tokens(segment)]
    while len(words) > 1 and words[0] in speech.ROLE_QUALIFIERS:
        words.pop(0)
    return bool(words) and words[0] in speech.HEAD_NOUNS


# An apposition of a role in lower case: "an operations manager at …", "the head of …".
_APPOSITION_UNCLOSED = re.compile(r"(?:an?|the)\s+[a-z]")
# An apposition saying where someone works, its noun no role word: "a fellow at the …", "a member of the …".
_AFFILIATED = re.compile(r"(?:an?|the)\s+(?:[a-z-]+\s+){1,3}(?:at|of|with|from)\s+(?:the\s+)?[A-Z]")
# A party and state, or a state, in brackets after a name: "Sen. Ann Lee (D-Mo.)".
_PARTY_AFTER = re.compile(r"\s*\([^)]*\)$")
_HEAD_NOUN_WORDS = "|".join(sorted(map(re.escape, speech.HEAD_NOUNS)))
# A role or a person's noun, in lower case, of or from a place: "the senator from Vermont", "a resident of Flint".
_ROLE_FROM_PLACE = re.compile(
    rf"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){{0,2}}(?i:{_HEAD_NOUN_WORDS})"
    r"\s+(?:of|from|in)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
)


def _role_from_place(np: str) -> bool:
    """Whether ``np`` is a role or a person's noun of a place the gazetteer knows ("the senator from Vermont"),
    not of a body, whose spokesperson speaks for it ("a spokesperson from the Transport Police")."""
    found = _ROLE_FROM_PLACE.fullmatch(np)
    return found is not None and found.group(1) in _places()[1]


# A lower-case word that may describe a group before its noun ("federal prosecutors", "senior officials"): no
# function word, and no verb's form in -ed, -ing or -ly ("when asked officials", "leaving protesters").
_GROUP_MODIFIER = (rf"(?!(?:{'|'.join(sorted(speech.NOT_DESCRIBING_WORDS))})\s)"
                   r"(?![a-z-]+(?:ed|ing|ly)\s)[a-z][a-z-]+\s+")
# A subject that counts or describes people as a group, after a clause's opening word if any: "critics",
# "many analysts", "federal prosecutors", "those surveyed", "21 percent", "Another", "Others".
_GROUP_SUBJECT = re.compile(
    rf"(?:^|\b(?:{'|'.join(sorted(speech.CONJUNCTIONS | speech.SUBORDINATORS | {'why', 'that'}))})\s+)("
    rf"(?:(?:many|some|most|other|several|few|both)\s+)?(?:{_GROUP_MODIFIER}){{0,2}}"
    rf"(?:{'|'.join(sorted(speech.GROUP_NOUNS))})"
    rf"|those\s+(?:{'|'.join(sorted(speech.POLLED_WORDS))})"
    r"|\d[\d.,]*\s*(?:%|percent|per cent)|another|others|some|several|many|most|both)$",
    re.IGNORECASE,
)
# A role word anywhere in an apposition: "the Republican National Committeeman from Utah".
_ROLE_IN = re.compile(rf"(?i:\b(?:{_HEAD_NOUN_WORDS})\b)")
# Someone described by what follows them: "Another source familiar with the talks", "a woman who lost her
# job" (the description ends the speaker's words).
_DESCRIBED_SPEAKER = re.compile(r"(.+?)\s+(?:who|whose|familiar\s+with|close\s+to|with\s+knowledge\s+of)\s+\S.*$")
# Words that end with where someone is from: "Stacy Baker of Columbia", "a woman in Worcester".
_PLACE_BEFORE = re.compile(r"\b(?:of|in|from)\s+(?:[A-Z][\w.'’-]*\s*)+$")
_DESCRIBED_FROM_PLACE = re.compile(
    r"\b(?:the|a|an|one)\s+(?:[a-z][\w-]*\s+){1,3}(?:of|in|from)\s+(?:[A-Z][\w.'’-]*\s*)+$"
)


def _object_in_relative_clause(before: str) -> bool:
    """Whether a name after ``before`` is the object inside a relative clause, not the subject:
    "a man who was leaving the Pasteur Hospital told …", "a woman who works at Acme said …" (an
    article or a preposition right before the name; "which historian John Baick calls" is his word)."""
    words = before.split()
    relative = next((i for i, w in enumerate(words) if w.lower() in speech.RELATIVE_PRONOUNS), None)
    clause = words[relative + 1 :] if relative is not None else []
    return (
        len(clause) >= 2  # a verb, then the marker: "which the Speaker called" is the Speaker's word
        and clause[-1] in speech.OBJECT_MARKERS
        and not any(w.endswith((":", ".", "?", "!")) for w in clause)
    )


_RELATIVE_PRONOUN = re.compile(rf"\b(?:{'|'.join(sorted(speech.RELATIVE_PRONOUNS))})\b")


def _relative_clause_head(segments: list[str]) -> str | None:
    """The subject a relative clause describes: "Katie Packer" in "Katie Packer, who is chairman of
    Acme said", "One man" in "One man who was leaving the hospital told"."""
    last = segments[-1]
    match = _RELATIVE_PRONOUN.search(last)
    head = _clean_np(last[: match.start()]) if match else ""
    if not head and len(segments) >= 2:
        head = _clean_np(segments[-2])
    return _strip_intro(head) if head and _looks_like_np(head) else None


def _strip_intro(np: str) -> str:
    """Drop a leading prepositional phrase glued to the subject ("In a response Lavrov")."""
    words = np.split()
    while words and words[0].lower() in speech.OPENERS:
        words.pop(0)
    if len(words) > 1 and words[0].lower() in speech.FREE_RELATIVE_OPENERS:
        words.pop(0)  # "Amid what the Ledger called …": the opener left "what the Ledger"
    return " ".join(words)


@dataclass
class _Context:
    """What the attribution patterns read around one quote: the words of its sentence before and
    after it, and the quotes kept before it in the article."""

    paragraphs: list[str]
    head: str  # the words of the quote's sentence before it
    begin: int  # where they begin in paragraph ``p_open``
    p_open: int
    tail: str = ""  # the words of the quote's sentence after it
    p_close: int = 0
    at_close: int = 0
    ended: bool = False  # the quote ends with a full stop
    comma: bool = False  # ... or with a comma, inside its marks ('“…a good deal,” the mayor said')
    partial: bool = False  # ends without punctuation and no comma or dash follows: inside its sentence
    runs_into_next: bool = False  # the words after it run, in its sentence, up to the next quote's opening mark
    span: _Span | None = None
    kept: list[tuple[_Span, _Attribution | None]] = field(default_factory=list)
    people: frozenset[str] = frozenset()  # last words of the names the entities stage takes for people

    @classmethod
    def around(
        cls,
        paragraphs: list[str],
        span: _Span,
        floor: int,
        ceiling: int,
        kept: list[tuple[_Span, _Attribution | None]],
        people: frozenset[str] = frozenset(),
    ) -> _Context:
        p_open, at_open = span.opened_at
        p_close, at_close = span.closed_at
        tail = _tail(paragraphs[p_close], at_close, ceiling)
        last_piece = span.pieces[-1]
        quoted = paragraphs[last_piece[0]][: last_piece[2]].rstrip("\"”’' ")
        head, begin = _head(paragraphs[p_open], at_open, floor)
        partial = quoted[-1:].isalnum() and not tail.lstrip().startswith((",", "—", "–"))
        runs_into_next = ceiling < len(paragraphs[p_close]) and at_close + len(tail) >= ceiling
        return cls(
            paragraphs, head, begin, p_open, tail, p_close, at_close, quoted.endswith("."), quoted.endswith(","),
            partial, runs_into_next, span, kept, people,
        )

    @property
    def at(self) -> tuple[int, int]:
        return (self.p_open, self.begin)

    @functools.cached_property
    def verbs(self) -> list[re.Match[str]]:
        return _reporting_verbs(self.head)

    @functools.cached_property
    def voiced_after(self) -> bool:
        """Whether the words after the quote, in its sentence, report someone ('"…?" the audience screamed')
        or open with someone and a verb in the past or present ('"…," Trump shot back', '"…," her husband
        cut in')."""
        tokens = _tokens(self.tail)
        if self.partial or self.ended or not tokens or _bare(tokens[0]) in speech.CONJUNCTIONS | speech.SUBORDINATORS:
            # The quote's words run on in its sentence, a full stop ended it, or a clause of its own follows
            # ('"…," and concluded'): what follows need not be who said them.
            return False
        opening = self.tail[: tokens[min(3, len(tokens) - 1)].end()]
        return bool(_reporting_verbs(opening) or _OWN_SPEAKER_AFTER.match(self.tail))

    @functools.cached_property
    def sourced_before(self) -> bool:
        """Whether the words before the quote, in its sentence, give its source, read as a speaker or not
        ('According to their report, "…"'): then it is no earlier speaker's."""
        return bool(_ACCORDING_TO.search(self.head))

    @functools.cached_property
    def tail_introduces_next(self) -> bool:
        """Whether the words after the quote introduce the next quote, not this one ('Clinton responds
        with, “Why now?” Mills then writes back, “You look cute.”'): they run up to it and end with a comma
        or a colon, and this quote ended its own sentence or its sentence already names who said it (a quote
        its attribution interrupts, '"…," he said, "…"', opens its sentence and keeps it)."""
        if not self.runs_into_next or not self.tail.rstrip(" \"“'‘").endswith((",", ":")):
            return False
        last_piece = self.span.pieces[-1] if self.span is not None else None
        closing = self.paragraphs[last_piece[0]][: last_piece[2]].rstrip("\"”’' ")[-1:] if last_piece else ""
        return closing in (".", "?", "!") or _attribute(self, ("before",)) is not None

    @functools.cached_property
    def head_governs(self) -> bool:
        """A partial quote inside its sentence ('X called it "…" as he left'), or one a coordinated clause
        follows ('X said he would "…," for instance, and Y vowed …'), belongs to the words before it when
        they attribute it, not to a clause after it."""
        closed = self.paragraphs[self.p_close][: self.at_close].rstrip(" \"”'’")
        clause_after = bool(_CLAUSE_AFTER.match(("," if closed.endswith(",") else "") + self.tail))
        # Words a colon introduces that end their own sentence ('Roe responded: "…?" Her critics cited it'): the
        # sentence after them is the writer's.
        introduced = self.head.rstrip().endswith(":") and closed.endswith((".", "?", "!"))
        # A quote that closes a clause opening the sentence ('Even as Roe claimed that "…," Lee said the cases
        # differ'): the main clause after it is about something else.
        # So does one set between dashes in it ('Although Lee lamented it — "…?" — voters said …').
        set_off = closed.endswith(",") or re.match(r"\s*[-—–]", self.tail) is not None
        subordinate = set_off and bool(_OPENING_CLAUSE.match(self.head))
        before = _attribute(self, ("before",)) if (
            self.partial or clause_after or introduced or subordinate or self.voiced_before or self.relays
        ) else None
        return before is not None and not self._spoken_for(before)

    def _spoken_for(self, before: _Attribution) -> bool:
        """Whether the words before the quote give it to a body ('Vellia has condemned the "…"') and the sentence
        ends with a person who speaks for one (', government spokesperson Jo Roe said.', ', Foreign Minister Jo Roe
        said.'): the body's words are that person's, who said them."""
        subject = before.speaker.text.split() if before.speaker is not None else []
        ends = _REPORTER_ENDS.search(self.tail)
        if not subject or ends is None:
            return False
        last = subject[-1].strip(".,")
        reporter = [w.strip(".,") for w in ends.group(1).split()]
        if not {w.lower() for w in reporter} & speech.SPEAKS_FOR_ROLE_WORDS:
            # Anyone else titled ("Foreign Minister Jo Roe") or named speaks for a body only when the subject surely
            # is one, a country or a place ("Vellia has condemned …"), not a person the article did not name before.
            body = " ".join(subject[1:] if subject[0].lower() == "the" else subject) in _places()[1] or (
                last.lower() in speech.BODY_WORDS or last in speech.BODY_HEADS)
            titled = {w.lower() for w in reporter} & speech.HEAD_NOUNS
            if not body or not (titled or (reporter and reporter[-1] in self.people)):
                return False
        described = {w.lower().strip(".,") for w in subject} & speech.ROLE_NOUNS
        return last.lower() not in PRONOUNS and last not in self.people and not described

    @functools.cached_property
    def relays(self) -> bool:
        """Whether the words before the quote report it indirectly, a clause after a finite reporting verb ('Lee also
        said the country was "…," Roe told reporters'): the marked words are that verb's subject's, not whoever the
        words after the quote say relayed them."""
        finite = [v for v in self.verbs if not _bare(v).endswith("ing")]
        clause = self.head[finite[0].end() :] if len(finite) == 1 else ""
        if len(_tokens(clause)) < 2 or re.search(r"[,;:—–]", clause):
            return False
        subject = _subject_before(self.head, finite[0].start())
        # Only a person named as the subject that opens the sentence: a pronoun, a description ("The witness") or a
        # clause before it may be the later reporter.
        return (
            subject is not None
            and _split_name(subject[0])[0] is not None
            and self.head.lstrip().startswith(subject[0])
        )

    @functools.cached_property
    def voiced_before(self) -> bool:
        """Whether the quote is what a participle right before it voices ('an officer was shouting "Go!" in French,
        Roe said', 'fans chanting "…"'): a later attribution reports the scene, not these words."""
        tokens = _tokens(self.head)
        if not tokens or not re.search(r"ing[\s:,]*$", self.head):
            return False
        last = _bare(tokens[-1])
        return last in speech.REPORTING_VERBS and not last.startswith(speech.NOT_VOICING_STEMS)


# A clause of its own right after a quote, maybe after a short aside: '"…," and Roe vowed', '"…," for instance,
# but Roe said'.
_CLAUSE_AFTER = re.compile(r"\s*,\s*(?:[^,.;:]{1,30},\s*)?(?:and|but)\s")


# A subordinate clause opening the sentence and running up to the quote, after linking words: "But even as Roe
# claimed that", "When Lee told the crowd".
_OPENING_CLAUSE = re.compile(
    rf"\W*(?:(?:{'|'.join(sorted(speech.OPENERS | speech.CLAUSE_LEADERS))})\s+)*"
    rf"(?:{'|'.join(sorted(speech.SUBORDINATORS))})\s+[^,;:—–]+(?:\s[-—–]+\s*)?$",
    re.IGNORECASE,
)


# Who speaks right after a quote, with a verb of their own: a name or a description, then a verb in the past
# or the present ("Trump shot back", "an angry Hollande retaliated", "her husband cut in").
_OWN_SPEAKER_AFTER = re.compile(
    r"\s*[,—–]?\s*(?:(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?(?:[A-Z][\w.'’-]*\s+){0,3}"
    r"|(?:[A-Z][\w.'’-]*\s+){1,3})"
    rf"(?!(?:is|was|has|does)\b)(?:[a-z]+(?:ed|s)|{'|'.join(sorted(speech.IRREGULAR_PAST))})\b"
)


# --- the patterns before the quote ("before"): the sentence's words up to the opening mark ---


# The source runs to the first punctuation, but not the full stop of an initial, an acronym or a title:
# "William J. Roe", "U.S. officials".
_ACCORDING_TO = re.compile(
    r"\baccording to\s+((?:(?-i:\b(?:[A-Z]\.)+(?=\s+\w))|(?<![\w.])(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen)\.|[^,.;:])+)",
    re.IGNORECASE,
)
# A text and who wrote it: "a statement from the ministry", "a court filing by state attorney Jo Roe".
_AUTHORED_TEXT = re.compile(
    rf"(?:{'|'.join(sorted(speech.NOUN_MARKERS))})\s+(?:[a-z-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(speech.AUTHORED_TEXT_NOUNS))})s?\s+(?:(?:filed|issued|released|sent|signed|written)\s+)?"
    r"(?:by|from)\s+(.+)"
)


def _source_np(text: str) -> str | None:
    """Whose words "according to …" gives: the noun phrase itself, or the author of the text it names ("according
    to a statement from the ministry": the ministry's)."""
    np = _clean_np(text)
    if _looks_like_np(np):
        return np
    authored = _AUTHORED_TEXT.fullmatch(np)
    if authored is not None and _looks_like_np(author := _clean_np(authored.group(1))):
        return author
    return None


def _according_to(ctx: _Context) -> _Attribution | None:
    according = list(_ACCORDING_TO.finditer(ctx.head))
    if according:
        np = _source_np(according[-1].group(1))
        if np is not None:
            return _Attribution(_Speaker(np, at=ctx.at), "according to")
    return None


# A claim and whose it is, then the clause that gives it: "Trump's recent claim that", "the contention of Ann Lee
# that", "a report by Politico that".
# A name, then the quote in brackets: 'Jo Roe ("Women don't need to …"), Ann Lee and others condemned it'.
_NAME_THEN_BRACKET = re.compile(r"(?:^|(?<=[\s:;,—–]))((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*\($")


def _bracketed_after_name(ctx: _Context) -> _Attribution | None:
    """A quote set in brackets right after a person's name is that person's words, a sentence of them (a word or two
    in marks may be what the person is called)."""
    found = _NAME_THEN_BRACKET.search(ctx.head)
    if found is None or ctx.span is None or len(_span_text(ctx.paragraphs, ctx.span).split()) <= SCARE_QUOTE_MAX_WORDS:
        return None
    np = found.group(1)
    if np.split()[-1] not in ctx.people or _split_name(np)[0] is None:
        return None
    return _Attribution(_Speaker(np, at=ctx.at), None)


_CLAIM_THAT = re.compile(
    rf"\b([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})['’]s?\s+(?:(?!(?:the|an?)\s)[\w-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(speech.CLAIM_NOUNS))})s?\s+(?:\w+\s+){{0,2}}?(?:that|to)\s"
    rf"|\b(?:{'|'.join(sorted(speech.CLAIM_NOUNS))})s?\s+(?:of|by|from)\s+([^,;:“”\"]+?)\s+that\s"
    rf"|\b({'|'.join(sorted(speech.POSSESSIVE_PRONOUN_SUBJECT))})\s+(?:(?!(?:the|an?)\s)[\w-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(speech.CLAIM_NOUNS))})s?\s+(?:\w+\s+){{0,2}}?that\s"
)


def _claim_of(ctx: _Context) -> _Attribution | None:
    """'Donald Trump's claim that Obama "…"', 'a report by Politico that he "…"': the words belong to whose claim
    the clause gives, when no reporting verb comes between."""
    claims = list(_CLAIM_THAT.finditer(ctx.head))
    if not claims or any(v.start() >= claims[-1].end() for v in ctx.verbs):
        return None
    prefix = ctx.head[: claims[-1].start()]
    if re.search(r"\bthat\s+$", prefix) and _reporting_verbs(prefix):
        return None  # the claim is what someone else reports: 'Lee said that Roe's claim that … is "…"'
    possessor, by, pronoun = claims[-1].groups()
    reported_before = any(v.start() < claims[-1].start() for v in ctx.verbs)
    if reported_before and re.search(r"\bto\s$", claims[-1].group(0)):
        return None  # 'Lee said many doubt whether Roe's promise to seek "…"': the promise is what Lee reports
    if pronoun is not None:
        # "Roe stood by his comment that": whose the claim is, read as the pronoun where the possessive stands, after
        # the names earlier in its sentence; after a reporting verb ("saying in his statement that") that verb's
        # patterns decide.
        if reported_before:
            return None
        at = (ctx.p_open, ctx.begin + claims[-1].start(3))
        return _Attribution(_Speaker(speech.POSSESSIVE_PRONOUN_SUBJECT[pronoun], at=at), None)
    np = _clean_np(by or possessor or "")
    if not np or not _looks_like_np(np):
        return None
    return _Attribution(_Speaker(np, at=ctx.at), None)


# A passive report: 'was praised by The Chicago Tribune as "…"', 'described by aides as "…"'.
_PASSIVE_BY = re.compile(r"\b([a-z]+(?:ed|en|told|said))\s+by\s+([^,;:]+?)\s+as\s+(?:an?\s+|the\s+)?$")


def _passive_by(ctx: _Context) -> _Attribution | None:
    passive = _PASSIVE_BY.search(ctx.head)
    if passive and _bare(_tokens(passive.group(1))[0]) in speech.REPORTING_VERBS:
        np = _clean_np(passive.group(2))
        if _looks_like_np(np):
            return _Attribution(_Speaker(np, at=ctx.at), passive.group(1))
    return None


# Who put the question whose words are quoted: "was asked by moderator Jo Roe whether", "Asked by Roe if".
_ASKED_BY = re.compile(
    rf"\b(?i:asked)\s+by\s+([^,;:]+?)\s+(?:{'|'.join(sorted(speech.ASKED_ABOUT - {'to', 'for'}))})\s"
)


def _asked_by(ctx: _Context) -> _Attribution | None:
    """'Roe was asked by moderator Ann Lee whether the plan would "…"': the words are the asker's question, not the
    answer of the one asked, when no reporting verb follows in the question."""
    asked = list(_ASKED_BY.finditer(ctx.head))
    if not asked or any(v.start() >= asked[-1].end() for v in ctx.verbs):
        return None
    np = _clean_np(asked[-1].group(1))
    if not _looks_like_np(np):
        return None
    # Where the asker is named, not the sentence's start: the one asked opens it, and is who "he" after it likely is.
    return _Attribution(_Speaker(np, at=(ctx.p_open, ctx.begin + asked[-1].start(1))), "asked")


# Whom a relaying verb gives the words to: "quoted Jo Roe, the minister, as saying".
_QUOTED_AS = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.RELAYING_VERBS))})\s+(?!by\b|from\b)(.+?)\s+as\s+(?:having\s+)?(\w+)\b"
)


def _quoted_as(ctx: _Context) -> _Attribution | None:
    """"X quoted Y as saying "…"": the words are Y's, whoever relays them; "quoted Y as saying that Z said" leaves it to
    the patterns after, so only the last relaying verb of the sentence counts, with no other report after it."""
    found = list(_QUOTED_AS.finditer(ctx.head))
    if not found:
        return None
    match = found[-1]
    if _bare(_tokens(match.group(2))[0]) not in speech.REPORTING_VERBS and match.group(2) != "said":
        return None
    if any(v.start() > match.end() for v in ctx.verbs):
        return None
    np = _clean_np(match.group(1).split(",")[0])  # "Jo Roe, the minister,": the name before its apposition
    if not _looks_like_np(np):
        return None
    return _Attribution(_Speaker(np, at=ctx.at), match.group(2))


def _quoted_as_after(ctx: _Context) -> _Attribution | None:
    """'"…," KCNA quoted Jo Roe as saying.': the words are Jo Roe's, not the relaying agency's."""
    sentence = re.match(r"[^.?!;:]*", ctx.tail).group(0)
    match = _QUOTED_AS.search(sentence)
    if match is None or _bare(_tokens(match.group(2))[0]) not in speech.REPORTING_VERBS:
        return None
    if len(_tokens(sentence[: match.start()])) > 5:
        return None  # the relaying clause opens the words after the quote: '"…," Acme News quoted'
    np = _clean_np(match.group(1).split(",")[0])
    return _Attribution(_Speaker(np, at=(ctx.p_close, ctx.at_close)), match.group(2)) if _looks_like_np(np) else None


def _participle(ctx: _Context) -> _Attribution | None:
    verbs = ctx.verbs
    if verbs and _bare(verbs[-1]).endswith("ing"):
        finite = any(not _bare(v).endswith("ing") for v in verbs)
        found = _participle_subject(ctx.head, verbs[-1], finite)
        before = ctx.head[: verbs[-1].start()].rstrip()
        if not finite and before.endswith(",") and before.strip(" ,"):
            # The words before it come after an earlier quote of its sentence (a verb's object): the participle
            # continues that quote's speaker, the sentence's subject, or no one the object names
            # ('Roe called for Lee to “…” Mr. Poe at the summit, adding, “…”' is Roe's, never Poe's).
            found = _subject_quoted_before(ctx) if _after_quote_in_sentence(ctx) else found
        if found is None and ctx.span is not None and not ctx.head[: verbs[-1].start()].strip(" ,"):
            # 'Acme would not address "that man," telling the paper it wants "…"': a participle right after an earlier
            # quote of its sentence reports for the sentence's subject, when no finite verb reports before it.
            p, at = ctx.span.opened_at
            sentence = _head(ctx.paragraphs[p], at, 0)[0]
            finite = any(not _bare(v).endswith("ing") for v in _reporting_verbs(sentence))
            subject = None if finite else _sentence_subject(sentence)
            found = subject[0] if subject is not None else None
        if found is None and not finite and ctx.head[: verbs[-1].start()].strip().lower() in speech.GERUND_OPENERS:
            # "Despite saying that Xi “…” when he visited, Trump said …": the gerund's subject is the main clause's,
            # after the quote (none when no comma sets the opening clause off, nor when the name found has no
            # predicate after it: "After threatening to “…” on Cruz's wife, Heidi Cruz, who …, he retweeted").
            subject = _sentence_subject(f"{ctx.head}“…”{',' if ctx.comma else ''}{ctx.tail}")
            found = subject[0] if subject is not None and subject[1] else None
        if found is not None:
            return _Attribution(_Speaker(found, at=ctx.at), verbs[-1].group(0))
    return None


def _after_quote_in_sentence(ctx: _Context) -> bool:
    """Whether the words before the quote begin where an earlier quote of its sentence closed."""
    return ctx.span is not None and _head(ctx.paragraphs[ctx.p_open], ctx.span.opened_at[1], 0)[1] < ctx.begin


def _subject_quoted_before(ctx: _Context) -> str | None:
    """The subject opening the quote's sentence, when the quote before it in that sentence is given to it
    ('Mr. Roe called for Lee to “…”' gives "Mr. Roe"); else None."""
    if not ctx.kept or ctx.kept[-1][1] is None or ctx.kept[-1][1].speaker is None:
        return None
    text = ctx.paragraphs[ctx.p_open]
    _, begin = _head(text, ctx.span.opened_at[1] if ctx.span else ctx.begin, 0)
    earlier, attribution = ctx.kept[-1]
    if earlier.opened_at < (ctx.p_open, begin):
        return None
    subject = _sentence_subject(text[begin : earlier.opened_at[1]])
    return subject[0] if subject is not None and subject[0] == attribution.speaker.text else None


# A relative clause's subject right before its reporting verb: "…, who told", "…, who later said".
_WHO_BEFORE = re.compile(r",\s+who\s+(?:[a-z]+ly\s+)?$")
# A noun phrase of lower-case words, then "that" or "which" right before a reporting verb: "a headline that", "the
# resolution, which".
_THING_THAT_BEFORE = re.compile(
    rf"(?<!\S)(\S+\s+)?((?:{'|'.join(sorted(speech.DETERMINERS - {'that'} | speech.POSSESSIVES))})\s+"
    rf"(?:(?!(?:{'|'.join(sorted(speech.NOT_IN_THING_PHRASE))})\s)[a-z][\w'’\-]*\s+){{0,3}}?[a-z][\w\-]*),?"
    r"\s+(?:that|which)\s+(?:[a-z]+ly\s+)?$"
)


def _thing_reporting(head: str, verb: re.Match[str]) -> str | None:
    """The thing a relative clause's reporting verb is about, when it voices the quote: "a headline" in "posted it
    under a headline that said, "…"", "a report" in "cited a report which warned "…"". Not a text the subject puts out
    ("Roe released a statement that said "…"": Roe's words) nor a name ("Jo Roe, who said")."""
    thing = _THING_THAT_BEFORE.search(head, 0, verb.start())
    if thing is None or (thing.group(1) or "").strip().lower() in speech.AUTHORING_VERBS:
        return None
    if thing.group(2).split()[-1] in speech.NOT_IN_THING_PHRASE:
        return None
    # A finite verb, not a noun after "that" ("his apology for that comment", "wrote that tweet").
    bare = _bare(verb)
    return thing.group(2) if bare.endswith(("s", "ed")) or bare in speech.IRREGULAR_REPORTING_PAST else None


def _text_voicing(head: str, verbs: list[re.Match[str]]) -> str | None:
    """The text someone points to whose words a participle right after it reports, nearest the quote: "a report" in
    "Roe cited a report warning that the town "…"" (``speech.TEXT_POINTING_WORDS``); none for a text the subject puts
    out ("Roe released a statement saying "…"") or owns ("her report saying")."""
    participle = verbs[-1] if verbs else None
    if participle is None or not _bare(participle).endswith("ing"):
        return None
    text = _TEXT_BEFORE_PARTICIPLE.search(head, 0, participle.start())
    return text.group(2) if text is not None and text.group(1).lower() in speech.TEXT_POINTING_WORDS else None


# What opens a second predicate of a sentence's subject, up to its verb: "and then", "but did" (an emphatic "do").
_SECOND_PREDICATE = re.compile(r"\b(?:and|but)\s+(?:then\s+|also\s+)?(?:(?:did|does|do)\s+)?$")


def _subject_cue_before(ctx: _Context) -> _Attribution | None:
    utterance = _UTTERANCE_OF_A_PRONOUN.search(ctx.head)
    if utterance is not None and ctx.span is not None and (
        not utterance.group("was") or _span_text(ctx.paragraphs, ctx.span).rstrip(" \"”’'").endswith(("?", "!"))
    ):
        # 'Roe said the attendant saw them and that his first comment was "did you steal them?"', '"…?" His response:
        # "…"': the words are whoever "his" is, whom the sentence need not name; not the teller's, nor an earlier
        # quote's resumed. (Words in marks after "his comments were" may be the subject's view of them: "humorous
        # digs".)
        return _Attribution(None, None)
    verbs = ctx.verbs
    if (text := _text_voicing(ctx.head, verbs)) is not None:
        return _Attribution(_Speaker(text, at=ctx.at), verbs[-1].group(0).rstrip("."))
    # A participle ("…, stating, “…”") reports for the subject of the sentence's main verb.
    candidates = [v for v in verbs if not _bare(v).endswith("ing")] or verbs
    # The verb nearest the quote governs it: 'X said Y called it "…"' is Y's word.
    for n, verb in enumerate(reversed(candidates)):
        if not n and len(candidates) == 1 and (who := _WHO_BEFORE.search(ctx.head, 0, verb.start())):
            # 'Hix saw something was wrong with Rob Dane, who told a coach, "…"': the relative clause reports for the
            # name it describes, not for the sentence's subject; for no one when no name comes right before it. (After
            # an earlier reporting verb, 'Lee recalled that fans, who wondered "…"', the clause is what it reports.)
            described = _trailing_np(ctx.head[: who.start()])
            speaker = _Speaker(described, at=ctx.at) if described and _split_name(described)[0] else None
            return _Attribution(speaker, verb.group(0).rstrip("."))
        if not n and (made := _MADE_TO_SAY.search(ctx.head, 0, verb.start())):
            # "…, which spurred Thurman to wryly note, “…”": the words are the one made to speak, named or not; never
            # the sentence's subject.
            np = _clean_np(made.group(1))
            speaker = _Speaker(np, at=ctx.at) if _is_cap(np) and _looks_like_np(np) else None
            return _Attribution(speaker, verb.group(0).rstrip("."))
        if not n and (thing := _thing_reporting(ctx.head, verb)):
            # 'Roe posted it under a headline that said, "…"': the relative clause reports for the thing it describes
            # (kept as written), not for the sentence's subject.
            return _Attribution(_Speaker(thing, at=ctx.at), verb.group(0).rstrip("."))
        if not n and _WHERE_CLAUSE.search(ctx.head, verb.end()):
            # "a breach at Tarn, a unit also called Tarn Works, where “…”": the quote is what a relative clause about
            # a place or time says happened, not what the verb reports.
            return _Attribution(None, verb.group(0).rstrip("."))
        if _owned_by_another(ctx.head, verb) or (not n and _shown_in_clause(ctx.head, verb)):
            return _Attribution(None, verb.group(0).rstrip("."))
        own_clause = _NEW_CLAUSE.search(ctx.head, verb.end())
        if own_clause and _only_an_object(ctx.head[verb.end() : own_clause.start()]):
            # "Roe mentioned the mayor, and at one point the crowd chanted “…”": after the verb's object, a clause with
            # a subject of its own holds the quote (not after a clause the verb reports: "Roe noted that …, and "…"").
            return _Attribution(None, None)
        if not n and len(candidates) > 1 and _OBJECT_THEN_PREDICATE.match(ctx.head, verb.end()):
            # 'Acme said Vell has concluded its review and plans to release it "…"': the nearest verb took a thing
            # and a predicate that reports nothing holds the quote, inside the clause the earlier verb reports.
            continue
        if n and any(_TEXT_SUBJECT.search(ctx.head, verb.end(), later.start()) for later in candidates[-n:]):
            # 'The Vell says the letter calls for a review and adds, "…"': the earlier verb's subject relays what a
            # text says; its words are the text's, whose author the sentence does not give.
            return _Attribution(None, candidates[-1].group(0).rstrip("."))
        if n and _SUBJECT_OF_ITS_OWN.search(ctx.head, verb.end(), candidates[-1].start()):
            # "Abe and Trump agreed …, after the US ambassador to the United Nations said": a clause with a
            # subject of its own reports the quote, whoever the earlier verb's subject is.
            return _Attribution(None, candidates[-1].group(0).rstrip("."))
        passive = None
        as_after = re.match(r"\s+as\b", ctx.head[verb.end():]) is not None
        if not _bare(verb).endswith("ing") and (
                _PASSIVE_BEFORE.search(ctx.head, 0, verb.start())
                or _PASSIVE_JOINED.search(ctx.head, 0, verb.start()) and as_after
                or _REDUCED_PASSIVE.search(ctx.head, 0, verb.start()) and as_after and _bare(verb).endswith("ed")):
            passive = _PASSIVE_REPORT.match(ctx.head, verb.end())
        if passive is not None:
            # "Sanders was asked by host Bill Maher, “…”": the one asked or told is not who speaks; "Nice was
            # described as a “…”": by someone the sentence does not name.
            asker = _clean_np(passive.group(1) or "")
            if asker and _looks_like_np(asker):
                return _Attribution(_Speaker(asker, at=ctx.at), verb.group(0).rstrip("."))
            by = _BY_AFTER.match(ctx.tail) if not ctx.head[verb.end() :].strip(" ,:").split()[2:] else None
            if by and _looks_like_np(_clean_np(by.group(1))):
                # "It has been called “…” by Tom Lee, a professor": who, right after the words.
                return _Attribution(_Speaker(_clean_np(by.group(1)), at=(ctx.p_close, ctx.at_close)), verb.group(0))
            return _Attribution(None, verb.group(0).rstrip("."))  # asked by nobody named: unknown
        subject = _subject_before(ctx.head, verb.start())
        # Only the object of a report before a colon ('… quotes Jo Roe: "…"') or of a whole sentence read as one
        # (``_sentence_report``), not a list the quote belongs to ('cites the union's support, "…" and the strike').
        relayed = _relayed_source(ctx.head, verb) if ctx.span is None or ctx.head.rstrip().endswith(":") else None
        if subject is not None and relayed is not None:
            # 'Reuters cited the Amaq website: "…"': the object's words (unknown if it names no one), not the relayer's
            source, role = relayed
            speaker = _Speaker(source, role=role, at=ctx.at) if source else None
            return _Attribution(speaker, verb.group(0).rstrip("."))
        if subject is not None:
            np, apposition = subject
            return _Attribution(_Speaker(np, role=apposition, at=ctx.at), verbs[-1].group(0).rstrip("."))
        inflected = _bare(verb).endswith(("s", "ed")) or _bare(verb) in speech.IRREGULAR_REPORTING_PAST
        addressed = ctx.head[verb.end() :].strip(" ,:").lower()
        if (
            inflected
            and (not addressed or addressed in speech.OBJECT_PRONOUNS)
            and _UNNAMED_SUBJECT.search(ctx.head, 0, verb.start())
        ):
            # "Cruz said as the heckler yelled: “…”", "Roe said the clerk asked him: “…”": someone unnamed speaks, not
            # an earlier subject.
            return _Attribution(None, verb.group(0).rstrip("."))
    # A second predicate of the sentence's subject: "He then adopted a fake accent and joked, …", "He did not comment
    # at length, but did say …".
    last = verbs[-1] if verbs else None
    if last is not None and _SECOND_PREDICATE.search(ctx.head[: last.start()]):
        subject = _sentence_subject(ctx.head[: last.start()])
        if (
            subject is not None
            and (_is_cap(subject[0]) or subject[0].lower() in speech.PRONOUNS)
            and not _common_opener(subject[0], ctx.paragraphs)  # "Outside the hall, protesters … and chanted"
        ):
            return _Attribution(_Speaker(subject[0], at=ctx.at), last.group(0).rstrip("."))
    return None


# A verb of showing (an advertisement's, a sign's) in a clause, with no reporting verb after it: "… advertise their
# proximity to the office on the site: ".
_SHOWN_BEFORE = re.compile(rf"\s(?:[a-z]+ly\s+)?(?:{'|'.join(sorted(speech.SHOWING_VERBS))})\b([^\"“”]*)$")


def _shown_in_clause(head: str, verb: re.Match[str]) -> bool:
    """Whether the words in marks are what a subject of the clause the verb reports shows, with no reporting verb
    after it ("Lee reported these shops advertise their prices: "…"", not "… advertised her talks, noting "…""): the
    shops' copy, whose author the sentence does not name."""
    shown = _SHOWN_BEFORE.search(head, verb.end())
    return shown is not None and not _reporting_verbs(shown.group(1))


# Someone's name in the possessive, a few words in lower case, a noun of speech and an infinitive up to the quote:
# "Mr. Roe’s apology and promise to seek ".
_OWNED_PROMISE_BEFORE = re.compile(
    r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]*?)['’]s(?:\s+[a-z-]+){0,3}?\s+([a-z]+)\s+to\s+[a-z]+\s*$"
)


def _owned_by_another(head: str, verb: re.Match[str]) -> bool:
    """Whether the words in marks, in the clause the verb reports, end what someone else named in the possessive
    promised or called for ('Lee said many were unsure whether Mr. Roe’s promise to seek "…" had helped'): Roe's
    words, which Lee echoes. (Not a thing of theirs the subject describes, 'Lee called Roe’s remarks "…"': Lee's.)"""
    owned = _OWNED_PROMISE_BEFORE.search(head, verb.end())
    if owned is None or owned.group(2) not in _SPEECH_WORDS:
        return False
    subject = _subject_before(head, verb.start())
    return subject is None or owned.group(1).split()[-1] not in subject[0].split()


def _only_an_object(words: str) -> bool:
    """Whether the words after a reporting verb are only its object ("the former mayor"), not a clause it reports
    ("that the talks failed", "more emails contained secrets"): no complementiser, auxiliary or verb in the past."""
    return not any(
        w in speech.COMPLEMENT_OPENERS or w in speech.AUXILIARIES or w in speech.BE_FORMS or w.endswith("ed")
        for w in (_bare(t) for t in _tokens(words))
    )


# A relative clause of place or time, right before the quote: "…, where".
_WHERE_CLAUSE = re.compile(r",\s+(?:where|when)\s+$")
# A reporting verb's object, then a second predicate that is no reporting verb: "concluded its review and plans to".
_OBJECT_THEN_PREDICATE = re.compile(
    rf"\s+(?:{'|'.join(sorted(speech.DETERMINERS | speech.POSSESSIVES))})\s+(?:[a-z][\w-]*\s+){{1,3}}?and\s+"
    rf"(?:[a-z]+ly\s+)?(?!(?:{'|'.join(sorted(speech.REPORTING_VERBS))})\b)"
    rf"(?:{'|'.join(sorted(speech.AUXILIARIES))}|[a-z]+(?:s|ed))\s+(?:to|the|an?|its|his|her|their)\s"
)
# A subordinate or relative clause with a subject of its own before the verb nearest the quote: "…, after the US
# ambassador said", "…, which an FBI inquiry called" (not "said when asked", whose clause has none).
_CLAUSE_OPENERS = speech.SUBORDINATORS - {"as"} | speech.RELATIVE_PRONOUNS - {"who", "whose"}
_SUBJECT_OF_ITS_OWN = re.compile(
    rf"\b(?:{'|'.join(sorted(_CLAUSE_OPENERS))})\s+(?:the|a|an|his|her|their|[A-Z])[^,;:]*$"
)
# Someone's utterance right before the words in marks, as the subject of "was" or before a colon: "his first comment
# was ", "His response: ".
_UTTERANCE_OF_A_PRONOUN = re.compile(
    rf"\b(?:his|her|their)\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(speech.UTTERANCE_NOUNS))})"
    r"(?:\s+(?P<was>was|were|is)[\s,:]*|\s*:\s*)$",
    re.IGNORECASE,
)
# A text right before a participle, and the word before it: "cited a new report " (before "warning").
_TEXT_BEFORE_PARTICIPLE = re.compile(
    r"(?:^|\s)([\w'’]+)\s+((?:a|an|the|this|that|these|those)\s+(?:(?!(?:a|an|the)\s)[a-z][\w'’-]*\s+){0,2}?"
    rf"(?:{'|'.join(sorted(speech.AUTHORED_TEXT_NOUNS | speech.STUDY_NOUNS))})s?)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# A text as the subject of a reporting verb: 'X says the letter calls for …', 'the joint statement adds'.
_TEXT_SUBJECT = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.DETERMINERS | speech.POSSESSIVES))})\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(speech.AUTHORED_TEXT_NOUNS))})s?\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# Who reported, named right after a quote a passive reporting verb opened: '"…" by Tom Lee, a professor'.
_BY_AFTER = re.compile(r"\s*,?\s*by\s+([^,.;:—–]+)")
# Who a passive reporting verb names, if anyone: "was asked by Fox moderator Gerard Baker whether …".
_PASSIVE_REPORT = re.compile(r"(?!\s+to\b)(?:\s+by\s+([^,;:]+))?")  # not "is reported to have said"
# A verb's subject that is a common noun in lower case, named nowhere: "as the heckler".
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|\s)(?:the|a|an|another|some|one)\s+(?:(?!(?:who|which|that|and|or|but)\s)[a-z][\w'’-]*\s+){1,3}?"
    r"(?:[a-z]+ly\s+)?$"
)


# A passive of saying or thinking right before the verb: "Barr is expected to say" (what he may say; not "is said to
# have told", which reports what was said).
_RAISED_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.BE_FORMS))})\s+(?:[a-z]+ly\s+)?(?:{'|'.join(sorted(speech.RAISING_PARTICIPLES))})"
    r"\s+to\s+(?:[a-z]+ly\s+)?$"
)


def _subject_of_sentence(ctx: _Context) -> _Attribution | None:
    """No subject right before the verb: the sentence's own subject, unless a relative clause
    gives the verb one of its own that could not be read ("which an FBI investigation said was",
    "whom one insider described as"): then nobody is sure."""
    head, verbs = ctx.head, ctx.verbs
    if not (verbs or re.search(r"\bas\s+(?:an?\s+)?$", head)):
        return None
    if verbs and (_own_subject(head[: verbs[-1].start()]) or _passive(head, verbs[-1].start())):
        return None
    if verbs and _RAISED_BEFORE.search(head, 0, verbs[-1].start()):
        return _Attribution(None, verbs[-1].group(0).rstrip("."))  # what someone unnamed expects the subject to say
    infinitive = _INFINITIVE_OF_SOMEONE.search(head, 0, verbs[-1].start()) if verbs else None
    if infinitive and set(infinitive.group(1).lower().split()) & speech.ROLE_NOUNS:
        # "The Papers led … the president of Argentina to announce: “…”": the president speaks, unnamed.
        return _Attribution(None, verbs[-1].group(0).rstrip("."))
    subject = _sentence_subject(head)
    if subject is None and verbs and _COORDINATED.fullmatch(head[: verbs[0].start()]):
        return _coordinated_subject(ctx, verbs[0])
    if subject is None or _common_opener(subject[0], ctx.paragraphs):
        return None
    if re.search(r"['’]s?$", subject[0]):
        return None  # a possessor, not the subject: "Trump's attacks on the judge stand out"
    np, following = subject
    if _new_clause(" ".join(following)):
        return None
    cue = verbs[-1].group(0).rstrip(".") if verbs else None
    if cue is None and following and following[0].islower():
        cue = following[0]
    return _Attribution(_Speaker(np, at=ctx.at), cue)


# Only a conjunction between an earlier quote of the sentence and the reporting verb: '… opposes "…" and recalled'.
_IN_MARKS = re.compile(r"[\"“][^\"“”]*[\"”]")  # an earlier quote's words, which name no one in the sentence
_COORDINATED = re.compile(r"[\s,]*(?:and|but)\s+(?:[a-z]+ly\s+)?")


def _coordinated_subject(ctx: _Context, verb: re.Match[str]) -> _Attribution | None:
    """'Jo Roe backs "…," opposes "…" and recalled the freeze: "…"': a reporting verb that goes on the predicate of
    a sentence an earlier quote cut reports for the sentence's subject, when it is a person's name and no reporting
    verb of the sentence before it, nor a clause of its own, can give the words to someone else."""
    p, at = ctx.span.opened_at if ctx.span is not None else (ctx.p_open, ctx.begin)
    sentence, begin = _head(ctx.paragraphs[p], at, 0)
    before = _IN_MARKS.sub(" ", sentence[: len(sentence) - len(ctx.head)])
    if _reporting_verbs(before):
        return None  # the earlier quote had a speaker of its own: the paragraph_speaker pattern reads it
    subject = _sentence_subject(sentence)
    if subject is None or _new_clause(" ".join(subject[1])):
        return None
    np = subject[0]
    if _split_name(np)[0] is None or np.split()[-1] not in ctx.people or _common_opener(np, ctx.paragraphs):
        return None
    if any(_is_cap(w) for w in before[before.find(np) + len(np) :].split() + ctx.head[verb.end() :].split()):
        return None  # someone else named on the way: 'Roe met Lee, who backs "…" and recalled', '… and told Lee'
    return _Attribution(_Speaker(np, at=(p, begin)), verb.group(0).rstrip("."))


# A conjunction after a comma, a semicolon or a dash, then a clause with a subject of its own: maybe a phrase of
# time or place, a noun phrase (a determiner and up to three words, or capitalised words) and its verb ("…, but the
# Poe campaign rejected", "…, and at one point the crowd loudly chanted"); not "…, and called", "…, but he said".
_NEW_CLAUSE = re.compile(
    rf"(?:[,;]|\s[-–—])\s+(?:{'|'.join(sorted(speech.CONJUNCTIONS))})\s+"
    r"(?:(?:at|in|on|within|after|by|during|for)\s+(?:[\w'’-]+\s+){1,3}?)?"
    rf"(?:(?:{'|'.join(sorted(speech.DETERMINERS | speech.QUANTIFIERS | speech.POSSESSIVES))})\s+"
    r"(?:[\w'’-]+\s+){1,3}?|(?:[A-Z][\w'’.-]*\s+){1,3})"
    rf"(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|{'|'.join(sorted(speech.AUXILIARIES | speech.IRREGULAR_PAST))})\b"
)


def _new_clause(rest: str) -> bool:
    """Whether the words between a sentence's subject or verb and the quote open a clause with a subject of its own
    (``_NEW_CLAUSE``): it may be the quote's speaker, so the sentence's subject is not sure."""
    return _NEW_CLAUSE.search(rest) is not None


# Someone, then "to" and the verb nearest the quote: "led the president of Argentina to announce".
_INFINITIVE_OF_SOMEONE = re.compile(r"((?:\S+\s+){1,4})to\s+$")
# A verb that makes its object speak, the object, then "to" and the verb nearest the quote: "spurred Thurman to wryly
# note", "prompting the mayor to tweet".
_MADE_TO_SAY = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.CAUSATIVE_VERBS))})\s+((?:[\w.'’-]+\s+){{1,4}}?)to\s+(?:[a-z]+ly\s+)?$"
)


def _common_opener(np: str, paragraphs: list[str]) -> bool:
    """Whether a one-word subject opening its sentence is a common word capitalised by its place
    ("Likewise", "Hastily", "Declaring"): the article never capitalises it inside a sentence, as
    it would a name ("… said Kasich", '"…," Kasich said')."""
    words = re.sub(r"['’]s$", "", np).split()
    if len(words) != 1 or words[0].lower() in speech.PRONOUNS:
        return False
    word = re.escape(words[0])
    return not any(re.search(rf"[\w,;][\"”’']?\s+{word}\b", text) for text in paragraphs)


_TEXT_NOUN = re.compile(rf"(?:{'|'.join(sorted(speech.AUTHORED_TEXT_NOUNS))})s?")


def _text_author(subject: str, rest: list[str]) -> str | None:
    """The name whose text a possessive subject gives ("Jo Roe's letter", "Roe's fundraising email"): the text's
    words are its author's; none for another possessive ("Roe's campaign", "Roe's aides")."""
    possessor = re.fullmatch(r"(.+?)['’]s?", subject)
    if possessor is None or not _is_cap(possessor.group(1)):
        return None
    for word in rest[:3]:
        if _TEXT_NOUN.fullmatch(word.strip(",:")):
            return possessor.group(1)
        if not re.fullmatch(r"[a-z-]+", word):
            return None
    return None


_POSSESSED_TEXT = re.compile(r"(.+?['’]s?)\s+((?:[a-z-]+\s+){0,2}[a-z]+)")


def _colon_subject(ctx: _Context) -> _Attribution | None:
    """'Jane Doe delivered a blunt message to the board: "…"': a sentence with no reporting verb that
    introduces the quote with a colon gives the words of its subject, when the subject is a name (not
    'The results showed: "…"', nor a possessor: 'Doe's letter makes the case: "…"')."""
    if ctx.verbs or not ctx.head.rstrip().endswith(":"):
        return None
    subject = _sentence_subject(ctx.head)
    author = _text_author(*subject) if subject is not None else None
    if author is not None:
        return _Attribution(_Speaker(author, at=ctx.at), None)  # "Doe's letter makes the case: "…"": Doe's words
    if subject is None or ":" in subject[0] or re.search(r"['’]s?$", subject[0]):
        return None  # "Name: Ann Lee Age: 27": a form's labels, no sentence
    if subject[0].lower() in PRONOUNS or _common_opener(subject[0], ctx.paragraphs):
        return None  # "He instructed: "…"" may be a quote within a quote: whose, the words do not say
    if _split_name(subject[0])[0] is None:
        return None
    return _Attribution(_Speaker(subject[0], at=ctx.at), None)


# A word of saying after the subject's possessive: "renewed her promise of", "his claim that" (not "the claim that",
# someone else's).
_OWN_SPEECH_NOUN = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.POSSESSIVES))})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(speech.REPORTING_VERBS | speech.REPORTED_SPEECH_WORDS))})\b"
)
# A place after a preposition of place: "in the Hamptons", "near Lake Tahoe".
_PLACE_PHRASE = re.compile(rf"\b(?:{'|'.join(sorted(speech.WHERE_MARKERS))})\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+")
# A participle of saying right after a quote, the subject's: '"…," saying', '"…" and calling'.
_SAYING_AFTER = re.compile(r"[\s,;—–-]*(?:and\s+)?([a-z]+ing)\b")


def _subject_predicate(ctx: _Context) -> _Attribution | None:
    """'Jane Doe renewed her promise of "free college"': a sentence with no reporting verb whose subject, a
    name, is followed by its own verb and nobody else named before the quote gives the subject's words (not
    'Doe has been "arbitrarily detained"', words about the subject, nor 'Doe met Roe, who called it "…"')."""
    text = ctx.paragraphs[ctx.p_open]
    if ctx.verbs or not _opens_sentence(text, ctx.begin + len(ctx.head) - len(ctx.head.lstrip())):
        return None  # a reporting verb, or words after an earlier quote: 'Doe says his "friend" Roe ran "…"'
    if ctx.span is None:
        return None
    subject = _sentence_subject(ctx.head)
    if subject is None or re.search(r"['’]s?$", subject[0]) or subject[0].lower() in PRONOUNS:
        return None
    np = subject[0]
    rest = ctx.head[ctx.head.find(np) + len(np) :]
    words = rest.split()
    quoted = _span_text(ctx.paragraphs, ctx.span).split()
    if not words and quoted and quoted[0] in speech.REPORTING_VERBS and not quoted[0].endswith("ing"):
        # 'Education Minister Jo Roe "welcomed" the call': the subject's reporting verb is the quoted word.
        person = np.split()[-1] in ctx.people and _split_name(np)[0] is not None
        return _Attribution(_Speaker(np, at=ctx.at), quoted[0]) if person else None
    if not words or not words[0][:1].islower() or words[0].lower() in _PREPOSITIONS | speech.CONJUNCTIONS:
        return None  # no verb right after the name: "Doe and Roe", "Doe of Acme"
    named = _PLACE_PHRASE.sub(" ", rest).split()  # "at a dinner in the Hamptons" says where, not who else
    if {w.lower().strip(",.") for w in words[:2]} & speech.BE_FORMS or any(_is_cap(w) for w in named):
        return None
    if _common_opener(np, ctx.paragraphs) or _split_name(np)[0] is None or np.split()[-1] not in ctx.people:
        return None  # with no verb of saying, only a person speaks: not a product, a country, a spacecraft
    if len(_span_text(ctx.paragraphs, ctx.span).split()) <= SCARE_QUOTE_MAX_WORDS and re.search(r"\bthat\b", rest):
        return None  # a clause of its own: 'Doe rejected the claim that Roe "…," saying'
    if len(_span_text(ctx.paragraphs, ctx.span).split()) <= SCARE_QUOTE_MAX_WORDS and not (
        _OWN_SPEECH_NOUN.search(rest)
        or (saying := _SAYING_AFTER.match(ctx.tail)) is not None and saying.group(1) in speech.REPORTING_VERBS
    ):
        return None  # a few words in marks are a term, a title or a nickname ('Doe stars as the "vacation
        # quarterback"', 'Seoul held a "live fire drill" which the army said …') unless the subject's own predicate
        # speaks: 'Doe renewed her promise of "free college"', 'Doe defended "our values," saying …'
    return _Attribution(_Speaker(np, at=ctx.at), None)


def _inverted_cue_before(ctx: _Context) -> _Attribution | None:
    """'Said Ellis: "…"': the verb first, as a sentence opener or right after an opening phrase ('In other
    words, explained moderator Ann Lee: "…"')."""
    # "Said Ellis:", "Continued Stone:", "…, explained Rosenberg,"
    inverted = re.match(r"\s*([A-Z][a-z]+)\s+([^,:]+?)[,:]\s*$", ctx.head) or re.search(
        r",\s+([a-z]+)\s+([^,:]+?)[,:]\s*$", ctx.head
    )
    verb = inverted.group(1).lower() if inverted else ""
    if verb.startswith(speech.NOT_VOICING_STEMS):
        return None  # "…, told Fox News:": whom someone told
    if inverted and inverted.group(2).split()[0].lower() in _PREPOSITIONS:
        return None  # "…, said of Roe:": whom the words are about, after a verb whose subject came before
    if inverted and inverted.group(2).lower() in speech.OBJECT_REPORTING_VERBS.get(verb, ()):
        return None  # "As Roe, the chair, put it:": the verb's object, its subject came before
    if inverted and verb in speech.REPORTING_VERBS and not verb.endswith("ing") and _looks_like_np(inverted.group(2)):
        return _Attribution(_Speaker(inverted.group(2), at=ctx.at), verb)
    return None


# A reporting verb and a name set off by commas inside the sentence, its subject on either side: "The trouble, says
# Jo Roe, a historian at the museum, is that".
_INVERTED_ASIDE = re.compile(r",\s+([a-z]+)\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*),\s")


def _inverted_aside(ctx: _Context) -> _Attribution | None:
    """'The paradox, says Jo Roe, a historian, is that it was "…"': the words are the person's the aside names, when
    no reporting verb comes after it."""
    asides = list(_INVERTED_ASIDE.finditer(ctx.head))
    if not asides or any(v.start() >= asides[-1].end() for v in ctx.verbs):
        return None
    verb, np = asides[-1].groups()
    if verb not in speech.REPORTING_VERBS or verb.endswith("ing") or verb.startswith(speech.NOT_VOICING_STEMS):
        return None
    if _split_name(np)[0] is None:
        return None
    return _Attribution(_Speaker(np, at=(ctx.p_open, ctx.begin + asides[-1].start(2))), verb)


def _name_label(ctx: _Context) -> _Attribution | None:
    """'Rep. Jane Doe (D-Mo.): "…"', 'POLLS AGREE - Jane Doe: "…"': a name and a colon, alone or after a
    dash, with no verb: a label of who speaks (not 'a message to Trump: "…"', a name after other words)."""
    label = re.split(r"\s[-—–]+\s*", ctx.head)[-1].strip()  # a dash glued to the label too: "… -More from Roe:"
    # "More from Jane Doe:", in a round-up of what several sources said.
    label = re.sub(rf"^(?:{'|'.join(speech.LABEL_OPENERS)})\s+", "", label)
    if not label.endswith(":") or ":" in label[:-1] or _reporting_verbs(label):
        return None
    np = re.sub(r"\s*\([^)]*\)$", "", label[:-1].strip())  # "(D-Mo.)"
    name = _split_name(np)[0]
    if not name or not _looks_like_np(np) or not all(_is_cap(w) for w in name.split()):
        return None
    return _Attribution(_Speaker(label[:-1].strip(), at=ctx.at), None)


def _own_subject(before_verb: str) -> bool:
    """Whether the words right before a verb open a relative or comparative clause with a
    subject of its own: "which an FBI investigation", "as Sanders' campaign manager"."""
    clause = re.split(r"[,;:—–]", before_verb)[-1]
    found = re.search(r"\b(?:which|whom|that|as|an incident|with)\s+((?:\S+\s+){0,5}\S+)\s*$", clause)
    if found is None:
        return False
    words = [w for w in found.group(1).split() if w.lower() not in speech.ADVERBS | speech.AUXILIARIES]
    return bool(words) and words[-1].lower() not in PRONOUNS and words[0].lower() not in ("it", "is", "was")


# The object of a verb of memory or perception, up to the participle after it: "recalled the pilot".
_RECALLED = re.compile(rf"\b(?:{'|'.join(sorted(speech.RECALLING_VERBS))})\s+([^,;:]+)$")


# A text the sentence's subject puts out, right before a participle: "issued a travel advisory", "released a statement".
_AUTHORED_TEXT_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.AUTHORING_VERBS))})\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}"
    rf"(?:{'|'.join(sorted(speech.AUTHORED_TEXT_NOUNS))})$")


_OPENING_SUBORDINATOR = re.compile(rf"\W*(?i:{'|'.join(sorted(speech.SUBORDINATORS))})\s+(?=[A-Z])")


def _participle_subject(head: str, participle: re.Match[str], finite: bool) -> str | None:
    """Who the participle nearest the quote reports for: the name of a recording right before it
    ("footage of Trump saying") or after "with" ("Republicans chimed in, with Trump tweeting"); after a comma,
    with no finite reporting verb before it ("Clinton spoke out in Tulsa, Oklahoma, arguing"), the subject of
    the sentence, not the last name before it.
    Elsewhere ("a statement through Arsenal describing") the usual rules decide."""
    before = head[: participle.start()].rstrip()
    if _AUTHORED_TEXT_BEFORE.search(before):
        # "The NAACP issued a travel advisory claiming …": a text the subject puts out speaks for the subject (for
        # no one subject when two put it out: "Udall and Wyden released a joint statement repeating …")
        subject = _sentence_subject(head)
        return subject[0] if subject is not None and subject[1][:1] != ["and"] else None
    if before.endswith(","):
        subject = None if finite else _sentence_subject(head)
        return subject[0] if subject is not None else None
    if before.split()[-1:] and before.split()[-1].lower() in speech.PARTICIPLE_SUBORDINATORS and not any(
        not _bare(v).endswith("ing") and not _NOT_SAYING.search(before, 0, v.start()) for v in _reporting_verbs(before)
    ):
        # "While Trump did not elaborate on what he meant when telling commanders, “…”": the subject of the clause
        # the participle ends, after a subordinator that opens the sentence (no other verb reports, one negated
        # reports nothing).
        subject = _sentence_subject(_OPENING_SUBORDINATOR.sub("", head, count=1))
        return subject[0] if subject is not None else None
    if re.search(r"\bby$", before) and not any(
        not _bare(v).endswith("ing") and not _passive(head, v.start()) for v in _reporting_verbs(before)
    ):
        # "Roe tried to back it up by saying he keeps …": how the sentence's subject acted, when no one else reports
        # in it (a passive verb reports for no one: "the claim, which had been widely criticized, by saying")
        subject = _sentence_subject(head)
        return subject[0] if subject is not None else None
    recalled = _RECALLED.search(before)
    if recalled is not None:
        # "He recalled the pilot telling the passengers": the one recalled speaks, named or a role.
        np = _clean_np(recalled.group(1))
        return np if _looks_like_np(np) else None
    trailing = _clean_np(_trailing_np(before))  # not a time word: "tweets early Friday saying"
    # "footage of Trump saying", and a phrase of what went with the sentence: "…, with Senator Lee calling it"
    if not trailing or not re.search(rf"\b(?:of|with)\s+{re.escape(trailing)}$", before):
        return None
    return trailing if _looks_like_np(trailing) and _is_cap(trailing) else None


# A participle or an adverb opening a phrase before the subject: "Continuing to explain", "Addressing the crowd",
# "Immediately after" (not a name: "Manning testified", "Kelly said").
_OPENING_PHRASE = re.compile(
    r"[A-Z][a-z]+(?:ing\s+(?:to|the|a|an|his|her|their|its|on|about|with)|ly\s+(?:after|before|following|during|in|on|at))\b"
)


# A phrase of time opening a clause without a comma, before its subject: "Last year he gave a speech".
_TIME_BEFORE_SUBJECT = re.compile(
    rf"^(?i:{'|'.join(sorted(speech.TIME_OPENERS | {'this'}))})\s+(?i:{'|'.join(sorted(speech.TIME_WORDS))})\s+"
    rf"(?=[A-Z]|(?:{'|'.join(sorted(w for w, kind in speech.PRONOUNS.items() if kind != 'thing'))})\b)"
)


def _sentence_subject(sentence: str) -> tuple[str, list[str]] | None:
    """The noun phrase that opens the sentence after any introductory phrase, and the words after it:
    "Sanders" in 'On "Face the Nation," Sen. Bernie Sanders (Vt.), who lost, identified …'."""
    segments = DATELINE.sub("", sentence).split(",")
    for n, segment in enumerate(segments):
        segment = _TIME_BEFORE_SUBJECT.sub("", segment.strip(" \"“”'‘’"), count=1)
        if n and segment in _regions() and _PLACE_BEFORE.search(segments[n - 1]):
            continue  # the state after a town: "Speaking in Salem, New Hampshire, Trump went after Bush"
        np = _clean_np(_np_prefix(segment))
        if np.lower() in speech.NOT_NAMES and np.lower() not in PRONOUNS:
            if np.lower() in speech.DETERMINERS and _reporting_verbs(segment):
                return None  # "That article describes a breach at Acme, …": the clause's subject is no name
            continue  # "Here in Columbia, Sanders stepped up …": a word capitalised by its place
        if np and np.split()[0].lower() in speech.INTRODUCERS | speech.TIME_OPENERS:
            continue  # "Last Thanksgiving, she wished …", "By Thanksgiving, Thurman had begun …"
        if n < len(segments) - 1 and _OPENING_PHRASE.match(segment):
            continue  # "Continuing to explain his view, Carson rejected …", "Immediately after the attacks, Trump …"
        if np and _looks_like_np(np):
            named = _named_apposition(segments[n + 1 : n + 3]) if _split_name(np)[0] is None else None
            if named is not None:
                return named, segments[n + 2].split()  # "The head of the Tovar Party, Jo Roe, voiced …"
            return np, segment[segment.find(np) + len(np) :].split()
    return None


def _named_apposition(segments: list[str]) -> str | None:
    """A person's given name and surname alone between two commas after a subject naming nobody (a role), the
    next words going on with the sentence: who the role is ("The head of the party, Jo Roe, voiced")."""
    if len(segments) < 2:
        return None
    text = segments[0].strip()
    name = _split_name(text)[0]
    if name != text or len(name.split()) < 2 or not _is_given_name(name.split()[0]):
        return None
    return name


# Lower-case modifiers, a role noun and a name: the rest of a description that opened with a role word ("Former
# Republican| presidential candidate Jo Roe").
_DESCRIBED_NAME_AHEAD = re.compile(
    rf"(?:(?!(?:{'|'.join(sorted(speech.DETERMINERS | speech.PREPOSITIONS | speech.CONJUNCTIONS))})\s)"
    r"[a-z][a-z-]*\s+){1,2}"
    rf"(?i:{'|'.join(sorted(map(re.escape, speech.ROLE_NOUNS)))})\s+[A-Z]"
)


# A description opening a sentence: an article or "one", up to two words describing, then a noun for a person, a
# group, a source or a body ("The retired surgeon has …", "One senior operative tried …", "The Swiss company has …").
_DESCRIBED_SPEAKER_NOUNS = speech.DESCRIBED_PEOPLE_NOUNS | speech.BODY_DESCRIPTION_NOUNS.keys()
_DESCRIPTION_OPENING = re.compile(
    rf"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!(?:{'|'.join(sorted(speech.NOT_DESCRIBING_WORDS))})\s)[A-Za-z][a-z-]+\s+)"
    rf"{{0,2}}(?:{'|'.join(sorted(map(re.escape, _DESCRIBED_SPEAKER_NOUNS)))})(?=[\s,]|$)"
)


# A title its holder had then or before: "then-Senator Jo Roe", "ex-President Roe", "then-candidate Roe".
_FORMER_TITLE = re.compile(rf"(?i:then|ex)-(?:[A-Z][\w.]*|(?:{'|'.join(sorted(speech.ROLE_NOUNS))}))")


def _np_prefix(segment: str) -> str:
    """The capitalised noun phrase that opens ``segment`` ("The Kremlin" in "The Kremlin dismissed"), or a description
    ending in a noun for a speaker ("The retired surgeon" in "The retired surgeon has provided")."""
    words = segment.split()
    opening = _DESCRIPTION_OPENING.match(segment)
    taken: list[str] = opening.group(0).split() if opening else []
    for i, word in enumerate(words[len(taken) :], start=len(taken)):
        bare = word.lower().strip(",.")
        described = (
            bool(taken)
            and taken[0].lower() in speech.ROLE_NOUNS
            and not any(_is_given_name(w) for w in taken)  # "Former Senator Jo Roe met rival candidate Al Poe"
            and _DESCRIBED_NAME_AHEAD.match(" ".join(words[i:]))
        )
        if taken and not (_is_cap(word) or bare in speech.ROLE_NOUNS or bare in ("of", "'s") or described):
            break
        if not taken and not (_is_cap(word) or bare in speech.DETERMINERS or bare in speech.PRONOUNS
                              or _FORMER_TITLE.fullmatch(word.strip(",."))):
            return ""
        taken.append(word)
    return " ".join(taken)


def _bare(token: re.Match[str]) -> str:
    return token.group(0).lower().rstrip(".")


# A verb of using or quoting words, then the words' kind: "used the phrase", "coined the term".
_USING_A_PHRASE = re.compile(
    r"(?:us(?:e|es|ed)|invok(?:e|es|ed)|coin(?:s|ed)?|repeat(?:s|ed)?|utter(?:s|ed)?)\s+"
    r"(?:the\s+|that\s+|this\s+)?(?:phrase|term|words?|expression|slogan|label|line)\b"
)


# "does not use the word", "never uttered the phrase": the words in marks after it are what the clause's subject does
# not say (not "slammed Roe for not using the term", whose words are the critics').
_NOT_USING_A_PHRASE = re.compile(rf"(?:\bnot|\bnever|n['’]t)\s+{_USING_A_PHRASE.pattern}\s*$")


def _word_not_used(paragraphs: list[str], span: _Span) -> bool:
    """Whether a short quote is a word its sentence says someone does not use (``_NOT_USING_A_PHRASE``)."""
    p, at = span.opened_at
    words = _span_text(paragraphs, span).split()
    before = paragraphs[p][max(0, at - 80) : at].rstrip("\"“‘'")
    return len(words) <= SCARE_QUOTE_MAX_WORDS and bool(_NOT_USING_A_PHRASE.search(before))


# A form of "be", then "to" right before a verb: "is partly to blame".
_PREDICATE_INFINITIVE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:[a-z]+ly\s+)?to\s+$")


# A platform after a verb of sharing: " on Twitter", " to her Instagram".
_PLATFORM_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(speech.PLATFORM_LINKS))})\s+(?:(?:{'|'.join(sorted(speech.POSSESSIVES))}|the)\s+)?"
    rf"(?:{'|'.join(sorted(SOCIAL_PLATFORMS))})\b"
)


def _reporting_verbs(text: str) -> list[re.Match[str]]:
    """Reporting words used as verbs: not capitalised ("the United States", "Says" in a title) and
    not nouns ("his statement", "a tweet", "the claims", "a Bloomberg report")."""
    verbs = []
    tokens = _tokens(text)
    for i, token in enumerate(tokens):
        if _USING_A_PHRASE.match(text, token.start()):
            verbs.append(token)  # "Trump has used the phrase": the phrase is his words
            continue
        following = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
        if speech.PARTICLE_REPORTING_VERBS.get(token.group(0)) == following.rstrip("."):
            verbs.append(token)  # "Trump shot back"
            continue
        if following.rstrip(".,") not in speech.OBJECT_REPORTING_VERBS.get(_bare(token), {following.rstrip(".,")}):
            continue  # "put in place", not "put it"
        if _bare(token) in speech.PLATFORM_REPORTING_VERBS and _PLATFORM_AFTER.match(text, token.end()):
            verbs.append(token)  # "she shared on Twitter": her words, the platform only where
            continue
        if _bare(token) not in speech.REPORTING_VERBS or _used_as_noun(tokens, i):
            continue
        if _is_cap(token.group(0)) and not _capitalised_mid_clause(tokens, i):
            continue
        if _PREDICATE_INFINITIVE.search(text, 0, token.start()):
            continue  # "the recession is partly to blame": what something is, not anyone's report
        if following == "to" and _bare(token).startswith(speech.INFINITIVE_TAKERS):
            continue  # "must continue to push", "vowed to fight": not reporting anything said
        verbs.append(token)
    return verbs


def _capitalised_mid_clause(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the capitalised reporting word at ``tokens[i]`` is a verb set in capitals by mistake: after the comma
    that closes a subject's apposition, a lower-case word after it ('Roe, the head of Acme, Tweeted on Friday'), not
    a title's capitals ("Roe Says Acme Will Close", "Roe, Lee Said to Meet")."""
    if not i or i + 1 >= len(tokens):
        return False
    gap = tokens[i].string[tokens[i - 1].end() : tokens[i].start()]
    following = tokens[i + 1].group(0)
    return "," in gap and not _is_cap(following) and following != "to"


# The modifiers between a determiner and its noun: an adjective or noun, maybe after a degree word or an adverb, or
# two joined ("his home state", "an unusually conciliatory note", "a more conciliatory and optimistic note").
_MODIFIER = rf"(?:(?:{'|'.join(sorted(speech.DEGREE_WORDS))})\s+)?(?:[a-z]+ly\s+)?[a-z]+"
_MODIFIERS = re.compile(rf"\s+{_MODIFIER}(?:,?\s+(?:and|or)\s+{_MODIFIER})?\s+")
_MODIFIERS_MAX_WORDS = 7


def _used_as_noun(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the reporting word at ``tokens[i]`` is a noun (or an adjective: "racially charged comments"): after a
    determiner or possessive ("Obama's remarks"), a plural after "of" and one word ("32% of Republican claims"), or an
    uninflected word after "a" and a name ("a Bloomberg report", "an AP interview")."""
    word = tokens[i].group(0)
    previous = tokens[i - 1].group(0).lower() if i else ""
    # What stands between the previous word and this one: "Sanders’ comments" (a plural's possessive mark,
    # which the word pattern leaves out), or a comma that ends a phrase ("a supporter of Trump, calls").
    gap = tokens[i].string[tokens[i - 1].end() : tokens[i].start()] if i else ""
    if gap.startswith(("'", "’")) or "," not in gap and (
            previous in speech.NOUN_MARKERS or re.search(r"['’]s$", previous)):  # not "… with Trump's, saying"
        return True
    if previous in speech.PLURAL_NOUN_MARKERS and word.endswith("s") and "," not in gap:
        return True  # "The bureau rejected any claims that …": the claims are a thing rejected, no one's report
    if i > 1 and tokens[i - 2].group(0).lower() == "of" and _bare(tokens[i]).endswith("s") and not gap.strip():
        return True
    if word.endswith("s") and word[:-1] in speech.PLURAL_NOUN_STEMS and not gap.strip() and _modifier_noun(previous):
        return True  # "Union pay rates": a noun's plural after the noun that modifies it
    following = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
    if (i > 1 and word.endswith("ed") and _qualifying_adverb(previous)
            and tokens[i - 2].group(0).lower() in speech.NOUN_MARKERS | speech.DEGREE_WORDS
            and following.isalpha() and following.islower() and following not in speech.NOT_DESCRIBING_WORDS):
        return True  # "more racially charged comments": an adjective of the noun after it (not "the rally denounced")
    if (
        word in speech.REPORTING_NOUN_STEMS
        and any(tokens[marker].group(0).lower() in speech.NOUN_MARKERS
                and _MODIFIERS.fullmatch(tokens[i].string[tokens[marker].end() : tokens[i].start()])
                for marker in range(max(i - _MODIFIERS_MAX_WORDS - 1, 0), i - 1))
        and not previous.endswith(("s", "ly"))
        and previous not in speech.AUXILIARIES
    ):
        return True  # "his home state", "a more conciliatory and optimistic note": modifiers, then the noun
    if (
        i > 2
        and (word in speech.REPORTING_NOUN_STEMS or word[:-1] in speech.REPORTING_NOUN_STEMS and word.endswith("s"))
        and tokens[i - 3].group(0).lower() in speech.PREPOSITIONS
        and tokens[i - 2].group(0).lower() in speech.NOUN_MARKERS
        and re.fullmatch(r"\s+[a-z]+\s+", tokens[i].string[tokens[i - 2].end() : tokens[i].start()])
        and previous not in speech.AUXILIARIES
    ):
        return True  # "in the strongest terms": the object of a preposition, a modifier, then the noun
    named_from = i
    while named_from > 0 and _is_cap(tokens[named_from - 1].group(0)):
        named_from -= 1
    if (named_from < i and named_from > 0 and word.endswith("s") and "," not in gap
            and tokens[named_from - 1].group(0).lower() in speech.PLURAL_QUANTIFIERS):
        return True  # "in many Asian states": a plural after a counting word and its capitalised modifiers
    opened = named_from
    while opened > 0 and re.fullmatch(r"[a-z]+ly", tokens[opened - 1].group(0)):
        opened -= 1  # an adverb before the name: "a heavily Democratic state"
    # (not after a comma that closes the phrase, nor a past tense: "Roe, who is a Mormon, said")
    return (0 < named_from < i and opened > 0 and tokens[opened - 1].group(0).lower() in ("a", "an")
            and _bare(tokens[i]) == word.lower() and not word.endswith(("s", "ed", "ing")) and "," not in gap
            and word.lower() not in speech.IRREGULAR_REPORTING_PAST)


def _qualifying_adverb(word: str) -> bool:
    """Whether a word is an adverb in -ly that may qualify an adjective ("unusually"), not a noun ("ally")."""
    return re.fullmatch(r"[a-z]+ly", word) is not None and word not in speech.LY_NOUNS


def _modifier_noun(word: str) -> bool:
    """Whether a lower-case word before a plural may be a noun modifying it ("pay" in "pay rates"): not a word that
    stands for a person or people, who would report, nor a function word or an adverb."""
    return (
        word.isalpha() and word.islower() and not word.endswith("ly")
        and word not in (speech.ROLE_NOUNS | speech.PLAIN_PERSON_NOUNS | speech.GROUP_NOUNS | set(speech.PRONOUNS)
                         | speech.AUXILIARIES | speech.BE_FORMS | speech.CONJUNCTIONS | speech.PREPOSITIONS
                         | speech.NOUN_MARKERS | speech.ADVERBS | speech.RELATIVE_PRONOUNS)
    )


# --- the patterns after the quote ("after"): the sentence's words from the closing mark on ---
#
# After a quote that ended its sentence, only a bare attribution counts ('"…." Rutte said on
# Monday.'), not a new sentence with a verb of its own ('"…." Yoon echoed these concerns').


def _dash_signed(ctx: _Context) -> _Attribution | None:
    """'"…" — Jane Doe, The Daily Paper'."""
    signed = re.match(r"\s*[―—–-]+\s*([^,;:]+?)(?:,\s*[^,;:]+?)?\.?\s*$", ctx.tail)
    name = _post_signer(signed.group(1)) if signed else ""
    if name and _looks_like_np(name) and _signs(name) and not _opened_by_a_clause(ctx.head):
        return _Attribution(_Speaker(name, at=(ctx.p_close, ctx.at_close)), None)
    return None


def _signs(name: str) -> bool:
    """Whether the words after a dash can sign a quote: a name or a body, in capitals ("Jo Roe", "Jo Roe of the
    Acme Union"), or a described person ("a reader", "the campaign's spokeswoman"), not a clause ("the balloons fell
    on the crowd")."""
    words = name.split()
    minor = speech.TITLE_MINOR_WORDS | speech.NAME_PARTICLES
    people = speech.ROLE_NOUNS | speech.PLAIN_PERSON_NOUNS | speech.GROUP_NOUNS
    return all(_is_cap(w) or w.lower() in minor for w in words) or any(w.lower().strip(".") in people for w in words)


def _opened_by_a_clause(head: str) -> bool:
    """Whether words of the sentence's own come before the quote outside any quotation marks ("Lee said that his
    party was "…"--Jo Roe.", "When Lee wrapped up — "…" — the balloons fell"): the quote is part of a sentence,
    which a dash and a name after it sign as its reporter, not as the quote's speaker."""
    own = re.sub(r"[\"“][^\"“”]*[\"”]", " ", head)
    return any(w.islower() for w in re.findall(r"[A-Za-z]+", own))


# An embedded post's signature after the name: its account in brackets, then the day it was posted:
# "— Jo Roe (@joroe) February 5, 2016".
_POST_HANDLE = re.compile(r"\s*\(@\w+\)(?:\s+[A-Z][a-z]+\.?\s+\d{1,2})?$")
# A post's whole signature after its words, as the reader writes it (``reader._TWEET_SIGNATURE``).
_POST_SIGNATURE = re.compile(
    r"\s*[―—–-]{1,2}\s*[^()]{1,80}\(@\w{1,30}\)\s+(?:\w+\.? \d{1,2},? \d{4}|\d{1,2}\.? \w+\.? \d{4})\.?\s*$"
)
# A word of a display name with no Latin letter (the name again in another script, an emoji) and the marks that
# set a script's direction: the name is read from its Latin words ("Jo Roe ‎جو رو").
_DIRECTION_MARKS = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNREAD_NAME_WORD = re.compile(r"(?<!\S)[^\sA-Za-z\u00c0-\u024f]+(?!\S)")


def _signs_post(name: str | None, signature: str) -> bool:
    """Whether the person ``name`` is who signs a post, though the signature is not written as a name the rules read:
    their surname is a word of it or in its account ("— jo roe (@joroe) May 2, 2018")."""
    surname = (name or " ").split()[-1].lower()
    handle = re.search(r"\(@(\w+)\)", signature)
    return len(surname) >= 3 and (surname in re.findall(r"\w+", signature.lower())
                                  or bool(handle) and len(surname) >= 4 and surname in handle.group(1).lower())


def _post_signer(signature: str) -> str:
    """The name a signature signs with: its post's account and day left out ("Jo Roe (@joroe) May 2"), and in a
    post's, the words a reader of the Latin script can't read."""
    name = _POST_HANDLE.sub("", signature)
    if name != signature:
        name = " ".join(_UNREAD_NAME_WORD.sub(" ", _DIRECTION_MARKS.sub(" ", name)).split())
    return name


_SIGNATURE = re.compile(r"\s*[―—–-]+\s*([^,;:]+?)(?:,\s*[^;:]+?)?\.?[\"”]?\s*$")


def _dash_signed_below(ctx: _Context) -> _Attribution | None:
    """A quote paragraph signed by the next paragraph alone: '"…"' then '- Jane Doe, Philadelphia.' (not a
    wire's credit under a paragraph of its own words: '… called him "my friend."' then '- Reuters.')."""
    below = ctx.p_close + 1
    if ctx.span is None:
        return None
    p_open, at_open = ctx.span.opened_at
    if (
        ctx.paragraphs[p_open][:at_open].strip()
        or ctx.tail.strip(" \"”")
        or ctx.at_close < len(ctx.paragraphs[ctx.p_close].rstrip(" \"”"))
        or below >= len(ctx.paragraphs)
    ):
        return None
    signed = _SIGNATURE.fullmatch(ctx.paragraphs[below])
    if signed is None or not _looks_like_np(signed.group(1)) or not _is_cap(signed.group(1).split()[-1]):
        return None
    return _Attribution(_Speaker(signed.group(1), at=(below, signed.start(1))), None)


def _tail_tokens(ctx: _Context) -> tuple[str, list[re.Match[str]]] | None:
    """The words after the quote, unless a conjunction opens a clause of its own ('"…," but he said')."""
    text = ctx.tail.lstrip(" ,—–-")
    tokens = _tokens(text)
    if not tokens or _bare(tokens[0]) in speech.CONJUNCTIONS:
        return None
    return text, tokens


def _cue_first(tokens: list[re.Match[str]]) -> bool:
    """Whether the words after the quote open with its reporting verb ('said Jane Doe'), not with a
    capitalised name or title that spells one ('State spokesman Jane Doe said', 'Read said', 'state Sen. Doe said')."""
    first = _bare(tokens[0])
    if _describes_role(first, tokens[1].group(0) if len(tokens) > 1 else None):
        return False  # "state Sen. Jane Doe said": the word describes the role after it
    return first in speech.REPORTING_VERBS and not first.endswith("ing") and not _is_cap(tokens[0].group(0))


def _cue_name_after(ctx: _Context) -> _Attribution | None:
    """'"…," said Jane Doe, a spokeswoman'."""
    found = _tail_tokens(ctx)
    if found is None or not _cue_first(found[1]) or _bare(found[1][0]) in ("told", "tells", "tell"):
        return None  # "…, told Reuters": whom the speaker told, never the speaker
    text, tokens = found
    rest = text[tokens[0].end() :]
    if platform := _PLATFORM_AFTER.match(rest):
        rest = rest[platform.end() :]  # 'wrote on Twitter Jo Roe': where the words were posted comes before who
    parts = re.split(r",\s*|\.\s*$", rest.strip(), maxsplit=1)
    # A clause about the speaker ends the name: 'said Jane Doe as she left', 'said a strategist who spoke on
    # condition of anonymity', 'said one official familiar with the talks'.
    parts[0] = _SPEAKER_CLAUSE.split(parts[0], maxsplit=1)[0]
    np = _clean_np(re.split(r"\s+(?:in|on|at|during|after|before|when|to|about|of|from)\s+", parts[0])[0])
    with_of = _clean_np(re.split(r"\s+(?:in|on|at|during|after|before|when|to|about|from)\s+", parts[0])[0])
    # A role with "of" before the name: "said master of ceremonies Asab Al-Tabchi".
    named_after_of = bool(with_of) and _is_cap(with_of.split()[-1]) and _looks_like_np(with_of)
    if np and not any(_is_cap(w) for w in np.split()) and named_after_of:
        np = with_of
    if np.lower() in speech.QUANTIFIERS and with_of.lower().startswith(f"{np.lower()} of "):
        np = with_of  # 'said one of those advisers, who …': one of a group, unnamed
    elif np.lower() == "another":  # '"…," tweeted another.': one more of those just quoted, unnamed
        return _Attribution(_Speaker(np, at=(ctx.p_close, ctx.at_close)), tokens[0].group(0).rstrip("."))
    if not np or not _looks_like_np(np):
        return None
    role = _clean_np(parts[1]) if len(parts) > 1 and parts[1].strip() else None
    joined = _JOINED_NAME_AFTER.match(rest.strip())
    if joined:
        # '"…," said Jo Roe, the chairman, and Al Poe, his deputy.': two people speak, neither alone
        both = f"{np} and {_clean_np(joined.group(1))}"
        return _Attribution(_Speaker(both, at=(ctx.p_close, ctx.at_close)), tokens[0].group(0).rstrip("."))
    if role and _names_the_role(np, role):  # '"…," said the company's spokesman, Jane Doe.'
        return _Attribution(_Speaker(re.sub(r"(\w{2,})\.$", r"\1", role), role=_clean_role(np),
                                     at=(ctx.p_close, ctx.at_close)),
                            tokens[0].group(0).rstrip("."))
    if role and not re.match(r"(?:the|a|an|who|\w+'s)\b", role, re.IGNORECASE):
        role = None
    if role and role.lower().startswith("who"):
        role = None
    if role and _is_sentence_end(role, len(role) - 1):
        role = role[:-1]  # '"…," said Jo Roe, a lawyer. He …': the sentence's full stop is no part of the role
    return _Attribution(_Speaker(np, role=role, at=(ctx.p_close, ctx.at_close)), tokens[0].group(0).rstrip("."))


_SPEAKER_CLAUSE = re.compile(rf"\s+(?:{'|'.join(sorted(speech.SPEAKER_CLAUSE_OPENERS))})\s+")


def _names_the_role(np: str, apposition: str) -> bool:
    """Whether ``apposition`` is the name of whoever holds the role ``np`` ("the Alpes-Maritimes sub-prefect",
    "Sebastien Humbert"): a role in lower case after "the", then two to four capitalised words."""
    words, named = np.split(), apposition.split()
    return (
        len(words) >= 2 and words[0].lower() == "the" and words[-1].islower()
        and 2 <= len(named) <= 4 and all(_is_cap(w) for w in named) and named[0].lower() not in speech.DETERMINERS
    )


def _introduces_next(rest: str) -> bool:
    """Whether the words after a reporting verb end in a colon that introduces the next quote ('"…." Theresa
    May said: "…"', '… said on TV: "…"'), rather than a clause of its own ('… said, adding: "…"')."""
    words = rest.split()
    return (
        rest.rstrip().endswith(":")
        and "," not in rest
        and len(words) <= 4
        and not any(w.lower().strip(".:") in speech.SUBORDINATORS | _SPEECH_WORDS for w in words)
    )


# A quote running on into a lower-case word, with no mark between: a word the sentence uses ('"liked" photos').
_RUN_ON_WORD = re.compile(r" [a-z]")
# A relative pronoun right before the subject of the reporting verb: the verb is in a clause about a noun before it.
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+$")


# A modal of what is not yet said, maybe with "to" and one word that is no auxiliary, before a verb of saying.
_UNSAID_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.UNSAID_MODALS))})(?:\s+to)?\s+"
    rf"(?:(?!(?:{'|'.join(sorted(speech.AUXILIARIES | {'have', 'has', 'be', 'been'}))})\s)[a-z]+\s+)?$"
)


def _name_cue_after(ctx: _Context) -> _Attribution | None:
    """'"…," Jane Doe said', '"…," Jane Doe, a spokeswoman, said'."""
    found = _tail_tokens(ctx)
    if found is None or _cue_first(found[1]) or _governed_by_head(ctx):
        return None
    text, tokens = found
    verbs = {v.start() for v in _reporting_verbs(text)}
    # Up to 25 words: '"…," Scott Pruitt, the attorney general of Oklahoma, one of the states
    # suing, said' keeps its verb far from the quote.
    for position, verb in enumerate(tokens[1:25], start=1):
        word = _bare(verb)
        if verb.start() in verbs and not word.endswith("ing"):
            if _UNSAID_BEFORE.search(text, 0, verb.start()):
                continue  # '"…," Seoul should instead respond to the North, Kim said': what Seoul ought to do
            clause = _IN_RELATIVE_CLAUSE.search(text, 0, verb.start())
            if clause and not _FINITE.search(clause.group(1)):
                continue  # '"…," Jo Roe, chair of the committee — where any inquiry must begin — said'
            subject = _subject_before(text, verb.start())
            if subject is None or (ctx.ended and _introduces_next(text[verb.end() :])):
                return None
            if _GOVERNS_NEXT_QUOTE.fullmatch(text, verb.end()) and _next_quote_follows(ctx):
                return None  # '“…” ― the congresswoman vowed to “impeach him”': her words are the next quote
            after = tokens[position + 1] if position + 1 < len(tokens) else None
            # After a quote that ended its sentence, or one that runs on without a comma ('"…" Trump
            # Administration revealed an ambition'), only a bare attribution counts.
            # '"…" in her living room, she said, she …', '"…" in Mexico, Thurman says she handed …' (not after a
            # full stop: '"…." Then, she says, Weinstein …'; nor an object: '"…" Trump Administration revealed an …').
            punctuated = ctx.partial and (
                text[verb.end() : verb.end() + 1] in (",", ".")
                or (after is not None and _bare(after) in speech.COMPLEMENT_OPENERS & speech.PRONOUNS.keys())
            )
            if (ctx.ended or ctx.partial) and not (
                verb.group(0).endswith(".") or after is None or _bare(after) in speech.BARE_FOLLOWERS or punctuated
            ):
                return None
            rest = tokens[position + 1 :]
            while rest and _bare(rest[0]) in speech.BARE_FOLLOWERS:
                rest = rest[1:]
            if ctx.ended and rest and _bare(rest[0]) in speech.COMPLEMENT_OPENERS:
                return None  # '"…." Hendler warned Saturday that …': a new sentence reporting something else
            np, apposition = subject
            before_subject = text[: max(text.find(np), 0)]
            if _RUN_ON_WORD.match(ctx.tail) and _RELATIVE_BEFORE.search(before_subject):
                return None  # '"liked" photos that Mr. Roe posted': his verb's object is the photos, not the quote
            if ctx.ended and _common_opener(np, ctx.paragraphs):
                return None  # '"….” Similar attacks are being investigated': a sentence's first word, no name
            if ctx.ended and "," in before_subject:
                # '"…." The tram will be moved, Vell Police said.': after a clause of its own, the subject reports
                # the sentence it ends, not the quote before it.
                return None
            cue = verb.group(0).rstrip(".")
            relayed = _relayed_source(text, verb)
            if relayed is not None:
                # '"…," Reuters cited the Amaq website': the subject passes the words on; they are the object's
                # (unknown when it names no one), never the relayer's.
                source, role = relayed
                speaker = _Speaker(source, role=role, at=(ctx.p_close, ctx.at_close)) if source else None
                return _Attribution(speaker, cue)
            follow = text[verb.end() :].split()
            if cue.lower() in ("told", "tells") and follow and follow[0].lower().strip(".,") == "reporters":
                cue += " reporters"
            return _Attribution(_Speaker(np, role=apposition, at=(ctx.p_close, ctx.at_close)), cue)
    return None


# The object of a relaying verb, to the end of its sentence: "cited the Amaq, IS-affiliated website" (not "quoted by",
# "quoted from", nor the verb alone).
_RELAYED_OBJECT = re.compile(r"\s+(?!by\b|from\b|as\b)([^.;:?!“”\"]+)")


# A participle opening the words after a comma: "…, insisting that".
_PARTICIPLE_OPENS = re.compile(r"\s*[a-z]+ing\b")


def _relayed_source(text: str, verb: re.Match[str]) -> tuple[str | None, str | None] | None:
    """Whose words the object of ``verb``, when an active relaying verb, says they are, and how it describes them:
    "the Amaq" and "IS-affiliated website" after "cited"; (None, None) for an object that is no speaker; None for any
    other verb, a passive ("Roe was quoted"), no object, or one set "as" something ("cited his family as the reason",
    "quoted Roe as saying", read elsewhere), or one the subject's own participle follows ("cited past declarations,
    insisting that …": the subject speaks)."""
    if _bare(verb) not in speech.RELAYING_VERBS or _PASSIVE_BEFORE.search(text, 0, verb.start()):
        return None
    relayed = _RELAYED_OBJECT.match(text, verb.end())
    if relayed is None or re.search(r"\bas\b", re.split(r"[.;?!]", text[verb.end() :], maxsplit=1)[0]):
        return None
    source, _, described = relayed.group(1).partition(",")
    if _PARTICIPLE_OPENS.match(described):
        return None
    # "quoted a spokesman for Acme complaining that": the object ends where its participle begins
    participle = next(
        (t.start() for t in _tokens(source) if _bare(t).endswith("ing") and _bare(t) in speech.REPORTING_VERBS), None
    )
    np = _clean_np(source[:participle])
    if not _looks_like_np(np):
        return None, None
    return np, _clean_np(described) or None


def _governed_by_head(ctx: _Context) -> bool:
    """Is the quote the object of a verb of saying just before it ('the congresswoman vowed to “impeach him,” referring
    to Roe ― Lee said it was free speech', 'Jones called it “a disaster,” Smith said')? Then the words are that
    verb's subject's, and a name with a verb after the quote reports them, or says something else."""
    return any(_GOVERNED.fullmatch(ctx.head, verb.end()) and not _NOT_SAYING.search(ctx.head, 0, verb.start())
               for verb in _finite_head_verbs(ctx))


def _finite_head_verbs(ctx: _Context) -> list[re.Match[str]]:
    """The verbs of saying before the quote that may report it: not a participle ("referring to") nor a capitalised
    opening ("Asked about it, …")."""
    return [verb for verb in ctx.verbs if not verb.group(0).endswith("ing") and not verb.group(0)[:1].isupper()]


# A relative clause still open before a verb, and no verb of its own before it: the verb is the clause's ("— where any
# inquiry must begin"), not the sentence's ("…, who is chairman of Vell Pac said").
_IN_RELATIVE_CLAUSE = re.compile(r"[,—–―]\s+(?:who|whom|whose|which|where)\s([^,—–―]*)$")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|[a-z]+ed)\b")
# After a verb of saying, the words that leave the quote its object: "vowed to “…”", "called it “…”".
_GOVERNED = re.compile(r"\s+(?:to|that|it|them|this|as)\s*")
_GOVERNS_NEXT_QUOTE = re.compile(r"\s+(?:to|that)\s*")
# A verb of saying denied or only supposed: "Comey cannot say that “…”" says nothing, and the words are another's.
_NOT_SAYING = re.compile(r"\b(?:not|n['’]t|never|cannot|would|could|should|might|may)\s+$", re.IGNORECASE)


def _next_quote_follows(ctx: _Context) -> bool:
    """Does another quote open right where the words after this one stop?"""
    return ctx.paragraphs[ctx.p_close][ctx.at_close + len(ctx.tail) :][:1] in ("“", '"', "‘")


def _reported_in_head(ctx: _Context) -> bool:
    """Does a verb of saying before the quote report it ('Roe stated that it was “…”', 'Roe called it “…”')?"""
    return _governed_by_head(ctx) or any(re.match(r"\s+that\b", ctx.head[verb.end():])
                                         for verb in _finite_head_verbs(ctx))


def _according_to_after(ctx: _Context) -> _Attribution | None:
    """'"…," according to Jane Doe.': whose words the sentence gives, right after the quote (in lower case:
    not a new sentence opening "According to …", which reports something else)."""
    opening = re.match(r"\s*[,—–-]?\s*(?=according to\b)", ctx.tail)
    according = _ACCORDING_TO.match(ctx.tail, opening.end()) if opening is not None else None
    if according is None or _reported_in_head(ctx):
        return None  # "The fire report stated that the gorilla was '…,' according to WLWT": the report's words
    # A title's full stop is no sentence's end: "according to Dr. Jo Roe".
    np = _source_np(re.split(r"[—–]", according.group(1))[0])
    return _Attribution(_Speaker(np, at=(ctx.p_close, ctx.at_close)), "according to") if np is not None else None


# A passive report of the words set off after them in their sentence: ', as reported by the Courier', '– as described by
# Jo Roe –'.
_AS_REPORTED_BY = re.compile(
    r"[^.;:!?\"“”]{0,80}?(?:,|\s[—–-])\s*as\s+(?:[a-z]+ly\s+)?([a-z]+)\s+by\s+([^,.;:!?—–\"“”]+)"
)


def _as_reported_by_after(ctx: _Context) -> _Attribution | None:
    """'being "extremely careless" with the files – as described by Jo Roe –': who reported the words, named after
    them, in a comment clause of their sentence."""
    found = _AS_REPORTED_BY.match(ctx.tail)
    if found is None or ctx.ended or not found.group(1).endswith(("ed", "en")):
        return None
    if found.group(1) not in speech.REPORTING_VERBS:
        return None
    np = _clean_np(found.group(2))
    return _Attribution(_Speaker(np, at=(ctx.p_close, ctx.at_close + found.start(2))), found.group(1)) if (
        _looks_like_np(np)) else None


def _report_ends_sentence(ctx: _Context) -> _Attribution | None:
    """'"…" for Clinton, said Kunin.': a quote inside a sentence that names nobody before it and ends by
    saying whose words the sentence gives, after a comma, as a bare attribution."""
    if ctx.verbs or ctx.ended:
        # 'Jones called it "a disaster", said Smith': the words are Jones's; '"…." Ann Lee said the MPC faced …':
        # a new sentence, whose attribution is another quote's
        return None
    for comma in reversed(list(re.finditer(r",\s+", ctx.tail))):
        if not ctx.tail[: comma.start()].strip(" \"”’'"):
            break  # right after the quote: the patterns before this one read it
        clause = dataclasses.replace(ctx, tail=ctx.tail[comma.start() :], ended=True)
        first = _tokens(clause.tail)[:1]
        if first and first[0].group(0).lower().startswith(speech.NOT_VOICING_STEMS):
            continue  # ", told Business Insider": whom the subject told, not who spoke
        found = _cue_name_after(clause) or _name_cue_after(clause)
        if found is not None:
            return found
    return None


# --- names, roles and pronouns ---------------------------------------------------------------------


# A capitalised word of four letters or more run into the next one ("DailyZhang"), not a name's own inner capital
# after a short prefix ("McCain", "DeSantis", "MacArthur"): group 1 is the second word.
_TWO_WORDS_UNSPACED = re.compile(UNSPACED_WORDS)


@functools.lru_cache(maxsize=65536)
def _split_name(np: str) -> tuple[str | None, str | None]:
    """Split "Zelensky's chief of staff Andriy Yermak" into name and role (cached: an article repeats its names)."""
    words = np.split()
    labelled = max((i + 1 for i, w in enumerate(words) if w.endswith(":")), default=0)
    words = words[labelled:]  # "Distance: Sarah explained": a subheading's label ran into the sentence
    glued = max((i for i, w in enumerate(words[:-1]) if i and _TWO_WORDS_UNSPACED.fullmatch(w)), default=None)
    if glued is not None:
        # "China DailyZhang Yuanxun": a name run into the one before by a lost space or full stop; the second is who
        # (a given name first may have a capital inside: "RoseAnn DeMoro")
        words = [_TWO_WORDS_UNSPACED.fullmatch(words[glued]).group(1), *words[glued + 1 :]]
    words = words[_time_phrase_length(words):]  # "Last week Mr Roe": when, never a role
    if words and words[0].lower() in speech.DETERMINERS:
        words = words[1:]
    written = " ".join(words)
    # "Gov. Earl Ray Tomblin of West Virginia": the place after a titled or full name says where
    # the person serves; the name is before it.
    of = next((i for i in range(len(words) - 1, 0, -1) if words[i] == "of"), None)
    if of is not None and " ".join(words[of + 1 :]) in _places()[1] and _is_cap(words[of - 1]):
        name, role = _split_name(" ".join(words[:of]))
        if name and (role or len(name.split()) >= 2):
            return name, role
    person = _person_of_body(words)
    if person is not None:
        return person
    if _role_from_place(np):
        return None, " ".join(words)  # "the senator from Vermont": no name, a role of a place
    while len(words) > 2 and words[-1].lower().strip(",") in speech.NAME_SUFFIXES:
        words.pop()
    name: list[str] = []
    while words:
        word = words[-1]
        bare = word.lower().strip(",.")
        if bare in speech.HONORIFICS:
            # "youth pastor Jo Roe": a lower-case honorific after a description is the head of a role.
            if not (word.islower() and len(words) > 1 and words[-2].islower()):
                words.pop()
            break
        particle = bare in speech.NAME_PARTICLES and name and len(words) > 1 and _is_cap(words[-2])  # "Bill de Blasio"
        # "Edwin G. Monroy", "T.J. Roe" (initials alone are no name: "J.D. said", see _resolve)
        initial = re.fullmatch(r"[A-Z]\.", word) is not None or bool(name and _INITIALS.fullmatch(word))
        # A role word inside a body's name is part of it: "Foreign Ministry", "State Department".
        # So is a word that only qualifies a role before a body's name, which no role noun follows: "National Rifle
        # Association" (not "Judge Jo Post": a given name is a person's).
        in_body_name = bool(name) and _is_cap(word) and bare in speech.ROLE_WORDS and (
            name[-1].strip(",.") in speech.BODY_HEADS
            or bare in speech.BODY_NAME_QUALIFIERS and name[-1].strip(",.").lower() in speech.BODY_WORDS
            and not _is_given_name(name[0])
        )
        if not (particle or initial or in_body_name or _role_word_surname(words, name)) and (
            not _is_cap(word)
            or bare in speech.ROLE_WORDS
            or bare + "." in speech.ROLE_WORDS
            or (bare in speech.PERSON_NOUNS and len(name) >= 2)  # "Billionaire Donald Trump", not "Adam Driver"
            # An acronym ends a name, unless it opens a body's common noun: "Vell NHS Trust".
            or (word.isupper() and len(word) > 1 and not (name and name[0].lower() in speech.BODY_WORDS))
            or word.endswith(("'s", "’s", "s'", "s’"))  # "the Post's Ruth Marcus", "the Cardinals' Arians"
            or (bare in speech.RANKS_AFTER_A_TITLE and len(words) > 1 and _is_title(words[-2]))
        ):
            break
        name.insert(0, words.pop())
    if len(name) > (6 if name and name[-1].lower() in speech.BODY_WORDS else 4):  # "Vell Health Services NHS Trust"
        return None, None
    # A party, faith or people before a given name and surname describes the person: "Republican
    # Christine Todd Whitman", "Democrat Hillary Clinton" (but "American Airlines" is a name).
    while len(name) >= 3 and _is_group_name(name[0]) and _is_given_name(name[1]):
        words.append(name.pop(0))
    # A body run into the name of someone of it is not part of their name: "House Jo Roe", "the United
    # Nations Jo Roe" (from "Speaker of the House Jo Roe", "ambassador to the United Nations Jo Roe").
    glued = next((i for i in range(1, len(name) - 1)
                  if name[i - 1].lower() in speech.BODY_WORDS and _is_given_name(name[i])), 0)
    role_of = next((i for i in range(len(words) - 1, -1, -1) if words[i] == "of"), None)
    if (not glued and role_of is not None and all(_is_cap(w) for w in words[role_of + 1:])
            and not any(w.lower() in speech.BODY_WORDS for w in name)):
        # The same for a place after a role of it: "Mayor of London Sadiq Khan", "Mayor of Vell Jo Roe" (not a body's
        # name: "president of Vell Restaurant Association"), and for what the role is of, begun by a role word:
        # "Director of National | Intelligence Jo Roe".
        places = _places()[1]
        glued = next((i for i in range(len(name) - 2, 0, -1) if " ".join(name[:i]) in places), 0) or next(
            (i for i in range(1, len(name) - 1) if not _is_given_name(name[0]) and _is_given_name(name[i])), 0)
    words += name[:glued]
    name = name[glued:]
    if len(words) >= 2 and words[-1] in speech.PLACE_PREPOSITIONS and not _persons_name(name):
        # "The Vell Weather Service in Tarnby": where the speaker is, not who; the speaker is the body before it
        # (when it has a name of its own), or unknown.
        body, role = _split_name(" ".join(words[:-1]))
        return (body, role) if body and len(body.split()) >= 2 else (None, " ".join(words + name))
    # So does what they are before a one-word name, capitalised by the sentence: "Singer Rihanna".
    if len(name) == 2 and name[0].lower() in speech.PERSON_NOUNS and _given_name_gender(name[0]) is None:
        words.append(name.pop(0))
    if name and _text_about(words):
        return None, written  # "A poster for the elder Mr. Roe": the poster speaks, not Mr. Roe
    if words and words[-1].lower().strip(".") in {"mr", "mrs", "ms", "dr"}:
        words.pop()
    role = " ".join(words).strip(" ,") or None
    return (" ".join(name) or None), role


def _text_about(words: list[str]) -> bool:
    """Whether ``words`` hold a text then a preposition of what it is about or for ("poster for the elder", "letter
    to"): a name after them is the text's subject or addressee, not its author."""
    return any(
        words[i].lower() in speech.ABOUT_PREPOSITIONS and words[i - 1].lower().strip(",") in speech.SUBJECT_TEXT_NOUNS
        for i in range(1, len(words))
    )


# Words that alone say when: "Yesterday Jo Roe told …" (not a weekday alone, which opens names: "Sunday Times").
_WHEN_WORDS = frozenset({"yesterday", "today", "tonight", "earlier", "later"})
_WHEN_PREPOSITIONS = frozenset({"on", "in", "at", "during", "since"})


def _time_phrase_length(words: list[str]) -> int:
    """How many of the first words say when, before a name: "Last week", "On Monday", "Early Tuesday,",
    "Yesterday"; 0 when they do not."""
    bare = [w.lower().strip(",") for w in words[:3]]
    if bare and bare[0] in _WHEN_WORDS:
        return 1
    if len(bare) >= 2 and (bare[0] in speech.TIME_OPENERS or bare[0] in _WHEN_PREPOSITIONS) and (
        bare[1] in speech.TIME_WORDS or bare[1] in speech.MONTHS
    ):
        return 2
    return 0


def _role_word_surname(words: list[str], name: list[str]) -> bool:
    """Whether the last of ``words``, a role word that is also a surname, is one: capitalised after a given name that is
    no title ("Sen. Angus King", "Lena Judge", "Jean-Michel Priest"), not after a role's qualifier or a place
    ("General Judge", "UK Chancellor")."""
    if name or len(words) < 2 or not _is_cap(words[-1]):
        return False
    given = words[-2]
    return (words[-1].lower().strip(",") in speech.SURNAME_ROLE_WORDS and _is_cap(given) and not given.isupper()
            and not _is_title(given) and all(_is_given_name(part) for part in given.split("-")))  # "Jean-Michel"


_SPEAKS_FOR_WORDS = "|".join(sorted(map(re.escape, speech.SPEAKS_FOR_ROLE_WORDS)))
_SPEAKS_FOR = re.compile(rf"(?i:\b(?:{_SPEAKS_FOR_WORDS})\s+(?:for|of|to)\b)")  # "spokesman for", "spokeswoman to"


def _speaks_for_a_person(name: str, names: _ArticleNames) -> bool:
    """Whether ``name``, whom a spokesman speaks for, is a person's: a given name and surname, or a surname the
    entities stage takes for a person's."""
    words = name.split()
    return _persons_name(words) or "person" in names.kinds.get(words[-1], set())


def _persons_name(name: list[str]) -> bool:
    """Whether a name's words are a given name and a surname (or more), as a person's are, not a place's."""
    return len(name) >= 2 and _is_given_name(name[0])


def _is_title(word: str) -> bool:
    bare = word.lower().strip(",.")
    return bare in speech.HONORIFICS or bare in speech.ROLE_WORDS or bare + "." in speech.ROLE_WORDS


def _names_someone_else(words: list[str], names: _ArticleNames) -> bool:
    """Whether the words before a name end, before "and", in another person's name ("Mr. Pavel and the co-author",
    "Ann Lee and", "David and", "Roe and" when the article takes Roe for a person), not in a role ("Former prosecutor
    and", "Secretary of Health and")."""
    if "and" not in words:
        return False
    before = words[: len(words) - words[::-1].index("and") - 1]
    if not before or not _is_cap(before[-1]) or _is_title(before[-1]):
        return False
    if len(before) == 1:
        return _is_given_name(before[0]) or "person" in names.kinds.get(before[0], set())
    # A title before a name ("Mr. Pavel and"), not a qualifier of the role the words begin ("former Housing and
    # Urban Development Secretary").
    titled = _is_title(before[-2]) and before[-2].lower() not in speech.ROLE_QUALIFIERS
    return titled or (_is_cap(before[-2]) and _is_given_name(before[-2].strip(",")))


def _person_of_body(words: list[str]) -> tuple[str, str | None] | None:
    """(name, role) of "Jo Roe of the Tovar party", "Parliament member Bo Zell of Acme": a person before "of" (a
    given name and surname, or a name after a role word) is who is named; the body after it is where they serve."""
    of = next((i for i in range(2, len(words) - 1) if words[i] == "of" and _is_cap(words[i - 1])), None)
    if of is None:
        return None
    name, role = _split_name(" ".join(words[:of]))
    if not name or len(name.split()) < 2:
        return None
    titled = role is not None and role.split()[-1].lower().strip(",.") in speech.ROLE_WORDS
    return (name, role) if titled or _is_given_name(name.split()[0]) else None


def _is_given_name(word: str) -> bool:
    """Whether gender-guesser's dictionary knows ``word`` as a given name, of either gender or both ("Jo")."""
    return name_gender_detector().get_gender(word) != "unknown"


# A capitalised word, an initial or an honorific; a run of them with role words between.
_RUN_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z]\.|(?:Mr|Mrs|Ms|Dr|St|Jr|Sen|Rep|Gov|Gen|Lt|Col)\.|[A-Z][\w'’\-]*)"
# Never from inside a word: "S. Capitol Police" is not a name in "U.S. Capitol Police".
_NAME_RUN = re.compile(
    rf"(?<![\w.])(?:(?:{_RUN_WORD}|of|the|and|{'|'.join(sorted(w for w in speech.ROLE_WORDS if '.' not in w))})\s+)*"
    rf"{_RUN_WORD}"
)
_PARTICLE_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(speech.NAME_PARTICLES))})\s+[A-Z]")  # "Mayor Bill de Blasio"
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+$")
_TITLE_WORDS = speech.ROLE_WORDS - speech.ROLE_QUALIFIERS  # role words that are a title before a name


def _honorific_before(text: str, begin: int) -> re.Match[str] | None:
    """The honorific ("Mr", "Miss.") and spaces right before ``text[begin]``, if any: searched only where it
    can start (the longest honorific before the spaces), not from the paragraph's start for every name."""
    words_end = begin
    while words_end and text[words_end - 1].isspace():
        words_end -= 1
    return _HONORIFIC.search(text, max(0, words_end - len("Miss.") - 1), begin)


def _given_and_surname(words: list[str], body: str) -> list[str]:
    """The "given name + surname" pairs of a headline's capitalised run ("This Is Why Uma Thurman Is Angry":
    "Uma Thurman"), the surname being one the article's text uses."""
    pairs, k = [], 0
    while k + 1 < len(words):
        given, surname = words[k], words[k + 1]
        # Both capitalised, and the given name no word the text writes in lower case ("Will Sanders Come Down?").
        if (given[:1].isupper() and surname[:1].isupper() and _given_name_gender(given) is not None
                and not re.search(rf"\b{re.escape(given.lower())}\b", body)
                and re.search(rf"\b{re.escape(surname)}\b", body)):
            pairs.append(f"{given} {surname}")
            k += 2  # "Hillary Clinton Bill …": the surname is no given name of the next pair
        else:
            k += 1
    return pairs


def _collect_names(article: Article, mentions: list[Mention]) -> _ArticleNames:
    """Every "role + name" and full name the article gives, and where people are mentioned."""
    names = _ArticleNames(text="\n".join(article.paragraphs), paragraphs=article.paragraphs, title=article.title)
    runs: list[tuple[tuple[int, int], str]] = []
    # The title comes first: its names count as said before any paragraph.
    for p, text in [(-1, article.title), *enumerate(article.paragraphs)]:
        for token in _WORD.findall(text):
            names.token_counts[token.strip(".")] += 1
        for match in _NAME_RUN.finditer(text):
            np = re.sub(r"['’]s$", "", match.group(0))
            credit = next((c for c in PHOTO_CREDITS if np.startswith(c + " ")), None)
            if credit and re.search(rf"(?<!{credit} ){re.escape(np[len(credit) + 1 :])}\b", names.text):
                # "Reuters Equifax claimed": a photo credit run into the sentence, before a name the article
                # gives alone ("Equifax said"); not "the Reuters Institute".
                np = np[len(credit) + 1 :]
            first, *rest = np.split(maxsplit=1)
            inverted_verb = first.lower() in speech.REPORTING_VERBS and first.endswith(("ed", "s"))  # "Said Ellis"
            # "wrote on Twitter Christian Estrosi": where the words were posted, then who posted them
            platform = first in SOCIAL_PLATFORMS and bool(rest) and _is_given_name(rest[0].split()[0])
            start = match.start()
            opener = first.lower() in speech.SENTENCE_OPENERS or first.lower() in OPENING_CONNECTIVES
            if rest and (opener or inverted_verb or platform):
                np = rest[0]  # a sentence's capitalised first word: "When PolitiFact says"
                if first.lower() in speech.SUBORDINATORS:
                    # The name is in the clause it opens: "When Poe left, Roe led" is Roe's sentence, not Poe's.
                    start += match.group(0).index(rest[0], len(first))
            name, role = _split_name(np)
            name = _clean_name(name)
            for full in _given_and_surname(np.split(), names.text) if p < 0 else []:
                names.title_names.add(full)
                if full not in names.full_names[full.split()[-1]]:
                    names.full_names[full.split()[-1]].append(full)
            if name is None or len(name.split()) > 4:
                continue
            if len(name.split()) >= 2:
                names.full_names[name.split()[-1]].append(name)
            runs.append(((p, start), name))
            if p >= 0:
                begin = match.start() + max(0, match.group(0).rfind(name))
                titled = _honorific_before(text, begin)  # kept: it tells who of a family
                names.runs_by_paragraph[p].append(
                    ((p, begin), begin + len(name), (titled.group(0) if titled else "") + name)
                )
            names.first_named.setdefault(name.split()[-1], (p, start))
            # "President of the United States": the name after "of" is what the role is of, not its holder.
            of_something = role is not None and role.lower().split()[-1] in speech.ROLE_LINKS
            # A title right before a surname holds it too: "President Obama", "Sheriff Arpaio"; not
            # before the start of a name the run cut short at a particle ("Mayor Bill de Blasio").
            cut_short = _PARTICLE_AFTER.match(text, match.end())
            titled = (
                role is not None
                and _is_cap(role.split()[-1])
                and role.lower().split()[-1] in _TITLE_WORDS  # not "Former Mexican"
                and not cut_short
            )
            if (
                role
                and not of_something
                and any(w in speech.ROLE_WORDS for w in role.lower().split())
                and (len(name.split()) >= 2 or titled)
            ):
                names.roles.append((role.lower(), name))
            elif role and any(w in speech.PERSON_NOUNS for w in role.lower().split()):
                names.described.append((role.lower(), name))  # "Billionaire investor Sam Park"
        names.described.extend(_appositions(text))
    # People are those the article introduces with a role; later mentions by surname count too.
    introduced = {name.split()[-1] for _, name in names.roles}
    names.people = [(at, name) for at, name in runs if name.split()[-1] in introduced]
    # A name the tagger could not place where it opens a sentence ("Trump has responded…") is the person the
    # article names by that surname, in full or after a title ("President Trump"); a word the tagger only
    # sometimes reads as a person ("Telegram") stays unplaced.
    persons = {m.text.split()[-1] for m in mentions if m.kind == "person" and (" " in m.text or m.role)}
    reporting: list[tuple[tuple[int, int], str]] = []
    for mention in mentions:
        if (mention.kind == "person" or (mention.kind == "other" and mention.text in persons)) and not _modifies_role(
                mention, article.paragraphs[mention.paragraph]):
            names.people.append(((mention.paragraph, mention.start), mention.text))
        elif mention.kind != "place" and _reporting_person(mention, article.paragraphs[mention.paragraph]):
            reporting.append(((mention.paragraph, mention.start), mention.text))
        if mention.text.split():
            names.kinds[mention.text.split()[-1]].add(mention.kind)
        if mention.kind == "organization":
            names.bodies.append(((mention.paragraph, mention.start), mention.end, mention.text))
    # Someone named before as a person is who "he" or "she" may be already: "Le Pen told CNN" after "Marine Le Pen".
    names.people += [(at, name) for at, name in reporting
                     if not any(pos < at and known.split()[-1] == name.split()[-1] for pos, known in names.people)]
    # A nickname given to someone named before is no one else: "Jo Roe, also known as Dr Gloom, … He said".
    aliases = {a.group(1).split()[-1] for text in article.paragraphs for a in _ALIAS.finditer(text)}
    names.people = sorted((at, name) for at, name in names.people if name.split()[-1] not in aliases)
    _add_first_word_names(names, article, mentions)
    return names


def _add_first_word_names(names: _ArticleNames, article: Article, mentions: list[Mention]) -> None:
    """Take a person's first word, written alone, for a person, as a surname is: a family name written first ("Moon
    on Tuesday welcomed …" after "Moon Jae-in", where the entities stage read "Moon" as a place), or a given name no
    dictionary knows. Only where the word is no one's surname here nor a body's name, the article writes it alone and
    the name's last word never, nor in lower case (not "Sun Grid", a product beside "grid computing"), and the
    dictionary gives the first word as no given name, whose holder may be anyone named so."""
    for full in sorted({m.text for m in mentions if m.kind == "person"}):
        words = full.split()
        if (len(words) < 2 or _given_name_gender(words[0]) is not None or not _is_cap(words[0])
                or names.full_names.get(words[0]) or "organization" in names.kinds.get(words[0], ())):
            continue
        written = names.token_counts.get(words[-1], 0)
        if (names.token_counts.get(words[0], 0) > written and not names.token_counts.get(words[-1].lower())
                and written == len(re.findall(rf"\b{re.escape(full)}\b", f"{article.title}\n{names.text}"))):
            names.kinds[words[0]].add("person")


_ALIAS = re.compile(
    rf",\s*(?:{'|'.join(sorted(speech.ALIAS_PHRASES, key=len, reverse=True))})\s+[\"“‘']?"
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)"
)


_ROLE_AFTER = re.compile(r"\s+(?:co-)?([a-z]+)\b")


def _modifies_role(mention: Mention, paragraph: str) -> bool:
    """Whether a name only says whose a role is: "the Tesla founder", "a Smith aide" name someone else."""
    after = _ROLE_AFTER.match(paragraph, mention.end)
    return (bool(re.search(r"\b(?:the|a|an)\s+$", paragraph[max(0, mention.start - 6) : mention.start], re.IGNORECASE))
            and after is not None and after.group(1) in speech.ROLE_WORDS)


# "Leahy, a spokesman for Apple," / "Nick Leahy, the company's spokesman": a name, then what they are.
_APPOSITION = re.compile(
    r"\b((?:[A-Z][\w'’\-]+\s+){0,3}[A-Z][\w'’\-]+),\s+(?:a|an|the)\s+([\w'’\- ]{1,60}?)(?=[,;:]|\.(?:\s|$)|\s+who\b)"
)
# "billionaire Elon Musk", "Billionaire investor Sam Park": person nouns right before a name, with a count before
# them that tells the role ("triple world champion Jo Roe").
_PERSON_NOUN = rf"(?i:{'|'.join(sorted(speech.PERSON_NOUNS))})"
_DESCRIBED_NAME = re.compile(
    rf"\b((?:{speech.ROLE_COUNT}\s+(?:[a-z]+\s+)?)?{_PERSON_NOUN}(?:\s+{_PERSON_NOUN})?)\s+"
    r"((?:[A-Z][\w'’\-]+\s+){0,2}[A-Z][\w'’\-]+)"
)
# "Tom Vell, chairman of the Harbour Committee,", "Jo Roe, Acme's spokeswoman.": a full name, then its role with no
# article (_role_beside_name reads the role).
_BARE_APPOSITION = re.compile(
    r"\b((?:[A-Z][\w'’\-]+\s+){1,3}[A-Z][\w'’\-]+),\s+(?!(?:a|an|the)\s)([A-Za-z][\w'’\- ]{1,80}?)"
    r"(?=[,;:]|\.(?:\s|$)|\s+who\b)"
)
# "The Port Authority's spokeswoman, Ann Roe,", "the committee chairman, Tom Vell.": a role, then the full name of whom
# it describes.
_ROLE_BEFORE_NAME = re.compile(
    r"(?:\b[Tt]he\s+|\b(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*['’]s\s+)((?:[\w'’\-]+\s+){0,3}?[a-z][\w\-]*),\s+"
    r"((?:[A-Z][\w'’\-]+\s+){1,3}[A-Z][\w'’\-]+)(?=[,;]|\.(?:\s|$))"
)
# Its first person noun, in lower-cased text: IGNORECASE makes the alternation slow to try at every word, and few
# paragraphs hold one. Lower-casing keeps every letter IGNORECASE matches but "İ" (longer lower-cased), "ı" and "ſ".
_PERSON_NOUN_LOWER = re.compile(rf"\b(?:{'|'.join(sorted(speech.PERSON_NOUNS))})\s")


def _appositions(text: str) -> list[tuple[str, str]]:
    """(role, name) for each person the text describes by a role noun in apposition, or by a
    person noun before the name."""
    found = []
    for match in _APPOSITION.finditer(text):
        name, role = _split_name(match.group(1))[0], match.group(2).lower()
        # A reporting verb in it is a clause, not a role; but "state" is a role word too ("the State Department
        # spokeswoman").
        if (name and not (set(role.split()) & speech.REPORTING_VERBS - speech.ROLE_WORDS)
                and set(role.split()) & speech.ROLE_NOUNS):
            found.append((role, name))
    for match in [*_BARE_APPOSITION.finditer(text), *_ROLE_BEFORE_NAME.finditer(text)]:
        name_group, role_group = (1, 2) if match.re is _BARE_APPOSITION else (2, 1)
        name, role = _split_name(match.group(name_group))[0], _role_beside_name(match.group(role_group))
        if name and role and len(name.split()) >= 2:
            found.append((role, name))
    lower = text.lower()
    described = len(lower) != len(text) or "ı" in lower or "ſ" in lower or _PERSON_NOUN_LOWER.search(lower)
    for match in _DESCRIBED_NAME.finditer(text) if described else ():
        name = _split_name(match.group(2))[0]
        if name:
            found.append((match.group(1).lower(), name))
    return found


def _role_beside_name(words: str) -> str | None:
    """The role in words set beside a name without an article ("chairman of the Harbour Committee",
    "Acme's senior spokeswoman"), lower-cased: up to four words before any "of", "for" …, the last a role's head noun
    ("spokeswoman", not "spokeswoman Jo Roe" nor "capital of Vell"), none of them reporting ("state" aside: "State
    Department spokeswoman"); else None."""
    split = words.split()
    link = next((i for i, w in enumerate(split) if w in speech.ROLE_LINKS), len(split))
    head_words = [w.lower() for w in split[:link]]
    if not 1 <= len(head_words) <= 4 or not split[link - 1].islower() or head_words[-1] not in speech.HEAD_NOUNS:
        return None
    if set(head_words) & (speech.REPORTING_VERBS - speech.ROLE_WORDS):
        return None
    return words.lower()


def _role_words(role: str) -> set[str]:
    """The words of a role, without determiners, one word for each role whatever the gender."""
    words = re.sub(r"['’]s\b", "", role.lower()).split()
    words = [speech.ROLE_ABBREVIATIONS.get(w, w) for w in words]
    return {speech.SAME_ROLE.get(w, w) for w in words if w not in speech.DETERMINERS | {"of", "for", "at"}}


def _same_count(held: str, wanted: str) -> bool:
    """Whether a role the article gives someone may be the ``wanted`` one: a role that counts ("four-times champion")
    is not one with another count ("triple world champion" is someone else; "the congressman" may be the same)."""
    counted = set(re.findall(speech.ROLE_COUNT, wanted.lower()))
    held_counted = set(re.findall(speech.ROLE_COUNT, held.lower()))
    return not counted or not held_counted or held_counted == counted


# A role its owner names, in the possessive: "Marovia's president", "the prime minister's spokesperson".
_OWNED_ROLE = re.compile(r"\w['’]s?\s+\S")


def _role_holders(description: str, role: str, names: _ArticleNames, at: tuple[int, int]) -> set[str]:
    """The people the article gives ``role``: "an Apple spokesman" is the one it calls "Apple
    spokesperson Nick Leahy" or "Leahy, a spokesman for Apple"; failing every word of the
    role, the ones it gives the role's noun ("spokesman"); a role that counts ("the four-times champion") only those
    given the same count. A definite description ("the actor") points back, to someone named before ``at``; an
    indefinite one may be named further down, described in the same words."""
    wanted = _role_words(role)
    head = _role_words(role.split()[-1])
    if not head or not head <= speech.HEAD_NOUNS:
        return set()
    roles = names.roles + names.described
    roles = [(r, n) for r, n in roles if not (_role_words(r) - wanted) & speech.SUBORDINATE_ROLE_WORDS]
    roles = [(r, n) for r, n in roles if _same_count(r, role)]
    if description.split()[0].lower() in speech.INDEFINITE_ARTICLES:
        # "a top aide" who is not named is someone new, unless the article describes someone in the same words:
        # not "a top Obama aide", whom it names (the aide of another), nor "a Republican strategist".
        return {n for r, n in roles if _role_words(r) == wanted}
    holders = {n for r, n in roles if wanted <= _role_words(r)}
    if not holders and not _OWNED_ROLE.search(role):
        # Not a role of someone or something named ("Marovia's president", "the minister's spokesperson"): the
        # same noun of another owner is someone else.
        holders = {n for r, n in roles if head <= _role_words(r)}
    if description.split()[0].lower() == "the":
        holders = {n for n in holders if _first_named(names, n, at) < at}
    return holders


_AGE_ROLE = re.compile(r"(\d{1,3})-year-old")


def _of_age(description: str, role: str, names: _ArticleNames) -> set[str]:
    """The people "the 76-year-old" may be: those the article names in full with that age after a comma ("Ann Lee,
    76,", "Ann Lee, aged 76,"); none for "a 76-year-old", someone new."""
    age = _AGE_ROLE.fullmatch(role)
    if age is None or description.split()[0].lower() != "the":
        return set()
    given = re.compile(rf",\s+(?:aged\s+)?{age.group(1)}\b(?!-|\s*(?:per|%))")
    return {
        full
        for fulls in names.full_names.values()
        for full in fulls
        if any(given.match(names.text, m.end()) for m in re.finditer(rf"\b{re.escape(full)}", names.text))
    }


def _first_named(names: _ArticleNames, name: str, at: tuple[int, int]) -> tuple[int, int]:
    """Where the article first names the person (``at`` if nowhere before): a capitalised run that holds two
    names ("actress Jo Roe and Tom Ray") is first naming only its last, so where the entities stage found them
    counts too."""
    last = name.split()[-1]
    found = [pos for pos, n in names.people if n.split()[-1] == last]
    return min([names.first_named.get(last, at), *found])


def _fullest(name: str, names: _ArticleNames, at: tuple[int, int], gender: str | None = None) -> str:
    """The fullest form of ``name`` the article gives: "Rutte" -> "Mark Rutte"; of two people who share
    the surname, the one of ``gender`` when it is known ("she" after "Fiorina" is Carly, not Frank)."""
    words = [w for w in name.split() if w.lower() not in speech.HONORIFICS]
    if not words:
        return name
    fulls = {f for f in names.full_names.get(words[-1], []) if set(words) <= set(f.split())}
    honorific = next((w.lower() for w in name.split() if w.lower() in speech.GENDER_OF_WORD), None)
    wanted = speech.GENDER_OF_WORD[honorific] if honorific is not None else gender
    if len(fulls) == 1:
        full = fulls.pop()
        if wanted is not None and usual_given_name_gender(full.split()[0]) not in (None, wanted):
            return " ".join(words)  # "Mr. Roe" is not "Susan Roe", though she is the only Roe named in full
        return full
    if fulls:
        # Two people share the surname: the one an honorific points to ("Ms. Trump" is the
        # daughter, not the father), else the one named last before the quote.
        if wanted is not None:
            fitting = {f for f in fulls if _given_name_gender(f.split()[0]) == wanted}
            if len(fitting) == 1:
                return fitting.pop()
        # The story's own person, whom the headline names ("Uma Thurman", not "her father, Robert Thurman").
        headlined = fulls & names.title_names
        if len(headlined) == 1:
            return headlined.pop()
        before = [n for pos, n in names.people if pos <= at and n in fulls]
        if before:
            return before[-1]
    if len(words) == 1 and _INITIALS.fullmatch(words[0]) and not names.full_names.get(words[0]):
        # Initials alone, no one's surname, are the one person the article names in full with them: "T.J." is
        # "T.J. Roe" (not any given name: "Ban" is "Ban Ki-moon"'s surname, "Tom" may be another Tom).
        given = {f for fulls in names.full_names.values() for f in fulls if f.split()[0] == words[0]}
        if len(given) == 1:
            return given.pop()
    return " ".join(words)


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def _near_miss(name: str, known: set[str], names: _ArticleNames) -> str:
    """A name the article gives once, one edit from another speaker's name, is that name (a typo); not when
    the given names differ ("Harry Reid" is not "Ian Read")."""
    words = name.split()
    last = words[-1]
    if names.token_counts.get(last, 0) > 1 or len(last) < 4:
        return name
    close = {
        k
        for k in known
        if Levenshtein.distance(k.split()[-1], last) == 1
        and names.token_counts.get(k.split()[-1], 0) > 1
        and (len(words) == 1 or len(k.split()) == 1 or k.split()[0] == words[0])
    }
    return close.pop() if len(close) == 1 else name


# A platform's user named by a handle, which no given name and surname read: "Weibo user S_AND_YY", "one account
# called @vell_brix" (a handle has a letter, and an underscore, a figure or an at sign).
_USER_HANDLE = re.compile(
    rf"((?:[\w'’.-]+\s+){{0,3}}?(?:{'|'.join(sorted(speech.USER_WORDS))})(?:\s+(?:called|named))?)\s+"
    r"(@[A-Za-z\d_.]+|(?=[\w.]*[A-Za-z])[A-Za-z\d.]*(?:_|\d)[A-Za-z\d_.]*)"
)


def _resolve(speaker: _Speaker, names: _ArticleNames, last_person: str | None) -> _Speaker:
    """Fill name, role and kind from the words of the attribution."""
    text = re.sub(r"\s*\([^)]*\)", "", speaker.text)  # "Rep. Gwen Moore (D-Wis.)"
    lowered = text.lower()
    if lowered in speech.PRONOUNS:
        speaker.kind = "pronoun"
        speaker.name = last_person if speech.PRONOUNS[lowered] == "person" else None
        return speaker
    described = _apposed_body(speaker, names)
    if described is not None:
        speaker.name, speaker.role, speaker.kind = text, described, "group"
        return speaker
    if lowered in _COUNTED_SUBJECTS or _GROUP_SUBJECT.fullmatch(text):
        speaker.kind = "group"  # "Some chanted", "Several said", "Another added": some of a crowd, no one named
        return speaker
    owned = _POSSESSED_TEXT.fullmatch(text)
    author = _text_author(owned.group(1), owned.group(2).split()) if owned is not None else None
    if author is not None:
        # "Roe's statement read": Roe's words (the text the attribution names stays as written)
        written, speaker.text = speaker.text, author
        speaker = _resolve(speaker, names, last_person)
        speaker.text = written
        return speaker
    handle = _USER_HANDLE.fullmatch(text)
    if handle is not None:
        # "Weibo user S_AND_YY wrote": the user is named by the handle, as written
        speaker.name, speaker.role = handle.group(2), _clean_role(handle.group(1))
        return speaker
    name, role = _split_name(re.sub(r"['’]s$", "", text))
    body = next((b for _, _, b in names.bodies if name and b != name and b.endswith(" " + name)
                 and (text == b or text.endswith(" " + b))
                 and not _AFFILIATION_BEFORE.search(text[: len(text) - len(b)])
                 and not any("person" in names.kinds.get(w, set()) for w in b.split())), None)
    if body is not None:
        # "the official Science and Technology Daily": a body's name the article gives whole, which a lower-case
        # word inside it ("and") would cut; the words before it describe the body, no role of a person's (not a
        # person and their body read as one name: "Morgan of the Sierra Club")
        name, role = body, None
    if name and role and _names_someone_else(role.split(), names):
        speaker.kind = "group"  # "Mr. Pavel and the co-author Jo Roe said": two people speak, neither alone
        return speaker
    if name and role and _NAME_BEFORE_LINK.fullmatch(role) and not set(role.lower().split()) & speech.ROLE_WORDS:
        # "Citizens for Fair Votes", "the Government of the Republic of Korea": one organisation's name, not a
        # role of whom the name after "for" or "of" stands for (but "Rev. Ann Wright of the Union of …" is a person)
        if not any(
            "person" in names.kinds.get(w, set()) or _given_name_gender(w) is not None or w.endswith(".")
            for w in role.split()
            if _is_cap(w)
        ):
            name, role = f"{role} {name}", None
    if (
        name == text
        and re.fullmatch(r"[A-Z][a-z]+s", name)
        and _common_opener(name, names.paragraphs)
        and not names.kinds.get(name, set()) & _SPEAKING_KINDS
    ):
        speaker.kind = "group"  # a plural common noun capitalised as the sentence's first word: "Analysts said"
        return speaker
    if name and text.split()[0].lower() != "the" and _is_group_name(_fullest(name, names, speaker.at)):
        # "a New Hampshire Democrat said", "Americans say": no one person's name ("the Arizona
        # Republican" points back to someone named before, and stays as written).
        speaker.kind = "group"
        return speaker
    if name and role and re.search(r"['’]s$", role) and _is_cap(role) and name.split()[-1] in speech.BODY_HEADS:
        speaker.name, speaker.kind = text, "group"  # "Russia's Prosecutor General's Office"
        return speaker
    apposition = speaker.role
    speaker.role = role or (_clean_role(apposition) if apposition else None)
    described = bool(name and role) and len(name.split()) >= 2 and role.split()[-1].lower() not in speech.GLUED_WORDS
    if name and role and role[:1].islower() and not any(w in speech.ROLE_WORDS for w in role.lower().split()):
        # "a source close to Kim": the capitalised word is not the speaker's name; but a full name
        # right after a noun is described by it: "psychologist Nancy Doe".
        # So is a person the entities stage found, after one word saying how they were: "a jubilant Roe said" (not
        # "a source close to Kim", whose words end with whom they are close to).
        moved = (re.fullmatch(rf"(?:[Aa]n?|[Tt]he)\s+[a-z]+\s+{re.escape(name)}", text) is not None
                 and "person" in names.kinds.get(name.split()[-1], set()))
        name = name if described or moved else None
    if name and role and _FOR_SOMEONE.search(role) and not set(role.lower().split()) & speech.SPEAKS_FOR_ROLE_WORDS:
        name = None  # "a lawyer for Smith", "an adviser to Obama", "officials at Acme": whom or where they work for
    if name and role and _SPEAKS_FOR.search(role) and _speaks_for_a_person(name, names):
        # "a spokesman for (candidate) Jo Roe": a spokesman's words are a body's ("a spokesman for Acme"), never a
        # person's own.
        name = None
    if name and re.fullmatch(rf"[Tt]he\s+{re.escape(name)}", text) and _one_of_a_people(name, names):
        # "said the American": someone described by their country, no one named "American"
        speaker.name, speaker.role = _described_person(text, name, names, speaker.at), name
        speaker.kind = "name" if speaker.name else "role"
        return speaker
    if name and re.fullmatch(rf"[Tt]he\s+{re.escape(name)}", text) and name.lower() in speech.STANDALONE_BODY_WORDS:
        speaker.name = name  # "the House", whatever else the article names with "House" ("the White House")
        return speaker
    if name and re.fullmatch(rf"[Tt]he\s+{re.escape(name)}", text) and name.lower() in speech.BODY_WORDS:
        # "the Trust": the capitalised noun of a body stands for the one the article names in full ("Vell Health
        # Services NHS Trust"); of several, for none of them.
        bodies = _bodies_ending(name, names.text)
        if len(bodies) > 1:
            speaker.role, speaker.kind = name, "role"
            return speaker
        name = bodies.pop() if bodies else name
    if not name and role and _INITIALS.fullmatch(role) and _fullest(role, names, speaker.at) != role:
        name = role  # "T.J. said": the one person the article names in full with those initials
    if name:
        speaker.name = _fullest(_titled(name, text) or name, names, speaker.at)  # the honorific tells who
        if _shared_surname(text, speaker.name, names, speaker.at):
            speaker.name, speaker.kind = None, "role"
        return speaker
    new_person = text.split()[0].lower() in speech.NEW_PERSON_DETERMINERS
    if role and new_person and role.split()[-1].lower() in speech.ROLE_NOUNS:
        speaker.kind = "role"  # "One eyewitness said": someone new, not the eyewitness named before
        return speaker
    if role:
        wanted = role.lower()
        # "a longtime adviser" is not the one the article calls "adviser" (see _role_holders)
        indefinite = text.split()[0].lower() in speech.INDEFINITE_ARTICLES
        known = {
            n
            for r, n in names.roles
            if not indefinite
            and (r.endswith(wanted) or wanted.endswith(r) and not _OWNED_ROLE.search(wanted[: len(wanted) - len(r)]))
            and not (_role_words(r) - _role_words(wanted)) & speech.SUBORDINATE_ROLE_WORDS
            and _same_count(r, wanted)
        }
        # "a spokeswoman for (a body)" is someone new, not the spokeswoman of another body the article names
        if not (indefinite and _FOR_SOMEONE.search(wanted)):
            known = known or {n for r, n in names.roles if _role_words(r) == _role_words(wanted)}
        known = known or _role_holders(text, role, names, speaker.at) or _of_age(text, role, names)
        # One holder however often named: "President Obama" and "President Barack Obama".
        known = {_fullest(n, names, speaker.at) for n in known}
        if len(known) == 1:
            speaker.name = known.pop()
        elif known and (holder := _holder_named_before(text, role, known, names, speaker.at)) is not None:
            speaker.name = holder  # "the brother" of two, right after a sentence whose subject is one of them
        elif _names_a_body(text, role):
            speaker.name, speaker.role, speaker.kind = role, None, "group"  # "the Kremlin"
        elif not known and (owner := _body_spoken_for(text, role, names)) is not None:
            speaker.name = owner  # "a Nato spokesman", unnamed: Nato's words, as "a spokesman for Nato" are
        elif not known and (body := _described_body(text, role, names, speaker.at)) is not None:
            speaker.name, speaker.kind = body, "group"  # "the non-profit group": the one body the article names
        elif not known and (person := _described_person(text, role, names, speaker.at)) is not None:
            speaker.name = person
        elif not known and (author := _text_author_before(text, role, names, speaker.at)) is not None:
            speaker.name = author  # "the statement said": whoever the sentence before said it in a statement
        else:
            speaker.kind = "role"
    return speaker


def _one_of_a_people(word: str, names: _ArticleNames) -> bool:
    """Whether ``word`` is a people's adjective or noun that may stand for one of them ("American", "Briton"; not
    "British", which names them all), and no body or person the article names."""
    return (word in gazetteer().demonyms and not word.endswith(speech.COLLECTIVE_DEMONYM_ENDINGS)
            and not names.kinds.get(word, set()) & _SPEAKING_KINDS)


_OWNER = re.compile(r"([A-Z][\w&.-]*)['’]s")  # "Acme's"


def _body_spoken_for(text: str, role: str, names: _ArticleNames) -> str | None:
    """The body an unnamed spokesman's role names between its article and its noun ("a Nato spokesman", "the Acme
    spokeswoman") or before it as its owner ("Acme's spokesperson"), when the article names that body as it is written
    there, or the words are a country's adjective and a body's word ("a German foreign ministry spokesman")."""
    words = role.split()
    owned = _OWNER.fullmatch(text.split()[0])
    if (len(words) < 2 or words[-1].lower() not in speech.SPEAKS_FOR_ROLE_WORDS
            or text.split()[0].lower() not in speech.ARTICLES and owned is None):
        return None
    if owned is not None:
        return owned.group(1) if any(name == owned.group(1) for _, _, name in names.bodies) else None
    owner = " ".join(words[:-1])
    if any(name == owner for _, _, name in names.bodies):
        return owner
    return owner if _country_body(words[:-1]) and _names_a_body(f"the {owner}", owner) else None


def _country_body(words: list[str]) -> bool:
    """Whether the words are a country's adjective, then a body's word after any others: "German foreign ministry"."""
    return len(words) >= 2 and words[-1].lower() in speech.BODY_WORDS and any(
        " ".join(words[:n]) in gazetteer().demonyms for n in (1, 2))


_APPOSED_BODY = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+((?:[a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(speech.APPOSED_BODY_NOUNS))})),\s+$"
)


def _apposed_body(speaker: _Speaker, names: _ArticleNames) -> str | None:
    """The description of a body whose name the speaker's words are, set in apposition after an organisers' or a
    group's noun ("The event organisers, It's Time for Vell, said"): the name stands whole, even in a clause's form."""
    p, at = speaker.at
    words = speaker.text.split()
    if p < 0 or not speaker.text[:1].isupper() or "person" in names.kinds.get(words[-1], set()):
        return None
    paragraph = names.paragraphs[p]
    found = paragraph.find(speaker.text + ",", at)
    before = _APPOSED_BODY.search(paragraph, max(0, found - 60), found) if found >= 0 else None
    if before is None or re.search(r"\b(?:of|for|to|with|from|in|at|by|on)\s+$", paragraph[: before.start()]):
        return None  # "a member of the group, Jo Roe, said": someone of the body
    return before.group(1)


def _shared_surname(text: str, chosen: str, names: _ArticleNames, at: tuple[int, int]) -> bool:
    """Whether the attribution is a bare surname two people of the article share ("Roe said", with a president and
    a vice minister named Roe), neither named in full in the paragraphs just before nor in the headline: nothing
    near tells which of them speaks (the last one named, many paragraphs back, is a guess)."""
    if len(text.split()) != 1:
        return False
    # People by given name, one each ("Donald Trump" and "Donald J. Trump" are one; "Team Trump" is no one).
    shared = {
        full for full in names.full_names.get(text, [])
        if _given_name_gender(full.split()[0]) is not None or not _common_word(full.split()[0], names)
    }
    if len({full.split()[0] for full in shared}) < 2 or shared & names.title_names:
        return False
    def named(full: str, n: str) -> bool:  # "Ann Roe de Fay" names "Ann Roe"
        return n.split()[0] == full.split()[0] and text in n.split()

    if any(pos <= at and at[0] - pos[0] <= SHARED_SURNAME_REACH and named(full, n)
           for pos, n in names.people for full in shared):
        return False
    # Nor when the one it was taken for is the article's person of that name, named in twice as many paragraphs as
    # any other.
    counts = sorted(
        (len({pos[0] for pos, n in names.people if named(full, n) and pos[0] >= 0}), full) for full in shared
    )
    counts = [(count, full) for count, full in counts if count]  # named in the body, not only in the headline
    if len(counts) < 2:
        return False
    return not (counts[-1][1] == chosen and counts[-1][0] >= 2 * counts[-2][0])


# Paragraphs back a person named in full still tells whom a surname they share with another person means.
SHARED_SURNAME_REACH = 10


def _bodies_ending(noun: str, text: str) -> set[str]:
    """The names in ``text`` of two or more capitalised words that end with ``noun`` ("Vell Health Services NHS
    Trust" for "Trust"), without a sentence's first word that opens no name ("The", "But")."""
    bodies = set()
    for run in re.finditer(rf"\b((?:[A-Z][\w&'’.-]*\s+){{1,6}}){re.escape(noun)}\b", text):
        words = run.group(0).split()
        while len(words) > 1 and words[0].lower() in speech.DETERMINERS | speech.SENTENCE_OPENERS:
            words = words[1:]
        if len(words) > 1:
            bodies.add(" ".join(words))
    return bodies


def _described_body(text: str, role: str, names: _ArticleNames, at: tuple[int, int]) -> str | None:
    """The one body named before ``at`` that "the <body noun>" stands for ("the non-profit group", "the space
    agency"): of the kind the noun says, by the last word of its name or by its own description right after it
    ("Acme, a rocket company"); None when no body or several could be meant."""
    words = role.split()
    heads = speech.BODY_DESCRIPTION_NOUNS.get(words[-1]) if words else None
    if (heads is None or text.split()[0].lower() != "the" or len(words) > 3 or not role.islower()
            or set(words) & speech.ROLE_NOUNS):
        return None
    subject = _body_opening_sentence(names, text, at)
    if subject is not None:
        return subject  # "Yahoo was hacked, and the company said": the body its own sentence is about
    bodies = set()
    for (q, start), end, name in names.bodies:
        if (q, start) >= at or any(r == q and a <= start < b for r, a, b in names.quoted):
            continue
        described = re.match(rf",\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(words[-1])}\b",
                             names.paragraphs[q][end:])
        if (name.split()[-1].lower() in heads or described) and not _cut_from_longer(names, q, start, name):
            bodies.add(name)
    # One body however named: "Acme Corporation", then "Acme", or its noun alone capitalised ("the Zoo's staff" after
    # "Cincinnati Zoo"); but "Aerospace Corporation" is not "China Aerospace Corporation".
    distinct = {b for b in bodies if not any(o != b and (o.startswith(b + " ") or b.lower() in heads
                                                         and o.endswith(" " + b)) for o in bodies)}
    if len(distinct) == 1:
        return distinct.pop()
    if len(words) == 1 and text.split()[0] in ("the", "The"):
        subject = _body_of_sentences_before(names, text, at, heads)
        if subject is None and not bodies and role in speech.MAIN_BODY_NOUNS:
            return _main_body(names, heads, at)
        return subject
    return None


# Times the article names the body it is about, at least, and how many times as often as any other that may be meant.
MAIN_BODY_MENTIONS = 3
MAIN_BODY_LEAD = 2


def _main_body(names: _ArticleNames, heads: frozenset[str], at: tuple[int, int]) -> str | None:
    """The body the article is about, whom "the company" at ``at`` stands for when the article names no body by that
    noun and no sentence just before has a body of its kind as subject: of that kind, named in the headline or the
    first paragraph, at least ``MAIN_BODY_MENTIONS`` times and ``MAIN_BODY_LEAD`` times as often as any other body
    that may be meant, and no such other body named since its last mention before ``at`` (a news outlet named since
    is whom it spoke to or who reported it: "told NPR", "a Bloomberg report")."""
    fitting = {name for _, _, name in names.bodies if _kind_fits(name, heads)}
    texts = [(-1, names.title), *enumerate(names.paragraphs)]
    found = {
        name: [(p, m.start()) for p, text in texts for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
        for name in fitting
    }
    ranked = sorted(found, key=lambda name: (-len(found[name]), name))
    if not ranked:
        return None
    main = ranked[0]
    others = {name for name in ranked[1:] if not main.endswith(" " + name)}  # not its own name cut short
    said = found[main]
    if len(said) < MAIN_BODY_MENTIONS or any(len(said) < MAIN_BODY_LEAD * len(found[name]) for name in others):
        return None
    before = [pos for pos in said if pos < at]
    if not before or said[0][0] > 0:
        return None
    last = max(before)
    return None if any(last < pos < at and name in others - outlets.NAMES for pos, _, name in names.bodies) else main


def _cut_from_longer(names: _ArticleNames, p: int, start: int, name: str) -> bool:
    """Whether the body's name at ``start`` of paragraph ``p`` is the end of a longer body's name the text writes
    there whole ("Nippon Airways" read out of "All Nippon Airways"): the tagger's cut, no other body."""
    before = names.paragraphs[p][:start]
    return any(
        other.endswith(" " + name) and before.endswith(other[: -len(name)]) for _, _, other in names.bodies
    )


def _kind_fits(name: str, heads: frozenset[str]) -> bool:
    """Whether a body's name may be of the kind ``heads`` stands for: its last word is one of them, or says no kind
    at all ("Equifax", "United" may be a company or an airline; "the Justice Department" is no company)."""
    last = name.split()[-1].lower()
    if last in heads:
        return True
    said = speech.BODY_WORDS.union(*speech.BODY_DESCRIPTION_NOUNS.values()) | speech.NOT_A_SPEAKER_WORDS
    return last not in said


def _body_of_sentences_before(
    names: _ArticleNames, role: str, at: tuple[int, int], heads: frozenset[str]
) -> str | None:
    """The body "the company" stands for when the article names several of its kind: the body that is the subject
    of the nearest sentence before with a named subject (``_named_subject_before``: "Umbro said on Thursday it had
    signed … The firm said"); None when that subject is a person or a body of another kind."""
    subject = _named_subject_before(names, role, at)
    if subject is None or not subject[1]:
        return None
    return subject[0] if _kind_fits(subject[0], heads) else None


def _named_subject_before(names: _ArticleNames, role: str, at: tuple[int, int]) -> tuple[str, bool] | None:
    """The name that is the subject of the nearest sentence before the one of the ``role`` written from ``at``, in
    its paragraph or the one before it, that names someone (and whether the name is a body's); None when that
    sentence's subject is no name, or a noun phrase the name only opens or owns ("LAX police would not comment",
    "Acme's chief said"), or none of the ``SUBJECT_SENTENCES_BACK`` sentences before names anyone."""
    found = _named_subject_sentence(names, role, at)
    return found[:2] if found is not None else None


def _sentences_before(names: _ArticleNames, role: str, at: tuple[int, int]) -> Iterator[tuple[int, int, int]]:
    """(paragraph, start, end) of the sentences before the one where ``role`` stands at ``at``, nearest first: in
    its paragraph, then in the one before, ``SUBJECT_SENTENCES_BACK`` at most. A sentence opening on "the <role>"
    again ("The brother told CBS News …") is the same one, named further back: counted, not given."""
    p, offset = at
    where = names.paragraphs[p].find(role, offset)
    if where < 0:
        return
    end, looked = _sentence_begin(names.paragraphs[p], where), 0
    same_role = re.compile(rf"[\s\"”’']*[Tt]he\s+{re.escape(role)}\b")
    for q in (p, p - 1):
        if q < 0:
            return
        text = names.paragraphs[q]
        end = end if q == p else len(text)
        while end > 0 and looked < SUBJECT_SENTENCES_BACK:
            begin, looked = _sentence_begin(text, end - 1), looked + 1
            if not same_role.match(text, begin, end):
                yield q, begin, end
            end = begin


def _named_in_sentence(names: _ArticleNames, q: int, begin: int, end: int) -> list[tuple[int, str, bool]]:
    """(start, name, whether a body) of the people and bodies named in paragraph ``q`` between ``begin`` and ``end``,
    in order, but for those inside quotation marks."""
    named = sorted(
        [(start, name, True) for (r, start), _, name in names.bodies if r == q and begin <= start < end]
        + [(start, name, False) for (r, start), name in names.people if r == q and begin <= start < end]
    )
    return [n for n in named if not any(r == q and a <= n[0] < b for r, a, b in names.quoted)]


def _named_subject_sentence(names: _ArticleNames, role: str, at: tuple[int, int]) -> tuple[str, bool, str] | None:
    """``_named_subject_before``, with the sentence it is the subject of."""
    for q, begin, end in _sentences_before(names, role, at):
        named = _named_in_sentence(names, q, begin, end)
        if named:
            # The sentence names someone: its subject, or a subject the name is no part of ("British team member
            # Jo Roe said"), which ends the search.
            text = names.paragraphs[q]
            start, name, body = named[0]
            verb = _SUBJECT_VERB.match(text, start + len(name))
            fits = verb is not None and (verb.group(1) is None or _predicate_word(verb.group(1)))
            return (name, body, text[begin:end]) if fits and _SUBJECT_OPENING.fullmatch(text[begin:start]) else None
    return None


def _described_person(text: str, role: str, names: _ArticleNames, at: tuple[int, int]) -> str | None:
    """The person "the singer", "the gun control advocate" or "the American" stands for, a description of someone the
    article gives no one as a role: the person who is the subject of the nearest sentence before with a named subject
    ("Jo Roe boarded late. … The singer tweeted"), or whom that sentence describes so ("another brother, Jo Roe, said");
    None for a plural, an office ("the minister", held by whoever the article says) or a description of a body."""
    words = role.split()
    kin = words[-1].lower() in speech.KIN_NOUNS
    if (text.split()[0].lower() != "the"
            or not (kin or words[-1].lower() in speech.PERSON_NOUNS or _one_of_a_people(words[-1], names))
            or words[-1].lower() in speech.ROLE_WORDS):
        return None
    if _someone_before_in_sentence(names, text, at) and not _reports_after_comma(names, text, at):
        # "He recalled the pilot telling them": the pilot is someone the subject tells of (not "Roe was calm, the
        # brother said", where the brother tells it)
        return None
    subject = _named_subject_before(names, role, at)
    if subject is None:
        return _apposed_before(names, role, words[-1].lower(), at)
    if subject[1]:
        return None
    person = _fullest(subject[0], names, at)
    # "the brother" is someone's kin: only a person the article calls so ("his brother, Eric Roe"), not any subject.
    return person if not kin or _kin_apposed(person, words[-1].lower(), names.text) else None


# A name that a preposition puts in another's phrase, no sentence's subject: "every former secretary of the Department".
_OBJECT_OF = re.compile(r"\b(?:of|for|at|from|by|to|on)\s+(?:the\s+)?$", re.IGNORECASE)
# A sentence opening on the description of a body that stands for the one the article is about: "The company".
_DESCRIBED_BODY = re.compile(rf"\W*([Tt]he\s+({'|'.join(sorted(speech.MAIN_BODY_NOUNS))}))\b")
# A reporting verb after a name, an aside and an adverb allowed: "<name>, its chief, later said".
_REPORTS_AFTER_NAME = re.compile(
    rf"(?:\s*,[^,.;:]*,)?\s+(?:[a-z]+ly\s+)?(?:{'|'.join(sorted(speech.REPORTING_VERBS))})\b"
)


@functools.cache
def _text_author_patterns(role: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """``_text_author_before``'s patterns of a text noun ("statement"): a sentence that speaks of such a text, "In a
    statement, <title>" before a name, and "<name> said in a statement" or "<name> released a statement" after it.
    Made once per noun: the last holds the 2,000 reporting verbs, slow to compile, and ``re``'s own cache of 512
    patterns lets it go between two articles that need it."""
    put_out = rf"(?:an?|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(role)}\b"
    spoken_of = re.compile(rf"\b{put_out}", re.IGNORECASE)
    opening = re.compile(rf"\W*(?i:in|with)\s+{put_out}[^,.;:]{{0,60}}?,?\s+(?:[\w'’.-]+\s+){{0,3}}")
    after = re.compile(
        rf"(?:\s*,[^,.;:]*,)?\s+(?:[a-z]+ly\s+)?(?:(?:{'|'.join(sorted(speech.REPORTING_VERBS))})\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:in|with)|{'|'.join(sorted(speech.AUTHORING_VERBS))})\s+{put_out}"
    )
    return spoken_of, opening, after


def _text_author_before(text: str, role: str, names: _ArticleNames, at: tuple[int, int]) -> str | None:
    """Who put out the text "the statement" stands for: the one name that puts out such a text in the nearest sentence
    before that speaks of one ("In a statement, Acme spokeswoman Jo Roe said", "Roe said in an emailed statement",
    "Roe released a statement"; not "The Times said Roe provided a statement"); None when no sentence within
    ``SUBJECT_SENTENCES_BACK`` speaks of one, or its sentence has no such name or several."""
    if role not in speech.AUTHORED_TEXT_NOUNS or text.split()[0] not in ("the", "The"):
        return None
    spoken_of, opening, after = _text_author_patterns(role)
    for q, begin, end in _sentences_before(names, role, at):
        paragraph = names.paragraphs[q]
        if not spoken_of.search(_IN_MARKS.sub(lambda m: " " * len(m.group(0)), paragraph[begin:end])):
            continue  # a sentence that speaks of no such text
        authors = {
            name for start, name, _ in _named_in_sentence(names, q, begin, end)
            if not _OBJECT_OF.search(paragraph, begin, start)
            and (after.match(paragraph, start + len(name)) is not None
                 or opening.fullmatch(paragraph, begin, start) is not None
                 and _REPORTS_AFTER_NAME.match(paragraph, start + len(name)) is not None)
        }
        described = _DESCRIBED_BODY.match(paragraph, begin)
        if not authors and described is not None and after.match(paragraph, described.end()) is not None:
            # "The company, which …, said in a statement": the body "the company" stands for
            return _described_body(described.group(1), described.group(2), names, (q, begin))
        return _fullest(authors.pop(), names, at) if len(authors) == 1 else None
    return None


_COMMA_BEFORE = re.compile(r",\s+$")


def _reports_after_comma(names: _ArticleNames, text: str, at: tuple[int, int]) -> bool:
    """Whether the words ``text`` written from ``at`` come after a comma and before a reporting verb that ends the
    sentence: its closing reporter ("…, the brother said."), no one its subject tells of (not "When Roe won, the
    Australian said: …", the subject of a sentence a clause opens)."""
    p, offset = at
    paragraph = names.paragraphs[p]
    where = paragraph.find(text, offset)
    verb = _REPORTS_AFTER.match(paragraph, where + len(text)) if where >= 0 else None
    return (verb is not None and _COMMA_BEFORE.search(paragraph, max(0, where - 3), where) is not None
            and _SENTENCE_ENDS.match(paragraph, verb.end()) is not None)


_SENTENCE_ENDS = re.compile(r"\s*(?:[.!?]|$)")


def _apposed_before(names: _ArticleNames, role: str, noun: str, at: tuple[int, int]) -> str | None:
    """The one person the nearest sentence before that names anyone sets ``noun`` beside ("They moved often, another
    brother, Jo Roe, said. … the brother said"), whatever its subject: "the brother" points back to "another brother";
    None when that sentence sets the noun beside no one or beside two."""
    for q, begin, end in _sentences_before(names, role, at):
        named = _named_in_sentence(names, q, begin, end)
        if named:
            sentence = names.paragraphs[q][begin:end]
            apposed = {_fullest(name, names, at) for _, name, body in named
                       if not body and _kin_apposed(name, noun, sentence)}
            return apposed.pop() if len(apposed) == 1 else None
    return None


def _kin_apposed(person: str, kin: str, text: str) -> bool:
    """Whether ``text`` sets ``kin`` beside ``person``'s name: "his brother, Eric Roe", "Eric Roe, his brother"."""
    name = re.escape(person)
    return re.search(rf"\b{kin},\s+{name}\b|\b{name},\s+(?:\w+\s+){{0,2}}{kin}\b", text) is not None


def _holder_named_before(
    text: str, role: str, holders: set[str], names: _ArticleNames, at: tuple[int, int]
) -> str | None:
    """Which of the people the article gives ``role`` "the brother" stands for: the one who is the subject of the
    nearest sentence before with a named subject ("Eric Roe said … The brother told CBS News … "…," the brother
    said"); None when that subject holds no such role, when its sentence names another holder too, or for "a
    brother", someone new."""
    if text.split()[0].lower() != "the":
        return None
    subject = _named_subject_sentence(names, role, at)
    if subject is None or subject[1]:
        return None
    person = _fullest(subject[0], names, at)
    # "Tom Vell, chairman of …, and Jo Lane, chairman of …, met": a sentence about two holders tells neither.
    others = {n.split()[-1] for n in holders if n != person}
    return person if person in holders and not others & set(re.findall(r"[\w’'-]+", subject[2])) else None


def _someone_before_in_sentence(names: _ArticleNames, text: str, at: tuple[int, int]) -> bool:
    """Whether the sentence of the words ``text`` written from ``at`` has a person or a personal pronoun before
    them, outside quotes."""
    p, offset = at
    paragraph = names.paragraphs[p]
    where = paragraph.find(text, offset)
    if where < 0:
        return False
    begin = _sentence_begin(paragraph, where)
    before = list(paragraph[begin:where])
    for q, a, b in names.quoted:
        if q == p:
            before[max(0, a - begin) : max(0, b - begin)] = " " * len(before[max(0, a - begin) : max(0, b - begin)])
    words = "".join(before).lower().split()
    return (any(w.strip(",;:") in _PERSON_PRONOUNS for w in words)
            or any(q == p and begin <= start < where and not before[start - begin].isspace()
                   for (q, start), _ in names.people))


_PERSON_PRONOUNS = frozenset(w for w, kind in speech.PRONOUNS.items() if kind in ("person", "self", "group"))


# Sentences back the body that "the company" stands for is looked for as their subject.
SUBJECT_SENTENCES_BACK = 3
# Before a name that is its sentence's subject: nothing but "The" and an opening phrase of time or place set off by a
# comma ("In a statement on Monday, United did not apologize"; not "Flight 175 was carrying 226 passengers, CNN
# reported", "Through the Acme website, users").
_SUBJECT_OPENING = re.compile(
    rf"\W*(?:(?:{'|'.join(sorted(speech.INTRODUCERS | speech.TIME_WORDS))}|[a-z]+ly)\b[^,.;:]{{0,60}},\s*)?(?:The\s+)?",
    re.IGNORECASE,
)
# After a subject's name: its verb, maybe after an adverb, or an apposition's comma ("Umbro, which …, said").
_SUBJECT_VERB = re.compile(r"\s*,|\s+(?:[a-z]+ly\s+|also\s+|not\s+)?([a-z]+)\b")


def _predicate_word(word: str) -> bool:
    """Whether the word after a subject's name opens its predicate: an auxiliary, "has", a reporting verb or a
    verb in -ed; not a noun the name only modifies ("LAX police")."""
    return word in speech.AUXILIARIES | {"has", "had", "have"} or word in speech.REPORTING_VERBS or word.endswith("ed")


def _body_opening_sentence(names: _ArticleNames, role: str, at: tuple[int, int]) -> str | None:
    """The body whose name is the subject opening the sentence of the ``role`` written from ``at``, when it is the only
    body named there before the role: whom a "the company" later in that sentence stands for."""
    p, offset = at
    where = names.paragraphs[p].find(role, offset)
    if where < 0:
        return None
    text = names.paragraphs[p][:where]
    begin = _sentence_begin(text, len(text) - 1)
    bodies = sorted((start, name) for (q, start), _, name in names.bodies if q == p and begin <= start < where)
    people = [start for (q, start), _ in names.people if q == p and begin <= start < where]
    if len({name for _, name in bodies}) != 1 or people:
        return None
    start, name = bodies[0]
    # Not a name after a preposition, which opens a phrase before the subject: "On Twitter, the council said".
    before = text[begin:start].split()[-1:]
    after_preposition = bool(before) and before[0].lower() in speech.PREPOSITIONS | speech.INTRODUCERS
    return name if _subject_of_its_sentence(text, begin, start) and not after_preposition else None


# After a body's name, up to its reporting verb: an apposition set off by commas, an adverb ("Acme, a non-profit
# group, said", "Acme also said").
_BODY_REPORTS = re.compile(r"(?:\s*,[^.;:,]{1,80},)?\s+(?:[a-z]+ly\s+|also\s+)?([a-z]+)\b")


_IT_OPENS = re.compile(r"\W*It\s")
_CLOSING_MARKS = "\"”’'"
# What the body is, before its name opening the sentence: "The animal advocacy group ".
_BODY_DESCRIBED_BEFORE = re.compile(
    rf"\W*(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){{0,3}}(?:{'|'.join(sorted(speech.BODY_DESCRIPTION_NOUNS))})\s+"
)


# A sentence opening on a body's description as the subject of a verb: "The firm said", "The company, which …, said".
_DESCRIBED_BODY_REPORTS = re.compile(_DESCRIBED_BODY.pattern + _BODY_REPORTS.pattern)


def _reporting_body(names: _ArticleNames, opened_at: tuple[int, int]) -> str | None:
    """Whom "it" stands for in '"…," it said' or 'what it called "…"': the body that opens the sentence the quote
    opens in, or else the sentence right before the quote (or before the sentence opening on "It" that holds the
    quote), as the subject of a reporting verb ('Acme, a non-profit group, said the craft would burn up.'); None when
    that sentence reports no body's words, or names a person before it."""
    p, at = opened_at
    before = names.paragraphs[p][:at]
    if not before.strip():
        if p == 0:
            return None
        p, before = p - 1, names.paragraphs[p - 1]
    text = before.rstrip()
    # The stop closing the text closes its last sentence, maybe inside a closing mark: '… "out of respect."'
    begin = _sentence_begin(text, len(text.rstrip(_CLOSING_MARKS)) - 1)
    # A platform is where the body posted, never who: "Acme said …. It said on Twitter that …" is Acme's.
    def bodies_from(begin: int) -> list[tuple[int, int, str]]:
        return sorted((start, end, name) for (q, start), end, name in names.bodies
                      if q == p and start >= begin and name not in SOCIAL_PLATFORMS)

    bodies = bodies_from(begin)
    if not bodies and _IT_OPENS.match(text, begin) and (begin or p > 0):
        if begin:
            begin = _sentence_begin(text, len(text[:begin].rstrip()) - 1)
        else:  # 'It added: “…”' opening its paragraph: the last sentence of the paragraph before
            p, text = p - 1, names.paragraphs[p - 1].rstrip()
            begin = _sentence_begin(text, len(text.rstrip(_CLOSING_MARKS)) - 1)
        bodies = bodies_from(begin)
    people = [start for (q, start), _ in names.people if q == p and start >= begin]
    described = _DESCRIBED_BODY_REPORTS.match(text, begin)
    if not bodies and not people and described is not None and described.group(3) in speech.REPORTING_VERBS:
        # "The firm said yesterday that … It added:": the body "the firm" stands for
        return _described_body(described.group(1), described.group(2), names, (p, begin))
    if not bodies or any(start < bodies[0][0] for start in people):
        return None
    start, end, name = bodies[0]
    verb = _BODY_REPORTS.match(text, end)
    if verb is None or verb.group(1) not in speech.REPORTING_VERBS:
        return None
    if not (_subject_of_its_sentence(text, begin, start) or _BODY_DESCRIBED_BEFORE.fullmatch(text, begin, start)):
        return None
    return name


INTRODUCED_PARAGRAPHS_BACK = 1  # paragraphs before its own in which "the spokesperson" was "a spokesperson for …"


def _introduced_before(speakers: list[_Speaker], speaker: _Speaker) -> str | None:
    """Whom "the spokesperson" stands for: the nearest speaker before, in its paragraph or the one before, brought in
    as "a spokesperson for the US State Department" (the same noun after "a"), when the rules named them."""
    words = speaker.text.split()
    if len(words) != 2 or words[0].lower() != "the":
        return None
    for earlier in reversed(speakers):
        if earlier.at >= speaker.at or speaker.at[0] - earlier.at[0] > INTRODUCED_PARAGRAPHS_BACK:
            continue
        introduced = earlier.text.split()
        if len(introduced) >= 2 and introduced[0].lower() in speech.INDEFINITE_ARTICLES and (
                introduced[1].lower() == words[1].lower()):
            return earlier.name
    return None


def _body_going_on(speakers: list[_Speaker], speaker: _Speaker, cue: str | None, names: _ArticleNames) -> str | None:
    """Whom "a spokesman added" speaks for: the body that is the speaker just before, in its paragraph or the one
    before ('British Transport Police confirmed "…". A spokesman added: "…"'), when no one is named between: adding
    goes on with what was said, and a spokesman speaks for a body (after a person, for no one the article names)."""
    words = speaker.text.lower().split()
    if ((cue or "").lower() not in speech.GOING_ON_VERBS or len(words) != 2
            or words[0] not in speech.INDEFINITE_ARTICLES or words[1] not in speech.SPEAKS_FOR_ROLE_WORDS):
        return None
    previous = next((s for s in reversed(speakers) if s.at < speaker.at), None)
    if previous is None or not previous.name or speaker.at[0] - previous.at[0] > INTRODUCED_PARAGRAPHS_BACK:
        return None
    if any(previous.at < pos < speaker.at for pos, _ in names.people):
        return None
    body = any(name == previous.name for _, _, name in names.bodies)
    return previous.name if body and not names.kinds.get(previous.name.split()[-1], set()) & {"person"} else None


def _plural_body_before(speakers: list[_Speaker], names: _ArticleNames, at: tuple[int, int]) -> str | None:
    """Whom "they" stands for in '"…," they said': the last speaker before it, when that is a body named after a plural
    noun ("The event organisers, It's Time for Vell, said") or "they" read so, and no one and no other body is named
    between the two (a platform is where they posted, no one who speaks: "said on Facebook")."""
    previous = next((s for s in reversed(speakers) if s.at < at), None)
    if previous is None or not previous.name:
        return None
    plural_body = previous.kind == "group" and (previous.role or "").endswith("s")
    if not plural_body and not (previous.kind == "pronoun" and previous.text.lower() == "they"):
        return None
    if any(previous.at < pos < at for pos, _ in names.people):
        return None
    if any(previous.at < pos < at and name != previous.name and name not in SOCIAL_PLATFORMS
           for pos, _, name in names.bodies):
        return None
    return previous.name


# What follows the subject of a reporting verb: "Jo Roe said", "…, Jo Roe, also said", "Jo Roe, a director, said".
_SUBJECT_REPORTS = re.compile(r",?" + _BODY_REPORTS.pattern)


# "Wright of the Union of …": the body after "of" is whom the one named before speaks for, not the speaker
_AFFILIATION_BEFORE = re.compile(r"\bof(?: the)?\s*$", re.IGNORECASE)


def _reporting_person(mention: Mention, paragraph: str) -> bool:
    """Whether a name the entities stage did not take for a person is one here: a given name and a surname (two or
    three capitalised words, no body's), the subject of a reporting verb ("The new head of the bank, Ana Ruiz, also
    said …"): "he" or "she" may be them."""
    words = mention.text.split()
    verb = _SUBJECT_REPORTS.match(paragraph, mention.end)
    # A word in capitals ("TV", "CNN") names a body's channel or brand, no person ("France TV Info reported")
    initials = any(len(w) > 1 and w.isupper() and w.lower() not in speech.NAME_SUFFIXES for w in words)
    return (len(words) in (2, 3) and all(_is_cap(w) for w in words) and not initials and not _is_body(mention.text)
            and _given_name_gender(words[0]) is not None and verb is not None
            and verb.group(1) in speech.REPORTING_VERBS)


def _names_a_body(text: str, role: str) -> bool:
    """Whether a subject that names no one names a body: a capitalised phrase with no role noun after an
    article ("the Kremlin"; not a description in lower case after a capitalised word, "a Democratic staffer in the
    room"), or without one when the words themselves say it is a body: a common noun of a body after a name ("Vell
    police", as "the Vell police") or an acronym alone ("KCNA", as "the KCNA"; not initials: "T.J. said" is someone's
    given name)."""
    words = role.split()
    # A body's word that ends a name in capitals is no role's ("the Associated Press"; not "the press secretary").
    named_body = words[-1][:1].isupper() and words[-1].lower() in speech.BODY_WORDS
    # Between a country's adjective and a body's word, what a body deals with qualifies the body, not a role: "the
    # German foreign ministry".
    qualifiers = speech.BODY_NAME_QUALIFIERS if _country_body(words) else frozenset()
    role_nouns = speech.ROLE_NOUNS - qualifiers
    if not _is_cap(role) or any(w.lower() in role_nouns for w in words[: -1 if named_body else None]):
        return False
    if words[-1] in speech.BODY_WORDS:
        return True
    if text.split()[0].lower() in ("the", "a", "an"):
        return all(_is_cap(w) or w in speech.TITLE_MINOR_WORDS for w in words)
    return all(w.isupper() and w.isalpha() and len(w) > 1 for w in words)


_SPEAKING_KINDS = frozenset({"person", "organization"})
# Capitalised words, maybe joined by "of", "for", "and" or "the", that end with "of" or "for": the start of a name
# that runs on ("Citizens for", "Government of the Republic of"), unless a role word heads it ("Spokesman for").
_NAME_BEFORE_LINK = re.compile(r"(?:[A-Z][\w&.-]*\s+(?:(?:of|for|and|the)\s+)*)+?(?:of|for)(?:\s+the)?")
# A quantifier or determiner standing alone as a subject: some of a group the sentence counts.
_COUNTED_SUBJECTS = speech.QUANTIFIERS | speech.DETERMINERS | frozenset({"others"})
# A role that ends with whom it serves or where: "lawyer for", "adviser to", "friend of", "a partner at".
_FOR_SOMEONE = re.compile(r"\b(?:for|to|of|at)(?:\s+(?:the|Sen\.|Rep\.|Gov\.|President))?$")


_PARTY_STATE_FIRST = re.compile(rf"^\(?{speech.PARTY_STATE_LABEL}\)?(?:,\s*|$)")
# A participle, then a word that opens a clause or an object: "asked if he supported …", "speaking to reporters".
_CLAUSE_OPENING = re.compile(
    rf"(?:[a-z]{{2,}}(?:ed|ing)|{'|'.join(sorted(speech.IRREGULAR_PARTICIPLES))})\s+"
    rf"(?:{'|'.join(sorted(speech.CLAUSE_AFTER_PARTICIPLE))})\b"
)


_HOME_PLACE = re.compile(r"of\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)")


def _clean_role(apposition: str) -> str | None:
    """The role an apposition gives, without its article, relative clause, an age or a lawmaker's party and state
    first ("Roe, D-N.Y., the ranking member"); none for an age alone ("Roe, 33, said") or a relative clause alone
    ("Roe, who is 33, said")."""
    role = re.split(r"(?:^|\s+)(?:who|which|that|whose)\s+", apposition.strip(" ,"))[0]
    role = _PARTY_STATE_FIRST.sub("", role.strip(" ,"))
    role = re.sub(r"^(?:aged\s+)?\d{1,3},\s*", "", role)  # an age first: "Roe, 46, a farmer, said"
    role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(" ,"), flags=re.IGNORECASE)
    if _CLAUSE_OPENING.match(role):
        return None  # "Roe, asked if he backed the bill, said": a clause about the speaker, no role
    home = _HOME_PLACE.fullmatch(role)
    if home and home.group(1) in _regions():
        return None  # "Mr. Roe, of California, said": the state or country the speaker is from, no role
    return None if not role or role.isdigit() else role


# A paragraph wholly in brackets, an aside the story goes on past: "(Tarantino aficionados spy an echo … Rose McGowan,
# die …)". Whom it names is no one a "she" after it speaks of.
_ASIDE_PARAGRAPH = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)[.\s]*")


def _last_person(
    names: _ArticleNames, speakers: list[_Speaker], at: tuple[int, int], pronoun: str | None = None
) -> str | None:
    """Who "he" or "she" at ``at`` most likely is: the person most recently named before it,
    outside any quote and any aside paragraph in brackets, skipping names that cannot speak and
    people the article shows to be of the other gender; of several people in that sentence, the
    one it opens with (its subject: "Sen. Bo Sand met Ann Lee. … he told reporters" is Sand)."""
    candidates = [
        (pos, n)
        for pos, n in names.people
        if pos < at
        and not _after_own_pronoun(names, pos, pronoun)
        and not (pos[0] >= 0 and _NAME_LINE.fullmatch(names.paragraphs[pos[0]]))
        and not (pos[0] >= 0 and pos[0] < at[0] and _ASIDE_PARAGRAPH.fullmatch(names.paragraphs[pos[0]]))
    ]
    # A pronoun already read as someone ("He said Obama …") keeps that person the sentence's subject.
    # (also one read where this sentence began: '“…,” said Ann Lee, a director, though she stressed “…”')
    candidates += [(s.at, s.name) for s in speakers if s.name and s.kind in ("name", "pronoun") and s.at <= at]
    candidates = [
        (pos, n)
        for pos, n in candidates
        if _speaks_here(n, names)
        and not _is_body(n)
        and not (pos[0] < 0 and not _named_in_text(n, names))
        and not _in_participle_after_report(names, pos)
        and not any(q == pos[0] and a <= pos[1] < b for q, a, b in names.quoted)
    ]
    wanted = speech.PRONOUN_GENDER.get(pronoun or "")
    subject = _described_subject_before(names, at, pronoun) if wanted else None
    if subject is not None:
        # "The president stepped in Friday. The next day, he clarified": "he" is the one the sentence before is
        # about, whom its description names (the president the article names) or no one (not the last name read)
        held = subject.name if subject.kind == "name" and subject.name and not _is_body(subject.name) else None
        if held is None:
            return None
        if _gender(held, names) in (None, wanted):
            return held
    described = {s.name for s in speakers if s.role}  # "Lapp, executive director of …, said": a person
    fitting = sorted(
        (
            (pos, n)
            for pos, n in candidates
            if wanted is None
            or (
                _gender(_antecedent_name(n, names, at), names) in (None, wanted)
                and (n in described or not _only_organisation(n, names))
            )
        ),
        reverse=True,
    )
    reporter = _reporter_of_unsure_gender(names, candidates, at)
    if reporter is not None and (not fitting or fitting[0][0] < max(candidates)[0]):
        return reporter
    if not fitting:
        return None  # nobody of that gender named before: better unknown than the wrong person
    (p, latest), _ = fitting[0]
    if _unnamed_reporter_since(names.paragraphs, (p, latest), at):
        return None  # "A spokesman said … He stressed:": "he" is the spokesman, whom the article does not name
    if _gives_the_quotes_after(names, (p, latest), at):
        return _antecedent_name(fitting[0][1], names, at)
    sentence = (at[0], _head(names.paragraphs[at[0]], at[1], 0)[1]) if at[0] >= 0 else at
    if any(
        s.name is None and s.kind == "role" and s.text.split()[0].lower() in speech.OTHER_PERSON_DETERMINERS
        and s.text.split()[-1].lower() in speech.ROLE_NOUNS | speech.PLAIN_PERSON_NOUNS
        and (p, latest) < s.at < sentence and s.at[0] == at[0]
        for s in speakers
    ):
        # 'His old friend once called it “vile.” “…,” he said': "he" is the one quoted in a sentence before, unnamed
        return None
    if p >= 0:
        text = names.paragraphs[p]
        _, begin = _head(text, latest, 0)
        worn = _WORN_OR_HELD.search(text, begin, latest)
        if worn is not None:
            # "Kevin O'Brien, a lawyer wearing a Bruce Sutter jersey. “…,” he said": the name is on what is worn, "he"
            # the one wearing it when the sentence names them right before; else no one for sure
            wearer = _wearer(fitting, p, text, begin, worn.start())
            return _antecedent_name(wearer, names, at) if wearer else None
        ending = re.search(r"[.!?][\"”’']?(?:\s|$)", text[latest:])
        sentence_rest = text[latest : latest + ending.start()] if ending else text[latest:]
        reporter = _UNNAMED_REPORTER.search(sentence_rest) or _UNNAMED_REPORTER_AFTER_NAME.match(sentence_rest)
        if reporter is not None:
            # "Paddock's behavior was calm, the brother said.", "In an interview with Deadline, the director
            # said …": "he" is more likely the one reporting, whom the sentence does not name but may describe
            # as someone named before ("another brother, Jo Roe, said")
            return _unnamed_reporter_named(names, reporter.group("reporter"), (p, latest + reporter.start("reporter")),
                                           wanted)
        if _subject_of_unsure_gender(names, candidates, fitting, p, (begin, latest)):
            return None
        if _reports(text, begin, latest, fitting[0][1]):
            return _antecedent_name(fitting[0][1], names, at)
        if _reporter_before(names, fitting, p, (begin, latest + len(sentence_rest))):
            return None
        same = sorted((pos, n) for pos, n in fitting if pos[0] == p and begin <= pos[1] <= latest)
        first_at, first = same[0]
        if _subject_of_its_sentence(text, begin, first_at[1]):
            if at[0] > p and _other_subject_before(names, fitting, (p, begin), _antecedent_name(first, names, at)):
                return None  # "Jo Roe won. Lee Park finished second. “…,” he said": either man may have said it
            return _antecedent_name(first, names, at)
        if any(not _GLUED_WORD_BEFORE.search(text[begin : d.start()])
               for d in _PERSON_DESCRIPTION.finditer(text, begin, latest)):
            # The name is no subject, and a description of a person comes before it: "Incredibly, the teenager
            # stayed ahead of Roe", "The win meant the champion must beat Roe": "he" is more likely the one described
            return None
        if _outside_subject(text, latest, fitting[0][1]) or (
            _titled_object(text, latest) and any(n != fitting[0][1] for _, n in same)
        ):
            # No person is the sentence's subject and the last one named is an object, a possessive or after a
            # preposition ("Reports said his car would be blaring Jo Roe"): "he" continues someone named before it.
            # (After a title, only when someone else "he" may be is named before it in the sentence: "Just look at
            # Speaker Jo Roe. He said" is Roe.)
            return _last_person(names, speakers, (p, begin), pronoun)
        if _NAMES_JOINED_BEFORE.search(text, max(0, latest - 120), latest):
            return None  # the last of people named together ("A, B and C were in the audience"): none of them alone
    return _antecedent_name(fitting[0][1], names, at)


# A phrase of what someone wears or holds, a name at its end before the thing's noun: "wearing a vintage Bruce
# Sutter", "holding an Al Poe"; not whom they do something with ("holding a meeting with Al Poe").
_WORN_OR_HELD = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.WORN_OR_HELD_PARTICIPLES))})\s+(?:an?|the|his|her|their)\s+"
    rf"(?:(?!(?:{'|'.join(sorted(speech.OBJECT_MARKERS))})\s)[a-z][\w'’-]*\s+){{0,3}}$"
)
# Between a person's name and the phrase of what they wear: "Jo Roe wearing", "Jo Roe, a Chicago lawyer wearing".
_BEFORE_WEARING = re.compile(r",?\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?)?")


def _wearer(fitting: list[tuple[tuple[int, int], str]], p: int, text: str, begin: int, worn: int) -> str | None:
    """The person of ``fitting`` who wears or holds what the phrase at ``worn`` in paragraph ``p``'s sentence from
    ``begin`` tells of: the one named right before it ("Jo Roe, a lawyer wearing …"), or else the sentence's subject
    ("Jo Roe stood by the gate wearing …"); None when neither is named."""
    before = sorted((pos[1], n) for pos, n in fitting if pos[0] == p and begin <= pos[1] < worn)
    if not before:
        return None
    start, name = before[-1]
    if _BEFORE_WEARING.fullmatch(text, start + len(name), worn):
        return name
    start, name = before[0]
    return name if _subject_of_its_sentence(text, begin, start) else None


# Words someone gave, and "from" before their name (and title): "prompting a furious response from President ".
_WORDS_FROM = re.compile(
    rf"\b(?:an?|the|his|her|their)\s+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(sorted(speech.WORDS_FROM_NOUNS))})s?\s+from\s+"
    r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$"
)
_QUOTE_OPENERS = tuple(mark for mark, direction in _DOUBLE_MARKS.items() if direction != CLOSING) + tuple(_SINGLE_MARKS)


def _gives_the_quotes_after(names: _ArticleNames, named: tuple[int, int], at: tuple[int, int]) -> bool:
    """Whether the paragraph's last sentence ends on words it says came from the person named at ``named`` ("…,
    prompting a furious response from President Jo Roe via Twitter."), and each paragraph after it up to ``at`` opens
    with a quote: those are the words, so the "he" of their attribution is that person, whoever the sentence was about
    (not the quote's own "Kim Jong Un just stated")."""
    p, latest = named
    if not 0 <= p < at[0] or not _WORDS_FROM.search(names.paragraphs[p], max(0, latest - 80), latest):
        return False
    text = names.paragraphs[p]
    ending = re.search(r"[.!?:][\"”’']?(?:\s|$)", text[latest:])
    if ending is None or text[latest + ending.end() :].strip():
        return False
    return all(names.paragraphs[q].lstrip().startswith(_QUOTE_OPENERS) for q in range(p + 1, at[0] + 1))


def _described_subject_before(names: _ArticleNames, at: tuple[int, int], pronoun: str | None) -> _Speaker | None:
    """When the pronoun at ``at`` is its sentence's subject, and the sentence right before it (in its paragraph, or
    the last of the paragraph before) opens on a description of a person ("The president first stepped into the
    fray"): that description, resolved as a speaker's would be (a name when the article gives one person that
    role); None otherwise."""
    p, offset = at
    if p < 0 or not pronoun:
        return None
    text = names.paragraphs[p]
    said = re.compile(rf"\b{re.escape(pronoun)}\b", re.IGNORECASE).search(text, offset)
    if said is None:
        return None
    _, begin = _head(text, said.start(), 0)
    opened = _sentence_subject(text[begin:])
    if opened is None or opened[0].lower() != pronoun or any(c in _DOUBLE_MARKS for c in text[begin : said.start()]):
        return None
    q, end = (p, begin) if text[:begin].strip() else (p - 1, len(names.paragraphs[p - 1]) if p > 0 else 0)
    if q < 0 or end == 0:
        return None
    before = names.paragraphs[q][:end].rstrip()
    if not before:
        return None
    start = _sentence_begin(before, len(before) - 1)
    if any(r == q and a < end and b > start for r, a, b in names.quoted):
        return None  # a sentence with someone's words in it is no narration of its subject
    described = _sentence_subject(before[start:])
    if described is None:
        return None
    words = described[0].split()
    name, role = _split_name(described[0])
    if (name is not None or not role or words[0] != "The" or len(words) > 4
            or words[-1] not in speech.HEAD_NOUNS or not described[0][4:].islower()):
        return None
    return _resolve(_Speaker(text=described[0], kind="name", at=(q, start)), names, None)


def _subject_of_unsure_gender(
    names: _ArticleNames, candidates: list[tuple[tuple[int, int], str]], fitting: list[tuple[tuple[int, int], str]],
    p: int, sentence: tuple[int, int]
) -> bool:
    """Whether the sentence of the person a pronoun would bind opens, before them, on a person (after their title)
    passed over only because the name dictionary gives their given name as *mostly* the other gender's ("On Sunday,
    Sen. Lindsey Graham suggested Trump might … “…,” he said"): the subject is the likelier speaker, the guess too
    weak to pass them over."""
    begin, latest = sentence
    text, chosen = names.paragraphs[p], {n for _, n in fitting}
    for pos, name in candidates:
        if pos[0] == p and begin <= pos[1] < latest and name not in chosen:
            given = _fullest(name, names, pos).split()[0]
            titled = _TITLE_BEFORE_NAME.search(text, begin, pos[1])
            if (name_gender_detector().get_gender(given).startswith("mostly_")
                    and _subject_of_its_sentence(text, begin, titled.start() if titled else pos[1])):
                return True
    return False



def _antecedent_name(name: str, names: _ArticleNames, at: tuple[int, int]) -> str:
    """The fullest form of ``name`` as a pronoun's antecedent: a bare surname two people share ("Trump": Donald and
    Melania Trump) stands for the one the headline names, else the one the article names first (its main person, not
    whoever it named last)."""
    if " " in name or len(names.full_names.get(name, [])) < 2:
        return _fullest(name, names, at)
    # People named in full in the text, in order (not a headline's misread: "Glenn Beck Says Trump", "Will Sanders")
    named = {n for pos, n in names.people if pos[0] >= 0}
    fulls = [f for f in dict.fromkeys(names.full_names[name]) if f in named and _given_name_gender(f.split()[0])]
    if len(fulls) < 2:
        return _fullest(name, names, at)
    headlined = [full for full in fulls if full in names.title_names]
    return headlined[0] if len(headlined) == 1 else fulls[0]


def _reporter_of_unsure_gender(
    names: _ArticleNames, candidates: list[tuple[tuple[int, int], str]], at: tuple[int, int]
) -> str | None:
    """The person named last before the pronoun at ``at``, when they open a sentence of its paragraph or the one
    before with a reporting verb ("Paul told CNN that …"), no unnamed reporter comes since, and nothing tells their
    gender but a given name the dictionary gives men and women alike ("Rand"): whom the next "he said" continues."""
    if not candidates:
        return None
    pos, name = max(candidates)
    if pos[0] < max(at[0] - 1, 0):
        return None
    full = _fullest(name, names, at)
    if len(full.split()) < 2 or not given_name_of_both_genders(full.split()[0]) or _article_gender(full, names):
        return None
    text = names.paragraphs[pos[0]]
    reports = _REPORTS_AFTER.match(_after_name(text, pos[1], name))
    if not reports or not _subject_of_its_sentence(text, _head(text, pos[1], 0)[1], pos[1]):
        return None
    return None if _unnamed_reporter_since(names.paragraphs, pos, at) else full


# A word that puts the name after it out of a subject's place: a preposition or an article ("a Roe fan").
_NO_SUBJECT_BEFORE = speech.OBJECT_POSITION_WORDS | speech.ARTICLES
_NAME_WORDS = r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*"
# Names joined to the one after them by "and" or "or" (and commas): "like Jo Roe, Al Poe and " holds the last
# name in the same place as the first.
_NAMES_JOINED_BEFORE = re.compile(rf"{_NAME_WORDS}(?:,\s+{_NAME_WORDS})*,?\s+(?:and|or)\s+$")
_TITLE_BEFORE_NAME = re.compile(rf"{_NAME_WORDS}\s+$")  # "Sen. ", "Energy Secretary "


# The words of a title before a name, capitalised or role words in lower case ("Democratic state House Speaker "),
# maybe after an article; and a preposition or a verb in -ing right before them, whose object the title and name are.
_ROLE_WORD = "|".join(sorted(map(re.escape, speech.ROLE_WORDS)))
_TITLE_BEFORE_OBJECT = re.compile(rf"(?<![\w.'’-])(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w.'’-]*|{_ROLE_WORD})\s+){{1,6}}$")
_OBJECT_WORDS = "|".join(sorted(word.replace(" ", r"\s+") for word in speech.OBJECT_POSITION_WORDS))
_OBJECT_WORD_BEFORE = re.compile(rf"(?<![\w-])(?:{_OBJECT_WORDS}|[a-z]+ing)\s+$")


def _titled_object(text: str, at: int) -> bool:
    """Whether the name at ``at`` in ``text`` comes after a title that a preposition or a verb in -ing takes ("an offer
    to Democratic state House Speaker Jo Roe", "beyond the policies of President Jo Roe"): an object all the same."""
    title = _TITLE_BEFORE_OBJECT.search(text, max(0, at - 80), at)
    if title is None:
        return False
    last = title.group(0).split()[-1]
    if not (_is_cap(last) or last.lower() in speech.HEAD_NOUNS):
        return False  # no title: "the kind of campaign Jo Roe ran"
    taken = _OBJECT_WORD_BEFORE.search(text, max(0, title.start() - 20), title.start())
    if taken is None:
        return False
    # "Director of National Intelligence Jo Roe": a preposition inside the title, after a capitalised word of it.
    before = text[max(0, taken.start() - 30) : taken.start()].split()[-1:]
    return not (before and _is_cap(before[0]) and taken.group(0).split()[0] in speech.ROLE_LINKS)


def _outside_subject(text: str, at: int, name: str) -> bool:
    """Whether the name at ``at`` in ``text`` is a verb's object in -ing, a preposition's object, a possessive or a
    word after an article ("a Roe fan", "the Hawks"), or joined by "and" to names that are ("rivals like Jo Roe and
    Al Poe")."""
    joined = _NAMES_JOINED_BEFORE.search(text, max(0, at - 120), at)
    first = joined.start() if joined else at
    # (a word in -ing after a hyphen is an adjective: "a confident-seeming Jo Roe")
    before = re.search(r"\b(\w+\s+)?(?<![\w-])([a-z]+)\s+$", text[max(0, first - 20) : first])
    if before and f"{before.group(1) or ''}{before.group(2)}".lower() in speech.TOPIC_PREPOSITIONS:
        return False
    if before and (f"{before.group(1) or ''}{before.group(2)}" in speech.OBJECT_POSITION_WORDS
                   or before.group(2) in _NO_SUBJECT_BEFORE or before.group(2).endswith("ing")):
        return True
    return text.startswith(speech.POSSESSIVE_ENDINGS, at + len(name))


# A preposition or another glued word right before a description: "The remarks from the candidate …" is no subject.
_GLUED_WORD_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(speech.GLUED_WORDS))})\s+$", re.IGNORECASE)
# An opening phrase that says what the sentence's subject is, not a clause: "As someone who had never seen it, ",
# "Like a man possessed, ".
_DESCRIBING_OPENING = re.compile(r"\W*(?:As|Like)\s+(?:an?|someone|one)\s[^,;:.!?]{1,80},\s*")


def _subject_of_its_sentence(text: str, begin: int, at: int) -> bool:
    """Whether the name at ``at`` is the subject of the sentence from ``begin``: only capitalised words or an
    article before it, or an opening phrase set off by a comma ("Earlier in the day, Ann Lee … denied"), and no
    subordinate clause; or a phrase saying what the subject is ("As someone new to the show, Ann Lee found")."""
    opening = text[begin:at]
    if _DESCRIBING_OPENING.fullmatch(opening):
        return True
    if any(word.lower() in speech.SUBORDINATORS for word in opening.split()):
        return False
    introduced = _INTRODUCED_SUBJECT.fullmatch(opening)
    return bool(introduced or re.fullmatch(r"\W*(?:(?:[A-Z][\w.'’-]*|the|a|an)\s+)*", opening))


# An opening phrase, a description of the subject, or both, each set off by a comma: "Earlier in the day, ",
# "Two years ago, a cellist, " (whose name follows: a name in the apposition after it is no subject).
_INTRODUCED_SUBJECT = re.compile(r"(?:[^,]{1,40},\s*)?(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+,\s*)?")


def _other_subject_before(
    names: _ArticleNames, fitting: list[tuple[tuple[int, int], str]], sentence: tuple[int, int], subject: str
) -> bool:
    """Whether the sentence right before the one at ``sentence``, in its paragraph, opens with a fitting person
    other than ``subject``: two men named in turn, then a "he" in a later paragraph, and nothing tells which."""
    p, begin = sentence
    text = names.paragraphs[p][:begin].rstrip()
    if not text or not _is_sentence_end(text, len(text) - 1):
        return False
    opens = _head(text, len(text) - 1, 0)[1]
    before = sorted((pos[1], n) for pos, n in fitting if pos[0] == p and opens <= pos[1] < len(text))
    if not before or not _subject_of_its_sentence(text, opens, before[0][0]):
        return False
    return _fullest(before[0][1], names, (p, opens)) != subject


def _reporter_before(
    names: _ArticleNames, fitting: list[tuple[tuple[int, int], str]], p: int, sentence: tuple[int, int]
) -> bool:
    """Whether the last person named (``fitting[0]``), in a ``sentence`` of paragraph ``p`` that reports nothing
    ("The gunman, Sam Poe, opened fire"), comes after another person of that paragraph, the subject of a sentence that
    reports ("Chief Jo Roe said officers came") and is not quoted since: a later "he said" may be either."""
    text = names.paragraphs[p]
    if _reporting_verbs(text[sentence[0] : sentence[1]]):
        return False
    latest = _fullest(fitting[0][1], names, (p, sentence[0]))
    for (q, at), name in fitting[1:]:
        if q != p or at >= sentence[0] or _fullest(name, names, (p, sentence[0])) == latest:
            continue
        if any(r == p and at < a < sentence[0] for r, a, _ in names.quoted):
            continue  # their quote came in between: the paragraph has moved on from them
        _, opens = _head(text, at, 0)
        if not re.fullmatch(r"\W*(?:(?:[A-Z][\w.'’-]*|the|a|an)\s+)*", text[opens:at]):
            continue  # not its sentence's subject: "TV Info reported a dad known as Kevin"
        closes = re.search(r"[.!?][\"”’']?(?:\s|$)", text[at:])
        if _reporting_verbs(text[opens : at + closes.start()] if closes else text[opens:]):
            return True
    return False


# A reporting verb, a comma and a participle that opens a phrase about what the speaker spoke of: "Roe said,
# describing Qaeda tactics", "Roe added, citing Lee".
_PARTICIPLE_AFTER_REPORT = re.compile(
    rf"\b(?:{'|'.join(sorted(speech.REPORTING_VERBS))}),\s+(?:[a-z]+ly\s+)?[a-z]+ing\s+[^,.;:!?\"“”]*$"
)


_LONGEST_REPORTING_VERB = max(len(verb) for verb in speech.REPORTING_VERBS)


def _in_participle_after_report(names: _ArticleNames, pos: tuple[int, int]) -> bool:
    """Whether the name at ``pos`` is in a participle phrase after its sentence's reporting verb ("Roe said,
    describing Qaeda tactics"): whom the speaker spoke of, not whom a later "he" continues."""
    if pos[0] < 0:
        return False
    text = names.paragraphs[pos[0]]
    begin = _head(text, pos[1], 0)[1]
    # No comma follows the pattern's comma, so it is the last one before the name, right after the verb: the long
    # alternation of verbs is tried there only, not at every word of the sentence.
    comma = text.rfind(",", begin, pos[1])
    if comma < 0 or "ing" not in text[comma : pos[1]]:
        return False
    return _PARTICIPLE_AFTER_REPORT.search(text, max(begin, comma - _LONGEST_REPORTING_VERB), pos[1]) is not None


# A paragraph that is only a name, a photo credit or a byline between paragraphs: no sentence a pronoun continues.
_NAME_LINE = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s*){1,4}")
_SUBJECT_VERBS = speech.AUXILIARIES | speech.IRREGULAR_PAST | speech.SUBJECT_PAST_VERBS
# A description of a person as a clause's subject, a verb after it: "the teenager kept", "the reigning world champion
# stays", "his 19-year-old teammate said" (not "the ambassador to the UN Jo Roe", "told the pilot that"); one after a
# preposition is no subject ("The remarks from the candidate prompted …").
_PERSON_DESCRIPTION = re.compile(
    r"\b(?i:the|his|her)\s+(?:[a-z\d][\w-]*\s+){0,2}?"
    rf"(?:{'|'.join(sorted(map(re.escape, speech.HEAD_NOUNS | speech.PLAIN_PERSON_NOUNS)))}|\d+-year-old)\s+"
    rf"(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|{'|'.join(sorted(_SUBJECT_VERBS))})\b"
)
# A sentence's first word, maybe after a word that links it to the sentence before: "He …", "But he …".
_OPENED_BY = re.compile(rf"\W*(?:(?:{'|'.join(sorted(speech.OPENERS))}),?\s+)?(\w+)\b", re.IGNORECASE)


def _after_own_pronoun(names: _ArticleNames, pos: tuple[int, int], pronoun: str | None) -> bool:
    """Whether the name at ``pos`` comes after the same pronoun opening its sentence: in "He portrayed Mr Ebbers
    as obsessed with costs" (or "But he …"), Ebbers is whom "he" speaks of, so a later "he said" is not Ebbers."""
    if speech.PRONOUN_GENDER.get(pronoun or "") is None or pos[0] < 0:
        return False
    head = _head(names.paragraphs[pos[0]], pos[1], 0)[0]
    opened = _OPENED_BY.match(head)
    return opened is not None and opened.group(1).lower() == (pronoun or "").lower()


# A sentence's closing attribution to someone it does not name: "…, the brother said".
_UNNAMED_AFTER_COMMA = r",\s+(?P<reporter>(?:the|his|her|their|a|an)\s+(?:[a-z-]+\s+){0,2})"  # ", the brother"
_UNNAMED_REPORTER = re.compile(rf"{_UNNAMED_AFTER_COMMA}(?:said|says|added|adds|told\s+\w+|recalled|explained)$")

# The same reporter right after the phrase ending with the name: "In an interview with Deadline, the director said …".
_UNNAMED_REPORTER_AFTER_NAME = re.compile(
    rf"[^,.;:]*{_UNNAMED_AFTER_COMMA}(?:said|says|added|adds|told|recalled|explained)\b"
)


def _unnamed_reporter_named(names: _ArticleNames, words: str, at: tuple[int, int], wanted: str | None) -> str | None:
    """The person a sentence's closing reporter ("the brother" of "…, the brother said") stands for, when the
    description points back to someone named in its paragraph or the one before and fits the pronoun's gender; None
    for anyone new ("a neighbor", "his lawyer"), unsure, or named further back (in a debate's story "the candidate"
    may be any of them, not the one the article once calls so)."""
    words = words.strip()
    if words.split()[0] != "the":
        return None
    speaker = _resolve(_Speaker(text=words, kind="name", at=at), names, None)
    if speaker.name is None or speaker.kind != "name" or _is_body(speaker.name):
        return None
    surname = speaker.name.split()[-1]
    if not any(at[0] - 1 <= pos[0] and pos < at and n.split()[-1] == surname for pos, n in names.people):
        return None
    return speaker.name if _gender(speaker.name, names) in (None, wanted) else None


# A sentence whose subject is someone new and unnamed who reports: "A Downing Street spokesman said …", "A
# journalist for Agence France-Presse said …", or one described by a clause or an apposition before the verb: "A man
# who gave his name as Ned, working at a cafe, said", "One woman leaving the hospital told …", "Another witness, a
# student, said".
_UNNAMED_REPORTER_SENTENCE = re.compile(
    r"(?:^\s*|[.!?][\"”’']?\s+)(?:A|An|One|Another)\s+(?:[\w'’.-]+\s+){0,3}?"
    rf"(?:{'|'.join(map(re.escape, sorted(speech.ROLE_NOUNS | speech.PLAIN_PERSON_NOUNS)))})"
    r"(?:\s+(?:for|of|at|in|with|from)\s+(?:[\w'’.-]+\s+){1,4}?"
    r"|,?\s+(?:who|whose|[a-z]+ing|known|aged|an?)\s[^.!?;:\"“”]{0,160}?,?)?\s*(?:said|says|told|added|stated)\b"
)


def _unnamed_reporter_since(paragraphs: list[str], named: tuple[int, int], at: tuple[int, int]) -> bool:
    """Whether a sentence from the one naming the person at ``named`` to the pronoun at ``at`` (in the pronoun's
    paragraph or any since that naming) opens with an unnamed reporter."""
    for p in range(max(named[0], 0), at[0] + 1):
        start = _head(paragraphs[p], named[1], 0)[1] if p == named[0] else 0  # from the sentence naming them
        end = at[1] if p == at[0] else len(paragraphs[p])
        if _UNNAMED_REPORTER_SENTENCE.search(paragraphs[p][start:end]):
            return True
    return False


# Someone new and unnamed who reports, anywhere in a sentence: "A spokesman in Berlin said", "…, a lawyer told
# reporters", "according to an aide".
_UNNAMED_PERSON = (
    r"(?i:a|an|one|another)\s+(?:[\w'’.-]+\s+){0,3}?"
    rf"(?:{'|'.join(map(re.escape, sorted(speech.ROLE_NOUNS | speech.PLAIN_PERSON_NOUNS)))})\b"
)
_UNNAMED_PERSON_REPORTS = re.compile(
    rf"\b(?i:according\s+to)\s+{_UNNAMED_PERSON}"
    rf"|\b{_UNNAMED_PERSON}[^.!?\"“”]{{0,80}}?\b(?:said|says|told|tells|added|adds|stated)\b"
)
# Someone who reports right after their name: "Lee said", "Lee, a senator, told", "Lee also added".
_REPORTS_AFTER = re.compile(
    rf"(?:,[^,.!?\"“”]{{1,60}},)?\s+(?:[a-z]+ly\s+|also\s+)?(?:{'|'.join(sorted(speech.REPORTING_VERBS))})\b"
)


def _bound_past(names: _ArticleNames, at: tuple[int, int], name: str, pronoun: str) -> str | None:
    """Why "he" at ``at``, read as ``name``, may be someone else: between the last mention of the person and the
    pronoun, another person is named or an unnamed one reports ("Jo Roe spoke first. A spokesman in Berlin said
    … “…,” he said"). None when nothing stands between them."""
    words = set(name.split())
    mentions = [pos for pos, n in names.people if pos < at and n.split()[-1] in words]
    if not mentions:
        return None
    since = max(mentions)
    # From the end of the sentence naming the person: an apposition there describes them ("Roe, a spokesman,"), a
    # name there is where they are or whom they work for ("Roe, a guard at the town hall of Erimo, said").
    named_in = re.search(r"[.!?][\"”’']?(?:\s|$)", names.paragraphs[since[0]][since[1]:]) if since[0] >= 0 else None
    after = (since[0], since[1] + named_in.end()) if named_in else (since[0] + 1, 0)

    def unquoted(pos: tuple[int, int]) -> bool:
        return not any(q == pos[0] and a <= pos[1] < b for q, a, b in names.quoted)

    wanted = speech.PRONOUN_GENDER.get(pronoun.lower())
    others = sorted(
        {
            n
            for pos, n in names.people
            if after <= pos < at and pos[0] >= 0 and unquoted(pos) and not set(n.split()) & words
            and _REPORTS_AFTER.match(names.paragraphs[pos[0]], pos[1] + len(n))
            and _gender(_fullest(n, names, at), names) in (None, wanted)
        }
    )
    if others:
        return f"“{pronoun}” read past {others[-1]}"
    # A person named in the apposition of the one read ("Jo Roe, a friend of Tom Ray, told …"): the pronoun may be
    # either.
    described = sorted(
        {
            n
            for pos, n in names.people
            if since < pos < after and unquoted(pos) and not set(n.split()) & words
            and _APPOSITION_NAMING.fullmatch(names.paragraphs[since[0]][since[1] : pos[1]])
            and _gender(_fullest(n, names, at), names) in (None, wanted) and not _is_body(n)
            and _given_name_gender(n.split()[0]) is not None  # a person named in full, not a place or a programme
        }
    )
    if described:
        return f"“{pronoun}” read past {described[-1]}, named in the same sentence"
    for p in range(max(after[0], 0), at[0] + 1):
        text = names.paragraphs[p]
        start, end = (after[1] if p == after[0] else 0), (at[1] if p == at[0] else len(text))
        between = "".join(" " if not unquoted((p, i)) else c for i, c in enumerate(text[start:end], start))
        reporter = _UNNAMED_PERSON_REPORTS.search(between)
        if reporter:
            who = re.sub(r"^(?i:according\s+to\s+)", "", reporter.group(0)).split()[:3]
            return f"“{pronoun}” read past “{' '.join(who)}”"
    return None


# A name, then an apposition up to another name: "Jo Roe, a friend of President " (not a clause: "Roe did not sound
# sure when ").
_APPOSITION_NAMING = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+(?:an?|the|his|her)\s+[^,;.!?]*")


def _named_in_text(name: str, names: _ArticleNames) -> bool:
    """Whether the article's text (its title aside) writes the last word of ``name``: a name its title alone gives
    is nobody "he" or "she" stands for ("… Conspiring To Do THIS At Vell Hearing": "Vell Hearing", split off a
    title-case headline's words, is no person)."""
    last = name.split()[-1]
    return last in names.text and re.search(rf"\b{re.escape(last)}\b", names.text) is not None


def _only_organisation(name: str, names: _ArticleNames) -> bool:
    """A name the article uses only for an organisation, never for someone it gives a role or a
    given name ("Alixandria Lapp, executive director of …" tagged as an organisation): never "he" or "she"."""
    words = name.split()
    return (
        bool(words)
        and names.kinds.get(words[-1], set()) == {"organization"}
        and _given_name_gender(words[0]) is None
        and not any(n.split()[-1] == words[-1] for _, n in names.roles + names.described)
    )


def _after_name(text: str, start: int, name: str) -> str:
    """The words after the name found from ``start`` (a role may come first: "said Gen. Ann Ode")."""
    last = name.split()[-1]
    found = text.find(last, start)
    return text[found + len(last) :] if found >= 0 else ""


def _reports(text: str, begin: int, start: int, name: str) -> bool:
    """Whether the sentence from ``begin`` ends with an attribution naming the person at ``start``
    ('…, said Scott LaFoy, an analyst.', '…, Biden said.'): that person is whom the sentence reports,
    so a later "he said" continues them, not the person the sentence opened with ('While Kim is
    keen …', "Trump's accusation …")."""
    before, after = text[begin:start], _after_name(text, start, name)
    verbs = _reporting_verbs(before)
    if verbs and re.match(r"\s*(?:,|[.!?]|$)", after):  # not an object: "…, mocked Marco Rubio for …"
        verb = verbs[-1]
        inverted = not _bare(verb).endswith("ing") and not before[verb.end() :].strip()
        return inverted and before[: verb.start()].rstrip(" \"”'’").endswith(",")
    verb = re.match(r"\s+(\w+)\s*(?:[,.!?]|$)", after)
    return bool(verb) and verb.group(1) in speech.REPORTING_VERBS and before.rstrip(" \"”'’").endswith(",")


@functools.lru_cache(maxsize=1 << 16)
def _can_speak(name: str) -> bool:
    """Whether a name may name a speaker: not a place (a country speaks through its government:
    "Japan said"), a platform, a law, a document or a thing, by the name's last word ("Senate
    Bill", "Main Street", but "Bill Clinton")."""
    words = name.split()
    if len(words) >= 2 and _given_name_gender(words[0]) is not None:
        return _clean_name(name) == name  # a given name first: a person ("Mia Park", "Stuart Hall")
    countries, places = _places()
    place = name in places and name not in countries
    return _clean_name(name) == name and not place and words[-1].lower().strip(".,") not in speech.NOT_A_SPEAKER_WORDS


def _is_group_name(name: str) -> bool:
    """Whether a capitalised name stands for a people, a party or a faith, not one speaker, by its last
    word: "Americans", "a New Hampshire Democrat", "Syrians" (but "Jack White": a given name first)."""
    words = name.split()
    if len(words) >= 2 and _given_name_gender(words[0]) is not None:
        return False
    last = words[-1] if words else ""
    # The plural of "-an" demonyms only: "Americans", "Syrians" (not "Francis", from a spelling "Franci").
    plural_of = last[:-1] if last.endswith("ans") else last
    return any(w in gazetteer().demonyms or w in DESCRIPTIVE_WORDS for w in (last, plural_of))


def _speaks_here(name: str, names: _ArticleNames) -> bool:
    """Whether a name may name a speaker in this article: one that can speak, or a one-word name the
    entities stage took for a person here, a surname that is also a town's ("Bolton said")."""
    if _can_speak(name):
        return True
    return len(name.split()) == 1 and _clean_name(name) == name and "person" in names.kinds.get(name, set())


def can_be_speaker(entity: Entity) -> bool:
    """Whether the entity a speaker's name resolved to may speak: a name that can ("the Arizona
    Republican") may resolve to one that cannot (the state of Arizona)."""
    return entity.kind in ("person", "organization") or _can_speak(entity.name)


def contradicts_pronoun(quote: Quote, gender: str | None) -> bool:
    """Whether a quote its article gives to "he" or "she" resolved to a person of the other gender (``gender``, from
    ``person_gender``). The article's lone surname may have been read as the wrong person's ("Tarantino leans in
    and Thurman smiles. … she says"): better unknown."""
    wanted = speech.PRONOUN_GENDER.get((quote.speaker_text or "").lower())
    return wanted is not None and gender not in (None, wanted)


def person_gender(entity: Entity, paragraphs: dict[str, list[str]]) -> str | None:
    """The gender the dossier shows a person to be of, when all its cues agree: a given name the dictionary is
    sure of ("Quentin Tarantino", whichever report named him in full; not "Rand", both a man's and a woman's name), a
    title in one of their names ("Mr Zhu"), an honorific right before any mention ("Ms Roe" in another report), or
    their own pronoun after a mention that opens a clause ("Roe won his seat"). None for a body (a body's spokesman is
    "he": "A spokeswoman for Human Rights Watch said … She added" is the body's) or where nothing tells."""
    if entity.kind != "person":
        return None
    genders = set()
    for form in (entity.name, *entity.aliases):
        first, *rest = form.split()
        if not rest:
            continue
        if first.lower() in speech.GENDER_OF_NOUN:
            genders.add(speech.GENDER_OF_NOUN[first.lower()])
        elif (usual := usual_given_name_gender(first)) and not given_name_of_both_genders(first):
            genders.add(usual)  # not "Rand": two names, a man's and a woman's, whose count over countries tells nothing
    for m in entity.mentions:
        text = paragraphs.get(m.article)
        honorific = _HONORIFIC_BEFORE.search(text[m.paragraph], max(0, m.start - 6), m.start) if text else None
        if honorific:
            genders.add(speech.GENDER_OF_WORD[honorific.group(1).lower()])
        own = (_OWN_PRONOUN_AFTER.match(text[m.paragraph], m.end)
               if text and _CLAUSE_OPENS.search(text[m.paragraph], max(0, m.start - 4), m.start) else None)
        if own and not set(own.group(1).split()) & (speech.PRONOUN_BARRIERS | speech.REPORTING_VERBS):
            genders.add(speech.GENDER_OF_WORD[own.group(2)])
    return genders.pop() if len(genders) == 1 else None


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? $")
# A subject's own pronoun, a few lower-case words on in its clause ("Roe won his"), where the name opens the clause
# ("told Roe he" is another's) and no comma comes between ("Ms Roe, someone he knew": an appositive's).
_OWN_PRONOUN_AFTER = re.compile(r"((?: [a-z][\w'’-]*?){0,4}?) (he|his|she)\b")
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?:;,\"“”‘’'(]\s*)$")


def _misread(name: str) -> bool:
    """Whether the rules' speaker is words the subject was misread from, not a name: a topic led by
    a preposition ("Of Carson", "Like Corker"), or a participle opening the sentence ("Citing last
    week's attacks")."""
    words = name.split()
    if not words:
        return False
    first = words[0].lower()
    if first in speech.GLUED_WORDS and first not in speech.DETERMINERS:
        return True
    # A participle's phrase has lower-case words; a name ("Morning Consult") has none.
    return first.endswith("ing") and any(w[:1].islower() for w in words[1:])


def _common_word(name: str, names: _ArticleNames) -> bool:
    """Whether a one-word name is a common word capitalised by its place at the head of a
    sentence: an adverb or a participle ("Hastily", "Continuing"), or a word the article also
    writes in lower case ("Safety")."""
    if " " in name:
        return False
    lowered = name.lower()
    return lowered.endswith(("ly", "ing")) or names.token_counts.get(lowered, 0) > 0


def _is_body(name: str) -> bool:
    """Whether a name is an organisation's ("the Justice Department"): never "he" or "she"."""
    return bool({w.lower().strip(".,") for w in name.split()} & speech.BODY_WORDS)


@functools.cache
def _regions() -> frozenset[str]:
    """The countries and the states of the United States: what follows a town's name after a comma."""
    known = gazetteer()
    return frozenset(known.countries | known.states)


@functools.cache
def _places() -> tuple[frozenset[str], frozenset[str]]:
    """The countries, and every place name the gazetteer knows."""
    known = gazetteer()
    return frozenset(known.countries), frozenset(known.places)


# An honorific and the spaces after it, and a word boundary: found once, then the name looked for right there, rather
# than a pattern made of each name, compiled anew for every one.
_HONORIFIC_THEN = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+")
_BOUNDARY = re.compile(r"\b")


def _titled(name: str, text: str) -> str | None:
    """The first "Mr./Mrs./Ms./Miss" right before ``name`` in ``text``, with the name ("Mr. Jo Roe"); None if none."""
    for match in _HONORIFIC_THEN.finditer(text):
        end = match.end() + len(name)
        if text.startswith(name, match.end()) and _BOUNDARY.match(text, end):
            return text[match.start() : end]
    return None


# After a name, a verb and the name's own "his" or "her": "Jan Brewer (R) announced her decision".
_OWN_POSSESSIVE_AFTER = re.compile(r"(?:\s*\([^)]{1,12}\))?\s+[a-z]+(?:ed|s)\s+(his|her)\b")


def _own_possessives(name: str, text: str) -> set[str]:
    """The genders of the possessives right after ``name``'s verb in ``text`` (``_OWN_POSSESSIVE_AFTER``), each
    use of the name read from where the last one found ends."""
    genders, at = set(), text.find(name)
    while at >= 0:
        end = at + len(name)
        found = _BOUNDARY.match(text, at) and _BOUNDARY.match(text, end) and _OWN_POSSESSIVE_AFTER.match(text, end)
        if found:
            genders.add(speech.GENDER_OF_WORD[found.group(1).lower()])
        at = text.find(name, found.end() if found else at + 1)
    return genders


def _gender(name: str, names: _ArticleNames) -> str | None:
    """A person's gender from cheap cues: "Mr./Ms. Surname" or a gendered title ("spokeswoman")
    in the article, the given name (gender-guesser's dictionary: "Meredith" is a woman's), or
    the pronouns that follow the surname within its sentences. A surname the article gives two
    people of different genders ("Bill Clinton", "Hillary Clinton") tells nothing by itself, and
    cues that disagree tell nothing either."""
    words = name.split()
    if len(words) >= 2:
        given = _given_name_gender(words[0])
        # The person's own possessive right after their verb outweighs the dictionary's guess: "Jan Brewer (R)
        # announced her decision" ("Jan" is mostly a man's name).
        own = _own_possessives(name, names.text)
        if len(own) == 1 and given is not None:
            return own.pop()
        # So does a gendered role the article gives the person: "Niki Ode, the team chairman".
        titled = {
            speech.GENDER_OF_WORD[w]
            for role, holder in names.roles + names.described
            if holder == name
            for w in role.split()
            if w in speech.GENDER_OF_WORD and w not in speech.PERSONAL_PRONOUN_GENDER
        }
        if len(titled) == 1 and given is not None:
            return titled.pop()
        # A name one gender's in some countries and the other's in others ("Jan"), of the article's only person of
        # that surname: what the article says of them decides first ("Brewer will veto the bill, but she has not").
        either = given_name_gender(words[0]) is None and set(names.full_names.get(words[-1], [])) <= {name}
        if given is not None and usual_given_name_gender(words[0]) is not None and not either:
            return given
        if given is not None:
            # A name the dictionary finds mostly one gender's ("Lindsey", "Kelly"): what the article
            # says of this person ("Graham assures his audience") decides first.
            return _article_gender(name, names) or given
    return _article_gender(name, names)


def _article_gender(name: str, names: _ArticleNames) -> str | None:
    """The gender the article gives a person: by honorific, gendered role, or the pronouns after the surname."""
    words = name.split()
    surname = re.escape(words[-1])
    fulls = set(names.full_names.get(words[-1], [])) | ({name} if len(words) >= 2 else set())
    if len({_given_name_gender(f.split()[0]) for f in fulls} - {None}) > 1:
        return None
    # The patterns below are made of the surname, so each is compiled anew: not when the article lacks it.
    named = words[-1] in names.text
    honorifics = {
        speech.GENDER_OF_WORD[m.group(1).lower()]
        for m in (re.finditer(rf"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w.]*\s+)*{surname}\b", names.text) if named else ())
    }
    if len(honorifics) == 1:
        return honorifics.pop()
    if honorifics:
        return None
    for role, holder in names.roles:
        genders = {speech.GENDER_OF_WORD[w] for w in role.split() if w in speech.GENDER_OF_WORD}
        if holder == name and len(genders) == 1:
            return genders.pop()
    # The first personal pronoun after each mention of the surname, in the same sentence: most
    # often the person themselves ("Bolton said he would"); a clear majority decides.
    pronoun_after = rf"\b{surname}\b([^.!?\n]{{0,80}}?)\b(he|his|him|himself|she|her|hers|herself)\b"
    votes = [speech.GENDER_OF_WORD[m.group(2).lower()]
             for m in (re.finditer(pronoun_after, names.text) if named else ())
             if _pronoun_may_be_named(names, m, words[-1])]
    for gender in ("m", "f"):
        if votes.count(gender) > 2 * (len(votes) - votes.count(gender)):
            return gender
    return None


_OBJECT_BEFORE_NAME = re.compile(rf"\b(?:{_OBJECT_WORDS}|[a-z]+ed)\s+(?:[A-Z][\w.'’-]*\s+)?$")


def _pronoun_may_be_named(names: _ArticleNames, found: re.Match[str], surname: str) -> bool:
    """Whether the pronoun after a surname may stand for its bearer, so tells their gender: not when another person is
    named in between ("Tarantino leans in and Thurman flashes a smile when she"), a quote opens in between, the
    surname is an object ("she reminded Tarantino that she"), or the sentence opened on that pronoun ("She says
    Tarantino noticed that she"), whom it goes on speaking of."""
    between = found.group(1)
    if any(mark in between for mark in '"“”') or any(
        "person" in names.kinds.get(word.strip(".,'’"), set()) and word.strip(".,'’") != surname
        for word in re.findall(r"[A-Z][\w'’-]*", between)
    ):
        return False
    sentence, _ = _head(names.text, found.start(), 0)
    if _OBJECT_BEFORE_NAME.search(sentence):
        return False
    opened = _OPENED_BY.match(sentence)
    pronoun = found.group(2).lower()
    return not (opened and speech.GENDER_OF_WORD.get(opened.group(1).lower()) == speech.GENDER_OF_WORD[pronoun])


@functools.cache
def _given_name_gender(given: str) -> str | None:
    """ "m" or "f" for a given name the dictionary is sure or nearly sure of; None otherwise."""
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(
        name_gender_detector().get_gender(given)
    )


# --- scare quotes and titles ---------------------------------------------------------------------


def _span_text(paragraphs: list[str], span: _Span) -> str:
    return " ".join(paragraphs[p][a:b] for p, a, b in span.pieces)


# A verb that gives someone a name, a few words before the marks: 'called her "Miss Piggy"' (not
# "so-called", which is the writer's own scare quote); or "as" right before them, what someone is
# said to be: 'identified the judge as "Spanish,"', 'refers to him as "Chris"'. Not the noun after an article or a
# possessive: 'during a call to ABC's "This Week"', 'the brand "…"' name no one.
_NOUN_BEFORE = "".join(rf"(?<!\b{word} )" for word in sorted(speech.NOUN_MARKERS - {"following"}))
_NAMING = re.compile(
    rf"(?<!-){_NOUN_BEFORE}\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|nicknamed|brand(?:s|ed|ing)?|label(?:s|ed|led|ing)?)"
    r"(?:\s+[\w’'\-]+){0,5}\s*$|\bas(?:\s+(?:the|an?))?\s*$"
)


# The writer naming a thing: "known as", or a naming participle after a noun that a determiner opens or a comma
# closes ("tickets for the early viewing, called").
_THING_NAMING = "|".join(sorted(phrase.replace(" ", r"\s+") for phrase in speech.THING_NAMING_PHRASES))
_THING_NAMED = re.compile(
    rf"\b(?:{_THING_NAMING})\s*$|(?:\b(?:{'|'.join(sorted(speech.DETERMINERS | speech.POSSESSIVES))})\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?([a-z-]+)|\b([a-z-]+),)\s+(?:{'|'.join(sorted(speech.NAMING_PARTICIPLES))})\s*$",
    re.I,
)


def _named_by(paragraphs: list[str], span: _Span) -> bool:
    """Whether a name in marks is what someone called someone: then it is their words, a quote."""
    p, at = span.opened_at
    return bool(_NAMING.search(paragraphs[p][max(0, at - 80) : at]))


def _names_a_thing(paragraphs: list[str], span: _Span) -> bool:
    """Whether a short capitalised name in marks is what the writer calls a thing ('a group called "Moms for
    Roe"', 'known as "…"'): a name, no one's words."""
    words = _span_text(paragraphs, span).strip(" ,.").split()
    if not words or len(words) > SCARE_QUOTE_MAX_WORDS or not (_is_cap(words[0]) and _is_cap(words[-1])):
        return False
    if re.search(r"[.!?,;:]", " ".join(words)):
        return False
    p, at = span.opened_at
    thing = _THING_NAMED.search(paragraphs[p][max(0, at - 80) : at])
    noun = thing and (thing.group(1) or thing.group(2))
    return bool(thing) and (not noun or noun.lower() not in _NOT_A_THING)


# Words before "called" that leave it someone's verb: 'the senator called', 'the group has called', 'which they called'.
_NOT_A_THING = (speech.HEAD_NOUNS | speech.ROLE_NOUNS | speech.AUXILIARIES | speech.BE_FORMS | set(speech.PRONOUNS)
                | speech.ADVERBS | frozenset("has have had also once".split()))


# The words after a quote up to the first lower-case word: a name of up to three words or a pronoun.
_VOICED_AFTER = re.compile(
    rf"\s*(?:(?:{'|'.join(p for p in speech.PRONOUNS if p != 'i')})\s+|(?:[A-Z][\w.'’-]*\s+){{0,3}})([a-z]+)\b"
)


def _only_linking_words(text: str) -> bool:
    """Words that only link what follows ("But,", "Also,", "And yet,"): no speech of their own."""
    words = re.findall(r"[\w'’]+", text.lower())
    return all(w in speech.LINKING_WORDS for w in words)


def _voiced(paragraphs: list[str], span: _Span) -> bool:
    """Whether short words in marks are someone's speech by their form, however short or capitalised:
    a whole sentence of its own, or after a colon ('"It's had a marvelous result."', 'leaned in and
    boomed: "Let's defeat her in November."'), or words right after a verb
    that voices them ('the crowd chanted, "Dump Trump."', 'He said "The Hispanics"')."""
    p, at = span.opened_at
    before = paragraphs[p][:at].rstrip()
    text = _span_text(paragraphs, span).strip()
    opens_sentence = not before or before[-1] in ".!?"
    sentence = len(text.split()) >= 3 and text[:1].isupper() and text[-1:] in ".!?"
    if sentence and (opens_sentence or before.endswith(":")):
        return True
    # '"Safety," said Grimm', '"Really," she added': a sentence opened by the words, then a reporting verb
    # (after a name, a pronoun or neither).
    p_close, at_close = span.closed_at
    after = _VOICED_AFTER.match(paragraphs[p_close][at_close:])
    if (opens_sentence and text[-1:] in ",!?" and after and after.group(1) in speech.REPORTING_VERBS
            and not _only_linking_words(text)):  # '"Also," he said, "they …"' opens a quote it interrupts
        return True
    verb = re.search(r"(?<![\w-])([a-z]+)[,:]?$", before)
    return (
        bool(verb)
        and verb.group(1) in speech.REPORTING_VERBS
        and not verb.group(1).startswith(speech.NOT_VOICING_STEMS)
    )


def _before_a_role(paragraphs: list[str], span: _Span) -> bool:
    """Whether a name in marks describes the role or person after it: '"Kill Bill" director Ann Lee'."""
    p, at = span.closed_at
    following = re.match(r"\s*([a-z]+)\b", paragraphs[p][at:])
    return bool(following) and following.group(1) in speech.HEAD_NOUNS


_WORK_WORDS = "|".join(sorted(speech.TITLED_WORKS))
# A work named right before the marks, or a word that titles it: 'wrote a memo, "', 'a paper titled "'.
_APPEARANCE = "|".join(sorted(phrase.replace(" ", r"\s+") for phrase in speech.APPEARANCE_PHRASES))
_WORK_BEFORE = re.compile(
    rf"\b(?:(?:{_WORK_WORDS})s?\s*,?|{'|'.join(sorted(speech.TITLING_WORDS))}:?|{_APPEARANCE})\s*$", re.I
)
# The work set after the marks: '," the Atlantic Council's memo', ', a 2019 report'.
_WORK_AFTER = re.compile(
    rf"[\s,]*(?:the|an?|his|her|their|its|[A-Z][\w.'’-]*['’]s?)\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{_WORK_WORDS})\b"
)


def _titles_a_work(paragraphs: list[str], span: _Span) -> bool:
    """Whether title-case words in marks are a work's title, by the work named next to them: 'Roe wrote a memo,
    "Rolling Back the Growing Threat," that …' quotes no one, whoever the sentence says wrote it."""
    # A work's title may hold a comma: 'the podcast "So, That Happened."'
    if not _title_case(_span_text(paragraphs, span).strip(" ,.").replace(", ", " "), speech.WORK_TITLE_MINOR_WORDS):
        return False
    p, at = span.opened_at
    p_close, at_close = span.closed_at
    return bool(
        _WORK_BEFORE.search(paragraphs[p][max(0, at - 40) : at])
        or _WORK_AFTER.match(paragraphs[p_close], at_close)
    )


# Before a headline in its sentence: nothing, or a section's label in capitals and a dash ('FAREWELL—"…," by').
_SECTION_LABEL = re.compile(r"(?:[A-Z][A-Z'’&. ]*)?[\s—–:-]*")
# The byline: "by" and a name (an outlet's too) ending at a colon or the paragraph's end, not 'by Lee's account,'.
_BYLINE_AFTER = re.compile(
    rf"\s+(?:{'|'.join(sorted(speech.BYLINE_OPENERS))})\s+(?:[A-Z][\w.'’-]*\s+){{0,5}}[A-Z][\w.'’-]*\s*(?::|$)"
)


def _headline_before_byline(paragraphs: list[str], span: _Span) -> bool:
    """Whether the words in marks are a headline set before its byline: opening their sentence and ending in a comma,
    then "by" and a name before a colon ('"Museum names a new director," by Courier's Jo Roe: "…"'). Not words in
    marks a sentence reports ('Lee said the "rudeness of remarks," by Roe last week'), whose sentence they do not
    open, nor a quote 'by Lee's account'."""
    if len(span.pieces) > 1 or not _span_text(paragraphs, span).rstrip().endswith(","):
        return False
    (p, at), (p_close, at_close) = span.opened_at, span.closed_at
    head, _ = _head(paragraphs[p], at, 0)
    return bool(_SECTION_LABEL.fullmatch(head)) and bool(_BYLINE_AFTER.match(paragraphs[p_close], at_close))


# Right before the marks: "the", or a body's capitalised name ("told the United Nations “…”").
_BODY_OR_THE_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[A-Z][\w&.'’-]*\s+(?:{'|'.join(sorted(w.capitalize() for w in speech.BODY_WORDS))}))\s*$"
)
_FINITE_WORDS = speech.AUXILIARIES | speech.BE_FORMS | set(speech.PRONOUNS)  # a clause's verb or subject


def _body_name_in_marks(paragraphs: list[str], span: _Span) -> bool:
    """Whether title-case words in marks, however many, are a body's name: no finite verb, no sentence's
    punctuation, right after "the" or a body's name ('told the United Nations "Committee on the Peaceful Uses of
    Outer Space"'), the way a name is set in a sentence, not words someone said."""
    text = _span_text(paragraphs, span).strip(" ,.")
    words = text.split()
    if len(words) < 2 or not _title_case(text) or any(
            w.lower() in _FINITE_WORDS or re.search(r"['’]\w", w) for w in words):
        return False
    p, at = span.opened_at
    return bool(_BODY_OR_THE_BEFORE.search(paragraphs[p][max(0, at - 60) : at]))


def _is_name_in_marks(text: str) -> bool:
    """A short run of capitalised words without a sentence's punctuation: a title, not a quote."""
    return _title_case(text) and len(text.split()) <= SCARE_QUOTE_MAX_WORDS


def _title_case(text: str, minor: frozenset[str] = speech.TITLE_MINOR_WORDS) -> bool:
    """Whether every word is capitalised but the ``minor`` words of a title, without a sentence's inner
    punctuation but a subtitle's colon: "Fox News Sunday", "The Lead with Jake Tapper", "Perfect
    Enough: Carly Fiorina and the Reinvention of Hewlett-Packard"."""
    words = text.split()
    capitalised = sum(1 for w in words if _is_cap(w) or w[:1].isdigit() or w.lower() in minor)
    # A number and an abbreviation's full stop are part of a title: "Kill Bill: Vol. 1", "St. Elsewhere".
    unabbreviated = re.sub(r"\b([A-Z][a-z]{0,3})\.(?=\s)", r"\1", text)
    return capitalised == len(words) and not re.search(r"[.!?,;]\s|:\s(?![A-Z0-9])|[!?]$", unabbreviated)


def _is_scare_or_title(text: str, article: Article, attributed: bool, reported: bool) -> bool:
    """Quoted words that are not anyone's words: a title, a label, a scare quote, markup.

    ``attributed``: the sentence names who said them; ``reported``: it has a reporting verb.
    """
    words = text.split()
    if not attributed and fuzz.ratio(text.lower().strip(".,"), article.title.lower()) > 90:
        return True  # the article's own title, quoted by page furniture (not the lede quoting whom the title quotes)
    if _is_name_in_marks(text) or (_title_case(text) and not attributed):
        return True  # the name of a show, a book, a law: "Fox News Sunday"
    return len(words) <= SCARE_QUOTE_MAX_WORDS and not (attributed or reported)


# A relative clause about a thing, its verb first: "legislation that would have allowed", "a law which has".
_THING_CLAUSE = re.compile(
    rf"\b(?:that|which)\s+(?:[a-z]+ly\s+)?(?:{'|'.join(sorted(speech.AUXILIARIES | {'has', 'have', 'had'}))})\b"
)
# A lower-case noun right after the marks, ending its phrase: '"religious freedom" grounds,'.
_NOUN_AFTER_MARKS = re.compile(r"\s+[a-z]+(?:[,.;:]|$)")


def _label_in_a_thing_clause(paragraphs: list[str], span: _Span, cue: str) -> bool:
    """Whether a few words in marks label the noun after them inside a relative clause about a thing that opens after
    the reporting verb ('Roe announced her veto of a bill that would have let firms refuse anyone on "religious
    freedom" grounds'): the writer's label for what the clause tells, not words the subject said."""
    text = _span_text(paragraphs, span).strip()
    if len(text.split()) > SCARE_QUOTE_MAX_WORDS or text[-1:] in ".,;:!?" or len(span.pieces) > 1:
        return False
    (p, at), (p_close, at_close) = span.opened_at, span.closed_at
    if not _NOUN_AFTER_MARKS.match(paragraphs[p_close], at_close):
        return False
    head, _ = _head(paragraphs[p], at, 0)
    verb = head.rfind(cue)
    return verb >= 0 and _THING_CLAUSE.search(head, verb + len(cue)) is not None


# --- the stage -----------------------------------------------------------------------------------


def find_quotes(article: Article, mentions: list[Mention]) -> list[Quote]:
    """Every direct quote in the article, with the speaker as the article names them: the speaker
    model chooses among the candidates around each quote, and names nobody when unsure."""
    model = speaker_model()
    quotes = []
    for quote, candidates in speaker_candidates(article, mentions):
        bound = quote.speaker_name
        _decide(quote, [c for c in candidates if not _addressed(quote.text, c.name)], model)
        if quote.speaker_name != bound or quote.attribution == "model":
            quote.doubt = None  # the doubt was about the pronoun's binding, which the speaker no longer rests on
        quotes.append(quote)
    return quotes


def _addressed(text: str, name: str) -> bool:
    """Whether the quote calls the person by name (``speech.ADDRESS_PATTERNS``): then it speaks to them."""
    words = [word for word in name.split() if len(word) >= 3 and word[0].isupper()]
    # The patterns match one of the words verbatim, and a pattern made of a name is compiled anew:
    # most quotes hold none of the words, so look for them first.
    if not any(word in text for word in words):
        return False
    named = f"(?:{'|'.join(re.escape(word) for word in words)})"
    return any(re.search(pattern.format(name=named), text) for pattern in speech.ADDRESS_PATTERNS)


def speaker_candidates(article: Article, mentions: list[Mention]) -> list[tuple[Quote, list[Candidate]]]:
    """Every direct quote with the rules' attribution, and the people around it who may have said it."""
    paragraphs = article.paragraphs
    # Names of shows, laws and events ("Fox News Sunday") are words of their sentence, not quotes:
    # leave them out before the sentences around the quotes are read.
    turns = _transcript_turns(paragraphs)
    turn_paragraphs = {span.opened_at[0] for span in turns}
    # A subhead in marks is a pull quote, the text's own quote again, or a heading (``Article.subheads``).
    set_apart = turn_paragraphs | set(article.subheads)
    marked = [s for s in find_spans(paragraphs) if not {p for p, _, _ in s.pieces} & set_apart]
    spans = [
        s
        for s in sorted(marked + turns, key=lambda s: s.opened_at)
        if not _inside_markup(paragraphs, s)
        and not _titles_a_work(paragraphs, s)
        and not _names_a_thing(paragraphs, s)
        and not (
            (_is_name_in_marks(_span_text(paragraphs, s)) or _body_name_in_marks(paragraphs, s))
            and (_before_a_role(paragraphs, s) or not _named_by(paragraphs, s) and not _voiced(paragraphs, s))
        )
    ]
    names = _collect_names(article, mentions)
    people = frozenset(word for word, kinds in names.kinds.items() if "person" in kinds)
    # A name in marks, a title's too ('a column entitled "Why Electing Hillary …"'), is spoken of, never "he".
    names.quoted = [(p, a - 1, b + 1) for span in marked for p, a, b in span.pieces]
    speakers: list[_Speaker] = []
    kept: list[tuple[_Span, _Attribution | None]] = []
    posts: dict[int, str] = {}  # each signed post's signature
    for index, span in enumerate(spans):
        if _headline_before_byline(paragraphs, span):
            continue  # no one's words, but it ends the words before the excerpt that follows it: left in ``spans``
        floor = _floor(spans, index, span.opened_at[0])
        ceiling = _ceiling(spans, index, span.closed_at[0], len(paragraphs[span.closed_at[0]]))
        ctx = _Context.around(paragraphs, span, floor, ceiling, kept, people)
        # "Though he doesn't use the word "cuts"": the word is no one's the sentence names.
        attribution = None if _word_not_used(paragraphs, span) else _attribute(ctx)
        if _POST_SIGNATURE.match(ctx.tail):
            posts[id(span)] = ctx.tail  # a signed post is its signer's words or no one's, never a neighbour's
        scope = speech.PATTERN_SCOPE[attribution.pattern] if attribution is not None else None
        if attribution is not None and attribution.speaker is not None and scope in ("after", "before"):
            speaker = attribution.speaker
            last = _antecedent_in_sentence(paragraphs, span, speaker, names) or _last_person(
                names, speakers, speaker.at, speaker.text.lower()
            )
            attribution.speaker = _resolve(speaker, names, last)
            if scope == "after" and speaker.kind == "pronoun" and _reported_scene(ctx.tail):
                speaker.name = None
            if speaker.kind == "role" and speaker.name is None:
                speaker.name = _introduced_before(speakers, speaker) or _body_going_on(
                    speakers, speaker, attribution.cue, names)
            if speaker.kind == "pronoun" and speaker.text.lower() == "it":
                speaker.name = _reporting_body(names, span.opened_at)
            elif speaker.kind == "pronoun" and speaker.text.lower() == "they":
                speaker.name = _plural_body_before(speakers, names, speaker.at)
            speakers.append(attribution.speaker)
        text = " ".join(paragraphs[p][a:b] for p, a, b in span.pieces)
        speaker_words = attribution.speaker.text.lower() if attribution and attribution.speaker else ""
        attributed = scope in ("after", "before", "carried") and speaker_words not in ("it", "this")
        named = _named_by(paragraphs, span) or _voiced(paragraphs, span)
        if scope == "before" and attribution.cue and _label_in_a_thing_clause(paragraphs, span, attribution.cue):
            continue
        if not named and _is_scare_or_title(text, article, attributed, _reported(paragraphs, span, floor, ceiling)):
            continue
        unnamed = attribution is not None and attribution.speaker is not None and attribution.speaker.name is None
        if scope in ("label", "context") and unnamed:
            # Read outside the quote's sentence: who "he" is, or the fullest name, from the article.
            last = _last_person(names, speakers, attribution.speaker.at, attribution.speaker.text.lower())
            attribution.speaker = _resolve(attribution.speaker, names, last)
            speakers.append(attribution.speaker)
        kept.append((span, attribution))
    _describe_main_person(article, speakers, names)
    known = {s.name for s in speakers if s.name and s.kind == "name"}
    quoted = [(p, a, b) for span, _ in kept for p, a, b in span.pieces]
    found: list[tuple[Quote, list[Candidate]]] = []
    previous_name: str | None = None
    # The words of every quote each speaker is given (a continued quote shares its speaker): "he" is no one any of
    # them names.
    words_of: dict[int, list[str]] = defaultdict(list)
    for span, att in kept:
        words_of[id(att.speaker if att else None)].append(_span_text(paragraphs, span))
    for n, (span, att) in enumerate(kept, start=1):
        signature = posts.get(id(span))
        if signature is not None and att is not None and att.pattern != "dash_signed" and not (
                att.speaker is not None and _signs_post(att.speaker.name, signature)):
            att = None
        said = _NESTED_QUOTE.sub(" ", " ".join(words_of[id(att.speaker if att else None)]))
        quote = _quote(article, n, span, att, names, known, said)
        candidates = _candidates(article, span, att, quote, names, quoted, previous_name)
        if signature is not None:
            candidates = [c for c in candidates if c.rule or _signs_post(c.name, signature)]
        if att is not None and att.speaker is not None and _pronoun_of_someone(att.speaker):
            candidates = [c for c in candidates if not _names_in(said, c.name)]  # "he" is no one his quotes name
            if quote.speaker_name:
                quote.doubt = _bound_past(names, att.speaker.at, quote.speaker_name, att.speaker.text)
        found.append((quote, candidates))
        previous_name = quote.speaker_name
    return found


def _antecedent_in_sentence(paragraphs: list[str], span: _Span, speaker: _Speaker, names: _ArticleNames) -> str | None:
    """Who "he" or "she" before the quote is when its own sentence opens with a person: the
    subject ("Clinton says she appreciated … what she calls “…”"), of the pronoun's gender."""
    p, at = span.opened_at
    pronoun = speaker.text.lower()
    if speech.PRONOUN_GENDER.get(pronoun) is None or speaker.at[0] != p or speaker.at[1] > at:
        return None
    sentence = paragraphs[p][speaker.at[1] : at]
    said = re.search(rf"\b{pronoun}\b", sentence, re.IGNORECASE)
    subject = _sentence_subject(sentence)
    if said is None or subject is not None and speech.PRONOUNS.get(subject[0].lower()) not in (None, "thing"):
        return None  # a person or group opens the sentence: the pronoun is theirs or read from before it
    person = _clause_subject(sentence, said.start(), speaker, names) if subject is not None else None
    if person is None:
        # Not the sentence's subject: the subject of the clause holding the pronoun ("It is worth recalling the
        # outcry when Jo Roe, then a nominee, defended what he called “…”").
        opener = list(_CLAUSE_OPENING_NAME.finditer(sentence, 0, said.start()))
        if opener:
            start = opener[-1].end()
            person = _clause_subject(sentence[start:], said.start() - start, _Speaker(
                speaker.text, at=(p, speaker.at[1] + start)), names)
    return person


# A subordinate clause opening with a capitalised word: "… when Jo Roe".
_CLAUSE_OPENING_NAME = re.compile(rf"\b(?:{'|'.join(sorted(speech.SUBORDINATORS))})\s+(?=[A-Z])")


def _clause_subject(sentence: str, said: int, speaker: _Speaker, names: _ArticleNames) -> str | None:
    """The person that opens ``sentence`` (from ``speaker.at``), as "he" or "she" at ``said`` in it: its subject,
    named before the pronoun, a person the article names, of the pronoun's gender."""
    p = speaker.at[0]
    pronoun = speaker.text.lower()
    subject = _sentence_subject(sentence)
    if subject is None or subject[0].lower() in speech.PRONOUNS or not _is_cap(subject[0]):
        return None
    if subject[1][:1] and subject[1][0].lower() in ("and", "or"):
        return None  # "Jo Roe and Al Poe met Ann Lee, when he said": two people open it, neither alone is "he"
    if subject[0].split()[0].lower() in speech.GLUED_WORDS:
        return None  # a topic, not a subject: 'Of Obama, he said, "…"'
    if sentence.find(subject[0]) >= said:
        return None
    person = _resolve(_Speaker(subject[0], at=speaker.at), names, None).name
    begin = speaker.at[1] + sentence.find(subject[0])
    if person is None and ((p, begin), subject[0]) in names.people:
        # A one-word name that is also a title, which the entities stage took for a person here: "A decade ago,
        # Prince gave an interview in which he …" is his.
        person = subject[0]
    if person is not None and len(subject[0].split()) == 1:
        person = _fullest(person.split()[-1], names, speaker.at, speech.PRONOUN_GENDER[pronoun])
    # A person: a full name, one the article names as a person, or the subject of a reporting
    # verb ("Bolton said he would …").
    reports = bool(subject[1]) and subject[1][0].lower().strip(".,") in speech.REPORTING_VERBS
    known = person is not None and (len(person.split()) > 1 or reports or any(n == person for _, n in names.people))
    if not known or _gender(person, names) not in (None, speech.PRONOUN_GENDER[pronoun]):
        return None  # not a person the article names ("Currently above $40, he said")
    return person


def _describe_main_person(article: Article, speakers: list[_Speaker], names: _ArticleNames) -> None:
    """Name the speakers given as a definite description whose role the article gives nobody:
    by news convention "the billionaire" or "The Williams driver" is the article's main person,
    the most frequent named speaker, when the title names them too."""
    counts: dict[str, int] = defaultdict(int)
    for speaker in speakers:
        if speaker.name and speaker.kind == "name":
            counts[speaker.name] += 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return
    main = ranked[0][0]
    surname = main.split()[-1]
    in_title = surname in article.title and re.search(rf"\b{re.escape(surname)}\b", article.title)
    if not in_title or _gender(main, names) is None:
        return  # not in the title, or not known to be a person (no "he", "she", "Mr" near the name)
    described: set[int] = set()
    for speaker in speakers:
        words = speaker.text.split()
        definite = speaker.kind == "role" and speaker.name is None and words[0].lower() == "the"
        unheld = not _role_holders(speaker.text, speaker.text, names, speaker.at)
        # not an office: "the president"
        if definite and words[-1].lower() in speech.PERSON_NOUNS | speech.TRADE_NOUNS and unheld:
            speaker.name = main
            described.add(id(speaker))
    _continue_main_person(speakers, names, main, described)


def _continue_main_person(speakers: list[_Speaker], names: _ArticleNames, main: str, described: set[int]) -> None:
    """Name the "he" or "she" left unknown right after a description just read as the main person (``described``:
    "The director said …" and then "He added"), or after such a pronoun, when the pronoun fits the main person's
    gender and nobody else it could be is named outside a quote in the paragraphs since the one before."""
    gender = _gender(main, names)
    previous: _Speaker | None = None
    for speaker in speakers:
        unknown = speaker.kind == "pronoun" and speaker.name is None
        if (
            unknown
            and previous is not None
            and id(previous) in described
            and speech.PRONOUN_GENDER.get(speaker.text.lower()) == gender
            and not any(
                previous.at[0] < pos[0] and pos < speaker.at
                and _fullest(n, names, pos) != main
                and _gender(n, names) in (None, gender)
                and not any(q == pos[0] and a <= pos[1] < b for q, a, b in names.quoted)
                for pos, n in names.people
            )
        ):
            speaker.name = main
            described.add(id(speaker))
        previous = speaker


# --- the patterns of a quote whose own sentence names nobody: "carried", "label", "context" ---


# A clause with a subject named or described and a verb of its own: ", while Roe refers to …", ", Roe expressed …",
# ", and her husband cut in", ". The report indicated …".
_DESCRIBED_SUBJECT = "|".join(sorted(speech.DETERMINERS | speech.POSSESSIVES))
_NOT_IN_SUBJECT = "|".join(sorted(set(speech.PRONOUNS) | speech.RELATIVE_PRONOUNS | speech.DETERMINERS))
_NEW_SUBJECT = re.compile(
    r"(?:^\W*|[,;]\s+|\b(?:while|whereas|and|but)\s+)((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)\s+"
    rf"(?!(?:is|was|has|does)\b)(?:[a-z]+(?:ed|s)|{'|'.join(sorted(speech.IRREGULAR_PAST))})\b"
    r"|(?:^\W*|[.;]\s+|\b(?:and|but)\s+)"
    rf"((?i:{_DESCRIBED_SUBJECT})\s+(?!(?:{_NOT_IN_SUBJECT})\b)[a-z][\w'’-]+)\s+"
    rf"(?!(?:is|was|has|does)\b)(?:[a-z]+(?:ed|s)|{'|'.join(sorted(speech.IRREGULAR_PAST))})\b"
)


def _continued(ctx: _Context) -> _Attribution | None:
    """'"…," X added. "…"': the previous quote resumes, with the same speaker."""
    if not ctx.kept or ctx.span is None or not _continues(ctx.paragraphs, ctx.kept[-1][0], ctx.span):
        return None
    previous, attribution = ctx.kept[-1]
    if not ctx.span.reopened and _other_subject_between(ctx, previous, attribution):
        return None  # '"…," while Roe calls it "…"': someone else's clause, not the quote resuming
    return attribution


# A sentence opening on a name, maybe after a title ("US coach Jo Roe wants …"), and its verb (not after "Mr.", "U.S.").
_SENTENCE_OPENING_NAME = re.compile(
    r"(?<![A-Z][a-z])(?<![A-Z])[.!?][\"”’']?\s+(?:[\w'’.-]+\s+){0,2}?((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)\s+"
    rf"(?!(?:is|was|has|does)\b)(?:[a-z]+(?:ed|s)|{'|'.join(sorted(speech.IRREGULAR_PAST))})\b"
)


def _other_subject_between(ctx: _Context, previous: _Span, attribution: _Attribution | None) -> bool:
    """Whether, between an earlier quote of the paragraph and this one, a clause opens with someone other than
    the earlier quote's speaker and a verb of their own."""
    assert ctx.span is not None
    if previous.closed_at[0] != ctx.span.opened_at[0]:
        return False
    between = ctx.paragraphs[ctx.p_open][previous.closed_at[1] : ctx.span.opened_at[1]]
    said = attribution.speaker.text if attribution is not None and attribution.speaker is not None else ""
    if any(
        subject.lower() not in PRONOUNS and subject.split()[-1] not in said.split()
        for m in _NEW_SUBJECT.finditer(between)
        for subject in [m.group(1) or m.group(2)]
    ):
        return True
    # A sentence between that opens on another person the entities stage found ('"…," said Roe. US coach Al Poe wants
    # more. "…"'), not the earlier speaker under another name or a pronoun.
    speaker = attribution.speaker if attribution is not None else None
    named = f"{said} {speaker.name or ''}".split() if speaker is not None else []
    return any(m.group(1).split()[-1] in ctx.people and m.group(1).split()[-1] not in named
               for m in _SENTENCE_OPENING_NAME.finditer(between))


def _transcript_label(ctx: _Context) -> _Attribution | None:
    """A transcript's speaker label opening the quote ('"WALLACE: Let's start …') or the turn."""
    if ctx.span is None:
        return None
    p, start, end = ctx.span.pieces[0]
    inside = _TURN_LABEL.match(ctx.paragraphs[p][start:end])
    label = inside or _TURN_LABEL.fullmatch(ctx.paragraphs[p][:start])
    if label is None:
        return None
    name = label.group(1).title()
    opens_paragraph = not ctx.paragraphs[p][:start].strip(" \"“‘'")
    if inside and not opens_paragraph and not _bears_label(ctx.paragraphs, label.group(1), name):
        return None  # "signs that read 'CAUTION: Watch for Falling Snow'": a label no one in the article bears
    return _Attribution(_Speaker(_labelled_in_full(ctx.paragraphs, name), at=(p, start)), None)


def _labelled_in_full(paragraphs: list[str], name: str) -> str:
    """The full name a transcript's first label with a role gives the speaker of a surname's label: "ROE: …" after
    "JO ROE, HOST: …" is Jo Roe's turn."""
    fulls = {m.group(1).title() for text in paragraphs if (m := _ROLE_LABEL.match(text))}
    matching = [full for full in fulls if full.split()[-1] == name]
    return matching[0] if len(matching) == 1 else name


def outlet_staff(article: Article) -> set[str]:
    """The article's outlet's own journalists, as a page writes their names: those a transcript labels as one
    ("RENEE MONTAGNE, HOST:", "ANN LEE, BYLINE:"), and those the text names as the outlet's ("NPR's Jo Roe reports")."""
    labelled = {m.group(1).title() for text in article.paragraphs if (m := _ROLE_LABEL.match(text))
                and m.group(2).strip(" ,") in speech.STAFF_LABEL_ROLES}
    if not article.outlet:
        return labelled
    owned = re.compile(rf"\b{re.escape(article.outlet)}['’]s\s+((?:[A-Z][\w'’-]+\s+){{1,3}}[A-Z][\w'’-]+)")
    return labelled | {m.group(1) for text in article.paragraphs for m in owned.finditer(text)}


def _bears_label(paragraphs: list[str], label: str, name: str) -> bool:
    """Whether a speaker label inside a quote within a sentence names someone: it opens two turns or more
    ("WALLACE: …"), or the article writes the name outside quotation marks."""
    turns = sum(len(re.findall(rf"(?:^|[\"“‘'])\s*{re.escape(label)}:", text)) for text in paragraphs)
    named = re.compile(rf"(?<![‘'\"“])\b{re.escape(name)}\b(?![’'\"”])")
    return turns >= 2 or any(named.search(text) for text in paragraphs)


_TURN_LABEL = re.compile(speech.SPEAKER_LABEL)
_ROLE_LABEL = re.compile(rf"({speech.SPEAKER_NAME})({speech.SPEAKER_ROLE}):\s")
_MIN_TURNS = 3  # labelled paragraphs, by two speakers or more, that make the article a transcript


def _transcript_turns(paragraphs: list[str]) -> list[_Span]:
    """Each turn of an interview transcript ("SHAPIRO: What can you tell us?") as a quote of its
    speaker: in an article where two people or more take turns, each paragraph a label opens."""
    labelled = [(p, m) for p, text in enumerate(paragraphs) if (m := _TURN_LABEL.match(text)) and len(text) > m.end()]
    if len(labelled) < _MIN_TURNS or len({m.group(1) for _, m in labelled}) < 2:
        return []
    return [
        _Span([(p, m.end(), len(paragraphs[p]))], (p, m.end()), (p, len(paragraphs[p])))
        for p, m in labelled
    ]


def _speakers_of(ctx: _Context, paragraph: int) -> list[_Attribution]:
    """The attributions of the quotes kept so far that close in ``paragraph``."""
    return [a for s, a in ctx.kept if s.closed_at[0] == paragraph and a is not None and a.speaker is not None]


def _paragraph_speaker(ctx: _Context) -> _Attribution | None:
    """By news convention, the speaker of an earlier quote in the quote's paragraph."""
    if ctx.span is None:
        return None
    earlier = _speakers_of(ctx, ctx.span.opened_at[0])
    if not earlier:
        return None
    last = next(s for s, a in reversed(ctx.kept) if a is earlier[-1])
    if _other_subject_between(ctx, last, earlier[-1]):
        return None
    subject = _sentence_subject(ctx.head)
    said = earlier[-1].speaker
    named = subject is not None and _is_cap(subject[0]) and not _common_opener(subject[0], ctx.paragraphs)
    if subject is not None and said is not None and named:
        # The quote's own sentence is about someone else ("Kasich resisted: "…"", "Mitt Romney's "…""): not
        # by convention the earlier speaker's words.
        names = {re.sub(r"['’]s?$", "", w) for w in f"{said.text} {said.name or ''}".split()}
        if re.sub(r"['’]s?$", "", subject[0].split()[-1]) not in names:
            return None
    return earlier[-1]


def _before_quote(ctx: _Context) -> str:
    """The words of the quote's paragraph before its opening mark."""
    assert ctx.span is not None
    p, at = ctx.span.opened_at
    return ctx.paragraphs[p][:at].rstrip(" \"“”'‘’")


def _sentence_before(ctx: _Context) -> tuple[str, int, int] | None:
    """The sentence before the quote in its paragraph (its words, paragraph and offset), when the
    quote opens a sentence of its own."""
    if ctx.span is None:
        return None
    before = _before_quote(ctx)
    if not before.strip():
        return None
    p = ctx.span.opened_at[0]
    sentence, begin = _head(before, len(before), 0)
    if sentence.strip() == before.strip() and not _is_sentence_end(before, len(before) - 1):
        return None  # the quote's own sentence: it named nobody
    sentence, begin = _head(before, begin - 1, 0) if not sentence.strip() else (sentence, begin)
    return sentence, p, begin


def _previous_report(ctx: _Context) -> _Attribution | None:
    """Who the sentence before the quote reports: 'The board may wait, Reed said. "…"'."""
    found = _sentence_before(ctx)
    report = _sentence_report(ctx.paragraphs, *found) if found is not None else None
    if found is not None and report is not None and report.cue and _new_clause(found[0][found[0].rfind(report.cue) :]):
        # '"…," Roe said, and her husband cut in. "…"': a clause with a subject of its own ends the sentence; the
        # quote after it may be that subject's, not the report's.
        return _Attribution(None, None)
    if found is not None and report is not None and report.cue and report.cue.split()[0].lower() in speech.ASKING_VERBS:
        return _asked(found, report)
    return report


def _asked(found: tuple[str, int, int], report: _Attribution) -> _Attribution:
    """The quote after a sentence that asks someone something answers it: 'Vell Online asked Jo Roe whether …
    "Definitely not."' is Roe's, never the asker's; unknown when the one asked is not named. A verb that asks no
    one ('Roe would serve if asked.') leaves the report as it is."""
    sentence, p, begin = found
    at = sentence.rfind(report.cue or "") + len(report.cue or "")
    if not sentence[at:].strip(" .?!"):
        return report
    asked = re.split(rf"[,;:?]|\s(?:{'|'.join(sorted(speech.ASKED_ABOUT))})\b", sentence[at:], maxsplit=1)[0]
    np = _clean_np(asked)
    if np and _is_cap(np) and _looks_like_np(np):
        return _Attribution(_Speaker(np, at=(p, begin + at + sentence[at:].find(np))), None)
    return _Attribution(None, None)


def _previous_sentence(ctx: _Context) -> _Attribution | None:
    """The subject of the sentence before the quote, which reports nothing: 'Sanders identified
    the flaw. "…"'."""
    found = _sentence_before(ctx)
    if found is None or found[0].lstrip().startswith(('"', "“", "‘", "'")):
        # A sentence that opens with a quote ('"France will always be France," an angry Hollande
        # retaliated.'): its first words are the quote's, never its subject.
        return None
    return _sentence_subject_of(ctx.paragraphs, *found)


def _paragraph_before(ctx: _Context) -> int | None:
    """For a paragraph that opens with the quote, the body paragraph before it."""
    if ctx.span is None or _before_quote(ctx).strip():
        return None
    return _previous_body_paragraph(ctx.paragraphs, ctx.span.opened_at[0])


def _colon_intro(ctx: _Context) -> _Attribution | None:
    """The speaker the previous paragraph introduces ('Caddell continued:')."""
    before_p = _paragraph_before(ctx)
    if before_p is None or not ctx.paragraphs[before_p].rstrip().endswith(":"):
        return None
    previous = ctx.paragraphs[before_p].rstrip()
    sentence, begin = _head(previous, len(previous) - 1, 0)
    return _sentence_report(ctx.paragraphs, sentence, before_p, begin) or _sentence_subject_of(
        ctx.paragraphs, sentence, before_p, begin
    )


def _previous_paragraph(ctx: _Context) -> _Attribution | None:
    """An unattributed quote paragraph continues the last speaker of the paragraph before."""
    before_p = _paragraph_before(ctx)
    if before_p is None or ctx.paragraphs[before_p].rstrip().endswith(":"):
        return None
    last = _speakers_of(ctx, before_p)
    return last[-1] if last else None


def _previous_paragraph_report(ctx: _Context) -> _Attribution | None:
    """Who the last sentence of the paragraph before reports, when that paragraph quotes nobody:
    'Reed said that the board would wait. (new paragraph) "…"'."""
    before_p = _paragraph_before(ctx)
    if before_p is None or ctx.tail.strip(" \"”'’.,;") and not _pronoun_introduces_next(ctx):
        return None  # words after the quote in its sentence say where it came from
    assert ctx.span is not None
    p_close, at_close = ctx.span.closed_at
    after = ctx.paragraphs[p_close + 1].lstrip() if p_close + 1 < len(ctx.paragraphs) else ""
    if not ctx.paragraphs[p_close][:at_close].endswith(('"', "”")) and not after.startswith(('"', "“")):
        return None  # a quote left open with no new paragraph of it next: where it ends, and whose it is, is unsure
    previous = ctx.paragraphs[before_p].rstrip()
    if any(mark in previous for mark in '"“”'):
        return None  # a quote in it has its own speaker, one the previous_paragraph pattern reads
    if not previous.endswith((".", "!", "?")) or _PHOTO_CREDIT.search(previous):
        return None  # a caption or an introducing colon, not a sentence of the running text
    sentence, begin = _head(previous, len(previous) - 1, 0)
    found = _sentence_report(ctx.paragraphs, sentence, before_p, begin)
    if found is None or found.speaker is None or " and " in found.speaker.text:
        return None  # several people reported together: which of them goes on is unsaid
    if found.speaker.text.lower() in PRONOUNS:
        return None  # whom "he" stands for two sentences away from the quote is too often someone else
    return found


# A sentence of its own that gives the next quote to "he" or "she": '“…?” Asked about it, he said, “…”'.
_PRONOUN_SAYS_NEXT = re.compile(
    rf"[^\"“”.!?]*\b(?i:{'|'.join(sorted(speech.PRONOUN_GENDER))})\s+(?:[a-z]+ly\s+)?"
    rf"(?:{'|'.join(sorted(speech.REPORTING_VERBS))})\b[^\"“”.!?]*[,:]\s*[\"“]?\s*"
)


def _pronoun_introduces_next(ctx: _Context) -> bool:
    """Whether the quote ended its sentence and the words after it only give the next quote to "he" or "she": the
    pronoun goes on with whoever the quote continues, so they say nothing of another speaker."""
    return ctx.tail_introduces_next and _PRONOUN_SAYS_NEXT.fullmatch(ctx.tail) is not None


# Picture cues and photo credits that mark a caption: "(pictured)", "(AP Photo/…)", "Getty Images"
# (not a wire dateline's bare "(AP)").
_PHOTO_CREDIT = re.compile(
    r"\((?:pictured|above|below|left|right|centre|center|top|bottom)\b[^)]{0,30}\)"
    r"|\((?:AP|Reuters|AFP|EPA|Getty)[ /][^)]{0,40}\)|\bPictured\b|\bGetty Images\b|\b(?:Photo|Image|Credit)s?:"
)
MAX_CAPTIONS_SKIPPED = 4  # a run of captions and fact boxes longer than this is body text after all


def _is_caption(text: str) -> bool:
    """A photo caption or fact box set between body paragraphs: it ends without a sentence's
    final punctuation, or it credits a picture, and reports nobody's words with a finite verb.
    It is no part of the running text, so a quote paragraph after it continues the speaker before it."""
    ended = re.search(r"[.!?:…][\"”'’)]*$|[\"”'’]$", text.rstrip())
    if ended and not _PHOTO_CREDIT.search(text):
        return False
    return not any(not _bare(v).endswith("ing") for v in _reporting_verbs(text))


def _previous_body_paragraph(paragraphs: list[str], p: int) -> int | None:
    """The paragraph before ``p`` that belongs to the running text, skipping captions and fact boxes."""
    for q in range(p - 1, max(-1, p - 2 - MAX_CAPTIONS_SKIPPED), -1):
        if not _is_caption(paragraphs[q]):
            return q
    return None


def _sentence_report(paragraphs: list[str], sentence: str, paragraph: int, offset: int) -> _Attribution | None:
    """Who a sentence without a quote reports: the patterns before a quote, read over the whole sentence."""
    return _attribute(_Context(paragraphs, sentence.rstrip(".:") + " ", offset, paragraph), ("before",))


def _sentence_subject_of(paragraphs: list[str], sentence: str, paragraph: int, offset: int) -> _Attribution | None:
    """The subject of a sentence, when it is capitalised or a pronoun."""
    subject = _sentence_subject(sentence)
    if subject is None or not (_is_cap(subject[0]) or subject[0].lower() in speech.PRONOUNS):
        return None
    if _common_opener(subject[0], paragraphs):
        return None
    return _Attribution(_Speaker(subject[0], at=(paragraph, offset)), None)


_MATCHERS: dict[str, Callable[[_Context], _Attribution | None]] = {
    "dash_signed": _dash_signed,
    "dash_signed_below": _dash_signed_below,
    "quoted_as_after": _quoted_as_after,
    "cue_name_after": _cue_name_after,
    "name_cue_after": _name_cue_after,
    "according_to_after": _according_to_after,
    "report_ends_sentence": _report_ends_sentence,
    "as_reported_by_after": _as_reported_by_after,
    "bracketed_after_name": _bracketed_after_name,
    "claim_of": _claim_of,
    "according_to": _according_to,
    "passive_by": _passive_by,
    "asked_by": _asked_by,
    "quoted_as": _quoted_as,
    "participle": _participle,
    "subject_cue_before": _subject_cue_before,
    "sentence_subject": _subject_of_sentence,
    "colon_subject": _colon_subject,
    "subject_predicate": _subject_predicate,
    "inverted_cue_before": _inverted_cue_before,
    "inverted_aside": _inverted_aside,
    "name_label": _name_label,
    "continued": _continued,
    "transcript_label": _transcript_label,
    "paragraph_speaker": _paragraph_speaker,
    "colon_intro": _colon_intro,
    "previous_report": _previous_report,
    "previous_sentence": _previous_sentence,
    "previous_paragraph": _previous_paragraph,
    "previous_paragraph_report": _previous_paragraph_report,
}
# The attribution patterns in the order and under the names speech.ATTRIBUTION_PATTERNS gives them.
ATTRIBUTION_TABLE: tuple[tuple[str, str, Callable[[_Context], _Attribution | None]], ...] = tuple(
    (name, scope, _MATCHERS[name]) for name, scope, _ in speech.ATTRIBUTION_PATTERNS
)


def _attribute(ctx: _Context, scopes: tuple[str, ...] | None = None) -> _Attribution | None:
    """The first pattern of ATTRIBUTION_TABLE (of the given scopes) that attributes the quote,
    recorded under that pattern's name."""
    for name, scope, matcher in ATTRIBUTION_TABLE:
        if scopes is not None and scope not in scopes:
            continue
        if (scope == "before" and not ctx.head.strip()) or (scope == "after" and ctx.head_governs):
            continue
        if scope == "after" and ctx.tail_introduces_next:
            continue
        if scope in ("carried", "context") and (ctx.voiced_after or ctx.sourced_before):
            continue  # its own sentence gives it to someone the patterns could not read: not an earlier speaker
        found = matcher(ctx)
        if found is not None:
            return dataclasses.replace(found, pattern=name)
    return None


_SPEECH_WORDS = speech.REPORTING_VERBS | speech.REPORTED_SPEECH_WORDS


def _reported(paragraphs: list[str], span: _Span, floor: int, ceiling: int) -> bool:
    """Whether the sentence around the span reports speech (a reporting verb or noun), whoever its subject."""
    p_open, at_open = span.opened_at
    p_close, at_close = span.closed_at
    around = _head(paragraphs[p_open], at_open, floor)[0] + " " + _tail(paragraphs[p_close], at_close, ceiling)
    return any(_bare(t) in _SPEECH_WORDS for t in _tokens(around))


def _inside_markup(paragraphs: list[str], span: _Span) -> bool:
    """Attribute values in leftover markup: <tweet author="…">."""
    p, i = span.opened_at
    return paragraphs[p][max(0, i - 1) : i] == "="


def _floor(spans: list[_Span], index: int, paragraph: int) -> int:
    """Where the words before span ``index`` may start: after the previous span in its paragraph."""
    if index > 0 and spans[index - 1].closed_at[0] == paragraph:
        return spans[index - 1].closed_at[1]
    return 0


def _ceiling(spans: list[_Span], index: int, paragraph: int, length: int) -> int:
    """Where the words after span ``index`` must stop: before the next span in its paragraph."""
    if index + 1 < len(spans) and spans[index + 1].opened_at[0] == paragraph:
        return spans[index + 1].opened_at[1]
    return length


def _continues(paragraphs: list[str], previous: _Span, span: _Span) -> bool:
    """Whether ``span`` resumes the previous quote: same paragraph, or a reopened quote, or a quote
    paragraph right after one, with no other words in between that could name someone else."""
    if span.reopened:
        return True
    p_prev, at_prev = previous.closed_at
    p, at = span.opened_at
    if p == p_prev:
        # At most the previous quote's own attribution in between: '"…," X said. "…"'.
        between = paragraphs[p][at_prev:at]
        ends = [i for i in range(len(between)) if _is_sentence_end(between, i)]
        return not ends or not between[ends[0] + 1 :].strip()
    if p == p_prev + 1 and not paragraphs[p][:at].strip():
        return not paragraphs[p_prev][at_prev:].strip(" ,.")
    return False


def _shown_role(role: str | None) -> str | None:
    """A role as a reader sees it beside the quote: "official named (Jo Roe)" without the word bringing in the name;
    none for "spokesman for (Acme)", which says who spoke for the speaker, not what the speaker is, nor for words with
    a finite verb in lower case, a clause read for a speaker."""
    words = (role or "").split()
    if words and words[-1].lower() in speech.NAMING_PARTICIPLES:
        words.pop()
    if words and words[-1].lower() in speech.PREPOSITIONS:
        return None
    if any(word in _FINITE_VERB_WORDS for word in words):
        return None  # a clause, no noun phrase: "The group has drafted a resolution", "Seoul should instead"
    return " ".join(words) or None


_FINITE_VERB_WORDS = speech.AUXILIARIES | {"has", "have", "had"}


def _quote(
    article: Article,
    n: int,
    span: _Span,
    attribution: _Attribution | None,
    names: _ArticleNames,
    known: set[str],
    said: str,
) -> Quote:
    """The quote of ``span``, with its attribution's speaker; ``said`` is the words of every quote that attribution
    gives (the quotes it continues too), without the quotes nested in them (``_NESTED_QUOTE``)."""
    p, start, end = span.pieces[0]
    text = " ".join(article.paragraphs[q][a:b] for q, a, b in span.pieces)
    quote = Quote(
        id=f"{article.id}-q{n}",
        article=article.id,
        paragraph=p,
        text=text,
        start=start,
        end=end,
        paragraphs=[q for q, _, _ in span.pieces],
        pieces=list(span.pieces),
    )
    if attribution is not None:
        quote.cue = attribution.cue
        speaker = attribution.speaker
        if speaker is not None:
            quote.attribution = attribution.pattern
            quote.speaker_text = speaker.text
            quote.speaker_role = _shown_role(speaker.role)
            quote.speaker_name = speaker.name
            if speaker.name and speaker.kind == "name":
                quote.speaker_name = _near_miss(speaker.name, known, names)
            if speaker.name and _pronoun_of_someone(speaker) and _names_in(said, speaker.name):
                # '"Lewis did a great job," he added. "…"': people rarely name themselves, so "he" is someone else
                # (in the quote that continues too).
                quote.speaker_name = None
            if quote.speaker_name and _about_its_speaker(text, quote.speaker_name):
                quote.speaker_name = None
    return quote


def _pronoun_of_someone(speaker: _Speaker) -> bool:
    """Whether the speaker is a pronoun for a person or people, who rarely name themselves; not "it", a body, whose
    statements do ('"… a priority for the State Department," it said')."""
    return speaker.kind == "pronoun" and speech.PRONOUNS.get(speaker.text.lower()) != "thing"


def _about_its_speaker(text: str, name: str) -> bool:
    """Whether a quote names its speaker in full as the subject of one of its sentences and never speaks in the
    first person: '"Born in Vell, Jo Roe moved to the mainland at 13."' is a biography of Roe, not Roe's words."""
    # Any given name before the surname: the article may spell it otherwise ("Raul" in it, "Raúl" in the quote).
    surname = re.escape(name.split()[-1])
    if len(name.split()) < 2 or not re.search(rf"(?:^|[.!?]\s+|,\s+)[A-Z][\w'’.-]*\s+{surname}\s+[a-z]", text):
        return False
    return not any(w.lower().replace("’", "'") in speech.FIRST_PERSON for w in re.findall(r"[\w'’]+", text))


# A quote inside the quote, in single marks: others' words, in which the speaker may be named ("'How's Sarah?'").
_NESTED_QUOTE = re.compile(r"(?<!\w)['‘](?:[^'‘’\n]|['’](?=\w)){1,200}?['’](?!\w)")


# A comment clause after a quote's attribution naming who reports the scene: "…, as Roe recalled it".
_AS_SOMEONE_REPORTS = re.compile(r"[^.?!]*?,\s+as\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:[a-z]+ly\s+)?(\w+)")


def _reported_scene(tail: str) -> bool:
    """Whether the words after a quote, in its sentence, say a named person reports the scene ('"…," he announced,
    as Roe recalled it'): "he" is someone in Roe's account, not the last person the article named."""
    found = _AS_SOMEONE_REPORTS.match(tail)
    return found is not None and found.group(1) in speech.RECALLING_VERBS


def _names_in(text: str, name: str) -> bool:
    """Whether ``text`` names the person, by any word of the name of three letters or more that is not the start
    of another name ("Trump Tower", "the Clinton Foundation"); not by a word in lower case of a body's name ("the" of
    "People for the Ethical Treatment of Animals")."""
    return any(len(word) >= 3 and word[:1].isupper() and word in text
               and re.search(rf"\b{re.escape(word)}\b(?!\s+[A-Z])", text) for word in name.split())


# --- step 2b: the speaker model -------------------------------------------------------------------


@dataclass
class Candidate:
    """Someone who may have said a quote: a name near it, or the one the rules chose."""

    name: str  # the fullest name the article gives
    text: str  # the words as written where it is nearest the quote
    at: tuple[int, int, int]  # paragraph, start, end of those words
    rule: bool  # the attribution rules chose it
    features: dict[str, float] = field(default_factory=dict)


CANDIDATE_PARAGRAPHS = 2  # paragraphs before the quote's own in which candidates are sought
_PREPOSITIONS = frozenset("of to with by for about against from on at in than and like into over".split())


@functools.cache
def speaker_model() -> dict:
    """The speaker model (dossier/models/speaker.json): logistic-regression weights over the
    candidates' features, learned from PolNeAR train by scripts/train_speakers.py, and the
    confidence under which a quote's speaker is left unknown."""
    return json.loads(resources.files("dossier.models").joinpath("speaker.json").read_text(encoding="utf-8"))


def score(candidate: Candidate, model: dict) -> float:
    """The model's probability that ``candidate`` said the quote."""
    weights = model["weights"]
    total = model["bias"] + sum(weights.get(f, 0.0) * v for f, v in candidate.features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def _decide(quote: Quote, candidates: list[Candidate], model: dict) -> None:
    """Keep the rules' choice where its pattern is precise enough or the model is sure enough of
    it; take the model's own choice over it only when the model is sure of that one; otherwise
    the speaker is unknown (a role the rules read, "a spokesman", stays as the words said)."""
    scored = sorted(
        ((score(c, model), c.rule, c.name, c) for c in candidates),
        key=lambda t: t[:3],
        reverse=True,
    )
    rule = next((t for t in scored if t[1]), None)
    other = next((t for t in scored if not t[1]), None)
    thresholds = model["thresholds"]
    if other is not None and (rule is None or other[0] > rule[0]) and other[0] >= thresholds.get("model", 1.0):
        confidence, _, _, best = other
        quote.speaker_name, quote.speaker_text, quote.speaker_role = best.name, best.text, None
        quote.attribution, quote.cue, quote.confidence = "model", None, round(confidence, 3)
    elif rule is not None and rule[0] >= thresholds.get(quote.attribution or "", model["threshold"]):
        quote.confidence = round(rule[0], 3)
    else:
        if quote.speaker_name is not None:
            quote.speaker_name = quote.speaker_text = quote.speaker_role = quote.cue = None
            quote.attribution = None
        quote.confidence = round(max((t[0] for t in scored), default=0.0), 3)


@functools.lru_cache(maxsize=1 << 16)
def _clean_name(name: str | None) -> str | None:
    """A name without the function words a headline or a sentence glued to it ("Of Obama") or a day after it; none
    when only they, a pronoun, or a word that names nobody ("However", "November") are left."""
    words = (name or "").split()
    while words and words[0].lower() in speech.GLUED_WORDS:
        words.pop(0)
    while len(words) > 1 and words[-1].lower() in speech.TIME_WORDS:
        words.pop()  # "President Obama Monday": the day the sentence tells of, no part of the name
    if not words or (len(words) == 1 and words[0].lower().strip(".,") in speech.NOT_NAMES):
        return None
    if len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+\.", words[0]):
        return None  # a lone abbreviation ("Colo.", "Calif.") names a place, never a speaker
    if re.fullmatch(r"I(?:['’](?:ll|d|ve|m))?", words[-1]):
        return None  # "Did I say", "Bet I’ll say": the writer, no one the article names
    if _people_serving_a_person(words):
        return None
    return " ".join(words)


def _people_serving_a_person(words: list[str]) -> bool:
    """ "Lawyers for Jo Roe", "Aides to Jo Roe": people a role ties to a person the article names, no one's name;
    the words are theirs, not the person's. (A cause after the plural names a body: "Veterans for Peace".)"""
    return (len(words) >= 3 and words[0].endswith("s") and words[0][:-1].lower() in speech.ROLE_NOUNS
            and words[1] in ("for", "of", "to") and words[2] in given_names())


def _candidates(
    article: Article,
    span: _Span,
    attribution: _Attribution | None,
    quote: Quote,
    names: _ArticleNames,
    quoted: list[tuple[int, int, int]],
    previous_name: str | None,
) -> list[Candidate]:
    """The names around the quote outside any quote (its own sentence, its paragraph and the two
    before), one candidate per person at their nearest mention, and the rules' choice; never a
    name that cannot speak (a place, a platform, a law)."""
    paragraphs = article.paragraphs
    p_open, p_close = span.opened_at[0], span.closed_at[0]
    by_name: dict[str, Candidate] = {}
    window = [p_open - n for n in range(CANDIDATE_PARAGRAPHS, 0, -1)] + sorted({p_open, p_close})
    for (p, start), end, raw in (run for q in window for run in names.runs_by_paragraph.get(q, ())):
        if any(q == p and a <= start < b for q, a, b in quoted):
            continue  # named inside a quote: the one spoken of, not the speaker
        name = _clean_name(_fullest(raw, names, (p, start)))
        if name is None or not _speaks_here(name, names) or _is_group_name(name) or _common_word(name, names):
            continue
        features = _mention_features(paragraphs, span, p, start, end)
        if features is None:
            continue
        known = by_name.get(name)
        if known is None or features["distance"] < known.features["distance"]:
            by_name[name] = Candidate(name, paragraphs[p][start:end], (p, start, end), False, features)
    rule_name = _clean_name(quote.speaker_name)
    if (
        rule_name is not None
        and _speaks_here(rule_name, names)
        and not _common_word(rule_name, names)
        and not _misread(quote.speaker_name or "")
        and attribution is not None
        and attribution.speaker is not None
    ):
        candidate = by_name.get(rule_name)
        if candidate is None:
            at = attribution.speaker.at
            features = _mention_features(paragraphs, span, at[0], at[1], at[1]) or {"distance": 1.0, "far": 1.0}
            candidate = by_name[rule_name] = Candidate(
                rule_name, quote.speaker_text or rule_name, (*at, at[1]), True, features
            )
        candidate.rule = True
        candidate.features.update(
            {"rule": 1.0, f"rule:{attribution.pattern}": 1.0, f"kind:{attribution.speaker.kind}": 1.0}
        )
        if attribution.cue is not None:
            candidate.features["rule_cue"] = 1.0  # the rules read a reporting verb, not a bare subject
    title = article.title.lower()
    ranked = sorted(by_name.values(), key=lambda c: c.features["distance"])
    for rank, candidate in enumerate(ranked):
        words = candidate.name.split()
        lowered = {w.lower().strip(".,") for w in words}
        extra = {
            f"rank:{min(rank, 3)}": 1.0,
            "one_word": float(len(words) == 1),
            "in_title": float(words[-1].lower() in title),
            "mentions": math.log1p(names.token_counts.get(words[-1], 0)) / 3,
            "not_speaker": float(bool(lowered & speech.NOT_A_SPEAKER_WORDS)),
            "body": float(bool(lowered & speech.BODY_WORDS)),
            "previous_speaker": float(candidate.name == previous_name),
            "candidates": math.log1p(len(ranked)) / 3,
            # What the entities stage took the name for: a person or an organisation may speak.
            **{f"tagged:{kind}": 1.0 for kind in sorted(names.kinds.get(words[-1], {"none"}))},
            "names_between": math.log1p(_names_between(span, candidate, names)) / 2,
        }
        candidate.features.update({k: v for k, v in extra.items() if v})
    return ranked


def _names_between(span: _Span, candidate: Candidate, names: _ArticleNames) -> int:
    """How many other names stand between the candidate's words and the quote, outside any quote:
    a subject far from the quote, with someone else named on the way ("Clinton proposed a debate,
    but the Sanders campaign rejected it as …"), is less likely its speaker."""
    p, start, end = candidate.at
    if p > span.closed_at[0] or (p == span.closed_at[0] and start >= span.closed_at[1]):
        low, high = span.closed_at, (p, start)  # named after the quote
    else:
        low, high = (p, end), span.opened_at
    surname = candidate.name.split()[-1]
    return sum(
        1
        for q in range(low[0], high[0] + 1)
        for at, _, name in names.runs_by_paragraph.get(q, ())
        if low <= at < high
        and name.split()[-1] != surname
        and not any(r == at[0] and a <= at[1] < b for r, a, b in names.quoted)
    )


def _mention_features(paragraphs: list[str], span: _Span, p: int, start: int, end: int) -> dict[str, float] | None:
    """Where a mention sits against the quote and what words are around it."""
    (p_open, at_open), (p_close, at_close) = span.opened_at, span.closed_at
    text = paragraphs[p]
    if p == p_open and end <= at_open:
        between = text[end:at_open]
        where = "before_sentence" if not _sentence_break(between) else "before_paragraph"
        distance = at_open - end
    elif p == p_close and start >= at_close:
        between = text[at_close:start]
        where = "after_sentence" if not _sentence_break(between) else "after_paragraph"
        distance = start - at_close
    elif p < p_open:
        between = text[end:]
        where = "previous_paragraph" if p == p_open - 1 else "earlier_paragraph"
        distance = len(between) + at_open + 200 * (p_open - p - 1)
    else:
        return None
    before = _tokens(text[max(0, start - 40) : start])
    after = _tokens(text[end : end + 40])
    previous = before[-1].group(0).lower() if before else ""
    following = {_bare(t) for t in after[:3]}
    cue_after = bool(following & speech.REPORTING_VERBS)
    features = {
        "distance": math.log1p(distance) / 8,
        f"where:{where}": 1.0,
        "cue_after": float(cue_after),
        "cue_before": float(any(_bare(t) in speech.REPORTING_VERBS for t in before[-2:])),
        "preposition_before": float(previous in _PREPOSITIONS),
        "possessive": float(bool(re.match(r"['’]s\b", text[end : end + 3]))),
        "titled": float(previous.rstrip(".") in speech.ROLE_WORDS or previous in speech.HONORIFICS),
        "comma_after": float(text[end : end + 1] == ","),
        "colon_between": float(":" in between),
        "sentence_start": float(_opens_sentence(text, start)),
        "subject_of_cue": float(cue_after and previous not in _PREPOSITIONS),
        "clause_subject": float(where == "before_sentence" and _subject_of_quote_clause(text, start, end, at_open)),
    }
    return {k: v for k, v in features.items() if v or k == "distance"}


# After a subject's name, up to its verb: a party and state in brackets, an apposition set off by commas, an adverb
# ("Sen. Ann Lee (R-Vt.), the chairwoman, later called …").
_SUBJECT_THEN_VERB = re.compile(
    r"(?:\s*\([^)]{1,30}\))?(?:\s*,[^.;:,“”\"]{1,80},)?\s+(?:[a-z]+ly\s+|(?:also|further|then|again|not)\s+)?([a-z]+)\b"
)
_PREDICATE_OPENERS = speech.IRREGULAR_PAST | speech.SUBJECT_PAST_VERBS | speech.IRREGULAR_REPORTING_PAST
# A reporting verb with a subject of its own ("said", "calls"), not a participle going on with this one's ("calling").
_FINITE_REPORTING_VERBS = speech.IRREGULAR_REPORTING_PAST | frozenset(
    verb for verb in speech.REPORTING_VERBS if verb.endswith(("ed", "s"))
)
_ANOTHER_CLAUSE = re.compile(rf",\s+(?:and|but)\s|\b(?:{'|'.join(sorted(speech.SUBORDINATORS))})\b")


def _subject_of_quote_clause(text: str, start: int, end: int, quote_at: int) -> bool:
    """Whether the name at ``text[start:end]`` is the subject of the clause whose words the quote at ``quote_at``
    ends: it opens its sentence (after an opening phrase, not "According to …, Lee was “…”"), a verb follows it, and
    no other clause or reporting verb stands between that verb and the quote ("Lee called the plan “…”", "Lee
    launched an attack, calling Roe “…”"; not "Lee posted a headline that said “…”", "Lee spoke, and the crowd
    chanted “…”")."""
    begin = _sentence_begin(text, start)
    opening = text[begin:start]
    if not _subject_of_its_sentence(text, begin, start) or _ACCORDING_TO.search(opening):
        return False  # the words are the source's the opening phrase gives
    if re.match(r"['’]", text[end : end + 1]) or any(w.lower() in speech.INTRODUCERS for w in opening.split()[-1:]):
        return False  # a possessor ("Lee's aides"), or a name in an opening phrase ("On Lee's show, …")
    verb = _SUBJECT_THEN_VERB.match(text, end, quote_at)
    if verb is None or not (_predicate_word(verb.group(1)) or verb.group(1) in _PREDICATE_OPENERS):
        return False
    rest = text[verb.end() : quote_at]
    return not _ANOTHER_CLAUSE.search(rest) and not any(
        word.lower() in _FINITE_REPORTING_VERBS for word in re.findall(r"[\w'’-]+", rest)
    )


def _opens_sentence(text: str, start: int) -> bool:
    """Whether only spaces, or a sentence's end (".", "?\"") and spaces, come before ``text[start]``: read
    backwards from it, not by a search from the paragraph's start for every mention."""
    words_end = start
    while words_end and text[words_end - 1].isspace():
        words_end -= 1
    if words_end == 0:
        return True
    if words_end == start:
        return False
    if text[words_end - 1] in "\"”’'":
        words_end -= 1
    return words_end > 0 and text[words_end - 1] in ".!?"


def _sentence_break(text: str) -> bool:
    return any(_is_sentence_end(text, m.start()) for m in _END_MARKS.finditer(text))


_END_MARKS = re.compile(r"[.!?]")


# --- corrections by hand and the review list -----------------------------------------------------


@dataclass
class Correction:
    """One entry of content/quotes.yml: the quote it picks (by id, or by words of its text, in one
    article or any) and the speaker to give it (None: no speaker)."""

    speaker: str | None
    quote: str | None = None
    text: str | None = None
    article: str | None = None

    def picks(self, quote: Quote) -> bool:
        if self.quote is not None:
            return quote.id == self.quote
        if self.article is not None and quote.article != self.article:
            return False
        return self.text is not None and _folded(self.text) in _folded(quote.text)


def _folded(text: str) -> str:
    return " ".join(normalise(text))


def load_corrections(path: Path) -> list[Correction]:
    """Parse ``content/quotes.yml`` (absent or empty: no corrections)."""
    if not path.exists():
        return []
    data = safe_yaml.load_file(path, safe_yaml.MAX_CURATION_CHARS)
    entries = data.get("corrections") or []
    if not isinstance(entries, list):
        raise ValueError(f"{path}: 'corrections' must be a list of entries")
    corrections = []
    for n, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or "speaker" not in entry or not (entry.get("quote") or entry.get("text")):
            raise ValueError(f"{path}: correction {n} needs 'speaker' (a name, or null) and 'quote' or 'text'")
        speaker = entry["speaker"]
        corrections.append(
            Correction(
                speaker=str(speaker).strip() or None if speaker is not None else None,
                quote=str(entry["quote"]) if entry.get("quote") else None,
                text=str(entry["text"]) if entry.get("text") else None,
                article=str(entry["article"]) if entry.get("article") else None,
            )
        )
    return corrections


def apply_corrections(quotes: list[Quote], corrections: list[Correction]) -> list[str]:
    """Set or clear the speaker of every quote an entry picks (later entries win); returns a
    message for each entry that picks no quote."""
    messages = []
    for n, correction in enumerate(corrections, start=1):
        picked = [q for q in quotes if correction.picks(q)]
        if not picked:
            what = correction.quote or f"text {correction.text!r}"
            messages.append(f"content/quotes.yml: correction {n} ({what}) matches no quote")
        for quote in picked:
            quote.speaker_name = quote.speaker_text = correction.speaker
            quote.speaker_role = quote.cue = quote.speaker = None
            quote.attribution, quote.confidence = "correction", 1.0
    return messages


REVIEW_LENGTH = 10  # attributions listed for review at each build


def review_list(quotes: list[Quote], groups: list[QuoteGroup], corrections: Path | None,
                length: int = REVIEW_LENGTH) -> list[str]:
    """The named attributions the build was least sure of, least sure first, one line each; then how many quotes
    have no known speaker, counted as the site lists them (a group of wordings once); last, how to correct one
    (``corrections``: the story's quotes.yml; None: the build has no content folder)."""
    # Only the quotes the site shows under a speaker: a name the dossier keeps as no speaker ("Park" of kind other)
    # leaves its quote among the unattributed ones, counted below.
    named = [q for q in quotes if q.speaker and q.attribution not in ("correction", "group")]
    # One line per quote and speaker: copies of one text would otherwise fill the list with the same attribution.
    group_of = {id(q): group.id for group in groups for q in group.quotes}
    carried: dict[tuple[str, str], list[Quote]] = {}
    for quote in sorted(named, key=lambda q: (q.confidence, q.id)):
        carried.setdefault((group_of.get(id(quote), quote.id), quote.speaker), []).append(quote)
    shown = list(carried.values())[:length]
    unknown = [group for group in groups if not group.speaker]

    lines = [f"least sure attributions: the {len(shown)} least sure of the {len(carried)} quotes given a named "
             f"speaker (a quote several articles carry counted once), lowest confidence first; each line: confidence, "
             f"quote id: speaker (the rule or model naming them) “words”"] if shown else []
    lines += [_review_line(least_sure, others) for least_sure, *others in shown]
    # However sure the model is, "he" read past someone else (another person who spoke, an unnamed spokesman) may be
    # that someone: a wrong speaker the confidence does not show.
    doubted = [quotes for quotes in carried.values() if quotes not in shown and any(q.doubt for q in quotes)]
    if doubted:
        lines.append(f"{counted(len(doubted), 'more attribution')} whose pronoun was read past someone else"
                     + (":" if len(doubted) <= length else f"; the first {length}:"))
        for least_sure, *others in doubted[:length]:
            doubt = next(q.doubt for q in (least_sure, *others) if q.doubt)
            lines.append(f"{_review_line(least_sure, others)}: {doubt}")
    if unknown:
        # The rules leave a speaker unknown when unsure: a person may know who it is.
        lines.append(f"{counted(len(unknown), 'quote')} {'has' if len(unknown) == 1 else 'have'} no known speaker, "
                     f"listed on the site's {paths.url(paths.UNATTRIBUTED)} page"
                     + (":" if len(unknown) <= length else f"; the first {length}:"))
        lines += [f"  {group.quotes[0].id}: “{_shortened(group.quotes[0].text)}”" for group in unknown[:length]]
    if lines:
        # How to correct one, once for every list, with an id of the lists as the example.
        example = shown[0][0].id if shown else unknown[0].quotes[0].id
        lines.append(f"to correct a speaker, add the quote's id and its speaker under corrections: in {corrections}, "
                     f"e.g. “- quote: {example}” and “  speaker: Jane Doe” (“speaker: null”: no known speaker)"
                     if corrections else "to correct a speaker, build with a content folder holding a quotes.yml "
                     "(--content DIR, made by --init DIR)")
    return lines


def _review_line(least_sure: Quote, others: list[Quote]) -> str:
    """One attribution of the review list, with the other articles that carry its quote."""
    # Articles, not quotes: a quote split in two by its cue ("…," she said, "…") is two quotes of one article.
    elsewhere = {q.article for q in others} - {least_sure.article}
    also = f" (also in {counted(len(elsewhere), 'more article')})" if elsewhere else ""
    return (f"  {least_sure.confidence:.2f} {least_sure.id}: {least_sure.speaker_name} "
            f"({least_sure.attribution}) “{_shortened(least_sure.text)}”{also}")


def _shortened(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 3] + "…"


# --- step 3: groups ------------------------------------------------------------------------------

SHINGLE = 4  # words per shingle: long enough to be specific, short enough to survive edits
MIN_SIMILARITY = 85  # partial_ratio over normalised wording, 0-100
OVERLAP_WORDS = 8  # a quote this long that several groups' longer quotes hold is a sentence of one passage, no chance


# An abbreviated title as its word: "for Gen. Flynn" and "for General Flynn" are one wording.
_ABBREVIATED_TITLE = re.compile(rf"\b(?:{'|'.join(re.escape(short) for short in sorted(speech.ROLE_ABBREVIATIONS))})",
                                re.IGNORECASE)


def normalise(text: str) -> list[str]:
    """Lowercased words without punctuation, abbreviated titles written out, editors' brackets kept as words."""
    text = _ABBREVIATED_TITLE.sub(lambda title: speech.ROLE_ABBREVIATIONS[title[0].lower()], text)
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _same_quote(a: list[str], b: list[str]) -> bool:
    short, long = sorted((" ".join(a), " ".join(b)), key=len)
    if len(short.split()) < 3:
        return False
    return fuzz.partial_ratio(short, long) >= MIN_SIMILARITY


def group_quotes(quotes: list[Quote]) -> list[QuoteGroup]:
    """Group the same quote carried by several articles; sets ``Quote.group``.

    Each quote joins only the one group it matches best, so a long passage that contains two
    separate quotes cannot weld their groups together. A quote that is only part of another article's
    quote joins it only if they do not name different speakers. A partial quote too short to compare
    ("growing desperation") joins the group of a longer quote containing its words, when exactly
    one such group has the same speaker. A sentence or more that longer quotes of several groups hold whole joins
    those naming the same speaker: a passage one outlet quotes in one piece and another splits across its
    paragraphs, told in overlapping pieces ("S1 S2" here, "S2 S3" there), is one quote (not one where another
    speaker relays the words: "It's not surprising Roe told him: '…'").
    """
    words = [normalise(q.text) for q in quotes]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    parent = list(range(len(quotes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, tokens in enumerate(words):
        candidates: set[int] = set()
        for shingle in _shingles(tokens):
            candidates.update(index[shingle])
        best: tuple[float, int] | None = None
        holding: list[int] = []  # longer quotes holding this one whole
        for j in sorted(candidates):
            if quotes[j].article == quotes[i].article or not _same_quote(words[i], words[j]):
                continue
            score = fuzz.ratio(" ".join(words[i]), " ".join(words[j]))
            if score < MIN_SIMILARITY and _named_apart(quotes[i], quotes[j]):
                continue  # one named speaker's words inside another's longer quote: the other relays them
            if best is None or score > best[0]:
                best = (score, j)
            if len(words[i]) >= OVERLAP_WORDS and len(words[j]) > len(words[i]) and _same_speaker(quotes[i], quotes[j]):
                holding.append(j)
        if best is not None:
            parent[root(i)] = root(best[1])
        for j in holding:
            parent[root(j)] = root(i)
        for shingle in _shingles(tokens):
            index[shingle].append(i)
    _attach_short_quotes(quotes, words, root, parent)
    members: dict[int, list[Quote]] = defaultdict(list)
    for i, quote in enumerate(quotes):
        members[root(i)].append(quote)
    groups = []
    for group_quotes_ in members.values():
        group_id = "g" + hashlib.sha1(group_quotes_[0].id.encode()).hexdigest()[:10]
        groups.append(QuoteGroup(id=group_id, quotes=group_quotes_, text=fullest_wording(group_quotes_)))
        for quote in group_quotes_:
            quote.group = group_id
    return sorted(groups, key=lambda g: g.quotes[0].id)


VOICE_WORDS = 8  # a quote shorter than this ("refocus") tells a reader little about its speaker
# ... unless it is a sentence of its own: opening on a capital, this many words ("He was unresponsive, a disaster").
SENTENCE_WORDS = 4


def is_phrase(text: str) -> bool:
    """Is a quote a few words and no sentence ("growing desperation", "Teachers should teach.")?"""
    words = len(text.split())
    return words < VOICE_WORDS and not (words >= SENTENCE_WORDS and text[:1].isupper())


def wordings(quotes: list[Quote]) -> list[tuple[Quote, str]]:
    """Each article's wordings of one quote, as (its first piece, its words): the pieces of one passage an article
    splits by its cue or across paragraphs (``_goes_on``) joined in its order ("…discovery,” she said. “This is…"),
    so that a passage one outlet quotes whole and another splits is one wording in each; a wording whose words another
    of the article holds (the same words in a headline and the text) left out."""
    if len(quotes) == 1:
        return [(quotes[0], quotes[0].text.strip())]  # most quotes are no one else's: nothing to join or hold
    pieces = sorted(quotes, key=lambda q: (q.article, q.paragraph, q.start, q.id))
    runs: list[list[Quote]] = []
    for quote in (pieces[n] for n in _unheld([(quote.article, quote.text) for quote in pieces])):
        if runs and _goes_on(runs[-1][-1], quote):
            runs[-1].append(quote)
        else:
            runs.append([quote])
    joined = [(run[0], _joined([q.text.strip() for q in run])) for run in runs]
    return [joined[n] for n in _unheld([(first.article, text) for first, text in joined])]


# At most between two pieces of one passage: its cue, with the speaker's titles ("…,” Dr. Ann Lee, …, said. “…").
CUE_CHARS = 200


def _goes_on(last: Quote, quote: Quote) -> bool:
    """Does ``quote`` go on with the passage ``last`` opened? The same article's next piece, past no more than a cue:
    in the same paragraph, or opening the next; not after a phrase set in the article's own sentence ("called it
    “dishonest” and “hypocritical”")."""
    paragraph, _, end = last.ranges()[-1]
    if last.article != quote.article or (is_phrase(last.text) and not last.text[:1].isupper()):
        return False
    if quote.paragraph == paragraph:
        return quote.start - end <= CUE_CHARS
    return quote.paragraph == paragraph + 1 and quote.start <= CUE_CHARS


def _unheld(texts: list[tuple[str, str]]) -> list[int]:
    """The indexes of the texts (article, text) whose words no other text of their article holds (of the same words,
    the first)."""
    held = [(article, f" {' '.join(normalise(text))} ") for article, text in texts]
    return [n for n in range(len(held))
            if not any(m != n and article == held[n][0] and held[n][1] in words
                       and (len(words) > len(held[n][1]) or m < n) for m, (article, words) in enumerate(held))]


def _joined(pieces: list[str]) -> str:
    """One article's pieces of a quote as one text: a piece its cue cut on a comma ends its sentence where the next
    opens one, on a capitalised ordinary word or a word that opens sentences ("…discovery, This is…" → "…discovery.
    This is…"; "I" is capitalised anywhere, a name no sign of a sentence)."""
    ends = []
    for piece, following in zip(pieces, [*pieces[1:], ""], strict=True):
        first = re.match(r"[^\w]*(\w+)", following)
        word = first[1].lower() if first and first[1][:1].isupper() else ""
        opens = word != "i" and (word in ordinary_words() or word in SENTENCE_OPENING_WORDS)
        ends.append(piece[:-1] + "." if piece.endswith(",") and opens else piece)
    return " ".join(ends)


def fullest_wording(quotes: list[Quote]) -> str:
    """The wording of one quote carrying most of its words (of as many, the one whose first piece's id comes last)."""
    return max(wordings(quotes), key=lambda wording: (len(normalise(wording[1])), wording[0].id))[1]


def settle_group_speakers(
    groups: list[QuoteGroup], entity_names: dict[str, str], persons: frozenset[str],
    outlets: dict[str, str | None] | None = None,
) -> None:
    """Give each group the speaker most of its quotes have (of as many, a person rather than a body:
    one outlet's "X said …, Reuters reported" against another's "X said …" is X's), and each quote of
    a group that the article leaves unattributed the group's speaker (the same words, said by the
    same person); a quote that names someone else, or that a correction cleared, keeps its own, and
    so does one in an article of the outlet the group's speaker is (``outlets``: each article's): an
    outlet's own text quotes others, its words are no quote of itself."""
    outlets = outlets or {}
    for group in groups:
        speakers: dict[str, int] = defaultdict(int)
        for quote in group.quotes:
            if quote.speaker:
                speakers[quote.speaker] += 1
        group.speaker = min(speakers, key=lambda s: (-speakers[s], s not in persons, s)) if speakers else None
        if group.speaker is None:
            continue
        surname = entity_names.get(group.speaker, "").split()[-1:]
        sure = max(q.confidence for q in group.quotes if q.speaker == group.speaker)
        for quote in group.quotes:
            if quote.speaker or quote.attribution == "correction":
                continue
            own = _outlet_form(outlets.get(quote.article))
            if own is not None and own == _outlet_form(entity_names.get(group.speaker)):
                continue
            if quote.speaker_name is None or quote.speaker_name.split()[-1:] == surname:
                quote.speaker = group.speaker
                if quote.speaker_name is None:
                    quote.attribution, quote.confidence = "group", sure


def _outlet_form(name: str | None) -> str | None:
    """An outlet's name as compared with an entity's: "The Courier", "Courier" and "courier.com" are one."""
    if not name:
        return None
    name = name.lower().removeprefix("the ")
    return name.split(".")[0] if _WEB_DOMAIN.fullmatch(name) else name


_WEB_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z]{2,4}){1,2}")  # "courier.com", "courier.co.uk" (not "u.s.")


def _attach_short_quotes(
    quotes: list[Quote], words: list[list[str]], root: Callable[[int], int], parent: list[int]
) -> None:
    """Join each quote of fewer than SHINGLE words to the one group, of the same speaker, whose
    longer quotes contain its words in order, or else to its same words of the same speaker in another
    article. One pass over the long quotes' word n-grams. A single word ("person", a term in marks)
    is left alone: a long quote holds it by chance."""
    short: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, tokens in enumerate(words):
        if 1 < len(tokens) < SHINGLE:
            short[tuple(tokens)].append(i)
    if not short:
        return
    containing: dict[int, set[int]] = defaultdict(set)  # short quote -> groups of long quotes holding it
    for j, tokens in enumerate(words):
        if len(tokens) < SHINGLE:
            continue
        for n in range(2, SHINGLE):
            for k in range(len(tokens) - n + 1):
                for i in short.get(tuple(tokens[k : k + n]), ()):
                    if _same_speaker(quotes[i], quotes[j]):
                        containing[i].add(root(j))
    for i, groups in containing.items():
        if len(groups) == 1:
            parent[root(i)] = groups.pop()
    # "Bassem called the indictment a “political trial”" in three articles: one quote.
    for first, *others in short.values():
        for i in others:
            if root(i) == i and quotes[i].article != quotes[first].article and _same_speaker(quotes[i], quotes[first]):
                parent[i] = root(first)


def _named_apart(a: Quote, b: Quote) -> bool:
    """Both quotes name their speakers, and not the same surname."""
    return bool(a.speaker_name and b.speaker_name) and not _same_speaker(a, b)


def _same_speaker(a: Quote, b: Quote) -> bool:
    if not a.speaker_name or not b.speaker_name:
        return False
    return a.speaker_name.split()[-1].lower() == b.speaker_name.split()[-1].lower()


# Typographic and typewriter quotes and apostrophes are one character to a reader: "boy’s" is "boy's".
_TYPEWRITER = str.maketrans("‘’“”", "''\"\"")


def wording_diff(a: str, b: str) -> list[tuple[str, str]]:
    """How wording ``b`` differs from ``a``, word by word: ("same"|"added"|"removed", text)."""
    left, right = a.split(), b.split()
    ops: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(
        a=[w.lower().strip(".,;:!?").translate(_TYPEWRITER) for w in left],
        b=[w.lower().strip(".,;:!?").translate(_TYPEWRITER) for w in right], autojunk=False,
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ops.append(("same", " ".join(right[j1:j2])))
            continue
        if i2 > i1:
            ops.append(("removed", " ".join(left[i1:i2])))
        if j2 > j1:
            ops.append(("added", " ".join(right[j1:j2])))
    return ops
