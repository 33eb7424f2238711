"""Resolution, the entities built: each cluster's canonical name and kind, lone names and places
the dossier does not prove, and the aliases reported to the curator.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from ..entity_data import gazetteer, given_names, name_gender_detector, place_form, translit_key
from ..lang.en.names import (
    ANIMAL_NOUNS,
    COUNTED_HEAD_FOLLOWERS,
    DESCRIPTIVE_WORDS,
    FEATURE_WORDS,
    INSTITUTION_NOUNS_AFTER,
    NUMBER_WORDS,
    ORG_CUES,
    OTHER_NOUN_OPENERS,
    PERSON_POSSESSIVES,
    PLACE_AFTER,
    PLACE_CUES,
    PLACE_PREPOSITIONS,
    PLACE_UNIT_WORDS,
    PRODUCT_HEAD_NOUNS,
    REGION_WORDS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    STOCK_EXCHANGES,
    THE_HEAD_FOLLOWERS,
    THING_NOUNS,
    US_STATE_ABBREVIATIONS,
    VENUE_WORDS,
)
from ..models import ordinary_words
from ..structure import Entity, Mention, Vocabulary
from .bodies import _COMPANY_NOUN_AFTER, _makers
from .cleanup import _text_before
from .curation import _canonical, _slug
from .keys import _surface
from .kinds import (
    _APPOSITIVE,
    _OWN_CLAUSE_PRONOUN,
    _PERSON_TITLE_BEFORE,
    _WHO_AFTER,
    CODE_NUMBER_AFTER,
    _cue_before,
    _own_kin,
    _reports_sport,
    titled_work,
)
from .mentions import _WORD_AFTER
from .passes import GIVEN_NAME_GENDERS, _initials_after_place, _located, _quoted_alone, _slogan
from .people import _cluster_kind, _deletions
from .places import _PLACE_APPOSED, _name_towns_apart, _state_abbreviation, _text_after
from .spellings import _PLACE_NAMED, _named_settlement
from .tokens import ORG, OTHER, PERSON, PLACE, _is_acronym

_AGE_AFTER = re.compile(r",? \(?\d{1,3}[,)]")  # "Jo Roe, 16,", "Jo Roe (16)"
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
ORDINARY_NAME_WORD_LETTERS = 3  # shorter lower-case words are particles of names ("del", "bu", "da")
_ROLE_NOUN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(ROLE_NOUNS)) + r") $")  # "rapper Roe"


def _unproven_lone_name(
    cluster: list[Mention], paragraphs: dict[str, list[str]], name_words: set[str], lowercase_words: set[str]
) -> bool:
    """Whether a name of one form read as a person's ("Telegram", "Research Hall") has no person's cue anywhere in
    the dossier: no title, role or honorific ("Mr Roe", "rapper Roe", "Roe, a former governor,"), no other form
    ("Jo Roe" and "Roe"), no given name of its own ("Boris"), no person's full name it is a word of ("Roe" beside
    "Jo Roe" elsewhere), no "he", "his" or "who" of its own ("Roe, who", "Roe said his"), no age ("Jo Roe, 16,").
    The tagger reads a name by its context ("Telegram launched", "Telegram said"), which a company's, an app's or
    a place's shares with a person's."""
    words = {m.text for m in cluster}
    word = next(iter(words))
    # A word the dossier writes in lower case that follows one title in every use is the title's name of a thing
    # ("Envoy Air", its "air"); a person's surname is also written alone or with another title ("Mr Roe").
    titled_word = (" " not in word and len({m.role for m in cluster}) == 1 and cluster[0].role is not None
                   and word.lower() in lowercase_words)
    if len(words) > 1 or any(m.role for m in cluster) and not titled_word:
        return False
    parts = word.split()
    if len(parts) > 1:
        # A longer name needs an ordinary word of its own ("Research Hall", "Page Six") and no given name first
        # ("Jean-Michel Roe"): a foreign person's full name often has neither a known given name nor a cue.
        if (name_gender_detector().get_gender(parts[0].split("-")[0]) in GIVEN_NAME_GENDERS
                or not any(len(w) >= ORDINARY_NAME_WORD_LETTERS
                           and (w.lower() in ordinary_words() or w.lower() in lowercase_words) for w in parts)):
            return False
    elif word in name_words or name_gender_detector().get_gender(word) in GIVEN_NAME_GENDERS:
        return False
    return not any(_person_cue(m, paragraphs[m.article][m.paragraph], not titled_word) for m in cluster)


def _person_cue(m: Mention, paragraph: str, titles: bool = True, clause: bool = True) -> bool:
    """Whether a use of a name says it is a person's: a title, honorific or role noun before it (with ``titles``),
    "who" or an age after it, kin of its own (``_own_kin``: "Roe mourns the death of her cousin"), a role noun in
    apposition ("Roe, the sole nominee,") or (with ``clause``) "he", "his" of its clause."""
    if (titles and (_cue_before(_PERSON_TITLE_BEFORE, m, paragraph) or _cue_before(_ROLE_NOUN_BEFORE, m, paragraph))
            or _WHO_AFTER.match(paragraph, m.end) or _AGE_AFTER.match(paragraph, m.end) or _own_kin(m, paragraph)):
        return True
    appositive = _APPOSITIVE.match(paragraph, m.end)
    if appositive and appositive.group(1) in ROLE_NOUNS:
        return True
    pronoun = _OWN_CLAUSE_PRONOUN.match(paragraph, m.end) if clause else None
    return bool(pronoun and pronoun.group(2) in PERSON_POSSESSIVES
                and not set(pronoun.group(1).split()) & (OTHER_NOUN_OPENERS | REPORTING_VERBS))


_NUMBER_AFTER = re.compile(r" \d")


def _cued_one_word_person(cluster: list[Mention], paragraphs: dict[str, list[str]]) -> bool:
    """Whether a one-word name read as a thing's is a person's known by that one name ("Vellora, who sang",
    "Vellora, the only nominee,", "Vellora mourns the death of her cousin"): a person's cue after one of its uses
    (``_person_cue``), none of them written in capitals or as a describing word, no determiner before any ("the
    Zorvex, who" is a team's) and no number after any ("Zorvex 11, officials said" is a model's or a mission's, not
    a person's age).
    Not "her" or "his" in its clause: a product or a mission is given them ("Zorvex lost her voice")."""
    if any(" " in m.text or m.text.isupper() or m.text in DESCRIPTIVE_WORDS for m in cluster):
        return False
    if any(_cue_before(_DETERMINER_BEFORE, m, paragraphs[m.article][m.paragraph])
           or _NUMBER_AFTER.match(paragraphs[m.article][m.paragraph], m.end) for m in cluster):
        return False
    return any(_person_cue(m, paragraphs[m.article][m.paragraph], titles=False, clause=False) for m in cluster)


_WHICH_AFTER = re.compile(r", which\b")


def _which_thing(cluster: list[Mention], paragraphs: dict[str, list[str]]) -> bool:
    """Whether a name read as a person's, with no role, is followed by ", which" in one use ("Vell Tramlink, which
    is owned by ...") and has no person's cue in any (``_person_cue``): a thing's or a body's."""
    if any(m.role for m in cluster) or not any(
            _WHICH_AFTER.match(paragraphs[m.article][m.paragraph], m.end) for m in cluster):
        return False
    return not any(_person_cue(m, paragraphs[m.article][m.paragraph]) for m in cluster)


_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|\d{4}) $")  # "the Zorvex 3", "a Zorvex", "2008 Zorvex"
DETERMINED_SHARE = 0.25  # of a name's uses; a person's name takes "the" only as a modifier ("the Roe government")


