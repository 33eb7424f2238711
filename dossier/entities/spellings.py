"""Resolution of spellings: misspelt surnames, variant spellings, swapped and dual names,
misspelt cities and bodies.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

from ..entity_data import gazetteer
from ..lang.en.names import (
    FUNCTION_WORDS,
    HYPHENED_PARTICLES,
    LINKING_VOWELS,
    REPORTING_VERBS,
    SETTLEMENT_AFTER,
    SETTLEMENT_NOUNS,
    SPELLING_VARIANTS,
)
from ..lang.en.speech import DETERMINERS, POSSESSIVES
from ..structure import Mention
from .cleanup import _usual_kinds
from .keys import _name_key, _person_parts, _person_parts_of, _place_key, _surface, _UnionFind
from .kinds import MODEL_NUMBER_WORD, _cue_before, _known_word
from .people import _given_keys, _one_edit
from .places import _text_after
from .tokens import ORG, OTHER, PERSON, PLACE, _is_acronym


def _merge_misspelt_surnames(mentions: list[Mention], named: list[int], persons: list[int], uf: _UnionFind) -> None:
    """A lone word no full name of the dossier ends with, the surname of exactly one person the same
    reports name with two neighbouring letters swapped, and seen far less often than that person, is
    that surname mistyped ("Klistchko" in a report on Wladimir Klitschko). Only a swap: a letter
    more or less, or another letter, often makes another family's name ("Malone" in the line-up
    beside Shaun Maloney's, "Hansen" and "Hanson"), except a letter inside the word ("Schacham" of Ofer Shacham) in
    reports that each name that one person in full, where no one else has a surname so near. Only long words, and
    never a given name, a place or initials."""
    surnames: dict[str, set[int]] = defaultdict(set)  # surname key -> roots of the full names ending so
    for i in persons:
        parts = _person_parts(mentions[i].text)
        if len(parts[-1]) >= 6:
            surnames[parts[-1]].add(uf.find(i))
    by_letters: dict[str, set[str]] = defaultdict(set)  # a swap keeps the letters: index by them
    by_length: dict[int, set[str]] = defaultdict(set)
    for key in surnames:
        by_letters["".join(sorted(key))].add(key)
        by_length[len(key)].add(key)
    members: dict[int, list[int]] = defaultdict(list)
    for i in named:
        members[uf.find(i)].append(i)
    for root, group in members.items():
        if " " in mentions[group[0]].text or mentions[group[0]].kind not in (PERSON, OTHER):
            continue  # the common case, decided before any key is built
        keys = {_person_parts_of(mentions[i].text) for i in group}
        if len(keys) != 1 or len(key := next(iter(keys))) != 1 or len(key[0]) < 6 or key[0] in surnames:
            continue
        word = _surface(mentions[group[0]].text)
        if (key[0] in _given_keys() or word in gazetteer().places or _is_acronym(word)
                or any(mentions[i].kind not in (PERSON, OTHER) for i in group)):
            continue
        near = {k for k in by_letters.get("".join(sorted(key[0])), ()) if k[0] == key[0][0] and _one_edit(k, key[0])}
        roots = {uf.find(r) for k in near for r in surnames[k]}
        wider = not roots  # a letter more or less: only where the reports give that one person in full
        if wider:
            near = {k for k in by_length.get(len(key[0]) - 1, set()) | by_length.get(len(key[0]) + 1, set())
                    if k[0] == key[0][0] and k[-1] == key[0][-1] and _one_edit(k, key[0])}
            roots = {uf.find(r) for k in near for r in surnames[k]}
        if len(roots) != 1:
            continue
        target = roots.pop()
        known = members.get(target, [])
        articles = {mentions[i].article for i in group}
        if wider and articles <= {mentions[i].article for i in known if " " in mentions[i].text}:
            uf.union(target, root)
        elif not wider and len(known) >= 3 * len(group) and articles <= {mentions[i].article for i in known}:
            uf.union(target, root)


VARIANT_MIN_LETTERS = 8  # a shorter name with a letter doubled is as often another name ("Mann"/"Man")
# A linking vowel between two hyphens, and a hyphened Arabic article at a word's start, as transliterations vary
_LINKING_VOWEL = re.compile(r"(?<=\w)-(?:" + "|".join(sorted(LINKING_VOWELS)) + r")-(?=\w)")
_HYPHENED_ARTICLE = re.compile(r"\b(?:" + "|".join(sorted(HYPHENED_PARTICLES)) + r")-(?=\w)", re.IGNORECASE)
_DOUBLED_LETTER = re.compile(r"([a-z])\1+")


def _variant_key(text: str) -> tuple[str, ...]:
    """A name's words with the choices of its transliteration left out: a letter doubled or not, the Arabic
    article and the linking vowel of a compound ("Abdel-Fattah el-Sissi" and "Abdel Fattah al-Sisi",
    "Mazar-e-Sharif" and "Mazar-i-Sharif" have one key)."""
    text = _HYPHENED_ARTICLE.sub("", _LINKING_VOWEL.sub("-", text))
    return tuple(_DOUBLED_LETTER.sub(r"\1", w) for w in _name_key(text).split())


def _merge_variant_spellings(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A person or a place of two words or more that reports spell apart only by a doubled letter, the
    Arabic article ("al-"/"el-") or a linking vowel ("-e-"/"-i-") is one, when each spelling names one
    entity of that kind and no report writes both (its writer would have told two names apart)."""
    spellings: dict[tuple[str, tuple[str, ...]], dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    articles: dict[str, set[str]] = defaultdict(set)  # spelling -> the reports writing it
    for i in named:
        m = mentions[i]
        if m.kind not in (PERSON, PLACE) or not _name_key(m.text):
            continue
        key = _variant_key(m.text)
        if len(key) < 2 or sum(map(len, key)) < VARIANT_MIN_LETTERS:
            continue
        spelling = _name_key(m.text)
        spellings[m.kind, key][spelling].add(uf.find(i))
        articles[spelling].add(m.article)
    for by_spelling in spellings.values():
        if len(by_spelling) < 2 or any(len(roots) != 1 for roots in by_spelling.values()):
            continue
        if any(articles[a] & articles[b] for a, b in itertools.combinations(sorted(by_spelling), 2)):
            continue
        roots = sorted(next(iter(roots)) for roots in by_spelling.values())
        for r in roots[1:]:
            uf.union(roots[0], r)


ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _in_figures(numeral: str) -> str:
    """A model number in figures ("5" for "V", "4" for "IV"; figures stay as they are), "" for another word."""
    if numeral.isdigit():
        return numeral
    if not MODEL_NUMBER_WORD.fullmatch(numeral):
        return ""
    values = [ROMAN_VALUES[c] for c in numeral]
    return str(sum(-v if v < after else v for v, after in zip(values, values[1:] + [0], strict=True)))


def _merge_numeral_spellings(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A thing's name ending in a model number is one thing however the number is written ("Saturn V" and
    "Saturn 5"), when each spelling names one entity. Not a person's ("Henry VIII"), whose number is no model's."""
    spellings: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for i in named:
        m = mentions[i]
        words = m.text.split()
        if m.kind != PERSON and len(words) >= 2 and (number := _in_figures(words[-1])):
            spellings[" ".join([*words[:-1], number])][m.text].add(uf.find(i))
    for by_spelling in spellings.values():
        if len(by_spelling) < 2 or any(len(roots) != 1 for roots in by_spelling.values()):
            continue
        roots = sorted(next(iter(roots)) for roots in by_spelling.values())
        for r in roots[1:]:
            uf.union(roots[0], r)


_VOWELS = frozenset("aeiou")


def _merge_vowel_variants(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A place of two words or more that reports spell apart only by one vowel of one word ("Nabi Saleh" and "Nebi
    Saleh", two transliterations) is one, when each spelling names one place (read as a place's, or following a
    settlement's noun: "the village of Nebi Saleh", whatever the tagger made of it), the gazetteer knows one spelling
    at most, and no report writes both (its writer would have told two places apart). Not people: "Jon Roe" and "Jan
    Roe" are two."""
    uses: dict[str, list[int]] = defaultdict(list)  # spelling -> its mentions
    for i in named:
        spelling = _name_key(mentions[i].text) if mentions[i].kind != ORG else ""
        if len(spelling.split()) >= 2 and len(spelling) >= VARIANT_MIN_LETTERS:
            uses[spelling].append(i)
    spellings: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for spelling, members in uses.items():
        found = [mentions[i] for i in members]
        # Most spellings are people's, no mention of them a place's: no kinds to count.
        placed = any(m.kind == PLACE for m in found) and _usual_kinds(found).get(found[0].text) == PLACE
        if not placed and not _named_settlement(found, paragraphs):
            continue
        words = spelling.split()
        for k, word in enumerate(words):
            for n, letter in enumerate(word):
                if letter in _VOWELS:
                    spellings[(*words[:k], f"{word[:n]}*{word[n + 1:]}", *words[k + 1 :])].append(spelling)
    places = gazetteer().places
    for pair in spellings.values():
        if len(pair) != 2:
            continue
        ends = [{uf.find(i) for i in uses[spelling]} for spelling in pair]
        reports = [{mentions[i].article for i in uses[spelling]} for spelling in pair]
        if (any(len(roots) != 1 for roots in ends) or reports[0] & reports[1]
                or all(_surface(mentions[uses[spelling][0]].text) in places for spelling in pair)):
            continue
        uf.union(ends[0].pop(), ends[1].pop())


def _merge_swapped_full_names(mentions: list[Mention], persons: list[int], uf: _UnionFind) -> None:
    """Two full names of one report with the same given name and surnames of six letters or more that differ
    only by two neighbouring letters swapped are one person, the surname mistyped ("Eric Dartell" and "Eric
    Drattell", a witness a report quotes twice)."""
    # (report, given name, the surname's letters in order) -> each spelling of the surname -> a mention of it
    spellings: dict[tuple[str, str, str], dict[str, int]] = defaultdict(dict)
    for i in persons:
        parts = _person_parts(mentions[i].text)
        if len(parts) == 2 and len(parts[1]) >= 6:
            spellings[(mentions[i].article, parts[0], "".join(sorted(parts[1])))].setdefault(parts[1], i)
    for found in spellings.values():
        # Two spellings with the same letters, one edit apart: two neighbouring letters swapped.
        if len(found) == 2:
            (a, i), (b, j) = sorted(found.items())
            if _one_edit(a, b):
                uf.union(i, j)


# A place under two names, a hyphen or a slash between them: "Aoraki-Mount Cook", "Aoraki / Mt Cook".
_DUAL_NAME = re.compile(r"([A-Z][\w']+)(?:-| / )([A-Z][\w'.]*(?: [A-Z][\w'.]*)+)")


def _merge_dual_names(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A place the dossier also names by two names joined ("Aoraki-Mount Cook National Park",
    "Aoraki / Mt. Cook", a name in the local language and the English one) is the place of the second
    name, under either and both ("Aoraki Mount Cook", "Aoraki"). The second name has two words or
    more and is a place of the dossier on its own, so that "Guinea-Bissau" stays apart from Bissau."""
    duals: list[tuple[str, str]] = []  # (first name, second name's key)
    for i in named:
        m = mentions[i]
        if m.kind != PLACE or ("-" not in m.text and _text_after(m, paragraphs, 3) != " / "):
            continue  # the common case, decided before any key is built; "Trump-North Korea talks" name no place
        # "Aoraki / Mt. Cook National Park" is read as two names, the slash between them
        dual = _DUAL_NAME.match(m.text if "-" in m.text else m.text + _text_after(m, paragraphs, 60))
        if dual and _surface(m.text) not in gazetteer().places and dual.group(1) not in gazetteer().places:
            second = _place_key(dual.group(2))
            if len(second.split()) >= 2:
                duals.append((_name_key(dual.group(1)), second))
    if duals:  # a person's name before the hyphen is no second name of the place ("Trump-North Korea")
        people = {w for m in mentions if m.kind == PERSON for w in _name_key(m.text).split()}
        duals = [(first, second) for first, second in duals if first not in people]
    if not duals:
        return
    heads = {second.rsplit(" ", 1)[-1] for _, second in duals}
    places: dict[str, int] = {}  # a place's key -> a mention of it (a key costs: only names that may match)
    for i in named:
        if mentions[i].kind == PLACE and heads & {
                SPELLING_VARIANTS.get(w, w) for w in _name_key(mentions[i].text).split()}:
            places.setdefault(_place_key(mentions[i].text), i)
    aliases: dict[str, set[int]] = defaultdict(set)  # first name, or both names -> the second name's mentions
    for first, second in duals:
        if second in places:
            target = uf.find(places[second])
            aliases[first].add(target)
            aliases[f"{first} {second}"].add(target)
    firsts = {first for first, _ in duals}
    for i in named:
        key = _name_key(mentions[i].text)
        # The first name alone only where read as a place; with the second, whatever its kind ("Aoraki
        # Mount Cook" in a heading)
        if (mentions[i].kind == PLACE or (mentions[i].kind == OTHER and " " in key)) and key.split(" ", 1)[0] in firsts:
            targets = aliases.get(_place_key(mentions[i].text), set())
            if len(targets) == 1:
                uf.union(next(iter(targets)), i)


# The country after a city: "in Berne, Switzerland".
_COUNTRY_AFTER = re.compile(r", ([A-Z][\w.]*(?: [A-Z][\w.]*)*)")


def _merge_misspelt_cities(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A city the gazetteer does not know, followed by its country ("in Berne, Switzerland"), is the
    one city of that country one letter from it ("Bern") when the dossier names that city too: an
    older or foreign spelling, or a typing error."""
    places = gazetteer().places
    found: list[tuple[int, str]] = []  # (mention, the city it is spelt for)
    for i in named:
        m = mentions[i]
        if m.kind != PLACE or " " in m.text or len(m.text) < 4 or _surface(m.text) in places:
            continue
        after = _COUNTRY_AFTER.match(_text_after(m, paragraphs, 40))
        country = places.get(after.group(1).rstrip(".")) if after else None
        if country in gazetteer().countries:
            name = _surface(m.text)
            near = [c for c in gazetteer().cities.get(country, ()) if c[0] == name[0] and _one_edit(c, name)]
            if len(near) == 1:
                found.append((i, near[0]))
    if not found:
        return
    cities = {city for _, city in found}
    keys: dict[str, int] = {}
    for i in named:  # (a place's key costs: only for the names that hold a city's)
        if mentions[i].kind == PLACE and any(city in mentions[i].text for city in cities):
            keys.setdefault(_place_key(mentions[i].text), i)
    for i, city in found:
        if (known := keys.get(_place_key(city))) is not None:
            uf.union(known, i)


# Lower-case words long enough to say what a passage is about ("refinery", "customers"), not how it is put
_TOPIC_WORD = re.compile(r"\b[a-z]{5,}\b")
MISSPELT_MIN_LETTERS = 6  # a shorter name one letter from another is as likely another name ("Acme"/"Acne")
MISSPELT_SHARED_WORDS = 3  # the topic words both spellings' paragraphs must share


def _merge_misspelt_bodies(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """One body under two spellings, one letter apart ("Globex" and "Globax", a typing error of one
    outlet's; "Energia" and "Energiya", two outlets' transliterations): both read as organisations, or one as an
    organisation and the other of no kind when no article writes both (one report spelling two bodies so is
    telling two apart), the differing word of six letters or more with the same first and last letters, neither
    spelling a place, an institution or a given name the lists know, and their paragraphs about the same things
    (``MISSPELT_SHARED_WORDS`` topic words in common)."""
    first: dict[str, int] = {}
    articles: dict[str, set[str]] = defaultdict(set)
    topics: dict[str, set[str]] = defaultdict(set)
    for i in named:
        m = mentions[i]
        first.setdefault(m.text, i)
        articles[m.text].add(m.article)
    voted = _usual_kinds(mentions[i] for i in named)
    bodies = sorted(text for text, kind in voted.items() if kind in (ORG, OTHER)
                    and not _is_acronym(text) and not any(_known_word(word) for word in text.split()))
    # Two spellings one word apart have as many words, the same first letter and the same last letter (of the
    # differing word or of the last word they share): only names alike in these are compared, in the order of
    # their shape (words, first letter), then of their spelling.
    by_shape: dict[tuple[int, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for text in bodies:
        words = text.split()
        by_shape[len(words), text[0]][words[-1][-1]].append(text)
    pairs = [(a, b) for shape in by_shape.values()
             for a, b in sorted((a, b) for group in shape.values() for k, a in enumerate(group) for b in group[k + 1 :])
             if ORG in (voted[a], voted[b]) and (voted[a] == voted[b] or not articles[a] & articles[b])
             and _one_word_misspelt(a.split(), b.split())]
    if not pairs:
        return
    for i in named:
        m = mentions[i]
        if any(m.text in pair for pair in pairs):
            topics[m.text] |= set(_TOPIC_WORD.findall(paragraphs[m.article][m.paragraph])) - FUNCTION_WORDS
    for a, b in pairs:
        if len(topics[a] & topics[b]) >= MISSPELT_SHARED_WORDS:
            uf.union(first[a], first[b])


def _one_word_misspelt(a: list[str], b: list[str]) -> bool:
    """Two names alike but for one word, one letter apart and of ``MISSPELT_MIN_LETTERS`` or more,
    its first and last letters the same in both ("Globex Power"/"Globax Power")."""
    differing = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    return (min(len(x), len(y)) >= MISSPELT_MIN_LETTERS and x[0] == y[0] and x[-1] == y[-1]
            and x.isalpha() and y.isalpha() and _one_edit(x, y))


_PLACE_NAMED = re.compile(r"\b(?:" + "|".join(sorted(SETTLEMENT_NOUNS)) + r") of $")  # "the town of Vell"
_SETTLEMENT_AFTER = re.compile(SETTLEMENT_AFTER)
# A name set off after a settlement's noun and its determiner: "walking through his neighborhood, Vell Lodge, around
# 7 p.m.", "the village, Vell Saleh." (not "in his village, Jo Roe said": a speaker's name, with its verb after).
_SETTLEMENT_APPOSED = re.compile(r"\b(?:" + "|".join(sorted(DETERMINERS | POSSESSIVES)) + r") (?:"
                                 + "|".join(sorted(SETTLEMENT_NOUNS)) + r"), $")
_APPOSITION_CLOSED = re.compile(r"[,.;)](?! (?:" + "|".join(sorted(REPORTING_VERBS)) + r")\b)")


def _named_settlement(cluster: list[Mention], paragraphs: dict[str, list[str]]) -> bool:
    """Whether a name with no role follows a settlement's noun, is set off after one or is said to be one in some
    use: "the village of Vell Saleh", "his neighborhood, Vell Lodge,", "Vell Saleh is a small village" are a
    place's, whatever the tagger made of its words."""
    return not any(m.role for m in cluster) and any(
        _cue_before(_PLACE_NAMED, m, paragraphs[m.article][m.paragraph])
        or _cue_before(_SETTLEMENT_APPOSED, m, paragraphs[m.article][m.paragraph])
        and _APPOSITION_CLOSED.match(paragraphs[m.article][m.paragraph], m.end)
        or _SETTLEMENT_AFTER.match(paragraphs[m.article][m.paragraph], m.end) for m in cluster)
