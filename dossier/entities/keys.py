"""Resolution, the keys a name is known by: its surface, normalised name, acronym, gazetteer form
and a person's parts, through which mentions meet in buckets (never by comparing all pairs).
"""

from __future__ import annotations

import functools
import re

from .. import outlets
from ..entity_data import ascii_fold, gazetteer, place_adjectives, translit_key
from ..lang.en.names import (
    CONNECTOR_SIGNS,
    CORPORATE_SUFFIXES,
    INFLECTED_ENDINGS,
    INVERTIBLE_BODY_HEADS,
    LOWER_CASE_BODY_HEADS,
    NEWSPAPER_HEADS,
    ORG_CUES,
    PLACE_COMPANY_HEADS,
    PLACE_SUFFIXES,
    PLACE_UNIT_WORDS,
    PROTECTED_AREA_WORDS,
    SERVICE_SUFFIXES,
    SPELLING_VARIANTS,
    US_STATE_ABBREVIATIONS,
)
from ..lang.en.speech import NAME_SUFFIXES
from ..models import ordinary_words
from ..structure import Mention


@functools.lru_cache(maxsize=200_000)  # called for every mention by every merge step
def _surface(text: str) -> str:
    """A mention's text as an alias: typographic quotes folded, a leading "the" dropped, and a body's head noun that
    an outlet writes in lower case capitalised ("British Transport police" is "British Transport Police")."""
    text = _LEADING_THE.sub("", _SPACES.sub(" ", text.replace("’", "'")).strip())
    name, _, head = text.rpartition(" ")
    return f"{name} {head.capitalize()}" if name and head in LOWER_CASE_BODY_HEADS else text


_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_THE_AND_WORD = re.compile(r"The ([A-Z][a-z]+)")


def _keeps_its_the(word: str) -> bool:
    """Whether a capital "The" before a one-word name, written mid-sentence, is the name's own: before an ordinary word,
    without which the name is a common noun ("The Paper"), and before a newspaper's or a news outlet's name ("The
    Guardian"); not before a group's ("the Taliban", which a caption's "Image caption The Taliban" capitalises)."""
    return word.lower() in ordinary_words() or word in NEWSPAPER_HEADS or f"The {word}" in outlets.NAMES


def _titled_surface(text: str) -> str:
    """A name as a page shows it: its surface, but a capital "The" kept before one word that keeps it
    (``_keeps_its_the``), where it is written mid-sentence (``_drop_article`` drops it opening one)."""
    the_and_word = _THE_AND_WORD.fullmatch(text)
    return text if the_and_word and _keeps_its_the(the_and_word.group(1)) else _surface(text)


_NOT_KEY = re.compile(r"[^a-z0-9 ]")


@functools.lru_cache(maxsize=200_000)
def _name_key(text: str) -> str:
    """A normalised form for exact matching: case, accents, punctuation and "the" ignored."""
    return _NOT_KEY.sub("", ascii_fold(_surface(text)).lower().replace("-", " ")).strip()


# The end of a web address after a name: "People.com", "Amazon.co.uk".
WEB_ADDRESS = re.compile(r"(?<=\w)\.(?:com|org|net|gov|co\.uk|org\.uk)$", re.IGNORECASE)


def _web_address(word: str) -> bool:
    """A capitalised web address ("FactCheck.org"): a site, and the body that runs it, wherever it stands."""
    return word[:1].isupper() and " " not in word and bool(WEB_ADDRESS.search(word))


# A sign between two words of a name, standing for a word (``CONNECTOR_SIGNS``).
_CONNECTOR_SIGN = re.compile(r"(?<=\s)(?:" + "|".join(map(re.escape, sorted(CONNECTOR_SIGNS))) + r")(?=\s)")


@functools.lru_cache(maxsize=100_000)
def _org_key(text: str) -> str:
    """An organisation's name for matching: corporate suffixes dropped, British spellings folded
    to American ones ("Betty Ford Centre" is the "Betty Ford Center"), a sign read as the word it stands for ("Fish &
    Wildlife Service" is the "Fish and Wildlife Service"), a leading place written as
    the gazetteer writes it ("U.S. Geological Survey" is the "United States Geological Survey"),
    (``_merge_by_key`` also ignores spaces: "Sea Micro" is "SeaMicro"), a leading nation's adjective as its name
    (``_nation_named``), and a web address is the body that publishes it ("People.com" is "People")."""
    text = _CONNECTOR_SIGN.sub(lambda sign: CONNECTOR_SIGNS[sign[0]], WEB_ADDRESS.sub("", text))
    words = [SPELLING_VARIANTS.get(w, w) for w in _name_key(_place_expanded(_nation_named(text))).split()]
    if len(words) > 1:  # "Süddeutschen Zeitung", as a German sentence declines it, is the "Süddeutsche Zeitung"
        words = [next((w[: -len(a)] + b for a, b in INFLECTED_ENDINGS.items() if w.endswith(a)), w) for w in words]
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words.pop()
        if len(words) > 1 and words[-1] in CONNECTOR_SIGNS.values():
            words.pop()  # the sign before a suffix: "Goldman Sachs & Co" is "Goldman Sachs"
    if len(words) > 2 and words[-1] in SERVICE_SUFFIXES.get(words[-2], ()):
        words.pop()
    if len(words) > 2 and words[0] in INVERTIBLE_BODY_HEADS and words[1] == "of" and "of" not in words[2:]:
        words = [*words[2:], words[0]]  # "Ministry of Public Security" is the "Public Security Ministry"
    return " ".join(words)