def _made_by(cluster: list[Mention], products: frozenset[str]) -> bool:
    """Whether a full name of a name read as a person's opens with a body's one-word name of the dossier that is no
    given name (``products``: "Zorvex Vell" beside the company "Zorvex"): the maker's product, not a person."""
    return any(" " in (name := _surface(m.text)) and name.split()[0] in products for m in cluster)


def _determined_thing(cluster: list[Mention], paragraphs: dict[str, list[str]]) -> bool:
    """Whether a name read as a person's, with no role, heads a phrase opened by an article or a year in at least
    two uses and DETERMINED_SHARE of them ("the Zorvex Tavern", "a Zorvex Mark", "2008 Zorvex Mark"): a thing's,
    a place's or a body's. A use as a modifier ("the Roe administration") may be a person's."""
    if any(m.role for m in cluster):
        return False
    determined = 0
    for m in cluster:
        paragraph = paragraphs[m.article][m.paragraph]
        after = _WORD_AFTER.match(paragraph, m.end)
        if (_DETERMINER_BEFORE.search(paragraph, max(0, m.start - 6), m.start)
                and not (after and after.group(1) not in THE_HEAD_FOLLOWERS)):
            determined += 1
    return determined >= 2 and determined >= DETERMINED_SHARE * len(cluster)


