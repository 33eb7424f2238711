"""Resolution of people: a lone surname or title joins the one full name it fits (first in the
article, then in the dossier); shorter and longer full names, maiden names, and two people of one surname told
apart by gender.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

from ..entity_data import ascii_fold, gazetteer, given_name_gender, given_names, translit_key, usual_given_name_gender
from ..lang.en.names import (
    ABBREVIATIONS,
    FACILITY_WORDS,
    HONORIFICS,
    INSTITUTIONS,
    LONE_BODY_HEADS,
    MARRIED_PARTICLES,
    MONTHS,
    NAME_PARTICLES,
    NAMED_AFTER_HEADS,
    NAMESAKE_QUALIFIERS,
    NICKNAMES,
    ONLY_NAME_AFTER,
    ONLY_NAME_BEFORE,
    ORG_CUES,
    VENUE_WORDS,
    WEEKDAYS,
)
from ..lang.en.speech import GENDER_OF_NOUN, PERSONAL_PRONOUN_GENDER
from ..sentences import split_sentences
from ..structure import Mention
from .cleanup import _paragraph_of, _text_before
from .keys import _name_form, _name_key, _person_parts, _person_parts_of, _surface, _UnionFind, _words_and_marks
from .kinds import _PERSON_TITLE_BEFORE, _REPORTING_AFTER, _cue_before
from .mentions import _INITIALS, _particle_surname
from .passes import _heads_the_phrase_in, _quoted_alone
from .runs import _KOREAN_NAME, _looks_like_full_name
from .tokens import ORG, OTHER, PERSON, PLACE, _is_acronym


def _person_candidates(mentions: list[Mention], named: list[int], paragraphs: dict[str, list[str]]) -> list[int]:
    """Mentions that look like a person's full name (two or more words). A thing's name that opens with a given name
    is one ("T.J. Welt" read as a thing), unless it fills a pair of quote marks: a title (the song “Go Vell Go”).

    A name the dossier mostly reads as an organisation or place ("the law firm Mossack Fonseca",
    tagged a person where it "employs" people) is not a person, so its surname cannot claim a lone
    "Fonseca"."""
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for i in named:
        by_key[_name_key(mentions[i].text)].append(mentions[i])
    kinds: dict[str, str] = {}  # each name's kind, worked out once for all its mentions

    def kind_of(key: str) -> str:
        if key not in kinds:
            kinds[key] = _cluster_kind(by_key[key])
        return kinds[key]

    return [
        i for i in named
        if mentions[i].kind in (PERSON, OTHER) and len(_person_parts(mentions[i].text)) >= 2
        and " " in _surface(mentions[i].text)  # "Taff-Rice" alone is a double-barrelled surname
        and not _particle_surname(mentions[i].text)  # "de Blasio" alone is a surname
        and (mentions[i].kind == PERSON or (ascii_fold(_surface(mentions[i].text).split()[0]) in given_names()
                                            and not _quoted_alone(mentions[i], _paragraph_of(mentions[i], paragraphs)
                                                                  or "")))
        and kind_of(_name_key(mentions[i].text)) in (PERSON, OTHER)
        and not (mentions[i].kind == OTHER and _named_after(_surface(mentions[i].text).split()))
    ]


_NAMED_AFTER_HEADS = ORG_CUES | LONE_BODY_HEADS | VENUE_WORDS | FACILITY_WORDS | NAMED_AFTER_HEADS


def _named_after(words: list[str]) -> bool:
    """A full name, then a body's or a place's head word: "Vell Roe Zoo", "Jo Roe Center" are named after a person,
    and their head word is no surname (a lone "the Zoo" is not theirs)."""
    return len(words) >= 3 and words[-1] in _NAMED_AFTER_HEADS


def _first_names_agree(a: list[str], b: list[str]) -> bool:
    """Given names compatible: equal keys, or one letter apart when long ("Andriy"/"Andrei");
    middle names equal, an initial standing for a spelled-out one ("W"/"Walker"), or absent."""
    if not a or not b:
        return True
    if not _same_given(a[0], b[0]) and not (len(a[0]) >= 5 and a[0][0] == b[0][0] and _one_edit(a[0], b[0])):
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    # "George H. W. Bush" and "George W. Bush" have different middles: two people.
    return len(a) == len(b) and all(
        x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in zip(a[1:], b[1:], strict=True))


@functools.cache
def _formal_keys() -> dict[str, str]:
    return {translit_key(nickname): translit_key(formal) for nickname, formal in NICKNAMES.items()}


def _same_given(a: str, b: str) -> bool:
    """One given name's keys, or a nickname's and the formal name's it shortens ("Ben", "Benjamin";
    ``NICKNAMES``); two nicknames of one name ("Bill", "Will") may be two people."""
    formal = _formal_keys()
    return a == b or formal.get(a) == b or formal.get(b) == a


def _one_edit(a: str, b: str) -> bool:
    """One letter changed, added or dropped, or two neighbours swapped ("Rait"/"Raite",
    "Gonzalez"/"Gonzaelz"); not two changes that a shared deletion hides ("Myers"/"Moyes")."""
    if a == b:
        return True
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                                   and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    shorter, longer = sorted((a, b), key=len)
    if len(longer) - len(shorter) != 1:
        return False
    i = next((k for k in range(len(shorter)) if shorter[k] != longer[k]), len(shorter))
    return longer[:i] + longer[i + 1 :] == shorter


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _without_initials(parts: tuple[str, ...]) -> tuple[str, ...]:
    """Name words with middle initials dropped: "Ramon F. Fonseca Mora" -> ramon fonseca mora."""
    return parts[:1] + tuple(p for p in parts[1:-1] if len(p) > 1) + parts[-1:]


def _merge_full_names(mentions: list[Mention], persons: list[int], uf: _UnionFind,
                      apart: frozenset[tuple[str, ...]]) -> None:
    """Full names with the same surname and agreeing given names are one person, and so is a
    shorter form that only one longer name extends.

    A shorter form ("George Bush", "Ramon Fonseca") is extended by a longer one with the same
    surname and given name ("George W. Bush") or by one it is a word-prefix of ("Ramon Fonseca
    Mora", a Spanish maternal surname added). It joins only when exactly one person extends it:
    with "George H. W. Bush" also present, "George Bush" stays apart (a wrong merge is worse than
    a missed one).
    """
    forms: dict[tuple[str, ...], int] = {}
    for i in persons:
        parts = _name_form(mentions[i].text, apart)
        if parts in forms:
            uf.union(forms[parts], i)
        else:
            forms[parts] = i
    by_surname: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    by_prefix: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for parts in forms:
        by_surname[parts[-1]].append(parts)
        bare = _without_initials(parts)
        for n in range(2, len(bare)):
            by_prefix[bare[:n]].append(parts)
    # Same-length spellings first ("Andriy"/"Andrei", "W."/"Walker"): one surname's bucket is
    # small, so pairs are cheap here.
    for group in by_surname.values():
        for x, a in enumerate(group):
            for b in group[x + 1 :]:
                if len(a) == len(b) and _first_names_agree(list(a[:-1]), list(b[:-1])):
                    uf.union(forms[a], forms[b])
    # A surname misspelt in one report ("Duncan Rait", "Duncan Raite"): same given names, the
    # surnames one letter apart and long enough that one letter rarely tells two families apart,
    # and never both in one article (one writer spelling two names alike names two people).
    by_given: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    articles: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for i in persons:
        articles[_name_form(mentions[i].text, apart)].add(mentions[i].article)
    for parts in forms:
        by_given[parts[:-1]].append(parts)
    for given, group in by_given.items():
        if len(group) < 2 or not given or given[0] not in _given_keys():
            continue
        for x, a in enumerate(group):
            for b in group[x + 1 :]:
                if (min(len(a[-1]), len(b[-1])) >= 4 and a[-1][0] == b[-1][0] and _one_edit(a[-1], b[-1])
                        and not articles[a] & articles[b]):
                    uf.union(forms[a], forms[b])
    for parts, i in forms.items():
        longer = [p for p in by_surname[parts[-1]] if len(p) > len(parts) and _same_given(p[0], parts[0])
                  and not _guessed_twice(parts, p, articles)]
        agreeing = [p for p in longer if _first_names_agree(list(parts[:-1]), list(p[:-1]))]
        extending = by_prefix.get(_without_initials(parts), [])
        # "J. Jo Roe", the name with its leading initial: "Jo Roe" uses the middle name, as "J. Jo Roe" did
        initialled = [p for p in by_surname[parts[-1]] if len(p) == len(parts) + 1 and len(p[0]) == 1
                      and p[1:] == parts]
        roots = {uf.find(forms[p]) for p in longer + extending + initialled}
        if len(roots) == 1 and (agreeing or extending or initialled):
            uf.union(i, roots.pop())
    _merge_called_names(forms, articles, uf)


def _merge_called_names(forms: dict[tuple[str, ...], int], articles: dict[tuple[str, ...], set[str]],
                        uf: _UnionFind) -> None:
    """A person called by a middle name and the surname ("Khulubuse Zuma") in a report that gives the full name
    ("Clive Khulubuse Zuma") is that person, when only one full name of the report ends so. Only within one report:
    across reports the shorter name may be a relative's ("Joseph Jackson", father of "Michael Joseph Jackson")."""
    by_tail: dict[tuple[str, tuple[str, ...]], set[int]] = defaultdict(set)
    for parts, i in forms.items():
        for k in range(1, len(parts) - 1):
            if len(parts[k]) > 1:  # a middle initial is not what anyone is called
                for article in articles[parts]:
                    by_tail[(article, parts[k:])].add(i)
    for parts, i in forms.items():
        for article in sorted(articles[parts]):
            roots = {uf.find(longer) for longer in by_tail.get((article, parts), ())}
            if len(roots) == 1:
                uf.union(i, roots.pop())


def _guessed_twice(short: tuple[str, ...], long: tuple[str, ...], articles: dict[tuple[str, ...], set[str]]) -> bool:
    """A nickname read as the formal name ("Rob" for "Robert") and a middle initial the short form lacks
    ("Robert A. Roe"): two guesses, too many where no report names both ("Col. Rob Roe", a spokesman,
    and "Robert A. Roe", an analyst). A middle name written out ("Benjamin Todd Roe") is the same
    person's full name far more often."""
    return (short[0] != long[0] and any(len(p) == 1 for p in long[1:-1]) and len(long) > len(short)
            and not articles[short] & articles[long])


def _surname_keys(parts: list[str]) -> list[str]:
    """The words a lone surname may match: the last, and for "Álvaro Alemán Healy" (a Spanish
    paternal surname before the maternal one) the second-to-last, unless it is a given name
    ("Juan Carlos Varela") or a particle."""
    keys = [parts[-1]]
    bare = _without_initials(tuple(parts))
    if len(bare) >= 3:
        middle = bare[-2]
        if middle not in _given_keys() and middle not in NAME_PARTICLES:
            keys.append(middle)
    return keys


def _maiden_keys(text: str) -> list[str]:
    """A Spanish married woman's own surname, before "de" and her husband's: "Roe" of "Eyda Roe de Chinchilla",
    which a lone "Roe" may mean as well as "Jo Carlos Roe" (then left for curation)."""
    words = _surface(text).split()
    if len(words) >= 3 and words[-2] in MARRIED_PARTICLES and words[-3][0].isupper():
        key = " ".join(_person_parts(words[-3]))
        return [key] if key and key not in _given_keys() else []
    return []


def _particle_keys(parts: tuple[str, ...]) -> list[str]:
    """The surname with its particles, as a lone use may give it: "de blasio" of "Bill de Blasio", "der
    leyen" and "von der leyen" of "Ursula von der Leyen"."""
    keys = []
    k = len(parts) - 1
    while k > 1 and parts[k - 1] in NAME_PARTICLES:
        k -= 1
        keys.append(" ".join(parts[k:]))
    return keys


@functools.cache
def _given_keys() -> frozenset[str]:
    return frozenset(translit_key(w) for w in given_names())


def _maybe_surname(m: Mention, org_words: set[str]) -> bool:
    """A lone word the tagger called an organisation or place may still be a surname ("Rutte" in
    an article that never gives the full name) when nothing says otherwise: no gazetteer entry, no
    acronym or institution, never a word of a longer organisation's or place's name."""
    word = _surface(m.text)
    return not (word in gazetteer().places or word in INSTITUTIONS or _is_acronym(word) or word in org_words)


def _said_surname(m: Mention, surnames: dict[str, set[int]], paragraphs: dict[str, list[str]]) -> bool:
    """A place's name that is also the surname of someone its report names in full, before a reporting verb
    ("Zulay Vellmont Lu, a lawmaker, ..." then "Vellmont says"): her, not the place. Not a big place's name, which
    may speak for its government ("Washington says")."""
    return (m.kind == PLACE and m.text not in gazetteer().big_places
            and bool(surnames.get(" ".join(_person_parts(m.text))))
            and bool(_REPORTING_AFTER.match(paragraphs[m.article][m.paragraph], m.end)))


def _fathers_of_marked(mentions: list[Mention], persons: list[int],
                       apart: frozenset[tuple[str, ...]]) -> dict[int, list[int]]:
    """Each full name with a generation's mark ("Donald Trump Jr.") that names another person than the same name
    without it (``apart``, of ``_marked_apart``), with the mentions of that other ("Donald Trump"): a lone "Trump" in
    the son's report may be either man."""
    unmarked: dict[tuple[str, ...], list[int]] = defaultdict(list)
    marked = []
    for i in persons:
        parts = _person_parts_of(mentions[i].text)
        if parts in apart:
            (marked.append(i) if _words_and_marks(mentions[i].text)[1] else unmarked[parts].append(i))
    return {i: unmarked[_person_parts_of(mentions[i].text)] for i in marked}


def _merge_lone_names(
    mentions: list[Mention], named: list[int], persons: list[int], uf: _UnionFind, messages: list[str],
    paragraphs: dict[str, list[str]], apart: frozenset[tuple[str, ...]],
) -> None:
    """A lone surname (or given name) joins the one full name it fits, in the article or dossier.
    Of two people of one surname, a man and a woman (see ``_Genders``), it joins the one a pronoun
    right after it names ("Peterson was found guilty of murdering his wife")."""
    by_article: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    by_dossier: dict[str, set[int]] = defaultdict(set)
    first_by_article: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    given_named = _given_named(mentions, persons)
    given_by_key: dict[str, set[int]] = defaultdict(set)  # surname -> its full names with a given name
    family_first: dict[str, set[int]] = defaultdict(set)  # a Korean name's family name, first: "Moon Jae-in"
    family_first_by_article: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    given_first: dict[str, set[int]] = defaultdict(set)  # a given name -> the full names it opens
    families: dict[str, set[str]] = defaultdict(set)  # an article -> the surnames of its full names
    for i in persons:
        parts = _person_parts(mentions[i].text)
        root = uf.find(i)
        if len(parts) >= 2:
            given_first[parts[0]].add(i)
            families[mentions[i].article].add(parts[-1])
        last = _person_parts(_surface(mentions[i].text).rsplit(" ", 1)[-1])
        if _KOREAN_NAME.fullmatch(_surface(mentions[i].text)):
            family_first[parts[0]].add(root)
            family_first_by_article[mentions[i].article][parts[0]].add(root)
        for key in (_surname_keys(parts) + ([" ".join(last)] if len(last) > 1 else []) + _particle_keys(parts)
                    + _maiden_keys(mentions[i].text)):
            by_article[mentions[i].article][key].add(root)
            by_dossier[key].add(root)  # a double-barrelled surname also whole: "Taff-Rice" of "Anita Taff-Rice"
            if i in given_named:
                given_by_key[key].add(i)
        first_by_article[mentions[i].article][parts[0]].add(root)
    person_set = set(persons)
    for i in named:  # "T.J. Welt" read as a thing still makes a lone "T.J." beside "T.J. Dorne" either man
        first = mentions[i].text.split(" ")[0]
        if (i not in person_set and mentions[i].kind == OTHER and " " in mentions[i].text
                and (first in given_names() or _INITIALS.fullmatch(first) and "." in first)):
            first_by_article[mentions[i].article][_person_parts(first)[0]].add(uf.find(i))
    genders = _Genders(mentions, persons, uf, paragraphs)
    fathers = _fathers_of_marked(mentions, persons, apart)
    full_names: dict[str, list[Mention]] = defaultdict(list)  # an article -> its full names, in the order written
    for i in sorted(persons, key=lambda i: (mentions[i].paragraph, mentions[i].start)):
        if " " in _surface(mentions[i].text):
            full_names[mentions[i].article].append(i)
    org_words = {w for m in mentions if m.kind in (ORG, PLACE) and " " in m.text for w in _surface(m.text).split()}
    bodies = {" ".join(_person_parts(m.text)) for m in mentions if m.kind == ORG and " " not in _surface(m.text)}
    for i in named:
        if _said_surname(mentions[i], by_article[mentions[i].article], paragraphs):
            mentions[i].kind = PERSON
    # Two or three capitals are initials ("UN", "EU"), not the surname of "Kim Jong Un".
    # A surname with its particles is lone too, even where its particle may be a given name ("Da Silva").
    lone = [i for i in named if ((i not in person_set and " " not in _surface(mentions[i].text))
                                 or _particle_surname(mentions[i].text, strict=False))
            and not (len(_surface(mentions[i].text)) <= 3 and _surface(mentions[i].text).isupper())
            and (mentions[i].kind in (PERSON, OTHER) or _maybe_surname(mentions[i], org_words))]
    # One writer's bare surname names one person: a use no word around it genders takes what the
    # title before or the pronoun after its other uses say, if they agree.
    own: dict[int, str] = {}
    said: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for i in lone:  # (only where the dossier has two people to choose from)
        if len(by_dossier.get(key := " ".join(_person_parts(mentions[i].text)), ())) > 1 and (gender := _gender_titled(
                mentions[i], paragraphs) or _gender_said(mentions[i], paragraphs)):
            own[i] = gender
            said[(mentions[i].article, key)][gender] += 1
    only_named = {(mentions[i].article, " ".join(_person_parts(mentions[i].text))) for i in lone
                  if _only_name(mentions[i], paragraphs)}
    asked: set[tuple[str, str]] = set()
    ambiguous: list[tuple[Mention, set[int]]] = []
    given_only: list[int] = []  # lone given names no name of their report or surname fits
    for i in lone:
        m = mentions[i]
        key = " ".join(_person_parts(m.text))
        if (m.article, key) in only_named:
            continue  # "a dad known only as Kevin": all the report knows of him, not "Kevin Dane" named beside him
        local = {uf.find(r) for r in by_article[m.article].get(key, ())}
        if not local and not (key in bodies and key not in given_names()):
            # A word the dossier reads as a body's name and no given name opens a longer name as its maker's
            # ("Tesla" and "a Tesla Roadster"), not as a person's first name.
            local = {uf.find(r) for r in first_by_article[m.article].get(key, ())}
        everywhere = {uf.find(r) for r in by_dossier.get(key, ())} - {uf.find(i)}
        candidates = (local - {uf.find(i)}) or everywhere
        if not candidates and _cue_before(_PERSON_TITLE_BEFORE, m, paragraphs[m.article][m.paragraph]):
            # "Mr. Moon" of "Moon Jae-in"; untitled, a lone "Kim" may be another's ("Kim Jong Un", unhyphenated).
            candidates = {uf.find(r) for r in family_first.get(key, ())} - {uf.find(i)}
        if not candidates:  # "Park said" where the report names one "Park Soo-hyun" and no other Park
            own_family = {uf.find(r) for r in family_first_by_article[m.article].get(key, ())} - {uf.find(i)}
            candidates = own_family if len(own_family) == 1 else candidates
        if not candidates and key in _given_keys():
            given_only.append(i)
            continue
        if _heads_the_phrase(m, paragraphs) and candidates & {uf.find(j) for j in given_by_key.get(key, ())}:
            continue  # "the Hill reported": a body or a thing, never "Fiona Hill" (but "the Roadster" of a car's name)
        votes = said[(m.article, key)]
        gender = own.get(i) or (next(iter(votes)) if len(votes) == 1 else None)
        # A pronoun may name someone else ("played by Perry), she plots revenge") and a title may
        # disagree with another ("chairman Jan Berry", "Ms Berry"): to overrule the report's own full
        # name, or to choose among the dossier's, two uses must agree and none disagree.
        sure = len(votes) == 1 and votes[gender] >= 2
        if len(local) <= 1 and (majority := _clear_majority(votes)):
            # One writer's bare surname names one person: where the report names no two people of it in full, its
            # uses' clear majority outweighs the few pronouns that name someone else ("Thurman says he introduced
            # her", of Weinstein), for every use.
            gender, sure = majority, True
        if gender and (len(local) > 1 or sure):
            # "Peterson was found guilty of murdering his wife": of Scott and Laci Peterson, the man; and
            # where the report names only Laci Peterson, the man the dossier names.
            if len(local) == 1 and genders.attested(local) not in (None, gender):
                candidates = everywhere
            fitting = {c for c in candidates if genders.of({c}) == gender}
            if len(fitting) == 1 and all(genders.of({c}) not in (None, gender) for c in candidates - fitting):
                candidates = fitting
        if len(candidates) > 1 and candidates <= local and (first := _first_namesake(
                mentions, i, candidates, full_names[m.article], uf, paragraphs)) is not None and genders.of(
                {first}) == gender:
            candidates = {first}
        candidates |= {uf.find(j) for marked, same in fathers.items() if uf.find(marked) in candidates for j in same}
        if len(candidates) == 1:
            uf.union(i, candidates.pop())
        elif len(candidates) > 1 and (m.article, _surface(m.text)) not in asked:
            asked.add((m.article, _surface(m.text)))  # once per name and article, however many times it is used
            ambiguous.append((m, candidates))
    for i in given_only:
        # "Jo and Al Roe and their son Matthew" is the one "Matthew B. Roe" of the dossier, where the report names
        # his family; elsewhere a lone given name may be anyone's. After the surnames: their genders are read by root.
        m, key = mentions[i], " ".join(_person_parts(mentions[i].text))
        fitting = {uf.find(r) for r in given_first.get(key, ())
                   if _person_parts(mentions[r].text)[-1] in families[m.article]}
        if len({uf.find(r) for r in given_first.get(key, ())}) == 1 and len(fitting) == 1:
            uf.union(i, fitting.pop())
    # Each candidate by the longest name its person goes by once every lone name has joined ("Jos Verstappen", not
    # his lone "Jos"), looked up once: the people's names for each message would take a pass over all of them.
    fullest: dict[int, str] = {}
    for j in persons:
        name, root = _surface(mentions[j].text), uf.find(j)
        if (len(name), name) > (len(fullest.get(root, "")), fullest.get(root, "")):
            fullest[root] = name
    for m, candidates in ambiguous:
        names = sorted({fullest.get(uf.find(r), _surface(mentions[r].text)) for r in candidates})
        if len(names) < 2:
            continue  # its candidates have since joined: one person, no choice to ask about
        messages.append(
            f"ambiguous: '{_surface(m.text)}' in {m.article} could be {' or '.join(names)}; "
            "left apart (add it to one of them in content/entities.yml)"
        )


GENDER_MAJORITY_USES = 3  # uses of a report's lone surname whose gender must agree, against ...
GENDER_MAJORITY_RATIO = 3  # ... this many times the uses of the other gender (a pronoun after it may be another's)


def _clear_majority(votes: Counter[str]) -> str | None:
    """The gender most uses of a report's lone surname give it, by ``GENDER_MAJORITY_USES`` or more and
    ``GENDER_MAJORITY_RATIO`` times the other's uses; None if no gender has such a majority."""
    ranked = votes.most_common()
    if not ranked:
        return None
    gender, uses = ranked[0]
    others = sum(n for _, n in ranked[1:])
    return gender if uses >= GENDER_MAJORITY_USES and uses >= GENDER_MAJORITY_RATIO * others else None


# An honorific right before a lone surname, and the word before it: "the elder Mr. Roe".
_HONORIFIC_BEFORE = re.compile(r"(?:\b([a-z]+) )?\b(" + "|".join(sorted(HONORIFICS)) + r")\.? $")


def _namesake_told_apart(m: Mention, paragraphs: dict[str, list[str]]) -> bool:
    """Whether a word before a surname's honorific tells one of a family's namesakes apart: "the elder Mr. Roe"."""
    before = _HONORIFIC_BEFORE.search(_text_before(m, paragraphs, 30))
    return bool(before) and before.group(1) in NAMESAKE_QUALIFIERS


def _honorific_of(m: Mention, paragraphs: dict[str, list[str]]) -> str | None:
    """The honorific right before a name ("Mr" of "Mr. Roe"), or None."""
    before = _HONORIFIC_BEFORE.search(_text_before(m, paragraphs, 30))
    return before.group(2) if before else None


def _first_namesake(mentions: list[Mention], i: int, candidates: set[int], full_names: list[int], uf: _UnionFind,
                    paragraphs: dict[str, list[str]]) -> int | None:
    """Of a report's people of one surname, the one it names in full first, for that surname alone with an honorific
    after that name ("Mr. Roe"): a report telling a family apart writes the others in full and keeps the honorific
    for the person it is about. None without an honorific, or with a word telling a namesake apart ("the elder
    Mr. Roe")."""
    m = mentions[i]
    honorific = _honorific_of(m, paragraphs)
    if not honorific or _namesake_told_apart(m, paragraphs):
        return None
    # Not one named with another honorific: "Sir Ian Blair" is "Sir Ian" after, never "Mr Blair" (Tony Blair)
    first = next((j for j in full_names if uf.find(j) in candidates
                  and _honorific_of(mentions[j], paragraphs) in (None, honorific)), None)
    if first is None or (mentions[first].paragraph, mentions[first].start) > (m.paragraph, m.start):
        return None
    return uf.find(first)


_ONLY_NAME_BEFORE = re.compile(ONLY_NAME_BEFORE)
_ONLY_NAME_AFTER = re.compile(ONLY_NAME_AFTER)


def _only_name(m: Mention, paragraphs: dict[str, list[str]]) -> bool:
    """Whether the words around a lone name say it is all the report knows of the person (``ONLY_NAME_BEFORE``,
    ``ONLY_NAME_AFTER``)."""
    paragraph = _paragraph_of(m, paragraphs)
    if paragraph is None:
        return False
    return bool(_ONLY_NAME_BEFORE.search(paragraph, max(0, m.start - 40), m.start)
                or _ONLY_NAME_AFTER.match(paragraph, m.end))


def _given_named(mentions: list[Mention], persons: list[int]) -> set[int]:
    """The full names of people with a gendered given name first ("Fiona Hill"; not "Man of the Woods" or
    "Tesla Roadster")."""
    return {i for i in persons
            if " " in (text := _surface(mentions[i].text)) and usual_given_name_gender(text.split()[0])}


def _heads_the_phrase(m: Mention, paragraphs: dict[str, list[str]]) -> bool:
    """``_heads_the_phrase_in`` its paragraph (False for an article the dossier lacks)."""
    paragraph = _paragraph_of(m, paragraphs)
    return paragraph is not None and _heads_the_phrase_in(m, paragraph)


def _gender_titled(m: Mention, paragraphs: dict[str, list[str]]) -> str | None:
    """The gender a word right before a lone name gives it ("Mrs Peterson", "his wife Peterson")."""
    before = re.search(r"([A-Za-z]+)\.? $", _text_before(m, paragraphs, 20))
    return GENDER_OF_NOUN.get(before.group(1).lower()) if before else None


def _gender_said(m: Mention, paragraphs: dict[str, list[str]]) -> str | None:
    """The gender the first personal pronoun after a lone name gives it, in its sentence, within
    twelve words and before any other name ("Peterson was found guilty of murdering his wife": a
    man); None if there is none."""
    paragraph = _paragraph_of(m, paragraphs)
    if paragraph is None:
        return None
    end = next((e for s, e in _sentence_spans(paragraph) if s <= m.end <= e), len(paragraph))
    sentence = re.split(r"[;:]\s|[\"“”]", paragraph[m.end : end], maxsplit=1)[0]
    for word in re.findall(r"[A-Za-z]+", sentence)[:12]:
        if word[0].isupper() and word not in MONTHS | WEEKDAYS | ABBREVIATIONS:
            return None
        if word in PERSONAL_PRONOUN_GENDER:
            return PERSONAL_PRONOUN_GENDER[word]
    return None


@functools.lru_cache(maxsize=4096)  # two lone names of a paragraph ask for its sentences alike
def _sentence_spans(paragraph: str) -> tuple[tuple[int, int], ...]:
    return tuple(split_sentences(paragraph))


class _Genders:
    """The gender of the people of the dossier (sets of union-find roots of full names): from a
    gendered word just before a mention of their full or given name ("his wife, Laci", "Mr
    Peterson"), else from the given name (gender-guesser's dictionary, which calls "Laci" a man's
    name); None when the cues disagree or there are none."""

    def __init__(self, mentions: list[Mention], persons: list[int], uf: _UnionFind,
                 paragraphs: dict[str, list[str]]) -> None:
        self.mentions = mentions
        self.names: dict[int, set[str]] = defaultdict(set)  # root -> its full and given names
        for i in persons:
            words = _surface(mentions[i].text).split()
            self.names[uf.find(i)].update({_name_key(mentions[i].text), _name_key(words[0])})
        wanted = set().union(*self.names.values())
        self.cues: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            if (key := _name_key(m.text)) in wanted:
                before = re.findall(r"[a-z]+\.?", _text_before(m, paragraphs, 40).lower())[-3:]
                gendered = [GENDER_OF_NOUN[w] for w in before if w in GENDER_OF_NOUN]
                if gendered:
                    self.cues[key].add(gendered[-1])
        self.known: dict[int, str | None] = {}

    def of(self, roots: set[int]) -> str | None:
        found = {self._gender(root) for root in roots}
        return found.pop() if len(found) == 1 else None

    def attested(self, roots: set[int]) -> str | None:
        """The gender the words before their names give these people, where the given name's
        dictionary gender does not disagree ("his wife, Laci"; not a cue on another "Harold")."""
        found = set()
        for root in roots:
            cues = set().union(*(self.cues[key] for key in self.names.get(root, ())))
            listed = {given_name_gender(key) for key in self.names.get(root, ()) if " " not in key} - {None}
            found.add(cues.pop() if len(cues) == 1 and listed <= cues else None)
        return found.pop() if len(found) == 1 else None

    def _gender(self, root: int) -> str | None:
        if root not in self.known:
            cues = set().union(*(self.cues[key] for key in self.names.get(root, ())))
            if not cues:
                cues = {given_name_gender(key) for key in self.names.get(root, ()) if " " not in key}
            self.known[root] = cues.pop() if len(cues) == 1 else None
        return self.known[root]


def _cluster_kind(cluster: list[Mention]) -> str:
    """The kind most evidence points to. A full name or gazetteer form outweighs a lone word's
    context cue, and many unexplained lone uses ("Arsenal" 130 times, "said" after it 3 times)
    outweigh a few weak cues."""
    # A lone family name of a full name read as a person's is that person, however its own context reads it
    # ("Ahed Tamimi", then "The charge sheet against Tamimi"): the tagger reads a lone word by what is around it.
    surnames = {m.text.split()[-1] for m in cluster if m.kind == PERSON and len(m.text.split()) >= 2}
    score: Counter[str] = Counter()
    for m in cluster:
        kind = PERSON if m.text in surnames else m.kind
        if kind == OTHER:
            score[OTHER] += 0.1
        else:
            score[kind] += 5 if m.role or _strong_form(m.text, kind) else 1
    best = max(score, key=lambda k: (score[k], k != OTHER, k == PERSON))
    return best


@functools.lru_cache(maxsize=200_000)  # asked for every mention of every cluster, by several merge steps
def _strong_form(text: str, kind: str) -> bool:
    """A gazetteer form of a place, or a full name of an organisation or person: strong evidence of its kind."""
    return (kind == PLACE and _surface(text) in gazetteer().places) or (" " in text and (
        kind == ORG or _looks_like_full_name(_surface(text).split())))
