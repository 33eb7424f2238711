"""Resolution of bodies and things: short forms of organisations, employers, national bodies with
or without their country, owned bodies, acronyms, facilities, products and roles.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from ..entity_data import acronym_of, gazetteer, given_names
from ..lang.en.names import (
    ALTERNATE_NAMES_OF,
    BODY_HEADS,
    BODY_NOUNS_AFTER,
    COMMON_BODY_HEADS,
    COMPANY_NOUNS_AFTER,
    FACILITY_WORDS,
    FEATURE_WORDS,
    INVERTIBLE_BODY_HEADS,
    LOCATIVE_PREPOSITIONS,
    LODGING_WORDS,
    LONE_BODY_HEADS,
    NAME_PARTICLES,
    ORG_CUES,
    ORGAN_CUES,
    PAPER_HEADS,
    PRODUCT_HEAD_NOUNS,
    PUBLICATION_HEADS,
    ROLE_NOUNS,
    ROLE_TIME_QUALIFIERS,
    SERVICE_CUES,
    TITLE_WORDS,
)
from ..models import ordinary_words
from ..structure import Entity, Mention
from .cleanup import _text_before
from .keys import _SPACED_DOTS, _is_role_only, _name_key, _org_key, _place_expanded, _surface, _UnionFind
from .kinds import CODE_NUMBER_AFTER, _cue_before, product_names
from .places import _text_after, _word_before
from .tokens import ORG, OTHER, PERSON, PLACE, _is_acronym


def _merge_org_short_forms(
    mentions: list[Mention], named: list[int], persons: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A lone unknown word joins the one organisation of its article named by that word and a cue
    ("Hofstra" for "Hofstra University") or by a particle and that word ("Vekra" for "Al Vekra"), and so do the
    words before a longer name's cue ("Common Sense" for
    "Common Sense Media"). A word that is also a person's name in the dossier stays
    apart: "Trump" is not the "Trump Foundation"; so do initials, which name the parent body of
    what they open: "UN" is not the "UN Security Council" nor the "UN Relief and Works Agency"; and
    so does a place: "in Dunmore" is not the "Dunmore Police", and neither is "the Capitol" the
    "Capitol Police" (``SERVICE_CUES``), nor "the US Pacific territory" the "US Pacific Command"; nor is a
    body its organ: "Likud" is not the "Likud Central Committee" (``ORGAN_CUES``); nor a city the paper named after
    it: "Detroit" is not the "Detroit Free Press" (``PUBLICATION_HEADS``)."""
    by_article: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    particled: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    cues = ORG_CUES - SERVICE_CUES - ORGAN_CUES
    for i in named:
        words = _surface(mentions[i].text).split()
        if (mentions[i].kind == ORG and len(words) >= 2 and words[-1] in cues
                and not (words[-1] in PUBLICATION_HEADS and words[0] in gazetteer().places)):  # "Detroit": the city
            by_article[mentions[i].article][words[0]].add(i)
            if len(words) >= 3:  # "Common Sense" for "Common Sense Media"
                by_article[mentions[i].article][" ".join(words[:-1])].add(i)
        if mentions[i].kind == ORG and len(words) == 2 and words[0].lower() in NAME_PARTICLES and not _is_acronym(
                words[0]):  # not "LA Times"
            particled[mentions[i].article][words[1]].add(i)  # "Vekra" for "Al Vekra": the article dropped
    _merge_lone_heads(mentions, named, uf, paragraphs)
    if not by_article and not particled:
        return
    person_words = {w for i in persons for w in _surface(mentions[i].text).split()}
    for i in named:
        m = mentions[i]
        word = _surface(m.text)
        # The tagger reads a lone "Vekra" as a person's surname as often as the group's: the particle's form decides.
        particle = m.kind == PERSON and word in particled[m.article]
        if ((m.kind in (PERSON, PLACE) and not particle) or word in person_words or word in given_names()
                or _is_acronym(word) or _places_run_together(word)
                or _word_before(m, paragraphs) == "in"):  # the word before last: the slowest
            continue
        found = by_article[m.article].get(word, set()) | particled[m.article].get(word, set())
        candidates = {uf.find(r) for r in found}
        if len(candidates) == 1:
            uf.union(i, candidates.pop())