_PLACE_AFTER = re.compile(PLACE_AFTER)
RARE_PLACE_USES = 2  # of a one-word name no use reads as another kind's


def _unproven_place(cluster: list[Mention], paragraphs: dict[str, list[str]]) -> bool:
    """Whether a name read as a place's is one the gazetteer does not know (as a place or a town) and no use puts
    somewhere ("in Boeing", "from Boeing"), when some uses read it as something else's or it is one word used at
    most RARE_PLACE_USES times with no place's cue ("the town of Vell", "Vell, Bavaria"). The tagger's votes for
    a place on an unknown name are its context ("Boeing's shares fell", "said Boeing", "on Spotify"), which a
    company's, a brand's or a show's shares."""
    gaz = gazetteer()
    for m in cluster:
        form = _surface(m.text)
        titled = form.title()
        if (place_form(form) or form in gaz.towns or titled in gaz.towns and titled not in gaz.spellings
                or form in US_STATE_ABBREVIATIONS or _state_abbreviation(m, paragraphs)):
            return False
        if _located(m, paragraphs[m.article][m.paragraph]) and not _COMPANY_NOUN_AFTER.match(
                paragraphs[m.article][m.paragraph], m.end):  # "at Vell restaurants" puts the restaurants, not Vell
            return False
        if _initials_after_place(m, paragraphs[m.article][m.paragraph], gaz.places) or (
                m.kind == PLACE and _surface(m.text).split()[-1] in FEATURE_WORDS and " " in m.text):
            return False  # also "the Vell River", when the feature's short name is read as something else's
    if any(m.kind != PLACE for m in cluster):
        return True
    return (len(cluster) <= RARE_PLACE_USES and " " not in cluster[0].text
            and not any(_cue_before(_PLACE_NAMED, m, paragraphs[m.article][m.paragraph])
                        or _place_after(paragraphs[m.article][m.paragraph], m.end) for m in cluster))


# A short line a known place's name opens, then a few lower-case words, a colon and a count: "Vellton cinema: 12
# dead", a heading of a list of events by where they happened (not "Vell urged: ..." of someone speaking).
_PLACE_HEADING_AFTER = re.compile(r"(?: [a-z][\w-]*){0,3}: \d")
PLACE_HEADING_MAX_CHARS = 60


def _place_heading(cluster: list[Mention], paragraphs: dict[str, list[str]]) -> bool:
    """Whether every use of a name the gazetteer knows as a place opens a short heading line before a colon and a
    count, with no role: "Vellton cinema: 12 dead" is where, not who."""
    gaz = gazetteer()
    return all(
        not m.role and m.start == 0 and (_surface(m.text) in gaz.places or _surface(m.text) in gaz.towns)
        and len(paragraphs[m.article][m.paragraph]) <= PLACE_HEADING_MAX_CHARS
        and _PLACE_HEADING_AFTER.match(paragraphs[m.article][m.paragraph], m.end) for m in cluster)


def _country_and_body(text: str) -> bool:
    """A country's name, then capitalised words that name no place nor a part of one: "Vellland Civil
    Aviation", a body of that country (not "Vellland Pacific Coast", nor "Mexico City")."""
    words = _surface(text).split()
    country = next((n for n in (3, 2, 1) if len(words) > n and " ".join(words[:n]) in gazetteer().countries), 0)
    rest = words[country:]
    return bool(country) and _surface(text) not in gazetteer().places and all(
        w[:1].isupper() and w not in gazetteer().places and w not in PLACE_CUES | PLACE_UNIT_WORDS | VENUE_WORDS
        and w.lower() not in REGION_WORDS for w in rest)


