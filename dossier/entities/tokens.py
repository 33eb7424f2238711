"""Tokens: cut a paragraph into word tokens and sentences (a full stop that lost its space,
spaced initials, possessives, shouted words), the units both readers of names share.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..entity_data import gazetteer
from ..lang.en.names import (
    ABBREVIATIONS,
    DOTTED_TITLES,
    ELIDED_PARTICLES,
    FUNCTION_WORDS,
    HYPHENED_PARTICLES,
    INFLECTION_ENDINGS,
)

PERSON, ORG, PLACE, OTHER = "person", "organization", "place", "other"

# A word: letters/digits, with inner hyphens, apostrophes, dots ("U.S") or ampersands ("AT&T").
TOKEN_RE = re.compile(r"[^\W_][\w]*(?:[-'’.&][^\W_][\w]*)*")
GLUED_NAME = re.compile(r"(?:(?:" + "|".join(sorted(ELIDED_PARTICLES)) + r")['’]|(?:"
                        + "|".join(sorted(HYPHENED_PARTICLES)) + r")-)[A-Z][\w-]*")
PRONOUN_I = re.compile(r"I(?:['’]\w+)?")  # "I", "I'm": capitalised, but no name
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.S" before its last full stop
INITIALS = re.compile(r"[A-Z]|(?:[A-Z]\.)+")  # "J", "U.S.": their full stop ends no sentence
FULL_STOP = re.compile(r"[.!?]")
# Punctuation before a word that makes it sentence-initial: a full stop anywhere in the gap, or an
# opening quote or round bracket right before the word. Not a square bracket: an editor's words inserted into a
# quotation continue its sentence ("dependent on the IMF [International Monetary Fund]").
SENTENCE_BREAK = re.compile(r"[.!?:;—–•|]|\s-\s|[\"“‘'(]$")


@dataclass
class Token:
    start: int
    end: int  # end of the word, a possessive "'s" excluded
    text: str
    possessive: bool
    sentence_start: bool  # first word of a sentence, a quotation or a bracket
    new_sentence: bool = False  # first word after a full stop (or of the paragraph)
    handle: bool = False  # "@MaryJBlige", "#The411": social-media handles and hashtags
    shouted: bool = False  # an ordinary word in capitals: "HACKERS", "JOYRIDE CARNAGE"

    @property
    def capitalised(self) -> bool:
        text = self.text
        if GLUED_NAME.fullmatch(text):
            return True  # "d'Azur" of "Côte d'Azur", "al-Assad": the capital follows a particle glued to it
        return text[0].isupper() and not self.handle and not (text[0] == "I" and PRONOUN_I.fullmatch(text))


# A full stop that lost the space after it: "Alaska Gov.Sarah Palin", "tsunami.Steve will",
# "Joy Division.Those guys"; the dot of a name or address stays ("One.Tel", "Halo.Bungie.Org").
GLUED_STOP = re.compile(r"([A-Za-z]+)\.(?=([A-Z][a-z]+))")


# Initials spaced out ("the U. S. Fish and Wildlife Service", "U. N. officials"): typed so, or spaced by
# a converter that split words at full stops.
SPACED_INITIALS = re.compile(r"\b(?:[A-Z]\. )+[A-Z]\.(?= ?(\S?)(\S?))")


def _spaced_initials(paragraph: str) -> dict[int, int]:
    """start -> end of each run of spaced initials that is one abbreviation: a place the gazetteer
    writes so ("U. S." is "U.S."), or initials no name follows ("U. N. officials said"). A person's
    initials come before the surname ("A. J. Smith") and stay apart."""
    runs = {}
    for match in SPACED_INITIALS.finditer(paragraph):
        joined = match.group().replace(" ", "")
        if joined in gazetteer().places or not (match.group(1).isupper() and match.group(2).islower()):
            runs[match.start()] = match.end() - 1
    return runs


def _words(paragraph: str) -> list[tuple[str, int, int]]:
    """(text, start, end) of each word, a word glued to the one before by a full stop cut off: after
    a word in lower case or an abbreviation, or before a word like "The"; spaced initials that are
    one abbreviation are one word, written without the spaces ("U. S." -> "U.S", see ``_tokenise``)."""
    words = []
    spaced = _spaced_initials(paragraph) if ". " in paragraph else {}
    skip_to = -1
    for match in TOKEN_RE.finditer(paragraph):
        text, start = match.group(), match.start()
        if start < skip_to:
            continue
        if start in spaced:
            skip_to = spaced[start]
            words.append((paragraph[start:skip_to].replace(" ", ""), start, skip_to))
            continue
        if "." in text:
            for glue in GLUED_STOP.finditer(text):
                left, dot = glue.group(1), match.start() + glue.end() - 1
                if left.islower() or left in ABBREVIATIONS or glue.group(2).lower() in FUNCTION_WORDS:
                    words.append((paragraph[start:dot], start, dot))
                    start = dot + 1
            text = paragraph[start : match.end()]
        words.append((text, start, match.end()))
    return words


def _dotted_title(token: Token, paragraph: str) -> bool:
    """ "Del." before a name: a title written with its full stop, not after a comma (see ``DOTTED_TITLES``)."""
    return (token.text in DOTTED_TITLES and paragraph[token.end : token.end + 2] == ". "
            and not paragraph[: token.start].endswith(", "))


def _tokenise(paragraph: str) -> list[Token]:
    tokens: list[Token] = []
    prev_end = 0
    for text, start, end in _words(paragraph):
        if paragraph[end : end + 1] == "." and DOTTED_INITIALS.fullmatch(text):
            text, end = text + ".", end + 1  # "U.S."
        possessive = False
        if text[-1:] == "s" and len(text) > 2 and text[-2] in "'’":
            text, end, possessive = text[:-2], end - 2, True
        gap = paragraph[prev_end:start]
        if gap == " ":  # the common case: no punctuation, no new sentence
            starts = full_stop = not tokens
        else:
            previous = tokens[-1].text if tokens else ""
            # "Mr.", and "Aoraki-Mt." (an abbreviation ending a hyphenated name: "Aoraki-Mt. Cook")
            after_abbreviation = (previous.rstrip(".").rsplit("-", 1)[-1] in ABBREVIATIONS
                                  or INITIALS.fullmatch(previous) or (tokens and _dotted_title(tokens[-1], paragraph)))
            starts = not tokens or (bool(SENTENCE_BREAK.search(gap)) and not (
                after_abbreviation and gap.strip() == ""))
            full_stop = not tokens or (bool(FULL_STOP.search(gap)) and not after_abbreviation)
        handle = paragraph[start - 1 : start] in ("@", "#")
        tokens.append(Token(start, end, text, possessive, starts, full_stop, handle))
        prev_end = end + 2 if possessive else end
    return tokens


def sentence_tokens(paragraph: str) -> list[list[Token]]:
    """A paragraph's word tokens, cut into sentences (the unit the name tagger reads)."""
    return _split_before(_tokenise(paragraph), lambda t: t.new_sentence)