def _merge_lone_heads(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """ "the Academy" is the one body of the dossier whose name ends in "Academy" ("the Tamber Academy"); with two
    such bodies it is neither (``LONE_BODY_HEADS``)."""
    bodies: dict[str, set[int]] = defaultdict(set)
    for i in named:
        words = _surface(mentions[i].text).split()
        if mentions[i].kind == ORG and len(words) >= 2 and words[-1] in LONE_BODY_HEADS:
            bodies[words[-1]].add(i)
    for i in named:
        m = mentions[i]
        if m.text in bodies and _word_before(m, paragraphs).lower() == "the":
            candidates = {uf.find(r) for r in bodies[m.text]}
            if len(candidates) == 1:
                uf.union(i, candidates.pop())


_COMPANY_NOUN_AFTER = re.compile(r" (?:" + "|".join(sorted(COMPANY_NOUNS_AFTER)) + r")\b")
_BODY_NOUN_AFTER = re.compile(r" (?:" + "|".join(sorted(BODY_NOUNS_AFTER)) + r")\b")


def _merge_town_named_bodies(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A lone word read as a place that the gazetteer knows as no country, state, city or large place, and that its
    article also writes at the head of one body's longer name, is that body's short name where the article has it
    say or employ something as only a body does, and never puts anything in it: "the Vell spokesman", "Vell
    executives" beside "Vell Air Lines" (not "Vell" beside the "Vell Advertiser" in a report of what happened "in
    Vell"). Nor is a place a body that serves it or is its school, hospital or council ("Vell Police", "Vell
    College": ``SERVICE_CUES``, ``BODY_HEADS``)."""
    gaz = gazetteer()
    bodies: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i in named:
        words = _surface(mentions[i].text).split()
        if (mentions[i].kind == ORG and len(words) >= 2 and words[-1] not in SERVICE_CUES | ORGAN_CUES | BODY_HEADS
                and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words)):
            bodies[(mentions[i].article, words[0])].add(i)
    if not bodies:
        return
    named_set = set(named)
    uses: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if (m.article, _surface(m.text)) in bodies:
            uses[(m.article, _surface(m.text))].append(i)
    for key, found in uses.items():
        word = key[1]
        if (word in gaz.big_places or word in gaz.cities or gaz.places.get(word) in gaz.countries | gaz.states
                or any(_word_before(mentions[i], paragraphs) in LOCATIVE_PREPOSITIONS for i in found)
                or not any(_BODY_NOUN_AFTER.match(_text_after(mentions[i], paragraphs, 30)) for i in found)):
            continue
        roots = {uf.find(r) for r in bodies[key]}
        if len(roots) != 1:
            continue
        root = roots.pop()
        for i in found:
            if mentions[i].kind == PLACE and i in named_set:
                uf.union(i, root)
                mentions[i].kind = ORG  # the gazetteer's town made the tagger read it as a place


_ROLE_AT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(ROLE_NOUNS)) + r") at $")  # "the head coach at Vell"