def _place_pair(text: str) -> bool:
    """Two countries joined by a hyphen ("US-South Korea drills") describe what is between them: no place of
    its own, unlike a place so named ("Guinea-Bissau") or two cities' area ("Raleigh-Durham")."""
    parts = _surface(text).split("-")
    return (len(parts) == 2 and all(gazetteer().places.get(p) in gazetteer().countries for p in parts)
            and _surface(text) not in gazetteer().places)


def _initials_of_words(m: Mention, paragraph: str) -> bool:
    """Whether a name is initials in brackets after words in lower case that they spell: "an
    intermediate-range ballistic missile (IRBM)" is a kind of thing, no body nor place."""
    if not (_is_acronym(m.text) and paragraph[m.start - 1 : m.start] == "(" and paragraph[m.end : m.end + 1] == ")"):
        return False
    words = re.split(r"[\s-]+", paragraph[: m.start - 1].rstrip())[-len(m.text):]
    return (len(words) == len(m.text) and all(w[:1].islower() for w in words)
            and "".join(w[0] for w in words).upper() == m.text)


def _settlement_read_as_body(cluster: list[Mention], paragraphs: dict[str, list[str]]) -> bool:
    """Whether a name read as an organisation's has no word of a body's ("Council", "Air") nor initials, and
    some use places it: "Vellby, New York", "the village of Vellby". The tagger reads "all of Vellby" or
    "from Vellby" as a body's as often as a place's."""
    words = {w for m in cluster for w in _surface(m.text).split()}
    # A dateline's capitals ("VELLBY, Japan —") are the name shouted, no initials.
    return not any(_is_acronym(w) and w.title() not in words or w in ORG_CUES for w in words) and (
        _named_settlement(cluster, paragraphs) or any(not m.role and _placed(m, paragraphs) for m in cluster)
        or _placed_by_prepositions(cluster, paragraphs))


# A preposition of place right before a name, and the word before it: "landed at", "an engineer at".
_PREPOSITION_BEFORE = re.compile(r"(\w+)\s+(" + "|".join(sorted(PLACE_PREPOSITIONS)) + r")\s+$")


def _placed_by_prepositions(cluster: list[Mention], paragraphs: dict[str, list[str]]) -> bool:
    """Whether the uses read as a place's after "in", "near" or "at" ("landed at Vell Ponta") are as many as those
    read as a body's: the tagger reads "from Vell Ponta" as a body's as often as a place's. Not "at" after a role
    ("an engineer at Vellcorp"): where someone works."""
    placed = 0
    for m in cluster:
        before = _PREPOSITION_BEFORE.search(_text_before(m, paragraphs, 40)) if m.kind == PLACE else None
        placed += bool(before) and not (before.group(2) == "at" and before.group(1).lower() in ROLE_NOUNS)
    return placed > 0 and placed >= sum(m.kind == ORG for m in cluster)


# A noun of a kind of thing after a name, maybe after one describing word: "the Vell system", "Vell-class".
_THING_AFTER = re.compile(r"(?:-| (?:[a-z]+ )?)(?:" + "|".join(sorted(THING_NOUNS)) + r")\b")
# A number, as a counted name's article writes it before the name: "84", "two"; not a year ("since 2013 Vellys fans").
_NUMBER = r"(?:\b(?!(?:19|20)\d\d\b)\d[\d,]*|\b(?:" + "|".join(w.lower() for w in NUMBER_WORDS) + r")) "