def _is_acronym(word: str) -> bool:
    if len(word) < 2 or not word[0].isupper() or word[1].islower():
        return False  # the common case, decided without building a string
    letters = word.replace(".", "").replace("&", "").replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _is_headline_case(tokens: list[Token], context: _Context, whole_paragraph: bool) -> bool:
    """A line in Title Case (a heading, page furniture), not running prose.

    Prose has lowercase content words ("meets", "assessed"); Title Case capitalises them, so a
    heading shows capitalised ordinary words ("Says", "Troops"). A short line of capitals alone
    ("Web Desk", "4 Min Read") is furniture too.
    """
    words = [t.text for t in tokens if t.text.isalpha()]
    if any(w.islower() and len(w) >= 4 and w not in FUNCTION_WORDS for w in words):
        return False
    capitalised = [w for w in words if w[0].isupper()]
    # Another inflection counts only on a line of its own: a name opening a sentence part ("The
    # Parents Television Council (PTC)") has plurals of words the article writes in lower case.
    ordinary = [w for w in capitalised[1:] if context.ordinary(w, whole_paragraph)]
    return len(ordinary) >= 2 or (whole_paragraph and 0 < len(words) <= 5 and words == capitalised)


@dataclass
class _Context:
    """What the recogniser knows about the whole article while reading one paragraph."""

    lowercase_words: set[str]  # words the article writes in lower case
    midsentence_caps: set[str]  # capitalised words seen away from a sentence start
    lone_caps: set[str] = field(default_factory=set)  # capitalised words standing alone mid-sentence
    title_words: set[str] = field(default_factory=set)  # words written in Title Case anywhere
    known_forms: dict[str, str] = field(default_factory=dict)  # surface form -> kind, from prose

    def ordinary(self, word: str, inflected: bool = True) -> bool:
        """A word the article writes in lower case, or a function word; with ``inflected``, also
        one it writes in another inflection ("Checks" in a heading over "checked" in the text), and
        a phrase joined by hyphens around a function word ("Hit-And-Run")."""
        lower = word.lower()
        if lower in FUNCTION_WORDS or lower in self.lowercase_words:
            return True
        if not inflected:
            return False
        if "-" in lower and any(part in FUNCTION_WORDS for part in lower.split("-")[1:-1]):
            return True  # "Hit-And-Run", "Stay-At-Home": a phrase written as one word
        stems = {lower[: -len(end)] for end in INFLECTION_ENDINGS if lower.endswith(end) and len(lower) - len(end) >= 3}
        return any(stem + end in self.lowercase_words for stem in stems | {lower} for end in ("", *INFLECTION_ENDINGS))


MAX_OTHER_WORDS = 6
MAX_NAME_WORDS = 5  # "Denis Christel Sassou Nguesso"; longer runs of names are lists


def _split_before(tokens: list[Token], starts: Callable[[Token], bool]) -> list[list[Token]]:
    """Cut tokens into consecutive pieces, a new piece at each token where ``starts`` holds."""
    out: list[list[Token]] = []
    for token in tokens:
        if starts(token) or not out:
            out.append([])
        out[-1].append(token)
    return out