def _nation_named(text: str) -> str:
    """A body's name of three words or more with its nation's adjective first, with the nation's name there instead:
    "Vellish National Space Agency" is the "Vellia National Space Agency"; so is a company's of two words or more
    opened by a country's or a state's adjective ("Hawaiian Airlines" is the "Hawaii Airlines")."""
    first, _, rest = text.partition(" ")
    head = rest.rsplit(" ", 1)[-1]
    country = gazetteer().demonyms.get(first)
    if country and " " in rest and head in ORG_CUES:
        return f"{country} {rest}"
    place = place_adjectives().get(first) if head in PLACE_COMPANY_HEADS else None
    return f"{place} {rest}" if place else text


# Initials spaced out: "U. S." is "U.S.".
_SPACED_DOTS = re.compile(r"\b([A-Z])\. (?=[A-Z]\.)")


@functools.lru_cache(maxsize=100_000)
def _place_expanded(text: str) -> str:
    """A name with the place it starts with written in full: "U. S. Fish and Wildlife Service" ->
    "United States Fish and Wildlife Service". Only a name of two words or more, so that the
    place is a part of it, not the whole."""
    text = _SPACED_DOTS.sub(r"\1.", _surface(text))
    words = text.split()
    places = gazetteer().places
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[:n]) in places:
            return " ".join([places[" ".join(words[:n])], *words[n:]])
    return text


# A place named as a unit of a kind: "Province of Aceh", "Northern Province of Aceh", "City of Palmer"
# (not "Republic of Ireland", a state the gazetteer names, beside the island).
_PLACE_OF = re.compile(r"(?:(?:North|South|East|West|Central)(?:ern)? )?(?:" + "|".join(
    w.title() for w in sorted(PLACE_SUFFIXES - {"republic"})) + r") of ([A-Z][\w'-]*(?: [A-Z][\w'-]*)*)")


def _place_key(text: str) -> str:
    """Places by their gazetteer form: "DPRK" -> "north korea", "Kursk region" -> "kursk", "Province
    of Aceh" -> "aceh", "Mt Cook" -> "mount cook", "Mount Cook National Park" -> "mount cook"; a
    capitalised "City" or "State" is part of the name ("Mexico City" is not "Mexico")."""
    words = _SPACED_DOTS.sub(r"\1.", _surface(text)).split()
    if " ".join(words) not in gazetteer().places:
        if len(words) > 2 and " ".join(words[-2:]) in PROTECTED_AREA_WORDS:
            words = words[:-2]
        while len(words) > 1 and (words[-1] in PLACE_SUFFIXES or words[-1] in PLACE_UNIT_WORDS):
            words.pop()
    name = " ".join(words)
    if name not in gazetteer().places:
        name = US_STATE_ABBREVIATIONS.get(name, name)  # "Nev" of "Mesquite, Nev." is Nevada
    if name not in gazetteer().places and (of := _PLACE_OF.fullmatch(name)):
        name = of.group(1)  # "the Northern Province of Aceh", "City of Palmer"
    return " ".join(SPELLING_VARIANTS.get(w, w) for w in _name_key(gazetteer().places.get(name, name)).split())


def _person_parts(text: str) -> list[str]:
    """Name words as transliteration keys; "Kim Jong-un" and "Kim Jong Un" agree."""
    return list(_person_parts_of(text))


@functools.lru_cache(maxsize=200_000)
def _words_and_marks(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A person's name words, and the generation's marks that end it ("Jr.", "III"), lower-cased without a stop."""
    words = re.split(r"[\s-]+", ascii_fold(_surface(text)))
    marks: list[str] = []
    while len(words) > 2 and words[-1].lower() in NAME_SUFFIXES:
        marks.insert(0, words.pop().lower().rstrip("."))
    return tuple(words), tuple(marks)


@functools.lru_cache(maxsize=200_000)
def _person_parts_of(text: str) -> tuple[str, ...]:
    # "George T. Conway III" is a Conway: a generation's mark is no surname
    return tuple(translit_key(w) for w in _words_and_marks(text)[0] if translit_key(w))


def _full_name_key(text: str) -> tuple[str, ...]:
    """A full name's words with a generation's mark kept with the surname, so that "Donald Trump Jr." and "Donald
    Trump", father and son, are two full names (``_person_parts`` drops the mark, as a surname alone ("Conway" of
    "George T. Conway III") is written without it)."""
    parts, marks = _person_parts_of(text), _words_and_marks(text)[1]
    return (*parts[:-1], " ".join([parts[-1], *marks])) if marks and parts else parts


def _marked_apart(mentions: list[Mention], persons: list[int]) -> frozenset[tuple[str, ...]]:
    """The full names (``_person_parts_of``) whose form with a generation's mark is another person than the form
    without: the unmarked form is given with an office ("President Donald Trump") the marked form never is ("Donald
    Trump Jr."). Elsewhere one person is written both ways ("Herbert Flynn Jr.", "Herbert Flynn")."""
    titled: dict[bool, set[tuple[str, ...]]] = {False: set(), True: set()}
    for i in persons:
        if mentions[i].role and len(parts := _person_parts_of(mentions[i].text)) >= 2:
            titled[bool(_words_and_marks(mentions[i].text)[1])].add(parts)
    return frozenset(titled[False] - titled[True])


def _name_form(text: str, apart: frozenset[tuple[str, ...]]) -> tuple[str, ...]:
    """A full name's words as merges compare them: its generation's mark kept where that tells two people apart."""
    parts = _person_parts_of(text)
    return _full_name_key(text) if parts in apart else parts


def _is_role_only(mention: Mention) -> bool:
    return mention.role is not None and mention.role == mention.text


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        # Called for every mention by every merge step: most calls find a root at once.
        parent = self.parent
        up = parent.setdefault(x, x)
        while up != x:
            parent[x] = parent[up]
            x, up = parent[up], parent[parent[up]]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