def _counted_plural(cluster: list[Mention], paragraphs: dict[str, list[str]]) -> bool:
    """Whether a one-word plural name is counted where it is used ("11 of the 84 Vellys went to women"): things
    handed out, an award or a prize; no person, body or place is counted so."""
    forms = {m.text for m in cluster if " " not in m.text and m.text.endswith("s") and not m.text.endswith("ss")
             and m.text not in gazetteer().places}
    if not forms:
        return False
    texts = [text for article in {m.article for m in cluster} for text in paragraphs.get(article, ())]
    if not any(_COUNTED_APART.search(form) for form in forms):
        # A form without a space or a stop is the whole word _COUNTED finds: one pattern for all clusters, not one
        # compiled for each (0.44 against 0.23 CPU s over 2,087 BBC articles).
        return any(found["form"] in forms for text in texts for found in _counted_words(text))
    # The name heads what is counted: punctuation or a verb follows, not a noun it modifies ("nine Vellys fans").
    counted = re.compile(_NUMBER + "(?:" + "|".join(sorted(map(re.escape, forms))) + r")" + _COUNTED_HEAD)
    return any(counted.search(text) for text in texts)


_COUNTED_HEAD = r"(?=[,.;:!?)]| (?:" + "|".join(sorted(COUNTED_HEAD_FOLLOWERS)) + r"|[a-z]+ed)\b)"
# A counted word that heads what is counted, however it is written: ``_counted_plural``'s pattern for any name.
_COUNTED = re.compile(_NUMBER + r"(?P<form>[^\s,.;:!?)]+)" + _COUNTED_HEAD)
_COUNTED_APART = re.compile(r"[\s,.;:!?)]")


def _counted_words(text: str) -> Iterator[re.Match[str]]:
    """Each match of _COUNTED, from every start: matches may overlap, as each name's own pattern would find them."""
    found = _COUNTED.search(text)
    while found:
        yield found
        found = _COUNTED.search(text, found.start() + 1)


_INSTITUTION_AFTER = re.compile(r" (?:" + "|".join(sorted(INSTITUTION_NOUNS_AFTER)) + r")\b")


_ANIMAL_NAMED = re.compile(r"\b(?:" + "|".join(sorted(ANIMAL_NOUNS)) + r")(?:,| named| called)? ([A-Z][a-z]+)\b")


def _named_animal(cluster: list[Mention], paragraphs: dict[str, list[str]], words: Vocabulary) -> bool:
    """Whether a one-word name follows a kind of animal in an article that names it ("a gorilla named Vellko", "the
    gorilla Vellko's pen"), where the tagger may have seen no name at all: an animal's name, no person, body or
    place. ``words``: the dossier's, whose animal names hold every such name."""
    word = cluster[0].text
    return " " not in word and word in words.animal_names and all(m.text == word for m in cluster) and any(
        word in _animal_names(tuple(paragraphs[a])) for a in {m.article for m in cluster})


@functools.lru_cache(maxsize=1_000)
def _animal_names(paragraphs: tuple[str, ...]) -> frozenset[str]:
    """The names an article gives after a kind of animal."""
    return _names_after_animals(paragraphs)


def _names_after_animals(paragraphs: Iterable[str]) -> frozenset[str]:
    return frozenset(n for p in paragraphs for n in _ANIMAL_NAMED.findall(p))


OWNED_PRODUCT_USES = 2  # the uses as a body's product that make a name a thing's across the dossier
_PRODUCT_HEAD_AFTER = re.compile(r" (?:" + "|".join(sorted(PRODUCT_HEAD_NOUNS)) + r")\b")
# A body's possessive before a name, describing words between: "its giant ", "the company's new ", "Vellcorp's ".
_BODYS_BEFORE = re.compile(r"(?:\b(?:its|their)|\b(?:company|firm)['’]s|\b([A-Z][\w-]*)['’]s)(?: [a-z][\w-]*){0,3} $")


def _owned_product(cluster: list[Mention], paragraphs: dict[str, list[str]], makers: frozenset[str]) -> bool:
    """Whether ``OWNED_PRODUCT_USES`` or more uses of a name read as a body's or a person's name a body's product: a
    generic product noun after it and the body's possessive before it ("its giant Vell Mark rocket", "the company's
    Vell Mark rocket", "Zorvex's new Vell Mark rocket", Zorvex one of ``makers``). A body owns its product; a person's
    possessive ("Jo Roe's Vellcorp cars") may be an owner's of a company."""
    owned = 0
    for m in cluster:
        before = _BODYS_BEFORE.search(_text_before(m, paragraphs, 60))
        owned += bool(before and (before.group(1) is None or before.group(1) in makers)
                      and _PRODUCT_HEAD_AFTER.match(_text_after(m, paragraphs, 20)))
    return owned >= OWNED_PRODUCT_USES