def _merge_employers(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A lone word read as a place, after a role noun and "at" ("the head coach at Vell", "a professor at Vell"),
    that the gazetteer knows as no place (a town at most), is the one body of the dossier whose name it opens
    ("Vell University"): the employer, written short, where every use of it is so cued. A place of the gazetteer
    ("a coach at Alabama") stays one."""
    bodies: dict[str, set[int]] = defaultdict(set)
    for i in named:
        words = _surface(mentions[i].text).split()
        if mentions[i].kind == ORG and len(words) >= 2 and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words):
            bodies[words[0]].add(i)
    if not bodies:
        return
    members: dict[int, list[int]] = defaultdict(list)
    for i in named:
        members[uf.find(i)].append(i)
    for i in named:
        m = mentions[i]
        word = _surface(m.text)
        if (m.kind != PLACE or word not in bodies or word in gazetteer().places or uf.find(i) in bodies[word]
                or not _cue_before(_ROLE_AT_BEFORE, m, paragraphs[m.article][m.paragraph])):
            continue
        # Every use of it so cued: "moved to Vell" in another report is the town
        if not all(_cue_before(_ROLE_AT_BEFORE, mentions[j], paragraphs[mentions[j].article][mentions[j].paragraph])
                   for j in members[uf.find(i)]):
            continue
        roots = {uf.find(r) for r in bodies[word]}
        if len(roots) == 1:
            uf.union(i, roots.pop())
            m.kind = ORG


def _merge_feature_short_forms(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A natural feature's name without its last word ("the Pacific") is the feature ("the Pacific Ocean") where a
    report writes both, or where another report writes the short name after "the", as a feature's is ("the Rhine"
    beside another's "Rhine River"; not "Black" beside the "Black Sea"); not a country's or a state's name
    ("Mississippi" beside the "Mississippi River"). So is a lodging's name without "Hotel", "Resort" or "Casino"
    ("the Vell Bay" beside the "Vell Bay Resort"), unless the short name is a place's the gazetteer knows ("Paris"
    beside the "Paris Hotel")."""
    gaz = gazetteer()
    features: dict[str, set[int]] = defaultdict(set)
    lodgings: set[str] = set()
    joined: set[str] = set()  # the short names that joined their feature
    for i in named:
        words = _surface(mentions[i].text).split()
        if mentions[i].kind == PLACE and len(words) >= 2 and words[-1] in FEATURE_WORDS | LODGING_WORDS:
            features[" ".join(words[:-1])].add(i)
            if words[-1] in LODGING_WORDS:
                lodgings.add(" ".join(words[:-1]))
    for i in named:
        m = mentions[i]
        name = _surface(m.text)
        if (m.kind not in (PLACE, OTHER) or name not in features or name in gaz.cities
                or gaz.places.get(name) in gaz.countries | gaz.states or name in lodgings and name in gaz.places):
            continue
        if _word_before(m, paragraphs) != "the" and all(mentions[r].article != m.article for r in features[name]):
            continue
        roots = {uf.find(r) for r in features[name]}
        if len(roots) == 1:
            uf.union(i, roots.pop())
            joined.add(name)
    # The short name's uses are the feature's, whatever the tagger made of them ("the Yangtze" read as a body's)
    for i in named:
        name = _surface(mentions[i].text)
        if name in joined and uf.find(i) == uf.find(min(features[name])):
            mentions[i].kind = PLACE


def _places_run_together(text: str) -> bool:
    """Places the gazetteer knows, one after another: "the US Pacific territory" says where, and is no
    short name of the "US Pacific Command"."""
    words = _SPACED_DOTS.sub(r"\1.", text).split()
    return len(words) >= 2 and all(w in gazetteer().places for w in words)


def _merge_place_prefixed_orgs(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A place followed by a name ("Indianapolis Colts", "Boston Globe") is also called by the name
    alone ("the Colts"): a lone organisation word joins the one such organisation of the dossier, or the one its own
    report names where the dossier has several. A common head of bodies' names or initials in another report is the
    country's own body ("the House" beside "the U.S. House"), not a town's or a state's: "the House" of a report
    that never names "Cordoba House" is the chamber, "the GOP" not the "Michigan GOP" (``COMMON_BODY_HEADS``)."""
    gaz = gazetteer()
    places = gaz.places
    by_name: dict[str, set[int]] = defaultdict(set)
    national: set[int] = set()  # the names after a country
    for i in named:
        words = _surface(mentions[i].text).split()
        if mentions[i].kind not in (ORG, OTHER):
            continue
        # The longest place before the name: "New Orleans Saints", "Boston Red Sox" (of unknown kind where the
        # tagger said MISC). A name of several words after a country's is the country's body, which other rules join
        # ("U.S. Air Force" is not the "Air Force" of a report about Britain).
        place = next((" ".join(words[:k]) for k in range(len(words) - 1, 0, -1) if " ".join(words[:k]) in places), None)
        if place is not None and (len(place.split()) == len(words) - 1 or places[place] not in gaz.countries):
            by_name[" ".join(words[len(place.split()):])].add(i)
            if places[place] in gaz.countries:
                national.add(i)
    if not by_name:
        return
    articles = _reports_by_root(mentions, named, uf)
    for i in named:
        m = mentions[i]
        word = _surface(m.text)
        # A name of several words with a body's head is a country's body as often as a place's: "the Republican
        # Party" of a report that names the "Wisconsin Republican Party" too, "Department of Health"
        if ((m.kind in (ORG, OTHER) or (m.kind == PLACE and word not in places)) and word in by_name
                and not (" " in word and set(word.split()) & BODY_HEADS)):
            found = by_name[word]
            if word in COMMON_BODY_HEADS or _is_acronym(word):
                found = {r for r in found if r in national or m.article in articles[uf.find(r)]}
            roots = {uf.find(r) for r in found}
            if len(roots) > 1:  # "the Zoo" of a report naming one of the dossier's zoos
                roots = {r for r in roots if m.article in articles[r]}
            if len(roots) == 1:
                _union_reports(uf, articles, i, roots.pop())


def _reports_by_root(mentions: list[Mention], named: list[int], uf: _UnionFind) -> dict[int, set[str]]:
    """The reports naming each name of ``named``, by its root: which report's thing a lone word or initials stand
    for where the dossier has several."""
    reports: dict[int, set[str]] = defaultdict(set)
    for i in named:
        reports[uf.find(i)].add(mentions[i].article)
    return reports


def _union_reports(uf: _UnionFind, reports: dict[int, set[str]], i: int, root: int) -> None:
    """Join mention ``i`` to the name at ``root``, ``reports`` (``_reports_by_root``) kept that of the joined name."""
    joined = reports[uf.find(i)] | reports[root]
    uf.union(i, root)
    reports[uf.find(i)] = joined


def _makers(mentions: Iterable[Mention]) -> frozenset[str]:
    """The one-word names of bodies among ``mentions`` that may make a thing ("Zorvex"): not initials or a place,
    which say whose a body is ("UN Security Council", ``_merge_owned_bodies``)."""
    return frozenset(name for m in mentions if m.kind == ORG and " " not in (name := _surface(m.text))
                     and not _is_acronym(name) and name not in gazetteer().places)


def _merge_product_variants(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A thing's name of two or more words is the same thing written with a generic noun after it ("the Vell Mark
    Rocket", ``PRODUCT_HEAD_NOUNS``) or with its maker's one-word name before it ("Zorvex Vell Mark", where the
    dossier names the body "Zorvex"), when the same report also writes the name alone. One word left is too
    little: "Zorvex car" is no name of the body "Zorvex"."""
    makers = _makers(mentions[i] for i in named)
    by_name: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i in named:
        if mentions[i].kind in (ORG, OTHER) and " " in (name := _surface(mentions[i].text)):
            by_name[(mentions[i].article, name)].add(uf.find(i))
    for i in named:
        m = mentions[i]
        words = _surface(m.text).split()
        if m.kind not in (ORG, OTHER) or len(words) < 3:
            continue
        shorter = [words[:-1]] if words[-1].lower() in PRODUCT_HEAD_NOUNS else []
        if words[0] in makers:
            shorter.append(words[1:])
        for name in shorter:
            roots = {uf.find(r) for r in by_name.get((m.article, " ".join(name)), ())}
            if len(roots) == 1:
                uf.union(i, roots.pop())


def _products_told(mentions: list[Mention], paragraphs: dict[str, list[str]]) -> frozenset[str]:
    """The names of two words or more that some report shows to name a product or a vehicle
    (``kinds.product_names``: "a Falcon 9 rocket" makes "Falcon Heavy" one)."""
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    return frozenset(name for article, found in by_article.items() if article in paragraphs
                     for name in product_names(found, paragraphs[article]) if " " in name)


def _merge_product_ends(mentions: list[Mention], named: list[int], uf: _UnionFind, products: frozenset[str]) -> None:
    """A lone word is the product its report names by a longer name ending in that word ("the Heavy" of the
    "Falcon Heavy", one of ``products``), when the report names nothing else so (not beside a "Delta Heavy"). Only
    a word the dossier reads as a thing's wherever it stands alone: not "Europe" of "Nintendo Europe", which joins the
    continent's other uses."""
    ends: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i in named:
        if " " in mentions[i].text and mentions[i].kind != PERSON:
            ends[(mentions[i].article, mentions[i].text.split()[-1])].add(i)
    if not ends:
        return
    lone = [i for i in named if " " not in mentions[i].text]
    read_otherwise = {mentions[i].text for i in lone if mentions[i].kind != OTHER}
    for i in lone:
        found = ends.get((mentions[i].article, mentions[i].text), ())
        if (found and mentions[i].text not in read_otherwise and all(mentions[j].text in products for j in found)
                and len(roots := {uf.find(j) for j in found}) == 1):
            uf.union(i, roots.pop())


def _country_words(words: list[str]) -> int:
    """How many first words of a name are a country's name ("U.S.", "United States"), 0 if none."""
    places = gazetteer().places
    return next((n for n in (3, 2, 1) if len(words) > n and places.get(" ".join(words[:n])) in gazetteer().countries),
                0)


def _without_country(name: str) -> str:
    """A body's name of two words or more after its country's ("Fish and Wildlife Service" of the "U.S. Fish and
    Wildlife Service"), else ""."""
    words = _SPACED_DOTS.sub(r"\1.", name).split()
    rest = words[_country_words(words):]
    return " ".join(rest) if len(rest) < len(words) and len(rest) >= 2 and rest[0][:1].isupper() else ""


def _merge_national_bodies(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A body named with its country ("the U.S. Fish and Wildlife Service") is the body the dossier
    also names without it ("the Fish and Wildlife Service"), when some report names it both ways and
    no other country's body of that name is in the dossier. Only a name of three words or more, one
    that names a body of its own: a "Foreign Ministry" or "Supreme Court" without its country may
    be any country's."""
    places = gazetteer().places
    bodies: dict[str, set[int]] = defaultdict(set)  # a body's key -> roots of it without a country
    national: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))  # key -> country -> roots
    articles: dict[tuple[str, bool], set[str]] = defaultdict(set)  # (key, with a country?) -> reports
    for i in named:
        if mentions[i].kind != ORG:
            continue
        words = _SPACED_DOTS.sub(r"\1.", _surface(mentions[i].text)).split()
        if words[-1] not in ORG_CUES:
            continue
        country = _country_words(words)
        rest = words[country:]
        if len(rest) < 3 or not rest[0][:1].isupper():
            continue
        key = _org_key(" ".join(rest))
        articles[(key, bool(country))].add(mentions[i].article)
        if country:
            national[key][places[" ".join(words[:country])]].add(uf.find(i))
        else:
            bodies[key].add(uf.find(i))
    for key, countries in national.items():
        roots = {uf.find(r) for r in bodies.get(key, ())}
        if len(countries) == 1 and len(roots) == 1 and articles[(key, True)] & articles[(key, False)]:
            for r in next(iter(countries.values())):
                uf.union(next(iter(roots)), r)


_ROLE_NOUN_AFTER = re.compile(r" (?:" + "|".join(sorted(ROLE_NOUNS)) + r")\b")


def owner_words(words: list[str], bodies: set[str] | frozenset[str]) -> bool:
    """Words that say whose a body is: a place ("US"), its people ("South Korean"), initials ("UN")
    or a body of the dossier ("United Nations")."""
    text = " ".join(words)
    return (text in gazetteer().places or (len(words) <= 2 and words[-1] in gazetteer().demonyms)
            or (len(words) == 1 and _is_acronym(text)) or _org_key(text) in bodies)


def body_keys(entities: Iterable[Entity]) -> frozenset[str]:
    """Every name of the bodies among ``entities``, as ``owner_words`` looks them up."""
    return frozenset(_org_key(name) for e in entities if e.kind == ORG for name in (e.name, *e.aliases))


def _merge_owned_bodies(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """A body named without its owner ("the Security Council", "the State Department") is the one body
    of the dossier named with an owner and those words ("the UN Security Council", "the US State
    Department"), where some report names it both ways: alone in other reports it may be another owner's
    ("the National Security Council" of one country, "the Israel National Security Council"). With two
    owners' ("Chinese Foreign Ministry", "Japanese Foreign Ministry") it may be either and stays apart; a
    longer name that is no owner's ("National Security Council") is another body, and so is a name run into
    a title ("NPR White House correspondent Jo Roe": the outlet's beat). A nation's body ("Vellish Labor Party") is
    also the bare name of the reports that name no other country more than that nation (one report's "Labor Party"
    in a story about Vellia), or name no country at all, where one names it first ("the Vellish Air Force" in one
    report, "the Air Force" in another). The bare name may be read as a name of no kind ("the G League", a
    league, beside the "NBA G League")."""
    bodies = {_org_key(mentions[i].text) for i in named if mentions[i].kind == ORG}
    main_country = _main_countries(mentions)
    naming_countries = {m.article for m in mentions if m.kind == PLACE and _country_of(_surface(m.text).split())}
    owned: dict[str, set[int]] = defaultdict(set)  # the words after the owner's -> roots
    owner_countries: dict[str, set[str | None]] = defaultdict(set)  # the words after the owner's -> its countries
    bare: dict[str, list[int]] = defaultdict(list)
    by_country: dict[tuple[str, str], list[int]] = defaultdict(list)  # (those words, a country) -> its mentions
    reports: dict[tuple[str, bool], set[str]] = defaultdict(set)  # (those words, with an owner?) -> reports
    for i in named:
        if mentions[i].kind not in (ORG, OTHER):
            continue
        words = _SPACED_DOTS.sub(r"\1.", _surface(mentions[i].text)).split()
        if len(words) < 2 or not (words[-1] in ORG_CUES or _head_before_of(words)):
            continue
        owner = next((n for n in range(len(words) - 2, 0, -1) if owner_words(_unpossessed(words[:n]), bodies)), 0)
        if owner and mentions[i].kind != ORG:
            continue
        if owner and _ROLE_NOUN_AFTER.match(_text_after(mentions[i], paragraphs, 30)):
            continue
        key = _org_key(" ".join(words[owner:]))
        possessor = None if owner else _POSSESSOR_BEFORE.search(_text_before(mentions[i], paragraphs, 40))
        country = _country_of(_unpossessed(words[:owner])) if owner else _possessing_country(possessor)
        if possessor and not country:
            continue  # "the Women's Tennis Association": a longer name's end, or someone's body, no country's
        if owner or (country and mentions[i].kind == ORG):
            owned[key].add(uf.find(i))
            owner_countries[key].add(country)
            if country:
                by_country[(key, country)].append(i)
        elif words[0][:1].isupper():
            bare[key].append(i)
        reports[(key, bool(owner or country))].add(mentions[i].article)
    for members in by_country.values():  # "South Korea's Defense Ministry" is the "South Korean Defense Ministry"
        for i in members[1:]:
            uf.union(members[0], i)
    told: dict[str, set[str]] = {}  # a report -> the countries it names (``_countries_told``), read when asked
    for key, members in bare.items():
        roots = {uf.find(r) for r in owned.get(key, ())}
        countries = owner_countries[key]
        national = len(countries) == 1 and None not in countries and (all(
            main_country.get(mentions[i].article) in countries or mentions[i].article not in naming_countries
            for i in members) and any(main_country.get(mentions[i].article) in countries for i in members) or all(
            countries <= told.setdefault(mentions[i].article, _countries_told(paragraphs[mentions[i].article]))
            for i in members))
        if len(roots) == 1 and (reports[(key, True)] & reports[(key, False)] or national):
            root = roots.pop()
            for i in members:
                uf.union(i, root)


def _unpossessed(words: list[str]) -> list[str]:
    """Words without the "'s" of the last: "Vellia's" is "Vellia" owning the body after it."""
    return [*words[:-1], _POSSESSIVE_END.sub("", words[-1])] if words else words


# A name of three capitalised words or fewer with a possessive, right before a mention: "Vellia's [Defence Ministry]".
_POSSESSOR_BEFORE = re.compile(r"((?:[A-Z][\w.-]* ){0,2}[A-Z][\w.-]*)['’]s $")


def _possessing_country(possessor: re.Match | None) -> str | None:
    """The country whose possessive ``_POSSESSOR_BEFORE`` found ("South Korea's "), if any."""
    words = possessor.group(1).split() if possessor else []
    return next((c for n in (3, 2, 1) if len(words) >= n and (c := _country_of(words[-n:]))), None)


_TOLD_WORD = re.compile(r"[\w.'’-]+")
_POSSESSIVE_END = re.compile(r"['’]s$")


def _countries_told(paragraphs: list[str]) -> set[str]:
    """The countries a report names, by name or by its people's adjective ("Vellish troops", "Vellia's army"). A
    word's possessive and a sentence's full stop are no part of it; the full stops of initials are ("U.S.")."""
    words = [_POSSESSIVE_END.sub("", w) for p in paragraphs for w in _TOLD_WORD.findall(p)]
    words = [w[:-1] if w.endswith(".") and w.count(".") == 1 else w for w in words]
    return {country for k in range(len(words)) for n in (1, 2)
            if words[k][:1].isupper() and (country := _country_of(words[k : k + n]))}


def _head_before_of(words: list[str]) -> bool:
    """A body's name with its head before "of" ("Ministry of Defence", the "Defence Ministry")."""
    return any(word.lower() in INVERTIBLE_BODY_HEADS and after == "of"
               for word, after in zip(words, words[1:], strict=False))


def _merge_paper_short_names(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """ "the Times" is the paper its report named in full before it ("according to the Los Angeles Times", then
    "according to the Times"), where every paper of that report named so far ending in that word is one
    (``PAPER_HEADS``). The dossier's lone "Times" are one name by then: it joins a paper only where each of them
    follows that paper; one that follows another paper, or none, may be another paper, and all stay apart."""
    named_so_far: dict[tuple[str, str], set[int]] = defaultdict(set)  # (report, head) -> papers named so far
    followed: dict[int, set[int | None]] = defaultdict(set)  # a lone head's root -> the papers its mentions follow
    for i in sorted(named, key=lambda i: (mentions[i].article, mentions[i].paragraph, mentions[i].start)):
        m = mentions[i]
        words = _surface(m.text).split()
        if m.kind != ORG or not words or words[-1] not in PAPER_HEADS:
            continue
        if len(words) >= 2:
            named_so_far[(m.article, words[-1])].add(i)
            continue
        papers = {uf.find(r) for r in named_so_far.get((m.article, words[0]), ())}
        one = papers.pop() if len(papers) == 1 and _word_before(m, paragraphs) == "the" else None
        followed[uf.find(i)].add(one)
    for root, papers in followed.items():
        if len(papers) == 1 and None not in papers:
            uf.union(root, papers.pop())


def _merge_alternate_names(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A body's or thing's names that ``BODY_ALTERNATE_NAMES`` or ``THING_ALTERNATE_NAMES`` give ("ISIS", "ISIL",
    "Islamic State"; "Obamacare", "Affordable Care Act") are one body's or thing's."""
    first: dict[frozenset[str], int] = {}  # a body's names -> its first mention
    for i in named:
        names = ALTERNATE_NAMES_OF.get(_surface(mentions[i].text))
        if names is not None and mentions[i].kind != PERSON:
            uf.union(first.setdefault(names, i), i)


CONNECTOR_VARIANT_MIN_WORDS = 4  # a shorter "Department for Education" and "Department of Education" are two nations'
_NAME_CONNECTORS = frozenset({"of", "for"})


def _merge_connector_variants(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A body's long name written with "for" where the dossier writes it with "of" ("International Committee for
    the Red Cross", "Institute of Fiscal Studies") is one body's, where each way is one body's and no report writes
    both (which would name two)."""
    roots: dict[tuple[str, str], set[int]] = defaultdict(set)  # (the name with "of" for its connector, connector)
    reports: dict[tuple[str, str], set[str]] = defaultdict(set)
    for i in named:
        words = _org_key(mentions[i].text).split()
        connectors = [w for w in words[1:-1] if w in _NAME_CONNECTORS]
        if mentions[i].kind != ORG or len(words) < CONNECTOR_VARIANT_MIN_WORDS or len(connectors) != 1:
            continue
        key = (" ".join("of" if w in _NAME_CONNECTORS else w for w in words), connectors[0])
        roots[key].add(uf.find(i))
        reports[key].add(mentions[i].article)
    for (name, connector), found in roots.items():
        written_of = (name, "of")
        if connector == "of" or written_of not in roots or reports[written_of] & reports[(name, connector)]:
            continue
        ends = {uf.find(r) for r in found}, {uf.find(r) for r in roots[written_of]}
        if all(len(end) == 1 for end in ends):
            uf.union(ends[0].pop(), ends[1].pop())


_AMPERSAND_PART = re.compile(r"(.+?) & [A-Z]")


def _merge_ampersand_names(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A name continued by "&" and a capitalised name ("Vell Zoo & Botanical Garden") is the long name of what its
    part before the "&" names, where its own report also uses that part alone ("the Vell Zoo"). The part must be a
    name of two words or more, no person's: a lone "Johnson" beside "Johnson & Johnson" may be anyone."""
    parts: dict[tuple[str, str], set[int]] = defaultdict(set)  # (report, name as a body's key) -> its mentions
    for i in named:
        if mentions[i].kind != PERSON and " " in _surface(mentions[i].text):
            parts[(mentions[i].article, _org_key(mentions[i].text))].add(i)
    for i in named:
        part = _AMPERSAND_PART.match(_surface(mentions[i].text))
        if mentions[i].kind == PERSON or not part or " " not in part.group(1):
            continue
        for j in parts.get((mentions[i].article, _org_key(part.group(1))), ()):
            uf.union(i, j)


def _country_of(words: list[str]) -> str | None:
    """The country that owner's words name, by its name or its people's adjective ("Vellish"), if any."""
    gaz = gazetteer()
    text = " ".join(words)
    country = gaz.places.get(text) or gaz.demonyms.get(text)
    return country if country in gaz.countries else None


def _main_countries(mentions: list[Mention]) -> dict[str, str]:
    """Each report's country it names as a place most often, when no other is named as often."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.kind == PLACE and (country := _country_of(_surface(m.text).split())):
            counts[m.article][country] += 1
    main: dict[str, str] = {}
    for article, named in counts.items():
        top = named.most_common(2)
        if len(top) == 1 or top[0][1] > top[1][1]:
            main[article] = top[0][0]
    return main


@functools.lru_cache(maxsize=100_000)
def _facility_base(text: str) -> str | None:
    """A facility's name without the words saying what kind of facility it is ("Betty Ford Treatment
    Center" -> "betty ford"), or None when it has none of them or nothing else. A place does not
    count as a base: the "Houston Treatment Center" and the "Houston Recovery Center" are two."""
    words = _surface(text).split()
    base = [w for w in words if w not in FACILITY_WORDS]
    if not base or len(base) == len(words) or " ".join(base) in gazetteer().places:
        return None
    return _name_key(" ".join(base))


def _merge_facilities(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """Names of one facility with and without words saying what kind it is: "Betty Ford Treatment
    Center" and "Betty Ford Center", "Morningside Recovery Center" and "Morningside Recovery"; and
    the bare name where a report speaks of being there ("back at Betty Ford", "checked into
    Morningside"), when the dossier has exactly one facility of that name and nothing else reads the
    bare name as someone (a title: "former first lady Betty Ford") or as something else (another
    spelling in the same entity). A place the dossier names before the name is where the facility is:
    "Malibu Promises Treatment Center" is the "Promises Treatment Center"."""
    places = {_name_key(m.text) for m in mentions if m.kind == PLACE}
    facilities: dict[str, set[int]] = defaultdict(set)
    for i in named:
        if mentions[i].kind in (ORG, PLACE, OTHER) and (base := _facility_base(mentions[i].text)):
            words = base.split()
            where = next((n for n in (3, 2, 1) if len(words) > n and " ".join(words[:n]) in places), 0)
            facilities[" ".join(words[where:])].add(i)
    for members in facilities.values():
        first = min(members)
        for i in members:
            uf.union(first, i)
    if not facilities:
        return
    bare_roots = {uf.find(i) for i in named if _name_key(mentions[i].text) in facilities}
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in named:
        if uf.find(i) in bare_roots:
            clusters[uf.find(i)].append(i)
    for root, members in clusters.items():
        keys = {_name_key(mentions[i].text) for i in members}
        if (len(keys) == 1 and (key := keys.pop()) in facilities and _surface(mentions[members[0]].text)
                not in gazetteer().places and not any(mentions[i].role for i in members)
                and any(_word_before(mentions[i], paragraphs) in LOCATIVE_PREPOSITIONS for i in members)):
            uf.union(min(facilities[key]), root)


MAX_CLIPPED_BODY = 4  # "Met", "Fed": a longer word alone is a name of its own more often than a clipping


def _merge_clipped_bodies(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A body called by the start of its first word ("the Met", "the Fed") is the one body of the dossier whose
    name opens with that word in full ("Metropolitan Police", "Federal Reserve"), at least twice as long."""
    bodies: dict[str, set[int]] = defaultdict(set)
    for i in named:
        words = mentions[i].text.split(" ")
        if mentions[i].kind == ORG and len(words) > 1:
            for n in range(3, min(MAX_CLIPPED_BODY, len(words[0]) // 2) + 1):
                bodies[words[0][:n]].add(i)
    for i in named:
        text = mentions[i].text
        if (mentions[i].kind != ORG or not text.isalpha() or not text.istitle() or text in given_names()
                or text in gazetteer().places or text in TITLE_WORDS):
            continue
        candidates = {uf.find(r) for r in bodies.get(text, ())}
        if len(candidates) == 1:
            uf.union(i, candidates.pop())


_CAMEL_CASE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")


def _merge_closed_up_names(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A body's name written closed up ("VellGroup") is the name written with spaces ("Vell Group") in the
    dossier, where only one fits."""
    spaced: dict[str, set[int]] = defaultdict(set)
    for i in named:
        words = mentions[i].text.split(" ")
        if mentions[i].kind in (ORG, OTHER) and len(words) > 1 and all(w[:1].isupper() for w in words):
            spaced["".join(words)].add(i)
    for i in named:
        m = mentions[i]
        if m.kind in (ORG, OTHER) and _CAMEL_CASE.fullmatch(m.text):
            candidates = {uf.find(r) for r in spaced.get(m.text, ())}
            if len(candidates) == 1:
                uf.union(i, candidates.pop())


def _merge_acronyms(
    mentions: list[Mention], named: list[int], uf: _UnionFind, paragraphs: dict[str, list[str]]
) -> None:
    """ "North Atlantic Treaty Organization (NATO)" and initials that fit exactly one name of the dossier, or one of its
    own report where several do ("WWF" beside the "World Wildlife Fund", though another report names a "World Wildlife
    Federation"), or else exactly one body of the same report named after its country ("FWS" of the "U.S. Fish and
    Wildlife Service")."""
    by_initials: dict[str, set[int]] = defaultdict(set)
    # (report, initials of a body's name without its country) -> the bodies: weaker evidence than a whole name's
    # initials, so only in the report that names the body, and only where no whole name fits
    national_initials: dict[tuple[str, str], set[int]] = defaultdict(set)
    acronyms = []
    for i in named:
        m = mentions[i]
        is_acronym, initials = _initials_of(_surface(m.text))
        if is_acronym or m.kind == ORG and _MIXED_INITIALS.fullmatch(m.text):
            acronyms.append(i)
        elif m.kind in (ORG, PLACE, OTHER):
            # OTHER: "US Geological Survey" the tagger called MISC
            for key in initials:
                by_initials[key].add(uf.find(i))
            if m.kind == ORG and (body := _without_country(_surface(m.text))):
                national_initials[(m.article, acronym_of(body))].add(uf.find(i))
            if m.kind == ORG and initials and "-" in m.text:
                by_initials[acronym_of(_HYPHENATED_PART.sub(r"\1", _surface(m.text)))].add(uf.find(i))
            if _MIXED_INITIALS.fullmatch(mixed := _mixed_initials(_surface(m.text))):
                by_initials[mixed].add(uf.find(i))
    paragraph_mentions: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i in named:
        paragraph_mentions[(mentions[i].article, mentions[i].paragraph)].append(i)
    for group in paragraph_mentions.values():
        for a, b in zip(group, group[1:], strict=False):
            ma, mb = mentions[a], mentions[b]
            text = paragraphs.get(ma.article)
            between = text[ma.paragraph][ma.end : mb.start] if text and ma.paragraph < len(text) else ""
            if (between == " (" and ma.kind == ORG and _is_acronym(mb.text)
                    and acronym_of(_surface(ma.text))[:1] == mb.text[:1]):
                uf.union(a, b)  # "Long Name (ACR)", "Mossack Fonseca (MF)"; not "Jane Doe (AFP)"
    report_roots = _reports_by_root(mentions, named, uf)  # for initials that fit two names
    for i in acronyms:
        if CODE_NUMBER_AFTER.match(_text_after(mentions[i], paragraphs, 12)):
            continue  # "SB 1062": a code's letters, which spell no body's name (not "Super Bowl")
        text = _surface(mentions[i].text).replace(".", "").replace(" ", "")
        candidates = {uf.find(r) for r in by_initials.get(text, ())
                      or national_initials.get((mentions[i].article, text), ())}
        if len(candidates) > 1:  # the initials' reports, all of them, name one of the bodies only
            reports = report_roots[uf.find(i)]
            candidates = {r for r in candidates if reports & report_roots[r]}
        if len(candidates) == 1:
            _union_reports(uf, report_roots, i, candidates.pop())
    _merge_spoken_acronyms(mentions, named, uf, by_initials)


MIN_SPOKEN_ACRONYM = 4  # shorter title-case words spell initials by chance ("Ali", "Ida")


def _merge_spoken_acronyms(
    mentions: list[Mention], named: list[int], uf: _UnionFind, by_initials: dict[str, set[int]]
) -> None:
    """An acronym written as a word ("Nvatas", said as one) is the long form whose initials it spells ("National
    Vellish Academy of Tamber Arts and Sciences") where only one long form fits and one report names both, or the
    word is a body's wherever the dossier uses it (another report may spell the long form out)."""
    articles = _reports_by_root(mentions, named, uf)
    not_bodies = {_surface(mentions[i].text) for i in named if mentions[i].kind != ORG}  # some use is no body's
    for i in named:
        text = _surface(mentions[i].text)
        if (len(text) < MIN_SPOKEN_ACRONYM or not text.isalpha() or not text.istitle()
                or text in given_names() or text.lower() in ordinary_words()):
            continue
        candidates = {uf.find(r) for r in by_initials.get(text.upper(), ())
                      if text not in not_bodies or mentions[i].article in articles[uf.find(r)]}
        if len(candidates) == 1:
            uf.union(i, candidates.pop())


def _merge_spelled_prefixes(mentions: list[Mention], named: list[int], uf: _UnionFind) -> None:
    """A body named with its parent's initials ("U.N. Security Council") is the body named with them spelled out
    ("United Nations Security Council"), where exactly one body of the dossier fits."""
    spelled: dict[tuple[str, tuple[str, ...]], set[int]] = defaultdict(set)
    short: list[tuple[int, tuple[str, tuple[str, ...]]]] = []
    for i in named:
        words = _surface(mentions[i].text).split()
        if mentions[i].kind != ORG or len(words) < 2:
            continue
        if _is_acronym(words[0]) and len(words[0].replace(".", "")) >= 2:
            short.append((i, (words[0].replace(".", ""), tuple(words[1:]))))
            continue
        for cut in range(2, len(words)):
            if all(word[:1].isupper() for word in words[:cut]):
                spelled["".join(word[0] for word in words[:cut]), tuple(words[cut:])].add(uf.find(i))
    for i, key in short:
        found = {uf.find(r) for r in spelled.get(key, ())}
        if len(found) == 1:
            uf.union(i, found.pop())


# Initials that keep a small word's in lower case: "TfL" of "Transport for London", "DfE" of "Department for
# Education". Their mix of cases is the body's own, unlike a word's ("McD", "iOS").
_MIXED_INITIALS = re.compile(r"[A-Z]+[a-z][A-Z]+")
# A title-case word's part after its hyphen: "-Operation" of "Co-Operation", which a body's initials may skip
# ("Organisation for Economic Co-Operation and Development": OECD) or keep ("Trans-Pacific Partnership": TPP);
# not after initials ("US-South Korea").
_HYPHENATED_PART = re.compile(r"\b([A-Z][a-z]+)-\w+")


def _mixed_initials(text: str) -> str:
    """The first letter of every word, in its own case: "Transport for London" -> "TfL"."""
    return "".join(w[0] for w in re.split(r"[\s-]+", text) if w)


@functools.lru_cache(maxsize=100_000)  # asked for every mention: names recur across the dossier
def _initials_of(text: str) -> tuple[bool, tuple[str, ...]]:
    """Whether a name is initials, and else the initials it may go by: of a name of two words or more,
    not all initials ("AM PDT" spells nothing)."""
    if _is_acronym(_SPACED_DOTS.sub(r"\1.", text)):
        return True, ()
    if " " not in text or all(_is_acronym(w) for w in text.split()):
        return False, ()
    initials = [acronym_of(text), acronym_of(_place_expanded(text))]  # "U.S. Geological Survey": USGS
    if text.endswith(" Police"):  # "New York Police" are the NYPD, its police department
        initials.append(acronym_of(text) + "D")
    return False, tuple(initials)


def _role_suffix_lengths(words: list[str]) -> range:
    """How many last words of a role name its holder: any ("Vell Gov.", "Gov."), but only the whole of a role once
    held ("former Vell Gov."), as "the governor" is not the former one."""
    return range(len(words), len(words) + 1) if words[0].lower() in ROLE_TIME_QUALIFIERS else range(1, len(words) + 1)


def _merge_roles(mentions: list[Mention], uf: _UnionFind) -> None:
    """ "the Secretary General" is the one person given that title, in the article or dossier."""
    holders_by_article: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    holders: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(mentions):
        if m.role and not _is_role_only(m):
            words = m.role.split()
            for n in _role_suffix_lengths(words):
                suffix = " ".join(words[-n:]).lower()
                holders_by_article[m.article][suffix].add(uf.find(i))
                holders[suffix].add(uf.find(i))
    for i, m in enumerate(mentions):
        if not _is_role_only(m):
            continue
        role = m.role.lower() if m.role else ""
        candidates = holders_by_article[m.article].get(role) or holders.get(role) or set()
        candidates = {uf.find(r) for r in candidates}
        if len(candidates) == 1:
            uf.union(candidates.pop(), i)