def _told_product(cluster: list[Mention], products: frozenset[str]) -> bool:
    """Whether a name some report shows to be a product's (one of ``products``) names one here: most of its uses
    read as no body's, person's or place's. The report that writes only "the Falcon Heavy" reads it as a body's,
    those that also write "the Falcon 9 rocket" as a vehicle's; a radio station most reports read as a body stays
    one where one report writes "Radio Vell 4 listeners"."""
    return any(m.text in products for m in cluster) and 2 * sum(m.kind == OTHER for m in cluster) > len(cluster)


QUOTED_WORK_USES = 2  # the uses alone in quote marks that make a name a work's title across the dossier


def _quoted_work(cluster: list[Mention], kind: str, paragraphs: dict[str, list[str]]) -> bool:
    """Whether a name voted of ``kind`` (a body's, a place's or a person's that opens with no given name) is a work's
    title: ``QUOTED_WORK_USES`` or more of its uses alone fill a pair of quote marks (Bowie's ‘Space Oddity’), more
    than those read as that kind. Each report reads its own quoted uses so (``_quoted_titles``); one that writes the
    title bare ("will play Space Oddity") reads it by its context, which a title shares with a body's name, and the
    few votes of a kind outweighed the many of none."""
    quoted = sum(_quoted_alone(m, paragraphs[m.article][m.paragraph]) for m in cluster)
    return quoted >= QUOTED_WORK_USES and quoted > sum(m.kind == kind for m in cluster)


def _titled_work_cluster(cluster: list[Mention], kind: str, paragraphs: dict[str, list[str]]) -> bool:
    """Whether a name voted of ``kind`` is a work's title: as many of its uses as read it as that kind come right
    after a work's noun (``kinds.titled_work``: "from the movie Trolls" in one report, "the Trolls movie" read as a
    place in another); not a person's name one report also gives a film ("the film Vella" beside her many quotes)."""
    titled = sum(titled_work(m, paragraphs[m.article][m.paragraph]) for m in cluster)
    return titled > 0 and titled >= sum(m.kind == kind for m in cluster)


def _named_vehicle(cluster: list[Mention], paragraphs: dict[str, list[str]]) -> bool:
    """Whether half the uses of a name or more come right before a vehicle's or a product's noun ("its Vell Hare
    rover"): a name read as a person's that a machine goes by."""
    vehicles = sum(bool(_PRODUCT_HEAD_AFTER.match(_text_after(m, paragraphs, 20))) for m in cluster)
    return 2 * vehicles >= len(cluster)


def _named_thing(cluster: list[Mention], paragraphs: dict[str, list[str]]) -> bool:
    """Whether half the uses of a name or more name a kind of thing ("the Vell missile defence system", "a
    Vell-class ship"): a weapon's or a ship's design, no body, person or place."""
    things = sum(bool(_THING_AFTER.match(_text_after(m, paragraphs, 30))) for m in cluster)
    return 2 * things >= len(cluster)


def _placed(m: Mention, paragraphs: dict[str, list[str]]) -> bool:
    """Whether a known place closes an apposition after the name ("Vellby, New York,"); not in a report
    about sport, where a city names its team as often ("Cleveland, Ohio" and the team's "Cleveland")."""
    after = _PLACE_APPOSED.match(paragraphs[m.article][m.paragraph], m.end)
    return (bool(after) and not _reports_sport(paragraphs[m.article])
            and (after.group(1) in gazetteer().places or after.group(1).rstrip(".") in US_STATE_ABBREVIATIONS))


def _place_after(paragraph: str, end: int) -> bool:
    """Whether a place the gazetteer knows follows the name after a comma: "Vell, Bavaria", "Vell, Ga."."""
    after = _PLACE_AFTER.match(paragraph, end)
    return bool(after) and any(form in gazetteer().places or form in US_STATE_ABBREVIATIONS
                               for form in (after.group(1).rstrip("."), after.group(1).split()[0].rstrip(".")))


# A stock ticker after a name: "Vell (NASDAQ: VLL)", "Vell (NYSE:VLL)".
_TICKER_AFTER = re.compile(r" ?\((?:" + "|".join(sorted(STOCK_EXCHANGES)) + r") ?: ?[A-Z][A-Z.]{0,5}\)")


def _build_entities(
    clusters: list[list[Mention]], settings: dict[int, dict], paragraphs: dict[str, list[str]], words: Vocabulary,
    products_told: frozenset[str] = frozenset(),
) -> list[Entity]:
    """The entities of ``clusters``; ``products_told``: the names some report shows to be a product's
    (``bodies._products_told``)."""
    entities = []
    makers = _makers(m for cluster in clusters for m in cluster)
    products = makers - given_names()
    # Words of people's full names, not of a product's read as a person's ("Zorvex Vell" of the body "Zorvex")
    name_words = {w for cluster in clusters for m in cluster
                  if m.kind == PERSON and " " in m.text and m.text.split()[0] not in products for w in m.text.split()}
    lowercase_words = words.lower
    for n, cluster in enumerate(clusters):
        entry = settings.get(n, {})
        voted = _cluster_kind(cluster)
        name = str(entry.get("name") or _canonical(cluster, voted, makers))
        kind = entry.get("kind") or voted
        if not entry.get("kind") and kind == PERSON and _made_by(cluster, products):
            kind = OTHER
        if not entry.get("kind") and (kind == PERSON and (
                _unproven_lone_name(cluster, paragraphs, name_words, lowercase_words)
                or _determined_thing(cluster, paragraphs) or _which_thing(cluster, paragraphs)
                or _named_vehicle(cluster, paragraphs)
                or all(m.text in DESCRIPTIVE_WORDS for m in cluster))
                                      or kind == PLACE and _unproven_place(cluster, paragraphs)):
            # The other votes decide, but never for a person, whose name needs cues of its own.
            kind = _cluster_kind(other) if (other := [m for m in cluster if m.kind not in (kind, PERSON)]) else OTHER
        if (not entry.get("kind") and (kind in (ORG, PLACE) or kind == PERSON and any(_slogan(m) for m in cluster))
                and _quoted_work(cluster, kind, paragraphs)):
            kind = OTHER
        if not entry.get("kind") and kind != OTHER and _titled_work_cluster(cluster, kind, paragraphs):
            kind = OTHER
        if not entry.get("kind") and kind in (ORG, PERSON) and _owned_product(cluster, paragraphs, makers):
            kind = OTHER
        if not entry.get("kind") and kind != OTHER and _told_product(cluster, products_told):
            kind = OTHER
        if not entry.get("kind") and kind == OTHER and _cued_one_word_person(cluster, paragraphs):
            kind = PERSON
        if not entry.get("kind") and (kind in (PERSON, OTHER) and (_named_settlement(cluster, paragraphs)
                                                                    or _place_heading(cluster, paragraphs))
                                      or kind == ORG and _settlement_read_as_body(cluster, paragraphs)):
            kind = PLACE
        if not entry.get("kind") and kind == PLACE and all(_country_and_body(m.text) for m in cluster):
            kind = ORG
        if not entry.get("kind") and kind == PERSON and any(
                _INSTITUTION_AFTER.match(_text_after(m, paragraphs, 20)) for m in cluster):
            kind = ORG
        if not entry.get("kind") and all(_is_acronym(m.text) and CODE_NUMBER_AFTER.match(_text_after(m, paragraphs, 12))
                                         for m in cluster):
            kind = OTHER  # "SB 1062" wherever it is used: a bill's or a document's code, no body
        if not entry.get("kind") and any(_TICKER_AFTER.match(_text_after(m, paragraphs, 20)) for m in cluster):
            kind = ORG  # a listed company's, whatever the words around its other uses suggest
        if not entry.get("kind") and kind != OTHER and _counted_plural(cluster, paragraphs):
            kind = OTHER
        if not entry.get("kind") and (any(_initials_of_words(m, paragraphs[m.article][m.paragraph]) for m in cluster)
                                      or all(_place_pair(m.text) for m in cluster)
                                      or kind != PLACE and _named_thing(cluster, paragraphs)
                                      or _named_animal(cluster, paragraphs, words)):
            kind = OTHER
        cluster.sort(key=lambda m: (m.article, m.paragraph, m.start))
        aliases = sorted({_surface(m.text) for m in cluster} - {name})
        aliases += [str(a) for a in entry.get("aliases") or [] if str(a) not in aliases and a != name]
        roles = sorted({m.role for m in cluster if m.role})
        entities.append(Entity("", name, kind, aliases, roles, entry.get("description"), cluster))
    _name_towns_apart(entities, paragraphs)
    entities.sort(key=lambda e: (_slug(e.name), e.kind, e.mentions[0].article, e.mentions[0].start))
    taken: Counter[str] = Counter()
    for entity in entities:
        base = _slug(entity.name)
        taken[base] += 1
        entity.id = base if taken[base] == 1 else f"{base}-{taken[base]}"
        for m in entity.mentions:
            m.entity = entity.id
    return entities


POSSIBLE_ALIASES_SHOWN = 10  # a large dossier has thousands; a curator reads the likeliest
# A letter off a shorter name is as often another word ("Mac", "May") as a misspelling: not suggested.
POSSIBLE_ALIAS_MIN_LETTERS = 5


def _spelt_name(name: str) -> bool:
    """Whether a thing's or a body's name is spelt out in letters, where one letter off may be a misspelling: not
    initials ("NASA") nor a model's number ("P-3 Orion", where "P-2 Orion" is another)."""
    return not name.isupper() and not any(c.isdigit() for c in name)


def _possible_aliases(entities: list[Entity]) -> list[str]:
    """A rarely seen lone name one letter off a known person's surname, or a rarely seen name of a thing or a body
    one letter off a better-known one's ("Vellcorp Hawk Mightx", "Penelac" beside "Penelec"), may be a misspelling:
    the ``POSSIBLE_ALIASES_SHOWN`` likeliest (off the names mentioned most), and how many there were."""
    surnames: dict[str, list[Entity]] = defaultdict(list)
    things: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        if e.kind == PERSON and len(e.name.split()) >= 2:
            for variant in _deletions(translit_key(e.name.split()[-1])):
                surnames[variant].append(e)
        elif e.kind in (ORG, OTHER) and len(e.name) >= POSSIBLE_ALIAS_MIN_LETTERS and _spelt_name(e.name):
            for variant in _deletions(translit_key(e.name)):
                things[variant].append(e)
    found: list[tuple[int, str, str, str]] = []
    for e in entities:
        thing = e.kind in (ORG, OTHER) and _spelt_name(e.name)
        if ((" " in e.name and not thing) or len(e.mentions) > 2 or e.kind not in (PERSON, OTHER, ORG)
                or e.kind == ORG and not thing or len(e.name) < POSSIBLE_ALIAS_MIN_LETTERS):
            continue
        key = translit_key(e.name)
        near = {c.id: c for v in _deletions(key)
                for c in (surnames.get(v, []) if " " not in e.name and e.kind != ORG else [])
                + (things.get(v, []) if thing else []) if c is not e}
        # "the Harwells" (a team, a family) is the plural of the surname, not a misspelling of it.
        near = {i: c for i, c in near.items()
                if translit_key(c.name.split()[-1]) not in (key, key[:-1] if key.endswith("s") else key)}
        for candidate in near.values():
            # A letter more at the end is a model's or an edition's ("Vell S" and "Vell S9"), or a person's initial.
            if len(candidate.mentions) > len(e.mentions) and not (
                    candidate.name.startswith(e.name) or e.name.startswith(candidate.name)):
                where = ", ".join(sorted({m.article for m in e.mentions}))
                found.append((-len(candidate.mentions), e.id, candidate.id,
                    f"possible alias: '{e.name}' ({where}) is one letter from '{candidate.name}'; "
                    f"to merge, add 'merge: [{e.id}]' under '{candidate.name}' in content/entities.yml"))
    shown = [message for *_, message in sorted(found)[:POSSIBLE_ALIASES_SHOWN]]
    if len(found) > len(shown):
        shown.insert(0, f"possible aliases: the {len(shown)} likeliest of {len(found):,} (lone names one letter "
                        "off a better-known person's surname or thing's name)")
    return shown
